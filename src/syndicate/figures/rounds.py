"""Rounds of a tournament, named by the sides they leave: the last sixteen, eight and four (the
round of 16, the quarter-finals, the semi-finals; 十六强, 八强, 四强). A translation that names
another round (`reached the quarter-finals` → `进入四强`, `erreichte das Halbfinale`) changes the
news with no digit to compare (`changed_rounds`).

The final is not read: its word says as often what is last (a final decision, das Finale der
Verhandlungen) as the match.
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
from .readers import KANJI_LANGUAGES

# Each language's names of a round, by the sides it leaves. Chinese and Japanese count the
# sides (八强, ベスト8) or name the round (四分之一决赛, 準々決勝, 準決勝); Russian also by its
# fraction of the final (1/8 финала).
_ROUNDS: Final[Mapping[str, Mapping[int, str]]] = {
    "en": {16: r"round\s+of\s+(?:16|sixteen)|last\s+(?:16|sixteen)|eighth[\s-]+finals?",
           8: r"quarter[\s-]?finals?|quarter[\s-]?finalists?|last\s+(?:8|eight)",
           4: r"semi[\s-]?finals?|semi[\s-]?finalists?|last\s+(?:4|four)"},
    "de": {16: r"Achtelfinal\p{L}*", 8: r"Viertelfinal\p{L}*", 4: r"Halbfinal\p{L}*|Semifinal\p{L}*"},
    "fr": {16: r"huitièmes?\s+de\s+finale", 8: r"quarts?\s+de\s+finale", 4: r"demi-final\p{L}*"},
    "es": {16: r"octavos\s+de\s+final", 8: r"cuartos\s+de\s+final", 4: r"semifinal\p{L}*"},
    "it": {16: r"ottavi\s+di\s+finale", 8: r"quarti\s+di\s+finale", 4: r"semifinal\p{L}*"},
    "pt": {16: r"oitavas\s+de\s+final", 8: r"quart[ao]s\s+de\s+final", 4: r"semifinal\p{L}*|meias?-finais|meia-final"},
    "nl": {16: r"achtste\s+finale\p{L}*", 8: r"kwartfinale\p{L}*", 4: r"halve\s+finale\p{L}*"},
    "ru": {16: r"1/8\s+финала|одн\p{L}+\s+восьм\p{L}+\s+финала", 8: r"четвертьфинал\p{L}*|1/4\s+финала", 4: r"полуфинал\p{L}*|1/2\s+финала"},
    "zh": {16: r"(?<![十\p{Nd}])(?:十六|16)强|1/8决赛|八分之一决赛", 8: r"(?<![十\p{Nd}])(?:八|8)强|1/4决赛|四分之一决赛",
           4: r"(?<![十\p{Nd}])(?:四|4)强|半决赛|准决赛|1/2决赛"},
    "ja": {16: r"ベスト16|(?<![十\p{Nd}])16強", 8: r"準々決勝|ベスト8|(?<![十\p{Nd}])8強", 4: r"準決勝|ベスト4|(?<![十\p{Nd}])4強"},
}
# What a source naming a round has, by language, as written and in capitals (final, Semi-finals,
# QUARTER-FINAL, last 16, round of 16): a plain search, as every msgid is searched (`re` without
# flags, which is quicker at it than `regex` or a search in any case).
_ROUND_HINTS: Final[Mapping[str, re.Pattern[str]]] = {
    language: re.compile(hints) for language, hints in {
        "en": "inal|INAL|ast |AST |ound of|OUND OF", "de": "inal|INAL", "fr": "inale|INALE", "es": "inal|INAL", "it": "inale|INALE",
        "pt": "inal|INAL|inais|INAIS", "nl": "inale|INALE",
    }.items()
}


@functools.cache
def _pattern(language: str) -> regex.Pattern[str]:
    groups = "|".join(f"(?P<r{sides}>{words})" for sides, words in _ROUNDS[language].items())
    if language in KANJI_LANGUAGES:
        return regex.compile(groups)  # no spaces between words
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{groups})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def _rounds(text: str, language: str) -> dict[int, str]:
    """The rounds `text` names, by the sides they leave, each with its first words as written."""
    found: dict[int, str] = {}
    for match in _pattern(language).finditer(prose_of(text)):
        found.setdefault(int(match.lastgroup[1:]), match.group())  # type: ignore[index]
    return found


@functools.lru_cache(maxsize=1024)
def _source_rounds(msgid: str, language: str) -> dict[int, str]:
    """Read once for the translations of a msgid into each locale."""
    return _rounds(msgid, language)


def changed_rounds(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A round of a tournament the translation names for the source's (`reached the
    quarter-finals` → `进入四强`, `erreichte das Halbfinale`, `numbers`): both name a round, and
    the translation one the source does not and not one the source does."""
    if (hints := _ROUND_HINTS.get(source.language)) is None or not hints.search(msgid) or target.language not in _ROUNDS:
        return []  # most sentences: no round of a tournament
    said = _source_rounds(msgid, source.language)
    if not said:
        return []
    named = _rounds(msgstr, target.language)
    if not (named.keys() - said.keys()) or not (said.keys() - named.keys()):
        return []
    return [Issue("numbers", f"the round: {', '.join(said.values())} in the source, {', '.join(named.values())} in the translation")]
