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

Performance: each breaking rule yields a one-character *trigger* (the character its
``before`` must end with, or its ``after`` must start with); one scan with Python's ``re``
finds the trigger positions, and only there is one compiled alternation of all the rules
tried, whose first matching alternative is the first matching rule. Built-in rules use bounded
look-behind and possessive repeats, so time is linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from syndicate.quotes import merge_spans, quoted_spans
from syndicate.segment_data import (
    GENERIC,
    INLINE_SPACE_CHARS,
    LANGUAGES,
    LINE_BREAK,
    SPACE_CHARS,
    LanguageData,
    normalise_language,
)

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
_REGEX_FLAGS: Final = regex.V1


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
    # Where some breaking rule may match (see _trigger): the character just before such a
    # position (`before_triggers`) or just after it (`after_triggers`).
    before_triggers: re.Pattern[str] | regex.Pattern[str] | None
    after_triggers: re.Pattern[str] | regex.Pattern[str] | None
    # Breaking rules without an evident trigger, tried at every position.
    full_scan: regex.Pattern[str] | None
    # All rules in order, as one alternation whose first matching alternative is the first
    # matching rule; an empty group closing each alternative tells which rule it was.
    decide: regex.Pattern[str]
    breaks_by_group: dict[str | None, bool]
    # The same alternation after a given character, without the rules that cannot match there
    # (those whose `before` must end with another character).
    decide_after: dict[str, regex.Pattern[str]]

    def candidates(self, text: str) -> list[int]:
        """Positions, in order, where some breaking rule may match (and more)."""
        found: list[int] = []
        if self.before_triggers is not None:
            found = [match.end() for match in self.before_triggers.finditer(text)]
        for scan in (self.after_triggers, self.full_scan):
            if scan is not None:
                more = [match.start() for match in scan.finditer(text)]
                if more:
                    found = sorted(set(found).union(more)) if found else more
        return found



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
                _check_back_references(language.name, number, rule)
        for language_map in self.maps:
            _compile_checked(language_map.pattern, f"language pattern {language_map.pattern!r}")

    def check_patterns(self) -> None:
        """Raise ValueError naming the first rule whose patterns do not compile. Rules read
        from a file are checked as they are read; the built-in ones are checked by the tests
        rather than at every start (compiling each on its own takes a tenth of a second)."""
        for language in self.languages:
            for number, rule in enumerate(language.rules, start=1):
                _check_rule(language.name, number, rule)

    def rule_set_names(self, lang: str) -> tuple[str, ...]:
        """Names of the rule sets that apply to ``lang``, in the order they apply."""
        tag = normalise_language(lang)
        names: list[str] = []
        for language_map in self.maps:
            if regex.fullmatch(language_map.pattern, tag, flags=_REGEX_FLAGS):
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
            try:
                compiled = _compile_rules(self.rules_for(lang))
            except regex.error:
                self.check_patterns()  # says which rule is wrong
                raise
            self._compiled[lang] = compiled
        return compiled


def _compile_checked(source: str, what: str) -> regex.Pattern[str]:
    try:
        return regex.compile(source, _REGEX_FLAGS)
    except regex.error as error:
        raise ValueError(f"{what}: {error}") from None


# Rules are combined into alternations, which renumbers their groups.
_NUMBERED_BACKREFERENCE: Final = regex.compile(r"(?<!\\)(?:\\\\)*\\[1-9]")


def _check_back_references(rule_set: str, number: int, rule: BreakRule) -> None:
    for pattern in (rule.before, rule.after):
        if _NUMBERED_BACKREFERENCE.search(pattern):
            raise ValueError(f"rule {number} of {rule_set!r}: numbered back-references are not supported, name the group")


def _check_rule(rule_set: str, number: int, rule: BreakRule) -> None:
    where = f"rule {number} of {rule_set!r}"
    try:
        regex.compile(_position_pattern(rule), _REGEX_FLAGS)
    except regex.error:
        # Say which of the two patterns is wrong.
        _compile_checked(rule.before, f"{where}, before-break pattern {rule.before!r}")
        _compile_checked(rule.after, f"{where}, after-break pattern {rule.after!r}")
        _compile_checked(_position_pattern(rule), where)


