"""argkg's extraction quality: ``python bench/quality.py [--json] [--corpus DIR]``.

Benchmarks over the corpus in ``shared/corpus`` (found beside the repository, or given with
``--corpus`` / ``ARGKG_CORPUS``):

a) the reference article against its partial gold annotation (section 01): precision, recall
   and F1 per item kind (see `argkg.bench.reference`);
b) the English arg-microtexts: per-segment role (proponent/opponent) accuracy and macro-F1, and
   central-claim accuracy, for argkg's full ingest, for the ``argkg_dialectic`` component alone
   (sentences from spaCy's sentencizer), and for the majority baseline, beside the mark set by
   Peldszus & Stede (2015);
c) argkg's number finder on its own gold sets of English and Chinese sentences (two development
   sets, two written after the rules and two in unseen layouts, ``bench/data/numbers_*.yaml``):
   precision and recall per language, and every miss and false find (see
   `argkg.bench.numbers_gold`);
d) conclusions, the debated questions each rests on and the answer it needs, on the reference
   article's section-01 gold and on the texts of ``tests/ingest/texts/depends/`` (see
   `argkg.bench.dependencies`);
e) argkg's own argument texts in other layouts (`argkg.bench.argtexts`), three sets
   (``tests/ingest/texts/argument/``, ``layouts/`` and the speaker-turn, reported-voice and
   persuasive texts of ``turns/``): side accuracy, the debated proposition found, main claims,
   lines that are no claim, contested assumptions, conclusion recall and precision, and per
   text for the layouts set; the same for the reply texts of ``replies/`` and the texts of
   ``speakers/`` (minutes and a transcript whose speakers are named, an objection letter, a form
   answered "No.", an interview, an op-ed announcing the other side's case), of ``unseen/`` and
   ``unseen2/`` and ``unseen3/`` (gold written before argkg ran on them, in genres no other set uses), of
   ``unseen4/`` (the same for texts whose sides are set by blocks), of ``unseen5/`` (the same
   for chat, thread and reply layouts whose lines risk becoming no claim), of ``unseen_chat/``
   (the same for chat messages that end without a full stop, and an article's captions), of ``unseen_eval/``
   (the same for sides no marker names, in an order that does not say which is which), of
   ``unseen_props/``, ``unseen_props2/``, ``unseen_props3/`` and ``unseen_props4/`` (the same for
   the proposition, main claims and conclusions; the second states it only by a proposal,
   request, decision or verdict, the third by what its voices argue over: a petition, a ballot, a
   poll, the fourth by a motion, a referendum question, a recommendation or a charge put to a
   decision) and of
   ``unseen_concl/`` (English conclusions no cue word announces, gold written first) and of
   ``unseen_concl2/`` (decisions, outcomes and recommendations in English and Chinese, gold
   written first) and of ``unseen_concl3/`` (final verdicts, decisions and readings of results
   among recommendation-shaped lines, gold written first) and of ``unseen_concl4/`` (closing calls,
   decisions and ratings among greetings and sign-offs, gold written first) and of ``unseen_concl5/``
   (outcomes, demands and commitments where no cue or closing line holds them, gold written
   first) and of ``unseen_concl6/`` (one conclusion per voice: a view stated early and summed up
   at the close, announcements of a closing word, list items below a concluding judgement, gold
   written first) and of
   ``unseen_main/`` (main claims in layouts no other set uses, gold written first) and of
   ``unseen_main2/`` (each voice's main claim in multi-voice layouts, gold written first) and of
   ``unseen_turns/`` and ``unseen_turns2/`` (sides in question-and-answer and reply layouts,
   gold written first) and of ``unseen_sides5/`` (answers that say no and objections with no side
   cue, gold written first) and of ``unseen_objections/`` (objections one author states and
   answers, gold written first) and of ``unseen_sides26/`` (refusals after a grant, proposers'
   turns, gold written first) and of ``unseen_sides26b/`` (problems of the present and granted
   points, gold written first) and of ``unseen_wrap/`` (hard-wrapped e-mail, memo, forum and
   PDF-copied texts, gold written first) and of ``unseen_neutral/`` (neutral readings among
   arguing and informing statements, gold written first) and of ``unseen_unargued/`` (texts that
   argue nothing as a whole, gold written first); and the closing-judgement texts of
   ``closings/``, scored as the blind sets (`argkg.bench.fresh`), with their numbers' precision
   and recall;
f) with ``--essays DIR``, the persuasive essays of the public end-to-end argument mining
   release (`argkg.bench.essays`; DIR holds ``Essay_Level/`` and ``Paragraph_Level/``, and
   ``<split>_PE.ZH`` for the Chinese translation): claim stance For/Against macro-F1 and the
   thesis among the three most central statements, on the dev split (``--split train`` to
   develop; the test split is never read);
g) documents across sources (`argkg.bench.crossdoc`): pairwise same-issue F1 and stance
   accuracy on argkg's own two-language corpus, the topic-grouping dev set
   (``bench/data/topics/``) and the second, third and fourth cross-document dev sets
   (``bench/data/crossdev/``, ``bench/data/crossdev2/``, ``bench/data/crossdev3/``), argkg's
   own answer set (``tests/ingest/texts/xdoc_answers/``: answers after a frame or opened by a
   denial), its own introduction set (``tests/ingest/texts/xdoc_intros/``: writers who open
   with who they are), its own generic-word set (``tests/ingest/texts/xdoc_generic27/``: four
   questions sharing school, children, money and council), and false merges among the dev
   microtexts;
h) restated claims (`argkg.bench.restated`): RESTATES precision and recall on argkg's own pair
   set, across Chinese and English and in one language.

Needs ``argkg.ingest.ingest_paths`` for (a), (d), (e) and the ingest row of (b); without it those parts
are reported as unavailable. Prints rich tables, or one JSON object with ``--json``.
"""

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table

