"""What the file system refuses (a file's rights, a full disk) as operations meet it: one PO
file that cannot be read keeps only its item back; a file that cannot be written is named (not
the temp file beside it), with what to do, and exit status 3, which scripts tell apart from the
desk's refusals (1); a full disk under the translation memory keeps its database and history."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from syndicate.cli import main

# Root reads and writes whatever the rights say: the command runs without the capabilities
# that let it, as a desk's own user would.
WITHOUT_OVERRIDES = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
needs_rights = pytest.mark.skipif(bool(WITHOUT_OVERRIDES) and shutil.which("setpriv") is None,
                                  reason="root without setpriv (util-linux) reads every file")


def syndicate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WITHOUT_OVERRIDES, sys.executable, "-m", "syndicate", "--root", str(root), *args],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo newsroom, translated and built."""
    root = tmp_path / "newsroom"
    for folder in ("wire", "locales", "articles", "feeds"):
        shutil.copytree(REPO / folder, root / folder)
    assert syndicate(root, "build").returncode == 0
    return root


def edit(po: Path, old: str, new: str) -> None:
    text = po.read_text(encoding="utf-8")
    assert old in text
    po.write_text(text.replace(old, new, 1), encoding="utf-8")


@needs_rights
def test_a_po_file_that_cannot_be_read_keeps_only_its_item_back(demo: Path):
    edit(demo / "locales/de/LC_MESSAGES/cup-final.po", 'msgstr "Lissabon – Niemand', 'msgstr "Lissabon – Keiner')
    unreadable = demo / "locales/fr/LC_MESSAGES/port-strike.po"
    edit(unreadable, 'msgstr "Les ministres', 'msgstr "Les Ministres')
    unreadable.chmod(0o000)  # saved by a translator's own user, mode 600
    try:
        built = syndicate(demo, "build")
        assert built.returncode == 1, built.stderr  # an item refused, as for a PO syntax error: the others are published
        assert "not published: port-strike [fr]" in built.stdout + built.stderr
        assert "cannot be read (Permission denied)" in built.stdout + built.stderr
        assert "Lissabon – Keiner" in (demo / "feeds/de/cup-final.xml").read_text(encoding="utf-8")
        checked = syndicate(demo, "check", "-l", "fr")
        assert checked.returncode == 1 and "unreadable: cannot be read (Permission denied)" in checked.stdout
    finally:
        unreadable.chmod(0o644)
    assert syndicate(demo, "build").returncode == 0


@needs_rights
def test_a_feed_folder_that_cannot_be_written_is_named_with_what_to_do_and_exit_status_3(demo: Path):
    edit(demo / "locales/fr/LC_MESSAGES/port-strike.po", 'msgstr "Les ministres', 'msgstr "Les Ministres')
    folder = demo / "feeds/fr"
    folder.chmod(0o555)
    try:
        built = syndicate(demo, "build")
    finally:
        folder.chmod(0o755)
    assert built.returncode == 3
    assert built.stderr.strip() == (
        f"Error: {folder / 'port-strike.xml'}: Permission denied: give the user running syndicate access to it and its "
        "folder, then run the command again (every file is whole: none was left half-written)"
    )
    assert not list(folder.glob(".*.tmp"))
    assert syndicate(demo, "build").returncode == 0


def test_a_full_disk_under_the_translation_memory_keeps_its_database_and_says_so(demo: Path, monkeypatch):
    """SQLite undoes the transaction of a full disk itself: the rollback after it failed and hid
    why, and the database, taken for damaged, was deleted with the history it keeps."""
    import syndicate.memory_store

    invoke = CliRunner().invoke
    assert invoke(main, ["--root", str(demo), "extract", *map(str, sorted((demo / "wire").glob("*.txt")))]).exit_code == 0
    database = demo / ".syndicate/memory-de.sqlite3"
    before = database.read_bytes()
    edit(demo / "locales/de/LC_MESSAGES/cup-final.po", 'msgstr "Lissabon – Niemand', 'msgstr "Lissabon – Keiner')

    def disk_full(connection, *args):
        connection.execute("BEGIN IMMEDIATE")
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL
        connection.execute("ROLLBACK")  # as SQLite does on SQLITE_FULL: the transaction is gone
        raise full
    monkeypatch.setattr(syndicate.memory_store, "_update", disk_full)
    result = invoke(main, ["--root", str(demo), "extract", *map(str, sorted((demo / "wire").glob("*.txt")))])
    assert result.exit_code == 3
    assert result.output.strip() == (
        f"Error: {database}: No space left on device: free space on its disk, then run the command again "
        "(every file is whole: none was left half-written)"
    )
    assert database.read_bytes() == before


def test_a_translation_memory_on_a_full_disk_is_exported_from_its_files(demo: Path, monkeypatch):
    """An export only reads: as from a read-only workspace, it reads the PO files."""
    import syndicate.memory_store

    invoke = CliRunner().invoke
    expected = invoke(main, ["--root", str(demo), "tm", "export", "-l", "de"])
    assert expected.exit_code == 0 and "<tu" in expected.output
    shutil.rmtree(demo / ".syndicate")  # the database is to be built again, and the disk is full

    def disk_full(connection, *args):
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise full
    monkeypatch.setattr(syndicate.memory_store, "_update", disk_full)
    exported = invoke(main, ["--root", str(demo), "tm", "export", "-l", "de"])
    assert exported.exit_code == 0, exported.output
    assert exported.output == expected.output
