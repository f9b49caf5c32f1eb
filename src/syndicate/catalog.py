"""The message catalog model and its update rules, apart from any file format.

`template()` turns an article's units into a catalog; `merge()` brings a translator's catalog
up to date with a new template the way `msgmerge --previous` does: unchanged messages keep
their translation, changed ones become fuzzy with the previous msgid, removed ones become
obsolete. No translation is ever dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import heapq
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass

from babel import Locale
from babel.core import get_global
from babel.core import parse_locale as babel_parse_locale

from . import __version__
from .ids import parse_locale
from .link_markers import closing, linked_words, marker_problems, opening, relinked, without_markers
from .model import Article, Block, Unit
from .placeholders import render_msgid
from .plural_forms import plural_forms
from .words import single_spaced

BRACE_FORMAT = "python-brace-format"
FUZZY = "fuzzy"
FUZZY_THRESHOLD = 0.75
# Starts the `#.` line that says where a prefilled translation came from (memory.prefill).
MEMORY_NOTE = "Translation memory: "
# The `#.` line above the first sentence of a list item, whose marker the build publishes.
_LIST_ITEM_NOTE = "Opens a list item; its marker `{}` is published before the translation: leave it out"
_LIST_ITEM_MARKER = re.compile(re.escape(_LIST_ITEM_NOTE).replace(re.escape("{}"), "(.+?)"))
PROJECT = "syndicate"
# How the header comment of an article's PO opens: the line that names the article.
_ARTICLE_LINE = "Translations of the article "

Key = tuple[str | None, str]


def first_units(units: Iterable[Unit]) -> dict[Key, Unit]:
    """Each message's key → its first unit, in reading order: a sentence a story says twice is
    one message, reviewed and published as its first unit is."""
    first: dict[Key, Unit] = {}
    for unit in units:
        first.setdefault(unit.key, unit)
    return first


@dataclass(frozen=True)
class Message:
    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    flags: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    references: tuple[tuple[str, int], ...] = ()
    previous_msgid: str | None = None
    previous_msgctxt: str | None = None
    obsolete: bool = False

    @property
    def key(self) -> Key:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    @property
    def memory_notes(self) -> tuple[str, ...]:
        """The notes saying where the translation memory's prefill came from, each on one line.

        They come last, after the template's comments: an editor that wraps long comments
        (polib does, at 78 columns) continues a note on the lines after it."""
        notes: list[str] = []
        for line in self.extracted_comments:
            if line.startswith(MEMORY_NOTE):
                notes.append(line)
            elif notes:
                # textwrap, which polib wraps with, also breaks after a word's hyphen (`third-quarter`).
                broken_word = notes[-1][-2:-1].isalpha() and notes[-1].endswith("-")
                notes[-1] += line if broken_word else f" {line}"
        return tuple(notes)

    @property
    def template_comments(self) -> tuple[str, ...]:
        """The extracted comments without the memory's notes: those of the template."""
        return tuple(itertools.takewhile(lambda line: not line.startswith(MEMORY_NOTE), self.extracted_comments))

    @property
    def translated(self) -> bool:
        """Counts as done: a translation that is not fuzzy (msgfmt ignores fuzzy ones)."""
        return bool(self.msgstr) and not self.fuzzy and not self.obsolete


@dataclass(frozen=True)
class Catalog:
    domain: str
    header: dict[str, str]
    messages: tuple[Message, ...] = ()
    locale: str | None = None  # gettext code; None for a template
    header_comment: str = ""

    def active(self) -> list[Message]:
        return [message for message in self.messages if not message.obsolete]

    def by_key(self) -> dict[Key, Message]:
        return {message.key: message for message in self.active()}


