"""Times of day: `TIME` and the other patterns and words a time is read by (6:45 p.m., 18.45
Uhr, 午後6時半, à 18 heures, alle 9 e mezza, nine in the evening, noon), ranges of hours (from
9 to 5 p.m.), time zones, half hours (halb neun) and a race's times, which are no time of day
(2:01:09); and the source's times paired with the translation's, on the 12- and the 24-hour
clock (`match_times`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Final, Hashable, NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import (
    DIGIT_RUN, NO_HINTS, NUMBER_START, WHITESPACE, WORD, Number, Pool, Time, blanked, blanked_in_place, digit_runs, in_any_case,
    prefix_tree, squashed,
)
from .number_words import NUMBER_WORDS, TO_TWELVE_FORMS, kanji_value, number_said
from .measures import MEASURE_AFTER

# A time of day: 6:45 p.m. · 6pm · 18.45 Uhr · 18時45分 · 午後6時半 · 18 h 45 · 18h · kl. 18.45 · 18:45
# (not 2時間, 2시간: two hours, a span of time)
TIME = lazy_compile(
    NUMBER_START + r"""
    (?: # the dot after `pm` ends a sentence; the one after `p.m.` is the abbreviation's
        (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? \s? (?P<meridiem>[ap]) (?:\.\s?m\b\.?|\s?m\b)
      | (?:(?P<meridiem>午前|午後|午后|正午|上午|下午|오전|오후|深夜|夜|昼|朝)\s?(?:の\s?)?)? (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))? \s? (?:Uhr\b|時(?!間)|时(?!间)|시(?!간))
        (?:\s?(?P<minute>\d{1,2})\s?(?:分|분)|\s?(?P<half>半|반))?
      # Chinese 点 is o'clock after a part of the day or before minutes; else points (3点目, 2点差)
      | (?P<meridiem>上午|下午|早上|晚上|凌晨|深夜|中午|正午|午夜)\s? (?P<hour>\d{1,2}) \s? 点 (?:\s?(?P<minute>\d{1,2})\s?分|\s?(?P<half>半))?
      | (?P<hour>\d{1,2}) \s? 点 (?:\s?(?P<minute>\d{1,2})\s?分|\s?(?P<half>半))
      | (?P<hour>\d{1,2}) \s? h (?:\s?(?P<minute>\d{2}))? (?![\p{L}\p{N}])
      | (?:kl\.|klo\b) \s? (?P<hour>\d{1,2}) (?:[:.](?P<minute>\d{2}))?
      # a part of the day before the clock's digits (下午2:30, 오후 2:30, 午後2:30), or in Arabic after them (٢:٣٠ بعد الظهر)
      | (?P<meridiem>午前|午後|午后|上午|下午|早上|晚上|凌晨|深夜|中午|오전|오후)\s? (?P<hour>\d{1,2}) [:：] (?P<minute>\d{2}) (?!\d)
      | (?P<hour>\d{1,2}) : (?P<minute>\d{2}) \s (?P<meridiem>صباحا|صباحاً|مساء|مساءً|بعد\s الظهر)(?![\p{L}\p{M}])
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
    NUMBER_START + r"""
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
# A range of hours without a.m. or p.m., in digits or words: from 9 to 5, from nine to five
# (whose second hour, below its first, is the afternoon's; not before a unit: from 9 to 5 km).
_ENGLISH_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_RANGE_WITHOUT_PART_OF_DAY = lazy_compile(
    rf"(?<!\p{{L}})from\s+(?P<first>\d{{1,2}}|{_ENGLISH_HOURS})\s+(?:to|until|till)\s+(?P<hour>\d{{1,2}}|{_ENGLISH_HOURS})"
    rf"(?!\p{{N}}|[.,:]\p{{N}}|\p{{L}}|{MEASURE_AFTER})",
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
    rf"|\s+(?-i:(?!Uhr(?!\p{{L}}))\p{{Lu}}\p{{Ll}})|{MEASURE_AFTER}"
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

# An hour said in Arabic words (الساعة العاشرة مساءً, في التاسعة صباحاً, الساعة الثامنة والنصف),
# read as the time it says, before the times are compared: after الساعة, or with a part of the day.
_ARABIC_PART_OF_DAY = r"صباح[اًا]?|صباحًا|مساء[ًا]?|مساءً|ظهر[اًا]?|ظهرًا|ليل[اًا]?|ليلًا|فجر[اًا]?|فجرًا"
ARABIC_HOUR = lazy_compile(
    rf"(?:الساعة\s+)?(?<!\p{{L}})(?P<hour>ال\p{{Arabic}}+)(?:\s+و(?P<fraction>النصف|الربع))?"
    rf"(?:\s+(?P<part>{_ARABIC_PART_OF_DAY})|(?<=الساعة\s+\S+(?:\s+و\S+)?))"
)
_ARABIC_PARTS_OF_DAY = {"صباح": "a.m.", "فجر": "a.m.", "مساء": "p.m.", "ظهر": "p.m.", "ليل": "p.m."}
# An hour in digits with the part of the day after it, as Arabic, Persian and Hebrew say it
# (الساعة 10 صباحاً, ساعت ۱۰ صبح, בשעה 10 בבוקר), read as the time it says before the times are
# compared. Midday's hours are the afternoon's, but for the late morning's (11 ظهراً); night's
# the small hours up to five and midnight, the evening's otherwise (2 ليلاً, ساعت ۱۰ شب).
# Only after the word for the hour (الساعة, ساعت, בשעה): `أصيب 3 مساء أمس` is three injured
# yesterday evening, `۳ شب` three nights, `נהרגו 3 בלילה` three killed overnight.
HOUR_BEFORE_PART_OF_DAY: Final[Mapping[str, tuple[str, regex.Pattern[str]]]] = {
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

# An hour in digits with the part of the day before it and बजे (o'clock) after it, as Hindi
# says it (सुबह 9 बजे, दोपहर 1 बजे, शाम 6 बजे, रात 8 बजे, रात को 8:30 बजे), read as the time it
# says, as `HOUR_BEFORE_PART_OF_DAY` reads Arabic's.
HINDI_HOUR = lazy_compile(
    r"(?<![\p{L}\p{M}])(?:(?P<am>सुबह|प्रातः)|(?P<midday>दोपहर)|(?P<pm>शाम|सायं)|(?P<night>रात))(?:\s+को)?\s+"
    r"(?P<hour>\p{Nd}{1,2})(?:[:.](?P<minute>\p{Nd}{2}))?\s+बजे(?![\p{L}\p{M}])"
)

def hour_before_part_of_day_in_digits(match: regex.Match[str]) -> str:
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


def arabic_hour_in_digits(match: regex.Match[str]) -> str:
    """الساعة العاشرة مساءً as `10:00 p.m.`, which the time patterns read; left as it is when
    the word after الساعة is no hour."""
    hour = NUMBER_WORDS["ar"].get(match.group("hour"))
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
    hour = rf"(?:(?P<hour>{prefix_tree(said.hours)})|(?<!\p{{N}}[.,:]?)(?P<hour>\d{{1,2}})(?:[:.h](?P<minute>\d{{2}}))?)"
    between = said.between.replace("MINUTES", _minutes_in_words(language)) if "MINUTES" in said.between else said.between
    return regex.compile(rf"{said.before}{hour}{between}(?P<part>{prefix_tree(said.parts)})(?!\p{{L}})", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _minutes_in_words(language: str) -> str:
    """An expression for the minutes from two to fifty-nine in words of `language`, as a clock
    says them after the hour (cinq, trente, quarante-cinq, vingt et une, treinta y cinco,
    fünfundvierzig, trentacinque): a ten with a unit after it, or a number of one word. One
    below ten not before a noun it counts (a las nueve y cinco personas, um neun Uhr fünf
    Polizisten: `_COUNTED_AFTER`); not one, whose words are also an article (à neuf heures une
    réunion)."""
    ordinal = _ORDINAL_ENDINGS[language]
    words = {word: value for word, value in NUMBER_WORDS[language].items() if 10 <= value <= 59 and not ordinal.search(word)}
    tens = [word for word, value in words.items() if value in (20, 30, 40, 50)]
    units = [word for value, forms in enumerate(TO_TWELVE_FORMS[language]) if 1 <= value <= 9 for word in forms.partition("|")[0].split()]
    below_ten = [word for value, forms in enumerate(TO_TWELVE_FORMS[language]) if 2 <= value <= 9 for word in forms.partition("|")[0].split()]
    joined = r"(?:[\s\-‐‑]+(?:(?:et|y|e)[\s\-‐‑]+)?)"
    return (rf"(?P<minutes>(?:(?:{prefix_tree(tens)}){joined}(?:{prefix_tree(units)})|{prefix_tree(words)}"
            rf"|(?:{prefix_tree(below_ten)})(?!\p{{L}})(?!{_COUNTED_AFTER[language]}))(?!\p{{L}}))")


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
        numbers = NUMBER_WORDS[language]
        said_minutes = sum(numbers.get(word, 0) for word in WORD.findall(minutes.lower()))  # dix-sept, vingt et une: the words add up
    else:
        said_minutes = int(said.fractions.get(WHITESPACE.sub(" ", (groups.get("fraction") or "").lower()), "0"))
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
def source_hours_in_words(msgid: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the prose of a msgid says an hour in words with the part of the day, or one that
    ends a range into the afternoon: the span of the hour's word (the nine of nine in the
    evening, the five of from nine to five)."""
    prose = prose_of(msgid)
    spans = tuple(match.span("hour") for match, _, _, _ in _hours_with_part_of_day(prose, language) if not match.group("hour").isdigit())
    if language == "en" and "from" in prose.lower():
        spans += tuple(match.span("hour") for match, _ in _ranges_into_the_afternoon(prose) if not match.group("hour").isdigit())
    return spans


def hours_in_words_in_digits(text: str, language: str) -> str:
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
        expression.replace("PREPOSITION", _CLOCK_PREPOSITIONS[language] if "PREPOSITION" in expression else "").replace("HOUR", prefix_tree(said.hours)).replace("PART", prefix_tree(said.parts))
        .replace("LATE", prefix_tree(_HOURS_PAST_TWELVE[language])).replace("TRAVEL", _TRAVELLED).replace("COUNTED", _COUNTED_AFTER[language] if "COUNTED" in expression else "")
        .replace("MINUTES", _minutes_in_words(language) if "MINUTES" in expression else ""),
        regex.IGNORECASE,
    )


