"""Linking documents to shared issues: content matching, opposition, stance, overrides."""

from pathlib import Path

import pytest
from factories import build_tiny_graph

from argkg.ingest import ingest_text
from argkg.ingest.issue_side import (
    LOOSE_SIMILARITY,
    VOTE_SIMILARITY,
    concept_side,
    document_side,
    stated_side,
)
from argkg.ingest.issue_terms import content_terms, opposed, proposes, similarity
from argkg.ingest.linking import MATCH_THRESHOLD, link_all, link_issues
from argkg.schema import Assumption, DocumentGraph, Issue, IssueOverride, IssueStance, RelType

PRO = "Cities should ban cars from their centres. The air gets cleaner and the streets get quieter.\n"
CON = "Cars should not be banned from city centres. Shops lose customers and old people lose access.\n"
OTHER = "Sugary drinks should be taxed. The revenue pays for school sports.\n"
ZH = "城市应该禁止汽车进入市中心。空气会更干净。\n"


def _link(text: str, known: list[Issue], override: IssueOverride | None = None) -> tuple[Issue, IssueStance]:
    graph = link_issues(ingest_text(text, source=f"{hash(text)}.txt"), known, override=override)
    (issue,) = graph.of_type(Issue)
    (rel,) = [r for r in graph.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]
    assert rel.end == issue.id and rel.stance is not None
    return issue, rel.stance


def test_content_terms_drop_function_words_and_stem() -> None:
    assert content_terms("The cities are banning cars") == content_terms("city ban car")
    assert content_terms("城市应该禁止汽车") == {"城市", "禁止", "止汽", "汽车"}


def test_a_one_character_stop_word_inside_a_word_stays() -> None:
    # "过" (an aspect particle), "中", "会" and "地" are function words alone, not inside a word.
    assert {"过年", "中学", "社会", "地铁"} <= content_terms("过年的时候，中学的社会课搬到地铁站旁边")
    assert "过年" in content_terms("春节还是得回家过年") & content_terms("过年一定要回老家吗？")
    assert not any("过" in term for term in content_terms("他说过这件事"))  # jieba cuts 说/过 apart


def test_similarity_separates_questions() -> None:
    thesis = PRO.split(".")[0]
    assert similarity(thesis, CON.split(".")[0]) >= MATCH_THRESHOLD
    assert similarity(thesis, OTHER.split(".")[0]) < MATCH_THRESHOLD
    assert similarity("", thesis) == 0.0


def test_opposed_counts_negations_and_opposite_words() -> None:
    assert opposed("Cars should be banned", "Cars should not be banned")
    assert opposed("Cars should be banned", "Cars should be allowed")
    assert not opposed("Cars should not be banned", "Cars should be allowed")
    assert opposed("城市应该禁止汽车", "城市不应该禁止汽车")
    assert not opposed("城市应不应该禁止汽车？", "城市应该禁止汽车")  # an A-not-A question asks
    assert opposed("毕业以后要不要考研？", "毕业以后不要考研")
    # a concession that takes back what it grants
    assert opposed(
        "Making public transport free sounds great until you see the bill.", "Public transport should be free"
    )


def test_a_concession_that_takes_back_what_it_grants_judges_against_whatever_it_grants() -> None:
    """ "X sounds ADJ but/until…" grants X a quality only to take it back: a judgement against X,
    whatever the quality (a pattern, not a list of adjectives), with or without a comma."""
    issue = "School places should be allocated by lottery"
    assert opposed("A lottery for school places sounds democratic but leaves families in limbo.", issue)
    assert opposed("Allocating school places by lottery sounds very modern, but nobody can plan.", issue)
    assert opposed("A lottery for places sounds scrupulously fair until your child is left out.", issue)
    assert not opposed("A lottery for school places sounds right to me.", issue)


def test_two_sides_of_one_question_share_an_issue_with_opposite_stances() -> None:
    first, first_stance = _link(PRO, [])
    second, second_stance = _link(CON, [first])
    third, _ = _link(OTHER, [first])
    assert second == first and third != first
    assert {first_stance, second_stance} == {IssueStance.PRO, IssueStance.CON}


def test_relinking_is_idempotent() -> None:
    graph = ingest_text(PRO, source="p.txt")
    once = link_issues(graph, [])
    assert link_issues(once, once.of_type(Issue)) == once


