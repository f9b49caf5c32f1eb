"""NewsML-G2 ingest: real example files, writer round trips, hostile and random input."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest
from click.testing import CliRunner
from conftest import msgfmt_check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from schema import assert_valid, examples, schema_dir
from test_newsml import CET, SAMPLES, SOURCE_GUID, canceled_v3, original_en, translation_de

from syndicate.cli import main
from syndicate.extract import read_source
from syndicate.ids import is_article_id
from syndicate.model import Article, BodyBlock, Byline, InputError, LocalisedArticle, Note, RelatedLink, Subject
from syndicate.newsml import feed_bytes, item_bytes
from syndicate.newsml_reader import read_newsml
from syndicate.units import article_units

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
NITF = "http://iptc.org/std/NITF/2006-10-18/"


def read_one(data: bytes) -> Article:
    (article,) = read_newsml(Path("item.xml"), data)
    return article


def item_xml(content_meta: str = "<headline>Head</headline>", content_set: str = "", **root: str) -> bytes:
    """A small newsItem, written out as text so tests can hand it any markup, broken or not."""
    attributes = {"guid": "urn:newsml:example.com:20240502:story", "standard": "NewsML-G2", "xml:lang": "en"}
    attributes.update(root)
    rendered = " ".join(f'{name}="{value}"' for name, value in attributes.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="{NAR}" {rendered}>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="example.com"/>
    <versionCreated>2024-05-02T10:00:00Z</versionCreated>
  </itemMeta>
  <contentMeta>{content_meta}</contentMeta>
  <contentSet>{content_set}</contentSet>
</newsItem>
""".encode()


# ---- the shared example files -----------------------------------------------------------------

READABLE_EXAMPLES = sorted(
    path for path in [*(schema_dir() / "examples").glob("*.xml"), *(schema_dir() / "examples/local").glob("*.xml")]
    if path.name != "iptc_CR00127_newsMessage.xml"
)


@pytest.mark.parametrize("path", READABLE_EXAMPLES, ids=lambda path: path.name)
def test_every_example_with_a_text_item_is_read(path: Path) -> None:
    articles = read_newsml(path)
    assert articles
    for article in articles:
        assert is_article_id(article.id)
        assert article.source_path == str(path)
        assert article.meta.guid
        if article.meta.pub_status != "canceled":
            assert article.blocks[0].kind == "headline"


def test_example_whose_item_has_neither_headline_nor_text_is_refused() -> None:
    # IPTC's CR00127 tests the message header; its one item is an empty NITF placeholder.
    with pytest.raises(InputError, match="no headline") as caught:
        read_newsml(examples() / "iptc_CR00127_newsMessage.xml")
    assert caught.value.line == 46


def test_local_original_is_read_in_full() -> None:
    (article,) = read_newsml(examples("local") / "local_original_en.xml")
    assert article.id == "rotterdam-brussels"
    assert (article.source_lang, article.date, article.section) == ("en", dt.date(2024, 5, 2), "")  # no keyword sent
    assert [(block.kind, block.text, block.line) for block in article.blocks] == [
        ("headline", "Example headline in English", 28),
        ("lede", "One-sentence lede in English.", 31),
        ("paragraph", "Rotterdam/Brussels – First paragraph.", 39),  # the <h1> repeating the headline is dropped
        ("byline", "By mk", 30),
    ]
    assert (article.author, article.bylines, article.dateline) == ("mk", ("By mk",), ("Rotterdam", "Brussels"))
    meta = article.meta
    assert meta.guid == "urn:newsml:example.com:20240502:rotterdam-brussels"
    assert (meta.version, meta.pub_status, meta.urgency, meta.provider) == (1, "usable", 4, "example.com")
    assert meta.first_created == dt.datetime(2024, 5, 2, 9, 30, tzinfo=CET)
    assert meta.version_created == dt.datetime(2024, 5, 2, 10, 0, tzinfo=CET)
    assert [(s.qcode, s.name) for s in meta.subjects] == [("medtop:11000000", "politics")]
    [rights] = meta.rights
    assert rights.holder == "Example Media GmbH"
    assert [(statement.text, statement.usage_terms) for statement in rights.statements][-1] == ("For use by licensed partners only.", True)
    assert (meta.creators, meta.slugline) == ((Subject("", "mk", literal="mk", name_lang="en"),), "Netherlands-Ports-Strike")


def test_inline_markup_is_flattened_to_text() -> None:
    (article,) = read_newsml(examples("local") / "local_translation_de.xml")
    assert article.id == "rotterdam-brussels"  # the language suffix of the guid is not the story
    assert [block.text for block in article.blocks] == [
        "Beispielüberschrift mit Maria Costa",
        "Ein Satz als Vorspann.",
        "Rotterdam/Brüssel – Maria Costa sagte: „Zitat.“",
        "Von mk",
    ]
    assert article.meta.subjects[0].name == "Politik"


def test_arabic_item_without_description_takes_the_first_paragraph_as_lede() -> None:
    (article,) = read_newsml(examples("local") / "local_translation_ar_rtl.xml")
    assert article.source_lang == "ar"
    assert [block.kind for block in article.blocks] == ["headline", "lede"]
    assert article.blocks[1].text == "ميونيخ/موسكو – فقرة أولى مع Rotterdam."
    assert article.dateline == ("ميونيخ", "موسكو")


def test_withdrawal_without_any_content_is_read() -> None:
    (article,) = read_newsml(examples("local") / "local_kill_de_v3.xml")
    assert (article.meta.pub_status, article.meta.version, article.blocks) == ("canceled", 3, ())


def test_news_message_gives_one_article_per_item_in_order() -> None:
    articles = read_newsml(examples("local") / "local_newsMessage_de.xml")
    assert [(a.id, a.meta.version, a.blocks[0].text) for a in articles] == [
        ("rotterdam-brussels", 1, "Beispielüberschrift"),
        ("other-story", 4, "Zweite Meldung"),
    ]


def test_iptc_item_without_headline_takes_the_xhtml_title() -> None:
    (article,) = read_newsml(examples() / "iptc_CR00201_text_newsItem_xhtml.xml")
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Text"),
        ("lede", "Line one of two."),
        ("paragraph", "Line two of two."),
    ]
    assert (article.id, article.source_lang, article.section) == ("simplest-test", "en-GB", "")


def test_iptc_listing_metadata() -> None:
    (article,) = read_newsml(examples() / "iptc_LISTING_1_A_NewsML-G2_News_Item.xml")
    assert article.id == "us-finance-fed"
    assert [(block.kind, block.text) for block in article.blocks] == [("headline", 'Fed to halt QE to avert "bubble"')]
    assert article.date == dt.date(2016, 10, 18)  # contentCreated, as written (UTC-5)
    assert article.section == ""  # the item has a subject, but no keyword
    # Named in no language of their own: in the item's, British English.
    berlin = Subject("geo:345678", "Berlin", type="cptype:city", name_lang="en-GB", broader=(
        Subject("prov:2365", "Berlin", type="cptype:statprov", name_lang="en-GB"),
        Subject("iso3166-1a2:DE", "Germany", type="cptype:country", name_lang="en-GB")))
    assert (article.author, article.dateline, article.meta.located) == ("Meredith Jameson", (), (berlin,))
    assert [genre.qcode for genre in article.meta.genres] == ["genre:interview"]
    assert article.meta.provider == "nprov:REUTERS"
    assert article.meta.subjects[1] == Subject(  # named in en-GB first, not in German
        "medtop:20000523", "labour market", other_names=(("de", "Arbeitsmarkt"),), type="cpnat:abstract", name_lang="en-GB",
        broader=(Subject("medtop:04000000"),))
    assert article.meta.services == (Subject("svc:uknews", "UK News Service", name_lang="en-GB"),)
    assert article.meta.links == (RelatedLink("irel:seeAlso", href="http://www.example.com/video/20081222-PNN-1517-407624/index.html"),)


