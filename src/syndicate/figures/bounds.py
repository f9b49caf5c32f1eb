"""The bound a figure is given: a translation that says `weniger als 300` where its source says
`more than 300` keeps the number and publishes another fact, which the review of numbers,
comparing the numbers, cannot see.

A bound is a floor (`more than`, `over`, `at least`, `mehr als`, `plus de`, `al menos`) or a
ceiling (`less than`, `under`, `up to`, `nearly`, `bis zu`, `moins de`, `hasta`), written right
before a number in digits, or its currency (`more than $3 billion`), in English, German, French,
Spanish, Italian, Dutch, Portuguese, Russian, Ukrainian, Polish, Swedish, Greek, Czech, Slovak,
Finnish, Romanian, Indonesian, Vietnamese, Hungarian, Turkish, Hebrew and Korean (where the words
come before the number); a negated one is the other bound (`no more than` is a
ceiling, `nicht weniger als` a floor). A word that is as often no bound is not read (German
`unter`, also `among`; Dutch `tot` and Swedish `under`, also `until` and `during`). A number is
the same on both sides when its value is, as each language writes it (`1,200` and `1.200`,
`3.5` and `3,5`, not `35`).

Only a bound turned round is reported: the source gives the number one bound and never the
other, the translation the other and never the source's. A bound dropped (`rund 300` for `more
than 300`) is a loss of precision, not of the fact, and a number in words is not read.
check.py runs `reversed_bounds` with the build's review.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

import regex
from babel import Locale

from ..issues import Issue
from ..placeholders import prose_of
from .readers import ANY_NUMBER, decimal_value

Bound = Literal["floor", "ceiling"]

# Each language's words of a bound, longest first where one opens another (`no more than`).
_BOUNDS: Mapping[str, Mapping[Bound, tuple[str, ...]]] = {
    "en": {
        "floor": ("no fewer than", "no less than", "not less than", "more than", "at least", "upwards of", "in excess of", "over", "above"),
        "ceiling": ("no more than", "not more than", "just under", "less than", "fewer than", "up to", "at most", "under", "below",
                    "nearly", "almost"),
    },
    "de": {
        "floor": ("nicht weniger als", "nicht unter", "mehr als", "mindestens", "wenigstens", "über"),
        "ceiling": ("nicht mehr als", "nicht über", "weniger als", "bis zu", "höchstens", "maximal", "knapp unter", "knapp", "fast", "beinahe", "nahezu"),
    },
    "fr": {
        "floor": ("pas moins de", "pas moins d'", "pas moins d’", "plus de", "plus d'", "plus d’", "au moins", "au-delà de",
                  "au-dessus de"),
        "ceiling": ("pas plus de", "pas plus d'", "pas plus d’", "moins de", "moins d'", "moins d’", "jusqu'à", "jusqu’à", "au plus",
                    "au maximum", "en dessous de", "au-dessous de", "presque"),
    },
    "es": {
        "floor": ("no menos de", "más de", "al menos", "por lo menos", "como mínimo", "por encima de"),
        "ceiling": ("no más de", "menos de", "hasta", "como máximo", "por debajo de", "casi"),
    },
    "it": {
        "floor": ("non meno di", "più di", "oltre", "almeno", "al di sopra di"),
        "ceiling": ("non più di", "non oltre", "meno di", "fino a", "al massimo", "al di sotto di", "quasi"),
    },
    "nl": {
        "floor": ("niet minder dan", "meer dan", "ruim", "minstens", "ten minste", "tenminste"),
        "ceiling": ("niet meer dan", "minder dan", "hooguit", "maximaal", "bijna"),
    },
    "pt": {
        "floor": ("não menos de", "mais de", "pelo menos", "no mínimo", "acima de"),
        "ceiling": ("não mais de", "não mais que", "menos de", "até", "no máximo", "abaixo de", "quase"),
    },
    # Not до, do (also `to` and `before`: выросла до 3,2 %, do 2025 roku).
    "ru": {
        "floor": ("не менее чем", "не меньше чем", "не менее", "не меньше", "более чем", "больше чем", "более", "больше", "свыше",
                  "по меньшей мере", "как минимум", "минимум"),
        "ceiling": ("не более чем", "не больше чем", "не более", "не больше", "менее чем", "меньше чем", "менее", "меньше", "почти",
                    "максимум", "не свыше"),
    },
    "uk": {
        "floor": ("не менше ніж", "не менш ніж", "понад", "більше ніж", "більш ніж", "щонайменше", "принаймні", "як мінімум"),
        "ceiling": ("не більше ніж", "не більш ніж", "менше ніж", "менш ніж", "майже", "щонайбільше", "максимум"),
    },
    "pl": {
        "floor": ("nie mniej niż", "ponad", "co najmniej", "przynajmniej", "więcej niż", "powyżej"),
        "ceiling": ("nie więcej niż", "mniej niż", "poniżej", "maksymalnie", "co najwyżej", "prawie", "niemal"),
    },
    "sv": {
        "floor": ("inte mindre än", "inte färre än", "mer än", "fler än", "över", "minst", "åtminstone", "drygt"),
        "ceiling": ("inte mer än", "inte fler än", "inte över", "mindre än", "färre än", "upp till", "högst", "nästan", "knappt"),
    },
    # Not μέχρι, έως (also `until`).
    "el": {
        "floor": ("όχι λιγότεροι από", "όχι λιγότερα από", "όχι λιγότερους από", "όχι λιγότερο από", "όχι κάτω από", "πάνω από", "περισσότεροι από", "περισσότερα από", "περισσότερους από", "περισσότερες από", "περισσότερο από", "τουλάχιστον"),
        "ceiling": ("όχι περισσότεροι από", "όχι περισσότερα από", "όχι περισσότερους από", "όχι περισσότερο από", "όχι πάνω από", "λιγότεροι από", "λιγότερα από", "λιγότερους από", "λιγότερες από", "λιγότερο από", "κάτω από", "το πολύ", "σχεδόν"),
    },
    # Not až, do, pod (also `until`, `to`, and `beneath`).
    "cs": {
        "floor": ("ne méně než", "ne míň než", "více než", "víc než", "přes", "nejméně", "alespoň", "minimálně"),
        "ceiling": ("ne více než", "ne víc než", "méně než", "míň než", "nejvýše", "maximálně", "téměř", "skoro", "necelých", "necelé"),
    },
    "sk": {
        "floor": ("nie menej ako", "viac ako", "vyše", "najmenej", "aspoň", "minimálne"),
        "ceiling": ("nie viac ako", "menej ako", "najviac", "maximálne", "takmer", "skoro"),
    },
    "fi": {
        "floor": ("ei alle", "yli", "vähintään", "ainakin"),
        "ceiling": ("ei yli", "alle", "enintään", "korkeintaan", "lähes", "melkein"),
    },
    # Not până la (also `until`).
    "ro": {
        "floor": ("nu mai puțin de", "nu mai putin de", "nu mai puțin decât", "nu sub", "mai mult de", "mai mult decât", "mai mulți de", "mai multe de", "peste", "cel puțin", "cel putin"),
        "ceiling": ("nu mai mult de", "nu mai mult decât", "nu peste", "mai puțin de", "mai putin de", "mai puțin decât", "sub", "cel mult", "aproape"),
    },
    # Not hingga, sampai (also `until`).
    "id": {
        "floor": ("tidak kurang dari", "lebih dari", "sedikitnya", "setidaknya", "paling sedikit", "sekurang-kurangnya", "di atas"),
        "ceiling": ("tidak lebih dari", "kurang dari", "paling banyak", "sebanyak-banyaknya", "di bawah", "hampir"),
    },
    # Not trên (also `out of`: 7 trên 10).
    "vi": {
        "floor": ("không dưới", "nhiều hơn", "hơn", "ít nhất", "tối thiểu"),
        "ceiling": ("không hơn", "ít hơn", "dưới", "chưa đến", "chưa tới", "không quá", "tối đa", "gần"),
    },
    # A bound after its number (300 fölött, 300'den fazla, 300명 이상) is not read.
    "hu": {
        "floor": ("nem kevesebb mint", "több mint", "legalább", "minimum"),
        "ceiling": ("nem több mint", "kevesebb mint", "legfeljebb", "csaknem", "majdnem", "maximum"),
    },
    "tr": {
        "floor": ("en az",),
        "ceiling": ("en fazla", "en çok", "neredeyse"),
    },
    # Not עד (also `until`). The preposition מ joins the number: יותר מ-300.
    "he": {
        "floor": ("לא פחות מ-", "לא פחות מ־", "לא פחות מ", "יותר מ-", "יותר מ־", "יותר מ", "למעלה מ-", "למעלה מ־", "למעלה מ",
                  "לפחות"),
        "ceiling": ("לא יותר מ-", "לא יותר מ־", "לא יותר מ", "פחות מ-", "פחות מ־", "פחות מ", "לכל היותר", "כמעט"),
    },
    "ko": {
        "floor": ("최소",),
        "ceiling": ("최대", "거의"),
    },
}
_OTHER: Mapping[Bound, Bound] = {"floor": "ceiling", "ceiling": "floor"}
# A currency between the bound and its number: `more than $3 billion`, `über US$ 3`.
_CURRENCY = r"(?:(?:US|A|C|HK)?[$€£¥₹]\s?|(?:USD|EUR|GBP|CHF|JPY)\s)?"
_ANY_DIGIT = regex.compile(r"\p{Nd}")


@functools.cache
def _pattern(language: str) -> regex.Pattern[str]:
    phrases = sorted(((phrase, bound) for bound, words in _BOUNDS[language].items() for phrase in words), key=lambda item: -len(item[0]))
    alternatives = "|".join(regex.escape(phrase).replace(r"\ ", r"\s+") for phrase, _ in phrases)
    # An elided article runs into the number's word in French (`plus d'un`): the number follows the apostrophe.
    # So does Hebrew's מ (`יותר מ-300`, `יותר מ300`).
    return regex.compile(rf"(?<!\w)(?P<bound>{alternatives})(?:(?<=['’\-־מ])|\s+){_CURRENCY}(?P<number>{ANY_NUMBER})", regex.IGNORECASE)


@functools.cache
def _bound_of(language: str) -> Mapping[str, Bound]:
    return {phrase.casefold(): bound for bound, words in _BOUNDS[language].items() for phrase in words}


def reversed_bounds(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A number the source bounds one way (a floor: `more than 300`) that the translation bounds
    the other (a ceiling: `weniger als 300`), and never the source's way. Between two of the
    languages with word lists."""
    if source.language not in _BOUNDS or target.language not in _BOUNDS:
        return []
    said = _bounded(msgid, source)
    if not said:
        return []
    translated = _bounded(msgstr, target)
    issues = []
    for value, (bound, words) in said.items():
        other = translated.get(value)
        if other is not None and other[0] == _OTHER[bound]:
            issues.append(Issue("bound", f"“{words}” in the source is a {bound}, “{other[1]}” in the translation a {other[0]}: "
                                         "say the bound the source gives"))
    return issues


@functools.lru_cache(maxsize=1024)
def _bounded(text: str, locale: Locale) -> dict[Decimal, tuple[Bound, str]]:
    """The numbers of `text` given one bound, by their value as `locale` writes them: the bound
    and its words as written. A number given both (in two places) is left out, and so is one
    that is no number in the locale (`3.5` in German copy). Kept: check reads a msgid once per
    locale, one locale after the other."""
    if _ANY_DIGIT.search(text) is None:
        return {}  # most sentences: decided without a search
    bounds = _bound_of(locale.language)
    found: dict[Decimal, tuple[Bound, str]] = {}
    both: set[Decimal] = set()
    for match in _pattern(locale.language).finditer(prose_of(text)):
        if (value := decimal_value(match.group("number"), locale)) is None:
            continue
        bound = bounds[regex.sub(r"\s+", " ", match.group("bound")).casefold()]
        if value in found and found[value][0] != bound:
            both.add(value)
        found.setdefault(value, (bound, match.group()))
    return {value: said for value, said in found.items() if value not in both}
