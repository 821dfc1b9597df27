"""Lines and leads that are no claim (texts written for these tests): a line of its own that
only names one option of a list ("Choice A: rent.", "方案一：提价。") and a news dateline a
sentence opens with ("本报讯（记者 X）", "LONDON (Reuters) -"), which says who reports, not what.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Claim

OPTIONS = """Rent or buy in a small town?

A colleague moving to a town of 8,000 people asked me whether she should rent or buy a flat there.

Choice A: rent.
Rent leaves her free to move on if the job does not work out, and the landlord pays for repairs.

Choice B: buy.
Flats in the town are cheap, and a mortgage would cost her less each month than rent does.

So which one? I'd say rent for the first two years, then decide.
"""

ZH_OPTIONS = """公司食堂要不要涨价？

食堂这两年亏损越来越大，后勤部门提出了两个办法。

方案一：提价。
每份套餐涨两元，一年能减少一半亏损，但员工肯定会有意见。

方案二：减少菜品。
每天少做三个菜，成本能降下来，员工的选择也少了。

我认为应该先减少菜品，提价放到明年再说。
"""

ZH_NEWS = """市区停车费拟上调

本报讯（记者 陈明）市交通局昨日就中心城区停车收费调整方案征求意见。方案提出，中心城区路边停车每小时收费由4元上调至6元。

支持者认为，提高收费能促使更多人改乘公交。反对者则担心，附近商户的生意会受到影响。
"""

EN_NEWS = """Council weighs a tourist tax

BRISTOL (Civic Wire) - The city council will vote next month on a nightly tourist tax of £2 per visitor.

Supporters say the money would pay for street cleaning in the busiest areas. Hotel owners argue that the tax will drive visitors to cheaper towns nearby.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)]


@pytest.mark.parametrize(
    ("text", "labels", "weighed"),
    [
        (OPTIONS, ["Choice A", "Choice B"], "Rent leaves her free to move on"),
        (ZH_OPTIONS, ["方案一", "方案二"], "每份套餐涨两元"),
    ],
)
def test_a_line_that_only_names_an_option_is_no_claim(text: str, labels: list[str], weighed: str) -> None:
    claims = _claims(text)
    assert not any(label in c for c in claims for label in labels)
    assert any(weighed in c for c in claims)


@pytest.mark.parametrize(
    ("text", "lead", "rest"),
    [
        (ZH_NEWS, "本报讯", "市交通局昨日就中心城区停车收费调整方案征求意见"),
        (EN_NEWS, "BRISTOL", "The city council will vote next month"),
    ],
)
def test_a_news_dateline_is_left_out_of_its_sentence_s_claim(text: str, lead: str, rest: str) -> None:
    claims = _claims(text)
    assert not any(lead in c for c in claims)
    assert any(c.startswith(rest) for c in claims)


def test_a_longer_labelled_line_that_argues_stays_a_claim() -> None:
    text = OPTIONS.replace("Choice A: rent.", "Choice A: rent, because the job may not last a year.")
    assert any(c.startswith("Choice A: rent, because") for c in _claims(text))
