"""Percentages, points, fractions and multiples: a share of a whole (`_Share`: Seven in 10, a
fifth, 70 %, 七成) and a share said another way, a fraction changed into another
(`changed_fractions`), a comparison by half made a multiple (`changed_multiples`), a doubling
by another factor (`changed_doublings`), a percentage made a multiple or written bare
(`changed_percentages`), and percentage points made a percentage (`points_made_percentages`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import (
    KANJI_LANGUAGES, NO_HINTS, blanked, decimal_value, in_any_case, numbers_in_place, plain, prefix_tree,
    with_arabic_separators_as_the_locales,
)
from .number_words import KANJI_RUN, NUMBER_WORDS, PERCENT_WORDS, WORDS_SAYING_A_NUMBER, kanji_value, number_said
from .measures import UNIT_DIMENSION, source_measures, translation_measures

# A fraction in hanzi or kanji, the whole before the part: 十分之七, 10分の7.
HANZI_FRACTION = lazy_compile(rf"(\p{{Nd}}+|{KANJI_RUN})分[之の](\p{{Nd}}+|{KANJI_RUN})")


# A number with a half or a quarter (1 1/2, 2-3/4, 1½), or a half or a quarter alone (½): not
# 1/2 alone, which is also a date.
FRACTION = lazy_compile(r"(?<![\p{N}.,/])(?:(\p{Nd}+)(?:[ \u00a0-]?(1/2|1/4|3/4)|[ \u00a0]?([½¼¾]))|([½¼¾]))(?![\p{N}/])")
_FRACTIONS = {"1/2": Decimal("0.5"), "½": Decimal("0.5"), "1/4": Decimal("0.25"), "¼": Decimal("0.25"), "3/4": Decimal("0.75"), "¾": Decimal("0.75")}


def fraction_value(match: regex.Match[str]) -> Decimal:
    whole, fraction = match.group(1), match.group(2) or match.group(3) or match.group(4)
    return Decimal(whole or 0) + _FRACTIONS[fraction]


# A percentage in hanzi: 百分之五 is 5%.
HANZI_PERCENT = lazy_compile(r"百分之([零〇一二三四五六七八九十百]{1,6})(?![点點])")


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


# What every fraction of `_FRACTION_WORDS` holds, by language (see `in_any_case`): most
# sentences have none, told without the pattern, which tries each of its words at each letter.
_FRACTION_HINTS: Final[Mapping[str, tuple[str, ...]]] = {
    language: tuple(hint for word in words for hint in in_any_case(word))
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
    before, after = ("", "") if language in KANJI_LANGUAGES else (r"(?<!\p{L})", r"(?!\p{L})")
    return regex.compile(
        "|".join(f"{before}(?P<f{index}>{words}){after}" for index, (words, _) in enumerate(_FRACTION_WORDS[language])),
        regex.IGNORECASE,
    )


# Both the counts in words and the fractions check read a sentence's fractions: the second
# scan of the same text is a lookup.
@functools.lru_cache(maxsize=16)
def fraction_matches(text: str, language: str) -> tuple[regex.Match[str], ...]:
    if not any(hint in text for hint in _FRACTION_HINTS.get(language, ())):
        return ()
    pattern = _fraction_pattern(language)
    return tuple(pattern.finditer(text)) if pattern is not None else ()


def fractions_in_words(text: str, language: str) -> dict[tuple[int, int], str]:
    """The fractions `text` says in words, each with its words as written."""
    fractions: dict[tuple[int, int], str] = {}
    for match in fraction_matches(text, language):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        fractions.setdefault(_FRACTION_WORDS[language][index][1], match.group())
    return fractions


@functools.lru_cache(maxsize=1024)
def _source_fractions(msgid: str, language: str) -> dict[tuple[int, int], str]:
    return fractions_in_words(msgid, language)


def changed_fractions(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A fraction the source says in words that the translation changed into another (`two
    thirds` → `un tiers`, `half of the staff` → `ein Drittel der Beschäftigten`, `numbers`):
    the fractions both sides say in words have none in common. A fraction rephrased (as a
    percentage, `every other`) is no change the words can tell."""
    in_source = _source_fractions(msgid, source.language)
    if not in_source:
        return []  # most sentences: no fraction in words
    in_target = fractions_in_words(msgstr, target.language)
    # `Three-quarters of respondents` → `Tres de cada cuatro encuestados`: a proportion in words is the fraction it says.
    in_target.update({share.numbers: f"{share.numbers[0]}/{share.numbers[1]}" for share in _proportions(prose_of(msgstr), target) if not share.digits})
    if not in_target or {Fraction(*fraction) for fraction in in_source} & {Fraction(*fraction) for fraction in in_target}:
        return []
    return [Issue("numbers", f"the fraction: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# A comparison by half, by language, with what tells a sentence may make one (see
# `in_any_case`): half as many, halb so viele, moitié moins and deux fois moins (two times
# fewer), dos veces menos, half zoveel, twee keer zo weinig, tweemaal minder, вдвое меньше, dwa
# razy mniej; the two also in digits (2 fois moins, в 2 раза меньше). Half of a whole (die
# Hälfte, la mitad) is a fraction (`_FRACTION_WORDS`).
HALF_AS: Final[Mapping[str, tuple[tuple[str, ...], regex.Pattern[str]]]] = {
    language: (hints, lazy_compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words})(?!\p{{L}})", regex.IGNORECASE))
    for language, hints, words in (
        ("en", in_any_case("alf"), r"half\s+as\s+\p{L}+"),
        ("de", in_any_case("alb"), r"halb\s+so(?:\s+\p{L}+)?"),
        ("fr", in_any_case("oins"), r"moitié\s+moins|(?:deux|2)\s+fois\s+moins"),
        ("es", in_any_case("enos"), r"(?:dos|2)\s+veces\s+menos"),
        ("it", in_any_case("eno"), r"(?:due|2)\s+volte\s+meno"),
        ("pt", in_any_case("enos"), r"(?:duas|2)\s+vezes\s+menos"),
        ("nl", (*in_any_case("alf"), *in_any_case("elft"), *in_any_case("einig"), *in_any_case("inder")),
         r"half\s+zo(?:veel)?|de\s+helft|(?:twee|2)\s*(?:keer|maal)\s+(?:zo\s+weinig|minder)"),
        ("ru", in_any_case("еньше"), r"вдвое\s+меньше|в\s+(?:два|2)\s+раза\s+меньше"),
        ("pl", (*in_any_case("niej"), *in_any_case("ołow")), r"(?:dwa|2)\s+razy\s+mniej|o\s+połowę"),
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
            value = int(count) if count.isdecimal() else NUMBER_WORDS.get(language, {}).get(count.lower())
            if value is not None and value >= 2:
                multiples.setdefault(value, match.group())
    for value, words in WORDS_SAYING_A_NUMBER.items():
        if (said := words.search(text)) is not None:
            multiples.setdefault(value, said.group())
    return multiples


def changed_multiples(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A comparison by half the translation makes by a multiple the source does not say (`Half
    as many people voted` → `Doppelt so viele Menschen`, `Twice as many`, `Deux fois plus`,
    `numbers`). Not where the translation says half in any way the checks read (`halb so viele`,
    `deux fois moins`, `la mitad`), nor where it says no multiple: a rephrasing. And the other
    way round (`_multiple_said_as_half`)."""
    hints, half_as = HALF_AS.get(source.language, (NO_HINTS, None))
    if half_as is None or not any(hint in msgid for hint in hints):
        return _multiple_said_as_half(msgid, msgstr, source, target)  # most sentences: no comparison by half
    if (half := half_as.search(prose_of(msgid))) is None:
        return _multiple_said_as_half(msgid, msgstr, source, target)
    prose = prose_of(msgstr)
    if (said := HALF_AS.get(target.language)) is not None and said[1].search(prose) or (1, 2) in fractions_in_words(prose, target.language):
        return []
    in_source = _multiples(prose_of(msgid), source.language)
    if not (added := [words for value, words in _multiples(prose, target.language).items() if value not in in_source]):
        return []
    return [Issue("numbers", f"missing {half.group()}; not in the source: {', '.join(added)}")]


def halves_as_in_digits(msgid: str, msgstr: str, source: Locale, target: Locale) -> int:
    """How many comparisons by half the translation writes with a 2 (2 fois moins, в 2 раза
    меньше) where the source makes one (half as many)."""
    hints, half_as = HALF_AS.get(source.language, (NO_HINTS, None))
    if half_as is None or not any(hint in msgid for hint in hints) or not half_as.search(prose_of(msgid)):
        return 0
    if (said := HALF_AS.get(target.language)) is None:
        return 0
    return sum(1 for match in said[1].finditer(prose_of(msgstr)) if "2" in match.group())


_FACTOR_IN_DIGITS = lazy_compile(r"\p{Nd}+(?:\.\p{Nd}+)?")  # 3 of 3倍, 1.5 of 1.5倍


def factors_in_digits(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Decimal]:
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


def percentages_as_multiples(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[Decimal, Decimal]]:
    """Each percentage of an English source the translation says as the multiple it makes: a
    rise (`jumped 150%` → `2.5倍`, `增长了1.5倍`) or one of something (`150% of GDP` → `GDPの1.5倍`):
    the source's percentage and the number in digits of the multiple."""
    if source.language != "en" or not ("%" in msgid or "cent" in msgid):
        return []
    prose = prose_of(msgid)
    factors: dict[Fraction, Decimal] = {}  # the multiple each percentage makes, and the percentage
    for pattern, added in ((_RISE_BY_A_PERCENTAGE, 1), (_PERCENTAGE_OF, 0)):
        for match in pattern.finditer(prose):
            if (value := decimal_value(match.group(1), source)) is not None:
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
    hints, half_as = HALF_AS.get(target.language, (NO_HINTS, None))
    if half_as is None or not any(hint in msgstr for hint in hints):
        return []  # most translations: no comparison by half
    prose = prose_of(msgstr)
    if not (halves := [match.span() for match in half_as.finditer(prose)]):
        return []
    if not (in_source := _multiples(prose_of(msgid), source.language)):
        return []
    # The multiple of a comparison by half (deux fois moins) is the half's, none of the source's.
    if in_source.keys() & _multiples(blanked(prose, halves), target.language).keys():
        return []
    return [Issue("numbers", f"missing {', '.join(in_source.values())}; not in the source: {prose[slice(*halves[0])]}")]


# A quantity multiplied or halved by a verb or its noun, by language: doubled, tripled,
# quadrupled, halved (and `to double`, `halves`, a doubling), verdoppelt, halbiert, doublé, multiplié par
# trois, divisé par deux, réduit de moitié, se duplicó, a la mitad, raddoppiato, dimezzato,
# dobrou, pela metade, verdubbeld, gehalveerd, удвоились, сократились вдвое, podwoił, o połowę;
# with what tells a sentence may say one (`in_any_case`). By the factor each group says.
_MULTIPLIED_FACTORS: Final[Mapping[str, Fraction]] = {"twice": Fraction(2), "thrice": Fraction(3), "four": Fraction(4), "half": Fraction(1, 2)}
_MULTIPLIED: Final[Mapping[str, tuple[tuple[str, ...], regex.Pattern[str]]]] = {
    language: (
        tuple(hint for stem in hints for hint in in_any_case(stem)),
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
    rf"翻了?(?P<turns>\p{{Nd}}+|{KANJI_RUN})番"
    rf"|翻了?(?P<either>\p{{Nd}}+|{KANJI_RUN})倍"
    rf"|(?P<increase>(?:增加|增长|上涨|提高|上升)了?)?(?<![\p{{Nd}}.])(?P<count>\p{{Nd}}+(?:\.\p{{Nd}}+)?|{KANJI_RUN})倍"
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
            number = Fraction(count) if count[0].isdecimal() else Fraction(kanji_value(count))
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
    if language in KANJI_LANGUAGES:
        return _multiplied_in_kanji(text) if any(hint in text for hint in _KANJI_MULTIPLIED_HINTS) else {}
    if language == "ko":
        return _multiplied_in_hangul(text) if "배" in text or "반" in text else {}
    hints, pattern = _MULTIPLIED.get(language, (NO_HINTS, None))
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
    hints, half_as = HALF_AS.get(target.language, (NO_HINTS, None))
    if half_as is not None and any(hint in prose for hint in hints) and (halves := list(half_as.finditer(prose))):
        said.setdefault(Fraction(1, 2), halves[0].group())
        spans += [half.span() for half in halves]
    # The multiple of a comparison by half (deux fois moins, вдвое меньше) is the half's.
    for value, words in _multiples(blanked(prose, spans) if spans else prose, target.language).items():
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
    (`rose 3%` → `stiegen um 3`, `3个百分点`: `percent-dropped`), or as points (`um 3
    Prozentpunkte`, `3 puan`: `numbers`)."""
    if not _PERCENT_HINT.search(msgid):
        return []  # most sentences: no percentage, told without reading their shares
    if not (percentages := Counter(share.digits[0] for share in _source_shares(msgid, source) if _a_percentage(share))):
        return []
    prose = prose_of(msgstr)
    in_place = list(numbers_in_place(prose, target))
    kept = _percentages_in(prose, in_place, target.language)
    if not (percentages - kept):
        return []  # most translations: every percentage kept one
    made = _percentages_made_multiples(percentages - kept, msgid, prose, source, target)
    issues = [Issue("numbers", f"the percentage {plain(value)}% in the source is a multiple in the translation: {words}") for value, words in made.items()]
    written = Counter(value for value, _ in in_place)
    in_source = Counter(value for value, _ in numbers_in_place(prose_of(msgid), source))
    as_points = {measure.value: measure.words for measure in translation_measures(msgstr, target) if UNIT_DIMENSION[measure.unit] == "points"}
    for value, count in (percentages - kept).items():
        if value in made:
            continue
        if value in as_points and not any(UNIT_DIMENSION[measure.unit] == "points" for measure in source_measures(msgid, source)):
            # `rose 8.5 percent` → `um 8,5 Prozentpunkte`: a change of a rate by points is another figure.
            issues.append(Issue("numbers", f"the source's {plain(value)}% is {as_points[value]} in the translation: a percentage is no points"))
        # More of the number bare than the source writes bare: the percentage's, without its sign.
        elif target.language in _PERCENT_WRITTEN_AFTER and written[value] - kept[value] > in_source[value] - count:
            issues.append(Issue("percent-dropped", f"the source's {plain(value)}% is {plain(value)} in the translation, without a percent sign or word"))
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
    points = {measure.value: measure.words for measure in source_measures(msgid, source) if UNIT_DIMENSION[measure.unit] == "points"}
    if not points:
        return []
    as_percentages = {share.digits[0] for share in _source_shares(msgid, source) if _a_percentage(share)}
    written = prose_of(msgstr)
    prose = with_arabic_separators_as_the_locales(written, target)
    issues = []
    for value, match in numbers_in_place(prose, target):
        if value in points and value not in as_percentages and (place := _percentage_at(prose, match, target.language)) is not None:
            issues.append(Issue("numbers", f"the source's {points[value]} are {written[place[0] : place[1]].strip()} in the translation: "
                                           "points are no percentage"))
    return issues


def _percentage_at(prose: str, number: regex.Match[str], language: str) -> tuple[int, int] | None:
    """Where the percentage `number` of `prose` is, with its percent sign or word, written
    after it or, in Turkish, before it (%0,4, yüzde 0,4; not yüzde 0,4 puan, points); or None
    where it is no percentage."""
    if (percent := _PERCENT_AFTER.match(prose, number.end())) is not None:
        return number.start(), percent.end()
    before = _PERCENT_BEFORE.get(language)
    if before is None or (percent := before.search(prose, max(0, number.start() - 8), number.start())) is None:
        return None
    return None if _POINTS_AFTER.match(prose, number.end()) else (percent.start(), number.end())


# The percent sign or word of the languages that write it before the number (%0,4, yüzde 3),
# and the points that make it no percentage after it (yüzde 0,4 puan, percentage points).
_PERCENT_BEFORE: Final[Mapping[str, regex.Pattern[str]]] = {"tr": lazy_compile(r"(?:[%٪]|(?<!\p{L})yüzde\s+)$", regex.IGNORECASE)}
_POINTS_AFTER = lazy_compile(r"\s*(?:baz\s+)?puan", regex.IGNORECASE)


# What every percentage `_PERCENT_AFTER` and `HANZI_PERCENT` read holds: a sign or a word's
# beginning, as written, capitalised or in capitals.
_PERCENT_HINT = re.compile(r"[%٪％]|[Cc]ent|CENT|[Pp]roz|PROZ|[Пп]роц|ПРОЦ|[Pp]roc|PROC|[Pp]rosent|[Pp]ersen|phần trăm|sută|százalék"
                           r"|εκατό|درصد|प्रतिशत|パーセント|퍼센트|百分之|אחוז|مئة|مائة")


def _percentages_in(prose: str, in_place: Sequence[tuple[Decimal, regex.Match[str]]], language: str) -> Counter[Decimal]:
    """The numbers of `prose` (`in_place`: each number and its place) that are percentages: with
    a percent sign or word after them (before them in Turkish) or after the last of the range
    they open (3 bis 5 Prozent), or said in Chinese (百分之七十)."""
    kept = Counter(value for value, match in in_place
                   if _percentage_at(prose, match, language) or _PERCENT_RANGE_AFTER.match(prose, match.end()))
    if "百分之" in prose:
        kept.update(Decimal(kanji_value(match.group(1))) for match in HANZI_PERCENT.finditer(prose))
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


def basis_points_said_as_a_fraction(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Decimal]:
    """The changes the source gives in basis points that the translation says as a fraction of
    a point in words (`50 basis points` → `einen halben Prozentpunkt`, `medio punto`; `25` →
    `un quart de point`, `четверть процентного пункта`)."""
    in_source = [measure.value for measure in source_measures(msgid, source) if measure.unit == "bp"]
    if not in_source:
        return []
    fractions = {100 * Fraction(*fraction) for fraction in fractions_in_words(prose_of(msgstr), target.language)}
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
    r"[\s\u00a0\u202f-]?(?:[%٪％](?!\s?(?:ポイント|포인트|p(?!\p{L}))|-?(?:yksik|pont))|パーセント|퍼센트|(?:percent|per\s+cent|Prozent(?:ig\p{L}*)?|percento|процент\p{L}*(?!\p{L}|\s+пункт)|procent(?!punt|enhet)\p{L}*(?!\p{L}|\s+bod)"
    r"|prosentti(?!yksik)\p{L}*|persen(?!\s+poin)|phần\s+trăm|la\s+sută|százalék(?!pont)\p{L}*|τοις\s+εκατό|درصد"
    r"|प्रतिशत(?!\s+(?:अंक|पॉइंट))"
    r"|אחוז(?:ים)?)(?!\p{L})|proc\."
    rf"|{PERCENT_WORDS})"
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
    number = rf"\p{{Nd}}+(?:[,.\u00a0\u202f]\p{{Nd}}{{3}})*|(?:{prefix_tree(NUMBER_WORDS[language])})(?!\p{{L}})"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,])(?P<part>{number})(?:\s+\p{{L}}+){{0,2}}?\s+(?:{_PROPORTION_JOINERS[language]})\s+(?P<whole>{number})"
        r"(?![\p{L}\p{N}]|[.,]\p{N})",
        regex.IGNORECASE,
    )


def _proportions(text: str, locale: Locale) -> Iterator[_Share]:
    """The proportions `text` gives (Seven in 10, trois sur dix), as shares."""
    if locale.language not in _PROPORTION_JOINERS or locale.language not in NUMBER_WORDS:
        return
    for match in _proportion_pattern(locale.language).finditer(text):
        written = match.group("part"), match.group("whole")
        part, whole = (decimal_value(number, locale) if number[0].isdecimal() else number_said(number, locale.language) for number in written)
        if part is None or whole is None or part % 1 or whole % 1 or not 0 < part <= whole or whole < 2:
            continue
        digits = tuple(Decimal(value) for number, value in zip(written, (part, whole)) if number[0].isdecimal())
        yield _Share(Fraction(int(part), int(whole)), None, (int(part), int(whole)), digits)


def _shares(text: str, locale: Locale) -> list[_Share]:
    """The shares `text` gives: percentages (70 %, 70 Prozent, 百分之七十), tenths (7割, 七成),
    fractions (zwei Drittel, 十分之七) and proportions (trois électeurs sur dix)."""
    shares = list(_proportions(text, locale))
    shares += [_Share(Fraction(numerator, denominator), None, (numerator, denominator), ())
               for numerator, denominator in fractions_in_words(text, locale.language)]
    for value, match in numbers_in_place(text, locale):
        if _PERCENT_AFTER.match(text, match.end()):
            shares.append(_Share(Fraction(value) / 100, Fraction(10) ** min(0, int(value.as_tuple().exponent)), (), (value,)))
    if locale.language in KANJI_LANGUAGES:
        for match in HANZI_FRACTION.finditer(text):
            whole, part = (number_said(number, locale.language) for number in match.groups())
            if whole and part is not None and part <= whole and match.group(1) != "百":  # 百分之七十 is a percentage
                digits = tuple(Decimal(number) for number in match.groups() if number.isdecimal())
                shares.append(_Share(Fraction(part, whole), None, (part, whole), digits))
        for match in HANZI_PERCENT.finditer(text):  # read as its digits (百分之七十 as 70%)
            percent = kanji_value(match.group(1))
            shares.append(_Share(Fraction(percent, 100), Fraction(1), (), (Decimal(percent),)))
        for match in _TENTHS[locale.language].finditer(text):
            if (tenths := number_said(match.group(1), locale.language)) is not None:
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


def shares_said(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[_Share, _Share]]:
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
