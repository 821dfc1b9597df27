"""What every own set golded before argkg read it shares: its shape, and the side floor it keeps.

Each set (but the six of ``unseen_eval``) is eight texts, four Chinese and four English, in layouts no other set uses (see
`argkg.bench.argtexts`); the sets for statement sides argue both sides in every text. A floor
keeps what the changes made for a set won; the comment beside it says where the set started
(its near-blind figure). What each set's own cues are is tested in its own module
(``test_unseen2_texts.py``, …).
"""

from pathlib import Path

import pytest

from argkg.bench.argtexts import (
    UNSEEN2,
    UNSEEN3,
    UNSEEN4,
    UNSEEN5,
    UNSEEN_ALT,
    UNSEEN_ANNOUNCE,
    UNSEEN_CENTRAL,
    UNSEEN_CHAT,
    UNSEEN_CON32,
    UNSEEN_CON33,
    UNSEEN_CONCL3,
    UNSEEN_CONCL4,
    UNSEEN_CONCL5,
    UNSEEN_CONCL6,
    UNSEEN_CONCL27,
    UNSEEN_CONCL28,
    UNSEEN_CONCL31,
    UNSEEN_CONCL32,
    UNSEEN_CONCL33,
    UNSEEN_CONCL34,
    UNSEEN_CONCL35,
    UNSEEN_COST31,
    UNSEEN_EVAL,
    UNSEEN_INVERT33,
    UNSEEN_INVERT35,
    UNSEEN_LEADS28,
    UNSEEN_MAIN,
    UNSEEN_MAIN2,
    UNSEEN_NEUTRAL,
    UNSEEN_NEUTRAL35,
    UNSEEN_NOSTAND31,
    UNSEEN_OBJECTIONS,
    UNSEEN_ORIENT30EN,
    UNSEEN_ORIENT30ZH,
    UNSEEN_ORIENT31,
    UNSEEN_PRIOR29,
    UNSEEN_PROP31,
    UNSEEN_PROP32,
    UNSEEN_PROP33,
    UNSEEN_PROP34,
    UNSEEN_PROPS2,
    UNSEEN_PROPS3,
    UNSEEN_PROPS4,
    UNSEEN_PROPS27B,
    UNSEEN_SIDE34,
    UNSEEN_SIDE35,
    UNSEEN_SIDES5,
    UNSEEN_SIDES26,
    UNSEEN_SIDES26B,
    UNSEEN_SIDES28,
    UNSEEN_TABLET27,
    UNSEEN_THESES,
    UNSEEN_THESES27,
    UNSEEN_TURNS,
    UNSEEN_TURNS2,
    UNSEEN_TURNS27,
    UNSEEN_TURNS29,
    UNSEEN_UNARGUED,
    UNSEEN_UNCUED30,
    UNSEEN_VOICES,
    UNSEEN_VOICES31,
    UNSEEN_VOICES32,
    UNSEEN_WRAP,
    check_folder,
    load_gold,
)
from argkg.bench.crossdoc import (
    ACTS34,
    ANSWERS,
    BURDEN33,
    CHOICE35,
    CLOSE31,
    GENERIC,
    GROUP30,
    INTROS,
    LONE,
    PEERS32,
    STANCE29,
    STATED,
    VERDICTS,
    score_corpus,
)
from argkg.schema import Stance

#: The sets of eight texts, four in each language.
EIGHT = [
    UNSEEN2,
    UNSEEN3,
    UNSEEN4,
    UNSEEN5,
    UNSEEN_PROPS2,
    UNSEEN_PROPS3,
    UNSEEN_PROPS4,
    UNSEEN_MAIN,
    UNSEEN_CONCL3,
    UNSEEN_CONCL4,
    UNSEEN_CONCL27,
    UNSEEN_CONCL28,
    UNSEEN_CONCL31,
    UNSEEN_CONCL33,
    UNSEEN_CONCL34,
    UNSEEN_CONCL35,
    UNSEEN_TURNS,
    UNSEEN_WRAP,
    UNSEEN_TURNS2,
    UNSEEN_UNCUED30,
    UNSEEN_PROP31,
    UNSEEN_PROP32,
    UNSEEN_PROP33,
    UNSEEN_COST31,
    UNSEEN_VOICES31,
    UNSEEN_ORIENT31,
    UNSEEN_NOSTAND31,
    UNSEEN_CON32,
    UNSEEN_VOICES32,
    UNSEEN_CON33,
    UNSEEN_INVERT33,
    UNSEEN_SIDE34,
    UNSEEN_PROP34,
    UNSEEN_SIDE35,
    UNSEEN_INVERT35,
]

