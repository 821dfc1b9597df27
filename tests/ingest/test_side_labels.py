"""Sides from cues that any argumentative layout carries: myth and fact labels, ballot lines,
rebuttal headings, the author's answer inside a sentence, a paragraph that adds to the one before,
debate benches and paragraph openers naming a side (`argkg.ingest.sides`)."""

from argkg.ingest import ingest_text
from argkg.ingest.claims import _with_mains
from argkg.ingest.dialectic import SentenceRole
from argkg.ingest.layout import analyse_layout
from argkg.ingest.parts import Parts
from argkg.ingest.positions import find_positions
from argkg.ingest.sentences import split_sentences
from argkg.ingest.sides import Statement, assign_sides, declared, evaluation, heading_side, negated, voices
from argkg.ingest.spans import ClaimSpan, Position
from argkg.schema import Claim, Lang, Role, Stance

PRO, CON = Stance.PRO, Stance.CON


def _sides(texts: list[str], lang: Lang, *, paragraphs: tuple[int, ...] = ()) -> list[Stance]:
    statements = [
        Statement(text=t, paragraph=paragraphs[i] if paragraphs else 0, opponent=False, heading=None)
        for i, t in enumerate(texts)
    ]
    return assign_sides(statements, lang, author=PRO, reporting=False)


def _stance_of(claims: list[Claim], quote: str) -> Stance:
    return next(c.stance for c in claims if quote in c.text)


def test_myth_labels_take_the_other_side_and_fact_labels_the_authors() -> None:
    texts = [
        "Misconception: Night buses only carry people home from bars.",
        "Reality: Most riders are shift workers going to and from their jobs.",
        "Myth 2: The service loses money on every trip.",
        "Fact: It is true that the late routes cost more per rider than the day routes.",
        "Fact: The fares cover two thirds of the running cost.",
    ]
    assert _sides(texts, Lang.EN, paragraphs=(0, 0, 1, 1, 2)) == [CON, PRO, CON, CON, PRO]
    zh = [
        "误区一：夜班公交只是给喝酒的人用的。",
        "真相：大多数乘客是上下班的倒班工人。",
        "谣言：夜班车每趟都亏钱。",
        "事实：票款能覆盖三分之二的运营成本。",
    ]
    assert _sides(zh, Lang.ZH, paragraphs=(0, 0, 1, 1)) == [CON, PRO, CON, PRO]


def test_a_flyer_s_what_they_tell_you_label_is_the_other_side_s_claim() -> None:
    texts = [
        'WHAT THEY TELL YOU: "The pool is never busy.',
        'It only serves a few swimmers."',
        "THE FACTS: The pool sold 90,000 tickets last year.",
    ]
    assert _sides(texts, Lang.EN, paragraphs=(0, 0, 1)) == [CON, CON, PRO]


def test_ballot_lines_declare_a_side() -> None:
    assert declared("Vote YES on Proposition 9.", Lang.EN) is PRO
    assert declared("Vote no on the levy!", Lang.EN) is CON
    assert declared("'''Support''' per the reasons above.", Lang.EN) is PRO
    assert declared("'''Strong oppose'''.", Lang.EN) is CON
    assert declared("Support for the levy has grown since spring.", Lang.EN) is None
    assert declared("我投了反对票。", Lang.ZH) is CON
    assert declared("请大家投出赞成票。", Lang.ZH) is PRO
    assert declared("委员会认为目前还不宜批准这个方案。", Lang.ZH) is CON


def test_rebuttal_headings_name_the_side_they_defend() -> None:
    assert heading_side("ARGUMENT IN FAVOR OF PROPOSITION 9", Lang.EN) is PRO
    assert heading_side("Argument against the levy", Lang.EN) is CON
    assert heading_side("Rebuttal to the argument in favor of the levy", Lang.EN) is CON
    assert heading_side("Response to the case against", Lang.EN) is PRO
    assert heading_side("对正方观点的反驳", Lang.ZH) is CON
    assert heading_side("二、反驳反方", Lang.ZH) is PRO
    assert heading_side("Rebuttal", Lang.EN) is None


