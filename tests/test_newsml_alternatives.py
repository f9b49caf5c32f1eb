"""NewsML-G2 ingest: which of a contentSet's alternatives is the body, the body's own language,
and files of no text (pictures, packages) in a drop folder."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from conftest import msgfmt_check
from lxml import etree
from schema import assert_valid

from syndicate.cli import main
from syndicate.model import InputError
from syndicate.newsml_reader import NotTextItem, read_newsml

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
NITF = "http://iptc.org/std/NITF/2006-10-18/"


def news_item(content_set: str, name: str = "bridge", item_class: str = "ninat:text", lang: str = "en") -> str:
    """An agency's text item as agencies send it, its contentSet as given."""
    return f"""<newsItem xmlns="{NAR}" guid="urn:newsml:agency.example:20261127:{name}" version="1"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="{lang}">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <itemMeta>
    <itemClass qcode="{item_class}"/>
    <provider literal="agency.example"/>
    <versionCreated>2026-11-27T09:11:00Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2026-11-27T08:00:00Z</contentCreated>
    <language tag="{lang}"/>
    <headline>Bridge closes for repairs</headline>
    <description role="drol:summary">The bridge closed.</description>
  </contentMeta>
  <contentSet>{content_set}</contentSet>
</newsItem>
"""


def xml_file(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}'.encode()


def xhtml(paragraphs: str, lang: str = "") -> str:
    said = f' xml:lang="{lang}"' if lang else ""
    return (f'<inlineXML contenttype="application/xhtml+xml"{said}><html xmlns="{XHTML}"><head><title>x</title></head>'
            f"<body>{paragraphs}</body></html></inlineXML>")


def plain(text: str, lang: str = "") -> str:
    said = f' xml:lang="{lang}"' if lang else ""
    return f'<inlineData contenttype="text/plain"{said}>{text}</inlineData>'


def nitf(paragraphs: str) -> str:
    return f'<inlineXML contenttype="application/nitf+xml"><nitf xmlns="{NITF}"><body><body.content>{paragraphs}</body.content></body></nitf></inlineXML>'


PICTURE = news_item('<remoteContent contenttype="image/jpeg" href="https://img.agency.example/port.jpg" width="800" height="600"/>',
                    name="photo1", item_class="ninat:picture")
PACKAGE = f"""<packageItem xmlns="{NAR}" guid="urn:newsml:agency.example:20261127:pkg" version="1" standard="NewsML-G2"
    standardversion="2.35" conformance="power">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <itemMeta><itemClass qcode="ninat:composite"/><provider literal="agency.example"/>
    <versionCreated>2026-11-27T09:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <groupSet root="G1"><group id="G1" role="group:main"><itemRef residref="urn:newsml:agency.example:20261127:bridge"/></group></groupSet>
</packageItem>
"""
UNCLASSED = news_item(plain("Text.")).replace('<itemClass qcode="ninat:text"/>', "")


def body_of(content_set: str, lang: str = "en") -> list[tuple[str, str | None, bool]]:
    """(text, language, translated) of each body paragraph read from an item with `content_set`."""
    (article,) = read_newsml(Path("item.xml"), xml_file(news_item(content_set, lang=lang)))
    return [(block.text, block.lang, block.translatable) for block in article.blocks if block.kind == "paragraph"]


def extract_and_build(tmp_path: Path, sources: dict[str, bytes]) -> tuple[Path, CliRunner]:
    """The files extracted into a new workspace with a German locale, every unit translated, and built."""
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
    runner = CliRunner()
    root = tmp_path / "newsroom"
    result = runner.invoke(main, ["--root", str(root), "extract", *(str(tmp_path / name) for name in sources), "-l", "de"])
    assert result.exit_code == 0, result.output
    for po_path in (root / "locales/de/LC_MESSAGES").glob("*.po"):
        catalog = polib.pofile(str(po_path))
        for entry in catalog:
            entry.msgstr = "DE " + entry.msgid
        catalog.save()
        msgfmt_check(po_path)
    result = runner.invoke(main, ["--root", str(root), "build"])
    assert result.exit_code == 0, result.output
    return root, runner


