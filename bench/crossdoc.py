"""Cross-document quality: are documents on one question grouped into one shared issue, and is
each document's stance on it right?

Ten sets: argkg's own corpus (``tests/ingest/texts/crossdoc/``: 77 short texts in English and
Chinese written for argkg as a crowd would, each arguing one side of one of 13 questions, gold
in ``gold.yaml``; its first series of 36 texts on six questions is also scored alone), the
topic-grouping dev set (``bench/data/topics/``, same format: crowd-style texts that mostly never
state their question, so that they group only by what they are about), the second dev set
(``bench/data/crossdev/``, same format: 50 texts on 10 questions none of the others argue, four
of them in both languages, written after the concept list of ``ingest/data/concepts.yaml``), the
third dev set (``bench/data/crossdev2/``, same format: 30 texts on 6 further questions, one of
them in both languages, in varied voices, written to measure stance), the fourth dev set
(``bench/data/crossdev3/``, same format: 30 texts on 6 further questions, most never stating
their question, several arguing in other words or for an alternative), the fifth dev set
(``bench/data/crossdev4/``, same format: 30 texts on 6 further questions, most never stating
their question, several in words no other text on their question uses), the sixth dev set
(``bench/data/crossdev5/``, same format: 30 texts on 6 further questions, half of them con,
most never stating their question, in layouts the others lack: a letter, a notice, a question-
and-answer sheet), the seventh dev set (``bench/data/crossdev6/``, same format: 25 texts on 5
further questions, about half con and half never stating their question, in the shapes that
test a one-sided text's stance: question-openers answered yes or no, concession-first texts,
texts opening on the other side's quoted view, texts arguing with the question's opposite
action word), argkg's own answer set (``tests/ingest/texts/xdoc_answers/``: 7 texts on two
questions, each answering its question after a frame or with an English denial), argkg's own
introduction set (``tests/ingest/texts/xdoc_intros/``: 6 texts on two questions, each opening
with who its writer is in the other question's words), argkg's generic-word set
(``tests/ingest/texts/xdoc_generic27/``: 17 texts on four questions that share the words a crowd
uses everywhere, school, children, money, council, several in other words than their question's),
argkg's grouping set (``tests/ingest/texts/xdoc_group30/``: 32 texts on six questions, most never
stating theirs, in words no other text on it uses, three in both languages), argkg's closing-line
set (``tests/ingest/texts/xdoc_close31/``: 18 texts on four questions, most giving only reasons
until a closing request, one question in both languages), argkg's peer set
(``tests/ingest/texts/xdoc_peers32/``: 17 texts on four questions, some stating their side, the
others giving only the reasons a stating text of their side gives, one question in both
languages), argkg's burden set (``tests/ingest/texts/xdoc_burden33/``: 13 texts on three
questions, the con texts mostly judging the proposal by what it would do to someone, "would hit
X hardest", "最受影响的是…", some answering in a clause that closes on the answer, one question in
both languages), argkg's act set (``tests/ingest/texts/xdoc_acts34/``: 15 texts on three
questions, many stating their side only in a short clause that points back and acts on what it
points at, "Close them.", "Allow it.", "保留吧", others in a condition or in words of their own,
one question in both languages), argkg's choice set (``tests/ingest/texts/xdoc_choice35/``: 20
texts on four questions, two imposing a course on those they concern and one letting them take
it, several stating their side only by leaving the matter to those it concerns, "should be my own
decision", "去不去，应该让员工自己决定", three questions argued in both languages) and the 23 English
arg-microtexts of ``shared/corpus/microtexts-dev`` (each on a question of its own, so every
pair a system puts together is a false merge).

Documents are linked as one batch, as ``argkg ingest FOLDER`` does. Scores:

- pairwise same-issue precision, recall and F1 over all document pairs (a pair is positive when
  both documents argue the same question);
- stance accuracy up to orientation: per predicted issue, the document stances are compared
  with the gold ones both as they are and with pro and con swapped, and the better reading
  counts (an issue worded "Should X be banned?" and one worded "Should X be allowed?" are both
  right); mixed and neutral never count as right. A document alone on its issue is thus right
  whenever it takes a side: the figure is only meaningful beside the pairwise recall.

``--misses`` lists the same-question pairs left apart instead, by kind (`missed_pairs`): in two
languages, with no content word in common, neither stating its question, a short text.
"""

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from argkg.ingest import ingest_paths
from argkg.ingest.issue_terms import content_terms
from argkg.ingest.linking import link_all, stated_question
from argkg.schema import DocumentGraph, IssueStance, Lang, RelType