def test_the_authors_answer_inside_a_sentence_spreads_to_its_reasons() -> None:
    texts = [
        "As for buying the flat now, I would say no, not at this price.",
        "Rents in the area have been flat for three years.",
        "A mortgage would take half of your pay.",
    ]
    assert _sides(texts, Lang.EN) == [CON, CON, CON]


def test_a_paragraph_that_adds_to_the_one_before_keeps_its_side() -> None:
    texts = [
        "I say no to the new stadium.",
        "The land was promised for housing.",
        "And the club has not said who would pay for the roads.",
        "The city will pay for the roads, the mayor said.",
    ]
    found = _sides(texts, Lang.EN, paragraphs=(0, 0, 1, 2))
    assert found[:3] == [CON, CON, CON]
    zh = ["我反对在河边建停车场。", "那里是候鸟过冬的地方。", "第二，停车场会让周边更堵。"]
    assert _sides(zh, Lang.ZH, paragraphs=(0, 0, 1)) == [CON, CON, CON]


def test_debate_benches_and_openers_name_a_side() -> None:
    assert [s for _, s in voices("The Opposition argued that the levy would close shops.", Lang.EN)] == [CON]
    assert [s for _, s in voices("Then the Government's second speaker rebuilt the case.", Lang.EN)] == [PRO]
    assert [s for _, s in voices("Those in favour point to the cleaner air.", Lang.EN)] == [PRO]
    assert [s for _, s in voices("People who oppose it mostly drive to work.", Lang.EN)] == [CON]
    assert voices("The proposition is simple.", Lang.EN) == []
    assert [s for _, s in voices("反方二辩指出，收费只会把车赶到小路上。", Lang.ZH)] == [CON]
    assert [s for _, s in voices("赞成的一方大多是住在市中心的人。", Lang.ZH)] == [PRO]


def test_a_voter_guide_whose_sub_headings_are_short_lines() -> None:
    text = (
        "COUNTY BALLOT PAMPHLET\n\n"
        "PROPOSITION 9\n"
        "Shall the county raise the sales tax by half a cent to fund the library branches?\n\n"
        "ARGUMENT IN FAVOR OF PROPOSITION 9\n"
        "Four branches now close on weekends. Children have nowhere quiet to study after school, and they "
        "should not have to wait for Monday. Vote YES on 9.\n\n"
        "REBUTTAL TO ARGUMENT IN FAVOR OF PROPOSITION 9\n"
        "Everyone likes libraries. But the branches could open on weekends with the money the county "
        "already has.\n\n"
        "ARGUMENT AGAINST PROPOSITION 9\n"
        "A sales tax falls hardest on families with the least, because they spend all they earn. "
        "Vote NO on 9.\n"
    )
    claims = ingest_text(text, source="pamphlet.txt", lang="en").of_type(Claim)
    assert _stance_of(claims, "Children have nowhere quiet to study") is PRO
    assert _stance_of(claims, "with the money the county already has") is CON
    assert _stance_of(claims, "falls hardest on families") is CON
    assert _stance_of(claims, "Vote NO on 9") is CON


def test_a_myths_and_facts_leaflet_in_chinese() -> None:
    text = (
        "关于垃圾分类的几个误区\n\n"
        "社区推行垃圾分类已经一年，我们整理了居民最常问的问题。\n\n"
        "误区：分类以后垃圾车还是混在一起运走。\n"
        "真相：不同类别的垃圾由不同的车辆运往不同的处理厂，收运记录每天公示。\n\n"
        "误区：分类太麻烦，没有什么用。\n"
        "真相：去年本社区其他垃圾减少了三成，厨余垃圾做成的肥料供给了周边农场。\n\n"
        "我们认为，坚持垃圾分类对社区和环境都有好处。\n"
    )
    claims = ingest_text(text, source="leaflet.txt", lang="zh").of_type(Claim)
    assert _stance_of(claims, "还是混在一起运走") is CON
    assert _stance_of(claims, "收运记录每天公示") is PRO
    assert _stance_of(claims, "分类太麻烦") is CON
    assert _stance_of(claims, "其他垃圾减少了三成") is PRO


