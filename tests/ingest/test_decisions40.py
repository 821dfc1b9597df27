"""The parts of a decision document (`argkg.ingest.decisions`): the asking party's case argues for
what it asks, the answering party's against it, the deciding body's reasons take the side of its
operative outcome and a dissent the other one. The texts here are invented for these tests.
"""

import pytest
from decision_parts import part_reader

from argkg.ingest import ingest_text
from argkg.ingest.decisions import Part, PartSide, decision_parts, part_side
from argkg.ingest.layout import analyse_layout
from argkg.schema import Claim, Lang, Stance

_APPEAL = """Allotment Society Appeals Panel
Appellant: Mrs Greta Holloway
Respondent: Millbrook Allotment Society committee

The appellant's case
Mrs Holloway keeps two beehives on plot 31. She says that the hives have stood there for six summers without a single complaint. She argues that bees raise the yield of every fruit plot on the site.

The committee's case
The committee says that three plot holders were stung in June. It argues that the society's insurance does not cover livestock.

Reasons
We accept that the hives were well kept. However, the insurer has now confirmed in writing that stings on the site are not covered. A society cannot ask its members to carry that risk unprotected.

The minority (Mr Ravi Dutta)
I would have let the hives stay for one more season while other cover was sought. The stings were minor and nobody needed treatment.

Outcome
The appeal is dismissed.
"""

_RULING = """江川市棋类协会仲裁委员会处理决定

申诉人：周明远
被申诉人：赛事裁判组
申诉人请求：撤销第三轮超时判负的判罚，改判为和棋。

申诉人称：本人在第三轮比赛中因超时被判负。比赛用钟在开局前已经走慢，超时是计时器故障造成的。

被申诉人称：开局前双方棋手均已确认计时器正常，比赛中申诉人没有提出任何异议。

本委员会认为：
经检查，该计时器走时误差不足一秒，不构成故障。申诉人在比赛中未及时提出异议，赛后再以故障为由申诉，理由不足。

处理决定：
驳回申诉，维持原判。
"""


def _sides(text: str, lang: Lang) -> dict[str, Stance]:
    graph = ingest_text(text, source="decision.txt", lang=lang)
    return {c.text: c.stance for c in graph.of_type(Claim)}


def _side_of(sides: dict[str, Stance], words: str) -> Stance:
    return next(stance for text, stance in sides.items() if words in text)


def test_each_part_of_a_dismissed_appeal_takes_its_speakers_side() -> None:
    sides = _sides(_APPEAL, Lang.EN)
    assert _side_of(sides, "bees raise the yield") is Stance.PRO  # the appellant's case
    assert _side_of(sides, "three plot holders were stung") is Stance.CON  # the respondent's
    assert _side_of(sides, "cannot ask its members to carry that risk") is Stance.CON  # the reasons
    assert _side_of(sides, "We accept that the hives were well kept") is Stance.PRO  # a point granted
    assert _side_of(sides, "The stings were minor") is Stance.PRO  # the dissent


def test_a_chinese_ruling_that_refuses_reads_its_reasons_against_the_request() -> None:
    sides = _sides(_RULING, Lang.ZH)
    assert _side_of(sides, "计时器故障造成的") is Stance.PRO
    assert _side_of(sides, "没有提出任何异议") is Stance.CON
    assert _side_of(sides, "不构成故障") is Stance.CON


def _parts(text: str, lang: Lang) -> list[PartSide | None]:
    blocks, _ = analyse_layout(text, lang)
    return decision_parts(text, blocks, lang)


def test_a_granted_outcome_puts_the_reasons_on_the_asking_side() -> None:
    text = _APPEAL.replace("The appeal is dismissed.", "The appeal is allowed.")
    found = [p for p in _parts(text, Lang.EN) if p is not None]
    assert PartSide(Part.DECIDES, Stance.PRO) in found
    assert PartSide(Part.DISSENTS, Stance.CON) in found


def test_a_partial_outcome_leaves_the_reasons_to_the_other_readings() -> None:
    text = _RULING.replace("驳回申诉，维持原判。", "一、维持原判中超时的认定；二、撤销原决定中的罚款。")
    found = {p.part for p in _parts(text, Lang.ZH) if p is not None}
    assert found == {Part.ASKS, Part.ANSWERS}


@pytest.mark.parametrize(
    "text",
    [
        # an essay's one "Reasons" heading: no party speaks, no decision document
        "Why I cycle\n\nReasons\nIt is cheap. It is quick. The appeal is dismissed by nobody.\n",
        # a party's case alone, no other part
        "Notes\n\nThe applicant's case\nShe wants a later closing time. She says trade is slow.\n",
    ],
)
def test_a_text_without_two_speakers_parts_is_no_decision(text: str) -> None:
    assert all(p is None for p in _parts(text, Lang.EN))


def test_a_point_the_body_grants_in_its_own_part_is_the_other_sides() -> None:
    body = PartSide(Part.DECIDES, Stance.CON)
    assert part_side(body, "Members accept that the shop is tidy.", Lang.EN, None) is Stance.PRO
    assert part_side(body, "The shop would still add to the noise.", Lang.EN, None) is Stance.CON
    assert (
        part_side(PartSide(Part.ASKS, Stance.PRO), "We accept that it is late.", Lang.EN, None) is Stance.PRO
    )


_NAMED = """Village Show Committee: ruling on a disputed entry
Class 12, largest marrow

The Orchard Lane team's case
The marrow was grown on their allotment from seed. The photographs from August show it on the vine.

The Brook Street team's reply
The same marrow was seen for sale at the market stall on Friday. A bought vegetable cannot be shown.

Notes from the show secretary
Entries must be grown by the exhibitor. Receipts are not required.

The committee's reasons
We accept that a marrow at the market looked alike. However, the photographs carry the date and the plot number.
"""


def test_parties_named_by_their_names_and_a_body_with_no_outcome_cue() -> None:
    """The first party named by its name asks, the next answers; a caption naming another
    contributor ends the part; with no outcome cue the body's reasons wait for the author's side."""
    part_of = part_reader(_NAMED, Lang.EN)

    assert part_of("grown on their allotment") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("seen for sale") == PartSide(Part.ANSWERS, Stance.CON)
    assert part_of("Receipts are not required") is None
    assert part_of("carry the date and the plot number") == PartSide(Part.DECIDES, None)
    body = PartSide(Part.DECIDES, None)
    assert part_side(body, "The photographs carry the date.", Lang.EN, Stance.PRO) is Stance.PRO
    assert part_side(PartSide(Part.DISSENTS, None), "It was bought.", Lang.EN, Stance.PRO) is Stance.CON
    assert part_side(body, "The photographs carry the date.", Lang.EN, None) is None
