"""From an annotated spaCy Doc to a validated `DocumentGraph`.

The Doc carries the components' results as lists of small models with character offsets
(``doc._.argkg_*``); `read_extraction` reads them out once (the Doc's `Parts`), so everything
after it is plain data. `build_graph` then adds one family of nodes or relationships per function:

- sections (``HAS_SECTION``) and the assumptions their issues raise (``RAISES``; the debate
  assumption is the question's affirmative proposition, spanned on the question);
- claims and conclusions (``CONTAINS``);
- the argument (``SUPPORTS``/``ATTACKS`` between claims and from claims to their issue's
  assumption), as `argkg.ingest.arguments.find_arguments` infers it;
- notes (``ANNOTATES`` a claim, or, for a caveat, the conclusions it qualifies), numeric
  evidence (``CITES`` from the claim or conclusion holding the number; a number outside both
  is still evidence, cited by the nearest claim of its line or standing alone, unless its line
  says it is no fact: a title, a caption's date, a chair's procedure), entities (``MENTIONS``;
  mentions in boilerplate are ignored) and speakers (``ATTRIBUTED_TO`` an entity of the
  speaker's type; a speaker that is a plain phrase, "critics", "我的朋友", of type ``other``
  and named by no entity mention, gets no entity and no edge);
- dependencies (``DEPENDS_ON``, see `argkg.ingest.dependencies`), with one conditional
  assumption per antecedent (none for a rhetorical conditional, "即使 A 也 B"); which debated
  questions a conclusion rests on, and the answer it needs from each, come from
  `argkg.ingest.bearings`.

Stance polarity: pro and con are the document's sides (stance towards the document's debated
proposition). Whether a side answers a section's question yes or no is the issue's
``orientation``: a main claim ``SUPPORTS`` the debate assumption when its side answers yes and
``ATTACKS`` it otherwise, so in "Will the reform fail?" argued by its supporters (pro) and
critics (con), the critics' claims support the assumption "the reform will fail".

Every id is ``stable_id(document sha256, label, key)``: the key is the span for spanned nodes
and "" for the document. Entities are shared by documents (DESIGN.md §6): their id is
``shared_id("Entity", type:normalised name)``, the same in every document naming them.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path

from spacy.tokens import Doc

from argkg.ingest.arguments import find_arguments, main_claims
from argkg.ingest.bearings import Bearing, Bearings, scenarios
from argkg.ingest.dependencies import Requirement, Target, depends_on
from argkg.ingest.entities import entity_key
from argkg.ingest.layout import layout_data
from argkg.ingest.numbers import NumberMention
from argkg.ingest.numbers.data import number_data
from argkg.ingest.parts import Parts, parts_of
from argkg.ingest.span_index import SpanIndex
from argkg.ingest.spans import (
    Block,
    BlockKind,
    ConclusionSpan,
    Conditional,
    Span,
)
from argkg.schema import (
    Assumption,
    AssumptionOrigin,
    Basis,
    Claim,
    Conclusion,
    Document,
    DocumentGraph,
    Entity,
    EntityType,
    Evidence,
    EvidenceKind,
    Lang,
    Node,
    Relationship,
    RelType,
    Section,
    Stance,
    shared_id,
    span_key,
    stable_id,
    text_sha256,
)

__all__ = ["Extraction", "read_extraction", "build_graph"]


@dataclass(frozen=True)
class Extraction(Parts):
    """Everything the components found in one text (its `Parts`: plain data, no spaCy objects).

    ``text`` is the text to store and quote from; when the pipeline read a folded copy of it,
    ``folded`` is that copy.

    Attributes:
        folded: the text the pipeline read, offset for offset the same as ``text`` (None:
            ``text`` itself).
    """

    folded: str | None = None


def read_extraction(doc: Doc, lang: Lang, *, text: str | None = None) -> Extraction:
    """Copy the components' results out of ``doc``.

    Args:
        doc: the Doc the pipeline annotated.
        lang: its language.
        text: the text to store and quote from, when the pipeline read a folded copy of it
            (same length; see `argkg.ingest.reader.fold`); by default ``doc.text``.
    """
    parts = parts_of(doc, lang)
    found = {f.name: getattr(parts, f.name) for f in fields(Parts)}
    if text is None:
        return Extraction(**found)
    return Extraction(**(found | {"text": text}), folded=parts.text)


@dataclass
class _Acc:
    """The graph under construction and the ids given to the extraction's items."""

    sha: str
    doc_id: str
    nodes: dict[str, Node] = field(default_factory=dict)
    rels: dict[str, Relationship] = field(default_factory=dict)
    sections: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    conclusions: list[str] = field(default_factory=list)

    def id(self, label: str, key: str) -> str:
        """The stable id of the ``label`` item with ``key`` in this document."""
        return stable_id(self.sha, label, key)

    def add(self, node: Node) -> str:
        """Add a node (once) and return its id."""
        self.nodes.setdefault(node.id, node)
        return node.id

    def relate(self, rel_type: RelType, start: str, end: str) -> None:
        """Add a relationship (once) that has no properties of its own."""
        rel = Relationship(type=rel_type, start=start, end=end)
        self.rels.setdefault(rel.id, rel)


