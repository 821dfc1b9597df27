"""argkg: a structured argument knowledge graph.

Text goes one way: ``ingest`` turns an argumentative text into typed ``schema`` objects, a
``graph`` store keeps them (Neo4j or an embedded networkx file), ``queries`` analyse them and
``reports`` render them.
"""

__version__ = "0.1.0"
