"""Conclusions: section, cues, credence, alternatives, and the statements that are none."""

import pytest
from spacy.language import Language

from argkg.ingest import ingest_text, memo
from argkg.ingest.conclusions import _decides, _unquoted_in, credence_of
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.spans import Span
from argkg.schema import Claim, Conclusion, Lang, RelType


@pytest.fixture(scope="module")
def zh() -> Language:
    return build_nlp(Lang.ZH)


@pytest.fixture(scope="module")
def en() -> Language:
    return build_nlp(Lang.EN)


@pytest.mark.parametrize(
    ("statement", "lang", "credence"),
    [
        ("这个可能性是 70%。", Lang.ZH, 0.7),
        ("有 30% 左右的概率会失败。", Lang.ZH, 0.3),
        ("成功的概率为 0.25。", Lang.ZH, 0.25),
        ("I put it at a 70% chance.", Lang.EN, 0.7),
        ("It is 30 percent likely.", Lang.EN, 0.3),
        ("The probability of success is about 40%.", Lang.EN, 0.4),
        ("Prices rose 70% last year.", Lang.EN, None),
        # the rules are screened by their words read case-insensitively, as the rules read them
        ("A 70 PERCENT CHANCE, I would say.", Lang.EN, 0.7),
        ("Seventy percent, I would say.", Lang.EN, None),
        ("可能性是 170%。", Lang.ZH, None),
    ],
)
def test_credence(statement: str, lang: Lang, credence: float | None) -> None:
    assert credence_of(statement, lang) == credence


def conclusions(nlp: Language, text: str) -> list[tuple[str, float | None, bool]]:
    doc = nlp(text)
    return [(doc.text[c.start : c.end], c.credence, c.final) for c in doc._.argkg_conclusions]


def test_alternatives_in_one_sentence_are_split(zh: Language) -> None:
    text = "结论\n总的来说,会有两种情况:第一种:房价上涨,可能性是 60%,第二种:房价下跌,可能性是 40%。"
    assert conclusions(zh, text) == [
        ("第一种:房价上涨,可能性是 60%", 0.6, True),
        ("第二种:房价下跌,可能性是 40%。", 0.4, True),
    ]


def test_every_statement_of_a_conclusion_section(en: Language) -> None:
    text = "Intro sentence here.\n\n## Conclusion\n\nPrices will rise. Wages will follow."
    assert conclusions(en, text) == [("Prices will rise.", None, True), ("Wages will follow.", None, True)]


def test_cues_outside_the_conclusion_section(en: Language) -> None:
    text = "Cities grow fast. Overall, growth is good. I estimate a 20% chance of a slowdown.\n"
    assert conclusions(en, text) == [
        ("Overall, growth is good.", None, True),  # an opener makes a final judgement, heading or not
        ("I estimate a 20% chance of a slowdown.", 0.2, True),
    ]


def test_cue_inside_a_quotation_does_not_count(zh: Language) -> None:
    assert conclusions(zh, "他说:“我认为这不会成为障碍。”这只是他的看法。") == []


def test_marker_sentence_stays_a_claim(zh: Language) -> None:
    text = "讨论 1: 房价会上涨吗?\n正方:我认为房价会上涨。\n反方:房价不会涨。"
    assert conclusions(zh, text) == []


def test_en_enumeration_drops_the_lead_in(en: Language) -> None:
    text = (
        "In conclusion, I see two outcomes: "
        "first, prices rise, a 65% chance; second, they fall, a 35% chance."
    )
    assert conclusions(en, text) == [
        ("first, prices rise, a 65% chance", 0.65, True),
        ("second, they fall, a 35% chance.", 0.35, True),
    ]


def test_a_bare_cue_lead_in_is_dropped(en: Language) -> None:
    assert conclusions(en, "In conclusion, first, A wins, a 20% chance; second, B wins.") == [
        ("first, A wins, a 20% chance", 0.2, True),
        ("second, B wins.", None, True),
    ]


