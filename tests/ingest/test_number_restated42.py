"""A proposal's figure named again (stop 42): once a proposal, a question put to a vote, a rule or
a decision has set a figure, a later line that weighs the same value in the same unit quotes the
proposal rather than citing a fact, so it is no evidence either. A figure stated before the
proposal, another figure beside it, a count of the things the proposal names, and a price an offer or a quote named (which a reply may weigh
as a fact) stay. Each text is written here."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "班长提议，每人交50元买书架。\n小李：50元太多了，去年书架才坏了3个。", ["3个"]),
        (
            Lang.EN,
            "Members vote on whether to raise the fee to £40.\nSam: £40 is too much; I earn £9 an hour.",
            ["£9 an hour"],
        ),
        # the things a proposal names are counted whatever it sets
        (Lang.ZH, "班长提议，从班费里拿出300元给七位老师买花。\n小周：七位老师，300元够了。", ["七位老师"]),
        # the same figure stated before the proposal is the fact it starts from
        (
            Lang.EN,
            "The fee was £40 last year. Members vote on whether to keep the fee at £40.",
            ["£40"],
        ),
    ],
)
def test_a_proposals_figure_named_again_is_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我提个群规：每次迟到罚10元。\n上周有3个人迟到。", ["3个人"]),
        ("店里打算从下月起每杯涨2元。去年房租涨了15%。", ["15%"]),
        ("我的想法是：每人每月交50元。\n小赵：50元可以，去年我们交过80元。", ["80元"]),
    ],
)
def test_a_chat_proposals_figures_are_no_evidence(text: str, expected: list[str]) -> None:
    assert _found(text, Lang.ZH) == expected


def test_an_approximate_figure_restates_nothing() -> None:
    """About two or three hundred is the speaker's own round figure, not the proposed 200."""
    assert _found("班长提议，每户出200元修路灯。\n老李：两三百元对我家不是小数。", Lang.ZH) == ["两三百元"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "装修队报价八万元。\n老周：八万元在我们这里不算贵。", ["八万元"]),
        (Lang.EN, "The garage could offer a £20 voucher.\nAnn: £20 is what a taxi costs.", ["£20"]),
    ],
)
def test_a_quoted_price_named_again_stays(lang: Lang, text: str, expected: list[str]) -> None:
    found = find_numbers(text, lang)
    assert [m.surface for m in found] == expected
    assert found[0].start > text.index("\n")  # the reply's, not the quote's
