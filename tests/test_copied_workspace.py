"""check in a copy of the workspace (`cp -r`, a CI cache, a backup put back), whose files all
have other identities: what was found in the same bytes stands, an edit is checked again; and
the records of a locale removed from the workspace go."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner

import syndicate.check
from syndicate.cli import main
from syndicate.extract import extract
from syndicate.workspace import Workspace

DE, FR = Locale("de"), Locale("fr")
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
CONTAINERS = "1,200 containers"


@pytest.fixture
def translated(newsroom, wire_files) -> Workspace:
    """The demo's stories in German and French, every sentence "translated" as it is but the
    port strike's containers, whose number the German translation leaves out: an error."""
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE, FR], now=NOW)
    for locale in (DE, FR):
        for path in workspace.locales_dir.glob(f"{locale}/LC_MESSAGES/*.po"):
            if path.stem == "names":
                continue
            po = polib.pofile(str(path))
            for entry in po:
                entry.msgstr = entry.msgid.replace(CONTAINERS, "viele Container") if locale == DE else entry.msgid
            po.save()
    assert CONTAINERS in workspace.po_file(DE, "port-strike").read_text(encoding="utf-8")
    return workspace


def run(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(folder)
    return CliRunner().invoke(main, list(args)).output


def copied(workspace: Workspace, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(workspace.root, copy)
    return copy


def reading_catalogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PO files check reads from now on, names glossaries aside (read on every check)."""
    read: list[str] = []
    reader = syndicate.check.read_catalog_with_lines

    def recorded(path, domain):
        if domain != "names":
            read.append(Path(path).name)
        return reader(path, domain)

    monkeypatch.setattr(syndicate.check, "read_catalog_with_lines", recorded)
    return read


def test_a_copy_of_the_workspace_is_checked_from_the_findings_kept_with_it(translated, tmp_path, monkeypatch):
    checked = run(translated.root, monkeypatch, "check")
    assert "numbers: missing 1,200" in checked
    copy = copied(translated, tmp_path)
    read = reading_catalogs(monkeypatch)
    assert run(copy, monkeypatch, "check") == checked
    assert read == [], "a file of the same bytes was read again"
    assert run(copy, monkeypatch, "check") == checked
    # The translator mends the number, and breaks another sentence of the same file: only its article is checked again.
    path = Workspace(copy).po_file(DE, "port-strike")
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = entry.msgstr.replace("viele Container", CONTAINERS).replace("9:30 a.m.", "10:30 a.m.")
    po.save()
    edited = run(copy, monkeypatch, "check")
    assert read == ["port-strike.po"] * 2  # de and fr
    assert "missing 1,200" not in edited and "missing 9:30 a.m." in edited


def test_a_copy_of_the_workspace_takes_up_the_builds_review(translated, tmp_path, monkeypatch):
    """A build, then the workspace copied before any check: check in the copy finds what the
    build's review found in the same bytes without reviewing them again; not in a file edited."""
    run(translated.root, monkeypatch, "build")
    copy = copied(translated, tmp_path)
    checked = run(translated.root, monkeypatch, "check")
    assert "numbers: missing 1,200" in checked

    def reviewed_again(*args):
        raise AssertionError("the build's review was done again")

    with monkeypatch.context() as patched:
        patched.setattr(syndicate.check, "_error_checks", reviewed_again)
        assert run(copy, monkeypatch, "check") == checked
    for record in Workspace(copy).check_records_folder.iterdir():
        record.unlink()
    po = polib.pofile(str(Workspace(copy).po_file(FR, "port-strike")))
    for entry in po:
        entry.msgstr = entry.msgstr.replace("9:30 a.m.", "10:30 a.m.")
    po.save()
    assert "[fr] “EU transport ministers meet on Friday at 9:30 a.m.”\n    error   numbers: missing 9:30 a.m." in run(copy, monkeypatch, "check")


def test_the_records_of_a_locale_removed_from_the_workspace_go(translated, monkeypatch):
    syndicate_folder = translated.root / ".syndicate"
    for command in ("build", "check", "status"):
        run(translated.root, monkeypatch, command)
    for record in ("translation-progress-fr.json", "names-fr.json"):
        assert (syndicate_folder / record).exists()
    reviews = list(translated.review_records_folder.iterdir())
    assert {"de", "fr"} <= set(json.loads(reviews[0].read_text(encoding="utf-8")))
    shutil.rmtree(translated.locales_dir / "fr")
    run(translated.root, monkeypatch, "status")
    assert not (syndicate_folder / "translation-progress-fr.json").exists()
    assert (syndicate_folder / "translation-progress-de.json").exists()
    (syndicate_folder / "names-fr.json").write_text("{}", encoding="utf-8")
    run(translated.root, monkeypatch, "build")
    assert not (syndicate_folder / "names-fr.json").exists()
    run(translated.root, monkeypatch, "check")
    assert [set(json.loads(review.read_text(encoding="utf-8"))) for review in reviews] == [{"de"}] * len(reviews)
    assert (syndicate_folder / "names-de.json").exists(), "a locale still there keeps its records"
