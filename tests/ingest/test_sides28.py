"""Sides that turn on who says a statement and which way the proposition points (stop 28).

A comment stream's stamped lines ("01:03 …", "0:03:41 …") are anonymous commenters' claims, not
captions, and its filler ("前排", "first") argues nothing; a request to end or replace something
reads the problems of what it ends as reasons for it; a voice that puts forward keeping what is
argues against the change, and the author's refusal that points back at it ("We do not recommend
this") argues for it; a grant ("这一顾虑有一定道理") gives the other side's point to the voice it
takes up.
"""

from argkg.ingest import ingest_text
from argkg.ingest.sides import Statement, answers_voice, assign_sides, is_procedural, proposes_keeping
from argkg.ingest.turns import message_lines
from argkg.ingest.voices import problem_side
from argkg.schema import Claim, Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def test_a_comment_streams_stamped_lines_are_messages_but_a_timeline_of_clock_times_is_not() -> None:
    danmu = ["视频：要不要学奥数", "00:12 前排", "01:20 学奥数就是浪费孩子的童年", "02:02 我儿子学了三年奥数"]
    assert message_lines(danmu, [False] * len(danmu), Lang.ZH) == {1, 2, 3}
    chat = ["LIVE CHAT REPLAY", "0:03:41 standing desks are a gimmick", "0:04:05 my back pain is gone"]
    assert message_lines(chat, [False] * len(chat), Lang.EN) == {1, 2}
    # a clock time before AM/PM is a chat header's time, not a commenter's playback stamp
    clock = ["10:41 AM  Chat started", "10:42 AM  Agent joined"]
    assert message_lines(clock, [False] * len(clock), Lang.EN) == set()


def test_the_lines_of_a_danmu_export_are_claims_and_its_filler_is_none() -> None:
    text = (
        "视频：电车冬天到底能不能开长途？\n\n"
        "00:05 前排\n00:41 电车真的不适合长途\n01:03 开了两年电车，每天上下班完全够用\n02:10 电车就是交智商税\n"
    )
    claims = [c.text for c in ingest_text(text, source="danmu.txt", lang="zh").of_type(Claim)]
    assert any("不适合长途" in c for c in claims) and any("智商税" in c for c in claims)
    assert not any("前排" in c for c in claims)
    assert is_procedural("前排", Lang.ZH) and is_procedural("first", Lang.EN)
    # a request for the next video argues nothing either; a comment that goes on to argue does
    assert is_procedural("下次测测海南", Lang.ZH)
    assert not is_procedural("下次测评一定要注意电池衰减的问题，不然没有参考价值", Lang.ZH)
    assert not is_procedural("first they raised the fees", Lang.EN)


def test_a_residents_group_header_may_open_with_a_building_number() -> None:
    lines = ["3栋-刘姐 19:05", "支持！上个月快递又被偷了两次", "5栋-老周 19:07", "人脸信息一旦泄露就改不了"]
    assert message_lines(lines, [False, False, True, False], Lang.ZH) == {1, 3}


def test_the_problems_of_what_a_request_ends_argue_for_it() -> None:
    # "存在的主要问题" heads a problems section as "存在问题" does
    assert (
        problem_side("一、存在的主要问题", "（一）满意度持续下降。", Lang.ZH, "应该更换食堂承包单位") is PRO
    )
    # a problem named of the very thing the proposition ends argues for ending it
    ending = "end the staff parking permit scheme"
    assert problem_side("Current problems", "Only 212 permits were sold.", Lang.EN, ending) is PRO
    # a proposition that keeps things: the problems are its own
    assert (
        problem_side("Current problems", "Only 212 permits were sold.", Lang.EN, "keep the permits") is None
    )


def test_a_voice_that_puts_forward_keeping_what_is_argues_against_a_change() -> None:
    assert proposes_keeping("可以续约一年作为观察期", Lang.ZH, "应该更换食堂承包单位") is CON
    assert proposes_keeping("可以保留一条线路", Lang.ZH, "是否保留班车") is PRO
    assert proposes_keeping("不保留任何线路", Lang.ZH, "应该停止运行班车") is None
    assert proposes_keeping("we keep the scheme for one more year", Lang.EN, "end the scheme") is CON
    assert proposes_keeping("we keep the scheme", Lang.EN, None) is None


def test_a_refusal_that_points_back_at_the_voice_before_argues_against_that_voice() -> None:
    statements = [
        Statement(
            text="We request approval to end the permit scheme.", paragraph=0, opponent=False, heading=None
        ),
        Statement(
            text="It was also suggested that we keep the scheme for one more year.",
            paragraph=1,
            opponent=False,
            heading=None,
            voice=CON,
            warned=CON,
        ),
        Statement(
            text="We do not recommend this, because the losses would continue.",
            paragraph=1,
            opponent=False,
            heading=None,
        ),
    ]
    assert answers_voice(statements, 2, Lang.EN) and not answers_voice(statements, 1, Lang.EN)
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, argued=True, debated=True) == [
        PRO,
        CON,
        PRO,
    ]


def test_a_grant_gives_the_voice_it_takes_up_to_the_other_side() -> None:
    texts = [
        (0, "拟停止运行通勤班车。"),
        (1, "也有同志提出，部分老职工住在郊区，停运后通勤会很不方便。"),
        (1, "我们认为这一意见有一定道理。"),
        (1, "但这部分职工不足二十人，交通补贴可以覆盖其费用。"),
    ]
    statements = [
        Statement(text=t, paragraph=p, opponent=False, heading=None, voice=NEUTRAL if "提出" in t else None)
        for p, t in texts
    ]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=False, argued=True, debated=True) == [
        PRO,
        CON,
        CON,
        PRO,
    ]
