"""A contributor's side from the header over their contribution, not from the author's.

A review page, a ballot's comments or a ratings list is made of several people's contributions,
each under a header line that gives its contributor's side once (a rating, "★☆☆☆☆ — by sam",
"Rating 4/5 — jo", "评分：2/5"; a vote, "Vote: against") and then reasons that carry no side
word. The header's side holds over the paragraphs below it up to the next header line, whether
or not that one declares a side; a three-star rating declares none. A reason with a cue of its
own (a harm word) keeps the side that cue gives: only the uncued ones take the header's.
"""

from argkg.ingest import ingest_text
from argkg.ingest.sides import declared
from argkg.schema import Claim, Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def test_a_rating_and_a_vote_declare_a_side() -> None:
    assert declared("★☆☆☆☆ Too dear now — by pat, 2 May", Lang.EN) is CON
    assert declared("Rating 4/5 — lou_b", Lang.EN) is PRO
    assert declared("★★★☆☆ Mixed feelings — by kim", Lang.EN) is None
    assert declared("Comment from J. Roe, driver Vote: against.", Lang.EN) is CON
    assert declared("★★★★★ 用户“老陈”", Lang.ZH) is PRO
    assert declared("评分：2/5　用户“小吴”", Lang.ZH) is CON
    assert declared("我给这家店打了五星好评的朋友很多。", Lang.ZH) is None


def _sides(text: str, lang: Lang) -> dict[str, Stance]:
    graph = ingest_text(text, source="reviews.txt", lang=lang.value)
    return {n.text: n.stance for n in graph.nodes if isinstance(n, Claim)}


def _side_of(sides: dict[str, Stance], quote: str) -> Stance:
    return next(stance for text, stance in sides.items() if quote in text)


def test_a_review_s_reasons_take_the_side_of_its_rating() -> None:
    text = (
        "Harbour Gym — member reviews\nShould the gym keep the new locker charge?\n\n"
        "★☆☆☆☆ by rowan_t, 4 Apr\n"
        "I swim before work every day. Fifty pence a visit adds up to ten pounds a month.\n\n"
        "★★★★★ by deb.k, 5 Apr\n"
        "The lockers used to be full of forgotten bags. Now there is always one free.\n\n"
        "★★★☆☆ by ali, 6 Apr\n"
        "The charge is fine for me. The new locks jam in the wet.\n"
    )
    sides = _sides(text, Lang.EN)
    assert _side_of(sides, "Fifty pence a visit adds up") is CON
    assert _side_of(sides, "Now there is always one free") is PRO


def test_a_chinese_review_s_reasons_take_the_side_of_its_stars() -> None:
    text = (
        "【街角面馆】顾客评价\n加面要不要收费？\n\n"
        "★☆☆☆☆ 用户“上班族小周”\n"
        "以前加面不要钱，现在每次多两块。我每天中午都在这里吃。\n\n"
        "★★★★★ 用户“老街坊”\n"
        "以前总有人加了面吃不完就剩在碗里。现在想吃多少点多少。\n"
    )
    sides = _sides(text, Lang.ZH)
    assert _side_of(sides, "我每天中午都在这里吃") is CON
    assert _side_of(sides, "现在想吃多少点多少") is PRO
