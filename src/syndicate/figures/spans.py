"""Spans of time: the spans a text gives in seconds to years (`_spans`: 18 months, anderthalb
Jahre, 一年半), compared by their length, and one the translation gives as another
(`changed_spans`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Final, NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import KANJI_LANGUAGES, WORD, blanked, decimal_value, plain, symbols
from .number_words import (
    ARABIC_TEEN, COUNTS_CHANGED_IN_WORDS, KANJI_RUN, NUMBER_COMPOUNDS, NUMBER_PREFIXES, NUMBER_WORDS, TO_TWELVE_FORMS,
    arabic_teen_in_digits, halves_in_place, in_a_range, number_said, words_and_numbers,
)
from .periods import PERIOD_HALF_HINTS, period_halves_pattern
from .shares import FRACTION, fraction_value
from .digits import all_among, numbers_stated


class _Span(NamedTuple):
    """A span of time a text gives, in months (months and years) or in seconds (weeks, days,
    hours, minutes and seconds), which a calendar cannot turn into each other."""

    length: Decimal  # 18 for 18 months, 18 Monate, anderthalb Jahre, 一年半 or un an et six mois; 5400 for une heure et demie
    unit: str  # month or second
    numbers: tuple[int, ...]  # the counts it states in any form: 6 of six months, 2 and 6 of zwei Jahre und sechs Monate; none of ein halbes Jahr
    digits: tuple[Decimal, ...]  # the counts it writes in digits, as the numbers check reads them: 2 of 2 Jahre, 1 and 6 of 1年6月
    start: int
    end: int
    words: str  # as written: a year and a half
    # The length its count says where its words are also an idiom of another: 15 days of quinze
    # jours (two weeks), 8 of huit jours (a week).
    counted: Decimal | None = None


class _SpansCompared(NamedTuple):
    """The spans of time of a source and of its translation, compared by their length."""

    said: list[tuple[_Span, _Span]]  # each of the source's the translation gives, with the translation's
    unsaid: list[_Span]  # the source's the translation does not give
    others: list[_Span]  # the translation's that are none of the source's


# The nouns of a span of seconds to decades after its count, by language, in the forms a count
# gives them (2 Jahre, in zwei Jahren, два года, пять лет, dwa lata, 18个月, 2年間, 72 Stunden).
# Japanese courts count a sentence's months without a counter after its years (禁錮1年6月).
# A decade before a year, which may start its noun (Jahrzehnt). Not the Arabic عقد, also a contract.
_SPAN_NOUNS: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {"second": "seconds?", "minute": "minutes?", "hour": "hours?", "day": "days?", "week": "weeks?", "month": "months?", "decade": "decades?", "year": "years?"},
    "de": {"second": "Sekunden?", "minute": "Minuten?", "hour": "Stunden?", "day": "Tag(?:e|en|es)?", "week": "Wochen?",
           "month": r"Monat(?:e|en|s)?|monatig\p{L}*", "decade": "Jahrzehnt(?:e|en|s)?|Dekaden?", "year": r"Jahr(?:e|en|es)?|jährig\p{L}*"},
    "nl": {"second": "seconde|seconden", "minute": "minuut|minuten", "hour": "uur|uren", "day": "dag|dagen", "week": "weken|week", "month": "maand|maanden",
           "decade": "decennium|decennia", "year": "jaar|jaren"},
    "fr": {"second": "secondes?", "minute": "minutes?", "hour": "heures?", "day": "jours?|journées?", "week": "semaines?", "month": "mois", "decade": "décennies?", "year": "ans?|années?"},
    "es": {"second": "segundos?", "minute": "minutos?", "hour": "horas?", "day": "días?", "week": "semanas?", "month": "mes(?:es)?", "decade": "décadas?|decenios?", "year": "años?"},
    "it": {"second": "second[oi]", "minute": "minut[oi]", "hour": "or[ae]", "day": "giorn[oi]", "week": "settiman[ae]", "month": "mes[ei]", "decade": "decenni[oi]?", "year": "ann[oi]"},
    "pt": {"second": "segundos?", "minute": "minutos?", "hour": "horas?", "day": "dias?", "week": "semanas?", "month": "m[eê]s(?:es)?", "decade": "décadas?|dec[êé]nios?", "year": "anos?"},
    "ru": {"second": r"секунд\p{L}*", "minute": r"минут\p{L}*", "hour": "час(?:а|ов|ам|ами|ах)?", "day": r"дн(?:я|ей|ям|ями|ях)|день|сут(?:ки|ок|кам|ками)",
           "week": r"недел\p{L}*", "month": r"месяц\p{L}*", "decade": r"десятилети\p{L}*", "year": "год(?:а|у|ом|ам|ами|ах)?|лет"},
    "pl": {"second": r"sekund\p{L}*", "minute": r"minut\p{L}*", "hour": r"godzin\p{L}*", "day": "dni|dzień|dnia|dób|doby", "week": r"tydzień|tygodni\p{L}*",
           "month": r"miesi[ąę]c\p{L}*", "decade": r"dekad\p{L}*|dziesięcioleci\p{L}*", "year": "rok(?:u|iem)?|lat(?:a|ach)?"},
    "ar": {"second": r"ثوان\p{L}*|ثانية", "minute": r"دقيق\p{L}*|دقائق", "hour": r"ساع\p{L}*", "day": r"يوم\p{L}*|أيام", "week": r"أسبوع\p{L}*|أسابيع",
           "month": r"شهر\p{L}*|أشهر|شهور", "year": r"عام\p{L}*|أعوام|سنة|سنوات"},
    "zh": {"second": "秒钟|秒鐘|秒", "minute": "分钟|分鐘", "hour": "个?小时|個?小時", "day": "天", "week": "个?星期|個?星期|周", "month": "个月|個月", "year": "年"},
    "ja": {"second": "秒間?", "minute": "分間?", "hour": "時間", "day": "日間", "week": "週間?", "month": r"[かヶカケヵ箇]月間?|(?<=\p{Nd}年\p{Nd}{1,2})月",
           "year": "年間?"},
    "uk": {"second": r"секунд\p{L}*", "minute": r"хвилин\p{L}*", "hour": r"годин\p{L}*", "day": r"дн(?:і|ів|я|ям|ями|ях)|день|доб(?:а|и|у)",
           "week": r"тижн\p{L}*|тиждень", "month": r"місяц\p{L}*|місяці\p{L}*", "decade": r"десятиліт\p{L}*", "year": "рік|років|роки|року|роками"},
    "sv": {"second": "sekund(?:er|erna)?", "minute": "minut(?:er|erna)?", "hour": "timm(?:e|ar|arna)", "day": "dag(?:ar|arna|en)?",
           "week": "veck(?:a|or|orna|an|ors)", "month": "månad(?:er|erna|en|ers)?", "decade": "decenni(?:um|er|erna)",
           "year": "år(?:en|et|s)?"},
    # Not let (also a flight) but after a count: 6 let is six years.
    "cs": {"second": r"sekund\p{L}*", "minute": r"minut\p{L}*", "hour": r"hodin\p{L}*", "day": "den|dny|dnů|dní|dnech|dnem|dni|dnům",
           "week": "týden|týdne|týdnů|týdny|týdnech|týdnem", "month": r"měsíc\p{L}*", "decade": r"desetiletí\p{L}*|dekád\p{L}*",
           "year": "rok|roku|rokem|roky|roků|let|letech|lety|léta"},
    "sk": {"second": r"sekúnd\p{L}*|sekund\p{L}*", "minute": r"minút\p{L}*|minúty|minúta", "hour": r"hodín\p{L}*|hodiny|hodina|hodinu",
           "day": "deň|dni|dní|dňa|dňoch", "week": r"týžd\p{L}*", "month": r"mesiac\p{L}*|mesiacov", "year": "rok|roka|roky|rokov|rokoch"},
    "el": {"second": r"δευτερόλεπτ\p{L}*", "minute": r"λεπτ\p{L}*", "hour": r"ώρ\p{L}*|ωρών", "day": r"ημέρ\p{L}*|ημερών|μέρ\p{L}*",
           "week": r"εβδομάδ\p{L}*|εβδομάδων", "month": "μήνα|μήνες|μηνών|μηνός", "decade": r"δεκαετί\p{L}*|δεκαετιών",
           "year": r"χρόνι\p{L}*|χρόνο|χρόνων|έτη|ετών|έτους|έτος"},
    "fi": {"second": r"sekunti\p{L}*|sekunni\p{L}*", "minute": r"minuut\p{L}*|minuuti\p{L}*", "hour": r"tunti\p{L}*|tunni\p{L}*",
           "day": r"päivä\p{L}*|päivi\p{L}*", "week": r"viikko\p{L}*|viiko\p{L}*", "month": r"kuukau\p{L}*|kuukaus\p{L}*",
           "decade": r"vuosikymmen\p{L}*", "year": r"vuo(?:si|tta|den|deksi|dessa|desta|det|sia|siksi|sien|sina)"},
    # Romanian counts from twenty with de before the noun (20 de ani): see _COUNT_JOINS.
    "ro": {"second": r"secund\p{L}*", "minute": r"minut\p{L}*", "hour": "oră|ore|orei|orelor", "day": "zi|zile|zilei|zilelor",
           "week": r"săptămân\p{L}*", "month": "lună|luni|lunii|lunile|lunilor", "decade": r"deceni\p{L}*", "year": "an|ani|anul|anului|anilor"},
    "hu": {"second": r"másodperc\p{L}*", "minute": r"perc\p{L}*", "hour": r"órá(?!kor)\p{L}*|óra", "day": r"nap\p{L}*",
           "week": r"hét|het(?:et|es|ig|re|en)\p{L}*", "month": r"hónap\p{L}*", "decade": r"évtized\p{L}*", "year": r"év\p{L}*"},
    "tr": {"second": r"saniye\p{L}*", "minute": r"dakika\p{L}*", "hour": r"saat\p{L}*", "day": r"gün\p{L}*", "week": r"hafta\p{L}*",
           "month": r"ay(?:lık|dır|da|dan|a|ı|ın|lar|larca)?", "decade": r"on\s+yıl\p{L}*", "year": r"yıl\p{L}*"},
    # Vietnamese giờ is also the clock's hour (lúc 6 giờ): not read.
    "vi": {"second": "giây", "minute": "phút", "day": "ngày", "week": "tuần", "month": "tháng", "decade": "thập kỷ|thập niên", "year": "năm"},
    "id": {"second": "detik", "minute": "menit", "hour": "jam", "day": "hari", "week": "minggu|pekan", "month": "bulan",
           "decade": "dekade|dasawarsa", "year": "tahun"},
    "he": {"second": "שניות|שנייה|שניה", "minute": "דקות|דקה", "hour": "שעות|שעה", "day": "ימים|יום", "week": "שבועות|שבועי|שבוע",
           "month": "חודשים|חודשי|חודש", "year": "שנים|שנות|שנה"},
    "hi": {"second": "सेकंड|सेकेंड", "minute": "मिनट", "hour": "घंटे|घंटा|घंटों", "day": "दिन|दिनों", "week": "हफ्ते|हफ़्ते|हफ्तों|सप्ताह",
           "month": "महीने|महीना|महीनों|माह", "year": "साल|सालों|वर्ष|वर्षों"},
    "fa": {"second": "ثانیه", "minute": "دقیقه", "hour": "ساعت", "day": "روز", "week": "هفته", "month": "ماه", "year": "سال"},
}
# What stands between a count and its span's noun besides a space: Romanian's de from twenty
# (20 de ani, 25 de zile).
_COUNT_JOINS: Final[Mapping[str, str]] = {"ro": r"(?:de\s+)?"}
# Each unit of a span in the unit its length is compared in: decades and years are months, weeks to minutes seconds.
_SPAN_UNITS: Final[Mapping[str, tuple[int, str]]] = {
    "decade": (120, "month"), "year": (12, "month"), "month": (1, "month"),
    "week": (7 * 24 * 3600, "second"), "day": (24 * 3600, "second"), "hour": (3600, "second"), "minute": (60, "second"),
    "second": (1, "second"),
}
# The unit of a span a compound word counts: dreijährig, driejarig, двухмесячный, trzyletni, decennale.
_COMPOUND_SPANS: Final[Mapping[str, str]] = {
    "jährig": "year", "monatig": "month", "wöchig": "week", "летн": "year", "месячн": "month", "недельн": "week", "letn": "year",
    "miesięczn": "month",
    "ennal": "year", "enni": "year", "ennat": "year", "enal": "year", "enio": "year", "jahres": "year", "monats": "month",
    "tägig": "day", "stündig": "hour", "minütig": "minute", "дневн": "day", "часов": "hour", "dniow": "day", "godzinn": "hour",
    "jarig": "year", "maands": "month", "weeks": "week", "daags": "day", "urig": "hour",
}
# Spans said without a count of their own: half a year (ein halbes Jahr, medio año, полгода, 半年),
# a year (ein Jahr, un an, год, 一年), two in the Arabic dual (عامين, شهرين, أسبوعين, يومين, ساعتين), two weeks as a
# fortnight or fourteen or fifteen days (vierzehn Tage, quinze jours, una quincena), a week as
# eight days (huit jours, ocho días), a day (ein Tag, сутки) and half a day, an hour, half an
# hour (eine halbe Stunde, полчаса, 半小时), a quarter or three quarters of one (eine
# Viertelstunde, trois quarts d'heure), a quarter of a year or of a century (ein Vierteljahr,
# un quart de siècle). Not a quarter alone, which is a business's. Each with the words in lower
# case one of which any of its forms has, so that a sentence without them is not scanned for it
# (None: one it is scanned for always, as a year without a count is said in so many ways).
_SPANS_WITHOUT_A_COUNT: Final[Mapping[tuple[int, str], tuple[tuple[str, ...] | None, regex.Pattern[str]]]] = {
    (6, "month"): (("half", "halb", "semestre", "demi-ann", "medio", "mezzo", "meio", "пол", "pół", "نصف", "半年"), lazy_compile(
        r"half[\s-]+a[\s-]+year|half-year|halbe[snm]?\s+Jahr|Halbjahr|half\s*jaar|semestre|demi-année|medio\s+año|mezzo\s+anno|meio\s+ano|"
        r"полгода|полугоди|пол\s+года|pół\s+roku|półrocz|نصف\s+(?:عام|سنة)|半年",
        regex.IGNORECASE,
    )),
    # (not عام 2024, the year 2024)
    (12, "month"): (None, lazy_compile(
        r"(?<!\p{L})(?:a\s+year|(?:ein|einem|eines|un|une|um)\s+(?:Jahr(?:es)?|an|année|año|anno|ano)|год\p{L}?|rok\p{L}?"
        r"|(?:عام|سنة)(?!\s*\p{Nd}))(?!\p{L})|一年|(?<!\p{Nd})1年",
        regex.IGNORECASE,
    )),
    (24, "month"): (("عام", "سنت", "שנתיים"), lazy_compile(r"(?<!\p{L})(?:عامين|عامان|سنتين|سنتان|[ובלמ]?שנתיים)(?!\p{L})")),
    (2, "month"): (("شهر", "חודשיים"), lazy_compile(r"(?<!\p{L})(?:شهرين|شهران|[ובלמ]?חודשיים)(?!\p{L})")),
    (2, "day"): (("يوم", "יומיים"), lazy_compile(r"(?<!\p{L})(?:يومين|يومان|[ובלמ]?יומיים)(?!\p{L})")),
    (2, "hour"): (("ساع", "שעתיים"), lazy_compile(r"(?<!\p{L})(?:ساعتين|ساعتان|[ובלמ]?שעתיים)(?!\p{L})")),
    (2, "minute"): (("دقيق",), lazy_compile(r"(?<!\p{L})(?:دقيقتين|دقيقتان)(?!\p{L})")),
    (2, "week"): (("fortnight", "quinz", "quince", "quindic", "vierzehn", "veertien", "أسبوع", "שבועיים"), lazy_compile(
        r"(?<!\p{L})(?:fortnight|quinzaine|quincena|quindicina|quinzena|أسبوعين|أسبوعان|[ובלמ]?שבועיים"
        r"|(?:quinze\s+jours|quince\s+días|quindici\s+giorni|quinze\s+dias|vierzehn\s+Tagen?|veertien\s+dagen))(?!\p{L})",
        regex.IGNORECASE,
    )),
    (1, "week"): (("huit", "ocho", "otto", "oito", "acht"), lazy_compile(
        r"(?<!\p{L})(?:huit\s+jours|ocho\s+días|otto\s+giorni|oito\s+dias|acht\s+Tagen?|acht\s+dagen)(?!\p{L})", regex.IGNORECASE,
    )),
    (1, "day"): (("day", "tag", "jour", "día", "dia", "giorno", "сут", "dob"), lazy_compile(
        r"(?<!\p{L})(?:a\s+day|(?:ein|einen|einem)\s+Tag|un\s+jour|un\s+día|un\s+giorno|um\s+dia|сутки|суток|dob[aęy])(?!\p{L})",
        regex.IGNORECASE,
    )),
    (1, "hour"): (("hour", "stunde", "heure", "ora", "час", "godzin"), lazy_compile(
        r"(?<!\p{L})(?:an\s+hour|(?:eine|einer)\s+Stunde|une\s+heure|una\s+hora|un['’]ora|uma\s+hora|час|godzin[aęy])(?!\p{L})",
        regex.IGNORECASE,
    )),
    (30, "minute"): (("half", "halb", "demi-heure", "media", "mezz", "meia", "полчаса", "pół", "نصف", "半"), lazy_compile(
        r"half\s+an\s+hour|half-hour|halbe[nr]?\s+Stunde|half\s*uur|demi-heure|media\s+hora|mezz['’]\s?ora|meia\s+hora|полчаса|pół\s+godziny"
        r"|نصف\s+ساعة|半小时|半小時|半時間",
        regex.IGNORECASE,
    )),
    (720, "minute"): (("half", "halb", "demi-journée", "mezza", "полдня", "pół", "نصف", "半"), lazy_compile(
        r"(?<!\p{L})(?:half[\s-]+a[\s-]+day|half-day|halbe[nrm]?\s+Tag|demi-journée|mezza\s+giornata|полдня|pół\s+dnia|نصف\s+يوم)(?!\p{L})"
        r"|半天|半日",
        regex.IGNORECASE,
    )),
    (15, "minute"): (("quart", "viertelstunde", "cuarto", "четверть", "kwadrans", "ربع", "一刻"), lazy_compile(
        r"(?<!\p{L})(?:quarter[\s-]+(?:of\s+an\s+)?hour|Viertelstunde|quart\s+d['’]heure|cuarto\s+de\s+hora|quarto\s+d['’]ora"
        r"|quarto\s+de\s+hora|четверть\s+часа|kwadrans|ربع\s+ساعة)(?!\p{L})|一刻钟|一刻鐘",
        regex.IGNORECASE,
    )),
    (45, "minute"): (("quart", "viertel", "cuartos", "четверти", "kwadranse"), lazy_compile(
        r"(?<!\p{L})(?:three[\s-]+quarters\s+of\s+an\s+hour|Dreiviertelstunde|drei\s+Viertelstunden|trois\s+quarts\s+d['’]heure"
        r"|tres\s+cuartos\s+de\s+hora|tre\s+quarti\s+d['’]ora|três\s+quartos\s+de\s+hora|три\s+четверти\s+часа|trzy\s+kwadranse)(?!\p{L})",
        regex.IGNORECASE,
    )),
    (3, "month"): (("quarter", "vierteljahr"), lazy_compile(r"(?<!\p{L})(?:quarter\s+of\s+a\s+year|Vierteljahr)(?!\p{L})", regex.IGNORECASE)),
    (300, "month"): (("quart", "vierteljahrhundert", "cuarto", "четверть", "ćwierć", "ربع", "四半"), lazy_compile(
        r"(?<!\p{L})(?:quarter[\s-]+(?:of\s+a\s+)?century|Vierteljahrhundert\p{L}*|quart\s+de\s+siècle|cuarto\s+de\s+siglo"
        r"|quarto\s+di\s+secolo|quarto\s+de\s+século|четверть\s+века|ćwierć\s+wieku|ربع\s+قرن)(?!\p{L})|四半世紀",
        regex.IGNORECASE,
    )),
}
# The indefinite articles that count one of a span's unit where no number word does: a week,
# an hour, a decade, einen Monat, einer Woche.
_ARTICLES_OF_ONE: Final[Mapping[str, frozenset[str]]] = {"en": frozenset({"a", "an"}), "de": frozenset({"einen", "einem", "einer"})}
# What joins the parts of a span of several units: two years and six months, deux ans et six
# mois, два года и шесть месяцев, 两年零六个月, 1年6月.
_SPAN_PARTS_JOINED = lazy_compile(
    r"\s*,?\s*(?:(?:and|und|et|y|e|i|и|і|oraz|en|och|og|ja|és|ve|và|dan|și|a|και|零|又)\s*|ו)?", regex.IGNORECASE
)


def _span_nouns(language: str) -> str:
    """The language's span nouns, a named group per unit."""
    return "|".join(f"(?P<{unit}>{noun})" for unit, noun in _SPAN_NOUNS[language].items())


