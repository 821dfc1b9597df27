"""Numbers the finder used to miss or misread (stop 24, numbers24): size lists, shares after a
hedge, spans since something last happened, a difference in points, and what a proposal, an
appeal or a trial rule would set; relative timestamps of a thread (sentences written here)."""

import pytest

from argkg.bench.numbers_gold import DEV6, DEV7, DEV8, DEV9, DEV10, load_number_gold
from argkg.ingest.numbers import find_numbers
from argkg.ingest.reader import normalise
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[tuple[str, float, str]]:
    return [(m.surface, round(m.value, 4), m.unit) for m in find_numbers(normalise(text), lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one number per size, each with the unit after the bracket; the comma is no separator
        (
            Lang.EN,
            "Wingspan 120 (150, 180) cm.",
            [("120", 1.2, "m"), ("150", 1.5, "m"), ("180) cm", 1.8, "m")],
        ),
        (
            Lang.EN,
            "Cast on 60 (72) stitches.",
            [("60", 60.0, "stitches"), ("72) stitches", 72.0, "stitches")],
        ),
        (Lang.ZH, "衣长60(64,68)厘米。", [("60", 0.6, "m"), ("64", 0.64, "m"), ("68)厘米", 0.68, "m")]),
        # no unit after the bracket, or an article's number: no size list
        (Lang.EN, "See table 3 (4, 5) below.", []),
        (Lang.ZH, "依据第5(2)条处理。", []),
    ],
)
def test_a_size_list_gives_one_number_per_size(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge no ordinal takes makes a singular denominator a share, whatever follows it
        (
            "Sales fell by roughly a quarter in two years.",
            [("a quarter", 0.25, "fraction"), ("two years", 2.0, "years")],
        ),
        ("Turnout grew by about a fifth this spring.", [("a fifth", 0.2, "fraction")]),
        # ... not "about" alone, a preposition before an ordinal
        ("They complained about a third party.", []),
        # a share in words names no noun a later bare number leaves out (40 is no third)
        ("Nearly a third left, and 40 came back.", [("a third", 0.3333, "fraction")]),
    ],
)
def test_a_share_after_a_hedge(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how long since something last happened; "one" written out after "in"
        ("It was the wettest May in over a decade.", [("a decade", 1.0, "decades")]),
        ("Prices fell 12% in one year.", [("12%", 0.12, "percent"), ("one year", 1.0, "years")]),
        # the period of a change written with "a" is a span as well; an idiom with "one" stays
        # no evidence
        ("Prices fell 12% in a year.", [("12%", 0.12, "percent"), ("a year", 1.0, "years")]),
        ("Bookings swung by 30% from one month to the next.", [("30%", 0.3, "percent")]),
        # a difference in points after "by"; the text's own points are no count
        ("Her lead grew by six points.", [("six points", 6.0, "points")]),
        ("I will make three points.", []),
    ],
)
def test_spans_since_and_differences_in_points(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, Lang.EN) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an enumeration inside a recommendation neither counts nor breaks the cue's clause
        (Lang.EN, "We recommend that the board (1) meets twice a month and (2) reports yearly.", []),
        # a proposal reported by its content, an appeal, a trial rule
        (Lang.EN, "Members debated the proposal that the hall close for two months.", []),
        (Lang.ZH, "我们倡议:每位居民每天垃圾分类不少于两次。", []),
        (Lang.ZH, "食堂试行新规,就餐超过40分钟需让座。", []),
        # a relative timestamp ending its line, in a thread's header, with the post after it
        (Lang.EN, "greenfinch 9 hours ago\nWe cut our bill by 30%.", [("30%", 0.3, "percent")]),
    ],
)
def test_what_a_proposal_would_set_and_a_threads_timestamps_are_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


def test_the_sixth_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV6)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert len(sentences) >= 12
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 35


def test_the_seventh_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV7)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert len(sentences) >= 11
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 17


def test_the_eighth_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV8)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert len(sentences) >= 10
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 12


def test_the_ninth_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV9)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert len(sentences) >= 10
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 14


