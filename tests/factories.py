"""Hand-built document graphs for tests (importable: ``tests/`` is on pytest's pythonpath)."""

import json
import os
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import BaseModel

from argkg.graph import EmbeddedStore
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    Document,
    DocumentGraph,
    Evidence,
    Relationship,
    Section,
    dumps_records,
    graph_records,
    span_key,
    stable_id,
    text_sha256,
)

TINY_TEXT = "Debate: Will prices fall?\nPro: Prices fall 10% a year.\nIf supply grows, prices fall.\nConclusion: prices will fall."


def build_tiny_graph(text: str = TINY_TEXT, source: str = "tiny.txt") -> DocumentGraph:
    """A small valid graph over ``text``: a section, a claim citing a number, an assumption, a conclusion."""
    sha = text_sha256(text)
    doc = Document(
        id=stable_id(sha, "Document", ""),
        doc_id=stable_id(sha, "Document", ""),
        title="tiny",
        lang="en",
        source=source,
        text=text,
        sha256=sha,
    )

    def spanned(label: str, quote: str) -> tuple[str, int, int]:
        start = text.index(quote)
        return stable_id(sha, label, span_key(start, start + len(quote))), start, start + len(quote)

    sec_id = stable_id(sha, "Section", "0")
    section = Section(
        id=sec_id, doc_id=doc.id, ordinal=1, title="Debate", kind="debate", start=0, end=len(text)
    )
    claim_quote = text.split("Pro: ", 1)[1].split("\n", 1)[0]
    number = re.search(r"\d+%", claim_quote)
    assert number is not None
    cid, cs, ce = spanned("Claim", claim_quote)
    claim = Claim(id=cid, doc_id=doc.id, text=text[cs:ce], start=cs, end=ce, stance="pro", role="main")
    eid, es, ee = spanned("Evidence", number.group())
    evidence = Evidence(
        id=eid,
        doc_id=doc.id,
        surface=number.group(),
        value=int(number.group()[:-1]) / 100,
        unit="percent",
        kind="ratio",
        start=es,
        end=ee,
    )
    assumption = Assumption(
        id=stable_id(sha, "Assumption", "prices will fall"),
        doc_id=doc.id,
        text="Prices will fall",
        origin="debate",
    )
    kid, ks, ke = spanned("Conclusion", "prices will fall.")
    conclusion = Conclusion(id=kid, doc_id=doc.id, text=text[ks:ke], start=ks, end=ke, credence=0.7)
    rels = (
        Relationship(type="HAS_SECTION", start=doc.id, end=sec_id),
        Relationship(type="CONTAINS", start=sec_id, end=cid),
        Relationship(type="CONTAINS", start=sec_id, end=kid),
        Relationship(type="RAISES", start=sec_id, end=assumption.id),
        Relationship(type="SUPPORTS", start=cid, end=assumption.id),
        Relationship(type="CITES", start=cid, end=eid),
        Relationship(type="DEPENDS_ON", start=kid, end=assumption.id, basis="structural", group=0),
    )
    return DocumentGraph(
        document=doc, nodes=(section, claim, evidence, assumption, conclusion), relationships=rels
    )


#: The shared corpus: ``$ARGKG_CORPUS``, else ``shared/corpus`` beside the repository (as CI lays it).
CORPUS = Path(os.environ.get("ARGKG_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus")
#: The reference article (input data for tests; never quoted in code).
REFERENCE_ARTICLE = CORPUS / "000_91da3ad19ea60206.txt"
#: The bundled example debates.
EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("debate_*.txt"))

OTHER_TEXT = "Debate: Will rents rise?\nPro: Rents rise 10% a year.\nIf supply grows, prices fall.\nConclusion: prices will fall."


def write_many(data_dir: str, index: int, rounds: int) -> None:
    """Write ``rounds`` versions of document ``index`` into the embedded store (a concurrent writer)."""
    text = OTHER_TEXT.replace("10%", f"{index}%")
    for round_ in range(rounds):
        graph = build_tiny_graph(text.replace("rise", f"rise{round_}"), source=f"doc-{index}.txt")
        EmbeddedStore(Path(data_dir)).write([graph])


def build_large_graph(size: int, source: str = "large.txt") -> DocumentGraph:
    """A graph over a text of about ``size`` characters: one claim per line, each supporting the next.

    The shape of a long debate after extraction (about one claim, one CONTAINS and one SUPPORTS
    per 100 characters), to test what the stores take, not what extraction finds.
    """
    line = "Pro: the measure helps because the evidence in this paragraph says it does, again {}."
    lines = [line.format(i) for i in range(size // (len(line) + 6) + 1)]
    text = "Debate: Is this long?\n" + "\n".join(lines)
    sha = text_sha256(text)
    doc_id = stable_id(sha, "Document", "")
    doc = Document(id=doc_id, doc_id=doc_id, title="large", lang="en", source=source, text=text, sha256=sha)
    section = Section(
        id=stable_id(sha, "Section", "0"), doc_id=doc_id, ordinal=1, title="Debate", kind="debate",
        start=0, end=len(text),
    )  # fmt: skip
    claims = []
    offset = text.index("\n") + 1
    for quote in lines:
        key = span_key(offset, offset + len(quote))
        claim = Claim(
            id=stable_id(sha, "Claim", key), doc_id=doc_id, text=quote, start=offset,
            end=offset + len(quote), stance="pro", role="premise",
        )  # fmt: skip
        claims.append(claim)
        offset += len(quote) + 1
    rels = [Relationship(type="HAS_SECTION", start=doc_id, end=section.id)]
    rels += [Relationship(type="CONTAINS", start=section.id, end=claim.id) for claim in claims]
    rels += [Relationship(type="SUPPORTS", start=a.id, end=b.id) for a, b in pairwise(claims)]
    return DocumentGraph(document=doc, nodes=(section, *claims), relationships=tuple(rels))


def own_lines(graph: DocumentGraph) -> set[str]:
    """A document's own record lines, without its links to shared issues (``ON_ISSUE`` and the
    ``Issue`` nodes) and to other documents' claims (``RESTATES``): those depend on the other
    documents stored, not on the document's version."""
    lines = dumps_records(graph_records(graph.model_copy(update={"restates": ()}))).splitlines()
    return {line for line in lines if '"label":"ON_ISSUE"' not in line and '"labels":["Issue"]' not in line}


def graph_lines(G: nx.MultiDiGraph) -> list[str]:
    """The analysis graph as sorted JSON lines (each node and edge with its data): equal lines,
    equal graphs, whatever order the nodes and edges were added in."""
    nodes = (json.dumps(["node", node, data], sort_keys=True) for node, data in G.nodes(data=True))
    edges = (
        json.dumps(["edge", a, b, key, data], sort_keys=True)
        for a, b, key, data in G.edges(keys=True, data=True)
    )
    return sorted([*nodes, *edges])


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``argkg`` in a child process (as a user would), with ``env`` added to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "argkg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def without_sources(value: Any) -> Any:
    """``value`` (an analysis answer or a list of them) with every per-source breakdown emptied.

    For tests of what an analysis says about the assumptions themselves; the breakdown has its
    own tests (tests/queries/test_sources.py).
    """
    if isinstance(value, list):
        return [without_sources(v) for v in value]
    if not isinstance(value, BaseModel):
        return value
    update = {
        name: (type(field)() if name == "sources" else without_sources(field))
        for name, field in value
        if name == "sources" or isinstance(field, (list, BaseModel))
    }
    return value.model_copy(update=update)
