"""The debated proposition where no motion, thesis cue or "I think" states it: a title that
demands in the imperative (把X还给Y); a request, a proposal or a rule change on a labelled line; a
change announced, planned or dated from a product's version, as the text reports it; an option
recommended by its label, spelled out from the line that sets it out.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_prop31/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 3/8 and sides
34/52 = 0.65 before stop 31's cues, 7/8 and 35/52 = 0.67 after (the speech's proposal in its body,
"步行回家", is found where the gold wants its title's "走路"). Besides the set's figures, the tests
below check each cue on lines written for them, and the lines it must leave alone.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROP31, TextResult, check_folder
from argkg.ingest.proposition import match_proposition, spelled_option
from argkg.schema import Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROP31)


def test_the_set_finds_its_propositions(results: dict[str, TextResult]) -> None:
    assert sum(r.proposition for r in results.values()) >= 7


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "words", "author"),
    [
        # an imperative title
        ("把周末还给孩子", Lang.ZH, True, "thesis", "应该把周末还给孩子", Stance.PRO),
        ("让食堂的菜单由学生投票决定", Lang.ZH, True, "thesis", "应该让食堂的菜单由学生投票决定", Stance.PRO),
        # a request or a rule change on a labelled line
        (
            "Tenant request: that the rent review be postponed to January.",
            Lang.EN,
            False,
            "framing",
            "the rent review be postponed to January",
            None,
        ),
        (
            "Rule change 2: Allow junior members to vote at the AGM.",
            Lang.EN,
            False,
            "framing",
            "Allow junior members to vote at the AGM",
            None,
        ),
        (
            "提案内容：在三号楼门口加装一处无障碍坡道。",
            Lang.ZH,
            False,
            "ask",
            "应当在三号楼门口加装一处无障碍坡道",
            Stance.PRO,
        ),
        ("申请事项：延长图书馆周末开放时间", Lang.ZH, False, "ask", "应当延长图书馆周末开放时间", Stance.PRO),
        # a change announced, planned or dated from a product's version, put as what should happen
        (
            "Last week the head announced that the tuck shop would close at lunchtime, and nobody was asked.",
            Lang.EN,
            False,
            "change",
            "the tuck shop should close at lunchtime",
            None,
        ),
        (
            "From version 3, cloud backup will be part of the premium plan.",
            Lang.EN,
            False,
            "change",
            "cloud backup should be part of the premium plan",
            None,
        ),
    ],
)
def test_each_cue_names_the_debated_proposition(
    line: str, lang: Lang, heading: bool, kind: str, words: str, author: Stance | None
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition, match.author, match.fit) == (kind, words, author, True)


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        # an imperative title is one only in a title: a body sentence that starts with 把 is none
        ("把书包放在门口，孩子们就进了教室。", Lang.ZH, False),
        # a labelled line of a form that names no request
        ("Request date: 4 March", Lang.EN, False),
        # a label with no proposal after it
        ("申请人：张红", Lang.ZH, False),
    ],
)
def test_lines_that_put_no_proposition_stay_unmatched(line: str, lang: Lang, heading: bool) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is None or match.kind not in ("thesis", "framing", "ask")


@pytest.mark.parametrize(
    ("proposition", "text", "lang", "spelled"),
    [
        (
            "we should adopt Option B",
            "Options\nOption A: Keep the branch as it is.\nOption B: Close the branch on Saturdays. It saves £9,000.\n",
            Lang.EN,
            "we should adopt Option B: Close the branch on Saturdays",
        ),
        # a first sentence that only names the option is followed by the one that says what it does
        (
            "Officers recommend Option 2",
            "Option 2 — Shared service. Merge the two depots into one site by 2027.\n",
            Lang.EN,
            "Officers recommend Option 2: Shared service. Merge the two depots into one site by 2027",
        ),
        (
            "建议采用方案二",
            "方案一：维持现状。\n方案二：把早市搬到河滨路停车场。\n",
            Lang.ZH,
            "建议采用方案二: 把早市搬到河滨路停车场",
        ),
        # no line sets the option out, or the proposition names none: left as it is
        (
            "we should adopt Option C",
            "Option A: Keep it.\nOption B: Sell it.\n",
            Lang.EN,
            "we should adopt Option C",
        ),
        ("we should sell the hall", "Option A: Keep it.\n", Lang.EN, "we should sell the hall"),
    ],
)
def test_an_option_named_by_its_label_is_spelled_out(
    proposition: str, text: str, lang: Lang, spelled: str
) -> None:
    assert spelled_option(proposition, text, lang) == spelled
