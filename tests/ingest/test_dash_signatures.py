"""A dash and a name after a letter's last sentence sign it: no claim (texts written for these
tests). The letter's sentences stay claims."""

from argkg.ingest import ingest_text
from argkg.schema import Claim

LETTERS_EN = """Should the library stay open on Sunday afternoons?

Your letters this week.

The Sunday opening is the only time my children can get there, with both of us working all week. Please keep it. — Dana, Westfield

It costs the council far more than it saves, and the rooms are half empty by three. — Retired librarian, name supplied
"""

LETTERS_ZH = """图书馆周日下午要不要继续开放？

本周读者来信摘登如下。

周日下午是孩子们唯一能去图书馆的时间，我们夫妻俩平时都要上班，希望继续开放。——三组 王丽

周日下午来的人不多，开放一次的水电和人工都不少，不如把钱花在延长工作日的开放时间上。——退休职工 老陈
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)]


def test_a_dash_and_a_name_sign_a_letter_in_english() -> None:
    claims = _claims(LETTERS_EN)
    assert not any("Dana" in c or "librarian" in c for c in claims)
    assert any(c.startswith("It costs the council far more") for c in claims)


def test_a_dash_and_a_name_sign_a_letter_in_chinese() -> None:
    claims = _claims(LETTERS_ZH)
    assert not any("王丽" in c or "老陈" in c for c in claims)
    assert any(c.startswith("周日下午来的人不多") for c in claims)
