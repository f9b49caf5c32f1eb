"""Months and dates, quarters and halves of a year: the months a text names in words or writes
in digits, a month put for another (`changed_months`); the dates in digits both sides give,
taken out of the numbers to compare (`without_paired_dates`); the quarter (`changed_quarters`)
and the half of a year or a match (`changed_period_halves`) put for another.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import Final, NamedTuple, TypeVar

import regex
from babel import Locale

from ..ids import bcp47
from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import (
    DATE_WORD_BEFORE, DATE_WORD_REACH, DIGIT_RUN, HEBREW_PREFIXES_BEFORE_A_NAME, KANJI_LANGUAGES, SENTENCE_START, blanked,
    in_any_case, prefix_tree, squashed,
)
from .weekdays import put_for_another
from .number_words import number_said
from .tallies import runs_of_scores

# A Japanese fiscal year by the year it starts in: 2024年度.
FISCAL_YEAR = lazy_compile(r"(?<!\p{N})(\p{Nd}{4})年度")
# The first of a month in words, before the month's name, by language: الأول من يناير, il
# primo aprile, le premier avril, el primero de abril, em primeiro de abril, am ersten April,
# первого апреля.
FIRST_OF_MONTH: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{first})\s+(\p{{L}}+)", regex.IGNORECASE)
    for language, first in {
        "ar": r"الأول\s+من(?:\s+شهر)?", "it": "primo", "fr": "premier", "es": r"primero\s+de", "pt": r"primeiro\s+de",
        "de": "erste[nr]?", "ru": "перво(?:го|е)",
    }.items()
}


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
PERIOD_HALF_HINTS = {
    language: tuple(dict.fromkeys(hint for noun in nouns for hint in in_any_case(noun[1:] if len(noun) > 2 else noun)))
    for language, (_, _, nouns) in _PERIOD_HALVES.items()
}


@functools.lru_cache(maxsize=16)
def period_halves_pattern(language: str) -> regex.Pattern[str]:
    first, second, nouns = _PERIOD_HALVES[language]
    if language == "ar":  # the noun first: الشوط الثاني
        named = r"(?:{noun})\s+(?:{ordinal})(?!\p{{L}})"
    elif language in KANJI_LANGUAGES:
        named = "(?:{ordinal})(?:{noun})"
    else:
        named = r"(?<!\p{{L}})(?:{ordinal})[\s-]*(?:{noun})\p{{L}}*"
    noun = "|".join(nouns)
    return regex.compile(
        f"(?P<h1>{named.format(ordinal=first, noun=noun)})|(?P<h2>{named.format(ordinal=second, noun=noun)})", regex.IGNORECASE
    )


def period_halves(text: str, language: str) -> dict[int, str]:
    """The halves (1, 2) of a year or of a match `text` names, each with its words as written;
    in Japanese and Chinese also a half of the year by its months (1～6月期, 7-12月)."""
    halves: dict[int, str] = {}
    if any(hint in text for hint in PERIOD_HALF_HINTS.get(language, ())):
        for match in period_halves_pattern(language).finditer(text):
            halves.setdefault(2 if match.group("h2") else 1, match.group())
    if language in KANJI_LANGUAGES and "月" in text:
        for match in QUARTER_BY_ITS_MONTHS.finditer(text):
            if (half := _HALVES_BY_THEIR_MONTHS.get((int(match.group(1)), int(match.group(2))))) is not None:
                halves.setdefault(half, match.group())
    return halves


# The halves and the quarters of the year by their first and last months (1～6月期, 7～9月期).
_HALVES_BY_THEIR_MONTHS: Final[Mapping[tuple[int, int], int]] = {(1, 6): 1, (7, 12): 2}
_QUARTERS_BY_THEIR_MONTHS: Final[Mapping[tuple[int, int], int]] = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}


@functools.lru_cache(maxsize=1024)
def source_period_halves(msgid: str, language: str) -> dict[int, str]:
    return period_halves(prose_of(msgid), language)


def changed_period_halves(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The half of a year or of a match put for the other (`in the first half` → `im zweiten
    Halbjahr`, 上半年 → 下半年, `numbers`): both sides name a half, and not the same. The counts
    in words cannot tell, as they leave the first out (one is also an article)."""
    if not (in_source := source_period_halves(msgid, source.language)):
        return []
    return _another_period_named("half", in_source, period_halves(prose_of(msgstr), target.language))


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
    "uk": ((r"перш\p{L}*|(?-i:I)", r"друг\p{L}*|(?-i:II)", r"трет\p{L}*|(?-i:III)", r"четверт\p{L}*|(?-i:IV)"), r"квартал\p{L}*"),
    "cs": ((r"prvn\p{L}*|1\.|(?-i:I)\.?", r"druh\p{L}*|2\.|(?-i:II)\.?", r"třet\p{L}*|3\.|(?-i:III)\.?", r"čtvrt\p{L}*|4\.|(?-i:IV)\.?"),
           r"čtvrtlet\p{L}*"),
    "sk": ((r"prv\p{L}*|1\.|(?-i:I)\.", r"druh\p{L}*|2\.|(?-i:II)\.", r"tret\p{L}*|3\.|(?-i:III)\.", r"štvrt\p{L}*|4\.|(?-i:IV)\."),
           r"štvrťro\p{L}*"),
    "el": ((r"πρώτ\p{L}*|α['΄ʹ’]", r"δεύτερ\p{L}*|β['΄ʹ’]", r"τρίτ\p{L}*|γ['΄ʹ’]", r"τέταρτ\p{L}*|δ['΄ʹ’]"), r"τρίμην\p{L}*"),
    "fi": ((r"ensimmäi\p{L}*|1\.", r"toi\p{L}*|2\.", r"kolma\p{L}*|3\.", r"neljä\p{L}*|4\."), r"(?:vuosi)?neljännek\p{L}*|kvartaali\p{L}*"),
    "hu": ((r"első|1\.|(?-i:I)\.", r"második|2\.|(?-i:II)\.", r"harmadik|3\.|(?-i:III)\.", r"negyedik|4\.|(?-i:IV)\."),
           r"negyedév\p{L}*"),
    "tr": ((r"ilk|birinci", r"ikinci", r"üçüncü", r"dördüncü"), r"çeyre\p{L}*"),
    "sv": ((r"första", r"andra", r"tredje", r"fjärde"), r"kvartal\p{L}*"),
    # The noun first, or (Romanian) either way: trimestrul al treilea, trimestrul III, al treilea
    # trimestru; kuartal ketiga; quý III, quý 3.
    "ro": ((r"primul|(?-i:I)", r"al\s+doilea|(?-i:II)", r"al\s+treilea|(?-i:III)", r"al\s+patrulea|(?-i:IV)"), r"trimestr\p{L}*"),
    "id": ((r"pertama|(?-i:I)|1", r"kedua|(?-i:II)|2", r"ketiga|(?-i:III)|3", r"keempat|(?-i:IV)|4"), r"kuartal|triwulan"),
    "vi": ((r"(?-i:I)|1|một", r"(?-i:II)|2|hai", r"(?-i:III)|3|ba", r"(?-i:IV)|4|bốn|tư"), r"quý"),
}