def build_graph(extraction: Extraction, *, source: str, title: str | None = None) -> DocumentGraph:
    """Build the argument graph of one text.

    Args:
        extraction: what the pipeline found (`read_extraction`).
        source: where the text comes from (a path or a name), stored on the Document.
        title: the document's title; by default its title line or first heading, else the
            source's file name.

    Returns:
        The validated graph.
    """
    sha = text_sha256(extraction.text)
    acc = _Acc(sha=sha, doc_id=stable_id(sha, "Document", ""))
    document = Document(
        id=acc.doc_id,
        doc_id=acc.doc_id,
        title=title or _title(extraction, source),
        lang=extraction.lang,
        source=source,
        text=extraction.text,
        sha256=sha,
    )
    steps = (_sections, _claims, _conclusions, _arguments, _annotations, _evidence, _entities, _dependencies)
    for step in steps:
        step(acc, extraction)
    return DocumentGraph.assembled(document, tuple(acc.nodes.values()), tuple(acc.rels.values()))


def _verbatim(ex: Extraction, said: str | None, start: int, end: int) -> str | None:
    """``said`` (a string a component derived from the folded text) in the source's characters.

    When ``said`` lies in the folded text between ``start`` and ``end``, the same span of the
    text itself is returned; a string the component rewrote is returned as it is.
    """
    if said is None or ex.folded is None:
        return said
    at = ex.folded.find(said, start, end)
    return ex.text[at : at + len(said)] if at >= 0 else said


def _title(ex: Extraction, source: str) -> str:
    first = ex.blocks[0] if ex.blocks else None
    if first is not None and first.kind in (BlockKind.TITLE, BlockKind.HEADING):
        line = ex.text[first.start : first.end]
        read = line if ex.folded is None else ex.folded[first.start : first.end]
        found = re.match(layout_data(ex.lang).headings.markdown, read)
        return line[found.start("title") : found.end("title")] if found else line
    return Path(source).stem or source


def _sections(acc: _Acc, ex: Extraction) -> None:
    for section in ex.sections:
        node = Section(
            id=acc.id("Section", span_key(section.start, section.end)),
            doc_id=acc.doc_id,
            ordinal=section.ordinal,
            title=_verbatim(ex, section.title, section.start, section.end),
            kind=section.kind,
            question=_verbatim(ex, section.question, section.start, section.end),
            start=section.start,
            end=section.end,
        )
        acc.sections.append(acc.add(node))
        acc.relate(RelType.HAS_SECTION, acc.doc_id, node.id)
    for issue in ex.issues:
        assumption = Assumption(
            id=acc.id("Assumption", span_key(issue.question_start, issue.question_end)),
            doc_id=acc.doc_id,
            text=_verbatim(ex, issue.proposition, issue.question_start, issue.question_end),
            origin=AssumptionOrigin.DEBATE,
            start=issue.question_start,
            end=issue.question_end,
        )
        acc.issues.append(acc.add(assumption))
        acc.relate(RelType.RAISES, acc.sections[issue.section], assumption.id)


def _claims(acc: _Acc, ex: Extraction) -> None:
    for claim in ex.claims:
        position = ex.positions[claim.position] if claim.position is not None else None
        node = Claim(
            id=acc.id("Claim", span_key(claim.start, claim.end)),
            doc_id=acc.doc_id,
            text=ex.text[claim.start : claim.end],
            start=claim.start,
            end=claim.end,
            stance=claim.stance,
            role=claim.role,
            position=position.ordinal if position is not None and position.marked else None,
        )
        acc.claims.append(acc.add(node))
        acc.relate(RelType.CONTAINS, acc.sections[claim.section], node.id)


def _conclusions(acc: _Acc, ex: Extraction) -> None:
    for conclusion in ex.conclusions:
        node = Conclusion(
            id=acc.id("Conclusion", span_key(conclusion.start, conclusion.end)),
            doc_id=acc.doc_id,
            text=ex.text[conclusion.start : conclusion.end],
            start=conclusion.start,
            end=conclusion.end,
            credence=conclusion.credence,
        )
        acc.conclusions.append(acc.add(node))
        acc.relate(RelType.CONTAINS, acc.sections[conclusion.section], node.id)


