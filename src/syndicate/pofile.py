"""Catalog ⇄ gettext PO/POT files, through polib.

Files are written the way gettext's own tools write them: full header, `#.` extracted
comments, `#:` references, all flags on one `#,` line, `#|` previous msgid, obsolete `#~`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import polib

from .catalog import Catalog, Message
from .fsutil import atomic_write_text
from .model import InputError

WRAP_WIDTH = 79
_POLIB_LINE = re.compile(r"\(line (\d+)\)")
_STRING_LINE = re.compile(r'\s*(?:#[~|]\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"')
_CLOSED_STRING = re.compile(r'"(?:[^"\\]|\\.)*"\s*')


def read_catalog(path: Path, domain: str | None = None) -> Catalog:
    """Parse a PO or POT file. Raises InputError with the file and line on a syntax error."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(str(path), line, "not UTF-8", "PO files must be saved as UTF-8 (Content-Type: charset=UTF-8)") from None
    return parse_catalog(text, str(path), domain or Path(path).stem)


def header_field(path: Path, name: str) -> str | None:
    """One header field, read without parsing the messages (the header is the first entry)."""
    with open(path, encoding="utf-8-sig") as handle:
        head = handle.read(4096).split("\n\n", 1)[0]
    found = re.search(rf'^"{re.escape(name)}: ?(.*?)\\n"$', head, re.MULTILINE)
    return found.group(1) if found else None


def parse_catalog(text: str, shown: str, domain: str) -> Catalog:
    _check_strings(text, shown)
    try:
        po = polib.pofile(text, wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError) as error:
        found = _POLIB_LINE.search(str(error))
        raise InputError(
            shown, int(found.group(1)) if found else None, f"PO syntax error: {error}",
            "fix the entry (or check it with `msgfmt -c`); nothing was written",
        ) from None
    messages = tuple(_message(entry) for entry in po)
    return Catalog(
        domain=domain,
        header=dict(po.metadata),
        messages=messages,
        locale=po.metadata.get("Language") or None,
        header_comment=po.header,
    )


def _check_strings(text: str, shown: str) -> None:
    """polib silently truncates a string with no closing quote; msgfmt calls it fatal, and so do we."""
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _STRING_LINE.match(line)
        if opening and not _CLOSED_STRING.fullmatch(line, opening.end() - 1):
            raise InputError(
                shown, number, "PO syntax error: a string is not closed with a double quote",
                'end the line with " (write a quote inside a string as \\"); nothing was written',
            )


def catalog_text(catalog: Catalog) -> str:
    """The catalog in gettext's PO syntax, laid out as msgcat lays it out.

    Written here rather than through polib's serialiser because this is the hot path of
    every extract (polib re-wraps each string with textwrap, about 1.4 ms per article file);
    parse_catalog, through polib, reads back exactly what this writes (tested).
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


def _entry_lines(message: Message) -> list[str]:
    lines = [("# " + line).rstrip() for line in message.translator_comments]
    lines += [("#. " + line).rstrip() for line in message.extracted_comments]
    lines += _references(message.references)
    if message.flags:
        lines.append("#, " + ", ".join(message.flags))
    if message.obsolete:
        fields = [("msgctxt", message.msgctxt), ("msgid", message.msgid), ("msgstr", message.msgstr)]
        return lines + ["#~ " + line for keyword, value in fields if value is not None for line in _string(keyword, value)]
    for keyword, value in (("msgctxt", message.previous_msgctxt), ("msgid", message.previous_msgid)):
        if value is not None:
            lines += ["#| " + line for line in _string(keyword, value)]
    if message.msgctxt is not None:
        lines += _string("msgctxt", message.msgctxt)
    return lines + _string("msgid", message.msgid) + _string("msgstr", message.msgstr)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"})
_BREAK_AFTER_SPACE = re.compile(r"[^ ]* +|[^ ]+$")


def _string(keyword: str, value: str) -> list[str]:
    """`keyword "value"`, wrapped at WRAP_WIDTH columns and after each newline, like msgcat."""
    escaped = value.translate(_ESCAPES)
    if len(keyword) + len(escaped) + 3 <= WRAP_WIDTH and "\\n" not in escaped[:-2]:
        return [f'{keyword} "{escaped}"']
    lines = [f'{keyword} ""']
    for segment in re.split(r"(?<=\\n)", escaped):
        current = ""
        for chunk in _BREAK_AFTER_SPACE.findall(segment):
            if current and len(current) + len(chunk) + 2 > WRAP_WIDTH:
                lines.append(f'"{current}"')
                current = ""
            current += chunk
        if current:
            lines.append(f'"{current}"')
    return lines


def _references(references: tuple[tuple[str, int], ...]) -> list[str]:
    lines: list[str] = []
    current = "#:"
    for path, line in references:
        reference = f" {path}:{line}" if line else f" {path}"
        if current != "#:" and len(current) + len(reference) > WRAP_WIDTH:
            lines.append(current)
            current = "#:"
        current += reference
    return lines + [current] if current != "#:" else lines


def equivalent(catalog: Catalog, on_disk: Catalog) -> bool:
    """Whether writing `catalog` would only re-wrap what `on_disk` already says (strings, or
    comments, which polib and some editors wrap over several lines)."""
    return catalog.header == on_disk.header and [_unwrapped(message) for message in catalog.messages] == [
        _unwrapped(message) for message in on_disk.messages
    ]


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
    return replace(
        message,
        extracted_comments=(" ".join(line.strip() for line in message.extracted_comments),),
        translator_comments=(" ".join(line.strip() for line in message.translator_comments),),
    )


def unchanged_template(new: Catalog, path: Path) -> tuple[Catalog, bool]:
    """The template to use and whether it must be written: `new` with the POT-Creation-Date of
    the template at `path`, unwritten, when nothing else would change, so extracting an
    unchanged article rewrites nothing."""
    if not path.exists():
        return new, True
    candidate = replace(new, header={**new.header, "POT-Creation-Date": header_field(path, "POT-Creation-Date") or ""})
    if catalog_text(candidate) == path.read_text(encoding="utf-8-sig"):
        return candidate, False  # the common case, decided without parsing
    return (candidate, False) if equivalent(candidate, read_catalog(path, new.domain)) else (new, True)


def write_catalog(path: Path, catalog: Catalog) -> bool:
    """Atomically write the catalog; False when the file already held exactly this."""
    return atomic_write_text(path, catalog_text(catalog))


def _message(entry: polib.POEntry) -> Message:
    return Message(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        flags=tuple(entry.flags),
        extracted_comments=tuple(entry.comment.split("\n")) if entry.comment else (),
        translator_comments=tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
        references=tuple((path, int(line) if str(line).isdigit() else 0) for path, line in entry.occurrences),
        previous_msgid=entry.previous_msgid,
        previous_msgctxt=entry.previous_msgctxt,
        obsolete=bool(entry.obsolete),
    )
