"""Conclusions that are decisions, outcomes and recommendations the text reaches.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl2/`` (see
`argkg.bench.argtexts`): a tribunal's reasons, a PTA e-mail, a code-of-conduct ruling, a grant
letter, a 业委会公告 after a vote, a 评审意见, a 村民代表会议决议 and an office e-mail announcing a
choice, gold written before argkg ran on them. Besides the set's figures, the tests below check,
on texts written for them, that a decision concludes in both languages wherever it stands (a
notice may open with it), that a decision quoted from someone else or a bare procedural "agreed
to" does not, and that a signed letter answered by a reply keeps the reply as body text.
"""

import pytest
from concluded import conclusion_texts

from argkg.bench.argtexts import UNSEEN_CONCL2, TextResult, check_folder, load_gold
from argkg.schema import Lang

GOLD = load_gold(UNSEEN_CONCL2)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_CONCL2)


def test_the_set_has_four_english_and_four_chinese_texts_with_goldconclusion_texts() -> None:
    assert sum(name.startswith("en_") for name in GOLD) == 4
    assert sum(name.startswith("zh_") for name in GOLD) == 4
    assert all(GOLD[name].conclusions for name in GOLD)


def test_most_decisions_are_found(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    gold = sum(len(r.conclusions) for r in results.values())
    # 8/16 before decisions were read as conclusions; the issue asks for 0.60 on unseen texts
    assert hits / gold >= 0.6


@pytest.mark.parametrize(
    ("text", "lang", "decision"),
    [
        (
            "Dear members,\n\nThe allotment society met on Monday to discuss the water charges.\n\n"
            "Some plot holders said a flat fee is unfair to those who grow little. Others said "
            "metering each plot would cost more than it saves.\n\n"
            "After a vote the committee agreed to keep the flat fee for one more year. "
            "We will look at the figures again in the spring.\n\nWith best wishes,\nThe secretary\n",
            Lang.EN,
            "the committee agreed to keep the flat fee for one more year",
        ),
        (
            "Thank you for your request to extend the loan period for the projector.\n\n"
            "We have looked at the booking diary for the coming month. Two other groups have "
            "reserved the projector, and both bookings were made well in advance.\n\n"
            "We are unable to accept your request on this occasion. You are welcome to book it "
            "again from the first of next month.\n",
            Lang.EN,
            "We are unable to accept your request on this occasion.",
        ),
        (
            "各位居民：\n\n经居委会研究决定，从下月起，社区活动室周日停止开放。\n\n"
            "近半年来，周日到活动室的居民很少，平均每次不到五人，而值班人员的补贴照常支出。"
            "也有居民提出周日是休息日，开放更方便上班族。\n\n"
            "综合各方面意见，周日的经费将改用于延长平日晚上的开放时间。\n",
            Lang.ZH,
            "经居委会研究决定，从下月起，社区活动室周日停止开放。",
        ),
    ],
)
def test_a_decision_the_text_reaches_concludes_wherever_it_stands(
    text: str, lang: Lang, decision: str
) -> None:
    assert any(decision in found for found in conclusion_texts(text, lang))


@pytest.mark.parametrize(
    "closing",
    [
        "If you want to have your say, please write to the secretary before the end of the month.",
        "Please send your views to the secretary before the end of the month.",
    ],
)
def test_a_quoted_decision_or_a_next_step_for_the_reader_concludes_nothing(closing: str) -> None:
    text = (
        "The town's cycling club has argued about a second weekly ride for a year.\n\n"
        'Its chair wrote in the newsletter that "the committee agreed to add a Thursday ride", '
        "but members say no vote was taken. Others point out that the club has too few ride "
        "leaders for two rides a week.\n\n"
        "A second ride would split the group and leave both rides short of leaders.\n\n"
        f"{closing}\n"
    )
    # neither concludes; the argument's last line above the next step may be its final word
    # (concl26: a next step no longer hides the closing line above it)
    assert not any("Thursday ride" in found or closing in found for found in conclusion_texts(text, Lang.EN))


def test_a_bare_agreed_to_closing_a_procedure_is_no_decision() -> None:
    text = (
        "The club has argued about a second weekly ride for a year.\n\n"
        "The motion to hold a fresh vote on a Thursday ride was put. Question agreed to.\n"
    )
    assert not conclusion_texts(text, Lang.EN)


def test_a_reply_after_a_signed_letter_is_body_text_and_its_decision_concludes() -> None:
    text = (
        "To the housing office,\n\n"
        "I ask you to repair the broken heating in my flat. It has not worked for three weeks, "
        "and my children are cold at night.\n\n"
        "The landlord says the parts are on order, but nobody has come to fit them.\n\n"
        "Signed: Amal Hussein\n\n"
        "Reply from the housing office\n\n"
        "Thank you for your letter. We contacted the landlord on Monday and he has confirmed "
        "that the parts arrived last week.\n\n"
        "We have decided to send our own engineer on Friday and to recover the cost from the "
        "landlord. Please make sure someone is at home that morning.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any(f.startswith("We have decided to send our own engineer") for f in found)


def test_a_lone_heading_over_the_whole_text_makes_no_conclusion_section() -> None:
    text = (
        "关于《乡村小学课后服务调查》的评审意见\n\n"
        "这份调查报告选题实在，问卷覆盖了三个县的四十多所小学。\n\n"
        "不足之处是样本偏重县城学校，山区学校只有五所，结论的代表性受到影响。\n\n"
        "评审结论：建议补充山区学校样本后再刊发。\n"
    )
    found = conclusion_texts(text, Lang.ZH)
    assert found == ["评审结论：建议补充山区学校样本后再刊发。"]


def test_a_prescription_right_after_a_decision_on_its_line_concludes_too() -> None:
    text = (
        "Dear Mr Patel,\n\n"
        "You asked us to refund the cost of the cancelled evening course.\n\n"
        "The course was cancelled because the tutor fell ill, and we could not find another in time.\n\n"
        "We have decided to refund the full fee. The finance office must pay it within ten days.\n\n"
        "A new course starts in the autumn.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert "We have decided to refund the full fee." in found
    assert "The finance office must pay it within ten days." in found
    assert "A new course starts in the autumn." not in found


def test_a_summary_of_someone_elses_case_is_no_conclusion_section() -> None:
    text = (
        "# Planning committee report\n\n"
        "## Summary of the application\n\n"
        "The applicant wants to turn the old dairy into six flats. "
        "She says the building has stood empty for nine years.\n\n"
        "Neighbours objected that the lane is too narrow for more cars.\n\n"
        "## Decision\n\n"
        "The application is refused: the site flooded twice last winter.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert found[-1] == "The application is refused: the site flooded twice last winter."
    assert not any("dairy" in f or "empty" in f or "lane" in f for f in found)
