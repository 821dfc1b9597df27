"""Issues (the questions a text debates) and positions (the blocks that argue one side).

An issue is raised by a section heading that asks a question; inside an appendix or an
untitled text, also by a short line that is a question on its own, and in a section without a
question heading by a question sentence that a stance marker follows directly. An issue runs
from its question to the next issue or the end of its section. Issues of appendix sections are
side questions: the author's conclusions do not rest on them (``debated`` is False).

A position starts at a sentence that opens with a stance marker (`argkg.ingest.stance`) and
runs until the next marker, the next issue or the end of the section. An issue, or an untitled
text, without any marker gets one unmarked position covering its argumentative sentences;
the claims component then takes the stance of each sentence from the dialectic component.

A position's stance is the document's side (`argkg.ingest.stance`: the marker's words decide
pro or con), not its answer to the issue's question: see `argkg.ingest.builder` on polarity.
"""

from spacy.language import Language
from spacy.tokens import Doc

from argkg.ingest.docview import doc_text
from argkg.ingest.layout import layout_data
from argkg.ingest.questions import affirmative
from argkg.ingest.spans import (
    Block,
    BlockKind,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    ensure_extension,
    lang_of,
)
from argkg.ingest.stance import match_marker
from argkg.schema.vocabulary import Lang, SectionKind, Stance

__all__ = ["find_issues", "find_positions", "argumentative", "PositionComponent"]

#: Blocks whose sentences argue (headings, captions, boilerplate and examples do not).
_ARGUING = (BlockKind.BODY, BlockKind.NOTE)


def argumentative(sentences: list[SentenceSpan], blocks: list[Block], text: str) -> list[SentenceSpan]:
    """The sentences of body and note lines that contain a letter or an ideograph."""
    return [
        s
        for s in sentences
        if blocks[s.block].kind in _ARGUING and any(ch.isalpha() for ch in text[s.start : s.end])
    ]


def find_issues(
    text: str, blocks: list[Block], sections: list[SectionSpan], sentences: list[SentenceSpan], lang: Lang
) -> list[Issue]:
    """Find the debated questions of a text.

    Args:
        text: the normalised text.
        blocks: its lines.
        sections: its sections.
        sentences: its sentences.
        lang: its language.

    Returns:
        The issues in text order.
    """
    issues: list[Issue] = []
    arguing = argumentative(sentences, blocks, text)
    for k, section in enumerate(sections):
        debated = section.kind is not SectionKind.APPENDIX
        questions: list[tuple[int, int, int]] = []
        if section.question_start is not None and section.question_end is not None:
            questions.append((section.question_start, section.question_end, section.body_start))
        elif section.kind is not SectionKind.CONCLUSION:
            inside = [s for s in arguing if section.start <= s.start < section.end]
            questions += [
                (s.start, s.end, s.start) for s in _question_sentences(text, inside, blocks, section, lang)
            ]
        for i, (q_start, q_end, start) in enumerate(questions):
            end = questions[i + 1][0] if i + 1 < len(questions) else section.end
            question = text[q_start:q_end]
            issues.append(
                Issue(
                    start=start,
                    end=end,
                    section=k,
                    question=question,
                    proposition=affirmative(question, lang),
                    question_start=q_start,
                    question_end=q_end,
                    debated=debated,
                )
            )
    return issues


def _question_sentences(
    text: str, inside: list[SentenceSpan], blocks: list[Block], section: SectionSpan, lang: Lang
) -> list[SentenceSpan]:
    max_chars = layout_data(lang).headings.max_chars
    standalone_allowed = section.kind in (SectionKind.APPENDIX, SectionKind.OTHER)
    found = []
    for i, sentence in enumerate(inside):
        words = text[sentence.start : sentence.end]
        if not words.endswith("?"):
            continue
        block = blocks[sentence.block]
        standalone = (block.start, block.end) == (sentence.start, sentence.end) and len(words) <= max_chars
        nxt = inside[i + 1] if i + 1 < len(inside) else None
        before_marker = nxt is not None and match_marker(text[nxt.start : nxt.end], lang) is not None
        if (standalone and standalone_allowed) or before_marker:
            found.append(sentence)
    return found