def test_a_sides_concluding_judgement_ends_its_position(zh: Language) -> None:
    text = (
        "讨论 1: 数据会用光吗?\n"
        "正方:数据不会用光。\n"
        "他说:“数据来源很多,我个人认为这不会成为阻碍。”\n"
        "反方:数据很快会用光。\n"
        "我们还没有证据表明合成数据有效。模型还需要更多数据。\n"
        "即使有十倍的数据也不够。"
    )
    found = [(words, final) for words, _, final in conclusions(zh, text)]
    assert found == [
        ("他说:“数据来源很多,我个人认为这不会成为阻碍。”", False),  # a side's voice, quoted
        ("即使有十倍的数据也不够。", False),
    ]  # the "no evidence" sentence does not end its paragraph


def test_en_closing_judgements(en: Language) -> None:
    text = (
        "Will congestion pricing cut traffic?\n\n"
        "Pro: Fees cut traffic in the centre. Drivers shift to buses. Therefore the fee works.\n\n"
        "Con: Traffic returns after a year. There is no evidence that the effect lasts.\n\n"
        "Still, whether the fee is fair remains unclear."
    )
    found = [words for words, _, _ in conclusions(en, text)]
    assert found == [
        "Therefore the fee works.",
        "There is no evidence that the effect lasts.",
        "Still, whether the fee is fair remains unclear.",
    ]


def claim_roles(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(doc.text[c.start : c.end], c.role.value, c.stance.value) for c in doc._.argkg_claims]


def test_zh_framing_hearsay_and_caveat_are_no_conclusions(zh: Language) -> None:
    text = (
        "结论\n下面我来谈谈自己的想法。据说这家公司去年裁了很多人。价格还会继续上涨。\n"
        "总的来说,会有两种情况:第一种:房价上涨,可能性是 60%。第二种:房价下跌,可能性是 40%。\n"
        "需要说明的是,我没有看到全部数据。不过以上估计未必正确。"
    )
    assert [c[0] for c in conclusions(zh, text)] == [
        "价格还会继续上涨。",
        "第一种:房价上涨,可能性是 60%。",
        "第二种:房价下跌,可能性是 40%。",
    ]
    assert claim_roles(zh, text) == [
        ("下面我来谈谈自己的想法。", "background", "neutral"),
        ("据说这家公司去年裁了很多人。", "background", "neutral"),
        ("需要说明的是,我没有看到全部数据。", "background", "neutral"),
        ("不过以上估计未必正确。", "note", "neutral"),
    ]
    doc = zh(text)
    (caveat,) = doc._.argkg_caveats
    assert [doc._.argkg_conclusions[i].credence for i in caveat.conclusions] == [0.6, 0.4]


def test_en_framing_and_announcement(en: Language) -> None:
    text = (
        "## Conclusion\n\nFinally, I want to share my view. It should be noted that my data is old. "
        "Here is my view: the tax will pass. Reportedly, the mayor opposes it."
    )
    assert [c[0] for c in conclusions(en, text)] == ["Here is my view: the tax will pass."]
    assert [c[1] for c in claim_roles(en, text)] == ["background"] * 3


def test_a_caveat_annotates_the_conclusions_of_the_paragraph_before_it() -> None:
    text = (
        "The tax debate\n\nI estimate a 70% chance that the tax passes. Voters like it.\n\n"
        "These estimates may be wrong, since polls often miss."
    )
    graph = ingest_text(text, source="caveat.txt", lang="en")
    (estimate,) = graph.of_type(Conclusion)
    (note,) = [c for c in graph.of_type(Claim) if c.role.value == "note"]
    assert note.text == "These estimates may be wrong, since polls often miss."
    annotated = [r.end for r in graph.relationships if r.type is RelType.ANNOTATES and r.start == note.id]
    assert annotated == [estimate.id]


def test_a_caveat_with_its_own_probability_is_a_conclusion(en: Language) -> None:
    text = "## Conclusion\n\nA wins, a 60% chance. These estimates may be wrong: a 10% chance of neither."
    assert [c[1] for c in conclusions(en, text)] == [0.6, 0.1]


