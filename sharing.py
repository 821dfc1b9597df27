"""What the commands on shared issues do: link a batch on ingest (to the shared issues and, by
RESTATES, to the stored claims it restates), ``link``, ``unlink``, ``remove``.

Like `argkg.workflows`, these functions only connect the stages: the documents come from the
store, `argkg.ingest.linking` links them to the shared issues, the store keeps the result, and
the user's overrides (`argkg.graph.overrides`) are kept beside the store under ``--data``.
"""

from collections.abc import Sequence
from pathlib import Path

from argkg.config import Settings
from argkg.errors import InputError
from argkg.graph import open_store
from argkg.graph.overrides import load_overrides, save_overrides
from argkg.ingest.linking import link_all
from argkg.ingest.restates import restate
from argkg.schema import DocumentGraph, Issue, IssueOverride

__all__ = ["known_issues", "link_batch", "keep_question", "link", "unlink", "remove", "source_of"]


def source_of(name: str) -> str:
    """Return the stored ``source`` a user means: an existing path resolved, else the name as given."""
    path = Path(name)
    return str(path.resolve()) if path.exists() else name


def known_issues(graphs: Sequence[DocumentGraph]) -> list[Issue]:
    """Return the shared issues the graphs link to, each once, sorted by id."""
    found = {node.id: node for graph in graphs for node in graph.of_type(Issue)}
    return [found[issue_id] for issue_id in sorted(found)]


def link_batch(
    graphs: Sequence[DocumentGraph],
    *,
    stored: Sequence[DocumentGraph],
    data_dir: Path,
    question: str | None = None,
) -> list[DocumentGraph]:
    """Link each graph to the shared issues, in order, against the stored ones and the batch's.

    Meant to run inside the store's write (`GraphStore.write_prepared`), on the documents it
    has just read under the lock, so that nothing is stored between the link and the write.

    Args:
        graphs: the documents about to be stored.
        stored: the documents the store holds (their issues are the known ones).
        data_dir: where the overrides live.
        question: the debated question every one of ``graphs`` argues (``ingest --question``);
            kept as each document's override.

    Returns:
        The linked graphs, in order, each with the RESTATES edges of its claims
        (`argkg.ingest.restates`).
    """
    overrides = load_overrides(data_dir)
    if question is not None:
        overrides.update((g.document.source, IssueOverride(question=question)) for g in graphs)
    return restate(link_all(graphs, stored, overrides), stored)


def keep_question(graphs: Sequence[DocumentGraph], *, data_dir: Path, question: str | None) -> None:
    """Keep ``question`` as the override of each of ``graphs`` (after they are stored)."""
    if question is None:
        return
    overrides = load_overrides(data_dir)
    overrides.update((g.document.source, IssueOverride(question=question)) for g in graphs)
    save_overrides(data_dir, overrides)


def _relink(name: str, override: IssueOverride, *, settings: Settings) -> DocumentGraph:
    """Link one stored document again under ``override`` (read, link and write under one lock)
    and keep the override."""
    source = source_of(name)

    def relinked(stored: list[DocumentGraph]) -> list[DocumentGraph]:
        graph = next((g for g in stored if source in (g.document.source, g.document.id)), None)
        if graph is None:
            raise InputError(f"no stored document {name}")
        others = [g for g in stored if g.document.id != graph.document.id]
        return link_all([graph], others, {graph.document.source: override})

    store = open_store(settings)
    try:
        (graph,), _ = store.write_prepared(relinked)
    finally:
        store.close()
    overrides = load_overrides(settings.data_dir)
    overrides[graph.document.source] = override
    save_overrides(settings.data_dir, overrides)
    return graph


def link(name: str, issue_id: str, *, settings: Settings) -> DocumentGraph:
    """Make the stored document ``name`` (source or id) argue the shared issue ``issue_id``.

    Raises:
        InputError: no such document or issue.
    """
    with_issue = _issue(issue_id, settings=settings)
    return _relink(name, IssueOverride(question=with_issue.text), settings=settings)


def unlink(name: str, *, settings: Settings) -> DocumentGraph:
    """Give the stored document ``name`` an issue of its own, shared with no other document."""
    return _relink(name, IssueOverride(unlinked=True), settings=settings)


def _issue(issue_id: str, *, settings: Settings) -> Issue:
    store = open_store(settings)
    try:
        found = next((i for i in known_issues(store.documents()) if i.id == issue_id), None)
    finally:
        store.close()
    if found is None:
        raise InputError(f"no issue {issue_id} in the store (see `argkg query issues`)")
    return found


def remove(names: Sequence[str], *, settings: Settings) -> list[str]:
    """Remove stored documents (by source or id), their overrides, and shared nodes only they used.

    Raises:
        InputError: none of ``names`` is a stored document.
    """
    store = open_store(settings)
    try:
        removed = store.remove([source_of(name) for name in names])
    finally:
        store.close()
    if not removed:
        raise InputError(f"no stored document {names[0] if names else ''}".strip())
    overrides = load_overrides(settings.data_dir)
    if any(source in overrides for source in removed):
        save_overrides(settings.data_dir, {k: v for k, v in overrides.items() if k not in removed})
    return removed
