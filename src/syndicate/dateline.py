"""Datelines: `Rotterdam/Brussels – ` opening a paragraph names where the story was filed."""

from __future__ import annotations

import regex

# Capitalised place names of at most four words each, separated by "/", perhaps with the
# state or country after a comma and the agency's credit in parentheses, then an en dash, an
# em dash or a spaced hyphen: "Rotterdam/Brussels – ", "PARIS — ", "São Paulo - ", "WASHINGTON
# (AP) — ", "KYIV, Ukraine (AP) — ", "LONDON (dpa-AFX) - ". In a script without capitals any letter
# may start one: "東京 – ", "بيروت – ". The sentence after it starts as sentences do (with a
# capital, a digit or a quotation mark): `Taylor Swift - the biggest star - is …` has none.
_WORD = r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*"
_PLACE = rf"{_WORD}(?: {_WORD}){{0,3}}"
_DATELINE = regex.compile(
    rf"({_PLACE}(?:\s*/\s*{_PLACE})*)(?:, {_PLACE})?(?: \(\p{{L}}[\p{{L}}.&-]{{0,15}}\))?(?: [–—] | - )(?=[\p{{Lu}}\p{{Lt}}\p{{Lo}}\p{{N}}\"“„«‘'])"
)


def dateline_end(paragraph: str) -> int:
    """Where the paragraph's text starts after its dateline (0 when it has none)."""
    found = _DATELINE.match(paragraph)
    return found.end() if found else 0


def dateline_places(paragraph: str) -> tuple[str, ...]:
    """The places of the paragraph's dateline, or () when it has none."""
    found = _DATELINE.match(paragraph)
    return tuple(place.strip() for place in found.group(1).split("/")) if found else ()