#: The sets for statement sides, with the floor their side accuracy keeps.
FLOORS = [
    (UNSEEN2, 0.55),  # 24/71 = 0.34 before any change made for the set
    (UNSEEN3, 0.70),  # 31/64 = 0.48 before any change made for the set
    (UNSEEN4, 0.72),  # 31/97 = 0.32 before any change made for the set, 0.76 after the block verdicts
    (UNSEEN5, 0.53),  # 34/67 = 0.51 before any change made for the set, 0.54 after the message headers
    (UNSEEN_EVAL, 0.25),  # 16/60 = 0.27 before any change made for the set, 16/60 after sides24 (six texts)
    (UNSEEN_WRAP, 0.62),  # 27/58 = 0.47 before any change made for the set, 0.67 once wraps are joined
    (UNSEEN_ALT, 0.57),  # 37/70 = 0.53 before the weighed options (six texts), 42/70 = 0.60 after
    (UNSEEN_TURNS, 0.52),  # 23/78 = 0.29 before the Q&A turns, 0.42 after, 44/78 = 0.56 after turns24b
    (UNSEEN_TURNS2, 0.72),  # 36/81 = 0.44 before turns24b's labels and answers, 63/81 = 0.78 after
    (UNSEEN_SIDES5, 0.78),  # 31/60 = 0.52 before sides25 (six texts), 50/60 = 0.83 after
    (UNSEEN_OBJECTIONS, 0.85),  # 47/67 = 0.70 before sides25b (seven texts), 60/67 = 0.90 after
    (UNSEEN_SIDES26, 0.65),  # 14/38 = 0.37 before sides26 (six texts), 26/38 = 0.68 after
    (UNSEEN_SIDES26B, 0.70),  # 14/24 = 0.58 before sides26b (five texts), 18/24 = 0.75 after
    (UNSEEN_TABLET27, 0.45),  # 6/13 = 0.46 before and after speed27 (two texts; its graphs unchanged)
    (UNSEEN_TURNS27, 0.28),  # 10/38 = 0.26 before turns27 (six texts), 11/38 = 0.29 after
    (UNSEEN_TURNS29, 0.85),  # 25/58 = 0.43 before voices29 (six texts), 54/58 = 0.93 after
    (UNSEEN_SIDES28, 0.70),  # 15/48 = 0.31 before sides28 (six texts), 36/48 = 0.75 after
    (UNSEEN_LEADS28, 0.10),  # 0/14 before neutral28 (two call-ins), 2/14 = 0.14 after
    (
        UNSEEN_PRIOR29,
        0.38,
    ),  # 28/69 = 0.41 before author29 (six texts), 28/69 after: its uncued facts lead up to no cue
    (UNSEEN_ORIENT30EN, 0.48),  # 16/70 = 0.23 before orient30en (eight English texts), 36/70 = 0.51 after
    (UNSEEN_ORIENT30ZH, 0.72),  # 35/62 = 0.56 before orient30zh (eight Chinese texts), 48/62 = 0.77 after
    # 34/90 = 0.38 before uncued30 (others' views and grants with no side word), 41/90 = 0.46 after;
    # three of its texts are read inverted whole (their author argues against the proposition)
    (UNSEEN_UNCUED30, 0.42),
    (UNSEEN_PROP31, 0.62),  # 34/52 = 0.65 before prop31 (its propositions 3/8), 35/52 = 0.67 after (7/8)
    (UNSEEN_PROP32, 0.55),  # 22/43 = 0.51 before prop32 (its propositions 3/8), 25/43 = 0.58 after (8/8)
    (UNSEEN_PROP33, 0.58),  # 28/46 = 0.61 before prop33 (its propositions 0/8), 29/46 = 0.63 after (8/8)
    # 17/71 = 0.24 before cost31 (what the proposal would bring), 25/71 = 0.35 after; two of its
    # texts are read inverted whole and three Chinese ones find no proposition; 23/71 after concl32:
    # the Chinese last word takes a 知乎 thread's last answer ("回答五 · X") as the page's conclusion
    (UNSEEN_COST31, 0.32),
    # 60/76 = 0.79 before voices31 (contributors who state a side once), 71/76 = 0.93 after
    (UNSEEN_VOICES31, 0.90),
    (
        UNSEEN_ORIENT31,
        0.45,
    ),  # 26/59 = 0.44 before orient31 (negated theses, two-party chats), 28/59 = 0.47 after
    # 17/58 = 0.29 before con32 (objection and concern sections, point captions under a sided one),
    # 39/58 = 0.67 after; four of its texts find no proposition (their sides read neutral)
    (UNSEEN_CON32, 0.62),
    # 41/87 = 0.47 before orient32 (each labelled voice its own side), 73/87 = 0.84 after
    (UNSEEN_VOICES32, 0.80),
    # 40/78 = 0.51 before con33 (con statements with no side word and no section naming them), 40/78
    # after: its two idioms of doubt were read con already; four of its texts find no proposition
    (UNSEEN_CON33, 0.50),
    # 23/60 = 0.38 before invert33 (five texts read the wrong way round), 42/60 = 0.70 after (two):
    # a petition that names no proposition and a 倡议书 read on its own call to keep what the plan removes
    (UNSEEN_INVERT33, 0.66),
    # 28/64 = 0.44 before side34 (a party's reply under a label naming only who replies), 41/64 = 0.64
    # after; four of its texts open the request under a label naming no side ("Member's complaint",
    # "【居民建议】", a review's header), whose replies keep the request's side
    (UNSEEN_SIDE34, 0.60),
    # 21/33 = 0.64 before prop34 (its main claims 0/7, the motion or title lines no claims), 22/33 after
    (UNSEEN_PROP34, 0.63),
    # 11/67 = 0.16 before side35 (a chair's or a roster's label took the speeches below it, bench
    # captions in these forms named no side), 49/67 = 0.73 after; two English texts' motions
    # ("Topic under debate:", "Motion before the assembly:") are not found, so their sides are not read
    (UNSEEN_SIDE35, 0.70),
    # 22/51 = 0.43 before invert35 (two texts read the wrong way round: a panel whose finding no
    # conclusion cue marks, a 倡议书 read on its own call to keep what the plan pulls down), 22/51 after
    (UNSEEN_INVERT35, 0.41),
    # 38/82 = 0.46 before and after neutral35 (twelve texts): the debating society's seven statements
    # became claims (no claim before) but read neutral, its motion raising no issue; three texts' own
    # case and five texts' propositions are not found
    (UNSEEN_NEUTRAL35, 0.44),
]


