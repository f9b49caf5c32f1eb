"""Counts in words: a count the source writes in words that the translation changed into
another or dropped (`changed_counts_in_words`), with what else a count may be said by (both,
beide, the dual, a number said another way).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from itertools import islice
from typing import Final

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from ..words import occurrences
from .readers import KANJI_LANGUAGES, NO_HINTS, WORD, blanked, blanked_in_place
from .number_words import (
    BOTH, CARDINALS, COUNTS_CHANGED_IN_WORDS, COUNTS_IN_WORDS, HANGUL_AS_KANJI, HANGUL_MULTIPLIER_HINT, HANGUL_NUMBER,
    HANGUL_THINGS_COUNTED, NUMBER_WORDS, in_a_range, kanji_numbers, kanji_value, native_korean_counts, number_words_at,
    words_and_numbers,
)
from .scales import scale_after
from .times import half_hours_in, source_clock_hours, source_hours_in_words
from .periods import period_halves, source_period_halves
from .dozens import DOZEN_HINTS, dozens_in, source_dozens, source_dozens_as_counts
from .shares import fraction_matches, shares_said
from .digits import numbers_and_times, numbers_stated, source_numbers_and_times
from .spans import spans_compared

# Number words that more often say something else, not taken for a count the translation
# states: sie achten darauf (they heed it), un immeuble neuf (a new building), su cuarto (her
# room), a second later, and the like in Italian, Portuguese and Russian.
_OTHER_MEANINGS: Final[Mapping[str, frozenset[str]]] = {
    "de": frozenset({"achten"}), "fr": frozenset({"neuf"}), "es": frozenset({"cuarto"}), "en": frozenset({"second"}),
    # sei (you are), secondo and segundo (according to), quarto (a room), семью (a family)
    "it": frozenset({"sei", "secondo", "quarto"}), "pt": frozenset({"segundo", "quarto"}), "ru": frozenset({"семью"}),
}
# English `second` counts where it orders something: a second time, the second round, and
# after `the` or a possessive before a word (his second trip, the second largest), a rank after
# the verb of a table or a race (remain second, finished second); not `a second` alone, which
# may be an instant or another (a second later, a second term).
_ORDINAL_SECOND = lazy_compile(
    r"\bsecond (?:time|round|half|place|quarter|leg|set)\b"
    r"|\b(?:remain(?:s|ed|ing)?|finish(?:es|ed|ing)?|came|comes?|coming|placed|stay(?:s|ed|ing)?|ranks?|ranked|ranking|lies|lay|lying"
    r"|sits?|sat|sitting)\s+second\b(?![\s-]+(?:to|of|nature|class|hand)\b|-)"
    r"|\b(?:the|his|her|its|their|our|your|my)\s+second\s+(?!(?:of|to|and|or|in|after|before|later|ago)\b)\p{L}",
    regex.IGNORECASE,
)


def changed_counts_in_words(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A count the source writes in words that the translation changed into another in words
    (`Three ministers quit` → `Vier Minister traten zurück`, `numbers`): the translation's count
    is none the source states, and the source's is not in the translation; or one it states in
    no form (`_dropped_counts`: `numbers` or `count-dropped`). A count the source writes in
    digits is `changed_numbers`' to find."""
    # A dozen and half a dozen are counts too (`A dozen ministers` → `Six ministres`), unless the
    # translation counts in dozens, which `changed_dozens` compares.
    dozens_counted = source_dozens_as_counts(msgid, source.language)
    if dozens_counted and dozens_in(prose_of(msgstr), target.language):
        dozens_counted = {}
    in_source = {**_source_counts_in_words(msgid, source.language), **dozens_counted}
    a_dozen = dozens_counted.get(12)  # a dozen, not half a dozen
    if not in_source and a_dozen is None:
        return []  # most sentences: no count in words to change
    written, in_capitals = DOZEN_HINTS.get(source.language, NO_HINTS)
    if in_source and (written in msgid or in_capitals in msgid) and (dozens := source_dozens(msgid, source.language)):
        # A count of dozens the translation says as their number (Two dozen protesters →
        # Veinticuatro manifestantes, 24 Demonstranten) is that number's, not a count dropped.
        said = numbers_stated(prose_of(msgstr), target)
        in_source = {count: word for count, word in in_source.items() if not (count in dozens and 12 * count in said)}
    if (hours := source_hours_in_words(msgid, source.language)) and any(
        not time.named for time in numbers_and_times(prose_of(msgstr), target).times
    ):
        # `nine in the evening` → `um 21 Uhr`: the hour's word is the time's, which the numbers
        # check compares, and no other count of its number is (Nine people at nine in the
        # evening); one in words without the part of the day (um zehn Uhr) is a count here too.
        in_source = {**_counts_in_words(blanked(prose_of(msgid), hours), source.language), **dozens_counted}
    # A half hour (um halb neun: 8:30) is a time, whose word counts nothing.
    target_prose = prose_of(msgstr)
    half_hours = half_hours_in(target_prose, target.language)
    in_target = _counts_in_words(blanked(target_prose, [span for span, _ in half_hours]) if half_hours else target_prose, target.language)
    if not in_target.keys() <= in_source.keys():
        in_digits = source_numbers_and_times(msgid, source)
        # An hour the translation says in words (في العاشرة صباحاً for at 10 a.m.) is the source's time, no
        # count; the afternoon's end of a range (from nine to five) only as a time (siebzehn Uhr), whose word is blanked above.
        stated = in_source.keys() | {number.value for number in in_digits.numbers} | {
            hour for time in in_digits.times for hour in ((min(time.hours),) if time.ends_a_range else time.hours)
        }
        if added := [word for count, word in in_target.items() if count not in stated]:
            kept = in_target.keys() | numbers_stated(target_prose, target, source_clock_hours(msgid, source.language))
            if any(count not in kept for count in in_source):  # what it says another way, read only then
                kept |= _numbers_said_another_way(msgid, msgstr, source, target)
            # A dozen said roughly (十多名, une dizaine) is kept, as `_dropped_counts` reads it.
            if missing := [word for count, word in in_source.items() if count not in kept and not (word == a_dozen and kept & {10, 12})]:
                return [Issue("numbers", f"missing {', '.join(missing)}; not in the source: {', '.join(added)}")]
            return []
    return _dropped_counts(in_source, a_dozen, msgid, msgstr, source, target)


