"""Records, proposals, letters and a classroom transcript (texts written for these tests): the
debated proposition, main claims, conclusions and the lines that are no claim, from the generic
cues of issue 9.

A proposal's title ("关于X的建议", "Proposal: X", "ARGUMENT IN FAVOR OF X" in capitals) or plea
("恳请X"), a question a host announces ("今天的话题是:X?"), a request put to the writer ("has
asked me to X"), a party's demand in a dispute ("申请人要求X"); a deciding word and a colon
("学校决定:", "Decision:"), a heading that ends with a deciding word ("评审结论", "调解意见") or a
wiki heading ("== Closing =="); the fields of a header or signature ("来信人:X", "- Status: X",
"Signed: X, Chair"); a teacher who leads and pupils who each state a stand ("生1:我觉得X").
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Assumption, AssumptionOrigin, Claim, Conclusion, DocumentGraph

PROPOSAL_LETTER = """【家长信箱】关于延长图书馆周末开放时间的建议及答复

来信人：三年级家长　　来信时间：2026年9月3日

您好！孩子们周末想去图书馆看书，可图书馆周六下午四点就关门了。很多家长周末上午要加班，下午带孩子过去只能待一个小时。

恳请馆方考虑把周末的开放时间延长到晚上。

答复：

感谢您的建议。馆方经过讨论，决定：从十月起周六开放到晚上八点，周日的开放时间暂时不变。
"""

REVIEW_RECORD = """关于《滨河步道改造方案》的评审意见

评审组听取了设计单位关于步道现状、改造范围和投资估算的汇报，审阅了方案文本，经质询和讨论，形成意见如下：

一、主要意见

方案对步道破损情况的调查较为细致。但夜间照明的设计考虑不足，部分路段坡度偏大，轮椅通行困难。

二、评审结论

方案需补充无障碍设计后重新报审。
"""

TALK_SHOW = """主持人：各位好，今天的话题是：中学生该不该带手机进校园？

嘉宾甲：我觉得可以带，但上课时要统一保管。家长需要在放学后联系到孩子。

嘉宾乙：我不同意。手机很容易让学生分心，课间也都在刷短视频。
"""

MEDIATION = """调解记录

申请人：某租客
被申请人：某房东

纠纷情况

申请人称合同到期后房东迟迟不退押金。申请人要求被申请人退还押金三千元。被申请人称房屋墙面有污损，需要扣除维修费用。

调解意见

墙面污损属于正常使用的损耗，被申请人应当退还全部押金。
"""

RFC = """# Proposal: Move the weekly planning call to Thursdays

- Status: Accepted
- Owner: Dana Kim

## Summary

The planning call clashes with two customer calls on Mondays, so half the team joins late.

## Drawbacks

Thursday is close to the release day, and some people already have little time that week.

== Closing ==

The team agreed to adopt the Thursday slot for a trial of two months.
"""

LEAFLET = """OFFICIAL ELECTION LEAFLET

ARGUMENT IN FAVOR OF PROPOSITION 7
The library roof leaks every winter and the reading room has been closed twice. A modest levy would fix it for good.
Signed: Jane Roe, Chair of the Friends of the Library

ARGUMENT AGAINST PROPOSITION 7
The levy would fall on renters too, and the county could pay for the roof from its reserves.
Signed: John Doe, Taxpayers Group
"""

ADVICE = """Dear Sam,
My neighbour has asked me to co-sign his car loan so he can get a lower rate. He has always paid me back before, but the loan is large. What should I do?

Dear Reader,
A co-signer owes the whole debt if he stops paying, and banks rarely let a co-signer off later.

What I'd suggest instead is this: lend him a small sum you could afford to lose, and let the bank judge the rest.
"""

DECISION = """Minutes of the garden committee

The committee heard the proposal to replace the gravel paths with paving. Paving costs more at first but needs little care. Some members worried about rain water running off.

