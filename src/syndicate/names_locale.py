"""What CLDR names in the source language, which name finding leaves translatable or reads as
a place (syndicate.names): languages, countries and territories, days and months, the cities
of time zones, the adjectives of languages and nations, and the letters currencies are written
with."""

from __future__ import annotations

import functools
import pickle
import unicodedata
from collections.abc import Iterable, Mapping

import regex
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.numbers import list_currencies

from .names_data import ALNUM_RUN, DEMONYMS, DESCRIBED_IN_ROMANCE_WORDS, NOUNS_WITH_CAPITALS, PARTIES_IN_WORDS, TRANSLATED_NAMES
from .segment_data import LANGUAGES


def unaccented(word: str) -> str:
    return "".join(character for character in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(character))


def _adjective_forms(adjectives: Iterable[str]) -> frozenset[str]:
    """The adjectives as they agree with a feminine noun too, without their accents, which the
    feminine drops (`español` → `espanola`, `francés` → `francesa`, `europeu` → `europeia`,
    `italien` → `italienne`, `alemão` → `alema`)."""
    forms = set()
    for adjective in map(unaccented, adjectives):
        forms.add(adjective)
        if adjective.endswith("ao"):
            forms.add(adjective[:-1])
        elif adjective.endswith("o"):
            forms.add(adjective[:-1] + "a")
        elif adjective.endswith("u"):
            forms.add(adjective[:-1] + "ia")
        elif not adjective.endswith(("a", "e")):
            forms |= {adjective + "a", adjective + ("ne" if adjective.endswith("en") else "e")}
    return frozenset(forms)


@functools.lru_cache(maxsize=8)
def language_adjectives(language: str) -> frozenset[str]:
    """The adjectives of languages and nations that end organisations' names in Spanish and
    Portuguese (`Real Academia Española`, `Federação Portuguesa`), as the language names the
    languages the newsroom works in and those official where it is spoken most (`español`,
    `catalán`, `gallego`), in any gender."""
    territory = get_global("likely_subtags").get(language, "").rsplit("_", 1)[-1]
    spoken = get_global("territory_languages").get(territory, {})
    codes = set(LANGUAGES) | {code for code, facts in spoken.items() if (facts.get("official_status") or "").startswith("official")}
    names = _source_locale(language).languages
    return _adjective_forms(names[code] for code in codes if code in names and " " not in names[code])


@functools.lru_cache(maxsize=8)
def institution_adjectives(language: str) -> frozenset[str]:
    """The adjectives that may go on with an institution's name (`Comisión Europea`, `República
    Federal`, `República Checa`), in any gender: those of all the languages the language names,
    and those that describe an institution (DESCRIBED_IN_ROMANCE_WORDS)."""
    described = DESCRIBED_IN_ROMANCE_WORDS.get(language)
    languages = [name for name in _source_locale(language).languages.values() if " " not in name]
    return _adjective_forms([*languages, *(described.descriptions if described else ())])


@functools.lru_cache(maxsize=32)
def time_zone_cities(lang: str) -> frozenset[str]:
    """The cities CLDR names time zones after (`New York`, `London`, `Mexico City`), also as the
    source language names them (French `Mexico`, Italian `Roma`, Dutch `Mexico-Stad`), which name
    the place an office is of before its holder's name (`Mayor of New York Zohran Mamdani`, `le
    maire de Mexico Clara Brugada`). Not those of a zone within a state or country (`America/
    Indiana/Knox`, `America/North_Dakota/Center`), whose names are words and surnames too."""
    zones = [
        zone for zone in get_global("zone_territories") if zone.count("/") == 1 and not zone.startswith(("Etc/", "Antarctica/"))
    ]
    localised = _source_locale(lang).time_zones
    return frozenset(
        city
        for zone in zones
        for city in (zone.split("/")[1].replace("_", " "), localised.get(zone, {}).get("city"))
        if city
    )


@functools.lru_cache(maxsize=32)
def longest_time_zone_city(lang: str) -> int:
    """The words of the longest of `time_zone_cities` (Ho Chi Minh City, San Juan de Terranova)."""
    return max((len(city.split()) for city in time_zone_cities(lang)), default=1)


@functools.lru_cache(maxsize=32)
def translatable_words(lang: str) -> frozenset[str]:
    """Capitalised words and phrases that every target language translates: CLDR language,
    territory, day and month names in the source language, plus demonyms (the English ones
    but in German, whose demonyms differ and where `Christian` is a given name)."""
    locale = _source_locale(lang)
    words = set(weekdays_in(lang) | months_in(lang))
    if locale.language != "de":
        words |= DEMONYMS
    if locale.language == "en":
        words |= TRANSLATED_NAMES
    words |= PARTIES_IN_WORDS.get(locale.language, frozenset())
    words |= NOUNS_WITH_CAPITALS.get(locale.language, frozenset())
    words.update(locale.languages.values())
    words.update(_territory_names(lang))
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _territory_names(lang: str) -> Mapping[str, str]:
    """The source language's CLDR names of countries, territories and regions of the world, by
    name, each to its code: with the short form news writes (`Hong Kong`, `Macao` of `Hong Kong
    SAR China`, `Myanmar` of `Myanmar (Burma)`), which babel leaves out of its data."""
    names = {}
    for code, name in _source_locale(lang).territories.items():
        names[name] = code
        if (short := _LONG_FORM.sub("", name)) and short != name:
            names.setdefault(short, code)
    return names


