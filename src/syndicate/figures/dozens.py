"""Dozens: how many dozen a text says (two dozen, half a dozen, ein Dutzend), and a dozen the
translation made several or several one (`changed_dozens`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from fractions import Fraction
from typing import Final

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import NO_HINTS, blanked_in_place, in_any_case, words_of
from .number_words import NUMBER_WORDS

# Half a dozen, which says six (or a few): a half-dozen, ein halbes Dutzend, une demi-douzaine.
_HALF_A_DOZEN = lazy_compile(
    r"half(?:[\s-]+a)?[\s-]+dozen|halbe[ns]?\s+Dutzend|demi-douzaine|media\s+docena|mezza\s+dozzina|meia\s+dúzia|полдюжины|pół\s+tuzina",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
@functools.lru_cache(maxsize=1024)
def source_dozens_as_counts(msgid: str, language: str) -> dict[int, str]:
    """A dozen and half a dozen a msgid says without a number (a dozen, half a dozen
    ministers): the counts 12 and 6, as written."""
    written, in_capitals = DOZEN_HINTS.get(language, NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return {}
    return {int(12 * count): words for count, words in source_dozens(msgid, language).items() if count < 2}


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
DOZEN_HINTS: Final[Mapping[str, tuple[str, str]]] = {
    language: in_any_case(os.path.commonprefix([form[1:] for form in singular + plural])) for language, (singular, plural) in _DOZENS.items()
}
WORD_BEFORE = lazy_compile(r"(?:\p{L}+|\p{Nd}+)\s+$")


def dozens_in(text: str, language: str) -> dict[Fraction, str]:
    """How many dozen `text` says, each with its words as written: the number before the dozen
    (two dozen, deux douzaines), a half (half a dozen, une demi-douzaine), else one (a dozen,
    ein Dutzend, около дюжины)."""
    written, in_capitals = DOZEN_HINTS.get(language, NO_HINTS)
    if written not in text and in_capitals not in text:
        return {}  # most sentences: no dozen, told without a pattern
    singular, plural = _DOZENS[language]
    dozens: dict[Fraction, str] = {}
    if halves := list(_HALF_A_DOZEN.finditer(text)):
        dozens[Fraction(1, 2)] = halves[0].group()
        text = blanked_in_place(text, [half.span() for half in halves])
    for match in words_of(singular + plural).finditer(text):
        before = WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = before.group().strip() if before else ""
        count = int(word) if word.isdecimal() else NUMBER_WORDS[language].get(word.lower())
        if before is not None and count is not None:
            dozens.setdefault(Fraction(count), text[before.start() : match.end()])
        elif match.group().lower() in singular:
            dozens.setdefault(Fraction(1), match.group())
    return dozens


@functools.lru_cache(maxsize=1024)
def source_dozens(msgid: str, language: str) -> dict[Fraction, str]:
    return dozens_in(prose_of(msgid), language)


@functools.lru_cache(maxsize=1024)
def source_dozens_counted(msgid: str, language: str) -> tuple[int, ...]:
    """The counts the dozens of a msgid make: 24 for two dozen, 12 for a dozen, 6 for half a dozen."""
    written, in_capitals = DOZEN_HINTS.get(language, NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return ()
    halves = len(_HALF_A_DOZEN.findall(msgid))
    counts = [int(12 * count) for count in source_dozens(msgid, language) if count != Fraction(1, 2)]
    return (*counts, *[6] * halves)


def changed_dozens(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A dozen the translation made several (`a dozen protesters` → `zwei Dutzend
    Demonstranten`, `numbers`), or several dozen one: the counts in words leave one out, as it
    is also an article. Two dozen made three is a changed count those compare; a dozen
    rephrased (zwölf, Dutzende) is no change the words can tell."""
    written, in_capitals = DOZEN_HINTS.get(source.language, NO_HINTS)
    if written not in msgid and in_capitals not in msgid:
        return []  # most sentences: no dozen, told without a pattern
    in_source = source_dozens(msgid, source.language)
    if not in_source:
        return []
    in_target = dozens_in(prose_of(msgstr), target.language)
    if 1 not in in_source.keys() ^ in_target.keys() or not (in_source.keys() - in_target.keys() and in_target.keys() - in_source.keys()):
        return []
    return [Issue("numbers", f"the dozens: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]
