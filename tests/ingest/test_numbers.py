"""Numeric evidence: what is read, how it is normalised, and what is not evidence."""

import itertools
import json
import unicodedata

import pytest
import spacy
from factories import CORPUS, REFERENCE_ARTICLE
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin

from argkg.errors import InputError
from argkg.ingest.numbers import NumberMention, find_numbers
from argkg.ingest.numbers.counts import CountReader
from argkg.ingest.numbers.data import number_data
from argkg.ingest.pipeline import build_nlp
from argkg.schema.vocabulary import EvidenceKind, Lang

ARTICLE = REFERENCE_ARTICLE
GOLD = CORPUS / "annotations" / "000_91da3ad19ea60206.dev.json"

# (text, surface, value, unit, kind, approximate)
ZH_CASES = [
    ("到 2024 年,高质量数据将被用完。", "2024 年", 2024, "year", "date", False),
    ("这家公司成立已经 20 年了。", "20 年", 20, "years", "duration", False),
    ("二〇一九年发布的模型。", "二〇一九年", 2019, "year", "date", False),
    ("档案馆保存了三万年的观测数据。", "三万年", 3e4, "years", "data", False),
    ("这次训练用了大概 2e25 次浮点运算。", "2e25 次浮点运算", 2e25, "FLOP", "compute", True),
    ("训练用了约 3e24 FLOP。", "3e24 FLOP", 3e24, "FLOP", "compute", True),
    ("语料库扩大了 4 个数量级的数据。", "4 个数量级", 4, "orders_of_magnitude", "data", False),
    ("新集群带来 6 个数量级的算力。", "6 个数量级", 6, "orders_of_magnitude", "compute", False),
    ("电池寿命延长了 40 倍。", "40 倍", 40, "times", "ratio", False),
    # a vague span of time is about its lower end
    ("租客每两三年就要搬一次家。", "两三年", 2, "years", "duration", True),
    ("跳舞跳了两三个月以后睡得好多了。", "两三个月", 2, "months", "duration", True),
    ("芯片的运算速度快了千万倍。", "千万倍", 1e7, "times", "compute", False),
    ("这台机器的算力仅为对手的千分之三。", "千分之三", 0.003, "fraction", "compute", False),
    ("误差只占 10 万分之一。", "10 万分之一", 1e-5, "fraction", "ratio", False),
    ("成功的可能性是百分之七十。", "百分之七十", 0.7, "percent", "probability", False),
    ("三分之二的用户同意。", "三分之二", 2 / 3, "fraction", "ratio", False),
    ("明天有 40% 左右的概率下雨。", "40%", 0.4, "percent", "probability", True),
    ("失业率上升了 3 个百分点。", "3 个百分点", 0.03, "percentage_points", "ratio", False),
    ("港口项目耗资 800 亿美元。", "800 亿美元", 8e10, "USD", "money", False),
    ("花费了 300 万元人民币。", "300 万元人民币", 3e6, "CNY", "money", False),
    ("军费占到了全国 GDP 的 3%。", "3%", 0.03, "percent", "share_of_gdp", False),
    ("教育支出占 GDP 的比例达 6%。", "6%", 0.06, "percent", "share_of_gdp", False),
    ("广告费只占营收 0.5% 而已。", "0.5%", 0.005, "percent", "money", False),
    ("学生在考试中的得分只有 62%。", "62%", 0.62, "percent", "benchmark_score", False),
    ("选手在决赛中得分为 9.5。", "9.5", 9.5, "number", "benchmark_score", False),
    ("大桥施工了 6 个月。", "6 个月", 6, "months", "duration", False),
    ("这个补丁有 500 行代码。", "500 行代码", 500, "lines", "count", False),
    ("仓库里存放着几十万个包裹。", "几十万个", 1e5, "items", "count", True),
    ("一共用了 2 万块 GPU。", "2 万块", 2e4, "devices", "count", False),
    ("这座寺庙修建了三百多年。", "三百多年", 300, "years", "duration", True),
    ("这片森林生长了几十年。", "几十年", 10, "years", "duration", True),
    ("岩层经历了亿万年的沉积。", "亿万年", 1e8, "years", "duration", True),
    ("地铁将在三年内建成。", "三年", 3, "years", "duration", False),
    ("用 1.5 万亿个 token 训练。", "1.5 万亿个 token", 1.5e12, "tokens", "data", False),
    ("模型有 700 亿参数。", "700 亿参数", 7e10, "parameters", "count", False),
    ("新显卡提供了近 4 倍的算力。", "4 倍", 4, "times", "compute", True),
    ("2023 年 3 月 14 日发布。", "2023 年 3 月 14 日", 2023, "year", "date", False),
    ("这是 2000 年前的事。", "2000 年", 2000, "years", "duration", False),
    # rates: the amount with its denominator, the span over the whole unit
    ("车速只快了 2 公里每小时。", "2 公里每小时", 2000, "m/h", "other", False),
    ("限速 80 km/h。", "80 km/h", 8e4, "m/h", "other", False),
    ("每小时 120 公里的速度。", "每小时 120 公里", 1.2e5, "m/h", "other", False),
    ("政府每年 20 亿元的补贴。", "每年 20 亿元", 2e9, "CNY/year", "money", False),
    ("公司每年的研发投入约为 20 亿元。", "每年的研发投入约为 20 亿元", 2e9, "CNY/year", "money", True),
    ("房租 3000 元/月。", "3000 元/月", 3000, "CNY/month", "money", False),
    ("他的年薪 30 万元。", "年薪 30 万元", 3e5, "CNY/year", "money", False),
    ("人均 GDP 1 万美元。", "人均 GDP 1 万美元", 1e4, "USD/person", "money", False),
    ("工厂每天工作 8 小时。", "每天工作 8 小时", 8, "hours/day", "duration", False),
    ("出口年均增长 5%。", "年均增长 5%", 0.05, "percent/year", "ratio", False),
    # fractions and multiples
    ("一半的人同意。", "一半", 0.5, "fraction", "ratio", False),
    ("收入翻了一番。", "翻了一番", 2, "times", "money", False),
    ("产量翻两番。", "翻两番", 4, "times", "ratio", False),
    ("算力翻三番。", "翻三番", 8, "times", "compute", False),
    ("成本减半。", "减半", 0.5, "times", "money", False),
    ("这样能增加一个数量级。", "一个数量级", 1, "orders_of_magnitude", "ratio", False),
    ("失业率上升了一个百分点。", "一个百分点", 0.01, "percentage_points", "ratio", False),
    ("需要 3×10^24 次浮点运算。", "3×10^24 次浮点运算", 3e24, "FLOP", "compute", False),
    ("模型有 10^9 个参数。", "10^9 个参数", 1e9, "parameters", "count", False),
    ("报名的人有两万。", "两万", 2e4, "number", "count", False),
    ("五花肉500克,冰糖少许。", "500克", 0.5, "kg", "other", False),
    ("再加葱两根。", "两根", 2, "根", "count", False),
    ("行政机关应在30日内作出答复。", "30日", 30, "days", "duration", False),
]

