"""The speaker who objects with no side word of their own: a member's vote put as a word
("We're still a yes", a panel member's bare "Reject." opening their comment) declares their side,
and a speaker whose words give no side by any cue but read plainly negative as a whole objects
to what is put (`argkg.ingest.turns._complains`, ``complains_below`` in ``turns.yaml``). The texts
here are invented for these tests.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.sides import declared, tone
from argkg.schema import Claim, Lang, Stance

_CALL_IN = """Seafront parking: your calls

PRESENTER: Should the council charge for parking on the seafront from April? Lines are open.

JOAN: I'm all for it. The seafront car park is full of commuters by eight, and visitors never find a space.

PETER: My mother is eighty and she visits the front every Sunday. She would be stuck at home, lonely and sad. Nobody asked the people who live here, and we're angry about it.
"""


def test_a_caller_who_only_complains_objects() -> None:
    """Peter names no side and no benefit or harm word: his words read plainly negative, so he
    argues against the charge (read pro, the default, before)."""
    graph = ingest_text(_CALL_IN, source="callin.txt", lang=Lang.EN)
    claims = graph.of_type(Claim)
    for words in ("stuck at home", "Nobody asked the people"):
        assert next(c for c in claims if words in c.text).stance is Stance.CON


_BAN_CALL_IN = """Scooters on the high street: your calls

PRESENTER: Should the council ban hire scooters from the high street? Lines are open.

JOAN: I'm all for it. The pavements are a free-for-all on Saturdays.

PETER: Those scooters nearly knocked my mother over last week. She was terrified and shaking, and nobody stopped. It was awful.
"""


def test_a_complaint_about_what_the_proposition_bans_is_no_objection() -> None:
    """Peter's words read plainly negative, but they speak of the scooters the proposition would
    ban: his complaint argues for the ban, not against it."""
    graph = ingest_text(_BAN_CALL_IN, source="callin.txt", lang=Lang.EN)
    claims = graph.of_type(Claim)
    assert next(c for c in claims if "knocked my mother" in c.text).stance is Stance.PRO


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("We're still a yes.", Stance.PRO),
        ("I am leaning no on this one.", Stance.CON),
        ("Reject.", Stance.CON),
        ("Accept, with reservations.", Stance.PRO),
        ("Not proven.", Stance.CON),
        # a resolution on a comment is no member's vote
        ("Accepted in principle.", None),
        ("I'm not sure yet.", None),
    ],
)
def test_a_vote_put_as_a_word_declares_a_side(sentence: str, side: Stance | None) -> None:
    assert declared(sentence, Lang.EN) is side


def test_tone_reads_english_only() -> None:
    assert (tone("We're angry, lonely and sad about it.", Lang.EN) or 0.0) < -0.3
    assert (tone("What a lovely, friendly place.", Lang.EN) or 0.0) > 0.3
    assert tone("我们很生气。", Lang.ZH) is None
    # a harm VADER reads in words that make it smaller is no harm
    assert (tone("The worst delays were terrible.", Lang.EN) or 0.0) < 0
    assert tone("The new rota cut the worst delays.", Lang.EN) == 0.0