def language_mismatch(catalog: Catalog, locale: Locale) -> str | None:
    """What is wrong when the catalog's Language header names another locale than `locale`.

    Editors write one locale several ways (`pt_br`, `zh_TW` for zh_Hant_TW, `zh_CN` for
    zh_Hans, GNU's `sr@latin` for sr_Latn, `de` in a de_AT file): the languages must be the
    same, a territory the header names must be the folder's (de is de_DE, pt is pt_BR, as
    CLDR takes them), and both must be written in one script (sr is Cyrillic, sr_Latn is not).
    """
    declared = catalog.header.get("Language", "").strip()
    if declared and not _names_locale(declared, locale):
        return f"the PO header says Language: {declared}, but it sits in the folder for {locale}"
    return None


# GNU gettext's script modifiers, as in `sr@latin`.
_GNU_SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl"}


def _names_locale(declared: str, locale: Locale) -> bool:
    tag, _, modifier = declared.partition("@")
    tag = tag.partition(".")[0]  # a charset, as in de_DE.UTF-8
    try:
        named = parse_locale(tag)
    except ValueError:
        return False
    script = _GNU_SCRIPT_MODIFIERS.get(modifier.lower()) or _likely(named)[0]
    folder_script, folder_territory = _likely(locale)
    return (
        named.language == locale.language
        and (named.territory is None or named.territory == folder_territory)
        and script == folder_script
    )


def _likely(locale: Locale) -> tuple[str | None, str | None]:
    """The locale's script and territory, each the one CLDR takes as likely when it names
    none (sr → Cyrl and RS, zh_Hans → CN, de → Latn and DE)."""
    likely_subtags = get_global("likely_subtags")
    keys = (f"{locale.language}_{locale.script}", f"{locale.language}_{locale.territory}", locale.language)
    likely = next((babel_parse_locale(likely_subtags[key]) for key in keys if key in likely_subtags), None)
    return locale.script or (likely[2] if likely else None), locale.territory or (likely[1] if likely else None)


def template(article: Article, units: Sequence[Unit], created: dt.datetime) -> Catalog:
    """The POT for one article: one message per distinct (msgctxt, msgid), in reading order."""
    merged: dict[Key, list[Unit]] = {}
    opening: dict[int, Unit] = {}  # each block's first unit
    for unit in units:
        merged.setdefault(unit.key, []).append(unit)
        opening.setdefault(unit.block, unit)
    # Only the cell a message's note is of (see `_table_note`) is given its headings: a cell
    # may span a thousand columns, and thousands of cells may say the same.
    headings = _table_headings(article, {
        next((unit.block for unit in occurrences if article.blocks[unit.block].cell), -1) for occurrences in merged.values()
    })
    numbers = _block_numbers(article)
    messages = tuple(_template_message(article, occurrences, opening, headings, numbers) for occurrences in merged.values())
    return Catalog(
        domain=article.id,
        header=template_header(f"{article.id} {article.date.isoformat()}", article.source_lang, created),
        messages=messages,
        header_comment=(
            f"{_ARTICLE_LINE}“{article.id}” ({', '.join(filter(None, (article.date.isoformat(), article.section)))}).\n"
            "Keep every {placeholder}: it stands for a name, URL or e-mail that is put back verbatim\n"
            "(or as the names glossary renders it). Keep quotation marks paired; they are set in\n"
            "your language's style when the feed is built."
        ),
    )


def keys_digest(messages: Iterable[Message]) -> str:
    """The msgctxt and msgid of every message, in any order, hashed: whether two catalogs
    hold the same messages, told without keeping either."""
    return hashlib.sha256("\0".join(sorted(f"{message.msgctxt}\x04{message.msgid}" for message in messages)).encode()).hexdigest()


