"""Reported voices and "for/against X" sides, read against the debated proposition."""

import pytest

from argkg.ingest.sides import Statement, assign_sides
from argkg.ingest.voices import options, relative_side, reported, reports, target_side, verb_side, voice_side
from argkg.schema import Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("sentence", "lang", "speaker"),
    [
        ("环保组织负责人张先生表示，新规有助于改善空气质量。", Lang.ZH, "环保组织负责人张先生"),
        ("他认为这项收费会增加家庭负担。", Lang.ZH, "他"),
        (
            "A spokesperson for the union said the plan would hurt members.",
            Lang.EN,
            "A spokesperson for the union",
        ),
        ("According to the city engineer, the bridge is safe.", Lang.EN, "the city engineer"),
    ],
)
def test_a_reported_voice_names_its_speaker(sentence: str, lang: Lang, speaker: str) -> None:
    voice = reported(sentence, lang)
    assert voice is not None and voice.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("我认为这项收费会增加家庭负担。", Lang.ZH), ("We argue that the plan would hurt members.", Lang.EN)],
)
def test_the_authors_own_view_is_no_reported_voice(sentence: str, lang: Lang) -> None:
    assert reported(sentence, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition", "side"),
    [
        ("环保组织负责人张先生表示，新规有助于改善空气质量。", Lang.ZH, "应该实施新规", PRO),
        ("一位店主担心，新规会让生意变差。", Lang.ZH, "应该实施新规", CON),
        ("工作人员介绍，意见征集将持续一个月。", Lang.ZH, "应该实施新规", NEUTRAL),
        ("A parent said the fumes harm children.", Lang.EN, "the council should ban diesel buses", PRO),
        ("The operator said the ban would hurt riders.", Lang.EN, "the council should ban diesel buses", CON),
    ],
)
def test_a_voice_takes_the_side_of_what_it_says(
    sentence: str, lang: Lang, proposition: str, side: Stance
) -> None:
    voice = reported(sentence, lang)
    assert voice is not None
    assert voice_side(voice, lang, proposition) is side


@pytest.mark.parametrize(
    ("sentence", "proposition", "side"),
    [
        ("The case against the bypass is overwhelming.", "the county should stop the bypass", PRO),
        ("The case against the bypass is overwhelming.", "the county should build the bypass", CON),
        ("The second point against it is noise.", "the county should build the bypass", CON),
        ("The case for lunch breaks is clear.", "the county should build the bypass", None),
        ("Use the heat pump.", "we should fit a heat pump or keep the boiler", PRO),
        ("Avoid the heat pump.", "we should fit a heat pump or keep the boiler", CON),
        ("Use the side entrance.", "we should fit a heat pump or keep the boiler", None),
        # the proposal itself, however the proposition is worded: not its object, turned by a ban
        ("The case for this proposal is strong.", "the council should ban cars from the square", PRO),
        ("The case against the new plan is weak.", "the council should ban cars from the square", CON),
        ("The case against it is weak.", "the council should ban cars from the square", PRO),
    ],
)
def test_for_or_against_x_is_read_against_the_proposition(
    sentence: str, proposition: str, side: Stance | None
) -> None:
    assert relative_side(sentence, Lang.EN, proposition) is side


def test_an_informing_voice_in_a_report_argues_nothing_and_does_not_spread() -> None:
    texts = ["A parent said the fumes harm children.", "The clerk said the vote is on Monday."]
    statements = [
        Statement(text=t, paragraph=i, opponent=False, heading=None, voice=v)
        for i, (t, v) in enumerate(zip(texts, (PRO, NEUTRAL), strict=True))
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=True) == [PRO, NEUTRAL]


def test_an_authors_opening_with_evaluation_words_argues_their_side() -> None:
    statements = [
        Statement(
            text="课后服务解决了接送的问题，也带来了更多机会。", paragraph=0, opponent=False, heading=None
        )
    ]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=False) == [PRO]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=True) == [NEUTRAL]


