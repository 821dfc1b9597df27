"""Chinese word segmentation: jieba's default cut, each block of a document cut only once.

The tokenizer segments a Chinese text with jieba, and several stages segment parts of the same
text again (attribution's clauses, the numbers' subjects and counted nouns, the statements whose
terms the dependencies compare, the topic profiles): that was about half the extraction time of
a Chinese text. jieba splits a text into blocks (runs of ideographs, Latin letters, digits and
``+#&._%-``, jieba's ``re_han_default``) and cuts each block on its own; everything between
blocks becomes one token per character, or per blank (``re_skip_default``). So the words of any
text are its blocks' words in order, and a block's words can be kept once cut.

`cut` and `tokenize` give exactly what ``jieba.cut`` and ``jieba.tokenize`` give (default mode,
HMM on) and keep each block's words until `forget` is called. The pipeline's tokenizer calls
it before each new text (through `argkg.ingest.memo.forget`), so what is kept is the current
document's blocks only: one document never speeds up another, and memory stays bounded by one
text (and by ``_MAX_BLOCKS`` for texts segmented outside the pipeline). What is kept is only a
cache of jieba's output: it is never stale unless jieba's dictionary changes while a document
is read (argkg never changes it).

A block of ideographs only, or of Latin letters and digits only (nine tenths of a Chinese text's
block characters), is cut with jieba-rs (``rjieba``, the same dictionary and the same route in
compiled code, ten times faster); a block that mixes them or holds jieba's block signs
is cut by `_cut_mixed`, jieba's own steps in Python: there jieba-rs's HMM reads a run of single
characters whole where jieba's splits it into ideographs and the rest first ('11.2mmol',
'low-income', 'e常在的施' are cut otherwise). Of a block of ideographs, only the route is
jieba-rs's: its runs of single characters go to jieba's HMM in Python (`_hmm_words`), as
jieba-rs's HMM reads the emission log probabilities rounded to six decimals and so, where two
paths score alike (a run's paths that permute the same words: 'BMEBE' and 'BEBME' for a run like
'京国国国南'), can pick the other one.
`tests/ingest/test_segment.py` holds both to jieba.
"""

import re
from collections.abc import Callable, Iterator
from functools import cache
from math import inf, log
from pathlib import Path

import jieba
from jieba import finalseg

from argkg.ingest import memo

__all__ = ["cut", "lcut", "tokenize", "words_and_spaces", "parts", "split", "general_idf", "forget"]

_BLOCK = jieba.re_han_default
_BLANK = jieba.re_skip_default
_BLANKS = re.compile(r"\s+")  # runs of what ``str.isspace`` holds (the engine reads \s as it does)
_MAX_BLOCKS = 100_000  # past this many blocks kept, start again (texts segmented outside the pipeline)
_blocks: dict[str, tuple[str, ...]] = {}
#: a block jieba-rs cuts exactly as jieba does: ideographs only, or Latin letters and digits only
_PURE = re.compile(r"[\u4E00-\u9FD5]+|[a-zA-Z0-9]+")
_STATES = "BMES"  # the HMM's states: a word's begin, middle, end, a single-character word
_B, _E, _S = (_STATES.index(y) for y in "BES")


def cut(text: str, cut_all: bool = False) -> Iterator[str]:
    """Iterate over jieba's words of ``text``, as ``jieba.cut(text)`` does.

    Args:
        text: the text.
        cut_all: must be False (jieba's full mode is not offered); the argument exists because
            spaCy's Chinese tokenizer passes it.

    Returns:
        An iterator over the words, in order; joined they are ``text``.
    """
    if cut_all:
        raise ValueError("only jieba's default (accurate) mode is offered")
    return iter(lcut(text))


