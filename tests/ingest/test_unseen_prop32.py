"""The debated proposition a text states rather than argues: a numbered motion or proposal on a
body line, a "Proposed X" line after a reference, the question a meeting puts to its panel, a
proposal named by its title in 《》, a pending vote on whether to do X, a view put in quotes as
what some hold, a title that names the matter a page of letters or answers is about, a change
announced with the writer's reaction after it; and an explainer's decision stated before
question lines that only ask for parts of it (`argkg.ingest.positions`).

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_prop32/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 3/8, sides 22/43 =
0.51 and contested issues 3/8 before stop 32's readings, 8/8, 25/43 = 0.58 and 6/8 after. Besides
the set's figures, the tests below check readings on texts written for them; each reading's single
lines, and the lines it must leave alone, are in ``test_proposition_lines``.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROP32, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.questions import affirmative
from argkg.schema import Assumption, AssumptionOrigin, Lang


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROP32)


def test_the_set_finds_its_propositions(results: dict[str, TextResult]) -> None:
    assert sum(r.proposition for r in results.values()) == 8


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
