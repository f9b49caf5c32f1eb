"""PO files go through Poedit, polib, msgcat and msgmerge and come back with nothing lost."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel import Locale
from translate.storage import pypo
from click.testing import CliRunner

from conftest import REPO, msgfmt_check
from syndicate.cli import main
from syndicate.extract import extract
from syndicate.pofile import read_catalog
from syndicate.workspace import Workspace

DE = Locale("de")


@pytest.fixture
def translated_po(newsroom, wire_files) -> tuple[Workspace, list[Path], Path]:
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE])
    po_path = workspace.po_file(DE, "port-strike")
    shutil.copy(REPO / "locales/de/LC_MESSAGES/port-strike.po", po_path)
    extract(workspace, wire_files, [DE])  # takes this workspace's template dates
    return workspace, wire_files, po_path


def essentials(path: Path) -> dict:
    """What a translator's file must never lose: translations, flags, comments, placeholders."""
    catalog = read_catalog(path)
    return {
        message.key: (message.msgstr, message.flags, " ".join(message.extracted_comments), " ".join(message.translator_comments))
        for message in catalog.messages
    }


def gettext(*command: str) -> None:
    assert shutil.which(command[0]), f"GNU gettext's {command[0]} is required"
    subprocess.run(command, check=True, capture_output=True)


def test_poedit_style_save_is_read_back_whole_and_not_rewritten(translated_po):
    workspace, wire_files, po_path = translated_po
    before = essentials(po_path)
    # Poedit saves through msgcat, re-wraps, and stamps its own header fields.
    gettext("msgcat", "--width=60", "-o", str(po_path), str(po_path))
    po = polib.pofile(str(po_path), wrapwidth=60)
    po.metadata.update({"X-Generator": "Poedit 3.4.2", "Last-Translator": "Jana Vogel <jana@example.com>"})
    po.save()
    gettext("msgcat", "--width=60", "-o", str(po_path), str(po_path))
    saved = po_path.read_bytes()
    assert essentials(po_path) == before
    extract(workspace, wire_files, [DE])
    assert po_path.read_bytes() == saved, "only re-wrapped: extract leaves the translator's file alone"
    msgfmt_check(po_path)


def test_polib_save_and_msgmerge_keep_everything(translated_po):
    workspace, wire_files, po_path = translated_po
    before = essentials(po_path)
    polib.pofile(str(po_path)).save()
    assert essentials(po_path) == before
    template = workspace.template_file("port-strike")
    gettext("msgmerge", "--quiet", "--previous", "-U", "--backup=off", str(po_path), str(template))
    merged = essentials(po_path)
    assert merged == before
    for key, (msgstr, flags, comments, _) in merged.items():
        if "{" in key[1]:
            assert "python-brace-format" in flags
            assert " = name: " in comments
            for placeholder in {part.split("}")[0] for part in key[1].split("{")[1:] if part}:
                assert "{" + placeholder + "}" in msgstr
    extract(workspace, wire_files, [DE])
    assert essentials(po_path) == before
    msgfmt_check(po_path)


def test_translator_comments_survive_updates(translated_po):
    workspace, wire_files, po_path = translated_po
    po = polib.pofile(str(po_path))
    entry = po.find("Port operator {Euromax_Terminals} declined to comment.")
    entry.tcomment = "Checked with the Hamburg desk."
    po.save()
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    source.write_text(source.read_text(encoding="utf-8").replace("declined to comment.", "declined to comment again."), encoding="utf-8")
    extract(workspace, wire_files, [DE])
    changed = polib.pofile(str(po_path)).find("Port operator {Euromax_Terminals} declined to comment again.")
    assert changed.tcomment == "Checked with the Hamburg desk."
    assert "fuzzy" in changed.flags and changed.msgstr == entry.msgstr


def test_a_source_update_keeps_what_msgmerge_keeps(translated_po, tmp_path):
    workspace, wire_files, po_path = translated_po
    reference = tmp_path / "msgmerge.po"
    shutil.copy(po_path, reference)
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    text = source.read_text(encoding="utf-8").replace("declined to comment.", "declined to comment on Friday.")
    source.write_text(text.replace("EU transport ministers meet on Friday at 9:30 a.m. ", ""), encoding="utf-8")
    extract(workspace, wire_files, [DE])
    gettext("msgmerge", "--quiet", "--previous", "-U", "--backup=off", str(reference), str(workspace.template_file("port-strike")))

    def updated(path: Path) -> dict:
        """What the update decided: each fuzzy message's previous text, each obsolete entry whole."""
        return {
            message.key: (message.msgstr, message.previous_msgid, message.extracted_comments, message.references)
            for message in read_catalog(path).messages
            if message.fuzzy or message.obsolete
        }

    ours = updated(po_path)
    assert ours == updated(reference)
    assert any(previous for _, previous, _, _ in ours.values()) and any(key[1].startswith("EU") for key in ours)
    msgfmt_check(po_path)