def _clock_hours_in_words(text: str, lowered: str, language: str) -> Iterator[tuple[int, int, Time]]:
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
            yield start, match.end(), Time(quoted, frozenset({late}), minute, named=_CLOCK_WORD.search(match.group()) is None,
                                            twenty_four_hour=True)
            continue
        if half:
            hour, minute = _hour_before(hour), 30 + minute  # fünf vor halb neun: 8:25
        hour, minute = _before_the_hour(hour, minute)
        if part:
            meridiem = said.parts[part.lower()]
            if meridiem == "night":
                meridiem = "a.m." if hour in _NIGHT_AS_MORNING else "p.m."
            time = Time(quoted, frozenset({hour % 12 + (12 if meridiem == "p.m." else 0)}), minute)
        elif _ON_THE_24_HOUR_CLOCK.search(match.group()) and not _PART_OF_DAY.search(text, max(0, start - _NEAR_A_TIME), match.end() + _NEAR_A_TIME):
            time = Time(quoted, frozenset({hour}), minute, named=True, twenty_four_hour=True)
        else:
            time = Time(quoted, frozenset({hour, (hour + 12) % 24}), minute, named=True)
        yield start, match.end(), time


# An hour said in hanzi or kanji, as the digits the time patterns read: Chinese 下午两点半,
# 晚上七点, 上午十点十五分, 深夜十一点; Japanese 午後二時半, 午前十時, 深夜一時, 朝の七時 (with the part of the day or the minutes,
# as 一時 alone is `for a while`).
HANZI_HOUR = lazy_compile(
    r"(?P<part>上午|下午|早上|晚上|凌晨|深夜|中午)?(?P<hour>[两一二三四五六七八九十]{1,3})[点點]"
    r"(?:(?P<half>半)|(?P<minute>[零〇一二三四五六七八九十]{1,3})分)?"
    r"|(?P<part>午前|午後|深夜|夜|朝|昼)の?(?P<hour>[〇一二三四五六七八九十]{1,3})時(?:(?P<half>半)|(?P<minute>[〇一二三四五六七八九十]{1,3})分)?"
    r"|(?P<hour>[一二三四五六七八九十]{1,3})時(?:(?P<half>半)|(?P<minute>[〇一二三四五六七八九十]{1,3})分)"
)


