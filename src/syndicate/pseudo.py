"""Pseudo-localisation: machine-made translations that show what a real one would break.

`en-XA` reads like English but every letter is accented, the text is about 35% longer and
bracketed: `[~~~~ Ţĥé šţŕíķé éñðš.]`. Text that was not sent for translation, layouts that
cut long lines (the `]` goes missing) and fonts without accents show at a glance. `ar-XB`
keeps the English words but forces them right to left, for testing right-to-left layouts.

What the build puts back or checks is never touched: `{placeholders}`, `{{`/`}}` literal
braces, URLs, e-mail addresses, markup, digits, times and quotation marks, so a
pseudo-translation passes the checks a real one must pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import regex

from .catalog import FUZZY, Catalog, merge
from .localise import MARKUP
from .figures import TIME
from .ids import PSEUDO_LOCALES, bcp47, parse_locale
from .links import URL_OR_EMAIL
from .pofile import read_catalog, write_catalog
from .workspace import Workspace

PseudoStyle = Literal["accented", "bidi"]

STYLES: dict[str, PseudoStyle] = {"en-XA": "accented", "ar-XB": "bidi"}
EXPANSION = 0.35  # German and French run about a third longer than English
PADDING = "~"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
)
# Spans copied unchanged: brace fields and literal braces, URLs and e-mails, markup, times
# (`a.m.`), and a word right after an apostrophe, which may be an elision that only reads
# as one unaccented (`'tis`, `rock 'n' roll`) and would otherwise open a quotation.
_KEEP = regex.compile(
    rf"\{{\{{|\}}\}}|\{{[^{{}}]*\}}|{URL_OR_EMAIL.pattern}|{MARKUP.pattern}|(?xi:{TIME.pattern})"
    r"|(?<![\p{L}\p{N}])['’‘]\p{L}+"
)
# A word, with apostrophes inside it (`Ukraine’s`); quotation marks stay outside the
# direction override, where they still read as opening and closing marks.
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*")
_RIGHT_TO_LEFT = ("\u200f\u202e", "\u202c\u200f")  # RLM + RIGHT-TO-LEFT OVERRIDE … POP + RLM


def pseudo_translate(msgid: str, style: PseudoStyle = "accented") -> str:
    """The pseudo-translation of a python-brace-format msgid: `accented` (en-XA) or `bidi` (ar-XB)."""
    core = msgid.strip()
    if not core:
        return msgid
    lead, trail = msgid[: len(msgid) - len(msgid.lstrip())], msgid[len(msgid.rstrip()) :]
    kept = list(_KEEP.finditer(core))
    if style == "bidi":
        return lead + _transform_text(core, kept, _right_to_left) + trail
    # The padding goes first: at the end it would come between the text and its final
    # punctuation, which may belong to a kept span (`at 9:30 a.m.`). The brackets and the
    # space after the padding count towards the expansion.
    padding = PADDING * max(1, math.ceil(len(core) * EXPANSION) - len("[ ]"))
    return f"{lead}[{padding} {_transform_text(core, kept, _accented)}]{trail}"


def pseudo_catalog(catalog: Catalog, style: PseudoStyle = "accented") -> Catalog:
    """Every active message pseudo-translated and not fuzzy.

    Obsolete messages are dropped: a pseudo-translation is made again at will, so there is
    no translator's work to keep.
    """
    messages = tuple(
        dataclasses.replace(
            message,
            msgstr=pseudo_translate(message.msgid, style),
            flags=tuple(flag for flag in message.flags if flag != FUZZY),
            previous_msgid=None,
            previous_msgctxt=None,
        )
        for message in catalog.active()
    )
    return dataclasses.replace(catalog, messages=messages)


def fill_pseudo_locale(workspace: Workspace, tag: str = "en-XA", now: dt.datetime | None = None) -> list[Path]:
    """Write `locales/<pseudo>/LC_MESSAGES/<id>.po` for every article; the files created or changed.

    The catalogs go through the same merge as a translator's, so the PO files, the build and
    partners' feeds can be tried end to end in the pseudo-locale.
    """
    locale = parse_locale(tag)
    style = STYLES.get(bcp47(locale))
    if style is None:
        raise ValueError(f"{tag!r} is not a pseudo-locale (use one of {', '.join(PSEUDO_LOCALES)})")
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    written = []
    for article_id in workspace.article_ids():
        template = read_catalog(workspace.template_file(article_id), article_id)
        path = workspace.po_file(locale, article_id)
        existing = read_catalog(path, article_id) if path.exists() else None
        if write_catalog(path, pseudo_catalog(merge(template, existing, locale, now), style)):
            written.append(path)
    return written


def _transform_text(text: str, kept: list[regex.Match[str]], change: Callable[[str], str]) -> str:
    """`text` with `change` applied to everything outside the kept spans."""
    pieces, position = [], 0
    for match in kept:
        pieces += [change(text[position : match.start()]), match.group()]
        position = match.end()
    pieces.append(change(text[position:]))
    return "".join(pieces)


def _accented(text: str) -> str:
    return text.translate(_ACCENTED)


def _right_to_left(text: str) -> str:
    opening, closing = _RIGHT_TO_LEFT
    return _WORD.sub(lambda word: opening + word.group() + closing, text)
