"""Every number and time of a text as the numbers check reads it (`numbers_and_times`): in the
locale's digits and separators, on a scale, as a fraction in characters, a decade, a short
year, a century, the Arabic dual, and its times; and every whole number a text states in any
form the checks read (`numbers_stated`), which says the source's number is not dropped.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final, NamedTuple

import regex
from babel import Locale

from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import (
    DIGIT_RUN, KANJI_LANGUAGES, NO_HINTS, Number, Time, decimal_value, number_pattern, plain, symbols,
    with_arabic_separators_as_the_locales,
)
from .number_words import (
    ARABIC_TEEN, KANJI_RUN, NUMBER_WORDS, WORDS_SAYING_A_NUMBER, arabic_teen_in_digits, kanji_value, number_said,
    written_out_numbers,
)
from .scales import (
    ARABIC_DUAL_SCALES, HALF_BEFORE_A_SCALE, SCALE_OF, currency_scales_in, scale_after, scale_of_character, with_a_half,
)
from .measures import ranges_of_a_measure
from .times import (
    ARABIC_HOUR, HANZI_HOUR, HOUR_BEFORE_PART_OF_DAY, arabic_hour_in_digits, half_hours_in, hanzi_hour_in_digits,
    HINDI_HOUR, hour_before_part_of_day_in_digits, on_a_24_hour_clock, times_in, writes_times_with_a_point,
)
from .periods import KOREAN_QUARTER_OF_FOUR, QUARTER_BY_ITS_MONTHS, quarter_of_months, without_month_numbers
from .dozens import dozens_in
from .shares import FRACTION, HALF_AS, HANZI_FRACTION, HANZI_PERCENT, fraction_value, fractions_in_words


class _NumbersAndTimes(NamedTuple):
    """The times of a text, and the numbers outside them, in order."""

    times: tuple[Time, ...]
    numbers: tuple[Number, ...]


# A decade, by its first year or the two last digits of its years: the 1990s, the '90s, German
# 90er (die 90er-Jahre, in den 90ern), Danish 90'erne, Japanese and Chinese 90年代, Russian 90-х,
# French les années 90, Spanish los años 90, Polish lata 70. (w latach 70.). Only a decade pairs with a decade: a year is a year.
_DECADE = lazy_compile(
    r"(?<=(?<!\p{L})(?:années|años|anni|anos|lat|lata|latach|latami)\s)(?:\p{Nd}{2})?\p{Nd}0(?!\p{Nd})|(?:\p{Nd}{2})?\p{Nd}0(?:['’]?s(?!\p{L})|['’]?er|年代|-[хе])"
)
# One of a unit the Arabic singular counts, and that singular (with its accusative ending, يوماً).
ARABIC_SINGULARS: Final[Mapping[str, str]] = {
    "hour": "ساعة", "minute": "دقيقة", "day": "يوم", "week": "أسبوع", "month": "شهر", "year": "عام|سنة", "dollar": "دولار",
    "point": "نقطة", "goal": "هدف",
}
# A noun in the dual, which says two by itself. Arabic puts any noun in the dual (-ān, -ayn, and
# -atān, -atayn after a feminine): سفينتان, وزيرين, with the article and a conjunction before
# (الطائرتين, وللبلدين). Without its vowels, a plural may read the same (بلدان, المتظاهرين),
# and so do other words: one of three letters or fewer before the ending is a shorter word (كان,
# بين, الذين, مكان), `_an_arabic_dual` tells the commonest others, and `_counted_plural` a
# plural a number counts (3 لاعبين), as a dual takes none. Hebrew has the dual for a
# few nouns of time (יומיים, שבועיים, שנתיים; with a prefix, בשנתיים).
DUAL: Final[Mapping[str, str]] = {
    "ar": r"(?<![\p{L}\p{M}])(?>(?P<conjunction>[وف]?)(?:[بلك]?ال|لل)?)(?P<word>[ء-غف-ي]{3,}(?:ان|ين))\p{M}*(?![\p{L}\p{M}])",
    "he": r"(?<!\p{L})[בהוכלמש]{0,2}(?:יומ|שבוע|חודש|שנת|שעת|פעמ)יי?ם(?!\p{L})",
}
# Arabic words that end as a dual does and are none, without the article: places, months
# (نيسان, حزيران, تشرين), names, nouns in -ān, plurals.
_NOT_DUALS: Final[frozenset[str]] = frozenset(
    "لبنان إيران يابان سودان يونان بحرين فلبين أرجنتين أذربيجان طهران برلين بكين كرملين فلسطين تايوان فاتيكان بلقان "
    "نيسان حزيران تشرين رمضان شعبان طالبان إخوان عثمان سليمان عدنان برهان ياسين "
    "برلمان إنسان طيران سرطان فيضان بركان عدوان إعلان إيمان ميدان ضمان سلطان ديوان عنوان ميزان حيوان شيطان فقدان "
    "عصيان حرمان نسيان دوران سريان إسكان إدمان عمران نيران جيران شبان أركان أديان ألوان أحيان "
    "ملايين بلايين قوانين عناوين ميادين تمارين براكين بساتين آخرين".split()
)


# Nouns of a place or a thing that begin with م as participles do, whose -ين is the dual
# (مشروعين, مصنعين), not the plural of people that a participle's is (المفقودين).
_ARABIC_NOUNS_IN_M: Final[frozenset[str]] = frozenset(
    "مشروع مصنع مكتب مجلس مسجد مطار مركز منزل مصرف ملعب موقع مخيم منجم مفاعل متحف مختبر مستودع مقعد مؤتمر مبنى مستشفى".split()
)
# In the construct state, before the noun it governs, the Arabic dual has lost its ن (وزيرا
# الخارجية, رئيسي الوزراء): read only before a noun with the article or a currency, and not
# after a number, whose noun is in the accusative, also in ـا (20 شخصا). Not a word that
# only ends so: an adverb or a conjunction (أيضا, حوالي, عندما), a verb (قالوا, يجري), a
# word in the accusative before a time (أصدرت بيانا الخميس).
_ARABIC_CONSTRUCT_DUAL = lazy_compile(
    r"(?<![\p{L}\p{M}])(?<!\p{Nd}\s{0,2})(?P<conjunction>[وف]?[بل]?)(?P<word>(?!ال)[ء-غف-ي]{3,}[اي])(?![\p{L}\p{M}])"
    r"(?=\s+(?:ال(?!(?:خميس|جمعة|سبت|أحد|اثنين|ثلاثاء|أربعاء|يوم|ماضي|مقبل|حالي)(?!\p{L}))\p{L}|(?:دولار|يورو|جنيه|ريال|درهم|دينار|ليرة)(?!\p{L})))"
)
_NOT_CONSTRUCT_DUALS: Final[frozenset[str]] = frozenset(
    "أيضا حوالي حاليا تقريبا أخيرا مؤخرا سابقا لاحقا دائما غالبا فورا رسميا صباحا مساء ليلا نهارا ظهرا عندما بينما ربما كلما طالما "
    "إنما مهما".split()
)


@functools.lru_cache(maxsize=4)
def _dual_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(DUAL[language])


def duals_in(text: str, language: str) -> int:
    """How many nouns in the dual `text` has (one of `DUAL`'s languages), in Arabic also in
    the construct state (وزيرا الخارجية). Asked only for a two the source says, which a
    plural that reads as a dual (لاعبين) may then be; not one a number counts (3 لاعبين,
    ثلاثة لاعبين), nor a million or a billion: `dual_amounts` tells what those say."""
    matches = _dual_pattern(language).finditer(text)
    if language != "ar":
        return sum(1 for _ in matches)
    construct = _ARABIC_CONSTRUCT_DUAL.finditer(text) if "ا " in text or "ي " in text else ()
    duals = [match for match in matches if _an_arabic_dual(match)] + [match for match in construct if _in_construct_state(match)]
    return sum(1 for match in duals if not _counted_plural(text, match.start()))


def dual_amounts(text: str) -> Counter[Decimal]:
    """The amounts an Arabic `text` says by a million or a billion in the dual: 2000000000 for ملياري دولار."""
    if "مليون" not in text and "مليار" not in text:
        return Counter()
    return Counter(Decimal(2 * SCALE_OF[match.group("scale")]) for match in ARABIC_DUAL_SCALES.finditer(text))


def _in_construct_state(match: regex.Match[str]) -> bool:
    """Whether a word `_ARABIC_CONSTRUCT_DUAL` finds is a noun in the dual, as far as its letters tell."""
    word = match.group("word")
    forms = (match.group(), word)
    if word.endswith(("وا", "ما")) or word.startswith(("ي", "ت")) and word.endswith("ي") or word[:-1] in SCALE_OF:
        return False  # a verb (قالوا, يجري), a conjunction (عندما); a million or a billion is `dual_amounts`'
    return not any(form in _NOT_CONSTRUCT_DUALS or form in NUMBER_WORDS["ar"] for form in forms)


# What counts the Arabic word after it, which is then a plural, as a dual takes no count: a
# number (3 لاعبين, ثلاثة لاعبين; أحد اللاعبين, one of the players) or a word of quantity
# (عدد, عدة, بضعة, عشرات: a number, several, a few, dozens), with من (of) between or not (3 من لاعبي الفريق).
# Not two, nor Monday (أصيب يوم الاثنين لاعبين: two players were hurt on Monday), nor every
# (كل يومين: every two days).
_ARABIC_COUNT_BEFORE = lazy_compile(r"(?:\p{Nd}|(?<![\p{L}\p{M}])(?P<word>\p{L}+))\p{M}*\s+(?:من\s+)?$")
_ARABIC_QUANTITIES: Final[frozenset[str]] = frozenset("عدد عدة بضعة بضع عشرات مئات آلاف ملايين بعض معظم أغلب".split())


def _counted_plural(text: str, start: int) -> bool:
    """Whether a number or a word of quantity counts the Arabic word at `start` of `text`: a
    plural then, whose -ين or -ي reads as a dual's (3 لاعبين: three players)."""
    before = _ARABIC_COUNT_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group("word")
    return word is None or word in _ARABIC_QUANTITIES or NUMBER_WORDS["ar"].get(word, 2) != 2


def _an_arabic_dual(match: regex.Match[str]) -> bool:
    """Whether a word `DUAL` finds in Arabic is a noun in the dual, as far as its letters tell."""
    word = match.group("word")
    if word.endswith("ستان") or len(word) == 5 and word.startswith("ت") and word.endswith("ين"):
        return False  # a country (باكستان), a masdar (تحسين)
    if word.startswith("م") and word.endswith("ين") and not word.endswith("تين") and word[:-2] not in _ARABIC_NOUNS_IN_M:
        return False  # a participle's plural, as news so often has them (المتظاهرين, المفقودين), more than its dual
    # A number in words (عشرين) or a weekday (الاثنين: Monday) is read as what it is.
    return not any(form in _NOT_DUALS or form in NUMBER_WORDS["ar"] for form in (match.group(), word, match.group("conjunction") + word))


# A time in seconds and hundredths as French, Italian, Portuguese, Japanese and Chinese sport
# write it: 9 s 58, 9s58, 9″58 (typed 9"58 or 9''58), 9秒58.
_SECONDS_AND_HUNDREDTHS = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}{1,2})(?:[ \u00a0\u202f]s[ \u00a0\u202f]|s|″|\"|''|秒)(\p{Nd}{2})(?!\p{N})")
# What tells seconds typed with straight marks (9"58, 9''58) from the quotation marks of most
# texts, and seconds written close (9s58) from the rest of a text's s.
_TYPED_SECONDS_HINT = re.compile(r"\d(?:\"|''|s)\d")