def merge(new_template: Catalog, existing: Catalog | None, locale: Locale, now: dt.datetime) -> Catalog:
    """The translator's catalog updated to `new_template` (see module docstring).

    Obsolete messages take part like msgmerge's: a sentence that comes back gets its old
    translation back.
    """
    if existing is None:  # a new translation file: the template's messages as they are
        return Catalog(
            domain=new_template.domain,
            header=_new_po_header(new_template.header, locale, now),
            messages=new_template.messages,
            locale=str(locale),
            header_comment=new_template.header_comment,
        )
    old_messages = sorted(existing.messages, key=lambda message: message.obsolete)
    old_by_key: dict[Key, Message] = {}
    for message in old_messages:
        old_by_key.setdefault(message.key, message)
    unmatched = {key: message for key, message in old_by_key.items() if message.msgstr}

    merged = list(new_template.messages)
    needs_guess: list[int] = []
    # A message whose placeholders are spelled otherwise (written by another release, or a
    # name's placeholder renamed) or whose quotation marks are of another style is the same
    # sentence: its translation is carried (renamed), as it was.
    any_new = any(message.key not in old_by_key for message in merged)
    by_comparable_key = {_comparable_key(message): message for message in unmatched.values()} if any_new else {}
    for index, message in enumerate(merged):
        role = _role(message)
        old = old_by_key.get(message.key)
        # A sentence whose msgctxt comes or goes (a title added to an article or taken away, so
        # that its headline no longer or again repeats the lede) keeps its own role's translation.
        if old is not None and _role_of(old) != role:
            old = _in_role(unmatched, message.msgid, role) or old
        if old is None:
            old = (by_comparable_key.get(_comparable_key(message)) if by_comparable_key else None) or _in_role(
                unmatched, message.msgid, role
            )
        if old is None and (marked := _with_marker(message, unmatched)) is not None:
            merged[index] = marked
            continue
        if old is None or (old.key != message.key and old.key not in unmatched):
            needs_guess.append(index)
            continue
        unmatched.pop(old.key, None)
        merged[index] = _carry(message, old, fuzzy=old.fuzzy, guessed=False)
    candidates = _candidates(unmatched, len(needs_guess))
    for index in needs_guess:
        guess = _closest(merged[index], candidates(merged[index]))
        if guess is not None:
            unmatched.pop(guess.key)
            merged[index] = _carry(merged[index], guess, fuzzy=True, guessed=True)

    # As msgmerge --previous keeps them: the translation, the translator's comments and the
    # previous text of a fuzzy one (#~|), not what the template said about a sentence that is
    # gone (#. and #: lines).
    # An old message whose key another one now has (the headline's, when its lede took the
    # key) is kept under its role as msgctxt, numbered if need be: gettext allows one message
    # per key, active or obsolete.
    taken = {message.key for message in merged}
    obsolete = []
    for message in unmatched.values():
        context = message.msgctxt
        if message.key in taken:
            role = context = _role(message) or "obsolete"
            number = 1
            while (context, message.msgid) in taken:
                number += 1
                context = f"{role} {number}"
        taken.add((context, message.msgid))
        obsolete.append(dataclasses.replace(
            message, msgctxt=context, obsolete=True, extracted_comments=(), references=(),
        ))
    return Catalog(
        domain=new_template.domain,
        header=_update_header(existing.header, new_template.header, locale),
        messages=tuple(merged + obsolete),
        locale=str(locale),
        header_comment=_updated_header_comment(existing.header_comment, new_template.header_comment),
    )


def _updated_header_comment(existing: str, template: str) -> str:
    """The PO's header comment, as msgmerge keeps it (a translator's credits and notes), with
    the line naming the article (its date and section, which the desk may correct) the
    template's."""
    first, _, rest = existing.partition("\n")
    if not first.startswith(_ARTICLE_LINE):
        return existing
    return "\n".join(filter(None, (template.partition("\n")[0], rest)))