def _dropped_counts(
    in_source: dict[int, str], a_dozen: str | None, msgid: str, msgstr: str, source: Locale, target: Locale
) -> list[Issue]:
    """The counts the source writes in words that the translation states in no form the checks
    read (`Three ministers quit` → `Minister traten zurück`). An error for a count of things
    (two to twelve, a dozen), which a translation keeps; a warning for an ordinal, a multiple, a
    count in a range or in a compound (`the third round`, `twice as much` → `viel mehr`,
    `two or three` → `einige`, `a two-day visit`), which a rephrasing may say its own way. Only
    where the checks know the target's number words, and not where the translation has a figure
    of its own instead (the numbers check reports that)."""
    if target.language not in NUMBER_WORDS and target.language not in KANJI_LANGUAGES:
        return []
    prose = prose_of(msgstr)
    # What the translation writes as the source does (a copied word, a name) is kept: told
    # before reading every number it states, and what it says another way read only for the rest.
    unwritten = {count: word for count, word in in_source.items() if not occurrences(word, prose)}
    if not unwritten and a_dozen is None:
        return []
    in_digits = {number.value for number in numbers_and_times(prose, target).numbers}
    if in_digits - {number.value for number in source_numbers_and_times(msgid, source).numbers}:
        return []
    stated = numbers_stated(prose, target, source_clock_hours(msgid, source.language))
    if any(count not in stated for count in unwritten) or a_dozen is not None and not stated & {10, 12}:
        stated |= _numbers_said_another_way(msgid, msgstr, source, target)
    dropped = {count: word for count, word in unwritten.items() if count not in stated}
    source_prose = prose_of(msgid)
    if 2 in dropped and (twos := _twos_in_words(source_prose, source.language)):
        # Both of them, or both said by the plural article, excuses its own two, not another
        # of the unit (Both of them saw two cars → Ils ont vu des voitures).
        unsaid = [two for two in twos if not _both_said_otherwise(two, source_prose, source.language, prose, target.language)]
        if unsaid:
            dropped[2] = source_prose[unsaid[0][0] : unsaid[0][1]]
        else:
            del dropped[2]
    if a_dozen is not None and not stated & {10, 12}:
        dropped[12] = a_dozen
    if not dropped:
        return []
    # In Arabic a noun in the dual says two, also in the construct state, without the ending the
    # checks read (وزيرا الخارجية): a two they find nowhere may be one.
    counted = _source_cardinal_counts(msgid, source.language) - ({2} if target.language == "ar" else set())
    lost = [word for count, word in dropped.items() if count in counted or count == 12 and word == a_dozen]
    rephrased = [word for word in dropped.values() if word not in lost]
    # A count of times said as one time (`scored twice` → `traf einmal`) is changed, not rephrased.
    once = _once_for_times(rephrased, source_prose, source.language, prose, target.language) if rephrased else None
    times, one_time = once or ([], "")
    issues = [
        Issue(check, f"the source's {', '.join(words)} is in the translation neither in words nor in digits")
        for check, words in (("numbers", lost), ("count-dropped", [word for word in rephrased if word not in times])) if words
    ]
    return issues + ([Issue("numbers", f"missing {', '.join(times)}; not in the source: {one_time}")] if times else [])


