"""Hostile and broken input: clear errors, no crash, no hang, nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import REPO
from schema import assert_valid
from test_newsml_reader import item_xml, xhtml
from syndicate.catalog import Message
from syndicate.check import publish_errors
from syndicate.cli import main
from syndicate.link_markers import without_markers
from syndicate.localise import check_translation
from syndicate.model import InputError, Placeholder, Unit
from syndicate.newsml_reader import read_newsml
from syndicate.placeholders import marked_text
from syndicate.pofile import parse_catalog
from syndicate.units import article_units
from syndicate.wire import read_wire

WIRE_PIECES = st.sampled_from(
    ["date 2024-05-02 World\n", "title T\n", "id x\n", "lang de\n", "\n", "\r\n", "“", "”", "„", "'", '"', "(mk)",
     "Paris – ", "Dr. ", "U.S. ", "3.5 ", "A sentence. ", "Maria Costa said ", "{", "}", "\x00", "\ufeff", "é"]
)
PO_PIECES = st.sampled_from(
    ['msgid ""\n', 'msgstr ""\n', '"Content-Type: text/plain; charset=UTF-8\\n"\n', 'msgid "a"\n', 'msgstr "b"\n',
     "#, fuzzy\n", "#~ ", "#| msgid \"x\"\n", 'msgctxt "c"\n', "\n", '"unterminated\n', '"\\', "msgstr[0] \"x\"\n", "#. note\n"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WIRE_PIECES, max_size=40).map("".join) | st.binary(max_size=400).map(lambda data: data.decode("latin-1")))
def test_wire_reader_never_crashes(text):
    try:
        article = read_wire("fuzz.txt", text.encode("utf-8", "surrogatepass"))
    except InputError as error:
        assert error.path == "fuzz.txt"
    else:
        assert article.blocks and article.id


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PO_PIECES, max_size=30).map("".join))
def test_po_reader_raises_only_input_errors(text):
    try:
        parse_catalog(text, "fuzz.po", "fuzz")
    except InputError as error:
        assert error.path == "fuzz.po"


def test_debug_shows_the_traceback_and_plain_runs_do_not(newsroom, tmp_path, wire_files):
    rules = tmp_path / "rules.srx"
    rules.write_text("not SRX", encoding="utf-8")
    command = ["extract", "--srx", str(rules), str(wire_files[0])]
    plain = CliRunner().invoke(main, ["--root", str(newsroom), *command])
    assert plain.exit_code == 1 and "rules.srx" in plain.output and "Traceback" not in plain.output
    debug = CliRunner().invoke(main, ["--root", str(newsroom), "--debug", *command])
    assert debug.exit_code == 1 and isinstance(debug.exception, InputError)


def test_a_source_not_in_utf8_is_named_with_its_line_and_skipped(newsroom, tmp_path, wire_files):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(bad), str(wire_files[0])])
    assert result.exit_code == 1 and f"error: {bad}:1: not UTF-8" in result.output
    assert "the file was skipped, the other files extracted" in result.output
    assert (newsroom / "articles" / f"{wire_files[0].stem}.json").exists()


def test_po_not_in_utf8_is_refused_with_its_line(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"]).exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/cup-final.po"
    po = polib.pofile(str(po_path))
    po[0].msgstr = "Außenseiterinnen"
    po.save()
    po_path.write_bytes(po_path.read_bytes().replace("Außenseiterinnen".encode(), "Außenseiterinnen".encode("latin-1")))
    before = po_path.read_bytes()
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"])
    assert result.exit_code == 1
    assert "cup-final.po:" in result.output and "not UTF-8" in result.output
    assert po_path.read_bytes() == before, "a translator's file is never overwritten with less"


def test_a_damaged_article_record_is_one_line_without_debug(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0])]).exit_code == 0
    (newsroom / "articles/cup-final.json").write_text('{"article": {"id": 5}}', encoding="utf-8")
    result = runner.invoke(main, ["--root", str(newsroom), "build"])
    assert result.exit_code == 1
    assert "cup-final.json" in result.output and "Traceback" not in result.output


def test_a_po_with_a_syntax_error_keeps_only_its_own_item_from_being_published(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", *map(str, wire_files), "-l", "de"]).exit_code == 0
    for path in (REPO / "locales/de/LC_MESSAGES").glob("*.po"):  # the demo's real translations
        if path.stem != "names":
            shutil.copy(path, newsroom / "locales/de/LC_MESSAGES" / path.name)
    broken = newsroom / "locales/de/LC_MESSAGES/cup-final.po"
    text = broken.read_text(encoding="utf-8")
    line = text.splitlines().index(next(line for line in text.splitlines() if line.startswith("msgstr") and line != 'msgstr ""')) + 1
    broken.write_text(text.replace(text.splitlines()[line - 1], 'msgstr "Ein "zitiertes" Wort"', 1), encoding="utf-8")
    result = runner.invoke(main, ["--root", str(newsroom), "build"])
    assert result.exit_code == 1
    assert f"not published: cup-final [de]: {broken}:{line}:" in result.output, result.output
    published = sorted(path.name for path in (newsroom / "feeds/de").glob("*.xml"))
    assert published == ["index.xml", "port-strike.xml", "senate-vote.xml"]


NAR = "http://iptc.org/std/nar/2006-10-01/"


def _built_demo(newsroom, wire_files) -> CliRunner:
    """The demo articles extracted, with the demo's German and French translations, and built."""
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", *map(str, wire_files), "-l", "de,fr"]).exit_code == 0
    for path in REPO.glob("locales/*/LC_MESSAGES/*.po"):
        if path.stem != "names":
            shutil.copy(path, newsroom / path.relative_to(REPO))
    assert runner.invoke(main, ["--root", str(newsroom), "build"]).exit_code == 0
    return runner


