"""Named entities: the models, benchmarks, organisations, people and methods a text mentions.

Two sources, both data: the shared gazetteer (``ingest/data/gazetteer.yaml``: known names and
their aliases in any script) and per-language rules (``ingest/data/<lang>/entities.yaml``) that
find runs of capitalised Latin-script words ("ImageNet" inside Chinese text, "Tokio Hotel" in
English) and type them by shape (``-bench`` → benchmark, ``Xxx-4`` → model, ``Inc``/``公司`` →
organisation, a two-word name before "said" → person).

Not checked: places and products that are in no rule come out as ``other``; a capitalised
common word that opens an English sentence and is never capitalised elsewhere is skipped even
when it is a name ("Schweinsteiger has...").
"""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import spacy
from pydantic import BaseModel, ConfigDict, Field

from argkg.ingest.component import Component, component
from argkg.ingest.lexicon import load_data
from argkg.ingest.memo import per_document
from argkg.ingest.parts import Parts, filled
from argkg.ingest.spans import Span
from argkg.schema.vocabulary import EntityType, Lang

__all__ = ["EntityMention", "entity_key", "find_entities", "known_names", "EntityComponent"]

#: How far around a name the type and sentence rules look (characters).
_WINDOW = 40


@per_document
def entity_key(name: str) -> str:
    """Return the identity of an entity name: width-normalised (NFKC), case-folded, blanks collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class EntityMention(Span):
    """One mention of a named entity: ``doc.text[start:end]`` names ``name``.

    Attributes:
        name: the display name (the gazetteer's spelling for a known name, else as written).
        type: what the entity is.
    """

    name: str = Field(min_length=1)
    type: EntityType

    @property
    def key(self) -> str:
        """The case-folded name: mentions with one key are one entity."""
        return entity_key(self.name)


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    type: EntityType
    aliases: list[str] = []


class _Gazetteer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    not_entities: list[str]
    reject_patterns: list[str]
    entries: list[_Entry]


def known_names() -> dict[str, list[str]]:
    """The gazetteer's names: display name -> its aliases (any script, ``gazetteer.yaml``)."""
    return {entry.name: list(entry.aliases) for entry in load_data("gazetteer", _Gazetteer).entries}


class _TypeRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: EntityType
    pattern: str | None = None
    next: list[str] = []
    prev: list[str] = []


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token_pattern: str
    fold_case: bool
    check_sentence_initial: bool
    sentence_marks: str
    openers: list[str]
    gloss_before: str | None
    connectors: list[str]
    titles: list[str]
    variant_words: list[str]
    version_pattern: str
    type_rules: list[_TypeRule]


@dataclass(frozen=True)
class _Lexicon:
    """The gazetteer and one language's rules, compiled."""

    rules: _Rules
    by_key: dict[str, _Entry]
    script_aliases: re.Pattern[str] | None
    script_entries: dict[str, _Entry]
    not_entities: frozenset[str]
    reject: tuple[re.Pattern[str], ...]
    token: re.Pattern[str]
    gloss: re.Pattern[str] | None
    version: re.Pattern[str]
    connectors: frozenset[str]
    titles: frozenset[str]
    variants: frozenset[str]
    type_rules: tuple[tuple[_TypeRule, re.Pattern[str] | None], ...]
    common_openers: frozenset[str]


@cache
def _lexicon(lang: Lang) -> _Lexicon:
    gazetteer = load_data("gazetteer", _Gazetteer)
    rules = load_data("entities", _Rules, lang.value)
    by_key: dict[str, _Entry] = {}
    other_script: dict[str, _Entry] = {}
    for entry in gazetteer.entries:
        for alias in (entry.name, *entry.aliases):
            if alias.isascii():
                by_key.setdefault(entity_key(alias), entry)
            else:
                other_script.setdefault(alias, entry)
    aliases = sorted(other_script, key=len, reverse=True)
    stop_words = spacy.util.get_lang_class(lang.value).Defaults.stop_words
    return _Lexicon(
        rules=rules,
        by_key=by_key,
        script_aliases=re.compile("|".join(map(re.escape, aliases))) if aliases else None,
        script_entries=other_script,
        not_entities=frozenset(entity_key(word) for word in gazetteer.not_entities),
        reject=tuple(re.compile(pattern) for pattern in gazetteer.reject_patterns),
        token=re.compile(rules.token_pattern),
        gloss=re.compile(rules.gloss_before) if rules.gloss_before else None,
        version=re.compile(rules.version_pattern),
        connectors=frozenset(rules.connectors),
        titles=frozenset(entity_key(title) for title in rules.titles),
        variants=frozenset(entity_key(word) for word in rules.variant_words),
        type_rules=tuple(
            (rule, re.compile(rule.pattern) if rule.pattern else None) for rule in rules.type_rules
        ),
        common_openers=frozenset(stop_words) | frozenset(word.lower() for word in rules.openers),
    )


class _Token(NamedTuple):
    """One word of the text (a tuple: made for every word of every text, so made cheaply)."""

    start: int
    end: int
    text: str


def find_entities(text: str, lang: Lang | str) -> list[EntityMention]:
    """Find the named entities ``text`` mentions.

    Args:
        text: the (normalised) text.
        lang: its language.

    Returns:
        The mentions in text order, without overlaps.
    """
    lex = _lexicon(Lang(lang))
    mentions = [*_alias_mentions(text, lex), *_run_mentions(text, lex)]
    return _corefer(_without_overlaps(mentions))


def _alias_mentions(text: str, lex: _Lexicon) -> Iterator[EntityMention]:
    """Gazetteer aliases written in a non-Latin script (谷歌, 英伟达)."""
    if lex.script_aliases is None:
        return
    for match in lex.script_aliases.finditer(text):
        entry = lex.script_entries[match.group()]
        yield EntityMention(start=match.start(), end=match.end(), name=entry.name, type=entry.type)


def _lookup(surface: str, lex: _Lexicon) -> _Entry | None:
    """The gazetteer entry ``surface`` names (in the same case, unless the language folds case)."""
    entry = lex.by_key.get(entity_key(surface))
    if entry is None or lex.rules.fold_case or surface in (entry.name, *entry.aliases):
        return entry
    return None


def _namey(token: _Token, lex: _Lexicon) -> bool:
    """Whether a token can be part of a name: capitals or digits (not a lone letter), or a known name."""
    if _lookup(token.text, lex) is not None:
        return True
    return len(token.text) > 1 and (any(map(str.isupper, token.text)) or any(map(str.isdigit, token.text)))


def _runs(text: str, tokens: list[_Token], lex: _Lexicon) -> Iterator[tuple[list[_Token], bool]]:
    """Group name-like tokens separated by single spaces; yield (run, follows a title).

    A title ("CEO", "Dr") ends a run and is left out; the run right after it is a person's name.
    """
    run: list[_Token] = []
    run_after_title = False
    title_end: int | None = None
    for token in tokens:
        is_title = token.text[0].isupper() and entity_key(token.text) in lex.titles
        namey = _namey(token, lex)
        joins = namey or token.text in lex.connectors
        if run and joins and not is_title and text[run[-1].end : token.start] == " ":
            run.append(token)
            continue
        if run:
            yield _trim(run, lex), run_after_title
        run = []
        if is_title:
            title_end = token.end
        elif namey:
            run = [token]
            run_after_title = title_end is not None and text[title_end : token.start] in (" ", ". ")
    if run:
        yield _trim(run, lex), run_after_title


def _trim(run: list[_Token], lex: _Lexicon) -> list[_Token]:
    while run and run[-1].text in lex.connectors:
        run = run[:-1]
    return run


def _run_mentions(text: str, lex: _Lexicon) -> Iterator[EntityMention]:
    words = [(match.start(), match.end(), match.group()) for match in lex.token.finditer(text)]
    lower_words = {word for _, _, word in words if word.islower()}
    # `_runs` reads only the words that may be part of a name, a connector or a title: a plain
    # lower-case word (no capital, no digit, no sign, no known name) is none of them, and leaving it
    # out joins no runs it parted (the text between the runs' words then holds it, not one blank)
    tokens = [
        _Token(start, end, word)
        for start, end, word in words
        if not (word.islower() and word.isalpha() and word not in lex.by_key and word not in lex.connectors)
    ]
    lines: dict[int, int] = {}
    capitalised_inside = _CapitalisedInside(text, words, lex, lines)
    for run, after_title in _runs(text, tokens, lex):
        if lex.rules.check_sentence_initial and run and _sentence_initial(text, run[0].start, lex, lines):
            run = _strip_initial(run, lex, capitalised_inside)
        if run:
            mention = _mention(text, run, after_title, lex, lower_words)
            if mention is not None:
                yield mention


class _CapitalisedInside:
    """The words the text writes away from the start of a sentence or line, as a set that is asked
    ``word in``: found word by word when asked (only of a lone name-like word that opens a
    sentence, `_strip_initial`), where reading every word's place cost a call per word of every
    text. ``words``: each word's start, end and text."""

    def __init__(
        self, text: str, words: list[tuple[int, int, str]], lex: _Lexicon, lines: dict[int, int]
    ) -> None:
        self._text, self._words, self._lex, self._lines = text, words, lex, lines
        self._found: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self._found.get(word)
        if found is None:
            text, lex, lines = self._text, self._lex, self._lines
            starts = [start for start, _, written in self._words if written == word]
            found = self._found[word] = not all(_sentence_initial(text, at, lex, lines) for at in starts)
        return found


def _sentence_initial(text: str, start: int, lex: _Lexicon, lines: dict[int, int]) -> bool:
    """Whether ``start`` opens a sentence or a line (after markup such as "## " or "- ").

    ``lines`` keeps, per line start, where the line's first letter or digit stands (or its
    end, when it has none), so that asking for every token of a long line stays linear.
    """
    line_start = text.rfind("\n", 0, start) + 1
    first = lines.get(line_start)
    if first is None:
        end = text.find("\n", line_start)
        end = len(text) if end < 0 else end
        first = next((i for i in range(line_start, end) if text[i].isalnum()), end)
        lines[line_start] = first
    if first >= start:
        return True
    before = text[max(0, start - _WINDOW) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in lex.rules.sentence_marks


def _strip_initial(run: list[_Token], lex: _Lexicon, capitalised_inside: _CapitalisedInside) -> list[_Token]:
    """Drop sentence-initial common words; a lone initial word must be capitalised elsewhere."""
    stripped = list(run)
    while stripped and (
        stripped[0].text in lex.connectors
        or (stripped[0].text.lower() in lex.common_openers and _lookup(stripped[0].text, lex) is None)
    ):
        stripped = stripped[1:]
    if len(stripped) == 1 and stripped[0] is run[0]:
        word = stripped[0].text
        known = _lookup(word, lex) is not None or word in capitalised_inside
        if not (known or any(char.isupper() or char.isdigit() for char in word[1:])):
            return []
    return _trim(stripped, lex)


def _mention(
    text: str, run: list[_Token], after_title: bool, lex: _Lexicon, lower_words: set[str]
) -> EntityMention | None:
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    entry = _lookup(surface, lex)
    name = entry.name if entry is not None else ""
    if entry is None:
        entry, name = _variant(text, run, lex)
    if entry is not None and entry.type is EntityType.MODEL:
        version = lex.version.match(text, end)
        if version:
            end = version.end()
            name = f"{name}{text[run[-1].end : end]}"
    if entry is not None:
        return EntityMention(start=start, end=end, name=name, type=entry.type)
    if not _plausible(text, surface, start, lex, lower_words):
        return None
    return EntityMention(
        start=start, end=end, name=surface, type=_guess_type(text, surface, start, end, after_title, lex)
    )


def _variant(text: str, run: list[_Token], lex: _Lexicon) -> tuple[_Entry | None, str]:
    """A known model's name followed by variant words or a version: "Mistral Large", "GPT-4o"."""
    for size in range(len(run) - 1, 0, -1):
        head = text[run[0].start : run[size - 1].end]
        entry = _lookup(head, lex)
        if (
            entry
            and entry.type is EntityType.MODEL
            and all(entity_key(token.text) in lex.variants for token in run[size:])
        ):
            return entry, f"{entry.name}{text[run[size - 1].end : run[-1].end]}"
    word = run[0].text if len(run) == 1 else ""
    family, dash, version = word.partition("-")
    entry = _lookup(family, lex) if dash else None
    if entry and entry.type is EntityType.MODEL and version[:1].isdigit():
        return entry, f"{entry.name}-{version}"
    return None, ""


def _plausible(text: str, surface: str, start: int, lex: _Lexicon, lower_words: set[str]) -> bool:
    """Reject units, generic acronyms, single letters, web addresses, glosses and common words.

    A common word is a capitalised run that the text also writes in lower case ("Token" beside
    "token"); ``lower_words`` (the text's lower-case words) keeps that check cheap.
    """
    key = entity_key(surface)
    if len(surface) < 2 or key in lex.not_entities or any(pattern.search(surface) for pattern in lex.reject):
        return False
    if not any(char.isupper() or char.isdigit() for char in surface):
        return False
    acronym = surface.upper() == surface
    if lex.gloss is not None and not acronym and lex.gloss.search(text[max(0, start - 4) : start]):
        return False
    lowered = surface.lower()
    if acronym or not all(word in lower_words for word in lex.token.findall(lowered)):
        return True
    return re.search(rf"(?<![A-Za-z]){re.escape(lowered)}(?![A-Za-z])", text) is None


def _guess_type(
    text: str, surface: str, start: int, end: int, after_title: bool, lex: _Lexicon
) -> EntityType:
    if after_title and surface[0].isupper() and not any(map(str.isdigit, surface)):
        return EntityType.PERSON
    after = text[end : end + _WINDOW].lstrip()
    before = text[max(0, start - _WINDOW) : start].rstrip()
    for rule, pattern in lex.type_rules:
        if pattern is not None and pattern.search(surface) is None:
            continue
        if rule.next and not any(_starts_with_word(after, word) for word in rule.next):
            continue
        if rule.prev and not any(before.endswith(word) for word in rule.prev):
            continue
        return rule.type
    return EntityType.OTHER


def _starts_with_word(text: str, word: str) -> bool:
    if not text.startswith(word):
        return False
    rest = text[len(word) : len(word) + 1]
    return not (word.isascii() and rest.isalnum() and rest.isascii())


def _without_overlaps(mentions: Iterable[EntityMention]) -> list[EntityMention]:
    """Keep the longest of overlapping mentions (the earlier one on ties)."""
    kept: list[EntityMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _corefer(mentions: list[EntityMention]) -> list[EntityMention]:
    """Link the names of one person: a full name whose first name is a person's is a person too
    ("Maria" said... → "Maria Lopez"), and a lone first or last name of a person's full
    name takes that full name ("Lopez" → "Maria Lopez")."""
    lone_people = {m.name for m in mentions if m.type is EntityType.PERSON and " " not in m.name}
    mentions = [
        m.model_copy(update={"type": EntityType.PERSON})
        if m.type is EntityType.OTHER and " " in m.name and m.name.split()[0] in lone_people
        else m
        for m in mentions
    ]
    parts: dict[str, str] = {}
    for person in sorted({m.name for m in mentions if m.type is EntityType.PERSON and " " in m.name}):
        words = person.split()
        for part in (words[0], words[-1]):
            parts.setdefault(part, person)
    return [
        m.model_copy(update={"name": parts[m.name], "type": EntityType.PERSON})
        if m.type in (EntityType.OTHER, EntityType.PERSON) and m.name in parts
        else m
        for m in mentions
    ]


@component("argkg_entities")
class EntityComponent(Component):
    """spaCy component: the text's named entities (``entities``, a list of `EntityMention`)."""

    assigns = ("entities",)

    def find(self, parts: Parts) -> Parts:
        """Find the text's entity mentions."""
        return filled(parts, entities=find_entities(parts.text, parts.lang))