@pytest.mark.parametrize("folder", EIGHT, ids=lambda folder: folder.name)
def test_the_set_has_eight_texts_four_in_each_language(folder: Path) -> None:
    assert sorted(name[:2] for name in load_gold(folder)) == ["en"] * 4 + ["zh"] * 4


@pytest.mark.parametrize("folder", [folder for folder, _ in FLOORS], ids=lambda folder: folder.name)
def test_every_text_argues_both_sides(folder: Path) -> None:
    golds = load_gold(folder).values()
    assert all({"pro", "con"} <= {s.value for s in gold.stances.values()} for gold in golds)


@pytest.mark.parametrize(("folder", "floor"), FLOORS, ids=[folder.name for folder, _ in FLOORS])
def test_sides_stay_at_least_at_the_sets_floor(folder: Path, floor: float) -> None:
    sides = [gold is found for r in check_folder(folder).values() for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= floor


def test_the_neutral_set_keeps_its_floor_and_its_neutral_readings_right() -> None:
    """``unseen_neutral`` (seven texts, two of them arguing nothing): sides were 20/51 = 0.39 and
    neutral readings right 8/21 before stop 24's neutral evidence, 44/51 = 0.86 and 13/14 after."""
    results = check_folder(UNSEEN_NEUTRAL).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    read_neutral = [gold for r in results for _, gold, found in r.sides if found is Stance.NEUTRAL]
    assert sum(sides) / len(sides) >= 0.80
    assert read_neutral.count(Stance.NEUTRAL) / len(read_neutral) >= 0.85


def test_the_announced_change_set_finds_its_propositions_and_keeps_its_floor() -> None:
    """``unseen_announce`` (six texts reacting to an announced or planned change): propositions
    1/6 and sides 20/36 = 0.56 before the announced change was a candidate, 4/6 and 23/36 = 0.64
    after."""
    results = check_folder(UNSEEN_ANNOUNCE).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    assert sum(r.proposition for r in results) >= 4
    assert sum(sides) / len(sides) >= 0.60


def _finds_every_thesis(folder: Path, side_floor: float) -> None:
    """The six texts of ``folder`` (three in each language) all get their proposition, at least
    five of their main claims are found, and their sides stay at ``side_floor`` or above."""
    results = check_folder(folder).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    assert sum(r.proposition for r in results) == 6
    assert sum(found for r in results for found in r.mains) >= 5
    assert sum(sides) / len(sides) >= side_floor
    assert sorted(name[:2] for name in load_gold(folder)) == ["en"] * 3 + ["zh"] * 3


def test_the_theses_set_finds_its_propositions_and_main_claims() -> None:
    """``unseen_theses`` (six texts, three in each language: a verdict in a review's middle
    paragraph, an appeal's "X was wrong to Y", a post announcing the writer's own change, a
    "我司认为" reply, a discussion's minutes on a quoted claim, a reply to a plan put out for
    comment): propositions 1/6, main claims 0/7 and sides 13/37 = 0.35 before stop 26's cues,
    6/6, 5/7 and 20/37 = 0.54 after; 18/37 = 0.49 once merged with stop 26's side cues (the reply
    to a 人脸识别 plan reads the author pro on the plan, and its listed reasons now follow that wrong
    side)."""
    _finds_every_thesis(UNSEEN_THESES, side_floor=0.45)


def test_the_advice_set_finds_the_advice_or_decision_each_text_argues() -> None:
    """``unseen_theses27`` (six texts, three in each language, whose thesis is an advice, a
    decision or a recommendation with no opinion cue: a forum reply ending "Don't bolt X", a
    memo's "we are going to close X", a review's "I would not recommend X", a 家长论坛 reply "别报",
    a company notice's "公司决定X", a comparison's "就买A款"): propositions 2/6 and main claims 3/6
    before stop 27, 3/6 and 3/6 after (the memo's decision found; the forum reply's "Don't bolt
    X" is its proposition, but not the gold's "e-bike" of its "buy a complete e-bike"; the
    company's decision is a change it announces, no thesis of the writer's, and the
    家长论坛 reply's "别报" answers the opening post's request; the forum reply's reasons turn con
    against its gold, which reads them for "Don't bolt X" as stated where argkg debates "bolt X")."""
    results = check_folder(UNSEEN_THESES27)
    assert sum(r.proposition for r in results.values()) >= 3
    assert sum(found for r in results.values() for found in r.mains) >= 3
    assert results["en_memo_warehouse.txt"].proposition and all(results["en_memo_warehouse.txt"].mains)
    assert sorted(name[:2] for name in load_gold(UNSEEN_THESES27)) == ["en"] * 3 + ["zh"] * 3


def test_the_labelled_set_finds_the_recommendation_or_demand_each_text_argues() -> None:
    """``unseen_props27b`` (six texts, three in each language, whose thesis is a labelled
    recommendation or conclusion line or a demand a speaker defends against a retort: an audit
    finding's "Recommendation: X", a grant panel's "Panel recommendation: X", a household talk
    with "Better than nothing, right?", an approval slip's "审查意见：X", a training review's
    "结论：X", a family chat with "那也比天天堵车强吧？"): propositions 1/6 and main claims 2/6
    before stop 27b, 5/6 and 6/6 after (the household talk's proposition is "we should sell it
    before the MOT", whose "it" misses the gold's "sell the car"); no retort is the proposition."""
    results = check_folder(UNSEEN_PROPS27B)
    assert sum(r.proposition for r in results.values()) >= 5
    assert sum(found for r in results.values() for found in r.mains) >= 6
    for name in ("en_audit_password.txt", "zh_shenpi_muying.txt", "zh_qunliao_xuequfang.txt"):
        assert results[name].proposition and all(results[name].mains), name
    assert sorted(name[:2] for name in load_gold(UNSEEN_PROPS27B)) == ["en"] * 3 + ["zh"] * 3


def test_the_central_set_finds_the_judged_thesis_of_texts_with_no_cue() -> None:
    """``unseen_central`` (six texts, three in each language, that argue a thesis with no
    proposition cue: a personal essay, a letter, a reader's comment, a review, a speech, a blog
    post): propositions 2/6, main claims 1/6 and sides 27/49 = 0.55 before the judged central
    thesis, 6/6, 5/6 and 32/49 = 0.65 after."""
    _finds_every_thesis(UNSEEN_CENTRAL, side_floor=0.62)


def test_the_voices_set_debates_the_question_put_to_the_voices() -> None:
    """``unseen_voices`` (four texts of turns with no author and no proposition cue, two in each
    language, and a chat that only asks for information): propositions 2/5 before the question
    one voice (or the opening post) puts to the others stood as the proposition, 5/5 after (the
    chat still none)."""
    results = check_folder(UNSEEN_VOICES)
    assert sum(r.proposition for r in results.values()) == 5
    assert results["en_chat_picnic.txt"].proposition
    assert sorted(name[:2] for name in load_gold(UNSEEN_VOICES)) == ["en"] * 3 + ["zh"] * 2


def test_the_voices_main_claims_set_finds_each_voice_s_thesis() -> None:
    """``unseen_main2`` (six multi-voice texts, three in each language): each voice's main claim
    found 5/20 before stop 25's turn stands (summary judgements, short verdicts, opening
    statements, elliptical stands with their content, a host's turns left out), 13/20 after."""
    results = check_folder(UNSEEN_MAIN2).values()
    mains = [found for r in results for found in r.mains]
    assert sum(mains) >= 12
    assert sorted(name[:2] for name in load_gold(UNSEEN_MAIN2)) == ["en"] * 3 + ["zh"] * 3


def test_the_chat_set_keeps_its_floor_and_its_captions() -> None:
    """``unseen_chat`` (seven texts: six chats whose messages end without a full stop, one article
    with a photo caption and a source line): sides 8/38 = 0.21 before chat25 read messages as body
    text rather than captions, 15/38 = 0.39 after; captions and headers stay no claim. Propositions
    2/7 before chat25b read a message's unmarked question ("我们要不要换到城西那家") as the
    debated question and a text message thread's one-word labels ("Me:", "Dad:") as speakers, 4/7
    after."""
    results = check_folder(UNSEEN_CHAT).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.36
    assert sum(r.proposition for r in results) >= 4
    assert all(all(r.not_claims) for r in results)


def test_the_answer_set_groups_its_questions_and_reads_every_answer() -> None:
    """``xdoc_answers`` (cross-document gold, `argkg.bench.crossdoc`): every text answers its
    question after a frame or with an English denial; before the answers were read past their
    frames, stance was 0.71 (English 0.50)."""
    found = score_corpus(ANSWERS)["all"]
    assert isinstance(found, dict)
    assert found["f1"] == 1.0 and found["stance_accuracy"] == 1.0


def test_the_unargued_set_keeps_its_floor_and_debates_nothing_where_nothing_is_argued() -> None:
    """``unseen_unargued`` (six texts, four arguing nothing): sides were 16/30 = 0.53 and no
    proposition read where none is debated in 3 of 4 before stop 26's `argkg.ingest.unargued`,
    19/30 = 0.63 and 4 of 4 after (the 考生须知's statements stay pro: it has too few to tell)."""
    results = check_folder(UNSEEN_UNARGUED).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    golds = load_gold(UNSEEN_UNARGUED)
    unargued = [r.proposition for r in results if golds[r.name].proposition is None]
    assert sum(sides) / len(sides) >= 0.60
    assert all(unargued)


def test_the_closing_outcomes_set_finds_its_conclusions() -> None:
    """``unseen_concl5`` (six texts, three in each language): conclusions found 4/10 (4 drawn) before
    concl26's outcomes, demands, commitments and next-step lines, 10/10 (10 drawn) after."""
    results = check_folder(UNSEEN_CONCL5).values()
    assert sum(ok for r in results for ok in r.conclusions) >= 9
    assert sorted(name[:2] for name in load_gold(UNSEEN_CONCL5)) == ["en"] * 3 + ["zh"] * 3


def test_the_introduction_set_groups_writers_who_open_with_who_they_are() -> None:
    """``xdoc_intros`` (cross-document gold): each text opens with its writer's trade, age or
    child in the other question's words (a teacher on car-free streets, a taxi driver on phones
    at school); the introductions must not pull a text into the other question's group."""
    found = score_corpus(INTROS)["all"]
    assert isinstance(found, dict)
    assert found["precision"] == 1.0 and found["recall"] == 1.0


def test_the_generic_word_set_merges_no_two_questions_and_keeps_its_stance() -> None:
    """``xdoc_generic27`` (cross-document gold, written before argkg read it): four questions
    whose texts share school, children, money and council across questions. Measured at stop
    27, before and after xdoc27: pairs P/R 1.00/0.54, stance 0.65 (13 English texts, 4
    Chinese); words a crowd uses everywhere must join no two of its questions."""
    found = score_corpus(GENERIC)
    assert isinstance(found["all"], dict) and isinstance(found["en"], dict)
    assert found["documents"] == 17 and found["questions"] == 4
    assert found["all"]["precision"] == 1.0 and found["en"]["precision"] == 1.0
    assert found["all"]["recall"] >= 0.5
    assert found["all"]["stance_accuracy"] >= 0.6


def test_the_lone_story_set_groups_each_question_and_merges_none() -> None:
    """``xdoc_lone27`` (cross-document gold, written before argkg read it): on each of three
    questions a text that tells a story in its own words and names its question only in its
    closing thesis. Measured at stop 27, before and after xdoc27b: pairs P/R 1.00/1.00, stance
    0.83 (the set turned out easier than meant: its lone texts share enough words already)."""
    found = score_corpus(LONE)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 12 and found["questions"] == 3
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] == 1.0
    assert found["all"]["stance_accuracy"] >= 0.8


