"""What the readers of figures share: a number and a time as read (`Number`, `Time`); a
locale's digits, decimal sign and group separator as babel's CLDR symbols give them
(`symbols`), which read a number as the locale writes it (`decimal_value`), write one so
(`formatted`) and find the numbers of a text where they stand (`numbers_in_place`); a
table's figures written as the target writes them (`figure_in_locale`); and what finds words
in a text (`prefix_tree`, `in_any_case`, `blanked`), the prefixes Hebrew and Arabic join to
a word, the word before a date and the pool the numbers and the times are paired from.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Generic, Hashable, TypeVar

import regex
from babel import Locale
from babel.core import get_global
from babel.numbers import NumberFormatError, format_decimal, format_percent, get_decimal_symbol, get_group_symbol, parse_decimal, parse_pattern

from ..lazy_regex import lazy_compile

DIGIT_RUN = lazy_compile(r"\p{Nd}+")
WHITESPACE = lazy_compile(r"\s+")


def in_any_case(hint: str) -> tuple[str, str]:
    """What tells a sentence may have a word, before a pattern that reads it in any case is
    tried: `hint`, all of the word but its first letter, which a sentence may capitalise, as
    written and in capitals, as a headline writes it (ozen and OZEN for Dozen, TWO DOZEN)."""
    return hint, hint.upper()


NO_HINTS = ("\0", "\0")


@dataclass(frozen=True)
class Time:
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
class Number:
    text: str
    value: Decimal | None  # None: not a number in the locale (a date such as 24.11.2026)
    scaled: Decimal | None = None  # with the scale word after it: 3.5 million, 350万
    amount: str = ""  # the number with its scale word, as written: 3.5 million, 350万
    decade: bool = False  # the two last digits of a decade's years: 90er for the 1990s
    measure: bool = False  # either end of a range of a measure (9～17km): no time's hour written without its clock's word

    @property
    def key(self) -> Decimal | str:
        return self.value if self.value is not None else self.text


# Where a number may start: not inside a word such as A320 or G7 (in Chinese and Japanese
# digits do stand right after a character, and in Arabic after a prefix letter, with or
# without a tatweel: بـ٢٫٨, ب15, لـ12, و3), nor inside another number.
# A number as any locale may write it, whose value `decimal_value` reads as the locale does: its
# thousands grouped by a point, a comma, an apostrophe or a space (1,200, 1.200, 1'200, 1 200),
# or not, and its decimals (3.5, 3,5).
ANY_NUMBER = r"\p{Nd}{1,3}(?:[.,'\u00a0\u202f ]\p{Nd}{3})+(?:[.,]\p{Nd}+)?(?!\p{Nd})|\p{Nd}+(?:[.,]\p{Nd}+)?"
NUMBER_START = r"(?<![\p{N}_])(?<!(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\u0640])\p{L})(?<!\p{N}[.,'’])"
_SPACE_GROUPS = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin space group digits anywhere (SI)
# A plain space groups the digits of a number of five digits or more in any locale (12 500, as
# German DIN 5008 has it); in a shorter one only where CLDR says so (1 200 in French), as
# elsewhere it may stand between two numbers.
# Not before a hyphen or a Latin letter: `the 10 100-metre finalists` are ten.
_SPACE_GROUPED = r"(?:\p{Nd}{2,3}(?: \p{Nd}{3})+|\p{Nd}(?: \p{Nd}{3}){2,})(?![\p{Nd}\p{Latin}‐-])"
_GROUP_SEPARATORS = lazy_compile(rf"[ {_SPACE_GROUPS}'’]")


# The words Arabic and Hebrew join to the word after. Arabic: `and` (و), `with, by` (ب) and
# `for` (ل): واحد وعشرون is twenty-one, بخمسة by five, لثلاث سنوات for three years. Hebrew:
# `and` (ו), `the` (ה), `in` (ב), `to` (ל), `from` (מ), `that` (ש) and `about` (כ), alone or
# two together: ושלושה, לשתי, מהשלושה, כעשרה (about ten).
JOINED_PREFIXES: Final[Mapping[str, tuple[str, ...]]] = {
    "ar": ("و", "ب", "ل"),
    "he": ("ו", "ה", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "ומ", "וש", "וכ", "מה", "שה", "שב", "של", "שמ", "שכ", "לכ", "ומה", "ושה"),
}
WORD = lazy_compile(r"\p{L}+")


@functools.lru_cache(maxsize=64)
def words_of(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern that finds any of `words`, whole and in any case: one scan of a sentence
    that has none of them, as most have, instead of a lookup of each of its words."""
    return regex.compile(rf"(?<!\p{{L}})(?:{prefix_tree(words) if words else '(?!)'})(?!\p{{L}})", regex.IGNORECASE)


