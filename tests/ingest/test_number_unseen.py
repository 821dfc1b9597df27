"""Numbers in layouts the number classes were not tuned on (issue 9, item 6): a part of a whole,
one unit of time written with "a", the spoken hour and how often in Chinese, and numbers that
are no evidence: the date of a meeting, a deadline or a release, a word-size name (32-bit,
64位) and a writing task's word limit (texts written here)."""

import pytest

from argkg.bench.numbers_gold import DEV4, DEV5, load_number_gold
from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part is a count of the noun after the whole; the whole, with a number, one of its own
        (
            "Four of the seven pumps failed during the storm.",
            [("Four", 4.0, "pumps"), ("seven pumps", 7.0, "pumps")],
        ),
        ("Nine of our suppliers raised prices this spring.", [("Nine", 9.0, "suppliers")]),
        # a part whose noun is no counted noun (reports: a reporting word) is still a count
        ("Two of the last three reports were late.", [("Two", 2.0, "number")]),
        # after a sentence that ends in a capitalised word: no name's number
        (
            "Sales slipped in March. Nine of our suppliers raised prices.",
            [("Nine", 9.0, "suppliers")],
        ),
        (
            "Two of the past six audits flagged the same account.",
            [("Two", 2.0, "audits"), ("six audits", 6.0, "audits")],
        ),
        # a later quantity's noun is not the part's: "eleven" counts no minutes
        (
            "Four of the first eleven ran 90 minutes on Sunday.",
            [("Four", 4.0, "number"), ("eleven", 11.0, "number"), ("90 minutes", 90.0, "minutes")],
        ),
        # not one of…, nor a part of the text's own points, nor a section of a law
        ("One of the pumps failed.", []),
        ("Two of the reasons are simple.", []),
        ("Section 4 of the act applies.", []),
    ],
)
def test_a_part_of_a_whole_is_a_count(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry has run at a loss for a decade.", [("a decade", 1.0, "decades")]),
        ("Repairs can take a month or more in winter.", [("a month", 1.0, "months")]),
        ("The line was shut for a year after the fire.", [("a year", 1.0, "years")]),
        # a vague span is no evidence; the period of a change (grew fivefold in a decade) is one
        ("We will decide in a month or two.", []),
        ("Ridership grew fivefold in a decade.", [("fivefold", 5.0, "times"), ("a decade", 1.0, "decades")]),
        # an article, no span of time; a short unit after "for" is mostly a manner of speaking
        ("It was a week to remember.", []),
        ("Parents buy from the one approved supplier at £40 a jacket.", [("£40", 40.0, "GBP")]),
        ("The noise kept us awake for a week.", []),
        ("The pool opens once a week.", [("once a week", 1.0, "occurrences/week")]),
    ],
)
def test_one_unit_of_time_after_for_or_before_or_more(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the date of a meeting, a deadline, a release: no evidence; the date of a fact stays
        (Lang.EN, "The trustees will discuss the bid at their meeting on 9 July.", []),
        (Lang.EN, "Version 2.4 was released on 3 March with the new importer.", []),
        (
            Lang.EN,
            "The bridge was closed on 9 July after a crack was found.",
            [("9 July", 9.0, "day_of_month")],
        ),
        (Lang.ZH, "座谈会定于6月3日下午在社区中心举行。", []),
        (Lang.ZH, "请于4月30日前交回意见表。", []),
        (
            Lang.ZH,
            "水管在6月3日夜里爆裂,停水两天。",
            [("6月3日", 3.0, "day_of_month"), ("两天", 2.0, "days")],
        ),
        # a build named by its word size is no quantity
        (Lang.EN, "The 64-bit installer is 80 MB.", [("80 MB", 8.0e7, "bytes")]),
        (Lang.ZH, "这台旧电脑只能装32位系统,内存只有2GB。", [("2GB", 2.0e9, "bytes")]),
        # a writing task's word limit is its rule
        (Lang.EN, "Entries must be no more than 400 words and reach us by Friday.", []),
        (Lang.ZH, "请以“家乡的变化”为题写一篇文章,不少于600字。", []),
    ],
)
def test_dates_of_meetings_and_releases_word_sizes_and_word_limits_are_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("从家到单位骑车要一个多钟头。", [("一个多钟头", 1.0, "hours")]),
        ("我们每年回老家两三次,每次都要堵在路上。", [("每年回老家两三次", 2.0, "occurrences/year")]),
        # 十来: about ten; 一来…二来 enumerates reasons
        ("仓库里还剩十来吨化肥。", [("十来吨", 1.0e4, "kg")]),
        ("一来方便,二来便宜。", []),
        # 两三句 is still a manner of speaking
        ("我就说两三句。", []),
    ],
)
def test_the_spoken_hour_and_how_often_in_chinese(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.ZH) == expected


