"""status: units and source words per article and locale, counted again only where a file changed."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import polib
import pytest
from babel import Locale

import syndicate.status
from syndicate.catalog import Message
from syndicate.extract import extract
from syndicate.model import InputError
from syndicate.status import Progress, locale_totals, workspace_progress
from syndicate.workspace import Workspace

DE, FR = Locale("de"), Locale("fr")
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def workspace(newsroom, wire_files) -> Workspace:
    workspace = Workspace(newsroom)
    extract(workspace, [path for path in wire_files if path.name == "port-strike.txt"], [DE], now=NOW)
    return workspace


def translate_first(workspace: Workspace, count: int) -> int:
    """Translate the first `count` messages of the German PO; their source words."""
    po = polib.pofile(str(workspace.po_file(DE, "port-strike")))
    for entry in po[:count]:
        entry.msgstr = "DE: " + entry.msgid
    po.save()
    return sum(syndicate.status.source_words(entry) for entry in po[:count])


def test_progress_follows_every_edit_and_a_missing_po_counts_the_template(workspace):
    [german, french] = workspace_progress(workspace, [DE, FR])
    assert (german.translated, german.fuzzy, german.untranslated_words) == (0, 0, french.untranslated_words)
    assert (french.locale, french.total, french.percent) == ("fr", german.total, 0.0)
    words = translate_first(workspace, 3)
    [german] = workspace_progress(workspace, [DE])
    assert (german.translated, german.translated_words, german.untranslated) == (3, words, german.total - 3)


def test_unchanged_files_are_not_read_again(workspace, monkeypatch):
    translate_first(workspace, 2)
    before = workspace_progress(workspace, [DE, FR])
    monkeypatch.setattr(syndicate.status, "read_catalog", lambda *args: pytest.fail("an unchanged file was read again"))
    assert workspace_progress(workspace, [DE, FR]) == before


@pytest.mark.parametrize("by_root", [False, True], ids=["run-inside", "--root"])
def test_a_copy_of_the_workspace_is_counted_from_the_counts_kept_with_it(workspace, wire_files, tmp_path, monkeypatch, by_root):
    """A copy (`cp -r`, a CI cache, a backup put back) gives every file another identity: the
    counts kept for the same bytes stand, as the build's records do, whether the desk runs
    inside the copy or names it with --root; an edit is counted again."""
    from click.testing import CliRunner
    from syndicate.cli import main

    def status(root, *args):
        if by_root:
            return CliRunner().invoke(main, ["--root", str(root), "status", *args])
        monkeypatch.chdir(root)
        return CliRunner().invoke(main, ["status", *args])

    extract(workspace, wire_files, [DE], now=NOW)
    translate_first(workspace, 3)
    counted = status(workspace.root)
    assert counted.exit_code == 0
    copy = tmp_path / "copy"
    shutil.copytree(workspace.root, copy)
    read = syndicate.status.read_catalog
    monkeypatch.setattr(syndicate.status, "read_catalog", lambda *args: pytest.fail("a file of the same bytes was read again"))
    assert status(copy).output == counted.output
    monkeypatch.setattr(syndicate.status, "read_catalog", read)
    translate_first(Workspace(copy), 5)
    [edited] = [line for line in status(copy, "port-strike").output.splitlines() if line.startswith("port-strike")]
    assert edited.split()[2] == "5"


def test_an_unknown_article_is_named(workspace):
    with pytest.raises(InputError, match="no article 'nosuch'"):
        workspace_progress(workspace, [DE], ["nosuch"])


def test_a_po_without_some_template_messages_counts_as_the_build_does(workspace):
    translate_first(workspace, 12)
    po_path = workspace.po_file(DE, "port-strike")
    po = polib.pofile(str(po_path))
    deleted = po[4]
    po.remove(deleted)  # a translator deleted an entry by mistake
    po[0].msgctxt = "Lede"  # and edited a context
    po.save()
    [german] = workspace_progress(workspace, [DE])
    assert (german.total, german.translated, german.untranslated) == (12, 10, 2)
    assert german.untranslated_words == syndicate.status.source_words(deleted) + syndicate.status.source_words(po[0])


def test_source_words_count_chinese_and_japanese_by_character_and_a_placeholder_as_one():
    assert syndicate.status.source_words(Message("{Maria_Costa} said the strike's 3.5% rise ended.")) == 7
    assert syndicate.status.source_words(Message("{Maria_Costa}は港でストが続くと述べた。")) == 13
    assert syndicate.status.source_words(Message("罢工进入第三天")) == 7
    assert syndicate.status.source_words(Message("Read <a1>the report</a1> and<a2>{Maria_Costa}</a2>.")) == 5, "a link marker is no word"


def test_a_po_file_that_cannot_be_read_is_one_row_marked_and_the_others_counted(workspace, wire_files):
    from click.testing import CliRunner
    from syndicate.cli import main

    extract(workspace, wire_files, [DE], now=NOW)
    translate_first(workspace, 3)
    broken = workspace.po_file(DE, "cup-final")
    broken.write_text(broken.read_text(encoding="utf-8").replace('msgstr ""', 'msgstr "un"closed"', 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "status", "-l", "de"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("port-strike") and line.split()[2] == "3" for line in lines)
    assert any(line.startswith("cup-final") and line.endswith("unreadable") for line in lines)
    assert f"error: {broken}:" in result.output
    rows = {row.article_id: row for row in workspace_progress(workspace, [DE])}
    assert rows["cup-final"].error and rows["cup-final"].translated == 0 and rows["port-strike"].error is None


def test_a_template_deleted_from_the_workspace_is_its_articles_rows_marked_and_the_others_counted(workspace, wire_files):
    from click.testing import CliRunner
    from syndicate.cli import main

    extract(workspace, wire_files, [DE], now=NOW)
    translate_first(workspace, 3)
    workspace.template_file("cup-final").unlink()
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "status", "-l", "de"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("port-strike") and line.split()[2] == "3" for line in lines)
    assert any(line.startswith("cup-final") and line.endswith("unreadable") for line in lines)
    assert "run `syndicate extract` on the article" in result.output


def _language_line(po) -> int:
    return next(number for number, line in enumerate(po.read_text(encoding="utf-8").splitlines(), 1) if line.startswith('"Language:'))


def test_a_po_whose_header_names_another_language_is_counted_as_translated_and_said_not_published(newsroom, wire_files):
    """The build refuses it (catalog's language check): status must not show the locale as done."""
    from click.testing import CliRunner
    from syndicate.cli import main

    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE, FR], now=NOW)
    po_path = workspace.po_file(FR, "port-strike")
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = "FR: " + entry.msgid
    po.save()
    status = ["--root", str(newsroom), "status", "-l", "fr"]
    assert CliRunner().invoke(main, status).exit_code == 0  # its counts kept in .syndicate/ as the file was
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('"Language: fr\\n"', '"Language: de\\n"'), encoding="utf-8")
    result = CliRunner().invoke(main, status)
    assert result.exit_code == 1
    [row] = [line for line in result.output.splitlines() if line.startswith("port-strike")]
    assert row.split()[2:5] == [str(len(po)), "0", "0"] and row.endswith("not published"), "its units are translated"
    assert (f"error: {po_path}:{_language_line(po_path)}: the PO header says Language: de, but it sits in the folder for fr"
            in result.output)
    assert "nothing of port-strike is published in the fr feed until it is mended" in result.output
    assert "counted as to do" not in result.output
    rows = {row["article_id"]: row for row in json.loads(CliRunner().invoke(main, [*status, "--format", "json"]).stdout)}
    assert rows["port-strike"]["percent"] == 100.0 and rows["port-strike"]["error"] is None
    assert f"{po_path}:{_language_line(po_path)}: the PO header says Language: de" in rows["port-strike"]["not_published"]
    assert rows["cup-final"]["not_published"] is None
    assert CliRunner().invoke(main, [*status, "--format", "json"]).exit_code == 1
    assert CliRunner().invoke(main, ["--root", str(newsroom), "status", "-l", "de"]).exit_code == 0


