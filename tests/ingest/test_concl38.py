"""A vote's or a poll's result, read where the record gives it: shares that divide the whole among
the options where the text closes.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.ingest.shares import divides
from argkg.schema import Lang


def test_shares_that_add_up_to_the_whole_divide_it() -> None:
    assert divides("Of the 212 members who replied, 130 chose the ferry and 82 the bridge.")
    assert divides("Keep the hedge 47.5% · Replace it with a fence 52.5%")
    assert divides("赞成延长开放时间的读者占62%，不赞成的占38%。")
    # one share, shares of different wholes, a rise, a date and a time divide nothing
    assert not divides("Only 38% of the hives survived the winter.")
    assert not divides("Bus use fell 20% in town and 30% in the villages.")
    assert not divides("Visits rose from 40% to 45% of households.")
    assert not divides("The hall opens on 12-03-2027 at 10:30, 9 days after 3 March.")


_POLL = (
    "SHOULD THE POOL OPEN AT 6AM?\n\n"
    "FOR — a lane swimmer\n\n"
    "Early lanes are the only time people with jobs can swim. The pool is empty at six and the "
    "heating runs all night anyway, so the extra cost is one lifeguard.\n\n"
    "AGAINST — a lifeguard\n\n"
    "A six o'clock start means a five-thirty shift for staff who already close at ten. Two of us "
    "left last year over the late rota alone, and nobody is queuing at the door at dawn.\n\n"
    "WHAT YOU SAID\n"
    "We asked subscribers to vote by text.\n"
    "Open at six: 64% · Keep opening at seven: 36%\n\n"
    "Next issue: should the library sell coffee?\n"
)


def test_a_polls_result_line_of_shares_is_the_texts_outcome() -> None:
    found = conclusion_texts(_POLL, Lang.EN)
    assert "Open at six: 64% · Keep opening at seven: 36%" in found


def test_a_count_divided_among_options_concludes_a_chain_of_replies() -> None:
    text = (
        "From: Ana\n\nI'd keep the garden as a garden. The kids play there every evening.\n\n"
        "---\nFrom: Joe\n\nA car park would free the street, and we have asked for one for years.\n\n"
        "---\nFrom: Lin\n\nThanks everyone. Of the 11 households, 7 chose the garden and 4 the car "
        "park. I will write to the landlord on Monday.\n\nLin\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("7 chose the garden and 4 the car park" in f for f in found)
