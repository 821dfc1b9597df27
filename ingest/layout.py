"""Layout: what each line of a text is, and the heading-delimited sections.

Every non-empty line becomes one `Block`: a heading, the document's title line, body text, a
note (author's or translator's), a figure caption, publisher boilerplate, or a quoted example.
The rules and patterns come from ``ingest/data/<lang>/layout.yaml``:

- headings: Markdown ``#`` and wiki ``== X ==``, numbered lines ("2. Title", "三、结论"),
  labelled questions ("讨论 1: ...?", "Debate 2: ..."), kind words alone ("结论", "Appendix"),
  lines of a heading's form (``plain``: English lines in capitals); a number alone
  ("01.") joins the short line after it into one heading. A short first line is the title, or a
  heading when it asks a question; a first-line heading above the others ("# T" over "## A")
  is the title too.
- boilerplate: lines matching a publisher pattern or a header's or signature's field
  ("来信人:X", "- Status: X", "Signed: X, Chair"); after the last heading, the first
  boilerplate line in the second half of the text starts the footer, all boilerplate, unless
  it is a message's header line (``headers``: From:, Subject:), which opens the next message of
  an e-mail thread.
- notes: lines opening with a note marker, and paragraphs right after a note that open with a
  continuation cue ("换句话说").
- captions: short lines without sentence-final punctuation that follow a paragraph, are not
  headings, questions, list items or stance markers (a header's fields count as a paragraph
  here); and lines opening like "图 1:". A conversation's messages are none
  (`argkg.ingest.turns.message_lines`): in a chat whose lines open with a speaker's label
  ("[10:02] Anna: we should go") or whose messages stand under a header line ("阿杰 20:01"),
  a message without a full stop is said, and is body text; nor is its first message the title
  (unless it asks the question the text answers).

Sections run from one heading to the next; text before the first heading is the intro
(ordinal 0), or, in a text without headings, one section of kind ``other``. A section's kind
comes from its title: a labelled or question title is a debate, kind words that open it (or,
``kind_endings``, close it: "评审结论") give conclusion, appendix or intro, anything else is other.
"""

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.component import Component, component
from argkg.ingest.lexicon import load_data
from argkg.ingest.memo import per_document
from argkg.ingest.parts import Parts, filled
from argkg.ingest.spans import Block, BlockKind, SectionSpan
from argkg.ingest.stance import match_marker
from argkg.ingest.turns import message_header, message_lines
from argkg.schema.vocabulary import Lang, SectionKind

