"""Sides from the argument's cues, and the orientation of questions asked the con side's way."""

import pytest
from factories import REFERENCE_ARTICLE

from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import normalise, read_text
from argkg.ingest.sides import (
    Statement,
    answer_side,
    answered,
    argues,
    argues_nothing,
    assign_sides,
    evaluation,
    heading_side,
    is_procedural,
    negated,
    polarity,
    rejected,
    verdict_side,
    voices,
)
from argkg.ingest.stance import is_roster, match_marker
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, RelType, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _sides(
    texts: list[str],
    lang: Lang,
    *,
    author: Stance = PRO,
    reporting: bool = False,
    opponent: tuple[int, ...] = (),
    paragraphs: tuple[int, ...] = (),
) -> list[Stance]:
    statements = [
        Statement(text=t, paragraph=paragraphs[i] if paragraphs else 0, opponent=i in opponent, heading=None)
        for i, t in enumerate(texts)
    ]
    return assign_sides(statements, lang, author=author, reporting=reporting)


def test_voices_anywhere_in_a_sentence() -> None:
    assert [s for _, s in voices("正方认为兼职有益,反方则提醒要小心。", Lang.ZH)] == [PRO, CON]
    assert [s for _, s in voices("Grocers fired back, arguing that jobs go.", Lang.EN)] == [CON]
    assert voices("Prices rose.", Lang.EN) == []
    assert [s for _, s in voices("不过,支持者会认为动物园更安全。", Lang.ZH)] == [PRO]
    assert [s for _, s in voices("反对者可能会争辩说网课缺少交流。", Lang.ZH)] == [CON]


def test_an_author_against_the_proposition_and_the_voice_they_answer() -> None:
    texts = [
        "I contend the city should not pass the tax.",
        "It falls hardest on the poor.",
        "Supporters say the money would fund sport.",
        "But the money depends on sales the tax should stop.",
    ]
    assert _sides(texts, Lang.EN, author=CON) == [CON, CON, PRO, CON]


def test_the_opponent_and_the_reply() -> None:
    texts = ["诚然,网课缺少互动。", "但是网课节省了时间。", "而且费用更低。"]
    assert _sides(texts, Lang.ZH, opponent=(0,)) == [CON, PRO, PRO]


def test_a_reporting_text_sides_by_evaluation() -> None:
    texts = [
        "One benefit is shorter commutes.",
        "The main drawback is isolation.",
        "Teams also lose contact.",
    ]
    assert _sides(texts, Lang.EN, reporting=True) == [PRO, CON, CON]


def test_a_switch_turns_to_the_other_side_and_a_conclusion_returns() -> None:
    texts = [
        "Tolls help because they cut traffic.",
        "On the other hand, tolls hit the poor.",
        "Therefore tolls should stay.",
    ]
    assert _sides(texts, Lang.EN) == [PRO, CON, PRO]


def test_a_statement_before_any_argument_is_neutral() -> None:
    texts = ["The council met on Tuesday.", "Tolls should stay because they cut traffic."]
    assert _sides(texts, Lang.EN) == [NEUTRAL, PRO]


def test_evaluation_words_and_negators() -> None:
    assert evaluation("兼职有很多好处", Lang.ZH) == 1
    assert evaluation("兼职没有好处", Lang.ZH) == -1
    assert evaluation("不断提高效率", Lang.ZH) == 1  # "不断" negates nothing
    assert evaluation("The risks are real.", Lang.EN) == -1
    assert evaluation("立即禁止会让他们失去收入", Lang.ZH) == -1
    assert evaluation("Couriers would lose their income.", Lang.EN) == -1
    assert polarity("the existing data will run out", Lang.EN) < 0
    assert negated("它不会成功", Lang.ZH) and not negated("在不断扩大", Lang.ZH)


@pytest.mark.parametrize(
    ("title", "lang", "side"),
    [
        ("好处", Lang.ZH, PRO),
        ("二、弊端", Lang.ZH, CON),
        ("Disadvantages", Lang.EN, CON),
        ("The case for tolls", Lang.EN, PRO),
        ("Background", Lang.EN, None),
        ("二、主要成效", Lang.ZH, PRO),
        ("三、存在的问题", Lang.ZH, CON),
        ("常见问题", Lang.ZH, None),
        ("Key achievements", Lang.EN, PRO),
        ("Remaining problems", Lang.EN, CON),
        ("Problem statement", Lang.EN, None),
    ],
)
def test_headings_that_name_a_side(title: str, lang: Lang, side: Stance | None) -> None:
    assert heading_side(title, lang) is side


