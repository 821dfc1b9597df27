"""Who argues which side in a decision document (`argkg.ingest.decisions`): a party's part takes the
side the party's own words declare, not the order the record names it in. The texts here are
invented for these tests.
"""

from claim_sides import claim_sides, side_containing
from decision_parts import part_reader

from argkg.ingest.decisions import Part, PartSide
from argkg.schema import Lang, Stance

#: A hearing that puts the accused's case before the case of the one who brought the charge.
_HEARING = """REGIONAL CYCLING FEDERATION
Disciplinary Panel: Written Reasons
Rider: Ms Kay Lund (Harbour Wheelers)
Panel: Mr T. Okafor (chair), Ms R. Vance

The charge
In the final sprint Lund moved off her line and forced another rider into the barrier. The race commissaire reported her on the ground that the move was dangerous riding. Lund admits that she moved right but denies that the move was dangerous.

The rider's case
Ms Lund told us that the road narrowed without warning. "I held my speed and the gap simply closed," she said. She pointed out that nobody fell.

The commissaire's case
The commissaire said that a sprinter must hold her line whatever the road does. The finish camera shows a full bike length of movement. "She chose the gap and then shut it," he said.

Findings
We accept that the road narrowed at the finish. However, the move closed a gap another rider was already in. The camera leaves no doubt about that.

Decision
The charge is proved.
"""


def test_the_party_that_denies_answers_though_its_case_comes_first() -> None:
    sides = claim_sides(_HEARING, Lang.EN, "decision.txt")
    assert side_containing(sides, "the road narrowed without warning") is Stance.CON  # the rider denies
    assert side_containing(sides, "nobody fell") is Stance.CON
    assert side_containing(sides, "must hold her line") is Stance.PRO  # the one who brought the charge
    assert side_containing(sides, "full bike length") is Stance.PRO
    assert (
        side_containing(sides, "closed a gap another rider was already in") is Stance.PRO
    )  # the charge proved
    assert side_containing(sides, "We accept that the road narrowed") is Stance.CON  # a point granted


def test_a_quotation_in_a_partys_part_is_that_partys() -> None:
    sides = claim_sides(_HEARING, Lang.EN, "decision.txt")
    assert side_containing(sides, "the gap simply closed") is Stance.CON
    assert side_containing(sides, "She chose the gap and then shut it") is Stance.PRO


#: A notice whose operator's representations and the body's reasons are numbered paragraphs, one
#: heading run into its first paragraph.
_NOTICE = """HARBOUR MOORINGS BOARD
Notice of a proposed change to the winter mooring rules
Operator: Saltmarsh Marine Ltd

1. The Board's findings
1.1 The Board proposes that boats on the outer pontoon be lifted out by 1 November each year.
1.2 Three boats broke their moorings on the outer pontoon in last winter's gales.

2. Written representations of Saltmarsh Marine Ltd (received 2 May)
2.1 Saltmarsh does not accept that the outer pontoon is unsafe in winter. The breakages followed a storm that damaged every harbour on the coast.
2.2 Lifting out would fill the boatyard and leave no room for repairs.

3. The Board's reasons 3.1 The Board accepts that the storm was unusual. The outer pontoon still has no wave screen.
3.2 A boat that breaks free endangers every boat moored near it.
"""


def test_representations_that_refuse_answer_and_a_run_in_heading_opens_the_bodys_part() -> None:
    part_of = part_reader(_NOTICE, Lang.EN)

    assert part_of("does not accept that the outer pontoon") == PartSide(Part.ANSWERS, Stance.CON)
    assert part_of("leave no room for repairs") == PartSide(Part.ANSWERS, Stance.CON)
    assert part_of("still has no wave screen") == PartSide(Part.DECIDES, None)
    assert part_of("endangers every boat") == PartSide(Part.DECIDES, None)


#: A licensing panel's decision with an objector's paragraph, a member who would have decided otherwise and
#: an outcome that names what it refuses in full.
_REFUSAL = """TOWN LICENSING PANEL
Decision Notice
Applicant: The Anchor Inn
Matter: Application for a late-night licence

1. The application
The Anchor Inn asks the Panel to approve a late-night licence to serve until 1am on Fridays and Saturdays.

2. The applicant's submissions
Counsel for the inn, Ms Cole, said that trade after 11pm keeps the inn open through the winter. She added that door staff would be on duty.

The Quayside Residents' Association opposed the late hours by email. It said that noise on the quay already wakes families after closing time.

3. The Panel's assessment
We do not accept that door staff would keep the quay quiet. Noise from people leaving is the main problem.

One member, Mr Deane, would have approved the application for a trial year. He thought the inn's record was good.

4. Decision
The application for a late-night licence is refused.
"""


def test_an_objectors_paragraph_a_members_dissent_and_a_refusal_named_in_full() -> None:
    sides = claim_sides(_REFUSAL, Lang.EN, "decision.txt")
    assert side_containing(sides, "keeps the inn open through the winter") is Stance.PRO  # the applicant's
    assert side_containing(sides, "already wakes families") is Stance.CON  # the objector's paragraph
    assert side_containing(sides, "Noise from people leaving is the main problem") is Stance.CON  # refused
    assert side_containing(sides, "the inn's record was good") is Stance.PRO  # the dissent
