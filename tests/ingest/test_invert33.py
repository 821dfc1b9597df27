"""The author's side of a text read the right way round (stop 33, invert33).

A speaker who names their side with the motion, a parliamentary debate's benches, a reviewer's
verdict in brackets on their line, a reported plan the writer reacts against, a reply's section
that restates the request it answers, and a briefing whose question lines mostly ask for parts of
the decision it states. Every text here is invented.
"""

from argkg.ingest import ingest_text
from argkg.ingest.layout import analyse_layout
from argkg.ingest.parts import Parts
from argkg.ingest.positions import find_issues
from argkg.ingest.proposition import reaction_side
from argkg.ingest.sentences import split_sentences
from argkg.ingest.sides import heading_side
from argkg.ingest.turns import find_turns
from argkg.schema import Claim, Lang, Stance


def _sides(text: str, lang: str) -> dict[str, Stance]:
    """The side of each claim of ``text``, by its words."""
    graph = ingest_text(text, source="invert33.txt", lang=lang)
    return {claim.text: claim.stance for claim in graph.of_type(Claim)}


def _side_of(sides: dict[str, Stance], quote: str) -> Stance:
    return next(side for text, side in sides.items() if quote in text)


BRIEFING = """\
Council briefing: the Elm Street pool

The council decides on 12 May whether to close the Elm Street pool.

Why do some want it closed?

The pool loses money every year, and the roof repairs would cost more than a new building.

Should the council listen to swimmers?

Swimmers say it is the only pool within five miles.

What are the objections?

Two primary schools use it for their lessons.
"""


def test_a_briefing_whose_question_lines_mostly_ask_for_parts_debates_the_decision_it_states() -> None:
    # one yes/no line of three: the question that asks for information raises no issue, but counts
    blocks, sections = analyse_layout(BRIEFING, Lang.EN)
    sentences = split_sentences(BRIEFING, blocks, Lang.EN)
    issues = find_issues(Parts(BRIEFING, Lang.EN, blocks=blocks, sections=sections, sentences=sentences))
    assert [i.proposition for i in issues] == ["we should close the Elm Street pool"]


DEBATE = """\
Hillcrest Union — debate minutes
Motion: This House would close the campus car park to students
Chair: P. Okoro

P. OKORO: Welcome. Two speakers tonight.

DANA REYES (speaking against the motion): Half of our students commute from villages with one bus a day. They would simply stop coming to evening classes.

LUKE MARSH (supporting the motion): The car park takes up land we could build forty flats on. Students who live nearby drive less than a mile to lectures.

DANA REYES: Build the flats somewhere else.

LUKE MARSH: There is nowhere else on campus.
"""


def test_a_speaker_who_names_their_side_with_the_motion_argues_it_from_their_first_turn() -> None:
    blocks, _ = analyse_layout(DEBATE, Lang.EN)
    # (each speaker's first turn, where their label names the side)
    roles = {turn.label: turn.role for turn in reversed(find_turns(DEBATE, blocks, Lang.EN))}
    assert roles["DANA REYES"] is Stance.CON
    assert roles["LUKE MARSH"] is Stance.PRO
    sides = _sides(DEBATE, "en")
    assert _side_of(sides, "They would simply stop coming to evening classes") is Stance.CON
    assert _side_of(sides, "we could build forty flats on") is Stance.PRO


BENCHES = """\
校际辩论赛复赛记录
辩题：本院支持在中学推行午休时间禁用手机
赛制：议会制，每人五分钟

【开篇政府·副首相】
学生午休时间刷手机，下午上课普遍犯困。我们调查了三所学校，午休禁用手机后，下午第一节课打瞌睡的人数少了一半。

【开篇反对·副领袖】
午休是学生自己的时间，学校管得太宽了。很多学生午休用手机和外地的父母通话。

【闭篇政府·党鞭】
和父母通话可以用学校的公用电话，不是反对禁用的理由。

【闭篇反对·党鞭】
公用电话一个年级只有两部，排队就要半小时。
"""


def test_a_parliamentary_debates_benches_give_their_speakers_sides() -> None:
    sides = _sides(BENCHES, "zh")
    assert _side_of(sides, "下午第一节课打瞌睡的人数少了一半") is Stance.PRO
    assert _side_of(sides, "午休是学生自己的时间") is Stance.CON
    assert _side_of(sides, "排队就要半小时") is Stance.CON


def test_a_reviewers_bracketed_verdict_on_their_line_names_their_side() -> None:
    assert heading_side("二、法务部 张某（已阅，不同意）", Lang.ZH) is Stance.CON
    assert heading_side("三、采购部 李某（同意，请尽快落实）", Lang.ZH) is Stance.PRO
    assert heading_side("Reviewer 2 — K. Obi (reject)", Lang.EN) is Stance.CON
    assert heading_side("Reviewer 1 — A. Lund (approve)", Lang.EN) is Stance.PRO
    # a reviewer's line without a verdict names none
    assert heading_side("Reviewer 3 — J. Moss (finance office)", Lang.EN) is None


def test_a_request_to_withdraw_what_was_put_out_reacts_against_it() -> None:
    assert reaction_side("我们对此项安排持有异议。", Lang.ZH) is Stance.CON
    assert reaction_side("恳请学校暂缓这项规定。", Lang.ZH) is Stance.CON
    assert reaction_side("We ask the council to withdraw this plan.", Lang.EN) is Stance.CON
    # a request to carry it out is no reaction against it
    assert reaction_side("We ask the council to publish this plan.", Lang.EN) is None


LETTER = """\
致绿地小区物业的一封信

物业服务中心：

贵司上周张贴通知，拟自下月起将小区东门改为只进不出。我们是东区的部分业主，我们对此项安排持有异议。

贵司在通知中称，东门出口车辆多，容易发生剐蹭。可是东门外就是公交站，住在东区的老人出门坐车，改道要多走一公里。

我们希望贵司收回这份通知，先听听东区业主的意见。

东区部分业主
"""


def test_a_reported_plan_the_writer_reacts_against_is_argued_against() -> None:
    sides = _sides(LETTER, "zh")
    assert _side_of(sides, "改道要多走一公里") is Stance.CON
    assert _side_of(sides, "东门出口车辆多，容易发生剐蹭") is Stance.PRO


def test_a_replys_section_that_restates_the_request_argues_for_it() -> None:
    assert heading_side("一、关于提案的主要内容", Lang.ZH) is Stance.PRO
    assert heading_side("1. Your suggestion in brief", Lang.EN) is Stance.PRO
