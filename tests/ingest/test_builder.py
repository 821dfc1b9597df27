"""The builder on hand-made extractions: evidence, entities, attribution, ids."""

from dataclasses import replace

from argkg.ingest.attribution import Attribution
from argkg.ingest.builder import Extraction, build_graph
from argkg.ingest.entities import EntityMention
from argkg.ingest.numbers import NumberMention
from argkg.ingest.spans import Block, BlockKind, ClaimSpan, ConclusionSpan, SectionSpan
from argkg.ingest.turns import Turn
from argkg.schema import (
    Claim,
    Conclusion,
    Entity,
    EntityType,
    Evidence,
    EvidenceKind,
    Lang,
    RelType,
    Role,
    SectionKind,
    Stance,
    shared_id,
    span_key,
    stable_id,
    text_sha256,
)

TEXT = "Prices rose 5% in 2024, Ada Lovelace said.\nBy Ada Lovelace"


def said(end: int, speaker: str, kind: EntityType = EntityType.PERSON) -> Attribution:
    return Attribution(
        start=0, end=end, speaker=speaker, speaker_type=kind, speaker_start=0, speaker_end=3, cue="said"
    )


def mention(start: int, name: str, kind: EntityType) -> EntityMention:
    return EntityMention(start=start, end=start + len(name), name=name, type=kind)


def extraction(
    numbers: list[NumberMention] | None = None,
    entities: list[EntityMention] | None = None,
    attributions: list[Attribution] | None = None,
) -> Extraction:
    first = TEXT.index("\n")
    return Extraction(
        text=TEXT,
        lang=Lang.EN,
        blocks=[
            Block(start=0, end=first, kind=BlockKind.BODY),
            Block(start=first + 1, end=len(TEXT), kind=BlockKind.BOILERPLATE),
        ],
        sections=[SectionSpan(start=0, end=first, ordinal=0, title="", kind=SectionKind.OTHER, body_start=0)],
        issues=[],
        positions=[],
        claims=[ClaimSpan(start=0, end=first, section=0, stance=Stance.NEUTRAL, role=Role.BACKGROUND)],
        conclusions=[],
        conditionals=[],
        numbers=numbers or [],
        entities=entities or [],
        attributions=attributions or [],
    )


def test_evidence_inside_a_claim_is_cited_and_outside_stands_alone() -> None:
    percent = TEXT.index("5%")
    numbers = [
        NumberMention(
            start=percent, end=percent + 2, surface="5%", value=0.05, unit="percent", kind=EvidenceKind.RATIO
        ),
        NumberMention(
            start=len(TEXT) - 3,
            end=len(TEXT),
            surface="ace",
            value=3.0,
            unit="count",
            kind=EvidenceKind.COUNT,
        ),
    ]
    graph = build_graph(extraction(numbers=numbers), source="a.txt")
    evidence, alone = sorted(graph.of_type(Evidence), key=lambda e: e.start)
    assert (evidence.surface, evidence.value) == ("5%", 0.05)
    assert alone.surface == "ace"  # a line with no claim: a fact nothing cites
    (claim,) = graph.of_type(Claim)
    assert [(r.start, r.end) for r in graph.relationships if r.type is RelType.CITES] == [
        (claim.id, evidence.id)
    ]
    sha = text_sha256(TEXT)
    assert evidence.id == stable_id(sha, "Evidence", span_key(percent, percent + 2))
    assert claim.id == stable_id(sha, "Claim", span_key(claim.start, claim.end))


#: A title, a caption, a chair's line, and an answer whose second sentence is its only claim.
LINES = [
    (BlockKind.TITLE, "Votes at 16"),
    (BlockKind.CAPTION, "Fieldwork 4 May; 2,041 adults"),
    (BlockKind.BODY, "CHAIR: We have forty minutes."),
    (BlockKind.BODY, "A: We send 90 lorries a day. The lane floods."),
]