def text_of(value: Decimal | int, numbers: list[str], locale: Locale) -> str | None:
    """The first of `numbers` (as a report gives them) that is `value`."""
    return next((text for text in numbers if reported_value(text, locale) == value), None)


def all_among(values: Sequence[Decimal], numbers: list[str], locale: Locale) -> bool:
    """Whether `numbers` (as a report gives them) have each of `values`, as many times as it is there."""
    return len(without_values(numbers, values, locale)) + len(values) == len(numbers)


def without_values(numbers: list[str], values: Iterable[Decimal], locale: Locale) -> list[str]:
    """`numbers` (as a report gives them) without one of each of `values`, where it has them."""
    left = list(numbers)
    for value in values:
        if (text := text_of(value, left, locale)) is not None:
            left.remove(text)
    return left


def reported_value(text: str, locale: Locale) -> Decimal | None:
    """The value of a number as a report gives it: `3,4 (= 3.4 in de)` is 3.4."""
    return decimal_value(text.partition(" (")[0], locale)


def numbers_stated(text: str, locale: Locale, clock_hours: frozenset[int] = frozenset()) -> frozenset[int]:
    """Every whole number `text` states, in any form the checks read, whatever else the words
    may mean: in digits, also inside a code (G7), in words (sei, which is also `you are`), Roman
    numerals, compounds (dreijährig), fractions (十分之七 states seven and ten, un quart
    four), in kanji anywhere (两党, 三峡) and the kanji of two things (両国, 双方), a dozen
    (ein Dutzend), ten or a dozen said roughly (une dizaine, десяток), a word that says its
    number (Doppelpack, hat-trick, trio, doppelt, le triple), two by a noun in the dual (وزيران)
    or a comparison by half (halb so viele), and the hour before a half hour where it is one of
    the `clock_hours` the source says in words (halb neun, half negen, 8:30, states the eight
    of half past eight, not that of eight people)."""
    stated = set(written_out_numbers(text, locale))
    stated.update(
        int(number.value) for number in numbers_and_times(text, locale).numbers if number.value is not None and number.value % 1 == 0
    )
    stated.update(int(digits) for digits in DIGIT_RUN.findall(text))
    stated.update(number for fraction in fractions_in_words(text, locale.language) for number in fraction)
    if locale.language in KANJI_LANGUAGES:
        stated.update(kanji_value(run) for run in _KANJI_RUNS.findall(text))
        if _BOTH_IN_KANJI.search(text):
            stated.add(2)
        in_fractions = (number_said(part, locale.language) for parts in HANZI_FRACTION.findall(text) for part in parts)
        stated.update(number for number in in_fractions if number is not None)
    stated.update(int(12 * count) for count in dozens_in(text, locale.language))
    if (ten_or_so := _TEN_OR_SO.get(locale.language)) is not None and ten_or_so.search(text):
        stated.update((10, 12))
    stated.update(number for number, words in WORDS_SAYING_A_NUMBER.items() if words.search(text))
    # A comparison by half divides by two, as `deux fois moins` says: a multiple said as one is
    # `changed_multiples`' to report.
    hints, half_as = HALF_AS.get(locale.language, (NO_HINTS, None))
    if half_as is not None and any(hint in text for hint in hints) and half_as.search(text):
        stated.add(2)
    if clock_hours:
        stated.update(hour for _, hour in half_hours_in(text, locale.language) if hour in clock_hours)
    if 2 not in stated and locale.language in DUAL and duals_in(text, locale.language):
        stated.add(2)
    return frozenset(stated)