def _carry(message: Message, old: Message, *, fuzzy: bool, guessed: bool) -> Message:
    """The template message with the translator's work from `old` (`guessed`: a similar
    sentence's, else the same sentence's), and the note saying where a prefilled translation
    came from: it is part of the translation's history, not of the template, so an update
    keeps it while the sentence stays the same."""
    # memory.py writes the notes, and is built on this module: it is imported once it is whole.
    from .memory import is_suggestion, suggestion_note

    # Once reviewed (the fuzzy flag removed), a suggestion is the translator's translation: its
    # note, which translators' tools keep showing, would call it the memory's match of another
    # sentence for good. Not reviewed yet, it is still the memory's, whatever its source became.
    notes = tuple(note for note in old.memory_notes if old.fuzzy or (not guessed and not suggestion_note(note)))
    suggested = is_suggestion(old)
    # The previous text is the one the translation was made from: when the source changes
    # again before the translator gets to it, it stays the first one, as msgmerge keeps it.
    # A draft (fuzzy with no previous text: left so by its translator, or a memory's match
    # whose placeholders differ) was finished for no text, so it gets none: were the source
    # to go back to the draft's text, the draft would be taken for a finished translation.
    # A memory's exact match left to review (lent by the language of a regional variant, or
    # one the build would refuse) has no previous text: it was made from its own sentence.
    made_from = old.fuzzy and (old.previous_msgid is not None or suggested)
    draft = old.fuzzy and not made_from
    if guessed:
        made_from_key = (old.previous_msgctxt, old.previous_msgid) if old.previous_msgid is not None else old.key
        previous_msgctxt, previous_msgid = made_from_key if made_from else (None, None) if draft else old.key
    else:
        previous_msgctxt, previous_msgid = (old.previous_msgctxt, old.previous_msgid) if fuzzy else (None, None)
    if (previous_msgctxt, previous_msgid) == message.key:
        # The source went back to the text the translation was made from: it is right again,
        # unless it was the memory's suggestion (of another article's sentence, now this one's).
        fuzzy, previous_msgid, previous_msgctxt = suggested, None, None
    msgstr = _renamed_placeholders(old.msgstr, old, message)
    if old.msgid != message.msgid:
        # Another text's translation: a link's number only says where it comes in its sentence,
        # so each goes around the words the new text links, or is left for the translator to
        # place, who is then asked to review it.
        msgstr = relinked(msgstr, _renamed_placeholders(old.msgid, old, message), message.msgid)
        if msgstr and not fuzzy and marker_problems(msgstr, len(linked_words(message.msgid))):
            fuzzy, previous_msgid, previous_msgctxt = True, old.msgid, old.msgctxt
    flags = _flags(message.flags, fuzzy=fuzzy)
    if (msgstr, flags, old.translator_comments, previous_msgid, previous_msgctxt, notes) == (
        message.msgstr, message.flags, message.translator_comments, message.previous_msgid, message.previous_msgctxt, ()
    ):
        return message  # nothing to carry (an entry left empty, as most of a glossary's are)
    return dataclasses.replace(
        message,
        msgstr=msgstr,
        extracted_comments=message.extracted_comments + notes,
        flags=flags,
        translator_comments=old.translator_comments,
        previous_msgid=previous_msgid,
        previous_msgctxt=previous_msgctxt,
    )


def list_marker(message: Message) -> str | None:
    """The marker of the list item the message opens, as its comment says (over two lines in a
    file an editor wrapped, as polib does); None for any other."""
    found = _LIST_ITEM_MARKER.search(" ".join(message.extracted_comments))
    return found[1] if found else None


def list_item_openings(catalog: Catalog) -> dict[str, str]:
    """The source text of each sentence the catalog's comments say opens a list item, with that
    item's marker: what tells a list item published with its marker before it (`• Ports stay
    shut.`) from a paragraph."""
    openings = {}
    for message in catalog.messages:
        if (marker := list_marker(message)) is not None:
            try:
                openings[render_msgid(without_markers(message.msgid), _placeholder_texts(message))] = marker
            except KeyError:
                continue  # a placeholder its comments do not say the text of
    return openings


