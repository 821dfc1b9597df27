"""Claims: one per argumentative sentence, with its stance, role and the note it may be.

Every sentence of a body or note line is a claim unless it is a conclusion, the question of an
issue, or a stance marker with nothing after it; headings, captions, boilerplate and quoted
examples never are. A claim inside a position takes the position's stance; its role is
``main`` for the position's main claim (the marker's own sentence when it has text after the
marker, else the block's first sentence), ``note`` for notes and ``premise`` otherwise.
Outside positions a claim is ``background`` (or ``note``) and neutral: the intro, an issue's
preamble, an appendix without a question.

In an unmarked position (an issue or untitled text without stance markers), the dialectic
component's sentence roles decide when present (``doc._.argkg_dialectic``): the sentence with
the highest central-claim score is the main claim, sentences voicing the opponent are con, and
a clause a sentence concedes to the other side ("诚然 X, 但 Y", "Of course X, but Y") is a
claim of its own with the other stance; without them, the first sentence is the main claim and
every claim is pro.

A note (a note line, a paragraph continuing one, or a parenthetical "(注:...)") annotates the
claim just before it in its section. A caveat (`argkg.ingest.conclusions.find_caveats`) is a
note too; it qualifies the conclusions it hedges, or, when there are none, annotates the claim
before it. Framing and reported sentences of a conclusion section, which are no conclusions,
are background claims like any sentence outside a position.
"""

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from argkg.ingest.dialectic import SentenceRole
from argkg.ingest.docview import doc_text
from argkg.ingest.positions import argumentative
from argkg.ingest.spans import (
    Block,
    BlockKind,
    Caveat,
    ClaimSpan,
    ConclusionSpan,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    Span,
    ensure_extension,
    lang_of,
)
from argkg.ingest.stance import match_marker
from argkg.schema.vocabulary import Lang, Role, Stance

__all__ = ["find_claims", "ClaimComponent"]

#: Trimmed from both ends of a part of a sentence.
_CLAUSE_EDGES = " ,;:、"


def find_claims(
    text: str,
    blocks: list[Block],
    sections: list[SectionSpan],
    sentences: list[SentenceSpan],
    issues: list[Issue],
    positions: list[Position],
    conclusions: list[ConclusionSpan],
    lang: Lang,
    roles: Sequence[SentenceRole] = (),
    caveats: Sequence[Caveat] = (),
) -> list[ClaimSpan]:
    """Find the claims of a text (see the module docstring).

    Args:
        text: the normalised text.
        blocks: its lines.
        sections: its sections.
        sentences: its sentences.
        issues: its issues.
        positions: its positions.
        conclusions: its conclusions (their sentences are not claims).
        lang: its language.
        roles: the dialectic component's sentence roles (none: every unmarked position keeps
            its own stance).
        caveats: the statements that hedge conclusions (`argkg.ingest.conclusions.find_caveats`).

    Returns:
        The claims in text order.
    """
    questions = {(i.question_start, i.question_end) for i in issues}
    claims: list[ClaimSpan] = []
    for sentence in argumentative(sentences, blocks, text):
        k = next((i for i, s in enumerate(sections) if s.start <= sentence.start < s.end), None)
        if (
            k is None
            or (sentence.start, sentence.end) in questions
            or any(c.overlaps(sentence) for c in conclusions)
        ):
            continue
        marker = match_marker(text[sentence.start : sentence.end], lang)
        if marker is not None and not marker.has_text:
            continue
        caveat = next((c for c in caveats if c.start == sentence.start), None)
        note = blocks[sentence.block].kind is BlockKind.NOTE or sentence.inline_note or caveat is not None
        p = next((i for i, pos in enumerate(positions) if pos.contains(sentence)), None)
        dialectic = _role_of(roles, sentence) if p is not None and not positions[p].marked else None
        if p is not None and dialectic is not None:
            made = _dialectic_claims(text, sentence, k, p, dialectic, note)
        else:
            stance, role = Stance.NEUTRAL, Role.NOTE if note else Role.BACKGROUND
            if p is not None:
                stance, role = positions[p].stance, Role.NOTE if note else Role.PREMISE
            made = [
                ClaimSpan(
                    start=sentence.start, end=sentence.end, section=k, stance=stance, role=role, position=p
                )
            ]
        if caveat is not None:
            made = [c.model_copy(update={"qualifies": caveat.conclusions}) for c in made]
        claims += made
    claims = _with_mains(claims, positions, roles)
    return _with_annotations(claims)


