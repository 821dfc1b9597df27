"""Closing calls, decisions and ratings as conclusions; formalities around them as no claim.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_concl4/`` (see
`argkg.bench.argtexts`): a parish council's minutes ending in a resolution, a sermon ending in
"let us", a shop review with a star rating, a pull request closed by the maintainer's decision, a
室友群 ending in a plan, a 代理词 ending in its request to the court, a 商品评价 with 星级 and
追评, and a 家委会纪要 ending in 会议决定, gold written before argkg ran on them. Besides the set's
figures, the tests below check each mechanism on short texts written for them: a hortative, a
plea, a request to the deciders or a decision in the closing line concludes (past a sign-off, an
imprint or a signature line); the same words earlier in the text conclude nothing; a rating with
its reason concludes where it stands; and greetings, addresses, call routing, imprints and
interjections are no claim.
"""

import pytest
from concluded import conclusion_texts

from argkg.bench.argtexts import UNSEEN_CONCL4, TextResult, check_folder, load_gold
from argkg.ingest import ingest_text
from argkg.ingest.sides import is_procedural
from argkg.schema import Claim, Lang

GOLD = load_gold(UNSEEN_CONCL4)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_CONCL4)


def test_the_set_has_gold_conclusions_and_lines_that_are_no_claim() -> None:
    assert all(GOLD[name].conclusions and GOLD[name].not_claims for name in GOLD)


def test_closing_calls_are_found_and_formalities_stay_no_claim(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    gold = sum(len(r.conclusions) for r in results.values())
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    kept_out = [ok for r in results.values() for ok in r.not_claims]
    # 3/9 found, 3/4 of those found right and 21/24 no claim before the changes made for the set
    assert hits / gold >= 0.8
    assert hits / drawn >= 0.9
    assert sum(kept_out) / len(kept_out) >= 0.9


@pytest.mark.parametrize(
    ("text", "lang", "call"),
    [
        (
            "Friends, the food bank has run out of shelf space twice this winter.\n\n"
            "Some say a second site would split our volunteers. But the old library stands empty "
            "and the council would lend it to us for a year.\n\n"
            "We have the people and we have the need. Let us ask the council for the keys.\n\n"
            "Amen.\n",
            Lang.EN,
            "Let us ask the council for the keys.",
        ),
        (
            "The bypass would cut through the last water meadow in the valley.\n\n"
            "Its backers promise ten minutes off the school run. The county's own survey says four.\n\n"
            "Meadows like ours took centuries to form. Don't trade one for four minutes.\n\n"
            "Printed and promoted by A. Reyes on behalf of Save the Meadow, 2 Mill Row\n",
            Lang.EN,
            "Don't trade one for four minutes.",
        ),
        (
            "Members of the panel, the tenant paid her rent on time for six years.\n\n"
            "The landlord says the mould was her fault. His own surveyor found a leaking gutter.\n\n"
            "The tenant asks the panel to order repairs within 28 days. Thank you.\n",
            Lang.EN,
            "The tenant asks the panel to order repairs within 28 days.",
        ),
        (
            "问题：小区门口的快递柜要不要收超时费？\n\n"
            "业主甲：超时费太贵了，上班族根本来不及取。\n\n"
            "业主乙：不收费的话柜子总被占满，别人的快递放不进去。\n\n"
            "物业：大家的意见都听到了，先免费试行一个月再说。\n\n"
            "记录人签名：张敏\n",
            Lang.ZH,
            "先免费试行一个月再说",
        ),
    ],
)
def test_a_call_or_decision_in_the_closing_line_concludes(text: str, lang: Lang, call: str) -> None:
    assert any(call in found for found in conclusion_texts(text, lang))


def test_the_same_call_earlier_in_the_text_concludes_nothing() -> None:
    text = (
        "Some readers wrote: let us keep the paper's crossword on the back page.\n\n"
        "Moving it to page two freed the back page for sport, which more readers turn to first.\n\n"
        "The crossword's readers are loyal, and the weekend edition keeps it on the back.\n\n"
        "The move has cost us no subscribers in three months, and it will stay.\n"
    )
    assert not any("crossword on the back page" in found for found in conclusion_texts(text, Lang.EN))


def test_a_rating_with_its_reason_concludes_before_a_follow_up() -> None:
    text = (
        "用了两周来说说这款电饭煲。\n\n"
        "煮饭确实香，预约功能也好用。\n\n"
        "内胆涂层一周就刮花了，客服说不在保修范围。\n\n"
        "三星，饭好吃但内胆不耐用。\n\n"
        "追评：涂层又掉了一块，已经换了不锈钢内胆。\n"
    )
    assert any(found.startswith("三星，饭好吃但内胆不耐用") for found in conclusion_texts(text, Lang.ZH))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Amen.", Lang.EN),
        ("Sisters and brothers, grace and peace to you.", Lang.EN),
        ("May it please the court.", Lang.EN),
        ("Line four, Nadia.", Lang.EN),
        ("That's all the time we have for today.", Lang.EN),
        ("Published by K. Lowe on behalf of the Yes campaign, 4 High St", Lang.EN),
        ("Keynote on housing, delivered by Dr Ana Ruiz", Lang.EN),
        ("Apologies were received from the treasurer.", Lang.EN),
        ("octocat closed this 3 hours ago", Lang.EN),
        ("12 people found this helpful", Lang.EN),
        ("以上，欢迎拍砖。", Lang.ZH),
        ("我插一句。", Lang.ZH),
        ("买了一个月再来评价。", Lang.ZH),
        ("患者签名：王某", Lang.ZH),
    ],
)
def test_formalities_are_procedural(line: str, lang: Lang) -> None:
    assert is_procedural(line, lang)


def test_a_hortative_that_argues_is_no_formality() -> None:
    assert not is_procedural("Let us open the hall on Sunday nights.", Lang.EN)
    text = "Line three, Derek.\n\nDEREK: The new charge will push garden waste into the black bins.\n"
    claims = [c.text for c in ingest_text(text, source="t.txt", lang=Lang.EN).of_type(Claim)]
    assert not any("Line three" in c for c in claims)