def _with_marker(message: Message, unmatched: dict[Key, Message]) -> Message | None:
    """The message opening a list item with the translation of the same sentence written with
    its marker (`- the port will be sold`, as releases that kept the marker in the text
    extracted it), taken from `unmatched`; None when there is none. A translation that opens
    with the same marker keeps its state without it; one that does not (the translator changed
    or dropped the marker) is fuzzy, for the translator to see the marker is no longer theirs."""
    marker = list_marker(message)
    old = unmatched.pop((message.msgctxt, f"{marker} {message.msgid}"), None) if marker else None
    if old is None:
        return None
    if not old.msgstr.startswith(f"{marker} "):
        return _carry(message, old, fuzzy=True, guessed=True)
    return _carry(message, dataclasses.replace(old, msgstr=old.msgstr[len(marker) + 1 :]), fuzzy=old.fuzzy, guessed=False)


# The `#.` line comments_for writes for each placeholder.
_PLACEHOLDER_NOTE = re.compile(r"\{(\w+)\} = (?:name|URL|e-mail|kept as the source writes it): (.+)")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def unnamed_placeholders(text: str) -> str:
    """`text` with its placeholders' names left out: one translation, however they are named."""
    return _PLACEHOLDER.sub("{}", text)


def _placeholder_texts(message: Message) -> dict[str, str]:
    """What each of the message's placeholders stands for, as its comments say."""
    return {match[1]: match[2] for line in message.extracted_comments if (match := _PLACEHOLDER_NOTE.fullmatch(line))}


# Quotation marks and apostrophes of every style, as one: the build sets them in the target's style.
_QUOTE_STYLE = str.maketrans(dict.fromkeys("“”„‟«»", '"') | dict.fromkeys("‘’‚‛‹›", "'"))


def _comparable_key(message: Message) -> Key:
    """The message's key as a translation depends on it: each placeholder replaced by what it
    stands for, quotation marks of any style alike, and a tab or a run of spaces one space
    (the layout of a source read before its reader made them one)."""
    msgid = single_spaced(message.msgid.translate(_QUOTE_STYLE))
    if texts := _placeholder_texts(message):
        msgid = _PLACEHOLDER.sub(lambda match: "{\0" + texts.get(match[1], match[1]) + "}", msgid)
    return (message.msgctxt, msgid)


def _renamed_placeholders(text: str, old: Message, message: Message) -> str:
    """`text`, written for `old`, with each placeholder named as `message` names the same thing."""
    old_texts = _placeholder_texts(old)
    if not old_texts:
        return text
    new_names = {stands_for: name for name, stands_for in _placeholder_texts(message).items()}
    renames = {name: new_names[stands_for] for name, stands_for in old_texts.items() if new_names.get(stands_for, name) != name}
    if not renames:
        return text
    return _PLACEHOLDER.sub(lambda match: "{" + renames.get(match[1], match[1]) + "}", text)


def _role(message: Message) -> str | None:
    """The kind of block the message's sentence is in, as its first comment says (see comments_for)."""
    return message.extracted_comments[0].split(" (")[0].split(", ")[0] if message.extracted_comments else None


def _role_of(message: Message) -> str | None:
    """An old message's role: as its comment says, else as the msgctxt an obsolete one was kept under."""
    return _role(message) or message.msgctxt


def _in_role(unmatched: dict[Key, Message], msgid: str, role: str | None) -> Message | None:
    """The old message of `msgid` in `role`, with the role as msgctxt or none, not taken yet."""
    for context in (role, None):
        found = unmatched.get((context, msgid))
        if found is not None and _role_of(found) == role:
            return found
    return None


