"""Read a brat standoff annotation (``.ann`` beside its ``.txt``) of argument components.

brat writes one annotation a line: text-bound components ``T1<TAB>Type start end<TAB>text``,
attributes ``A1<TAB>Name T3 Value`` and relations ``R1<TAB>type Arg1:T4 Arg2:T3``. What the
types mean is the annotation scheme's, so the schemes live in ``ingest/data/brat.yaml`` (the
persuasive essays of Stab & Gurevych: ``MajorClaim``, ``Claim`` with a ``Stance`` For/Against,
``Premise``, ``supports``/``attacks``; SciArg: ``own_claim``, ``background_claim``, ``data``,
``supports``/``contradicts``); a file is read with the scheme that knows most of its component
types. Other annotations (notes ``#``, events, other types and relations) are left out.

Every component becomes a claim quoting its span of the ``.txt`` (offsets as brat counts them,
characters of the file as written), with the role its type gets. A major component (the
essay's thesis) is on the ``pro`` side; a component with a stance attribute takes the side it
gives and SUPPORTS (``pro``) or ATTACKS (``con``) each major component; the others take the side
of their links. A discontinuous span (``0 5;9 20``) is read as the stretch from its first start
to its last end. The title is the ``.txt``'s first line, or the file's name when that line is
markup (SciArg's texts are XML).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from argkg.errors import InputError
from argkg.ingest.importers.debate import Debate, Link, Unit, build_debate
from argkg.ingest.importers.files import built, read_file_text
from argkg.ingest.lexicon import load_data
from argkg.schema import DocumentGraph, Role, Stance

__all__ = ["read_brat"]

_COMPONENT = re.compile(r"^(?P<type>\S+) (?P<spans>\d+ \d+(?:;\d+ \d+)*)$")
_ATTRIBUTE = re.compile(r"^(?P<name>\S+) (?P<target>T\d+)(?: (?P<value>\S+))?$")
_RELATION = re.compile(r"^(?P<type>\S+) Arg1:(?P<source>T\d+) Arg2:(?P<target>T\d+)$")


class _Component(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    role: Role
    major: bool = False


class _StanceAttribute(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    attribute: str
    values: dict[str, Stance]


class _Scheme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    components: dict[str, _Component]
    stance: _StanceAttribute | None = None
    supports: frozenset[str]
    attacks: frozenset[str]


class _Schemes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schemes: dict[str, _Scheme]


@dataclass
class _Annotation:
    """The lines of one ``.ann`` file, parsed but not yet interpreted by a scheme."""

    components: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    attributes: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)


def read_brat(path: Path) -> list[DocumentGraph]:
    """Read ``path`` (the ``.ann`` or the ``.txt``) with the other file beside it.

    Raises:
        InputError: either file is missing, a line of the ``.ann`` is malformed, points outside
            the text or quotes something else than the text (names the line), or no scheme
            knows its component types.
    """
    ann, txt = path.with_suffix(".ann"), path.with_suffix(".txt")
    text = read_file_text(txt)
    annotation = _parse(ann, text)
    types = [kind for kind, _, _ in annotation.components.values()]
    schemes = load_data("brat", _Schemes).schemes.values()
    scheme = max(schemes, key=lambda s: sum(kind in s.components for kind in types), default=None)
    if scheme is None or not any(kind in scheme.components for kind in types):
        raise InputError(f"{ann}: no component type of a known scheme (see ingest/data/brat.yaml)")
    return [built(ann, lambda: build_debate(_debate(ann, text, annotation, scheme)))]


def _parse(ann: Path, text: str) -> _Annotation:
    out = _Annotation()
    for number, line in enumerate(read_file_text(ann).splitlines(), start=1):
        key, _, rest = line.partition("\t")
        fields = rest.split("\t")
        where = f"{ann}: line {number}"
        if key.startswith("T"):
            match = _COMPONENT.match(fields[0])
            if match is None or len(fields) != 2:
                raise InputError(f"{where}: expected 'T<n><TAB>Type start end<TAB>text'")
            numbers = [int(n) for n in match.group("spans").replace(";", " ").split()]
            start, end = numbers[0], numbers[-1]
            if end > len(text) or start >= end:
                raise InputError(f"{where}: span {start}-{end} lies outside {ann.with_suffix('.txt').name}")
            if ";" not in match.group("spans") and text[start:end].split() != fields[1].split():
                raise InputError(f"{where}: the text is not what {ann.with_suffix('.txt').name} holds there")
            out.components[key] = (match.group("type"), start, end)
        elif key.startswith("A"):
            attribute = _ATTRIBUTE.match(fields[0])
            if attribute is None:
                raise InputError(f"{where}: expected 'A<n><TAB>Name T<n> [Value]'")
            out.attributes.append((attribute["name"], attribute["target"], attribute["value"], number))
        elif key.startswith("R"):
            relation = _RELATION.match(fields[0].strip())
            if relation is None:
                raise InputError(f"{where}: expected 'R<n><TAB>type Arg1:T<n> Arg2:T<n>'")
            out.relations.append((relation["type"], relation["source"], relation["target"]))
    return out


def _debate(ann: Path, text: str, annotation: _Annotation, scheme: _Scheme) -> Debate:
    kept = {key: c for key, c in annotation.components.items() if c[0] in scheme.components}
    majors = [key for key, (kind, _, _) in kept.items() if scheme.components[kind].major]
    stances = _stances(ann, annotation, scheme)
    units = []
    links = [
        Link(source, target, attack=kind in scheme.attacks)
        for kind, source, target in annotation.relations
        if (kind in scheme.supports or kind in scheme.attacks) and source in kept and target in kept
    ]
    for key, (kind, start, end) in kept.items():
        component = scheme.components[kind]
        stance = Stance.PRO if component.major else stances.get(key)
        units.append(Unit(key=key, start=start, end=end, role=component.role, stance=stance))
        if key in stances and not component.major:
            links += [Link(key, major, attack=stances[key] is Stance.CON) for major in majors]
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = ann.stem if first.startswith("<") or not first else first
    return Debate(source=str(ann.resolve()), title=title, text=text, units=units, links=links)


def _stances(ann: Path, annotation: _Annotation, scheme: _Scheme) -> dict[str, Stance]:
    if scheme.stance is None:
        return {}
    stances = {}
    for name, target, value, number in annotation.attributes:
        if name != scheme.stance.attribute:
            continue
        side = scheme.stance.values.get(value or "")
        if side is None:
            known = ", ".join(scheme.stance.values)
            raise InputError(f"{ann}: line {number}: {name} {value!r} is not one of {known}")
        stances[target] = side
    return stances