_KANJI_RUNS = lazy_compile(KANJI_RUN)
# Two things in one kanji: 両国 (both countries), 双方 (both sides), 俩 (the two).
_BOTH_IN_KANJI = lazy_compile("[両双雙俩倆]")
# About ten or a dozen, as translations say either: une dizaine, una decena, una decina, uma
# dezena, een tiental, десяток, kilkanaście (ten-odd).
_TEN_OR_SO: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)
    for language, words in {
        "fr": "dizaines?", "es": "decenas?", "it": "decin[ae]", "pt": "dezenas?", "nl": "tientall(?:en)?|tiental",
        "ru": r"десят(?:ок|ка|ку|ком|ке|ки|ков|кам|ками|ках)", "pl": r"kilkanaście|kilkunast\p{L}*|dziesiąt(?:ek|ka|ki|ków)",
        "ar": "دزينة|دستة",
    }.items()
}


def numbers_and_times(
    text: str, locale: Locale, months: frozenset[int] = frozenset(), point_times: bool = False,
    source_spans: frozenset[tuple[int, int]] = frozenset(),
) -> _NumbersAndTimes:
    """The times and numbers of `text`; with `months`, those the other side names in words,
    a month written as a number (11月, 24.11.2026) is no number to compare; with `point_times`,
    an hour and minutes with a point between them (19.45) is a time; `source_spans`, the
    spans of months in digits of the source of a translation, whose months are no quarter."""
    text = with_arabic_separators_as_the_locales(text, locale)
    if "，" in text or "．" in text:
        text = _FULLWIDTH_DECIMAL.sub(".", _FULLWIDTH_GROUP.sub(",", text))  # ４．５ and ４８，０００ as 4.5 and 48,000
    hour_word, part_of_day_after = HOUR_BEFORE_PART_OF_DAY.get(locale.language, ("", None))
    if part_of_day_after is not None and hour_word in text:
        text = part_of_day_after.sub(hour_before_part_of_day_in_digits, text)
    if "बजे" in text:
        text = HINDI_HOUR.sub(hour_before_part_of_day_in_digits, text)
    if "عشر" in text:
        text = ARABIC_TEEN.sub(arabic_teen_in_digits, text)
    if "ال" in text:
        text = ARABIC_HOUR.sub(arabic_hour_in_digits, text)
    if "点" in text or "點" in text or "時" in text:
        text = HANZI_HOUR.sub(hanzi_hour_in_digits, text)
    if "/" in text or "½" in text or "¼" in text or "¾" in text:
        # 1 1/2, 1½ and ½ as the decimal they are (1.5, 0.5), which the translation may write
        # in digits or with a half in words
        decimal = symbols(locale)[1]
        text = FRACTION.sub(lambda match: plain(fraction_value(match)).replace(".", decimal), text)
    if ("″" in text or "秒" in text or " s " in text or "\u00a0s" in text or "\u202fs" in text
            or _TYPED_SECONDS_HINT.search(text)):
        # 9 s 58, 9s58, 9″58, 9"58 and 9秒58 as the 9.58 seconds they are
        decimal = symbols(locale)[1]
        text = _SECONDS_AND_HUNDREDTHS.sub(lambda match: match.group(1) + decimal + match.group(2), text)
    if "百分之" in text:
        text = HANZI_PERCENT.sub(lambda match: f"{kanji_value(match.group(1))}%", text)
    if "분기" in text:
        text = KOREAN_QUARTER_OF_FOUR.sub(r"\1분기", text)  # 2·4분기, the second of four quarters, as 2분기
    if "万亿" in text or "萬億" in text:
        text = text.replace("万亿", "兆").replace("萬億", "兆")  # Chinese ten thousand hundred millions: a trillion
    if "'" in text or "’" in text or "-" in text or "–" in text or "/" in text or "～" in text or "〜" in text:
        # A year written short is the year (the 2022-23 season, the class of '89): either side may.
        text = _SHORT_YEAR_AFTER.sub(lambda match: match.group(1) + match.group(2) + match.group(1)[:2] + match.group(3), text)
        text = _SHORT_YEAR.sub(lambda match: _century(int(match.group(1))) + match.group(1), text)
    if months:
        text = without_month_numbers(text, months, locale)
    elif locale.language in KANJI_LANGUAGES and "月" in text:
        # 7～9月期 as the third quarter it is, where the source names no month to pair with its months
        text = QUARTER_BY_ITS_MONTHS.sub(lambda match: quarter_of_months(match, source_spans), text)
    times, rest = times_in(text, locale.language, on_a_24_hour_clock(locale), point_times)
    measured = ranges_of_a_measure(rest)
    numbers: list[Number] = []
    amount: tuple[int, int, int] | None = None  # the last number written with scale characters: start, end, smallest scale
    previous_start = previous_end = 0  # the last number's place
    for match in number_pattern(locale).finditer(rest):
        value = decimal_value(match.group(), locale)
        character_scale, character_end = scale_of_character(rest, match.end())
        # 1兆2000億 and 2万5000 (Korean: 1조 2000억), 9億5千万 are one amount, 1.2 trillion, 25,000
        # and 950 million: each part right after the last, on a smaller scale.
        continues = amount is not None and match.start() - amount[1] in (0, 1) and not rest[amount[1] : match.start()].strip()
        if continues and value is not None and character_scale < amount[2]:
            start, end = amount[0], character_end
            total = numbers[-1].scaled + value * character_scale
            numbers[-1] = Number(rest[start:end], total, total, rest[start:end])
            amount = (start, end, character_scale) if character_scale > 1 else None
            continue
        scale = scale_after(rest, match.end(), locale.language, currency_scales_in(locale)) if value is not None else None
        # 2 und eine halbe Milliarde, 2 and a half billion: the half between the digits and their scale.
        half = HALF_BEFORE_A_SCALE.match(rest, match.end()) if scale is None and value is not None else None
        if half is not None and (scale := scale_after(rest, half.end(), locale.language, currency_scales_in(locale))) is None:
            half = None
        if scale is None:
            # A decade has a 0 for its second or fourth digit (90er, 1990s): most numbers are told without the pattern.
            decade = "0" in rest[match.start() + 1 : match.start() + 4] and _DECADE.match(rest, match.start()) is not None
            measure = any(start <= match.start() < end for start, end in measured)
            numbers.append(Number(match.group(), value, decade=decade, measure=measure))
        else:
            multiplier, scale_end = scale
            amount_scaled, scale_end = with_a_half(rest, scale_end, value * multiplier, half is not None)
            if numbers and (first := _range_start_on_the_scale_of(numbers[-1], value, rest[previous_end : match.start()])):
                # entre 2.100 y 2.300 millones: the first amount of a range is on the scale of the second
                numbers[-1] = Number(first.text, first.value, first.value * multiplier, rest[previous_start:scale_end])
            numbers.append(Number(match.group(), value, amount_scaled, rest[match.start() : scale_end]))
        amount = (match.start(), character_end, character_scale) if character_scale > 1 and value is not None else None
        previous_start, previous_end = match.span()
    return _NumbersAndTimes(tuple(times), tuple(numbers))