def test_a_labelled_turn_that_answers_the_one_before_takes_the_other_side() -> None:
    texts = [
        "小王：我觉得周末应该补课。",
        "平时的课时根本不够用。",
        "小李：可是大家也需要休息啊。",
        "连着上七天课，效率反而更低。",
        "小张：我同意小李。",
        "周末可以留给运动和阅读。",
        "小赵：周末补课能让成绩差的同学赶上来。",
    ]
    found = _sides(texts, Lang.ZH, paragraphs=(0, 0, 1, 1, 2, 2, 3))
    assert found == [PRO, PRO, CON, CON, CON, CON, PRO]
    english = [
        "Ana: The library should stay open until midnight.",
        "Students have nowhere else to work late.",
        "Ben: But the night staff would cost a fortune.",
        "Cleo: I agree with Ben.",
        "The money is better spent on books.",
    ]
    assert _sides(english, Lang.EN, paragraphs=(0, 0, 1, 2, 2)) == [PRO, PRO, CON, CON, CON]


def test_titled_sections_of_a_text_that_debates_no_question_get_a_position() -> None:
    text = (
        "# Panel review of the harbour ferry study\n\n"
        "## Scope\n\n"
        "The study covers a ferry line of 6 kilometres with four piers.\n\n"
        "## Findings\n\n"
        "The case for a faster crossing is well made. Commuters lose forty minutes a day on the bridge road.\n\n"
        "## Ridership\n\n"
        "The ridership forecast is optimistic, a real risk for the budget.\n"
    )
    blocks, sections = analyse_layout(text, Lang.EN)
    parts = Parts(
        text, Lang.EN, blocks=blocks, sections=sections, sentences=split_sentences(text, blocks, Lang.EN)
    )
    positions = find_positions(parts)  # no issues: the text debates no question
    covered = [text[p.start : p.end] for p in positions]
    assert any("Commuters lose forty minutes" in c for c in covered)
    assert any("a real risk for the budget" in c for c in covered)
    assert not any("covers a ferry line" in c for c in covered)  # a section that argues nothing


def test_the_parties_to_a_dispute_voice_their_sides() -> None:
    assert [s for _, s in voices("原告李某诉称：物业公司未尽到看管义务。", Lang.ZH)] == [PRO]
    assert [s for _, s in voices("被告某物业公司辩称：车辆停放在公共区域。", Lang.ZH)] == [CON]
    assert voices("原告主张的损失缺少票据。", Lang.ZH) == []  # the party named, no statement of theirs
    assert [s for _, s in voices("The claimant submits that the notice was never served.", Lang.EN)] == [PRO]
    assert [s for _, s in voices("The respondent denies that any notice was due.", Lang.EN)] == [CON]


def test_a_word_that_makes_a_harm_or_a_benefit_smaller_turns_it() -> None:
    assert evaluation("The scheme has low running costs.", Lang.EN) > 0
    assert evaluation("Wider lanes reduce the risk of crashes.", Lang.EN) > 0
    assert evaluation("The new filter is less effective.", Lang.EN) < 0
    assert evaluation("It is a risk-free return.", Lang.EN) > 0
    assert evaluation("Children are allowed to save their tokens.", Lang.EN) > 0  # "allowed" is no "low"


def test_a_word_that_keeps_a_harm_down_turns_it_in_chinese() -> None:
    assert evaluation("集中采购能让成本稳住。", Lang.ZH) > 0
    assert evaluation("提前检修可以避免浪费。", Lang.ZH) > 0
    assert evaluation("这会增加成本。", Lang.ZH) < 0


def test_a_diminisher_turns_an_evaluation_but_negates_no_statement() -> None:
    assert not negated("I believe rested people make fewer mistakes.", Lang.EN)
    assert negated("I do not believe it works.", Lang.EN)
    assert not negated("这样可以减少浪费。", Lang.ZH)


