"""Grouping documents by what they are about (argkg.ingest.topics) and its use in link_all."""

from itertools import permutations
from pathlib import Path

import numpy as np
import yaml

from argkg.bench.crossdoc import TOPICS
from argkg.ingest import ingest_paths, segment, topics
from argkg.ingest.issue_terms import similarity, suffixes, topic_similarity
from argkg.ingest.linking import link_all
from argkg.schema import DocumentGraph, Issue, IssueOverride, RelType

ZOO_A = "Zoos should be closed. Locking animals in cages so families can stare at them is wrong. Elephants need space.\n"
ZOO_B = "Elephants in captivity get a yard instead of the wild. Animals are not toys in cages.\n"
WEEK = "Staff who work four days a week are rested. Trials found output per hour went up.\n"
STOP = frozenset({"the", "is", "and", "are"})


def _graphs(tmp_path: Path, texts: dict[str, str]) -> list[DocumentGraph]:
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return ingest_paths(paths)


def _issue_of(graph: DocumentGraph) -> str | None:
    links = [
        r.end for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id
    ]
    return links[0] if links else None


def _partition(graphs: list[DocumentGraph]) -> set[frozenset[str]]:
    found: dict[str | None, set[str]] = {}
    for graph in graphs:
        found.setdefault(_issue_of(graph), set()).add(Path(graph.document.source).name)
    return {frozenset(names) for names in found.values()}


def test_function_words_and_contractions_alone_never_make_documents_alike() -> None:
    profiles = [
        topics.profile(text, stop_words=STOP, suffixes=("s",))
        for text in (
            "The zoo is cruel and the cages are small, aren't they? I'd won't.",
            "The week is short and the staff are rested, aren't they? I'd won't.",
        )
    ]
    matrix = topics.similarities(profiles)
    assert matrix[0, 1] == 0.0
    assert topics.group(matrix, [None, None]) == [0, 1]


def test_chinese_words_every_text_uses_alone_never_make_documents_alike() -> None:
    texts = ("其实两个人什么时候去看电影都行。", "其实两个城市什么时候修地铁都一样。")
    assert all(segment.general_idf(w) is not None for w in ("其实", "两个", "什么", "时候"))
    profiles = [topics.profile(t, stop_words=STOP, suffixes=("s",)) for t in texts]
    assert not {"其实", "两个", "什么", "时候"} & (set(profiles[0]) | set(profiles[1]))
    assert all(profiles)
    assert topics.similarities(profiles)[0, 1] == 0.0


def test_a_long_chinese_word_is_read_as_the_dictionary_words_within_it() -> None:
    long_word, short_word = "城里新修了高速公路。", "这条公路很长。"
    assert "高速公路" in segment.lcut(long_word) and "公路" in segment.lcut(short_word)
    first, second = (topics.profile(t, stop_words=STOP, suffixes=("s",)) for t in (long_word, short_word))
    assert "公路" in first and "高速公路" not in first and "公路" in second
    assert topics.similarities([first, second])[0, 1] > 0.0
    assert topics.profile("公路", stop_words=frozenset({"公路"}), suffixes=("s",)) == []


def test_a_self_introduction_is_no_topic_but_what_follows_it_is() -> None:
    """Who the writer is ("I'm 15.", "我是公交车司机", "As a mother of two, …") names no question:
    the words after the introducing clause, else the next sentence, weigh as the topic."""
    text = "I drive a taxi. Phones should be locked away at school. Kids talk more."
    assert topics.weighed(text, "I drive a taxi.") == "Phones should be locked away at school."
    assert topics.weighed("x", "As a mother of two, I want phones in bags.") == "I want phones in bags."
    assert topics.weighed("我是公交车司机。学校应该禁止手机。", "我是公交车司机。") == "学校应该禁止手机。"
    assert topics.weighed("I'm 15. I'm 16.", "I'm 15.") is None
    assert topics.weighed("Taxis are slow.", "Taxis are slow.") == "Taxis are slow."
    found = topics.profile(text, stop_words=STOP, suffixes=("s",))
    assert found.count("taxi") == 1 and found.count("phone") == 2


