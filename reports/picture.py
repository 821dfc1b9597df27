"""The argument graph as a picture: a layered layout computed here, drawn as SVG by a template.

Three columns read left to right: the positions (main claims, and any claim that supports or
attacks an assumption or conclusion), the assumptions they argue over, and the conclusions that
rest on assumptions. Only those edges are drawn (see `_drawn_edges`), so the picture stays a
summary of the argument rather than a copy of the whole graph. Rows are ordered to keep edges
short: assumptions in document order, claims and conclusions by the mean row of the assumptions
they touch (a one-pass barycentre, not a crossing minimiser). The picture needs no network and
no JavaScript; each box links to its quote, and its full text is its tooltip.

Text widths are estimated in ems from character classes (a wide East Asian character is 1 em,
a lower-case Latin letter about 0.6, ``<`` or ``=`` about 0.85 in common sans-serif fonts), so
the layout does not depend on which fonts a reader has; the estimate errs on the wide side.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from statistics import fmean

import networkx as nx
from pydantic import BaseModel, ConfigDict

from argkg.reports.provenance import anchor
from argkg.schema import NodeLabel, Polarity, RelType, Role

__all__ = ["PictureLine", "PictureNode", "PictureEdge", "PictureColumn", "Picture", "layout_picture"]

_BOX_WIDTH = 230
_COLUMN_GAP = 150
_MARGIN = 50
_HEADER = 30
_ROW_GAP = 12
_LINE_HEIGHT = 15
_PAD = 7
_DESCENT = 4
#: Line length in ems: the box's inner width (230 - 2 x 7 px) over the 12 px font, less a margin.
_EMS_PER_LINE = 17.0
#: Estimated advance width, in ems, by character class; anything else counts as ``_EM_DEFAULT``.
_EM_CLASSES = (
    (frozenset(" "), 0.32),
    (frozenset("iljtfrI.,:;'!|()[]{}`"), 0.36),
    (frozenset("ABCDEFGHJKLNOPQRSTUVXYZ0123456789$?#_"), 0.7),
    (frozenset('MWmw%@&<>=+~^*"\u2026'), 0.9),
)
_EM_DEFAULT = 0.6
_MAX_LINES = 3
_CURVE_OFFSET = 50
#: Unicode categories that may not start a line: closing brackets and quotes, other punctuation.
_NO_LINE_START = frozenset({"Pe", "Pf", "Po"})
_EDGE_KINDS = {RelType.SUPPORTS: "supports", RelType.ATTACKS: "attacks", RelType.DEPENDS_ON: "depends"}
_ARGUES = frozenset({RelType.SUPPORTS.value, RelType.ATTACKS.value})
_DENY = Polarity.DENY.value
_COLUMNS = (NodeLabel.CLAIM, NodeLabel.ASSUMPTION, NodeLabel.CONCLUSION)
#: A run of non-space characters outside the East Asian blocks (a Latin word, a number), or one
#: character: East Asian text breaks between any two characters.
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+|.")


class PictureLine(BaseModel):
    """One line of text in a box, at baseline ``y``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    y: float
    text: str


class PictureNode(BaseModel):
    """A box: where it is, what it says and where it links.

    Attributes:
        kind: the CSS class (``claim-pro``, ``assumption-contested``, ``conclusion``...).
        text_x: where the box's text starts.
        badge: a short tag shown above the text (an assumption's or conclusion's key).
        lines: the wrapped, possibly truncated, text; the badge, if any, is the first line.
        title: the full text (tooltip).
        href: the link to the node's quote, when it has one.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: str
    x: float
    y: float
    width: float
    height: float
    text_x: float
    badge: PictureLine | None
    lines: list[PictureLine]
    title: str
    href: str | None


class PictureEdge(BaseModel):
    """A curve from one box to another; ``kind`` is ``supports``, ``attacks`` or ``depends``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    path: str


class PictureColumn(BaseModel):
    """A column heading: the node label it holds and the x of its centre."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    x: float


class Picture(BaseModel):
    """A laid-out argument graph, in SVG user units; column headings sit on ``header_y``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    width: float
    height: float
    header_y: float
    columns: list[PictureColumn]
    nodes: list[PictureNode]
    edges: list[PictureEdge]


