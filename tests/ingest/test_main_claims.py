"""The main claim of an essay or a letter (texts written for these tests): an author who
announces the answer they will argue ("let me argue that the answer is no"), a decision the
writer has taken on the question ("We have decided against X", "我们决定暂不X"), and a closing
question that only repeats the text's question, which is no thesis.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Assumption, AssumptionOrigin, Claim, DocumentGraph
from argkg.schema.vocabulary import RelType, Role

ESSAY = """Should every town build a second ring road?

Most people I talk to assume the answer is yes. Traffic is bad and a new road sounds like relief. Let me argue that the answer is no.

A new road fills with new traffic within a few years, as drivers who used to stay home start making trips. The money would buy many more buses.

Building roads also takes land that towns need for housing, and it takes a decade to finish.

So, should every town build a second ring road? Not before it has tried the buses.
"""

LETTER = """Dear members,

At the spring meeting many of you asked whether the club should sell its second boat and keep the money in reserve. The committee discussed it over two evenings.

A sale would bring in money quickly, and the boat costs us a lot in repairs every winter.

We have nonetheless decided against a sale this season. Junior membership has doubled, and on most Saturdays both boats are fully booked.

We will look at the question again when the new boathouse is finished.

With best wishes,
The committee
"""

ZH_LETTER = """各位业主：

前段时间不少业主来信，询问小区能否把地下车库的空车位对外出租，用租金补贴物业费。

出租车位确实能带来一笔收入，物业费也许能降一些。

经过慎重考虑，我们决定暂不对外出租车位。外来车辆进出会增加安全隐患，车库的门禁系统也需要改造。

明年门禁改造完成后，我们再征求大家的意见。

小区业主委员会
"""


def _mains(text: str) -> list[str]:
    graph: DocumentGraph = ingest_text(text, source=f"{hash(text)}.txt")
    return [c.text for c in graph.of_type(Claim) if c.role is Role.MAIN]


def test_an_essay_s_announced_answer_is_its_main_claim_and_its_closing_question_is_not() -> None:
    mains = _mains(ESSAY)
    assert any("argue that the answer is no" in m for m in mains)
    assert not any(m.rstrip().endswith("?") for m in mains)


@pytest.mark.parametrize(
    ("text", "decision"),
    [(LETTER, "We have nonetheless decided against a sale"), (ZH_LETTER, "我们决定暂不对外出租车位")],
)
def test_a_decision_the_writer_has_taken_is_the_letter_s_main_claim(text: str, decision: str) -> None:
    assert any(decision in m for m in _mains(text))


def test_a_decision_told_as_a_story_is_no_main_claim() -> None:
    text = """Should you paint your own fence?

Last spring we decided to paint the fence ourselves, which was a mistake, because the job dragged on for three weekends.

I think hiring a painter is worth every penny. A painter finishes in a day, and the paint lasts twice as long.
"""
    mains = _mains(text)
    assert mains
    assert not any("decided to paint" in m for m in mains)
    assert any("hiring a painter" in m for m in mains)


MEMO = """# Memo

**To:** Parks Committee
**From:** Office of Parks

## Background

The town pool closes every winter, and the club that trains there has asked for a heated cover.

## Options

**Option A: Keep the pool closed in winter.** This costs nothing. The club would have to keep training in the next town.

**Option B: Buy a heated cover.** A cover costs about $40,000 and would let the pool stay open all year. Critics say the heating bill will be high, but covers of this kind cut heat loss by half.

## Recommendation

We recommend Option B. The club pays for most of the heating, and the town gains a winter pool.
"""

ZH_MEMO = """# 关于图书馆延长开放时间的请示

## 背景

市图书馆晚上八点闭馆，不少上班族反映下班后来不及借书。

## 可选办法

办法一：维持现状。这样不增加开支，但上班族的借书难题得不到解决。

办法二：工作日延长到晚上十点。需要增加两名夜班馆员，每年人工费用约十二万元。有人担心晚上读者太少，但周边城市的经验表明，晚间借阅量并不低。

## 建议

