"""SRX 2.0 segmentation rules: load them from a file, export the built-in rules as one.

SRX (Segmentation Rules eXchange, LISA/GALA) is what CAT tools use to configure sentence
segmentation. :func:`load_srx` reads a document into :class:`~syndicate.segment.SegmentationRules`
for :func:`~syndicate.segment.sentence_spans`; :func:`export_srx` writes rules, the built-in ones
included, so that a CAT tool segments as syndicate does (except for the quotation, URL and
protected-span guard, which SRX cannot express and syndicate applies to every rule set).

SRX regexes are written in the ICU/Java dialect; they are compiled with the ``regex`` module
after translating the few Java constructs it reads differently (see :func:`java_to_python_regex`).
"""

from __future__ import annotations

import os
from typing import Final

import regex
from lxml import etree

from syndicate.segment import BreakRule, LanguageMap, LanguageRules, SegmentationRules
from syndicate.safexml import hardened_parser

__all__ = ["SRX_NAMESPACE", "SrxError", "export_srx", "java_to_python_regex", "load_srx"]

SRX_NAMESPACE: Final = "http://www.lisa.org/srx20"


class SrxError(ValueError):
    """An SRX document that cannot be read: says what is wrong and where."""


# Java constructs the `regex` module reads differently or not at all.
_JAVA_CONSTRUCT: Final = regex.compile(
    r"(?P<quoted>\\Q(?P<literal>.*?)(?:\\E|$))"
    r"|\\x\{(?P<hex>[0-9A-Fa-f]{1,6})\}"
    r"|\\(?P<negated>[pP])\{(?:Is)?java(?P<java>[A-Za-z]+)\}"
    r"|\\(?P<escape>[vZec])(?P<control>(?<=c).)?"
    r"|\(\?(?P<flags>[A-Za-z]*[Ud][A-Za-z]*(?:-[A-Za-z]*)?)(?P<flags_end>[:)])"
    r"|\\.",
    regex.DOTALL,
)
_JAVA_PROPERTIES: Final = {
    "LowerCase": r"\p{Ll}",
    "UpperCase": r"\p{Lu}",
    "TitleCase": r"\p{Lt}",
    "Letter": r"\p{L}",
    "Digit": r"\p{Nd}",
    "LetterOrDigit": r"[\p{L}\p{Nd}]",
    "Alphabetic": r"\p{Alphabetic}",
    "Whitespace": r"[\t\n\x0B\f\r\x1C-\x1F\p{Zs}\p{Zl}\p{Zp}]",
    "SpaceChar": r"[\p{Zs}\p{Zl}\p{Zp}]",
    "Mirrored": r"\p{Bidi_Mirrored}",
}
_NEGATED_JAVA_PROPERTIES: Final = {
    name: (f"[^{body[1:-1]}]" if body.startswith("[") else body.replace(r"\p", r"\P", 1))
    for name, body in _JAVA_PROPERTIES.items()
}


def java_to_python_regex(pattern: str) -> str:
    """Translate a Java/ICU regex to the ``regex`` module's VERSION1 dialect.

    Handled: ``\\Q…\\E`` quoting, ``\\x{…}`` code points, ``\\p{javaLowerCase}`` and the other
    ``java…`` properties, ``\\v`` (vertical whitespace in Java, a single VT in Python), ``\\Z``
    (end of input or before a final line break), ``\\e`` and ``\\cX``, and the Java-only inline
    flags ``U`` and ``d`` (dropped: matching is always Unicode-aware). Everything else —
    ``\\p{Lu}``, ``\\p{IsLatin}``, ``\\p{InGreek}``, possessive and lazy quantifiers, atomic
    groups, look-behind, named groups, class unions and ``&&`` intersections — reads the same.
    """

    def translate(match: regex.Match[str]) -> str:
        if match.group("quoted") is not None:
            return regex.escape(match.group("literal"), special_only=True)
        if match.group("hex") is not None:
            code = int(match.group("hex"), 16)
            return f"\\U{code:08X}" if code <= 0x10FFFF else match.group()
        if match.group("java") is not None:
            table = _JAVA_PROPERTIES if match.group("negated") == "p" else _NEGATED_JAVA_PROPERTIES
            return table.get(match.group("java"), match.group())
        escape = match.group("escape")
        if escape == "v":
            return r"[\n\x0B\f\r\x85\u2028\u2029]"
        if escape == "Z":
            return r"(?=(?:\r\n|[\n\r\x85\u2028\u2029])?\z)"
        if escape == "e":
            return r"\x1B"
        if escape == "c":
            control = match.group("control")
            return f"\\x{ord(control) ^ 0x40:02X}" if control else match.group()
        flags = match.group("flags")
        if flags is not None:
            kept = flags.replace("U", "").replace("d", "")
            if kept in ("", "-"):
                return "(?:" if match.group("flags_end") == ":" else ""
            return f"(?{kept.rstrip('-')}{match.group('flags_end')}"
        return match.group()

    return _JAVA_CONSTRUCT.sub(translate, pattern)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name]


def _child(element: etree._Element, name: str) -> etree._Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _yes_no(value: str | None, default: bool, where: str) -> bool:
    if value is None:
        return default
    if value.strip().lower() in ("yes", "no"):
        return value.strip().lower() == "yes"
    raise SrxError(f"{where}: expected yes or no, found {value!r}")


