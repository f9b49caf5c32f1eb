"""The desk's say over its stories, through the command line: a withdrawal that no version of
the story's source undoes, publishing it again, and stories whose article record is gone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from lxml import etree

from schema import assert_valid
from syndicate.cli import main
from syndicate.newsml import XHTML_NS
from syndicate.workspace import Workspace
from test_syndication import DE, FR, NAR, agency_item, feeds_as_partners_have_them, item, kill_notice, pub_status, translate

LANGS = ("en", "de", "fr")
# The demo stories' numbers (1,200) are left as the test translation writes them, not as German writes them.
ANY_SHARE = ("--threshold", "0")


def run(workspace: Workspace, *args: str):
    return CliRunner().invoke(main, ["--root", str(workspace.root), *args])


@pytest.fixture
def agency(newsroom: Path) -> tuple[Workspace, Path]:
    """An agency's story, extracted for German and French and translated."""
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    assert run(workspace, "extract", "-l", "de,fr", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    return workspace, source


def published(workspace: Workspace, article_id: str, langs=LANGS) -> dict[str, bytes]:
    return {lang: workspace.item_file(lang, article_id).read_bytes() for lang in langs}


def indexed(workspace: Workspace, lang: str) -> list[str]:
    index = etree.parse(str(workspace.feed_dir(lang) / "index.xml")).getroot()
    return [entry.get("guid") for entry in index.iter(f"{NAR}newsItem")]


STILL_KILLED = ("harbour-talks: no longer withdrawn by the desk, but the agency's kill still holds: the story stays withdrawn "
                "and `syndicate build` publishes nothing new of it (a usable version from the agency publishes it again)")


def agency_version_linked(root: etree._Element) -> int | None:
    links = [link for link in root.iterfind(f"{NAR}itemMeta/{NAR}link") if link.get("rel") == "exrel:agencyVersion"]
    assert len(links) <= 1 and all(link.get("residref") == root.get("guid") for link in links)
    return int(links[0].get("version")) if links else None


class PartnersFeed:
    """Every item partners get of a story, each valid: under a guid, a version is one content
    (its stamps aside) and a version never seen before is above every one published before."""

    def __init__(self, workspace: Workspace, article_id: str = "harbour-talks", langs=LANGS):
        self.workspace, self.article_id, self.langs = workspace, article_id, langs
        self.seen: dict[tuple[str, int], bytes] = {}

    def take(self) -> dict[str, etree._Element]:
        items = {}
        for lang in self.langs:
            data = self.workspace.item_file(lang, self.article_id).read_bytes()
            root = items[lang] = etree.fromstring(data)
            assert_valid(root)
            guid, version = root.get("guid"), int(root.get("version"))
            content = re.sub(rb"<versionCreated>[^<]*</versionCreated>|<contentModified>[^<]*</contentModified>", b"", data)
            if (guid, version) in self.seen:
                assert self.seen[guid, version] == content, f"{lang}: a second, other version {version} of {guid}"
            else:
                assert all(version > earlier for seen_guid, earlier in self.seen if seen_guid == guid), (
                    f"{lang}: version {version} of {guid} is no newer than one partners have")
                self.seen[guid, version] = content
        return items


def the_item_partners_have_marked_canceled(workspace: Workspace, lang: str, folder: Path) -> Path:
    """The desk's kill notice: syndicate's own item, as a partner has it, marked canceled."""
    root = item(workspace, lang)
    root.set("version", str(int(root.get("version")) + 1))
    root.find(f"{NAR}itemMeta/{NAR}pubStatus").set("qcode", "stat:canceled")
    path = folder / "desk_kill.xml"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


@pytest.mark.parametrize("how", ["withdraw", "kill-notice"])
def test_the_desks_withdrawal_of_an_agency_story_stands_until_the_desk_publishes_it_again(agency, how):
    workspace, source = agency
    assert run(workspace, "build").exit_code == 0
    if how == "withdraw":
        withdrawn = run(workspace, "withdraw", "harbour-talks")
        assert withdrawn.exit_code == 0, withdrawn.output
        assert ("harbour-talks: withdrawn by the desk; `syndicate build` withdraws it from every feed that has it "
                "(`syndicate republish harbour-talks` publishes it again)") in withdrawn.output.splitlines()
    else:
        assert run(workspace, "extract", str(the_item_partners_have_marked_canceled(workspace, "de", source.parent))).exit_code == 0
    built = run(workspace, "build")
    assert built.exit_code == 0, built.output
    assert ("note: harbour-talks: kept withdrawn by the desk in every feed that had it, whatever its source sends "
            "(`syndicate republish harbour-talks` publishes it)") in built.output.splitlines()
    assert {pub_status(item(workspace, lang)) for lang in LANGS} == {"stat:canceled"}
    withdrawal = published(workspace, "harbour-talks")

    # The agency's correction: extracted for the translators, published nowhere.
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0, extracted.output
    assert ("note: harbour-talks: the agency sent version 2; kept withdrawn by the desk "
            "(`syndicate republish harbour-talks` publishes it)") in extracted.output.splitlines()
    assert "publishes it again" not in extracted.output
    assert polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).find("Both sides will meet again on Monday.")
    rows = [line.split() for line in run(workspace, "status").output.splitlines() if line.startswith("harbour-talks")]
    assert [(row[1], row[3], row[-4:]) for row in rows] == [
        (lang, "1", ["withdrawn", "by", "the", "desk"]) for lang in ("de", "fr")
    ], "the changed sentence is to review: the story may be published again"
    built = run(workspace, "build")
    assert built.exit_code == 0 and "0 item(s) written" in built.output, built.output
    assert published(workspace, "harbour-talks") == withdrawal, "partners are told nothing of a story the desk withdrew"
    for lang in LANGS:
        root = item(workspace, lang)
        assert_valid(root)
        assert pub_status(root) == "stat:canceled" and root.find(f"{NAR}contentSet") is None, lang
        # The desk's withdrawal says whose it is, and nothing the agency said of the story.
        assert root.findtext(f"{NAR}itemMeta/{NAR}edNote") == (
            "Withdrawn by syndicate.example. Do not use; remove any copy already published."), lang
    assert item(workspace, "en").findtext(f"{NAR}itemMeta/{NAR}embargoed") is None, "no embargo of the agency's on the desk's kill"

    # Published again, at the agency's newest version, once the desk says so.
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    republished = run(workspace, "republish", "harbour-talks")
    assert republished.exit_code == 0, republished.output
    assert ("harbour-talks: published again by the desk; `syndicate build` publishes version 2 of the agency's in every "
            "locale whose translation is ready") in republished.output.splitlines()
    assert run(workspace, "build").exit_code == 0
    for lang in LANGS:
        root = item(workspace, lang)
        assert_valid(root)
        assert pub_status(root) == "stat:usable", lang
        assert "meet again on Monday." in "".join(root.find(f"{NAR}contentSet").itertext()), lang
    assert run(workspace, "republish", "harbour-talks").output == "harbour-talks: not withdrawn: nothing to publish again\n"


