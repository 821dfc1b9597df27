"""Numerals are read into floats: Arabic digits, Chinese numerals and English number words."""

import re

import pytest

from argkg.ingest.numbers.data import NumeralData, number_data
from argkg.ingest.numbers.numerals import Numeral, NumeralReader
from argkg.schema.vocabulary import Lang


def _reader(lang: Lang) -> NumeralReader:
    return NumeralReader(number_data(lang).numerals)


def _read(lang: Lang, text: str) -> Numeral | None:
    return _reader(lang).read(text, 0)


@pytest.mark.parametrize(
    "text,value",
    [
        ("两万", 2e4),
        ("五千亿", 5e11),
        ("三亿五千万", 3.5e8),
        ("一万亿", 1e12),
        ("十万亿", 1e13),
        ("一百零五", 105),
        ("十二", 12),
        ("二十", 20),
        ("百万", 1e6),
        ("一千", 1000),
    ],
)
def test_chinese_numerals(text: str, value: float) -> None:
    numeral = _read(Lang.ZH, text)
    assert numeral is not None
    assert numeral.value == pytest.approx(value)
    assert (numeral.start, numeral.end) == (0, len(text))
    assert not numeral.approximate and not numeral.arabic


def test_chinese_digits_without_multiplier_read_positionally() -> None:
    numeral = _read(Lang.ZH, "二〇二四年")
    assert numeral is not None and numeral.value == 2024 and numeral.plain and numeral.end == 4


@pytest.mark.parametrize(
    "text,value,end",
    [("几百万个", 1e6, 3), ("十几年", 10, 2), ("数十亿", 1e9, 3), ("亿万年", 1e8, 2), ("一百多年", 100, 3)],
)
def test_vague_chinese_numerals_are_approximate_lower_bounds(text: str, value: float, end: int) -> None:
    numeral = _read(Lang.ZH, text)
    assert numeral is not None
    assert (numeral.value, numeral.end, numeral.approximate) == (value, end, True)


@pytest.mark.parametrize("text", ["几个", "数据", "多数"])
def test_vague_words_alone_are_not_numerals(text: str) -> None:
    assert _read(Lang.ZH, text) is None


def test_small_and_single_word_numerals_are_flagged() -> None:
    two, one = _read(Lang.ZH, "两种"), _read(Lang.ZH, "一个")
    assert two is not None and two.small_word and not two.single
    assert one is not None and one.single
    ten = _read(Lang.ZH, "十种")
    assert ten is not None and not ten.small_word


@pytest.mark.parametrize(
    "text,value,magnitude,plain",
    [
        ("2024", 2024, 1, True),
        ("1,000,000", 1e6, 1, False),
        ("0.03", 0.03, 1, False),
        ("2e30", 2e30, 1, False),
        ("5000 亿", 5e11, 1e8, False),
        ("20亿", 2e9, 1e8, False),
        ("1.5 万亿", 1.5e12, 1e12, False),
        ("10 万", 1e5, 1e4, False),
        ("70B", 7e10, 1e9, False),
        ("10K", 1e4, 1e3, False),
    ],
)
def test_arabic_numerals_with_magnitudes(text: str, value: float, magnitude: float, plain: bool) -> None:
    numeral = _read(Lang.ZH, text)
    assert numeral is not None and numeral.arabic
    assert numeral.value == pytest.approx(value)
    assert (numeral.magnitude, numeral.plain, numeral.end) == (magnitude, plain, len(text))


def test_a_unit_that_starts_with_a_multiplier_is_not_read_as_magnitude() -> None:
    protected = re.compile("千米|百分点")
    numeral = _reader(Lang.ZH).read("3 千米", 0, protected)
    assert numeral is not None and (numeral.value, numeral.end) == (3, 1)


@pytest.mark.parametrize(
    "text,value",
    [
        ("two hundred thousand", 2e5),
        ("twenty-five", 25),
        ("a million", 1e6),
        ("ten thousand", 1e4),
        ("one million two hundred thousand", 1.2e6),
        ("3 billion", 3e9),
        ("1.5 trillion", 1.5e12),
        ("two dozen", 24),
        ("3bn", 3e9),
    ],
)
def test_english_numerals(text: str, value: float) -> None:
    numeral = _read(Lang.EN, text)
    assert numeral is not None
    assert numeral.value == pytest.approx(value) and numeral.end == len(text)


def test_english_idioms_are_approximate() -> None:
    numeral = _read(Lang.EN, "millions of users")
    assert numeral is not None and numeral.value == 1e6 and numeral.approximate
    assert numeral.end == len("millions of")


@pytest.mark.parametrize("lang,text", [(Lang.EN, "a big model"), (Lang.EN, "an apple"), (Lang.ZH, "一个")])
def test_an_article_alone_is_a_single_one(lang: Lang, text: str) -> None:
    numeral = _read(lang, text)
    assert numeral is not None and (numeral.value, numeral.single, numeral.small_word) == (1, True, True)


