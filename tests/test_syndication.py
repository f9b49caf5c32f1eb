"""Agency scale: NewsML-G2 ingest to localised items, versions, withdrawals, killed runs, the lock."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner
from lxml import etree

from conftest import msgfmt_check, stand_in
from schema import assert_valid, examples
from syndicate.build import build
from syndicate.cli import main
from syndicate.extract import extract
from syndicate.fsutil import exclusive_lock
from syndicate.ids import distinct_id, is_article_id, slugify, withdrawal_id
from syndicate.model import Article, InputError
from syndicate.newsml import XHTML_NS
from syndicate.parallel import PARALLEL_MIN_JOBS, ordered_map
from syndicate.partners import add_partner
from syndicate.server import make_app
from syndicate.workspace import Workspace

DE, FR = Locale("de"), Locale("fr")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
GUID = "urn:newsml:agency.example:20261120:harbour-talks"

AGENCY_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="{version}"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <rightsInfo>
    <copyrightHolder literal="agency.example"><name>Agency Example Ltd</name></copyrightHolder>
    <copyrightNotice>Copyright 2026 Agency Example Ltd</copyrightNotice>
    <usageTerms>For licensed partners only.</usageTerms>
  </rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="agency.example"/>
    <versionCreated>{created}</versionCreated>
    <firstCreated>2026-11-20T08:00:00Z</firstCreated>
    <embargoed>2026-11-20T12:00:00Z</embargoed>
    <pubStatus qcode="stat:{status}"/>
    <service qcode="svc:wire"><name>Wire service</name></service>
    <edNote>Embargoed until 12:00 GMT on Friday.</edNote>
    <signal qcode="sig:correction"/>
    <signal qcode="agsig:internal"/>
    <link rel="irel:seeAlso" href="https://agency.example/video/harbour-talks" contenttype="video/mp4" title="Video"/>
    <link rel="irel:seeAlso" href="javascript:alert(1)"/>
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <contentCreated>2026-11-20T07:45:00Z</contentCreated>
    <located literal="Hamburg"><name>Hamburg</name></located>
    <creator literal="kb"><name>Karin Brandt</name></creator>
    <language tag="en"/>
    <genre qcode="genre:Current"><name xml:lang="en">current</name></genre>
    <subject qcode="medtop:20000344"><name xml:lang="en">transport</name></subject>
    <keyword>economy</keyword>
    <slugline>Germany-Ports-Talks</slugline>
    <headline>Harbour talks resume in Hamburg</headline>
    <dateline>Hamburg</dateline>
    <by>By Karin Brandt</by>
    <description role="drol:summary">Dock workers and port operators met again on Friday.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml">
        <head><title>Harbour talks resume in Hamburg</title></head>
        <body>
          <p>Hamburg – The talks lasted six hours. “We are closer than ever. But we are not there yet,” said negotiator Petra Lindqvist.</p>
          <h2>Next round</h2>
          <p>{last}</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def agency_item(folder: Path, *, version=1, status="usable", last="Both sides will meet again next week.",
                created="2026-11-20T09:00:00Z", guid=GUID, name="harbour-talks") -> Path:
    path = folder / f"{name}.xml"
    path.write_text(AGENCY_ITEM.format(guid=guid, version=version, status=status, last=last, created=created), encoding="utf-8")
    return path


def pub_status(root: etree._Element) -> str:
    return root.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode")


def kill_notice(version: int, created: str) -> str:
    """The agency's withdrawal of the item, as agencies send one: no headline, no text."""
    notice = AGENCY_ITEM.format(guid=GUID, version=version, status="canceled", last="", created=created)
    return re.sub(r"<contentSet>.*</contentSet>|<headline>.*?</headline>", "", notice, flags=re.DOTALL)


def translate(workspace: Workspace, locale: Locale, article_id: str) -> None:
    path = workspace.po_file(locale, article_id)
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = stand_in(locale, entry.msgid)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()


def item(workspace: Workspace, lang: str, article_id: str = "harbour-talks") -> etree._Element:
    return etree.parse(str(workspace.item_file(lang, article_id))).getroot()


def last_paragraph(article: Article) -> str:
    return [block.text for block in article.blocks if block.kind != "byline"][-1]


@pytest.fixture
def agency(newsroom: Path) -> tuple[Workspace, Path]:
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent)
    extract(workspace, [source], [DE, FR])
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    return workspace, source


def test_agency_item_comes_out_localised_with_its_metadata(agency):
    workspace, _ = agency
    report = build(workspace, [DE, FR])
    assert not report.refused
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        meta = root.find(f"{NAR}contentMeta")
        assert meta.findtext(f"{NAR}urgency") == "3"
        assert meta.find(f"{NAR}genre").get("qcode") == "genre:Current"
        assert meta.find(f"{NAR}subject").get("qcode") == "medtop:20000344"
        assert meta.find(f"{NAR}creator").get("literal") == "kb"
        assert meta.findtext(f"{NAR}creator/{NAR}name") == "Karin Brandt"
        assert meta.findtext(f"{NAR}contentCreated") == "2026-11-20T07:45:00Z"
        assert root.findtext(f"{NAR}rightsInfo/{NAR}usageTerms") == "For licensed partners only."
        # What partners must honour before they publish is never lost on the way.
        assert root.findtext(f"{NAR}itemMeta/{NAR}embargoed") == "2026-11-20T12:00:00Z"
        assert [signal.get("qcode") for signal in root.iterfind(f"{NAR}itemMeta/{NAR}signal")] == ["sig:correction"]
        agency_note = root.find(f"{NAR}itemMeta/{NAR}edNote")
        assert agency_note.text == "Embargoed until 12:00 GMT on Friday."
        service = root.find(f"{NAR}itemMeta/{NAR}service")
        assert (service.get("qcode"), service.findtext(f"{NAR}name")) == ("svc:wire", "Wire service")
        # The agency's related content reaches partners; a script posing as a link does not.
        links = [dict(link.attrib) for link in root.iterfind(f"{NAR}itemMeta/{NAR}link") if link.get("rel") == "irel:seeAlso"]
        in_english = {} if lang == "en" else {"{http://www.w3.org/XML/1998/namespace}lang": "en"}  # its title
        assert links == [{"rel": "irel:seeAlso", "href": "https://agency.example/video/harbour-talks", "contenttype": "video/mp4", "title": "Video",
                          **in_english}]
        assert agency_note.get("{http://www.w3.org/XML/1998/namespace}lang") == (None if lang == "en" else "en")
    assert item(workspace, "en").get("guid") == GUID
    german = item(workspace, "de")
    assert german.get("guid") == f"{GUID}:de"
    assert german.find(f"{NAR}itemMeta/{NAR}link").get("residref") == GUID
    assert german.findtext(f"{NAR}contentMeta/{NAR}headline") == "[de] Harbour talks resume in Hamburg"
    byline = german.find(f"{NAR}contentMeta/{NAR}by")
    assert (byline.text, byline.attrib) == ("[de] By Karin Brandt", {}), "the agency's byline is translated"


LINKED = ("Read <a href=\"https://agency.example/report?year=2026&amp;lang=en\">the port's annual report</a> or ask "
          "<a href=\"mailto:press@agency.example\">the press office</a>. <a href=\"javascript:alert(1)\">Click here</a> for the video.")
LINKED_MSGID = "Read <a1>the port's annual report</a1> or ask <a2>the press office</a2>."
REPORT, PRESS = "https://agency.example/report?year=2026&lang=en", "mailto:press@agency.example"


@pytest.fixture
def linking_newsroom(newsroom: Path) -> Path:
    """The demo newsroom publishing an agency's links as links."""
    (newsroom / "syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    return newsroom


def linked_paragraph(workspace: Workspace, lang: str) -> etree._Element:
    root = item(workspace, lang)
    assert_valid(etree.tostring(root))
    return root.find(f".//{{{XHTML_NS}}}body")[-1]


def test_an_agency_texts_links_reach_every_locale_around_the_words_that_translate_them(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    extract(workspace, [agency_item(newsroom.parent, last=LINKED)], [DE, FR])
    moved = {
        DE: "Fragen Sie <a2>die Pressestelle</a2> oder lesen Sie <a1>den Jahresbericht des Hafens</a1>.",
        FR: "Lisez <a1>le rapport annuel du port</a1> ou interrogez <a2>le service de presse</a2>.",
    }
    for locale, msgstr in moved.items():
        path = workspace.po_file(locale, "harbour-talks")
        entry = polib.pofile(str(path)).find(LINKED_MSGID)
        assert entry.comment.splitlines()[1:] == [
            f"<a1>…</a1> = link to {REPORT}", f"<a2>…</a2> = link to {PRESS}",
            "Move each <aN>…</aN> pair with the words that carry its link in your sentence.",
        ]
        translate(workspace, locale, "harbour-talks")
        po = polib.pofile(str(path))
        assert po.find("Click here for the video.").comment == "paragraph (block 5)", "a script is no link"
        po.find(LINKED_MSGID).msgstr = msgstr
        po.save()
        msgfmt_check(path)
    assert not build(workspace, [DE, FR]).refused
    expected = {
        "en": ("Read the port's annual report or ask the press office. Click here for the video.",
               [(REPORT, "the port's annual report"), (PRESS, "the press office")]),
        "de": ("Fragen Sie die Pressestelle oder lesen Sie den Jahresbericht des Hafens. [de] Click here for the video.",
               [(PRESS, "die Pressestelle"), (REPORT, "den Jahresbericht des Hafens")]),
        "fr": ("Lisez le rapport annuel du port ou interrogez le service de presse. [fr] Click here for the video.",
               [(REPORT, "le rapport annuel du port"), (PRESS, "le service de presse")]),
    }
    for lang, (text, links) in expected.items():
        paragraph = linked_paragraph(workspace, lang)
        assert ("".join(paragraph.itertext()), [(link.get("href"), link.text) for link in paragraph]) == (text, links)
        assert {etree.QName(link).localname for link in paragraph} == {"a"}
    # The article's record says where the links are, and says nothing more of text without any.
    record = json.loads(workspace.article_file("harbour-talks").read_text(encoding="utf-8"))
    assert [block.get("links") for block in record["article"]["blocks"]] == [None] * 4 + [[[5, 29, REPORT], [37, 53, PRESS]], None]
    assert [unit.get("links") for unit in record["units"] if unit["block"] == 4] == [[REPORT, PRESS], None]
    assert all("links" not in unit for unit in record["units"] if unit["block"] != 4)


def test_a_linked_name_isolated_in_a_right_to_left_item_keeps_its_isolate_inside_its_link(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    arabic = Locale("ar")
    linked = 'Read the statement of <a href="https://acme.example/">Acme Inc.</a> on its site, and <a href="mailto:press@agency.example">ask</a>.'
    extract(workspace, [agency_item(newsroom.parent, last=linked)], [arabic])
    translate(workspace, arabic, "harbour-talks")
    path = workspace.po_file(arabic, "harbour-talks")
    po = polib.pofile(str(path))
    po.find("Read the statement of <a1>{Acme_Inc}</a1> on its site, and <a2>ask</a2>.").msgstr = (
        "اقرأ بيان <a1>{Acme_Inc}</a1> على موقعها، <a2>واسأل</a2>.")
    po.save()
    assert not build(workspace, [arabic]).refused
    paragraph = linked_paragraph(workspace, "ar")
    assert [(link.get("href"), link.text, link.tail) for link in paragraph] == [
        ("https://acme.example/", "\u2068Acme Inc.\u2069", " على موقعها، "), (PRESS, "واسأل", "."),
    ]
    assert paragraph.text == "اقرأ بيان "


def test_by_default_linked_words_reach_partners_as_text_and_the_setting_links_them(newsroom):
    # Partner CMSes that keep only each block's own text (Superdesk's ingest) would lose a
    # linked paragraph's words from its first link on: unless the desk says otherwise, none.
    workspace = Workspace(newsroom)
    extract(workspace, [agency_item(newsroom.parent, last=LINKED)], [DE])
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    for lang in ("en", "de"):
        paragraph = linked_paragraph(workspace, lang)
        assert len(paragraph) == 0 and paragraph.text.startswith(("Read the port's annual report or ask", "[de] Read the port's"))
    (newsroom / "syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    report = build(workspace, [DE])
    assert sum(outcome.written for outcome in report.outcomes) == 2, "a change of the setting publishes every item again"
    assert [link.get("href") for link in linked_paragraph(workspace, "de")] == [REPORT, PRESS]
    (newsroom / "syndicate.toml").write_text('[feed]\nlinks = "yes"\n', encoding="utf-8")
    with pytest.raises(InputError, match='links must be "text" or "inline"'):
        build(workspace, [DE])


def test_a_later_embargo_reaches_partners_in_the_linked_words_they_have(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent, last=LINKED)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    later = AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last=LINKED.replace("or ask", "or call"),
                               created="2026-11-20T10:00:00Z").replace("2026-11-20T12:00:00Z", "2026-11-21T12:00:00Z")
    source.write_text(later, encoding="utf-8")
    extract(workspace, [source], [DE])  # the linked sentence is fuzzy
    assert not build(workspace, [DE]).refused
    paragraph = linked_paragraph(workspace, "de")
    assert "".join(paragraph.itertext()).startswith("[de] Read the port's annual report or ask the press office."), "the words partners have"
    assert [link.get("href") for link in paragraph] == [REPORT, PRESS]


def test_an_updated_sentence_with_a_link_more_keeps_each_link_of_its_translation_on_its_words(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent, last=LINKED)
    extract(workspace, [source], [DE])
    path = workspace.po_file(DE, "harbour-talks")
    po = polib.pofile(str(path))
    po.find(LINKED_MSGID).msgstr = "Lesen Sie <a1>den Jahresbericht des Hafens</a1> oder fragen Sie <a2>die Pressestelle</a2>."
    po.save()
    # The agency's update links a summary first: the report is now the second link, the press office the third.
    updated = LINKED.replace("Read <a", "Read <a href=\"https://agency.example/summary\">the summary</a>, <a", 1)
    agency_item(newsroom.parent, version=2, last=updated)
    extract(workspace, [source], [DE])
    msgid = "Read <a1>the summary</a1>, <a2>the port's annual report</a2> or ask <a3>the press office</a3>."
    entry = polib.pofile(str(path)).find(msgid)
    assert "fuzzy" in entry.flags and entry.previous_msgid == LINKED_MSGID
    assert entry.msgstr == "Lesen Sie <a2>den Jahresbericht des Hafens</a2> oder fragen Sie <a3>die Pressestelle</a3>."
    msgfmt_check(path)


def test_the_same_linked_sentence_twice_names_each_address_and_publishes_each_with_its_own(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    twice = ('See <a href="https://agency.example/one">the list</a>. Details follow. '
             'See <a href="https://agency.example/two">the list</a>.')
    extract(workspace, [agency_item(newsroom.parent, last=twice)], [DE])
    path = workspace.po_file(DE, "harbour-talks")
    po = polib.pofile(str(path))
    entry = po.find("See <a1>the list</a1>.")
    assert "<a1>…</a1> = link to https://agency.example/one or https://agency.example/two" in entry.comment.splitlines()
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    paragraph = linked_paragraph(workspace, "de")
    assert [(link.get("href"), link.text) for link in paragraph] == [
        ("https://agency.example/one", "the list"), ("https://agency.example/two", "the list")]


@pytest.mark.parametrize("damage", [
    lambda record: record["article"]["blocks"][4].update(links=[[5, 999, REPORT]]),  # past the block's end
    lambda record: record["article"]["blocks"][4].update(links=[[29, 5, REPORT]]),  # around no words
    lambda record: record["article"]["blocks"][4].update(links=[[5, 29]]),  # no address
    lambda record: next(unit for unit in record["units"] if "links" in unit).update(links="https://x.example"),
])
def test_an_article_record_with_damaged_links_is_a_clear_error_naming_it(linking_newsroom, damage):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    extract(workspace, [agency_item(newsroom.parent, last=LINKED)], [DE])
    path = workspace.article_file("harbour-talks")
    record = json.loads(path.read_text(encoding="utf-8"))
    damage(record)
    path.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "build"])
    assert result.exit_code == 1 and f"{path}: damaged article structure" in result.output, result.output
    assert "run `syndicate extract` on the article again" in result.output


def test_a_translation_that_breaks_a_link_marker_is_not_published_and_no_address_is_ever_its(linking_newsroom):
    newsroom = linking_newsroom
    workspace = Workspace(newsroom)
    extract(workspace, [agency_item(newsroom.parent, last=LINKED)], [DE])
    translate(workspace, DE, "harbour-talks")
    path = workspace.po_file(DE, "harbour-talks")
    po = polib.pofile(str(path))
    po.find(LINKED_MSGID).msgstr = "Lesen Sie <a1 href=\"https://evil.example/\">den Bericht</a1> oder <a2>die Pressestelle</a2>."
    po.save()
    msgfmt_check(path)  # gettext has no word on markup: the review must
    report = build(workspace, [DE])
    [refused] = report.refused
    assert {(problem.unit.msgid, problem.message.split(":")[0]) for problem in refused.problems if problem.severity == "error"} == {
        (LINKED_MSGID, "link-markers"), (LINKED_MSGID, "url"),
    }
    # Below the threshold the sentence is published as the source writes it, to the source's addresses.
    assert not build(workspace, [DE], threshold=0.0).refused
    paragraph = linked_paragraph(workspace, "de")
    # The sentence in English is set apart as such, links and all; the next one is translated.
    [english] = paragraph
    assert (english.get("lang"), english.tail) == ("en", " [de] Click here for the video.")
    assert [(link.get("href"), link.text) for link in english] == [(REPORT, "the port's annual report"), (PRESS, "the press office")]
    assert b"evil.example" not in workspace.item_file("de", "harbour-talks").read_bytes()
    for broken in ("Lesen Sie den Bericht oder fragen Sie <a2>die Pressestelle</a2>.",
                   "Lesen Sie <a1>den Bericht <a2>oder die Pressestelle</a1></a2>.",
                   "Lesen Sie <a1>den Bericht</a1> oder <a2>die Pressestelle</a2> <a3>hier</a3>."):
        po = polib.pofile(str(path))
        po.find(LINKED_MSGID).msgstr = broken
        po.save()
        [refused] = build(workspace, [DE]).refused
        assert {problem.unit.msgid for problem in refused.problems if problem.message.startswith("link-markers:")} == {LINKED_MSGID}, broken


def test_every_byline_of_an_agency_item_is_translated_and_published_in_order(newsroom):
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        "<by>By Karin Brandt</by>", "<by>By Karin Brandt</by><by>Additional reporting by Jan de Vries</by>"
    ), encoding="utf-8")
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    assert [entry.msgid for entry in po if entry.comment.startswith("byline")] == [
        "By {Karin_Brandt}", "Additional reporting by {Jan_de_Vries}"
    ]
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    for lang, prefix in (("en", ""), ("de", "[de] ")):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        assert [by.text for by in root.iterfind(f"{NAR}contentMeta/{NAR}by")] == [
            f"{prefix}By Karin Brandt", f"{prefix}Additional reporting by Jan de Vries"
        ]


