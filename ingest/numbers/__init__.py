"""Numeric evidence: the numbers of a text that report a quantity, normalised (DESIGN.md §1).

The package reads numbers in one pass over the text (`scanner.find_numbers`) with helpers that
each own one concern: numeral words and digits (`numerals`), the counted noun (`counts`), rates
(`rates`), the clause, cues, hedges and subject around a number (`context`), and the validated
language data they all read (`data`, from ``ingest/data/[<lang>/]numbers.yaml``). `mention`
holds `NumberMention`; `component` the spaCy component. Importing this package registers the
``argkg_numbers`` factory.
"""

from argkg.ingest.numbers.component import NumberComponent
from argkg.ingest.numbers.mention import NumberMention
from argkg.ingest.numbers.scanner import find_numbers

__all__ = ["NumberComponent", "NumberMention", "find_numbers"]
