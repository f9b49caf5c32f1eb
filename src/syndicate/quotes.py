"""Quotation marks: find paired quotations, report pairing problems, re-mark text for a locale.

One left-to-right scan classifies every quotation mark by its context (what stands before and
after it) and pairs marks with a stack, so the work is linear in the length of the text:

* an *opening* mark stands after the start of the text, a space, an opening bracket, a dash or
  another quotation mark, and before a non-space;
* a *closing* mark stands after a non-space and before the end, a space, punctuation, a
  closing bracket or another quotation mark;
* a mark between two letters (``Ukraine’s``, ``l’entreprise``, ``O'Brien``) and the
  elisions in :data:`_ELISION` (``’nineties``, ``'90s``, ``rock 'n' roll``, ``'s avonds``)
  are apostrophes, never quotation marks.

The glyph narrows the choice: ``„`` only opens, ``’`` never opens, ``“`` opens in English but
closes ``„`` in German, ``»`` closes ``«`` in French but opens ``»…«`` in Danish, and so on
(:data:`_CLOSERS_FOR`). A mark that could close a pending quotation does so unless its context
says it opens.

Quotations never span a paragraph break (a blank line or U+2029): every quotation still open
there is reported as unclosed, which stops one missing mark from swallowing a long text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from syndicate.segment_data import normalise_language

__all__ = [
    "QUOTE_MARKS",
    "Quotation",
    "find_quotations",
    "normalise_quotes",
    "quotation_problems",
    "quote_marks",
    "quoted_spans",
]


@dataclass(frozen=True)
class Quotation:
    """A well-paired quotation: ``text[start:end]`` runs from the opening to the closing mark."""

    start: int  # index of the opening mark
    end: int  # index just past the closing mark
    open_mark: str
    close_mark: str
    depth: int  # 0 = outermost, 1 = nested, ...


# Quotation marks per language: ((primary open, close), (nested open, close)).
# Source: Unicode CLDR, common/main/<lang>.xml, element <delimiters> (quotationStart,
# quotationEnd, alternateQuotationStart, alternateQuotationEnd). Two deliberate departures,
# both news-desk house style: French nests with ‹ › (CLDR repeats « »), and Spanish uses the
# RAE's «…» with “…” nested (recent CLDR versions list “…” ‘…’).
QUOTE_MARKS: Final[dict[str, tuple[tuple[str, str], tuple[str, str]]]] = {
    "en": (("“", "”"), ("‘", "’")),
    "de": (("„", "“"), ("‚", "‘")),
    "de-CH": (("«", "»"), ("‹", "›")),
    "de-LI": (("«", "»"), ("‹", "›")),
    "fr": (("«", "»"), ("‹", "›")),
    "es": (("«", "»"), ("“", "”")),
    "it": (("«", "»"), ("“", "”")),
    "pt": (("“", "”"), ("‘", "’")),
    "pt-PT": (("«", "»"), ("“", "”")),
    "nl": (("‘", "’"), ("“", "”")),
    "pl": (("„", "”"), ("«", "»")),
    "ru": (("«", "»"), ("„", "“")),
    "uk": (("«", "»"), ("„", "“")),
    "be": (("«", "»"), ("„", "“")),
    "cs": (("„", "“"), ("‚", "‘")),
    "sk": (("„", "“"), ("‚", "‘")),
    "hu": (("„", "”"), ("»", "«")),
    "ro": (("„", "”"), ("«", "»")),
    "bg": (("„", "“"), ("„", "“")),
    "da": (("“", "”"), ("‘", "’")),
    "sv": (("”", "”"), ("’", "’")),
    "fi": (("”", "”"), ("’", "’")),
    "nb": (("«", "»"), ("‘", "’")),
    "el": (("«", "»"), ("“", "”")),
    "tr": (("“", "”"), ("‘", "’")),
    "ar": (("”", "“"), ("’", "‘")),
    "he": (("”", "”"), ("’", "’")),
    "ja": (("「", "」"), ("『", "』")),
    "zh": (("“", "”"), ("‘", "’")),
}

# Marks for a language missing from QUOTE_MARKS.
_DEFAULT_MARKS: Final = (("“", "”"), ("‘", "’"))

# French sets its guillemets off from the quoted words with a narrow no-break space.
_INNER_PADDING: Final[dict[str, str]] = {"fr": "\u202f"}

# What may stand between a mark and the quoted words and is replaced when re-marking:
# plain, no-break, narrow no-break, thin and hair spaces.
_PADDING_CHARS: Final = " \u00a0\u202f\u2009\u200a"

# For each mark that can open a quotation, the marks that can close it.
_CLOSERS_FOR: Final[dict[str, frozenset[str]]] = {
    "“": frozenset("”"),  # English “…”
    "„": frozenset("“”"),  # German „…“, Polish and Dutch „…”
    "‟": frozenset("”"),
    "”": frozenset("”"),  # Swedish and Finnish ”…”
    "‘": frozenset("’"),  # English ‘…’
    "‚": frozenset("‘’"),  # German ‚…‘
    "‛": frozenset("’"),
    "«": frozenset("»"),  # French, Spanish, Russian «…»
    "»": frozenset("«»"),  # Danish and German »…«, Swedish »…»
    "‹": frozenset("›"),
    "›": frozenset("‹›"),
    '"': frozenset('"'),
    "'": frozenset("'"),
    "「": frozenset("」"),
    "『": frozenset("』"),
}
_MARKS: Final = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』")
_CLOSING_GLYPHS: Final = frozenset().union(*_CLOSERS_FOR.values())
# Glyphs that open whatever their context, unless it clearly calls for a closing mark.
_OPENING_GLYPHS: Final = frozenset("„‟‚‛«‹「『")
# Glyphs that open when nothing is pending or their context says so even if something is.
_FLEXIBLE_OPENERS: Final = frozenset("“‘\"'")
# Glyphs that are apostrophes far more often than quotation marks: never reported as stray.
_APOSTROPHES: Final = frozenset("'’")
# Glyphs taken for apostrophes between two letters (‘ there is a common typing slip for ’).
_APOSTROPHE_LIKE: Final = frozenset("'’‘")
# Glyphs of one typing convention: a possessive-looking ’ is judged against the next of these.
_FAMILY: Final[dict[str, str]] = {"'": "'", "’": "‘", "‘": "‘", "‚": "‘"}

_WHITESPACE: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# What may stand before an opening mark, besides space and other marks.
_OPENING_CONTEXT: Final = frozenset("([{<-‐‑‒–—―/¿¡")
# What may follow a closing mark, besides space and other marks.
_CLOSING_CONTEXT: Final = frozenset(".,;:!?…)]}>-‐‑‒–—―/‽")

_LINE_BREAK: Final = r"(?:\r\n|[\n\r])"
_TOKEN: Final = regex.compile(
    # Elisions: a leading apostrophe before a digit (’90s) or before a clipped word.
    r"(?P<elision>(?<![\p{L}\p{N}])['’‘](?:\p{N}"
    r"|(?:(?i:n['’]|em|til|cause|tis|twas)|s|t|n|k)(?![\p{L}\p{N}])))"
    rf"|(?P<paragraph>{_LINE_BREAK}[^\S\r\n]*+{_LINE_BREAK}|\u2029)"
    r"|(?P<mark>[\"'“”„‟‘’‚‛«»‹›「」『』])"
)

# Where a mark stands relative to the words around it.
_LEFT, _RIGHT, _ISOLATED, _INTRAWORD = range(4)


@dataclass(frozen=True)
class _Mark:
    index: int
    glyph: str
    context: int
    weak: bool  # an ’ or ' closing a word and followed by more words: likely possessive


@dataclass
class _Opening:
    index: int
    glyph: str


@dataclass(frozen=True)
class _Scan:
    pairs: list[tuple[int, int]]  # (opening index, closing index)
    unclosed: list[tuple[int, int]]  # (opening index, index where it was found unclosed)
    stray: list[int]  # indices of closing marks that close nothing


def _context(text: str, i: int) -> int:
    n = len(text)
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < n else ""
    open_side = not prev or prev in _WHITESPACE or prev in _OPENING_CONTEXT or prev in _MARKS
    close_side = not nxt or nxt in _WHITESPACE or nxt in _CLOSING_CONTEXT or nxt in _MARKS
    if open_side:
        return _ISOLATED if close_side else _LEFT
    return _RIGHT if close_side else _INTRAWORD


def _is_weak(text: str, i: int, context: int) -> bool:
    """``dockers’ strike``: a word-final apostrophe followed by more words, not by punctuation."""
    return (
        context == _RIGHT
        and text[i] in _APOSTROPHES
        and text[i - 1].isalpha()
        and i + 2 < len(text)
        and text[i + 1] in _WHITESPACE
        and text[i + 2].isalnum()
    )


def _marks_by_paragraph(text: str) -> list[list[_Mark]]:
    paragraphs: list[list[_Mark]] = [[]]
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "paragraph":
            paragraphs.append([])
        elif kind == "mark":
            i = match.start()
            context = _context(text, i)
            paragraphs[-1].append(_Mark(i, text[i], context, _is_weak(text, i, context)))
    return paragraphs


def _strong_closer_follows(marks: list[_Mark]) -> list[bool]:
    """For each mark, whether the next mark of its family is a closing mark that is not weak."""
    result = [False] * len(marks)
    next_is_strong: dict[str, bool] = {}
    for k in range(len(marks) - 1, -1, -1):
        mark = marks[k]
        family = _FAMILY.get(mark.glyph)
        if family is None:
            continue
        result[k] = next_is_strong.get(family, False)
        next_is_strong[family] = mark.context in (_RIGHT, _ISOLATED) and not mark.weak
    return result


def _scan(text: str) -> _Scan:
    pairs: list[tuple[int, int]] = []
    unclosed: list[tuple[int, int]] = []
    stray: list[int] = []
    paragraph_ends = [m.start() for m in _TOKEN.finditer(text) if m.lastgroup == "paragraph"]
    paragraph_ends.append(len(text))
    for marks, paragraph_end in zip(_marks_by_paragraph(text), paragraph_ends):
        stack: list[_Opening] = []
        # How many pending openings each closing glyph could close: keeps every decision O(1)
        # amortised, so a text full of unmatched marks stays linear.
        closable: dict[str, int] = dict.fromkeys(_CLOSING_GLYPHS, 0)

        def push(opening: _Opening) -> None:
            stack.append(opening)
            for closer in _CLOSERS_FOR[opening.glyph]:
                closable[closer] += 1

        def pop_until(accepts: str, found_at: int) -> _Opening:
            """Pop down to the nearest opening that ``accepts`` closes; those above it are unclosed."""
            while True:
                opening = stack.pop()
                for closer in _CLOSERS_FOR[opening.glyph]:
                    closable[closer] -= 1
                if accepts in _CLOSERS_FOR[opening.glyph]:
                    return opening
                unclosed.append((opening.index, found_at))

        strong_follows = _strong_closer_follows(marks)
        for mark, strong_later in zip(marks, strong_follows):
            glyph, context = mark.glyph, mark.context
            if (context == _INTRAWORD and glyph in _APOSTROPHE_LIKE) or (context == _LEFT and glyph == "’"):
                continue
            can_close = closable.get(glyph, 0) > 0
            if can_close and context == _LEFT and glyph in _FLEXIBLE_OPENERS:
                if glyph in _CLOSERS_FOR[glyph]:
                    # A straight mark never nests inside its own kind: the pending one was
                    # left open, and this one starts a new quotation.
                    dropped = pop_until(glyph, mark.index)
                    unclosed.append((dropped.index, mark.index))
                push(_Opening(mark.index, glyph))
            elif can_close:
                if mark.weak and strong_later:
                    continue  # possessive apostrophe; the real closing mark comes later
                opening = pop_until(glyph, mark.index)
                pairs.append((opening.index, mark.index))
            elif glyph in _CLOSERS_FOR and _may_open(glyph, context):
                push(_Opening(mark.index, glyph))
            elif glyph not in _APOSTROPHES and not _is_prime(text, mark):
                stray.append(mark.index)
        unclosed.extend((opening.index, paragraph_end) for opening in stack)
    unclosed.sort()
    return _Scan(pairs, unclosed, stray)


def _may_open(glyph: str, context: int) -> bool:
    if context == _LEFT:
        return True
    if context == _ISOLATED:
        return glyph in _OPENING_GLYPHS or glyph in _FLEXIBLE_OPENERS
    if context == _INTRAWORD:
        return glyph in _OPENING_GLYPHS or glyph == '"'
    return False


def _is_prime(text: str, mark: _Mark) -> bool:
    """``6'2"``: a straight mark right after a digit is a foot or inch sign."""
    return mark.glyph in "\"'" and mark.index > 0 and text[mark.index - 1].isdigit()


