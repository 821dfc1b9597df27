"""Two groups whose stated questions name different things stay apart (topics.group's veto,
linking._apart): neighbouring questions share nouns but differ in what they ask about."""

from pathlib import Path

import numpy as np
import pytest

from argkg.ingest import ingest_paths, linking, topics
from argkg.schema import DocumentGraph, RelType

#: Invented texts: two questions on one island ferry, one about a night service, one about the fare.
NIGHT_A = (
    "Should the island ferry run through the night? Yes. Nurses on the island finish their shifts "
    "at midnight and the last boat leaves at ten. A night ferry would bring them home.\n"
)
NIGHT_B = (
    "Should the island ferry run through the night? I say yes. Night workers and late travellers "
    "are stranded on the island after ten, and a night ferry every two hours would end that.\n"
)
FARE_A = (
    "Should the island ferry fare be halved? Yes. A return fare costs families on the island more "
    "than a week of groceries, and a cheaper fare would bring more visitors to the ferry.\n"
)
FARE_B = (
    "Should the island ferry fare be halved? No. The fare pays for the crew and the boats, and "
    "halving it would mean fewer ferry crossings for everyone on the island.\n"
)


def _graphs(tmp_path: Path) -> list[DocumentGraph]:
    paths = []
    for name, text in {"night_a": NIGHT_A, "night_b": NIGHT_B, "fare_a": FARE_A, "fare_b": FARE_B}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(tmp_path / f"{name}.txt")
    return ingest_paths(paths)


def _issues(graphs: list[DocumentGraph]) -> list[str | None]:
    found = []
    for graph in linking.link_all(graphs, []):
        ends = [
            r.end for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id
        ]
        found.append(ends[0] if ends else None)
    return found


def test_a_term_most_of_a_group_uses_and_the_other_never_does_is_named_only_by_it() -> None:
    share = topics.topic_settings().motion_share
    assert 2 / 7 < share <= 2 / 3
    own = [{"ferri", "night"}, {"ferri", "night", "crew"}, {"ferri"}]
    # "night": two of three; "crew": one document only; "ferri": the other group names it too.
    assert topics.named_only(["ferri", "night", "crew"], own, [{"ferri", "fare"}]) == {"night"}
    assert topics.named_only(["night"], own, [{"night"}]) == set()
    # In a larger group two documents may be too few a share (motion_share).
    assert topics.named_only(["night"], [*own, *[{"ferri"}] * 4], [{"fare"}]) == set()
    # One document of a group naming it is no sign: two at least.
    assert topics.named_only(["crew"], [{"crew"}, {"ferri"}], [{"fare"}]) == set()


def test_two_groups_kept_apart_do_not_merge_and_lone_documents_are_never_asked() -> None:
    m = np.array(
        [[1, 0.9, 0.3, 0.3, 0.3], [0.9, 1, 0.3, 0.3, 0.3], [0.3, 0.3, 1, 0.9, 0.3]] + [[0.3] * 5] * 2
    )
    m[3] = m[:, 3] = [0.3, 0.3, 0.9, 1, 0.3]
    m[4, 4] = 1
    asked: list[tuple[int, int]] = []

    def apart(first: object, second: object) -> bool:
        assert isinstance(first, list) and isinstance(second, list)
        asked.append((len(first), len(second)))
        # A group holding document 0 and one holding document 2 argue two questions.
        return (0 in first and 2 in second) or (2 in first and 0 in second)

    assert len(set(topics.group(m, [None] * 5))) == 1
    grouped = topics.group(m, [None] * 5, apart)
    assert grouped[:4] == [0, 0, 2, 2] and grouped[4] in (0, 2)
    assert asked and all(min(sizes) > 1 for sizes in asked)


def test_two_stacks_of_texts_stating_neighbouring_questions_become_two_issues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graphs = _graphs(tmp_path)
    night_a, night_b, fare_a, fare_b = _issues(graphs)
    assert night_a == night_b is not None and fare_a == fare_b is not None
    assert night_a != fare_a
    # Without the veto the shared nouns (island, ferry) make them one issue.
    monkeypatch.setattr(linking, "_apart", lambda docs, matrix, profiles: lambda first, second: False)
    assert len(set(_issues(graphs))) == 1


def test_a_term_the_other_group_names_only_in_passing_is_still_named_only_by_the_first() -> None:
    leak = topics.topic_settings().motion_leak
    assert 1 / 4 <= leak < 1 / 2
    own = [{"ferri", "night"}, {"ferri", "night"}]
    # One letter of four on the fare mentions the night crossing: "night" is still the first's.
    fare = [{"ferri", "fare", "night"}, {"ferri", "fare"}, {"ferri", "fare"}, {"ferri", "fare"}]
    assert topics.named_only(["ferri", "night"], own, fare) == {"night"}
    # Half the other group naming it is no passing mention.
    assert topics.named_only(["night"], own, fare[:2]) == set()
