"""Outcomes, demands and commitments as conclusions where no cue or closing line holds them.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl5/`` (see
`argkg.bench.argtexts`): a committee's consensus above a next-meeting notice, a decision letter's
committed course above its review note, a live blog's verdict (newest entry first) with the course
it prescribes, a 业主代表会议's tally and 共识, a 催告函's demand after its 综上, and a reply's
commitment, gold written before argkg ran on them. Besides the set's figures, the tests below check
each mechanism on short texts written for them: a discussion's consensus and a vote's tally are
outcomes (not a remark that the tally is valid); a prescription or a letter's demand right after a
conclusion on its line draws it on; lines that only tell the reader what to do next do not hide
the closing line above them; a deciders' committed course ("we will pay X", "我们会X", "下周一起试行X")
there decides, while a promise to look again or a proposal ("拟自明年起实行X") does not.
"""

import pytest
from concluded import conclusion_texts

from argkg.bench.argtexts import UNSEEN_CONCL5, TextResult, check_folder, load_gold
from argkg.schema import Lang

GOLD = load_gold(UNSEEN_CONCL5)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_CONCL5)


def test_the_set_has_three_texts_in_each_language_with_gold_conclusions() -> None:
    assert sorted(name[:2] for name in GOLD) == ["en"] * 3 + ["zh"] * 3
    assert all(GOLD[name].conclusions for name in GOLD)


def test_outcomes_demands_and_commitments_are_found(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    gold = sum(len(r.conclusions) for r in results.values())
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    # 4/10 found (4 drawn) before concl26
    assert hits / gold >= 0.9
    assert hits / drawn >= 0.9


@pytest.mark.parametrize(
    ("text", "lang", "outcome"),
    [
        (
            "Riverside Choir - committee notes\n\n"
            "The conductor wants two rehearsals a week before the spring concert. Several members "
            "said they cannot give up a second evening.\n\n"
            "After discussion the committee reached a consensus that the extra rehearsal will be "
            "held only in the last three weeks.\n\n"
            "The next meeting will be held on 3 May.\n",
            Lang.EN,
            "the extra rehearsal will be held only in the last three weeks",
        ),
        (
            "读书会纪要\n\n"
            "小王认为这本书的结论站不住，样本太小。\n\n"
            "老李回应：样本小，但作者的推理是清楚的。\n\n"
            "最后大家达成共识：书的推理有启发，但结论说得太满。\n\n"
            "下期书目另行通知。\n",
            Lang.ZH,
            "书的推理有启发，但结论说得太满",
        ),
        (
            "社区议事会记录\n\n"
            "议题：是否在活动室加装空调。\n\n"
            "代表甲：夏天活动室太热，老人待不住。\n\n"
            "代表乙：电费谁出？\n\n"
            "表决结果：同意9票，反对2票。\n\n"
            "会议到此结束。\n",
            Lang.ZH,
            "同意9票，反对2票",
        ),
    ],
)
def test_a_consensus_or_a_tally_is_an_outcome(text: str, lang: Lang, outcome: str) -> None:
    assert any(outcome in found for found in conclusion_texts(text, lang))


def test_a_remark_that_a_tally_is_valid_is_no_outcome() -> None:
    text = (
        "关于小区北门是否改为人行门的公告\n\n"
        "业委会组织了书面表决，参与表决一百二十户，同意的八十户。\n\n"
        "经业委会审核，表决结果有效。业委会决定自下月起北门只供行人出入。\n\n"
        "特此公告。\n"
    )
    assert not any("表决结果有效" in found for found in conclusion_texts(text, Lang.ZH))


@pytest.mark.parametrize(
    ("text", "lang", "drawn_on"),
    [
        (
            "FT\nFull time. Our verdict: the new rule worked. Other leagues should adopt it by spring. "
            "Thanks for your messages.\n\n"
            '80 min\nA reader writes: "The referee has had an easy night."\n\n'
            '60 min\nAnother reader disagrees: "One bad call and the game is gone."\n',
            Lang.EN,
            "Other leagues should adopt it by spring.",
        ),
        (
            "致：某某物业服务有限公司\n\n"
            "本人所住楼栋的电梯自三月起多次停运，贵司至今未予维修。\n\n"
            "三、本人意见\n"
            "综上，贵司未尽维修义务，应当承担相应责任。请贵司于收到本函之日起五日内修复电梯。\n\n"
            "特此函告。\n",
            Lang.ZH,
            "请贵司于收到本函之日起五日内修复电梯",
        ),
    ],
)
def test_a_prescription_right_after_a_conclusion_on_its_line_draws_it_on(
    text: str, lang: Lang, drawn_on: str
) -> None:
    assert any(drawn_on in found for found in conclusion_texts(text, lang))


def test_next_step_lines_do_not_hide_the_closing_decision_above_them() -> None:
    text = (
        "Dear Mr Hale,\n\n"
        "Thank you for your complaint about the delayed repair to your boiler.\n\n"
        "Our engineer's report shows the part was ordered three weeks late.\n\n"
        "We are unable to offer a new boiler. However, we will refund two months of your service "
        "plan.\n\n"
        "If you disagree with this decision, you can ask for a review.\n"
        "You are required to tell us if your bank details change.\n\n"
        "Yours sincerely,\n\nCustomer Relations\n"
    )
    assert any("we will refund two months" in found for found in conclusion_texts(text, Lang.EN))


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "关于食堂晚餐时间的意见征集\n\n"
            "同学甲：晚餐五点开饭太早了。\n\n"
            "同学乙：开饭晚了，晚自习前来不及吃完。\n\n"
            "后勤回复：\n感谢大家的意见。开饭时间可以再议，我们会先在二食堂试开一个晚班窗口。\n",
            "我们会先在二食堂试开一个晚班窗口",
        ),
        (
            "【版务】关于自习室占座的讨论\n\n"
            "1楼：占座太严重了，必须管。\n\n"
            "2楼：座位本来就少，清理治标不治本。\n\n"
            "版主：综合大家的意见，学校回复：下月一起二楼试行扫码签到，离座一小时自动释放。\n",
            "下月一起二楼试行扫码签到",
        ),
    ],
)
def test_a_commitment_or_a_start_date_in_the_closing_line_decides(text: str, decision: str) -> None:
    assert any(decision in found for found in conclusion_texts(text, Lang.ZH))


