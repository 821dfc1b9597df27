"""A deciding body's finding or ruling in its own voice is its decision (stop 46): "We therefore
find that X", "The panel was not persuaded that X", "That ground fails", "拟不作X处理" state the
verdict of a ruling, the main claim of the side it takes, not one of its reasons. A reply that
restates the ask it answers to its askers ("你们请求将X迁走") states the askers' stand. The texts
here are written for these tests."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.claims import _decides
from argkg.ingest.proposition import match_proposition
from argkg.schema import Claim, Lang
from argkg.schema.vocabulary import Role


@pytest.mark.parametrize(
    ("words", "lang", "decides"),
    [
        ("We therefore find that the fence breached the covenant.", Lang.EN, True),
        ("I hold that the notice was served in time.", Lang.EN, True),
        ("The tribunal was not persuaded that the delay was the landlord's fault.", Lang.EN, True),
        ("That ground fails.", Lang.EN, True),
        ("The second objection is dismissed.", Lang.EN, True),
        ("对于群众提出的退款要求，经研究，拟不予支持。", Lang.ZH, True),
        ("经研究，拟不作处罚处理。", Lang.ZH, True),
        # a finding reported of someone else, a reason, a ground that is only named: no decision
        ("The surveyor found that the wall was sound.", Lang.EN, False),
        ("The first ground is that the notice came late.", Lang.EN, False),
        ("He was not persuaded by the map.", Lang.EN, False),
        ("局里拟对该路段进行改造。", Lang.ZH, False),
    ],
)
def test_a_deciding_bodys_finding_in_its_own_voice_decides(words: str, lang: Lang, decides: bool) -> None:
    assert _decides(words, lang) is decides


def test_a_panels_verdict_is_its_main_claim_not_the_applicants_ask() -> None:
    text = (
        "Review panel report: proposal to replace the village hall boiler\n\n"
        "The applicants ask for funding to replace the hall's oil boiler with a heat pump.\n\n"
        "Reviewers agreed that the hall needs a new heating system and that the current boiler is unreliable.\n\n"
        "The panel was not persuaded that a heat pump would keep the main hall warm during winter events.\n\n"
        "The quoted running costs assume a level of insulation the hall does not yet have.\n\n"
        "The panel would welcome a revised application that includes an insulation survey.\n"
    )
    claims = ingest_text(text, source="panel.txt", lang=Lang.EN).of_type(Claim)
    mains = [c.text for c in claims if c.role is Role.MAIN]
    assert any(m.startswith("The panel was not persuaded") for m in mains)
    assert not any(m.startswith("The applicants ask") for m in mains)


@pytest.mark.parametrize(
    ("words", "ask"),
    [
        ("你们请求将小区门口的快递柜移到地下车库，理由是占用消防通道。", True),
        ("您在来信中要求把周末的开馆时间延长到晚上九点。", True),
        # what the reply says the writers reported is no ask of theirs
        ("你们反映的噪声问题属实。", False),
    ],
)
def test_a_reply_that_restates_the_ask_it_answers_states_the_askers_stand(words: str, ask: bool) -> None:
    found = match_proposition(words, Lang.ZH, heading=False)
    assert (found is not None and found.kind == "ask") is ask
