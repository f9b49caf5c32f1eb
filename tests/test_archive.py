"""Archiving stories done with: out of the daily work, in partners' feeds and the memory still."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import REPO, msgfmt_check
from schema import assert_valid
from syndicate.cli import main
from syndicate.fsutil import file_identity
from syndicate.ids import distinct_id
from syndicate.workspace import Workspace, enclosing_workspace
from test_syndication import DE, FR, GUID, ORIGINAL, _agency_translation_published, agency_item, translate

ARTICLE_FILES = ("articles/port-strike.json", "locales/templates/port-strike.pot",
                 "locales/de/LC_MESSAGES/port-strike.po", "locales/fr/LC_MESSAGES/port-strike.po")


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def published(root: Path, wire_files: list[Path]) -> None:
    """The demo's three stories extracted into German and French, translated and built."""
    assert invoke(root, "extract", *map(str, wire_files), "-l", "de,fr").exit_code == 0
    for path in (REPO / "locales").glob("*/LC_MESSAGES/*.po"):
        if path.stem != "names":
            shutil.copy(path, root / path.relative_to(REPO))
    assert invoke(root, "build").exit_code == 0


def feeds(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted((root / "feeds").rglob("*.xml"))}


def files(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file() and ".syndicate" not in path.parts)


def test_an_archived_story_leaves_build_status_and_check_and_stays_in_the_feeds(newsroom, wire_files):
    published(newsroom, wire_files)
    before = feeds(newsroom)
    result = invoke(newsroom, "archive", "port-strike")
    assert result.exit_code == 0, result.output
    assert "archived: port-strike (first published 2026-11-19 00:00)" in result.output
    for name in ARTICLE_FILES:
        assert not (newsroom / name).exists() and (newsroom / "archive" / name).is_file()
    state = json.loads((newsroom / ".syndicate/build-state.json").read_text())
    assert "port-strike" not in state and "port-strike" not in json.loads((newsroom / ".syndicate/extract-state.json").read_text())

    build = invoke(newsroom, "build")
    assert "0 item(s) written, 6 unchanged." in build.output and "gone" not in build.output
    # An index written again (another limit) lists the archived story's items as before.
    assert "0 item(s) written" in invoke(newsroom, "build", "--index-limit", "50").output
    after = feeds(newsroom)
    assert {name: data for name, data in after.items() if not name.endswith("index.xml")} == \
           {name: data for name, data in before.items() if not name.endswith("index.xml")}
    index = etree.fromstring(after["feeds/de/index.xml"])
    assert "urn:newsml:syndicate.example:20261119:port-strike:de" in [item.get("guid") for item in index.iter("{*}newsItem")]

    status = invoke(newsroom, "status")
    assert "port-strike" not in status.output and "1 story archived in" in status.output
    check = invoke(newsroom, "check")
    assert check.exit_code == 0 and "port-strike" not in check.output
    assert "is archived: `syndicate unarchive port-strike`" in invoke(newsroom, "build", "port-strike").output


def test_unarchived_as_it_was_the_story_is_not_published_again(newsroom, wire_files):
    published(newsroom, wire_files)
    before = feeds(newsroom)
    invoke(newsroom, "archive", "port-strike", "cup-final")
    result = invoke(newsroom, "unarchive", "port-strike")
    assert result.output == "port-strike: back from the archive\n"
    assert all((newsroom / name).is_file() and not (newsroom / "archive" / name).exists() for name in ARTICLE_FILES)
    assert "0 item(s) written, 6 unchanged." in invoke(newsroom, "build").output
    assert feeds(newsroom) == before
    again = invoke(newsroom, "unarchive", "port-strike")
    assert again.exit_code == 0 and again.output == "note: port-strike is in the workspace already, not in the archive\n"
    unknown = invoke(newsroom, "unarchive", "no-such")
    assert unknown.exit_code == 1 and "no article 'no-such' in the archive" in unknown.output