def test_the_stated_question_set_merges_no_two_questions_and_keeps_its_stance() -> None:
    """``xdoc_stated28`` (cross-document gold, written before argkg read it): two questions each
    stated word for word by two forum replies, whose other texts share generic words (house,
    garden, neighbours, council) across them, and one argued in both languages. Measured at
    stop 28, before and after xdoc28 alike: pairs P/R 1.00/0.50, stance 0.92 (the Chinese pair
    on couples' bedrooms is not joined with its English texts: no question wording is compared
    across languages yet)."""
    found = score_corpus(STATED)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 13 and found["questions"] == 3
    assert found["all"]["precision"] == 1.0
    assert found["all"]["recall"] >= 0.45
    assert found["all"]["stance_accuracy"] >= 0.85


def test_the_verdict_set_reads_a_judgement_of_danger_or_folly_as_a_side() -> None:
    """``xdoc_verdicts28`` (cross-document gold, written before argkg read it): ten letters,
    tweets and lists on three questions, most of which never answer their question but judge
    one side of it reckless, absurd or unrealistic ("放开养大型犬只会让意外越来越多", "有人提议禁养
    大型犬，我觉得这种规定很荒唐"). Measured at stop 28, before and after stance28: stance 0.80 ->
    0.80 by the score: the sixteen-year-olds' texts right after (they were read against their
    group's orientation), but a thesis of one email text words its group's issue ("Nobody should
    be sending private letters from a work account anyway"), which its "irresponsible" turns."""
    found = score_corpus(VERDICTS)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 10 and found["questions"] == 3
    assert found["all"]["precision"] == 1.0
    assert found["all"]["stance_accuracy"] >= 0.8