__all__ = [
    "CORPUS",
    "TOPICS",
    "CROSSDEV",
    "CROSSDEV2",
    "CROSSDEV3",
    "CROSSDEV4",
    "CROSSDEV5",
    "CROSSDEV6",
    "ANSWERS",
    "INTROS",
    "GENERIC",
    "LONE",
    "STATED",
    "VERDICTS",
    "STANCE29",
    "GROUP30",
    "CLOSE31",
    "PEERS32",
    "BURDEN33",
    "ACTS34",
    "CHOICE35",
    "Assignment",
    "assign",
    "pairwise",
    "stance_accuracy",
    "score_corpus",
    "score_microtexts",
    "MissedPair",
    "missed_pairs",
    "miss_kinds",
    "main",
]

#: argkg's own cross-document corpus.
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "crossdoc"
#: The topic-grouping dev set.
TOPICS = Path(__file__).resolve().parent / "data" / "topics"
#: The second cross-document dev set (questions of its own, zh/en pairs on four of them).
CROSSDEV = Path(__file__).resolve().parent / "data" / "crossdev"
#: The third cross-document dev set (six further questions, varied voices, for stance).
CROSSDEV2 = Path(__file__).resolve().parent / "data" / "crossdev2"
#: The fourth cross-document dev set (six further questions, mostly unstated, for stance).
CROSSDEV3 = Path(__file__).resolve().parent / "data" / "crossdev3"
#: The fifth cross-document dev set (six further questions, mostly unstated, varied wording).
CROSSDEV4 = Path(__file__).resolve().parent / "data" / "crossdev4"
#: The sixth cross-document dev set (six further questions, half con, mostly unstated).
CROSSDEV5 = Path(__file__).resolve().parent / "data" / "crossdev5"
#: The seventh cross-document dev set (five further questions, concession-first and question-
#: opening texts, quoted opponents, opposite action words: stance of one-sided short texts).
CROSSDEV6 = Path(__file__).resolve().parent / "data" / "crossdev6"
#: argkg's own texts that answer their question after a frame ("I'd say", "我的看法是") or with
#: an English word that denies ("Not for…", "please don't"), one of them in the other language
#: than its question's wording.
ANSWERS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_answers"
#: argkg's own texts whose writers open by saying who they are, in the other question's words.
INTROS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_intros"
#: argkg's own texts on four questions that share only generic words (school, children, money,
#: council) across questions, several worded otherwise than their question (stop 27).
GENERIC = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_generic27"
#: argkg's own texts on three questions, each with one story-telling text that names its
#: question only in its closing thesis (stop 27, xdoc27b).
LONE = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_lone27"
#: argkg's own texts on three questions, two of them each stated word for word by two replies
#: of a forum thread, the third argued in both languages (stop 28, xdoc28).
STATED = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_stated28"
#: argkg's own texts on three questions, most of which give a verdict of danger or folly on one
#: side of their question ("X is reckless", "放开只会让…") instead of answering it (stop 28, stance28).
VERDICTS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_verdicts28"
#: argkg's own texts on six questions, about half con: stories that argue by telling what
#: happened and state their side only in a closing line or a bare verdict ("这种做法我不赞成"),
#: texts that argue with their question's opposite word, concession-first texts, one question
#: argued in both languages (stop 29, stance29).
STANCE29 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_stance29"
#: argkg's own texts on six questions, most never stating their question, in words no other text
#: on their question uses, three questions argued in both languages (stop 30, xdoc30: grouping
#: recall).
GROUP30 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_group30"
#: argkg's own texts on four questions, half con, most never stating their question and giving
#: only reasons until a closing line that asks for something or turns something down, one
#: question argued in both languages (stop 31, xdoc31: stance in the reasons).
CLOSE31 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_close31"
#: argkg's own texts on four questions, about half con: on each, texts that state their side
#: and texts that give only the reasons a stating text of their side gives, never wording the
#: question, one question argued in both languages (stop 32, xdoc32: stance from like-minded
#: documents).
PEERS32 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_peers32"
#: argkg's own texts on three questions, about half con: con texts that judge the proposal, as the
#: subject of their sentence, by what it would do to someone ("would hit carers hardest", "a false
#: economy", "最受影响的是…", "说到底就是偷懒"), and texts that answer their question in a clause that
#: closes on the answer ("The traffic counts say yes."), one question argued in both languages
#: (stop 33, xdoc33: stance of a stated verdict on the proposal).
BURDEN33 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_burden33"
#: argkg's own texts on three questions, about half con, many stating their side only in a short
#: clause that points back and does something to what it points at ("Close them.", "Allow it.",
#: "Scrap them and…", "保留吧"), others in a condition ("If they shut them…", "如果取消了…") or in
#: words of their own, one question argued in both languages (stop 34, xdoc34: an act on the
#: matter as the writer's verdict).
ACTS34 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_acts34"
#: argkg's own texts on four questions, about half con: two questions impose a course on those
#: they concern (a ban, a required share), one lets them take it, and several texts state their
#: side only by leaving the matter to those it concerns ("What I grow on it should be my own
#: decision.", "应该让员工自己决定"), others in a story, a condition or a preference; three
#: questions argued in both languages (stop 35, xdoc35: a clause that leaves the choice).
CHOICE35 = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "xdoc_choice35"