def test_an_agency_kill_withdraws_a_story_the_desk_withdrew_and_the_desk_cannot_undo_it(agency):
    workspace, source = agency
    run(workspace, "build")
    assert run(workspace, "withdraw", "harbour-talks").exit_code == 0
    assert run(workspace, "withdraw", "harbour-talks").output == "harbour-talks: already withdrawn by the desk\n"
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    assert run(workspace, "extract", str(source)).exit_code == 0
    republished = run(workspace, "republish", "harbour-talks")
    assert republished.exit_code == 1, republished.output
    assert STILL_KILLED in republished.stderr.splitlines()
    run(workspace, "build")
    assert {pub_status(item(workspace, lang)) for lang in LANGS} == {"stat:canceled"}
    again = run(workspace, "republish", "harbour-talks")
    assert again.exit_code == 1
    assert ("error: harbour-talks was withdrawn by its source, not by the desk: a usable version from the agency publishes "
            "it again") in again.output.splitlines()
    # The agency's own kill, the agency's own to undo.
    agency_item(source.parent, version=3, created="2026-11-23T10:00:00Z")
    extracted = run(workspace, "extract", str(source))
    assert "note: harbour-talks was withdrawn; " in extracted.output and "kept withdrawn" not in extracted.output
    run(workspace, "build")
    assert {pub_status(item(workspace, lang)) for lang in LANGS} == {"stat:usable"}


