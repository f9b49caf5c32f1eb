"""The figures of a translation compared with its source's: numbers, times, dates and
months, weekdays, counts in words, fractions, comparisons by half, shares, spans of time,
dozens, halves of a year or a match, vote tallies, currencies and minus signs. Each is read in
the source sentence and in the translation as the language of each writes it, and what the
translation changed is reported as an `Issue`.

Correct localisation is not reported: `3.5` ↔ `3,5`, `1,200` ↔ `1.200` ↔ `1 200` are the same
number (babel's CLDR symbols decide), and so are `5` ↔ `fünf` ↔ `五つ` and `20th` ↔ `XXe` (in
words, kanji, Roman numerals), `2:30 p.m.` ↔ `14.30 Uhr` the same time, `Seven in 10` ↔ `70 %`
the same share. `1,200` in a German translation of `1,200`, however, reads as 1.2 and is an
error.

check.py runs the checks, `changed_numbers` and the other `changed_*`, `reversed_tallies` and
`dropped_minus`, with its own; pseudo.py leaves the times `TIME` finds as they are.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import islice
from operator import itemgetter
from typing import Final, Generic, Hashable, Literal, NamedTuple, TypeVar

import regex
from babel import Locale
from babel.core import get_global
from babel.numbers import (
    NumberFormatError, format_decimal, format_percent, get_decimal_symbol, get_group_symbol, parse_decimal, parse_pattern,
)

from .ids import bcp47
from .issues import Issue
from .lazy_regex import lazy_compile
from .placeholders import prose_of
from .words import occurrences

_DIGIT_RUN = lazy_compile(r"\p{Nd}+")
_WHITESPACE = lazy_compile(r"\s+")


def _in_any_case(hint: str) -> tuple[str, str]:
    """What tells a sentence may have a word, before a pattern that reads it in any case is
    tried: `hint`, all of the word but its first letter, which a sentence may capitalise, as
    written and in capitals, as a headline writes it (ozen and OZEN for Dozen, TWO DOZEN)."""
    return hint, hint.upper()


_NO_HINTS = ("\0", "\0")


@dataclass(frozen=True)
class _Time:
    text: str
    hours: frozenset[int]  # every hour of the day it can mean: 6:45 without a.m./p.m. is 6 or 18
    minute: int
    # noon or midnight by its name, or an hour in words without the part of the day (um neun
    # Uhr), which a translation may say otherwise (in der Nacht, at nine): not reported unpaired
    named: bool = False
    twenty_four_hour: bool = False  # read on a 24-hour clock, with no a.m., p.m. or part of the day to say otherwise
    # the second hour of a range into the afternoon (from 9 to 5): written so or on a 24-hour
    # clock (17 Uhr), which the range says, not the translator's choice of a half of the day
    ends_a_range: bool = False
    # either hour of such a range in digits, which a translation may say in words without the
    # clock's word (von neun bis fünf), as it may any number
    in_a_range: bool = False


@dataclass(frozen=True)
class _Number:
    text: str
    value: Decimal | None  # None: not a number in the locale (a date such as 24.11.2026)
    scaled: Decimal | None = None  # with the scale word after it: 3.5 million, 350万
    amount: str = ""  # the number with its scale word, as written: 3.5 million, 350万
    decade: bool = False  # the two last digits of a decade's years: 90er for the 1990s
    measure: bool = False  # either end of a range of a measure (9～17km): no time's hour written without its clock's word

    @property
    def key(self) -> Decimal | str:
        return self.value if self.value is not None else self.text


class _NumbersAndTimes(NamedTuple):
    """The times of a text, and the numbers outside them, in order."""

    times: tuple[_Time, ...]
    numbers: tuple[_Number, ...]


# Where a number may start: not inside a word such as A320 or G7 (in Chinese and Japanese
# digits do stand right after a character, and in Arabic after a prefix letter, with or
# without a tatweel: بـ٢٫٨, ب15, لـ12, و3), nor inside another number.
_NUMBER_START = r"(?<![\p{N}_])(?<!(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\u0640])\p{L})(?<!\p{N}[.,'’])"
# A time of day: 6:45 p.m. · 6pm · 18.45 Uhr · 18時45分 · 午後6時半 · 18 h 45 · 18h · kl. 18.45 · 18:45
# (not 2時間, 2시간: two hours, a span of time)
TIME = lazy_compile(
    _NUMBER_START + r"""
    (?: # the dot after `pm` ends a sentence; the one after `p.m.` is the abbreviation's
        (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? \s? (?P<meridiem>[ap]) (?:\.\s?m\b\.?|\s?m\b)
      | (?:(?P<meridiem>午前|午後|正午|上午|下午|오전|오후|深夜|夜|昼|朝)\s?(?:の\s?)?)? (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? \s? (?:Uhr\b|時(?!間)|时(?!间)|시(?!간))
        (?:\s?(?P<minute>\d{1,2})\s?(?:分|분)|\s?(?P<half>半|반))?
      # Chinese 点 is o'clock after a part of the day or before minutes; else points (3点目, 2点差)
      | (?P<meridiem>上午|下午|早上|晚上|凌晨|深夜|中午|正午|午夜)\s? (?P<hour>\d{1,2}) \s? 点 (?:\s?(?P<minute>\d{1,2})\s?分|\s?(?P<half>半))?
      | (?P<hour>\d{1,2}) \s? 点 (?:\s?(?P<minute>\d{1,2})\s?分|\s?(?P<half>半))
      | (?P<hour>\d{1,2}) \s? h (?:\s?(?P<minute>\d{2}))? (?![\p{L}\p{N}])
      | (?:kl\.|klo\b) \s? (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))?
      | (?P<hour>\d{1,2}) : (?P<minute>\d{2}) (?!\d)
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# How the hours after a number are travelled, which makes them a distance, no time of day: à
# vingt heures de route, à 3 heures d'avion, a 20 horas de camino, a 5 horas de carro.
_TRAVELLED = (r"(?:de|d['’])\s*(?:route|marche|voiture|train|TGV|vol|avion|bateau|bus|car|trajet|navigation|vélo|ici"
              r"|camino|viaje|coche|carretera|vuelo|avión|barco|autobús|distancia|viagem|carro|estrada|voo|avião|distância)(?!\p{L})")
# After the clock's hours, a number that counts the plural noun it comes before, no minutes:
# à vingt heures quinze policiers, à 20 heures 15 policiers, a las 18 horas 30 personas (not
# the words that end in -s or -x and count nothing: à 20 heures 15 précises, dans, après).
_COUNTS_A_NOUN = (r"\s+(?!(?:dans|après|vers|sous|sans|pas|puis|alors|mais|plus|moins|tous|toutes|les|des|ses|ces|leurs"
                  r"|aux|depuis|dès|lors|très|près|ainsi|hors|précises|locales|jamais|parfois|toujours|heures?"
                  r"|después|más|menos|las|los|entonces|pues|tras|mientras|horas?|depois|mais|pois|as|os)(?!\p{L}))\p{L}+[sx](?!\p{L})")
# The French prepositions of a span before hours (`span`), which are the clock's but before
# hours of something (pour 20 heures 30, après vingt heures trente; not après vingt heures de
# débat), and so is a weekday (de vendredi 22 heures à lundi 5 heures; not lundi 5 heures de
# grève); and what tells the hours are of something after them: `de`, `des`, `d'` (not a word
# they begin: pour vingt heures demain, dernier délai).
_FRENCH_SPAN_PREPOSITIONS = r"(?P<span>pour|avant|après|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_NOT_OF_SOMETHING = r"(?(span)(?!\s+(?:de|des)(?!\p{L})|\s+d['’]))"
# A time of day written with the clock's words of French, Spanish, Italian, Portuguese and
# Dutch: 18 heures · 18 horas · 18.45 uur · a las 18 horas · alle 18. Read before `TIME`, and
# only in a text `_CLOCK_WORD_HINT` finds one in: a pattern that starts with what comes before
# the hour is tried at every letter.
_CLOCK_WORD_TIME = lazy_compile(
    _NUMBER_START + r"""
    (?: # the clock's hours named after them, after a preposition of the clock: à 15 heures (30),
      # om 15.30 uur, entre as 9 e as 17 horas, and after `de` those of the afternoon and evening
      # (la séance de 14 heures), and after `pour`, `avant` and `après` but those of something
      # (pour 20 heures 30; not après 20 heures de débat), and after Dutch `voor` and `na` those
      # of the afternoon and evening or with minutes (voor 21 uur, na 20.30 uur). Not `a duré 2
      # heures`, `na 2 uur`, `une réunion de 2 heures`: a span of time.
        (?:(?<=(?<!\p{L})(?:à|a|vers|dès|jusqu['’]à|entre|et|partir\s+de|om|tot|vanaf|tussen|rond|tegen|as|las|"""
        + _FRENCH_SPAN_PREPOSITIONS + r""")\s+)
         | (?<=(?<!\p{L})de\s+)(?=1[3-9]|2[0-3])
         | (?=(?:1[3-9]|2[0-3])(?!\d)|\d{1,2}[:.]\d{2})(?<=(?<!\p{L})(?:voor|na)\s+))
        (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? \s? (?:heures?|horas?|uur) \b (?!\s+""" + _TRAVELLED + r""")
        """ + _NOT_OF_SOMETHING + r"""
        (?:\s(?P<minute>\d{2})(?!\p{N}|[.,]\p{N}|""" + _COUNTS_A_NOUN + r"""))?
      # the clock's article or preposition before them: a las 15 (horas), alle (ore) 15, às 15h30,
      # a las 3 horas (not `alle 3`, `de las 3`, more often all three, of the three), and the
      # first hour of a range that ends after noon (dalle 9 alle 13); the Italian range between
      # two hours with their articles (tra le 22 e le 23, fra le 9 e le 17) only as a range: `tra
      # le 20 squadre` is among the twenty teams
      | dalle \s+ (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? (?=\s+alle\s+(?:ore\s+)?(?P<after_noon>1[3-9]|2[0-3])(?!\p{N}))
      | (?:tra|fra) \s+ le \s+ (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? (?=\s+e\s+le\s+(?:ore\s+)?(?:1[3-9]|2[0-3])(?!\p{N}|[.,]\p{N}))
      # any hour with its half in words after it: alle 9 e mezza, a las 9 y media, às 9 e meia
      | (?:(?:a|de|desde|hasta|y|entre|para|hacia|sobre)\s+las|alle|dalle|delle|às) \s+ (?:ore\s+)?
        (?P<hour>\d{1,2}) \s+ (?:e|y) \s+ (?P<half>mezza|mezzo|media|meia) (?!\p{L})
      | (?:(?:a|de|desde|hasta|y|entre|para|hacia|sobre)\s+las|alle|dalle|delle|às
         |e\s+le(?<=(?<!\p{L})(?:tra|fra)\s+le\s+\d{1,2}(?:[:.]\d{2})?\s+e\s+le)) \s+
        (?: (?P<hour>\d{1,2}) (?:[:.h](?P<minute>\d{2}))? \s? (?:horas?\b|h(?![\p{L}\p{N}]))
          | (?:ore\s+)? (?P<hour>\d{1,2}) [:.h] (?P<minute>\d{2})
          | ore\s+ (?P<hour>\d{1,2})
          | (?P<hour>1[3-9]|2[0-3]) ) (?!\p{N}|[.,]\p{N})
        # and the minutes after `e` (alle 20 e 30, às 20 horas e 30 minutos), not a count (e 30 persone)
        (?:\s+e\s+(?P<minute>[0-5]\d)(?:\s+minut[oi]s?(?!\p{L})|(?=\s*(?:[^\s\p{L}\p{N}]|$))))?
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# What tells a text in lower case may have one: one of the words (`_TIME_WORD_HINT`), then one
# beside a digit. The standard library's engine tells it in a fraction of the pattern's time.
_CLOCK_WORDS = frozenset({"eure", "hora", "uur", "alle", "delle", "às", "las", "ra le"})
_CLOCK_WORD_HINT = re.compile(r"\d\s?(?:heure|hora|uur)|(?:alle|delle|às|las|ra\s+le)\s+(?:ore\s+)?\d")
# The first hour of a range that ends on a clock word: zwischen 9 und 17 Uhr, de 9 (heures) à
# 17 heures, de 9 a 17 horas, van 9 tot 17 uur (read in what comes before the second).
_RANGE_START_BEFORE = lazy_compile(
    r"(?<![\p{N}.,:])(?P<time>(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?:\s?(?:heures?|horas?|uur))?)"
    r"(?:\s*[-–]\s*|\s+(?:bis|und|à|et|a|y|e|tot|en)\s+)(?:(?:las|as)\s+)?$",
    regex.IGNORECASE,
)
# The same after the range's opening article, where the second hour has its own: de las 9 a las
# 17 horas, entre las 9 y las 17 horas, das 9 às 17 horas (the second read with its article).
_RANGE_START_WITH_ITS_ARTICLE = lazy_compile(
    r"(?<!\p{L})(?:(?:de|desde|entre)\s+las|das|entre\s+as)\s+"
    r"(?P<time>(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?:\s?(?:horas?|h(?!\p{L})))?)\s+$",
    regex.IGNORECASE,
)
# The first hour of a range before a time with its part of the day: from 9 to 5 p.m., between
# 10 and 11 p.m. (read by `_first_hour_on_the_clock_of`).
_RANGE_START_BEFORE_ITS_PART_OF_DAY = lazy_compile(
    r"(?<!\p{L})(?:from|between)\s+(?P<time>(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?)\s*(?:[-–]|(?:to|and|until|till)(?!\p{L}))\s*$",
    regex.IGNORECASE,
)
# A unit of measure after a number, which makes a range of them no range of hours (from 9 to 5
# km, von 9 bis 17 km, de 9 a 17 kilómetros): its symbol, or its name in a language the ranges
# are read in (Kilometer, capitalised, is a German noun anyway).
_MEASURE_AFTER = (
    r"\s?(?-i:k?m|[cm]m|k?g|t|m?l|ha|mph|mi|ft|lb|[kMG]Wh?|km/h)(?![\p{L}\p{N}])"
    r"|\s+(?:(?:kilo|centi|milli)?(?:m[eè]t(?:re|er|ro)[sn]?|gram(?:me|o|a)?s?|lit(?:re|er|ro)s?)|kilos?|miles?|millas?"
    r"|tonnes?|tons?|toneladas?|feet|foot|inch(?:es)?|pounds?|hectares?|hectáreas?|acres?|knots?|nudos?|nœuds?)(?!\p{L})"
)
# A range of hours without a.m. or p.m., in digits or words: from 9 to 5, from nine to five
# (whose second hour, below its first, is the afternoon's; not before a unit: from 9 to 5 km).
_ENGLISH_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_RANGE_WITHOUT_PART_OF_DAY = lazy_compile(
    rf"(?<!\p{{L}})from\s+(?P<first>\d{{1,2}}|{_ENGLISH_HOURS})\s+(?:to|until|till)\s+(?P<hour>\d{{1,2}}|{_ENGLISH_HOURS})"
    rf"(?!\p{{N}}|[.,:]\p{{N}}|\p{{L}}|{_MEASURE_AFTER})",
    regex.IGNORECASE,
)
# The same on a 24-hour clock without the clock's word, after the word that opens it: de 9 a 17,
# von 9 bis 17 (not a range of a share or a temperature: von 9 bis 17 Prozent, de 9 a 17 grados;
# of a measure: von 9 bis 17 km; nor of what it counts: von 6 bis 14 Jahren, de 6 à 14 ans, de 8
# a 16 jugadores, a German noun, a French, Spanish or Portuguese plural one, de 9 a 17 euros,
# but the days of the week it is open on: de 9 a 17 lunes y martes, von 9 bis 17 montags).
# `_RANGE_IN_DIGITS_HINT` tells a text may have one.
_RANGE_INTO_THE_AFTERNOON_IN_DIGITS = lazy_compile(
    r"(?<!\p{L})(?:von|de|desde|van|das)\s+(?P<first>\d{1,2})\s+(?:bis|a|à|às|tot)\s+(?P<hour>1[3-9]|2[0-3])"
    r"(?!\p{N}|[.,:]\p{N}|\s?[%‰°]|\s+(?:por|pour|per|Prozent|procent|Grad|grados|gradi|graus|degrés|graden"
    r"|ans|années|años|anos|jaar|jugadores|joueurs|jogadores|spelers|personas|personnes|pessoas|personen|mensen)(?!\p{L})"
    rf"|\s+(?-i:(?!Uhr(?!\p{{L}}))\p{{Lu}}\p{{Ll}})|{_MEASURE_AFTER}"
    r"|(?!\s+(?:lunes|martes|miércoles|jueves|viernes|sábados|domingos|todos|todas|lundis|mardis|mercredis|jeudis|vendredis"
    r"|samedis|dimanches|segundas|terças|quartas|quintas|sextas|montags|dienstags|mittwochs|donnerstags|freitags"
    r"|samstags|sonntags|werktags|wochentags)(?!\p{L}))" + _COUNTS_A_NOUN + ")",
    regex.IGNORECASE,
)
_RANGE_IN_DIGITS_HINT = re.compile(r"\d\s+(?:bis|a|à|às|tot)\s+(?:1[3-9]|2[0-3])(?!\d)")
_RANGE_END_WITH_ITS_ARTICLE = lazy_compile(r"(?:a|y|hasta)\s+las\s|às\s", regex.IGNORECASE)
# What joins the two hours of a range, or starts the second (alle ore 17): a dash, `to`, bis,
# à, a, y, e, tot, alle, às, から, 至, 到.
_RANGE_JOINER = lazy_compile(r"(?:[-–~～]|(?:to|until|till|bis|à|a|y|e|tot|alle|às)(?!\p{L})|から|至|到)", regex.IGNORECASE)
_RANGE_REACH = 30  # characters before the second hour in which the first is read
_SPACE_GROUPS = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin space group digits anywhere (SI)
# A plain space groups the digits of a number of five digits or more in any locale (12 500, as
# German DIN 5008 has it); in a shorter one only where CLDR says so (1 200 in French), as
# elsewhere it may stand between two numbers.
# Not before a hyphen or a Latin letter: `the 10 100-metre finalists` are ten.
_SPACE_GROUPED = r"(?:\p{Nd}{2,3}(?: \p{Nd}{3})+|\p{Nd}(?: \p{Nd}{3}){2,})(?![\p{Nd}\p{Latin}‐-])"
# A decade, by its first year or the two last digits of its years: the 1990s, the '90s, German
# 90er (die 90er-Jahre, in den 90ern), Danish 90'erne, Japanese and Chinese 90年代, Russian 90-х,
# French les années 90, Spanish los años 90, Polish lata 70. (w latach 70.). Only a decade pairs with a decade: a year is a year.
_DECADE = lazy_compile(
    r"(?<=(?<!\p{L})(?:années|años|anni|anos|lat|lata|latach|latami)\s)(?:\p{Nd}{2})?\p{Nd}0(?!\p{Nd})|(?:\p{Nd}{2})?\p{Nd}0(?:['’]?s(?!\p{L})|['’]?er|年代|-[хе])"
)
_GROUP_SEPARATORS = lazy_compile(rf"[ {_SPACE_GROUPS}'’]")


def changed_numbers(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The numbers and times of the source the translation lost or changed (`numbers`), those
    it writes the source language's way (`number-format`, or `numbers` where the target reads
    them as another number) or in another notation (`time-format`), and those it adds
    (`number-added`, or with what is missing in `numbers`). Each is found again in the
    translation however it writes it: in its locale's digits and separators, in words, kanji or
    Roman numerals, on another scale, or said another way (a share, a span of time)."""
    if not (_DIGIT_RUN.search(msgid) or _DIGIT_RUN.search(msgstr) or _source_hours_in_words(msgid, source.language)
            or _names_noon_or_midnight(msgid)):
        return []  # most sentences: nothing to compare, decided without parsing
    msgid, msgstr, date_issues = _without_paired_dates(msgid, msgstr, source, target)
    msgid, msgstr = _without_paired_race_times(msgid, msgstr)
    in_source = _source_numbers_and_times(msgid, source)
    source_spans = _spans_of_months(prose_of(msgid)) if target.language in _KANJI_LANGUAGES and "月" in msgstr else frozenset()
    in_target = _numbers_and_times(prose_of(msgstr), target, source_spans=source_spans)
    if in_source.times == in_target.times and _keys(in_source.numbers) == _keys(in_target.numbers):
        return date_issues  # the same times and amounts in the same order: every one pairs with its twin
    source_months, target_months = _months_named(msgid, source), _months_named(msgstr, target)
    if source_months or target_months:
        in_source = _source_numbers_and_times(msgid, source, target_months)
        # Where the source names a month, one the translation writes in digits (4月3日, 7～9月)
        # is the month check's to compare with it, whichever month it is: no number besides.
        written = frozenset(month.number for month in _months_in_digits(msgstr)) if source_months else frozenset()
        in_target = _numbers_and_times(prose_of(msgstr), target, source_months | written)
    source_numbers, target_numbers = list(in_source.numbers), list(in_target.numbers)
    # Times first: what they match is taken out of the numbers that are left to compare.
    # Read only for a source's hour on the 12-hour clock, which it may have made the morning's
    # (8 p.m. → alle 8) or made so as it is (9 a.m. → alle 9).
    bare_morning_hours = (
        _bare_morning_hours(prose_of(msgstr), target)
        if any(_written_on_a_12_hour_clock(time) or _a_morning_hour_on_a_12_hour_clock(time) for time in in_source.times)
        else frozenset()
    )
    time_issues, missing, added, range_hours = _match_times(
        in_source.times, in_target.times, source_numbers, target_numbers, bare_morning_hours
    )
    time_issues = date_issues + time_issues
    if missing and added:
        for was, said in _times_in_another_zone(missing, added, msgid, msgstr):
            missing.remove(was)
            added.remove(said)
    # `Half as many` → `2 fois moins`, `в 2 раза меньше`: the 2 of a comparison by half is the
    # source's half, no number to pair with the source's.
    for _ in range(_halves_as_in_digits(msgid, msgstr, source, target)):
        if (two := next((number for number in target_numbers if number.value == 2), None)) is not None:
            target_numbers.remove(two)
    # `tripled` → `3倍`, `multipliés par 3`, `3 fois plus`: the digits of a multiple by the
    # source verb's factor are the verb's, no number besides.
    for written in _factors_in_digits(msgid, msgstr, source, target):
        if (factor := next((number for number in target_numbers if number.value == written), None)) is not None:
            target_numbers.remove(factor)
    # `$80 a barrel` → `1バレル80ドル`, `per share` → `1株当たり`: the one unit of a rate, which
    # the source says with its article or `per`.
    for _ in range(_units_of_a_rate_as_one(msgid, msgstr, source, target)):
        if (one := next((number for number in target_numbers if number.value == 1), None)) is not None:
            target_numbers.remove(one)
    number_issues, missing_numbers, added_numbers = _match_numbers(source_numbers, target_numbers, source, target)
    # `Q2` → `第2四半期`, `4～6月期`: the number of a quarter both name is the quarter's.
    if added_numbers and (quarters := _source_quarters(msgid, source.language)):
        for quarter in quarters.keys() & _quarters(prose_of(msgstr), target.language).keys():
            if (twin := _text_of(quarter, added_numbers, target)) is not None:
                added_numbers.remove(twin)
    target_prose = prose_of(msgstr)
    if missing_numbers and any(number.scaled is not None for number in in_source.numbers):
        missing_numbers, said_on_a_scale, target_prose = _amounts_said_in_words(missing_numbers, in_source.numbers, target_prose, target)
        number_issues += said_on_a_scale
    # An hour said in words is the time's, no number besides (a las siete de la tarde).
    in_words = _number_words(_hours_in_words_in_digits(msgid, source.language), source.language)
    # `three hours away` → `à 3 heures de route`: an hour the source says in words is a count.
    added = _not_in_words(added, in_words, target, _hour_alone) if added and in_words else added
    decades = frozenset(int(number.value) for number in in_source.numbers if number.decade and number.value is not None)
    # What the translation writes without digits, read only when something is left unpaired.
    written_out = (_written_out(_hours_in_words_in_digits(target_prose, target.language), target, decades,
                                _centuries_said(msgid, decades))
                   if missing_numbers or range_hours or (added_numbers and in_words) else Counter())
    # `from 9 to 5` → `von neun bis fünf`: the hours of the range in words, without the clock's word.
    missing += _not_in_words(range_hours, written_out, source)
    if missing_numbers:
        # `5 plants` → `fünf Werke`, `the 20th century` → `le XXe siècle`; a word that writes one
        # the source writes in words stands for that one (`Three and 3` → `Drei und`).
        words_left = written_out - in_words
        missing_numbers = _not_in_words(missing_numbers, words_left, source)
        # `1 1/2 metres` → `eineinhalb Meter`, `metro y medio`, `полтора метра`: a number and a half said in words.
        if missing_numbers and (halves := _halves_in_words(prose_of(msgstr), target.language)):
            missing_numbers = [text for text in missing_numbers if _reported_value(text, source) not in halves]
        # `1 in 4 households` → `jeder vierte Haushalt`, `uno de cada cuatro`: the one of a
        # proportion goes without saying; its other number does not.
        for _ in range(len(_ONE_IN.findall(msgid))):
            if "1" in missing_numbers:
                missing_numbers.remove("1")
        # `Flight BA 2490` → `BA2490便`, `737 MAX 9` → `737MAX9`: a code the translation writes
        # as one word, whose digits are no number there.
        for letters, digits in _SPACED_CODE.findall(msgid):
            if digits in missing_numbers and regex.search(rf"(?<!\p{{Latin}}){letters}{digits}(?!\p{{N}})", msgstr):
                missing_numbers.remove(digits)
        # `the 27 EU countries` → `EU27カ国`, `欧盟27国`: a count of countries joined to the name
        # of their union, as Japanese and Chinese write it (no number after a letter otherwise).
        for digits in _COUNT_AFTER_A_NAME.findall(msgstr) if target.language in _KANJI_LANGUAGES else ():
            if digits in missing_numbers:
                missing_numbers.remove(digits)
        # `50 basis points` → `einen halben Prozentpunkt`, `un quart de point`: basis points said
        # as the fraction of a point they are.
        for points in _basis_points_said_as_a_fraction(msgid, msgstr, source, target):
            missing_numbers = _without_values(missing_numbers, [points], source)
        # `In 2024-25` → `2024年度`: a Japanese fiscal year, named by the year it starts in, runs into the next.
        for year in _FISCAL_YEAR.findall(msgstr) if "年度" in msgstr else ():
            following = str(int(year) + 1)
            if following in missing_numbers and regex.search(rf"{year}\s?[-–/]\s?(?:{following}|{following[2:]})(?!\p{{N}})", msgid):
                missing_numbers.remove(following)
        # `a 0-0 draw` → `empate a cero`, `igualaron a uno`: a draw said by its one number.
        for said in _DRAW_AT.findall(msgstr) if any(hint in msgstr for hint in _DRAW_HINTS) else ():
            tied = str(_NUMBER_WORDS.get(target.language, {}).get(said.lower(), said))
            if (tied, tied) in _TALLY.findall(msgid):
                for _ in range(2):
                    if tied in missing_numbers:
                        missing_numbers.remove(tied)
        # `in the 2nd half` → `下半场`, `後半`: the half the translation names says its number.
        for half, written in _source_period_halves(msgid, source.language).items():
            if str(half) in missing_numbers and _DIGIT_RUN.search(written) and half in _period_halves(prose_of(msgstr), target.language):
                missing_numbers.remove(str(half))
        # `the 89th minute` → `後半44分`: a match minute counted from the start of the second half.
        if "後半" in msgstr or "下半" in msgstr:
            for minute in _SECOND_HALF_MINUTE.findall(msgstr):
                if str(45 + int(minute)) in missing_numbers and (twin := _text_of(int(minute), added_numbers, target)):
                    missing_numbers.remove(str(45 + int(minute)))
                    added_numbers.remove(twin)
        # `4x100m` → `400メートルリレー`: a relay by the distance its legs add up to.
        if "x" in msgid or "×" in msgid:
            for legs, leg in _RELAY.findall(msgid):
                if legs in missing_numbers and (twin := _text_of(int(legs) * int(leg), added_numbers, target)):
                    missing_numbers.remove(legs)
                    added_numbers.remove(twin)
        # `Jan. 1` → `الأول من يناير`, `1 April` → `il primo aprile`: the first of a month said in words.
        if "1" in missing_numbers and target_months and (first_of_month := _FIRST_OF_MONTH.get(target.language)) is not None:
            if any(_month_names(target).get(month.casefold()) for month in first_of_month.findall(msgstr)):
                missing_numbers.remove("1")
        # `1 minute` → `دقيقة`: an Arabic noun in the singular says one by itself.
        if "1" in missing_numbers and target.language == "ar":
            for counted in _ONE_OF_A_UNIT.findall(msgid):
                if regex.search(rf"(?<!\p{{L}})[وب]?(?:{_ARABIC_SINGULARS[counted.lower()]})[اً]*(?!\p{{L}})", msgstr):
                    missing_numbers.remove("1")
                    break
        # `1 person` → `Eine Person`, `один человек`, `一人`; `1 million` → `eine Million`: a one the
        # number words leave out, as it is also an article. Not where the translation has a count
        # of its own, in digits or in words (`Zwei Personen starben bei einem Brand`; the thousand
        # of `mil millones` is a billion's).
        if "1" in missing_numbers and not added_numbers and not words_left.keys() - _SCALES:
            missing_numbers, said_by_an_article = _ones_said_in_words(missing_numbers, in_source.numbers, msgid, msgstr, source, target)
            number_issues += said_by_an_article
        # `2 ships` → `سفينتان`, `2 days` → `יומיים`: a noun in the dual says two by itself.
        # A million or a billion in the dual (ملياري دولار) says the source's 2 of as many.
        if "2" in missing_numbers and target.language in _DUAL:
            twos = _duals(prose_of(msgstr), target.language)
            amounts = _dual_amounts(prose_of(msgstr)) if target.language == "ar" else Counter()
            for number in in_source.numbers:
                if number.value == 2 and number.scaled is not None and amounts[number.scaled] > 0:
                    amounts[number.scaled] -= 1
                    twos += 1
            for _ in range(twos):
                if "2" in missing_numbers:
                    missing_numbers.remove("2")
        # `100F (38C)` → `38 Grad`: a metric newsroom keeps the metric figure the source gives beside.
        if converted := _converted_figures(msgid):
            missing_numbers = [text for text in missing_numbers if _reported_value(text, source) not in converted]
    # `Seven in 10` → `70 Prozent`, `七成`, `十分之七`; `1 in 4` → `ein Viertel`; `up a fifth` →
    # `2割`: a share of the source said another way is the same figure. `18 months` →
    # `anderthalb Jahre`, `1年半`; `6 months` → `半年`; `2 years` → `24 Monate`: so is a span of time.
    # (Read only when a figure is left unpaired: those it pairs cannot change what is reported.)
    unpaired = bool(missing_numbers or added_numbers)
    spans = _spans_compared(msgid, msgstr, source, target) if unpaired else _NO_SPANS
    said_another_way = [*_shares_said(msgid, msgstr, source, target), *spans.said, *_measures_converted(msgid, msgstr, source, target)
                        ] if unpaired else []
    for was, said in said_another_way:
        if _all_among(said.digits, added_numbers, target):  # figures of its own, not paired with the source's
            added_numbers = _without_values(added_numbers, said.digits, target)
            missing_numbers = _without_values(missing_numbers, was.digits, source)
    # `85 cents` → `0,85 Dollar`, `jumped 150%` → `2.5倍`: an amount in the currency for its
    # hundredths, a percentage as the multiple it makes.
    converted = [*_cents_in_the_currency(msgid, msgstr, source, target), *_percentages_as_multiples(msgid, msgstr, source, target)]
    for was_value, said_value in converted if unpaired else ():
        if _all_among([said_value], added_numbers, target):
            added_numbers = _without_values(added_numbers, [said_value], target)
            missing_numbers = _without_values(missing_numbers, [was_value], source)
    missing += missing_numbers
    of_dozens: set[int] = set()  # the counts of dozens reported missing (the two of two dozen)
    if added_numbers and (dozens := _source_dozens_counted(msgid, source.language)):
        # `Two dozen protesters` → `24 manifestantes`: the count the dozens make, in digits.
        unmatched = Counter(dozens)
        added_numbers = _not_in_words(added_numbers, unmatched, target)
        # `Half a dozen ministers` → `8 ministres`, `Two dozen` → `20`: another count in their place.
        if unmatched.total() and any(_reported_value(text, target) in _COUNTS_CHANGED_IN_WORDS for text in added_numbers):
            said = {int(12 * count): (count, words) for count, words in _source_dozens(msgid, source.language).items()}
            for count in sorted(unmatched.elements()):
                dozens_of, words = said.get(count, (Fraction(0), str(count)))
                missing.append(words)
                of_dozens.add(int(dozens_of))
    added_figures = _not_in_words(added_numbers, in_words, target)
    added += added_figures
    # `Three people died` → `7 Menschen starben`: a count the source writes in words became
    # another count. Not one the translation writes in words too (閣僚の一人), nor one and
    # first, which a translation rephrases freely (`one of the worst in a decade` → `seit 10
    # Jahren`), nor for a figure that is no count (`one in five` → `20 %`): those only warn.
    changed = Counter({
        value: count for value, count in (in_words - written_out).items() if value in _COUNTS_IN_WORDS and value not in of_dozens
    })
    counts = sorted(changed) if changed and any(_reported_value(text, target) in _COUNTS_IN_WORDS for text in added) else []
    missing += [f"the number {value} the source writes in words" for value in counts]
    # `a year and a half` → `12 Monate`, `half an hour` → `40 Minuten`: a span of time the
    # source says in words became another (one whose count is reported above, once).
    if added_figures and spans.unsaid:
        changed_spans = _spans_changed(spans, added_figures, msgid, msgstr, source, target)
        missing += [span.words for span in changed_spans if not span.numbers or not set(span.numbers) <= set(counts)]
    if not missing:
        # Only added: a date, a count the source writes in words (`each day` → 1日あたり).
        return time_issues + number_issues + ([Issue("number-added", f"not in the source: {', '.join(added)}")] if added else [])
    parts = [f"missing {', '.join(missing)}"] + ([f"not in the source: {', '.join(added)}"] if added else [])
    return time_issues + number_issues + [Issue("numbers", "; ".join(parts))]


# A code of capitals and digits with a space between (BA 2490, MAX 9, ICE 123).
_COUNT_AFTER_A_NAME = lazy_compile(r"(?<=\p{Lu})(\p{Nd}+)(?=\s?(?:[カかヶケ]国|个?国|國))")
_SPACED_CODE = lazy_compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{Nd}]{1,2})[ \u00a0](\p{Nd}+)(?![\p{N}\p{L}]|[.,]\p{Nd})")
# A Japanese fiscal year by the year it starts in: 2024年度.
_FISCAL_YEAR = lazy_compile(r"(?<!\p{N})(\p{Nd}{4})年度")
# A minute of a match's second half, as Japanese and Chinese count it: 後半44分, 下半场第44分钟.
_SECOND_HALF_MINUTE = lazy_compile(r"(?:後半|下半场|下半場)第?(\p{Nd}{1,2})分")
# A relay by its legs: 4x100m, 4 × 400 m.
_RELAY = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}) ?[x×] ?(\p{Nd}{2,3})(?!\p{N})")
# The first of a month in words, before the month's name, by language: الأول من يناير, il
# primo aprile, le premier avril, el primero de abril, em primeiro de abril, am ersten April,
# первого апреля.
_FIRST_OF_MONTH: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{first})\s+(\p{{L}}+)", regex.IGNORECASE)
    for language, first in {
        "ar": r"الأول\s+من(?:\s+شهر)?", "it": "primo", "fr": "premier", "es": r"primero\s+de", "pt": r"primeiro\s+de",
        "de": "erste[nr]?", "ru": "перво(?:го|е)",
    }.items()
}
# One of a unit the Arabic singular counts, and that singular (with its accusative ending, يوماً).
_ARABIC_SINGULARS: Final[Mapping[str, str]] = {
    "hour": "ساعة", "minute": "دقيقة", "day": "يوم", "week": "أسبوع", "month": "شهر", "year": "عام|سنة", "dollar": "دولار",
    "point": "نقطة", "goal": "هدف",
}
_ONE_OF_A_UNIT = lazy_compile(rf"(?<![\p{{N}}.,])1[ -]({'|'.join(_ARABIC_SINGULARS)})(?!\p{{L}})", regex.IGNORECASE)
# A noun in the dual, which says two by itself. Arabic puts any noun in the dual (-ān, -ayn, and
# -atān, -atayn after a feminine): سفينتان, وزيرين, with the article and a conjunction before
# (الطائرتين, وللبلدين). Without its vowels, a plural may read the same (بلدان, المتظاهرين),
# and so do other words: one of three letters or fewer before the ending is a shorter word (كان,
# بين, الذين, مكان), `_an_arabic_dual` tells the commonest others, and `_counted_plural` a
# plural a number counts (3 لاعبين), as a dual takes none. Hebrew has the dual for a
# few nouns of time (יומיים, שבועיים, שנתיים; with a prefix, בשנתיים).
_DUAL: Final[Mapping[str, str]] = {
    "ar": r"(?<![\p{L}\p{M}])(?>(?P<conjunction>[وف]?)(?:[بلك]?ال|لل)?)(?P<word>[ء-غف-ي]{3,}(?:ان|ين))\p{M}*(?![\p{L}\p{M}])",
    "he": r"(?<!\p{L})[בהוכלמש]{0,2}(?:יומ|שבוע|חודש|שנת|שעת|פעמ)יי?ם(?!\p{L})",
}
# Arabic words that end as a dual does and are none, without the article: places, months
# (نيسان, حزيران, تشرين), names, nouns in -ān, plurals.
_NOT_DUALS: Final[frozenset[str]] = frozenset(
    "لبنان إيران يابان سودان يونان بحرين فلبين أرجنتين أذربيجان طهران برلين بكين كرملين فلسطين تايوان فاتيكان بلقان "
    "نيسان حزيران تشرين رمضان شعبان طالبان إخوان عثمان سليمان عدنان برهان ياسين "
    "برلمان إنسان طيران سرطان فيضان بركان عدوان إعلان إيمان ميدان ضمان سلطان ديوان عنوان ميزان حيوان شيطان فقدان "
    "عصيان حرمان نسيان دوران سريان إسكان إدمان عمران نيران جيران شبان أركان أديان ألوان أحيان "
    "ملايين بلايين قوانين عناوين ميادين تمارين براكين بساتين آخرين".split()
)


# Nouns of a place or a thing that begin with م as participles do, whose -ين is the dual
# (مشروعين, مصنعين), not the plural of people that a participle's is (المفقودين).
_ARABIC_NOUNS_IN_M: Final[frozenset[str]] = frozenset(
    "مشروع مصنع مكتب مجلس مسجد مطار مركز منزل مصرف ملعب موقع مخيم منجم مفاعل متحف مختبر مستودع مقعد مؤتمر مبنى مستشفى".split()
)
# In the construct state, before the noun it governs, the Arabic dual has lost its ن (وزيرا
# الخارجية, رئيسي الوزراء): read only before a noun with the article or a currency, and not
# after a number, whose noun is in the accusative, also in ـا (20 شخصا). Not a word that
# only ends so: an adverb or a conjunction (أيضا, حوالي, عندما), a verb (قالوا, يجري), a
# word in the accusative before a time (أصدرت بيانا الخميس).
_ARABIC_CONSTRUCT_DUAL = lazy_compile(
    r"(?<![\p{L}\p{M}])(?<!\p{Nd}\s{0,2})(?P<conjunction>[وف]?[بل]?)(?P<word>(?!ال)[ء-غف-ي]{3,}[اي])(?![\p{L}\p{M}])"
    r"(?=\s+(?:ال(?!(?:خميس|جمعة|سبت|أحد|اثنين|ثلاثاء|أربعاء|يوم|ماضي|مقبل|حالي)(?!\p{L}))\p{L}|(?:دولار|يورو|جنيه|ريال|درهم|دينار|ليرة)(?!\p{L})))"
)
_NOT_CONSTRUCT_DUALS: Final[frozenset[str]] = frozenset(
    "أيضا حوالي حاليا تقريبا أخيرا مؤخرا سابقا لاحقا دائما غالبا فورا رسميا صباحا مساء ليلا نهارا ظهرا عندما بينما ربما كلما طالما "
    "إنما مهما".split()
)
# Two millions or two billions in the dual, with or without its ن (ملياري دولار, مليونين): the amount they say.
_ARABIC_DUAL_SCALES = lazy_compile(r"(?<![\p{L}\p{M}])[وفبل]{0,2}(?P<scale>مليون|مليار)(?:ان|ين|ا|ي)(?![\p{L}\p{M}])")
_SCALE_OF = {"مليون": 10**6, "مليار": 10**9}


@functools.lru_cache(maxsize=4)
def _dual_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(_DUAL[language])


def _duals(text: str, language: str) -> int:
    """How many nouns in the dual `text` has (one of `_DUAL`'s languages), in Arabic also in
    the construct state (وزيرا الخارجية). Asked only for a two the source says, which a
    plural that reads as a dual (لاعبين) may then be; not one a number counts (3 لاعبين,
    ثلاثة لاعبين), nor a million or a billion: `_dual_amounts` tells what those say."""
    matches = _dual_pattern(language).finditer(text)
    if language != "ar":
        return sum(1 for _ in matches)
    construct = _ARABIC_CONSTRUCT_DUAL.finditer(text) if "ا " in text or "ي " in text else ()
    duals = [match for match in matches if _an_arabic_dual(match)] + [match for match in construct if _in_construct_state(match)]
    return sum(1 for match in duals if not _counted_plural(text, match.start()))


def _dual_amounts(text: str) -> Counter[Decimal]:
    """The amounts an Arabic `text` says by a million or a billion in the dual: 2000000000 for ملياري دولار."""
    if "مليون" not in text and "مليار" not in text:
        return Counter()
    return Counter(Decimal(2 * _SCALE_OF[match.group("scale")]) for match in _ARABIC_DUAL_SCALES.finditer(text))


def _in_construct_state(match: regex.Match[str]) -> bool:
    """Whether a word `_ARABIC_CONSTRUCT_DUAL` finds is a noun in the dual, as far as its letters tell."""
    word = match.group("word")
    forms = (match.group(), word)
    if word.endswith(("وا", "ما")) or word.startswith(("ي", "ت")) and word.endswith("ي") or word[:-1] in _SCALE_OF:
        return False  # a verb (قالوا, يجري), a conjunction (عندما); a million or a billion is `_dual_amounts`'
    return not any(form in _NOT_CONSTRUCT_DUALS or form in _NUMBER_WORDS["ar"] for form in forms)


# What counts the Arabic word after it, which is then a plural, as a dual takes no count: a
# number (3 لاعبين, ثلاثة لاعبين; أحد اللاعبين, one of the players) or a word of quantity
# (عدد, عدة, بضعة, عشرات: a number, several, a few, dozens), with من (of) between or not (3 من لاعبي الفريق).
# Not two, nor Monday (أصيب يوم الاثنين لاعبين: two players were hurt on Monday), nor every
# (كل يومين: every two days).
_ARABIC_COUNT_BEFORE = lazy_compile(r"(?:\p{Nd}|(?<![\p{L}\p{M}])(?P<word>\p{L}+))\p{M}*\s+(?:من\s+)?$")
_ARABIC_QUANTITIES: Final[frozenset[str]] = frozenset("عدد عدة بضعة بضع عشرات مئات آلاف ملايين بعض معظم أغلب".split())


def _counted_plural(text: str, start: int) -> bool:
    """Whether a number or a word of quantity counts the Arabic word at `start` of `text`: a
    plural then, whose -ين or -ي reads as a dual's (3 لاعبين: three players)."""
    before = _ARABIC_COUNT_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word")
    return word is None or word in _ARABIC_QUANTITIES or _NUMBER_WORDS["ar"].get(word, 2) != 2


def _an_arabic_dual(match: regex.Match[str]) -> bool:
    """Whether a word `_DUAL` finds in Arabic is a noun in the dual, as far as its letters tell."""
    word = match.group("word")
    if word.endswith("ستان") or len(word) == 5 and word.startswith("ت") and word.endswith("ين"):
        return False  # a country (باكستان), a masdar (تحسين)
    if word.startswith("م") and word.endswith("ين") and not word.endswith("تين") and word[:-2] not in _ARABIC_NOUNS_IN_M:
        return False  # a participle's plural, as news so often has them (المتظاهرين, المفقودين), more than its dual
    # A number in words (عشرين) or a weekday (الاثنين: Monday) is read as what it is.
    return not any(form in _NOT_DUALS or form in _NUMBER_WORDS["ar"] for form in (match.group(), word, match.group("conjunction") + word))


# A draw by its score's one number, as Spanish and Portuguese say it: empate a cero, empataron a
# dos, igualaron a uno, empate a zero.
_DRAW_AT = lazy_compile(r"(?<!\p{L})(?:empat|iguala)\p{L}*\s+(?:a|em)\s+(\p{L}+|\p{Nd}+)(?![\p{L}\p{N}])", regex.IGNORECASE)
_DRAW_HINTS = (*_in_any_case("mpat"), *_in_any_case("guala"))  # Empate, EMPATE
# The one of a proportion: 1 in 4, 1 out of 10 (not No. 1 in 12 countries, nor 1 in 2023).
_ONE_IN = lazy_compile(r"(?<![\p{N}.,#])(?<!No\.\s?)(?<!number\s)1 (?:in|out of) \p{N}{1,3}(?![\p{N},.])", regex.IGNORECASE)
# Numbers written in words, by language: a translation may write the source's words in
# digits (`scored twice` → 2得点) and the source's digits in words (`5 plants` → `fünf Werke`).
# One table per language, as a word of one is another's (French `dos` is a back, Spanish
# `once` eleven). The cardinals of each number come first, before `|` and its other forms:
# ordinals, multiples, both (third, twice, beide: `_BOTH`).
_GERMAN_ORDINAL_ENDINGS = ("e", "en", "er", "es", "em")
# Both of two, by language: two things a story has named, which a translation may say by the
# plural article alone (beide Parteien → les parties: `_BOTH_SAID_BY_THE_ARTICLE`).
_BOTH: Final[Mapping[str, str]] = {
    "en": "both", "de": "beide beiden", "nl": "beide beiden", "es": "ambos ambas", "it": "entrambi entrambe", "pt": "ambos ambas",
    "ru": "оба обе обоих обеих", "pl": "oba obie obaj obu", "he": "שניהם שתיהן",
}
_TO_TWELVE_FORMS: Final[Mapping[str, tuple[str, ...]]] = {
    "en": (
        "zero", "one | once first", f"two | twice second {_BOTH['en']}", "three | thrice third", "four | fourth", "five | fifth",
        "six | sixth", "seven | seventh", "eight | eighth", "nine | ninth", "ten | tenth", "eleven | eleventh", "twelve | twelfth",
    ),
    # German: the genitive of two and three (die Mutter zweier Kinder), and the ordinal's stem
    # alone for a group (zu dritt)
    "de": tuple(
        f"{cardinals} | {others} {ordinal} {' '.join(ordinal + ending for ending in _GERMAN_ORDINAL_ENDINGS)}"
        for cardinals, others, ordinal in (
            ("null", "", "nullt"), ("eins ein eine", "einmal", "erst"), ("zwei zweier", f"zweimal {_BOTH['de']}", "zweit"),
            ("drei dreier", "dreimal", "dritt"), ("vier", "viermal", "viert"), ("fünf", "fünfmal", "fünft"), ("sechs", "sechsmal", "sechst"),
            ("sieben", "siebenmal", "siebt"), ("acht", "achtmal", "acht"), ("neun", "neunmal", "neunt"), ("zehn", "zehnmal", "zehnt"),
            ("elf", "elfmal", "elft"), ("zwölf", "zwölfmal", "zwölft"),
        )
    ),
    # Dutch: een is also the article (a), één the number alone
    "nl": (
        "nul", "een één | eerste eenmaal", f"twee | tweede tweemaal {_BOTH['nl']}", "drie | derde driemaal", "vier | vierde viermaal",
        "vijf | vijfde", "zes | zesde", "zeven | zevende", "acht | achtste", "negen | negende", "tien | tiende", "elf | elfde",
        "twaalf | twaalfde",
    ),
    "fr": (
        "zéro", "un une | premier première", "deux | deuxième second seconde", "trois | troisième", "quatre | quatrième",
        "cinq | cinquième", "six | sixième", "sept | septième", "huit | huitième", "neuf | neuvième", "dix | dixième",
        "onze | onzième", "douze | douzième",
    ),
    "es": (
        "cero", "uno una un | primero primera primer", f"dos | segundo segunda {_BOTH['es']}", "tres | tercero tercera tercer",
        "cuatro | cuarto cuarta", "cinco | quinto quinta", "seis | sexto sexta", "siete | séptimo séptima",
        "ocho | octavo octava", "nueve | noveno novena", "diez | décimo décima", "once | undécimo undécima",
        "doce | duodécimo duodécima",
    ),
    "it": (
        "zero", "uno una un | primo prima", f"due | secondo seconda {_BOTH['it']}", "tre | terzo terza", "quattro | quarto quarta",
        "cinque | quinto quinta", "sei | sesto sesta", "sette | settimo settima", "otto | ottavo ottava", "nove | nono nona",
        "dieci | decimo decima", "undici | undicesimo undicesima", "dodici | dodicesimo dodicesima",
    ),
    "pt": (
        "zero", "um uma | primeiro primeira", f"dois duas | segundo segunda {_BOTH['pt']}", "três | terceiro terceira",
        "quatro | quarto quarta", "cinco | quinto quinta", "seis | sexto sexta", "sete | sétimo sétima", "oito | oitavo oitava",
        "nove | nono nona", "dez | décimo décima", "onze", "doze",
    ),
    # Russian and Polish: the cases a number takes, and the collective forms (трое, dwaj, troje
    # dzieci), and a group by its number (вдвоём, втроём).
    "ru": (
        "ноль", "один одна одно одного одной | первый первая первое первого первой",
        f"два две двух двум двумя двое | {_BOTH['ru']} дважды вдвоём вдвоем",
        "три трёх трех трём трем тремя трое | трижды третий втроём втроем",
        "четыре четырёх четырех четырём четырем четырьмя четверо | четвёртый четвертый четвёртая четвертая вчетвером",
        "пять пяти пятью пятеро | пятый пятая впятером", "шесть шести шестью шестеро | шестой шестая вшестером",
        "семь семи семью семеро | седьмой седьмая всемером", "восемь восьми восемью | восьмой восьмая",
        "девять девяти девятью | девятый девятая", "десять десяти десятью | десятый десятая",
        "одиннадцать одиннадцати одиннадцатью | одиннадцатый", "двенадцать двенадцати двенадцатью | двенадцатый",
    ),
    "pl": (
        "zero", "jeden jedna jedno | pierwszy pierwsza pierwsze",
        f"dwa dwie dwóch dwoma dwiema dwaj dwoje dwojga dwojgu dwojgiem | {_BOTH['pl']} drugi druga drugie",
        "trzy trzech trzema trzej troje trojga trojgu trojgiem | trzeci trzecia trzecie",
        "cztery czterech czterema czterej czworo czworga czworgu czworgiem | czwarty czwarta czwarte",
        "pięć pięciu pięcioma pięcioro pięciorga | piąty piąta", "sześć sześciu sześcioma sześcioro sześciorga | szósty szósta",
        "siedem siedmiu siedmioma siedmioro siedmiorga | siódmy siódma", "osiem ośmiu ośmioma ośmioro ośmiorga | ósmy ósma",
        "dziewięć dziewięciu dziewięcioma dziewięcioro dziewięciorga | dziewiąty dziewiąta",
        "dziesięć dziesięciu dziesięcioma dziesięcioro dziesięciorga | dziesiąty dziesiąta",
        "jedenaście jedenastu jedenastoma | jedenasty", "dwanaście dwunastu dwunastoma | dwunasty",
    ),
    # Arabic: the masculine and feminine forms, with and without the article (الثالثة, الدول الثلاث).
    "ar": (
        "صفر", "واحد واحدة | الأول الأولى أحد إحدى الحادي الحادية",
        # اثنا and اثني only before عشر: اثنا عشر is twelve
        "اثنان اثنين اثنتان اثنتين | الاثنين الثاني الثانية اثنا اثني اثنتا اثنتي الاثنا الاثني الاثنتا الاثنتي",
        "ثلاثة ثلاث الثلاثة الثلاث | الثالث الثالثة",
        "أربعة أربع الأربعة الأربع | الرابع الرابعة", "خمسة خمس الخمسة الخمس | الخامس الخامسة", "ستة ست الستة الست | السادس السادسة",
        "سبعة سبع السبعة السبع | السابع السابعة", "ثمانية ثماني الثمانية الثماني | الثامن الثامنة",
        "تسعة تسع التسعة التسع | التاسع التاسعة", "عشرة عشر العشرة العشر | العاشر العاشرة", "", "",
    ),
    # Hebrew: the masculine, the feminine and the construct (שלושה, שלוש, שלושת שרים; שני, שתי
    # ספינות), both of them (שניהם, שתיהן), and the ordinals, masculine and feminine (השלישי,
    # השלישית; שני is also the second). Not שנים, which is far more often years than two, nor
    # שנייה, עשירי or עשירית but after ה (השנייה, העשירי): alone, they are more often a second
    # of time, the rich of, a tenth.
    "he": (
        "אפס", "אחד אחת | ראשון ראשונה", f"שניים שתיים שתים שני שתי | {_BOTH['he']} השנייה השניה",
        "שלושה שלוש שלושת | שלישי שלישית", "ארבעה ארבע ארבעת | רביעי רביעית", "חמישה חמש חמשת | חמישי חמישית",
        "שישה ששה שש ששת | שישי שישית", "שבעה שבע שבעת | שביעי שביעית", "שמונה שמונת | שמיני שמינית",
        "תשעה תשע תשעת | תשיעי תשיעית", "עשרה עשר עשרת | העשירי העשירית", "", "",
    ),
}
_TO_TWELVE: Final[Mapping[str, Mapping[str, int]]] = {
    language: {word: number for number, words in enumerate(numbers) for word in words.replace("|", " ").split()}
    for language, numbers in _TO_TWELVE_FORMS.items()
}
# The cardinals from two to twelve, which count something (three ministers, trois ministres).
_CARDINALS: Final[Mapping[str, Mapping[str, int]]] = {
    language: {word: number for number, words in enumerate(numbers) if number >= 2 for word in words.partition("|")[0].split()}
    for language, numbers in _TO_TWELVE_FORMS.items()
}


def _numbers_from_thirteen() -> dict[str, dict[str, int]]:
    """Numbers from thirteen up in words, by language: the teens, the tens, a hundred and a
    thousand, their ordinals in the forms a sentence gives them, and the compounds written as
    one word (einundzwanzig, veintidós, trentadue). `_words_and_numbers` adds up the words of
    one number (twenty-one, vingt et un, ثلاثة آلاف). A million is left out: it is a scale, as
    after digits (drei Millionen is the 3 of 3 million)."""
    tables: dict[str, dict[str, int]] = {}

    def add(language: str, value: int, *forms: str) -> None:
        tables.setdefault(language, {}).update(dict.fromkeys(" ".join(forms).split(), value))

    def each(stems: str, endings: str) -> str:
        return " ".join(stem + ending for stem in stems.split() for ending in endings.split())

    teens, tens = range(13, 20), range(20, 100, 10)
    units = range(1, 10)
    # English: the ordinals of the tens end in -ieth (twentieth)
    for value, word in zip(teens, "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()):
        add("en", value, word, word + "th")
    for value, word in zip(tens, "twenty thirty forty fifty sixty seventy eighty ninety".split()):
        add("en", value, word, word[:-1] + "ieth")
    add("en", 100, "hundred hundredth")
    add("en", 1000, "thousand thousandth")
    # German: the ordinal endings of the case and gender
    german_endings = " ".join(_GERMAN_ORDINAL_ENDINGS)
    german_units = "ein zwei drei vier fünf sechs sieben acht neun".split()
    for value, word in zip(teens, "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()):
        add("de", value, word, each(word + "t", german_endings))
    for value, word in zip(tens, "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()):
        add("de", value, word, each(word + "st", german_endings))
        for unit, unit_word in zip(units, german_units):
            add("de", value + unit, unit_word + "und" + word, each(unit_word + "und" + word + "st", german_endings))
    add("de", 100, "hundert einhundert", each("hundertst", german_endings))
    add("de", 1000, "tausend eintausend", each("tausendst", german_endings))
    # Dutch: the units before the tens, in one word (eenentwintig, tweeëntwintig); the ordinals
    # end in -de after the teens and in -ste after the tens
    for value, word in zip(teens, "dertien veertien vijftien zestien zeventien achttien negentien".split()):
        add("nl", value, word, word + "de")
    for value, word in zip(tens, "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()):
        add("nl", value, word, word + "ste")
        for unit, unit_word in zip(units, "een twee drie vier vijf zes zeven acht negen".split()):
            compound = unit_word + ("ën" if unit_word.endswith("e") else "en") + word
            add("nl", value + unit, compound, compound + "ste")
    add("nl", 100, "honderd honderdste")
    add("nl", 1000, "duizend duizendste")
    # French: 70, 80 and 90 count in twenties (soixante-dix, quatre-vingts, quatre-vingt-dix)
    french = ("treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
              + "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix".split())
    def french_ordinal(word: str) -> str:  # neuf → neuvième, cinq → cinquième, onze → onzième
        return word[:-1] + "vième" if word.endswith("f") else word + "uième" if word.endswith("q") else word.rstrip("e") + "ième"

    for value, word in zip((*teens, *tens), french):
        add("fr", value, word, french_ordinal(word))
    add("fr", 80, "quatre-vingts")
    add("fr", 1, "unième")
    add("fr", 100, "cent cents centième")
    add("fr", 1000, "mille millième")
    # Spanish: twenty-one to twenty-nine are one word (veintidós)
    spanish_ordinals = ("decimotercer decimocuart decimoquint decimosext decimoséptim decimoctav decimonoven "
                        "vigésim trigésim cuadragésim quincuagésim sexagésim septuagésim octogésim nonagésim").split()
    spanish = "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"
    for value, word, ordinal in zip((*teens, *tens), spanish.split(), spanish_ordinals):
        add("es", value, word, each(ordinal, "o a os as"))
    add("es", 13, "decimotercer")
    for unit, word in zip(units, "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve".split()):
        add("es", 20 + unit, word)
    add("es", 21, "veintiún veintiuna")
    add("es", 100, "cien ciento", each("centésim", "o a"))
    add("es", 1000, "mil", each("milésim", "o a"))
    # Italian: the tens and units are one word (ventidue, trentotto), the ordinals end in -esimo
    def italian_ordinal(word: str) -> str:
        stem = word[:-1] + "e" if word.endswith("tré") else word if word.endswith("sei") else word[:-1]
        return each(stem + "esim", "o a i e")
    for value, word in zip(teens, "tredici quattordici quindici sedici diciassette diciotto diciannove".split()):
        add("it", value, word, italian_ordinal(word))
    for value, word in zip(tens, "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()):
        add("it", value, word, italian_ordinal(word))
        for unit, unit_word in zip(units, "uno due tré quattro cinque sei sette otto nove".split()):
            compound = (word[:-1] if unit_word[0] in "uo" else word) + unit_word
            add("it", value + unit, compound, italian_ordinal(compound), compound.replace("tré", "tre"))
    add("it", 100, "cento", italian_ordinal("cento"))
    add("it", 1000, "mille", italian_ordinal("mille"))
    # Portuguese: Brazil's spelling and Portugal's (dezesseis, dezasseis)
    portuguese = ("treze catorze quinze dezesseis dezessete dezoito dezenove".split()
                  + "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split())
    for value, word in zip((*teens, *tens), portuguese):
        add("pt", value, word)
    add("pt", 14, "quatorze")
    add("pt", 16, "dezasseis")
    add("pt", 17, "dezassete")
    add("pt", 19, "dezanove")
    for value, ordinal in zip(tens, "vigésim trigésim quadragésim quinquagésim sexagésim septuagésim octogésim nonagésim".split()):
        add("pt", value, each(ordinal, "o a os as"))
    add("pt", 100, "cem cento", each("centésim", "o a"))
    add("pt", 1000, "mil", each("milésim", "o a"))
    # Russian: the cases of the cardinals, and the ordinals, which decline as adjectives (in
    # the singular: the plural третьих, вторых, десятых is also a fraction's or a discourse
    # word's, во-вторых)
    def russian_ordinal(masculine: str) -> str:
        return f"{masculine} {each(masculine[:-2], 'ая ое ого ому ым ом ую ой')}"

    for value, masculine in ((1, "первый"), (2, "второй"), (4, "четвёртый"), (4, "четвертый"), (5, "пятый"), (6, "шестой"),
                             (7, "седьмой"), (8, "восьмой"), (9, "девятый"), (10, "десятый"), (11, "одиннадцатый"),
                             (12, "двенадцатый")):
        add("ru", value, russian_ordinal(masculine))
    add("ru", 3, "третий", each("треть", "я е его ему им ем ю ей"))
    for value, word in zip(teens, "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()):
        add("ru", value, word, word[:-1] + "и", russian_ordinal(word[:-1] + "ый"))
    russian_tens = ("двадцать двадцати", "тридцать тридцати", "сорок сорока", "пятьдесят пятидесяти", "шестьдесят шестидесяти",
                    "семьдесят семидесяти", "восемьдесят восьмидесяти", "девяносто девяноста")
    russian_tens_ordinals = "двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый девяностый"
    for value, words, ordinal in zip(tens, russian_tens, russian_tens_ordinals.split()):
        add("ru", value, words, russian_ordinal(ordinal))
    add("ru", 100, "сто ста", russian_ordinal("сотый"))
    add("ru", 1000, "тысяча тысячи тысяч тысячу тысячей", russian_ordinal("тысячный"))
    add("ru", 24, "сутки суток")  # 24 hours, one word
    # Polish: the cardinals' cases, and the ordinals, which decline as adjectives
    polish_endings = "y a e ego emu ej ym ą"  # the singular, as in Russian
    for value, stem in zip(range(1, 13), "pierwsz drug trzec czwart piąt szóst siódm ósm dziewiąt dziesiąt jedenast dwunast".split()):
        # drugi and trzeci take the soft endings: drugiej, trzeciej
        add("pl", value, each(stem, "i a ie iego iemu iej im ią" if stem in ("drug", "trzec") else polish_endings))
    polish = ("trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split(),
              "trzynast czternast piętnast szesnast siedemnast osiemnast dziewiętnast".split())
    for value, word, stem in zip(teens, *polish):
        add("pl", value, word, stem + "u", each(stem, polish_endings))
    polish_tens = ("dwadzieścia dwudziestu", "trzydzieści trzydziestu", "czterdzieści czterdziestu", "pięćdziesiąt pięćdziesięciu",
                   "sześćdziesiąt sześćdziesięciu", "siedemdziesiąt siedemdziesięciu", "osiemdziesiąt osiemdziesięciu",
                   "dziewięćdziesiąt dziewięćdziesięciu")
    for value, words, stem in zip(tens, polish_tens, "dwudziest trzydziest czterdziest pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt".split()):
        add("pl", value, words, each(stem, polish_endings))
    add("pl", 100, "sto stu", each("setn", polish_endings))
    add("pl", 1000, "tysiąc tysiące tysięcy", each("tysięczn", polish_endings))
    # Arabic: the tens with and without the article, in the nominative and the other cases
    # (العشرون, الأربعين), and every number word after the conjunction و (والعشرون)
    for value, stem in zip(tens, "عشر ثلاث أربع خمس ست سبع ثمان تسع".split()):
        add("ar", value, each(stem, "ون ين"), each("ال" + stem, "ون ين"))
    add("ar", 100, "مئة مائة المئة المائة")
    add("ar", 200, "مئتان مئتين مائتان مائتين المئتين")
    add("ar", 1000, "ألف الألف آلاف ألفا")
    add("ar", 2000, "ألفان ألفين")
    # The dual says two by itself: ساعتين is two hours, دولارين two dollars, شخصان two people
    add("ar", 2, each("يوم عام شهر أسبوع دولار هدف شخص رجل طفل", "ان ين"),
        each("ساعت سنت دقيقت مرت نقطت امرأت", "ان ين"))
    # Hebrew: the teens are two words, a unit and ten (שלושה עשר, שלוש עשרה, שנים עשר); a
    # hundred and a thousand count in the dual (מאתיים, אלפיים) and in the plural after the units
    # (שלוש מאות, שלושת אלפים), the plural alone being hundreds or thousands of something.
    hebrew_teens = (("אחד", "אחת"), ("שנים שניים", "שתים שתיים"), ("שלושה", "שלוש"), ("ארבעה", "ארבע"), ("חמישה", "חמש"),
                    ("שישה ששה", "שש"), ("שבעה", "שבע"), ("שמונה", "שמונה"), ("תשעה", "תשע"))
    for unit, (masculine, feminine) in enumerate(hebrew_teens, start=1):
        tables.setdefault("he", {}).update(dict.fromkeys([f"{word} עשר" for word in masculine.split()] + [f"{word} עשרה" for word in feminine.split()], 10 + unit))
    for value, word in zip(tens, "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()):
        add("he", value, word)
    add("he", 100, "מאה מאות")
    add("he", 200, "מאתיים")
    add("he", 1000, "אלף אלפים")
    add("he", 2000, "אלפיים")
    # Hundreds and thousands written as one word (dreihundert, trecento, tremila, doscientos, двести, ثلاثمئة)
    for language, hundreds in (
        ("de", "zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert achthundert neunhundert"),
        ("nl", "tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd"),
        ("it", "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento"),
        ("es", "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"),
        ("pt", "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"),
        ("ru", "двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"),
        ("pl", "dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"),
        ("ar", "ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة"),
    ):
        first = 3 if language == "ar" else 2  # Arabic's two hundred is the dual, above
        for value, word in enumerate(hundreds.split(), start=first):
            add(language, 100 * value, word, word[:-2] + "as" if language in ("es", "pt") else "")
            if language == "ar":
                add(language, 100 * value, word.replace("مئة", "مائة"))
    # Russian and Polish hundreds in their other cases (более двухсот, около трёхсот, пятистам,
    # ponad dwustu, trzystoma, pięciuset), each from two hundred up
    for language, hundreds in (
        ("ru", ("двухсот двумстам двумястами двухстах",
                "трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах",
                "четырёхсот четырехсот четырёмстам четыремстам четырьмястами четырёхстах четырехстах",
                "пятисот пятистам пятьюстами пятистах", "шестисот шестистам шестьюстами шестистах",
                "семисот семистам семьюстами семистах", "восьмисот восьмистам восьмьюстами восемьюстами восьмистах",
                "девятисот девятистам девятьюстами девятистах")),
        ("pl", ("dwustu dwustoma", "trzystu trzystoma", "czterystu czterystoma",
                "pięciuset", "sześciuset", "siedmiuset", "ośmiuset", "dziewięciuset")),
    ):
        for value, forms in enumerate(hundreds, start=2):
            add(language, 100 * value, forms)
    # Hundreds counted past ten in one word, as English says twelve hundred: zwölfhundert,
    # twaalfhonderd (1,200)
    for language, counts, hundred in (
        ("de", "elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", "hundert"),
        ("nl", "elf twaalf dertien veertien vijftien zestien zeventien achttien negentien", "honderd"),
    ):
        for value, word in enumerate(counts.split(), start=11):
            add(language, 100 * value, word + hundred)
    for language, thousands in (
        ("de", "zweitausend dreitausend viertausend fünftausend sechstausend siebentausend achttausend neuntausend"),
        ("nl", "tweeduizend drieduizend vierduizend vijfduizend zesduizend zevenduizend achtduizend negenduizend"),
        ("it", "duemila tremila quattromila cinquemila seimila settemila ottomila novemila"),
    ):
        for value, word in enumerate(thousands.split(), start=2):
            add(language, 1000 * value, word)
    return tables


# The words Arabic and Hebrew join to the word after. Arabic: `and` (و), `with, by` (ب) and
# `for` (ل): واحد وعشرون is twenty-one, بخمسة by five, لثلاث سنوات for three years. Hebrew:
# `and` (ו), `the` (ה), `in` (ב), `to` (ל), `from` (מ), `that` (ש) and `about` (כ), alone or
# two together: ושלושה, לשתי, מהשלושה, כעשרה (about ten).
_JOINED_PREFIXES: Final[Mapping[str, tuple[str, ...]]] = {
    "ar": ("و", "ب", "ل"),
    "he": ("ו", "ה", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "ומ", "וש", "וכ", "מה", "שה", "שב", "של", "שמ", "שכ", "לכ", "ומה", "ושה"),
}


def _with_joined_prefixes(words: Mapping[str, int], language: str) -> dict[str, int]:
    """`words` and each of them with a word its language joins before it (`_JOINED_PREFIXES`)."""
    return {**words, **{prefix + word: number for prefix in _JOINED_PREFIXES.get(language, ()) for word, number in words.items()}}


_FROM_THIRTEEN = _numbers_from_thirteen()
# The words of Hebrew numbers as they stand, without a prefix: what a number goes on with.
_HEBREW_NUMBER_WORDS: Final[Mapping[str, int]] = {**_TO_TWELVE["he"], **_FROM_THIRTEEN["he"]}
_NUMBER_WORDS: Final[Mapping[str, Mapping[str, int]]] = {
    language: _with_joined_prefixes({**words, **_FROM_THIRTEEN.get(language, {})}, language) for language, words in _TO_TWELVE.items()
}
_SCALES = frozenset({100, 1000})
# What joins the words of one number: nothing but a space or a hyphen, or `and` (twenty-one,
# vingt et un, treinta y dos, one hundred and five), also between hyphens (vingt-et-un, as the
# 1990 French spelling writes every compound number).
_WITHIN_A_NUMBER = lazy_compile(r"[\s\-‐‑]*|\s+(?:and|und|et|y|e|i|и)\s+|[\-‐‑](?:and|und|et|y|e|i|и)[\-‐‑]", regex.IGNORECASE)

# An hour said in Arabic words (الساعة العاشرة مساءً, في التاسعة صباحاً, الساعة الثامنة والنصف),
# read as the time it says, before the times are compared: after الساعة, or with a part of the day.
_ARABIC_PART_OF_DAY = r"صباح[اًا]?|صباحًا|مساء[ًا]?|مساءً|ظهر[اًا]?|ظهرًا|ليل[اًا]?|ليلًا|فجر[اًا]?|فجرًا"
_ARABIC_HOUR = lazy_compile(
    rf"(?:الساعة\s+)?(?<!\p{{L}})(?P<hour>ال\p{{Arabic}}+)(?:\s+و(?P<fraction>النصف|الربع))?"
    rf"(?:\s+(?P<part>{_ARABIC_PART_OF_DAY})|(?<=الساعة\s+\S+(?:\s+و\S+)?))"
)
# A number from eleven to nineteen said in words (الثاني عشر, التاسعة عشرة): as its digits.
_ARABIC_TEEN = lazy_compile(r"(?<!\p{L})(\p{Arabic}+)\s+عشرة?(?!\p{L})")
_ARABIC_PARTS_OF_DAY = {"صباح": "a.m.", "فجر": "a.m.", "مساء": "p.m.", "ظهر": "p.m.", "ليل": "p.m."}
# An hour in digits with the part of the day after it, as Arabic, Persian and Hebrew say it
# (الساعة 10 صباحاً, ساعت ۱۰ صبح, בשעה 10 בבוקר), read as the time it says before the times are
# compared. Midday's hours are the afternoon's, but for the late morning's (11 ظهراً); night's
# the small hours up to five and midnight, the evening's otherwise (2 ليلاً, ساعت ۱۰ شب).
# Only after the word for the hour (الساعة, ساعت, בשעה): `أصيب 3 مساء أمس` is three injured
# yesterday evening, `۳ شب` three nights, `נהרגו 3 בלילה` three killed overnight.
_HOUR_BEFORE_PART_OF_DAY: Final[Mapping[str, tuple[str, regex.Pattern[str]]]] = {
    language: (hour_word, lazy_compile(
        rf"(?<={hour_word}\s+)(?<![\p{{N}}.,:٫])(?P<hour>\p{{Nd}}{{1,2}})(?:[:.٫](?P<minute>\p{{Nd}}{{2}}))?\s+(?:{parts})"
        r"(?![\p{L}\p{M}])"
    ))
    for language, hour_word, parts in (
        ("ar", "ساعة", r"(?:(?P<am>صباح|فجر)|(?P<midday>ظهر)|(?P<pm>عصر|مساء)|(?P<night>ليل))[\u0627\u064b-\u064d]*"),
        ("fa", "ساعت", r"(?P<am>صبح|بامداد)|(?P<pm>بعد[\s\u200c]?از[\s\u200c]?ظهر|عصر)|(?P<midday>ظهر)|(?P<night>شب)"),
        ("he", "בשעה", r"(?P<am>בבוקר|לפנות\s+בוקר)|(?P<midday>בצהריים|בצהרים)|(?P<pm>אחר\s+הצהריים|אחר\s+הצהרים|אחה[\"״]צ|בערב)"
                   r"|(?P<night>בלילה)"),
    )
}
_WORD = lazy_compile(r"\p{L}+")
# A Roman numeral, for a century or an ordinal (le XXe siècle, siglo XXI, Ve siècle): of two
# letters at least, or one with a raised ordinal ending; a lone I, C, D, L or M, also before a
# plain ending, is a word or an initial (Le, Ce, De, Der, I).
_ROMAN_NUMERAL = lazy_compile(
    r"(?<![\p{L}\p{N}])(?=[IVXLCDM])(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"
    r"(?:(?<=\p{L}{2})(?:ème|ère|er|re|e)?|ᵉ|ème|º|ª|e(?=[ \u00a0]+(?:siècle|millénaire)))(?![\p{L}\p{N}'’])"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# Numbers in kanji (五つ, 二十五人, 三个月, 第三, 二〇二六年), which Japanese and Chinese write for
# small numbers: after 第 or before a counter, as inside a word they are no number (九州, 三星).
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
_KANJI_RUN = f"[{''.join(_KANJI_DIGITS)}{''.join(_KANJI_MULTIPLIERS)}]{{1,12}}"  # a number, not a line of them
_KANJI_COUNTERS = "户戶つ人回件社個本枚台年月日度位番名家次倍割歳種カか国所期戦勝敗个天岁周轮辆场项条座架起週時分秒ヶ箇杯匹頭隻冊着軒階号話巻点票席间届季节球小"
_DECADES_OF_AGE = "旬"  # ten years of a life: 八旬 is eighty
# Also a round number made approximate before its counter (二十数人, 二十余年, 三十多岁: twenty-odd),
# the N largest (十大银行, 三大都市), and an age in decades (年逾八旬: past eighty). Not a
# fraction's parts (三分之二, 三分の二: two thirds), nor a percentage (百分之五).
_KANJI_NUMBER = lazy_compile(
    f"(?<=第){_KANJI_RUN}|(?<!分之|分の){_KANJI_RUN}(?=[数余多]?[{_KANJI_COUNTERS}]|[大{_DECADES_OF_AGE}])(?!分之|分の)"
)

# An amount in kanji or hanzi on the scales of ten thousand, part by part (二十億五千万: 20億 and
# 5000万; 两万亿, ten thousand hundred millions, is two trillion), read where Japanese, Chinese or Korean has one of their characters (`_KANJI_SCALE_HINT`).
_KANJI_AMOUNT_PART = lazy_compile(f"({_KANJI_RUN})(万亿|萬億|[万萬億亿兆])")
_KANJI_AMOUNT = lazy_compile(f"(?<!\\p{{Nd}})(?:{_KANJI_RUN}(?:万亿|萬億|[万萬億亿兆]))+")
_KANJI_SCALE_HINT = re.compile("[万萬億亿兆]")
_KANJI_SCALE_LANGUAGES = frozenset({"ja", "zh", "ko"})

# A fraction in hanzi or kanji, the whole before the part: 十分之七, 10分の7.
_HANZI_FRACTION = lazy_compile(rf"(\p{{Nd}}+|{_KANJI_RUN})分[之の](\p{{Nd}}+|{_KANJI_RUN})")


# Nouns that name a thing by the number after them (Terminal 1, Gate 5, Article 5, Line 2):
# capitalised so, as the sentence's first word too, where a capital says nothing of a label.
_DESIGNATORS = (
    "Terminal Gate Pier Platform Track Runway Berth Line Route Exit Station Hall Building Block Tower Unit Reactor Room "
    "Floor Level Zone Sector District Ward Camp Article Section Chapter Clause Paragraph Part Annex Amendment "
    "Proposition Phase Stage Round Leg Game Group Pool Division League Grade Class Category Tier Court Flight Channel"
).split()
# A digit 1 that counts what follows it (1 person, 1 dead, killing 1 civilian): not a decimal,
# a group of digits, a score, a date, a rank, nor a label after a capitalised word inside the
# sentence or a designator anywhere (1.5, 1,000, 1-0, March 1, No. 1, 1st, flights from
# Terminal 1 were cancelled, Terminal 1 was closed), nor a time (1 a.m.), which the times compare.
_COUNTING_ONE = lazy_compile(
    r"(?<![\p{N}.,:/#‐–-])(?<!(?:No\.|[Nn]umber|\p{L}\s\p{Lu}\p{L}*)\s?)"
    rf"(?<!(?<!\p{{L}})(?:{'|'.join(_DESIGNATORS)})s?[ \u00a0])1(?=[ \u00a0]\p{{Ll}})(?![ \u00a0][ap]\.?m\b)"
)
# The words for one, by language: those that are also the indefinite article (ein, une, a), which
# may stand for another noun of the sentence, and those that only say one (один, één, واحد).
_ONE_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "en": ("a an", "one"),
    "de": ("ein eine einen einem einer eines", "eins"),
    "fr": ("un une", ""),
    "es": ("un una", "uno"),
    "it": ("un uno una", ""),
    "pt": ("um uma", ""),
    "nl": ("een", "één eén éen"),  # Eén: the capital is written without its accent
    "ru": ("", "один одна одно одного одной одну одним одном одному"),
    "uk": ("", "один одна одне одного одної одній одну одним одному"),
    "pl": ("", "jeden jedna jedno jednego jednej jednemu jednym jedną"),
    "ar": ("", "واحد واحدة واحدا واحداً"),
    "he": ("", "אחד אחת"),
}
# One in kanji before a counter (一人, 一つ, 一名); Chinese 一个 is as often `a` as `one`. Not 一番
# (the most), 一時 (for a while, one o'clock) or 一月 (January).
_KANJI_ONE = lazy_compile(rf"(?<![{''.join(_KANJI_DIGITS)}{''.join(_KANJI_MULTIPLIERS)}第])一(?![番時月])[{_KANJI_COUNTERS}]")
_KANJI_ONE_AS_ARTICLE = lazy_compile(r"一[个個]")
# A billion said as a thousand millions without a number: mil millones, mil milhões.
_A_THOUSAND_MILLIONS = lazy_compile(r"(?<!\p{N}[ \u00a0]?)(?<![\p{L}\p{N}])mil[ \u00a0](?:millones|milhões)(?!\p{L})", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _one_word_pattern(language: str) -> regex.Pattern[str] | None:
    if language not in _ONE_WORDS:
        return None
    words = _with_joined_prefixes(dict.fromkeys(" ".join(_ONE_WORDS[language]).split(), 1), language)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _ones_in_words(text: str, language: str) -> tuple[list[regex.Match[str]], int]:
    """The words of `text` that say one (`_ONE_WORDS`, in Japanese and Chinese 一 before a
    counter), and how many of them may be an article instead."""
    if language in _KANJI_LANGUAGES:
        ones = list(_KANJI_ONE.finditer(text)) if "一" in text else []
        return ones, sum(1 for one in ones if language == "zh" and _KANJI_ONE_AS_ARTICLE.match(text, one.start()))
    if (pattern := _one_word_pattern(language)) is None:
        return [], 0
    articles = set(_with_joined_prefixes(dict.fromkeys(_ONE_WORDS[language][0].split(), 1), language))
    ones = list(pattern.finditer(text))
    return ones, sum(1 for one in ones if one.group().casefold() in articles)


# The unit of a rate in an English source: `$80 a barrel`, `5 cents a share`, `2.5 million
# barrels a day`, `3% a year`, `500 cars each day` (after an amount), `per share`.
_ENGLISH_RATE = lazy_compile(r"(?<!\p{L})per\s+\p{L}|\p{Nd}(?:\s?%|(?:\s+\p{L}+){0,2})\s+(?:an?|each|every)\s+\p{L}", regex.IGNORECASE)
# A one in digits right before its unit or counter, as Japanese, Chinese and Korean write the one
# of a rate (1バレル, 1株当たり, 1배럴당); not before a scale (1億, 1만) or a month (1月), nor
# the first day of a month (4月1日, 4월 1일).
_ONE_BEFORE_ITS_UNIT = lazy_compile(
    r"(?<![\p{N}.,])(?<![月월]\s?)1(?=[\p{Katakana}\p{Han}\p{Hangul}])(?![万萬億亿兆千百十월억조천백만月])"
)
_ONE_BEFORE_A_UNIT_LANGUAGES = frozenset({"ja", "zh", "ko"})


def _units_of_a_rate_as_one(msgid: str, msgstr: str, source: Locale, target: Locale) -> int:
    """How many of the ones the translation writes in digits before their unit (`1バレル`) may
    be the unit of a rate the source says without a one (`$80 a barrel`)."""
    if source.language != "en" or target.language not in _ONE_BEFORE_A_UNIT_LANGUAGES or "1" not in msgstr:
        return 0
    return min(len(_ONE_BEFORE_ITS_UNIT.findall(prose_of(msgstr))), len(_ENGLISH_RATE.findall(prose_of(msgid))))


def _ones_said_in_words(
    missing: list[str], source_numbers: Sequence[_Number], msgid: str, msgstr: str, source: Locale, target: Locale
) -> tuple[list[str], list[Issue]]:
    """`missing` without each 1 of the source the translation says in words: one of a million
    or a billion by the word for one or the article before the scale (eine Million, un
    milliard, mil millones), a 1 that counts (`_COUNTING_ONE`) by a word for one. Where that
    word may be the article of another noun (Eine Person starb bei einem Brand), a warning
    says so: a translation may drop the 1 and keep an article."""
    missing, prose = list(missing), prose_of(msgstr)
    ones, articles = _ones_in_words(prose, target.language)
    scales = [number.scaled for number in source_numbers if number.value == 1 and number.scaled is not None]
    for one in list(ones) if scales else ():
        scale = _scale_after(prose, one.end(), target.language)
        if scale is not None and scale[0] in scales and "1" in missing:
            scales.remove(scale[0])
            missing.remove("1")
            ones.remove(one)
    if 10**9 in scales and "1" in missing and "mil" in prose.casefold():
        for match in _A_THOUSAND_MILLIONS.finditer(prose):
            before = _WORD_BEFORE.search(prose, max(0, match.start() - 30), match.start())
            if before is None or before.group().strip().casefold() not in _NUMBER_WORDS.get(target.language, {}):
                missing.remove("1")  # not dos mil millones, two billion
                break
    source_prose = prose_of(msgid)
    counting = sum(1 for one in _COUNTING_ONE.finditer(source_prose) if _scale_after(source_prose, one.end(), source.language) is None)
    counting = min(counting, missing.count("1"), len(ones))
    if not counting:
        return missing, []
    for _ in range(counting):
        missing.remove("1")
    said = [one.group() for one in ones]
    unambiguous = len(ones) - articles
    if counting <= unambiguous:
        return missing, []
    return missing, [Issue("count-dropped", f"the source's 1 is said only by “{'”, “'.join(dict.fromkeys(said))}”, "
                                            "which may be an article: check that the translation counts one")]


def _amounts_said_in_words(
    missing: list[str], source_numbers: Sequence[_Number], text: str, target: Locale
) -> tuple[list[str], list[Issue], str]:
    """`missing` without each amount of the source on a scale (`$2bn`) that the translation's
    `text` says with its number in words: on the same scale (zwei Milliarden), or in thousands
    of millions (dos mil millones, mil quinientos millones), with a half (due miliardi e mezzo,
    zweieinhalb Milliarden); or another amount, which is an error (zwei Millionen, drei
    Milliarden), as it is in digits. The number words of those amounts are taken out of
    `text`, which is returned too: the number alone (zwei) is no other figure of the source."""
    scaled = [number for number in source_numbers if number.scaled is not None and number.text in missing]
    said: list[tuple[int, int, int, Decimal, Decimal]] = []  # start, end, where the scale ends, number on its scale, amount
    for start, end, value in list(_number_words_at(text, target.language)) if scaled else ():
        # zwei und eine halbe Milliarde, twee en een half miljard
        half_before = _HALF_BEFORE_A_SCALE.match(text, end)
        scale = _scale_after(text, half_before.end() if half_before else end, target.language)
        amount, scale_end = _with_a_half(text, scale[1], Decimal(value * scale[0]), half_before is not None) if scale else (Decimal(value), end)
        if said and start >= said[-1][2] and not text[said[-1][2] : start].strip() and amount < _largest_scale(said[-1][4]):
            # un million cinq cent mille, zwei Milliarden fünfhundert Millionen: one amount
            first_start, _, _, first_number, first_amount = said[-1]
            said[-1] = (first_start, end, scale_end, first_number, first_amount + amount)
        elif scale is not None:
            said.append((start, end, scale_end, _on_its_scale(amount), amount))  # dos mil millones y medio: 2.5 (billion)
    # zweieinhalb Milliarden, anderthalb Milliarden, tweeënhalf miljard, полтора миллиарда: a
    # number and a half in one word (not the words before a half, which are read above).
    for amount_and_a_half, match, _ in _halves_in_place(text, target.language) if scaled else ():
        if not match.groupdict().get("before") and (scale := _scale_after(text, match.end(), target.language)) is not None:
            said.append((match.start(), match.end(), scale[1], amount_and_a_half, amount_and_a_half * scale[0]))
    # 二十億ドル, 二十亿美元, 二十億五千万, 이십억 달러: an amount in kanji, hanzi or hangul on the scales of ten thousand.
    for match in _kanji_amounts(text, target.language) if scaled and target.language in _KANJI_SCALE_LANGUAGES else ():
        in_kanji = match.group().translate(_HANGUL_AS_KANJI)
        parts = [(_kanji_value(number), _SCALE_CHARACTERS.get(scale, 10**12)) for number, scale in _KANJI_AMOUNT_PART.findall(in_kanji)]
        amount = Decimal(sum(number * scale for number, scale in parts))
        said.append((match.start(), match.end(), match.end(), Decimal(parts[0][0]), amount))
    missing, issues = list(missing), []
    # The same amount first, so that `zwei Millionen Menschen und zwei Milliarden Dollar` (two
    # million people and $2bn) pairs the billions with the source's, not the millions; then
    # the same number on another scale (zwei Millionen for $2bn, zweieinhalb Millionen for
    # $2.5bn); then another number on the same scale (dos mil millones for $1bn); then the
    # same whole number with a half on another scale (zweieinhalb Millionen for $2bn).
    for pairing in ("amount", "number", "scale", "whole"):
        for start, end, scale_end, number_said, amount in list(said):
            twin = next((number for number in scaled if _paired_amounts(pairing, number, number_said, amount)), None)
            if twin is None or twin.scaled is None:
                continue
            scaled.remove(twin)
            said.remove((start, end, scale_end, number_said, amount))
            missing.remove(twin.text)
            if pairing != "amount":
                issues.append(Issue("numbers", f"{text[start:scale_end]} is {_in_scale_words(amount)} ({_plain(amount, grouped=True)}); "
                                               f"the source says {twin.amount} ({_plain(twin.scaled, grouped=True)})"))
            text = text[:start] + " " * (end - start) + text[end:]
    return missing, issues, text


def _kanji_amounts(text: str, language: str) -> Iterator[regex.Match[str]]:
    """Each amount `text` writes in kanji or hanzi on the scales of ten thousand (`_KANJI_AMOUNT`),
    in Korean in hangul (`_HANGUL_AMOUNT`)."""
    if language == "ko" and _HANGUL_SCALE_HINT.search(text):
        yield from _HANGUL_AMOUNT.finditer(text)
    if _KANJI_SCALE_HINT.search(text):
        yield from _KANJI_AMOUNT.finditer(text)


def _paired_amounts(pairing: str, number: _Number, number_said: Decimal, amount: Decimal) -> bool:
    """Whether a number of the source on a scale pairs with an amount the translation says in
    words (`number_said` the number of its scale word, with its half: the 2.5 of zweieinhalb
    Millionen, of dos mil millones y medio; `amount` all it says) by `pairing`: the same
    `amount`, the same `number`, the same `scale`, or the same `whole` number (the 2 of
    zweieinhalb Millionen)."""
    if number.scaled is None or number.value is None:
        return False
    if pairing == "amount":
        return number.scaled == amount
    if pairing == "number":
        return number.value == number_said
    if pairing == "whole":
        return int(number.value) == int(number_said)
    return _largest_scale(number.scaled) == _largest_scale(amount) > 1


# The half that follows an amount's scale word (due miliardi e mezzo, dos millones y medio,
# dois bilhões e meio, un milliard et demi), or that stands between its number and its scale
# word (zwei und eine halbe Milliarde, twee en een half miljard, two and a half billion). After
# the scale word it is the amount's at the end of a phrase or before what the amount counts
# (e mezzo di dollari, et demi d'habitants) or a preposition (y medio en bonos), not before what
# it halves itself: $2bn and a half-dozen banks, $3 million and a half-hour delay, e mezza
# dozzina.
_HALF_AFTER_A_SCALE = lazy_compile(
    r"[ \u00a0]+(?:e[ \u00a0]+(?:mezz[oa]|mei[oa])|y[ \u00a0]+medi[oa]|et[ \u00a0]+demie?|und[ \u00a0]+eine?[ \u00a0]+halbe?|en[ \u00a0]+een[ \u00a0]+half"
    r"|and[ \u00a0]+a[ \u00a0]+half)"
    r"(?=[ \u00a0]*(?:[^\p{L}\p{N}\s‐-]|[‐-][ \u00a0]|$)|[ \u00a0]+(?:d['’]|(?:de|di|do|da|del|dei|des|du|of|van|von"
    r"|en|em|in|nel|no|na|à|a|au|aux|pour|para|per|por|for|from|to|with|con|com|avec|mit|für|met|voor"
    r"|y|e|et|and|und|o|ou|or|oder)(?!\p{L})))",
    regex.IGNORECASE,
)
_HALF_BEFORE_A_SCALE = lazy_compile(
    r"[ \u00a0]+(?:und[ \u00a0]+eine?[ \u00a0]+halben?|en[ \u00a0]+een[ \u00a0]+hal(?:f|ve)|and[ \u00a0]+a[ \u00a0]+half)(?=[ \u00a0])", regex.IGNORECASE
)


def _with_a_half(text: str, scale_end: int, amount: Decimal, half_before: bool = False) -> tuple[Decimal, int]:
    """An amount on a scale and where it ends, with the half of its scale that is said before
    its scale word (`half_before`) or right after it: 2.5 billion for due miliardi e mezzo, as
    for dos mil millones y medio, whose scale is the thousand millions."""
    half = None if half_before else _HALF_AFTER_A_SCALE.match(text, scale_end)
    if not half_before and half is None:
        return amount, scale_end
    return amount + Decimal(_largest_scale(amount)) / 2, half.end() if half is not None else scale_end


def _number_words(text: str, language: str) -> Counter[int]:
    """The numbers `text` writes in words of `language`."""
    return Counter(number for _, number in _words_and_numbers(text, language))


def _hour_before_part_of_day_in_digits(match: regex.Match[str]) -> str:
    """ساعت ۱۰ شب as `10:00 p.m.`, which the time patterns read; left as it is when it is no time."""
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if hour > 23 or minute > 59:
        return match.group()
    if hour > 12:  # the afternoon said twice
        return f"{hour}:{minute:02d}"
    if match.group("am"):
        meridiem = "a.m."
    elif match.group("midday"):
        meridiem = "a.m." if 7 <= hour <= 11 else "p.m."
    elif match.group("night"):
        meridiem = "a.m." if hour in _NIGHT_AS_MORNING else "p.m."
    else:
        meridiem = "p.m."
    return f"{hour}:{minute:02d} {meridiem}"


def _arabic_hour_in_digits(match: regex.Match[str]) -> str:
    """الساعة العاشرة مساءً as `10:00 p.m.`, which the time patterns read; left as it is when
    the word after الساعة is no hour."""
    hour = _NUMBER_WORDS["ar"].get(match.group("hour"))
    if hour is None or not 1 <= hour <= 12:
        return match.group()
    minute = {"النصف": 30, "الربع": 15}.get(match.group("fraction") or "", 0)
    part = match.group("part") or ""
    meridiem = next((_ARABIC_PARTS_OF_DAY[stem] for stem in _ARABIC_PARTS_OF_DAY if part.startswith(stem)), "")
    return f"{hour}:{minute:02d} {meridiem}".rstrip()


class _HoursWithPartOfDay(NamedTuple):
    """How a language says an hour with the part of the day."""

    before: str  # what must come before the hour: the clock's article or preposition
    hours: Mapping[str, int]  # the hour words, cardinals only
    between: str  # what may stand between the hour and the part of the day: `heures`, a half
    fractions: Mapping[str, str]  # a half or a quarter, as minutes (in German and Dutch, the one before or after the hour)
    parts: Mapping[str, str]  # the parts of the day: a.m., p.m., or night


def _hour_words(words: str) -> dict[str, int]:
    """Hour words, `|` between the hours, a space between the forms of one."""
    return {form: hour for hour, forms in enumerate(words.split("|"), start=1) for form in forms.split()}


# An hour said with the part of the day, in words or digits (at nine in the evening, a las siete
# de la tarde, a las 3 de la madrugada, à sept heures du soir, à 3 h du matin, um 3 Uhr früh,
# alle sette di sera, om 3 uur 's nachts, às 3 da madrugada, в семь вечера, до часа ночи; at 8
# tonight, at 8 this evening, at 7 tomorrow morning), read
# as the time it says; so are minutes in digits after `e` or `y` (alle 8 e 30 del mattino, a
# las 8 y 30 de la tarde, às 8 e 30 da noite), as after a colon.
# Only after what says it is the clock's (las, alle, в, or heures, Uhr and uur after it): `dos
# días`, `prima di sera` and `3 Tage früh` are no time. `night` is the small hours up to five (ein
# Uhr nachts) and midnight, the evening otherwise (las once de la noche). Minutes before the
# hour are its own (las nueve menos cuarto, neuf heures moins le quart, às nove menos um quarto:
# 8:45); a German or Dutch hour after a half or minutes before or after it (halb neun Uhr
# abends, dreiviertel neun Uhr abends, kwart voor negen uur 's avonds), and a Portuguese one
# after the minutes before it (um quarto para as nove da noite), is `_CLOCK_HOURS_IN_WORDS`' to
# read with them.
# What opens and closes at a level, not at an hour: shares, an index, a currency, a commodity.
_MARKETS = (
    r"(?:shares?|stocks?|equit(?:y|ies)|ind(?:ex|exes|ices)|yields?|prices?|bonds?|gilts?|treasur(?:y|ies)|futures|rates?"
    r"|dollar|euro|pound|sterling|yen|yuan|franc|rouble|ruble|bitcoin|oil|crude|brent|gold|silver|copper"
    r"|dax|ftse|nasdaq|dow|nikkei|s&p|cac|stoxx|ibex|hang\s+seng)"
)
_HOURS_WITH_PART_OF_DAY: Final[Mapping[str, _HoursWithPartOfDay]] = {
    # (after a preposition that says it is the clock's, as `for` does of eight in the evening:
    # not `two in the morning session`; tonight, this evening, tomorrow morning only after one
    # no figure has before it: at 8 tonight, not `fell to 8 this morning`, `rose by 8 tonight`,
    # nor at after a verb of a level or a price, `stood at 4 this morning`, or after opened or
    # closed with a market for its subject, `Shares opened at 9 tonight`: polls, shops and
    # stations open and close at the clock's hours, `The polls closed at 8 tonight`)
    "en": _HoursWithPartOfDay(
        r"(?<!\p{L})(?:(?P<clock>at|until|till|after|before|since)(?<!(?<!\p{L})(?:stood|stands?"
        r"|traded|trades?|trading|settled|settles?|hovered|hovers?|peaked|priced|quoted|fixed)\s+at)"
        rf"(?<!(?<!\p{{L}}){_MARKETS}(?!\p{{L}})(?:\s+[\p{{L}}\p{{N}}&'’-]+){{0,4}}?\s+(?:opened|opens?|closed|closes?)\s+at)"
        r"|at|by|from|to|around|about|between|for)\s+",
        _hour_words(_ENGLISH_HOURS), r"(?:\s+o['’]clock)?\s+(?:(?:in\s+the|at)\s+|(?(clock)(?:(?:this|tomorrow|yesterday|last)\s+)?|(?!)))", {},
        {"morning": "a.m.", "afternoon": "p.m.", "evening": "p.m.", "night": "night", "tonight": "night"},
    ),
    "es": _HoursWithPartOfDay(
        r"(?<!\p{L})las?\s+", _hour_words("una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"),
        r"(?:\s+y\s+(?:(?P<fraction>media|cuarto)|(?P<minute>[0-5]\d)|MINUTES)|\s+(?P<to>menos)\s+(?:(?P<fraction>cuarto)|MINUTES))?"
        r"(?:\s+horas?(?:\s+y\s+(?:(?P<fraction>media|cuarto)|(?P<minute>[0-5]\d)|MINUTES))?)?\s+(?:de\s+la|del)\s+",
        {"media": "30", "cuarto": "15"},
        {"mañana": "a.m.", "madrugada": "a.m.", "tarde": "p.m.", "noche": "night", "mediodía": "p.m."},
    ),
    "pt": _HoursWithPartOfDay(
        r"(?<!\p{L})(?<!(?:quarto|cinco|dez|quinze|vinte)\s+para\s+)(?:às|as|à|a)\s+",
        _hour_words("uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"),
        r"(?:\s+e\s+(?:(?P<fraction>meia|quinze)|(?P<minute>[0-5]\d)|MINUTES)|\s+(?P<to>menos)\s+(?:(?P<fraction>um\s+quarto)|MINUTES))?"
        r"(?:\s*h\b|\s+horas?(?:\s+e\s+(?:(?P<minute>[0-5]\d)|MINUTES))?)?\s+(?:da|de)\s+",
        {"meia": "30", "quinze": "15", "um quarto": "15"},
        {"manhã": "a.m.", "madrugada": "a.m.", "tarde": "p.m.", "noite": "night"},
    ),
    "it": _HoursWithPartOfDay(
        r"(?<!\p{L})(?:alle|dalle|le|all['’]|dall['’]|l['’])\s*",
        _hour_words("una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"),
        r"(?:\s+e\s+(?:(?P<fraction>mezza|mezzo|un\s+quarto)|(?P<minute>[0-5]\d)|MINUTES)"
        r"|\s+(?P<to>meno)\s+(?:(?P<fraction>un\s+quarto)|MINUTES))?\s+(?:di|del|della)\s+",
        {"mezza": "30", "mezzo": "30", "un quarto": "15"},
        {"mattina": "a.m.", "mattino": "a.m.", "pomeriggio": "p.m.", "sera": "p.m.", "notte": "night"},
    ),
    "fr": _HoursWithPartOfDay(
        r"(?<!\p{L})", _hour_words("une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"),
        r"\s*(?:heures?|h)(?:\s*(?P<minute>\d{2})|\s+et\s+(?P<fraction>demie|quart)|\s+MINUTES"
        r"|\s+(?P<to>moins)\s+(?:le\s+(?P<fraction>quart)|MINUTES))?\s+(?:du|de\s+l['’]|de\s+la)\s*",
        {"demie": "30", "demi": "30", "quart": "15"},  # demi: midi et demi, minuit et demi
        {"matin": "a.m.", "après-midi": "p.m.", "soir": "p.m.", "nuit": "night"},
    ),
    "de": _HoursWithPartOfDay(
        r"(?<!\p{L})(?<!(?:halb|drei\s?viertel|(?:Viertel|fünf|zehn|zwanzig)\s+(?:vor|nach)(?:\s+halb)?)\s+)",
        _hour_words("ein eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"), r"\s+Uhr\s+(?:MINUTES\s+)?",
        {"viertel": "15", "dreiviertel": "15", "drei viertel": "15"},
        {"morgens": "a.m.", "früh": "a.m.", "vormittags": "a.m.", "mittags": "p.m.", "nachmittags": "p.m.", "abends": "p.m.",
         "nachts": "night", "am morgen": "a.m.", "am vormittag": "a.m.", "am nachmittag": "p.m.", "am abend": "p.m.",
         "in der nacht": "night"},
    ),
    "nl": _HoursWithPartOfDay(
        r"(?<!\p{L})(?<!(?:half|(?:kwart|vijf|tien|twintig|vijfentwintig)\s+(?:over|voor)(?:\s+half)?)\s+)",
        _hour_words("een één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf"), r"\s+uur\s+['’]s\s+", {"kwart": "15"},
        {"ochtends": "a.m.", "morgens": "a.m.", "middags": "p.m.", "avonds": "p.m.", "nachts": "night"},
    ),
    "ru": _HoursWithPartOfDay(
        r"(?<!\p{L})(?:в|до|с|к|после|около)\s+",
        _hour_words("час часа один одного|два двух|три трёх трех|четыре четырёх четырех|пять пяти|шесть шести|семь семи|"
                    "восемь восьми|девять девяти|десять десяти|одиннадцать одиннадцати|двенадцать двенадцати"),
        r"(?:\s+час(?:а|ов)?)?\s+", {}, {"утра": "a.m.", "дня": "p.m.", "вечера": "p.m.", "ночи": "night"},
    ),
}
_NIGHT_AS_MORNING = frozenset({1, 2, 3, 4, 5, 12})


@functools.lru_cache(maxsize=16)
def _hour_with_part_of_day_pattern(language: str) -> regex.Pattern[str] | None:
    if (said := _HOURS_WITH_PART_OF_DAY.get(language)) is None:
        return None
    hour = rf"(?:(?P<hour>{_prefix_tree(said.hours)})|(?<!\p{{N}}[.,:]?)(?P<hour>\d{{1,2}})(?:[:.h](?P<minute>\d{{2}}))?)"
    between = said.between.replace("MINUTES", _minutes_in_words(language)) if "MINUTES" in said.between else said.between
    return regex.compile(rf"{said.before}{hour}{between}(?P<part>{_prefix_tree(said.parts)})(?!\p{{L}})", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _minutes_in_words(language: str) -> str:
    """An expression for the minutes from two to fifty-nine in words of `language`, as a clock
    says them after the hour (cinq, trente, quarante-cinq, vingt et une, treinta y cinco,
    fünfundvierzig, trentacinque): a ten with a unit after it, or a number of one word. One
    below ten not before a noun it counts (a las nueve y cinco personas, um neun Uhr fünf
    Polizisten: `_COUNTED_AFTER`); not one, whose words are also an article (à neuf heures une
    réunion)."""
    ordinal = _ORDINAL_ENDINGS[language]
    words = {word: value for word, value in _NUMBER_WORDS[language].items() if 10 <= value <= 59 and not ordinal.search(word)}
    tens = [word for word, value in words.items() if value in (20, 30, 40, 50)]
    units = [word for value, forms in enumerate(_TO_TWELVE_FORMS[language]) if 1 <= value <= 9 for word in forms.partition("|")[0].split()]
    below_ten = [word for value, forms in enumerate(_TO_TWELVE_FORMS[language]) if 2 <= value <= 9 for word in forms.partition("|")[0].split()]
    joined = r"(?:[\s\-‐‑]+(?:(?:et|y|e)[\s\-‐‑]+)?)"
    return (rf"(?P<minutes>(?:(?:{_prefix_tree(tens)}){joined}(?:{_prefix_tree(units)})|{_prefix_tree(words)}"
            rf"|(?:{_prefix_tree(below_ten)})(?!\p{{L}})(?!{_COUNTED_AFTER[language]}))(?!\p{{L}}))")


# What follows a count rather than the minutes of a time: a noun, capitalised in German, in the
# plural in French, Spanish and Portuguese (`_COUNTS_A_NOUN`) and Italian (persone, feriti; not
# the prepositions or pronouns that end so, di sera, si apre, ne parla, nor a verb before its
# subject, which ends in -e as a plural does but whose subject's article is singular: alle 8
# parte il corteo, apre la mostra; alle 8 squadre le medaglie is still a count).
_COUNTED_AFTER: Final[Mapping[str, str]] = {
    "de": r"\s+(?-i:\p{Lu})", "fr": _COUNTS_A_NOUN, "es": _COUNTS_A_NOUN, "pt": _COUNTS_A_NOUN,
    "it": r"\s+(?!(?:di|dei|del|delle|della|e|ed|che|le|alle|dalle|nelle|sulle|per|oggi|ieri|poi|qui|si|ci|vi|ne)(?!\p{L}))"
          r"\p{L}+(?:i|e(?!\p{L})(?!\s+(?:(?:il|lo|la|un|uno|una)(?!\p{L})|(?:l|un)['’])))(?!\p{L})",
}


# How the ordinals of the number tables end, which name no minute (dreißigste, trentième).
_ORDINAL_ENDINGS: Final[Mapping[str, regex.Pattern[str]]] = {
    language: regex.compile(ending) for language, ending in {
        "de": "s?t(?:e|en|er|es|em)$", "nl": "(?:de|ste)$", "fr": "ième$", "es": "^decimo|ésim", "it": "esim[oaie]$", "pt": "ésim",
    }.items()
}


def _minute_said(groups: Mapping[str, str | None], said: _HoursWithPartOfDay, language: str) -> int:
    """The minute a match of an hour said with words says after it: in digits (à sept heures 30),
    in words (`_minutes_in_words`), as a half or a quarter (y media), or none; those it says
    before the hour (moins le quart, menos diez, Viertel vor, vijf voor) as negative minutes."""
    if minute := groups.get("minute"):
        return int(minute)
    if minutes := groups.get("minutes"):
        numbers = _NUMBER_WORDS[language]
        said_minutes = sum(numbers.get(word, 0) for word in _WORD.findall(minutes.lower()))  # dix-sept, vingt et une: the words add up
    else:
        said_minutes = int(said.fractions.get(_WHITESPACE.sub(" ", (groups.get("fraction") or "").lower()), "0"))
    return -said_minutes if groups.get("to") else said_minutes


def _before_the_hour(hour: int, minute: int) -> tuple[int, int]:
    """The hour and minute of a time said as minutes before `hour` (nueve menos cuarto, kwart
    voor negen: 8:45), given as negative minutes; any other as it is. The hour before one is
    twelve, as a 12-hour clock says (la una menos cuarto: 12:45), and before zero 23."""
    if minute >= 0:
        return hour, minute
    return (12 if hour == 1 else (hour - 1) % 24), minute + 60


def _hours_with_part_of_day(text: str, language: str) -> Iterator[tuple[regex.Match[str], int, int, str]]:
    """Each hour `text` says with the part of the day: the match, the hour, the minute, and
    `a.m.` or `p.m.`."""
    if (pattern := _hour_with_part_of_day_pattern(language)) is None:
        return
    said = _HOURS_WITH_PART_OF_DAY[language]
    lowered = text.lower()
    if not any(part in lowered for part in said.parts):
        return  # most sentences: no part of the day, decided without the pattern
    for match in pattern.finditer(text):
        written = match.group("hour")
        hour = int(written) if written.isdigit() else said.hours.get(written.lower(), said.hours.get(written.casefold()))
        part = said.parts.get(match.group("part").lower())
        if hour is None or part is None:  # a letter that folds to another's (ſ)
            continue
        hour, minute = _before_the_hour(hour, _minute_said(match.groupdict(), said, language))
        if part == "night":
            part = "a.m." if hour in _NIGHT_AS_MORNING else "p.m."
        # 15 de la tarde is the afternoon said twice; 15 de la mañana, no time
        if minute <= 59 and (hour <= 12 or part == "p.m." and hour <= 23):
            yield match, hour, minute, part


@functools.lru_cache(maxsize=1024)
def _source_hours_in_words(msgid: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the prose of a msgid says an hour in words with the part of the day, or one that
    ends a range into the afternoon: the span of the hour's word (the nine of nine in the
    evening, the five of from nine to five)."""
    prose = prose_of(msgid)
    spans = tuple(match.span("hour") for match, _, _, _ in _hours_with_part_of_day(prose, language) if not match.group("hour").isdigit())
    if language == "en" and "from" in prose.lower():
        spans += tuple(match.span("hour") for match, _ in _ranges_into_the_afternoon(prose) if not match.group("hour").isdigit())
    return spans


def _hours_in_words_in_digits(text: str, language: str) -> str:
    """The hours `text` says with the part of the day, as `7:30 p.m.` (what comes before the
    hour, such as `a las`, stays): no number words besides."""
    pieces, cursor = [], 0
    for match, hour, minute, part in _hours_with_part_of_day(text, language):
        pieces += [text[cursor : match.start("hour")], f"{hour}:{minute:02d} {part}"]
        cursor = match.end()
    return "".join(pieces) + text[cursor:] if pieces else text


# An hour in words on the clock without the part of the day after it (um neun Uhr, à neuf
# heures, a las nueve, om negen uur, alle nove, às nove horas), a half hour the German and Dutch
# way (um halb neun, om half negen: 8:30), and minutes or a quarter before or after the hour or
# that half hour (Viertel vor neun: 8:45, fünf nach halb neun: 8:35, vijf over acht, twintig voor
# vier: 3:40, kwart voor negen), three quarters of the German hour before (dreiviertel neun: 8:45) and minutes before
# the Portuguese (um quarto para as nove, vinte para as nove: 8:40), with the part of the day
# after (um halb neun am Abend, om half negen 's avonds; not before a capitalised noun, which
# `um zehn nach acht Jahren`, by ten after eight years, has), or after the part of the day
# (morgens um neun): by language, what tells a text in lower case may have one, and the expression, whose HOUR and
# PART are the language's words of `_HOURS_WITH_PART_OF_DAY`, and LATE its hours past twelve
# (`_HOURS_PAST_TWELVE`: um einundzwanzig Uhr, à vingt-deux heures), said with the clock's word
# but in Italian, which says them without (alle ventuno), and MINUTES the minutes in words after
# it (`_minutes_in_words`: einundzwanzig Uhr dreißig, neuf heures trente, nueve horas y media,
# alle nove e quindici, and before the next hour: neuf heures moins le quart, las nueve menos
# diez, alle nove meno un quarto, às nove menos um quarto; in German not before a capitalised
# word, a noun they count, in French not before a plural one: COUNTED). Only after
# what says it is the clock's: not `um neun Prozent`, `na negen uur` (after nine hours), `de las
# tres` (of the three), `à uma empresa` (to a firm), nor before the way the hours are travelled
# (TRAVEL: à vingt heures de route, twenty hours' drive away).
_CLOCK_HOURS_IN_WORDS: Final[Mapping[str, tuple[tuple[str, ...], str]]] = {
    "de": (("uhr", "halb", "s um", "h um", "viertel", " nach ", " vor "),
           r"\m(?:(?P<part>PART)\s+PREPOSITION\s+(?:(?P<fraction>Viertel|(?P<minutes>fünf|zehn|zwanzig))\s+(?:nach|(?P<to>vor))\s+"
           r"|(?P<to>(?P<fraction>drei\s?viertel))\s+)?(?:(?P<half>halb)\s+)?(?P<hour>HOUR)"
           r"|PREPOSITION\s+(?:(?P<fraction>Viertel|(?P<minutes>fünf|zehn|zwanzig))\s+(?:nach|(?P<to>vor))\s+(?:(?P<half>halb)\s+)?"
           r"|(?P<half>halb)\s+|(?P<to>(?P<fraction>drei\s?viertel))\s+)"
           r"(?P<hour>HOUR)(?:\s+Uhr(?:\s+(?P<part>PART))?|\s+(?P<part>PART)|(?!\s+(?-i:\p{Lu})))"
           r"|(?P<hour>HOUR|LATE)\s+Uhr(?:\s+MINUTES(?!\s+(?-i:\p{Lu})))?)(?!\p{L})"),
    "nl": (("uur", "half", "kwart", " over ", " voor "),
           r"\mPREPOSITION\s+(?:(?:(?P<fraction>kwart|(?P<minutes>vijf|tien|twintig|vijfentwintig))\s+(?:over|(?P<to>voor))\s+(?:(?P<half>half)\s+)?"
           r"|(?P<half>half)\s+)(?P<hour>HOUR)(?:\s+uur)?(?:\s+['’]s\s+(?P<part>PART))?|(?P<hour>HOUR|LATE)\s+uur(?(span)(?=\s+['’]s\s)))(?!\p{L})"),
    "fr": (("heure",), r"\mPREPOSITION\s+(?P<hour>HOUR|LATE)\s+heures?(?!\s+TRAVEL)" + _NOT_OF_SOMETHING +
                      r"(?:\s+et\s+(?P<fraction>demie|quart)|\s+(?P<to>moins)\s+(?:le\s+(?P<fraction>quart)|MINUTES(?!COUNTED))"
                      r"|\s+MINUTES(?!COUNTED))?(?!\p{L})"),
    "es": (("las ", "la una", "horas"),
           r"\m(?:PREPOSITION\s+las?\s+(?:(?P<hour>HOUR)(?:\s+y\s+(?:(?P<fraction>media|cuarto)|MINUTES)"
           r"|\s+(?P<to>menos)\s+(?:(?P<fraction>cuarto)|MINUTES))?"
           r"(?:\s+horas?(?:\s+y\s+(?:(?P<fraction>media|cuarto)|MINUTES))?)?"
           r"|(?P<hour>LATE)(?:\s+y\s+(?:(?P<fraction>media|cuarto)|MINUTES))?\s+horas?(?:\s+y\s+(?:(?P<fraction>media|cuarto)|MINUTES))?)"
           r"(?!\p{L}|COUNTED)(?(span)(?!\s+(?!(?:horas?|en|de|del|y|menos)(?!\p{L}))\p{L}))"
           # the end of a range past twelve without its article: de nueve a diecisiete horas
           r"|(?<=(?<!\p{L})de\s+(?:HOUR|LATE|\d{1,2})(?:\s+horas?)?\s+a\s+)(?P<hour>LATE)\s+horas(?!\s+TRAVEL|\p{L}))"),
    "it": (("alle ", "all'", "all’", "dalle ", "dall'", "dall’", "verso le ", "entro le "),
           r"\m(?:(?:alle|dalle|verso\s+le|entro\s+le)\s+|(?:all|dall)['’]\s*)(?:ore\s+)?(?P<hour>HOUR|LATE)"
           r"(?:\s+e\s+(?:(?P<fraction>mezza|mezzo|un\s+quarto)|MINUTES)|\s+(?P<to>meno)\s+(?:(?P<fraction>un\s+quarto)|MINUTES))?"
           r"(?!\p{L}|COUNTED)"),
    "pt": (("às ", "pelas ", "à uma", "para a"),
           r"\m(?:(?:às|pelas)\s+(?:(?P<hour>HOUR)(?:\s+e\s+(?:(?P<fraction>meia|quinze)|MINUTES)"
           r"|\s+(?P<to>menos)\s+(?:(?P<fraction>um\s+quarto)|MINUTES))?(?:\s+horas?(?:\s+e\s+MINUTES)?)?"
           r"|(?P<hour>LATE)(?:\s+e\s+(?:(?P<fraction>meia|quinze)|MINUTES))?\s+horas(?:\s+e\s+MINUTES)?)"
           r"|à\s+(?P<hour>uma)(?:\s+e\s+(?P<fraction>meia|quinze))?(?:\s+hora|(?<=meia|quinze))"
           r"|(?P<fraction>um\s+quarto|(?P<minutes>cinco|dez|quinze|vinte(?:\s+e\s+cinco)?))\s+(?P<to>para)\s+as?\s+(?P<hour>HOUR)"
           r"(?:\s+(?:da|de)\s+(?P<part>PART))?)(?!\p{L}|COUNTED)"),
}
# The prepositions before a time on the clock, by language, for PREPOSITION in the expressions
# above: um, für, nach halb neun; pour, après vingt heures trente; para las, antes de las nueve;
# voor, na half negen. Not `nach` or `vor` after minutes (zehn nach halb neun is 8:40), nor
# `voor` after them (kwart voor half negen). After the prepositions of a span (`span`), hours of
# something are the span's: après vingt heures de débat, para las dos partes (for both parties),
# na twee uur overleg (after two hours of talks), but for the part of the day they go on with.
_CLOCK_PREPOSITIONS: Final[Mapping[str, str]] = {
    "de": r"(?:um|gegen|ab|bis|für|seit|(?<!(?:Viertel|fünf|zehn|zwanzig)\s+)(?:nach|vor))",
    "nl": r"(?:om|tot|vanaf|rond|tegen|(?P<span>na|(?<!(?:kwart|vijf|tien|twintig|vijfentwintig)\s+)voor))",
    "fr": rf"(?:à|vers|dès|jusqu['’]à|{_FRENCH_SPAN_PREPOSITIONS})",
    "es": r"(?:a|hasta|desde|hacia|sobre|(?P<span>para|antes\s+de|después\s+de))",
}
# The hours past twelve in words, as a 24-hour clock says them (and its midnight: null Uhr,
# vierundzwanzig Uhr).
_HOURS_PAST_TWELVE: Final[Mapping[str, Mapping[str, int]]] = {
    language: {form: hour % 24 for hour, forms in zip((0, *range(13, 25)), words.split("|")) for form in forms.split(",")}
    for language, words in {
        "de": "null|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|einundzwanzig|zweiundzwanzig"
              "|dreiundzwanzig|vierundzwanzig",
        "nl": "nul|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig"
              "|drieëntwintig|vierentwintig",
        "fr": "zéro|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt et une,vingt-et-une|vingt-deux"
              "|vingt-trois|vingt-quatre",
        "es": "cero|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuna,veintiuno,veintiún|veintidós"
              "|veintitrés|veinticuatro",
        "it": "zero|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitré,ventitre"
              "|ventiquattro",
        "pt": "zero|treze|catorze,quatorze|quinze|dezesseis,dezasseis|dezessete,dezassete|dezoito|dezenove,dezanove|vinte"
              "|vinte e uma|vinte e duas|vinte e três|vinte e quatro",
    }.items()
}
# The clock's word after an hour in words past twelve, or before it (alle ore ventuno): one
# without it (alle ventuno) may also count something (alle venti famiglie, to the twenty families).
_CLOCK_WORD = lazy_compile(r"(?<!\p{L})(?:Uhr|uur|heures?|horas?|ore)(?!\p{L})", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _clock_hour_in_words_pattern(language: str) -> regex.Pattern[str]:
    said = _HOURS_WITH_PART_OF_DAY[language]
    expression = _CLOCK_HOURS_IN_WORDS[language][1]
    return regex.compile(
        expression.replace("PREPOSITION", _CLOCK_PREPOSITIONS[language] if "PREPOSITION" in expression else "").replace("HOUR", _prefix_tree(said.hours)).replace("PART", _prefix_tree(said.parts))
        .replace("LATE", _prefix_tree(_HOURS_PAST_TWELVE[language])).replace("TRAVEL", _TRAVELLED).replace("COUNTED", _COUNTED_AFTER[language] if "COUNTED" in expression else "")
        .replace("MINUTES", _minutes_in_words(language) if "MINUTES" in expression else ""),
        regex.IGNORECASE,
    )


def _clock_hours_in_words(text: str, lowered: str, language: str) -> Iterator[tuple[int, int, _Time]]:
    """Each hour `text` says in words on the clock without the part of the day after it (see
    `_CLOCK_HOURS_IN_WORDS`; `lowered` is the text in lower case, which tells most have none):
    where it starts and ends, and the time. Read as a time in digits written so is (um neun Uhr
    as um 9 Uhr, 9:00; a las nueve as a las 9, 9:00 or 21:00; um einundzwanzig Uhr as 21:00); one
    without the part of the day is `named`, as a translation may say the source's time so
    without saying it is (at nine → um neun Uhr), and so is one past twelve without the clock's
    word, which may be a count."""
    if language not in _CLOCK_HOURS_IN_WORDS:
        return
    if not any(hint in lowered for hint in _CLOCK_HOURS_IN_WORDS[language][0]):
        return  # most sentences: none, decided without the pattern
    said = _HOURS_WITH_PART_OF_DAY[language]
    past_twelve = _HOURS_PAST_TWELVE[language]
    for match in _clock_hour_in_words_pattern(language).finditer(text):
        groups = match.groupdict()
        part, half = groups.get("part"), groups.get("half")
        written = match.group("hour").lower()
        hour = said.hours.get(written, said.hours.get(written.casefold()))
        late = past_twelve.get(written, past_twelve.get(written.casefold())) if hour is None else None
        if hour is None and late is None or part and part.lower() not in said.parts:  # a letter that folds to another's
            continue
        minute = _minute_said(groups, said, language)
        start = min(match.start(name) for name in ("part", "fraction", "half", "hour") if groups.get(name) is not None)
        quoted = text[start : match.end()]
        if late is not None:
            late, minute = _before_the_hour(late, minute)
            yield start, match.end(), _Time(quoted, frozenset({late}), minute, named=_CLOCK_WORD.search(match.group()) is None,
                                            twenty_four_hour=True)
            continue
        if half:
            hour, minute = _hour_before(hour), 30 + minute  # fünf vor halb neun: 8:25
        hour, minute = _before_the_hour(hour, minute)
        if part:
            meridiem = said.parts[part.lower()]
            if meridiem == "night":
                meridiem = "a.m." if hour in _NIGHT_AS_MORNING else "p.m."
            time = _Time(quoted, frozenset({hour % 12 + (12 if meridiem == "p.m." else 0)}), minute)
        elif _ON_THE_24_HOUR_CLOCK.search(match.group()) and not _PART_OF_DAY.search(text, max(0, start - _NEAR_A_TIME), match.end() + _NEAR_A_TIME):
            time = _Time(quoted, frozenset({hour}), minute, named=True, twenty_four_hour=True)
        else:
            time = _Time(quoted, frozenset({hour, (hour + 12) % 24}), minute, named=True)
        yield start, match.end(), time


# A number with a half or a quarter (1 1/2, 2-3/4, 1½), or a half or a quarter alone (½): not
# 1/2 alone, which is also a date.
_FRACTION = lazy_compile(r"(?<![\p{N}.,/])(?:(\p{Nd}+)(?:[ \u00a0-]?(1/2|1/4|3/4)|[ \u00a0]?([½¼¾]))|([½¼¾]))(?![\p{N}/])")
_FRACTIONS = {"1/2": Decimal("0.5"), "½": Decimal("0.5"), "1/4": Decimal("0.25"), "¼": Decimal("0.25"), "3/4": Decimal("0.75"), "¾": Decimal("0.75")}
# A number and a half said in words, by language: its whole part as written in the group
# `whole` (none for one), or among the few words `before` the half. eineinhalb, zweieinhalb,
# anderthalb; tweeënhalf, anderhalf; (un) mètre et demi, metro y medio, due metri e mezzo;
# полтора (полутора), два с половиной; półtora, dwa i pół; a year and a half, two and a half;
# 2个半, 2時間半.
_AND_A_HALF = r"(?P<before>(?:[\p{L}\p{Nd}]+\s+){0,3})"
_HALVES_IN_WORDS: Final[Mapping[str, str]] = {
    "de": r"(?<!\p{L})(?:(?P<whole>\p{L}*?)einhalb|anderthalb)",
    "nl": r"(?<!\p{L})(?:(?P<whole>\p{L}+?)[eë]nhal(?:f|ve)|anderhal(?:f|ve))(?!\p{L})",
    "fr": rf"(?<!\p{{L}}){_AND_A_HALF}et\s+demie?(?!\p{{L}})",
    "es": rf"(?<!\p{{L}}){_AND_A_HALF}y\s+medi[oa](?!\p{{L}})",
    "it": rf"(?<!\p{{L}}){_AND_A_HALF}e\s+mezz[oa](?!\p{{L}})",
    "pt": rf"(?<!\p{{L}}){_AND_A_HALF}e\s+mei[oa](?!\p{{L}})",
    "ru": r"(?<!\p{L})(?:полтора|полторы|полутора|(?P<whole>\p{Nd}+|\p{L}+)\s+с\s+половиной)(?!\p{L})",
    "pl": r"(?<!\p{L})(?:półtora|półtorej|(?P<whole>\p{Nd}+|\p{L}+)\s+i\s+pół)(?!\p{L})",
    "en": rf"(?<!\p{{L}}){_AND_A_HALF}and\s+a\s+half(?!\p{{L}})",
    # ساعة ونصف, عامين ونصف (the dual: two), ثلاث سنوات ونصف, عاماً ونصف (with its case ending)
    "ar": r"(?P<before>(?:\p{L}+\s+){0,2}?)(?P<counted>\p{L}[\p{L}\p{M}]*)\s+ونصف(?!\p{L})",
    "zh": r"(?P<whole>\p{Nd}+|[一二两三四五六七八九十]+)(?:个|個|年|小时|小時)?半",
    "ja": r"(?P<whole>\p{Nd}+|[一二三四五六七八九十]+)(?:時間|年|か月|ヶ月|個)?半",
}


@functools.lru_cache(maxsize=16)
def _halves_pattern(language: str) -> regex.Pattern[str] | None:
    return regex.compile(_HALVES_IN_WORDS[language], regex.IGNORECASE) if language in _HALVES_IN_WORDS else None


def _halves_in_words(text: str, language: str) -> frozenset[Decimal]:
    """The numbers and a half `text` says in words (1.5 for eineinhalb or metro y medio)."""
    return frozenset(value for value, _, _ in _halves_in_place(text, language))


def _halves_in_place(text: str, language: str) -> Iterator[tuple[Decimal, regex.Match[str], bool]]:
    """Each number and a half `text` says in words, its place, and whether its whole part is in
    digits (the 1 of 1年半)."""
    if (pattern := _halves_pattern(language)) is None:
        return
    for match in pattern.finditer(text):
        # Of the words before the half, the number and its noun: not a year before them (en 2019
        # a año y medio, in 2019 to a year and a half).
        whole = match.groupdict().get("whole") or " ".join((match.groupdict().get("before") or "").split()[-2:])
        counted = match.groupdict().get("counted") or ""
        digits = regex.findall(r"\p{Nd}+", whole)
        if language in _KANJI_LANGUAGES and not whole.isdigit():
            value = _kanji_value(whole)
        elif language == "ar" and not digits and not list(_words_and_numbers(whole, language)):
            value = 2 if counted.endswith(("ين", "ان")) else 1  # the dual counts two: عامين ونصف
        else:
            # The last number of the words before the half; none (metro y medio, un mètre et demi): one.
            in_words = [number for _, number in _words_and_numbers(whole, language)]
            value = int(digits[-1]) if digits else in_words[-1] if in_words else 1
        yield Decimal(value) + Decimal("0.5"), match, bool(digits)


def _fraction_value(match: regex.Match[str]) -> Decimal:
    whole, fraction = match.group(1), match.group(2) or match.group(3) or match.group(4)
    return Decimal(whole or 0) + _FRACTIONS[fraction]


# An hour said in hanzi or kanji, as the digits the time patterns read: Chinese 下午两点半,
# 晚上七点, 上午十点十五分, 深夜十一点; Japanese 午後二時半, 午前十時, 深夜一時, 朝の七時 (with the part of the day or the minutes,
# as 一時 alone is `for a while`).
_HANZI_HOUR = lazy_compile(
    r"(?P<part>上午|下午|早上|晚上|凌晨|深夜|中午)?(?P<hour>[两一二三四五六七八九十]{1,3})[点點]"
    r"(?:(?P<half>半)|(?P<minute>[零〇一二三四五六七八九十]{1,3})分)?"
    r"|(?P<part>午前|午後|深夜|夜|朝|昼)の?(?P<hour>[〇一二三四五六七八九十]{1,3})時(?:(?P<half>半)|(?P<minute>[〇一二三四五六七八九十]{1,3})分)?"
    r"|(?P<hour>[一二三四五六七八九十]{1,3})時(?:(?P<half>半)|(?P<minute>[〇一二三四五六七八九十]{1,3})分)"
)
# A time in seconds and hundredths as French, Italian, Portuguese, Japanese and Chinese sport
# write it: 9 s 58, 9s58, 9″58 (typed 9"58 or 9''58), 9秒58.
_SECONDS_AND_HUNDREDTHS = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}{1,2})(?:[ \u00a0\u202f]s[ \u00a0\u202f]|s|″|\"|''|秒)(\p{Nd}{2})(?!\p{N})")
# What tells seconds typed with straight marks (9"58, 9''58) from the quotation marks of most
# texts, and seconds written close (9s58) from the rest of a text's s.
_TYPED_SECONDS_HINT = re.compile(r"\d(?:\"|''|s)\d")
# A percentage in hanzi: 百分之五 is 5%.
_HANZI_PERCENT = lazy_compile(r"百分之([零〇一二三四五六七八九十百]{1,6})(?![点點])")


def _hanzi_hour_in_digits(match: regex.Match[str]) -> str:
    hour = _kanji_value(match.group("hour"))
    minute = 30 if match.group("half") else _kanji_value(match.group("minute")) if match.group("minute") else None
    if not 0 <= hour <= 24 or minute is not None and minute > 59:
        return match.group()
    mark = "時" if match.group().find("時") >= 0 else "点"
    return f"{match.group('part') or ''}{hour}{mark}" + (f"{minute}分" if minute is not None else "")


def _arabic_teen_in_digits(match: regex.Match[str]) -> str:
    unit = _NUMBER_WORDS["ar"].get(match.group(1))
    return str(10 + unit) if unit is not None and 1 <= unit <= 9 else match.group()


def _words_and_numbers(text: str, language: str) -> Iterator[tuple[str, int]]:
    """Each number `text` writes in words of `language`, as written, and its value (see `_number_words_at`)."""
    for start, end, value in _number_words_at(text, language):
        yield text[start:end], value


def _number_words_at(text: str, language: str) -> Iterator[tuple[int, int, int]]:
    """Where each number `text` writes in words of `language` starts and ends, and its value:
    the words of one number add up (twenty-one, dos mil, ثلاثة آلاف), and a scale word after
    digits (3 mil, 2 millones) is the figure's, which the numbers in digits read. The name of a
    weekday is no number (segunda-feira, الاثنين: Monday)."""
    numbers = _NUMBER_WORDS.get(language)
    if numbers is None:
        return
    if any(hint in text for hint in _PERCENT_HINTS):  # pour cent, POR CIENTO, في المئة: a percentage, not a hundred
        text = _PERCENT_IN_WORDS.sub(lambda match: " " * len(match.group()), text)
    if language in _WEEKDAYS_BY_NUMBER:
        text = _weekday_names(language).sub(lambda match: " " * len(match.group()), text)
    elif language == "he" and any(hint in text for hint in _HEBREW_NAME_HINTS):
        text = _HEBREW_NAMES.sub(lambda match: " " * len(match.group()), text)
    start = end = total = current = last = 0
    for match in _number_word_pattern(language).finditer(text):
        # The pattern matches regardless of case as Unicode folds it (ſechs); the table has
        # the forms written in lower case, and a folded form only when it is one of them.
        value = numbers.get(match.group().lower(), numbers.get(match.group().casefold()))
        if value is None:
            continue
        if last and _continues_number(last, value, text[end : match.start()], match.group(), language):
            if value in _SCALES:
                total, current = ((total + current or 1) * value, 0) if total + current < value else (total, (current or 1) * value)
            else:
                current += value
            end, last = match.end(), value
            continue
        if last:
            yield start, end, total + current
        last = 0
        if value in _SCALES and (text[max(0, match.start() - 8) : match.start()].rstrip()[-1:].isdigit() or match.group().lower() in _PLURAL_SCALES):
            continue  # 3 mil is the figure's; тысячи, آلاف alone are thousands of something, no number
        start, end, last = match.start(), match.end(), value
        total, current = (value, 0) if value in _SCALES else (0, value)
    if last:
        yield start, end, total + current


_PERCENT_WORDS = r"(?:pour|por|per)\s+(?:cent|ciento|cento)(?!\p{L})|(?:في|ب)\s*ال(?:مئة|مائة)"
_PERCENT_IN_WORDS = lazy_compile(rf"(?<!\p{{L}})(?:{_PERCENT_WORDS})", regex.IGNORECASE)
_PERCENT_HINTS = (*_in_any_case("cent"), *_in_any_case("cient"), "ئة")
# Thousands (hundreds) in the plural, which count only after a number: две тысячи is 2,000,
# тысячи людей is thousands of people.
_PLURAL_SCALES = frozenset(
    {"тысячи", "тысяч", "tysiące", "tysięcy", "آلاف", "الآلاف", "وآلاف"}
    | {prefix + word for prefix in ("", *_JOINED_PREFIXES["he"]) for word in ("מאות", "אלפים")}
)
# Hebrew number words that are part of a name: a weekday (יום שני is Monday, יום שלישי Tuesday,
# ימי חמישי Thursdays, ליל שישי Friday night; not יום שלישי ברציפות, a third day in a row), a
# city (באר שבע, קריית שמונה, ראשון לציון).
_HEBREW_NAMES = lazy_compile(
    r"(?<!\p{L})[ובלמשה]{0,2}(?:(?:יום|ימי|ליל)\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)(?!\s+ברציפות)"
    r"|באר\s+שבע|קרי?ית\s+שמונה|ראשון\s+לציון)(?!\p{L})"
)
_HEBREW_NAME_HINTS = ("יום", "ימי", "ליל", "שבע", "שמונה", "ראשון")


def _continues_number(last: int, value: int, gap: str, word: str, language: str) -> bool:
    """Whether the number word `word` (of `value`) goes on the number whose last word was of
    `last`, after `gap`: a scale after a smaller number (three thousand), units after tens
    (twenty-one, soixante et onze; German writes them as one word) or after a scale (cent
    vingt); in Arabic, tens after units and و (واحد وعشرون)."""
    if _WITHIN_A_NUMBER.fullmatch(gap) is None:
        return False
    if value in _SCALES:
        return value > last and not gap.strip()
    # Units and tens after hundreds (cent vingt, doscientos cincuenta), hundreds after thousands (dos mil doscientos).
    after_a_scale = (last % 1000 == 0 and value < 1000) or (last % 100 == 0 and value < 100)
    if language == "ar":
        after_units = 1 <= last <= 9 and 20 <= value < 100 and value % 10 == 0
        return word.startswith("و") and (after_a_scale or after_units)
    if language == "he":
        # Hebrew joins ו to the last word of a number, and to none before (מאה עשרים ושלושה,
        # אלף ומאתיים); a word after ה is a number of its own (המאה העשרים: the 20th century).
        after_tens = 20 <= last < 100 and last % 10 == 0 and 1 <= value <= 9
        joined = word.startswith("ו") and word[1:] in _HEBREW_NUMBER_WORDS
        return (after_a_scale or after_tens) and joined or after_a_scale and word in _HEBREW_NUMBER_WORDS
    # `and` after hundreds or thousands only in English and Portuguese (one hundred and five,
    # mil e duzentos): Spanish `entre mil y dos mil` is two numbers.
    if after_a_scale and gap.strip() and language not in ("en", "pt"):
        return False
    return after_a_scale or (language != "de" and 20 <= last < 100 and last % 10 == 0 and 1 <= value <= 19)


@functools.lru_cache(maxsize=16)
def _number_word_pattern(language: str) -> regex.Pattern[str]:
    return _words_of(tuple(_NUMBER_WORDS[language]))


@functools.lru_cache(maxsize=64)
def _words_of(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern that finds any of `words`, whole and in any case: one scan of a sentence
    that has none of them, as most have, instead of a lookup of each of its words."""
    return regex.compile(rf"(?<!\p{{L}})(?:{_prefix_tree(words) if words else '(?!)'})(?!\p{{L}})", regex.IGNORECASE)


def _prefix_tree(words: Iterable[str]) -> str:
    """An expression that matches any of `words`, the longest first, factored by their common
    beginnings (ein|einundzwanzig|eins as ein(?:undzwanzig|s)?): the regular expression engine
    tries one branch per letter instead of each word in turn, which a table of hundreds of
    number words would cost on every sentence."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def expression(node: dict[str, dict]) -> str:
        branches = [regex.escape(char) + expression(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" not in node and len(branches) == 1:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return expression(tree)


# Decades in words, by the tens digit of their years: los años noventa, die Neunzigerjahre.
_DECADE_WORDS: Final[Mapping[str, tuple[str, tuple[str, ...]]]] = {
    "es": ("años ", ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")),
    "pt": ("anos ", ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")),
    "it": ("anni ", ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")),
    "nl": ("jaren ", ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")),
    "de": ("", ("zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger", "achtziger", "neunziger")),
    "ar": ("(?:ال)?", ("عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات")),
}


@functools.lru_cache(maxsize=16)
def _decade_pattern(language: str) -> regex.Pattern[str] | None:
    if language not in _DECADE_WORDS:
        return None
    before, tens = _DECADE_WORDS[language]  # `before` is a pattern: the word or article before the decade
    return regex.compile(rf"(?<!\p{{L}}){before}({'|'.join(tens)})", regex.IGNORECASE)


def _decades_in_words(text: str, language: str) -> Iterator[int]:
    """The years a decade written in words may start (1990 and 2090 for los años noventa)."""
    if (pattern := _decade_pattern(language)) is None:
        return
    tens = _DECADE_WORDS[language][1]
    for match in pattern.finditer(text):
        decade = 10 * (tens.index(match.group(1).casefold()) + 2)
        yield from (1900 + decade, 2000 + decade)


# A number that opens a compound word (ein dreijähriges Mädchen, een driejarig meisje, трёхлетняя, trzyletnia, dreimal).
_NUMBER_PREFIXES: Final[Mapping[str, Mapping[str, int]]] = {
    "de": {word: number for number, word in enumerate(
        "null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()) if number >= 2},
    "ru": {**dict(zip("двух трех четырех пяти шести семи восьми девяти десяти".split(), range(2, 11))),
           "трёх": 3, "четырёх": 4},
    "pl": dict(zip("dwu trzy cztero pięcio sześcio siedmio ośmio dziewięcio dziesięcio".split(), range(2, 11))),
    "nl": {word: number for number, word in enumerate("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()) if number >= 2},
    # Italian counts years in one word: un decennale is a 10-year bond, un ventennio twenty years;
    # French and Spanish too: un plan triennal, quinquennal, un plan trienal, un trienio
    "it": {"bi": 2, "tri": 3, "quadri": 4, "quinqu": 5, "dec": 10, "vent": 20, "trent": 30},
    "fr": {"bi": 2, "tri": 3, "quadri": 4, "quinqu": 5, "sept": 7, "déc": 10},
    "es": {"bi": 2, "tri": 3, "cuatri": 4, "quinqu": 5, "sex": 6, "dec": 10},
}
_NUMBER_COMPOUNDS: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})({'|'.join(prefixes)}){ending}", regex.IGNORECASE)
    for language, prefixes, ending in (
        # eine vierköpfige Familie, ein Fünfjahresplan, zweistellig, dreiteilig
        ("de", _NUMBER_PREFIXES["de"], "(?:jährig|jahres|monatig|monats|tägig|wöchig|stündig|minütig|fach|köpfig|stellig|teilig)"),
        # een tweejarige schorsing, een driedaags bezoek, een vierkoppig gezin, tweecijferig
        ("nl", _NUMBER_PREFIXES["nl"], "(?:jarig|jaars|daags|maands|weeks|urig|koppig|voudig|delig|cijferig)"),
        ("ru", _NUMBER_PREFIXES["ru"], "(?:летн|месячн|недельн|дневн|часов|кратн)"),
        ("pl", _NUMBER_PREFIXES["pl"], "(?:letn|miesięczn|dniow|godzinn|krotn)"),
        ("it", _NUMBER_PREFIXES["it"], "enn(?:al|i)"),
        ("fr", _NUMBER_PREFIXES["fr"], "enn(?:al|at)"),
        ("es", _NUMBER_PREFIXES["es"], "en(?:al|io)"),
    )
}


# A century the source says in digits: the 14th century, a 14th-century fresco.
_CENTURY_IN_DIGITS = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}{1,2})(?:st|nd|rd|th)[\s-]centur(?:y|ies)(?!\p{L})", regex.IGNORECASE)
_CENTURY_HINTS = _in_any_case("entur")  # century, CENTURY
# Italian names a century of its history and art by its hundreds, capitalised: il Trecento is
# the 14th century, the 1300s (il Duecento to il Novecento; IL TRECENTO in a headline).
_ITALIAN_CENTURIES = ("Due", "Tre", "Quattro", "Cinque", "Sei", "Sette", "Otto", "Nove")
_ITALIAN_CENTURY = lazy_compile(
    rf"(?<!\p{{L}})(?:(?:{'|'.join(_ITALIAN_CENTURIES)})cento|(?:{'|'.join(_ITALIAN_CENTURIES).upper()})CENTO)(?!\p{{L}})"
)


def _centuries_said(msgid: str, decades: frozenset[int]) -> frozenset[int]:
    """The centuries the source says, as it writes them: 14 for the 14th century, 1300 for the
    1300s (one of its `decades`)."""
    ordinals = {int(match.group(1)) for match in _CENTURY_IN_DIGITS.finditer(msgid)} if any(hint in msgid for hint in _CENTURY_HINTS) else set()
    return frozenset(ordinals) | {year for year in decades if year % 100 == 0}


def _written_out(
    text: str, locale: Locale, decades: frozenset[int] = frozenset(), centuries: frozenset[int] = frozenset()
) -> Counter[int]:
    """The numbers from two up a translation writes without digits: in words of its language
    (the source's `decades` too, and its `centuries` by their Italian names), as Roman numerals
    and, in Japanese and Chinese, in kanji. Not one, which is also an article (ein, une) and
    written so in a thousand words that state no number."""
    numbers: Counter[int] = Counter()
    if centuries and locale.language == "it" and ("cento" in text or "CENTO" in text):
        # Where the source says a century, il Trecento is that century, not three hundred.
        for match in _ITALIAN_CENTURY.finditer(text):
            hundreds = _NUMBER_WORDS["it"][match.group().lower()]
            numbers[1000 + hundreds if 1000 + hundreds in centuries else 11 + hundreds // 100] += 1
        text = _ITALIAN_CENTURY.sub(" ", text)
    numbers.update(_number_words(text, locale.language))
    numbers.update(_roman_value(match) for match in _ROMAN_NUMERAL.finditer(text))
    if (compounds := _NUMBER_COMPOUNDS.get(locale.language)) is not None:
        prefixes = _NUMBER_PREFIXES[locale.language]
        numbers.update(prefixes[match.group(1).casefold()] for match in compounds.finditer(text))
    if locale.language == "it" and ("enn" in text or "ENN" in text):
        numbers.update(_italian_ages(text))
    if (by_decade := _AGE_BY_ITS_DECADE.get(locale.language)) is not None and ("gén" in text or "gen" in text or "GEN" in text or "GÉN" in text):
        numbers.update(_DECADES_OF_AN_AGE[match.group(1).casefold()] for match in by_decade.finditer(text))
    # As the source writes the decade: 1990 for the 1990s, 90 for the '90s.
    numbers.update(
        written for year in _decades_in_words(text, locale.language) for written in (year, year % 100) if written in decades
    )
    numbers.update(value for _, value in _kanji_numbers(text, locale.language))
    return Counter({value: count for value, count in numbers.items() if value >= 2})


# An Italian age in one word, a number's word without its last vowel and -enne: il
# diciannovenne, una quarantenne, i ventitreenni (the 19-year-old, a woman in her forties or of
# 40, the 23-year-olds).
_ITALIAN_AGE = lazy_compile(r"(?<!\p{L})(\p{L}+?)enn[ei](?!\p{L})", regex.IGNORECASE)


# An age by its decade, in French, Spanish and Portuguese: le sexagénaire, el septuagenario, a
# octogenária (the 60-, 70-, 80-year-old), as 六旬 is sixty.
_AGE_BY_ITS_DECADE: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(quadra|cuadra|quinqua|quincua|sexa|septua|octo|nona){ending}(?!\p{{L}})", regex.IGNORECASE)
    for language, ending in {"fr": "génaires?", "es": "genari[oa]s?", "pt": "gen[áa]ri[oa]s?"}.items()
}
_DECADES_OF_AN_AGE = {"quadra": 40, "cuadra": 40, "quinqua": 50, "quincua": 50, "sexa": 60, "septua": 70, "octo": 80, "nona": 90}


def _italian_ages(text: str) -> Iterator[int]:
    """The ages from ten up `text` says in one Italian word (`_ITALIAN_AGE`)."""
    numbers = _NUMBER_WORDS["it"]
    for match in _ITALIAN_AGE.finditer(text):
        stem = match.group(1).casefold()
        age = next((numbers[word] for word in (stem, *(stem + vowel for vowel in "eaoi")) if word in numbers), None)
        if age is not None and age >= 10:
            yield age


def _roman_value(match: regex.Match[str]) -> int:
    """The value of a Roman numeral the pattern found: each of its parts (thousands, hundreds,
    tens, units) is a sum, but for a smaller letter before a larger one (IX, XC)."""
    total = 0
    for part in match.groups():
        values = [_ROMAN_VALUES[letter] for letter in part]
        total += values[-1] - values[0] if len(values) == 2 and values[0] < values[1] else sum(values)
    return total


_KANJI_LANGUAGES = frozenset({"ja", "zh"})
# Korean numbers in hangul, as kanji are read: with 십, 백 or 천 in them (이십 명, 삼백 개, 천
# 달러), and amounts on the scales of ten thousand (이십억 달러, 구억 오천만 달러), before a
# counter or a currency, maybe after a space, and the particle that may end the word (명이,
# 달러를). A digit's syllable alone is in a thousand words (이 is `this`, 사 a company, 구 a
# district), no number, and so are a counter's in other words (명단, a list; 대원, a member).
_HANGUL_AS_KANJI = str.maketrans("영공일이삼사오육칠팔구십백천만억조", "〇〇一二三四五六七八九十百千万億兆")
_HANGUL_MULTIPLIER_HINT = re.compile("[십백천]")
_HANGUL_SCALE_HINT = re.compile("[만억조]")
_HANGUL_COUNTERS = "명|개국|개월|개|번째|번|건|년|월|일|시간|분|초|세|곳|차례|배|대|척|회|가지|주|위|층|권|장|표|석|호|편|달러|유로|파운드|엔|위안|원"
_HANGUL_COUNTED = rf"(?=\s?(?:{_HANGUL_COUNTERS})(?:[이가을를은는의에로와과도씩다]|(?!\p{{Hangul}})))"
_HANGUL_DIGITS = "일이삼사오육칠팔구십백천"
_HANGUL_NUMBER = lazy_compile(rf"(?<!\p{{Hangul}})(?=[{_HANGUL_DIGITS}]*[십백천])[{_HANGUL_DIGITS}]{{1,8}}{_HANGUL_COUNTED}")
# Before a counter of people or things (명, 개, 개국, 건, 곳) a Sino-Korean number is a count whatever
# its size (십삼 명, thirteen people), which a translation may put for the source's in words.
_HANGUL_THINGS_COUNTED = lazy_compile(r"\s?(?:명|개국|개|건|곳)(?:[이가을를은는의에로와과도씩]|(?!\p{Hangul}))")
_HANGUL_AMOUNT = lazy_compile(rf"(?<![\p{{Hangul}}\p{{Nd}}])[{_HANGUL_DIGITS}]{{1,8}}[만억조](?: ?[{_HANGUL_DIGITS}]{{1,8}}[만억조])*{_HANGUL_COUNTED}")
# Native Korean numbers (한, 두, 세, 네, 다섯 … 아홉, 열, 스물, 서른, 마흔 and their compounds: 열두,
# 스물다섯; 스무 alone), read only before a counter of people, things, animals or years of age
# (세 명, 두 개, 세 마리, 스무 살): alone, their words say other things (세 an age or a tax, 네
# `yes`, 열 a fever, 한 `did`). A native ten before 월 or 국 after 개 is no count (개월 and 개국
# take Sino-Korean numbers).
_NATIVE_KOREAN_TENS: Final[Mapping[str, int]] = {"열": 10, "스물": 20, "서른": 30, "마흔": 40}
_NATIVE_KOREAN_UNITS: Final[Mapping[str, int]] = {
    form: value for value, forms in enumerate(("", "한 하나", "두 둘", "세 셋", "네 넷", "다섯", "여섯", "일곱", "여덟", "아홉")) for form in forms.split()
}
_NATIVE_KOREAN_COUNTER_HINT = re.compile("[명개리살]")
_NATIVE_KOREAN_COUNT = lazy_compile(
    rf"(?<!\p{{Hangul}})(?:(?P<ten>{'|'.join(_NATIVE_KOREAN_TENS)})(?P<unit>{'|'.join(_NATIVE_KOREAN_UNITS)})?"
    rf"|(?P<ten>스무)|(?P<unit>{'|'.join(_NATIVE_KOREAN_UNITS)}))"
    r"(?=\s?(?:명|개|마리|살)(?:[이가을를은는의에로와과도씩]|(?!\p{Hangul})))"
)


def _native_korean_counts(text: str) -> Iterator[tuple[str, int]]:
    """Each count `text` says in native Korean numbers before a counter (`_NATIVE_KOREAN_COUNT`),
    as written, and its value."""
    if not _NATIVE_KOREAN_COUNTER_HINT.search(text):
        return
    for match in _NATIVE_KOREAN_COUNT.finditer(text):
        ten, unit = match.group("ten"), match.group("unit")
        yield match.group(), (20 if ten == "스무" else _NATIVE_KOREAN_TENS.get(ten or "", 0)) + _NATIVE_KOREAN_UNITS.get(unit or "", 0)


def _kanji_numbers(text: str, language: str) -> Iterator[tuple[str, int]]:
    """Each number `text` writes in kanji, as written, and its value (in Japanese and Chinese);
    in Korean, in hangul (`_HANGUL_NUMBER`) and in native Korean numbers (`_native_korean_counts`)."""
    if language in _KANJI_LANGUAGES:
        for match in _KANJI_NUMBER.finditer(text):
            decades = text[match.end() : match.end() + 1] == _DECADES_OF_AGE
            yield match.group(), _kanji_value(match.group()) * (10 if decades else 1)
    elif language == "ko":
        if _HANGUL_MULTIPLIER_HINT.search(text):
            for match in _HANGUL_NUMBER.finditer(text):
                yield match.group(), _kanji_value(match.group().translate(_HANGUL_AS_KANJI))
        yield from _native_korean_counts(text)


def _kanji_value(run: str) -> int:
    """The value of a number in kanji: digits before 十, 百 or 千 multiply it (二十五 is 25),
    digits alone are read one by one (二〇二六 is 2026)."""
    if not any(char in _KANJI_MULTIPLIERS for char in run):
        return int("".join(str(_KANJI_DIGITS[char]) for char in run))
    total, digit = 0, None
    for char in run:
        if char in _KANJI_MULTIPLIERS:
            total += (1 if digit is None else digit) * _KANJI_MULTIPLIERS[char]
            digit = None
        else:
            digit = _KANJI_DIGITS[char]
    return total + (digit or 0)


def _number_said(text: str, language: str) -> int | None:
    """The number one word or run of digits or kanji says: 7 for 7, seven or 七."""
    if text.isdecimal():
        return int(text)
    if all(char in _KANJI_DIGITS or char in _KANJI_MULTIPLIERS for char in text):
        return _kanji_value(text)
    return _NUMBER_WORDS.get(language, {}).get(text.lower())


def _text_of(value: Decimal | int, numbers: list[str], locale: Locale) -> str | None:
    """The first of `numbers` (as a report gives them) that is `value`."""
    return next((text for text in numbers if _reported_value(text, locale) == value), None)


def _all_among(values: Sequence[Decimal], numbers: list[str], locale: Locale) -> bool:
    """Whether `numbers` (as a report gives them) have each of `values`, as many times as it is there."""
    return len(_without_values(numbers, values, locale)) + len(values) == len(numbers)


def _without_values(numbers: list[str], values: Iterable[Decimal], locale: Locale) -> list[str]:
    """`numbers` (as a report gives them) without one of each of `values`, where it has them."""
    left = list(numbers)
    for value in values:
        if (text := _text_of(value, left, locale)) is not None:
            left.remove(text)
    return left


def _hour_alone(time: str, locale: Locale) -> Decimal | None:
    """The hour of a time written without minutes (`3 heures`, `3 Uhr nachts`, `neun Uhr`), which may be a count."""
    digits = _digits(time)
    if not digits and (said := _number_said(_CLOCK_WORD.sub("", time).strip(), locale.language)) is not None:
        return Decimal(said)
    return Decimal(digits[0]) if len(digits) == 1 else None


def _reported_value(text: str, locale: Locale) -> Decimal | None:
    """The value of a number as a report gives it: `3,4 (= 3.4 in de)` is 3.4."""
    return _decimal(text.partition(" (")[0], locale)


def _not_in_words(
    numbers: list[str], in_words: Counter[int], locale: Locale, value_of: Callable[[str, Locale], Decimal | None] = _reported_value
) -> list[str]:
    """The numbers (written as in `locale`, perhaps with a reading after them) the other side
    does not write in words; each word taken is taken out of `in_words`."""
    left = []
    for text in numbers:
        value = value_of(text, locale)
        if value is not None and value == int(value) and in_words[int(value)] > 0:
            in_words[int(value)] -= 1
        else:
            left.append(text)
    return left


# A figure in imperial units followed by its metric conversion in brackets: 100F (38C), 40 miles (64 km).
_IMPERIAL_WITH_METRIC = lazy_compile(
    r"(\p{Nd}[\p{Nd},.]*)\s?(?:°?F|miles?|mi|feet|foot|ft|pounds?|lbs?|inch(?:es)?|in|yards?|mph|gallons?)\s?"
    r"\(\s?\p{Nd}[\p{Nd},.]*\s?(?:°?C|km|kilometres|kilometers|m|metres|meters|kg|cm|km/h|l|litres|liters)\s?\)"
)


# A metric figure with its imperial conversion in brackets: 40C (104F), 10 km (6 miles).
_METRIC_WITH_IMPERIAL = lazy_compile(
    r"\p{Nd}[\p{Nd},.]*\s?(?:°?C|km|kilometres|kilometers|m|metres|meters|kg|cm|km/h|l|litres|liters|hectares|ha|tonnes)\s?"
    r"\(\s?(\p{Nd}[\p{Nd},.]*)\s?(?:°?F|miles?|mi|feet|foot|ft|pounds?|lbs?|inch(?:es)?|in|yards?|mph|gallons?|acres?|tons)\s?\)"
)


@functools.lru_cache(maxsize=1024)
def _converted_figures(msgid: str) -> frozenset[Decimal]:
    """The imperial figures of the source that a metric conversion beside them may stand for,
    and the imperial conversions in brackets after its metric figures (104 of 40C (104F)),
    which a metric newsroom leaves out."""
    if "(" not in msgid:
        return frozenset()
    matches = (*_IMPERIAL_WITH_METRIC.finditer(msgid), *_METRIC_WITH_IMPERIAL.finditer(msgid))
    return frozenset(value for match in matches if (value := _decimal(match.group(1), _ENGLISH)) is not None)


_ENGLISH = Locale("en")


# Number words that more often say something else, not taken for a count the translation
# states: sie achten darauf (they heed it), un immeuble neuf (a new building), su cuarto (her
# room), a second later, and the like in Italian, Portuguese and Russian.
_OTHER_MEANINGS: Final[Mapping[str, frozenset[str]]] = {
    "de": frozenset({"achten"}), "fr": frozenset({"neuf"}), "es": frozenset({"cuarto"}), "en": frozenset({"second"}),
    # sei (you are), secondo and segundo (according to), quarto (a room), семью (a family)
    "it": frozenset({"sei", "secondo", "quarto"}), "pt": frozenset({"segundo", "quarto"}), "ru": frozenset({"семью"}),
}
# English `second` counts where it orders something: a second time, the second round, and
# after `the` or a possessive before a word (his second trip, the second largest); not `a second`
# alone, which may be an instant or another (a second later, a second term).
_ORDINAL_SECOND = lazy_compile(
    r"\bsecond (?:time|round|half|place|quarter|leg|set)\b"
    r"|\b(?:the|his|her|its|their|our|your|my)\s+second\s+(?!(?:of|to|and|or|in|after|before|later|ago)\b)\p{L}",
    regex.IGNORECASE,
)
# The counts compared when written in words: from two, as one is also an article (ein, une).
_COUNTS_IN_WORDS = range(2, 13)
# Those a translation may change into another in words (Twenty → Zwölf): up to the hundreds,
# which are also said roughly (hundreds, a thousand).
_COUNTS_CHANGED_IN_WORDS = range(2, 100)


def changed_counts_in_words(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A count the source writes in words that the translation changed into another in words
    (`Three ministers quit` → `Vier Minister traten zurück`, `numbers`): the translation's count
    is none the source states, and the source's is not in the translation; or one it states in
    no form (`_dropped_counts`: `numbers` or `count-dropped`). A count the source writes in
    digits is `changed_numbers`' to find."""
    # A dozen and half a dozen are counts too (`A dozen ministers` → `Six ministres`), unless the
    # translation counts in dozens, which `changed_dozens` compares.
    dozens_counted = _source_dozens_as_counts(msgid, source.language)
    if dozens_counted and _dozens(prose_of(msgstr), target.language):
        dozens_counted = {}
    in_source = {**_source_counts_in_words(msgid, source.language), **dozens_counted}
    a_dozen = dozens_counted.get(12)  # a dozen, not half a dozen
    if not in_source and a_dozen is None:
        return []  # most sentences: no count in words to change
    written, in_capitals = _DOZEN_HINTS.get(source.language, _NO_HINTS)
    if in_source and (written in msgid or in_capitals in msgid) and (dozens := _source_dozens(msgid, source.language)):
        # A count of dozens the translation says as their number (Two dozen protesters →
        # Veinticuatro manifestantes, 24 Demonstranten) is that number's, not a count dropped.
        said = _numbers_stated(prose_of(msgstr), target)
        in_source = {count: word for count, word in in_source.items() if not (count in dozens and 12 * count in said)}
    if (hours := _source_hours_in_words(msgid, source.language)) and any(
        not time.named for time in _numbers_and_times(prose_of(msgstr), target).times
    ):
        # `nine in the evening` → `um 21 Uhr`: the hour's word is the time's, which the numbers
        # check compares, and no other count of its number is (Nine people at nine in the
        # evening); one in words without the part of the day (um zehn Uhr) is a count here too.
        in_source = {**_counts_in_words(_blanked(prose_of(msgid), hours), source.language), **dozens_counted}
    # A half hour (um halb neun: 8:30) is a time, whose word counts nothing.
    target_prose = prose_of(msgstr)
    half_hours = _half_hours(target_prose, target.language)
    in_target = _counts_in_words(_blanked(target_prose, [span for span, _ in half_hours]) if half_hours else target_prose, target.language)
    if not in_target.keys() <= in_source.keys():
        in_digits = _source_numbers_and_times(msgid, source)
        # An hour the translation says in words (في العاشرة صباحاً for at 10 a.m.) is the source's time, no
        # count; the afternoon's end of a range (from nine to five) only as a time (siebzehn Uhr), whose word is blanked above.
        stated = in_source.keys() | {number.value for number in in_digits.numbers} | {
            hour for time in in_digits.times for hour in ((min(time.hours),) if time.ends_a_range else time.hours)
        }
        if added := [word for count, word in in_target.items() if count not in stated]:
            kept = in_target.keys() | _numbers_stated(target_prose, target, _source_clock_hours(msgid, source.language))
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
    if target.language not in _NUMBER_WORDS and target.language not in _KANJI_LANGUAGES:
        return []
    prose = prose_of(msgstr)
    # What the translation writes as the source does (a copied word, a name) is kept: told
    # before reading every number it states, and what it says another way read only for the rest.
    unwritten = {count: word for count, word in in_source.items() if not occurrences(word, prose)}
    if not unwritten and a_dozen is None:
        return []
    in_digits = {number.value for number in _numbers_and_times(prose, target).numbers}
    if in_digits - {number.value for number in _source_numbers_and_times(msgid, source).numbers}:
        return []
    stated = _numbers_stated(prose, target, _source_clock_hours(msgid, source.language))
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
    return [
        Issue(check, f"the source's {', '.join(words)} is in the translation neither in words nor in digits")
        for check, words in (("numbers", lost), ("count-dropped", rephrased)) if words
    ]


def _numbers_stated(text: str, locale: Locale, clock_hours: frozenset[int] = frozenset()) -> frozenset[int]:
    """Every whole number `text` states, in any form the checks read, whatever else the words
    may mean: in digits, also inside a code (G7), in words (sei, which is also `you are`), Roman
    numerals, compounds (dreijährig), fractions (十分之七 states seven and ten, un quart
    four), in kanji anywhere (两党, 三峡) and the kanji of two things (両国, 双方), a dozen
    (ein Dutzend), ten or a dozen said roughly (une dizaine, десяток), a word that says its
    number (Doppelpack, hat-trick, trio, doppelt, le triple), two by a noun in the dual (وزيران)
    or a comparison by half (halb so viele), and the hour before a half hour where it is one of
    the `clock_hours` the source says in words (halb neun, half negen, 8:30, states the eight
    of half past eight, not that of eight people)."""
    stated = set(_written_out(text, locale))
    stated.update(
        int(number.value) for number in _numbers_and_times(text, locale).numbers if number.value is not None and number.value % 1 == 0
    )
    stated.update(int(digits) for digits in _DIGIT_RUN.findall(text))
    stated.update(number for fraction in _fractions_in_words(text, locale.language) for number in fraction)
    if locale.language in _KANJI_LANGUAGES:
        stated.update(_kanji_value(run) for run in _KANJI_RUNS.findall(text))
        if _BOTH_IN_KANJI.search(text):
            stated.add(2)
        in_fractions = (_number_said(part, locale.language) for parts in _HANZI_FRACTION.findall(text) for part in parts)
        stated.update(number for number in in_fractions if number is not None)
    stated.update(int(12 * count) for count in _dozens(text, locale.language))
    if (ten_or_so := _TEN_OR_SO.get(locale.language)) is not None and ten_or_so.search(text):
        stated.update((10, 12))
    stated.update(number for number, words in _WORDS_SAYING_A_NUMBER.items() if words.search(text))
    # A comparison by half divides by two, as `deux fois moins` says: a multiple said as one is
    # `changed_multiples`' to report.
    hints, half_as = _HALF_AS.get(locale.language, (_NO_HINTS, None))
    if half_as is not None and any(hint in text for hint in hints) and half_as.search(text):
        stated.add(2)
    if clock_hours:
        stated.update(hour for _, hour in _half_hours(text, locale.language) if hour in clock_hours)
    if 2 not in stated and locale.language in _DUAL and _duals(text, locale.language):
        stated.add(2)
    return frozenset(stated)


_KANJI_RUNS = lazy_compile(_KANJI_RUN)
# Two things in one kanji: 両国 (both countries), 双方 (both sides), 俩 (the two).
_BOTH_IN_KANJI = lazy_compile("[両双雙俩倆]")
# About ten or a dozen, as translations say either: une dizaine, una decena, una decina, uma
# dezena, een tiental, десяток, kilkanaście (ten-odd).
_TEN_OR_SO: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)
    for language, words in {
        "fr": "dizaines?", "es": "decenas?", "it": "decin[ae]", "pt": "dezenas?", "nl": "tientall(?:en)?|tiental",
        "ru": r"десят(?:ок|ка|ку|ком|ке|ки|ков|кам|ками|ках)", "pl": r"kilkanaście|kilkunast\p{L}*|dziesiąt(?:ek|ka|ki|ków)",
        "ar": "دزينة|دستة",
    }.items()
}
# Words that say a number by themselves: two goals or titles (Doppelpack, doblete, doppietta,
# doublé, дубль), three (a hat-trick, triplé, tripletta, хет-трик, 帽子戏法), a duo, a trio, and a
# multiple, which `twice as many` and `three times as much` become (doppelt so viele, le
# double, el triple, il doppio, dubbel, o dobro, sich verdreifachen, quadrupler).
_WORDS_SAYING_A_NUMBER: Final[Mapping[int, regex.Pattern[str]]] = {
    2: lazy_compile(
        r"(?<!\p{L})(?:Doppelpack\p{L}*|doblete|doppietta|doublé|dublet\p{L}*|дубл\p{L}*|duo|dúo|дуэт\p{L}*"
        r"|doppelt\p{L}*|zweifach\p{L}*|verdoppel\p{L}*|double|doubles|doubl(?:er|ent|ait|èrent)|dobles?|duplic\p{L}*"
        r"|doppi[oa]|raddoppi\p{L}*|dubbel|verdubbel\p{L}*|tweemaal|dobro|dobr(?:ar|ou|aram|am)|вдвое)(?!\p{L})"
        r"|倍増|倍增|翻倍|加倍|倍(?=に|へ)|(?<=の)倍(?![\p{Han}])",
        regex.IGNORECASE,
    ),
    3: lazy_compile(
        r"(?<!\p{L})(?:hat[- ]?trick\p{L}*|triplé|triplete|tripletta|хет-трик\p{L}*|trio|trío|трио"
        r"|dreifach\p{L}*|verdreifach\p{L}*|triples?|tripl(?:er|ent|ait|èrent)|tripl[oi]|triplic\p{L}*"
        r"|drievoudig\p{L}*|verdrievoudig\p{L}*|driemaal|втрое)(?!\p{L})|ハットトリック|帽子戏法",
        regex.IGNORECASE,
    ),
    4: lazy_compile(
        r"(?<!\p{L})(?:vierfach\p{L}*|vervierfach\p{L}*|quadrupl\p{L}*|cuádrupl\p{L}*|cuadruplic\p{L}*|quadruplic\p{L}*"
        r"|viervoudig\p{L}*|verviervoudig\p{L}*|viermaal|вчетверо)(?!\p{L})",
        regex.IGNORECASE,
    ),
}
def _hour_before(hour: int) -> int:
    """The hour on the 12-hour clock before `hour`, whose half a German or Dutch half hour
    names by the next one (halb neun, half negen: 8:30; halb eins: 12:30)."""
    return hour - 1 if hour > 1 else 12


# Half of the hour before the one named, in German and Dutch: halb neun, half negen is 8:30,
# and states the eight of `half past eight`.
_HALF_HOUR: Final[Mapping[str, tuple[tuple[str, str], regex.Pattern[str]]]] = {
    language: (_in_any_case(word[1:]), lazy_compile(rf"(?<!\p{{L}}){word}\s+(\p{{L}}+)", regex.IGNORECASE))
    for language, word in (("de", "halb"), ("nl", "half"))
}
# Half past an hour in English, in words or digits: half past eight.
_HALF_PAST = lazy_compile(r"(?<!\p{L})half\s+past\s+(\p{L}+|\p{Nd}{1,2})(?![\p{L}\p{N}])", regex.IGNORECASE)


def _half_hours(text: str, language: str) -> list[tuple[tuple[int, int], int]]:
    """The half hours `text` says the German or Dutch way (`_HALF_HOUR`): where each is, and the
    hour it is half past."""
    hints, half_hour = _HALF_HOUR.get(language, (_NO_HINTS, None))
    if half_hour is None or not any(hint in text for hint in hints):
        return []
    hours = ((match.span(), _NUMBER_WORDS[language].get(match.group(1).lower())) for match in half_hour.finditer(text))
    return [(span, _hour_before(hour)) for span, hour in hours if hour is not None and 1 <= hour <= 12]


@functools.lru_cache(maxsize=1024)
def _source_clock_hours(msgid: str, language: str) -> frozenset[int]:
    """The hours a msgid says in words on the clock (half past eight, eight in the morning), on
    a 12-hour clock: a half hour may state them (halb neun), whose time the numbers check compares."""
    prose = prose_of(msgid)
    hours = [hour for match, hour, _, _ in _hours_with_part_of_day(prose, language) if not match.group("hour").isdigit()]
    if language == "en" and "past" in prose:
        hours += (_NUMBER_WORDS["en"].get(hour.lower()) if hour.isalpha() else int(hour) for hour in _HALF_PAST.findall(prose))
    return frozenset(hour % 12 or 12 for hour in hours if hour is not None and 1 <= hour <= 24)


# Half a dozen, which says six (or a few): a half-dozen, ein halbes Dutzend, une demi-douzaine.
_HALF_A_DOZEN = lazy_compile(
    r"half(?:[\s-]+a)?[\s-]+dozen|halbe[ns]?\s+Dutzend|demi-douzaine|media\s+docena|mezza\s+dozzina|meia\s+dúzia|полдюжины|pół\s+tuzina",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
@functools.lru_cache(maxsize=1024)
def _source_dozens_as_counts(msgid: str, language: str) -> dict[int, str]:
    """A dozen and half a dozen a msgid says without a number (a dozen, half a dozen
    ministers): the counts 12 and 6, as written."""
    written, in_capitals = _DOZEN_HINTS.get(language, _NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return {}
    return {int(12 * count): words for count, words in _source_dozens(msgid, language).items() if count < 2}


class _Span(NamedTuple):
    """A span of time a text gives, in months (months and years) or in minutes (weeks, days,
    hours and minutes), which a calendar cannot turn into each other."""

    length: Decimal  # 18 for 18 months, 18 Monate, anderthalb Jahre, 一年半 or un an et six mois; 90 for une heure et demie
    unit: str  # month or minute
    numbers: tuple[int, ...]  # the counts it states in any form: 6 of six months, 2 and 6 of zwei Jahre und sechs Monate; none of ein halbes Jahr
    digits: tuple[Decimal, ...]  # the counts it writes in digits, as the numbers check reads them: 2 of 2 Jahre, 1 and 6 of 1年6月
    start: int
    end: int
    words: str  # as written: a year and a half
    # The length its count says where its words are also an idiom of another: 15 days of quinze
    # jours (two weeks), 8 of huit jours (a week).
    counted: Decimal | None = None


class _SpansCompared(NamedTuple):
    """The spans of time of a source and of its translation, compared by their length."""

    said: list[tuple[_Span, _Span]]  # each of the source's the translation gives, with the translation's
    unsaid: list[_Span]  # the source's the translation does not give
    others: list[_Span]  # the translation's that are none of the source's


# The nouns of a span of minutes to decades after its count, by language, in the forms a count
# gives them (2 Jahre, in zwei Jahren, два года, пять лет, dwa lata, 18个月, 2年間, 72 Stunden).
# Japanese courts count a sentence's months without a counter after its years (禁錮1年6月).
# A decade before a year, which may start its noun (Jahrzehnt). Not the Arabic عقد, also a contract.
_SPAN_NOUNS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {"minute": "minutes?", "hour": "hours?", "day": "days?", "week": "weeks?", "month": "months?", "decade": "decades?", "year": "years?"},
    "de": {"minute": "Minuten?", "hour": "Stunden?", "day": "Tag(?:e|en|es)?", "week": "Wochen?",
           "month": r"Monat(?:e|en|s)?|monatig\p{L}*", "decade": "Jahrzehnt(?:e|en|s)?|Dekaden?", "year": r"Jahr(?:e|en|es)?|jährig\p{L}*"},
    "nl": {"minute": "minuut|minuten", "hour": "uur|uren", "day": "dag|dagen", "week": "weken|week", "month": "maand|maanden",
           "decade": "decennium|decennia", "year": "jaar|jaren"},
    "fr": {"minute": "minutes?", "hour": "heures?", "day": "jours?|journées?", "week": "semaines?", "month": "mois", "decade": "décennies?", "year": "ans?|années?"},
    "es": {"minute": "minutos?", "hour": "horas?", "day": "días?", "week": "semanas?", "month": "mes(?:es)?", "decade": "décadas?|decenios?", "year": "años?"},
    "it": {"minute": "minut[oi]", "hour": "or[ae]", "day": "giorn[oi]", "week": "settiman[ae]", "month": "mes[ei]", "decade": "decenni[oi]?", "year": "ann[oi]"},
    "pt": {"minute": "minutos?", "hour": "horas?", "day": "dias?", "week": "semanas?", "month": "m[eê]s(?:es)?", "decade": "décadas?|dec[êé]nios?", "year": "anos?"},
    "ru": {"minute": r"минут\p{L}*", "hour": "час(?:а|ов|ам|ами|ах)?", "day": r"дн(?:я|ей|ям|ями|ях)|день|сут(?:ки|ок|кам|ками)",
           "week": r"недел\p{L}*", "month": r"месяц\p{L}*", "decade": r"десятилети\p{L}*", "year": "год(?:а|у|ом|ам|ами|ах)?|лет"},
    "pl": {"minute": r"minut\p{L}*", "hour": r"godzin\p{L}*", "day": "dni|dzień|dnia|dób|doby", "week": r"tydzień|tygodni\p{L}*",
           "month": r"miesi[ąę]c\p{L}*", "decade": r"dekad\p{L}*|dziesięcioleci\p{L}*", "year": "rok(?:u|iem)?|lat(?:a|ach)?"},
    "ar": {"minute": r"دقيق\p{L}*|دقائق", "hour": r"ساع\p{L}*", "day": r"يوم\p{L}*|أيام", "week": r"أسبوع\p{L}*|أسابيع",
           "month": r"شهر\p{L}*|أشهر|شهور", "year": r"عام\p{L}*|أعوام|سنة|سنوات"},
    "zh": {"minute": "分钟|分鐘", "hour": "个?小时|個?小時", "day": "天", "week": "个?星期|個?星期|周", "month": "个月|個月", "year": "年"},
    "ja": {"minute": "分間?", "hour": "時間", "day": "日間", "week": "週間?", "month": r"[かヶカケヵ箇]月間?|(?<=\p{Nd}年\p{Nd}{1,2})月",
           "year": "年間?"},
}
# Each unit of a span in the unit its length is compared in: decades and years are months, weeks and days minutes.
_SPAN_UNITS: Final[Mapping[str, tuple[int, str]]] = {
    "decade": (120, "month"), "year": (12, "month"), "month": (1, "month"),
    "week": (7 * 24 * 60, "minute"), "day": (24 * 60, "minute"), "hour": (60, "minute"), "minute": (1, "minute"),
}
# The unit of a span a compound word counts: dreijährig, driejarig, двухмесячный, trzyletni, decennale.
_COMPOUND_SPANS: Final[Mapping[str, str]] = {
    "jährig": "year", "monatig": "month", "wöchig": "week", "летн": "year", "месячн": "month", "недельн": "week", "letn": "year",
    "miesięczn": "month",
    "ennal": "year", "enni": "year", "ennat": "year", "enal": "year", "enio": "year", "jahres": "year", "monats": "month",
    "tägig": "day", "stündig": "hour", "minütig": "minute", "дневн": "day", "часов": "hour", "dniow": "day", "godzinn": "hour",
    "jarig": "year", "maands": "month", "weeks": "week", "daags": "day", "urig": "hour",
}
# Spans said without a count of their own: half a year (ein halbes Jahr, medio año, полгода, 半年),
# a year (ein Jahr, un an, год, 一年), two in the Arabic dual (عامين, شهرين), two weeks as a
# fortnight or fourteen or fifteen days (vierzehn Tage, quinze jours, una quincena), a week as
# eight days (huit jours, ocho días), a day (ein Tag, сутки) and half a day, an hour, half an
# hour (eine halbe Stunde, полчаса, 半小时), a quarter or three quarters of one (eine
# Viertelstunde, trois quarts d'heure), a quarter of a year or of a century (ein Vierteljahr,
# un quart de siècle). Not a quarter alone, which is a business's. Each with the words in lower
# case one of which any of its forms has, so that a sentence without them is not scanned for it
# (None: one it is scanned for always, as a year without a count is said in so many ways).
_SPANS_WITHOUT_A_COUNT: Final[Mapping[tuple[int, str], tuple[tuple[str, ...] | None, regex.Pattern[str]]]] = {
    (6, "month"): (("half", "halb", "semestre", "demi-ann", "medio", "mezzo", "meio", "пол", "pół", "نصف", "半年"), lazy_compile(
        r"half[\s-]+a[\s-]+year|half-year|halbe[snm]?\s+Jahr|Halbjahr|half\s*jaar|semestre|demi-année|medio\s+año|mezzo\s+anno|meio\s+ano|"
        r"полгода|полугоди|пол\s+года|pół\s+roku|półrocz|نصف\s+(?:عام|سنة)|半年",
        regex.IGNORECASE,
    )),
    # (not عام 2024, the year 2024)
    (12, "month"): (None, lazy_compile(
        r"(?<!\p{L})(?:a\s+year|(?:ein|einem|eines|un|une|um)\s+(?:Jahr(?:es)?|an|année|año|anno|ano)|год\p{L}?|rok\p{L}?"
        r"|(?:عام|سنة)(?!\s*\p{Nd}))(?!\p{L})|一年|(?<!\p{Nd})1年",
        regex.IGNORECASE,
    )),
    (24, "month"): (("عام", "سنت"), lazy_compile(r"(?<!\p{L})(?:عامين|عامان|سنتين|سنتان)(?!\p{L})")),
    (2, "month"): (("شهر",), lazy_compile(r"(?<!\p{L})(?:شهرين|شهران)(?!\p{L})")),
    (2, "week"): (("fortnight", "quinz", "quince", "quindic", "vierzehn", "veertien", "أسبوع"), lazy_compile(
        r"(?<!\p{L})(?:fortnight|quinzaine|quincena|quindicina|quinzena|أسبوعين|أسبوعان"
        r"|(?:quinze\s+jours|quince\s+días|quindici\s+giorni|quinze\s+dias|vierzehn\s+Tagen?|veertien\s+dagen))(?!\p{L})",
        regex.IGNORECASE,
    )),
    (1, "week"): (("huit", "ocho", "otto", "oito", "acht"), lazy_compile(
        r"(?<!\p{L})(?:huit\s+jours|ocho\s+días|otto\s+giorni|oito\s+dias|acht\s+Tagen?|acht\s+dagen)(?!\p{L})", regex.IGNORECASE,
    )),
    (1, "day"): (("day", "tag", "jour", "día", "dia", "giorno", "сут", "dob"), lazy_compile(
        r"(?<!\p{L})(?:a\s+day|(?:ein|einen|einem)\s+Tag|un\s+jour|un\s+día|un\s+giorno|um\s+dia|сутки|суток|dob[aęy])(?!\p{L})",
        regex.IGNORECASE,
    )),
    (1, "hour"): (("hour", "stunde", "heure", "ora", "час", "godzin"), lazy_compile(
        r"(?<!\p{L})(?:an\s+hour|(?:eine|einer)\s+Stunde|une\s+heure|una\s+hora|un['’]ora|uma\s+hora|час|godzin[aęy])(?!\p{L})",
        regex.IGNORECASE,
    )),
    (30, "minute"): (("half", "halb", "demi-heure", "media", "mezz", "meia", "полчаса", "pół", "نصف", "半"), lazy_compile(
        r"half\s+an\s+hour|half-hour|halbe[nr]?\s+Stunde|half\s*uur|demi-heure|media\s+hora|mezz['’]\s?ora|meia\s+hora|полчаса|pół\s+godziny"
        r"|نصف\s+ساعة|半小时|半小時|半時間",
        regex.IGNORECASE,
    )),
    (720, "minute"): (("half", "halb", "demi-journée", "mezza", "полдня", "pół", "نصف", "半"), lazy_compile(
        r"(?<!\p{L})(?:half[\s-]+a[\s-]+day|half-day|halbe[nrm]?\s+Tag|demi-journée|mezza\s+giornata|полдня|pół\s+dnia|نصف\s+يوم)(?!\p{L})"
        r"|半天|半日",
        regex.IGNORECASE,
    )),
    (15, "minute"): (("quart", "viertelstunde", "cuarto", "четверть", "kwadrans", "ربع", "一刻"), lazy_compile(
        r"(?<!\p{L})(?:quarter[\s-]+(?:of\s+an\s+)?hour|Viertelstunde|quart\s+d['’]heure|cuarto\s+de\s+hora|quarto\s+d['’]ora"
        r"|quarto\s+de\s+hora|четверть\s+часа|kwadrans|ربع\s+ساعة)(?!\p{L})|一刻钟|一刻鐘",
        regex.IGNORECASE,
    )),
    (45, "minute"): (("quart", "viertel", "cuartos", "четверти", "kwadranse"), lazy_compile(
        r"(?<!\p{L})(?:three[\s-]+quarters\s+of\s+an\s+hour|Dreiviertelstunde|drei\s+Viertelstunden|trois\s+quarts\s+d['’]heure"
        r"|tres\s+cuartos\s+de\s+hora|tre\s+quarti\s+d['’]ora|três\s+quartos\s+de\s+hora|три\s+четверти\s+часа|trzy\s+kwadranse)(?!\p{L})",
        regex.IGNORECASE,
    )),
    (3, "month"): (("quarter", "vierteljahr"), lazy_compile(r"(?<!\p{L})(?:quarter\s+of\s+a\s+year|Vierteljahr)(?!\p{L})", regex.IGNORECASE)),
    (300, "month"): (("quart", "vierteljahrhundert", "cuarto", "четверть", "ćwierć", "ربع", "四半"), lazy_compile(
        r"(?<!\p{L})(?:quarter[\s-]+(?:of\s+a\s+)?century|Vierteljahrhundert\p{L}*|quart\s+de\s+siècle|cuarto\s+de\s+siglo"
        r"|quarto\s+di\s+secolo|quarto\s+de\s+século|четверть\s+века|ćwierć\s+wieku|ربع\s+قرن)(?!\p{L})|四半世紀",
        regex.IGNORECASE,
    )),
}
# The indefinite articles that count one of a span's unit where no number word does: a week,
# an hour, a decade, einen Monat, einer Woche.
_ARTICLES_OF_ONE: Final[Mapping[str, frozenset[str]]] = {"en": frozenset({"a", "an"}), "de": frozenset({"einen", "einem", "einer"})}
# What joins the parts of a span of several units: two years and six months, deux ans et six
# mois, два года и шесть месяцев, 两年零六个月, 1年6月.
_SPAN_PARTS_JOINED = lazy_compile(r"\s*,?\s*(?:(?:and|und|et|y|e|i|и|oraz|零|又)\s*)?", regex.IGNORECASE)


def _span_nouns(language: str) -> str:
    """The language's span nouns, a named group per unit."""
    return "|".join(f"(?P<{unit}>{noun})" for unit, noun in _SPAN_NOUNS[language].items())


@functools.lru_cache(maxsize=16)
def _counted_span_pattern(language: str) -> regex.Pattern[str]:
    nouns = _span_nouns(language)
    if language in _KANJI_LANGUAGES:
        return regex.compile(rf"(?<![\p{{N}}.,])(?P<count>\p{{Nd}}+(?:\.\p{{Nd}}+)?|{_KANJI_RUN})\s?(?:{nouns})")
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,/])(?P<count>\p{{Nd}}+(?:[.,]\p{{Nd}}+)?|\p{{L}}+)[\s\u00a0-]+(?:{nouns})(?!\p{{L}})", regex.IGNORECASE
    )


@functools.lru_cache(maxsize=16)
def _span_noun_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(_span_nouns(language), regex.IGNORECASE)


_CALENDAR_YEAR = lazy_compile(r"(?:1[89]|20)\p{Nd}{2}")


def _spans(text: str, locale: Locale) -> list[_Span]:
    """The spans of time `text` gives in minutes to years, each in months or in minutes
    (`_SPAN_UNITS`): counted (18 months, zwei Jahre, 18个月, 72 Stunden), with a half (anderthalb
    Jahre, une heure et demie, 一年半), without a count (ein halbes Jahr, 半年, eine halbe Stunde)
    or in parts (zwei Jahre und sechs Monate). Where two overlap (un an, un an et demi), the
    longer is the span. A half of the year named by its number (im ersten Halbjahr, au premier
    semestre) is when, no span."""
    language = locale.language
    if language not in _SPAN_NOUNS:
        return []
    if any(hint in text for hint in _PERIOD_HALF_HINTS.get(language, ())):
        text = _blanked(text, [match.span() for match in _period_halves_pattern(language).finditer(text)])
    if "/" in text or "½" in text:  # 1 1/2 years as the 1.5 years the numbers check reads
        decimal = _symbols(locale)[1]
        text = _FRACTION.sub(lambda match: _plain(_fraction_value(match)).replace(".", decimal), text)
    if language == "ar" and "عشر" in text:  # ثمانية عشر شهرا as the 18 months the numbers check reads
        text = _ARABIC_TEEN.sub(_arabic_teen_in_digits, text)

    def counted(count: Decimal, unit: str, digits: tuple[Decimal, ...], start: int, end: int, words_start: int | None = None) -> _Span:
        numbers = (int(count),) if count % 1 == 0 else ()
        size, unit = _SPAN_UNITS[unit]
        return _Span(count * size, unit, numbers, digits, start, end, text[start if words_start is None else words_start : end])

    found = []  # first the spans without a count, which win where words count as long a span (quinze jours: two weeks)
    lowered = text.lower()
    for (count, unit), (hints, pattern) in _SPANS_WITHOUT_A_COUNT.items():
        if hints is None or any(hint in lowered for hint in hints):
            size, base = _SPAN_UNITS[unit]
            found.extend(_Span(Decimal(count * size), base, (), (), *match.span(), match.group()) for match in pattern.finditer(text))
    articles = _ARTICLES_OF_ONE.get(language, frozenset())
    for match in _counted_span_pattern(language).finditer(text):
        count, start = match.group("count"), match.start()
        in_digits = count[0].isdecimal()
        if in_digits and language in _KANJI_LANGUAGES and match.lastgroup == "year" and _CALENDAR_YEAR.fullmatch(count):
            continue  # 2019年 is the year 2019, no span of 2019 years
        value = _decimal(count, locale) if in_digits else 1 if count.lower() in articles else _number_said(count, language)
        if value is not None and not in_digits and language not in _KANJI_LANGUAGES and count.lower() not in articles:
            # The count's last word may end a number of several (twenty-one days, dix-huit mois, vingt et un jours).
            start, value = _number_ending_at(text, match.end("count"), language) or (start, value)
        if value is not None:
            found.append(counted(Decimal(value), match.lastgroup, (Decimal(value),) if in_digits else (), start, match.end()))
    if (compounds := _NUMBER_COMPOUNDS.get(language)) is not None:
        for match in compounds.finditer(text):
            if (unit := _COMPOUND_SPANS.get(match.group()[len(match.group(1)) :].casefold())) is not None:
                ending = _WORD.match(text, match.end())  # the compound as written to its end: zweijährige, not zweijährig
                end = match.end() if ending is None else ending.end()
                found.append(counted(Decimal(_NUMBER_PREFIXES[language][match.group(1).casefold()]), unit, (), match.start(), end))
    for value, match, in_digits in _halves_in_place(text, language):
        # The noun inside the words of the half (un an et demi, 一年半) or right after them (anderthalb Jahre).
        noun = _span_noun_pattern(language).search(text, match.start(), match.end() + 12)
        if noun is not None and (noun.start() < match.end() or not text[match.end() : noun.start()].strip()):
            whole = (Decimal(int(value)),) if in_digits else ()
            # Its words from the one before the noun (took a year and a half) or before the half
            # (served two and a half years), of the few the pattern reads before the half.
            before = match.end("before") if match.groupdict().get("before") else match.start()
            anchor = noun.start() if noun.start() < match.end() else before
            words_start = max(match.start(), text.rfind(" ", match.start(), max(anchor - 1, 0)) + 1)
            span = counted(value, noun.lastgroup, whole, match.start(), max(match.end(), noun.end()), words_start)
            # It states its whole part (the two of two and a half years), which a translation
            # may write fused with the half (zweieinhalb Jahre).
            found.append(span._replace(numbers=(int(value),)))
    spans: list[_Span] = []
    # Of two as long, the one in digits, which the numbers check reads (1年 in 1年6月); of two
    # words, the idiom, with the length its count says (quinze jours: two weeks, or 15 days).
    for span in sorted(found, key=lambda span: (span.start - span.end, -len(span.digits))):
        if (twin := next((index for index, other in enumerate(spans) if (other.start, other.end) == (span.start, span.end)), None)) is not None:
            if (spans[twin].length, spans[twin].unit) != (span.length, span.unit) and span.unit == spans[twin].unit:
                spans[twin] = spans[twin]._replace(counted=span.length, numbers=span.numbers)
        elif not any(span.start < other.end and other.start < span.end for other in spans):
            spans.append(span)
    if (days_for := _WEEKS_AS_DAYS.get(language)) is not None:
        # deux semaines, una settimana: as long as the days the language's idiom says them in
        spans = [span._replace(counted=days_for[span.length]) if span.counted is None and span.length in days_for else span for span in spans]
    return _spans_summed(sorted(spans, key=lambda span: span.start), text)


# The weeks a language also says as a count of days, whatever its words: two weeks as quinze
# jours (fifteen days, in French, Spanish, Italian and Portuguese), a week as huit jours (eight
# days, and acht Tage in German and Dutch). A source's `fifteen days` said as `deux semaines` is
# the same span, as `quinze jours` would be; `fifteen days` as `zwei Wochen`, `sixteen days` as
# `deux semaines` are not. (In minutes, as `_SPAN_UNITS` counts weeks and days.)
_WEEK = Decimal(7 * 24 * 60)
_WEEKS_AS_DAYS: Final[Mapping[str, Mapping[Decimal, Decimal]]] = {
    **dict.fromkeys(("fr", "es", "it", "pt"), {2 * _WEEK: 15 * _WEEK / 7, _WEEK: 8 * _WEEK / 7}),
    **dict.fromkeys(("de", "nl"), {_WEEK: 8 * _WEEK / 7}),
}


def _number_ending_at(text: str, end: int, language: str) -> tuple[int, int] | None:
    """Where the number in words that ends at `end` of `text` starts, and its value."""
    before = text[:end]
    last = None
    for written, value in _words_and_numbers(before, language):
        last = (written, value)
    if last is None or not before.endswith(last[0]):
        return None
    return end - len(last[0]), last[1]


def _spans_summed(spans: list[_Span], text: str) -> list[_Span]:
    """`spans` with those said in parts of falling units taken as one: zwei Jahre und sechs
    Monate is 30 months, two hours and 15 minutes 135 minutes."""
    summed: list[_Span] = []
    for span in spans:
        last = summed[-1] if summed else None
        if (last is not None and last.unit == span.unit and last.length > span.length
                and _SPAN_PARTS_JOINED.fullmatch(text, last.end, span.start)):
            summed[-1] = _Span(last.length + span.length, span.unit, last.numbers + span.numbers, last.digits + span.digits,
                               last.start, span.end, text[last.start : span.end])
        else:
            summed.append(span)
    return summed


@functools.lru_cache(maxsize=1024)
def _source_spans(msgid: str, source: Locale) -> tuple[_Span, ...]:
    return tuple(_spans(prose_of(msgid), source))


@functools.lru_cache(maxsize=16)
def _translation_spans(msgstr: str, target: Locale) -> tuple[_Span, ...]:
    """Read once for the several checks of a unit that compare its spans."""
    return tuple(_spans(prose_of(msgstr), target))


_NO_SPANS = _SpansCompared([], [], [])


def _spans_compared(msgid: str, msgstr: str, source: Locale, target: Locale) -> _SpansCompared:
    """The spans of time of the source the translation gives, each with the translation's:
    counted in another unit (`18 months` → `anderthalb Jahre`, `1年半`; `2 years` → `24 Monate`),
    or without a count (`6 months` → `ein halbes Jahr`, `半年`; `twelve months` → `un an`); and
    those of either side left over."""
    in_source = _source_spans(msgid, source)
    if not in_source:
        return _NO_SPANS  # most sentences: no span of time
    in_target = list(_translation_spans(msgstr, target))
    said, unsaid = [], []
    for span in in_source:
        if (other := next((other for other in in_target if _as_long(span, other)), None)) is not None:
            in_target.remove(other)
            said.append((span, other))
        else:
            unsaid.append(span)
    return _SpansCompared(said, unsaid, in_target)


def _as_long(span: _Span, other: _Span) -> bool:
    """Whether two spans of time are as long: in the same unit, by either length an idiom has
    (quinze jours for two weeks or for fifteen days); months against minutes, as a calendar's
    month has 28 to 31 days (four weeks or 30 days for a month, 52 weeks or 365 days for a year)."""
    if span.unit == other.unit:
        return bool({span.length, span.counted} & {other.length, other.counted} - {None})
    months, minutes = (span, other) if span.unit == "month" else (other, span)
    days = minutes.length / _MINUTES_A_DAY
    return 28 * months.length <= days <= 31 * months.length


_MINUTES_A_DAY = _SPAN_UNITS["day"][0]


def _spans_changed(spans: _SpansCompared, added: list[str], msgid: str, msgstr: str, source: Locale, target: Locale) -> list[_Span]:
    """The spans of time the source says without digits that the translation gives as another
    span, in figures the source does not have (`added`): `a year and a half` → `12 Monate`,
    `two years` → `36 Monate`, `half an hour` → `40 Minuten`. Each of the source's is paired with
    one of the translation's left over in the same unit (months or minutes), in order; the one
    of each side left, with the other whatever its unit (`a year and a half` → `12 Wochen`)."""
    others = [span for span in spans.others if span.digits and _all_among(span.digits, added, target)]
    changed = []
    for span in spans.unsaid:
        if not span.digits and (other := next((other for other in others if other.unit == span.unit), None)) is not None:
            others.remove(other)
            changed.append(span)
    if not changed and others and (pair := _one_span_each(spans, msgid, msgstr, source, target)) is not None and not pair[0].digits:
        changed.append(pair[0])
    return changed


def changed_spans(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The spans of time of the source that the translation gives as another span (`numbers`).

    One the source says without digits, paired with one of the translation's left over that
    gives the same noun (years, hours; a fortnight, which gives none, any of its unit), in
    order: `a year and a half` → `ein Jahr`, `half an hour` → `eine Stunde`, `a year` → `zwei
    Jahre`. The checks read some spans in one language and not in another, so that one of
    another noun may be a span the source gives unread beside one the translation rephrased
    (`one day` → `eines Tages`, some day). Only where each side has one span left, and says
    no other the checks do not read, are the two compared whatever their nouns and digits
    (`_one_span_each`): `a year and a half` → `sechs Monate`, `three months` → `drei Wochen`,
    `3 months` → `3 Wochen`.

    A figure either side writes in digits that the other does not state is `changed_numbers`'
    to report; one an ordinal counts (`the fourth day`), or whose count in words the
    translation does not state (`two years` → `drei Jahre`), `changed_counts_in_words`'. A span
    noun alone (год, عام, час, rok), which the translation may give for a year or an hour that
    is no span (в прошлом году, مدير عام), does not say another span."""
    if target.language not in _SPAN_NOUNS or not _may_give_a_span(msgid, source.language):
        return []  # most sentences: no span of time, decided without reading one
    in_source = _source_spans(msgid, source)
    if not in_source:
        return []
    if all(span.digits for span in in_source) and not _another_unit_named(in_source, msgstr, source, target):
        return []  # its figures are the numbers check's; another unit for them is all left to find
    spans = _spans_compared(msgid, msgstr, source, target)
    if not spans.unsaid:
        return []
    return _changed_of_a_noun(spans, msgid, msgstr, source, target) or _changed_whatever_the_noun(spans, msgid, msgstr, source, target)


def _another_unit_named(spans: Sequence[_Span], msgstr: str, source: Locale, target: Locale) -> bool:
    """Whether the translation names, as a word of its own or at the end of a compound a number
    opens, a unit of time none of the source's `spans` does (`3 months` → `3 Wochen`, `2-year` →
    `zweimonatige`), told without reading its spans."""
    units = {_span_noun(span, source.language) for span in spans}
    target_prose = prose_of(msgstr)
    if target.language in _KANJI_LANGUAGES:
        # No word of its own between characters: the units of the spans it counts (禁錮18年).
        return any(_span_noun(span, target.language) not in units for span in _translation_spans(msgstr, target))
    if any(noun.lastgroup not in units for noun in _span_noun_word_pattern(target.language).finditer(target_prose)):
        return True
    compounds = _NUMBER_COMPOUNDS.get(target.language)
    return compounds is not None and any(
        _COMPOUND_SPANS.get(match.group()[len(match.group(1)) :].casefold(), "") not in units | {""} for match in compounds.finditer(target_prose)
    )


def _changed_of_a_noun(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source's spans without digits the translation gives as another of the same noun."""
    noun_alone = _span_noun_pattern(target.language)
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)
    others = [span for span in spans.others if not span.digits and not noun_alone.fullmatch(span.words)
              and not _one_of_a_choice(target_prose, span, target.language)]
    issues = []
    for span in (span for span in spans.unsaid
                 if _a_length_in_words(span, source.language) and not _one_of_a_choice(source_prose, span, source.language)):
        noun = _span_noun(span, source.language)
        same = (other for other in others if other.unit == span.unit and _same_noun(noun, _span_noun(other, target.language)))
        if (other := next(same, None)) is None:
            continue
        if not _counts_stated(span, target_prose, target):
            continue  # a count the translation changed or dropped, which the counts check reports
        others.remove(other)
        issues.append(Issue("numbers", f"missing {span.words}; not in the source: {other.words}"))
    return issues


def _changed_whatever_the_noun(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source's one span the translation gives as its one other, of any noun, where no
    other check reports a figure of theirs: the translation states the digits of the source's
    (`3 months` → `drei Wochen`) and its counts in words, and the source the digits of the
    translation's (`three months` → `3 Wochen`; `a year and a half` → `12 Wochen` is
    `changed_numbers`' to report, as a figure of its own)."""
    if (pair := _one_span_each(spans, msgid, msgstr, source, target)) is None:
        return []
    span, other = pair
    stated, states = {Decimal(number) for number in other.numbers}, {Decimal(number) for number in span.numbers}
    if not set(span.digits) <= stated or not set(other.digits) <= states or not _counts_stated(span, prose_of(msgstr), target, other.numbers):
        return []
    return [Issue("numbers", f"missing {span.words}; not in the source: {other.words}")]


def _counts_stated(span: _Span, target_prose: str, target: Locale, stated_by: Sequence[int] = ()) -> bool:
    """Whether the translation states the counts a span of the source says in words, in any
    form: told first by those a span of the translation states (`stated_by`), if any."""
    counts = {count for count in span.numbers if count in _COUNTS_CHANGED_IN_WORDS}
    return not counts or counts <= set(stated_by) or counts <= _numbers_stated(target_prose, target)


def _one_span_each(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[_Span, _Span] | None:
    """The source's one span of time the translation does not give and the translation's one
    that is none of the source's, where the one may be the other said wrong: neither counted
    by an ordinal (the third day, am dritten Tag) nor a span noun alone (год, عام) nor one end
    of a choice, and neither text has a span noun outside the spans the checks read (these
    days, eines Tages, im Jahr 2020, Jahrzehnte), which may be a span either reads and the
    other does not."""
    if len(spans.unsaid) != 1 or len(spans.others) != 1:
        return None
    (span,), (other,) = spans.unsaid, spans.others
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)
    for text, one, language in ((source_prose, span, source.language), (target_prose, other, target.language)):
        if _an_ordinal(text, one, language) or _span_noun_pattern(language).fullmatch(one.words) or _one_of_a_choice(text, one, language):
            return None
    if not _all_nouns_read(source_prose, _source_spans(msgid, source), source.language):
        return None
    if not _all_nouns_read(target_prose, [said for _, said in spans.said] + [other], target.language):
        return None
    return span, other


def _an_ordinal(text: str, span: _Span, language: str) -> bool:
    """Whether a span of time in `text` is counted by an ordinal or a multiple (the third day,
    am dritten Tag, le troisième jour, 第3週), which says when, not how long."""
    first = span.words.split(maxsplit=1)[0].lower() if span.words.strip() else ""
    return first in _ORDINALS_AND_MULTIPLES.get(language, ()) or language == "en" and first.endswith("th") and first in _NUMBER_WORDS["en"] \
        or text[span.start - 1 : span.start] == "第"


# The forms of a number to twelve that count no things: ordinals and multiples (third, twice, dritten, troisième).
_ORDINALS_AND_MULTIPLES: Final[Mapping[str, frozenset[str]]] = {
    language: frozenset(word for words in numbers for word in words.partition("|")[2].split())
    - {word for words in numbers for word in words.partition("|")[0].split()}
    for language, numbers in _TO_TWELVE_FORMS.items()
}


@functools.lru_cache(maxsize=16)
def _span_noun_word_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{_span_nouns(language)})(?!\p{{L}})", regex.IGNORECASE)


def _all_nouns_read(text: str, spans: Sequence[_Span], language: str) -> bool:
    """Whether every span noun `text` has as a word of its own is in one of its `spans`."""
    nouns = _span_noun_word_pattern(language)
    inside = sum(1 for span in spans for _ in nouns.finditer(span.words))
    return sum(1 for _ in nouns.finditer(text)) <= inside


def _one_of_a_choice(text: str, span: _Span, language: str) -> bool:
    """Whether a span of time in `text` is one end of a range or a choice of counts (a day or
    two, ein oder zwei Tage, ein bis zwei Tage, ein, zwei Tage, один-два дня): the choice, not
    the span alone, is what the source says."""
    if _in_a_range(text, span.start, span.end, language):
        return True
    listed = _COUNT_LISTED_BEFORE.search(text, max(0, span.start - 40), span.start)
    return listed is not None and listed.group(1).lower() in _NUMBER_WORDS.get(language, {})


# `ein, zwei Tage`: a count and a comma before a span, a choice as `ein oder zwei Tage` is.
_COUNT_LISTED_BEFORE = lazy_compile(r"(?<!\p{L})(\p{L}+),\s*$")


def _a_length_in_words(span: _Span, language: str) -> bool:
    """Whether a span of time the source gives is a length without digits: not one an English
    ordinal counts (the fourth day)."""
    first = span.words.split(maxsplit=1)[0].lower()
    return not span.digits and (language != "en" or first not in _NUMBER_WORDS["en"] or first in _ENGLISH_SPAN_COUNTS)


def _span_noun(span: _Span, language: str) -> str | None:
    """The unit of the noun a span of time gives (year for a year and a half, anderthalb
    Jahre), or none for one said by a word of its own (a fortnight, une quinzaine)."""
    noun = _span_noun_pattern(language).search(span.words)
    return noun.lastgroup if noun is not None else None


def _same_noun(noun: str | None, other: str | None) -> bool:
    return noun is None or other is None or noun == other


def _may_give_a_span(msgid: str, language: str) -> bool:
    """Whether a msgid may give a span of time: in English, one that has digits, a word for
    one, a number word or half before a span noun (18 months, a year, an hour, eighteen
    months, two and a half years, a half-hour, a decade), a fortnight or a quarter-century; in
    another language, any."""
    if language != "en":
        return True
    lowered = msgid.lower()
    for noun in _ENGLISH_SPAN_NOUN.finditer(lowered):
        start = noun.start()
        if start and lowered[start - 1].isalpha():
            continue  # inside a word: Monday, today
        before = _ENGLISH_WORD_BEFORE.search(lowered, max(0, start - 24), start)
        if before is not None and (before.group(1) in _ENGLISH_SPAN_COUNTS or before.group(1).isdecimal()):
            return True
    return "fortnight" in lowered or "quarter" in lowered and "century" in lowered


# `re`, not `regex`, and no word boundaries: quicker at the plain search every msgid has.
_ENGLISH_SPAN_NOUN = re.compile("minute|hour|day|week|month|year|decade")
_ENGLISH_WORD_BEFORE = re.compile(r"\b(\w+)[\s-]+$")
# What counts an English span of time without digits: a word for one, half, a cardinal; not an
# ordinal or a multiple (the fourth day, twice a year), which is no length.
_ENGLISH_SPAN_COUNTS = frozenset(
    {"a", "an", "half"} | {word for word in _NUMBER_WORDS["en"] if not word.endswith("th")} - {"first", "second", "third", "once", "twice", "thrice"}
)


@functools.lru_cache(maxsize=1024)
def _source_cardinal_counts(msgid: str, language: str) -> frozenset[int]:
    """The counts a msgid writes as a cardinal of things (three ministers, deux ministres): not
    as an ordinal or a multiple (third, twice), in a range or a choice (two or three, zwei bis
    drei), in a compound (a two-day visit, twenty-two), before a scale (two million), nor after
    an article (the two met, all three), which counts again what a story has counted and a
    translation may say with a pronoun (они встретились)."""
    cardinals, article = _CARDINALS.get(language, {}), _ARTICLE_BEFORE.get(language)
    text = prose_of(msgid)
    counts, position = set(), 0
    for written, value in _words_and_numbers(text, language):
        start = text.find(written, position)
        position = end = start + len(written)
        if value not in _COUNTS_IN_WORDS or written.lower() not in cardinals:
            continue
        compound = text[start - 1 : start] in _HYPHENS and text[start - 2 : start - 1].isalpha() or _HYPHENATED.match(text, end)
        counted_again = article is not None and article.search(text, max(0, start - 12), start) is not None
        if not (compound or counted_again or _in_a_range(text, start, end, language) or _scale_after(text, end, language)):
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
# What joins the numbers of a range or a choice: two or three, zwei bis drei, deux à trois, 2–3.
_OR_TO = r"(?:\s*[-–]\s*|\s+(?:or|to|oder|bis|ou|à|o|a|y|u|или|до|lub|albo|do|أو|إلى)\s+)"
_RANGE_AFTER = lazy_compile(rf"{_OR_TO}(?:\p{{Nd}}|(\p{{L}}+))", regex.IGNORECASE)
# Not after a year, which starts no range of counts: `en 2019 a 18 años` (in 2019, to 18 years).
_RANGE_BEFORE = lazy_compile(rf"(?:(?<![\p{{Nd}}.,])(?!(?:1[89]|20)\p{{Nd}}{{2}}(?!\p{{Nd}}))\p{{Nd}}+|(?<!\p{{L}})(\p{{L}}+)){_OR_TO}$", regex.IGNORECASE)


def _in_a_range(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number word at `start`…`end` of `text` is one end of a range or a choice of numbers."""
    words = _NUMBER_WORDS.get(language, {})
    for joined in (_RANGE_AFTER.match(text, end), _RANGE_BEFORE.search(text, max(0, start - 40), start)):
        if joined is not None and (joined.group(1) is None or joined.group(1).lower() in words):
            return True
    return False


# Fractions said in words, by language, as (numerator, denominator): a third of the voters,
# zwei Drittel, la moitié, tres cuartos, две трети, ثلثا, 三分之一. Only the forms that are no
# ordinal too (the third day, le quart d'heure stays a quarter).
_FRACTION_WORDS: Final[Mapping[str, tuple[tuple[str, tuple[int, int]], ...]]] = {
    # `half` of something, not the first half (of a match) or half-time; a quarter of something
    # or by which something changed (fell by a quarter), not a quarter of the year
    "en": (
        (r"half(?= of| the| a | an )|(?:a|one)[ -]half|halves|halved", (1, 2)), (r"(?:a|one)[ -]third|thirds? of", (1, 3)),
        (r"two[ -]thirds", (2, 3)), (r"(?:a|one)[ -]quarter(?= of)|(?<=\bby\s)(?:a|one)[ -]quarter|quarter of the|quarter[ -](?:percentage[ -])?point", (1, 4)), (r"three[ -]quarters", (3, 4)),
        (r"(?:a|one)[ -]fifth", (1, 5)), (r"two[ -]fifths", (2, 5)), (r"three[ -]fifths", (3, 5)),
        (r"(?:a|one)[ -]tenth", (1, 10)), (r"three[ -]tenths", (3, 10)),
    ),
    # Not Halbleiter, Halbinsel, Halbzeit: the half of something, or halved, or of a point
    # (einen halben Prozentpunkt, Viertelprozentpunkt), as a change of a rate says it
    "de": (
        (r"Hälfte|halbiert\p{L}*|halbe[nm]?\s+(?:Prozent|Basis)?punkt\p{L}*", (1, 2)), (r"(?:ein|einem|einen)\s+Drittel", (1, 3)), (r"zwei\s*Drittel", (2, 3)),
        (r"(?:ein|einem|einen)\s+Viertel|Viertel(?:prozent)?punkt\p{L}*|viertel\s+Prozentpunkt\p{L}*", (1, 4)), (r"drei\s*Viertel|Dreiviertel", (3, 4)), (r"(?:ein|einem|einen)\s+Fünftel", (1, 5)),
        (r"zwei\s+Fünftel", (2, 5)), (r"drei\s+Fünftel", (3, 5)), (r"(?:ein|einem|einen)\s+Zehntel", (1, 10)), (r"drei\s+Zehntel", (3, 10)),
    ),
    # A fraction of something (le tiers des, un quart de) or by which something changed (chuté
    # d’un quart), not a quarter-final or a demi-finale
    "fr": (
        (r"moitié|demi-point|demi\s+point", (1, 2)), (r"(?:un|le|du)\s+tiers(?=\s+d)|(?<=d['’])un\s+tiers", (1, 3)), (r"deux\s+tiers", (2, 3)),
        (r"(?:un|le|du)\s+quart(?=\s+d)(?!\s+de\s+finale)|(?<=d['’])un\s+quart(?!\s+de\s+finale)", (1, 4)), (r"trois\s+quarts", (3, 4)), (r"(?:un|le|du)\s+cinquième(?=\s+d)|(?<=d['’])un\s+cinquième", (1, 5)),
        (r"deux\s+cinquièmes", (2, 5)), (r"trois\s+cinquièmes", (3, 5)), (r"(?:un|le|du)\s+dixième(?=\s+d)|(?<=d['’])un\s+dixième", (1, 10)),
        (r"trois\s+dixièmes", (3, 10)),
    ),
    # Not medio ambiente, Oriente Medio; not el cuarto gol: a fraction is of something
    "es": (
        (r"mitad|medio\s+punto", (1, 2)), (r"(?:un|el)\s+tercio|(?:la|una)\s+tercera\s+parte", (1, 3)), (r"dos\s+tercios|dos\s+terceras\s+partes", (2, 3)),
        (r"(?:un|el)\s+cuarto(?=\s+de\s)|(?:la|una)\s+cuarta\s+parte", (1, 4)), (r"tres\s+cuartos|tres\s+cuartas\s+partes", (3, 4)),
        (r"(?:una|la)\s+quinta\s+parte", (1, 5)), (r"dos\s+quintos|dos\s+quintas\s+partes", (2, 5)),
        (r"tres\s+quintos|tres\s+quintas\s+partes", (3, 5)), (r"(?:una|la)\s+décima\s+parte", (1, 10)),
        (r"tres\s+décimas\s+partes", (3, 10)),
    ),
    "it": (
        # (not a metà settembre, mid-September); a fraction of something, or by which something
        # changed (calate di un quarto), not il quarto gol
        (r"(?:la|una|della|alla)\s+metà|metà\s+d(?:i|el|ella|ei|egli|elle)|dimezza\p{L}*|mezzo\s+punto", (1, 2)), (r"(?:un|il)\s+terzo(?=\s+d)|(?<=\bdi\s)un\s+terzo", (1, 3)), (r"due\s+terzi", (2, 3)),
        (r"(?:un|il)\s+quarto(?=\s+d)|(?<=\bdi\s)un\s+quarto", (1, 4)), (r"tre\s+quarti", (3, 4)), (r"(?:un|il)\s+quinto(?=\s+d)|(?<=\bdi\s)un\s+quinto", (1, 5)),
        (r"due\s+quinti", (2, 5)), (r"tre\s+quinti", (3, 5)), (r"(?:un|il)\s+decimo(?=\s+d)|(?<=\bdi\s)un\s+decimo", (1, 10)), (r"tre\s+decimi", (3, 10)),
    ),
    "pt": (
        (r"metade|meio\s+ponto", (1, 2)), (r"(?:um|o)\s+terço|(?:a|uma)\s+terça\s+parte", (1, 3)), (r"dois\s+terços", (2, 3)),
        (r"(?:um|o)\s+quarto(?=\s+d)|(?:a|uma)\s+quarta\s+parte", (1, 4)), (r"três\s+quartos", (3, 4)),
        (r"(?:um|o)\s+quinto(?=\s+d)|(?:a|uma)\s+quinta\s+parte", (1, 5)), (r"dois\s+quintos", (2, 5)), (r"três\s+quintos", (3, 5)),
        (r"(?:um|o)\s+décimo(?=\s+d)|(?:a|uma)\s+décima\s+parte", (1, 10)), (r"três\s+décimos", (3, 10)),
    ),
    # треть and трети, not третью (also the ordinal), nor получил after полу-
    "ru": (
        (r"половин\p{L}*|полчаса|полгода", (1, 2)), (r"(?:одн\p{L}*\s+)?трет(?:ь|и)(?!\p{L})", (1, 3)), (r"две\s+трети|двух\s+третей", (2, 3)),
        (r"(?:одн\p{L}*\s+)?четверт(?:ь|и)(?!\p{L})", (1, 4)), (r"три\s+четверти|трёх\s+четвертей|трех\s+четвертей", (3, 4)),
        (r"пят(?:ая|ую)\s+част\p{L}*", (1, 5)), (r"две\s+пятых", (2, 5)), (r"три\s+пятых", (3, 5)),
    ),
    # jedna trzecia, not trzecia tura (the third round)
    "pl": (
        (r"połow\p{L}*", (1, 2)), (r"jedn\p{L}*\s+trzeci(?:a|ej|ą)(?!\p{L})", (1, 3)), (r"dwie\s+trzecie|dwóch\s+trzecich", (2, 3)),
        (r"ćwierć|jedn\p{L}*\s+czwart(?:a|ej|ą)", (1, 4)), (r"trzy\s+czwarte|trzech\s+czwartych", (3, 4)),
        (r"jedn\p{L}*\s+piąt(?:a|ej|ą)", (1, 5)), (r"dwie\s+piąte", (2, 5)), (r"trzy\s+piąte", (3, 5)),
    ),
    # (خمس, a fifth, is also five)
    "ar": (
        (r"و?(?:ال)?نصف", (1, 2)), (r"و?(?:ال)?ثلث(?!ي|ا)", (1, 3)), (r"و?ثلث(?:ي|ا)", (2, 3)),
        (r"و?(?:ال)?ربع(?!ة)", (1, 4)), (r"ثلاثة\s+أرباع", (3, 4)),
    ),
    "zh": ((r"一半|半数|减半|減半", (1, 2)), (r"三分之一", (1, 3)), (r"三分之二", (2, 3)), (r"四分之一", (1, 4)), (r"四分之三", (3, 4)),
           (r"五分之一", (1, 5)), (r"五分之二", (2, 5)), (r"五分之三", (3, 5))),
    "ja": ((r"半分|半数|半減", (1, 2)), (r"三分の一", (1, 3)), (r"三分の二", (2, 3)), (r"四分の一", (1, 4)), (r"四分の三", (3, 4)),
           (r"五分の一", (1, 5)), (r"五分の二", (2, 5)), (r"五分の三", (3, 5))),
}


# What every fraction of `_FRACTION_WORDS` holds, by language (see `_in_any_case`): most
# sentences have none, told without the pattern, which tries each of its words at each letter.
_FRACTION_HINTS: Final[Mapping[str, tuple[str, ...]]] = {
    language: tuple(hint for word in words for hint in _in_any_case(word))
    for language, words in (
        ("en", ("alf", "alve", "hird", "uarter", "ifth", "enth")),
        ("de", ("älfte", "alb", "rittel", "iertel", "ünftel", "ehntel")),
        ("fr", ("oitié", "emi", "iers", "uart", "inquième", "ixième")),
        ("es", ("itad", "edio", "erc", "uart", "uint", "écima")),
        ("it", ("età", "ezz", "erz", "uart", "uint", "ecim")),
        ("pt", ("etade", "eio", "erç", "uart", "uint", "écim")),
        ("ru", ("олови", "олчас", "олгод", "рет", "етверт", "част", "ятых")),
        ("pl", ("ołow", "rzeci", "wierć", "zwart", "iąt")),
        ("ar", ("نصف", "ثلث", "ربع", "أرباع")),
        ("zh", ("半", "分之")),
        ("ja", ("半", "分の")),
    )
}


@functools.lru_cache(maxsize=16)
def _fraction_pattern(language: str) -> regex.Pattern[str] | None:
    if language not in _FRACTION_WORDS:
        return None
    # Chinese and Japanese write no spaces: a fraction there is found inside its sentence.
    before, after = ("", "") if language in _KANJI_LANGUAGES else (r"(?<!\p{L})", r"(?!\p{L})")
    return regex.compile(
        "|".join(f"{before}(?P<f{index}>{words}){after}" for index, (words, _) in enumerate(_FRACTION_WORDS[language])),
        regex.IGNORECASE,
    )


# Both the counts in words and the fractions check read a sentence's fractions: the second
# scan of the same text is a lookup.
@functools.lru_cache(maxsize=16)
def _fraction_matches(text: str, language: str) -> tuple[regex.Match[str], ...]:
    if not any(hint in text for hint in _FRACTION_HINTS.get(language, ())):
        return ()
    pattern = _fraction_pattern(language)
    return tuple(pattern.finditer(text)) if pattern is not None else ()


def _fractions_in_words(text: str, language: str) -> dict[tuple[int, int], str]:
    """The fractions `text` says in words, each with its words as written."""
    fractions: dict[tuple[int, int], str] = {}
    for match in _fraction_matches(text, language):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        fractions.setdefault(_FRACTION_WORDS[language][index][1], match.group())
    return fractions


@functools.lru_cache(maxsize=1024)
def _source_fractions(msgid: str, language: str) -> dict[tuple[int, int], str]:
    return _fractions_in_words(msgid, language)


def changed_fractions(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A fraction the source says in words that the translation changed into another (`two
    thirds` → `un tiers`, `half of the staff` → `ein Drittel der Beschäftigten`, `numbers`):
    the fractions both sides say in words have none in common. A fraction rephrased (as a
    percentage, `every other`) is no change the words can tell."""
    in_source = _source_fractions(msgid, source.language)
    if not in_source:
        return []  # most sentences: no fraction in words
    in_target = _fractions_in_words(msgstr, target.language)
    # `Three-quarters of respondents` → `Tres de cada cuatro encuestados`: a proportion in words is the fraction it says.
    in_target.update({share.numbers: f"{share.numbers[0]}/{share.numbers[1]}" for share in _proportions(prose_of(msgstr), target) if not share.digits})
    if not in_target or {Fraction(*fraction) for fraction in in_source} & {Fraction(*fraction) for fraction in in_target}:
        return []
    return [Issue("numbers", f"the fraction: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# A comparison by half, by language, with what tells a sentence may make one (see
# `_in_any_case`): half as many, halb so viele, moitié moins and deux fois moins (two times
# fewer), dos veces menos, half zoveel, twee keer zo weinig, tweemaal minder, вдвое меньше, dwa
# razy mniej; the two also in digits (2 fois moins, в 2 раза меньше). Half of a whole (die
# Hälfte, la mitad) is a fraction (`_FRACTION_WORDS`).
_HALF_AS: Final[Mapping[str, tuple[tuple[str, ...], regex.Pattern[str]]]] = {
    language: (hints, lazy_compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words})(?!\p{{L}})", regex.IGNORECASE))
    for language, hints, words in (
        ("en", _in_any_case("alf"), r"half\s+as\s+\p{L}+"),
        ("de", _in_any_case("alb"), r"halb\s+so(?:\s+\p{L}+)?"),
        ("fr", _in_any_case("oins"), r"moitié\s+moins|(?:deux|2)\s+fois\s+moins"),
        ("es", _in_any_case("enos"), r"(?:dos|2)\s+veces\s+menos"),
        ("it", _in_any_case("eno"), r"(?:due|2)\s+volte\s+meno"),
        ("pt", _in_any_case("enos"), r"(?:duas|2)\s+vezes\s+menos"),
        ("nl", (*_in_any_case("alf"), *_in_any_case("elft"), *_in_any_case("einig"), *_in_any_case("inder")),
         r"half\s+zo(?:veel)?|de\s+helft|(?:twee|2)\s*(?:keer|maal)\s+(?:zo\s+weinig|minder)"),
        ("ru", _in_any_case("еньше"), r"вдвое\s+меньше|в\s+(?:два|2)\s+раза\s+меньше"),
        ("pl", (*_in_any_case("niej"), *_in_any_case("ołow")), r"(?:dwa|2)\s+razy\s+mniej|o\s+połowę"),
    )
}
# The word for times after a number that makes it a multiple (zweimal, 3-mal, das 3-Fache, two
# times, deux fois, dos veces, twee keer, в два раза), by language; and the words that are one (twice, дважды).
_TIMES_WORDS: Final[Mapping[str, str]] = {
    "en": "times", "de": r"mal|fach\p{L}*", "fr": "fois", "es": "veces", "it": "volte", "pt": "vezes", "nl": "keer|maal", "ru": "раза", "pl": "razy",
}
_MULTIPLE_WORDS = "twice|thrice|дважды|трижды"


@functools.lru_cache(maxsize=16)
def _multiple_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<!\p{{L}})(?:(?P<count>\p{{Nd}}+|\p{{L}}+?)[\s-]*(?:{_TIMES_WORDS[language]})|(?P<count>{_MULTIPLE_WORDS}))(?!\p{{L}})",
        regex.IGNORECASE,
    )


def _multiples(text: str, language: str) -> dict[int, str]:
    """The multiples `text` says (twice, zweimal, deux fois, doppelt, le double), each with its
    words as written."""
    multiples: dict[int, str] = {}
    if language in _TIMES_WORDS:
        for match in _multiple_pattern(language).finditer(text):
            count = match.group("count")
            value = int(count) if count.isdecimal() else _NUMBER_WORDS.get(language, {}).get(count.lower())
            if value is not None and value >= 2:
                multiples.setdefault(value, match.group())
    for value, words in _WORDS_SAYING_A_NUMBER.items():
        if (said := words.search(text)) is not None:
            multiples.setdefault(value, said.group())
    return multiples


def changed_multiples(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A comparison by half the translation makes by a multiple the source does not say (`Half
    as many people voted` → `Doppelt so viele Menschen`, `Twice as many`, `Deux fois plus`,
    `numbers`). Not where the translation says half in any way the checks read (`halb so viele`,
    `deux fois moins`, `la mitad`), nor where it says no multiple: a rephrasing. And the other
    way round (`_multiple_said_as_half`)."""
    hints, half_as = _HALF_AS.get(source.language, (_NO_HINTS, None))
    if half_as is None or not any(hint in msgid for hint in hints):
        return _multiple_said_as_half(msgid, msgstr, source, target)  # most sentences: no comparison by half
    if (half := half_as.search(prose_of(msgid))) is None:
        return _multiple_said_as_half(msgid, msgstr, source, target)
    prose = prose_of(msgstr)
    if (said := _HALF_AS.get(target.language)) is not None and said[1].search(prose) or (1, 2) in _fractions_in_words(prose, target.language):
        return []
    in_source = _multiples(prose_of(msgid), source.language)
    if not (added := [words for value, words in _multiples(prose, target.language).items() if value not in in_source]):
        return []
    return [Issue("numbers", f"missing {half.group()}; not in the source: {', '.join(added)}")]


# The time zones a source names after a time: an abbreviation, a city's time, local time.
_SOURCE_ZONES = (r"GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|JST|KST|MSK|AEST|AEDT"
                 r"|(?:local|London|New\s+York|Washington|Paris|Berlin|Brussels|Moscow|Tokyo|Beijing|Hong\s+Kong)\s+time")
# What says a translation's time is in a named time zone, after it or (in Japanese, Chinese and
# Korean) before it: MEZ, heure de Paris, hora peninsular, ora italiana, deutscher Zeit,
# Ortszeit, по московскому времени, 日本時間, 北京时间, 한국시간.
_ZONE_AFTER = lazy_compile(
    r"^(?:\s?Uhr)?\s?,?\s?(?:\(\s?)?(?:MEZ|MESZ|OEZ|WEZ|GMT|UTC|CET|CEST|MSK|JST|KST|heure\s+(?:de\s+\p{L}+|française|locale|belge|suisse)"
    r"|hora\s+(?:peninsular|local|de\s+\p{L}+)|ora\s+(?:italiana|locale|di\s+\p{L}+)|hora\s+de\s+Brasília|(?:deutscher|Schweizer|"
    r"österreichischer|Berliner|Moskauer)\s+Zeit|Ortszeit|по\s+(?:московскому|местному)\s+времени|czasu\s+polskiego)(?!\p{L})",
    regex.IGNORECASE,
)
_ZONE_BEFORE = lazy_compile(r"(?:日本時間|北京时间|北京時間|東京時間|현지\s?시간|한국\s?시간)\s?$")
_SOURCE_ZONE_AFTER = lazy_compile(rf"^\s?(?:{_SOURCE_ZONES})(?!\p{{L}})|^\s+in\s+\p{{Lu}}\p{{L}}+")


def _minute_of(time: str) -> int:
    """The minute of a time as a report gives it: 11:30 a.m., 1130, 12.30 Uhr, 15 h 30, 午後11時30分."""
    runs = _DIGIT_RUN.findall(time)
    if runs and len(runs[0]) == 4:
        return int(runs[0][2:])
    return int(runs[1]) if len(runs) > 1 else 0


def _times_in_another_zone(missing: list[str], added: list[str], msgid: str, msgstr: str) -> list[tuple[str, str]]:
    """The source's times in a time zone it names (`11:30 a.m. ET`, `1130 GMT`, `11:30 a.m. in
    London`) the translation gives in another it names (`17.30 Uhr MEZ`, `heure de Paris`,
    `日本時間午前0時30分`), as a newsroom converts them for its readers: each with the
    translation's, paired by their minutes (the hours differ by the zones')."""
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)

    def zoned(time: str, prose: str, after: regex.Pattern[str], before: regex.Pattern[str] | None = None) -> bool:
        at = prose.find(time)
        return at >= 0 and (after.match(prose[at + len(time) : at + len(time) + 40]) is not None
                            or (before is not None and before.search(prose[max(0, at - 8) : at]) is not None))

    converted = [time for time in added if zoned(time, target_prose, _ZONE_AFTER, _ZONE_BEFORE)]
    pairs = []
    for time in missing:
        if converted and zoned(time, source_prose, _SOURCE_ZONE_AFTER):
            if (said := next((other for other in converted if _minute_of(other) == _minute_of(time)), None)) is not None:
                converted.remove(said)
                pairs.append((time, said))
    return pairs


def _halves_as_in_digits(msgid: str, msgstr: str, source: Locale, target: Locale) -> int:
    """How many comparisons by half the translation writes with a 2 (2 fois moins, в 2 раза
    меньше) where the source makes one (half as many)."""
    hints, half_as = _HALF_AS.get(source.language, (_NO_HINTS, None))
    if half_as is None or not any(hint in msgid for hint in hints) or not half_as.search(prose_of(msgid)):
        return 0
    if (said := _HALF_AS.get(target.language)) is None:
        return 0
    return sum(1 for match in said[1].finditer(prose_of(msgstr)) if "2" in match.group())


_FACTOR_IN_DIGITS = lazy_compile(r"\p{Nd}+(?:\.\p{Nd}+)?")  # 3 of 3倍, 1.5 of 1.5倍


def _factors_in_digits(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Decimal]:
    """The numbers in digits of the multiples the translation says (3倍, multipliés par 3, 3 fois
    plus; 2 of 增长了2倍, up by two times, which triples) by a factor the source multiplies a
    quantity by with a verb (tripled)."""
    if not (multiplied := _multiplied(prose_of(msgid), source.language)):
        return []  # most sentences: nothing multiplied
    prose = prose_of(msgstr)
    said = [(factor, words) for factor, (words, _) in _multiplied(prose, target.language).items()]
    said += [(Fraction(value), words) for value, words in _multiples(prose, target.language).items()]
    return [Decimal(digits.group()) for factor, words in said if factor in multiplied and (digits := _FACTOR_IN_DIGITS.search(words))]


# A rise by a percentage in English (rose 150%, jumped by 150 percent, up nearly 200%), and a
# percentage of something (150% of GDP).
_RISE_BY_A_PERCENTAGE = lazy_compile(
    r"(?<!\p{L})(?:rose|rises?|risen|rising|up|jumped|jumps?|surged|surges?|soared|soars?|climbed|climbs?|grew|grows?|increased|increases?"
    r"|gained|gains?)\s+(?:by\s+)?(?:(?:some|about|nearly|almost|around|more\s+than|over)\s+)?(\p{Nd}[\p{Nd},.]*)\s?(?:%|per\s?cent)",
    regex.IGNORECASE,
)
_PERCENTAGE_OF = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}[\p{Nd},.]*)\s?(?:%|per\s?cent)\s+of(?!\p{L})", regex.IGNORECASE)


def _percentages_as_multiples(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[Decimal, Decimal]]:
    """Each percentage of an English source the translation says as the multiple it makes: a
    rise (`jumped 150%` → `2.5倍`, `增长了1.5倍`) or one of something (`150% of GDP` → `GDPの1.5倍`):
    the source's percentage and the number in digits of the multiple."""
    if source.language != "en" or not ("%" in msgid or "cent" in msgid):
        return []
    prose = prose_of(msgid)
    factors: dict[Fraction, Decimal] = {}  # the multiple each percentage makes, and the percentage
    for pattern, added in ((_RISE_BY_A_PERCENTAGE, 1), (_PERCENTAGE_OF, 0)):
        for match in pattern.finditer(prose):
            if (value := _decimal(match.group(1), source)) is not None:
                factors[added + Fraction(value) / 100] = value
    if not factors:
        return []
    return [
        (factors[factor], Decimal(digits.group()))
        for factor, (words, _) in _multiplied(prose_of(msgstr), target.language).items()
        if factor in factors and (digits := _FACTOR_IN_DIGITS.search(words))
    ]


def _multiple_said_as_half(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A multiple of the source the translation makes a comparison by half (`Twice as many
    people voted` → `Halb so viele Menschen`, `Deux fois moins`, `numbers`), where it says none
    of the source's multiples besides."""
    hints, half_as = _HALF_AS.get(target.language, (_NO_HINTS, None))
    if half_as is None or not any(hint in msgstr for hint in hints):
        return []  # most translations: no comparison by half
    prose = prose_of(msgstr)
    if not (halves := [match.span() for match in half_as.finditer(prose)]):
        return []
    if not (in_source := _multiples(prose_of(msgid), source.language)):
        return []
    # The multiple of a comparison by half (deux fois moins) is the half's, none of the source's.
    if in_source.keys() & _multiples(_blanked(prose, halves), target.language).keys():
        return []
    return [Issue("numbers", f"missing {', '.join(in_source.values())}; not in the source: {prose[slice(*halves[0])]}")]


# A quantity multiplied or halved by a verb or its noun, by language: doubled, tripled,
# quadrupled, halved (and `to double`, `halves`, a doubling), verdoppelt, halbiert, doublé, multiplié par
# trois, divisé par deux, réduit de moitié, se duplicó, a la mitad, raddoppiato, dimezzato,
# dobrou, pela metade, verdubbeld, gehalveerd, удвоились, сократились вдвое, podwoił, o połowę;
# with what tells a sentence may say one (`_in_any_case`). By the factor each group says.
_MULTIPLIED_FACTORS: Final[Mapping[str, Fraction]] = {"twice": Fraction(2), "thrice": Fraction(3), "four": Fraction(4), "half": Fraction(1, 2)}
_MULTIPLIED: Final[Mapping[str, tuple[tuple[str, ...], regex.Pattern[str]]]] = {
    language: (
        tuple(hint for stem in hints for hint in _in_any_case(stem)),
        lazy_compile(
            r"(?<!\p{L})(?:" + "|".join(f"(?P<{name}>{words})" for name, words in zip(_MULTIPLIED_FACTORS, factors)) + r")(?!\p{L})",
            regex.IGNORECASE,
        ),
    )
    for language, hints, *factors in (
        ("en", ("oubl", "ripl", "uadrupl", "alv", "fold"),
         # `halves` and `doubles` but the nouns: both halves, mixed doubles; a twofold rise
         *(rf"{stem}(?:ed|ing)|(?<!(?:the|both|two|first|second|mixed|in)\s){stem}es|(?:to|will|would|could|may|might)\s+{stem}e{fold}"
           for stem, fold in (("doubl", r"|(?:two|2)-?fold"), ("tripl", r"|(?:three|3)-?fold"), ("quadrupl", r"|(?:four|4)-?fold"), ("halv", "")))),
        ("de", ("erdopp", "erdreif", "ervierf", "albier"), r"verdopp\p{L}*", r"verdreifach\p{L}*", r"vervierfach\p{L}*", r"halbier\p{L}*"),
        ("fr", ("oubl", "ripl", "uadrupl", "ultipli", "ivis", "oitié"),
         r"doubl(?:é|ée|és|ées|er|e|es|ent|ait|aient|èrent|era|eront)|multipli\p{L}*\s+par\s+(?:deux|2)",
         r"tripl(?:é|ée|és|ées|er|e|es|ent|ait|aient|èrent|era|eront)|multipli\p{L}*\s+par\s+(?:trois|3)",
         r"quadrupl\p{L}*|multipli\p{L}*\s+par\s+(?:quatre|4)", r"divis\p{L}*\s+par\s+(?:deux|2)|de\s+moitié"),
        ("es", ("uplic", "obl", "riplic", "uadrupl", "ultiplic", "itad"),
         r"duplic\p{L}*|dobl(?:ó|aron|ará|arán)|multiplic\p{L}*\s+por\s+(?:dos|2)", r"triplic\p{L}*|multiplic\p{L}*\s+por\s+(?:tres|3)",
         r"cuadrupl\p{L}*|cuadruplic\p{L}*|multiplic\p{L}*\s+por\s+(?:cuatro|4)", r"(?:a|por)\s+la\s+mitad"),
        ("it", ("addopp", "uplic", "riplic", "uadruplic", "oltiplic", "imezz"),
         r"raddoppi\p{L}*|duplic\p{L}*|moltiplic\p{L}*\s+per\s+(?:due|2)", r"triplic\p{L}*|moltiplic\p{L}*\s+per\s+(?:tre|3)",
         r"quadruplic\p{L}*|moltiplic\p{L}*\s+per\s+(?:quattro|4)", r"dimezz\p{L}*"),
        ("pt", ("uplic", "obr", "riplic", "uadruplic", "ultiplic", "etade"),
         r"duplic\p{L}*|dobr(?:ou|aram|ar|ará|arão|ado|ada|ados|adas)|multiplic\p{L}*\s+por\s+(?:dois|duas|2)",
         r"triplic\p{L}*|multiplic\p{L}*\s+por\s+(?:três|3)", r"quadruplic\p{L}*|multiplic\p{L}*\s+por\s+(?:quatro|4)",
         # (caiu pela metade, para a metade, pt-PT para metade; not at half price, pela metade do preço,
         # nor for half of them, para metade dos trabalhadores)
         r"(?:(?:pela|à|para\s+a)\s+metade|para\s+metade(?!\s+d[oa]s?(?!\p{L})))(?!\s+d[oa]s?\s+preços?(?!\p{L}))"),
        ("nl", ("erdubbel", "erdrievoud", "erviervoud", "alve"),
         r"verdubbel\p{L}*", r"verdrievoudig\p{L}*", r"verviervoudig\p{L}*", r"(?:ge)?halve(?:er|ren|ring)\p{L}*"),
        ("ru", ("дво", "трои", "троен", "четвер", "раза"),
         r"удво\p{L}*", r"утро(?:ил|ит|ен|ени)\p{L}*", r"учетвер\p{L}*",
         r"(?:сократ|сниз|сниж|уменьш|упа|пада|урез)\p{L}*\s+(?:вдвое|в\s+(?:два|2)\s+раза)"
         r"|вдвое\s+(?:меньше|ниже|сократ\p{L}*|сниз\p{L}*|уменьш\p{L}*)"),
        ("pl", ("odw", "otr", "oczw", "ołow"), r"podw(?:oi|aja|oj|ój)\p{L}*", r"potr(?:oi|aja|oj|ój)\p{L}*", r"poczw(?:ór|or)\p{L}*",
         r"o\s+połowę"),
    )
}


# A quantity multiplied or halved in Japanese or Chinese: a multiple (3倍, 三倍, 两倍, 1.5倍:
# that many times); the Chinese increase by a multiple (增加了一倍, 增长了两倍: one, two times
# more, so doubled, tripled), doubling by turns (翻了一番: doubled, 翻了两番: quadrupled) and
# turning a number of times, said either way (翻了三倍: three or four times); and the words that
# double or halve (倍増, 倍になった, 翻倍, 加倍, 半減, 减半, 减少了一半).
_KANJI_MULTIPLIED = lazy_compile(
    rf"翻了?(?P<turns>\p{{Nd}}+|{_KANJI_RUN})番"
    rf"|翻了?(?P<either>\p{{Nd}}+|{_KANJI_RUN})倍"
    rf"|(?P<increase>(?:增加|增长|上涨|提高|上升)了?)?(?<![\p{{Nd}}.])(?P<count>\p{{Nd}}+(?:\.\p{{Nd}}+)?|{_KANJI_RUN})倍"
    r"|(?P<twice>倍増|倍增|翻倍|翻番|加倍|倍(?=に|へ)|(?<=の)倍(?![\p{Han}]))"
    r"|(?P<half>半減|减半|減半|腰斩|(?:减少|下降|降低|削减|缩减)了?一半)"
)
_KANJI_MULTIPLIED_HINTS = ("倍", "番", "半", "腰斩")


def _multiplied_in_kanji(text: str) -> dict[Fraction, tuple[str, tuple[int, int]]]:
    """The factors a Japanese or Chinese `text` multiplies a quantity by (`_KANJI_MULTIPLIED`),
    each with its words as written and their place; both of a turn said either way."""
    factors: dict[Fraction, tuple[str, tuple[int, int]]] = {}
    for match in _KANJI_MULTIPLIED.finditer(text):
        if match.group("twice"):
            said = [Fraction(2)]
        elif match.group("half"):
            said = [Fraction(1, 2)]
        else:
            count = next(match.group(name) for name in ("turns", "either", "count") if match.group(name))
            number = Fraction(count) if count[0].isdecimal() else Fraction(_kanji_value(count))
            if match.group("turns"):
                said = [2**number]
            elif match.group("either"):
                said = [number, number + 1]
            else:
                said = [number + 1 if match.group("increase") else number]
        for factor in said:
            if factor != 1:
                factors.setdefault(factor, (match.group(), match.span()))
    return factors


# A quantity multiplied or halved in Korean: a multiple in digits or in native numbers (3배,
# 1.5배, 두 배, 세 배로) and the words that halve (절반으로 줄었다, 반으로 감소, 반토막). 배 alone is
# also a ship, a pear and a belly: a multiple only right after its number.
_HANGUL_MULTIPLIED = lazy_compile(
    r"(?:(?<![\p{Nd}.])(?P<count>\p{Nd}+(?:\.\p{Nd}+)?)\s?|(?<!\p{Hangul})(?P<native>두|세|네)\s)배(?=[로가나의씩에이를는]|(?!\p{Hangul}))"
    r"|(?P<half>(?:절반|반)으로\s?(?:줄|감소|떨어|하락|축소)|반토막)"
)
_NATIVE_KOREAN_MULTIPLES: Final[Mapping[str, Fraction]] = {"두": Fraction(2), "세": Fraction(3), "네": Fraction(4)}


def _multiplied_in_hangul(text: str) -> dict[Fraction, tuple[str, tuple[int, int]]]:
    """The factors a Korean `text` multiplies a quantity by (`_HANGUL_MULTIPLIED`), each with its
    words as written and their place."""
    factors: dict[Fraction, tuple[str, tuple[int, int]]] = {}
    for match in _HANGUL_MULTIPLIED.finditer(text):
        if match.group("half"):
            factor = Fraction(1, 2)
        elif match.group("native"):
            factor = _NATIVE_KOREAN_MULTIPLES[match.group("native")]
        else:
            factor = Fraction(match.group("count"))
        if factor != 1:
            factors.setdefault(factor, (match.group(), match.span()))
    return factors


def _multiplied(text: str, language: str) -> dict[Fraction, tuple[str, tuple[int, int]]]:
    """The factors `text` multiplies a quantity by with a verb or its noun (`_MULTIPLIED`, in
    Japanese and Chinese `_KANJI_MULTIPLIED`, in Korean `_HANGUL_MULTIPLIED`), each with its
    first words as written and their place."""
    if language in _KANJI_LANGUAGES:
        return _multiplied_in_kanji(text) if any(hint in text for hint in _KANJI_MULTIPLIED_HINTS) else {}
    if language == "ko":
        return _multiplied_in_hangul(text) if "배" in text or "반" in text else {}
    hints, pattern = _MULTIPLIED.get(language, (_NO_HINTS, None))
    if pattern is None or not any(hint in text for hint in hints):
        return {}
    factors: dict[Fraction, tuple[str, tuple[int, int]]] = {}
    for match in pattern.finditer(text):
        name = next(name for name, words in match.groupdict().items() if words is not None)
        factors.setdefault(_MULTIPLIED_FACTORS[name], (match.group(), match.span()))
    return factors


def changed_doublings(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A quantity the source doubles, triples, quadruples or halves that the translation
    multiplies by another factor (`Sales doubled` → `Der Umsatz verdreifachte sich`, `halbierte
    sich`, `numbers`): it says a multiple (`_multiplied`, `_multiples`, a comparison by half),
    none of them the source's. A doubling said with no multiple (`stieg um 100 %`, `stieg
    kräftig`) is a rephrasing."""
    source_prose = prose_of(msgid)
    if not (doubled := _multiplied(source_prose, source.language)):
        return []  # most sentences: nothing multiplied
    prose = prose_of(msgstr)
    multiplied = _multiplied(prose, target.language)
    said = {factor: words for factor, (words, _) in multiplied.items()}
    spans = [span for _, span in multiplied.values()]
    hints, half_as = _HALF_AS.get(target.language, (_NO_HINTS, None))
    if half_as is not None and any(hint in prose for hint in hints) and (halves := list(half_as.finditer(prose))):
        said.setdefault(Fraction(1, 2), halves[0].group())
        spans += [half.span() for half in halves]
    # The multiple of a comparison by half (deux fois moins, вдвое меньше) is the half's.
    for value, words in _multiples(_blanked(prose, spans) if spans else prose, target.language).items():
        said.setdefault(Fraction(value), words)
    if not said or doubled.keys() & said.keys():
        return []
    in_source = doubled.keys() | _multiples(source_prose, source.language).keys()
    if not (added := list(dict.fromkeys(words for factor, words in said.items() if factor not in in_source))):
        return []  # 翻了三倍, three or four times, is said once
    return [Issue("numbers", f"missing {', '.join(words for words, _ in doubled.values())}; not in the source: {', '.join(added)}")]


def changed_percentages(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A percentage of the source the translation makes a multiple of its number (`Profits rose
    3%` → `利益は3倍に増えた`, `um das 3-Fache`, `3배`, `numbers`): the number is the same, the
    figure a hundred times as large; not where the source says that multiple too. Or whose
    number it writes bare, in a language whose every way to write a percentage the checks read
    (`rose 3%` → `stiegen um 3`, `um 3 Prozentpunkte`, `3个百分点`: `percent-dropped`)."""
    if not _PERCENT_HINT.search(msgid):
        return []  # most sentences: no percentage, told without reading their shares
    if not (percentages := Counter(share.digits[0] for share in _source_shares(msgid, source) if _a_percentage(share))):
        return []
    prose = prose_of(msgstr)
    in_place = list(_numbers_in_place(prose, target))
    kept = _percentages_in(prose, in_place)
    if not (percentages - kept):
        return []  # most translations: every percentage kept one
    made = _percentages_made_multiples(percentages - kept, msgid, prose, source, target)
    issues = [Issue("numbers", f"the percentage {_plain(value)}% in the source is a multiple in the translation: {words}") for value, words in made.items()]
    if target.language not in _PERCENT_WRITTEN_AFTER:
        return issues
    written = Counter(value for value, _ in in_place)
    in_source = Counter(value for value, _ in _numbers_in_place(prose_of(msgid), source))
    as_points = {measure.value: measure.words for measure in _translation_measures(msgstr, target) if _UNIT_DIMENSION[measure.unit] == "points"}
    for value, count in (percentages - kept).items():
        if value in made:
            continue
        if value in as_points and not any(_UNIT_DIMENSION[measure.unit] == "points" for measure in _source_measures(msgid, source)):
            # `rose 8.5 percent` → `um 8,5 Prozentpunkte`: a change of a rate by points is another figure.
            issues.append(Issue("numbers", f"the source's {_plain(value)}% is {as_points[value]} in the translation: a percentage is no points"))
        # More of the number bare than the source writes bare: the percentage's, without its sign.
        elif written[value] - kept[value] > in_source[value] - count:
            issues.append(Issue("percent-dropped", f"the source's {_plain(value)}% is {_plain(value)} in the translation, without a percent sign or word"))
    return issues


# What every number of points `_MEASURE_UNITS` reads holds: a word's beginning, a sign or a symbol.
_POINTS_HINT = re.compile(r"(?i:point|punt|pont|punkt|pkt|пункт|п\.\s?п|bps?|pb|pp|%p)|ポイント|포인트|[基百]分?[点點]")


def points_made_percentages(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """Percentage points (or basis points, or an index's points) of the source the translation
    makes a percentage of their number (`fell by 0.2 percentage points` → `sank um 0,2 Prozent`,
    `numbers`): a change of a rate by 0.2 points is another figure than one by 0.2 %. Not where
    the source has that number as a percentage too."""
    if not _POINTS_HINT.search(msgid):
        return []  # most sentences: no points, told without reading their measures
    points = {measure.value: measure.words for measure in _source_measures(msgid, source) if _UNIT_DIMENSION[measure.unit] == "points"}
    if not points:
        return []
    as_percentages = {share.digits[0] for share in _source_shares(msgid, source) if _a_percentage(share)}
    prose = prose_of(msgstr)
    return [
        Issue("numbers", f"the source's {points[value]} are {prose[match.start() : percent.end()].strip()} in the translation: "
                         "points are no percentage")
        for value, match in _numbers_in_place(prose, target)
        if value in points and value not in as_percentages and (percent := _PERCENT_AFTER.match(prose, match.end()))
    ]


# What every percentage `_PERCENT_AFTER` and `_HANZI_PERCENT` read holds: a sign or a word's
# beginning, as written, capitalised or in capitals.
_PERCENT_HINT = re.compile(r"[%٪％]|[Cc]ent|CENT|[Pp]roz|PROZ|[Пп]роц|ПРОЦ|[Pp]roc|PROC|パーセント|퍼센트|百分之|אחוז|مئة|مائة")


def _percentages_in(prose: str, in_place: Sequence[tuple[Decimal, regex.Match[str]]]) -> Counter[Decimal]:
    """The numbers of `prose` (`in_place`: each number and its place) that are percentages: with
    a percent sign or word after them or after the last of the range they open (3 bis 5
    Prozent), or said in Chinese (百分之七十)."""
    kept = Counter(value for value, match in in_place
                   if _PERCENT_AFTER.match(prose, match.end()) or _PERCENT_RANGE_AFTER.match(prose, match.end()))
    if "百分之" in prose:
        kept.update(Decimal(_kanji_value(match.group(1))) for match in _HANZI_PERCENT.finditer(prose))
    return kept


def _a_percentage(share: _Share) -> bool:
    return bool(share.digits) and share.value * 100 == share.digits[0]


# The languages whose every way to write a percentage after its number `_PERCENT_AFTER` reads
# (and Chinese 百分之七十 before it), where a number of a percentage left bare is one dropped.
# Not Turkish or Persian, whose % may come first (%3), nor Arabic, whose text runs right to left.
_PERCENT_WRITTEN_AFTER = frozenset({"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ja", "zh", "ko", "he"})


def _percentages_made_multiples(
    percentages: Counter[Decimal], msgid: str, prose: str, source: Locale, target: Locale
) -> dict[Decimal, str]:
    """The numbers of the source's `percentages` the translation's `prose` writes as a multiple
    the source does not say, each with the multiple's words."""
    said = {factor: words for factor, (words, _) in _multiplied(prose, target.language).items()}
    for value, words in _multiples(prose, target.language).items():
        said.setdefault(Fraction(value), words)
    if not said:
        return {}
    source_prose = prose_of(msgid)
    in_source = _multiplied(source_prose, source.language).keys() | _multiples(source_prose, source.language).keys()
    # By the digits the multiple writes: 增长了3倍 (up by three times) multiplies by four.
    in_digits = {Decimal(digits.group()): words for factor, words in said.items()
                 if factor not in in_source and (digits := _FACTOR_IN_DIGITS.search(words))}
    return {value: in_digits[value] for value in percentages if value in in_digits}


# Units of measure by what they measure, each with its size in the measure's base unit (a metre,
# a square metre, a kilogram, a litre, a metre a second; a temperature is converted on its own,
# see `_in_base_units`) and the ways the review's languages write it after a number (10 miles,
# 10 Meilen, 10 milles, 10 millas, 10 миль, 10マイル, 10英里, 10마일). Longer forms first: `km/h`
# before `km`, `nautical miles` before `miles`, `square metres` before `metres`, `degrees
# Celsius` before `degrees`. Left out: forms that say something else as often (Spanish `mil` is a
# thousand, bare `m` after money a million, `g` in 5G a generation, `in` a preposition, `cal` a
# calorie, Spanish `once` eleven, Chinese 节 a section; cents and pence, which `cents_made_whole` reads;
# a letter alone before a hyphen, as in C-130 and F-35). Japanese キロ is a kilometre or a
# kilogram (`kilo`); degrees that name no scale (`deg`: 30 Grad, 35度, also a time in 3度目) are
# Celsius in a translation.
_MEASURE_UNITS: Final[tuple[tuple[str, str, float, str], ...]] = (
    ("km/h", "speed", 1 / 3.6, r"km/h|kmh|km/std|km/ч|km/godz|Stundenkilometer\p{L}*|kilomètres?[\s-]+(?:par|à\s+l['’])\s*heure"
     r"|kilómetros?\s+por\s+hora|chilometri\s+orari|quilômetros?\s+por\s+hora|километр\p{L}*\s+в\s+час|kilometr\p{L}*\s+na\s+godzinę"
     r"|キロ毎時|公里每小时"),
    ("mph", "speed", 0.44704, r"mph|miles?\s+(?:per|an)\s+hour|Meilen\s+pro\s+Stunde|milles?\s+(?:par|à\s+l['’])\s*heure"
     r"|millas?\s+por\s+hora|miglia\s+orarie|milhas?\s+por\s+hora|мил\p{L}*\s+в\s+час|mil\s+na\s+godzinę|マイル毎時|英里每小时"),
    ("m/s", "speed", 1.0, r"m/s|m/sek|Meter\s+pro\s+Sekunde|mètres?\s+par\s+seconde|metros?\s+por\s+segundo|metri\s+al\s+secondo"
     r"|метр\p{L}*\s+в\s+секунду|metr\p{L}*\s+na\s+sekundę|メートル毎秒|米每秒"),
    ("knot", "speed", 0.514444, r"knots?|Knoten|nœuds?|noeuds?|nudos?|nodi|nós|узл\p{L}*|węzł\p{L}*|ノット|노트"),
    ("km²", "area", 1e6, r"km²|km2|square\s+kilomet(?:er|re)s?|Quadratkilometer\p{L}*|kilomètres?\s+carrés|kilómetros?\s+cuadrados"
     r"|chilometri\s+quadrati|quilômetros?\s+quadrados|квадратн\p{L}*\s+километр\p{L}*|кв\.\s?км|kilometr\p{L}*\s+kwadratow\p{L}*"
     r"|平方キロ(?:メートル)?|平方公里|제곱킬로미터"),
    ("mi²", "area", 2_589_988.0, r"square\s+miles?|sq\.?\s?mi|Quadratmeile\p{L}*|milles?\s+carrés|millas?\s+cuadradas|miglia\s+quadrate"
     r"|milhas?\s+quadradas|квадратн\p{L}*\s+мил\p{L}*|mil\p{L}*\s+kwadratow\p{L}*|平方マイル|平方英里|제곱마일"),
    ("m²", "area", 1.0, r"m²|m2|square\s+met(?:er|re)s?|Quadratmeter\p{L}*|mètres?\s+carrés|metros?\s+cuadrados|metri\s+quadrati"
     r"|metros?\s+quadrados|квадратн\p{L}*\s+метр\p{L}*|кв\.\s?м|metr\p{L}*\s+kwadratow\p{L}*|平方メートル|平方米|제곱미터"),
    ("ft²", "area", 0.09290304, r"square\s+(?:feet|foot)|sq\.?\s?ft|Quadratfuß|pieds?\s+carrés|pies\s+cuadrados|piedi\s+quadrati"
     r"|pés\s+quadrados|квадратн\p{L}*\s+фут\p{L}*|stóp\s+kwadratowych|平方フィート|平方英尺|제곱피트"),
    ("ha", "area", 1e4, r"hectares?|Hektar\p{L}*|hectáreas?|ettari|ettaro|гектар\p{L}*|hektar\p{L}*|ヘクタール|公顷|헥타르|(?-i:ha)(?!-)"),
    ("acre", "area", 4046.8564224, r"acres?|acri|acro|акр\p{L}*|akr\p{L}*|エーカー|英亩|에이커"),
    ("nmi", "length", 1852.0, r"nautical\s+miles?|Seemeile\p{L}*|milles?\s+nautiques|millas?\s+náuticas|miglia\s+nautiche"
     r"|milhas?\s+náuticas|морск\p{L}*\s+мил\p{L}*|mil\p{L}*\s+morsk\p{L}*|海里|해리"),
    ("km", "length", 1000.0, r"km|kilomet(?:er|re)s?|Kilometer\p{L}*|kilomètres?|kilómetros?|chilometr[io]|quil[ôó]metros?|километр\p{L}*"
     r"|kilometr\p{L}*|キロメートル|公里|千米|킬로미터"),
    ("cm", "length", 0.01, r"cm|centimet(?:er|re)s?|Zentimeter\p{L}*|centimètres?|centímetros?|centimetr[io]|сантиметр\p{L}*"
     r"|centymetr\p{L}*|センチ(?:メートル)?|厘米|센티미터"),
    ("mm", "length", 0.001, r"mm|millimet(?:er|re)s?|Millimeter\p{L}*|millimètres?|milímetros?|millimetr[io]|миллиметр\p{L}*"
     r"|milimetr\p{L}*|ミリメートル|毫米|밀리미터"),
    ("m", "length", 1.0, r"met(?:er|re)s?|Meter\p{L}*|mètres?|metros?|metr[io]|метр\p{L}*|metr\p{L}*|メートル|미터|(?-i:m)(?!-)"),
    ("mi", "length", 1609.344, r"miles?|Meile\p{L}*|milles?|millas?|miglia|miglio|milhas?|мил[ьяие]\p{L}*|マイル|英里|마일"),
    ("ft", "length", 0.3048, r"feet|foot|ft|Fuß|pieds?|pies|piedi|piede|pés|фут\p{L}*|stóp|stopy|フィート|英尺|피트"),
    ("in", "length", 0.0254, r"inch(?:es)?|Zoll|pouces?|pulgadas?|pollici|pollice|polegadas?|дюйм\p{L}*|cali|インチ|英寸|인치"),
    ("yd", "length", 0.9144, r"yards?|yd|yardas?|iarde|iarda|jardas?|ярд\p{L}*|jard\p{L}*|ヤード|码|야드"),
    ("kg", "mass", 1.0, r"kg|kilos?|kilogram(?:me)?s?|Kilogramm\p{L}*|kilogramos?|chilogramm[io]|chili|quilos?|quilogramas?"
     r"|килограмм\p{L}*|кг|kilogram\p{L}*|キログラム|公斤|千克|킬로그램"),
    ("kilo", "kilo", 1.0, r"キロ|킬로"),
    ("g", "mass", 0.001, r"grams?|grammes?|Gramm|gramos?|grammi|grammo|gramas?|грамм\p{L}*|gram\p{L}*|グラム|克|그램"),
    ("lb", "mass", 0.45359237, r"pounds?|lbs?|Pfund|livres?|libras?|libbre|libbra|фунт\p{L}*|funt\p{L}*|ポンド|磅|파운드"),
    ("oz", "mass", 0.028349523, r"ounces?|oz|Unzen?|onces?|onzas?|onças?|унци\p{L}*|uncj\p{L}*|uncji|オンス|盎司|온스"),
    ("t", "mass", 1000.0, r"tonnes?|tons?|Tonne\p{L}*|toneladas?|tonnellat[ae]|тонн\p{L}*|ton|tony|トン|吨|톤"),
    ("°C", "temperature", 1.0, r"°\s?C|℃|(?:degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*)\s+(?:Celsius|centígrados"
     r"|centigradi|Цельсия|по\s+Цельсию|Celsjusza)|(?-i:C)(?!-)"),
    ("°F", "temperature", 1.0, r"°\s?F|℉|(?:degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*)\s+(?:Fahrenheit|Фаренгейта"
     r"|по\s+Фаренгейту|Fahrenheita)|(?-i:F)(?!-)"),
    ("deg", "temperature", 1.0, r"°|degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*|度|도"),
    ("l", "volume", 1.0, r"lit(?:er|re)s?|Liter\p{L}*|litros?|litri|litro|литр\p{L}*|litr\p{L}*|リットル|升|리터"),
    ("gal", "volume", 3.785411784, r"gallons?|Gallone\p{L}*|galones?|galloni|gallone|galões|galão|галлон\p{L}*|galon\p{L}*|ガロン|加仑|갤런"),
    ("bbl", "volume", 158.987294928, r"barrels?|Barrel|barils?|barriles?|barili|barile|barris|barril|баррел\p{L}*|baryłk\p{L}*|バレル|桶|배럴"),
    # A change of a rate, which a hundred basis points make a percentage point; points alone
    # (0,4 point, 0,4 puntos, 120 Punkte) may be either, or an index's.
    ("bp", "points", 0.01, r"basis\s+points?|bps|Basispunkt\p{L}*|points?\s+de\s+base|puntos?\s+básicos?|punt[oi]\s+base|pontos?[\s-]+base"
     r"|pontos?\s+básicos?|базисн\p{L}*\s+пункт\p{L}*|punkt\p{L}*\s+bazow\p{L}*|ベーシスポイント|[个個]?基[点點]|베이시스\s?포인트|(?-i:bp|pb)"),
    ("pp", "points", 1.0, r"percentage\s+points?|Prozentpunkt\p{L}*|points?\s+de\s+pourcentage|puntos?\s+porcentual(?:es)?"
     r"|punt[oi]\s+percentual[ei]|pontos?\s+percentua(?:l|is)|процентн\p{L}*\s+пункт\p{L}*|п\.\s?п\.|punkt\p{L}*\s+procentow\p{L}*"
     r"|procentpunt\p{L}*|パーセントポイント|[%％]\s?ポイント|[个個]?百分[点點]|(?:퍼센트|%)\s?포인트|(?-i:pp|ppt|%p)"),
    ("point", "points", 1.0, r"points?|pts?|Punkte?|puntos?|punti|punto|pontos?|ponto|пункт\p{L}*|punkt\p{L}*|ポイント|포인트"),
)
_UNIT_DIMENSION = {unit: dimension for unit, dimension, _, _ in _MEASURE_UNITS}
_UNIT_SIZE = {unit: size for unit, _, size, _ in _MEASURE_UNITS}
# What may stand between a number and its unit: a space or a hyphen (a 10-mile walk), a scale
# (3 million tonnes, 3 Millionen Tonnen, 300万トン) and `of` (3 millions de tonnes).
_UNIT_AFTER = lazy_compile(
    r"[\s\u00a0\u202f-]?(?:(?:million|billion|Million\p{L}*|Milliard\p{L}*|millions?|milliards?|millones|milioni|miliardi|milhões|bilhões"
    r"|млн\.?|млрд\.?|миллион\p{L}*|миллиард\p{L}*|mln|mld|万|億|亿|만|억)[\s\u00a0\u202f]?)?(?:(?:de|d['’]|di|of)\s?)?"
    rf"(?:{'|'.join(f'(?P<u{index}>{forms})' for index, (_, _, _, forms) in enumerate(_MEASURE_UNITS))})"
    # the end of a word, but in the scripts that write no spaces (10キロメートル先)
    r"(?:(?<=[\p{Han}\p{Katakana}\p{Hangul}])|(?![\p{L}\p{N}²]))",
    regex.IGNORECASE,
)
# What makes a speed of the distance after it, before its number (時速90キロ, 时速145公里, 시속 145킬로미터).
_SPEED_BEFORE = lazy_compile(r"(?:時速|时速|시속)\s?$")


class _Measure(NamedTuple):
    """A number with its unit of measure, as a text gives it."""

    value: Decimal  # as written, without its sign
    unit: str  # of _MEASURE_UNITS
    words: str  # the number and its unit as written (the first of a range, the whole range)
    negative: bool  # said with a minus before it (minus 4 Grad)
    end: int  # where its unit ends in the text: the numbers of a range share it

    @property
    def digits(self) -> tuple[Decimal, ...]:
        """The number as the numbers check reads it."""
        return (self.value,)


# A minus as translations write it before a number: a sign (an en dash too, as German
# typography sets one), or a word (moins 8, menos 8, минус 8, 零下8度, マイナス8度, 氷点下8度, 영하 8도).
_A_MINUS = (r"[-\u2212\u2013]|(?<!\p{L})(?:minus|moins|menos|meno|menys|минус|мінус|ناقص|سالب)\s*|零下|マイナス|氷点下|마이너스\s?"
            r"|영하\s?")
# What joins the first number of a range to the last, whose unit is both's (von 20 auf minus 4
# Grad, de 3 à 5 km, 3-5 miles, 3～5キロ).
_RANGE_TO_NEXT = lazy_compile(
    r"\s?(?:[-–—~～〜]|\s(?:to|and|bis|auf|und|à|et|a|y|e|al|tot|en|до|и|do|i)\s)\s?"
    rf"(?:{_A_MINUS})?\p{{Nd}}+(?:[.,\u00a0\u202f']\p{{Nd}}+)*",
    regex.IGNORECASE,
)
# The scale of a temperature as Japanese and Chinese write it, before its number, with 度 after (セ氏35度, 华氏95度).
_SCALE_BEFORE = lazy_compile(r"(?:(?P<celsius>セ氏|摂氏|摄氏)|(?P<fahrenheit>華氏|华氏))\s?$")


def _measures(text: str, locale: Locale) -> list[_Measure]:
    """The numbers `text` gives with a unit of measure after them (`_MEASURE_UNITS`), or after
    the last number of the range they open. Not a number after a currency sign (£3m is money)."""
    measures = []
    for value, match in _numbers_in_place(text, locale):
        if _CURRENCY_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue
        after = _UNIT_AFTER.match(text, match.end())
        if after is None and (last := _RANGE_TO_NEXT.match(text, match.end())) is not None:
            after = _UNIT_AFTER.match(text, last.end())
        before = text[max(0, match.start() - 8) : match.start()]
        if (scale := _SCALE_BEFORE.search(before)) is not None and text.startswith("度", match.end()):
            unit, words = ("°C" if scale.group("celsius") else "°F"), scale.group() + text[match.start() : match.end() + 1]
        elif after is not None:
            unit, words = _MEASURE_UNITS[int(after.lastgroup[1:])][0], text[match.start() : after.end()]
        else:
            continue
        if unit in ("km", "kilo", "mi") and _SPEED_BEFORE.search(before):
            unit = "mph" if unit == "mi" else "km/h"
        measures.append(_Measure(value, unit, words, bool(_TARGET_MINUS.search(before)), match.start() + len(words)))
    return measures


@functools.lru_cache(maxsize=1024)
def _source_measures(msgid: str, source: Locale) -> tuple[_Measure, ...]:
    prose = prose_of(msgid)
    return tuple(_measures(prose, source)) if _DIGIT_RUN.search(prose) else ()


@functools.lru_cache(maxsize=16)
def _translation_measures(msgstr: str, target: Locale) -> tuple[_Measure, ...]:
    """Read once for the several checks of a unit that compare its measures."""
    return tuple(_measures(prose_of(msgstr), target))


def _the_same_unit(source_unit: str, target_unit: str) -> bool:
    """Whether a translation's unit says the source's: the same, or one a translation may
    leave vague (キロ for a kilometre or a kilogram; degrees without a scale for Celsius, or
    for the source's degrees without one; points for basis or percentage points)."""
    return (source_unit == target_unit or (target_unit == "kilo" and source_unit in ("km", "kg", "kilo"))
            or (target_unit == "deg" and source_unit in ("°C", "deg")) or (source_unit == "deg" and _UNIT_DIMENSION[target_unit] == "temperature")
            or ("point" in (source_unit, target_unit) and _UNIT_DIMENSION[source_unit] == _UNIT_DIMENSION[target_unit] == "points"))


def changed_measures(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A number of the source the translation gives in another unit (`10 miles` → `10
    Kilometer`, `68°F` → `68 Grad`, `30,000 feet` → `30.000 Meter`, `512 pence` → `512 Pfund`,
    `numbers`): the number is the same, the figure another. A conversion (`10 miles` → `16
    Kilometer`) is the numbers check's (see `_measures_converted`)."""
    if not (in_source := _source_measures(msgid, source)):
        return []  # most sentences: no measure
    units_of: dict[Decimal, dict[str, str]] = {}
    for measure in in_source:
        units_of.setdefault(measure.value, {})[measure.unit] = measure.words
    issues: dict[int, Issue] = {}  # by where the unit ends: a range in another unit is one issue
    for measure in _translation_measures(msgstr, target):
        said = units_of.get(measure.value, {})
        if said and not any(_the_same_unit(unit, measure.unit) for unit in said):
            issues.setdefault(measure.end, Issue("numbers", f"the unit: {next(iter(said.values()))} in the source, {measure.words} in the translation"))
    return list(issues.values())


# The size of a kilometre or a kilogram (キロ) in the base unit of the measure it gives.
_KILO_SIZE = {"length": 1000.0, "mass": 1.0, "speed": 1 / 3.6}


def _in_unit(measure: _Measure, unit: str, dimension: str) -> float:
    """The measure's figure in `unit`, another of its `dimension` (degrees without a scale
    are Celsius; キロ a kilometre, a kilogram or a kilometre an hour)."""
    value = -float(measure.value) if measure.negative else float(measure.value)
    if dimension == "temperature":
        celsius = (value - 32) * 5 / 9 if measure.unit == "°F" else value
        return celsius * 9 / 5 + 32 if unit == "°F" else celsius

    def size(of: str) -> float:
        return _KILO_SIZE[dimension] if of == "kilo" else _UNIT_SIZE[of]

    return value * size(measure.unit) / size(unit)


def _converts_to(was: _Measure, said: _Measure) -> bool:
    """Whether `said` is `was` converted into another unit of its measure, rounded as a writer
    rounds it: to its last written digit (38 for 100F, 1.800 Hektar for 4,500 acres), or
    within 2 %, but a temperature, whose every degree is news."""
    dimension = _UNIT_DIMENSION[was.unit]
    if _the_same_unit(was.unit, said.unit) or _UNIT_DIMENSION[said.unit] not in (dimension, "kilo") or dimension not in _CONVERTED:
        return False
    if dimension == "temperature" and was.unit == "deg":
        return False  # degrees that name no scale convert into nothing
    exact = _in_unit(was, said.unit, dimension)
    written = -float(said.value) if said.negative else float(said.value)
    exponent = said.value.normalize().as_tuple().exponent
    last_digit = 10.0 ** exponent if isinstance(exponent, int) else 1.0
    tolerance = last_digit / 2 if dimension == "temperature" else max(last_digit / 2, 0.02 * abs(exact))
    return abs(exact - written) <= tolerance


# The measures a newsroom converts into its own system's units.
_CONVERTED = frozenset({"length", "area", "mass", "volume", "speed", "temperature", "points"})


def _measures_converted(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[_Measure, _Measure]]:
    """The measures of the source the translation converts into other units of the same
    measure, as a newsroom of another system does (`10 miles` → `16 Kilometer`, `90 mph` → `145
    km/h`, `68°F` → `20 Grad`, `4 inches` → `10 Zentimeter`), each with the translation's."""
    if not (in_source := _source_measures(msgid, source)):
        return []
    left = list(_translation_measures(msgstr, target))
    pairs = []
    for was in in_source:
        if (said := next((said for said in left if _converts_to(was, said)), None)) is not None:
            left.remove(said)
            pairs.append((was, said))
    return pairs


def _basis_points_said_as_a_fraction(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Decimal]:
    """The changes the source gives in basis points that the translation says as a fraction of
    a point in words (`50 basis points` → `einen halben Prozentpunkt`, `medio punto`; `25` →
    `un quart de point`, `четверть процентного пункта`)."""
    in_source = [measure.value for measure in _source_measures(msgid, source) if measure.unit == "bp"]
    if not in_source:
        return []
    fractions = {100 * Fraction(*fraction) for fraction in _fractions_in_words(prose_of(msgstr), target.language)}
    return [value for value in in_source if Fraction(value) in fractions]


class _Share(NamedTuple):
    """A share of a whole a text gives: a proportion (Seven in 10, drei von zehn), a fraction
    (a fifth, zwei Drittel, 十分之七) or a percentage (70 %, 70 Prozent, 七成)."""

    value: Fraction  # of the whole: 7/10
    rounded_to: Fraction | None  # a percentage's last digit, in points (1 for 67 %, 10 for 7割); None: exact
    numbers: tuple[int, ...]  # the numbers a proportion or a fraction states in any form: 7 and 10 of Seven in 10
    digits: tuple[Decimal, ...]  # those it writes in digits, as the numbers check reads them: 10 of Seven in 10, 70 of 70 %


# What joins the numbers of a proportion, by language, with up to two words after the first:
# Seven in 10, one voter in five, nine out of ten, drei von zehn, trois électeurs sur dix, tres
# de cada diez, tre su dieci, três em cada dez, семеро из десяти, trzech na dziesięciu, ثلاثة من كل عشرة.
_PROPORTION_JOINERS: Final[Mapping[str, str]] = {
    "en": r"(?:in|out\s+of)(?:\s+every)?", "de": "von", "fr": "sur", "es": r"de\s+cada", "it": "su", "pt": r"(?:em|de)\s+cada",
    "ru": "из", "pl": "na|z", "ar": r"من\s+(?:كل|بين)",
}
# What makes the number before it a percentage: a sign or a word (70 %, 70 Prozent, 70 por ciento,
# 70 процентов, 70 proc., 70 في المئة; 70パーセント and 70퍼센트 with the word after them), not
# percentage points (Prozentpunkte).
_PERCENT_SIGN_OR_WORD = (
    r"[\s\u00a0\u202f-]?(?:[%٪％](?!\s?(?:ポイント|포인트|p(?!\p{L})))|パーセント|퍼센트|(?:percent|per\s+cent|Prozent(?:ig\p{L}*)?|percento|процент\p{L}*|procent\p{L}*"
    r"|אחוז(?:ים)?)(?!\p{L})|proc\."
    rf"|{_PERCENT_WORDS})"
)
_PERCENT_AFTER = lazy_compile(_PERCENT_SIGN_OR_WORD, regex.IGNORECASE)
# The first number of a range of percentages, which the percent after its last makes one too:
# 3 bis 6 Prozent, de 3 à 6 %, entre el 5 y el 7 %, tra il 5 e il 7%, 3-6%, 3～6％.
_PERCENT_RANGE_AFTER = lazy_compile(
    r"(?:\s?[-–—~～〜]\s?|\s+(?:to|and|bis|und|à|et|a|y|e|tot|até|al|до|и|do|i)\s+(?:(?:el|il|los|las|les|le|la|lo|gli|i|as|os|o|l['’])\s*)?)"
    r"\p{Nd}+(?:[.,]\p{Nd}+)?" + _PERCENT_SIGN_OR_WORD,
    regex.IGNORECASE,
)
# A share in tenths, as Japanese (7割) and Chinese (七成) say it.
_TENTHS: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<![\p{{N}}.,〇一二两三四五六七八九十])(\p{{Nd}}{{1,2}}|[一二两三四五六七八九]|十){tenth}")
    for language, tenth in (("ja", "割"), ("zh", "成"))
}


@functools.lru_cache(maxsize=16)
def _proportion_pattern(language: str) -> regex.Pattern[str]:
    number = rf"\p{{Nd}}+(?:[,.\u00a0\u202f]\p{{Nd}}{{3}})*|(?:{_prefix_tree(_NUMBER_WORDS[language])})(?!\p{{L}})"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,])(?P<part>{number})(?:\s+\p{{L}}+){{0,2}}?\s+(?:{_PROPORTION_JOINERS[language]})\s+(?P<whole>{number})"
        r"(?![\p{L}\p{N}]|[.,]\p{N})",
        regex.IGNORECASE,
    )


def _proportions(text: str, locale: Locale) -> Iterator[_Share]:
    """The proportions `text` gives (Seven in 10, trois sur dix), as shares."""
    if locale.language not in _PROPORTION_JOINERS or locale.language not in _NUMBER_WORDS:
        return
    for match in _proportion_pattern(locale.language).finditer(text):
        written = match.group("part"), match.group("whole")
        part, whole = (_decimal(number, locale) if number[0].isdecimal() else _number_said(number, locale.language) for number in written)
        if part is None or whole is None or part % 1 or whole % 1 or not 0 < part <= whole or whole < 2:
            continue
        digits = tuple(Decimal(value) for number, value in zip(written, (part, whole)) if number[0].isdecimal())
        yield _Share(Fraction(int(part), int(whole)), None, (int(part), int(whole)), digits)


def _shares(text: str, locale: Locale) -> list[_Share]:
    """The shares `text` gives: percentages (70 %, 70 Prozent, 百分之七十), tenths (7割, 七成),
    fractions (zwei Drittel, 十分之七) and proportions (trois électeurs sur dix)."""
    shares = list(_proportions(text, locale))
    shares += [_Share(Fraction(numerator, denominator), None, (numerator, denominator), ())
               for numerator, denominator in _fractions_in_words(text, locale.language)]
    for value, match in _numbers_in_place(text, locale):
        if _PERCENT_AFTER.match(text, match.end()):
            shares.append(_Share(Fraction(value) / 100, Fraction(10) ** min(0, int(value.as_tuple().exponent)), (), (value,)))
    if locale.language in _KANJI_LANGUAGES:
        for match in _HANZI_FRACTION.finditer(text):
            whole, part = (_number_said(number, locale.language) for number in match.groups())
            if whole and part is not None and part <= whole and match.group(1) != "百":  # 百分之七十 is a percentage
                digits = tuple(Decimal(number) for number in match.groups() if number.isdecimal())
                shares.append(_Share(Fraction(part, whole), None, (part, whole), digits))
        for match in _HANZI_PERCENT.finditer(text):  # read as its digits (百分之七十 as 70%)
            percent = _kanji_value(match.group(1))
            shares.append(_Share(Fraction(percent, 100), Fraction(1), (), (Decimal(percent),)))
        for match in _TENTHS[locale.language].finditer(text):
            if (tenths := _number_said(match.group(1), locale.language)) is not None:
                digits = (Decimal(tenths),) if match.group(1).isdecimal() else ()
                shares.append(_Share(Fraction(tenths, 10), Fraction(10), (), digits))
    return shares


@functools.lru_cache(maxsize=1024)
def _source_shares(msgid: str, source: Locale) -> tuple[_Share, ...]:
    return tuple(_shares(prose_of(msgid), source))


def _same_share(one: _Share, other: _Share) -> bool:
    """Whether two shares are the same figure: the same value (7割 for 70 %), or a percentage
    that is a proportion or a fraction rounded to its last digit (67 % for two in three) or cut
    off there (66 %). A percentage rounded from another (3 % for 2.5 %) is another figure."""
    for percentage, exact in ((one, other), (other, one)):
        if (unit := percentage.rounded_to) is not None and exact.rounded_to is None:
            steps, said = exact.value * 100 / unit, percentage.value * 100 / unit
            # Cut off only to a whole percent at most: 6割 for two in three is a tenth off.
            return said == math.floor(steps + Fraction(1, 2)) or unit <= 1 and said == math.floor(steps)
    return one.value == other.value


def _shares_said(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[_Share, _Share]]:
    """The shares of the source the translation gives in another form, each with the
    translation's: a proportion as a percentage or a fraction (`Seven in 10` → `70 Prozent`,
    `七成`, `十分之七`; `1 in 4` → `ein Viertel`), a fraction as a percentage (`up a fifth` →
    `2割`), a percentage as a proportion or in tenths (`70%` → `sieben von zehn`, `7割`)."""
    in_source = _source_shares(msgid, source)
    if not in_source:
        return []  # most sentences: no share
    in_target = _shares(prose_of(msgstr), target)
    pairs = []
    for share in in_source:
        if (said := next((other for other in in_target if _same_share(share, other)), None)) is not None:
            in_target.remove(said)
            pairs.append((share, said))
    return pairs


def _numbers_said_another_way(msgid: str, msgstr: str, source: Locale, target: Locale) -> frozenset[int]:
    """The counts of the source's shares, spans of time and halves the translation gives in
    another form: 7 and 10 of `Seven in 10` → `70 %`, 6 of `six months` → `ein halbes Jahr`, the
    second of `the second half` → `下半年`, `7～12月期`."""
    pairs = [*_shares_said(msgid, msgstr, source, target), *_spans_compared(msgid, msgstr, source, target).said]
    halves = _source_period_halves(msgid, source.language).keys() & _period_halves(prose_of(msgstr), target.language).keys()
    return frozenset(number for said, _ in pairs for number in said.numbers) | halves


# A dozen as each language names it: the forms that say one dozen alone (a dozen, ein Dutzend,
# около дюжины), and those that count only after a number (deux douzaines, пять дюжин): alone
# they say dozens of something, no count.
_DOZENS: Final[Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    language: (tuple(singular.split()), tuple(plural.split()))
    for language, singular, plural in (
        ("en", "dozen", "dozens"),
        ("de", "dutzend", "dutzende dutzenden"),
        ("fr", "douzaine", "douzaines"),
        ("es", "docena", "docenas"),
        ("it", "dozzina", "dozzine"),
        ("pt", "dúzia", "dúzias"),
        ("ru", "дюжина дюжины дюжину дюжиной дюжине", "дюжин дюжинами"),
        ("pl", "tuzin tuzina tuzinem tuzinie", "tuziny tuzinów tuzinami"),
    )
}


# What every form of a dozen has (dozen, Dozens, DOZEN).
_DOZEN_HINTS: Final[Mapping[str, tuple[str, str]]] = {
    language: _in_any_case(os.path.commonprefix([form[1:] for form in singular + plural])) for language, (singular, plural) in _DOZENS.items()
}
_WORD_BEFORE = lazy_compile(r"(?:\p{L}+|\p{Nd}+)\s+$")


def _dozens(text: str, language: str) -> dict[Fraction, str]:
    """How many dozen `text` says, each with its words as written: the number before the dozen
    (two dozen, deux douzaines), a half (half a dozen, une demi-douzaine), else one (a dozen,
    ein Dutzend, около дюжины)."""
    written, in_capitals = _DOZEN_HINTS.get(language, _NO_HINTS)
    if written not in text and in_capitals not in text:
        return {}  # most sentences: no dozen, told without a pattern
    singular, plural = _DOZENS[language]
    dozens: dict[Fraction, str] = {}
    if halves := list(_HALF_A_DOZEN.finditer(text)):
        dozens[Fraction(1, 2)] = halves[0].group()
        text = _blanked_in_place(text, [half.span() for half in halves])
    for match in _words_of(singular + plural).finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = before.group().strip() if before else ""
        count = int(word) if word.isdecimal() else _NUMBER_WORDS[language].get(word.lower())
        if before is not None and count is not None:
            dozens.setdefault(Fraction(count), text[before.start() : match.end()])
        elif match.group().lower() in singular:
            dozens.setdefault(Fraction(1), match.group())
    return dozens


@functools.lru_cache(maxsize=1024)
def _source_dozens(msgid: str, language: str) -> dict[Fraction, str]:
    return _dozens(prose_of(msgid), language)


@functools.lru_cache(maxsize=1024)
def _source_dozens_counted(msgid: str, language: str) -> tuple[int, ...]:
    """The counts the dozens of a msgid make: 24 for two dozen, 12 for a dozen, 6 for half a dozen."""
    written, in_capitals = _DOZEN_HINTS.get(language, _NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return ()
    halves = len(_HALF_A_DOZEN.findall(msgid))
    counts = [int(12 * count) for count in _source_dozens(msgid, language) if count != Fraction(1, 2)]
    return (*counts, *[6] * halves)


def changed_dozens(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A dozen the translation made several (`a dozen protesters` → `zwei Dutzend
    Demonstranten`, `numbers`), or several dozen one: the counts in words leave one out, as it
    is also an article. Two dozen made three is a changed count those compare; a dozen
    rephrased (zwölf, Dutzende) is no change the words can tell."""
    written, in_capitals = _DOZEN_HINTS.get(source.language, _NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return []  # most sentences: no dozen, told without a pattern
    in_source = _source_dozens(msgid, source.language)
    if not in_source:
        return []
    in_target = _dozens(prose_of(msgstr), target.language)
    if 1 not in in_source.keys() ^ in_target.keys() or not (in_source.keys() - in_target.keys() and in_target.keys() - in_source.keys()):
        return []
    return [Issue("numbers", f"the dozens: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# The halves of a year or of a match as each language names them: the ordinals of the first
# and of the second (in words or digits), and the nouns of a half (stems, where a noun takes
# endings): the 2nd half, im ersten Halbjahr, in der zweiten Halbzeit, au premier semestre, en
# la segunda parte, nel secondo tempo, во втором полугодии, w I półroczu, الشوط الثاني, 上半年,
# 下半场, 後半.
_PERIOD_HALVES: Final[Mapping[str, tuple[str, str, tuple[str, ...]]]] = {
    "en": (r"first|1st|opening", r"second|2nd|latter", ("half",)),
    "de": (r"erst\p{L}*|1\.", r"zweit\p{L}*|2\.", ("hälfte", "halbjahr", "halbzeit", "jahreshälfte", "spielhälfte")),
    "fr": (r"premier|première|1er|1re|1ère", r"second|seconde|deuxième|2e|2nde?", ("semestre", "mi-temps", "période", "moitié")),
    "es": (r"primer|primero|primera|1\.?[ºª]|1er", r"segundo|segunda|2\.?[ºª]", ("semestre", "tiempo", "mitad", "parte")),
    "it": (r"primo|prima|1[°º]", r"secondo|seconda|2[°º]", ("semestre", "tempo", "metà", "frazione")),
    "pt": (r"primeiro|primeira|1[ºª°]", r"segundo|segunda|2[ºª°]", ("semestre", "tempo", "metade", "parte")),
    "ru": (r"перв\p{L}*", r"втор\p{L}*", ("полугоди", "тайм", "половин")),
    "pl": (r"pierwsz\p{L}*|(?-i:I)", r"drug\p{L}*|(?-i:II)", ("półrocz", "połow")),
    "ar": (r"الأول", r"الثاني", ("الشوط", "النصف")),
    "ja": (r"前|上", r"後|下", ("半",)),
    "zh": (r"上|前", r"下|后|後", ("半",)),
}
# What tells a sentence may name a half: a noun of one (half, Halbjahr, FIRST HALF).
_PERIOD_HALF_HINTS = {
    language: tuple(dict.fromkeys(hint for noun in nouns for hint in _in_any_case(noun[1:] if len(noun) > 2 else noun)))
    for language, (_, _, nouns) in _PERIOD_HALVES.items()
}


@functools.lru_cache(maxsize=16)
def _period_halves_pattern(language: str) -> regex.Pattern[str]:
    first, second, nouns = _PERIOD_HALVES[language]
    if language == "ar":  # the noun first: الشوط الثاني
        named = r"(?:{noun})\s+(?:{ordinal})(?!\p{{L}})"
    elif language in _KANJI_LANGUAGES:
        named = "(?:{ordinal})(?:{noun})"
    else:
        named = r"(?<!\p{{L}})(?:{ordinal})[\s-]*(?:{noun})\p{{L}}*"
    noun = "|".join(nouns)
    return regex.compile(
        f"(?P<h1>{named.format(ordinal=first, noun=noun)})|(?P<h2>{named.format(ordinal=second, noun=noun)})", regex.IGNORECASE
    )


def _period_halves(text: str, language: str) -> dict[int, str]:
    """The halves (1, 2) of a year or of a match `text` names, each with its words as written;
    in Japanese and Chinese also a half of the year by its months (1～6月期, 7-12月)."""
    halves: dict[int, str] = {}
    if any(hint in text for hint in _PERIOD_HALF_HINTS.get(language, ())):
        for match in _period_halves_pattern(language).finditer(text):
            halves.setdefault(2 if match.group("h2") else 1, match.group())
    if language in _KANJI_LANGUAGES and "月" in text:
        for match in _QUARTER_BY_ITS_MONTHS.finditer(text):
            if (half := _HALVES_BY_THEIR_MONTHS.get((int(match.group(1)), int(match.group(2))))) is not None:
                halves.setdefault(half, match.group())
    return halves


# The halves and the quarters of the year by their first and last months (1～6月期, 7～9月期).
_HALVES_BY_THEIR_MONTHS: Final[Mapping[tuple[int, int], int]] = {(1, 6): 1, (7, 12): 2}
_QUARTERS_BY_THEIR_MONTHS: Final[Mapping[tuple[int, int], int]] = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}


@functools.lru_cache(maxsize=1024)
def _source_period_halves(msgid: str, language: str) -> dict[int, str]:
    return _period_halves(prose_of(msgid), language)


def changed_period_halves(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The half of a year or of a match put for the other (`in the first half` → `im zweiten
    Halbjahr`, 上半年 → 下半年, `numbers`): both sides name a half, and not the same. The counts
    in words cannot tell, as they leave the first out (one is also an article)."""
    if not (in_source := _source_period_halves(msgid, source.language)):
        return []
    return _another_period_named("half", in_source, _period_halves(prose_of(msgstr), target.language))


def _another_period_named(period: str, in_source: Mapping[int, str], in_target: Mapping[int, str]) -> list[Issue]:
    """The `numbers` error of a translation that names a half or a quarter (`period`), by its
    number, none of them the source's; none where it names none."""
    if not in_target or in_source.keys() & in_target.keys():
        return []
    return [Issue("numbers", f"the {period}: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# The quarters of a year or of a match, by language: the ordinals of the first to the fourth
# (in words, digits or Roman numerals) and the noun of a quarter, which follows them but in
# Arabic and Hebrew: the third-quarter results, im zweiten Quartal, im vierten Viertel, au 2e
# trimestre, el primer trimestre, nel terzo trimestre, no quarto trimestre, het eerste kwartaal,
# во II квартале, w drugim kwartale, 第1四半期, 第二季度, 2분기 (and 2·4분기), الربع الثالث,
# ברבעון השני. Q2 in any language, T2 in French; in Japanese and Chinese also a quarter by its
# months (4～6月期), read as the calendar's, as the numbers check reads it.
_QUARTERS: Final[Mapping[str, tuple[tuple[str, str, str, str], str]]] = {
    "en": ((r"first|1st", r"second|2nd", r"third|3rd", r"fourth|4th"),
           r"quarter(?![\s-]*(?:finals?|back|of\s+an?\s+(?:hour|century)|hour|century|mile)(?!\p{L}))"),
    "de": ((r"erst\p{L}*|1\.", r"zweit\p{L}*|2\.", r"dritt\p{L}*|3\.", r"viert\p{L}*|4\."), r"(?:quartal|vierteljahr|viertel(?!final))\p{L}*"),
    "fr": ((r"premier|1er", r"deuxième|second|2e|2ème|2nd", r"troisième|3e|3ème", r"quatrième|4e|4ème"), "trimestre"),
    "es": ((r"primer|primero|1\.?[ºo]|1er", r"segundo|2\.?[ºo]", r"tercer|tercero|3\.?[ºo]|3er", r"cuarto|4\.?[ºo]"), "trimestre"),
    "it": ((r"primo|1[°º]", r"secondo|2[°º]", r"terzo|3[°º]", r"quarto|4[°º]"), "trimestre"),
    "pt": ((r"primeiro|1[°º]", r"segundo|2[°º]", r"terceiro|3[°º]", r"quarto|4[°º]"), "trimestre"),
    "nl": ((r"eerste|1e|1ste", r"tweede|2e|2de", r"derde|3e|3de", r"vierde|4e|4de"), "kwartaal"),
    "ru": ((r"перв\p{L}*|(?-i:I)", r"втор\p{L}*|(?-i:II)", r"трет\p{L}*|(?-i:III)", r"четв[её]рт\p{L}*|(?-i:IV)"), r"квартал\p{L}*"),
    "pl": ((r"pierwsz\p{L}*|(?-i:I)", r"drug\p{L}*|(?-i:II)", r"trzeci\p{L}*|(?-i:III)", r"czwart\p{L}*|(?-i:IV)"), r"kwarta[łl]\p{L}*"),
    "ja": ((r"第[1１一]", r"第[2２二]", r"第[3３三]", r"第[4４四]"), "四半期"),
    "zh": ((r"第?[1１一]", r"第?[2２二]", r"第?[3３三]", r"第?[4４四]"), "季度"),
    "ko": ((r"1(?:[·/]4)?", r"2(?:[·/]4)?", r"3(?:[·/]4)?", r"4(?:[·/]4)?"), "분기"),
    "ar": ((r"الأول", r"الثاني", r"الثالث", r"الرابع"), r"[وفبل]?الربع"),
    "he": ((r"ה?ראשון", r"ה?שני", r"ה?שלישי", r"ה?רביעי"), r"[בלמהו]?רבעון"),
}


@functools.lru_cache(maxsize=16)
def _quarters_pattern(language: str) -> regex.Pattern[str]:
    ordinals, noun = _QUARTERS[language]
    if language in ("ar", "he"):
        named = r"(?<!\p{{L}})(?:{noun})\s+(?:{ordinal})(?!\p{{L}})"
    elif language in _KANJI_LANGUAGES or language == "ko":
        named = r"(?<![\p{{N}}·/])(?:{ordinal})\s?(?:{noun})"
    else:
        named = r"(?<![\p{{L}}\p{{N}}])(?:{ordinal})[\s-]+(?:{noun})"
    letters = "[QT]" if language == "fr" else "Q"
    return regex.compile(
        "|".join(
            rf"(?P<q{number}>{named.format(ordinal=ordinal, noun=noun)}|(?<![\p{{L}}\p{{N}}])(?-i:{letters}){number}(?![\p{{L}}\p{{N}}]))"
            for number, ordinal in enumerate(ordinals, 1)
        ),
        regex.IGNORECASE,
    )


# What tells a sentence may name a quarter: its noun (uarter and UARTER for Quarter), or a
# quarter's number (Q2, T2); in Japanese and Chinese also a month.
_QUARTER_HINTS: Final[Mapping[str, tuple[str, ...]]] = {
    language: tuple(hint for stem in stems for hint in (_in_any_case(stem) if stem.isascii() else (stem,)))
    for language, stems in (
        ("en", ("uarter",)), ("de", ("uartal", "iertel")), ("fr", ("rimestre",)), ("es", ("rimestre",)), ("it", ("rimestre",)),
        ("pt", ("rimestre",)), ("nl", ("wartaal",)), ("ru", ("вартал", "ВАРТАЛ")), ("pl", ("warta", "WARTA")), ("ja", ("四半期", "月")),
        ("zh", ("季度", "月")), ("ko", ("분기",)), ("ar", ("ربع",)), ("he", ("רבעון",)),
    )
}
_QUARTER_NUMBER_HINT = re.compile("[QT][1-4]")


def _quarters(text: str, language: str) -> dict[int, str]:
    """The quarters (1 to 4) of a year or of a match `text` names (`_QUARTERS`), each with its
    words as written."""
    if language not in _QUARTERS:
        return {}
    if not any(hint in text for hint in _QUARTER_HINTS[language]) and not _QUARTER_NUMBER_HINT.search(text):
        return {}  # most sentences: no quarter, told without a pattern
    quarters: dict[int, str] = {}
    for match in _quarters_pattern(language).finditer(text):
        quarters.setdefault(int(match.lastgroup[1:]), match.group())
    if language in _KANJI_LANGUAGES and "月" in text:
        for match in _QUARTER_BY_ITS_MONTHS.finditer(text):
            if (quarter := _QUARTERS_BY_THEIR_MONTHS.get((int(match.group(1)), int(match.group(2))))) is not None:
                quarters.setdefault(quarter, match.group())
    return quarters


@functools.lru_cache(maxsize=1024)
def _source_quarters(msgid: str, language: str) -> dict[int, str]:
    return _quarters(prose_of(msgid), language)


def changed_quarters(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The quarter of a year or of a match put for another (`in the second quarter` → `im ersten
    Quartal`, 第1四半期, 1분기, `numbers`): both sides name a quarter, and not the same."""
    if not (in_source := _source_quarters(msgid, source.language)):
        return []
    return _another_period_named("quarter", in_source, _quarters(prose_of(msgstr), target.language))


# Two figures joined by a dash: a vote's tally or a score (52-48, 3–1), not a season or a date.
_TALLY = lazy_compile(r"(?<![\p{N}.,/-])(\p{Nd}{1,3})\s?[-–]\s?(\p{Nd}{1,3})(?![\p{N}/-]|[.,]\p{Nd})")
# A tally in words: 312 votes to 287, by 5 to 4, by a vote of 52 to 48; not a range of an
# amount (by 2 to 5%, by 10 to 15 percent, by 20 to 25 million).
_TALLY_IN_WORDS = lazy_compile(
    r"(?:(?<=(?<!\p{L})(?:by|vote\s+of)\s)|(?=\p{Nd}{1,3}\s+votes?\s))(?<![\p{N}.,])(\p{Nd}{1,3})\s+(?:votes?\s+)?to\s+(\p{Nd}{1,3})"
    r"(?!\p{N}|[.,]\p{Nd}|\s?%|\s+(?:percent|per\s+cent|pct|percentage|Prozent|million|billion|trillion|bn)(?!\p{L}))",
    regex.IGNORECASE,
)
# What says the tally after it is of a vote passed, the votes for it first (passed 52-48,
# approved the bill 7–2, by a vote of 52-48), in the same sentence. Not a score: Spanish and
# Italian give one home side first (el Madrid ganó 1-3 en Valencia), German from the side the
# sentence is about (Chelsea verlor 1:3 gegen Arsenal).
_PASSED = lazy_compile(
    r"(?<!\p{L})(?:passed|approved|adopted|confirmed|ratified|by a vote of)(?!\p{L})[^\p{N}.;!?]{0,60}$", regex.IGNORECASE
)
# A tally as translations write it: 52-48, 52:48, 52 a 48, 52 votos a 48, 52 voix contre 48, 52
# zu 48, 52 голосами против 48, 52 صوتاً مقابل 48, 52票对48票, 7対2; a set's score also 6/4.
_TARGET_TALLY = lazy_compile(
    r"(?<![\p{N}.,/])(\p{Nd}{1,3})(?:\s?[-–:/]\s?|\s?票?[対对比]|"
    r"\s+(?:[\p{L}\p{M}]+\s+)?(?:a|à|contre|contra|contro|zu|gegen|против|do|to|against|مقابل)\s+)(\p{Nd}{1,3})(?![\p{N}/])",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def _passed_tallies(msgid: str) -> tuple[tuple[int, int, str], ...]:
    """The tallies of the votes an English source says passed: the votes for, against, and the tally as written."""
    matches = [*_TALLY.finditer(msgid), *(_TALLY_IN_WORDS.finditer(msgid) if " to " in msgid else ())]
    return tuple(
        (int(match.group(1)), int(match.group(2)), match.group()) for match in matches
        if match.group(1) != match.group(2) and _PASSED.search(msgid, max(0, match.start() - 80), match.start())
    )


def reversed_tallies(msgid: str, msgstr: str, source: Locale) -> list[Issue]:
    """A vote's tally the translation gives the other way round (`passed 52-48` → `por 48 votos
    a 52`, `numbers`), which reads as the votes against first: the same figures, so no number
    is missing. So are the sets of a match turned round in part, or all of them in a sentence
    that says no loss: tennis reports give the winner's games first, and a desk that writes
    them from the side its sentence is about (Alcaraz verlor 4:6, 6:3, 6:7) does so only for
    the loser."""
    if source.language != "en" or not ("-" in msgid or "–" in msgid or "/" in msgid or " to " in msgid):
        return []  # most sentences: no tally
    tallies, sets = _passed_tallies(msgid), _runs_of_scores(msgid)
    if not (tallies or sets):
        return []
    prose = prose_of(msgstr)
    in_target = {(int(match.group(1)), int(match.group(2))): match.start() for match in _TARGET_TALLY.finditer(prose)}
    issues = [
        Issue("numbers", f"the tally {written} is the other way round in the translation: {against} to {votes_for}")
        for votes_for, against, written in tallies if (against, votes_for) in in_target and (votes_for, against) not in in_target
    ]
    for run in sets:
        flipped = [(first, second) for first, second in run.scores if (second, first) in in_target and (first, second) not in in_target]
        if not flipped:
            continue
        if any(score in in_target for score in run.scores):
            issues.append(Issue("numbers", f"the scores {run.written} are in part the other way round in the translation: "
                                           + ", ".join(f"{second}-{first} for {first}-{second}" for first, second in flipped)))
        elif not _about_the_loser(prose, in_target[flipped[0][::-1]]):
            issues.append(Issue("numbers", f"the scores {run.written} are the other way round in the translation: "
                                           "the winner's games come first unless the sentence is about the loser"))
    return issues


# Scores in a row, as of the sets of a match: 6-4, 3-6, 7-6, or 6/4, 6/3 (all from one side,
# which a translation may change for all of them in a sentence about the loser, but not for some).
_RUN_OF_SCORES = lazy_compile(
    r"(?<![\p{N}.,/-])\p{Nd}{1,2}\s?[-–/]\s?\p{Nd}{1,2}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Nd}{1,2}\s?[-–/]\s?\p{Nd}{1,2})+(?![\p{N}/-]|[.,]\p{Nd})"
)
_SCORE_OF_A_SET = lazy_compile(r"(\p{Nd}{1,2})\s?[-–/]\s?(\p{Nd}{1,2})")
# A loss said by the clause a score is in, which makes its subject the loser: lost, verlor,
# unterlag, s'est incliné, battu par, perdió, cayó ante, ha perso, sconfitto da, perdeu,
# verloor, проиграл, 敗れ, 输给, 패했. Not Spanish `persa` (Persian).
_LOSS = lazy_compile(
    r"(?<!\p{L})(?:los[te]|loses|losing|beaten|fell\s+to|falls\s+to|went\s+down|defeated\s+by"
    r"|verl(?:or|iert|oren)|unterl(?:ag|iegt|egen)|Niederlage"
    r"|perd(?:u|ue|us|ues|ait|it|irent|ent|e)?|s['’]incline|inclinée?|battue?\s+par|défaite"
    r"|perdió|pierde|perdido|cayó|derrota|derrotad[oa]\s+por|sucumbió"
    r"|perso|sconfitt[oa]|battut[oa]\s+da|cedut[oa]"
    r"|perdeu|perderam|caiu|verloor|verliest|nederlaag"
    r"|проигр\p{L}*|уступ\p{L}*|поражени\p{L}*)(?!\p{L})|敗れ|負け|敗退|不敌|输给|负于|败给|패했|패배",
    regex.IGNORECASE,
)
# A win said before a score, which makes its subject the winner, whatever loss the clause said
# before it (Nach der Niederlage im Vorjahr gewann er 4:6, 3:6).
_WIN = lazy_compile(
    r"(?<!\p{L})(?:won|wins|beat|beats|defeated|gewann|gewinnt|gewonnen|siegte|besiegte|besiegt|schlug|bezwang"
    r"|gagné|gagne|gagna|remporté|remporte|remporta|a\s+battu|bat|battit|s['’]impose|s['’]est\s+imposée?"
    r"|ganó|gana|venció|derrotó|se\s+impuso|vinto|vince|vinse|ha\s+battuto|batte|venceu|ganhou|derrotou|wint|versloeg"
    r"|выиграл\p{L}*|победил\p{L}*)(?!\p{L})|击败|战胜|勝利",
    regex.IGNORECASE,
)
# Where a clause starts before a score: punctuation not before the next set (4:6, 3:6), and the
# words that open another clause (nachdem, obwohl, qui). Where one ends after it, also a word
# joining another (und, y, et: Ganó la final 4-6, 3-6 y cayó), not before a set (4-6 y 6-7);
# before the score such a word may join parts of the clause (verlor in drei Stunden und zwölf
# Minuten 4:6).
_SUBORDINATING = (
    r"while|although|though|because|who|which|nachdem|obwohl|weil|tandis|qui|car|aunque"
    r"|mientras|porque|mentre|perché|che|embora|enquanto|nadat|terwijl|omdat|после|хотя"
)
# A word that is also a preposition (après trois heures, während des Finales, dopo tre ore)
# opens a clause only before a conjunction, an infinitive or a subject's pronoun: after he
# lost, après avoir perdu, dopo che, después de que, depois de perder, während er.
_PREPOSITION_OPENING_A_CLAUSE = (
    r"(?:after|après|dopo|während|después|depois)\s+"
    r"(?:qu['’]|(?:que|che|that|dass|de\s+que|avoir|être|aver|avere|essere|\p{L}+ing|de\s+\p{L}+[aei]r"
    r"|he|she|they|it|we|you|er|sie|es|wir|ich|du|ihr|man)(?!\p{L}))"
)
_CLAUSE_START = lazy_compile(
    rf"(?:[,;:()—]|(?<!\p{{L}})(?:(?:{_SUBORDINATING})(?!\p{{L}})|{_PREPOSITION_OPENING_A_CLAUSE}))(?!\s*\p{{Nd}})", regex.IGNORECASE
)
_CLAUSE_END = lazy_compile(
    rf"(?:[,;:()—]|(?<!\p{{L}})(?:{_PREPOSITION_OPENING_A_CLAUSE}|(?:{_SUBORDINATING}|and|but|und|aber|doch|et|mais|y|pero|e|ma|mas|maar|и|но)(?!\p{{L}})))"
    r"(?!\s*\p{Nd})",
    regex.IGNORECASE,
)
_SENTENCE_END = lazy_compile(r"[.!?。！？](?!\p{Nd})")


def _about_the_loser(text: str, position: int) -> bool:
    """Whether the clause of `text` with the score at `position` says a loss of its subject: a
    loss before the score that no win comes after (Alcaraz verlor gegen Sinner 4:6), or one
    after it where none is before (hat das Finale 4:6, 3:6 verloren). A loss in another clause
    of the sentence (gewann 4:6, 3:6, nachdem sie das Halbfinale verloren hatte) is another's."""
    sentence_start = max((match.end() for match in _SENTENCE_END.finditer(text, 0, position)), default=0)
    sentence_end = match.start() if (match := _SENTENCE_END.search(text, position)) else len(text)
    start = max((match.end() for match in _CLAUSE_START.finditer(text, sentence_start, position)), default=sentence_start)
    end = match.start() if (match := _CLAUSE_END.search(text, position, sentence_end)) else sentence_end
    before = text[start:position]
    last_loss = max((match.start() for match in _LOSS.finditer(before)), default=None)
    last_win = max((match.start() for match in _WIN.finditer(before)), default=None)
    if last_loss is not None:
        return last_win is None or last_win <= last_loss
    return last_win is None and _LOSS.search(text, position, end) is not None


class _RunOfScores(NamedTuple):
    """Scores in a row of a source that are no draw, where it writes them and as written."""

    scores: tuple[tuple[int, int], ...]
    span: tuple[int, int]
    written: str


@functools.lru_cache(maxsize=1024)
def _runs_of_scores(msgid: str) -> tuple[_RunOfScores, ...]:
    """The runs of scores of an English source; not slashed digits in a row after a word that
    says they are dates (on 05/11, 06/11)."""
    runs = []
    for match in _RUN_OF_SCORES.finditer(msgid):
        if "/" in match.group() and _DATE_WORD_BEFORE.search(msgid, max(0, match.start() - _DATE_WORD_REACH), match.start()):
            continue
        scores = tuple((int(first), int(second)) for first, second in _SCORE_OF_A_SET.findall(match.group()) if first != second)
        if len(scores) > 1:
            runs.append(_RunOfScores(scores, match.span(), match.group()))
    return tuple(runs)


class _Month(NamedTuple):
    """A month a text names, with the day beside it where it gives one, as written."""

    number: int
    day: int | None
    written: str


def changed_months(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A month put for another (`May 18` → `le 18 juin`, `in June` → `im Juli`, `numbers`):
    the months both sides name in words, or in digits before 月 (`May 5` → `6月5日`), differ,
    counted (`on March 3 and March 10` → `am 3. April und am 10. März` names March once and
    April once). A day the source gives with its month is compared with the month the
    translation gives it (`March 3 and April 10` → `3. April und 10. März`: the same months and
    days). A month in a date in digits (24.11.2026) is `changed_numbers`' to compare."""
    in_source = _source_month_mentions(msgid, source)
    if not in_source:
        return []  # most sentences: no month
    slashed = _months_of_slashed_dates(msgstr, target)
    if reversed_date := _in_the_other_order(in_source, slashed):
        was, now = reversed_date
        return [Issue("numbers", f"the date {now.written} is not the source's {was.written} ({bcp47(target)} writes the "
                                 f"{_first_of_a_date(target)} first)")]
    in_target = _month_mentions(msgstr, target) + _months_in_digits(msgstr) + slashed
    if moved := _moved_days(in_source, in_target, _numbers_in_digits(prose_of(msgid)), prose_of(msgstr)):
        was, now = (", ".join(month.written for month in side) for side in zip(*moved))
        return [Issue("numbers", f"the date: {was} in the source, {now} in the translation")]
    # A month dropped or added by rephrasing (`from April` → `gegenüber dem Vormonat`) is not
    # one month put for another, nor one the source names where it is not read as a month
    # (`the June summit`, which the translation may name `der Gipfel im Juni`).
    named = Counter(month.number for month in in_source)
    return _put_for_another(
        "numbers", "months", named, Counter(month.number for month in in_target), source, target, _source_month_words(msgid, source) - named
    )


def _moved_days(in_source: Sequence[_Month], in_target: Sequence[_Month], numbers: Set[int], translation: str) -> list[tuple[_Month, _Month]]:
    """The days the source gives with a month that the translation gives with another (as the
    source's and the translation's dates): the dates of both sides paired first, then a day of
    the translation left unpaired with the source's same day left unpaired, then with the
    source's date of the same month left unpaired (another day of it) where the source's
    `numbers` have no such day and the `translation` has the source's day elsewhere. A day the
    source gives without its month (`March 3 to 10`) is no date to compare."""
    left = [month for month in in_source if month.day is not None]
    if not left:
        return []
    unpaired = []
    for month in in_target:
        if month.day is None:
            continue
        twin = next((date for date in left if (date.number, date.day) == (month.number, month.day)), None)
        if twin is None:
            unpaired.append(month)
        else:
            left.remove(twin)
    moved = []
    for month in list(unpaired):
        if (was := next((date for date in left if date.day == month.day), None)) is not None:
            left.remove(was)
            unpaired.remove(month)
            moved.append((was, month))
    # `2 April` → `4月1日`: another day of the source's month, whose digits pass as numbers
    # where the translation has the source's day for another figure (2年間); else the numbers
    # report them. Not a day the source gives otherwise, as the end of a range (`March 3 to
    # 10` → `3.–10. März`).
    for month in unpaired:
        if month.day in numbers:
            continue
        was = next((date for date in left if date.number == month.number), None)
        if was is not None and was.day in _numbers_in_digits(translation.replace(month.written, " ")):
            left.remove(was)
            moved.append((was, month))
    return moved


def _numbers_in_digits(text: str) -> frozenset[int]:
    """The whole numbers `text` writes in digits, each run of digits as one."""
    return frozenset(int(digits) for digits in _DIGIT_RUN.findall(text))


def _months_in_digits(text: str) -> list[_Month]:
    """The months `text` writes as a number before 月 or 월 (6月5日, 6월 5일), with the day after
    them, the first of a range too (7～9月期)."""
    if "月" not in text and "월" not in text:
        return []
    months = [
        _Month(int(match.group(1)), int(match.group(2)) if match.group(2) else None, match.group())
        for match in _MONTH_AND_DAY_IN_DIGITS.finditer(text)
    ]
    months += [_Month(int(match.group(1)), None, match.group(1)) for match in _MONTH_RANGE_START.finditer(text)]
    return [month for month in months if 1 <= month.number <= 12]


def _in_the_other_order(in_source: Sequence[_Month], slashed: Sequence[_Month]) -> tuple[_Month, _Month] | None:
    """A date of the source (`10 June 2026`) and the translation's in digits that writes its
    day and month in the order the translation's locale does not read (6/10/2026 in es), if any."""
    for date in slashed:
        if not any((month.number, month.day) == (date.number, date.day) for month in in_source):
            if (was := next((month for month in in_source if (month.number, month.day) == (date.day, date.number)), None)) is not None:
                return was, date
    return None


def _months_of_slashed_dates(text: str, locale: Locale) -> list[_Month]:
    """The months of the dates `text` writes in digits with a slash or a hyphen and the year,
    read in the locale's order (6/10/2026 is 6 October in es), where it says one: with the
    source's month in words, the digits alike in either order would pass as numbers. (A date
    with points, 6.10.2026, is the day first everywhere, and a number `changed_numbers` reads.)"""
    if "/" not in text and "-" not in text:
        return []
    months = []
    for match in _DATE_WITH_YEAR.finditer(text):
        if _in_the_locales_order(match) and len(readings := _date_readings(match, locale)) == 1:
            [(_, month, day)] = readings
            months.append(_Month(month, day, match.group()))
    return months


# A month in digits before 月 or 월 and the day after it: 6月, 6月5日, 6월 5일, 6月5号.
_MONTH_AND_DAY_IN_DIGITS = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?[月월](?:\s?(\p{Nd}{1,2})\s?[日일号號])?")
# The first month of a range the translation writes in digits: the 7 of 7～9月, 7至9月.
_MONTH_RANGE_START = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?[～〜~\-–至到]\s?(?=\p{Nd}{1,2}\s?[月월])")


def _put_for_another(
    check: str, calendar: Literal["months", "days"], in_source: Counter[int], in_target: Counter[int], source: Locale, target: Locale,
    unread: Counter[int],
) -> list[Issue]:
    """The months (or weekdays) the source names, put for others in the translation: both
    sides name one the other does not, counted (one only dropped or added is a rephrasing).
    `unread` are those the source names where it is not read as one, which the translation may
    name."""
    if not (in_source - in_target and in_target - in_source - unread):
        return []

    def named(numbers: Counter[int], locale: Locale) -> str:
        return ", ".join(getattr(locale, calendar)["format"]["wide"][number] for number in sorted(numbers.elements()))

    what = "month" if calendar == "months" else "day"
    return [Issue(check, f"the {what}: {named(in_source, source)} in the source, {named(in_target, target)} in the translation")]


# A minus sign right before a number of the source: a hyphen or U+2212, not inside a word or
# a range (COVID-19, 2-1), or the word minus; not a margin (plus or minus 3, +/-3).
_SOURCE_MINUS = lazy_compile(r"(?:(?<![\p{L}\p{N}/])[-\u2212]|(?<!\p{L})(?<!plus or )minus\s+)$", regex.IGNORECASE)
_TARGET_MINUS = lazy_compile(rf"(?:{_A_MINUS})$", regex.IGNORECASE)
_MINUS_AND_DIGIT = lazy_compile(r"[-\u2212]\p{Nd}|minus\s+\p{Nd}", regex.IGNORECASE)
# Below zero said after the number: 15 grados bajo cero, 15 Grad unter null, 15 градусов мороза.
_BELOW_ZERO_AFTER = lazy_compile(
    r"\P{N}{0,25}?(?<!\p{L})(?:bajo cero|sous zéro|sous zero|unter null|sotto (?:lo )?zero|abaixo de zero|negativos|"
    r"мороза|ниже нуля|poniżej zera|mrozu|تحت الصفر|below zero|below freezing)(?!\p{L})",
    regex.IGNORECASE,
)


def dropped_minus(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A negative number of the source that the translation writes without its minus
    (`-8C` → `8 °C`, `minus 15 degrees` → `15 Grad`): the same digits, no minus before them.
    A temperature is `numbers`, another figure `minus-dropped`, as a decline may say its minus
    in words. Only that way round: `au moins 8` for `at least 8` states no negative number."""
    negative = _source_negatives(msgid, source)
    if not negative:
        return []  # most sentences: no negative number
    translation = prose_of(msgstr)
    # Each number of the translation, and whether it is negative: a minus right before it, or below zero said after it.
    in_target = {
        (value, _BELOW_ZERO_AFTER.match(translation, match.end()) is not None
         or _TARGET_MINUS.search(translation, max(0, match.start() - 12), match.start()) is not None)
        for value, match in _numbers_in_place(translation, target)
    }
    dropped = sorted(value for value in negative if (value, False) in in_target and (value, True) not in in_target)
    if not dropped:
        return []
    issues = []
    for check, values in (("numbers", [value for value in dropped if negative[value]]),
                          ("minus-dropped", [value for value in dropped if not negative[value]])):
        if values:
            issues.append(Issue(check, f"the source's {', '.join(f'-{_plain(value)}' for value in values)} is negative: "
                                       "the translation drops its minus"))
    return issues


_TEMPERATURE_AFTER = lazy_compile(r"\s?(?:°|º|degrees?(?!\p{L})|[CF](?!\p{L})|Celsius|Fahrenheit)", regex.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _source_negatives(msgid: str, source: Locale) -> dict[Decimal, bool]:
    """The negative numbers of a msgid, each with whether it is a temperature: a decline may
    say its minus in words (schrumpfte um 0,5 %, en baisse de 1,2 %), a temperature below zero
    has no other way. Kept: build reviews each unit once per locale, one locale after the other."""
    if not _MINUS_AND_DIGIT.search(msgid):
        return {}  # most sentences: no negative number, decided without parsing them
    prose = prose_of(msgid)
    negative: dict[Decimal, bool] = {}
    for value, match in _numbers_in_place(prose, source):
        if _SOURCE_MINUS.search(prose, max(0, match.start() - 12), match.start()):
            negative[value] = negative.get(value, False) or _TEMPERATURE_AFTER.match(prose, match.end()) is not None
    return negative


def _numbers_in_place(text: str, locale: Locale) -> Iterator[tuple[Decimal, regex.Match[str]]]:
    """Each number of `text` with its value and its place, to read what stands around it."""
    for match in _number_pattern(locale).finditer(text):
        if (value := _decimal(match.group(), locale)) is not None:
            yield value, match


# Currencies as news in the languages the checks know write them: a sign, an ISO code, or the
# name in its forms (a family of currencies for a dollar, which several countries have). The
# yen's sign is also the yuan's.
_CURRENCIES: Final[Mapping[str, str]] = {
    "dollar": r"\$|(?<!\p{L})(?:USD|CAD|AUD|HKD|SGD|NZD|TWD)(?!\p{L})|(?<!\p{L})(?:dollars?|dólar(?:es)?|dollar[oi]|доллар\p{L}*|долл\.|dolar\p{L}*)(?!\p{L})"
              r"|(?i:Dollar)|دولار\p{L}*|ドル|美元|港元|港币|加元|澳元|新台币|달러",
    "euro": r"€|(?<!\p{L})EUR(?!\p{L})|(?<!\p{L})(?i:euros?|евро)(?!\p{L})|يورو|ユーロ|欧元|유로",
    "pound": r"£|(?<!\p{L})GBP(?!\p{L})|(?<!\p{L})(?:pounds?|Pfund|livres?|libras?|sterlin[ae]|фунт\p{L}*|funt\p{L}*)(?!\p{L})|جنيه\p{L}*|ポンド|英镑"
             r"|파운드",
    # 엔 and 위안 after an amount only: 엔진 (an engine), 위안 (comfort) are no money.
    "yen": r"¥|(?<!\p{L})JPY(?!\p{L})|(?<!\p{L})(?i:yens?|иен\p{L}*|йен\p{L}*|jen(?:y|ów|ach)?)(?!\p{L})|(?<!\p{L})ين(?!\p{L})|日本円|(?<=[\p{Nd}万億千百十])円|日元"
           r"|(?<=[\p{Nd}천만억조] ?)엔",
    # 元 and 円 after a number only: 公元 (AD), 单元 (unit), 円形 (a circle) are no money.
    "yuan": r"¥|(?<!\p{L})(?:CNY|RMB)(?!\p{L})|(?<!\p{L})(?i:yuan(?:es)?|юан\p{L}*|juan\p{L}*|renminbi)(?!\p{L})|يوان|人民元|人民币"
            r"|(?<=[\p{Nd}万亿億千百十])元|(?<=[\p{Nd}천만억조] ?)위안",
    "franc": r"(?<!\p{L})CHF(?!\p{L})|(?<!\p{L})(?i:Franken|francs?|francos|franchi|frank(?:i|ów|ach)|франк\p{L}*)(?!\p{L})",
}
_CURRENCY = lazy_compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _CURRENCIES.items()))
_CURRENCY_OF = {name: lazy_compile(pattern) for name, pattern in _CURRENCIES.items()}
# What every source naming a currency holds, found fast: a sign, a code, or a name's beginning
# (in the languages news is translated from most; another source names its signs and codes).
# Two patterns: the signs and codes are found by their characters as they are, far faster than
# the names, whose every letter may be a capital.
_CURRENCY_HINT = lazy_compile(r"[$€£¥]|USD|EUR|GBP|JPY|CNY|CHF|RMB|CAD|AUD|HKD")
_CURRENCY_NAME_HINT = lazy_compile(r"d(?:ollar|ólar)|euro|p(?:ound|fund)|li(?:vre|bra)|y(?:en|uan)|fran(?:c|ken)", regex.IGNORECASE)


def _currencies_named(text: str) -> dict[str, str]:
    """The currencies `text` names, each with its first mention as written."""
    named: dict[str, str] = {}
    for match in _CURRENCY.finditer(prose_of(text)):
        for name, mention in match.groupdict().items():
            if mention is not None:
                named.setdefault(name, mention)
                if mention == "¥":  # the yen's sign and the yuan's
                    named.setdefault("yuan" if name == "yen" else "yen", mention)
    return named


def changed_currencies(msgid: str, msgstr: str) -> list[Issue]:
    """An amount moved to another currency (`$4m` → `4 Mio. Pfund`, `€3.5 million` → `US$ 3,5
    milhões`, `numbers`): the currencies both sides name have none in common, or an amount
    of the source is in another currency than the source's beside one that kept it (`€950
    million from €1.1 billion` → `950 milioni di euro da 1,1 miliardi di sterline`). A
    currency dropped by rephrasing is no change the words can tell."""
    in_source = _source_currencies(msgid)
    if not in_source:
        return []  # most sentences: no amount of money
    prose = prose_of(msgstr)
    if any(_CURRENCY_OF[name].search(prose) for name in in_source):
        return _amounts_in_another_currency(msgid, prose)  # the source's currency is there: the common case
    in_target = _currencies_named(msgstr)
    if not in_target or in_source.keys() & in_target.keys():
        return []
    return [Issue("numbers", f"the currency: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# A hundredth of a currency after its number, as the review's languages name it: 85 cents, 85
# pence, 85 Cent, 85 Rappen, 85 centimes, 85 céntimos, 85 centavos, 85 centesimi, 85 центов, 85
# копеек, 85セント, 85美分, 85便士, 85센트.
_CENTS_AFTER = lazy_compile(
    r"[\s\u00a0\u202f-]?(?:cents?|pence|Rappen|centimes?|c[ée]ntimos?|centavos?|centesim[io]|цент\p{L}*|копе\p{L}*|пенс\p{L}*"
    r"|セント|ペンス|[美欧歐]分|便士|센트|펜스)(?!\p{L})",
    regex.IGNORECASE,
)
_CENTS_HINT = re.compile(r"(?i:cent|pence|rappen|цент|копе|пенс)|セント|ペンス|分|便士|센트|펜스")


def _source_cents(msgid: str, source: Locale) -> dict[Decimal, str]:
    """The amounts the source gives in cents or pence, each with its words as written."""
    if not _CENTS_HINT.search(msgid):
        return {}  # most sentences: no cents
    prose = prose_of(msgid)
    return {value: prose[match.start() : after.end()] for value, match in _numbers_in_place(prose, source)
            if (after := _CENTS_AFTER.match(prose, match.end())) is not None}


def _cents_in_the_currency(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[Decimal, Decimal]]:
    """Each amount of the source in cents the translation gives in the currency (`85 cents` →
    `0,85 Dollar`): the source's number and the translation's."""
    if not (in_cents := _source_cents(msgid, source)):
        return []
    return [(value * 100, value) for amount in _amounts(prose_of(msgstr)) for value in amount.values if value * 100 in in_cents]


def cents_made_whole(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """An amount the source gives in cents or pence that the translation gives in the currency
    itself, with the same number (`85 cents a share` → `85 dólares por acción`, `numbers`): a
    hundred times as much. Not where the source also gives that number in the currency."""
    if not (in_cents := _source_cents(msgid, source)):
        return []
    prose = prose_of(msgstr)
    kept = {value for value, match in _numbers_in_place(prose, target) if _CENTS_AFTER.match(prose, match.end())}
    whole = {value for amount in _source_amounts(msgid) for value in amount.values}
    return [
        Issue("numbers", f"the source's {in_cents[value]} are {amount.number} {amount.mention} in the translation, a hundred times as much")
        for amount in _amounts(prose) for value in sorted(amount.values)
        if value in in_cents and value not in kept and value not in whole
    ]


# The number of an amount, from its currency's sign or code before it (`€1.1`, `US$ 3,5`, `USD
# 950`) or its currency after it and up to two words, a scale and `of` (`1,1 miliardi di
# sterline`, `3,5 millions d’euros`, `4 Mio. US-Dollar`, `42亿元`); in Chinese, Japanese and
# Korean, all its parts on the scales of ten thousand (`9億5000万ドル`, `9억 5000만 달러`).
_AMOUNT_NUMBER = r"(\p{Nd}+(?:[.,'’ \u00a0\u202f]\p{Nd}{3})*(?:[.,]\p{Nd}+)?)"
_AMOUNT_AFTER_ITS_SIGN = lazy_compile(rf"[ \u00a0\u202f]?{_AMOUNT_NUMBER}(?!\p{{Nd}})")
_AMOUNT_BEFORE_ITS_CURRENCY = lazy_compile(
    rf"(?<![\p{{Nd}}.,]){_AMOUNT_NUMBER}(?:[ \u00a0\u202f]*[\p{{L}}\p{{M}}.'’‐-]{{1,15}}){{0,2}}[ \u00a0\u202f]*$"
)
_TEN_THOUSANDS = "万萬만億亿억兆조"
_AMOUNT_IN_TEN_THOUSANDS_BEFORE_ITS_CURRENCY = lazy_compile(
    rf"(?<![\p{{Nd}}.,])((?:\p{{Nd}}+(?:[.,]\p{{Nd}}+)?[{_TEN_THOUSANDS}][ \u00a0]?)+)[ \u00a0]*$"
)
_AMOUNT_PART_IN_TEN_THOUSANDS = lazy_compile(rf"(\p{{Nd}}+(?:[.,]\p{{Nd}}+)?)([{_TEN_THOUSANDS}])")
_SIGN_OR_CODE = lazy_compile(r"\p{Sc}|\p{Lu}{3}")
_AMOUNT_REACH = 40  # characters before a currency in which its amount is read
_GROUPS_OF_THREE = lazy_compile(r"(?:[.,'’ \u00a0\u202f]\p{Nd}{3})+")


class _Amount(NamedTuple):
    """An amount of money a text gives."""

    digits: tuple[int, ...]  # those of its number, in the runs it writes them in
    values: frozenset[Decimal]  # what it may be, on its scale: 1.100 millones is 1.1 million or 1.1 billion, as locales write it
    number: str  # as written
    currencies: frozenset[str]  # the yen's sign is also the yuan's
    mention: str  # its currency as written


def _amounts_in_another_currency(msgid: str, prose: str) -> list[Issue]:
    """Each amount of the translation (`prose`) whose number the source gives only in other
    currencies: one added, as a conversion for the reader (約600億円), has none of the source's.
    An amount is the source's by the digits it writes, else by its value, on another scale
    (1.100 millones, 11億 for 1.1 billion)."""
    in_source = _source_amounts(msgid)
    if not in_source:
        return []  # a currency named without an amount: nothing to match
    # An amount of the translation has a currency of every amount of the source when it names
    # no other: told by each other currency's own pattern, far faster than reading its amounts.
    in_all = frozenset.intersection(*(amount.currencies for amount in in_source))
    if not any(pattern.search(prose) for name, pattern in _CURRENCY_OF.items() if name not in in_all):
        return []
    by_digits: dict[tuple[int, ...], dict[str, str]] = {}
    by_value: dict[Decimal, dict[str, str]] = {}
    for amount in in_source:
        by_digits.setdefault(amount.digits, {}).update(dict.fromkeys(amount.currencies, amount.mention))
        for value in amount.values:
            by_value.setdefault(value, {}).update(dict.fromkeys(amount.currencies, amount.mention))
    issues = []
    for amount in _amounts(prose):
        currencies = by_digits.get(amount.digits)
        if currencies is None:
            currencies = {name: mention for value in amount.values for name, mention in by_value.get(value, {}).items()} or None
        if currencies is not None and not amount.currencies & currencies.keys():
            issues.append(Issue("numbers", f"the currency of {amount.number}: {', '.join(dict.fromkeys(currencies.values()))} in the source, "
                                           f"{amount.mention} in the translation"))
    return issues


def _amounts(text: str) -> list[_Amount]:
    """Each amount of money of `text`."""
    amounts = []
    for match in _CURRENCY.finditer(text):
        mention = match.group()
        number = _AMOUNT_AFTER_ITS_SIGN.match(text, match.end()) if _SIGN_OR_CODE.fullmatch(mention) else None
        if number is None and text[: match.start()].rstrip(" \u00a0")[-1:] in _TEN_THOUSANDS:
            in_ten_thousands = _AMOUNT_IN_TEN_THOUSANDS_BEFORE_ITS_CURRENCY.search(text, max(0, match.start() - _AMOUNT_REACH), match.start())
            if in_ten_thousands is not None:
                written = in_ten_thousands.group(1).rstrip(" \u00a0")
                values = frozenset({_in_ten_thousands(written)})
                amounts.append(_Amount(_digits(written), values, written, _currencies_of(match), mention))
                continue
        if number is None:
            number = _AMOUNT_BEFORE_ITS_CURRENCY.search(text, max(0, match.start() - _AMOUNT_REACH), match.start())
        if number is not None:
            scale = _scale_after(text, number.end(1), "")
            values = frozenset(value * (scale[0] if scale else 1) for value in _values_written(number.group(1)))
            amounts.append(_Amount(_digits(number.group(1)), values, number.group(1), _currencies_of(match), mention))
    return amounts


def _currencies_of(match: regex.Match[str]) -> frozenset[str]:
    """The currencies a match of `_CURRENCY` names: the yen's sign is also the yuan's."""
    if match.group() == "¥":
        return frozenset({"yen", "yuan"})
    return frozenset(name for name, said in match.groupdict().items() if said is not None)


def _in_ten_thousands(written: str) -> Decimal:
    """The value of an amount written on the scales of ten thousand: 9億5000万 is 950,000,000, 9.5亿 is 950,000,000."""
    return Decimal(sum(Decimal(number.replace(",", "")) * _SCALE_CHARACTERS[scale] for number, scale in _AMOUNT_PART_IN_TEN_THOUSANDS.findall(written)))


def _values_written(number: str) -> frozenset[Decimal]:
    """What a number's digits may be, in whichever locale they are written: 1.100 is 1100 or
    1.1, 1,5 is 1.5, 12 500 is 12500."""
    digits = _DIGIT_RUN.findall(number)
    values = set()
    if len(digits) == 1 or _GROUPS_OF_THREE.fullmatch(number, len(digits[0])):
        values.add(Decimal("".join(digits)))
    if len(digits) > 1 and number[-len(digits[-1]) - 1] in ".,":
        values.add(Decimal(f"{''.join(digits[:-1])}.{digits[-1]}"))
    return frozenset(values)


@functools.lru_cache(maxsize=256)
def _source_amounts(msgid: str) -> tuple[_Amount, ...]:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the other."""
    return tuple(_amounts(prose_of(msgid)))


@functools.lru_cache(maxsize=1024)
def _source_currencies(msgid: str) -> dict[str, str]:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the other."""
    if not (_DIGIT_RUN.search(msgid) and (_CURRENCY_HINT.search(msgid) or _CURRENCY_NAME_HINT.search(msgid))):
        return {}  # most sentences: no amount of money, decided without the full pattern
    return _currencies_named(msgid)


def changed_weekdays(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A day moved to another (`on Saturday` → `am Sonntag`, `day-changed`): the weekdays
    both sides name differ. A day dropped or added by rephrasing (`on Saturday` → `am
    Wochenende`) is not one day put for another."""
    in_source = _source_weekdays(msgid, source)
    if not in_source:
        return []  # most sentences: no weekday
    return _put_for_another("day-changed", "days", in_source, _weekdays_named(msgstr, target), source, target, Counter())


@functools.lru_cache(maxsize=1024)
def _source_weekdays(msgid: str, source: Locale) -> Counter[int]:
    return _weekdays_named(msgid, source)


def _weekdays_named(text: str, locale: Locale) -> Counter[int]:
    """The days of the week `text` names, in the forms a sentence gives them (в субботу, w
    środę, samstags, 周六), and how often. Where weekdays are written in lower case, one
    capitalised inside a sentence is a name (Santo Domingo, Plácido Domingo). A night named
    by the day it runs into (in der Nacht zu Samstag, в ночь на субботу) also names the day
    before, whose night it is (late on Friday)."""
    pattern, days = _weekday_pattern(locale)
    prose = prose_of(text)
    if (other_meanings := _NO_WEEKDAY.get(locale.language)) is not None:
        prose = other_meanings.sub(lambda match: " " * len(match.group()), prose)
    night_into = _NIGHT_INTO.get(locale.language)
    named: Counter[int] = Counter()
    for match in pattern.finditer(prose):
        # The locale's names are looked up only for a capital, as babel's lookup is slow.
        if (
            match.group()[0].isupper()
            and locale.days["format"]["wide"][0].islower()
            and not _SENTENCE_START.search(prose, 0, match.start())
        ):
            continue
        day = days[match.lastgroup]  # type: ignore[index]
        named[day] += 1
        if night_into is not None and night_into.search(prose, max(0, match.start() - 20), match.start()):
            named[(day - 1) % 7] += 1
    return named


# A night named by the day it runs into: in der Nacht zu Samstag, в ночь на субботу, w nocy na sobotę.
_NIGHT_INTO: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{words})\s+$", regex.IGNORECASE)
    for language, words in {"de": r"Nacht\s+(?:zu|zum|auf)", "ru": r"ночь\s+на", "pl": r"noc\p{L}*\s+na"}.items()
}
# Weekday names that also say something else: Russian среда is also the environment
# (окружающая среда, в деловой среде); Wednesday is в среду.
_NO_WEEKDAY: Final[Mapping[str, regex.Pattern[str]]] = {
    "ru": lazy_compile(
        r"окружающ\p{L}*\s+сред\p{L}*|(?<!\p{L})во?\s+(?:\p{L}+\s+)?среде(?!\p{L})|сред\p{L}*\s+обитания", regex.IGNORECASE
    ),
}


# The languages that name weekdays by a number: segunda-feira (the second day), الاثنين.
_WEEKDAYS_BY_NUMBER = frozenset({"pt", "ar"})


@functools.lru_cache(maxsize=4)
def _weekday_names(language: str) -> regex.Pattern[str]:
    return _weekday_pattern(Locale(language))[0]
# The case endings of Russian and Polish weekday names, by how the name ends: в субботу, во
# вторник, в воскресенье, w środę, we wtorek, w piątku. Only these: среди (among) and środek
# (middle) begin as среда and środa do.
_WEEKDAY_ENDINGS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "ru": (("а", "(?:а|у|ы|е|ой|ам)"), ("е", "(?:е|я|ю|ем|ям)"), ("", "(?:|а|у|ом|е|и|ам)")),
    "pl": (("a", "(?:a|ę|y|zie|ie|cie|ą|e)"), ("ek", "(?:ek|ku|kiem|ki)"), ("", "(?:|u|em|i)")),
}


def _declined(name: str, language: str) -> str:
    """A weekday name as a pattern of its cases (the name itself in other languages)."""
    for ending, cases in _WEEKDAY_ENDINGS.get(language, ()):
        if name.endswith(ending):
            return regex.escape(name[: len(name) - len(ending)]) + cases
    return regex.escape(name)


# The prefixes Hebrew joins to the name of a day or a month, which takes no article: ביום
# שני, וביום שני, שבמרץ, מנובמבר (היום is today).
_HEBREW_PREFIXES_BEFORE_A_NAME = f"(?:{'|'.join(prefix for prefix in _JOINED_PREFIXES['he'] if 'ה' not in prefix)})?"
# Where a weekday's name starts and ends: anywhere between hanzi and kana; in Korean before a
# particle (화요일에); in Hebrew after a prefix.
_WEEKDAY_BOUNDARIES: Final[Mapping[str, tuple[str, str]]] = {
    **dict.fromkeys(_KANJI_LANGUAGES, ("", "")),
    "ko": (r"(?<!\p{L})", ""),
    "he": (rf"(?<!\p{{L}}){_HEBREW_PREFIXES_BEFORE_A_NAME}", r"(?!\p{L})"),
}
# The day of the month that a weekday abbreviated in brackets follows, as news writes a date:
# 25日（月）, 25일(화). Alone, 月 is also a month and the moon.
_DAY_OF_MONTH_MARKS: Final[Mapping[str, str]] = {"ja": "日", "ko": "일"}
# What may follow the day in those brackets: a public holiday or a day off (5日（月・祝）, 3일(월·공휴일)).
_HOLIDAY_MARK = r"(?:\s?[・･·,、]?\s?(?:祝日?|休日?|振休|振替休日|공휴일|휴일))?"
# The letters that number the days of the week from Sunday, as Hebrew abbreviates them: א' to ו', and ש' for Saturday.
_HEBREW_DAY_LETTERS = "אבגדהוש"


@functools.lru_cache(maxsize=64)
def _weekday_pattern(locale: Locale) -> tuple[regex.Pattern[str], dict[str, int]]:
    """One pattern for the locale's weekday names, a named group per day, and the day of each group."""
    alternatives, days = [], {}
    for day in range(7):
        names = {locale.days[context]["wide"][day] for context in ("format", "stand-alone")}
        forms = set()
        for name in names:
            if locale.language in _WEEKDAY_ENDINGS:
                forms.add(_declined(name, locale.language))
            elif locale.language in _KANJI_LANGUAGES:
                # 土曜日 and 土曜; 星期六 and 礼拜六, and 周六 (not in 每周一次, once a week, nor 周五天)
                forms.update(regex.escape(variant) for variant in (name, name.removesuffix("曜日") + "曜" if name.endswith("曜日") else name,
                                                                    name.replace("星期", "礼拜"), name.replace("星期", "禮拜")))
                if name.startswith("星期"):
                    # 周六 and, in traditional characters, 週六
                    forms.add("(?<!每)[周週]" + regex.escape(name.removeprefix("星期")) + "(?![次天年个個])")
            elif locale.language == "he":
                # ימי שני, Mondays; not יום שלישי ברציפות, a third day in a row. A day by its letter,
                # as a date writes it: יום ב', Monday, the second day. Saturday is also בשבת, and
                # its night מוצאי שבת, as Friday's is ליל שבת and its evening ערב שבת.
                day_name = name.removeprefix("יום ")
                forms.add(r"(?:יום|ימי)\s+" + regex.escape(day_name) + r"(?!\s+ברציפות)")
                forms.add(r"(?:יום|ימי)\s+" + _HEBREW_DAY_LETTERS[(day + 1) % 7] + "['׳’]")
                if day_name == "שבת":
                    forms.update(("(?<=ב)שבת", r"מוצאי\s+שבת"))
                elif day == 4:
                    forms.add(r"(?:ליל|ערב)\s+שבת")
            elif locale.language == "ar":
                # With and (و) or so (ف) and a preposition before the article: والثلاثاء, بالأحد, للجمعة.
                forms.add(r"[وف]?(?:[بك]?ال|لل)" + regex.escape(name.removeprefix("ال")))
            elif locale.language == "de":
                forms.add(regex.escape(name) + "(?:s|abend|morgen|nacht|mittag|vormittag|nachmittag)?")  # samstags, Sonntagabend
            else:
                forms.add(regex.escape(name) + "s?")  # Saturdays
        group = f"d{day}"
        days[group] = day
        boundary = _WEEKDAY_BOUNDARIES.get(locale.language, (r"(?<!\p{L})", r"(?!\p{L})"))
        written = f"{boundary[0]}(?:{'|'.join(sorted(forms, key=len, reverse=True))}){boundary[1]}"
        if (day_of_month := _DAY_OF_MONTH_MARKS.get(locale.language)) is not None:
            written += rf"|(?<={day_of_month}\s?)[（(]{regex.escape(locale.days['format']['abbreviated'][day])}{_HOLIDAY_MARK}[）)]"
        alternatives.append(f"(?P<{group}>{written})")
    return regex.compile("|".join(alternatives), regex.IGNORECASE), days


@functools.lru_cache(maxsize=1024)
def _source_month_mentions(msgid: str, source: Locale) -> tuple[_Month, ...]:
    return tuple(_month_mentions(msgid, source))


@functools.lru_cache(maxsize=1024)
def _source_month_words(msgid: str, source: Locale) -> Counter[int]:
    """Every word of a msgid that may name a month, read as one or not (May, the June summit)."""
    names, full_names = _month_names(source), _full_month_names(source)
    words = (match.group("month").casefold() for match in _month_name_pattern(source).finditer(prose_of(msgid)))
    return Counter(full_names.get(word) or names[word] for word in words)


def _counts_in_words(text: str, language: str) -> dict[int, str]:
    """The counts `text` writes in words of `language` (in Japanese and Chinese, in kanji
    before a counter: 閣僚四人; in Korean, in Sino-Korean hangul, 십삼 명, and in native Korean
    numbers before a counter, 세 명, whose words alone have other meanings: 세 is also an age, 네
    `yes`, 열 `fever`), each with its first word as written. The numerator of a
    fraction (two-thirds, deux tiers) counts nothing: `changed_fractions` compares those."""
    text = _blanked(text, [match.span() for match in _fraction_matches(text, language)])
    if language == "en" and ("oth" in text or "OTH" in text):
        text = _blanked(text, [match.span() for match in _BOTH_JOINING.finditer(text)])
    other_meanings = _other_meanings(text, language)
    counts: dict[int, str] = {}
    for word, number in _words_and_numbers(text, language):
        if number in _COUNTS_CHANGED_IN_WORDS and word.casefold() not in other_meanings:
            counts.setdefault(number, word)
    for run, number in _kanji_numbers(text, language):
        if number in _COUNTS_IN_WORDS:
            counts.setdefault(number, run)
    if language == "ko" and _HANGUL_MULTIPLIER_HINT.search(text):
        for match in _HANGUL_NUMBER.finditer(text):
            number = _kanji_value(match.group().translate(_HANGUL_AS_KANJI))
            if number in _COUNTS_CHANGED_IN_WORDS and _HANGUL_THINGS_COUNTED.match(text, match.end()):
                counts.setdefault(number, match.group())
    if language == "ko":
        for written, number in _native_korean_counts(text):
            if number in _COUNTS_CHANGED_IN_WORDS:
                counts.setdefault(number, written)
    # A quarter or half of the year by its number: Q2 is the second quarter (im zweiten Quartal).
    for period in _NUMBERED_PERIOD.finditer(text):
        if int(period.group(1)) in _COUNTS_IN_WORDS:
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
_WORD = lazy_compile(r"\p{L}+")


def _twos_in_words(text: str, language: str) -> list[tuple[int, int]]:
    """Where `text` writes two in words as `_counts_in_words` reads it (two, both, zwei,
    beide, twice): not in a fraction, nor English `both` joining two things."""
    uncounted = [match.span() for match in _fraction_matches(text, language)]
    if language == "en":
        uncounted += [match.span() for match in _BOTH_JOINING.finditer(text)]
    text = _blanked_in_place(text, uncounted)
    other_meanings = _other_meanings(text, language)
    return [(start, end) for start, end, value in _number_words_at(text, language)
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
    if text[start:end].lower() not in _BOTH.get(language, "").split():
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
    counted = [word.group() for word in islice(_WORD.finditer(text, end), _WORDS_AFTER_A_COUNT)]
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


# A quarter named by its months, as Japanese and Chinese write it: 7～9月期, 7月から9月期, 7-9月,
# 1月至3月, 1到3月.
_QUARTER_BY_ITS_MONTHS = lazy_compile(
    r"(?<![\p{Nd}.,])(\p{Nd}{1,2})\s?月?\s?(?:[～〜~\-–]|から|至|到)\s?(\p{Nd}{1,2})\s?月(?P<period>期)?(?![\p{Nd}日号號])"
)
# A Korean quarter written as one of four, as it was before 2분기: 2·4분기, 2/4분기.
_KOREAN_QUARTER_OF_FOUR = lazy_compile(r"(?<![\p{N}.,])([1-4])\s?[·/]\s?4\s?분기")
# A span of months in digits, in the languages a source is written in: 1-3 months, 1 to 3
# months, between 1 and 3 months, 1 bis 3 Monate, de 1 à 3 mois, de 1 a 3 meses.
_SPAN_OF_MONTHS = lazy_compile(
    r"(?<![\p{N}.,])(\p{Nd}{1,2})\s?(?:[-–]|\s(?:to|and|or|bis|und|à|et|a|y|e|tot|en)\s)\s?(\p{Nd}{1,2})"
    r"[\s-](?:months?|Monate[n]?|mois|mes(?:es|i|e)|maand(?:en)?)(?!\p{L})",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def _spans_of_months(text: str) -> frozenset[tuple[int, int]]:
    """Both ends of each span of months `text` writes in digits (`_SPAN_OF_MONTHS`)."""
    return frozenset((int(first), int(last)) for first, last in _SPAN_OF_MONTHS.findall(text))


def _quarter_of_months(match: regex.Match[str], source_spans: frozenset[tuple[int, int]]) -> str:
    """The quarter's number, with the word for period (3期), where its months are a quarter's
    and not a span of months the source gives (1-3 months → 1～3月); a half of the year by its
    months as the half (上期, 下期)."""
    first, last = int(match.group(1)), int(match.group(2))
    if (first, last) in source_spans:
        return match.group()
    if (first, last) in _HALVES_BY_THEIR_MONTHS and not source_spans:  # a half of the year by its months (1～6月期): no count
        return "上期" if first == 1 else "下期"
    if (quarter := _QUARTERS_BY_THEIR_MONTHS.get((first, last))) is None:
        return match.group()
    return f"{quarter}{match.group('period') or '期'}"


def _numbers_and_times(
    text: str, locale: Locale, months: frozenset[int] = frozenset(), point_times: bool = False,
    source_spans: frozenset[tuple[int, int]] = frozenset(),
) -> _NumbersAndTimes:
    """The times and numbers of `text`; with `months`, those the other side names in words,
    a month written as a number (11月, 24.11.2026) is no number to compare; with `point_times`,
    an hour and minutes with a point between them (19.45) is a time; `source_spans`, the
    spans of months in digits of the source of a translation, whose months are no quarter."""
    if "\u066b" in text or "\u066c" in text:
        # Arabic's own decimal and group separators (٣٫٥, ١٬٢٠٠), as the locale's Latin ones.
        group, decimal = _symbols(locale)
        text = text.translate({0x066B: decimal, 0x066C: group})
    if "，" in text or "．" in text:
        text = _FULLWIDTH_DECIMAL.sub(".", _FULLWIDTH_GROUP.sub(",", text))  # ４．５ and ４８，０００ as 4.5 and 48,000
    hour_word, part_of_day_after = _HOUR_BEFORE_PART_OF_DAY.get(locale.language, ("", None))
    if part_of_day_after is not None and hour_word in text:
        text = part_of_day_after.sub(_hour_before_part_of_day_in_digits, text)
    if "عشر" in text:
        text = _ARABIC_TEEN.sub(_arabic_teen_in_digits, text)
    if "ال" in text:
        text = _ARABIC_HOUR.sub(_arabic_hour_in_digits, text)
    if "点" in text or "點" in text or "時" in text:
        text = _HANZI_HOUR.sub(_hanzi_hour_in_digits, text)
    if "/" in text or "½" in text or "¼" in text or "¾" in text:
        # 1 1/2, 1½ and ½ as the decimal they are (1.5, 0.5), which the translation may write
        # in digits or with a half in words
        decimal = _symbols(locale)[1]
        text = _FRACTION.sub(lambda match: _plain(_fraction_value(match)).replace(".", decimal), text)
    if ("″" in text or "秒" in text or " s " in text or "\u00a0s" in text or "\u202fs" in text
            or _TYPED_SECONDS_HINT.search(text)):
        # 9 s 58, 9s58, 9″58, 9"58 and 9秒58 as the 9.58 seconds they are
        decimal = _symbols(locale)[1]
        text = _SECONDS_AND_HUNDREDTHS.sub(lambda match: match.group(1) + decimal + match.group(2), text)
    if "百分之" in text:
        text = _HANZI_PERCENT.sub(lambda match: f"{_kanji_value(match.group(1))}%", text)
    if "분기" in text:
        text = _KOREAN_QUARTER_OF_FOUR.sub(r"\1분기", text)  # 2·4분기, the second of four quarters, as 2분기
    if "万亿" in text or "萬億" in text:
        text = text.replace("万亿", "兆").replace("萬億", "兆")  # Chinese ten thousand hundred millions: a trillion
    if "'" in text or "’" in text or "-" in text or "–" in text or "/" in text or "～" in text or "〜" in text:
        # A year written short is the year (the 2022-23 season, the class of '89): either side may.
        text = _SHORT_YEAR_AFTER.sub(lambda match: match.group(1) + match.group(2) + match.group(1)[:2] + match.group(3), text)
        text = _SHORT_YEAR.sub(lambda match: _century(int(match.group(1))) + match.group(1), text)
    if months:
        text = _without_month_numbers(text, months, locale)
    elif locale.language in _KANJI_LANGUAGES and "月" in text:
        # 7～9月期 as the third quarter it is, where the source names no month to pair with its months
        text = _QUARTER_BY_ITS_MONTHS.sub(lambda match: _quarter_of_months(match, source_spans), text)
    times, rest = _times(text, locale.language, _on_a_24_hour_clock(locale), point_times)
    measured = _ranges_of_a_measure(rest)
    numbers: list[_Number] = []
    amount: tuple[int, int, int] | None = None  # the last number written with scale characters: start, end, smallest scale
    previous_start = previous_end = 0  # the last number's place
    for match in _number_pattern(locale).finditer(rest):
        value = _decimal(match.group(), locale)
        character_scale, character_end = _character_scale(rest, match.end())
        # 1兆2000億 and 2万5000 (Korean: 1조 2000억), 9億5千万 are one amount, 1.2 trillion, 25,000
        # and 950 million: each part right after the last, on a smaller scale.
        continues = amount is not None and match.start() - amount[1] in (0, 1) and not rest[amount[1] : match.start()].strip()
        if continues and value is not None and character_scale < amount[2]:
            start, end = amount[0], character_end
            total = numbers[-1].scaled + value * character_scale
            numbers[-1] = _Number(rest[start:end], total, total, rest[start:end])
            amount = (start, end, character_scale) if character_scale > 1 else None
            continue
        scale = _scale_after(rest, match.end(), locale.language, _currency_scales(locale)) if value is not None else None
        # 2 und eine halbe Milliarde, 2 and a half billion: the half between the digits and their scale.
        half = _HALF_BEFORE_A_SCALE.match(rest, match.end()) if scale is None and value is not None else None
        if half is not None and (scale := _scale_after(rest, half.end(), locale.language, _currency_scales(locale))) is None:
            half = None
        if scale is None:
            # A decade has a 0 for its second or fourth digit (90er, 1990s): most numbers are told without the pattern.
            decade = "0" in rest[match.start() + 1 : match.start() + 4] and _DECADE.match(rest, match.start()) is not None
            measure = any(start <= match.start() < end for start, end in measured)
            numbers.append(_Number(match.group(), value, decade=decade, measure=measure))
        else:
            multiplier, scale_end = scale
            amount_scaled, scale_end = _with_a_half(rest, scale_end, value * multiplier, half is not None)
            if numbers and (first := _range_start_on_the_scale_of(numbers[-1], value, rest[previous_end : match.start()])):
                # entre 2.100 y 2.300 millones: the first amount of a range is on the scale of the second
                numbers[-1] = _Number(first.text, first.value, first.value * multiplier, rest[previous_start:scale_end])
            numbers.append(_Number(match.group(), value, amount_scaled, rest[match.start() : scale_end]))
        amount = (match.start(), character_end, character_scale) if character_scale > 1 and value is not None else None
        previous_start, previous_end = match.span()
    return _NumbersAndTimes(tuple(times), tuple(numbers))


# What joins the two ends of a range of amounts: entre 2.100 y 2.300 millones, von 2 bis 3 Milliarden.
_AMOUNT_RANGE_JOINER = lazy_compile(
    r"\s*[-–]\s*|\s+(?:to|and|bis|und|à|et|a|y|e|tot|en|até)\s+(?:(?:de\s+)?(?:los|las|les|le|gli|i|as|os)\s+)?", regex.IGNORECASE
)


def _range_start_on_the_scale_of(first: _Number, second: Decimal, between: str) -> _Number | None:
    """`first` when it is a number without a scale that starts a range ending on `second`, on
    a scale (`between` is what stands between them): a smaller number of the same order."""
    if first.scaled is not None or first.value is None or not 0 < first.value < second <= first.value * 10:
        return None
    return first if _AMOUNT_RANGE_JOINER.fullmatch(between) else None


# A range with a wave dash or a tilde before a unit is of that unit, both its ends: 9～17km, 9〜17キロ, 10~20%.
_RANGE_OF_A_MEASURE = lazy_compile(
    r"(?<![\p{N}.,])\p{Nd}+(?:[.,]\p{Nd}+)?\s?[～〜~]\s?\p{Nd}+(?:[.,]\p{Nd}+)?"
    # a symbol may stand right before a kana or a hangul (9～17kmで)
    r"(?=\s?(?:[%％‰°℃㎞㎏]|(?:k?m|[cm]m|k?g|t|m?l|ha|mi|ft|lb|km/h)(?![\p{Latin}\p{N}])"
    r"|キロ|メートル|センチ|ミリ|グラム|トン|リットル|ヘクタール|マイル|公里|千米|米|公斤|吨|升|公顷|英里|킬로|미터|톤|리터)"
    rf"|{_MEASURE_AFTER})"
)


# The same with a word or a dash between the ends: de 9 a 17 km, von 9 bis 17 Kilometern, 9-17 km.
# `_RANGE_IN_WORDS_HINT` tells a text may have one.
_RANGE_OF_A_MEASURE_IN_WORDS = lazy_compile(
    r"(?<![\p{N}.,])\p{Nd}+(?:[.,]\p{Nd}+)?(?:\s?[-–]\s?|\s+(?:to|bis|à|a|y|e|tot|até)\s+)\p{Nd}+(?:[.,]\p{Nd}+)?"
    rf"(?=\s?(?:km/h)(?![\p{{L}}\p{{N}}])|{_MEASURE_AFTER})",
    regex.IGNORECASE,
)
_RANGE_IN_WORDS_HINT = re.compile(r"\d(?:\s?[-–]\s?|\s(?:to|bis|à|a|y|e|tot|até)\s)\d")


def _ranges_of_a_measure(text: str) -> list[tuple[int, int]]:
    """Where `text` has a range of a measure (most texts have none, told without the patterns)."""
    ranges = [match.span() for match in _RANGE_OF_A_MEASURE.finditer(text)] if "～" in text or "〜" in text or "~" in text else []
    if _RANGE_IN_WORDS_HINT.search(text):
        ranges += [match.span() for match in _RANGE_OF_A_MEASURE_IN_WORDS.finditer(text)]
    return ranges


# What multiplies the number before it: a word (after a space), a suffix (`$5bn`, `€3.5m`) or,
# in Chinese, Japanese and Korean, a character right after the digits. Used to pair numbers
# written on two scales (3.5 million → 350万, 120,000 → 12万), and to report the same digits on
# another scale than the source's (370 billion → 370 Billionen).
_SCALE_CHARACTERS = {"千": 10**3, "천": 10**3, "万": 10**4, "萬": 10**4, "만": 10**4, "億": 10**8, "亿": 10**8, "억": 10**8, "兆": 10**12, "조": 10**12}
_SCALE_WORDS = {
    word: 10**power
    for power, words in (
        (3, "thousand tausend mille mil mila тыс тысяча тысячи тысяч tys tysiąc tysiące tysięcy ألف آلاف ألفا ألفاً"),
        (6, "million millions mn mio millionen millón millones milione milioni milhão milhões miljoen "
            "млн миллион миллиона миллионов mln milion miliony milionów مليون ملايين مليونا مليوناً مليوني"),
        (9, "billion billions bn milliard milliards milliarder mrd milliarde milliarden mil-millones miliardo miliardi bilhão bilhões "
            "miljard miljarder miljardia "
            "млрд миллиард миллиарда миллиардов mld miliard miliardy miliardów مليار مليارات مليارا ملياراً ملياري"),
        (12, "trillion trillions billionen billones трлн триллион триллиона триллионов bln bilion biliony bilionów"),
    )
    for word in words.split()
}
# Languages that count on the long scale: a billion (Billion, billón, bilião) is a million million.
_LONG_SCALE_WORDS = {
    "fr": {"billion": 10**12, "billions": 10**12},
    "de": {"Billion": 10**12},  # the noun; an English `billion` left in the text is the English one
    "es": {"billón": 10**12},
    "nl": {"biljoen": 10**12, "biljoenen": 10**12},
    "pt": {"bilião": 10**12, "biliões": 10**12},
    **dict.fromkeys(("da", "nb", "nn", "no"), {"billion": 10**12, "billioner": 10**12}),
    "sv": {"biljon": 10**12, "biljoner": 10**12},
    "fi": {"biljoona": 10**12, "biljoonaa": 10**12},
}
# `5 mil millones` is five thousand millions: a billion.
_THOUSAND_MILLIONS = lazy_compile(r"[ \u00a0\u202f](?:mil)[ \u00a0\u202f](?:millones|milhões)\b", regex.IGNORECASE)
# Attached to the digits: `bn`, `mn`, `tn`, `m` and `k` ($5bn, 2m viewers, 3k staff), and the
# Italian `mila`, `mln` and `mld` (200mila persone, 3,5mld di euro). Without a currency, 5m may
# also be five metres and a 10k race ten kilometres: those digits pair as they are written too,
# and only a translation that states another scale (5 Milliarden) differs.
_SCALE_SUFFIX = lazy_compile(r"(mila|mln|mld|bn|mn|tn|trn|m|k)(?!\p{L})", regex.IGNORECASE)
_SUFFIX_SCALES = {"mila": 10**3, "mln": 10**6, "mld": 10**9, "bn": 10**9, "mn": 10**6, "tn": 10**12, "trn": 10**12, "m": 10**6, "k": 10**3}
# Millions and billions abbreviated before a currency, as the French, Spanish and Canadian
# financial press write them: 1.500 M$, 250 M€, 2,5 MM$ (miles de millones), 1,5 Md€, 1,5 Mds $,
# 1,5 G$. Only before one: 5 M alone may be metres, 1,5 G a force.
_SCALE_BEFORE_A_CURRENCY = lazy_compile(
    r"[ \u00a0\u202f](MM|Mds?|M|G)[ \u00a0\u202f]?(?:(?:US|CA|C|A|HK)?\$|[€£¥]|(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD)(?!\p{L}))"
)
_CURRENCY_SCALES = {"M": 10**6, "MM": 10**9, "Md": 10**9, "Mds": 10**9, "G": 10**9}
# Latin American Spanish (es_CL, es_CO, es_VE…, which CLDR gives es_419 for parent) writes
# millions so, as its accounting does (MM$, millones de pesos): the thousand millions are Spain's.
_LATIN_AMERICAN_CURRENCY_SCALES = {**_CURRENCY_SCALES, "MM": 10**6}
_WORD_AFTER = lazy_compile(r"[ \u00a0\u202f](\p{L}+)")
_SPACES_BEFORE_A_SCALE = frozenset(" \u00a0\u202f")  # those the two patterns above start with


def _scale_after(text: str, end: int, language: str, currency_scales: Mapping[str, int] = _CURRENCY_SCALES) -> tuple[int, int] | None:
    """The scale of the number that ends at `end` and where the scale's word or character ends;
    None when it has none. `currency_scales`: what the letters before a currency multiply by
    where the text is written (`_currency_scales`)."""
    if (character := text[end : end + 1]) in _SCALE_CHARACTERS:
        return _character_scale(text, end)
    if character not in _SPACES_BEFORE_A_SCALE:  # a suffix, which follows the digits at once
        suffix = _SCALE_SUFFIX.match(text, end)
        return (_SUFFIX_SCALES[suffix.group(1).casefold()], suffix.end()) if suffix is not None else None
    if (thousand_millions := _THOUSAND_MILLIONS.match(text, end)) is not None:
        return 10**9, thousand_millions.end()
    if text[end + 1 : end + 2] in ("M", "G") and (abbreviated := _SCALE_BEFORE_A_CURRENCY.match(text, end)) is not None:
        return currency_scales[abbreviated.group(1)], abbreviated.end()
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return None
    long_scale = _LONG_SCALE_WORDS.get(language, {})
    written = word.group(1).casefold()
    scale = long_scale.get(word.group(1)) or long_scale.get(written) or _SCALE_WORDS.get(written)
    return (scale, word.end()) if scale else None


def _character_scale(text: str, end: int) -> tuple[int, int]:
    """The scale the character right after a number's digits at `end` gives it, and where it
    ends: 億 is a hundred million; 千万 (천만), a thousand ten thousands, is ten million. 1 where
    there is none."""
    scale = _SCALE_CHARACTERS.get(text[end : end + 1], 1)
    if scale == 10**3 and (ten_thousands := _SCALE_CHARACTERS.get(text[end + 1 : end + 2], 1)) > scale:
        return scale * ten_thousands, end + 2
    return scale, end + (scale > 1)


@functools.lru_cache(maxsize=None)
def _currency_scales(locale: Locale) -> Mapping[str, int]:
    """What the letters before a currency multiply by as `locale` writes amounts."""
    parents, name = get_global("parent_exceptions"), str(locale)
    while name and name != "es_419":
        name = parents.get(name) or name.rpartition("_")[0]
    return _LATIN_AMERICAN_CURRENCY_SCALES if name else _CURRENCY_SCALES


@functools.lru_cache(maxsize=1024)
def _source_numbers_and_times(msgid: str, source: Locale, months: frozenset[int] = frozenset()) -> _NumbersAndTimes:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the
    other. Where the source's locale writes times with a point (Danish, Finnish: 19.45), its
    hours and minutes so are times; a translation's are read as numbers, which may be a
    decimal written the source's way (19.45 procent)."""
    return _numbers_and_times(prose_of(msgid), source, months, _writes_times_with_a_point(source))


# A season's second year after its first (2022-23, 1999/00, 2024～25年), and a year after an apostrophe
# ('89, not the '90s, which is a decade).
_SHORT_YEAR_AFTER = lazy_compile(r"(?<![\p{Nd}./-])((?:19|20)\p{Nd}{2})([-–/～〜])(\p{Nd}{2})(?!\p{Nd}|[-–/.～〜]\p{Nd})")  # not 2026-11-24
_SHORT_YEAR = lazy_compile(r"(?<![\p{L}\p{Nd}])['’](\p{Nd}{2})(?![\p{Nd}\p{L}])")


def _century(two_digits: int) -> str:
    """The century of a year written with its two last digits: '89 is 1989, '05 is 2005 (a
    fixed turn, so that a unit reads the same every year it is checked)."""
    return "19" if two_digits > _CENTURY_TURN else "20"


_CENTURY_TURN = 30


# Full-width separators: the period between digits of either width (４．５, 4．5), the comma
# only between full-width digits (４８，０００), as after digits it is more often a comma
# (到2025，300家公司: by 2025, 300 companies).
_FULLWIDTH_DECIMAL = lazy_compile(r"(?<=\p{Nd})．(?=\p{Nd})")
_FULLWIDTH_GROUP = lazy_compile(r"(?<=[０-９])，(?=[０-９]{3}(?!\p{Nd}))")
# A month as a number: 11月 and 11월, or the middle of 24.11.2026 (the first of 11/24/2026).
_MONTH_NUMBER = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?(?=[月월])")
_NUMERIC_DATE = lazy_compile(
    r"(?<![\p{Nd}.,])(?:(\p{Nd}{1,2})([./-])(\p{Nd}{1,2})\2(\p{Nd}{4})|(\p{Nd}{4})-(\p{Nd}{1,2})-(\p{Nd}{1,2})|(\p{Nd}{1,2})\.(\p{Nd}{1,2})\.)(?!\p{Nd})"
)


def _without_month_numbers(text: str, months: frozenset[int], locale: Locale) -> str:
    """`text` with each number that writes one of `months` left out: `2027年1月` is the
    year of `Jan. 2027`, `24.11.2026` the day and year of `Nov. 24, 2026`, the 7 of `7～9月`
    the first month of `July to September`. A date with slashes is read in the locale's
    order: 6/10/2026 is 10 June in en-US, 6 October in es (and no date of June there)."""
    if "月" in text or "월" in text:
        text = _MONTH_RANGE_START.sub(lambda match: " " if int(match.group(1)) in months else match.group(), text)
    text = _MONTH_NUMBER.sub(lambda match: "" if int(match.group(1)) in months else match.group(), text)

    def day_and_year(match: regex.Match[str]) -> str:
        if match.group(4):  # 24.11.2026 or 11/24/2026
            first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
            if second in months:
                return f"{match.group(1)} {year}"
            slashed_month_first = match.group(2) == "/" and True in _month_before_day(locale)
            return f"{match.group(3)} {year}" if slashed_month_first and first in months else match.group()
        if match.group(5):  # 2026-11-24
            year, month, day = match.group(5), int(match.group(6)), match.group(7)
            return f"{day} {year}" if month in months else match.group()
        return match.group(8) if int(match.group(9)) in months else match.group()  # 18.11.

    return _NUMERIC_DATE.sub(day_and_year, text)


@functools.lru_cache(maxsize=64)
def _month_names(locale: Locale) -> dict[str, int]:
    """The locale's month names, wide and abbreviated (without the period), casefolded, and
    the number of each."""
    numbers: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                numbers.setdefault(name.casefold().rstrip("."), number)
    return numbers




# A date in digits with its year: 12/03/2026, 3.12.2026, 2026-03-12, 2026年3月12日, 2026년 3월 12일, 2026. 3. 12.
_DATE_WITH_YEAR = lazy_compile(
    r"(?<![\p{Nd}.,/-])(?:(?P<a>\d{1,2})(?P<s>[./-])\s?(?P<b>\d{1,2})(?P=s)\s?(?P<y>\d{4})"
    r"|(?P<y2>\d{4})(?P<s2>[./-]|年|년\s?|\.\s)(?P<a2>\d{1,2})(?:(?P=s2)|月|월\s?|\.\s)(?P<b2>\d{1,2})(?:日|일|(?<=\.\s\d{1,2})\.)?)"
    # A case ending may follow (Hungarian 2026.03.12-én), a sentence's full stop is not the date's.
    r"(?![\p{Nd}/]|-\p{Nd}|[.,]\p{Nd})"
)


# A race time in hours, minutes and seconds (2:01:09), and as Japanese, Chinese, Portuguese,
# Italian, French and Spanish sport may write it (2時間1分9秒, 2h01min09s, 2h01'09", 2h01'09'',
# 2h01:09): no time of day.
_RACE_TIME = lazy_compile(r"(?<![\p{N}.,:])(\p{Nd}{1,2}):(\p{Nd}{2}):(\p{Nd}{2})(?!\p{N}|[.,:]\p{N})")
_RACE_TIME_SPELT = lazy_compile(
    r"(?<![\p{N}.,])(\p{Nd}{1,2}) ?(?:時間|小时|小時|h) ?(\p{Nd}{1,2})"
    r"(?: ?(?:分|min|m|′|') ?(\p{Nd}{1,2}) ?(?:秒|(?:s|″|\"|'')(?![\p{L}\p{N}]))|:(\p{Nd}{2})(?!\p{N}|[.,:]\p{N}))"
)


def _without_paired_race_times(msgid: str, msgstr: str) -> tuple[str, str]:
    """Both texts without the race times they both give, the translation's spelt in units."""
    if msgid.count(":") < 2 or not (in_source := [(tuple(map(int, match.groups())), match.span()) for match in _RACE_TIME.finditer(msgid)]):
        return msgid, msgstr
    source_spans, target_spans = [], []
    for match in _RACE_TIME_SPELT.finditer(msgstr):
        spelt = tuple(int(part) for part in match.groups() if part is not None)
        twin = next((index for index, (value, _) in enumerate(in_source) if value == spelt), None)
        if twin is not None:
            source_spans.append(in_source.pop(twin)[1])
            target_spans.append(match.span())
    return _blanked(msgid, source_spans), _blanked(msgstr, target_spans)


def _without_paired_dates(msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[str, str, list[Issue]]:
    """Both texts without the dates in digits they both give: the same day, month and year,
    in the order each form has (2026-03-12 and 2026年3月12日 are year-month-day, 12.03.2026
    day-month-year; 05/11/2026 in the order its locale writes dates, 5 November in en-GB, May
    11 in en-US, and either in English without a region). A date of the translation that is
    another date than the source's in its place is an issue (the same digits would pass as
    numbers). Then without the days of a month they both give without the year, written
    otherwise (`_without_paired_days_of_months`)."""
    if not (source_dates := list(_source_dates(msgid, source))):
        return _without_paired_days_of_months(msgid, msgstr, source, target)
    source_spans, target_spans, unpaired = _paired_dates(
        _DATE_WITH_YEAR.finditer(msgstr), source_dates, lambda match: _date_readings(match, target),
        lambda readings, date: bool(date[0] & readings),
    )
    issues = []
    for match, (_, span, written) in zip(unpaired, source_dates):
        order = f" ({bcp47(target)} writes the {_first_of_a_date(target)} first)" if _in_the_locales_order(match) else ""
        issues.append(Issue("numbers", f"the date {match.group()} is not the source's {written}{order}"))
        source_spans.append(span)
        target_spans.append(match.span())
    msgid, msgstr = _blanked(msgid, source_spans), _blanked(msgstr, target_spans)
    msgid, msgstr, day_issues = _without_paired_days_of_months(msgid, msgstr, source, target)
    return msgid, msgstr, issues + day_issues


# A date of the source: what it may read as, its place in the text and how it is written.
_SourceDate = tuple[Set[tuple[int, ...]], tuple[int, int], str]
_Reading = TypeVar("_Reading")


def _paired_dates(
    matches: Iterable[regex.Match[str]], in_source: list[_SourceDate], read: Callable[[regex.Match[str]], _Reading],
    same: Callable[[_Reading, _SourceDate], bool],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[regex.Match[str]]]:
    """Each date of the translation (`matches`) paired with the first of the source's left
    (`in_source`, which loses it) that is the `same` as what `read` reads of it: the spans of
    the source's and of the translation's paired, and the translation's left unpaired."""
    source_spans, target_spans, unpaired = [], [], []
    for match in matches:
        reading = read(match)
        twin = next((index for index, date in enumerate(in_source) if same(reading, date)), None)
        if twin is None:
            unpaired.append(match)
            continue
        source_spans.append(in_source.pop(twin)[1])
        target_spans.append(match.span())
    return source_spans, target_spans, unpaired


# A day of a month in digits without the year: 20.10. (the day first, as the point after the
# month says), 20/10 or 10/20 (in the order the locale writes dates), 10月20日, 10月20号, 10월 20일.
# Slashed digits of something (3/4 of members, 2/3 des membres) are a fraction.
_DAY_OF_MONTH = lazy_compile(
    r"(?<![\p{Nd}.,/-])(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?!\p{Nd})"
    r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\p{Nd}/]|[.,]\p{Nd}"
    r"|\s+(?:of|des|der|dei|degli|delle|del|de\s+(?:los|las|la)|dos|das|van\s+de)\s)"
    r"|(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일号號])"
)


# A word that says a date follows: on 20.10., due 5/11, until 5/11, am 20.10., le 20/10, op 20/10,
# am Montag, dem 20.10., on Monday 20/10 (not `to` or `by`, before a decimal or a fraction as
# often: rose to 20.10., cut by 3/4).
_DATE_WORD_BEFORE = lazy_compile(
    r"(?<!\p{L})(?:on|due|dated|until|till|since|am|vom|zum|den|dem|le|du|au|el|il|op|dia)\s+(?:(?-i:\p{Lu})\p{L}+,?\s+(?:(?:the|dem|den)\s+)?)?$",
    regex.IGNORECASE,
)
_DATE_WORD_REACH = 30  # characters before a date in which its word is read


def _without_paired_days_of_months(msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[str, str, list[Issue]]:
    """Both texts without the days of a month in digits they both give without the year, each
    read as its locale writes dates (`20.10.` → `10月20日`, `10월 20일`, `20/10` in British English,
    `10/20` in American). Where neither side says it is a date (`_DATE_WORD_BEFORE`), those
    written alike are left to compare as numbers, as a decimal at the end of an English
    sentence (rose to 20.10.) may look like one, and a slash on both sides with two numbers
    that may each be the month is not paired, as a score may look like one (won 6/4 → 4/6 in
    en-US); a day past the 12th says it is a date (by 10/20 → 20/10, 20.10.). So is a day of
    another month, whose numbers are then missing, but where the translation has the source's
    digits in the other order (3.4. → 3/4 in en-US, which reads March 4), an issue says so."""
    if not (in_source := list(_source_days_of_months(msgid, source))):
        return msgid, msgstr, []

    def read(match: regex.Match[str]) -> tuple[frozenset[tuple[int, int]], str, bool, bool]:
        return (_day_of_month_readings(match, target), _squashed(match.group()), match.group("first") is not None,
                _DATE_WORD_BEFORE.search(msgstr, max(0, match.start() - _DATE_WORD_REACH), match.start()) is not None)

    def same(reading: tuple[frozenset[tuple[int, int]], str, bool, bool], day: _SourceDate) -> bool:
        (readings, written, slashed, dated), (days, (start, _), source_written) = reading, day
        if not (both := days & readings):
            return False
        alike = _squashed(source_written) == written
        if not alike and not (slashed and "/" in source_written and all(day <= 12 for _, day in both)):
            return True  # 20.10. → 10月20日, 20/10 → 10/20: only a date is written so
        return dated or _DATE_WORD_BEFORE.search(msgid, max(0, start - _DATE_WORD_REACH), start) is not None

    source_spans, target_spans, unpaired = _paired_dates(_DAY_OF_MONTH.finditer(msgstr), in_source, read, same)
    issues = []
    for match in unpaired:
        digits = sorted(_DIGIT_RUN.findall(match.group()))
        twin = next((index for index, (_, _, written) in enumerate(in_source)
                     if sorted(_DIGIT_RUN.findall(written)) == digits and _squashed(written) != _squashed(match.group())), None)
        if twin is None:
            if (read_otherwise := _read_otherwise(match, in_source, read(match), msgid, target)) is not None:
                issues.append(read_otherwise)
            continue
        days, span, written = in_source.pop(twin)
        # A month in words (月, 월) says which is which; digits alone are read in the locale's order.
        order = f" ({bcp47(target)} writes the {_first_of_a_date(target)} first)" if match.group("first") else ""
        if days & read(match)[0]:  # the same day, in digits that may also be a score or a fraction reversed
            issues.append(Issue("numbers", f"{match.group()} is the source's {written} as a date{order}, but reversed as a "
                                           f"score or a fraction: keep a score or a fraction as the source writes it ({written}), "
                                           f"or say a date is one (on {match.group()}) or name its month"))
        else:
            issues.append(Issue("numbers", f"the date {match.group()} is not the source's {written}{order}"))
        source_spans.append(span)
        target_spans.append(match.span())
    return _blanked(msgid, source_spans), _blanked(msgstr, target_spans), issues


def _read_otherwise(
    match: regex.Match[str], in_source: list[_SourceDate], reading: tuple[frozenset[tuple[int, int]], str, bool, bool],
    msgid: str, target: Locale,
) -> Issue | None:
    """The issue of a day of a month with a slash after a word that says it is a date, which
    the translation writes as the source does where the target's locale reads it as another
    day (on 05/11, 5 November in en-GB, is May 11 in en-US), taking it from `in_source`; None
    where there is none. Without such a word it is left to compare as numbers, as a score or
    a fraction is written alike."""
    readings, written, slashed, dated = reading
    twin = next((index for index, (days, (start, _), source_written) in enumerate(in_source)
                 if slashed and _squashed(source_written) == written and days and readings and not days & readings
                 and (dated or _DATE_WORD_BEFORE.search(msgid, max(0, start - _DATE_WORD_REACH), start) is not None)), None)
    if twin is None:
        return None
    source_written = in_source.pop(twin)[2]
    return Issue("numbers", f"the date {match.group()} is not the source's {source_written} "
                            f"({bcp47(target)} writes the {_first_of_a_date(target)} first)")


@functools.lru_cache(maxsize=1024)
def _source_days_of_months(msgid: str, source: Locale) -> tuple[tuple[frozenset[tuple[int, int]], tuple[int, int], str], ...]:
    """The days of a month in digits of a msgid, each with its readings, place and text, kept:
    build reviews each unit once per locale, one locale after the other."""
    # Slashed scores in a row (won 6/4, 6/3) are a match's sets, which `reversed_tallies` reads.
    scores = [run.span for run in _runs_of_scores(msgid)] if source.language == "en" and "/" in msgid else []
    return tuple(
        (readings, match.span(), match.group())
        for match in _DAY_OF_MONTH.finditer(msgid)
        if (readings := _day_of_month_readings(match, source)) and not any(start <= match.start() < end for start, end in scores)
    )


def _day_of_month_readings(match: regex.Match[str], locale: Locale) -> frozenset[tuple[int, int]]:
    """The (month, day) a match of `_DAY_OF_MONTH` may be in `locale`."""
    if match.group("month"):
        readings = {(int(match.group("month")), int(match.group("day")))}
    else:
        first, second = int(match.group("first")), int(match.group("second"))
        readings = {(first, second) if month_first else (second, first) for month_first in _month_before_day(locale)}
    return frozenset((month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31)


@functools.lru_cache(maxsize=None)
def _month_before_day(locale: Locale) -> frozenset[bool]:
    """Whether `locale` writes a date's month before its day in digits (10/20 in en-US, ja, zh),
    after it (20/10 in en-GB, fr), or either: English without a region, read both ways."""
    if locale.language == "en" and not locale.territory:
        return frozenset({True, False})
    pattern = locale.date_formats["short"].pattern
    return frozenset({pattern.find("M") < pattern.find("d")})


def _first_of_a_date(locale: Locale) -> str:
    """What `locale` writes first of a date in digits: `month` or `day`."""
    return "month" if all(_month_before_day(locale)) else "day"


@functools.lru_cache(maxsize=1024)
def _source_dates(msgid: str, source: Locale) -> tuple[tuple[set[tuple[int, int, int]], tuple[int, int], str], ...]:
    """The dates in digits of a msgid, each with its readings, place and text, kept: build
    reviews each unit once per locale, one locale after the other."""
    return tuple((_date_readings(match, source), match.span(), match.group()) for match in _DATE_WITH_YEAR.finditer(msgid))


def _in_the_locales_order(match: regex.Match[str]) -> bool:
    """Whether a match of `_DATE_WITH_YEAR` is read in the order of its locale: a day and a
    month with a slash or a hyphen (05/11/2026), which may be either."""
    return match.group("s") is not None and match.group("s") != "."


def _date_readings(match: regex.Match[str], locale: Locale) -> set[tuple[int, int, int]]:
    """The (year, month, day) a date in digits may be in `locale`: 05/11/2026 as the locale
    writes dates, but a day past the 12th, which says which is which (25/11/2026 in en-US)."""
    if match.group("y2"):
        return {(int(match.group("y2")), int(match.group("a2")), int(match.group("b2")))}
    year, first, second = int(match.group("y")), int(match.group("a")), int(match.group("b"))
    if match.group("s") == ".":
        return {(year, second, first)}
    either = {(year, month, day) for month, day in ((second, first), (first, second)) if month <= 12}
    in_its_order = {(year, first, second) if month_first else (year, second, first) for month_first in _month_before_day(locale)}
    return either & in_its_order or either


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _months_named(text: str, locale: Locale) -> frozenset[int]:
    """The months `text` names in words."""
    return frozenset(month.number for month in _month_mentions(text, locale))


def _month_mentions(text: str, locale: Locale) -> list[_Month]:
    """The months `text` names in words beside a number (`Nov. 24`, `24 November`, `Jan.
    2027`), or alone by their full name (`in June`, `en juin`, `в июне`, `在六月`); an
    abbreviation alone is no month (`Jan` is also a name). The day beside a month is read
    where the locale writes it: before it (24 novembre, 24. November, 24 de noviembre), and
    after it in English and in hanzi (Nov. 24, 十一月二十四日)."""
    names, full_names = _month_names(locale), _full_month_names(locale)
    day_after = _DAY_AFTER.get(locale.language)
    months = []
    prose = prose_of(text)  # not the June of {June_Smith}
    # One scan for the month names of the locale (most sentences have none), then a look at each.
    for match in _month_name_pattern(locale).finditer(prose):
        word = match.group("month").casefold()
        start, end = match.span("month")
        word_start = match.start()  # before the prefix a language joins to the month (3 במרץ)
        before = _DAY_BEFORE.search(prose, max(0, word_start - 16), word_start)
        after = day_after.match(prose, end) if day_after is not None else None
        beside = before or after or _NUMBER_BEFORE.search(prose, max(0, word_start - 3), word_start) or _NUMBER_AFTER.match(prose, end)
        if not (beside or word in full_names and _a_month_alone(prose, start, end, locale)):
            continue
        day = before or after
        number = _number_said(day.group("day"), locale.language) if day is not None else None
        written = prose[day.start() : end] if before is not None else prose[start : day.end()] if day is not None else prose[start:end]
        months.append(_Month(full_names.get(word) or names[word], number if number and number <= 31 else None, written))
    return months


# The day before a month's name: 24 November, 24. November, 1er mars, 24 de noviembre, 1º de
# maio, 3rd of March.
_DAY_BEFORE = lazy_compile(
    r"(?<![\p{Nd}.,:/])(?P<day>\p{Nd}{1,2})(?:\.|er|ᵉʳ|º|ª|°|st|nd|rd|th)?(?:\s+(?:de|of))?\s+$", regex.IGNORECASE
)
# The day after a month's name, where the locale writes it there: Nov. 24, March 3rd; 十一月二十四日.
_DAY_AFTER: Final[Mapping[str, regex.Pattern[str]]] = {
    "en": lazy_compile(r"\.?\s+(?P<day>\p{Nd}{1,2})(?:st|nd|rd|th)?(?![\p{Nd}\p{L}%]|[.,:]\p{Nd})", regex.IGNORECASE),
    **dict.fromkeys(_KANJI_LANGUAGES, lazy_compile(r"\s?(?P<day>\p{Nd}{1,2}|[一二三四五六七八九十]{1,3})\s?[日号號]")),
}


def _a_month_alone(prose: str, start: int, end: int, locale: Locale) -> bool:
    """Whether the month name at `start` without a number beside it is the month: after a word
    that leads to a date (`in May`, `since March`, `mid-June`, `في مارس`) it is; else not when
    it is also a word (May the modal, March, مارس he practised), nor a name (April Smith, Julio
    Ramos, la sonde atteindra Mars), nor English's august (the August institution)."""
    language, word = locale.language, prose[start:end]
    also_a_word = word.casefold() in _ALSO_WORDS.get(language, ())
    if also_a_word and word.islower():
        return False  # this may be, they march
    before = prose[max(0, start - 25) : start]
    if (context := _MONTH_CONTEXT.get(language)) and context.search(before):
        return True
    if also_a_word:
        return False
    if language == "en" and _ENGLISH_ARTICLE_BEFORE.search(before):
        return False
    if word[0].isupper():
        if _CAPITALISED_WORD_AFTER.match(prose, end):
            return False
        # Where months are written in lower case, one capitalised inside a sentence is a name.
        if locale.months["format"]["wide"][1].islower() and not _SENTENCE_START.search(prose[:start]):
            return False
    return True


# The words that lead to a month alone: in May, since March, mid-June, im Juli, seit März, في مارس, בחודש מאי.
_MONTH_CONTEXT: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?:(?<!\p{{L}})(?:{words})\s+|(?<!\p{{L}})(?:mid|early|late)-)$", regex.IGNORECASE)
    for language, words in {
        "en": "in|since|until|till|by|before|after|during|through|from|between|last|next|this|early|late|of",
        "de": "im|seit|bis|ab|vom|zum|nach|vor|Anfang|Ende|Mitte|letzten|nächsten|diesen|kommenden|vergangenen",
        "ar": "في|منذ|حتى|شهر|من|أواخر|أوائل|مطلع|منتصف|خلال|بحلول|بداية|نهاية",
        "he": "[ובלמש]{0,2}(?:חודש|חודשים|סוף|תחילת|אמצע|ראשית|שלהי|מאז|עד)",
    }.items()
}
# Month names that are also words: `may`, `march`; مارس, he practised; במאי, a director, and
# במרץ, vigorously.
_ALSO_WORDS: Final[Mapping[str, frozenset[str]]] = {
    "en": frozenset({"may", "march"}), "ar": frozenset({"مارس"}), "he": frozenset({"מאי", "מרץ"})
}
_ENGLISH_ARTICLE_BEFORE = lazy_compile(r"(?<!\p{L})(?:the|an?)\s+$", regex.IGNORECASE)
_CAPITALISED_WORD_AFTER = lazy_compile(r"\s+\p{Lu}")
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:…])[\s\p{Pi}\p{Ps}\p{Po}\p{Pd}]*$")
_NUMBER_BEFORE = lazy_compile(r"\p{Nd}\.?\s$")  # 24 November, 24. November
_NUMBER_AFTER = lazy_compile(r"\.?,?\s\p{Nd}")  # Nov. 24, Jan. 2027, June 2


@functools.lru_cache(maxsize=64)
def _month_name_pattern(locale: Locale) -> regex.Pattern[str]:
    # Japanese names its months in digits only (6月): `_months_in_digits` reads those.
    words = _prefix_tree({*(name for name in _month_names(locale) if name.isalpha()), *_full_month_names(locale)}) or "(?!)"
    if locale.language in _KANJI_LANGUAGES:
        # 在六月, without spaces between words; not the 一月 of 十一月.
        return regex.compile(f"(?<![〇一二三四五六七八九十两])(?P<month>{words})")
    return regex.compile(rf"(?<!\p{{L}}){_MONTH_PREFIXES.get(locale.language, '')}(?P<month>{words})(?!\p{{L}})", regex.IGNORECASE)


# The words Arabic and Hebrew join before a month: and (و), so (ف), by (ب), for (ل): ويونيو,
# لأكتوبر; באוקטובר.
_MONTH_PREFIXES: Final[Mapping[str, str]] = {"ar": "[وف]?[بل]?", "he": _HEBREW_PREFIXES_BEFORE_A_NAME}


# A month alone in the cases a sentence gives it besides those of a date: в июне, к июню, с
# июнем; w czerwcu, z czerwcem.
_MONTH_CASES: Final[Mapping[str, tuple[tuple[str, ...], ...]]] = {
    "ru": (
        ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"),
        ("январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу", "сентябрю", "октябрю", "ноябрю", "декабрю"),
        ("январём", "февралём", "мартом", "апрелем", "маем", "июнем", "июлем", "августом", "сентябрём", "октябрём", "ноябрём",
         "декабрём"),
    ),
    "pl": (
        ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu", "październiku",
         "listopadzie", "grudniu"),
        ("styczniem", "lutym", "marcem", "kwietniem", "majem", "czerwcem", "lipcem", "sierpniem", "wrześniem", "październikiem",
         "listopadem", "grudniem"),
    ),
}


@functools.lru_cache(maxsize=64)
def _full_month_names(locale: Locale) -> dict[str, int]:
    """The locale's full month names in letters (not 11月, a number's to read), in the cases a
    sentence gives them, casefolded, and the number of each."""
    names = {
        name.casefold(): number for context in ("format", "stand-alone") for number, name in locale.months[context]["wide"].items()
        if name.isalpha()
    }
    for case in _MONTH_CASES.get(locale.language, ()):
        # январём is also written январем.
        names.update((spelling, number) for number, name in enumerate(case, start=1) for spelling in (name, name.replace("ё", "е")))
    return names



def _keys(numbers: Sequence[_Number]) -> list[tuple[Decimal | str, Decimal | None]]:
    return [(number.key, number.scaled) for number in numbers]


def _match_times(
    source_times: Sequence[_Time],
    target_times: Sequence[_Time],
    source_numbers: list[_Number],
    target_numbers: list[_Number],
    target_bare_morning_hours: frozenset[int],
) -> tuple[list[Issue], list[str], list[str], list[str]]:
    """Pair the times up; (issues, missing, added, and the hours in digits of a range into the
    afternoon left unpaired, which the translation may say in words). Removes the numbers a
    time matched from the lists. `target_bare_morning_hours`: the translation's hours that its
    24-hour clock reads as the morning's (`_bare_morning_hours`), where 8 p.m. as alle 8 is wrong
    and 9 a.m. as alle 9 the same time.

    Each pairing takes the first candidate in text order, found through an index (a table of
    results can hold thousands of times and numbers)."""
    issues: list[Issue] = []
    missing: list[str] = []
    in_words: list[_Time] = []  # the source's unpaired times said without digits
    unpaired: list[_Time] = []
    lost: list[_Time] = []  # the source's unpaired times in digits, reported missing
    range_hours: list[str] = []
    in_target = _Pool(target_times, _time_keys)
    source_pool = _Pool(source_numbers, _number_keys)
    target_pool = _Pool(target_numbers, _number_keys)
    for time in source_times:
        # The end of a range into the afternoon (from 9 to 5) is a time of the afternoon's
        # clock only: 17 Uhr, or 5 uur, which may be either; 5 Uhr is five in the morning.
        same = in_target.take_first([(time.minute, hour) for hour in ({max(time.hours)} if time.ends_a_range else time.hours)])
        if same is not None:
            # 2:30 p.m. → 14.30 Uhr is the same time, as both say; 8 o'clock may be either. An
            # hour in words that may be either half of the day, as the source's may, is the
            # same time (7:15 → Viertel nach sieben).
            as_open = same.named and same.hours == time.hours
            if _squashed(time.text) != _squashed(same.text) and not as_open and (
                len(time.hours) > 1 and not time.ends_a_range or len(same.hours) > 1
            ):
                issues.append(_time_format(time.text, same.text))
        elif (written := target_pool.take_first(_readings(time))) is not None:
            # 19.45 as the source writes it is its own notation; a range's end, the number it
            # is (five → 5 of `from nine to five percent`); 9 a.m. → alle 9, a las 9, um 9, the
            # bare hour a 24-hour clock reads as the morning's.
            as_the_clock_reads_it = _a_morning_hour_on_a_12_hour_clock(time) and written.value in target_bare_morning_hours
            if _squashed(time.text) != _squashed(written.text) and not time.ends_a_range and not as_the_clock_reads_it:
                issues.append(_time_format(time.text, written.text))
        else:
            unpaired.append(time)
    # Once every time has paired with its own: 11:30 p.m. → 11:30 is half past eleven in the
    # morning, as 5 Uhr is for the 5 of `from 9 to 5`.
    for time in unpaired:
        if (len(time.hours) == 1 or time.ends_a_range) and (
            left := in_target.take_first([_TwelveHourKey(time.minute, max(time.hours) % 12)])
        ) is not None:
            issues.append(_twelve_hour_time_left(time, left))
        elif not (digits := _as_written(time)):
            in_words.append(time)
        # A time whose digits are all numbers on the other side was no time but numbers on
        # both sides: a score `21-19` → `21:19`, `14 hours` → `14 h`.
        elif time.in_a_range and not target_pool.take_all(digits):
            range_hours.append(time.text)
        elif not target_pool.take_all(digits):
            missing.append(time.text)
            lost.append(time)
        elif _written_on_a_12_hour_clock(time) and (hour := min(time.hours)) - 12 in target_bare_morning_hours:
            issues.append(Issue("numbers", f"{time.text} written {hour - 12} is another hour on a 24-hour clock: write {hour}"))
    added: list[str] = []
    for time in in_target.remaining():
        if time.named:
            # One with the hour of a time the source says, left unpaired, on a 12-hour clock,
            # has another minute or is the other half of the day: eight in the morning → um
            # halb neun (8:30), eight in the evening → um halb neun Uhr, midnight or 12 a.m. → midi.
            if any({hour % 12 for hour in time.hours} & {hour % 12 for hour in said.hours} for said in (*in_words, *lost)):
                added.append(time.text)
            continue
        if (digits := _as_written(time)) and source_pool.take_all(digits):
            continue  # no time, as above; an hour in words (siete de la tarde) has no digits to be numbers
        if (written := source_pool.take_first(_readings(time))) is not None:
            issues.append(_time_format(written.text, time.text))
        else:
            added.append(time.text)
    # An hour the source says in words (nine in the evening) is missing only for another time:
    # one the translation says without the part of the day (um neun Uhr) is its count in words,
    # which the counts check compares.
    if added:
        missing += [time.text for time in in_words]
    source_numbers[:], target_numbers[:] = source_pool.remaining(), target_pool.remaining()
    return issues, missing, added, range_hours


# An hour in digits right after the clock's preposition (a las 8, a la 1, alle 8, um 8, às 8, à 1;
# antes de las 8, prima delle 8, gegen 8, antes das 8), bare: no minutes or clock's word after it, nor what it counts (um 8 Punkte, um 8 %, alle 8
# squadre, a las 8 selecciones, às 8 equipes: `_COUNTED_AFTER`). Not the French à, which is as
# often a range's end or a count's (de 5 à 8, à 8 voix contre 3).
_BARE_HOUR_AFTER_THE_CLOCKS_PREPOSITION: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(
        rf"(?<!\p{{L}})(?i:{preposition})\s+(?P<hour>\p{{Nd}}{{1,2}})"
        rf"(?![\p{{N}}\p{{L}}]|[.,:]\p{{N}}|\s*[%‰\p{{Sc}}]|\s+\p{{Lu}}|(?i:{_COUNTED_AFTER[language]}))"
    )
    for language, preposition in {
        "es": r"(?:a|de|desde|hasta|hacia|para)\s+las?", "it": r"alle|delle|dalle|verso\s+le|entro\s+le", "de": "um|gegen",
        "pt": r"às|à|das|até\s+as|após\s+as",
    }.items()
}
# The afternoon, evening or night said anywhere, also inside another word (stasera, Sonntagabend):
# the parts of the day past noon of `_HOURS_WITH_PART_OF_DAY`, and the forms it has not.
_AFTER_NOON_SAID: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(
        "|".join(regex.escape(word) for word in (
            *(part for part, half in _HOURS_WITH_PART_OF_DAY[language].parts.items() if half != "a.m."), *other_forms
        )),
        regex.IGNORECASE,
    )
    for language, other_forms in {"es": (), "it": ("pomeridian",), "de": ("abend", "nacht"), "pt": ()}.items()
}


def _bare_morning_hours(text: str, locale: Locale) -> frozenset[int]:
    """The hours `text` gives in bare digits after the clock's preposition (a las 8, um 8),
    which the locale's 24-hour clock reads as the morning's: none on a 12-hour clock, nor where
    the sentence says the afternoon, evening or night anywhere (esta noche a las 8, heute Abend
    um 8), which makes them that part of the day's."""
    bare = _BARE_HOUR_AFTER_THE_CLOCKS_PREPOSITION.get(locale.language)
    if bare is None or not _on_a_24_hour_clock(locale) or _AFTER_NOON_SAID[locale.language].search(text):
        return frozenset()
    return frozenset(int(match.group("hour")) for match in bare.finditer(text))


def _a_morning_hour_on_a_12_hour_clock(time: _Time) -> bool:
    """Whether `time` is an hour of the morning written as the 12-hour clock writes it (9 a.m.)."""
    if len(time.hours) != 1 or time.named or time.ends_a_range or time.in_a_range:
        return False
    hour = min(time.hours)
    return 1 <= hour <= 11 and _digits(time.text)[:1] == (hour,)


def _written_on_a_12_hour_clock(time: _Time) -> bool:
    """Whether `time` is an hour of the afternoon or evening written as the 12-hour clock
    writes it (8 p.m.; not 21:19, which as numbers may be a score)."""
    if len(time.hours) != 1 or time.named or time.ends_a_range or time.in_a_range:
        return False
    hour = min(time.hours)
    return hour > 12 and _digits(time.text)[:1] == (hour - 12,)


@dataclass(frozen=True)
class _TwelveHourKey:
    """How a 12-hour clock writes a time: 11:30 for 11:30 p.m. (hour 11) and 12:30 a.m. (hour
    0). Not a tuple, which would equal a time's (minute, hour) key."""

    minute: int
    hour: int


def _time_keys(time: _Time) -> list[Hashable]:
    """Where to find a time: by the hours it can mean, and one read on a 24-hour clock that a
    12-hour clock could have written also as that clock's time."""
    keys: list[Hashable] = [(time.minute, hour) for hour in time.hours]
    if time.twenty_four_hour and len(time.hours) == 1 and (hour := min(time.hours)) <= 12:
        keys.append(_TwelveHourKey(time.minute, hour % 12))
    return keys


def _twelve_hour_time_left(source: _Time, target: _Time) -> Issue:
    """11:30 p.m. → 11:30: the target's hour as the source's, written the target's way (23:30,
    23h30); the afternoon's for the end of a range into it (from 9 to 5: 17 Uhr)."""
    hour = max(source.hours)
    if _DIGIT_RUN.search(target.text):
        written = regex.sub(r"\d+", lambda digits: f"{hour:0{len(digits.group())}d}", target.text, count=1)
    elif source.minute == 0:  # an hour in words before the clock's word (neun Uhr)
        written = regex.sub(r"^\p{L}+", str(hour), target.text)
    else:  # a half hour in words (halb neun, neuf heures et demie)
        written = f"{hour}:{source.minute:02d}"
    return Issue("numbers", f"{source.text} written {target.text} is another hour on a 24-hour clock: write {written}")


def _as_written(time: _Time) -> list[tuple[int, ...]]:
    """The digits of the numbers that would write the time's digits one by one (21 and 19 for 21:19)."""
    return [(digit,) for digit in _digits(time.text)]


@dataclass(frozen=True)
class _HourReading:
    """The digits of a number that may write a time without its clock's word (17, 18.45). Not a
    tuple, which would equal the number's own key."""

    digits: tuple[int, ...]


def _number_keys(number: _Number) -> list[Hashable]:
    """A number's keys in a pool: its digits, and as a time's reading but for a measure (the
    17 of 9～17km is no 5 p.m.)."""
    digits = _digits(number.text)
    return [digits] if number.measure else [digits, _HourReading(digits)]


def _readings(time: _Time) -> list[_HourReading]:
    """The digits of a number that writes the time in a notation the patterns do not know:
    `18.45` for 6:45 p.m. (the German `Uhr` left out). A range's afternoon end only as
    written: 17 for the 5 of `from 9 to 5` is another number (von 9 auf 17 Prozent)."""
    hours = frozenset({min(time.hours)}) if time.ends_a_range else time.hours
    return [_HourReading((hour, time.minute)) for hour in hours] + ([_HourReading((hour,)) for hour in hours] if time.minute == 0 else [])


_Item = TypeVar("_Item")


class _Pool(Generic[_Item]):
    """Items not yet paired, in text order, each found under its keys in constant time."""

    def __init__(self, items: Sequence[_Item], keys: Callable[[_Item], list[Hashable]]) -> None:
        self._items = list(items)
        self._taken = [False] * len(self._items)
        self._positions: dict[Hashable, list[int]] = {}  # key → positions, in order
        self._skipped: dict[Hashable, int] = {}  # key → how many of its first positions are taken
        for position, item in enumerate(self._items):
            for key in keys(item):
                self._positions.setdefault(key, []).append(position)

    def _first_untaken(self, key: Hashable, count: int) -> list[int]:
        """The first `count` positions under `key` not taken yet (fewer when there are not so many)."""
        positions = self._positions.get(key, [])
        skipped = self._skipped.get(key, 0)
        while skipped < len(positions) and self._taken[positions[skipped]]:
            skipped += 1
        self._skipped[key] = skipped
        found: list[int] = []
        index = skipped
        while index < len(positions) and len(found) < count:
            if not self._taken[positions[index]]:
                found.append(positions[index])
            index += 1
        return found

    def take_first(self, keys: list[Hashable]) -> _Item | None:
        """Take the first item, in text order, found under any of `keys`."""
        found = [first[0] for key in keys if (first := self._first_untaken(key, 1))]
        if not found:
            return None
        self._taken[min(found)] = True
        return self._items[min(found)]

    def take_all(self, keys: list[Hashable]) -> bool:
        """Take, for each of `keys` in turn, the first item left under it; when one is
        missing, take none and return False."""
        chosen = []
        for key, count in Counter(keys).items():
            found = self._first_untaken(key, count)
            if len(found) < count:
                return False
            chosen += found
        for position in chosen:
            self._taken[position] = True
        return True

    def remaining(self) -> list[_Item]:
        return [item for item, taken in zip(self._items, self._taken) if not taken]


def _match_numbers(
    source_numbers: list[_Number], target_numbers: list[_Number], source: Locale, target: Locale
) -> tuple[list[Issue], list[str], list[str]]:
    """Pair the numbers up by value; (issues, missing, added)."""
    remaining = Counter(number.key for number in source_numbers)
    # What each value of the source amounts to with its scale, and how the source writes that.
    amounts: dict[Decimal | str, dict[Decimal | str, str]] = {}
    for number in source_numbers:
        amounts.setdefault(number.key, {})[number.scaled if number.scaled is not None else number.key] = number.amount
    unmatched: list[_Number] = []
    issues: list[Issue] = []
    for number in target_numbers:
        # The same text also counts when the source's is no number in its locale (24.11.2026).
        same = next((key for key in (number.key, number.text) if remaining[key] > 0), None)
        if same is None:
            unmatched.append(number)
            continue
        remaining[same] -= 1
        understood = {
            amount: written for amount, written in amounts.get(same, {}).items() if isinstance(amount, Decimal) and amount != same
        }
        if number.scaled is not None and understood and number.scaled not in amounts[same]:
            # `$370 billion` → `370 Billionen Dollar`: the digits agree, the amount is 1,000 times it.
            in_source = " or ".join(f"{written} ({_plain(amount, grouped=True)})" for amount, written in sorted(understood.items()))
            issues.append(Issue("numbers", f"{number.amount} is {_in_scale_words(number.scaled)} "
                                           f"({_plain(number.scaled, grouped=True)}); the source says {in_source}"))
    if any(number.scaled is not None for number in (*source_numbers, *unmatched)):
        unmatched = [number for number in unmatched if not _paired_on_another_scale(number, source_numbers, remaining)]
        for number in list(unmatched):
            # `$2.5bn` → `2 und eine halbe Million`: the source's number on another scale.
            if number.scaled is not None and (twin := _scaled_twin(number.scaled, source_numbers, remaining)) is not None:
                unmatched.remove(number)
                written, amount = twin
                issues.append(Issue("numbers", f"{number.amount} is {_in_scale_words(number.scaled)} ({_plain(number.scaled, grouped=True)}); "
                                               f"the source says {written} ({_plain(amount, grouped=True)})"))
    unmatched = [number for number in unmatched if not (number.decade and _paired_as_decade(number, source_numbers, remaining))]
    if any(number.decade for number in source_numbers):
        unmatched = [number for number in unmatched if not _paired_as_end_of_decades(number, source_numbers, remaining)]
    unmatched = [number for number in unmatched if not _paired_as_grouped_digits(number, source_numbers, remaining)]
    added: list[str] = []
    for number in unmatched:
        as_in_source = _decimal(number.text, source)
        if as_in_source is None or remaining[as_in_source] <= 0:
            added.append(number.text + _reading(number, source, target))
            continue
        # Written the source language's way: harmless when the target cannot read it
        # otherwise (3.5 in German), wrong when it reads as another number (1,200 is 1.2).
        remaining[as_in_source] -= 1
        local = _formatted(as_in_source, target, quantized=False)
        if number.value is None:
            issues.append(Issue("number-format", f"{number.text} is written the {source.get_language_name('en')} way: {bcp47(target)} writes {local}"))
        else:
            issues.append(Issue("numbers", f"{number.text} reads as {_plain(number.value)} in {bcp47(target)}: write {local}"))
    missing = []
    for number in source_numbers:
        if remaining[number.key] > 0:
            remaining[number.key] -= 1
            missing.append(number.text)
    return issues, missing, added


def _paired_on_another_scale(number: _Number, source_numbers: list[_Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` is one of the source's written on another scale (350万 for 3.5
    million); if so, that source number is taken."""
    values = {number.value, number.scaled} - {None}
    return _take_twin(source_numbers, remaining, lambda other: bool(values & {other.value, other.scaled})) is not None


def _scaled_twin(scaled: Decimal, source_numbers: list[_Number], remaining: Counter[Decimal | str]) -> tuple[str, Decimal] | None:
    """The source's amount (as written, and its value) whose number on its scale is that of
    the amount `scaled` on its own: `$2.5bn` for `2 und eine halbe Million` (2.5 million). If
    there is one, it is taken."""
    said = _on_its_scale(scaled)
    twin = _take_twin(source_numbers, remaining, lambda other: other.scaled is not None and _on_its_scale(other.scaled) == said)
    return (twin.amount, twin.scaled) if twin is not None and twin.scaled is not None else None


def _paired_as_decade(number: _Number, source_numbers: list[_Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether the decade `number` (90er) is a year of the source with its two last digits
    (1990s); if so, that source number is taken."""
    return _take_twin(
        source_numbers, remaining,
        lambda other: other.decade and other.value is not None and 1000 <= other.value < 10000 and other.value % 100 == number.value,
    ) is not None


def _paired_as_end_of_decades(number: _Number, source_numbers: list[_Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` ends the range that decades in a row of the source span, where the
    next one begins (`in their 30s and 40s` → `zwischen 30 und 50`); if so, the last decade
    is taken. Not a decade itself: the 50s are another decade."""
    if number.decade or number.value is None:
        return False
    decades = {other.value for other in source_numbers if other.decade}
    return _take_twin(
        source_numbers, remaining,
        lambda other: other.decade and other.value is not None and other.value + 10 == number.value and other.value - 10 in decades,
    ) is not None


def _paired_as_grouped_digits(number: _Number, source_numbers: list[_Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` is a run of the source's numbers in a row, grouped as the target
    groups digits: a telephone number or a code (0800 123 456), which a language that groups
    thousands with a space reads as one number and English as three. If so, they are taken."""
    digits = "".join(char for char in number.text if char.isdigit())
    # Not a number (1 200 is 1,200, never 1 and 200), nor longer than a telephone number
    # (which also bounds the runs tried).
    if not 7 <= len(digits) <= 20:
        return False
    for first in range(len(source_numbers)):
        run: Counter[Decimal | str] = Counter()
        position = 0
        for other in source_numbers[first:]:
            piece = "".join(char for char in other.text if char.isdigit())
            if remaining[other.key] - run[other.key] <= 0 or not digits.startswith(piece, position):
                break
            run[other.key] += 1
            position += len(piece)
            if position == len(digits):
                if run.total() > 1:
                    remaining.subtract(run)
                    return True
                break
    return False


def _take_twin(
    source_numbers: list[_Number], remaining: Counter[Decimal | str], is_twin: Callable[[_Number], bool]
) -> _Number | None:
    """The first source number not paired yet that is a twin, taken; None when there is none."""
    twin = next((other for other in source_numbers if remaining[other.key] > 0 and is_twin(other)), None)
    if twin is not None:
        remaining[twin.key] -= 1
    return twin


_MERIDIEMS = {
    "a": "a", "p": "p", "午前": "a", "午後": "p", "上午": "a", "下午": "p", "오전": "a", "오후": "p",
    "早上": "a", "凌晨": "a", "晚上": "p", "中午": "p",  # Chinese parts of the day before 点
    "正午": "p", "午夜": "a",  # noon and midnight before their twelve: 正午12時, 午夜12点
    # Japanese parts of the day before 時: 朝7時, 昼12時 (noon); the night's 夜12時 and 深夜0時 are midnight, 夜8時 is 20:00
    "朝": "a", "昼": "p", "夜": "night", "深夜": "night",
}


# German `Uhr`, French `h` and `heures`, Spanish and Portuguese `horas`, Italian `ore` count the hours of the
# day from 0 to 23, unless a part of the day is said near them (heute Abend um 8 Uhr, à 8 h ce
# soir): then the hour may be either. One said right after the hour says which (8 Uhr abends),
# and `_hours_with_part_of_day` reads it. Dutch `uur` counts either way (om 8 uur vanavond).
_ON_THE_24_HOUR_CLOCK = lazy_compile(r"Uhr|heure|hora|(?<!\p{L})ore(?!\p{L})|\d\s?h(?:\s?\d|$)")
_HOURS_AND_MINUTES = lazy_compile(r"\d[:.]\d")
_PART_OF_DAY = lazy_compile(
    r"(?<!\p{L})(?:abends?|nachts?|morgens?|früh|vormittags?|nachmittags?|mittags?|soir|matin|après[-\s\u2011]midi|nuit)(?!\p{L})",
    regex.IGNORECASE,
)
_NEAR_A_TIME = 30  # characters either side in which a part of the day goes with the time
# Noon or midnight by name (German also as the adverb: mittags, mitternachts; Russian полдень,
# not полудня, whose после полудня is the afternoon); not the midi of
# l'après-midi (the afternoon, also written with a space), nor the Midi, the south of France
# (le Midi, du Midi, au Midi). In Japanese and Chinese (also the everyday Chinese 中午), between
# other characters, and not before its hour (正午12時), which `TIME` reads.
_NOON_OR_MIDNIGHT = lazy_compile(
    r"(?:(?<!\p{L})(?:(?P<noon>noon|midday|(?<!après[-\s\u2011])(?!(?<=\b(?:le|du|au)\s)(?-i:M))midi|Mittags?|mediodía|mezzogiorno|meio-dia"
    r"|полдень)|midnight|minuit|Mitternachts?|medianoche|mezzanotte|middernacht|meia-noite|полночь|полуночи)(?!\p{L})"
    r"|(?:(?P<noon>正午|中午)|午夜|真夜中)(?!\s?\p{Nd}))",
    regex.IGNORECASE,
)
_TWELVE_BEFORE = lazy_compile(r"(?<![\p{N}.,:])(?:12(?:[:.]00)?|twelve)\s?$", regex.IGNORECASE)
_NOON_OR_MIDNIGHT_HINTS = frozenset({"noon", "mid", "mitt", "medi", "mezz", "minuit", "meio", "meia", "полд", "полн", "полу", "正午", "中午", "午夜",
                                     "真夜中"})
# Minutes after noon or midnight by name, or before it, by language: what may follow the name
# (minuit et demi, midi trente, minuit et quart, midi moins le quart: 11:45; mezzanotte e mezza,
# meia-noite e meia, meio-dia e quinze), whose MINUTES are `_minutes_in_words` and COUNTED a
# noun they count instead (à minuit trente policiers).
_AFTER_NOON_OR_MIDNIGHT: Final[Mapping[str, str]] = {
    "fr": r"\s+et\s+(?P<fraction>demie?|quart)|\s+(?P<to>moins)\s+(?:le\s+(?P<fraction>quart)|MINUTES(?!COUNTED))|\s+MINUTES(?!COUNTED)",
    "it": r"\s+e\s+(?:(?P<fraction>mezza|mezzo|un\s+quarto)|MINUTES)|\s+(?P<to>meno)\s+(?:(?P<fraction>un\s+quarto)|MINUTES)",
    "pt": r"\s+e\s+(?:(?P<fraction>meia|quinze)|MINUTES)|\s+(?P<to>menos)\s+(?:(?P<fraction>um\s+quarto)|MINUTES)",
}
# What tells a text in lower case may have noon or midnight or a time with a clock's word: one
# expression for both, which most sentences are told by at once.
_TIME_WORD_HINT = re.compile("|".join(sorted(_NOON_OR_MIDNIGHT_HINTS | _CLOCK_WORDS, key=len, reverse=True)))


@functools.lru_cache(maxsize=1024)
def _names_noon_or_midnight(msgid: str) -> bool:
    """Whether a msgid says noon or midnight by name, which is a time without digits."""
    lowered = msgid.lower()
    return any(hint in lowered for hint in _NOON_OR_MIDNIGHT_HINTS) and _NOON_OR_MIDNIGHT.search(msgid) is not None


@functools.lru_cache(maxsize=16)
def _noon_or_midnight_pattern(language: str) -> regex.Pattern[str]:
    """Noon or midnight by name, with the minutes after or before it where the language says
    them (`_AFTER_NOON_OR_MIDNIGHT`)."""
    if (after := _AFTER_NOON_OR_MIDNIGHT.get(language)) is None:
        return _NOON_OR_MIDNIGHT
    after = after.replace("MINUTES", _minutes_in_words(language)).replace("COUNTED", _COUNTS_A_NOUN)
    return regex.compile(rf"{_NOON_OR_MIDNIGHT.pattern}(?:{after})?(?!\p{{L}})", regex.IGNORECASE)


def _minute_after_noon_or_midnight(match: regex.Match[str], language: str) -> int:
    """The minute a match of `_noon_or_midnight_pattern` says, before the hour negative."""
    if language not in _AFTER_NOON_OR_MIDNIGHT:
        return 0
    return _minute_said(match.groupdict(), _HOURS_WITH_PART_OF_DAY[language], language)


# A time in four digits before its zone, as wire copy writes one (1130 GMT, 0900 ET).
_WIRE_TIME = lazy_compile(rf"(?<![\p{{N}}.,:])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:{_SOURCE_ZONES})(?!\p{{L}}))")
_WIRE_TIME_HINT = re.compile(r"\d{4}\s?[A-Z]")


def _times(text: str, language: str, twenty_four_hour: bool, point_times: bool = False) -> tuple[list[_Time], str]:
    """The times in `text`, in a locale that reads hours and minutes on a 24-hour clock or
    not, and the text with them blanked out. Quoted as written: an hour with the part of the
    day from its number to its part (`3 heures du matin`, `siete de la tarde`). Hours and
    minutes with a point between them (19.45) are a time with `point_times`, else only before
    a word that says so (`_POINT_TIME_BEFORE_ITS_WORD`)."""
    found: list[tuple[int, _Time]] = []
    spans = []
    original = text
    for match, hour, minute, part in _hours_with_part_of_day(text, language):
        hours = frozenset({hour % 12 + (12 if part == "p.m." else 0)} if hour <= 12 else {hour})
        found.append((match.start("hour"), _Time(text[match.start("hour") : match.end()], hours, minute)))
        spans.append((match.start("hour"), match.end()))
    lowered = text.lower()
    if language in _CLOCK_HOURS_IN_WORDS:
        in_words = _blanked_in_place(text, spans) if spans else text
        for start, end, time in _clock_hours_in_words(in_words, lowered, language):
            found.append((start, time))
            spans.append((start, end))
    clock_words = False
    if _TIME_WORD_HINT.search(lowered):  # most sentences: none
        if any(hint in lowered for hint in _NOON_OR_MIDNIGHT_HINTS):
            # Not the part of the day of an hour read above (um ein Uhr mittags).
            for match in _noon_or_midnight_pattern(language).finditer(_blanked_in_place(text, spans) if spans else text):
                hour, minute = _before_the_hour(12 if match.group("noon") else 0, _minute_after_noon_or_midnight(match, language))
                # `12 noon`, `12 midnight`: the twelve before the name is the time's, no number besides.
                twelve = _TWELVE_BEFORE.search(text, max(0, match.start() - _NEAR_A_TIME), match.start())
                start = match.start() if twelve is None else twelve.start()
                found.append((start, _Time(text[start : match.end()], frozenset({hour}), minute, named=True)))
                spans.append((start, match.end()))
        clock_words = _CLOCK_WORD_HINT.search(lowered) is not None
    if _WIRE_TIME_HINT.search(text):  # 1130 GMT, as wire copy writes a time in a time zone
        for match in _WIRE_TIME.finditer(_blanked_in_place(text, spans) if spans else text):
            found.append((match.start(), _Time(match.group(), frozenset({int(match.group(1))}), int(match.group(2)), twenty_four_hour=True)))
            spans.append(match.span())
    patterns = (_CLOCK_WORD_TIME, TIME) if clock_words else (TIME,)
    if point_times:
        patterns += (_POINT_TIME,)
    elif _POINT_TIME_HINT.search(text):  # most sentences: none
        patterns += (_POINT_TIME_BEFORE_ITS_WORD,)
    # Each pattern reads the text without what the one before found: `alle 20.30`, not `20.30`.
    for pattern in patterns:
        if spans:
            text = _blanked_in_place(text, spans)
            spans = []
        for match in pattern.finditer(text):
            if (time := _time_of(match, text, twenty_four_hour)) is not None:
                found.append((match.start(), time))
                spans.append(match.span())
    # A range's first hour is read only where no time is: not the minutes of `6h00 à 23h30`.
    text = _blanked_in_place(text, spans)
    spans = []
    for start, time in list(found):
        if len(time.hours) != 1 or time.named:
            continue
        # After a clock's word (Uhr, uur, heures, horas, h), the only ones with an h or uur.
        if "h" in time.text or "H" in time.text or "uur" in time.text:
            first = _RANGE_START_BEFORE.search(text, max(0, start - _RANGE_REACH), start)
            if first is None and _RANGE_END_WITH_ITS_ARTICLE.match(time.text):
                first = _RANGE_START_WITH_ITS_ARTICLE.search(text, max(0, start - _RANGE_REACH), start)
        elif not time.twenty_four_hour:
            first = _RANGE_START_BEFORE_ITS_PART_OF_DAY.search(text, max(0, start - _RANGE_REACH), start)
            if first is None:
                continue
        else:
            continue
        if first is not None and int(first.group("hour")) <= 23 and int(first.group("minute") or 0) <= 59:
            hours, twenty_four = _first_hour_on_the_clock_of(int(first.group("hour")), time)
            found.append((first.start("time"), _Time(first.group("time"), hours, int(first.group("minute") or 0), twenty_four_hour=twenty_four)))
            spans.append(first.span("time"))
        elif first is None and (in_words := _range_start_in_words(text, start, time.text, language)) is not None:
            found.append(in_words)
    if twenty_four_hour and _RANGE_IN_DIGITS_HINT.search(text):  # most sentences: none
        for match in _RANGE_INTO_THE_AFTERNOON_IN_DIGITS.finditer(text):
            if (first := int(match.group("first"))) < (hour := int(match.group("hour"))):
                found += [(match.start(name), _Time(match.group(name), frozenset({value}), 0, twenty_four_hour=True, in_a_range=True))
                          for name, value in (("first", first), ("hour", hour))]
                spans += [match.span("first"), match.span("hour")]
    if "from" in lowered:
        for match, hour in _ranges_into_the_afternoon(text):
            in_digits = match.group("hour").isdigit()
            found.append((match.start("hour"), _Time(match.group("hour"), frozenset({hour, hour + 12}), 0, ends_a_range=True, in_a_range=in_digits)))
            spans.append(match.span("hour"))
            # Its first hour in digits is the morning's time: von neun bis 17 Uhr says the 9 of from 9 to 5.
            if (first := match.group("first")).isdigit():
                found.append((match.start("first"), _Time(first, frozenset({int(first)}), 0, in_a_range=True)))
                spans.append(match.span("first"))
    if found and any(_shows_the_24_hour_clock(time) for _, time in found):
        # Where the sentence writes a time on the 24-hour clock (a las 20 horas, alle 20, om 20
        # uur), so is its hour after the clock's article alone (a las 7, alle 7, às 7) and one
        # that may be either half of the day (om 7 uur): 7:00.
        found = [(start, _Time(time.text, frozenset({min(time.hours)}), time.minute, twenty_four_hour=True) if _either_half(time) else time)
                 for start, time in found]
        for match in _BARE_CLOCK_HOUR.finditer(_blanked_in_place(text, spans)):
            found.append((match.start("hour"), _Time(match.group(), frozenset({int(match.group("hour"))}), 0, twenty_four_hour=True)))
            spans.append(match.span())
    found.sort(key=itemgetter(0))
    if len(found) > 1:
        found = _ranges_on_one_clock(found, original)
    return [time for _, time in found], _blanked_in_place(text, spans)


# An hour after the clock's article without the clock's word (a las 7, alle 7, às 7), which
# may also be a count (a las 3: to the three of them) but for another time on the 24-hour clock.
_BARE_CLOCK_HOUR = lazy_compile(
    r"(?<!\p{L})(?:(?:a|de|desde|hasta|para|hacia)\s+las|alle|dalle|às)\s+(?P<hour>[1-9]|1[0-2])(?!\p{N}|[.,:]\p{N}|\s*(?:horas?|h|ore)(?!\p{L}))",
    regex.IGNORECASE,
)


def _shows_the_24_hour_clock(time: _Time) -> bool:
    """Whether a time is written in digits past noon without a part of the day (20 uur, a las 20
    horas, alle 20, 21.45 Uhr), which says its sentence counts the hours so."""
    return not time.named and len(time.hours) == 1 and (hour := min(time.hours)) >= 13 and str(hour) in time.text


def _either_half(time: _Time) -> bool:
    """Whether a time in digits may be either half of the day (om 7 uur, 7:30)."""
    return len(time.hours) == 2 and not time.named and not time.ends_a_range and not time.in_a_range


def _ranges_into_the_afternoon(text: str) -> Iterator[tuple[regex.Match[str], int]]:
    """Each range of hours without a.m. or p.m. whose second hour is below its first (from 9 to
    5, from nine to five), and that second hour."""
    hours = _HOURS_WITH_PART_OF_DAY["en"].hours
    for match in _RANGE_WITHOUT_PART_OF_DAY.finditer(text):
        first, second = (int(written) if written.isdigit() else hours.get(written.lower(), 0) for written in match.group("first", "hour"))
        if 1 <= second < first <= 12:  # 0: a letter that folds to another's (ſix)
            yield match, second


@functools.lru_cache(maxsize=16)
def _range_start_in_words_pattern(language: str) -> regex.Pattern[str] | None:
    """The first hour of a range in words after the word that opens it (von neun bis 17 Uhr,
    de nueve a 17 horas, de las nueve a las 17 horas, van negen tot 17 uur): without it the
    word may count something (drei bis 17 Uhr)."""
    if language not in _CLOCK_HOURS_IN_WORDS:
        return None
    hours = _prefix_tree([*_HOURS_WITH_PART_OF_DAY[language].hours, *_HOURS_PAST_TWELVE[language]])
    return regex.compile(
        rf"(?<!\p{{L}})(?:von|zwischen|de|desde|entre|van|tussen|dalle|das)\s+(?:(?:las|as)\s+)?"
        rf"(?P<time>(?P<hour>{hours})(?:\s+(?:heures?|horas?|uur|Uhr|ore))?)"
        r"(?:\s+(?P<joiner>bis|und|à|et|a|y|e|tot|en|alle)|\s*(?P<joiner>[-–]))?\s+(?:(?:las|as)\s+)?$",
        regex.IGNORECASE,
    )


def _range_start_in_words(text: str, start: int, second: str, language: str) -> tuple[int, _Time] | None:
    """Where the first hour of a range said in words before the time `second` at `start`
    (`_range_start_in_words_pattern`) starts, and its time, read on the 24-hour clock as the
    second's hour (von neun bis 17 Uhr: 9:00); None when there is none. What joins the two
    hours may open the second (de las nueve a las 17 horas)."""
    if (pattern := _range_start_in_words_pattern(language)) is None:
        return None
    first = pattern.search(text, max(0, start - _RANGE_REACH), start)
    if first is None or not first.group("joiner") and not _RANGE_JOINER.match(second):
        return None
    written = first.group("hour").lower()
    hour = _HOURS_WITH_PART_OF_DAY[language].hours.get(written, _HOURS_PAST_TWELVE[language].get(written))
    return None if hour is None else (first.start("time"), _Time(first.group("time"), frozenset({hour}), 0, twenty_four_hour=True))


def _first_hour_on_the_clock_of(hour: int, second: _Time) -> tuple[frozenset[int], bool]:
    """The hours of a range's first hour, and whether they are read on a 24-hour clock, before
    its `second`: where that has its part of the day (11 p.m., 11 Uhr abends), the same part
    when the first is below it (between 10 and 11 p.m.: 10 p.m.), else the other one (from 9 to
    5 p.m.: 9 a.m.); where it has none, the hour as written (von 9 bis 17 Uhr)."""
    written = _digits(second.text)
    if second.twenty_four_hour or hour > 12 or not written or written[0] > 12:
        return frozenset({hour}), True
    second_hour = min(second.hours)
    afternoon = (second_hour >= 12) == (hour % 12 < second_hour % 12)
    return frozenset({hour % 12 + (12 if afternoon else 0)}), False


def _ranges_on_one_clock(found: list[tuple[int, _Time]], text: str) -> list[tuple[int, _Time]]:
    """The times `found` in `text` (each after where it starts, in order) with the first hour
    of a range read on the clock of its second where that is after noon: dalle ore 9 alle ore
    17, 9時から17時まで are from the morning's nine, not the evening's."""
    read = list(found)
    for index, ((start, first), (end_start, second)) in enumerate(zip(found, found[1:])):
        if len(first.hours) != 2 or len(second.hours) != 1 or not min(first.hours) < min(second.hours) > 12:
            continue
        between = text[start + len(first.text) : end_start].strip()
        if _RANGE_JOINER.fullmatch(between) if between else _RANGE_JOINER.match(second.text):
            read[index] = (start, _Time(first.text, frozenset({min(first.hours)}), first.minute, first.named, twenty_four_hour=True))
    return read


# Hours and minutes with a point between them (19.45), where the locale writes times so; not
# a date (20.10.2026) nor a grouped number (1.200).
_POINT_TIME = lazy_compile(_NUMBER_START + r"(?P<hour>\d{1,2})\.(?P<minute>\d{2})(?!\p{N}|[.,]\p{N})")
# The same before a word that says it is a time, as British copy writes it: 19.45 GMT, 19.45
# local time, 19.45 hrs (without it, 19.45 may be a decimal). `_POINT_TIME_HINT` tells a text has one.
_TIME_WORD_AFTER = r"\s?(?:GMT|UTC|BST|CES?T|(?i:local\s+time|hrs))(?!\p{L})"
_POINT_TIME_BEFORE_ITS_WORD = lazy_compile(_NUMBER_START + r"(?P<hour>\d{1,2})\.(?P<minute>\d{2})(?=" + _TIME_WORD_AFTER + ")")
_POINT_TIME_HINT = re.compile(r"\d\.\d\d\s?(?:GMT|UTC|BST|CES?T|[Ll]ocal\s+time|hrs)")


@functools.lru_cache(maxsize=None)
def _writes_times_with_a_point(locale: Locale) -> bool:
    """Whether the locale's short time format puts a point between hours and minutes (H.mm)."""
    return regex.search(r"[Hh]\.m", locale.time_formats["short"].pattern) is not None


def _time_of(match: regex.Match[str], text: str, twenty_four_hour: bool) -> _Time | None:
    """The time a match of `TIME` or `_CLOCK_WORD_TIME` in `text` says, in a locale that reads
    hours and minutes on a 24-hour clock or not; None when it is none (25:00)."""
    groups = match.groupdict()
    hour = int(groups["hour"])
    minute = 30 if groups.get("half") else int(groups["minute"] or 0)
    meridiem = _MERIDIEMS.get((groups.get("meridiem") or "").lower(), "")
    if meridiem == "night":
        meridiem = "a" if hour in _NIGHT_AS_MORNING or hour == 0 else "p"
    if hour == 24 and minute == 0 and not meridiem:  # 24 Uhr, 24:00: the midnight that ends a day
        return _Time(match.group().strip(), frozenset({0}), 0, twenty_four_hour=True)
    if minute > 59 or hour > (12 if meridiem == "a" else 23):
        return None
    if meridiem == "p" and hour > 12:
        hours = frozenset({hour})  # 午後18時: the afternoon said twice
    elif meridiem:
        hours = frozenset({hour % 12 + (12 if meridiem == "p" else 0)})
    elif (
        groups.get("after_noon")
        or _ON_THE_24_HOUR_CLOCK.search(match.group())
        # 6:00 and 11:30 are the morning's where times are written HH:mm; an hour alone (om 8
        # uur, a las 8) is also said of the evening.
        or twenty_four_hour and _HOURS_AND_MINUTES.search(match.group())
    ) and not _PART_OF_DAY.search(text, max(0, match.start() - _NEAR_A_TIME), match.end() + _NEAR_A_TIME):
        # 2.30 Uhr, 2 h 30 is the night's: the afternoon's is 14.30 Uhr
        return _Time(match.group().strip(), frozenset({hour}), minute, twenty_four_hour=True)
    else:
        hours = frozenset({hour, (hour + 12) % 24}) if hour <= 12 else frozenset({hour})
    return _Time(match.group().strip(), hours, minute)


@functools.lru_cache(maxsize=None)
def _on_a_24_hour_clock(locale: Locale) -> bool:
    """Whether the locale writes times on a 24-hour clock: its short time format has H (HH:mm, H.mm), not h (h:mm a)."""
    return "H" in locale.time_formats["short"].pattern


def _blanked_in_place(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with spaces for the spans, which keeps where everything else is."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]


def _time_format(source: str, target: str) -> Issue:
    return Issue("time-format", f"time written differently: {source} → {target}; check it is the same time")


@functools.lru_cache(maxsize=None)
def _number_pattern(locale: Locale) -> regex.Pattern[str]:
    """Digits with their decimal and group separators."""
    spaces = _SPACE_GROUPS + (" " if _symbols(locale)[0].isspace() else "")
    return regex.compile(
        _NUMBER_START + rf"(?:{_SPACE_GROUPED}|\p{{Nd}}+)(?:[.,]\p{{Nd}}+|[{spaces}'’]\p{{Nd}}{{3}}(?!\p{{Nd}}))*"
    )


@functools.lru_cache(maxsize=4096)
def _decimal(text: str, locale: Locale) -> Decimal | None:
    """The value of `text` in `locale`, by CLDR's symbols; None when it is no number there."""
    ascii_digits = text if text.isascii() else "".join(str(int(char)) if char.isdecimal() else char for char in text)
    if ascii_digits.isdigit():
        return Decimal(ascii_digits)  # no separator: what babel would parse too, without its checks
    # Space and apostrophe only ever group digits: write them as the locale's own group symbol.
    group, decimal = _symbols(locale)
    if any(mark in ascii_digits and mark not in (group, decimal) for mark in ".,"):
        return None  # 3.5 in Russian, which babel would read leniently
    grouped = _GROUP_SEPARATORS.sub(group, ascii_digits)
    standard = _standard_number(locale)
    if standard is not None and standard.fullmatch(grouped):
        # What babel's strict parse accepts, read without it: it formats every number again.
        return Decimal(grouped.replace(group, "").replace(decimal, "."))
    try:
        return parse_decimal(grouped, locale, strict=True)
    except NumberFormatError:
        return None


# CLDR 48 (babel 2.19) groups Swiss digits (de-CH, it-CH, fr-CH, gsw) with the ASCII apostrophe,
# 1'234, where CLDR 47 had the typographic one, 1’234, which Swiss papers print. Babel formats
# the ASCII one as a pattern's quote and drops it (1234567.5, 1000000'000): numbers are written
# with the typographic apostrophe whichever babel is installed, and either is read.
_TYPOGRAPHIC_GROUP = {"'": "’"}
_WHOLE_DIGITS = lazy_compile(r"[0-9]+")


@functools.lru_cache(maxsize=None)
def _symbols(locale: Locale) -> tuple[str, str]:
    """The group and decimal symbols the locale's numbers are written with (babel looks them up
    anew on every call)."""
    group = get_group_symbol(locale)
    return _TYPOGRAPHIC_GROUP.get(group, group), get_decimal_symbol(locale)


def _formatted(value: Decimal, locale: Locale, format: str | None = None, *, grouped: bool = True, quantized: bool = True) -> str:
    """babel's `format_decimal`, digits grouped with the symbol of `_symbols`."""
    if not grouped or get_group_symbol(locale) not in _TYPOGRAPHIC_GROUP:
        return format_decimal(value, format=format, locale=locale, group_separator=grouped, decimal_quantization=quantized)
    first, rest = (parse_pattern(format) if format else locale.decimal_formats[None]).grouping
    written = format_decimal(value, format=format, locale=locale, group_separator=False, decimal_quantization=quantized)

    def grouped_digits(whole: re.Match[str]) -> str:
        digits, groups = whole.group(), []
        size = first
        while len(digits) > size:
            digits, groups = digits[:-size], [digits[-size:], *groups]
            size = rest
        return _symbols(locale)[0].join([digits, *groups])

    return _WHOLE_DIGITS.sub(grouped_digits, written, count=1)


@functools.lru_cache(maxsize=None)
def _standard_number(locale: Locale) -> re.Pattern[str] | None:
    """A number grouped by thousands with the locale's symbols (1.200,5 in de), where the
    locale groups by thousands (not en-IN's 12,34,567); None elsewhere."""
    if locale.decimal_formats.get(None) is None or locale.decimal_formats[None].grouping != (3, 3):
        return None
    group, decimal = map(re.escape, _symbols(locale))
    return re.compile(rf"(?:[1-9][0-9]{{0,2}}(?:{group}[0-9]{{3}})+|[0-9]+)(?:{decimal}[0-9]+)?")


def _reading(number: _Number, source: Locale, target: Locale) -> str:
    """` (= 1.2 in de)` when a reader of the source language would read the number otherwise."""
    if number.value is None or _decimal(number.text, source) == number.value:
        return ""
    return f" (= {_plain(number.value)} in {bcp47(target)})"


def _plain(value: Decimal, grouped: bool = False) -> str:
    return format(value.normalize(), ",f" if grouped else "f")


# The largest scale word an amount reaches, in English as reports are: 10 billion for 100億.
_ENGLISH_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _largest_scale(amount: Decimal) -> int:
    """The largest scale word an amount reaches (a billion for 2.5 billion); 1 below a thousand."""
    return next((scale for scale, _ in _ENGLISH_SCALES if amount >= scale), 1)


def _on_its_scale(amount: Decimal) -> Decimal:
    """The number an amount is of its largest scale word: 2.5 for 2.5 billion."""
    return amount / _largest_scale(amount)


def _in_scale_words(amount: Decimal) -> str:
    for scale, word in _ENGLISH_SCALES:
        if amount >= scale:
            return f"{_plain(amount / scale)} {word}"
    return _plain(amount)


def _digits(text: str) -> tuple[int, ...]:
    return tuple(int(run) for run in _DIGIT_RUN.findall(text))


def _squashed(text: str) -> str:
    return _WHITESPACE.sub("", text)


# A figure as a table's cell holds one: a number, and a percent sign.
_FIGURE = lazy_compile(r"(?P<number>\d[\d.,\u00a0\u202f ’']*\d|\d)(?P<percent>\s?%)?")
_LETTER = lazy_compile(r"\p{L}")


_SPACE_OR_APOSTROPHE = lazy_compile(r"[\u0020\u00a0\u2009\u202f'’]")
# Digits grouped by threes (the source's group symbol written as G), then decimals.
_SOURCE_GROUPING = lazy_compile(r"\d{1,3}(?:G\d{3})+(?:[^\dG]\d+)?")


# CLDR's minimum grouping digits where they are more than one, which babel's locale data leaves
# out: these locales group digits only where the first group has that many (Spanish writes 1234
# and 12.345). A locale not named has its parent's: es_MX Latin American Spanish's (es_419),
# which groups a thousand, pt_AO European Portuguese's.
_MINIMUM_GROUPING_DIGITS = {
    "be": 2, "bg": 2, "ee": 3, "es": 2, "es_419": 1, "et": 2, "ia": 2, "ka": 2, "lv": 2, "pl": 2, "pt_PT": 2, "ru_UA": 2, "sq": 2,
}


@functools.lru_cache(maxsize=None)
def _minimum_grouping_digits(locale: Locale) -> int:
    parents = get_global("parent_exceptions")
    name = str(locale)
    while name and name not in _MINIMUM_GROUPING_DIGITS:
        name = parents.get(name) or name.rpartition("_")[0]
    return _MINIMUM_GROUPING_DIGITS.get(name, 1)


# A sign before a figure (`+6.1`, `-3.4`, `(−0.3)`), not a range's dash after a figure (`9.30-11.00`).
_SIGN_BEFORE = lazy_compile(r"(?<![\p{N}\p{L}])[-+\u2212±]$")
_CURRENCY_BEFORE = lazy_compile(r"\p{Sc}\s?$")
_CURRENCY_AFTER = lazy_compile(r"\s?\p{Sc}")
_TRAILING_DOT = lazy_compile(r"\.(?!\p{N})")  # `24.5.`, a German date
# Seconds after a clock's minutes (a race time, `1:45.20`, `2:01.45`): the whole time is kept
# as written, its seconds with it, whatever their decimals.
_CLOCK_BEFORE = lazy_compile(r"\d:$")


def _a_decimal(figure: regex.Match[str], number: str, source: Locale, *, among_numbers: bool = False) -> bool:
    """Whether `number`, a figure's digits with one decimal symbol of `source` and no other
    mark, can only be a decimal. Written with a point, it may also be a time (`19.45`, `9.30`
    in British and European copy) or a date (`12.05`, `24.5.`): it is a decimal when it is an
    amount (`$1.5`, `0.75 €`), signed (`+6.1`, `-0.30`), or has other than two decimals
    (`12.3`, `1.234`) or two no time nor date has (`12.75`, `45.20`), or when the figures
    beside it in its cell are numbers (`among_numbers`: `19.45 (28.3%)`, `1.25-2.5`); never
    the seconds of a race time (`1:45.20`)."""
    _, decimal = _symbols(source)
    whole, mark, decimals = number.partition(decimal)
    if not (mark and whole.isdecimal() and decimals.isdecimal()):
        return False
    if decimal != ".":
        return True  # 12,5: times and dates are written with points and colons
    text, start, end = figure.string, figure.start(), figure.end()
    if _TRAILING_DOT.match(text, end) or _CLOCK_BEFORE.search(text, 0, start):
        return False
    if _CURRENCY_BEFORE.search(text, 0, start) or _CURRENCY_AFTER.match(text, end) or _SIGN_BEFORE.search(text, 0, start):
        return True
    if len(decimals) != 2 or among_numbers:
        return True
    hour_or_day, minutes_or_month = int(whole), int(decimals)
    a_time = hour_or_day < 24 and minutes_or_month < 60
    a_date = 1 <= hour_or_day <= 31 and 1 <= minutes_or_month <= 12
    return not (a_time or a_date)


def figure_in_locale(
    text: str, source: Locale, target: Locale, spans: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """`text`, a cell of figures with no words (`45,210`, `+28.3%`, `1,234,567 (28.3%)`,
    `10,000-20,000`, `$450,000`, `-3.4`), with each figure that only a number can be (grouped
    as the source groups digits, a share, or a decimal no time nor date can be, see
    `_a_decimal`) as `target` writes it (`45.210`, `+28,3 %`, `$450.000`, `-3,4` in German),
    with as many decimals, a currency's sign where the source has it: a German reader takes
    `45,210` for 45.21. Anything else as written: a whole number without the source's grouping
    (a year, `2019`), a time (`19.45`), a date (`12.05`), a score (`3-1`), a telephone number
    (`+34 612 345 678`), and a text with words, which is a translator's to write. With it,
    `spans` of `text` (a link's words) where they fall in what is written: a figure a span
    starts or ends inside of is left as written."""
    if _LETTER.search(text):
        return text, list(spans)
    # A time or a date keeps company with its kind: beside a number that no time nor date can
    # be, a figure that might be one (`19.45 (28.3%)`) is a number too, in one style with it.
    figures = list(_FIGURE.finditer(text))
    among_numbers = any(_only_a_number(figure, source) for figure in figures)
    ends = {end for span in spans for end in span}
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # after each figure, how far what follows it has moved
    done = shift = 0
    for figure in figures:
        cut = any(figure.start() < end < figure.end() for end in ends)
        written = figure.group() if cut else _figure_in_locale(figure, source, target, among_numbers)
        pieces += (text[done:figure.start()], written)
        shift += len(written) - len(figure.group())
        done = figure.end()
        shifts.append((done, shift))
    pieces.append(text[done:])

    def moved(place: int) -> int:
        return place + next((shift for after, shift in reversed(shifts) if after <= place), 0)

    return "".join(pieces), [(moved(start), moved(end)) for start, end in spans]


def _only_a_number(figure: regex.Match[str], source: Locale, among_numbers: bool = False) -> bool:
    """Whether the figure can only be a number: grouped as the source groups digits, a share,
    or a decimal (see `_a_decimal`)."""
    number = _source_digits(figure.group("number"), source)
    group, _ = _symbols(source)
    grouped = group in number and _SOURCE_GROUPING.fullmatch(number.replace(group, "G")) is not None
    return grouped or bool(figure.group("percent")) or _a_decimal(figure, number, source, among_numbers=among_numbers)


def _source_digits(number: str, source: Locale) -> str:
    """A figure's digits with any space (French) or apostrophe (Swiss German) between them
    written as the source locale's own group symbol."""
    group, _ = _symbols(source)
    return _SPACE_OR_APOSTROPHE.sub(group, number) if _SPACE_OR_APOSTROPHE.fullmatch(group) else number


def _figure_in_locale(figure: regex.Match[str], source: Locale, target: Locale, among_numbers: bool) -> str:
    if not _only_a_number(figure, source, among_numbers):
        return figure.group()
    number = _source_digits(figure.group("number"), source)
    value = _decimal(number, source)
    if value is None:
        return figure.group()
    decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    pattern = target.decimal_formats[None]
    whole = pattern.pattern.split(";")[0].split(".")[0]
    separated = abs(value).adjusted() + 1 >= pattern.grouping[0] + _minimum_grouping_digits(target)  # enough whole digits
    written = _formatted(value, target, whole + ("." + "0" * decimals if decimals else ""), grouped=separated)
    if figure.group("percent"):
        percent = format_percent(Decimal(1), locale=target)  # `100 %`, `100%`, `%100`: where the sign goes
        written = percent.replace(format_decimal(100, locale=target), written)
    return written
