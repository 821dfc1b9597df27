"""Ingest never fails on odd input: any text gives a valid graph, or a clear InputError."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argkg.errors import InputError
from argkg.ingest import ingest_text
from argkg.schema import DocumentGraph, dumps_records, graph_records, graphs_from_records

_PIECES = st.sampled_from(
    [
        "正方:",
        "反方:",
        "积极观点:",
        "Pro:",
        "Con:",
        "Note:",
        "注:",
        "如果",
        "if ",
        "或者",
        " or ",
        "那么",
        "then ",
        "可能性是 70%。",
        "a 30% chance. ",
        "结论\n",
        "## Conclusion\n",
        "01.\n",
        "讨论 1: 这行得通吗?\n",
        "# Title\n",
        "5000 亿美元",
        "$3 billion",
        "1e35 FLOP",
        "10 万分之一",
        "GPT-4",
        "2020-2030年",
        "。",
        ".",
        "?",
        "\n",
        "\n\n",
        "“",
        "”",
        "(",
        ")",
        "*",
        " ",
    ]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, lang=st.sampled_from(["auto", "zh", "en"]))
def test_any_text_gives_a_valid_graph_or_an_input_error(text: str, lang: str) -> None:
    try:
        graph = ingest_text(text, source="fuzz.txt", lang=lang)  # type: ignore[arg-type]
    except InputError as exc:
        assert str(exc)
        return
    assert isinstance(graph, DocumentGraph)
    [reloaded] = graphs_from_records(graph_records(graph))
    assert dumps_records(graph_records(reloaded)) == dumps_records(graph_records(graph))
    assert ingest_text(text, source="fuzz.txt", lang=lang) == graph  # type: ignore[arg-type]