EN_CASES = [
    ("There is a 70% chance that it works.", "70%", 0.7, "percent", "probability", False),
    ("Railways took 7% of GDP.", "7%", 0.07, "percent", "share_of_gdp", False),
    ("They raised $3 billion last year.", "$3 billion", 3e9, "USD", "money", False),
    ("It cost about 40 million dollars.", "40 million dollars", 4e7, "USD", "money", True),
    ("Revenue reached €5 million.", "€5 million", 5e6, "EUR", "money", False),
    ("A run of 4e26 FLOP would do.", "4e26 FLOP", 4e26, "FLOP", "compute", False),
    (
        "We need 5 orders of magnitude more data.",
        "5 orders of magnitude",
        5,
        "orders_of_magnitude",
        "data",
        False,
    ),
    ("Compute grew 100x.", "100x", 100, "times", "compute", False),
    ("The model is 10 times larger.", "10 times", 10, "times", "ratio", False),
    ("It has been 20 years since then.", "20 years", 20, "years", "duration", False),
    ("It took roughly twenty years.", "twenty years", 20, "years", "duration", True),
    ("This happened in 2024.", "2024", 2024, "year", "date", False),
    (
        "Growth was 2 percentage points lower.",
        "2 percentage points",
        0.02,
        "percentage_points",
        "ratio",
        False,
    ),
    ("The odds are one in a million.", "one in a million", 1e-6, "fraction", "probability", False),
    ("The model scored 86.4 on the benchmark.", "86.4", 86.4, "number", "benchmark_score", False),
    ("It was trained on 15 trillion tokens.", "15 trillion tokens", 1.5e13, "tokens", "data", False),
    ("The patch had 1000 lines.", "1000 lines", 1000, "lines", "count", False),
    ("We waited three months.", "three months", 3, "months", "duration", False),
    ("The 1990s were different.", "1990s", 1990, "year", "date", False),
    ("It shipped in March 2024.", "March 2024", 2024, "year", "date", False),
    ("A 20-year plan.", "20-year", 20, "years", "duration", False),
    ("Millions of people use it.", "Millions of people", 1e6, "people", "count", True),
    # rates
    ("The car drove at 2 km/h.", "2 km/h", 2000, "m/h", "other", False),
    ("It costs $200 a month.", "$200 a month", 200, "USD/month", "money", False),
    ("The city raises about $1.5 billion a year.", "$1.5 billion a year", 1.5e9, "USD/year", "money", True),
    ("Workers earn $15 an hour.", "$15 an hour", 15, "USD/h", "money", False),
    ("Output grew 3% per year.", "3% per year", 0.03, "percent/year", "ratio", False),
    ("Output grew 2% annually.", "2% annually", 0.02, "percent/year", "ratio", False),
    ("It runs at 30 mph.", "30 mph", 30, "miles/h", "other", False),
    ("We spend €40,000 per capita.", "€40,000 per capita", 4e4, "EUR/person", "money", False),
    ("She sleeps 7 hours a day.", "7 hours a day", 7, "hours/day", "duration", False),
    # fractions, powers and multiples
    ("Half of the users left.", "Half", 0.5, "fraction", "ratio", False),
    ("A third of the budget went to chips.", "A third", 1 / 3, "fraction", "money", False),
    ("Two-thirds of voters agree.", "Two-thirds", 2 / 3, "fraction", "ratio", False),
    ("Three quarters of it is gone.", "Three quarters", 0.75, "fraction", "ratio", False),
    ("It took half an hour.", "half an hour", 0.5, "hours", "duration", False),
    ("They lost half a million dollars.", "half a million dollars", 5e5, "USD", "money", False),
    ("It took two and a half years.", "two and a half years", 2.5, "years", "duration", False),
    ("It needs 3×10^24 FLOP.", "3×10^24 FLOP", 3e24, "FLOP", "compute", False),
    ("It has 10^9 parameters.", "10^9 parameters", 1e9, "parameters", "count", False),
    ("Compute grew tenfold.", "tenfold", 10, "times", "compute", False),
    ("It was a 10-fold rise.", "10-fold", 10, "times", "ratio", False),
    ("It needs three times more compute.", "three times", 3, "times", "compute", False),
    ("Revenue doubled.", "doubled", 2, "times", "money", False),
    ("We ran it 100 times.", "100 times", 100, "occurrences", "count", False),
    ("It grew by an order of magnitude.", "an order of magnitude", 1, "orders_of_magnitude", "ratio", False),
    ("It was two million in total.", "two million", 2e6, "number", "count", False),
    ("A dozen countries signed.", "A dozen countries", 12, "countries", "count", False),
    ("Hundreds of companies joined.", "Hundreds of companies", 100, "companies", "count", True),
    # prose counts (issue 9): occurrences, multiples, compounds in digits, "one X" beside another number
    ("I have rented for years and moved four times.", "four times", 4, "occurrences", "count", False),
    ("Losses ran at four times those at staffed tills.", "four times", 4, "times", "ratio", False),
    ("It takes more than twice the time.", "twice", 2, "times", "ratio", False),
    ("You empty the bin twice per session.", "twice per session", 2, "occurrences/session", "count", False),
    ("The city would close the 60-space lot on Elm Street.", "60-space", 60, "space", "count", False),
    ("Shoppers over 70 avoid the machines.", "over 70", 70, "years", "duration", False),
]