def test_the_story_and_bare_verdict_set_keeps_its_grouping_and_reads_closing_verdicts() -> None:
    """``xdoc_stance29`` (cross-document gold, written before argkg read it): 30 texts on six
    questions, about half con, many of them stories that state their side only in a closing line
    or a bare verdict ("这种做法我不赞成", "我是反对的"), one question argued in both languages.
    Measured at stop 29, before and after stance29: pairs P/R 1.00/0.93 both; stance 0.67 ->
    0.73 (zh 0.67 -> 0.83: the verdicts after a clause worded apart from the issue now vote on
    it). Its English groups stay hard: two take an issue worded by a line that argues nothing
    ("Every cyclist should have to wear one.", a rhetorical question)."""
    found = score_corpus(STANCE29)
    assert isinstance(found["all"], dict) and isinstance(found["zh"], dict)
    assert found["documents"] == 30 and found["questions"] == 6
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.9
    assert found["all"]["stance_accuracy"] >= 0.7
    assert found["zh"]["stance_accuracy"] >= 0.8


def test_the_grouping_set_keeps_its_precision_and_groups_each_language() -> None:
    """``xdoc_group30`` (cross-document gold, written before argkg read it): 32 texts on six
    questions, most never stating theirs, several in words no other text on the question uses,
    three questions argued in both languages. Measured at stop 30, before and after xdoc30's
    dictionary (`argkg.ingest.glossary`, `cedict`'s word list) and after xdocdict30's CC-CEDICT
    in its place: pairs P/R 1.00/0.79 all three, stance 0.66; every pair left apart is a text and
    one in the other language on its question (`crossdoc.missed_pairs`: zh/en), which neither
    dictionary joins (`cedict` has no sense of "water" or "meter" that gives 水表; CC-CEDICT
    reads "water meter" as 水表, and the pairs still fall short), and within each language every
    question is one issue."""
    found = score_corpus(GROUP30)
    assert isinstance(found["all"], dict) and isinstance(found["en"], dict) and isinstance(found["zh"], dict)
    assert found["documents"] == 32 and found["questions"] == 6
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.75
    assert found["en"]["recall"] == 1.0 and found["zh"]["recall"] == 1.0
    assert found["all"]["stance_accuracy"] >= 0.6