def test_two_translations_msgcat_could_not_choose_between_are_never_published(translated_po, tmp_path):
    workspace, _, po_path = translated_po
    reviewer = tmp_path / "reviewer.po"
    po = polib.pofile(str(po_path))
    changed = next(entry for entry in po if entry.msgstr and "python-brace-format" not in entry.flags)
    changed.msgstr = "Die Prüferin schrieb es anders."
    po.save(str(reviewer))
    gettext("msgcat", "-o", str(po_path), str(reviewer), str(po_path))
    merged = polib.pofile(str(po_path))
    conflicted = merged.find(changed.msgid)
    assert "#-#-#-#-#" in conflicted.msgstr and conflicted.fuzzy
    conflicted.flags.remove("fuzzy")  # cleared without choosing one of the two
    merged.save()
    runner = CliRunner()
    report = runner.invoke(main, ["--root", str(workspace.root), "check", "-l", "de", "port-strike"])
    assert report.exit_code == 1
    assert "error   msgcat-conflict: the translation holds msgcat's #-#-#-#-# markers" in report.output
    build = runner.invoke(main, ["--root", str(workspace.root), "build", "-l", "de", "port-strike"])
    assert build.exit_code == 1 and "msgcat-conflict" in build.output
    assert not workspace.item_file("de", "port-strike").exists()


def test_weblates_po_storage_reads_every_message_and_saves_the_file_as_extract_wrote_it(translated_po):
    """Weblate reads and writes PO files through translate-toolkit's `pypo` storage."""
    workspace, wire_files, po_path = translated_po
    written = po_path.read_bytes()
    store = pypo.pofile.parsefile(str(po_path))
    ours = {message.key: message for message in read_catalog(po_path).messages}
    theirs = {(unit.getcontext() or None, unit.source): unit for unit in store.units if not unit.isheader()}
    assert theirs.keys() == ours.keys()
    for key, unit in theirs.items():
        message = ours[key]
        assert unit.target == message.msgstr
        assert unit.isfuzzy() == message.fuzzy
        assert unit.getnotes("developer").splitlines() == list(message.extracted_comments)
        assert ("python-brace-format" in unit.typecomments[0]) if unit.typecomments else "{" not in unit.source
    store.savefile(str(po_path))
    assert po_path.read_bytes() == written
    extract(workspace, wire_files, [DE])
    assert po_path.read_bytes() == written


def test_a_fuzzy_message_translated_in_weblate_is_published_and_stays_translated(translated_po):
    workspace, wire_files, po_path = translated_po
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    source.write_text(source.read_text(encoding="utf-8").replace("declined to comment.", "declined to comment on Friday."), encoding="utf-8")
    extract(workspace, wire_files, [DE])
    store = pypo.pofile.parsefile(str(po_path))
    [unit] = [unit for unit in store.units if unit.isfuzzy()]
    assert unit.prev_source == "Port operator {Euromax_Terminals} declined to comment."
    # Weblate's "Needs editing" string: the translator edits it and saves it as translated;
    # translate-toolkit keeps the `#| msgid` of a message no longer fuzzy.
    unit.target = "Der Hafenbetreiber {Euromax_Terminals} wollte sich am Freitag nicht äußern."
    unit.markfuzzy(False)
    store.savefile(str(po_path))
    saved = po_path.read_bytes()
    msgfmt_check(po_path)
    runner = CliRunner()
    report = runner.invoke(main, ["--root", str(workspace.root), "check", "-l", "de", "port-strike"])
    assert report.exit_code == 0, report.output
    build = runner.invoke(main, ["--root", str(workspace.root), "build", "-l", "de", "port-strike"])
    assert build.exit_code == 0, build.output
    item = workspace.item_file("de", "port-strike").read_text(encoding="utf-8")
    assert "Der Hafenbetreiber Euromax Terminals wollte sich am Freitag nicht äußern." in item
    extract(workspace, wire_files, [DE])
    assert po_path.read_bytes() == saved
    # A copy of the workspace (a CI cache, a fresh checkout) has new file times, and its
    # extract reads the file again: the stale `#| msgid` is no reason to rewrite it.
    copy = workspace.root.parent / "copy"
    shutil.copytree(workspace.root, copy)
    extract(Workspace(copy), wire_files, [DE])
    assert Workspace(copy).po_file(DE, "port-strike").read_bytes() == saved