def find_positions(
    text: str,
    blocks: list[Block],
    sections: list[SectionSpan],
    sentences: list[SentenceSpan],
    issues: list[Issue],
    lang: Lang,
) -> list[Position]:
    """Find the positions of a text: marked blocks, and unmarked ones for marker-less issues.

    Args:
        text: the normalised text.
        blocks: its lines.
        sections: its sections.
        sentences: its sentences.
        issues: its issues (`find_issues`).
        lang: its language.

    Returns:
        The positions in text order, numbered per section.
    """
    questions = {(i.question_start, i.question_end) for i in issues}
    arguing = [s for s in argumentative(sentences, blocks, text) if (s.start, s.end) not in questions]
    found: list[Position] = []
    for k, section in enumerate(sections):
        inside = [s for s in arguing if section.start <= s.start < section.end]
        marked = _marked(text, inside, issues, k, lang)
        found += marked
        for index in _unmarked_regions(k, section, issues, marked):
            region = [s for s in inside if _region(issues, index, section).contains(s)]
            if region:
                found.append(
                    Position(
                        start=region[0].start,
                        end=region[-1].end,
                        section=k,
                        issue=index,
                        stance=Stance.PRO,
                        ordinal=0,
                        marked=False,
                    )
                )
    counts = dict.fromkeys(range(len(sections)), 0)
    numbered = []
    for position in sorted(found, key=lambda p: p.start):
        numbered.append(position.model_copy(update={"ordinal": counts[position.section]}))
        counts[position.section] += 1
    return numbered


def _marked(text: str, inside: list[SentenceSpan], issues: list[Issue], k: int, lang: Lang) -> list[Position]:
    """The marked positions of section ``k`` (numbered later)."""
    found: list[Position] = []
    current: list[SentenceSpan] = []
    head: Position | None = None
    for sentence in inside:
        issue = _issue_at(issues, sentence.start)
        marker = match_marker(text[sentence.start : sentence.end], lang)
        if head is not None and (marker is not None or issue != head.issue):
            found.append(head.model_copy(update={"end": current[-1].end}))
            head = None
        if marker is not None:
            head = Position(
                start=sentence.start,
                end=sentence.end,
                section=k,
                issue=issue,
                stance=marker.stance,
                ordinal=0,
                marker_start=sentence.start + marker.start,
                marker_end=sentence.start + marker.end,
            )
            current = []
        current.append(sentence)
    if head is not None:
        found.append(head.model_copy(update={"end": current[-1].end}))
    return found


def _unmarked_regions(
    k: int, section: SectionSpan, issues: list[Issue], marked: list[Position]
) -> list[int | None]:
    """Issues of section ``k`` (or the untitled text, None) that need an unmarked position."""
    argued = {position.issue for position in marked}
    own = [i for i, issue in enumerate(issues) if issue.section == k]
    regions: list[int | None] = [i for i in own if i not in argued]
    untitled = section.kind is SectionKind.OTHER and not section.title
    if untitled and not own and not marked:
        regions.append(None)
    return regions


def _region(issues: list[Issue], index: int | None, section: SectionSpan) -> Issue | SectionSpan:
    return section if index is None else issues[index]


def _issue_at(issues: list[Issue], offset: int) -> int | None:
    return next((i for i, issue in enumerate(issues) if issue.start <= offset < issue.end), None)


class PositionComponent:
    """spaCy component: writes ``doc._.argkg_issues`` and ``doc._.argkg_positions``."""

    def __init__(self, lang: Lang) -> None:
        """Prepare the component for texts in ``lang``."""
        self.lang = lang
        ensure_extension("argkg_issues")
        ensure_extension("argkg_positions")

    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's issues and positions (needs layout and sentences)."""
        blocks, sections, sentences = doc._.argkg_blocks, doc._.argkg_sections, doc._.argkg_sentences
        issues = find_issues(doc_text(doc), blocks, sections, sentences, self.lang)
        doc._.argkg_issues = issues
        doc._.argkg_positions = find_positions(doc_text(doc), blocks, sections, sentences, issues, self.lang)
        return doc


@Language.factory(
    "argkg_positions",
    assigns=["doc._.argkg_issues", "doc._.argkg_positions"],
    requires=["doc._.argkg_blocks", "doc._.argkg_sections", "doc._.argkg_sentences"],
)
def make_positions(nlp: Language, name: str) -> PositionComponent:
    """Create the issue and position component for the pipeline's language."""
    return PositionComponent(lang_of(nlp))