def test_a_text_of_voices_without_a_view_of_its_own_is_a_report() -> None:
    def statement(text: str, voice: Stance | None) -> Statement:
        return Statement(text=text, paragraph=0, opponent=False, heading=None, voice=voice)

    news = [
        statement("A parent said the fumes harm children.", PRO),
        statement("A driver said it costs jobs.", CON),
    ]
    assert reports(news, Lang.EN)
    assert not reports([*news, statement("I believe the ban is right.", None)], Lang.EN)
    assert not reports(news[:1], Lang.EN)


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition", "side"),
    [
        (
            "A new stadium would be a burden on the city budget.",
            Lang.EN,
            "the city should build a new stadium",
            CON,
        ),
        (
            "A new stadium would not be a burden on anyone.",
            Lang.EN,
            "the city should build a new stadium",
            PRO,
        ),
        ("The city should not build a new stadium.", Lang.EN, "the city should build a new stadium", CON),
        ("The harbour is busy in summer.", Lang.EN, "the city should build a new stadium", None),
        (
            "A stadium costs money, but it brings visitors.",
            Lang.EN,
            "the city should build a new stadium",
            None,
        ),
        ("Phones are a distraction and a harm in class.", Lang.EN, "schools should ban phones", PRO),
        ("建新体育馆会给财政带来负担。", Lang.ZH, "建新体育馆", CON),
    ],
)
def test_a_statement_takes_the_side_its_evaluation_of_the_target_argues(
    sentence: str, lang: Lang, proposition: str, side: Stance | None
) -> None:
    assert target_side(sentence, lang, proposition) is side


def test_a_leaning_statement_before_any_argument_takes_its_side_without_spreading_it() -> None:
    statements = [
        Statement(
            "A new stadium should worry us: it is a burden.", 0, opponent=False, heading=None, toward=CON
        ),
        Statement("Ticket sales would pay for it within ten years.", 0, opponent=False, heading=None),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False) == [CON, PRO]


def test_the_authors_thesis_never_leans_away_from_the_authors_side() -> None:
    thesis = Statement("A new stadium is a burden worth bearing.", 0, False, None, central=True, toward=CON)
    assert assign_sides([thesis], Lang.EN, author=PRO, reporting=False) == [PRO]


def test_a_voice_whose_verb_names_a_side_takes_it_in_the_authors_own_text() -> None:
    voice = reported("一些学校担心增加采购费用。", Lang.ZH)
    assert voice is not None and verb_side(voice, Lang.ZH) is CON
    statements = [
        Statement("午休床能提高下午的学习效率。", 0, opponent=False, heading=None),
        Statement("一些学校担心增加采购费用。", 0, opponent=False, heading=None, voice=CON, warned=CON),
        Statement(
            "一些学校担心费用，但可以分批采购。", 0, opponent=False, heading=None, voice=CON, warned=CON
        ),
    ]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=False) == [PRO, CON, PRO]


@pytest.mark.parametrize(
    ("sentence", "proposition", "side"),
    [
        ("就选电动车吧。", "应该买电动车", PRO),
        ("千万别买电动车。", "应该买电动车", CON),
        ("就选靠窗的座位吧。", "应该买电动车", None),
    ],
)
def test_a_bare_recommendation_of_the_target_takes_its_side(
    sentence: str, proposition: str, side: Stance | None
) -> None:
    assert relative_side(sentence, Lang.ZH, proposition) is side