def test_an_estimate_by_the_principal_speaker_is_a_conclusion(zh: Language) -> None:
    estimate = "Mary Chen 估计,房价上涨的概率是 70%。"
    other = "Tom Lee 说,有 20% 的概率会下跌。"
    assert conclusions(zh, f"{estimate}{other}\n作者:Mary Chen\n") == [(estimate, 0.7, True)]
    assert conclusions(zh, f"{estimate}{other}\n编辑:Mary Chen\n") == []
    often = f"{estimate}{other}Mary Chen 还指出,房价不会下跌。"
    assert conclusions(zh, often) == [(estimate, 0.7, True)]


def test_in_the_conclusion_section_reported_speech_is_background(en: Language) -> None:
    text = "## Conclusion\n\nJohn Smith said that the tax will fail. The tax will pass."
    assert [c[0] for c in conclusions(en, text)] == ["The tax will pass."]
    byline = "By John Smith\n\n" + text
    assert [c[0] for c in conclusions(en, byline)] == [
        "John Smith said that the tax will fail.",
        "The tax will pass.",
    ]


def test_a_speakers_summing_up_is_a_conclusion_without_the_label(zh: Language) -> None:
    text = (
        "辩题:城市应该禁止燃油摩托车\n正方一辩:我方认为应该禁止。尾气影响健康。\n反方一辩:我方认为不应该禁止。"
        "很多人靠摩托车谋生。\n反方二辩:综上所述,禁止会让很多人失去收入。\n正方二辩:谢谢主席。"
    )
    assert conclusions(zh, text) == [("综上所述,禁止会让很多人失去收入。", None, True)]


def test_a_recommendation_naming_one_option_is_not_cut(en: Language) -> None:
    text = "Traffic is slow.\n\n## Recommendation\n\nWe recommend option 1, with discounts for residents."
    assert conclusions(en, text) == [("We recommend option 1, with discounts for residents.", None, True)]


def test_a_title_opening_with_a_kind_word_is_no_conclusion_heading(en: Language) -> None:
    text = "# Closing the branch library is a mistake\n\nThe branch serves 300 children a week."
    assert conclusions(en, text) == []


def test_a_prescription_after_the_last_paragraphs_conclusion_concludes_too(zh: Language) -> None:
    text = "短视频很流行。\n\n但它削弱了专注。\n\n因此我认为,短视频弊大于利。家长应当为孩子留出阅读时间。"
    assert [c for c, _, _ in conclusions(zh, text)] == [
        "因此我认为,短视频弊大于利。",
        "家长应当为孩子留出阅读时间。",
    ]


def test_a_judgement_opening_a_paragraph_it_argues_is_no_conclusion(zh: Language) -> None:
    text = "我的看法是,年轻人应该买房。租房要常搬家。房贷是强制储蓄。\n\n总之,买房更好。"
    assert [c for c, _, _ in conclusions(zh, text)] == ["总之,买房更好。"]


@pytest.mark.parametrize(
    "closing",
    [
        "说到底,公园应该是免费的。",
        "归根到底,公园应该是免费的。",
        "看来,公园还是免费更好。",
        "我还是认为公园应该免费。",
    ],
)
def test_chinese_summing_up_openers_and_a_held_view(zh: Language, closing: str) -> None:
    text = f"公园收费可以补贴维护。\n\n但收费会把穷人挡在门外。\n\n{closing}"
    assert [c for c, _, _ in conclusions(zh, text)] == [closing]


def test_a_conclusion_goes_on_after_its_semicolon(zh: Language) -> None:
    """The clause after the semicolon is part of the same judgement: one conclusion holds both."""
    text = "考研很难。\n\n工作也难。\n\n所以我的看法是:如果你喜欢研究,就考研;如果只是逃避,那就先工作两年。"
    assert [c for c, _, _ in conclusions(zh, text)] == [
        "所以我的看法是:如果你喜欢研究,就考研;如果只是逃避,那就先工作两年。",
    ]


def test_an_editorials_closing_prescription_is_its_conclusion(en: Language) -> None:
    text = (
        "Towns are closing their public toilets.\n\nSome say the cost is too high. The cost is small.\n\n"
        "Older people stay at home without them.\n\n"
        "The council should reopen every public toilet in the town centre. That is a modest rule."
    )
    assert [c for c, _, _ in conclusions(en, text)] == [
        "The council should reopen every public toilet in the town centre."
    ]