def prefix_tree(words: Iterable[str]) -> str:
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


KANJI_LANGUAGES = frozenset({"ja", "zh"})


def numbers_in_place(text: str, locale: Locale) -> Iterator[tuple[Decimal, regex.Match[str]]]:
    """Each number of `text` with its value and its place, to read what stands around it."""
    for match in number_pattern(locale).finditer(text):
        if (value := decimal_value(match.group(), locale)) is not None:
            yield value, match


# The prefixes Hebrew joins to the name of a day or a month, which takes no article: ביום
# שני, וביום שני, שבמרץ, מנובמבר (היום is today).
HEBREW_PREFIXES_BEFORE_A_NAME = f"(?:{'|'.join(prefix for prefix in JOINED_PREFIXES['he'] if 'ה' not in prefix)})?"


# A word that says a date follows: on 20.10., due 5/11, until 5/11, am 20.10., le 20/10, op 20/10,
# am Montag, dem 20.10., on Monday 20/10 (not `to` or `by`, before a decimal or a fraction as
# often: rose to 20.10., cut by 3/4).
DATE_WORD_BEFORE = lazy_compile(
    r"(?<!\p{L})(?:on|due|dated|until|till|since|am|vom|zum|den|dem|le|du|au|el|il|op|dia)\s+(?:(?-i:\p{Lu})\p{L}+,?\s+(?:(?:the|dem|den)\s+)?)?$",
    regex.IGNORECASE,
)
DATE_WORD_REACH = 30  # characters before a date in which its word is read


def blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


SENTENCE_START = lazy_compile(r"(?:^|[.!?:…])[\s\p{Pi}\p{Ps}\p{Po}\p{Pd}]*$")


_Item = TypeVar("_Item")


class Pool(Generic[_Item]):
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