@pytest.mark.parametrize(
    ("sentence", "lang", "procedural"),
    [
        ("谢谢主席,问候在场各位。", Lang.ZH, True),
        ("例子:", Lang.ZH, True),
        ("他们认为:", Lang.ZH, True),
        ("Thank you, Madam Speaker.", Lang.EN, True),
        ("谢谢大家的支持让我们坚持到今天,这说明兼职有益。", Lang.ZH, False),
        ("Thanks to tolls, traffic fell.", Lang.EN, False),
    ],
)
def test_lines_that_argue_nothing_by_their_form(sentence: str, lang: Lang, procedural: bool) -> None:
    assert is_procedural(sentence, lang) is procedural


def test_a_roster_is_no_marker() -> None:
    assert is_roster("正方:甲中学 反方:乙中学", Lang.ZH)
    assert match_marker("正方:甲中学 反方:乙中学", Lang.ZH) is None
    found = match_marker("正方一辩:我方认为兼职有益。", Lang.ZH)
    assert found is not None and found.stance is PRO


def test_the_reference_article_asks_its_first_question_the_con_side_s_way() -> None:
    doc = build_nlp(Lang.ZH)(normalise(read_text(REFERENCE_ARTICLE)))
    orientations = [(i.debated, i.orientation) for i in doc._.argkg_issues]
    assert orientations[:3] == [(True, -1), (True, 1), (True, 1)]
    assert all(o == 1 for _, o in orientations[3:])


def test_the_con_side_supports_a_question_asked_its_way() -> None:
    (graph,) = ingest_paths([REFERENCE_ARTICLE])
    debated = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    first = min(debated, key=lambda a: a.start or 0)
    stances = {c.id: c.stance for c in graph.of_type(Claim)}
    answers = {
        (stances[r.start], r.type)
        for r in graph.relationships
        if r.end == first.id and r.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    assert answers == {(CON, RelType.SUPPORTS), (PRO, RelType.ATTACKS)}


def test_a_recording_s_time_stamp_is_read_past_before_a_greeting() -> None:
    text = "[00:00] 嗨,各位好,我是小林。\n\n[00:10] 我认为旧电脑值得修,因为换一台太贵。\n"
    claims = ingest_text(text, source="vlog.txt", lang="zh").of_type(Claim)
    assert claims and not any("各位好" in c.text for c in claims)


def test_a_news_lead_is_neutral_and_never_the_main_claim() -> None:
    graph = ingest_text(
        "The council met on Tuesday. It falls hardest on the poor, so I contend that the tax "
        "should not pass. Shops would lose trade.",
        source="lead.txt",
        lang="en",
    )
    claims = sorted(graph.of_type(Claim), key=lambda c: c.start)
    assert [c.stance for c in claims] == [NEUTRAL, CON, CON]
    assert [c.role.value for c in claims] == ["premise", "main", "premise"]


@pytest.mark.parametrize(
    ("text", "lang", "conceded"),
    [
        (
            "Cities should fund buses before roads. Buses carry many people at once.\n"
            "In conclusion, although roads are convenient, buses deserve the money.",
            "en",
            "although roads are convenient",
        ),
        (
            "我认为城市应该优先发展公交。公交有助于减少拥堵。\n总之,虽然修路很方便,公交更值得投入。",
            "zh",
            "虽然修路很方便",
        ),
        (
            "Cities should fund buses before roads. Buses carry many people at once.\n"
            "In conclusion, I would concede that roads are convenient. Nevertheless, buses deserve the money.",
            "en",
            "In conclusion, I would concede that roads are convenient.",
        ),
    ],
)
def test_the_clause_a_conclusion_concedes_is_the_other_side_s_claim(
    text: str, lang: str, conceded: str
) -> None:
    graph = ingest_text(text, source="conceded.txt", lang=lang)
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert sides[conceded] is CON
    assert PRO in sides.values()


@pytest.mark.parametrize(
    ("text", "lang", "voice", "reply"),
    [
        (  # a side's name opens the sentence: a marked position, of the side that replies
            "Should companies keep remote work?\n\nCritics claim that productivity falls, but the data "
            "from our offices show the opposite. Supporters say that workers save hours of commuting.",
            "en",
            "Critics claim that productivity falls",
            "but the data from our offices show the opposite.",
        ),
        (  # an author with a thesis answers the voice: the reply is the author's side
            "我认为远程办公利大于弊。批评者认为效率会下降,但是我们办公室的数据显示正好相反。员工节省了通勤时间。",
            "zh",
            "批评者认为效率会下降",
            "但是我们办公室的数据显示正好相反。",
        ),
    ],
)
def test_a_contrast_after_an_opponent_voice_replies_on_the_other_side(
    text: str, lang: str, voice: str, reply: str
) -> None:
    graph = ingest_text(text, source="reply.txt", lang=lang)
    claims = {c.text: c for c in graph.of_type(Claim)}
    assert claims[voice].stance is CON
    assert claims[reply].stance is PRO
    assert claims[voice].role.value != "main"


def test_answered_voices() -> None:
    assert answered("Critics claim that costs rise, but prices fell.", Lang.EN) is CON
    assert answered("Critics claim that costs rise and prices fall.", Lang.EN) is None
    assert answered("Prices rose, but wages did not.", Lang.EN) is None
    assert answered("支持者认为能省钱,然而账单反而更高。", Lang.ZH) is PRO


def test_a_turn_on_the_other_hand_goes_away_from_the_statement_before() -> None:
    texts = [
        "Phones help friends talk every day.",
        "On the other hand, phones keep children awake.",
        "So limits help.",
    ]
    assert _sides(texts, Lang.EN, opponent=(0,)) == [PRO, CON, PRO]


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (
            ["Phones help friends talk every day.", "I'd push back on that.", "They keep children awake."],
            Lang.EN,
        ),
        (["手机能帮朋友每天联系,很有好处。", "我不同意。", "它们让孩子睡不着。"], Lang.ZH),
    ],
)
def test_disagreeing_with_the_statement_before_turns_to_the_other_side(texts: list[str], lang: Lang) -> None:
    assert _sides(texts, lang) == [PRO, CON, CON]