def test_a_closing_paragraph_alone_under_a_side_heading_argues_that_side(en: Language) -> None:
    text = (
        "Towns debate public toilets.\n\n## For\n\nThey help older people.\n\n"
        "## Against\n\nCouncils must pay for cleaning every day."
    )
    assert conclusions(en, text) == []


def test_a_thesis_restated_after_a_summing_up_cue_concludes(zh: Language) -> None:
    text = (
        "关于增设公共厕所的建议\n\n一、理由\n老人出门不便。\n\n二、建议\n1. 每个街道增设一处。\n\n"
        "综上,增设公共厕所是一件花钱不多、惠及面广的实事。"
    )
    assert "综上,增设公共厕所是一件花钱不多、惠及面广的实事。" in [c for c, _, _ in conclusions(zh, text)]


def test_a_plea_to_the_reader_concludes(en: Language) -> None:
    text = "Clocks change twice a year.\n\nSleep suffers.\n\nI would urge every reader to write to their MP."
    assert [c for c, _, _ in conclusions(en, text)] == ["I would urge every reader to write to their MP."]


def test_a_short_closing_paragraph_concludes_up_to_its_prescription(en: Language) -> None:
    body = "Towns are closing their public toilets.\n\nSome say the cost is too high. The cost is small.\n\n"
    judged = body + "Clean streets are worth a small bill. The council should reopen them. Ask anyone."
    assert [c for c, _, _ in conclusions(en, judged)] == [
        "Clean streets are worth a small bill.",
        "The council should reopen them.",
    ]
    cited = body + "Thirty towns have already reopened theirs. The council should reopen them."
    assert [c for c, _, _ in conclusions(en, cited)] == ["The council should reopen them."]


@pytest.mark.parametrize(
    ("text", "lang", "concluded"),
    [
        ("Rents rose again.\n\nBut my answer remains: do not sell the flats.", Lang.EN, True),
        (
            "Rents rose again.\n\nWe will talk to members. But let me be clear: we oppose the cuts.",
            Lang.EN,
            True,
        ),
        ("Rents rose again.\n\nFor these reasons the board refuses the plan.", Lang.EN, True),
        ("Rents rose again.\n\nThanks all. Going to try it: move the small teams first.", Lang.EN, True),
        ("Rents rose again.\n\n## Resolution\n\nThe board will vote next month.", Lang.EN, True),
        ("房租又涨了。\n\n林医生:我会建议签。", Lang.ZH, True),
        ("房租又涨了。\n\n四、决议\n下月召开大会正式表决。", Lang.ZH, True),
        ("Rents rose again.\n\nThe answer is in the report.", Lang.EN, False),
    ],
)
def test_a_final_stand_concludes_without_a_summing_up_cue(text: str, lang: Lang, concluded: bool) -> None:
    nlp = build_nlp(lang)
    assert bool(nlp(text)._.argkg_conclusions) is concluded


@pytest.mark.parametrize(
    ("text", "lang", "concluded"),
    [
        # a summing-up question concludes nothing; its answer draws the conclusion
        (
            "Rents rose again. Repairs cost more each year. Tenants keep asking.\n\n"
            "In short, should the flats be sold? I'd say no: keep them and fix the roofs.",
            Lang.EN,
            ["I'd say no: keep them and fix the roofs."],
        ),
        (
            "房租又涨了。维修费年年增加。租户一直在问。\n\n总之,房子该不该卖?我看不该卖,先把屋顶修好。",
            Lang.ZH,
            ["我看不该卖,先把屋顶修好。"],
        ),
        # a recording's time stamp stands before the summing-up cue
        ("[01:10] 房租又涨了。\n\n[02:40] 总之,房子不能卖。", Lang.ZH, ["房子不能卖。"]),
    ],
)
def test_a_question_passes_its_conclusion_cue_to_its_answer(
    text: str, lang: Lang, concluded: list[str]
) -> None:
    found = [c for c, _, _ in conclusions(build_nlp(lang), text)]
    assert [c for c in found if "?" in c or "？" in c] == []
    assert all(any(want in c for c in found) for want in concluded), found