def _item_version(path):
    return int(etree.parse(str(path)).getroot().get("version"))


@pytest.mark.parametrize("record_kept", [True, False], ids=["with the build record", "feeds copied without it"])
def test_an_item_file_damaged_on_disk_is_written_again_never_as_an_older_version(newsroom, wire_files, record_kept):
    runner = _built_demo(newsroom, wire_files)
    damaged = newsroom / "feeds/de/cup-final.xml"
    published = _item_version(damaged)
    if not record_kept:
        shutil.rmtree(newsroom / ".syndicate")
    damaged.write_bytes(damaged.read_bytes()[:300])  # cut short, its inputs unchanged
    result = runner.invoke(main, ["--root", str(newsroom), "build"])
    assert result.exit_code == 0, result.output
    # With the record, what it was built from is known unchanged: the same version again.
    # Without, a newer one: partners may hold the damaged file's version with other content.
    expected = published if record_kept else published + 1
    assert f"{damaged} was missing or could not be read: written again as version {expected}" in result.output
    assert _item_version(damaged) == expected
    assert_valid(damaged.read_bytes())
    index = etree.parse(str(newsroom / "feeds/de/index.xml")).getroot()
    listed = [item.get("version") for item in index.iter(f"{{{NAR}}}newsItem") if item.get("guid").endswith(":cup-final:de")]
    assert listed == [str(expected)]
    assert "1 item(s) written" in result.output
    assert "0 item(s) written" in runner.invoke(main, ["--root", str(newsroom), "build"]).output
    assert not list(newsroom.rglob("*.tmp"))


def test_an_item_file_edited_by_hand_is_written_again_by_the_next_build(newsroom, wire_files):
    runner = _built_demo(newsroom, wire_files)
    item = newsroom / "feeds/fr/port-strike.xml"
    built = _item_version(item)
    item.write_bytes(item.read_bytes().replace(b"</headline>", b" (edited)</headline>", 1))
    result = runner.invoke(main, ["--root", str(newsroom), "build"])
    # The translation's words again, as a newer version than the one partners may have
    # fetched with the edit.
    assert result.exit_code == 0 and "1 item(s) written" in result.output
    assert b"(edited)" not in item.read_bytes() and _item_version(item) == built + 1
    assert_valid(item.read_bytes())


