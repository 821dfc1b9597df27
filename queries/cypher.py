"""The Cypher twins of the analyses: load them by name, run them, read rows into the same models.

Each ``queries/cypher/<name>.cypher`` is headed by a comment naming its parameters and result
columns, and runs as is in Neo4j Browser (no APOC, no parameters). Rows are validated with the
model of the networkx analysis of the same name, so the two answers compare with ``==``.
"""

from collections.abc import Callable, Mapping
from importlib import resources

from pydantic import BaseModel, ValidationError

from argkg.errors import InputError, StoreError
from argkg.queries.models import (
    AssumptionSources,
    ConclusionDependencies,
    ContestedAssumption,
    CriticalPair,
    Crux,
    EvidenceRow,
    IssueSources,
    Restatement,
    SectionBalance,
)

__all__ = ["CYPHER_ANALYSES", "Runner", "load_cypher", "run_cypher_analysis"]

#: The model each Cypher analysis returns, by name (the name of its ``.cypher`` file).
CYPHER_ANALYSES: dict[str, type[BaseModel]] = {
    "contested": ContestedAssumption,
    "depends": ConclusionDependencies,
    "critical": CriticalPair,
    "cruxes": Crux,
    "evidence": EvidenceRow,
    "balance": SectionBalance,
    "issues": IssueSources,
    "assumption_sources": AssumptionSources,
    "restated": Restatement,
}

#: The analyses whose rows carry each assumption's breakdown by source (``sources``), which
#: ``assumption_sources.cypher`` gives once for all of them.
_WITH_SOURCES = frozenset({"contested", "cruxes", "depends"})

#: Runs a read query with parameters and returns its rows as dicts (e.g. the Neo4j store's read).
Runner = Callable[[str, Mapping[str, object]], list[dict[str, object]]]


def load_cypher(name: str) -> str:
    """Return the text of ``queries/cypher/<name>.cypher``.

    Parameters
    ----------
    name : str
        One of `CYPHER_ANALYSES`.

    Returns
    -------
    str
        The query, header comment included.

    Raises
    ------
    InputError
        If there is no Cypher analysis called ``name`` (the message lists those there are).

    Examples
    --------
    >>> load_cypher("evidence").splitlines()[0]
    "// evidence: every number a claim cites, with the citing claim's stance."

    Notes
    -----
    The files are package data, read with `importlib.resources`, so this works from a wheel.
    """
    if name not in CYPHER_ANALYSES:
        known = ", ".join(sorted(CYPHER_ANALYSES))
        raise InputError(f"no Cypher analysis named {name!r}; there are: {known}")
    return resources.files("argkg.queries").joinpath("cypher", f"{name}.cypher").read_text(encoding="utf-8")


def run_cypher_analysis(name: str, run: Runner) -> list[BaseModel]:
    """Run the Cypher twin of analysis ``name`` with ``run`` and return its rows as models.

    Parameters
    ----------
    name : str
        One of `CYPHER_ANALYSES`.
    run : callable
        ``run(query, parameters) -> rows``, each row a dict from column name to value.

    Returns
    -------
    list of pydantic.BaseModel
        One model of ``CYPHER_ANALYSES[name]`` per row, in the query's order.

    Raises
    ------
    InputError
        If there is no Cypher analysis called ``name``.
    StoreError
        If a row does not fit the model (the store holds a graph argkg did not analyse).

    Examples
    --------
    >>> rows = [{"conclusion_id": "C", "assumption_id": "A", "polarity": "deny"}]
    >>> run_cypher_analysis("critical", lambda query, parameters: rows)
    [CriticalPair(conclusion_id='C', assumption_id='A', polarity=<Polarity.DENY: 'deny'>)]

    Notes
    -----
    The rows of ``contested``, ``cruxes`` and ``depends`` (each of its assumptions) get their
    ``sources`` from ``assumption_sources.cypher``, run once beside them.
    ``depends``, ``critical`` and ``cruxes`` read what `argkg.queries.analyse.analyse` wrote
    (RESTS_ON edges and assumption properties); on a store that was never analysed they return
    conclusions without assumptions, or nothing.
    """
    query = load_cypher(name)
    model = CYPHER_ANALYSES[name]
    rows = run(query, {})
    if name in _WITH_SOURCES:
        found = run(load_cypher("assumption_sources"), {})
        by_source = {str(row["assumption_id"]): row["sources"] for row in found}
        rows = [_with_sources(row, by_source) for row in rows]
    try:
        return [model.model_validate(row) for row in rows]
    except ValidationError as exc:
        reason = exc.errors()[0]["msg"]
        raise StoreError(f"{name}.cypher returned a row that is not a {model.__name__}: {reason}") from exc


def _with_sources(row: dict[str, object], by_source: Mapping[str, object]) -> dict[str, object]:
    """``row`` with its assumption's (or each of its assumptions') ``sources``."""
    if "assumption_id" in row:
        return {**row, "sources": by_source.get(str(row["assumption_id"]), [])}
    listed = row.get("assumptions")
    if not isinstance(listed, list):
        return row
    return {**row, "assumptions": [_with_sources(dict(a), by_source) for a in listed]}
