"""Layout: line kinds (headings, captions, boilerplate, notes, examples) and sections."""

from argkg.ingest.layout import analyse_layout
from argkg.ingest.spans import Block, BlockKind
from argkg.schema import Lang, SectionKind


def kinds(text: str, lang: Lang) -> dict[str, BlockKind]:
    blocks, _ = analyse_layout(text, lang)
    return {text[b.start : b.end]: b.kind for b in blocks}


ZH = """\
开场白第一句。第二句。
作者:某人
01.
讨论 1: 城市会禁止汽车吗?
正方:汽车排放太多。
示意图一
注:数据来自官方统计。
换句话说,空气质量很差。
Q:哪个城市最早禁车?
A:不知道。
02.
结论
我认为禁车是大势所趋。
"""


def test_zh_line_kinds() -> None:
    found = kinds(ZH, Lang.ZH)
    assert found["作者:某人"] is BlockKind.BOILERPLATE
    assert found["01."] is found["讨论 1: 城市会禁止汽车吗?"] is BlockKind.HEADING
    assert found["正方:汽车排放太多。"] is BlockKind.BODY
    assert found["示意图一"] is BlockKind.CAPTION
    assert found["注:数据来自官方统计。"] is found["换句话说,空气质量很差。"] is BlockKind.NOTE
    assert found["Q:哪个城市最早禁车?"] is found["A:不知道。"] is BlockKind.EXAMPLE
    assert found["结论"] is BlockKind.HEADING


def test_zh_sections_join_a_number_with_its_title() -> None:
    _, sections = analyse_layout(ZH, Lang.ZH)
    assert [(s.ordinal, s.kind, s.title) for s in sections] == [
        (0, SectionKind.INTRO, ""),
        (1, SectionKind.DEBATE, "讨论 1: 城市会禁止汽车吗?"),
        (2, SectionKind.CONCLUSION, "结论"),
    ]
    debate = sections[1]
    assert debate.question == "城市会禁止汽车吗?"
    assert ZH[debate.question_start : debate.question_end] == debate.question
    assert ZH[debate.body_start :].startswith("正方")
    assert sections[0].end <= ZH.index("作者")  # trailing boilerplate stays out of the intro


EN = """\
# Cars in cities

Intro paragraph that explains the topic in full sentences.

## Should cities ban cars?

Pro: They pollute.

Figure 2: Emissions by vehicle type

Subscribe to our newsletter for more.

## Appendix

Some extra material, written as prose.

Read more at www.example.org
Thanks for reading this far, dear reader, we hope it helped.
"""


def test_en_markdown_sections_and_kinds() -> None:
    blocks, sections = analyse_layout(EN, Lang.EN)
    assert blocks[0].kind is BlockKind.TITLE  # "# T" above "## A" titles the text
    assert [(s.kind, s.title, s.question) for s in sections] == [
        (SectionKind.INTRO, "", None),
        (SectionKind.DEBATE, "Should cities ban cars?", "Should cities ban cars?"),
        (SectionKind.APPENDIX, "Appendix", None),
    ]
    found = {EN[b.start : b.end]: b.kind for b in blocks}
    assert found["Figure 2: Emissions by vehicle type"] is BlockKind.CAPTION
    assert found["Subscribe to our newsletter for more."] is BlockKind.BOILERPLATE
    # the footer: everything after a late boilerplate line is boilerplate
    assert found["Thanks for reading this far, dear reader, we hope it helped."] is BlockKind.BOILERPLATE
    assert EN[sections[-1].start : sections[-1].end].endswith("prose.")


def test_text_without_headings_is_one_untitled_section() -> None:
    text = "A short title\nFirst sentence here. Second one.\nAnother paragraph."
    blocks, sections = analyse_layout(text, Lang.EN)
    assert blocks[0].kind is BlockKind.TITLE
    assert len(sections) == 1
    assert (sections[0].ordinal, sections[0].kind, sections[0].title) == (0, SectionKind.OTHER, "")
    assert text[sections[0].start : sections[0].end].startswith("First sentence")


def test_a_first_line_question_is_a_debate_heading() -> None:
    _, sections = analyse_layout("Will prices fall?\nPro: yes, they will.", Lang.EN)
    assert sections[0].kind is SectionKind.DEBATE
    assert sections[0].question == "Will prices fall?"


def test_a_short_line_after_a_heading_is_not_a_caption() -> None:
    blocks, _ = analyse_layout("Intro text here.\n## Topic\nShort subtitle\nBody text.", Lang.EN)
    assert all(b.kind is not BlockKind.CAPTION for b in blocks)


def test_empty_text_has_no_sections() -> None:
    assert analyse_layout("", Lang.ZH) == ([], [])


def test_blocks_cover_lines_exactly() -> None:
    blocks, _ = analyse_layout(ZH, Lang.ZH)
    assert [ZH[b.start : b.end] for b in blocks] == [line for line in ZH.split("\n") if line]
    assert all(isinstance(b, Block) for b in blocks)