@functools.lru_cache(maxsize=16)
def _counted_span_pattern(language: str) -> regex.Pattern[str]:
    nouns = _span_nouns(language)
    if language in KANJI_LANGUAGES:
        return regex.compile(rf"(?<![\p{{N}}.,])(?P<count>\p{{Nd}}+(?:\.\p{{Nd}}+)?|{KANJI_RUN})\s?(?:{nouns})")
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,/])(?P<count>\p{{Nd}}+(?:[.,]\p{{Nd}}+)?|\p{{L}}+)[\s\u00a0-]+{_COUNT_JOINS.get(language, '')}(?:{nouns})"
        r"(?![\p{L}\p{M}])", regex.IGNORECASE
    )


@functools.lru_cache(maxsize=16)
def _span_noun_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(_span_nouns(language), regex.IGNORECASE)


_CALENDAR_YEAR = lazy_compile(r"(?:1[89]|20)\p{Nd}{2}")


def _spans(text: str, locale: Locale) -> list[_Span]:
    """The spans of time `text` gives in seconds to years, each in months or in seconds
    (`_SPAN_UNITS`): counted (18 months, zwei Jahre, 18个月, 72 Stunden), with a half (anderthalb
    Jahre, une heure et demie, 一年半), without a count (ein halbes Jahr, 半年, eine halbe Stunde)
    or in parts (zwei Jahre und sechs Monate). Where two overlap (un an, un an et demi), the
    longer is the span. A half of the year named by its number (im ersten Halbjahr, au premier
    semestre) is when, no span."""
    language = locale.language
    if language not in _SPAN_NOUNS:
        return []
    if any(hint in text for hint in PERIOD_HALF_HINTS.get(language, ())):
        text = blanked(text, [match.span() for match in period_halves_pattern(language).finditer(text)])
    if "/" in text or "½" in text:  # 1 1/2 years as the 1.5 years the numbers check reads
        decimal = symbols(locale)[1]
        text = FRACTION.sub(lambda match: plain(fraction_value(match)).replace(".", decimal), text)
    if language == "ar" and "عشر" in text:  # ثمانية عشر شهرا as the 18 months the numbers check reads
        text = ARABIC_TEEN.sub(arabic_teen_in_digits, text)

    def counted(count: Decimal, unit: str, digits: tuple[Decimal, ...], start: int, end: int, words_start: int | None = None) -> _Span:
        numbers = (int(count),) if count % 1 == 0 else ()
        size, unit = _SPAN_UNITS[unit]
        return _Span(count * size, unit, numbers, digits, start, end, text[start if words_start is None else words_start : end])

    found = []  # first the spans without a count, which win where words count as long a span (quinze jours: two weeks)
    lowered = text.lower()
    for (count, unit), (hints, pattern) in _SPANS_WITHOUT_A_COUNT.items():
        if hints is None or any(hint in lowered for hint in hints):
            size, base = _SPAN_UNITS[unit]
            found.extend(_Span(Decimal(count * size), base, (), (), *match.span(), match.group()) for match in pattern.finditer(text))
    articles = _ARTICLES_OF_ONE.get(language, frozenset())
    for match in _counted_span_pattern(language).finditer(text):
        count, start = match.group("count"), match.start()
        in_digits = count[0].isdecimal()
        if in_digits and language in KANJI_LANGUAGES and match.lastgroup == "year" and _CALENDAR_YEAR.fullmatch(count):
            continue  # 2019年 is the year 2019, no span of 2019 years
        value = decimal_value(count, locale) if in_digits else 1 if count.lower() in articles else number_said(count, language)
        if value is not None and not in_digits and language not in KANJI_LANGUAGES and count.lower() not in articles:
            # The count's last word may end a number of several (twenty-one days, dix-huit mois, vingt et un jours).
            start, value = _number_ending_at(text, match.end("count"), language) or (start, value)
        if value == 1 and not in_digits and match.lastgroup == "second":
            continue  # a second, une seconde: as often an ordinal (a second term, une seconde fois) as an instant
        if value is not None:
            found.append(counted(Decimal(value), match.lastgroup, (Decimal(value),) if in_digits else (), start, match.end()))
    if (compounds := NUMBER_COMPOUNDS.get(language)) is not None:
        for match in compounds.finditer(text):
            if (unit := _COMPOUND_SPANS.get(match.group()[len(match.group(1)) :].casefold())) is not None:
                ending = WORD.match(text, match.end())  # the compound as written to its end: zweijährige, not zweijährig
                end = match.end() if ending is None else ending.end()
                found.append(counted(Decimal(NUMBER_PREFIXES[language][match.group(1).casefold()]), unit, (), match.start(), end))
    for value, match, in_digits in halves_in_place(text, language):
        # The noun inside the words of the half (un an et demi, 一年半) or right after them (anderthalb Jahre).
        noun = _span_noun_pattern(language).search(text, match.start(), match.end() + 12)
        if noun is not None and (noun.start() < match.end() or not text[match.end() : noun.start()].strip()):
            whole = (Decimal(int(value)),) if in_digits else ()
            # Its words from the one before the noun (took a year and a half) or before the half
            # (served two and a half years), of the few the pattern reads before the half.
            before = match.end("before") if match.groupdict().get("before") else match.start()
            anchor = noun.start() if noun.start() < match.end() else before
            words_start = max(match.start(), text.rfind(" ", match.start(), max(anchor - 1, 0)) + 1)
            span = counted(value, noun.lastgroup, whole, match.start(), max(match.end(), noun.end()), words_start)
            # It states its whole part (the two of two and a half years), which a translation
            # may write fused with the half (zweieinhalb Jahre).
            found.append(span._replace(numbers=(int(value),)))
    spans: list[_Span] = []
    # Of two as long, the one in digits, which the numbers check reads (1年 in 1年6月); of two
    # words, the idiom, with the length its count says (quinze jours: two weeks, or 15 days).
    for span in sorted(found, key=lambda span: (span.start - span.end, -len(span.digits))):
        if (twin := next((index for index, other in enumerate(spans) if (other.start, other.end) == (span.start, span.end)), None)) is not None:
            if (spans[twin].length, spans[twin].unit) != (span.length, span.unit) and span.unit == spans[twin].unit:
                spans[twin] = spans[twin]._replace(counted=span.length, numbers=span.numbers)
        elif not any(span.start < other.end and other.start < span.end for other in spans):
            spans.append(span)
    if (days_for := _WEEKS_AS_DAYS.get(language)) is not None:
        # deux semaines, una settimana: as long as the days the language's idiom says them in
        spans = [span._replace(counted=days_for[span.length]) if span.counted is None and span.length in days_for else span for span in spans]
    return _spans_summed(sorted(spans, key=lambda span: span.start), text)


