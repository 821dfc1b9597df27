"""Counts: the noun a number counts when no unit of the data follows it (103 nuclear power
plants, in four cities, 约 200 城, 103 座核电站, 四个选项).

`CountReader` reads, right after a numeral, the counted noun and returns where it ends and its
name, which becomes the mention's unit (kind ``count``):

- English (no segmenter): a compound in digits (a 60-space lot) counts its noun; else up to
  ``count_noun_modifiers`` modifier words, then a plural noun
  (``count_noun``) or a noun a counter unit names without a plural -s (11 temporary *staff*: the
  unit's name); a modifier or noun in ``count_noun_stoplist`` or ``subject_stops`` (verbs,
  function words: "5 were", "3 is") stops the reading with no count. A part of a counted whole
  (12 *of* the 50 states: an ``of_words`` word, then determiners, numbers and modifiers before a
  plural noun) counts the noun too, but keeps the number's own span; when no counted noun is
  read there (Two of the last three *reports*: a reporting word), a ``part_of`` match still makes
  the part a bare count (unit ``number``), unless the whole is the text's own points (two of the
  reasons).
- Chinese (jieba): the next word when jieba's dictionary tags it a noun (200 城) or a measure word
  (103 座), then the noun after a measure word, which names the unit (核电站).

Small word numerals (four, 四) count only through a measure word or a plural noun, and never
the text's own points: a counted noun in ``enumeration_nouns`` (three reasons, 两个方面) or a
unit marked ``not_after_small_word`` (两种, three times) makes no count. A lone article or
一/one counts nothing, nor does a fraction (half of the users is a share) or a plain year-like
integer (in 2019 cities ...). Not checked: that the noun is the head of its phrase ("3 nuclear
plants" and "3 nuclear plants' owners" both count plants).
"""

import re

from argkg.ingest import segment
from argkg.ingest.numbers.context import word_tag
from argkg.ingest.numbers.data import BARE, NumberData
from argkg.ingest.numbers.numerals import Numeral

__all__ = ["CountReader"]

_CJK_RUN = re.compile(r"[ \t]*([\u3400-\u9fff]+)")
_LATIN_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'-]*)")
_TOKEN = re.compile(r"[ \t]+([A-Za-z][A-Za-z'-]*|\d[\d,.]*)")
#: Digits glued by a hyphen to a singular noun that modifies the next word: a 60-space lot.
_COMPOUND = re.compile(r"-([a-z]{3,})(?=[ \t]+[A-Za-z])")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PART_REACH = 60  # characters after "of the" where an enumeration noun makes a part no count
_PART_WORDS = 4  # words after "of the" where it may stand (two of the three main reasons)


