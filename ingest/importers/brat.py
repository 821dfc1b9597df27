"""Read a brat standoff annotation (``.ann`` beside its ``.txt``) of argument components.

The scheme is the persuasive-essays one (Stab & Gurevych 2014, 2017): text-bound annotations
``T1<TAB>MajorClaim 503 575<TAB>text``, ``Claim`` and ``Premise``; an attribute
``A1<TAB>Stance T3 For`` (or ``Against``) giving a claim's side towards the major claims; and
relations ``R1<TAB>supports Arg1:T4 Arg2:T3`` (or ``attacks``). Other annotation kinds (notes
``#``, events, other entity types) are left out.

Every component becomes a claim quoting its span of the ``.txt`` (offsets as brat counts them,
characters of the file as written): a major claim is a ``main`` claim on the ``pro`` side, a
claim a ``main`` claim on the side its stance gives (For: ``pro``, Against: ``con``) that
SUPPORTS (For) or ATTACKS (Against) each major claim, a premise a ``premise`` whose side follows
its relations. A discontinuous span (``0 5;9 20``) is read as the stretch from its first start to
its last end. The title is the ``.txt``'s first line.
"""

import re
from pathlib import Path

from argkg.errors import InputError
from argkg.ingest.importers.debate import Debate, Link, Unit, build_debate
from argkg.ingest.importers.files import built, read_file_text
from argkg.schema import DocumentGraph, Role, Stance

__all__ = ["read_brat"]

_COMPONENT = re.compile(r"^(?P<type>\S+) (?P<spans>\d+ \d+(?:;\d+ \d+)*)$")
_STANCE = re.compile(r"^Stance (?P<target>T\d+) (?P<value>For|Against)$")
_RELATION = re.compile(r"^(?P<type>supports|attacks) Arg1:(?P<source>T\d+) Arg2:(?P<target>T\d+)$")
_ROLES = {"MajorClaim": Role.MAIN, "Claim": Role.MAIN, "Premise": Role.PREMISE}
_SIDES = {"For": Stance.PRO, "Against": Stance.CON}


def read_brat(path: Path) -> list[DocumentGraph]:
    """Read ``path`` (the ``.ann`` or the ``.txt``) with the other file beside it.

    Raises:
        InputError: either file is missing, or a line of the ``.ann`` is malformed, points
            outside the text or quotes something else than the text (names the line).
    """
    ann, txt = path.with_suffix(".ann"), path.with_suffix(".txt")
    text = read_file_text(txt)
    kinds: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    stances: dict[str, Stance] = {}
    relations: list[Link] = []
    for number, line in enumerate(read_file_text(ann).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, rest = line.partition("\t")
        where = f"{ann}: line {number}"
        if key.startswith("T"):
            fields = rest.split("\t")
            match = _COMPONENT.match(fields[0])
            if match is None or len(fields) != 2:
                raise InputError(f"{where}: expected 'T<n><TAB>Type start end<TAB>text'")
            if match.group("type") not in _ROLES:
                continue
            start, end = _span(match.group("spans"))
            if end > len(text) or start >= end:
                raise InputError(f"{where}: span {start}-{end} lies outside {txt.name} ({len(text)} chars)")
            continuous = ";" not in match.group("spans")
            if continuous and text[start:end].split() != fields[1].split():
                raise InputError(f"{where}: the text is not what {txt.name} holds at {start}-{end}")
            kinds[key], spans[key] = match.group("type"), (start, end)
        elif key.startswith("A") and rest.startswith("Stance"):
            stance = _STANCE.match(rest.split("\t")[0])
            if stance is None:
                raise InputError(f"{where}: expected 'A<n><TAB>Stance T<n> For|Against'")
            stances[stance.group("target")] = _SIDES[stance.group("value")]
        elif key.startswith("R"):
            relation = _RELATION.match(rest.split("\t")[0].strip())
            if relation is None:
                raise InputError(f"{where}: expected 'R<n><TAB>supports|attacks Arg1:T<n> Arg2:T<n>'")
            attack = relation["type"] == "attacks"
            relations.append(Link(relation["source"], relation["target"], attack=attack))
    if not kinds:
        raise InputError(f"{ann}: no MajorClaim, Claim or Premise annotation")
    return [built(ann, lambda: build_debate(_debate(ann, text, kinds, spans, stances, relations)))]


def _span(field: str) -> tuple[int, int]:
    numbers = [int(n) for part in field.split(";") for n in part.split()]
    return numbers[0], numbers[-1]


def _debate(
    ann: Path,
    text: str,
    kinds: dict[str, str],
    spans: dict[str, tuple[int, int]],
    stances: dict[str, Stance],
    relations: list[Link],
) -> Debate:
    majors = [key for key, kind in kinds.items() if kind == "MajorClaim"]
    units = []
    links = list(relations)
    for key, kind in kinds.items():
        stance = Stance.PRO if kind == "MajorClaim" else stances.get(key)
        units.append(Unit(key=key, start=spans[key][0], end=spans[key][1], role=_ROLES[kind], stance=stance))
        if kind == "Claim" and stance is not None:
            links += [Link(key, major, attack=stance is Stance.CON) for major in majors]
    title = next((line.strip() for line in text.splitlines() if line.strip()), ann.stem)
    return Debate(source=str(ann.resolve()), title=title, text=text, units=units, links=links)