def _only(text: str, lang: Lang) -> NumberMention:
    mentions = find_numbers(text, lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    "lang,text,surface,value,unit,kind,approximate",
    [(Lang.ZH, *case) for case in ZH_CASES] + [(Lang.EN, *case) for case in EN_CASES],
)
def test_numbers_are_read_and_normalised(
    lang: Lang, text: str, surface: str, value: float, unit: str, kind: str, approximate: bool
) -> None:
    mention = _only(text, lang)
    assert mention.surface == surface == text[mention.start : mention.end]
    assert mention.value == pytest.approx(value)
    assert (mention.unit, mention.kind, mention.approximate) == (unit, EvidenceKind(kind), approximate)


@pytest.mark.parametrize(
    "lang,text",
    [
        (Lang.ZH, "03.\n讨论 2: 石油会用光吗?"),
        (Lang.ZH, "1. 第一点\n2) 第二点\n(3) 第三点\n4、第四点"),
        (Lang.ZH, "第一种方法和第 3 章,第二步。"),
        (Lang.ZH, "Qwen-2 的能力超过 Falcon 3,Phi-4 和 Gemma 1.5 也不错。"),
        (Lang.ZH, "两种方法有两大缺点,从两个方面选一个。"),
        (Lang.ZH, "一天之内,有一次,一个人。"),
        (Lang.ZH, "访问 https://example.com/2024/report-3 或 www.5abc.com。"),
        (Lang.ZH, "版本 1.2.3 在 10:30 发布,A100 和 H100 显卡。"),
        (Lang.ZH, "需要注意“7 个数量级”和“少 3 倍”的说法。"),
        (Lang.ZH, "所谓“10 倍以上”只是说法。"),
        (Lang.ZH, "这是元素周期表和元学习。"),
        (Lang.EN, "Section 2 and Chapter 3 describe Falcon-3 and Mistral 7."),
        (Lang.EN, "1. First point\n2) second point"),
        (Lang.EN, "Llama-3 beat COVID-19 models and the top-5 list."),
        (Lang.EN, "See https://example.org/v2/2024 or version 1.2.3 at 10:30."),
        (Lang.EN, "The 4th run used 3D data and the A100."),
        (Lang.EN, "One of them had two reasons and three ways out."),
        (Lang.EN, "On page 12 we list item 4."),
        (Lang.EN, "A third party and a fifth year, a quarter later."),
        (Lang.EN, "The other half, a half-hearted try on behalf of all."),
        (Lang.EN, "Give me a second, a minute later, one more time."),
        (Lang.EN, "The terms x^2 and y^3."),
        (Lang.EN, "One of the parents came one day, one way or another."),
        (Lang.EN, "The car park is rarely more than half full."),
        (Lang.ZH, "另一半没说,半导体行业。"),
        (Lang.ZH, "万一失败,千万不要放弃,十万火急。"),
        (Lang.ZH, "每年 3 月开会,一年一度。"),
    ],
)
def test_labels_names_lists_and_addresses_are_not_evidence(lang: Lang, text: str) -> None:
    assert find_numbers(text, lang) == []


