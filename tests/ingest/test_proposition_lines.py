"""Lines that state the debated proposition without an opinion cue, each alone (a numbered
motion, a "Proposed X" line, a panel's question, a proposal named by its title, a headline's
demand, an option preferred by its label, a meeting's topic line, a plan put to others for
advice), and lines of the same look that must stay unmatched (`argkg.ingest.proposition`).
The texts these readings were built for are tested in ``test_unseen_prop32`` and
``test_unseen_prop33``."""

import pytest

from argkg.ingest.proposition import match_proposition
from argkg.schema import Lang


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
        # a headline's demand to change a place, its object named
        (
            "Pull down the old grain store and build a bus station",
            Lang.EN,
            True,
            "thesis",
            "we should Pull down the old grain store and build a bus station",
        ),
        (
            "Convert the empty fire station into a youth club",
            Lang.EN,
            True,
            "thesis",
            "we should Convert the empty fire station into a youth club",
        ),
        # the option an assessment prefers, by its label
        ("The preferred option is Option 3, subject to funding.", Lang.EN, False, "thesis", "Option 3"),
        # a meeting's topic line put as a whether-clause
        (
            "This month's topic, raised by tenants: whether the laundry room should stay open overnight.",
            Lang.EN,
            False,
            "question",
            "the laundry room should stay open overnight",
        ),
        ("本次座谈议题（由居民提出）：小区能否增设充电桩。", Lang.ZH, False, "question", "小区能增设充电桩"),
        # a plan put to others for advice
        (
            "I'm thinking of selling the camper van, and I'd like your advice.",
            Lang.EN,
            False,
            "question",
            "selling the camper van is the right choice",
        ),
        (
            "我打算明年把店面转出去，想请大家帮我参谋一下。",
            Lang.ZH,
            False,
            "question",
            "应当明年把店面转出去",
        ),
        # a title that says what it names has had its day
        ("朋友圈集赞，可以休矣", Lang.ZH, True, "thesis", "应当停止朋友圈集赞"),
        # the option a 比选报告 recommends, by its label
        ("推荐方案为方案三，分两期实施。", Lang.ZH, False, "thesis", "方案三，分两期实施"),
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
        # a how-to's step is no demand, nor a verb that takes no object named
        ("Turn the dial clockwise until it clicks", Lang.EN, True),
        ("Build quality", Lang.EN, True),
        # an option preferred in passing by a speaker is no recommendation of the text
        ("Option 2 was preferred by some members.", Lang.EN, False),
        # a topic line that names no question
        ("本期话题：社区里的老手艺", Lang.ZH, True),
        # a writer's plan stated without asking anyone
        ("我打算明年把店面转出去，已经和房东谈好了。", Lang.ZH, False),
        # a rest that is literal, not a verdict in a title
        ("跑完步，大家歇歇了再走", Lang.ZH, False),
    ],
)
def test_lines_that_put_no_proposition_stay_unmatched(line: str, lang: Lang, heading: bool) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is None or match.kind not in ("motion", "framing", "pro", "question", "thesis")
