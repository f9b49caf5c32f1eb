"""Amounts on a scale: the scale word or character after a number (3.5 million, 2 Mrd.,
350万, `scale_after`), which scales a currency's letters multiply by, the largest scale of
an amount and its words (`in_scale_words`), a half after the scale (dos millones y medio),
and an amount on a scale said with its number in words (`amounts_said_in_words`: zwei
Milliarden, dos mil millones, 二十億).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

import regex
from babel import Locale
from babel.core import get_global

from ..issues import Issue
from ..lazy_regex import lazy_compile
from .readers import Number, plain
from .number_words import (
    HANGUL_AMOUNT, HANGUL_AS_KANJI, HANGUL_SCALE_HINT, KANJI_RUN, halves_in_place, kanji_value, number_words_at,
)

# Two millions or two billions in the dual, with or without its ن (ملياري دولار, مليونين): the amount they say.
ARABIC_DUAL_SCALES = lazy_compile(r"(?<![\p{L}\p{M}])[وفبل]{0,2}(?P<scale>مليون|مليار)(?:ان|ين|ا|ي)(?![\p{L}\p{M}])")
SCALE_OF = {"مليون": 10**6, "مليار": 10**9}

# An amount in kanji or hanzi on the scales of ten thousand, part by part (二十億五千万: 20億 and
# 5000万; 两万亿, ten thousand hundred millions, is two trillion), read where Japanese, Chinese or Korean has one of their characters (`_KANJI_SCALE_HINT`).
_KANJI_AMOUNT_PART = lazy_compile(f"({KANJI_RUN})(万亿|萬億|[万萬億亿兆])")
_KANJI_AMOUNT = lazy_compile(f"(?<!\\p{{Nd}})(?:{KANJI_RUN}(?:万亿|萬億|[万萬億亿兆]))+")
_KANJI_SCALE_HINT = re.compile("[万萬億亿兆]")
_KANJI_SCALE_LANGUAGES = frozenset({"ja", "zh", "ko"})


def amounts_in_parts(target_numbers: Sequence[Number], source_numbers: Sequence[Number]) -> list[Number]:
    """The translation's numbers, with an amount it writes in parts, each on its own scale, as
    the one amount of the source they add up to: `1 млрд 460 млн` (1 billion 460 million) for
    €1.46 billion, `2 Mrd. 500 Mio.` for 2.5 billion."""
    wanted = {number.scaled for number in source_numbers if number.scaled is not None}
    joined: list[Number] = []
    for number in target_numbers:
        first = joined[-1] if joined else None
        if (first is not None and first.scaled is not None and number.scaled is not None and first.value and number.value
                and first.scaled not in wanted and number.scaled / number.value < first.scaled / first.value
                and (whole := first.scaled + number.scaled) in wanted):
            scale = first.scaled / first.value
            joined[-1] = Number(f"{first.amount} {number.amount}", whole / scale, whole, f"{first.amount} {number.amount}")
        else:
            joined.append(number)
    return joined


def amounts_said_in_words(
    missing: list[str], source_numbers: Sequence[Number], text: str, target: Locale
) -> tuple[list[str], list[Issue], str]:
    """`missing` without each amount of the source on a scale (`$2bn`) that the translation's
    `text` says with its number in words: on the same scale (zwei Milliarden), or in thousands
    of millions (dos mil millones, mil quinientos millones), with a half (due miliardi e mezzo,
    zweieinhalb Milliarden); or another amount, which is an error (zwei Millionen, drei
    Milliarden), as it is in digits. The number words of those amounts are taken out of
    `text`, which is returned too: the number alone (zwei) is no other figure of the source."""
    scaled = [number for number in source_numbers if number.scaled is not None and number.text in missing]
    said: list[tuple[int, int, int, Decimal, Decimal]] = []  # start, end, where the scale ends, number on its scale, amount
    for start, end, value in list(number_words_at(text, target.language)) if scaled else ():
        # zwei und eine halbe Milliarde, twee en een half miljard
        half_before = HALF_BEFORE_A_SCALE.match(text, end)
        scale = scale_after(text, half_before.end() if half_before else end, target.language)
        amount, scale_end = with_a_half(text, scale[1], Decimal(value * scale[0]), half_before is not None) if scale else (Decimal(value), end)
        if said and start >= said[-1][2] and not text[said[-1][2] : start].strip() and amount < _largest_scale(said[-1][4]):
            # un million cinq cent mille, zwei Milliarden fünfhundert Millionen: one amount
            first_start, _, _, first_number, first_amount = said[-1]
            said[-1] = (first_start, end, scale_end, first_number, first_amount + amount)
        elif scale is not None:
            said.append((start, end, scale_end, on_its_scale(amount), amount))  # dos mil millones y medio: 2.5 (billion)
    # zweieinhalb Milliarden, anderthalb Milliarden, tweeënhalf miljard, полтора миллиарда: a
    # number and a half in one word (not the words before a half, which are read above).
    for amount_and_a_half, match, _ in halves_in_place(text, target.language) if scaled else ():
        if not match.groupdict().get("before") and (scale := scale_after(text, match.end(), target.language)) is not None:
            said.append((match.start(), match.end(), scale[1], amount_and_a_half, amount_and_a_half * scale[0]))
    # 二十億ドル, 二十亿美元, 二十億五千万, 이십억 달러: an amount in kanji, hanzi or hangul on the scales of ten thousand.
    for match in _kanji_amounts(text, target.language) if scaled and target.language in _KANJI_SCALE_LANGUAGES else ():
        in_kanji = match.group().translate(HANGUL_AS_KANJI)
        parts = [(kanji_value(number), SCALE_CHARACTERS.get(scale, 10**12)) for number, scale in _KANJI_AMOUNT_PART.findall(in_kanji)]
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
                issues.append(Issue("numbers", f"{text[start:scale_end]} is {in_scale_words(amount)} ({plain(amount, grouped=True)}); "
                                               f"the source says {twin.amount} ({plain(twin.scaled, grouped=True)})"))
            text = text[:start] + " " * (end - start) + text[end:]
    return missing, issues, text


def _kanji_amounts(text: str, language: str) -> Iterator[regex.Match[str]]:
    """Each amount `text` writes in kanji or hanzi on the scales of ten thousand (`_KANJI_AMOUNT`),
    in Korean in hangul (`HANGUL_AMOUNT`)."""
    if language == "ko" and HANGUL_SCALE_HINT.search(text):
        yield from HANGUL_AMOUNT.finditer(text)
    if _KANJI_SCALE_HINT.search(text):
        yield from _KANJI_AMOUNT.finditer(text)


def _paired_amounts(pairing: str, number: Number, number_said: Decimal, amount: Decimal) -> bool:
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
HALF_BEFORE_A_SCALE = lazy_compile(
    r"[ \u00a0]+(?:und[ \u00a0]+eine?[ \u00a0]+halben?|en[ \u00a0]+een[ \u00a0]+hal(?:f|ve)|and[ \u00a0]+a[ \u00a0]+half)(?=[ \u00a0])", regex.IGNORECASE
)


def with_a_half(text: str, scale_end: int, amount: Decimal, half_before: bool = False) -> tuple[Decimal, int]:
    """An amount on a scale and where it ends, with the half of its scale that is said before
    its scale word (`half_before`) or right after it: 2.5 billion for due miliardi e mezzo, as
    for dos mil millones y medio, whose scale is the thousand millions."""
    half = None if half_before else _HALF_AFTER_A_SCALE.match(text, scale_end)
    if not half_before and half is None:
        return amount, scale_end
    return amount + Decimal(_largest_scale(amount)) / 2, half.end() if half is not None else scale_end


# What multiplies the number before it: a word (after a space), a suffix (`$5bn`, `€3.5m`) or,
# in Chinese, Japanese and Korean, a character right after the digits. Used to pair numbers
# written on two scales (3.5 million → 350万, 120,000 → 12万), and to report the same digits on
# another scale than the source's (370 billion → 370 Billionen).
SCALE_CHARACTERS = {"千": 10**3, "천": 10**3, "万": 10**4, "萬": 10**4, "만": 10**4, "億": 10**8, "亿": 10**8, "억": 10**8, "兆": 10**12, "조": 10**12}
_SCALE_WORDS = {
    unicodedata.normalize("NFC", word).casefold(): 10**power
    for power, words in (
        (3, "thousand tausend mille mil mila тыс тысяча тысячи тысяч tys tysiąc tysiące tysięcy ألف آلاف ألفا ألفاً "
            "тис тисяча тисячі тисяч bin אלף אלפים χιλ χιλιάδες χιλιάδων tis tisíc tisíce tisících tuhat tuhatta tuhannen "
            "nghìn ngàn ribu rb mii ezer ezren ezerrel ezret ezres tuhannella tuhanteen tuhannesta tuhannen hazar هزار हज़ार हजार"),
        (5, "लाख"),
        (6, "million millions mn mio millionen millón millones milione milioni milhão milhões miljoen miljon miljoner milyon "
            "млн миллион миллиона миллионов мільйон мільйона мільйонів mln milion miliony milionów מיליון "
            "مليون ملايين مليونا مليوناً مليوني εκατ εκατομμύριο εκατομμύρια εκατομμυρίων milionu milionů milionech "
            "miljoona miljoonaa miljoonan miljoonalla miljoonaan miljoonassa miljoonasta milj triệu juta jt milioane millió millióan "
            "millióval milliót milliónyi milión milióna milióny miliónov milionem milionům मिलियन میلیون"),
        (7, "करोड़ करोड"),
        (9, "billion billions bn milliard milliards milliarder mrd milliarde milliarden mil-millones miliardo miliardi bilhão bilhões "
            "miljard miljarder miljardia milyar мільярд мільярда мільярдів מיליארד "
            "млрд миллиард миллиарда миллиардов mld miliard miliardy miliardów مليار مليارات مليارا ملياراً ملياري "
            "δισ δισεκατομμύριο δισεκατομμύρια δισεκατομμυρίων miliarda miliardách miljardi miljardin miljardilla tỷ tỉ "
            "miliar miliarde milliárd milliárdot milliárddal milliárdnyi miliardu miliardami miliardou miliárd miljardiin "
            "miljardissa बिलियन میلیارد अरब"),
        (12, "trillion trillions billionen billones трлн триллион триллиона триллионов bln bilion biliony bilionów τρισ "
             "τρισεκατομμύρια triliun تریلیون"),
    )
    for word in words.split()
}
# Where a language's word says another scale than it does in the others: a billion (Billion,
# billón, bilião) is a million million in those that count on the long scale, and `mil.` a
# million in Czech, Slovak and Romanian (`12 mil. korun`), where it is a thousand in Spanish
# and Portuguese.
_LANGUAGE_SCALE_WORDS = {
    "fr": {"billion": 10**12, "billions": 10**12},
    "de": {"Billion": 10**12},  # the noun; an English `billion` left in the text is the English one
    "es": {"billón": 10**12},
    "nl": {"biljoen": 10**12, "biljoenen": 10**12},
    "pt": {"bilião": 10**12, "biliões": 10**12},
    **dict.fromkeys(("da", "nb", "nn", "no"), {"billion": 10**12, "billioner": 10**12}),
    "sv": {"biljon": 10**12, "biljoner": 10**12},
    "fi": {"biljoona": 10**12, "biljoonaa": 10**12},
    **dict.fromkeys(("cs", "sk", "ro"), {"mil": 10**6}),
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
# A word of letters and the marks of its script (the vowel signs of Devanagari: लाख, करोड़).
_WORD_AFTER = lazy_compile(r"[ \u00a0\u202f]([\p{L}\p{M}]+)")
_SPACES_BEFORE_A_SCALE = frozenset(" \u00a0\u202f")  # those the two patterns above start with


def scale_after(text: str, end: int, language: str, currency_scales: Mapping[str, int] = _CURRENCY_SCALES) -> tuple[int, int] | None:
    """The scale of the number that ends at `end` and where the scale's word or character ends;
    None when it has none. `currency_scales`: what the letters before a currency multiply by
    where the text is written (`currency_scales_in`)."""
    if (character := text[end : end + 1]) in SCALE_CHARACTERS:
        return scale_of_character(text, end)
    if character not in _SPACES_BEFORE_A_SCALE:  # a suffix, which follows the digits at once
        suffix = _SCALE_SUFFIX.match(text, end)
        return (_SUFFIX_SCALES[suffix.group(1).casefold()], suffix.end()) if suffix is not None else None
    if (thousand_millions := _THOUSAND_MILLIONS.match(text, end)) is not None:
        return 10**9, thousand_millions.end()
    if text[end + 1 : end + 2] in ("M", "G") and (abbreviated := _SCALE_BEFORE_A_CURRENCY.match(text, end)) is not None:
        return currency_scales[abbreviated.group(1)], abbreviated.end()
    word = _WORD_AFTER.match(text, end)
    if word is not None and language == "ro" and word.group(1) == "de":
        word = _WORD_AFTER.match(text, word.end())  # from twenty on, de before the scale: 20 de mii, 25 de milioane
    if word is None:
        return None
    of_language = _LANGUAGE_SCALE_WORDS.get(language, {})
    written = word.group(1).casefold()
    scale = of_language.get(word.group(1)) or of_language.get(written) or _SCALE_WORDS.get(
        written if written.isascii() else unicodedata.normalize("NFC", written))
    return (scale, word.end()) if scale else None


def scale_of_character(text: str, end: int) -> tuple[int, int]:
    """The scale the character right after a number's digits at `end` gives it, and where it
    ends: 億 is a hundred million; 千万 (천만), a thousand ten thousands, is ten million. 1 where
    there is none."""
    scale = SCALE_CHARACTERS.get(text[end : end + 1], 1)
    if scale == 10**3 and (ten_thousands := SCALE_CHARACTERS.get(text[end + 1 : end + 2], 1)) > scale:
        return scale * ten_thousands, end + 2
    return scale, end + (scale > 1)


@functools.lru_cache(maxsize=None)
def currency_scales_in(locale: Locale) -> Mapping[str, int]:
    """What the letters before a currency multiply by as `locale` writes amounts."""
    parents, name = get_global("parent_exceptions"), str(locale)
    while name and name != "es_419":
        name = parents.get(name) or name.rpartition("_")[0]
    return _LATIN_AMERICAN_CURRENCY_SCALES if name else _CURRENCY_SCALES


# The largest scale word an amount reaches, in English as reports are: 10 billion for 100億.
_ENGLISH_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _largest_scale(amount: Decimal) -> int:
    """The largest scale word an amount reaches (a billion for 2.5 billion); 1 below a thousand."""
    return next((scale for scale, _ in _ENGLISH_SCALES if amount >= scale), 1)


def on_its_scale(amount: Decimal) -> Decimal:
    """The number an amount is of its largest scale word: 2.5 for 2.5 billion."""
    return amount / _largest_scale(amount)


def in_scale_words(amount: Decimal) -> str:
    for scale, word in _ENGLISH_SCALES:
        if amount >= scale:
            return f"{plain(amount / scale)} {word}"
    return plain(amount)