# ---- round trip: writer → reader --------------------------------------------------------------


def expected_blocks(article: LocalisedArticle) -> list[tuple[str, str]]:
    kinds = {"p": "paragraph", "h2": "subheading", "pre": "preformatted"}
    blocks = [("headline", article.headline)]
    if article.description:
        blocks.append(("lede", article.description))
    blocks += [(kinds[block.kind], block.text) for block in article.body]
    return blocks + [("byline", byline.text) for byline in article.bylines]


@pytest.mark.parametrize("sample", [name for name in SAMPLES if name != "canceled_v3"])
def test_round_trip_keeps_text_and_metadata(sample: str) -> None:
    written = SAMPLES[sample]()
    article = read_one(item_bytes(written))
    assert [(block.kind, block.text) for block in article.blocks] == expected_blocks(written)
    assert (article.id, article.source_lang, article.section) == ("rotterdam-brussels", written.lang, written.section)
    assert article.date == written.meta.first_created.date()
    assert (article.author, article.bylines) == (written.author, tuple(byline.text for byline in written.bylines))
    assert article.dateline == tuple(written.dateline.split("/"))
    source, meta = written.meta, article.meta
    assert (meta.guid, meta.version, meta.pub_status) == (written.guid, written.version, "usable")
    assert (meta.first_created, meta.version_created) == (written.first_created, written.version_created)
    # A translation's rights, genre, subjects and services are in its original's language, which the item says on them.
    in_original = written.original.lang if written.original else None
    # Every name read has a language: its own, else the one its item says of it, else the item's.
    named_in = in_original or written.lang
    named = [replace(concept, name_lang=concept.name_lang or named_in) if concept.name else concept
             for concept in (*source.genres, *source.subjects, *source.services)]
    assert (meta.urgency, [*meta.genres, *meta.subjects, *meta.services]) == (source.urgency, named)
    assert meta.keywords == (written.section, *source.keywords)
    assert meta.rights == tuple(replace(rights, holder_lang=rights.holder_lang or (named_in if rights.holder else None),
                                        statements=tuple(replace(statement, lang=statement.lang or in_original)
                                                         for statement in rights.statements)) for rights in source.rights)
    # A creator named in no language of its own is written in the item's.
    assert meta.creators == tuple(replace(creator, name_lang=creator.name_lang or written.lang) for creator in source.creators)
    assert (meta.slugline, meta.provider) == (source.slugline, written.provider)
    # A title in no language of its own is read in the item's.
    assert meta.links == tuple(replace(link, lang=link.lang or written.lang) if link.title else link for link in source.links)


def test_round_trip_keeps_the_links() -> None:
    text = "See the report and write to us."
    linked = BodyBlock("p", text, links=((4, 14, "https://port.example/r?a=1&b=2"), (19, 24, "mailto:desk@port.example")))
    article = read_one(item_bytes(replace(original_en(), body=(BodyBlock("p", "Lede."), linked))))
    assert [(block.text, block.links) for block in article.blocks if block.links] == [(text, linked.links)]


def test_round_trip_keeps_preformatted_text_as_written() -> None:
    table = "  Ajax    2\n  PSV     1\n\n\tFeyenoord <0>  & more  "
    written = replace(translation_de(), body=(BodyBlock("p", "Lede."), BodyBlock("pre", table, "en"), BodyBlock("p", "After.")))
    data = item_bytes(written)
    assert_valid(data)
    article = read_one(data)
    assert [(block.kind, block.text) for block in article.blocks] == expected_blocks(written)


def test_round_trip_of_a_withdrawal() -> None:
    article = read_one(item_bytes(canceled_v3()))
    assert article.meta.pub_status == "canceled"
    assert [block.kind for block in article.blocks] == ["headline", "byline"]


def test_round_trip_keeps_hostile_text_as_text() -> None:
    text = "<script>alert(1)</script> & ]]> “quoted” \u00a0non-breaking"
    written = replace(translation_de(), headline=text, description=text, body=(BodyBlock("h2", text),), bylines=(Byline(text),))
    assert [block.text for block in read_one(item_bytes(written)).blocks] == [text] * 4


def test_round_trip_through_a_feed() -> None:
    sent = dt.datetime(2024, 5, 2, 13, 0, tzinfo=CET)
    data = feed_bytes("de", [item_bytes(translation_de()), item_bytes(original_en())], sent)
    articles = read_newsml(Path("feed.xml"), data)
    assert [a.meta.guid for a in articles] == [f"{SOURCE_GUID}:de", SOURCE_GUID]


# ---- other body forms and metadata details ---------------------------------------------------


def test_nitf_body() -> None:
    nitf = """<inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
        <body.head><hedline><hl1>NITF headline</hl1></hedline></body.head>
        <body.content><p>First <em>para</em>.</p><hl2>Sub</hl2><p>Second.</p></body.content>
      </body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="", content_set=nitf))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "NITF headline"),
        ("lede", "First para."),
        ("subheading", "Sub"),
        ("paragraph", "Second."),
    ]


def test_nitf_decks_abstract_captions_and_tagline_are_read() -> None:
    nitf = """<inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
        <body.head><hedline><hl1>Senate passes budget</hl1><hl2>Vote was 51-49</hl2></hedline>
          <byline>By <person>John Smith</person></byline>
          <abstract><p>More than 2,000 pages were read aloud.</p></abstract></body.head>
        <body.content><p>The Senate voted on Friday.</p>
          <media media-type="image"><media-reference source="p.jpg"/><media-caption>Senators leave the chamber.</media-caption>
            <media-producer>Photo: Jane Roe</media-producer></media>
          <p>The House votes next.</p></body.content>
        <body.end><tagline>Associated Press writer Jane Doe contributed.</tagline></body.end>
      </body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="", content_set=nitf))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Senate passes budget"),
        ("lede", "More than 2,000 pages were read aloud."),
        ("subheading", "Vote was 51-49"),
        ("paragraph", "The Senate voted on Friday."),
        ("paragraph", "Senators leave the chamber."),
        ("paragraph", "The House votes next."),
        ("paragraph", "Associated Press writer Jane Doe contributed."),
        ("byline", "By John Smith"),
    ]


def test_the_main_headline_is_the_headline_and_a_subheadline_a_deck() -> None:
    content_meta = """<headline role="hld:sub">Vote was 51-49</headline>
      <headline role="hld:short">Budget passes</headline>
      <headline role="hld:main">Senate passes budget</headline>
      <description role="drol:summary">More than 2,000 pages were read aloud.</description>"""
    content_set = '<inlineData contenttype="text/plain">The Senate voted on Friday.</inlineData>'
    article = read_one(item_xml(content_meta=content_meta, content_set=content_set))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Senate passes budget"),
        ("lede", "More than 2,000 pages were read aloud."),
        ("subheading", "Vote was 51-49"),
        ("paragraph", "The Senate voted on Friday."),
    ]


def test_plain_text_body_splits_on_blank_lines() -> None:
    text = '<inlineData contenttype="text/plain">Lede line one\nline two.\n\n  \nSecond paragraph.\n</inlineData>'
    data = item_xml(content_set=text)
    article = read_one(data)
    start = data.decode().splitlines().index("  <contentSet>" + text.splitlines()[0]) + 1
    assert [(block.kind, block.text, block.line) for block in article.blocks[1:]] == [
        ("lede", "Lede line one line two.", start),
        ("paragraph", "Second paragraph.", start + 4),
    ]