def published(path: Path) -> list[tuple[str, str | None]]:
    """(text, xml:lang) of each paragraph of a published item, which must be valid NewsML-G2."""
    data = path.read_bytes()
    assert_valid(data)
    body = etree.fromstring(data).find(f".//{{{XHTML}}}body")
    return [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang")) for element in body]


def msgids(root: Path, article_id: str) -> set[str]:
    return {entry.msgid for entry in polib.pofile(str(root / f"locales/de/LC_MESSAGES/{article_id}.po"))}


# ---- which alternative is the body ------------------------------------------------------------


def test_xhtml_after_a_plain_text_alternative_is_the_body_published_and_translated(tmp_path):
    content_set = plain("PLAINFIRST: The bridge closed for repairs.") + xhtml("<p>The bridge closed for repairs on <b>Monday</b>.</p>")
    root, _ = extract_and_build(tmp_path, {"bridge.xml": xml_file(news_item(content_set))})
    assert "The bridge closed for repairs on Monday." in msgids(root, "bridge")
    assert not any("PLAINFIRST" in msgid for msgid in msgids(root, "bridge"))
    assert published(root / "feeds/en/bridge.xml") == [("The bridge closed for repairs on Monday.", None)]
    assert published(root / "feeds/de/bridge.xml") == [("DE The bridge closed for repairs on Monday.", None)]


def test_the_alternative_in_the_items_language_is_the_body_whatever_comes_first(tmp_path):
    content_set = xhtml("<p>Le pont a fermé lundi.</p>", lang="fr") + xhtml("<p>The bridge closed on Monday.</p>", lang="en")
    root, _ = extract_and_build(tmp_path, {"bridge.xml": xml_file(news_item(content_set))})
    assert "The bridge closed on Monday." in msgids(root, "bridge")
    assert "Le pont a fermé lundi." not in msgids(root, "bridge")
    assert published(root / "feeds/en/bridge.xml") == [("The bridge closed on Monday.", None)]
    assert published(root / "feeds/de/bridge.xml") == [("DE The bridge closed on Monday.", None)]


def test_a_body_in_another_language_than_the_item_is_published_as_written_but_what_it_says_is_in_the_items(tmp_path):
    content_set = xhtml('<p>Le musée a rouvert.</p><div xml:lang="en"><p>The museum reopened on Monday.</p></div>', lang="fr")
    root, _ = extract_and_build(tmp_path, {"bridge.xml": xml_file(news_item(content_set))})
    assert "The museum reopened on Monday." in msgids(root, "bridge")
    assert "Le musée a rouvert." not in msgids(root, "bridge")
    assert published(root / "feeds/en/bridge.xml") == [("Le musée a rouvert.", "fr"), ("The museum reopened on Monday.", None)]
    assert published(root / "feeds/de/bridge.xml") == [("Le musée a rouvert.", "fr"), ("DE The museum reopened on Monday.", None)]


@pytest.mark.parametrize(
    ("content_set", "expected"),
    [
        # Alike but for their order: the first.
        (xhtml("<p>First.</p>") + nitf("<p>Second.</p>"), [("First.", None, True)]),
        (nitf("<p>First.</p>") + xhtml("<p>Second.</p>"), [("First.", None, True)]),
        (plain("First.") + plain("Second."), [("First.", None, True)]),
        # A region's variant of the item's language is in it; a language said as the item's is no other.
        (xhtml("<p>Colour.</p>", lang="fr") + plain("Color.", lang="en-US"), [("Color.", None, True)]),
        (plain("Plain.", lang="en") + nitf("<p>Marked up.</p>"), [("Marked up.", None, True)]),
        # The item's language comes before a richer form.
        (xhtml("<p>Le pont.</p>", lang="fr") + plain("The bridge."), [("The bridge.", None, True)]),
        # None in the item's language: the richer one, in its own language, not translated.
        (plain("Le pont.", lang="fr") + xhtml("<p>Die Brücke.</p>", lang="de"), [("Die Brücke.", "de", False)]),
        (plain("Le pont.", lang="fr"), [("Le pont.", "fr", False)]),
        # What cannot be read is passed over wherever it stands; an empty inlineXML too.
        ('<remoteContent contenttype="image/jpeg" href="https://img.agency.example/p.jpg"/><inlineXML/>' + plain("Text."),
         [("Text.", None, True)]),
        # xml:lang="" says no language: the body is the item's.
        (xhtml("<p>Text.</p>", lang=""), [("Text.", None, True)]),
    ],
)
def test_the_body_is_the_alternative_in_the_items_language_richest_first(content_set, expected):
    assert body_of(content_set) == expected


def test_a_language_on_the_page_itself_is_still_not_read_but_the_alternatives_is():
    page = f'<inlineXML contenttype="application/xhtml+xml"><html xmlns="{XHTML}" lang="fr"><body lang="fr"><p>Text.</p></body></html></inlineXML>'
    assert body_of(page) == [("Text.", None, True)]
    # A block saying the item's language inside a body in another is the item's, and translated.
    assert body_of(xhtml('<p>Le musée.</p><blockquote lang="en-GB"><p>The museum.</p></blockquote><p xml:lang="">Hm.</p>', lang="fr")) == [
        ("Le musée.", "fr", False), ("The museum.", None, True), ("Hm.", None, True)]


# ---- files of no text -------------------------------------------------------------------------


def test_pictures_and_packages_in_a_drop_folder_are_skipped_with_a_note_and_the_run_succeeds(tmp_path):
    message = f'<newsMessage xmlns="{NAR}"><header><sent>2026-11-27T12:31:00Z</sent></header><itemSet>{PICTURE}{PACKAGE}</itemSet></newsMessage>'
    text = news_item(xhtml("<p>The bridge closed on Monday.</p>"))
    root, runner = extract_and_build(tmp_path, {
        "photo.xml": xml_file(PICTURE), "pkg.xml": xml_file(PACKAGE), "pictures.xml": xml_file(message), "bridge.xml": xml_file(text),
    })
    assert published(root / "feeds/de/bridge.xml") == [("DE The bridge closed on Monday.", None)]
    result = runner.invoke(main, ["--root", str(root), "extract", *(str(tmp_path / name) for name in ("photo.xml", "pkg.xml", "pictures.xml"))])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert notes == [
        f"note: {tmp_path / 'photo.xml'}: a picture (itemClass ninat:picture), no text to translate: skipped",
        f"note: {tmp_path / 'pkg.xml'}: a package (packageItem), which is not read: skipped",
        f"note: {tmp_path / 'pictures.xml'}: a newsMessage of no text item: a picture (itemClass ninat:picture), a package (packageItem); skipped",
    ]
    assert "error" not in result.output
    assert sorted(path.name for path in (root / "feeds/en").glob("*.xml")) == ["bridge.xml", "index.xml"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'<?xml version="1.0"?>\n<!DOCTYPE newsItem [<!ENTITY x "y">]>\n' + news_item(plain("Text.")).encode(), "DOCTYPE"),
        (xml_file(news_item(plain("Text."))[:-20]), "not well-formed XML"),
        # An item that says not what it is may be text: not to be passed over unsaid.
        (xml_file(UNCLASSED), "says no itemClass"),
        (xml_file(f'<newsMessage xmlns="{NAR}"><itemSet>{UNCLASSED}</itemSet></newsMessage>'), "says no itemClass"),
    ],
)
def test_a_broken_file_beside_a_picture_is_still_an_error(tmp_path, data, message):
    (tmp_path / "photo.xml").write_bytes(xml_file(PICTURE))
    (tmp_path / "broken.xml").write_bytes(data)
    result = CliRunner().invoke(main, ["--root", str(tmp_path / "newsroom"), "extract", str(tmp_path / "photo.xml"),
                                       str(tmp_path / "broken.xml"), "-l", "de"])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'broken.xml'}" in result.output and message in result.output
    assert "note: " in result.output and "a picture" in result.output