# What a CLDR territory's long name adds to the name news gives it: its status, another name.
_LONG_FORM = regex.compile(r"\s+(?:SAR\b.*|\(.*\))$")


@functools.lru_cache(maxsize=32)
def territories_in(lang: str) -> frozenset[str]:
    """The source language's CLDR names of countries, territories and regions of the world."""
    return frozenset(_territory_names(lang))


@functools.lru_cache(maxsize=32)
def countries(lang: str) -> frozenset[str]:
    """The source language's CLDR names of countries and territories, not of regions of the
    world (`Monde`, `Europe`), which name newspapers and parties (`Le Monde`)."""
    return frozenset(name for name, code in _territory_names(lang).items() if code.isalpha())


@functools.lru_cache(maxsize=32)
def weekdays_in(lang: str) -> frozenset[str]:
    """The source language's day names, which end no name (`told Reuters Tuesday`, `Maria Costa
    Monday`)."""
    return _calendar_names(_source_locale(lang).days)


@functools.lru_cache(maxsize=32)
def months_in(lang: str) -> frozenset[str]:
    """The source language's month names, which may end a name (`Theresa May`) unless their
    day or year makes them a date (`May 5`)."""
    return _calendar_names(_source_locale(lang).months)


def _calendar_names(calendar: Mapping[str, Mapping[str, Mapping[int, str]]]) -> frozenset[str]:
    # Only full names: abbreviations such as "Jan" or "Mar" are also given names.
    return frozenset(name for form in ("format", "stand-alone") for name in calendar[form]["wide"].values())


@functools.lru_cache(maxsize=32)
def _places_by_word(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Each word of a CLDR country or territory name of several words → those names (`Costa` →
    `Costa Rica`; `Guinea` → `Equatorial Guinea`, `Guinea-Bissau`, `Papua New Guinea`)."""
    places: dict[str, list[str]] = {}
    for place in _territory_names(lang):
        words = ALNUM_RUN.findall(place)
        for word in dict.fromkeys(words) if len(words) > 1 else ():
            places.setdefault(word, []).append(place)
    return {word: tuple(named) for word, named in places.items()}


def in_longer_place(text: str, start: int, end: int, lang: str) -> bool:
    """Whether text[start:end] is part of a country or territory name written around it
    (`Costa` in `Costa Rica`), which no shorter name cuts apart: it stays as the detector
    finds it without that name, a place to translate."""
    name = text[start:end]
    first_word = ALNUM_RUN.match(name)
    for place in _places_by_word(lang).get(first_word.group(), ()) if first_word else ():
        offset = place.find(name)
        while offset != -1:
            place_start, place_end = start - offset, start - offset + len(place)
            if (
                place_start >= 0
                and text.startswith(place, place_start)
                and not (place_start and text[place_start - 1].isalnum())
                and not (place_end < len(text) and text[place_end].isalnum())
            ):
                return True
            offset = place.find(name, offset + 1)
    return False


def is_currency_code(word: str) -> bool:
    """Whether `word` writes a currency in letters: its ISO 4217 code, as babel lists them
    (`SEK`, `ILS`, `CAD`), or the capitals a language of CLDR writes it with (`NIS`, the
    shekel's in Slovak and in Israel's English press; `FCFA`). The codes are looked up first:
    the languages' symbols take a moment to read, and are read only for a word no code is."""
    return word in _iso_currency_codes() or word in _currency_letters()


@functools.lru_cache(maxsize=1)
def _iso_currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


@functools.lru_cache(maxsize=1)
def _currency_letters() -> frozenset[str]:
    """The symbols of three capitals or more that CLDR's languages give currencies, read from
    its files without keeping every language's data in babel's cache."""
    letters = set()
    for identifier in localedata.locale_identifiers():
        if "_" in identifier:
            continue  # a regional variant, which adds ISO codes (`RUR` in ru_BY) and Australia's `CFP`
        with open(localedata.resolve_locale_filename(identifier), "rb") as data:
            symbols = pickle.load(data).get("currency_symbols", {})
        letters.update(symbol for symbol in symbols.values() if _CAPITALS.fullmatch(symbol))
    return frozenset(letters)


_CAPITALS = regex.compile(r"\p{Lu}{3,}")


def _source_locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")