def layout_picture(
    graph: nx.MultiDiGraph, *, assumptions: Sequence[str], keys: Mapping[str, str], contested: set[str]
) -> Picture | None:
    """Lay out the positions, assumptions and conclusions of ``graph`` and the edges between them.

    Args:
        graph: the analysis graph (see `argkg.graph.networkx_graph`).
        assumptions: the assumptions' ids, top to bottom (those of ``graph`` not listed go last).
        keys: short tags (``A1``, ``C2``...) by node id, shown as badges.
        contested: ids of the contested assumptions (drawn with a heavier border).

    Returns:
        The picture, or None when ``graph`` has neither assumptions nor conclusions.
    """
    drawn = _drawn_edges(graph)
    columns = _select(graph, drawn, contested)
    if not columns[1] and not columns[2]:
        return None
    order = _order(graph, columns, assumptions, drawn)
    lines = {node: _wrap(str(graph.nodes[node].get("text", ""))) for column in columns for node in column}
    heights = {node: _PAD * 2 + _LINE_HEIGHT * (len(lines[node]) + (node in keys)) for node in lines}
    totals = [sum(heights[n] for n in column) + _ROW_GAP * max(len(column) - 1, 0) for column in columns]
    height = max(totals)
    nodes: dict[str, PictureNode] = {}
    for index, column in enumerate(columns):
        x = _MARGIN + index * (_BOX_WIDTH + _COLUMN_GAP)
        y = _MARGIN + _HEADER + (height - totals[index]) / 2
        for node in sorted(column, key=order.__getitem__):
            data = graph.nodes[node]
            badge = keys.get(node)
            baselines = [y + _PAD + _LINE_HEIGHT * (i + 1) - _DESCENT for i in range(len(lines[node]) + 1)]
            nodes[node] = PictureNode(
                id=node,
                kind=_kind(data, node in contested),
                x=x,
                y=y,
                width=_BOX_WIDTH,
                height=heights[node],
                text_x=x + _PAD,
                badge=PictureLine(y=baselines.pop(0), text=badge) if badge else None,
                lines=[
                    PictureLine(y=at, text=text) for at, text in zip(baselines, lines[node], strict=False)
                ],
                title=str(data.get("text", "")),
                href="#" + anchor(node) if "start" in data else None,
            )
            y += heights[node] + _ROW_GAP
    column_of = {node: index for index, column in enumerate(columns) for node in column}
    edges = [
        PictureEdge(kind=kind, path=_path(nodes[u], nodes[v], column_of[u], column_of[v]))
        for u, v, kind in drawn
        if u in nodes and v in nodes
    ]
    return Picture(
        width=_MARGIN * 2 + 3 * _BOX_WIDTH + 2 * _COLUMN_GAP,
        height=_MARGIN * 2 + _HEADER + height,
        header_y=_MARGIN + _HEADER / 2,
        columns=[
            PictureColumn(label=label.value, x=_MARGIN + i * (_BOX_WIDTH + _COLUMN_GAP) + _BOX_WIDTH / 2)
            for i, label in enumerate(_COLUMNS)
        ],
        nodes=list(nodes.values()),
        edges=edges,
    )


def _drawn_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """The edges the picture draws, as (start, end, kind), sorted.

    A claim's SUPPORTS or ATTACKS of an assumption or conclusion, and a conclusion's DEPENDS_ON
    (kind ``depends-no`` when it needs the question answered no); edges between claims (premises
    under their main claim) and claims' own dependencies are left to the report's debate
    sections, where they are readable.
    """
    argued = {NodeLabel.ASSUMPTION.value, NodeLabel.CONCLUSION.value}
    drawn = set()
    for u, v, data in graph.edges(data=True):
        rel_type = data["type"]
        start, end = graph.nodes[u]["label"], graph.nodes[v]["label"]
        argues = rel_type in _ARGUES and start == NodeLabel.CLAIM.value and end in argued
        rests = rel_type == RelType.DEPENDS_ON.value and start == NodeLabel.CONCLUSION.value
        if argues or rests:
            kind = _EDGE_KINDS[RelType(rel_type)]
            denies = rests and end == NodeLabel.ASSUMPTION.value and data.get("polarity") == _DENY
            drawn.add((u, v, kind + "-no" if denies else kind))
    return sorted(drawn)


def _select(
    graph: nx.MultiDiGraph, edges: list[tuple[str, str, str]], contested: set[str]
) -> tuple[list[str], list[str], list[str]]:
    """Pick the nodes of each column: positions' claims, assumptions, conclusions.

    Claims: main claims and claims with a drawn edge. Assumptions: those a drawn edge touches,
    and the contested ones. Conclusions: all.
    """
    touched = {node for u, v, _ in edges for node in (u, v)}
    columns: dict[str, list[str]] = {label.value: [] for label in _COLUMNS}
    for node, data in graph.nodes(data=True):
        label = data["label"]
        if (
            (label == NodeLabel.CLAIM.value and (data.get("role") == Role.MAIN.value or node in touched))
            or (label == NodeLabel.ASSUMPTION.value and (node in touched or node in contested))
            or label == NodeLabel.CONCLUSION.value
        ):
            columns[label].append(node)
    return (
        columns[NodeLabel.CLAIM.value],
        columns[NodeLabel.ASSUMPTION.value],
        columns[NodeLabel.CONCLUSION.value],
    )