@pytest.mark.parametrize(
    ("text", "lang", "not_drawn"),
    [
        (
            "关于会议室预约的征求意见\n\n"
            "同事甲：会议室总被占着不用。\n\n"
            "同事乙：预约系统太麻烦。\n\n"
            "行政部：为提高会议室利用率，行政部拟自下月起实行线上预约。\n",
            Lang.ZH,
            "拟自下月起实行线上预约",
        ),
        (
            "Thanks for all the replies on the build times.\n\n"
            "Some of you want a bigger runner; others want fewer jobs per push.\n\n"
            "Both have costs we have not measured yet.\n\n"
            "We will look at the numbers again on 3 June.\n",
            Lang.EN,
            "We will look at the numbers again on 3 June.",
        ),
    ],
)
def test_a_proposal_or_a_promise_to_look_again_decides_nothing(text: str, lang: Lang, not_drawn: str) -> None:
    assert not any(not_drawn in found for found in conclusion_texts(text, lang))


def test_a_two_sentence_closing_line_that_judges_first_is_one_final_word() -> None:
    """Above a next step for the reader, the closing line's judgement and its last word conclude
    together (before concl26 the next step was the last line and nothing concluded)."""
    text = (
        "The footbridge over the weir has been closed for repairs three times in two years.\n\n"
        "The council says a new bridge would cost too much. Its own survey found the old one will "
        "need rebuilding within a decade anyway.\n\n"
        "Walkers now add a mile to reach the station. Some cross the weir itself.\n\n"
        "In my opinion the council should build the new bridge now. Patching it again is money "
        "thrown into the river.\n\n"
        "If you wish to comment on this report, you can write to the parish clerk.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("the council should build the new bridge now" in c for c in found)
    assert any("Patching it again is money thrown into the river" in c for c in found)
