"""A side from how the author bears on the proposal, not from where a statement sits.

Two cues an analyst reads in any reply or consultation: a refusal the author declares in their
own words ("但我不赞成…", "But I oppose…") is their side, and the reasons they list for it in the
paragraphs after it ("首先，…", "First, …", "第二，…") argue it too, while the point they granted
before it keeps the side it argued; and the speaker who opens a consultation by putting the
proposal as their recommendation ("我们的建议是…", "Our recommendation is to…") is its proposer,
on its side in every later turn. Two English cues besides: a harm that "has halved" is a
benefit, as one that fell is, and "Counterpoint from X:" gives the other side than the one before.
"""

from argkg.ingest.pipeline import build_nlp
from argkg.ingest.sides import Statement, assign_sides, declared, evaluation
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def test_a_refusal_after_a_contrast_is_declared() -> None:
    assert declared("但我不赞成全员改用人脸打卡。", Lang.ZH) is CON
    assert declared("可是，我们不同意马上推行。", Lang.ZH) is CON
    assert declared("But I oppose charging for every space.", Lang.EN) is CON
    assert declared("但这个问题确实存在。", Lang.ZH) is None


def _sides(texts: list[tuple[int, str]], lang: Lang) -> list[Stance]:
    statements = [Statement(text=t, paragraph=p, opponent=False, heading=None) for p, t in texts]
    return assign_sides(statements, lang, author=PRO, reporting=False)


def test_the_reasons_after_the_author_s_refusal_argue_it_in_later_paragraphs() -> None:
    texts = [
        (0, "现在纸质签到确实有代签的情况，这一点我承认。"),
        (1, "但我不赞成全员改用人脸打卡。"),
        (2, "首先，外勤同事每天赶回来打卡不现实。"),
        (3, "另外，设备要十二万元。"),
    ]
    assert _sides(texts, Lang.ZH) == [PRO, CON, CON, CON]
    english = [
        (0, "I accept that the car park is full by nine."),
        (1, "But I oppose charging for every space."),
        (2, "First, the shops depend on quick visits."),
        (3, "Second, older residents cannot walk from the station."),
    ]
    assert _sides(english, Lang.EN) == [PRO, CON, CON, CON]


def _turn_sides(text: str, lang: Lang) -> list[Stance | None]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return turn_sides(text, turns, said, lang)


def test_the_speaker_who_opens_with_their_recommendation_proposes_it() -> None:
    text = (
        "张医生：孩子是急性阑尾炎，白细胞也偏高。我们的建议是今天就做阑尾切除手术。\n"
        "家长：孩子才六岁，能不能先打消炎针看看？\n"
        "张医生：腹腔镜的伤口只有几毫米，术后两三天就能出院。\n"
        "家长：我还是担心全麻对孩子不好。\n"
        "张医生：麻醉科会先评估，这么大的孩子全麻的风险很低。\n"
    )
    sides = _turn_sides(text, Lang.ZH)
    assert sides[0] is PRO and sides[2] is PRO
    english = (
        "Dr Patel: The scan shows a full tear of the ligament. Our recommendation is to reconstruct it.\n"
        "Mark: Can't I just do physio and see how it goes?\n"
        "Dr Patel: Most people are back at a desk job within two weeks.\n"
        "Mark: What about the time off work?\n"
        "Dr Patel: The knee is stable for good once it has healed.\n"
    )
    sides = _turn_sides(english, Lang.EN)
    assert sides[0] is PRO and sides[2] is PRO


def test_a_harm_halved_is_a_benefit_and_a_counterpoint_takes_the_other_side() -> None:
    assert evaluation("The delays have halved since the change.", Lang.EN) > 0
    texts = [
        (0, "I think the trial worked."),
        (1, "Counterpoint from a reader: ten minutes off the pitch is an eternity at this level."),
    ]
    assert _sides(texts, Lang.EN) == [PRO, CON]
