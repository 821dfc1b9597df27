"""Reading files: encodings, refusal of binary data, normalisation."""

import codecs
import unicodedata
from pathlib import Path

import pytest

from argkg.errors import InputError
from argkg.ingest import reader
from argkg.ingest.reader import decode_bytes, normalise, read_text

TEXT = "如果数据不够,模型就会停滞。Data matters."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf32", "gb18030", "gbk"],
)
def test_decodes_the_supported_encodings(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_refuses_nul_bytes_without_a_bom() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")


def test_refuses_random_bytes() -> None:
    data = bytes(range(1, 256)) * 8
    with pytest.raises(InputError):
        decode_bytes(data, name="blob.bin")


def test_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_text(tmp_path / "absent.txt")


def test_read_text_normalises(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff第一行，有全角标点：是吗？\r\n\r\n\r\n\r\n  second\tline  \u3000 \r\n".encode())
    assert read_text(path) == "第一行，有全角标点：是吗？\n\nsecond line"


def test_normalise_removes_invisible_and_control_characters() -> None:
    assert normalise("a\u200bb\x07c\u00a0d") == "abc d"


def test_normalise_makes_each_run_of_blanks_one_space_but_a_lone_ideographic_space() -> None:
    assert normalise("a \t b\u00a0c d\u3000e\u3000 f \u3000g\u3000\u3000h") == "a b c d\u3000e f g h"


def test_normalise_is_idempotent() -> None:
    once = normalise(" x\r\ny \n\n\n\nz\u2028w ")
    assert normalise(once) == once == "x\ny\n\nz\nw"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT, "Prices fall 10% a year.", "四天工作制能提高生产效率。"])
def test_recognises_utf16_without_a_bom(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "data,offset",
    [
        ("Größe und Maße".encode("latin-1"), 2),
        ("Ärger über Öl".encode("latin-1"), 0),
        ("Привет, мир".encode("cp1251"), 0),
        ("こんにちは世界".encode("shift_jis"), 0),
        (b"plain ascii then \xff\xfe\xfd bytes", 17),
    ],
    ids=["latin1-word", "latin1", "cp1251", "shift-jis", "stray-bytes"],
)
def test_invalid_utf8_that_is_not_chinese_names_the_first_bad_byte(data: bytes, offset: int) -> None:
    with pytest.raises(InputError, match=rf"^x\.txt is not UTF-8 \(first bad byte at offset {offset}\)"):
        decode_bytes(data, name="x.txt")


def test_gb18030_chinese_with_latin_words_is_read() -> None:
    text = "这是GDP增长了5%的文本，OK。"
    assert decode_bytes(text.encode("gb18030")) == text


def test_control_characters_are_exactly_unicodes_cc() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    kept = "".join(ch for ch in every if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    binary = [ch for ch in every if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\x0b\x0c"]
    assert reader._CONTROLS.sub("", every) == kept
    assert reader._BINARY_CONTROLS.findall(every) == binary