@pytest.mark.parametrize(
    ("attribute", "item_class", "said"),
    [("qcode", "ninat:video", "a video (itemClass ninat:video)"),
     ("uri", "http://cv.iptc.org/newscodes/ninature/graphic", "a graphic (itemClass http://cv.iptc.org/newscodes/ninature/graphic)"),
     ("qcode", "agcls:photo", "a newsItem of itemClass agcls:photo")],
)
def test_what_a_file_of_no_text_is_is_said(attribute, item_class, said):
    with pytest.raises(NotTextItem) as caught:
        read_newsml(Path("media.xml"), xml_file(PICTURE.replace('qcode="ninat:picture"', f'{attribute}="{item_class}"')))
    assert caught.value.message == f"{said}, no text to translate: skipped"
    assert isinstance(caught.value, InputError)  # for every other caller, no article is read from it


def test_a_newsmessage_s_text_items_are_extracted_its_pictures_passed_over_and_an_item_of_no_class_refused(tmp_path):
    unclassed = UNCLASSED.replace(":bridge", ":ferry")
    message = f'<newsMessage xmlns="{NAR}"><itemSet>{PICTURE}{news_item(plain("The bridge closed."))}{PACKAGE}</itemSet></newsMessage>'
    root, runner = extract_and_build(tmp_path, {"feed.xml": xml_file(message)})
    assert published(root / "feeds/de/bridge.xml") == [("DE The bridge closed.", None)]
    (tmp_path / "feed.xml").write_bytes(xml_file(message.replace("</itemSet>", f"{unclassed}</itemSet>")))
    result = runner.invoke(main, ["--root", str(root), "extract", str(tmp_path / "feed.xml")])
    assert result.exit_code == 1
    assert "says no itemClass" in result.output and "the item was skipped" in result.output
    assert "1 article(s) unchanged: bridge" in result.output
