"""Stance markers and the affirmative form of debated questions."""

import pytest

from argkg.ingest import stance
from argkg.ingest.questions import affirmative
from argkg.ingest.stance import match_marker
from argkg.schema import Lang, Stance


@pytest.mark.parametrize(
    ("sentence", "lang", "stance", "has_text"),
    [
        ("消极观点:数据会用完。", Lang.ZH, Stance.CON, True),
        ("积极观点:", Lang.ZH, Stance.PRO, False),
        ("正方:应该禁止。", Lang.ZH, Stance.PRO, True),
        ("反方", Lang.ZH, Stance.CON, False),
        ("反对者则认为,成本太高。", Lang.ZH, Stance.CON, True),
        ("• 支持者: 有好处。", Lang.ZH, Stance.PRO, True),
        ("✅扫地机的好:", Lang.ZH, Stance.PRO, False),
        ("❌扫地机的槽点:", Lang.ZH, Stance.CON, False),
        ("Proponents argue that it works.", Lang.EN, Stance.PRO, True),
        ("Critics, however, reply that it fails.", Lang.EN, Stance.CON, True),
        ("**Skeptic:** no way.", Lang.EN, Stance.CON, True),
        ("On the other hand, costs rise.", Lang.EN, Stance.CON, True),
        ("Believer:", Lang.EN, Stance.PRO, False),
        ("**好处:** 方便出行。", Lang.ZH, Stance.PRO, True),
        ("弊端:占用人行道。", Lang.ZH, Stance.CON, True),
        ("正方一辩:我方认为兼职有益。", Lang.ZH, Stance.PRO, True),
        ("Drawbacks: teams lose trust.", Lang.EN, Stance.CON, True),
        ("Major concerns", Lang.EN, Stance.CON, False),
        ("Concerns: the sample is small.", Lang.EN, Stance.CON, True),
        ("Supporters of the ban argue that it works.", Lang.EN, Stance.PRO, True),
        ("FOR THE MOTION - Yes, close the road", Lang.EN, Stance.PRO, True),
        ("Dr Lena Marsh — No", Lang.EN, Stance.CON, False),
    ],
)
def test_markers(sentence: str, lang: Lang, stance: Stance, has_text: bool) -> None:
    found = match_marker(sentence, lang)
    assert found is not None
    assert (found.stance, found.has_text) == (stance, has_text)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("对持消极观点的人来说,这不重要。", Lang.ZH),
        ("正方形的面积是边长的平方。", Lang.ZH),
        ("我的好朋友说,这台机器不错。", Lang.ZH),
        ("For example, prices rose.", Lang.EN),
        ("Professional critics were absent.", Lang.EN),
        ("Pro-market voices agree.", Lang.EN),
        ("No, the figures say otherwise.", Lang.EN),
        ("Lena - Nobody asked the tenants.", Lang.EN),
        ("12 - No parking after six.", Lang.EN),
    ],
)
def test_non_markers(sentence: str, lang: Lang) -> None:
    assert match_marker(sentence, lang) is None


def test_marker_span_is_the_label_and_colon() -> None:
    found = match_marker("消极观点:数据会用完。", Lang.ZH)
    assert found is not None and (found.start, found.end) == (0, 5)


def test_an_empty_word_list_matches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    data = stance.load_data("stance", stance._StanceData, "en")
    emptied = data.model_copy(
        update={
            "openers": data.openers.model_copy(update={"pro": []}),
            "phrases": data.phrases.model_copy(update={"adverbs": []}),
        }
    )
    monkeypatch.setattr(stance, "load_data", lambda *args: emptied)
    stance._patterns.cache_clear()
    try:
        assert match_marker("Costs rise.", Lang.EN) is None
        found = match_marker("Critics reply that costs rise.", Lang.EN)
        assert found is not None and found.stance is Stance.CON
    finally:
        stance._patterns.cache_clear()


@pytest.mark.parametrize(
    ("question", "lang", "proposition"),
    [
        ("城市会被汽车淹没吗?", Lang.ZH, "城市会被汽车淹没"),
        ("模型能否学会推理?", Lang.ZH, "模型能学会推理"),
        ("进化是否提供了依据?", Lang.ZH, "进化提供了依据"),
        ("房价会不会下跌?", Lang.ZH, "房价会下跌"),
        ("有没有必要禁止?", Lang.ZH, "有必要禁止"),
        ("Will X happen?", Lang.EN, "X will happen"),
        ("Is X Y?", Lang.EN, "X is Y"),
        ("Will the existing data run out?", Lang.EN, "the existing data will run out"),
        ("Should cities ban private cars?", Lang.EN, "cities should ban private cars"),
        ("Is congestion pricing fair?", Lang.EN, "congestion pricing is fair"),
        ("Is the data running out?", Lang.EN, "the data is running out"),
        ("Is compute the bottleneck?", Lang.EN, "compute is the bottleneck"),
        ("Why does it work?", Lang.EN, "Why does it work"),
        ("Does congestion pricing reduce traffic?", Lang.EN, "congestion pricing reduces traffic"),
        ("Does the data really support it?", Lang.EN, "the data really supports it"),
        ("Does AI apply to law?", Lang.EN, "AI applies to law"),
        ("Does the tax fix inequality?", Lang.EN, "the tax fixes inequality"),
        ("Does scaling go on?", Lang.EN, "scaling goes on"),
        ("Does the fee not matter?", Lang.EN, "the fee does not matter"),
        ("Do large models understand language?", Lang.EN, "large models understand language"),
        ("Did the ban stop smoking?", Lang.EN, "the ban stopped smoking"),
        ("Did the policy reduce crime?", Lang.EN, "the policy reduced crime"),
        ("Did prices rise?", Lang.EN, "prices rose"),
        ("Will the ban work?", Lang.EN, "the ban will work"),
    ],
)
def test_affirmative(question: str, lang: Lang, proposition: str) -> None:
    assert affirmative(question, lang) == proposition
