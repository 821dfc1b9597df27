"""How strongly a statement reads as a voice's stand on the debated proposition, by structure.

A human picks a text's or a speaker's main claim as the statement that answers the debated
proposition most directly: it speaks of what is debated (it shares the proposition's content
words), and it states an opinion (a cue of one, "should", "我认为", a side declared, "I oppose
X", or an evaluation of the thing, "a waste of money") rather than a fact, a greeting, an
arrangement or a question. Neither its place (the first line of a turn is often a reply to the
last speaker, "Fair point.", or a fact, "We moved here in spring.") nor one cue word decides it.

`stand_score` sums those readings for the statements that may state a stand; the callers in
`argkg.ingest.claims` use it where no thesis, thesis voice or stand cue names the main claim:
among a speaker's statements, and among an unmarked position's arguing statements. What is not
read: which statements support which (the relations are found after the claims, in
`argkg.ingest.arguments`), so a claim's support in-degree does not count here.
"""

from argkg.ingest.conditionals import lexical_similarity
from argkg.ingest.sides import argues, argues_as_author, declared, evaluation, informs
from argkg.schema.vocabulary import Lang

__all__ = [
    "stand_score",
    "OPINION_WEIGHT",
    "EVALUATION_WEIGHT",
    "CLOSENESS_WEIGHT",
    "QUANTITY_WEIGHT",
    "OPENING_WEIGHT",
]

#: What a cue of an opinion, the author's own voice or a declared side adds (the weights are on
#: the scale of the dialectic component's central-claim score, 0..1, which callers add).
OPINION_WEIGHT = 0.5
#: What an evaluation of the thing (benefit or harm words, `argkg.ingest.sides.evaluation`) adds.
EVALUATION_WEIGHT = 0.5
#: What the statement's content overlap with the proposition (Jaccard, 0..1) is multiplied by:
#: a statement that restates most of the proposition outweighs one cue.
CLOSENESS_WEIGHT = 1.0
#: What a statement that reports a quantity loses: a figure is what a stand rests on (a reason,
#: evidence), rarely the stand itself.
QUANTITY_WEIGHT = 0.5
#: What a speaker's opening statement is ahead of their later ones when callers weigh a voice's
#: statements: a voice mostly states its stand when it first speaks, so a later statement needs
#: an opinion's words and the matter debated to outweigh it.
OPENING_WEIGHT = 1.0


def stand_score(said: str, lang: Lang, proposition: str | None, *, measured: bool = False) -> float | None:
    """How strongly ``said`` reads as a stand on ``proposition``, or None when it states none.

    Args:
        said: the statement's words, without its speaker's label.
        lang: the text's language.
        proposition: the debated proposition (an issue's affirmative form), or None when the
            text states none (then only the opinion and evaluation readings count).
        measured: the statement reports a quantity (a number the numbers component found).

    Returns:
        ``OPINION_WEIGHT`` when it carries a cue of an opinion, speaks in the author's voice or
        declares a side, plus ``EVALUATION_WEIGHT`` when it evaluates, plus ``CLOSENESS_WEIGHT``
        times its content overlap with the proposition, less ``QUANTITY_WEIGHT`` when it reports
        a quantity; None for a question (it asks, the answer
        states) and for a statement that only informs (`argkg.ingest.sides.informs`: a date, a
        place, how to reply).

    >>> stand_score("Should we?", Lang.EN, "we should") is None
    True
    """
    words = said.strip()
    if not words or words.endswith(("?", "？")) or informs(words, lang):
        return None
    opinion = argues(words, lang) or argues_as_author(words, lang) or declared(words, lang) is not None
    closeness = lexical_similarity(words, proposition, lang) if proposition else 0.0
    return (
        OPINION_WEIGHT * opinion
        + EVALUATION_WEIGHT * (evaluation(words, lang) != 0)
        + CLOSENESS_WEIGHT * closeness
        - QUANTITY_WEIGHT * measured
    )
