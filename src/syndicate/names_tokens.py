"""What name finding (syndicate.names), German's rules (syndicate.names_german) and the
writing of a name found (syndicate.names_rendering) share: a word of the text as the finder
reads it, whether a name ends with an abbreviated word, and where names occur as whole words."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from .lazy_regex import lazy_compile
from .names_data import ABBREVIATED_ENDINGS, ALNUM_RUN


@dataclass(slots=True)
class Token:
    """A word of the text as name finding reads it: where it is, and whether it is capitalised."""

    start: int
    end: int
    text: str
    capitalised: bool


def ends_abbreviated(name: str) -> bool:
    """Whether the last word of a name written without its final period is an abbreviation:
    `Robert Haines Jr`, `Acme Inc`, `Banco Santander S.A` (not `Amazon.com`)."""
    last_word = name[name.rfind(" ") + 1 :]
    return last_word in ABBREVIATED_ENDINGS or _DOTTED_LETTERS.fullmatch(last_word) is not None


# Letters each with its period but the last: `S.A`, `S.p.A`, `U.S`.
_DOTTED_LETTERS = lazy_compile(r"(?:\p{L}\.)+\p{L}")

# Up to this many names, searching the text for each costs less than one pass over its words.
_FEW_NAMES = 16


def whole_occurrences(text: str, names: Collection[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each name occurs as whole words (not inside `Costanza` when looking for `Costa`).

    A name that starts with a letter or digit can only start where a word of the text does,
    and that word must be the name's first: for many names (a desk's long list, or a long
    block that has gathered hundreds), one pass over the words finds them all.
    """
    if len(names) <= _FEW_NAMES:
        return {name: list(_occurrences(text, name)) for name in names}
    found: dict[str, list[tuple[int, int]]] = {}
    by_first_word: dict[str, dict[int, set[str]]] = {}  # first word → length → names
    for name in names:
        first_word = ALNUM_RUN.match(name)
        if first_word is None:  # it starts with a sign: `(RED)`
            found[name] = list(_occurrences(text, name))
        else:
            by_first_word.setdefault(first_word.group(), {}).setdefault(len(name), set()).add(name)
    for word in ALNUM_RUN.finditer(text):
        start = word.start()
        for length, named in by_first_word.get(word.group(), {}).items():
            end = start + length
            if text[start:end] in named and not (end < len(text) and text[end].isalnum()):
                found.setdefault(text[start:end], []).append((start, end))
    return found


def _occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where `name` occurs as whole words, found by searching the text for it."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            yield start, end
        start = text.find(name, start + 1)
