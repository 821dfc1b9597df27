"""Sentence boundaries: Chinese punctuation, quotes, abbreviations, notes, bullets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from argkg.ingest.layout import analyse_layout
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.sentences import bracket_spans, split_sentences
from argkg.schema import Lang


def sentences(text: str, lang: Lang) -> list[str]:
    blocks, _ = analyse_layout(text, lang)
    return [text[s.start : s.end] for s in split_sentences(text, blocks, lang)]


def test_zh_punctuation_and_closing_quotes() -> None:
    text = "他说:“我同意。”然后离开了!真的吗?当然;没错……好"
    assert sentences(text, Lang.ZH) == ["他说:“我同意。”", "然后离开了!", "真的吗?", "当然;", "没错……", "好"]


def test_zh_no_break_inside_a_quotation() -> None:
    text = "她说:“第一点。第二点。”大家都听到了。"
    assert sentences(text, Lang.ZH) == ["她说:“第一点。第二点。”", "大家都听到了。"]


def test_sentences_never_cross_lines() -> None:
    assert sentences("第一行没有句号\n第二行。", Lang.ZH) == ["第一行没有句号", "第二行。"]


def test_en_abbreviations_decimals_and_initials() -> None:
    text = "It costs 3.5 dollars, e.g. a lot. Dr. Smith met J. Doe. They agreed."
    assert sentences(text, Lang.EN) == [
        "It costs 3.5 dollars, e.g. a lot.",
        "Dr. Smith met J. Doe.",
        "They agreed.",
    ]


def test_number_abbreviations_only_before_a_number() -> None:
    assert sentences("Con: no. See No. 5 today.", Lang.EN) == ["Con: no.", "See No. 5 today."]


def test_inline_note_is_its_own_sentence_and_leading_commas_go() -> None:
    text = "网络上有很多事实(注:指零散的信息),模型记住了它们。"
    found = sentences(text, Lang.ZH)
    assert found == ["网络上有很多事实", "(注:指零散的信息)", "模型记住了它们。"]
    blocks, _ = analyse_layout(text, Lang.ZH)
    assert [s.inline_note for s in split_sentences(text, blocks, Lang.ZH)] == [False, True, False]


def test_bullets_are_left_out() -> None:
    assert sentences("• 评估:这是第一点。\n- Second point.", Lang.ZH) == [
        "评估:这是第一点。",
        "Second point.",
    ]


def test_doc_sents_follow_the_sentences() -> None:
    nlp = build_nlp(Lang.ZH)
    doc = nlp("第一句。第二句话有点长。\n第三句")
    assert [s.text.strip() for s in doc.sents] == ["第一句。", "第二句话有点长。", "第三句"]
    assert [(doc.text[s.start : s.end]) for s in doc._.argkg_sentences] == [
        "第一句。",
        "第二句话有点长。",
        "第三句",
    ]


def test_each_sentence_starts_at_its_first_token_and_no_blank_starts_one() -> None:
    nlp = build_nlp(Lang.EN)
    doc = nlp("We agree.  Then we wait.\n\nAfter that, we vote. Done.")
    starts = [token.text for token in doc if token.is_sent_start]
    assert starts == ["We", "Then", "After", "Done"]
    assert not any(token.is_sent_start for token in doc if token.is_space)


def test_bracket_spans_ignore_unclosed_openers() -> None:
    assert bracket_spans("a “b” (c", 0, 8, ["“”", "()"]) == [(2, 4)]


def test_en_initials_and_place_abbreviations_keep_the_sentence() -> None:
    text = "Researchers at the T.H. Chan School in Palo Alto, Calif., and U.S. officials met Prof. Lee. They agreed."
    assert sentences(text, Lang.EN) == [
        "Researchers at the T.H. Chan School in Palo Alto, Calif., and U.S. officials met Prof. Lee.",
        "They agreed.",
    ]


def test_en_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    text = "The tax passed in Berkeley, Calif. The city then spent it. Sales fell in the U.S. But not here."
    assert sentences(text, Lang.EN) == [
        "The tax passed in Berkeley, Calif.",
        "The city then spent it.",
        "Sales fell in the U.S.",
        "But not here.",
    ]


def test_en_common_words_are_not_abbreviations() -> None:
    assert sentences("She was ill. Doctors came.", Lang.EN) == ["She was ill.", "Doctors came."]


def test_en_missing_space_after_a_full_stop_splits() -> None:
    text = "Solar is a new technology.Because it is cheap, it spreads. Version 3.5 is at example.com now.Dr.Lee said so."
    assert sentences(text, Lang.EN) == [
        "Solar is a new technology.",
        "Because it is cheap, it spreads.",
        "Version 3.5 is at example.com now.",
        "Dr.Lee said so.",
    ]


def test_zh_keeps_latin_initials_together() -> None:
    assert sentences("美国U.S.的数据很多。第二句。", Lang.ZH) == ["美国U.S.的数据很多。", "第二句。"]


def test_a_line_label_with_its_number_does_not_end_the_sentence() -> None:
    text = "Question 1. Do you support the plan?\nItem 3. The budget. It is fine.\nWe asked 1. Then we left."
    assert sentences(text, Lang.EN) == [
        "Question 1. Do you support the plan?",
        "Item 3. The budget.",
        "It is fine.",
        "We asked 1.",
        "Then we left.",
    ]


_PAIRS = ["“”", "()", "[]", "''"]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab. \"“”()[]'")), max_size=16), st.data())
def test_bracket_spans_depend_on_the_bracket_characters_alone(line: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    marks = [i for i in range(start, end) if line[i] in '"' + "".join(_PAIRS)]
    bare = "".join(line[i] for i in marks)  # the same brackets with every other character left out
    expected = [(marks[a], marks[b]) for a, b in bracket_spans(bare, 0, len(bare), _PAIRS)]
    assert bracket_spans(line, start, end, _PAIRS) == expected
