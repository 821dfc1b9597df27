"""The debated proposition of texts whose request, decision or view sits beside a statement an
analyst passes over: a form's numbered questions, a side question reported and answered in a
paragraph, a petition's comments, a retort, a minute's body questions under a topic line, a
reply's advice under a title that names the wish.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props28/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 4/8, main claims
3/8 and sides 25/39 = 0.64 before stop 28's changes, 7/8, 5/8 and 28/39 = 0.72 after (the
deposit e-mail's "I want my deposit back" is read by no cue: a complaint's remedy as a request
cost the validation set a proposition). Besides the set's figures, the tests below check each
mechanism on lines and short texts written for them.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS28, TextResult, check_folder, load_gold
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import is_informational, is_retort
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS28)


def test_the_set_finds_its_propositions_main_claims_and_sides(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(r.proposition for r in results.values()) >= 7
    assert sum(found for r in results.values() for found in r.mains) >= 5
    assert sum(sides) / len(sides) >= 0.66
    assert sorted(name[:2] for name in load_gold(UNSEEN_PROPS28)) == ["en"] * 4 + ["zh"] * 4


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "words", "author"),
    [
        # a petition's title names its demand whatever its verb, and its signers argue it
        (
            "Petition · Reopen the Marsh Lane baths",
            Lang.EN,
            True,
            "framing",
            "Reopen the Marsh Lane baths",
            Stance.PRO,
        ),
        # a request for a quantity
        (
            "I am asking for twelve weeks of unpaid leave from May.",
            Lang.EN,
            False,
            "ask",
            "twelve weeks",
            Stance.PRO,
        ),
        # what a report mainly recommends is its writer's thesis
        (
            "The main recommendation of this audit is that every laptop should be encrypted.",
            Lang.EN,
            False,
            "thesis",
            "every laptop should be encrypted",
            Stance.PRO,
        ),
        # the view a writer states for the family, the matter put to the readers, a thesis announced
        ("我和你奶奶的意思是，先去读这个二本。", Lang.ZH, False, "thesis", "先去读这个二本", Stance.PRO),
        ("有件事想跟大家商量：这个群打算从下个月开始收会费。", Lang.ZH, False, "ask", "收会费", Stance.PRO),
        ("我今天就想跟大家说一句：健身房的年卡，千万别办。", Lang.ZH, False, "thesis", "年卡", Stance.PRO),
    ],
)
def test_a_cue_names_the_proposition_and_its_side(
    line: str, lang: Lang, heading: bool, kind: str, words: str, author: Stance
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None and match.kind == kind
    assert words in match.proposition and match.author is author


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        # a pronoun's comparison leans on an earlier sentence; a share of a group is no quantity asked for
        ("We think it is safer than it looks.", Lang.EN, False),
        ("We are asking two of the members to stay on.", Lang.EN, False),
    ],
)
def test_no_proposition_is_read_where_none_is_put(line: str, lang: Lang, heading: bool) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is None or not match.fit


def test_a_forms_numbered_question_asks_for_information_and_a_why_would_is_a_retort() -> None:
    assert is_informational("Q2. Who benefits, and what difference does it make?", Lang.EN)
    assert not is_informational("Q2. Should the fund pay for a unit?", Lang.EN)
    assert is_retort("Two have failed, why would the next be different?", Lang.EN)
    assert not is_retort("Why not move the meeting to Friday?", Lang.EN)


_REPORT = """Loading bay review

The bay was closed for four days in March after the shutter motor failed.

At the review one driver asked whether a second shutter would solve the problem. A second shutter would cost more than the motor and the bay has no room for it.

Deliveries queued on the road for up to an hour while the bay was shut.

We recommend replacing the shutter motor with a heavy-duty model before the summer peak.
"""


def test_a_question_answered_inside_its_paragraph_is_beside_the_point() -> None:
    debated = _debated(_REPORT, Lang.EN)
    assert len(debated) == 1 and "shutter motor" in debated[0] and "second shutter" not in debated[0]


def test_a_question_on_a_paragraph_of_its_own_stays_the_issue() -> None:
    alone = _REPORT.replace(
        "would solve the problem. A second",
        "would solve the problem.\n\nA second",
    )
    assert any("second shutter" in d for d in _debated(alone, Lang.EN))


_MINUTES = """三楼住户碰头会记录

会议主题：楼道要不要装监控
时间：5月8日晚

张姐：上个月楼道里丢了两辆童车，装了监控心里踏实。

王叔：装监控的钱谁出？总不能让不用的人也出吧？

李阿姨：物业说过可以报销一半，这个大家都知道吧？

结论：同意装两个摄像头，费用按户平摊。
"""


def test_a_topic_line_that_asks_is_the_issue_not_the_body_questions() -> None:
    debated = _debated(_MINUTES, Lang.ZH)
    assert len(debated) == 1 and "监控" in debated[0] and "吧" not in debated[0]


_DIARY = """暑假日记
六年级（1）班　王乐

我想养一只仓鼠

我一直觉得我们家应该养一只仓鼠，它很小，不占地方。

仓鼠笼子只要六十块，我可以用零花钱买。妈妈怕有味道，我保证每周换一次木屑。

我们班有四个同学养了仓鼠，他们说一点都不难养。

老师评语：
王乐，你的理由很充分。建议你先去同学家看看怎么照顾仓鼠，再和爸爸妈妈商量。
"""


def test_the_statement_that_restates_the_title_is_the_thesis_not_the_replys_advice() -> None:
    debated = _debated(_DIARY, Lang.ZH)
    assert len(debated) == 1 and "养一只仓鼠" in debated[0] and "建议" not in debated[0]