from argkg.bench import crossdoc, restated
from argkg.bench.argtexts import (
    CLOSINGS,
    LAYOUTS,
    REPLIES,
    SPEAKERS,
    TEXTS,
    TURNS,
    UNSEEN,
    UNSEEN2,
    UNSEEN3,
    UNSEEN4,
    UNSEEN5,
    UNSEEN_ALT,
    UNSEEN_ANNOUNCE,
    UNSEEN_CENTRAL,
    UNSEEN_CHAT,
    UNSEEN_CONCL,
    UNSEEN_CONCL2,
    UNSEEN_CONCL3,
    UNSEEN_CONCL4,
    UNSEEN_CONCL5,
    UNSEEN_CONCL6,
    UNSEEN_EVAL,
    UNSEEN_MAIN,
    UNSEEN_MAIN2,
    UNSEEN_NEUTRAL,
    UNSEEN_OBJECTIONS,
    UNSEEN_PROPS,
    UNSEEN_PROPS2,
    UNSEEN_PROPS3,
    UNSEEN_PROPS4,
    UNSEEN_SIDES5,
    UNSEEN_SIDES26,
    UNSEEN_SIDES26B,
    UNSEEN_THESES,
    UNSEEN_THESES27,
    UNSEEN_TURNS,
    UNSEEN_TURNS2,
    UNSEEN_UNARGUED,
    UNSEEN_VOICES,
    UNSEEN_WRAP,
    score_texts,
)
from argkg.bench.dependencies import run as run_dependencies
from argkg.bench.essays import load_essays_en, load_essays_zh, predict, score_stance
from argkg.bench.fresh import score_argument
from argkg.bench.microtexts import (
    Microtext,
    MicrotextScores,
    Prediction,
    baseline,
    load_microtexts,
    locate_edus,
    predict_from_claims,
    predict_from_sentence_roles,
    score_microtexts,
)
from argkg.bench.numbers_gold import (
    AFTER,
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    FRESH,
    GOLD,
    score_number_gold,
)
from argkg.bench.reference import load_gold, score_reference
from argkg.ingest.reader import normalise
from argkg.schema import Claim, Conclusion, DocumentGraph, Lang, Role, Stance

__all__ = ["find_corpus", "run", "main"]

REFERENCE = "000_91da3ad19ea60206"
#: Peldszus & Stede (2015), "Joint prediction in MST-style discourse parsing for argumentation
#: mining": macro-F1 of the role level and of the central-claim level on the full corpus.
TARGET = {"role_macro_f1": 0.77, "central_f1": 0.86}