# The weeks a language also says as a count of days, whatever its words: two weeks as quinze
# jours (fifteen days, in French, Spanish, Italian and Portuguese), a week as huit jours (eight
# days, and acht Tage in German and Dutch). A source's `fifteen days` said as `deux semaines` is
# the same span, as `quinze jours` would be; `fifteen days` as `zwei Wochen`, `sixteen days` as
# `deux semaines` are not. (In seconds, as `_SPAN_UNITS` counts weeks and days.)
_WEEK = Decimal(_SPAN_UNITS["week"][0])
_WEEKS_AS_DAYS: Final[Mapping[str, Mapping[Decimal, Decimal]]] = {
    **dict.fromkeys(("fr", "es", "it", "pt"), {2 * _WEEK: 15 * _WEEK / 7, _WEEK: 8 * _WEEK / 7}),
    **dict.fromkeys(("de", "nl"), {_WEEK: 8 * _WEEK / 7}),
}


def _number_ending_at(text: str, end: int, language: str) -> tuple[int, int] | None:
    """Where the number in words that ends at `end` of `text` starts, and its value."""
    before = text[:end]
    last = None
    for written, value in words_and_numbers(before, language):
        last = (written, value)
    if last is None or not before.endswith(last[0]):
        return None
    return end - len(last[0]), last[1]


