"""The texts whose sides are set by blocks, gold written before argkg ran on them.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen4/`` (see `argkg.bench.argtexts`):
a 调解记录, a 两封来信 page, a 业主群 接龙 poll, a 网友留言 and its reply, an ombudsman's decision,
a team retro, a code-review thread and an editorial with a reader's reply. Sides were 31/97 =
0.32 on them before any change made for them. The tests after the set's figures check, on texts
written for them, what these texts called for: a decision on a request declares a side, a block
defaults to its own verdict wherever the verdict stands in it, and without a thesis the author's
side is the one their closing block declares.
"""

import pytest

from argkg.bench.argtexts import UNSEEN4, TextResult, check_folder
from argkg.ingest.parts import parts_of
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import fold, normalise
from argkg.ingest.sides import Statement, assign_sides, declared, heading_side, kept_side, labelled
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN4)


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("I uphold this complaint.", Lang.EN, PRO),
        ("The appeal is rejected.", Lang.EN, CON),
        ("We are unable to accept your claim for the carpet.", Lang.EN, CON),
        ("The landlord refuses the request.", Lang.EN, CON),
        ("I'm not comfortable merging this before the release.", Lang.EN, CON),
        ("Approving.", Lang.EN, PRO),
        ("We accept that the form was late.", Lang.EN, None),
        ("这项申请我们不能接受。", Lang.ZH, CON),
        ("经研究，小区暂不开放东门。", Lang.ZH, CON),
        ("表决结果：同意延长开放时间。", Lang.ZH, PRO),
        ("8号楼 老林：不同意。", Lang.ZH, CON),
        ("6号楼 小郑：同意+1", Lang.ZH, PRO),
        ("我们研究了这个方案。", Lang.ZH, None),
    ],
)
def test_a_decision_on_a_request_and_a_poll_answer_declare_a_side(
    sentence: str, lang: Lang, side: Stance | None
) -> None:
    assert declared(sentence, lang) is side


def test_a_speakers_label_is_told_from_a_plain_sentence() -> None:
    assert labelled("林阿姨：我觉得可以。")
    assert not labelled("我觉得可以，理由有三。")


def test_a_block_without_a_cue_of_its_own_argues_its_verdicts_side() -> None:
    statements = [
        Statement(text=s, paragraph=0, opponent=False, heading=None, block=CON)
        for s in ("The hall is used twice a month.", "Heating it costs more every winter.")
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, argued=True) == [CON, CON]


def _claim_sides(text: str, lang: Lang) -> dict[str, Stance]:
    """Each claim's side, the text read as ingest reads it (normalised and folded: "答复：" → "答复:")."""
    parts = parts_of(build_nlp(lang)(fold(normalise(text))), lang)
    return {parts.text[c.start : c.end]: c.stance for c in parts.claims}


def test_a_reply_under_a_bare_label_whose_refusal_comes_last_argues_against_from_its_first_line() -> None:
    text = (
        "关于在篮球场加装夜间照明的申请\n\n"
        "申请人：球友协会\n"
        "晚上七点以后球场一片漆黑，很多上班族只有晚上才有空打球。"
        "去年有两位球友在黑暗中扭伤了脚。我们请求在篮球场加装四盏照明灯。\n\n"
        "街道办答复：\n"
        "篮球场紧挨着三栋住宅楼，灯光会直接照进卧室。"
        "夜间打球的声音也会影响老人休息。经研究，篮球场暂不加装夜间照明。\n"
    )
    sides = _claim_sides(text, Lang.ZH)
    reply = {s: side for s, side in sides.items() if "住宅楼" in s or "老人休息" in s}
    assert reply and set(reply.values()) == {CON}


def test_without_a_thesis_the_closing_decision_sets_the_authors_side() -> None:
    text = (
        "Reference: 2291\n\n"
        "Dear Ms Okafor,\n\n"
        "What you asked for\n\n"
        "You asked us to waive the late fee on your March invoice, because you were abroad in March.\n\n"
        "What we found\n\n"
        "Our records show three reminders were sent before the due date. "
        "The payment arrived eleven days after the final reminder, so the fee should stand.\n\n"
        "Our decision\n\n"
        "We are unable to accept your request to waive the fee.\n\n"
        "Yours sincerely,\n\nAccounts Team\n"
    )
    sides = _claim_sides(text, Lang.EN)
    found = {s: side for s, side in sides.items() if "reminder" in s}
    assert found and set(found.values()) == {CON}


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("POINT - Yes, the fee should go", PRO),
        ("No, the library does a job", CON),
        ("No. 5 Station Road", None),
        ("Nobody asked the traders", None),
    ],
)
def test_a_column_halfs_caption_that_answers_the_question_names_its_side(
    title: str, side: Stance | None
) -> None:
    assert heading_side(title, Lang.EN) is side


def test_objections_heard_in_the_paragraph_they_open_argue_the_other_side_to_its_end() -> None:
    paragraphs = [
        ["We have heard the objections.", "The rent in the centre is high.", "The leases run for ten years."],
        ["These points are why we propose six shops.", "The shops will pay for themselves."],
    ]
    statements = [
        Statement(text=s, paragraph=p, opponent=False, heading=None)
        for p, sentences in enumerate(paragraphs)
        for s in sentences
    ]
    sides = assign_sides(statements, Lang.EN, author=PRO, reporting=False, argued=True)
    assert sides[1:] == [CON, CON, PRO, PRO]


