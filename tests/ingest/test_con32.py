"""Statements that argue against, read against (stop 32, issue 9's sides).

The other side's case is mostly stated without a side word: a cost, a harm, a doubt. What tells a
reader whose case it is is often the section it stands in: a heading of the objections or concerns
raised ("Objections we looked at", "居民担忧：", "（一）可行性方面的疑虑"), also behind a
bullet mark ("■ 担忧的声音"), and over the point captions ranked below it ("▶ 噪音" under "■ 反对
的声音", "(a) Cost" under "Arguments against"). The author's answer at the end of such a section
(a statement that turns, "But…", "但…", or speaks in the author's voice) argues the author's side
again. A risk the change is likely to bring ("容易引起矛盾") and what a party would pay under it
("he would pay £600 himself") argue against it too.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import heading_side
from argkg.ingest.voices import prospect_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("title", "lang", "side"),
    [
        ("Objections we looked at", Lang.EN, CON),
        ("Main concerns", Lang.EN, CON),
        ("3. Concerns about the scheme", Lang.EN, CON),
        ("Concerns and responses", Lang.EN, None),  # a section that answers them too
        ("Objections addressed", Lang.EN, None),
        ("居民担忧：", Lang.ZH, CON),
        ("（二）安全方面的顾虑", Lang.ZH, CON),
        ("■ 担忧的声音", Lang.ZH, CON),  # a bullet mark is layout
        ("▶ 支持的理由", Lang.ZH, PRO),
        ("不必担忧", Lang.ZH, None),  # worries dispelled
        ("如何打消家长的顾虑", Lang.ZH, None),
    ],
)
def test_a_heading_of_objections_or_concerns_names_the_side_against(
    title: str, lang: Lang, side: Stance | None
) -> None:
    assert heading_side(title, lang) is side


def test_point_captions_under_a_sided_caption_keep_its_side() -> None:
    text = (
        "图说｜小区该不该把绿地改成健身角？\n\n"
        "■ 背景\n"
        "物业提出把三号楼前的绿地改成健身角，费用由公共收益支出。\n\n"
        "■ 支持的声音\n"
        "▶ 老人有地方锻炼\n"
        "小区里六十岁以上的居民有四百多人，附近没有一处健身器材。\n\n"
        "■ 反对的声音\n"
        "▶ 噪音\n"
        "三号楼一层住着两位上夜班的护士，白天要睡觉。\n"
        "▶ 绿化减少\n"
        "这片绿地是小区里唯一成片的树荫，夏天孩子们都在这里玩。\n\n"
        "■ 接下来\n"
        "业委会将在下月召开业主代表会议讨论。\n"
    )
    sides = claim_sides(text, Lang.ZH, "sheet.txt")
    assert side_containing(sides, "附近没有一处健身器材") is PRO
    assert side_containing(sides, "上夜班的护士") is CON
    assert side_containing(sides, "唯一成片的树荫") is CON


def test_an_objections_section_argues_against_until_the_author_answers() -> None:
    text = (
        "Submission on the proposed evening opening of the swimming pool\n\n"
        "Why we support it\n"
        "Shift workers cannot swim before 6pm, and the waiting list for the lane club has 70 names.\n\n"
        "Objections we looked at\n"
        "The car park lights shine into the bedrooms on Park Row. "
        "The lifeguard team is already two people short.\n\n"
        "But the lights can be dimmed after 8pm, and two trainees qualify in March.\n"
    )
    sides = claim_sides(text, Lang.EN, "sheet.txt")
    assert side_containing(sides, "waiting list for the lane club") is PRO
    assert side_containing(sides, "lights shine into the bedrooms") is CON
    assert side_containing(sides, "already two people short") is CON
    assert side_containing(sides, "the lights can be dimmed") is PRO


def test_a_rebuttal_section_that_opens_by_granting_stays_with_its_heading() -> None:
    text = (
        "Measure K: shall the town borrow $12 million to rebuild the library?\n\n"
        "ARGUMENT IN FAVOR OF MEASURE K\n"
        "The roof has leaked onto the children's shelves for three winters. Vote yes on K.\n\n"
        "REBUTTAL TO ARGUMENT IN FAVOR OF MEASURE K\n"
        "Nobody is against a dry library. But a new roof costs $900,000, not $12 million. "
        "The rest of the bond pays for a café and a second car park.\n"
    )
    sides = claim_sides(text, Lang.EN, "sheet.txt")
    assert side_containing(sides, "leaked onto the children's shelves") is PRO
    assert side_containing(sides, "a new roof costs $900,000") is CON
    assert side_containing(sides, "a café and a second car park") is CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition"),
    [
        ("名单公开出去，容易引起邻里纠纷。", Lang.ZH, "公开欠费名单"),
        ("搬得太急，容易造成新的矛盾。", Lang.ZH, "搬迁菜市场"),
        ("With the excess he would pay at least £600 himself.", Lang.EN, "operate on the knee"),
    ],
)
def test_a_likely_risk_or_what_a_party_would_pay_argues_against(
    sentence: str, lang: Lang, proposition: str
) -> None:
    assert prospect_side(sentence, lang, proposition) is CON


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("We would pay £20 less each month.", Lang.EN),  # a saving
        ("I'd pay £15 just to stop the arguments about the rota.", Lang.EN),  # a price worth paying
        ("这个办法很容易上手。", Lang.ZH),  # easy, no risk
    ],
)
def test_a_saving_a_price_worth_paying_or_an_easy_thing_is_no_prospect_against(
    sentence: str, lang: Lang
) -> None:
    assert prospect_side(sentence, lang, "switch the supplier") is None