def test_an_argued_faq_whose_questions_raise_no_issue() -> None:
    text = (
        "共享单车停放新规常见问题\n\n"
        "1. 为什么要划定停放区？\n"
        "单车乱停挡住了盲道和消防通道，给行人带来了不便。划定停放区以后，盲道被占的投诉明显减少。\n\n"
        "2. 停放区在哪里？\n"
        "停放区设在主要路口和地铁站出口，地面有白色标线。\n\n"
        "3. 找不到停放区怎么办？\n"
        "有人担心停放区太少，找不到地方停车。确实，个别路口在高峰时段会停满。"
        "为此，我区每天早晚安排人员调度车辆。试点三个月以来，停放区的平均使用率不到七成。\n"
    )
    claims = ingest_text(text, source="faq.txt", lang="zh").of_type(Claim)
    assert _stance_of(claims, "有人担心停放区太少") is CON
    assert _stance_of(claims, "个别路口在高峰时段会停满") is CON
    assert _stance_of(claims, "安排人员调度车辆") is PRO
    assert _stance_of(claims, "使用率不到七成") is PRO


def test_a_numbered_point_that_evaluates_states_its_paragraphs_side() -> None:
    texts = [
        "（一）方案的必要性论证比较充分。",
        "老城区停车位缺口很大。",
        "（二）资金来源存在较大风险。",
        "每年需要财政补贴两千万元。",
        "（三）配套措施欠缺。",
        "没有说明施工期间的交通疏导。",
    ]
    assert _sides(texts, Lang.ZH, paragraphs=(0, 0, 1, 1, 2, 2)) == [PRO, PRO, CON, CON, CON, CON]
    english = [
        "(1) The plan should go ahead.",
        "(2) The funding is a real risk.",
        "Nobody has said who pays.",
    ]
    assert _sides(english, Lang.EN, paragraphs=(0, 1, 1)) == [PRO, CON, CON]
    # a point that keeps a harm down argues for ("二、降低风险")
    assert evaluation("二、降低风险。", Lang.ZH) >= 0


def test_the_main_claim_of_an_unmarked_position_is_of_its_side() -> None:
    text = "The fee should go. It hurts renters. The landlords' lawyer contends the fee is fair."
    spans = [(0, 18), (19, 36), (37, len(text))]
    stances = [PRO, PRO, CON]
    claims = [
        ClaimSpan(start=a, end=b, section=0, stance=s, role=Role.PREMISE, position=0)
        for (a, b), s in zip(spans, stances, strict=True)
    ]
    position = Position(start=0, end=len(text), section=0, stance=PRO, ordinal=0, marked=False)
    # the other side's voice has the most central sentence (it reads like a conclusion)
    roles = [
        SentenceRole(start=a, end=b, opponent=False, central=c)
        for (a, b), c in zip(spans, (0.6, 0.2, 0.9), strict=True)
    ]
    marked = _with_mains(text, claims, [position], [], roles, Lang.EN)
    assert [c.role for c in marked] == [Role.MAIN, Role.PREMISE, Role.PREMISE]


def test_a_region_after_the_thesis_argues_from_its_first_statement() -> None:
    texts = ["Night buses run half empty.", "Most riders are shift workers."]
    statements = [Statement(text=t, paragraph=0, opponent=False, heading=None) for t in texts]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, argued=True) == [PRO, PRO]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False)[0] is Stance.NEUTRAL  # a lead
    text = (
        "# Night buses: what the evidence says\n\n"
        "## Summary\n\n"
        "Should the council keep the night buses? We find that they serve shift workers "
        "and we recommend that the council keep them.\n\n"
        "## Key findings\n\n"
        "1. Most riders travel to work. In the surveys we ran, two thirds of riders were on their way to a shift.\n"
        "2. Fares cover much of the cost. Tickets paid for 60% of the running cost last year.\n"
    )
    claims = ingest_text(text, source="brief.md", lang="en").of_type(Claim)
    assert _stance_of(claims, "Most riders travel to work") is PRO
