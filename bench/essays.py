"""Persuasive essays (Stab & Gurevych 2017) for argkg's stance benchmark, English and Chinese.

The essays come as CoNLL token files of the public end-to-end argument mining release
(``Essay_Level/<split>.dat``: one essay per blank-line block, tokens tagged ``B-/I-MajorClaim``,
``B-/I-Claim:For``, ``B-/I-Claim:Against``, ``B-/I-Premise...``; ``Paragraph_Level/<split>.dat``:
the same tokens, one paragraph per block, the title first) and as the Chinese machine
translation of the cross-lingual release (``<split>_PE.ZH``: token and tag per line, one
paragraph per block, tags without For/Against, essays in another order and not all of them).
A Chinese essay gets its claims' For/Against from the English essay whose paragraphs carry the
same sequence of components; Chinese paragraphs that match no English essay are left out.

Scored per essay: each gold claim's stance (For: the same side as the major claim; Against) from
the argkg claim that overlaps it most, For when that claim takes the author's side (the side of
the essay's main claim); and whether a major claim is among the three statements argkg ranks
most central. Only train and dev splits are read; test splits are held out.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from argkg.ingest.pipeline import build_nlp
from argkg.schema import Lang

__all__ = [
    "Component",
    "Essay",
    "load_essays_en",
    "load_essays_zh",
    "score_stance",
    "StanceScores",
    "predict",
]

#: Punctuation written without a space before it when tokens are joined.
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]'’”]|n't|'s|'re|'ve|'ll|'d|'m)")
_NO_SPACE_AFTER = re.compile(r"([(\[“‘$]) ")


@dataclass(frozen=True)
class Component:
    """One annotated argument component: kind (major/claim/premise), stance, character span."""

    kind: str
    stance: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Essay:
    """One essay: its text (title line, blank line, one paragraph per line) and components."""

    name: str
    text: str
    components: tuple[Component, ...]

    def of_kind(self, kind: str) -> list[Component]:
        """The components of one kind (``major``, ``claim`` or ``premise``)."""
        return [c for c in self.components if c.kind == kind]


Token = tuple[str, str]


def _blocks(path: Path, *, columns: tuple[int, int]) -> Iterator[list[Token]]:
    """Blank-line separated blocks of (token, tag) rows taken from the given columns."""
    block: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.strip():
            if block:
                yield block
            block = []
            continue
        block.append((cells[columns[0]], cells[columns[1]]))
    if block:
        yield block


def _tag(raw: str) -> tuple[str, str, str | None]:
    """(B/I/O, kind, stance) of a tag such as ``B-Claim:For`` or ``I-Premise:-1:Support``."""
    if raw == "O":
        return "O", "", None
    head, _, label = raw.partition("-")
    parts = label.split(":")
    kind = {"MajorClaim": "major", "Claim": "claim"}.get(parts[0], "premise")
    stance = next((p for p in parts if p in ("For", "Against")), None) if kind == "claim" else None
    return head, kind, stance


def _assemble(name: str, paragraphs: Sequence[Sequence[Token]], *, spaced: bool) -> Essay:
    """Join tokens into text, one paragraph per line after the title, and locate components."""
    lines: list[str] = []
    components: list[Component] = []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        pieces: list[str] = []
        marks: list[tuple[int, str, str, str | None]] = []  # (piece index, B/I, kind, stance)
        for i, (token, raw) in enumerate(paragraph):
            pieces.append(token)
            head, kind, stance = _tag(raw)
            if head != "O":
                marks.append((i, head, kind, stance))
        line, starts = _join(pieces, spaced=spaced)
        spans: list[Component] = []
        for i, head, kind, stance in marks:
            start, end = offset + starts[i], offset + starts[i] + len(pieces[i])
            if head == "B" or not spans:
                spans.append(Component(kind, stance, start, end))
            else:
                last = spans[-1]
                spans[-1] = Component(last.kind, last.stance, last.start, end)
        components += spans
        lines.append(line)
        offset += len(line) + (2 if index == 0 else 1)
    text = lines[0] + "\n\n" + "\n".join(lines[1:]) if lines else ""
    return Essay(name=name, text=text + "\n", components=tuple(components))


def _join(pieces: list[str], *, spaced: bool) -> tuple[str, list[int]]:
    """The line and each piece's start; English spacing rules undo the tokenisation."""
    starts: list[int] = []
    line = ""
    for i, piece in enumerate(pieces):
        glue = ""
        if spaced and i:
            glue = " "
            if _NO_SPACE_BEFORE.fullmatch(" " + piece) or _NO_SPACE_AFTER.fullmatch(pieces[i - 1] + " "):
                glue = ""
        line += glue
        starts.append(len(line))
        line += piece
    return line, starts