def _position_pattern(rule: BreakRule) -> str:
    return f"(?<={rule.before})(?={rule.after})"


@dataclass(frozen=True)
class _Trigger:
    character: str  # a one-character regex
    before: bool  # the character stands just before the position, else just after it
    next_character: str | None  # what must follow a `before` character, if known
    plain: bool  # Python's `re` reads both regexes as `regex` does


def _trigger(rule: BreakRule) -> _Trigger | None:
    """Cheap one-character regexes for where ``rule`` may match; None when nothing evident
    narrows it down.

    Most break rules need a particular character just before the position (the ``.`` of
    ``[.!?]``) or just after it (a space). Scanning for that character lets the regex engine
    skip ahead instead of trying look-behinds at every position; the rule itself is then
    checked only where the trigger matched. A trigger may match more than the rule needs,
    never less. Python's `re` scans several times faster than `regex`, so letter properties
    are widened to "any letter" to keep a trigger readable by `re`.
    """
    last = _valid(_edge_character(rule.before, from_end=True))
    first = _valid(_edge_character(rule.after, from_end=False))
    if last is None:
        if first is None:
            return None
        plain_first = _plain_superset(first)
        return _Trigger(plain_first or first, False, None, plain=plain_first is not None)
    plain_last = _plain_superset(last)
    if plain_last is None:
        return _Trigger(last, True, first, plain=False)
    plain_first = _plain_superset(first) if first else None
    return _Trigger(plain_last, True, plain_first, plain=True)


def _valid(character: str | None) -> str | None:
    """The edge character if it compiles: the pattern reader is simple, the rule is the truth."""
    if character is None:
        return None
    try:
        regex.compile(character, _REGEX_FLAGS)
    except regex.error:
        return None
    return character


# A one-character regex Python's `re` reads as `regex` does: a flat class or a character, with
# no property, shorthand or nested-set syntax.
_PLAIN_CHARACTER: Final = regex.compile(
    r"\[(?:[^\\\[\]]|\\[^A-Za-z0-9]|\\[ntrfv]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})+\]"
    r"|[^\\\[\](){}|.^$*+?]|\\[^A-Za-z0-9]|\\[ntrfv]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}"
)
# In a VERSION1 class these are set operations; in Python's `re`, plain characters.
_SET_OPERATORS: Final = ("--", "&&", "||", "~~")
_LETTER_PROPERTIES: Final = frozenset({r"\p{L}", r"\p{Lu}", r"\p{Ll}", r"\p{Lt}", r"[\p{Lu}\p{Lt}]"})
_ANY_LETTER: Final = r"[^\W\d_]"


def _plain_superset(character: str) -> str | None:
    """``character`` in a form `re` reads alike, or widened to any letter; None if neither."""
    if _PLAIN_CHARACTER.fullmatch(character) and not any(
        operator in character for operator in _SET_OPERATORS
    ):
        return character
    return _ANY_LETTER if character in _LETTER_PROPERTIES else None


_ZERO_WIDTH_ESCAPES: Final = frozenset("bBAZzG")
_UNSUPPORTED_ESCAPES: Final = frozenset("QEkRXN0123456789")
_QUANTIFIER: Final = regex.compile(r"(?:[*+?]|\{([0-9]*)(?:,[0-9]*)?\})[+?]?")


@dataclass(frozen=True)
class _Atom:
    text: str  # a one-character regex, or a whole group
    kind: str  # "char", "group" (text is the group's body), "zero" (consumes nothing) or "alt"
    minimum: int = 1  # fewest repetitions the quantifier allows


