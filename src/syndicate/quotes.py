"""Quotation marks: find paired quotations, report pairing problems, re-mark text for a locale.

One left-to-right scan classifies every quotation mark by its context (what stands before and
after it) and pairs marks with a stack, so the work is linear in the length of the text:

* an *opening* mark stands after the start of the text, a space, an opening bracket, a dash or
  another quotation mark, and before a non-space;
* a *closing* mark stands after a non-space and before the end, a space, punctuation, a
  closing bracket or another quotation mark;
* a mark between two letters (``Ukraine’s``, ``l’entreprise``, ``O'Brien``) and a leading
  apostrophe before a digit or a clipped word (``'90s``, ``rock 'n' roll``, ``'s avonds``,
  see :data:`_ELISION`) are apostrophes, never quotation marks; ``’`` never opens a
  quotation (``’nineties``).

The glyph narrows the choice: ``„`` only opens, ``’`` never opens, ``“`` opens in English but
closes ``„`` in German, ``»`` closes ``«`` in French but opens ``»…«`` in Danish, and so on
(:data:`_CLOSERS_FOR`). A mark that could close a pending quotation does so unless its context
says it opens.

Quotations never span a paragraph break (a blank line or U+2029): every quotation still open
there is reported as unclosed, which stops one missing mark from swallowing a long text.
One still open at the very end of the text may run on into the next paragraph, as news copy
quotes a speech over several paragraphs (each reopens with an opening mark, and only the last
closes): it is a quotation to the end of the text, with no closing mark.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from syndicate.segment_data import PARAGRAPH_BREAK, WHITESPACE, normalise_language

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
    """A quotation: ``text[start:end]`` runs from the opening to the closing mark, or to the end
    of the text for one that runs on into the next paragraph (its ``close_mark`` is "")."""

    start: int  # index of the opening mark
    end: int  # index just past the closing mark, or the length of the text
    open_mark: str
    close_mark: str
    depth: int  # 0 = outermost, 1 = nested, ...


# Quotation marks per language: ((primary open, close), (nested open, close)).
# Source: Unicode CLDR, common/main/<lang>.xml, element <delimiters> (quotationStart,
# quotationEnd, alternateQuotationStart, alternateQuotationEnd). Three deliberate departures,
# all news-desk house style: French nests with ‹ › (CLDR repeats « »), Spanish keeps the Real
# Academia's «…» with “…” nested, as older CLDR releases have it (recent ones list “…” and
# ‘…’), and Arabic quotes with the «…» of its press (Al Jazeera, Asharq Al-Awsat, BBC Arabic),
# nesting CLDR's ”…“.
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
    "ar": (("«", "»"), ("”", "“")),
    "he": (("”", "”"), ("’", "’")),
    "ja": (("「", "」"), ("『", "』")),
    "zh": (("“", "”"), ("‘", "’")),
    "zh-Hant": (("「", "」"), ("『", "』")),
    "fa": (("«", "»"), ("‹", "›")),
    "sr": (("„", "“"), ("‘", "’")),
    "hr": (("„", "“"), ("‚", "‘")),
    "sl": (("„", "“"), ("‚", "‘")),
}

# Regions whose tag alone implies the script (CLDR likely subtags): zh-TW is zh-Hant-TW.
_REGION_SCRIPTS: Final = {"zh-TW": "Hant", "zh-HK": "Hant", "zh-MO": "Hant"}

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
    "”": frozenset("”“"),  # Swedish and Finnish ”…”, Arabic ”…“ (right to left)
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
_SINGLE_MARKS: Final = frozenset(_FAMILY)

_WHITESPACE: Final = frozenset(WHITESPACE)
# What may stand before an opening mark, besides space and other marks.
_OPENING_CONTEXT: Final = frozenset("([{<-‐‑‒–—―/¿¡")
# What may follow a closing mark, besides space and other marks.
_CLOSING_CONTEXT: Final = frozenset(".,;:!?…)]}>-‐‑‒–—―/‽")
_OPEN_SIDE: Final = _WHITESPACE | _OPENING_CONTEXT | _MARKS
_CLOSE_SIDE: Final = _WHITESPACE | _CLOSING_CONTEXT | _MARKS

_ANY_MARK: Final = re.compile(r"[\"'“”„‟‘’‚‛«»‹›「」『』]")
# Elisions: a leading apostrophe before two digits (’90s, '19) or a clipped word; [^\W_] is a
# letter or digit. Python's `re` is used throughout: several times faster than `regex` here.
_ELISION: Final = re.compile(
    r"['’‘](?:\d\ds?|(?i:n['’]|em|til|cause|tis|twas|bout|round|nuff|ol)|s|t|n|k|m)(?![^\W_])"
)
_ANY_LINE_BREAK: Final = re.compile(r"[\n\r\x85\u2028\u2029]")
_PARAGRAPH_BREAK: Final = re.compile(PARAGRAPH_BREAK)

# Where a mark stands relative to the words around it.
_LEFT, _RIGHT, _ISOLATED, _INTRAWORD = range(4)
_PARAGRAPH = ""  # the glyph of a token that stands for a paragraph break


class _Scan(NamedTuple):
    pairs: tuple[tuple[int, int], ...]  # (opening index, closing index)
    unclosed: tuple[tuple[int, int], ...]  # (opening index, index where it was found unclosed)
    stray: tuple[int, ...]  # indices of closing marks that close nothing


_NOTHING_FOUND: Final = _Scan((), (), ())


def _tokens(text: str) -> tuple[list[tuple[int, str, int, bool]], bool]:
    """(index, glyph, context, weak) of each quotation mark and paragraph break, in order, and
    whether any is weak.

    ``weak`` marks a word-final apostrophe that may be possessive: followed by more words
    (``dockers’ strike``) or by another single quotation mark (``‚die Dockers’‘``).
    """
    tokens: list[tuple[int, str, int, bool]] = []
    any_weak = False
    last = len(text) - 1
    for match in _ANY_MARK.finditer(text):
        i = match.start()
        glyph = text[i]
        before, after = _visible(text, i, -1), _visible(text, i, 1)
        open_side = before < 0 or text[before] in _OPEN_SIDE or _unspaced(text[before])
        close_side = after > last or text[after] in _CLOSE_SIDE or _unspaced(text[after])
        if open_side:
            if glyph in _APOSTROPHE_LIKE and _ELISION.match(text, i):
                continue
            context = _ISOLATED if close_side else _LEFT
        else:
            context = _RIGHT if close_side else _INTRAWORD
        weak = (
            context == _RIGHT
            and glyph in _APOSTROPHES
            and text[before].isalpha()
            and after <= last
            and (
                text[after] in _SINGLE_MARKS
                or (after + 1 <= last and text[after] in _WHITESPACE and text[after + 1] not in _WHITESPACE)
            )
        )
        tokens.append((i, glyph, context, weak))
        any_weak = any_weak or weak
    if _ANY_LINE_BREAK.search(text):
        breaks = [(m.start(), _PARAGRAPH, _ISOLATED, False) for m in _PARAGRAPH_BREAK.finditer(text)]
        if breaks:
            tokens = sorted(tokens + breaks)
    return tokens, any_weak


# Invisible direction marks, which right-to-left text and pseudo-localisation set around words,
# do not change what a quotation mark stands next to.
_DIRECTION_MARKS: Final = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _visible(text: str, index: int, step: int) -> int:
    """The index of the nearest character before (step -1) or after (step 1) `index` that is
    not a direction mark; -1 or len(text) at the ends."""
    neighbour = index + step
    while 0 <= neighbour < len(text) and text[neighbour] in _DIRECTION_MARKS:
        neighbour += step
    return neighbour


def _strong_closer_follows(text: str, tokens: list[tuple[int, str, int, bool]]) -> list[bool]:
    """For each token, whether the closing mark that ends the quotation it stands in is of its
    family (as far as marks to its right tell).

    A weak mark for which this holds is taken for a possessive apostrophe, since that later
    mark closes the quotation (``‘The dockers’ “new” strike,’ he said``). Where a mark of
    another kind closes first (``“‘We want more’ he said”``) or a new quotation opens first
    (``‘Yes’ and ‘no’``), the weak mark closes. Marks are paired right to left with a stack;
    a mark between two boundaries counts as closing after a non-space (``…,’ he``, ``’‘``), as
    opening after a space (`` ‘“We``).
    """
    result = [False] * len(tokens)
    closing_families: list[str | None] = []  # closing marks to the right not yet paired
    for k in range(len(tokens) - 1, -1, -1):
        index, glyph, context, weak = tokens[k]
        if glyph == _PARAGRAPH:
            closing_families.clear()
            continue
        family = _FAMILY.get(glyph)
        result[k] = family is not None and bool(closing_families) and closing_families[-1] == family
        after_space = index == 0 or text[index - 1] in _WHITESPACE
        if context == _RIGHT or (context == _ISOLATED and not after_space):
            if not weak:
                closing_families.append(family)
        elif context != _INTRAWORD and glyph != "’" and closing_families:
            closing_families.pop()  # this opening mark pairs with the nearest closing one
    return result


class _Pairing:
    """The stack of pending opening marks of one paragraph."""

    def __init__(self, unclosed: list[tuple[int, int]]) -> None:
        self.stack: list[tuple[int, str]] = []  # (index, glyph)
        # How many pending openings each closing glyph could close: keeps every decision
        # O(1) amortised, so a text full of unmatched marks stays linear.
        self.closable: dict[str, int] = {}
        self.unclosed = unclosed

    def can_close(self, glyph: str) -> bool:
        if glyph in _APOSTROPHES:
            # More likely an apostrophe than the end of a quotation with others open inside.
            return bool(self.stack) and glyph in _CLOSERS_FOR[self.stack[-1][1]]
        return self.closable.get(glyph, 0) > 0

    def push(self, index: int, glyph: str) -> None:
        self.stack.append((index, glyph))
        closable = self.closable
        for closer in _CLOSERS_FOR[glyph]:
            closable[closer] = closable.get(closer, 0) + 1

    def pop_until(self, closer: str, found_at: int) -> int:
        """Pop down to the nearest opening ``closer`` closes and return its index; the openings
        above it are unclosed."""
        while True:
            index, glyph = self.stack.pop()
            closers = _CLOSERS_FOR[glyph]
            for accepted in closers:
                self.closable[accepted] -= 1
            if closer in closers:
                return index
            self.unclosed.append((index, found_at))

    def end_paragraph(self, at: int) -> None:
        if self.stack:
            self.unclosed.extend((index, at) for index, _ in self.stack)
            self.stack.clear()
            self.closable.clear()


def _scan(text: str) -> _Scan:
    if _ANY_MARK.search(text) is None:
        return _NOTHING_FOUND
    return _scan_marks(text)


# Build checks a translation (quotation_problems) and right after re-marks it
# (normalise_quotes): the second scan of the same text is a lookup.
@functools.lru_cache(maxsize=16)
def _scan_marks(text: str) -> _Scan:
    pairs: list[tuple[int, int]] = []
    unclosed: list[tuple[int, int]] = []
    stray: list[int] = []
    pairing = _Pairing(unclosed)
    tokens, any_weak = _tokens(text)
    # Only a weak mark needs to know what follows it.
    strong_follows = _strong_closer_follows(text, tokens) if any_weak else [False] * len(tokens)
    for (index, glyph, context, weak), strong_later in zip(tokens, strong_follows, strict=True):
        if glyph == _PARAGRAPH:
            pairing.end_paragraph(index)
            continue
        between_letters = context == _INTRAWORD and (glyph in _APOSTROPHE_LIKE or _is_gershayim(text, index))
        if between_letters or (context == _LEFT and glyph == "’"):
            continue  # an apostrophe
        if _is_prime(text, index) and (text[index - 1] == "'" or context == _INTRAWORD and text[index + 1].isdigit()):
            continue  # seconds as sport writes a time (10"85, 10''85, 2h05'42'')
        can_close = pairing.can_close(glyph)
        if can_close and context == _LEFT and glyph in _FLEXIBLE_OPENERS:
            if glyph in _CLOSERS_FOR[glyph]:
                # A straight mark never nests inside its own kind: the pending one was left
                # open, and this one starts a new quotation.
                unclosed.append((pairing.pop_until(glyph, index), index))
            pairing.push(index, glyph)
        elif can_close:
            if weak and strong_later:
                continue  # a possessive apostrophe; the real closing mark comes later
            pairs.append((pairing.pop_until(glyph, index), index))
        elif glyph in _CLOSERS_FOR and _may_open(glyph, context):
            pairing.push(index, glyph)
        elif glyph not in _APOSTROPHES and not _is_prime(text, index):
            stray.append(index)
    pairing.end_paragraph(len(text))
    return _Scan(tuple(pairs), tuple(sorted(unclosed)), tuple(stray))


def _may_open(glyph: str, context: int) -> bool:
    if context == _LEFT:
        return True
    if context == _ISOLATED:
        return glyph in _OPENING_GLYPHS or glyph in _FLEXIBLE_OPENERS
    if context == _INTRAWORD:
        return glyph in _OPENING_GLYPHS or glyph == '"'
    return False


def _unspaced(character: str) -> bool:
    """A character of Chinese or Japanese, which set no space around quotation marks
    (他说：“我们不会放弃。”): on either side of a mark it stands where other scripts put one."""
    return "\u3000" <= character <= "\u9fff" or "\uf900" <= character <= "\ufaff" or "\uff00" <= character <= "\uffef"


def _is_gershayim(text: str, index: int) -> bool:
    """``צה"ל``, ``דו"חות``, ``ח"כים``: Hebrew keyboards type the acronym mark gershayim (״) as
    a straight double quote, between two letters of a word. A quotation after a one-letter
    prefix, ``ש"לא נוותר"``, looks the same: it is told by the prefix (ב ה ו כ ל מ ש alone
    before the mark) and by a mark further on that closes it."""
    if not (
        text[index] == '"'
        and 0 < index < len(text) - 1
        and _is_hebrew_letter(text[index - 1])
        and _is_hebrew_letter(text[index + 1])
    ):
        return False
    prefix = text[index - 1] in _HEBREW_PREFIXES and (index == 1 or not text[index - 2].isalpha())
    return not (prefix and _HEBREW_CLOSING.search(text, index + 1))


# One-letter words written onto the next: in, the, and, as, to, from, that.
_HEBREW_PREFIXES: Final = frozenset("בהוכלמש")
# A straight double quote that can close a quotation: after a character, not before a letter.
_HEBREW_CLOSING: Final = re.compile(r'(?<=\S)"(?![\u05d0-\u05ea])')


def _is_hebrew_letter(character: str) -> bool:
    return "\u05d0" <= character <= "\u05ea"


def _is_prime(text: str, index: int) -> bool:
    """``6'2"``, ``6'2''``: a straight mark right after a digit, or a straight apostrophe after
    one there, is a foot or inch sign (in sport, minutes and seconds)."""
    if text[index] not in "\"'" or index == 0:
        return False
    return text[index - 1].isdigit() or (text[index] == "'" == text[index - 1] and index > 1 and text[index - 2].isdigit())


def find_quotations(text: str) -> list[Quotation]:
    """Every well-paired quotation, outer and nested, and every one still open at the end of
    the text (it may run on into the next paragraph), sorted by start."""
    return [
        Quotation(start, min(close + 1, len(text)), text[start], text[close:close + 1], depth)
        for start, close, depth in _nested(_quotation_ends(text))
    ]


def _quotation_ends(text: str) -> tuple[tuple[int, int], ...]:
    """(opening index, closing index) of each quotation; len(text) as the closing index of one
    still open at the end of the text."""
    scan = _scan(text)
    running_on = tuple((start, found_at) for start, found_at in scan.unclosed if found_at == len(text))
    return scan.pairs + running_on if running_on else scan.pairs


def _nested(pairs: tuple[tuple[int, int], ...]) -> list[tuple[int, int, int]]:
    """(opening index, closing index, depth) of each pair, sorted by opening index."""
    nested: list[tuple[int, int, int]] = []
    enclosing_ends: list[int] = []
    for start, close in sorted(pairs):
        while enclosing_ends and enclosing_ends[-1] <= start:
            enclosing_ends.pop()
        nested.append((start, close, len(enclosing_ends)))
        enclosing_ends.append(close + 1)
    return nested


def quotation_problems(text: str, source: str = "") -> list[str]:
    """Human-readable problems with the quotation marks of ``text``; ``[]`` when all pair up.

    Reports opening marks that are never closed (within their paragraph) and closing marks
    that close nothing. Apostrophes, and straight marks after a digit (``6'2"``), are not
    quotation marks and never reported. A translation may leave open (or close) as many
    quotations as its ``source`` does: one that runs on into the next paragraph is written
    without its closing mark, in every language.
    """
    scan = _scan(text)
    if not (scan.unclosed or scan.stray):
        return []  # most texts: every mark pairs up
    if source:
        original = _scan(source)
        if len(scan.unclosed) <= len(original.unclosed) and len(scan.stray) <= len(original.stray):
            return []
    found = [
        (i, f"opening mark {text[i]} at offset {i} is never closed ({_excerpt(text, i)})")
        for i, _ in scan.unclosed
    ]
    found += [
        (i, f"closing mark {text[i]} at offset {i} has no opening mark ({_excerpt(text, i)})")
        for i in scan.stray
    ]
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
    return merge_spans([(start, close + 1) for start, close in scan.pairs] + list(scan.unclosed))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same text as `spans` (overlapping ones joined)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@functools.lru_cache(maxsize=64)
def quote_marks(locale: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The ((primary open, close), (nested open, close)) marks for a BCP 47 or gettext locale."""
    tag = normalise_language(locale)
    base, *rest = tag.split("-")
    region = next((part for part in rest if len(part) == 2), None)
    script = next((part for part in rest if len(part) == 4), None) or _REGION_SCRIPTS.get(f"{base}-{region}")
    for key in (tag, f"{base}-{region}" if region else None, f"{base}-{script}" if script else None, base):
        if key in QUOTE_MARKS:
            return QUOTE_MARKS[key]
    return _DEFAULT_MARKS


@functools.lru_cache(maxsize=64)
def _inner_padding(locale: str) -> str:
    """What the locale sets between its marks and the quoted words: "" but in French."""
    return _INNER_PADDING.get(normalise_language(locale).split("-")[0], "")


def normalise_quotes(text: str, locale: str) -> str:
    """Re-mark every quotation :func:`find_quotations` finds with the marks of ``locale``, by
    nesting depth.

    Depth 0 gets the primary marks, depth 1 the nested ones, depth 2 the primary ones again,
    and so on; one running on into the next paragraph gets its opening mark only. Spaces typed
    just inside the marks (plain, no-break or narrow no-break) are replaced by the locale's own
    inner padding: a narrow no-break space for French, none elsewhere. Other unpaired marks and
    apostrophes are left as they are, and text without quotations is returned unchanged.
    """
    pairs = _quotation_ends(text)
    if not pairs:
        return text
    levels = quote_marks(locale)
    padding = _inner_padding(locale)
    edits: list[tuple[int, int, str]] = []
    for start, close, depth in _nested(pairs):
        open_mark, close_mark = levels[depth % 2]
        lead = start + 1
        while lead < close and text[lead] in _PADDING_CHARS:
            lead += 1
        if close == len(text):
            edits.append((start, lead, open_mark + padding))
            continue
        if lead == close:
            edits.append((start, close + 1, open_mark + close_mark))
            continue
        trail = close
        while text[trail - 1] in _PADDING_CHARS:
            trail -= 1
        edits.append((start, lead, open_mark + padding))
        edits.append((trail, close + 1, padding + close_mark))
    edits.sort()
    pieces: list[str] = []
    position = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
