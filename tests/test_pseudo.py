"""Pseudo-localisation: accented, longer, bracketed text that keeps whatever the build needs."""

from __future__ import annotations

import datetime as dt
import string

import polib
import pytest
from babel.messages.plurals import get_plural
from hypothesis import given
from hypothesis import strategies as st

from conftest import msgfmt_check
from syndicate.build import build
from syndicate.catalog import FUZZY, Catalog, Message
from syndicate.check import check_workspace, publish_errors
from syndicate.extract import extract
from syndicate.ids import PSEUDO_LOCALES, bcp47, gettext_code, parse_locale
from syndicate.localise import check_translation
from syndicate.model import Placeholder, Unit
from syndicate.pseudo import STYLES, fill_pseudo_locale, pseudo_catalog, pseudo_translate
from syndicate.quotes import find_quotations
from syndicate.workspace import Workspace

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)


def unit(msgid: str, *names: str) -> Unit:
    return Unit(msgid, "paragraph", 0, 1, placeholders=tuple(Placeholder(name, name.replace("_", " ")) for name in names))


# -- pseudo_translate ---------------------------------------------------------------------

def test_accented_expanded_and_bracketed():
    assert pseudo_translate("The strike ends.") == "[~~~ Ţĥé šţŕíķé éñðš.]"


def test_expands_by_about_a_third():
    msgid = "EU transport ministers meet on Friday to discuss the strike in the port of Rotterdam."
    assert 1.3 <= len(pseudo_translate(msgid)) / len(msgid) <= 1.4


def test_keeps_placeholders_literal_braces_numbers_and_links():
    msgid = "{Maria_Costa} counts {{about}} 1,200 boxes at 9:30 a.m., see www.port.example/strike or ask press@port.example."
    result = pseudo_translate(msgid)
    for kept in ("{Maria_Costa}", "{{", "}}", "1,200", "9:30 a.m.", "www.port.example/strike", "press@port.example"):
        assert kept in result
    assert "áƀóúţ" in result  # inside literal braces is text, and translated
    assert check_translation(unit(msgid, "Maria_Costa"), result) == []


def test_keeps_quotation_marks_paired_and_apostrophes_apostrophes():
    msgid = "“We are not asking for the moon,” the dockers’ leader said of rock 'n' roll and O'Brien."
    result = pseudo_translate(msgid)
    assert [(quote.open_mark, quote.close_mark) for quote in find_quotations(result)] == [("“", "”")]
    assert check_translation(unit(msgid), result) == []


def test_keeps_surrounding_whitespace_outside_the_brackets():
    assert pseudo_translate("  Go \n") == "  [~ Ĝó] \n"
    assert pseudo_translate("") == ""


def test_bidi_forces_words_right_to_left_and_keeps_the_rest():
    result = pseudo_translate("{Costa} said “no” at 6 p.m.", "bidi")
    assert result == "{Costa} \u200f\u202esaid\u202c\u200f “\u200f\u202eno\u202c\u200f” \u200f\u202eat\u202c\u200f 6 p.m."
    assert check_translation(unit("{Costa} said “no” at 6 p.m.", "Costa"), result) == []


@given(st.lists(st.sampled_from(["{name_1}", "{{", "}}", "“", "”", "1,5", " ", "a", "Z", ".", "'", "x y"]), max_size=20))
def test_whatever_the_msgid_placeholders_and_quotes_survive(pieces):
    msgid = "".join(pieces)
    for style in STYLES.values():
        result = pseudo_translate(msgid, style)
        fields = lambda text: sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
        try:
            expected = fields(msgid)
        except ValueError:
            continue  # not a valid brace-format msgid; extract never makes one
        assert fields(result) == expected
        assert [(q.open_mark, q.close_mark, q.depth) for q in find_quotations(result)] == [
            (q.open_mark, q.close_mark, q.depth) for q in find_quotations(msgid)
        ]
        assert "".join(char for char in result if char.isdigit()) == "".join(char for char in msgid if char.isdigit())


# -- pseudo_catalog -----------------------------------------------------------------------

@pytest.mark.parametrize("tag", sorted(STYLES))
def test_a_pseudo_translation_of_another_source_language_keeps_its_figures_publishable(tag):
    german = "Rund 1.200 Container stecken fest, 3,5 Millionen Euro Schaden, am 3. Mai um 9.30 Uhr."
    translation = pseudo_translate(german, STYLES[tag])
    assert "1.200" in translation
    assert publish_errors(Unit(german, "paragraph", 0, 1), Message(german, translation), tag, source_locale="de") == []
    # A real translation into the pseudo-locale's language still writes figures its own way.
    assert publish_errors(Unit(german, "paragraph", 0, 1), Message(german, german), "en", source_locale="de")


def test_pseudo_catalog_fills_active_messages_and_clears_fuzzy():
    catalog = Catalog(
        "a", {}, (
            Message("One.", "Old", flags=(FUZZY, "python-brace-format"), previous_msgid="Un."),
            Message("Two."),
            Message("Gone.", "Weg", obsolete=True),
        ), locale="en_XA",
    )
    result = pseudo_catalog(catalog)
    assert [(message.msgid, message.msgstr, message.flags, message.previous_msgid) for message in result.messages] == [
        ("One.", "[~ Óñé.]", ("python-brace-format",), None),
        ("Two.", "[~ Ţŵó.]", (), None),
    ]
    assert all(message.translated for message in result.messages)


