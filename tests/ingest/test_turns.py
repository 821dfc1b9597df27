"""Speaker turns: labels read as roles and sides, chairs argue nothing, no side carried over."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import fold
from argkg.ingest.sides import Statement, assign_sides, declared
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Claim, Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _turns(text: str, lang: Lang) -> list[tuple[str, Stance | None]]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return [(t.label, side) for t, side in zip(turns, turn_sides(text, turns, said, lang), strict=True)]


def test_roles_name_sides_and_a_member_answers_the_side_before() -> None:
    text = (
        "Motion: This House would close the coal plant.\n\n"
        "The Speaker: Order. I call the Prime Minister.\n\n"
        "The Prime Minister: Closing it saves lives.\n\n"
        "The Leader of the Opposition: It keeps the lights on.\n\n"
        "The Member for Eastfield: The plant stopped paying its way years ago.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("The Speaker", NEUTRAL),
        ("The Prime Minister", PRO),
        ("The Leader of the Opposition", CON),
        ("The Member for Eastfield", PRO),
    ]


def test_a_thread_reads_agreement_replies_and_evaluation() -> None:
    text = (
        "标题：公司该不该取消打卡？\n\n"
        "楼主：打卡制度让大家很焦虑，我觉得应该取消。\n\n"
        "2楼：同意楼主，取消后效率反而提高了。\n\n"
        "3楼：没有打卡会带来管理上的风险。\n\n"
        "4楼 回复3楼：靠考核结果管理就够了。\n"
    )
    assert _turns(text, Lang.ZH) == [("楼主", PRO), ("2楼", PRO), ("3楼", CON), ("4楼", PRO)]


def test_one_labelled_line_is_no_transcript() -> None:
    text = "Note: the figures are from 2020.\n\nThe city should build more housing.\n"
    doc = build_nlp(Lang.EN)(text)
    assert find_turns(text, doc._.argkg_blocks, Lang.EN) == []


def test_a_new_turn_does_not_inherit_the_side_before() -> None:
    statements = [
        Statement(text="We oppose it.", paragraph=0, opponent=False, heading=None, turn=0, speaker=CON),
        Statement(text="It costs too much.", paragraph=0, opponent=False, heading=None, turn=0, speaker=CON),
        Statement(text="The weather is fine.", paragraph=1, opponent=False, heading=None, turn=1),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=True) == [CON, CON, NEUTRAL]


@pytest.mark.parametrize(
    ("text", "lang", "chair_words"),
    [
        (
            "辩题：学校应该取消期末考试\n\n主持人：欢迎各位。下面请正方一辩发言。\n\n"
            "正方一辩：期末考试让学生只会死记硬背。\n\n主持人：感谢正方一辩。\n\n"
            "反方一辩：考试能检验一学期的学习效果。\n",
            Lang.ZH,
            ("欢迎各位", "下面请正方一辩发言", "感谢正方一辩"),
        ),
        (
            "Motion: This House would ban cars from the city centre.\n\n"
            "The Speaker: Order, order. I call the Government.\n\n"
            "Government: Cars choke our streets with fumes.\n\n"
            "The Speaker: Order. I call the Opposition.\n\n"
            "Opposition: Shops in the centre depend on drivers.\n",
            Lang.EN,
            ("Order", "I call the"),
        ),
    ],
)
def test_a_chairs_turn_makes_no_claims_and_speakers_keep_their_sides(
    text: str, lang: Lang, chair_words: tuple[str, ...]
) -> None:
    claims = ingest_text(text, source="debate", lang=lang.value).of_type(Claim)
    assert not [c.text for c in claims if any(w in c.text for w in chair_words)]
    sides = {c.stance for c in claims}
    assert sides == {PRO, CON}


def test_a_floor_label_opens_a_turn_without_a_colon() -> None:
    text = (
        "外卖包装收费引热议\n\n"
        "1楼 收费挺好的，对环境有帮助。\n\n"
        "2楼 同意楼上，早就该收了。\n\n"
        "3楼 最后还不是消费者买单，又多了一笔负担。\n"
    )
    assert _turns(text, Lang.ZH) == [("1楼", PRO), ("2楼", PRO), ("3楼", CON)]


def test_a_side_in_brackets_after_a_name_is_the_speaker_s_role() -> None:
    text = (
        "Motion: This House would close the coal plant.\n\n"
        "MODERATOR: Welcome. Ms Reed speaks first.\n\n"
        "ANNA REED (FOR): Closing it saves lives.\n\n"
        "MODERATOR: Thank you. Mr Cole.\n\n"
        "TOM COLE (AGAINST): It keeps the lights on.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("MODERATOR", NEUTRAL),
        ("ANNA REED", PRO),
        ("MODERATOR", NEUTRAL),
        ("TOM COLE", CON),
    ]


def test_a_chat_line_s_time_stamp_comes_before_the_speaker() -> None:
    text = (
        "三年级家长群\n\n"
        "[11月25日 20:03] 李老师:学校打算推迟到校时间,请大家说说想法。\n\n"
        "[20:05] 朵朵妈妈:支持推迟,孩子睡眠不足。\n\n"
        "[20:06] 浩浩爸爸:我反对推迟,我们八点就要上班。\n"
    )
    assert [label for label, _ in _turns(text, Lang.ZH)] == ["李老师", "朵朵妈妈", "浩浩爸爸"]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Reviewed by Sam O.", Lang.EN),
        ("Meeting adjourned at 8:40 pm.", Lang.EN),
        ("谢邀。", Lang.ZH),
        ("各位家长晚上好!", Lang.ZH),
    ],
)
def test_bylines_courtesies_and_greetings_are_no_claims(line: str, lang: Lang) -> None:
    graph = ingest_text(f"{line}\n\nCities should fund buses. Buses cut traffic.", source="b.txt", lang=lang)
    assert all(line.rstrip("。.!") not in c.text for c in graph.of_type(Claim))


def test_a_chat_speaker_keeps_their_side_and_a_mention_replies() -> None:
    text = (
        "[20:01] 甲妈妈:支持改时间!孩子能多睡一会儿。\n\n"
        "[20:02] 乙爸爸:我反对改时间,上班来不及。\n\n"
        "[20:03] 甲妈妈:@乙爸爸 学校说了可以早到。\n\n"
        "[20:04] 乙爸爸:早到是可以,但放学也晚了。\n"
    )
    assert _turns(text, Lang.ZH) == [("甲妈妈", PRO), ("乙爸爸", CON), ("甲妈妈", PRO), ("乙爸爸", CON)]


def test_an_answer_labelled_with_a_name_in_brackets_on_its_own_line() -> None:
    text = (
        "网友问答\n\n"
        "问:我今年三十岁,三十岁学画画还来得及吗?\n\n"
        "答(网友“老张”):\n我赞成学,兴趣最重要。\n\n"
        "答(网友“小李”):\n说实话不建议你辞职去学。\n"
    )
    labels = _turns(text, Lang.ZH)
    assert labels == [("问", NEUTRAL), ("答(网友“老张”)", PRO), ("答(网友“小李”)", CON)]


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("我支持装。", Lang.ZH, PRO),
        ("我不赞成裸辞,但我赞成转。", Lang.ZH, PRO),
        ("安排不清楚的话,我还是不支持。", Lang.ZH, CON),
        ("同意楼上。", Lang.ZH, None),
        ("I still oppose the plan.", Lang.EN, CON),
        ("We are in favour of the fee.", Lang.EN, PRO),
        ("I wouldn't recommend quitting now.", Lang.EN, CON),
        ("I support you whatever you choose.", Lang.EN, None),
        ("We have nonetheless decided against a new car park this year.", Lang.EN, CON),
        ("The board has unanimously decided against the merger.", Lang.EN, CON),
        ("We decided to wait and see.", Lang.EN, None),
        ("经过反复讨论,我们最终决定暂不扩建。", Lang.ZH, CON),
        ("我们决定下周再开会。", Lang.ZH, None),
    ],
)
def test_a_declared_side(sentence: str, lang: Lang, side: Stance | None) -> None:
    assert declared(sentence, lang) is side


def test_a_thread_reply_that_quotes_takes_the_other_side_than_the_quoted() -> None:
    text = (
        "r/Cities - Posted by u/opener\n\n"
        "Cities should ban cars from the old town. Deliveries can use small vans.\n\n"
        "u/shopkeeper - 12 points\n"
        "> Deliveries can use small vans.\n"
        "Small vans cost me twice as much and my customers come by car.\n\n"
        "u/opener - 5 points\n"
        "> my customers come by car\n"
        "Most of them arrive on foot or by tram.\n"
    )
    assert _turns(text, Lang.EN) == [("u/shopkeeper", CON), ("u/opener", PRO)]


def test_minutes_name_speakers_by_surname_and_an_agreement_names_whom_it_follows() -> None:
    text = (
        "议题：是否取消小区的地面停车位\n\n"
        "2栋业主代表赵某：我支持取消，孩子们需要活动的地方。\n\n"
        "9栋业主代表孙某：我不赞成现在取消，车没有地方停。\n\n"
        "物业经理：我们会配合业主的决定。\n\n"
        "4栋业主代表周某：我赞同孙某的看法，先把地下车库修好。\n"
    )
    assert _turns(text, Lang.ZH) == [
        ("2栋业主代表赵某", PRO),
        ("9栋业主代表孙某", CON),
        ("物业经理", None),
        ("4栋业主代表周某", CON),
    ]


def test_a_transcript_speaker_who_answers_with_a_contrast_takes_the_other_side() -> None:
    text = (
        "Agenda item: moving the office to a four-day week\n\n"
        "PATEL: Our plan is a four-day week from March. Staff will have more time to rest.\n\n"
        "OKAFOR: Nobody doubts that staff want more rest. But our clients call on Fridays.\n\n"
        "GRANT: I'd add that the phones are busiest at the end of the week.\n\n"
        "PATEL: The trial team answered every call within an hour.\n\n"
        "OKAFOR: The trial ran in the quiet season.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("PATEL", PRO),
        ("OKAFOR", CON),
        ("GRANT", CON),
        ("PATEL", PRO),
        ("OKAFOR", CON),
    ]


def test_a_speaker_keeps_their_side_before_their_first_person_view_decides() -> None:
    text = (
        "Episode 9: are e-readers worth it?\n\n"
        "ANNA: I'm going to say yes. I read twice as much since I bought one.\n\n"
        "BEN: This is where I push back. Paper books are easier on the eyes.\n\n"
        "ANNA: You can change the font size, though.\n\n"
        "BEN: I still think it's a gadget nobody needs.\n"
    )
    assert _turns(text, Lang.EN) == [("ANNA", PRO), ("BEN", CON), ("ANNA", PRO), ("BEN", CON)]


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        (
            "圆桌:社区该不该建共享书房?\n"
            "主持人:小林\n"
            "嘉宾:周明(社区主任)、唐悦(居民代表)\n\n"
            "小林:欢迎两位。先请周主任谈谈。\n\n"
            "周明:我支持建,书房能让孩子放学有地方去。\n\n"
            "唐悦:我反对,楼下空间本来就不够停车。\n",
            Lang.ZH,
            [("小林", NEUTRAL), ("周明", PRO), ("唐悦", CON)],
        ),
        (
            "Panel on the new bridge toll\n\n"
            "Panel: Ann Okafor (Chair); Ben Sato, engineer; Cara Diaz, shop owner.\n\n"
            "Ann Okafor: Welcome both.\n\n"
            "Ben Sato: I support the toll: it pays for repairs.\n\n"
            "Cara Diaz: I oppose it, because shoppers will stay away.\n",
            Lang.EN,
            [("Ann Okafor", NEUTRAL), ("Ben Sato", PRO), ("Cara Diaz", CON)],
        ),
    ],
)
def test_a_roster_line_names_the_speakers_and_opens_no_turn(
    text: str, lang: Lang, labels: list[tuple[str, Stance | None]]
) -> None:
    assert _turns(text, lang) == labels


def test_a_numbered_post_label_with_a_colon_opens_a_turn() -> None:
    # "#2:" keeps its "#" (a markdown heading's "#" is what the label strips): without it the
    # posts of a thread were read as one voice and its last post as the author's last word
    text = (
        "Should the club buy a minibus?\n\nOP: We spend a lot on taxis to away games.\n\n"
        "#1: Buy it, the taxis cost more every year.\n\n#2: Don't, nobody wants to drive it.\n"
    )
    doc = build_nlp(Lang.EN)(text)
    assert [t.label for t in find_turns(text, doc._.argkg_blocks, Lang.EN)] == ["OP", "#1", "#2"]


def test_a_hearing_names_speakers_by_what_they_represent_and_an_honorific() -> None:
    text = (
        "主持人：今天听证的是公交票价调整方案，请各位依次发言。\n\n"
        "公交集团代表（申请人）：燃油和人工成本五年涨了三成，不调价线路难以维持。\n\n"
        "乘客代表王女士：我反对涨价，很多老人每天都要坐车。\n\n"
        "退休职工代表陈大爷：涨一块钱对我们影响不小。\n"
    )
    labels = [label for label, _ in _turns(text, Lang.ZH)]
    assert labels == ["主持人", "公交集团代表（申请人）", "乘客代表王女士", "退休职工代表陈大爷"]


def test_bracketed_labels_on_their_own_line_open_turns_and_the_respondent_defends() -> None:
    text = (
        "关于延长图书馆开放时间的发布会\n\n"
        "【晚报记者】\n有读者担心延长开放会增加运营成本，请问怎么考虑？\n\n"
        "【市文旅局副局长王强】\n延长开放后，晚上的读者多了三成，成本增加有限。\n\n"
        "【电视台记者】\n夜间安全怎么保障？\n\n"
        "【王强】\n我们增加了两名保安。\n"
    )
    # the bare name "王强" is the speaker the fuller label named; the reporters ask, argue nothing
    assert _turns(text, Lang.ZH) == [
        ("晚报记者", NEUTRAL),
        ("市文旅局副局长王强", PRO),
        ("电视台记者", NEUTRAL),
        ("市文旅局副局长王强", PRO),
    ]


def test_a_bracketed_section_heading_opens_no_turn() -> None:
    text = "【投诉内容】\n快递三天没有送到。\n\n【处理结果】\n已经补发，并赔偿十元。\n"
    doc = build_nlp(Lang.ZH)(text)
    assert find_turns(text, doc._.argkg_blocks, Lang.ZH) == []


def test_a_thread_reply_takes_the_side_of_its_own_answer_not_of_its_place() -> None:
    text = (
        "Is a standing desk worth buying?\n"
        "52 points by ana_k 5 hours ago | 30 comments\n\n"
        "I sit nine hours a day. Is a standing desk worth it?\n\n"
        "  ▲ rob_t 4 hours ago\n"
        "  No. I used mine standing for a week and then never again.\n\n"
        "    ▲ ivy_m 4 hours ago\n"
        "    Not in my experience. Mine gets raised every afternoon.\n\n"
        "  ▲ sam_p 3 hours ago\n"
        "  Yes, absolutely. My back pain is gone.\n"
    )
    # "No." answers the opening question, "Not in my experience." objects to the reply above it,
    # and the last top-level "Yes" answers the opening question again
    assert _turns(text, Lang.EN) == [("ana_k", PRO), ("rob_t", CON), ("ivy_m", PRO), ("sam_p", PRO)]


def test_a_yes_opening_a_reply_argues_the_repliers_side() -> None:
    text = (
        "Ask the forum: Is a heat pump worth it in an old house?\n"
        "40 points by lena_w 6 hours ago | 12 comments\n\n"
        "Our house is from 1930 and the boiler is failing. Is anyone running a heat pump in one?\n\n"
        "  ▲ oskar_h 5 hours ago\n"
        "  Yes, for three winters now. Our bills fell by a third and the rooms stay warm.\n\n"
        "  ▲ mia_r 4 hours ago\n"
        "  No. Without new insulation the rooms never got warm and the bills went up.\n"
    )
    graph = ingest_text(text, source="thread.txt", lang="en")
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert next(s for t, s in sides.items() if t.startswith("Yes, for three winters")) is PRO
    assert next(s for t, s in sides.items() if "bills fell by a third" in t) is PRO
    assert next(s for t, s in sides.items() if "bills went up" in t) is CON


def test_a_chinese_answer_says_yes_or_no_by_the_questions_own_predicate() -> None:
    text = (
        "问题：在家办公一周两天就够了吗？\n\n"
        "网友小周：够了。通勤省下来的时间我拿来锻炼。\n\n"
        "网友阿岚：不够。一周两天根本养不成在家的节奏。\n\n"
        "网友大伟：对，够用了。\n"
    )
    assert _turns(text, Lang.ZH) == [("网友小周", PRO), ("网友阿岚", CON), ("网友大伟", PRO)]


def test_named_questioners_challenge_and_the_answerer_keeps_one_label() -> None:
    text = (
        "Q (Maria Lopez, resident of Elm Street): The new car park will bring traffic past the school. Why here?\n\n"
        "A (Tom Reed, Parking Services, project lead): The entrance is on the ring road, so no cars pass the school.\n\n"
        "Q (Ken Abe, shop owner): Who pays for the lighting?\n\n"
        "A (Tom Reed): The operator pays for it, not the council.\n"
    )
    answerer = "A (Tom Reed, Parking Services, project lead)"
    assert _turns(text, Lang.EN) == [
        ("Q (Maria Lopez, resident of Elm Street)", CON),
        (answerer, PRO),
        ("Q (Ken Abe, shop owner)", CON),
        (answerer, PRO),
    ]


def test_a_host_named_in_brackets_chairs_and_a_shorter_name_is_the_same_panellist() -> None:
    text = (
        "Town Talk, transcript\n\n"
        "PRESENTER (Jo Hart): Should the town keep its Sunday market?\n\n"
        "DR ANNA COLE: I think we should keep it. It brings in visitors.\n\n"
        "PRESENTER: Mark Lee, you run the bakery.\n\n"
        "MARK LEE: I'm against it. It takes trade from the shops.\n\n"
        "DR COLE: The shops were busier on market days last year.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("PRESENTER (Jo Hart)", NEUTRAL),
        ("DR ANNA COLE", PRO),
        ("PRESENTER (Jo Hart)", NEUTRAL),  # the host again, without the name in brackets
        ("MARK LEE", CON),
        ("DR ANNA COLE", PRO),
    ]


def test_a_panellist_who_grants_a_named_speakers_point_and_turns_from_it_takes_the_other_side() -> None:
    text = (
        "Evening Forum, transcript\n\n"
        "MODERATOR: Should the city close Bridge Street to cars?\n\n"
        "JANE ROSS: I think we should close it. Buses would run on time again.\n\n"
        "PAUL KING: I'm against it. Deliveries to the shops would take twice as long.\n\n"
        "SARA LIM: Paul's worry about deliveries is fair, but the shops can take them before ten.\n"
    )
    assert _turns(text, Lang.EN)[-1] == ("SARA LIM", PRO)


def test_post_headers_with_votes_open_turns_and_the_poster_who_answers_defends() -> None:
    text = (
        "Should towns close the high street to cars? Ask me anything.\n\n"
        "Posted by u/planner_kim (verified)\n"
        "We closed ours two years ago and footfall went up.\n\n"
        "Question from u/van_driver (88 upvotes)\n"
        "How are deliveries supposed to reach the shops?\n\n"
        "Answer from u/planner_kim (OP)\n"
        "Deliveries come before ten in the morning, and nobody has missed one.\n\n"
        "Question from u/cafe_owner (41 upvotes)\n"
        "Our takings fell for six months. Who pays for that?\n\n"
        "Answer from u/planner_kim (OP)\n"
        "Takings recovered within the year, and most shops now do better than before.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("u/planner_kim", PRO),
        ("u/van_driver", CON),
        ("u/planner_kim", PRO),
        ("u/cafe_owner", CON),
        ("u/planner_kim", PRO),
    ]


def test_a_role_with_a_name_and_labels_alone_on_their_lines_open_turns() -> None:
    text = (
        "话题：小区要不要建充电桩？\n\n"
        "主持人何静：\n各位好，今天请到物业的刘明经理。\n\n"
        "网友“清风”问：\n车位本来就少，建了充电桩燃油车停哪里？\n\n"
        "刘明：\n充电桩建在地下二层的闲置车位，不占现有车位。\n\n"
        "网友“小林”问：\n充电会不会有安全隐患？\n\n"
        "刘明：\n每个桩都装了漏电保护，还有专人每周巡检。\n"
    )
    # as the pipeline reads it: full-width colons folded (a label alone on its line is then no caption)
    assert _turns(fold(text), Lang.ZH) == [
        ("主持人何静", NEUTRAL),
        ("网友“清风”问", CON),
        ("刘明", PRO),
        ("网友“小林”问", CON),
        ("刘明", PRO),
    ]


def test_a_comment_sections_replies_name_their_posters() -> None:
    text = (
        "评论区\n\n"
        "山间明月：支持！早就该这么做了，孩子们终于有地方玩。\n\n"
        "老街坊：回复@山间明月：晚上吵得根本睡不着。\n\n"
        "小橙子：回复@老街坊：定好开放时间就行了，不能因噎废食。\n"
    )
    labels = [label for label, _ in _turns(text, Lang.ZH)]
    assert labels == ["山间明月", "老街坊", "小橙子"]


def test_a_chairs_lines_alone_are_no_transcript_and_a_speech_act_is_no_name() -> None:
    text = (
        "主持人阿明：今天聊聊要不要取消晚自习。\n"
        "小王：我觉得应该取消。\n"
        "小李：我不同意。\n"
        "主持人阿明：好，今天就聊到这里。\n"
    )
    assert _turns(text, Lang.ZH) == []
    minutes = "医生张某：建议手术。\n\n麻醉科医师：风险可控。\n\n主持人总结：同意手术。\n"
    assert [label for label, _ in _turns(minutes, Lang.ZH)] == []


@pytest.mark.parametrize(
    ("text", "lang", "caller"),
    [
        (
            "Today's question: should scooters be allowed in the park?\n\n"
            "HOST: First caller, Ann.\n\nANN: Morning. Ban them, I say. They race past the pond.\n\n"
            "HOST: Thanks, Ann.\n",
            Lang.EN,
            CON,
        ),
        (
            "Should the club drop the Sunday league? Tell us.\n\n"
            "MODERATOR: Over to you.\n\nRAJ: Keep it. The kids love it.\n\nMODERATOR: Thanks.\n",
            Lang.EN,
            CON,
        ),
        (
            "话题：小区能不能允许电动车进电梯？\n\n主持人：请听众发言。\n\n"
            "听众老王：不要进了吧，电池起火太危险。\n\n主持人：谢谢老王。\n",
            Lang.ZH,
            CON,
        ),
    ],
)
def test_an_answer_that_names_an_action_is_read_against_the_questions_wording(
    text: str, lang: Lang, caller: Stance
) -> None:
    sides = [side for label, side in _turns(text, lang) if label not in ("HOST", "MODERATOR", "主持人")]
    assert sides == [caller]


def test_an_addition_that_names_a_speaker_takes_their_side() -> None:
    text = (
        "[00:00:05] Kim Lau: Should the office go paperless? I'm for it.\n\n"
        "[00:00:40] Sam Reid: I'm against it. Half our clients still post forms.\n\n"
        "[00:01:10] Jo Park: Sorry I'm late. To add to what Kim said, scanning saves us two days a month.\n"
    )
    assert _turns(text, Lang.EN)[-1] == ("Jo Park", PRO)


def test_answers_under_one_kind_of_label_are_each_their_own_and_a_modal_no_answers_no() -> None:
    """A product page's "Answer:" names the kind of post, not who wrote it: the answer after
    another keeps no side from it; "I wouldn't." answers the question no."""
    text = (
        "Customer questions & answers\n\n"
        "Question: Can this kettle boil milk? I make cocoa for the kids.\n\n"
        "Answer: Yes, I do it every morning.\n\n"
        "Answer: I wouldn't. The element scorches it.\n\n"
        "Answer: Mine is a different model.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("Question", NEUTRAL),
        ("Answer", PRO),
        ("Answer", CON),
        ("Answer", None),
    ]


def test_an_issue_thread_reads_comment_headers_the_proposal_a_minus_one_and_a_challenge() -> None:
    text = (
        "Move releases to Thursdays · Issue #88\n\n"
        "ana-k commented 2 days ago\n"
        "I propose that we move the release to Thursdays.\n\n"
        "bo_r commented 2 days ago\n"
        "-1. The support rota is built around Tuesdays.\n\n"
        "cy commented yesterday\n"
        "Who is going to pay for the overtime?\n"
    )
    assert _turns(text, Lang.EN) == [("ana-k", PRO), ("bo_r", CON), ("cy", CON)]


def test_a_chat_export_reads_nickname_headers_agreement_and_a_rhetorical_challenge() -> None:
    text = (
        "3号楼业主群\n\n"
        "群主 21:02\n物业提议在楼顶装太阳能板，大家怎么看？\n\n"
        "小周妈妈 21:05\n我同意，电费能省不少。\n\n"
        "老何 21:09\n没有用电动车的人凭什么一起出钱？\n"
    )
    assert _turns(text, Lang.ZH) == [("群主", PRO), ("小周妈妈", PRO), ("老何", CON)]


def test_a_label_of_a_kind_of_member_and_a_name_opens_a_turn_and_buwxingde_answers_no() -> None:
    text = (
        "宝贝问答\n\n"
        "买家提问：这个箱子能带上高铁吗？下周出差要用。\n\n"
        "已购买用户 阿青：\n不行的，尺寸超了。\n\n"
        "已购买用户 小林：\n可以，我带过两次。\n"
    )
    assert [side for _, side in _turns(text, Lang.ZH)][1:] == [CON, PRO]


def test_a_roster_names_people_after_their_role() -> None:
    """ "主治医师 王平；家属 李强": the names after the roles are speakers' labels."""
    text = (
        "参加人员：主治医师 王平；家属 李强\n\n"
        "王平：建议尽快手术。\n\n"
        "李强：我们还是担心风险。\n\n"
        "王平：风险可以控制。\n"
    )
    assert [label for label, _ in _turns(text, Lang.ZH)] == ["王平", "李强", "王平"]
