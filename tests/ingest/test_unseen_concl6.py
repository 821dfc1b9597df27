"""One conclusion per voice: a conclusion is the writer's closing judgement, not every judging line.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl6/`` (see
`argkg.bench.argtexts`): a 知乎 answer and a 经验帖 that state their view first and sum it up at the
close, a class teacher's message and a resident's speech that announce their closing word, an
English blog post that answers its question up front and concludes after weighing both sides, and
minutes whose early decision stands beside their closing note, gold written before argkg ran on
them. Besides the set's figures, the tests below check each mechanism on short texts written for
them: a view stated early with a conclusion opener or a first-person judgement gives way to the
same voice's later summing-up, while a step's inference, a decision and another speaker's
conclusion stay; a sentence that only announces the closing word concludes nothing; the items of a
recommendations list give way to a concluding sentence outside the list, unless a ruling's lead-in
announces them or the text concludes nowhere else.
"""

import pytest
from concluded import conclusion_texts

from argkg.bench.argtexts import UNSEEN_CONCL6, TextResult, check_folder, load_gold
from argkg.schema import Lang

GOLD = load_gold(UNSEEN_CONCL6)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_CONCL6)


def test_the_set_has_three_texts_in_each_language_with_gold_conclusions() -> None:
    assert sorted(name[:2] for name in GOLD) == ["en"] * 3 + ["zh"] * 3
    assert all(GOLD[name].conclusions for name in GOLD)


def test_each_voice_draws_its_closing_conclusion(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    # 6/7 found, 11 drawn before concl26b
    assert hits == 7
    assert drawn <= 9


@pytest.mark.parametrize(
    ("text", "lang", "closing", "early"),
    [
        (
            "租房还是买房？说说我的看法\n\n"
            "先说结论：刚工作几年的年轻人，我觉得先租房更好。\n\n"
            "买房要背三十年房贷，换工作、换城市都不方便。租房灵活，省下的首付还能拿去投资。\n\n"
            "当然，租房也有被房东涨租、被迫搬家的麻烦，孩子上学也受影响。\n\n"
            "总之，工作和城市还没定下来的，租房比买房划算。\n",
            Lang.ZH,
            "租房比买房划算",
            "先租房更好",
        ),
        (
            "Should the club buy a second minibus?\n\n"
            "I think it would be money well spent.\n\n"
            "The one we have is booked every Saturday, and two away fixtures last month were "
            "cancelled for lack of transport. A second-hand bus costs about the same as a season "
            "of hired coaches.\n\n"
            "Insurance and a second set of trained drivers are real costs, and the treasurer is "
            "right to ask who will maintain it.\n\n"
            "In conclusion, the club should buy a second-hand minibus before the new season.\n",
            Lang.EN,
            "the club should buy a second-hand minibus",
            "money well spent",
        ),
    ],
)
def test_a_view_stated_early_gives_way_to_the_summing_up(
    text: str, lang: Lang, closing: str, early: str
) -> None:
    found = conclusion_texts(text, lang)
    assert any(closing in c for c in found)
    assert not any(early in c for c in found)


def test_a_steps_inference_stays_beside_the_summing_up() -> None:
    found = conclusion_texts(
        "Should the town close Mill Street to cars?\n\n"
        "Shop owners fear they will lose customers who drive. Cafes in closed streets elsewhere "
        "gained trade.\n\n"
        "Do the closures hurt small shops? Owners say yes, but the sales figures they quote cover "
        "only one month. There is no evidence that the lost car trips are not made up by walkers.\n\n"
        "In conclusion, I believe the town should close Mill Street to cars on a trial basis.\n",
        Lang.EN,
    )
    assert any("There is no evidence that the lost car trips" in c for c in found)
    assert any("should close Mill Street to cars on a trial basis" in c for c in found)


def test_a_decision_reached_early_stays_beside_the_summing_up() -> None:
    found = conclusion_texts(
        "Minutes of the tenants' association, 2 June\n\n"
        "The committee decided to hire a gardener for the courtyard this summer.\n\n"
        "The treasurer reported that the fund holds enough for one year. Two members asked about "
        "the broken gate.\n\n"
        "In conclusion, the gate will be discussed at the next meeting, once quotes are in.\n",
        Lang.EN,
    )
    assert any("decided to hire a gardener" in c for c in found)
    assert any("the gate will be discussed at the next meeting" in c for c in found)


@pytest.mark.parametrize(
    ("text", "lang", "announcement", "word"),
    [
        (
            "Thank you, Chair.\n\n"
            "The new bus timetable leaves the east estate without a service after seven in the "
            "evening.\n\n"
            "Shift workers at the hospital have no other way home, and taxis cost them a day's pay "
            "a week.\n\n"
            "So my message to the council is simple. Restore the late buses to the east estate "
            "before the winter.\n",
            Lang.EN,
            "my message to the council is simple",
            "Restore the late buses to the east estate",
        ),
        (
            "关于周末加开自习室的事，同学们意见不一。\n\n"
            "有的同学说周末要回家，开了也没人去；也有同学说宿舍太吵，周末最需要安静的地方。\n\n"
            "上学期试开了四个周末，每次都有六十多人来。\n\n"
            "最后我说两句。周末自习室值得继续开，下学期每个周六都开放。\n",
            Lang.ZH,
            "最后我说两句",
            "周末自习室值得继续开",
        ),
    ],
)
def test_an_announcement_of_the_closing_word_concludes_nothing(
    text: str, lang: Lang, announcement: str, word: str
) -> None:
    found = conclusion_texts(text, lang)
    assert any(word in c for c in found)
    assert not any(announcement in c for c in found)


def test_the_items_of_a_recommendations_list_give_way_to_the_concluding_sentence() -> None:
    found = conclusion_texts(
        "# Review of the school's homework policy\n\n"
        "## Findings\n\n"
        "Pupils in years 3 to 6 spend on average forty minutes a night on homework. Teachers "
        "spend six hours a week marking it, and the gain in test scores is small.\n\n"
        "## Recommendations\n\n"
        "1. Replace written homework in years 3 to 6 with twenty minutes of reading.\n"
        "2. Keep weekly spelling lists.\n"
        "3. Review the change after one year.\n\n"
        "## Conclusion\n\n"
        "On balance, the school should drop compulsory written homework for its younger pupils.\n",
        Lang.EN,
    )
    assert any("should drop compulsory written homework" in c for c in found)
    assert not any("Keep weekly spelling lists" in c for c in found)


def test_the_items_a_ruling_announces_stay() -> None:
    found = conclusion_texts(
        "调解协议书\n\n"
        "申请人与被申请人因噪音纠纷申请调解。\n\n"
        "调解意见\n\n"
        "经查，被申请人夜间装修确有扰民，应承担主要责任。\n\n"
        "经调解，双方自愿达成如下协议：\n"
        "一、被申请人今后晚上八点后不再施工；\n"
        "二、被申请人一次性补偿申请人500元。\n",
        Lang.ZH,
    )
    assert any("应承担主要责任" in c for c in found)
    assert any("不再施工" in c for c in found)
    assert any("补偿申请人500元" in c for c in found)
