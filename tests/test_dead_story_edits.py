"""A withdrawn story stays withdrawn as partners have it: edits to its translation publish nothing."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import stand_in
from schema import assert_valid
from syndicate.cli import main

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
GUID = "urn:newsml:agency.example:20261127:harbour"

ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="{version}"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <rightsInfo><copyrightHolder literal="agency.example"><name>Agency Example</name></copyrightHolder></rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="agency.example"/>
    <versionCreated>{created}</versionCreated>
    <pubStatus qcode="stat:{status}"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2026-11-27T08:00:00Z</contentCreated>
    <language tag="en"/>
    <headline>Petra Lindqvist calls a dock strike in Rotterdam</headline>
    <description role="drol:summary">Dock workers stopped work on Friday.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Dock strike</title></head>
        <body><p>The strike closed the port for a day. Talks resume next week.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


STORY = ITEM.format(guid=GUID, version=1, status="usable", created="2026-11-27T09:00:00Z")


def agency_kill() -> str:
    """The agency's withdrawal of the story, as agencies send one: no headline, no text."""
    kill = ITEM.format(guid=GUID, version=2, status="canceled", created="2026-11-27T11:00:00Z")
    kill = kill.replace("</pubStatus>", "").replace('<pubStatus qcode="stat:canceled"/>',
                                                    '<pubStatus qcode="stat:canceled"/><edNote>KILL. Legal reasons.</edNote>')
    return re.sub(r"<contentSet>.*</contentSet>|<headline>.*?</headline>|<description.*?</description>", "", kill, flags=re.DOTALL)


def run(root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--root", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.output


def published(root: Path, lang: str) -> tuple[bytes, str, str]:
    """The item's bytes, its version and the version its feed's index lists, each validated."""
    path = root / "feeds" / lang / "harbour.xml"
    index = etree.parse(str(root / "feeds" / lang / "index.xml")).getroot()
    assert_valid(etree.tostring(index))
    data = path.read_bytes()
    item = etree.fromstring(data)
    assert_valid(data)
    assert item.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:canceled"
    [listed] = [listed for listed in index.iter(f"{NAR}newsItem") if listed.get("guid") == item.get("guid")]
    return data, item.get("version"), listed.get("version")


@pytest.fixture(params=["agency", "desk"])
def dead_story(request, newsroom: Path) -> tuple[Path, str]:
    """A story published in English, German and French, then killed by the agency or withdrawn by the desk."""
    source = newsroom.parent / "harbour.xml"
    source.write_text(STORY, encoding="utf-8")
    run(newsroom, "extract", "-l", "de", "-l", "fr", str(source))
    for lang in ("de", "fr"):
        po = polib.pofile(str(newsroom / f"locales/{lang}/LC_MESSAGES/harbour.po"))
        for entry in po:
            entry.msgstr = stand_in(lang, entry.msgid)
        po.save()
    run(newsroom, "build")
    if request.param == "agency":
        source.write_text(agency_kill(), encoding="utf-8")
        run(newsroom, "extract", str(source))
    else:
        run(newsroom, "withdraw", "harbour")
    run(newsroom, "build")
    return newsroom, request.param


def edit_headline(root: Path) -> None:
    po = polib.pofile(str(root / "locales/de/LC_MESSAGES/harbour.po"))
    entry = po.find("{Petra_Lindqvist} calls a dock strike in Rotterdam", by="msgid")
    entry.msgstr = "[de] {Petra_Lindqvist} ruft zum Hafenstreik in Rotterdam auf"
    po.save()


def render_name(root: Path) -> None:
    glossary = polib.pofile(str(root / "locales/de/LC_MESSAGES/names.po"))
    glossary.find("Petra Lindqvist", by="msgid").msgstr = "Petra Lindkvist"
    glossary.save()


@pytest.mark.parametrize("edit", [edit_headline, render_name])
def test_an_edit_to_the_translation_of_a_withdrawn_story_publishes_nothing(dead_story, edit):
    root, withdrawn_by = dead_story
    before = {lang: published(root, lang) for lang in ("en", "de", "fr")}
    assert before["de"][0].count(b"[de] Petra Lindqvist calls a dock strike in Rotterdam") == 1
    edit(root)
    output = run(root, "build", "-l", "de")
    assert "0 item(s) written" in output
    if withdrawn_by == "agency":
        assert "warning: harbour [de]: withdrawn: what its translation or the names glossary says now is not published" in output
    else:
        assert "harbour: kept withdrawn by the desk" in output
    # Partners keep the withdrawal they have, at the version they have, in the item and the index.
    assert {lang: published(root, lang) for lang in ("en", "de", "fr")} == before
    # Every later build leaves it so.
    assert "0 item(s) written" in run(root, "build")
    assert {lang: published(root, lang) for lang in ("en", "de", "fr")} == before


def published_in_german(newsroom: Path, story: str = STORY) -> Path:
    """The agency's `story` extracted for German, translated and built in `newsroom`: its file."""
    source = newsroom.parent / "harbour.xml"
    source.write_text(story, encoding="utf-8")
    run(newsroom, "extract", "-l", "de", str(source))
    po = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/harbour.po"))
    for entry in po:
        entry.msgstr = f"[de] {entry.msgid}"
    po.save()
    run(newsroom, "build")
    return source


def test_a_new_version_of_the_agencys_kill_still_reaches_a_locale_whose_translation_was_edited(newsroom):
    source = published_in_german(newsroom)
    source.write_text(agency_kill(), encoding="utf-8")
    run(newsroom, "extract", str(source))
    run(newsroom, "build")
    edit_headline(newsroom)
    assert "0 item(s) written" in run(newsroom, "build")
    _, version, _ = published(newsroom, "de")
    # The agency corrects its kill: partners get its word in every locale, at a higher version.
    source.write_text(agency_kill().replace('version="2"', 'version="3"').replace("Legal reasons.", "Legal reasons: court order."),
                      encoding="utf-8")
    run(newsroom, "extract", str(source))
    run(newsroom, "build")
    data, corrected, listed = published(newsroom, "de")
    assert int(corrected) > int(version) and listed == corrected
    assert b"KILL. Legal reasons: court order." in data


def test_the_agencys_kill_reaches_every_locale_at_the_urgency_it_is_sent_with(newsroom):
    urgent = "<urgency>{}</urgency><contentCreated>"
    source = published_in_german(newsroom, STORY.replace("<contentCreated>", urgent.format(4)))
    source.write_text(agency_kill().replace("<contentCreated>", urgent.format(1)), encoding="utf-8")
    run(newsroom, "extract", str(source))
    run(newsroom, "build")
    for lang in ("en", "de"):
        data, _, _ = published(newsroom, lang)
        assert etree.fromstring(data).findtext(f"{NAR}contentMeta/{NAR}urgency") == "1"


def test_a_new_provider_setting_publishes_nothing_of_a_killed_story_and_says_so(newsroom):
    source = published_in_german(newsroom)
    source.write_text(agency_kill(), encoding="utf-8")
    run(newsroom, "extract", str(source))
    run(newsroom, "build")
    before = {lang: published(newsroom, lang) for lang in ("en", "de")}
    (newsroom / "syndicate.toml").write_text('[feed]\nprovider = "desk.example"\n', encoding="utf-8")
    output = run(newsroom, "build")
    assert "0 item(s) written, 2 unchanged." in output
    assert "warning: harbour [de]: withdrawn: what its translation, the names glossary or the feed settings say now is not published" in output
    assert {lang: published(newsroom, lang) for lang in ("en", "de")} == before
