"""An agency's XHTML tables: read cell by cell, translated cell by cell, published as tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from html import escape
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from conftest import msgfmt_check
from lxml import etree
from schema import assert_valid
from test_newsml_reader import item_xml, read_one, xhtml

from syndicate.catalog import template
from syndicate.cli import main
from syndicate.figures import changed_currencies, changed_numbers, dropped_minus, figure_in_locale
from syndicate.localise import Target, localise
from syndicate.model import Article, Cell, InputError
from syndicate.newsml import item_bytes
from syndicate.units import article_units
from syndicate.workspace import Workspace

X = {"x": "http://www.w3.org/1999/xhtml"}
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)

RESULTS = """<p>The party won most seats.</p>
    <table><caption>Provisional results</caption>
      <thead><tr><th></th><th scope="col">Votes</th><th scope="col">Seats</th></tr></thead>
      <tbody><tr><th scope="row">Social Democrats</th><td>1,234,567</td><td>112</td></tr>
        <tr><th scope="row">Greens</th><td colspan="2">Not yet counted</td></tr>
        <tr><th scope="row" rowspan="2">Others</th><td>98,000</td><td>4</td></tr>
        <tr><td>2.3%</td><td>none</td></tr></tbody>
      <tfoot><tr><td>Total</td><td>2,000,000</td><td>200</td></tr></tfoot>
    </table>
    <p>Turnout was high.</p>"""
GERMAN = {
    "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl", "The party won most seats.": "Die Partei gewann die meisten Sitze.",
    "Provisional results": "Vorläufige Ergebnisse", "Votes": "Stimmen", "Seats": "Sitze", "Greens": "Grüne",
    "Not yet counted": "Noch nicht ausgezählt", "Others": "Andere", "none": "keine", "Total": "Gesamt",
    "Turnout was high.": "Die Wahlbeteiligung war hoch.", "Social Democrats": "Sozialdemokraten",
}


def extracted(tmp_path: Path, body: str = RESULTS) -> tuple[CliRunner, list[str], polib.POFile]:
    source = tmp_path / "vote.xml"
    source.write_bytes(item_xml("<headline>Social Democrats win the vote</headline>", xhtml(body)))
    runner, root = CliRunner(), ["--root", str(tmp_path / "newsroom")]
    result = runner.invoke(main, [*root, "extract", str(source), "-l", "de"])
    assert result.exit_code == 0, result.output
    po_path = tmp_path / "newsroom/locales/de/LC_MESSAGES/story.po"
    msgfmt_check(po_path)
    return runner, root, polib.pofile(str(po_path))


def built(
    tmp_path: Path, runner: CliRunner, root: list[str], catalog: polib.POFile, translations: dict[str, str] = GERMAN, *options: str
) -> etree._Element:
    for entry in catalog:
        # A name alone is kept as a name: its msgid is its placeholder.
        entry.msgstr = translations.get(entry.msgid, entry.msgid if entry.msgid.startswith("{") else "")
    catalog.save()
    msgfmt_check(Path(catalog.fpath))
    result = runner.invoke(main, [*root, "build", *options])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "newsroom/feeds/de/story.xml").read_bytes()
    assert_valid(data)
    return etree.fromstring(data)


def rows(table: etree._Element) -> list[tuple[str, list[tuple[str, str, dict[str, str]]]]]:
    """Each row of a published table: the section it is in, and its cells (tag, text, attributes)."""
    return [
        (etree.QName(row.getparent()).localname,
         [(etree.QName(cell).localname, cell.text or "", dict(cell.attrib)) for cell in row])
        for row in table.iterfind(".//x:tr", X)
    ]


def test_each_cell_is_a_message_that_says_where_in_the_table_it_stands(tmp_path):
    _, _, catalog = extracted(tmp_path)
    notes = {entry.msgid: entry.comment.splitlines() for entry in catalog if entry.comment.startswith(("cell", "caption"))}
    assert notes == {
        "Provisional results": ["caption", "A table's caption"],
        "Votes": ["cell", "A table's header cell: row 1, column 2"],
        "Seats": ["cell", "A table's header cell: row 1, column 3"],
        # A party named in ordinary words is translated, as every language names it in its own.
        "Social Democrats": ["cell", "A table's header cell: row 2, column 1"],
        "Greens": ["cell", "A table's header cell: row 3, column 1"],
        "Not yet counted": ["cell", "A table's cell: row 3, columns 2–3, under “Votes” and “Seats”, in the row of “Greens”"],
        "Others": ["cell", "A table's header cell: rows 4–5, column 1"],
        # The row header spans two rows: the second row's cells start in the second column.
        "none": ["cell", "A table's cell: row 5, column 3, under “Seats”, in the row of “Others”"],
        "Total": ["cell", "A table's cell: row 6, column 1"],
    }
    # Cells of figures only are published as written: nothing for a translator.
    assert not {"1,234,567", "112", "98,000", "4", "2.3%", "2,000,000", "200"} & {entry.msgid for entry in catalog}
    assert catalog.find("Turnout was high.").comment.startswith("paragraph")


def test_a_text_in_several_cells_is_one_message_that_says_where_the_first_stands():
    table = "<table><tr><th>Team</th><th>Note</th></tr><tr><td>Ajax</td><td>n/a</td></tr><tr><td>PSV</td><td>n/a</td></tr></table>"
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    [message] = [message for message in template(article, article_units(article), NOW).messages if message.msgid == "n/a"]
    assert message.extracted_comments == ("cell", "A table's cell: row 2, column 2, under “Note” (and 1 other cell)")


def test_a_cell_keeps_its_links_in_every_locale(tmp_path):
    body = ('<table><caption>Results from <a href="https://example.com/results">the commission</a></caption>'
            '<tr><th>Party</th><th>Seats</th></tr>'
            '<tr><td><a href="https://example.com/greens">Greens</a> and allies</td><td>12</td></tr></table>')
    runner, root, catalog = extracted(tmp_path, body)
    msgids = {entry.msgid for entry in catalog}
    assert {"Results from <a1>the commission</a1>", "<a1>Greens</a1> and allies"} <= msgids
    german = {"Results from <a1>the commission</a1>": "Ergebnisse <a1>der Kommission</a1>",
              "<a1>Greens</a1> and allies": "<a1>Grüne</a1> und Verbündete", "Party": "Partei", "Seats": "Sitze",
              "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl"}
    # As the words only by default: partners' CMSes that keep a block's own text keep all of it.
    table = built(tmp_path, runner, root, catalog, german).find(".//x:table", X)
    assert table.find(".//x:a", X) is None and table.findtext("x:caption", namespaces=X) == "Ergebnisse der Kommission"
    (tmp_path / "newsroom/syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    table = built(tmp_path, runner, root, catalog, german).find(".//x:table", X)
    links = [(anchor.text, anchor.get("href")) for anchor in table.iterfind(".//x:a", X)]
    assert links == [("der Kommission", "https://example.com/results"), ("Grüne", "https://example.com/greens")]
    assert etree.tostring(table.find(".//x:td", X), encoding="unicode", with_tail=False).endswith(
        '><a href="https://example.com/greens">Grüne</a> und Verbündete</td>')


def test_a_cell_s_list_items_and_paragraphs_stand_on_lines_of_their_own(tmp_path):
    body = ("<p>The squad was named.</p><table><tr><th>Team</th><th>Notes</th></tr>"
            "<tr><td>Ajax</td><td><ul><li>Injured: Jan de Vries</li><li>Suspended: none</li></ul></td></tr></table>")
    runner, root, catalog = extracted(tmp_path, body)
    assert {"Injured: {Jan_de_Vries}", "Suspended: none"} <= {entry.msgid for entry in catalog}
    names = [entry.msgid for entry in polib.pofile(str(tmp_path / "newsroom/locales/de/LC_MESSAGES/names.po")) if entry.msgid]
    assert "Jan de Vries" in names and not any("Suspended" in name for name in names)
    german = {"The squad was named.": "Der Kader steht.", "Team": "Mannschaft", "Notes": "Hinweise",
              "Injured: {Jan_de_Vries}": "Verletzt: {Jan_de_Vries}", "Suspended: none": "Gesperrt: keiner",
              "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl"}
    notes = built(tmp_path, runner, root, catalog, german).find(".//x:table", X).findall(".//x:td", X)[1]
    assert list(notes.itertext()) == ["Verletzt: Jan de Vries", "Gesperrt: keiner"]
    assert [etree.QName(child).localname for child in notes] == ["br"]


def test_a_line_break_in_a_cell_parts_its_lines_as_its_paragraphs_are_parted():
    table = ("<table><tr><td>Jan de Vries<br/>Maria Costa</td><td>Lost 2-1 on Sunday<br/>Next game on Friday</td>"
             "<td><pre>A  1<br/>B  2</pre></td></tr></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    assert [block.text for block in article.blocks if block.cell] == [
        "Jan de Vries\nMaria Costa", "Lost 2-1 on Sunday\nNext game on Friday", "A 1 B 2"]
    assert [unit.msgid for unit in article_units(article) if unit.kind == "cell"] == [
        "Lost 2-1 on Sunday", "Next game on Friday", "A 1 B 2"]
    # Published with a <br/> between its lines, the cell reads back as it was.
    localised = localise(article, article_units(article), None, Target("en"), guid="urn:x", version=1, provider="example.com",
                         version_created=NOW, first_created=NOW).article
    again = read_one(item_bytes(localised))
    assert [block.text for block in again.blocks if block.cell][:2] == ["Jan de Vries\nMaria Costa", "Lost 2-1 on Sunday\nNext game on Friday"]


def test_a_cell_far_down_a_long_item_is_read_with_its_line(tmp_path):
    """Past line 65,535, where lxml keeps no line number for a copy of an element."""
    filler = "\n".join(f"<p>Line {number}.</p>" for number in range(70_000))
    article = read_one(item_xml("<headline>Head</headline>", xhtml(f"{filler}\n<table><tr><td>Jan de Vries<br/>Maria Costa</td></tr></table>")))
    [cell] = [block for block in article.blocks if block.cell]
    assert cell.text == "Jan de Vries\nMaria Costa" and cell.line > 70_000


def test_a_figure_marked_not_to_be_translated_is_published_as_written():
    article = read_one(item_xml("<headline>Head</headline><description>R.</description>",
                                xhtml('<table><tr><td><span translate="no">1,234%</span></td><td>1,234%</td></tr></table>')))
    localised = localise(article, article_units(article), template(article, article_units(article), NOW), Target("de"),
                         guid="urn:x", version=1, provider="example.com", version_created=NOW, first_created=NOW, threshold=0).article
    assert [cell.text for cell in localised.body[0].cells] == ["1,234%", "1.234\u00a0%"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # A four-digit number stands ungrouped where CLDR groups only from five digits (its minimum
    # grouping digits): Spanish, Polish, European Portuguese and the Portuguese written after it.
    ("1,234", "es", "1234"), ("1,234", "pl", "1234"), ("1,234", "pt-PT", "1234"), ("1,234", "pt-AO", "1234"),
    ("1,234.5", "es", "1234,5"), ("-1,234", "pl", "-1234"), ("1,234%", "es", "1234\u00a0%"),
    ("12,345", "es", "12.345"), ("12,345", "pl", "12\u00a0345"), ("1,234,567", "pt-PT", "1\u00a0234\u00a0567"),
    # Latin American Spanish, Brazilian Portuguese and German group a thousand.
    ("1,234", "es-MX", "1,234"), ("1,234", "pt", "1.234"), ("1,234", "de", "1.234"),
])
def test_a_figure_alone_is_grouped_from_as_many_digits_as_the_target_groups(text, lang, expected):
    assert figure_in_locale(text, Locale("en"), Locale.parse(lang, sep="-"))[0] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("1,234,567 (12.5%)", "de", "1.234.567 (12,5\u00a0%)"), ("10,000-20,000", "de", "10.000-20.000"),
    ("+3.2% / -1,500", "de", "+3,2\u00a0% / -1.500"), ("1,500-20,000", "es", "1500-20.000"),
    # As written: times, dates, years, telephone numbers, scores, numbers the source does not group.
    ("19:45-21:00", "de", "19:45-21:00"), ("12.05.2024", "de", "12.05.2024"), ("2019-2020", "de", "2019-2020"),
    ("+1 212 555 0100", "de", "+1 212 555 0100"), ("3-1 (2-0)", "de", "3-1 (2-0)"), ("9.30 / 11.00", "de", "9.30 / 11.00"),
    # Figures among words are a translator's to write.
    ("1,234 votes", "de", "1,234 votes"),
])
def test_each_figure_among_signs_in_a_cell_is_written_as_a_figure_alone_is(text, lang, expected):
    assert figure_in_locale(text, Locale("en"), Locale.parse(lang, sep="-"))[0] == expected


def test_a_cell_of_figures_and_signs_is_published_as_the_target_writes_figures():
    article = read_one(item_xml("<headline>Head</headline><description>R.</description>", xhtml(
        "<table><tr><td>1,234,567 (12.5%)</td><td>10,000-20,000</td><td>19:45-21:00</td><td>1,234</td></tr></table>")))
    units = article_units(article)
    assert not [unit for unit in units if unit.kind == "cell"]
    for lang, expected in (("de", ["1.234.567 (12,5\u00a0%)", "10.000-20.000", "19:45-21:00", "1.234"]),
                           ("es", ["1.234.567 (12,5\u00a0%)", "10.000-20.000", "19:45-21:00", "1234"])):
        localised = localise(article, units, template(article, units, NOW), Target(lang), guid="urn:x", version=1,
                             provider="example.com", version_created=NOW, first_created=NOW, threshold=0).article
        assert [cell.text for cell in localised.body[0].cells] == expected
        assert_valid(item_bytes(localised))


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # An amount: the number as the locale writes it, the currency's sign where the source has it.
    ("$450,000", "de", "$450.000"), ("$450,000", "fr", "$450\u202f000"), ("£2,000,000", "de", "£2.000.000"),
    ("1,500 €", "fr", "1\u202f500 €"), ("$1.5", "de", "$1,5"), ("€0.75", "fr", "€0,75"), ("-$3.45", "de", "-$3,45"),
    # A decimal no time nor date can be: signed, of one or three decimals, or of two no time nor date has.
    ("+6.1", "de", "+6,1"), ("-3.4", "fr", "-3,4"), ("\u22123.4", "de", "\u22123,4"), ("(+0.3)", "de", "(+0,3)"), ("-0.30", "de", "-0,30"),
    ("0.5", "fr", "0,5"), ("12.3", "de", "12,3"), ("1.234", "de", "1,234"), ("12.75", "de", "12,75"), ("45.20", "fr", "45,20"),
    ("1.5-2.5", "de", "1,5-2,5"),
    # Beside a number no time nor date can be, a figure that might be one is a number too: one style in a cell.
    ("19.45 (28.3%)", "de", "19,45 (28,3\u00a0%)"), ("1.25-2.5%", "de", "1,25-2,5\u00a0%"), ("12.05 / +0.3", "fr", "12,05 / +0,3"),
    ("24.5. (3.5%)", "de", "24.5. (3,5\u00a0%)"),
    # As written: what may be a time (British and European copy write 19.45) or a date.
    ("19.45", "de", "19.45"), ("9.30-11.00", "fr", "9.30-11.00"), ("0.30", "de", "0.30"), ("25.10", "de", "25.10"),
    ("24.5.", "de", "24.5."), ("1.5.2024", "de", "1.5.2024"),
    # A race time, in one style down its column: its seconds are the clock's, not a decimal.
    ("1:45.20", "de", "1:45.20"), ("1:02.15", "de", "1:02.15"), ("2:01:03.5", "fr", "2:01:03.5"),
])
def test_an_amount_or_a_decimal_no_time_can_be_is_written_as_the_locale_writes_it(text, lang, expected):
    assert figure_in_locale(text, Locale("en"), Locale.parse(lang, sep="-"))[0] == expected


@pytest.mark.parametrize("text, spans, expected", [
    # A link around one figure of several goes around it as the target writes it.
    ("1,234,567 (12.5%)", [(0, 9)], ("1.234.567 (12,5\u00a0%)", [(0, 9)])),
    ("1,234,567 (12.5%)", [(11, 16)], ("1.234.567 (12,5\u00a0%)", [(11, 17)])),
    ("12.5% / 1,234", [(8, 13), (0, 5)], ("12,5\u00a0% / 1.234", [(9, 14), (0, 6)])),
    # A link that starts or ends inside a figure leaves that figure as written.
    ("1,234,567 (12.5%)", [(0, 5)], ("1,234,567 (12,5\u00a0%)", [(0, 5)])),
])
def test_a_span_in_a_cell_of_figures_stays_around_its_figure(text, spans, expected):
    assert figure_in_locale(text, Locale("en"), Locale("de"), spans) == (expected[0], expected[1])


def test_a_link_around_one_figure_of_a_cell_is_published_around_it(tmp_path):
    body = ("<p>The count went on all night.</p><table><tr><th>Party</th><th>Votes</th></tr>"
            "<tr><td>Greens</td><td><a href='https://example.com/count'>1,234,567</a> (12.5%)</td></tr></table>")
    runner, root, catalog = extracted(tmp_path, body)
    (tmp_path / "newsroom/syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    german = {"The count went on all night.": "Die Auszählung dauerte die ganze Nacht.", "Party": "Partei", "Votes": "Stimmen",
              "Greens": "Grüne", "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl"}
    table = built(tmp_path, runner, root, catalog, german).find(".//x:table", X)
    votes = table.findall(".//x:tr", X)[1][1]
    assert votes.text in (None, "")
    assert [(anchor.text, anchor.get("href"), anchor.tail) for anchor in votes] == [
        ("1.234.567", "https://example.com/count", " (12,5\u00a0%)")
    ]


def test_a_row_of_amounts_and_decimals_is_published_as_the_review_asks_a_translator_to_write_it():
    row = ["$450,000", "1,500 €", "$1.5", "€0.75", "+6.1", "-3.4", "\u22123.4", "0.5", "+0.3", "12.3", "28.3%", "19.45"]
    article = read_one(item_xml("<headline>Head</headline><description>R.</description>", xhtml(
        "<table><tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr></table>")))
    units = article_units(article)
    assert not [unit for unit in units if unit.kind == "cell"]
    published = {}
    for lang in ("de", "fr"):
        localised = localise(article, units, template(article, units, NOW), Target(lang), guid="urn:x", version=1,
                             provider="example.com", version_created=NOW, first_created=NOW, threshold=0).article
        assert_valid(item_bytes(localised))
        published[lang] = [cell.text for cell in localised.body[0].cells]
        # What a translator writing these figures would be let publish, without a warning (a time is the time review's).
        for source, written in zip(row[:-1], published[lang]):
            issues = (changed_numbers(source, written, Locale("en"), Locale(lang)) + changed_currencies(source, written)
                      + dropped_minus(source, written, Locale("en"), Locale(lang)))
            assert not issues, (source, written, issues)
    assert published["de"] == ["$450.000", "1.500 €", "$1,5", "€0,75", "+6,1", "-3,4", "\u22123,4", "0,5", "+0,3", "12,3", "28,3\u00a0%", "19.45"]


def test_a_cell_spanning_columns_says_the_columns_and_their_headings_as_a_reader_sees_them():
    table = ("<table><thead><tr><th>Party</th><th>Votes</th><th>Share</th><th>Seats</th></tr></thead>"
             "<tbody><tr><th>Greens</th><td colspan='2'>Not yet counted</td><td>12</td></tr>"
             "<tr><th rowspan='2'>Others</th><td>98,000</td><td>2.3%</td><td>4</td></tr><tr><td>7</td><td>n/a</td><td>0</td></tr></tbody>"
             "<tfoot><tr><td colspan='4'>Provisional figures</td></tr></tfoot></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    notes = {message.msgid: message.extracted_comments[-1] for message in template(article, article_units(article), NOW).messages}
    assert notes["Not yet counted"] == "A table's cell: row 2, columns 2–3, under “Votes” and “Share”, in the row of “Greens”"
    assert notes["Provisional figures"] == "A table's cell: row 5, columns 1–4, under “Party”, “Votes”, “Share” and “Seats”"
    assert notes["Others"] == "A table's header cell: rows 3–4, column 1, under “Party”"
    assert notes["n/a"] == "A table's cell: row 4, column 3, under “Share”, in the row of “Others”"
    # Across a wide table: its first heading and its last.
    wide = ("<table><tr>" + "".join(f"<th>{month}</th>" for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun")) + "</tr>"
            "<tr><td colspan='6'>No data</td></tr></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(wide)))
    [note] = [message.extracted_comments[-1] for message in template(article, article_units(article), NOW).messages if message.msgid == "No data"]
    assert note == "A table's cell: row 2, columns 1–6, under “Jan” to “Jun”"


def test_a_row_span_ends_with_its_section():
    """As a browser lays it out: a body's cell spanning more rows than the body has does not
    reach into the foot, whose cells start in the first column."""
    table = ("<table><thead><tr><th>Party</th><th>Votes</th></tr></thead>"
             "<tbody><tr><th rowspan='3'>Greens</th><td>12</td></tr><tr><td>7</td></tr></tbody>"
             "<tfoot><tr><td>Total</td><td>19</td></tr></tfoot></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    places = {block.text: (block.cell.part, block.cell.row, block.cell.column, block.cell.rowspan) for block in article.blocks if block.cell}
    assert places["Greens"] == ("tbody", 1, 0, 2)
    assert places["7"] == ("tbody", 2, 1, 1)
    assert places["Total"] == ("tfoot", 3, 0, 1) and places["19"] == ("tfoot", 3, 1, 1)
    [message] = [message for message in template(article, article_units(article), NOW).messages if message.msgid == "Total"]
    assert message.extracted_comments == ("cell", "A table's cell: row 4, column 1, under “Party”")


def _published_again(article: Article) -> etree._Element:
    """The article's item in its own language, checked against the schema: its first table."""
    localised = localise(article, article_units(article), None, Target("en"), guid="urn:x", version=1, provider="example.com",
                         version_created=NOW, first_created=NOW).article
    data = item_bytes(localised)
    assert_valid(data)
    return etree.fromstring(data).find(".//x:table", X)