def test_a_number_after_a_model_name_with_a_unit_is_kept() -> None:
    mentions = find_numbers("Qwen-2 上线 5 个月后,Falcon 3 得分 7.2%。", Lang.ZH)
    assert [(m.surface, m.kind) for m in mentions] == [
        ("5 个月", EvidenceKind.DURATION),
        ("7.2%", EvidenceKind.BENCHMARK_SCORE),
    ]


@pytest.mark.parametrize(
    "lang,text,surface,unit",
    [
        (Lang.EN, "It took 3 years a decade ago.", "3 years", "years"),
        (Lang.ZH, "每年都有人说 3 年后会实现。", "3 年", "years"),
        (Lang.ZH, "年收入的 5% 用于储蓄。", "5%", "percent"),  # a share of the income, not a rate
        (Lang.ZH, "他每次都花 100 元。", "100 元", "CNY"),
    ],
)
def test_words_that_look_like_rates_are_not_rates(lang: Lang, text: str, surface: str, unit: str) -> None:
    mention = _only(text, lang)
    assert (mention.surface, mention.unit) == (surface, unit)


def test_a_rate_word_before_the_number_does_not_reach_into_the_previous_mention() -> None:
    mentions = find_numbers("3 元每年 20 元。", Lang.ZH)
    assert [(m.surface, m.unit) for m in mentions] == [("3 元每年", "CNY/year"), ("20 元", "CNY")]


def test_a_rate_prefix_leaves_hedge_and_subject_to_the_number() -> None:
    mention = _only("每月要多付大约 400 元的停车费。", Lang.ZH)
    assert (mention.unit, mention.approximate, mention.subject) == ("CNY/month", True, "停车费")


def test_a_range_gives_both_ends_the_start_with_the_unit_of_the_end() -> None:
    mentions = find_numbers("2020-2030年,算力增长 3~5 倍,从 2020 年到 2030 年,比例为 75%到80%。", Lang.ZH)
    assert [(m.surface, m.value, m.unit) for m in mentions] == [
        ("2020", 2020, "year"),
        ("2030年", 2030, "year"),
        ("3", 3, "times"),
        ("5 倍", 5, "times"),
        ("2020 年", 2020, "year"),
        ("2030 年", 2030, "year"),
        ("75%", 0.75, "percent"),
        ("80%", 0.8, "percent"),
    ]
    english = find_numbers(
        "The plan runs from 2020 to 2030; costs fell 5-10 percent, then 75% to 80%.", Lang.EN
    )
    assert [(m.surface, m.value, m.unit) for m in english] == [
        ("2020", 2020, "year"),
        ("2030", 2030, "year"),
        ("5", 0.05, "percent"),
        ("10 percent", 0.1, "percent"),
        ("75%", 0.75, "percent"),
        ("80%", 0.8, "percent"),
    ]


def test_numbers_joined_by_words_are_not_a_range() -> None:
    mentions = find_numbers("出勤率从 5% 上升到 20%,又到 60%。", Lang.ZH)
    assert [m.value for m in mentions] == [0.05, 0.2, 0.6]