@functools.lru_cache(maxsize=16)
def _quarters_pattern(language: str) -> regex.Pattern[str]:
    ordinals, noun = _QUARTERS[language]
    if language in ("ar", "he", "id", "vi"):
        named = r"(?<!\p{{L}})(?:{noun})\s+(?:{ordinal})(?![\p{{L}}\p{{N}}])"
    elif language == "ro":
        named = r"(?<!\p{{L}})(?:(?:{noun})\s+(?:{ordinal})(?![\p{{L}}\p{{N}}])|(?:{ordinal})\s+(?:{noun}))"
    elif language in KANJI_LANGUAGES or language == "ko":
        named = r"(?<![\p{{N}}·/])(?:{ordinal})\s?(?:{noun})"
    else:
        named = r"(?<![\p{{L}}\p{{N}}])(?:{ordinal})[\s-]+(?:{noun})"
    letters = "[QT]" if language in ("fr", "ro") else "Q"  # T2: the second trimestre, trimestru
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
    language: tuple(hint for stem in stems for hint in (in_any_case(stem) if stem.isascii() else (stem,)))
    for language, stems in (
        ("en", ("uarter",)), ("de", ("uartal", "iertel")), ("fr", ("rimestre",)), ("es", ("rimestre",)), ("it", ("rimestre",)),
        ("pt", ("rimestre",)), ("nl", ("wartaal",)), ("ru", ("вартал", "ВАРТАЛ")), ("pl", ("warta", "WARTA")), ("ja", ("四半期", "月")),
        ("zh", ("季度", "月")), ("ko", ("분기",)), ("ar", ("ربع",)), ("he", ("רבעון",)), ("uk", ("вартал", "ВАРТАЛ")),
        ("cs", ("tvrtlet", "TVRTLET")), ("sk", ("tvrťro", "TVRŤRO")), ("el", ("ρίμην", "ΡΊΜΗΝ", "ΡΙΜΗΝ")),
        ("fi", ("eljännek", "vartaali")), ("hu", ("egyedév",)), ("tr", ("çeyre", "ÇEYRE", "Çeyre")), ("sv", ("vartal",)),
        ("ro", ("rimestr",)), ("id", ("uartal", "riwulan")), ("vi", ("quý", "Quý", "QUÝ")),
    )
}
_QUARTER_NUMBER_HINT = re.compile("[QT][1-4]")


