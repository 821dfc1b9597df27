"""Numbers that stamp a line or record a decision (issue 9, stop 34): a whole date closing its
line (a header's, a byline's, a signature's, a field's) and the block under a decision heading
(Decision, Next steps, 五、处理决定). Each text (written here) keeps
a fact beside them, so a rule that drops too much fails too."""

import re

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.ingest.numbers.sections import decided_blocks
from argkg.schema.vocabulary import Lang


def _surfaces(text: str, lang: Lang) -> list[str]:
    return [text[m.start : m.end] for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a byline's and a field's date close their line; a fact's date inside a sentence stays
        (
            Lang.EN,
            "Posted by the warden, 12 May\nThe gate was left open on 3 May for 4 hours.",
            ["3 May", "4 hours"],
        ),
        (Lang.EN, "Report filed: 14 October 2026\nFloods closed the road in March 2024.", ["March 2024"]),
        (Lang.EN, "5. Board minute (2 June 2025)\nFees rose by 8%.", ["8%"]),
        (Lang.ZH, "——居委会　6月3日\n5月20日暴雨，地下车库进水40厘米。", ["5月20日", "40厘米"]),
        (Lang.ZH, "街道办事处　2026年4月\n辖区去年新增电梯21部。", ["21部"]),
        # a year alone closing its line is no stamp: the sentence may just lack its full stop
        (Lang.EN, "the hall has leaked since 2019\nrepairs cost £800", ["2019", "£800"]),
    ],
)
def test_dates_that_stamp_a_line_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _surfaces(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the block under the heading is the decision; the reasons before and after are facts
        (
            Lang.EN,
            "Reasons for the decision\nRepairs cost £12,000 last year.\n\nDecision\n"
            "To close the 2 kiosks from 1 June 2027.\n\nNotes\nFootfall fell by 30%.",
            ["£12,000", "30%"],
        ),
        # a list under "Next steps" ends at the first line that is no list item
        (
            Lang.EN,
            "Next steps:\n- Trial the rota for 6 weeks\n- Review it in 3 months\nVolunteers grew by 25% this year.",
            ["25%"],
        ),
        # a numbered heading's block ends at the next heading numbered the same way
        (
            Lang.ZH,
            "四、处理决定\n经委员会7名委员表决，决定于10日内答复。\n五、其他\n去年投诉增加了三成。",
            ["三成"],
        ),
        # a heading in brackets, a blank line before its block
        (Lang.ZH, "【处理意见】\n\n建议试点六个月后再评估。\n\n该路口去年发生事故9起。", ["9起"]),
        # a title that names a decision opens nothing
        (Lang.ZH, "关于调整停车收费的决定\n去年车位缺口达到300个。", ["300个"]),
    ],
)
def test_a_decision_heading_opens_a_block_of_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _surfaces(text, lang) == expected


def test_decided_blocks_spans() -> None:
    text = "Intro 5\nDecision:\nClose 2 sites.\n\nAfter 7"
    item = re.compile(r"^\d+[.)]")
    assert [text[a:b] for a, b in decided_blocks(text, ["decision"], item)] == ["Close 2 sites.\n"]
    assert decided_blocks(text, [], item) == []


def test_decided_blocks_of_two_heading_lists_in_one_text() -> None:
    """The lines are read once per text for every list of headings: each list still opens only
    its own blocks, a bracketed, numbered or differently cased heading among them."""
    text = "Intro 5\n2. [DECISION]:\nClose 2 sites.\n\nVotes\n12 for, 3 against\n\nAfter 7"
    item = re.compile(r"^\d+[.)]")
    decided = decided_blocks(text, ["decision"], item)
    tallied = decided_blocks(text, ["votes"], item)
    assert [text[a:b] for a, b in decided] == ["Close 2 sites.\n"]
    assert [text[a:b] for a, b in tallied] == ["12 for, 3 against\n"]
    assert decided_blocks(text, ["close"], item) == []
