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
    po = polib.POFile(wrapwidth=WRAP_WIDTH, check_for_duplicates=False)
    po.header = catalog.header_comment
    po.metadata = dict(catalog.header)
    if catalog.locale is None:
        po.metadata_is_fuzzy = ["fuzzy"]
    for message in catalog.messages:
        po.append(_entry(message))
    return str(po) + "\n" if not str(po).endswith("\n") else str(po)


def equivalent(catalog: Catalog, on_disk: Catalog) -> bool:
    """Whether writing `catalog` would only re-wrap what `on_disk` already says."""
    written = parse_catalog(catalog_text(catalog), "", catalog.domain)
    return written.messages == on_disk.messages and written.header == on_disk.header


def unchanged_template(new: Catalog, path: Path) -> Catalog:
    """`new`, keeping the POT-Creation-Date of the template at `path` when nothing else changed,
    so that extracting an unchanged article rewrites nothing."""
    if not path.exists():
        return new
    old = read_catalog(path, new.domain)
    candidate = replace(new, header={**new.header, "POT-Creation-Date": old.header.get("POT-Creation-Date", "")})
    return old if equivalent(candidate, old) else new


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


def _entry(message: Message) -> polib.POEntry:
    return polib.POEntry(
        msgid=message.msgid,
        msgstr=message.msgstr,
        msgctxt=message.msgctxt,
        flags=list(message.flags),
        comment="\n".join(message.extracted_comments),
        tcomment="\n".join(message.translator_comments),
        occurrences=[(path, str(line)) for path, line in message.references],
        previous_msgid=message.previous_msgid,
        previous_msgctxt=message.previous_msgctxt,
        obsolete=message.obsolete,
    )