def comments_for(article: Article, units: Sequence[Unit], numbers: Sequence[int]) -> tuple[str, ...]:
    """The `#.` lines a translator sees above a message: the first names the kinds of block it
    is in (see `_kind_said`), a paragraph's or subheading's with its block's number in
    `numbers` (see `_block_numbers`)."""
    first = units[0]
    kinds = ", ".join(dict.fromkeys(_kind_said(article.blocks[unit.block]) for unit in units))
    lines = [f"{kinds}" + (f" (block {numbers[first.block]})" if first.kind in ("paragraph", "subheading") else "")]
    for placeholder in first.placeholders:
        label = {"name": "name", "url": "URL", "email": "e-mail", "literal": "kept as the source writes it"}[placeholder.kind]
        lines.append(f"{{{placeholder.name}}} = {label}: {placeholder.text}")
    for number in range(1, len(first.links) + 1):
        # The same sentence twice may link its words to other pages: each is published with its own.
        addresses = dict.fromkeys(unit.links[number - 1] for unit in units if len(unit.links) >= number)
        lines.append(f"{opening(number)}…{closing(number)} = link to {' or '.join(addresses)}")
    if first.links:
        lines.append("Move each <aN>…</aN> pair with the words that carry its link in your sentence.")
    if first.quotations:
        who = f" of {', '.join(first.speakers)}" if first.speakers else ""
        lines.append(
            f"Holds a direct quotation{who}: translate faithfully, keep it inside quotation marks."
        )
    return tuple(lines)


def _kind_said(block: Block) -> str:
    """The kind of block as translators are told it: a table's caption is a caption, and a
    description says its role (`description (role drol:teaser)`), which tells its style."""
    if block.cell is not None and block.cell.part == "caption":
        return "caption"
    return f"{block.kind} (role {block.role})" if block.role else block.kind


def _block_numbers(article: Article) -> list[int]:
    """The number a reader gives each block of the article (by index), from 1: a table, its
    caption and cells, is one block."""
    numbers: list[int] = []
    number, table = 0, None
    for block in article.blocks:
        if block.cell is None or block.cell.table != table:
            number += 1
        table = block.cell.table if block.cell else None
        numbers.append(number)
    return numbers


def _template_message(
    article: Article, occurrences: list[Unit], opening: dict[int, Unit], headings: Mapping[int, tuple[str | None, str | None]],
    numbers: Sequence[int],
) -> Message:
    first = occurrences[0]
    markers = [
        article.blocks[unit.block].marker for unit in occurrences if opening[unit.block] is unit and article.blocks[unit.block].marker
    ]
    return Message(
        msgid=first.msgid,
        msgctxt=first.msgctxt,
        flags=(BRACE_FORMAT,) if first.placeholders or "{{" in first.msgid or "}}" in first.msgid else (),
        extracted_comments=(
            comments_for(article, occurrences, numbers) + ((_LIST_ITEM_NOTE.format(markers[0]),) if markers else ()) + _table_note(article, occurrences, headings)
        ),
        references=tuple(dict.fromkeys((article.source_path, unit.line) for unit in occurrences)),
    )


def _table_note(article: Article, occurrences: list[Unit], headings: Mapping[int, tuple[str | None, str | None]]) -> tuple[str, ...]:
    """The `#.` line of a message in a table: where its first cell stands, and what heads the
    cell's column and row (`headings`, see `_table_headings`), which tell a translator what a
    text of a few words is."""
    cells = list(dict.fromkeys(unit.block for unit in occurrences if article.blocks[unit.block].cell))
    if not cells:
        return ()
    place = article.blocks[cells[0]].cell
    assert place is not None
    if place.part == "caption":
        note = "A table's caption"
    else:
        column_heading, row_heading = headings.get(cells[0], (None, None))
        note = (
            f"A table's {'header ' if place.header else ''}cell: "
            f"{_stretch('row', place.row, place.rowspan)}, {_stretch('column', place.column, place.colspan)}"
        )
        note += f", under {column_heading}" if column_heading else ""
        note += f", in the row of “{row_heading}”" if row_heading else ""
    others = len(cells) - 1
    return (note + (f" (and {others} other cell{'s' if others > 1 else ''})" if others else ""),)


def _stretch(noun: str, first: int, span: int) -> str:
    """Where a cell stands, counted from 1 as a reader counts: `column 2`, or across the
    columns it spans, `columns 1–4`."""
    return f"{noun} {first + 1}" if span == 1 else f"{noun}s {first + 1}–{first + span}"


# Past as many headings, a cell's note names the first and the last it spans: a foot's cell
# across a wide table is under them all.
_HEADINGS_LISTED = 4