def test_grouping_does_not_depend_on_the_order_of_documents() -> None:
    profiles = [
        ["zoo", "cage", "lion"],
        ["zoo", "cage", "elephant"],
        ["week", "staff"],
        ["week", "staff", "rest"],
    ]
    for order in permutations(range(4)):
        matrix = topics.similarities([profiles[i] for i in order])
        groups = topics.group(matrix, [None] * 4)
        together = {frozenset(order[j] for j in range(4) if groups[j] == groups[i]) for i in range(4)}
        assert together == {frozenset({0, 1}), frozenset({2, 3})}


def test_fixed_groups_take_new_members_but_never_merge() -> None:
    matrix = np.array([[1.0, 0.9, 0.8], [0.9, 1.0, 0.8], [0.8, 0.8, 1.0]])
    assert topics.group(matrix, ["a", "b", None]) == [0, 1, 0]
    assert topics.group(matrix, ["a", "a", None]) == [0, 0, 0]


def test_a_document_left_alone_joins_only_a_clearly_closest_group() -> None:
    def matrix(to_first: float, to_second: float) -> np.ndarray:
        m = np.eye(5)
        m[0, 1] = m[1, 0] = m[3, 4] = m[4, 3] = 0.5
        m[2, :2] = m[:2, 2] = to_first
        m[2, 3:] = m[3:, 2] = to_second
        return m

    settings = topics.topic_settings()
    low = settings.attach_threshold + 0.01
    assert low < settings.join_threshold
    assert topics.group(matrix(low, 0.0), [None] * 5) == [0, 0, 0, 3, 3]
    # the two groups are alike inside (0.5), so the plain mean and the centroid agree
    near_tie = low / min(settings.attach_margin, settings.centroid_margin) + 0.001
    assert topics.group(matrix(low, near_tie), [None] * 5) == [0, 0, 2, 3, 3]
    assert topics.group(matrix(low, 0.0), [None, None, "stored", None, None]) == [0, 0, 2, 3, 3]
    assert topics.group(matrix(settings.attach_threshold - 0.01, 0.0), [None] * 5) == [0, 0, 2, 3, 3]


def test_a_document_joins_a_loose_group_whose_centroid_it_is_clearly_closest_to() -> None:
    """The plain means (0.10 against 0.06) are no clear best, but the first group is loose (its
    two documents alike at 0.15) and the second tight (0.90): against what each group's members
    share (the cosine with its centroid) the document is clearly closer to the first."""

    def matrix(tight: float) -> np.ndarray:
        m = np.eye(5)
        m[0, 1] = m[1, 0] = 0.15
        m[2, 3] = m[3, 2] = tight
        m[4, :2] = m[:2, 4] = 0.10
        m[4, 2:4] = m[2:4, 4] = 0.06
        return m

    settings = topics.topic_settings()
    assert settings.attach_margin * 0.06 > 0.10 and settings.join_threshold < 0.15
    assert topics.group(matrix(0.90), [None] * 5) == [0, 0, 2, 2, 0]
    assert topics.group(matrix(0.15), [None] * 5) == [0, 0, 2, 2, 4]


def test_a_small_group_joins_a_clearly_closest_group_unless_both_are_fixed_or_it_is_large() -> None:
    settings = topics.topic_settings()
    cross = settings.attach_threshold + 0.01
    assert cross < settings.join_threshold

    def matrix(size: int) -> np.ndarray:
        """Three groups of ``size`` alike documents; the first two a little alike."""
        m = np.eye(3 * size)
        for start in range(0, 3 * size, size):
            block = slice(start, start + size)
            m[block, block] = np.maximum(m[block, block], 0.5)
        m[:size, size : 2 * size] = m[size : 2 * size, :size] = cross
        return m

    pair = settings.attach_size
    assert topics.group(matrix(pair), [None] * 3 * pair)[: 2 * pair] == [0] * 2 * pair
    fixed = ["a"] * pair + ["b"] * pair + [None] * pair
    assert topics.group(matrix(pair), fixed)[: 2 * pair] == [0] * pair + [pair] * pair
    large = pair + 1
    assert topics.group(matrix(large), [None] * 3 * large)[: 2 * large] == [0] * large + [large] * large