def test_a_story_of_the_desks_own_withdrawn_by_the_desk_stays_withdrawn_whatever_its_wire_file_says(newsroom, wire_files):
    workspace = Workspace(newsroom)
    assert run(workspace, "extract", "-l", "de", *map(str, wire_files)).exit_code == 0
    for path in wire_files:
        translate(workspace, DE, path.stem)
    run(workspace, "build", *ANY_SHARE)
    assert run(workspace, "withdraw", "port-strike").exit_code == 0
    run(workspace, "build", *ANY_SHARE)
    assert {pub_status(item(workspace, lang, "port-strike")) for lang in ("en", "de")} == {"stat:canceled"}
    source = next(path for path in wire_files if path.stem == "port-strike")
    text = source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus usable\n")
    source.write_text(text.replace("third day", "fourth day"), encoding="utf-8")
    extracted = run(workspace, "extract", str(source))
    assert (f"note: port-strike: {source} was extracted; kept withdrawn by the desk "
            "(`syndicate republish port-strike` publishes it)") in extracted.output.splitlines()
    run(workspace, "build", *ANY_SHARE)
    assert {pub_status(item(workspace, lang, "port-strike")) for lang in ("en", "de")} == {"stat:canceled"}
    assert run(workspace, "republish", "port-strike").exit_code == 0
    translate(workspace, DE, "port-strike")
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    english = item(workspace, "en", "port-strike")
    assert pub_status(english) == "stat:usable" and "fourth day" in "".join(english.itertext())


def test_a_story_whose_article_record_is_gone_stays_published_is_said_and_can_be_withdrawn(newsroom, wire_files):
    workspace = Workspace(newsroom)
    run(workspace, "extract", "-l", "de", *map(str, wire_files))
    for path in wire_files:
        translate(workspace, DE, path.stem)
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    before = published(workspace, "port-strike", ("en", "de"))
    guids = {lang: item(workspace, lang, "port-strike").get("guid") for lang in ("en", "de")}
    workspace.article_file("port-strike").unlink()
    translate(workspace, DE, "cup-final")  # another story changes: the indexes are written again
    Path(workspace.po_file(DE, "cup-final")).write_text(
        workspace.po_file(DE, "cup-final").read_text(encoding="utf-8").replace("[de] ", "[DE] "), encoding="utf-8")

    warning = (f"warning: port-strike is published (de, en) but its article record {workspace.article_file('port-strike')} "
               "is gone: partners keep the story as it is. Put the record back (from a backup, or with `syndicate extract` "
               "of its source), or withdraw the story with `syndicate withdraw port-strike`")
    built = run(workspace, "build", *ANY_SHARE)
    assert built.exit_code == 0 and warning in built.output.splitlines(), built.output
    assert published(workspace, "port-strike", ("en", "de")) == before, "a deletion withdraws nothing on its own"
    assert guids["de"] in indexed(workspace, "de"), "and leaves the story in its index"
    for args in (("status",), ("status", "--format", "json")):
        status = run(workspace, *args)
        assert status.exit_code == 0 and warning in status.stderr.splitlines(), status.output

    withdrawn = run(workspace, "withdraw", "port-strike")
    assert withdrawn.exit_code == 0, withdrawn.output
    assert (f"note: port-strike had no article record (deleted?): it was written again from {Path('feeds/en/port-strike.xml')}, "
            "as partners have the story") in withdrawn.output.splitlines()
    built = run(workspace, "build", *ANY_SHARE)
    assert built.exit_code == 0 and "is published" not in built.output, built.output
    for lang in ("en", "de"):
        root = item(workspace, lang, "port-strike")
        assert_valid(root)
        assert pub_status(root) == "stat:canceled" and root.get("guid") == guids[lang], lang
        assert root.get("version") == "2", lang
        assert guids[lang] in indexed(workspace, lang)
    assert "is published" not in run(workspace, "status").output


def test_a_story_whose_article_record_is_gone_comes_back_unchanged_from_its_source(newsroom, wire_files):
    workspace = Workspace(newsroom)
    run(workspace, "extract", "-l", "de", *map(str, wire_files))
    translate(workspace, DE, "cup-final")
    run(workspace, "build", *ANY_SHARE, "cup-final")
    before = published(workspace, "cup-final", ("en", "de"))
    workspace.article_file("cup-final").unlink()
    assert "warning: cup-final is published" in run(workspace, "status").output
    assert run(workspace, "extract", str(wire_files[0])).exit_code == 0
    built = run(workspace, "build", *ANY_SHARE, "cup-final")
    assert built.exit_code == 0 and "is published" not in built.output, built.output
    assert published(workspace, "cup-final", ("en", "de")) == before