def test_a_broken_names_glossary_is_said_on_every_row_of_its_locale_and_once_as_an_error(newsroom, wire_files):
    """The build publishes nothing in the locale until the glossary is mended, though the
    stories' own files are fine."""
    from click.testing import CliRunner
    from syndicate.cli import main

    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE, FR], now=NOW)
    glossary = newsroom / "locales/fr/LC_MESSAGES/names.po"
    assert CliRunner().invoke(main, ["--root", str(newsroom), "status"]).exit_code == 0
    with glossary.open("a", encoding="utf-8") as handle:
        handle.write('msgid "broken\n')
    broken_line = len(glossary.read_text(encoding="utf-8").splitlines())
    result = CliRunner().invoke(main, ["--root", str(newsroom), "status"])
    assert result.exit_code == 1
    rows = [line for line in result.output.splitlines() if line.split()[1:2] in (["de"], ["fr"])]
    assert all(line.endswith("not published") == (line.split()[1] == "fr") for line in rows) and len(rows) == 6
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, "said once for the locale"
    assert errors[0].startswith(f"error: {glossary}:{broken_line}: PO syntax error")
    assert errors[0].endswith("nothing is published in the fr feed until it is mended")
    listed = CliRunner().invoke(main, ["--root", str(newsroom), "status", "--format", "json"])
    assert listed.exit_code == 1
    for row in json.loads(listed.stdout):
        assert bool(row["not_published"]) == (row["locale"] == "fr") and row["error"] is None
    built = CliRunner().invoke(main, ["--root", str(newsroom), "build"])
    assert f"[fr]: {glossary}:{broken_line}: PO syntax error" in built.output, "as the build says"
    glossary.unlink()  # which the build waits for too
    result = CliRunner().invoke(main, ["--root", str(newsroom), "status", "-l", "fr"])
    assert result.exit_code == 1 and f"error: {glossary}: the names glossary is missing" in result.output


def test_the_totals_follow_the_locales_order_whatever_the_first_article_is_translated_into():
    # A German story first: it is translated into en, es and fr, not de; the English ones into de too.
    rows = [Progress("a-german", tag, 1, 0, 0, 5, 0, 0) for tag in ("en", "es", "fr")] + [
        Progress("b-english", tag, 2, 0, 0, 9, 0, 0) for tag in ("de", "es", "fr")]
    assert [(total.locale, total.translated) for total in locale_totals(rows)] == [("de", 2), ("en", 1), ("es", 3), ("fr", 3)]