def test_overrides_assign_or_isolate_the_issue() -> None:
    asked = "Should cars be banned from city centres?"
    by_question, _ = _link(ZH, [], IssueOverride(question=asked))
    assert by_question.text == asked
    first, _ = _link(PRO, [])
    alone, _ = _link(CON, [first], IssueOverride(unlinked=True))
    assert alone != first


def test_judgements_and_words_that_do_away_with_something_turn_a_wording_around() -> None:
    issue = "Zoos should be abolished"
    assert opposed("Abolishing zoos is a bad idea", issue)
    assert opposed("We must keep our zoos", issue)
    assert not opposed("It is high time to close down zoos", issue)
    assert opposed("Good zoos should be supported, not abolished", issue)
    assert opposed("A tax on sugary drinks is unfair and does not work", "Sugary drinks should be taxed")
    assert not opposed("小学生的家庭作业完全没有必要", "小学应该取消家庭作业")
    assert opposed("我反对限制未成年人玩网络游戏", "应该限制未成年人玩网络游戏")
    assert not opposed("Shops should simply stop handing out bags", "Should bags be banned?")
    assert not opposed("In the end, cities should ban cars", "Cities should ban cars")
    assert opposed("Tipping is an outdated custom", "Tipping should stay")
    assert not opposed("调休这种做法早就该改了", "应该取消调休")


def test_a_documents_side_is_read_from_its_thesis_against_the_issues_wording() -> None:
    issue = "Should sugary drinks be taxed?"
    cases = {
        "Taxing soft drinks is the wrong way to fight obesity. Education works better.": IssueStance.CON,
        "I am against a tax on sugary drinks. It hits the poor hardest.": IssueStance.CON,
        "It is high time to tax sugary drinks. When Mexico taxed them, sales did not rise.": IssueStance.PRO,
        "# Should soda be taxed?\n\nNo. Adults can decide for themselves.\n": IssueStance.CON,
        "# Should soda be taxed?\n\nThey should. It pays for school sports.\n": IssueStance.PRO,
    }
    for text, side in cases.items():
        graph = ingest_text(text, source=f"{hash(text)}.txt")
        asked = "soda should be taxed" if text.startswith("#") else None
        assert document_side(graph.document, issue, asked) is side, text
    zh = ingest_text("对含糖饮料征税并不公平。它加重低收入家庭的负担。", source="zh.txt")
    assert document_side(zh.document, "应该对含糖饮料征税吗？") is IssueStance.CON
    quiet = ingest_text("The weather was fine all week.", source="w.txt")
    assert document_side(quiet.document, issue) is None


def test_a_document_that_never_words_the_issue_votes_with_the_sentences_that_share_some_of_it() -> None:
    issue = "Should sugary drinks be taxed?"
    text = "The new levy on sugary sodas sold in corner shops is a mistake."
    graph = ingest_text(text, source="levy.txt")
    assert LOOSE_SIMILARITY <= similarity(text, issue) < VOTE_SIMILARITY
    assert document_side(graph.document, issue) is IssueStance.CON


def test_a_question_answered_by_a_phrase_of_doubt_is_answered_no() -> None:
    text = "Should soda be taxed? I'm not convinced. Adults can decide for themselves."
    graph = ingest_text(text, source="doubt.txt")
    assert document_side(graph.document, "Should sugary drinks be taxed?") is IssueStance.CON


def test_an_answer_after_a_frame_is_read_as_the_answer() -> None:
    # "我觉得", "我的答案是", "my answer is" open the answer; what follows says yes or no.
    zh, en = ("城市应该建更多公园吗？", "城市应该建更多公园"), ("Should cities build more parks?", None)
    cases = [
        ("城市应不应该建更多公园？我的答案是应该。周末孩子们没地方玩。", zh, IssueStance.PRO),
        ("城市应该建更多公园吗？我觉得没必要。现有的公园平时都很空。", zh, IssueStance.CON),
        ("城市要不要建更多公园？我觉得非常应该。老人需要散步的地方。", zh, IssueStance.PRO),
        ("Should cities build more parks? My answer is no. The old ones stand empty.", en, IssueStance.CON),
    ]
    for text, (issue, asked), side in cases:
        graph = ingest_text(text, source=f"{hash(text)}.txt")
        assert document_side(graph.document, issue, asked) is side, text


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # "不补" denies only its clause, which is not about the issue
        ("每月固定给孩子零花钱，花完了也不补，孩子自然会学着计划。", IssueStance.PRO),
        # "不该" denies the clause that names the issue's terms
        ("孩子还太小，不该有固定零花钱，需要什么大人直接买。", IssueStance.CON),
    ],
)
def test_a_negation_counts_in_its_own_clause_of_a_chinese_sentence(text: str, side: IssueStance) -> None:
    graph = ingest_text(text, source=f"{hash(text)}.txt")
    assert document_side(graph.document, "应该给孩子固定零花钱吗？") is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("罚款逼人去投票没有意义。不关心政治的人被迫投票，只会随便填一个。", IssueStance.CON),
        ("投票应该是每个公民的义务，强制投票能让政府听到所有人的声音。", IssueStance.PRO),
        ("今天天气很好，我们去公园散步。", None),
    ],
)
def test_a_text_in_the_other_language_than_its_issue_takes_a_side_by_the_concepts_it_names(
    text: str, side: IssueStance | None
) -> None:
    issue = "Should voting be compulsory?"
    graph = ingest_text(text, source=f"{hash(text)}.txt")
    assert document_side(graph.document, issue) is None  # no content term in common
    assert concept_side(graph.document, issue) is side


