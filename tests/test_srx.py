"""SRX 2.0 import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_segment import CASES
from test_segment_properties import texts

from syndicate.segment import (
    BreakRule,
    LanguageMap,
    LanguageRules,
    SegmentationRules,
    default_rules,
    sentence_spans,
)
from syndicate.srx import SrxError, export_srx, java_to_python_regex, load_srx

LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv"]

EXPORTED = export_srx(default_rules())
RELOADED = load_srx(EXPORTED)

# A small rule file as a CAT tool would write it, with Java regex features: \p{Lu},
# possessive quantifiers, \Q…\E, \x{…}, java… properties, inline flags, look-behind and
# class intersection.
HAND_WRITTEN = """<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes">
    <formathandle type="start" include="no"/>
    <formathandle type="end" include="yes"/>
    <formathandle type="isolated" include="yes"/>
  </header>
  <body>
    <languagerules>
      <languagerule languagerulename="German">
        <rule break="no">
          <beforebreak>\\b(?i)\\Qz.\\E</beforebreak>
          <afterbreak>\\s\\QB.\\E</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>\\b(?i)\\Qz.\\E\\s\\QB.\\E</beforebreak>
          <afterbreak>\\s</afterbreak>
        </rule>
        <rule break="no">
          <beforebreak>(?&lt;=\\s)[\\p{Lu}&amp;&amp;[^AEIOU]]\\.</beforebreak>
          <afterbreak>\\s++\\p{Lu}</afterbreak>
        </rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="no">
          <beforebreak>\\b(?:Dr|Prof)\\.</beforebreak>
          <afterbreak>\\s</afterbreak>
        </rule>
        <rule break="yes">
          <beforebreak>[.?!\\x{2026}]++</beforebreak>
          <afterbreak>\\s++[\\p{Lu}\\p{javaUpperCase}]</afterbreak>
        </rule>
        <rule>
          <beforebreak>;</beforebreak>
          <afterbreak>\\s</afterbreak>
        </rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="[Dd][Ee].*" languagerulename="German"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>
