"""extract: templates and PO files that gettext, Poedit and Weblate accept; msgmerge-style updates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gettext
import re
import shutil
from pathlib import Path

import polib
import pytest
from babel import Locale

from conftest import msgfmt_check
import syndicate.extract
from syndicate.build import build
from syndicate.catalog import Catalog, merge, template
from syndicate.extract import extract
from syndicate.ids import parse_locale
from syndicate.model import Article, Block, InputError, Placeholder, Unit
from syndicate.status import workspace_progress
from syndicate.workspace import Workspace

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
LATER = NOW + dt.timedelta(days=1)
DE, FR = Locale("de"), Locale("fr")


def run(root: Path, files: list[Path], locales=(DE, FR), now=NOW):
    return extract(Workspace(root), files, list(locales), now=now)


def port_strike(wire_files: list[Path]) -> Path:
    return next(path for path in wire_files if path.name == "port-strike.txt")


def test_template_and_po_files_pass_msgfmt(newsroom, wire_files):
    run(newsroom, wire_files)
    files = sorted((newsroom / "locales").rglob("*.po*"))
    assert {path.relative_to(newsroom).as_posix() for path in files} >= {
        "locales/templates/port-strike.pot",
        "locales/de/LC_MESSAGES/port-strike.po",
        "locales/fr/LC_MESSAGES/cup-final.po",
    }
    for path in files:
        msgfmt_check(path)


def test_po_header_is_complete(newsroom, wire_files):
    run(newsroom, wire_files)
    po = polib.pofile(str(newsroom / "locales/fr/LC_MESSAGES/port-strike.po"))
    for field in ("Project-Id-Version", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator", "Language-Team",
                  "Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms", "X-Generator"):
        assert field in po.metadata, field
    assert po.metadata["Language"] == "fr"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"


def test_arabic_plural_forms_follow_the_rule(newsroom, wire_files):
    arabic = parse_locale("ar")
    run(newsroom, [port_strike(wire_files)], locales=(arabic,))
    po_path = Workspace(newsroom).po_file(arabic, "port-strike")
    msgfmt_check(po_path)
    plural = gettext.c2py(polib.pofile(str(po_path)).metadata["Plural-Forms"].partition("plural=")[2].rstrip(";"))
    # zero, one, two, few (3–10), many (11–99), other: as CLDR and GNU gettext's manual say.
    assert [plural(n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111)] == [0, 1, 2, 3, 3, 4, 4, 5, 5, 5, 3, 4]


@pytest.mark.parametrize("tag, plural_forms", [
    ("fr", "nplurals=2; plural=(n > 1);"), ("pt-BR", "nplurals=2; plural=(n > 1);"),
    ("es", "nplurals=2; plural=(n != 1);"), ("it", "nplurals=2; plural=(n != 1);"),
    ("pt", "nplurals=2; plural=(n != 1);"), ("ca", "nplurals=2; plural=(n != 1);"),
    ("ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    ("tr", "nplurals=1; plural=0;"), ("sw", "nplurals=2; plural=(n != 1);"),
    # No plural in Indonesian or Malay, as CLDR, Weblate and msginit say.
    ("id", "nplurals=1; plural=0;"), ("ms", "nplurals=1; plural=0;"),
])
def test_plural_forms_are_gettexts_whatever_babels_table_says(newsroom, wire_files, monkeypatch, tag, plural_forms):
    """Babel 2.19's table, rebuilt from CLDR, gives French, Spanish, Italian, Portuguese and
    Catalan a third form for round millions: a new file's header is the gettext convention
    the language's other catalogs carry, whichever babel is installed."""
    import babel.messages.plurals

    cldr_49 = {"fr": (3, "(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2"),
               "es": (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"), "tr": (2, "(n != 1)")}
    monkeypatch.setattr(babel.messages.plurals, "PLURALS", {**babel.messages.plurals.PLURALS, **cldr_49})
    locale = parse_locale(tag)
    run(newsroom, [port_strike(wire_files)], locales=(locale,))
    po_path = Workspace(newsroom).po_file(locale, "port-strike")
    msgfmt_check(po_path)
    assert polib.pofile(str(po_path)).metadata["Plural-Forms"] == plural_forms


def test_names_are_brace_placeholders_with_comments(newsroom, wire_files):
    run(newsroom, [port_strike(wire_files)])
    pot = polib.pofile(str(newsroom / "locales/templates/port-strike.pot"))
    quote = next(entry for entry in pot if "We are not asking for the moon" in entry.msgid)
    assert "{Costa}" in quote.msgid and "{NOS}" in quote.msgid
    assert quote.flags == ["python-brace-format"]
    assert "{Costa} = name: Costa" in quote.comment
    assert "direct quotation of Costa" in quote.comment
    assert quote.occurrences == [(port_strike(wire_files).as_posix(), "7")]
    lede = next(entry for entry in pot if entry.msgid.startswith("Union leader"))
    assert "{Maria_Costa}" in lede.msgid
    assert "Dutch" in quote.msgid, "demonyms stay translatable"
    assert "{Euromax_Terminals}" in " ".join(entry.msgid for entry in pot)
    commissioner = next(entry for entry in pot if "Commissioner" in entry.msgid)
    assert "Commissioner {Jan_de_Vries}" in commissioner.msgid, "the role stays translatable, the name is protected"


def test_msgctxt_only_where_a_msgid_repeats(newsroom, wire_files):
    run(newsroom, [port_strike(wire_files)])
    pot = polib.pofile(str(newsroom / "locales/templates/port-strike.pot"))
    with_context = [entry for entry in pot if entry.msgctxt]
    assert [(entry.msgctxt, entry.msgid) for entry in with_context] == [("lede", "Will the port strike spread?")]
    assert pot.find("Will the port strike spread?").comment.startswith("headline")


def test_extract_is_idempotent(newsroom, wire_files):
    def files() -> dict[Path, tuple[bytes, int]]:
        return {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in newsroom.rglob("*") if path.is_file()}

    run(newsroom, wire_files)
    before = files()
    results = run(newsroom, wire_files, now=LATER)
    assert all(not result.written for result in results)
    # The translation memory's database, a cache, follows the PO files the first run wrote.
    after = files()
    assert {path: file for path, file in after.items() if not path.name.startswith("memory-")} == before
    assert all(not result.written for result in run(newsroom, wire_files, now=LATER)) and files() == after


def translate_all(path: Path) -> None:
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = "DE: " + entry.msgid
    po.save()


def test_update_keeps_fuzzies_and_obsoletes_never_losing_a_translation(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    translate_all(po_path)
    text = source.read_text(encoding="utf-8")
    text = text.replace("declined to comment.", "declined to comment on Thursday.")
    text = text.replace(" Each day of standstill costs the economy an estimated €3.5 million, said Dr. Hendrik Bakker of Erasmus University.", "")
    text = text.replace("EU transport ministers", "The ministers will talk again next week.\n\nEU transport ministers")
    source.write_text(text, encoding="utf-8")

    run(newsroom, [source], locales=(DE,), now=LATER)
    msgfmt_check(po_path)
    po = polib.pofile(str(po_path))
    kept = po.find("The dockers' strike entered its third day on Thursday.", by="msgid")
    assert kept is None  # the dateline sentence keeps its place name in the msgid
    unchanged = next(entry for entry in po if entry.msgid.startswith("Rotterdam/Brussels"))
    assert unchanged.msgstr == "DE: " + unchanged.msgid and "fuzzy" not in unchanged.flags
    changed = next(entry for entry in po if entry.msgid.startswith("Port operator"))
    assert "fuzzy" in changed.flags
    assert changed.previous_msgid == "Port operator {Euromax_Terminals} declined to comment."
    assert changed.msgstr == "DE: Port operator {Euromax_Terminals} declined to comment."
    new = po.find("The ministers will talk again next week.")
    assert new is not None and new.msgstr == ""
    obsolete = [entry for entry in po.obsolete_entries()]
    assert any("Erasmus" in entry.msgid and entry.msgstr.startswith("DE: ") for entry in obsolete)
    assert po.metadata["POT-Creation-Date"].startswith("2026-11-26")
    # The sentence changed back to the text its translation was made from: it is right again.
    source.write_text(text.replace("declined to comment on Thursday.", "declined to comment."), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER + dt.timedelta(hours=1))
    restored = polib.pofile(str(po_path)).find("Port operator {Euromax_Terminals} declined to comment.")
    assert restored.msgstr == "DE: " + restored.msgid and "fuzzy" not in restored.flags and restored.previous_msgid is None
    msgfmt_check(po_path)


def test_a_draft_stays_a_draft_when_its_source_changes_and_changes_back(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    translate_all(po_path)
    po = polib.pofile(str(po_path))
    draft = po.find("Port operator {Euromax_Terminals} declined to comment.")
    draft.msgstr, draft.flags = "ENTWURF", ["fuzzy"]  # left for review by its translator
    po.save()
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("declined to comment.", "declined to comment on Thursday."), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    changed = polib.pofile(str(po_path)).find("Port operator {Euromax_Terminals} declined to comment on Thursday.")
    assert changed.msgstr == "ENTWURF" and "fuzzy" in changed.flags and changed.previous_msgid is None

    source.write_text(text, encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER + dt.timedelta(hours=1))
    back = polib.pofile(str(po_path)).find("Port operator {Euromax_Terminals} declined to comment.")
    assert back.msgstr == "ENTWURF" and "fuzzy" in back.flags
    msgfmt_check(po_path)


def headline_and_lede_translated(newsroom: Path, wire_files: list[Path]) -> tuple[Path, Path]:
    """port-strike extracted and translated, its headline (the lede's first sentence) with a
    translation of its own; the source and the German PO."""
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = ("Schlagzeile: " if entry.msgctxt is None and entry.msgid.startswith("Will") else "DE: ") + entry.msgid
    po.save()
    return source, po_path


def test_an_edited_headline_that_opens_the_lede_keeps_each_role_its_own_translation(newsroom, wire_files):
    source, po_path = headline_and_lede_translated(newsroom, wire_files)
    source.write_text(source.read_text(encoding="utf-8").replace("Will the port strike spread?", "Will the port strike spread to Antwerp?"), encoding="utf-8")

    run(newsroom, [source], locales=(DE,), now=LATER)
    po = polib.pofile(str(po_path))
    headline = po.find("Will the port strike spread to Antwerp?")
    lede = po.find("Will the port strike spread to Antwerp?", msgctxt="lede")
    assert headline.msgstr == "Schlagzeile: Will the port strike spread?" and headline.previous_msgctxt is None
    assert lede.msgstr == "DE: Will the port strike spread?" and lede.previous_msgctxt == "lede"
    assert "fuzzy" in headline.flags and "fuzzy" in lede.flags


def test_a_title_given_to_an_article_leaves_its_lede_the_ledes_translation(newsroom, wire_files):
    source, po_path = headline_and_lede_translated(newsroom, wire_files)
    source.write_text(source.read_text(encoding="utf-8").replace(
        "id port-strike\n", "id port-strike\ntitle Dock strike: ports brace for a nationwide walkout\n"), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    lede = polib.pofile(str(po_path)).find("Will the port strike spread?")
    assert lede.msgctxt is None and "lede" in lede.comment
    assert lede.msgstr == "DE: Will the port strike spread?" and "fuzzy" not in lede.flags
    assert (lede.previous_msgid, lede.previous_msgctxt) == (None, None)
    [headline] = [entry for entry in polib.pofile(str(po_path)).obsolete_entries() if entry.msgstr.startswith("Schlagzeile")]
    assert headline.msgctxt == "headline", "the old headline's translation is kept, under its role"
    msgfmt_check(po_path)
    # The title taken away again: each role has its own translation back, as it was.
    source.write_text(source.read_text(encoding="utf-8").replace(
        "title Dock strike: ports brace for a nationwide walkout\n", ""), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER + dt.timedelta(hours=1))
    po = polib.pofile(str(po_path))
    headline, lede = po.find("Will the port strike spread?"), po.find("Will the port strike spread?", msgctxt="lede")
    assert (headline.msgstr, headline.fuzzy) == ("Schlagzeile: Will the port strike spread?", False)
    assert (lede.msgstr, lede.fuzzy, lede.previous_msgid) == ("DE: Will the port strike spread?", False, None)
    msgfmt_check(po_path)


def test_a_sentence_whose_spaces_only_were_made_one_keeps_its_translation_as_it_was():
    """A source read before tabs and runs of spaces were made one space: its translations are
    of the same words, carried as they were, not made fuzzy for the translator to confirm."""
    from syndicate.catalog import Catalog, Message, merge, template_header

    header = template_header("story", "en", NOW)
    existing = Catalog("story", {**header, "Language": "de"}, (
        Message("The minister\tresigned  on Friday.", "Die Ministerin trat am Freitag zurück."),
        Message("Her deputy takes over.\nThe vote is in May.", "Ihr Stellvertreter übernimmt. Die Wahl ist im Mai."),
    ), locale="de")
    template = Catalog("story", header, (
        Message("The minister resigned on Friday."), Message("Her deputy takes over. The vote is in May."),
    ))
    merged = merge(template, existing, DE, NOW).by_key()
    carried = merged[(None, "The minister resigned on Friday.")]
    assert (carried.msgstr, carried.fuzzy) == ("Die Ministerin trat am Freitag zurück.", False)
    assert merged[(None, "Her deputy takes over. The vote is in May.")].fuzzy, "a line break is more than layout"

def test_old_messages_that_lose_their_key_are_kept_once_each_under_keys_of_their_own():
    from syndicate.catalog import Catalog, Message, merge, template_header
    from syndicate.pofile import catalog_text, parse_catalog

    header = template_header("story", "en", NOW)
    existing = Catalog("story", {**header, "Language": "de"}, (
        Message("A", "Schlagzeile", extracted_comments=("headline",)),
        Message("A", "Vorspann", msgctxt="lede", extracted_comments=("lede",)),
        Message("A", "Älter", msgctxt="headline", obsolete=True),
        Message("A", "Noch älter", msgctxt="obsolete", obsolete=True),
    ), locale="de")
    template = Catalog("story", header, (Message("A", extracted_comments=("lede",)), Message("B", extracted_comments=("headline",))))
    merged = merge(template, existing, DE, NOW)
    keys = [message.key for message in merged.messages]
    assert len(keys) == len(set(keys))
    assert {message.msgstr for message in merged.messages} == {"", "Schlagzeile", "Vorspann", "Älter", "Noch älter"}
    assert merged.by_key()[(None, "A")].msgstr == "Vorspann"
    parse_catalog(catalog_text(merged), "story.po", "story")  # as strict as msgfmt: no message twice


def test_a_memory_suggestions_note_goes_once_the_translator_has_reviewed_it():
    """A reviewed suggestion is the translator's translation, no longer the memory's match of
    another sentence; a translation the memory filled in as it was keeps saying where it came from."""
    from syndicate.catalog import FUZZY, Catalog, Message, merge, template_header

    header = template_header("story", "en", NOW)
    suggestion = "Translation memory: 96% match from port-strike: Port operator {Euromax} declined to comment."
    variant = "Translation memory: exact match from port-strike in de; check it reads right here"
    exact = "Translation memory: exact match from port-strike"
    existing = Catalog("story", {**header, "Language": "de-AT"}, (
        Message("A", "Reviewed", extracted_comments=("paragraph", suggestion)),
        Message("B", "Not yet reviewed", flags=(FUZZY,), extracted_comments=("paragraph", suggestion)),
        Message("C", "Reviewed variant", extracted_comments=("paragraph", variant)),
        Message("D", "As the memory had it", extracted_comments=("paragraph", exact)),
    ), locale="de_AT")
    template = Catalog("story", header, tuple(Message(msgid, extracted_comments=("paragraph",)) for msgid in "ABCD"))
    notes = {message.msgid: message.extracted_comments for message in merge(template, existing, DE, NOW).messages}
    assert notes == {"A": ("paragraph",), "B": ("paragraph", suggestion), "C": ("paragraph",), "D": ("paragraph", exact)}


def test_a_list_item_s_translation_written_with_its_marker_is_kept_without_it():
    """Written when the marker was part of the msgid: the translation that opens with the same
    marker is carried without it, as reviewed or not as it was; one with another marker or
    none is fuzzy, the old msgid shown as the previous one."""
    from syndicate.catalog import FUZZY, Catalog, Message, merge, template_header

    header = template_header("story", "en", NOW)
    existing = Catalog("story", {**header, "Language": "de"}, (
        Message("- jobs go", "- Stellen fallen weg", extracted_comments=("paragraph (block 4)",)),
        Message("- the port is sold", "- der Hafen wird verkauft", flags=(FUZZY,), extracted_comments=("paragraph (block 5)",)),
        Message("3. Talks resume.", "Gespräche beginnen wieder.", extracted_comments=("paragraph (block 6)",)),
        Message("b) wait", "b) warten", extracted_comments=("paragraph (block 7)",)),
    ), locale="de")
    template = Catalog("story", header, tuple(
        Message(msgid, extracted_comments=(f"paragraph (block {block})",
                                           f"Opens a list item; its marker `{marker}` is published before the translation: leave it out"))
        for block, marker, msgid in ((4, "-", "jobs go"), (5, "-", "the port is sold"), (6, "3.", "Talks resume."), (7, "a)", "wait"))
    ))
    merged = merge(template, existing, DE, NOW)
    assert [(message.msgid, message.msgstr, message.fuzzy, message.previous_msgid) for message in merged.messages] == [
        ("jobs go", "Stellen fallen weg", False, None),
        ("the port is sold", "der Hafen wird verkauft", True, None),
        ("Talks resume.", "Gespräche beginnen wieder.", True, "3. Talks resume."),
        ("wait", "", False, None),
        ("b) wait", "b) warten", False, None),
    ]
    assert merged.messages[-1].obsolete


def test_a_corrected_date_line_reaches_the_po_header_and_a_translators_credits_stay(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po = polib.pofile(str(po_path))
    po.header += "\nTranslator: Anna Schmidt <anna@example.de>, 2026."
    po.save()
    source.write_text(source.read_text(encoding="utf-8").replace("date 2026-11-19", "date 2026-11-18"), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    header = polib.pofile(str(po_path)).header
    assert header.startswith("Translations of the article “port-strike” (2026-11-18, Home page economy).")
    assert "2026-11-19" not in header and header.endswith("Translator: Anna Schmidt <anna@example.de>, 2026.")


def test_removed_sentence_comes_back_with_its_translation(newsroom, wire_files):
    source = port_strike(wire_files)
    original = source.read_text(encoding="utf-8")
    run(newsroom, [source], locales=(DE,))
    translate_all(newsroom / "locales/de/LC_MESSAGES/port-strike.po")
    source.write_text(original.replace(" Port operator Euromax Terminals declined to comment.", ""), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    source.write_text(original, encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    po = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/port-strike.po"))
    entry = po.find("Port operator {Euromax_Terminals} declined to comment.")
    assert entry.msgstr.startswith("DE: ") and not entry.obsolete


def test_a_translators_edit_is_not_merged_again_but_a_deleted_entry_comes_back(newsroom, wire_files, monkeypatch):
    run(newsroom, wire_files)
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    translate_all(po_path)
    edited = po_path.read_bytes()

    real_units = syndicate.extract.article_units
    monkeypatch.setattr(syndicate.extract, "article_units", lambda *args: pytest.fail("an unchanged source was segmented again"))
    results = run(newsroom, wire_files, now=LATER)
    assert all(not result.written for result in results) and po_path.read_bytes() == edited
    run(newsroom, wire_files, now=LATER)  # the edit is recorded: the file is not even read now

    po = polib.pofile(str(po_path))
    dropped = next(entry for entry in po if entry.msgid.startswith("Port operator"))
    po.remove(dropped)
    po.save()
    monkeypatch.setattr(syndicate.extract, "article_units", real_units)
    results = {result.article_id: result for result in run(newsroom, wire_files, now=LATER)}
    assert results["port-strike"].written == (po_path,) and not results["cup-final"].written
    restored = polib.pofile(str(po_path)).find(dropped.msgid)  # as the memory read the file before
    assert restored is not None and restored.msgstr == dropped.msgstr and "as this article's file had it" in restored.comment
    assert all(entry.msgstr.startswith("DE: ") for entry in polib.pofile(str(po_path)))
    msgfmt_check(po_path)


def test_po_syntax_error_is_reported_when_only_the_po_changed(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('msgstr ""\n\n#.', 'msgstr "unclosed\n\n#.', 1), encoding="utf-8")
    [result] = run(newsroom, [source], locales=(DE,), now=LATER)
    [(locale, problem)] = result.unreadable_translations
    assert locale == "de" and re.match(rf"{re.escape(str(po_path))}:\d+: PO syntax error", problem)


def test_po_for_another_language_is_refused(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('"Language: de\\n"', '"Language: fr\\n"'), encoding="utf-8")
    [result] = run(newsroom, [source], locales=(DE,), now=LATER)
    [(_, problem)] = result.unreadable_translations
    assert problem.startswith(str(po_path)) and "Language: fr" in problem


@pytest.mark.parametrize(
    ("folder", "declared", "accepted"),
    [
        ("pt-BR", "pt_br", True), ("zh-Hant-TW", "zh_TW", True), ("zh-Hans", "zh_CN", True), ("sr-Latn", "sr@latin", True),
        ("de-AT", "de", True), ("de", "de_DE.UTF-8", True),
        ("zh-Hans", "zh_TW", False), ("sr-Latn", "sr@cyrillic", False), ("de-AT", "de_CH", False), ("de", "fr", False),
        ("de", "German", False), ("de", "de_AT", False), ("sr", "sr@latin", False), ("sr-Latn", "sr", False),
        ("pt", "pt_PT", False), ("sr", "sr_RS", True),
    ],
)
def test_a_po_header_naming_its_locale_as_editors_write_it_is_accepted(newsroom, wire_files, folder, declared, accepted):
    source = port_strike(wire_files)
    locale = parse_locale(folder)
    run(newsroom, [source], locales=(locale,))
    po_path = Workspace(newsroom).po_file(locale, "port-strike")
    po_path.write_text(po_path.read_text(encoding="utf-8").replace(f'"Language: {locale}\\n"', f'"Language: {declared}\\n"'), encoding="utf-8")
    assert polib.pofile(str(po_path)).metadata["Language"] == declared
    [result] = run(newsroom, [source], locales=(locale,), now=LATER)
    if accepted:
        assert result.unreadable_translations == ()
    else:
        [(_, problem)] = result.unreadable_translations
        assert f"Language: {declared}" in problem


def test_a_po_syntax_error_holds_back_neither_the_correction_nor_the_other_locales_and_the_mended_file_is_merged(
    newsroom, wire_files
):
    run(newsroom, wire_files)
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = "DE: " + entry.msgid
    po.save()
    mended = po_path.read_text(encoding="utf-8")
    broken = mended.replace('msgstr "DE: ', 'msgstr "unclosed\n"DE: ', 1)
    po_path.write_text(broken, encoding="utf-8")
    for source in wire_files:  # the agency corrects every story
        source.write_text(source.read_text(encoding="utf-8").replace(" the ", " the same ", 1), encoding="utf-8")

    results = {result.article_id: result for result in run(newsroom, wire_files, now=LATER)}
    [(locale, problem)] = results["port-strike"].unreadable_translations
    assert locale == "de" and re.match(rf"{re.escape(str(po_path))}:\d+: PO syntax error", problem)
    assert po_path.read_text(encoding="utf-8") == broken, "the translator's file is never touched"
    for article_id in ("port-strike", "cup-final", "senate-vote"):
        assert " the same " in (newsroom / f"locales/templates/{article_id}.pot").read_text(encoding="utf-8")
        assert " the same " in (newsroom / f"locales/fr/LC_MESSAGES/{article_id}.po").read_text(encoding="utf-8")
    assert all(result.unreadable_translations == () for key, result in results.items() if key != "port-strike")
    # Said again while the file stays broken, though nothing else changed.
    [again] = run(newsroom, [port_strike(wire_files)], now=LATER)
    assert [locale for locale, _ in again.unreadable_translations] == ["de"]

    po_path.write_text(mended, encoding="utf-8")  # the translator mends the file
    [merged] = run(newsroom, [port_strike(wire_files)], now=LATER)
    assert merged.unreadable_translations == () and po_path in merged.written
    entries = polib.pofile(str(po_path))
    changed = [entry for entry in entries if " the same " in entry.msgid]
    assert changed and all("fuzzy" in entry.flags and entry.msgstr.startswith("DE: ") for entry in changed)
    assert all(entry.msgstr.startswith("DE: ") for entry in entries)
    msgfmt_check(po_path)


def test_the_source_language_as_a_target_is_no_translation(newsroom, wire_files):
    run(newsroom, wire_files, locales=(Locale("en", "GB"),))
    assert not (newsroom / "locales/en_GB/LC_MESSAGES" / f"{wire_files[0].stem}.po").exists()
    assert Workspace(newsroom).template_file(wire_files[0].stem).exists()


def test_a_failed_run_removes_the_folders_it_made(newsroom, wire_files):
    twin = wire_files[0].parent / "twin.txt"  # a second source of one article id stops the run
    twin.write_text(wire_files[0].read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError, match="is also used by"):
        run(newsroom, [*wire_files, twin], locales=(Locale("ja"),))
    assert not (newsroom / "locales").exists() and not (newsroom / "articles").exists()


def test_a_source_that_cannot_be_read_is_skipped_and_the_others_extracted(newsroom, wire_files):
    bad = wire_files[0].parent / "bad.txt"
    bad.write_text("no date line\n", encoding="utf-8")
    results = run(newsroom, [*wire_files, bad], locales=(DE,))
    [skipped] = [result for result in results if result.unreadable]
    assert skipped.whole_file and skipped.source_path == str(bad) and skipped.unreadable.startswith(f"{bad}:1: ")
    assert sorted(Workspace(newsroom).article_ids()) == sorted(path.stem for path in wire_files)


def test_an_article_in_one_of_the_workspaces_target_languages_is_not_translated_into_it(newsroom, wire_files):
    german = wire_files[0].parent / "hafen.txt"
    german.write_text("date 2026-11-20 Wirtschaft\nlang de\n\nDer Hafen steht still.\n\nDie Gewerkschaft will weiter streiken.\n", encoding="utf-8")
    run(newsroom, [*wire_files, german], locales=(DE, FR))
    assert Workspace(newsroom).po_file(FR, "hafen").exists() and not Workspace(newsroom).po_file(DE, "hafen").exists()
    assert Workspace(newsroom).po_file(DE, "port-strike").exists()
    report = build(Workspace(newsroom), [DE, FR], article_ids=["hafen"], threshold=0.0)
    assert sorted(outcome.lang for outcome in report.outcomes) == ["de", "fr"]  # the source item, and French
    rows = [(row.article_id, row.locale) for row in workspace_progress(Workspace(newsroom), [DE, FR]) if row.article_id == "hafen"]
    assert rows == [("hafen", "fr")]


def test_a_locale_folder_made_by_hand_is_a_target_locale(newsroom, wire_files):
    (newsroom / "locales" / "de").mkdir(parents=True)
    assert Workspace(newsroom).translation_locales() == [DE]
    run(newsroom, wire_files[:1], locales=Workspace(newsroom).translation_locales())
    assert Workspace(newsroom).po_file(DE, wire_files[0].stem).exists()


def test_a_deleted_po_comes_back_and_new_names_rules_apply(newsroom, wire_files):
    run(newsroom, wire_files)
    po_path = newsroom / "locales/fr/LC_MESSAGES/senate-vote.po"
    po_path.unlink()
    results = {result.article_id: result for result in run(newsroom, wire_files, now=LATER)}
    assert results["senate-vote"].written == (po_path,) and not results["cup-final"].written
    (newsroom / "names.txt").write_text("Underdogs\n", encoding="utf-8")
    run(newsroom, wire_files, now=LATER)
    pot = polib.pofile(str(newsroom / "locales/templates/cup-final.pot"))
    assert pot.find("{Underdogs} win the cup: {FC_Lindholm} beat {Real_Castellon} 3-1 in the final.") is not None


def test_a_repeated_sentence_is_prefilled_and_its_note_survives_updates(newsroom, wire_files):
    port = port_strike(wire_files)
    run(newsroom, [port], locales=(DE,))
    translate_all(newsroom / "locales/de/LC_MESSAGES/port-strike.po")
    po = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/port-strike.po"))
    containers = po.find("About 1,200 containers are stuck on the quays, according to the port authority.")
    containers.msgstr = containers.msgstr.replace("1,200", "1.200")  # as German writes it, or the build refuses it
    po.save()
    follow_up = port.parent / "follow-up.txt"
    follow_up.write_text(
        "date 2026-11-20 Home page economy\n\nThe strike goes on.\n\n"
        "About 1,200 containers are stuck on the quays, according to the port authority.\n",
        encoding="utf-8",
    )
    run(newsroom, [follow_up], locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/follow-up.po"
    entry = polib.pofile(str(po_path)).find("About 1,200 containers are stuck on the quays, according to the port authority.")
    assert entry.msgstr.startswith("DE: ") and "fuzzy" not in entry.flags
    assert "Translation memory: exact match from port-strike" in entry.comment
    before = po_path.read_bytes()
    shutil.rmtree(newsroom / ".syndicate")  # no record of the last run: every article is merged again
    run(newsroom, [follow_up], locales=(DE,), now=LATER)
    assert po_path.read_bytes() == before, "the note is kept, so an unchanged article rewrites nothing"


def test_a_long_sentence_changed_twice_keeps_its_translation_through_wrapped_previous_msgids(newsroom, wire_files):
    source = next(path for path in wire_files if path.name == "senate-vote.txt")
    long_sentence = "Republicans tried to delay the vote with 23 amendments, but none of them passed."
    run(newsroom, wire_files, locales=(DE,))
    po_path = newsroom / "locales/de/LC_MESSAGES/senate-vote.po"
    po = polib.pofile(str(po_path))
    po.find(long_sentence).msgstr = "Die Republikaner wollten die Abstimmung mit 23 Änderungsanträgen verzögern, vergeblich."
    po.save()
    for number, later in ((24, LATER), (25, LATER + dt.timedelta(days=1))):
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace(f"with {number - 1} amendments", f"with {number} amendments"), encoding="utf-8")
        run(newsroom, wire_files, locales=(DE,), now=later)
    msgfmt_check(po_path)
    entry = next(entry for entry in polib.pofile(str(po_path)) if "25 amendments" in entry.msgid)
    assert "fuzzy" in entry.flags and entry.msgstr.startswith("Die Republikaner")
    # The text the translation was made from, not the one in between (msgmerge --previous
    # keeps it so too): the translator sees every change since the translation.
    assert entry.previous_msgid == long_sentence
    assert '#| msgid ""' in po_path.read_text(encoding="utf-8")  # wrapped over several #| lines


def test_a_long_article_rewritten_and_reordered_keeps_each_translation_on_its_own_sentence(tmp_path):
    words = "port strike union talks wages minister agreement council city budget vote court ruling police".split()
    sentences = [" ".join(words[(number * 7 + step) % len(words)] for step in range(9)).capitalize() + f" in week {number}."
                 for number in range(240)]
    source = tmp_path / "wire" / "long.txt"
    source.parent.mkdir()
    paragraphs = [" ".join(sentences[start : start + 4]) for start in range(0, len(sentences), 4)]
    source.write_text("date 2026-11-25 News\ntitle Long\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    root = tmp_path / "newsroom"
    run(root, [source], locales=(DE,))
    po_path = root / "locales/de/LC_MESSAGES/long.po"
    translate_all(po_path)
    rewritten = [sentence.replace(" in week ", " in the week ") for sentence in reversed(sentences)]
    paragraphs = [" ".join(rewritten[start : start + 4]) for start in range(0, len(rewritten), 4)]
    source.write_text("date 2026-11-25 News\ntitle Long\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    run(root, [source], locales=(DE,), now=LATER)
    changed = [entry for entry in polib.pofile(str(po_path)) if "the week" in entry.msgid]
    assert len(changed) == 240
    for entry in changed:  # 240 × 240 pairs: compared through the word index, each finds its own
        assert "fuzzy" in entry.flags and entry.previous_msgid == entry.msgid.replace(" in the week ", " in week ")
        assert entry.msgstr == "DE: " + entry.previous_msgid
    msgfmt_check(po_path)


def test_a_placeholder_spelled_another_way_keeps_its_translation_renamed(newsroom, wire_files):
    """A PO written when names were spelled otherwise ({Maria_Kosta}) or a name's placeholder
    renamed: the translation follows the name it stands for, not its spelling."""
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = Workspace(newsroom).po_file(DE, "port-strike")
    translate_all(po_path)
    po_path.write_text(po_path.read_text(encoding="utf-8").replace("Maria_Costa", "Maria_Kosta"), encoding="utf-8")
    source.write_text(source.read_text(encoding="utf-8").replace("declined to comment", "declined to say more"), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    [entry] = [entry for entry in polib.pofile(str(po_path)) if "{Maria_Costa}" in entry.msgid]
    assert "fuzzy" not in entry.flags and entry.msgstr == "DE: " + entry.msgid
    source.write_text(source.read_text(encoding="utf-8").replace("nationwide walkout", "national walkout"), encoding="utf-8")
    po_path.write_text(po_path.read_text(encoding="utf-8").replace("Maria_Costa", "Maria_Kosta"), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER + dt.timedelta(hours=1))
    [entry] = [entry for entry in polib.pofile(str(po_path)) if "{Maria_Costa}" in entry.msgid]
    assert "fuzzy" in entry.flags and "{Maria_Kosta}" in entry.previous_msgid
    assert entry.msgstr == "DE: " + entry.msgid.replace("national", "nationwide")
    msgfmt_check(po_path)


LINKED_ARTICLE = Article(
    id="harbour-talks", source_lang="en", date=dt.date(2026, 11, 20), section="economy",
    blocks=(Block("headline", "Talks resume", 1), Block("paragraph", "…", 3)), source_path="harbour-talks.xml",
)


def linked_catalog(msgid: str, placeholders: tuple[Placeholder, ...], msgstr: str = "") -> Catalog:
    pot = template(LINKED_ARTICLE, [Unit(msgid, "paragraph", 1, 3, placeholders=placeholders, links=("https://a.example",))], NOW)
    po = merge(pot, None, DE, NOW)
    return dataclasses.replace(po, messages=tuple(dataclasses.replace(message, msgstr=msgstr) for message in po.messages))


@pytest.mark.parametrize("old_msgid, old_name, new_msgid, new_name", [
    # A name's placeholder renamed inside the link, and the link's quotation marks of another style.
    ("Read <a1>{Costa}</a1> today.", "Costa", "Read <a1>{Maria_Costa}</a1> today.", "Maria_Costa"),
    ("Read <a1>“the plan” of {Costa}</a1> today.", "Costa", 'Read <a1>"the plan" of {Costa}</a1> today.', "Costa"),
])
def test_the_same_linked_sentence_written_another_way_keeps_its_translation_and_its_link(old_msgid, old_name, new_msgid, new_name):
    translated = f"Lesen Sie <a1>{{{old_name}}}</a1> heute." if "plan" not in old_msgid else "Lesen Sie <a1>„den Plan“ von {Costa}</a1> heute."
    old = linked_catalog(old_msgid, (Placeholder(old_name, "Maria Costa"),), translated)
    [carried] = merge(linked_catalog(new_msgid, (Placeholder(new_name, "Maria Costa"),)), old, DE, NOW).active()
    assert carried.msgstr == translated.replace(f"{{{old_name}}}", f"{{{new_name}}}") and not carried.fuzzy


def test_a_carried_translation_whose_link_cannot_be_placed_is_left_to_review():
    old = linked_catalog("Read <a1>the report</a1> of the port authority today.", (), "Lesen Sie heute <a1>den Bericht</a1> der Hafenbehörde.")
    [carried] = merge(linked_catalog("Read the report of <a1>the port authority</a1> today.", ()), old, DE, NOW).active()
    assert carried.msgstr == "Lesen Sie heute den Bericht der Hafenbehörde." and carried.fuzzy


def test_the_same_copy_resent_with_other_quotation_marks_keeps_its_translations(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    po_path = Workspace(newsroom).po_file(DE, "port-strike")
    translate_all(po_path)
    source.write_text(source.read_text(encoding="utf-8").replace("“", '"').replace("”", '"').replace("’", "'"), encoding="utf-8")
    run(newsroom, [source], locales=(DE,), now=LATER)
    po = polib.pofile(str(po_path))
    quoted = [entry for entry in po if '"' in entry.msgid]
    assert quoted and all(not entry.fuzzy and entry.msgstr.startswith("DE: ") for entry in po)
    assert not po.obsolete_entries()
    msgfmt_check(po_path)


def test_a_regional_variant_starts_from_its_language_translations_for_review(newsroom, wire_files):
    source = port_strike(wire_files)
    run(newsroom, [source], locales=(DE,))
    translate_all(newsroom / "locales/de/LC_MESSAGES/port-strike.po")
    austrian = parse_locale("de-AT")
    run(newsroom, [source], locales=(DE, austrian), now=LATER)
    po_path = Workspace(newsroom).po_file(austrian, "port-strike")
    msgfmt_check(po_path)
    entries = list(polib.pofile(str(po_path)))
    assert entries and all(entry.msgstr == "DE: " + entry.msgid and "fuzzy" in entry.flags for entry in entries)
    assert all("exact match from port-strike in de; check it reads right here" in entry.comment for entry in entries)
    assert polib.pofile(str(po_path)).metadata["Language"] == "de_AT"
    # A locale without a region borrows from none.
    serbian_latin = parse_locale("sr-Latn")
    run(newsroom, [source], locales=(DE, serbian_latin), now=LATER)
    assert all(entry.msgstr == "" for entry in polib.pofile(str(Workspace(newsroom).po_file(serbian_latin, "port-strike"))))


def test_a_merge_that_would_lose_translations_leaves_that_file_and_updates_the_other_locales(newsroom, wire_files, monkeypatch):
    source = port_strike(wire_files)
    run(newsroom, [source])
    paths = {locale: Workspace(newsroom).po_file(locale, "port-strike") for locale in (DE, FR)}
    for locale, po_path in paths.items():
        po = polib.pofile(str(po_path))
        for entry in po:
            entry.msgstr = f"{locale}: {entry.msgid}"
        po.save()
    german = paths[DE].read_bytes()
    source.write_text(source.read_text(encoding="utf-8").replace(" the ", " the same ", 1), encoding="utf-8")

    real_merge = syndicate.extract.merge

    def merge_losing_german(new_template, existing, locale, now):
        merged = real_merge(new_template, existing, locale, now)
        if locale == DE:  # a bug in merging that garbles every translation
            garbled = tuple(dataclasses.replace(message, msgstr=message.msgstr[::-1]) for message in merged.messages)
            merged = dataclasses.replace(merged, messages=garbled)
        return merged

    monkeypatch.setattr(syndicate.extract, "merge", merge_losing_german)
    [result] = run(newsroom, [source], now=LATER)
    [(locale, problem)] = result.unreadable_translations
    assert locale == "de" and problem.startswith(str(paths[DE])) and "updating would lose" in problem
    assert paths[DE].read_bytes() == german, "a translator's file is never overwritten with less"
    assert paths[FR] in result.written
    french = polib.pofile(str(paths[FR]))
    assert any(" the same " in entry.msgid for entry in french) and all(entry.msgstr.startswith("fr: ") for entry in french)
    msgfmt_check(paths[FR])


def test_a_po_file_a_translator_saves_while_extract_runs_is_left_as_saved_and_merged_next_time(newsroom, wire_files, monkeypatch):
    from click.testing import CliRunner

    from syndicate.cli import main
    from syndicate.fsutil import StagedWrites

    source = port_strike(wire_files)
    runner, root = CliRunner(), ["--root", str(newsroom)]
    assert runner.invoke(main, [*root, "extract", str(source), "-l", "de"]).exit_code == 0
    po_path = Workspace(newsroom).po_file(DE, "port-strike")
    catalog = polib.pofile(str(po_path))
    first = next(entry for entry in catalog if entry.msgid and not entry.msgid.startswith("{"))
    first.msgstr = "Die Übersetzerin war hier."
    saved = str(catalog)
    source.write_text(source.read_text(encoding="utf-8").rstrip("\n") + "\n\nTalks resume on Monday.\n", encoding="utf-8")
    commit = StagedWrites.commit

    def saved_meanwhile(writes: StagedWrites) -> list[str]:
        po_path.write_text(saved, encoding="utf-8")  # the translator's editor saves just before the renames
        return commit(writes)

    with monkeypatch.context() as patched:
        patched.setattr(StagedWrites, "commit", saved_meanwhile)
        result = runner.invoke(main, [*root, "extract", str(source), "-l", "de"])
    assert result.exit_code == 0, result.output
    assert f"warning: {po_path} was saved while extract ran" in result.output
    assert po_path.read_text(encoding="utf-8") == saved
    # The next run merges the file as saved: the new sentence comes, the translator's words stay.
    assert runner.invoke(main, [*root, "extract", str(source), "-l", "de"]).exit_code == 0
    merged = polib.pofile(str(po_path))
    assert merged.find("Talks resume on Monday.") is not None and merged.find(first.msgid).msgstr == "Die Übersetzerin war hier."
    msgfmt_check(po_path)
