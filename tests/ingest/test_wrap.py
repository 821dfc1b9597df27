"""Hard-wrapped text is read as paragraphs (`argkg.ingest.wrap`): which line breaks are wraps, the
text the pipeline reads, and that a wrapped text gives the claims its unwrapped copy gives."""

from pathlib import Path

import pytest

from argkg.bench.argtexts import UNSEEN_WRAP
from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.reader import fold, normalise
from argkg.ingest.wrap import reading_view, wrap_breaks
from argkg.schema import Claim, DocumentGraph, Lang

#: An e-mail wrapped at 60 columns: sentences run across line ends.
WRAPPED_EN = """Should the library open on Sundays?

I think the library should open on Sunday afternoons for at least
a trial year. Students have nowhere quiet to work at weekends, and
the reading room is empty for half of every Saturday already. Some
say the extra hours cost too much, but volunteers could cover them.
"""


def _joined(text: str, lang: Lang) -> list[str]:
    """The lines each wrap joins, as "end of line|start of next line" around the break."""
    text = normalise(text)
    return [text[max(0, at - 8) : at] + "|" + text[upto : upto + 8] for at, upto in wrap_breaks(text, lang)]


def _claims(graph: DocumentGraph) -> list[tuple[str, str]]:
    """Each claim's words (line breaks and spaces aside) and side."""
    return sorted(("".join(c.text.split()), c.stance.value) for c in graph.of_type(Claim))


def test_a_wrapped_paragraph_joins_where_its_sentences_run_on() -> None:
    assert _joined(WRAPPED_EN, Lang.EN) == [
        "at least|a trial ",
        "nds, and|the read",
        "dy. Some|say the ",
    ]


def test_the_reading_view_keeps_every_offset_and_only_blanks_the_breaks() -> None:
    text = normalise(WRAPPED_EN)
    view = reading_view(text, Lang.EN)
    assert len(view) == len(text)
    differ = [i for i, (a, b) in enumerate(zip(view, fold(text), strict=True)) if a != b]
    assert [text[i] for i in differ] == ["\n"] * 3
    assert all(view[i] == " " for i in differ)


def test_claims_of_a_wrapped_text_are_whole_sentences_quoted_from_the_text() -> None:
    graph = ingest_text(WRAPPED_EN, source="mail.txt", lang="en")
    text = graph.document.text
    claims = graph.of_type(Claim)
    assert any(
        c.text.startswith("I think the library should open") and c.text.endswith("trial year.")
        for c in claims
    )
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_quoted_lines_join_each_other_and_the_marker_is_blanked() -> None:
    text = normalise(
        "Re: bins\n\n> We should not move the bins to the back\n> lane because nobody walks there.\n\nI disagree.\n"
    )
    view = reading_view(text, Lang.EN)
    assert "to the back   lane because" in view
    assert text.count("\n") == view.count("\n") + 1


@pytest.mark.parametrize(
    "text",
    [
        # a list: each item opens its own line
        "We need three things from the council this year\n- longer opening hours\n- more staff\n",
        # a speaker's turn opens its own line
        "CHAIR: The motion is that the town should keep the market in the square\nJONES: I oppose it.\n",
        # a letter's closing and signature, and a heading over prose
        "Background\nThe council met on Monday.\n\nYours faithfully,\nJane Roe\n",
        # a thread's header lines share one length, but the messages under them run longer
        "Ann Lee 9:41 AM\nWe should move the standup to ten because half the team is remote now and it suits them.\n"
        "Bo Chan 9:45 AM\nI would keep it at nine, since the early start gives us a quiet hour before the calls begin.\n"
        "Cy Diaz 9:50 AM\nTen works for me as long as it stays fifteen minutes long and nobody lets it run over.\n",
    ],
)
def test_lines_that_stand_alone_are_not_joined(text: str) -> None:
    assert wrap_breaks(normalise(text), Lang.EN) == []


def test_a_text_without_wraps_reads_as_its_folded_self() -> None:
    text = normalise("Why we should plant more trees\n\nTrees cool streets. They also clean the air.\n")
    assert reading_view(text, Lang.EN) == fold(text)


def test_chinese_copied_from_a_pdf_joins_full_lines_and_open_ends() -> None:
    said = (
        "我认为城市应当在主干道两侧多种行道树，因为树荫能让夏天的街道降温好几度，还能吸收尾气中的颗粒物。"
        "反对者担心落叶会增加清扫成本，但这笔钱远少于空调多耗的电费，而且落叶可以堆肥后用于绿化。"
    )
    pdf = "\n".join(said[i : i + 24] for i in range(0, len(said), 24))  # a page 24 characters wide
    lines = pdf.split("\n")
    cut = [line for line in lines[:-1] if not line.endswith("。")]  # the second line ends a sentence
    assert len(wrap_breaks(normalise(pdf), Lang.ZH)) == len(cut) == 2
    short = "我认为学校应该\n增加体育课。\n"
    assert len(wrap_breaks(normalise(short), Lang.ZH)) == 1
    poem = "床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n"
    assert wrap_breaks(normalise(poem), Lang.ZH) == []


@pytest.mark.parametrize("name", ["en_list_email.txt", "zh_pdf_anjing.txt"])
def test_a_wrapped_text_gives_the_claims_and_sides_of_its_unwrapped_copy(name: str) -> None:
    wrapped, flat = ingest_paths([UNSEEN_WRAP / name, UNSEEN_WRAP / "flat" / name], lang="auto")
    assert _claims(wrapped) == _claims(flat)
    assert len(_claims(wrapped)) >= 5


def test_the_unwrapped_copies_are_the_same_words() -> None:
    for flat in sorted((UNSEEN_WRAP / "flat").glob("*.txt")):
        wrapped = Path(UNSEEN_WRAP / flat.name).read_text(encoding="utf-8")
        assert "".join(wrapped.split()) == "".join(flat.read_text(encoding="utf-8").split())
