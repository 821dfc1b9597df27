"""Read AIF JSON (AIFdb, OVA, xAIF, or argkg's own export) into document graphs.

A file that carries argkg's ``argkg`` extension (`argkg.schema.aif`) is rebuilt exactly: its
documents, every node with its properties and span (from its L-node), every relationship; an
RA- or CA-node added in an AIF tool (without the extension) becomes a support or an attack
between the statements it joins. Any
other AIF file is read as one debate (`argkg.ingest.importers.debate`): each I-node a claim
(the text is the I-nodes' texts, one per line, in file order), each RA-node a support from each
premise to its conclusion, each CA-node an attack; a CA-node that attacks an RA-node (an
undercutter) attacks that inference's premises. Locutions, transitions (TA), rephrases (MA) and
preferences (PA) are dialogue structure argkg does not keep.
"""

from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from argkg.errors import InputError
from argkg.ingest.importers.debate import Debate, Link, Unit, build_debate
from argkg.ingest.importers.files import built, load_json, validated
from argkg.schema import (
    DocumentGraph,
    NodeLabel,
    Record,
    RelType,
    Role,
    graphs_from_records,
    node_record,
    relationship_record,
)
from argkg.schema.aif import EXTENSION, I_TEXT, SCHEME_NODES

__all__ = ["read_aif"]

#: xAIF (the AMF pipeline's format) wraps the AIF object under one of these keys.
_XAIF_KEYS = ("AIF", "aif")
_CONFIG = ConfigDict(extra="allow", frozen=True, coerce_numbers_to_str=True, populate_by_name=True)


class _Node(BaseModel):
    model_config = _CONFIG
    nodeID: str = Field(min_length=1)  # noqa: N815 (AIF's field name)
    text: str
    type: str
    ext: dict[str, Any] | None = Field(default=None, alias=EXTENSION)


class _Edge(BaseModel):
    model_config = _CONFIG
    fromID: str  # noqa: N815
    toID: str  # noqa: N815
    ext: dict[str, Any] | None = Field(default=None, alias=EXTENSION)


class _Extension(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    documents: list[dict[str, Any]]
    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]


class _Aif(BaseModel):
    model_config = _CONFIG
    nodes: list[_Node]
    edges: list[_Edge]
    ext: _Extension | None = Field(default=None, alias=EXTENSION)


def read_aif(path: Path) -> list[DocumentGraph]:
    """Read the AIF JSON file ``path``.

    Raises:
        InputError: the file is not JSON, not AIF (names the JSON path), or describes an
            invalid graph (names the node).
    """
    raw = load_json(path)
    wrapped = next((raw[key] for key in _XAIF_KEYS if isinstance(raw, dict) and key in raw), None)
    aif = validated(_Aif, raw if wrapped is None else wrapped, path)
    by_id = {node.nodeID: node for node in aif.nodes}
    for index, edge in enumerate(aif.edges):
        for end in (edge.fromID, edge.toID):
            if end not in by_id:
                raise InputError(f"{path}: edges[{index}]: node {end!r} is not in nodes")
    if aif.ext is None:
        return [built(path, lambda: build_debate(_debate(aif, path)))]
    try:
        return graphs_from_records(_records(aif, aif.ext))
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from exc


def _records(aif: _Aif, ext: _Extension) -> list[Record]:
    """The export records of a file argkg wrote (see `argkg.schema.aif`)."""
    records: list[Record] = [node_record(NodeLabel.DOCUMENT.value, doc) for doc in ext.documents]
    records += [node_record(node.get("label", ""), node.get("properties", {})) for node in ext.nodes]
    records += [
        relationship_record(rel.get("type"), rel.get("start"), rel.get("end"), rel.get("properties", {}))
        for rel in ext.relationships
    ]
    into, out_of = _adjacency(aif)
    by_id = {node.nodeID: node for node in aif.nodes}
    for node in aif.nodes:
        try:
            records += _node_records(node, into, out_of, by_id)
        except (KeyError, ValueError, TypeError) as exc:
            raise InputError(f"{node.type}-node {node.nodeID!r}: {_reason(exc)}") from exc
    return records


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"{exc.args[0]!r} is missing or unknown"
    return str(exc).splitlines()[0]