@pytest.mark.parametrize("kind", ["agency-kill", "status-line"])
def test_a_withdrawal_reaches_partners_of_a_story_whose_article_record_is_gone(newsroom, wire_files, kind):
    workspace = Workspace(newsroom)
    if kind == "agency-kill":
        source, article_id = agency_item(newsroom.parent), "harbour-talks"
    else:
        source, article_id = next(path for path in wire_files if path.stem == "port-strike"), "port-strike"
    run(workspace, "extract", "-l", "de", str(source))
    translate(workspace, DE, article_id)
    run(workspace, "build", *ANY_SHARE)
    workspace.article_file(article_id).unlink()
    if kind == "agency-kill":
        source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    else:
        source.write_text(source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"),
                          encoding="utf-8")
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0 and "nothing to withdraw" not in extracted.output, extracted.output
    assert f"note: {article_id} had no article record (deleted?): it was written again from " in extracted.output
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    assert {pub_status(item(workspace, lang, article_id)) for lang in ("en", "de")} == {"stat:canceled"}


def test_withdrawing_a_story_nobody_has_is_an_error(newsroom, wire_files):
    workspace = Workspace(newsroom)
    run(workspace, "extract", "-l", "de", *map(str, wire_files))
    result = run(workspace, "withdraw", "port-strike", "no-such-story")
    assert result.exit_code == 1
    assert "no article 'no-such-story' in this workspace, nor published in its feeds" in result.output
    assert not Workspace(newsroom).load_article("port-strike")[0].withdrawn, "nothing is written"