def hanzi_hour_in_digits(match: regex.Match[str]) -> str:
    hour = kanji_value(match.group("hour"))
    minute = 30 if match.group("half") else kanji_value(match.group("minute")) if match.group("minute") else None
    if not 0 <= hour <= 24 or minute is not None and minute > 59:
        return match.group()
    mark = "時" if match.group().find("時") >= 0 else "点"
    return f"{match.group('part') or ''}{hour}{mark}" + (f"{minute}分" if minute is not None else "")


def hour_alone(time: str, locale: Locale) -> Decimal | None:
    """The hour of a time written without minutes (`3 heures`, `3 Uhr nachts`, `neun Uhr`), which may be a count."""
    digits = digit_runs(time)
    if not digits and (said := number_said(_CLOCK_WORD.sub("", time).strip(), locale.language)) is not None:
        return Decimal(said)
    return Decimal(digits[0]) if len(digits) == 1 else None


def _hour_before(hour: int) -> int:
    """The hour on the 12-hour clock before `hour`, whose half a German or Dutch half hour
    names by the next one (halb neun, half negen: 8:30; halb eins: 12:30)."""
    return hour - 1 if hour > 1 else 12


# Half of the hour before the one named, in German and Dutch: halb neun, half negen is 8:30,
# and states the eight of `half past eight`.
_HALF_HOUR: Final[Mapping[str, tuple[tuple[str, str], regex.Pattern[str]]]] = {
    language: (in_any_case(word[1:]), lazy_compile(rf"(?<!\p{{L}}){word}\s+(\p{{L}}+)", regex.IGNORECASE))
    for language, word in (("de", "halb"), ("nl", "half"))
}
# Half past an hour in English, in words or digits: half past eight.
_HALF_PAST = lazy_compile(r"(?<!\p{L})half\s+past\s+(\p{L}+|\p{Nd}{1,2})(?![\p{L}\p{N}])", regex.IGNORECASE)


def half_hours_in(text: str, language: str) -> list[tuple[tuple[int, int], int]]:
    """The half hours `text` says the German or Dutch way (`_HALF_HOUR`): where each is, and the
    hour it is half past."""
    hints, half_hour = _HALF_HOUR.get(language, (NO_HINTS, None))
    if half_hour is None or not any(hint in text for hint in hints):
        return []
    hours = ((match.span(), NUMBER_WORDS[language].get(match.group(1).lower())) for match in half_hour.finditer(text))
    return [(span, _hour_before(hour)) for span, hour in hours if hour is not None and 1 <= hour <= 12]


@functools.lru_cache(maxsize=1024)
def source_clock_hours(msgid: str, language: str) -> frozenset[int]:
    """The hours a msgid says in words on the clock (half past eight, eight in the morning), on
    a 12-hour clock: a half hour may state them (halb neun), whose time the numbers check compares."""
    prose = prose_of(msgid)
    hours = [hour for match, hour, _, _ in _hours_with_part_of_day(prose, language) if not match.group("hour").isdigit()]
    if language == "en" and "past" in prose:
        hours += (NUMBER_WORDS["en"].get(hour.lower()) if hour.isalpha() else int(hour) for hour in _HALF_PAST.findall(prose))
    return frozenset(hour % 12 or 12 for hour in hours if hour is not None and 1 <= hour <= 24)


# The time zones a source names after a time: an abbreviation, a city's time, local time.
_SOURCE_ZONES = (r"GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|JST|KST|MSK|AEST|AEDT"
                 r"|(?:local|London|New\s+York|Washington|Paris|Berlin|Brussels|Moscow|Tokyo|Beijing|Hong\s+Kong)\s+time")
# What says a translation's time is in a named time zone, after it or (in Japanese, Chinese and
# Korean) before it: MEZ, heure de Paris, hora peninsular, ora italiana, deutscher Zeit,
# Ortszeit, по московскому времени, 日本時間, 北京时间, 한국시간.
_TARGET_ZONES = (
    r"MEZ|MESZ|OEZ|WEZ|GMT|UTC|CET|CEST|MSK|JST|KST|heure\s+(?:de\s+\p{L}+|française|locale|belge|suisse)"
    r"|hora\s+(?:peninsular|local|de\s+\p{L}+)|ora\s+(?:italiana|locale|di\s+\p{L}+)|hora\s+de\s+Brasília|(?:deutscher|Schweizer|"
    r"österreichischer|Berliner|Moskauer)\s+Zeit|Ortszeit|по\s+(?:московскому|местному)\s+времени|czasu\s+polskiego"
)
_ZONE_AFTER = lazy_compile(rf"^(?:\s?Uhr)?\s?,?\s?(?:\(\s?)?(?P<zone>{_TARGET_ZONES})(?!\p{{L}})", regex.IGNORECASE)
# A zone the translation names anywhere in the sentence (a las 21:00 horas, hora de Brasília).
_ZONE_IN_TEXT = lazy_compile(rf"(?<!\p{{L}})(?P<zone>{_TARGET_ZONES})(?!\p{{L}})", regex.IGNORECASE)
_ZONES_BEFORE = r"日本時間|北京时间|北京時間|東京時間|현지\s?시간|한국\s?시간"
_ZONE_BEFORE = lazy_compile(rf"(?P<zone>{_ZONES_BEFORE})\s?$")
_ZONE_ANYWHERE_BEFORE = lazy_compile(_ZONES_BEFORE)
_SOURCE_ZONE_AFTER = lazy_compile(rf"^\s?(?P<zone>{_SOURCE_ZONES})(?!\p{{L}})|^\s+in\s+(?P<city>\p{{Lu}}\p{{L}}+(?:\s+\p{{Lu}}\p{{L}}+)?)")

