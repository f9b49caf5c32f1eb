"""Parsing XML that may be hostile: agency feeds, CAT-tool files, SRX rules.

No parser here resolves entities, loads a DTD or reaches the network, and libxml2's limits on
depth, text size and entity amplification stay on (huge_tree=False).
"""

from __future__ import annotations

import codecs
import html.entities
import re
from typing import Any

from lxml import etree

from .model import InputError

# A DOCTYPE can only come after an optional BOM, whitespace, the XML declaration, PIs and
# comments; the possessive repeat keeps the scan linear on hostile input. UTF-16 documents slip
# past the scan and are caught by the docinfo check after the (equally safe) parse.
_DOCTYPE = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*+<!DOCTYPE", re.DOTALL)
_DOCTYPE_WITH_SUBSET = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*+<!DOCTYPE[^>\[]*\[", re.DOTALL)
# How a UTF-16 or UTF-32 document's first bytes tell its encoding (XML 1.0, appendix F): a byte
# order mark, else the "<" of its XML declaration. UTF-32's marks come first: the little-endian
# one begins with UTF-16's.
_WIDE_OPENINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\0\0\0", "utf-32-le"), (b"\0\0\0<", "utf-32-be"), (b"<\0", "utf-16-le"), (b"\0<", "utf-16-be"),
)


def looks_like_xml(data: bytes) -> bool:
    """Whether the document starts, after any whitespace, with markup: UTF-8 (or ASCII) text
    with or without a byte order mark, or UTF-16 or UTF-32 as its first bytes tell."""
    encoding = _wide_encoding(data)
    if encoding is None:
        return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    return data.decode(encoding, errors="replace").lstrip(" \t\r\n").startswith("<")


def _wide_encoding(data: bytes) -> str | None:
    return next((encoding for opening, encoding in _WIDE_OPENINGS if data.startswith(opening)), None)


def hardened_parser(**options: Any) -> etree.XMLParser:
    """A new parser (lxml parsers must not be shared between threads) that cannot be made to
    fetch or expand anything; `options` add lxml parser options such as remove_comments."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False, **options
    )


def parse_untrusted(shown: str, data: bytes, *, external_dtd: bool = False, **options: Any) -> etree._Element:
    """The document's root element; InputError naming `shown` (and the line) when it is not
    well-formed or has a DOCTYPE.

    With `external_dtd`, a DOCTYPE that only names an external DTD (`<!DOCTYPE tmx SYSTEM
    "tmx14.dtd">`, as CAT tools write) is read, the DTD never loaded; one that declares
    entities or elements of its own is still refused.
    """
    refused = _DOCTYPE_WITH_SUBSET if external_dtd else _DOCTYPE
    hint = (
        "a DOCTYPE can smuggle in entity bombs or local files: delete the <!DOCTYPE …> "
        + ("part in brackets" if external_dtd else "line")
    )
    if refused.match(data):
        raise InputError(shown, _doctype_line(data),
                         "the document has a DOCTYPE with declarations" if external_dtd else "the document has a DOCTYPE", hint)
    try:
        root = etree.fromstring(data, hardened_parser(**options))
    except etree.XMLSyntaxError as error:
        if _OVER_LIMITS.search(error.msg):
            raise InputError(shown, error.lineno or None, _TOO_LARGE, "split the item, or ask the sender for a smaller one") from None
        raise InputError(shown, error.lineno or None, f"not well-formed XML: {error.msg}", _syntax_hint(error.msg)) from None
    docinfo = root.getroottree().docinfo
    declared = docinfo.internalDTD
    if docinfo.doctype and (not external_dtd or any(declared.entities()) or any(declared.elements())):
        raise InputError(shown, _doctype_line(data), "the document has a DOCTYPE", hint)
    return root


def _doctype_line(data: bytes) -> int | None:
    """The line of the document's DOCTYPE, as every other error of a source names its line; a
    UTF-16 or UTF-32 document is scanned as UTF-8."""
    if encoding := _wide_encoding(data):
        data = data.decode(encoding, errors="replace").encode("utf-8")
    found = _DOCTYPE.match(data)
    return data.count(b"\n", 0, found.end()) + 1 if found else None


_UNDEFINED_ENTITY = re.compile(r"Entity '(\w+)' not defined")
# libxml2's limits against hostile documents (kept on: huge_tree=False), as its messages name them.
_OVER_LIMITS = re.compile(r"Resource limit exceeded|Excessive depth|Huge input lookup|[Tt]oo long|[Tt]oo big", re.IGNORECASE)
_TOO_LARGE = ("larger than it is safe to read: a text of over 10 MB in one element, or elements nested over 256 "
              "deep (the file may still be well-formed)")


def _syntax_hint(message: str) -> str:
    """What to do about a syntax error: an HTML entity XML does not know is written as a number."""
    if (entity := _UNDEFINED_ENTITY.search(message)) is not None and (code := html.entities.name2codepoint.get(entity.group(1))):
        return f"write &#{code}; for &{entity.group(1)}; (XML knows only &amp; &lt; &gt; &quot; &apos;)"
    return "ask the sender for a well-formed file, or fix the line named"