# What joins the two ends of a range of amounts: entre 2.100 y 2.300 millones, von 2 bis 3 Milliarden.
_AMOUNT_RANGE_JOINER = lazy_compile(
    r"\s*[-–]\s*|\s+(?:to|and|bis|und|à|et|a|y|e|tot|en|até)\s+(?:(?:de\s+)?(?:los|las|les|le|gli|i|as|os)\s+)?", regex.IGNORECASE
)


def _range_start_on_the_scale_of(first: Number, second: Decimal, between: str) -> Number | None:
    """`first` when it is a number without a scale that starts a range ending on `second`, on
    a scale (`between` is what stands between them): a smaller number of the same order."""
    if first.scaled is not None or first.value is None or not 0 < first.value < second <= first.value * 10:
        return None
    return first if _AMOUNT_RANGE_JOINER.fullmatch(between) else None


@functools.lru_cache(maxsize=1024)
def source_numbers_and_times(msgid: str, source: Locale, months: frozenset[int] = frozenset()) -> _NumbersAndTimes:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the
    other. Where the source's locale writes times with a point (Danish, Finnish: 19.45), its
    hours and minutes so are times; a translation's are read as numbers, which may be a
    decimal written the source's way (19.45 procent)."""
    return numbers_and_times(prose_of(msgid), source, months, writes_times_with_a_point(source))


