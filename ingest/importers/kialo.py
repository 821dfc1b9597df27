"""Read a Kialo discussion export (the ``.txt`` Kialo's "Export discussion" writes) into a document graph.

The export is a numbered tree, one item a line::

    Discussion Title: Should cities charge drivers?

    1. Cities should charge drivers.
    1.1. Pro: Charging cuts traffic.
    1.1.1. Con: The effect fades.
    1.2. Con: -> See 1.1.1.

``1.`` is the thesis; ``N.M. Pro:`` / ``Con:`` argues for or against its parent ``N.``; a line
without a number continues the item above it; ``-> See N.`` repeats an item stated elsewhere
(a link from that item, no new claim). Kialo escapes Markdown characters with a backslash
(``\\(``); they are unescaped.

The thesis becomes the section's debate assumption (the title, a question, is the section's
question), every other item a claim that SUPPORTS (Pro) or ATTACKS (Con) its parent; the items
that argue on the thesis itself are ``main`` claims, deeper ones ``premise``. Sides follow the
tree (a Con of a Con is on the thesis's side). The graph's text is the export with the escapes
removed, so every claim quotes its line.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from argkg.errors import InputError
from argkg.ingest.importers.debate import Debate, Link, Unit, build_debate
from argkg.ingest.importers.files import built, read_file_text
from argkg.ingest.reader import normalise
from argkg.schema import DocumentGraph, Role

__all__ = ["read_kialo"]

_TITLE = re.compile(r"^Discussion Title:\s*(?P<title>.*\S)\s*$")
_ITEM = re.compile(r"^(?P<number>\d+(?:\.\d+)*)\.\s+(?:(?P<side>Pro|Con):\s*)?(?P<text>.*)$")
_SEE = re.compile(r"^->\s*See\s+(?P<number>\d+(?:\.\d+)*)\.?$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


@dataclass
class _Item:
    number: str
    line: int
    side: str | None
    start: int
    end: int
    see: str | None = None


@dataclass
class _Export:
    """The export as it is read: the graph's text so far and the items."""

    lines: list[str] = field(default_factory=list)
    length: int = 0
    title: str | None = None
    items: dict[str, _Item] = field(default_factory=dict)

    def append(self, line: str) -> int:
        """Add a line of the graph's text; return where it starts."""
        start = self.length + (1 if self.lines else 0)
        self.lines.append(line)
        self.length = start + len(line)
        return start


def read_kialo(path: Path) -> list[DocumentGraph]:
    """Read the Kialo export ``path``.

    Raises:
        InputError: a line is neither a title, an item nor a continuation, an item has no
            text, side or parent, a number repeats, or a reference points nowhere (names the line).
    """
    export = _read(path)
    if not export.items:
        raise InputError(f"{path}: no numbered item (a Kialo export starts its thesis with '1.')")
    units, links, references = [], [], []
    for item in export.items.values():
        parent = item.number.rpartition(".")[0]
        if item.see is not None:
            if item.see not in export.items:
                raise InputError(f"{path}: line {item.line}: '-> See {item.see}.' names no item")
            if "." in item.see:  # the thesis argues for nothing, so a reference to it adds no link
                references.append(Link(item.see, parent, attack=item.side == "Con"))
            continue
        if not parent:
            units.append(Unit(key=item.number, start=item.start, end=item.end, thesis=True))
            continue
        role = Role.MAIN if "." not in parent else Role.PREMISE
        units.append(Unit(key=item.number, start=item.start, end=item.end, role=role))
        links.append(Link(item.number, parent, attack=item.side == "Con"))
    text = "\n".join(export.lines)
    title = export.title or path.stem
    source = str(path.resolve())
    links += references  # after the tree's: a claim's side follows its first link, to its parent
    debate = Debate(source=source, title=title, text=text, units=units, links=links, question=title)
    return [built(path, lambda: build_debate(debate))]


def _read(path: Path) -> _Export:
    export = _Export()
    current: _Item | None = None
    blanks = 0
    for number, raw in enumerate(read_file_text(path).splitlines(), start=1):
        line = normalise(raw)
        title = _TITLE.match(line)
        item = _ITEM.match(line)
        if not line:
            blanks += 1
            continue
        if (title and export.title is None and not export.items) or item:
            for _ in range(blanks if export.lines else 0):
                export.append("")
            if item:
                current = _item(export, item, number, path)
            else:
                export.title = title.group("title") if title else None
                export.append(line)
        elif current is None or current.see is not None:
            raise InputError(f"{path}: line {number}: neither a numbered item ('1.1. Pro: ...') nor its text")
        else:
            more = "\n" * (blanks + 1) + _ESCAPE.sub(r"\1", line)
            export.lines[-1] += more
            export.length += len(more)
            current.end = export.length
        blanks = 0
    return export


def _item(export: _Export, match: re.Match[str], line: int, path: Path) -> _Item:
    number, side = match.group("number"), match.group("side")
    text = _ESCAPE.sub(r"\1", match.group("text")).strip()
    parent = number.rpartition(".")[0]
    if number in export.items:
        raise InputError(f"{path}: line {line}: item {number}. appears twice")
    if parent and parent not in export.items:
        raise InputError(f"{path}: line {line}: item {number}. comes before its parent {parent}.")
    if bool(parent) != (side is not None):
        need = "'Pro:' or 'Con:'" if parent else "no 'Pro:' or 'Con:' (it is the thesis)"
        raise InputError(f"{path}: line {line}: item {number}. needs {need}")
    if not text:
        raise InputError(f"{path}: line {line}: item {number}. has no text")
    see = _SEE.match(text)
    prefix = f"{number}. " + (f"{side}: " if side else "")
    start = export.append(prefix + text) + len(prefix)
    item = _Item(number, line, side, start, start + len(text), see=see.group("number") if see else None)
    export.items[number] = item
    return item
