"""Issues, positions and claims: stances, roles, notes, and the fallback without markers."""

from dataclasses import replace

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.claims import find_claims
from argkg.ingest.conclusions import find_conclusions
from argkg.ingest.dialectic import SentenceRole
from argkg.ingest.layout import analyse_layout
from argkg.ingest.parts import Parts
from argkg.ingest.positions import find_issues, find_positions
from argkg.ingest.sentences import split_sentences
from argkg.ingest.sides import is_procedural
from argkg.ingest.spans import Issue, Position
from argkg.schema import Claim, Conclusion, Lang, Role, Stance

Row = tuple[str, Stance, Role, int | None]


def analyse(
    text: str, lang: Lang, roles: list[SentenceRole] | None = None
) -> tuple[list[Issue], list[Position], list[Row]]:
    blocks, sections = analyse_layout(text, lang)
    parts = Parts(text, lang, blocks=blocks, sections=sections, sentences=split_sentences(text, blocks, lang))
    issues = find_issues(parts)
    positions = find_positions(replace(parts, issues=issues))
    conclusions = find_conclusions(replace(parts, issues=issues, positions=positions)).conclusions
    found = replace(parts, issues=issues, positions=positions, conclusions=conclusions, dialectic=roles or [])
    claims = find_claims(found)
    rows = [(text[c.start : c.end], c.stance, c.role, c.annotates) for c in claims]
    return issues, positions, rows


ROUNDS = """\
讨论 1: 城市会禁止汽车吗?
正方:汽车污染严重。数据显示排放在增加。
注:数据来自环保部门。
反方:
禁车会伤害商业。
正方:步行街的生意反而更好。
"""


def test_three_rounds_with_a_note() -> None:
    issues, positions, rows = analyse(ROUNDS, Lang.ZH)
    assert [i.proposition for i in issues] == ["城市会禁止汽车"]
    assert [(p.stance, p.ordinal, p.issue) for p in positions] == [
        (Stance.PRO, 0, 0),
        (Stance.CON, 1, 0),
        (Stance.PRO, 2, 0),
    ]
    assert rows == [
        ("正方:汽车污染严重。", Stance.PRO, Role.MAIN, None),
        ("数据显示排放在增加。", Stance.PRO, Role.PREMISE, None),
        ("注:数据来自环保部门。", Stance.PRO, Role.NOTE, 1),
        ("禁车会伤害商业。", Stance.CON, Role.MAIN, None),
        ("正方:步行街的生意反而更好。", Stance.PRO, Role.MAIN, None),
    ]


def test_question_sentence_before_a_marker_raises_an_issue() -> None:
    text = "Should towns ban cars? Proponents argue that air gets cleaner. Critics reply that shops suffer."
    issues, positions, rows = analyse(text, Lang.EN)
    assert [i.proposition for i in issues] == ["towns should ban cars"]
    assert [p.stance for p in positions] == [Stance.PRO, Stance.CON]
    assert [r[0] for r in rows] == [
        "Proponents argue that air gets cleaner.",
        "Critics reply that shops suffer.",
    ]


def test_appendix_questions_are_side_issues() -> None:
    text = "Intro.\n## Appendix\nSome thoughts follow.\n\nCan machines feel pain?\nPro: They might.\n"
    issues, _, rows = analyse(text, Lang.EN)
    assert [(i.question, i.debated) for i in issues] == [("Can machines feel pain?", False)]
    assert ("Some thoughts follow.", Stance.NEUTRAL, Role.BACKGROUND, None) in rows


PLAIN = "Towns should ban cars. Air gets cleaner. Some say shops suffer. But sales rose."


def test_without_markers_or_dialectic_the_first_sentence_is_main() -> None:
    _, positions, rows = analyse(PLAIN, Lang.EN)
    assert [p.marked for p in positions] == [False]
    assert [(r[1], r[2]) for r in rows] == [
        (Stance.PRO, Role.MAIN),
        (Stance.PRO, Role.PREMISE),
        (Stance.CON, Role.PREMISE),  # a reported voice the next sentence answers ("But")
        (Stance.PRO, Role.PREMISE),
    ]