def test_a_range_takes_the_magnitude_of_its_end() -> None:
    assert [m.value for m in find_numbers("耗资 3 到 5 万美元。", Lang.ZH)] == [3e4, 5e4]
    assert [m.value for m in find_numbers("It reached 2 to 3 million people.", Lang.EN)] == [2e6, 3e6]


def test_a_range_start_takes_the_rate_and_counted_noun_of_its_end() -> None:
    assert [(m.value, m.unit) for m in find_numbers("月薪2~3万元/月。", Lang.ZH)] == [
        (2e4, "CNY/month"),
        (3e4, "CNY/month"),
    ]
    english = find_numbers("Output grew 2% to 3% per year in 5 to 10 cities.", Lang.EN)
    assert [(m.value, m.unit) for m in english] == [
        (0.02, "percent/year"),
        (0.03, "percent/year"),
        (5, "cities"),
        (10, "cities"),
    ]


@pytest.mark.parametrize(
    "text,approximate",
    [
        ("大约 3 倍", True),
        ("约为 3 倍", True),
        ("大概是 3 倍", True),
        ("3 倍左右", True),
        ("最近 3 年", False),
        ("节约 3 倍", False),
        ("高达 3 倍", False),
    ],
)
def test_hedges_make_a_number_approximate(text: str, approximate: bool) -> None:
    assert _only(text, Lang.ZH).approximate is approximate


def test_a_duration_is_data_only_when_it_measures_data() -> None:
    assert _only("模型用了 2 万年的数据量。", Lang.ZH).kind == EvidenceKind.DATA
    mentions = find_numbers("It read 15 trillion tokens over three months.", Lang.EN)
    assert mentions[-1].kind == EvidenceKind.DURATION


def test_a_cue_earlier_in_the_sentence_decides_when_the_clause_has_none() -> None:
    assert find_numbers("显卡在更新,但 7 个数量级的跨越现实吗?", Lang.ZH)[0].kind == EvidenceKind.COMPUTE
    assert find_numbers("30 倍听起来夸张,预算也不够。", Lang.ZH)[0].kind == EvidenceKind.RATIO


def test_an_earlier_cue_does_not_reach_past_a_number_in_another_unit() -> None:
    mentions = find_numbers("公司营收约为 20 亿元,足以让员工人数增加一个数量级。", Lang.ZH)
    assert [m.kind for m in mentions] == [EvidenceKind.MONEY, EvidenceKind.RATIO]
    mentions = find_numbers("模型得分为 60%,后来提升到 90%。", Lang.ZH)
    assert [m.kind for m in mentions] == [EvidenceKind.BENCHMARK_SCORE] * 2


@pytest.mark.parametrize(
    "lang,text,subject",
    [
        (Lang.ZH, "提高 2 倍的运输能力。", "运输能力"),
        (Lang.ZH, "援助不到本国 GDP 的 2%。", "本国 GDP"),
        (Lang.EN, "Railways took 7% of GDP.", "GDP"),
        (Lang.EN, "There is a 70% chance that it works.", "chance"),
    ],
)
def test_the_subject_is_taken_from_the_clause(lang: Lang, text: str, subject: str) -> None:
    assert _only(text, lang).subject == subject


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (Lang.EN, "It needs 3×10^400 FLOP."),
        (Lang.ZH, "它需要 3×10^400 FLOP 的算力。"),
        (Lang.EN, "About 10^999 atoms."),
    ],
)
def test_a_power_beyond_floats_drops_the_whole_number(lang: Lang, text: str) -> None:
    assert find_numbers(text, lang) == []


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(InputError, match="'fr'"):
        find_numbers("3 ans", "fr")


_FUZZ = "0123456789.,%-~^×/ 年个月倍亿万千百十两一二三几数分之到至的每半翻番GDPxB$ahlfthirdsper\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_FUZZ, max_size=40))
@example(text="0^1月B")  # a power's exponent the month after it took (its spans overlapped)
def test_spans_are_exact_disjoint_and_ordered(text: str) -> None:
    for lang in (Lang.ZH, Lang.EN):
        mentions = find_numbers(text, lang)
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.surface
        assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def _gold_scores() -> tuple[float, float, float]:
    """Recall, precision and kind accuracy on the annotated section 01 of the reference article."""
    text = unicodedata.normalize("NFKC", ARTICLE.read_text(encoding="utf-8"))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["numeric_evidence"]
    low, high = text.index("\n01.\n") + 1, text.index("\n02.\n") + 1
    spans = []
    for item in gold:
        quote_at = text.index(unicodedata.normalize("NFKC", item["quote"]), low)
        start = text.index(unicodedata.normalize("NFKC", item["surface"]), quote_at)
        spans.append((start, start + len(item["surface"]), item))
    found = [m for m in find_numbers(text, Lang.ZH) if low <= m.start < high]
    used: set[int] = set()
    kinds = 0
    for start, end, item in spans:
        for i, mention in enumerate(found):
            close = abs(mention.value - item["value"]) <= 0.01 * abs(item["value"])
            if i not in used and mention.start < end and start < mention.end and close:
                used.add(i)
                kinds += mention.kind == item["kind"]
                break
    return len(used) / len(spans), len(used) / len(found), kinds / max(1, len(used))


