"""A lone text that states no question joins the group it is nearest to when it names the matter
that group's question names (linking._confirmed, topics.names_matter), though it words its thesis
its own way."""

from pathlib import Path

import numpy as np
import pytest

from argkg.ingest import ingest_paths, linking, topics
from argkg.ingest.issue_terms import suffixes
from argkg.schema import DocumentGraph

#: Invented texts: two stating one question on a village hall, two stating one on a kite festival,
#: and two that state none, one naming the hall, one naming neither.
TEXTS = {
    "hall_a": (
        "Should the village hall be sold? Yes. The village hall roof leaks, the heating bill "
        "doubled, and the hall stands empty five nights a week.\n"
    ),
    "hall_b": (
        "Should the village hall be sold? No. The village hall hosts the playgroup, the choir "
        "and the blood drive, and nothing else in the parish has room for them.\n"
    ),
    "kite_a": (
        "Should the kite festival move to the common? Yes. The kite festival has outgrown the "
        "beach car park, and the common has room for twice as many stalls.\n"
    ),
    "kite_b": (
        "Should the kite festival move to the common? No. The kite festival belongs on the beach, "
        "where the wind is steady and the cafés get the trade.\n"
    ),
    "lone": (
        "Handing it to a developer for flats would be a shameful mistake. My grandmother learned "
        "to dance in our village hall in 1952, and my son had his first birthday party there.\n"
    ),
    "stray": (
        "Handing it to a developer for flats would be a shameful mistake. My grandmother learned "
        "to dance in that draughty room in 1952, and my son had his first birthday party there.\n"
    ),
}


def _graphs(tmp_path: Path) -> list[DocumentGraph]:
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(tmp_path / f"{name}.txt")
    return ingest_paths(paths)


def _found(graphs: list[DocumentGraph]) -> list[set[str]]:
    return [
        set(
            topics.profile(
                g.document.text,
                stop_words=linking._topic_stop_words(),
                suffixes=suffixes(),
                focus=linking._focus(g),
            )
        )
        for g in graphs
    ]


def test_a_document_names_a_groups_matter_when_it_uses_most_of_the_terms_its_question_argues() -> None:
    share = topics.topic_settings().matter_share
    assert 0 < share <= 0.5
    own = [{"hall", "villag", "sold"}, {"hall", "villag", "choir"}]
    # "sold": one document only, so not argued; "hall" and "villag" by both.
    assert topics.argued(["hall", "villag", "sold"], own) == {"hall", "villag"}
    assert topics.names_matter(["hall", "villag", "sold"], own, {"hall", "flat"})
    assert not topics.names_matter(["hall", "villag", "sold"], own, {"sold", "flat"})
    # A question whose terms its documents do not argue names no matter anyone could name.
    assert not topics.names_matter(["sold"], own, {"sold"})


def test_a_lone_unstated_text_naming_the_hall_joins_the_hall_group_and_one_that_does_not_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graphs = _graphs(tmp_path)
    assert linking.stated_question(graphs[4]) is None and linking.stated_question(graphs[5]) is None
    # Both lone texts are nearest to the hall group by a margin (1.6) too small for similarity
    # alone; their theses share no wording with the hall question.
    matrix = np.full((6, 6), 0.05)
    matrix[:2, :2] = matrix[2:4, 2:4] = 0.5
    matrix[4:, :2] = matrix[:2, 4:] = 0.08
    np.fill_diagonal(matrix, 1.0)
    groups = [0, 0, 2, 2, 4, 5]
    assert topics.nearest(matrix, groups, 4) == 0 and topics.nearest(matrix, groups, 5) == 0
    found = _found(graphs)
    moved = linking._confirmed(graphs, [None] * 6, matrix, groups, found)
    assert moved == [0, 0, 2, 2, 0, 5]
    # The matter decides: their theses share no wording with the hall question.
    monkeypatch.setattr(topics, "names_matter", lambda motion, own, found: False)
    assert linking._confirmed(graphs, [None] * 6, matrix, groups, found) == groups