def test_without_markers_the_dialectic_roles_decide() -> None:
    sentences = ["Towns should ban cars.", "Air gets cleaner.", "Some say shops suffer.", "But sales rose."]
    spans = [(PLAIN.index(s), PLAIN.index(s) + len(s)) for s in sentences]
    scores = [(False, 0.3), (False, 0.1), (True, 0.0), (False, 0.9)]
    roles = [
        SentenceRole(start=a, end=b, opponent=opponent, central=central)
        for (a, b), (opponent, central) in zip(spans, scores, strict=True)
    ]
    _, _, rows = analyse(PLAIN, Lang.EN, roles)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Towns should ban cars.", Stance.PRO, Role.PREMISE),
        ("Air gets cleaner.", Stance.PRO, Role.PREMISE),
        ("Some say shops suffer.", Stance.CON, Role.PREMISE),
        ("But sales rose.", Stance.PRO, Role.MAIN),
    ]


def test_captions_boilerplate_and_examples_are_never_claims() -> None:
    text = "讨论 1: 会下雨吗?\n正方:会下雨。\n降雨概率示意图\nQ:明天几点?\nA:八点。\n阅读原文"
    _, _, rows = analyse(text, Lang.ZH)
    assert [r[0] for r in rows] == ["正方:会下雨。"]


def test_a_conceded_clause_is_a_claim_of_the_other_side() -> None:
    text = "Towns should ban cars. Of course shops may suffer at first, but sales recover."
    second = text.index("Of course")
    conceded = text.index("shops")
    roles = [
        SentenceRole(start=0, end=second - 1, opponent=False, central=0.9),
        SentenceRole(
            start=second,
            end=len(text),
            opponent=False,
            central=0.2,
            concession_start=conceded,
            concession_end=text.index(", but"),
        ),
    ]
    _, _, rows = analyse(text, Lang.EN, roles)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Towns should ban cars.", Stance.PRO, Role.MAIN),
        ("shops may suffer at first", Stance.CON, Role.PREMISE),
        ("but sales recover.", Stance.PRO, Role.PREMISE),
    ]


def _mains(text: str, lang: str) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [c.text for c in graph.of_type(Claim) if c.role is Role.MAIN]


def test_each_arguing_turn_states_its_stand_in_a_chat() -> None:
    text = (
        "[19:00] 王老师:各位家长好!学校征求意见:午饭时间要不要提前半小时?\n"
        "[19:02] 小明妈妈:支持提前!孩子十一点就饿了,上课没精神。\n"
        "[19:05] 小红爸爸:我反对提前。食堂来不及准备,饭菜会凉。\n"
        "[19:07] 小刚妈妈:提前好,孩子能多午睡一会儿。\n"
    )
    mains = _mains(text, "zh")
    assert any("支持提前" in m for m in mains) and any("我反对提前" in m for m in mains), mains


def test_a_debaters_case_after_thanks_is_the_main_claim_of_the_turn() -> None:
    text = (
        "MODERATOR: Welcome. The motion is that towns should charge for parking.\n\n"
        "ANNA LEE (FOR): Thank you. My case is simple: a parking charge keeps the high street moving. "
        "Free spaces fill by nine.\n\n"
        "TOM KAY (AGAINST): Thank you. I oppose this motion because a charge drives shoppers to the mall. "
        "The mall is free.\n"
    )
    mains = _mains(text, "en")
    assert any(m.startswith("My case is simple") for m in mains), mains
    assert any(m.startswith("I oppose this motion") for m in mains), mains


@pytest.mark.parametrize(
    ("sentence", "lang", "procedural"),
    [
        ("Thank you for the opportunity to comment.", Lang.EN, True),
        ("Question 2. Please give your reasons.", Lang.EN, True),
        ("Please vote no on this plan.", Lang.EN, False),
        ("Format: Oxford-style, two speakers a side", Lang.EN, True),
        ("Present for the union: A. Bell (convenor)", Lang.EN, True),
        ("Welcome back to the show, I'm Sam.", Lang.EN, True),
        ("Hear, hear!", Lang.EN, True),
        ("姐妹们!", Lang.ZH, True),
        ("姐妹们都说好用。", Lang.ZH, False),
        ("#咖啡机 #好物测评", Lang.ZH, True),
        ("本报讯(记者 王某)", Lang.ZH, True),
        ("散会。", Lang.ZH, True),
    ],
)
def test_form_prompts_welcomes_hashtags_and_datelines_are_no_claims(
    sentence: str, lang: Lang, procedural: bool
) -> None:
    assert is_procedural(sentence, lang) is procedural