def test_xhtml_without_namespace_nested_blocks_and_duplicate_lede() -> None:
    # Some senders forget xmlns on <html>, which puts it in the NewsML-G2 namespace.
    body = """<inlineXML><html><body><div>
        <p>The lede.</p><section><h3>Sub <b>bold</b></h3><p>Body <a href="x">link</a>  text.</p></section>
        <p>  </p></div></body></html></inlineXML>"""
    article = read_one(item_xml('<headline>Head</headline><description role="drol:summary">The lede.</description>', body))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Head"),
        ("lede", "The lede."),
        ("subheading", "Sub bold"),
        ("paragraph", "Body link text."),
    ]


def test_scripts_styles_and_comments_in_the_body_are_not_text() -> None:
    body = """<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>First <b>bold</b> paragraph.<script>alert(1)</script> <!-- note --> Then more.</p>
        <p><style>p { color: red }</style>Second.</p></body></html></inlineXML>"""
    article = read_one(item_xml("<headline>Head</headline>", body))
    assert [block.text for block in article.blocks[1:]] == ["First bold paragraph. Then more.", "Second."]


def test_raised_and_lowered_figures_keep_their_value_and_a_ruby_reading_is_not_run_on() -> None:
    body = """<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>The water reached 10<sup>6</sup> litres per second over 3 km<sup>2</sup>, with CO<sub>2</sub>
           at 10<sup>-3</sup>.</p>
        <p>She came 1<sup>st</sup> in <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>字 writing.</p></body></html></inlineXML>"""
    article = read_one(item_xml("<headline>Head</headline>", body))
    assert [block.text for block in article.blocks[1:]] == [
        "The water reached 10⁶ litres per second over 3 km², with CO₂ at 10⁻³.",
        "She came 1st in 漢字 writing.",
    ]


def test_lists_are_kept_as_paragraphs_and_a_table_as_its_cells() -> None:
    body = """<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Key points:</p><ul><li>Talks resume <b>Monday</b>.</li><li><p>Ports stay shut.</p></li></ul>
        <table><caption>Results</caption><tr><th>Team</th><th>Points</th></tr>
        <tr><td>Rotterdam</td><td>12</td></tr><tr><td></td><td></td></tr></table></body></html></inlineXML>"""
    article = read_one(item_xml("<headline>Head</headline>", body))
    assert [(block.marker, block.text) for block in article.blocks[1:]] == [
        ("", "Key points:"), ("•", "Talks resume Monday."), ("•", "Ports stay shut."),
        ("", "Results"), ("", "Team"), ("", "Points"), ("", "Rotterdam"), ("", "12"), ("", ""), ("", ""),
    ]
    assert [block.kind for block in article.blocks[4:]] == ["cell"] * 7


def test_what_the_source_marks_not_to_translate_is_kept_where_it_is_marked() -> None:
    its = 'xmlns:its="http://www.w3.org/2005/11/its"'
    body = f"""<inlineXML><html xmlns="http://www.w3.org/1999/xhtml" {its}><body>
        <p>She said <span translate="no">Yes</span>. Yes, and <em its:translate="no">Hafen
           <b>für</b>   alle</em> again.</p>
        <p translate="no">Wir bleiben. <span translate="yes">Streik</span></p>
        <div translate="no"><p>Erste Zeile.</p><p translate="yes">Second line.</p></div>
        <table><tr><td>Yes</td><td translate="no">Ja</td></tr></table></body></html></inlineXML>"""
    article = read_one(item_xml(f'<headline {its}>Talks at <span its:translate="no">Hafen</span> resume</headline>', body))
    kept = [(block.text, [block.text[start:end] for start, end in block.kept], block.translatable) for block in article.blocks]
    assert kept == [
        ("Talks at Hafen resume", ["Hafen"], True),
        ("She said Yes. Yes, and Hafen für alle again.", ["Yes", "Hafen für alle"], True),
        ("Wir bleiben. Streik", [], False),  # a block marked whole stays whole
        ("Erste Zeile.", [], False),
        ("Second line.", [], True),
        ("Yes", [], True),
        ("Ja", ["Ja"], False),  # a cell marked whole
    ]
    assert article.blocks[1].kept[0] == (9, 12), "the marked Yes, not the one after it"


def linked(block) -> list[tuple[str, str]]:
    return [(block.text[start:end], address) for start, end, address in block.links]


def test_the_words_a_paragraph_heading_or_list_item_links_keep_their_address() -> None:
    body = xhtml("""
        <p>The port published <a href="https://port.example/report?year=2026&amp;lang=en"> its <em>annual</em>
           report</a> and <a href="https://port.example/reply">a reply</a>.</p>
        <h2><a href="HTTPS://port.example/talks">Talks</a> resume</h2>
        <ul><li>Write to the <a href="mailto:press@port.example">press office</a>.</li></ul>""")
    article = read_one(item_xml("<headline>Head</headline><description>A summary.</description>", body))
    assert [linked(block) for block in article.blocks] == [
        [], [],
        [("its annual report", "https://port.example/report?year=2026&lang=en"), ("a reply", "https://port.example/reply")],
        [("Talks", "HTTPS://port.example/talks")],
        [("press office", "mailto:press@port.example")],
    ]
    assert article.blocks[2].text == "The port published its annual report and a reply."


def test_a_link_to_no_web_or_mail_address_is_read_as_its_words() -> None:
    body = xhtml("""<p><a href="javascript:alert(1)">Click</a> or <a href="/relative/page">read</a> or
        <a href=" JavaScript:alert(2)">see</a> <a>this</a> <a href="mailto:nobody">now</a>
        <a href="javascript:void(0)"><a href="https://port.example/">inside</a></a>.</p>""")
    (paragraph,) = read_one(item_xml("<headline>Head</headline><description>A summary.</description>", body)).blocks[2:]
    assert (paragraph.text, paragraph.links) == ("Click or read or see this now inside.", ())


def test_a_link_around_no_words_is_none() -> None:
    """A no-break space is text, but no words a reader could follow, nor a translator keep linked."""
    body = xhtml('<p>Costa<a href="https://port.example/">&#160;</a>said <a href="https://port.example/talks">so</a>.</p>')
    (paragraph,) = read_one(item_xml("<headline>Head</headline><description>A summary.</description>", body)).blocks[2:]
    assert (paragraph.text, linked(paragraph)) == ("Costa\u00a0said so.", [("so", "https://port.example/talks")])


def test_a_link_is_around_its_words_not_the_no_break_spaces_at_its_edges() -> None:
    """A sentence ends before the no-break space a link closes with: the link, around the
    words, is the sentence's and reaches the feed."""
    body = xhtml('<p><a href="https://port.example/costa">Maria Costa&#160;</a></p><p>Talks go on.</p>')
    lede = read_one(item_xml("<headline>Head</headline>", body)).blocks[1]
    assert (lede.text, linked(lede)) == ("Maria Costa\u00a0", [("Maria Costa", "https://port.example/costa")])
    [unit] = [unit for unit in article_units(read_one(item_xml("<headline>Head</headline>", body))) if unit.block == 1]
    assert unit.msgid == "<a1>{Maria_Costa}</a1>" and unit.links == ("https://port.example/costa",)

