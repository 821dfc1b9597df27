"""The debated proposition: motions, theses, sides' statements, framing titles and questions."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.schema import Assumption, Claim, Lang, Stance


@pytest.mark.parametrize(
    ("line", "lang", "heading", "kind", "proposition", "author"),
    [
        ("辩题:城市应当限制网约车", Lang.ZH, False, "motion", "城市应当限制网约车", None),
        ("我方观点是,网课利大于弊", Lang.ZH, False, "thesis", "网课利大于弊", Stance.PRO),
        ("本文认为,网课弊大于利", Lang.ZH, False, "thesis", "网课利大于弊", Stance.CON),
        ("我认为城市不应该限制网约车", Lang.ZH, False, "thesis", "城市应该限制网约车", Stance.CON),
        ("反方观点则认为,网课弊大于利", Lang.ZH, False, "con", "网课利大于弊", None),
        # a thesis after a contrast that turns from the common view, or after a recording's time stamp
        ("可是我认为,孩子应该自己走路上学", Lang.ZH, False, "thesis", "孩子应该自己走路上学", Stance.PRO),
        ("[03:10] 先说结论:周末补课不值得", Lang.ZH, False, "thesis", "周末补课不值得", Stance.PRO),
        (
            "[03:10] My answer: the trip is worth it.",
            Lang.EN,
            False,
            "thesis",
            "the trip is worth it",
            Stance.PRO,
        ),
        # a letter's stated request
        (
            "I am writing to report a fault and to ask you to replace the meter.",
            Lang.EN,
            False,
            "thesis",
            "replace the meter",
            Stance.PRO,
        ),
        # a closing quote whose opening quote the proposition holds stays with it
        ("不过我认为,学生要敢于说“不”。", Lang.ZH, False, "thesis", "学生要敢于说“不”", Stance.PRO),
        ("网课的利与弊", Lang.ZH, True, "framing", "网课利大于弊", None),
        ("关于网课的辩论", Lang.ZH, True, "framing", "网课利大于弊", None),
        (
            "The debate over tolls",
            Lang.EN,
            True,
            "framing",
            "the benefits of tolls outweigh its drawbacks",
            None,
        ),
        ("Motion: This house would ban fireworks.", Lang.EN, False, "motion", "ban fireworks", None),
        (
            "Although it sounds kind, I argue that zoos should not exist.",
            Lang.EN,
            False,
            "thesis",
            "zoos should exist",
            Stance.CON,
        ),
        ("In my opinion, tolls are fair.", Lang.EN, False, "thesis", "tolls are fair", Stance.PRO),
        (
            "The pros and cons of tolls",
            Lang.EN,
            True,
            "framing",
            "the benefits of tolls outweigh its drawbacks",
            None,
        ),
        (
            "Two arguments against tolls",
            Lang.EN,
            True,
            "framing",
            "the benefits of tolls outweigh its drawbacks",
            Stance.CON,
        ),
        ("Should towns ban cars?", Lang.EN, True, "question", "towns should ban cars", None),
        # agenda items, subject lines, reported questions and stands after a colon
        (
            "Session 2. Agenda item: a move to night deliveries",
            Lang.EN,
            True,
            "motion",
            "a move to night deliveries",
            None,
        ),
        (
            "Re: Application 12/345, a car wash on Elm Street",
            Lang.EN,
            False,
            "framing",
            "Application 12/345, a car wash on Elm Street should be approved",
            None,
        ),
        (
            "The board asked whether the library should open on Sundays.",
            Lang.EN,
            False,
            "question",
            "the library should open on Sundays",
            None,
        ),
        (
            "Nothing here changes my view: the depot should stay where it is.",
            Lang.EN,
            False,
            "thesis",
            "the depot should stay where it is",
            Stance.PRO,
        ),
        (
            "Question 1: Do you support the plan to close the pool?",
            Lang.EN,
            True,
            "question",
            "you support the plan to close the pool",
            None,
        ),
        ("共享单车到底有没有用?——专访一位城管队员", Lang.ZH, True, "question", "共享单车到底有用", None),
        (
            "I write to object to the proposed car wash.",
            Lang.EN,
            False,
            "thesis",
            "we should support the proposed car wash",
            Stance.CON,
        ),
        (
            "It is time the town stopped selling its parks.",
            Lang.EN,
            False,
            "thesis",
            "It is time the town stopped selling its parks",
            Stance.PRO,
        ),
        ("议题:是否在河边建设绿道", Lang.ZH, False, "motion", "在河边建设绿道", None),
    ],
)
def test_cues(
    line: str, lang: Lang, heading: bool, kind: str, proposition: str, author: Stance | None
) -> None:
    found = match_proposition(line, lang, heading=heading)
    assert found is not None
    assert (found.kind, found.proposition, found.author) == (kind, proposition, author)


@pytest.mark.parametrize(
    ("line", "lang", "heading"),
    [
        ("网课的利与弊", Lang.ZH, False),  # a framing counts only in a title or heading
        ("反方认为,网课很方便", Lang.ZH, False),  # the con side's view, not the proposition's negation
        ("Prices rose by a tenth last year.", Lang.EN, False),
    ],
)
def test_no_cue(line: str, lang: Lang, heading: bool) -> None:
    assert match_proposition(line, lang, heading=heading) is None


@pytest.mark.parametrize(
    ("line", "lang", "heading", "lead"),
    [
        # in the body a yes/no question counts only where it leads (the text's reader checks)
        ("Should towns ban cars?", Lang.EN, False, True),
        ("放了两年，小区到底该不该装门禁？", Lang.ZH, False, True),
        # in a title or heading it always counts
        ("Should towns ban cars?", Lang.EN, True, False),
    ],
)
def test_a_body_question_counts_where_it_leads(line: str, lang: Lang, heading: bool, lead: bool) -> None:
    found = match_proposition(line, lang, heading=heading)
    assert found is not None and found.kind == "question"
    assert found.lead is lead


def test_the_span_is_the_proposition_as_written() -> None:
    line = "While some disagree, I contend that the park should stay open."
    found = match_proposition(line, Lang.EN, heading=False)
    assert found is not None and line[found.start : found.end] == "the park should stay open"


def test_a_negation_far_into_the_proposition_does_not_turn_it() -> None:
    found = match_proposition(
        "I believe that parks which many residents of the old town centre do not visit should close.",
        Lang.EN,
        heading=False,
    )
    assert found is not None and found.author is Stance.PRO


@pytest.mark.parametrize(
    ("line", "lang", "proposition"),
    [
        (
            "Permanent remote work is a mistake for most companies.",
            Lang.EN,
            "Permanent remote work is the right choice for most companies",
        ),
        ("全面禁止燃油车是一个错误", Lang.ZH, "全面禁止燃油车是正确的"),
        ("我认为全面禁止燃油车是错误的。", Lang.ZH, "全面禁止燃油车是正确的"),
    ],
)
def test_a_verdict_against_x_is_argued_con_on_its_affirmative(
    line: str, lang: Lang, proposition: str
) -> None:
    found = match_proposition(line, lang, heading=False, opening=True)
    assert found is not None
    assert (found.kind, found.proposition, found.author) == ("thesis", proposition, Stance.CON)


def test_a_verdict_counts_only_where_a_text_opens() -> None:
    line = "Permanent remote work is a mistake for most companies."
    assert match_proposition(line, Lang.EN, heading=False) is None
    assert match_proposition(line, Lang.EN, heading=True) is not None


@pytest.mark.parametrize(
    ("line", "lang", "proposition"),
    [
        ("We recommend option 2, starting next year.", Lang.EN, "option 2, starting next year"),
        ("I'd like to propose that the choir meets on Tuesdays.", Lang.EN, "the choir meets on Tuesdays"),
        ("We would like to propose a shorter lunch break.", Lang.EN, "a shorter lunch break"),
        ("因此我认为,网课弊大于利。", Lang.ZH, "网课利大于弊"),
        ("我们建议采用第二种方案。", Lang.ZH, "采用第二种方案"),
        ("Interview: Should towns ban cars?", Lang.EN, "towns should ban cars"),
    ],
)
def test_recommendations_concluding_theses_and_labelled_questions(
    line: str, lang: Lang, proposition: str
) -> None:
    found = match_proposition(line, lang, heading=line.endswith("?"))
    assert found is not None and found.proposition == proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("How do I start a return?", Lang.EN),
        ("Can I exchange an item for a different size?", Lang.EN),
        ("图书馆的开放时间是什么?", Lang.ZH),
        ("一次可以借几本书?", Lang.ZH),
    ],
)
def test_a_question_asking_for_information_debates_nothing(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=True) is None


@pytest.mark.parametrize(
    ("line", "lang"), [("如何看待四天工作制?", Lang.ZH), ("Should you buy an electric car?", Lang.EN)]
)
def test_a_debated_question_with_a_question_word_stays_debated(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=True) is not None


@pytest.mark.parametrize(
    ("line", "lang", "author"),
    [
        ("谢邀。先说结论:应届生不该把考公当第一选择,但也别一概否定。", Lang.ZH, Stance.CON),
        (
            "Short answer: graduates should not make the civil service their first choice.",
            Lang.EN,
            Stance.CON,
        ),
        ("Bottom line: the city should keep the library open.", Lang.EN, Stance.PRO),
        ("**Short version:** the city should keep the library open.", Lang.EN, Stance.PRO),
    ],
)
def test_a_verdict_stated_first_is_the_authors_thesis(line: str, lang: Lang, author: Stance) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.kind == "thesis" and match.author is author


def test_a_thesis_that_answers_the_question_gives_the_authors_side() -> None:
    text = (
        "问题:应届毕业生该不该把考公当作第一选择?\n\n"
        "先说结论:应届生不该把考公当作第一选择。\n\n"
        "我先承认考公的好处。编制稳定,福利也好。\n\n"
        "但是,把它当作第一选择就是另一回事了。录取率太低,岗位也不一定合适。\n"
    )
    graph = ingest_text(text, source="answer.txt", lang="zh")
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert sides["我先承认考公的好处。"] is Stance.PRO
    assert sides["录取率太低,岗位也不一定合适。"] is Stance.CON


@pytest.mark.parametrize(
    ("title", "lang", "proposition"),
    [
        (
            "Kestrel X2 cordless vacuum: worth it? (3 of 5 stars)",
            Lang.EN,
            "Kestrel X2 cordless vacuum: worth it",
        ),
        ("这款扫地机值得买吗?(亲测三个月)", Lang.ZH, "这款扫地机值得买"),
    ],
)
def test_a_question_title_with_an_aside_in_brackets(title: str, lang: Lang, proposition: str) -> None:
    match = match_proposition(title, lang, heading=True)
    assert match is not None and match.kind == "question" and match.proposition == proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("The case for the night bus, and why it is not enough", Lang.EN),  # no clean framing: a tail
        ("Question 3. Any other comments?", Lang.EN),  # a form's catch-all prompt
    ],
)
def test_a_framing_with_a_tail_or_a_catch_all_prompt_names_no_proposition(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=True) is None


@pytest.mark.parametrize(
    ("line", "lang", "proposition"),
    [
        (
            "From September, phones will be collected at the gate.",
            Lang.EN,
            "phones should be collected at the gate",
        ),
        (
            "The council plans to close the branch library.",
            Lang.EN,
            "The council should close the branch library",
        ),
        (
            "Dear all, the trust is to start charging for parking from 1 April.",
            Lang.EN,
            "the trust should start charging for parking from 1 April",
        ),
        # a change that takes something away stays as announced
        (
            "From May, dogs will not be allowed on the beach.",
            Lang.EN,
            "dogs should not be allowed on the beach",
        ),
        ("学校决定下学期起家庭作业在校完成。", Lang.ZH, "应当家庭作业在校完成"),
        ("物业发布通知，明年起小区车位将统一收费。", Lang.ZH, "明年起小区车位应统一收费"),
    ],
)
def test_an_announced_change_is_put_as_the_question_it_raises(
    line: str, lang: Lang, proposition: str
) -> None:
    """A change an institution announces or plans is a candidate proposition, as its affirmative."""
    found = match_proposition(line, lang, heading=False)
    assert found is not None
    assert (found.kind, found.proposition) == ("change", proposition)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # the writer's own plans and a prediction without a date are no announced change
        ("We plan to visit the museum on Sunday.", Lang.EN),
        ("This will cost the town a lot of money.", Lang.EN),
        ("这将提高效率。", Lang.ZH),
    ],
)
def test_a_plan_of_ones_own_or_a_prediction_is_no_announced_change(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=False) is None


def test_a_thesis_comes_before_an_announced_change() -> None:
    """The announced change is the lowest candidate: a thesis the text states is its proposition."""
    text = (
        "From January, the office will close at six.\n\n"
        "I contend that the office should stay open until eight. Many of us start late.\n"
    )
    graph = ingest_text(text, source="office.txt", lang="en")
    assert [a.text for a in graph.of_type(Assumption)] == ["the office should stay open until eight"]


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("Honestly, I'm against this.", Lang.EN, Stance.CON),
        ("We welcome the decision.", Lang.EN, Stance.PRO),
        ("说实话我挺支持的。", Lang.ZH, Stance.PRO),
        ("我是真的接受不了。", Lang.ZH, Stance.CON),
        ("The bus runs every ten minutes.", Lang.EN, None),
    ],
)
def test_a_writers_reaction_tells_its_side(sentence: str, lang: Lang, side: Stance | None) -> None:
    assert reaction_side(sentence, lang) is side


def test_the_writers_reaction_to_an_announced_change_is_the_authors_side() -> None:
    """A reported change states no side of the author's; the writer's own reaction to it does, and
    the author's unmarked reasons take it."""
    text = "Management plans to close the staff gym in March.\n\nI'm against this. Nobody asked the staff, and the gym costs the company almost nothing.\n"
    graph = ingest_text(text, source="reaction.txt", lang="en")
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert [a.text for a in graph.of_type(Assumption)] == ["Management should close the staff gym in March"]
    assert sides["Nobody asked the staff, and the gym costs the company almost nothing."] is Stance.CON