def test_source_update_republishes_with_a_higher_version(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T10:00:00Z")
    extract(workspace, [source], [DE, FR])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    changed = po.find("Both sides will meet again on Monday.")
    assert "fuzzy" in changed.flags and changed.previous_msgid == "Both sides will meet again next week."
    refused = build(workspace, [DE])
    assert [outcome.lang for outcome in refused.refused] == ["de"], "a fuzzy unit holds the update back"
    assert item(workspace, "de").get("version") == "1", "the published version stays until the update is translated"
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    german = item(workspace, "de")
    assert german.get("version") == "2"
    assert german.find(f"{NAR}itemMeta/{NAR}link").get("version") == "2"
    index = etree.parse(str(workspace.feed_dir("de") / "index.xml")).getroot()
    assert index.find(f".//{NAR}newsItem").get("version") == "2"
    assert_valid(etree.tostring(index))


def test_withdrawn_item_is_canceled_in_every_locale(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    agency_item(source.parent, version=3, status="canceled", created="2026-11-22T10:00:00Z")
    extract(workspace, [source], [DE, FR])
    report = build(workspace, [DE, FR])
    assert not report.refused
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert pub_status(root) == "stat:canceled"
        assert root.find(f"{NAR}contentSet") is None
        assert int(root.get("version")) >= 2
        assert_valid(etree.tostring(root))


def test_what_the_agency_did_not_send_is_not_made_up(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(re.sub(r"<keyword>.*?</keyword>|<firstCreated>.*?</firstCreated>", "", source.read_text(encoding="utf-8")),
                      encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    for lang in ("en", "de"):
        root = item(workspace, lang)
        assert root.find(f"{NAR}contentMeta/{NAR}keyword") is None, "no keyword: the agency sent none"
        # First created no later than the version the agency sent, not at midnight before it.
        assert root.findtext(f"{NAR}itemMeta/{NAR}firstCreated") == "2026-11-20T09:00:00Z"
        assert_valid(etree.tostring(root))
    # A correction, again without firstCreated, keeps the first version's moment.
    correction = re.sub(r"<keyword>.*?</keyword>|<firstCreated>.*?</firstCreated>", "",
                        AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last="Corrected.", created="2026-11-21T15:00:00Z"))
    source.write_text(correction, encoding="utf-8")
    extract(workspace, [source], [DE])
    build(workspace, [DE], threshold=0.0)
    assert item(workspace, "en").findtext(f"{NAR}itemMeta/{NAR}firstCreated") == "2026-11-20T09:00:00Z"


def test_what_the_agency_marks_not_to_translate_is_kept_as_written(newsroom):
    source = agency_item(newsroom.parent, last='Both sides will meet under the motto <span translate="no">Hafen für alle</span> next week.')
    text = source.read_text(encoding="utf-8").replace(
        "<headline>Harbour talks resume in Hamburg</headline>",
        '<headline xmlns:its="http://www.w3.org/2005/11/its">Harbour talks resume at <span its:translate="no">Hafen für alle</span></headline>',
    )
    source.write_text(text, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    [headline] = [entry for entry in po if entry.msgid.startswith("Harbour talks")]
    assert headline.msgid == "Harbour talks resume at {Hafen_fur_alle}"
    assert "{Hafen_fur_alle} = kept as the source writes it: Hafen für alle" in headline.comment
    assert "python-brace-format" in headline.flags
    assert any("{Hafen_fur_alle} next week" in entry.msgid for entry in po)
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    root = item(workspace, "de")
    assert root.findtext(f"{NAR}contentMeta/{NAR}headline") == "[de] Harbour talks resume at Hafen für alle"
    assert_valid(etree.tostring(root))


def test_only_what_the_agency_marks_is_kept_and_a_marked_block_is_kept_whole(newsroom):
    source = agency_item(newsroom.parent, last='Asked whether the port would open, she said: <span translate="no">Yes</span>. Yes, the port opens on Monday.')
    text = source.read_text(encoding="utf-8").replace(
        "<h2>Next round</h2>",
        '<div translate="no"><p>Hafen für alle. Wir bleiben.</p><p>Streik bis Montag.</p></div><h2>Next round</h2>',
    )
    source.write_text(text, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    msgids = [entry.msgid for entry in polib.pofile(str(workspace.po_file(DE, "harbour-talks")))]
    assert "Yes, the port opens on Monday." in msgids, "a word marked once is not protected everywhere"
    assert not [msgid for msgid in msgids if "Wir bleiben" in msgid or "Streik" in msgid or "Hafen" in msgid], msgids
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    root = item(workspace, "de")
    paragraphs = [element.text for element in root.iter("{http://www.w3.org/1999/xhtml}p")]
    assert "Hafen für alle. Wir bleiben." in paragraphs and "Streik bis Montag." in paragraphs
    assert_valid(etree.tostring(root))


def test_an_agency_item_without_a_summary_keeps_its_first_paragraph_in_the_body(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<description role="drol:summary">Dock workers and port operators met again on Friday.</description>', ""), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    for lang, marker in (("en", ""), ("de", "[de] ")):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        body = [element.text for element in root.iter("{http://www.w3.org/1999/xhtml}p")]
        assert body[0].startswith(marker + "Hamburg – The talks lasted six hours.") and len(body) == 2
        assert root.findtext(f"{NAR}contentMeta/{NAR}description").startswith(marker + "Hamburg – The talks lasted six hours.")


# A results table as agencies send it: columns lined up by spaces, a footnote indented, a line
# with spaces after its figures; the agency's `&amp;` is an ampersand of a club's name.
RESULTS = (
    "Team               P   W   D   L   Pts\n"
    "Ajax              34  25   5   4    80\n"
    "Go Ahead & Eagles 34  24   6   4    78  \n"
    "\n"
    "    * Ajax champions on goal difference"
)
RESULTS_WORDS = ("Ajax", "Pts", "Eagles", "champions")
NITF_BODY = """<inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
        <body.head><hedline><hl1>Harbour talks resume in Hamburg</hl1></hedline></body.head>
        <body.content>
          <p>Hamburg – The talks lasted six hours. The league ended on Sunday.</p>
          {pre}
          <p>Both sides will meet again next week.</p>
        </body.content>
      </body></nitf>
    </inlineXML>"""


def agency_item_with_results(folder: Path, body: str) -> Path:
    """The agency's item with the results table between two paragraphs, in XHTML or in NITF."""
    pre = f"<pre>\n{RESULTS.replace('&', '&amp;')}\n        </pre>"
    source = agency_item(folder, guid=f"urn:newsml:agency.example:20261120:results-{body}", name=f"results-{body}")
    text = source.read_text(encoding="utf-8")
    if body == "xhtml":
        text = text.replace("<h2>Next round</h2>", pre)
    else:
        text = re.sub(r"<inlineXML.*</inlineXML>", lambda _: NITF_BODY.format(pre=pre), text, flags=re.DOTALL)
    source.write_text(text, encoding="utf-8")
    return source


@pytest.mark.parametrize("body", ["xhtml", "nitf"])
def test_an_agency_s_preformatted_results_reach_every_locale_as_written_and_are_not_translated(newsroom, body):
    workspace = Workspace(newsroom)
    source = agency_item_with_results(newsroom.parent, body)
    article_id = f"results-{body}"
    extract(workspace, [source], [DE, FR])
    for locale in (DE, FR):
        po = polib.pofile(str(workspace.po_file(locale, article_id)))
        msgfmt_check(workspace.po_file(locale, article_id))
        assert "Both sides will meet again next week." in [entry.msgid for entry in po]
        assert not [entry.msgid for entry in po if any(word in entry.msgid for word in RESULTS_WORDS)], "the table is no unit"
        assert not [entry for entry in po if "Hamburg – The talks lasted six hours." in entry.msgid and "Both sides" in entry.msgid]
        translate(workspace, locale, article_id)
    report = build(workspace, [DE, FR])
    assert not report.refused
    tables = {}
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang, article_id)
        assert_valid(etree.tostring(root))
        body_element = root.find(f".//{{{XHTML_NS}}}body")
        [pre] = [child for child in body_element if child.tag == f"{{{XHTML_NS}}}pre"]
        assert len(pre) == 0, "text only"
        tables[lang] = pre.text.encode("utf-8")
        assert pre.get("{http://www.w3.org/XML/1998/namespace}lang") == (None if lang == "en" else "en")
        paragraphs = [child.text for child in body_element if child.tag == f"{{{XHTML_NS}}}p"]
        assert paragraphs[-1] == ("" if lang == "en" else f"[{lang}] ") + "Both sides will meet again next week."
        assert body_element.index(pre) == len(body_element) - 2, "between the paragraphs, where the agency put it"
    assert tables == dict.fromkeys(("en", "de", "fr"), RESULTS.encode("utf-8"))


def test_an_agency_s_preformatted_results_leave_nothing_to_translate_or_check(newsroom):
    workspace = Workspace(newsroom)
    with_table = agency_item_with_results(newsroom.parent, "xhtml")
    without = agency_item(newsroom.parent, guid="urn:newsml:agency.example:20261120:results-plain", name="results-plain")
    without.write_text(without.read_text(encoding="utf-8").replace("<h2>Next round</h2>", ""), encoding="utf-8")
    extract(workspace, [with_table, without], [DE])
    status = CliRunner().invoke(main, ["--root", str(newsroom), "status", "-l", "de", "--format", "json"], catch_exceptions=False)
    rows = {row["article_id"]: row for row in json.loads(status.stdout)}
    counted = ("translated", "fuzzy", "untranslated", "translated_words", "fuzzy_words", "untranslated_words")
    assert [rows["results-xhtml"][key] for key in counted] == [rows["results-plain"][key] for key in counted]
    translate(workspace, DE, "results-xhtml")
    checked = CliRunner().invoke(main, ["--root", str(newsroom), "check", "-l", "de", "--format", "json", "results-xhtml"])
    assert checked.exit_code == 0, checked.output
    assert not any(word in checked.output for word in RESULTS_WORDS)


@pytest.mark.parametrize("list_tag", ["ul", "ol"])
def test_a_results_table_opening_a_list_item_reaches_every_locale_byte_for_byte(newsroom, list_tag):
    """A `<pre>` opening a list item: a marker before its first line would shift that line's
    columns against the others, so every locale publishes the table as written."""
    source = agency_item_with_results(newsroom.parent, "xhtml")
    text = source.read_text(encoding="utf-8")
    table = re.search(r"<pre>.*?</pre>", text, flags=re.DOTALL).group()
    source.write_text(text.replace(table, f"<{list_tag}><li>{table}</li><li>Twente won.</li></{list_tag}>"), encoding="utf-8")
    runner, root = CliRunner(), ["--root", str(newsroom)]
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(source)]).exit_code == 0
    workspace = Workspace(newsroom)
    for locale in (DE, FR):
        translate(workspace, locale, "results-xhtml")
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    second = "2." if list_tag == "ol" else "•"
    for lang in ("en", "de", "fr"):
        data = workspace.item_file(lang, "results-xhtml").read_bytes()
        assert_valid(data)
        body = etree.fromstring(data).find(f".//{{{XHTML_NS}}}body")
        [pre] = [child for child in body if child.tag == f"{{{XHTML_NS}}}pre"]
        assert pre.text.encode("utf-8") == RESULTS.encode("utf-8"), lang
        assert body[body.index(pre) + 1].text == f"{second} " + ("" if lang == "en" else f"[{lang}] ") + "Twente won.", lang


def test_a_results_table_opening_the_body_is_no_dateline(newsroom):
    source = agency_item(newsroom.parent)
    text = source.read_text(encoding="utf-8")
    opening = re.search(r"<p>Hamburg – .*?</p>", text).group()
    source.write_text(text.replace(opening, "<pre>Ajax - PSV        2:1\nTwente - AZ       0:0</pre>"), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    for lang in ("en", "de"):
        content_meta = item(workspace, lang).find(f"{NAR}contentMeta")
        assert [element.findtext(f"{NAR}name") for element in content_meta.iterfind(f"{NAR}located")] == ["Hamburg"], lang
        assert content_meta.findtext(f"{NAR}dateline") == "Hamburg", lang


def test_a_results_table_opening_a_text_without_summary_is_no_description(newsroom):
    source = agency_item(newsroom.parent)
    text = source.read_text(encoding="utf-8").replace(
        '<description role="drol:summary">Dock workers and port operators met again on Friday.</description>', "")
    opening = re.search(r"<p>Hamburg – .*?</p>", text).group()
    source.write_text(text.replace(opening, "<pre>Ajax - PSV        2:1\nTwente - AZ       0:0</pre>" + opening), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    for lang in ("en", "de"):
        root = item(workspace, lang)
        assert root.find(f"{NAR}contentMeta/{NAR}description") is None, lang
        assert root.find(f".//{{{XHTML_NS}}}body")[0].text == "Ajax - PSV        2:1\nTwente - AZ       0:0", "the table stays in the body"
        assert_valid(etree.tostring(root))


def test_a_late_older_version_of_an_agency_item_is_skipped_and_never_revives_a_kill(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    agency_item(source.parent, version=3, status="canceled", created="2026-11-22T10:00:00Z")
    extract(workspace, [source], [DE, FR])
    build(workspace, [DE, FR])
    assert item(workspace, "en").get("version") == "3", "the agency's guid and version name one content"
    late = agency_item(source.parent, version=2, last="A late correction.", created="2026-11-21T10:00:00Z", name="late-correction")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(late)])
    assert result.exit_code == 0, result.output
    assert "harbour-talks: skipped" in result.output and "older version of the item than version 3" in result.output
    build(workspace, [DE, FR])
    for lang in ("en", "de", "fr"):
        assert pub_status(item(workspace, lang)) == "stat:canceled", lang
    assert "A late correction." not in workspace.article_file("harbour-talks").read_text(encoding="utf-8")


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_several_versions_of_an_agency_item_in_one_run_give_its_newest(newsroom, order):
    files = [agency_item(newsroom.parent, version=version, last=f"Version {version} says so.", name=f"talks-v{version}")
             for version in order]
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert "harbour-talks: skipped" in result.output and "talks-v1.xml" in result.output
    article, _ = Workspace(newsroom).load_article("harbour-talks")
    assert article.meta.version == 2 and "Version 2 says so." in last_paragraph(article)
    po = polib.pofile(str(Workspace(newsroom).po_file(DE, "harbour-talks")))
    assert po.find("Version 2 says so.") is not None and po.find("Version 1 says so.") is None
    assert not list(newsroom.rglob("*.tmp"))


def news_message(folder: Path, items: list[str]) -> Path:
    """A newsMessage holding the given newsItem documents, as an agency's feed sends them."""
    bodies = [re.sub(r"^<\?xml[^>]*>\s*", "", item) for item in items]
    path = folder / "message.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
        "<header><sent>2026-11-21T10:00:00Z</sent></header><itemSet>" + "".join(bodies) + "</itemSet></newsMessage>",
        encoding="utf-8",
    )
    return path


def test_an_item_and_its_kill_notice_in_one_message_publish_nothing(newsroom):
    """No partner ever had the story: a withdrawal would tell them of it (a legal kill's headline)."""
    story = AGENCY_ITEM.format(guid=GUID, version=1, status="usable", last="Mayor Jan Vermeulen will attend.",
                               created="2026-11-20T09:00:00Z")
    notice = kill_notice(2, "2026-11-21T09:00:00Z")
    workspace = Workspace(newsroom)
    extract(workspace, [news_message(newsroom.parent, [story, notice])], [DE])
    article, _ = workspace.load_article("harbour-talks")
    assert (article.meta.version, article.meta.pub_status) == (2, "canceled")
    report = build(workspace, [DE])
    assert not report.refused and not report.outcomes
    assert not list(newsroom.rglob("feeds/*/harbour-talks.xml"))


def test_a_withdrawal_reaches_only_the_locales_that_published_the_story(agency):
    workspace, source = agency
    build(workspace, [DE])  # French partners never get it
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert not build(workspace, [DE, FR]).refused
    assert pub_status(item(workspace, "en")) == pub_status(item(workspace, "de")) == "stat:canceled"
    assert not (workspace.root / "feeds/fr/harbour-talks.xml").exists()
    french_index = workspace.root / "feeds/fr/index.xml"
    assert not french_index.exists() or b"harbour-talks" not in french_index.read_bytes()


def test_the_names_of_a_version_an_agency_replaced_in_the_same_run_stay_out_of_the_glossary(newsroom):
    first = agency_item(newsroom.parent, last="Mayor Jan Vermeulen will attend.", name="v1")
    second = agency_item(newsroom.parent, version=2, last="The mayor will not attend.", name="v2")
    extract(Workspace(newsroom), [first, second], [DE])
    glossary = (newsroom / "locales/templates/names.pot").read_text(encoding="utf-8")
    assert "Petra Lindqvist" in glossary and "Jan Vermeulen" not in glossary


def test_two_agencies_items_that_would_share_an_id_in_one_run_stay_two_articles(newsroom):
    guids = [f"urn:newsml:{agency}:20261121:harbour-talks" for agency in ("agency.example", "otherwire.example")]
    files = [agency_item(newsroom.parent, guid=guid, name=guid.split(":")[2], last=f"From {guid.split(':')[2]}.") for guid in guids]
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", *map(str, files)])
    assert result.exit_code == 0, result.output
    workspace = Workspace(newsroom)
    ids = sorted(workspace.article_ids())
    assert ids[0] == "harbour-talks" and ids[1].startswith("harbour-talks-") and len(ids) == 2
    assert [workspace.load_article(article_id)[0].meta.guid for article_id in ids] == guids
    assert f"belongs to {guids[0]}" in result.output
    assert all(workspace.po_file(DE, article_id).exists() for article_id in ids)
    assert not list(newsroom.rglob("*.tmp"))


def test_one_agencys_items_of_two_days_with_one_slug_in_one_message_stay_two_articles(newsroom):
    items = [AGENCY_ITEM.format(guid=f"urn:newsml:agency.example:2026112{day}:weather", version=1, status="usable",
                                last=f"Forecast of day {day}.", created=f"2026-11-2{day}T09:00:00Z") for day in (1, 2)]
    workspace = Workspace(newsroom)
    extract(workspace, [news_message(newsroom.parent, items)], [DE])
    texts = sorted(last_paragraph(workspace.load_article(article_id)[0]) for article_id in workspace.article_ids())
    assert texts == ["Forecast of day 1.", "Forecast of day 2."]


def test_an_agency_item_is_extracted_again_over_a_damaged_article_record(agency):
    workspace, source = agency
    workspace.article_file("harbour-talks").write_text("{half a record", encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert workspace.load_article("harbour-talks")[0].meta.guid == GUID


def test_two_agencies_items_whose_guids_end_alike_stay_two_articles(agency):
    workspace, source = agency
    other_guid = "urn:newsml:otherwire.example:20261121:harbour-talks"
    other = agency_item(source.parent, last="Another story.", created="2026-11-21T10:00:00Z", guid=other_guid, name="other-wire")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(other)])
    assert result.exit_code == 0, result.output
    (new_id,) = [line.partition(":")[0] for line in result.output.splitlines() if "units" in line]
    assert new_id.startswith("harbour-talks-") and f"belongs to {GUID}" in result.output
    build(workspace, [DE, FR], threshold=0.0)
    assert item(workspace, "en").get("guid") == GUID
    assert item(workspace, "en", new_id).get("guid") == other_guid
    assert item(workspace, "de").findtext(f"{NAR}contentMeta/{NAR}headline").startswith("[de]"), "translations kept"
    again = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(other), str(source)])
    assert again.exit_code == 0 and again.output == f"2 article(s) unchanged: {new_id}, harbour-talks\n", again.output


def test_an_item_waiting_for_its_translation_stays_in_the_index_at_its_last_version(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    agency_item(source.parent, version=2, last="Both sides will meet again on Monday.", created="2026-11-21T09:00:00Z")
    extract(workspace, [source], [DE, FR])
    report = build(workspace, [DE, FR])
    assert {outcome.lang for outcome in report.refused} == {"de", "fr"}
    # Another article published in German rewrites the German index.
    other = agency_item(source.parent, last="A ferry sailed.", created="2026-11-21T10:00:00Z", guid=GUID + "-ferry", name="ferry")
    extract(workspace, [other], [DE, FR])
    translate(workspace, DE, "harbour-talks-ferry")
    build(workspace, [DE, FR])

    def listed(lang: str) -> list[tuple[str, str]]:
        index = etree.parse(str(workspace.feed_dir(lang) / "index.xml")).getroot()
        return [(element.get("guid").removesuffix(":de").rpartition(":")[2], element.get("version"))
                for element in index.iter(f"{NAR}newsItem")]

    # The ferry, then the harbour talks at the version partners can still fetch.
    assert listed("de") == [("harbour-talks-ferry", "1"), ("harbour-talks", "1")]
    assert item(workspace, "de").get("version") == "1"
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE, FR])
    assert listed("de") == [("harbour-talks", "2"), ("harbour-talks-ferry", "1")]


def test_a_version_is_stamped_when_it_is_published_so_pollers_never_miss_it(newsroom, wire_files):
    """A partner asks for what is newer than the newest versionCreated it has seen: an article
    dated last week, or a translation saved days ago, published now, must be newer."""
    workspace = Workspace(newsroom)
    first, late = wire_files[0], wire_files[1]
    late.write_text(late.read_text(encoding="utf-8").replace("date 2026-11-", "date 2026-10-", 1), encoding="utf-8")
    monday, tuesday = (dt.datetime(2026, 11, day, 9, tzinfo=dt.timezone.utc) for day in (23, 24))
    extract(workspace, [first], [DE])
    build(workspace, [DE], threshold=0.0, now=monday)
    extract(workspace, [first, late], [DE])
    translate(workspace, DE, first.stem)
    build(workspace, [DE], threshold=0.0, now=tuesday)

    def stamps(lang: str) -> list[tuple[str, str]]:
        index = etree.parse(str(workspace.feed_dir(lang) / "index.xml")).getroot()
        return [(element.get("guid").split(":")[4], element.findtext(f"{NAR}itemMeta/{NAR}versionCreated"))
                for element in index.iter(f"{NAR}newsItem")]

    assert stamps("en") == [(late.stem, "2026-11-24T09:00:00Z"), (first.stem, "2026-11-23T09:00:00Z")]
    assert dict(stamps("de"))[first.stem] == "2026-11-24T09:00:00Z", "the translated version, published on Tuesday"


def test_index_orders_items_by_their_moment_whatever_their_zone(newsroom):
    workspace = Workspace(newsroom)
    # Published at 10:30 in Paris (09:30 UTC), then at 10:00 UTC: the second is the newer.
    for name, now in (("alpha", "2026-11-20T10:30:00+01:00"), ("beta", "2026-11-20T10:00:00+00:00")):
        source = agency_item(newsroom.parent, guid=f"urn:newsml:agency.example:20261120:{name}", name=name)
        extract(workspace, [source], [])
        build(workspace, [], index_limit=1, now=dt.datetime.fromisoformat(now))
    index = etree.parse(str(workspace.feed_dir("en") / "index.xml")).getroot()
    assert [element.get("guid").rpartition(":")[2] for element in index.iter(f"{NAR}newsItem")] == ["beta"]
    assert index.findtext(f"{NAR}header/{NAR}sent") == "2026-11-20T10:00:00Z"


def test_items_one_run_publishes_are_listed_newest_story_first(newsroom):
    workspace = Workspace(newsroom)
    names = {"alpha": "2026-11-22T15:00:00Z", "omega": "2026-11-22T09:00:00Z", "kappa": "2026-11-22T12:00:00Z"}
    extract(workspace, [agency_item(newsroom.parent, guid=f"urn:newsml:agency.example:20261122:{name}", name=name, created=created)
                        for name, created in names.items()], [])
    build(workspace, [], index_limit=2)
    index = etree.parse(str(workspace.feed_dir("en") / "index.xml")).getroot()
    assert [element.get("guid").rpartition(":")[2] for element in index.iter(f"{NAR}newsItem")] == ["alpha", "kappa", "omega"]


