"""Debate reports (HTML and Markdown) and the Neo4j Browser set-up.

`render_report` turns document graphs and their analysis graph into one self-contained HTML file
or a Markdown file; `browse_info` says where Neo4j Browser is and what to load into it.
"""

from argkg.reports.browse import BrowseInfo, StarterQuery, browse_info
from argkg.reports.models import ReportView
from argkg.reports.render import ReportFormat, render_report, render_view
from argkg.reports.view import build_view

__all__ = [
    "BrowseInfo",
    "ReportFormat",
    "ReportView",
    "StarterQuery",
    "browse_info",
    "build_view",
    "render_report",
    "render_view",
]
