"""SpanIndex answers exactly as a scan of the spans in order would."""

from hypothesis import given
from hypothesis import strategies as st

from argkg.ingest.span_index import SpanIndex
from argkg.ingest.spans import Span

_SPANS = st.builds(lambda a, n: Span(start=a, end=a + n), st.integers(0, 60), st.integers(0, 15))


@given(st.lists(_SPANS, max_size=25), _SPANS)
def test_index_agrees_with_a_scan(items: list[Span], probe: Span) -> None:
    index = SpanIndex(items)
    containing = next((i for i, item in enumerate(items) if item.contains(probe)), None)
    overlapping = next((i for i, item in enumerate(items) if item.overlaps(probe)), None)
    assert index.first_containing(probe.start, probe.end) == containing
    assert index.first_overlapping(probe.start, probe.end) == overlapping