def test_versions_partners_get_only_go_up_whatever_the_agency_numbers_and_say_the_agencys(newsroom):
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent, version=3)
    assert run(workspace, "extract", "-l", "de,fr", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    feed = PartnersFeed(workspace)
    assert run(workspace, "build").exit_code == 0
    english = feed.take()["en"]
    assert english.get("version") == "3" and agency_version_linked(english) is None, "the agency's own number"

    # The desk's withdrawal, a version the agency never sent: the next of partners', linking the agency's.
    run(workspace, "withdraw", "harbour-talks")
    assert run(workspace, "build").exit_code == 0
    english = feed.take()["en"]
    assert (english.get("version"), agency_version_linked(english), pub_status(english)) == ("4", 3, "stat:canceled")
    withdrawal = workspace.item_file("en", "harbour-talks").read_bytes()

    # The agency's own version 4, a correction: published once the desk says so, as partners' version 5.
    agency_item(source.parent, version=4, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    assert run(workspace, "extract", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "republish", "harbour-talks").exit_code == 0
    workspace.item_file("en", "harbour-talks").unlink()  # lost: partners still have the withdrawal, version 4
    assert run(workspace, "build").exit_code == 0
    items = feed.take()
    assert (items["en"].get("version"), agency_version_linked(items["en"]), pub_status(items["en"])) == ("5", 4, "stat:usable")
    assert "meet again on Monday." in "".join(items["en"].itertext())
    for lang in ("de", "fr"):
        link = items[lang].find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:translationOf']")
        assert (link.get("residref"), link.get("version")) == (items["en"].get("guid"), "5"), "the version partners have"
        assert agency_version_linked(items[lang]) is None, "a translation's guid is syndicate's own"

    # Rebuilt, lost, or put back older: the same content keeps its version.
    published_now = published(workspace, "harbour-talks")
    built = run(workspace, "build")
    assert "0 item(s) written" in built.output and published(workspace, "harbour-talks") == published_now
    for lost in (None, withdrawal):
        path = workspace.item_file("en", "harbour-talks")
        path.unlink() if lost is None else path.write_bytes(lost)
        assert run(workspace, "build").exit_code == 0
        assert feed.take()["en"].get("version") == "5"

    # Behind partners' numbers, the agency's next versions go on above them; once ahead, its own.
    agency_item(source.parent, version=5, last="Both sides will meet again on Tuesday.", created="2026-11-22T10:00:00Z")
    run(workspace, "extract", str(source))
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    english = feed.take()["en"]
    assert (english.get("version"), agency_version_linked(english)) == ("6", 5)
    agency_item(source.parent, version=9, last="Both sides will meet again on Friday.", created="2026-11-23T10:00:00Z")
    run(workspace, "extract", str(source))
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    english = feed.take()["en"]
    assert (english.get("version"), agency_version_linked(english)) == ("9", None)
    assert run(workspace, "build", *ANY_SHARE).output.count("0 item(s) written") == 1


def test_a_story_whose_record_is_gone_goes_on_at_the_agencys_version_partners_item_links(newsroom):
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent, version=1)
    run(workspace, "extract", "-l", "de", str(source))
    translate(workspace, DE, "harbour-talks")
    run(workspace, "build", "-l", "de")
    run(workspace, "withdraw", "harbour-talks")
    run(workspace, "build", "-l", "de")
    run(workspace, "republish", "harbour-talks")
    assert run(workspace, "build", "-l", "de").exit_code == 0
    english = item(workspace, "en")
    assert (english.get("version"), agency_version_linked(english)) == ("3", 1)

    workspace.article_file("harbour-talks").unlink()
    withdrawn = run(workspace, "withdraw", "harbour-talks")
    assert withdrawn.exit_code == 0 and "had no article record" in withdrawn.output, withdrawn.output
    assert run(workspace, "build", "-l", "de").exit_code == 0
    english = item(workspace, "en")
    assert (english.get("version"), agency_version_linked(english), pub_status(english)) == ("4", 1, "stat:canceled")
    # The agency's version 2, not partners' 3 with other words: extracted, and published once republished.
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0 and "kept withdrawn by the desk" in extracted.output, extracted.output
    translate(workspace, DE, "harbour-talks")
    run(workspace, "republish", "harbour-talks")
    assert run(workspace, "build", "-l", "de").exit_code == 0
    english = item(workspace, "en")
    assert_valid(english)
    assert (english.get("version"), agency_version_linked(english), pub_status(english)) == ("5", 2, "stat:usable")
    assert "meet again on Monday." in "".join(english.itertext())


DESK_NOTE = "Withdrawn by syndicate.example. Do not use; remove any copy already published."


def notes(root: etree._Element) -> list[str]:
    return [note.text for note in root.iterfind(f"{NAR}itemMeta/{NAR}edNote")]


@pytest.mark.parametrize("the_agency_sends", ["the same version", "a correction", "its kill"])
def test_the_desks_withdrawal_outlives_the_article_record_whatever_the_agency_sends_next(agency, the_agency_sends):
    workspace, source = agency
    feed = PartnersFeed(workspace)
    run(workspace, "build")
    feed.take()
    run(workspace, "withdraw", "harbour-talks")
    run(workspace, "build")
    assert all(DESK_NOTE in notes(root) for root in feed.take().values()), "the feed says whose withdrawal it is"
    withdrawal = published(workspace, "harbour-talks")
    workspace.article_file("harbour-talks").unlink()

    if the_agency_sends == "a correction":
        agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    elif the_agency_sends == "its kill":
        source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0, extracted.output
    built = run(workspace, "build")
    assert built.exit_code == 0, built.output
    items = feed.take()
    assert {pub_status(root) for root in items.values()} == {"stat:canceled"}
    if the_agency_sends == "its kill":
        # The agency's kill reaches partners; the desk's withdrawal stands beside it.
        assert "3 item(s) written" in built.output and published(workspace, "harbour-talks") != withdrawal
        assert all(DESK_NOTE in notes(root) and "Embargoed until 12:00 GMT on Friday." in notes(root) for root in items.values())
        republished = run(workspace, "republish", "harbour-talks")
        assert STILL_KILLED in republished.stderr.splitlines(), republished.output
        return
    assert ("note: harbour-talks had no article record (deleted?): the desk's withdrawal of the story, as partners have "
            f"it in {Path('feeds/en/harbour-talks.xml')}, stands") in extracted.output.splitlines()
    assert "note: harbour-talks: the agency sent version " in extracted.output and "kept withdrawn by the desk" in extracted.output
    assert "0 item(s) written" in built.output and published(workspace, "harbour-talks") == withdrawal
    assert workspace.load_article("harbour-talks")[0].withdrawn_by_desk, "the withdrawal is in the record again"

    # Only the desk publishes it again: at the agency's version extracted, above partners' withdrawal.
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "republish", "harbour-talks").exit_code == 0
    assert run(workspace, "build").exit_code == 0
    english = feed.take()["en"]
    agency_version = 2 if the_agency_sends == "a correction" else 1
    assert (english.get("version"), agency_version_linked(english), pub_status(english)) == ("3", agency_version, "stat:usable")
    assert DESK_NOTE not in notes(english)