def _atoms(pattern: str) -> list[_Atom] | None:
    """Top-level atoms of a pattern, or None where the pattern is beyond this simple reader."""
    atoms: list[_Atom] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            escape = pattern[i + 1 : i + 2]
            if not escape or escape in _UNSUPPORTED_ESCAPES:
                return None
            end = i + 2
            if escape in "pP" and pattern[end : end + 1] == "{":
                end = pattern.find("}", end) + 1
                if end == 0:
                    return None
            elif escape == "u":
                end += 4
            elif escape == "U":
                end += 8
            elif escape == "x":
                end = pattern.find("}", end) + 1 if pattern[end : end + 1] == "{" else end + 2
            atom = _Atom(pattern[i:end], "zero" if escape in _ZERO_WIDTH_ESCAPES else "char")
            i = end
        elif char == "[":
            class_end = _class_end(pattern, i)
            if class_end is None:
                return None
            atom, i = _Atom(pattern[i:class_end], "char"), class_end
        elif char == "(":
            group_end = _group_end(pattern, i)
            if group_end is None:
                return None
            group = pattern[i:group_end]
            if group.startswith(("(?=", "(?!", "(?<=", "(?<!")):
                atom = _Atom(group, "zero")
            else:
                body = regex.match(r"\((?:\?:|\?>|\?P?<[A-Za-z_][A-Za-z0-9_]*>|(?!\?))", group)
                if body is None:
                    return None  # inline flags and other constructs
                atom = _Atom(group[body.end() : -1], "group")
            i = group_end
        elif char in "^$":
            atom, i = _Atom(char, "zero"), i + 1
        elif char == "|":
            atom, i = _Atom(char, "alt"), i + 1
        elif char in "*+?{":
            return None
        else:
            atom, i = _Atom(regex.escape(char) if char != "." else char, "char"), i + 1
        quantifier = _QUANTIFIER.match(pattern, i)
        if quantifier:
            i = quantifier.end()
            text = quantifier.group()
            minimum = 1 if text[0] == "+" else 0 if text[0] in "*?" else int(quantifier.group(1) or 0)
            atom = _Atom(atom.text, atom.kind, minimum)
        atoms.append(atom)
    return atoms


def _class_end(pattern: str, start: int) -> int | None:
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            depth += 1
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # a ] right after [ or [^ is literal
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _group_end(pattern: str, start: int) -> int | None:
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            end = _class_end(pattern, i)
            if end is None:
                return None
            i = end
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _edge_character(pattern: str, from_end: bool) -> str | None:
    """A one-character regex that every match of ``pattern`` starts (or ends) with, if evident.

    Optional atoms at the edge add their own characters, up to the first mandatory atom:
    ``[.!?]["”]{0,3}`` ends with ``(?:["”]|[.!?])``. An empty match gives None.
    """
    atoms = _atoms(pattern)
    if atoms is None:
        return None
    alternatives: list[list[_Atom]] = [[]]
    for atom in atoms:
        if atom.kind == "alt":
            alternatives.append([])
        else:
            alternatives[-1].append(atom)
    edges: list[str] = []
    for alternative in alternatives:
        consuming = [atom for atom in alternative if atom.kind != "zero"]
        for atom in reversed(consuming) if from_end else consuming:
            edge = atom.text if atom.kind == "char" else _edge_character(atom.text, from_end)
            if edge is None:
                return None
            edges.append(edge)
            if atom.minimum >= 1:
                break
        else:
            return None  # the alternative can match the empty string
    unique = list(dict.fromkeys(edges))
    return unique[0] if len(unique) == 1 else _union(unique)


def _union(characters: list[str]) -> str:
    """One character class for several one-character regexes, which the regex engine can scan
    for much faster than for an alternation; the alternation where they do not merge."""
    members = []
    for character in characters:
        if character.startswith("[") and not character.startswith("[^"):
            members.append(character[1:-1])
        elif character == "." or "[" in character or character.startswith("("):
            return f"(?:{'|'.join(characters)})"
        else:
            members.append(character)
    merged = f"[{''.join(members)}]"
    # Joined members could spell a set operation of nested-set syntax (a--b, a&&b, a||b, a~~b).
    if any(operator in merged for operator in _SET_OPERATORS):
        return f"(?:{'|'.join(characters)})"
    return merged


