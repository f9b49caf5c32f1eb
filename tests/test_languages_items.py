"""Every piece of a localised item's text says the language it is in: the author's code, the
sentences a partly translated paragraph still has in the original's language, and an agency's
block in a language of its own."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from babel import Locale
from lxml import etree

from conftest import msgfmt_check, newsroom_with_story, stand_in, translate_po
from schema import assert_valid
from test_newsml import translation_de
from syndicate.build import build
from syndicate.extract import extract
from syndicate.model import BodyBlock
from syndicate.newsml import item_bytes
from syndicate.newsml_reader import read_newsml
from syndicate.workspace import Workspace

DE, AR, FR = Locale("de"), Locale("ar"), Locale("fr")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STORY = """date 2026-11-20 World

Dockers voted to strike on Monday.

The vote was close. The union will meet again. Talks resume on Friday. (mk)
"""
GERMAN = {
    "Dockers voted to strike on Monday.": "Die Hafenarbeiter stimmten am Montag für einen Streik.",
    "The vote was close.": "Die Abstimmung war knapp.",
    "Talks resume on Friday.": "Die Gespräche werden am Freitag fortgesetzt.",
}
ARABIC = {
    "Dockers voted to strike on Monday.": "صوت عمال الموانئ يوم الاثنين لصالح الإضراب.",
    "The vote was close.": "كان التصويت متقاربا.",
}


def item(workspace: Workspace, lang: str, article_id: str) -> etree._Element:
    data = workspace.item_file(lang, article_id).read_bytes()
    assert_valid(data)
    return etree.fromstring(data)


def paragraphs(root: etree._Element) -> list[etree._Element]:
    return list(root.find(f".//{XHTML}body"))


def translated(workspace: Workspace, locale: Locale, article_id: str, translations: dict[str, str]) -> None:
    path = workspace.po_file(locale, article_id)
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    po.save()
    msgfmt_check(path)


@pytest.fixture
def story(newsroom: Path) -> Workspace:
    """The wire story, its first paragraph translated into German and Arabic, its second in part."""
    source = newsroom.parent / "dock-vote.txt"
    source.write_text(STORY, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE, AR])
    translated(workspace, DE, "dock-vote", GERMAN)
    translated(workspace, AR, "dock-vote", ARABIC)
    return workspace


def test_an_arabic_item_quotes_with_the_guillemets_of_the_arabic_press(tmp_path: Path):
    story = ("date 2026-11-20 World\nid dock-quote\nlang en\n\nDockers strike\n\n"
             "“We will not ‘wait and see’,” said Costa.\n\n“We stay,” said Costa.\n")
    root, invoke = newsroom_with_story(tmp_path, "dock-quote", story, ["ar"])
    translate_po(root, "ar", "dock-quote", {
        "Dockers strike": "إضراب عمال الموانئ",
        "“We will not ‘wait and see’,” said {Costa}.": "«لن ”ننتظر ونرى“»، قال {Costa}.",  # as the Arabic press writes it
        "“We stay,” said {Costa}.": '"سنبقى"، قال {Costa}.',  # ASCII marks, as a keyboard types them
    })
    assert invoke("build", "-l", "ar").exit_code == 0
    texts = ["".join(paragraph.itertext()) for paragraph in paragraphs(item(Workspace(root), "ar", "dock-quote"))]
    assert [text.split("،")[0] for text in texts] == ["«لن ”ننتظر ونرى“»", "«سنبقى»"]


def test_a_wire_author_s_code_is_in_the_language_of_the_agency_that_wrote_it(story):
    """The code is the agency's reporter's initials, as an agency's item gives its creator's
    code a name in its own language: a translation does not make it German or Arabic."""
    assert not build(story, [DE, AR], threshold=0.0).refused
    names = {}
    for lang in ("en", "de", "ar"):
        (creator,) = item(story, lang, "dock-vote").iterfind(f"{NAR}contentMeta/{NAR}creator")
        (name,) = creator
        names[lang] = (creator.get("literal"), name.text, dict(name.attrib))
    assert names == {
        "en": ("mk", "mk", {}),
        "de": ("mk", "mk", {XML_LANG: "en"}),
        "ar": ("mk", "mk", {XML_LANG: "en", "dir": "ltr"}),
    }


def test_the_sentences_a_partly_translated_paragraph_keeps_in_the_original_say_their_language(story):
    (story.root / "syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    assert not build(story, [DE, AR], threshold=0.0).refused
    [partly] = paragraphs(item(story, "de", "dock-vote"))
    assert partly.get("lang") is None
    # Two English sentences in a row are one span, the space between them too.
    [english] = partly
    assert (partly.text, english.text, english.tail) == (
        "Die Abstimmung war knapp. ", "The union will meet again.", " Die Gespräche werden am Freitag fortgesetzt.")
    assert dict(english.attrib) == {"lang": "en", XML_LANG: "en"}

    [arabic] = paragraphs(item(story, "ar", "dock-vote"))
    [english] = arabic
    assert (arabic.text, english.text, english.tail) == ("كان التصويت متقاربا. ", "The union will meet again. Talks resume on Friday.", None)
    assert dict(english.attrib) == {"lang": "en", XML_LANG: "en", "dir": "ltr"}


def test_by_default_a_partly_translated_paragraph_is_text_only_for_partners_that_keep_no_more(story):
    # Superdesk's ingest keeps a block's text up to its first element: the English sentence and
    # all that follows it would be lost.
    assert not build(story, [DE], threshold=0.0).refused
    [partly] = paragraphs(item(story, "de", "dock-vote"))
    assert (len(partly), partly.get("lang")) == (0, None)
    assert partly.text == "Die Abstimmung war knapp. The union will meet again. Die Gespräche werden am Freitag fortgesetzt."


def test_a_paragraph_left_wholly_in_the_original_says_so_on_itself(story):
    translated(story, DE, "dock-vote", {key: value for key, value in GERMAN.items() if key.startswith("Dockers")})
    (story.root / "syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    assert not build(story, [DE], threshold=0.0).refused
    [untranslated] = paragraphs(item(story, "de", "dock-vote"))
    assert (len(untranslated), untranslated.get("lang"), untranslated.get(XML_LANG)) == (0, "en", "en")


AGENCY_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:agency.example:20261120:paris-talks" version="1"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="agency.example"/>
    <versionCreated>2026-11-20T09:00:00Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <language tag="en"/>
    <headline>Ministers meet in Paris</headline>
    <description role="drol:summary">Transport ministers met in Paris on Friday.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml" xml:lang="en">
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head><title>Ministers meet in Paris</title></head>
        <body>
          <p>The minister opened the meeting with a quotation.</p>
          <p xml:lang="fr">Nous ne lâcherons rien.</p>
          <blockquote lang="fr-FR"><p>Le port restera ouvert.</p></blockquote>
          <p lang="en-GB">The talks were a success, the minister said.</p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


@pytest.fixture
def agency(newsroom: Path) -> Workspace:
    source = newsroom.parent / "paris-talks.xml"
    source.write_text(AGENCY_ITEM, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE, FR, AR])
    for locale in (DE, FR, AR):
        path = workspace.po_file(locale, "paris-talks")
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = stand_in(locale, entry.msgid)
        po.save()
    return workspace


def test_an_agency_s_block_in_another_language_is_read_with_it_and_not_offered_for_translation(agency, newsroom):
    [article] = read_newsml(newsroom.parent / "paris-talks.xml")
    assert [(block.text, block.lang, block.translatable) for block in article.blocks if block.kind == "paragraph"] == [
        ("The minister opened the meeting with a quotation.", None, True),
        ("Nous ne lâcherons rien.", "fr", False),
        ("Le port restera ouvert.", "fr-FR", False),
        # A British English paragraph is the English item's own: it is translated.
        ("The talks were a success, the minister said.", None, True),
    ]
    msgids = [entry.msgid for entry in polib.pofile(str(agency.po_file(DE, "paris-talks")))]
    assert msgids == ["Ministers meet in Paris", "Transport ministers met in Paris on Friday.",
                      "The minister opened the meeting with a quotation.", "The talks were a success, the minister said."]
    # The record keeps the language of the blocks that have one, and says nothing of the others.
    record = json.loads(agency.article_file("paris-talks").read_text(encoding="utf-8"))
    assert [block.get("lang") for block in record["article"]["blocks"]] == [None, None, None, "fr", "fr-FR", None]
    article, _ = agency.load_article("paris-talks")
    assert [block.lang for block in article.blocks] == [None, None, None, "fr", "fr-FR", None]


def test_an_agency_s_block_in_another_language_keeps_its_language_in_every_locale_but_its_own(agency):
    assert not build(agency, [DE, FR, AR]).refused
    blocks = {
        lang: [(p.text, {name: value for name, value in p.attrib.items()}) for p in paragraphs(item(agency, lang, "paris-talks"))]
        for lang in ("en", "de", "fr", "ar")
    }
    french, french_fr = {"lang": "fr", XML_LANG: "fr"}, {"lang": "fr-FR", XML_LANG: "fr-FR"}
    assert blocks["en"] == [
        ("The minister opened the meeting with a quotation.", {}),
        ("Nous ne lâcherons rien.", french), ("Le port restera ouvert.", french_fr),
        ("The talks were a success, the minister said.", {}),
    ]
    assert blocks["de"] == [
        ("[de] The minister opened the meeting with a quotation.", {}),
        ("Nous ne lâcherons rien.", french), ("Le port restera ouvert.", french_fr),
        ("[de] The talks were a success, the minister said.", {}),
    ]
    # In the French item the French block is the item's own; the one in France's French says so.
    assert blocks["fr"][1:3] == [("Nous ne lâcherons rien.", {}), ("Le port restera ouvert.", french_fr)]
    assert blocks["ar"][1:3] == [
        ("Nous ne lâcherons rien.", {**french, "dir": "ltr"}), ("Le port restera ouvert.", {**french_fr, "dir": "ltr"}),
    ]


def test_a_block_in_another_language_is_the_item_s_own_when_its_text_says_its_language_again(newsroom):
    """A page whose `<html>` or `<body>` says a language says the text's, which the item's
    contentMeta says: no block of it is set apart, whatever the template wrote there."""
    source = newsroom.parent / "paris-talks.xml"
    source.write_text(AGENCY_ITEM.replace('<html xmlns="http://www.w3.org/1999/xhtml" lang="en">',
                                          '<html xmlns="http://www.w3.org/1999/xhtml" lang="de">'), encoding="utf-8")
    [article] = read_newsml(source)
    assert [block.lang for block in article.blocks] == [None, None, None, "fr", "fr-FR", None]


def test_a_preformatted_block_and_an_empty_language_say_what_their_markup_says(newsroom):
    """A `<pre>` in another language keeps it; `xml:lang=""` says no language, undoing the
    one around it: that paragraph is the item's, and translated."""
    source = newsroom.parent / "paris-talks.xml"
    source.write_text(AGENCY_ITEM.replace(
        '<p lang="en-GB">The talks were a success, the minister said.</p>',
        '<pre xml:lang="fr">Paris   12\nLyon     7</pre><div xml:lang="fr"><p xml:lang="">The ministers left at noon.</p></div>',
    ), encoding="utf-8")
    [article] = read_newsml(source)
    assert [(block.kind, block.lang, block.translatable) for block in article.blocks[-2:]] == [
        ("preformatted", "fr", False), ("paragraph", None, True)]
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po = polib.pofile(str(workspace.po_file(DE, "paris-talks")))
    for entry in po:
        entry.msgstr = f"[de] {entry.msgid}"
    po.save()
    assert not build(workspace, [DE]).refused
    pre = item(workspace, "de", "paris-talks").find(f".//{XHTML}pre")
    assert (pre.get(XML_LANG), pre.text) == ("fr", "Paris   12\nLyon     7")


def test_a_link_across_the_edge_of_a_sentence_in_another_language_links_its_words_on_both_sides():
    """A link over two sentences, the second left in English: its words are linked in the
    German sentence and inside the English one's span, to the same address."""
    text = "Lesen Sie den Bericht. Read the report today."
    english = text.index("Read")
    block = BodyBlock("p", text, links=((10, english + 15, "https://port.example/report"),), foreign_parts=((english, len(text), "en"),))
    data = item_bytes(replace(translation_de(), body=(block,)))
    assert_valid(data)
    [paragraph] = paragraphs(etree.fromstring(data))
    [german_link, span] = paragraph
    [english_link] = span
    assert (paragraph.text, german_link.text, german_link.tail) == ("Lesen Sie ", "den Bericht. ", None)
    assert (span.get("lang"), span.text, english_link.text, english_link.tail) == ("en", None, "Read the report", " today.")
    assert german_link.get("href") == english_link.get("href") == "https://port.example/report"
    assert "".join(paragraph.itertext()) == text