@dataclass(frozen=True)
class Assignment:
    """One document's predicted issue and stance on it."""

    name: str
    issue: str | None
    stance: IssueStance


def assign(names: Sequence[str], graphs: Sequence[DocumentGraph]) -> list[Assignment]:
    """Link the graphs in order, as a batch ingest does, and read each one's issue and stance."""
    found = []
    for name, graph, linked in zip(names, graphs, link_all(graphs, []), strict=True):
        rels = [
            r for r in linked.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id
        ]
        first = rels[0] if rels else None
        stance = first.stance if first is not None and first.stance is not None else IssueStance.NEUTRAL
        found.append(Assignment(name, first.end if first is not None else None, stance))
    return found


def pairwise(predicted: Sequence[Assignment], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise same-issue precision, recall and F1 (a missing issue pairs with nothing)."""
    tp = fp = fn = 0
    for a, b in combinations(predicted, 2):
        same = a.issue is not None and a.issue == b.issue
        truth = gold[a.name] == gold[b.name]
        tp += same and truth
        fp += same and not truth
        fn += truth and not same
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_predicted": tp + fp, "precision": precision, "recall": recall, "f1": f1}


def stance_accuracy(predicted: Sequence[Assignment], gold: dict[str, str]) -> float:
    """Share of documents whose stance is right, up to the orientation of their predicted issue."""
    by_issue: dict[str | None, list[Assignment]] = defaultdict(list)
    for item in predicted:
        by_issue[item.issue if item.issue is not None else item.name].append(item)
    right = 0
    for items in by_issue.values():
        same = sum(item.stance.value == gold[item.name] for item in items)
        flipped = sum(
            item.stance in (IssueStance.PRO, IssueStance.CON) and item.stance.value != gold[item.name]
            for item in items
        )
        right += max(same, flipped)
    return right / len(predicted) if predicted else 0.0


#: A text with fewer content terms than this (`issue_terms.content_terms`: stemmed English words,
#: Chinese character pairs) is short when missed pairs are sorted by kind: it shares few terms
#: with anything. About two English sentences; a Chinese text of some 50 characters.
SHORT_TERMS = 30


@dataclass(frozen=True)
class MissedPair:
    """Two documents on one gold question that were not put on one issue, and why it is hard.

    ``kinds``: ``"zh/en"`` (the two are in different languages), ``"no shared word"`` (one
    language, no content term in common: synonyms or other aspects of the question),
    ``"unstated"`` (argkg reads a stated question in neither:
    `linking.stated_question`), ``"short"`` (one has fewer than `SHORT_TERMS`
    content terms); none when the pair is none of these.
    """

    first: str
    second: str
    question: str
    kinds: tuple[str, ...]


def missed_pairs(
    names: Sequence[str], graphs: Sequence[DocumentGraph], gold: dict[str, dict[str, str]]
) -> list[MissedPair]:
    """The same-question pairs that ``graphs``, linked as one batch, do not put on one issue."""
    issues = {item.name: item.issue for item in assign(names, graphs)}
    by_name = dict(zip(names, graphs, strict=True))
    terms = {name: content_terms(graph.document.text) for name, graph in by_name.items()}
    found = []
    for a, b in combinations(names, 2):
        question = gold[a]["question"]
        if question != gold[b]["question"] or (issues[a] is not None and issues[a] == issues[b]):
            continue
        first, second = by_name[a], by_name[b]
        kinds = []
        if first.document.lang is not second.document.lang:
            kinds.append("zh/en")
        elif not terms[a] & terms[b]:
            kinds.append("no shared word")
        if stated_question(first) is None and stated_question(second) is None:
            kinds.append("unstated")
        if min(len(terms[a]), len(terms[b])) < SHORT_TERMS:
            kinds.append("short")
        found.append(MissedPair(a, b, question, tuple(kinds)))
    return found


def miss_kinds(folder: Path) -> dict[str, object]:
    """The missed same-question pairs of a gold folder: how many of each kind, and each pair."""
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["documents"]
    names = sorted(gold)
    missed = missed_pairs(names, ingest_paths([folder / f"{name}.txt" for name in names]), gold)
    counts = Counter(kind for pair in missed for kind in pair.kinds or ("other",))
    return {
        "missed": len(missed),
        "kinds": dict(sorted(counts.items())),
        "pairs": [f"{p.first} {p.second} ({p.question}): {', '.join(p.kinds) or 'other'}" for p in missed],
    }


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in scores.items()}


def _scores(
    names: Sequence[str], graphs: Sequence[DocumentGraph], gold: dict[str, dict[str, str]]
) -> dict[str, object]:
    """Link ``graphs`` as one batch and score them, overall and per language."""
    predicted = assign(names, graphs)
    questions = {name: gold[name]["question"] for name in names}
    stances = {name: gold[name]["stance"] for name in names}
    result: dict[str, object] = {
        "documents": len(names),
        "questions": len(set(questions.values())),
        "issues_predicted": len({p.issue for p in predicted}),
        "all": {
            **_rounded(pairwise(predicted, questions)),
            "stance_accuracy": round(stance_accuracy(predicted, stances), 3),
        },
    }
    for lang in Lang:
        subset = [p for p, g in zip(predicted, graphs, strict=True) if g.document.lang is lang]
        result[lang.value] = {
            "documents": len(subset),
            **_rounded(pairwise(subset, questions)),
            "stance_accuracy": round(stance_accuracy(subset, stances), 3),
        }
    return result


def score_corpus(folder: Path = CORPUS) -> dict[str, object]:
    """Score argkg's own corpus: pairwise F1 and stance accuracy, overall and per language.

    The whole corpus is one batch; its first series (``first_series`` in the gold, the texts
    there were before the corpus grew) is also linked and scored alone under ``"first"``, so
    that its figures stay comparable with those measured on it before.
    """
    gold_file = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    names = sorted(gold_file["documents"])
    graphs = ingest_paths([folder / f"{name}.txt" for name in names])
    result = _scores(names, graphs, gold_file["documents"])
    first = int(gold_file.get("first_series", len(names)))
    result["first"] = _scores(names[:first], graphs[:first], gold_file["documents"])
    return result


#: Groups of crowd-set questions that are one question, ``<set>:<question id>``.
SAME_QUESTIONS = Path(__file__).resolve().parent / "data" / "same_questions.yaml"


def same_questions(path: Path = SAME_QUESTIONS) -> dict[str, str]:
    """Map each ``<set>:<question id>`` that restates another set's question to the canonical one."""
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))["same_questions"]
    return {member: group[0] for group in groups for member in group}