def test_documents_on_one_topic_but_another_question_stay_apart() -> None:
    remote = "Companies should let their staff work from home. Nobody misses the commute.\n"
    week = "Companies should adopt a four-day week. Rested staff make fewer mistakes.\n"
    (first,) = ingest_and_link(remote).of_type(Issue)
    # even a document worded exactly like the issue's others does not join on a wording this far off
    linked = link_issues(ingest_text(week, source="w.txt"), [first], context={first.id: [week]})
    assert [i.text for i in linked.of_type(Issue)] == ["Companies should adopt a four-day week."]
    frames = ingest_text("I am against closing zoos. Zoos save species.\n", source="z.txt")
    (joined,) = link_all([frames], [ingest_and_link("Zoos should be abolished. They are cruel.\n")])
    assert [i.text for i in joined.of_type(Issue)] == ["Zoos should be abolished."]


def ingest_and_link(text: str) -> DocumentGraph:
    """One document linked alone."""
    (graph,) = link_all([ingest_text(text, source=f"{hash(text)}.txt")], [])
    return graph


@pytest.mark.parametrize("marks", ["?", "？", "!?", "…？"])
def test_a_question_of_marks_alone_debates_nothing_and_joins_no_issue(marks: str) -> None:
    # no word, no proposition: ingest finds no debated question in it
    alone = ingest_text(marks, source=f"{hash(marks)}.txt")
    assert not any(a.origin.value == "debate" for a in alone.of_type(Assumption))
    # and a debate assumption worded so (from an import) names no shared issue
    tiny = build_tiny_graph()
    nodes = [n.model_copy(update={"text": marks}) if isinstance(n, Assumption) else n for n in tiny.nodes]
    for graph in link_all([alone, tiny.model_copy(update={"nodes": nodes})], []):
        assert all(issue.key for issue in graph.of_type(Issue))


#: wording24's near-blind cross-document set: every text opens with who speaks, none states its question.
WORDING24 = Path(__file__).parent / "texts" / "wording24"

LIBRARY = [
    "我在图书馆当管理员二十年了。\n晚上九点闭馆时，自习室里还坐满了备考的学生，他们只能去快餐店继续看书。\n",
    "我是附近大学的研究生，图书馆晚上九点就闭馆，我每天都要收拾东西走人。\n"
    "图书馆应该延长开放时间到晚上十一点，让学生有地方安心学习。\n",
    "我家孩子晚上常去市图书馆自习，九点闭馆后只能在街上等公交。\n开放到十一点，路上更不安全，也要多请保安和管理员。\n",
]
NIGHT_BUS = [
    "I have driven the night bus on route 9 for twelve years.\nAfter midnight the bus is full of nurses and "
    "cleaners going home, and the last one leaves at half past twelve.\n",
    "I work the late shift at the hospital laundry, and the last bus home leaves before my shift ends.\n"
    "The council should run the night buses until three in the morning.\n",
    "I run a taxi firm in the town centre, and my drivers already cover the late hours.\nNight buses until "
    "three would run almost empty and cost the town more than they bring in.\n",
]


def test_proposes_reads_the_shape_of_a_motion() -> None:
    assert proposes("The council should run the night buses.") and proposes("营业时间不应该再往后推。")
    assert not proposes("I have driven the night bus for twelve years.")
    assert not proposes("我在图书馆当管理员二十年了。")


