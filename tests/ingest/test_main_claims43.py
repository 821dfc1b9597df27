"""Main claims (texts written for these tests): a side a text argues at length has its main
claim even where nobody declares it outright, a stray statement read on the other side does not
make one, and a line that only heads a record's item, thanks or leads in to the matter
(`argkg.ingest.claims._states_no_stand`) is no main claim."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.claims import _listed
from argkg.schema import Claim, DocumentGraph
from argkg.schema.vocabulary import Lang, Role, Stance

ZH_BOTH_SIDES = """周六要不要把步行街对汽车封闭？

支持的一方认为，应该封闭。封路以后，逛街的人不用躲车，店铺的生意会更好。外地的步行街试过之后，客流明显增加。

反对的一方认为，封路对老人很不公平。腿脚不便的老人走不了远路，边上的停车场早上就停满了。绕行要穿过居民区，这样做对住在那里的人也不公平。
"""

ONE_SIDED = """Should the town close Market Street to cars on Saturdays?

I think the town should close Market Street to cars on Saturdays. Shoppers linger when they are not dodging traffic, and the cafés could put tables outside. Other towns that tried it found that takings rose within a year. Families would come back to the centre, and the air would be cleaner for the children who walk to the library. Some drivers will complain at first. The market traders already support the idea, and the council has the money for new signs.
"""

MINUTES = """Item 4. Request from the rowing section: a second boat trailer

The rowing section asked the committee to buy a second boat trailer before the regatta season.

Ms Okafor said one trailer is not enough, because two crews now travel to events on the same weekend. A second trailer would save the cost of hiring one each time.

Mr Bell said the club has no space to store another trailer over the winter.
"""

ZH_THANKS = """大家好，说一下周末排班的事。
门店从下个月起周末只留两个人值班，这样太少了。周六下午客人最多，两个人实在顾不过来，上周就有顾客等了二十分钟。能不能至少留三个人？
谢谢店长！
"""


def _mains(text: str) -> list[Claim]:
    graph: DocumentGraph = ingest_text(text, source=f"{hash(text)}.txt")
    return [c for c in graph.of_type(Claim) if c.role is Role.MAIN]


def test_a_side_argued_at_length_has_its_main_claim_too() -> None:
    mains = _mains(ZH_BOTH_SIDES)
    assert {c.stance for c in mains} == {Stance.PRO, Stance.CON}
    assert any("封路对老人很不公平" in c.text for c in mains if c.stance is Stance.CON)


def test_a_stray_statement_on_the_other_side_is_no_main_claim() -> None:
    mains = _mains(ONE_SIDED)
    assert [c.text for c in mains] == ["I think the town should close Market Street to cars on Saturdays."]


def test_a_record_item_s_heading_is_no_main_claim() -> None:
    mains = _mains(MINUTES)
    assert mains
    assert not any(c.text.startswith("Item 4.") for c in mains)


def test_a_line_of_thanks_is_no_main_claim() -> None:
    mains = _mains(ZH_THANKS)
    assert [c.text for c in mains] == ["门店从下个月起周末只留两个人值班，这样太少了。"]


@pytest.mark.parametrize(
    ("line", "lang", "states_none"),
    [
        ("Thanks, Jo Park (Room 2)", Lang.EN, True),
        ("Thank you both.", Lang.EN, True),
        ("Agenda item 3: the new rota", Lang.EN, True),
        ("Matter referred: a neighbour's complaint about the hedge", Lang.EN, True),
        ("Thanks to the new rota, nobody works two weekends in a row.", Lang.EN, False),
        ("The matter is simple: the hedge has to be cut.", Lang.EN, False),
        ("谢谢王姐！", Lang.ZH, True),
        ("各位家长，说一下校服的事。", Lang.ZH, True),
        ("谢谢大家的意见，但这个方案我还是不同意。", Lang.ZH, False),
        ("说一下我的看法：校服应该自愿购买。", Lang.ZH, False),
    ],
)
def test_lines_that_state_no_stand_by_their_form(line: str, lang: Lang, states_none: bool) -> None:
    assert _listed(line, lang, "no_stands") is states_none