def test_in_a_fresh_clone_archived_stories_stay_in_the_indexes_and_come_back_as_they_were(newsroom, wire_files):
    published(newsroom, wire_files)
    before = feeds(newsroom)
    invoke(newsroom, "archive", "port-strike")
    shutil.rmtree(newsroom / ".syndicate")
    assert "0 item(s) written, 6 unchanged." in invoke(newsroom, "build").output
    assert "0 item(s) written" in invoke(newsroom, "build", "--index-limit", "50").output
    assert invoke(newsroom, "unarchive", "port-strike").exit_code == 0
    build = invoke(newsroom, "build")
    assert "0 item(s) written, 9 unchanged." in build.output, build.output
    assert {name: data for name, data in feeds(newsroom).items() if not name.endswith("index.xml")} == \
           {name: data for name, data in before.items() if not name.endswith("index.xml")}
    index = etree.fromstring((newsroom / "feeds/de/index.xml").read_bytes())
    assert "urn:newsml:syndicate.example:20261119:port-strike:de" in [item.get("guid") for item in index.iter("{*}newsItem")]


def test_a_dry_run_moves_nothing_and_unfinished_or_unbuilt_stories_are_held_back(newsroom, wire_files):
    published(newsroom, wire_files)
    po = polib.pofile(str(newsroom / "locales/fr/LC_MESSAGES/cup-final.po"))
    po[1].msgstr = ""
    po.save()
    edited = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/senate-vote.po"))
    edited[1].msgstr += " "
    edited.save()
    before = files(newsroom)
    result = invoke(newsroom, "archive", "--older-than", "1d", "--dry-run")
    assert result.exit_code == 0
    assert "would archive: port-strike (first published 2026-11-19 00:00)" in result.output
    assert "held back: cup-final (first published 2026-11-22 00:00): its translation into fr is unfinished" in result.output
    assert "held back: senate-vote (first published 2026-11-20 00:00): changed since its last build" in result.output
    assert "1 story would be archived, 2 held back." in result.output
    assert files(newsroom) == before
    # Only what was first published before the date.
    assert "would archive" not in invoke(newsroom, "archive", "--before", "2026-11-19", "--dry-run").output
    named = invoke(newsroom, "archive", "cup-final", "port-strike")
    assert named.exit_code == 1 and (newsroom / "articles/cup-final.json").exists()
    assert not (newsroom / "articles/port-strike.json").exists()
    assert invoke(newsroom, "archive", "--before", "2026-11-30", "--force").exit_code == 0
    assert not list((newsroom / "articles").glob("*.json"))
    soon = invoke(newsroom, "archive", "--before", "soon")
    assert soon.exit_code == 2 and "'soon' is no date: write it as 2026-11-01" in soon.output
    for age in ("99999999d", "9999999999w", "99999999999999999999h"):
        too_old = invoke(newsroom, "archive", "--dry-run", "--older-than", age)
        assert too_old.exit_code == 2 and f"'{age}' reaches back before the year 1" in too_old.output
    assert invoke(newsroom, "archive", "port-strike", "--older-than", "3d").exit_code == 2


def test_new_stories_get_archived_translations_from_the_memory_after_it_is_rebuilt(newsroom, wire_files, tmp_path):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    shutil.rmtree(newsroom / ".syndicate")  # a fresh clone of the workspace
    follow_up = tmp_path / "port-follow-up.txt"
    source = next(path for path in wire_files if path.name == "port-strike.txt").read_text()
    follow_up.write_text(source.replace("id port-strikes", "id port-follow-up").replace("id port-strike", "id port-follow-up"))
    assert invoke(newsroom, "extract", str(follow_up)).exit_code == 0
    new = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/port-follow-up.po"))
    archived = polib.pofile(str(newsroom / "archive/locales/de/LC_MESSAGES/port-strike.po"))
    remembered: dict[str, set[str]] = {}
    for entry in archived.translated_entries():
        remembered.setdefault(entry.msgid, set()).add(entry.msgstr)
    assert len(new) == len(archived) and not new.fuzzy_entries() and not new.untranslated_entries()
    assert all(entry.msgstr in remembered[entry.msgid] for entry in new)
    msgfmt_check(newsroom / "locales/de/LC_MESSAGES/port-follow-up.po")