def _set_name(folder: Path) -> str:
    """A crowd set's name: a fresh set's ``crossdoc/`` part is named after its set."""
    return folder.parent.name if folder.name == "crossdoc" else folder.name


def score_pooled(folders: Sequence[Path], same: Mapping[str, str] | None = None) -> dict[str, object]:
    """Score several corpora linked as one batch, as issue 11's held-out corpus is meant.

    Each folder keeps its own question ids (prefixed by its set's name, so two sets' ``q1``
    stay two questions) unless ``same`` maps them to one (`same_questions`); every document
    can land in any other set's issue, so a wrong merge across sets costs precision as one
    within a set does.
    """
    same = same or {}
    names: list[str] = []
    gold: dict[str, dict[str, str]] = {}
    paths: list[Path] = []
    for folder in folders:
        prefix = _set_name(folder)
        documents = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))["documents"]
        for name in sorted(documents):
            key = f"{prefix}:{name}"
            question = f"{prefix}:{documents[name]['question']}"
            names.append(key)
            paths.append(folder / f"{name}.txt")
            gold[key] = {**documents[name], "question": same.get(question, question)}
    return _scores(names, ingest_paths(paths), gold)


def score_microtexts(folder: Path) -> dict[str, object]:
    """Link the dev microtexts (one question each): how many pairs were wrongly merged."""
    paths = sorted(folder.glob("micro_*.txt"))
    graphs = ingest_paths(paths, lang=Lang.EN)
    predicted = assign([p.stem for p in paths], graphs)
    sizes = Counter(p.issue for p in predicted)
    return {
        "documents": len(paths),
        "issues_predicted": len(sizes),
        "false_merge_pairs": sum(n * (n - 1) // 2 for n in sizes.values()),
        "with_issue": sum(p.issue is not None for p in predicted),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Print `score_corpus` of the folder given (default: argkg's own corpus) as JSON; with
    ``--misses``, `miss_kinds` instead (the same-question pairs left apart, by kind); with
    ``--pool`` and several folders, `score_pooled` of them all as one corpus (questions
    that restate another set's joined by `same_questions`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folders = [Path(arg) for arg in args if not arg.startswith("--")]
    if "--pool" in args:
        result = score_pooled(folders, same_questions())
    elif "--misses" in args:
        result = miss_kinds(folders[0] if folders else CORPUS)
    else:
        result = score_corpus(folders[0] if folders else CORPUS)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
