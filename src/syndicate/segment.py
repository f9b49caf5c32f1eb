"""Sentence segmentation of news text, rule-driven and SRX-compatible.

Segmentation is a list of ordered *break rules* in the SRX 2.0 model: a rule has a
``before`` regex that must match the text ending at a position and an ``after`` regex that
must match the text starting there; at each position the first rule that matches decides
whether the text breaks there (``breaks=True``) or not. Rules are grouped into named
language rule sets, and language maps pick the sets for a language code (all matching maps in
order when ``cascade`` is on, the first one otherwise).

The built-in rules (:func:`default_rules`) are themselves such a rule list, built from the
locale data in :mod:`syndicate.segment_data`, so exporting them as SRX
(:func:`syndicate.srx.export_srx`) and loading them back segments exactly as before.

On top of any rule list, a guard that SRX cannot express: no break ever falls inside a
quotation (:func:`syndicate.quotes.quoted_spans`), a URL, an e-mail address or a span the
caller protects. Because the guard applies to built-in and loaded rules alike, it does not
affect the round trip.

Performance: positions are found with one compiled scan for all breaking rules; only those
candidates are checked against the non-breaking rules, each group of consecutive same-kind
rules with one compiled regex. Built-in rules use bounded look-behind, so time is linear in
the length of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from syndicate.quotes import quoted_spans
from syndicate.segment_data import GENERIC, LANGUAGES, LanguageData, normalise_language

__all__ = [
    "BreakRule",
    "LanguageMap",
    "LanguageRules",
    "SegmentationRules",
    "default_rules",
    "sentence_spans",
    "split_sentences",
]

# Rules are compiled with the `regex` module in VERSION1 mode, the closest to the Java/ICU
# dialect SRX files are written in (scoped inline flags, nested character classes).
REGEX_FLAGS: Final = regex.V1


@dataclass(frozen=True)
class BreakRule:
    """Break (or not) where ``before`` matches up to a position and ``after`` matches from it."""

    breaks: bool
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class LanguageRules:
    """A named, ordered rule list (an SRX ``languagerule``)."""

    name: str
    rules: tuple[BreakRule, ...]


@dataclass(frozen=True)
class LanguageMap:
    """Applies the rule set ``rules_name`` to language codes that ``pattern`` matches in full."""

    pattern: str
    rules_name: str


@dataclass(frozen=True)
class _CompiledRules:
    candidates: regex.Pattern[str] | None  # every position where some breaking rule matches
    # Consecutive rules of one kind, each group as one regex, in order; a candidate no group
    # matches is decided by the breaking rules that follow, so it breaks.
    deciders: tuple[tuple[regex.Pattern[str], bool], ...]


@dataclass(frozen=True)
class SegmentationRules:
    """Rule sets and the language maps that choose among them (an SRX document's body)."""

    languages: tuple[LanguageRules, ...]
    maps: tuple[LanguageMap, ...]
    cascade: bool = True
    _compiled: dict[str, _CompiledRules] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        names = [language.name for language in self.languages]
        if len(set(names)) != len(names):
            raise ValueError("two language rule sets share a name")
        missing = sorted({m.rules_name for m in self.maps} - set(names))
        if missing:
            raise ValueError(f"language maps refer to undefined rule sets: {', '.join(missing)}")
        for language in self.languages:
            for number, rule in enumerate(language.rules, start=1):
                _check_rule(language.name, number, rule)
        for language_map in self.maps:
            _compile_checked(language_map.pattern, f"language pattern {language_map.pattern!r}")

    def rule_set_names(self, lang: str) -> tuple[str, ...]:
        """Names of the rule sets that apply to ``lang``, in the order they apply."""
        tag = normalise_language(lang)
        names: list[str] = []
        for language_map in self.maps:
            if regex.fullmatch(language_map.pattern, tag, flags=REGEX_FLAGS):
                names.append(language_map.rules_name)
                if not self.cascade:
                    break
        return tuple(names)

    def rules_for(self, lang: str) -> tuple[BreakRule, ...]:
        """The ordered rules that segment text in ``lang``."""
        by_name = {language.name: language.rules for language in self.languages}
        return tuple(rule for name in self.rule_set_names(lang) for rule in by_name[name])

    def _compiled_for(self, lang: str) -> _CompiledRules:
        compiled = self._compiled.get(lang)
        if compiled is None:
            compiled = _compile_rules(self.rules_for(lang))
            self._compiled[lang] = compiled
        return compiled


def _compile_checked(source: str, what: str) -> regex.Pattern[str]:
    try:
        return regex.compile(source, REGEX_FLAGS)
    except regex.error as error:
        raise ValueError(f"{what}: {error}") from None


def _check_rule(rule_set: str, number: int, rule: BreakRule) -> None:
    where = f"rule {number} of {rule_set!r}"
    _compile_checked(rule.before, f"{where}, before-break pattern {rule.before!r}")
    _compile_checked(rule.after, f"{where}, after-break pattern {rule.after!r}")
    _compile_checked(_position_pattern(rule), f"{where}")


def _position_pattern(rule: BreakRule) -> str:
    return f"(?<={rule.before})(?={rule.after})"


def _compile_rules(rules: Sequence[BreakRule]) -> _CompiledRules:
    breaking = [_position_pattern(rule) for rule in rules if rule.breaks]
    if not breaking:
        return _CompiledRules(None, ())
    groups: list[tuple[list[str], bool]] = []
    for rule in rules:
        if groups and groups[-1][1] == rule.breaks:
            groups[-1][0].append(_position_pattern(rule))
        else:
            groups.append(([_position_pattern(rule)], rule.breaks))
    while groups[-1][1]:
        groups.pop()
        if not groups:
            break
    deciders = tuple(
        (regex.compile("|".join(patterns), REGEX_FLAGS), breaks) for patterns, breaks in groups
    )
    return _CompiledRules(regex.compile("|".join(breaking), REGEX_FLAGS), deciders)


# --- Character classes of the built-in rules -------------------------------------------------
# Written with \uXXXX escapes and without \s, \b or \w, whose meaning differs between Python
# and Java: exported as SRX, the rules then mean the same in a CAT tool.

# Exactly the characters Python's str.isspace() accepts, so that stripped sentences and the
# gaps between them agree with str.strip().
_SPACE_CHARS: Final = (
    r"\t\n\x0B\f\r\x1C-\x1F \x85\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
)
WS: Final = f"[{_SPACE_CHARS}]"
NON_WS: Final = f"[^{_SPACE_CHARS}]"
_LINE_BREAK: Final = r"(?:\r\n|[\n\r\x85\u2028\u2029])"
_INLINE_SPACE: Final = r"[\t\x0B\f\x1C-\x1F \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]"
_PARAGRAPH_BREAK: Final = f"{_LINE_BREAK}{_INLINE_SPACE}*+{_LINE_BREAK}|\\u2029"
_TERMINAL: Final = r"[.!?\u2026\u203C\u2047-\u2049]"  # . ! ? … ‼ ⁇ ⁈ ⁉
# Closing quotation marks and brackets that may follow the terminal punctuation.
_CLOSERS: Final = r"[\"'\u201D\u201C\u2019\u2018\u00BB\u00AB\u203A\u2039\u300D\u300F)\]]"
# Opening quotation marks, brackets and Spanish ¿ ¡ that may precede a sentence's first letter.
_OPENERS: Final = r"[\"'\u201C\u201E\u201F\u2018\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300E(\[\u00BF\u00A1]"
# Up to three closing marks after terminal punctuation, French style with a space before each.
_CLOSED: Final = f"(?:{_INLINE_SPACE}?{_CLOSERS}){{0,3}}"
_BULLETS: Final = r"[\u2022\u2023\u25E6\u25AA\u25CF\u25A0\u2043]"  # • ‣ ◦ ▪ ● ■ ⁃
_LIST_ITEM: Final = rf"(?:{_BULLETS}|[0-9]{{1,3}}[.)]{WS}|\p{{Ll}}\){WS}|[-\u2013\u2014]{WS})"
_FOOTNOTE: Final = r"(?:\[[0-9]{1,3}\]|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3})"
_NOT_WORD_BEFORE: Final = r"(?<![\p{L}\p{N}\-])"
_UPPER: Final = r"[\p{Lu}\p{Lt}]"


def _escape(word: str) -> str:
    return regex.sub(r"[.^$*+?{}\[\]\\|()\-]", r"\\\g<0>", word)


def _alternation(words: Sequence[str]) -> str:
    """Words, and their capitalised forms (they may open a sentence), longest first."""
    variants = set(words) | {word[:1].upper() + word[1:] for word in words}
    # Longest first, so that an alternative is never cut short by a prefix of itself.
    return "|".join(_escape(word) for word in sorted(variants, key=lambda w: (-len(w), w)))


def _language_rules(data: LanguageData) -> LanguageRules:
    """The rules of one language: where a period after a title or abbreviation ends nothing."""
    rules: list[BreakRule] = []
    if data.titles:
        rules.append(BreakRule(False, rf"{_NOT_WORD_BEFORE}(?:{_alternation(data.titles)})\."))
    # Abbreviations, single letters (initials, z. B., a.m.) and, where the language writes
    # them so, ordinal numbers end a sentence only before a sentence starter or a quotation.
    abbreviations = [_alternation(data.abbreviations)] if data.abbreviations else []
    abbreviations.append(r"\p{L}")
    if data.ordinal_numbers:
        abbreviations.append(r"(?<![0-9.,:])[0-9]{1,3}")
    starts_sentence = rf"{_OPENERS}"
    if data.sentence_starters:
        starter = f"(?:{_alternation(data.sentence_starters)})(?=[{_SPACE_CHARS},;:'\u2019])"
        starts_sentence = f"(?:{starter}|{_OPENERS})"
    rules.append(
        BreakRule(
            False,
            rf"{_NOT_WORD_BEFORE}(?:{'|'.join(abbreviations)})\.",
            rf"(?!{WS}++{starts_sentence})",
        )
    )
    return LanguageRules(data.name, tuple(rules))


# Breaks that hold whatever the language: paragraph breaks and list items on a new line.
_LAYOUT_RULES: Final = LanguageRules(
    "Layout",
    (
        BreakRule(True, NON_WS, f"{_INLINE_SPACE}*+(?:{_PARAGRAPH_BREAK})"),
        BreakRule(True, NON_WS, f"{_INLINE_SPACE}*+{_LINE_BREAK}{WS}*+{_LIST_ITEM}"),
    ),
)

# Rules for every language, after the language's own.
_COMMON_RULES: Final = LanguageRules(
    "Common",
    (
        # An omission mark: “Wir wollen […] Verträge.”
        BreakRule(False, r"[\[(](?:\u2026|\.\.\.)[\])]"),
        # The number of a list item: “1. Cut taxes. 2. Raise pensions.”
        BreakRule(
            False,
            rf"(?:(?:^|{_LINE_BREAK}){_INLINE_SPACE}{{0,8}}|[:{_TERMINAL[1:-1]}]{_CLOSED}{_INLINE_SPACE}{{1,8}})"
            r"[0-9]{1,3}\.",
        ),
        # Terminal punctuation, then space and the start of a sentence.
        BreakRule(
            True,
            f"{_TERMINAL}{_CLOSED}{_FOOTNOTE}?",
            f"{WS}++(?:{_OPENERS}{{0,3}}{WS}?{_UPPER}|{_LIST_ITEM})",
        ),
        # A missing space: “… the strike ends.Next week …” (but not “example.com”).
        BreakRule(True, r"\p{Ll}\p{Ll}[.!?]", r"\p{Lu}\p{Ll}"),
    ),
)

_KNOWN_CODES: Final = "|".join(sorted(LANGUAGES))


def _build_default_rules() -> SegmentationRules:
    languages = [_LAYOUT_RULES]
    maps = [LanguageMap(".*", _LAYOUT_RULES.name)]
    for code, data in LANGUAGES.items():
        languages.append(_language_rules(data))
        maps.append(LanguageMap(f"{code}(?:-.*)?", data.name))
    languages.append(_language_rules(GENERIC))
    maps.append(LanguageMap(f"(?!(?:{_KNOWN_CODES})(?:-|$)).*", GENERIC.name))
    languages.append(_COMMON_RULES)
    maps.append(LanguageMap(".*", _COMMON_RULES.name))
    return SegmentationRules(tuple(languages), tuple(maps), cascade=True)


_DEFAULT_RULES: Final = _build_default_rules()
for _code in (*LANGUAGES, GENERIC.code):
    _DEFAULT_RULES._compiled_for(_code)


def default_rules() -> SegmentationRules:
    """The built-in rules for en, de, fr, es, it, pt, nl, pl, ru and a generic fallback."""
    return _DEFAULT_RULES


# URLs, e-mail addresses and bare domain names (bbc.co.uk, example.com/news): never split.
# Each alternative can start only where the previous one could not continue, which keeps the
# scan linear even on adversarial input.
_TLDS: Final = (
    "com|org|net|edu|gov|mil|int|info|biz|name|io|co|ai|app|dev|news|online|tv|me|eu|uk|de|at|"
    "ch|fr|be|lu|es|it|pt|br|nl|pl|ru|ua|by|se|no|dk|fi|cz|sk|hu|ro|gr|tr|us|ca|au|nz|jp|cn|in"
)
_URL_CHAR: Final = "[^\\s<>\"\u201C\u201D\u00AB\u00BB]"
_LINKS: Final = regex.compile(
    rf"(?<![^\s<>\"\u201C\u201D\u00AB\u00BB(\[])(?:(?:https?|ftp)://|www\.){_URL_CHAR}*+"
    r"|(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]++@(?:[\p{L}\p{N}\-]++\.)+\p{L}{2,}+"
    rf"|(?<![\p{{L}}\p{{N}}.@/\-])(?:[\p{{L}}\p{{N}}\-]++\.)+(?:{_TLDS})(?![\p{{L}}\p{{N}}])"
    rf"(?:/{_URL_CHAR}*+)?",
    REGEX_FLAGS,
)


def _protected_spans(text: str, protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans no break may fall strictly inside."""
    length = len(text)
    spans = quoted_spans(text)
    spans.extend(match.span() for match in _LINKS.finditer(text))
    spans.extend(
        (max(0, start), min(length, end)) for start, end in protected if min(length, end) > max(0, start)
    )
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _break_positions(
    text: str, compiled: _CompiledRules, protected: Sequence[tuple[int, int]]
) -> list[int]:
    if compiled.candidates is None:
        return []
    candidates = [match.start() for match in compiled.candidates.finditer(text)]
    if not candidates:
        return []
    guard = _protected_spans(text, protected)
    breaks: list[int] = []
    g = 0
    for position in candidates:
        while g < len(guard) and guard[g][1] <= position:
            g += 1
        if g < len(guard) and guard[g][0] < position:
            continue
        for decider, breaks_here in compiled.deciders:
            if decider.match(text, position):
                if breaks_here:
                    breaks.append(position)
                break
        else:
            breaks.append(position)
    return breaks


def sentence_spans(
    text: str,
    lang: str,
    protected: Sequence[tuple[int, int]] = (),
    rules: SegmentationRules | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of each sentence; stripped of surrounding whitespace; in order; never splitting inside
    a quotation, inside any `protected` span (e.g. proper names found by the caller), a URL or an e-mail address.
    text[end_i:start_{i+1}] is whitespace only, text[:start_0] and text[end_last:] are whitespace only.

    ``lang`` is a BCP 47 or gettext code; ``rules`` replaces the built-in rules (for example
    rules loaded from an SRX file). Whitespace is what ``str.isspace`` accepts.
    """
    compiled = (rules or _DEFAULT_RULES)._compiled_for(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_break_positions(text, compiled, protected), len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(stripped)))
        start = end
    return spans


def split_sentences(text: str, lang: str) -> list[str]:
    """The pieces, joined with the whitespace between them, give back the input exactly.

    Each piece is a sentence stripped of surrounding whitespace, as located by
    :func:`sentence_spans`; whitespace before the first and after the last piece is not part
    of any piece.
    """
    return [text[start:end] for start, end in sentence_spans(text, lang)]
