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