def test_an_agency_item_delivered_late_is_newer_than_everything_published_before(newsroom):
    """`since` polling on the source language's feed must not miss an item the agency stamped
    earlier than one already published; the agency's stamp stays, as contentModified."""
    workspace = Workspace(newsroom)
    monday, tuesday = (dt.datetime(2026, 11, day, 9, tzinfo=dt.timezone.utc) for day in (23, 24))
    for name, created, now in (("early", "2026-11-22T12:00:00Z", monday), ("late", "2026-11-22T11:00:00Z", tuesday)):
        extract(workspace, [agency_item(newsroom.parent, guid=f"urn:newsml:agency.example:20261122:{name}", name=name, created=created)], [])
        build(workspace, [], now=now)
    late = item(workspace, "en", "late")
    assert late.findtext(f"{NAR}itemMeta/{NAR}versionCreated") == "2026-11-24T09:00:00Z"
    assert late.findtext(f"{NAR}contentMeta/{NAR}contentModified") == "2026-11-22T11:00:00Z"
    assert (late.get("guid"), late.get("version")) == ("urn:newsml:agency.example:20261122:late", "1")
    assert_valid(etree.tostring(late))


def test_index_is_newest_first_and_can_be_limited(newsroom):
    workspace = Workspace(newsroom)
    # Three items published by three runs.
    for hour, name in enumerate(("alpha", "beta", "gamma"), start=9):
        extract(workspace, [agency_item(newsroom.parent, guid=f"urn:newsml:agency.example:20261120:{name}", name=name)], [])
        build(workspace, [], index_limit=2, now=dt.datetime(2026, 11, 25, hour, tzinfo=dt.timezone.utc))
    listed = lambda: [element.get("guid").rpartition(":")[2] for element in  # noqa: E731
                      etree.parse(str(workspace.feed_dir("en") / "index.xml")).getroot().iter(f"{NAR}newsItem")]
    assert listed() == ["gamma", "beta"]
    # A limit given once holds for that run only: the next one lists the default again.
    build(workspace, [])
    assert listed() == ["gamma", "beta", "alpha"]
    (newsroom / "syndicate.toml").write_text("[feed]\nindex_limit = 1\n", encoding="utf-8")
    build(workspace, [])
    assert listed() == ["gamma"]


def test_an_index_lists_every_item_of_the_latest_run_however_many(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [])
    build(workspace, [], index_limit=2, now=dt.datetime(2026, 11, 25, 9, tzinfo=dt.timezone.utc))
    listed = lambda: [element.get("guid").rpartition(":")[2] for element in  # noqa: E731
                      etree.parse(str(workspace.feed_dir("en") / "index.xml")).getroot().iter(f"{NAR}newsItem")]
    assert len(listed()) == 3, "a poller that saw one of them would never see one left out"
    # The next run's items are the newest: the limit trims the older run's.
    wire_files[0].write_text(wire_files[0].read_text(encoding="utf-8").replace("Nobody gave them a chance.", "Nobody gave them any chance.", 1), encoding="utf-8")
    extract(workspace, wire_files[:1], [])
    build(workspace, [], index_limit=2, now=dt.datetime(2026, 11, 25, 10, tzinfo=dt.timezone.utc))
    assert len(listed()) == 2 and listed()[0] == wire_files[0].stem


