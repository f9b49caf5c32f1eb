"""The weekdays a text names, in the forms each language writes them in (declined, with a
prefix, in kanji), and a day the translation put for another (`changed_weekdays`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping
from typing import Final, Literal

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import HEBREW_PREFIXES_BEFORE_A_NAME, KANJI_LANGUAGES, SENTENCE_START


def put_for_another(
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


def changed_weekdays(msgid: str, msgstr: str, source: Locale, target: Locale, *, a_day_apart: bool = False) -> list[Issue]:
    """A day moved to another (`on Saturday` → `am Sonntag`, `day-changed`): the weekdays
    both sides name differ. A day dropped or added by rephrasing (`on Saturday` → `am
    Wochenende`) is not one day put for another. With `a_day_apart` (a time converted into
    another zone, which may pass midnight: 10:30 p.m. ET on Friday is samedi à 4 h 30 in Paris),
    the day before or after each of the source's is the translation's to name."""
    in_source = _source_weekdays(msgid, source)
    if not in_source:
        return []  # most sentences: no weekday
    in_target = _weekdays_named(msgstr, target)
    if a_day_apart and sum(in_target.values()) == sum(in_source.values()) and all(
            any((day - named) % 7 in (0, 1, 6) for named in in_source) for day in in_target):
        return []
    return put_for_another("day-changed", "days", in_source, in_target, source, target, Counter())


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
            and not SENTENCE_START.search(prose, 0, match.start())
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
WEEKDAYS_BY_NUMBER = frozenset({"pt", "ar"})


@functools.lru_cache(maxsize=4)
def weekday_names(language: str) -> regex.Pattern[str]:
    return _weekday_pattern(Locale(language))[0]


# The case endings of Russian and Polish weekday names, by how the name ends: в субботу, во
# вторник, в воскресенье, w środę, we wtorek, w piątku. Only these: среди (among) and środek
# (middle) begin as среда and środa do.
_WEEKDAY_ENDINGS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "ru": (("а", "(?:а|у|ы|е|ой|ам)"), ("е", "(?:е|я|ю|ем|ям)"), ("", "(?:|а|у|ом|е|и|ам)")),
    "pl": (("a", "(?:a|ę|y|zie|ie|cie|ą|e)"), ("ek", "(?:ek|ku|kiem|ki)"), ("", "(?:|u|em|i)")),
}


# A weekday's adjective, by the day's number from Monday, and its endings: субботнее голосование,
# воскресные выборы, sobotnie głosowanie, niedzielny mecz (Saturday's vote, Sunday's election).
# Not Wednesday's in Russian: средовой is of the environment.
_WEEKDAY_ADJECTIVES: Final[Mapping[str, tuple[Mapping[int, str], str]]] = {
    "ru": ({0: "понедельничн", 1: "вторничн", 3: "четвергов", 4: "пятничн", 5: "субботн", 6: "воскресн"},
           "(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми|ий|яя|ее|ие|его|ей|ему|им|ем|юю|их|ими)"),
    "pl": ({0: "poniedziałkow", 1: "wtorkow", 2: "środow", 3: "czwartkow", 4: "piątkow", 5: "sobotn", 6: "niedzieln"},
           "(?:y|a|e|ego|ej|emu|ym|ą|ych|ymi|i|ia|ie|iego|iej|iemu|im|ią|ich|imi)"),
}


def _declined(name: str, language: str) -> str:
    """A weekday name as a pattern of its cases (the name itself in other languages)."""
    for ending, cases in _WEEKDAY_ENDINGS.get(language, ()):
        if name.endswith(ending):
            return regex.escape(name[: len(name) - len(ending)]) + cases
    return regex.escape(name)


# The cases and adjectives of weekday names that CLDR's do not begin, by the day's number from
# Monday: Greek's genitive (της Τρίτης, του Σαββάτου), Czech's cases and adjectives (ve středu, ve
# čtvrtek, úterní jednání), Finnish's genitive (tiistain kokous).
_OTHER_FORMS: Final[Mapping[str, Mapping[int, tuple[str, ...]]]] = {
    "el": {0: ("Δευτέρας",), 1: ("Τρίτης",), 2: ("Τετάρτης",), 3: ("Πέμπτης",), 4: ("Παρασκευής",), 5: ("Σαββάτου",),
           6: ("Κυριακής",)},
    "cs": {0: (r"pondělní\p{L}*",), 1: (r"úterní\p{L}*",), 2: (r"střed(?:u|y|ě|ou|eční\p{L}*)",),
           3: (r"čtvrt(?:ku|kem|ky|eční\p{L}*)",), 4: (r"pát(?:ku|kem|ky|eční\p{L}*)",), 5: (r"sobot(?:u|y|ě|ou|ní\p{L}*)",),
           6: (r"neděl(?:i|í|ní\p{L}*)",)},
    "fi": {0: ("maanantain",), 1: ("tiistain",), 2: ("keskiviikon",), 3: ("torstain",), 4: ("perjantain",), 5: ("lauantain",),
           6: ("sunnuntain",)},
}

# Where a weekday's name starts and ends: anywhere between hanzi and kana; in Korean before a
# particle (화요일에); in Hebrew after a prefix.
_WEEKDAY_BOUNDARIES: Final[Mapping[str, tuple[str, str]]] = {
    **dict.fromkeys(KANJI_LANGUAGES, ("", "")),
    "ko": (r"(?<!\p{L})", ""),
    "he": (rf"(?<!\p{{L}}){HEBREW_PREFIXES_BEFORE_A_NAME}", r"(?!\p{L})"),
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
                stems, endings = _WEEKDAY_ADJECTIVES[locale.language]
                if day in stems:
                    forms.add(regex.escape(stems[day]) + endings)
            elif locale.language in KANJI_LANGUAGES:
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
            elif locale.language in ("sv", "da", "nb", "nn", "no"):
                forms.add(regex.escape(name) + "(?:en|ens|s)?")  # på måndagen, måndagens, i måndags
            else:
                forms.add(regex.escape(name) + "s?")  # Saturdays
        forms.update(_OTHER_FORMS.get(locale.language, {}).get(day, ()))
        group = f"d{day}"
        days[group] = day
        boundary = _WEEKDAY_BOUNDARIES.get(locale.language, (r"(?<!\p{L})", r"(?!\p{L})"))
        written = f"{boundary[0]}(?:{'|'.join(sorted(forms, key=len, reverse=True))}){boundary[1]}"
        if (day_of_month := _DAY_OF_MONTH_MARKS.get(locale.language)) is not None:
            written += rf"|(?<={day_of_month}\s?)[（(]{regex.escape(locale.days['format']['abbreviated'][day])}{_HOLIDAY_MARK}[）)]"
        alternatives.append(f"(?P<{group}>{written})")
    return regex.compile("|".join(alternatives), regex.IGNORECASE), days