@pytest.mark.parametrize(
    ("texts", "wording"),
    [
        (LIBRARY, "图书馆应该延长开放时间到晚上十一点，让学生有地方安心学习。"),
        (NIGHT_BUS, "The council should run the night buses until three in the morning."),
    ],
    ids=["zh", "en"],
)
def test_a_group_that_states_no_question_is_worded_by_what_one_of_them_proposes(
    texts: list[str], wording: str
) -> None:
    # the self-introduction shares more words with the others, but argues nothing
    graphs = link_all([ingest_text(t, source=f"{n}-{hash(t)}.txt") for n, t in enumerate(texts)], [])
    assert [[i.text for i in g.of_type(Issue)] for g in graphs] == [[wording]] * len(texts)


def test_the_near_blind_wording_set_is_worded_by_proposals() -> None:
    """tests/ingest/texts/wording24: two groups, each argued from behind a self-introduction
    or a bare fact; each group's shared issue is a sentence that proposes something."""
    paths = sorted(WORDING24.glob("*.txt"))
    graphs = link_all([ingest_text(p.read_text(encoding="utf-8"), source=p.name) for p in paths], [])
    worded = {i.text for g in graphs for i in g.of_type(Issue)}
    assert len(worded) == 2 and all(proposes(text) for text in worded)


_HALL = {
    "sell": "The village hall should be sold to a developer. The roof leaks, the boiler is forty years old "
    "and the repairs would cost the parish more than the hall brings in.",
    "keep": "Selling the village hall to a developer would be a mistake. It is where the playgroup meets, "
    "the pensioners' lunch club eats and the choir sings every Thursday.",
    "uses": "Every Thursday the choir sings in the village hall, the playgroup meets there on Monday "
    "mornings and the pensioners' lunch club eats there on Fridays.",
    "costs": "The roof of the hall leaks, its boiler is forty years old, and the repairs would cost the "
    "parish more than the hall brings in each year.",
}


def _hall_stances(names: list[str]) -> tuple[dict[str, IssueStance | None], str]:
    """Link the village-hall texts ``names`` as one batch: each one's stance on the one issue
    they all argue (checked), and that issue's wording."""
    graphs = link_all([ingest_text(_HALL[n], source=f"{n}.txt") for n in names], [])
    links = [
        next(r for r in g.relationships if r.type is RelType.ON_ISSUE and r.start == g.document.id)
        for g in graphs
    ]
    assert len({r.end for r in links}) == 1
    wording = next(i.text for i in graphs[0].of_type(Issue) if i.id == links[0].end)
    return {n: r.stance for n, r in zip(names, links, strict=True)}, wording


def test_a_reasons_only_text_takes_the_side_of_the_stated_text_that_gives_its_reasons() -> None:
    """Two texts that only give reasons (the hall's uses, its repair bill) read their side from
    the stating texts they are most like, not from the loose vote of words they share with the
    issue, which reads both the other way; in any order of the batch."""
    found, wording = _hall_stances(["sell", "keep", "uses", "costs"])
    assert found["sell"] is not found["keep"]
    assert found["uses"] is found["keep"] and found["costs"] is found["sell"]
    for name in ("uses", "costs"):
        loose = document_side(ingest_text(_HALL[name], source=f"{name}.txt").document, wording)
        assert loose is not None and loose is not found[name]
    assert _hall_stances(["costs", "uses", "keep", "sell"])[0] == found


def test_a_reasons_only_text_keeps_its_loose_vote_without_stated_texts_of_both_sides() -> None:
    """With only one side stated there is nothing to tell the sides apart by: the loose vote stands."""
    found, wording = _hall_stances(["sell", "uses", "costs"])
    for name in ("uses", "costs"):
        reasons = ingest_text(_HALL[name], source=f"{name}.txt").document
        assert stated_side(reasons, wording) is None
        assert found[name] is document_side(reasons, wording)


def test_a_reasons_only_text_ingested_alone_takes_the_side_of_a_stored_stating_text() -> None:
    """Ingested one at a time, a reasons-only text reads the stored stating texts of its issue
    as a batch does."""
    names = ["sell", "keep", "uses"]
    found, _ = _hall_stances(names)
    stored = link_all([ingest_text(_HALL[n], source=f"{n}.txt") for n in names[:2]], [])
    (alone,) = link_all([ingest_text(_HALL["uses"], source="uses.txt")], stored)
    link = next(r for r in alone.relationships if r.type is RelType.ON_ISSUE and r.start == alone.document.id)
    assert link.end in {r.end for g in stored for r in g.relationships if r.type is RelType.ON_ISSUE}
    assert link.stance is found["uses"] is found["keep"]