def test_a_correction_of_an_archived_story_brings_it_back_and_publishes_the_next_version(newsroom, wire_files):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    port.write_text(port.read_text().replace("third day on Thursday", "third day on Friday"))
    result = invoke(newsroom, "extract", str(port))
    assert result.exit_code == 0
    assert "note: port-strike was archived: brought back from the archive, with its translations" in result.output
    assert not list((newsroom / "archive").rglob("port-strike.*"))
    for lang, day in (("de", "Freitag"), ("fr", "vendredi")):
        path = newsroom / f"locales/{lang}/LC_MESSAGES/port-strike.po"
        po = polib.pofile(str(path))
        [changed] = po.fuzzy_entries()
        changed.msgstr = changed.msgstr.replace("Donnerstag", day).replace("jeudi", day)
        changed.flags.remove("fuzzy")
        changed.previous_msgid = None
        po.save()
        msgfmt_check(path)
    build = invoke(newsroom, "build")
    assert "3 item(s) written" in build.output and "gone" not in build.output
    for lang in ("en", "de", "fr"):
        item = etree.fromstring((newsroom / f"feeds/{lang}/port-strike.xml").read_bytes())
        assert item.get("version") == "2"
        assert_valid(item)
    assert "Freitag" in (newsroom / "feeds/de/port-strike.xml").read_text()


def test_extracting_every_source_again_leaves_the_archive_as_it_is(newsroom, wire_files):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    result = invoke(newsroom, "extract", *map(str, wire_files))
    assert "port-strike: archived, unchanged (left in the archive)" in result.output and "brought back" not in result.output
    assert (newsroom / "archive/articles/port-strike.json").exists() and not (newsroom / "articles/port-strike.json").exists()
    assert "0 item(s) written, 6 unchanged." in invoke(newsroom, "build").output


def test_a_kill_of_an_archived_story_brings_it_back_and_withdraws_it_from_every_feed(newsroom, wire_files):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    port.write_text(port.read_text().replace("id port-strike\n", "id port-strike\nstatus canceled\n"))
    assert "port-strike was archived: brought back" in invoke(newsroom, "extract", str(port)).output
    assert "3 item(s) written" in invoke(newsroom, "build").output
    for lang in ("en", "de", "fr"):
        item = (newsroom / f"feeds/{lang}/port-strike.xml").read_bytes()
        assert b'<pubStatus qcode="stat:canceled"/>' in item and b'version="2"' in item
        assert_valid(etree.fromstring(item))


def test_withdrawing_an_archived_story_brings_it_back_first(newsroom, wire_files):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    result = invoke(newsroom, "withdraw", "port-strike")
    assert "note: port-strike was archived: brought back from the archive" in result.output
    assert "port-strike: withdrawn by the desk" in result.output
    assert "3 item(s) written" in invoke(newsroom, "build").output
    assert '<pubStatus qcode="stat:canceled"/>' in (newsroom / "feeds/de/port-strike.xml").read_text()


@pytest.mark.parametrize("stop_at", ["a file", "the records"])
def test_an_archive_stopped_half_way_leaves_every_article_whole(newsroom, wire_files, monkeypatch, stop_at):
    """Stopped before its record moved, an article is put back; after, the move is finished."""
    published(newsroom, wire_files)
    before = feeds(newsroom)
    moved = []

    def stopped_replace(path, target):
        if stop_at == "a file" and len(moved) == 2:
            raise KeyboardInterrupt
        moved.append(path)
        os.rename(path, target)

    def stopped_records(workspace, article_ids):
        raise KeyboardInterrupt

    monkeypatch.setattr("syndicate.archive.os.replace", stopped_replace)
    if stop_at == "the records":
        monkeypatch.setattr("syndicate.archive._move_records", stopped_records)
    assert invoke(newsroom, "archive", "port-strike").exit_code == 130
    monkeypatch.undo()
    archived = stop_at == "the records"
    assert (newsroom / "archive/articles/port-strike.json").exists() == archived
    build = invoke(newsroom, "build")
    assert f"0 item(s) written, {6 if archived else 9} unchanged." in build.output and "gone" not in build.output
    home, away = (newsroom / "archive", newsroom) if archived else (newsroom, newsroom / "archive")
    for name in ARTICLE_FILES:
        assert (home / name).is_file() and not (away / name).exists()
    assert ("port-strike" in json.loads((newsroom / ".syndicate/build-state.json").read_text())) != archived
    assert not (newsroom / ".syndicate/archive-moves.json").exists()
    assert feeds(newsroom) == before


def test_ids_never_lead_out_of_the_workspace_and_archive_is_no_workspace_of_its_own(newsroom, wire_files):
    published(newsroom, wire_files)
    for command in ("archive", "unarchive"):
        result = invoke(newsroom, command, "../articles/port-strike")
        assert result.exit_code == 1 and "../articles/port-strike" in result.output
        assert (newsroom / "articles/port-strike.json").exists() and not (newsroom / "archive").exists()
    invoke(newsroom, "archive", "port-strike")
    assert (newsroom / "articles/cup-final.json").exists()
    inside = newsroom / "archive/locales/de"
    assert (inside / enclosing_workspace(inside)).resolve() == newsroom.resolve()