__all__ = ["LayoutData", "layout_data", "analyse_layout", "ends_prose", "message_starts", "LayoutComponent"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Headings(_Frozen):
    number_only: str
    numbered: str
    labelled: str
    markdown: str
    plain: str | None = None
    max_chars: int = Field(gt=0)
    kinds: dict[SectionKind, list[str]]
    kind_endings: dict[SectionKind, list[str]] = {}
    kind_tail_words: int = Field(ge=0)
    kind_tail_chars: int | None = Field(default=None, ge=0)  # the same, for a tail written without spaces
    summaries: str = r"(?!)"


class _Captions(_Frozen):
    max_chars: int = Field(gt=0)
    prefix: str


class _Boilerplate(_Frozen):
    patterns: list[str]
    footer_min_share: float = Field(ge=0.0, le=1.0)
    headers: list[str] = []  # a message's header lines: boilerplate that opens no footer


class _Notes(_Frozen):
    line: str
    inline: str
    continuation: list[str]


class _Wrap(_Frozen):
    """When a line break only wraps a paragraph (`argkg.ingest.wrap`)."""

    quote: str  # a quoted line's marker ("> ", "> > ")
    table: str  # a table's row
    open_end: str  # how a line ends when its sentence must go on (a comma, a hyphen, "the")
    own_lines: list[str]  # lines that are blocks of their own (a byline, hashtags)
    lowercase: bool  # whether a next line in lower case continues the sentence
    min_chars: int = Field(gt=0)  # the shortest line those cues join (not "Dear all,")
    min_width: int = Field(gt=0)  # the narrowest wrap width, in display columns (not a poem's lines)
    max_width: int = Field(gt=0)  # the widest wrap width, in display columns
    ragged: float = Field(gt=0.0, lt=1.0)  # how far short of the width a wrapped line may end
    slack: int = Field(ge=0)  # columns a full line may fall short of the width
    min_lines: int = Field(gt=0)  # lines that must end near the width
    share: float = Field(gt=0.0, le=1.0)  # ...and their share of the lines inside paragraphs
    over: float = Field(ge=0.0, lt=1.0)  # the share of all lines that may be wider


class LayoutData(_Frozen):
    """The contents of ``layout.yaml`` (see the file's comments)."""

    headings: _Headings
    sentence_final: str
    closers: str
    pairs: list[str]
    bullet: str
    captions: _Captions
    boilerplate: _Boilerplate
    notes: _Notes
    example: str
    example_max_chars: int
    wrap: _Wrap


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Heading:
    first: int
    last: int


def layout_data(lang: Lang) -> LayoutData:
    """Return the validated layout data of ``lang``."""
    return load_data("layout", LayoutData, lang.value)


def analyse_layout(text: str, lang: Lang) -> tuple[list[Block], list[SectionSpan]]:
    """Classify the lines of ``text`` and cut it into sections.

    Args:
        text: the normalised text.
        lang: its language.

    Returns:
        One block per non-empty line, and the sections in order.
    """
    lines = _lines(text)
    data = layout_data(lang)
    kinds: list[BlockKind | None] = [None] * len(lines)
    # a conversation's messages are said, not titles or captions, with or without a full stop
    starts = message_starts(text, lang)
    messages = {i for i, ln in enumerate(lines) if ln.start in starts}
    titled = 0 not in messages or lines[0].text.endswith("?")  # a question asked first heads the text
    headings = _find_headings(lines, data, lang, kinds, titled=titled)
    _mark_boilerplate(lines, data, kinds, after=headings[-1].last if headings else -1, size=len(text))
    _mark_notes_and_examples(lines, data, kinds)
    _mark_captions(lines, data, lang, kinds, messages)
    blocks = [
        Block(start=ln.start, end=ln.end, kind=kind or BlockKind.BODY)
        for ln, kind in zip(lines, kinds, strict=True)
    ]
    return blocks, _sections(lines, kinds, headings, data)


@per_document
def message_starts(text: str, lang: Lang) -> frozenset[int]:
    """Where each of the text's conversation messages starts (`argkg.ingest.turns.message_lines`):
    the layout reads them as body text, the proposition's reader hears an unmarked question in
    them (`argkg.ingest.proposition.match_proposition`)."""
    lines = _lines(text)
    found = message_lines([ln.text for ln in lines], _paragraphs(lines, text), lang)
    return frozenset(lines[i].start for i in found)


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def ends_prose(line: str, data: LayoutData) -> bool:
    """Whether the line ends in sentence-final punctuation (closing quotes aside)."""
    core = line.rstrip(data.closers + " *_")
    return bool(core) and core[-1] in data.sentence_final


def _is_short_title(line: str, data: LayoutData) -> bool:
    return len(line) <= data.headings.max_chars and (line.endswith("?") or not ends_prose(line, data))


def _find_headings(
    lines: list[_Line], data: LayoutData, lang: Lang, kinds: list[BlockKind | None], *, titled: bool
) -> list[_Heading]:
    """The headings of the text, in order, marking them (and the title line, when ``titled``: the
    first line may be the title, not a chat's first message) in ``kinds``."""
    title = titled and _is_title_line(lines[0].text, data, lang) if lines else False
    if title and _heading_extent(lines, 0, data, lang) is None:
        kinds[0] = BlockKind.HEADING if lines[0].text.endswith("?") else BlockKind.TITLE
    headings: list[_Heading] = [_Heading(0, 0)] if kinds[:1] == [BlockKind.HEADING] else []
    i = len(headings)
    while i < len(lines):
        last = _heading_extent(lines, i, data, lang)
        if last is None:
            i += 1
            continue
        kinds[i : last + 1] = [BlockKind.HEADING] * (last + 1 - i)
        headings.append(_Heading(i, last))
        i = last + 1
    if _heads_the_document(lines, headings, data):
        kinds[0] = BlockKind.TITLE
        return headings[1:]
    return headings


def _heads_the_document(lines: list[_Line], headings: list[_Heading], data: LayoutData) -> bool:
    """Whether a first-line heading titles the whole text rather than its first section.

    It does when more headings follow, it is not numbered or labelled, and it is a plain line
    or a Markdown heading of a higher level than every later Markdown heading ("# T", "## A").
    """
    if len(headings) < 2 or (headings[0].first, headings[0].last) != (0, 0):
        return False
    first = lines[0].text
    rules = data.headings
    if any(_compiled(p).match(first) for p in (rules.number_only, rules.numbered, rules.labelled)):
        return False
    level = _markdown_level(first, data)
    later = [_markdown_level(lines[h.first].text, data) for h in headings[1:]]
    return level == 0 or all(other == 0 or other > level for other in later)


def _markdown_level(text: str, data: LayoutData) -> int:
    return len(text) - len(text.lstrip("#")) if _compiled(data.headings.markdown).match(text) else 0


def _is_title_line(text: str, data: LayoutData, lang: Lang) -> bool:
    """Whether a first line is the document's title: short, no marker, note or boilerplate.

    A question labelled like a quiz line ("问:X吗?", "Q: Should X?") that opens the text is
    its title question (a Q&A thread's), not a quiz line.
    """
    asked = text.endswith("?") and _compiled(data.example).match(text) is not None
    example = () if asked else (data.example,)
    other = (data.notes.line, data.notes.inline, *example, *data.boilerplate.patterns)
    return (
        _is_short_title(text, data)
        and match_marker(text, lang) is None
        and not any(_compiled(pattern).search(text) for pattern in other)
    )


def _heading_extent(lines: list[_Line], i: int, data: LayoutData, lang: Lang) -> int | None:
    """Return the index of the last line of the heading starting at line ``i``, or None."""
    text = lines[i].text
    if _compiled(data.headings.number_only).match(text):
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        joins = bool(nxt) and _is_short_title(nxt, data) and match_marker(nxt, lang) is None
        return i + 1 if joins else i
    if _compiled(data.headings.markdown).match(text) or _is_heading_line(text, data, lang):
        return i
    return None


def _is_heading_line(text: str, data: LayoutData, lang: Lang) -> bool:
    rules = data.headings
    if not _is_short_title(text, data) or match_marker(text, lang) is not None:
        return False
    if _compiled(rules.labelled).match(text) or _compiled(rules.numbered).match(text):
        return True
    if rules.plain is not None and _compiled(rules.plain).match(text):
        return True  # a heading by its form alone ("ARGUMENT AGAINST THE PLAN")
    return _kind_of(text.rstrip(":"), data) is not None and not text.endswith("?")


#: A bracketed date or note that closes a title ("(2 May 2026)", "（3月5日）").
_BRACKETED_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _kind_of(title: str, data: LayoutData) -> SectionKind | None:
    """The kind a title's opening word names ("Conclusions", "Background and context", "结论"),
    else the kind its closing word names (``kind_endings``: "评审结论", "调解意见"), before a bracketed
    date or note ("Board resolution (2 May)").

    The word must end at a word boundary and be followed by punctuation or at most
    ``kind_tail_words`` more words (`_short_tail`): "Closing remarks" names a conclusion, "Closing the branch
    library is a mistake" does not.
    """
    folded = title.casefold()
    for kind, words in data.headings.kinds.items():
        for word in (w.casefold() for w in words):
            if not folded.startswith(word):
                continue
            tail = folded[len(word) :]
            if tail[:1].isascii() and tail[:1].isalnum() and word[-1:].isascii():
                continue
            if tail[:1] in (":", "：", "-", "–", "—") or _short_tail(tail, data):
                return kind
    # the closing word before a bracketed date or note ("Board resolution (2 May 2026)")
    core = _BRACKETED_TAIL.sub("", folded).rstrip(" :：")
    for kind, words in data.headings.kind_endings.items():
        if any(core.endswith(word.casefold()) for word in words):
            return kind
    return None


def _short_tail(tail: str, data: LayoutData) -> bool:
    """Whether the words after a title's kind word are few enough for a title: at most
    ``kind_tail_words`` space-separated words, and, in a language written without spaces, at most
    ``kind_tail_chars`` characters ("总结陈词" is a title, "建议您按以下步骤处理:" a sentence that
    announces steps)."""
    rules = data.headings
    words = tail.split()
    if rules.kind_tail_chars is not None and len(words) <= 1:
        return len(tail.strip(" :：")) <= rules.kind_tail_chars
    return len(words) <= rules.kind_tail_words


def _mark_boilerplate(
    lines: list[_Line], data: LayoutData, kinds: list[BlockKind | None], *, after: int, size: int
) -> None:
    patterns = [_compiled(p) for p in data.boilerplate.patterns]
    headers = [_compiled(p) for p in data.boilerplate.headers]
    in_footer = False
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        if in_footer or any(p.search(line.text) for p in patterns):
            kinds[i] = BlockKind.BOILERPLATE
            header = any(p.search(line.text) for p in headers)  # the next message of a thread
            late = i > after and line.start >= data.boilerplate.footer_min_share * size
            opens = late and not header and not _prose_after(lines, data, kinds, i, patterns)
            in_footer = in_footer or opens


def _prose_after(
    lines: list[_Line],
    data: LayoutData,
    kinds: list[BlockKind | None],
    i: int,
    patterns: list[re.Pattern[str]],
) -> bool:
    """Whether a paragraph of prose (two sentences or more, no boilerplate) follows line ``i``: then
    the signature or header field there ("Signed: X", "From: X") closes one part of the text (a
    letter a reply answers, a message of a thread), it does not open the publisher's footer."""
    return any(
        kinds[j] is None
        and _sentences_inside(line.text, data)
        and not any(p.search(line.text) for p in patterns)
        for j, line in enumerate(lines[i + 1 :], start=i + 1)
    )


def _mark_notes_and_examples(lines: list[_Line], data: LayoutData, kinds: list[BlockKind | None]) -> None:
    note = _compiled(data.notes.line)
    example = _compiled(data.example)
    for i, line in enumerate(lines):
        if kinds[i] is not None:
            continue
        continues = (
            i > 0 and kinds[i - 1] is BlockKind.NOTE and line.text.startswith(tuple(data.notes.continuation))
        )
        if note.match(line.text) or continues:
            kinds[i] = BlockKind.NOTE
        elif example.match(line.text):
            kinds[i] = BlockKind.EXAMPLE
    # A long answer, or one of several sentences, is an interview's, not a quiz's: it and every
    # question and answer of its run of consecutive Q/A lines are prose.
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and kinds[i] is BlockKind.EXAMPLE:
            run.append(i)
            continue
        if any(
            len(lines[j].text) > data.example_max_chars or _sentences_inside(lines[j].text, data) for j in run
        ):
            for j in run:
                kinds[j] = None
        run = []


def _sentences_inside(text: str, data: LayoutData) -> bool:
    """Whether a sentence ends inside ``text`` and another follows it."""
    core = text.rstrip()
    return any(ch in data.sentence_final and core[i + 1 :].strip() for i, ch in enumerate(core[:-1]))


#: What a text's first line may be when the short line under it is a caption too: a byline,
#: a dateline or a field of the header ("UP主:X", "Prepared for X by Y", "Letter to Shareholders").
_HEADS = (BlockKind.TITLE, BlockKind.HEADING)
#: Lines of text a caption may follow.
_TEXT_KINDS = (BlockKind.BODY, BlockKind.NOTE, BlockKind.CAPTION, BlockKind.EXAMPLE)


def _paragraphs(lines: list[_Line], text: str) -> list[bool]:
    """Per line, whether a blank line comes before it (the first line: True)."""
    return [i == 0 or text.count("\n", lines[i - 1].end, line.start) > 1 for i, line in enumerate(lines)]


def _mark_captions(
    lines: list[_Line], data: LayoutData, lang: Lang, kinds: list[BlockKind | None], messages: set[int]
) -> None:
    prefix = _compiled(data.captions.prefix)
    bullet = _compiled(data.bullet)
    # what a caption may follow: text, or a header's field lines (a label under "申请人:X")
    after_text = (*_TEXT_KINDS, BlockKind.BOILERPLATE, None)
    for i, line in enumerate(lines):
        if kinds[i] is not None or i in messages:
            continue
        text = line.text
        short = (
            len(text) <= data.captions.max_chars
            and not ends_prose(text, data)
            and not text.endswith((":", "?"))
            and i > 0
            # (a message's header line, "Speaker 1  00:00:04", is one under a heading too)
            and (kinds[i - 1] in after_text or (i == 1 and kinds[0] in _HEADS) or message_header(text, lang))
            and not bullet.match(text)
            and match_marker(text, lang) is None
        )
        if short or prefix.match(text):
            kinds[i] = BlockKind.CAPTION


def _sections(
    lines: list[_Line], kinds: list[BlockKind | None], headings: list[_Heading], data: LayoutData
) -> list[SectionSpan]:
    content = [i for i, kind in enumerate(kinds) if kind is not BlockKind.TITLE]
    if not content:
        return []
    first_heading = headings[0].first if headings else len(lines)
    intro = [i for i in content if i < first_heading]
    while intro and kinds[intro[-1]] is BlockKind.BOILERPLATE:
        intro.pop()
    sections = []
    if intro:
        kind = SectionKind.INTRO if headings else SectionKind.OTHER
        start, end = lines[intro[0]].start, lines[intro[-1]].end
        sections.append(SectionSpan(start=start, end=end, ordinal=0, title="", kind=kind, body_start=start))
    for k, heading in enumerate(headings):
        stop = headings[k + 1].first if k + 1 < len(headings) else len(lines)
        while stop - 1 > heading.last and kinds[stop - 1] is BlockKind.BOILERPLATE:
            stop -= 1
        title_line = lines[heading.last]
        body_start = lines[heading.last + 1].start if heading.last + 1 < stop else title_line.end
        section = _titled_section(title_line, data, ordinal=k + 1)
        alone = len(headings) == 1 and not any(kinds[i] is None for i in intro)
        if section.kind is SectionKind.CONCLUSION and alone and not _names_kind_only(section.title, data):
            # a lone heading over all the text's prose that says more than "Conclusion" titles the
            # text ("《X》书稿评审意见", "Summary of reasons"): the review or the reasons it heads
            # weigh both sides before they conclude
            section = section.model_copy(update={"kind": SectionKind.OTHER})
        sections.append(
            section.model_copy(
                update={
                    "start": lines[heading.first].start,
                    "end": lines[stop - 1].end,
                    "body_start": body_start,
                }
            )
        )
    return sections


def _names_kind_only(title: str, data: LayoutData) -> bool:
    """Whether the title is one of the words that name its kind and nothing more ("Conclusion",
    "结论:")."""
    core = title.strip(" :：*_#").casefold()
    return any(core == word.casefold() for words in data.headings.kinds.values() for word in words)


def _titled_section(line: _Line, data: LayoutData, *, ordinal: int) -> SectionSpan:
    """Build a section (span to be filled in) from its title line: kind and question."""
    title, offset = line.text, 0
    for pattern in (data.headings.markdown, data.headings.numbered):
        found = _compiled(pattern).match(title)
        if found:
            title, offset = found.group("title"), offset + found.start("title")
    labelled = _compiled(data.headings.labelled).match(title)
    kind = _kind_of(title, data) or SectionKind.OTHER
    if kind is SectionKind.CONCLUSION and _compiled(data.headings.summaries).match(title):
        kind = SectionKind.OTHER  # "Summary of the submission" sums up another's text, not the author's view
    question_at: int | None = None
    if labelled:
        kind, question_at = SectionKind.DEBATE, labelled.start("question")
    elif title.endswith("?"):
        kind, question_at = SectionKind.DEBATE, 0
    fields: dict[str, object] = {}
    if question_at is not None:
        question = title[question_at:].strip()
        start = line.start + offset + question_at
        fields = {"question": question, "question_start": start, "question_end": start + len(question)}
    return SectionSpan(
        start=line.start, end=line.end, ordinal=ordinal, title=title, kind=kind, body_start=line.end, **fields
    )


@component("argkg_layout")
class LayoutComponent(Component):
    """spaCy component: the text's lines and sections (``blocks``, ``sections``)."""

    assigns = ("blocks", "sections")

    def find(self, parts: Parts) -> Parts:
        """Classify the text's lines and find its sections."""
        blocks, sections = analyse_layout(parts.text, parts.lang)
        return filled(parts, blocks=blocks, sections=sections)