@pytest.mark.parametrize(
    "lang,text,value,end",
    [
        (Lang.EN, "half of them", 0.5, 4),
        (Lang.EN, "a third of them", 1 / 3, 7),
        (Lang.EN, "two-thirds", 2 / 3, 10),
        (Lang.EN, "three fifths", 0.6, 12),
        (Lang.EN, "two thirds majority", 2 / 3, 10),
        (Lang.EN, "a quarter of it", 0.25, 9),
        (Lang.EN, "a tenth.", 0.1, 7),
        (Lang.ZH, "一半的人", 0.5, 2),
        (Lang.ZH, "半数", 0.5, 2),
    ],
)
def test_fractions_are_read_as_shares(lang: Lang, text: str, value: float, end: int) -> None:
    numeral = _read(lang, text)
    assert numeral is not None and numeral.fraction and numeral.small_word
    assert numeral.value == pytest.approx(value) and numeral.end == end


@pytest.mark.parametrize(
    "lang,text,start",
    [
        (Lang.EN, "a third party", 0),  # an ordinal
        (Lang.EN, "a fifth year", 0),
        (Lang.EN, "a quarter later", 0),  # a quarter of a year
        (Lang.EN, "the second half", 11),
        (Lang.EN, "a half-hearted try", 2),
        (Lang.ZH, "另一半", 1),
    ],
)
def test_ordinals_and_parts_are_not_fractions(lang: Lang, text: str, start: int) -> None:
    numeral = _reader(lang).read(text, start)
    assert numeral is None or not numeral.fraction


def test_a_fraction_of_a_magnitude_is_a_scaled_number() -> None:
    numeral = _read(Lang.EN, "half a million people")
    assert numeral is not None and not numeral.fraction and numeral.scaled
    assert (numeral.value, numeral.end) == (5e5, len("half a million"))


def test_and_a_half_adds_one_half() -> None:
    numeral = _read(Lang.EN, "two and a half years")
    assert numeral is not None and (numeral.value, numeral.end) == (2.5, len("two and a half"))


@pytest.mark.parametrize(
    "text,value,end",
    [
        ("3×10^24", 3e24, 7),
        ("3 x 10^24", 3e24, 9),
        ("1.5·10^{-3}", 1.5e-3, 11),
        ("2 × 10^−6", 2e-6, 9),
        ("10^9", 1e9, 4),
        ("2^10", 1024, 4),
    ],
)
def test_powers_of_ten(text: str, value: float, end: int) -> None:
    numeral = _read(Lang.EN, text)
    assert numeral is not None and numeral.value == pytest.approx(value) and numeral.end == end
    assert numeral.scaled is (end == len(text))


@pytest.mark.parametrize("text", ["10^999", "3×10^400", "2 x 10^-999", "0^-1"])
def test_a_power_that_is_no_float_is_no_numeral(text: str) -> None:
    assert _read(Lang.EN, text) is None


def test_a_digit_after_a_caret_is_not_a_numeral() -> None:
    match = _reader(Lang.EN).start_pattern.search("x^2")
    assert match is None


@pytest.mark.parametrize(
    "lang,text,scaled",
    [
        (Lang.EN, "two million", True),
        (Lang.EN, "a billion", True),
        (Lang.EN, "two hundred", False),
        (Lang.EN, "thousand", False),
        (Lang.ZH, "两万", True),
        (Lang.ZH, "三千", False),
        (Lang.ZH, "万一", False),  # "in case": starts with a multiplier
        (Lang.ZH, "千万", False),
    ],
)
def test_word_numerals_with_a_big_multiplier_are_scaled(lang: Lang, text: str, scaled: bool) -> None:
    numeral = _read(lang, text)
    assert numeral is not None and numeral.scaled is scaled


def test_a_number_word_may_be_glued_to_fold() -> None:
    numeral = _read(Lang.EN, "tenfold")
    assert numeral is not None and (numeral.value, numeral.end) == (10, 3)
    assert _read(Lang.EN, "tent") is None


@pytest.mark.parametrize("text", ["A100", "x2", "v3"])
def test_digits_glued_after_letters_are_not_numerals(text: str) -> None:
    match = _reader(Lang.EN).start_pattern.search(text)
    assert match is None or not match[0][0].isdigit()


def test_the_grammar_runs_on_any_word_list() -> None:
    data = NumeralData(
        arabic=r"\d+",
        digits={"uno": 1, "dos": 2},
        small_multipliers={"cien": 100},
        big_multipliers={"mil": 1000.0},
        joiner=" ",
    )
    numeral = NumeralReader(data).read("dos cien mil", 0)
    assert numeral is not None and numeral.value == 200_000