def load_essays_en(folder: Path, split: str) -> list[Essay]:
    """The English essays of ``split`` (``train`` or ``dev``) from a CoNLL ``folder``.

    ``folder`` holds ``Essay_Level/<split>.dat`` and ``Paragraph_Level/<split>.dat``.
    """
    if split not in ("train", "dev"):
        raise ValueError(f"split {split!r}: only train and dev are read (test is held out)")
    essays = list(_blocks(folder / "Essay_Level" / f"{split}.dat", columns=(1, 4)))
    paragraphs = list(_blocks(folder / "Paragraph_Level" / f"{split}.dat", columns=(1, 4)))
    result: list[Essay] = []
    cursor = 0
    for number, tokens in enumerate(essays):
        own: list[list[Token]] = []
        used = 0
        while used < len(tokens) and cursor < len(paragraphs):
            size = len(paragraphs[cursor])
            own.append(tokens[used : used + size])
            used += size
            cursor += 1
        result.append(_assemble(f"{split}-{number:03d}", own, spaced=True))
    return result


def load_essays_zh(path: Path, english: Sequence[Essay], english_folder: Path, split: str) -> list[Essay]:
    """The Chinese essays of ``path`` (``<split>_PE.ZH``), with For/Against from ``english``.

    The paragraphs are read in order; at each one, the English essay (of the same split) whose
    paragraphs with components have the same component sequence as the paragraphs from here
    on is taken, the longest when several fit, with the component-free paragraphs (the title)
    just before it. Paragraphs that start no match are skipped.
    """
    blocks = list(_blocks(path, columns=(0, 1)))
    signatures = _english_signatures(english_folder, split)
    marked = [i for i, block in enumerate(blocks) if _signature(block)]
    keys = [_signature(blocks[i]) for i in marked]
    result: list[Essay] = []
    cursor, previous_end = 0, 0
    while cursor < len(marked):
        fits = [
            (len(sig), index)
            for index, sig in enumerate(signatures)
            if sig and tuple(keys[cursor : cursor + len(sig)]) == sig
        ]
        if not fits:
            cursor += 1
            continue
        size, match = max(fits)
        first = marked[cursor]
        while first > previous_end and not _signature(blocks[first - 1]):
            first -= 1
        last = marked[cursor + size - 1] + 1
        essay = _assemble(f"{split}-zh-{len(result):03d}", blocks[first:last], spaced=False)
        stances = [c.stance for c in english[match].components]
        if len(stances) == len(essay.components):
            components = tuple(
                Component(c.kind, s, c.start, c.end) for c, s in zip(essay.components, stances, strict=True)
            )
            result.append(Essay(name=essay.name, text=essay.text, components=components))
        cursor += size
        previous_end = last
    return result


def _signature(paragraph: Sequence[Token]) -> str:
    return "".join(_tag(raw)[1][0] for _, raw in paragraph if raw.startswith("B-"))