def test_the_closing_line_set_keeps_its_grouping_and_its_stance() -> None:
    """``xdoc_close31`` (cross-document gold, texts and gold written before argkg read them): 18
    texts on four questions, half con, most giving only reasons until a closing line that asks
    for something ("Leave the mornings alone.", "别让快递车进来了。"), one question argued in both
    languages. Measured at stop 31, before and after xdoc31 (the closing sentence's weight in the
    loose vote, judgements of damage done): pairs P/R 1.00/0.82, stance 0.72 both; its four texts
    on giving unsold food to charities stay apart (pantry, food bank, charity: no shared term),
    and five con texts read pro: a letter that opens on the proposal it answers, closers worded
    apart from the issue ("Leave the mornings alone."), a minute that turns a course down in
    words no list has ("不再放行")."""
    found = score_corpus(CLOSE31)
    assert isinstance(found["all"], dict) and isinstance(found["zh"], dict)
    assert found["documents"] == 18 and found["questions"] == 4
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.8
    assert found["all"]["stance_accuracy"] >= 0.7


def test_the_peer_set_keeps_its_grouping_and_its_stance() -> None:
    """``xdoc_peers32`` (cross-document gold, texts and gold written before argkg read them): 17
    texts on four questions, about half con; on each, texts that state their side and texts that
    give only the reasons a stating text of their side gives, one question argued in both
    languages. Measured at stop 32, before and after xdoc32 (a reasons-only text takes the side
    of the stating text it is most like): pairs P/R 1.00/0.68, stance 0.76 both: the only
    reasons-only text read wrong (a tenants' minute against car-free estates) has no peer that
    states its side (the nurse's text against them is read by its reasons too), two Chinese
    texts share too little with their issue's wording to vote at all, a text that opens by
    calling the ban unkind reads for it, and two texts on late bars stand apart from their issue."""
    found = score_corpus(PEERS32)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 17 and found["questions"] == 4
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.65
    assert found["all"]["stance_accuracy"] >= 0.75


def test_the_burden_set_reads_verdicts_on_the_proposal() -> None:
    """``xdoc_burden33`` (cross-document gold, texts and gold written before argkg read them): 13
    texts on three questions, about half con, most con texts judging the proposal as the subject
    of their sentence by what it would do to someone ("would hit carers hardest", "a false
    economy", "最受影响的是…", "说到底就是偷懒"), some answering in a clause that closes on the
    answer, one question argued in both languages. Measured at stop 33, before and after xdoc33
    (those judgements and answers read, a Chinese clause that judges turning the one before it):
    pairs P/R 1.00/0.82 both, stance 7/13 -> 11/13; the English text on the Chinese question
    stands apart, a council minute that recommends barring the bikes ("barred", no listed word)
    reads against, and "一旦收费，最受影响的就是…" stays pro: its first clause is too short to be
    worded like the issue, so the judgement after it has no vote to turn."""
    found = score_corpus(BURDEN33)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 13 and found["questions"] == 3
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.8
    assert found["all"]["stance_accuracy"] >= 0.8