def blanked_in_place(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with spaces for the spans, which keeps where everything else is."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]


@functools.lru_cache(maxsize=None)
def number_pattern(locale: Locale) -> regex.Pattern[str]:
    """Digits with their decimal and group separators."""
    spaces = _SPACE_GROUPS + (" " if symbols(locale)[0].isspace() else "")
    return regex.compile(
        NUMBER_START + rf"(?:{_SPACE_GROUPED}|\p{{Nd}}+)(?:[.,]\p{{Nd}}+|[{spaces}'’]\p{{Nd}}{{3}}(?!\p{{Nd}}))*"
    )


@functools.lru_cache(maxsize=4096)
def decimal_value(text: str, locale: Locale) -> Decimal | None:
    """The value of `text` in `locale`, by CLDR's symbols; None when it is no number there."""
    ascii_digits = text if text.isascii() else "".join(str(int(char)) if char.isdecimal() else char for char in text)
    if ascii_digits.isdigit():
        return Decimal(ascii_digits)  # no separator: what babel would parse too, without its checks
    # Space and apostrophe only ever group digits: write them as the locale's own group symbol.
    group, decimal = symbols(locale)
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
def symbols(locale: Locale) -> tuple[str, str]:
    """The group and decimal symbols the locale's numbers are written with (babel looks them up
    anew on every call)."""
    group = get_group_symbol(locale)
    return _TYPOGRAPHIC_GROUP.get(group, group), get_decimal_symbol(locale)


def with_arabic_separators_as_the_locales(text: str, locale: Locale) -> str:
    """`text` with Arabic's own decimal and group separators (٣٫٥, ١٬٢٠٠, Persian ۲٫۵) as the
    locale's Latin ones, which the number patterns read; each is one character, so every place
    in `text` stays where it was."""
    if "\u066b" not in text and "\u066c" not in text:
        return text
    group, decimal = symbols(locale)
    return text.translate({0x066B: decimal, 0x066C: group})


def formatted(value: Decimal, locale: Locale, format: str | None = None, *, grouped: bool = True, quantized: bool = True) -> str:
    """babel's `format_decimal`, digits grouped with the symbol of `symbols`."""
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
        return symbols(locale)[0].join([digits, *groups])

    return _WHOLE_DIGITS.sub(grouped_digits, written, count=1)


@functools.lru_cache(maxsize=None)
def _standard_number(locale: Locale) -> re.Pattern[str] | None:
    """A number grouped by thousands with the locale's symbols (1.200,5 in de), where the
    locale groups by thousands (not en-IN's 12,34,567); None elsewhere."""
    if locale.decimal_formats.get(None) is None or locale.decimal_formats[None].grouping != (3, 3):
        return None
    group, decimal = map(re.escape, symbols(locale))
    return re.compile(rf"(?:[1-9][0-9]{{0,2}}(?:{group}[0-9]{{3}})+|[0-9]+)(?:{decimal}[0-9]+)?")


def plain(value: Decimal, grouped: bool = False) -> str:
    return format(value.normalize(), ",f" if grouped else "f")


def digit_runs(text: str) -> tuple[int, ...]:
    return tuple(int(run) for run in DIGIT_RUN.findall(text))


def squashed(text: str) -> str:
    return WHITESPACE.sub("", text)


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
CURRENCY_BEFORE = lazy_compile(r"\p{Sc}\s?$")
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
    _, decimal = symbols(source)
    whole, mark, decimals = number.partition(decimal)
    if not (mark and whole.isdecimal() and decimals.isdecimal()):
        return False
    if decimal != ".":
        return True  # 12,5: times and dates are written with points and colons
    text, start, end = figure.string, figure.start(), figure.end()
    if _TRAILING_DOT.match(text, end) or _CLOCK_BEFORE.search(text, 0, start):
        return False
    if CURRENCY_BEFORE.search(text, 0, start) or _CURRENCY_AFTER.match(text, end) or _SIGN_BEFORE.search(text, 0, start):
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
    group, _ = symbols(source)
    grouped = group in number and _SOURCE_GROUPING.fullmatch(number.replace(group, "G")) is not None
    return grouped or bool(figure.group("percent")) or _a_decimal(figure, number, source, among_numbers=among_numbers)


def _source_digits(number: str, source: Locale) -> str:
    """A figure's digits with any space (French) or apostrophe (Swiss German) between them
    written as the source locale's own group symbol."""
    group, _ = symbols(source)
    return _SPACE_OR_APOSTROPHE.sub(group, number) if _SPACE_OR_APOSTROPHE.fullmatch(group) else number


def _figure_in_locale(figure: regex.Match[str], source: Locale, target: Locale, among_numbers: bool) -> str:
    if not _only_a_number(figure, source, among_numbers):
        return figure.group()
    number = _source_digits(figure.group("number"), source)
    value = decimal_value(number, source)
    if value is None:
        return figure.group()
    decimals = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    pattern = target.decimal_formats[None]
    whole = pattern.pattern.split(";")[0].split(".")[0]
    separated = abs(value).adjusted() + 1 >= pattern.grouping[0] + _minimum_grouping_digits(target)  # enough whole digits
    written = formatted(value, target, whole + ("." + "0" * decimals if decimals else ""), grouped=separated)
    if figure.group("percent"):
        percent = format_percent(Decimal(1), locale=target)  # `100 %`, `100%`, `%100`: where the sign goes
        written = percent.replace(format_decimal(100, locale=target), written)
    return written