@pytest.mark.parametrize(
    ("text", "lang", "reservation"),
    [
        (
            "Cities should fund buses before roads. Buses help many people at once.\n"
            "In conclusion, I believe that cities should fund buses first. However, roads still need repairs.",
            "en",
            "However, roads still need repairs.",
        ),
        (
            "我认为城市应该优先发展公交。公交有助于减少拥堵。\n总之,我认为城市应该先投入公交。但是道路也需要维修。",
            "zh",
            "但是道路也需要维修。",
        ),
    ],
)
def test_a_contrast_right_after_the_author_s_verdict_is_a_reservation(
    text: str, lang: str, reservation: str
) -> None:
    graph = ingest_text(text, source="reservation.txt", lang=lang)
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert sides[reservation] is CON
    assert PRO in sides.values()


@pytest.mark.parametrize(
    ("sentence", "lang", "procedural"),
    [
        ("谢谢主持人,各位评委、各位同学大家好。", Lang.ZH, True),
        ("主持人:欢迎各位来到今天的决赛。", Lang.ZH, True),
        ("答(用户“小王”,获赞1.2万):", Lang.ZH, True),
        ("Speaker: Order, order.", Lang.EN, True),
        ("Q: Thank you for joining us.", Lang.EN, True),
        ("谢谢主持人,我方认为网课利大于弊,因为它节省时间。", Lang.ZH, False),
        # closing courtesies and sign-offs
        ("We apologise for the disruption to your journey.", Lang.EN, True),
        ("We look forward to seeing you in the spring.", Lang.EN, True),
        ("We're deeply grateful to our volunteers for a busy season.", Lang.EN, True),
        ("The committee will now adjourn until Monday.", Lang.EN, True),
        ("Call our booking team on 0161 000 0000.", Lang.EN, True),
        ("Manage your subscription", Lang.EN, True),
        ("You are receiving this email because you joined our list.", Lang.EN, True),
        ("嗨,各位好,欢迎回来。", Lang.ZH, True),
        ("记得点赞关注,下期见!", Lang.ZH, True),
        ("如有疑问,请拨打客服热线。", Lang.ZH, True),
        ("We will now show why the levy fails.", Lang.EN, False),
        ("Call your MP and demand a vote on the levy.", Lang.EN, False),
        ("We apologise for nothing: the levy is fair.", Lang.EN, False),
    ],
)
def test_greetings_chairs_and_labels_of_other_layouts(sentence: str, lang: Lang, procedural: bool) -> None:
    assert is_procedural(sentence, lang) is procedural


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("(一)午休质量直接影响下午的学习效率。", True),
        ("一、被告的条款属于无效格式条款。", True),
        ("午休时间为四十分钟左右。", False),
    ],
)
def test_a_numbered_point_argues(sentence: str, expected: bool) -> None:
    assert argues(sentence, Lang.ZH) is expected


