"""A msgid's `{placeholder}` syntax: the unit's text put back together from its msgid, with
each name, URL or e-mail as written, as the glossary renders it, or marked for display; or,
for the checks, with each placeholder as a character that reads as nothing.

Apart from units.py, which makes units (segmentation, name finding), so that the build,
which only renders, does not load what only extract needs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import regex

from .link_markers import without_markers
from .model import Placeholder, Unit


_FIELD_OR_BRACE = regex.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def marked_text(unit: Unit, mark: Callable[[Placeholder], str]) -> str:
    """The unit's source text with each protected span shown as `mark` makes it (its link
    markers, if any, kept: they show which words are linked)."""
    return render_msgid(unit.msgid, {placeholder.name: mark(placeholder) for placeholder in unit.placeholders})


def render_msgid(template: str, values: dict[str, str]) -> str:
    """Fill a python-brace-format string whose fields are all plain names in `values`."""
    return _FIELD_OR_BRACE.sub(lambda match: values[match.group(1)] if match.group(1) else match.group()[0], template)


def render_msgid_at(template: str, values: dict[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    """`render_msgid`, and where each field's value stands in the text: (start, end, field)."""
    pieces: list[str] = []
    fields: list[tuple[int, int, str]] = []
    length = cursor = 0
    for match in _FIELD_OR_BRACE.finditer(template):
        piece = template[cursor : match.start()]
        value = values[match.group(1)] if match.group(1) else match.group()[0]
        length += len(piece)
        if match.group(1):
            fields.append((length, length + len(value), match.group(1)))
        pieces += [piece, value]
        length += len(value)
        cursor = match.end()
    pieces.append(template[cursor:])
    return "".join(pieces), fields


# A translator's comment `# {Maria_Costa} = Марии Косты` on an entry gives the form a name
# takes in that translation, for languages that inflect names (a Russian genitive, a Finnish
# case): the placeholder stays in msgstr, so msgfmt -c, Poedit and Weblate still check it.
# A note in brackets after the form (`= Nowakowi (celownik)`) is the translator's, not the form's.
_NAME_FORM = regex.compile(r"\s*\{([A-Za-z_][A-Za-z0-9_]*)\}\s*=(.*?)(?:\s\([^()]*\))?\s*")


def name_form_comments(translator_comments: Iterable[str]) -> list[tuple[str, str]]:
    """(placeholder, form) of each translator comment that gives a name's form, in order."""
    return [
        (match.group(1), match.group(2).strip())
        for comment in translator_comments
        if (match := _NAME_FORM.fullmatch(comment)) is not None
    ]


_FIELD = regex.compile(r"\{\{|\}\}|\{[^{}]*\}")


def prose_of(text: str) -> str:
    """The text with literal braces unescaped, each placeholder as U+FFFC: no letter, no space,
    so `{name_2}` brings in no digit and `the {name} the` no doubled word; and its link markers
    left out, so `<a1>` brings in no digit either."""
    if "{" not in text and "}" not in text:
        return without_markers(text)  # most sentences: nothing to replace
    return _prose_with_fields(text)


# The checks read the prose of a unit's msgid and msgstr several times over: again, it is a lookup.
@functools.lru_cache(maxsize=64)
def _prose_with_fields(text: str) -> str:
    return without_markers(_FIELD.sub(lambda match: {"{{": "{", "}}": "}"}.get(match.group(), "\ufffc"), text))
