"""Bounded work on any input (issue 14, item 1): long runs, size limit, files that are not files."""

import os
from functools import cache
from pathlib import Path

import pytest
from factories import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from argkg.errors import InputError
from argkg.ingest import ingest_text, read_text
from argkg.ingest.docview import doc_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.tokenizer import BoundedTokenizer
from argkg.schema import Lang


@pytest.mark.parametrize("lang", [Lang.EN, Lang.ZH])
def test_the_pipeline_never_hands_its_tokenizer_a_run_over_the_bound(lang: Lang) -> None:
    nlp = build_nlp(lang)
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    seen: list[str] = []
    inner, split = nlp.tokenizer.inner, nlp.tokenizer.split
    nlp.tokenizer.inner = lambda piece: seen.append(piece) or inner(piece)
    if split is not None:  # Chinese: the pieces go to the segmenter's words, not to a Doc each
        nlp.tokenizer.split = lambda piece: seen.append(piece) or split(piece)
    text = "intro " + "😀" * 1000 + " middle " + "a" * 450 + "，" + "汉" * 300
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert max(len(run) for piece in seen for run in piece.split()) <= nlp.tokenizer.max_run


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab😀，。 \n汉-./%"), max_size=400), st.integers(3, 40))
def test_bounded_tokenizer_keeps_the_text_whole(text: str, max_run: int) -> None:
    tokenizer = BoundedTokenizer(_english().tokenizer.inner, max_run=max_run)
    doc = tokenizer(text)
    assert doc.text == doc_text(doc) == text
    assert all(len(token.text) <= max_run or token.is_space for token in doc)
    pieces = [tokenizer.inner(piece) for piece in tokenizer._pieces(text) if piece]
    assert [(t.text, t.whitespace_) for t in doc] == [(t.text, t.whitespace_) for d in pieces for t in d]


@cache
def _english() -> Language:
    return build_nlp(Lang.EN)


def test_a_text_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match=r"too long .*ARGKG_MAX_CHARS"):
        ingest_text("Prices fall. " * 10, source="long.txt", max_chars=50)


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match=r"long\.txt is too long"):
        read_text(path, max_chars=100)


def test_spacy_max_length_is_not_the_limit() -> None:
    assert build_nlp(Lang.EN).max_length > 100_000_000


def test_size_limit_is_configurable_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text("Debate: Will prices fall?\nPro: Prices fall 10% a year.\n", encoding="utf-8")
    refused = run_cli("--data", str(tmp_path / "store"), "ingest", str(path), env={"ARGKG_MAX_CHARS": "20"})
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [refused.stderr.strip()]
    assert "essay.txt is too long" in refused.stderr
    assert not (tmp_path / "store" / "graph.jsonl").exists()


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_cli("--data", str(tmp_path / "store"), "ingest", str(fifo))
    assert result.returncode == 2
    assert result.stderr.strip() == f"argkg: error: {fifo} is not a regular file"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(tmp_path: Path, device: str) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_text(Path(device))


def test_a_symlink_loop_is_refused_naming_it(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    result = run_cli("--data", str(tmp_path / "store"), "ingest", str(loop))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "loop.txt" in result.stderr
