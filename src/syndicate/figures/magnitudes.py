"""A crowd or an amount counted by its order of magnitude, as news counts what it cannot count:
hundreds, thousands, tens of thousands of people (Hunderte, des milliers, decenas de miles).
A translation that says another order (`Hundreds marched` → `Tausende marschierten`) changes
the news ten times over with no digit to compare (`changed_magnitudes`).

Only the vague plurals are read, with `several` and `some` before them (mehrere hundert,
plusieurs centaines); a number (`3 Millionen`, `two thousand`) is the numbers' to compare, but
for a round number said in words that the translation says as another in words (`A thousand
protesters` → `Zehntausend Demonstranten`, `changed_round_numbers`), which no digit shows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

import regex
from babel import Locale

from ..issues import Issue
from ..placeholders import prose_of
from .digits import numbers_stated
from .number_words import NUMBER_WORDS, words_and_numbers

# Each language's words of an order of magnitude, by its power of ten. A scale word after a
# number is no magnitude of its own (`3 Millionen`): the lookbehind in `_pattern` leaves it out.
_MAGNITUDES: Final[Mapping[str, Mapping[int, str]]] = {
    "en": {2: r"hundreds|(?:several|a\s+few)\s+hundred", 3: r"thousands|(?:several|a\s+few)\s+thousand", 4: r"tens\s+of\s+thousands", 5: r"hundreds\s+of\s+thousands", 6: r"millions",
           7: r"tens\s+of\s+millions", 8: r"hundreds\s+of\s+millions"},
    "de": {2: r"Hunderte[n]?|(?:mehrere|einige|ein\s+paar)\s+[Hh]undert", 3: r"Tausende[n]?|(?:mehrere|einige|ein\s+paar)\s+[Tt]ausend",
           4: r"Zehntausende[n]?", 5: r"Hunderttausende[n]?", 6: r"Millionen", 7: r"zig\s+Millionen|Dutzende[n]?\s+Millionen"},
    "fr": {2: r"(?:des|plusieurs|quelques)\s+centaines", 3: r"(?:des|plusieurs|quelques)\s+milliers",
           4: r"(?:des|plusieurs|quelques)\s+dizaines\s+de\s+milliers", 5: r"(?:des|plusieurs|quelques)\s+centaines\s+de\s+milliers",
           6: r"(?:des|plusieurs|quelques)\s+millions", 7: r"(?:des|plusieurs)\s+dizaines\s+de\s+millions"},
    "es": {2: r"cientos|centenares", 3: r"miles", 4: r"decenas\s+de\s+miles", 5: r"(?:cientos|centenares)\s+de\s+miles",
           6: r"millones", 7: r"decenas\s+de\s+millones"},
    "it": {2: r"centinaia", 3: r"migliaia", 4: r"decine\s+di\s+migliaia", 5: r"centinaia\s+di\s+migliaia", 6: r"milioni",
           7: r"decine\s+di\s+milioni"},
    "pt": {2: r"centenas", 3: r"milhares", 4: r"dezenas\s+de\s+milhares", 5: r"centenas\s+de\s+milhares", 6: r"milhões",
           7: r"dezenas\s+de\s+milhões"},
    "nl": {2: r"honderden", 3: r"duizenden", 4: r"tienduizenden", 5: r"honderdduizenden", 6: r"miljoenen"},
    "ru": {2: r"сот(?:ни|ен|нями|нях)", 3: r"тысяч(?:и|ами|ах)?", 4: r"десятк(?:и|ов|ами|ах)\s+тысяч", 5: r"сот(?:ни|ен|нями|нях)\s+тысяч",
           6: r"миллион(?:ы|ов|ами|ах)", 7: r"десятк(?:и|ов|ами|ах)\s+миллионов"},
    "pl": {2: r"set(?:ki|ek|kami|kach)", 3: r"tysi(?:ące|ęcy|ącami|ącach)", 4: r"dziesiąt(?:ki|ek|kami|kach)\s+tysięcy",
           5: r"set(?:ki|ek|kami|kach)\s+tysięcy", 6: r"milion(?:y|ów|ami|ach)", 7: r"dziesiąt(?:ki|ek|kami|kach)\s+milionów"},
}
_NAMES = {2: "hundreds", 3: "thousands", 4: "tens of thousands", 5: "hundreds of thousands", 6: "millions", 7: "tens of millions",
          8: "hundreds of millions"}


@functools.cache
def _pattern(language: str) -> regex.Pattern[str]:
    # The largest first, whose words hold a smaller's: `tens of thousands` is one magnitude, not
    # `thousands`, and `hundreds of thousands` not `hundreds` (as the patterns' lengths would have it).
    alternatives = sorted(_MAGNITUDES[language].items(), key=lambda item: -item[0])
    groups = "|".join(f"(?P<m{power}>{words})" for power, words in alternatives)
    # Not after a number, in digits or words: `3 Millionen`, `two thousand`, `tres mil`.
    return regex.compile(rf"(?<![\p{{Nd}}.,]\s?)(?<!\p{{L}})(?:{groups})(?!\p{{L}})", regex.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _magnitudes(text: str, language: str) -> dict[int, str]:
    """The orders of magnitude `text` counts by, each with its first words as written."""
    found: dict[int, str] = {}
    for match in _pattern(language).finditer(prose_of(text)):
        found.setdefault(int(match.lastgroup[1:]), match.group())  # type: ignore[index]
    return found


def changed_magnitudes(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """An order of magnitude the translation put for the source's (`Hundreds marched` →
    `Tausende marschierten`, `numbers`): both count by magnitude, and by none in common."""
    if source.language not in _MAGNITUDES or target.language not in _MAGNITUDES:
        return []
    said = _magnitudes(msgid, source.language)
    if not said:
        return []  # most sentences
    translated = _magnitudes(msgstr, target.language)
    if not translated or said.keys() & translated.keys():
        return []
    return [Issue("numbers", f"the magnitude: {', '.join(said.values())} ({', '.join(_NAMES[power] for power in said)}) in the "
                             f"source, {', '.join(translated.values())} ({', '.join(_NAMES[power] for power in translated)}) "
                             "in the translation")]


# What a source in words of a hundred and up has, by language, as written and in capitals
# (hundred, Thousand, THOUSAND): a plain search, as every msgid is searched (`re` without flags,
# which is quicker at it than `regex` or a search in any case).
_ROUND_NUMBER_HINTS: Final[Mapping[str, re.Pattern[str]]] = {
    language: re.compile(hints) for language, hints in {
        "en": "undred|UNDRED|housand|HOUSAND", "de": "undert|UNDERT|ausend|AUSEND", "nl": "onderd|ONDERD|uizend|UIZEND",
        "fr": "ent|ENT|ille|ILLE", "es": "ien|IEN|il|IL", "it": "ento|ENTO|ila|ILA|ille|ILLE", "pt": "em|EM|ento|ENTO|il|IL",
    }.items()
}


def changed_round_numbers(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A number of a hundred and up the source says in words that the translation says as
    another in words (`A thousand protesters` → `Zehntausend Demonstranten`, `a hundred` → `mille`,
    `numbers`): the translation states the source's in no form, nor the source the translation's."""
    if (hints := _ROUND_NUMBER_HINTS.get(source.language)) is None or not hints.search(msgid) or target.language not in NUMBER_WORDS:
        return []  # most sentences: no number of a hundred or more in words
    said = _source_hundreds_and_up(msgid, source.language)
    if not said:
        return []
    target_prose = prose_of(msgstr)
    translated = _hundreds_and_up_in_words(target_prose, target.language)
    others = {number: words for number, words in translated.items() if number not in said}
    if not others:
        return []
    in_source = numbers_stated(prose_of(msgid), source)
    if not (added := [words for number, words in others.items() if number not in in_source]):
        return []
    stated = numbers_stated(target_prose, target)
    missing = [words for number, words in said.items() if number not in stated]
    if not missing:
        return []
    return [Issue("numbers", f"missing {', '.join(missing)}; not in the source: {', '.join(added)}")]


@functools.lru_cache(maxsize=1024)
def _source_hundreds_and_up(msgid: str, language: str) -> dict[int, str]:
    """Read once for the translations of a msgid into each locale."""
    return _hundreds_and_up_in_words(prose_of(msgid), language)


def _hundreds_and_up_in_words(text: str, language: str) -> dict[int, str]:
    """The numbers of a hundred and up `text` says in words, each with its words as written."""
    found: dict[int, str] = {}
    for words, number in words_and_numbers(text, language):
        if number >= 100:
            found.setdefault(number, words)
    return found
