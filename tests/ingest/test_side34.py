"""A party's reply under its own label argues the other side than the request it answers
(stop 34, side34).

A complaint file, an appeal form or a service ticket keeps each party's words under a label line:
the request under one that names its side, the reply under one that names only who replies.
Every text here is invented.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.claims import _replied
from argkg.ingest.layout import analyse_layout
from argkg.ingest.sides import heading_side, reply_label
from argkg.schema import Claim, Lang, Stance


def _side_of(text: str, lang: str, quote: str) -> Stance:
    """The side of the claim of ``text`` that holds ``quote``."""
    graph = ingest_text(text, source="side34.txt", lang=lang)
    return next(claim.stance for claim in graph.of_type(Claim) if quote in claim.text)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Reply from the club secretary (Mr. T. Hale)", Lang.EN),
        ("3. Response from the landlord", Lang.EN),
        ("The bakery's response", Lang.EN),
        ("Seller response, 12 May", Lang.EN),
        ("【街道办答复】", Lang.ZH),
        ("卖家的回复：", Lang.ZH),
        ("二、被投诉单位回应", Lang.ZH),
    ],
)
def test_a_label_naming_only_who_replies_is_a_reply_label(line: str, lang: Lang) -> None:
    assert reply_label(line, lang)
    assert heading_side(line, lang) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Response to reviewers", Lang.EN),
        ("Reply speeches", Lang.EN),
        ("Answer on the answer sheet: Everest", Lang.EN),
        ("We replied to the council in March.", Lang.EN),
        ("—— 5楼 回复 ——", Lang.ZH),
        ("论文答辩记录", Lang.ZH),
    ],
)
def test_other_lines_are_no_reply_label(line: str, lang: Lang) -> None:
    assert not reply_label(line, lang)


def test_the_appellant_and_respondent_sections_name_their_sides() -> None:
    assert heading_side("二、申诉人理由", Lang.ZH) is Stance.PRO
    assert heading_side("三、被申诉人意见", Lang.ZH) is Stance.CON
    assert heading_side("1. Complaint received (letter from Ms. R. Cole, 2 May)", Lang.EN) is Stance.PRO


CLUB = """\
Riverside Rowing Club — members' disputes file

Appeal
We ask the committee to let juniors use the new boats on Saturdays. The old boats leak and two of them failed their safety check. Juniors pay the same fees as seniors.

Reply from the captain of boats
The new boats were bought with a grant for the senior squad. Seniors train on Saturday mornings, when the juniors row. The two old boats are being repaired this month.

Committee decision
Juniors may use one new boat on Saturdays with a coach in the launch.
"""

CLUB_THREAD = """\
Riverside Rowing Club — members' forum

Reply from Sam
The new boats are too light for beginners to handle.

Reply from Jo
Juniors pay the same fees as seniors and deserve the new boats.
"""


def test_the_reply_under_its_label_argues_against_the_appeal() -> None:
    assert _side_of(CLUB, "en", "Juniors pay the same fees as seniors") is Stance.PRO
    # the reply's statements carry no side word: only its label tells whose case they make
    assert _side_of(CLUB, "en", "bought with a grant for the senior squad") is Stance.CON
    assert _side_of(CLUB, "en", "Seniors train on Saturday mornings") is Stance.CON


def test_replies_with_no_sided_request_before_them_take_no_side_from_their_labels() -> None:
    # a thread of replies answers no one request: each reply's own words speak
    sides = {_side_of(CLUB_THREAD, "en", q) for q in ("too light", "deserve the new boats")}
    assert sides != {Stance.CON}


GONGDAN = """\
市民服务热线工单

【来电人诉求】
来电人要求公园延长开放时间到晚上十点。下班以后只有晚上才有时间锻炼，现在八点就关门。周边也没有别的可以跑步的地方。

【公园管理处答复】
公园的开放时间是按市里的统一规定执行的。晚上闭园后要进行绿化养护和保洁。附近的体育场每晚开放到十点。

【办理结果】
管理处将在夏季试行开放到晚上九点。
"""


def test_the_office_reply_under_its_label_argues_against_the_caller_request() -> None:
    assert _side_of(GONGDAN, "zh", "周边也没有别的可以跑步的地方") is Stance.PRO
    assert _side_of(GONGDAN, "zh", "附近的体育场每晚开放到十点") is Stance.CON
    assert _side_of(GONGDAN, "zh", "晚上闭园后要进行绿化养护和保洁") is Stance.CON


REVIEWS = """\
Parkwise: Parking Finder — Ratings and Reviews
Version 4.0 moves live space counts into a paid plan.

★☆☆☆☆ Not paying monthly for this — by jen_r, 2 May
The live counts were the only reason I kept the app. Now they cost £2 a month.

Developer Response, 3 May
The car parks charge us for every live count we show. Saved car parks stay in the free version.

★★★☆☆ Fine for now — by tom_b, 4 May
It still finds me a space most days.
"""


def test_a_developer_response_answers_the_side_a_review_header_declares() -> None:
    # the one-star header declares con: the response under its own label argues pro, up to the
    # next header, which declares no side and ends it
    blocks, _ = analyse_layout(REVIEWS, Lang.EN)
    replied = dict(
        zip(
            (REVIEWS[b.start : b.end].strip()[:20] for b in blocks),
            _replied(REVIEWS, blocks, Lang.EN),
            strict=True,
        )
    )
    assert replied["The car parks charge"] is Stance.PRO
    assert replied["The live counts were"] is None
    assert replied["It still finds me a "] is None
