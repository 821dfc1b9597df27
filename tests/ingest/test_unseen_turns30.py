"""Turns under a transcript's "Speaker N  hh:mm:ss" headers and an e-mail thread's header blocks.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_turns30/`` (see
`argkg.bench.argtexts`): an Otter call transcript, an e-mail thread, a 语音转写 record and a
邮件往来, gold written before argkg ran on them. Before stop 30 none of their headers opened a
turn (an e-mail's "Subject: RE: …" line was read as a poster "Subject" replying to someone);
after it each English header and each transcript's header opens the named speaker's turn
(`argkg.ingest.turns.find_turns`; a Chinese e-mail's "发件人：" block is left to the statements, see
``ingest/data/zh/turns.yaml``). The set's figures hold (sides 20/25, main claims 6/8, before and
after: the English e-mail's writers take no side of their own yet, and the Chinese reply's first
two statements are read as conclusions); the tests after them check the reading itself on texts
written for them.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_TURNS30, TextResult, check_folder, load_gold
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns, message_header
from argkg.schema import Lang

GOLD = load_gold(UNSEEN_TURNS30)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_TURNS30)


def test_the_set_has_two_english_and_two_chinese_texts() -> None:
    assert sorted(name[:2] for name in GOLD) == ["en"] * 2 + ["zh"] * 2


def test_sides_and_main_claims_hold(
    results: dict[str, TextResult],
) -> None:
    # sides 20/25 before stop 30 and after it, the 邮件往来's 4/6
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(sides) >= 20
    reply = results["zh_youjian_wanglai.txt"].sides
    assert sum(gold is found for _, gold, found in reply) >= 4
    # main claims 6/8 before and after
    assert sum(ok for r in results.values() for ok in r.mains) >= 6


_THREAD = (
    "From: Dana Holt <dana@example.org>\n"
    "Sent: Tuesday 4 May\n"
    "Subject: Longer opening hours\n\n"
    "Hi team,\n"
    "I think the shop should open until eight on Thursdays. Late shoppers keep asking.\n\n"
    "From: Omar Reyes\n"
    "Sent: Tuesday 4 May\n"
    "Subject: RE: Longer opening hours\n\n"
    "Dana,\n"
    "I disagree. Nobody is free to staff the till that late.\n"
)


def test_an_e_mail_header_block_opens_its_writer_s_turn_at_its_message() -> None:
    turns = find_turns(_THREAD, build_nlp(Lang.EN)(_THREAD)._.argkg_blocks, Lang.EN)
    assert [t.label for t in turns] == ["Dana Holt", "Omar Reyes"]
    # the fields and the salutation are no part of what the reply says; its first message is not
    # taken for the thread's opening one (an e-mail thread may quote the newest first)
    assert _THREAD[turns[1].body :].startswith("I disagree.")
    assert not turns[0].first


_TRANSCRIPTS = {
    Lang.EN: (
        "Book club planning call\n"
        "Speaker 1  00:00:03\n"
        "Shall we move the meetings online?\n\n"
        "Speaker 2  00:00:41\n"
        "Yes, half of us live out of town now.\n\n"
        "Amy Long  00:01:15\n"
        "No, the evenings in the café are the point of it.\n",
        ["Speaker 1", "Speaker 2", "Amy Long"],
    ),
    Lang.ZH: (
        "读书会线上会议\n"
        "说话人1 00:00:03\n"
        "要不要把活动改到线上？\n\n"
        "说话人 2 00:00:41\n"
        "可以，一半人已经搬到外地了。\n\n"
        "说话人1 00:01:15\n"
        "线下见面才是读书会的意义。\n",
        ["说话人1", "说话人 2", "说话人1"],
    ),
}


@pytest.mark.parametrize("lang", [Lang.EN, Lang.ZH])
def test_a_transcript_s_speaker_and_time_header_opens_that_speaker_s_turn(lang: Lang) -> None:
    text, speakers = _TRANSCRIPTS[lang]
    turns = find_turns(text, build_nlp(lang)(text)._.argkg_blocks, lang)
    assert [t.label for t in turns] == speakers
    assert all(message_header(text[t.start : t.body].strip(), lang) for t in turns)


def test_a_quoted_reply_s_line_names_its_writer() -> None:
    assert message_header("On Tue, 4 May 2026 at 10:02, Dana Holt <dana@example.org> wrote:", Lang.EN)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Subject: RE: Longer opening hours", Lang.EN),
        ("From the start, we disagreed.", Lang.EN),
        ("主题：回复：周四延长营业", Lang.ZH),
    ],
)
def test_a_field_or_a_sentence_is_no_header(line: str, lang: Lang) -> None:
    assert not message_header(line, lang)
