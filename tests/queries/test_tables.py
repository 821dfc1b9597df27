"""evidence and balance on hand-built graphs."""

from argkg.queries import EvidenceRow, SectionBalance, balance, evidence


def test_evidence_lists_each_citation_with_the_claims_stance(builder):
    G = (
        builder()
        .claim("K1", stance="pro")
        .claim("K2", stance="con")
        .evidence("E1", 0.7, kind="probability")
        .evidence("E2", 5e11, unit="USD", kind="money")
        .evidence("E3", 3.0, unit="year", kind="duration")
        .rel("CITES", "K2", "E1", "E2")
        .rel("CITES", "K1", "E1")
        .nx()
    )
    assert evidence(G) == [
        EvidenceRow(
            evidence_id="E1",
            surface="[E1]",
            value=0.7,
            unit="percent",
            kind="probability",
            claim_id="K1",
            stance="pro",
        ),
        EvidenceRow(
            evidence_id="E1",
            surface="[E1]",
            value=0.7,
            unit="percent",
            kind="probability",
            claim_id="K2",
            stance="con",
        ),
        EvidenceRow(
            evidence_id="E2",
            surface="[E2]",
            value=5e11,
            unit="USD",
            kind="money",
            claim_id="K2",
            stance="con",
        ),
    ]


def test_balance_counts_pro_and_con_claims_of_debated_sections_in_reading_order(builder):
    G = (
        builder()
        .section("S2", ordinal=2, title="Second?")
        .section("S1", ordinal=1, title="First?")
        .section("S3", ordinal=3, title="Empty?")
        .section("S0", ordinal=0, kind="intro")
        .claim("K1", "K2", stance="pro")
        .claim("K3", stance="con")
        .claim("K4", stance="neutral")
        .claim("K5", stance="con")
        .rel("CONTAINS", "S2", "K1", "K2", "K3", "K4")
        .rel("CONTAINS", "S1", "K5")
        .rel("CONTAINS", "S0", "K5")
        .nx()
    )
    assert balance(G) == [
        SectionBalance(section_id="S1", title="First?", pro=0, con=1),
        SectionBalance(section_id="S2", title="Second?", pro=2, con=1),
        SectionBalance(section_id="S3", title="Empty?", pro=0, con=0),
    ]
