"""A view stated in a first-person judgement gives way to the decision drawn after it (texts written for these tests).

A reply or a report states its view first ("我认为, X。", "We find that X.") and then decides
in a later paragraph ("经研究, 决定Y。", "The committee decided to Y."): the decision is what the
text concludes, the view the stand it acts on. A view with no decision after it still concludes,
and a summing-up that opens with a conclusion cue ("综上, X") is a conclusion of its own.
The view that gave way is a claim, whole, on the author's side: still their verdict.
"""

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Claim, Conclusion
from argkg.schema.vocabulary import Lang, Stance

REPLY_ZH = """关于延长图书馆周末开放时间的答复

同学们提出，期末周图书馆周末应延长开放到晚上十点。

期末周自习座位常常不够，很多同学只能去校外的咖啡馆。我认为，延长开放确有必要，但需要增加值班人员和安保力量。

经研究，决定期末周的周六、周日开放到晚上十点，由学生助理协助值班。
"""

REPLY_EN = """Reply to the residents' petition on the playground gate

The residents asked for a self-closing gate on the playground by the pond.

The old gate swings open in the wind and the pond is only a few steps away. We find that the present gate is a real risk to small children, and that the cost of a new one is modest.

The committee decided to fit a self-closing gate before the summer holidays.
"""

VIEW_ONLY_ZH = """关于延长图书馆周末开放时间的意见

同学们提出，期末周图书馆周末应延长开放到晚上十点。

期末周自习座位常常不够，很多同学只能去校外的咖啡馆。我认为，延长开放确有必要，但需要先增加值班人员。
"""


def _conclusions(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Conclusion)]


def test_a_chinese_view_gives_way_to_the_decision_after_it() -> None:
    drawn = _conclusions(REPLY_ZH)
    assert any("决定期末周的周六、周日开放到晚上十点" in c for c in drawn)
    assert not any("延长开放确有必要" in c for c in drawn)


def test_an_english_view_gives_way_to_the_decision_after_it() -> None:
    drawn = _conclusions(REPLY_EN)
    assert any("decided to fit a self-closing gate" in c for c in drawn)
    assert not any("present gate is a real risk" in c for c in drawn)


def test_a_view_with_no_decision_after_it_still_concludes() -> None:
    assert any("延长开放确有必要" in c for c in _conclusions(VIEW_ONLY_ZH))


def _claims(text: str) -> list[Claim]:
    return ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)


def test_the_view_that_gave_way_is_kept_for_the_claims() -> None:
    doc = build_nlp(Lang.ZH)(REPLY_ZH)
    assert [doc.text[v.start : v.end] for v in doc._.argkg_views] == [
        "我认为，延长开放确有必要，但需要增加值班人员和安保力量。"
    ]


def test_a_view_that_gave_way_is_one_claim_on_the_authors_side() -> None:
    # the author's verdict, whole: its "但" clause is a condition, no concession to the other side
    (view,) = [c for c in _claims(REPLY_ZH) if "延长开放确有必要" in c.text]
    assert view.text.endswith("但需要增加值班人员和安保力量。")
    assert view.stance is Stance.PRO
    (found,) = [c for c in _claims(REPLY_EN) if "present gate is a real risk" in c.text]
    assert found.stance is Stance.PRO