def _arguments(acc: _Acc, ex: Extraction) -> None:
    for argument in find_arguments(ex):
        target = acc.issues[argument.target] if argument.on_issue else acc.claims[argument.target]
        acc.relate(argument.kind, acc.claims[argument.claim], target)


def _annotations(acc: _Acc, ex: Extraction) -> None:
    for i, claim in enumerate(ex.claims):
        if claim.annotates is not None:
            acc.relate(RelType.ANNOTATES, acc.claims[i], acc.claims[claim.annotates])
        for k in claim.qualifies:
            acc.relate(RelType.ANNOTATES, acc.claims[i], acc.conclusions[k])


def _evidence(acc: _Acc, ex: Extraction) -> None:
    claims, conclusions = SpanIndex(ex.claims), SpanIndex(ex.conclusions)
    chair_lines = _chair_lines(ex)
    chair_kinds = frozenset(number_data(ex.lang).chair_kinds)
    for number in ex.numbers:
        claim = claims.first_containing(number.start, number.end)
        conclusion = conclusions.first_containing(number.start, number.end) if claim is None else None
        citer: str | None
        if claim is not None:
            citer = acc.claims[claim]
        elif conclusion is not None:
            citer = acc.conclusions[conclusion]
        else:
            block = next((b for b in ex.blocks if b.start <= number.start < b.end), None)
            if block is None or not _stated(number, block, chair_lines, chair_kinds):
                continue
            citer = _nearest_in_block(acc, ex, number, block)
        node = Evidence(
            id=acc.id("Evidence", span_key(number.start, number.end)),
            doc_id=acc.doc_id,
            surface=ex.text[number.start : number.end],
            value=number.value,
            unit=number.unit,
            kind=number.kind,
            subject=number.subject,
            approximate=number.approximate,
            start=number.start,
            end=number.end,
        )
        evidence = acc.add(node)
        if citer is not None:
            acc.relate(RelType.CITES, citer, evidence)


def _nearest_in_block(acc: _Acc, ex: Extraction, number: NumberMention, block: Block) -> str | None:
    """The claim of ``block`` nearest to ``number`` (else its nearest conclusion, else None).

    A number stated outside every claim (a questioner's 600 metres, a figure in an answer the
    claim finder left whole) backs the claim made in the same line or paragraph; with none
    there it stands alone, an Evidence nothing cites.
    """
    for spans, ids in ((ex.claims, acc.claims), (ex.conclusions, acc.conclusions)):
        near = [
            (max(span.start - number.end, number.start - span.end, 0), i)
            for i, span in enumerate(spans)
            if span.start < block.end and block.start < span.end
        ]
        if near:
            return ids[min(near)[1]]
    return None


def _chair_lines(ex: Extraction) -> list[Span]:
    """Where a chair speaks in its own line: from each chair turn's words to that line's end."""
    lines = []
    for turn in ex.turns:
        if not turn.chair:
            continue
        block = next((b for b in ex.blocks if b.start <= turn.body < b.end), None)
        if block is not None:
            lines.append(Span(start=turn.body, end=block.end))
    return lines


def _stated(
    number: NumberMention, block: Block, chair_lines: list[Span], chair_kinds: frozenset[EvidenceKind]
) -> bool:
    """Whether a number no claim or conclusion holds is still a fact the text cites.

    An analyst keeps every number a text states, whoever says it (a question, an answer in a
    Q&A, a questioner's remark), except where the line says what it is not: a title names the
    topic (votes at 16, 预算两千), a date in a caption line dates the text or its fieldwork, and a
    duration or a count in a chair's own line is the procedure (we have forty minutes, one
    speaker for and one against; the data's ``chair_kinds``).
    """
    if block.kind is BlockKind.TITLE:
        return False
    if block.kind is BlockKind.CAPTION and number.kind is EvidenceKind.DATE:
        return False
    return not (number.kind in chair_kinds and any(line.contains(number) for line in chair_lines))


def _entities(acc: _Acc, ex: Extraction) -> None:
    boilerplate = [b for b in ex.blocks if b.kind is BlockKind.BOILERPLATE]
    claims = SpanIndex(ex.claims)
    by_key: dict[str, str] = {}

    def entity(name: str, kind: EntityType) -> str:
        key = entity_key(name)
        if key not in by_key:
            entity_id = shared_id("Entity", f"{kind.value}:{key}")
            by_key[key] = acc.add(Entity(id=entity_id, name=name, type=kind))
        return by_key[key]

    for mention in ex.entities:
        if any(b.contains(mention) for b in boilerplate):
            continue
        claim = claims.first_containing(mention.start, mention.end)
        if claim is not None:  # a shared entity exists only while something links to it
            acc.relate(RelType.MENTIONS, acc.claims[claim], entity(mention.name, mention.type))
    named = {entity_key(m.name) for m in ex.entities}
    for attribution in ex.attributions:
        speakers = [i for i, c in enumerate(ex.claims) if c.overlaps(attribution)]
        kind = attribution.speaker_type
        if not speakers or (kind is EntityType.OTHER and entity_key(attribution.speaker) not in named):
            continue
        speaker = entity(attribution.speaker, kind)
        for i in speakers:
            acc.relate(RelType.ATTRIBUTED_TO, acc.claims[i], speaker)