def find_quotations(text: str) -> list[Quotation]:
    """Every well-paired quotation, outer and nested, sorted by start."""
    quotations: list[Quotation] = []
    enclosing_ends: list[int] = []
    for start, close in sorted(_scan(text).pairs):
        while enclosing_ends and enclosing_ends[-1] <= start:
            enclosing_ends.pop()
        quotations.append(Quotation(start, close + 1, text[start], text[close], len(enclosing_ends)))
        enclosing_ends.append(close + 1)
    return quotations


def quotation_problems(text: str) -> list[str]:
    """Human-readable problems with the quotation marks of ``text``; ``[]`` when all pair up.

    Reports opening marks that are never closed (within their paragraph) and closing marks
    that close nothing. Apostrophes, and straight marks after a digit (``6'2"``), are not
    quotation marks and never reported.
    """
    scan = _scan(text)
    found = [(i, f"opening mark {text[i]} at offset {i} is never closed ({_excerpt(text, i)})") for i, _ in scan.unclosed]
    found += [(i, f"closing mark {text[i]} at offset {i} has no opening mark ({_excerpt(text, i)})") for i in scan.stray]
    return [message for _, message in sorted(found)]


def _excerpt(text: str, i: int, width: int = 24) -> str:
    start, end = max(0, i - width), min(len(text), i + width + 1)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint ``(start, end)`` spans that a sentence break must not fall inside.

    These are the outermost well-paired quotations, plus, for every opening mark that is never
    closed, the text from it to where it was found unclosed: the end of its paragraph, or the
    mark that showed it was left open.
    """
    scan = _scan(text)
    spans = sorted([(start, close + 1) for start, close in scan.pairs] + scan.unclosed)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def quote_marks(locale: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The ((primary open, close), (nested open, close)) marks for a BCP 47 or gettext locale."""
    tag = normalise_language(locale)
    base = tag.split("-")[0]
    region = next((part for part in tag.split("-")[1:] if len(part) == 2), None)
    for key in (tag, f"{base}-{region}" if region else None, base):
        if key in QUOTE_MARKS:
            return QUOTE_MARKS[key]
    return _DEFAULT_MARKS


