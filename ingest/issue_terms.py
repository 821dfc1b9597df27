"""The words of a debated question: its content terms, how alike two wordings are, and which way
a sentence points on it (DESIGN.md §6).

Everything here reads ``ingest/data/<lang>/issues.yaml``: the wording is normalised
(`issue_key`), reduced to content terms (`content_terms`: framing phrases, stop words and
negations dropped, English words stemmed, the words that do away with something ("ban",
"abolish", "close") one term, Chinese read as character pairs) and compared with a soft Dice
coefficient whose term matching is rapidfuzz's ``fuzz.ratio`` (`similarity`).

Which way a sentence points (`flips`): it counts its negations and whether it judges what it
speaks of wrong or harmful ("X is a bad idea", "I am against X", "没有必要"): such a judgement is
one flip, and a negation after it belongs to the judgement ("unfair and does not work"), so
only negations before it count. Two wordings say opposite things (`opposed`) when their flips
and the pairs of opposite words between them ("ban" against "allow", "abolish" against "keep")
add up to an odd number. Not checked: a paraphrase that reverses meaning without a listed word.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from argkg.ingest import segment
from argkg.ingest.concepts import WORD, concepts
from argkg.ingest.concepts import stem as _stem
from argkg.ingest.lexicon import load_data, longest_first
from argkg.schema import Lang

__all__ = [
    "TERM_MATCH",
    "IssueData",
    "issue_data",
    "issue_key",
    "content_terms",
    "similarity",
    "terms_similarity",
    "topic_similarity",
    "actions",
    "concept_terms",
    "concept_similarity",
    "negations",
    "flips",
    "acts",
    "leaves_choice",
    "leaves_alone",
    "alternative",
    "keeps",
    "signs_off",
    "imposes",
    "conditional",
    "opposed",
    "without_frames",
    "unframed",
    "anaphoric",
    "proposes",
    "replaced",
    "preferred",
    "words",
    "suffixes",
]

#: Least rapidfuzz ``fuzz.ratio`` (0..100) at which two content terms count as one.
TERM_MATCH = 85.0

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class IssueData(BaseModel):
    """The contents of ``issues.yaml`` for one language.

    Attributes:
        stop_words: words that carry no topic.
        frames: phrases that frame a position, not its topic ("I am against", "我支持").
        negations: words that deny what follows.
        not_negations: words that hold a negation but deny nothing ("not only", "未成年").
        suffixes: English endings stripped from a word.
        opposites: pairs of words with opposite meaning.
        removal: words that do away with what they speak of ("ban", "abolish"): one flip each.
        against: phrases that judge what a sentence speaks of wrong or harmful (one flip).
        takebacks: patterns (on the normalised text) of a concession that takes back what it
            grants, any judgement in it ("X sounds generous but", "sounds green until"): a
            judgement against, as ``against``.
        burdens: patterns (on the normalised text) of a burden put on someone named between the
            verb and its measure ("X would hit small firms hardest"): a judgement against, as
            ``against``.
        rhetorical: phrases that make a question deny what it asks ("why would anyone").
        yes: words that open an answer saying yes to the question before it.
        no: words that open an answer saying no to it.
        answer_frames: words that open an answer without being part of it ("I'd say", "please",
            "我的看法是"): left out where an answer is read (`unframed`), not from content terms.
        answer_ends: words after which a clause closes on its bare answer ("The figures say no",
            "the answer should be yes"): such a clause answers the question before it though
            it has words of its own.
        reply_joins: words that join two clauses of a reply with no comma between them ("I drive
            a bus and I'm against it"): where a bare answer after who gives it may start.
        anaphors: words that only point back to what was said before ("it", "这个做法").
        replacements: how a question words replacing ``{old}`` by ``{new}`` ("swap {old} for {new}").
        preferences: how a sentence prefers ``{new}`` to ``{old}`` ("{new} instead of {old}",
            "与其{old}不如{new}"): the writer's choice between two courses.
        indirect: words that make a clause ask rather than say ("whether", "是否"): "Everyone is
            arguing about whether X" takes no side on X.
        proposals: words that make a sentence propose what someone should do ("should", "应该"):
            the shape of a motion, which a group's issue is worded by (`proposes`).
        keeping: words that keep or let be what they speak of ("keep", "allow", "保留"): with
            ``removal``, the acts a clause can do to what it points at (`acts`).
        conditions: words that make a clause a condition ("if", "如果"): it does nothing to
            what it speaks of (`conditional`).
        choices: patterns (on the normalised text) of a clause that leaves the matter to the
            choice of those it concerns ("It should be my choice", "应该让摊主自己决定":
            `leaves_choice`).
        compulsions: words that impose a course on those it concerns ("required", "强制"), and
            permissions: words that let them take it ("allowed", "允许"): which way a clause of
            ``choices`` argues on an issue (`imposes`).
        leave_alone: patterns (on the normalised text) of a clause that asks to leave the matter
            as it is ("Leave the bandstand alone.", "别再折腾了": `leaves_alone`).
        status_quo: words by which an issue asks to keep things as they are ("keep", "继续"):
            which way a clause of ``leave_alone`` argues on it (`keeps`).
        alternatives: patterns (on the normalised text) of a clause in which the writer states
            the course they would rather see taken, in a group ``new`` ("I'd rather fund X",
            "Better to fix Y", "我宁可…": `alternative`).
        sign_offs: patterns (on the line as written) of a closing line that only says who wrote
            the text ("— Sam, night porter", "——一位老读者"): it argues nothing (`signs_off`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    stop_words: list[str]
    frames: list[str]
    negations: list[str]
    not_negations: list[str]
    suffixes: list[str]
    opposites: list[tuple[str, str]]
    removal: list[str]
    against: list[str]
    rhetorical: list[str]
    yes: list[str]
    no: list[str]
    anaphors: list[str]
    replacements: list[str]
    indirect: list[str] = []
    preferences: list[str] = []
    proposals: list[str] = []
    takebacks: list[str] = []
    burdens: list[str] = []
    answer_frames: list[str] = []
    answer_ends: list[str] = []
    reply_joins: list[str] = []
    keeping: list[str] = []
    conditions: list[str] = []
    choices: list[str] = []
    leave_alone: list[str] = []
    status_quo: list[str] = []
    alternatives: list[str] = []
    compulsions: list[str] = []
    permissions: list[str] = []
    sign_offs: list[str] = []


@cache
def issue_data(lang: Lang) -> IssueData:
    """Return the validated ``issues.yaml`` of ``lang``."""
    return load_data("issues", IssueData, lang.value)


def issue_key(text: str) -> str:
    """Return the normalised wording of a question: NFKC, case-folded, punctuation dropped.

    >>> issue_key("Should  Cities ban cars?")
    'should cities ban cars'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if ch.isalnum() or ch.isspace() or ch == "'" else " " for ch in folded)
    return " ".join(kept.split())


def words(text: str) -> list[str]:
    """The blank-separated words of the normalised ``text``, with "n't" split off."""
    key = issue_key(text).replace("n't", " n't")
    return [w for w in re.split(r"\s+", key) if w]


def _count_words(text: str, found: Sequence[str]) -> int:
    """Occurrences of ``found`` in Chinese runs of ``text``, longest first, none counted twice."""
    count = 0
    for run in _CJK.findall(text):
        for word in sorted(found, key=len, reverse=True):
            count += run.count(word)
            run = run.replace(word, " ")
    return count


@cache
def content_terms(text: str) -> frozenset[str]:
    """Return the content terms of a proposition: stemmed English words, Chinese character pairs.

    >>> sorted(content_terms("Should cities ban the cars?"))
    ['ban', 'car', 'citi']
    >>> sorted(content_terms("I am against closing zoos"))
    ['ban', 'zoo']
    >>> sorted(content_terms("城市应该禁止汽车"))
    ['城市', '止汽', '汽车', '禁止']
    """
    en = issue_data(Lang.EN)
    drop_en = frozenset(en.stop_words) | frozenset(en.negations)
    removal = _stemmed("removal")
    terms: set[str] = set()
    key = _phrases("frames").sub(" ", issue_key(text))
    for word in _LATIN.findall(key):
        if word not in drop_en and not word.endswith("n't"):
            stem = _stem(word, suffixes())
            terms.add(_stem(en.removal[0], suffixes()) if stem in removal else stem)
    for run in _CJK.findall(key):
        for piece in _zh_pieces(run):
            terms.update(piece[i : i + 2] for i in range(max(len(piece) - 1, 1)))
    return frozenset(terms)


def _zh_pieces(run: str) -> list[str]:
    """The stretches of a Chinese run left once its stop words and negations are taken out.

    Words of two or more characters go wherever they occur; a one-character stop word only
    where jieba cuts it as a word of its own, since inside a word it is no function word: "过"
    of "过年", "中" of "中学", "会" of "社会", "地" of "地铁" stay.
    """
    anywhere, single = _zh_drops()
    for word in anywhere:
        run = run.replace(word, " ")
    kept = "".join(" " if word in single else word for word in segment.lcut(run))
    return kept.split()


@cache
def _zh_drops() -> tuple[tuple[str, ...], frozenset[str]]:
    """The Chinese words `_zh_pieces` takes out wherever they occur (stop words of two or more
    characters and every negation, longest first) and the one-character stop words it takes out
    only as words of their own: read once, not for every run of every text."""
    zh = issue_data(Lang.ZH)
    words = longest_first([*zh.stop_words, *zh.negations])
    anywhere = tuple(w for w in words if len(w) > 1 or w in zh.negations)
    return anywhere, frozenset(w for w in zh.stop_words if len(w) == 1)


def _matched(terms: frozenset[str], others: frozenset[str]) -> int:
    """How many of ``terms`` have a counterpart in ``others`` (fuzz.ratio >= TERM_MATCH)."""
    choices = sorted(others)
    return sum(
        1
        for term in terms
        if term in others or process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=TERM_MATCH)
    )


def similarity(a: str, b: str) -> float:
    """Return how alike two propositions are in content, 0..1 (a soft Dice coefficient of terms).

    >>> similarity("Should cities ban cars?", "Cars should be banned from cities")
    1.0
    >>> similarity("Should cities ban cars?", "Is nuclear power safe?")
    0.0
    """
    return terms_similarity(content_terms(a), content_terms(b))


def topic_similarity(a: str, b: str) -> float:
    """`similarity` of what two propositions are about: their content terms without the action
    words (`actions`: ban, allow, and every removal word read as ban), which any two motions
    share ("Zoos should be closed", "Testing cosmetics on animals should be prohibited": 0.33
    by `similarity`, through "ban" alone).

    >>> topic_similarity("Zoos should be closed", "Should cosmetics testing be prohibited?")
    0.0
    >>> topic_similarity("Should cities ban cars?", "Cars should be allowed in cities")
    1.0
    """
    return terms_similarity(content_terms(a) - actions(), content_terms(b) - actions())


@cache
def actions() -> frozenset[str]:
    """The content terms that name what a motion does, not what it is about: the removal word
    every removal reads as, and the stemmed words of ``concepts.yaml``'s ``actions``."""
    table = concepts(suffixes())
    listed = {word for word, key in table.english.items() if key in table.actions}
    return frozenset({_stem(issue_data(Lang.EN).removal[0], suffixes()), *listed})


def terms_similarity(terms_a: frozenset[str], terms_b: frozenset[str]) -> float:
    """`similarity` of two propositions' `content_terms` (for callers that hold them already)."""
    if not terms_a or not terms_b:
        return 0.0
    if terms_a == terms_b:
        return 1.0
    return (_matched(terms_a, terms_b) + _matched(terms_b, terms_a)) / (len(terms_a) + len(terms_b))


@cache
def without_frames(text: str) -> str:
    """The normalised ``text`` (`issue_key`) without the frames that open it ("in my view", "我觉得",
    "my answer is"): what is left is the statement itself.

    >>> without_frames("我觉得没必要。")
    '没必要'
    """
    key = issue_key(text).strip()
    pattern = _phrases("frames")
    while (found := pattern.match(key)) is not None and found.end() > 0:
        key = key[found.end() :].lstrip(" ,，:：")
    return key


@cache
def unframed(text: str) -> str:
    """`without_frames` of ``text`` less the words that open an answer without being part of it
    (``answer_frames``: "I'd say", "please", "我的看法是"), as often as they open it: the answer
    itself.

    >>> unframed("I'd say please don't."), unframed("我的看法是不应该。")
    ("don't", '不应该')
    """
    key = without_frames(text)
    pattern = _phrases("answer_frames")
    while (found := pattern.match(key)) is not None and found.end() > 0:
        key = without_frames(key[found.end() :].lstrip(" ,，:："))
    return key


@cache
def anaphoric(text: str) -> bool:
    """Whether ``text`` only points back to what was said before it and names no question: once
    its answer words ("Of course", "I say yes"; a Chinese one only where it opens the text,
    "我不赞成", since "对" also sits inside words) and its anaphors ("it", "that", "这个做法") are
    taken out, no content term is left, or at most one where it held either.

    >>> anaphoric("This is why I support it."), anaphoric("I say yes."), anaphoric("所以我支持这个做法。")
    (True, True, True)
    >>> anaphoric("They should ban zoos."), anaphoric("Zoos are cruel.")
    (False, False)
    """
    key = without_frames(text)
    rest = _phrases("anaphors").sub(" ", _without_answers(key))
    terms = content_terms(rest)
    return not terms or (len(terms) == 1 and rest != key)


@cache
def proposes(text: str) -> bool:
    """Whether ``text`` proposes what someone should do (a word of ``proposals`` of
    ``issues.yaml``, either language): the shape of a motion, unlike a sentence that says who
    the writer is or states a fact.

    >>> proposes("Schools should drop the uniform."), proposes("夜市不应该开到凌晨。")
    (True, True)
    >>> proposes("I have taught for ten years."), proposes("我在外科病房当护士十年了。")
    (False, False)
    """
    return _phrases("proposals").search(issue_key(text)) is not None


def replaced(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content terms of what ``question`` replaces and of what replaces it, when it words a
    replacement (``replacements`` of ``issues.yaml``), else None.

    >>> replaced("Should schools replace exams with coursework?")
    (frozenset({'exam'}), frozenset({'coursework'}))
    >>> replaced("Should zoos close?") is None
    True
    """
    key = issue_key(question)
    for pattern in _replacement_patterns():
        if (match := pattern.search(key)) is not None:
            old, new = content_terms(match["old"]), content_terms(match["new"])
            if old and new:
                return old, new
    return None


#: Where a clause ends inside a sentence (`preferred`).
_CLAUSE_BREAK = re.compile(r"[,，;；:：、]")


def preferred(sentence: str) -> tuple[str, str] | None:
    """The normalised wordings of what ``sentence`` turns down and of what it prefers, when it
    words a choice (``preferences`` of ``issues.yaml``), else None. Each part stays inside its
    clause (a clause alone first, then two in a row: "与其X，不如Y"), so that the reasons the
    sentence gives before its choice are not read as what it chooses.

    >>> preferred("Schools should fix teacher pay instead of shortening the week.")
    ('shortening the week', 'schools should fix teacher pay')
    >>> preferred("与其一刀切，不如规范定价。")
    ('一刀切', '规范定价')
    >>> preferred("Zoos are cruel.") is None
    True
    """
    clauses = [issue_key(c) for c in _CLAUSE_BREAK.split(sentence) if issue_key(c)]
    spans = [*clauses, *(f"{a} {b}" for a, b in pairwise(clauses))]
    for key in spans:
        for pattern in _patterns("preferences"):
            if (match := pattern.search(key)) is not None:
                return match["old"].strip(), match["new"].strip()
    return None


def _replacement_patterns() -> tuple[re.Pattern[str], ...]:
    """The ``replacements`` of both languages as patterns (`_patterns`)."""
    return _patterns("replacements")


@cache
def _patterns(field: Literal["replacements", "preferences"]) -> tuple[re.Pattern[str], ...]:
    """The wordings of ``field`` of both languages as patterns on a normalised wording, longest
    first; the slot that ends a wording runs to the end of the text."""
    found = []
    for lang in Lang:
        for wording in getattr(issue_data(lang), field):
            pieces = [piece for piece in re.split(r"(\{old\}|\{new\})", wording) if piece.strip()]
            body = [
                rf"\s*{re.escape(issue_key(piece))}\s*"
                if piece not in ("{old}", "{new}")
                else f"(?P<{piece[1:-1]}>.+?)"
                for piece in pieces
            ]
            if body[-1].endswith("+?)"):
                body[-1] = body[-1][:-2] + ")"
            found.append((len(wording), "".join(body)))
    return tuple(re.compile(body) for _, body in sorted(found, reverse=True))


def _without_answers(key: str) -> str:
    """The normalised ``key`` without its answer words (``yes``/``no`` of ``issues.yaml``): English
    ones as whole words anywhere, Chinese ones where they open it."""
    for lang in Lang:
        if lang is Lang.ZH:
            key = next((key[len(p) :] for p in _answers(lang) if key.startswith(p)), key)
        else:
            key = _answer_words(lang).sub(" ", key)
    return key


@cache
def _answers(lang: Lang) -> tuple[str, ...]:
    """The normalised answer words of ``lang``, longest first: read once, not for every key."""
    listed = {issue_key(p) for name in ("yes", "no") for p in getattr(issue_data(lang), name)}
    return tuple(longest_first(listed))


@cache
def _answer_words(lang: Lang) -> re.Pattern[str]:
    """`_answers` of ``lang`` as one pattern of whole words, compiled once."""
    return re.compile("|".join(rf"(?<![a-z']){re.escape(p)}(?![a-z'])" for p in _answers(lang)))


@cache
def _phrases(name: str) -> re.Pattern[str]:
    """One pattern for the phrases of one list of ``issues.yaml`` in both languages, longest first.

    Built once per list: building it (every phrase normalised, sorted, joined) cost more than
    the search it serves, and `content_terms` asks for it for every proposition it reads.
    """
    listed = {issue_key(p) for lang in Lang for p in getattr(issue_data(lang), name)}
    ordered = longest_first(listed)
    return re.compile("|".join(rf"(?<![a-z]){re.escape(p)}(?![a-z])" for p in ordered))


@cache
def _against() -> re.Pattern[str]:
    """The judgements against of both languages: the listed phrases, the take-back and the burden
    patterns."""
    patterns = [p for lang in Lang for p in (*issue_data(lang).takebacks, *issue_data(lang).burdens)]
    return re.compile("|".join([_phrases("against").pattern, *patterns]))


def _denying_key(text: str) -> str:
    """``text`` normalised (`issue_key`) with the phrases that hold a negation but deny nothing
    ("not only", "未成年") blanked out: what `judges`, `negations` and `flips` count in."""
    return _phrases("not_negations").sub(" ", issue_key(text))


def judges(text: str) -> bool:
    """Whether ``text`` holds a judgement against (``against``, ``takebacks``, ``burdens``): "is a
    false economy", "最受影响的是老人".

    >>> judges("说到底就是图省事、偷懒"), judges("收费以后车位够了")
    (True, False)
    """
    return _against().search(_denying_key(text)) is not None


def acts(text: str) -> bool:
    """Whether ``text`` does something to what it speaks of: a word that does away with it
    (``removal``) or keeps or lets it be (``keeping``), either language.

    >>> acts("Keep them."), acts("应该取消。"), acts("It is what it is.")
    (True, True, False)
    """
    return _count(issue_key(text), _acting()) > 0


@cache
def _acting() -> frozenset[str]:
    """The ``removal`` and ``keeping`` words together (`acts`), joined once, not for every clause."""
    return _stemmed("removal") | _stemmed("keeping")


def conditional(text: str) -> bool:
    """Whether ``text`` holds a word that makes it a condition (``conditions``: "if", "如果").

    >>> conditional("If they were scrapped"), conditional("Scrap them.")
    (True, False)
    """
    return _phrases("conditions").search(issue_key(text)) is not None


def leaves_choice(text: str) -> bool:
    """Whether ``text`` leaves what it speaks of to the choice of those it concerns (``choices``),
    with no negation in it or just before it in its clause ("不应该让学生自己决定" says the
    opposite); a negation elsewhere ("收不收现金，", "去不去，") does not touch it.

    >>> leaves_choice("Let diners decide."), leaves_choice("开不开夜市，应该让摊主自己决定")
    (True, True)
    >>> leaves_choice("A voucher would let parents choose."), leaves_choice("不应该让学生自己决定")
    (False, False)
    """
    return _requested(text, "choices")


def leaves_alone(text: str) -> bool:
    """Whether ``text`` asks to leave what it speaks of as it is (``leave_alone``), with no
    negation just before it in its clause.

    >>> leaves_alone("Fix the lights and leave the old footbridge alone."), leaves_alone("就别再折腾了")
    (True, True)
    >>> leaves_alone("They would have to leave the children alone at home.")
    False
    """
    return _requested(text, "leave_alone")


def _requested(text: str, name: Literal["choices", "leave_alone"]) -> bool:
    """Whether the normalised ``text`` holds a pattern of the list ``name`` with no negation in the
    few characters before it in its clause ("不应该让学生自己决定" asks the opposite; the "不" of
    "去不去，" stands in a clause of its own)."""
    key = issue_key(text)
    found = _requests(name).search(key)
    if found is None:
        return False
    return negations(key[: found.start()].rsplit(" ", 1)[-1][-3:]) == 0


@cache
def _requests(name: Literal["choices", "leave_alone"]) -> re.Pattern[str]:
    """The patterns of one list of ``issues.yaml`` (``choices``, ``leave_alone``), both languages,
    as one pattern."""
    patterns = [p for lang in Lang for p in getattr(issue_data(lang), name)]
    return re.compile("|".join(patterns) if patterns else r"(?!)")


def alternative(text: str) -> str | None:
    """The course the writer says they would rather see taken in ``text`` (``alternatives``: "I'd
    rather", "Better to", "我宁可", another way, "There are better ways to…", or a course taken in
    the issue's place, "What they did instead was…", "我更希望…"), normalised, without what it is
    preferred to ("… than X"), or None when ``text`` states no such preference.

    >>> alternative("Honestly, I'd rather we put that budget into buses than into this.")
    'we put that budget into buses'
    >>> alternative("我宁可多走两步路。"), alternative("Buses are better than trams.")
    ('多走两步路', None)
    """
    key = issue_key(text)
    found = next((m for p in _alternatives() if (m := p.search(key)) is not None), None)
    if found is None:
        return None
    return found["new"].split(" than ", 1)[0].strip() or None


@cache
def _alternatives() -> tuple[re.Pattern[str], ...]:
    """The ``alternatives`` of both languages, each its own pattern (each names its group ``new``)."""
    return tuple(re.compile(p) for lang in Lang for p in issue_data(lang).alternatives)


def imposes(issue: str) -> int | None:
    """-1 when ``issue`` imposes a course on those it concerns (``compulsions``, or a ``removal``
    word: a ban), +1 when it lets them take it (``permissions``), turned by a negation ("should
    not be required"); None when it does neither or both. The side a clause that leaves the
    matter to their choice (`leaves_choice`) takes on it.

    >>> imposes("Should dog owners be required to carry a lead?"), imposes("业主应该被允许在阳台装晾衣架")
    (-1, 1)
    >>> imposes("Should schools start later?") is None
    True
    """
    key = _denying_key(issue)
    imposing = _phrases("compulsions").search(key) is not None or _count(key, _stemmed("removal")) > 0
    letting = _phrases("permissions").search(key) is not None
    if imposing == letting:
        return None
    sign = -1 if imposing else 1
    return -sign if negations(issue) % 2 else sign


def keeps(issue: str) -> int:
    """+1 when ``issue`` asks to keep things as they are (``status_quo``: "Should schools keep
    their dogs?"), -1 when it proposes a change, as most questions do; turned by a negation. The
    side a clause that asks to leave the matter alone (`leaves_alone`) takes on it.

    >>> keeps("Should the pier be demolished?"), keeps("图书馆应不应该继续开放？")
    (-1, 1)
    """
    sign = 1 if _phrases("status_quo").search(_denying_key(issue)) is not None else -1
    return -sign if negations(issue) % 2 else sign


def signs_off(line: str) -> bool:
    """Whether ``line``, as written, only says who wrote the text (``sign_offs`` of either
    language: "— Priya, school nurse", "Posted by Tom K.", "——一位老读者").

    >>> signs_off("— Priya, school nurse"), signs_off("Lena Marsh, retired nurse"), signs_off("——一位老读者")
    (True, True, True)
    >>> signs_off("Keep the ferry, and keep it cheap."), signs_off("Ban them")
    (False, False)
    """
    return _sign_off().search(line.strip()) is not None


@cache
def _sign_off() -> re.Pattern[str]:
    """Any pattern of ``sign_offs`` (both languages)."""
    listed = [p for lang in Lang for p in issue_data(lang).sign_offs]
    return re.compile("|".join(f"(?:{p})" for p in listed) if listed else r"(?!)")


def _count(key: str, found: frozenset[str]) -> int:
    """Occurrences in the normalised ``key`` of English ``found`` words (stemmed) and Chinese ones."""
    latin = sum(1 for w in words(key) if _stem(w, suffixes()) in found)
    return latin + _count_words(key, sorted(w for w in found if _CJK.fullmatch(w)))


@cache
def _stemmed(name: str) -> frozenset[str]:
    """The words of one list of ``issues.yaml`` (``negations``, ``removal``, ``keeping``), both
    languages, stemmed."""
    listed = [w for lang in Lang for w in getattr(issue_data(lang), name)]
    return frozenset(w if _CJK.fullmatch(w) else _stem(w, suffixes()) for w in listed)


def negations(text: str) -> int:
    """How many negations ``text`` holds (``negations`` of ``issues.yaml``, less the phrases that
    deny nothing): unlike `flips`, no words that do away with a thing or judge it, whose lists
    differ between Chinese and English more than their negations do.

    >>> negations("Intel cut 15,000 jobs, and that was not a mistake"), negations("英特尔裁员是错误的决定")
    (1, 0)
    """
    return _count(_denying_key(text), _stemmed("negations"))


def flips(text: str) -> int:
    """How many times ``text`` turns what it speaks of around: negations, words that do away
    with it, and a judgement against it.

    >>> flips("Cities should not allow cars"), flips("A tax is unfair and does not work")
    (1, 1)
    >>> flips("Not building them is a mistake"), flips("我反对禁止汽车")
    (2, 2)
    """
    key = _denying_key(text)
    judged = _against().search(key)
    removal = _count(_against().sub(" ", key), _stemmed("removal"))
    if judged is None:
        return removal + _count(key, _stemmed("negations"))
    return removal + 1 + _count(key[: judged.start()], _stemmed("negations"))


def opposed(a: str, b: str) -> bool:
    """Whether ``a`` says the opposite of ``b``: an odd count of flips and opposite words.

    >>> opposed("Cities should ban cars", "Cities should not ban cars")
    True
    >>> opposed("Cities should ban cars", "Cars should be allowed in cities")
    True
    >>> opposed("Cities should not ban cars", "城市不应该禁止汽车")
    False
    >>> opposed("Banning cars is a bad idea", "Cars should be allowed in cities")
    False
    >>> opposed("小学生的家庭作业没有必要", "小学应该取消家庭作业")
    False
    """
    return contradicts(opposition(a), opposition(b))


@dataclass(frozen=True)
class Opposition:
    """What `opposed` reads of one text, read once for all the texts it is compared with:
    how often it turns what it speaks of around (`flips`) and which words of the opposite pairs
    it names (as (pair, first word of it))."""

    flips: int
    ends: frozenset[tuple[int, bool]]


def opposition(text: str) -> Opposition:
    """The `Opposition` reading of ``text``."""
    ends = _opposite_ends()
    named = (end for word in _opposite_words(text) for end in ends.get(word, ()))
    return Opposition(flips=flips(text), ends=frozenset(named))


def contradicts(a: Opposition, b: Opposition) -> bool:
    """Whether two readings say opposite things: an odd count of their flips and of the opposite
    pairs of which one names one word and the other the other (`opposed`)."""
    pairs = {pair for pair, first in a.ends if (pair, not first) in b.ends}
    return (a.flips + b.flips + len(pairs)) % 2 == 1


@cache
def concept_terms(text: str) -> frozenset[str]:
    """Return the concepts of ``concepts.yaml`` that ``text`` names, in either language.

    Two wordings of one thing in two languages, or in synonyms, share these where they share no
    content term ("被迫投票" and "Voting should be compulsory": vote, compulsory).

    >>> sorted(concept_terms("被迫投票")) == sorted(concept_terms("forced voting"))
    True
    """
    table = concepts(suffixes())
    found = {
        table.english[stemmed]
        for word in WORD.findall(text.casefold())
        if (stemmed := _stem(word, suffixes())) in table.english
    }
    for run in _CJK.findall(text):
        for _, keys in table.chinese_words(run):
            found.update(keys)
    return frozenset(found)


def concept_similarity(a: str, b: str) -> float:
    """How alike two texts are in the concepts they name (`concept_terms`), 0..1 (Dice)."""
    terms_a, terms_b = concept_terms(a), concept_terms(b)
    if not terms_a or not terms_b:
        return 0.0
    return 2 * len(terms_a & terms_b) / (len(terms_a) + len(terms_b))


@cache
def _opposite_pairs() -> frozenset[tuple[str, str]]:
    endings = suffixes()
    return frozenset(
        (_stem(x, endings), _stem(y, endings)) for lang in Lang for x, y in issue_data(lang).opposites
    )


@cache
def _opposite_ends() -> dict[str, tuple[tuple[int, bool], ...]]:
    """Each stemmed word of the opposite pairs -> the (pair, whether it is the pair's first word)
    it stands in: a text's words are looked up, not every pair tried."""
    ends: dict[str, list[tuple[int, bool]]] = {}
    for pair, (x, y) in enumerate(sorted(_opposite_pairs())):
        ends.setdefault(x, []).append((pair, True))
        ends.setdefault(y, []).append((pair, False))
    return {word: tuple(found) for word, found in ends.items()}


@cache
def suffixes() -> tuple[str, ...]:
    """The English suffixes stemming strips, longest first (``issues.yaml``)."""
    return tuple(sorted(issue_data(Lang.EN).suffixes, key=len, reverse=True))


def _opposite_words(text: str) -> frozenset[str]:
    """The stemmed English words of ``text`` and the short substrings of its Chinese runs,
    judgement phrases left out."""
    key = _against().sub(" ", issue_key(text))
    found = {_stem(w, suffixes()) for w in _LATIN.findall(key)}
    for run in _CJK.findall(key):
        found |= {run[i:j] for i in range(len(run)) for j in range(i + 1, min(len(run), i + 4) + 1)}
    return frozenset(found)
