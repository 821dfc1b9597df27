"""Where a record states what its deciding body or its decider settled: a part whose heading names
the body's outcome ("会议共识", "主持人小结", "Board resolution (2 May)", "My final decision"), a
minutes' "Resolved: that X", and a deciding body's "Council action: X".

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.ingest.layout import analyse_layout
from argkg.schema import Lang, SectionKind


def _kinds(text: str, lang: Lang) -> dict[str, SectionKind]:
    return {s.title: s.kind for s in analyse_layout(text, lang)[1] if s.title}


def test_a_heading_that_closes_with_the_bodys_outcome_heads_a_conclusion() -> None:
    text = (
        "1. Background\nThe hall roof leaks.\n\n"
        "2. Reasons for the decision\nThe quotes came in under budget.\n\n"
        "3. Board resolution (2 May 2026)\nThe roof will be replaced in June.\n"
    )
    kinds = _kinds(text, Lang.EN)
    assert kinds["Board resolution (2 May 2026)"] is SectionKind.CONCLUSION
    # the reasons for a decision are no ruling of their own
    assert kinds["Reasons for the decision"] is SectionKind.OTHER
    zh = (
        "一、基本情况\n食堂排队太久。\n\n二、反对意见\n加窗口要花钱。\n\n三、会议共识\n下学期增开两个窗口。\n"
    )
    kinds = _kinds(zh, Lang.ZH)
    assert kinds["会议共识"] is SectionKind.CONCLUSION
    # a party's view, reported, is no outcome
    assert kinds["反对意见"] is SectionKind.OTHER


_MINUTES_ZH = (
    "枫林苑业主大会会议记录\n\n"
    "一、议题\n是否在北门加装快递柜。\n\n"
    "二、业主发言\n"
    "3栋 陈女士：我支持，快递堆在门卫室经常丢。\n"
    "7栋 吴先生：我反对，北门本来就窄，放了柜子车都进不来。\n\n"
    "三、会议共识\n"
    "快递柜装在北门内侧的空地上，电费由快递公司承担，每季度在群里公布一次使用情况。\n"
)


def test_the_part_a_record_heads_with_its_consensus_concludes() -> None:
    found = conclusion_texts(_MINUTES_ZH, Lang.ZH)
    assert any("电费由快递公司承担" in f for f in found)
    # a member's view in the exchange stays that member's, no outcome
    assert not any("我反对" in f for f in found)


def test_a_resolution_and_a_bodys_action_label_their_outcome() -> None:
    text = (
        "Minutes of the Parish Meeting, 3 March\n\n"
        "Item 4. Dog bins on the green\n\n"
        "Ms Grey said the bins overflow every weekend. Mr Pike said a second bin would only move the "
        "problem and that the real fix is more emptying.\n\n"
        "Resolved: that two more bins be bought for the green, and that the council be asked to empty "
        "them twice a week.\n\n"
        "Item 5. Any other business\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("two more bins be bought for the green" in f for f in found)
    action = (
        "Public comment on the crossing\n\n"
        "RAY LUND: Cars come round that bend far too fast. A zebra crossing would save a life.\n\n"
        "JO MARSH: A crossing on a blind bend is worse than none. Put it by the shop instead.\n\n"
        "Council action (after debate): Motion to build the crossing by the shop, with a speed sign "
        "on the bend.\n"
    )
    assert any("Motion to build the crossing by the shop" in f for f in conclusion_texts(action, Lang.EN))