def _spans_summed(spans: list[_Span], text: str) -> list[_Span]:
    """`spans` with those said in parts of falling units taken as one: zwei Jahre und sechs
    Monate is 30 months, two hours and 15 minutes 8100 seconds."""
    summed: list[_Span] = []
    for span in spans:
        last = summed[-1] if summed else None
        # A part is less than one of the unit before it (six months after two years): two weeks
        # and a week, or every two weeks, a week-long course, are two spans.
        if (last is not None and last.unit == span.unit and span.length * (last.numbers[-1] if last.numbers else 1) < last.length
                and _SPAN_PARTS_JOINED.fullmatch(text, last.end, span.start)):
            summed[-1] = _Span(last.length + span.length, span.unit, last.numbers + span.numbers, last.digits + span.digits,
                               last.start, span.end, text[last.start : span.end])
        else:
            summed.append(span)
    return summed


@functools.lru_cache(maxsize=1024)
def _source_spans(msgid: str, source: Locale) -> tuple[_Span, ...]:
    return tuple(_spans(prose_of(msgid), source))


@functools.lru_cache(maxsize=16)
def _translation_spans(msgstr: str, target: Locale) -> tuple[_Span, ...]:
    """Read once for the several checks of a unit that compare its spans."""
    return tuple(_spans(prose_of(msgstr), target))