def _dependencies(acc: _Acc, ex: Extraction) -> None:
    bearings = Bearings(
        ex.text,
        ex.lang,
        ex.issues,
        ex.sections,
        [*ex.claims, *ex.conclusions],
        [*((c, c.stance) for c in ex.claims), *_concluded(ex)],
        ex.entities,
    )
    requirements: dict[str, list[Requirement]] = defaultdict(list)
    concluded = {acc.conclusions[k] for k, c in enumerate(ex.conclusions) if c.final}
    grounded: set[str] = set()  # statements whose conditionals bear on a debated issue
    statements = _Statements(spans=[*ex.claims, *ex.conclusions], ids=[*acc.claims, *acc.conclusions])
    for conditional in ex.conditionals:
        source = _statement_of(statements, conditional)
        if source is None or conditional.rhetorical:
            continue
        alternatives = []
        for antecedent in conditional.antecedents:
            assumption = Assumption(
                id=acc.id("Assumption", span_key(antecedent.start, antecedent.end)),
                doc_id=acc.doc_id,
                text=_verbatim(ex, antecedent.text, antecedent.start, antecedent.end),
                origin=AssumptionOrigin.CONDITIONAL,
                start=antecedent.start,
                end=antecedent.end,
            )
            targets = [Target(acc.add(assumption), Basis.CONDITIONAL)]
            bearing = bearings.antecedent(antecedent, by_content=source in concluded)
            if bearing is not None:
                targets.append(_target(acc, bearing))
                grounded.add(source)
            alternatives.append(tuple(targets))
        requirements[source].append(Requirement(tuple(alternatives)))
    mains = main_claims(ex)
    sides = scenarios(bearings, ex.conclusions)
    for k, conclusion in enumerate(ex.conclusions):
        if k in sides:
            found = _scenario(bearings, conclusion, sides[k])
        elif acc.conclusions[k] in grounded:
            found = []  # it rests on the questions its conditionals name, in their groups
        else:
            found = bearings.conclusion(conclusion, ex.positions)
        if found:
            requirements[acc.conclusions[k]].append(Requirement((tuple(_target(acc, b) for b in found),)))
        if not conclusion.final and conclusion.position is not None and conclusion.position in mains:
            main = acc.claims[mains[conclusion.position]]
            requirements[acc.conclusions[k]].append(Requirement(((Target(main, Basis.STRUCTURAL),),)))
    for p, i in mains.items():
        found = bearings.main_claim(ex.claims[i], ex.positions[p])
        if found:
            requirements[acc.claims[i]].append(Requirement((tuple(_target(acc, b) for b in found),)))
    for source, needs in requirements.items():
        for rel in depends_on(source, needs):
            acc.rels.setdefault(rel.id, rel)


def _concluded(ex: Extraction) -> list[tuple[Span, Stance]]:
    """The conclusions drawn inside positions, with their position's side."""
    return [
        (c, ex.positions[c.position].stance) for c in ex.conclusions if c.position is not None and not c.final
    ]


def _target(acc: _Acc, bearing: Bearing) -> Target:
    return Target(acc.issues[bearing.issue], bearing.basis, bearing.polarity)


def _scenario(bearings: Bearings, conclusion: ConclusionSpan, side: int) -> list[Bearing]:
    """What one of two complementary scenarios rests on: every debated issue of its debate, answered
    its side's way.

    Alternatives whose credences sum to 1 are the author's overall verdict on the debate.
    """
    reach = bearings.reach(conclusion)
    return [Bearing(k, Basis.SCENARIO, bearings.polarity(conclusion, k, side)) for k in reach]


@dataclass
class _Statements:
    """The claims then conclusions of a text (spans and node ids), indexed by span."""

    spans: list[Span]
    ids: list[str]
    index: SpanIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = SpanIndex(self.spans)


def _statement_of(statements: _Statements, conditional: Conditional) -> str | None:
    """The claim or conclusion holding the conditional's consequent (else its marker)."""
    start = conditional.consequent_start
    end = max(conditional.consequent_end, start + 1)
    for probe_start, probe_end in ((start, start + 1), (start, end), (conditional.start, conditional.end)):
        found = statements.index.first_overlapping(probe_start, probe_end)
        if found is not None:
            return statements.ids[found]
    return None