def test_a_speaker_reported_again_keeps_their_side_and_a_rejoinder_turns_it() -> None:
    texts = [
        "Resident Tom Alvarez spoke against.",
        "The shops depend on that lot, he said, and losing it would hurt them.",
        "He added that the noise would start at six in the morning.",
        "Resident Gus Becker supported the proposal.",
        "He pointed out that the lot is rarely full on weekdays.",
        "Mr Alvarez replied that the weekday average hides the Saturday market.",
    ]
    statements = [
        Statement(text=t, paragraph=0, opponent=False, heading=None, voice=v)
        for t, v in zip(texts, [None, CON, NEUTRAL, None, NEUTRAL, None], strict=True)
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=True) == [CON, CON, CON, PRO, PRO, CON]


@pytest.mark.parametrize(("text", "score"), [("我们一分钱好处没有。", -1), ("这样做有好处。", 1)])
def test_a_negator_after_the_word_denies_it(text: str, score: int) -> None:
    assert evaluation(text, Lang.ZH) == score


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "公交卡丢了怎么补办\n\n第一步:打开App,用手机号登录。\n\n第二步:点击挂失,挂失成功后页面会显示提示。\n\n"
            "第三步:填写邮寄地址,需要上传一张照片。新卡一般在十个工作日内寄到。\n",
            "zh",
        ),
        (
            "How to renew a library card\n\nStep 1: Log in to the library website.\n\n"
            "Step 2: Choose renew; a success message should appear.\n\nStep 3: Collect the new card at the desk.\n",
            "en",
        ),
        (
            "Pool timetable from 1 May\n\n"
            "The first session will start at 6:30am, half an hour earlier than now. "
            "Lane swimmers use the left side. Lockers take a one-pound coin.\n\n"
            "The sauna stays closed until June. Prices do not change.\n",
            "en",
        ),
        (
            "型号:青禾 KX-200\n\n"
            "建议每六个月清洗一次滤网。首次使用前,请先空转十分钟。\n\n"
            "不得在浴室等潮湿环境使用。整机保修一年,滤网不在保修范围内。\n",
            "zh",
        ),
        # a caption under the title is kept out, and no line left stands out as the thesis
        (
            "空气净化器产品参数\n型号:青禾 KX-200\n\n"
            "滤网配置\n第一级:初效滤网,建议清洗周期六个月。\n第二级:HEPA滤网,建议更换周期十二个月。\n\n"
            "使用说明\n不得在浴室等潮湿环境使用。\n\n"
            "售后服务\n整机保修一年,滤网不在保修范围内。\n客服电话:400-123-4567\n",
            "zh",
        ),
    ],
)
def test_a_how_to_a_notice_or_a_specification_argues_no_side(text: str, lang: str) -> None:
    claims = ingest_text(text, source="howto.txt", lang=lang).of_type(Claim)
    assert claims and all(c.stance is NEUTRAL for c in claims)


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (
            [
                "Let me start with what the critics of the plan get right.",
                "It is expensive.",
                "The first year will be slow.",
                "None of that changes my view.",
                "The plan pays for itself.",
            ],
            Lang.EN,
        ),
        (
            [
                "我先说说反对者说得对的地方。",
                "这笔钱不少。",
                "头一年见效慢。",
                "但这些都改变不了我的看法。",
                "这个计划能收回成本。",
            ],
            Lang.ZH,
        ),
    ],
)
def test_an_announced_case_of_the_other_side_runs_to_the_end_of_the_next_paragraph(
    texts: list[str], lang: Lang
) -> None:
    assert _sides(texts, lang, paragraphs=(0, 1, 1, 2, 2))[1:] == [CON, CON, PRO, PRO]