NO_SPANS = _SpansCompared([], [], [])


def spans_compared(msgid: str, msgstr: str, source: Locale, target: Locale) -> _SpansCompared:
    """The spans of time of the source the translation gives, each with the translation's:
    counted in another unit (`18 months` → `anderthalb Jahre`, `1年半`; `2 years` → `24 Monate`),
    or without a count (`6 months` → `ein halbes Jahr`, `半年`; `twelve months` → `un an`); and
    those of either side left over."""
    in_source = _source_spans(msgid, source)
    if not in_source:
        return NO_SPANS  # most sentences: no span of time
    in_target = list(_translation_spans(msgstr, target))
    said, unsaid = [], []
    for span in in_source:
        if (other := next((other for other in in_target if _as_long(span, other)), None)) is not None:
            in_target.remove(other)
            said.append((span, other))
        else:
            unsaid.append(span)
    return _SpansCompared(said, unsaid, in_target)


def _as_long(span: _Span, other: _Span) -> bool:
    """Whether two spans of time are as long: in the same unit, by either length an idiom has
    (quinze jours for two weeks or for fifteen days); months against seconds, as a calendar's
    month has 28 to 31 days (four weeks or 30 days for a month, 52 weeks or 365 days for a year)."""
    if span.unit == other.unit:
        return bool({span.length, span.counted} & {other.length, other.counted} - {None})
    months, seconds = (span, other) if span.unit == "month" else (other, span)
    days = seconds.length / _SECONDS_A_DAY
    return 28 * months.length <= days <= 31 * months.length