def test_the_fourth_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV4)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 40


def test_the_fifth_numbers_gold_is_mostly_chinese() -> None:
    gold = load_number_gold(DEV5)
    assert set(gold) == {Lang.EN, Lang.ZH}
    assert len(gold[Lang.ZH]) >= 2 * len(gold[Lang.EN])
    assert any(not numbers for _, numbers in gold[Lang.ZH])
    assert sum(len(numbers) for _, numbers in gold[Lang.ZH]) >= 60


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a recipe's header and list of ingredients are what to buy and do, not evidence
        (Lang.EN, "Makes 12. Prep 15 minutes, plus 1 hour chilling.", []),
        (Lang.ZH, "【材料】鸡蛋3个、面粉200克、牛奶150毫升", []),
        # advice sets a measure or an amount of data too (建议每户每月免收5吨, 建议扩到32GB)
        (Lang.ZH, "我建议每户每月免收3吨水费。", []),
        (Lang.ZH, "内存只有4GB,建议换成16GB。", [("4GB", 4.0e9, "bytes")]),
        # a household named by its size is no count; 一周内 is one week
        (Lang.ZH, "一个四口之家每月电费约300元。", [("每月电费约300元", 300.0, "CNY/month")]),
        (Lang.ZH, "新店一周内卖出了800杯。", [("一周", 1.0, "weeks"), ("800杯", 800.0, "杯")]),
        # a proposal put as a question sets a count and a span, it reports neither
        (Lang.EN, "Can we meet twice a month and skip the other three weeks?", []),
    ],
)
def test_recipes_household_sizes_a_week_and_proposals_as_questions(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release note's timings: seconds after a blank, milliseconds glued or not
        ("Cold start fell from 3.4 s to 2.1 s.", [("3.4 s", 3.4, "seconds"), ("2.1 s", 2.1, "seconds")]),
        (
            "Median latency is 85 ms, down from 140ms.",
            [("85 ms", 0.085, "seconds"), ("140ms", 0.14, "seconds")],
        ),
        # "s" glued to a number is a decade or an age group, never seconds
        ("Rents in the 1980s were lower.", [("1980s", 1980.0, "year")]),
        ("Most buyers are in their 30s.", []),
    ],
)
def test_seconds_and_milliseconds_of_a_spec_or_release_note(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit after a share or a price unit is its tenths; 五花肉 is a cut of pork
        ("这家店的回头客占了六成五。", [("六成五", 0.65, "percent")]),
        ("一杯豆浆两块八,比去年贵了。", [("两块八", 2.8, "CNY")]),
        ("他切了一块五花肉。", []),
        # a year-like number before a measure word is a count, before 年 still a year
        ("报名表一共收到了2146份。", [("2146份", 2146.0, "份")]),
        ("2031年投产。", [("2031年", 2031.0, "year")]),
        # full-width digits with a full-width point
        ("去年的修缮费用是１２．５万元。", [("１２．５万元", 1.25e5, "CNY")]),
        # litres in digits; 升 after a share is "rises"
        ("这桶油装了1.8升。", [("1.8升", 1.8, "l")]),
        ("出勤率从70%升到了85%。", [("70%", 0.7, "percent"), ("85%", 0.85, "percent")]),
        # 回 as the spoken 次, not in 两回事 or 回家
        ("这台洗衣机今年漏了七回水。", [("七回", 7.0, "occurrences")]),
        ("说和做是两回事。", []),
    ],
)
def test_spoken_decimals_full_width_points_and_spoken_counts_in_chinese(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bound on a short span is one unit; "over a decade" after a cost is "during"
        (Lang.EN, "The queue at the clinic took well over an hour.", [("an hour", 1.0, "hours")]),
        (Lang.EN, "The levy raises $2 billion over a decade.", [("$2 billion", 2.0e9, "USD")]),
        # an age at a turn of life; a time of day after "started at" is none
        (Lang.EN, "My father left school at 15.", [("left school at 15", 15.0, "years")]),
        (Lang.EN, "The meeting started at 7.", []),
        # a round magnitude said to be passed is evidence without a unit; 千万 alone is "by all means"
        (Lang.ZH, "这个小程序的注册用户已经破百万。", [("破百万", 1.0e6, "number")]),
        (Lang.ZH, "你千万别信这种广告。", []),
    ],
)
def test_bounds_on_a_span_ages_at_a_turn_of_life_and_passed_magnitudes(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tenths of a yuan; 毛 inside a word is no money
        ("白菜又贵了三毛。", [("三毛", 0.3, "CNY")]),
        ("一块橡皮八毛钱。", [("八毛钱", 0.8, "CNY")]),
        ("冬天要穿毛衣。", []),
        # the spoken head count, hour and kilowatt-hour; areas and shares in symbols
        ("会场里坐了两百多号人。", [("两百多号人", 200.0, "people")]),
        ("手术做了五个多小时。", [("五个多小时", 5.0, "hours")]),
        ("空调一夏天耗了450度电。", [("450度电", 450.0, "kWh")]),
        ("这套房建筑面积98㎡。", [("98㎡", 98.0, "m2")]),
        ("失业率升到６．２％。", [("６．２％", 0.062, "percent")]),
    ],
)
def test_small_money_spoken_units_and_symbols_in_chinese(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spoken decimal, with a magnitude or inside a percentage; a time of day is none
        ("去年出口增长了百分之四点六。", [("百分之四点六", 0.046, "percent")]),
        ("项目总投资二点五亿元。", [("二点五亿元", 2.5e8, "CNY")]),
        ("孩子体重十二点五公斤。", [("十二点五公斤", 12.5, "kg")]),
        ("我们明早七点四十分集合。", []),
        ("我讲两点意见。", []),
    ],
)
def test_spoken_decimals_in_chinese(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lengths, areas and weights in base units, not counts of a plural noun
        ("The hedge grew 45 centimetres in a season.", [("45 centimetres", 0.45, "m")]),
        ("Each portion weighs 250 grams.", [("250 grams", 0.25, "kg")]),
        ("The studio is 22 square metres.", [("22 square metres", 22.0, "m2")]),
        ("The fence is 8 feet high.", [("8 feet", 8.0, "ft")]),
        ("He lost 3 stone in a year.", [("3 stone", 3.0, "stone"), ("a year", 1.0, "years")]),
    ],
)
def test_lengths_areas_and_weights_in_english(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spoken week; 礼拜天 and 礼拜三 are days
        ("装修拖了三个礼拜。", [("三个礼拜", 3.0, "weeks")]),
        ("我们礼拜三再谈。", []),
        # a share followed by 不到 is still a share; 一成不变 stays an idiom
        ("收成只有去年的七成不到。", [("七成", 0.7, "percent")]),
        ("日子过得一成不变。", []),
    ],
)
def test_spoken_weeks_and_shares_under_a_bound(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 月 alone is the unit only after a half suffix; 4月 is a month of the year, a date
        ("审批拖了三个半月。", [("三个半月", 3.5, "months")]),
        ("4月开始施工。", [("4月", 4.0, "month_of_year")]),
    ],
)
def test_months_and_a_half_in_chinese(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.ZH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 块 before a change of price is money; before a noun it counts pieces
        ("停车费从五块涨到八块。", [("五块", 5.0, "CNY"), ("八块", 8.0, "CNY")]),
        ("墙上挂着两块黑板。", [("两块", 2.0, "devices")]),
    ],
)
def test_kuai_before_a_change_of_price(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.ZH) == expected