def _english_signatures(folder: Path, split: str) -> list[tuple[str, ...]]:
    essays = list(_blocks(folder / "Essay_Level" / f"{split}.dat", columns=(1, 4)))
    paragraphs = list(_blocks(folder / "Paragraph_Level" / f"{split}.dat", columns=(1, 4)))
    result = []
    cursor = 0
    for tokens in essays:
        used, own = 0, []
        while used < len(tokens) and cursor < len(paragraphs):
            own.append(_signature(paragraphs[cursor]))
            used += len(paragraphs[cursor])
            cursor += 1
        result.append(tuple(s for s in own if s))
    return result


@dataclass(frozen=True)
class StanceScores:
    """Claim stance (For/Against) and thesis ranking figures over a set of essays."""

    essays: int
    claims: int
    accuracy: float
    macro_f1: float
    f1_for: float
    f1_against: float
    all_for_macro_f1: float
    thesis_top3: float


def score_stance(
    essays: Sequence[Essay], predicted: Sequence[Sequence[tuple[int, int, bool]]], top3: Sequence[bool]
) -> StanceScores:
    """Score predicted claim sides against the gold For/Against.

    Args:
        essays: the gold essays.
        predicted: per essay, argkg's statements as (start, end, takes the author's side).
        top3: per essay, whether a major claim is among the three most central statements.
    """
    gold: list[bool] = []
    guess: list[bool] = []
    for essay, statements in zip(essays, predicted, strict=True):
        for claim in essay.of_kind("claim"):
            if claim.stance is None:
                continue
            gold.append(claim.stance == "For")
            best = max(
                statements,
                key=lambda s: min(s[1], claim.end) - max(s[0], claim.start),
                default=None,
            )
            overlaps = best is not None and min(best[1], claim.end) > max(best[0], claim.start)
            guess.append(best[2] if best is not None and overlaps else True)
    f1_for = _f1(gold, guess, True)
    f1_against = _f1(gold, guess, False)
    all_for = [True] * len(gold)
    right = sum(g == p for g, p in zip(gold, guess, strict=True))
    return StanceScores(
        essays=len(essays),
        claims=len(gold),
        accuracy=right / len(gold) if gold else 0.0,
        macro_f1=(f1_for + f1_against) / 2,
        f1_for=f1_for,
        f1_against=f1_against,
        all_for_macro_f1=(_f1(gold, all_for, True) + _f1(gold, all_for, False)) / 2,
        thesis_top3=sum(top3) / len(top3) if top3 else 0.0,
    )


def _f1(gold: Sequence[bool], guess: Sequence[bool], label: bool) -> float:
    tp = sum(g == label and p == label for g, p in zip(gold, guess, strict=True))
    fp = sum(g != label and p == label for g, p in zip(gold, guess, strict=True))
    fn = sum(g == label and p != label for g, p in zip(gold, guess, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def predict(essays: Sequence[Essay], lang: Lang) -> tuple[list[list[tuple[int, int, bool]]], list[bool]]:
    """Run argkg's pipeline on the essays: each claim's side, and the thesis-in-top-three flags.

    A claim takes the author's side when its stance is its position's (the author's side in a
    text without side markers); a claim outside every position counts as For. The three most
    central statements are the sentences of claims or conclusions (not the title) with the
    highest central-claim scores (`argkg.ingest.dialectic`).
    """
    nlp = build_nlp(lang)
    sides: list[list[tuple[int, int, bool]]] = []
    top3: list[bool] = []
    for essay, doc in zip(essays, nlp.pipe(e.text for e in essays), strict=True):
        positions = doc._.argkg_positions
        sides.append(
            [
                (c.start, c.end, c.position is None or c.stance is positions[c.position].stance)
                for c in doc._.argkg_claims
            ]
        )
        statements = [*doc._.argkg_claims, *doc._.argkg_conclusions]
        candidates = [r for r in doc._.argkg_dialectic if any(r.overlaps(c) for c in statements)]
        ranked = sorted(candidates, key=lambda r: -r.central)[:3]
        majors = essay.of_kind("major")
        top3.append(any(r.start < m.end and m.start < r.end for r in ranked for m in majors))
    return sides, top3
