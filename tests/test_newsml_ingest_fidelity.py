"""Agency NewsML-G2 as agencies send it: kill notices without a language, plain text written a
paragraph to a line, NITF's own byline and dateline, and the metadata partners get back."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polib
import pytest
from click.testing import CliRunner
from lxml import etree
from schema import assert_valid
from test_syndication import DE, FR, agency_item, item, kill_notice, pub_status, translate

from syndicate.cli import main
from syndicate.model import InputError, ItemMeta
from syndicate.newsml_reader import read_newsml
from syndicate.workspace import Workspace


def run(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


@pytest.fixture
def agency(newsroom: Path) -> tuple[Workspace, Path]:
    """An agency's story, extracted for German and French, translated and published."""
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    assert run(newsroom, "extract", "-l", "de,fr", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(newsroom, "build").exit_code == 0
    return workspace, source


# ---- a kill notice says no language: it withdraws its story, whatever the story's ------------


@pytest.mark.parametrize("stated", ["", ' xml:lang="und"'], ids=["no xml:lang", "und"])
def test_a_kill_notice_saying_no_language_withdraws_the_story_in_every_locale(agency, stated):
    workspace, source = agency
    notice = kill_notice(4, "2026-11-23T10:00:00Z").replace(' xml:lang="en"', stated, 1).replace('<language tag="en"/>', "")
    assert 'xml:lang="en"' not in notice.partition("<itemMeta>")[0] and "<language" not in notice
    source.write_text(notice, encoding="utf-8")
    result = run(workspace.root, "extract", str(source))
    assert result.exit_code == 0, result.output
    assert "withdrawn by its source" in result.output
    assert run(workspace.root, "build").exit_code == 0
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert pub_status(root) == "stat:canceled", lang
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        assert_valid(etree.tostring(root))
    assert workspace.load_article("harbour-talks")[0].source_lang == "en"


def test_an_item_to_publish_that_says_no_language_is_still_refused(tmp_path):
    usable = kill_notice(2, "2026-11-23T10:00:00Z").replace("stat:canceled", "stat:usable")
    usable = usable.replace(' xml:lang="en"', "", 1).replace('<language tag="en"/>', "")
    path = tmp_path / "item.xml"
    path.write_text(usable.replace("</contentMeta>", "<headline>Harbour talks resume</headline></contentMeta>"), encoding="utf-8")
    with pytest.raises(InputError, match="does not say its language"):
        read_newsml(path)


# ---- plain text: paragraphs as agencies write them ---------------------------------------------

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "{http://www.w3.org/1999/xhtml}"


def plain_item(text: str, content_meta: str = "<headline>Dockers agree a deal</headline>") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="{NAR_NS}" guid="urn:newsml:wire.example:20261127:plain" version="1"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="wire.example"/>
    <versionCreated>2026-11-27T09:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><language tag="en"/>{content_meta}</contentMeta>
  <contentSet><inlineData contenttype="text/plain">{text}</inlineData></contentSet>
</newsItem>
"""


def read_blocks(tmp_path: Path, text: str) -> list[tuple[str, str, str, int]]:
    path = tmp_path / "plain.xml"
    path.write_text(plain_item(text), encoding="utf-8")
    [article] = read_newsml(path)
    return [(block.kind, block.marker, block.text, block.line) for block in article.blocks]


def test_plain_text_without_blank_lines_is_a_paragraph_a_line(tmp_path):
    text = ("   ROTTERDAM, Nov 27 (Wire) - Dockers agreed a contract on Friday.\n"
            "   The deal ends a strike that lasted nine days.\n"
            "   Union leader Maria Costa said the workers were tired.")
    assert read_blocks(tmp_path, text) == [
        ("headline", "", "Dockers agree a deal", 6),
        ("lede", "", "ROTTERDAM, Nov 27 (Wire) - Dockers agreed a contract on Friday.", 7),
        ("paragraph", "", "The deal ends a strike that lasted nine days.", 8),
        ("paragraph", "", "Union leader Maria Costa said the workers were tired.", 9),
    ]


def test_a_line_running_on_in_lower_case_goes_on_with_its_paragraph(tmp_path):
    text = "The deal ends a strike that\nlasted nine days.\nTalks resume in March."
    assert [(kind, text) for kind, _, text, _ in read_blocks(tmp_path, text)[1:]] == [
        ("lede", "The deal ends a strike that lasted nine days."),
        ("paragraph", "Talks resume in March."),
    ]


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["a paragraph a line", "blank lines"])
def test_a_dash_list_after_a_colon_is_a_list_item_by_item(tmp_path, between):
    text = f"First paragraph.{between}Third paragraph, with a list:\n- one item\n- another item{between}Last paragraph."
    assert [(kind, marker, text) for kind, marker, text, _ in read_blocks(tmp_path, text)[1:]] == [
        ("lede", "", "First paragraph."),
        ("paragraph", "", "Third paragraph, with a list:"),
        ("paragraph", "-", "one item"),
        ("paragraph", "-", "another item"),
        ("paragraph", "", "Last paragraph."),
    ]


def published_in_english_and_german(newsroom: Path, text: str) -> dict[str, etree._Element]:
    """The agency's item `text` (whose id is `plain`) extracted, translated into German and
    built: its English and German items, each valid against the schema."""
    source = newsroom.parent / "plain.xml"
    source.write_text(text, encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    translate(Workspace(newsroom), DE, "plain")
    assert run(newsroom, "build").exit_code == 0
    items = {lang: etree.parse(str(newsroom / "feeds" / lang / "plain.xml")).getroot() for lang in ("en", "de")}
    for root in items.values():
        assert_valid(etree.tostring(root))
    return items


def test_plain_text_published_a_paragraph_a_line_and_its_summary_is_the_first(newsroom):
    items = published_in_english_and_german(newsroom, plain_item(
        "Dockers agreed a contract on Friday.\nThe deal ends a strike.\nWith a list:\n- one\n- two"))
    for lang, root in items.items():
        paragraphs = [p.text for p in root.iter(f"{XHTML}p")]
        assert len(paragraphs) == 5, paragraphs
        if lang == "en":
            assert root.findtext(f"{{{NAR_NS}}}contentMeta/{{{NAR_NS}}}description") == "Dockers agreed a contract on Friday."
            assert paragraphs[1:] == ["The deal ends a strike.", "With a list:", "- one", "- two"]


# ---- NITF's byline and dateline ----------------------------------------------------------------

NITF_HEAD = ('<byline>By <person>Anna Berg</person>, <byttl>Staff Writer</byttl></byline>'
             '<dateline><location>GENEVA</location>, <story.date>Nov 27</story.date></dateline>')


def nitf_item(head: str, content_meta: str = "<headline>Talks resume</headline>") -> str:
    body = (f'<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>'
            f'<body.head><hedline><hl1>Talks resume</hl1></hedline>{head}</body.head>'
            '<body.content><p>Ceasefire talks resumed on Friday.</p><p>Delegations arrived on Thursday.</p></body.content>'
            '</body></nitf></inlineXML>')
    return plain_item("", content_meta).replace('<inlineData contenttype="text/plain"></inlineData>', body)


def test_nitf_byline_and_dateline_are_the_items_when_its_metadata_has_none(tmp_path):
    path = tmp_path / "nitf.xml"
    path.write_text(nitf_item(NITF_HEAD), encoding="utf-8")
    [article] = read_newsml(path)
    assert article.bylines == ("By Anna Berg, Staff Writer",)
    assert (article.printed_dateline, article.dateline) == ("GENEVA, Nov 27", ("GENEVA",))


def test_the_metadata_byline_and_dateline_come_before_nitfs(tmp_path):
    path = tmp_path / "nitf.xml"
    path.write_text(nitf_item(NITF_HEAD, "<headline>Talks resume</headline><dateline>Geneva</dateline><by>By A. Berg</by>"),
                    encoding="utf-8")
    [article] = read_newsml(path)
    assert (article.bylines, article.printed_dateline, article.dateline) == (("By A. Berg",), "Geneva", ("Geneva",))


def test_nitf_byline_and_dateline_are_published_in_every_locale(newsroom):
    for lang, root in published_in_english_and_german(newsroom, nitf_item(NITF_HEAD)).items():
        content_meta = root.find(f"{{{NAR_NS}}}contentMeta")
        assert content_meta.findtext(f"{{{NAR_NS}}}dateline") == "GENEVA, Nov 27", lang
        assert content_meta.findtext(f"{{{NAR_NS}}}located/{{{NAR_NS}}}name") == "Geneva", lang  # a name, as the dateline's capitals are not
        assert content_meta.findtext(f"{{{NAR_NS}}}by") == ("By Anna Berg, Staff Writer" if lang == "en" else "[de] By Anna Berg, Staff Writer")


# ---- the agency's metadata partners get back ---------------------------------------------------

META = """<headline>Ceasefire talks resume in Geneva</headline><by>By Anna Berg</by>
    <creditline>Wire Example/AFP</creditline>"""
PREVIOUS = '<link rel="irel:previousVersion" residref="urn:newsml:wire.example:20261127:plain" version="1"/>'
SEE_ALSO = '<link rel="irel:seeAlso" residref="urn:newsml:wire.example:20261127:video" version="3"/>'


def test_the_credit_line_and_a_linked_items_version_are_published_and_a_translation_links_no_version_of_the_original(newsroom):
    source = newsroom.parent / "plain.xml"
    item_text = plain_item("Ceasefire talks resumed in Geneva on Friday.", META).replace("version=\"1\"", "version=\"2\"", 1)
    source.write_text(item_text.replace("</itemMeta>", PREVIOUS + SEE_ALSO + "</itemMeta>"), encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    translate(Workspace(newsroom), DE, "plain")
    assert run(newsroom, "build").exit_code == 0
    published = {}
    for lang in ("en", "de"):
        root = etree.parse(str(newsroom / "feeds" / lang / "plain.xml")).getroot()
        assert_valid(etree.tostring(root))
        credit = root.find(f"{{{NAR_NS}}}contentMeta/{{{NAR_NS}}}creditline")
        assert credit is not None and credit.text == "Wire Example/AFP", lang
        published[lang] = {(link.get("rel"), link.get("residref"), link.get("version"))
                           for link in root.iterfind(f"{{{NAR_NS}}}itemMeta/{{{NAR_NS}}}link") if link.get("rel").startswith("irel:")}
        assert credit.get("{http://www.w3.org/XML/1998/namespace}lang") == (None if lang == "en" else "en")
    see_also = ("irel:seeAlso", "urn:newsml:wire.example:20261127:video", "3")
    assert published["en"] == {("irel:previousVersion", "urn:newsml:wire.example:20261127:plain", "1"), see_also}
    # The German item is no version of the English one: it links the original it translates, not its versions.
    assert published["de"] == {see_also}


CREDITS = ('<creditline>Wire Example/AFP</creditline><creditline xml:lang="fr">Photo : Jean Martin</creditline>'
           '<creditline>Additional reporting by Reuters</creditline>')


def test_every_credit_line_is_published_as_written_in_its_order_in_every_locale(newsroom):
    items = published_in_english_and_german(newsroom, plain_item("Ceasefire talks resumed in Geneva on Friday.",
                                                                 f"<headline>Ceasefire talks resume</headline>{CREDITS}"))
    for lang, root in items.items():
        credits = [(credit.text, credit.get("{http://www.w3.org/XML/1998/namespace}lang"))
                   for credit in root.iterfind(f"{{{NAR_NS}}}contentMeta/{{{NAR_NS}}}creditline")]
        agency_s = None if lang == "en" else "en"
        assert credits == [("Wire Example/AFP", agency_s), ("Photo : Jean Martin", "fr"), ("Additional reporting by Reuters", agency_s)], lang


# ---- the agency's descriptions beside its summary ----------------------------------------------

DESCRIPTIONS = ('<headline>Ceasefire talks resume</headline><description role="drol:teaser">What is at stake in Geneva.</description>'
                '<description role="drol:summary">Ceasefire talks resumed in Geneva on Friday.</description>'
                '<description role="drol:caption" xml:lang="fr">Les délégations à Genève.</description>')


def descriptions(root: etree._Element) -> list[tuple[str | None, str, str | None]]:
    return [(description.get("role"), description.text, description.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for description in root.iterfind(f"{{{NAR_NS}}}contentMeta/{{{NAR_NS}}}description")]


def test_a_description_of_another_role_is_offered_for_translation_saying_its_role(newsroom):
    source = newsroom.parent / "plain.xml"
    source.write_text(plain_item("Delegations arrived on Thursday.", DESCRIPTIONS), encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    po = polib.pofile(str(Workspace(newsroom).po_file(DE, "plain")))
    teaser = po.find("What is at stake in Geneva.")
    assert teaser is not None and teaser.comment.splitlines()[0] == "description (role drol:teaser)"
    assert po.find("Les délégations à Genève.") is None  # in French, published as written
    assert [block.role for block in Workspace(newsroom).load_article("plain")[0].blocks if block.kind == "description"] == [
        "drol:teaser", "drol:caption"]


def test_every_description_is_published_with_its_role_translated_in_every_locale(newsroom):
    items = published_in_english_and_german(newsroom, plain_item("Delegations arrived on Thursday.", DESCRIPTIONS))
    assert descriptions(items["en"]) == [
        ("drol:summary", "Ceasefire talks resumed in Geneva on Friday.", None), ("drol:teaser", "What is at stake in Geneva.", None),
        ("drol:caption", "Les délégations à Genève.", "fr"),
    ]
    assert descriptions(items["de"]) == [
        ("drol:summary", "[de] Ceasefire talks resumed in Geneva on Friday.", None), ("drol:teaser", "[de] What is at stake in Geneva.", None),
        ("drol:caption", "Les délégations à Genève.", "fr"),
    ]


def test_a_description_left_untranslated_says_it_is_the_original_s_as_the_summary_does(newsroom):
    source = newsroom.parent / "plain.xml"
    source.write_text(plain_item("Delegations arrived on Thursday.", DESCRIPTIONS), encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    assert run(newsroom, "build", "--threshold", "0").exit_code == 0
    root = etree.parse(str(newsroom / "feeds" / "de" / "plain.xml")).getroot()
    assert_valid(etree.tostring(root))
    assert descriptions(root)[:2] == [
        ("drol:summary", "Ceasefire talks resumed in Geneva on Friday.", "en"), ("drol:teaser", "What is at stake in Geneva.", "en"),
    ]


# ---- every genre the agency gives ---------------------------------------------------------------


def test_every_genre_of_an_agency_item_reaches_every_locale(newsroom):
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    source.write_text(source.read_text(encoding="utf-8").replace(
        '<genre qcode="genre:Current"><name xml:lang="en">current</name></genre>',
        '<genre qcode="genre:Current"><name xml:lang="en">current</name></genre><genre qcode="genre:Analysis"/>'), encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    translate(workspace, DE, "harbour-talks")
    assert run(newsroom, "build").exit_code == 0
    for lang in ("en", "de"):
        root = item(workspace, lang)
        assert [genre.get("qcode") for genre in root.iter(f"{{{NAR_NS}}}genre")] == ["genre:Current", "genre:Analysis"], lang
        assert_valid(etree.tostring(root))


def loaded_as_written_before(newsroom: Path, older: Callable[[dict[str, Any]], None]) -> ItemMeta:
    """The agency's story extracted, its record's metadata rewritten by `older` as an earlier
    extract wrote it, and loaded again: its metadata."""
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    record = workspace.root / "articles/harbour-talks.json"
    written = json.loads(record.read_text(encoding="utf-8"))
    older(written["article"]["meta"])
    record.write_text(json.dumps(written), encoding="utf-8")
    return workspace.load_article("harbour-talks")[0].meta


def test_an_article_record_of_one_genre_reads_as_its_genres(newsroom):
    def one_genre(meta: dict[str, Any]) -> None:
        meta["genre"] = meta.pop("genres")[0]  # as extract wrote one before every genre was kept

    [genre] = loaded_as_written_before(newsroom, one_genre).genres
    assert genre.qcode == "genre:Current"


# ---- how the agency gave its subjects, genres and keywords -----------------------------------------

ASSIGNED = {
    '<genre qcode="genre:Current">': '<genre qcode="genre:Current" why="why:direct" creator="agcy:desk">',
    '<subject qcode="medtop:20000344">': '<subject qcode="medtop:20000344" why="why:ancestor" relevance="80" confidence="+095">',
    '<keyword>economy</keyword>': '<keyword relevance="40" creator="agcy:tagger">economy</keyword><keyword confidence="101">ports</keyword>',
}


def test_why_by_whom_how_relevant_and_how_sure_reach_every_locale_as_the_agency_says(newsroom):
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    text = source.read_text(encoding="utf-8")
    for given, assigned in ASSIGNED.items():
        assert given in text
        text = text.replace(given, assigned)
    source.write_text(text, encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(source)).exit_code == 0
    translate(workspace, DE, "harbour-talks")
    assert run(newsroom, "build").exit_code == 0
    for lang in ("en", "de"):
        root = item(workspace, lang)
        assert_valid(etree.tostring(root))
        said = {(etree.QName(element).localname, element.get("qcode") or element.text): dict(element.attrib)
                for element in root.find(f"{{{NAR_NS}}}contentMeta") if etree.QName(element).localname in ("genre", "subject", "keyword")}
        assert said[("genre", "genre:Current")] == {"qcode": "genre:Current", "why": "why:direct", "creator": "agcy:desk"}, lang
        assert said[("subject", "medtop:20000344")] == {
            "qcode": "medtop:20000344", "why": "why:ancestor", "relevance": "80", "confidence": "95"}, lang
        assert {name: value for name, value in said[("keyword", "economy")].items() if "lang" not in name} == {
            "relevance": "40", "creator": "agcy:tagger"}, lang
        # A confidence the schema would refuse is left out, not the keyword.
        assert {name for name in said[("keyword", "ports")] if "lang" not in name} == set(), lang


def test_an_article_record_written_before_assignments_were_kept_loads_without_them(newsroom):
    def no_assignments(meta: dict[str, Any]) -> None:
        for concept in (*meta["genres"], *meta["subjects"]):
            del concept["assignment"]  # as extract wrote them before

    loaded = loaded_as_written_before(newsroom, no_assignments)
    assert [(concept.qcode, concept.assignment) for concept in (*loaded.genres, *loaded.subjects)] == [
        ("genre:Current", None), ("medtop:20000344", None)]


# ---- Reuters' guids: the revision after the story's identifier is no id -------------------------

REUTERS_GUID = "tag:reuters.com,2026:newsml_L8N3AB123:1"


def reuters_item(folder: Path, version: int, headline: str) -> Path:
    path = folder / f"reuters-{version}.xml"
    path.write_text(plain_item("Dockers and port operators agreed a deal on Friday.", f"<headline>{headline}</headline>")
                    .replace("urn:newsml:wire.example:20261127:plain", REUTERS_GUID).replace('version="1"', f'version="{version}"'),
                    encoding="utf-8")
    return path


def test_a_reuters_story_is_named_by_its_identifier_and_one_extracted_as_its_revision_keeps_that_id(newsroom, monkeypatch):
    import syndicate.newsml_reader

    # As releases before this one named it: by its revision, `1`.
    with monkeypatch.context() as earlier:
        earlier.setattr(syndicate.newsml_reader, "_REVISION", re.compile("(?!)"))
        assert run(newsroom, "extract", "-l", "de", str(reuters_item(newsroom.parent, 2, "Dockers agree a deal"))).exit_code == 0
    assert sorted(path.name for path in (newsroom / "articles").glob("*.json")) == ["1.json"]
    # Its next version goes on as that story; a new story is named by its identifier.
    assert run(newsroom, "extract", "-l", "de", str(reuters_item(newsroom.parent, 3, "Dockers sign a deal"))).exit_code == 0
    assert sorted(path.name for path in (newsroom / "articles").glob("*.json")) == ["1.json"]
    assert Workspace(newsroom).load_article("1")[0].meta.version == 3
    other = reuters_item(newsroom.parent, 1, "Ferry strike ends")
    other.write_text(other.read_text(encoding="utf-8").replace("L8N3AB123", "L8N3XY999"), encoding="utf-8")
    assert run(newsroom, "extract", "-l", "de", str(other)).exit_code == 0
    assert sorted(path.name for path in (newsroom / "articles").glob("*.json")) == ["1.json", "newsml-l8n3xy999.json"]


# ---- a hold without a headline holds the story partners have --------------------------------


def test_a_hold_without_a_headline_holds_the_story_in_every_locale_with_its_text(agency):
    workspace, source = agency
    published = {lang: "".join(item(workspace, lang).find(f"{{{NAR_NS}}}contentSet").itertext()) for lang in ("en", "de", "fr")}
    source.write_text(kill_notice(2, "2026-11-23T10:00:00Z").replace("stat:canceled", "stat:withheld"), encoding="utf-8")
    result = run(workspace.root, "extract", str(source))
    assert result.exit_code == 0, result.output
    assert run(workspace.root, "build").exit_code == 0
    for lang, text in published.items():
        root = item(workspace, lang)
        assert pub_status(root) == "stat:withheld" and int(root.get("version")) > 1, lang
        assert "".join(root.find(f"{{{NAR_NS}}}contentSet").itertext()) == text, lang
        assert_valid(etree.tostring(root))


def test_a_hold_without_a_headline_of_a_story_the_workspace_lacks_is_an_error(newsroom):
    hold = newsroom.parent / "hold.xml"
    hold.write_text(kill_notice(2, "2026-11-23T10:00:00Z").replace("stat:canceled", "stat:withheld"), encoding="utf-8")
    result = run(newsroom, "extract", "-l", "de", str(hold))
    assert result.exit_code == 1
    assert "has no headline, and this workspace does not have that story" in result.output
    assert "extract the story first" in result.output