# The zone each name stands for: a zone of the IANA database, or a UTC offset in hours where
# the name has one all year. An abbreviation of a standard or a summer time (EST, MEZ) stands
# for its region's zone, as reports write it all year round; a time the words leave open
# (local time, Ortszeit, heure locale) is in none.
_ZONES: Final[Mapping[str, str | int]] = {
    "gmt": 0, "utc": 0, "jst": 9, "kst": 9, "msk": 3,
    **dict.fromkeys(("et", "est", "edt"), "America/New_York"),
    **dict.fromkeys(("ct", "cdt"), "America/Chicago"),  # not CST, China's standard time too
    **dict.fromkeys(("mt", "mst", "mdt"), "America/Denver"),
    **dict.fromkeys(("pt", "pst", "pdt"), "America/Los_Angeles"),
    **dict.fromkeys(("bst", "wez", "london"), "Europe/London"),
    **dict.fromkeys(("cet", "cest", "mez", "mesz", "deutscher zeit", "berliner zeit", "berlin"), "Europe/Berlin"),
    **dict.fromkeys(("eet", "eest", "oez", "athens"), "Europe/Athens"),
    **dict.fromkeys(("aest", "aedt", "sydney"), "Australia/Sydney"),
    **dict.fromkeys(("new york", "washington"), "America/New_York"),
    **dict.fromkeys(("paris", "heure française"), "Europe/Paris"),
    **dict.fromkeys(("brussels", "bruxelles", "heure belge"), "Europe/Brussels"),
    **dict.fromkeys(("moscow", "moscou", "moskauer zeit", "по московскому времени"), "Europe/Moscow"),
    **dict.fromkeys(("tokyo", "日本時間", "東京時間"), "Asia/Tokyo"),
    **dict.fromkeys(("beijing", "pékin", "北京时间", "北京時間"), "Asia/Shanghai"),
    **dict.fromkeys(("hong kong", "hongkong"), "Asia/Hong_Kong"),
    **dict.fromkeys(("한국시간", "한국 시간"), "Asia/Seoul"),
    **dict.fromkeys(("madrid", "hora peninsular"), "Europe/Madrid"),
    **dict.fromkeys(("rome", "roma", "ora italiana"), "Europe/Rome"),
    **dict.fromkeys(("genève", "genf", "zürich", "heure suisse", "schweizer zeit"), "Europe/Zurich"),
    **dict.fromkeys(("wien", "vienna", "österreichischer zeit"), "Europe/Vienna"),
    **dict.fromkeys(("warsaw", "varsovie", "czasu polskiego"), "Europe/Warsaw"),
    **dict.fromkeys(("frankfurt", "francfort"), "Europe/Berlin"),
    "hora de brasília": "America/Sao_Paulo", "amsterdam": "Europe/Amsterdam", "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon", "lisbonne": "Europe/Lisbon", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    "istanbul": "Europe/Istanbul", "dubai": "Asia/Dubai", "singapore": "Asia/Singapore", "seoul": "Asia/Seoul",
    "los angeles": "America/Los_Angeles", "chicago": "America/Chicago", "brasília": "America/Sao_Paulo",
}
# The words that name a zone by its city (`heure de Paris`, `hora de Madrid`, `ora di Roma`,
# `London time`, `in London`).
_CITY_OF_ZONE = regex.compile(r"^(?:heure\s+de|hora\s+de|ora\s+di)\s+(?P<city>.+)$|^(?P<city>.+?)\s+time$")


def _zone(words: str) -> str | int | None:
    """The zone (see `_ZONES`) the words name, None where they leave it open or name one this
    review does not know."""
    named = " ".join(words.split()).casefold()
    if named in _ZONES:
        return _ZONES[named]
    city = _CITY_OF_ZONE.match(named)
    return _ZONES.get(city.group("city")) if city else None


@functools.cache
def _minutes_apart(source_zone: str | int, target_zone: str | int) -> frozenset[int]:
    """By how many minutes a time in `target_zone` is ahead of the same moment in `source_zone`,
    at every moment of a year: a zone's summer time may begin on another day than the other's.
    Empty when the machine's time zone database lacks one."""
    import datetime as dt
    import zoneinfo

    def offset(zone: str | int, moment: dt.datetime) -> int:
        if isinstance(zone, int):
            return zone * 60
        return int(moment.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset().total_seconds()) // 60  # type: ignore[union-attr]

    start = dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone.utc)
    try:
        return frozenset(offset(target_zone, moment) - offset(source_zone, moment)
                         for moment in (start + dt.timedelta(days=day) for day in range(365)))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return frozenset()


_SOURCE_ZONE_IN_TEXT = lazy_compile(rf"(?<!\p{{L}})(?:{_SOURCE_ZONES})(?!\p{{L}})")


def told_in_two_zones(msgid: str, msgstr: str) -> bool:
    """Whether the source tells a time by a zone it names and the translation by one it names,
    so that a converted time may fall on another day."""
    return _SOURCE_ZONE_IN_TEXT.search(prose_of(msgid)) is not None and (
        _ZONE_IN_TEXT.search(prose := prose_of(msgstr)) is not None or _ZONE_ANYWHERE_BEFORE.search(prose) is not None)