我们建议采用办法二。增加的费用不多，却能让更多上班族用上图书馆。
"""


@pytest.mark.parametrize(
    ("text", "thesis"),
    [(MEMO, "We recommend Option B"), (ZH_MEMO, "我们建议采用办法二")],
)
def test_a_recommendation_section_after_the_options_states_the_main_claim(text: str, thesis: str) -> None:
    assert any(thesis in m for m in _mains(text))


ZH_THREAD = """问：孩子今年上初一，成绩中等，要不要给他报周末的数学补习班？

答（网友“老陈”）：
我家老大也是这个年纪补的课，说句良心话，不建议你现在就报班。初一的内容不难，孩子自己把课本吃透就够了。补习班一节课两百多，周末还要来回跑。

答（网友“小李老师”）：
我支持报班。初一是打基础的时候，落下了后面很难追。找个小班，一周一次就行。
"""


def test_advice_to_the_asker_is_an_answerer_s_stand() -> None:
    mains = _mains(ZH_THREAD)
    assert any("不建议你现在就报班" in m for m in mains)
    assert any("我支持报班" in m for m in mains)


ZH_DEBATE = """辩题：中学应当取消晚自习

正方一辩：谢谢主持人。我方认为，中学应当取消晚自习。学生每天在校超过十二个小时，睡眠严重不足。

反方一辩：谢谢主持人。刚才对方的数据只说明了一部分学校的情况。我方认为，晚自习不应当一刀切地取消。很多学生家里没有安静的学习环境，晚自习给了他们一张书桌。
"""

EN_DEBATE = """Motion: This House would ban homework in primary schools

Proposition: Thank you, Chair. We believe that homework in primary schools should be banned. Children learn more from play and sleep than from worksheets.

Opposition: Thank you, Chair. The last speaker quoted one study from one country. We believe that a ban goes too far. A little reading at home builds habits that last.
"""


@pytest.mark.parametrize(
    ("text", "stand"),
    [(ZH_DEBATE, "晚自习不应当一刀切地取消"), (EN_DEBATE, "a ban goes too far")],
)
def test_a_side_s_stand_after_a_remark_on_the_last_speaker_is_its_main_claim(text: str, stand: str) -> None:
    assert any(stand in m for m in _mains(text))


ZH_FORUM = """【车友论坛】小区地库该不该装充电桩？

楼主 阿明：
我们小区地库有两百个车位，现在电动车越来越多，大家说说该不该统一装充电桩？

2楼 老王：
我支持装。现在充电要跑到两公里外的充电站，排队一等就是半小时。

3楼 燃油车车主：
说句良心话，统一装充电桩对我们没什么好处。线路改造的钱要全体业主分摊，我们又用不上。
"""


def test_a_floor_that_opens_by_speaking_frankly_states_its_stand() -> None:
    mains = _mains(ZH_FORUM)
    assert any("我支持装" in m for m in mains)
    assert any("统一装充电桩对我们没什么好处" in m for m in mains)


ZH_REVIEW = """用了半年电动牙刷，来交个作业。先说结论：牙龈不敏感的话，直接买电动牙刷，别犹豫。

优点：
刷得干净，牙医说我的牙结石少了很多。
有两分钟计时，不会刷一半就停。

缺点：
刷头贵，一个要三十多块。
出差要带充电器，有点麻烦。
"""

EN_REVIEW = """I have used one for a year now. Bottom line: if you work at a desk all day, buy the standing desk.

Pros:
My back pain is mostly gone after a year of switching between sitting and standing.
I move around more during calls.

Cons:
A good frame costs over $500.
Standing all afternoon makes my feet ache.
"""


@pytest.mark.parametrize(
    ("text", "thesis"),
    [(ZH_REVIEW, "直接买电动牙刷"), (EN_REVIEW, "buy the standing desk")],
)
def test_a_verdict_put_before_a_list_of_pros_and_cons_is_a_main_claim(text: str, thesis: str) -> None:
    assert any(thesis in m for m in _mains(text))


CALL_IN = """HOST: Good evening. Tonight's question: should the council close the swimming pool on Mondays? Let's go to Anna.

ANNA: Hi Tom. The pool is the only place my dad can exercise after his knee operation. Closing it on Mondays is a false economy, plain and simple.

