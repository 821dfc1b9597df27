"""How argkg's graph maps onto AIF, the Argument Interchange Format of AIFdb and OVA.

The exporter (`argkg.graph.exporters.aif`) and the importer (`argkg.ingest.importers.aif`)
share this contract, so it lives before both stages:

- claims, conclusions, assumptions and evidence are I-nodes (information);
- ``SUPPORTS`` is an RA-node (rule application) from the supporting I-node to the supported
  one, ``ATTACKS`` a CA-node (conflict application); ``CITES`` is an RA-node from the evidence
  to the claim that uses it, and ``DEPENDS_ON`` an RA-node from the assumptions a conclusion
  needs to the conclusion, one RA-node per group (AIF's linked premises: needed together);
  ``RESTATES`` (a claim of one document restating another's) an MA-node ("Default Rephrase",
  AIF's rephrase) from the claim with the smaller id to the other;
- a spanned node also gets an L-node (locution) quoting its span, joined to it by a YA-node
  ("Asserting"); the span's offsets go in the locution entry (``start``, ``end``, ``source``:
  the document id), where AIFdb keeps them;
- what AIF has no place for (the document, sections, entities, the properties of a node beyond
  its text, the other relationship types) goes under the extra key `EXTENSION`, which AIF
  tools ignore and argkg reads back.

>>> SCHEME_NODES[RelType.ATTACKS]
SchemeNode(type='CA', text='Default Conflict', reverse=False)
"""

from typing import NamedTuple

from argkg.schema.vocabulary import NodeLabel, RelType

__all__ = ["EXTENSION", "I_TEXT", "SCHEME_NODES", "SchemeNode", "ASSERTING"]

#: The extra key on AIF nodes, edges and the top level that holds what AIF cannot.
EXTENSION = "argkg"

#: Node labels written as I-nodes, and the property that is the I-node's text.
I_TEXT: dict[NodeLabel, str] = {
    NodeLabel.CLAIM: "text",
    NodeLabel.CONCLUSION: "text",
    NodeLabel.ASSUMPTION: "text",
    NodeLabel.EVIDENCE: "surface",
}

#: The illocution text of the YA-node between an L-node and its I-node.
ASSERTING = "Asserting"


class SchemeNode(NamedTuple):
    """The AIF scheme node a relationship type becomes.

    Attributes:
        type: ``RA`` (inference), ``CA`` (conflict) or ``MA`` (rephrase).
        text: the scheme's name, as AIFdb writes its default schemes.
        reverse: the AIF premise is the relationship's end (the conclusion its start).
    """

    type: str
    text: str
    reverse: bool


#: Relationship types AIF expresses as scheme nodes.
SCHEME_NODES: dict[RelType, SchemeNode] = {
    RelType.SUPPORTS: SchemeNode("RA", "Default Inference", reverse=False),
    RelType.ATTACKS: SchemeNode("CA", "Default Conflict", reverse=False),
    RelType.CITES: SchemeNode("RA", "Argument From Evidence", reverse=True),
    RelType.DEPENDS_ON: SchemeNode("RA", "Default Inference", reverse=True),
    RelType.RESTATES: SchemeNode("MA", "Default Rephrase", reverse=False),
}
