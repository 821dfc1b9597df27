"""Render a debate report as one self-contained HTML file or as Markdown.

One module-level Jinja2 environment serves every report: templates are loaded from the package's
``templates/`` folder, undefined names fail (`StrictUndefined`), HTML templates (``*.html.j2``)
are autoescaped and Markdown templates (``*.md.j2``) are not, so they escape every text with the
``md`` filter instead. Templates only lay out a `ReportView`; `argkg.reports.view` decides what
it holds. The HTML report inlines its styles, its small sorting script and its SVG picture, so
it opens and prints without a network connection.
"""

from collections.abc import Sequence
from typing import Literal, get_args

import networkx as nx
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from argkg.errors import InputError
from argkg.reports.formatting import format_number, format_percent, md_escape
from argkg.reports.models import ReportView
from argkg.reports.view import build_view
from argkg.schema import DocumentGraph, Lang

__all__ = ["ReportFormat", "render_report", "render_view"]

ReportFormat = Literal["html", "md"]

_ENV = Environment(
    loader=PackageLoader("argkg.reports", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True, default=False),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENV.filters.update(md=md_escape, number=format_number, percent=format_percent)


def render_report(
    graphs: Sequence[DocumentGraph],
    G: nx.MultiDiGraph,  # noqa: N803 (networkx's name for the graph)
    *,
    fmt: ReportFormat,
    lang: Lang | str | None = None,
) -> str:
    """Render the debate report of ``graphs``.

    Args:
        graphs: the document graphs to report, in order.
        G: the analysis graph of the same documents (`argkg.graph.graphs_to_networkx`).
        fmt: ``html`` (one self-contained file) or ``md`` (the same content without the picture).
        lang: the report's language; by default the first document's.

    Returns:
        The report's text.

    Raises:
        InputError: ``fmt`` or ``lang`` is not supported.
    """
    if fmt not in get_args(ReportFormat):
        raise InputError(f"unknown report format {fmt!r}; use html or md")
    return render_view(build_view(graphs, G, lang=lang), fmt=fmt)


def render_view(view: ReportView, *, fmt: ReportFormat) -> str:
    """Render an already built view model (``fmt`` as in `render_report`)."""
    template = _ENV.get_template(f"report.{fmt}.j2")
    return template.render(view=view, t=view.labels.text, labels=view.labels)