def _dialectic_claims(
    text: str, sentence: SentenceSpan, k: int, p: int, role: SentenceRole, note: bool
) -> list[ClaimSpan]:
    """Claims of a sentence in an unmarked position, sided by its dialectical role.

    A clause the sentence concedes ("Of course X, but Y") is a claim of the other side; the
    sentence's claim is then its longest remaining part.
    """
    stance = Stance.CON if role.opponent else Stance.PRO
    kind = Role.NOTE if note else Role.PREMISE
    whole = ClaimSpan(start=sentence.start, end=sentence.end, section=k, stance=stance, role=kind, position=p)
    start, end = role.concession_start, role.concession_end
    if note or start is None or end is None:
        return [whole]
    conceded = _trimmed(text, max(start, sentence.start), min(end, sentence.end))
    rests = [_trimmed(text, a, b) for a, b in ((sentence.start, start), (end, sentence.end))]
    rest = max((r for r in rests if r is not None), key=lambda r: r[1] - r[0], default=None)
    if conceded is None or rest is None:
        return [whole]
    other = Stance.PRO if stance is Stance.CON else Stance.CON
    claims = [
        whole.model_copy(update={"start": rest[0], "end": rest[1]}),
        whole.model_copy(update={"start": conceded[0], "end": conceded[1], "stance": other}),
    ]
    return sorted(claims, key=lambda c: c.start)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` without surrounding spaces and clause punctuation; None if no word."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(_CLAUSE_EDGES))
    core = piece.strip(_CLAUSE_EDGES)
    return (start + lead, start + lead + len(core)) if any(ch.isalpha() for ch in core) else None


def _role_of(roles: Sequence[SentenceRole], span: Span) -> SentenceRole | None:
    return next((r for r in roles if r.start <= span.start < r.end), None) or next(
        (r for r in roles if r.start < span.end and span.start < r.end), None
    )


def _with_mains(
    claims: list[ClaimSpan], positions: list[Position], roles: Sequence[SentenceRole]
) -> list[ClaimSpan]:
    """Mark each position's main claim."""
    result = list(claims)
    for p, position in enumerate(positions):
        members = [i for i, c in enumerate(claims) if c.position == p and c.role is not Role.NOTE]
        if not members:
            continue
        main = members[0]
        if not position.marked:
            scored = [(_central(roles, claims[i]), -n, i) for n, i in enumerate(members)]
            main = max(scored)[2] if roles else main
        result[main] = claims[main].model_copy(update={"role": Role.MAIN})
    return result


def _central(roles: Sequence[SentenceRole], claim: ClaimSpan) -> float:
    """The central-claim score of the claim's sentence; 0 for a conceded clause."""
    role = _role_of(roles, claim)
    if role is None:
        return 0.0
    start, end = role.concession_start, role.concession_end
    conceded = start is not None and end is not None and start <= claim.start and claim.end <= end
    return 0.0 if conceded else role.central


def _with_annotations(claims: list[ClaimSpan]) -> list[ClaimSpan]:
    """Point each note at the claim just before it in its section (a caveat on conclusions at none)."""
    result = []
    target: int | None = None
    for i, claim in enumerate(claims):
        if i and claim.section != claims[i - 1].section:
            target = None
        if claim.role is Role.NOTE:
            result.append(claim.model_copy(update={"annotates": None if claim.qualifies else target}))
        else:
            result.append(claim)
            target = i
    return result


class ClaimComponent:
    """spaCy component: writes ``doc._.argkg_claims``."""

    def __init__(self, lang: Lang) -> None:
        """Prepare the component for texts in ``lang``."""
        self.lang = lang
        ensure_extension("argkg_claims")

    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's claims (needs layout, sentences, positions and conclusions)."""
        doc._.argkg_claims = find_claims(
            doc_text(doc),
            doc._.argkg_blocks,
            doc._.argkg_sections,
            doc._.argkg_sentences,
            doc._.argkg_issues,
            doc._.argkg_positions,
            doc._.argkg_conclusions,
            self.lang,
            doc._.argkg_dialectic,
            doc._.argkg_caveats,
        )
        return doc


@Language.factory(
    "argkg_claims",
    assigns=["doc._.argkg_claims"],
    requires=["doc._.argkg_positions", "doc._.argkg_conclusions", "doc._.argkg_dialectic"],
)
def make_claims(nlp: Language, name: str) -> ClaimComponent:
    """Create the claim component for the pipeline's language."""
    return ClaimComponent(lang_of(nlp))
