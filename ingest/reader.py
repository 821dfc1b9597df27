"""Reading a text file: decode it, refuse what is not text, and normalise it.

Decoding tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, UTF-16
without a BOM when it decodes to readable text, and GB18030 (which covers GBK and GB2312) only
when the result reads as Chinese; anything else is refused with the offset of its first byte
that is not UTF-8, never silently read as a guessed encoding.

The normalised text (`normalise`) is what every offset in argkg points into and what the
Document stores: the source's own characters (full-width punctuation, 「」, ideographic spaces
kept; canonical composition NFC only), no BOM or zero-width characters, ``\n`` line ends, each
line stripped with runs of spaces collapsed, at most one empty line in a row. The pipeline
reads `fold` of it: the same text with each character replaced by its compatibility form
(NFKC) when that is a single character (``，`` → ``,``, ``１`` → ``1``) and the delimiters of
inline markup (``**bold**``, ``*emphasis*``, ``_emphasis_``, `` `code` ``, ``[text](url)``)
blanked, so the rules match one form of the words, not their typography, and every offset is
valid in both texts (DESIGN.md §6, verbatim quotes).
"""

import codecs
import os
import re
import stat
import unicodedata
from pathlib import Path

from argkg.config import DEFAULT_MAX_CHARS
from argkg.errors import InputError
from argkg.ingest.prefilter import Prefiltered

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
#: zero-width characters and the soft hyphen, dropped (a class the engine skips through: ``str.translate``
#: with a table looks every character of the text up in it)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
#: A run of blanks within a line that becomes one space: any but a lone space (one already) and a
#: lone ideographic space (kept as the source wrote it). Replaced by a plain string, where a
#: function that told the two apart ran in Python for every blank of the text.
_SPACES = re.compile("(?![ \u3000](?![^\\S\n]))[^\\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")
#: control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) but tab and line feed
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: those that make a text binary data: control characters but tab, line and page breaks
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
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

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM when the bytes
    hold NULs and decode to readable text (else they are binary); strict UTF-8; GB18030 when
    the result reads as Chinese (`_reads_as_chinese`); UTF-16 without a BOM and without NULs
    (Chinese only) when readable. Anything else is refused, naming the
    offset of the first byte that is not UTF-8, rather than read as some guessed encoding.

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
        utf16 = _utf16(data)
        if utf16 is None:
            raise InputError(f"{name} is binary data, not text (it contains NUL bytes)")
        return _checked(utf16, name)
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if _reads_as_chinese(text):
        return _checked(text, name)
    utf16 = _utf16(data)
    if utf16 is not None:
        return _checked(utf16, name)
    raise InputError(
        f"{name} is not UTF-8 (first bad byte at offset {bad}) and does not read as GB18030 Chinese; "
        "save it as UTF-8"
    )


#: A non-ASCII character with Latin letters right before and after it: mojibake in a GB18030 reading.
_INSIDE_LATIN_WORD = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
#: Share of a decoding's characters that must be readable for UTF-16 without a BOM to be taken.
_MIN_READABLE_SHARE = 0.95


def _utf16(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 without a BOM, when one byte order gives readable text."""
    if len(data) < 2 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _readable_share(text) >= _MIN_READABLE_SHARE:
            return text
    return None


def _readable_share(text: str) -> float:
    """Share of characters that are printable ASCII, line spacing or common Chinese (GB2312)."""
    readable = sum(1 for ch in text if " " <= ch <= "~" or ch in "\n\r\t" or _common_chinese(ch))
    return readable / len(text) if text else 0.0


def _reads_as_chinese(text: str) -> bool:
    """Whether a GB18030 decoding reads as Chinese, not mojibake.

    Most of its non-ASCII characters must be common Chinese characters or punctuation (those
    GB2312 holds): a text in another encoding read as GB18030 gives rare characters instead, or
    single ideographs inside Latin words (Latin-1 "Größe" reads "Gr鲞e").
    """
    foreign = [ch for ch in text if not ch.isascii()]
    if not foreign or any(unicodedata.category(ch) in ("Co", "Cn", "Cs") for ch in foreign):
        return False
    inside_words = len(_INSIDE_LATIN_WORD.findall(text))
    common = sum(1 for ch in foreign if _common_chinese(ch))
    return common / len(foreign) >= _MIN_READABLE_SHARE and inside_words <= len(foreign) * 0.05


def _common_chinese(char: str) -> bool:
    if char.isascii():
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def normalise(text: str) -> str:
    """Normalise decoded text: NFC, plain line ends and spaces, stripped lines; widths kept.

    Args:
        text: decoded text.

    Returns:
        The normalised text; offsets in argkg's graph point into it.
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def fold(text: str) -> str:
    """Return ``text`` with each character in its single-character compatibility form.

    Args:
        text: normalised text.

    Returns:
        A text of the same length, offset for offset: a character whose NFKC form is one
        character is replaced by it (full-width punctuation, digits and letters, ideographic
        space); the others are kept; the delimiters of inline markup are spaces.
    """
    return _blank_markup(text.translate(_FOLDS))


#: Inline markup of Markdown and of plain-text habit, each match's delimiter groups blanked:
#: strong and emphasis (a pair on one line, hugging its words on the inside, not inside a Latin
#: word, so ``snake_case``, ``2 * 3`` and a ``* item`` bullet stay; in Chinese, 是**重点**内容),
#: code spans and links (the text kept, the brackets and the address blanked). Its branches
#: begin with lookbehinds, so the engine would try it at every position: it is tried only at
#: the characters a delimiter begins with (`Prefiltered`).
_MARKUP = Prefiltered(
    re.compile(
        r"(?<![A-Za-z0-9*])(\*\*|__)(?=\S)(?:(?!\1)[^\n])+?(?<=\S)(\1)(?![A-Za-z0-9*])"
        r"|(?<![A-Za-z0-9*_])(\*|_)(?=[^\s*_])(?:(?!\3)[^\n])+?(?<=[^\s*_])(\3)(?![A-Za-z0-9*_])"
        r"|(`)[^`\n]+(`)"
        r"|(\[)[^\]\n]+(\]\([^)\s]+\))"
    )
)


def _blank_markup(text: str) -> str:
    """``text`` with the delimiters of its inline markup replaced by spaces, offset for offset."""
    if not any(mark in text for mark in "*_`["):
        return text
    chars = list(text)
    for match in _MARKUP.finditer(text):
        for group in range(1, (match.re.groups or 0) + 1):
            if match.group(group) is not None:
                chars[match.start(group) : match.end(group)] = " " * (match.end(group) - match.start(group))
    return "".join(chars)


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
    control = len(_BINARY_CONTROLS.findall(text))
    if text and control / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name} is binary data, not text ({control} control characters)")
    return text