def times_in_another_zone(
    source_times: Sequence[Time], target_times: Sequence[Time], msgid: str, msgstr: str,
) -> list[tuple[Time, Time, Issue | None]]:
    """The source's times in a time zone it names (`11:30 a.m. ET`, `1130 GMT`, `11:30 a.m. in
    London`) the translation gives in another it names (`17.30 Uhr MEZ`, `heure de Paris`,
    `日本時間午前0時30分`), as a newsroom converts them for its readers: each with the
    translation's, paired by their minutes, and the error of an hour the zones do not give
    (`2:30 p.m. London time` → `16.30 ora italiana`, where Italy is an hour ahead), when both
    zones are known."""
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)

    def zone_named(time: Time, prose: str, after: regex.Pattern[str], before: regex.Pattern[str] | None = None) -> _Zoned | None:
        at = prose.find(time.text)
        if at < 0:
            return None
        end = at + len(time.text)
        if named := after.match(prose[end : end + 40]):
            return _Zoned(named.group("city") or named.group("zone") if "city" in named.re.groupindex else named.group("zone"),
                          time.text + prose[end : end + named.end()].rstrip())
        if before is not None and (named := before.search(prose[max(0, at - 8) : at])):
            return _Zoned(named.group("zone"), named.group() + time.text)
        return None

    converted = {time: zoned for time in target_times if (zoned := zone_named(time, target_prose, _ZONE_AFTER, _ZONE_BEFORE))}
    # A time of the translation in a sentence that names one zone elsewhere (`às 23h30 de
    # sexta-feira, hora de Brasília`; `a las 21:00 hora peninsular`, whose `hora` the time took).
    named = {" ".join(match.group("zone").split()).casefold(): match.group("zone") for match in _ZONE_IN_TEXT.finditer(target_prose)}
    if len(named) == 1:
        [zone] = named.values()
        converted.update({time: _Zoned(zone, f"{time.text} ({zone})") for time in target_times if time not in converted})
    zoned_in_source = {
        time: zoned for time in source_times if converted and (zoned := zone_named(time, source_prose, _SOURCE_ZONE_AFTER))
    }
    # A time of the source without a zone, where the source names one zone for its times (from
    # 7 a.m. to 8 p.m. ET), is in that zone where the translation converted it so.
    zones = {zoned.zone.casefold() for zoned in zoned_in_source.values()}
    if len(zones) == 1:
        zone = next(iter(zoned_in_source.values())).zone
        in_the_zone = {time: _Zoned(zone, time.text) for time in source_times if time not in zoned_in_source}
    else:
        in_the_zone = {}
    pairs: list[tuple[Time, Time, Issue | None]] = []
    # First each time with the one the zones make of it (a translation may give them in another
    # order: on the hour, they all share their minutes), then the rest by their minutes.
    for right_hour, source_times_zoned in ((True, zoned_in_source), (True, in_the_zone), (False, zoned_in_source)):
        for time, in_source in list(source_times_zoned.items()):
            for said, in_target in list(converted.items()):
                if said.minute != time.minute:
                    continue
                wrong = _converted_wrongly(time, said, in_source, in_target)
                if right_hour and wrong is not None:
                    continue
                del converted[said], source_times_zoned[time]
                pairs.append((time, said, wrong))
                break
    return pairs


class _Zoned(NamedTuple):
    zone: str  # the words naming it: `London time`, `MEZ`, `London` (of `in London`), `日本時間`
    written: str  # the time and the zone, as the text writes them


def _converted_wrongly(was: Time, given: Time, in_source: _Zoned, in_target: _Zoned) -> Issue | None:
    """The error of a time converted into another zone at an hour the two zones never give."""
    source_zone, target_zone = _zone(in_source.zone), _zone(in_target.zone)
    if source_zone is None or target_zone is None:
        return None
    apart = _minutes_apart(source_zone, target_zone)
    moments = {hour * 60 + was.minute for hour in was.hours}
    if not apart or any((hour * 60 + given.minute - moment - shift) % 1440 == 0
                        for hour in given.hours for moment in moments for shift in apart):
        return None
    right = sorted({f"{(moment + shift) // 60 % 24}:{(moment + shift) % 60:02}" for moment in moments for shift in apart})
    return Issue("numbers", f"{in_target.written} is not {in_source.written}, which is {' or '.join(right)} there")


# A race time in hours, minutes and seconds (2:01:09), and as Japanese, Chinese, Portuguese,
# Italian, French and Spanish sport may write it (2時間1分9秒, 2h01min09s, 2h01'09", 2h01'09'',
# 2h01:09): no time of day.
_RACE_TIME = lazy_compile(r"(?<![\p{N}.,:])(\p{Nd}{1,2}):(\p{Nd}{2}):(\p{Nd}{2})(?!\p{N}|[.,:]\p{N})")
_RACE_TIME_SPELT = lazy_compile(
    r"(?<![\p{N}.,])(\p{Nd}{1,2}) ?(?:時間|小时|小時|h) ?(\p{Nd}{1,2})"
    r"(?: ?(?:分|min|m|′|') ?(\p{Nd}{1,2}) ?(?:秒|(?:s|″|\"|'')(?![\p{L}\p{N}]))|:(\p{Nd}{2})(?!\p{N}|[.,:]\p{N}))"
)


def without_paired_race_times(msgid: str, msgstr: str) -> tuple[str, str]:
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
    return blanked(msgid, source_spans), blanked(msgstr, target_spans)


def match_times(
    source_times: Sequence[Time],
    target_times: Sequence[Time],
    source_numbers: list[Number],
    target_numbers: list[Number],
    target_bare_morning_hours: frozenset[int],
    dotted_clock: bool = False,
) -> tuple[list[Issue], list[str], list[str], list[str]]:
    """Pair the times up; (issues, missing, added, and the hours in digits of a range into the
    afternoon left unpaired, which the translation may say in words). Removes the numbers a
    time matched from the lists. `target_bare_morning_hours`: the translation's hours that its
    24-hour clock reads as the morning's (`bare_morning_hours_in`), where 8 p.m. as alle 8 is wrong
    and 9 a.m. as alle 9 the same time. `dotted_clock`: the translation's language writes the
    24-hour clock with a dot too (`DOTTED_CLOCK`), so 2:30 p.m. as 14.30 is its notation.

    Each pairing takes the first candidate in text order, found through an index (a table of
    results can hold thousands of times and numbers)."""
    issues: list[Issue] = []
    missing: list[str] = []
    in_words: list[Time] = []  # the source's unpaired times said without digits
    unpaired: list[Time] = []
    lost: list[Time] = []  # the source's unpaired times in digits, reported missing
    range_hours: list[str] = []
    in_target = Pool(target_times, _time_keys)
    source_pool = Pool(source_numbers, _number_keys)
    target_pool = Pool(target_numbers, _number_keys)
    for time in source_times:
        # The end of a range into the afternoon (from 9 to 5) is a time of the afternoon's
        # clock only: 17 Uhr, or 5 uur, which may be either; 5 Uhr is five in the morning.
        same = in_target.take_first([(time.minute, hour) for hour in ({max(time.hours)} if time.ends_a_range else time.hours)])
        if same is not None:
            # 2:30 p.m. → 14.30 Uhr is the same time, as both say; 8 o'clock may be either. An
            # hour in words that may be either half of the day, as the source's may, is the
            # same time (7:15 → Viertel nach sieben).
            as_open = same.named and same.hours == time.hours
            if squashed(time.text) != squashed(same.text) and not as_open and (
                len(time.hours) > 1 and not time.ends_a_range or len(same.hours) > 1
            ):
                issues.append(_time_format(time.text, same.text))
        elif (written := target_pool.take_first(_readings(time))) is not None:
            # 19.45 as the source writes it is its own notation; a range's end, the number it
            # is (five → 5 of `from nine to five percent`); 9 a.m. → alle 9, a las 9, um 9, the
            # bare hour a 24-hour clock reads as the morning's.
            as_the_clock_reads_it = a_morning_hour_on_a_12_hour_clock(time) and written.value in target_bare_morning_hours
            as_its_clock_writes_it = dotted_clock and _on_the_dotted_clock(written.text, time)
            if (squashed(time.text) != squashed(written.text) and not time.ends_a_range and not as_the_clock_reads_it
                    and not as_its_clock_writes_it):
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
        elif written_on_a_12_hour_clock(time) and (hour := min(time.hours)) - 12 in target_bare_morning_hours:
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


