"""The same text is read the same whatever the hash seed: no order comes from iterating a set of str.

A set of str iterates in an order set by ``PYTHONHASHSEED``; word lists built as sets and sorted
by length alone kept that order among words of one length, and Chinese stop words that overlap
("不应" and "应该" in "不应该") were blanked out first one, then the other, so a text's content
terms, and with them its stance on an issue, changed from one run to the next.
"""

import os
import subprocess
import sys

from argkg.ingest.issue_terms import _zh_drops
from argkg.ingest.lexicon import longest_first

#: An invented text in which each pair of overlapping Chinese stop words of one length meets.
_OVERLAPS = "虽然而今孩子不应当整天玩手机，家长不应该也不能够全管，但是否可能够少玩一点？"

_PROGRAM = (
    "from argkg.ingest.issue_terms import content_terms\n"
    "import sys\n"
    "print(sorted(content_terms(sys.argv[1])))\n"
)


def _terms_with_seed(seed: int) -> str:
    """`content_terms` of `_OVERLAPS` as printed by a fresh interpreter with hash seed ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, _OVERLAPS], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_invented_text_holds_overlapping_stop_words_of_one_length() -> None:
    anywhere = [w for w in _zh_drops()[0] if len(w) == 2]
    overlapping = [
        (a, b) for a in anywhere for b in anywhere if a != b and a[1] == b[0] and a + b[1] in _OVERLAPS
    ]
    assert overlapping  # otherwise the test below proves nothing


def test_content_terms_do_not_depend_on_the_hash_seed() -> None:
    found = {_terms_with_seed(seed) for seed in range(4)}
    assert len(found) == 1, found


def test_longest_first_orders_words_of_one_length_by_code_point() -> None:
    assert longest_first({"应该", "不应", "不"}) == ["不应", "应该", "不"]
    assert longest_first(["bc", "ab", "bc"]) == ["ab", "bc"]