def _order(
    graph: nx.MultiDiGraph,
    columns: tuple[list[str], list[str], list[str]],
    assumptions: Sequence[str],
    edges: list[tuple[str, str, str]],
) -> dict[str, tuple[float, str, int, str]]:
    """Sort keys: assumptions as given, the others by the mean row of the assumptions they touch."""
    claims, pictured, conclusions = columns
    given = {node: index for index, node in enumerate(assumptions)}
    row = {
        node: index
        for index, node in enumerate(sorted(pictured, key=lambda n: (given.get(n, len(given)), n)))
    }
    touching: dict[str, list[int]] = {}
    for u, v, _ in edges:
        for node, other in ((u, v), (v, u)):
            if other in row:
                touching.setdefault(node, []).append(row[other])
    order = {node: (float(index), "", 0, node) for node, index in row.items()}
    for node in claims + conclusions:
        data = graph.nodes[node]
        mean = fmean(touching[node]) if node in touching else float(len(row))
        order[node] = (mean, str(data.get("doc_id", "")), int(data.get("start", 0)), node)
    return order


def _kind(data: Mapping[str, object], contested: bool) -> str:
    """The CSS class of a box."""
    label = data["label"]
    if label == NodeLabel.CLAIM.value:
        return f"claim-{data.get('stance', 'neutral')}"
    if label == NodeLabel.ASSUMPTION.value:
        return "assumption-contested" if contested else "assumption"
    return "conclusion"


def _closing(piece: str) -> bool:
    """The piece starts with punctuation that may not begin a line (it hangs at the line's end)."""
    return bool(piece) and unicodedata.category(piece[0]) in _NO_LINE_START


def _width(text: str) -> float:
    """Estimated width of ``text`` in ems."""
    return sum(_char_width(ch) for ch in text)


@cache
def _char_width(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    return next((width for chars, width in _EM_CLASSES if ch in chars), _EM_DEFAULT)


def _wrap(text: str, ems: float = _EMS_PER_LINE, max_lines: int = _MAX_LINES) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines ``ems`` wide, ending in … if cut.

    Latin words stay whole unless longer than a line; East Asian text breaks between characters.
    Widths are added up piece by piece and the text is read only until it is known to be cut,
    so a long text costs no more than the lines it shows.

    >>> _wrap("one two three four five", 5, 2)
    ['one two', 'three fo…']
    >>> _wrap("正方认为收费有效", 3, 2)
    ['正方认', '为收…']
    """
    lines: list[str] = []
    current, width = "", 0.0
    for token in _TOKEN.findall(" ".join(text.split())):
        pieces = [token] if _width(token) <= ems else list(token)
        for piece in pieces:
            if current and width + _width(piece.rstrip()) > ems and not _closing(piece):
                lines.append(current.rstrip())
                current = piece.lstrip()
                width = _width(current)
            else:
                current += piece
                width += _width(piece)
        if len(lines) > max_lines:
            break
    if current.strip():
        lines.append(current.rstrip())
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and _width(last + "…") > ems:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + "…"]
    return lines


def _path(source: PictureNode, target: PictureNode, source_column: int, target_column: int) -> str:
    """An SVG cubic curve from the facing side of ``source`` to that of ``target``."""
    sy, ty = source.y + source.height / 2, target.y + target.height / 2
    if source_column == target_column:
        left = source_column == 0
        sx = source.x if left else source.x + source.width
        tx = target.x if left else target.x + target.width
        bend = -_CURVE_OFFSET if left else _CURVE_OFFSET
        return f"M{sx:.1f},{sy:.1f} C{sx + bend:.1f},{sy:.1f} {tx + bend:.1f},{ty:.1f} {tx:.1f},{ty:.1f}"
    forward = source_column < target_column
    sx = source.x + source.width if forward else source.x
    tx = target.x if forward else target.x + target.width
    mid = (sx + tx) / 2
    return f"M{sx:.1f},{sy:.1f} C{mid:.1f},{sy:.1f} {mid:.1f},{ty:.1f} {tx:.1f},{ty:.1f}"