def test_a_bare_announcement_of_the_objections_announces_the_other_sides_case() -> None:
    statements = [
        Statement(text=s, paragraph=0, opponent=False, heading=None)
        for s in ("我们也听到了反对的声音。", "租金太贵。", "租期长达十年。")
    ]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=False, argued=True)[1:] == [CON, CON]


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("（一）支持的意见", PRO),
        ("(二)反对或担忧的意见", CON),
        ("部分居民的质疑意见", CON),
        ("(三)处理意见", None),
    ],
)
def test_a_consultation_summarys_opinion_groups_name_their_side(title: str, side: Stance | None) -> None:
    assert heading_side(title, Lang.ZH) is side


def test_a_body_line_that_only_names_a_side_sides_the_lines_below_it() -> None:
    text = (
        "关于图书馆延长开放时间的意见汇总\n\n"
        "一、征集情况\n\n本月共收到读者意见86条。\n\n"
        "二、主要意见\n\n"
        "（一）支持的意见\n"
        "1. 研究生院多名学生认为，论文写作以进度为准，按时闭馆意义不大。\n"
        "2. 附近上班族下班后才有时间借书。\n\n"
        "（二）反对的意见\n"
        "1. 部分馆员提出，夜班人手不够，安保难以保证。\n"
        "2. 有读者认为，晚上来馆的人数其实很少。\n"
    )
    sides = _claim_sides(text, Lang.ZH)
    assert next(side for s, side in sides.items() if "按时闭馆" in s) is PRO
    assert next(side for s, side in sides.items() if "上班族" in s) is PRO
    assert next(side for s, side in sides.items() if "夜班人手不够" in s) is CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition", "side"),
    [
        ("我还是希望社区保留现在的早市。", Lang.ZH, "社区取消早市", CON),
        ("我建议继续保留早市。", Lang.ZH, "社区继续保留早市", PRO),
        ("我们要保持联系。", Lang.ZH, "社区取消早市", None),
        ("Keep the bus lane, fix the timetable.", Lang.EN, "the council should remove the bus lane", CON),
        ("Keep it.", Lang.EN, "we keep the late opening", PRO),
        ("Please keep it.", Lang.EN, "the plan ends the Saturday clinic", CON),
        ("Please, keep the clinic.", Lang.EN, "the plan ends the Saturday clinic", CON),
        ("Please note the clinic is shut.", Lang.EN, "the plan ends the Saturday clinic", None),
        ("Please keep your answers brief.", Lang.EN, "the plan ends the Saturday clinic", None),
        ("Plant trees instead, and leave the square open.", Lang.EN, "build a car park on the square", CON),
        ("They keep asking about it.", Lang.EN, "build a car park on the square", None),
        ("We agreed to end the late shift after May.", Lang.EN, "we keep the late shift", CON),
        ("The board voted to scrap the bonus.", Lang.EN, "scrap the bonus", PRO),
        ("居委会决定取消周末的广场舞。", Lang.ZH, "取消周末的广场舞", PRO),
        ("居委会决定取消周末的广场舞。", Lang.ZH, "周末继续开放广场", CON),
        ("We decided to start earlier.", Lang.EN, "we keep the late shift", None),
    ],
)
def test_a_verdict_that_keeps_or_ends_things_reads_against_the_proposition(
    sentence: str, lang: Lang, proposition: str, side: Stance | None
) -> None:
    assert kept_side(sentence, lang, proposition) is side


def test_a_readers_reply_in_its_own_section_argues_its_own_verdicts_side() -> None:
    text = (
        "# Letters\n\n"
        "## Editorial: Open the pool on Sunday evenings\n\n"
        "The pool is busiest on Sunday afternoons, and families queue outside. "
        "Opening until nine would spread the crowd and raise ticket income. "
        "The council should open the pool on Sunday evenings from June.\n\n"
        "## A reader replies\n\n"
        "The queues are real. But the lifeguards already work six days a week, "
        "and the evening bus stops at seven. Hire more staff for the afternoon instead, "
        "and keep the current hours.\n"
    )
    sides = _claim_sides(text, Lang.EN)
    assert next(side for s, side in sides.items() if "lifeguards" in s) is CON


@pytest.mark.parametrize(
    ("title", "lang", "side"),
    [
        ("The complaint", Lang.EN, PRO),
        ("What the engineer found", Lang.EN, None),
        ("What you told us", Lang.EN, PRO),
        ("What we found", Lang.EN, None),
        ("一、申请人（租客）陈述", Lang.ZH, PRO),
        ("二、被申请人（房东）陈述", Lang.ZH, CON),
        ("【市民诉求】", Lang.ZH, PRO),
        ("【承办单位答复】", Lang.ZH, None),
    ],
)
def test_the_requesters_and_the_respondents_accounts_name_their_side(
    title: str, lang: Lang, side: Stance | None
) -> None:
    assert heading_side(title, lang) is side