@pytest.mark.parametrize(
    ("thesis", "lang", "thing"),
    [
        ("we should refuse the application", Lang.EN, "the application"),
        ("the committee must reject this proposal", Lang.EN, "this proposal"),
        ("we should ban the cars", Lang.EN, None),
        ("应当驳回该申请", Lang.ZH, "该申请"),
        ("应当推迟开学", Lang.ZH, None),
    ],
)
def test_a_thesis_that_only_rejects_a_thing(thesis: str, lang: Lang, thing: str | None) -> None:
    assert rejected(thesis, lang) == thing


def test_an_objection_letter_argues_against_the_application() -> None:
    text = (
        "Re: Application 12/345, a car wash on Elm Street\n\n"
        "Dear Sir or Madam,\n\n"
        "I write to object to the above application for a car wash.\n\n"
        "The site is next to a nursery. Cars queuing will block the pavement.\n\n"
        "I accept that the site is empty. Bringing it back into use is a good thing. "
        "But a use that brings traffic is the wrong one here.\n\n"
        "For these reasons I ask the Council to refuse the application.\n"
    )
    claims = ingest_text(text, source="objection.txt", lang=Lang.EN).of_type(Claim)
    side = {c.text: c.stance for c in claims}
    assert side["I write to object to the above application for a car wash."] is CON
    assert side["Cars queuing will block the pavement."] is CON
    assert side["Bringing it back into use is a good thing."] is PRO


@pytest.mark.parametrize(
    ("line", "lang", "side"),
    [
        ("No.", Lang.EN, CON),
        ("Yes, I do.", Lang.EN, PRO),
        ("No one knows.", Lang.EN, None),
        ("不支持。", Lang.ZH, CON),
    ],
)
def test_a_bare_answer_gives_a_side(line: str, lang: Lang, side: Stance | None) -> None:
    assert answer_side(line, lang) is side


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("So, should we do it? I'd say no: keep it optional.", Lang.EN, CON),
        ("Most people think the answer is yes, but let me argue the answer is no.", Lang.EN, CON),
        ("My short answer is yes.", Lang.EN, PRO),
        ("The answer is not obvious.", Lang.EN, None),
        ("我的答案是否定的。", Lang.ZH, CON),
        ("我的回答是:会。", Lang.ZH, PRO),
        ("我的答案是否正确还不知道。", Lang.ZH, None),
    ],
)
def test_an_answer_given_inside_a_sentence_gives_a_side(
    sentence: str, lang: Lang, side: Stance | None
) -> None:
    assert verdict_side(sentence, lang) is side


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "Should every office switch to a four-day week?\n\n"
            "Many managers say the answer is yes. Let me make the case that the answer is no.\n\n"
            "Teams should keep Fridays because clients call on Fridays too.\n\n"
            "So should every office switch? I'd say no: let teams choose.\n",
            Lang.EN,
            "Teams should keep Fridays because clients call on Fridays too.",
        ),
        (
            "每个小区都应该建共享厨房吗?\n\n"
            "很多人觉得应该。我的答案是否定的。\n\n"
            "大多数家庭每天都在自己家做饭。维护费用最后要摊到每户头上。\n",
            Lang.ZH,
            "大多数家庭每天都在自己家做饭。",
        ),
    ],
)
def test_an_author_who_answers_the_question_no_argues_against_it(text: str, lang: Lang, quote: str) -> None:
    graph = ingest_text(text, source="answer.txt", lang=lang)
    side = {c.text: c.stance for c in graph.of_type(Claim)}
    assert side[quote] is CON, side


