"""Tests for argkg_attribution: reported speech and its speaker, in Chinese and English."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import argkg.ingest.attribution  # noqa: F401  (registers the factory)
from argkg.ingest.attribution import Attribution, find_attributions
from argkg.ingest.entities import find_entities
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang
from argkg.schema.vocabulary import EntityType


def _said(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(speaker, speaker phrase, statement) for each attribution, with entities given."""
    found = find_attributions(text, lang, entities=find_entities(text, lang))
    return [(a.speaker, text[a.speaker_start : a.speaker_end], text[a.start : a.end]) for a in found]


def test_english_speaker_verb_that_statement():
    assert _said("Critics argue that the plan is too costly.", "en") == [
        ("Critics", "Critics", "the plan is too costly")
    ]
    assert _said("Ralf does insist that they drank tea together.", "en") == [
        ("Ralf", "Ralf", "they drank tea together")
    ]
    assert _said("Facebook warns me emphatically that I may lose my friends.", "en") == [
        ("Facebook", "Facebook", "I may lose my friends")
    ]


def test_english_according_to_before_and_after_the_statement():
    assert _said("According to the weather report it will rain all day.", "en") == [
        ("the weather report", "the weather report", "it will rain all day")
    ]
    assert _said("The economy will grow, according to the Central Bank.", "en") == [
        ("Central Bank", "the Central Bank", "The economy will grow")
    ]


def test_english_quotes_with_the_speaker_before_or_after():
    assert _said('Mary Jones said: "The cost is too high for us."', "en") == [
        ("Mary Jones", "Mary Jones", "The cost is too high for us.")
    ]
    assert _said("“We will win this year,” said John Smith.", "en") == [
        ("John Smith", "John Smith", "We will win this year,")
    ]


def test_english_author_and_unnamed_speakers_are_not_attributions():
    for text in (
        "I think it is fine.",
        "We say the plan works.",
        "Some say it is fine.",
        "Such claims are false.",
    ):
        assert find_attributions(text, "en") == [], text


def test_pronouns_resolve_to_the_person_named_before_or_are_dropped():
    text = "CEO Jane Smith spoke first. She said that the plan works well."
    assert _said(text, "en") == [("Jane Smith", "She", "the plan works well")]
    (found,) = find_attributions(text, "en", entities=find_entities(text, "en"))
    assert found.speaker_type is EntityType.PERSON
    assert find_attributions("She said that the plan works well.", "en") == []


def test_chinese_speaker_verb_statement():
    assert _said("反对者说这个计划太贵了。", "zh") == [("反对者", "反对者", "这个计划太贵了")]
    (found,) = find_attributions(
        "谷歌表示这个模型很安全。", "zh", entities=find_entities("谷歌表示这个模型很安全。", "zh")
    )
    assert (found.speaker, found.speaker_type) == ("Google", EntityType.ORGANISATION)
    assert find_attributions("反对者说这个计划太贵了。", "zh")[0].speaker_type is EntityType.OTHER
    assert _said("专家们普遍认为模型会继续进步。", "zh") == [("专家们", "专家们", "模型会继续进步")]
    assert _said("Dwarkesh 预计,有七成的概率会实现。", "zh") == [
        ("Dwarkesh", "Dwarkesh", "有七成的概率会实现")
    ]


def test_chinese_source_openers():
    assert _said("据路透社报道,该公司今年利润翻了一番。", "zh") == [
        ("路透社", "路透社", "该公司今年利润翻了一番")
    ]
    assert _said("根据世界银行的估计,全球经济将放缓。", "zh") == [("世界银行", "世界银行", "全球经济将放缓")]
    assert _said("根据这条曲线,我们需要更多数据。", "zh") == []


def test_chinese_quote_and_pronoun_speaker():
    text = "我采访 OpenAI CEO Sam Altman 时他说:“模型还会继续进步。”"
    assert _said(text, "zh") == [("Sam Altman", "他", "模型还会继续进步。")]
    assert _said("“这不会成为阻碍”,一位记者说。", "zh") == [("一位记者", "一位记者", "这不会成为阻碍")]


def test_chinese_author_unnamed_and_non_reporting_uses_are_skipped():
    for text in (
        "我认为这可行。",
        "有人认为这不可行。",
        "因为他提出了相对论,大家都很佩服。",
        "这说明了问题。",
        "我个人认为不会。",
    ):
        assert find_attributions(text, "zh") == [], text


def test_attribution_offsets_quote_the_text():
    text = "Later, critics argued that prices would rise. Experts claim the opposite is true."
    found = find_attributions(text, "en")
    assert [text[a.start : a.end] for a in found] == ["prices would rise", "the opposite is true"]
    assert all(isinstance(a, Attribution) and a.cue in text for a in found)


def test_component_uses_the_entities_written_before_it():
    nlp = spacy.blank("en")
    nlp.add_pipe("argkg_entities")
    nlp.add_pipe("argkg_attribution")
    doc = nlp("Our guest was CEO Jane Smith. She said that costs will fall.")
    assert [(a.speaker, a.cue) for a in doc._.argkg_attributions] == [("Jane Smith", "said")]
    alone = spacy.blank("en")
    alone.add_pipe("argkg_attribution")
    assert alone("She said that costs will fall.")._.argkg_attributions == []


WORDS = [
    "Critics",
    "said",
    "that",
    "according",
    "to",
    "the",
    "IMF",
    ",",
    ".",
    "“",
    "”",
    "说",
    "据",
    "报道",
    "他",
    "CEO",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.sampled_from(["zh", "en"]))
def test_statements_and_speakers_are_nonempty_spans_of_the_text(text, lang):
    for attribution in find_attributions(text, lang, entities=find_entities(text, lang)):
        assert 0 <= attribution.start < attribution.end <= len(text)
        assert 0 <= attribution.speaker_start < attribution.speaker_end <= len(text)
        assert text[attribution.start : attribution.end].strip()


def test_the_pipeline_tokens_give_what_segmenting_each_sentence_gives() -> None:
    text = "王教授说:“这个方案太贵了。”\n据报道,城市的人口在增长!李明认为成本会下降;张华表示同意。"
    doc = build_nlp(Lang.ZH).make_doc(text)
    tokens = [(token.idx, token.idx + len(token)) for token in doc]
    entities = find_entities(text, "zh")
    expected = find_attributions(text, "zh", entities=entities)
    assert expected
    assert find_attributions(text, "zh", entities=entities, tokens=tokens) == expected