def lcut(text: str) -> list[str]:
    """Return jieba's words of ``text`` as a list, as ``jieba.lcut(text)`` does.

    `_BLOCK` and `_BLANK` each capture their whole match, so their ``split`` alternates what lies
    between matches (even places) with the matches (odd places): jieba asks ``match`` of every
    piece, but a piece between two maximal runs holds no block character, and the runs
    themselves all match. A piece between blocks is one token per character, a blank (or
    ``\\r\\n``) kept whole: a single character is its own token either way.
    """
    words: list[str] = []
    kept = _blocks
    for index, piece in enumerate(_BLOCK.split(text)):
        if index % 2:
            words += kept.get(piece) or _words(piece)
        elif len(piece) == 1:
            words.append(piece)
        elif piece:
            for place, part in enumerate(_BLANK.split(piece)):
                if place % 2:
                    words.append(part)
                else:
                    words += part
    return words


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield ``(word, start, end)`` for jieba's words of ``text``, as ``jieba.tokenize(text)`` does."""
    start = 0
    for word in lcut(text):
        end = start + len(word)
        yield word, start, end
        start = end


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """Return the words and spaces of spaCy's jieba tokenizer for ``text``, without its cost.

    spaCy's Chinese tokenizer drops jieba's blank words and aligns the rest with the text by
    searching the rest of the text for each word (``spacy.util.get_words_and_spaces``: quadratic
    in the text's length); jieba's words are the text in order, so each word's place is known.
    As there, a run of blanks between words becomes one token, except that one space right after
    a word becomes that word's trailing space.

    The text is read in one pass: jieba's blocks hold no blank, so its split at `_BLOCK` gives
    the blocks (cut once each, `_words`) and, between them, pieces that hold every blank and
    every other character: each such character is a word, each run of blanks one token. Cutting
    each run between blanks with `lcut` gave the same words but sliced and split the text once
    per run (a fifth less time on a Chinese article).

    Args:
        text: the text.

    Returns:
        The tokens' texts and whether each is followed by a space, as ``Doc(vocab, words, spaces)``
        takes them.
    """
    words: list[str] = []
    spaced: list[int] = []  # the words a space follows
    kept = _blocks
    for index, piece in enumerate(_BLOCK.split(text)):
        if index % 2:
            words += kept.get(piece) or _words(piece)
            continue
        pos = 0
        for blanks in _BLANKS.finditer(piece):
            start, end = blanks.span()
            words += piece[pos:start]  # one word per character
            if piece[start] == " " and words:  # one space right after a word is its trailing space
                spaced.append(len(words) - 1)
                start += 1
            if end > start:
                words.append(piece[start:end])
            pos = end
        words += piece[pos:]
    spaces = [False] * len(words)
    for at in spaced:
        spaces[at] = True
    return words, spaces


def parts(word: str) -> list[str]:
    """Return the dictionary words of two or more characters inside ``word``, ``word`` itself not
    among them: the extra words of jieba's search mode (``jieba.cut_for_search``), so that a
    compound and a shorter word within it can be matched."""
    return [part for part in jieba.cut_for_search(word) if part != word and len(part) > 1]


def split(word: str) -> list[str]:
    """Return the words jieba would cut ``word`` into if it were not one dictionary word: the most
    probable route through the dictionary words inside it (a character alone where none fits),
    scored as jieba scores its routes, ``word`` itself left out.

    A compound is then its words ("体育课": 体育, 课; "半小时": 半, 小时), while a word that
    only contains another one is cut around it ("小时候", childhood: 小, 时候, not 小时, hour).

    >>> split("体育课"), split("小时候")
    (['体育', '课'], ['小', '时候'])
    """
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    freq: dict[str, int] = tokenizer.FREQ
    logtotal = log(tokenizer.total)
    size = len(word)
    scores = [0.0] * (size + 1)
    ends = [size] * size
    for start in range(size - 1, -1, -1):
        best, best_end = log(freq.get(word[start]) or 1) - logtotal + scores[start + 1], start + 1
        for end in range(start + 2, size + 1 if start else size):
            count = freq.get(word[start:end])
            if count and log(count) - logtotal + scores[end] > best:
                best, best_end = log(count) - logtotal + scores[end], end
        scores[start], ends[start] = best, best_end
    found: list[str] = []
    at = 0
    while at < size:
        found.append(word[at : ends[at]])
        at = ends[at]
    return found