def test_a_form_question_answered_no_is_argued_against_in_the_reasons_after_it() -> None:
    text = (
        "Riverside Council\n"
        "Consultation on weekly bin collections: response form\n\n"
        "Question 1. Do you support the proposal to collect household bins every two weeks?\n"
        "No.\n\n"
        "Question 2. Please give your reasons.\n"
        "I accept that collections cost the council money. "
        "But bins left for two weeks attract rats. Families with babies fill a bin in days.\n"
    )
    graph = ingest_text(text, source="form.txt", lang=Lang.EN)
    side = {c.text: c.stance for c in graph.of_type(Claim)}
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert any("every two weeks" in d for d in debates), debates
    assert side["I accept that collections cost the council money."] is PRO
    assert side["But bins left for two weeks attract rats."] is CON
    assert side["Families with babies fill a bin in days."] is CON


@pytest.mark.parametrize(
    ("text", "quote", "lang"),
    [
        (
            "Q: Do late classes help?\n\nA: I believe they do.\n\n"
            "Q: Critics say pupils get home too late.\n\n"
            "A: That is a fair point. Buses stop at six. Some pupils would wait an hour.\n",
            "Some pupils would wait an hour.",
            Lang.EN,
        ),
        (
            "问:晚自习有没有用?\n\n答:我认为有用。\n\n问:有人担心学生回家太晚。\n\n"
            "答:这种担心没错。公交六点就停了。有的学生要等一个小时。\n",
            "有的学生要等一个小时",
            Lang.ZH,
        ),
        (
            "问:晚自习有没有用?\n\n答:我认为有用。\n\n问:可是学生回家太晚了。\n\n"
            "答:这是事实。公交六点就停了。有的学生要等一个小时。\n",
            "有的学生要等一个小时",
            Lang.ZH,
        ),
    ],
)
def test_an_answer_that_grants_the_criticism_argues_its_side(text: str, quote: str, lang: Lang) -> None:
    claims = ingest_text(text, source="granted.txt", lang=lang).of_type(Claim)
    assert next(c.stance for c in claims if quote in c.text) is CON


def test_an_interviewer_s_challenge_puts_the_other_side() -> None:
    text = (
        "问:晚自习有没有用?\n\n答:晚自习的好处很明显。学生有老师答疑,成绩提高了。\n\n"
        "问:可是很多学生回家太晚,第二天没精神。\n\n答:所以我们把结束时间提前到了八点半。\n"
    )
    claims = ingest_text(text, source="challenge.txt", lang=Lang.ZH).of_type(Claim)
    assert next(c.stance for c in claims if "回家太晚" in c.text) is CON


def test_a_text_without_a_proposition_that_concedes_a_clause_still_argues() -> None:
    text = (
        "Towns will have far more old people in a few decades: people live longer and fewer babies are born. "
        "Although more couples have had children again in recent years, such short swings do not change the trend."
    )
    claims = ingest_text(text, source="concedes.txt", lang=Lang.EN).of_type(Claim)
    assert {c.stance for c in claims} >= {PRO, CON}, [(c.text, c.stance) for c in claims]


def test_a_short_text_whose_central_statement_evaluates_argues() -> None:
    text = (
        "A ban on disposable cups is the wrong answer. Washing cups needs hot water and staff time, and "
        "people reuse paper cups at home. A small charge for each cup works better than a ban."
    )
    claims = ingest_text(text, source="short.txt", lang=Lang.EN).of_type(Claim)
    assert any(c.stance is not NEUTRAL for c in claims), [(c.text, c.stance) for c in claims]


@pytest.mark.parametrize(
    ("texts", "lang", "nothing"),
    [
        (["Buses run every ten minutes from Monday.", "The last bus leaves at midnight."], Lang.EN, True),
        (
            [
                "The bridge is full every morning.",
                "If you charge drivers at peak hours, most of them will take the train.",
            ],
            Lang.EN,
            False,
        ),
        (["每周一至周五开放。", "闭馆时间为下午五点。"], Lang.ZH, True),
        (["早上这条路总是堵。", "如果高峰时段收费,很多人就会改坐地铁。"], Lang.ZH, False),
    ],
)
def test_a_predicted_consequence_argues(texts: list[str], lang: Lang, nothing: bool) -> None:
    statements = [Statement(text=t, paragraph=0, opponent=False, heading=None) for t in texts]
    assert argues_nothing(statements, lang) is nothing