Decision: the committee will pave the main path only and keep the gravel elsewhere.
"""


def _graph(text: str, lang: str) -> DocumentGraph:
    return ingest_text(text, source=f"record-{lang}.txt", lang=lang)


def _debated(graph: DocumentGraph) -> list[str]:
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (PROPOSAL_LETTER, "zh", "开放时间延长"),
        (REVIEW_RECORD, "zh", "滨河步道改造方案"),
        (TALK_SHOW, "zh", "手机"),
        (MEDIATION, "zh", "退还押金"),
        (RFC, "en", "weekly planning call"),
        (LEAFLET, "en", "proposition 7"),
        (ADVICE, "en", "co-sign"),
    ],
)
def test_the_debated_proposition_comes_from_a_generic_cue(text: str, lang: str, words: str) -> None:
    debated = _debated(_graph(text, lang))
    assert any(words.lower() in d.lower() for d in debated), debated


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (PROPOSAL_LETTER, "zh", "从十月起周六开放到晚上八点"),
        (REVIEW_RECORD, "zh", "需补充无障碍设计后重新报审"),
        (MEDIATION, "zh", "被申请人应当退还全部押金"),
        (RFC, "en", "agreed to adopt the Thursday slot"),
        (ADVICE, "en", "lend him a small sum you could afford to lose"),
        (DECISION, "en", "pave the main path only"),
    ],
)
def test_a_decision_or_a_deciding_heading_concludes(text: str, lang: str, words: str) -> None:
    drawn = [c.text for c in _graph(text, lang).of_type(Conclusion)]
    assert any(words in c for c in drawn), drawn


@pytest.mark.parametrize(
    ("text", "lang", "line"),
    [
        (PROPOSAL_LETTER, "zh", "来信人"),
        (MEDIATION, "zh", "申请人:某租客"),
        (RFC, "en", "Status: Accepted"),
        (RFC, "en", "Owner: Dana Kim"),
        (LEAFLET, "en", "Signed: Jane Roe"),
        (LEAFLET, "en", "OFFICIAL ELECTION LEAFLET"),
        (RFC, "en", "== Closing =="),
    ],
)
def test_header_and_signature_fields_are_no_claims(text: str, lang: str, line: str) -> None:
    claims = [c.text for c in _graph(text, lang).of_type(Claim)]
    assert not any(line in c for c in claims), claims


def test_a_field_line_that_counts_keeps_being_read() -> None:
    # a role and a name, then a count of people: not a header field, its numbers stay cited
    text = "Minutes of the transport forum\n\nPresent: Councillor Ann Lee (chair), 24 residents, two officers from the roads team\n\nThe council debated the new bus lane. Most speakers backed it.\n"
    claims = [c.text for c in _graph(text, "en").of_type(Claim)]
    assert any("24 residents" in c for c in claims), claims


PETITION = """关于增设社区夜间公交的建议

各位代表：

小区离最近的地铁站有三公里，晚上九点以后没有公交，下夜班的居民只能打车或步行。

恳请交通局考虑增开一条夜间公交线路，哪怕每小时一班也好。
"""

CLASSROOM = """【课堂实录】《小马过河》讨论

师：今天的话题是：小马该不该自己过河？想好了举手。
生1（李某）：我觉得应该自己过。河水到底深不深，只有试了才知道。
生2（王某）：我不同意。小马还小，万一水深就危险了，应该先问妈妈。
生1：可是松鼠和老牛说的都不一样，问谁都没用。
师：大家说得都有道理。老师小结一下：遇到问题要多听意见，但最后还得自己动脑筋、亲自试一试。
"""

NOTICE = """Changes to the number 9 bus

Members present: Ann Lee (Chair); Bo Chan; Cy Dunn.

From Monday the number 9 will run every 15 minutes instead of every 10. Fewer people ride it since the new tram opened, and the savings will pay for a later last bus.

Questions? Call our customer line on 0300 000 0000, open every day.
"""


def test_a_petitions_plea_is_its_thesis_and_main_claim() -> None:
    graph = _graph(PETITION, "zh")
    debated = _debated(graph)
    assert any("夜间公交" in d for d in debated), debated
    mains = [c.text for c in graph.of_type(Claim) if c.role.value == "main"]
    assert any("恳请交通局" in m for m in mains), mains


def test_a_body_thesis_comes_before_a_proposals_title() -> None:
    # the title "关于X的建议" names what the memo is about; the recommendation it makes is the thesis
    text = "关于社区停车管理的建议\n\n## 方案\n\n方案一:划线收费。方案二:错峰共享。\n\n## 建议\n\n我们建议采用方案二,先在两个小区试点。\n"
    debated = _debated(_graph(text, "zh"))
    assert any("方案二" in d for d in debated), debated


def test_a_classroom_transcripts_turns() -> None:
    graph = _graph(CLASSROOM, "zh")
    claims = [c for c in graph.of_type(Claim)]
    texts = [c.text for c in claims]
    # the teacher leads: procedure is no claim; each pupil's opening judgement is their stand
    assert not any("想好了举手" in t for t in texts), texts
    mains = [c.text for c in claims if c.role.value == "main"]
    assert any("我觉得应该自己过" in m for m in mains), mains
    drawn = [c.text for c in graph.of_type(Conclusion)]
    assert not any("我觉得应该自己过" in c for c in drawn), drawn
    assert any("遇到问题要多听意见" in c for c in drawn), drawn
    assert any("小马" in d for d in _debated(graph))


def test_attendance_and_a_call_to_get_in_touch_are_no_claims() -> None:
    texts = [c.text for c in _graph(NOTICE, "en").of_type(Claim)]
    assert not any("Members present" in t or "Questions?" in t for t in texts), texts
    assert any("every 15 minutes" in t for t in texts), texts


RULING = """某市中级人民法院民事判决书

