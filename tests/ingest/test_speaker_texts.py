"""Minutes, a transcript, an objection, a form, an interview, an op-ed and a review post, against gold.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/speakers/`` (see `argkg.bench.argtexts`):
each holds a kind of side error fixed on blind set 3's kinds of text, in a layout of its own:
speakers named by surname who agree with a named speaker or answer the one before with a
contrast, an agenda item put as a heading, an objection letter whose thesis only rejects the
application, a form question answered "No." before the reasons, an interview whose title asks
the question and whose interviewee recommends at the end, an announced case of the other side,
a review post whose side labels follow a tick or a cross and name their topic ("✅X的好:").
"""

import pytest

from argkg.bench.argtexts import SPEAKERS, TextResult, check_folder, load_gold
from argkg.schema import Stance

GOLD = load_gold(SPEAKERS)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(SPEAKERS)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_most_sides_are_right_in_every_text(name: str, results: dict[str, TextResult]) -> None:
    result = results[name]
    assert result.side_accuracy >= 0.8, [s for s in result.sides if s[1] is not s[2]]


def test_sides_are_right_over_the_set(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.9


@pytest.mark.parametrize(
    ("name", "quote", "stance"),
    [
        ("zh_jiyao_chongdian.txt", "先把电路改造做完再说", Stance.CON),
        ("zh_jiyao_chongdian.txt", "这不是拖着不装的理由", Stance.PRO),
        ("en_transcript_library.txt", "the homework club meets there every weekday", Stance.CON),
        (
            "en_transcript_library.txt",
            "People who depended on the branch would not be borrowing more from a van",
            Stance.PRO,
        ),
        ("en_objection_mast.txt", "That claim has not been tested", Stance.CON),
        ("en_objection_mast.txt", "Better coverage would help people who work from home", Stance.PRO),
        ("en_form_parking.txt", "I accept that the street has more cars than spaces", Stance.PRO),
        ("en_form_parking.txt", "there is no bus before 6am", Stance.CON),
        ("zh_fangtan_yiliao.txt", "有些病确实只能到医院看", Stance.CON),
        ("zh_fangtan_yiliao.txt", "最合适的是复诊开药", Stance.PRO),
        ("en_oped_critics.txt", "Longer school days are tiring for the youngest pupils", Stance.CON),
        ("zh_ceping_saodiji.txt", "猫毛终于不再满屋飞", Stance.PRO),
        ("zh_ceping_saodiji.txt", "尘盒很小", Stance.CON),
    ],
)
def test_the_side_of_each_kind(name: str, quote: str, stance: Stance, results: dict[str, TextResult]) -> None:
    assert (quote, stance, stance) in results[name].sides


@pytest.mark.parametrize(
    "name",
    ["zh_jiyao_chongdian.txt", "en_form_parking.txt", "zh_fangtan_yiliao.txt", "en_objection_mast.txt"],
)
def test_the_debated_proposition_is_found(name: str, results: dict[str, TextResult]) -> None:
    assert results[name].proposition, GOLD[name].proposition
