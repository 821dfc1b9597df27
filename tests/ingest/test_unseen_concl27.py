"""Decisions, outcomes and closing advice conclude without a conclusion heading.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl27/`` (see
`argkg.bench.argtexts`; their figures are checked in ``test_unseen_sets.py``). The tests below
check each mechanism on short texts written for them: a deciding label standing alone
("ACTIONS", "评审组意见:") announces the list under it, and one followed by words ("Holding. X",
"专家组结论:X。请Y。") makes them and the rest of its line conclude, while a label of the other side's
view ("反对意见:") or of one side's points ("(一)支持的意见") announces nothing; a group's decision on the
spot ("we decided as a group to X", "那这样吧,我们先X") and a summing-up line ("So: X") conclude; advice
given in steps ("先X,再Y") draws on the conclusion just before it, and says nothing final elsewhere.
"""

import pytest
from concluded import conclusion_texts

from argkg.schema import Lang


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        (
            "Quarterly planning, design team\n\n"
            "The two proposals were a shared component library and a quarterly design review.\n\n"
            "Most of the team felt the library would save more time than the review.\n\n"
            "DECISIONS\n"
            "- Build the shared component library first\n"
            "- Move the design review to the end of the quarter\n",
            Lang.EN,
            ["Build the shared component library first", "Move the design review to the end of the quarter"],
        ),
        (
            "社团经费申请评议\n\n"
            "摄影社申请购买两台相机，预算九千元，说明去年借用设备常常排不上。\n\n"
            "有评委认为九千元偏高，二手相机也能满足教学。\n\n"
            "评议组意见：\n"
            "一、同意购买一台新相机；\n"
            "二、另一台改购二手，总预算不超过六千元。\n",
            Lang.ZH,
            ["同意购买一台新相机", "总预算不超过六千元"],
        ),
    ],
)
def test_a_label_standing_alone_announces_the_list_under_it(text: str, lang: Lang, items: list[str]) -> None:
    found = conclusion_texts(text, lang)
    assert all(any(item in c for c in found) for item in items)


@pytest.mark.parametrize(
    ("text", "lang", "drawn"),
    [
        (
            "Case note: Moss v. Pell\n\n"
            "Facts. Pell borrowed a ladder from Moss and returned it with a cracked rung.\n\n"
            "Reasoning. A borrower must take reasonable care of what he borrows, and Pell left the "
            "ladder out in a frost.\n\n"
            "Holding. Pell must pay for a new rung.\n",
            Lang.EN,
            "Pell must pay for a new rung",
        ),
        (
            "课题中期检查记录\n\n"
            "课题组汇报了问卷回收情况，三所学校共回收问卷412份。\n\n"
            "有专家指出，问卷只覆盖了城区学校。\n\n"
            "检查组结论：通过中期检查。请补充两所乡镇学校的样本。\n",
            Lang.ZH,
            "请补充两所乡镇学校的样本",
        ),
    ],
)
def test_a_label_with_words_after_it_concludes_its_line(text: str, lang: Lang, drawn: str) -> None:
    assert any(drawn in c for c in conclusion_texts(text, lang))


def test_a_label_of_one_sides_points_announces_nothing() -> None:
    found = conclusion_texts(
        "关于食堂延长营业时间的意见汇总\n\n"
        "后勤处收集了同学们的意见，共收到两百多条。\n\n"
        "（一）支持的意见\n"
        "一、晚自习后没有地方吃饭；\n"
        "二、校外外卖不卫生。\n\n"
        "反对意见：\n"
        "一、延长营业要加人手，饭菜可能涨价。\n\n"
        "综上，后勤处决定先在第二食堂试行延长到晚上十点。\n",
        Lang.ZH,
    )
    assert any("先在第二食堂试行延长到晚上十点" in c for c in found)
    assert not any("晚自习后没有地方吃饭" in c or "饭菜可能涨价" in c for c in found)


@pytest.mark.parametrize(
    ("text", "lang", "decision"),
    [
        (
            "Sea kayak club: the Skerries crossing\n\n"
            "Nine of us launched from the slipway at eight, with a light westerly.\n\n"
            "By the halfway buoy the wind had backed south and the swell was building, so we "
            "decided as a group to land on the island and wait for the tide.\n\n"
            "The crossing back in the evening was flat calm.\n",
            Lang.EN,
            "we decided as a group to land on the island",
        ),
        (
            "租房看房记录\n\n"
            "中介：这套两室朝南，月租三千二，押一付三。\n\n"
            "小李：卫生间有点小，热水器也很旧了。\n\n"
            "小王：那这样吧，我们先问房东能不能换热水器，换了再签。\n\n"
            "中介：好的，我今天就去问。\n",
            Lang.ZH,
            "我们先问房东能不能换热水器",
        ),
        (
            "Garden allotment update\n\n"
            "We asked whether to keep the shared shed or split the money for one shed per plot.\n\n"
            "Most members preferred their own shed, but the quotes came back at three times the "
            "price of repairing the old one.\n\n"
            "So: the shared shed stays, with a new roof and a lock for each plot.\n",
            Lang.EN,
            "the shared shed stays, with a new roof",
        ),
    ],
)
def test_a_decision_on_the_spot_or_a_summing_up_line_concludes(text: str, lang: Lang, decision: str) -> None:
    assert any(decision in c for c in conclusion_texts(text, lang))


def test_advice_in_steps_draws_on_the_conclusion_before_it_only() -> None:
    found = conclusion_texts(
        "学吉他要不要报班？\n\n"
        "我自己是先看视频自学了三个月，再去报的班，报班以后进步确实快。\n\n"
        "但报班一节课两百块，一年下来要上万。\n\n"
        "所以我的看法是，大多数人不用一开始就报班。先跟着免费视频练一个月，还想学再报班。\n",
        Lang.ZH,
    )
    assert any("先跟着免费视频练一个月，还想学再报班" in c for c in found)
    assert not any("先看视频自学了三个月" in c for c in found)