上诉人某物业公司因物业服务合同纠纷一案，不服一审判决，提起上诉。

本院认为，物业公司未按约定维修电梯，业主拒交部分物业费有正当理由。一审判决认定事实清楚，适用法律正确。

依照《中华人民共和国民法典》第九百四十四条、《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下：

驳回上诉，维持原判。

本判决为终审判决。
"""

COMPLAINT = """Dear Customer Services,

My parcel locker has been out of order since March, and three deliveries were sent back.

I therefore ask you to:
1. repair the locker within ten days;
2. refund the delivery fees for the returned parcels.

Yours faithfully,
"""


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (RULING, "zh", "驳回上诉，维持原判"),
        (COMPLAINT, "en", "repair the locker within ten days"),
        (COMPLAINT, "en", "refund the delivery fees"),
    ],
)
def test_what_a_ruling_or_a_request_announces_with_a_colon_concludes(
    text: str, lang: str, words: str
) -> None:
    drawn = [c.text for c in _graph(text, lang).of_type(Conclusion)]
    assert any(words.replace("，", ",") in c.replace("，", ",") for c in drawn), drawn


def test_a_rulings_formalities_are_no_claims() -> None:
    claims = [c.text for c in _graph(RULING, "zh").of_type(Claim)]
    assert not any("终审判决" in c for c in claims), claims


def test_a_question_the_text_reports_after_a_colon_is_debated() -> None:
    text = (
        "Dear members,\n\nMany of you wrote with the same question: why not open the pool on Sundays?\n\n"
        "We looked at it closely. Sunday staff cost twice as much, and few swimmers came on the trial days. "
        "We will keep the pool closed on Sundays for now.\n"
    )
    debated = _debated(_graph(text, "en"))
    assert any("pool on Sundays" in d for d in debated), debated


def test_the_authors_verdict_on_the_question_is_the_main_claim() -> None:
    # the sides may read "I'd say no, at least not X" as arguing nothing; it still states the thesis
    graph = _graph(
        ADVICE.replace(
            "A co-signer owes",
            "On the loan itself, I'd say no, at least not as a co-signer. A co-signer owes",
        ),
        "en",
    )
    mains = [c.text for c in graph.of_type(Claim) if c.role.value == "main"]
    assert any("I'd say no" in m for m in mains), mains
    claims = [c.text for c in graph.of_type(Claim)]
    assert not any("has asked me to co-sign" in c for c in claims), claims  # it states the question


@pytest.mark.parametrize(
    ("text", "lang", "question"),
    [
        (
            "ANA: The vote passed. BEN: How many people voted? ANA: About a third of the town.\n",
            "en",
            "How many",
        ),
        (ADVICE, "en", "What should I do?"),
        ("甲:这次停车费要涨了。乙:一共涨多少?甲:每小时涨两元,我觉得涨得太多了。\n", "zh", "一共涨多少"),
    ],
)
def test_a_short_question_for_a_fact_is_no_claim(text: str, lang: str, question: str) -> None:
    claims = [c.text for c in _graph(text, lang).of_type(Claim)]
    assert not any(question in c for c in claims), claims
    assert claims  # the rest of the exchange is read


def test_a_question_that_argues_stays_a_claim() -> None:
    # a yes/no question asks nothing to be looked up: "Is that fair?" argues (a rhetorical question)
    text = "The council wants to charge residents for parking. Is that fair? Most of us have no garage.\n"
    claims = [c.text for c in _graph(text, "en").of_type(Claim)]
    assert any("Is that fair?" in c for c in claims), claims


TALK_PAGE = """Talk:Garden gnome

== Proposed split of Garden gnome history ==
I propose splitting the history section into its own article. It is longer than the rest of the page and well sourced. [[User:Fernleaf|Fernleaf]] ([[User talk:Fernleaf|talk]]) 09:15, 2 May 2026 (UTC)
* '''Oppose'''. The history is what most readers come for; a split would leave a stub behind. [[User:Mossbank|Mossbank]] ([[User talk:Mossbank|talk]]) 11:40, 2 May 2026 (UTC)