def many_articles(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"story-{number}.txt"
        path.write_text(
            f"date 2026-11-{1 + number % 28:02d} News\n\nStory number {number} has a lede.\n\n"
            f"Berlin – Minister Anna Roth spoke for {number} minutes. “We will act,” Roth said.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_a_killed_build_leaves_whole_feeds_and_the_next_run_repairs(newsroom):
    sources = many_articles(newsroom.parent, 120)
    command = [sys.executable, "-m", "syndicate", "--root", str(newsroom)]
    subprocess.run([*command, "extract", *map(str, sources)], check=True, capture_output=True)
    for delay in (0.4, 0.8):
        process = subprocess.Popen([*command, "build", "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in (newsroom / "feeds").rglob("*.xml"):
            etree.parse(str(path))  # every file there is whole
    finished = subprocess.run([*command, "build"], capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    items = sorted((newsroom / "feeds/en").glob("story-*.xml"))
    assert len(items) == 120
    for path in items[:5] + [newsroom / "feeds/en/index.xml"]:
        assert_valid(path.read_bytes())
    assert not [path for path in newsroom.rglob("*.tmp")], "the next run removes what the killed run left half-done"


def test_concurrent_runs_wait_for_the_lock(newsroom, wire_files):
    workspace = Workspace(newsroom)
    with exclusive_lock(workspace.lock_file):
        process = subprocess.Popen(
            [sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", *map(str, wire_files)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        time.sleep(1.5)
        assert process.poll() is None, "the second run waits while the first holds the lock"
        assert not (newsroom / "locales").exists()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0
    assert "Waiting for another syndicate run" in stderr


def test_a_run_waiting_says_which_run_holds_the_workspace_and_gives_up_after_lock_timeout(newsroom, wire_files):
    """A run stopped (SIGSTOP) or stuck holds the workspace: cron's next runs must not pile up."""
    workspace = Workspace(newsroom)
    holder = "syndicate build by desk, process 4242, since 2026-11-25 09:00:00Z"
    with exclusive_lock(workspace.lock_file, holder=holder):
        started = time.monotonic()
        waited = subprocess.run(
            [sys.executable, "-m", "syndicate", "--root", str(newsroom), "--lock-timeout", "1", "extract", *map(str, wire_files)],
            capture_output=True, text=True, timeout=60,
        )
        assert time.monotonic() - started < 30
    assert waited.returncode == 75
    assert waited.stderr.splitlines() == [
        f"New workspace: {newsroom.resolve()}",
        f"Waiting for another syndicate run on this workspace ({holder})…",
        f"Error: another syndicate run holds the workspace ({holder}); gave up after 1 s (--lock-timeout): run again later, "
        "or stop that run if it is stuck (a run killed frees the workspace at once)",
    ]
    assert not (newsroom / "locales").exists()
    assert workspace.lock_file.read_text() == "", "the holder's line goes with it"
    ran = subprocess.run([sys.executable, "-m", "syndicate", "--root", str(newsroom), "--lock-timeout", "1", "extract",
                          *map(str, wire_files), "-l", "de"], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert workspace.lock_file.read_text() == ""


@pytest.mark.parametrize("extracted_before", [1, 0])
def test_a_build_waiting_for_an_extract_builds_what_it_extracted(newsroom, wire_files, extracted_before):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files[:extracted_before], [])
    with exclusive_lock(workspace.lock_file):  # an extract of the other articles holds the lock
        process = subprocess.Popen(
            [sys.executable, "-m", "syndicate", "--root", str(newsroom), "build"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        time.sleep(1.5)
        extract(workspace, wire_files[extracted_before:], [])
    process.communicate(timeout=60)
    assert process.returncode == 0
    assert sorted(path.stem for path in workspace.feed_dir("en").glob("*.xml")) == sorted(["index", *(path.stem for path in wire_files)])


def test_written_files_are_readable_by_the_feed_server_and_keep_their_mode(newsroom, wire_files):
    previous_umask = os.umask(0o022)
    try:
        workspace = Workspace(newsroom)
        extract(workspace, wire_files, [DE])
        po_path = workspace.po_file(DE, "port-strike")
        po_path.chmod(0o664)  # a desk that shares the locales folder with its translators' group
        build(workspace, [DE])
        assert stat.S_IMODE((newsroom / "feeds/en/port-strike.xml").stat().st_mode) == 0o644
        assert stat.S_IMODE((newsroom / "feeds/en/index.xml").stat().st_mode) == 0o644
        source = next(path for path in wire_files if path.stem == "port-strike")
        source.write_text(source.read_text(encoding="utf-8").replace("third day", "fourth day"), encoding="utf-8")
        extract(workspace, wire_files, [DE])
        assert "fourth day" in po_path.read_text(encoding="utf-8")
        assert stat.S_IMODE(po_path.stat().st_mode) == 0o664
    finally:
        os.umask(previous_umask)


def test_a_bad_source_in_a_parallel_batch_is_skipped_and_the_others_extracted(newsroom):
    sources = many_articles(newsroom.parent, 80)
    workspace = Workspace(newsroom)
    extract(workspace, sources[:10], [DE])
    sources[0].write_text(sources[0].read_text(encoding="utf-8").replace("has a lede", "has a new lede"), encoding="utf-8")
    sources[60].write_bytes(b"date 2026-11-02 News\n\nGr\xfc\xdfe aus K\xf6ln.\n")
    results = extract(workspace, sources, [DE], jobs=2)
    [skipped] = [result for result in results if result.unreadable]
    assert skipped.unreadable.startswith(f"{sources[60]}:3: not UTF-8")
    assert sorted(workspace.article_ids()) == sorted(f"story-{number}" for number in range(80) if number != 60)
    assert "has a new lede" in workspace.article_file("story-0").read_text(encoding="utf-8")
    assert not list(newsroom.rglob("*.tmp"))


def test_two_sources_with_one_id_are_refused_naming_both(newsroom):
    first, second = many_articles(newsroom.parent, 2)
    date_line, rest = second.read_text(encoding="utf-8").split("\n", 1)
    second.write_text(f"{date_line}\nid story-0\n{rest}", encoding="utf-8")
    with pytest.raises(InputError, match=r"article id 'story-0' is also used by .*story-0\.txt") as caught:
        extract(Workspace(newsroom), [first, second], [DE])
    assert caught.value.path.endswith("story-1.txt")
    assert not [path for path in newsroom.rglob("*") if path.is_file()], "nothing written, nothing left staged"


def test_a_run_after_a_killed_one_removes_its_temp_files_and_a_clean_run_leaves_no_mark(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", *map(str, wire_files), "-l", "de"]).exit_code == 0
    mark = newsroom / ".syndicate/run-in-progress"
    assert not mark.exists()
    left = newsroom / "locales/de/LC_MESSAGES/.port-strike.po.4242-0.tmp"
    left.write_text("half a file", encoding="utf-8")
    mark.touch()  # what a run killed midway leaves behind
    assert runner.invoke(main, ["--root", str(newsroom), "build", "--threshold", "0"]).exit_code == 0
    assert not left.exists() and not mark.exists()


def test_a_stopped_run_takes_its_temp_files_with_it(newsroom):
    workspace = Workspace(newsroom)
    staged = newsroom / "locales/de/LC_MESSAGES/.port-strike.po.4242-0.tmp"
    with pytest.raises(KeyboardInterrupt), workspace.writing_run():
        staged.parent.mkdir(parents=True)
        staged.write_text("staged, never adopted", encoding="utf-8")
        raise KeyboardInterrupt
    assert not staged.exists()
    assert (newsroom / ".syndicate/run-in-progress").exists(), "the next run still looks"


def sixty_articles_one_translated(newsroom: Path, *, wrong_number: bool) -> Workspace:
    """60 articles extracted in German, and the first units of story-7 translated (the
    second with a number changed when `wrong_number`)."""
    workspace = Workspace(newsroom)
    extract(workspace, many_articles(newsroom.parent, 60), [DE])
    po = polib.pofile(str(workspace.po_file(DE, "story-7")))
    po[0].msgstr = "Geschichte Nummer 7 hat einen Vorspann."
    if wrong_number:
        po[1].msgstr = po[1].msgid.replace(" 7 ", " 70 ")
    po.save()
    return workspace


def test_check_of_a_large_workspace_on_all_cores_reports_as_one_process_would(newsroom):
    from syndicate.check import check_articles

    workspace = sixty_articles_one_translated(newsroom, wrong_number=True)
    parallel = list(check_articles(workspace, [DE], jobs=2))
    assert parallel == list(check_articles(workspace, [DE], jobs=1))
    assert len(parallel) == 61 and not parallel[-1]  # one group per article, then the names glossary's
    errors = [finding for findings in parallel for finding in findings if finding.severity == "error"]
    assert [(finding.article_id, finding.check) for finding in errors] == [("story-7", "numbers")]


def test_status_of_a_large_workspace_is_counted_on_all_cores_and_kept(newsroom):
    from syndicate.status import workspace_progress

    workspace = sixty_articles_one_translated(newsroom, wrong_number=False)
    first = workspace_progress(workspace, [DE])  # 60 files to count: a process pool
    assert [(row.article_id, row.translated) for row in first if row.translated] == [("story-7", 1)]
    assert sum(row.total for row in first) == sum(len(polib.pofile(str(workspace.po_file(DE, f"story-{n}")))) for n in range(60))
    assert workspace_progress(workspace, [DE]) == first


def _interrupt_handler(_: int) -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_worker_processes_leave_ctrl_c_to_the_main_process():
    # A worker interrupted inside the pool's own plumbing could leave the pool waiting forever.
    assert all(ordered_map(_interrupt_handler, range(PARALLEL_MIN_JOBS), 2))
    assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


def test_ctrl_c_stops_a_parallel_extract_promptly_and_changes_nothing(newsroom):
    sources = many_articles(newsroom.parent, 400)
    command = [sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", "-l", "de"]

    def staged_records() -> int:  # one per article a worker has extracted, until the run ends
        records = newsroom / "articles"
        return sum(name.endswith(".tmp") for name in os.listdir(records)) if records.is_dir() else 0

    for staged in (1, 20):
        # Ctrl-C in a terminal signals every process of the foreground group: sent once the
        # workers have staged files, i.e. while they are busy.
        process = subprocess.Popen([*command, *map(str, sources)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   start_new_session=True)
        while staged_records() < staged:
            assert process.poll() is None, "the run ended before it could be interrupted"
            time.sleep(0.002)
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=30) == 130
        assert "Interrupted: every file is whole" in process.stderr.read().decode()
        assert not (newsroom / "locales").exists() or not list((newsroom / "locales").rglob("*.po")), "a stopped run writes nothing"
        assert not list(newsroom.rglob("*.tmp")), "and takes back what its workers had staged"
    finished = subprocess.run([*command, *map(str, sources)], capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert len(list((newsroom / "locales/de/LC_MESSAGES").glob("story-*.po"))) == 400
    assert not [path for path in newsroom.rglob("*.tmp")]


def _workers_of(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as children:
        return [int(child) for child in children.read().split()]


def _ended(pid: int) -> bool:
    """Whether the process is gone or a zombie (nothing may reap an orphan in a container)."""
    try:
        with open(f"/proc/{pid}/stat") as status:
            return status.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def _started_parallel_extract(newsroom: Path, sources: list[Path]) -> tuple[subprocess.Popen, list[int]]:
    """A parallel extract of `sources`, once its workers are busy, and their pids."""
    command = [sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", "-l", "de", *map(str, sources)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    records, deadline = newsroom / "articles", time.monotonic() + 60
    while not (records.is_dir() and any(name.endswith(".tmp") for name in os.listdir(records))):
        assert process.poll() is None, "the run ended before it could be stopped"
        assert time.monotonic() < deadline, "the run staged nothing"
        time.sleep(0.002)
    return process, _workers_of(process.pid)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_parallel_run_stopped_with_sigterm_ends_as_ctrl_c_does(newsroom):
    process, workers = _started_parallel_extract(newsroom, many_articles(newsroom.parent, 400))
    assert len(workers) == 2
    process.send_signal(signal.SIGTERM)  # to the main process alone, as kill, timeout and systemd do
    assert process.wait(timeout=30) == 143
    assert "Interrupted: every file is whole" in process.stderr.read().decode()
    assert not list(newsroom.rglob("*.tmp")) and not list(newsroom.rglob("*.po"))
    deadline = time.monotonic() + 10
    while not all(map(_ended, workers)):
        assert time.monotonic() < deadline, "a worker outlived the run"
        time.sleep(0.01)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_workers_end_with_a_run_killed_with_sigkill_and_leave_the_workspace_free(newsroom):
    sources = many_articles(newsroom.parent, 400)
    process, workers = _started_parallel_extract(newsroom, sources)
    process.kill()
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while not all(map(_ended, workers)):
        assert time.monotonic() < deadline, "a worker outlived the run: it holds the workspace's lock"
        time.sleep(0.01)
    # The next run neither waits for the lock nor keeps what the killed one staged.
    finished = subprocess.run([sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", "-l", "de",
                               *map(str, sources[:10])], capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0 and "Waiting for another syndicate run" not in finished.stderr
    assert not list(newsroom.rglob("*.tmp"))


def test_a_kill_notice_without_text_withdraws_the_article_in_every_locale(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    translated = polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).translated_entries()
    notice = re.sub(r"<embargoed>.*?<signal qcode=\"agsig:internal\"/>",
                    '<pubStatus qcode="stat:canceled"/><edNote>KILL: legal reasons.</edNote><signal qcode="sig:kill"/>',
                    kill_notice(4, "2026-11-23T10:00:00Z"), flags=re.DOTALL)
    source.write_text(notice, encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).translated_entries() == translated
    report = build(workspace, [DE, FR])
    assert not report.refused
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert pub_status(root) == "stat:canceled"
        # What the agency says with the kill, not what it said with the story (its embargo).
        assert root.find(f"{NAR}itemMeta/{NAR}embargoed") is None
        assert root.findtext(f"{NAR}itemMeta/{NAR}edNote") == "KILL: legal reasons."
        assert "sig:kill" in [signal.get("qcode") for signal in root.iterfind(f"{NAR}itemMeta/{NAR}signal")]
        assert_valid(etree.tostring(root))
    # The same notice again changes nothing: no version the agency never issued.
    assert not [result for result in extract(workspace, [source], [DE, FR]) if result.same_version_changed]
    assert build(workspace, [DE, FR]).outcomes == [] and item(workspace, "en").get("version") == "4"


def test_a_withdrawn_partial_translation_promises_no_complete_version(agency):
    workspace, source = agency
    translate(workspace, DE, "harbour-talks")
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    po[-1].msgstr = ""
    po.save()
    build(workspace, [DE], threshold=0.0)
    notes = lambda: [note.text for note in item(workspace, "de").iter(f"{NAR}edNote")]  # noqa: E731
    assert any(note.startswith("Partly translated") for note in notes())
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE])
    build(workspace, [DE], threshold=0.0)
    assert pub_status(item(workspace, "de")) == "stat:canceled"
    assert not any(note.startswith("Partly translated") for note in notes())


@pytest.mark.parametrize("by", ["agency", "desk"])
def test_a_withdrawal_of_a_partial_translation_warns_of_no_untranslated_text(agency, by):
    workspace, source = agency
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    po[-1].msgstr = ""
    po.save()
    run = lambda *args: CliRunner().invoke(main, ["--root", str(workspace.root), *args])  # noqa: E731
    built = run("build", "-l", "de", "--threshold", "50")
    assert "warning: harbour-talks [de]: 1 of 7 units left in the source language" in built.output.splitlines()
    if by == "agency":
        source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
        assert run("extract", str(source)).exit_code == 0
    else:
        assert run("withdraw", "harbour-talks").exit_code == 0
    built = run("build", "-l", "de", "--threshold", "50")
    assert built.exit_code == 0 and "item(s) written" in built.output, built.output
    assert "units left in the source language" not in built.output, "a withdrawal sends no text"
    for lang in ("en", "de"):
        root = item(workspace, lang)
        assert_valid(root)
        assert pub_status(root) == "stat:canceled" and root.find(f"{NAR}contentSet") is None, lang


@pytest.mark.parametrize("in_one_run", [False, True])
def test_a_version_sent_again_with_other_text_is_skipped_and_said(newsroom, in_one_run):
    first = agency_item(newsroom.parent, last="Twelve people were hurt.", name="first")
    again = agency_item(newsroom.parent, last="Fourteen people were hurt.", name="again")
    runs = [[first, again]] if in_one_run else [[first], [again]]
    for files in runs:
        result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", *map(str, files)])
        assert result.exit_code == 0, result.output
    assert "version 1 again with other text" in result.output
    workspace = Workspace(newsroom)
    article, _ = workspace.load_article("harbour-talks")
    assert (article.meta.version, last_paragraph(article)) == (1, "Twelve people were hurt.")
    build(workspace, [])
    assert item(workspace, "en").get("version") == "1"


def test_a_withdrawal_of_an_article_the_workspace_does_not_have_is_skipped_and_said(agency):
    workspace, source = agency
    stray = source.parent / "stray.xml"
    stray.write_text(kill_notice(2, "2026-11-23T10:00:00Z").replace(GUID, GUID.replace("harbour", "airport")), encoding="utf-8")
    other = agency_item(source.parent, guid=GUID.replace("harbour", "ferry"), name="ferry")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(stray), str(other)])
    assert result.exit_code == 0, result.output
    assert "airport-talks: skipped" in result.output and "nothing to withdraw" in result.output
    assert sorted(workspace.article_ids()) == ["ferry-talks", "harbour-talks"]


@pytest.mark.parametrize("in_one_message", [True, False])
def test_a_withdrawal_given_before_its_item_in_one_run_withdraws_it(newsroom, in_one_message):
    # Without firstCreated: the story was first created with its first version, not the kill.
    unstated = "    <firstCreated>2026-11-20T08:00:00Z</firstCreated>\n"
    story = AGENCY_ITEM.format(guid=GUID, version=1, status="usable", last="Mayor Jan Vermeulen will attend.",
                               created="2026-11-20T09:00:00Z").replace(unstated, "")
    notice = kill_notice(2, "2026-11-21T09:00:00Z").replace(unstated, "")
    if in_one_message:
        sources = [news_message(newsroom.parent, [notice, story])]
    else:
        sources = [newsroom.parent / "a-kill.xml", newsroom.parent / "b-story.xml"]
        sources[0].write_text(notice, encoding="utf-8")
        sources[1].write_text(story, encoding="utf-8")
    workspace = Workspace(newsroom)
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", *map(str, sources)])
    assert result.exit_code == 0, result.output
    article, _ = workspace.load_article("harbour-talks")
    assert (article.meta.version, article.meta.pub_status) == (2, "canceled")
    assert "Mayor Jan Vermeulen will attend." in last_paragraph(article), "the text stays, for every locale's notice"
    # The story was first created with its first version, not with the kill.
    assert article.meta.first_created == dt.datetime(2026, 11, 20, 9, tzinfo=dt.timezone.utc)
    assert not build(workspace, [DE]).outcomes, "never published: nothing to withdraw"


def test_an_agency_item_extracted_again_unchanged_is_published_as_it_was(newsroom):
    # Without firstCreated and contentCreated the item's creation is its first version's:
    # extracting that version again (or with another story in the run) changes nothing.
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent)
    source.write_text(re.sub(r"\s*<(firstCreated|contentCreated)>[^<]*</\1>", "", source.read_text(encoding="utf-8")),
                      encoding="utf-8")
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    assert build(workspace, [DE]).outcomes
    published = {path: path.read_bytes() for path in (newsroom / "feeds").rglob("harbour-talks.xml")}
    extract(workspace, [source], [DE])
    assert not any(outcome.written for outcome in build(workspace, [DE]).outcomes)
    assert {path: path.read_bytes() for path in published} == published


def test_a_control_character_in_the_source_is_refused_at_extract(newsroom):
    source = newsroom.parent / "control.txt"
    source.write_text("date 2024-05-02 Home\nid control\n\nBody \x0b text here.\n", encoding="utf-8")
    [skipped] = extract(Workspace(newsroom), [source], [DE])
    assert skipped.whole_file and skipped.unreadable.startswith(f"{source}:4: control character U+000B")
    assert not (newsroom / "locales").exists()


def test_a_withdrawal_while_a_correction_awaits_translation_keeps_the_published_headline(agency):
    workspace, source = agency
    untranslated = polib.pofile(str(workspace.po_file(FR, "harbour-talks")))
    for entry in untranslated:
        entry.msgstr = ""
    untranslated.save()
    build(workspace, [DE, FR])
    corrected = AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last="Both sides will meet again in March.",
                                   created="2026-11-21T09:00:00Z")
    source.write_text(corrected.replace("Harbour talks resume in Hamburg", "Harbour talks resume in Hamburg port"),
                      encoding="utf-8")
    extract(workspace, [source], [DE, FR])  # the headline is now fuzzy in German
    source.write_text(kill_notice(3, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert not build(workspace, [DE, FR]).refused
    german = item(workspace, "de")
    french = item(workspace, "fr") if (workspace.root / "feeds/fr/harbour-talks.xml").exists() else None
    assert pub_status(german) == "stat:canceled"
    assert_valid(etree.tostring(german))
    # German partners are told which story to take down in the words they published it with.
    headline = german.find(f"{NAR}contentMeta/{NAR}headline")
    assert headline.text == "[de] Harbour talks resume in Hamburg"
    assert headline.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    # French partners never had it translated: they get no withdrawal.
    assert french is None


def test_a_partly_translated_item_marks_a_headline_still_in_the_original_language(agency):
    workspace, _ = agency
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    po.find("Harbour talks resume in Hamburg").msgstr = ""
    po.save()
    build(workspace, [DE], threshold=0.0)
    root = item(workspace, "de")
    headline = root.find(f"{NAR}contentMeta/{NAR}headline")
    assert (headline.text, headline.get("{http://www.w3.org/XML/1998/namespace}lang")) == ("Harbour talks resume in Hamburg", "en")
    assert root.find(f"{NAR}contentMeta/{NAR}description").get("{http://www.w3.org/XML/1998/namespace}lang") is None
    assert_valid(etree.tostring(root))


def test_a_new_embargo_or_status_reaches_every_locale_before_the_update_is_translated(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    embargo = lambda root: root.findtext(f"{NAR}itemMeta/{NAR}embargoed")  # noqa: E731
    assert embargo(item(workspace, "de")) == "2026-11-20T12:00:00Z"
    extended = AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last="Both sides will meet again on Monday.",
                                  created="2026-11-20T10:00:00Z").replace("2026-11-20T12:00:00Z", "2026-11-21T12:00:00Z")
    source.write_text(extended, encoding="utf-8")
    extract(workspace, [source], [DE, FR])  # one sentence is now fuzzy in German and French
    report = build(workspace, [DE, FR])
    assert not report.refused
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert (embargo(root), root.get("version")) == ("2026-11-21T12:00:00Z", "2"), lang
        assert_valid(etree.tostring(root))
    german = item(workspace, "de")
    assert "[de] Both sides will meet again next week." in etree.tostring(german, encoding="unicode"), "the words partners have"
    [note] = {outcome.note for outcome in report.outcomes if outcome.lang == "de"}
    assert "published ahead of the translation" in note
    # The agency withholds the story: it is withheld in every locale at once.
    source.write_text(extended.replace("version=\"2\"", "version=\"3\"").replace("stat:usable", "stat:withheld")
                      .replace("on Monday", "on Tuesday"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    build(workspace, [DE, FR])
    assert {pub_status(item(workspace, lang)) for lang in ("en", "de", "fr")} == {"stat:withheld"}
    # Once translated, the update is published as usual, without the note.
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    report = build(workspace, [DE, FR])
    assert not report.refused and not [outcome.note for outcome in report.outcomes if outcome.note]
    assert "[de] Both sides will meet again on Tuesday." in etree.tostring(item(workspace, "de"), encoding="unicode")


def test_a_kill_notice_with_a_headline_of_its_own_withdraws_the_article_and_keeps_its_translations(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    translated = polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).translated_entries()
    kill = kill_notice(2, "2026-11-23T10:00:00Z").replace("<slugline>", "<headline>KILL: Harbour talks story withdrawn</headline><slugline>")
    source.write_text(kill, encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).translated_entries() == translated
    assert not build(workspace, [DE, FR]).refused
    german = item(workspace, "de")
    assert pub_status(german) == "stat:canceled"
    assert german.findtext(f"{NAR}contentMeta/{NAR}headline") == "[de] Harbour talks resume in Hamburg"
    # A kill with text of an article the workspace never had withdraws nothing.
    stray = source.parent / "stray.xml"
    stray.write_text(AGENCY_ITEM.format(guid=GUID.replace("harbour", "airport"), version=2, status="canceled", last="Gone.",
                                        created="2026-11-23T10:00:00Z"), encoding="utf-8")
    [result] = extract(workspace, [stray], [DE, FR])
    assert result.nothing_to_withdraw and sorted(workspace.article_ids()) == ["harbour-talks"]


def test_a_wire_story_never_takes_the_place_of_an_agency_item_with_its_id(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    wire = source.parent / "harbour-talks.txt"
    wire.write_text("date 2026-11-21 Sport\ntitle Ajax win the derby\n\nAjax beat Feyenoord 3-1 on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(wire)])
    assert result.exit_code == 0, result.output
    assert f"as the id it would have had belongs to {GUID}" in result.output
    assert len(workspace.article_ids()) == 2
    article, _ = workspace.load_article("harbour-talks")
    assert article.meta.guid == GUID and polib.pofile(str(workspace.po_file(DE, "harbour-talks"))).translated_entries()
    # The same file again is the same article.
    again = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(wire)])
    assert again.exit_code == 0 and "unchanged" in again.output and len(workspace.article_ids()) == 2


def test_a_quotation_the_agency_marks_not_to_translate_is_kept_whole_and_published(newsroom):
    source = agency_item(newsroom.parent, last='The lyrics read: <span translate="no">“We are the champions, my friends.”</span> Fans cheered.')
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    [entry] = [entry for entry in po if entry.msgid.startswith("The lyrics read")]
    assert "quotation" not in entry.comment.lower()
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    text = etree.tostring(item(workspace, "de"), encoding="unicode")
    assert "[de] The lyrics read: “We are the champions, my friends.”" in text


def test_an_unreadable_item_of_a_news_message_is_skipped_and_said_and_the_others_extracted(newsroom):
    good = [AGENCY_ITEM.format(guid=GUID.replace("harbour", name), version=1, status="usable", last="Both sides met.",
                               created="2026-11-20T09:00:00Z") for name in ("ferry", "airport")]
    headless = re.sub(r"<headline>.*?</headline>|<contentSet>.*</contentSet>", "",
                      AGENCY_ITEM.format(guid=GUID, version=1, status="usable", last="", created="2026-11-20T09:00:00Z"),
                      flags=re.DOTALL)
    message = news_message(newsroom.parent, [good[0], headless, good[1]])
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", str(message)])
    assert result.exit_code == 1
    line = next(element.sourceline for element in etree.parse(str(message)).iter(f"{NAR}newsItem") if element.get("guid") == GUID)
    assert f"error: {message}:{line}: the newsItem has no headline" in result.output, result.output
    assert "the item was skipped, the others of" in result.output
    assert sorted(Workspace(newsroom).article_ids()) == ["airport-talks", "ferry-talks"]
    # A message of which no item can be read is an error of the file, as an unreadable item file is.
    news_message(newsroom.parent, [headless])
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", str(message)])
    assert result.exit_code == 1 and "the newsItem has no headline" in result.output and "the file was skipped" in result.output


def test_an_item_of_a_news_message_with_a_control_character_is_skipped_and_the_others_extracted(newsroom):
    items = [AGENCY_ITEM.format(guid=GUID.replace("harbour", name), version=1, status="usable", last=last,
                                created="2026-11-20T09:00:00Z")
             for name, last in (("ferry", "Both sides met."), ("rail", "The page&#x9B;break."), ("airport", "Both sides met."))]
    message = news_message(newsroom.parent, items)
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", str(message)])
    assert result.exit_code == 1
    line = next(element.sourceline for element in etree.parse(str(message)).iter("{http://www.w3.org/1999/xhtml}p") if "break" in element.text)
    assert (f"error: {message}:{line}: control character U+009B in the text, which cannot be published (remove it from "
            f"the source, or ask its sender for a corrected version); the item was skipped, the others of {message} "
            "extracted") in result.output.splitlines(), result.output
    assert sorted(Workspace(newsroom).article_ids()) == ["airport-talks", "ferry-talks"]
    assert not (newsroom / "locales/de/LC_MESSAGES/rail-talks.po").exists()
    # The item's kill notice in the same message withdraws what the workspace has: nothing.
    items[1:] = [items[1], kill_notice(2, "2026-11-21T09:00:00Z").replace("harbour", "rail")]
    news_message(newsroom.parent, items)
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", str(message)])
    assert result.exit_code == 1 and "rail-talks: skipped" in result.output and "nothing to withdraw" in result.output
    assert result.output.count("U+009B") == 1
    # A message of which no item can be extracted names each of them.
    news_message(newsroom.parent, [items[1], items[1].replace("rail", "road")])
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de", str(message)])
    assert result.exit_code == 1 and result.output.count("U+009B") == 2 and "the file was skipped" in result.output


def test_a_body_that_opens_with_a_subheading_and_no_summary_keeps_it_in_the_body(newsroom):
    source = agency_item(newsroom.parent)
    text = source.read_text(encoding="utf-8").replace(
        '<description role="drol:summary">Dock workers and port operators met again on Friday.</description>', "")
    source.write_text(text.replace("<body>\n          <p>Hamburg", "<body>\n          <h2>Six hours of talks</h2><p>Hamburg"), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [])
    build(workspace, [])
    root = item(workspace, "en")
    body = [(etree.QName(element).localname, element.text) for element in root.find(".//{http://www.w3.org/1999/xhtml}body")]
    assert body[0] == ("h2", "Six hours of talks") and body[1][1].startswith("Hamburg – The talks lasted")
    assert_valid(etree.tostring(root))


def test_a_place_of_the_dateline_is_located_once_in_a_translation_that_renames_it(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace("<dateline>Hamburg</dateline>", ""), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [FR])
    po = polib.pofile(str(workspace.po_file(FR, "harbour-talks")))
    for entry in po:
        entry.msgstr = entry.msgid.replace("Hamburg –", "Hambourg –")
    po.save()
    assert not build(workspace, [FR]).refused
    # Under the name the translation prints, with the agency's own code for it.
    for lang, name in (("fr", "Hambourg"), ("en", "Hamburg")):
        located = [(element.get("literal"), element.findtext(f"{NAR}name"))
                   for element in item(workspace, lang).iterfind(f"{NAR}contentMeta/{NAR}located")]
        assert located == [("Hamburg", name)], lang
        assert_valid(etree.tostring(item(workspace, lang)))


@pytest.mark.parametrize("dateline, translated, name", [
    ("HAMBURG", "HAMBOURG", "Hambourg"),
    ("HAMBURG", "HAMBURG", "Hamburg"),
    ("FRANKFURT", "FRANCFORT-SUR-LE-MAIN", "Francfort-sur-le-Main"),
])
def test_a_place_of_a_dateline_in_capitals_is_located_under_its_name_as_a_name_is_written(newsroom, dateline, translated, name):
    source = agency_item(newsroom.parent)
    text = source.read_text(encoding="utf-8").replace("<dateline>Hamburg</dateline>", "")
    source.write_text(text.replace("Hamburg – ", f"{dateline} – ").replace("Hamburg", dateline.capitalize()), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [FR])
    po = polib.pofile(str(workspace.po_file(FR, "harbour-talks")))
    for entry in po:
        entry.msgstr = entry.msgid.replace(f"{dateline} –", f"{translated} –")
    po.save()
    assert not build(workspace, [FR]).refused
    root = item(workspace, "fr")
    assert root.findtext(f"{NAR}contentMeta/{NAR}dateline") == translated  # printed as the translation prints it
    assert [element.findtext(f"{NAR}name") for element in root.iterfind(f"{NAR}contentMeta/{NAR}located")] == [name]
    assert_valid(etree.tostring(root))


def test_the_agency_s_name_of_a_place_beside_the_translation_s_runs_its_own_way_in_a_right_to_left_item(newsroom):
    source = agency_item(newsroom.parent)
    workspace = Workspace(newsroom)
    arabic = Locale("ar")
    extract(workspace, [source], [arabic])
    translate(workspace, arabic, "harbour-talks")
    po = polib.pofile(str(workspace.po_file(arabic, "harbour-talks")))
    po.find("Hamburg – The talks lasted six hours.").msgstr = "هامبورغ – استمرت المحادثات ست ساعات."
    po.save()
    assert not build(workspace, [arabic]).refused
    root = item(workspace, "ar")
    assert_valid(etree.tostring(root))
    names = [(name.text, dict(name.attrib)) for name in root.iterfind(f"{NAR}contentMeta/{NAR}located/{NAR}name")]
    assert names == [("هامبورغ", {}), ("Hamburg", {"{http://www.w3.org/XML/1998/namespace}lang": "en", "dir": "ltr"})]


def test_a_place_the_agency_codes_keeps_its_code_in_every_locale(agency):
    workspace, source = agency
    source.write_text(source.read_text(encoding="utf-8").replace(
        "<language tag=\"en\"/>", '<located qcode="geo:2867714"><name>Munich</name></located><language tag="en"/>'), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert not build(workspace, [DE, FR]).refused
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        coded = [(element.get("qcode"), element.findtext(f"{NAR}name")) for element in root.iterfind(f"{NAR}contentMeta/{NAR}located")
                 if element.get("qcode")]
        assert coded == [("geo:2867714", "Munich")], lang
        assert_valid(etree.tostring(root))


def test_the_agency_s_code_for_its_dateline_place_and_its_printed_dateline_are_kept(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<located literal="Hamburg"><name>Hamburg</name></located>',
        '<located type="cptype:city" qcode="geo:2911298"><name>Hamburg</name></located>').replace(
        "<dateline>Hamburg</dateline>", "<dateline>HAMBURG, Nov 20 (Agency) -</dateline>"), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE, FR])
    translate(workspace, DE, "harbour-talks")  # a body whose dateline the check cannot find: the original's stands
    po = polib.pofile(str(workspace.po_file(FR, "harbour-talks")))
    for entry in po:
        entry.msgstr = entry.msgid.replace("Hamburg –", "Hambourg –")
    po.save()
    assert not build(workspace, [DE, FR]).refused
    expected = {
        "en": ([("geo:2911298", "Hamburg")], ("HAMBURG, Nov 20 (Agency) -", None)),
        # The agency's English name, not the dateline's capitals: the place is named as it named it.
        "de": ([("geo:2911298", "Hamburg")], ("HAMBURG, Nov 20 (Agency) -", "en")),
        "fr": ([("geo:2911298", "Hambourg")], ("Hambourg", None)),
    }
    for lang, (located, dateline) in expected.items():
        root = item(workspace, lang)
        content_meta = root.find(f"{NAR}contentMeta")
        assert [(element.get("qcode"), element.findtext(f"{NAR}name")) for element in content_meta.iterfind(f"{NAR}located")] == located, lang
        printed = content_meta.find(f"{NAR}dateline")
        assert (printed.text, printed.get("{http://www.w3.org/XML/1998/namespace}lang")) == dateline, lang
        assert_valid(etree.tostring(root))


def test_dateline_places_keep_their_own_codes_when_a_translation_reorders_them(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<located literal="Hamburg"><name>Hamburg</name></located>',
        '<located qcode="geo:2747891"><name>Rotterdam</name></located>'
        '<located qcode="geo:2800866"><name>Brussels</name><name xml:lang="de">Brüssel</name></located>').replace(
        "<dateline>Hamburg</dateline>", "<dateline>Rotterdam/Brussels</dateline>").replace(
        "<p>Hamburg – The talks", "<p>Rotterdam/Brussels – The talks"), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE, FR])
    for locale, printed in ((DE, "Brüssel/Rotterdam –"), (FR, "Bruxelles/Rotterdam –")):
        po = polib.pofile(str(workspace.po_file(locale, "harbour-talks")))
        for entry in po:
            entry.msgstr = entry.msgid.replace("Rotterdam/Brussels –", printed)
        po.save()
    assert not build(workspace, [DE, FR]).refused
    expected = {
        "de": [("geo:2800866", "Brüssel"), ("geo:2747891", "Rotterdam")],
        # No name of the agency's is Bruxelles, but Rotterdam is named: Bruxelles can only be Brussels.
        "fr": [("geo:2800866", "Bruxelles"), ("geo:2747891", "Rotterdam")],
    }
    for lang, located in expected.items():
        root = item(workspace, lang)
        found = [(element.get("qcode"), element.findtext(f"{NAR}name")) for element in root.iterfind(f"{NAR}contentMeta/{NAR}located")]
        assert found == located, lang
        assert_valid(etree.tostring(root))
    brussels = item(workspace, "de").find(f"{NAR}contentMeta/{NAR}located[@qcode='geo:2800866']")
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [(name.get(xml_lang), name.text) for name in brussels] == [(None, "Brüssel"), ("en", "Brussels")]


def test_the_agency_s_names_of_a_subject_in_every_language_and_its_rights_holder_code_are_kept(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<subject qcode="medtop:20000344"><name xml:lang="en">transport</name></subject>',
        '<subject qcode="medtop:20000344"><name xml:lang="en">transport</name><name xml:lang="de">Verkehr</name>'
        '<name xml:lang="fr">transport</name></subject>'), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    assert not build(workspace, [DE]).refused
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, item_names_it in (("en", None), ("de", "en")):  # the item's own language goes unsaid
        root = item(workspace, lang)
        [subject] = root.iterfind(f"{NAR}contentMeta/{NAR}subject")
        names = [(name.get(xml_lang), name.text) for name in subject]
        assert names == [(item_names_it, "transport"), ("de", "Verkehr"), ("fr", "transport")], lang
        holder = root.find(f"{NAR}rightsInfo/{NAR}copyrightHolder")
        assert (holder.get("literal"), holder.findtext(f"{NAR}name")) == ("agency.example", "Agency Example Ltd")
        assert_valid(etree.tostring(root))


def test_the_agency_s_item_keeps_its_provider_and_the_translations_and_feeds_are_the_workspace_s(agency):
    workspace, _ = agency
    assert not build(workspace, [DE, FR]).refused
    providers = {lang: item(workspace, lang).find(f"{NAR}itemMeta/{NAR}provider").get("literal") for lang in ("en", "de", "fr")}
    assert providers == {"en": "agency.example", "de": "syndicate.example", "fr": "syndicate.example"}
    for lang in ("en", "de"):
        index = etree.parse(str(workspace.feed_dir(lang) / "index.xml")).getroot()
        assert index.findtext(f"{NAR}header/{NAR}sender") == "syndicate.example", lang


def test_a_note_to_editors_keeps_the_language_the_agency_wrote_it_in(agency):
    workspace, source = agency
    source.write_text(source.read_text(encoding="utf-8").replace(
        "<edNote>Embargoed until 12:00 GMT on Friday.</edNote>",
        '<edNote>Embargoed until 12:00 GMT on Friday.</edNote><edNote xml:lang="fr">Merci de citer l\'agence.</edNote>'),
        encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert not build(workspace, [DE, FR]).refused
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for item_lang, expected in (("en", [None, "fr"]), ("de", ["en", "fr"]), ("fr", ["en", None])):
        root = item(workspace, item_lang)
        notes = [note.get(lang) for note in root.iterfind(f"{NAR}itemMeta/{NAR}edNote")][:2]
        assert notes == expected, item_lang
        assert_valid(etree.tostring(root))


@pytest.mark.parametrize("locale, direction", [(DE, None), (Locale("ar"), "ltr")])
def test_a_block_left_in_the_original_language_says_so_and_stays_text_only(newsroom, locale, direction):
    workspace = Workspace(newsroom)
    source = agency_item(newsroom.parent)
    extract(workspace, [source], [locale])
    translate(workspace, locale, "harbour-talks")
    po = polib.pofile(str(workspace.po_file(locale, "harbour-talks")))
    po.find("Hamburg – The talks lasted six hours.").msgstr = ""  # one sentence of a paragraph
    po.find("Next round").msgstr = ""  # a whole subheading
    po.find("Dock workers and port operators met again on Friday.").msgstr = ""  # the summary
    po.save()
    assert not build(workspace, [locale], threshold=0.0).refused
    root = item(workspace, str(locale))
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    body = list(root.find(".//{http://www.w3.org/1999/xhtml}body"))
    assert all(len(block) == 0 for block in body), "text only, as partner CMSes read it"
    paragraph, heading = body[0], body[1]
    assert paragraph.text.startswith(f"Hamburg – The talks lasted six hours. {stand_in(locale, '')}") and paragraph.get(lang) is None
    assert (heading.text, heading.get("lang"), heading.get(lang), heading.get("dir")) == ("Next round", "en", "en", direction)
    assert root.find(f"{NAR}contentMeta/{NAR}description").get(lang) == "en"
    assert_valid(etree.tostring(root))


@pytest.mark.parametrize("embargo", ["2026-11-20T12:00:00.5Z", "2026-11-20T11:00:00Z"], ids=["same-to-the-second", "earlier"])
def test_an_update_whose_notice_lets_partners_publish_no_later_waits_for_its_translation(agency, embargo):
    workspace, source = agency
    source.write_text(source.read_text(encoding="utf-8").replace("2026-11-20T12:00:00Z", "2026-11-20T12:00:00.5Z"), encoding="utf-8")
    extract(workspace, [source], [DE])
    build(workspace, [DE])
    published = item(workspace, "de").get("version")
    update = AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last="Both sides will meet again on Monday.",
                                created="2026-11-20T10:00:00Z").replace("2026-11-20T12:00:00Z", embargo)
    source.write_text(update, encoding="utf-8")
    extract(workspace, [source], [DE])
    [refused] = build(workspace, [DE]).refused
    assert "previously published version stays" in refused.note
    assert item(workspace, "de").get("version") == published


def test_a_withdrawal_reaches_a_locale_whose_translation_cannot_be_used(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    broken = workspace.po_file(DE, "harbour-talks")  # a translator's slip, saved since
    broken.write_text(broken.read_text(encoding="utf-8").replace('msgid "Next round"', 'msgid "Next "round"', 1), encoding="utf-8")
    workspace.po_file(FR, "harbour-talks").unlink()
    assert not build(workspace, [DE, FR]).refused
    for lang in ("de", "fr"):
        root = item(workspace, lang)
        assert pub_status(root) == "stat:canceled", lang
        # Named as partners have the story in that locale, whatever its file says now.
        headline = root.find(f"{NAR}contentMeta/{NAR}headline")
        assert (headline.text, headline.get("{http://www.w3.org/XML/1998/namespace}lang")) == (f"[{lang}] Harbour talks resume in Hamburg", None)
        assert_valid(etree.tostring(root))


def test_a_notice_ahead_of_its_translation_publishes_no_guess_partners_never_had(agency):
    workspace, source = agency
    build(workspace, [DE])
    update = AGENCY_ITEM.format(guid=GUID, version=2, status="usable", last="Both sides will meet again next week.",
                                created="2026-11-20T10:00:00Z").replace("2026-11-20T12:00:00Z", "2026-11-21T12:00:00Z")
    source.write_text(update.replace("<h2>Next round</h2>", "<p>Police arrested two dockers.</p><h2>Next round</h2>"), encoding="utf-8")
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    guess = po.find("Police arrested two dockers.")
    guess.msgstr, guess.flags = "Die Polizei nahm niemanden fest.", ["fuzzy"]  # a memory's match of another sentence
    po.save()
    assert not build(workspace, [DE]).refused
    text = etree.tostring(item(workspace, "de"), encoding="unicode")
    assert "niemanden" not in text and "Police arrested two dockers." in text
    assert item(workspace, "de").findtext(f"{NAR}itemMeta/{NAR}embargoed") == "2026-11-21T12:00:00Z"


def test_a_kill_notice_is_extracted_and_published_although_a_translation_file_is_broken(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    broken = workspace.po_file(DE, "harbour-talks")
    broken.write_text(broken.read_text(encoding="utf-8") + '\nmsgid "unterminated\n', encoding="utf-8")
    before = broken.read_bytes()
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    assert broken.read_bytes() == before, "the translator's file is left to be fixed"
    assert not build(workspace, [DE, FR]).refused
    assert {pub_status(item(workspace, lang)) for lang in ("en", "de", "fr")} == {"stat:canceled"}


def test_a_withdrawal_built_for_one_locale_reaches_every_locale(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    report = build(workspace, [DE])
    assert not report.refused and {outcome.lang for outcome in report.outcomes} == {"en", "de", "fr"}
    assert {pub_status(item(workspace, lang)) for lang in ("en", "de", "fr")} == {"stat:canceled"}
    index = etree.parse(str(workspace.feed_dir("fr") / "index.xml")).getroot()
    assert pub_status(next(index.iter(f"{NAR}newsItem"))) == "stat:canceled"


def test_the_desk_withdraws_a_story_of_its_own_with_a_status_line(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE])
    translate(workspace, DE, "port-strike")
    build(workspace, [DE], article_ids=["port-strike"], threshold=0.0)
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
    extract(workspace, [source], [DE])
    assert polib.pofile(str(workspace.po_file(DE, "port-strike"))).translated_entries(), "its translations are kept"
    assert not build(workspace, [DE], article_ids=["port-strike"]).refused
    for lang in ("en", "de"):
        root = item(workspace, lang, "port-strike")
        assert pub_status(root) == "stat:canceled" and int(root.get("version")) == 2
        assert_valid(etree.tostring(root))
    # The wire folder extracted again: the story stays withdrawn until the file says otherwise.
    withdrawn = source.read_text(encoding="utf-8")
    source.write_text(withdrawn.replace("status canceled\n", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(source)])
    assert result.exit_code == 0 and "the story was withdrawn; to publish it again, add the header line `status usable`" in result.output
    build(workspace, [DE], article_ids=["port-strike"])
    assert pub_status(item(workspace, "de", "port-strike")) == "stat:canceled"
    source.write_text(withdrawn.replace("status canceled", "status usable"), encoding="utf-8")
    extract(workspace, [source], [DE])
    build(workspace, [DE], article_ids=["port-strike"], threshold=0.0)
    assert pub_status(item(workspace, "en", "port-strike")) == "stat:usable"
    bad = withdrawn.replace("status canceled", "status killed")
    source.write_text(bad, encoding="utf-8")
    [result] = extract(workspace, [source], [DE])
    assert "status 'killed' is not usable, withheld or canceled" in result.unreadable
    assert pub_status(item(workspace, "en", "port-strike")) == "stat:usable", "the file that cannot be read changes nothing"


def test_a_withdrawn_story_marked_withheld_stays_withdrawn(newsroom, wire_files):
    workspace = Workspace(newsroom)
    runner = CliRunner()
    source = next(path for path in wire_files if path.stem == "port-strike")
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(source), "-l", "de"]).exit_code == 0
    translate(workspace, DE, "port-strike")
    build(workspace, [DE], threshold=0.0)
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(source)]).exit_code == 0
    build(workspace, [DE], threshold=0.0)
    withdrawn = {lang: workspace.item_file(lang, "port-strike").read_bytes() for lang in ("en", "de")}
    source.write_text(text.replace("id port-strike\n", "id port-strike\nstatus withheld\n"), encoding="utf-8")
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(source)])
    assert result.exit_code == 0
    assert "was withdrawn;" not in result.output
    assert (f"port-strike: skipped {source}: the story was withdrawn, and `status withheld` keeps it withdrawn; to "
            "publish it again, change the header line to `status usable`") in result.output.splitlines(), result.output
    build(workspace, [DE], threshold=0.0)
    assert {lang: workspace.item_file(lang, "port-strike").read_bytes() for lang in withdrawn} == withdrawn


def test_an_agency_version_withheld_after_a_kill_keeps_the_story_withdrawn(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    source.write_text(kill_notice(2, "2026-11-21T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE, FR])
    build(workspace, [DE, FR])
    source.write_text(AGENCY_ITEM.format(guid=GUID, version=3, status="withheld", last="Both sides met.",
                                         created="2026-11-22T10:00:00Z"), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "extract", str(source)])
    assert result.exit_code == 0 and "was withdrawn;" not in result.output
    assert (f"harbour-talks: skipped {source}: the story was withdrawn, and version 3, withheld, keeps it withdrawn; "
            "a usable version publishes it again") in result.output.splitlines(), result.output
    build(workspace, [DE, FR])
    assert {pub_status(item(workspace, lang)) for lang in ("en", "de", "fr")} == {"stat:canceled"}


def test_a_kill_notice_with_the_guid_partners_have_withdraws_a_story_of_the_desks_own(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE])
    build(workspace, [DE], article_ids=["port-strike"], threshold=0.0)
    guid = item(workspace, "en", "port-strike").get("guid")
    notice = kill_notice(2, "2026-11-23T10:00:00Z").replace(GUID, guid)
    path = newsroom.parent / "kill.xml"
    path.write_text(notice, encoding="utf-8")
    [result] = extract(workspace, [path], [DE])
    assert result.article_id == "port-strike" and not result.nothing_to_withdraw
    assert sorted(workspace.article_ids()) == ["cup-final", "port-strike", "senate-vote"]
    assert not build(workspace, [DE], article_ids=["port-strike"]).refused
    for lang in ("en", "de"):
        root = item(workspace, lang, "port-strike")
        assert pub_status(root) == "stat:canceled" and root.get("guid").startswith(guid)
        assert root.findtext(f"{NAR}itemMeta/{NAR}firstCreated") == "2026-11-19T00:00:00Z", "as first published"
    # The wire folder extracted again brings no withdrawn story back.
    [again] = [result for result in extract(workspace, wire_files, [DE]) if result.article_id == "port-strike"]
    assert again.stays_withdrawn


def test_a_kill_notice_with_the_guid_of_a_translation_withdraws_its_story(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE])
    build(workspace, [DE], article_ids=["cup-final"], threshold=0.0)
    german_guid = item(workspace, "de", "cup-final").get("guid")
    path = newsroom.parent / "kill.xml"
    path.write_text(kill_notice(2, "2026-11-23T10:00:00Z").replace(GUID, german_guid), encoding="utf-8")
    [result] = extract(workspace, [path], [DE])
    assert (result.article_id, result.nothing_to_withdraw) == ("cup-final", False)
    build(workspace, [DE], article_ids=["cup-final"])
    assert {pub_status(item(workspace, lang, "cup-final")) for lang in ("en", "de")} == {"stat:canceled"}
    assert sorted(workspace.article_ids()) == ["cup-final", "port-strike", "senate-vote"]


def test_a_kill_by_translation_guid_finds_an_agency_story_by_its_guid_and_no_later_version_undoes_it(newsroom):
    """Only syndicate publishes the guid of its translation: the kill is the desk's."""
    guid = "https://agency.example/items/Harbour-Talks"  # the id is its end, in lower case
    source = agency_item(newsroom.parent, guid=guid)
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "harbour-talks")
    build(workspace, [DE])
    german_guid = item(workspace, "de").get("guid")
    kill = newsroom.parent / "kill.xml"
    kill.write_text(kill_notice(2, "2026-11-23T10:00:00Z").replace(GUID, german_guid), encoding="utf-8")
    [result] = extract(workspace, [kill], [DE])
    assert (result.article_id, result.nothing_to_withdraw) == ("harbour-talks", False)
    build(workspace, [DE])
    assert pub_status(item(workspace, "de")) == "stat:canceled"
    agency_item(newsroom.parent, guid=guid, version=5, created="2026-11-24T10:00:00Z")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(source)])
    assert result.exit_code == 0 and "was withdrawn; " not in result.output
    assert ("note: harbour-talks: the agency sent version 5; kept withdrawn by the desk "
            "(`syndicate republish harbour-talks` publishes it)") in result.output.splitlines()
    build(workspace, [DE])
    assert {pub_status(item(workspace, lang)) for lang in ("en", "de")} == {"stat:canceled"}


def test_an_agencys_translations_of_an_original_are_skipped_so_no_feed_has_two_items_with_one_guid(newsroom):
    """The agency's own German item (with a translationOf link, or a later version that only
    carries the translation's guid) would be a second item with the guid of syndicate's
    German translation of the original."""
    local = examples("local")
    sources = [local / name for name in ("local_original_en.xml", "local_translation_de.xml", "local_correction_de_v2.xml",
                                         "local_translation_ar_rtl.xml")]
    runner = CliRunner()
    result = runner.invoke(main, ["--root", str(newsroom), "extract", "-l", "de,fr", *map(str, sources)])
    assert result.exit_code == 0, result.output
    for name, lang in (("local_translation_de.xml", "de"), ("local_correction_de_v2.xml", "de"), ("local_translation_ar_rtl.xml", "ar")):
        assert f"skipped {local / name}, the agency's {lang} translation of urn:newsml:example.com:20240502:rotterdam-brussels" in result.output
    assert "rotterdam-brussels: 4 units" in result.output
    workspace = Workspace(newsroom)
    assert workspace.article_ids() == ["rotterdam-brussels"]
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    assert not build(workspace, [DE, FR]).refused
    guids = [entry.get("guid") for entry in etree.parse(str(newsroom / "feeds/de/index.xml")).getroot().iter(f"{NAR}newsItem")]
    assert guids == ["urn:newsml:example.com:20240502:rotterdam-brussels:de"]
    # Delivered again later, once the original is in the workspace, it is skipped all the same.
    again = runner.invoke(main, ["--root", str(newsroom), "extract", str(sources[2])])
    assert again.exit_code == 0 and "the agency's de translation" in again.output


def test_status_says_a_withdrawn_story_has_nothing_to_translate(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE])
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
    extract(workspace, [source], [DE])
    text = CliRunner().invoke(main, ["--root", str(newsroom), "status"])
    rows = {line.split()[0]: line for line in text.output.splitlines()[1:]}
    assert rows["port-strike"].endswith("withdrawn: nothing to translate") and "withdrawn" not in rows["cup-final"]
    as_json = json.loads(CliRunner().invoke(main, ["--root", str(newsroom), "status", "--format", "json"]).output)
    assert {row["article_id"]: row["withdrawn"] for row in as_json} == {"cup-final": False, "port-strike": True, "senate-vote": False}
    # Nor does it count in the locale's totals: what is left to translate is the other stories'.
    [total] = [line.split()[4:] for line in text.output.splitlines() if line.startswith("all 3 articles")]
    still = [row for row in as_json if not row["withdrawn"]]
    assert [int(count) for count in total[:3]] == [sum(row[name] for row in still) for name in ("translated", "fuzzy", "untranslated")]
    assert next(row for row in as_json if row["withdrawn"])["untranslated"] > 0


def test_an_agency_translation_whose_original_the_desk_never_gets_is_extracted_as_a_story(newsroom):
    """A desk that takes an agency's German service, made of translated originals, without the originals."""
    translation = examples("local") / "local_translation_de.xml"
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "fr", str(translation)])
    assert result.exit_code == 0 and "skipped" not in result.output, result.output
    assert Workspace(newsroom).article_ids() == ["rotterdam-brussels"]


