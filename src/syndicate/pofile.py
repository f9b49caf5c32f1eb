"""Catalog ⇄ gettext PO/POT files.

Files are written the way gettext's own tools write them: full header, `#.` extracted
comments, `#:` references, all flags on one `#,` line, `#|` previous msgid, obsolete `#~`.
They are read by a reader of this module's own, as strict as msgfmt: two to three times as
fast as polib's parser, four times as fast as reading through polib was with the pass it
needed to catch unclosed strings (the build reads every PO of every locale). The tests hold it to
polib's reading of the same files.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from babel import Locale

from .catalog import Catalog, Key, Message, language_mismatch, missing_header_fields
from .fsutil import atomic_write_text
from .model import InputError

WRAP_WIDTH = 79


def read_catalog(path: Path, domain: str | None = None) -> Catalog:
    """Parse a PO or POT file. Raises InputError with the file and line on a syntax error."""
    return parse_catalog(_decoded(path), str(path), domain or Path(path).stem)


def read_catalog_with_lines(path: Path, domain: str | None = None) -> tuple[Catalog, dict[Key, int]]:
    """The catalog, and the line where each active message's entry starts (for reports that
    point into the file), from one reading."""
    header_comment, header, entries = _parse(_decoded(path), str(path))
    catalog = _catalog(header_comment, header, entries, domain or Path(path).stem)
    return catalog, {message.key: line for line, message in entries if not message.obsolete}


def _first_entry(path: Path) -> str:
    """The text of the file's first entry, up to the blank line after it: the header, unless
    an editor deleted it. Read without the messages after it, however long its comments."""
    lines: list[str] = []
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                lines.append(line)
            elif lines:
                break
    return "".join(lines)


def header_field(path: Path, name: str) -> str | None:
    """One header field, read without parsing the messages (see `header_of`)."""
    return header_of(path).get(name)


def header_of(path: Path) -> dict[str, str]:
    """The header's fields, read without parsing the messages (the header is the first
    entry); none when the file has no header entry or its start cannot be read (which
    reading the whole file reports)."""
    try:
        return parse_catalog(_first_entry(path), str(path), "").header
    except (InputError, UnicodeDecodeError):
        return {}


def wrong_language(path: Path, catalog: Catalog, locale: Locale) -> InputError | None:
    """Why `catalog`, read from `path`, is not for the folder of `locale`: its header names
    another language (see catalog's `language_mismatch`). Named at the header's Language line,
    for which the file is read again: only when it is wrong."""
    problem = language_mismatch(catalog, locale)
    if problem is None:
        return None
    return InputError(str(path), _header_field_line(_decoded(path), "Language"), problem,
                      "move the file to its locale's folder or fix the Language header")


def incomplete_header(path: Path, catalog: Catalog) -> InputError | None:
    """What the header of `catalog`, read from `path`, lacks of the fields a merge writes
    back (see catalog's `missing_header_fields`), named at the header's first line (line 1
    when the file has none). The file is read again only when one is missing."""
    missing = missing_header_fields(catalog)
    if not missing:
        return None
    first = next((number for number, line in enumerate(_decoded(path).split("\n"), start=1) if line.startswith("msgid")), None)
    return InputError(str(path), first if first is not None and catalog.header else 1,
                      f"the PO header lacks {', '.join(missing)}"
                      + (" (msgmerge and msgcat refuse a file that names no charset)" if "Content-Type" in missing else ""),
                      "run extract, which writes them back")


def _header_field_line(text: str, name: str) -> int | None:
    """The line of the header (the first msgstr) where field `name` starts."""
    starts = re.compile(rf'(?:"|\\n){re.escape(name)}:')
    in_header = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if in_header and line and line[0] != '"':
            return None
        in_header = in_header or line.startswith("msgstr")
        if in_header and starts.search(line):
            return number
    return None


def parse_catalog(text: str, shown: str, domain: str) -> Catalog:
    """The catalog written in `text`; `shown` names the file in errors."""
    return _catalog(*_parse(text, shown), domain)


def _catalog(header_comment: str, header: dict[str, str], entries: list[tuple[int, Message]], domain: str) -> Catalog:
    return Catalog(
        domain=domain,
        header=header,
        messages=tuple(message for _, message in entries),
        locale=header.get("Language") or None,
        header_comment=header_comment,
    )


def _decoded(path: Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except PermissionError as error:
        # A translator's file saved with their own rights (a Weblate user, mode 600): the file
        # cannot be read, as one that is not UTF-8; the rest of the run goes on.
        raise InputError(str(path), None, f"cannot be read ({error.strerror})",
                         "give the user running syndicate read access to it: chmod, or the group the translators share") from None
    if not raw.strip():
        # A file cut short to nothing (a full disk, an editor's crash) holds no translation
        # to keep: extracting over it would write the template's empty entries.
        raise InputError(str(path), None, "the file is empty",
                         "restore it from a backup or version control, or delete it for a new one from the template")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        declared = _DECLARED_CHARSET.search(raw)
        charset = declared.group(1).decode("ascii") if declared else None
        fix = (f"convert it: msgconv --to-code=UTF-8 {path} (its header says {charset})" if charset and charset.upper() not in ("UTF-8", "UTF8")
               else "PO files must be saved as UTF-8 (Content-Type: charset=UTF-8)")
        raise InputError(str(path), line, "not UTF-8", fix) from None


_DECLARED_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


class _Malformed(Exception):
    """A syntax error on the line being read: what is wrong and how to fix it."""

    def __init__(self, problem: str, fix: str = "fix the entry (or check it with `msgfmt -c`)") -> None:
        super().__init__(problem)
        self.problem, self.fix = problem, fix


class _Entry:
    """One entry as it is read, line by line."""

    __slots__ = ("line", "strings", "flags", "extracted", "translator", "references", "obsolete", "current")

    def __init__(self, line: int) -> None:
        self.line = line
        # msgctxt, msgid, msgstr, #| msgctxt, #| msgid: each as its pieces, one per line, joined
        # once the entry is read (adding to a string line by line is quadratic in its length)
        self.strings: dict[str, list[str]] = {}
        self.flags: list[str] = []
        self.extracted: list[str] = []
        self.translator: list[str] = []
        self.references: list[tuple[str, int]] = []
        self.obsolete = False
        self.current: str | None = None  # the string a continuation line extends

    def add_string(self, keyword: str, token: str) -> None:
        if keyword in self.strings:
            raise _Malformed(f"a second {keyword} in one entry", "give every entry one msgid and one msgstr")
        self.current = keyword
        self.strings[keyword] = [_quoted_value(token)]

    def text(self, keyword: str) -> str | None:
        pieces = self.strings.get(keyword)
        if pieces is None:
            return None
        value = "".join(pieces)
        # No escaped byte is printable: most strings are decided without a call.
        return value if value.isprintable() else _decoded_bytes(value)

    def message(self) -> Message:
        if "msgstr" not in self.strings:
            raise _Malformed("the entry has a msgid but no msgstr", 'add msgstr "" after its msgid')
        return Message(
            msgid=self.text("msgid"),  # type: ignore[arg-type]
            msgstr=self.text("msgstr"),  # type: ignore[arg-type]
            msgctxt=self.text("msgctxt"),
            flags=tuple(self.flags),
            extracted_comments=tuple(self.extracted),
            translator_comments=tuple(self.translator),
            references=tuple(self.references),
            previous_msgid=self.text("#| msgid"),
            previous_msgctxt=self.text("#| msgctxt"),
            obsolete=self.obsolete,
        )


def _line_after_comments(text: str, start: int, comments: int) -> int:
    """The first line from line `start` of `text` that is neither blank nor one of the next
    `comments` translator comments."""
    lines = text.split("\n")
    number = start
    while number <= len(lines):
        line = lines[number - 1].strip()
        if line and not (comments and line[0] == "#" and line[1:2] in ("", " ")):
            return number
        comments -= bool(line)
        number += 1
    return start


def _parse(text: str, shown: str) -> tuple[str, dict[str, str], list[tuple[int, Message]]]:
    """Header comment, header fields, and each other entry's first line and message.

    As strict as msgfmt (a string left open, an unknown escape, a msgid without msgstr, a
    message defined twice are errors with their line), because a file read some other way
    than its translator meant would publish something nobody wrote. Written for speed: the
    build reads every PO of every locale.
    """
    entries: list[_Entry] = []
    entry = _Entry(1)
    number = 0
    # The comment lines of the first entry before a blank line in them: where the header entry
    # is gone, the comment left above it (see below).
    header_lines: int | None = None
    try:
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.strip()
            if not line:
                if not entries and entry.translator and not entry.strings:
                    header_lines = len(entry.translator)
                continue
            obsolete = line[:2] == "#~"
            if obsolete:
                line = "#" + line[2:].lstrip() if line[2:3] == "|" else line[2:].lstrip()
                if not line or line[0] == "#" and line[:2] != "#|":
                    continue  # a comment inside an obsolete entry belongs to no message
            first = line[0]
            if first == '"':
                if entry.current is None:
                    raise _Malformed("a string that follows no msgid, msgstr or msgctxt")
                entry.strings[entry.current].append(_quoted_value(line))
                continue
            if "msgstr" in entry.strings and not line.startswith("msgstr"):
                entries.append(entry)
                entry = _Entry(number)
            if first == "#":
                kind = line[1:2]
                if kind == "|":
                    rest = line[2:].lstrip()
                    if rest[:1] == '"':  # a previous msgid or msgctxt goes on
                        if entry.current is None or not entry.current.startswith("#| "):
                            raise _Malformed("a #| string that follows no #| msgid or msgctxt")
                        entry.strings[entry.current].append(_quoted_value(rest))
                        continue
                    keyword, token = _keyword_and_string(rest)
                    if keyword not in ("msgctxt", "msgid"):
                        raise _Malformed(f"unknown previous-message line {line[:40]!r}", "remove the #| line")
                    entry.add_string("#| " + keyword, token)
                    continue
                entry.current = None
                if kind == ".":
                    entry.extracted.append(line[3:] if line[2:3] == " " else line[2:])
                elif kind == ":":
                    entry.references.extend(_references_in(line[2:]))
                elif kind == ",":
                    entry.flags.extend(flag for flag in (part.strip() for part in line[2:].split(",")) if flag)
                else:
                    entry.translator.append(line[2:] if kind == " " else line[1:])
                continue
            keyword, token = _keyword_and_string(line)
            if keyword not in ("msgctxt", "msgid", "msgstr"):
                if keyword.startswith(("msgid_plural", "msgstr[")):
                    raise _Malformed("plural forms (msgid_plural, msgstr[N]) have no place in an article's catalog",
                                     "write the message as one msgid and one msgstr")
                raise _Malformed(f"unknown keyword {keyword[:40]!r}")
            if keyword != "msgstr" and "msgid" in entry.strings:
                raise _Malformed(f"the entry starting at line {entry.line} has no msgstr before this {keyword}",
                                 'add msgstr "" after its msgid')
            if keyword == "msgstr" and "msgid" not in entry.strings:
                raise _Malformed("a msgstr without msgid")
            if obsolete != entry.obsolete and "msgid" in entry.strings:
                raise _Malformed("an entry that is obsolete (#~) only in part", "mark every line of it #~, or none")
            entry.obsolete = obsolete
            entry.add_string(keyword, token)
        if entry.strings:
            entries.append(entry)
        header_comment, header = "", {}
        if entries and entries[0].text("msgid") == "" and "msgctxt" not in entries[0].strings and not entries[0].obsolete:
            first_entry = entries.pop(0)
            number = first_entry.line
            header_comment, header = "\n".join(first_entry.translator), _header_fields(first_entry.message().msgstr)
        elif entries and entries[0].translator and not entries[0].obsolete:
            # No header entry: an editor deleted it and left its comment (the article's line, a
            # translator's credits) above the first message, where gettext's tools would give it
            # to that message. It is the header's, which the next update writes back; where a
            # blank line parts the comment, what follows it is the message's own note.
            split = len(entries[0].translator) if header_lines is None else header_lines
            header_comment = "\n".join(entries[0].translator[:split])
            entries[0].translator = entries[0].translator[split:]
            entries[0].line = _line_after_comments(text, entries[0].line, split)
        messages: list[tuple[int, Message]] = []
        seen: dict[Key, int] = {}
        for entry in entries:
            number = entry.line
            message = entry.message()
            # Obsolete entries count too, as msgfmt counts them: an update keeps one entry
            # per message, so it could not keep both translations.
            key = message.key
            if key in seen:
                raise _Malformed(f"the message is defined twice (first at line {seen[key]})",
                                 "keep one of the two entries; an obsolete #~ one counts too")
            seen[key] = entry.line
            messages.append((entry.line, message))
    except _Malformed as error:
        raise InputError(shown, number, f"PO syntax error: {error.problem}", error.fix) from None
    return header_comment, header, messages


def _keyword_and_string(line: str) -> tuple[str, str]:
    """A keyword line's keyword and what follows it, which msgfmt lets a tab or nothing part
    from it (`msgstr\t"…"`, `msgstr"…"`) as well as a space."""
    keyword, _, token = line.partition(" ")
    if '"' in keyword or "\t" in keyword:
        keyword, token = _KEYWORD.match(line).groups()  # type: ignore[union-attr]
    return keyword, token.lstrip()


_KEYWORD = re.compile(r'([^\s"]*)\s*(.*)', re.DOTALL)


_UNESCAPED = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "a": "\a", "\\": "\\", '"': '"'}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
# As in C: up to three octal digits, or x and hex digits, give a byte of the file's encoding.
_ESCAPE = re.compile(r"\\([0-7]{1,3}|x[0-9A-Fa-f]+|.)")


def _quoted_value(token: str) -> str:
    """The value of `token`, which must be one string in double quotes and nothing else."""
    inner = token[1:-1]
    if token[:1] != '"':
        raise _Malformed("a string in double quotes is missing", 'write the text as "…"')
    if len(token) > 1 and token[-1] == '"' and '"' not in inner and "\\" not in inner:
        return inner  # the common case, decided without a regular expression
    closed = _STRING.match(token)
    if closed is None:
        raise _Malformed("a string is not closed with a double quote",
                         'end the line with ", and write a quote inside a string as \\"')
    if closed.end() != len(token):
        raise _Malformed("text after the closing double quote", "remove it, or move it inside the quotes")
    return _ESCAPE.sub(_unescape, inner)


# A byte above 0x7F from an octal or hex escape, held as a lone surrogate until the string's
# pieces are joined and its bytes decoded together (a character may span two lines).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _decoded_bytes(value: str) -> str:
    if not _ESCAPED_BYTE.search(value):
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        raise _Malformed("octal or hex escapes that are not UTF-8", "write the characters themselves") from None


def _unescape(escape: re.Match[str]) -> str:
    code = escape.group(1)
    if code[0] in "01234567" or code[0] == "x" and len(code) > 1:
        byte = int(code[1:], 16) if code[0] == "x" else int(code, 8)
        if byte > 0xFF:
            raise _Malformed(f"escape \\{code} is more than one byte", "write the character itself")
        return chr(byte) if byte < 0x80 else chr(0xDC00 + byte)
    try:
        return _UNESCAPED[code]
    except KeyError:
        raise _Malformed(f"unknown escape sequence \\{code}", "write a backslash as \\\\") from None


# gettext (since 0.22) sets a file name holding a space between U+2068 and U+2069.
_REFERENCE = re.compile("\u2068([^\u2069]*)\u2069(?::([0-9]+))?|[^\\s\u2068]+")


def _references_in(text: str) -> list[tuple[str, int]]:
    """The `path:line` references (a bare path has line 0) of a `#:` line."""
    if "\u2068" not in text:  # no path with a space: the common line, split without the pattern
        return [_reference(token) for token in text.split()]
    return [
        (found.group(1), int(found.group(2) or 0)) if found.group(1) is not None else _reference(found.group())
        for found in _REFERENCE.finditer(text)
    ]


def _reference(token: str) -> tuple[str, int]:
    """`path:line` as its path and line; a token with no line (or one of other digits than
    ASCII's, `story.xml:²`) is a bare path, line 0."""
    path, _, line = token.rpartition(":")
    return (path, int(line)) if path and line.isascii() and line.isdigit() else (token, 0)


def _header_fields(text: str) -> dict[str, str]:
    """`Key: value` lines; a line without a colon continues the field above it."""
    fields: dict[str, list[str]] = {}
    key = None
    for line in text.split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            key = name
            fields[key] = [value.strip()]
        elif key is not None and line:
            fields[key].append(line.strip())
    return {key: "\n".join(lines) for key, lines in fields.items()}


def catalog_text(catalog: Catalog) -> str:
    """The catalog in gettext's PO syntax, laid out as msgcat lays it out.

    Written here rather than through polib's serialiser because this is the hot path of
    every extract (polib re-wraps each string with textwrap, about 1.4 ms per article file);
    polib reads back exactly what this writes (tested).
    """
    lines = [("# " + line if line else "#") for line in catalog.header_comment.split("\n")] if catalog.header_comment else []
    if catalog.locale is None:
        lines.append("#, fuzzy")
    lines += _string("msgid", "")
    lines += _string("msgstr", "".join(f"{key}: {value}\n" for key, value in catalog.header.items()))
    for message in catalog.messages:
        lines.append("")
        lines += _entry_lines(message)
    return "\n".join(lines) + "\n"


# An article's template and its new PO files share most messages: each is laid out once.
@functools.lru_cache(maxsize=1024)
def _entry_lines(message: Message) -> tuple[str, ...]:
    lines = [("# " + line).rstrip() for line in message.translator_comments]
    lines += [("#. " + line).rstrip() for line in message.extracted_comments]
    lines += _references(message.references)
    if message.flags:
        lines.append("#, " + ", ".join(message.flags))
    obsolete = "~" if message.obsolete else ""  # gettext marks every line of an obsolete entry #~
    for keyword, value in (("msgctxt", message.previous_msgctxt), ("msgid", message.previous_msgid)):
        if value is not None:
            lines += _string(keyword, value, f"#{obsolete}| ")
    if message.obsolete:
        fields = [("msgctxt", message.msgctxt), ("msgid", message.msgid), ("msgstr", message.msgstr)]
        return (*lines, *(line for keyword, value in fields if value is not None for line in _string(keyword, value, "#~ ")))
    if message.msgctxt is not None:
        lines += _string("msgctxt", message.msgctxt)
    return (*lines, *_string("msgid", message.msgid), *_string("msgstr", message.msgstr))


# As msgcat writes them: a raw form feed or vertical tab would end the line for some readers.
_ESCAPES = str.maketrans({
    "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v",
})
# Most strings have none of those: told by one search, far quicker than translating them.
_TO_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")
_BREAK_AFTER_SPACE = re.compile(r"[^ ]* +|[^ ]+$")


def _string(keyword: str, value: str, prefix: str = "") -> list[str]:
    """`keyword "value"`, each line after `prefix` (`#~ ` of an obsolete entry, `#| ` of a
    previous msgid), wrapped as msgcat wraps it: at WRAP_WIDTH columns counting the prefix,
    after each newline, and where Unicode's line breaking (UAX #14, as libunistring has it)
    allows a break, so that gettext's tools leave the lines as they are."""
    width = WRAP_WIDTH - len(prefix)
    if not _TO_ESCAPE.search(value):
        segments = [value]
    else:  # each line of the value escaped, its \\n ending it
        segments = [line.translate(_ESCAPES) for line in re.split(r"(?<=\n)", value)]
    if len(segments) == 1 or segments == [segments[0], ""]:
        escaped = segments[0]
        # gettext keeps a string of one line after the keyword unless it needs breaking there
        if not _breaks(escaped, width - 2, len(keyword) + 1):
            return [f'{prefix}{keyword} "{escaped}"']
    lines = [f'{prefix}{keyword} ""']
    for segment in segments:
        if not segment:
            continue
        start = 0
        for end in _breaks(segment, width - 2, 0):
            lines.append(f'{prefix}"{segment[start:end]}"')
            start = end
        lines.append(f'{prefix}"{segment[start:]}"')
    return lines


def _breaks(segment: str, width: int, column: int) -> list[int]:
    """Where a line of `segment` (escaped, starting at `column`) breaks so that none is wider
    than `width` columns unless one piece alone is: libunistring's u8_width_linebreaks, as
    gettext's msgcat calls it."""
    # Each character of text _SPACE_BREAKS_ONLY matches takes one column; any other, two at most.
    simple = _SPACE_BREAKS_ONLY.fullmatch(segment) is not None
    if column + len(segment) * (1 if simple else 2) <= width:
        return []  # it fits
    opportunities, columns = _break_opportunities(segment, simple)
    breaks: list[int] = []
    last: int | None = None
    start = 0
    for position in opportunities:
        if position < 0:
            # gettext never breaks a line at a LINE or PARAGRAPH SEPARATOR (or NEL), which
            # libunistring takes for the end of one: the columns count again after it.
            position = ~position
            if last is not None and column + columns[position] - columns[start] > width:
                breaks.append(last)
            last, column, start = None, 0, position + 1
            continue
        piece = position - start if columns is None else columns[position] - columns[start]
        if last is not None and column + piece > width:
            breaks.append(last)
            column = 0
        last, column, start = position, column + piece, position
    piece = len(segment) - start if columns is None else columns[-1] - columns[start]
    if last is not None and column + piece > width:
        breaks.append(last)
    return breaks


# Text of Latin letters broken only after its spaces, after a hyphen, slash, stop or comma
# before a letter (libunistring 1.0 breaks `e.g.|the`), after an en dash before a letter or
# digit and on either side of an em dash between them, as patterns tell far quicker than the
# classes below; it has no bar, no hyphen, slash, dash, stop or comma before another character, no exclamation or question mark or
# closing brace before a letter, no two of $ % + \ € in a row, no space before a character
# never broken before, none after an opening bracket, no closing bracket before an opening one.
_SPACE_BREAKS_ONLY = re.compile("[ -~\u00a0\u00c0-\u024f\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u202f\u20ac]*")
_NOT_SPACE_BREAKS_ONLY = re.compile(
    r"\||[-/][^ 0-9A-Za-z\u00c0-\u024f]|\u2013[^ 0-9A-Za-z\u00c0-\u024f]"
    r"|[^ 0-9A-Za-z\u00c0-\u024f]\u2014|\u2014[^ 0-9A-Za-z\u00c0-\u024f]"
    r"|[.,:;][^ 0-9A-Za-z\u00c0-\u024f\u00a0\u202f\"'\u2018\u2019\u201c\u201d\u00ab\u00bb)\].,:;]"
    r"|[!?}][^ !?.,:;)\]}\u00a0\u202f\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]"
    r"|[$%+\\\u20ac][$%+\\\u20ac]| [!?:;,.)\]}/]|[(\[{\u201a\u201e] |[)\]][(\[{$%+\u201a\u201e\u20ac]")
_SIMPLE_BREAK = re.compile(
    r"(?<= )(?=[^ ])|(?<=[-/.,:;])(?=[A-Za-z\u00c0-\u024f])|(?<=[\u2013\u2014])(?=[0-9A-Za-z\u00c0-\u024f])"
    r"|(?<=[0-9A-Za-z\u00c0-\u024f])(?=\u2014)")
_INNER_BREAK = re.compile(r"[-/.,:;](?=[A-Za-z\u00c0-\u024f])|[\u2013\u2014](?=[0-9A-Za-z\u00c0-\u024f])|[0-9A-Za-z\u00c0-\u024f]\u2014")
# ” (: no break before a bracket after a quotation mark and spaces (LB15)
_QUOTE_BEFORE_BRACKET = re.compile(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb] +(?=[(\[{\u201a\u201e])")


# A string too long for its keyword's line is laid out twice, after the keyword and then
# after `msgid ""`, from the same opportunities.
@functools.lru_cache(maxsize=16)
def _break_opportunities(segment: str, simple: bool) -> tuple[tuple[int, ...], tuple[int, ...] | None]:
    """The positions a line of `segment` may break before (negative, as ~position: a line
    separator, after which the columns count again), and the columns its characters take up to each position, or
    none where each takes one (`simple`: _SPACE_BREAKS_ONLY matches it)."""
    if simple and not _NOT_SPACE_BREAKS_ONLY.search(segment):
        return tuple(_simple_opportunities(segment)), None
    opportunities, widths = _opportunities(segment)
    return tuple(opportunities), (0, *itertools.accumulate(widths))


def _simple_opportunities(segment: str) -> list[int]:
    """The positions a line of `segment`, which _SPACE_BREAKS_ONLY matches, may break before."""
    if _INNER_BREAK.search(segment):
        opportunities = [match.start() for match in _SIMPLE_BREAK.finditer(segment)]
    else:  # the common case, found quicker
        opportunities = [match.end() for match in _BREAK_AFTER_SPACE.finditer(segment)][:-1]
    if held := {match.end() for match in _QUOTE_BEFORE_BRACKET.finditer(segment)}:
        opportunities = [position for position in opportunities if position not in held]
    if opportunities and not segment[: opportunities[0]].strip(" "):
        del opportunities[0]  # no break after the spaces a line starts with
    return opportunities


def _opportunities(segment: str) -> tuple[list[int], list[int]]:
    """The positions a line of `segment` may break before (negative, as ~position: a line
    separator), by UAX #14's pair table as libunistring 1.0 applies it, and each character's
    width in columns."""
    classes = [_line_class(character) for character in segment]
    widths = [_column_width(character) for character in segment]
    # An escape's backslash and letter stay together, and a closing \n on its line.
    held = _escaped_letters(segment)
    if segment.endswith("\\n"):
        held.add(len(segment) - 2)
    opportunities: list[int] = []
    last = "BK"  # the class of the last character that is not a space
    previous = "BK"  # the class of the last character
    spaces = False
    indicators = 0  # regional indicators in a row before this character: a flag is a pair of them
    for index, line_class in enumerate(classes):
        indicators = indicators + 1 if previous == "RI" and line_class == "RI" else 0
        if line_class == "BK" or line_class == "ZW":
            if line_class == "BK":
                opportunities.append(~index)
            last, previous, spaces = line_class, line_class, False
            continue
        if line_class == "SP":
            spaces = True
            previous = line_class
            continue
        if line_class in ("CM", "ZWJ"):
            if last == "BK":
                last, spaces = "AL", False
            elif last == "ZW" or spaces:
                if index not in held:
                    opportunities.append(index)
                last, spaces = "AL", False
            previous = line_class
            continue
        if last == "BK":
            allowed = False
        elif last == "ZW":
            allowed = True
        elif previous == "ZWJ" or previous == "HL_BA":
            allowed = False
        elif indicators:
            allowed = indicators % 2 == 0  # between two flags, not inside one
        else:
            verdict = _pair(last, line_class)
            allowed = verdict == "D" or verdict == "I" and spaces
        if allowed and index not in held:
            opportunities.append(index)
        previous = "HL_BA" if previous == "HL" and line_class in ("HY", "BA") else line_class
        last, spaces = line_class, False
    return [position for position in opportunities if position != 0], widths


def _escaped_letters(segment: str) -> set[int]:
    """The positions of the character after each escape's backslash."""
    held = set()
    index = segment.find("\\")
    while index >= 0:
        held.add(index + 1)
        index = segment.find("\\", index + 2)
    return held


@functools.cache
def _pair(before: str, after: str) -> str:
    """Whether a line may break between a character of class `before` and one of class
    `after`: D directly, I only across spaces, P never (UAX #14's rules LB11 to LB31)."""
    if after in ("WJ", "CL", "CP", "EX", "IS", "SY") or before in ("OP", "OP_WIDE"):
        return "P"
    if before in ("WJ", "GL"):
        return "I"
    if before == "QU" and after in ("OP", "OP_WIDE") or before == "CL" and after == "NS" or before == after == "B2":
        return "P"
    if after == "GL":
        return "D" if before in ("BA", "HY") else "I"
    if after == "CB" or before == "CB":
        return "D"
    if after == "OP_WIDE":
        after = "OP" if before not in ("AL", "HL", "NU") else "ID"
    # CP × NS is one of these: libunistring 1.0 breaks `) ッ` across the space
    if (before, after) in _NO_DIRECT_BREAK or after in ("QU", "BA", "HY", "NS", "IN") or before in ("QU", "BB"):
        return "I"
    return "D"


_LETTERS = ("AL", "HL")
_HANGUL = ("JL", "JV", "JT", "H2", "H3")
# Pairs UAX #14 breaks only across spaces (LB21b to LB30b; libunistring 1.0, which gettext
# 0.21 uses, has no LB29: it breaks after a full stop or comma before a letter).
_NO_DIRECT_BREAK = frozenset(
    [("SY", "HL")]
    + [(a, "NU") for a in _LETTERS] + [("NU", b) for b in _LETTERS]
    + [("PR", b) for b in ("ID", "EB", "EM")] + [(a, "PO") for a in ("ID", "EB", "EM")]
    + [(a, b) for a in ("PR", "PO") for b in _LETTERS] + [(a, b) for a in _LETTERS for b in ("PR", "PO")]
    + [(a, b) for a in ("CL", "CP", "NU") for b in ("PO", "PR")] + [(a, b) for a in ("PO", "PR") for b in ("OP", "NU")]
    + [(a, "NU") for a in ("HY", "IS", "NU", "SY")]
    + [("JL", b) for b in ("JL", "JV", "H2", "H3")] + [(a, b) for a in ("JV", "H2") for b in ("JV", "JT")]
    + [(a, "JT") for a in ("JT", "H3")]
    + [(a, "PO") for a in _HANGUL] + [("PR", b) for b in _HANGUL]
    + [(a, b) for a in _LETTERS for b in _LETTERS]
    + [(a, "OP") for a in ("AL", "HL", "NU")] + [("CP", b) for b in ("AL", "HL", "NU")]
    + [("EB", "EM"), ("ID", "EM")]
)


def _line_class(character: str) -> str:
    """The character's line breaking class (UAX #14) as libunistring resolves it for UTF-8:
    ambiguous and unknown ones are letters, conditional Japanese starters non-starters."""
    found = _CLASSES.get(character)
    if found is None:
        found = _CLASSES[character] = _derived_class(character)
    return found


def _derived_class(character: str) -> str:
    code = ord(character)
    category = unicodedata.category(character)
    if 0x1F1E6 <= code <= 0x1F1FF:
        return "RI"
    if 0x1F3FB <= code <= 0x1F3FF:
        return "EM"  # a skin tone, kept with the emoji before it (most of which are EB)
    if 0xAC00 <= code <= 0xD7A3:
        return "H2" if (code - 0xAC00) % 28 == 0 else "H3"
    if category in ("Mn", "Mc", "Me") or category == "Cf" and (0x200C <= code <= 0x200F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x206F or code == 0x061C):
        return "CM"
    if category == "Nd" and unicodedata.east_asian_width(character) not in ("W", "F"):
        return "NU"
    if category == "Zs":
        return "BA"
    if 0x0590 <= code <= 0x05FF and category == "Lo":
        return "HL"
    if category == "Ps":
        # an East Asian wide bracket (「) may be broken before even after a letter (LB30)
        return "OP" if unicodedata.east_asian_width(character) not in ("W", "F") else "OP_WIDE"
    if category in ("Pe",):
        return "CL"
    if category in ("Pi", "Pf"):
        return "QU"
    if category == "Sc":
        return "PR"
    if 0x0E00 <= code <= 0x0EFF or 0x1000 <= code <= 0x109F or 0x1780 <= code <= 0x17FF:
        return "AL"  # Thai, Lao, Burmese, Khmer: complex context, which libunistring treats as letters
    if unicodedata.east_asian_width(character) in ("W", "F") and category[0] in "LSNP":
        return "ID"
    return "AL"


_CLASSES: dict[str, str] = {
    **dict.fromkeys("!?", "EX"), **dict.fromkeys("\"'", "QU"), **dict.fromkeys("([{", "OP"),
    **dict.fromkeys(")]", "CP"), "}": "CL", **dict.fromkeys(",.:;", "IS"), "/": "SY", "-": "HY",
    **dict.fromkeys("$+\\", "PR"), "%": "PO", "|": "BA", " ": "SP", **dict.fromkeys("0123456789", "NU"),
    "\u00a0": "GL", "\u00a1": "OP", "\u00a2": "PO", "\u00ab": "QU", "\u00ad": "BA", "\u00b0": "PO", "\u00b1": "PR",
    "\u00b4": "BB", "\u00bb": "QU", "\u00bf": "OP", "\u0085": "BK", "\u034f": "GL", "\u058a": "BA",
    "\u060c": "IS", "\u060d": "IS", "\u061b": "EX", "\u061f": "EX", "\u066a": "PO", "\u066b": "NU", "\u066c": "NU",
    "\u06d4": "EX", "\u0f0b": "BA", "\u180e": "GL", "\u2007": "GL", "\u200b": "ZW", "\u200d": "ZWJ",
    "\u2010": "BA", "\u2011": "GL", "\u2012": "BA", "\u2013": "BA", "\u2014": "B2", "\u201a": "OP", "\u201e": "OP",
    **dict.fromkeys("\u2024\u2025\u2026", "IN"), "\u2027": "BA", "\u2028": "BK", "\u2029": "BK", "\u202f": "GL",
    **dict.fromkeys("\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037", "PO"), "\u2044": "IS",
    **dict.fromkeys("\u203c\u203d\u2047\u2048\u2049", "NS"), "\u2060": "WJ", "\ufeff": "WJ",
    "\u037e": "IS", "\u05be": "BA", "\u05c6": "EX", "\u0609": "PO", "\u060a": "PO", "\u060b": "PO", "\u061d": "EX",
    "\u061e": "EX", **dict.fromkeys("\u2056\u2058\u2059\u205a\u205b\u205d\u205e", "BA"),
    **dict.fromkeys("\u20a7\u20b6\u20bb\u20be\u2103\u2109", "PO"), "\u2116": "PR", "\u2212": "PR", "\u2213": "PR", "\u20ac": "PR",
    "\u3000": "BA", **dict.fromkeys("\u3001\u3002\uff0c\uff0e\uff61\uff64", "CL"),
    **dict.fromkeys("\u3005\u301c\u303b\u303c\u309b\u309c\u309d\u309e\u30a0\u30fb\u30fc\u30fd\u30fe"
                    "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3095\u3096"
                    "\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6\uff1a\uff1b\uff65", "NS"),
    **dict.fromkeys("\uff01\uff1f", "EX"), "\uff04": "PR", "\uff05": "PO",
}


@functools.cache
def _column_width(character: str) -> int:
    """Columns the character takes in a terminal, as libunistring's uc_width counts them: none
    for a combining mark (the kana voicing marks too, though East Asian wide), a format
    character or a Hangul vowel or final consonant joining the syllable before it."""
    if unicodedata.category(character) in ("Mn", "Me", "Cf") or 0x1160 <= ord(character) <= 0x11FF:
        return 0
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def _references(references: tuple[tuple[str, int], ...]) -> list[str]:
    lines: list[str] = []
    current = "#:"
    for path, line in references:
        shown = f"\u2068{path}\u2069" if " " in path else path
        reference = f" {shown}:{line}" if line else f" {shown}"
        if current != "#:" and len(current) + len(reference) > WRAP_WIDTH:
            lines.append(current)
            current = "#:"
        current += reference
    return lines + [current] if current != "#:" else lines


def equivalent(catalog: Catalog, on_disk: Catalog) -> bool:
    """Whether writing `catalog` would only re-wrap what `on_disk` already says (strings, or
    comments, which polib and some editors wrap over several lines)."""
    if catalog.header != on_disk.header or len(catalog.messages) != len(on_disk.messages):
        return False  # decided without unwrapping every comment: a message came or went
    # Message by message, stopping at the first that differs; an equal pair needs no unwrapping.
    return all(
        ours == theirs or _unwrapped(ours) == _unwrapped(theirs) for ours, theirs in zip(catalog.messages, on_disk.messages)
    )


def text_to_write(catalog: Catalog, path: Path, on_disk: Catalog | None) -> str | None:
    """The text to write to `path` for `catalog`, or None when the file (parsed as `on_disk`)
    already says the same, even if another tool laid it out differently."""
    text = catalog_text(catalog)
    if on_disk is None:
        return text
    if text == path.read_text(encoding="utf-8-sig") or equivalent(catalog, on_disk):
        return None  # the first test decides the common case without parsing
    return text


def _unwrapped(message: Message) -> Message:
    """The message with its comments on one line each, and without the previous msgid of a
    message no longer fuzzy, which says nothing (translate-toolkit, and so Weblate, keeps it
    when a translator clears the flag; an update drops it)."""
    return replace(
        message,
        previous_msgid=message.previous_msgid if message.fuzzy else None,
        previous_msgctxt=message.previous_msgctxt if message.fuzzy else None,
        extracted_comments=(" ".join(line.strip() for line in message.extracted_comments),),
        translator_comments=(" ".join(line.strip() for line in message.translator_comments),),
    )


def unchanged_template(new: Catalog, path: Path, on_disk: Catalog | None = None) -> tuple[Catalog, bool]:
    """The template to use and whether it must be written: `new` with the POT-Creation-Date of
    the template at `path`, unwritten, when nothing else would change, so extracting an
    unchanged article rewrites nothing. `on_disk` is that template when the caller has read it."""
    if on_disk is None and not path.exists():
        return new, True
    created = on_disk.header.get("POT-Creation-Date") if on_disk else header_field(path, "POT-Creation-Date")
    candidate = replace(new, header={**new.header, "POT-Creation-Date": created or ""})
    if catalog_text(candidate) == path.read_text(encoding="utf-8-sig"):
        return candidate, False  # the common case, decided without parsing
    return (candidate, False) if equivalent(candidate, on_disk or read_catalog(path, new.domain)) else (new, True)


def write_catalog(path: Path, catalog: Catalog) -> bool:
    """Atomically write the catalog; False when the file already held exactly this."""
    return atomic_write_text(path, catalog_text(catalog))
