"""What syndicate writes, GNU gettext's own tools take as theirs: a header they can use (its
charset, language and plural forms, written back when an editor dropped them), the lines laid
out as msgcat lays them out, an obsolete entry's previous msgid kept as msgmerge keeps it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner

from conftest import REPO, msgfmt_check
from syndicate.catalog import Catalog, Message
from syndicate.cli import main
from syndicate.glossary import header_lacks_fields
from syndicate.pofile import catalog_text, read_catalog, read_catalog_with_lines
from syndicate.workspace import Workspace

OWNED = {
    "Language": "de",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}
TRANSLATORS = {"Last-Translator": "Syndicate Demo Desk <desk@syndicate.example>", "Language-Team": "German <de@syndicate.example>"}


def gettext(*command: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which(command[0]), f"GNU gettext's {command[0]} is required"
    return subprocess.run(command, capture_output=True, text=True)


def syndicate(root: Path, *arguments: str) -> str:
    result = CliRunner().invoke(main, ["--root", str(root), *arguments])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def translated(newsroom: Path, wire_files: list[Path]) -> tuple[Path, list[Path], Path]:
    """A workspace whose German port-strike.po is the demo's translation."""
    syndicate(newsroom, "extract", *map(str, wire_files), "-l", "de")
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    shutil.copy(REPO / "locales/de/LC_MESSAGES/port-strike.po", po_path)
    syndicate(newsroom, "extract", *map(str, wire_files), "-l", "de")
    return newsroom, wire_files, po_path


def change_the_source(wire_files: list[Path]) -> None:
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    source.write_text(source.read_text(encoding="utf-8").replace("declined to comment.", "declined to comment on Thursday."),
                      encoding="utf-8")


