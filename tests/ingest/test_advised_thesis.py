"""A text that argues always names what it argues (stop 27): when no cue names its proposition,
the writer's advice, recommendation, decision or verdict in its own form ("We're going to X",
"I would not recommend X", "X is liable", "劝你X", "公司决定X", "X得是Y") is its thesis in a text
of any length, and an imperative ("Don't X", "别X") only in its opening or closing paragraph,
where a thesis is stated; an advice to leave something alone argues con on its affirmative form.
The short texts here are written for these tests; ``tests/ingest/texts/unseen_theses27/`` holds
six longer ones with gold written first.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import affirmed, directs, judges, match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance
from argkg.schema.vocabulary import Role


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("We're going to delay the launch by a month.", Lang.EN),
        ("I would not recommend this course to anyone paying for it themselves.", Lang.EN),
        ("I am recommending her for promotion in this cycle.", Lang.EN),
        ("The owner is liable to the visitor under the Act.", Lang.EN),
        ("We have decided to close the branch.", Lang.EN),
        ("我劝你先别急着辞职。", Lang.ZH),
        ("我们决定从下月起取消班车。", Lang.ZH),
        ("我就一个要求，男方得是本地人。", Lang.ZH),
    ],
)
def test_advice_a_decision_or_a_verdict_judges_as_the_writer_s_own_view(sentence: str, lang: Lang) -> None:
    assert judges(sentence, lang) == 2


@pytest.mark.parametrize(
    ("sentence", "lang", "imperative"),
    [
        ("Short version: do not cross the pass without an axe.", Lang.EN, True),
        ("Drop the weekly meeting and write a summary instead.", Lang.EN, True),
        ("Please do not touch the exhibits.", Lang.EN, False),
        ("Section E: Skip-level comments", Lang.EN, False),
        ("空气炸锅就别再买了。", Lang.ZH, True),
        ("别人家的孩子都报了。", Lang.ZH, False),
    ],
)
def test_an_imperative_to_leave_something_alone_directs(sentence: str, lang: Lang, imperative: bool) -> None:
    assert directs(sentence, lang) is imperative


@pytest.mark.parametrize(
    ("thesis", "lang", "proposition", "side"),
    [
        ("Don't bolt a hub kit onto an old bike", Lang.EN, "bolt a hub kit onto an old bike", Stance.CON),
        ("空气炸锅就别再买了", Lang.ZH, "空气炸锅就再买了", Stance.CON),
        ("We're going to delay shipping", Lang.EN, "We're going to delay shipping", Stance.PRO),
        # another negation in the sentence is no verdict on it
        ("应当作为假设,而不是出发点", Lang.ZH, "应当作为假设,而不是出发点", Stance.PRO),
    ],
)
def test_an_advice_to_leave_something_alone_argues_con_on_its_affirmative(
    thesis: str, lang: Lang, proposition: str, side: Stance
) -> None:
    assert affirmed(thesis, lang) == (proposition, side)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a conditional aside on what happens should the matter go the other way
        ("I agree, and we should look at this again in March if it is declined.", Lang.EN),
        # a preview of reasons to come
        ("学校做出这个决定，主要有两方面考虑。", Lang.ZH),
    ],
)
def test_an_aside_or_a_preview_is_no_proposition(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


_ZH_POST = """空气净化器用了一年

去年冬天雾霾重，我花两千多买了一台空气净化器，放在卧室里天天开。

用了一年，滤网换了两次，一次四百多。开着的时候噪音不小，晚上睡觉还得关掉。

有人说有孩子的家庭一定得买。可我们小区周边绿化好，大部分时候开窗通风就够了。

所以家里要是不在大路边，空气净化器就别急着买了。
"""

_HOWTO = """Bleeding a radiator

Turn the heating off and let the radiators cool. Put a cloth under the valve.

Open the valve a quarter turn with the key. Do not open it all the way, or water will spray out.

When water comes out, close the valve and check the boiler pressure.
"""


@pytest.mark.parametrize(
    ("text", "lang", "words", "reason", "reason_side"),
    [
        (_ZH_POST, Lang.ZH, "空气净化器就急着买了", "滤网换了两次", Stance.CON),
    ],
)
def test_a_text_with_no_cue_argues_its_advice_or_decision(
    text: str, lang: Lang, words: str, reason: str, reason_side: Stance
) -> None:
    """The advice is the proposition (an advice against argued con on its affirmative: "X就别急着
    买了" debates "X就急着买了"), its sentence the main claim, and the writer's reasons take the
    writer's side."""
    graph = ingest_text(text, source="post.txt", lang=lang)
    debated = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert len(debated) == 1 and words in debated[0].text
    claims = graph.of_type(Claim)
    thesis = next(c for c in claims if c.start == debated[0].start)
    assert thesis.role is Role.MAIN
    assert next(c for c in claims if reason in c.text).stance is reason_side


def test_an_imperative_between_the_opening_and_the_closing_is_an_instruction() -> None:
    """A how-to's "Do not open it all the way" in its middle paragraph argues nothing."""
    graph = ingest_text(_HOWTO, source="howto.txt", lang=Lang.EN)
    assert not [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
