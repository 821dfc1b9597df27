"""Tests for argkg_entities: names found in Chinese and English text, typed and normalised."""

import itertools

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import argkg.ingest.entities  # noqa: F401  (registers the factory)
from argkg.ingest.entities import EntityMention, entity_key, find_entities
from argkg.schema.vocabulary import EntityType


def _found(text: str, lang: str) -> dict[str, EntityType]:
    mentions = find_entities(text, lang)
    for mention in mentions:
        assert mention.end > mention.start
        assert text[mention.start : mention.end].strip()
    return {m.name: m.type for m in mentions}


def test_latin_names_in_chinese_text_are_typed_from_gazetteer_and_shape():
    text = (
        "OpenAI 发布的 GPT-4 在 MMLU 和 SWE-bench 上表现很好,谷歌的 Gemini Ultra 紧随其后,HumanEval 也一样。"
    )
    found = _found(text, "zh")
    assert found == {
        "OpenAI": EntityType.ORGANISATION,
        "GPT-4": EntityType.MODEL,
        "MMLU": EntityType.BENCHMARK,
        "SWE-bench": EntityType.BENCHMARK,
        "Google": EntityType.ORGANISATION,
        "Gemini Ultra": EntityType.MODEL,
        "HumanEval": EntityType.BENCHMARK,
    }


def test_units_generic_acronyms_and_single_letters_are_not_entities():
    text = "训练需要 1e35 FLOP 的算力,约占 GDP 的 1%,AGI 和 LLM 都是泛称。\nQ:这是什么?\nA:一个问题。"
    assert find_entities(text, "zh") == []


def test_translation_glosses_and_lowercase_terms_are_skipped_but_bracketed_acronyms_kept():
    text = (
        "鉴别器(Discriminator)比生成器强大。蒙特卡洛树搜索(MCTS)很常用。"
        "scaling law 有效吗?Scaling Law 是经验规律。"
    )
    assert _found(text, "zh") == {"MCTS": EntityType.METHOD}


def test_chinese_rules_type_unknown_names_by_the_word_after_them():
    text = "Zhibo 公司推出了 Foxtrot 模型,Kestrel 基准上得分很高,Lina Park 表示很满意。"
    found = _found(text, "zh")
    assert found["Zhibo"] is EntityType.ORGANISATION
    assert found["Foxtrot"] is EntityType.MODEL
    assert found["Kestrel"] is EntityType.BENCHMARK
    assert found["Lina Park"] is EntityType.PERSON


def test_gazetteer_folds_case_in_chinese_and_returns_the_display_name():
    mention = find_entities("继续做 transformer 模型就够了", "zh")[0]
    assert (mention.name, mention.type, mention.key) == ("Transformer", EntityType.METHOD, "transformer")


def test_english_capitalised_names_skip_sentence_initial_common_words():
    text = (
        "Energy prices rose again. The team from Stanford University met Tokio Hotel fans in Berlin. "
        "Besides, Berlin is large."
    )
    found = _found(text, "en")
    assert found == {
        "Stanford University": EntityType.ORGANISATION,
        "Tokio Hotel": EntityType.OTHER,
        "Berlin": EntityType.OTHER,
    }


def test_english_runs_part_at_plain_words_and_a_lone_opener_needs_a_capital_elsewhere():
    # the entity finder leaves plain lower-case words out of its runs: "lake" still parts two
    # names, "of" (a connector) still joins one; an opening word is kept only when the text
    # capitalises it away from a sentence's start too (Delmar), not when it never does (Harlow)
    text = (
        "Harlow rivers meet Fenwick Dale of Orrin Vale near the mill. Harlow grows. Mapletree exports "
        "wool. Delmar sells to Brisk lake Tovey, and the village of Delmar buys from Quill traders."
    )
    found = [text[m.start : m.end] for m in find_entities(text, "en")]
    assert found == ["Fenwick Dale of Orrin Vale", "Delmar", "Brisk", "Tovey", "Delmar", "Quill"]


def test_english_people_after_titles_and_before_said_and_their_short_names():
    text = "Acme CEO Maria Lopez opened the meeting. Later John Baker said the budget is fine. Lopez agreed."
    found = _found(text, "en")
    assert found["Maria Lopez"] is EntityType.PERSON
    assert found["John Baker"] is EntityType.PERSON
    assert "Acme CEO" not in found and "CEO" not in found
    lone = [m for m in find_entities(text, "en") if text[m.start : m.end] == "Lopez"]
    assert lone and lone[0].name == "Maria Lopez" and lone[0].type is EntityType.PERSON
    chinese = "作者:Mira Olsen。Mira 预计,成本会下降。"
    assert {(m.name, m.type) for m in find_entities(chinese, "zh")} == {("Mira Olsen", EntityType.PERSON)}


def test_model_versions_and_variants_keep_the_family_type():
    found = _found("In the test, Claude 3 beat GPT-4o and the new XYZ-123 was close.", "en")
    assert found == {"Claude 3": EntityType.MODEL, "GPT-4o": EntityType.MODEL, "XYZ-123": EntityType.MODEL}


def test_english_gazetteer_is_case_sensitive():
    assert find_entities("The palm tree and the sora of the bird.", "en") == []


def test_pronoun_i_never_joins_a_name_and_keys_fold_case():
    assert find_entities("Tomorrow I will go.", "en") == []
    assert entity_key("  Open  AI ") == "open ai"
    assert EntityMention(start=0, end=6, name="OpenAI", type=EntityType.ORGANISATION).key == "openai"


def test_component_writes_the_doc_extension_in_both_languages():
    zh = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    zh.add_pipe("argkg_entities")
    en = spacy.blank("en")
    en.add_pipe("argkg_entities")
    zh_doc = zh("DeepMind 的 AlphaGo 很强。")
    en_doc = en("We met people from DeepMind and Microsoft.")
    assert [m.name for m in zh_doc._.argkg_entities] == ["DeepMind", "AlphaGo"]
    assert [m.name for m in en_doc._.argkg_entities] == ["DeepMind", "Microsoft"]
    docs = list(en.pipe(["Ask IBM.", "Nothing here."]))
    assert [[m.name for m in d._.argkg_entities] for d in docs] == [["IBM"], []]


WORDS = [
    "GPT-4",
    "OpenAI",
    "said",
    "CEO",
    "Jane",
    "Smith",
    "But",
    ",",
    ".",
    "。",
    "说",
    "谷歌",
    "(",
    ")",
    "\n",
    "Q",
    "x",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.sampled_from(["zh", "en"]))
def test_mentions_never_overlap_and_stay_inside_the_text(text, lang):
    mentions = find_entities(text, lang)
    for mention, following in itertools.pairwise(mentions):
        assert mention.end <= following.start
    assert all(0 <= m.start < m.end <= len(text) and text[m.start : m.end].strip() for m in mentions)


def test_entity_key_folds_width_and_case() -> None:
    assert entity_key("ＧＯＯＧＬＥ  Brain") == entity_key("google brain") == "google brain"