def test_a_source_file_gone_since_the_command_was_given_is_skipped(newsroom, wire_files, tmp_path):
    gone = tmp_path / "gone.txt"
    results = extract(Workspace(newsroom), [wire_files[0], gone], [DE])
    [skipped] = [result for result in results if result.unreadable]
    assert skipped.whole_file and skipped.unreadable.startswith(f"{gone}: ")
    assert Workspace(newsroom).article_ids() == [wire_files[0].stem]


def test_a_withdrawal_reaches_a_locale_still_served_though_no_longer_translated_into(agency):
    workspace, source = agency
    build(workspace, [DE, FR])
    shutil.rmtree(workspace.root / "locales/fr")  # the desk stops translating into French; feeds/fr is still served
    source.write_text(kill_notice(2, "2026-11-22T10:00:00Z"), encoding="utf-8")
    extract(workspace, [source], [DE])
    assert not build(workspace, [DE]).refused
    assert pub_status(item(workspace, "fr")) == pub_status(item(workspace, "de")) == "stat:canceled"


def test_an_agencys_translation_read_before_its_original_in_one_run_is_skipped_all_the_same(newsroom):
    local = examples("local")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", "-l", "de,fr",
                                       str(local / "local_newsMessage_de.xml"), str(local / "local_original_en.xml")])
    assert result.exit_code == 0, result.output
    assert result.output.count("the agency's de translation of urn:newsml:example.com:20240502:rotterdam-brussels") == 1
    assert sorted(Workspace(newsroom).article_ids()) == ["other-story", "rotterdam-brussels"]
    assert Workspace(newsroom).load_article("rotterdam-brussels")[0].source_lang == "en"


def test_a_withdrawal_reaches_a_pseudo_locales_feed_too(newsroom, wire_files):
    runner = CliRunner()
    root = ["--root", str(newsroom)]
    assert runner.invoke(main, [*root, "extract", *map(str, wire_files), "-l", "de"]).exit_code == 0
    assert runner.invoke(main, [*root, "pseudo"]).exit_code == 0
    assert runner.invoke(main, [*root, "build", "-l", "en-XA"]).exit_code == 0
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
    assert runner.invoke(main, [*root, "extract", str(source)]).exit_code == 0
    runner.invoke(main, [*root, "build"])
    assert pub_status(item(Workspace(newsroom), "en-XA", "port-strike")) == "stat:canceled"


def _original_and_the_agencys_german_translation_published(newsroom: Path) -> tuple[CliRunner, Workspace]:
    local = examples("local")
    runner = CliRunner()
    extracted = runner.invoke(main, ["--root", str(newsroom), "extract", "-l", "de,fr",
                                     str(local / "local_original_en.xml"), str(local / "local_translation_de.xml")])
    assert extracted.exit_code == 0, extracted.output
    workspace = Workspace(newsroom)
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    assert runner.invoke(main, ["--root", str(newsroom), "build"]).exit_code == 0
    return runner, workspace


@pytest.mark.parametrize("linked", [False, True], ids=["guid-only", "translationOf"])
def test_the_agencys_kill_of_its_own_translation_leaves_the_original_and_every_locale_published(newsroom, tmp_path, linked):
    """The agency withdrew its German version, not the story: syndicate's German item is its
    own translation of the original, which the kill does not concern."""
    runner, workspace = _original_and_the_agencys_german_translation_published(newsroom)
    published = {lang: etree.tostring(item(workspace, lang, "rotterdam-brussels")) for lang in ("en", "de", "fr")}
    local = examples("local")
    kill = local / "local_kill_de_v3.xml"
    if linked:  # the kill as an agency sends it that says whose translation it was
        kill = tmp_path / "kill_linked.xml"
        text = (local / "local_translation_de.xml").read_text(encoding="utf-8")
        kill.write_text(text.replace('version="1" standard', 'version="3" standard')
                        .replace("stat:usable", "stat:canceled"), encoding="utf-8")
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(kill)])
    assert result.exit_code == 0, result.output
    assert (f"skipped {kill}, the agency's withdrawal of its de translation of "
            "urn:newsml:example.com:20240502:rotterdam-brussels") in result.output
    built = runner.invoke(main, ["--root", str(newsroom), "build"])
    assert built.exit_code == 0, built.output
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang, "rotterdam-brussels")
        assert_valid(root)
        assert pub_status(root) == "stat:usable", lang
        assert etree.tostring(root) == published[lang], f"{lang}: nothing changed, so no new version"


def test_the_desks_kill_with_the_german_item_partners_have_still_withdraws_an_agency_story(newsroom, tmp_path):
    """Syndicate's own German item (its provider the workspace's) sent back as a kill notice
    is the desk's withdrawal of the story, not the agency's of its translation."""
    runner, workspace = _original_and_the_agencys_german_translation_published(newsroom)
    german = item(workspace, "de", "rotterdam-brussels")
    german.set("version", str(int(german.get("version")) + 1))
    german.find(f"{NAR}itemMeta/{NAR}pubStatus").set("qcode", "stat:canceled")
    kill = tmp_path / "desk_kill.xml"
    kill.write_bytes(etree.tostring(german, xml_declaration=True, encoding="UTF-8"))
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(kill)])
    assert result.exit_code == 0 and "skipped" not in result.output, result.output
    runner.invoke(main, ["--root", str(newsroom), "build"])
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang, "rotterdam-brussels")
        assert_valid(root)
        assert pub_status(root) == "stat:canceled", lang


def _feed_guids(workspace: Workspace, lang: str) -> list[tuple[str, str]]:
    index = etree.parse(str(workspace.feed_dir(lang) / "index.xml")).getroot()
    assert_valid(index)
    return sorted((entry.get("guid"), entry.get("version")) for entry in index.iter(f"{NAR}newsItem"))


def _agency_translation_published(newsroom: Path, first: str) -> tuple[Path, CliRunner, list[str]]:
    """The agency's German translation `first` extracted before its original, translated into
    French and built: the folder of IPTC-style local examples, a runner and its --root."""
    local = examples("local")
    runner = CliRunner()
    root = ["--root", str(newsroom)]
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / first)]).exit_code == 0
    workspace = Workspace(newsroom)
    for article_id in workspace.article_ids():
        translate(workspace, FR, article_id)
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    return local, runner, root


@pytest.mark.parametrize("first", ["local_newsMessage_de.xml", "local_translation_de.xml"], ids=["guid-only", "translationOf"])
def test_an_agencys_translation_extracted_a_run_before_its_original_attaches_to_it(newsroom, first):
    """Published first as a story of its own, the agency's German translation gives way to the
    original once it arrives: the story is translated from the original, and every item
    partners have goes on under its guid, at a new version once its new text is ready."""
    original = "urn:newsml:example.com:20240502:rotterdam-brussels"
    local, runner, root = _agency_translation_published(newsroom, first)
    workspace = Workspace(newsroom)
    before = {"de": [(f"{original}:de", "1")], "fr": [(f"{original}:de:fr", "1")]}
    assert {lang: [entry for entry in _feed_guids(workspace, lang) if "rotterdam" in entry[0]] for lang in before} == before

    result = runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_original_en.xml")])
    assert result.exit_code == 0, result.output
    assert f"attaches to its original {original}" in result.output
    assert "rotterdam-brussels-" not in result.output, "no story of its own for the original"
    assert [article_id for article_id in workspace.article_ids() if "rotterdam" in article_id] == ["rotterdam-brussels"]
    assert workspace.load_article("rotterdam-brussels")[0].source_lang == "en"
    # Until the story is translated from the original, partners keep what they have.
    runner.invoke(main, [*root, "build"])
    assert _feed_guids(workspace, "en") == [(original, "1")]
    for lang, published in before.items():
        assert [entry for entry in _feed_guids(workspace, lang) if "rotterdam" in entry[0]] == published
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    for lang, [(guid, version)] in before.items():
        root_element = item(workspace, lang, "rotterdam-brussels")
        assert_valid(root_element)
        assert (root_element.get("guid"), root_element.get("version")) == (guid, str(int(version) + 1))
        assert root_element.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:translationOf']").get("residref") == original
        assert f"[{lang}] Example headline in English" == root_element.findtext(f"{NAR}contentMeta/{NAR}headline")
        assert [entry for entry in _feed_guids(workspace, lang) if "rotterdam" in entry[0]] == [(guid, str(int(version) + 1))]
    again = runner.invoke(main, [*root, "build"])
    assert again.exit_code == 0 and "0 item(s) written" in again.output, again.output
    # The agency's later correction of its translation is skipped, as the original is here.
    later = runner.invoke(main, [*root, "extract", str(local / "local_correction_de_v2.xml")])
    assert later.exit_code == 0 and "the agency's de translation of" in later.output


