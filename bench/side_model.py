"""Does a learned statement-side model beat argkg's rules on a set it never saw?
``python bench/side_model.py [--essays DIR] [--essays-limit N] [--cache FILE] [--json FILE]``.

A measured experiment, not product code. Each example is one annotated statement with its gold
side (pro/con/neutral toward the text's debated proposition):

- the persuasive essays' train split (`argkg.bench.essays`, English and the Chinese machine
  translation): a claim For the thesis is pro, Against is con;
- the ``stances`` gold of the development argument sets 1-27 (``bench/data/fresh``, ``fresh2``
  ... ``fresh27``; ``--sets 1,2,3,4`` gives the first study's four), each quote sided as
  `bench/fresh.py` scores it (`argkg.bench.argtexts.check_text`: the claim holding it, else the
  conclusion holding it); the validation and blind sets are never read;
- the gold of argkg's own argument texts (``tests/ingest/texts/argument``, ``layouts``, ``turns``,
  ``replies``, ``speakers``, ``closings``).

Features carry no topic word: argkg's own rule-based side for the statement and for the
statement before it, the generic side cues of argkg's data files (``sides.yaml``,
``dialectic.yaml``, ``attribution.yaml``: side voices, declared sides, contrast and switch
openings, concessions, opponents' voices, indefinite attribution, first person, negators,
help/harm words) on the statement, the sentence before it and its paragraph's first sentence,
evaluative polarity (vaderSentiment in English, the help/harm words in both) and its agreement
with the title's, the statement's relative place in text and paragraph; and argkg's own cue
readers of `argkg.ingest.sides` on the statement (side voices, declared and answered sides,
verdicts, contrast, concession, author's voice, informing, abstaining, procedure, negation, tone,
evaluation), its likeness to the debated proposition and the side its restating reads, the
rules' side of its paragraph's first statement, its claim's role, and the share of the text's
claims the rules read pro, con and neutral.

Evaluated leave-sets-out: ``--folds K`` deals the sets into K folds (set n to fold n mod K); a
model trained on essays train, own texts and the other folds' sets is scored on each fold's
sets, beside the rules (argkg as it is) and all-pro, pooled and per language (without
``--folds``, leave-one-set-out). The rules score a quote no claim holds as wrong (as
`bench/fresh.py` does); the model is scored twice: on every quote ("model") and, as it would
run in the product (re-siding the claims argkg finds), wrong where no claim holds the quote
("model|claims"). A third baseline,
``rules_no_neutral``, reads the rules' neutral (and no claim) as pro: how much of a model's gain
is only a lean toward pro. Then a model trained on everything but essays dev is scored on essays
dev (macro F1 For/Against) beside the rules.

The rules of today have studied sets 1-27, so leaving sets out flatters them and every feature
built on them. ``--before setN`` gives the blind-time test: run with the argkg of the commit that
added set N on ``PYTHONPATH`` (``git archive C | tar -x -C /tmp/at-C`` and a link
``/tmp/path-C/argkg -> /tmp/at-C``), so that the rules, the cue files and the own texts are those
of then, and the model trains on essays, own texts and the sets before N only. ``--drop
rule_,previous_rule_`` leaves out the rules' sides (what the generic cues alone carry).
"""

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from argkg.bench import argtexts
from argkg.bench.argtexts import concluded_side, quoted
from argkg.bench.essays import Essay, load_essays_en, load_essays_zh
from argkg.ingest import ingest_paths, sides
from argkg.ingest.pipeline import build_nlp
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance

__all__ = ["Example", "collect", "features", "loso", "essays_dev", "main"]

ROOT = Path(__file__).resolve().parents[1]
#: The data files of the argkg imported (an older checkout's with ``--before``): the cues as they were.
DATA = Path(argtexts.__file__).resolve().parents[1] / "ingest" / "data"
#: The development argument sets, in order (``set1`` is ``bench/data/fresh``); the validation and
#: blind sets after them are never read.
SETS = {f"set{n}": ROOT / "bench/data" / ("fresh" if n == 1 else f"fresh{n}") for n in range(1, 28)}
#: argkg's own text folders with gold (those the imported argkg has: an older checkout has fewer).
OWN = tuple(
    getattr(argtexts, name)
    for name in ("TEXTS", "LAYOUTS", "TURNS", "REPLIES", "SPEAKERS", "CLOSINGS")
    if hasattr(argtexts, name)
)
SIDES = ("pro", "con", "neutral")
_EN_SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n")
_ZH_SENTENCE = re.compile(r"(?<=[。！？!?；;])[”’」』)）]*|\n")