def _listed(spanned: Sequence[str | None]) -> str | None:
    """The headings of the columns a cell spans (None where a column has none), as a reader
    takes them in: `“Votes”`, `“Votes” and “Share”`, `“Party”, “Votes” and “Share”`, and past a
    few `“Party” to “Seats”`. None when no column has one."""
    listed: list[str] = []
    # A heading over several columns is one run: a few runs to read, even in a table of a thousand columns.
    for heading, _ in itertools.groupby(filter(None, spanned)):
        if heading not in listed:
            listed.append(heading)
            if len(listed) > _HEADINGS_LISTED:
                return f"“{listed[0]}” to “{next(filter(None, reversed(spanned)))}”"
    if not listed:
        return None
    quoted = [f"“{heading}”" for heading in listed]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _table_headings(article: Article, noted: Set[int]) -> dict[int, tuple[str | None, str | None]]:
    """For each table cell `noted` (by block index), the texts of the header cells nearest
    above it in the columns it spans (see `_listed`) and, for a cell that is no header, before
    it in its row. A header cell heads a column when it says so (`scope`) or, saying nothing, stands in
    the table's head or first row; else it heads a row."""
    headings: dict[int, tuple[str | None, str | None]] = {}
    table = None
    above: list[str | None] = []  # by column, the text heading it
    before: dict[int, tuple[int, str]] = {}  # row → the column and text of the cell heading it
    for index, block in enumerate(article.blocks):
        place = block.cell
        if place is None or place.part == "caption":
            continue
        if place.table != table:  # the blocks of a table follow each other
            table, above, before = place.table, [], {}
        if index in noted:
            column_heading = _listed(above[place.column : place.column + place.colspan])
            row_heading = before.get(place.row) if not place.header else None
            headings[index] = (column_heading, row_heading[1] if row_heading and row_heading[0] < place.column else None)
        if place.header and block.text:
            if place.scope in ("col", "colgroup") or place.scope is None and (place.part == "thead" or place.row == 0):
                above.extend([None] * (place.column + place.colspan - len(above)))
                above[place.column : place.column + place.colspan] = [block.text] * place.colspan
            else:
                before.update(dict.fromkeys(range(place.row, place.row + place.rowspan), (place.column, block.text)))
    return headings


def _flags(flags: tuple[str, ...], *, fuzzy: bool) -> tuple[str, ...]:
    without = tuple(flag for flag in flags if flag != FUZZY)
    return (FUZZY, *without) if fuzzy else without


# Up to this many (new message, old translation) pairs, every pair is compared. Past it (a long
# article rewritten), each new message is compared only with the old ones that share the most
# words with it, as msgmerge's fuzzy index does, so that the update stays linear.
_EVERY_PAIR = 20_000
_SHARING_MOST_WORDS = 16
_WORD = re.compile(r"\w+")


def _candidates(unmatched: dict[Key, Message], asking: int) -> Callable[[Message], Iterable[Message]]:
    """What each of `asking` new messages is compared with: the translated old messages not
    taken yet (`unmatched`, which the caller empties as it goes)."""
    if asking * len(unmatched) <= _EVERY_PAIR:
        return lambda message: list(unmatched.values())
    having: dict[str, list[Key]] = {}
    order = {key: position for position, key in enumerate(unmatched)}
    for key, old in unmatched.items():
        for word in set(_WORD.findall(old.msgid.casefold())):
            having.setdefault(word, []).append(key)

    def sharing_most_words(message: Message) -> list[Message]:
        shared: Counter[Key] = Counter()
        for word in set(_WORD.findall(message.msgid.casefold())):
            shared.update(having.get(word, ()))
        available = ((key, count) for key, count in shared.items() if key in unmatched)
        keys = [key for key, _ in heapq.nlargest(_SHARING_MOST_WORDS, available, key=lambda item: item[1])]
        return [unmatched[key] for key in sorted(keys, key=order.__getitem__)]  # compared in their order, as every pair is

    return sharing_most_words


