"""The picture's layout: three columns of boxes that never overlap, edges from box to box."""

import re

import networkx as nx

from argkg.reports.picture import Picture, PictureNode, _wrap, layout_picture


def _picture(built) -> Picture:
    graph = built[1]
    assumptions = sorted(n for n, label in graph.nodes(data="label") if label == "Assumption")
    picture = layout_picture(graph, assumptions=assumptions, keys={}, contested=set())
    assert picture is not None
    return picture


def _overlap(a: PictureNode, b: PictureNode) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def test_boxes_do_not_overlap_and_fit_the_canvas(zh_debate, en_debate) -> None:
    for built in (zh_debate, en_debate):
        picture = _picture(built)
        nodes = picture.nodes
        assert not [(a.id, b.id) for i, a in enumerate(nodes) for b in nodes[i + 1 :] if _overlap(a, b)]
        assert all(
            n.x >= 0 and n.x + n.width <= picture.width and n.y >= 0 and n.y + n.height <= picture.height
            for n in nodes
        )
        for node in nodes:
            lines = [node.badge, *node.lines] if node.badge else node.lines
            assert all(node.y < line.y < node.y + node.height for line in lines)


def test_edges_run_from_box_side_to_box_side(zh_debate) -> None:
    picture = _picture(zh_debate)
    sides = {(round(n.x, 1), round(n.y + n.height / 2, 1)) for n in picture.nodes}
    sides |= {(round(n.x + n.width, 1), round(n.y + n.height / 2, 1)) for n in picture.nodes}
    for edge in picture.edges:
        numbers = [float(v) for v in re.findall(r"-?\d+\.\d", edge.path)]
        assert (numbers[0], numbers[1]) in sides and (numbers[-2], numbers[-1]) in sides


def test_positions_sit_left_and_conclusions_right(zh_debate) -> None:
    picture = _picture(zh_debate)
    x = {n.kind.split("-")[0]: n.x for n in picture.nodes}
    assert x["claim"] < x["assumption"] < x["conclusion"]


def test_nothing_to_draw_is_no_picture() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("c", label="Claim", text="alone", stance="pro", role="main")
    assert layout_picture(graph, assumptions=[], keys={}, contested=set()) is None


def test_wrap_breaks_words_and_characters_and_truncates() -> None:
    assert _wrap("alpha beta gamma delta", 7, 3) == ["alpha beta", "gamma delta"]
    assert _wrap("一二三四五六七八", 3, 2) == ["一二三", "四五…"]
    assert _wrap("一二三。", 3, 2) == ["一二三。"], "closing punctuation hangs instead of starting a line"
    assert _wrap("<<<<<<<<", 3, 3) == ["<<<", "<<<", "<<"], "wide symbols take more room than letters"
    assert _wrap("", 3, 2) == []


def test_a_dependency_on_the_answer_no_is_drawn_apart(zh_debate, en_debate) -> None:
    """The zh debate's second conclusion needs its first question answered no; the en one has none."""
    assert sorted(e.kind for e in _picture(zh_debate).edges if e.kind.startswith("depends")) == [
        "depends",
        "depends",
        "depends",
        "depends-no",
    ]
    assert {e.kind for e in _picture(en_debate).edges} == {"supports", "attacks", "depends"}