_SECONDS_A_DAY = _SPAN_UNITS["day"][0]


def spans_changed(spans: _SpansCompared, added: list[str], msgid: str, msgstr: str, source: Locale, target: Locale) -> list[_Span]:
    """The spans of time the source says without digits that the translation gives as another
    span, in figures the source does not have (`added`): `a year and a half` → `12 Monate`,
    `two years` → `36 Monate`, `half an hour` → `40 Minuten`. Each of the source's is paired with
    one of the translation's left over in the same unit (months or seconds), in order; the one
    of each side left, with the other whatever its unit (`a year and a half` → `12 Wochen`)."""
    others = [span for span in spans.others if span.digits and all_among(span.digits, added, target)]
    changed = []
    for span in spans.unsaid:
        if not span.digits and (other := next((other for other in others if other.unit == span.unit), None)) is not None:
            others.remove(other)
            changed.append(span)
    if not changed and others and (pair := _one_span_each(spans, msgid, msgstr, source, target)) is not None and not pair[0].digits:
        changed.append(pair[0])
    return changed


def changed_spans(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The spans of time of the source that the translation gives as another span (`numbers`).

    One the source says without digits, paired with one of the translation's left over that
    gives the same noun (years, hours; a fortnight, which gives none, any of its unit), in
    order: `a year and a half` → `ein Jahr`, `half an hour` → `eine Stunde`, `a year` → `zwei
    Jahre`. The checks read some spans in one language and not in another, so that one of
    another noun may be a span the source gives unread beside one the translation rephrased
    (`one day` → `eines Tages`, some day). Only where each side has one span left, and says
    no other the checks do not read, are the two compared whatever their nouns and digits
    (`_one_span_each`): `a year and a half` → `sechs Monate`, `three months` → `drei Wochen`,
    `3 months` → `3 Wochen`.

    A figure either side writes in digits that the other does not state is `changed_numbers`'
    to report; one an ordinal counts (`the fourth day`), or whose count in words the
    translation does not state (`two years` → `drei Jahre`), `changed_counts_in_words`'. A span
    noun alone (год, عام, час, rok), which the translation may give for a year or an hour that
    is no span (в прошлом году, مدير عام), does not say another span."""
    if target.language not in _SPAN_NOUNS or not _may_give_a_span(msgid, source.language):
        return []  # most sentences: no span of time, decided without reading one
    in_source = _source_spans(msgid, source)
    if not in_source:
        return []
    if all(span.digits for span in in_source) and not _another_unit_named(in_source, msgstr, source, target):
        return []  # its figures are the numbers check's; another unit for them is all left to find
    spans = spans_compared(msgid, msgstr, source, target)
    if not spans.unsaid:
        return []
    return _changed_of_a_noun(spans, msgid, msgstr, source, target) or _changed_whatever_the_noun(spans, msgid, msgstr, source, target)


def _another_unit_named(spans: Sequence[_Span], msgstr: str, source: Locale, target: Locale) -> bool:
    """Whether the translation names, as a word of its own or at the end of a compound a number
    opens, a unit of time none of the source's `spans` does (`3 months` → `3 Wochen`, `2-year` →
    `zweimonatige`), told without reading its spans."""
    units = {_span_noun(span, source.language) for span in spans}
    target_prose = prose_of(msgstr)
    if target.language in KANJI_LANGUAGES:
        # No word of its own between characters: the units of the spans it counts (禁錮18年).
        return any(_span_noun(span, target.language) not in units for span in _translation_spans(msgstr, target))
    if any(noun.lastgroup not in units for noun in _span_noun_word_pattern(target.language).finditer(target_prose)):
        return True
    compounds = NUMBER_COMPOUNDS.get(target.language)
    return compounds is not None and any(
        _COMPOUND_SPANS.get(match.group()[len(match.group(1)) :].casefold(), "") not in units | {""} for match in compounds.finditer(target_prose)
    )


def _changed_of_a_noun(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source's spans without digits the translation gives as another of the same noun."""
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)
    others = [span for span in spans.others if not span.digits and not _a_noun_alone(span, target.language)
              and not _one_of_a_choice(target_prose, span, target.language)]
    issues = []
    for span in (span for span in spans.unsaid
                 if _a_length_in_words(span, source.language) and not _one_of_a_choice(source_prose, span, source.language)):
        noun = _span_noun(span, source.language)
        same = (other for other in others if other.unit == span.unit and _same_noun(noun, _span_noun(other, target.language)))
        if (other := next(same, None)) is None:
            continue
        if not _counts_stated(span, target_prose, target):
            continue  # a count the translation changed or dropped, which the counts check reports
        others.remove(other)
        issues.append(Issue("numbers", f"missing {span.words}; not in the source: {other.words}"))
    return issues


