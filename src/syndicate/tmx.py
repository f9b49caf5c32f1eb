"""Translation memories in and out as TMX 1.4b (LISA/GALA), and the workspace's memory store.

A segment holds the msgid's text as gettext tools show it (`{{`/`}}` for literal braces, the
way po2tmx and CAT tools translating our PO files see it), with each `{placeholder}` wrapped as
an inline code: `<ph x="1">{Maria_Costa}</ph>`, and each pair of link markers as a pair of
codes around the linked words: `<bpt i="1" x="1" type="link">&lt;a1&gt;</bpt>the report<ept
i="1">&lt;/a1&gt;</ept>`, so a CAT tool shows them as tags to move, not words to translate.
`x` numbers the codes of a unit, the same in source and target (a placeholder keeps its number
wherever it appears, each pair of link markers has its own); a pair's `i` is its `x`. A marker
without its partner in the segment (a translation the review refuses) stays text.

Reading accepts TMX 1.1 to 1.4b. Languages match on the primary subtag (`de-DE` is read for
`de`), preferring an exact tag. Segment text is read as msgid text too, so a `{placeholder}`
or an `<a1>` marker written as plain text (as po2tmx writes them) is one. Inline codes:

* `<ph>` holding a `{placeholder}` keeps it; any other `<ph>` is a code of some other format
  (`<br/>`, `%s`) and is dropped,
* a `<bpt>` holding a link marker `<aN>` and the `<ept>` of the same `i` after it holding its
  `</aN>` keep the markers; whatever the tool numbered them, the words between stay linked
  (links do not nest: a pair inside or across another keeps the later one's markers),
* any other `<bpt>` or `<ept>` (one of another format, or without its partner), `<it>` and
  `<ut>` are formatting codes (bold on, bold off…) and are dropped with any `<sub>` inside
  them; the text they wrap stays,
* `<hi>` and unknown elements are flattened to their text.

The imported memory of a locale lives in `locales/<ll>/memory.tmx`, written by this module.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from pathlib import Path

import regex
from babel import Locale
from lxml import etree
from lxml.builder import ElementMaker

from . import __version__, link_markers
from .fsutil import atomic_write_bytes
from .ids import bcp47, gettext_code, is_article_id, primary_language
from .memory import FIELD, MemoryEntry, catalog_entries
from .safexml import parse_untrusted
from .model import InputError
from .pofile import header_field, read_catalog
from .workspace import Workspace

TMX_VERSION = "1.4"
MEMORY_FILE = "memory.tmx"
ORIGIN_PROP = "x-origin"
DEFAULT_SOURCE_LANG = "en"  # as extract's default

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TMX = ElementMaker()
_DROPPED_CODES = frozenset({"bpt", "ept", "it", "ut"})
_CODES = ("bpt", "ept", "it", "ph", "ut")
# What a unit's codes are numbered by: a placeholder's name, a link pair's (N, pairs before).
_CodeKey = str | tuple[int, int]


def export_tmx(entries: Iterable[MemoryEntry], source_lang: str, target_lang: str) -> bytes:
    """A TMX 1.4b document with one `<tu>` per entry, in the given order. Same input, same bytes."""
    source_tag, target_tag = _tag(source_lang), _tag(target_lang)
    header = _TMX.header(
        {
            "creationtool": "syndicate",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "PO",
            "adminlang": "en",
            "srclang": source_tag,
            "datatype": "plaintext",
        }
    )
    units = [_unit(entry, source_tag, target_tag) for entry in entries]
    document = _TMX.tmx(header, _TMX.body(*units), version=TMX_VERSION)
    _indent(document)
    serialised: bytes = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    return serialised + b"\n"


def import_tmx(source: Path | str | bytes, source_lang: str, target_lang: str) -> list[MemoryEntry]:
    """The units of a TMX file (a path, or its bytes) that hold both languages.

    An entry's origin is the unit's `x-origin` property, else `tmx:<file name>`. Raises
    InputError for a file that is not well-formed TMX, has a DOCTYPE, or has units but none
    in both languages.
    """
    if isinstance(source, bytes):
        shown, data, origin = "TMX data", source, "tmx"
    else:
        shown, data, origin = str(source), _read(Path(source)), f"tmx:{Path(source).name}"
    return _entries(_parse(shown, data), shown, source_lang, target_lang, origin)


def memory_file(workspace: Workspace, locale: Locale) -> Path:
    """`locales/<ll>/memory.tmx`, beside the locale's LC_MESSAGES folder."""
    return workspace.locales_dir / gettext_code(locale) / MEMORY_FILE