@pytest.mark.parametrize("withdrawn_by", ["the desk", "a status line"])
def test_a_story_of_the_desks_own_whose_record_is_gone_comes_back_only_as_it_was_withdrawn(newsroom, wire_files, withdrawn_by):
    workspace = Workspace(newsroom)
    source = next(path for path in wire_files if path.stem == "port-strike")
    run(workspace, "extract", "-l", "de", str(source))
    translate(workspace, DE, "port-strike")
    feed = PartnersFeed(workspace, "port-strike", ("en", "de"))
    run(workspace, "build", *ANY_SHARE)
    feed.take()
    text = source.read_text(encoding="utf-8")
    if withdrawn_by == "the desk":
        run(workspace, "withdraw", "port-strike")
    else:
        source.write_text(text.replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
        assert run(workspace, "extract", str(source)).exit_code == 0
    run(workspace, "build", *ANY_SHARE)
    assert {pub_status(root) for root in feed.take().values()} == {"stat:canceled"}
    workspace.article_file("port-strike").unlink()

    source.write_text(text.replace("id port-strike\n", "id port-strike\nstatus usable\n"), encoding="utf-8")
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0, extracted.output
    assert run(workspace, "build", *ANY_SHARE).exit_code == 0
    statuses = {pub_status(root) for root in feed.take().values()}
    if withdrawn_by == "the desk":
        assert "kept withdrawn by the desk" in extracted.output and statuses == {"stat:canceled"}
    else:  # the source's own withdrawal, which its `status usable` lifts
        assert "note: port-strike was withdrawn; " in extracted.output and statuses == {"stat:usable"}


def test_an_agency_kill_outlives_the_article_record_until_the_agency_publishes_the_story_again(agency):
    workspace, source = agency
    feed = PartnersFeed(workspace)
    run(workspace, "build")
    original = source.read_text(encoding="utf-8")
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    run(workspace, "extract", str(source))
    run(workspace, "build")
    assert {pub_status(root) for root in feed.take().values()} == {"stat:canceled"}
    kill = published(workspace, "harbour-talks")
    workspace.article_file("harbour-talks").unlink()

    source.write_text(original, encoding="utf-8")  # the version the agency killed, delivered again
    extracted = run(workspace, "extract", str(source))
    assert extracted.exit_code == 0, extracted.output
    assert f"harbour-talks: skipped {source}, an older version of the item than version 2" in extracted.output.splitlines()
    run(workspace, "build")
    assert published(workspace, "harbour-talks") == kill

    agency_item(source.parent, version=3, last="Both sides will meet again on Monday.", created="2026-11-23T10:00:00Z")
    extracted = run(workspace, "extract", str(source))
    assert "note: harbour-talks was withdrawn; " in extracted.output, extracted.output
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "build").exit_code == 0
    items = feed.take()
    assert {pub_status(root) for root in items.values()} == {"stat:usable"}
    assert "meet again on Monday." in "".join(items["en"].itertext())


def test_a_record_taken_back_from_the_feed_keeps_the_agencys_notes_and_none_of_syndicates(agency):
    """The record of a lost story is written again from the item partners have, whose notes
    are the agency's and syndicate's own (a new version, a translation): published again,
    the story says each of syndicate's once, and the agency's as the agency wrote them."""
    workspace, source = agency
    feed = PartnersFeed(workspace)
    run(workspace, "build")
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    run(workspace, "extract", str(source))
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "build").exit_code == 0
    assert "Version 2 replaces all earlier versions of this item." in notes(feed.take()["en"])
    workspace.article_file("harbour-talks").unlink()
    withdrawn = run(workspace, "withdraw", "harbour-talks")
    assert withdrawn.exit_code == 0 and "had no article record" in withdrawn.output, withdrawn.output
    assert [note.text for note in workspace.load_article("harbour-talks")[0].meta.editor_notes] == [
        "Embargoed until 12:00 GMT on Friday."]
    run(workspace, "build")
    feed.take()
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "republish", "harbour-talks").exit_code == 0
    assert run(workspace, "build").exit_code == 0
    items = feed.take()
    version = items["en"].get("version")
    assert notes(items["en"]) == ["Embargoed until 12:00 GMT on Friday.", f"Version {version} replaces all earlier versions of this item."]
    for lang in ("de", "fr"):
        assert notes(items[lang]) == ["Embargoed until 12:00 GMT on Friday.", f"Version {version} replaces all earlier versions of this item.",
                                      f"Translated from the English original, version {version}."], lang


def test_a_story_the_agency_killed_while_the_desk_withdrew_it_is_said_withdrawn_by_both(agency):
    """The agency's kill is the stronger: `republish` does not bring the story back, so status
    and build say both, not the desk's withdrawal alone."""
    workspace, source = agency
    run(workspace, "build")
    run(workspace, "withdraw", "harbour-talks")
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    assert run(workspace, "extract", str(source)).exit_code == 0
    built = run(workspace, "build")
    assert built.exit_code == 0, built.output
    assert ("note: harbour-talks: withdrawn by its source and kept withdrawn by the desk in every feed that had it "
            "(`syndicate republish harbour-talks` lifts the desk's withdrawal only: the story comes back once its source "
            "publishes it again)") in built.output.splitlines()
    assert "whatever its source sends" not in built.output
    for lang in LANGS:
        root = item(workspace, lang)
        assert_valid(root)
        assert pub_status(root) == "stat:canceled" and DESK_NOTE in notes(root), lang
    rows = [line for line in run(workspace, "status").output.splitlines() if line.startswith("harbour-talks")]
    assert len(rows) == 2 and all(row.endswith(" withdrawn by its source and by the desk: nothing to translate") for row in rows)
    as_json = json.loads(run(workspace, "status", "--format", "json").output)
    assert {(row["withdrawn_by_desk"], row["withdrawn_by_source"]) for row in as_json} == {(True, True)}

    assert run(workspace, "republish", "harbour-talks").exit_code == 1, "the story is not back"
    rows = [line for line in run(workspace, "status").output.splitlines() if line.startswith("harbour-talks")]
    assert all(row.endswith(" withdrawn: nothing to translate") for row in rows), rows