def find_corpus(given: Path | None = None) -> Path:
    """The corpus folder: ``given``, else ``$ARGKG_CORPUS``, else ``shared/corpus`` beside the repo.

    Raises:
        SystemExit: the folder chosen has no ``microtexts-dev/``.
    """
    if given is not None:
        chosen = given
    elif os.environ.get("ARGKG_CORPUS"):
        chosen = Path(os.environ["ARGKG_CORPUS"])
    else:
        chosen = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (chosen / "microtexts-dev").is_dir():
        raise SystemExit(f"{chosen} is no corpus folder (it has no microtexts-dev/)")
    return chosen


def _ingest() -> Any | None:
    """``argkg.ingest.ingest_paths``, or None while it does not exist."""
    import argkg.ingest as ingest

    return getattr(ingest, "ingest_paths", None)


def _reference(corpus: Path, ingest_paths: Any | None) -> dict[str, Any]:
    if ingest_paths is None:
        return {"available": False, "reason": "argkg.ingest.ingest_paths does not exist yet"}
    path = corpus / f"{REFERENCE}.txt"
    (graph,) = ingest_paths([path])
    gold = load_gold(
        corpus / "annotations" / f"{REFERENCE}.dev.json",
        path.read_text(encoding="utf-8"),
        graph.document.text,
    )
    scores = score_reference(gold, graph)
    return {
        "available": True,
        "scope": list(gold.scope),
        "scores": {k: v.as_dict() for k, v in scores.items()},
    }


def _from_graph(microtext: Microtext, graph: DocumentGraph) -> Prediction:
    spans = locate_edus(graph.document.text, microtext.edus)
    claims = sorted(graph.of_type(Claim), key=lambda c: c.start)
    centrals = [(c.start, c.end) for c in claims if c.role is Role.MAIN]
    centrals += [(c.start, c.end) for c in sorted(graph.of_type(Conclusion), key=lambda c: c.start)]
    # A claim's stance is its side on the text's proposition; the author's side is the main
    # claim's, so the opponent's segments are those of the other side.
    author = next((c.stance for c in claims if c.role is Role.MAIN), Stance.PRO)
    roles = [(c.start, c.end, "con" if c.stance not in (author, Stance.NEUTRAL) else "pro") for c in claims]
    return predict_from_claims(spans, roles, centrals)


def _dialectic_predictions(microtexts: list[Microtext]) -> list[Prediction]:
    """Run blank English + sentencizer + argkg's entities, attribution and dialectic components."""
    import argkg.ingest.dialectic  # noqa: F401  (registers the factories)

    nlp = spacy.blank(Lang.EN.value)
    for name in ("sentencizer", "argkg_entities", "argkg_attribution", "argkg_dialectic"):
        nlp.add_pipe(name)
    predictions = []
    for microtext, doc in zip(microtexts, nlp.pipe(m.text for m in microtexts), strict=True):
        predictions.append(
            predict_from_sentence_roles(locate_edus(doc.text, microtext.edus), doc._.argkg_dialectic)
        )
    return predictions


def _microtexts(corpus: Path, ingest_paths: Any | None) -> dict[str, Any]:
    folder = corpus / "microtexts-dev"
    microtexts = load_microtexts(folder)
    systems: dict[str, Any] = {}
    if ingest_paths is not None:
        graphs = ingest_paths([folder / f"{m.name}.txt" for m in microtexts], lang=Lang.EN)
        systems["argkg ingest"] = _scores(
            microtexts, [_from_graph(m, g) for m, g in zip(microtexts, graphs, strict=True)]
        )
    else:
        systems["argkg ingest"] = None
    systems["argkg_dialectic"] = _scores(microtexts, _dialectic_predictions(microtexts))
    systems["majority baseline"] = _scores(microtexts, [baseline(m) for m in microtexts])
    return {
        "texts": len(microtexts),
        "segments": sum(len(m.edus) for m in microtexts),
        "systems": systems,
        "target": TARGET,
    }


def _scores(microtexts: list[Microtext], predictions: list[Prediction]) -> dict[str, Any]:
    scores: MicrotextScores = score_microtexts(microtexts, predictions)

    def rounded(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: rounded(v) for k, v in value.items()}
        return round(value, 4) if isinstance(value, float) else value

    return {key: rounded(value) for key, value in asdict(scores).items()}


def _dependencies(corpus: Path, ingest_paths: Any | None) -> dict[str, Any]:
    if ingest_paths is None:
        return {"available": False, "reason": "argkg.ingest.ingest_paths does not exist yet"}
    path = corpus / f"{REFERENCE}.txt"
    annotation = corpus / "annotations" / f"{REFERENCE}.dev.json"
    text = normalise(path.read_text(encoding="utf-8"))
    scope = load_gold(annotation, path.read_text(encoding="utf-8"), text).scope
    return {"available": True, **run_dependencies((annotation, path, scope), ingest_paths)}