@pytest.mark.parametrize(
    ("text", "lang", "proposition", "sentence", "side"),
    [
        # a merit of the other option argues against the target, a drawback of it for
        (
            "Trams vs buses: which should the city fund?\n\nBuy trams.",
            Lang.EN,
            None,
            "Buses are cheaper.",
            CON,
        ),
        (
            "Trams vs buses: which should the city fund?\n\nBuy trams.",
            Lang.EN,
            None,
            "Buses run slowly.",
            PRO,
        ),
        # the standard of a comparison is no subject: "比公交更便宜" speaks of the other option
        ("地铁还是公交？\n\n总之地铁比公交划算。", Lang.ZH, None, "公交比地铁更便宜。", CON),
        ("地铁还是公交？\n\n总之地铁比公交划算。", Lang.ZH, None, "地铁比公交更便宜。", PRO),
    ],
)
def test_what_is_said_of_the_replaced_option_argues_the_other_way(
    text: str, lang: Lang, proposition: str | None, sentence: str, side: Stance
) -> None:
    weighed = options(text, lang, proposition or text.splitlines()[0])
    assert weighed is not None
    assert target_side(sentence, lang, text.splitlines()[0], weighed) is side


def test_a_statement_naming_neither_option_speaks_of_its_paragraphs_topic() -> None:
    text = "Trams vs buses: which should the city fund?\n\nBuy trams."
    weighed = options(text, Lang.EN, "Should the city fund trams?")
    assert weighed is not None and weighed.of("The trams are quiet.") == 1
    assert target_side("It runs slowly.", Lang.EN, "Should the city fund trams?", weighed, topic=-1) is PRO
    assert target_side("It runs slowly.", Lang.EN, "Should the city fund trams?", weighed, topic=1) is CON


def test_a_switch_names_the_replaced_option() -> None:
    weighed = options("Why I switched from trams to bikes.\n\nBikes are better.", Lang.EN, None)
    assert weighed is not None and weighed.of("the bikes") == 1 and weighed.of("the trams") == -1


def test_a_paragraph_speaks_of_the_option_its_statement_opens_with_not_one_a_voice_names() -> None:
    weighed = options("地铁还是公交？\n\n总之地铁比公交划算。", Lang.ZH, None)
    assert weighed is not None
    assert weighed.subject("公交就在门口，走路五分钟。") == -1
    assert weighed.subject("近来，有人主张多坐公交。") == 0
    assert weighed.subject("王阿姨：公交就在门口。") == -1


def test_a_negation_outside_the_clause_that_restates_the_proposition_does_not_turn_it() -> None:
    proposition = "proposed move to twelve-hour shifts"
    said = "Our position has not changed: twelve-hour shifts will be better for the site."
    assert target_side(said, Lang.EN, proposition) is PRO
    assert target_side("Twelve-hour shifts will not work.", Lang.EN, proposition) is CON


def test_a_report_reads_what_is_said_of_the_replaced_option_against_the_target() -> None:
    statements = [
        Statement(text="The buses are cheaper.", paragraph=0, opponent=False, heading=None, toward=CON),
        Statement(text="The trams are cheaper.", paragraph=1, opponent=False, heading=None, toward=PRO),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=True) == [CON, PRO]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("我支持这个提案。", PRO),
        ("我反对这项提案。", CON),
        ("我支持该方案。", PRO),
        ("我支持保留熄灯时间。", CON),
    ],
)
def test_supporting_this_proposal_is_for_a_proposition_that_abolishes_something(
    sentence: str, side: Stance
) -> None:
    """ "这个提案" names the proposal, not the thing it abolishes: it is not turned like "熄灯时间"."""
    assert relative_side(sentence, Lang.ZH, "应当取消晚自习的统一熄灯时间") is side


@pytest.mark.parametrize(
    "sentence",
    ["Some tenants fear paying more for heating.", "Shop owners worry about deliveries to the back doors."],
)
def test_a_worry_or_a_fear_about_what_follows_is_a_voice_against(sentence: str) -> None:
    voice = reported(sentence, Lang.EN)
    assert voice is not None and verb_side(voice, Lang.EN) is CON


def test_the_fear_of_a_noun_is_no_voice() -> None:
    assert reported("Visitors fear nothing on the new bridge.", Lang.EN) is None