def test_a_nitf_paragraph_and_table_cell_keep_their_links_and_headlines_and_summaries_are_text() -> None:
    nitf = """<inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
        <body.head><hedline><hl1>The <a href="https://port.example/">port</a></hl1></hedline></body.head>
        <body.content><p>See <a href="https://port.example/map">the map</a>.</p>
          <table><tr><td><a href="https://port.example/1">One</a></td></tr></table></body.content>
      </body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="", content_set=nitf))
    assert [(block.kind, block.text, linked(block)) for block in article.blocks] == [
        ("headline", "The port", []),
        ("lede", "See the map.", [("the map", "https://port.example/map")]),  # the body's first paragraph: its links stay
        ("cell", "One", [("One", "https://port.example/1")]),
    ]
    assert article.lede_in_body
    title = read_one(item_xml("", xhtml('<h1><a href="https://port.example/">Port</a> news</h1><p>Text.</p>'))).blocks[0]
    assert (title.kind, title.text, title.links) == ("headline", "Port news", ())


def test_a_nitf_deck_and_tagline_keep_their_links_as_the_text_does() -> None:
    nitf = """<inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
        <body.head><hedline><hl1>Port news</hl1><hl2>Talks <a href="https://port.example/talks">resume</a></hl2></hedline></body.head>
        <body.content><p>See <a href="https://port.example/map">the map</a>.</p></body.content>
        <body.end><tagline>Follow the strike on <a href="https://port.example/hub">our live page</a>.</tagline></body.end>
      </body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="", content_set=nitf))
    assert [(block.kind, block.text, linked(block)) for block in article.blocks[1:]] == [
        ("subheading", "Talks resume", [("resume", "https://port.example/talks")]),
        ("paragraph", "See the map.", [("the map", "https://port.example/map")]),
        ("paragraph", "Follow the strike on our live page.", [("our live page", "https://port.example/hub")]),
    ]


def test_embargo_signals_and_notes_to_editors_are_kept() -> None:
    item = item_xml().replace(b"</itemMeta>", b"""<embargoed>2024-05-03T06:00:00+02:00</embargoed>
        <edNote>Embargoed: do not publish before 06:00 CEST.</edNote><edNote> </edNote>
        <edNote xml:lang="fr">Merci de citer l'AFP.</edNote><edNote xml:lang="no such tag">Credit us.</edNote>
        <signal uri="http://cv.iptc.org/newscodes/signal/correction"/><signal qcode="sig:correction"/>
        <signal qcode="ansasig:flash"/></itemMeta>""")
    meta = read_one(item).meta
    assert meta.embargoed == dt.datetime(2024, 5, 3, 4, tzinfo=dt.timezone.utc)
    assert meta.editor_notes == (
        Note("Embargoed: do not publish before 06:00 CEST."), Note("Merci de citer l'AFP.", "fr"), Note("Credit us."),
    )
    assert meta.signals == ("sig:correction",)


def test_a_line_break_keeps_its_line_and_the_first_paragraph_stays_in_the_body() -> None:
    body = '<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Line one of two.</p><p>Results:<br/>Ajax 2<br/>PSV 1</p></body></html></inlineXML>'
    article = read_one(item_xml("<headline>Head</headline>", body))
    assert [block.text for block in article.blocks] == ["Head", "Line one of two.", "Results:\nAjax 2\nPSV 1"]
    assert article.lede_in_body, "no summary: the first paragraph is the lede and stays body text"
    summarised = read_one(item_xml("<headline>Head</headline><description>A summary.</description>", body))
    assert not summarised.lede_in_body and summarised.blocks[1].text == "A summary."
    repeated = read_one(item_xml("<headline>Head</headline><description>Line one of two.</description>", body))
    assert repeated.lede_in_body and len(repeated.blocks) == 3


def test_preformatted_text_keeps_its_lines_and_spaces_but_for_blank_lines_around_it() -> None:
    body = """<p>Results:</p><pre>
   Ajax  <b>2</b>   PSV 1\t(HT 1-0)
<a href="https://results.example/">Twente</a>  0<br/>AZ    10<sup>2</sup>

  * after extra time  <script>x()</script>
      </pre><p>After.</p><pre> </pre><table><tr><td>Cell <pre>
a    b
</pre></td></tr></table>"""
    data = item_xml("<headline>Head</headline>", xhtml(body))
    article = read_one(data)
    assert [(block.kind, block.text, block.links) for block in article.blocks[1:]] == [
        ("lede", "Results:", ()),
        ("preformatted", "   Ajax  2   PSV 1\t(HT 1-0)\nTwente  0\nAZ    10²\n\n  * after extra time  ", ()),
        ("paragraph", "After.", ()),
        ("cell", "Cell\na b", ()),  # a <pre> in a table cell is a line of it, as the cell's other blocks are
    ]
    assert article.blocks[2].line == data.decode().splitlines().index("   Ajax  <b>2</b>   PSV 1\t(HT 1-0)") + 1