def run(corpus: Path, essays: Path | None = None, split: str = "dev") -> dict[str, Any]:
    """Compute the benchmarks; returns the JSON-ready results."""
    ingest_paths = _ingest()
    results = {
        "reference": _reference(corpus, ingest_paths),
        "microtexts": _microtexts(corpus, ingest_paths),
        "numbers": {
            "dev": score_number_gold(GOLD),
            "fresh": score_number_gold(FRESH),
            "dev2": score_number_gold(DEV2),
            "after": score_number_gold(AFTER),
            "dev3": score_number_gold(DEV3),
            "dev4": score_number_gold(DEV4),
            "dev5": score_number_gold(DEV5),
            "dev6": score_number_gold(DEV6),
            "dev7": score_number_gold(DEV7),
            "dev8": score_number_gold(DEV8),
            "dev9": score_number_gold(DEV9),
            "dev10": score_number_gold(DEV10),
        },
        "dependencies": _dependencies(corpus, ingest_paths),
        "argument_texts": score_texts(TEXTS),
        "layout_texts": score_texts(LAYOUTS),
        "turn_texts": score_texts(TURNS),
        "reply_texts": score_texts(REPLIES),
        "speaker_texts": score_texts(SPEAKERS),
        "unseen_texts": score_texts(UNSEEN),
        "unseen2_texts": score_texts(UNSEEN2),
        "unseen4_texts": score_texts(UNSEEN4),
        "unseen3_texts": score_texts(UNSEEN3),
        "unseen5_texts": score_texts(UNSEEN5),
        "unseen_chat_texts": score_texts(UNSEEN_CHAT),
        "unseen_eval_texts": score_texts(UNSEEN_EVAL),
        "unseen_props_texts": score_texts(UNSEEN_PROPS),
        "unseen_props2_texts": score_texts(UNSEEN_PROPS2),
        "unseen_props3_texts": score_texts(UNSEEN_PROPS3),
        "unseen_props4_texts": score_texts(UNSEEN_PROPS4),
        "unseen_concl_texts": score_texts(UNSEEN_CONCL),
        "unseen_concl2_texts": score_texts(UNSEEN_CONCL2),
        "unseen_concl3_texts": score_texts(UNSEEN_CONCL3),
        "unseen_concl4_texts": score_texts(UNSEEN_CONCL4),
        "unseen_concl5_texts": score_texts(UNSEEN_CONCL5),
        "unseen_concl6_texts": score_texts(UNSEEN_CONCL6),
        "unseen_main_texts": score_texts(UNSEEN_MAIN),
        "unseen_main2_texts": score_texts(UNSEEN_MAIN2),
        "unseen_turns_texts": score_texts(UNSEEN_TURNS),
        "unseen_wrap_texts": score_texts(UNSEEN_WRAP),
        "unseen_neutral_texts": score_texts(UNSEEN_NEUTRAL),
        "unseen_alt_texts": score_texts(UNSEEN_ALT),
        "unseen_announce_texts": score_texts(UNSEEN_ANNOUNCE),
        "unseen_turns2_texts": score_texts(UNSEEN_TURNS2),
        "unseen_sides5_texts": score_texts(UNSEEN_SIDES5),
        "unseen_objections_texts": score_texts(UNSEEN_OBJECTIONS),
        "unseen_sides26_texts": score_texts(UNSEEN_SIDES26),
        "unseen_unargued_texts": score_texts(UNSEEN_UNARGUED),
        "unseen_theses_texts": score_texts(UNSEEN_THESES),
        "unseen_theses27_texts": score_texts(UNSEEN_THESES27),
        "unseen_sides26b_texts": score_texts(UNSEEN_SIDES26B),
        "unseen_central_texts": score_texts(UNSEEN_CENTRAL),
        "unseen_voices_texts": score_texts(UNSEEN_VOICES),
        "closing_texts": score_argument(CLOSINGS)["all"],
        "restated": restated.score_pairs(),
        "crossdoc": {
            "corpus": crossdoc.score_corpus(),
            "topics": crossdoc.score_corpus(crossdoc.TOPICS),
            "crossdev": crossdoc.score_corpus(crossdoc.CROSSDEV),
            "crossdev2": crossdoc.score_corpus(crossdoc.CROSSDEV2),
            "crossdev3": crossdoc.score_corpus(crossdoc.CROSSDEV3),
            "crossdev4": crossdoc.score_corpus(crossdoc.CROSSDEV4),
            "crossdev5": crossdoc.score_corpus(crossdoc.CROSSDEV5),
            "crossdev6": crossdoc.score_corpus(crossdoc.CROSSDEV6),
            "answers": crossdoc.score_corpus(crossdoc.ANSWERS),
            "intros": crossdoc.score_corpus(crossdoc.INTROS),
            "generic": crossdoc.score_corpus(crossdoc.GENERIC),
            "microtexts": crossdoc.score_microtexts(corpus / "microtexts-dev"),
        },
    }
    if essays is not None:
        results["essays"] = _essays(essays, split)
    return results


