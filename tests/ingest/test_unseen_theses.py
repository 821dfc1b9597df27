"""The debated proposition is what the text argues about: its thesis, however it is cued, or the
proposal it reacts to (stop 26).

An institution's own view ("本所认为X", "Staff recommends that X"), a verdict its predicate alone
marks ("X was right to Y", "X is a poor deal", "X得不偿失") when nothing is put to a decision, a
claim put to a discussion in quotes, the writer's own announced change ("We're ending X"), a plan
put out for comment in a message's subject line ("主题:回复:【征求意见】关于X的方案") and the
writer's reaction that names it ("但我不赞成全员X"): the short texts here are written for these
tests; ``tests/ingest/texts/unseen_theses/`` holds six longer ones with gold written first.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition, reaction_side, subject_start
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance
from argkg.schema.vocabulary import Role


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "proposition", "author"),
    [
        # an institution's own view
        ("本所认为,贵方无权没收押金。", Lang.ZH, False, "thesis", "贵方无权没收押金", Stance.PRO),
        (
            "经研究,我司认为该笔费用应由承运方承担。",
            Lang.ZH,
            False,
            "thesis",
            "该笔费用应由承运方承担",
            Stance.PRO,
        ),
        (
            "Staff recommends that the Board refuse the extension.",
            Lang.EN,
            False,
            "thesis",
            "the Board refuse the extension",
            Stance.PRO,
        ),
        # a verdict its predicate alone marks, anywhere, argued as it stands
        (
            "The tribunal was right to dismiss the claim.",
            Lang.EN,
            False,
            "verdict",
            "The tribunal was right to dismiss the claim",
            Stance.PRO,
        ),
        (
            "A gym contract you cannot cancel is a poor deal for students.",
            Lang.EN,
            False,
            "verdict",
            "A gym contract you cannot cancel is a poor deal for students",
            Stance.PRO,
        ),
        (
            "年卡一次性收三年的钱得不偿失。",
            Lang.ZH,
            False,
            "verdict",
            "年卡一次性收三年的钱得不偿失",
            Stance.PRO,
        ),
        # a claim put to a discussion in quotes: a side's statement
        (
            "本次沙龙围绕一个说法展开:“996是年轻人的福报。”",
            Lang.ZH,
            False,
            "pro",
            "996是年轻人的福报",
            None,
        ),
        (
            "The seminar discussed the claim that “cities should ban cars from their centres”.",
            Lang.EN,
            False,
            "pro",
            "cities should ban cars from their centres",
            None,
        ),
        # the writer's own announced change
        (
            "We're scrapping the bonus scheme.",
            Lang.EN,
            False,
            "ask",
            "We're scrapping the bonus scheme",
            Stance.PRO,
        ),
        # a plan put out for comment, an application named in a labelled line
        ("回复:【征求意见】关于取消午休的方案", Lang.ZH, True, "framing", "应该取消午休", None),
        (
            "Application: 25/0412, a roof terrace at 4 Mill Lane",
            Lang.EN,
            True,
            "framing",
            "a roof terrace at 4 Mill Lane should be approved",
            None,
        ),
        # a court that states the point in dispute puts a question, no view of its own
        (
            "本院认为,本案的争议焦点为:被告解除合同是否合法。",
            Lang.ZH,
            False,
            "question",
            "被告解除合同合法",
            None,
        ),
    ],
)
def test_cues(
    line: str, lang: Lang, heading: bool, kind: str, proposition: str, author: Stance | None
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition, match.author) == (kind, proposition, author)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a verdict's subject never reports, asks or points back to an earlier sentence
        ("Friends keep asking whether it was worth it.", Lang.EN),
        ("This is a bad deal.", Lang.EN),
        ("这种办法对老人不公平。", Lang.ZH),
        # nor is a judgement of "this proposal" a proposition of its own (its author's side still counts)
        ("该建议具有积极意义。", Lang.ZH),
    ],
)
def test_no_verdict_of_a_thing_named_elsewhere(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


@pytest.mark.parametrize(
    ("sentence", "proposition", "side"),
    [
        ("但我不赞成全员取消午休。", "应该取消午休", Stance.CON),
        ("我赞成取消午休。", "应该取消午休", Stance.PRO),
        # a reaction to something else (a voice's view) tells nothing of the author's side
        ("我不同意老王的说法。", "应该取消午休", None),
    ],
)
def test_a_reaction_that_names_what_it_is_to_counts_when_it_names_the_proposition(
    sentence: str, proposition: str, side: Stance | None
) -> None:
    assert reaction_side(sentence, Lang.ZH, proposition) is side
    assert reaction_side(sentence, Lang.ZH) is None


def test_a_message_subject_line_names_its_subject() -> None:
    """Where the subject starts and whether the message replies to it; a subject that asks is
    the thread's question, which its opening post's thesis answers."""
    assert subject_start("主题:回复:关于X的方案", Lang.ZH) == (6, True)
    assert subject_start("Subject: Proposed car park", Lang.EN) == (9, False)
    assert subject_start("发件人:张三", Lang.ZH) is None
    assert subject_start("主题:要不要换供应商?", Lang.ZH) is None


def _debated(text: str, lang: str) -> tuple[list[str], dict[str, Claim]]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    return debates, {c.text: c for c in graph.of_type(Claim)}


def test_a_reply_to_a_plan_put_out_for_comment_debates_the_plan() -> None:
    """The writer's counter-proposal is a side of the plan, not the proposition; the reaction that
    names the plan gives the author's side and is the author's main claim."""
    text = (
        "主题:回复:【征求意见】关于取消午休的方案\n\n"
        "发件人:王芳\n\n"
        "李主任好,\n\n"
        "方案看过了。但我不赞成全员取消午休。下午的会议效率本来就低,取消午休只会更低。\n\n"
        "我的建议是:午休缩短到半小时,下班时间相应提前。\n"
    )
    debates, claims = _debated(text, "zh")
    assert debates == ["应该取消午休"]
    assert claims["但我不赞成全员取消午休。"].role is Role.MAIN


def test_a_verdict_in_the_body_is_the_proposition_when_nothing_is_put_to_a_decision() -> None:
    text = (
        "The lunch menu at the Anchor\n\n"
        "The room is lovely and the staff are kind. "
        "But a set lunch with no choice of main is a poor deal at £40. "
        "You pay for three courses and may like one of them. "
        "The owners say a set menu keeps waste down.\n"
    )
    debates, claims = _debated(text, "en")
    assert debates == ["a set lunch with no choice of main is a poor deal at £40"]
    assert claims["But a set lunch with no choice of main is a poor deal at £40."].role is Role.MAIN


def test_a_thesis_stated_before_the_first_heading_is_argued_there() -> None:
    """A letter's "本所认为,X" before its numbered grounds: the intro that states the author's
    thesis argues it, and the thesis is the main claim."""
    text = (
        "律师函\n\n"
        "本所受李女士委托,就贵方扣留押金一事致函如下。本所认为,贵方无权扣留该笔押金。\n\n"
        "一、事实\n\n"
        "李女士已按约交还房屋,房屋无任何损坏。\n\n"
        "二、意见\n\n"
        "贵方应于七日内退还押金。\n"
    )
    debates, claims = _debated(text, "zh")
    assert debates == ["贵方无权扣留该笔押金"]
    thesis = next(c for text, c in claims.items() if "本所认为" in text)
    assert thesis.role is Role.MAIN
