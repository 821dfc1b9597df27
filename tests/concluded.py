"""What the conclusion tests share (importable: ``tests/`` is on pytest's pythonpath)."""

from argkg.ingest import ingest_text
from argkg.schema import Conclusion, Lang


def conclusion_texts(text: str, lang: Lang) -> list[str]:
    """The wording of each `Conclusion` of ``text``, ingested on its own in ``lang``."""
    return [c.text for c in ingest_text(text, source="t.txt", lang=lang).of_type(Conclusion)]
