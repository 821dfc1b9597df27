"""TF-IDF vectors of a handful of short texts, without scikit-learn's per-call overhead.

`argkg.ingest.bearings` fits one TF-IDF space per document, on a few dozen statements, and
scikit-learn's ``TfidfVectorizer`` spent most of that time validating its parameters and
inputs (a fifth of English extraction on short texts). `TfIdf` computes what
``TfidfVectorizer(analyzer=str.split, sublinear_tf=True)`` computes, in the same order of
floating-point operations, so the vectors are the same to the last bit:

- the vocabulary is every term of the fitted texts, in sorted order;
- ``idf(t) = ln((1 + n) / (1 + df(t))) + 1`` (smoothed), ``n`` texts fitted;
- a text's weight for term ``t`` is ``(1 + ln(count)) * idf(t)``; terms outside the
  vocabulary are ignored;
- each row is divided by its Euclidean norm (its squares summed in vocabulary order), unless
  the row is all zeros.
"""

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

__all__ = ["TfIdf"]


class TfIdf:
    """A TF-IDF space fitted on some texts whose terms are separated by spaces.

    Args:
        fitted: the texts the vocabulary and the document frequencies come from.
    """

    def __init__(self, fitted: Sequence[str]) -> None:
        frequency: Counter[str] = Counter()
        for text in fitted:
            frequency.update(set(text.split()))
        #: term -> its column.
        self.vocabulary = {term: i for i, term in enumerate(sorted(frequency))}
        df = np.array([frequency[term] for term in self.vocabulary], dtype=np.float64) + 1.0
        idf = np.full_like(df, fill_value=len(fitted) + 1, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        self._idf = idf

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text: its L2-normalised TF-IDF weights over the vocabulary."""
        rows: list[list[int]] = []
        counts: list[int] = []
        for text in texts:
            found = Counter(self.vocabulary[t] for t in text.split() if t in self.vocabulary)
            columns = sorted(found)
            rows.append(columns)
            counts.extend(found[c] for c in columns)
        indices = [c for columns in rows for c in columns]
        data = np.asarray(counts, dtype=np.float64)
        np.log(data, out=data)
        data += 1.0
        data *= self._idf[np.asarray(indices, dtype=np.intp)]
        matrix = np.zeros((len(texts), len(self.vocabulary)))
        at = 0
        for i, columns in enumerate(rows):
            weights = data[at : at + len(columns)]
            at += len(columns)
            squares = 0.0
            for w in weights.tolist():
                squares += w * w
            if squares != 0.0:
                weights /= math.sqrt(squares)
            matrix[i, columns] = weights
        return matrix