HOST: Thanks Anna. Ben is on line three.

BEN: Evening. I wouldn't worry. Monday mornings see fewer than twenty swimmers, and the savings pay for longer hours on Saturdays.

HOST: And Carla, quickly.

CARLA: I run the lifeguard rota. We read the visitor counts every month. This is a cut dressed up as a timetable change.

HOST: Keep your calls coming.
"""

ZH_PANEL = """主持人：今天的话题是，小区该不该收临时停车费？先请王老师。

王老师：大家好。外来车一停就是一整天，业主回家找不到车位。说白了，不收费就是让业主替外人买单。

主持人：谢谢。下面请李师傅。

李师傅：我不同意。来看老人的子女本来就少，再收费就更不愿意来了。

主持人：最后请赵阿姨。

赵阿姨：我天天在门口看着。上个月物业拖走了三辆车。这是一笔糊涂账。

主持人：好，今天就到这里。
"""


@pytest.mark.parametrize(
    ("text", "stands"),
    [
        (
            CALL_IN,
            [
                "Closing it on Mondays is a false economy, plain and simple.",
                "Monday mornings see fewer than twenty swimmers",
                "This is a cut dressed up as a timetable change.",
            ],
        ),
        (ZH_PANEL, ["不收费就是让业主替外人买单", "来看老人的子女本来就少", "这是一笔糊涂账。"]),
    ],
    ids=["call-in", "zh-panel"],
)
def test_each_voice_s_summary_judgement_or_opening_statement_is_its_main_claim(
    text: str, stands: list[str]
) -> None:
    """Each caller's or panellist's stand: their summary judgement ("X, plain and simple", "说白了
    X"), else a short verdict in a judging form ("This is a…", "这是…"), else their first statement
    after a greeting, with the one after it when it is elliptical ("I wouldn't worry.", "我不同意。");
    the host who opens the text and passes the floor states none."""
    mains = _mains(text)
    assert all(any(stand in m for m in mains) for stand in stands), mains
    assert not any("Keep your calls coming" in m or "Hi Tom" in m or "Thanks Anna" in m for m in mains)


def test_a_host_without_a_chair_s_title_states_no_stand() -> None:
    """A speaker who opens the text, takes a third of its turns and passes the floor to three others
    hosts it: no turn of theirs holds a main claim."""
    text = CALL_IN.replace("HOST", "TOM")
    mains = _mains(text)
    assert not any("Keep your calls coming" in m or "Let's go to Anna" in m for m in mains), mains
    assert any("false economy" in m for m in mains)


FORUM = """Posted by ana_k | Member since 2018 | 300 posts
The new update moves the backup feature behind a paid plan. This is a breach of what we bought.

Re: Posted by tom_r | Member since 2020 | 41 posts
The paid plan is fair. Cloud storage costs the company money every month.

Re: Posted by lee_w | Member since 2016 | 990 posts
I tested the old backup this morning and it no longer runs. My take: I am asking for a refund.
"""


def test_a_concluded_thesis_of_one_voice_leaves_the_other_voices_stands() -> None:
    """A poster who ends with a thesis in a conclusion ("My take: X") replaces only their own turn's
    main claim, not the stands of the voices before them."""
    mains = _mains(FORUM)
    assert any("This is a breach" in m for m in mains), mains
    assert any("The paid plan is fair" in m for m in mains), mains
    assert any("asking for a refund" in m for m in mains), mains


def test_every_voice_s_stand_argues_on_the_debated_assumption() -> None:
    """Each voice's main claim, not only one per position, supports or attacks the debated
    assumption: a thread whose posters take both sides contests it."""
    graph = ingest_text(FORUM, source="forum.txt")
    debated = {a.id for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    mains = {c.id: c.text for c in graph.of_type(Claim) if c.role is Role.MAIN}
    kinds = {
        (rel.type, mains[rel.start])
        for rel in graph.relationships
        if rel.end in debated and rel.start in mains and rel.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    assert (RelType.SUPPORTS, "This is a breach of what we bought.") in kinds, kinds
    assert (RelType.ATTACKS, "The paid plan is fair.") in kinds, kinds