def bare_morning_hours_in(text: str, locale: Locale) -> frozenset[int]:
    """The hours `text` gives in bare digits after the clock's preposition (a las 8, um 8),
    which the locale's 24-hour clock reads as the morning's: none on a 12-hour clock, nor where
    the sentence says the afternoon, evening or night anywhere (esta noche a las 8, heute Abend
    um 8), which makes them that part of the day's."""
    bare = _BARE_HOUR_AFTER_THE_CLOCKS_PREPOSITION.get(locale.language)
    if bare is None or not on_a_24_hour_clock(locale) or _AFTER_NOON_SAID[locale.language].search(text):
        return frozenset()
    return frozenset(int(match.group("hour")) for match in bare.finditer(text))


def a_morning_hour_on_a_12_hour_clock(time: Time) -> bool:
    """Whether `time` is an hour of the morning written as the 12-hour clock writes it (9 a.m.)."""
    if len(time.hours) != 1 or time.named or time.ends_a_range or time.in_a_range:
        return False
    hour = min(time.hours)
    return 1 <= hour <= 11 and digit_runs(time.text)[:1] == (hour,)


def written_on_a_12_hour_clock(time: Time) -> bool:
    """Whether `time` is an hour of the afternoon or evening written as the 12-hour clock
    writes it (8 p.m.; not 21:19, which as numbers may be a score)."""
    if len(time.hours) != 1 or time.named or time.ends_a_range or time.in_a_range:
        return False
    hour = min(time.hours)
    return hour > 12 and digit_runs(time.text)[:1] == (hour - 12,)


@dataclass(frozen=True)
class _TwelveHourKey:
    """How a 12-hour clock writes a time: 11:30 for 11:30 p.m. (hour 11) and 12:30 a.m. (hour
    0). Not a tuple, which would equal a time's (minute, hour) key."""

    minute: int
    hour: int


def _time_keys(time: Time) -> list[Hashable]:
    """Where to find a time: by the hours it can mean, and one read on a 24-hour clock that a
    12-hour clock could have written also as that clock's time."""
    keys: list[Hashable] = [(time.minute, hour) for hour in time.hours]
    if time.twenty_four_hour and len(time.hours) == 1 and (hour := min(time.hours)) <= 12:
        keys.append(_TwelveHourKey(time.minute, hour % 12))
    return keys


def _twelve_hour_time_left(source: Time, target: Time) -> Issue:
    """11:30 p.m. → 11:30: the target's hour as the source's, written the target's way (23:30,
    23h30); the afternoon's for the end of a range into it (from 9 to 5: 17 Uhr)."""
    hour = max(source.hours)
    if DIGIT_RUN.search(target.text):
        written = regex.sub(r"\d+", lambda digits: f"{hour:0{len(digits.group())}d}", target.text, count=1)
    elif source.minute == 0:  # an hour in words before the clock's word (neun Uhr)
        written = regex.sub(r"^\p{L}+", str(hour), target.text)
    else:  # a half hour in words (halb neun, neuf heures et demie)
        written = f"{hour}:{source.minute:02d}"
    return Issue("numbers", f"{source.text} written {target.text} is another hour on a 24-hour clock: write {written}")


def _as_written(time: Time) -> list[tuple[int, ...]]:
    """The digits of the numbers that would write the time's digits one by one (21 and 19 for 21:19)."""
    return [(digit,) for digit in digit_runs(time.text)]


@dataclass(frozen=True)
class _HourReading:
    """The digits of a number that may write a time without its clock's word (17, 18.45). Not a
    tuple, which would equal the number's own key."""

    digits: tuple[int, ...]


def _number_keys(number: Number) -> list[Hashable]:
    """A number's keys in a pool: its digits, and as a time's reading but for a measure (the
    17 of 9～17km is no 5 p.m.)."""
    digits = digit_runs(number.text)
    return [digits] if number.measure else [digits, _HourReading(digits)]


def _readings(time: Time) -> list[_HourReading]:
    """The digits of a number that writes the time in a notation the patterns do not know:
    `18.45` for 6:45 p.m. (the German `Uhr` left out). A range's afternoon end only as
    written: 17 for the 5 of `from 9 to 5` is another number (von 9 auf 17 Prozent)."""
    hours = frozenset({min(time.hours)}) if time.ends_a_range else time.hours
    return [_HourReading((hour, time.minute)) for hour in hours] + ([_HourReading((hour,)) for hour in hours] if time.minute == 0 else [])