def test_a_nitf_preformatted_block_is_read_as_written() -> None:
    nitf = f"""<inlineXML contenttype="application/nitf+xml"><nitf xmlns="{NITF}"><body>
        <body.head><hedline><hl1>Election results</hl1></hedline></body.head>
        <body.content><p>Final count:</p><pre>Party    Seats
CDU         12
SPD          9</pre><p>Turnout was 61 percent.</p></body.content></body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="", content_set=nitf))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Election results"),
        ("lede", "Final count:"),
        ("preformatted", "Party    Seats\nCDU         12\nSPD          9"),
        ("paragraph", "Turnout was 61 percent."),
    ]


def xhtml(body: str) -> str:
    """An inlineXML holding an XHTML page whose <body> holds `body`."""
    return f'<inlineXML><html xmlns="{XHTML}"><body>{body}</body></html></inlineXML>'


def body_blocks(body: str, headline: str = "Head") -> list[tuple[str, str]]:
    """(kind, text) of each block after the headline of an item with that XHTML body."""
    article = read_one(item_xml(f"<headline>{headline}</headline>", xhtml(body)))
    return [(block.kind, block.text) for block in article.blocks[1:]]


def test_text_loose_in_a_division_section_quotation_or_the_body_is_read() -> None:
    data = item_xml("<headline>Head</headline>", xhtml("""
        <p>The council approved the budget.</p>
        <div>The vote was <b>31</b> to 20.</div>
        <blockquote>"A good day," the mayor said.</blockquote>
        <section>Text in a section.<p>A paragraph in it.</p>Its last words.</section>
        Loose text in the body.
        <p>Final paragraph.</p>"""))
    article = read_one(data)
    assert [(block.kind, block.text) for block in article.blocks[1:]] == [
        ("lede", "The council approved the budget."),
        ("paragraph", "The vote was 31 to 20."),
        ("paragraph", '"A good day," the mayor said.'),
        ("paragraph", "Text in a section."),
        ("paragraph", "A paragraph in it."),
        ("paragraph", "Its last words."),
        ("paragraph", "Loose text in the body."),
        ("paragraph", "Final paragraph."),
    ]
    lines = [line.strip() for line in data.decode().splitlines()]
    assert article.blocks[-2].line == lines.index("Loose text in the body.") + 1


def test_a_block_inside_a_block_is_a_paragraph_of_its_own() -> None:
    assert [text for _, text in body_blocks("""<p>Intro.</p>
        <ul><li>Item one<ul><li>Sub item A.</li><li>Sub item B.</li></ul></li>
        <li><p>Schools get more money.</p><p>Teachers get a raise.</p></li></ul>
        <p>Results:<span><div>Ajax 2</div><div>PSV 1</div></span></p>""")] == [
        "Intro.", "Item one", "Sub item A.", "Sub item B.", "Schools get more money.", "Teachers get a raise.",
        "Results:", "Ajax 2", "PSV 1",
    ]


def markers(body: str) -> list[tuple[str, str]]:
    """(marker, text) of each block of an item with that XHTML body, after its headline and summary."""
    article = read_one(item_xml("<headline>Head</headline><description>Summary.</description>", xhtml(body)))
    return [(block.marker, block.text) for block in article.blocks[2:]]


def test_a_list_inside_a_list_is_not_indented_and_its_items_take_the_bullets_a_browser_gives_them() -> None:
    assert markers("""<ul><li>Item one<ul><li>Sub item A.<ol><li>Deeper.</li></ol><ul><li>Deepest.</li></ul></li>
          <li>Sub item B.</li></ul>And more of item one.</li>
        <li><p>Schools get more money.</p><p>Teachers get a raise.</p></li>
        <li><ol type="a"><li>Opens the item.</li><li>Then this.</li></ol></li></ul>
        <li>An item outside any list.</li><menu><li>An item of a menu.</li></menu>""") == [
        ("•", "Item one"), ("◦", "Sub item A."), ("1.", "Deeper."), ("▪", "Deepest."), ("◦", "Sub item B."),
        ("", "And more of item one."),
        # An item's paragraphs after its first continue the item: they take no marker of their own.
        ("•", "Schools get more money."), ("", "Teachers get a raise."),
        # A list opening an item: both markers on the item's first line, as a browser sets them.
        ("• a)", "Opens the item."), ("b)", "Then this."),
        ("•", "An item outside any list."), ("•", "An item of a menu."),
    ]


def test_a_list_item_is_no_summary_again_and_a_title_opening_one_has_no_marker() -> None:
    body = xhtml("<ul><li>Talks resume.</li><li>Ports stay shut.</li></ul>")
    article = read_one(item_xml("<headline>Head</headline><description>Talks resume.</description>", body))
    # The agency's summary has no marker: the list item saying the same stays the list's.
    assert [(block.kind, block.marker, block.text) for block in article.blocks] == [
        ("headline", "", "Head"), ("lede", "", "Talks resume."), ("paragraph", "•", "Talks resume."), ("paragraph", "•", "Ports stay shut."),
    ]
    assert not article.lede_in_body
    untitled = read_one(item_xml("", xhtml("<ol><li><h1>Council approves budget</h1></li><li>The vote was 31 to 20.</li></ol>")))
    assert [(block.kind, block.marker, block.text) for block in untitled.blocks] == [
        ("headline", "", "Council approves budget"), ("lede", "2.", "The vote was 31 to 20."),
    ]


@pytest.mark.parametrize(
    ("attributes", "items", "numbered"),
    [
        ("", "<li>A</li><li>B</li>", ["1.", "2."]),
        ('start="3"', "<li>A</li><li>B</li>", ["3.", "4."]),
        ('start=" +7 items"', "<li>A</li>", ["7."]),  # read as a browser reads it
        ('start="many"', "<li>A</li><li>B</li>", ["1.", "2."]),
        ('start="99999999999"', "<li>A</li>", ["1."]),
        ('start="-1"', "<li>A</li><li>B</li><li>C</li>", ["-1.", "0.", "1."]),
        ('reversed=""', "<li>A</li><li>B</li><li>C</li>", ["3.", "2.", "1."]),
        ('reversed="reversed" start="10"', "<li>A</li><li>B</li>", ["10.", "9."]),
        ("", '<li>A</li><li value="10">B</li><li>C</li><li value="x">D</li>', ["1.", "10.", "11.", "12."]),
        ('reversed="reversed"', '<li>A</li><li value="7">B</li><li>C</li>', ["3.", "7.", "6."]),
        # An empty item is counted, as a browser shows its number.
        ("", "<li>A</li><li> </li><li>C</li>", ["1.", "3."]),
        ('type="a"', "<li>A</li><li>B</li>", ["a)", "b)"]),
        ('type="A" start="26"', "<li>A</li><li>B</li><li>C</li>", ["Z)", "AA)", "AB)"]),
        ('type="a" start="0"', "<li>A</li><li>B</li>", ["0.", "a)"]),  # no letter counts to 0
        ('type="i" start="3"', "<li>A</li><li>B</li>", ["iii.", "iv."]),
        ('type="I" start="3998"', "<li>A</li><li>B</li><li>C</li>", ["MMMCMXCVIII.", "MMMCMXCIX.", "4000."]),
        ('type="x"', "<li>A</li>", ["1."]),
    ],
)
def test_an_ordered_list_numbers_its_items_as_a_browser_does(attributes: str, items: str, numbered: list[str]) -> None:
    assert [marker for marker, _ in markers(f"<p>Steps:</p><ol {attributes}>{items}</ol>")] == ["", *numbered]


def test_a_nitf_list_keeps_its_markers_and_terms_and_definitions_have_none() -> None:
    nitf = f"""<inlineXML contenttype="application/nitf+xml"><nitf xmlns="{NITF}"><body>
        <body.head><hedline><hl1>Budget passes</hl1></hedline></body.head>
        <body.content><p>What changes:</p><ul><li>Schools get <em>more</em>.</li><li><p>Taxes stay.</p></li></ul>
          <ol><li>The House votes.</li><li>The president signs.</li></ol>
          <dl><dt>Deficit</dt><dd>What the state spends beyond its income.</dd></dl></body.content>
      </body></nitf></inlineXML>"""
    article = read_one(item_xml(content_meta="<description>Summary.</description>", content_set=nitf))
    assert [(block.marker, block.text) for block in article.blocks[2:]] == [
        ("", "What changes:"), ("•", "Schools get more."), ("•", "Taxes stay."),
        ("1.", "The House votes."), ("2.", "The president signs."),
        ("", "Deficit"), ("", "What the state spends beyond its income."),
    ]


def test_blocks_inside_a_table_cell_are_set_apart_by_a_line_break() -> None:
    table = "<table><tr><th>City</th><th>Seats</th></tr><tr><td><p>Berlin</p><p>Hamburg</p></td><td>12</td></tr></table>"
    assert [text for _, text in body_blocks("<p>Intro.</p>" + table)] == ["Intro.", "City", "Seats", "Berlin\nHamburg", "12"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "She said “the numbers ‘do not’ add up”."), ("de", "She said „the numbers ‚do not‘ add up“.")],
    ids=["en", "de"],
)
def test_an_inline_quotation_is_set_in_the_quotation_marks_of_the_item_language(lang: str, said: str) -> None:
    body = xhtml("<p>She said <q>the numbers <q>do not</q> add up</q>.</p>")
    article = read_one(item_xml("<headline>Head</headline>", body, **{"xml:lang": lang}))
    assert article.blocks[1].text == said


def test_deleted_text_is_not_read_and_inserted_text_is() -> None:
    body = "<p>Spending on schools rises <del>5%</del> <ins>7%</ins>.</p><del><p>A withdrawn paragraph.</p></del>"
    assert body_blocks(body) == [("lede", "Spending on schools rises 7%.")]


def test_a_leading_h1_is_a_subheading_unless_it_is_the_title_again() -> None:
    body = "<h1>Budget row ends after ten hours</h1><p>The council approved the budget.</p>"
    assert body_blocks(body, headline="Council approves budget") == [
        ("subheading", "Budget row ends after ten hours"),
        ("paragraph", "The council approved the budget."),
    ]
    # Without a summary, it opens the body and is the description too: no text is left out of the body.
    assert read_one(item_xml("<headline>Council approves budget</headline>", xhtml(body))).lede_in_body
    assert body_blocks(body, headline="Budget row ends after ten hours") == [("lede", "The council approved the budget.")]
    untitled = read_one(item_xml("", xhtml(body)))
    assert [(block.kind, block.text) for block in untitled.blocks] == [
        ("headline", "Budget row ends after ten hours"),
        ("lede", "The council approved the budget."),
    ]


@pytest.mark.parametrize(
    "root", [f'body xmlns="{XHTML}"', f'div xmlns="{XHTML}"', "body"], ids=["body", "div", "body-without-xmlns"]
)
def test_an_xhtml_body_or_division_without_its_page_is_read(root: str) -> None:
    name = root.split()[0]
    content = f'<inlineXML contenttype="application/xhtml+xml"><{root}><p>First.</p><h2>Sub</h2>Loose.</{name}></inlineXML>'
    article = read_one(item_xml("<headline>Head</headline>", content))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Head"), ("lede", "First."), ("subheading", "Sub"), ("paragraph", "Loose."),
    ]


@pytest.mark.parametrize(
    ("dateline", "places"),
    [("Rotterdam/Brussels", ("Rotterdam", "Brussels")), ("ROTTERDAM, May 2 (Agency/Wire) -", ("ROTTERDAM",)),
     ("São Paulo – ", ("São Paulo",)), ("2 May", ()), ("بيروت، ٢ أيار", ("بيروت",)), ("北京，5月2日", ("北京",)),
     ("NETHERLANDS, May 2", ("NETHERLANDS",)), ("東京――", ("東京",)), ("北京——", ("北京",))],
)
def test_a_dateline_gives_the_places_it_opens_with(dateline: str, places: tuple[str, ...]) -> None:
    meta = f'<located literal="nl"><name>Netherlands</name></located><headline>H</headline><dateline>{dateline}</dateline>'
    article = read_one(item_xml(meta))
    located = (Subject("", "Netherlands", literal="nl", name_lang="en"),)
    assert (article.dateline, article.printed_dateline, article.meta.located) == (places, dateline.strip(), located)


def test_subjects_given_by_uri_keep_their_code() -> None:
    meta = """<subject uri="http://cv.iptc.org/newscodes/mediatopic/04000000"><name>economy</name></subject>
        <subject uri="https://vocab.example/topics/ports"/><genre uri="http://cv.iptc.org/newscodes/genre/Interview"/>
        <headline>H</headline>"""
    article = read_one(item_xml(meta))
    assert article.meta.subjects == (Subject("medtop:04000000", "economy", name_lang="en"), Subject("", None, "https://vocab.example/topics/ports"))
    assert article.meta.genres == (Subject("genre:Interview"),)


def test_a_name_is_in_the_language_the_nearest_element_around_it_says_else_in_the_item_s() -> None:
    meta = """<creator literal="kb"><name>Karin Brandt</name></creator><language tag="en"/>
        <subject qcode="medtop:11000000" xml:lang="fr"><name>politique</name><broader qcode="medtop:16000000"><name>conflit</name></broader></subject>
        <headline>H</headline>"""
    # The root says no language: contentMeta/language says the item's.
    article = read_one(item_xml(meta).replace(b' xml:lang="en"', b"", 1))
    assert [creator.name_lang for creator in article.meta.creators] == ["en"]
    [subject] = article.meta.subjects
    assert (subject.name_lang, [broader.name_lang for broader in subject.broader]) == ("fr", ["fr"])


def test_metadata_in_a_language_its_section_of_the_item_says_keeps_it() -> None:
    meta = '<keyword>Hafen</keyword><slugline>Hafen-Streik</slugline><creator><name>Karin Brandt</name></creator><headline>H</headline>'
    article = read_one(item_xml(meta).replace(b"<contentMeta>", b'<contentMeta xml:lang="de">'))
    assert (article.meta.keyword_langs, article.meta.slugline_lang) == ((("Hafen", "de"),), "de")
    assert [creator.name_lang for creator in article.meta.creators] == ["de"]


def test_the_title_of_the_agency_s_link_is_in_the_language_it_says_else_in_the_item_s() -> None:
    item = item_xml().replace(b"</itemMeta>", b'<link rel="irel:seeAlso" href="https://example.com/v" title="Video"/>'
                              b'<link rel="irel:seeAlso" href="https://example.com/f" title="Fakten" xml:lang="de"/>'
                              b'<link rel="irel:seeAlso" href="https://example.com/p"/></itemMeta>')
    assert [link.lang for link in read_one(item).meta.links] == ["en", "de", None]


def test_description_roles() -> None:
    meta = '<headline>H</headline><description role="drol:caption">Caption</description><description>Plain</description>'
    assert read_one(item_xml(meta)).blocks[1].text == "Plain"


def test_language_comes_from_content_meta_before_xml_lang() -> None:
    article = read_one(item_xml('<language tag="de-AT"/><headline>H</headline>', **{"xml:lang": "en"}))
    assert article.source_lang == "de-AT"


def test_guid_ending_in_language_and_version_and_odd_guids() -> None:
    assert read_one(item_xml(guid="tag:reuters.com,2024:newsml_L1N2X:3", version="3")).id == "newsml-l1n2x"
    assert read_one(item_xml(guid="urn:x:story:en")).id == "story"
    # Reuters' revision after the story's identifier, whatever the item's version.
    assert read_one(item_xml(guid="tag:reuters.com,2024:newsml_L8N3AB123:1", version="2")).id == "newsml-l8n3ab123"
    assert read_one(item_xml(guid="urn:x:stories:7")).id == "7"  # a number after a word is the story's
    assert read_one(item_xml(guid="urn:x:20240502:12")).id == "12"
    assert read_one(item_xml(guid="urn:x:Hafen-Streik_Brüssel")).id == "hafen-streik-brussel"
    assert read_one(item_xml(guid="urn:x:index")).id == "urn-x-index"  # `index` is reserved
    odd = read_one(item_xml(guid="東京")).id
    assert odd.startswith("item-") and is_article_id(odd)


def test_long_guids_that_differ_only_at_their_end_name_two_articles() -> None:
    stem = "urn:x:" + "rotterdam-port-strike-" * 5
    first, second = (read_one(item_xml(guid=stem + ending)).id for ending in ("day-1", "day-2"))
    assert first != second
    assert len(first) == len(second) == 80 and is_article_id(first) and is_article_id(second)
    assert first.startswith("rotterdam-port-strike-rotterdam")


def test_the_section_is_the_agencys_first_keyword_and_none_is_made_up() -> None:
    keyworded = '<subject qcode="medtop:1"><name>politics</name></subject><keyword>ports</keyword><headline>H</headline>'
    assert read_one(item_xml(keyworded)).section == "ports"
    assert read_one(item_xml('<subject qcode="medtop:1"><name>politics</name></subject><headline>H</headline>')).section == ""
    assert read_one(item_xml()).section == ""


def test_zoneless_and_long_fraction_times() -> None:
    meta = "<contentCreated>2024-05-02T23:30:00.1234567890</contentCreated><headline>H</headline>"
    article = read_one(item_xml(meta))
    assert article.date == dt.date(2024, 5, 2)


# ---- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not well-formed XML"),
        (b"\x00\xff\xfe garbage", "not well-formed XML"),
        (b"<newsItem", "not well-formed XML"),
        (b"<rss><channel/></rss>", "not NewsML-G2: the root element is <rss>"),
        (b'<newsItem xmlns="urn:other" guid="x"/>', "not NewsML-G2"),
        (item_xml().replace(b"ninat:text", b"ninat:picture"), "a picture"),
        (item_xml(content_meta=""), "no headline"),
        (item_xml(guid=""), "no guid"),
        (item_xml(version="zero"), "version 'zero'"),
        (item_xml(**{"xml:lang": "not a language"}), "not a locale tag"),
        (item_xml("<urgency>10</urgency><headline>H</headline>"), "urgency '10'"),
        (item_xml("<contentCreated>yesterday</contentCreated><headline>H</headline>"), "contentCreated 'yesterday'"),
        (item_xml().replace(b"<versionCreated>2024-05-02T10:00:00Z", b"<versionCreated>2024-13-45T10:00:00Z"), "versionCreated"),
        (item_xml(content_set='<remoteContent href="https://example.com/x.html" contenttype="text/html"/>'), "cannot be read"),
        (item_xml(content_set=f'<inlineXML><body xmlns="{NITF}"><p>Text.</p></body></inlineXML>'), "cannot be read"),
        (item_xml().replace(b"<versionCreated>", b'<pubStatus qcode="stat:gone"/><versionCreated>'), "pubStatus"),
    ],
)
def test_bad_input_is_an_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_newsml(Path("bad.xml"), data)


def test_every_refusal_says_what_to_do() -> None:
    for data, hint in (
        (item_xml("<headline>Caf&eacute; &nbsp;talks</headline>"), "write &#233; for &eacute;"),
        (b"<newsItem", "ask the sender for a well-formed file"),
        (item_xml(version="1.1"), "NewsML-G2 numbers versions 1, 2, 3"),
        (item_xml(**{"xml:lang": "en_GB.UTF-8"}), "expected BCP 47, e.g. de, de-AT, pt-BR, sr-Latn"),
    ):
        with pytest.raises(InputError) as caught:
            read_newsml(Path("bad.xml"), data)
        assert hint in caught.value.hint


def test_bad_date_reports_its_line() -> None:
    data = item_xml("<contentCreated>2024-02-30</contentCreated><headline>H</headline>")
    with pytest.raises(InputError) as caught:
        read_newsml(Path("bad.xml"), data)
    assert caught.value.line == 8 and caught.value.path == "bad.xml"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the file"):
        read_newsml(tmp_path / "absent.xml")


def test_reads_from_disk_when_no_data_is_given(tmp_path: Path) -> None:
    path = tmp_path / "item.xml"
    path.write_bytes(item_bytes(original_en()))
    assert read_newsml(path)[0].blocks[0].text == original_en().headline


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32"),
     ("utf-32-be", "UTF-32"), ("utf-8-sig", "UTF-8")],
)
def test_a_file_in_utf16_or_utf32_is_read_as_newsml(tmp_path: Path, encoding: str, declared: str) -> None:
    path = tmp_path / "item.xml"
    path.write_bytes(item_xml().decode().replace('encoding="UTF-8"', f'encoding="{declared}"').encode(encoding))
    (article,) = read_source(path, "en")
    assert article.meta.guid == "urn:newsml:example.com:20240502:story"


def test_wire_text_in_utf16_is_still_refused_as_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("title Port strike\n\nThe port is closed.\n".encode("utf-16"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_source(path, "en")


@pytest.fixture
def watched_file(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """The file: URL of a named pipe that records being opened; a safe parser never opens it.

    Opening a pipe for reading waits for a writer, so a watcher keeps trying to open the write
    end without blocking: that only succeeds while someone has the read end open.
    """
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    pipe = tmp_path / "secret"
    os.mkfifo(pipe)
    opened: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                descriptor = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # nobody is reading
                time.sleep(0.002)
                continue
            opened.append(str(pipe))
            try:
                os.write(descriptor, b'<!ENTITY leak "LEAKED">')
            except BrokenPipeError:
                pass  # the reader closed its end in the meantime
            finally:
                os.close(descriptor)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield pipe.as_uri(), opened
    finally:
        stop.set()
        watcher.join()


def hostile_documents(secret_url: str) -> dict[str, str]:
    body = f'<newsItem xmlns="{NAR}" guid="x" standard="NewsML-G2"><itemMeta/>'
    return {
        "passwd entity": f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>{body}&xxe;</newsItem>',
        "general entity": f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{secret_url}">]>{body}&xxe;</newsItem>',
        "parameter entity": f'<!DOCTYPE newsItem [<!ENTITY % dtd SYSTEM "{secret_url}"> %dtd;]>{body}&leak;</newsItem>',
        "external subset": f'<!DOCTYPE newsItem SYSTEM "{secret_url}">{body}&leak;</newsItem>',
        "http entity": f'<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>{body}&xxe;</newsItem>',
        "billion laughs": "<!DOCTYPE newsItem ["
        + '<!ENTITY lol0 "lol">'
        + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
        + f"]>{body}&lol9;</newsItem>",
    }


def test_the_watched_file_notices_a_careless_parser(watched_file: tuple[str, list[str]]) -> None:
    secret_url, opened = watched_file
    careless = etree.XMLParser(load_dtd=True, resolve_entities=True)
    root = etree.fromstring(hostile_documents(secret_url)["parameter entity"].encode(), careless)
    assert "LEAKED" in "".join(root.itertext())
    assert opened


@pytest.mark.parametrize("kind", list(hostile_documents("file:///x")))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])  # UTF-16 gets past the byte scan to the parser
def test_doctype_is_refused_quickly_and_nothing_is_fetched(
    watched_file: tuple[str, list[str]], kind: str, encoding: str
) -> None:
    secret_url, opened = watched_file
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>\n'
    data = (declaration + hostile_documents(secret_url)[kind]).encode(encoding)
    started = time.monotonic()
    # libxml2's own amplification limit may stop a UTF-16 bomb before the DOCTYPE check does.
    with pytest.raises(InputError, match="DOCTYPE|amplification") as caught:
        read_newsml(Path("hostile.xml"), data)
    assert time.monotonic() - started < 1
    assert "root:" not in str(caught.value) and "LEAKED" not in str(caught.value)
    assert opened == []


@pytest.mark.parametrize("content", [
    f'<inlineXML><html xmlns="{XHTML}"><body><p>{"x" * 11_000_000}</p></body></html></inlineXML>',
    f'<inlineXML><html xmlns="{XHTML}"><body>{"<div>" * 300}<p>Deep.</p>{"</div>" * 300}</body></html></inlineXML>',
], ids=["text over 10 MB", "nested 300 deep"])
def test_an_item_past_the_parser_s_safety_limits_is_said_to_be_too_large_not_malformed(content: str) -> None:
    with pytest.raises(InputError) as caught:
        read_one(item_xml("<headline>Head</headline>", content))
    assert caught.value.message.startswith("larger than it is safe to read")
    assert "XML_PARSE_HUGE" not in str(caught.value) and "split the item" in str(caught.value)


# ---- fuzzing: nothing but InputError, and no hang ----------------------------------------------

FUZZ = settings(
    max_examples=300, deadline=dt.timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow]
)
SEEDS = [path.read_bytes() for path in READABLE_EXAMPLES] + [item_bytes(translation_de())]


def read_or_refuse(data: bytes) -> None:
    try:
        articles = read_newsml(Path("fuzz.xml"), data)
    except InputError:
        return
    assert all(is_article_id(article.id) for article in articles)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_give_only_input_errors(data: bytes) -> None:
    read_or_refuse(data)


@FUZZ
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 3), st.binary(min_size=0, max_size=12)),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_items_give_only_input_errors(seed: bytes, edits: list[tuple[float, int, bytes]]) -> None:
    data = bytearray(seed)
    for where, action, chunk in edits:
        at = int(where * len(data))
        if action == 0:
            data[at : at + len(chunk)] = chunk  # overwrite
        elif action == 1:
            data[at:at] = chunk  # insert
        elif action == 2:
            del data[at : at + 1 + len(chunk)]  # delete
        else:
            data[at:at] = b"<![CDATA[" if chunk[:1] < b"\x80" else b"</p>"  # break the structure
    read_or_refuse(bytes(data))


@FUZZ
@given(st.text(max_size=80))
def test_any_text_in_any_field_gives_only_input_errors(text: str) -> None:
    escaped = escape(text, {'"': "&quot;"})
    for place in ("headline", "contentCreated", "urgency", "keyword", "dateline", "language"):
        read_or_refuse(item_xml(f"<{place}>{escaped}</{place}><headline>H</headline>"))
    for attribute in ("guid", "version", "xml:lang"):
        read_or_refuse(item_xml(**{attribute: escaped}))


def test_an_agency_item_whose_provider_is_a_qcode_is_published_with_it_and_translated(tmp_path):
    """IPTC's own example names its provider nprov:REUTERS: its item keeps the QCode and its
    version, and the translation points at that version."""
    runner = CliRunner()
    root = ["--root", str(tmp_path)]
    assert runner.invoke(main, [*root, "extract", str(examples() / "iptc_LISTING_1_A_NewsML-G2_News_Item.xml"), "-l", "de"]).exit_code == 0
    (po_path,) = [path for path in (tmp_path / "locales/de/LC_MESSAGES").glob("*.po") if path.stem != "names"]
    catalog = polib.pofile(str(po_path))
    for entry in catalog:
        entry.msgstr = "Übersetzt: " + entry.msgid
    catalog.save()
    result = runner.invoke(main, [*root, "build"])
    assert result.exit_code == 0, result.output
    assert "was missing" not in result.output  # a first publication is no repair
    source = etree.parse(str(tmp_path / "feeds/en-GB" / f"{po_path.stem}.xml")).getroot()
    assert source.get("version") == "11"
    assert source.find(f"{{{NAR}}}itemMeta/{{{NAR}}}provider").get("qcode") == "nprov:REUTERS"
    translation = etree.parse(str(tmp_path / "feeds/de" / f"{po_path.stem}.xml")).getroot()
    assert translation.find(f"{{{NAR}}}itemMeta/{{{NAR}}}link").get("version") == "11"
    # The provider's own catalog, which its QCodes (geo:345678) are resolved by, travels with them.
    for root in (source, translation):
        assert [reference.get("href") for reference in root.iterfind(f"{{{NAR}}}catalogRef")] == [
            "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml", "http://www.example.com/newsml-g2/catalog.enews_2.xml"]
    for path in (tmp_path / "feeds").rglob("*.xml"):
        assert_valid(path.read_bytes())


def published_body(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    assert_valid(root)
    return [element.text for element in root.find(f".//{{{XHTML}}}body")]


def test_an_agency_list_is_published_with_its_markers_in_every_language_and_translated_without_them(tmp_path):
    body = xhtml("""<p>The deal in brief:</p><ul><li>Talks resume <b>Monday</b>. Both sides sign.</li>
        <li><p>Ports stay shut.</p><p>Ferries run.</p></li></ul>
        <ol start="3" type="a"><li>The board votes.</li><li>The ministers sign.<ol><li>In Brussels.</li></ol></li></ol>
        <p>Talks resume Monday.</p>""")
    source = tmp_path / "story.xml"
    source.write_bytes(item_xml("<headline>Port deal signed</headline><description>The port deal was signed.</description>", body))
    runner = CliRunner()
    root = ["--root", str(tmp_path / "newsroom")]
    result = runner.invoke(main, [*root, "extract", str(source), "-l", "de"])
    assert result.exit_code == 0, result.output
    po_path = tmp_path / "newsroom/locales/de/LC_MESSAGES/story.po"
    msgfmt_check(po_path)
    catalog = polib.pofile(str(po_path))
    notes = {entry.msgid: [line for line in entry.comment.splitlines() if "list item" in line] for entry in catalog}
    assert notes == {
        "Port deal signed": [], "The port deal was signed.": [], "The deal in brief:": [],
        "Talks resume Monday.": ["Opens a list item; its marker `•` is published before the translation: leave it out"],
        "Both sides sign.": [],
        "Ports stay shut.": ["Opens a list item; its marker `•` is published before the translation: leave it out"],
        "Ferries run.": [],
        "The board votes.": ["Opens a list item; its marker `c)` is published before the translation: leave it out"],
        "The ministers sign.": ["Opens a list item; its marker `d)` is published before the translation: leave it out"],
        "In Brussels.": ["Opens a list item; its marker `1.` is published before the translation: leave it out"],
    }
    # The same sentence as a list item and as a paragraph is one message; each is published as the source sets it.
    assert [line for _, line in catalog.find("Talks resume Monday.").occurrences] == ["9", "12"]
    for entry in catalog:
        entry.msgstr = "Übersetzt: " + entry.msgid
    catalog.save()
    msgfmt_check(po_path)
    result = runner.invoke(main, [*root, "build"])
    assert result.exit_code == 0, result.output
    assert published_body(tmp_path / "newsroom/feeds/en/story.xml") == [
        "The deal in brief:", "• Talks resume Monday. Both sides sign.", "• Ports stay shut.", "Ferries run.",
        "c) The board votes.", "d) The ministers sign.", "1. In Brussels.", "Talks resume Monday.",
    ]
    assert published_body(tmp_path / "newsroom/feeds/de/story.xml") == [
        "Übersetzt: The deal in brief:", "• Übersetzt: Talks resume Monday. Übersetzt: Both sides sign.", "• Übersetzt: Ports stay shut.",
        "Übersetzt: Ferries run.", "c) Übersetzt: The board votes.", "d) Übersetzt: The ministers sign.", "1. Übersetzt: In Brussels.",
        "Übersetzt: Talks resume Monday.",
    ]


def test_a_list_opening_a_body_without_a_summary_opens_the_description_and_gives_no_dateline(tmp_path):
    body = xhtml('<ol type="I"><li>Brussels – Ministers meet again on Monday.</li><li>Rotterdam – The port reopens.</li></ol>')
    source = tmp_path / "story.xml"
    source.write_bytes(item_xml("<headline>Port deal signed</headline>", body))
    runner = CliRunner()
    root = ["--root", str(tmp_path / "newsroom")]
    assert runner.invoke(main, [*root, "extract", str(source)]).exit_code == 0
    result = runner.invoke(main, [*root, "build"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "newsroom/feeds/en/story.xml"
    assert published_body(path) == ["I. Brussels – Ministers meet again on Monday.", "II. Rotterdam – The port reopens."]
    content_meta = etree.parse(str(path)).getroot().find(f"{{{NAR}}}contentMeta")
    assert content_meta.findtext(f"{{{NAR}}}description") == "I. Brussels – Ministers meet again on Monday."
    assert content_meta.find(f"{{{NAR}}}dateline") is None and content_meta.find(f"{{{NAR}}}located") is None


def test_an_agency_items_own_schemes_travel_with_its_qcodes_and_the_relation_scheme_stays_ours():
    data = item_xml(
        '<subject qcode="agtopic:harbours"><name>Harbours</name></subject><headline>Head</headline>',
        '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Head</title></head><body><p>Text.</p></body></html></inlineXML>",
    ).replace(b"<itemMeta>", b'<catalog><scheme alias="agtopic" uri="https://agency.example/cv/topic/"/>'
                               b'<scheme alias="exrel" uri="https://agency.example/cv/rel/"/></catalog><itemMeta>', 1)
    article = read_one(data)
    assert article.meta.schemes == (("agtopic", "https://agency.example/cv/topic/"), ("exrel", "https://agency.example/cv/rel/"))
    localised = replace(translation_de(), meta=replace(translation_de().meta, schemes=article.meta.schemes,
                                                                       subjects=article.meta.subjects))
    root = etree.fromstring(item_bytes(localised))
    schemes = {scheme.get("alias"): scheme.get("uri") for scheme in root.iter(f"{{{NAR}}}scheme")}
    assert schemes["agtopic"] == "https://agency.example/cv/topic/"
    assert schemes["exrel"] != "https://agency.example/cv/rel/"  # the translationOf relation is in our scheme
    assert_valid(etree.tostring(root))


@pytest.mark.parametrize("seed", SEEDS, ids=range(len(SEEDS)))
def test_comments_and_processing_instructions_anywhere_in_an_item_change_nothing_read(seed: bytes) -> None:
    # Inside every element, metadata, body and text alike (a CMS leaves both behind).
    root = etree.fromstring(seed)
    for element in list(root.iter(etree.Element)):
        element.insert(0, etree.Comment(" kept by the CMS "))
        element.append(etree.ProcessingInstruction("cms", "note"))
    noisy = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    assert read_newsml(Path("item.xml"), noisy) == read_newsml(Path("item.xml"), etree.tostring(etree.fromstring(seed), xml_declaration=True, encoding="UTF-8"))
