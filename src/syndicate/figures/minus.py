"""A minus the source writes that the translation drops (`dropped_minus`: `-8C` → `8 °C`),
and the minus signs either side may write.
"""

from __future__ import annotations

import functools
from decimal import Decimal

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import numbers_in_place, plain

# A minus as translations write it before a number: a sign (an en dash too, as German
# typography sets one), or a word (moins 8, menos 8, минус 8, 零下8度, マイナス8度, 氷点下8度, 영하 8도).
A_MINUS = (r"[-\u2212\u2013]|(?<!\p{L})(?:minus|moins|menos|meno|menys|минус|мінус|eksi|ناقص|سالب|[לבו]?מינוס)\s*|零下|マイナス|氷点下|마이너스\s?"
            r"|영하\s?")


# A minus sign right before a number of the source: a hyphen or U+2212, not inside a word or
# a range (COVID-19, 2-1), or the word minus; not a margin (plus or minus 3, +/-3).
_SOURCE_MINUS = lazy_compile(r"(?:(?<![\p{L}\p{N}/])[-\u2212]|(?<!\p{L})(?<!plus or )minus\s+)$", regex.IGNORECASE)
TARGET_MINUS = lazy_compile(rf"(?:{A_MINUS})$", regex.IGNORECASE)
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
         or TARGET_MINUS.search(translation, max(0, match.start() - 12), match.start()) is not None)
        for value, match in numbers_in_place(translation, target)
    }
    dropped = sorted(value for value in negative if (value, False) in in_target and (value, True) not in in_target)
    if not dropped:
        return []
    issues = []
    for check, values in (("numbers", [value for value in dropped if negative[value]]),
                          ("minus-dropped", [value for value in dropped if not negative[value]])):
        if values:
            issues.append(Issue(check, f"the source's {', '.join(f'-{plain(value)}' for value in values)} is negative: "
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
    for value, match in numbers_in_place(prose, source):
        if _SOURCE_MINUS.search(prose, max(0, match.start() - 12), match.start()):
            negative[value] = negative.get(value, False) or _TEMPERATURE_AFTER.match(prose, match.end()) is not None
    return negative
