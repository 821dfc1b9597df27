"""The spaCy component ``argkg_numbers``: `find_numbers` on each Doc, into ``doc._.argkg_numbers``.

When the sentence component ran first (``doc._.argkg_sentences``), its sentences bound the
cue and hedge search, instead of splitting the text again.

Importing this module registers the factory (``@Language.factory`` beside the class).
"""

from spacy.language import Language
from spacy.tokens import Doc

from argkg.errors import InputError
from argkg.ingest.docview import doc_text
from argkg.ingest.numbers.scanner import find_numbers
from argkg.schema.vocabulary import Lang

__all__ = ["NumberFinder", "make_number_finder"]


class NumberFinder:
    """spaCy component: writes `find_numbers` of the doc's text to ``doc._.argkg_numbers``.

    Args:
        nlp: the pipeline.
        name: the component's name.
        lang: the language of the texts.
    """

    def __init__(self, nlp: Language, name: str, *, lang: Lang) -> None:
        self.name = name
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one doc. RETURNS: the same doc, with ``doc._.argkg_numbers`` set."""
        sentences = doc._.argkg_sentences if Doc.has_extension("argkg_sentences") else None
        ends = None if sentences is None else [s.end for s in sentences]
        doc._.argkg_numbers = find_numbers(doc_text(doc), self.lang, sentence_ends=ends)
        return doc


@Language.factory("argkg_numbers", assigns=["doc._.argkg_numbers"], default_config={"lang": ""})
def make_number_finder(nlp: Language, name: str, lang: str) -> NumberFinder:
    """Build the ``argkg_numbers`` component.

    Args:
        nlp: the pipeline.
        name: the component's name.
        lang: the texts' language; empty means the pipeline's (``nlp.lang``).

    Returns:
        The component.

    Raises:
        InputError: the language is not one argkg reads.
    """
    code = lang or nlp.lang or ""
    try:
        return NumberFinder(nlp, name, lang=Lang(code))
    except ValueError as exc:
        raise InputError(f"no number data for language {code!r}") from exc