def test_an_empty_po_file_is_named_and_never_rewritten_as_a_blank_catalog(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"]).exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES" / f"{wire_files[0].stem}.po"
    po_path.write_bytes(b"")  # cut short to nothing
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"])
    assert result.exit_code == 1 and f"{po_path}: the file is empty" in result.output
    assert po_path.read_bytes() == b""
    built = runner.invoke(main, ["--root", str(newsroom), "build"])
    assert built.exit_code == 1 and "the file is empty" in built.output


def test_a_po_file_saved_in_the_charset_its_header_names_is_refused_with_how_to_convert_it(newsroom, wire_files):
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"]).exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES" / f"{wire_files[0].stem}.po"
    po = polib.pofile(str(po_path))
    po[0].msgstr = "Außenseiter"
    po.metadata["Content-Type"] = "text/plain; charset=ISO-8859-1"
    po.save()
    po_path.write_bytes(po_path.read_bytes().decode("utf-8").encode("latin-1", errors="replace"))  # as an editor saves it
    result = runner.invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"])
    assert result.exit_code == 1 and "not UTF-8" in result.output
    assert f"msgconv --to-code=UTF-8 {po_path} (its header says ISO-8859-1)" in result.output


def test_a_source_with_a_control_character_is_skipped_and_the_rest_of_the_batch_extracted(newsroom, tmp_path, wire_files):
    folder = wire_files[0].parent
    bad = folder / "zz.txt"
    bad.write_text("date 2026-11-22 World\ntitle Form feed\n\nThe page break.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(newsroom), "extract", str(bad), "-l", "de"]).exit_code == 0
    kept = {path: path.read_bytes() for path in (newsroom / "locales").rglob("zz.po*")} | {
        newsroom / "articles/zz.json": (newsroom / "articles/zz.json").read_bytes()}
    bad.write_text("date 2026-11-22 World\ntitle Form feed\n\nThe page\x0cbreak.\n", encoding="utf-8")
    doctype = folder / "doctype.xml"
    doctype.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<newsItem/>\n', encoding="utf-8")
    result = runner.invoke(main, ["--root", str(newsroom), "extract", *map(str, [*wire_files, bad, doctype]), "-l", "de"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"error: {bad}:4: control character U+000C in the text, which cannot be published " \
           f"(remove it from the source, or ask its sender for a corrected version); the file was skipped, " \
           "the other files extracted" in lines
    assert any(line.startswith(f"error: {doctype}:2: the document has a DOCTYPE") for line in lines)
    for source in wire_files:
        assert any(line.startswith(f"{source.stem}: ") and line.endswith(" 3 file(s) written") for line in lines)
        assert (newsroom / "locales/de/LC_MESSAGES" / f"{source.stem}.po").exists()
    assert {path: path.read_bytes() for path in kept} == kept, "the article of the bad file stays as it was"


def _paragraph_units(text: str) -> list[str]:
    """The texts of the units of an agency item's one paragraph, `text` (XML-escaped)."""
    item = item_xml("<headline>Head</headline><description>A summary.</description>", xhtml(f"<p>{text}</p>"))
    (article,) = read_newsml(Path("item.xml"), item)
    return [without_markers(marked_text(unit, lambda placeholder: placeholder.text)) for unit in article_units(article) if unit.block == 2]


@pytest.mark.parametrize(("encoding", "doctype"), [
    ("utf-8", '<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    ("utf-8", '<!DOCTYPE newsItem [\n  <!ENTITY a "aaaaaaaaaa">\n  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>'),  # a bomb
    ("utf-16", '<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),  # read past the byte scan
])
def test_a_newsml_item_with_a_doctype_is_named_with_the_doctype_s_line(newsroom, tmp_path, encoding, doctype):
    item = tmp_path / "in/xxe.xml"
    item.parent.mkdir()
    item.write_bytes(f'<?xml version="1.0" encoding="{encoding}"?>\n<!-- from the agency -->\n{doctype}\n'
                     f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>\n'.encode(encoding))
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(item), "-l", "de"])
    assert result.exit_code == 1
    assert f"error: {item}:3: the document has a DOCTYPE (" in result.output


def test_a_long_run_of_spaces_after_what_starts_a_link_marker_is_read_at_once():
    """`<a` followed by no-break spaces that no `>` closes reads as no marker, in an agency's
    text and in a translation, after one look at the run, not one for each way of splitting it."""
    spaces = "\xa0" * 200_000
    assert _paragraph_units(f"Read &lt;a{spaces}x") == [f"Read <a{spaces}x"]
    unit = Unit("Read <a1>the report</a1>.", "paragraph", 2, 1, links=("https://port.example/report",))
    assert check_translation(unit, f"Lesen Sie <a1>den Bericht</a1>.< {spaces}") == []


def test_a_long_word_before_an_at_sign_is_read_at_once():
    """A run of letters that ends in `@` but makes no e-mail address is looked at once, not
    once from each of its letters, by extract's name finder and by check."""
    letters = "a" * 200_000
    assert _paragraph_units(f"Write to {letters}@ now. Or to press@agency.example.") == [
        f"Write to {letters}@ now.", "Or to press@agency.example.",
    ]
    unit = Unit("Mail {email}.", "paragraph", 2, 1, (Placeholder("email", "press@agency.example", "email"),))
    assert publish_errors(unit, Message(unit.msgid, f"Mail an {{email}}, nicht {letters}@."), "de") == []