def test_the_act_set_reads_a_clause_that_acts_on_what_it_points_at() -> None:
    """``xdoc_acts34`` (cross-document gold, texts and gold written before argkg read them): 15
    texts on three questions, about half con, many stating their side only in a short clause
    that points back and acts on what it points at ("Close them.", "Scrap them and…", "Allow
    it.", "保留吧"), others in a condition or in words of their own, one question argued in both
    languages. Measured at stop 34, before and after xdoc34 (such a clause read as the writer's
    verdict on the issue): pairs P/R 1.00/1.00 both, stance 12/15 -> 14/15: the five texts on
    closing the public toilets, worded by a minute's heading ("Public toilets"), all read
    consistently (before, two of them read the other way); "取消掉吧" stays unread (two character
    pairs, so it names a matter of its own) and its text reads against."""
    found = score_corpus(ACTS34)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 15 and found["questions"] == 3
    assert found["all"]["precision"] == 1.0 and found["all"]["recall"] >= 0.9
    assert found["all"]["stance_accuracy"] >= 0.9


def test_the_choice_set_keeps_its_grouping_and_its_stance() -> None:
    """``xdoc_choice35`` (cross-document gold, texts and gold written before argkg read them): 20
    texts on four questions, about half con, two questions imposing a course (a ban, a required
    share of a plot, 强制参加) and one letting people take it, several texts stating their side
    only by leaving the matter to those it concerns, three questions argued in both languages.
    Measured at stop 35, before and after xdoc35 (such a clause read as a verdict against an
    issue that imposes and for one that permits): pairs P/R 0.84/0.65, stance 13/20 both. The
    clause is read, but no group's issue is worded by its question: the allotment texts take a
    minute's heading ("Cultivation rule") as a stated question, the team-building texts "是合理的"
    left of "我认为是合理的", the communal-garden texts a reply's opening line; against such a
    wording a clause that leaves the choice says no side (`issue_terms.imposes`)."""
    found = score_corpus(CHOICE35)
    assert isinstance(found["all"], dict)
    assert found["documents"] == 20 and found["questions"] == 4
    assert found["all"]["precision"] >= 0.8 and found["all"]["recall"] >= 0.6
    assert found["all"]["stance_accuracy"] >= 0.6


def test_the_one_conclusion_per_voice_set_keeps_its_recall_and_precision() -> None:
    """``unseen_concl6`` (six texts, three in each language): conclusions 6/7 with 5 extra drawn
    (R/P 0.86/0.55) before concl26b, 7/7 with 2 extra (1.00/0.78) after: the early views a
    summing-up restates and the announcements of a closing word conclude nothing, and the thesis
    after "最后我说两句。" is read."""
    results = check_folder(UNSEEN_CONCL6).values()
    hits = sum(ok for r in results for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results)
    assert hits >= 7
    assert hits / drawn >= 0.75


def test_the_decisions_and_advice_set_finds_its_conclusions() -> None:
    """``unseen_concl27`` (eight texts, four in each language): conclusions 0/11 with 3 extra drawn
    before concl27's deciding labels, group decisions, summing-up lines and steps advice, 10/11 with
    2 extra (R/P 0.91/0.83) after (the essay's "与其X,不如Y" stays a claim)."""
    results = check_folder(UNSEEN_CONCL27).values()
    hits = sum(ok for r in results for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results)
    assert hits >= 10
    assert hits / drawn >= 0.75


def test_the_any_layout_set_finds_its_conclusions() -> None:
    """``unseen_concl28`` (eight texts, four in each language): conclusions 0/8 with 3 extra drawn
    before concl28's preferences ("I'd rather X", "我更想X", "我们倾向于X"), entitlement rulings ("so
    you are therefore entitled to X", "因此您有权X"), a log's "0900 Decided: X", a closing "Let the X
    Y" and a parent's "商量过了,X"; 8/8 with 2 extra (R/P 1.0/0.8) after."""
    results = check_folder(UNSEEN_CONCL28).values()
    hits = sum(ok for r in results for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results)
    assert hits >= 7
    assert hits / drawn >= 0.75


def test_the_rulings_set_finds_its_rulings_and_vote_results() -> None:
    """``unseen_concl31`` (eight texts, four in each language): conclusions 3/8 with 3 extra drawn
    before concl31's ruling parts ("Adjudication", "Ruling", "投诉处理结果:"), vote margins ("by 29
    votes to 9", "以26票对6票") and awards of a round ("awarded the round to", "我这一票投给"); 8/8 with 6
    extra (R/P 1.0/0.57) after: the findings a ruling part states before its ruling conclude too."""
    results = check_folder(UNSEEN_CONCL31).values()
    hits = sum(ok for r in results for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results)
    assert hits >= 7
    assert hits / drawn >= 0.5