_MERIDIEMS = {
    "a": "a", "p": "p", "午前": "a", "午後": "p", "午后": "p", "上午": "a", "下午": "p", "오전": "a", "오후": "p",
    "صباحا": "a", "صباحاً": "a", "مساء": "p", "مساءً": "p", "بعد الظهر": "p",  # Arabic, after the time
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
def names_noon_or_midnight(msgid: str) -> bool:
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


def times_in(text: str, language: str, twenty_four_hour: bool, point_times: bool = False) -> tuple[list[Time], str]:
    """The times in `text`, in a locale that reads hours and minutes on a 24-hour clock or
    not, and the text with them blanked out. Quoted as written: an hour with the part of the
    day from its number to its part (`3 heures du matin`, `siete de la tarde`). Hours and
    minutes with a point between them (19.45) are a time with `point_times`, else only before
    a word that says so (`_POINT_TIME_BEFORE_ITS_WORD`)."""
    found: list[tuple[int, Time]] = []
    spans = []
    original = text
    for match, hour, minute, part in _hours_with_part_of_day(text, language):
        hours = frozenset({hour % 12 + (12 if part == "p.m." else 0)} if hour <= 12 else {hour})
        found.append((match.start("hour"), Time(text[match.start("hour") : match.end()], hours, minute)))
        spans.append((match.start("hour"), match.end()))
    lowered = text.lower()
    if language in _CLOCK_HOURS_IN_WORDS:
        in_words = blanked_in_place(text, spans) if spans else text
        for start, end, time in _clock_hours_in_words(in_words, lowered, language):
            found.append((start, time))
            spans.append((start, end))
    clock_words = False
    if _TIME_WORD_HINT.search(lowered):  # most sentences: none
        if any(hint in lowered for hint in _NOON_OR_MIDNIGHT_HINTS):
            # Not the part of the day of an hour read above (um ein Uhr mittags).
            for match in _noon_or_midnight_pattern(language).finditer(blanked_in_place(text, spans) if spans else text):
                hour, minute = _before_the_hour(12 if match.group("noon") else 0, _minute_after_noon_or_midnight(match, language))
                # `12 noon`, `12 midnight`: the twelve before the name is the time's, no number besides.
                twelve = _TWELVE_BEFORE.search(text, max(0, match.start() - _NEAR_A_TIME), match.start())
                start = match.start() if twelve is None else twelve.start()
                found.append((start, Time(text[start : match.end()], frozenset({hour}), minute, named=True)))
                spans.append((start, match.end()))
        clock_words = _CLOCK_WORD_HINT.search(lowered) is not None
    if _WIRE_TIME_HINT.search(text):  # 1130 GMT, as wire copy writes a time in a time zone
        for match in _WIRE_TIME.finditer(blanked_in_place(text, spans) if spans else text):
            found.append((match.start(), Time(match.group(), frozenset({int(match.group(1))}), int(match.group(2)), twenty_four_hour=True)))
            spans.append(match.span())
    patterns = (_CLOCK_WORD_TIME, TIME) if clock_words else (TIME,)
    if point_times:
        patterns += (_POINT_TIME,)
    elif _POINT_TIME_HINT.search(text):  # most sentences: none
        patterns += (_POINT_TIME_BEFORE_ITS_WORD,)
    # Each pattern reads the text without what the one before found: `alle 20.30`, not `20.30`.
    for pattern in patterns:
        if spans:
            text = blanked_in_place(text, spans)
            spans = []
        for match in pattern.finditer(text):
            if (time := _time_of(match, text, twenty_four_hour)) is not None:
                found.append((match.start(), time))
                spans.append(match.span())
    # A range's first hour is read only where no time is: not the minutes of `6h00 à 23h30`.
    text = blanked_in_place(text, spans)
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
            found.append((first.start("time"), Time(first.group("time"), hours, int(first.group("minute") or 0), twenty_four_hour=twenty_four)))
            spans.append(first.span("time"))
        elif first is None and (in_words := _range_start_in_words(text, start, time.text, language)) is not None:
            found.append(in_words)
    if twenty_four_hour and _RANGE_IN_DIGITS_HINT.search(text):  # most sentences: none
        for match in _RANGE_INTO_THE_AFTERNOON_IN_DIGITS.finditer(text):
            if (first := int(match.group("first"))) < (hour := int(match.group("hour"))):
                found += [(match.start(name), Time(match.group(name), frozenset({value}), 0, twenty_four_hour=True, in_a_range=True))
                          for name, value in (("first", first), ("hour", hour))]
                spans += [match.span("first"), match.span("hour")]
    if "from" in lowered:
        for match, hour in _ranges_into_the_afternoon(text):
            in_digits = match.group("hour").isdigit()
            found.append((match.start("hour"), Time(match.group("hour"), frozenset({hour, hour + 12}), 0, ends_a_range=True, in_a_range=in_digits)))
            spans.append(match.span("hour"))
            # Its first hour in digits is the morning's time: von neun bis 17 Uhr says the 9 of from 9 to 5.
            if (first := match.group("first")).isdigit():
                found.append((match.start("first"), Time(first, frozenset({int(first)}), 0, in_a_range=True)))
                spans.append(match.span("first"))
    if found and any(_shows_the_24_hour_clock(time) for _, time in found):
        # Where the sentence writes a time on the 24-hour clock (a las 20 horas, alle 20, om 20
        # uur), so is its hour after the clock's article alone (a las 7, alle 7, às 7) and one
        # that may be either half of the day (om 7 uur): 7:00.
        found = [(start, Time(time.text, frozenset({min(time.hours)}), time.minute, twenty_four_hour=True) if _either_half(time) else time)
                 for start, time in found]
        for match in _BARE_CLOCK_HOUR.finditer(blanked_in_place(text, spans)):
            found.append((match.start("hour"), Time(match.group(), frozenset({int(match.group("hour"))}), 0, twenty_four_hour=True)))
            spans.append(match.span())
    found.sort(key=itemgetter(0))
    if len(found) > 1:
        found = _ranges_on_one_clock(found, original)
    return [time for _, time in found], blanked_in_place(text, spans)


# An hour after the clock's article without the clock's word (a las 7, alle 7, às 7), which
# may also be a count (a las 3: to the three of them) but for another time on the 24-hour clock.
_BARE_CLOCK_HOUR = lazy_compile(
    r"(?<!\p{L})(?:(?:a|de|desde|hasta|para|hacia)\s+las|alle|dalle|às)\s+(?P<hour>[1-9]|1[0-2])(?!\p{N}|[.,:]\p{N}|\s*(?:horas?|h|ore)(?!\p{L}))",
    regex.IGNORECASE,
)


def _shows_the_24_hour_clock(time: Time) -> bool:
    """Whether a time is written in digits past noon without a part of the day (20 uur, a las 20
    horas, alle 20, 21.45 Uhr), which says its sentence counts the hours so."""
    return not time.named and len(time.hours) == 1 and (hour := min(time.hours)) >= 13 and str(hour) in time.text


def _either_half(time: Time) -> bool:
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
    hours = prefix_tree([*_HOURS_WITH_PART_OF_DAY[language].hours, *_HOURS_PAST_TWELVE[language]])
    return regex.compile(
        rf"(?<!\p{{L}})(?:von|zwischen|de|desde|entre|van|tussen|dalle|das)\s+(?:(?:las|as)\s+)?"
        rf"(?P<time>(?P<hour>{hours})(?:\s+(?:heures?|horas?|uur|Uhr|ore))?)"
        r"(?:\s+(?P<joiner>bis|und|à|et|a|y|e|tot|en|alle)|\s*(?P<joiner>[-–]))?\s+(?:(?:las|as)\s+)?$",
        regex.IGNORECASE,
    )


def _range_start_in_words(text: str, start: int, second: str, language: str) -> tuple[int, Time] | None:
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
    return None if hour is None else (first.start("time"), Time(first.group("time"), frozenset({hour}), 0, twenty_four_hour=True))


def _first_hour_on_the_clock_of(hour: int, second: Time) -> tuple[frozenset[int], bool]:
    """The hours of a range's first hour, and whether they are read on a 24-hour clock, before
    its `second`: where that has its part of the day (11 p.m., 11 Uhr abends), the same part
    when the first is below it (between 10 and 11 p.m.: 10 p.m.), else the other one (from 9 to
    5 p.m.: 9 a.m.); where it has none, the hour as written (von 9 bis 17 Uhr)."""
    written = digit_runs(second.text)
    if second.twenty_four_hour or hour > 12 or not written or written[0] > 12:
        return frozenset({hour}), True
    second_hour = min(second.hours)
    afternoon = (second_hour >= 12) == (hour % 12 < second_hour % 12)
    return frozenset({hour % 12 + (12 if afternoon else 0)}), False


def _ranges_on_one_clock(found: list[tuple[int, Time]], text: str) -> list[tuple[int, Time]]:
    """The times `found` in `text` (each after where it starts, in order) with the first hour
    of a range read on the clock of its second where that is after noon: dalle ore 9 alle ore
    17, 9時から17時まで are from the morning's nine, not the evening's."""
    read = list(found)
    for index, ((start, first), (end_start, second)) in enumerate(zip(found, found[1:])):
        if len(first.hours) != 2 or len(second.hours) != 1 or not min(first.hours) < min(second.hours) > 12:
            continue
        between = text[start + len(first.text) : end_start].strip()
        if _RANGE_JOINER.fullmatch(between) if between else _RANGE_JOINER.match(second.text):
            read[index] = (start, Time(first.text, frozenset({min(first.hours)}), first.minute, first.named, twenty_four_hour=True))
    return read


# Hours and minutes with a point between them (19.45), where the locale writes times so; not
# a date (20.10.2026) nor a grouped number (1.200).
_POINT_TIME = lazy_compile(NUMBER_START + r"(?P<hour>\d{1,2})\.(?P<minute>\d{2})(?!\p{N}|[.,]\p{N})")
# The same before a word that says it is a time, as British copy writes it: 19.45 GMT, 19.45
# local time, 19.45 hrs (without it, 19.45 may be a decimal). `_POINT_TIME_HINT` tells a text has one.
_TIME_WORD_AFTER = r"\s?(?:GMT|UTC|BST|CES?T|(?i:local\s+time|hrs))(?!\p{L})"
_POINT_TIME_BEFORE_ITS_WORD = lazy_compile(NUMBER_START + r"(?P<hour>\d{1,2})\.(?P<minute>\d{2})(?=" + _TIME_WORD_AFTER + ")")
_POINT_TIME_HINT = re.compile(r"\d\.\d\d\s?(?:GMT|UTC|BST|CES?T|[Ll]ocal\s+time|hrs)")


@functools.lru_cache(maxsize=None)
def writes_times_with_a_point(locale: Locale) -> bool:
    """Whether the locale's short time format puts a point between hours and minutes (H.mm)."""
    return regex.search(r"[Hh]\.m", locale.time_formats["short"].pattern) is not None


def _time_of(match: regex.Match[str], text: str, twenty_four_hour: bool) -> Time | None:
    """The time a match of `TIME` or `_CLOCK_WORD_TIME` in `text` says, in a locale that reads
    hours and minutes on a 24-hour clock or not; None when it is none (25:00)."""
    groups = match.groupdict()
    hour = int(groups["hour"])
    minute = 30 if groups.get("half") else int(groups["minute"] or 0)
    meridiem = _MERIDIEMS.get((groups.get("meridiem") or "").lower(), "")
    if meridiem == "night":
        meridiem = "a" if hour in _NIGHT_AS_MORNING or hour == 0 else "p"
    if hour == 24 and minute == 0 and not meridiem:  # 24 Uhr, 24:00: the midnight that ends a day
        return Time(match.group().strip(), frozenset({0}), 0, twenty_four_hour=True)
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
        return Time(match.group().strip(), frozenset({hour}), minute, twenty_four_hour=True)
    else:
        hours = frozenset({hour, (hour + 12) % 24}) if hour <= 12 else frozenset({hour})
    return Time(match.group().strip(), hours, minute)


# The languages whose copy writes the 24-hour clock with a dot as well as with a colon, the
# hour and its minutes alone (Polish o godz. 14.30, Russian в 14.30, Italian alle 14.30, Danish
# kl. 14.30, Finnish klo 14.30, Indonesian pukul 20.00, Romanian ora 20.00, Hungarian 20.00-kor);
# German has its Uhr after them, which the time pattern reads.
DOTTED_CLOCK = frozenset("pl ru uk be it cs sk sl hr sr bs bg da nb nn no fi sv nl id ro hu".split())
_DOTTED_TIME = lazy_compile(r"(\d{1,2})\.(\d{2})")


def _on_the_dotted_clock(written: str, time: Time) -> bool:
    """Whether `written` is `time` on a 24-hour clock with a dot (14.30 for 2:30 p.m.): one
    time only, whose hour the source's says (not 8.30 for 8:30, morning or evening)."""
    match = _DOTTED_TIME.fullmatch(written)
    return (match is not None and len(time.hours) == 1 and int(match.group(1)) in time.hours
            and int(match.group(2)) == time.minute)


@functools.lru_cache(maxsize=None)
def on_a_24_hour_clock(locale: Locale) -> bool:
    """Whether the locale writes times on a 24-hour clock: its short time format has H (HH:mm, H.mm), not h (h:mm a)."""
    return "H" in locale.time_formats["short"].pattern


def _time_format(source: str, target: str) -> Issue:
    return Issue("time-format", f"time written differently: {source} → {target}; check it is the same time")