def import_into_workspace(workspace: Workspace, path: Path, locale: Locale, source_lang: str | None = None) -> int:
    """Add a TMX file's units to the locale's imported memory; returns how many were new.

    Units already there (same source and target) are skipped. The source language is
    `source_lang`, else the file's `srclang`, else the stored memory's. Every imported entry's
    origin is `tmx:<file name>`.
    """
    shown = str(path)
    root = _parse(shown, _read(Path(path)))
    stored_lang, stored = stored_memory(workspace, locale)
    source_lang = source_lang or _srclang(root) or stored_lang
    if not source_lang:
        raise InputError(
            shown, None, 'the file does not say which language is the source (srclang="*all*")',
            "give it with --source-lang, e.g. --source-lang en",
        )
    if stored_lang and primary_language(stored_lang) != primary_language(source_lang):
        raise InputError(
            shown, None, f"the {bcp47(locale)} memory holds {stored_lang} sources, this file {source_lang} ones",
            "a locale's memory has one source language",
        )
    origin = f"tmx:{Path(path).name}"
    imported = _entries(root, shown, source_lang, bcp47(locale), origin)
    known = {(entry.source, entry.target) for entry in stored}
    new: list[MemoryEntry] = []
    for entry in imported:
        if (entry.source, entry.target) not in known:
            known.add((entry.source, entry.target))
            new.append(dataclasses.replace(entry, origin=origin))
    if new:
        memory = export_tmx([*stored, *new], stored_lang or source_lang, bcp47(locale))
        atomic_write_bytes(memory_file(workspace, locale), memory)
    return len(new)


def workspace_sources(workspace: Workspace, locale: Locale, source_lang: str | None = None) -> tuple[str, set[str]]:
    """The source language of the locale's translations to export, and the memory files that
    hold translations from it: article ids, and MEMORY_FILE for the imported memory.

    The language is `source_lang`, else the one the POs' `X-Source-Language` and the stored
    memory name (`en` when none does); a PO that names none is from extract's default, as the
    translation memory has it. Raises InputError
    when finished translations are from several and none was chosen, as a TMX file has one
    source language, or when no translation is from the one chosen.
    """
    declared: dict[str, tuple[str, set[str]]] = {}  # primary subtag → (tag, files)
    for path in article_po_files(workspace, locale):
        tag = (header_field(path, "X-Source-Language") or "").strip() or DEFAULT_SOURCE_LANG
        declared.setdefault(primary_language(tag), (tag, set()))[1].add(path.stem)
    stored_lang, _ = stored_memory(workspace, locale)
    if stored_lang:
        declared.setdefault(primary_language(stored_lang), (stored_lang, set()))[1].add(MEMORY_FILE)
    folder = str(workspace.locales_dir / gettext_code(locale))
    if source_lang:
        if primary_language(source_lang) not in declared:
            languages = sorted(tag for tag, _ in declared.values())
            raise InputError(folder, None, f"no {bcp47(locale)} translation says it is from {source_lang}",
                             f"its translations are from {', '.join(languages) or 'a language none of them names'}")
        tag, files = declared[primary_language(source_lang)]
    else:
        # With nothing finished yet, the languages they will be from are still the choice.
        choices = (_with_translations(workspace, locale, declared) or declared) if len(declared) > 1 else declared
        if len(choices) > 1:
            languages = sorted(tag for tag, _ in choices.values())
            raise InputError(
                folder, None, f"the {bcp47(locale)} translations have several source languages: {', '.join(languages)}",
                f"a TMX file has one source language: export them one at a time (--source-lang {languages[0]})",
            )
        tag, files = next(iter(choices.values()), (DEFAULT_SOURCE_LANG, set()))
    return tag, files


def _with_translations(
    workspace: Workspace, locale: Locale, declared: dict[str, tuple[str, set[str]]]
) -> dict[str, tuple[str, set[str]]]:
    """The source languages of `declared` that some finished translation is from: a language
    whose POs are all still untranslated has nothing to export and so is no choice to make."""
    po_folder = workspace.locales_dir / gettext_code(locale) / "LC_MESSAGES"
    return {
        primary: (tag, files)
        for primary, (tag, files) in declared.items()
        if any(file == MEMORY_FILE or catalog_entries(read_catalog(po_folder / f"{file}.po"), file) for file in files)
    }


def _unit(entry: MemoryEntry, source_tag: str, target_tag: str) -> etree._Element:
    numbers: dict[_CodeKey, int] = {}  # code → its x, shared by source and target
    return _TMX.tu(
        _TMX.prop(entry.origin, type=ORIGIN_PROP),
        _TMX.tuv(_segment(entry.source, numbers), {_XML_LANG: source_tag}),
        _TMX.tuv(_segment(entry.target, numbers), {_XML_LANG: target_tag}),
    )