def quarters_in(text: str, language: str) -> dict[int, str]:
    """The quarters (1 to 4) of a year or of a match `text` names (`_QUARTERS`), each with its
    words as written."""
    if language not in _QUARTERS:
        return {}
    if not any(hint in text for hint in _QUARTER_HINTS[language]) and not _QUARTER_NUMBER_HINT.search(text):
        return {}  # most sentences: no quarter, told without a pattern
    quarters: dict[int, str] = {}
    for match in _quarters_pattern(language).finditer(text):
        quarters.setdefault(int(match.lastgroup[1:]), match.group())
    if language in KANJI_LANGUAGES and "月" in text:
        for match in QUARTER_BY_ITS_MONTHS.finditer(text):
            if (quarter := _QUARTERS_BY_THEIR_MONTHS.get((int(match.group(1)), int(match.group(2))))) is not None:
                quarters.setdefault(quarter, match.group())
    return quarters


@functools.lru_cache(maxsize=1024)
def source_quarters(msgid: str, language: str) -> dict[int, str]:
    return quarters_in(prose_of(msgid), language)


def changed_quarters(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The quarter of a year or of a match put for another (`in the second quarter` → `im ersten
    Quartal`, 第1四半期, 1분기, `numbers`): both sides name a quarter, and not the same."""
    if not (in_source := source_quarters(msgid, source.language)):
        return []
    return _another_period_named("quarter", in_source, quarters_in(prose_of(msgstr), target.language))


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
    in_target = _month_mentions(msgstr, target) + months_in_digits(msgstr) + slashed
    if moved := _moved_days(in_source, in_target, _numbers_in_digits(prose_of(msgid)), prose_of(msgstr)):
        was, now = (", ".join(month.written for month in side) for side in zip(*moved))
        return [Issue("numbers", f"the date: {was} in the source, {now} in the translation")]
    # A month dropped or added by rephrasing (`from April` → `gegenüber dem Vormonat`) is not
    # one month put for another, nor one the source names where it is not read as a month
    # (`the June summit`, which the translation may name `der Gipfel im Juni`).
    named = Counter(month.number for month in in_source)
    return put_for_another(
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
    return frozenset(int(digits) for digits in DIGIT_RUN.findall(text))


def months_in_digits(text: str) -> list[_Month]:
    """The months `text` writes as a number before 月 or 월 (6月5日, 6월 5일), with the day after
    them, the first of a range too (7～9月期), or after Vietnamese tháng (ngày 5 tháng 6, tháng
    6/2027) and in a Vietnamese day and month after ngày (ngày 5/6)."""
    months = []
    if "月" in text or "월" in text:
        months += [
            _Month(int(match.group(1)), int(match.group(2)) if match.group(2) else None, match.group())
            for match in _MONTH_AND_DAY_IN_DIGITS.finditer(text)
        ]
        months += [_Month(int(match.group(1)), None, match.group(1)) for match in _MONTH_RANGE_START.finditer(text)]
    if _VIETNAMESE_HINT.search(text):
        months += [
            _Month(int(match.group("month")), int(match.group("day")) if match.group("day") else None, match.group())
            for pattern in (_VIETNAMESE_MONTH, _VIETNAMESE_DAY_AND_MONTH) for match in pattern.finditer(text)
        ]
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


# Vietnamese names a month by its number after tháng (tháng 6, ngày 15 tháng 6, tháng 6/2027;
# not 6 tháng, six months), and writes a day and month after ngày with a slash (ngày 12/3).
_VIETNAMESE_HINT = regex.compile(r"(?i:tháng|ngày)")
_VIETNAMESE_MONTH = lazy_compile(
    r"(?:(?<!\p{L})ngày\s+(?P<day>\p{Nd}{1,2})\s+)?(?<!\p{L})tháng\s+(?P<month>\p{Nd}{1,2})(?!\p{Nd}|[.,]\p{Nd})", regex.IGNORECASE
)
_VIETNAMESE_DAY_AND_MONTH = lazy_compile(r"(?<!\p{L})ngày\s+(?P<day>\p{Nd}{1,2})/(?P<month>\p{Nd}{1,2})(?![\p{Nd}/])", regex.IGNORECASE)
# A month in digits before 月 or 월 and the day after it: 6月, 6月5日, 6월 5일, 6月5号.
_MONTH_AND_DAY_IN_DIGITS = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?[月월](?:\s?(\p{Nd}{1,2})\s?[日일号號])?")
# The first month of a range the translation writes in digits: the 7 of 7～9月, 7至9月.
_MONTH_RANGE_START = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?[～〜~\-–至到]\s?(?=\p{Nd}{1,2}\s?[月월])")


@functools.lru_cache(maxsize=1024)
def _source_month_mentions(msgid: str, source: Locale) -> tuple[_Month, ...]:
    return tuple(_month_mentions(msgid, source))


@functools.lru_cache(maxsize=1024)
def _source_month_words(msgid: str, source: Locale) -> Counter[int]:
    """Every word of a msgid that may name a month, read as one or not (May, the June summit)."""
    names, full_names = month_names(source), _full_month_names(source)
    words = (match.group("month").casefold() for match in _month_name_pattern(source).finditer(prose_of(msgid)))
    return Counter(full_names.get(word) or names[word] for word in words)


# A quarter named by its months, as Japanese and Chinese write it: 7～9月期, 7月から9月期, 7-9月,
# 1月至3月, 1到3月.
QUARTER_BY_ITS_MONTHS = lazy_compile(
    r"(?<![\p{Nd}.,])(\p{Nd}{1,2})\s?月?\s?(?:[～〜~\-–]|から|至|到)\s?(\p{Nd}{1,2})\s?月(?P<period>期)?(?![\p{Nd}日号號])"
)
# A Korean quarter written as one of four, as it was before 2분기: 2·4분기, 2/4분기.
KOREAN_QUARTER_OF_FOUR = lazy_compile(r"(?<![\p{N}.,])([1-4])\s?[·/]\s?4\s?분기")
# A span of months in digits, in the languages a source is written in: 1-3 months, 1 to 3
# months, between 1 and 3 months, 1 bis 3 Monate, de 1 à 3 mois, de 1 a 3 meses.
_SPAN_OF_MONTHS = lazy_compile(
    r"(?<![\p{N}.,])(\p{Nd}{1,2})\s?(?:[-–]|\s(?:to|and|or|bis|und|à|et|a|y|e|tot|en)\s)\s?(\p{Nd}{1,2})"
    r"[\s-](?:months?|Monate[n]?|mois|mes(?:es|i|e)|maand(?:en)?)(?!\p{L})",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def spans_of_months(text: str) -> frozenset[tuple[int, int]]:
    """Both ends of each span of months `text` writes in digits (`_SPAN_OF_MONTHS`)."""
    return frozenset((int(first), int(last)) for first, last in _SPAN_OF_MONTHS.findall(text))


def quarter_of_months(match: regex.Match[str], source_spans: frozenset[tuple[int, int]]) -> str:
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


# A month as a number: 11月 and 11월, or the middle of 24.11.2026 (the first of 11/24/2026).
_MONTH_NUMBER = lazy_compile(r"(?<!\p{Nd})(\p{Nd}{1,2})\s?(?=[月월])")
_NUMERIC_DATE = lazy_compile(
    r"(?<![\p{Nd}.,])(?:(\p{Nd}{1,2})([./-])(\p{Nd}{1,2})\2(\p{Nd}{4})|(\p{Nd}{4})-(\p{Nd}{1,2})-(\p{Nd}{1,2})|(\p{Nd}{1,2})\.(\p{Nd}{1,2})\.)(?!\p{Nd})"
)


def without_month_numbers(text: str, months: frozenset[int], locale: Locale) -> str:
    """`text` with each number that writes one of `months` left out: `2027年1月` is the
    year of `Jan. 2027`, `24.11.2026` the day and year of `Nov. 24, 2026`, the 7 of `7～9月`
    the first month of `July to September`. A date with slashes is read in the locale's
    order: 6/10/2026 is 10 June in en-US, 6 October in es (and no date of June there)."""
    if "月" in text or "월" in text:
        text = _MONTH_RANGE_START.sub(lambda match: " " if int(match.group(1)) in months else match.group(), text)
    if _VIETNAMESE_HINT.search(text):
        for pattern in (_VIETNAMESE_MONTH, _VIETNAMESE_DAY_AND_MONTH):
            text = pattern.sub(lambda match: _without_group(match, "month") if int(match.group("month")) in months else match.group(), text)
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


def _without_group(match: regex.Match[str], group: str) -> str:
    """What `match` matched, without what its `group` did."""
    start, end = match.span(group)
    return match.string[match.start() : start] + match.string[end : match.end()]

@functools.lru_cache(maxsize=64)
def month_names(locale: Locale) -> dict[str, int]:
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


def without_paired_dates(msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[str, str, list[Issue]]:
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
    msgid, msgstr = blanked(msgid, source_spans), blanked(msgstr, target_spans)
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


def _without_paired_days_of_months(msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[str, str, list[Issue]]:
    """Both texts without the days of a month in digits they both give without the year, each
    read as its locale writes dates (`20.10.` → `10月20日`, `10월 20일`, `20/10` in British English,
    `10/20` in American). Where neither side says it is a date (`DATE_WORD_BEFORE`), those
    written alike are left to compare as numbers, as a decimal at the end of an English
    sentence (rose to 20.10.) may look like one, and a slash on both sides with two numbers
    that may each be the month is not paired, as a score may look like one (won 6/4 → 4/6 in
    en-US); a day past the 12th says it is a date (by 10/20 → 20/10, 20.10.). So is a day of
    another month, whose numbers are then missing, but where the translation has the source's
    digits in the other order (3.4. → 3/4 in en-US, which reads March 4), an issue says so."""
    if not (in_source := list(_source_days_of_months(msgid, source))):
        return msgid, msgstr, []

    def read(match: regex.Match[str]) -> tuple[frozenset[tuple[int, int]], str, bool, bool]:
        return (_day_of_month_readings(match, target), squashed(match.group()), match.group("first") is not None,
                DATE_WORD_BEFORE.search(msgstr, max(0, match.start() - DATE_WORD_REACH), match.start()) is not None)

    def same(reading: tuple[frozenset[tuple[int, int]], str, bool, bool], day: _SourceDate) -> bool:
        (readings, written, slashed, dated), (days, (start, _), source_written) = reading, day
        if not (both := days & readings):
            return False
        alike = squashed(source_written) == written
        if not alike and not (slashed and "/" in source_written and all(day <= 12 for _, day in both)):
            return True  # 20.10. → 10月20日, 20/10 → 10/20: only a date is written so
        return dated or DATE_WORD_BEFORE.search(msgid, max(0, start - DATE_WORD_REACH), start) is not None

    source_spans, target_spans, unpaired = _paired_dates(_DAY_OF_MONTH.finditer(msgstr), in_source, read, same)
    issues = []
    for match in unpaired:
        digits = sorted(DIGIT_RUN.findall(match.group()))
        twin = next((index for index, (_, _, written) in enumerate(in_source)
                     if sorted(DIGIT_RUN.findall(written)) == digits and squashed(written) != squashed(match.group())), None)
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
    return blanked(msgid, source_spans), blanked(msgstr, target_spans), issues


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
                 if slashed and squashed(source_written) == written and days and readings and not days & readings
                 and (dated or DATE_WORD_BEFORE.search(msgid, max(0, start - DATE_WORD_REACH), start) is not None)), None)
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
    scores = [run.span for run in runs_of_scores(msgid)] if source.language == "en" and "/" in msgid else []
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


def months_named(text: str, locale: Locale) -> frozenset[int]:
    """The months `text` names in words."""
    return frozenset(month.number for month in _month_mentions(text, locale))


def _month_mentions(text: str, locale: Locale) -> list[_Month]:
    """The months `text` names in words beside a number (`Nov. 24`, `24 November`, `Jan.
    2027`), or alone by their full name (`in June`, `en juin`, `в июне`, `在六月`); an
    abbreviation alone is no month (`Jan` is also a name). The day beside a month is read
    where the locale writes it: before it (24 novembre, 24. November, 24 de noviembre), and
    after it in English and in hanzi (Nov. 24, 十一月二十四日)."""
    names, full_names = month_names(locale), _full_month_names(locale)
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
        number = number_said(day.group("day"), locale.language) if day is not None else None
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
    **dict.fromkeys(KANJI_LANGUAGES, lazy_compile(r"\s?(?P<day>\p{Nd}{1,2}|[一二三四五六七八九十]{1,3})\s?[日号號]")),
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
        if locale.months["format"]["wide"][1].islower() and not SENTENCE_START.search(prose[:start]):
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
_NUMBER_BEFORE = lazy_compile(r"\p{Nd}\.?\s$")  # 24 November, 24. November
_NUMBER_AFTER = lazy_compile(r"\.?,?\s\p{Nd}")  # Nov. 24, Jan. 2027, June 2


@functools.lru_cache(maxsize=64)
def _month_name_pattern(locale: Locale) -> regex.Pattern[str]:
    # Japanese names its months in digits only (6月): `months_in_digits` reads those.
    # As the names are written (Μαΐου, जनवरी): casefolded, some take letters apart into a letter and
    # its marks (Μαΐου), which the pattern's case-insensitive match would not find.
    written = {name.lower().rstrip(".") for context in ("format", "stand-alone") for width in ("wide", "abbreviated")
               for name in locale.months[context][width].values()}
    words = prefix_tree({*(name for name in written | month_names(locale).keys() if _in_letters(name)),
                         *_full_month_names(locale)}) or "(?!)"
    if locale.language in KANJI_LANGUAGES:
        # 在六月, without spaces between words; not the 一月 of 十一月.
        return regex.compile(f"(?<![〇一二三四五六七八九十两])(?P<month>{words})")
    return regex.compile(rf"(?<!\p{{L}}){_MONTH_PREFIXES.get(locale.language, '')}(?P<month>{words})(?!\p{{L}})", regex.IGNORECASE)


# The words Arabic and Hebrew join before a month: and (و), so (ف), by (ب), for (ل): ويونيو,
# لأكتوبر; באוקטובר.
_MONTH_PREFIXES: Final[Mapping[str, str]] = {"ar": "[وف]?[بل]?", "he": HEBREW_PREFIXES_BEFORE_A_NAME}


# A month alone in the cases a sentence gives it besides those of a date: в июне, к июню, с
# июнем; w czerwcu, z czerwcem.
_MONTH_CASES: Final[Mapping[str, tuple[tuple[str, ...], ...]]] = {
    "ru": (
        ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"),
        ("январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу", "сентябрю", "октябрю", "ноябрю", "декабрю"),
        ("январём", "февралём", "мартом", "апрелем", "маем", "июнем", "июлем", "августом", "сентябрём", "октябрём", "ноябрём",
         "декабрём"),
    ),
    # τον Μάιο, από τον Ιούνιο
    "el": (
        ("Ιανουάριο", "Φεβρουάριο", "Μάρτιο", "Απρίλιο", "Μάιο", "Ιούνιο", "Ιούλιο", "Αύγουστο", "Σεπτέμβριο", "Οκτώβριο",
         "Νοέμβριο", "Δεκέμβριο"),
    ),
    # v lednu, v červenci
    "cs": (
        ("lednu", "únoru", "březnu", "dubnu", "květnu", "červnu", "červenci", "srpnu", "září", "říjnu", "listopadu", "prosinci"),
    ),
    "pl": (
        ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu", "październiku",
         "listopadzie", "grudniu"),
        ("styczniem", "lutym", "marcem", "kwietniem", "majem", "czerwcem", "lipcem", "sierpniem", "wrześniem", "październikiem",
         "listopadem", "grudniem"),
    ),
}


def _in_letters(name: str) -> bool:
    """Whether a month's name is written in letters and their marks (the vowel signs of जनवरी),
    not with a number (tháng 1, 1月), which `months_in_digits` reads."""
    return all(character.isalpha() or unicodedata.category(character).startswith("M") for character in name)

@functools.lru_cache(maxsize=64)
def _full_month_names(locale: Locale) -> dict[str, int]:
    """The locale's full month names in letters (not 11月, a number's to read), in the cases a
    sentence gives them, casefolded, and the number of each."""
    names = {
        name.casefold(): number for context in ("format", "stand-alone") for number, name in locale.months[context]["wide"].items()
        if _in_letters(name)
    }
    for case in _MONTH_CASES.get(locale.language, ()):
        # январём is also written январем.
        names.update((spelling.casefold(), number) for number, name in enumerate(case, start=1)
                     for spelling in (name, name.replace("ё", "е")))
    return names