def _essays(folder: Path, split: str) -> dict[str, Any]:
    english = load_essays_en(folder, split)
    sets = {"en": english}
    chinese = folder / f"{split}_PE.ZH"
    if chinese.is_file():
        sets["zh"] = load_essays_zh(chinese, english, folder, split)
    result: dict[str, Any] = {"split": split, "target": {"macro_f1": 0.72, "thesis_top3": 0.8}}
    for code, essays in sets.items():
        sides, top3 = predict(essays, Lang(code))
        scores = asdict(score_stance(essays, sides, top3))
        result[code] = {k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}
    return result


def _table(title: str, columns: tuple[str, ...], rows: list[list[str]]) -> Table:
    table = Table(title=title)
    for index, column in enumerate(columns):
        left = index == 0 or column == "also"
        table.add_column(column, justify="left" if left else "right", no_wrap=left)
    for row in rows:
        table.add_row(*row)
    return table


def _print(results: dict[str, Any], console: Console) -> None:
    reference = results["reference"]
    if reference["available"]:
        rows = [
            [kind, str(s["gold"]), str(s["found"]), str(s["predicted"]), str(s["right"])]
            + [f"{s[k]:.2f}" for k in ("precision", "recall", "f1")]
            + [
                ", ".join(
                    f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items() if k.endswith("accuracy")
                )
            ]
            for kind, s in reference["scores"].items()
        ]
        first, last = reference["scope"]
        header = ("item", "gold", "hit", "pred", "ok", "P", "R", "F1", "also")
        console.print(_table(f"Reference article, section 01 (chars {first}-{last})", header, rows))
    else:
        console.print(f"Reference article: not scored ({reference['reason']})")
    micro = results["microtexts"]
    keys = ("role_accuracy", "role_macro_f1", "central_accuracy", "central_macro_f1")
    rows = [
        [name, *(f"{s[k]:.2f}" for k in keys), f"{s['role_f1']['opp']:.2f}"] if s else [name, *["n/a"] * 5]
        for name, s in micro["systems"].items()
    ]
    target = micro["target"]
    rows.append(
        ["Peldszus & Stede 2015", "", f"{target['role_macro_f1']:.2f}", "", f"{target['central_f1']:.2f}", ""]
    )
    columns = ("system", "role acc", "role mF1", "cc acc", "cc mF1", "opp F1")
    console.print(
        _table(f"English microtexts ({micro['texts']} texts, {micro['segments']} segments)", columns, rows)
    )
    numbers = results["numbers"]
    rows = [
        [f"{name} {lang}", *(str(s[k]) for k in ("gold", "predicted", "right"))]
        + [f"{s[k]:.2f}" for k in ("precision", "recall", "f1")]
        for name, scores in numbers.items()
        for lang, s in scores.items()
        if lang != "errors"
    ]
    console.print(_table("Numbers, own gold sentences", ("set", "gold", "pred", "ok", "P", "R", "F1"), rows))
    for error in (e for scores in numbers.values() for e in scores["errors"]):
        console.print(f"  {error}", markup=False)
    _print_dependencies(results["dependencies"], console)
    _print_texts(results, console)
    if "essays" in results:
        essays = results["essays"]
        columns = (
            "lang",
            "essays",
            "claims",
            "acc",
            "mF1",
            "F1 For",
            "F1 Against",
            "all-For mF1",
            "thesis@3",
        )
        rows = [
            [code, *(str(essays[code][k]) for k in ("essays", "claims"))]
            + [f"{essays[code][k]:.2f}" for k in ("accuracy", "macro_f1", "f1_for", "f1_against")]
            + [f"{essays[code][k]:.2f}" for k in ("all_for_macro_f1", "thesis_top3")]
            for code in ("en", "zh")
            if code in essays
        ]
        console.print(_table(f"Persuasive essays, {essays['split']} split: claim stance", columns, rows))

    _print_crossdoc(results, console)
    _print_restated(results["restated"], console)