== Closing ==
The result was '''not split'''. There is no agreement that the history needs a page of its own. [[User:Larchwood|Larchwood]] ([[User talk:Larchwood|talk]]) 08:00, 9 May 2026 (UTC)
"""


def test_a_talk_pages_signatures_are_no_claims_and_its_closing_concludes() -> None:
    graph = _graph(TALK_PAGE, "en")
    claims = [c.text for c in graph.of_type(Claim)]
    assert not any("(UTC)" in c for c in claims), claims
    assert any("a split would leave a stub behind" in c for c in claims), claims
    drawn = [c.text for c in graph.of_type(Conclusion)]
    assert any("no agreement that the history needs a page" in c for c in drawn), drawn


CASE_CONFERENCE = """病例讨论记录

外科王医生:患者肿瘤位置表浅,切除难度不大,建议尽早手术。

麻醉科李医生:患者有哮喘病史,全麻风险偏高,需要先控制症状。

主持人总结:综合各科意见,患者手术获益大于风险,待哮喘控制后择期手术。
"""

CALL_IN = """主持人:今天的话题是:孩子玩手机该不该管?欢迎来电。

听众老王:主持人好。我先说两句闲话。我说句心里话:孩子的手机该管就得管。现在的孩子一玩就是半夜。

听众小赵:我不太同意。管得太死,孩子反而偷偷玩,不如和孩子约好时间。
"""


def test_a_weighing_in_a_sentence_names_what_is_debated() -> None:
    # what is weighed, not the whole summary sentence
    debated = _debated(_graph(CASE_CONFERENCE, "zh"))
    assert any("手术" in d and "综合" not in d for d in debated), debated


def test_a_callers_frank_stand_is_the_turns_main_claim() -> None:
    mains = [c.text for c in _graph(CALL_IN, "zh").of_type(Claim) if c.role.value == "main"]
    assert any("该管就得管" in m for m in mains), mains


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "[00:10] 小王:二手机便宜。\n\n[01:00] 小李:新机省心。\n\n[02:40] 所以我的建议是:懂行就买二手。\n",
            "zh",
        ),
        (
            "[00:10] Ann: Used phones are cheap.\n\n[01:00] Bo: New ones come with a warranty.\n\n[02:40] So my advice is: buy used.\n",
            "en",
        ),
    ],
)
def test_a_chat_lines_announcing_clause_is_no_speakers_name(text: str, lang: str) -> None:
    from argkg.ingest.layout import analyse_layout
    from argkg.ingest.turns import find_turns
    from argkg.schema.vocabulary import Lang

    blocks, _ = analyse_layout(text, Lang(lang))
    labels = [t.label for t in find_turns(text, blocks, Lang(lang))]
    assert not any(word in label for label in labels for word in ("建议", "advice")), labels


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "The depot has served the valley for forty years. Closing it would add an hour to every delivery.\n\n"
            "So my message to the council is simple. Keep the depot open, and fund its repairs this year. Thank you.\n",
            "en",
            "Keep the depot open",
        ),
        (
            "主持人:今天聊聊孩子该不该学奥数。\n\n听众老李:我觉得该学,能锻炼思维。\n\n听众小陈:我不同意,孩子太累了。\n\n"
            "主持人:时间差不多了,最后我说两句。学不学要看孩子的兴趣,别把兴趣学成了负担。感谢大家收听。\n",
            "zh",
            "学不学要看孩子的兴趣",
        ),
    ],
)
def test_what_an_announced_closing_word_says_concludes(text: str, lang: str, words: str) -> None:
    drawn = [c.text for c in _graph(text, lang).of_type(Conclusion)]
    assert any(words in c for c in drawn), drawn


@pytest.mark.parametrize(
    ("text", "lang", "line"),
    [
        (REVIEW_RECORD, "zh", "形成意见如下"),
        (RULING, "zh", "判决如下"),
        (
            "Olympic bid: the case for and against\n\nA bid would bring visitors. It would also cost the city a great deal.\n\n"
            "Prepared for the Civic Forum by the city's research office\n",
            "en",
            "Prepared for",
        ),
        (
            "Minutes of the parish meeting\n\nAfter a long debate about the state of the roof, the heating bills and the "
            "Sunday rota, and after hearing from the treasurer, the meeting decided as follows:\n\n"
            "The hall will open on Sundays from May.\n",
            "en",
            "decided as follows",
        ),
    ],
)
def test_an_announcement_of_what_follows_is_no_claim(text: str, lang: str, line: str) -> None:
    claims = [c.text for c in _graph(text, lang).of_type(Claim)]
    assert not any(line in c for c in claims), claims