def test_reference_article_section_one_meets_the_targets() -> None:
    recall, precision, kind_accuracy = _gold_scores()
    assert recall == 1.0
    assert precision >= 0.90
    assert kind_accuracy == 1.0


def test_the_component_annotates_docs_through_nlp_pipe() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("argkg_numbers")
    docs = list(nlp.pipe(["训练需要 3e24 FLOP。", "Mistral-7 发布了。"]))
    assert [[m.surface for m in doc._.argkg_numbers] for doc in docs] == [["3e24 FLOP"], []]


def test_docs_with_numbers_serialise_through_msgpack() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("argkg_numbers")
    doc = nlp("It costs $200 a month, about 3×10^24 FLOP.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.argkg_numbers == doc._.argkg_numbers
    assert [type(m) for m in restored._.argkg_numbers] == [NumberMention, NumberMention]
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (from_bin,) = DocBin().from_bytes(stored).get_docs(nlp.vocab)
    assert list(from_bin._.argkg_numbers) == doc._.argkg_numbers  # DocBin reads msgpack arrays as tuples
    assert nlp.make_doc("3 km")._.argkg_numbers is None


def test_the_component_runs_in_worker_processes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("argkg_numbers")
    docs = list(nlp.pipe(["It cost $3 billion.", "Half of it."] * 2, n_process=2, batch_size=1))
    assert [[(m.surface, m.unit) for m in doc._.argkg_numbers] for doc in docs] == [
        [("$3 billion", "USD")],
        [("Half", "fraction")],
    ] * 2


def test_the_component_language_defaults_to_the_pipeline_and_can_be_set() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("argkg_numbers")
    assert nlp("It cost $3 billion.")._.argkg_numbers[0].unit == "USD"
    mixed = spacy.blank("en")
    mixed.add_pipe("argkg_numbers", config={"lang": "zh"})
    assert mixed("用了 3 个月")._.argkg_numbers[0].unit == "months"


def test_the_component_rejects_a_language_without_data() -> None:
    with pytest.raises(InputError, match="'fr'"):
        spacy.blank("fr").add_pipe("argkg_numbers")


@pytest.mark.parametrize(
    "lang,text,found",
    [
        (
            Lang.EN,
            "The U.S. has 103 nuclear power plants.",
            [("103 nuclear power plants", 103, "plants", "count")],
        ),
        (Lang.EN, "The tax was tried in four cities.", [("four cities", 4, "cities", "count")]),
        (
            Lang.EN,
            "Only 12 of the 50 states agreed.",
            [("12", 12, "states", "count"), ("50 states", 50, "states", "count")],
        ),
        (Lang.EN, "The tax is 1 cent per ounce.", [("1 cent per ounce", 0.01, "USD/ounce", "money")]),
        (Lang.EN, "Mexico added 1 peso per liter.", [("1 peso per liter", 1, "MXN/l", "money")]),
        (Lang.ZH, "全国约200城实施了限行。", [("200城", 200, "城", "count")]),
        (Lang.ZH, "全国有103座核电站。", [("103座核电站", 103, "核电站", "count")]),
        (Lang.ZH, "学生从四个选项中选。", [("四个", 4, "items", "count")]),
        (Lang.ZH, "在一个月内完成。", [("一个月", 1, "months", "duration")]),
        (Lang.ZH, "约三成的收入用于投资。", [("三成", 0.3, "percent", "ratio")]),
        (Lang.ZH, "限速25公里/小时。", [("25公里/小时", 25000, "m/h", "other")]),
        (
            Lang.ZH,
            "每升汽油涨价1比索,每盎司1美分。",
            [("每升汽油涨价1比索", 1, "MXN/l", "money"), ("每盎司1美分", 0.01, "USD/ounce", "money")],
        ),
    ],
)
def test_counts_with_any_noun_prices_per_unit_shares_and_speeds(
    lang: Lang, text: str, found: list[tuple[str, float, str, str]]
) -> None:
    mentions = find_numbers(text, lang)
    assert [(m.surface, m.unit, m.kind) for m in mentions] == [
        (s, u, EvidenceKind(k)) for s, _, u, k in found
    ]
    assert [m.value for m in mentions] == pytest.approx([v for _, v, _, _ in found])


@pytest.mark.parametrize(
    "lang,text",
    [
        (Lang.EN, "The five were red, and 40 tested positive."),
        (Lang.EN, "In 1990 researchers met; there are three reasons."),
        (Lang.ZH, "有两个方面的原因,会有两种情况。"),
    ],
)
def test_no_count_across_stop_words_years_or_enumerations(lang: Lang, text: str) -> None:
    assert [m.unit for m in find_numbers(text, lang) if m.kind is EvidenceKind.COUNT] == []


def test_the_component_bounds_cues_by_the_pipelines_sentences() -> None:
    text = "Spending by Calif. agencies rose 3%."
    assert [m.kind for m in find_numbers(text, Lang.EN)] == [EvidenceKind.RATIO]
    (mention,) = build_nlp(Lang.EN)(text)._.argkg_numbers
    assert mention.kind is EvidenceKind.MONEY


def test_the_package_exports_its_api_and_registers_the_factory() -> None:
    import argkg.ingest.numbers as numbers

    assert set(numbers.__all__) == {"NumberComponent", "NumberMention", "find_numbers"}
    assert spacy.language.Language.has_factory("argkg_numbers")


def test_a_measure_word_the_dictionary_files_elsewhere_still_counts() -> None:
    assert [
        (m.surface, m.unit) for m in find_numbers("该市有200多所学校,GPT-4 所处理的数据很多。", Lang.ZH)
    ] == [("200多所学校", "学校")]


@pytest.mark.parametrize(
    "lang,text,found",
    [
        (Lang.ZH, "村里有七八百户人家。", [("七八百户人家", 700, "人家", "count", True)]),
        (Lang.ZH, "工厂每年扔掉的零件有四五千个。", [("四五千个", 4000, "items", "count", True)]),
        (Lang.ZH, "一共卖出了80多万辆车。", [("80多万辆", 8e5, "辆", "count", True)]),
        (Lang.ZH, "他的月薪是三千二。", [("三千二", 3200, "number", "money", False)]),
        (Lang.ZH, "两万五的预算不够。", [("两万五", 25000, "number", "money", False)]),
        (Lang.ZH, "今年已经发生了12起火灾。", [("12起火灾", 12, "火灾", "count", False)]),
        (Lang.ZH, "保护区里有40只丹顶鹤。", [("40只丹顶鹤", 40, "丹顶鹤", "count", False)]),
        (
            Lang.ZH,
            "山顶气温零下二十度,山脚-5℃。",
            [("零下二十度", -20, "°C", "other", False), ("-5℃", -5, "°C", "other", False)],
        ),
        # a day without its year (the day a contract takes effect is no evidence: test_number_records)
        (Lang.ZH, "合同7月20日才寄到。", [("7月20日", 20, "day_of_month", "date", False)]),
        (Lang.ZH, "他每天去一次图书馆。", [("每天去一次", 1, "occurrences/day", "count", False)]),
        (Lang.ZH, "一张票只要一元。", [("一元", 1, "CNY", "money", False)]),
        (
            Lang.EN,
            "Results: Yeas 61, Nays 37.",
            [("61", 61, "number", "count", False), ("37", 37, "number", "count", False)],
        ),
        (
            Lang.EN,
            "Soup is served at 65°C, never below minus 2 degrees.",
            [("65°C", 65, "°C", "other", False), ("minus 2 degrees", -2, "degrees", "other", False)],
        ),
        (Lang.EN, "Visitors aged seventy ride free.", [("aged seventy", 70, "years", "duration", False)]),
        (Lang.EN, "I'm 44 and work nights.", [("I'm 44", 44, "years", "duration", False)]),
        (
            Lang.EN,
            "Between 6 and 9 percent quit.",
            [("6", 0.06, "percent", "ratio", False), ("9 percent", 0.09, "percent", "ratio", False)],
        ),
        (
            Lang.EN,
            "Nurses check the wards three times a night and twice a day.",
            [
                ("three times a night", 3, "occurrences/night", "count", False),
                ("twice a day", 2, "occurrences/day", "count", False),
            ],
        ),
        (
            Lang.EN,
            "The vote is set for 9 May and results by June 2.",
            [("9 May", 9, "day_of_month", "date", False), ("June 2", 2, "day_of_month", "date", False)],
        ),
    ],
)
def test_approximate_counts_measure_words_temperatures_tallies_days_and_rates_of_repetition(
    lang: Lang, text: str, found: list[tuple[str, float, str, str, bool]]
) -> None:
    mentions = find_numbers(text, lang)
    assert [(m.surface, m.unit, m.kind, m.approximate) for m in mentions] == [
        (s, u, EvidenceKind(k), a) for s, _, u, k, a in found
    ]
    assert [m.value for m in mentions] == pytest.approx([v for _, v, _, _, _ in found])


@pytest.mark.parametrize(
    "lang,text",
    [
        (Lang.ZH, "反方二辩发言,限时两分钟。"),
        (Lang.ZH, "最好每天早上读半个小时英语。"),
        (Lang.ZH, "前两年这里还是一片荒地,我只提一两点意见。"),
        (Lang.ZH, "这事我就说两三句。"),
        (Lang.ZH, "每千瓦时电价不变,投资千万要小心。"),
        (Lang.ZH, "我三番五次地说,说一千道一万还是那句话。"),
        (Lang.EN, "Each team gets two minutes for its rebuttal."),
        (Lang.EN, "I recommend sleeping eight hours a night."),
        (Lang.EN, "It took one or two tries and a couple of days."),
        (Lang.EN, "Once the bill passes, twice the work will follow."),
    ],
)
def test_speaking_times_advice_and_vague_numerals_are_not_evidence(lang: Lang, text: str) -> None:
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("投诉2300多件,可以借10本图书。", Lang.ZH, [("2300多件", 2300.0), ("10本图书", 10.0)]),
        ("这家公司有3台机器和12名员工。", Lang.ZH, [("3台", 3.0), ("12名", 12.0)]),
    ],
)
def test_counts_with_measure_words(text: str, lang: Lang, found: list[tuple[str, float]]) -> None:
    assert [(m.surface, m.value) for m in find_numbers(text, lang)] == found


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("One attendant is left to watch eight screens.", ["One attendant", "eight screens"]),
        ("The council passed it with 9 votes and one abstention.", ["9 votes", "one abstention"]),
        ("One attendant is left to watch the screens.", []),  # "one" alone: no count
        ("In 2019 we met one day.", ["2019"]),  # a vague noun never counts
    ],
)
def test_one_counts_its_noun_beside_another_number(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_numbers(text, Lang.EN)] == surfaces