def _changed_whatever_the_noun(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source's one span the translation gives as its one other, of any noun, where no
    other check reports a figure of theirs: the translation states the digits of the source's
    (`3 months` → `drei Wochen`) and its counts in words, and the source the digits of the
    translation's (`three months` → `3 Wochen`; `a year and a half` → `12 Wochen` is
    `changed_numbers`' to report, as a figure of its own)."""
    if (pair := _one_span_each(spans, msgid, msgstr, source, target)) is None:
        return []
    span, other = pair
    stated, states = {Decimal(number) for number in other.numbers}, {Decimal(number) for number in span.numbers}
    if not set(span.digits) <= stated or not set(other.digits) <= states or not _counts_stated(span, prose_of(msgstr), target, other.numbers):
        return []
    return [Issue("numbers", f"missing {span.words}; not in the source: {other.words}")]


def _counts_stated(span: _Span, target_prose: str, target: Locale, stated_by: Sequence[int] = ()) -> bool:
    """Whether the translation states the counts a span of the source says in words, in any
    form: told first by those a span of the translation states (`stated_by`), if any."""
    counts = {count for count in span.numbers if count in COUNTS_CHANGED_IN_WORDS}
    return not counts or counts <= set(stated_by) or counts <= numbers_stated(target_prose, target)


def _one_span_each(spans: _SpansCompared, msgid: str, msgstr: str, source: Locale, target: Locale) -> tuple[_Span, _Span] | None:
    """The source's one span of time the translation does not give and the translation's one
    that is none of the source's, where the one may be the other said wrong: neither counted
    by an ordinal (the third day, am dritten Tag) nor a span noun alone (год, عام) nor one end
    of a choice, and neither text has a span noun outside the spans the checks read (these
    days, eines Tages, im Jahr 2020, Jahrzehnte), which may be a span either reads and the
    other does not."""
    if len(spans.unsaid) != 1 or len(spans.others) != 1:
        return None
    (span,), (other,) = spans.unsaid, spans.others
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)
    for text, one, language in ((source_prose, span, source.language), (target_prose, other, target.language)):
        if _an_ordinal(text, one, language) or _a_noun_alone(one, language) or _one_of_a_choice(text, one, language):
            return None
    if not _all_nouns_read(source_prose, _source_spans(msgid, source), source.language):
        return None
    if not _all_nouns_read(target_prose, [said for _, said in spans.said] + [other], target.language):
        return None
    return span, other