# -- pseudo-locales in ids ------------------------------------------------------------------

@pytest.mark.parametrize("tag, code, order, plurals", [
    ("en-XA", "en_XA", "left-to-right", 2),
    ("ar-XB", "ar_XB", "right-to-left", 6),
])
def test_pseudo_locales_parse_to_usable_babel_locales(tag, code, order, plurals):
    locale = parse_locale(tag)
    assert bcp47(locale) == tag
    assert gettext_code(locale) == code
    assert parse_locale(code) == locale
    assert locale.character_order == order
    assert get_plural(locale).num_plurals == plurals
    assert locale.english_name  # the PO header's Language-Team


def test_every_pseudo_locale_has_a_style():
    assert set(STYLES) == set(PSEUDO_LOCALES)


def test_real_locales_still_parse_and_unknown_ones_still_fail():
    assert bcp47(parse_locale("de-AT")) == "de-AT"
    with pytest.raises(ValueError):
        parse_locale("en-XB")


# -- fill_pseudo_locale -----------------------------------------------------------------------

@pytest.fixture
def workspace(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [parse_locale("de")], now=NOW)
    return workspace


def test_fill_writes_a_valid_po_per_article(workspace):
    written = fill_pseudo_locale(workspace, "en-XA", now=NOW)
    assert sorted(path.relative_to(workspace.root).as_posix() for path in written) == [
        f"locales/en_XA/LC_MESSAGES/{article_id}.po" for article_id in workspace.article_ids()
    ]
    for path in written:
        msgfmt_check(path)
        po = polib.pofile(str(path))
        assert po.metadata["Language"] == "en_XA"
        assert po.percent_translated() == 100
        assert not po.fuzzy_entries()


def test_fill_again_changes_nothing(workspace):
    fill_pseudo_locale(workspace, "en-XA", now=NOW)
    assert fill_pseudo_locale(workspace, "en-XA", now=NOW + dt.timedelta(days=1)) == []


def test_refuses_a_real_locale(workspace):
    with pytest.raises(ValueError, match="not a pseudo-locale"):
        fill_pseudo_locale(workspace, "de")


def test_pseudo_locales_go_through_check_and_build(workspace):
    for tag in PSEUDO_LOCALES:
        for path in fill_pseudo_locale(workspace, tag, now=NOW):
            msgfmt_check(path)
    locales = [parse_locale(tag) for tag in PSEUDO_LOCALES]
    assert set(workspace.translation_locales(pseudo=True)) >= set(locales)
    assert not set(workspace.translation_locales()) & set(locales), "pseudo-locales only when asked for"
    assert [finding for finding in check_workspace(workspace, locales) if finding.severity == "error"] == []
    report = build(workspace, locales)
    assert not report.refused
    rtl = (workspace.root / "feeds/ar-XB/port-strike.xml").read_text(encoding="utf-8")
    assert 'dir="rtl"' in rtl
    accented = (workspace.root / "feeds/en-XA/port-strike.xml").read_text(encoding="utf-8")
    assert "Ŵíļļ ţĥé þóŕţ šţŕíķé šþŕéáð?" in accented
    assert "Maria Costa" in accented  # the names are put back


def test_a_pseudo_locale_behind_its_source_is_brought_up_to_date_by_pseudo_as_check_says(workspace, wire_files):
    fill_pseudo_locale(workspace, "en-XA", now=NOW)
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("run out of patience", "run out of all patience"),
                      encoding="utf-8")
    extract(workspace, [source], workspace.translation_locales(), now=NOW)  # without -l: the pseudo-locale is left
    en_xa = parse_locale("en-XA")
    [behind] = [finding for finding in check_workspace(workspace, [en_xa]) if finding.check == "untranslated"]
    assert behind.message == "not in the PO file: run `syndicate pseudo -l en-XA` to update it"
    fill_pseudo_locale(workspace, "en-XA", now=NOW)
    assert not [finding for finding in check_workspace(workspace, [en_xa]) if finding.check == "untranslated"]


def test_ar_xb_isolates_the_latin_names_real_right_to_left_text_would(newsroom, tmp_path):
    source = tmp_path / "hiring.txt"
    source.write_text("date 2026-11-20 Economy\ntitle Acme Inc. hires Maria Costa\n\nAcme Inc. said Maria Costa joins.\n",
                      encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [parse_locale("de")], now=NOW)
    fill_pseudo_locale(workspace, "ar-XB", now=NOW)
    ar_xb = parse_locale("ar-XB")
    assert [finding for finding in check_workspace(workspace, [ar_xb]) if finding.severity == "error"] == []
    assert not build(workspace, [ar_xb]).refused
    item = (workspace.root / "feeds/ar-XB/hiring.xml").read_text(encoding="utf-8")
    # Acme Inc. opens the headline and ends in a period; Maria Costa ends it after a word forced right to left.
    assert "<headline>\u2068Acme Inc.\u2069 \u200f\u202ehires\u202c\u200f Maria Costa</headline>" in item
