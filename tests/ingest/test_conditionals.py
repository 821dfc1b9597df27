"""Conditionals: antecedents, consequents, alternatives and links to debated issues."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from argkg.ingest.conditionals import _features, lexical_similarity
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.spans import Conditional
from argkg.schema import Lang


@pytest.fixture(scope="module")
def zh() -> Language:
    return build_nlp(Lang.ZH)


@pytest.fixture(scope="module")
def en() -> Language:
    return build_nlp(Lang.EN)


def found(nlp: Language, text: str) -> list[tuple[str, list[str], str]]:
    doc = nlp(text)
    conditionals: list[Conditional] = doc._.argkg_conditionals
    return [
        (c.marker, [a.text for a in c.antecedents], doc.text[c.consequent_start : c.consequent_end])
        for c in conditionals
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("如果明天下雨,比赛就会推迟。", [("如果", ["明天下雨"], "比赛就会推迟")]),
        ("只要价格合理就有人买。", [("只要", ["价格合理"], "就有人买")]),
        ("如果政策有效的话,失业率会下降。", [("如果", ["政策有效"], "失业率会下降")]),
        ("即使成本上升也值得投资。", [("即使", ["成本上升"], "也值得投资")]),
        ("必须按时提交,否则申请无效。", [("否则", ["必须按时提交"], "申请无效")]),
        ("无论天气如何都要出发。", [("无论", ["天气如何"], "都要出发")]),
    ],
)
def test_zh_conditionals(zh: Language, text: str, expected: list[tuple[str, list[str], str]]) -> None:
    assert found(zh, text) == expected


def test_zh_markers_respect_word_boundaries_and_idioms(zh: Language) -> None:
    assert found(zh, "主要是因为成本太高。或许明天会好。无论如何,我们都要去。即使如此,也值得。") == []


def test_zh_only_if_needs_its_consequent(zh: Language) -> None:
    assert found(zh, "可能只有十分之一的人参加。") == []
    assert found(zh, "只有努力工作才能成功。")[0][1] == ["努力工作"]


def test_zh_disjunction_gives_alternative_groups(zh: Language) -> None:
    doc = zh("如果公司规模较小或者业务比较简单,转型就会更顺利。")
    (conditional,) = doc._.argkg_conditionals
    assert [(a.text, a.group) for a in conditional.antecedents] == [("公司规模较小", 0), ("业务比较简单", 1)]


def test_zh_quotation_is_one_piece(zh: Language) -> None:
    assert found(zh, "如果你把“压缩”做好,结果就会更好。")[0][1] == ["你把“压缩”做好"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If prices fall, demand rises.", [("If", ["prices fall"], "demand rises")]),
        ("Demand rises if prices fall.", [("if", ["prices fall"], "Demand rises")]),
        (
            "Costs stay low as long as energy is cheap.",
            [("as long as", ["energy is cheap"], "Costs stay low")],
        ),
        (
            "Pay on time, otherwise the loan is cancelled.",
            [("otherwise", ["Pay on time"], "the loan is cancelled")],
        ),
        ("If rates rise or wages fall, sales drop.", [("If", ["rates rise", "wages fall"], "sales drop")]),
        ("It looks as if nothing changed. Ask if it works. If so, fine.", []),
    ],
)
def test_en_conditionals(en: Language, text: str, expected: list[tuple[str, list[str], str]]) -> None:
    assert found(en, text) == expected


def test_lexical_similarity() -> None:
    assert lexical_similarity("四天工作制能提高生产效率", "四天工作制会提高生产效率", Lang.ZH) > 0.6
    assert lexical_similarity("政府提供补贴", "四天工作制会提高生产效率", Lang.ZH) == 0.0
    assert lexical_similarity("the prices fall", "prices will fall", Lang.EN) == 1.0
    assert lexical_similarity("", "anything", Lang.EN) == 0.0


def test_antecedent_restating_an_issue_is_linked(zh: Language) -> None:
    doc = zh("讨论 1: 四天工作制会提高生产效率吗?\n正方:如果四天工作制能提高生产效率,企业就愿意坚持。")
    (conditional,) = doc._.argkg_conditionals
    assert conditional.antecedents[0].issue == 0


def spans_and_texts(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc.text[a.start : a.end], a.text) for c in doc._.argkg_conditionals for a in c.antecedents]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            Lang.ZH,
            "如果 AlphaCell 或新型电池的方案不起作用,电价就会上涨。",
            [("AlphaCell", "AlphaCell 不起作用"), ("新型电池的方案不起作用", "新型电池的方案不起作用")],
        ),
        (
            Lang.ZH,
            "如果补贴或者贷款被取消,项目就会停工。",
            [("补贴", "补贴被取消"), ("贷款被取消", "贷款被取消")],
        ),
        (
            Lang.ZH,
            "如果价格上涨或工资不涨,消费就会下降。",
            [("价格上涨", "价格上涨"), ("工资不涨", "工资不涨")],
        ),
        (
            Lang.EN,
            "If subsidies or grants are cut, the project stops.",
            [("subsidies", "subsidies are cut"), ("grants are cut", "grants are cut")],
        ),
        (
            Lang.EN,
            "Prices fall if solar or wind power fails.",
            [("solar", "solar fails"), ("wind power fails", "wind power fails")],
        ),
        (
            Lang.EN,
            "If prices rise or the economy is weak, demand falls.",
            [("prices rise", "prices rise"), ("the economy is weak", "the economy is weak")],
        ),
    ],
)
def test_alternatives_share_the_predicate_written_after_the_last(
    zh: Language, en: Language, lang: Lang, text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans_and_texts(zh if lang is Lang.ZH else en, text) == expected


def test_en_idioms_end_on_a_word_boundary(en: Language) -> None:
    assert found(en, "If so, we win.") == []
    assert found(en, "Prices fall if solar power fails.") == [("if", ["solar power fails"], "Prices fall")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "价格必须合理,但同时不能太低,否则没人愿意卖。", ["不能太低"]),
        (Lang.ZH, "企业要控制成本,而且要保证质量,否则客户会流失。", ["要保证质量"]),
        (Lang.ZH, "所以必须按时提交,否则申请无效。", ["必须按时提交"]),
        (Lang.ZH, "如果价格下跌…,需求就会上升。", ["价格下跌"]),
        (Lang.ZH, "同时期的数据必须公开,否则无法比较。", ["同时期的数据必须公开"]),
        (Lang.EN, "Pay on time, and keep the receipts, otherwise the claim fails.", ["keep the receipts"]),
        (
            Lang.EN,
            "Costs are high, but demand must stay firm, otherwise the plant closes.",
            ["demand must stay firm"],
        ),
        (Lang.EN, "Sales grow, so, staff must be hired, otherwise service suffers.", ["staff must be hired"]),
        (Lang.EN, "Android sales must grow, otherwise the unit closes.", ["Android sales must grow"]),
    ],
)
def test_antecedents_lose_opening_connectives(
    zh: Language, en: Language, lang: Lang, text: str, expected: list[str]
) -> None:
    pairs = spans_and_texts(zh if lang is Lang.ZH else en, text)
    assert [span for span, _ in pairs] == expected
    assert [said for _, said in pairs] == expected


def test_trimmed_antecedent_is_a_substring_at_its_span(zh: Language) -> None:
    text = "方案要足够强,但是同时不能过度干预,否则市场会失灵。"
    doc = zh(text)
    (conditional,) = doc._.argkg_conditionals
    (antecedent,) = conditional.antecedents
    assert text[antecedent.start : antecedent.end] == antecedent.text == "不能过度干预"


@pytest.mark.parametrize(
    ("text", "lang", "rhetorical"),
    [
        ("即使有十倍的数据也不够。", Lang.ZH, [True]),
        ("无论你加多少燃料,飞机也不能上月球。", Lang.ZH, [True]),
        ("如果数据用光,模型就很难进步。", Lang.ZH, [False]),
        ("Even if we add more fuel, the plane will not reach the moon.", Lang.EN, [True]),
        ("No matter how much fuel you add, the plane stays on the ground.", Lang.EN, [True]),
        ("If the data runs out, progress stops.", Lang.EN, [False]),
    ],
)
def test_concessives_are_rhetorical(
    zh: Language, en: Language, text: str, lang: Lang, rhetorical: list[bool]
) -> None:
    doc = (zh if lang is Lang.ZH else en)(text)
    assert [c.rhetorical for c in doc._.argkg_conditionals] == rhetorical


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.sampled_from(list("价格上涨下降工资ab cd-'9")), max_size=30),
    st.text(st.sampled_from(list("价格上涨下降工资ab cd-'9")), max_size=30),
    st.sampled_from([Lang.ZH, Lang.EN]),
)
def test_lexical_similarity_is_the_jaccard_of_the_features(a: str, b: str, lang: Lang) -> None:
    fa, fb = _features(a, lang), _features(b, lang)
    expected = len(fa & fb) / len(fa | fb) if fa and fb else 0.0
    assert lexical_similarity(a, b, lang) == expected