def feeds_as_partners_have_them(workspace: Workspace) -> dict[Path, bytes]:
    """Every item file and index of the workspace's feeds, each valid."""
    files = {path: path.read_bytes() for path in sorted(workspace.feeds_dir.glob("*/*.xml"))}
    for data in files.values():
        assert_valid(data)
    return files


ORIGINAL = "urn:newsml:example.com:20240502:rotterdam-brussels"


def _story_in_feed(workspace: Workspace, lang: str) -> list[tuple[str, str]]:
    """The guids and versions the index lists of the Rotterdam story (a newsMessage brings another)."""
    return [entry for entry in _feed_guids(workspace, lang) if "rotterdam" in entry[0]]


def withdrawals_beside(workspace: Workspace, lang: str) -> list[Path]:
    """The files of the feed of the Rotterdam story other than its item (a newsMessage brings another story)."""
    return sorted(path for path in workspace.feed_dir(lang).glob("*rotterdam*.xml") if path.name != "rotterdam-brussels.xml")


def withdrawal_file_name(guid: str) -> str:
    """The name of the file of an item's withdrawal as partners tell it from the item's guid."""
    return re.sub("[^a-z0-9]+", "-", guid.lower()) + "-withdrawn.xml"


def agencys_german_translation(local: Path, folder: Path, guid: str) -> Path:
    """The agency's German translation with the translationOf link, under `guid`."""
    path = folder / "translation_de.xml"
    text = (local / "local_translation_de.xml").read_text(encoding="utf-8")
    path.write_text(text.replace(f'guid="{ORIGINAL}:de"', f'guid="{guid}"'), encoding="utf-8")
    return path


@pytest.mark.parametrize("first", ["local_newsMessage_de.xml", "local_translation_de.xml", "own guid"],
                         ids=["guid-only", "translationOf", "translationOf-own-guid"])
def test_an_item_of_an_agencys_translation_whose_place_its_original_takes_under_another_guid_is_withdrawn_once(
        newsroom, tmp_path, first):
    """Published as a story of its own, the agency's German translation had an English item
    (`…:de:en`); its original's English item takes its file, under the original's guid, and
    partners would keep both: the one they had is withdrawn, saying which item replaces it, and
    so is the German item of a translation with a guid of its own once its translation from the
    original takes its place."""
    local = examples("local")
    translation = f"{ORIGINAL}:de" if first != "own guid" else "urn:newsml:example.com:20240502-de:rotterdam-brussels"
    source = local / first if first != "own guid" else agencys_german_translation(local, tmp_path, translation)
    runner = CliRunner()
    root = ["--root", str(newsroom)]
    assert runner.invoke(main, [*root, "extract", "-l", "en,fr", str(source)]).exit_code == 0
    workspace = Workspace(newsroom)
    for article_id in workspace.article_ids():  # the newsMessage brings another story too
        for locale in (Locale("en"), FR):
            translate(workspace, locale, article_id)
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    had = item(workspace, "en", "rotterdam-brussels")
    assert had.get("guid") == f"{translation}:en"

    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_original_en.xml")]).exit_code == 0
    built = runner.invoke(main, [*root, "build"])
    english = item(workspace, "en", "rotterdam-brussels")
    assert english.get("guid") == ORIGINAL
    [withdrawal_file] = withdrawals_beside(workspace, "en")
    assert withdrawal_file.name == withdrawal_file_name(f"{translation}:en")
    assert (f"warning: rotterdam-brussels [en]: {translation}:en, published from the agency's translation before its original "
            f"came, is withdrawn: {ORIGINAL} takes its place") in built.output.splitlines()
    withdrawal = etree.parse(str(withdrawal_file)).getroot()
    assert (withdrawal.get("guid"), withdrawal.get("version"), pub_status(withdrawal)) == (f"{translation}:en", "2", "stat:canceled")
    assert withdrawal.find(f"{NAR}contentSet") is None
    headline = f"{NAR}contentMeta/{NAR}headline"
    assert withdrawal.findtext(headline) == had.findtext(headline), "named as partners have it"
    assert [note.text for note in withdrawal.iterfind(f"{NAR}itemMeta/{NAR}edNote")] == [
        f"Withdrawn: replaced by {ORIGINAL}, the story as the agency's original tells it. "
        "Do not use; remove any copy already published."]
    link = withdrawal.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:replacedBy']")
    assert (link.get("residref"), link.get("version"), link.get("href")) == (
        ORIGINAL, english.get("version"), "../en/rotterdam-brussels.xml")
    assert _story_in_feed(workspace, "en") == sorted([(ORIGINAL, english.get("version")), (f"{translation}:en", "2")])
    published = feeds_as_partners_have_them(workspace)
    again = runner.invoke(main, [*root, "build"])
    assert "0 item(s) written" in again.output and "withdrawn" not in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published, "withdrawn once"

    # The German item takes the place of the one partners have once translated from the original.
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    german = item(workspace, "de", "rotterdam-brussels")
    assert german.get("guid") == f"{ORIGINAL}:de"
    replaced_in_german = withdrawals_beside(workspace, "de")
    if translation == f"{ORIGINAL}:de":
        assert replaced_in_german == [] and _story_in_feed(workspace, "de") == [(translation, german.get("version"))]
    else:
        assert [path.name for path in replaced_in_german] == [withdrawal_file_name(translation)]
        [german_withdrawal] = [etree.parse(str(path)).getroot() for path in replaced_in_german]
        assert (german_withdrawal.get("guid"), pub_status(german_withdrawal)) == (translation, "stat:canceled")
        assert german_withdrawal.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:replacedBy']").get("residref") == f"{ORIGINAL}:de"
        assert _story_in_feed(workspace, "de") == sorted([(f"{ORIGINAL}:de", german.get("version")), (translation, "2")])
    assert withdrawals_beside(workspace, "fr") == [], "the French item goes on under its guid"
    assert [guid for guid, _ in _story_in_feed(workspace, "en")] == sorted([ORIGINAL, f"{translation}:en"])
    published = feeds_as_partners_have_them(workspace)
    again = runner.invoke(main, [*root, "build"])
    assert again.exit_code == 0 and "0 item(s) written" in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published


def _english_translation_replaced(newsroom: Path, original: str = ORIGINAL) -> tuple[Workspace, CliRunner, list[str]]:
    """The agency's German translation published as a story of its own, with an English item
    (`…:de:en`), and its English original extracted since, for German and French; the
    original's guid is `original` (the translation's, `original` and `:de`)."""
    local = newsroom.parent / "local"
    local.mkdir()
    for name in ("local_translation_de.xml", "local_original_en.xml"):
        text = (examples("local") / name).read_text(encoding="utf-8")
        (local / name).write_text(text.replace(ORIGINAL, original), encoding="utf-8")
    runner, root = CliRunner(), ["--root", str(newsroom)]
    workspace = Workspace(newsroom)
    article_id = original.rpartition(":")[2]
    assert runner.invoke(main, [*root, "extract", "-l", "en,fr", str(local / "local_translation_de.xml")]).exit_code == 0
    for locale in (Locale("en"), FR):
        translate(workspace, locale, article_id)
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_original_en.xml")]).exit_code == 0
    return workspace, runner, root


def test_the_withdrawal_of_an_item_another_took_the_place_of_is_found_by_its_guid(newsroom):
    """The withdrawal of `…:de:en` is in the English feed's index, and in a file partners can
    name from its guid, never under a name a story of its own may have (an agency's story
    whose id another holds ends in a digest of its guid). No command takes it for a story."""
    workspace, runner, root = _english_translation_replaced(newsroom)
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    [withdrawal] = withdrawals_beside(workspace, "en")
    assert withdrawal.name == "urn-newsml-example-com-20240502-rotterdam-brussels-de-en-withdrawn.xml"
    assert _story_in_feed(workspace, "en") == [(ORIGINAL, "1"), (f"{ORIGINAL}:de:en", "2")]
    assert_valid(withdrawal.read_bytes())

    token = add_partner(newsroom, "Daily", ["en"])
    answered: list[str] = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": f"/feeds/en/{withdrawal.name}", "HTTP_AUTHORIZATION": f"Bearer {token}"}
    body = b"".join(make_app(newsroom)(environ, lambda status, headers: answered.append(status)))
    assert (answered, body) == (["200 OK"], withdrawal.read_bytes())
    for command in ("build", "status"):
        result = runner.invoke(main, [*root, command])
        assert result.exit_code == 0 and "warning" not in result.output, (command, result.output)


# A guid too long for its withdrawal's file to be named after all of it.
LONG_ORIGINAL = "urn:newsml:example.com:20240502:rotterdam-brussels-port-talks-resume"


@pytest.mark.parametrize(("guid", "kept"), [
    (f"{LONG_ORIGINAL}:de:en", "com-20240502-rotterdam-brussels-port-talks-resume-de-en"),
    # One long word for the story: its end is kept rather than dropped for a whole word.
    ("urn:newsml:x:" + "harbourstrikeenteringitsthirdweekwithnoendinsightsaidunionleaders" + ":de",
     "keenteringitsthirdweekwithnoendinsightsaidunionleaders-de"),
])
def test_a_long_guid_names_its_withdrawal_after_its_end_and_a_digest(guid, kept):
    name = withdrawal_id(guid)
    assert name == f"{kept}-{hashlib.sha256(guid.encode()).hexdigest()[:12]}-withdrawn"
    assert len(name) <= 80 and is_article_id(name)


@pytest.mark.parametrize("named_by", ["this syndicate", "an earlier syndicate", "an earlier syndicate, without its record",
                                      "an earlier syndicate, stopped before the item taking its place"])
def test_the_withdrawal_of_an_item_with_a_long_guid_is_named_after_the_end_of_its_guid(newsroom, monkeypatch, named_by):
    """Its file keeps the end of the guid, where guids differ (the story and its languages),
    a digest of the whole guid and `-withdrawn`, within an id's 80 characters, and is the same
    file build after build. One an earlier syndicate named after the start of the guid, cut to
    end in a digest, stays where partners may have fetched it, listed once, whether the
    workspace's record is there or not, or the earlier run stopped after the withdrawal."""
    guid = f"{LONG_ORIGINAL}:de:en"
    digest = hashlib.sha256(guid.encode()).hexdigest()[:12]
    names = {"this syndicate": f"com-20240502-rotterdam-brussels-port-talks-resume-de-en-{digest}-withdrawn.xml",
             "an earlier syndicate": "urn-newsml-example-com-20240502-rotterdam-brussels-port-talks-resum-8370f795a3d1.xml"}
    workspace, runner, root = _english_translation_replaced(newsroom, LONG_ORIGINAL)
    article_id = "rotterdam-brussels-port-talks-resume"
    import syndicate.build

    with monkeypatch.context() as patch:
        if named_by != "this syndicate":
            patch.setattr(syndicate.build, "withdrawal_id", lambda guid: slugify(f"{guid} withdrawn"))
        if named_by.endswith("stopped before the item taking its place"):
            write = syndicate.build.atomic_write_bytes

            def stopped(path: Path, data: bytes) -> bool:
                if path == workspace.item_file("en", article_id):
                    raise KeyboardInterrupt
                return write(path, data)
            patch.setattr(syndicate.build, "atomic_write_bytes", stopped)
            with pytest.raises(KeyboardInterrupt):
                build(workspace, workspace.translation_locales())
        else:
            build(workspace, workspace.translation_locales())  # the German and French items wait for their translation
    [withdrawal] = [path for path in workspace.feed_dir("en").glob("*.xml") if path.stem not in (article_id, "index")]
    assert withdrawal.name == names[named_by.split(",")[0]]
    withdrawn = etree.parse(str(withdrawal)).getroot()
    assert_valid(withdrawn)
    assert (withdrawn.get("guid"), pub_status(withdrawn)) == (guid, "stat:canceled")
    data = withdrawal.read_bytes()
    if named_by.endswith("without its record"):
        shutil.rmtree(newsroom / ".syndicate")

    for locale in (DE, FR):
        translate(workspace, locale, article_id)
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    assert [path for path in workspace.feed_dir("en").glob("*.xml") if path.stem not in (article_id, "index")] == [withdrawal]
    assert withdrawal.read_bytes() == data
    assert _story_in_feed(workspace, "en") == [(LONG_ORIGINAL, "1"), (guid, "2")]
    published = feeds_as_partners_have_them(workspace)
    again = runner.invoke(main, [*root, "build"])
    assert again.exit_code == 0 and "0 item(s) written" in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published


@pytest.mark.parametrize("left", ["as it was", "without its record", "stopped before the item taking its place"])
def test_a_withdrawal_an_earlier_syndicate_named_with_a_digest_stays_the_one_partners_have(newsroom, monkeypatch, left):
    """An earlier syndicate wrote the withdrawal of `…:de:en` as `rotterdam-brussels-<digest>.xml`.
    Built again, that file stays as it is, listed once in the index: no second withdrawal under
    another name, and none left out, whether the workspace's record is there or not, or the
    earlier run stopped after the withdrawal, before the item taking its place."""
    workspace, runner, root = _english_translation_replaced(newsroom)
    earlier = workspace.item_file("en", distinct_id("rotterdam-brussels", f"{ORIGINAL}:de:en"))
    import syndicate.build

    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_replaced_file",
                      lambda workspace, article_id, lang, guid: workspace.item_file(lang, distinct_id(article_id, guid)))
        if left == "stopped before the item taking its place":
            write = syndicate.build.atomic_write_bytes

            def stopped(path: Path, data: bytes) -> bool:
                if path == workspace.item_file("en", "rotterdam-brussels"):
                    raise KeyboardInterrupt
                return write(path, data)
            patch.setattr(syndicate.build, "atomic_write_bytes", stopped)
            with pytest.raises(KeyboardInterrupt):
                build(workspace, workspace.translation_locales())
            assert item(workspace, "en", "rotterdam-brussels").get("guid") == f"{ORIGINAL}:de:en"
        else:
            build(workspace, workspace.translation_locales())
    withdrawal = earlier.read_bytes()
    if left == "without its record":
        shutil.rmtree(newsroom / ".syndicate")

    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    built = runner.invoke(main, [*root, "build"])
    assert built.exit_code == 0, built.output
    assert withdrawals_beside(workspace, "en") == [earlier] and earlier.read_bytes() == withdrawal
    assert _story_in_feed(workspace, "en") == [(ORIGINAL, "1"), (f"{ORIGINAL}:de:en", "2")]
    published = feeds_as_partners_have_them(workspace)
    again = runner.invoke(main, [*root, "build"])
    assert again.exit_code == 0 and "0 item(s) written" in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published


@pytest.mark.parametrize("run", ["whole", "stopped before its indexes"])
@pytest.mark.parametrize("first", ["local_translation_de.xml", "own guid"], ids=["translationOf", "translationOf-own-guid"])
def test_an_item_taking_the_place_of_another_guids_is_the_first_version_partners_have_of_its_own(
        newsroom, tmp_path, monkeypatch, first, run):
    """Partners count versions by guid. The original's English item takes the file of
    `…:de:en`, which partners have at version 2, under a guid they never had: it is the
    agency's version 1, as the agency numbers it, with no link to another version and no note
    of an earlier one; the withdrawal of `…:de:en` is its version 3. A German item under a
    guid of its own starts at 1 too, and one under the guid partners have goes on at 2. A run
    stopped before its indexes (the items written, not recorded) counts them by guid too."""
    local = examples("local")
    translation = f"{ORIGINAL}:de" if first != "own guid" else "urn:newsml:example.com:20240502-de:rotterdam-brussels"
    source = local / first if first != "own guid" else agencys_german_translation(local, tmp_path, translation)
    runner, root = CliRunner(), ["--root", str(newsroom)]
    workspace = Workspace(newsroom)
    assert runner.invoke(main, [*root, "extract", "-l", "en,fr", str(source)]).exit_code == 0
    for locale in (Locale("en"), FR):
        translate(workspace, locale, "rotterdam-brussels")
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    english_po = workspace.po_file(Locale("en"), "rotterdam-brussels")
    english_po.write_text(english_po.read_text(encoding="utf-8").replace("[en] ", "[en] (revised) "), encoding="utf-8")
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    assert (item(workspace, "en", "rotterdam-brussels").get("guid"), item(workspace, "en", "rotterdam-brussels").get("version")) == (
        f"{translation}:en", "2")

    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_original_en.xml")]).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "rotterdam-brussels")
    if run == "stopped before its indexes":
        import syndicate.build

        def stopped(*args):
            raise KeyboardInterrupt
        with monkeypatch.context() as patch:
            patch.setattr(syndicate.build, "_write_index", stopped)
            with pytest.raises(KeyboardInterrupt):
                build(workspace, workspace.translation_locales())
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    published = feeds_as_partners_have_them(workspace)
    english = item(workspace, "en", "rotterdam-brussels")
    assert (english.get("guid"), english.get("version")) == (ORIGINAL, "1")
    assert english.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:agencyVersion']") is None
    assert [note.text for note in english.iterfind(f"{NAR}itemMeta/{NAR}edNote")] == []
    [withdrawal] = [etree.parse(str(path)).getroot() for path in withdrawals_beside(workspace, "en")]
    assert (withdrawal.get("guid"), withdrawal.get("version")) == (f"{translation}:en", "3")
    assert withdrawal.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:replacedBy']").get("version") == "1"
    german = item(workspace, "de", "rotterdam-brussels")
    # What a stopped run wrote that no index listed keeps its number, stamped again (see
    # test_an_item_an_interrupted_run_wrote_is_published_again_by_the_next_run_whatever_it_builds).
    german_version = 1 if first == "own guid" else 2
    assert (german.get("guid"), german.get("version")) == (f"{ORIGINAL}:de", str(german_version))
    assert _story_in_feed(workspace, "en") == sorted([(ORIGINAL, "1"), (f"{translation}:en", "3")])
    again = runner.invoke(main, [*root, "build"])
    assert again.exit_code == 0 and "0 item(s) written" in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published


@pytest.mark.parametrize("first", ["local_newsMessage_de.xml", "local_translation_de.xml"], ids=["guid-only", "translationOf"])
def test_the_agencys_kill_of_its_translation_withdraws_its_text_from_every_feed_still_publishing_it(newsroom, first):
    """Until the story's translation from the original is ready, the German feed publishes the
    agency's German text, and the French one syndicate's translation of it: the agency's kill
    of its translation withdraws both, whatever locales the build is for, and the translations
    from the original publish the story again there, at higher versions."""
    local, runner, root = _agency_translation_published(newsroom, first)
    workspace = Workspace(newsroom)
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_original_en.xml")]).exit_code == 0
    runner.invoke(main, [*root, "build"])
    english = etree.tostring(item(workspace, "en", "rotterdam-brussels"))
    assert {lang: item(workspace, lang, "rotterdam-brussels").get("version") for lang in ("de", "fr")} == {"de": "1", "fr": "1"}

    kill = local / "local_kill_de_v3.xml"
    extracted = runner.invoke(main, [*root, "extract", str(kill)])
    assert extracted.exit_code == 0, extracted.output
    assert (f"note: rotterdam-brussels: the agency withdrew {ORIGINAL}:de, its translation whose place the original took: "
            "`syndicate build` withdraws its text from every feed that still has it, until the story's translation from the "
            "original is ready there") in extracted.output.splitlines()
    assert "skipped" not in extracted.output
    built = runner.invoke(main, [*root, "build", "-l", "de"])
    assert built.exit_code == 0, built.output
    feeds_as_partners_have_them(workspace)
    for lang, guid, version in (("de", f"{ORIGINAL}:de", "3"), ("fr", f"{ORIGINAL}:de:fr", "2")):
        withdrawal = item(workspace, lang, "rotterdam-brussels")
        assert (withdrawal.get("guid"), withdrawal.get("version"), pub_status(withdrawal)) == (guid, version, "stat:canceled"), lang
        assert withdrawal.find(f"{NAR}contentSet") is None, lang
        assert [note.text for note in withdrawal.iterfind(f"{NAR}itemMeta/{NAR}edNote")] == ["Withdrawn. Do not use."], lang
        assert _story_in_feed(workspace, lang) == [(guid, version)], lang
    assert etree.tostring(item(workspace, "en", "rotterdam-brussels")) == english, "the original stays published"
    published = feeds_as_partners_have_them(workspace)
    again = runner.invoke(main, [*root, "build"])
    assert "0 item(s) written" in again.output, again.output
    assert feeds_as_partners_have_them(workspace) == published, "withdrawn once"
    repeated = runner.invoke(main, [*root, "extract", str(kill)])
    assert repeated.exit_code == 0 and "the agency withdrew" not in repeated.output, repeated.output

    for locale, lang, guid, version in ((DE, "de", f"{ORIGINAL}:de", "4"), (FR, "fr", f"{ORIGINAL}:de:fr", "3")):
        translate(workspace, locale, "rotterdam-brussels")
        built = runner.invoke(main, [*root, "build"])
        assert built.exit_code == 0, built.output
        root_element = item(workspace, lang, "rotterdam-brussels")
        assert (root_element.get("guid"), root_element.get("version"), pub_status(root_element)) == (guid, version, "stat:usable")
        assert root_element.find(f"{NAR}itemMeta/{NAR}link[@rel='exrel:translationOf']").get("residref") == ORIGINAL
        assert _story_in_feed(workspace, lang) == [(guid, version)]
    feeds_as_partners_have_them(workspace)
    assert "0 item(s) written" in runner.invoke(main, [*root, "build"]).output