def normalise_quotes(text: str, locale: str) -> str:
    """Re-mark every paired quotation with the marks of ``locale``, by nesting depth.

    Depth 0 gets the primary marks, depth 1 the nested ones, depth 2 the primary ones again,
    and so on. Spaces typed just inside the marks (plain, no-break or narrow no-break) are
    replaced by the locale's own inner padding: a narrow no-break space for French, none
    elsewhere. Unpaired marks and apostrophes are left as they are, and text without
    quotations is returned unchanged.
    """
    quotations = find_quotations(text)
    if not quotations:
        return text
    levels = quote_marks(locale)
    padding = _INNER_PADDING.get(normalise_language(locale).split("-")[0], "")
    edits: list[tuple[int, int, str]] = []
    for quotation in quotations:
        open_mark, close_mark = levels[quotation.depth % 2]
        inner_start, inner_end = quotation.start + 1, quotation.end - 1
        lead = inner_start
        while lead < inner_end and text[lead] in _PADDING_CHARS:
            lead += 1
        if lead == inner_end:
            edits.append((quotation.start, quotation.end, open_mark + close_mark))
            continue
        trail = inner_end
        while text[trail - 1] in _PADDING_CHARS:
            trail -= 1
        edits.append((quotation.start, lead, open_mark + padding))
        edits.append((trail, quotation.end, padding + close_mark))
    edits.sort()
    pieces: list[str] = []
    position = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