def test_each_row_group_of_a_table_is_published_as_its_own_group():
    table = ("<table><thead><tr><th>Party</th><th>Seats</th></tr></thead>"
             "<tbody><tr><th colspan='2'>North</th></tr><tr><td>Greens</td><td>12</td></tr></tbody>"
             "<tbody><tr><th colspan='2'>South</th></tr><tr><td>Greens</td><td>7</td></tr></tbody>"
             "<tfoot><tr><td>Total</td><td>19</td></tr></tfoot></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    published = _published_again(article)
    assert [etree.QName(child).localname for child in published] == ["thead", "tbody", "tbody", "tfoot"]
    assert [[row[0].text for row in group] for group in published] == [["Party"], ["North", "Greens"], ["South", "Greens"], ["Total"]]
    # Read back, it is the same table.
    again = read_one(etree.tostring(published.getroottree()))

    def cells(read: Article) -> list[tuple[str, Cell]]:
        return [(block.text, dataclasses.replace(block.cell, table=0)) for block in read.blocks if block.cell]

    assert cells(again) == cells(article)


def test_a_row_span_of_zero_reaches_the_end_of_its_row_group():
    """As HTML lays it out: rowspan="0" spans every row left in its group, and no further."""
    table = ("<table><tbody><tr><th rowspan='0'>Greens</th><td>12</td></tr><tr><td>7</td></tr><tr><td>3</td></tr></tbody>"
             "<tbody><tr><td>Total</td><td>22</td></tr></tbody></table>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(table)))
    places = {block.text: (block.cell.row, block.cell.column, block.cell.rowspan) for block in article.blocks if block.cell}
    assert places["Greens"] == (0, 0, 3)
    assert places["7"] == (1, 1, 1) and places["3"] == (2, 1, 1)
    assert places["Total"] == (3, 0, 1)
    assert _published_again(article).find(".//x:th", X).get("rowspan") == "3"


def test_a_hostile_table_of_rows_all_spanning_to_the_end_of_their_group_is_bounded_too():
    rows = "".join("<tr><td rowspan='0'>x</td></tr>" for _ in range(3000))
    article = read_one(item_xml("<headline>Head</headline><description>R.</description>", xhtml(f"<table>{rows}</table>")))
    places = [(block.cell.column, block.cell.rowspan) for block in article.blocks if block.cell]
    assert places[:3] == [(0, 3000), (1, 2999), (2, 2998)]
    assert places[-1] == (0, 1) and len(places) == 3000


def test_a_caption_is_said_to_be_one_and_blocks_are_numbered_as_a_reader_counts_them():
    """A table is one block to a reader, however many cells it has."""
    body = ("<p>Before the table.</p><table><caption>Results so far</caption>"
            "<tr><td>Ajax won</td><td>PSV lost</td></tr><tr><td>Feyenoord drew</td><td>AZ won</td></tr></table>"
            "<p>After the table.</p>")
    article = read_one(item_xml("<headline>Head</headline><description>Results.</description>", xhtml(body)))
    comments = {message.msgid: message.extracted_comments for message in template(article, article_units(article), NOW).messages}
    assert comments["Results so far"] == ("caption", "A table's caption")
    assert comments["Ajax won"] == ("cell", "A table's cell: row 1, column 1")
    # Headline, lede, a paragraph, the table, and the paragraph after it.
    assert comments["Before the table."] == ("paragraph (block 3)",)
    assert comments["After the table."] == ("paragraph (block 5)",)


def test_a_hostile_table_of_rows_all_spanning_to_its_end_is_laid_out_without_spans_past_a_bound():
    """Each row's cell is pushed right by every cell above it: laid out in full, time and memory
    would grow with the square of the rows. Past a bound the rest has no spans."""
    rows = "".join("<tr><td rowspan='65534'>x</td></tr>" for _ in range(3000))
    article = read_one(item_xml("<headline>Head</headline><description>R.</description>", xhtml(f"<table>{rows}</table>")))
    places = [(block.cell.column, block.cell.rowspan) for block in article.blocks if block.cell]
    assert places[:3] == [(0, 3000), (1, 2999), (2, 2998)]
    assert places[-1] == (0, 1) and len(places) == 3000


def test_the_translated_item_has_the_table_with_its_cells_translated(tmp_path):
    runner, root, catalog = extracted(tmp_path)
    item = built(tmp_path, runner, root, catalog)
    body = item.find(".//x:body", X)
    assert [etree.QName(child).localname for child in body] == ["p", "table", "p"]
    table = body.find("x:table", X)
    assert table.findtext("x:caption", namespaces=X) == "Vorläufige Ergebnisse"
    # Figures alone are written as German writes them: 1,234,567 would read as 1.234567 there.
    assert rows(table) == [
        ("thead", [("th", "", {}), ("th", "Stimmen", {"scope": "col"}), ("th", "Sitze", {"scope": "col"})]),
        ("tbody", [("th", "Sozialdemokraten", {"scope": "row"}), ("td", "1.234.567", {}), ("td", "112", {})]),
        ("tbody", [("th", "Grüne", {"scope": "row"}), ("td", "Noch nicht ausgezählt", {"colspan": "2"})]),
        ("tbody", [("th", "Andere", {"scope": "row", "rowspan": "2"}), ("td", "98.000", {}), ("td", "4", {})]),
        ("tbody", [("td", "2,3\u00a0%", {}), ("td", "keine", {})]),
        ("tfoot", [("td", "Gesamt", {}), ("td", "2.000.000", {}), ("td", "200", {})]),
    ]
    assert [etree.QName(child).localname for child in table] == ["caption", "thead", "tbody", "tfoot"]
    # The agency's own item publishes the table as it sent it.
    source = etree.fromstring((tmp_path / "newsroom/feeds/en/story.xml").read_bytes())
    assert [cell.text for cell in source.iterfind(".//x:table//x:th", X)][1:3] == ["Votes", "Seats"]


CLUBS = ("<p>The league resumed.</p><table><tr><th>Team</th><th>Points</th></tr><tr><td>Ajax</td><td>12</td></tr>"
         "<tr><td>Bayern Munich</td><td>10</td></tr><tr><td>Total</td><td>22</td></tr></table>"
         "<table><tr><td>PSV</td><td>9</td></tr><tr><td>Twente</td><td>7</td></tr></table>"
         "<table><tr><th>Company</th><th>Change</th></tr><tr><td>Siemens</td><td>-2%</td></tr><tr><td>Stellantis</td><td>1%</td></tr></table>"
         "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>CDU</td><td>3</td></tr><tr><td>Greens</td><td>2</td></tr>"
         "<tr><td>Left</td><td>1</td></tr><tr><td>Others</td><td>1</td></tr></table>")


def test_a_club_or_company_alone_in_a_column_of_names_is_a_name_and_a_party_in_ordinary_words_a_message(tmp_path):
    runner, root, catalog = extracted(tmp_path, CLUBS)
    msgids = {entry.msgid for entry in catalog}
    # Under a heading of names (`Team`, `Company`), or in a column where another cell is a name
    # alone (`PSV`), a lone word is a name; a party named in ordinary words, a row's label, stay messages.
    assert not {"Ajax", "Twente", "Siemens", "Stellantis"} & msgids
    assert {"Total", "Greens", "Left", "Others", "Team", "Company", "Party"} <= msgids
    names_po = tmp_path / "newsroom/locales/de/LC_MESSAGES/names.po"
    glossary = polib.pofile(str(names_po))
    assert {"Ajax", "Bayern Munich", "Twente", "Siemens", "Stellantis"} <= {entry.msgid for entry in glossary}
    glossary.find("Bayern Munich").msgstr = "Bayern München"
    glossary.save()
    german = {"The league resumed.": "Die Liga ging weiter.", "Team": "Mannschaft", "Points": "Punkte", "Total": "Gesamt",
              "PSV": "PSV", "Company": "Unternehmen", "Change": "Veränderung", "Party": "Partei", "Seats": "Sitze", "CDU": "CDU",
              "Greens": "Grüne", "Left": "Linke", "Others": "Andere", "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl"}
    # A cell of names only takes the names glossary's rendering, or is published as written.
    table = built(tmp_path, runner, root, catalog, german).find(".//x:table", X)
    assert [row[0][1] for _, row in rows(table)] == ["Mannschaft", "Ajax", "Bayern München", "Gesamt"]


def test_what_a_cell_says_of_a_match_in_place_of_a_team_is_a_message_in_a_column_of_teams(tmp_path):
    body = ("<p>The league resumed.</p><table><tr><th>Home</th><th>Away</th><th>Winner</th></tr>"
            "<tr><td>Ajax</td><td>Bye</td><td>Ajax</td></tr><tr><td>PSV</td><td>Twente</td><td>Draw</td></tr>"
            "<tr><td>Feyenoord</td><td>Postponed</td><td>Abandoned</td></tr></table>")
    _, _, catalog = extracted(tmp_path, body)
    assert {"Bye", "Draw", "Postponed", "Abandoned"} <= {entry.msgid for entry in catalog}
    glossary = {entry.msgid for entry in polib.pofile(str(tmp_path / "newsroom/locales/de/LC_MESSAGES/names.po"))}
    assert {"Ajax", "PSV", "Twente", "Feyenoord"} <= glossary and not {"Bye", "Draw", "Postponed", "Abandoned"} & glossary


def test_a_name_only_a_cell_holds_is_in_the_names_glossary_for_its_rendering(tmp_path):
    body = ("<p>The count went on all night.</p><table><tr><th>Candidate</th><th>Votes</th></tr>"
            "<tr><td>Maria Costa</td><td><a href='https://example.com/count'>45.5%</a></td></tr>"
            "<tr><td><p>Jan de Vries</p><p>Anna Berg</p></td><td>12</td></tr></table>")
    runner, root, catalog = extracted(tmp_path, body)
    assert "{Maria_Costa}" not in {entry.msgid for entry in catalog}
    names_po = tmp_path / "newsroom/locales/de/LC_MESSAGES/names.po"
    glossary = polib.pofile(str(names_po))
    assert glossary.find("Maria Costa") is not None
    # Names on lines of their own in a cell are names of their own.
    assert glossary.find("Jan de Vries") is not None and glossary.find("Anna Berg") is not None
    glossary.find("Maria Costa").msgstr = "Maria Kosta"
    glossary.find("Anna Berg").msgstr = "Anna Bergh"
    glossary.save()
    (tmp_path / "newsroom/syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    german = {"The count went on all night.": "Die Auszählung dauerte die ganze Nacht.", "Candidate": "Kandidatin", "Votes": "Stimmen",
              "Social Democrats win the vote": "Sozialdemokraten gewinnen die Wahl"}
    table = built(tmp_path, runner, root, catalog, german).find(".//x:table", X)
    costa, share = table.findall(".//x:tr", X)[1]
    assert costa.text == "Maria Kosta"
    # A link around a figure goes around it as German writes it.
    assert [(anchor.text, anchor.tail or "") for anchor in share] == [("45,5\u00a0%", "")]
    assert list(table.findall(".//x:tr", X)[2][0].itertext()) == ["Jan de Vries", "Anna Bergh"]


def test_an_untranslated_cell_is_published_in_the_original_language_saying_so(tmp_path):
    runner, root, catalog = extracted(tmp_path)
    untranslated = {msgid: text for msgid, text in GERMAN.items() if msgid not in ("Greens", "Provisional results")}
    item = built(tmp_path, runner, root, catalog, untranslated, "--threshold", "50")
    table = item.find(".//x:table", X)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert table.find("x:caption", X).attrib == {"lang": "en", lang: "en"} and table.findtext("x:caption", namespaces=X) == "Provisional results"
    greens, counted = table.findall("x:tbody/x:tr", X)[1]
    assert (greens.text, greens.get(lang)) == ("Greens", "en")
    assert (counted.text, counted.get(lang)) == ("Noch nicht ausgezählt", None)
    # Figures are in no language: they say none.
    assert all(cell.get(lang) is None for cell in table.iterfind(".//x:td", X) if cell.text and cell.text[0].isdigit())


def test_a_table_of_broken_markup_reads_as_a_browser_shows_it_and_is_published_whole(tmp_path):
    body = """<p>Intro.</p>
        <table>Loose text <td>Loose</td><td>cells</td><tr></tr><tr><td></td><td></td></tr>
          <tr><td>Berlin<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></td><td>12</td></tr>
          <p>A paragraph in the table.</p></table>
        <div><tr><td>A row alone</td></tr><td>A cell alone</td></div>"""
    article = read_one(item_xml("<headline>Head</headline>", xhtml(body)))
    assert [(block.kind, block.text, block.cell and (block.cell.row, block.cell.column)) for block in article.blocks[2:]] == [
        ("paragraph", "A paragraph in the table.", None),  # what a table holds outside its cells comes first
        ("paragraph", "Loose text", None),
        ("cell", "Loose", (0, 0)), ("cell", "cells", (0, 1)),  # cells outside a row make one; an empty row is none
        ("cell", "", (1, 0)), ("cell", "", (1, 1)),
        ("cell", "Berlin\na | b\nc", (2, 0)), ("cell", "12", (2, 1)),  # a table in a cell runs on, a row to a line
        ("cell", "A row alone", (0, 0)),
        ("paragraph", "A cell alone", None),
    ]
    tables = {block.cell.table for block in article.blocks if block.cell}
    assert len(tables) == 2
    units = article_units(article)
    # Each line of a cell is a unit of its own.
    assert [unit.msgid for unit in units if unit.kind == "cell"] == ["Loose", "cells", "Berlin", "a | b", "c", "A row alone"]
    runner, root, catalog = extracted(tmp_path, body)
    result = runner.invoke(main, [*root, "build"])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "newsroom/feeds/en/story.xml").read_bytes()
    assert_valid(data)
    published = etree.fromstring(data).find(".//x:body", X)
    assert [etree.QName(child).localname for child in published] == ["p", "p", "p", "table", "table", "p"]
    first, second = published.iterfind("x:table", X)
    assert rows(first) == [
        ("table", [("td", "Loose", {}), ("td", "cells", {})]),
        ("table", [("td", "", {}), ("td", "", {})]),
        ("table", [("td", "Berlin", {}), ("td", "12", {})]),
    ]
    nested = first.findall("x:tr", X)[2][0]
    assert "".join(nested.itertext()) == "Berlina | bc" and [etree.QName(child).localname for child in nested] == ["br", "br"]
    assert rows(second) == [("table", [("td", "A row alone", {})])]


def test_a_table_opening_the_text_is_no_teaser_nor_a_dateline(tmp_path):
    body = "<table><tr><th>Berlin</th><th>Hamburg</th></tr><tr><td>12</td><td>7</td></tr></table><p>The city won.</p>"
    article = read_one(item_xml("<headline>Head</headline>", xhtml(body)))
    assert article.lede_in_body and article.blocks[1].kind == "cell"
    localised = localise(
        article, article_units(article), None, Target("en"), guid="urn:x", version=1, provider="example.com",
        version_created=NOW, first_created=NOW,
    ).article
    assert localised.description is None and localised.dateline is None
    assert [block.kind for block in localised.body] == ["table", "p"]
    # Read as text, a table reads row by row.
    assert localised.body[0].text == "Berlin | Hamburg\n12 | 7"
    data = item_bytes(localised)
    assert_valid(data)
    # Read back (as the desk reads its own item for a withdrawal whose record is gone), it is the same table.
    again = read_one(data)

    def cells(read: Article) -> list[tuple[str, Cell]]:
        return [(block.text, dataclasses.replace(block.cell, table=0)) for block in read.blocks if block.cell]

    assert cells(again) == cells(article)


def test_a_table_survives_the_article_record_and_older_records_still_load(tmp_path):
    article = read_one(item_xml("<headline>Social Democrats win the vote</headline>", xhtml(RESULTS)))
    units = article_units(article)
    workspace = Workspace(tmp_path)
    record = workspace.article_record(article, units)
    workspace.article_file(article.id).parent.mkdir(parents=True)
    workspace.article_file(article.id).write_text(record, encoding="utf-8")
    assert workspace.load_article(article.id) == (article, units)
    blocks = json.loads(record)["article"]["blocks"]
    assert "cell" not in blocks[0] and blocks[2]["cell"] == {
        "table": article.blocks[2].cell.table, "part": "caption", "row": 0, "column": 0, "header": False,
        "colspan": 1, "rowspan": 1, "scope": None, "group": 0,
    }
    # A record written before a table's row groups were kept: its sections are published as before.
    older = json.loads(record)
    for block in older["article"]["blocks"]:
        if block.get("cell"):
            del block["cell"]["group"]
    workspace.article_file(article.id).write_text(json.dumps(older), encoding="utf-8")
    loaded, _ = workspace.load_article(article.id)
    assert [etree.QName(child).localname for child in _published_again(loaded)] == ["caption", "thead", "tbody", "tfoot"]
    # A record written before tables were kept holds a table's rows as paragraphs: it loads so.
    older = json.loads(record)
    older["article"]["blocks"] = [{key: value for key, value in block.items() if key != "cell"} for block in blocks]
    workspace.article_file(article.id).write_text(json.dumps(older), encoding="utf-8")
    loaded, _ = workspace.load_article(article.id)
    assert all(block.cell is None for block in loaded.blocks)


# ---- any body of tables, lists and paragraphs, however nested: a valid item in every locale ----

_ATTRIBUTES = {
    "colspan": st.sampled_from(["0", "1", "2", "3", "x", "-1", "99999"]),
    "rowspan": st.sampled_from(["0", "1", "2", "x", "-4", "1000"]),
    "scope": st.sampled_from(["row", "col", "rowgroup", "bogus"]),
    "lang": st.sampled_from(["fr", "en", "ar", "", "x-y-z"]),
}
_WORDS = st.text(alphabet="ab Zé1,.%{}<&\"'«»–\u200f\u0627", max_size=14)


def _element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    tag = st.sampled_from(["p", "table", "tr", "td", "th", "caption", "thead", "tbody", "tfoot", "ul", "li", "pre", "q", "a", "h2", "div"])
    attributes = st.dictionaries(st.sampled_from(sorted(_ATTRIBUTES)), st.just(None), max_size=2).flatmap(
        lambda names: st.fixed_dictionaries({name: _ATTRIBUTES[name] for name in names})
    )

    def render(name: str, attrs: dict[str, str], text: str, inner: list[str]) -> str:
        rendered = "".join(f' {key}="{escape(value, {chr(34): "&quot;"})}"' for key, value in attrs.items())
        href = ' href="https://example.com/x"' if name == "a" else ""
        return f"<{name}{rendered}{href}>{escape(text)}{''.join(inner)}</{name}>"

    return st.builds(render, tag, attributes, _WORDS, children)


_BODIES = st.recursive(_WORDS.map(escape), lambda inner: _element(st.lists(inner, max_size=4)), max_leaves=25)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BODIES, min_size=1, max_size=4).map("".join))
def test_any_body_of_tables_and_lists_is_published_valid_in_every_locale(body: str) -> None:
    try:
        article = read_one(item_xml("<headline>Results</headline>", xhtml(body)))
    except InputError:
        return
    units = article_units(article)
    catalog = template(article, units, NOW)
    # Every message translated as it reads: placeholders, links and quotations kept.
    translated = dataclasses.replace(
        catalog, messages=tuple(dataclasses.replace(message, msgstr=message.msgid) for message in catalog.messages), locale="de"
    )
    for lang, translation, direction in (("en", None, "ltr"), ("de", translated, "ltr"), ("ar", translated, "rtl")):
        localised = localise(
            article, units, translation, Target(lang, direction), guid="urn:x", version=1, provider="example.com",
            version_created=NOW, first_created=NOW, threshold=0,
        ).article
        assert localised is not None, lang
        assert_valid(item_bytes(localised))