def test_republishing_a_story_the_agency_killed_too_lifts_the_desks_withdrawal_and_publishes_nothing_new(agency):
    """The agency's kill still holds: partners keep the withdrawal they have, not the same kill
    again as a new version, and a script learns from the exit status that the story is not back."""
    workspace, source = agency
    feed = PartnersFeed(workspace)
    run(workspace, "build")
    feed.take()
    run(workspace, "withdraw", "harbour-talks")
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    assert run(workspace, "extract", str(source)).exit_code == 0
    assert run(workspace, "build").exit_code == 0
    assert all(DESK_NOTE in notes(root) for root in feed.take().values())
    withdrawal = feeds_as_partners_have_them(workspace)

    republished = run(workspace, "republish", "harbour-talks")
    assert republished.exit_code == 1, republished.output
    assert STILL_KILLED in republished.stderr.splitlines()
    assert not workspace.load_article("harbour-talks")[0].withdrawn_by_desk
    assert feeds_as_partners_have_them(workspace) == withdrawal
    built = run(workspace, "build")
    assert built.exit_code == 0 and "0 item(s) written" in built.output, built.output
    assert "kept withdrawn by the desk" not in built.output
    assert feeds_as_partners_have_them(workspace) == withdrawal, "no version of the same kill again"

    # The agency's usable version publishes the story again, the desk having lifted its withdrawal.
    agency_item(source.parent, version=3, last="Both sides will meet again on Monday.", created="2026-11-23T10:00:00Z")
    assert run(workspace, "extract", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(workspace, "build").exit_code == 0
    items = feed.take()
    assert {pub_status(root) for root in items.values()} == {"stat:usable"}
    assert all(DESK_NOTE not in notes(root) for root in items.values())


def test_republishing_a_wire_story_withdrawn_by_its_status_line_too_publishes_nothing_new(newsroom, wire_files):
    workspace = Workspace(newsroom)
    source = next(path for path in wire_files if path.stem == "port-strike")
    run(workspace, "extract", "-l", "de", str(source))
    translate(workspace, DE, "port-strike")
    run(workspace, "build", *ANY_SHARE)
    run(workspace, "withdraw", "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"),
                      encoding="utf-8")
    assert run(workspace, "extract", str(source)).exit_code == 0
    run(workspace, "build", *ANY_SHARE)
    withdrawal = feeds_as_partners_have_them(workspace)

    republished = run(workspace, "republish", "port-strike")
    assert republished.exit_code == 1, republished.output
    assert ("port-strike: no longer withdrawn by the desk, but the `status canceled` line of its wire file still holds: the "
            "story stays withdrawn and `syndicate build` publishes nothing new of it (the header line `status usable` in "
            "its wire file publishes it again)") in republished.stderr.splitlines()
    built = run(workspace, "build", *ANY_SHARE)
    assert built.exit_code == 0 and "0 item(s) written" in built.output, built.output
    assert feeds_as_partners_have_them(workspace) == withdrawal