"""


def _sentences(text: str, lang: str, rules=None) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, lang, rules=rules)]


def test_export_is_srx_and_reloads_to_the_same_rules() -> None:
    assert EXPORTED.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert b'<srx xmlns="http://www.lisa.org/srx20" version="2.0">' in EXPORTED
    assert RELOADED == default_rules()
    assert export_srx(RELOADED) == EXPORTED


def test_round_trip_segments_the_corpus_identically() -> None:
    for _, lang, sentences in CASES:
        text = " ".join(sentences).replace("§", " ")
        assert sentence_spans(text, lang, rules=RELOADED) == sentence_spans(text, lang), text


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from(LANGUAGES))
def test_round_trip_segments_any_text_identically(text: str, lang: str) -> None:
    assert sentence_spans(text, lang, rules=RELOADED) == sentence_spans(text, lang)


def test_hand_written_file_with_java_features(tmp_path: Path) -> None:
    path = tmp_path / "rules.srx"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    rules = load_srx(path)
    assert rules.cascade
    assert rules.rule_set_names("de-AT") == ("German", "Default")
    assert rules.rule_set_names("en") == ("Default",)
    assert rules.rules_for("en")[-1] == BreakRule(True, ";", r"\s")  # break defaults to yes

    text = "Prof. Weber kam z. B. Aus Köln… Er blieb; bis Montag. Frau K. Ahrens widersprach."
    assert _sentences(text, "de", rules) == [
        "Prof. Weber kam z. B. Aus Köln…",
        "Er blieb;",
        "bis Montag.",
        "Frau K. Ahrens widersprach.",
    ]
    # The intersection [\p{Lu}&&[^AEIOU]] leaves vowels out: an “initial” A. breaks here.
    assert _sentences("Frau A. Ahrens kam.", "de", rules) == ["Frau A.", "Ahrens kam."]
    # English gets only the Default set, where z. B. is not an exception.
    assert _sentences("Sie kam z. B. Aus Köln.", "en", rules) == ["Sie kam z.", "B.", "Aus Köln."]


def test_loaded_rules_still_never_break_inside_quotations_or_links() -> None:
    rules = load_srx(HAND_WRITTEN.encode())
    text = "„Wir kämpfen. Wir siegen“, sagte er. Mehr auf www.Example.com. Danke."
    assert _sentences(text, "de", rules) == [
        "„Wir kämpfen. Wir siegen“, sagte er.",
        "Mehr auf www.Example.com.",
        "Danke.",
    ]


def test_rules_beyond_the_fast_path_still_decide() -> None:
    # Code points, inline flags and back-reference-free groups the trigger reader cannot
    # narrow down are tried at every position instead.
    rules = SegmentationRules(
        (
            LanguageRules(
                "Odd",
                (
                    BreakRule(True, r"\U00002026", r"\s"),
                    BreakRule(True, r"(?i)end", r"\s"),
                    BreakRule(True, "", r"(?=\s*+§)"),
                ),
            ),
        ),
        (LanguageMap(".*", "Odd"),),
    )
    text = "one… two END three § four"
    assert _sentences(text, "xx", rules) == ["one…", "two END", "three", "§ four"]


def test_numbered_back_references_are_refused() -> None:
    with pytest.raises(ValueError, match="back-references"):
        SegmentationRules((LanguageRules("X", (BreakRule(True, r"(a)\1"),)),), ())


def test_cascade_off_applies_only_the_first_matching_map() -> None:
    rules = load_srx(HAND_WRITTEN.replace('cascade="yes"', 'cascade="no"').encode())
    assert rules.rule_set_names("de") == ("German",)
    assert _sentences("Er kam. Sie ging.", "de", rules) == ["Er kam. Sie ging."]


@pytest.mark.parametrize(
    ("java", "python"),
    [
        (r"\Qa.b*\E", r"a\.b\*"),
        (r"\x{2026}", r"\U00002026"),
        (r"\p{javaLowerCase}\P{javaUpperCase}", r"\p{Ll}\P{Lu}"),
        (r"(?iU)x(?U:y)", r"(?i)x(?:y)"),
        (r"\v", r"[\n\x0B\f\r\x85\u2028\u2029]"),
        (r"\cA\e", r"\x01\x1B"),
        (r"\p{Lu}++\.(?<=\s\S{1,3})", r"\p{Lu}++\.(?<=\s\S{1,3})"),
        (r"\\Q", r"\\Q"),
    ],
)
def test_java_regex_translation(java: str, python: str) -> None:
    assert java_to_python_regex(java) == python


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"<not-xml", "not a readable SRX document"),
        (b"<rules/>", "root element is <rules>"),
        (b'<srx version="2.0"><header/></srx>', "no <body>"),
        (
            b'<srx><body><languagerules><languagerule languagerulename="X"><rule>'
            b"<beforebreak>(</beforebreak></rule></languagerule></languagerules></body></srx>",
            "rule 1 of 'X'",
        ),
        (
            b'<srx><body><maprules><languagemap languagepattern=".*" languagerulename="Nope"/>'
            b"</maprules></body></srx>",
            "undefined rule sets: Nope",
        ),
        (
            b'<srx><body><languagerules><languagerule languagerulename="X">'
            b'<rule break="maybe"/></languagerule></languagerules></body></srx>',
            "expected yes or no",
        ),
    ],
)
def test_bad_documents_are_reported(document: bytes, message: str) -> None:
    with pytest.raises(SrxError, match=message):
        load_srx(document)


def test_entities_are_neither_expanded_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("leaked")
    document = (
        f'<!DOCTYPE srx [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<srx><body><languagerules><languagerule languagerulename="X"><rule>'
        "<beforebreak>&x;</beforebreak></rule></languagerule></languagerules></body></srx>"
    ).encode()
    with pytest.raises(SrxError, match="plain text"):
        load_srx(document)


def test_the_built_in_rules_compile() -> None:
    # Checked here rather than at every start of the command line.
    default_rules().check_patterns()


def test_rules_built_in_code_say_which_rule_does_not_compile() -> None:
    rules = SegmentationRules((LanguageRules("X", (BreakRule(True, "a"), BreakRule(True, "(b"))),), (LanguageMap(".*", "X"),))
    with pytest.raises(ValueError, match="rule 2 of 'X'"):
        _sentences("a b. c", "en", rules)