def _a_noun_alone(span: _Span, language: str) -> bool:
    """Whether a span of time is its noun alone (год, عام, час), which a translation may give for
    a year or an hour that is no span: not a noun in the Arabic dual (عامين, أسبوعين), which says two."""
    noun = _span_noun_pattern(language).fullmatch(span.words)
    return noun is not None and span.length == _SPAN_UNITS[noun.lastgroup][0]


def _an_ordinal(text: str, span: _Span, language: str) -> bool:
    """Whether a span of time in `text` is counted by an ordinal or a multiple (the third day,
    am dritten Tag, le troisième jour, 第3週), which says when, not how long."""
    first = span.words.split(maxsplit=1)[0].lower() if span.words.strip() else ""
    return first in _ORDINALS_AND_MULTIPLES.get(language, ()) or language == "en" and first.endswith("th") and first in NUMBER_WORDS["en"] \
        or text[span.start - 1 : span.start] == "第"


# The forms of a number to twelve that count no things: ordinals and multiples (third, twice, dritten, troisième).
_ORDINALS_AND_MULTIPLES: Final[Mapping[str, frozenset[str]]] = {
    language: frozenset(word for words in numbers for word in words.partition("|")[2].split())
    - {word for words in numbers for word in words.partition("|")[0].split()}
    for language, numbers in TO_TWELVE_FORMS.items()
}


@functools.lru_cache(maxsize=16)
def _span_noun_word_pattern(language: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}})(?:{_span_nouns(language)})(?!\p{{L}})", regex.IGNORECASE)


def _all_nouns_read(text: str, spans: Sequence[_Span], language: str) -> bool:
    """Whether every span noun `text` has as a word of its own is in one of its `spans`."""
    nouns = _span_noun_word_pattern(language)
    inside = sum(1 for span in spans for _ in nouns.finditer(span.words))
    return sum(1 for _ in nouns.finditer(text)) <= inside


def _one_of_a_choice(text: str, span: _Span, language: str) -> bool:
    """Whether a span of time in `text` is one end of a range or a choice of counts (a day or
    two, ein oder zwei Tage, ein bis zwei Tage, ein, zwei Tage, один-два дня): the choice, not
    the span alone, is what the source says."""
    if in_a_range(text, span.start, span.end, language):
        return True
    listed = _COUNT_LISTED_BEFORE.search(text, max(0, span.start - 40), span.start)
    return listed is not None and listed.group(1).lower() in NUMBER_WORDS.get(language, {})


# `ein, zwei Tage`: a count and a comma before a span, a choice as `ein oder zwei Tage` is.
_COUNT_LISTED_BEFORE = lazy_compile(r"(?<!\p{L})(\p{L}+),\s*$")


def _a_length_in_words(span: _Span, language: str) -> bool:
    """Whether a span of time the source gives is a length without digits: not one an English
    ordinal counts (the fourth day)."""
    first = span.words.split(maxsplit=1)[0].lower()
    return not span.digits and (language != "en" or first not in NUMBER_WORDS["en"] or first in _ENGLISH_SPAN_COUNTS)


def _span_noun(span: _Span, language: str) -> str | None:
    """The unit of the noun a span of time gives (year for a year and a half, anderthalb
    Jahre), or none for one said by a word of its own (a fortnight, une quinzaine)."""
    noun = _span_noun_pattern(language).search(span.words)
    return noun.lastgroup if noun is not None else None


def _same_noun(noun: str | None, other: str | None) -> bool:
    return noun is None or other is None or noun == other


def _may_give_a_span(msgid: str, language: str) -> bool:
    """Whether a msgid may give a span of time: in English, one that has digits, a word for
    one, a number word or half before a span noun (18 months, a year, an hour, eighteen
    months, two and a half years, a half-hour, a decade), a fortnight or a quarter-century; in
    another language, any."""
    if language != "en":
        return True
    lowered = msgid.lower()
    for noun in _ENGLISH_SPAN_NOUN.finditer(lowered):
        start = noun.start()
        if start and lowered[start - 1].isalpha():
            continue  # inside a word: Monday, today
        before = _ENGLISH_WORD_BEFORE.search(lowered, max(0, start - 24), start)
        if before is not None and (before.group(1) in _ENGLISH_SPAN_COUNTS or before.group(1).isdecimal()):
            return True
    return "fortnight" in lowered or "quarter" in lowered and "century" in lowered


# `re`, not `regex`, and no word boundaries: quicker at the plain search every msgid has.
_ENGLISH_SPAN_NOUN = re.compile("second|minute|hour|day|week|month|year|decade")
_ENGLISH_WORD_BEFORE = re.compile(r"\b(\w+)[\s-]+$")
# What counts an English span of time without digits: a word for one, half, a cardinal; not an
# ordinal or a multiple (the fourth day, twice a year), which is no length.
_ENGLISH_SPAN_COUNTS = frozenset(
    {"a", "an", "half"} | {word for word in NUMBER_WORDS["en"] if not word.endswith("th")} - {"first", "second", "third", "once", "twice", "thrice"}
)