@pytest.mark.parametrize(
    ("text", "lang", "concluded", "not_concluded"),
    [
        # a preference the writer settles on, at the end of a paragraph
        (
            "The car costs me two thousand pounds a year.\n\nI drive it twice a month.\n\n"
            "I'd rather pay for the odd taxi than keep a car I hardly use.",
            Lang.EN,
            "I'd rather pay for the odd taxi",
            None,
        ),
        (
            "苏州的工资高一些。\n\n可是朋友都在杭州。\n\n比起多拿一点钱,我更想留在杭州。",
            Lang.ZH,
            "我更想留在杭州",
            None,
        ),
        # an entitlement ruled on the facts just given, not a policy stated
        (
            "Agent: Under our policy, refunds are offered within 30 days.\n"
            "Customer: It broke on day 12.\n"
            "Agent: It is within the window, so you're entitled to a refund.",
            Lang.EN,
            "so you're entitled to a refund",
            "Under our policy",
        ),
        (
            "客服:签收十五天内出现质量问题的,可以退货。\n顾客:用了十天就漏水了。\n"
            "客服:经确认属于质量问题,因此您有权申请退货退款。",
            Lang.ZH,
            "因此您有权申请退货退款",
            None,
        ),
        # a log's deciding label after its clock time
        (
            "0700 Forecast: gale 8 later.\n\n0815 Two yachts came back with torn sails.\n\n"
            "0900 Decided: we stay in harbour today.",
            Lang.EN,
            "we stay in harbour today",
            "Two yachts",
        ),
    ],
)
def test_preferences_rulings_and_decisions_conclude(
    text: str, lang: Lang, concluded: str, not_concluded: str | None
) -> None:
    found = [c for c, _, _ in conclusions(build_nlp(lang), text)]
    assert any(concluded in c for c in found), found
    assert not_concluded is None or not any(not_concluded in c for c in found), found


def test_a_conclusion_section_reaches_up_to_a_caption_titled_part(en: Language) -> None:
    """A postmortem whose part titles are plain lines: the timeline and the discussion conclude
    nothing, and the "Summary" it opens with, its titled parts after it, heads no conclusions
    (it tells in brief what they find)."""
    text = (
        "Incident review\n\nSummary\nCheckout failed because a config change reached every region.\n\n"
        "Timeline\n14:02 Change deployed.\n14:49 Rollback complete.\n\nDiscussion\n"
        "Not everyone agreed. A canary tests the thing that matters.\n\n"
        "Conclusion\nThe pipeline had no place to stop. We recommend a canary stage."
    )
    found = [c for c, _, _ in conclusions(en, text)]
    assert found == [
        "The pipeline had no place to stop.",
        "We recommend a canary stage.",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "closing"),
    [
        (
            "1/ Our city should scrap parking minimums.\n\n2/ The spaces sit empty.\n\n"
            "3/ Scrap the minimums. Let the market decide.\n\nReplies\n\n"
            "Pete: My street is full already.\n\nLinda: Where do carers park?",
            Lang.EN,
            "Let the market decide.",
        ),
        (
            "这本书打算入V。\n\n不入V我只能断更。\n\n所以让我们一起把它写完。\n\n——读者评论——\n\n"
            "【咸鱼】:说好的免费呢\n\n【青梧】:支持作者",
            Lang.ZH,
            "让我们一起把它写完",
        ),
    ],
)
def test_the_authors_closing_call_comes_before_the_readers_comments(
    text: str, lang: Lang, closing: str
) -> None:
    found = [c for c, _, _ in conclusions(build_nlp(lang), text)]
    assert any(closing in c for c in found), found


