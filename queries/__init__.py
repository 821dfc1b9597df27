"""Analyses of the argument graph: if I doubt this assumption, which conclusions go with it?

Every analysis is a pure function of the analysis graph ``G`` (a networkx ``MultiDiGraph``, as
`argkg.graph.GraphStore.load` returns it) and answers with the models of
`argkg.queries.models`, sorted. SEMANTICS.md, beside this module, defines what each answer means.
Those that Cypher can express have a twin under ``queries/cypher/`` (`run_cypher_analysis`), and
`analyse` writes the results into a document graph for the stores and Neo4j Browser.
"""

from argkg.queries._graph import EdgesByType, edges_of_type
from argkg.queries.analyse import analyse
from argkg.queries.atms import (
    MAX_ENVIRONMENTS,
    Cut,
    Environment,
    Labelling,
    Lit,
    bounded_labels,
    critical,
    labels,
    whatif,
)
from argkg.queries.contest import contested, grounded
from argkg.queries.cypher import CYPHER_ANALYSES, load_cypher, run_cypher_analysis
from argkg.queries.depends import cruxes, depends
from argkg.queries.issues import assumption_sources, issue_sources, issues
from argkg.queries.models import (
    AssumptionDependency,
    ConclusionDependencies,
    ContestedAssumption,
    CriticalPair,
    Crux,
    EvidenceRow,
    IssueSources,
    Restatement,
    SectionBalance,
    SourceOnIssue,
    Splits,
    WhatIf,
)
from argkg.queries.restated import restated, restated_clusters
from argkg.queries.tables import balance, evidence

__all__ = [
    "analyse",
    "balance",
    "contested",
    "critical",
    "cruxes",
    "depends",
    "evidence",
    "grounded",
    "issues",
    "assumption_sources",
    "issue_sources",
    "restated",
    "restated_clusters",
    "labels",
    "bounded_labels",
    "Cut",
    "whatif",
    "edges_of_type",
    "EdgesByType",
    "MAX_ENVIRONMENTS",
    "Environment",
    "Labelling",
    "Lit",
    "CYPHER_ANALYSES",
    "load_cypher",
    "run_cypher_analysis",
    "AssumptionDependency",
    "ConclusionDependencies",
    "ContestedAssumption",
    "CriticalPair",
    "Crux",
    "EvidenceRow",
    "SectionBalance",
    "Splits",
    "IssueSources",
    "SourceOnIssue",
    "Restatement",
    "WhatIf",
]