def _compile_rules(rules: Sequence[BreakRule]) -> _CompiledRules:
    triggers: list[_Trigger] = []
    untriggered: list[str] = []
    for rule in rules:
        if rule.breaks:
            trigger = _trigger(rule)
            if trigger is None:
                untriggered.append(_position_pattern(rule))
            else:
                triggers.append(trigger)
    alternatives = [
        f"{_position_pattern(rule)}(?P<syndicate_rule_{number}>)" for number, rule in enumerate(rules)
    ]
    before = [trigger for trigger in triggers if trigger.before]
    return _CompiledRules(
        before_triggers=_compile_triggers(before),
        after_triggers=_compile_triggers([trigger for trigger in triggers if not trigger.before]),
        full_scan=regex.compile("|".join(untriggered), _REGEX_FLAGS) if untriggered else None,
        decide=_compile_alternatives(alternatives),
        breaks_by_group={f"syndicate_rule_{n}": rule.breaks for n, rule in enumerate(rules)},
        decide_after=_decide_after(rules, alternatives, _trigger_characters(before)),
    )


def _compile_alternatives(alternatives: Sequence[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(alternatives) or "(?!)", _REGEX_FLAGS)


# Every character of the Basic Multilingual Plane, to list the characters a trigger consumes.
_BMP: Final = "".join(map(chr, range(0x10000)))


def _decide_after(
    rules: Sequence[BreakRule], alternatives: Sequence[str], trigger_characters: str | None
) -> dict[str, regex.Pattern[str]]:
    """For each character a before-trigger consumes (if there are few), the decision regex of
    the rules that can match after it."""
    if trigger_characters is None:
        return {}
    characters = set(regex.findall(trigger_characters, _BMP, flags=_REGEX_FLAGS))
    if len(characters) > 256:
        return {}
    last_characters = [
        regex.compile(last, _REGEX_FLAGS) if last is not None else None
        for last in (_edge_character(rule.before, from_end=True) for rule in rules)
    ]
    by_kept: dict[tuple[int, ...], regex.Pattern[str]] = {}
    decide_after: dict[str, regex.Pattern[str]] = {}
    for character in characters:
        kept = tuple(
            number
            for number, last in enumerate(last_characters)
            if last is None or last.fullmatch(character)
        )
        if kept not in by_kept:
            by_kept[kept] = _compile_alternatives([alternatives[number] for number in kept])
        decide_after[character] = by_kept[kept]
    return decide_after


def _trigger_characters(triggers: list[_Trigger]) -> str | None:
    """A one-character regex for any of the triggers' characters."""
    return _union(list(dict.fromkeys(t.character for t in triggers))) if triggers else None


def _compile_triggers(triggers: list[_Trigger]) -> re.Pattern[str] | regex.Pattern[str] | None:
    """One regex that consumes any trigger character.

    Before-triggers read ``[all characters](?:(?<=[.!?])(?=\\s)|…)``: leading with one class
    lets the engine skip ahead fast, the look-arounds then tell whose trigger it is.
    """
    characters = _trigger_characters(triggers)
    if characters is None:
        return None
    checks = sorted(
        {
            f"(?<={t.character})" + (f"(?={t.next_character})" if t.next_character else "")
            for t in triggers
            if t.before
        }
    )
    pattern = f"{characters}(?:{'|'.join(checks)})" if checks else characters
    if all(trigger.plain for trigger in triggers):
        return re.compile(pattern)
    return regex.compile(pattern, _REGEX_FLAGS)


# --- Character classes of the built-in rules -------------------------------------------------
# Written with \uXXXX escapes and without \s, \b or \w, whose meaning differs between Python
# and Java: exported as SRX, the rules then mean the same in a CAT tool.

_WS: Final = f"[{SPACE_CHARS}]"
_INLINE_SPACE: Final = f"[{INLINE_SPACE_CHARS}]"
# . ! ? … ‼ ⁇ ⁈ ⁉, the Arabic question mark ؟, Urdu's full stop ۔, the Devanagari danda । ॥
# and the ideographic full stop and full-width ！ ？ of Chinese and Japanese.
_TERMINAL: Final = r"[.!?\u2026\u203C\u2047-\u2049\u061F\u06D4\u0964\u0965\u3002\uFF01\uFF1F]"
# Chinese and Japanese end a sentence with these and start the next without a space.
_IDEOGRAPHIC_TERMINAL: Final = r"[\u3002\uFF01\uFF1F]"
# Closing quotation marks and brackets that may follow the terminal punctuation.
_CLOSERS: Final = r"[\"'\u201D\u201C\u2019\u2018\u00BB\u00AB\u203A\u2039\u300D\u300F)\]\uFF09]"
# Opening quotation marks, brackets and Spanish ¿ ¡ that may precede a sentence's first letter.
_OPENERS: Final = (
    r"[\"'\u201C\u201E\u201F\u2018\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300E(\[\u00BF\u00A1]"
)
# Up to three closing marks after terminal punctuation, French style with a space before each.
_CLOSED: Final = f"(?:{_CLOSERS}|{_INLINE_SPACE}{_CLOSERS}){{0,3}}"
# Opening quotation marks and Spanish ¿ ¡ (not brackets: “5 mar. (EFE)” goes on).
_QUOTE_OPENERS: Final = (
    r"[\"'\u201C\u201E\u201F\u2018\u201A\u201B\u00AB\u00BB\u2039\u203A\u300C\u300E\u00BF\u00A1]"
)
_BULLETS: Final = r"[\u2022\u2023\u25E6\u25AA\u25CF\u25A0\u2043]"  # • ‣ ◦ ▪ ● ■ ⁃
_LIST_ITEM: Final = rf"(?:{_BULLETS}|[0-9]{{1,3}}[.)]{_WS}|\p{{Ll}}\){_WS}|[-\u2013\u2014]{_WS})"
_FOOTNOTE: Final = r"(?:\[[0-9]{1,3}\]|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3})"
_NOT_WORD_BEFORE: Final = r"(?<![\p{L}\p{N}\-])"
# What a sentence starts with: a capital, or any letter of a script without case (Arabic,
# Hebrew, Devanagari, Thai, Hangul, Han, Kana …), where no capital marks the start.
_UPPER: Final = r"[\p{Lu}\p{Lt}\p{Lo}]"


def _escape(word: str) -> str:
    return regex.sub(r"[.^$*+?{}\[\]\\|()\-]", r"\\\g<0>", word)


def _alternation(words: Sequence[str], from_end: bool) -> str:
    """A regex for the words and their capitalised forms (they may open a sentence).

    The words are grouped as a trie by their last letters (``from_end``, for look-behinds,
    which match right to left) or by their first letters (for look-aheads), so that the regex
    engine discards most words after comparing one letter.
    """
    variants = set(words) | {word[:1].upper() + word[1:] for word in words}
    return _trie(variants, from_end)


def _trie(words: set[str], from_end: bool) -> str:
    optional = "" in words
    branches: dict[str, set[str]] = {}
    for word in words - {""}:
        edge, rest = (word[-1], word[:-1]) if from_end else (word[0], word[1:])
        branches.setdefault(edge, set()).add(rest)
    parts = []
    for edge, rests in sorted(branches.items()):
        inner = _trie(rests, from_end)
        parts.append(inner + _escape(edge) if from_end else _escape(edge) + inner)
    if not parts:
        return ""
    if len(parts) == 1 and len(parts[0]) == 1:
        body = parts[0]
    elif all(len(rests) == 1 and "" in rests for rests in branches.values()):
        body = f"[{''.join(parts)}]"  # single characters: a class is the fastest alternation
    else:
        body = f"(?:{'|'.join(parts)})"
    return f"{body}?" if optional else body


def _language_rules(data: LanguageData) -> LanguageRules:
    """The rules of one language: where a period after a title or abbreviation ends nothing."""
    rules: list[BreakRule] = []
    if data.titles:
        titles = _alternation(data.titles, from_end=True)
        # Also the second part of a compound title: Dipl.-Ing., Dr.-Ing.
        rules.append(BreakRule(False, rf"(?:{_NOT_WORD_BEFORE}|(?<=\.-)){titles}\."))
    # Two or more initials after a lower-case word lead into the surname (de J. M. G. Le
    # Clézio), even when it looks like a sentence starter.
    rules.append(BreakRule(
        False, rf"(?<!\p{{L}})\p{{Ll}}\p{{L}}{{0,24}}{_INLINE_SPACE}{{1,3}}(?:{_UPPER}\.{_INLINE_SPACE}{{1,3}}){{1,5}}{_UPPER}\.", _WS
    ))
    if data.closing_abbreviations:
        # An abbreviation that closes an enumeration ends the sentence before a capital.
        closing = _alternation(data.closing_abbreviations, from_end=True)
        rules.append(BreakRule(True, rf"{_NOT_WORD_BEFORE}{closing}\.", _SENTENCE_START))
    if data.clock_abbreviations:
        # Not after a time that opens its sentence (`By 6 p.m. Biden had conceded`), and only
        # before a capitalised word and a lower-case one, as a sentence opens (`Trading was`):
        # not before a name (`President Biden`, `New York time`) nor a city's time (`Washington time`).
        clock = _alternation(data.clock_abbreviations, from_end=True)
        followers = _alternation(data.after_clock, from_end=False)
        openers = _alternation(data.clock_openers, from_end=True)
        rules.append(BreakRule(
            True,
            rf"(?<![0-9:.])(?<!{_NOT_WORD_BEFORE}(?:{openers}){_INLINE_SPACE})[0-9]{{1,2}}(?:[:.][0-9]{{2}})?{_INLINE_SPACE}?+{clock}\.",
            rf"(?!{_WS}++(?:{followers})(?![\p{{L}}\p{{N}}]))"
            rf"(?={_WS}++(?:{_UPPER}[\p{{L}}'\u2019-]*+{_INLINE_SPACE}++(?!time(?!\p{{L}}))\p{{Ll}}|{_OPENERS}{{1,3}}{_WS}?{_UPPER}))",
        ))
    # Abbreviations, single letters (initials, z. B., a.m.) and, where the language writes
    # them so, ordinal numbers end a sentence only before a sentence starter or a quotation.
    # A listed abbreviation right after a period is the end of a domain name (example.pl.).
    abbreviations = [rf"(?<!\.){_alternation(data.abbreviations, from_end=True)}"] if data.abbreviations else []
    abbreviations.append(r"\p{L}")
    if data.ordinal_numbers:
        abbreviations.append(r"(?<![0-9.,:])[0-9]{1,3}")
    starts_sentence = _QUOTE_OPENERS
    if data.sentence_starters:
        starters = _alternation(data.sentence_starters, from_end=False)
        starter = f"{starters}(?=[{SPACE_CHARS},;:'\u2019])"
        starts_sentence = f"(?:{starter}|{_QUOTE_OPENERS})"
    rules.append(
        BreakRule(
            False,
            rf"{_NOT_WORD_BEFORE}(?:{'|'.join(abbreviations)})\.",
            rf"(?!{_WS}++{starts_sentence})",
        )
    )
    if data.reporting_verbs:
        # A quoted question or exclamation, then a name and a reporting verb, is one
        # sentence: “Why now?” Mayor Vos asked. (A lower-case verb never starts a sentence.)
        verbs = "|".join(_escape(verb).replace(" ", f"{_INLINE_SPACE}++") for verb in data.reporting_verbs)
        rules.append(
            BreakRule(
                False,
                rf"[?!\u2026]{_INLINE_SPACE}?{_CLOSERS}",
                rf"{_WS}++(?:{_UPPER}[\p{{L}}'\u2019.\-]*+{_INLINE_SPACE}++){{1,3}}(?:{verbs})(?!\p{{L}})",
            )
        )
    return LanguageRules(data.name, tuple(rules))


# Breaks that hold whatever the language: at a paragraph break (a blank line or U+2029) and
# before a list item that starts a new line. The break falls after the first line break (the
# whitespace around it is stripped anyway), so that the rule has a character to look for.
_LAYOUT_RULES: Final = LanguageRules(
    "Layout",
    (
        BreakRule(
            True,
            LINE_BREAK,
            f"{_INLINE_SPACE}*+{LINE_BREAK}|(?<=\\u2029)|{_WS}*+{_LIST_ITEM}",
        ),
        # A headline on the first line, with no final punctuation, above the text that
        # starts on the next line with a capital or a quotation mark.
        BreakRule(
            True,
            f"\\A[^\\r\\n.!?\\u2026]{{1,160}}{LINE_BREAK}",
            f"{_INLINE_SPACE}*+(?:{_UPPER}|{_OPENERS})",
        ),
    ),
)

# Space, then what a sentence may start with; the most frequent case is tried first. A
# number is not taken for a list item here (“… in der Bahnhofstr. 4. Das …”): numbered items
# break only at the start of a line.
_SENTENCE_START: Final = (
    rf"{_WS}++(?:{_UPPER}|{_OPENERS}{{1,3}}{_WS}?{_UPPER}|{_BULLETS}|\p{{Ll}}\){_WS})"
)
# Rules for every language, after the language's own.
_COMMON_RULES: Final = LanguageRules(
    "Common",
    (
        # An omission mark: “Wir wollen […] Verträge.”
        BreakRule(False, r"[\[(](?:\u2026|\.\.\.)[\])]"),
        # The number of a list item: at the start of a line or after a colon, and a single
        # digit after a sentence (“The goals: 1. Cut taxes. 2. Raise pensions.”), which is
        # not a sentence of its own (but “… at 10. Then …” ends one).
        BreakRule(
            False,
            rf"(?:(?:^|{LINE_BREAK}){_INLINE_SPACE}{{0,8}}[0-9]{{1,3}}"
            rf"|:{_INLINE_SPACE}{{1,8}}[0-9]{{1,3}}"
            rf"|{_TERMINAL}{_CLOSED}{_INLINE_SPACE}{{1,8}}[1-9])\.",
        ),
        # Terminal punctuation, then space and the start of a sentence; the same after a
        # footnote mark (“… passed.[1] It …”).
        BreakRule(True, f"{_TERMINAL}{_CLOSED}", _SENTENCE_START),
        BreakRule(True, f"{_TERMINAL}{_CLOSED}{_FOOTNOTE}", _SENTENCE_START),
        # Chinese and Japanese: no space after the full stop. One that closes a quotation
        # goes on with who said it (「…。」と述べた, “…。”他说), so only a bare one breaks.
        BreakRule(True, _IDEOGRAPHIC_TERMINAL, rf"(?!{_CLOSERS}|{_TERMINAL})\S"),
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


@functools.cache
def default_rules() -> SegmentationRules:
    """The built-in rules for en, de, fr, es, it, pt, nl, pl, ru and a generic fallback.

    Built on first use and compiled per language as languages are met: a run that never
    segments (a build) does not pay for it.
    """
    return _build_default_rules()


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
    _REGEX_FLAGS,
)


_QUOTE_MARK: Final = re.compile(r"[\"'“”„‟‘’‚‛«»‹›「」『』]")


def _break_positions(
    text: str, compiled: _CompiledRules, protected: Sequence[tuple[int, int]]
) -> list[int]:
    decide, decide_after = compiled.decide, compiled.decide_after
    breaks_by_group = compiled.breaks_by_group
    breaks = []
    for position in compiled.candidates(text):
        rules = decide_after.get(text[position - 1], decide) if position else decide
        match = rules.match(text, position)
        if match is not None and breaks_by_group[match.lastgroup]:
            breaks.append(position)
    if not breaks:
        return []
    length = len(text)
    # A quotation that holds a break opens before it. Quoted spans come sorted and disjoint.
    guard = quoted_spans(text) if _QUOTE_MARK.search(text, 0, breaks[-1]) else []
    more: list[tuple[int, int]] = [
        (max(0, start), min(length, end))
        for start, end in protected
        if min(length, end) > max(0, start)
    ]
    # A link holds no whitespace, so only a break with no space on either side can fall
    # inside one: most texts never need the link scan.
    if any(p < length and not text[p].isspace() and not text[p - 1].isspace() for p in breaks):
        more.extend(match.span() for match in _LINKS.finditer(text))
    if more:
        guard = merge_spans(guard + more)
    if not guard:
        return breaks
    allowed: list[int] = []
    g = 0
    for position in breaks:
        while g < len(guard) and guard[g][1] <= position:
            g += 1
        if g == len(guard) or guard[g][0] >= position:
            allowed.append(position)
    return allowed


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
    compiled = (rules or default_rules())._compiled_for(lang)
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_break_positions(text, compiled, protected), len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            left = start if stripped[0] == piece[0] else start + piece.index(stripped)
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
