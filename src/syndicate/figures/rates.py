"""The period of a rate: `$350 million a year` translated `350 Millionen Dollar pro Monat`, or
`5,000 barrels a day` as `5 000 barils par semaine`, keeps every number and currency and says
twelve or seven times as much, which the review of numbers cannot see.

A rate's period is read where it follows a number within a few words (`3% a month`, `$350
million a year`, `5,000 barrels per day`, `1.2 million tonnes annually`), in English as the
source and in the translation's language: `pro Jahr`, `jährlich`, `par mois`, `al año`, `alla
settimana`, `per dag`, `в год`, `rocznie`, `om året`. English's `a year` that dates (`a year
earlier`, `a year ago`) is no rate, nor are words of a date (`am Tag danach`, `al día
siguiente`, `na dzień 31 grudnia`) or of newspapers (`diarios`, `quotidiani`). Only a clear case
is reported: a number of the source's rates that the translation gives periods, none of them
the source's; a period said before the number (`jeden Monat 5.000 Dollar`) is not read.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, Literal

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import ANY_NUMBER, decimal_value

Period = Literal["hour", "day", "week", "month", "year"]

# Each language's words of a rate's period, as they follow the number they divide.
_PERIODS: Final[Mapping[str, Mapping[Period, str]]] = {
    "en": {
        "hour": r"(?:an?|per|each|every)\s+hour|hourly|per\s+hour",
        "day": r"(?:a|per|each|every)\s+day|daily|a\s+night|per\s+night",
        "week": r"(?:a|per|each|every)\s+week|weekly",
        "month": r"(?:a|per|each|every)\s+month|monthly",
        "year": r"(?:a|per|each|every)\s+year|annually|yearly|per\s+annum|a\s+season",
    },
    "de": {
        "hour": r"(?:pro|je|in\s+der)\s+Stunde|stündlich",
        "day": r"(?:pro|je)\s+Tag|am\s+Tag(?!\s+(?:der|des|danach|darauf|zuvor|vor|nach))|täglich|pro\s+Nacht",
        "week": r"(?:pro|je|in\s+der)\s+Woche|wöchentlich",
        "month": r"(?:pro|je|im)\s+Monat|monatlich",
        "year": r"(?:pro|je|im)\s+Jahr|jährlich|pro\s+Saison",
    },
    "fr": {
        "hour": r"(?:par|de\s+l['’]|à\s+l['’])\s*heure",
        "day": r"par\s+jour|quotidiennement|par\s+nuit",
        "week": r"par\s+semaine|hebdomadaires?",
        "month": r"par\s+mois|mensuel(?:le)?s?|mensuellement",
        "year": r"par\s+an(?:née)?|annuel(?:le)?s?|annuellement|par\s+saison",
    },
    "es": {
        "hour": r"(?:por|a\s+la)\s+hora",
        "day": r"(?:al|por|cada)\s+día(?!\s+siguiente)|por\s+noche",
        "week": r"(?:a\s+la|por|cada)\s+semana|semanales?",
        "month": r"(?:al|por|cada)\s+mes|mensuales?",
        "year": r"(?:al|por|cada)\s+año|anuales?|por\s+temporada",
    },
    "it": {
        "hour": r"(?:all['’]|per)\s*ora",
        "day": r"(?:al|per)\s+giorno|giornalier[oaie]",
        "week": r"(?:alla|per)\s+settimana|settimanal[ei]",
        "month": r"(?:al|per)\s+mese|mensil[ei]",
        "year": r"(?:all['’]|per)\s*anno|annu[oaie]|annual[ei]|a\s+stagione",
    },
    "pt": {
        "hour": r"(?:por|à)\s+hora",
        "day": r"(?:por|ao)\s+dia",
        "week": r"(?:por|à)\s+semana|semana(?:l|is)",
        "month": r"(?:por|ao)\s+mês|mensa(?:l|is)",
        "year": r"(?:por|ao)\s+ano|anua(?:l|is)|por\s+temporada",
    },
    "nl": {
        "hour": r"per\s+uur",
        "day": r"per\s+dag|dagelijks",
        "week": r"per\s+week|wekelijks",
        "month": r"per\s+maand|maandelijks",
        "year": r"per\s+jaar|jaarlijks|per\s+seizoen",
    },
    "ru": {
        "hour": r"в\s+час",
        "day": r"в\s+сутки|в\s+день(?!\s+\p{L}+(?:ов|ей|ия|ы|а)\b)|ежедневно",
        "week": r"в\s+неделю|еженедельно",
        "month": r"в\s+месяц|ежемесячно",
        "year": r"в\s+год|ежегодно|за\s+сезон",
    },
    "pl": {
        "hour": r"na\s+godzinę",
        "day": r"na\s+dzień(?!\s+\p{Nd})|dziennie",
        "week": r"na\s+tydzień|tygodniowo",
        "month": r"na\s+miesiąc|miesięcznie",
        "year": r"na\s+rok|rocznie",
    },
    "sv": {
        "hour": r"(?:per|i)\s+timme[n]?",
        "day": r"(?:per|om)\s+dag(?:en)?|dagligen",
        "week": r"(?:per|i)\s+vecka(?:n)?",
        "month": r"(?:per|i)\s+månad(?:en)?",
        "year": r"(?:per|om)\s+år(?:et)?|årligen",
    },
}
# A number and up to three words before the period it is given: `$350 million a year`,
# `5,000 barrels a day`, `3% a month`.
_NUMBER_AND_WORDS = rf"(?<![\p{{L}}\p{{N}}])(?P<number>{ANY_NUMBER})(?:\s?%)?(?:\s+[\p{{L}}$€£%.\-]+){{0,3}}?\s+"
# What makes English's `a year` a date, not a rate: a year earlier, a year ago.
_DATING = r"(?!\s+(?:ago|earlier|later|before|after|prior|since|on|from|into|to|of|or|and\s+a\s+half)(?!\p{L}))"
# What every English source giving a rate's period holds.
_SOURCE_HINT = lazy_compile(
    r"(?i:\b(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|night|season)\b|hourly|daily|weekly|monthly|annually|yearly|per\s+annum)"
)


@functools.cache
def _rate_pattern(language: str) -> regex.Pattern[str]:
    periods = "|".join(f"(?P<{period}>{words})" for period, words in _PERIODS[language].items())
    dating = _DATING if language == "en" else ""
    return regex.compile(rf"{_NUMBER_AND_WORDS}(?:{periods})(?!\p{{L}}){dating}", regex.IGNORECASE)


def _periods(text: str, locale: Locale) -> dict[Decimal, dict[Period, str]]:
    """The periods `text` gives the rates of its numbers: by each number's value, each period
    with its first words as written."""
    found: dict[Decimal, dict[Period, str]] = {}
    for match in _rate_pattern(locale.language).finditer(prose_of(text)):
        period, value = match.lastgroup, decimal_value(match.group("number"), locale)
        if period is not None and period != "number" and value is not None:
            found.setdefault(value, {}).setdefault(period, match.group(period))  # type: ignore[arg-type]
    return found


@functools.lru_cache(maxsize=1024)
def _source_periods(msgid: str, source: Locale) -> dict[Decimal, dict[Period, str]]:
    """`_periods` of a source, told first by a plain search: read once for every locale."""
    return _periods(msgid, source) if _SOURCE_HINT.search(msgid) else {}


def changed_rate_periods(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A rate given another period (`$350 million a year` → `350 Millionen Dollar pro Monat`,
    `numbers`): a number of the source's rates that the translation gives periods, none of them
    the source's. Between two of the languages with word lists."""
    if source.language not in _PERIODS or target.language not in _PERIODS or not (in_source := _source_periods(msgid, source)):
        return []  # most sentences: no rate
    in_target = _periods(msgstr, target)
    issues = []
    for value, periods in in_source.items():
        given = in_target.get(value, {})
        if given and not periods.keys() & given.keys():
            issues.append(Issue("numbers", f"the rate: {', '.join(periods.values())} in the source, {', '.join(given.values())} "
                                           "in the translation: say the period the source gives"))
    return issues