def test_two_pairs_that_each_state_one_question_do_not_join_a_third_pair_they_are_near() -> None:
    """Each of two pairs whose documents state one question (similarity 1) is clearly nearest to
    a loose pair: joining it would make the two questions one issue through it. A pair as alike
    but not certain still joins (the rule of the test above)."""
    settings = topics.topic_settings()
    near = settings.attach_threshold + 0.01
    m = np.eye(6)
    for a, b, alike in ((0, 1, 1.0), (2, 3, 1.0), (4, 5, settings.join_threshold + 0.02)):
        m[a, b] = m[b, a] = alike
    m[:4, 4:] = m[4:, :4] = near
    m[:2, 2:4] = m[2:4, :2] = 0.0
    assert topics.group(m, [None] * 6) == [0, 0, 2, 2, 4, 4]
    loose = m.copy()
    loose[0, 1] = loose[1, 0] = 0.5
    assert topics.group(loose, [None] * 6)[:2] == [0, 0] and topics.group(loose, [None] * 6)[4:] == [0, 0]


def test_a_lone_document_may_join_a_group_once_another_lone_document_has_joined_it() -> None:
    settings = topics.topic_settings()
    weak, close = settings.attach_threshold - 0.02, settings.attach_threshold + 0.05
    assert close < settings.join_threshold and (2 * weak + close) / 3 >= settings.attach_threshold
    m = np.eye(4)
    m[0, 1] = m[1, 0] = 0.5
    m[2, :2] = m[:2, 2] = settings.attach_threshold + 0.01
    m[3, :2] = m[:2, 3] = weak
    m[2, 3] = m[3, 2] = close
    assert topics.group(m, [None] * 4) == [0, 0, 0, 0]
    assert topics.group(m, [None, None, "stored", None]) == [0, 0, 2, 3]


def test_a_stated_question_in_both_documents_is_a_cue_the_same_wording_a_certain_one() -> None:
    matrix = np.eye(3)
    raised = topics.with_questions(
        matrix, ["Should zoos close?", "should zoos close", None], lambda a, b: 0.0, str.casefold
    )
    assert raised[0, 1] == 0.0 and matrix[0, 1] == 0.0
    raised = topics.with_questions(
        matrix, ["Should zoos close?", "Should zoos shut?", None], lambda a, b: 0.8, str.casefold
    )
    assert raised[0, 1] == topics.topic_settings().question_weight * 0.8 and raised[0, 2] == 0.0


def test_the_action_a_motion_asks_for_is_no_topic() -> None:
    """Two motions that both ask for a ban share no topic by that alone, in their profiles or
    their stated questions; what they ban still matches across wordings and languages."""
    stop = frozenset()
    banned = [
        topics.profile(text, stop_words=stop, suffixes=suffixes())
        for text in ("Fireworks should be banned.", "随份子应该取消。", "Homework should be abolished.")
    ]
    assert not {"ban"} & {term for profile in banned for term in profile}
    assert topics.similarities(banned)[0, 2] == 0.0
    assert similarity("Should zoos be closed?", "Should cosmetics testing be prohibited?") > 0.0
    assert topic_similarity("Should zoos be closed?", "Should cosmetics testing be prohibited?") == 0.0
    assert topic_similarity("Should zoos be closed?", "Zoos should not be allowed") == 1.0


def test_link_all_groups_texts_that_never_state_their_question(tmp_path: Path) -> None:
    graphs = _graphs(tmp_path, {"zoo_a.txt": ZOO_A, "week.txt": WEEK, "zoo_b.txt": ZOO_B})
    expected = {frozenset({"zoo_a.txt", "zoo_b.txt"}), frozenset({"week.txt"})}
    assert _partition(link_all(graphs, [])) == expected
    assert _partition(link_all(graphs[::-1], [])) == expected