def test_the_first_sentence_a_label_announces_is_the_decision_and_tasks_are_not(en: Language) -> None:
    text = (
        "Ward team meeting, bed 4\n\n"
        "Nurse: He walks with a frame now and manages the stairs with help.\n"
        "Son: He wants to go home and we will visit every evening.\n"
        "Doctor: The risk of another fall is real, but he is much stronger than last week.\n\n"
        "Outcome\n"
        "Discharge home on Friday with two calls a day and a pendant alarm. "
        "Review by the district nurse within 5 days. If he falls again, the team will think again.\n\n"
        "Actions\n"
        "KP to book transport. DL to order a commode.\n"
    )
    found = [c for c, _, _ in conclusions(en, text)]
    assert "Discharge home on Friday with two calls a day and a pendant alarm." in found, found
    assert not any(c.startswith(("Review by", "If he falls", "KP to", "DL to")) for c in found), found


def ingested_conclusions(text: str, lang: str) -> list[str]:
    """The conclusions of a text as ingestion finds them (normalised first: full-width colons)."""
    graph = ingest_text(text, source="conclusions.txt", lang=lang)
    return [c.text for c in graph.of_type(Conclusion)]


def test_a_task_handed_to_someone_is_no_conclusion() -> None:
    text = (
        "社区议事会纪要\n\n"
        "张阿姨：楼道堆物太多，着火了跑都跑不出去。\n"
        "李师傅：东西总得有地方放，一刀切清理不合理。\n\n"
        "会议决定：\n"
        "一、本月底前清理楼道堆物，大件可暂存地下室；\n"
        "二、由王主任负责联系物业安排清运。\n"
    )
    found = ingested_conclusions(text, "zh")
    assert any("本月底前清理楼道堆物" in c for c in found), found
    assert not any("由王主任负责" in c for c in found), found


def test_a_concession_under_a_label_is_no_decision() -> None:
    text = (
        "调岗申请审批表\n\n"
        "申请人陈述：\n"
        "我在现岗位已经五年，想去市场部试一试，也上过相关的培训课。\n\n"
        "部门意见：\n"
        "申请人工作认真，业务也熟练。但市场部今年没有编制，现岗位也缺人手。建议明年再议。\n\n"
        "人事处意见：\n"
        "同意部门意见。\n"
    )
    found = ingested_conclusions(text, "zh")
    assert any("建议明年再议" in c for c in found), found
    assert not any("申请人工作认真" in c for c in found), found


@pytest.mark.parametrize(
    ("text", "lang", "settled"),
    [
        (
            "Sam: Pizza or the Thai place tonight?\n\nAlex: Thai was closed last Friday.\n\n"
            "Sam: It opens at six now, and the pizza place is fully booked.\n\n"
            "Alex: OK, let's go for Thai at seven and walk there.\n\nSam: great\n",
            Lang.EN,
            "let's go for Thai at seven",
        ),
        (
            "老张:周末去爬山还是去看展?\n\n小李:周六可能下雨,山路滑。\n\n老张:展馆周日人少,门票也便宜一半。\n\n"
            "小李:那我们就周日去看展,上午十点门口见。\n\n老张:好的!\n",
            Lang.ZH,
            "那我们就周日去看展",
        ),
    ],
)
def test_the_last_settling_turn_is_the_exchanges_outcome(text: str, lang: Lang, settled: str) -> None:
    found = ingested_conclusions(text, lang.value)
    assert any(settled in c for c in found), found


def test_an_inference_in_a_debaters_turn_settles_nothing() -> None:
    text = (
        "辩题:城市是否应该限制电动车上路\n\n"
        "正方一辩:电动车事故去年上升了两成,必须管。\n\n"
        "反方一辩:事故多是因为没有专用车道,不是因为电动车多。\n\n"
        "正方二辩:那就不能只怪车道,骑车人闯红灯的也不少。\n"
    )
    assert not any("那就不能" in c for c in ingested_conclusions(text, "zh"))


def test_a_summing_up_after_a_settling_turn_takes_its_place() -> None:
    text = (
        "读书会讨论实录\n\n"
        "小周:这本书太长,能不能只读前半本?\n\n"
        "小吴:那就只读前半本,后半本谁有兴趣自己看。\n\n"
        "主持人小结:分两次读,每次读一半,下个月读完。\n"
    )
    found = ingested_conclusions(text, "zh")
    assert any("分两次读" in c for c in found), found
    assert not any("那就只读前半本" in c for c in found), found