# A season's second year after its first (2022-23, 1999/00, 2024～25年), and a year after an apostrophe
# ('89, not the '90s, which is a decade).
_SHORT_YEAR_AFTER = lazy_compile(r"(?<![\p{Nd}./-])((?:19|20)\p{Nd}{2})([-–/～〜])(\p{Nd}{2})(?!\p{Nd}|[-–/.～〜]\p{Nd})")  # not 2026-11-24
_SHORT_YEAR = lazy_compile(r"(?<![\p{L}\p{Nd}])['’](\p{Nd}{2})(?![\p{Nd}\p{L}])")


def _century(two_digits: int) -> str:
    """The century of a year written with its two last digits: '89 is 1989, '05 is 2005 (a
    fixed turn, so that a unit reads the same every year it is checked)."""
    return "19" if two_digits > _CENTURY_TURN else "20"


_CENTURY_TURN = 30


# Full-width separators: the period between digits of either width (４．５, 4．5), the comma
# only between full-width digits (４８，０００), as after digits it is more often a comma
# (到2025，300家公司: by 2025, 300 companies).
_FULLWIDTH_DECIMAL = lazy_compile(r"(?<=\p{Nd})．(?=\p{Nd})")
_FULLWIDTH_GROUP = lazy_compile(r"(?<=[０-９])，(?=[０-９]{3}(?!\p{Nd}))")