def test_a_new_document_joins_a_stored_issue_and_overrides_win(tmp_path: Path) -> None:
    zoo_a, zoo_b, week = _graphs(tmp_path, {"zoo_a.txt": ZOO_A, "zoo_b.txt": ZOO_B, "week.txt": WEEK})
    (stored,) = link_all([zoo_a], [])
    (joined,) = link_all([zoo_b], [stored])
    assert _issue_of(joined) == _issue_of(stored) is not None
    question = "Should employers switch to a four-day week?"
    overrides = {zoo_b.document.source: IssueOverride(question=question)}
    (moved,) = link_all([zoo_b], [stored], overrides)
    assert [i.text for i in moved.of_type(Issue)] == [question]
    (alone,) = link_all([zoo_b], [stored], {zoo_b.document.source: IssueOverride(unlinked=True)})
    assert _issue_of(alone) != _issue_of(stored)
    assert _issue_of(link_all([week], [stored])[0]) != _issue_of(stored)


def test_the_topic_dev_set_has_both_languages_and_a_gold_line_per_text() -> None:
    gold = yaml.safe_load((TOPICS / "gold.yaml").read_text(encoding="utf-8"))
    texts = sorted(p.stem for p in TOPICS.glob("*.txt"))
    assert texts == sorted(gold["documents"]) and len(texts) >= 48
    questions = {d["question"] for d in gold["documents"].values()}
    assert len(questions) >= 12 and questions <= set(gold["questions"])
    langs: dict[str, set[bool]] = {}
    for name, entry in gold["documents"].items():
        text = (TOPICS / f"{name}.txt").read_text(encoding="utf-8")
        langs.setdefault(entry["question"], set()).add(any("\u4e00" <= ch <= "\u9fff" for ch in text))
    assert sum(found == {True} for found in langs.values()) >= 3
    assert any(found == {True, False} for found in langs.values())


def test_re_ingesting_an_unchanged_document_keeps_its_issue(tmp_path: Path) -> None:
    zoo_a, zoo_b = _graphs(tmp_path, {"zoo_a.txt": ZOO_A, "zoo_b.txt": ZOO_B})
    (stored_a,) = link_all([zoo_a], [])
    question = "Should employers switch to a four-day week?"
    (stored_b,) = link_all([zoo_b], [stored_a], {zoo_b.document.source: IssueOverride(question=question)})
    (again,) = link_all([zoo_b], [stored_a, stored_b])
    assert _issue_of(again) == _issue_of(stored_b) != _issue_of(stored_a)
    changed = _graphs(tmp_path, {"zoo_b.txt": ZOO_B + "Zoos should be closed.\n"})
    assert _issue_of(link_all(changed, [stored_a, stored_b])[0]) == _issue_of(stored_a)


def test_a_lone_documents_nearest_group_is_named_only_when_clearly_nearest() -> None:
    settings = topics.topic_settings()
    groups = [0, 0, 2, 2, 4]

    def matrix(to_first: float, to_second: float) -> np.ndarray:
        m = np.eye(5)
        m[0, 1] = m[1, 0] = m[2, 3] = m[3, 2] = 0.5
        m[4, :2] = m[:2, 4] = to_first
        m[4, 2:4] = m[2:4, 4] = to_second
        return m

    near = settings.attach_threshold + 0.02
    assert topics.nearest(matrix(near, near / (settings.wording_margin + 0.1)), groups, 4) == 0
    assert topics.nearest(matrix(near / (settings.wording_margin + 0.1), near), groups, 4) == 2
    assert topics.nearest(matrix(near, near / (settings.wording_margin - 0.1)), groups, 4) is None
    weak = settings.attach_threshold - 0.01
    assert topics.nearest(matrix(weak, weak / (settings.wording_margin + 1)), groups, 4) is None