@cache
def _idf_table() -> dict[str, float]:
    """jieba's table of inverse document frequencies (``jieba/analyse/idf.txt``), word -> idf."""
    table: dict[str, float] = {}
    with (Path(jieba.__file__).parent / "analyse" / "idf.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.rstrip("\n").partition(" ")
            if value:
                table[word] = float(value)
    return table


def general_idf(word: str) -> float | None:
    """How rare ``word`` is in general Chinese text: its idf in jieba's table, None if unlisted.

    A low value marks a word every text uses ("什么", "就是", "两个"): a function word whatever
    a text is about, which the topic profiles leave out.

    >>> general_idf("什么") < general_idf("零花钱")
    True
    """
    return _idf_table().get(word)


def forget() -> None:
    """Drop the blocks kept so far (the pipeline calls this before each new text)."""
    _blocks.clear()


memo.on_forget(forget)


def _words(block: str) -> tuple[str, ...]:
    """jieba's words of one block, cut on the first request."""
    words = _blocks.get(block)
    if words is None:
        if len(_blocks) >= _MAX_BLOCKS:
            _blocks.clear()
        words = _blocks[block] = tuple(_cut_block(block))
    return words


def _cut_block(block: str) -> list[str]:
    """jieba's words of one block (a whole match of `_BLOCK`), as ``jieba.cut(block)`` gives them.

    A block of Latin letters and digits only is jieba-rs's whole cut (no HMM reads such a run:
    jieba and jieba-rs both keep it whole). A block of ideographs only takes jieba-rs's route (its
    cut with the HMM off) and `_singles` on the route's runs of single characters: jieba-rs's HMM
    reads its emission log probabilities rounded to six decimals (jieba-rs's ``hmm.model``) where
    jieba's ``finalseg`` keeps them whole, so where two of the HMM's paths score (nearly) alike,
    as the paths of a run that permute the same words do ('BMEBE' and 'BEBME'), the two can pick
    different paths. Any other block is `_cut_mixed`'s.
    """
    if not _PURE.fullmatch(block):
        return _cut_mixed(block)
    if block.isascii():
        return _compiled_cut()(block, True)
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    return _with_hmm(_compiled_cut()(block, False), tokenizer.FREQ)


@cache
def _compiled_cut() -> Callable[[str, bool], list[str]]:
    """jieba-rs's default cut (HMM on unless the second argument is False), imported on first
    use: the import loads its dictionary (about 0.2 s), which an English-only run never needs."""
    import rjieba

    return rjieba.cut


def _cut_mixed(block: str) -> list[str]:
    """jieba's words of a block that mixes ideographs with letters, digits or block signs.

    The steps of jieba's default mode (``Tokenizer.__cut_DAG``): from each character, the words
    of the prefix dictionary that begin there; the most probable route through them (the sum of
    the words' log frequencies, taken from the end of the block, ties going to the longer word,
    as ``max`` over ``(score, end)`` does); then every run of single characters on the route
    that is not itself a dictionary word goes to the HMM (``jieba.finalseg.cut``). Done in one
    pass with the dictionary and ``log`` in local names, and each candidate's frequency read
    while the prefixes are walked (jieba builds the DAG, then looks each word up again): jieba's
    route search was a fifth of a Chinese text's extraction. The same floating-point operations
    in the same order, so the same route; `tests/ingest/test_segment.py` holds it to jieba's words.
    """
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    freq: dict[str, int] = tokenizer.FREQ
    logtotal = log(tokenizer.total)
    size = len(block)
    scores = [0.0] * (size + 1)  # the best route's score from each character to the block's end
    ends = [0] * size  # where the first word of that route ends (its last character)
    for start in range(size - 1, -1, -1):
        best, best_end = -inf, -1
        end, piece = start, block[start]
        while (count := freq.get(piece)) is not None:
            if count:  # a word (0: only a prefix of longer words)
                score = log(count) - logtotal + scores[end + 1]
                if score >= best:  # jieba's max over (score, end): a tie goes to the later end
                    best, best_end = score, end
            end += 1
            if end == size:
                break
            piece = block[start : end + 1]
        if best_end < 0:  # no dictionary word begins here: the character alone
            best, best_end = log(freq.get(block[start]) or 1) - logtotal + scores[start + 1], start
        scores[start], ends[start] = best, best_end
    routed: list[str] = []
    at = 0
    while at < size:
        routed.append(block[at : ends[at] + 1])
        at = ends[at] + 1
    return _with_hmm(routed, freq)


def _with_hmm(route: list[str], freq: dict[str, int]) -> list[str]:
    """The words of jieba's route through a block: each word of two or more characters as it
    is, each run of single characters as `_singles` gives it (``Tokenizer.__cut_DAG``)."""
    words: list[str] = []
    single = ""
    for word in route:
        if len(word) == 1:
            single += word
        else:
            if single:
                words += _singles(single, freq)
                single = ""
            words.append(word)
    if single:
        words += _singles(single, freq)
    return words


def _singles(run: str, freq: dict[str, int]) -> list[str]:
    """A run of single-character words on jieba's route: one word, the HMM's words if the run is
    no dictionary word, else its characters (as ``Tokenizer.__cut_DAG``)."""
    if len(run) == 1:
        return [run]
    if not freq.get(run):
        return _hmm_cut(run)
    return list(run)


def _hmm_cut(run: str) -> list[str]:
    """``list(jieba.finalseg.cut(run))``: runs of ideographs cut by the HMM (`_hmm_words`), the
    rest split as finalseg splits it."""
    words: list[str] = []
    for piece in finalseg.re_han.split(run):
        if finalseg.re_han.match(piece):
            for word in _hmm_words(piece):
                if word in finalseg.Force_Split_Words:
                    words += word
                else:
                    words.append(word)
        else:
            words += (part for part in finalseg.re_skip.split(piece) if part)
    return words


#: one state's way in: the two states that may come before it (finalseg's ``PrevStatus``, in its
#: order) with their transitions' log probabilities, and whether the second wins a tie
_Ways = tuple[int, float, int, float, bool]


@cache
def _hmm() -> tuple[list[float], list[dict[str, float]], list[_Ways]]:
    """jieba's HMM by state index (B, M, E, S): start log probabilities, emission tables, and the
    ways into each state."""
    start = [finalseg.start_P[y] for y in _STATES]
    emit = [finalseg.emit_P[y] for y in _STATES]
    ways = []
    for y in _STATES:
        first, second = finalseg.PrevStatus[y]
        moves = [finalseg.trans_P[y0].get(y, finalseg.MIN_FLOAT) for y0 in (first, second)]
        ways.append((_STATES.index(first), moves[0], _STATES.index(second), moves[1], second > first))
    return start, emit, ways


def _hmm_words(chars: str) -> list[str]:
    """The words jieba's HMM cuts a run of ideographs into (``finalseg.__cut``).

    The same Viterbi search as ``finalseg.viterbi``, with the same sums in the same order and the
    same choices (``max`` over two (probability, state) pairs: the larger probability, on a tie
    the later state letter), but each step keeps only the state it came from, not a copy of the
    whole path, and the tables are read by index: finalseg copies every path at every character.
    """
    start, emit, ways = _hmm()
    floor = finalseg.MIN_FLOAT
    first = chars[0]
    scores = [start[y] + emit[y].get(first, floor) for y in range(4)]
    came_from: list[list[int]] = []
    for char in chars[1:]:
        here = []
        froms = []
        for y in range(4):
            emitted = emit[y].get(char, floor)
            one, one_move, two, two_move, two_wins_tie = ways[y]
            by_one = scores[one] + one_move + emitted
            by_two = scores[two] + two_move + emitted
            if by_two > by_one or (by_two == by_one and two_wins_tie):
                here.append(by_two)
                froms.append(two)
            else:
                here.append(by_one)
                froms.append(one)
        scores = here
        came_from.append(froms)
    end = max((scores[y], _STATES[y]) for y in (_E, _S))[1]
    states = [_STATES.index(end)]
    for froms in reversed(came_from):
        states.append(froms[states[-1]])
    states.reverse()
    words: list[str] = []
    begin = next_at = 0
    for i, y in enumerate(states):
        if y == _B:
            begin = i
        elif y == _E:
            words.append(chars[begin : i + 1])
            next_at = i + 1
        elif y == _S:
            words.append(chars[i])
            next_at = i + 1
    if next_at < len(chars):
        words.append(chars[next_at:])
    return words