def test_a_story_republished_while_its_translation_is_unfinished_stays_withdrawn_there_and_is_said_so(agency):
    workspace, source = agency
    run(workspace, "build")
    run(workspace, "withdraw", "harbour-talks")
    run(workspace, "build")
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    run(workspace, "extract", str(source))
    translate(workspace, FR, "harbour-talks")
    run(workspace, "republish", "harbour-talks")
    built = run(workspace, "build", "--threshold", "100")
    assert built.exit_code == 0
    assert ("waiting for translation [de]: 1 item(s) below the 100% threshold: harbour-talks; 1 of them withdrawn until "
            "its translation is ready (`syndicate status -l de` shows what is left)") in built.stderr.splitlines()
    assert "earlier version" not in built.output
    assert pub_status(item(workspace, "de")) == "stat:canceled", "no sentence of the agency's update untranslated"
    assert {pub_status(item(workspace, lang)) for lang in ("en", "fr")} == {"stat:usable"}

    # Its only article record deleted: every command still says what partners have of the story.
    workspace.article_file("harbour-talks").unlink()
    warning = (f"warning: harbour-talks is published (en, fr; its withdrawal in de) but its article record "
               f"{workspace.article_file('harbour-talks')} is gone: partners keep the story as it is. Put the record back "
               "(from a backup, or with `syndicate extract` of its source), or withdraw the story with "
               "`syndicate withdraw harbour-talks`")
    for command in ("build", "status", "check"):
        result = run(workspace, command)
        assert result.exit_code == 1 and warning in result.stderr.splitlines(), (command, result.output)
        assert "Error: no articles in" in result.stderr


def test_only_a_usable_version_of_the_agencys_undoes_its_kill_of_a_story_the_desk_withdrew(agency):
    workspace, source = agency
    run(workspace, "build")
    assert run(workspace, "withdraw", "harbour-talks").exit_code == 0
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    assert run(workspace, "extract", str(source)).exit_code == 0
    agency_item(source.parent, version=3, status="withheld", created="2026-11-23T10:00:00Z")
    extracted = run(workspace, "extract", str(source))
    assert (f"harbour-talks: skipped {source}: the story was withdrawn, and version 3, withheld, keeps it withdrawn; "
            "a usable version publishes it again") in extracted.stderr.splitlines(), extracted.output
    republished = run(workspace, "republish", "harbour-talks")
    assert republished.exit_code == 1 and STILL_KILLED in republished.stderr.splitlines(), republished.output
    run(workspace, "build")
    assert {pub_status(item(workspace, lang)) for lang in LANGS} == {"stat:canceled"}


def body_texts(root: etree._Element) -> list[str]:
    return [element.text for element in root.find(f".//{{{XHTML_NS}}}body")]


@pytest.mark.parametrize("lost", ["the article record", "the record and the template"])
def test_a_list_comes_back_as_a_list_from_the_feed_when_the_record_is_gone_and_its_translations_apply(newsroom, lost):
    """A list item is published with its marker before its text (`• Ports stay shut.`). Taken
    back from the feed, it is a list item again, as the template (or a translation file) says:
    its sentences are the messages translated, and the story republished reads as before."""
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace("<h2>Next round</h2>", """<h2>Next round</h2>
          <p>1. FC Köln beat Bayern on Sunday.</p>
          <ul><li>Talks resume Monday. Both sides sign.</li><li>Lindqvist speaks for the union.</li>
            <li><ol type="a"><li>The board votes.</li><li>The ministers sign.</li></ol></li></ul>"""), encoding="utf-8")
    assert run(workspace, "extract", "-l", "de,fr", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    feed = PartnersFeed(workspace)
    assert run(workspace, "build").exit_code == 0
    before = {lang: body_texts(root) for lang, root in feed.take().items()}
    assert before["de"][3:] == ["• [de] Talks resume Monday. [de] Both sides sign.", "• [de] Lindqvist speaks for the union.",
                                "• a) [de] The board votes.", "b) [de] The ministers sign.", "[de] Both sides will meet again next week."]
    record = workspace.load_article("harbour-talks")
    workspace.article_file("harbour-talks").unlink()
    if lost == "the record and the template":
        workspace.template_file("harbour-talks").unlink()

    withdrawn = run(workspace, "withdraw", "harbour-talks")
    assert withdrawn.exit_code == 0 and "had no article record" in withdrawn.output, withdrawn.output
    restored = workspace.load_article("harbour-talks")
    assert [(block.kind, block.marker, block.text) for block in restored[0].blocks] == [
        (block.kind, block.marker, block.text) for block in record[0].blocks]
    assert [unit.msgid for unit in restored[1]] == [unit.msgid for unit in record[1]]
    assert run(workspace, "build").exit_code == 0
    assert {pub_status(root) for root in feed.take().values()} == {"stat:canceled"}

    assert run(workspace, "republish", "harbour-talks").exit_code == 0
    built = run(workspace, "build")
    assert built.exit_code == 0 and "waiting for translation" not in built.output, built.output
    again = feed.take()
    assert {pub_status(root) for root in again.values()} == {"stat:usable"}
    assert {lang: body_texts(root) for lang, root in again.items()} == before
    template = polib.pofile(str(workspace.template_file("harbour-talks")))
    assert "Talks resume Monday." in [entry.msgid for entry in template]
