"""Places as CLDR names them in each language: the cities time zones are named after, and
countries and territories (`places_named`); and a place of the source that a translation
names as another (`changed_places`: `talks in Vienna` → `Gespräche in Prag`), which every
other check passes, as a place's name is translated and no placeholder.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import regex
from babel import Locale
from babel.core import get_global

from .issues import Issue
from .placeholders import prose_of

# Codes CLDR names that are no place: the EU, the euro area, the UN, an unknown region,
# outlying Oceania, and the pseudo-locales' codes.
NO_TERRITORY = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
# Zones whose city shares its name with a word or a person news names more often than the
# place (the Kazakh city of Oral, Jersey of New Jersey, Regina, Darwin), or that lies in
# another's name (Santa Isabel, Port of Spain): not read in running text.
_NOT_IN_TEXT = frozenset({
    "Asia/Oral", "Europe/Jersey", "America/Regina", "Australia/Darwin", "America/Resolute", "America/Phoenix",
    "America/Cayenne", "America/Santa_Isabel", "America/Port_of_Spain", "America/Center", "America/Knox",
    "America/Monticello", "America/Marengo", "America/Beulah", "America/Vevay", "America/Winamac", "America/Creston",
    "Pacific/Wake", "Pacific/Midway", "Pacific/Easter", "Pacific/Johnston", "Pacific/Chatham", "Pacific/Norfolk",
    "Indian/Christmas", "Atlantic/Stanley", "America/Swift_Current", "America/Glace_Bay", "America/Goose_Bay",
    "America/Rainy_River", "America/Thunder_Bay", "America/Nipigon", "America/Atikokan", "America/Dawson",
    "America/Menominee", "America/Nome", "America/Eirunepe", "America/Fort_Nelson", "Australia/Currie",
})


def places_named(name: str, lang: str) -> frozenset[str]:
    """The places CLDR knows by `name` in the language `lang` (the cities time zones are named
    after, by their zone; countries and territories, by their code), which another language's
    name of the same place shares: none for a name CLDR does not know."""
    return _places_by_name(Locale.parse(lang.replace("-", "_"))).get(name.casefold(), frozenset())


@functools.lru_cache(maxsize=16)
def _places_by_name(locale: Locale) -> dict[str, frozenset[str]]:
    aliases = get_global("zone_aliases")
    named: dict[str, set[str]] = {}
    # A zone's former name is its city's too (Europe/Kiev, Asia/Calcutta).
    for zone in (*get_global("zone_territories"), *aliases):
        canonical = aliases.get(zone, zone)
        if canonical.startswith(("Etc/", "Antarctica/")) or "/" not in zone:
            continue
        # A language names a city only where its name differs from the zone's (Munich, Wien):
        # the zone's own is everyone's (Berlin, Paris).
        for city in {zone.rsplit("/", 1)[-1].replace("_", " "), locale.time_zones.get(canonical, {}).get("city")} - {None}:
            named.setdefault(city.casefold(), set()).add(canonical)
    for code, territory in locale.territories.items():
        if len(code) == 2 and code not in NO_TERRITORY:
            named.setdefault(territory.casefold(), set()).add(code)
    return {name: frozenset(places) for name, places in named.items()}


# A word of a place's name: Hong, Kong, Port-au-Prince, d'Ivoire, St.
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.-]*")
# A capitalised word, past an elided article (l'Italie) and without a possessive (Turkey's).
# French and Italian elided articles and prepositions (l'Italie, dell'Austria).
_ELISION = r"(?:[lLdD]|dell|dall|all|nell|sull)['’]"
_CAPITALISED_WORD = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_ELISION})?(\p{{Lu}}[\p{{L}}\p{{M}}.-]*)")


@functools.lru_cache(maxsize=16)
def _name_lengths(locale: Locale) -> dict[str, tuple[int, ...]]:
    """By the first word of each name `_places_by_name` knows, the numbers of words of the
    names it opens, longest first: a word that opens none is passed over at once."""
    lengths: dict[str, set[int]] = {}
    for name in _places_by_name(locale):
        words = name.split()
        lengths.setdefault(words[0].rstrip("."), set()).add(len(words))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


@functools.lru_cache(maxsize=1024)
def places_in(text: str, locale: Locale) -> dict[str, str]:
    """The places `text` names (a zone or a territory's code), each with its name as written:
    a name opens with a capital (not the word `chile`), so none is read in a script without
    capitals; the longest name of words in a row is read (New York, not York), not one that a
    capitalised word follows (Chad Smith). Kept: check reads a msgid once per locale."""
    names, lengths = _places_by_name(locale), _name_lengths(locale)
    prose = prose_of(text)
    if not any(word.rstrip(".").casefold() in lengths for word in _CAPITALISED_WORD.findall(prose)):
        return {}  # most sentences: no capitalised word opens a place's name, told without reading each word
    words = [(match.start(), match.end()) for match in _WORD.finditer(prose)]
    found: dict[str, str] = {}
    index = 0
    while index < len(words):
        start, end = words[index]
        # An English possessive and a French or Italian elided article are no part of a name
        # (Turkey's, l'Italie, dell'Austria).
        if elided := _ELIDED_ARTICLE.match(prose, start, end):
            start = elided.end()
        end -= len(possessive.group()) if (possessive := _POSSESSIVE.search(prose, start, end)) else 0
        # Only in a script with capitals, whose capital opens a name: in Arabic, Hebrew or Persian
        # a place's name is also a word (مالي financial, הודו they admitted).
        opens_a_name = start < end and prose[start].isupper()
        read = 1
        for count in lengths.get(prose[start:end].rstrip(".").casefold(), ()) if opens_a_name else ():
            last = index + count - 1
            if last >= len(words) or any(not prose[words[at][1] : words[at + 1][0]].isspace() for at in range(index, last)):
                continue  # a name's words are parted by spaces only
            written = prose[start : end if last == index else words[last][1]]
            if written.endswith(".") and _key(written) not in names:
                written = written.rstrip(".")  # the sentence's full stop, not the name's (St.)
            places = names.get(_key(written), frozenset()) - _NOT_IN_TEXT
            if places and not _names_a_time_zone(prose, start, start + len(written)) and not _in_a_longer_name(prose, words, last):
                for place in places:
                    found.setdefault(place, written)
                read = count
                break
        index += read
    return found


def _key(written: str) -> str:
    """A name as `_places_by_name` keeps it: its words one space apart, casefolded."""
    return " ".join(written.split()).casefold()


# A place named for its time (`9:30 a.m. New York time`, `15 h 30, heure de Paris`, `ora di
# Roma`, `Moskauer Zeit`): the clock a time is told by, not where the story happens.
_TIME_ZONE_BEFORE = regex.compile(r"(?:heure|hora|ora|horário)\s+(?:de|di|da|do)\s+$", regex.IGNORECASE)
_TIME_ZONE_AFTER = regex.compile(r"(?:\s+time|\s+Zeit|er\s+Zeit)(?!\p{L})", regex.IGNORECASE)


def _names_a_time_zone(prose: str, start: int, end: int) -> bool:
    return _TIME_ZONE_AFTER.match(prose, end) is not None or _TIME_ZONE_BEFORE.search(prose, max(0, start - 12), start) is not None


_ELIDED_ARTICLE = regex.compile(rf"{_ELISION}(?=\p{{Lu}})")
_POSSESSIVE = regex.compile(r"['’]s?$")


def _in_a_longer_name(prose: str, words: list[tuple[int, int]], last: int) -> bool:
    """Whether the place's last word is followed by a capitalised one, as in a person's or a
    region's name (Chad Smith, Niger Delta, Georgia Tech), which is no place CLDR names."""
    if last + 1 >= len(words):
        return False
    end, (start, _) = words[last][1], words[last + 1]
    return prose[end:start].isspace() and prose[start].isupper()


def changed_places(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A place of the source the translation names as another (`place-changed`): it names a
    place the source does not, and none of the source's by a name CLDR knows. A place the
    translation writes in a case CLDR does not name (Czech `v Praze`) is not read, so a
    translation that adds a place besides may be told of one it kept: a warning. A city and
    its country stand for each other (Moscow → Russland)."""
    in_source = places_in(msgid, source)
    if not in_source:
        return []  # most sentences: no place
    in_target = places_in(msgstr, target)
    added = [written for place, written in in_target.items() if not _stands_for(place, in_source)]
    missing = [written for place, written in in_source.items() if not _stands_for(place, in_target)]
    if not added or not missing:
        return []
    return [Issue("place-changed", f"{', '.join(missing)} in the source, {', '.join(added)} in the translation: check the place")]


def _stands_for(place: str, others: Mapping[str, str]) -> bool:
    """Whether `others` name `place`, or its country for a city, or a city of it for a country:
    a city may be named by its country and a country by its capital (Moscow → Russland, for the
    state). Not another city of its country (Chicago → Los Angeles)."""
    if place in others:
        return True
    countries = get_global("zone_territories")
    if "/" in place:
        return countries.get(place) in others
    return any(countries.get(other) == place for other in others if "/" in other)
