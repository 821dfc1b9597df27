"""Write the analyses back into a document graph, so the stores and Neo4j Browser can show them.

Each Assumption gets ``contested``, ``supports``, ``attacks`` and ``status``; each conclusion
gets a RESTS_ON edge to every literal of its label (the assumption, with ``polarity`` the answer
needed), ``critical`` when the literal is in every environment. Then one Cypher pattern answers
the product's question::

    MATCH (c:Conclusion)-[:RESTS_ON {critical: true}]->(a:Assumption {contested: true})
    RETURN c, a
"""

from argkg.gcpause import pausing_cycle_collection
from argkg.graph.networkx_graph import structure_to_networkx
from argkg.queries._graph import edges_of_type
from argkg.queries.atms import Lit, critical, labels
from argkg.queries.contest import Sides, grounded, side_counts
from argkg.schema import Assumption, DocumentGraph, GroundedStatus, Node, Relationship, RelType

__all__ = ["analyse"]


@pausing_cycle_collection
def analyse(graph: DocumentGraph) -> DocumentGraph:
    """Return ``graph`` with the analysis properties and RESTS_ON edges written in.

    Parameters
    ----------
    graph : DocumentGraph
        One document's graph; it is not changed.

    Returns
    -------
    DocumentGraph
        The same nodes, assumptions carrying ``contested``, ``supports``, ``attacks`` and
        ``status``; the same relationships minus any old RESTS_ON, followed by the new RESTS_ON
        edges ordered by conclusion id, then assumption id, then polarity (affirm first).

    Raises
    ------
    InputError
        If a label exceeds `argkg.queries.atms.MAX_ENVIRONMENTS`.

    Examples
    --------
    >>> from argkg.schema import Assumption, Conclusion, Document, text_sha256
    >>> text = "So it holds."
    >>> doc = Document(id="D", doc_id="D", title="t", lang="en", source="t.txt", text=text,
    ...                sha256=text_sha256(text))
    >>> graph = DocumentGraph(document=doc, nodes=(
    ...     Assumption(id="A", doc_id="D", text="It is so", origin="stated"),
    ...     Conclusion(id="C", doc_id="D", text=text, start=0, end=len(text))),
    ...     relationships=(Relationship(type="DEPENDS_ON", start="C", end="A", basis="stated", group=0),))
    >>> analysed = analyse(graph)
    >>> [(r.start, r.end, r.critical, str(r.polarity)) for r in analysed.relationships
    ...  if r.type == "RESTS_ON"]
    [('C', 'A', True, 'affirm')]
    >>> analysed.node_index["A"].status, analyse(analysed) == analysed
    (<GroundedStatus.ACCEPTED: 'accepted'>, True)

    Notes
    -----
    Pure and idempotent: analysing an analysed graph gives the same graph. The analyses read
    neither RESTS_ON edges nor the analysis properties, so old values cannot leak in.
    """
    G = structure_to_networkx(graph)
    edges = edges_of_type(G, RelType.DEPENDS_ON, RelType.SUPPORTS, RelType.ATTACKS)  # one pass for all three
    counts = side_counts(G, edges=edges)
    status = grounded(G, edges=edges)
    labelled = labels(G, edges=edges)
    pairs = critical(G, labelled=labelled)
    is_critical = {(pair.conclusion_id, Lit(pair.assumption_id, pair.polarity)) for pair in pairs}
    rests_on = tuple(
        Relationship(
            type=RelType.RESTS_ON,
            start=conclusion,
            end=lit.assumption,
            critical=(conclusion, lit) in is_critical,
            polarity=lit.polarity,
        )
        for conclusion, label in labelled.items()
        for lit in sorted(frozenset[Lit]().union(*label))
    )
    kept = tuple(rel for rel in graph.relationships if rel.type is not RelType.RESTS_ON)
    nodes = tuple(_with_analysis(node, counts, status) for node in graph.nodes)
    # trusted, not validated again: the same nodes, and RESTS_ON edges between two of them
    return DocumentGraph.model_construct(document=graph.document, nodes=nodes, relationships=kept + rests_on)


def _with_analysis(node: Node, counts: dict[str, Sides], status: dict[str, GroundedStatus]) -> Node:
    if not isinstance(node, Assumption):
        return node
    count = counts[node.id]
    update = {"contested": count.contested, "supports": count.supports, "attacks": count.attacks}
    return node.model_copy(update={**update, "status": status[node.id]})