def test_with_every_story_archived_build_status_and_check_have_nothing_to_do(newsroom, wire_files):
    published(newsroom, wire_files)
    assert invoke(newsroom, "archive", "--before", "2026-11-30").exit_code == 0
    before = feeds(newsroom)
    for args in (("build",), ("build", "--index-limit", "10"), ("check",)):
        result = invoke(newsroom, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "no articles" not in result.output
    status = invoke(newsroom, "status")
    assert status.exit_code == 0 and status.output.startswith("3 stories archived in ")
    assert "nothing is translated" not in status.output
    assert feeds(newsroom) == before
    build = invoke(newsroom, "build", "port-strike")
    assert build.exit_code == 1 and "port-strike is archived: `syndicate unarchive port-strike`" in build.output
    # An empty workspace (a mistyped --root) is said as before.
    empty = newsroom.parent / "empty"
    empty.mkdir()
    assert "no articles in" in invoke(empty, "status").output


def listed(index: Path) -> list[str]:
    root = etree.fromstring(index.read_bytes())
    return [item.get("guid") for item in root.iter("{*}newsItem")]


def test_with_every_story_archived_a_new_index_limit_rewrites_the_indexes_and_no_item(newsroom, wire_files):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de,fr").exit_code == 0
    for path in (REPO / "locales").glob("*/LC_MESSAGES/*.po"):
        if path.stem != "names":
            shutil.copy(path, newsroom / path.relative_to(REPO))
    # Two runs: the newest items of an index are one run's, which it lists whatever the limit.
    assert invoke(newsroom, "build", "port-strike").exit_code == 0
    assert invoke(newsroom, "build").exit_code == 0
    assert invoke(newsroom, "archive", "--before", "2026-11-30").exit_code == 0
    items = {name: data for name, data in feeds(newsroom).items() if not name.endswith("index.xml")}
    every = {lang: listed(newsroom / f"feeds/{lang}/index.xml") for lang in ("en", "de", "fr")}
    assert all(len(guids) == 3 for guids in every.values())

    result = invoke(newsroom, "build", "--index-limit", "1")
    assert result.exit_code == 0, result.output
    for lang in every:
        index = newsroom / f"feeds/{lang}/index.xml"
        assert_valid(index.read_bytes())
        assert len(listed(index)) == 2 and not any("port-strike" in guid for guid in listed(index))
    assert invoke(newsroom, "build", "--index-limit", "100").exit_code == 0
    assert {lang: listed(newsroom / f"feeds/{lang}/index.xml") for lang in every} == every
    assert {name: data for name, data in feeds(newsroom).items() if not name.endswith("index.xml")} == items


def test_a_story_a_stopped_archive_run_had_not_moved_yet_keeps_what_its_build_recorded(newsroom, wire_files):
    published(newsroom, wire_files)
    state = json.loads((newsroom / ".syndicate/build-state.json").read_text())
    # As a run killed right after naming the articles it moves leaves the workspace.
    (newsroom / ".syndicate/archive-moves.json").write_text('{"articles": ["port-strike"]}')
    result = invoke(newsroom, "archive", "--dry-run", "port-strike")
    assert "would archive: port-strike" in result.output and "held back" not in result.output
    assert json.loads((newsroom / ".syndicate/build-state.json").read_text()) == state
    assert not (newsroom / ".syndicate/archive-moves.json").exists()


def agency_story_archived(newsroom: Path) -> None:
    """The agency's harbour-talks item extracted, translated, built and archived."""
    assert invoke(newsroom, "extract", str(agency_item(newsroom.parent)), "-l", "de,fr").exit_code == 0
    for locale in (DE, FR):
        translate(Workspace(newsroom), locale, "harbour-talks")
    assert invoke(newsroom, "build").exit_code == 0
    assert invoke(newsroom, "archive", "harbour-talks").exit_code == 0


def test_the_agencys_translation_of_an_archived_original_is_skipped_and_leaves_it_in_the_archive(newsroom, tmp_path):
    agency_story_archived(newsroom)
    folder = tmp_path / "german"
    folder.mkdir()
    translation = agency_item(folder, guid=f"{GUID}:de", last="Beide Seiten treffen sich nächste Woche wieder.")
    text = translation.read_text(encoding="utf-8").replace('xml:lang="en"', 'xml:lang="de"', 1)
    text = text.replace('<language tag="en"/>', '<language tag="de"/>')
    translation.write_text(text.replace("<itemClass", f'<link rel="exrel:translationOf" residref="{GUID}"/><itemClass'), encoding="utf-8")
    for _ in range(2):
        result = invoke(newsroom, "extract", str(translation))
        assert result.exit_code == 0, result.output
        assert f"harbour-talks: skipped {translation}, the agency's de translation of {GUID}" in result.output
        assert "brought back" not in result.output
        assert (newsroom / "archive/articles/harbour-talks.json").exists() and not (newsroom / "articles/harbour-talks.json").exists()


@pytest.mark.parametrize("last", ["Both sides will meet again next week.", "Another agency's last paragraph."],
                         ids=["same text", "other text"])
def test_another_agencys_item_of_an_archived_storys_id_is_a_story_of_its_own(newsroom, tmp_path, last):
    agency_story_archived(newsroom)
    folder = tmp_path / "other"
    folder.mkdir()
    guid = "urn:newsml:other.example:20261121:harbour-talks"
    other = agency_item(folder, guid=guid, last=last)
    other.write_text(other.read_text(encoding="utf-8").replace("agency.example", "other.example"), encoding="utf-8")
    result = invoke(newsroom, "extract", str(other))
    assert result.exit_code == 0, result.output
    own_id = distinct_id("harbour-talks", guid)
    assert f"{own_id}: 7 units, 4 file(s) written" in result.output
    assert "archived" not in result.output
    assert (newsroom / "archive/articles/harbour-talks.json").exists() and not (newsroom / "articles/harbour-talks.json").exists()
    assert (newsroom / f"articles/{own_id}.json").exists()


def test_the_agencys_kill_of_a_translation_whose_place_an_archived_original_took_brings_the_story_back(newsroom):
    local = _agency_translation_published(newsroom, "local_translation_de.xml")[0]
    assert invoke(newsroom, "extract", "-l", "de,fr", str(local / "local_original_en.xml")).exit_code == 0
    invoke(newsroom, "build")
    assert invoke(newsroom, "archive", "--force", "rotterdam-brussels").exit_code == 0
    result = invoke(newsroom, "extract", str(local / "local_kill_de_v3.xml"))
    assert result.exit_code == 0, result.output
    assert "note: rotterdam-brussels was archived: brought back from the archive" in result.output
    assert f"note: rotterdam-brussels: the agency withdrew {ORIGINAL}:de, its translation whose place the original took" in result.output
    invoke(newsroom, "build", "-l", "de")
    assert '<pubStatus qcode="stat:canceled"/>' in (newsroom / "feeds/de/rotterdam-brussels.xml").read_text()


@pytest.mark.parametrize("command", ["archive", "unarchive"])
def test_archive_and_unarchive_named_again_after_a_stopped_run_move_what_it_left(newsroom, wire_files, monkeypatch, command):
    published(newsroom, wire_files)
    if command == "unarchive":
        invoke(newsroom, "archive", "port-strike", "cup-final")
    moved = []

    def stopped_replace(path, target):
        if Path(path).stem == "cup-final":  # stopped once port-strike is wholly moved
            raise KeyboardInterrupt
        moved.append(path)
        os.rename(path, target)

    monkeypatch.setattr("syndicate.archive.os.replace", stopped_replace)
    assert invoke(newsroom, command, "port-strike", "cup-final").exit_code == 130
    monkeypatch.undo()
    result = invoke(newsroom, command, "port-strike", "cup-final")
    assert result.exit_code == 0, result.output
    if command == "archive":
        assert "note: port-strike is archived already" in result.output and "archived: cup-final" in result.output
    else:
        assert "note: port-strike is in the workspace already, not in the archive" in result.output
        assert "cup-final: back from the archive" in result.output and "port-strike: back" not in result.output
    home, away = (newsroom / "archive", newsroom) if command == "archive" else (newsroom, newsroom / "archive")
    for article_id in ("port-strike", "cup-final"):
        assert (home / f"articles/{article_id}.json").is_file() and not (away / f"articles/{article_id}.json").exists()
    assert "0 item(s) written" in invoke(newsroom, "build").output


@pytest.mark.parametrize("command", ["withdraw", "republish"])
def test_a_desk_decision_naming_an_unknown_story_brings_no_archived_one_back(newsroom, wire_files, command):
    published(newsroom, wire_files)
    invoke(newsroom, "archive", "port-strike")
    result = invoke(newsroom, command, "port-strike", "no-such")
    assert result.exit_code == 1 and "no-such" in result.output and "brought back" not in result.output
    assert (newsroom / "archive/articles/port-strike.json").exists() and not (newsroom / "articles/port-strike.json").exists()


def test_status_and_check_between_a_stopped_archive_run_and_the_next_writing_run(newsroom, wire_files, monkeypatch):
    published(newsroom, wire_files)

    def stopped_replace(path, target):
        if Path(target) == newsroom / "archive/articles/port-strike.json":  # its template and PO files moved, not its record
            raise KeyboardInterrupt
        os.rename(path, target)

    monkeypatch.setattr("syndicate.archive.os.replace", stopped_replace)
    assert invoke(newsroom, "archive", "port-strike").exit_code == 130
    monkeypatch.undo()
    assert (newsroom / "archive/locales/templates/port-strike.pot").exists()
    # A story the run named but had not touched yet is whole: not said, not left out.
    moves = newsroom / ".syndicate/archive-moves.json"
    moves.write_text(json.dumps({"articles": [*json.loads(moves.read_text())["articles"], "cup-final"]}))
    note = ("note: an archive or unarchive run was stopped while moving port-strike, left out here: the next writing run "
            "(`syndicate build`, for one) finishes the move")
    for command in ("status", "check"):
        result = invoke(newsroom, command)
        assert result.exit_code == 0, result.output
        assert note in result.output and "No such file" not in result.output
    assert "port-strike" not in invoke(newsroom, "status").output.replace(note, "")
    # Named alone, it leaves nothing to report on: not every other story instead.
    for command in ("status", "check"):
        result = invoke(newsroom, command, "port-strike")
        assert result.exit_code == 0 and result.output.strip() == note, (command, result.output)
    assert "0 item(s) written, 9 unchanged." in invoke(newsroom, "build").output
    status = invoke(newsroom, "status")
    assert "port-strike" in status.output and "stopped" not in status.output


def test_archiving_a_story_named_wrongly_moves_none_of_the_others(newsroom, wire_files):
    published(newsroom, wire_files)
    result = invoke(newsroom, "archive", "port-strike", "no-such")
    assert result.exit_code == 1 and "no article 'no-such' in" in result.output
    assert (newsroom / "articles/port-strike.json").exists() and not (newsroom / "archive").exists()
    result = invoke(newsroom, "unarchive", "port-strike", "no-such")
    assert result.exit_code == 1 and "no article 'no-such' in the archive" in result.output


def test_in_a_fresh_clone_the_original_of_an_agencys_translation_is_looked_for_in_the_archives_list_of_guids(
        newsroom, wire_files, tmp_path, monkeypatch):
    published(newsroom, wire_files)
    agency_story_archived(newsroom)
    assert invoke(newsroom, "archive", "--before", "2026-11-30").exit_code == 0
    assert json.loads((newsroom / "archive/guids.json").read_text()) == {
        "cup-final": None, "harbour-talks": GUID, "port-strike": None, "senate-vote": None}
    shutil.rmtree(newsroom / ".syndicate")
    read = []
    load_article = Workspace.load_article

    def counted(self, article_id):
        if self.article_file(article_id).exists():
            read.append((self.root.name, article_id))
        return load_article(self, article_id)

    monkeypatch.setattr(Workspace, "load_article", counted)
    folder = tmp_path / "german"
    folder.mkdir()
    for original, last in ((GUID, "Beide Seiten treffen sich nächste Woche wieder."),
                           ("urn:newsml:agency.example:20261120:elsewhere", "Die Gespräche gehen weiter.")):
        translation = agency_item(folder, guid=f"{original}:de", last=last, name=original.rpartition(":")[2])
        text = translation.read_text(encoding="utf-8").replace('xml:lang="en"', 'xml:lang="de"', 1)
        text = text.replace('<language tag="en"/>', '<language tag="de"/>')
        translation.write_text(text.replace("<itemClass", f'<link rel="exrel:translationOf" residref="{original}"/><itemClass'),
                               encoding="utf-8")
        read.clear()
        result = invoke(newsroom, "extract", str(translation))
        assert result.exit_code == 0, result.output
        # Only the record of the archived original it names, if any, is read in the archive.
        assert [article_id for side, article_id in read if side == "archive"] == (["harbour-talks"] if original == GUID else [])
    assert "harbour-talks: skipped" in invoke(newsroom, "extract", str(folder / "harbour-talks.xml")).output
    assert (newsroom / "articles/elsewhere.json").exists()

    # As a run killed while writing the list leaves it.
    leftover = newsroom / "archive/.guids.json.4242-0.tmp"
    leftover.write_text("{")
    (newsroom / ".syndicate/run-in-progress").touch()
    assert invoke(newsroom, "unarchive", "harbour-talks").exit_code == 0
    assert "harbour-talks" not in json.loads((newsroom / "archive/guids.json").read_text()) and not leftover.exists()
    assert invoke(newsroom, "unarchive", "cup-final", "port-strike", "senate-vote").exit_code == 0
    assert not (newsroom / "archive/guids.json").exists()


def test_the_archive_is_not_looked_through_for_an_original_the_workspace_has(newsroom, wire_files, tmp_path, monkeypatch):
    published(newsroom, wire_files)
    assert invoke(newsroom, "archive", "--before", "2026-11-30").exit_code == 0
    (newsroom / "archive/guids.json").unlink()  # as an archive made before the list was kept
    shutil.rmtree(newsroom / ".syndicate")
    assert invoke(newsroom, "extract", str(agency_item(newsroom.parent)), "-l", "de").exit_code == 0
    read = []
    load_article = Workspace.load_article

    def counted(self, article_id):
        read.append((self.root.name, article_id))
        return load_article(self, article_id)

    monkeypatch.setattr(Workspace, "load_article", counted)
    folder = tmp_path / "german"
    folder.mkdir()
    translation = agency_item(folder, guid=f"{GUID}:de", last="Beide Seiten treffen sich nächste Woche wieder.")
    text = translation.read_text(encoding="utf-8").replace('xml:lang="en"', 'xml:lang="de"', 1)
    translation.write_text(text.replace('<language tag="en"/>', '<language tag="de"/>'), encoding="utf-8")
    result = invoke(newsroom, "extract", str(translation))
    assert result.exit_code == 0 and "harbour-talks: skipped" in result.output, result.output
    assert [article_id for side, article_id in read if side == "archive"] == []


OLD_STORY = """date 2026-10-01 Home page economy
id old-story
byline By Marta Kowalski

Port talks resume.

About 31 ships waited on Thursday.
"""


def translated_old_story(root: Path, tmp_path: Path, ships: str) -> Path:
    """old-story extracted into German and translated, the figure 31 written as `ships`."""
    source = tmp_path / "a.txt"
    source.write_text(OLD_STORY)
    assert invoke(root, "extract", str(source), "-l", "de").exit_code == 0
    po_path = root / "locales/de/LC_MESSAGES/old-story.po"
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = {"Port talks resume.": "Die Hafengespräche gehen weiter.",
                        "About 31 ships waited on Thursday.": f"Etwa {ships} Schiffe warteten am Donnerstag.",
                        "By {Marta_Kowalski}": "Von {Marta_Kowalski}"}.get(entry.msgid, entry.msgid)
    po.save()
    return po_path


@pytest.mark.parametrize("published_before", [False, True], ids=["never published", "an older version published"])
def test_a_story_whose_translation_the_build_refused_for_errors_is_held_back(newsroom, tmp_path, published_before):
    po_path = translated_old_story(newsroom, tmp_path, "31" if published_before else "13")
    if published_before:  # the German item is published, then its translation edited wrongly
        assert invoke(newsroom, "build").exit_code == 0
        po_path.write_text(po_path.read_text().replace("Etwa 31 Schiffe", "Etwa 13 Schiffe"))
    build = invoke(newsroom, "build")
    assert build.exit_code == 1 and "not published: old-story [de]" in build.output
    why = ("held back: old-story (first published 2026-10-01 00:00): the last build refused its item in de for errors "
           "(`syndicate build` says which) (--force archives it all the same)")
    dry_run = invoke(newsroom, "archive", "--before", "2026-11-01", "--dry-run")
    assert why in dry_run.output and "0 stories would be archived, 1 held back." in dry_run.output
    held = invoke(newsroom, "archive", "--before", "2026-11-01")
    assert held.exit_code == 0 and why in held.output and "archived: old-story" not in held.output
    assert (newsroom / "articles/old-story.json").is_file()
    named = invoke(newsroom, "archive", "old-story")
    assert named.exit_code == 1 and why in named.output
    check = invoke(newsroom, "check")
    assert check.exit_code == 1 and "old-story" in check.output
    forced = invoke(newsroom, "archive", "--before", "2026-11-01", "--force")
    assert forced.exit_code == 0 and "archived: old-story (first published 2026-10-01 00:00; the last build refused" in forced.output
    assert not (newsroom / "articles/old-story.json").exists()


def test_a_story_mended_and_published_after_a_refusal_is_archived(newsroom, tmp_path):
    po_path = translated_old_story(newsroom, tmp_path, "13")
    assert invoke(newsroom, "build").exit_code == 1
    po_path.write_text(po_path.read_text().replace("Etwa 13 Schiffe", "Etwa 31 Schiffe"))
    assert invoke(newsroom, "build").exit_code == 0
    result = invoke(newsroom, "archive", "--before", "2026-11-01")
    assert result.exit_code == 0 and "archived: old-story (first published 2026-10-01 00:00)\n" in result.output


@pytest.mark.parametrize("ships", ["13", "31"], ids=["refused", "published"])
def test_a_locale_no_longer_translated_into_holds_no_story_back(newsroom, tmp_path, ships):
    translated_old_story(newsroom, tmp_path, ships)
    assert invoke(newsroom, "build").exit_code == (1 if ships == "13" else 0)
    shutil.rmtree(newsroom / "locales/de")  # the desk stops translating into German: no build goes back to it
    assert invoke(newsroom, "build").exit_code == 0
    result = invoke(newsroom, "archive", "--before", "2026-11-01")
    assert result.exit_code == 0 and "archived: old-story (first published 2026-10-01 00:00)\n" in result.output, result.output


def copied_without_file_times(root: Path, tmp_path: Path) -> Path:
    """The workspace copied as `cp -r` (no -p), a CI checkout or a clone copy it: every file new, its time the copy's."""
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, copy_function=shutil.copyfile)
    return copy