def _segment(text: str, numbers: dict[_CodeKey, int]) -> etree._Element:
    pieces: list[str | etree._Element] = []
    cursor = 0
    for marker, key in _paired_markers(text):
        pieces += _with_placeholders(text[cursor : marker.start()], numbers)
        number = str(numbers.setdefault(key, len(numbers) + 1))
        if marker[1]:
            pieces.append(_TMX.ept(marker.group(), i=number))
        else:
            pieces.append(_TMX.bpt(marker.group(), i=number, x=number, type="link"))
        cursor = marker.end()
    pieces += _with_placeholders(text[cursor:], numbers)
    return _TMX.seg(*(piece for piece in pieces if piece != ""))


def _paired_markers(text: str) -> list[tuple[regex.Match[str], tuple[int, int]]]:
    """The link markers of `text` that pair, in order, each with the key of its pair: an `<aN>`
    pairs with the next marker numbered N if that one is `</aN>`. The key is N and how many
    pairs numbered N came before, so that a translation's pairs take the numbers of the
    source's."""
    if "<" not in text:
        return []
    paired: list[tuple[regex.Match[str], tuple[int, int]]] = []
    last: dict[int, regex.Match[str]] = {}  # N → the last marker numbered N
    pairs_before: Counter[int] = Counter()
    for marker in link_markers.MARKER.finditer(text):
        number = int(marker[2])
        opening = last.get(number)
        if marker[1] and opening is not None and not opening[1]:
            key = (number, pairs_before[number])
            paired += [(opening, key), (marker, key)]
            pairs_before[number] += 1
        last[number] = marker
    return sorted(paired, key=lambda pair: pair[0].start())


def _with_placeholders(text: str, numbers: dict[_CodeKey, int]) -> list[str | etree._Element]:
    pieces: list[str | etree._Element] = []
    cursor = 0
    for field in FIELD.finditer(text):
        name = field.group(1)
        if name is None:
            continue  # a doubled brace stays text
        pieces.append(text[cursor : field.start()])
        number = numbers.setdefault(name, len(numbers) + 1)
        pieces.append(_TMX.ph(field.group(), x=str(number)))
        cursor = field.end()
    pieces.append(text[cursor:])
    return pieces


def _indent(element: etree._Element, level: int = 0) -> None:
    """Line up the structure; a `<seg>` or `<prop>` is text and is never touched."""
    children = list(element)
    if not children or element.tag in ("seg", "prop"):
        return
    element.text = "\n" + "  " * (level + 1)
    for child in children:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    children[-1].tail = "\n" + "  " * level


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(str(path), None, f"cannot read the file: {error.strerror}", "check the path") from None


def _parse(shown: str, data: bytes) -> etree._Element:
    root = parse_untrusted(shown, data, external_dtd=True, remove_comments=True, remove_pis=True)
    if root.tag != "tmx":
        raise InputError(
            shown, root.sourceline, f"not TMX: the root element is <{etree.QName(root).localname}>",
            'expected <tmx version="1.4">',
        )
    version = root.get("version", "")
    if version and not re.fullmatch(r"1\.[1-4][a-z]?", version):
        raise InputError(shown, root.sourceline, f"TMX version {version} is not supported", "TMX 1.1 to 1.4b are read")
    return root


def _entries(root: etree._Element, shown: str, source_lang: str, target_lang: str, origin: str) -> list[MemoryEntry]:
    body = root.find("body")
    if body is None:
        raise InputError(shown, root.sourceline, "the TMX has no <body>", "expected <tmx><header/><body>…</body></tmx>")
    entries: list[MemoryEntry] = []
    languages: set[str] = set()
    units = body.findall("tu")
    for unit in units:
        variants = unit.findall("tuv")
        segments: dict[etree._Element, etree._Element] = {}
        for variant in variants:
            segment = variant.find("seg")
            if not _language(variant):
                raise InputError(shown, variant.sourceline, "a <tuv> without xml:lang", "every <tuv> names its language")
            if segment is None:
                raise InputError(shown, variant.sourceline, "a <tuv> without <seg>", "every <tuv> holds one <seg>")
            languages.add(_language(variant))
            segments[variant] = segment
        source, target = _pair(variants, source_lang, target_lang)
        if source is None or target is None:
            continue
        source_text, target_text = _flattened(segments[source]), _flattened(segments[target])
        if source_text and target_text:
            prop = next((prop for prop in unit.findall("prop") if prop.get("type") == ORIGIN_PROP and prop.text), None)
            entries.append(MemoryEntry(source_text, target_text, prop.text if prop is not None else origin))
    if units and not entries:
        raise InputError(
            shown, None, f"no translation unit holds both {source_lang} and {target_lang}",
            f"the file's languages are: {', '.join(sorted(languages)) or 'none'}",
        )
    return entries


