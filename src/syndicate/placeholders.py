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

from .ids import primary_language
from .link_markers import without_markers
from .model import Placeholder, Unit
from .segment_data import LANGUAGES, LanguageData


_FIELD_OR_BRACE = regex.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def marked_text(unit: Unit, mark: Callable[[Placeholder], str]) -> str:
    """The unit's source text with each protected span shown as `mark` makes it (its link
    markers, if any, kept: they show which words are linked)."""
    return render_msgid(unit.msgid, {placeholder.name: mark(placeholder) for placeholder in unit.placeholders})


def render_msgid(template: str, values: dict[str, str]) -> str:
    """Fill a python-brace-format string whose fields are all plain names in `values`."""
    if "{" not in template and "}" not in template:
        return template  # most sentences: no field and no escaped brace, nothing to fill
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


def fields_opening_sentences(template: str, lang: str) -> frozenset[str]:
    """The fields of `template` (a msgid, or a translation of it in `lang`) that open a
    sentence, where a name takes a capital its particle has nowhere else (`Von der Leyen
    added`): at the start, after an opening quote or bracket there, or after one that opens a
    quotation after a colon or comma (`he said: “…`), or after the end of a sentence: not after
    an abbreviation (`Dr. von Papen`), nor after a quoted question that the speaker's verb goes
    on from (`“Why now?” von der Leyen asked`)."""
    data = LANGUAGES.get(primary_language(lang))
    return frozenset(
        match.group(1) for match in _FIELD_OR_BRACE.finditer(template)
        if match.group(1) and _opens_sentence(template, match.start(), match.end(), data)
    )


# What opens a sentence before its first word: quotation marks, brackets, Spanish ¿ and ¡.
_OPENERS = "\"'“„«‹‚‘([¿¡"
# The end of a sentence: the word before its period, or its other punctuation, then what
# closes quotations and brackets.
_SENTENCE_END = regex.compile(
    r"(?:(?<![\p{L}\p{M}\p{Nd}.])(?P<word>[\p{L}\p{M}\p{Nd}.]+)\.|[!?…])(?P<closed>[\"'”’»«“‘›‹)\]]*)$"
)


# How much of the text around a field tells whether it opens a sentence: the punctuation and the
# word right before it, and a verb of speech right after it; a text of many fields is read in
# pieces of this length, not once for each field.
_NEAR = 80


def _opens_sentence(template: str, start: int, end: int, data: LanguageData | None) -> bool:
    """Whether the field at template[start:end] opens a sentence (see fields_opening_sentences)."""
    text = bare = without_markers(template[max(0, start - _NEAR) : start]).rstrip()
    if not text and start > _NEAR:
        return False  # a long run of spaces after the text before it
    # A quotation mark opens where a word does not end right before it (`said, "`, not `done,"`).
    while bare and bare[-1] in _OPENERS and (len(bare) == 1 or bare[-2].isspace() or bare[-2] in _OPENERS):
        bare = bare[:-1]
    bare = bare.rstrip()
    if not bare:
        return True
    if bare != text and bare[-1] in ":,":
        return True
    ending = _SENTENCE_END.search(bare)
    if ending is None:
        return False
    if (word := ending.group("word")) is not None:
        return not _abbreviation(word, data)
    if ending.group("closed") and data is not None:
        following = without_markers(template[end : end + _NEAR]).lstrip()
        return not any(following.startswith(verb) and not following[len(verb) : len(verb) + 1].isalpha() for verb in data.reporting_verbs)
    return True


def _abbreviation(word: str, data: LanguageData | None) -> bool:
    """Whether `word` before a period is an abbreviation, which the sentence may go on after:
    an initial, letters each with its period (`U.S.`), a title or an abbreviation of the language."""
    return len(word) == 1 or "." in word or (data is not None and (word in data.titles or word in data.abbreviations))


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
