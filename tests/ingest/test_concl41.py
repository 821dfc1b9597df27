"""A party's recourse against a ruling (its right to appeal or to ask for a review), said after the
ruling, is what may follow the ruling, not part of what it decides: no conclusion.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.ingest.conclusions import _recourse
from argkg.schema import Lang

_NOTICE_EN = (
    "Harbourside Allotments Association\n"
    "Decision on the appeal of plot 17\n\n"
    "The tenant of plot 17 asked the committee to set aside the notice to quit served in June. "
    "The committee visited the plot twice and found it cultivated on both visits.\n\n"
    "Decision\n"
    "The appeal is upheld. The notice to quit is withdrawn and the tenancy continues. "
    "If the tenant disagrees, they can appeal against this ruling to the allotments federation.\n"
)


def test_the_right_of_appeal_after_a_ruling_is_no_conclusion() -> None:
    found = conclusion_texts(_NOTICE_EN, Lang.EN)
    assert any("The appeal is upheld" in f for f in found)
    assert not any("appeal against this ruling" in f for f in found)


_NOTICE_ZH = (
    "东湖街道调解委员会\n"
    "调解处理意见书\n\n"
    "申请人反映，楼上住户空调外机漏水，滴落在其阳台上已有三个月。经现场查看，外机排水管确已脱落。\n\n"
    "处理意见\n"
    "被申请人应于十日内将空调外机排水管重新接好。"
    "双方对本意见有异议的，可在半个月内找区调解中心申请复核。\n"
)


def test_the_recourse_after_a_ruling_is_no_conclusion_in_chinese() -> None:
    found = conclusion_texts(_NOTICE_ZH, Lang.ZH)
    assert any("被申请人应于十日内将空调外机排水管重新接好" in f for f in found)
    assert not any("申请复核" in f for f in found)


def test_recourse_cues_read_a_right_of_appeal_and_nothing_else() -> None:
    en, zh = _recourse(Lang.EN), _recourse(Lang.ZH)
    assert en.search("Either side may appeal to the regional panel before the end of the season.")
    assert en.search("A further appeal by the home club must be sent to the county secretary.")
    # a ruling on an appeal, or an appeal to the reader's feelings, is no recourse
    assert not en.search("The appeal is upheld.")
    assert not en.search("This plan may appeal to younger voters.")
    assert zh.search("两位选手若对成绩有异议，赛后一小时内可找裁判长申请复核。")
    assert zh.search("对本裁定不服的，可以在十五日内向主管部门申请行政复议。")
    assert not zh.search("驳回申诉，维持原决定。")