# One time, as a translation says it (traf einmal, une fois, una vez, 一次, 1回): not in an
# idiom, which counts nothing (noch einmal, nicht einmal, auf einmal, einmal mehr; encore une
# fois, à la fois, une fois que; otra vez, a la vez, una vez más; ancora una volta, una volta
# che; mais uma vez, uma vez que; 再一次, 第一次, 一次性; 1回目, the first).
_ONE_TIME: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(pattern, regex.IGNORECASE) for language, pattern in {
        "de": r"(?<!(?:noch|erst|nicht|auf|schon|wieder|nun|endlich|mal)\s+)(?<!\p{L})(?:einmal|ein\s+Mal|1-?mal)(?!\s+mehr)(?!\p{L})",
        "fr": r"(?<!(?:encore|la|cette|autre)\s+)(?<!\p{L})une\s+fois(?!\s+(?:que|qu['’]|de\s+plus|pour\s+toutes|encore))(?!\p{L})",
        "es": r"(?<!(?:otra|la|alguna|cada|tal|de)\s+)(?<!\p{L})una\s+vez(?!\s+(?:más|que))(?!\p{L})",
        "it": r"(?<!(?:ancora|alla|per|altra)\s+)(?<!\p{L})una\s+volta(?!\s+(?:che|per\s+tutte))(?!\p{L})",
        "pt": r"(?<!(?:mais|outra|de|alguma|cada)\s+)(?<!\p{L})uma\s+vez(?!\s+(?:que|mais))(?!\p{L})",
        "ru": r"(?<!(?:ещё|еще|не)\s+)(?<!\p{L})один\s+раз(?!\p{L})",
        "zh": r"(?<![再第又每一二三四五六七八九十两\p{Nd}])一次(?!性)",
        "ja": r"(?<![\p{Nd}一二三四五六七八九十第もう])(?:1|一)回(?!目)",
    }.items()
}