def test_numbered_markdown_titles_lose_their_number() -> None:
    _, sections = analyse_layout("## 1. Introduction\nText.\n## 2. Will X work?\nPro: yes.", Lang.EN)
    assert [(s.kind, s.title, s.question) for s in sections] == [
        (SectionKind.INTRO, "Introduction", None),
        (SectionKind.DEBATE, "Will X work?", "Will X work?"),
    ]


def test_a_first_line_marker_or_note_is_no_title() -> None:
    for text, lang in (("Pro: yes\nCon: no", Lang.EN), ("(注:只有一个注释)\n正文。", Lang.ZH)):
        blocks, _ = analyse_layout(text, lang)
        assert blocks[0].kind is not BlockKind.TITLE


def test_a_first_heading_at_the_same_level_is_a_section() -> None:
    blocks, sections = analyse_layout("# Intro\nText.\n# Will X work?\nPro: yes.", Lang.EN)
    assert blocks[0].kind is BlockKind.HEADING
    assert [s.title for s in sections] == ["Intro", "Will X work?"]


def test_a_run_of_questions_and_answers_with_one_long_answer_is_an_interview() -> None:
    text = (
        "We asked a manager about her trial.\n\nQ: What did you find?\n\nA: "
        + "Revenue stayed flat while staff turnover fell a great deal. " * 3
        + "\n\nQ: What next?\n\nA: Try it for three months."
    )
    blocks, _ = analyse_layout(text, Lang.EN)
    assert [b.kind for b in blocks][1:] == [BlockKind.BODY] * 4


def test_a_title_opening_with_a_kind_word_names_no_kind() -> None:
    text = "Intro line.\n\n## Closing the branch library is a mistake\n\nIt serves children.\n\n## Closing remarks\n\nKeep it."
    _, sections = analyse_layout(text, Lang.EN)
    assert [s.kind for s in sections][-2:] == [SectionKind.OTHER, SectionKind.CONCLUSION]


def test_a_labelled_question_that_opens_a_thread_is_its_title_question() -> None:
    text = "问:年轻人应该贷款买房吗?\n\n题主今年26岁。\n\n答(用户甲):\n应该买。"
    blocks, sections = analyse_layout(text, Lang.ZH)
    assert blocks[0].kind is BlockKind.HEADING and sections[0].question == "问:年轻人应该贷款买房吗?"


def test_a_memos_header_lines_are_boilerplate() -> None:
    text = (
        "# Memo: Parking\n\nTo: Transport Committee\nFrom: Policy Unit\n\n## Background\n\nParking is scarce."
    )
    blocks, _ = analyse_layout(text, Lang.EN)
    found = {text[b.start : b.end]: b.kind for b in blocks}
    assert found["To: Transport Committee"] is BlockKind.BOILERPLATE
    assert found["Parking is scarce."] is BlockKind.BODY


def test_a_short_line_under_the_texts_title_is_a_caption() -> None:
    """A byline or header field right under the title ("主讲:某老师", "Notes from the spring
    meeting") is no body line; a question or a sentence there still is."""
    cases = [
        (
            "社区停车怎么管\n主讲:某老师\n\n停车位越来越少。我们要想办法。",
            Lang.ZH,
            "主讲:某老师",
            BlockKind.CAPTION,
        ),
        (
            "Parking on Elm Road\nNotes from the spring meeting\n\nSpaces are scarce.",
            Lang.EN,
            "Notes from the spring meeting",
            BlockKind.CAPTION,
        ),
        (
            "Parking on Elm Road\nShould the road charge for parking?\n\nSpaces are scarce.",
            Lang.EN,
            "Should the road charge for parking?",
            BlockKind.BODY,
        ),
        (
            "Parking on Elm Road\nSpaces are scarce.\n\nA charge would free some.",
            Lang.EN,
            "Spaces are scarce.",
            BlockKind.BODY,
        ),
    ]
    for text, lang, line, kind in cases:
        assert kinds(text, lang)[line] is kind, (line, kinds(text, lang))


def test_a_late_message_header_opens_the_next_message_of_a_thread_not_a_footer() -> None:
    text = (
        "From: Ines Duarte <ines@example.org>\n"
        "Subject: Close the reading room on Sundays?\n\n"
        "Sunday visits fell to about 30 a day, so I propose we close the room that day.\n\n"
        "Ines\n\n"
        "From: Paul Okafor <paul@example.org>\n"
        "Subject: Re: Close the reading room on Sundays?\n\n"
        "Students use it before exams, and four of the six study groups meet there on Sundays.\n\n"
        "Paul\n\n"
        "From: Mei Lin <mei@example.org>\n"
        "Subject: Re: Close the reading room on Sundays?\n\n"
        "Then open it on Sundays in exam weeks only.\n\n"
        "Mei\n"
    )
    found = kinds(text, Lang.EN)
    assert found["From: Mei Lin <mei@example.org>"] is BlockKind.BOILERPLATE
    assert found["Then open it on Sundays in exam weeks only."] is BlockKind.BODY