@dataclass(frozen=True)
class Example:
    """One annotated statement and what the features are computed from.

    Attributes:
        source: ``essays-train``, ``essays-dev``, ``own`` or a set name (``set1``..``set4``).
        text: the file or essay name.
        lang: ``en`` or ``zh``.
        gold: the gold side (pro/con/neutral).
        rule: argkg's side for the claim holding the statement, or ``none``.
        previous_rule: argkg's side of the nearest claim before the statement, or ``none``.
        sentence: the sentence that holds the statement.
        before: the sentence before it in its paragraph ("" at a paragraph's start).
        lead: the first sentence of its paragraph.
        title: the text's first line.
        place: the sentence's index over the text's sentence count (0..1).
        paragraph_place: the paragraph's index over the paragraph count (0..1).
        in_paragraph: the sentence's index inside its paragraph (0, 1, 2...).
        proposition: the text's debated proposition as argkg reads it ("" without one).
        lead_rule: argkg's rule side of the claim in its paragraph's first sentence, or ``none``.
        role: the role of the claim holding it, ``conclusion`` when a conclusion holds it, or ``none``.
        shares: the shares of the text's claims the rules read pro, con and neutral.
    """

    source: str
    text: str
    lang: str
    gold: str
    rule: str
    previous_rule: str
    sentence: str
    before: str
    lead: str
    title: str
    place: float
    paragraph_place: float
    in_paragraph: int
    proposition: str = ""
    lead_rule: str = "none"
    role: str = "none"
    shares: tuple[float, float, float] = (0.0, 0.0, 0.0)


# ---------------------------------------------------------------- text geometry