def _print_texts(results: dict[str, Any], console: Console) -> None:
    keys = ("side_accuracy", "all_pro_accuracy", "proposition_found", "main_claims_found")
    keys += ("never_claims_ok", "two_sided_contested", "conclusion_recall", "conclusion_precision")
    sets = (
        ("argument_texts", "argument texts"),
        ("layout_texts", "texts in further layouts"),
        ("turn_texts", "turn and voice texts"),
        ("reply_texts", "chat, answer and review texts"),
        ("speaker_texts", "minutes, objection, form, interview and announced-case texts"),
        ("unseen_texts", "texts with gold written before argkg saw them"),
        ("unseen2_texts", "more texts with gold written before argkg saw them"),
        ("unseen4_texts", "block-sided texts with gold written before argkg saw them"),
        ("unseen3_texts", "other-side statements in voices, gold written before argkg saw them"),
        ("unseen5_texts", "chat, thread and reply texts with gold written before argkg saw them"),
        ("unseen_chat_texts", "chat messages without a full stop, and captions, gold written first"),
        ("unseen_eval_texts", "unmarked sides in unrevealing order, gold written before argkg saw them"),
        ("unseen_props_texts", "propositions, main claims and conclusions in unseen layouts"),
        ("unseen_props2_texts", "propositions stated only by a proposal, request, decision or verdict"),
        ("unseen_props3_texts", "propositions of petitions, ballots, polls and decisions weighed; how-tos"),
        ("unseen_props4_texts", "propositions put to a decision: motions, referendums, recommendations"),
        ("unseen_concl_texts", "conclusions no cue word announces"),
        ("unseen_concl2_texts", "decisions, outcomes and recommendations in unseen layouts"),
        ("unseen_concl3_texts", "final verdicts among recommendation-shaped lines"),
        ("unseen_concl4_texts", "closing calls, decisions and ratings among formalities, gold written first"),
        (
            "unseen_concl5_texts",
            "outcomes, demands and commitments away from the closing line, gold written first",
        ),
        ("unseen_concl6_texts", "one conclusion per voice: early views summed up later, gold first"),
        ("unseen_main_texts", "main claims in unseen layouts"),
        ("unseen_main2_texts", "each voice's main claim in multi-voice layouts, gold written first"),
        ("unseen_turns_texts", "question-and-answer and reply layouts, gold written before argkg saw them"),
        ("unseen_wrap_texts", "hard-wrapped texts with gold written before argkg saw them"),
        ("unseen_neutral_texts", "neutral readings among arguing and informing lines, gold written first"),
        ("unseen_alt_texts", "the target weighed against the option it would replace, gold written first"),
        ("unseen_announce_texts", "reactions to an announced or planned change, gold written first"),
        ("unseen_turns2_texts", "further question-and-answer and reply layouts, gold written first"),
        ("unseen_sides5_texts", "answers saying no and objections without a side cue, gold written first"),
        ("unseen_objections_texts", "objections one author states and answers, gold written first"),
        ("unseen_sides26_texts", "refusals after a grant and proposers' turns, gold written first"),
        ("unseen_unargued_texts", "texts that argue nothing and two notice-like ones that do, gold first"),
        ("unseen_theses_texts", "verdicts, institutions' theses and plans reacted to, gold written first"),
        ("unseen_theses27_texts", "advice, decisions and recommendations with no cue, gold written first"),
        ("unseen_sides26b_texts", "problems of the present and granted points, gold written first"),
        ("unseen_central_texts", "theses with no cue, judged and central, gold written first"),
        ("closing_texts", "closing-judgement texts"),
    )
    for name, title in sets:
        texts = results[name]
        shown = [*keys, *(k for k in ("numbers_precision", "numbers_recall") if k in texts)]
        console.print(
            _table(
                f"argkg's {title} ({texts['texts']} texts, {texts['side_claims']} claims)",
                ("figure", "value"),
                [[key, "n/a" if texts[key] is None else str(texts[key])] for key in shown],
            )
        )
    per_text = results["layout_texts"]["per_text"]
    rows = [
        [
            name,
            s["sides"],
            str(s["proposition"]),
            "" if s["contested"] is None else str(s["contested"]),
            s["conclusions"],
        ]
        for name, s in per_text.items()
    ]
    columns = ("text", "sides", "proposition", "contested", "conclusions (+extra)")
    console.print(_table("Texts in further layouts, per text", columns, rows))