def test_a_workspace_copied_without_file_times_is_archived_and_built_as_it_was(newsroom, wire_files, tmp_path):
    published(newsroom, wire_files)
    copy = copied_without_file_times(newsroom, tmp_path)
    dry_run = invoke(copy, "archive", "--before", "2026-11-30", "--dry-run")
    assert dry_run.exit_code == 0 and "held back" not in dry_run.output
    assert "3 stories would be archived." in dry_run.output

    # Nor does a build go through them again: its records take the files' times, once read.
    from syndicate.build import build
    workspace = Workspace(copy)
    report = build(workspace, workspace.translation_locales())
    assert (report.outcomes, report.up_to_date) == ([], 9)
    state = json.loads((copy / ".syndicate/build-state.json").read_text())
    assert state["port-strike"]["de"]["item"] == file_identity(copy / "feeds/de/port-strike.xml")
    assert "0 item(s) written, 9 unchanged." in invoke(copy, "build").output

    # A file only touched is the same; one whose bytes changed is not.
    po_path = copy / "locales/de/LC_MESSAGES/senate-vote.po"
    os.utime(copy / "articles/port-strike.json", (1, 1))
    po_path.write_text(po_path.read_text().replace('msgstr "', 'msgstr " ', 1))
    result = invoke(copy, "archive", "--before", "2026-11-30")
    assert "held back: senate-vote (first published 2026-11-20 00:00): changed since its last build" in result.output
    assert "archived: port-strike" in result.output and "archived: cup-final" in result.output


def test_a_story_in_feeds_without_a_build_record_is_held_back_saying_so(newsroom, wire_files):
    published(newsroom, wire_files)
    shutil.rmtree(newsroom / ".syndicate")
    held = invoke(newsroom, "archive", "--before", "2026-11-30", "--dry-run")
    assert "held back: port-strike" in held.output and "never published" not in held.output
    assert "with no build record (.syndicate/ lost, or the workspace copied without it)" in held.output
    assert invoke(newsroom, "build").exit_code == 0
    assert "3 stories would be archived." in invoke(newsroom, "archive", "--before", "2026-11-30", "--dry-run").output
