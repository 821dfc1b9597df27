"""A vote's tally as the record of the vote gives it: the outcome, not a fact the text cites.

A tally names two or more options with their counts (赞成11票，反对3票; 40 for, 12 against, 3
abstentions), or gives the options' shares of the votes, which add up to the whole (赞成的占62%，
反对的占38%: `argkg.ingest.shares`). Where the record itself labels the line as its vote, the
tally is the outcome of the proceedings the text records (a board's, a meeting's, a programme's),
quoted as a conclusion, not evidence: the label is a vote word (or, before option counts, a
result word) closing with a colon before the figures in their line (经表决：…; Result (show of
hands): …; 现场投票情况：…) or a heading line right above them that names it (四、表决情况; [Vote]).
A ballot's count reported as news in running prose, with no such label (投票结果为赞成156票，反对
20票), stays a fact the text cites; so do one option's count alone (4 for moving it to Friday), a
count of votes no option word names (他拿到了推荐票40票) and a survey's shares (52% of parents back
the plan, 40% oppose it).
"""

import re

from argkg.ingest.shares import divides

__all__ = ["tallied_blocks", "tallies"]

# a heading: a short line with no sentence or field punctuation (三、表决结果, Vote)
_HEADING_MAX = 24
# a row of a tally: a field's colon, at most a few words, then its figure (同意：业主240户; No: 39%)
_ROW = re.compile(r"[:：][ \t]*[^\d\n:：，,。；;]{0,6}\d")
_PUNCTUATION = re.compile(r"[。；;，,！？!?]|\.(?!\d)")
_COLON = re.compile("[:：]")


def tallies(
    text: str, counts: re.Pattern[str], votes: re.Pattern[str], results: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the tallies in ``text`` that the record labels as its vote.

    Args:
        text: the text.
        counts: one option's count (赞成11票, 40 for, 3 abstentions).
        votes: the words that name a vote (表决, 投票, vote).
        results: the words that name an outcome (result): they label option counts too.

    Returns:
        Each labelled line of option counts from its first count to its last, and each labelled
        line of shares that divide the whole, in text order.
    """
    spans: list[tuple[int, int]] = []
    previous = ""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        found = list(counts.finditer(line))
        if len(found) >= 2:
            before = line[: found[0].start()]
            if any(_labelled(before, words) or _heading(previous, words) for words in (votes, results)):
                spans.append((start + found[0].start(), start + found[-1].end()))
        elif divides(line) and (_labelled(line, votes) or _heading(previous, votes)):
            spans.append((start, start + len(line)))
        if line.strip():
            previous = line.strip()
    return spans


def _labelled(before: str, labels: re.Pattern[str]) -> bool:
    """Whether a label word in ``before`` closes its label with a colon after it (经表决：,
    Result (…):, 现场投票情况：)."""
    return any(_COLON.search(before, label.end()) for label in labels.finditer(before))


def _heading(line: str, labels: re.Pattern[str]) -> bool:
    """Whether ``line`` is a short heading that holds a label word (四、表决情况, [Vote])."""
    return len(line) <= _HEADING_MAX and not _PUNCTUATION.search(line) and labels.search(line) is not None


def tallied_blocks(
    text: str, blocks: list[tuple[int, int]], counts: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The ``blocks`` a tally heading opens (三、投票结果, 接龙统计：, Vote result), each cut after
    its last row of figures (同意：业主240户; Keep it: 61% · Close it: 39%) or of option counts
    (赞成11票，反对3票): the record of the vote or poll, from who took part to what each option
    drew; a line after the tally is the text's again (去年食堂亏损了8万元). A block without such a
    row records no tally.
    """
    spans: list[tuple[int, int]] = []
    for start, end in blocks:
        last = None
        pos = start
        for line in text[start:end].split("\n"):
            if _ROW.search(line) or counts.search(line):
                last = pos + len(line)
            pos += len(line) + 1
        if last is not None:
            spans.append((start, last))
    return spans