def _once_for_times(
    dropped: list[str], source_prose: str, source_language: str, target_prose: str, target_language: str
) -> tuple[list[str], str] | None:
    """The counts of times an English source gives (twice, three times) among its `dropped`
    words, where the translation says one time instead (`scored twice` → `traf einmal`), with
    the translation's words for it."""
    one_time = _ONE_TIME.get(target_language)
    if source_language != "en" or one_time is None or (once := one_time.search(target_prose)) is None:
        return None
    times = [word for word in dropped if word.lower() in ("twice", "thrice") or regex.search(
        rf"(?<!\p{{L}}){regex.escape(word)}\s+times(?!\p{{L}})", source_prose, regex.IGNORECASE)]
    return (times, once.group()) if times else None


@functools.lru_cache(maxsize=1024)
def _source_cardinal_counts(msgid: str, language: str) -> frozenset[int]:
    """The counts a msgid writes as a cardinal of things (three ministers, deux ministres): not
    as an ordinal or a multiple (third, twice), in a range or a choice (two or three, zwei bis
    drei), in a compound (a two-day visit, twenty-two), before a scale (two million), nor after
    an article (the two met, all three), which counts again what a story has counted and a
    translation may say with a pronoun (они встретились)."""
    cardinals, article = CARDINALS.get(language, {}), _ARTICLE_BEFORE.get(language)
    text = prose_of(msgid)
    counts, position = set(), 0
    for written, value in words_and_numbers(text, language):
        start = text.find(written, position)
        position = end = start + len(written)
        if value not in COUNTS_IN_WORDS or written.lower() not in cardinals:
            continue
        compound = text[start - 1 : start] in _HYPHENS and text[start - 2 : start - 1].isalpha() or _HYPHENATED.match(text, end)
        counted_again = article is not None and article.search(text, max(0, start - 12), start) is not None
        if not (compound or counted_again or in_a_range(text, start, end, language) or scale_after(text, end, language)):
            counts.add(value)
    return frozenset(counts)


_HYPHENS = frozenset("-‐‑")
# The article before a count that counts again (the two, die beiden, les trois), by language.
_ARTICLE_BEFORE: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{words})\s+$", regex.IGNORECASE)
    for language, words in {
        "en": "the|these|those|all", "de": "die|diese|alle", "fr": "les|ces|tous|toutes", "es": "los|las|estos|estas|todos|todas",
        "it": "i|gli|le|questi|queste|tutti|tutte", "pt": "os|as|estes|estas|todos|todas",
    }.items()
}
_HYPHENATED = lazy_compile(r"[-‐‑]\p{L}")


def _numbers_said_another_way(msgid: str, msgstr: str, source: Locale, target: Locale) -> frozenset[int]:
    """The counts of the source's shares, spans of time and halves the translation gives in
    another form: 7 and 10 of `Seven in 10` → `70 %`, 6 of `six months` → `ein halbes Jahr`, the
    second of `the second half` → `下半年`, `7～12月期`."""
    pairs = [*shares_said(msgid, msgstr, source, target), *spans_compared(msgid, msgstr, source, target).said]
    halves = source_period_halves(msgid, source.language).keys() & period_halves(prose_of(msgstr), target.language).keys()
    return frozenset(number for said, _ in pairs for number in said.numbers) | halves


