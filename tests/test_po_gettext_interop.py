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
from click.testing import CliRunner

from conftest import REPO, msgfmt_check
from syndicate.catalog import Catalog, Message
from syndicate.cli import main
from syndicate.pofile import catalog_text, read_catalog

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