def lines_extraction(numbers: list[tuple[str, EvidenceKind]]) -> Extraction:
    """`LINES` as one text, with its blocks, the chair's turn, a claim and ``numbers``."""
    text = "\n".join(line for _, line in LINES)
    blocks, start = [], 0
    for kind, line in LINES:
        blocks.append(Block(start=start, end=start + len(line), kind=kind))
        start += len(line) + 1
    chair = text.index("CHAIR")
    turn = Turn(
        start=chair,
        end=text.index("A:"),
        body=chair + 6,
        label="CHAIR",
        reply_to=None,
        role=Stance.NEUTRAL,
        asker=False,
        first=False,
    )
    claim = ClaimSpan(
        start=text.index("The lane"), end=len(text), section=0, stance=Stance.CON, role=Role.PREMISE
    )
    mentions = [
        NumberMention(
            start=text.index(surface),
            end=text.index(surface) + len(surface),
            surface=surface,
            value=1.0,
            unit="u",
            kind=kind,
        )
        for surface, kind in numbers
    ]
    return replace(extraction(), text=text, blocks=blocks, turns=[turn], claims=[claim], numbers=mentions)


def test_a_number_outside_every_claim_is_kept_unless_its_line_says_it_is_no_fact() -> None:
    numbers = [
        ("16", EvidenceKind.COUNT),  # a title names the topic
        ("4 May", EvidenceKind.DATE),  # a caption's date dates the fieldwork
        ("2,041 adults", EvidenceKind.COUNT),  # ... its count is a fact
        ("forty minutes", EvidenceKind.DURATION),  # a chair's procedure
        ("90 lorries", EvidenceKind.COUNT),  # an answer's figure: cited by its line's claim
    ]
    graph = build_graph(lines_extraction(numbers), source="a.txt")
    kept = {e.surface: e.id for e in graph.of_type(Evidence)}
    assert set(kept) == {"2,041 adults", "90 lorries"}
    (claim,) = graph.of_type(Claim)
    assert [(r.start, r.end) for r in graph.relationships if r.type is RelType.CITES] == [
        (claim.id, kept["90 lorries"])
    ]


def test_entities_mentions_and_attribution() -> None:
    name = TEXT.index("Ada")
    footer = TEXT.rindex("Ada")
    mentions = [
        mention(name, "Ada Lovelace", EntityType.PERSON),
        mention(footer, "Ada Lovelace", EntityType.PERSON),
        mention(TEXT.index("2024"), "2024", EntityType.OTHER),
    ]
    statements = [
        said(TEXT.index(","), "ada  LOVELACE"),
        said(5, "Grace Hopper"),
        said(5, "Royal Society", EntityType.ORGANISATION),
        said(5, "2024", EntityType.OTHER),
        said(5, "the critics", EntityType.OTHER),
    ]
    graph = build_graph(extraction(entities=mentions, attributions=statements), source="a.txt")
    entities = {e.name: e for e in graph.of_type(Entity)}
    assert set(entities) == {"Ada Lovelace", "2024", "Grace Hopper", "Royal Society"}
    assert entities["Grace Hopper"].type is EntityType.PERSON
    assert entities["Royal Society"].type is EntityType.ORGANISATION
    # shared by documents: the id is a function of (type, canonical name) only, not of the text
    assert entities["Ada Lovelace"].id == shared_id("Entity", "person:ada lovelace")
    assert entities["Ada Lovelace"].doc_id is None
    (claim,) = graph.of_type(Claim)
    mentioned = {r.end for r in graph.relationships if r.type is RelType.MENTIONS}
    attributed = {
        r.end for r in graph.relationships if r.type is RelType.ATTRIBUTED_TO and r.start == claim.id
    }
    assert mentioned == {entities["Ada Lovelace"].id, entities["2024"].id}
    assert attributed == {e.id for e in entities.values()}


def test_title_falls_back_to_the_source_stem() -> None:
    graph = build_graph(extraction(), source="/data/notes/essay.txt")
    assert graph.document.title == "essay"
    assert build_graph(extraction(), source="x", title="Given").document.title == "Given"


def test_evidence_inside_a_conclusion_is_cited_by_it() -> None:
    year = TEXT.index("2024")
    number = NumberMention(
        start=year, end=year + 4, surface="2024", value=2024.0, unit="year", kind=EvidenceKind.DATE
    )
    first = TEXT.index("\n")
    base = extraction(numbers=[number])
    conclusion = ConclusionSpan(start=0, end=first, section=0)
    graph = build_graph(replace(base, claims=[], conclusions=[conclusion]), source="a.txt")
    (evidence,) = graph.of_type(Evidence)
    (node,) = graph.of_type(Conclusion)
    assert [(r.start, r.end) for r in graph.relationships if r.type is RelType.CITES] == [
        (node.id, evidence.id)
    ]