def test_a_translation_refused_when_the_agency_killed_its_own_is_published_once_the_glossary_takes_its_name_form(newsroom, tmp_path):
    """The German translation from the original gives a form of the mayor's name that is not
    one of its German rendering yet, so the agency's kill of its German text withdraws the
    item: the translator's rendering in names.po then publishes the translation."""
    local = tmp_path / "local"
    shutil.copytree(examples("local"), local)
    original = local / "local_original_en.xml"
    original.write_text(original.read_text(encoding="utf-8").replace(
        "First paragraph.", "Mayor Ahmed Aboutaleb opened the talks on Monday."), encoding="utf-8")
    runner, root = CliRunner(), ["--root", str(newsroom)]
    workspace = Workspace(newsroom)
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(local / "local_newsMessage_de.xml")]).exit_code == 0
    assert runner.invoke(main, [*root, "build"]).exit_code == 0
    assert runner.invoke(main, [*root, "extract", "-l", "de,fr", str(original)]).exit_code == 0
    po_path = workspace.po_file(DE, "rotterdam-brussels")
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = f"[de] {entry.msgid}"
        if "{Ahmed_Aboutaleb}" in entry.msgid:
            entry.tcomment = "{Ahmed_Aboutaleb} = Ahmeda Abu Taleba"
    po.save()
    refused = runner.invoke(main, [*root, "build", "-l", "de"])
    assert refused.exit_code == 1 and "not a form of Ahmed Aboutaleb" in refused.output, refused.output

    assert runner.invoke(main, [*root, "extract", str(local / "local_kill_de_v3.xml")]).exit_code == 0
    runner.invoke(main, [*root, "build", "-l", "de"])
    withdrawal = item(workspace, "de", "rotterdam-brussels")
    assert (withdrawal.get("version"), pub_status(withdrawal)) == ("3", "stat:canceled")

    glossary = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/names.po"))
    glossary.find("Ahmed Aboutaleb").msgstr = "Ahmed Abu Taleb"
    glossary.save()
    published = runner.invoke(main, [*root, "build", "-l", "de"])
    assert published.exit_code == 0, published.output
    german = item(workspace, "de", "rotterdam-brussels")
    assert (german.get("guid"), german.get("version"), pub_status(german)) == (f"{ORIGINAL}:de", "4", "stat:usable")
    assert "Ahmeda Abu Taleba" in etree.tostring(german, encoding="unicode")
    feeds_as_partners_have_them(workspace)


OLDER_RECORDS = Path(__file__).parent / "data/workspace-older-records"


def test_a_workspace_extracted_before_its_records_kept_the_agency_s_codes_builds_the_items_partners_have(tmp_path):
    """Its records hold creators by name and places, holders and subjects without their
    codes, types or broader places: built again, every item is the one partners have,
    byte for byte, at the version they have."""
    root = tmp_path / "newsroom"
    shutil.copytree(OLDER_RECORDS, root)
    published = {path: path.read_bytes() for path in root.glob("feeds/*/us-finance-fed.xml")}
    workspace = Workspace(root)
    report = build(workspace, [DE])
    assert not report.refused
    for path, data in published.items():
        assert path.read_bytes() == data, path
        assert_valid(data)


def iptc_listing_built(newsroom: Path, edit=lambda text: text) -> dict[str, etree._Element]:
    """IPTC's example item, its empty NITF placeholder given an XHTML paragraph, extracted,
    translated into German and built: the English item and the German one, each valid."""
    text = (examples() / "iptc_LISTING_1_A_NewsML-G2_News_Item.xml").read_text(encoding="utf-8")
    text = re.sub(r'<inlineXML contenttype="application/nitf\+xml">.*?</inlineXML>',
                  '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                  "<p>The Fed said on Friday it would halt QE.</p></body></html></inlineXML>", text, flags=re.DOTALL)
    source = newsroom.parent / "fed.xml"
    source.write_text(edit(text), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    translate(workspace, DE, "us-finance-fed")
    assert not build(workspace, [DE]).refused
    items = {lang: item(workspace, lang, "us-finance-fed") for lang in ("en-GB", "de")}
    for root in items.values():
        assert_valid(etree.tostring(root))
    return items


def test_the_copyright_holder_keeps_the_code_the_agency_gave_it(newsroom):
    for lang, root in iptc_listing_built(newsroom).items():
        holder = root.find(f"{NAR}rightsInfo/{NAR}copyrightHolder")
        assert (dict(holder.attrib), holder.findtext(f"{NAR}name")) == (
            {"uri": "http://www.example.com/about.html#copyright"}, "Example Enews LLP"), lang


def test_a_copyright_holder_s_code_that_is_not_well_formed_is_left_out_and_the_item_published(newsroom):
    def misspelt(text: str) -> str:
        return text.replace('<copyrightHolder uri="http://www.example.com/about.html#copyright" >',
                            '<copyrightHolder uri="www.example.com/about us" qcode="nprov :x" literal="Example&#10;Enews">')

    for lang, root in iptc_listing_built(newsroom, misspelt).items():
        holder = root.find(f"{NAR}rightsInfo/{NAR}copyrightHolder")
        assert (dict(holder.attrib), holder.findtext(f"{NAR}name")) == ({}, "Example Enews LLP"), lang


def concept(element: etree._Element) -> tuple:
    """A concept as (its attributes, its names with their languages, its relatives the same way)."""
    names = tuple((name.get("{http://www.w3.org/XML/1998/namespace}lang"), name.text) for name in element.iterfind(f"{NAR}name"))
    relatives = tuple((etree.QName(relative).localname, concept(relative)) for relative in element
                      if etree.QName(relative).localname in ("broader", "sameAs"))
    return dict(element.attrib), names, relatives


def test_a_located_place_keeps_its_type_and_broader_places_in_every_locale(newsroom):
    for lang, root in iptc_listing_built(newsroom).items():
        in_english = None if lang == "en-GB" else "en-GB"
        assert [concept(place) for place in root.iterfind(f"{NAR}contentMeta/{NAR}located")] == [(
            {"qcode": "geo:345678", "type": "cptype:city"}, ((in_english, "Berlin"),), (
                ("broader", ({"qcode": "prov:2365", "type": "cptype:statprov"}, ((in_english, "Berlin"),), ())),
                ("broader", ({"qcode": "iso3166-1a2:DE", "type": "cptype:country"}, ((in_english, "Germany"),), ())),
            ))], lang


def test_a_subject_keeps_its_type_broader_and_same_concepts_in_every_locale(newsroom):
    def same_as(text: str) -> str:
        return text.replace('<broader qcode="medtop:04000000" />',
                            '<sameAs qcode="subj:09000000"><name xml:lang="en-GB">labour</name></sameAs><broader qcode="medtop:04000000" />')

    for lang, root in iptc_listing_built(newsroom, same_as).items():
        in_english = None if lang == "en-GB" else "en-GB"
        assert [concept(subject) for subject in root.iterfind(f"{NAR}contentMeta/{NAR}subject")] == [
            ({"qcode": "medtop:04000000", "type": "cpnat:abstract"}, ((in_english, "economy, business and finance"),), ()),
            ({"qcode": "medtop:20000523", "type": "cpnat:abstract"}, ((in_english, "labour market"), ("de", "Arbeitsmarkt")), (
                ("sameAs", ({"qcode": "subj:09000000"}, ((in_english, "labour"),), ())),
                ("broader", ({"qcode": "medtop:04000000"}, (), ())),
            )),
        ], lang


def test_types_and_relatives_that_are_not_well_formed_are_left_out_and_the_item_published(newsroom):
    def misspelt(text: str) -> str:
        return (text.replace('type="cptype:city"', 'type="city"')
                .replace('<broader type="cptype:statprov" qcode="prov:2365">', '<broader type="cptype: statprov" qcode="prov 2365">')
                .replace('<broader qcode="medtop:04000000" />', '<broader qcode="medtop:" uri="not a uri"/><sameAs literal="a&#9;b"/>'))

    for lang, root in iptc_listing_built(newsroom, misspelt).items():
        berlin = concept(root.find(f"{NAR}contentMeta/{NAR}located"))
        assert berlin[0] == {"qcode": "geo:345678"}, lang
        # A broader place whose code is lost keeps its name: partners still read Berlin is in a state.
        assert [relative[1][0] for relative in berlin[2]] == [{}, {"qcode": "iso3166-1a2:DE", "type": "cptype:country"}], lang
        assert concept(root.findall(f"{NAR}contentMeta/{NAR}subject")[1])[2] == (), lang


def test_creators_and_contributors_keep_the_codes_names_and_roles_the_agency_gave_them(newsroom):
    def credited(text: str) -> str:
        return text.replace('<infoSource uri="http://www.example.com" />', """<infoSource uri="http://www.example.com" />
            <creator literal="jd" role="crol:photographer crol: bad"><name>John Doe</name></creator>
            <contributor qcode="staff:ak" role="ctrol:editor" jobtitle="x"><name>Anna Kowalska</name></contributor>""")

    for lang, root in iptc_listing_built(newsroom, credited).items():
        content_meta = root.find(f"{NAR}contentMeta")
        in_original = None if lang == "en-GB" else "en-GB"  # named in the agency's British English
        assert [concept(party) for party in content_meta.iterfind(f"{NAR}creator")] == [
            ({"uri": "http://www.example.com/staff/mjameson"}, ((in_original, "Meredith Jameson"),), ()),
            ({"literal": "jd", "role": "crol:photographer"}, ((in_original, "John Doe"),), ()),
        ], lang
        assert [concept(party) for party in content_meta.iterfind(f"{NAR}contributor")] == [
            ({"qcode": "staff:ak", "role": "ctrol:editor"}, ((in_original, "Anna Kowalska"),), ()),
        ], lang


def test_a_creator_s_and_a_copyright_holder_s_names_keep_the_language_the_agency_gave_them_in_every_locale(newsroom):
    """An Arabic item crediting its English-named creator and holder: each item says the
    names are English (and run left to right where the item or its rights block runs the
    other way), none where the item is itself English."""
    text = (examples("local") / "local_translation_ar_rtl.xml").read_text(encoding="utf-8")
    text = text.replace("  <itemMeta>", '  <rightsInfo><copyrightHolder literal="example.com"><name xml:lang="en">Example Media GmbH</name>'
                        "</copyrightHolder><copyrightNotice>© 2024</copyrightNotice></rightsInfo>\n  <itemMeta>", 1)
    text = text.replace('<language tag="ar"/>', '<creator literal="mj"><name xml:lang="en">Meredith Jameson</name></creator>'
                        '<creator literal="ak"><name>أحمد خليل</name></creator><contributor literal="jd" xml:lang="en">'
                        '<name>John Doe</name></contributor><language tag="ar"/>')
    # A second rights block in English names its holder in its own language.
    text = text.replace("</rightsInfo>", '</rightsInfo><rightsInfo xml:lang="en"><accountable literal="jd"><name>Jane Doe</name>'
                        '</accountable><copyrightHolder literal="afp"><name>Agency Partner</name></copyrightHolder></rightsInfo>', 1)
    source = newsroom.parent / "ar.xml"
    source.write_text(text, encoding="utf-8")
    workspace = Workspace(newsroom)
    english = Locale("en")
    extract(workspace, [source], [english, FR])
    for locale in (english, FR):
        translate(workspace, locale, "rotterdam-brussels")
    assert not build(workspace, [english, FR]).refused
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    in_english, in_arabic = {xml_lang: "en", "dir": "ltr"}, {xml_lang: "ar", "dir": "rtl"}
    # The creator named in no language of its own is named in the agency's item's, Arabic.
    expected = {
        "ar": (in_english, {}, in_english),
        "en": ({}, in_arabic, in_english),  # the rights block says it is Arabic, running right to left
        "fr": ({xml_lang: "en"}, in_arabic, in_english),
    }
    for lang, (creator, other_creator, holder) in expected.items():
        data = workspace.item_file(lang, "rotterdam-brussels").read_bytes()
        assert_valid(data)
        root = etree.fromstring(data)
        names = [dict(name.attrib) for name in root.iterfind(f"{NAR}contentMeta/{NAR}creator/{NAR}name")]
        assert names == [creator, other_creator], lang
        holders = [dict(name.attrib) for name in root.iterfind(f"{NAR}rightsInfo/{NAR}copyrightHolder/{NAR}name")]
        assert holders == [holder, holder], lang
        accountable = [dict(name.attrib) for name in root.iterfind(f"{NAR}rightsInfo/{NAR}accountable/{NAR}name")]
        assert accountable == [holder], lang
        assert dict(root.find(f"{NAR}contentMeta/{NAR}contributor/{NAR}name").attrib) == creator, lang
    record = json.loads(workspace.article_file("rotterdam-brussels").read_text(encoding="utf-8"))
    assert [creator["name_lang"] for creator in record["article"]["meta"]["creators"]] == ["en", "ar"]
    assert [rights["holder_lang"] for rights in record["article"]["meta"]["rights"]] == ["en", "en"]


def test_a_name_the_agency_gave_no_language_is_named_in_its_item_s_language_in_every_locale(newsroom):
    """An item saying its language in contentMeta only, and none on its root: its creator's
    name, the copyright holder's and its place's are English in the German and Arabic items."""
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(' xml:lang="en">', ">", 1), encoding="utf-8")
    workspace = Workspace(newsroom)
    arabic = Locale("ar")
    extract(workspace, [source], [DE, arabic])
    for locale in (DE, arabic):
        translate(workspace, locale, "harbour-talks")
    assert not build(workspace, [DE, arabic]).refused
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, in_english in (("en", {}), ("de", {xml_lang: "en"}), ("ar", {xml_lang: "en", "dir": "ltr"})):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        assert dict(root.find(f"{NAR}contentMeta/{NAR}creator/{NAR}name").attrib) == in_english, lang
        assert dict(root.find(f"{NAR}contentMeta/{NAR}located/{NAR}name").attrib) == in_english, lang
        # The rights block says it is the agency's, English: the holder's name is in its language.
        assert dict(root.find(f"{NAR}rightsInfo/{NAR}copyrightHolder/{NAR}name").attrib) == {}, lang


def test_the_title_of_the_agency_s_link_to_its_video_says_it_is_english_in_every_translation(newsroom):
    workspace = Workspace(newsroom)
    arabic = Locale("ar")
    extract(workspace, [agency_item(newsroom.parent)], [DE, arabic])
    for locale in (DE, arabic):
        translate(workspace, locale, "harbour-talks")
    assert not build(workspace, [DE, arabic]).refused
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, in_english in (("en", {}), ("de", {xml_lang: "en"}), ("ar", {xml_lang: "en", "dir": "ltr"})):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        [video] = root.iterfind(f"{NAR}itemMeta/{NAR}link[@title]")
        assert (video.get("title"), {name: video.get(name) for name in in_english}) == ("Video", in_english), lang
        assert all(name not in video.attrib for name in (xml_lang, "dir") if name not in in_english), lang


def test_a_place_the_translated_dateline_names_anew_is_named_in_the_item_s_language_not_in_the_agency_s(newsroom):
    text = (examples("local") / "local_translation_ar_rtl.xml").read_text(encoding="utf-8")
    text = text.replace('<language tag="ar"/>', '<located qcode="geo:2867714" type="cptype:city"><name xml:lang="ar">ميونيخ</name>'
                        '<name xml:lang="en">Munich</name></located><language tag="ar"/>')
    source = newsroom.parent / "ar.xml"
    source.write_text(text, encoding="utf-8")
    workspace = Workspace(newsroom)
    english = Locale("en")
    extract(workspace, [source], [english, FR])
    for locale in (english, FR):
        path = workspace.po_file(locale, "rotterdam-brussels")
        po = polib.pofile(str(path))
        for entry in po:
            dateline = entry.msgid.startswith("ميونيخ")
            entry.msgstr = "Munich/Moscow – First paragraph with Rotterdam." if dateline else f"[{locale}] {entry.msgid}"
        po.save()
    assert not build(workspace, [english, FR]).refused
    # Each item's dateline names the place in the item's own language, which its name need not say.
    for lang, printed in {"ar": "ميونيخ", "en": "Munich", "fr": "Munich"}.items():
        data = workspace.item_file(lang, "rotterdam-brussels").read_bytes()
        assert_valid(data)
        [name, *_] = etree.fromstring(data).iterfind(f"{NAR}contentMeta/{NAR}located[@qcode='geo:2867714']/{NAR}name")
        assert (dict(name.attrib), name.text) == ({}, printed), lang


def test_the_agency_s_sources_reach_every_locale_with_their_roles_codes_and_names(newsroom):
    def sourced(text: str) -> str:
        return text.replace('<infoSource uri="http://www.example.com" />', '<infoSource uri="http://www.example.com" />'
                            '<infoSource qcode="nprov:AFP" role="isrol:originfo cpnat: isrol:rsrc"><name>Agence France-Presse</name>'
                            '<name xml:lang="de">Agence France-Presse (AFP)</name></infoSource>')

    for lang, root in iptc_listing_built(newsroom, sourced).items():
        in_english = None if lang == "en-GB" else "en-GB"
        assert [concept(source) for source in root.iterfind(f"{NAR}contentMeta/{NAR}infoSource")] == [
            ({"uri": "http://www.example.com"}, (), ()),
            ({"qcode": "nprov:AFP", "role": "isrol:originfo isrol:rsrc"},
             ((in_english, "Agence France-Presse"), ("de", "Agence France-Presse (AFP)")), ()),
        ], lang


def test_uris_the_schema_refuses_though_they_look_like_uris_are_left_out_and_the_item_published(newsroom):
    def malformed(text: str) -> str:
        return (text.replace("about.html#copyright", "about.html#copy#right")
                .replace("http://www.example.com/staff/mjameson", "http://www.example.com/staff/%GG")
                .replace("video/20081222-PNN-1517-407624/index.html", "video/%zz")
                .replace("http://www.example.com/newsml-g2/catalog.enews_2.xml", "http://[example.com/catalog.xml"))

    for lang, root in iptc_listing_built(newsroom, malformed).items():
        assert dict(root.find(f"{NAR}rightsInfo/{NAR}copyrightHolder").attrib) == {}, lang
        creator = root.find(f"{NAR}contentMeta/{NAR}creator")
        assert (dict(creator.attrib), creator.findtext(f"{NAR}name")) == ({}, "Meredith Jameson"), lang
        assert [link.get("rel") for link in root.iterfind(f"{NAR}itemMeta/{NAR}link")] == (
            [] if lang == "en-GB" else ["exrel:translationOf"]), lang
        assert len(root.findall(f"{NAR}catalogRef")) == 1, lang


def test_the_agency_s_item_keeps_the_moment_the_agency_says_its_content_was_last_changed(newsroom):
    items = iptc_listing_built(newsroom)
    assert items["en-GB"].findtext(f"{NAR}contentMeta/{NAR}contentModified") == "2018-10-21T16:22:45-05:00"
    # A translation's content was last changed when it was published.
    german = items["de"]
    assert german.findtext(f"{NAR}contentMeta/{NAR}contentModified") == german.findtext(f"{NAR}itemMeta/{NAR}versionCreated")


def test_every_rights_block_notice_and_usage_terms_reach_every_locale_in_order_with_their_languages(newsroom):
    def restricted(text: str) -> str:
        return text.replace("</usageTerms>", "</usageTerms>\n<usageTerms xml:lang=\"de\">Sperrfrist: 23. Oktober 2018, 12 Uhr</usageTerms>").replace(
            "</rightsInfo>", '</rightsInfo>\n<rightsInfo xml:lang="fr"><copyrightHolder literal="afp"><name>AFP</name></copyrightHolder>'
            '<copyrightNotice>Photo © AFP &amp; partenaires</copyrightNotice><usageTerms xml:lang="en-GB">Not for resale.</usageTerms>'
            "</rightsInfo>")

    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, root in iptc_listing_built(newsroom, restricted).items():
        agency = None if lang == "en-GB" else "en-GB"
        blocks = [(block.get(xml_lang), [(etree.QName(part).localname, part.get(xml_lang), part.text) for part in block
                                         if etree.QName(part).localname != "copyrightHolder"])
                  for block in root.iterfind(f"{NAR}rightsInfo")]
        assert blocks == [
            (agency, [("copyrightNotice", None, "Copyright 2017-18 Example Enews LLP, all rights reserved"),
                      ("usageTerms", None, "Not for use outside the United States"),
                      ("usageTerms", "de", "Sperrfrist: 23. Oktober 2018, 12 Uhr")]),
            (agency, [("copyrightNotice", "fr", "Photo © AFP & partenaires"), ("usageTerms", None, "Not for resale.")]),
        ], lang
        assert root.find(f"{NAR}rightsInfo[2]/{NAR}copyrightHolder").get("literal") == "afp", lang


def test_a_rights_block_keeps_what_it_is_limited_to_and_its_links_to_the_full_terms(newsroom):
    def limited(text: str) -> str:
        return text.replace("<rightsInfo>", '<rightsInfo scope="riscope:text bad:code:x bad code" aspect="riaspect:use" '
                                            'aspecturi="http://cv.iptc.org/newscodes/riaspect/use http://[bad">').replace(
            "</usageTerms>", "</usageTerms>\n<!-- the full licence -->"
            '<usageTerms href="https://www.example.com/licence"/>'
            '<copyrightNotice href="javascript:alert(1)">© Example</copyrightNotice>'
            '<usageTerms href="javascript:alert(1)"/>'
            '<link rel="irel:seeAlso" href="https://www.example.com/rights"/><link href="https://www.example.com/faq"/>'
            '<link href="javascript:alert(1)"/>')

    for lang, root in iptc_listing_built(newsroom, limited).items():
        [block] = root.iterfind(f"{NAR}rightsInfo")
        limits = {name: block.get(name) for name in ("scope", "scopeuri", "aspect", "aspecturi")}
        assert limits == {"scope": "riscope:text bad:code:x", "scopeuri": None, "aspect": "riaspect:use",
                          "aspecturi": "http://cv.iptc.org/newscodes/riaspect/use"}, lang
        statements = [(etree.QName(part).localname, part.get("href"), (part.text or "").strip())
                      for part in block if etree.QName(part).localname in ("copyrightNotice", "usageTerms")]
        assert statements == [
            ("copyrightNotice", None, "Copyright 2017-18 Example Enews LLP, all rights reserved"),
            ("usageTerms", None, "Not for use outside the United States"),
            ("usageTerms", "https://www.example.com/licence", ""),
            ("copyrightNotice", None, "© Example"),
        ], lang
        links = [dict(link.attrib) for link in block.iterfind(f"{NAR}link")]
        assert links == [{"rel": "irel:seeAlso", "href": "https://www.example.com/rights"}, {"href": "https://www.example.com/faq"}], lang


def test_a_rights_block_keeps_its_validity_the_accountable_person_data_mining_and_the_holder_in_every_language(newsroom):
    def dated(text: str) -> str:
        return (text.replace("<rightsInfo>", '<rightsInfo validfrom="2018-10-21" validto="2019-10-21T00:00:00Z">'
                             '<accountable qcode="staff:mj"><name>Meredith Jameson</name></accountable>')
                .replace("<name>Example Enews LLP</name>", '<name>Example Enews LLP</name><name xml:lang="de">Beispiel Medien</name>')
                .replace("</usageTerms>", '</usageTerms><dataMining uri="http://cv.iptc.org/newscodes/dataminingrights/DMI-PROHIBITED"/>'))

    def undated(text: str) -> str:
        return text.replace("<rightsInfo>", '<rightsInfo validfrom="21.10.2018" validto="soon">')

    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for lang, root in iptc_listing_built(newsroom, dated).items():
        [block] = root.iterfind(f"{NAR}rightsInfo")
        assert (block.get("validfrom"), block.get("validto")) == ("2018-10-21", "2019-10-21T00:00:00Z"), lang
        assert [etree.QName(part).localname for part in block] == [
            "accountable", "copyrightHolder", "copyrightNotice", "usageTerms", "dataMining"], lang
        assert block.find(f"{NAR}accountable").get("qcode") == "staff:mj", lang
        assert block.find(f"{NAR}dataMining").get("uri").endswith("DMI-PROHIBITED"), lang
        names = [(name.get(xml_lang), name.text) for name in block.iterfind(f"{NAR}copyrightHolder/{NAR}name")]
        assert names == [(None, "Example Enews LLP"), ("de", "Beispiel Medien")], lang
    shutil.rmtree(newsroom / "feeds")
    for lang, root in iptc_listing_built(newsroom, undated).items():
        [block] = root.iterfind(f"{NAR}rightsInfo")
        assert block.get("validfrom") is None and block.get("validto") is None, lang


def test_a_scheme_alias_not_well_formed_is_left_out_with_the_codes_that_use_it_and_the_item_published(newsroom):
    def misspelt(text: str) -> str:
        return (text.replace('<catalogRef href="http://www.example.com/newsml-g2/catalog.enews_2.xml" />',
                             '<catalogRef href="http://www.example.com/newsml-g2/catalog.enews_2.xml" /><catalog>'
                             '<scheme alias="2staff" uri="http://www.example.com/cv/staff/"/>'
                             '<scheme alias="enews" uri="http://www.example.com/cv/enews/"/></catalog>')
                .replace('<creator uri="http://www.example.com/staff/mjameson" >',
                         '<creator uri="http://www.example.com/staff/mjameson" qcode="2staff:mj" role="2staff:writer crol:writer">')
                .replace('<infoSource uri="http://www.example.com" />',
                         '<infoSource uri="http://www.example.com" /><subject qcode="2staff:desk"><name>Desk</name></subject>'
                         '<subject qcode="enews:markets"><name>Markets</name></subject>'))

    for lang, root in iptc_listing_built(newsroom, misspelt).items():
        schemes = [(scheme.get("alias"), scheme.get("uri")) for scheme in root.iterfind(f"{NAR}catalog/{NAR}scheme")]
        assert [scheme for scheme in schemes if scheme[0] != "exrel"] == [("enews", "http://www.example.com/cv/enews/")], lang
        creator = root.find(f"{NAR}contentMeta/{NAR}creator")
        assert dict(creator.attrib) == {"uri": "http://www.example.com/staff/mjameson", "role": "crol:writer"}, lang
        assert [subject.get("qcode") for subject in root.iterfind(f"{NAR}contentMeta/{NAR}subject")] == [
            "enews:markets", "medtop:04000000", "medtop:20000523"], lang


def test_audiences_with_their_significance_other_ids_and_job_titles_reach_every_locale_and_codes_not_well_formed_are_left_out(newsroom):
    def addressed(text: str) -> str:
        return (text.replace('<creator uri="http://www.example.com/staff/mjameson" >',
                             '<creator uri="http://www.example.com/staff/mjameson" jobtitle="jobt:correspondent">')
                .replace('<infoSource uri="http://www.example.com" />', """<infoSource uri="http://www.example.com" />
                    <contributor literal="ak" jobtitle="jobt: editor"><name>Anna Kowalska</name></contributor>
                    <audience qcode="aud:finance" type="cptype:audience" significance="2"><name>Finance desks &lt;b&gt;</name><name xml:lang="de">Wirtschaftsressorts</name></audience>
                    <audience qcode="aud :x"/>
                    <exclAudience qcode="aud:consumer" significance="10"><name>Consumer media</name></exclAudience>
                    <altId type="idtype:story" typeuri="http://www.example.com/cv/idtype/story">US-FED-11</altId>
                    <altId type="bad type" typeuri="not a uri">FED &amp; 2018</altId>
                    <altId type="idtype:empty"> </altId>"""))

    for lang, root in iptc_listing_built(newsroom, addressed).items():
        in_english = None if lang == "en-GB" else "en-GB"
        content_meta = root.find(f"{NAR}contentMeta")
        assert [concept(party)[0] for party in content_meta.iterfind(f"{NAR}creator")] == [
            {"uri": "http://www.example.com/staff/mjameson", "jobtitle": "jobt:correspondent"}], lang
        assert [concept(party)[0] for party in content_meta.iterfind(f"{NAR}contributor")] == [{"literal": "ak"}], lang
        assert [concept(audience) for audience in content_meta.iterfind(f"{NAR}audience")] == [
            ({"qcode": "aud:finance", "type": "cptype:audience", "significance": "2"},
             ((in_english, "Finance desks <b>"), ("de", "Wirtschaftsressorts")), ()),
        ], lang
        assert [concept(audience) for audience in content_meta.iterfind(f"{NAR}exclAudience")] == [
            ({"qcode": "aud:consumer"}, ((in_english, "Consumer media"),), ())], lang
        assert [(dict(alt_id.attrib), alt_id.text) for alt_id in content_meta.iterfind(f"{NAR}altId")] == [
            ({"type": "idtype:story", "typeuri": "http://www.example.com/cv/idtype/story"}, "US-FED-11"),
            ({}, "FED & 2018"),
        ], lang
    # Built again from its record alone, every item is the one partners have, byte for byte.
    written = {path: path.read_bytes() for path in newsroom.glob("feeds/*/us-finance-fed.xml")}
    shutil.rmtree(newsroom / ".syndicate")
    report = build(Workspace(newsroom), [DE])
    built = [outcome for outcome in report.outcomes if outcome.article_id == "us-finance-fed"]
    assert not report.refused and built and not any(outcome.written for outcome in built), "made again, the same bytes"
    assert {path: path.read_bytes() for path in written} == written


class Poller:
    """A partner polling every feed of a workspace as docs/serving.md tells it to, through the
    server: each time with the newest versionCreated it received from the feed as `since`,
    until nothing is newer."""

    def __init__(self, root: Path, langs: list[str]) -> None:
        self.app = make_app(root)
        self.token = add_partner(root, "Poller", langs)
        self.since: dict[str, str] = {}
        self.received: set[tuple[str, str, str]] = set()  # language, guid, version

    def poll(self) -> None:
        for lang in self.since.keys() | set(self._langs()):
            while (body := self._get(lang)) is not None:
                stamps = []
                for entry in etree.fromstring(body).iter(f"{NAR}newsItem"):
                    self.received.add((lang, entry.get("guid"), entry.get("version")))
                    stamps.append(entry.findtext(f"{NAR}itemMeta/{NAR}versionCreated"))
                newest = max(stamps, key=dt.datetime.fromisoformat)
                assert lang not in self.since or dt.datetime.fromisoformat(newest) > dt.datetime.fromisoformat(self.since[lang])
                self.since[lang] = newest

    def _langs(self) -> list[str]:
        body = b"".join(self.app({"REQUEST_METHOD": "GET", "PATH_INFO": "/", "HTTP_AUTHORIZATION": f"Bearer {self.token}"},
                                 lambda status, headers: None))
        return [entry["locale"] for entry in json.loads(body)["locales"]]

    def _get(self, lang: str) -> bytes | None:
        answered: list[str] = []
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": f"/feeds/{lang}/index.xml", "HTTP_AUTHORIZATION": f"Bearer {self.token}",
                   "QUERY_STRING": f"since={self.since[lang].replace('+', '%2B')}" if lang in self.since else ""}
        body = b"".join(self.app(environ, lambda status, headers: answered.append(status)))
        assert answered[0].startswith(("200", "204")), answered
        return body if answered[0].startswith("200") else None


