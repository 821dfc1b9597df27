"""Stop 43: a vote's or a poll's record under its heading, two digits side by side that belong to
two words, and the time limit of a right of appeal. Each text is invented here."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the block a tally heading opens is the vote's outcome: who voted and what each option drew
        (
            Lang.ZH,
            "去年共发生漏水9起。\n\n二、投票结果\n参与投票：住户310户。\n同意：住户240户；\n反对：住户70户。\n\n三、其他\n电梯已用了十五年。",
            ["9起", "十五年"],
        ),
        # a bracketed note after the heading; the block ends at the blank line
        (
            Lang.ZH,
            "接龙统计（截至周日中午）：\n愿意参加：18人\n不参加：6人\n\n场地租金每小时60元。",
            ["每小时60元"],
        ),
        # a share that divides the whole is the tally; one that does not is the threshold it meets
        (
            Lang.ZH,
            "四、表决结果\n赞成的占70%，反对的占30%。\n赞成票超过三分之二，议案通过。",
            ["三分之二"],
        ),
        (
            Lang.EN,
            "Poll results\nWe asked you to vote last week. 2,150 of you replied.\nKeep the market: 61% · Close it: 39%",
            [],
        ),
        # no heading: a survey's figures in running prose stay facts
        (Lang.EN, "Of 2,150 readers who replied, 61% want to keep the market.", ["2,150 readers", "61%"]),
        # an option's count after a vote label: the record's outcome
        (Lang.EN, "Panel votes: 5 accept, 2 reject. The bird was seen by 3 observers.", ["3 observers"]),
    ],
)
def test_a_tally_under_its_heading_is_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他星期二一早就走了。", []),
        ("我们统一一下口径。", []),
        ("店里打八五折，原价200元。", ["八五折", "200元"]),
        ("二〇二四年，村里修了路。", ["二〇二四年"]),
    ],
)
def test_two_digits_side_by_side_are_two_words(text: str, expected: list[str]) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "业主对处理不服的，可在十日内向物业公司提出复核。", ["十日"]),
        (Lang.ZH, "对公示结果如有异议，请于3个工作日内向评审组反映。", ["3个"]),
        # a reply the notice demands is its deadline, no right: no evidence
        (Lang.ZH, "请于收到本通知之日起七日内书面答复。", []),
        (
            Lang.EN,
            "The tenant can challenge the notice before the county board within 10 days.",
            ["10 days"],
        ),
        (Lang.EN, "Please return the form within 10 days of receiving this letter.", []),
        # inside the decision's own block it is what the decision sets
        (Lang.EN, "Decision\n1. The fine is upheld.\n2. The club can challenge it within 10 days.", []),
    ],
)
def test_an_appeal_window_is_a_rule_in_force(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a perfect's auxiliary before "twice": how many times it was done
        ("The landlord has twice rejected the repair quote.", ["twice"]),
        ("The council had twice asked for a survey.", ["twice"]),
        # a shift, a season or a term is a rate's period
        ("Porters earn £12 a shift.", ["£12 a shift"]),
        ("The pond freezes once a winter.", ["once a winter"]),
        ("A locker costs £40 a term.", ["£40 a term"]),
        # no auxiliary, no period: a manner of speaking
        ("You end up paying twice.", []),
    ],
)
def test_how_many_times_it_was_done(text: str, expected: list[str]) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's stamp: the day, its clock time and the colon that opens the message
        ("管理员 阿峰 3月4日 20:15：\n各位，水费又涨了12%。", ["12%"]),
        # an edition's or a revision's stamp closing its line
        ("小区停车须知\n（2026年5月版）\n月租车位每月300元。", ["每月300元"]),
        ("社区食堂就餐须知\n2025年10月修订", []),
        # a fact's day with its clock time inside a sentence stays
        ("3月4日20:15，小区东门发生火灾。", ["3月4日"]),
    ],
)
def test_a_posts_or_editions_stamp_is_no_evidence(text: str, expected: list[str]) -> None:
    assert _found(text, Lang.ZH) == expected


def test_a_fact_after_the_tally_rows_is_the_texts_again() -> None:
    text = "二、投票结果\n同意：住户240户；\n反对：住户70户。\n电梯已用了十五年。"
    assert _found(text, Lang.ZH) == ["十五年"]
