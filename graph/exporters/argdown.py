"""Write stored documents as Argdown, the argument-map text format of the Argdown tools.

The file parses with the official Argdown CLI (``@argdown/cli``) into a map whose statements
and relations are argkg's:

- a ``#`` heading per document and a ``##`` heading per section, in order (a debated
  question's section is titled by its heading; Argdown groups the map by them);
- a statement per claim, conclusion, assumption and evidence, titled by its label and number
  (``[Claim 1.4]``: document 1, item 4) and defined once with its text in the section that
  holds it (assumptions in the section that raises them, the rest under the document); a claim
  on a side carries the tag ``#pro`` or ``#con`` (Argdown colours the map by tag);
- under each statement, ``+ [S]`` for each statement that supports it and ``- [S]`` for each
  that attacks it (evidence supports the claim that cites it);
- each conclusion with its premises: one premise-conclusion argument per ``DEPENDS_ON`` group
  (the assumptions and claims needed together), titled after the conclusion.

Characters Argdown reads as syntax (brackets, angle brackets, ``#``, emphasis, braces, ``@``,
slashes) are escaped with a backslash, and line breaks become spaces, so each text is kept as a
statement's text. Not kept: offsets, roles, credences and the other properties, entities
and the relationships without an Argdown form (see the README's table of formats).
"""

import re
from collections import defaultdict
from collections.abc import Sequence

from argkg.schema import Claim, DocumentGraph, Node, NodeLabel, Relationship, RelType, Section, Stance
from argkg.schema.aif import I_TEXT

__all__ = ["graphs_to_argdown", "statement_titles"]

_SPECIAL = re.compile(r"([\\\[\]<>#*_{}@/~`])")
_RELATION_SIGN = {RelType.SUPPORTS: "+", RelType.ATTACKS: "-", RelType.CITES: "+"}


def statement_titles(graphs: Sequence[DocumentGraph]) -> dict[str, str]:
    """Return the Argdown title of every node that is a statement, by node id."""
    titles: dict[str, str] = {}
    for doc_number, graph in enumerate(graphs, start=1):
        item = 0
        for node in graph.nodes:
            if node.label in I_TEXT:
                item += 1
                titles[node.id] = f"{node.label.value} {doc_number}.{item}"
    return titles


def graphs_to_argdown(graphs: Sequence[DocumentGraph]) -> str:
    """Return the Argdown text of ``graphs`` (see the module docstring)."""
    titles = statement_titles(graphs)
    blocks = [_document(graph, titles) for graph in graphs]
    return "\n".join(blocks)


def _document(graph: DocumentGraph, titles: dict[str, str]) -> str:
    nodes = graph.node_index
    incoming: dict[str, list[Relationship]] = defaultdict(list)
    placed: dict[str, list[str]] = defaultdict(list)
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for rel in graph.relationships:
        if rel.type in (RelType.SUPPORTS, RelType.ATTACKS):
            incoming[rel.end].append(rel)
        elif rel.type is RelType.CITES:
            incoming[rel.start].append(rel)
        elif rel.type in (RelType.CONTAINS, RelType.RAISES) and rel.end in titles:
            placed[rel.start].append(rel.end)
        elif rel.type is RelType.DEPENDS_ON and rel.end in titles and rel.group is not None:
            groups[(rel.start, rel.group)].append(rel.end)
    in_sections = {node_id for ids in placed.values() for node_id in ids}
    loose = [n.id for n in graph.nodes if n.id in titles and n.id not in in_sections]
    lines = [f"# {_heading(graph.document.title)}", ""]
    lines += _statements(loose, nodes, titles, incoming)
    for section in sorted(graph.of_type(Section), key=lambda s: (s.ordinal, s.start)):
        lines += [f"## {_heading(section.title or section.kind.value)}", ""]
        lines += _statements(placed[section.id], nodes, titles, incoming)
    for (conclusion, group), premises in groups.items():
        lines += _argument(titles[conclusion], group, [titles[p] for p in premises])
    return "\n".join(lines) + "\n"


def _statements(
    ids: list[str], nodes: dict[str, Node], titles: dict[str, str], incoming: dict[str, list[Relationship]]
) -> list[str]:
    lines = []
    for node_id in ids:
        node = nodes[node_id]
        text = str(getattr(node, I_TEXT[NodeLabel(node.label)]))
        stance = node.stance.value if isinstance(node, Claim) and node.stance is not Stance.NEUTRAL else ""
        lines.append(f"[{titles[node_id]}]: {_escape(text)}" + (f" #{stance}" if stance else ""))
        for rel in incoming[node_id]:
            other = rel.end if rel.type is RelType.CITES else rel.start
            lines.append(f"  {_RELATION_SIGN[rel.type]} [{titles[other]}]")
        lines.append("")
    return lines


def _argument(conclusion: str, group: int, premises: list[str]) -> list[str]:
    lines = [f"<{conclusion} rests on {group + 1}>", ""]
    lines += [f"({number}) [{title}]" for number, title in enumerate(premises, start=1)]
    lines += ["----", f"({len(premises) + 1}) [{conclusion}]", ""]
    return lines


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _heading(text: str) -> str:
    return _escape(text) or "untitled"
