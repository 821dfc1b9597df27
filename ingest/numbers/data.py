"""The numbers data of a language: the validated models of ``ingest/data/[<lang>/]numbers.yaml``.

`number_data` loads the shared file merged with the language's own into a `NumberData`: numeral
words (read by `argkg.ingest.numbers.numerals`), units and rates, cue words, hedges and exclusion patterns
(used by `argkg.ingest.numbers`). Every word a number reader matches lives in those files; the
models here only say what shape the data has, so a typo fails on load with the field named.
"""

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from argkg.errors import InputError
from argkg.ingest.lexicon import load_data
from argkg.schema.vocabulary import EvidenceKind, Lang

__all__ = [
    "BARE",
    "FRACTION",
    "PERCENT",
    "TIMES",
    "Cue",
    "NumberData",
    "NumeralData",
    "Rate",
    "UnitSpec",
    "number_data",
]

#: Units the code relies on: fractions (万分之一, 1 in 10, a third) and hundredths (百分之七十),
#: quantities written without unit (3.5 亿, a bare score) and multiples (翻一番, doubled).
FRACTION, PERCENT, BARE, TIMES = "fraction", "percent", "number", "times"


class NumeralData(BaseModel):
    """The numeral words of a language (validated from ``numerals:`` in a numbers data file).

    Attributes:
        arabic: regex of an Arabic numeral (separators, decimals, exponent).
        times_ten: regex after an Arabic numeral that multiplies it by ten to the power of its
            group ``exp`` (``3×10^24``).
        power: regex after an Arabic numeral that raises it to the power of group ``exp`` (``10^9``).
        digits: word digits and their values (一: 1, twenty: 20).
        small_multipliers: multipliers inside a section (十, 百, 千, hundred, dozen).
        big_multipliers: multipliers that close a section (万, 亿, thousand, million).
        vague: digits that say "some" (几, 数); only read next to a multiplier.
        articles: words that mean 1 only before a multiplier or a unit that allows it (a, an).
        single_words: words that mostly mean "a" and are read only like articles (一, one).
        idioms: fixed vague expressions and their value (亿万, millions of).
        decimal_points: words between the whole and the decimal digits of a word numeral
            (三*点*五, 一*点*二亿); not before the ``decimal_blockers`` (三点五分 is a time).
        passed_magnitudes: a round magnitude said to be passed (逾千万, 破亿) and its value: an
            idiom that, like a magnitude word, is evidence without a unit (骑手已逾千万).
        glued_magnitudes: magnitude letters written right after Arabic digits (K, M, B, bn).
        approx_suffixes: words after a numeral that make it approximate (多, 余).
        joiner: regex between two number words (``[ \\t-]+`` in English, empty in Chinese).
        positional_digits: a run of word digits without multiplier is read digit by digit: three
            or more, or with a zero (二〇二四); two only before a ``positional_pair_units`` word
            (八五折), elsewhere two words meet (统一|一下).
        half_suffixes: words after a numeral that add one half (two *and a half*, 一*个半*小时).
        half_words: words that are one half alone, read only before a unit (半小时, 半个月,
            半公里); the ``fraction_blockers`` before them make a part (上半年), not a half.
        word_suffixes: words that may be glued to a number word (ten|fold).
        fraction_words: fractions written as one word, read alone (half, 一半).
        fraction_denominators: denominators after a word digit or article (a third, two-fifths).
        loose_denominators: denominators that may be followed by any word (two thirds majority);
            the others only by a ``fraction_followers`` word or a non-letter (a third of; not
            "a third party", an ordinal).
        fraction_followers: words that may follow a fraction (of).
        fraction_leaders: words before a fraction that make it a share whatever follows it: a
            hedge no ordinal takes (cut *by roughly* a quarter in three years, *nearly* a fifth).
        fraction_blockers: words before a fraction word that make it a part, not a share
            (the second half of 2024).
        fraction_adverbs: words after a fraction word that make it a degree, not a share
            (half full, half asleep).
        adjacent_pairs: two word digits in a row, the second one more (五六千, 两三百, 五六个),
            say "about": the lower one, approximate.
        abbreviated_tail: a last digit right after a multiplier of 100 or more counts in the
            next lower place (四千五 is 4500, 三万五 35000), not in units.
        negative_prefixes: words right before a numeral that make it negative (零下, minus);
            negative_signs: signs that do so when glued to its digits and not after a letter or
            digit (-15°C, not 52-48).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    arabic: str = ""
    times_ten: str = "(?!)"
    power: str = "(?!)"
    digits: dict[str, int] = {}
    small_multipliers: dict[str, float] = {}
    big_multipliers: dict[str, float] = {}
    vague: list[str] = []
    articles: list[str] = []
    single_words: list[str] = []
    idioms: dict[str, float] = {}
    passed_magnitudes: dict[str, float] = {}
    decimal_points: list[str] = []
    decimal_blockers: list[str] = []
    glued_magnitudes: dict[str, float] = {}
    approx_suffixes: list[str] = []
    joiner: str = ""
    positional_digits: bool = False
    positional_pair_units: list[str] = []
    half_suffixes: list[str] = []
    half_words: list[str] = []
    word_suffixes: list[str] = []
    fraction_words: dict[str, float] = {}
    fraction_denominators: dict[str, float] = {}
    loose_denominators: list[str] = []
    fraction_followers: list[str] = []
    fraction_leaders: list[str] = []
    fraction_blockers: list[str] = []
    fraction_adverbs: list[str] = []
    adjacent_pairs: bool = False
    abbreviated_tail: bool = False
    negative_prefixes: list[str] = []
    negative_signs: list[str] = []


class Cue(BaseModel):
    """Words that, near a number, say what kind of quantity it is (算力 → compute)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: EvidenceKind
    words: list[str] = Field(min_length=1)