@pytest.mark.parametrize(
    ("texts", "lang"),
    [
        (
            [
                "The report says the market should move out of the square.",
                "Noise is a real issue.",
                "But the fix is earlier closing.",
            ],
            Lang.EN,
        ),
        (["文章说,集市应当搬出广场。", "噪音问题确实存在。", "但办法是早点收摊。"], Lang.ZH),
    ],
)
def test_a_reported_voice_granted_and_then_answered_is_the_other_side(texts: list[str], lang: Lang) -> None:
    statements = [
        Statement(text=t, paragraph=0, opponent=False, heading=None, voice=NEUTRAL if i == 0 else None)
        for i, t in enumerate(texts)
    ]
    assert assign_sides(statements, lang, author=PRO, reporting=False)[0] is CON


@pytest.mark.parametrize(
    ("texts", "lang", "paragraphs", "expected"),
    [
        (
            [
                "The council met on Tuesday.",
                "Tolls would cut the queues at the bridge.",
                "They are also cheap to run.",
            ],
            Lang.EN,
            (0, 0, 0),
            [NEUTRAL, PRO, PRO],
        ),
        (
            ["委员会周二开会。", "收费能缩短桥上的排队。", "此外,收费的运营成本很低。"],
            Lang.ZH,
            (0, 0, 0),
            [NEUTRAL, PRO, PRO],
        ),
        # what a statement adds to lies in its own paragraph
        (
            ["Tolls would cut the queues at the bridge.", "They are also cheap to run."],
            Lang.EN,
            (0, 1),
            [NEUTRAL, PRO],
        ),
    ],
)
def test_a_statement_that_adds_to_the_one_before_gives_it_its_side(
    texts: list[str], lang: Lang, paragraphs: tuple[int, ...], expected: list[Stance]
) -> None:
    assert _sides(texts, lang, paragraphs=paragraphs) == expected


@pytest.mark.parametrize(
    ("texts", "lang", "paragraphs", "expected"),
    [
        # a lead line with no cue of an opinion, then a line that turns from it: opposite sides,
        # and the region argues the contrast's side from there on
        (
            [
                "The new pool opens at six every morning.",
                "But the fee doubles for members.",
                "Parking costs extra.",
            ],
            Lang.EN,
            (0, 1, 1),
            [PRO, CON, CON],
        ),
        (
            ["新泳池每天早上六点开门。", "可是会员费要翻一倍。", "停车还要另外收钱。"],
            Lang.ZH,
            (0, 1, 1),
            [PRO, CON, CON],
        ),
        (["新泳池每天早上六点开门。", "不过会员费要翻一倍。"], Lang.ZH, (0, 1), [PRO, CON]),
        # inside one paragraph the contrast frames the author's view: the lead still argues nothing
        (["新泳池每天早上六点开门。", "不过会员费要翻一倍。"], Lang.ZH, (0, 0), [NEUTRAL, PRO]),
        # a lead with no contrast after it argues nothing, as before
        (
            ["The new pool opens at six every morning.", "The fee doubles for members."],
            Lang.EN,
            (0, 0),
            [NEUTRAL, NEUTRAL],
        ),
    ],
)
def test_a_contrast_after_an_unargued_lead_gives_both_sides(
    texts: list[str], lang: Lang, paragraphs: tuple[int, ...], expected: list[Stance]
) -> None:
    assert _sides(texts, lang, paragraphs=paragraphs) == expected


def test_a_contrast_after_an_unargued_lead_follows_an_author_against() -> None:
    texts = ["The new pool opens at six every morning.", "But the fee doubles for members."]
    assert _sides(texts, Lang.EN, author=CON, paragraphs=(0, 1)) == [CON, PRO]


