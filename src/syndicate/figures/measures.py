"""Units of measure: the numbers a text gives with a unit (`_measures`: 10 miles, 68°F, 512
pence), a number the translation gives in another unit (`changed_measures`), a conversion
(`measures_converted`, `converted_figures`: 10 miles (16 km)), and a range of a measure,
which is no range of hours (from 9 to 17 km).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final, NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import CURRENCY_BEFORE, DIGIT_RUN, decimal_value, numbers_in_place
from .minus import A_MINUS, TARGET_MINUS

# A unit of measure after a number, which makes a range of them no range of hours (from 9 to 5
# km, von 9 bis 17 km, de 9 a 17 kilómetros): its symbol, or its name in a language the ranges
# are read in (Kilometer, capitalised, is a German noun anyway).
MEASURE_AFTER = (
    r"\s?(?-i:k?m|[cm]m|k?g|t|m?l|ha|mph|mi|ft|lb|[kMG]Wh?|km/h)(?![\p{L}\p{N}])"
    r"|\s+(?:(?:kilo|centi|milli)?(?:m[eè]t(?:re|er|ro)[sn]?|gram(?:me|o|a)?s?|lit(?:re|er|ro)s?)|kilos?|miles?|millas?"
    r"|tonnes?|tons?|toneladas?|feet|foot|inch(?:es)?|pounds?|hectares?|hectáreas?|acres?|knots?|nudos?|nœuds?)(?!\p{L})"
)


# A figure in imperial units followed by its metric conversion in brackets: 100F (38C), 40 miles (64 km).
_IMPERIAL_WITH_METRIC = lazy_compile(
    r"(\p{Nd}[\p{Nd},.]*)\s?(?:°?F|miles?|mi|feet|foot|ft|pounds?|lbs?|inch(?:es)?|in|yards?|mph|gallons?)\s?"
    r"\(\s?\p{Nd}[\p{Nd},.]*\s?(?:°?C|km|kilometres|kilometers|m|metres|meters|kg|cm|km/h|l|litres|liters)\s?\)"
)


# A metric figure with its imperial conversion in brackets: 40C (104F), 10 km (6 miles).
_METRIC_WITH_IMPERIAL = lazy_compile(
    r"\p{Nd}[\p{Nd},.]*\s?(?:°?C|km|kilometres|kilometers|m|metres|meters|kg|cm|km/h|l|litres|liters|hectares|ha|tonnes)\s?"
    r"\(\s?(\p{Nd}[\p{Nd},.]*)\s?(?:°?F|miles?|mi|feet|foot|ft|pounds?|lbs?|inch(?:es)?|in|yards?|mph|gallons?|acres?|tons)\s?\)"
)


@functools.lru_cache(maxsize=1024)
def converted_figures(msgid: str) -> frozenset[Decimal]:
    """The imperial figures of the source that a metric conversion beside them may stand for,
    and the imperial conversions in brackets after its metric figures (104 of 40C (104F)),
    which a metric newsroom leaves out."""
    if "(" not in msgid:
        return frozenset()
    matches = (*_IMPERIAL_WITH_METRIC.finditer(msgid), *_METRIC_WITH_IMPERIAL.finditer(msgid))
    return frozenset(value for match in matches if (value := decimal_value(match.group(1), _ENGLISH)) is not None)


_ENGLISH = Locale("en")


# Units of measure by what they measure, each with its size in the measure's base unit (a metre,
# a square metre, a kilogram, a litre, a metre a second; a temperature is converted on its own,
# see `_in_base_units`) and the ways the review's languages write it after a number (10 miles,
# 10 Meilen, 10 milles, 10 millas, 10 миль, 10マイル, 10英里, 10마일). Longer forms first: `km/h`
# before `km`, `nautical miles` before `miles`, `square metres` before `metres`, `degrees
# Celsius` before `degrees`. Left out: forms that say something else as often (Spanish `mil` is a
# thousand, bare `m` after money a million, `g` in 5G a generation, `in` a preposition, `cal` a
# calorie, Spanish `once` eleven, Chinese 节 a section; cents and pence, which `cents_made_whole` reads;
# a letter alone before a hyphen, as in C-130 and F-35). Japanese キロ is a kilometre or a
# kilogram (`kilo`); degrees that name no scale (`deg`: 30 Grad, 35度, also a time in 3度目) are
# Celsius in a translation.
_MEASURE_UNITS: Final[tuple[tuple[str, str, float, str], ...]] = (
    ("km/h", "speed", 1 / 3.6, r"km/h|kmh|km/std|km/ч|km/godz|Stundenkilometer\p{L}*|kilomètres?[\s-]+(?:par|à\s+l['’])\s*heure"
     r"|kilómetros?\s+por\s+hora|chilometri\s+orari|quilômetros?\s+por\s+hora|километр\p{L}*\s+в\s+час|kilometr\p{L}*\s+na\s+godzinę"
     r"|キロ毎時|公里每小时"),
    ("mph", "speed", 0.44704, r"mph|miles?\s+(?:per|an)\s+hour|Meilen\s+pro\s+Stunde|milles?\s+(?:par|à\s+l['’])\s*heure"
     r"|millas?\s+por\s+hora|miglia\s+orarie|milhas?\s+por\s+hora|мил\p{L}*\s+в\s+час|mil\s+na\s+godzinę|マイル毎時|英里每小时"),
    ("m/s", "speed", 1.0, r"m/s|m/sek|Meter\s+pro\s+Sekunde|mètres?\s+par\s+seconde|metros?\s+por\s+segundo|metri\s+al\s+secondo"
     r"|метр\p{L}*\s+в\s+секунду|metr\p{L}*\s+na\s+sekundę|メートル毎秒|米每秒"),
    ("knot", "speed", 0.514444, r"knots?|Knoten|nœuds?|noeuds?|nudos?|nodi|nós|узл\p{L}*|węzł\p{L}*|ノット|노트"),
    ("km²", "area", 1e6, r"km²|km2|square\s+kilomet(?:er|re)s?|Quadratkilometer\p{L}*|kilomètres?\s+carrés|kilómetros?\s+cuadrados"
     r"|chilometri\s+quadrati|quilômetros?\s+quadrados|квадратн\p{L}*\s+километр\p{L}*|кв\.\s?км|kilometr\p{L}*\s+kwadratow\p{L}*"
     r"|平方キロ(?:メートル)?|平方公里|제곱킬로미터"),
    ("mi²", "area", 2_589_988.0, r"square\s+miles?|sq\.?\s?mi|Quadratmeile\p{L}*|milles?\s+carrés|millas?\s+cuadradas|miglia\s+quadrate"
     r"|milhas?\s+quadradas|квадратн\p{L}*\s+мил\p{L}*|mil\p{L}*\s+kwadratow\p{L}*|平方マイル|平方英里|제곱마일"),
    ("m²", "area", 1.0, r"m²|m2|square\s+met(?:er|re)s?|Quadratmeter\p{L}*|mètres?\s+carrés|metros?\s+cuadrados|metri\s+quadrati"
     r"|metros?\s+quadrados|квадратн\p{L}*\s+метр\p{L}*|кв\.\s?м|metr\p{L}*\s+kwadratow\p{L}*|平方メートル|平方米|제곱미터"),
    ("ft²", "area", 0.09290304, r"square\s+(?:feet|foot)|sq\.?\s?ft|Quadratfuß|pieds?\s+carrés|pies\s+cuadrados|piedi\s+quadrati"
     r"|pés\s+quadrados|квадратн\p{L}*\s+фут\p{L}*|stóp\s+kwadratowych|平方フィート|平方英尺|제곱피트"),
    ("ha", "area", 1e4, r"hectares?|Hektar\p{L}*|hectáreas?|ettari|ettaro|гектар\p{L}*|hektar\p{L}*|ヘクタール|公顷|헥타르|(?-i:ha)(?!-)"),
    ("acre", "area", 4046.8564224, r"acres?|acri|acro|акр\p{L}*|akr\p{L}*|エーカー|英亩|에이커"),
    ("nmi", "length", 1852.0, r"nautical\s+miles?|Seemeile\p{L}*|milles?\s+nautiques|millas?\s+náuticas|miglia\s+nautiche"
     r"|milhas?\s+náuticas|морск\p{L}*\s+мил\p{L}*|mil\p{L}*\s+morsk\p{L}*|海里|해리"),
    ("km", "length", 1000.0, r"km|kilomet(?:er|re)s?|Kilometer\p{L}*|kilomètres?|kilómetros?|chilometr[io]|quil[ôó]metros?|километр\p{L}*"
     r"|kilometr\p{L}*|キロメートル|公里|千米|킬로미터"),
    ("cm", "length", 0.01, r"cm|centimet(?:er|re)s?|Zentimeter\p{L}*|centimètres?|centímetros?|centimetr[io]|сантиметр\p{L}*"
     r"|centymetr\p{L}*|センチ(?:メートル)?|厘米|센티미터"),
    ("mm", "length", 0.001, r"mm|millimet(?:er|re)s?|Millimeter\p{L}*|millimètres?|milímetros?|millimetr[io]|миллиметр\p{L}*"
     r"|milimetr\p{L}*|ミリメートル|毫米|밀리미터"),
    ("m", "length", 1.0, r"met(?:er|re)s?|Meter\p{L}*|mètres?|metros?|metr[io]|метр\p{L}*|metr\p{L}*|メートル|미터|(?-i:m)(?!-)"),
    ("mi", "length", 1609.344, r"miles?|Meile\p{L}*|milles?|millas?|miglia|miglio|milhas?|мил[ьяие]\p{L}*|マイル|英里|마일"),
    ("ft", "length", 0.3048, r"feet|foot|ft|Fuß|pieds?|pies|piedi|piede|pés|фут\p{L}*|stóp|stopy|フィート|英尺|피트"),
    ("in", "length", 0.0254, r"inch(?:es)?|Zoll|pouces?|pulgadas?|pollici|pollice|polegadas?|дюйм\p{L}*|cali|インチ|英寸|인치"),
    ("yd", "length", 0.9144, r"yards?|yd|yardas?|iarde|iarda|jardas?|ярд\p{L}*|jard\p{L}*|ヤード|码|야드"),
    ("kg", "mass", 1.0, r"kg|kilos?|kilogram(?:me)?s?|Kilogramm\p{L}*|kilogramos?|chilogramm[io]|chili|quilos?|quilogramas?"
     r"|килограмм\p{L}*|кг|kilogram\p{L}*|キログラム|公斤|千克|킬로그램"),
    ("kilo", "kilo", 1.0, r"キロ|킬로"),
    ("g", "mass", 0.001, r"grams?|grammes?|Gramm|gramos?|grammi|grammo|gramas?|грамм\p{L}*|gram\p{L}*|グラム|克|그램"),
    ("lb", "mass", 0.45359237, r"pounds?|lbs?|Pfund|livres?|libras?|libbre|libbra|фунт\p{L}*|funt\p{L}*|ポンド|磅|파운드"),
    ("oz", "mass", 0.028349523, r"ounces?|oz|Unzen?|onces?|onzas?|onças?|унци\p{L}*|uncj\p{L}*|uncji|オンス|盎司|온스"),
    ("t", "mass", 1000.0, r"tonnes?|tons?|Tonne\p{L}*|toneladas?|tonnellat[ae]|тонн\p{L}*|ton|tony|トン|吨|톤"),
    ("°C", "temperature", 1.0, r"°\s?C|℃|(?:degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*)\s+(?:Celsius|centígrados"
     r"|centigradi|Цельсия|по\s+Цельсию|Celsjusza)|(?-i:C)(?!-)"),
    ("°F", "temperature", 1.0, r"°\s?F|℉|(?:degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*)\s+(?:Fahrenheit|Фаренгейта"
     r"|по\s+Фаренгейту|Fahrenheita)|(?-i:F)(?!-)"),
    ("deg", "temperature", 1.0, r"°|degrees?|Grad|degrés?|grados?|gradi|graus?|градус\p{L}*|stopni\p{L}*|度|도"),
    ("l", "volume", 1.0, r"lit(?:er|re)s?|Liter\p{L}*|litros?|litri|litro|литр\p{L}*|litr\p{L}*|リットル|升|리터"),
    ("gal", "volume", 3.785411784, r"gallons?|Gallone\p{L}*|galones?|galloni|gallone|galões|galão|галлон\p{L}*|galon\p{L}*|ガロン|加仑|갤런"),
    ("bbl", "volume", 158.987294928, r"barrels?|Barrel|barils?|barriles?|barili|barile|barris|barril|баррел\p{L}*|baryłk\p{L}*|バレル|桶|배럴"),
    # A change of a rate, which a hundred basis points make a percentage point; points alone
    # (0,4 point, 0,4 puntos, 120 Punkte) may be either, or an index's.
    ("bp", "points", 0.01, r"basis\s+points?|bps|Basispunkt\p{L}*|points?\s+de\s+base|puntos?\s+básicos?|punt[oi]\s+base|pontos?[\s-]+base"
     r"|pontos?\s+básicos?|базисн\p{L}*\s+пункт\p{L}*|punkt\p{L}*\s+bazow\p{L}*|baz\s+puan\p{L}*|ベーシスポイント|[个個]?基[点點]|베이시스\s?포인트"
     r"|(?-i:bp|pb)"),
    ("pp", "points", 1.0, r"percentage\s+points?|Prozentpunkt\p{L}*|points?\s+de\s+pourcentage|puntos?\s+porcentual(?:es)?"
     r"|punt[oi]\s+percentual[ei]|pontos?\s+percentua(?:l|is)|процентн\p{L}*\s+пункт\p{L}*|п\.\s?п\.|punkt\p{L}*\s+procentow\p{L}*"
     r"|procentpunt\p{L}*|procentenhet\p{L}*|procentn\p{L}*\s+bod\p{L}*|percentuáln\p{L}*\s+bod\p{L}*|punct\p{L}*\s+procentual\p{L}*"
     r"|ποσοστιαί\p{L}*\s+μονάδ\p{L}*|prosenttiyksik\p{L}*|százalékpont\p{L}*|poin\s+persentase|điểm\s+phần\s+trăm|واحد\s+درصد"
     r"|प्रतिशत\s+(?:अंक|पॉइंट|पॉइंट्स)|persen\s+poin|[%％]-?(?:yksik\p{L}*|pont\p{L}*)|yüzde\s+puan\p{L}*|パーセントポイント|[%％]\s?ポイント|[个個]?百分[点點]|(?:퍼센트|%)\s?포인트|(?-i:pp|ppt|%p)"),
    ("point", "points", 1.0, r"points?|pts?|Punkte?|puntos?|punti|punto|pontos?|ponto|пункт\p{L}*|punkt\p{L}*|puan\p{L}*|ポイント|포인트"),
)
UNIT_DIMENSION = {unit: dimension for unit, dimension, _, _ in _MEASURE_UNITS}
_UNIT_SIZE = {unit: size for unit, _, size, _ in _MEASURE_UNITS}
# What may stand between a number and its unit: a space or a hyphen (a 10-mile walk), a scale
# (3 million tonnes, 3 Millionen Tonnen, 300万トン) and `of` (3 millions de tonnes).
_UNIT_AFTER = lazy_compile(
    r"[\s\u00a0\u202f-]?(?:(?:million|billion|Million\p{L}*|Milliard\p{L}*|millions?|milliards?|millones|milioni|miliardi|milhões|bilhões"
    r"|млн\.?|млрд\.?|миллион\p{L}*|миллиард\p{L}*|mln|mld|万|億|亿|만|억)[\s\u00a0\u202f]?)?(?:(?:de|d['’]|di|of)\s?)?"
    rf"(?:{'|'.join(f'(?P<u{index}>{forms})' for index, (_, _, _, forms) in enumerate(_MEASURE_UNITS))})"
    # the end of a word, but in the scripts that write no spaces (10キロメートル先)
    r"(?:(?<=[\p{Han}\p{Katakana}\p{Hangul}])|(?![\p{L}\p{N}²]))",
    regex.IGNORECASE,
)
# What makes a speed of the distance after it, before its number (時速90キロ, 时速145公里, 시속 145킬로미터).
_SPEED_BEFORE = lazy_compile(r"(?:時速|时速|시속)\s?$")


class _Measure(NamedTuple):
    """A number with its unit of measure, as a text gives it."""

    value: Decimal  # as written, without its sign
    unit: str  # of _MEASURE_UNITS
    words: str  # the number and its unit as written (the first of a range, the whole range)
    negative: bool  # said with a minus before it (minus 4 Grad)
    end: int  # where its unit ends in the text: the numbers of a range share it

    @property
    def digits(self) -> tuple[Decimal, ...]:
        """The number as the numbers check reads it."""
        return (self.value,)


# What joins the first number of a range to the last, whose unit is both's (von 20 auf minus 4
# Grad, de 3 à 5 km, 3-5 miles, 3～5キロ).
_RANGE_TO_NEXT = lazy_compile(
    r"\s?(?:[-–—~～〜]|\s(?:to|and|bis|auf|und|à|et|a|y|e|al|tot|en|до|и|do|i)\s)\s?"
    rf"(?:{A_MINUS})?\p{{Nd}}+(?:[.,\u00a0\u202f']\p{{Nd}}+)*",
    regex.IGNORECASE,
)
# The scale of a temperature as Japanese and Chinese write it, before its number, with 度 after (セ氏35度, 华氏95度).
_SCALE_BEFORE = lazy_compile(r"(?:(?P<celsius>セ氏|摂氏|摄氏)|(?P<fahrenheit>華氏|华氏))\s?$")


def _measures(text: str, locale: Locale) -> list[_Measure]:
    """The numbers `text` gives with a unit of measure after them (`_MEASURE_UNITS`), or after
    the last number of the range they open. Not a number after a currency sign (£3m is money)."""
    measures = []
    for value, match in numbers_in_place(text, locale):
        if CURRENCY_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue
        after = _UNIT_AFTER.match(text, match.end())
        if after is None and (last := _RANGE_TO_NEXT.match(text, match.end())) is not None:
            after = _UNIT_AFTER.match(text, last.end())
        before = text[max(0, match.start() - 8) : match.start()]
        if (scale := _SCALE_BEFORE.search(before)) is not None and text.startswith("度", match.end()):
            unit, words = ("°C" if scale.group("celsius") else "°F"), scale.group() + text[match.start() : match.end() + 1]
        elif after is not None:
            unit, words = _MEASURE_UNITS[int(after.lastgroup[1:])][0], text[match.start() : after.end()]
        else:
            continue
        if unit in ("km", "kilo", "mi") and _SPEED_BEFORE.search(before):
            unit = "mph" if unit == "mi" else "km/h"
        measures.append(_Measure(value, unit, words, bool(TARGET_MINUS.search(before)), match.start() + len(words)))
    return measures


@functools.lru_cache(maxsize=1024)
def source_measures(msgid: str, source: Locale) -> tuple[_Measure, ...]:
    prose = prose_of(msgid)
    return tuple(_measures(prose, source)) if DIGIT_RUN.search(prose) else ()


@functools.lru_cache(maxsize=16)
def translation_measures(msgstr: str, target: Locale) -> tuple[_Measure, ...]:
    """Read once for the several checks of a unit that compare its measures."""
    return tuple(_measures(prose_of(msgstr), target))


def _the_same_unit(source_unit: str, target_unit: str) -> bool:
    """Whether a translation's unit says the source's: the same, or one a translation may
    leave vague (キロ for a kilometre or a kilogram; degrees without a scale for Celsius, or
    for the source's degrees without one; points for basis or percentage points)."""
    return (source_unit == target_unit or (target_unit == "kilo" and source_unit in ("km", "kg", "kilo"))
            or (target_unit == "deg" and source_unit in ("°C", "deg")) or (source_unit == "deg" and UNIT_DIMENSION[target_unit] == "temperature")
            or ("point" in (source_unit, target_unit) and UNIT_DIMENSION[source_unit] == UNIT_DIMENSION[target_unit] == "points"))


def changed_measures(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A number of the source the translation gives in another unit (`10 miles` → `10
    Kilometer`, `68°F` → `68 Grad`, `30,000 feet` → `30.000 Meter`, `512 pence` → `512 Pfund`,
    `numbers`): the number is the same, the figure another. A conversion (`10 miles` → `16
    Kilometer`) is the numbers check's (see `measures_converted`)."""
    if not (in_source := source_measures(msgid, source)):
        return []  # most sentences: no measure
    units_of: dict[Decimal, dict[str, str]] = {}
    for measure in in_source:
        units_of.setdefault(measure.value, {})[measure.unit] = measure.words
    issues: dict[int, Issue] = {}  # by where the unit ends: a range in another unit is one issue
    for measure in translation_measures(msgstr, target):
        said = units_of.get(measure.value, {})
        if said and not any(_the_same_unit(unit, measure.unit) for unit in said):
            issues.setdefault(measure.end, Issue("numbers", f"the unit: {next(iter(said.values()))} in the source, {measure.words} in the translation"))
    return list(issues.values())


# The size of a kilometre or a kilogram (キロ) in the base unit of the measure it gives.
_KILO_SIZE = {"length": 1000.0, "mass": 1.0, "speed": 1 / 3.6}


def _in_unit(measure: _Measure, unit: str, dimension: str) -> float:
    """The measure's figure in `unit`, another of its `dimension` (degrees without a scale
    are Celsius; キロ a kilometre, a kilogram or a kilometre an hour)."""
    value = -float(measure.value) if measure.negative else float(measure.value)
    if dimension == "temperature":
        celsius = (value - 32) * 5 / 9 if measure.unit == "°F" else value
        return celsius * 9 / 5 + 32 if unit == "°F" else celsius

    def size(of: str) -> float:
        return _KILO_SIZE[dimension] if of == "kilo" else _UNIT_SIZE[of]

    return value * size(measure.unit) / size(unit)


def _converts_to(was: _Measure, said: _Measure) -> bool:
    """Whether `said` is `was` converted into another unit of its measure, rounded as a writer
    rounds it: to its last written digit (38 for 100F, 1.800 Hektar for 4,500 acres), or
    within 2 %, but a temperature, whose every degree is news."""
    dimension = UNIT_DIMENSION[was.unit]
    if _the_same_unit(was.unit, said.unit) or UNIT_DIMENSION[said.unit] not in (dimension, "kilo") or dimension not in _CONVERTED:
        return False
    if dimension == "temperature" and was.unit == "deg":
        return False  # degrees that name no scale convert into nothing
    exact = _in_unit(was, said.unit, dimension)
    written = -float(said.value) if said.negative else float(said.value)
    exponent = said.value.normalize().as_tuple().exponent
    last_digit = 10.0 ** exponent if isinstance(exponent, int) else 1.0
    tolerance = last_digit / 2 if dimension == "temperature" else max(last_digit / 2, 0.02 * abs(exact))
    return abs(exact - written) <= tolerance


# The measures a newsroom converts into its own system's units.
_CONVERTED = frozenset({"length", "area", "mass", "volume", "speed", "temperature", "points"})


def measures_converted(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[_Measure, _Measure]]:
    """The measures of the source the translation converts into other units of the same
    measure, as a newsroom of another system does (`10 miles` → `16 Kilometer`, `90 mph` → `145
    km/h`, `68°F` → `20 Grad`, `4 inches` → `10 Zentimeter`), each with the translation's."""
    if not (in_source := source_measures(msgid, source)):
        return []
    left = list(translation_measures(msgstr, target))
    pairs = []
    for was in in_source:
        if (said := next((said for said in left if _converts_to(was, said)), None)) is not None:
            left.remove(said)
            pairs.append((was, said))
    return pairs


# A range with a wave dash or a tilde before a unit is of that unit, both its ends: 9～17km, 9〜17キロ, 10~20%.
_RANGE_OF_A_MEASURE = lazy_compile(
    r"(?<![\p{N}.,])\p{Nd}+(?:[.,]\p{Nd}+)?\s?[～〜~]\s?\p{Nd}+(?:[.,]\p{Nd}+)?"
    # a symbol may stand right before a kana or a hangul (9～17kmで)
    r"(?=\s?(?:[%％‰°℃㎞㎏]|(?:k?m|[cm]m|k?g|t|m?l|ha|mi|ft|lb|km/h)(?![\p{Latin}\p{N}])"
    r"|キロ|メートル|センチ|ミリ|グラム|トン|リットル|ヘクタール|マイル|公里|千米|米|公斤|吨|升|公顷|英里|킬로|미터|톤|리터)"
    rf"|{MEASURE_AFTER})"
)


# The same with a word or a dash between the ends: de 9 a 17 km, von 9 bis 17 Kilometern, 9-17 km.
# `_RANGE_IN_WORDS_HINT` tells a text may have one.
_RANGE_OF_A_MEASURE_IN_WORDS = lazy_compile(
    r"(?<![\p{N}.,])\p{Nd}+(?:[.,]\p{Nd}+)?(?:\s?[-–]\s?|\s+(?:to|bis|à|a|y|e|tot|até)\s+)\p{Nd}+(?:[.,]\p{Nd}+)?"
    rf"(?=\s?(?:km/h)(?![\p{{L}}\p{{N}}])|{MEASURE_AFTER})",
    regex.IGNORECASE,
)
_RANGE_IN_WORDS_HINT = re.compile(r"\d(?:\s?[-–]\s?|\s(?:to|bis|à|a|y|e|tot|até)\s)\d")


def ranges_of_a_measure(text: str) -> list[tuple[int, int]]:
    """Where `text` has a range of a measure (most texts have none, told without the patterns)."""
    ranges = [match.span() for match in _RANGE_OF_A_MEASURE.finditer(text)] if "～" in text or "〜" in text or "~" in text else []
    if _RANGE_IN_WORDS_HINT.search(text):
        ranges += [match.span() for match in _RANGE_OF_A_MEASURE_IN_WORDS.finditer(text)]
    return ranges