def _node_records(
    node: _Node, into: dict[str, list[_Edge]], out_of: dict[str, list[_Edge]], by_id: dict[str, _Node]
) -> list[Record]:
    """The records one AIF node of an argkg file stands for (none for L- and YA-nodes)."""
    if node.type == "I" and node.ext is not None:
        props = {k: v for k, v in node.ext.items() if k != "label"}
        label = NodeLabel(node.ext["label"])
        props.update({"id": node.nodeID, I_TEXT[label]: node.text})
        props.update(_span(node.nodeID, into, by_id))
        return [node_record(label.value, props)]
    if node.type in ("RA", "CA"):
        added = {"type": (RelType.SUPPORTS if node.type == "RA" else RelType.ATTACKS).value}
        return _scheme_records(node, node.ext or added, into[node.nodeID], out_of[node.nodeID])
    if node.type == "MA" and node.ext is not None:  # argkg's RESTATES (another tool's MA: no argkg edge)
        return _scheme_records(node, node.ext, into[node.nodeID], out_of[node.nodeID])
    return []


def _span(i_node: str, into: dict[str, list[_Edge]], by_id: dict[str, _Node]) -> dict[str, Any]:
    """The offsets kept on the L-node asserting ``i_node`` (through its YA-node), if any."""
    for ya_edge in into[i_node]:
        if by_id[ya_edge.fromID].type != "YA":
            continue
        for l_edge in into[ya_edge.fromID]:
            locution = by_id[l_edge.fromID]
            if locution.type == "L" and locution.ext is not None:
                return {"start": locution.ext.get("start"), "end": locution.ext.get("end")}
    return {}


def _scheme_records(
    node: _Node, ext: dict[str, Any], premises: list[_Edge], conclusions: list[_Edge]
) -> list[Record]:
    rel_type = RelType(ext["type"])
    scheme = SCHEME_NODES.get(rel_type)
    if scheme is None:
        raise ValueError(f"{rel_type.value} has no AIF scheme node")
    if len(conclusions) != 1:
        raise InputError(f"{node.type}-node {node.nodeID} has {len(conclusions)} conclusions, not 1")
    conclusion = conclusions[0].toID
    group = {"group": ext["group"]} if "group" in ext else {}
    records = []
    for edge in premises:
        start, end = (conclusion, edge.fromID) if scheme.reverse else (edge.fromID, conclusion)
        records.append(relationship_record(rel_type.value, start, end, {**(edge.ext or {}), **group}))
    return records


def _adjacency(aif: _Aif) -> tuple[dict[str, list[_Edge]], dict[str, list[_Edge]]]:
    into: dict[str, list[_Edge]] = defaultdict(list)
    out_of: dict[str, list[_Edge]] = defaultdict(list)
    for edge in aif.edges:
        into[edge.toID].append(edge)
        out_of[edge.fromID].append(edge)
    return into, out_of


def _debate(aif: _Aif, path: Path) -> Debate:
    """A foreign AIF file as one debate: I-nodes as claims, RA as support, CA as attack."""
    into, out_of = _adjacency(aif)
    by_id = {node.nodeID: node for node in aif.nodes}
    spans: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    offset = 0
    for node in aif.nodes:
        text = " ".join(node.text.split())
        if node.type == "I" and text:
            spans[node.nodeID] = (offset, offset + len(text))
            lines.append(text)
            offset += len(text) + 1
    links: list[Link] = []
    for node in aif.nodes:
        if node.type not in ("RA", "CA"):
            continue
        premises = [e.fromID for e in into[node.nodeID] if e.fromID in spans]
        for edge in out_of[node.nodeID]:
            target = by_id[edge.toID]
            if target.nodeID in spans:
                links += [Link(p, target.nodeID, attack=node.type == "CA") for p in premises]
            elif node.type == "CA" and target.type == "RA":
                undercut = [e.fromID for e in into[target.nodeID] if e.fromID in spans]
                links += [Link(p, u, attack=True) for p in premises for u in undercut]
    arguing = {link.source for link in links}
    units = [
        Unit(key=key, start=start, end=end, role=Role.PREMISE if key in arguing else Role.MAIN)
        for key, (start, end) in spans.items()
    ]
    if not units:
        raise InputError(f"{path}: nodes: no I-node with text, so no claim to import")
    text = "\n".join(lines)
    return Debate(source=str(path.resolve()), title=path.stem, text=text, units=units, links=links)
