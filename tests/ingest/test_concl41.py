"""A party's recourse against a ruling (its right to appeal or to ask for a review), said after the
ruling, is what may follow the ruling, not part of what it decides: no conclusion.

The texts below are invented for these tests.
"""

from argkg.ingest import ingest_text
from argkg.ingest.conclusions import _recourse
from argkg.schema import Conclusion, Lang


def _conclusions(text: str, lang: Lang) -> list[str]:
    return [c.text for c in ingest_text(text, source="t.txt", lang=lang).of_type(Conclusion)]


_NOTICE_EN = (
    "Harbourside Allotments Association\n"
    "Decision on the appeal of plot 17\n\n"
    "The tenant of plot 17 asked the committee to set aside the notice to quit served in June. "
    "The committee visited the plot twice and found it cultivated on both visits.\n\n"
    "Decision\n"
    "The appeal is upheld. The notice to quit is withdrawn and the tenancy continues. "
    "The tenant may appeal to the county allotments panel within 14 days of receiving this letter.\n"
)


def test_the_right_of_appeal_after_a_ruling_is_no_conclusion() -> None:
    found = _conclusions(_NOTICE_EN, Lang.EN)
    assert any("The appeal is upheld" in f for f in found)
    assert not any("may appeal to the county allotments panel" in f for f in found)


_NOTICE_ZH = (
    "东湖街道调解委员会\n"
    "调解处理意见书\n\n"
    "申请人反映，楼上住户空调外机漏水，滴落在其阳台上已有三个月。经现场查看，外机排水管确已脱落。\n\n"
    "处理意见\n"
    "被申请人应于十日内将空调外机排水管重新接好。"
    "当事人如不服本处理意见，可以自收到之日起十五日内向区调解中心申请复核。\n"
)


def test_the_recourse_after_a_ruling_is_no_conclusion_in_chinese() -> None:
    found = _conclusions(_NOTICE_ZH, Lang.ZH)
    assert any("被申请人应于十日内将空调外机排水管重新接好" in f for f in found)
    assert not any("申请复核" in f for f in found)


def test_recourse_cues_read_a_right_of_appeal_and_nothing_else() -> None:
    en, zh = _recourse(Lang.EN), _recourse(Lang.ZH)
    assert en.search("Either side may appeal to the regional panel within 28 days.")
    assert en.search("Any further complaint about this match must be made to the league secretary.")
    # a ruling on an appeal, or an appeal to the reader's feelings, is no recourse
    assert not en.search("The appeal is upheld.")
    assert not en.search("This plan may appeal to younger voters.")
    assert zh.search("申请人对处理结果仍有异议的，可以在七日内申请复议。")
    assert zh.search("如不服本决定，可向人民法院提起行政诉讼。")
    assert not zh.search("驳回申诉，维持原决定。")
