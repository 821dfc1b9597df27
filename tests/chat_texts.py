"""Short chat exports shared by the layout and the proposition tests (importable: ``tests/`` is
on pytest's pythonpath)."""

from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns
from argkg.schema import Lang

#: A reading group's chat export: header lines ("小周 21:02") over messages without a full stop,
#: the first of them an unmarked yes/no question.
READING_GROUP_CHAT = (
    "读书会群 聊天记录\n\n"
    "小周 21:02\n"
    "下个月要不要改成线上读书会\n\n"
    "阿梅 21:04\n"
    "线上的话外地的朋友也能来\n"
    "场地费也省了\n\n"
    "老陈 21:05\n"
    "线上大家都开小差\n"
)


def turn_labels(text: str, lang: Lang) -> list[str]:
    """The label of each speaker turn `argkg.ingest.turns.find_turns` reads in ``text``, in order."""
    doc = build_nlp(lang)(text)
    return [t.label for t in find_turns(text, doc._.argkg_blocks, lang)]
