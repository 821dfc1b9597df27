"""The debated proposition a careful reader finds without an opinion cue: a headline's demand to
change a place under a masthead, the option an assessment prefers named by its label, a meeting's
topic line that puts the question as a whether-clause, a plan its writer puts to others for
advice, a title that says what it names has had its day; a check of the line ("can you hear
me?") that puts no question (`argkg.ingest.proposition`, `argkg.ingest.questions`); a notice whose
rule says "even if" that argues nothing (`argkg.ingest.unargued`); and advice against the plan put
to the adviser ("先别X") that argues against it (`argkg.ingest.positions`).

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_prop33/`` (see
`argkg.bench.argtexts`), gold written before argkg ran on them: propositions 0/8, sides 28/46 =
0.61 and contested issues 3/8 before stop 33's readings, 8/8, 29/46 = 0.63 and 6/8 after. Besides
the set's figures, the tests below check readings on lines and texts written for them; each
reading's single proposition lines, and the lines it must leave alone, are in
``test_proposition_lines``.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROP33, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.proposition import spelled_option
from argkg.ingest.questions import is_informational
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROP33)


def test_the_set_finds_its_propositions(results: dict[str, TextResult]) -> None:
    assert sum(r.proposition for r in results.values()) == 8


def test_most_of_its_two_sided_texts_get_a_contested_assumption(results: dict[str, TextResult]) -> None:
    assert sum(r.contested for r in results.values() if r.two_sided) >= 6


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Callum, can you hear me?", Lang.EN),
        ("Are you still there?", Lang.EN),
        ("喂，你好，能听到吗？", Lang.ZH),
    ],
)
def test_a_check_of_the_line_asks_nothing_of_the_matter(question: str, lang: Lang) -> None:
    assert is_informational(question, lang)


def test_an_option_recommended_by_its_label_is_spelled_out_past_its_comma() -> None:
    text = "Option 1: Do nothing.\nOption 2: Close the bridge to lorries.\n"
    spelled = spelled_option("we should adopt Option 2, with a review after a year", text, Lang.EN)
    assert spelled == "we should adopt Option 2, with a review after a year: Close the bridge to lorries"


_CALL_IN = """Evening Advice Line, call 3

HOST: Hello, you're on air. Can you hear me?

CALLER: Yes, hi. I'm thinking of moving my savings into a friend's start-up, and I'd like your advice.
He says it could triple in three years, and I trust him.

HOST: What happens if it fails? Most new firms do, and you would lose the lot. Keep an emergency
fund first and only put in what you can afford to lose.

CALLER: That's fair. I'll put in a small part and keep the rest.
"""


def test_a_call_in_debates_the_plan_its_caller_puts_not_the_hosts_check_of_the_line() -> None:
    graph = ingest_text(_CALL_IN, source="callin.txt", lang=Lang.EN)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debates == ["moving my savings into a friend's start-up is the right choice"]


_NOTICE = """电梯使用须知

一、乘梯须知
1. 乘梯时请勿倚靠轿厢门，不要在轿厢内蹦跳。
2. 儿童乘梯须由成人陪同。
3. 即使电梯门已经打开，也请先看清轿厢是否停稳再进入。
4. 发生火灾时不得乘坐电梯，应走楼梯疏散。
5. 携带大件物品时，请先按住开门按钮，再搬运物品进出。
6. 宠物乘梯须牵绳，并主动避让其他乘客。

二、故障处理
1. 被困时请按下警铃按钮，耐心等待救援。
2. 不要强行扒门，也不要尝试从轿厢顶部爬出。
3. 电梯运行中突然停止时，请保持镇静，按下轿厢内的通话按钮。
4. 维修人员到达前，请留在轿厢内等待。

三、日常维护
1. 电梯每半月由维保单位保养一次，保养期间暂停使用。
2. 年度检验合格后，检验标志张贴于轿厢内。

如有疑问，请联系物业服务中心。
"""


def test_a_notice_whose_rule_says_even_if_debates_nothing() -> None:
    graph = ingest_text(_NOTICE, source="notice.txt", lang=Lang.ZH)
    assert not [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


_ADVICE = """【理财问答】第12期

提问（网友“小满”）：
我今年三十五岁，想把家里唯一的房子卖掉去炒股，想请大家帮我参谋一下。

回答（理财师 老陈）：
股市波动太大，一套房子的钱押进去，亏了就没有退路。你还有孩子要上学，住的地方不能没有。我的建议是：先别卖房。
"""


def test_advice_against_the_plan_put_to_the_adviser_argues_against_it() -> None:
    graph = ingest_text(_ADVICE, source="advice.txt", lang=Lang.ZH)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debates == ["应当把家里唯一的房子卖掉去炒股"]
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert sides.get("股市波动太大，一套房子的钱押进去，亏了就没有退路。") is Stance.CON
    # a reason with no harm word of its own takes the adviser's side: against the plan
    assert sides.get("你还有孩子要上学，住的地方不能没有。") is Stance.CON
