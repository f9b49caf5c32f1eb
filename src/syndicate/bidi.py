"""Latin names in right-to-left text: which the Unicode bidi algorithm (UAX #9) would show
out of place, and U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around them,
as W3C advises where markup cannot be used (partner CMSes keep only a block's text).

A name kept in Latin letters (or any left-to-right script) inside Arabic or Hebrew text
shows out of place when
* a character at its edge is not a left-to-right letter: the final `.` of `Acme Inc.` or
  `Jr.`, the parentheses of `(AP)`, the `7` of `7-Eleven` take the paragraph's direction and
  show on the other side of the name;
* it opens its text: a partner laying out a headline or paragraph by its first letter (plain
  text, `dir="auto"`) would run it left to right, Arabic words and all;
* what follows it up to the next letter holds a European digit (`Costa 3`), or the text next
  to it across spaces and punctuation is in Latin letters too: the digit or the other words
  join the name's left-to-right run.

Other names are left as they are: an isolate is an invisible character that copy-paste
carries along and that search tokenisers following UAX #29 keep with the word before it (a
partner searching for Costa finds no `Costa` followed by U+2069). After a name ending in
punctuation, the usual case, it stays off the word.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from unicodedata import bidirectional

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_INITIATORS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_STRONG = frozenset({"L", "R", "AL"})
# Ignored by the algorithm (X9), or taking the type of the character before them (W1).
_TRANSPARENT = frozenset({"BN", "NSM", "LRE", "RLE", "LRO", "RLO", "PDF"})
_WITHOUT_ISOLATES = str.maketrans("", "", FIRST_STRONG_ISOLATE + POP_DIRECTIONAL_ISOLATE)


def without_isolates(text: str) -> str:
    """`text` without U+2068 and U+2069: its words as they read, however isolated."""
    return text.translate(_WITHOUT_ISOLATES)


def isolated_names(text: str, names: Sequence[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """`text`, one block of right-to-left text, with each of the `names` put into it ((start,
    end), in order) that would show out of place between U+2068 and U+2069; and where a
    position in `text` is in the result (a span that starts or ends with a name, a link's
    words, takes in its isolate)."""
    opened: list[int] = []
    closed: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for start, end in names:
        pieces.append(text[cursor:start])
        name = text[start:end]
        if _shows_out_of_place("".join(pieces), name, text[end:]):
            pieces.append(FIRST_STRONG_ISOLATE + name + POP_DIRECTIONAL_ISOLATE)
            opened.append(start)
            closed.append(end)
        else:
            pieces.append(name)
        cursor = end
    if not opened:
        return text, lambda position: position
    pieces.append(text[cursor:])
    return "".join(pieces), lambda position: position + bisect.bisect_left(opened, position) + bisect.bisect_right(closed, position)


def _shows_out_of_place(before: str, name: str, after: str) -> bool:
    """Whether `name`, with `before` (as isolated so far) and `after` it in its block, runs left
    to right and would show out of place unless isolated; not when it is isolated already (in
    the glossary's rendering, or by the translator)."""
    types = [bidirectional(character) for character in name]
    if "L" not in types or _isolate_depth(before) or (name[0] in _INITIATORS and name[-1] == POP_DIRECTIONAL_ISOLATE):
        return False
    edges = [kind for kind in types if kind not in _TRANSPARENT]
    # Digits ending it take the direction of its last letter (W7): `Airbus A320`, `Windows 11`.
    last_strong = next(kind for kind in reversed(edges) if kind in _STRONG)
    if edges[0] != "L" or (edges[-1] != "L" and not (edges[-1] == "EN" and last_strong == "L")):
        return True
    return _strong_before(before) in (None, "L") or _strong_after(after) in ("L", "EN")


def _isolate_depth(text: str) -> int:
    """How many isolates are open at the end of `text`."""
    depth = 0
    for character in text:
        if character in _INITIATORS:
            depth += 1
        elif character == POP_DIRECTIONAL_ISOLATE and depth:
            depth -= 1
    return depth


def _strong_before(text: str) -> str | None:
    """The direction of the last letter of `text`, passing over isolates (neutral from outside);
    None at the start of the paragraph."""
    closed = 0
    for character in reversed(text):
        kind = bidirectional(character)
        if kind == "PDI":
            closed += 1
        elif kind in ("LRI", "RLI", "FSI"):
            closed = max(closed - 1, 0)
        elif kind == "B":
            return None
        elif kind in _STRONG and not closed:
            return kind
    return None


def _strong_after(text: str) -> str | None:
    """The direction of the first letter of `text`, or EN for a European digit before it,
    which takes the direction of the letter before it (W7); passing over isolates; None at the
    end of the paragraph."""
    opened = 0
    for character in text:
        kind = bidirectional(character)
        if kind in ("LRI", "RLI", "FSI"):
            opened += 1
        elif kind == "PDI":
            opened = max(opened - 1, 0)
        elif kind == "B":
            return None
        elif (kind in _STRONG or kind == "EN") and not opened:
            return kind
    return None