def items_on_disk(workspace: Workspace) -> set[tuple[str, str, str]]:
    """Every item file of the workspace's feeds: its language, guid and version."""
    found = set()
    for path in workspace.feeds_dir.glob("*/*.xml"):
        if path.name != "index.xml":
            root = etree.parse(str(path)).getroot()
            found.add((path.parent.name, root.get("guid"), root.get("version")))
    return found


def _story_whose_next_build_writes(newsroom: Path, wrote: str) -> tuple[Workspace, str]:
    """A workspace whose next build of a story writes `wrote`, and another story published
    beside it (harbour-talks), changed since: the workspace and the first story's id."""
    workspace = Workspace(newsroom)
    extract(workspace, [agency_item(newsroom.parent)], [DE, FR])
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    if wrote == "the withdrawal of the item its original took the place of":
        workspace, _, _ = _english_translation_replaced(newsroom)
        for locale in (DE, FR):
            translate(workspace, locale, "rotterdam-brussels")
        story = "rotterdam-brussels"
    else:
        story = "dock-fire"
        guid = f"urn:newsml:agency.example:20261120:{story}"
        source = agency_item(newsroom.parent, guid=guid, name=story)
        extract(workspace, [source], [DE, FR])
        for locale in (DE, FR):
            translate(workspace, locale, story)
        if wrote != "the story's first items":
            build(workspace, workspace.translation_locales())
        if wrote == "a new version":
            for locale in (DE, FR):
                revised = workspace.po_file(locale, story)
                revised.write_text(revised.read_text(encoding="utf-8").replace(f"[{locale}] ", f"[{locale}] (revised) "),
                                   encoding="utf-8")
        elif wrote == "its withdrawal":
            source.write_text(kill_notice(2, "2026-11-21T10:00:00Z").replace(GUID, guid), encoding="utf-8")
            extract(workspace, [source], [DE, FR])
    build(workspace, workspace.translation_locales(), article_ids=["harbour-talks"])
    revised = workspace.po_file(DE, "harbour-talks")
    revised.write_text(revised.read_text(encoding="utf-8").replace("[de] ", "[de] (revised) "), encoding="utf-8")
    return workspace, story


@pytest.mark.parametrize("stop", ["before its indexes", "twice", "after its first index, the next run in the same second"])
@pytest.mark.parametrize("wrote", ["the withdrawal of the item its original took the place of", "the story's first items",
                                   "a new version", "its withdrawal"])
def test_what_a_stopped_run_wrote_reaches_partners_with_the_next_index_whatever_that_run_builds(newsroom, monkeypatch, wrote, stop):
    """A run stopped after writing a story's items, before its indexes (or all but the
    first); the next run builds another story only. A partner that polled in between, and
    polls on with the newest stamp it saw, gets everything the stopped run wrote from that
    next run's index, and nothing a later run publishes is stamped older than what it saw,
    though the next run is given the stopped one's moment (a clock set back)."""
    import syndicate.build

    workspace, story = _story_whose_next_build_writes(newsroom, wrote)
    partner = Poller(newsroom, ["en", "de", "fr"])
    partner.poll()
    before = items_on_disk(workspace)
    assert partner.received >= before

    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=1)
    write_index = syndicate.build._write_index
    written: list[str] = []

    def stopped(workspace, lang, *args):
        if stop.startswith("after its first index") and not written:
            written.append(lang)
            return write_index(workspace, lang, *args)
        raise KeyboardInterrupt  # the items are written; the run's indexes (but the first) and record are not
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped)
        with pytest.raises(KeyboardInterrupt):
            build(workspace, workspace.translation_locales(), article_ids=[story], now=now)
        stopped_run_wrote = items_on_disk(workspace) - before
        assert stopped_run_wrote, "the stopped run wrote items"
        partner.poll()
        if stop == "twice":  # a run over the other story, stopped as well
            with pytest.raises(KeyboardInterrupt):
                build(workspace, workspace.translation_locales(), article_ids=["harbour-talks"], now=now + dt.timedelta(seconds=30))
            partner.poll()

    next_run = now if stop.startswith("after its first index") else now + dt.timedelta(minutes=1)
    build(workspace, workspace.translation_locales(), article_ids=["harbour-talks"], now=next_run)
    partner.poll()
    assert partner.received >= items_on_disk(workspace), "listed by the next index, newer than what the partner saw"
    for lang, guid, version in stopped_run_wrote:
        assert any(got[:2] == (lang, guid) and int(got[2]) >= int(version) for got in partner.received), (lang, guid)

    build(workspace, workspace.translation_locales(), now=now + dt.timedelta(minutes=2))
    partner.poll()
    assert partner.received >= items_on_disk(workspace)


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def language_and_direction(element: etree._Element) -> tuple[str | None, str | None]:
    return element.get(XML_LANG), element.get("dir")


def test_the_slugline_and_keywords_keep_the_agency_s_language_and_direction_in_every_locale(newsroom):
    source = newsroom.parent / "ar.xml"
    source.write_text((examples("local") / "local_translation_ar_rtl.xml").read_text(encoding="utf-8").replace(
        '<language tag="ar"/>', '<language tag="ar"/><keyword xml:lang="en" dir="ltr">ports</keyword><keyword>موانئ</keyword>'),
        encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [Locale("en"), FR])
    for locale in (Locale("en"), FR):
        translate(workspace, locale, "rotterdam-brussels")
    assert not build(workspace, [Locale("en"), FR]).refused
    expected = {
        "ar": ((("en", "ltr"), (None, None)), ("en", "ltr")),
        "en": (((None, None), ("ar", "rtl")), (None, None)),
        "fr": ((("en", None), ("ar", "rtl")), ("en", None)),
    }
    for lang, (keywords, slugline) in expected.items():
        root = item(workspace, lang, "rotterdam-brussels")
        content_meta = root.find(f"{NAR}contentMeta")
        assert tuple(language_and_direction(keyword) for keyword in content_meta.iterfind(f"{NAR}keyword")) == keywords, lang
        assert language_and_direction(content_meta.find(f"{NAR}slugline")) == slugline, lang
        assert_valid(etree.tostring(root))


def test_a_translated_dateline_keeps_the_agency_s_codes_and_names_the_place_in_its_language(newsroom):
    source = newsroom.parent / "en.xml"
    source.write_text((examples("local") / "local_original_en.xml").read_text(encoding="utf-8"), encoding="utf-8")
    workspace = Workspace(newsroom)
    locales = (Locale("ar"), DE, FR)
    extract(workspace, [source], list(locales))
    datelines = {"ar": "روتردام/بروكسل –", "de": "Rotterdam/Brüssel –", "fr": "Bruxelles/Rotterdam –"}
    for locale in locales:
        po = polib.pofile(str(workspace.po_file(locale, "rotterdam-brussels")))
        for entry in po:
            entry.msgstr = entry.msgid.replace("Rotterdam/Brussels –", datelines[str(locale)]) + " " + stand_in(locale, "").rstrip()
        po.save()
    assert not build(workspace, list(locales)).refused
    rotterdam = {"literal": "Rotterdam", "type": "cptype:city"}
    brussels = {"literal": "Brussels"}
    expected = {
        "en": [(rotterdam, ((None, "Rotterdam"),), ()), (brussels, ((None, "Brussels"),), ())],
        "ar": [(rotterdam, ((None, "روتردام"), ("en", "Rotterdam")), ()), (brussels, ((None, "بروكسل"), ("en", "Brussels")), ())],
        "de": [(rotterdam, ((None, "Rotterdam"),), ()), (brussels, ((None, "Brüssel"), ("en", "Brussels")), ())],
        # Reordered: Rotterdam is found by its name, so Bruxelles can only be Brussels.
        "fr": [(brussels, ((None, "Bruxelles"), ("en", "Brussels")), ()), (rotterdam, ((None, "Rotterdam"),), ())],
    }
    for lang, located in expected.items():
        root = item(workspace, lang, "rotterdam-brussels")
        assert [concept(place) for place in root.iterfind(f"{NAR}contentMeta/{NAR}located")] == located, lang
        assert_valid(etree.tostring(root))


def test_a_dateline_in_capitals_adds_no_name_where_the_agency_named_the_place_in_that_language(newsroom):
    source = agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<located literal="Hamburg"><name>Hamburg</name></located>',
        '<located qcode="geo:2911298"><name xml:lang="en">Hamburg</name><name xml:lang="de">Hamburg</name></located>').replace(
        "<dateline>Hamburg</dateline>", "<dateline>HAMBURG</dateline>").replace("<p>Hamburg –", "<p>HAMBURG –"), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "harbour-talks")))
    for entry in po:
        entry.msgstr = entry.msgid  # the German prints the dateline in capitals too
    po.save()
    assert not build(workspace, [DE]).refused
    for lang, names in (("en", ((None, "Hamburg"), ("de", "Hamburg"))), ("de", ((None, "Hamburg"), ("en", "Hamburg")))):
        root = item(workspace, lang)
        assert [concept(place)[1] for place in root.iterfind(f"{NAR}contentMeta/{NAR}located")] == [names], lang
        assert_valid(etree.tostring(root))


def _translated_with_opening(newsroom, locale: str, opening: str) -> etree._Element:
    """The item of the agency's story in `locale`, translated with `opening` in the place of
    its dateline (`Hamburg – `)."""
    source = agency_item(newsroom.parent)
    workspace = Workspace(newsroom)
    extract(workspace, [source], [Locale(locale)])
    po = polib.pofile(str(workspace.po_file(Locale(locale), "harbour-talks")))
    for entry in po:
        entry.msgstr = stand_in(locale, entry.msgid)
        if entry.msgid.startswith("Hamburg – "):
            entry.msgstr = opening + entry.msgstr.replace("Hamburg – ", "")
    po.save()
    assert not build(workspace, [Locale(locale)]).refused
    root = item(workspace, locale)
    assert_valid(etree.tostring(root))
    return root


@pytest.mark.parametrize(("locale", "dateline", "place"), [
    ("zh", "汉堡（新华社）——", "汉堡"), ("ja", "ハンブルク（AX）—", "ハンブルク"),
    # Without the agency's credit, a place CLDR or the list of major cities names, as the single
    # dash of a Japanese dateline (before a Japanese sentence) and its horizontal bar (U+2015)
    # are written too.
    ("ja", "ハンブルク—港では", "ハンブルク"), ("ja", "ハンブルク――", "ハンブルク"), ("zh", "北京——", "北京"),
])
def test_a_chinese_or_japanese_dateline_is_the_item_s_dateline(newsroom, locale, dateline, place):
    content_meta = _translated_with_opening(newsroom, locale, dateline).find(f"{NAR}contentMeta")
    printed = content_meta.find(f"{NAR}dateline")
    assert (printed.text, printed.get(XML_LANG)) == (place, None)
    assert [concept(located) for located in content_meta.iterfind(f"{NAR}located")] == [
        ({"literal": "Hamburg"}, ((None, place), ("en", "Hamburg")), ())]


@pytest.mark.parametrize(("locale", "opening"), [
    ("zh", "问题——"), ("zh", "这就是问题——"), ("ja", "結論—"), ("ja", "問題は——"), ("zh", "总理——"), ("ja", "トヨタ—では"),
    # Hamburg's name is a hamburger's too: without the agency's credit, no place.
    ("zh", "汉堡——"),
])
def test_a_chinese_or_japanese_opening_set_apart_with_a_dash_is_no_dateline(newsroom, locale, opening):
    content_meta = _translated_with_opening(newsroom, locale, opening).find(f"{NAR}contentMeta")
    printed = content_meta.find(f"{NAR}dateline")
    assert (printed.text, printed.get(XML_LANG)) == ("Hamburg", "en")
    assert [concept(located) for located in content_meta.iterfind(f"{NAR}located")] == [({"literal": "Hamburg"}, (("en", "Hamburg"),), ())]