def _counts_in_words(text: str, language: str) -> dict[int, str]:
    """The counts `text` writes in words of `language` (in Japanese and Chinese, in kanji
    before a counter: 閣僚四人; in Korean, in Sino-Korean hangul, 십삼 명, and in native Korean
    numbers before a counter, 세 명, whose words alone have other meanings: 세 is also an age, 네
    `yes`, 열 `fever`), each with its first word as written. The numerator of a
    fraction (two-thirds, deux tiers) counts nothing: `changed_fractions` compares those."""
    text = blanked(text, [match.span() for match in fraction_matches(text, language)])
    if language == "en" and ("oth" in text or "OTH" in text):
        text = blanked(text, [match.span() for match in _BOTH_JOINING.finditer(text)])
    other_meanings = _other_meanings(text, language)
    counts: dict[int, str] = {}
    for word, number in words_and_numbers(text, language):
        if number in COUNTS_CHANGED_IN_WORDS and word.casefold() not in other_meanings:
            counts.setdefault(number, word)
    for run, number in kanji_numbers(text, language):
        if number in COUNTS_IN_WORDS:
            counts.setdefault(number, run)
    if language == "ko" and HANGUL_MULTIPLIER_HINT.search(text):
        for match in HANGUL_NUMBER.finditer(text):
            number = kanji_value(match.group().translate(HANGUL_AS_KANJI))
            if number in COUNTS_CHANGED_IN_WORDS and HANGUL_THINGS_COUNTED.match(text, match.end()):
                counts.setdefault(number, match.group())
    if language == "ko":
        for written, number in native_korean_counts(text):
            if number in COUNTS_CHANGED_IN_WORDS:
                counts.setdefault(number, written)
    # A quarter or half of the year by its number: Q2 is the second quarter (im zweiten Quartal).
    for period in _NUMBERED_PERIOD.finditer(text):
        if int(period.group(1)) in COUNTS_IN_WORDS:
            counts.setdefault(int(period.group(1)), period.group())
    return counts


def _other_meanings(text: str, language: str) -> frozenset[str]:
    """The number words of `language` that mean something else in `text` (English `second`
    but where it is the ordinal of a round, a set or a place)."""
    other_meanings = _OTHER_MEANINGS.get(language, frozenset())
    if language == "en" and _ORDINAL_SECOND.search(text):
        return other_meanings - {"second"}
    return other_meanings


_NUMBERED_PERIOD = lazy_compile(r"(?<![\p{L}\p{N}])[QH]([1-4])(?![\p{L}\p{N}])")
# English `both` that joins two things (both Paris and Berlin, both in Europe and in Asia) and
# counts none: all but `both` before `of` or a plural noun (both parties, both of them, both men).
_BOTH_JOINING = lazy_compile(r"(?<!\p{L})both(?!\p{L})(?!\s+(?:of|men|women|children|people|(?-i:\p{Ll})\p{L}*s)(?!\p{L}))", regex.IGNORECASE)
# The plural definite article before a noun, by language, which says both of the two a story
# has named (les parties for beide Parteien): English `the` before a plural noun, German `die`
# and `den` and Dutch `de`, also the singular's, before a noun with a plural's ending (die
# Parteien, de partijen; not die Partei).
_BOTH_SAID_BY_THE_ARTICLE: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{articles})\s+(?P<noun>\p{{L}}+{plural})(?!\p{{L}})", regex.IGNORECASE)
    for language, articles, plural in (
        ("en", "the", "s"), ("de", "die|den", "(?:n|r|s)"), ("nl", "de", "(?:en|s)"), ("fr", "les", ""), ("es", "los|las", ""),
        ("it", "i|gli|le", ""), ("pt", "os|as", ""),
    )
}
# Every article of those languages, singular or plural, definite or not: the first one a
# translation has is mostly its subject's (Une partie a accepté les termes: une).
_ANY_ARTICLE: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:(?:{articles})(?!\p{{L}}){elided})", regex.IGNORECASE)
    for language, articles, elided in (
        ("en", "the|an?", ""), ("de", "der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines", ""),
        ("nl", "de|het|een", "|['’]t"), ("fr", "le|la|les|une?|des", "|l['’]"), ("es", "el|la|los|las|unos?|unas?", ""),
        ("it", "il|lo|la|i|gli|le|un|uno|una", "|l['’]|un['’]"), ("pt", "o|a|os|as|um|uma|uns|umas", ""),
    )
}
# A German verb in the singular after a noun (die Kommission stimmte zu, hat, ist): die before
# it is the feminine singular's, not the plural's (die Parteien stimmten zu). Not the words
# ending so that are no verbs (die Spieler selbst, heute).
_GERMAN_SINGULAR_VERB = lazy_compile(
    r"\s+(?!(?:nicht|selbst|jetzt|erst|heute|seit|bereits|zuletzt|meist|fast|gut|mit|als|bis|nur)(?!\p{L}))"
    r"(?-i:\p{Ll})\p{L}*(?:t|te)(?!\p{L})"
)
# The words after a count that may be its noun: both parties, Entrambe le parti, both of the parties.
_WORDS_AFTER_A_COUNT = 3