def test_the_tenth_numbers_gold_holds_both_languages_and_evidence_free_lines() -> None:
    gold = load_number_gold(DEV10)
    assert set(gold) == {Lang.EN, Lang.ZH}
    for sentences in gold.values():
        assert len(sentences) >= 10
        assert any(not numbers for _, numbers in sentences)
        assert sum(len(numbers) for _, numbers in sentences) >= 20


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # colloquial amounts of a hundred or more need no unit; several tens are vague
        (
            Lang.ZH,
            "二手书架当时一千多，现在四百出头。",
            [("一千多", 1000.0, "number"), ("四百出头", 400.0, "number")],
        ),
        (Lang.ZH, "装修多花了几十块，民宿一晚两三百。", [("两三百", 200.0, "number")]),
        # an exam's score and a rank, a multiple without 了
        (
            Lang.ZH,
            "他二战考了376，排名9，比一战高一倍。",
            [("376", 376.0, "number"), ("9", 9.0, "number"), ("高一倍", 2.0, "times")],
        ),
        # a statute's year, a working pattern's name and dot votes are no numbers
        (Lang.EN, "Under the Landlord Act 1985 a four-day week is fine (5 votes).", []),
        (Lang.EN, "The policy takes effect from 3 May; 26 staff objected.", [("26 staff", 26.0, "staff")]),
    ],
)
def test_colloquial_amounts_scores_and_numbers_inside_names(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a discount is the share paid, one decimal place per digit
        (
            Lang.ZH,
            "商场羽绒服打六折，围巾打八五折。",
            [("六折", 0.6, "percent"), ("八五折", 0.85, "percent")],
        ),
        # tenths of a yuan, where the price ends
        (Lang.ZH, "这把葱两毛钱，那根黄瓜一毛。", [("两毛钱", 0.2, "CNY"), ("一毛", 0.1, "CNY")]),
        # a reading after the word that says what it measures, its unit left out
        (Lang.ZH, "出发时表显410，到家只剩120。", [("410", 410.0, "number"), ("120", 120.0, "number")]),
        # a replay's counters and idioms of none and of a trend are no numbers
        (Lang.ZH, "直播回放 观看 3.2万 弹幕 560", []),
        (Lang.ZH, "他一分钱都没拿到，日子一天不如一天。", []),
        # advice opened by a colon covers its whole sentence
        (Lang.ZH, "我的建议是：先租一个月，住满三个月再买。", []),
        # an amount reached, an amount per the period before it, people on a list
        (Lang.ZH, "他都四十了，孩子才上小学。", [("四十", 40.0, "number")]),
        (
            Lang.ZH,
            "请个护工一个月5200，我们三家平摊。",
            [("5200", 5200.0, "number/month"), ("三家", 3.0, "organisations")],
        ),
        (Lang.EN, "There are 17 on the waiting list.", [("17", 17.0, "number")]),
        (Lang.EN, "Three other people on the team left.", [("Three other people", 3.0, "people")]),
        (Lang.EN, "About one shift in five ran late.", [("one shift in five", 0.2, "fraction")]),
        (Lang.EN, "She relapsed on day 9.", [("on day 9", 9.0, "day_number")]),
        # a petition's signature count and a form's requested amount
        (Lang.EN, "3,120 have signed so far.", []),
        (Lang.EN, "Amount requested: £2,000", []),
    ],
)
def test_discounts_small_prices_readings_and_counters(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # areas in square feet, a fortnight, how long it took after within / for about
        (
            Lang.EN,
            "The patio is 240 sq ft and cost £3 per square foot.",
            [("240 sq ft", 240.0, "ft2"), ("£3", 3.0, "GBP")],
        ),
        (Lang.EN, "The paint peeled within a fortnight.", [("a fortnight", 2.0, "weeks")]),
        (Lang.EN, "The cream helped for about a week.", [("a week", 1.0, "weeks")]),
        # lessons by 节, a rank by 位次, 双倍, a price in yuan and tenths, a leading 十
        (Lang.ZH, "买了30节课，只上了9节。", [("30节课", 30.0, "lessons"), ("9节", 9.0, "lessons")]),
        (Lang.ZH, "去年的最低位次是8400。", [("8400", 8400.0, "number")]),
        (Lang.ZH, "周末积分按双倍算。", [("双倍", 2.0, "times")]),
        (Lang.ZH, "葱涨到一块二了。", [("一块二", 1.2, "CNY")]),
        (
            Lang.ZH,
            "土豆两块五一斤，白菜四块一斤。",
            [("两块五", 2.5, "CNY"), ("一斤", 0.5, "kg"), ("四块", 4.0, "CNY"), ("一斤", 0.5, "kg")],
        ),
        (Lang.ZH, "他卡里还有十二万。", [("十二万", 120000.0, "number")]),
        # an amount spoken in short needs no unit; "N reports of" counts reports
        (Lang.ZH, "修一次就要一百二。", [("一百二", 120.0, "number")]),
        (Lang.EN, "We logged 17 reports of leaks.", [("17 reports", 17.0, "reports")]),
        (Lang.ZH, "年卡2999，月卡399。", [("2999", 2999.0, "number"), ("399", 399.0, "number")]),
    ],
)
def test_areas_fortnights_lessons_ranks_and_spoken_prices_are_read(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a vote's line, a deadline counted from a notice, a header's update date and a
        # recording's length, a race's name
        (Lang.EN, "Vote: 5 in favour, 2 against."),
        (Lang.EN, "Approved with conditions. Vote: 4 in favour, 1 against."),
        (Lang.EN, "Complaints must be made within 28 days of this letter."),
        (Lang.EN, "Issued by the club · Last updated 9 June"),
        (Lang.EN, "Update, 14 July: the shop is open again."),
        (Lang.EN, "[2] Sam · Fri 3 May, 10:02 · 1 min 07 s"),
        (Lang.EN, "She swam the 200m backstroke and the 4x100m relay."),
        # race names in a programme, a day heading, ids, school tiers, idioms, a pointing pronoun
        (Lang.ZH, "男子组：50米、100米、跳高、4×100米接力"),
        (Lang.ZH, "12月2日（星期六）　上午：开幕式"),
        (Lang.ZH, "工号：30917，部门：仓储"),
        (Lang.ZH, "他非985不读，211也看不上。"),
        (Lang.ZH, "他学什么都是三分钟热度，这种事不是一次两次了。"),
        (Lang.ZH, "刚才两位家长说的我都听到了，旧衣服可以二次利用。"),
        (Lang.ZH, "五一节放假，报价有效期：15天"),
        (Lang.ZH, "商家违约的，应当双倍返还定金。"),
    ],
)
def test_names_headers_tallies_and_idioms_report_no_number(lang: Lang, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a noun a counter unit names without a plural -s, after modifiers
        (Lang.EN, "The depot hired 9 seasonal staff.", [("9 seasonal staff", 9.0, "staff")]),
        (Lang.EN, "The pond holds 40 fish.", [("40 fish", 40.0, "fish")]),
        # a repetition within a period is a count; "once" stays a conjunction
        (
            Lang.EN,
            "The lift broke down twice in a month.",
            [("twice in a month", 2.0, "occurrences")],
        ),
        (Lang.EN, "Once this week is over we can rest.", []),
        # ... before the point it is counted from, after an irregular participle and its object;
        # not a manner of paying
        (
            Lang.EN,
            "The jetty was damaged twice since 2010.",
            [("twice", 2.0, "occurrences"), ("2010", 2010.0, "year")],
        ),
        (Lang.EN, "The driver had done the course twice.", [("twice", 2.0, "occurrences")]),
        (Lang.EN, "With that plan you end up paying twice.", []),
        # a multiple before the amount it multiplies is a measure, not before "the work"
        (Lang.EN, "Rent is now twice the old price.", [("twice", 2.0, "times")]),
        (Lang.EN, "Moving house was twice the work.", []),
        # a verb of change before "by" makes an ordinal a share
        (Lang.EN, "Complaints fell by a third in the first year.", [("a third", 0.3333, "fraction")]),
        # "only one" is a count, not an article
        (Lang.ZH, "这条街只有一家药店。", [("一家", 1.0, "organisations")]),
        (Lang.ZH, "一个人也能做完。", []),
        # measure words the segmenter glues to the numeral
        (Lang.ZH, "店家送了两瓶汽水。", [("两瓶汽水", 2.0, "汽水")]),
    ],
)
def test_counts_repetitions_and_multiples_in_new_shapes(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the shift a plan sets is no evidence; a delay that happened is
        (Lang.EN, "The school will delay the trip by two weeks.", []),
        (Lang.EN, "The ferry was delayed by 40 minutes.", [("40 minutes", 40.0, "minutes")]),
        (Lang.ZH, "考试时间顺延三天。", []),
        (Lang.ZH, "航班推迟了两小时。", [("两小时", 2.0, "hours")]),
        # a title's numbers name it; a script's word count measures the text itself
        (Lang.ZH, "我读了《五天学会摄影》。", []),
        # a deadline a decision sets; "前后" is "around", a date
        (Lang.ZH, "各组须在6月底前交齐报告。", []),
        (Lang.ZH, "2024年5月前后房租涨了8%。", [("2024年5月", 2024.0, "year"), ("8%", 0.08, "percent")]),
        (Lang.EN, "My essay on cities (412 words) is below.", []),
    ],
)
def test_a_plans_shift_a_title_and_a_word_count_are_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected
