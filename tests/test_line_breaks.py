"""An agency's lines in a paragraph (`<br/>`): read as lines, translated line by line, published as lines."""

from __future__ import annotations

from pathlib import Path

import polib
from click.testing import CliRunner
from conftest import msgfmt_check
from lxml import etree
from schema import assert_valid
from test_newsml_reader import item_xml, read_one, xhtml

from syndicate.cli import main
from syndicate.units import article_units

X = {"x": "http://www.w3.org/1999/xhtml"}
RESULTS = item_xml(
    "<headline>Bundesliga results</headline><description>Results of the day.</description>",
    xhtml("<p>Results on Saturday:</p><p>Bayern Munich 3 Borussia Dortmund 1<br/>RB Leipzig 2 Mainz 0<br/>"
          "Hertha Berlin 1 Werder Bremen 1</p>"),
    guid="urn:newsml:agency.example:20261127:results",
)
LINES = ["{Bayern_Munich} 3 {Borussia_Dortmund} 1", "{RB_Leipzig} 2 Mainz 0", "{Hertha_Berlin} 1 {Werder_Bremen} 1"]
GERMAN = {
    "Bundesliga results": "Ergebnisse der Bundesliga", "Results of the day.": "Die Ergebnisse des Tages.",
    "Results on Saturday:": "Ergebnisse vom Samstag:", **{line: line for line in LINES},
}


def extracted(tmp_path: Path) -> tuple[CliRunner, list[str], polib.POFile]:
    source = tmp_path / "results.xml"
    source.write_bytes(RESULTS)
    runner, root = CliRunner(), ["--root", str(tmp_path / "newsroom")]
    result = runner.invoke(main, [*root, "extract", str(source), "-l", "de"])
    assert result.exit_code == 0, result.output
    po_path = tmp_path / "newsroom/locales/de/LC_MESSAGES/results.po"
    msgfmt_check(po_path)
    return runner, root, polib.pofile(str(po_path))


def built(tmp_path: Path, runner: CliRunner, root: list[str], catalog: polib.POFile, translations: dict[str, str],
          *options: str, succeeds: bool = True) -> None:
    for entry in catalog:
        entry.msgstr = translations.get(entry.msgid, "")
    catalog.save()
    result = runner.invoke(main, [*root, "build", *options])
    assert (result.exit_code == 0) == succeeds, result.output


def paragraphs(tmp_path: Path, lang: str) -> list[etree._Element]:
    data = (tmp_path / f"newsroom/feeds/{lang}/results.xml").read_bytes()
    assert_valid(data)
    return etree.fromstring(data).findall(".//x:body/x:p", X)


def lines(paragraph: etree._Element) -> list[str]:
    """The paragraph's lines as a reader sees them: its text, a `<br/>` between each two."""
    def text(element: etree._Element) -> str:
        return (element.text or "") + "".join(
            ("\n" if etree.QName(child).localname == "br" else text(child)) + (child.tail or "") for child in element
        )
    return text(paragraph).split("\n")


SOURCE_LINES = ["Bayern Munich 3 Borussia Dortmund 1", "RB Leipzig 2 Mainz 0", "Hertha Berlin 1 Werder Bremen 1"]


def test_each_line_of_a_paragraph_is_a_unit_and_a_paragraph_in_every_feed(tmp_path: Path) -> None:
    runner, root, catalog = extracted(tmp_path)
    assert [entry.msgid for entry in catalog] == [*list(GERMAN)[:3], *LINES], "each line a unit, never run into the next"
    built(tmp_path, runner, root, catalog, GERMAN)
    # A partner that keeps each of the body's elements' own text only (Superdesk) keeps every line.
    for lang, first in (("en", "Results on Saturday:"), ("de", "Ergebnisse vom Samstag:")):
        published = paragraphs(tmp_path, lang)
        assert [paragraph.text for paragraph in published] == [first, *SOURCE_LINES], lang
        assert not any(len(paragraph) for paragraph in published), lang


def test_a_line_break_in_a_translation_adds_no_line(tmp_path: Path) -> None:
    runner, root, catalog = extracted(tmp_path)
    # Inside the translation: a warning, and published as a space; at its end: refused.
    built(tmp_path, runner, root, catalog, {**GERMAN, LINES[1]: "{RB_Leipzig} 2\nMainz 0"})
    assert lines(paragraphs(tmp_path, "de")[2]) == ["RB Leipzig 2 Mainz 0"]
    built(tmp_path, runner, root, catalog, {**GERMAN, LINES[1]: "{RB_Leipzig} 2 Mainz 0\n"}, succeeds=False)
    built(tmp_path, runner, root, catalog, {**GERMAN, LINES[1]: "{RB_Leipzig} 2 Mainz 0\n"}, "--threshold", "0")
    assert [lines(paragraph) for paragraph in paragraphs(tmp_path, "de")[1:]] == [[line] for line in SOURCE_LINES]


def test_lines_left_in_the_original_language_are_each_a_paragraph_saying_so(tmp_path: Path) -> None:
    runner, root, catalog = extracted(tmp_path)
    (tmp_path / "newsroom/syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    built(tmp_path, runner, root, catalog, {key: value for key, value in GERMAN.items() if key not in LINES[1:]}, "--threshold", "0")
    results = paragraphs(tmp_path, "de")[1:]
    assert [lines(paragraph) for paragraph in results] == [[line] for line in SOURCE_LINES]
    assert [[span.get("{http://www.w3.org/XML/1998/namespace}lang") for span in paragraph.findall("x:span", X)]
            for paragraph in results] == [[], ["en"], ["en"]]


def test_a_paragraph_keeps_its_lines_but_a_headline_and_a_summary_are_one_line() -> None:
    article = read_one(item_xml(
        "<headline>Results<br/>of the day</headline>",
        xhtml("<h1>Results<br/>of the day</h1><p> <br/>Ajax 2 <br/>\n PSV 1<br/><br/>Twente 0<br/> </p><p>After.</p>"),
    ))
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("headline", "Results of the day"), ("lede", "Ajax 2\nPSV 1\n\nTwente 0"), ("paragraph", "After.")]
    assert [unit.msgid for unit in article_units(article)] == ["Results of the day", "Ajax 2", "PSV 1", "Twente 0", "After."]


def test_a_link_and_a_phrase_kept_as_written_across_a_line_are_one_on_each_line() -> None:
    article = read_one(item_xml(
        "<headline>Head</headline><description>Summary.</description>",
        xhtml('<p>Scores: <a href="https://scores.example/">Ajax 2<br/>PSV 1</a> and '
              '<span translate="no">Go Ahead<br/>Eagles</span> 0</p>'),
    ))
    block = article.blocks[2]
    assert block.text == "Scores: Ajax 2\nPSV 1 and Go Ahead\nEagles 0"
    assert [(block.text[start:end], address) for start, end, address in block.links] == [
        ("Ajax 2", "https://scores.example/"), ("PSV 1", "https://scores.example/")]
    assert [block.text[start:end] for start, end in block.kept] == ["Go Ahead", "Eagles"]
    assert [unit.msgid for unit in article_units(article) if unit.block == 2] == [
        "Scores: <a1>Ajax 2</a1>", "<a1>PSV 1</a1> and {Go_Ahead}", "{Eagles} 0"]


def test_an_item_extracted_before_its_lines_were_read_takes_them_at_its_next_extract(tmp_path: Path) -> None:
    # The article as a reading that ran the lines on into one stored it: the same item sent
    # again is no other text (the same words), and extract takes its lines.
    runner, root, catalog = extracted(tmp_path)
    stored = tmp_path / "newsroom/articles/results.json"
    stored.write_text(stored.read_text(encoding="utf-8").replace("\\n", " "), encoding="utf-8")
    assert "\\n" not in stored.read_text(encoding="utf-8")
    result = runner.invoke(main, [*root, "extract", str(tmp_path / "results.xml"), "-l", "de"])
    assert result.exit_code == 0 and "skipped" not in result.output, result.output
    assert "\\n" in stored.read_text(encoding="utf-8")
    assert [entry.msgid for entry in polib.pofile(str(tmp_path / "newsroom/locales/de/LC_MESSAGES/results.po"))
            if not entry.obsolete][-3:] == LINES


def test_a_summary_taken_from_a_paragraph_of_lines_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "brief.xml"
    source.write_bytes(item_xml("<headline>Results</headline>", xhtml("<p>Results: Ajax 2<br/>PSV 1</p><p>More.</p>"),
                                guid="urn:newsml:agency.example:20261127:brief"))
    root = ["--root", str(tmp_path / "newsroom")]
    assert CliRunner().invoke(main, [*root, "extract", str(source), "-l", "de"]).exit_code == 0
    assert CliRunner().invoke(main, [*root, "build"]).exit_code == 0
    data = (tmp_path / "newsroom/feeds/en/brief.xml").read_bytes()
    assert_valid(data)
    [summary] = etree.fromstring(data).iterfind(".//{http://iptc.org/std/nar/2006-10-01/}description")
    assert summary.text == "Results: Ajax 2 PSV 1"