class UnitSpec(BaseModel):
    """A unit as written after a number (or before it, for currency symbols).

    Several units may share a surface (times: a multiple before "more", else occurrences); the
    first whose conditions hold is read, units with ``followed_by`` first.

    Attributes:
        unit: the normalised unit name (``percent``, ``FLOP``, ``USD``, ``years``...).
        kind: the kind a number in this unit has by default.
        surfaces: how the unit is written (a space matches any blanks, or none).
        scale: factor from the written to the normalised value (% → 0.01, GB → 1e9).
        context_kinds: kinds a nearby cue word may give instead of ``kind``.
        prefix: written before the number ($3, €5).
        glued: written right after the number, no space (100x).
        spaced: written after a blank only (2.8 s; not the decade of "the 1990s" or an age's "in
            their 20s").
        arabic_only: read only after Arabic digits (分 after 十 means "very").
        counter: a measure word for counting; read after a small word numeral (四个选项) only
            when the noun after it is no ``enumeration_nouns`` word (两个方面).
        not_after_small_word: never read after a small word numeral: a measure word that sorts
            rather than counts (两种), a repetition (three times).
        after_single: read after a lone article or ``single_words`` word (一个数量级, an order
            of magnitude), which alone is not a number.
        after_half_only: read only after a numeral that ends in a half suffix (一个半*月*, 两个半
            *月*: 月 alone after a number is a month of the year).
        single_needs_rate: after a lone article or single word, read only when a rate goes
            with the number (每周一次: once a week; 这一次 is no count) or when one of
            ``single_done_after`` stands right before it.
        single_done_after: words right before a lone single word that make it the count of
            times a thing was done (提出过一次, 被剐了一次).
        bare_only: a prefix unit read only before a number with no unit of its own (children
            *under* eleven: an age; not "under 50 cities").
        date: a plain integer in ``year_range`` before it is a calendar year (2024 年).
        cues_after: only cue words after the number count (3 万年的数据: a duration that
            measures data; "15T tokens over three months" is still a duration).
        not_followed_by: text that, right after the unit, shows it is a longer word (元素, 年代).
        followed_by: when set, one of these words must follow the unit (10 times *more*).
        not_after: words right before the number that rule the unit out (*切成*4块，: pieces,
            not yuan).
        digit_share: a share written digit by digit, each digit one decimal place (a discount:
            七折 0.7, 八五折 0.85); ``scale`` then only scales a decimal (7.5折 0.75).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(min_length=1)
    kind: EvidenceKind
    surfaces: list[str]
    scale: float = 1.0
    context_kinds: list[EvidenceKind] = []
    prefix: bool = False
    glued: bool = False
    spaced: bool = False
    arabic_only: bool = False
    counter: bool = False
    not_after_small_word: bool = False
    after_single: bool = False
    after_half_only: bool = False
    single_needs_rate: bool = False
    single_done_after: list[str] = []
    bare_only: bool = False
    date: bool = False
    cues_after: bool = False
    not_followed_by: list[str] = []
    followed_by: list[str] = []
    not_after: list[str] = []
    digit_share: bool = False


class Rate(BaseModel):
    """What a quantity is counted per (km/h, $200 a month, 每年 20 亿元): the unit's denominator.

    Attributes:
        per: the denominator as it appears in the normalised unit (``USD/month``).
        words: written after a rate infix (per hour, a month, 每小时) or a slash (/小时).
        abbreviations: written only right after a slash (/h, /yr).
        suffixes: rate words written alone after the unit (annually, hourly).
        prefixes: rate words written alone before the number (年均, 人均, 月薪).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    per: str = Field(min_length=1)
    words: list[str] = []
    abbreviations: list[str] = []
    suffixes: list[str] = []
    prefixes: list[str] = []