class CountReader:
    """Reads the noun counted by a number (compiled once per language).

    Args:
        data: the language's numbers data.
    """

    def __init__(self, data: NumberData) -> None:
        self.data = data
        self._plural = re.compile(data.count_noun) if data.count_noun else None
        self._stop = {w.lower() for w in (*data.count_noun_stoplist, *data.subject_stops)}
        # nouns with no plural -s that a counter unit names (staff, children): counted after
        # modifiers too (11 temporary staff), in the unit's name
        self._counters = {
            w.lower(): u.unit
            for u in data.units
            if u.counter and not (u.followed_by or u.prefix or u.not_after_small_word)
            for w in u.surfaces
        }
        self._enumeration = {w.lower() for w in data.enumeration_nouns}
        # `enumerated` looks for the nouns in other scripts as written, all at once; for the
        # Latin ones lowered, as whole words, in the head of the text lowered
        self._written_enumeration = tuple(sorted(w for w in self._enumeration if not w.isascii()))
        self._latin_enumeration = tuple(sorted(w for w in self._enumeration if w.isascii()))
        self._latin_reach = max(map(len, self._latin_enumeration), default=0)
        self._of = {w.lower() for w in data.of_words}
        self._determiners = frozenset(w.lower() for w in data.subject_determiners)
        self._part_of = re.compile(data.part_of, re.IGNORECASE)
        measured = "|".join(re.escape(w) for w in data.enumeration_measured_after) or "(?!)"
        self._measured = re.compile(f"(?<![A-Za-z])(?:{measured})[ \\t]+$", re.IGNORECASE)

    def enumerated(self, rest: str) -> bool:
        """Whether ``rest``, the text after a measure word, opens with an enumeration noun (方面)."""
        head = rest.lstrip()
        if head.startswith(self._written_enumeration):
            return True
        # a Latin noun is no longer than the reach: the head's first characters lowered begin
        # as the whole head lowered does (``rest`` may run to the text's end)
        lowered = head[: self._latin_reach].lower()
        return any(
            lowered.startswith(noun) and not head[len(noun) : len(noun) + 1].isalpha()
            for noun in self._latin_enumeration
        )

    def after(self, text: str, numeral: Numeral, is_year: bool) -> tuple[int, str] | None:
        """The counted noun right after ``numeral``: (where it ends, the unit), or None.

        Args:
            text: the whole text.
            numeral: the number read.
            is_year: the numeral is a plain integer in the data's year range.
        """
        if numeral.single or numeral.fraction or (is_year and not self.data.year_measure_words):
            return None
        if self.data.segmenter == "jieba":
            return self._after_words(text, numeral, measure_only=is_year)
        return self._after_plural(text, numeral)

    def _after_plural(self, text: str, numeral: Numeral) -> tuple[int, str] | None:
        """English: modifiers, then a plural noun (103 nuclear power plants); or a part of a
        counted whole (12 *of the 50 states*), which keeps its span and takes the noun; or the
        noun of a compound in digits (a *60-space* lot, a 3-bedroom flat)."""
        compound = _COMPOUND.match(text, numeral.end) if numeral.arabic else None
        if compound is not None and compound[1] not in self._stop:
            return compound.end(), compound[1]
        of = _LATIN_WORD.match(text, numeral.end)
        if of is not None and of[1].lower() in self._of:
            found = self._plural_noun(text, of.end(), numeral, skip=self._determiners)
            return self._part(text, numeral) if found is None else (numeral.end, found[1])
        return self._plural_noun(text, numeral.end, numeral)

    def _part(self, text: str, numeral: Numeral) -> tuple[int, str] | None:
        """A part of a whole whose noun is no counted noun (Two of the last three reports):
        a bare count, unless an enumeration noun follows among the next few words (two of the
        three reasons)."""
        match = self._part_of.match(text, numeral.end)
        if match is None:
            return None
        following = [w.lower() for w in _WORDS.findall(text, match.end(), match.end() + _PART_REACH)]
        if any(w in self._enumeration for w in following[:_PART_WORDS]):
            return None
        return numeral.end, BARE

    def _plural_noun(
        self, text: str, pos: int, numeral: Numeral, skip: frozenset[str] = frozenset()
    ) -> tuple[int, str] | None:
        """The plural noun after ``pos`` and up to ``count_noun_modifiers`` modifiers, plus
        numbers and ``skip`` words (the 50): (where it ends, the noun lower-cased)."""
        if self._plural is None:
            return None
        room = self.data.count_noun_modifiers + 1
        while room:
            word = _TOKEN.match(text, pos)
            if word is None:
                return None
            pos, written = word.end(), word[1].lower()
            if written in skip:
                continue
            if written[0].isdigit():  # the whole's number in a part (12 of the 50 states) is
                if skip and room > self.data.count_noun_modifiers:  # skipped; a later one ends
                    continue  # the phrase (eleven played 90 minutes: no count of minutes)
                return None
            room -= 1
            if written in self._stop:
                return None
            if self._plural.fullmatch(word[1]):
                enumerated = numeral.small_word and written in self._enumeration
                return None if enumerated and not self._difference(text, numeral) else (word.end(), written)
            if written in self._counters:
                return word.end(), self._counters[written]
        return None

    def _difference(self, text: str, numeral: Numeral) -> bool:
        """Whether the numeral measures a difference (rose *by* eight points): an enumeration
        noun after it is then a unit, not the text's own points."""
        return self._measured.search(text, max(0, numeral.start - _PART_REACH), numeral.start) is not None

    def _after_words(self, text: str, numeral: Numeral, measure_only: bool = False) -> tuple[int, str] | None:
        """Chinese: a measure word and its noun (103 座核电站), or a noun alone (200 城) unless
        ``measure_only`` (a year-like number before a bare noun is rather a label)."""
        run = _CJK_RUN.match(text, numeral.end)
        if run is None or (numeral.value == 0 and not numeral.arabic):  # 零件, 零头: words, no counts
            return None
        words = [(w, b) for w, _, b in segment.tokenize(run[1])][:2]
        first, tag = words[0][0], word_tag(words[0][0])
        glued = tag not in (*self.data.count_noun_tags, *self.data.measure_tags)
        if first[0] in self.data.measure_words and first not in self.data.measure_words and glued:
            # 口人, 辆车: a measure word the segmenter glued to its noun, in no noun or measure class
            words = [(first[0], 1), (first[1:], len(first))]
            first = first[0]
        tagged = tag in self.data.measure_tags and first not in self._stop
        if tagged or first in self.data.measure_words:
            rest = run[1][words[0][1] :]
            if numeral.small_word and self.enumerated(rest):
                return None
            if len(words) > 1 and word_tag(words[1][0]) in self.data.count_noun_tags:
                return run.start(1) + words[1][1], words[1][0]
            return run.start(1) + words[0][1], first
        noun = not measure_only and tag in self.data.count_noun_tags and first not in self._stop
        if noun and not numeral.small_word and first not in self._enumeration:
            return run.start(1) + words[0][1], first
        return None
