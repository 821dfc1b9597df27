"""What argkg's components have found in one text, as one frozen typed view: `Parts`.

Each component reads what the components before it left on the Doc and writes its own results
as Doc extensions. `Parts` is the one registry of those results: every field after ``text``,
``lang``, ``tokens`` and ``sents`` is a list kept in the Doc extension ``argkg_<field>``
(`extension`), declared once for all of them when this module is imported, holding span models
that serialise (`argkg.ingest.docbytes`), so ``doc.to_bytes()`` and ``nlp.pipe(n_process=N)``
work. The stage functions (`argkg.ingest.positions.find_issues`, ``find_claims`` ...) take one
`Parts` instead of a long row of positional lists; tests build one directly, without spaCy.

`parts_of` reads a Doc's view when a component runs: the text, token and sentence offsets
come from `argkg.ingest.docview` (computed once per Doc), the lists are the Doc's own objects
(nothing is copied), and a result whose component has not run yet reads as an empty list. The
view is not kept: the next component builds its own, so it always shows what the Doc holds. A
component returns its results as `filled` makes them, the view with its fields replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from argkg.ingest.docview import view
from argkg.ingest.spans import (
    Block,
    Caveat,
    ClaimSpan,
    ConclusionSpan,
    Conditional,
    Issue,
    Position,
    SectionSpan,
    SentenceSpan,
    Span,
)
from argkg.schema.vocabulary import Lang

if TYPE_CHECKING:  # the component modules that define these import this one
    from argkg.ingest.attribution import Attribution
    from argkg.ingest.dialectic import SentenceRole
    from argkg.ingest.entities import EntityMention
    from argkg.ingest.numbers.mention import NumberMention
    from argkg.ingest.turns import Turn

__all__ = ["Parts", "EXTENSIONS", "extension", "parts_of", "filled", "keep"]


@dataclass(frozen=True)
class Parts:
    """One text and what the components found in it, in pipeline order.

    Attributes:
        text: the text the pipeline read; every offset below points into it.
        lang: its language.
        tokens: the ``(start, end)`` span of each token, in order (empty without a pipeline).
        sents: the sentence boundaries spaCy keeps (``doc.sents``: set by argkg's sentence
            component or another sentencizer), as character spans; empty before they are set.
        blocks, sections: its lines and sections (`argkg.ingest.layout`).
        turns: its speaker turns (`argkg.ingest.turns`).
        sentences: its sentences (`argkg.ingest.sentences`).
        numbers: its numeric evidence (`argkg.ingest.numbers`).
        entities: its named entities (`argkg.ingest.entities`).
        attributions: its reported speech (`argkg.ingest.attribution`).
        dialectic: each sentence's dialectical role (`argkg.ingest.dialectic`).
        issues, positions: its questions and the sides taken on them (`argkg.ingest.positions`).
        conclusions, caveats: what it concludes and the hedges on that
            (`argkg.ingest.conclusions`).
        views: the views it states in a first-person judgement before a decision drawn after
            them (`argkg.ingest.conclusions`): claims, which the claims component still reads as
            the author's verdict.
        claims: its claims (`argkg.ingest.claims`).
        conditionals: its conditionals (`argkg.ingest.conditionals`).
    """

    text: str
    lang: Lang
    tokens: Sequence[tuple[int, int]] = ()
    sents: Sequence[tuple[int, int]] = ()
    blocks: list[Block] = field(default_factory=list)
    sections: list[SectionSpan] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    sentences: list[SentenceSpan] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    dialectic: list[SentenceRole] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    conclusions: list[ConclusionSpan] = field(default_factory=list)
    views: list[Span] = field(default_factory=list)
    caveats: list[Caveat] = field(default_factory=list)
    claims: list[ClaimSpan] = field(default_factory=list)
    conditionals: list[Conditional] = field(default_factory=list)


#: The fields of `Parts` that are not kept on the Doc as extensions (the Doc itself holds them).
_OWN = ("text", "lang", "tokens", "sents")

#: The `Parts` fields the components write, each kept in the Doc extension ``argkg_<field>``.
EXTENSIONS: tuple[str, ...] = tuple(f.name for f in fields(Parts) if f.name not in _OWN)

_PREFIX = "argkg_"


def extension(part: str) -> str:
    """Return the name of the Doc extension that keeps ``part`` (``claims`` -> ``argkg_claims``).

    Raises:
        KeyError: ``part`` is not one of `EXTENSIONS`.
    """
    if part not in EXTENSIONS:
        raise KeyError(f"no Doc extension keeps {part!r}; the parts are {', '.join(EXTENSIONS)}")
    return _PREFIX + part


for _part in EXTENSIONS:
    if not Doc.has_extension(_PREFIX + _part):
        Doc.set_extension(_PREFIX + _part, default=None)

#: Where spaCy keeps each part's value in ``doc.user_data`` (what ``doc._.get`` reads and
#: ``doc._.set`` writes, without making an accessor object per access: `parts_of` and `keep` run
#: for every component of every text).
_KEYS = {part: ("._.", _PREFIX + part, None, None) for part in EXTENSIONS}


#: The names of every field of `Parts`.
_FIELDS = frozenset(f.name for f in fields(Parts))


def _made(values: dict[str, Any]) -> Parts:
    """A `Parts` holding ``values`` (one for every field), made without the dataclass's
    ``__init__``: a frozen dataclass sets each of its 18 fields through ``object.__setattr__``,
    and every component of every text makes two views (`parts_of`, `filled`); with
    `dataclasses.replace` that was a twelfth of a short English text's extraction."""
    made = object.__new__(Parts)
    made.__dict__.update(values)
    return made


def filled(parts: Parts, **found: Any) -> Parts:
    """Return ``parts`` with the fields named in ``found`` replaced: what `dataclasses.replace`
    returns, made faster (`_made`); a component's `find` returns its results so.

    Raises:
        TypeError: a name in ``found`` is not a field of `Parts`.
    """
    unknown = found.keys() - _FIELDS
    if unknown:
        raise TypeError(f"Parts has no field {', '.join(sorted(unknown))}")
    return _made({**parts.__dict__, **found})


def parts_of(doc: Doc, lang: Lang) -> Parts:
    """Return the view of what the components have left on ``doc`` so far.

    Args:
        doc: a Doc of argkg's pipeline (or a Doc restored from its bytes).
        lang: its language.

    Returns:
        The Doc's text, tokens and results; a result not on the Doc is an empty list.
    """
    stored: dict[Any, Any] = doc.user_data  # keyed by tuples, whatever spaCy's stubs say
    own = view(doc)
    values = {"text": own.text(doc), "lang": lang, "tokens": own.offsets(doc), "sents": own.sentences(doc)}
    for part, key in _KEYS.items():
        found = stored.get(key)
        values[part] = [] if found is None else found
    return _made(values)


def keep(doc: Doc, found: Parts, parts: Iterable[str]) -> None:
    """Write the fields ``parts`` of ``found`` into their Doc extensions (`extension`).

    What ``doc._.set(extension(part), ...)`` does, without the accessor object spaCy makes for
    each ``doc._`` (about 4 µs a write: a tenth of a one-line text's fixed cost over the
    components' writes).

    Raises:
        KeyError: a name in ``parts`` is not one of `EXTENSIONS`.
    """
    stored: dict[Any, Any] = doc.user_data
    for part in parts:
        stored[_KEYS[part]] = getattr(found, part)