def _print_crossdoc(results: dict[str, Any], console: Console) -> None:
    corpus = results["crossdoc"]["corpus"]
    sets = (
        ("Documents across sources, first series", corpus["first"]),
        ("Documents across sources", corpus),
        ("Topic grouping, dev set", results["crossdoc"]["topics"]),
        ("Documents across sources, second dev set", results["crossdoc"]["crossdev"]),
        ("Documents across sources, third dev set", results["crossdoc"]["crossdev2"]),
        ("Documents across sources, fourth dev set", results["crossdoc"]["crossdev3"]),
        ("Documents across sources, fifth dev set", results["crossdoc"]["crossdev4"]),
        ("Documents across sources, sixth dev set", results["crossdoc"]["crossdev5"]),
        ("Documents across sources, seventh dev set", results["crossdoc"]["crossdev6"]),
        ("Documents across sources, own answer set", results["crossdoc"]["answers"]),
        ("Documents across sources, own introduction set", results["crossdoc"]["intros"]),
        ("Documents across sources, own generic-word set", results["crossdoc"]["generic"]),
    )
    for name, cross in sets:
        _print_crossdoc_set(name, cross, console)
    merged = results["crossdoc"]["microtexts"]
    console.print(
        f"dev microtexts: {merged['false_merge_pairs']} pairs wrongly merged of {merged['documents']} texts"
    )


def _print_crossdoc_set(name: str, cross: dict[str, Any], console: Console) -> None:
    keys = ("precision", "recall", "f1", "stance_accuracy")
    rows = [
        [
            part,
            str(cross[part].get("documents", cross["documents"])),
            *(f"{cross[part][k]:.2f}" for k in keys),
        ]
        for part in ("all", "en", "zh")
    ]
    title = f"{name} ({cross['documents']} texts on {cross['questions']} questions)"
    console.print(_table(title, ("texts", "n", "pair P", "pair R", "pair F1", "stance acc"), rows))


def _print_restated(found: dict[str, Any], console: Console) -> None:
    counts, rates = ("pairs", "positives", "found"), ("precision", "recall")
    rows = [
        [part, *(str(s[k]) for k in counts), *(f"{s[k]:.2f}" for k in rates)] for part, s in found.items()
    ]
    columns = ("pairs", "n", "same", "found", "precision", "recall")
    console.print(_table("Restated claims (RESTATES), own pair set", columns, rows))


def _print_dependencies(found: dict[str, Any], console: Console) -> None:
    if not found["available"]:
        console.print(f"Dependencies: not scored ({found['reason']})")
        return
    keys = ("conclusion_recall", "conclusion_precision", "pair_precision", "pair_recall", "direction")
    named = [("reference, section 01", found["reference"]), *found["texts"].items()]
    named.append(("own texts, all", found["texts_total"]))
    rows = [
        [name, str(s["gold"]), str(s["found"]), *("n/a" if s[k] is None else f"{s[k]:.2f}" for k in keys)]
        for name, s in named
    ]
    columns = ("text", "gold", "hit", "concl R", "concl P", "pair P", "pair R", "direction")
    console.print(_table("Conclusions and their dependencies on debated questions", columns, rows))


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the benchmarks, print the results."""
    parser = argparse.ArgumentParser(description="Score argkg's ingest against the annotated corpus.")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="the corpus folder (default: shared/corpus)"
    )
    parser.add_argument(
        "--essays",
        type=Path,
        default=None,
        help="folder of the persuasive essays (Essay_Level/, Paragraph_Level/, <split>_PE.ZH)",
    )
    parser.add_argument(
        "--split", choices=("dev", "train"), default="dev", help="essay split to score (default: dev)"
    )
    args = parser.parse_args(argv)
    results = run(find_corpus(args.corpus), args.essays, args.split)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        _print(results, Console())
    return 0


if __name__ == "__main__":
    sys.exit(main())
