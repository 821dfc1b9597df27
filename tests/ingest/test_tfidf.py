"""TfIdf gives scikit-learn's TF-IDF vectors bit for bit (so Bearings' scores did not change)."""

import numpy as np
from hypothesis import assume, given
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from argkg.ingest.tfidf import TfIdf

_TERMS = st.sampled_from(["政府", "补贴", "电动车", "cost", "tax", "entity:who", "2030", "3.5"])
_TEXTS = st.lists(st.lists(_TERMS, max_size=30).map(" ".join), min_size=1, max_size=12)


@given(_TEXTS, _TEXTS)
def test_vectors_equal_scikit_learns(fitted: list[str], texts: list[str]) -> None:
    assume(any(fitted))  # Bearings fits no space on texts without a term (scikit-learn refuses them too)
    reference = TfidfVectorizer(analyzer=str.split, sublinear_tf=True).fit(fitted)
    space = TfIdf(fitted)
    assert space.vocabulary == reference.vocabulary_
    assert np.array_equal(space.vectors(texts), reference.transform(texts).toarray())