def test_a_floor_votes_shares_and_its_outcome_conclude() -> None:
    text = (
        "Debate minutes\n\n"
        "The proposer said night buses would cut drink-driving. The opposer said the route would run empty.\n\n"
        "Result of the floor vote: For 48%, Against 40%, Abstain 12%. The motion is carried.\n\n"
        "The next debate is on 3 May.\n"
    )
    found = ingested_conclusions(text, "en")
    assert any("For 48%, Against 40%" in c for c in found), found
    assert any("The motion is carried" in c for c in found), found


def test_a_meetings_concluding_list_stays_beside_its_speakers_views() -> None:
    text = (
        "项目组例会记录\n\n一、讨论:新版本是否推迟发布\n\n"
        "小王:我觉得应该推迟,测试只做了一半,上线后出了问题更麻烦。\n\n"
        "小陈:按时发布也行,问题可以下个版本修。\n\n小刘:客户已经在等了,推迟要先和客户说清楚。\n\n"
        "小王:客户那边我去说,晚一周他们能接受。\n\n小陈:那回归测试谁来补?\n\n"
        "小刘:测试组这周没有别的活。总之,晚一周比带着问题上线强。\n\n"
        "二、结论\n1.发布推迟一周;\n2.测试组本周补完回归测试。\n"
    )
    found = ingested_conclusions(text, "zh")
    assert any("发布推迟一周" in c for c in found), found
    assert any("测试组本周补完回归测试" in c for c in found), found


def test_a_sides_win_announced_is_the_contests_result(zh: Language) -> None:
    text = (
        "辩题：小学生是否应该使用电话手表\n\n"
        "【主持人】开场前请观众投票：正方45票，反方55票。\n\n"
        "【正方一辩】电话手表能让家长随时找到孩子，走失时可以定位。\n\n"
        "【反方一辩】电话手表上课时会分散注意力，还有人拿它玩游戏。\n\n"
        "【主持人】现在公布观众投票：正方63票，反方37票，正方赢得本场比赛。\n"
    )
    found = [c for c, _, _ in conclusions(zh, text)]
    assert len(found) == 1
    assert found[0].endswith("正方63票，反方37票，正方赢得本场比赛。")


def test_a_decision_and_its_numbered_measures_are_one_conclusion(zh: Language) -> None:
    """The items a decision lists spell it out: one conclusion holds the decision and every item."""
    text = "食堂排队太长。\n\n窗口也太少。\n\n综上，学校决定：一是午餐时间延长半小时；二是增设两个窗口。"
    assert [c for c, _, _ in conclusions(zh, text)] == [
        "综上，学校决定：一是午餐时间延长半小时；二是增设两个窗口。"
    ]


def test_conditions_after_a_colon_stay_in_their_ruling(en: Language) -> None:
    """Lettered terms with no probability are the parts of one ruling, not alternatives."""
    text = "The shed is too tall.\n\nDecision\nApproved with conditions: (a) the roof is lowered; (b) the wall is painted."
    assert [c for c, _, _ in conclusions(en, text)] == [
        "Approved with conditions: (a) the roof is lowered; (b) the wall is painted."
    ]


def test_a_decision_is_read_outside_quotation_marks_and_kept_per_text() -> None:
    """`_decides` reads the outcome words outside quotation marks only; its answer for a sentence
    is kept for the text (`_unquoted_in`) and dropped when the next text begins."""
    text = 'The club wrote "we have decided to close". After the vote we have decided to stay open.'
    quoted, own = Span(start=0, end=42), Span(start=43, end=len(text))
    memo.forget()
    assert not _decides(text, quoted, Lang.EN)
    assert _decides(text, own, Lang.EN)
    misses = _unquoted_in.cache_info().misses
    assert _decides(text, own, Lang.EN) and _decides(text, quoted, Lang.EN) is False
    assert _unquoted_in.cache_info().misses == misses  # asked again: kept
    memo.forget()
    assert _unquoted_in.cache_info().currsize == 0
