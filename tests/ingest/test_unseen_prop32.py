"""The debated proposition a text states rather than argues: a numbered motion or proposal on a
body line, a "Proposed X" line after a reference, the question a meeting puts to its panel, a
proposal named by its title in 《》, a pending vote on whether to do X, a view put in quotes as
what some hold, a title that names the matter a page of letters or answers is about, a change
announced with the writer's reaction after it; and an explainer's decision stated before
question lines that only ask for parts of it (`argkg.ingest.positions`).

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_prop32/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 3/8, sides 22/43 =
0.51 and contested issues 3/8 before stop 32's readings, 8/8, 25/43 = 0.58 and 6/8 after. Besides the set's figures, the tests below check each
reading on lines and texts written for them, and the lines it must leave alone.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROP32, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import affirmative
from argkg.schema import Assumption, AssumptionOrigin, Lang


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROP32)


def test_the_set_finds_its_propositions(results: dict[str, TextResult]) -> None:
    assert sum(r.proposition for r in results.values()) == 8


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "words"),
    [
        # a numbered motion or proposal on a body line
        (
            "Motion 4: Open the clubhouse bar on Sunday evenings.",
            Lang.EN,
            False,
            "motion",
            "Open the clubhouse bar on Sunday evenings",
        ),
        # a "Proposed X" line after a reference
        (
            "Ref. KL/07/22: Proposed closure of the Mill Lane footbridge",
            Lang.EN,
            True,
            "framing",
            "the proposed closure of the Mill Lane footbridge should be approved",
        ),
        # the question a meeting puts to its panel
        (
            "Question for the board: should the library lend out laptops?",
            Lang.EN,
            False,
            "question",
            "the library should lend out laptops",
        ),
        # a title that names the matter its letters or answers are about
        (
            "Your views on the riverside cycle lane",
            Lang.EN,
            True,
            "framing",
            "the benefits of the riverside cycle lane outweigh its drawbacks",
        ),
        (
            "Sunday trading: what you need to know",
            Lang.EN,
            True,
            "framing",
            "the benefits of Sunday trading outweigh its drawbacks",
        ),
        # a change announced for this year's event, with the writer's reaction after it
        (
            "When we announced that this year's fair will move to the park, my phone did not stop ringing.",
            Lang.EN,
            False,
            "change",
            "this year's fair should move to the park",
        ),
        # a proposal named by its title in 《》
        ("您提出的《关于在老街增设夜市的建议》已收悉。", Lang.ZH, False, "change", "应当在老街增设夜市"),
        # a pending vote on whether to do it
        (
            "业委会将在月底投票表决是否更换电梯维保公司。",
            Lang.ZH,
            False,
            "motion",
            "应当更换电梯维保公司",
        ),
        # a view put in quotes as what some hold
        (
            "有人认为“城市应当取消燃放烟花的禁令”，我不这么看。",
            Lang.ZH,
            False,
            "pro",
            "城市应当取消燃放烟花的禁令",
        ),
        # a numbered agenda item and a measure its questions and answers explain
        ("议题二：增设小区快递柜", Lang.ZH, True, "motion", "增设小区快递柜"),
        ("共享单车限停区常见问题解答", Lang.ZH, True, "framing", "共享单车限停区利大于弊"),
    ],
)
def test_each_line_names_the_debated_proposition(
    line: str, lang: Lang, heading: bool, kind: str, words: str
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition, match.fit) == (kind, words, True)


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        # a page of letters headed by its date names no matter
        ("Letters: 4 June", Lang.EN, True),
        # a numbered motion's outcome and a count of comments put nothing
        ("Motion carried.", Lang.EN, False),
        ("Comments (12)", Lang.EN, True),
        # a measure in force named by its title is no proposal
        ("根据《关于加强校园安全管理的通知》，学校加强了门卫值守。", Lang.ZH, False),
        # a view reported without quotes is no claim put up for discussion
        ("有人认为这样做不妥，但没有说明理由。", Lang.ZH, False),
    ],
)
def test_lines_that_put_no_proposition_stay_unmatched(line: str, lang: Lang, heading: bool) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is None or match.kind not in ("motion", "framing", "pro", "question")


def test_an_alternative_question_puts_its_first_option() -> None:
    asked = "Should the school keep its uniform, or should pupils wear their own clothes?"
    assert affirmative(asked, Lang.EN) == "the school should keep its uniform"


_EXPLAINER = """Parking permits explained

The council decides next month whether to charge residents for a second parking permit.

Why do some councillors want it?
Streets near the station have 40 cars for every 30 spaces, and a charge would free up room.

Why do others object?
Families with two working adults say they need both cars and cannot afford another fee.

Has anyone asked residents?
A survey in March found opinion split almost evenly.
"""


def test_an_explainer_debates_the_decision_it_states_before_its_question_lines() -> None:
    graph = ingest_text(_EXPLAINER, source="explainer.txt", lang=Lang.EN)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debates == ["we should charge residents for a second parking permit"]


_PANEL = """Should the museum open on Mondays?

Our visitors asked for it in the last survey, and the Monday footfall at the gallery next door
is high.

Should the café stay open in the evenings?

Evening events bring in new visitors, but the staff rota is already stretched.
"""


def test_question_lines_that_ask_yes_or_no_keep_their_own_issues() -> None:
    graph = ingest_text(_PANEL, source="panel.txt", lang=Lang.EN)
    debates = {a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    assert {"the museum should open on Mondays", "the café should stay open in the evenings"} <= debates