def _pair(
    variants: list[etree._Element], source_lang: str, target_lang: str
) -> tuple[etree._Element | None, etree._Element | None]:
    """The source and target variants: an exact tag wins over a primary-subtag match, and one
    variant is never both (so `en` → `en-GB` works)."""
    source = _variant(variants, source_lang, exact=True)
    target = _variant(variants, target_lang, exact=True, taken=source)
    source = source if source is not None else _variant(variants, source_lang, exact=False, taken=target)
    target = target if target is not None else _variant(variants, target_lang, exact=False, taken=source)
    return source, target


def _variant(
    variants: list[etree._Element], lang: str, *, exact: bool, taken: etree._Element | None = None
) -> etree._Element | None:
    wanted = _tag(lang).casefold()
    for variant in variants:
        found = _tag(_language(variant)).casefold()
        if variant is not taken and (found == wanted if exact else primary_language(found) == primary_language(wanted)):
            return variant
    return None


def _flattened(segment: etree._Element) -> str:
    """The segment's text with inline codes handled as the module docstring says."""
    return _text(segment, _link_codes(segment))


def _text(element: etree._Element, link_codes: set[etree._Element]) -> str:
    parts = [element.text or ""]
    for child in element:
        if child in link_codes:
            parts.append("".join(child.itertext()))
        elif child.tag == "ph":
            code = FIELD.fullmatch("".join(child.itertext()))
            if code and code.group(1):
                parts.append(code.group())
        elif child.tag not in _DROPPED_CODES:
            parts.append(_text(child, link_codes))
        parts.append(child.tail or "")
    return "".join(parts)


def _link_codes(segment: etree._Element) -> set[etree._Element]:
    """The segment's `<bpt>` and `<ept>` codes that hold link markers `<aN>` and `</aN>` and
    pair: the `<ept>` of the `<bpt>`'s `i` after it, with no other link's `<bpt>` between them.
    Links cannot nest: of a pair inside or across another, the later one is kept. Codes inside
    other codes are not text."""
    opening: tuple[etree._Element, str, str] | None = None  # the <bpt> open, its i and its N
    paired: set[etree._Element] = set()
    for code in segment.iter("bpt", "ept"):
        marker = link_markers.MARKER.fullmatch("".join(code.itertext()))
        if marker is None or next(code.iterancestors(*_CODES), None) is not None:
            continue
        key = code.get("i", "").strip()
        if code.tag == "bpt" and not marker[1]:
            opening = (code, key, marker[2])
        elif code.tag == "ept" and marker[1] and opening is not None and opening[1:] == (key, marker[2]):
            paired |= {opening[0], code}
            opening = None
    return paired


def stored_memory(workspace: Workspace, locale: Locale) -> tuple[str | None, list[MemoryEntry]]:
    """The source language and entries of the locale's imported memory (None, [] if there is none)."""
    path = memory_file(workspace, locale)
    if not path.is_file():
        return None, []
    root = _parse(str(path), _read(path))
    source_lang = _srclang(root)
    if not source_lang:
        raise InputError(str(path), None, "the memory's header has no srclang", "import the memory again")
    return source_lang, _entries(root, str(path), source_lang, bcp47(locale), f"tmx:{MEMORY_FILE}")


def article_po_files(workspace: Workspace, locale: Locale) -> list[Path]:
    """The locale's article POs, the archived articles' first (their translations stay in the
    memory); `is_article_id` leaves out the names glossary, names.po."""
    # By name, the order of paths in one folder: comparing the paths themselves costs far more.
    return [path for side in (workspace.archived, workspace)
            for path in sorted((side.locales_dir / gettext_code(locale) / "LC_MESSAGES").glob("*.po"), key=attrgetter("name"))
            if is_article_id(path.stem)]


def _srclang(root: etree._Element) -> str | None:
    header = root.find("header")
    declared = header.get("srclang", "").strip() if header is not None else ""
    return declared if declared and declared != "*all*" else None


def _language(variant: etree._Element) -> str:
    # TMX 1.1 named the attribute `lang`; 1.2 and later use xml:lang.
    return (variant.get(_XML_LANG) or variant.get("lang") or "").strip()


def _tag(lang: str) -> str:
    return lang.strip().replace("_", "-")