@pytest.mark.parametrize(
    ("text", "lang", "main"),
    [
        (
            "Lunch breaks at the depot\n\nThe depot gives drivers a thirty-minute lunch break. Drivers say "
            "it is too short, and the managers say the timetable cannot bend. Both points matter.\n\n"
            "So which way should the depot go? A longer break is the better choice. Drivers would eat "
            "properly and drive more safely. Late buses are rare at lunchtime anyway.\n\n"
            "The managers will have to rework two timetables.\n",
            "en",
            "A longer break is the better choice.",
        ),
        (
            "菜市场要不要搬迁\n\n老菜市场在居民区中间,每天早上都很热闹。有人嫌吵,也有人离不开它。\n\n"
            "那么菜市场该不该搬?我看不该搬。老人买菜走几步就到,搬远了反而不方便。噪音可以靠限定时间来解决。\n\n"
            "街道下个月还会再开一次会。\n",
            "zh",
            "我看不该搬。",
        ),
    ],
)
def test_the_answer_to_the_authors_own_question_is_the_main_claim(text: str, lang: str, main: str) -> None:
    assert _mains(text, lang) == [main]


def test_the_sentence_after_a_why_question_is_no_main_claim() -> None:
    text = (
        "Lunch breaks at the depot\n\nThe depot gives drivers a thirty-minute lunch break. Drivers say "
        "it is too short, and the managers say the timetable cannot bend.\n\nA longer break is the "
        "better choice. Why is that? Drivers would eat properly and drive more safely. Late buses are "
        "rare at lunchtime anyway.\n\nThe managers will have to rework two timetables.\n"
    )
    assert "Drivers would eat properly and drive more safely." not in _mains(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "main"),
    [
        (
            "Parking in the centre\n\nFree parking fills by nine. Shoppers circle for spaces and the buses "
            "stall behind them.\n\nA small charge would free spaces for short visits. Towns that tried it "
            "kept their shoppers.\n\nIn conclusion, I believe towns should charge a small fee for parking "
            "in the centre.\n",
            "en",
            "In conclusion, I believe towns should charge a small fee for parking in the centre.",
        ),
        (
            "外卖骑手的保障\n\n骑手每天在路上跑十几个小时。出了事故,很多人拿不到赔偿。平台说骑手不是员工。\n\n"
            "可是骑手的收入全靠平台派单,路线和时间也由平台决定。\n\n我的看法是,平台应当为骑手缴纳工伤保险。\n",
            "zh",
            "我的看法是,平台应当为骑手缴纳工伤保险。",
        ),
    ],
)
def test_a_thesis_stated_only_in_the_conclusion_is_the_main_claim(text: str, lang: str, main: str) -> None:
    graph = ingest_text(text, source="t.txt", lang=lang)
    assert _mains(text, lang) == [main]
    assert [c.text for c in graph.of_type(Conclusion)] == [main]


def test_a_concluded_thesis_leaves_the_clause_it_concedes_to_the_other_side() -> None:
    text = (
        "Parking in the centre\n\nFree parking fills by nine. Shoppers circle for spaces and the buses "
        "stall behind them.\n\nA small charge would free spaces for short visits. Towns that tried it kept "
        "their shoppers.\n\nIn conclusion, although a fee annoys some drivers, I believe towns should "
        "charge a small fee for parking in the centre.\n"
    )
    graph = ingest_text(text, source="t.txt", lang="en")
    found = {c.text: (c.role, c.stance) for c in graph.of_type(Claim)}
    assert found["I believe towns should charge a small fee for parking in the centre."] == (
        Role.MAIN,
        Stance.PRO,
    )
    assert found["although a fee annoys some drivers"] == (Role.PREMISE, Stance.CON)
