"""The debated proposition found in layouts no other set uses, and the cues that find it.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props/`` (see
`argkg.bench.argtexts`): a dated diary, a reply e-mail, a slide outline, a numbered thread, a
decision record and an exam answer, gold written before argkg ran on them. Besides the set's
figures, the tests below check, on sentences written for them, the cues these layouts called
for: a decision pending or weighed ("votes on whether to X"), an exam prompt that quotes a
statement, the addressee's proposal a reply weighs, a minute's numbered item, a consultation
asking for views, a ballot's title, and a question the writer weighs or was asked; and a closing
that puts the reasons together ("Put those together and X", "两相权衡,X"), read past a thread's
post counter ("3/3 ").
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS, TextResult, check_folder, load_gold
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.ingest.turns import timestamp_end
from argkg.schema import Conclusion, Lang

GOLD = load_gold(UNSEEN_PROPS)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS)


def test_the_set_has_six_texts_in_both_languages() -> None:
    assert len(GOLD) == 6
    assert sorted(name[:2] for name in GOLD) == ["en"] * 3 + ["zh"] * 3


def test_most_propositions_are_found(results: dict[str, TextResult]) -> None:
    # 2/6 before the cues of this set; the floor keeps what they won
    assert sum(r.proposition for r in results.values()) >= 5


@pytest.mark.parametrize(
    ("line", "lang", "heading", "words"),
    [
        (
            "Our council votes next week on whether to ban e-bikes from the towpath.",
            Lang.EN,
            False,
            "ban e-bikes",
        ),
        ("I keep weighing up whether to sell the car.", Lang.EN, False, "sell the car"),
        ('Q2. "Museums should be free to enter." Discuss.', Lang.EN, False, "Museums should be free"),
        ('"Zoos do more good than harm." To what extent do you agree?', Lang.EN, False, "Zoos do more good"),
        (
            "Thanks for writing. You propose that the library opens on Sundays, which I understand.",
            Lang.EN,
            False,
            "the library opens on Sundays",
        ),
        (
            "Item 4: Proposal to close the staff car park on Fridays",
            Lang.EN,
            False,
            "close the staff car park",
        ),
        ("The parish council wants your views on a new skate park.", Lang.EN, False, "a new skate park"),
        ("The ballot on the new rota - read this first", Lang.EN, True, "the new rota"),
        ("这几天一直在纠结：到底该不该换一份离家近的工作？", Lang.ZH, False, "换一份离家近的工作"),
        ("物业问大家要不要在楼下加装充电桩，下周一前答复。", Lang.ZH, False, "加装充电桩"),
        ("您在来信中建议取消午休时间，理由是可以早点下班。", Lang.ZH, False, "取消午休时间"),
    ],
)
def test_a_question_the_text_weighs_outside_its_title(
    line: str, lang: Lang, heading: bool, words: str
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None
    assert words in match.proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("The council voted on Tuesday.", Lang.EN),
        ("Do you agree with the weather forecast?", Lang.EN),
        ("I suggested we meet at noon.", Lang.EN),
        ("Item 4", Lang.EN),
        ("我在考虑要不要报个班。", Lang.ZH),  # no question weighed aloud: a plan, not the text's issue
        ("你们建议的东西我们都收到了。", Lang.ZH),
        ("有人问我明天天气怎么样。", Lang.ZH),
    ],
)
def test_lines_that_weigh_no_question(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=False) is None


@pytest.mark.parametrize(
    ("text", "lang", "drawn"),
    [
        (
            "Should the pool open at six?\n\nEarly swimmers want it. Staff would need a new shift.\n\n"
            "2/3 Lifeguards cost money.\n\n3/3 Put those together and an early opening is still worth it.",
            Lang.EN,
            "an early opening is still worth it",
        ),
        (
            "Weighing it all up, the library should keep its late nights.",
            Lang.EN,
            "the library should keep its late nights",
        ),
        (
            "食堂要不要延长营业时间？晚班的同事需要吃饭。延长营业要多雇两个人。两相权衡，延长一小时就够了。",
            Lang.ZH,
            "延长一小时就够了",
        ),
    ],
)
def test_a_closing_that_puts_the_reasons_together_is_a_conclusion(text: str, lang: Lang, drawn: str) -> None:
    graph = ingest_text(text, source="t.txt", lang=lang)
    assert any(drawn in c.text for c in graph.of_type(Conclusion))


def test_a_fraction_that_opens_a_sentence_is_no_post_counter() -> None:
    assert timestamp_end("3/4 of the budget goes on staff.", Lang.EN) == 0
    assert timestamp_end("4/7 The second reason is cost.", Lang.EN) == len("4/7 ")