def _twos_in_words(text: str, language: str) -> list[tuple[int, int]]:
    """Where `text` writes two in words as `_counts_in_words` reads it (two, both, zwei,
    beide, twice): not in a fraction, nor English `both` joining two things."""
    uncounted = [match.span() for match in fraction_matches(text, language)]
    if language == "en":
        uncounted += [match.span() for match in _BOTH_JOINING.finditer(text)]
    text = blanked_in_place(text, uncounted)
    other_meanings = _other_meanings(text, language)
    return [(start, end) for start, end, value in number_words_at(text, language)
            if value == 2 and text[start:end].casefold() not in other_meanings]


def _both_said_otherwise(two: tuple[int, int], text: str, language: str, translation: str, target: str) -> bool:
    """Whether the two of the source `text` at `two` is both of a pronoun or both said by the
    plural article, which a translation says without a number."""
    return _both_of_a_pronoun(two[0], text, language) or _both_said_by_the_article(two, text, language, translation, target)


def _both_said_by_the_article(two: tuple[int, int], text: str, language: str, translation: str, target: str) -> bool:
    """Whether the source's two at `two` is both of two (beide, ambos, les deux, die beiden),
    which the translation says by its plural article before the counted noun: the article of its
    subject, which opens its first noun phrase (Les dirigeants se sont rencontrés for The two
    leaders met), or elsewhere before a noun with the first letters of one of the words after
    the count, as a noun and its translation mostly share them (the president said both parties
    → le président a dit que les parties). The article before another noun than the subject's
    (Un homme … avec les armes), or German die before a singular (die Kommission stimmte zu),
    is no rendering of the count."""
    article = _BOTH_SAID_BY_THE_ARTICLE.get(target)
    if article is None:
        return False
    start, end = two
    if text[start:end].lower() not in BOTH.get(language, "").split():
        before = _ARTICLE_BEFORE.get(language)
        if before is None or before.search(text, max(0, start - 12), start) is None:
            return False
    plurals = [
        match for match in article.finditer(translation)
        if not (target == "de" and _GERMAN_SINGULAR_VERB.match(translation, match.end()))
    ]
    if not plurals:
        return False
    first = _ANY_ARTICLE[target].search(translation)
    if first is not None and first.start() == plurals[0].start():
        return True
    counted = [word.group() for word in islice(WORD.finditer(text, end), _WORDS_AFTER_A_COUNT)]
    return any(_same_first_letters(match.group("noun"), noun) for match in plurals for noun in counted)


def _same_first_letters(word: str, other: str) -> bool:
    """Whether two words open with the same four letters, or three where one is that short (men, Männer no)."""
    length = min(4, len(word), len(other))
    return length >= 3 and word[:length].casefold() == other[:length].casefold()


# English `both of` a pronoun (both of them, both of us, both of whom), which a translation says
# by its plural pronoun or verb as well as by its word for both: ils ont démissionné, dimitieron.
_BOTH_OF_A_PRONOUN = lazy_compile(r"(?<!\p{L})both\s+of\s+(?:them|us|you|whom|which)(?!\p{L})", regex.IGNORECASE)


def _both_of_a_pronoun(start: int, text: str, language: str) -> bool:
    """Whether the source's two at `start` of `text` is English `both` of a pronoun (`_BOTH_OF_A_PRONOUN`)."""
    return language == "en" and _BOTH_OF_A_PRONOUN.match(text, start) is not None


@functools.lru_cache(maxsize=1024)
def _source_counts_in_words(msgid: str, language: str) -> dict[int, str]:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the other."""
    return _counts_in_words(prose_of(msgid), language)