def test_a_contrast_after_a_voice_keeps_the_voice_its_own() -> None:
    statements = [
        Statement(
            text="The manager said the pool opens at six.",
            paragraph=0,
            opponent=False,
            heading=None,
            voice=NEUTRAL,
        ),
        Statement(text="But the fee doubles for members.", paragraph=1, opponent=False, heading=None),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False)[0] is not PRO


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "俱乐部公告栏：训练要不要搬到新泳池？\n\n"
            "新泳池离地铁站只有十分钟。\n\n"
            "可是泳道租金是现在的两倍。\n\n"
            "财务 周一留言\n",
            ("离地铁站只有十分钟", "泳道租金是现在的两倍"),
        ),
        (
            "游泳队笔记\n\n5月4日 周一\n委员会在问要不要把训练搬到新泳池。\n"
            "新泳池离地铁站只有十分钟。\n可是泳道租金是现在的两倍。\n\n"
            "5月11日 周一\n周六去新泳池看了看。\n",
            ("离地铁站只有十分钟", "泳道租金是现在的两倍"),
        ),
    ],
)
def test_a_post_whose_plain_lead_a_contrast_answers(text: str, quotes: tuple[str, str]) -> None:
    # a noticeboard post and a dated notes page: the lead states a plain fact, the next line turns
    # from it; before, the lead argued nothing and the contrast took the author's side
    claims = ingest_text(text, source="notes.txt", lang="zh").of_type(Claim)
    lead = next(c for c in claims if quotes[0] in c.text)
    answer = next(c for c in claims if quotes[1] in c.text)
    assert (lead.stance, answer.stance) == (PRO, CON)


def test_the_columns_of_a_yes_no_page_argue_their_answers() -> None:
    """Two bylined columns under one question ("VIEW ONE - Yes, …", "VIEW TWO - No, …"): each argues its answer's
    side, also where a column's body names the other side's supporters."""
    text = (
        "THE RIVERSIDE GAZETTE - Opinion\n\n"
        "DEBATE: Should the town close the market square to cars?\n\n"
        "The council votes on the plan next month. We asked two residents for their views.\n\n"
        "VIEW ONE - Yes, give the square back to people\nby Joan Pike\n\n"
        "Cafés on car-free squares take more money within a year. "
        "Children could cross without holding a hand. Supporters of the car park say trade will fall. "
        "I doubt it.\n\n"
        "VIEW TWO - No, the square keeps the shops alive\nby Victor Hale\n\n"
        "Half of the shoppers here come by car from the villages. "
        "A bus every hour will not bring them back. "
        "Keep the parking, plant some trees.\n"
    )
    claims = ingest_text(text, source="gazette.txt", lang="en").of_type(Claim)

    def side(quote: str) -> Stance:
        return next(c.stance for c in claims if quote in c.text)

    assert side("Cafés on car-free squares") is Stance.PRO
    assert side("Children could cross") is Stance.PRO
    assert side("Half of the shoppers") is Stance.CON
    assert side("A bus every hour") is Stance.CON
    assert side("Keep the parking") is Stance.CON


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "主题：回复：关于把读书会改到晚上的建议\n\n老周：\n\n"
            "来信收到。你建议把每月的读书会改到工作日晚上，理由是周末大家常有安排。\n"
            "这一点我理解，但我认为读书会还是应该保留在周六上午。\n晚上大家下班都累了，很难专心讨论。\n"
            "不少会员住得远，晚上回家不方便。\n新会员也需要在白天认识大家。\n所以读书会时间不变。\n\n小林\n",
            "zh",
            "新会员也需要在白天认识大家",
        ),
        (
            "Thanks for your note.\n\nYou propose that the choir should move its weekly practice online, "
            "so that members who travel can join.\n\n"
            "Singing together over a video call is hard, because the sound lags. "
            "Last winter we tried it twice and half the basses gave up. "
            "New members also need to meet the others in person.\n\n"
            "So, having thought it over, we should keep the Thursday practice.\n",
            "en",
            "New members also need to meet the others",
        ),
    ],
)
def test_a_reply_that_concludes_keeping_things_argues_against_the_change(
    text: str, lang: str, quote: str
) -> None:
    """A reply whose conclusion keeps things as they are ("还是应该保留线下", "we should keep
    the practice") argues against the change proposed to it: its points are con."""
    claims = ingest_text(text, source=f"reply.{lang}.txt", lang=lang).of_type(Claim)
    assert next(c.stance for c in claims if quote in c.text) is Stance.CON


def test_a_question_for_the_other_side_is_answered_by_the_next_statement() -> None:
    texts = ["分层走班能帮助孩子进步。", "还有家长问：老师顾得过来吗？", "学校已经增加了两名老师。"]
    assert _sides(texts, Lang.ZH, opponent=(1,)) == [PRO, CON, PRO]
    texts = ["Some will ask: why not use the park?", "Isn't the school enough?", "The park is too small."]
    assert _sides(texts, Lang.EN, opponent=(0,)) == [CON, CON, PRO]
