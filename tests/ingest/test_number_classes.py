"""Numeric evidence, class by class: halves, grouped counts, fillers, ages, pressure and pence,
and the timestamps, addresses, form fields and idioms that hold no quantity (texts written here)."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 半 before a unit is one half; 一个半 adds one half
        (Lang.ZH, "从车站走到码头要半小时左右。", [("半小时", 0.5, "hours")]),
        (Lang.ZH, "他的康复训练持续了一个半小时。", [("一个半小时", 1.5, "hours")]),
        (
            Lang.ZH,
            "新店开张不到半个月，又往东扩了半公里。",
            [("半个月", 0.5, "months"), ("半公里", 500.0, "m")],
        ),
        (Lang.ZH, "近半年来渔获明显减少。", [("半年", 0.5, "years")]),
        # thousands separators make a bare number a count
        (
            Lang.EN,
            "By noon 12,400 had come through the east gate.",
            [("12,400", 12400.0, "number")],
        ),
        (Lang.ZH, "报名人数达到 3,200，比去年多。", [("3,200", 3200.0, "number")]),
        # a filler word between number and unit
        (
            Lang.EN,
            "The repairs bought the bridge about fifteen more years.",
            [("fifteen more years", 15.0, "years")],
        ),
        (Lang.EN, "The crew needed two extra days to finish.", [("two extra days", 2.0, "days")]),
        # an age after a pronoun and its verb, also spelled with blanks inside
        (
            Lang.EN,
            "My neighbour says she is 71 and still cycles to the market.",
            [("she is 71", 71.0, "years")],
        ),
        (
            Lang.EN,
            "He's 42, has two jobs and no savings.",
            [("He's 42", 42.0, "years"), ("two jobs", 2.0, "jobs")],
        ),
        # pressure and pence
        (
            Lang.EN,
            "Keep the tyres at 2.2 bar; a refill costs 60p per tyre.",
            [("2.2 bar", 2.2, "bar"), ("60p", 0.6, "GBP")],
        ),
    ],
)
def test_halves_grouped_counts_fillers_ages_and_units_are_read(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = _found(text, lang)
    assert [(s, round(v, 6)) for s, v, _ in found] == [(s, v) for s, v, _ in expected]
    assert [u for *_, u in found] == [u for *_, u in expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # 半 without a unit, or a part of a period
        (Lang.ZH, "这家半导体工厂去年上半年停工。"),
        (Lang.ZH, "多半是天气的缘故。"),
        # timestamps, form fields and a date alone under a signature
        (Lang.EN, "Support, the sources agree. -- Mira (talk) 09:15, 8 June 2027 (UTC)"),
        (Lang.EN, "- Created: 2027-01-19\n- Status: Open"),
        (Lang.EN, "Posted June 8, 2027 at 10:45"),
        (Lang.EN, "With thanks,\nThe Parish Council\n12 May 2027"),
        (Lang.ZH, "会议记录 地点：三楼会议室 时间：2027年6月8日 09:15"),
        (Lang.ZH, "投诉人：李某 投诉日期：2027年6月8日"),
        (Lang.ZH, "此致\n敬礼\n社区居委会\n2027年6月8日"),
        # an address, not a count
        (Lang.ZH, "住在7栋1103室的王女士反映了噪音问题。"),
        (Lang.ZH, "投诉来自5号楼2单元301的住户。"),
        # idioms: say a few words, a contract's copies
        (Lang.ZH, "主持人：我再补充说两句。"),
        (Lang.ZH, "本合同一式两份，甲乙双方各执一份。"),
        # a five-year plan's name, an idiom of perseverance
        (Lang.ZH, "十五五规划开局之年，他几十年如一日地守着小店。"),
        # phone numbers and a hotline's number
        (Lang.ZH, "如有疑问请拨打 0755-23456789 或 12319 服务热线，手机 15811112222。"),
        (Lang.EN, "For help call 0161 496 0123."),
        # an age group, a video resolution
        (Lang.EN, "Most seven-year-olds in the survey walked to school."),
        (Lang.EN, "The camera records in 1080p."),
    ],
)
def test_timestamps_fields_addresses_and_idioms_are_not_evidence(lang: Lang, text: str) -> None:
    assert _found(text, lang) == []


def test_advice_reaches_the_next_clauses_that_list_amounts() -> None:
    text = "医生建议每天散步两次，每次半小时。"
    assert _found(text, Lang.ZH) == []
    other = "我建议大家再想想，毕竟这条路已经修了三年。"
    assert [s for s, *_ in _found(other, Lang.ZH)] == ["三年"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare number leaves out the noun of the number before it in its sentence
        (
            Lang.EN,
            "The old pump ran 25 minutes a day and the new one only 15 on full power.",
            [("25 minutes a day", 25.0, "minutes/day"), ("15", 15.0, "minutes/day")],
        ),
        (Lang.ZH, "周一卖出 320 杯，周二只有 180。", [("320 杯", 320.0, "杯"), ("180", 180.0, "杯")]),
        # a tally: the vote words make bare numbers counts
        (Lang.EN, "The motion carried, 61 to 39.", [("61", 61.0, "number"), ("39", 39.0, "number")]),
        (Lang.EN, "It was a 4–1 decision for the appellant.", [("4", 4.0, "number"), ("1", 1.0, "number")]),
        # a spec sheet's units
        (
            Lang.ZH,
            "额定功率：45 W，工作压力：0.2–0.6 MPa，流量：2.5 L/min。",
            [
                ("45 W", 45.0, "W"),
                ("0.2", 2.0e5, "Pa"),
                ("0.6 MPa", 6.0e5, "Pa"),
                ("2.5 L/min", 2.5, "l/min"),
            ],
        ),
        # 一成 is a tenth; a measure word the dictionary files elsewhere (站)
        (Lang.ZH, "今年的客流比去年少了一成。", [("一成", 0.1, "percent")]),
        (Lang.ZH, "从家到学校要坐三站地铁。", [("三站地铁", 3.0, "地铁")]),
    ],
)
def test_elliptical_numbers_tallies_spec_units_and_tenths(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = _found(text, lang)
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a label glued to a bare number takes no unit from an earlier number
        (Lang.ZH, "每年补贴 2 亿元，还要负担 3号线的运营。", ["每年补贴 2 亿元"]),
        # times of day are no quantity
        (Lang.EN, "About 150 buses a day, most between 6 and 8 in the morning.", ["150 buses a day"]),
        (Lang.EN, "Doors open at 7 pm for 400 guests.", ["400 guests"]),
        # 一年, 一个月 before another number in the clause: the period of a rate (四五千, an
        # approximate amount, is one)
        (Lang.ZH, "请个保姆一个月四五千，一年就是五万多。", ["四五千", "五万多"]),
        # but a time limit is evidence
        (Lang.ZH, "这家店一年内开了两百家分店。", ["一年", "两百家"]),
        # 一成不变 is an idiom
        (Lang.ZH, "他的作息一成不变。", []),
    ],
)
def test_labels_times_of_day_periods_and_idioms_take_no_quantity(
    lang: Lang, text: str, surfaces: list[str]
) -> None:
    assert [s for s, *_ in _found(text, lang)] == surfaces


def test_the_items_of_a_proposal_set_no_evidence_but_its_findings_do() -> None:
    zh = (
        "去年全镇户均婚宴支出约3.5万元。\n"
        "为此，镇商会向全体商户发出如下倡议：\n\n"
        "一、酒席不超过20桌，每桌不超过600元。\n"
        "二、庆典时间不超过2天。\n\n"
        "一、现状\n"
        "1. 全镇有40%的商户办过庆典。\n"
        "二、建议\n"
        "1. 每年评选一次，每次表彰10家。\n"
    )
    assert [m.surface for m in find_numbers(zh, Lang.ZH)] == ["3.5万元", "40%"]
    en = (
        "## Findings\n"
        "- Late fees brought in 8,400 dollars last year.\n\n"
        "## Recommendations\n"
        "- Cap fees at 5 dollars.\n"
        "1. Review the cap after 3 years.\n"
    )
    assert [m.surface for m in find_numbers(en, Lang.EN)] == ["8,400 dollars"]


def test_an_agreements_terms_are_evidence() -> None:
    text = "经调解，双方达成如下协议：\n一、乙方赔偿甲方维修费用6500元。\n"
    assert [m.surface for m in find_numbers(text, Lang.ZH)] == ["6500元"]


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a part of a group named before, and a bare number after it
        (
            Lang.EN,
            "Of 20 audits, 12 of them found gaps and in at least 5 the gaps were serious.",
            ["20 audits", "12 of them", "5"],
        ),
        # a clock time, a weekday, then the date: a timestamp
        (
            Lang.EN,
            "From 23:30 on Saturday 4 May until 06:00 on Sunday 5 May, 40 buses replace trains.",
            ["40 buses"],
        ),
        # a press release's dateline
        (Lang.EN, "Leeds, 9 June — The council today opened 3 new libraries.", ["3 new libraries"]),
        # "both", a price class
        (Lang.ZH, "这两款都试过，续航差了30%。", ["30%"]),
        (Lang.ZH, "预算有限就买百元档的耳机，我的花了199元。", ["199元"]),
    ],
)
def test_parts_timestamps_datelines_both_and_price_classes(
    lang: Lang, text: str, surfaces: list[str]
) -> None:
    assert [s for s, *_ in _found(text, lang)] == surfaces


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a bound before a word multiple makes it a measure
        (Lang.EN, "The new levy is over twice our current rate.", ["twice"]),
        (Lang.EN, "The bridge cost at least twice the estimate.", ["twice"]),
        # a debate's own clashes, a requirement's deadline, a teacher's task: no evidence
        (Lang.EN, "The judges saw three clashes in the round.", []),
        (Lang.ZH, "业委会要求施工方在两周内完成整改。", []),
        (Lang.ZH, "请大家课后读两篇文章。", []),
        # a requirement's share is still evidence (only durations and counts are governed)
        (Lang.ZH, "工会要求的15%加薪没有谈成。", ["15%"]),
        # a concentration per litre
        (Lang.EN, "The limit is 0.05 mg/L.", ["0.05 mg/L"]),
    ],
)
def test_bounded_multiples_governed_counts_and_concentrations(
    lang: Lang, text: str, surfaces: list[str]
) -> None:
    assert [s for s, *_ in _found(text, lang)] == surfaces


def test_list_items_after_a_request_set_no_evidence() -> None:
    text = "Your service failed 5 times in March. I ask you to:\n1. refund the last 2 months;\n2. reply within 10 days.\n"
    assert [m.surface for m in find_numbers(text, Lang.EN)] == ["5 times"]


def test_a_speaker_quoting_an_age_is_no_speaking_time() -> None:
    text = "二辩引用的调查说，25岁以下的玩家占四成。每位辩手发言四分钟。"
    assert [m.surface for m in find_numbers(text, Lang.ZH)] == ["25岁", "四成"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a magnitude word counts on its own; it takes no unit from the number before
        ("Sales rose 6.5% to 14 million.", [("6.5%", 0.065, "percent"), ("14 million", 1.4e7, "number")]),
        # counted nouns without a plural -s, both ends of the range
        (
            "Between 150 and 220 staff will relocate.",
            [("150", 150.0, "staff"), ("220 staff", 220.0, "staff")],
        ),
        # a glued m after a currency is millions
        ("The depot will cost £7.5m.", [("£7.5m", 7.5e6, "GBP")]),
    ],
)
def test_magnitudes_irregular_plurals_and_glued_millions(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = _found(text, Lang.EN)
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # what a ballot measure or a rule's article sets; a limit a notice states in force is a fact
        (Lang.EN, "Shall the town borrow $12 million to rebuild the library over 3 years?", []),
        (Lang.ZH, "第五条 每户装修垃圾清运费不得超过300元。", []),
        (Lang.ZH, "第十二条 每位读者限借5本书。", []),
        (Lang.ZH, "借阅须知：每位读者限借5本书，借期不得超过30天。", ["每位读者限借5本书", "30天"]),
        (Lang.ZH, "3．科目二预约考试的次数不得超过5次。", ["5次"]),
        # an amount of time counted by a or one, in the possessive
        (Lang.EN, "The landlord kept two weeks' deposit and a month's rent.", ["two weeks", "a month's"]),
        # an idiom: all year round
        (Lang.ZH, "农民一年忙到头，收入却不高。", []),
    ],
)
def test_rules_and_measures_set_no_evidence_and_possessive_durations(
    lang: Lang, text: str, surfaces: list[str]
) -> None:
    assert [s for s, *_ in _found(text, lang)] == surfaces


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "面粉和水按3:1调匀，17:30前下锅。", [("3:1", 3.0, "ratio")]),
        (Lang.EN, "Mix sand and cement at 4:1 and leave it until 18:00.", [("4:1", 4.0, "ratio")]),
    ],
)
def test_ratios_are_read_and_clock_times_are_not(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


def test_a_labels_pair_of_numbers_is_no_ratio() -> None:
    assert _found("The rule is in Chapter 3:2 of the code.", Lang.EN) == []


def test_items_after_a_decision_in_its_own_line_set_no_evidence() -> None:
    text = "去年食堂收到投诉42起。经研究，后勤处决定：一、新增座位120个；二、早餐延长30分钟。\n调查显示：1. 有18%的学生不满意。"
    assert [m.surface for m in find_numbers(text, Lang.ZH)] == ["42起", "18%"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("全市力争到2035年前建成全部站点。", "year"),
        ("早在1800年前，这里就有人定居。", "years"),
    ],
)
def test_a_year_before_qian_is_a_deadline_after_a_time_preposition(text: str, unit: str) -> None:
    assert [u for *_, u in _found(text, Lang.ZH)] == [unit]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (Lang.EN, "Posted by rowan_k on 2 May 2027 at 08:10"),
        (Lang.EN, "marisol_t 6 hours ago"),
        (Lang.EN, "Permalink | 231 comments"),
        (Lang.EN, "u/kettle_fan - 17 points"),
        (Lang.EN, "19 people found this helpful"),
        (Lang.EN, "Asked 2 years ago Viewed 4k times"),
        (Lang.EN, "Page 2 of 9"),
        (Lang.EN, "**Date:** 9 February"),
        (Lang.EN, "Re: Planning application 27/00412/HOU"),
        (Lang.ZH, "3,108 人赞同了该回答"),
        (Lang.ZH, "编辑于 2027-02-11 · 著作权归作者所有"),
        (Lang.ZH, "赞同 1.4万 · 862 条评论"),
        (Lang.ZH, "转发 2.1万 ｜ 评论 6,035 ｜ 赞 3.3万"),
        (Lang.ZH, "5小时前 来自 安卓客户端"),
        (Lang.ZH, "第2页 共9页"),
    ],
)
def test_post_metadata_and_engagement_counters_are_not_evidence(lang: Lang, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # the same words inside a sentence keep their numbers (but a count of comments received,
        # which records the response to the proceedings: test_number_records)
        (
            Lang.EN,
            "Two years ago the club had 90 members; the petition drew 231 comments.",
            ["Two years", "90 members"],
        ),
        (Lang.EN, "The amendment won 57 votes.", ["57 votes"]),
        (Lang.ZH, "5年前，房租涨了两成。", ["5年", "两成"]),
    ],
)
def test_counters_and_relative_times_inside_sentences_are_kept(
    lang: Lang, text: str, surfaces: list[str]
) -> None:
    assert [s for s, *_ in _found(text, lang)] == surfaces


def test_places_named_by_a_number_lend_no_unit_and_count_nothing() -> None:
    text = "We set out 15 chairs in room 12 and 20 in room 14; bus 38 stops at gate 4."
    assert [(s, u) for s, _, u in _found(text, Lang.EN)] == [("15 chairs", "chairs"), ("20", "chairs")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare number with a rate is a count per that unit; a range end lends it to the start
        (
            Lang.EN,
            "Shifts fell from 48 to roughly 40 a week.",
            [("48", "number/week"), ("40 a week", "number/week")],
        ),
        (Lang.EN, "Patients took 3 per day.", [("3 per day", "number/day")]),
        # a hedge after the joiner keeps the range
        (Lang.ZH, "工期从6到约9个月不等。", [("6", "months"), ("9个月", "months")]),
        # a year before "a year" is still a year
        (Lang.EN, "In 2026 a year of repairs began.", [("2026", "year")]),
    ],
)
def test_bare_rates_and_hedged_range_ends(lang: Lang, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, u) for s, _, u in _found(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly one-in-four renters moved last year.", [("one-in-four", 0.25, "fraction")]),
        ("The 2-in-1 charger sells for $35.", [("$35", 35.0, "USD")]),
    ],
)
def test_hyphenated_shares_and_product_types(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = _found(text, Lang.EN)
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 半 after a unit adds half of it
        ("新馆前后建了两年半。", [("两年半", 2.5, "years")]),
        # 块 at a clause's end is money, before a noun a count
        ("一杯要18块，我买了4块蛋糕。", [("18块", 18.0, "CNY"), ("4块", 4.0, "devices")]),
    ],
)
def test_halves_after_a_unit_and_kuai_as_money(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = _found(text, Lang.ZH)
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter of a year counted with 个 is three months; 一季度 alone is the first quarter
        ("草皮踩得厉害，一个季度就会斑秃。", [("一个季度", 3.0, "months")]),
        ("一季度营收增长了5%。", [("5%", 0.05, "percent")]),
        # meals written 餐 (餐厅 is a word), and appliances counted with 具
        ("猫粮每天两餐，从不剩。", [("每天两餐", 2.0, "meals/day")]),
        ("学校新开了三个餐厅。", [("三个", 3.0, "items")]),
        ("楼道里共有48具灭火器。", [("48具灭火器", 48.0, "灭火器")]),
    ],
)
def test_quarters_meals_and_appliances(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = _found(text, Lang.ZH)
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])
