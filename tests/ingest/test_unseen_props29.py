"""The debated proposition of texts that state no motion, no thesis cue and no "I think": what
their sides dispute, a request and its refusal, a proposal or a plan reported, a decision weighed.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props29/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 1/8, main claims 1/3
and sides 15/40 = 0.38 before stop 29's changes, 8/8, 2/3 and 19/40 = 0.48 after (the sides
stay low: a refusal's reasons are read by their own words, not as the refusing party's side).
Besides the set's figures, the tests below check each cue on lines written for them and the
choice among several cues of one kind on short texts.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS29, TextResult, check_folder, load_gold
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import is_informational
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS29)


def test_the_set_finds_its_propositions_and_keeps_its_sides(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(r.proposition for r in results.values()) >= 7
    assert sum(sides) / len(sides) >= 0.45
    assert sorted(name[:2] for name in load_gold(UNSEEN_PROPS29)) == ["en"] * 4 + ["zh"] * 4


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "words", "author"),
    [
        # a third party's request or proposal, reported: what the text's reactions weigh, put as
        # what should happen, with no side of the writer's
        (
            "The tenant asks that the deposit be returned in full.",
            Lang.EN,
            False,
            "change",
            "the deposit should be returned in full",
            None,
        ),
        (
            "The head has requested that pupils must wear blazers in class.",
            Lang.EN,
            False,
            "change",
            "pupils should wear blazers in class",
            None,
        ),
        # the writer's own request as a clause, and a remedy the writer wants
        (
            "We must ask that our deposit be returned by Friday.",
            Lang.EN,
            False,
            "ask",
            "our deposit be returned",
            Stance.PRO,
        ),
        ("We would like a written apology from the driver.", Lang.EN, False, "ask", "apology", Stance.PRO),
        # a refusal with an adverb between, argued con
        (
            "We are therefore unable to replace the boiler free of charge.",
            Lang.EN,
            False,
            "ask",
            "replace the boiler",
            Stance.CON,
        ),
        # a form's labelled request, a sentence of its own
        (
            "Request: Add a dormer window to the rear roof.",
            Lang.EN,
            False,
            "framing",
            "Add a dormer window",
            None,
        ),
        # a decision being weighed
        (
            "The trustees discussed whether to open the pool on Sunday mornings.",
            Lang.EN,
            False,
            "motion",
            "we should open the pool on Sunday mornings",
            None,
        ),
        # (a whether-question put to the group to talk over is the question the replies weigh)
        ("我们几个在商量要不要把周会改到线上", Lang.ZH, True, "question", "把周会改到线上", None),
        # a plan an institution has, reported; a request put in; a demand people make
        (
            "听说学校打算把食堂承包给外面的公司。",
            Lang.ZH,
            False,
            "change",
            "应当把食堂承包给外面的公司",
            None,
        ),
        ("她上周提出申请调到夜班。", Lang.ZH, False, "change", "调到夜班", None),
        ("居民最大的诉求是恢复那条公交线路。", Lang.ZH, False, "change", "恢复那条公交线路", None),
        # a request after a speaker's label, a study's own stated view
        ("申请人：我请求对方赔偿修车费三千元。", Lang.ZH, False, "ask", "赔偿修车费", Stance.PRO),
        (
            "本报告的主要观点是：社区食堂应当由街道补贴运营。",
            Lang.ZH,
            False,
            "thesis",
            "社区食堂",
            Stance.PRO,
        ),
    ],
)
def test_a_cue_names_the_proposition_and_its_side(
    line: str, lang: Lang, heading: bool, kind: str, words: str, author: Stance | None
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None and match.kind == kind
    assert words in match.proposition and match.author is author


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        # a reference number alone names no application; a want of something else is no remedy
        ("Application no.: PLN-2291", Lang.EN, True),
        ("I'd like a coffee before we start.", Lang.EN, False),
        # the writer's own request is no third party's; an exhortation is no institution's plan
        ("We have asked that the minutes be circulated.", Lang.EN, False),
        ("大家一定要把安全放在第一位。", Lang.ZH, False),
        ("申请表请在周五前交到办公室。", Lang.ZH, False),
    ],
)
def test_no_proposition_is_read_where_none_is_put(line: str, lang: Lang, heading: bool) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is None or not match.fit or match.kind not in ("change", "framing")


_MINUTES = """Harbour Sailing Club — committee minutes

Item 1. Apologies: none.

Item 2. Whether to buy a second safety boat.
The bosun said one safety boat cannot cover both the dinghy course and the junior session.
The treasurer said a second safety boat would cost £9,000 and the club has £6,000 in reserve.
Two members said the juniors could sail after the dinghy race instead, so one safety boat covers both.

Item 3. Any other business: the bar will close early on Friday.
"""


def test_of_several_items_the_one_the_statements_are_about_is_debated() -> None:
    debated = _debated(_MINUTES, Lang.EN)
    assert len(debated) == 1 and "safety boat" in debated[0]


def test_the_first_item_is_debated_when_the_statements_are_about_it() -> None:
    first = _MINUTES.replace("Item 1. Apologies: none.", "Item 1. Whether to paint the clubhouse.")
    first = first.replace("Item 2. Whether to buy a second safety boat.", "Item 2. Apologies: none.")
    first = first.replace("safety boat", "coat of paint on the clubhouse")
    debated = _debated(first, Lang.EN)
    assert len(debated) == 1 and "paint the clubhouse" in debated[0]


def test_a_question_whether_something_was_done_asks_a_fact() -> None:
    assert is_informational("（老师）你跟家里商量过吗？", Lang.ZH)
    assert not is_informational("学校该不该取消午休？", Lang.ZH)
