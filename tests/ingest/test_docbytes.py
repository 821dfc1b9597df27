"""argkg's Docs serialise: ``doc.to_bytes()`` round-trips every extension, ``n_process=2`` works."""

from pathlib import Path

import pytest
import srsly
from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

from argkg.ingest.builder import build_graph, read_extraction
from argkg.ingest.docbytes import TAG, span_class
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import read_text
from argkg.ingest.spans import ClaimSpan, Conditional, Span
from argkg.ingest.turns import Turn
from argkg.schema import DocumentGraph, Lang

TEXTS = Path(__file__).parent / "texts"
PLAIN = {Lang.ZH: TEXTS / "zh_plain.txt", Lang.EN: TEXTS / "en_plain.txt"}


def _extensions(doc: Doc) -> dict[str, object]:
    """Every argkg extension the pipeline set on ``doc``, by name."""
    names = [name for name in Underscore.doc_extensions if name.startswith("argkg_")]
    return {name: doc._.get(name) for name in names if doc._.get(name) is not None}


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_a_doc_round_trips_through_bytes_with_equal_extensions(lang: Lang) -> None:
    nlp = build_nlp(lang)
    doc = nlp(read_text(PLAIN[lang]))
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    before, after = _extensions(doc), _extensions(restored)
    assert set(before) >= {
        f"argkg_{what}" for what in ("blocks", "sentences", "claims", "numbers", "positions")
    }
    assert after == before
    assert all(type(value) is list for value in after.values())
    claims = before["argkg_claims"]
    assert isinstance(claims, list) and claims and all(type(c) is ClaimSpan for c in claims)
    assert [t.is_sent_start for t in restored] == [t.is_sent_start for t in doc]


def test_a_transcripts_turns_round_trip_as_turns() -> None:
    nlp = build_nlp(Lang.ZH)
    doc = nlp(read_text(TEXTS / "speakers" / "zh_fangtan_yiliao.txt"))
    turns = doc._.argkg_turns
    assert len(turns) >= 4 and {t.label for t in turns} >= {"记者", "王医生"}
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())._.argkg_turns
    assert restored == turns and all(type(t) is Turn for t in restored)


def test_nested_models_come_back_as_models() -> None:
    conditional = Conditional.model_validate(
        {
            "start": 0,
            "end": 9,
            "marker": "if",
            "consequent_start": 5,
            "consequent_end": 9,
            "antecedents": [{"start": 3, "end": 4, "text": "a", "group": 0}],
        }
    )
    (back,) = srsly.msgpack_loads(srsly.msgpack_dumps([conditional]))
    assert back == conditional
    assert type(back.antecedents[0]).__name__ == "Antecedent"


def test_an_unknown_tag_stays_plain_data() -> None:
    packed = {TAG: "os.system", "fields": {"start": 0, "end": 1}}
    assert srsly.msgpack_loads(srsly.msgpack_dumps(packed)) == packed
    assert span_class("os.system") is None
    assert span_class(f"{Span.__module__}.Span") is Span


def test_bad_fields_are_refused_on_the_way_in() -> None:
    packed = srsly.msgpack_dumps({TAG: f"{Span.__module__}.Span", "fields": {"start": -1, "end": 1}})
    with pytest.raises(ValueError, match="start"):
        srsly.msgpack_loads(packed)


def _graphs(lang: Lang, texts: list[str], n_process: int) -> list[DocumentGraph]:
    docs = build_nlp(lang).pipe(texts, n_process=n_process, batch_size=1)
    return [
        build_graph(read_extraction(doc, lang), source=f"text-{i}", title=None) for i, doc in enumerate(docs)
    ]


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_pipe_with_two_processes_gives_the_graphs_of_one(lang: Lang) -> None:
    texts = [read_text(path) for path in sorted(TEXTS.glob(f"{lang.value}_*"))]
    texts += [text.replace("\n\n", "\n", 1) for text in texts]
    serial = _graphs(lang, texts, 1)
    assert len(serial) >= 4 and all(graph.nodes for graph in serial)
    assert _graphs(lang, texts, 2) == serial