def _pattern_text(element: etree._Element | None, where: str) -> str:
    if element is None:
        return ""
    if len(element):
        raise SrxError(f"{where}: a regex must be plain text (no entity references or elements)")
    return java_to_python_regex(element.text or "")


def _parse(source: str | os.PathLike[str] | bytes) -> etree._Element:
    # No DTD, no entity expansion, no network: a rules file cannot make the parser fetch or
    # blow up anything.
    parser = hardened_parser(remove_comments=True, remove_pis=True)
    try:
        if isinstance(source, bytes):
            return etree.fromstring(source, parser)
        return etree.parse(os.fspath(source), parser).getroot()
    except (etree.XMLSyntaxError, OSError) as error:
        raise SrxError(f"not a readable SRX document: {error}") from None


def load_srx(path_or_bytes: str | os.PathLike[str] | bytes) -> SegmentationRules:
    """Segmentation rules from an SRX 2.0 document (a path, or the document's bytes).

    Reads ``header/@cascade`` (``no`` when absent), every ``languagerule`` with its ordered
    ``rule`` elements (``break`` defaults to ``yes``; a missing ``beforebreak`` or
    ``afterbreak`` matches anywhere) and every ``languagemap``. Format handles and
    ``segmentsubflows`` concern markup inside segments and are ignored. Raises
    :class:`SrxError` for a document that is not SRX or holds a regex that does not compile.
    """
    root = _parse(path_or_bytes)
    if _local(root) != "srx":
        raise SrxError(f"not an SRX document: the root element is <{_local(root)}>")
    header, body = _child(root, "header"), _child(root, "body")
    if body is None:
        raise SrxError("the SRX document has no <body>")
    cascade = _yes_no(header.get("cascade") if header is not None else None, False, "header/@cascade")

    languages: list[LanguageRules] = []
    for set_number, element in enumerate(_descendants(body, "languagerules", "languagerule"), 1):
        name = element.get("languagerulename")
        if not name:
            raise SrxError(f"languagerule {set_number} has no languagerulename")
        rules: list[BreakRule] = []
        for number, rule in enumerate(_children(element, "rule"), 1):
            where = f"rule {number} of languagerule {name!r}"
            breaks = _yes_no(rule.get("break"), True, f"{where}, @break")
            before = _pattern_text(_child(rule, "beforebreak"), f"{where}, beforebreak")
            after = _pattern_text(_child(rule, "afterbreak"), f"{where}, afterbreak")
            rules.append(BreakRule(breaks, before, after))
        languages.append(LanguageRules(name, tuple(rules)))

    maps: list[LanguageMap] = []
    for number, element in enumerate(_descendants(body, "maprules", "languagemap"), 1):
        pattern, name = element.get("languagepattern"), element.get("languagerulename")
        if pattern is None or not name:
            raise SrxError(f"languagemap {number} needs languagepattern and languagerulename")
        maps.append(LanguageMap(java_to_python_regex(pattern), name))

    try:
        rules = SegmentationRules(tuple(languages), tuple(maps), cascade)
        rules.check_patterns()
        return rules
    except ValueError as error:
        raise SrxError(str(error)) from None


def _descendants(body: etree._Element, container: str, name: str) -> list[etree._Element]:
    return [element for parent in _children(body, container) for element in _children(parent, name)]


def export_srx(rules: SegmentationRules) -> bytes:
    """An SRX 2.0 document (UTF-8 bytes) holding ``rules``, loadable by :func:`load_srx`."""
    # The None key makes SRX the default namespace (lxml-stubs type nsmap keys as str only).
    srx = etree.Element(
        f"{{{SRX_NAMESPACE}}}srx", nsmap={None: SRX_NAMESPACE}, version="2.0"  # type: ignore[dict-item]
    )
    srx.append(
        etree.Comment(
            " Sentence segmentation rules exported by syndicate. Besides these rules, syndicate"
            " never breaks inside a quotation, a URL, an e-mail address or a span its caller"
            " protects. "
        )
    )
    header = etree.SubElement(
        srx,
        f"{{{SRX_NAMESPACE}}}header",
        segmentsubflows="yes",
        cascade="yes" if rules.cascade else "no",
    )
    for kind, include in (("start", "no"), ("end", "yes"), ("isolated", "yes")):
        etree.SubElement(header, f"{{{SRX_NAMESPACE}}}formathandle", type=kind, include=include)
    body = etree.SubElement(srx, f"{{{SRX_NAMESPACE}}}body")
    language_rules = etree.SubElement(body, f"{{{SRX_NAMESPACE}}}languagerules")
    for language in rules.languages:
        element = etree.SubElement(
            language_rules, f"{{{SRX_NAMESPACE}}}languagerule", languagerulename=language.name
        )
        for rule in language.rules:
            rule_element = etree.SubElement(
                element, f"{{{SRX_NAMESPACE}}}rule", {"break": "yes" if rule.breaks else "no"}
            )
            etree.SubElement(rule_element, f"{{{SRX_NAMESPACE}}}beforebreak").text = rule.before
            etree.SubElement(rule_element, f"{{{SRX_NAMESPACE}}}afterbreak").text = rule.after
    map_rules = etree.SubElement(body, f"{{{SRX_NAMESPACE}}}maprules")
    for language_map in rules.maps:
        etree.SubElement(
            map_rules,
            f"{{{SRX_NAMESPACE}}}languagemap",
            languagepattern=language_map.pattern,
            languagerulename=language_map.rules_name,
        )
    return etree.tostring(srx, xml_declaration=True, encoding="UTF-8", pretty_print=True)
