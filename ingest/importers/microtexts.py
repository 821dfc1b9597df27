"""Read an arg-microtexts argument graph (Peldszus & Stede 2015, ``arggraph.dtd``) into a document graph.

A ``micro_*.xml`` file holds the segments (``edu``), joints of segments (``joint``), the
argumentative units (``adu``, of type ``pro``: proponent, or ``opp``: opponent) and the edges:
``seg`` (segment or joint to unit), ``sup`` and ``exa`` (support, by example), ``reb`` (rebut),
``und`` (undercut: against another edge) and ``add`` (an additional, linked premise of another
edge). The text is the ``.txt`` beside the file when there is one (each segment is found in it
in order), else the segments joined by spaces.

Each unit becomes a claim quoting its segments, with its gold side (proponent ``pro``, opponent
``con``); the central claim (the unit with no outgoing argumentative edge) is ``main``, the
others ``premise``. ``sup``/``exa`` become SUPPORTS and ``reb`` ATTACKS; argkg has no edge
against an edge, so an undercut ATTACKS the premise of the inference it undercuts, and an
additional premise SUPPORTS the target of the edge it completes (the linkage is lost).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

from argkg.errors import InputError
from argkg.ingest.importers.debate import Debate, Link, Unit, build_debate
from argkg.ingest.importers.files import built, read_file_text, xml_error
from argkg.schema import DocumentGraph, Role, Stance

__all__ = ["read_microtext"]

_SIDES = {"pro": Stance.PRO, "opp": Stance.CON}
_ARGUMENT_EDGES = frozenset({"sup", "exa", "reb", "und", "add"})


def read_microtext(path: Path) -> list[DocumentGraph]:
    """Read the microtext argument graph ``path`` (and the ``.txt`` beside it, if any).

    Raises:
        InputError: the file is not XML (names the line and column) or not a valid argument
            graph (names the element).
    """
    root = _parse(path)
    graph = _ArgGraph(root, path)
    txt = path.with_suffix(".txt")
    text = read_file_text(txt) if txt.is_file() else " ".join(graph.edus.values())
    return [built(path, lambda: build_debate(graph.debate(text)))]


def _parse(path: Path) -> ET.Element:
    try:
        root = ET.fromstring(read_file_text(path))
    except ET.ParseError as exc:
        raise xml_error(path, exc) from exc
    if root.tag != "arggraph":
        raise InputError(f"{path}: <{root.tag}>: the root element must be <arggraph>")
    return root


class _ArgGraph:
    """The elements of one ``arggraph``, checked against the DTD's vocabulary."""

    def __init__(self, root: ET.Element, path: Path) -> None:
        self.path = path
        self.root = root
        self.edus = {self._id(e): e.text or "" for e in root.iter("edu")}
        self.joints = {self._id(e) for e in root.iter("joint")}
        self.adus: dict[str, Stance] = {}
        for adu in root.iter("adu"):
            side = _SIDES.get(adu.get("type", ""))
            if side is None:
                raise self._error(adu, f"type {adu.get('type')!r} is neither pro nor opp")
            self.adus[self._id(adu)] = side
        self.edges: dict[str, tuple[str, str, str]] = {}
        for edge in root.iter("edge"):
            src, trg, kind = edge.get("src", ""), edge.get("trg", ""), edge.get("type", "")
            if kind != "seg" and kind not in _ARGUMENT_EDGES:
                raise self._error(edge, f"unknown type {kind!r}")
            self.edges[self._id(edge)] = (src, trg, kind)
        known = self.edus.keys() | self.joints | self.adus.keys() | self.edges.keys()
        for edge_id, (src, trg, _) in self.edges.items():
            for end in (src, trg):
                if end not in known:
                    raise InputError(f"{path}: <edge id={edge_id!r}>: {end!r} is no element of the graph")
        if not self.adus:
            raise InputError(f"{path}: <arggraph>: no <adu>, so no claim to import")

    def debate(self, text: str) -> Debate:
        spans = self._edu_spans(text)
        segments = self._segments()
        arguing = {src for src, _, kind in self.edges.values() if kind in _ARGUMENT_EDGES}
        units = []
        for adu, side in self.adus.items():
            edus = segments.get(adu)
            if not edus:
                raise InputError(f"{self.path}: <adu id={adu!r}>: no segment belongs to it")
            start, end = min(spans[e][0] for e in edus), max(spans[e][1] for e in edus)
            role = Role.PREMISE if adu in arguing else Role.MAIN
            units.append(Unit(key=adu, start=start, end=end, role=role, stance=side))
        title = (self.root.get("topic_id") or self.root.get("id") or self.path.stem).replace("_", " ")
        source = str(self.path.resolve())
        return Debate(source=source, title=title, text=text, units=units, links=self._links())

    def _edu_spans(self, text: str) -> dict[str, tuple[int, int]]:
        spans: dict[str, tuple[int, int]] = {}
        cursor = 0
        for edu_id, edu_text in self.edus.items():
            start = text.find(edu_text.strip(), cursor)
            if start < 0 or not edu_text.strip():
                raise InputError(f"{self.path}: <edu id={edu_id!r}>: its text is not in the .txt (in order)")
            spans[edu_id] = (start, start + len(edu_text.strip()))
            cursor = spans[edu_id][1]
        return spans

    def _segments(self) -> dict[str, list[str]]:
        """Each unit's segments, through joints."""
        parts: dict[str, list[str]] = {}
        for src, trg, kind in self.edges.values():
            if kind == "seg":
                parts.setdefault(trg, []).append(src)

        def edus(node: str, seen: frozenset[str]) -> list[str]:
            if node in self.edus:
                return [node]
            return [e for part in parts.get(node, ()) if part not in seen for e in edus(part, seen | {node})]

        return {adu: edus(adu, frozenset()) for adu in self.adus}

    def _links(self) -> list[Link]:
        links = []
        for src, trg, kind in self.edges.values():
            if kind in ("sup", "exa", "reb"):
                links.append(Link(src, self._unit(trg), attack=kind == "reb"))
            elif kind == "add":
                links.append(Link(src, self._unit(trg)))
            elif kind == "und":
                links.append(Link(src, self._premise(trg), attack=True))
        return links

    def _unit(self, node: str, seen: frozenset[str] = frozenset()) -> str:
        """The unit ``node`` stands for: itself, or the target of the edge it names."""
        if node in self.edges and node not in seen:
            return self._unit(self.edges[node][1], seen | {node})
        return node

    def _premise(self, node: str) -> str:
        """The premise of the inference an undercut names (the source of that edge)."""
        return self.edges[node][0] if node in self.edges else node

    def _id(self, element: ET.Element) -> str:
        value = element.get("id")
        if not value:
            raise self._error(element, "has no id")
        return value

    def _error(self, element: ET.Element, message: str) -> InputError:
        return InputError(f"{self.path}: <{element.tag} id={element.get('id')!r}>: {message}")
