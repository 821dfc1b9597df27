"""Reading a text file: decode it, refuse what is not text, and normalise it.

Decoding tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, then
charset-normalizer's best guess (GB18030 covers GBK and GB2312). UTF-16 without a BOM is not
guessed: its NUL bytes make it look binary, and guessing it wrongly would produce garbage.

The normalised text (`normalise`) is what every offset in argkg points into and what the
Document stores: the source's own characters (full-width punctuation, 「」, ideographic spaces
kept; canonical composition NFC only), no BOM or zero-width characters, ``\n`` line ends, each
line stripped with runs of spaces collapsed, at most one empty line in a row. The pipeline
reads `fold` of it: the same text with each character replaced by its compatibility form
(NFKC) when that is a single character (``，`` → ``,``, ``１`` → ``1``), so the rules match
one form and every offset is valid in both texts (DESIGN.md §6, verbatim quotes).
"""

import codecs
import os
import re
import stat
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from argkg.config import DEFAULT_MAX_CHARS
from argkg.errors import InputError

__all__ = ["read_text", "decode_bytes", "normalise", "fold", "check_size"]

#: Bytes a character takes at most in any encoding argkg reads (UTF-32): a file longer than
#: ``max_chars`` times this is refused before it is read.
_MAX_BYTES_PER_CHAR = 4

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Characters that carry no text: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")
#: The ideographic space: kept as the source wrote it when it stands alone.
_IDEOGRAPHIC_SPACE = "\u3000"
_BLANK_LINES = re.compile(r"\n{3,}")
#: Decoded text with more control characters than this share is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


def read_text(path: Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Read, decode and normalise the text file ``path``.

    The file is opened without blocking and refused unless it is a regular file (a FIFO or a
    device would block or never end), and refused unread when it is too large to hold at most
    ``max_chars`` characters.

    Args:
        path: the file to read.
        max_chars: the longest text accepted, in characters.

    Returns:
        The normalised text (see `normalise`).

    Raises:
        InputError: the file is missing, unreadable, not a regular file, too long, binary, or in
            no encoding argkg can tell.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as file:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"{path} is not a regular file")
            if info.st_size > max_chars * _MAX_BYTES_PER_CHAR:
                raise InputError(_too_long(path, f"{info.st_size} bytes", max_chars))
            data = file.read()
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return check_size(normalise(decode_bytes(data, name=str(path))), name=str(path), max_chars=max_chars)


def check_size(text: str, *, name: str, max_chars: int) -> str:
    """Return ``text`` if it has at most ``max_chars`` characters.

    Raises:
        InputError: the text is longer; the message names the limit and how to raise it.
    """
    if len(text) > max_chars:
        raise InputError(_too_long(name, f"{len(text)} characters", max_chars))
    return text


def _too_long(name: object, size: str, max_chars: int) -> str:
    return f"{name} is too long ({size}; the limit is {max_chars} characters, raise it with ARGKG_MAX_CHARS)"


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode the bytes of a text file.

    Args:
        data: the raw bytes.
        name: what to call the input in error messages.

    Returns:
        The decoded (not yet normalised) text.

    Raises:
        InputError: the bytes are binary data or in no encoding argkg can tell.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode(data, encoding, name), name)
    if b"\x00" in data:
        raise InputError(f"{name} is binary data, not text (it contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name} is not text in an encoding argkg can read (tried UTF-8, UTF-16, GB18030)")
    return _checked(_decode(data, best.encoding, name), name)


def normalise(text: str) -> str:
    """Normalise decoded text: NFC, plain line ends and spaces, stripped lines; widths kept.

    Args:
        text: decoded text.

    Returns:
        The normalised text; offsets in argkg's graph point into it.
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _LINE_BREAKS.sub("\n", text)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc" or ch == "\t")
    lines = (_SPACES.sub(_space, line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _space(run: re.Match[str]) -> str:
    return run.group() if run.group() == _IDEOGRAPHIC_SPACE else " "


def fold(text: str) -> str:
    """Return ``text`` with each character in its single-character compatibility form.

    Args:
        text: normalised text.

    Returns:
        A text of the same length, offset for offset: a character whose NFKC form is one
        character is replaced by it (full-width punctuation, digits and letters, ideographic
        space); the others are kept.
    """
    return text.translate(_FOLDS)


class _FoldTable(dict[int, str]):
    """`str.translate` table computing each character's fold once, on first sight."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code))
        self[code] = folded if len(folded) == 1 else chr(code)
        return self[code]


_FOLDS = _FoldTable()


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"{name} cannot be decoded as {encoding}: {exc}") from exc


def _checked(text: str, name: str) -> str:
    control = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\x0b\x0c")
    if text and control / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name} is binary data, not text ({control} control characters)")
    return text