def test_the_closing_judgement_set_finds_the_last_word_of_every_layout() -> None:
    """``unseen_concl32`` (ten texts, five in each language): conclusions 1/9 with 1 extra drawn
    before concl32's last word for every text that argues something, in Chinese too, past bracketed
    asides, answered questions and a closing "Next meeting: X"; 8/9 with 1 extra (R/P 0.89/0.89)
    after. The two texts that argue nothing (a 停水通知, a care guide) draw no conclusion."""
    results = check_folder(UNSEEN_CONCL32)
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    assert hits >= 7
    assert hits / drawn >= 0.75
    assert results["zh_tongzhi_tingshui.txt"].extra_conclusions == 0
    assert results["en_careguide_sourdough.txt"].extra_conclusions == 0


def test_the_placed_conclusions_set_finds_decisions_where_they_stand() -> None:
    """``unseen_concl33`` (eight texts, four in each language): conclusions 2/11 with 4 extra drawn
    before concl33's readings of where a conclusion stands (a chat's settling turn, a floor vote's
    shares and outcome, a "Recommended option" caption, "会议商定:", a teacher's "小结:", 【X建议】's
    items); 11/11 with 4 extra (R/P 1.00/0.73) after. A task handed to someone ("由X负责") and a
    contingency ("If the grant is refused, X") stay none."""
    results = check_folder(UNSEEN_CONCL33)
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    assert hits >= 9
    assert hits / drawn >= 0.65
    assert results["zh_jiaoyanzu_zuoye.txt"].extra_conclusions == 0
    assert results["en_optionsappraisal_hallheating.txt"].extra_conclusions == 0


def test_the_named_deciding_parts_set_keeps_its_floor() -> None:
    """``unseen_concl34`` (eight texts, four in each language): conclusions 1/9 with 1 extra drawn.
    A deciding label that names its body and carries a note ("4. Board resolution (7 June; 6 for, 1
    against)", "Judges' ruling (unanimous)") found 4/9 with 2 extra on branch concl34 (commit
    ba5d874), but moved no development set but set 17 and not validation set 18, so it was left out;
    the set records the missed readings. The 复评意见's ruling is found. Stop 39 (branch concl39) reads
    a heading that closes with a deciding body's outcome ("X resolution (date)", "表决结果",
    "会议共识"; gains on sets 17, 20, 21 and 22): 3/9 -> 5/9 here, the board's resolution found; the
    board's timetable under its resolution ("Work is expected to start in August.") is now drawn as
    one extra, a next step no development text shows a cue for."""
    results = check_folder(UNSEEN_CONCL34)
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    assert hits >= 5
    assert all(results["zh_shufa_fuping.txt"].conclusions)
    assert results["zh_shufa_fuping.txt"].extra_conclusions == 0
    assert all(results["en_coopboard_bikestore.txt"].conclusions)
    assert results["en_coopboard_bikestore.txt"].extra_conclusions <= 1


def test_the_motion_set_makes_each_stated_motion_its_side_s_main_claim() -> None:
    """``unseen_prop34`` (eight texts stating their proposition on a line of its own: a motion
    field, a ballot's resolution, a title in the imperative, and a 议题 that offers a choice):
    main claims were 0/7 and two-sided texts contested 6/8 before prop34, 7/7 and 8/8 after; the
    choice stays no claim."""
    found = check_folder(UNSEEN_PROP34)
    results = found.values()
    assert all(r.proposition for r in results)
    assert sum(ok for r in results for ok in r.mains) == 7
    assert all(r.contested for r in results if r.two_sided)
    assert found["zh_zhengqiuyijian_dongmen.txt"].not_claims == (True,)


def test_the_measures_set_draws_each_decision_with_its_measures_as_one_conclusion() -> None:
    """``unseen_concl35`` (eight texts, four in each language): conclusions 7/14 with 13 extra drawn
    before concl35 (commit 2d877a8), 8/14 with 5 extra after it: a decision's conditions ("subject to
    the following conditions: (a) X; (b) Y"), a 决定如下's 一、二、三、 and a plan parted by semicolons
    are each one conclusion. The misses record readings left for later: a closing lead-in that ends
    in a colon ("So the trip will go ahead, with three changes:"), a plain caption over the decision
    ("What the committee decided") and a numbered heading without a colon ("三、教研组意见")."""
    results = check_folder(UNSEEN_CONCL35)
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    extras = sum(r.extra_conclusions for r in results.values())
    assert hits >= 8
    assert extras <= 5
    for name in ("en_treeconsent_notice.txt", "zh_xiaoqu_tingche.txt", "en_vetreferral_outcome.txt"):
        assert all(results[name].conclusions)
        assert results[name].extra_conclusions == 0
