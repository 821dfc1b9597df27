"""The report across sources: shared issues first, with sides, sources, claims and numbers."""

from argkg.graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.ingest.linking import link_all
from argkg.ingest.restates import restate
from argkg.reports import render_report

TEXTS = [
    (
        "pro.txt",
        "Cities should ban cars from their centres. Air pollution fell by 30% in Oslo after its ban.\n",
    ),
    ("con.txt", "Cars should not be banned from city centres. Shops lost 12% of their customers.\n"),
]


def test_report_opens_with_the_shared_issue_and_each_side() -> None:
    graphs = link_all([ingest_text(text, source=source) for source, text in TEXTS], [])
    report = render_report(graphs, graphs_to_networkx(graphs), fmt="md", lang="en")
    shared, rest = report.split("## Summary", 1)
    assert "## Issues across sources" in shared and "Issues across sources" not in rest
    assert "claims for / against: 1 / 1" in shared
    for_side, against_side = shared.split("**Against**")
    assert "**For** (1 sources)" in for_side and "30%" in for_side and "12%" not in for_side
    assert "12%" in against_side
    html = render_report(graphs, graphs_to_networkx(graphs), fmt="html", lang="en")
    assert html.index('id="shared"') < html.index('id="summary"')


def test_one_document_gets_no_shared_part() -> None:
    (graph,) = link_all([ingest_text(TEXTS[0][1], source="pro.txt")], [])
    report = render_report([graph], graphs_to_networkx([graph]), fmt="md", lang="en")
    assert "Issues across sources" not in report


def test_an_issue_only_one_source_argues_stays_out() -> None:
    other = "Sugary drinks should be taxed. Sales fell by 10% in Mexico.\n"
    graphs = link_all(
        [ingest_text(TEXTS[0][1], source="pro.txt"), ingest_text(other, source="sugar.txt")], []
    )
    report = render_report(graphs, graphs_to_networkx(graphs), fmt="md", lang="en")
    assert "Issues across sources" not in report


def test_a_claim_several_sources_make_says_how_many() -> None:
    more = [
        ("also.txt", "Cities should ban cars from their centres. Children walk to school safely.\n"),
        ("again.txt", "Cars should be banned from city centres. Children walk to school safely.\n"),
    ]
    graphs = restate(link_all([ingest_text(text, source=source) for source, text in [*TEXTS, *more]], []), [])
    report = render_report(graphs, graphs_to_networkx(graphs), fmt="md", lang="en")
    shared = report.split("## Summary", 1)[0]
    assert "Same claim in several sources" in shared
    # one line per claim several sources make, each source's wording and side on it
    (line,) = [line for line in shared.splitlines() if line.startswith("- agree (argued by 3 sources): ")]
    assert [w.rsplit(" (", 1)[1] for w in line.split(": ", 1)[1].split(" / ")] == [
        "again, For)",
        "also, For)",
        "pro, For)",
    ]
    # a claim and its negation are not one claim argued twice
    lines = [line for line in shared.splitlines() if line.startswith(("- agree", "- disagree"))]
    assert not any("should not be banned" in line and "should ban" in line for line in lines)
    html = render_report(graphs, graphs_to_networkx(graphs), fmt="html", lang="en")
    assert "argued by 3 sources" in html


def test_one_fact_cited_by_both_sides_is_a_disagreement() -> None:
    texts = [
        (
            "pro.txt",
            "Cities should ban cars from their centres. Oslo's ban cut air pollution by 30% within a year.\n",
        ),
        (
            "con.txt",
            "Cars should not be banned from city centres. Oslo's ban cut air pollution by only 30% within a year.\n",
        ),
    ]
    graphs = restate(link_all([ingest_text(text, source=source) for source, text in texts], []), [])
    shared = render_report(graphs, graphs_to_networkx(graphs), fmt="md", lang="en").split("## Summary", 1)[0]
    (line,) = [line for line in shared.splitlines() if "Oslo" in line and line.startswith("- ")]
    assert line.startswith("- disagree (argued by 2 sources): ")
    assert "(con, Against) / " in line and line.endswith("(pro, For)")