def without_lines(path: Path, pattern: str) -> None:
    """As `sed -i '/pattern/d'` edits the file."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not re.search(pattern, line)), encoding="utf-8")


def without_header_entry(path: Path) -> None:
    """The file as an editor leaves it when the header entry is deleted (its comment stays)."""
    text = path.read_text(encoding="utf-8")
    start = text.index('msgid ""\nmsgstr ""\n')
    path.write_text(text[:start] + text[text.index("\n\n", start) + 2:], encoding="utf-8")


def assert_gettext_takes_it(po_path: Path) -> None:
    metadata = polib.pofile(str(po_path)).metadata
    assert {name: metadata.get(name) for name in OWNED} == OWNED
    for tool in (("msgcat", "-o", "/dev/null"), ("msgmerge", "--quiet", "-o", "/dev/null")):
        arguments = (str(po_path), str(po_path.parents[2] / "templates/port-strike.pot")) if tool[0] == "msgmerge" else (str(po_path),)
        result = gettext(*tool, *arguments)
        assert result.returncode == 0, result.stderr
    msgfmt_check(po_path)


def test_extract_after_a_source_change_writes_back_the_header_fields_an_editor_dropped(translated):
    root, wire_files, po_path = translated
    without_lines(po_path, r'^"Content-Type|^"Language: ')
    assert gettext("msgcat", "-o", "/dev/null", str(po_path)).returncode != 0  # what the translator is left with
    change_the_source(wire_files)
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert_gettext_takes_it(po_path)
    metadata = polib.pofile(str(po_path)).metadata
    assert {name: metadata[name] for name in TRANSLATORS} == TRANSLATORS
    assert metadata["PO-Revision-Date"] == "2026-11-25 14:00+0000"


def test_extract_writes_back_a_deleted_header_entry_and_then_leaves_the_file_alone(translated):
    root, wire_files, po_path = translated
    without_header_entry(po_path)
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")  # the source unchanged: the advice check gives
    assert_gettext_takes_it(po_path)
    written = po_path.read_bytes()
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert po_path.read_bytes() == written


def test_xgettexts_placeholder_charset_counts_as_none(translated):
    # `charset=CHARSET` is what xgettext leaves for the translator to fill: no charset at all.
    root, wire_files, po_path = translated
    po_path.write_text(po_path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=CHARSET"), encoding="utf-8")
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json", "port-strike"))
    assert ["lacks Content-Type" in finding["message"] for finding in findings if finding["check"] == "po-header"] == [True]
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert_gettext_takes_it(po_path)


def test_check_warns_of_a_header_without_the_fields_syndicate_writes(translated):
    root, _, po_path = translated
    without_lines(po_path, r'^"Content-Type|^"Language: ')
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json", "port-strike"))
    [finding] = [finding for finding in findings if finding["check"] == "po-header"]
    assert finding["severity"] == "warning" and finding["path"] == str(po_path)
    assert finding["line"] == next(n for n, line in enumerate(po_path.read_text().splitlines(), 1) if line == 'msgid ""')
    assert "lacks Language, Content-Type" in finding["message"] and re.search(r"run `syndicate extract \S+port-strike.txt -l de`", finding["message"])
    without_header_entry(po_path)
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json", "port-strike"))
    [finding] = [finding for finding in findings if finding["check"] == "po-header"]
    assert finding["line"] == 1 and "lacks Language, MIME-Version, Content-Type" in finding["message"]


def test_a_whole_header_checks_clean(translated):
    root, _, _ = translated
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json", "port-strike"))
    assert not [finding for finding in findings if finding["check"] == "po-header"]


REMOVED = " Each day of standstill costs the economy an estimated €3.5 million, said Dr. Hendrik Bakker of Erasmus University."


def edit_the_source(wire_files: list[Path], old: str, new: str) -> None:
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")


def assert_msgcat_writes_the_same(path: Path, tmp_path: Path) -> None:
    rewritten = tmp_path / f"msgcat-{path.name}"
    result = gettext("msgcat", "-o", str(rewritten), str(path))
    assert result.returncode == 0, result.stderr
    assert rewritten.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_msgcat_rewrites_a_file_extract_wrote_with_long_obsolete_and_previous_entries_byte_for_byte(translated, tmp_path):
    root, wire_files, po_path = translated
    edit_the_source(wire_files, "told the Dutch broadcaster", "told Dutch public broadcaster")
    edit_the_source(wire_files, REMOVED, "")
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    catalog = read_catalog(po_path)
    assert any(message.obsolete and len(message.msgid) > 76 for message in catalog.messages)
    assert any(message.previous_msgid and len(message.previous_msgid) > 76 for message in catalog.active())
    assert_msgcat_writes_the_same(po_path, tmp_path)
    msgfmt_check(po_path)


WORDS = "the dockers' strike entered its third day on Thursday as containers piled up at Übersetzung “quoted” €3.5".split()


def sentence(seed: int, length: int) -> str:
    return " ".join(WORDS[(seed * 7 + index * (seed % 5 + 1)) % len(WORDS)] for index in range(length))


def test_msgcat_lays_out_every_kind_of_long_line_as_syndicate_does(tmp_path):
    """Active, previous (#|), obsolete (#~) and obsolete previous (#~|) lines of every length
    around the width, each prefix counted in it as gettext counts it."""
    messages = []
    for seed in range(60):
        length = 8 + seed % 30
        messages.append(Message(msgid=sentence(seed, length), msgstr=sentence(seed + 1, length), msgctxt="lede" if seed % 7 == 0 else None,
                                flags=("fuzzy",) if seed % 2 else (), previous_msgid=sentence(seed + 2, length + 3) if seed % 2 else None,
                                previous_msgctxt="lede" if seed % 6 == 1 else None))
    for seed in range(60, 120):
        length = 8 + seed % 30
        messages.append(Message(msgid=sentence(seed, length), msgstr=sentence(seed + 1, length), obsolete=True,
                                flags=("fuzzy",) if seed % 2 else (), previous_msgid=sentence(seed + 2, length + 3) if seed % 2 else None))
    by_key = {message.key: message for message in messages}
    catalog = Catalog(domain="x", header=dict(OWNED), messages=tuple(by_key.values()), locale="de")
    path = tmp_path / "x.po"
    path.write_text(catalog_text(catalog), encoding="utf-8")
    assert max(map(len, path.read_text(encoding="utf-8").splitlines())) == 79
    assert_msgcat_writes_the_same(path, tmp_path)
    assert read_catalog(path).messages == catalog.messages


def test_an_obsolete_entry_keeps_its_previous_msgid_as_msgmerge_keeps_it(translated, tmp_path):
    root, wire_files, po_path = translated
    edit_the_source(wire_files, REMOVED, REMOVED.replace("said Dr.", "according to Dr."))
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    reference = tmp_path / "msgmerge.po"
    shutil.copy(po_path, reference)
    edit_the_source(wire_files, REMOVED.replace("said Dr.", "according to Dr."), "")
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    template = root / "locales/templates/port-strike.pot"
    result = gettext("msgmerge", "--quiet", "--previous", "-U", "--backup=off", str(reference), str(template))
    assert result.returncode == 0, result.stderr

    def obsolete(path: Path) -> dict:
        return {message.key: (message.msgstr, message.flags, message.previous_msgid) for message in read_catalog(path).messages if message.obsolete}

    ours = obsolete(po_path)
    assert ours == obsolete(reference)
    assert REMOVED.strip().replace("Hendrik Bakker", "{Hendrik_Bakker}").replace("Erasmus University", "{Erasmus_University}") in [
        previous for _, _, previous in ours.values()]
    assert "#~| msgid" in po_path.read_text(encoding="utf-8")
    # and so it stays when another change of the source rewrites the file
    edit_the_source(wire_files, "declined to comment.", "declined to comment on Thursday.")
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert obsolete(po_path) == ours
    assert_msgcat_writes_the_same(po_path, tmp_path)
    msgfmt_check(po_path)


def test_a_file_msgcat_sorted_is_left_alone_until_its_article_changes_then_put_back_in_reading_order(translated, tmp_path):
    """As the README says: an unchanged article rewrites nothing; a file extract writes is in
    the reading order translators need, with every translation kept."""
    root, wire_files, po_path = translated
    reading_order = [message.key for message in read_catalog(po_path).active()]
    translations = {message.key: message.msgstr for message in read_catalog(po_path).messages}
    assert gettext("msgcat", "--sort-output", "-o", str(po_path), str(po_path)).returncode == 0
    sorted_bytes = po_path.read_bytes()
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert po_path.read_bytes() == sorted_bytes
    edit_the_source(wire_files, "declined to comment.", "declined to comment on Thursday.")
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    catalog = read_catalog(po_path)
    changed = "Port operator {Euromax_Terminals} declined to comment on Thursday."
    assert [message.key for message in catalog.active()] == [
        (context, changed if msgid == "Port operator {Euromax_Terminals} declined to comment." else msgid) for context, msgid in reading_order]
    assert {message.key: message.msgstr for message in catalog.messages if message.msgid != changed} == {
        key: msgstr for key, msgstr in translations.items() if key[1] != "Port operator {Euromax_Terminals} declined to comment."}


def names_po_of(root: Path) -> Path:
    return root / "locales/de/LC_MESSAGES/names.po"


def test_check_warns_of_a_names_glossary_whose_header_lacks_the_fields_syndicate_writes(translated):
    root, _, _ = translated
    names_po = names_po_of(root)
    without_lines(names_po, r'^"Content-Type|^"Plural-Forms: ')
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json"))
    [finding] = [finding for finding in findings if finding["check"] == "po-header"]
    assert finding["severity"] == "warning" and finding["path"] == str(names_po)
    assert finding["line"] == next(n for n, line in enumerate(names_po.read_text().splitlines(), 1) if line == 'msgid ""')
    assert "lacks Content-Type, Plural-Forms" in finding["message"] and "-l de" in finding["message"]


def test_extract_writes_back_the_header_fields_dropped_from_the_names_glossary_and_keeps_its_renderings(translated):
    root, wire_files, _ = translated
    names_po = names_po_of(root)
    without_lines(names_po, r'^"Content-Type|^"Language: |^"MIME-Version')
    renderings = {entry.msgid: entry.msgstr for entry in polib.pofile(str(names_po)) if entry.msgstr}
    assert gettext("msgcat", "-o", "/dev/null", str(names_po)).returncode != 0
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")  # no story changed
    metadata = polib.pofile(str(names_po)).metadata
    assert {name: metadata.get(name) for name in OWNED} == OWNED
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(names_po)) if entry.msgstr} == renderings
    assert gettext("msgcat", "-o", "/dev/null", str(names_po)).returncode == 0
    msgfmt_check(names_po)
    findings = json.loads(syndicate(root, "check", "-l", "de", "--format", "json"))
    assert not [finding for finding in findings if finding["check"] == "po-header"]
    written = names_po.read_bytes()
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert names_po.read_bytes() == written


def test_the_comment_above_a_deleted_header_entry_stays_the_headers_when_extract_writes_it_back(translated, tmp_path):
    root, wire_files, po_path = translated
    credit = "German translation by Erika Mustermann <erika@example.org>, 2026."
    po_path.write_text(f"# {credit}\n" + po_path.read_text(encoding="utf-8"), encoding="utf-8")
    comment = polib.pofile(str(po_path)).header
    assert comment.startswith(credit) and "Translations of the article" in comment
    without_header_entry(po_path)
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    written = polib.pofile(str(po_path))
    assert written.header == comment
    assert written[0].msgid == "Will the port strike spread?" and written[0].tcomment == ""
    assert_gettext_takes_it(po_path)
    assert_msgcat_writes_the_same(po_path, tmp_path)


def test_a_names_glossary_saved_in_latin_1_is_named_by_extract_and_check_not_a_crash(translated):
    root, wire_files, _ = translated
    names_po = names_po_of(root)
    names_po.write_bytes("# Übersetzer: Jürgen Müller\n".encode("latin-1") + names_po.read_bytes())
    result = CliRunner().invoke(main, ["--root", str(root), "extract", *map(str, wire_files), "-l", "de"])
    assert "unexpected" not in result.output and "Traceback" not in result.output
    assert f"{names_po}" in result.output and "UTF-8" in result.output, result.output
    report = CliRunner().invoke(main, ["--root", str(root), "check", "-l", "de"])
    assert report.exit_code == 1 and "UTF-8" in report.output


def test_a_names_glossary_opening_with_a_blank_line_has_its_header_read(translated):
    root, wire_files, _ = translated
    names_po = names_po_of(root)
    names_po.write_text("\n" + names_po.read_text(encoding="utf-8"), encoding="utf-8")
    assert not header_lacks_fields(Workspace(root), Locale("de"))
    written = names_po.read_bytes()
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    assert names_po.read_bytes() == written


def test_a_note_on_the_first_message_parted_by_a_blank_line_from_a_deleted_headers_comment_stays_the_messages(translated, tmp_path):
    root, wire_files, po_path = translated
    comment = polib.pofile(str(po_path)).header
    without_header_entry(po_path)
    text = po_path.read_text(encoding="utf-8")
    first = text.index("#. ")
    po_path.write_text(text[:first] + "\n# Titel kürzen, bitte.\n" + text[first:], encoding="utf-8")
    syndicate(root, "extract", *map(str, wire_files), "-l", "de")
    written = polib.pofile(str(po_path))
    assert written.header == comment
    assert written[0].msgid == "Will the port strike spread?" and written[0].tcomment == "Titel kürzen, bitte."
    assert_gettext_takes_it(po_path)
    assert_msgcat_writes_the_same(po_path, tmp_path)


def test_check_names_the_first_messages_own_line_when_the_header_entry_is_gone(translated):
    root, _, po_path = translated
    without_header_entry(po_path)
    text = po_path.read_text(encoding="utf-8")
    first = text.index("#. ")
    po_path.write_text(text[:first] + "\n" + text[first:], encoding="utf-8")
    own = next(number for number, line in enumerate(po_path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith("#."))
    catalog, lines_of = read_catalog_with_lines(po_path)
    assert lines_of[catalog.messages[0].key] == own