@pytest.mark.parametrize(
    "lang,text,found",
    [
        (
            Lang.EN,
            "Add 250 μL of a 50 mM buffer and spin at 3000 rpm.",
            [
                ("250 μL", 2.5e-4, "l", "other"),
                ("50 mM", 0.05, "mol/l", "other"),
                ("3000 rpm", 3000, "rpm", "other"),
            ],
        ),
        (
            Lang.EN,
            "The depot recorded 2,310 near-misses.",
            [("2,310 near-misses", 2310, "near-misses", "count")],
        ),
        (Lang.EN, "112 points by ferro_lin 3 hours ago | 57 comments", []),
        (Lang.EN, "Date: 12 March 2026", []),
        (
            Lang.ZH,
            "称取0.5 g样品,加入2 mL缓冲液。",
            [("0.5 g", 5e-4, "kg", "other"), ("2 mL", 0.002, "l", "other")],
        ),
        (Lang.ZH, "上周末我买了3斤苹果。", [("3斤", 1.5, "kg", "other")]),
        (Lang.ZH, "新规将于明年7月施行。", [("明年7月", 7, "month_of_year", "date")]),
        (Lang.ZH, "工程定在次年3月15日完工。", [("次年3月15日", 15, "day_of_month", "date")]),
        (Lang.ZH, "这款耳机到手价459。", [("459", 459, "number", "money")]),
        (Lang.ZH, "12栋住户李女士:我反对涨价。", []),
        (Lang.ZH, "日期:2026年4月2日", []),
    ],
)
def test_laboratory_units_relative_months_prices_and_lines_that_hold_no_evidence(
    lang: Lang, text: str, found: list[tuple[str, float, str, str]]
) -> None:
    mentions = find_numbers(text, lang)
    assert [(m.surface, m.unit, m.kind) for m in mentions] == [
        (s, u, EvidenceKind(k)) for s, _, u, k in found
    ]
    assert [m.value for m in mentions] == pytest.approx([v for _, v, _, _ in found])


@pytest.mark.parametrize(
    ("lang", "rest", "enumerates"),
    [
        (Lang.EN, "  Reasons to stay", True),  # a Latin noun is found in any case
        (Lang.EN, " reasonsx", False),  # but only as a whole word
        (Lang.EN, " \u0130tems", False),  # a head whose lowering grows is read as the whole lowered
        (Lang.ZH, "方面的问题", True),
        (Lang.ZH, "天以后", False),
    ],
)
def test_an_enumeration_noun_is_read_at_the_head_of_what_follows(
    lang: Lang, rest: str, enumerates: bool
) -> None:
    reader = CountReader(number_data(lang))
    assert reader.enumerated(rest) is enumerates