def _closest(message: Message, candidates: Iterable[Message]) -> Message | None:
    """The candidate most like `message`, at least FUZZY_THRESHOLD alike. Between two as
    alike, one in the same role (msgctxt) wins, then the first: a headline that is also the
    lede's first sentence, once edited, takes the headline's old translation, not the lede's."""
    best, best_score = None, (FUZZY_THRESHOLD, False)
    for candidate in candidates:
        matcher = difflib.SequenceMatcher(None, message.msgid, candidate.msgid, autojunk=False)
        if matcher.real_quick_ratio() < best_score[0] or matcher.quick_ratio() < best_score[0]:
            continue
        score = (matcher.ratio(), candidate.msgctxt == message.msgctxt)
        if score[0] >= FUZZY_THRESHOLD and (best is None or score > best_score):
            best, best_score = candidate, score
    return best


def _timestamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M%z")


def template_header(project: str, source_lang: str, created: dt.datetime) -> dict[str, str]:
    return {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": _timestamp(created),
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"{PROJECT} {__version__}",
        "X-Source-Language": source_lang,
    }


def _new_po_header(template_header: dict[str, str], locale: Locale, now: dt.datetime) -> dict[str, str]:
    header = dict(template_header)
    header.update(
        {
            "PO-Revision-Date": _timestamp(now),
            "Last-Translator": "",
            "Language-Team": f"{locale.english_name}",
            **_owned_fields(locale),
        }
    )
    return _ordered(header)


_OWNED_FIELDS = ("Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms")


def _owned_fields(locale: Locale) -> dict[str, str]:
    """The header fields every PO file of `locale` gets from syndicate: without its charset,
    msgmerge and msgcat refuse the file."""
    return {
        "Language": str(locale),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(locale),
    }


def missing_header_fields(catalog: Catalog) -> list[str]:
    """The fields of `_owned_fields` the PO file's header lacks (or leaves empty; a
    Content-Type without its charset, and xgettext's placeholders for a charset or the plural
    forms, count as none); the next merge writes them back."""
    return [name for name in _OWNED_FIELDS if not _stated(catalog.header, name)]


def _stated(header: Mapping[str, str], name: str) -> bool:
    value = header.get(name, "").strip()
    if name == "Plural-Forms":
        # `nplurals=INTEGER; plural=EXPRESSION;` is xgettext's placeholder, which msgfmt refuses.
        return bool(value) and "INTEGER" not in value and "EXPRESSION" not in value
    if name != "Content-Type":
        return bool(value)
    # `charset=CHARSET` is xgettext's placeholder for one, which msgcat and msgmerge refuse.
    charset = _CHARSET.search(value)
    return charset is not None and charset.group(1).upper() != "CHARSET"


_CHARSET = re.compile(r"charset=([^;\s]+)", re.IGNORECASE)


def _update_header(old: dict[str, str], template_header: dict[str, str], locale: Locale) -> dict[str, str]:
    """Translator fields (and the X-Generator of their editor) stay the translator's; the
    fields describing the source follow the template, as msgmerge does. A field syndicate
    writes into every PO file that an editor or a hand dropped (the header entry deleted
    whole) is written back, as a new file has it."""
    header = dict(old)
    header.update((name, value) for name, value in _owned_fields(locale).items() if not _stated(old, name))
    for key in ("Project-Id-Version", "POT-Creation-Date", "X-Source-Language"):
        if key in template_header:
            header[key] = template_header[key]
        else:  # a template of several source languages declares none (the names glossary's)
            header.pop(key, None)
    return _ordered(header)


_HEADER_ORDER = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator",
    "Language-Team", "Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms",
)


def _ordered(header: dict[str, str]) -> dict[str, str]:
    ordered = {key: header[key] for key in _HEADER_ORDER if key in header}
    ordered.update((key, value) for key, value in header.items() if key not in ordered)
    return ordered