def _sentences(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of each sentence; a paragraph is a non-empty line."""
    splitter = _ZH_SENTENCE if lang == "zh" else _EN_SENTENCE
    result: list[tuple[int, int, int]] = []
    offset = 0
    paragraph = -1
    for line in text.split("\n"):
        if line.strip():
            paragraph += 1
            cursor = 0
            for match in [*splitter.finditer(line), None]:
                end = match.end() if match is not None else len(line)
                if line[cursor:end].strip():
                    result.append((offset + cursor, offset + end, paragraph))
                cursor = end
        offset += len(line) + 1
    return result


def _example(
    source: str, name: str, lang: str, text: str, span: tuple[int, int], gold: str, rule: str, previous: str
) -> Example:
    """The example of the statement at ``span`` of ``text``: its sentence and context."""
    sentences = _sentences(text, lang)
    index = next((i for i, (s, e, _) in enumerate(sentences) if s <= span[0] < e), 0)
    start, end, paragraph = sentences[index]
    own = [i for i, (_, _, p) in enumerate(sentences) if p == paragraph]
    before = sentences[index - 1] if index and sentences[index - 1][2] == paragraph else None
    paragraphs = sentences[-1][2] + 1
    return Example(
        source=source,
        text=name,
        lang=lang,
        gold=gold,
        rule=rule,
        previous_rule=previous,
        sentence=text[start:end].strip(),
        before=text[before[0] : before[1]].strip() if before else "",
        lead=text[sentences[own[0]][0] : sentences[own[0]][1]].strip(),
        title=text.split("\n", 1)[0].strip(),
        place=index / max(1, len(sentences) - 1),
        paragraph_place=paragraph / max(1, paragraphs - 1),
        in_paragraph=index - own[0],
    )


# ---------------------------------------------------------------- collecting examples


def _lead_span(text: str, lang: str, at: int) -> tuple[int, int]:
    """The span of the first sentence of the paragraph holding offset ``at``."""
    sentences = _sentences(text, lang)
    paragraph = next((p for s, e, p in sentences if s <= at < e), sentences[0][2])
    return next((s, e) for s, e, p in sentences if p == paragraph)


def _from_graph_folder(folder: Path, source: str) -> list[Example]:
    """The examples of the ``stances`` gold of one folder, each quote sided as `bench/fresh.py` does.

    A quote the text holds only with other spacing (a hard-wrapped line) is placed at its claim.
    """
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    names = sorted(gold)
    result: list[Example] = []
    for name, graph in zip(names, ingest_paths([folder / n for n in names]), strict=True):
        text = graph.document.text
        claims = sorted(graph.of_type(Claim), key=lambda c: c.start)
        lang = graph.document.lang.value
        debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
        shares = tuple(sum(c.stance.value == side for c in claims) / max(1, len(claims)) for side in SIDES)
        for quote, side in (gold[name].get("stances") or {}).items():
            holder = next((c for c in claims if quoted(quote, c.text)), None)
            at = text.find(quote)
            if at < 0 and holder is None:
                continue
            span = (at, at + len(quote)) if at >= 0 else (holder.start, holder.end)  # type: ignore[union-attr]
            concluded = concluded_side(graph, quote) if holder is None else None
            rule = holder.stance.value if holder is not None else concluded.value if concluded else "none"
            previous = [c for c in claims if c.end <= span[0] and c is not holder]
            lead = _lead_span(text, lang, span[0])
            leading = next((c for c in claims if c.start < lead[1] and lead[0] < c.end), None)
            example = _example(
                source,
                name,
                lang,
                text,
                span,
                str(side),
                rule,
                previous[-1].stance.value if previous else "none",
            )
            result.append(
                replace(
                    example,
                    proposition=debates[0] if debates else "",
                    lead_rule=leading.stance.value if leading is not None else "none",
                    role=holder.role.value if holder else "conclusion" if concluded else "none",
                    shares=(shares[0], shares[1], shares[2]),
                )
            )
    return result


def _from_essays(essays: Sequence[Essay], lang: Lang, source: str) -> list[Example]:
    """The examples of the essays' For/Against claims, with argkg's side as `bench.essays` reads it.

    argkg's side of a claim is pro when the argkg claim that overlaps it most takes the
    author's side (`argkg.bench.essays.predict`), con when it does not, ``none`` without one.
    """
    nlp = build_nlp(lang)
    result: list[Example] = []
    for essay, doc in zip(essays, nlp.pipe(e.text for e in essays), strict=True):
        positions = doc._.argkg_positions
        found = sorted(
            (c.start, c.end, c.position is None or c.stance is positions[c.position].stance)
            for c in doc._.argkg_claims
        )
        for claim in essay.of_kind("claim"):
            if claim.stance is None:
                continue
            best = max(found, key=lambda s: min(s[1], claim.end) - max(s[0], claim.start), default=None)
            overlaps = best is not None and min(best[1], claim.end) > max(best[0], claim.start)
            rule = ("pro" if best[2] else "con") if best is not None and overlaps else "none"
            previous = [s for s in found if s[1] <= claim.start]
            result.append(
                _example(
                    source,
                    essay.name,
                    lang.value,
                    essay.text,
                    (claim.start, claim.end),
                    "pro" if claim.stance == "For" else "con",
                    rule,
                    ("pro" if previous[-1][2] else "con") if previous else "none",
                )
            )
    return result


def collect(essays_dir: Path | None, limit: int | None, sets: Sequence[str] = tuple(SETS)) -> list[Example]:
    """Every example: essays train and dev (when given), own texts, the named ``sets``."""
    examples: list[Example] = []
    for folder in OWN:
        examples += _from_graph_folder(folder, "own")
        print(f"  own {folder.name}: {len(examples)} examples so far", file=sys.stderr)
    for name in sets:
        folder = SETS[name]
        examples += _from_graph_folder(folder / "argument", name)
        print(f"  {name}: {len(examples)} examples so far", file=sys.stderr)
    if essays_dir is not None:
        for split in ("train", "dev"):
            english = load_essays_en(essays_dir, split)
            chinese = load_essays_zh(essays_dir / f"{split}_PE.ZH", english, essays_dir, split)
            cut = limit if split == "train" else None
            examples += _from_essays(english[:cut], Lang.EN, f"essays-{split}")
            examples += _from_essays(chinese[:cut], Lang.ZH, f"essays-{split}")
            print(f"  essays {split}: {len(examples)} examples so far", file=sys.stderr)
    return examples


# ---------------------------------------------------------------- features


@cache
def _cues(lang: str) -> dict[str, list[re.Pattern[str]]]:
    """The generic side cues of argkg's data files for ``lang``, compiled, by cue name."""

    def load(name: str) -> dict[str, Any]:
        loaded: dict[str, Any] = yaml.safe_load((DATA / lang / f"{name}.yaml").read_text(encoding="utf-8"))
        return loaded

    flags = re.IGNORECASE if lang == "en" else 0

    def compiled(patterns: Iterable[Any]) -> list[re.Pattern[str]]:
        return [re.compile(p["pattern"] if isinstance(p, dict) else p, flags) for p in patterns]

    sides, dialectic, attribution = load("sides"), load("dialectic"), load("attribution")
    cues = {
        f"{key}_{side}": compiled((sides.get(key) or {}).get(side) or [])
        for key in ("voices", "declared", "headings", "verdicts")
        for side in ("pro", "con")
    }
    for key in ("contrast", "replies", "switch", "author", "continues", "rejoinders", "announces"):
        cues[key] = compiled(sides.get(key) or [])
    for key in ("concession_openers", "contrast_splits", "opponent_cues"):
        cues[key] = compiled(dialectic.get(key) or [])
    cues["reported"] = compiled(re.escape(w) for w in dialectic.get("reported_speech_cues") or [])
    for key in ("first_person", "indefinite"):
        words = [re.escape(w) for w in attribution.get(key) or []]
        cues[key] = compiled([rf"\b(?:{'|'.join(words)})\b" if lang == "en" else "|".join(words)])
    return cues


@cache
def _evaluation(lang: str) -> tuple[list[str], list[str], list[str]]:
    """The help words, harm words and negators of ``sides.yaml``'s evaluation, for ``lang``."""
    raw = yaml.safe_load((DATA / lang / "sides.yaml").read_text(encoding="utf-8"))["evaluation"]
    return list(raw["positive"]), list(raw["negative"]), list(raw["negators"])


def _words(sentence: str, lang: str) -> list[str]:
    return re.findall(r"[\w']+", sentence.lower()) if lang == "en" else list(sentence)


def _count(sentence: str, words: Sequence[str], lang: str) -> int:
    if lang == "en":
        tokens = _words(sentence, lang)
        return sum(tokens.count(w.lower()) for w in words)
    return sum(sentence.count(w) for w in words)


def _lexicon_polarity(sentence: str, lang: str) -> float:
    """Help words minus harm words, flipped when the sentence holds an odd number of negators."""
    positive, negative, negators = _evaluation(lang)
    score = _count(sentence, positive, lang) - _count(sentence, negative, lang)
    flip = -1 if _count(sentence, negators, lang) % 2 else 1
    return float(np.clip(score * flip, -3, 3))


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _polarity(sentence: str, lang: str) -> float:
    """Evaluative polarity in -1..1: vaderSentiment's compound in English, the lexicon's in Chinese."""
    if not sentence:
        return 0.0
    if lang == "en":
        return float(_vader().polarity_scores(sentence)["compound"])
    return _lexicon_polarity(sentence, lang) / 3


def _reader_cues(sentence: str, lang: Lang) -> dict[str, float]:
    """What argkg's own cue readers (`argkg.ingest.sides`) find in ``sentence``, side by side."""
    voiced = {stance for _, stance in sides.voices(sentence, lang)}
    sided = {
        "declared": sides.declared(sentence, lang),
        "answered": sides.answered(sentence, lang),
        "verdict": sides.verdict_side(sentence, lang),
    }
    row = {f"r_voice_{side.value}": float(side in voiced) for side in (Stance.PRO, Stance.CON)}
    for name, found in sided.items():
        for side in (Stance.PRO, Stance.CON, Stance.NEUTRAL):
            row[f"r_{name}_{side.value}"] = float(found is side)
    readers = {
        "contrasted": sides.contrasted,
        "opens_contrast": sides.opens_with_contrast,
        "grants": sides.grants,
        "as_author": sides.argues_as_author,
        "informs": sides.informs,
        "abstains": sides.abstains,
        "procedural": sides.is_procedural,
        "negated": sides.negated,
    }
    row |= {f"r_{name}": float(read(sentence, lang)) for name, read in readers.items()}
    row["r_tone"] = sides.tone(sentence, lang) or 0.0
    row["r_evaluation"] = float(np.clip(sides.evaluation(sentence, lang), -3, 3))
    return row


def _units(text: str, lang: str) -> set[str]:
    """Content units for a likeness: English words of four letters or more, Chinese character pairs."""
    if lang == "en":
        return {w for w in _words(text, lang) if len(w) > 3}
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _proposition_cues(example: Example) -> dict[str, float]:
    """How far the statement restates the debated proposition, and the side its restating reads."""
    if not example.proposition:
        return {"p_none": 1.0}
    own, theirs = _units(example.sentence, example.lang), _units(example.proposition, example.lang)
    restated = sides.restated_side(example.sentence, example.proposition, Lang(example.lang))
    return {
        "p_likeness": len(own & theirs) / max(1, len(theirs)),
        "p_restated_pro": float(restated is Stance.PRO),
        "p_restated_con": float(restated is Stance.CON),
    }


@cache
def features(example: Example) -> dict[str, float]:
    """The topic-free features of one example (see the module docstring); read, never changed."""
    lang = example.lang
    cues = _cues(lang)
    row: dict[str, float] = {f"lang_{lang}": 1.0}
    for side in (*SIDES, "none"):
        row[f"rule_{side}"] = float(example.rule == side)
        row[f"previous_rule_{side}"] = float(example.previous_rule == side)
    for part, sentence in (("s", example.sentence), ("b", example.before), ("l", example.lead)):
        for name, patterns in cues.items():
            row[f"{part}_{name}"] = float(any(p.search(sentence) for p in patterns))
        row[f"{part}_lexicon"] = _lexicon_polarity(sentence, lang)
        row[f"{part}_polarity"] = _polarity(sentence, lang)
    row["s_negators"] = float(_count(example.sentence, _evaluation(lang)[2], lang))
    title = _polarity(example.title, lang)
    row["title_polarity"] = title
    row["agrees_title"] = float(np.sign(title) * np.sign(row["s_polarity"]))
    row["question"] = float(example.sentence.rstrip().endswith(("?", "？")))
    row["place"] = example.place
    row["paragraph_place"] = example.paragraph_place
    row["first_in_paragraph"] = float(example.in_paragraph == 0)
    row["in_paragraph"] = float(min(example.in_paragraph, 5))
    row["length"] = float(min(len(_words(example.sentence, lang)), 80)) / 80
    for side in (*SIDES, "none"):
        row[f"lead_rule_{side}"] = float(example.lead_rule == side)
    row[f"role_{example.role}"] = 1.0
    row |= {f"text_{side}": share for side, share in zip(SIDES, example.shares, strict=True)}
    row |= _reader_cues(example.sentence, Lang(lang))
    row |= _proposition_cues(example)
    return row


# ---------------------------------------------------------------- models and scores


def _matrix(
    examples: Sequence[Example], names: Sequence[str] | None = None, drop: Sequence[str] = ()
) -> tuple[np.ndarray, list[str]]:
    """The feature matrix and its column names (given, or those seen, less the ``drop`` prefixes)."""
    rows = [features(e) for e in examples]
    if names is None:
        names = sorted(k for k in {k for r in rows for k in r} if not (drop and k.startswith(tuple(drop))))
    return np.array([[r.get(n, 0.0) for n in names] for r in rows]), list(names)


def _model(kind: str) -> Any:
    """A fresh 3-class classifier: ``logreg`` (scaled, balanced) or ``boost`` (gradient boosting)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if kind == "logreg":
        return make_pipeline(
            StandardScaler(), LogisticRegression(C=0.3, max_iter=2000, class_weight="balanced")
        )
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_depth=4, random_state=0)


def _fit_predict(
    kind: str, train: Sequence[Example], test: Sequence[Example], drop: Sequence[str] = ()
) -> list[str]:
    x, names = _matrix(train, drop=drop)
    model = _model(kind).fit(x, [e.gold for e in train])
    return [str(p) for p in model.predict(_matrix(test, names)[0])]


def _accuracy(pairs: Iterable[tuple[str, str]]) -> float:
    pairs = list(pairs)
    return round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0


def _held_out(
    examples: Sequence[Example],
    held: Sequence[str],
    train_sets: Sequence[str],
    kinds: Sequence[str],
    drop: Sequence[str],
) -> tuple[dict[str, Any], dict[str, list[tuple[str, str]]], list[str]]:
    """One held-out fold's row (quotes, quotes no claim holds, accuracies), its (gold, guess)
    pairs and the language of each pair.

    The model trains on essays train, own texts and ``train_sets``; it never sees the ``held`` sets.
    """
    test = [e for e in examples if e.source in held]
    train = [e for e in examples if e.source in ("own", "essays-train", *train_sets)]
    scored = {
        "rules": [e.rule for e in test],
        "rules_no_neutral": ["con" if e.rule == "con" else "pro" for e in test],
        "all_pro": ["pro"] * len(test),
    }
    for kind in kinds:
        guess = _fit_predict(kind, train, test, drop)
        scored[kind] = guess
        scored[f"{kind}|claims"] = [
            g if e.rule != "none" else "none" for g, e in zip(guess, test, strict=True)
        ]
    pairs = {name: [(e.gold, g) for e, g in zip(test, guess, strict=True)] for name, guess in scored.items()}
    row: dict[str, Any] = {"quotes": len(test), "no_claim": sum(e.rule == "none" for e in test)}
    row |= {name: _accuracy(p) for name, p in pairs.items()}
    return row, pairs, [e.lang for e in test]


def folds(sets: Sequence[str], count: int) -> dict[str, tuple[list[str], list[str]]]:
    """Leave-sets-out: the n-th of ``sets`` goes to fold n mod ``count``; each fold is held out
    (its sets) and the others trained on."""
    dealt = {f"fold{k}": [s for n, s in enumerate(sets, 1) if n % count == k] for k in range(count)}
    return {name: (held, [s for s in sets if s not in held]) for name, held in dealt.items() if held}


def loso(
    examples: Sequence[Example],
    kinds: Sequence[str],
    plan: dict[str, tuple[list[str], list[str]]] | None = None,
    drop: Sequence[str] = (),
) -> dict[str, dict[str, Any]]:
    """Side accuracy per held-out fold, pooled and pooled per language: ``plan`` maps a fold's
    name to its held-out sets and its training sets.

    By default leave-one-set-out over the sets the examples hold.
    """
    present = [s for s in SETS if any(e.source == s for e in examples)]
    plan = plan or {held: ([held], [s for s in present if s != held]) for held in present}
    table: dict[str, dict[str, Any]] = {}
    pooled: dict[str, list[tuple[str, str]]] = {}
    langs: list[str] = []
    for name, (held, train_sets) in plan.items():
        table[name], pairs, held_langs = _held_out(examples, held, train_sets, kinds, drop)
        langs += held_langs
        for kind, p in pairs.items():
            pooled.setdefault(kind, []).extend(p)
    rows = list(table.values())
    table["all"] = {
        "quotes": sum(r["quotes"] for r in rows),
        "no_claim": sum(r["no_claim"] for r in rows),
        **{name: _accuracy(p) for name, p in pooled.items()},
    }
    for lang in sorted(set(langs)):
        table[f"all_{lang}"] = {
            "quotes": langs.count(lang),
            "no_claim": sum(
                g == "none" for of, (_, g) in zip(langs, pooled["rules"], strict=True) if of == lang
            ),
            **{
                name: _accuracy(pair for of, pair in zip(langs, p, strict=True) if of == lang)
                for name, p in pooled.items()
            },
        }
    table["confusion"] = {
        name: _confusion(p) for name, p in pooled.items() if name.startswith(("rules", *kinds))
    }
    return table


def _confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Gold side -> guessed side -> count (``none``: no claim holds the quote)."""
    table: dict[str, dict[str, int]] = {}
    for gold, guess in pairs:
        row = table.setdefault(gold, {})
        row[guess] = row.get(guess, 0) + 1
    return table


def _macro_f1(gold: Sequence[str], guess: Sequence[str]) -> dict[str, float]:
    def f1(label: str) -> float:
        tp = sum(g == label and p == label for g, p in zip(gold, guess, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, guess, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, guess, strict=True))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    return {
        "f1_for": round(f1("pro"), 4),
        "f1_against": round(f1("con"), 4),
        "macro_f1": round((f1("pro") + f1("con")) / 2, 4),
    }


def essays_dev(examples: Sequence[Example], kinds: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Macro F1 For/Against on essays dev per language: model (trained on all else) vs rules.

    The rules read a claim no argkg claim overlaps as For (as `bench/essays.py` does); the
    model's neutral counts as For, the side a statement takes in an essay when it takes none.
    """
    train = [e for e in examples if e.source != "essays-dev"]
    result: dict[str, dict[str, Any]] = {}
    for lang in ("en", "zh"):
        test = [e for e in examples if e.source == "essays-dev" and e.lang == lang]
        if not test:
            continue
        gold = [e.gold for e in test]
        row: dict[str, Any] = {"claims": len(test)}
        row["rules"] = _macro_f1(gold, ["con" if e.rule == "con" else "pro" for e in test])
        row["all_for"] = _macro_f1(gold, ["pro"] * len(test))
        for kind in kinds:
            row[kind] = _macro_f1(
                gold, ["con" if g == "con" else "pro" for g in _fit_predict(kind, train, test)]
            )
        result[lang] = row
    return result


def weights(examples: Sequence[Example], top: int = 15) -> dict[str, list[tuple[str, float]]]:
    """The logistic regression's largest standardised weights per class, trained on sets 1-4 and all."""
    train = [e for e in examples if e.source != "essays-dev"]
    x, names = _matrix(train)
    model = _model("logreg").fit(x, [e.gold for e in train])
    classifier = model[-1]
    return {
        str(label): [(names[i], round(float(row[i]), 3)) for i in np.argsort(-np.abs(row))[:top]]
        for label, row in zip(classifier.classes_, classifier.coef_, strict=True)
    }


def _print_tables(results: dict[str, Any]) -> None:
    table = dict(results["loso"])
    confusion = table.pop("confusion")
    columns = [k for k in table["all"] if k not in ("quotes", "no_claim")]
    print("held-out  quotes  no-claim  " + "  ".join(f"{c:>14}" for c in columns))
    for held, row in table.items():
        print(
            f"{held:<9} {row['quotes']:>6}  {row['no_claim']:>8}  "
            + "  ".join(f"{row[c]:>14.2f}" for c in columns)
        )
    for name, rows in confusion.items():
        if "|" not in name:
            shown = "; ".join(
                f"{g} -> " + ", ".join(f"{k} {v}" for k, v in sorted(r.items()))
                for g, r in sorted(rows.items())
            )
            print(f"  {name}: {shown}")
    for lang, row in results.get("essays_dev", {}).items():
        parts = ", ".join(
            f"{k} {v['macro_f1']:.2f} ({v['f1_for']:.2f}/{v['f1_against']:.2f})"
            for k, v in row.items()
            if isinstance(v, dict)
        )
        print(f"essays dev {lang} ({row['claims']} claims) mF1 (For/Against): {parts}")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or load) the examples, run leave-one-set-out and essays dev, print and save."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--essays", type=Path, default=Path("/tmp/stance-data/conll"))
    parser.add_argument("--essays-limit", type=int, default=None, help="first N train essays per language")
    parser.add_argument(
        "--cache", type=Path, default=None, help="examples JSON: read when present, else written"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--models", default="logreg,boost")
    parser.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out (ablation)")
    parser.add_argument("--sets", default="", help="comma-separated set numbers (default: 1-27)")
    parser.add_argument("--folds", type=int, default=0, help="leave-sets-out folds (default: one per set)")
    parser.add_argument(
        "--before",
        choices=list(SETS),
        default=None,
        help="hold out only this set and train on the sets before it (run with the argkg of the "
        "commit that added the set, so that its rules had not seen it either)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("ARGKG_CORPUS", "/work/shared/corpus")
    if args.cache is not None and args.cache.is_file():
        loaded = json.loads(args.cache.read_text(encoding="utf-8"))
        examples = [Example(**{**e, "shares": tuple(e.get("shares", (0.0, 0.0, 0.0)))}) for e in loaded]
    else:
        essays = args.essays if args.essays.is_dir() else None
        chosen = [f"set{n}" for n in args.sets.split(",")] if args.sets else list(SETS)
        examples = collect(essays, args.essays_limit, chosen)
        if args.cache is not None:
            args.cache.write_text(
                json.dumps([asdict(e) for e in examples], ensure_ascii=False), encoding="utf-8"
            )
    counts: dict[str, int] = {}
    for e in examples:
        counts[e.source] = counts.get(e.source, 0) + 1
    print("examples: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    kinds = args.models.split(",")
    present = [s for s in SETS if s in counts]
    plan: dict[str, tuple[list[str], list[str]]] | None = None
    if args.before is not None:
        plan = {args.before: ([args.before], present[: present.index(args.before)])}
    elif args.folds:
        plan = folds(present, args.folds)
    results: dict[str, Any] = {
        "examples": counts,
        "loso": loso(examples, kinds, plan, [d for d in args.drop.split(",") if d]),
    }
    if plan is None and any(e.source == "essays-dev" for e in examples):
        results["essays_dev"] = essays_dev(examples, kinds)
    results["logreg_weights"] = weights(examples)
    _print_tables(results)
    if args.json is not None:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