class NumberData(BaseModel):
    """The numbers data of a language; see the comments in ``ingest/data/numbers.yaml``.

    Attributes:
        kind_sets: named kind lists the units refer to through YAML anchors.
        units: every unit, suffix and prefix.
        rates: the denominators of rates; rate_infixes (per, a, 每) and rate_slashes (/) join a
            unit to a denominator word; rate_prefix_infixes (每) put one before the number, up to
            rate_reach characters before it in the same clause (每年的收入约为 20 亿元);
            rate_not_followed_by: words after a rate or a number that show it is not one (a year ago,
            3 年后).
        multiplier_words: words that state a multiple (doubled: 2, 减半: 0.5).
        repetition_words: words that state how often, read only before a rate (*once* a week,
            *twice* a day), in ``occurrences``.
        repetition_after: regex of what ends the text before a repetition word of more than one
            when it counts the times something was done, without a rate (visited *twice*,
            advertised it *twice*), in ``occurrences``.
        repetition_before: regex of what ends the text before a repetition word of more than one
            that counts what was done, a perfect's auxiliary (has twice rejected, had twice
            asked): occurrences.
        repetition_within: regex of the period, right after a repetition word of more than one,
            within which a thing happened that often (twice *in a month*, twice *this week*): a
            count in ``occurrences``, the period part of the mention.
        compared_measure: regex of what, right after a word multiple, names the amount it
            multiplies (twice *the diesel price*, twice *the number of* visits), which makes it a
            measure as ``bounds_before`` does (not twice *the work*: a manner of speaking).
        doubling_before, doubling_after: around a numeral n, a multiple of 2**n (翻两番: 4).
        count_noun: regex of a counted plural noun (English), read after a number and up to
            count_noun_modifiers modifier words (103 nuclear power plants).
        count_noun_stoplist: words that are no counted noun or modifier (is, was).
        count_noun_tags, measure_tags: jieba word classes of a counted noun (200 城) and of a
            measure word (103 座核电站), for a segmented language; measure_words: measure words
            whatever their class (120 所).
        inside_word_tags: jieba word classes of a word whose middle a numeral cannot start in
            (说三道四: nouns and idioms); numbers are read again after the word
            (`argkg.ingest.numbers.words`).
        year_measure_words: a year-like integer before a measure word counts (问卷1532份): a
            language that writes its years with a unit (2024年) never writes one so.
        enumeration_nouns: nouns that enumerate the text's own points (reasons, 方面): a small
            word numeral before them counts nothing, unless it follows an
            ``enumeration_measured_after`` word and measures a difference (rose by eight points).
        single_counts: a lone ``single_words`` word before a singular noun counts it when its
            sentence holds another number (one attendant for eight screens; in one pass where
            the old one needed three), unless the noun is in ``single_vague_nouns`` (one day).
        cues: context cue words per kind.
        bare_kinds: kinds a cue may give a number written without a unit.
        bare_years: a plain integer in ``year_range`` alone is a year.
        bare_grouped: an Arabic numeral written with thousands separators (63,000) is a count
            even without a unit: labels, years, codes and list numbers are not written so.
        bare_approximate_min: an approximate or abbreviated word numeral of at least this value
            (一百多, 六千多, 三百出头, 两三百; 一百二, 三千五) is a count even without a unit: a
            label, a code or a year is never written "a hundred-odd" or in short; None: no such
            reading.
        bare_counted_after: regexes of the words right after a bare number that make it a
            count (他今年都四十五了: an age or an amount reached; 18 on the roster: the people on a
            list).
        bare_money_before: a regex of the words right before a bare amount written out (digits,
            or words with a multiplier) that make it a sum of money paid or received
            (我*捐了*五千, *交了*3000): the verb names what the amount is.
        bare_pairs: regexes of two bare numbers that report one quantity's change or a score
            (*from* 212 *to* 187; 34, *up from* 29; 4*比*3): each Arabic number in a match is a
            count, and takes no unit from a number before it (`elliptical`).
        half_after_unit: words right after a unit that add one half of it (三年*半*, 一斤*半*).
        tenths_after_units: units after which one digit word adds that many tenths of the unit
            (七成*五* is 0.75, 四块*五* is 4.5): the spoken decimal of a share or a price.
        unit_fillers: words that may stand between a number and its unit (ten *more* years).
        single_periods: a duration or a measure counted by a ``single_words`` word (一年, 一个月,
            一公里, 一斤) with another number after it in its clause is the period or quantity of
            a rate (一个月七八千, 一年随礼三四十次, 一斤七八块), no evidence itself.
        elliptical: a bare Arabic number takes the unit of the nearest number before it in its
            sentence, whose noun it leaves out (41,000 views against 63,000; 10 minutes on
            normal, 8 on boost).
        size_list: a number then more in brackets, one per size (44 (50, 56) cm): each takes
            the unit written after the bracket.
        each_words: words after a bare number that make it an amount per item of its own, not
            one with the unit of the number before it (150 parcels a day, 1.50 *each*).
        date_patterns: regexes of whole dates, with a group ``year`` (March 2018), or ``day``
            for a date without a year (15 April), whose value is then the day, or ``month`` for
            a month of a year named relative to now (明年 3 月) or alone (11月), whose value is
            the month.
        not_date_after: text after 年 that makes a year-like number a duration (2000 年前),
            unless a ``date_before`` word stands right before the number (到 2030 年前: a deadline).
        range_joiners: words between the two ends of a range (to, 至); range_pairs: an opener
            before the first end and the joiners it allows (*between* 2,000 *and* 3,000).
        fraction_denominator_first, fraction_numerator_first: fraction infixes (分之; in).
        ratio_infixes: what joins the two terms of a ratio written in Arabic digits (24:1), read
            as the first over the second, unit ``ratio``.
        hedges_before, hedge_links, hedge_blockers, hedges_after: approximation words.
        bounds_before: bounds before a word multiple that make it a measure (*more than* twice the
            cost, *over* twice our level), like a hedge.
        ordinal_prefixes: prefixes that always make a number an ordinal or label (第, #).
        heading_words: words that make a following unitless number a label (Section, 图).
        name_stopwords: capitalised words before a number that are not names (In, March).
        list_bullets, list_openers, list_closers: line-start list numbering.
        skip_patterns: regexes of spans whose numbers are not quantities (URLs, versions).
        quotes: quotation mark pairs; quote_max_extra: other characters a quoted term may have.
        sentence_breaks, clause_breaks: regexes of the breaks that bound cue and hedge search.
        of_words, subject_stops, subject_max_chars, subject_max_words: how a subject phrase is
            cut (see `argkg.ingest.numbers.context` for the subject rules).
        subject_verbs: verbs whose subject is what the number after them measures (rose, 高达).
        subject_object_verbs: verbs whose object, before a ``subject_object_links`` word, is what
            the number measures (cut infections *by* 60%).
        subject_links, subject_skips: words between subject, verb and number: links (by, 了) and
            adverbs, modals and quantifiers (only, 可能, less than).
        subject_markers: words before a compared or starting value; the subject stands before
            them (车速*比*收费前快了, fell *from* 5% to 4%).
        subject_adjuncts: regexes of adverbials between a subject and its verb (在过去五年里).
        subject_determiners, subject_joiners: words that open a noun phrase (the, its) and
            prepositions inside one (speeds *in* the centre); a number after a determiner
            measures the noun after it (a 70% chance) when determiners are listed.
        subject_measure_nouns: nouns kept with their of-phrase (the *number of* cars).
        subject_stop_tags: jieba word tags that end a subject (pronouns, time words, particles);
            subject_locative_tags: those of words that make the phrase before them an adverbial
            (十倍的条件*下*).
        subject_words: compounds the segmenter splits but a subject keeps whole (占比).
        segmenter: how subject words are split (``jieba`` for Chinese).
        chair_kinds: kinds of number a chair's own line sets as the procedure, outside every
            claim (we have forty minutes; we will hear one speaker for and one against): read
            by the builder (`argkg.ingest.builder`), not by the finder.
        procedure_cues, procedure_kinds: words anywhere in a sentence that make its numbers of
            these kinds a procedure's rule, not evidence (each *speaker* has four minutes);
            procedure_units, when given, narrow it to these units (a speaking time in minutes, not
            an age a speaker quotes: 一辩引用的调查说 30 岁以下的读者…).
        rule_cues: words anywhere in a sentence that make all its numbers what a rule or ballot
            measure sets, not evidence (*Shall* the city issue $5 million…?, 议题：是否流转 200 亩).
        limit_cues, article_label: the words of a limit (不得超过, 限借) make the numbers of their
            sentence what a rule sets only on a line that ``article_label`` opens, the text of an
            article of a statute, a regulation or a draft (第三条 施工时间*不得超过*每天 8 小时);
            elsewhere a notice, an instruction sheet or a group's rules state a limit in force, a
            fact (考试须知：预约次数*不得超过* 5 次).
        advice_cues, advice_kinds: words before a number in its clause that make it advice,
            not evidence (*建议*每天学两个小时, *you should* drink eight glasses).
        advice_stops: regexes that end advice's reach into later clauses: a clause with one
            before its number reports a result (建议每周快走三次，每次半小时，坚持*了*6年的人…).
        setting_cues: words before a number in its clause (or an earlier clause of its
            sentence, as for advice) that make it what a pending decision, plan or offer would
            set, of any kind (votes on *whether to* spend £6 million, the *plan for* a £9m
            road, *提议*从班费里拿出300元): not a fact the text reports; advice's stops end
            their reach too.
        offer_cues: like ``setting_cues``, words that make a number what an offer or a quote
            would charge or give (*could offer* a £20 voucher, 修缮*报价*十二万); unlike a
            proposal's figure, a quoted price named again later is not set aside with it.
        label_closers: what closes a speaker's label (反方三辩:): a procedure cue right before
            one names who speaks, not the debate's procedure.
        proposal_cues, list_item, heading_max: a list item (a line that ``list_item`` opens)
            under an intro or heading with a proposal cue (发出如下*倡议*：, 三、*建议*,
            *Recommendations*) sets what a proposal would set: its numbers are no evidence. The
            intro is the first line above that is no list item, or a list item of at most
            ``heading_max`` characters without punctuation (a numbered heading: 三、建议).
        period_before, period_after: regexes matched right before and right after a date that
            give the day a period starts or ends (*from* 1 March, 4月1日*起*, 6月30日*到期*, 公示
            *期为*11月3日至11月9日): when a rule, a trial, a term or a notice runs, not when a fact
            happened; only a date that names its day (not "from May 2019", a fact's month).
        record_cues: words that say a count is who took part in the proceedings the text records
            (*Present:* 17 governors, 实际*出席*6名, *到场*14人, 参与投票的网友共900人): before the count
            in its clause, opening its line, or in the label of the field the count stands in
            (*参加会议*的有：5个社区…、…共16人): such a count is no evidence (a later clause's figure
            is the meeting's matter: 到场14人，人均读书2本).
        record_nouns: what a consultation, a thread or a hearing receives (comments,
            responses, 意见, 留言): a count of them (its counted noun, a noun right after its
            measure word, 共 95 条*点评*, or one a few characters before it in its phrase, 收到
            书面*意见*75条) records the response to the proceedings, not a fact of the matter.
        tally_count, vote_words, result_words: one option's count in a vote's tally (赞成11票,
            40 for, 3 abstentions), the words that name a vote (表决, 投票, vote) and those that
            name an outcome (result): a line of two or more such counts, or of shares that divide
            the whole, that a label with a colon opens or that a heading line above names is the
            record's outcome, no evidence (`argkg.ingest.numbers.tallies`; shares take a vote
            word only).
        schedule_cues: words anywhere in a sentence that make its dates the date of a meeting,
            a deadline or a release (the AGM *on* 14 May, 会议定于5月14日召开, *released*
            2026-08-14): when something is held or due, not when a fact happened.
        filing_cues: words anywhere in a sentence that make a date naming its day the day a
            letter, an application or a decision was received, lodged, sent or issued (公司*于*
            5月3日*收到*问询函, *lodged on* 4 May, Ballot *closed*: 4 May): the record of the
            proceedings, not when a fact of the matter happened.
        decision_headings: headings that, alone on their line (after a list number, in
            brackets, before a colon), open a block of what a decision, ruling or plan sets
            (`argkg.ingest.numbers.sections`): its numbers are no evidence.
        appeal_window: a regex of the time limit of a right of appeal, review or objection the
            text grants (对处理不服的，可在十日内提出复核; can seek a review within 28 days), its
            number and unit in group ``n``: a rule in force, evidence wherever it stands, even where a
            deadline counted from a notice is none ("(?!)", the default, never matches).
        tally_headings: headings that, alone on their line (as ``decision_headings``; a bracketed
            note may follow: 接龙统计（截至周五）：), open the record of a vote or a poll: the
            numbers of the block under it are its outcome, no evidence, but a share that does
            not divide the whole (the threshold the tally is held against).
        stamp_tail: a regex matched right after a whole date (a day or a month with its year)
            that makes it close its line: the date a header, a byline, a signature or a field
            stamps on the line (Minutes of the board, 4 May; ——编辑部 3月2日), not when a fact
            happened ("(?!)", the default, never matches).
        part_of: a regex matched right after a number that makes it a part of a whole named
            after it (*Two of the last* three reports): a bare count when no counted noun is
            read after it (`argkg.ingest.numbers.counts`); the whole, when it has a number, is a
            count of its own (12 of the 50 states).
        single_durations_before, single_durations_after: words before "a"/"one" or after its
            duration unit that make "a decade", "an hour", "a week" a span of one unit
            (*for* a decade, a week *or more*), not the article of a manner of speaking;
            single_durations_units, when given, the units a word before may do that for (a
            decade, a year: "groggy for a week" is a manner of speaking);
            single_durations_hedges: words before "a"/"one" that make a short duration unit (one
            not in single_durations_units) a span of one (*over* an hour, *nearly* a week): a
            bound on a short span is measured; "over a decade" is mostly "during".
            single_durations_counted: words ending in the single word that count one of a long
            unit (*after one* decade): "one" written out, not an idiom (from one month to the
            next).
        single_not_after: words before a lone "one" that make it "the only" (the one approved
            supplier), no count.
        single_only_after: words right before a lone single word that stress the count (只有一条,
            只写了一篇: only one), which then counts through a measure word like any numeral.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    numerals: NumeralData = NumeralData()
    kind_sets: dict[str, list[EvidenceKind]] = {}
    units: list[UnitSpec] = []
    rates: list[Rate] = []
    rate_infixes: list[str] = []
    rate_slashes: list[str] = []
    rate_prefix_infixes: list[str] = []
    rate_reach: int = Field(default=0, ge=0)
    rate_not_followed_by: list[str] = []
    multiplier_words: dict[str, float] = {}
    repetition_words: dict[str, float] = {}
    repetition_after: str = ""
    repetition_before: str = ""
    repetition_within: str = ""
    compared_measure: str = ""
    doubling_before: list[str] = []
    doubling_after: list[str] = []
    count_noun: str = ""
    count_noun_modifiers: int = Field(default=0, ge=0)
    count_noun_stoplist: list[str] = []
    count_noun_tags: list[str] = []
    measure_tags: list[str] = []
    measure_words: list[str] = []
    inside_word_tags: list[str] = []
    year_measure_words: bool = False
    enumeration_nouns: list[str] = []
    enumeration_measured_after: list[str] = []
    single_counts: bool = False
    single_vague_nouns: list[str] = []
    cues: list[Cue] = []
    bare_kinds: list[EvidenceKind] = []
    bare_years: bool = False
    bare_grouped: bool = False
    bare_approximate_min: float | None = None
    bare_counted_after: list[str] = []
    bare_money_before: str = "(?!)"
    bare_pairs: list[str] = []
    unit_fillers: list[str] = []
    half_after_unit: list[str] = []
    tenths_after_units: list[str] = []
    elliptical: bool = False
    size_list: str = "(?!)"
    each_words: list[str] = []
    single_periods: bool = False
    year_range: tuple[int, int] = (1500, 2199)
    not_date_after: list[str] = []
    date_before: list[str] = []
    date_patterns: list[str] = []
    range_joiners: list[str] = []
    range_pairs: dict[str, list[str]] = {}
    fraction_denominator_first: list[str] = []
    fraction_numerator_first: list[str] = []
    ratio_infixes: list[str] = []
    hedges_before: list[str] = []
    hedge_links: list[str] = []
    hedge_blockers: list[str] = []
    hedges_after: list[str] = []
    bounds_before: list[str] = []
    ordinal_prefixes: list[str] = []
    heading_words: list[str] = []
    name_stopwords: list[str] = []
    list_bullets: str = ""
    list_openers: list[str] = []
    list_closers: list[str] = []
    skip_patterns: list[str] = []
    quotes: list[str] = []
    quote_max_extra: int = 0
    sentence_breaks: str = r"\n"
    clause_breaks: str = "(?!)"
    of_words: list[str] = []
    subject_stops: list[str] = []
    subject_max_chars: int = 16
    subject_max_words: int = Field(default=4, ge=1)
    subject_verbs: list[str] = []
    subject_object_verbs: list[str] = []
    subject_object_links: list[str] = []
    subject_links: list[str] = []
    subject_skips: list[str] = []
    subject_markers: list[str] = []
    subject_adjuncts: list[str] = []
    subject_determiners: list[str] = []
    subject_joiners: list[str] = []
    subject_measure_nouns: list[str] = []
    procedure_cues: list[str] = []
    procedure_kinds: list[EvidenceKind] = []
    chair_kinds: list[EvidenceKind] = []
    procedure_units: list[str] = []
    rule_cues: list[str] = []
    limit_cues: list[str] = []
    article_label: str = "(?!)"
    advice_cues: list[str] = []
    advice_stops: list[str] = []
    setting_cues: list[str] = []
    offer_cues: list[str] = []
    label_closers: list[str] = []
    advice_kinds: list[EvidenceKind] = []
    proposal_cues: list[str] = []
    schedule_cues: list[str] = []
    filing_cues: list[str] = []
    record_cues: list[str] = []
    period_before: str = "(?!)"
    period_after: str = "(?!)"
    tally_count: str = "(?!)"
    vote_words: list[str] = []
    result_words: list[str] = []
    record_nouns: list[str] = []
    stamp_tail: str = "(?!)"
    decision_headings: list[str] = []
    tally_headings: list[str] = []
    appeal_window: str = "(?!)"
    part_of: str = "(?!)"
    single_durations_before: list[str] = []
    single_durations_after: list[str] = []
    single_durations_units: list[str] = []
    single_durations_hedges: list[str] = []
    single_durations_counted: list[str] = []
    single_not_after: list[str] = []
    single_only_after: list[str] = []
    list_item: str = "(?!)"
    heading_max: int = Field(default=0, ge=0)
    subject_stop_tags: list[str] = []
    subject_locative_tags: list[str] = []
    subject_words: list[str] = []
    segmenter: Literal["regex", "jieba"] = "regex"


@cache
def number_data(lang: Lang) -> NumberData:
    """The numbers data of ``lang``: the shared file merged with the language's own.

    Args:
        lang: the language.

    Returns:
        The merged, validated data (cached).

    Raises:
        InputError: a data file is missing or invalid, or lacks a unit the code relies on
            (``percent``, ``fraction``, ``number`` and ``times``).
    """
    shared = load_data("numbers", NumberData)
    own = load_data("numbers", NumberData, lang.value)
    data = NumberData.model_validate(
        _merged(shared.model_dump(exclude_unset=True), own.model_dump(exclude_unset=True))
    )
    missing = {PERCENT, FRACTION, BARE, TIMES} - {u.unit for u in data.units}
    if missing:
        raise InputError(f"number data for {lang.value} has no unit {sorted(missing)[0]!r}")
    return data


def _merged(base: dict[str, object], over: dict[str, object]) -> dict[str, object]:
    """Merge two data dicts: lists concatenate, mappings merge, other values of ``over`` win."""
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = _merged(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out
