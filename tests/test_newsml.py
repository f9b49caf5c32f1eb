"""The NewsML-G2 writer: every item and feed is valid 2.35 Power, deterministic and escaped."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from lxml import etree
from schema import assert_valid

from syndicate.model import BodyBlock, Byline, ItemMeta, LocalisedArticle, Note, OriginalRef, RelatedLink, Rights, RightsStatement, Subject
from syndicate.newsml import ITEM_CONTENT_TYPE, NAR_NS, XHTML_NS, XML_LANG, feed_bytes, item_bytes, item_element, is_own_note, moved_note

CET = dt.timezone(dt.timedelta(hours=1))
G2 = {"g2": NAR_NS, "h": XHTML_NS}
SOURCE_GUID = "urn:newsml:example.com:20240502:rotterdam-brussels"

SOURCE_META = ItemMeta(
    guid=SOURCE_GUID,
    first_created=dt.datetime(2024, 5, 2, 9, 30, tzinfo=CET),
    version_created=dt.datetime(2024, 5, 2, 10, 0, tzinfo=CET),
    urgency=4,
    genres=(Subject("genre:current", "Current"),),
    subjects=(Subject("medtop:11000000", "politics"), Subject("medtop:04000000", None)),
    keywords=("ports", "strike"),
    rights=(Rights("Example Media GmbH", statements=(
        RightsStatement("Copyright 2024 Example Media GmbH", usage_terms=False), RightsStatement("Licensed partners only.", usage_terms=True),
    )),),
    creators=(Subject("", "mk", literal="mk"), Subject("", "Jane Roe")),
    slugline="Netherlands-Ports-Strike",
    provider="example.com",
    located=(Subject("", "Netherlands"), Subject("", "rotterdam")),
    services=(Subject("svc:wire", "Wire service"),),
    links=(
        RelatedLink(rel="irel:seeAlso", href="https://example.com/video/rotterdam", contenttype="video/mp4", title="Video"),
        RelatedLink(reluri="https://example.com/cv/rel/factbox", residref="urn:newsml:example.com:20240502:factbox"),
    ),
)


def original_en() -> LocalisedArticle:
    return LocalisedArticle(
        article_id="rotterdam-brussels",
        guid=SOURCE_GUID,
        version=1,
        lang="en",
        direction="ltr",
        headline="Port strike spreads from Rotterdam to Brussels",
        description="Dock workers in two countries stopped work on Thursday.",
        body=(
            BodyBlock("p", "Rotterdam/Brussels – Dock workers in two countries stopped work on Thursday."),
            BodyBlock("h2", "Talks in Brussels"),
            BodyBlock("p", "Unions and port operators meet again on Friday, a spokesman said."),
        ),
        section="economy",
        date=dt.date(2024, 5, 2),
        version_created=dt.datetime(2024, 5, 2, 10, 0, tzinfo=CET),
        first_created=dt.datetime(2024, 5, 2, 9, 30, tzinfo=CET),
        provider="example.com",
        dateline="Rotterdam/Brussels",
        located=(Subject("", "Rotterdam"), Subject("", "Brussels")),
        author="mk",
        bylines=(Byline("By mk"),),
        meta=SOURCE_META,
    )


def translation_de() -> LocalisedArticle:
    return replace(
        original_en(),
        guid=f"{SOURCE_GUID}:de",
        lang="de",
        headline="Hafenstreik weitet sich von Rotterdam nach Brüssel aus",
        description="Hafenarbeiter in zwei Ländern legten am Donnerstag die Arbeit nieder.",
        body=(
            BodyBlock("p", "Rotterdam/Brüssel – Hafenarbeiter in zwei Ländern legten am Donnerstag die Arbeit nieder."),
            BodyBlock("h2", "Gespräche in Brüssel"),
            BodyBlock("p", "Gewerkschaften und Hafenbetreiber treffen sich am Freitag erneut, sagte ein Sprecher."),
        ),
        version_created=dt.datetime(2024, 5, 2, 12, 0, tzinfo=CET),
        first_created=dt.datetime(2024, 5, 2, 12, 0, tzinfo=CET),
        dateline="Rotterdam/Brüssel",
        located=(Subject("", "Rotterdam"), Subject("", "Brüssel")),
        bylines=(Byline("Von mk"),),
        original=OriginalRef(
            guid=SOURCE_GUID,
            version=1,
            lang="en",
            headline="Port strike spreads from Rotterdam to Brussels",
            href="https://example.com/feeds/en/rotterdam-brussels.xml",
        ),
    )


def arabic_rtl() -> LocalisedArticle:
    return replace(
        translation_de(),
        guid=f"{SOURCE_GUID}:ar",
        lang="ar",
        direction="rtl",
        headline="إضراب الموانئ يمتد من روتردام إلى بروكسل",
        description="توقف عمال الموانئ في بلدين عن العمل يوم الخميس.",
        body=(BodyBlock("p", "روتردام/بروكسل – توقف عمال الموانئ عن العمل."), BodyBlock("h2", "محادثات")),
        dateline="روتردام/بروكسل",
        located=(Subject("", "روتردام"), Subject("", "بروكسل")),
        bylines=(Byline("بقلم mk"),),
    )


def correction_v2() -> LocalisedArticle:
    return replace(
        translation_de(),
        version=2,
        version_created=dt.datetime(2024, 5, 2, 14, 0, tzinfo=CET),
        headline="Hafenstreik weitet sich von Rotterdam nach Brüssel aus (korrigiert)",
    )


def canceled_v3() -> LocalisedArticle:
    article = translation_de()
    return replace(
        article,
        version=3,
        version_created=dt.datetime(2024, 5, 2, 15, 0, tzinfo=dt.timezone.utc),
        meta=replace(article.meta, pub_status="canceled"),
    )


SAMPLES = {
    "original_en": original_en,
    "translation_de": translation_de,
    "arabic_rtl": arabic_rtl,
    "correction_v2": correction_v2,
    "canceled_v3": canceled_v3,
}


def parsed(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def test_schema_check_catches_a_wrong_element_order() -> None:
    root = item_element(original_en())
    content_meta = root.find("g2:contentMeta", G2)
    content_meta.append(content_meta.find("g2:urgency", G2))  # urgency belongs first
    with pytest.raises(AssertionError, match="urgency"):
        assert_valid(root)


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_sample_item_is_valid_newsml_g2(sample: str) -> None:
    assert_valid(item_bytes(SAMPLES[sample]()))


@pytest.mark.parametrize("sample", SAMPLES)
def test_same_article_gives_same_bytes(sample: str) -> None:
    first = item_bytes(SAMPLES[sample]())
    assert first == item_bytes(SAMPLES[sample]())
    assert first.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<newsItem")


def test_root_carries_identity_standard_and_language() -> None:
    root = item_element(translation_de())
    assert root.tag == f"{{{NAR_NS}}}newsItem"
    assert dict(root.attrib) == {
        "guid": f"{SOURCE_GUID}:de",
        "version": "1",
        "standard": "NewsML-G2",
        "standardversion": "2.35",
        "conformance": "power",
        XML_LANG: "de",
    }
    assert root.find("g2:contentMeta/g2:language", G2).get("tag") == "de"
    assert root.find("g2:catalogRef", G2).get("href").endswith("catalog.IPTC-G2-Standards_41.xml")


def test_item_meta_of_an_original() -> None:
    item_meta = item_element(original_en()).find("g2:itemMeta", G2)
    assert [etree.QName(child).localname for child in item_meta] == [
        "itemClass",
        "provider",
        "versionCreated",
        "firstCreated",
        "pubStatus",
        "service",
        "link",
        "link",
    ]
    assert item_meta.find("g2:itemClass", G2).get("qcode") == "ninat:text"
    assert item_meta.find("g2:provider", G2).get("literal") == "example.com"
    assert item_meta.findtext("g2:versionCreated", namespaces=G2) == "2024-05-02T10:00:00+01:00"
    assert item_meta.find("g2:pubStatus", G2).get("qcode") == "stat:usable"


def test_utc_times_end_in_z_and_drop_microseconds() -> None:
    article = replace(original_en(), version_created=dt.datetime(2024, 5, 2, 0, 0, 0, 123456, tzinfo=dt.timezone.utc))
    root = item_element(article)
    assert root.findtext("g2:itemMeta/g2:versionCreated", namespaces=G2) == "2024-05-02T00:00:00Z"


def test_translation_links_back_to_its_original() -> None:
    root = item_element(translation_de())
    scheme = root.find("g2:catalog/g2:scheme", G2)
    assert (scheme.get("alias"), scheme.get("uri")) == ("exrel", "https://example.com/cv/itemrelation/")
    link = root.find("g2:itemMeta/g2:link", G2)
    assert dict(link.attrib) == {
        "rel": "exrel:translationOf",
        "residref": SOURCE_GUID,
        "version": "1",
        "contenttype": ITEM_CONTENT_TYPE,
        "href": "https://example.com/feeds/en/rotterdam-brussels.xml",
    }
    assert link.find("g2:language", G2).get("tag") == "en"
    hint = link.find("g2:headline", G2)
    assert (hint.text, hint.get(XML_LANG)) == ("Port strike spreads from Rotterdam to Brussels", "en")
    assert "Translated from the English original" in root.findtext("g2:itemMeta/g2:edNote", namespaces=G2)


def test_metadata_from_the_original_is_marked_with_its_language() -> None:
    content_meta = item_element(translation_de()).find("g2:contentMeta", G2)
    assert content_meta.find("g2:slugline", G2).get(XML_LANG) == "en"
    assert content_meta.find("g2:subject/g2:name", G2).get(XML_LANG) == "en"
    assert content_meta.find("g2:headline", G2).get(XML_LANG) is None  # the item's own language
    # The translated dateline's places are German; the agency's other places stay English.
    places = [(name.text, name.get(XML_LANG)) for name in content_meta.iterfind("g2:located/g2:name", G2)]
    assert places == [("Rotterdam", None), ("Brüssel", None), ("Netherlands", "en")]


def test_original_has_no_translation_link_and_no_provider_catalog() -> None:
    root = item_element(original_en())
    assert root.find("g2:catalog", G2) is None
    assert [link.get("rel") or link.get("reluri") for link in root.iterfind("g2:itemMeta/g2:link", G2)] == [
        "irel:seeAlso", "https://example.com/cv/rel/factbox"
    ], "the agency's own links only"
    assert root.find("g2:contentMeta/g2:slugline", G2).get(XML_LANG) is None


def test_content_meta_holds_the_article_metadata() -> None:
    content_meta = item_element(original_en()).find("g2:contentMeta", G2)
    assert content_meta.findtext("g2:urgency", namespaces=G2) == "4"
    assert content_meta.findtext("g2:contentCreated", namespaces=G2) == "2024-05-02T09:30:00+01:00"
    # The dateline's places, then the agency's others (rotterdam is the dateline's Rotterdam).
    assert [located.get("literal") for located in content_meta.iterfind("g2:located", G2)] == ["Rotterdam", "Brussels", "Netherlands"]
    creators = content_meta.findall("g2:creator", G2)
    assert [(c.get("literal"), c.findtext("g2:name", namespaces=G2)) for c in creators] == [
        ("mk", "mk"),
        (None, "Jane Roe"),
    ]
    assert content_meta.find("g2:genre", G2).get("qcode") == "genre:current"
    assert [s.get("qcode") for s in content_meta.iterfind("g2:subject", G2)] == ["medtop:11000000", "medtop:04000000"]
    assert [k.text for k in content_meta.iterfind("g2:keyword", G2)] == ["economy", "ports", "strike"]
    assert content_meta.findtext("g2:headline", namespaces=G2) == "Port strike spreads from Rotterdam to Brussels"
    assert content_meta.findtext("g2:dateline", namespaces=G2) == "Rotterdam/Brussels"
    assert content_meta.findtext("g2:by", namespaces=G2) == "By mk"
    description = content_meta.find("g2:description", G2)
    assert description.get("role") == "drol:summary"
    assert description.text == "Dock workers in two countries stopped work on Thursday."


def test_without_first_created_metadata_content_created_is_the_article_date() -> None:
    article = original_en()
    article = replace(article, meta=replace(article.meta, first_created=None))
    root = item_element(article)
    assert root.findtext("g2:contentMeta/g2:contentCreated", namespaces=G2) == "2024-05-02"
    assert_valid(root)


def test_rights_info_comes_from_the_metadata() -> None:
    rights = item_element(original_en()).find("g2:rightsInfo", G2)
    assert rights.findtext("g2:copyrightHolder/g2:name", namespaces=G2) == "Example Media GmbH"
    assert rights.findtext("g2:copyrightNotice", namespaces=G2) == "Copyright 2024 Example Media GmbH"
    assert rights.findtext("g2:usageTerms", namespaces=G2) == "Licensed partners only."
    article = original_en()
    bare = replace(article, meta=replace(article.meta, rights=()))
    assert item_element(bare).find("g2:rightsInfo", G2) is None


def test_minimal_article_is_valid() -> None:
    article = replace(
        original_en(),
        description=None,
        body=(),
        dateline=None,
        located=(),
        author=None,
        bylines=(),
        meta=ItemMeta(),
    )
    assert_valid(item_bytes(article))


def test_right_to_left_item_says_so_where_the_schema_allows() -> None:
    root = item_element(arabic_rtl())
    assert root.get("dir") == "rtl"
    inline = root.find("g2:contentSet/g2:inlineXML", G2)
    assert (inline.get("dir"), inline.get(XML_LANG)) == ("rtl", "ar")
    html = inline.find("h:html", G2)
    assert (html.get("dir"), html.get("lang"), html.get(XML_LANG)) == ("rtl", "ar", "ar")
    assert root.find("g2:contentMeta/g2:language", G2).get("dir") is None  # rejected there by the XSD
    # English metadata inside the Arabic item runs left to right.
    slugline = root.find("g2:contentMeta/g2:slugline", G2)
    assert (slugline.get(XML_LANG), slugline.get("dir")) == ("en", "ltr")
    assert root.find("g2:itemMeta/g2:edNote", G2).get("dir") == "ltr"


def test_a_headline_left_in_the_original_language_is_marked_in_the_page_title_too() -> None:
    article = replace(arabic_rtl(), headline="Port strike spreads", headline_lang="en")
    root = item_element(article)
    assert_valid(item_bytes(article))
    headline = root.find("g2:contentMeta/g2:headline", G2)
    title = root.find("g2:contentSet/g2:inlineXML/h:html/h:head/h:title", G2)
    assert (headline.get(XML_LANG), headline.get("dir")) == ("en", "ltr")
    assert (title.get("lang"), title.get(XML_LANG), title.get("dir")) == ("en", "en", "ltr")
    assert not item_element(arabic_rtl()).find("g2:contentSet/g2:inlineXML/h:html/h:head/h:title", G2).attrib


def test_left_to_right_item_has_no_dir() -> None:
    root = item_element(translation_de())
    assert not root.xpath("//@dir")


def test_update_signals_and_explains_itself() -> None:
    item_meta = item_element(correction_v2()).find("g2:itemMeta", G2)
    assert item_element(correction_v2()).get("version") == "2"
    assert item_meta.find("g2:signal", G2).get("qcode") == "sig:update"
    assert "Version 2 replaces" in item_meta.findtext("g2:edNote", namespaces=G2)
    assert item_element(translation_de()).find("g2:itemMeta/g2:signal", G2) is None


def test_withdrawal_is_canceled_and_carries_no_text() -> None:
    root = item_element(canceled_v3())
    assert root.find("g2:itemMeta/g2:pubStatus", G2).get("qcode") == "stat:canceled"
    assert root.find("g2:contentSet", G2) is None
    assert root.find("g2:contentMeta/g2:description", G2) is None
    assert root.findtext("g2:contentMeta/g2:headline", namespaces=G2)  # so the desk knows what to remove
    assert "Withdrawn" in root.findtext("g2:itemMeta/g2:edNote", namespaces=G2)


def test_an_agencys_kill_carries_its_own_withdrawal_note_only() -> None:
    article = canceled_v3()
    killed = replace(article, meta=replace(article.meta, editor_notes=(Note("Withdrawn. Do not use.", "en"),)))
    notes = [note.text for note in item_element(killed).iterfind("g2:itemMeta/g2:edNote", G2)]
    assert notes == ["Withdrawn. Do not use.", "Translated from the English original, version 1."]
    assert_valid(item_bytes(killed))


def test_body_is_flat_xhtml() -> None:
    inline = item_element(original_en()).find("g2:contentSet/g2:inlineXML", G2)
    assert inline.get("contenttype") == "application/xhtml+xml"
    (html,) = inline
    assert html.tag == f"{{{XHTML_NS}}}html"
    assert all(etree.QName(element).namespace == XHTML_NS for element in html.iter())
    assert html.findtext("h:head/h:title", namespaces=G2) == "Port strike spreads from Rotterdam to Brussels"
    body = html.find("h:body", G2)
    assert [(etree.QName(child).localname, len(child), child.text) for child in body] == [
        ("p", 0, "Rotterdam/Brussels – Dock workers in two countries stopped work on Thursday."),
        ("h2", 0, "Talks in Brussels"),
        ("p", 0, "Unions and port operators meet again on Friday, a spokesman said."),
    ]


def test_the_words_a_block_links_are_an_xhtml_link_around_escaped_text() -> None:
    text = "Read <script>the report</script> & the reply, in <b>German</b>."
    report, reply = text.index("<script>"), text.index("the reply")
    linked = BodyBlock("p", text, links=((report, report + len("<script>the report</script>"), "https://port.example/report?year=2026&lang=en"),
                                         (reply, reply + 9, "mailto:press@port.example")))
    article = replace(original_en(), body=(linked, BodyBlock("h2", "Talks", "en", ((0, 5, "https://port.example/talks"),))))
    data = item_bytes(article)
    assert_valid(data)
    paragraph, heading = etree.fromstring(data).find("g2:contentSet/g2:inlineXML/h:html/h:body", G2)
    assert [(etree.QName(link).localname, link.get("href"), link.text, link.tail, len(link)) for link in paragraph] == [
        ("a", "https://port.example/report?year=2026&lang=en", "<script>the report</script>", " & ", 0),
        ("a", "mailto:press@port.example", "the reply", ", in <b>German</b>.", 0),
    ]
    assert (paragraph.text, "".join(paragraph.itertext())) == ("Read ", text)
    assert (heading.text, heading[0].text, heading[0].tail, heading.get("lang")) == (None, "Talks", None, "en")
    assert b"&lt;script&gt;" in data and b"<script>" not in data
    inline = etree.fromstring(data).find("g2:contentSet/g2:inlineXML", G2)
    assert (inline.get("wordcount"), inline.get("charcount")) == (str(len(text.split()) + 1), str(len(text) + 5)), "links count as the words they are"


def test_a_link_to_no_uri_is_never_written() -> None:
    article = replace(original_en(), body=(BodyBlock("p", "Read it.", links=((5, 7, "not a uri"),)),))
    with pytest.raises(ValueError, match=r"body\[0\]\.links: 'not a uri' is not a URI"):
        item_bytes(article)


def test_body_counts_words_and_characters() -> None:
    article = replace(original_en(), body=(BodyBlock("p", "Line one of two."), BodyBlock("p", "Line two of two.")))
    inline = item_element(article).find("g2:contentSet/g2:inlineXML", G2)
    assert (inline.get("wordcount"), inline.get("charcount")) == ("8", "32")  # as in IPTC's CR00201


def test_japanese_words_are_counted_by_character_as_translators_bill_them() -> None:
    article = replace(translation_de(), lang="ja", body=(BodyBlock("p", "港でストが続く。iPhone 17も"),))
    inline = item_element(article).find("g2:contentSet/g2:inlineXML", G2)
    assert inline.get("wordcount") == "10"  # 港 で ス ト が 続 く, iPhone, 17, も
    # Other scripts count what whitespace separates, as before (no item is re-versioned for it).
    article = replace(original_en(), body=(BodyBlock("p", "Lindholm won 3:1 – a first."),))
    assert item_element(article).find("g2:contentSet/g2:inlineXML", G2).get("wordcount") == "6"


HOSTILE = [
    "<script>alert('x')</script>",
    "Profit & loss < 5 % > 3",
    "End of CDATA ]]> here",
    '<p class="x">not a tag</p>',
    "&amp; &#x41; &unknown;",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_in_translated_text_stays_text(text: str) -> None:
    article = replace(
        translation_de(),
        headline=text,
        description=text,
        body=(BodyBlock("p", text), BodyBlock("h2", text)),
        bylines=(Byline(text),),
        dateline=text,
    )
    data = item_bytes(article)
    assert_valid(data)
    root = parsed(data)
    content_meta = root.find("g2:contentMeta", G2)
    for tag in ("headline", "description", "by", "dateline"):
        assert content_meta.findtext(f"g2:{tag}", namespaces=G2) == text
    body = root.find("g2:contentSet/g2:inlineXML/h:html/h:body", G2)
    assert [(len(child), child.text) for child in body] == [(0, text), (0, text)]
    assert root.find(".//h:script", G2) is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"headline": "Strike\x00"}, "headline"),
        ({"description": "Lede \x1b[31m"}, "description"),
        ({"body": (BodyBlock("p", "fine"), BodyBlock("p", "bell \x07"))}, "body[1]"),
        ({"bylines": (Byline("By mk"), Byline("By \x0bmk"))}, "bylines[1].text"),
        ({"dateline": "Rotterdam\ufffe"}, "dateline"),
        ({"headline": "lone surrogate \ud800"}, "headline"),
        ({"located": (Subject("", "Rotterdam"), Subject("", "Brussels\x01"))}, "located[1].name"),
        ({"guid": "urn:x:\x02"}, "guid"),
    ],
)
def test_character_xml_cannot_carry_is_a_value_error_naming_the_field(change: dict, field: str) -> None:
    with pytest.raises(ValueError, match=rf"^{re.escape(field)}: character U\+"):
        item_bytes(replace(translation_de(), **change))


def test_control_character_in_metadata_names_the_field() -> None:
    article = translation_de()
    article = replace(article, meta=replace(article.meta, subjects=(Subject("medtop:1", "pol\x03itics"),)))
    with pytest.raises(ValueError, match=r"^meta\.subjects\[0\]\.name: "):
        item_bytes(article)


def test_tab_and_newline_are_allowed_in_text() -> None:
    article = replace(original_en(), body=(BodyBlock("pre", "one\ttwo\nthree\r\nfour"),))
    root = parsed(item_bytes(article))
    assert root.findtext("g2:contentSet/g2:inlineXML/h:html/h:body/h:pre", namespaces=G2) == "one\ttwo\nthree\r\nfour"


def test_a_subject_known_by_uri_is_written_with_it() -> None:
    article = replace(original_en(), meta=replace(SOURCE_META, subjects=(Subject("", "ports", "https://vocab.example/topics/ports"),)))
    data = item_bytes(article)
    assert_valid(data)
    (subject,) = parsed(data).iterfind("g2:contentMeta/g2:subject", G2)
    assert dict(subject.attrib) == {"uri": "https://vocab.example/topics/ports"}


def test_a_name_in_a_language_of_its_own_says_so_where_the_item_or_its_rights_block_is_in_another() -> None:
    meta = replace(SOURCE_META, creators=(Subject("", "Meredith Jameson", literal="mj", name_lang="en"), Subject("", "mk", literal="mk")),
                   rights=(Rights("Example Media GmbH", holder_lang="en"), Rights("مثال", holder_lang="ar")),
                   subjects=(Subject("medtop:11000000", "politique", name_lang="fr"),))
    names = {}
    for article in (original_en(), translation_de(), arabic_rtl()):
        data = item_bytes(replace(article, meta=meta))
        assert_valid(data)
        root = parsed(data)
        names[article.lang] = [
            dict(name.attrib) for name in root.xpath("g2:contentMeta/g2:creator/g2:name | g2:contentMeta/g2:subject/g2:name"
                                                     " | g2:rightsInfo/g2:copyrightHolder/g2:name", namespaces=G2)
        ]
    # The German and Arabic items are translations: their rights blocks say they are English.
    assert names == {
        "en": [{}, {XML_LANG: "ar", "dir": "rtl"}, {}, {}, {XML_LANG: "fr"}],
        "de": [{}, {XML_LANG: "ar", "dir": "rtl"}, {XML_LANG: "en"}, {}, {XML_LANG: "fr"}],
        "ar": [{}, {XML_LANG: "ar", "dir": "rtl"}, {XML_LANG: "en", "dir": "ltr"}, {}, {XML_LANG: "fr", "dir": "ltr"}],
    }


def names_in(article: LocalisedArticle, path: str) -> list[tuple[str, dict[str, str]]]:
    data = item_bytes(article)
    assert_valid(data)
    return [(name.text, dict(name.attrib)) for name in parsed(data).xpath(path, namespaces=G2)]


def test_a_concept_s_names_in_other_languages_run_their_way_where_the_item_or_its_rights_block_runs_the_other() -> None:
    meta = replace(
        SOURCE_META,
        located=(Subject("geo:2750405", "هولندا", other_names=(("en", "Netherlands"), ("ar", "الأراضي المنخفضة"))),),
        subjects=(Subject("medtop:11000000", "politics", other_names=(("ar", "سياسة"), ("fr", "politique"))),),
        rights=(Rights("Example Media GmbH", holder_other_names=(("ar", "مثال"), ("de", "Beispiel"))),),
    )
    located, subject, holder = ("g2:contentMeta/g2:located[@qcode]/g2:name[position() > 1]", "g2:contentMeta/g2:subject[1]/g2:name[position() > 1]",
                                "g2:rightsInfo/g2:copyrightHolder/g2:name[position() > 1]")
    in_arabic, in_english = {XML_LANG: "ar", "dir": "rtl"}, {XML_LANG: "en", "dir": "ltr"}
    arabic = replace(arabic_rtl(), meta=meta)
    assert names_in(arabic, located) == [("Netherlands", in_english), ("الأراضي المنخفضة", {XML_LANG: "ar"})]
    assert names_in(arabic, subject) == [("سياسة", {XML_LANG: "ar"}), ("politique", {XML_LANG: "fr", "dir": "ltr"})]
    # The Arabic item's rights block is the English original's: an Arabic name in it runs right to left.
    assert names_in(arabic, holder) == [("مثال", in_arabic), ("Beispiel", {XML_LANG: "de"})]
    english = replace(original_en(), meta=meta)
    assert names_in(english, located) == [("Netherlands", {XML_LANG: "en"}), ("الأراضي المنخفضة", in_arabic)]
    assert names_in(english, subject) == [("سياسة", in_arabic), ("politique", {XML_LANG: "fr"})]
    assert names_in(english, holder) == [("مثال", in_arabic), ("Beispiel", {XML_LANG: "de"})]


def test_the_title_of_the_agency_s_link_says_its_language_where_the_item_or_its_rights_block_is_in_another() -> None:
    video = RelatedLink(rel="irel:seeAlso", href="https://example.com/video", title="Video", lang="en")
    terms = RelatedLink(rel="irel:seeAlso", href="https://example.com/terms", title="Terms", lang="en")
    untitled = RelatedLink(rel="irel:seeAlso", href="https://example.com/photo", lang="en")
    meta = replace(SOURCE_META, links=(video, untitled), rights=(Rights("Example Media GmbH", links=(terms,)),))
    path = "g2:itemMeta/g2:link[@rel='irel:seeAlso'] | g2:rightsInfo/g2:link"
    expected = {"en": {}, "de": {XML_LANG: "en"}, "ar": {XML_LANG: "en", "dir": "ltr"}}
    for article in (original_en(), translation_de(), arabic_rtl()):
        data = item_bytes(replace(article, meta=meta))
        assert_valid(data)
        links = {link.get("href"): {name: value for name, value in link.attrib.items() if name in (XML_LANG, "dir")}
                 for link in parsed(data).xpath(path, namespaces=G2)}
        # The rights block says it is the agency's; a link without a title has no words.
        assert links == {"https://example.com/terms": {}, "https://example.com/video": expected[article.lang],
                         "https://example.com/photo": {}}, article.lang


@pytest.mark.parametrize(
    ("article", "message"),
    [
        (replace(original_en(), lang="de_DE"), r"^lang: 'de_DE' is not a BCP 47"),
        (replace(original_en(), version=0), r"^version: 0 "),
        (replace(original_en(), version_created=dt.datetime(2024, 5, 2, 10)), r"^version_created: .* no time zone"),
        (replace(original_en(), provider="Example\tMedia"), r"^provider: "),
        # A translation's provider is the host of its relation scheme: a domain.
        (replace(translation_de(), provider="Example Media"), r"^provider: 'Example Media' is not a domain name"),
        (replace(original_en(), author="m\tk", meta=replace(SOURCE_META, creators=())), r"^author: "),
        (replace(original_en(), meta=replace(SOURCE_META, creators=(Subject("", "mk", literal="m\tk"),))), r"^meta\.creators\[0\]\.literal: "),
        (replace(original_en(), meta=replace(SOURCE_META, urgency=12)), r"^meta\.urgency: 12 "),
        (replace(original_en(), meta=replace(SOURCE_META, genres=(Subject("current news"),))), r"^meta\.genres\[0\]\.qcode: "),
        (replace(original_en(), meta=replace(SOURCE_META, genres=(Subject("", None, "not a uri"),))), r"^meta\.genres\[0\]\.uri: "),
        (replace(translation_de(), original=replace(translation_de().original, lang="xx")), r"^original\.lang: "),
        (replace(original_en(), meta=replace(SOURCE_META, creators=(Subject("", "mk", name_lang="en_GB"),))), r"^meta\.creators\[0\]\.name_lang: "),
        (replace(original_en(), meta=replace(SOURCE_META, rights=(Rights("Example", holder_lang="x y"),))), r"^meta\.rights\[0\]\.holder_lang: "),
    ],
)
def test_values_the_schema_rejects_are_value_errors(article: LocalisedArticle, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        item_bytes(article)


SENT = dt.datetime(2024, 5, 2, 12, 10, tzinfo=CET)


def test_feed_is_valid_and_keeps_the_given_order() -> None:
    items = [item_bytes(correction_v2()), item_element(arabic_rtl()), item_bytes(original_en())]
    data = feed_bytes("de", items, SENT)
    assert_valid(data)
    message = parsed(data)
    assert message.tag == f"{{{NAR_NS}}}newsMessage"
    assert [(item.get("guid"), item.get("version")) for item in message.find("g2:itemSet", G2)] == [
        (f"{SOURCE_GUID}:de", "2"),
        (f"{SOURCE_GUID}:ar", "1"),
        (SOURCE_GUID, "1"),
    ]
    header = message.find("g2:header", G2)
    assert header.findtext("g2:sent", namespaces=G2) == "2024-05-02T12:10:00+01:00"
    assert header.findtext("g2:sender", namespaces=G2) == "example.com"
    assert header.findtext("g2:channel", namespaces=G2) == "de"


def test_feed_is_deterministic() -> None:
    items = [item_bytes(translation_de()), item_bytes(correction_v2())]
    assert feed_bytes("de", items, SENT) == feed_bytes("de", list(items), SENT)


def test_feed_limit_keeps_the_first_items() -> None:
    items = [item_bytes(correction_v2()), item_bytes(canceled_v3()), item_bytes(original_en())]
    message = parsed(feed_bytes("de", items, SENT, limit=2))
    assert [item.get("version") for item in message.find("g2:itemSet", G2)] == ["2", "3"]


def test_feed_copies_elements_instead_of_moving_them() -> None:
    element = item_element(original_en())
    feed_bytes("en", [element], SENT)
    assert element.getparent() is None
    assert element.find("g2:itemMeta", G2) is not None


@pytest.mark.parametrize(("items", "limit"), [([], None), ([b"<x/>"], 0)])
def test_feed_without_items_is_a_value_error(items: list[bytes], limit: int | None) -> None:
    with pytest.raises(ValueError, match="at least one item"):
        feed_bytes("de", items, SENT, limit=limit)


def test_feed_refuses_foreign_items_and_zoneless_times() -> None:
    with pytest.raises(ValueError, match=r"^items\[0\]: "):
        feed_bytes("de", [b"<html/>"], SENT)
    with pytest.raises(ValueError, match=r"^sent: "):
        feed_bytes("de", [item_bytes(original_en())], dt.datetime(2024, 5, 2, 12, 10))


def test_the_note_of_a_story_moved_to_another_feed_is_read_back_as_syndicates_own():
    note = moved_note("en")
    assert note.startswith("Withdrawn from this feed: the story is now published in English (en), in the en feed")
    # Read back from a feed (a workspace rebuilt from its feeds), it is not taken for the agency's, to be written again.
    assert is_own_note(note) and not is_own_note("Withdrawn from this feed by order of the court.")
