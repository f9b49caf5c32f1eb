"""The command line through click's CliRunner and a real subprocess: exit codes scripts rely on."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import click
import polib
import pytest
from lxml import etree
from click.testing import CliRunner

from conftest import REPO, msgfmt_check
from schema import assert_valid, examples
from syndicate import __version__
from syndicate.cli import main
from syndicate.fsutil import file_identity
from syndicate.workspace import Workspace


def invoke(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def translate_everything(root: Path) -> None:
    """Put the demo newsroom's German and French translations in place, as translators would."""
    for path in (REPO / "locales").glob("*/LC_MESSAGES/*.po"):
        target = root / path.relative_to(REPO)
        if path.stem != "names" and target.parent.is_dir():
            shutil.copy(path, target)


def test_help_says_every_exit_status_a_script_may_get():
    from syndicate.cli import _Busy, _FileSystemError

    help_text = CliRunner().invoke(main, ["--help"]).output
    statuses = help_text.partition("Exit status:")[2].partition("Options:")[0]
    listed = {int(code) for line in statuses.splitlines() for code in line.strip().split("  ")[0].replace(",", " ").split() if code.isdigit()}
    assert listed == {0, 1, 2, _FileSystemError.exit_code, _Busy.exit_code, 130, 143}


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output.strip() == f"syndicate, version {__version__}"
    help_text = runner.invoke(main, ["--help"]).output
    for command in ("extract", "build", "status", "serve", "partner"):
        assert command in help_text
    assert "Segment articles into translation units" in runner.invoke(main, ["extract", "--help"]).output


def test_every_option_of_every_command_says_what_it_is_for():
    def options_without_help(command: click.Command, path: str) -> Iterator[str]:
        yield from (f"{path} {option.opts[-1]}" for option in command.params
                    if isinstance(option, click.Option) and not option.help)
        for name, sub in getattr(command, "commands", {}).items():
            yield from options_without_help(sub, f"{path} {name}")

    assert list(options_without_help(main, "syndicate")) == []
    status_help = " ".join(CliRunner().invoke(main, ["status", "--help"]).output.split())
    assert "--format [text|json] text: a table" in status_help


def test_walkthrough_extract_translate_build_status(newsroom, wire_files):
    result = invoke(newsroom, "extract", *map(str, wire_files), "--locales", "de,fr")
    assert result.exit_code == 0, result.output
    assert "port-strike: 12 units" in result.output

    status = invoke(newsroom, "status", "--format", "json")
    rows = json.loads(status.output)
    assert {(row["article_id"], row["locale"]) for row in rows} == {
        (name, locale) for name in ("cup-final", "port-strike", "senate-vote") for locale in ("de", "fr")
    }
    assert all(row["percent"] == 0 and row["untranslated_words"] > 100 for row in rows)

    refused = invoke(newsroom, "build")
    assert refused.exit_code == 0, "translations still waiting are how a desk works, not a failure"
    # Translations not finished yet: one line per locale, not one per item, and every item counted.
    assert "3 item(s) written, 0 unchanged, 6 waiting for translation." in refused.output
    assert "waiting for translation [de]: 3 item(s) below the 100% threshold: cup-final, port-strike, senate-vote" in refused.output
    assert "not published" not in refused.output

    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = entry.msgid.replace("{Costa}", "Costa")
    po.save()
    broken = invoke(newsroom, "build", "-l", "de", "port-strike")
    assert broken.exit_code == 1, "an item refused for an error is a failure"
    entry = next(entry for entry in polib.pofile(str(po_path)) if "{Costa}" in entry.msgid)
    # The error points at the PO entry to fix, as check does.
    assert f"  {po_path}:{entry.linenum}: placeholders: missing placeholder {{Costa}}" in broken.output

    translate_everything(newsroom)
    built = invoke(newsroom, "build")
    assert built.exit_code == 0, built.output
    assert "6 item(s) written, 3 unchanged" in built.output
    for item in (newsroom / "feeds").rglob("*.xml"):
        assert_valid(item.read_bytes())
    assert "0 item(s) written, 9 unchanged" in invoke(newsroom, "build").output

    status = invoke(newsroom, "status")
    assert "port-strike                      de           12      0      0" in status.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{wire}", "-l", "xx"], "unknown locale 'xx'"),
        # Not the locale babel falls back to, in another region or script than the one asked for.
        (["extract", "{wire}", "-l", "en-ZZ"], "unknown locale 'en-ZZ': CLDR has no data for it; the nearest it has is en-US"),
        (["extract", "{wire}", "-l", "zh-Hant-CN"], "the nearest it has is zh-Hans-CN"),
        (["status", "-l", "en-Qaaa"], "unknown locale 'en-Qaaa'"),
        (["extract", "{bad}", "-l", "de"], "bad.txt:1: expected the date line"),
        (["extract", "{latin1}", "-l", "de"], "latin1.txt:3: not UTF-8"),
        (["extract", "{wire}", "--source-lang", "??"], "not a locale tag"),
        (["build"], "no articles in"),
    ],
)
def test_bad_input_gets_a_clear_error_and_nonzero_exit(newsroom, wire_files, args, message):
    bad = newsroom.parent / "bad.txt"
    bad.write_text("no date line here\n", encoding="utf-8")
    latin1 = newsroom.parent / "latin1.txt"
    latin1.write_bytes("date 2024-05-02 Wirtschaft\n\nGrüße aus Köln.\n".encode("latin-1"))
    filled = [arg.format(wire=wire_files[0], bad=bad, latin1=latin1) for arg in args]
    result = CliRunner().invoke(main, ["--root", str(newsroom), *filled])
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (newsroom / "locales").exists()


def test_extract_counts_one_unit_as_one(newsroom, tmp_path):
    from test_newsml_reader import item_xml, xhtml

    item = tmp_path / "brief.xml"
    item.write_bytes(item_xml("<headline>Rail talks resume</headline>", xhtml(""), guid="urn:newsml:agency.example:20261127:brief"))
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(item), "-l", "de"])
    assert result.exit_code == 0 and result.output.splitlines()[1:] == ["brief: 1 unit, 3 file(s) written"], result.output
    assert result.output.splitlines()[0] == f"New workspace: {newsroom.resolve()}"


def test_the_articles_own_language_given_as_a_locale_is_noted(newsroom, wire_files):
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(wire_files[0]), "-l", "en,de"])
    assert result.exit_code == 0, result.output
    assert "note: en is the language of every article given" in result.output
    assert (newsroom / "locales/de/LC_MESSAGES" / f"{wire_files[0].stem}.po").exists()
    assert not (newsroom / "locales/en/LC_MESSAGES" / f"{wire_files[0].stem}.po").exists()


def test_the_articles_own_language_as_the_only_locale_creates_nothing_for_it(newsroom, wire_files):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    result = invoke(newsroom, "extract", str(wire_files[0]), "-l", "en")
    assert result.exit_code == 0
    assert "note: en is the language of every article given: no translation into it was made, and no file written for it" \
        in result.output.splitlines()
    assert not (newsroom / "locales/en").exists()
    assert [row["locale"] for row in json.loads(invoke(newsroom, "status", "--format", "json").output)] == ["de"] * 3
    fresh = newsroom.parent / "fresh"
    fresh.mkdir()
    assert invoke(fresh, "extract", *map(str, wire_files), "-l", "en").exit_code == 0
    assert not (fresh / "locales/en").exists()


def test_python_dash_m_runs_the_cli(newsroom, wire_files):
    completed = subprocess.run(
        [sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", str(wire_files[0]), "-l", "de"],
        capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stderr
    assert (newsroom / "locales/de/LC_MESSAGES/cup-final.po").exists()
    broken = subprocess.run(
        [sys.executable, "-m", "syndicate", "--root", str(newsroom), "extract", str(newsroom / "missing.txt")],
        capture_output=True, text=True,
    )
    assert broken.returncode == 2 and "does not exist" in broken.stderr


def test_a_build_with_nothing_to_rebuild_starts_without_the_review(newsroom, wire_files):
    # The desk's routine run (a build every few minutes) does without compiling the review's patterns.
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    script = ("import sys; from syndicate.cli import main; main(sys.argv[1:], standalone_mode=False); "
              "print('syndicate.figures' in sys.modules)")

    def build() -> list[str]:
        # Both builds in fresh processes, by the package's modules as they are now: a build
        # by other code builds every item again, and this process took its code version at
        # its first build, before any module saved while the suite runs.
        completed = subprocess.run([sys.executable, "-c", script, "--root", str(newsroom), "build"], capture_output=True, text=True)
        assert completed.returncode == 0, completed.stderr
        return completed.stdout.splitlines()

    assert build() == ["6 item(s) written, 0 unchanged.", "True"]
    assert build() == ["0 item(s) written, 6 unchanged.", "False"]


def test_partner_add_prints_the_token_once(newsroom):
    result = CliRunner().invoke(main, ["--root", str(newsroom), "partner", "add", "Tagesblatt", "--locales", "de,de-AT"])
    assert result.exit_code == 0, result.output
    token = result.output.splitlines()[0]
    assert len(token) >= 40
    assert token not in (newsroom / "partners.json").read_text(encoding="utf-8")
    listed = invoke(newsroom, "partner", "list")
    assert listed.output.strip() == "Tagesblatt\tde,de-AT\tregional"
    # -l as every other command takes locales, and an error names the option as it is written.
    assert invoke(newsroom, "partner", "add", "Le Soir", "-l", "fr").exit_code == 0
    wrong = invoke(newsroom, "partner", "add", "Nowhere", "-l", "xx")
    assert wrong.exit_code == 2 and "'-l' / '--locales'" in wrong.output
    wrong_tm = invoke(newsroom, "tm", "export", "-l", "xx")
    assert wrong_tm.exit_code == 2 and "'-l' / '--locale'" in wrong_tm.output
    # A deprecated code is the language's current one as written, without a region added.
    added = CliRunner().invoke(main, ["--root", str(newsroom), "partner", "add", "Haaretz", "-l", "iw,he"])
    assert "Token for Haaretz, who may read he (each with its regional feeds):" in added.output
    assert invoke(newsroom, "partner", "list").output.splitlines()[-1] == "Haaretz\the\tregional"
    regional_only = CliRunner().invoke(main, ["--root", str(newsroom), "partner", "add", "Kurier", "-l", "de-AT"])
    assert "Token for Kurier, who may read de-AT: give it" in regional_only.output


def test_tm_export_of_a_locale_translated_from_several_languages_takes_one_at_a_time(newsroom, wire_files, tmp_path):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    french = tmp_path / "vote.txt"
    english = next(path for path in wire_files if path.stem == "cup-final").read_text(encoding="utf-8")
    french.write_text(english.replace("id cup-final\nlang en\n", "id vote-fr\nlang fr\n"), encoding="utf-8")
    assert invoke(newsroom, "extract", str(french), "-l", "de").exit_code == 0
    for path in (newsroom / "locales/de/LC_MESSAGES").glob("*.po"):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            entry.msgstr = "DE " + entry.msgid
        catalog.save()

    refused = CliRunner().invoke(main, ["--root", str(newsroom), "tm", "export", "-l", "de"])
    assert refused.exit_code == 1 and "several source languages: en, fr" in refused.output
    assert "--source-lang en" in refused.output and "<tmx" not in refused.output
    exported = {}
    for language in ("en", "fr"):
        result = CliRunner().invoke(main, ["--root", str(newsroom), "tm", "export", "-l", "de", "--source-lang", language])
        assert result.exit_code == 0, result.output
        exported[language] = etree.fromstring(result.output.encode("utf-8"))
        assert exported[language].find("header").get("srclang") == language
    origins = {language: {prop.text for prop in document.iterfind("body/tu/prop")} for language, document in exported.items()}
    assert origins["fr"] == {"vote-fr"} and "vote-fr" not in origins["en"] and origins["en"]


def test_tm_export_refuses_a_locale_the_workspace_does_not_have(newsroom, wire_files):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    missing = CliRunner().invoke(main, ["--root", str(newsroom), "tm", "export", "-l", "it"])
    assert missing.exit_code == 1 and "no locale it in" in missing.output
    assert missing.output.count("<tmx") == 0


def test_a_locale_given_in_two_spellings_is_built_once(newsroom, wire_files):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    translate_everything(newsroom)
    assert invoke(newsroom, "build").exit_code == 0
    po = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    catalog = polib.pofile(str(po))
    catalog[0].msgstr = "Breitet sich der Hafenstreik aus?"
    catalog.save()
    result = invoke(newsroom, "build", "-l", "de", "-l", "DE", "port-strike")
    assert result.exit_code == 0, result.output
    item = etree.parse(str(newsroom / "feeds/de/port-strike.xml")).getroot()
    assert item.get("version") == "2"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2026-11-2", "strike.txt:2: bad date '2026-11-2': write YYYY-MM-DD (2026-11-02)"),
        ("2026/11/02", "strike.txt:2: bad date '2026/11/02': write YYYY-MM-DD (2026-11-02)"),
        ("02.11.2026", "strike.txt:2: bad date '02.11.2026': write YYYY-MM-DD;"),
    ],
)
def test_a_date_written_another_way_says_how_to_write_it(newsroom, tmp_path, written, message):
    source = tmp_path / "strike.txt"
    source.write_text(f"\ndate {written} Home page economy\n\nDockers voted to strike on.\n", encoding="utf-8")
    result = invoke(newsroom, "extract", str(source), "-l", "de")
    assert result.exit_code == 1 and message in result.output, result.output


def test_check_reports_errors_with_exit_status(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    clean = invoke(newsroom, "check", "-l", "de")
    assert clean.exit_code == 0 and "No problems found." in clean.output
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    text = po_path.read_text(encoding="utf-8").replace("{Costa} dem", "Costa dem", 1)
    po_path.write_text(text, encoding="utf-8")
    broken = CliRunner().invoke(main, ["--root", str(newsroom), "check", "-l", "de", "--format", "json"])
    assert broken.exit_code == 1
    findings = json.loads(broken.output)
    assert any(f["check"] == "placeholders" and f["severity"] == "error" and f["path"].endswith("port-strike.po") for f in findings)


def test_check_after_a_build_reports_a_po_edited_since(newsroom, wire_files):
    """check takes up the build's review of files unchanged since (see check.Review), and reviews an edited one itself."""
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    assert invoke(newsroom, "build").exit_code == 0
    records = newsroom / ".syndicate/review"
    assert sorted(path.name for path in records.iterdir()) == ["cup-final.json", "port-strike.json", "senate-vote.json"]
    assert all(list(json.loads(path.read_text(encoding="utf-8"))) == ["de"] for path in records.iterdir())
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po_path.write_text(po_path.read_text(encoding="utf-8").replace("{Costa} dem", "Costa dem", 1), encoding="utf-8")
    broken = invoke(newsroom, "check", "--errors-only")
    assert broken.exit_code == 1
    assert "error   placeholders: missing placeholder {Costa}" in broken.output


def test_check_can_show_the_errors_alone_and_count_the_warnings(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de,es")
    translate_everything(newsroom)  # German only: every Spanish unit is a warning
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po_path.write_text(po_path.read_text(encoding="utf-8").replace("{Costa} dem", "Costa dem", 1), encoding="utf-8")
    everything = invoke(newsroom, "check")
    errors = invoke(newsroom, "check", "--errors-only")
    assert errors.exit_code == everything.exit_code == 1
    assert "untranslated" in everything.output and "untranslated" not in errors.output
    assert "error   placeholders" in errors.output
    summary = everything.output.splitlines()[-1]
    assert errors.output.splitlines()[-1] == summary.replace(" warnings in", " warnings (not shown) in")
    findings = json.loads(invoke(newsroom, "check", "--errors-only", "--format", "json").output)
    assert findings and {finding["severity"] for finding in findings} == {"error"}


def test_check_warns_of_a_change_translated_the_other_way_round_and_build_still_publishes_it(newsroom, tmp_path):
    source = tmp_path / "prices.txt"
    source.write_text("date 2026-11-19 Home page economy\n\nPrices climb\n\nInflation rose to 3.2% in May.\n", encoding="utf-8")
    assert invoke(newsroom, "extract", str(source), "-l", "de").exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/prices.po"
    po = polib.pofile(str(po_path))
    translations = {"Prices climb": "Preise steigen", "Inflation rose to 3.2% in May.": "Die Inflation sank im Mai auf 3,2 %."}
    for entry in po:
        entry.msgstr = translations[entry.msgid]
    po.save()
    line = next(entry.linenum for entry in polib.pofile(str(po_path)) if entry.msgid.startswith("Inflation"))

    checked = invoke(newsroom, "check", "-l", "de")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines() == [
        "prices",
        f"  {po_path}:{line} [de] “Inflation rose to 3.2% in May.”",
        "    warning direction: the source says a rise (“rose”), the translation only a fall (“sank”): check which way the figure moved",
        "0 errors, 1 warning in 1 article.",
    ]
    built = invoke(newsroom, "build", "-l", "de")
    assert built.exit_code == 0 and "2 item(s) written" in built.output, built.output  # the English item and the German
    item = (newsroom / "feeds/de/prices.xml").read_bytes()
    assert_valid(item)
    assert "Die Inflation sank im Mai auf 3,2" in item.decode("utf-8")


def test_check_warns_of_the_source_left_untranslated_in_a_locale_of_its_script_and_build_still_publishes_it(newsroom, tmp_path):
    source = tmp_path / "port.txt"
    source.write_text("date 2026-11-19 Home page economy\n\nPort strike ends\n\nThe strike at the port ended on Friday.\n",
                      encoding="utf-8")
    assert invoke(newsroom, "extract", str(source), "-l", "de").exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/port.po"
    po = polib.pofile(str(po_path))
    for entry in po:  # "Copy from source" in Poedit, then forgotten
        entry.msgstr = entry.msgid
    po.save()
    lines = {entry.linenum: entry.msgid for entry in polib.pofile(str(po_path))}

    checked = invoke(newsroom, "check", "-l", "de")
    assert checked.exit_code == 0, checked.output
    warning = "    warning unchanged: the translation is the source text, still in English: translate it into German"
    assert checked.output.splitlines() == [
        "port",
        *(said for line, msgid in lines.items() for said in (f"  {po_path}:{line} [de] “{msgid}”", warning)),
        f"0 errors, {len(lines)} warnings in 1 article.",
    ]
    assert len(lines) == 3, "the headline, the lede it opens the body with, and the paragraph"
    built = invoke(newsroom, "build", "-l", "de")
    assert built.exit_code == 0 and "2 item(s) written" in built.output, built.output


def test_status_lists_numbered_stories_in_order_and_adds_up_each_locale(newsroom, wire_files):
    source = next(path for path in wire_files if path.stem == "cup-final")
    stories = []
    for number in (9, 10):
        story = source.with_name(f"story-{number}.txt")
        story.write_text(source.read_text(encoding="utf-8").replace("id cup-final", f"id story-{number}"), encoding="utf-8")
        stories.append(story)
    invoke(newsroom, "extract", *map(str, stories), "-l", "de")
    lines = invoke(newsroom, "status").output.splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["story-9", "story-10"]
    assert lines[-1].split() == ["all", "2", "articles", "de", "0", "0", "22", "0/0/262", "0.0"]


def test_pseudo_locale_builds_valid_items(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files))
    assert "en-XA: 3 file(s) written" in invoke(newsroom, "pseudo").output
    built = invoke(newsroom, "build", "-l", "en-XA")
    assert built.exit_code == 0, built.output
    for item in (newsroom / "feeds/en-XA").glob("*.xml"):
        assert_valid(item.read_bytes())
    assert "[" in (newsroom / "feeds/en-XA/port-strike.xml").read_text(encoding="utf-8")


def test_tm_export_then_import_round_trips(newsroom, wire_files, tmp_path):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    exported = tmp_path / "de.tmx"
    assert invoke(newsroom, "tm", "export", "-l", "de", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other"
    result = invoke(other, "tm", "import", str(exported), "-l", "de")
    assert result.exit_code == 0 and "new unit(s) in the de memory" in result.output
    assert int(result.output.split()[0]) >= 30
    again = invoke(other, "tm", "import", str(exported), "-l", "de")
    assert again.output.startswith("0 new unit(s)")


CLIENT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="client" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Port operator {Euromax_Terminals} declined to comment.</seg></tuv>
<tuv xml:lang="de"><seg>Der Betreiber {Euromax_Terminals} äußerte sich nicht.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>EU transport ministers meet on Monday at 9:30 a.m.</seg></tuv>
<tuv xml:lang="de"><seg>Die EU-Verkehrsminister treffen sich am Montag um 9:30 Uhr.</seg></tuv></tu>
</body></tmx>
"""


def test_an_import_fills_exact_and_near_matches_at_the_next_extract(newsroom, wire_files, tmp_path):
    """As `tm import --help` and the README say: also where the memory's database is built
    afresh at that extract, as here, where the near match waited for the story's next extract."""
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    invoke(newsroom, "extract", str(port), "-l", "de")
    memory = tmp_path / "client.tmx"
    memory.write_text(CLIENT_TMX, encoding="utf-8")
    assert invoke(newsroom, "tm", "import", str(memory), "-l", "de").output == "2 new unit(s) in the de memory\n"
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"

    def entry(msgid: str) -> polib.POEntry:
        return polib.pofile(str(po_path)).find(msgid)

    assert invoke(newsroom, "extract").output == "port-strike: 12 units, 1 file(s) written\n"
    exact, near = "Port operator {Euromax_Terminals} declined to comment.", "EU transport ministers meet on Friday at 9:30 a.m."
    assert (entry(exact).msgstr, entry(exact).fuzzy) == ("Der Betreiber {Euromax_Terminals} äußerte sich nicht.", False)
    assert (entry(near).msgstr, entry(near).fuzzy) == ("Die EU-Verkehrsminister treffen sich am Montag um 9:30 Uhr.", True)
    msgfmt_check(po_path)
    written = file_identity(po_path)
    assert invoke(newsroom, "extract", str(port)).exit_code == 0 and file_identity(po_path) == written
    told = " ".join(invoke(newsroom, "tm", "import", "--help").output.split())
    assert "The next extract fills the units of the locale's PO files still empty" in told
    assert "the exact matches as translated, the near ones as suggestions to review" in told
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "fills the units still empty in that locale's files that the memory matches, exactly or nearly" in readme


def test_segment_shows_units_with_protected_spans(newsroom, wire_files):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    result = invoke(newsroom, "segment", str(port))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "port-strike (en)"
    assert any("Union leader ⟦Maria Costa⟧ says “the workers have run out of patience”" in line for line in lines)
    quoted = next(line for line in lines if "We are not asking for the moon" in line)
    assert "“ “We are not asking for the moon. We want contracts that last longer than a season,” ⟦Costa⟧ told" in quoted


def test_srx_exported_and_loaded_back_extracts_the_same_units(newsroom, wire_files, tmp_path):
    rules = tmp_path / "rules.srx"
    rules.write_text(invoke(newsroom, "segment", "--export-srx").output, encoding="utf-8")
    builtin = invoke(newsroom, "segment", str(wire_files[1])).output
    assert invoke(newsroom, "segment", str(wire_files[1]), "--srx", str(rules)).output == builtin
    assert invoke(newsroom, "extract", *map(str, wire_files), "--srx", str(rules)).exit_code == 0
    plain = tmp_path / "plain"
    invoke(plain, "extract", *map(str, wire_files))
    for name in ("cup-final", "port-strike", "senate-vote"):
        ours = (newsroom / f"locales/templates/{name}.pot").read_text(encoding="utf-8").split("\n\n", 1)[1]
        theirs = (plain / f"locales/templates/{name}.pot").read_text(encoding="utf-8").split("\n\n", 1)[1]
        assert ours == theirs


def test_a_desk_srx_file_changes_segmentation_and_a_broken_one_is_an_error(newsroom, wire_files, tmp_path):
    one_per_paragraph = tmp_path / "paragraphs.srx"
    one_per_paragraph.write_text(
        '<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body><languagerules>'
        '<languagerule languagerulename="None"><rule break="no"><beforebreak>.</beforebreak><afterbreak>.</afterbreak></rule>'
        '</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="None"/></maprules>'
        "</body></srx>",
        encoding="utf-8",
    )
    (newsroom / "syndicate.toml").write_text('[extract]\nsrx = "../paragraphs.srx"\n', encoding="utf-8")
    assert "port-strike: 7 units" in invoke(newsroom, "extract", str(wire_files[1])).output, "one unit per block and the byline"
    broken = tmp_path / "broken.srx"
    broken.write_text("<srx", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "extract", str(wire_files[1]), "--srx", str(broken)])
    assert result.exit_code == 1 and "broken.srx" in result.output


def test_a_reader_that_stops_early_ends_the_command_quietly(newsroom):
    """`syndicate segment --export-srx | head -1`: no "Broken pipe" error on the terminal."""
    process = subprocess.Popen(
        [sys.executable, "-m", "syndicate", "--root", str(newsroom), "segment", "--export-srx"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    process.stdout.close()  # before the command writes anything
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr) == (1, b"")


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('[extract]\nlocales = "de"\n', "[extract] locales must be a list of locale tags, not 'de'"),
        ('[extract]\nlocales = ["xx"]\n', "[extract] locales: unknown locale 'xx'"),
        ('[feed]\nprovider = "bad provider"\n', "[feed] provider must be the agency's domain name, not 'bad provider'"),
        ("[feed]\nprovider = 1\n", "[feed] provider must be the agency's domain name, not 1"),
        ('[feed]\nprovder = "agency.example"\n', "unknown setting [feed] 'provder'"),
        ('[extract]\nlocale = ["de"]\n', "unknown setting [extract] 'locale'"),
        ('provider = "agency.example"\n', "unknown setting 'provider'"),
        ("feed = 3\n", "[feed] must be a table of settings"),
    ],
)
def test_a_mistake_in_syndicate_toml_is_named_there(newsroom, wire_files, settings, message):
    (newsroom / "syndicate.toml").write_text(settings, encoding="utf-8")
    result = invoke(newsroom, "extract", *map(str, wire_files))
    assert result.exit_code == 1
    assert f"syndicate.toml: {message}" in result.output
    assert not (newsroom / "locales").exists()


def test_reading_commands_say_when_there_is_no_workspace_or_no_such_article(newsroom, wire_files, tmp_path):
    for command in (["check"], ["status"], ["build"], ["check", "--format", "json"]):
        result = invoke(tmp_path / "mistyped", *command)
        assert result.exit_code == 2 and f"{tmp_path / 'mistyped'}: no such folder: check --root" in result.output
        assert not (tmp_path / "mistyped").exists()
    for command in (["check"], ["status"], ["build"]):  # a folder, but no workspace in it
        result = invoke(tmp_path, *command)
        assert result.exit_code == 1 and "no articles in" in result.output and "--root" in result.output
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    for command in (["check", "--format", "json", "port-strike", "nope"], ["status", "nope"], ["build", "nope"]):
        result = invoke(newsroom, *command)
        assert result.exit_code == 1 and "no article 'nope'" in result.output
        assert not result.output.lstrip().startswith("["), "nothing of a report before the error"


def test_status_and_check_read_a_workspace_they_cannot_write(newsroom, wire_files, monkeypatch):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    shutil.rmtree(newsroom / ".syndicate")

    def read_only(self, path, cache):
        raise OSError(30, "Read-only file system", str(path))

    # What a read-only mount of the workspace looks like to the caches in .syndicate/.
    monkeypatch.setattr(Workspace, "write_cache", read_only)
    status = invoke(newsroom, "status", "--format", "json")
    assert status.exit_code == 0 and len(json.loads(status.output)) == 3
    checked = invoke(newsroom, "check", "-l", "de")
    assert checked.exit_code == 0 and "0 errors" in checked.output


def _read_only_databases(monkeypatch) -> None:
    """What a read-only mount of the workspace looks like to SQLite: a database it cannot create,
    or one it can only read."""
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda path, **options: connect(f"file:{path}?mode=ro", uri=True, **options))


@pytest.mark.parametrize("database", ["none", "out of date", "up to date"])
def test_tm_export_reads_a_workspace_whose_memory_database_cannot_be_written(newsroom, wire_files, monkeypatch, database):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    expected = invoke(newsroom, "tm", "export", "-l", "de")
    assert expected.exit_code == 0 and expected.output.count("<tu>") > 20
    stored = newsroom / ".syndicate/memory-de.sqlite3"
    if database == "none":
        stored.unlink()
    elif database == "out of date":
        (newsroom / "locales/de/LC_MESSAGES/cup-final.po").touch()
    kept = stored.read_bytes() if stored.exists() else None
    _read_only_databases(monkeypatch)
    exported = invoke(newsroom, "tm", "export", "-l", "de")
    assert exported.exit_code == 0, exported.output
    assert exported.output == expected.output
    assert (stored.read_bytes() if stored.exists() else None) == kept


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_workspace_is_exported_and_a_writing_command_says_what_to_make_writable(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    expected = invoke(newsroom, "tm", "export", "-l", "de").output
    shutil.rmtree(newsroom / ".syndicate")
    (newsroom / "locales/de/LC_MESSAGES/cup-final.po").touch()
    folders = [newsroom, *(path for path in newsroom.rglob("*") if path.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    try:
        assert invoke(newsroom, "tm", "export", "-l", "de").output == expected
        built = invoke(newsroom, "build")
        assert built.exit_code == 3
        assert f"cannot write in {newsroom / '.syndicate'} (Permission denied)" in built.output
        assert "must be writable, its .syndicate folder included" in built.output
    finally:
        for folder in folders:
            folder.chmod(0o755)


def test_a_writing_command_in_a_read_only_workspace_says_what_to_make_writable(newsroom, wire_files, monkeypatch):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    shutil.rmtree(newsroom / ".syndicate")

    def read_only(self, *args, **options):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    for command in (["extract", *map(str, wire_files), "-l", "de"], ["build"], ["pseudo"]):
        result = invoke(newsroom, *command)
        assert result.exit_code == 3  # the machine's to mend, as a file the run could not write
        assert result.output.startswith(
            f"Error: cannot write in {newsroom / '.syndicate'} (Read-only file system), where syndicate keeps its lock: "
            "this command changes the workspace, which must be writable, its .syndicate folder included, by the user running it ("
        ), result.output
        assert "status, check and tm export only read it" in result.output


def test_a_locale_folder_not_named_as_gettext_names_it_is_reported(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    (newsroom / "locales/pt-BR/LC_MESSAGES").mkdir(parents=True)
    result = invoke(newsroom, "status")
    assert result.exit_code == 1 and "rename pt-BR to pt_BR" in result.output


def test_the_source_language_given_as_a_locale_is_not_a_translation_to_make(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    translate_everything(newsroom)
    checked = invoke(newsroom, "check", "-l", "en")
    assert checked.exit_code == 0 and "No problems found." in checked.output  # no advice to extract en
    built = invoke(newsroom, "build", "-l", "de,en")
    assert built.exit_code == 0, built.output
    assert "not published" not in built.output
    status = invoke(newsroom, "status", "-l", "en")
    assert status.exit_code == 0 and "note: nothing is translated into en: it is the language of the articles" in status.output
    assert "article" not in status.output.replace("the articles", ""), "no table without a row"
    assert "nothing is translated" not in invoke(newsroom, "status", "-l", "de").output


def test_a_file_named_twice_is_read_once_and_an_article_from_another_file_is_noted(newsroom, wire_files):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    twice = invoke(newsroom, "extract", str(port), str(port.parent / ".." / port.parent.name / port.name), "-l", "de")
    assert twice.exit_code == 0, twice.output
    assert twice.output.count("port-strike: 12 units") == 1
    copy = port.parent / "copy.txt"  # keeps the header `id port-strike`
    copy.write_text(port.read_text(encoding="utf-8").replace("the moon", "the sun"), encoding="utf-8")
    moved = invoke(newsroom, "extract", str(copy), "-l", "de")
    assert moved.exit_code == 0, moved.output
    assert f"note: port-strike now comes from {copy}" in moved.output and f"before from {port}" in moved.output


def test_a_source_outside_the_workspace_is_the_same_source_from_any_folder(newsroom, wire_files, monkeypatch):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    monkeypatch.chdir(port.parent)
    first = invoke(newsroom, "extract", port.name, "-l", "de")
    assert first.exit_code == 0, first.output
    po = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    assert f"#: {port.absolute().as_posix()}:" in po.read_text(encoding="utf-8")
    written = po.read_bytes()
    monkeypatch.chdir("/")
    again = invoke(newsroom, "extract", str(port), "-l", "de")
    assert again.exit_code == 0, again.output
    assert "now comes from" not in again.output and "unchanged" in again.output
    assert po.read_bytes() == written


def test_the_command_check_and_build_give_for_a_missing_translation_file_writes_it(newsroom, wire_files, monkeypatch):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de,fr")
    (newsroom / "locales/fr/LC_MESSAGES/port-strike.po").unlink()
    checked = invoke(newsroom, "check", "-l", "fr", "port-strike")
    built = invoke(newsroom, "build", "-l", "fr")
    command = f"syndicate extract {port.absolute()} -l fr"
    assert f"no translation file: run `{command}`" in checked.output
    assert f"`{command}` writes it" in built.output
    monkeypatch.chdir(newsroom)
    written = CliRunner().invoke(main, command.split()[1:], catch_exceptions=False)
    assert written.exit_code == 0, written.output
    assert (newsroom / "locales/fr/LC_MESSAGES/port-strike.po").exists()



def test_a_story_extracted_for_other_locales_waits_and_fails_no_build(newsroom, wire_files):
    """A desk adds French for a new story: the stories it extracted for German only wait for
    their French, as check and status say, and every build exits 0, publishing the rest."""
    port, cup = (next(path for path in wire_files if path.name == name) for name in ("port-strike.txt", "cup-final.txt"))
    assert invoke(newsroom, "extract", str(port), "-l", "de").exit_code == 0
    assert invoke(newsroom, "extract", str(cup), "-l", "fr").exit_code == 0
    for extracted in ("de/LC_MESSAGES/port-strike.po", "fr/LC_MESSAGES/cup-final.po"):
        shutil.copy(REPO / "locales" / extracted, newsroom / "locales" / extracted)
    for _ in range(2):  # and again, from the run's record
        built = invoke(newsroom, "build")
        assert built.exit_code == 0, built.output
        assert "not published" not in built.output
        # Not "below the threshold": there is no translation to weigh against it.
        assert ("waiting for translation [fr]: 1 item(s) not extracted for fr: port-strike (port-strike: no translation "
                f"file {newsroom}/locales/fr/LC_MESSAGES/port-strike.po: `syndicate extract {port.absolute()} -l fr` "
                "writes it)") in built.output
        assert "waiting for translation [de]: 1 item(s) not extracted for de: cup-final (cup-final:" in built.output
    assert sorted(path.relative_to(newsroom / "feeds").as_posix() for path in (newsroom / "feeds").glob("*/*-*.xml")) == [
        "de/port-strike.xml", "en/cup-final.xml", "en/port-strike.xml", "fr/cup-final.xml"]
    senate = next(path for path in wire_files if path.name == "senate-vote.txt")
    assert invoke(newsroom, "extract", str(senate), "-l", "de").exit_code == 0
    built = invoke(newsroom, "build")
    assert ("waiting for translation [de]: 2 item(s) below the 100% threshold or not extracted: cup-final, senate-vote; "
            "1 of them not extracted for de (cup-final:") in built.output
    broken = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    broken.write_text(broken.read_text(encoding="utf-8").replace('msgstr "', 'msgstr "unclosed', 1) + 'msgstr "\n', encoding="utf-8")
    refused = invoke(newsroom, "build")
    assert refused.exit_code == 1 and "not published: port-strike [de]" in refused.output, "an unreadable file is still an error"


def translated_port_strike(newsroom: Path, wire_files: list[Path]) -> Path:
    """The demo's port-strike story extracted into German and French, with the demo's translations."""
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    assert invoke(newsroom, "extract", str(port), "-l", "de,fr").exit_code == 0
    for lang in ("de", "fr"):
        shutil.copy(REPO / f"locales/{lang}/LC_MESSAGES/port-strike.po", newsroom / f"locales/{lang}/LC_MESSAGES/port-strike.po")
    return port


def test_a_broken_names_glossary_holds_back_its_locale_only(newsroom, wire_files):
    """A translator's typo in one locale's names.po: extract goes on and says so, that
    locale's items wait for it to be mended, keeping what partners have, a kill reaches them
    all the same; the other locales and the source are built."""
    port = translated_port_strike(newsroom, wire_files)
    assert invoke(newsroom, "build").exit_code == 0
    published, french = ((newsroom / f"feeds/{lang}/port-strike.xml").read_bytes() for lang in ("de", "fr"))
    glossary = newsroom / "locales/de/LC_MESSAGES/names.po"
    header, names = glossary.read_text(encoding="utf-8").split('msgstr ""', 1)
    glossary.write_text(header + 'msgstr ""' + names.replace('msgstr ""', 'msgstr "Maria \\q Costa"', 1), encoding="utf-8")
    broken = glossary.read_bytes()
    cup = next(path for path in wire_files if path.name == "cup-final.txt")
    port.write_text(port.read_text(encoding="utf-8").replace("run out of patience", "run out of all patience"), encoding="utf-8")
    extracted = invoke(newsroom, "extract", str(port), str(cup))
    assert extracted.exit_code == 1 and "Traceback" not in extracted.output
    assert f"error: {glossary}:" in extracted.output and "the names glossary was left as it is" in extracted.output
    assert glossary.read_bytes() == broken, "a translator's file is never overwritten"
    assert (newsroom / "locales/de/LC_MESSAGES/cup-final.po").exists()
    assert "Anne M. Lowe" in (newsroom / "locales/fr/LC_MESSAGES/names.po").read_text(encoding="utf-8")
    for lang in ("de", "fr"):  # the updated sentence translated again
        po = polib.pofile(str(newsroom / f"locales/{lang}/LC_MESSAGES/port-strike.po"))
        for entry in po.fuzzy_entries():
            entry.flags.remove("fuzzy")
            entry.previous_msgid = None
        po.save()
    built = invoke(newsroom, "build")
    assert built.exit_code == 1
    assert f"not published: cup-final, port-strike [de]: {glossary}:" in built.output and "Traceback" not in built.output
    assert (newsroom / "feeds/de/port-strike.xml").read_bytes() == published, "partners keep the version they have"
    assert (newsroom / "feeds/fr/port-strike.xml").read_bytes() != french
    assert "all patience" in (newsroom / "feeds/en/port-strike.xml").read_text(encoding="utf-8")
    # A kill waits for no glossary.
    port.write_text(port.read_text(encoding="utf-8").replace("id port-strike\n", "id port-strike\nstatus canceled\n"), encoding="utf-8")
    assert invoke(newsroom, "extract", str(port)).exit_code == 1
    invoke(newsroom, "build")
    for lang in ("de", "fr", "en"):
        item = etree.parse(str(newsroom / f"feeds/{lang}/port-strike.xml"))
        assert item.find(".//{*}pubStatus").get("qcode") == "stat:canceled", lang
    # Mended, the glossary is brought up to date by the next extract, with nothing new to extract.
    glossary.write_bytes(broken.replace(b"Maria \\q Costa", b"Maria Costa"))
    other_locale = invoke(newsroom, "extract", str(port), "-l", "fr")  # says nothing of a glossary it does not read
    assert other_locale.exit_code == 0 and "glossary" not in other_locale.output
    again = invoke(newsroom, "extract", str(port))
    assert again.exit_code == 0, again.output
    assert "Anne M. Lowe" in glossary.read_text(encoding="utf-8")
    assert invoke(newsroom, "extract", str(port)).output == again.output, "said once"
    # A locale given up while its glossary waited is no glossary to wait for.
    glossary.write_bytes(broken)
    cup.write_text(cup.read_text(encoding="utf-8").replace("second half", "second period"), encoding="utf-8")
    assert invoke(newsroom, "extract", str(cup)).exit_code == 1
    shutil.rmtree(newsroom / "locales/de")
    assert invoke(newsroom, "extract", str(port)).exit_code == 0


def test_a_story_with_errors_of_its_own_in_a_locale_whose_glossary_is_broken_is_said_with_both(newsroom, wire_files):
    """Mending the glossary is not all a translator has to do: the story's own errors are said
    too, each at its file and line, and nothing of the locale is published."""
    translated_port_strike(newsroom, wire_files)
    assert invoke(newsroom, "build").exit_code == 0
    published = (newsroom / "feeds/de/port-strike.xml").read_bytes()
    glossary, story = (newsroom / f"locales/de/LC_MESSAGES/{name}.po" for name in ("names", "port-strike"))
    with glossary.open("a", encoding="utf-8") as handle:
        handle.write('msgid "unclosed\n')
    glossary_line = len(glossary.read_text(encoding="utf-8").splitlines())
    po = polib.pofile(str(story))
    entry = next(entry for entry in po if entry.msgstr)
    entry.msgstr += " {Intruder}"
    po.save()
    entry_line = next(number for number, line in enumerate(story.read_text(encoding="utf-8").splitlines(), 1)
                      if line.startswith("msgstr") and "{Intruder}" in line)
    at_glossary = f"{glossary}:{glossary_line}: PO syntax error"
    checked = invoke(newsroom, "check", "-l", "de", "--errors-only")
    assert checked.exit_code == 1 and f"{glossary}:{glossary_line} [de]" in checked.output
    assert "unknown placeholder {Intruder}" in checked.output
    built = invoke(newsroom, "build", "-l", "de")
    assert built.exit_code == 1 and f"not published: port-strike [de]: {at_glossary}" in built.output
    [said] = [line for line in built.output.splitlines() if "{Intruder}" in line]
    found_at = int(said.split(f"{story}:", 1)[1].split(":", 1)[0])
    assert found_at <= entry_line and "placeholders: unknown placeholder {Intruder}" in said, "where its entry starts"
    assert (newsroom / "feeds/de/port-strike.xml").read_bytes() == published
    # A story's file that cannot be read at all is said beside the glossary by every command.
    story.write_text(story.read_text(encoding="utf-8") + 'msgid "unclosed\n', encoding="utf-8")
    story_line = len(story.read_text(encoding="utf-8").splitlines())
    for command in ("status", "check", "build"):
        result = invoke(newsroom, command, "-l", "de")
        assert result.exit_code == 1, command
        assert f"{glossary}:{glossary_line}" in result.output and f"{story}:{story_line}" in result.output, command
    assert (newsroom / "feeds/de/port-strike.xml").read_bytes() == published


def test_records_an_earlier_release_kept_go_once_the_run_that_replaced_them_writes_its_own(newsroom, wire_files):
    """status's counts were kept in progress-<locale>.json, the build's review in review-<locale>.json:
    read by nothing now, they would stay in every workspace for good."""
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de,pt-BR").exit_code == 0
    records = newsroom / ".syndicate"
    earlier = [records / name for name in ("progress-de.json", "progress-pt_BR.json", "review-de.json", "review-pt-BR.json")]
    for path in earlier:
        path.write_text('{"port-strike": {"identity": "0.2.0 1 2 3", "value": {}}}\n', encoding="utf-8")
    assert invoke(newsroom, "status", "-l", "de").exit_code == 0
    assert not earlier[0].exists() and (records / "translation-progress-de.json").exists()
    assert earlier[1].exists(), "a locale status did not count keeps its record until it does"
    assert invoke(newsroom, "status").exit_code == 0
    assert not earlier[1].exists()
    assert invoke(newsroom, "build").exit_code == 0
    assert not any(path.exists() for path in earlier)
    assert (records / "build-state.json").exists() and (records / "progress-templates.json").exists(), "today's records stay"


def test_a_names_glossary_of_another_language_is_refused_as_a_po_file_of_one_is(newsroom, wire_files):
    port = translated_port_strike(newsroom, wire_files)
    glossary, french = (newsroom / f"locales/{lang}/LC_MESSAGES/names.po" for lang in ("de", "fr"))
    french_glossary = polib.pofile(str(french))
    french_glossary.find("Maria Costa").msgstr = "Marie Costa"
    french_glossary.save()
    shutil.copy(french, glossary)  # a French glossary saved over the German one
    built = invoke(newsroom, "build")
    assert built.exit_code == 1
    assert f"not published: port-strike [de]: {glossary}:{_language_line(glossary)}: the PO header says Language: fr" in built.output
    assert not (newsroom / "feeds/de/port-strike.xml").exists()
    assert "Marie Costa" in (newsroom / "feeds/fr/port-strike.xml").read_text(encoding="utf-8")
    checked = invoke(newsroom, "check", "-l", "de", "--errors-only")
    assert checked.exit_code == 1 and "Language: fr" in checked.output
    cup = next(path for path in wire_files if path.name == "cup-final.txt")  # a new story's names join the glossaries
    extracted = invoke(newsroom, "extract", str(port), str(cup))
    assert extracted.exit_code == 1 and f"error: {glossary}:{_language_line(glossary)}: the PO header says Language: fr" in extracted.output
    assert glossary.read_bytes() != french.read_bytes() and "Anne M. Lowe" in french.read_text(encoding="utf-8")
    assert "Anne M. Lowe" not in glossary.read_text(encoding="utf-8"), "left as it is"


def _language_line(po: Path) -> int:
    return next(number for number, line in enumerate(po.read_text(encoding="utf-8").splitlines(), 1) if line.startswith('"Language:'))


def test_a_po_file_of_another_language_is_named_at_its_language_header_line(newsroom, wire_files):
    """extract, build and check point to the line to fix, for a story's PO file and for the names glossary."""
    port = translated_port_strike(newsroom, wire_files)
    story, glossary = (newsroom / f"locales/fr/LC_MESSAGES/{name}.po" for name in ("port-strike", "names"))
    story.write_text(story.read_text(encoding="utf-8").replace('"Language: fr\\n"', '"Language: de\\n"'), encoding="utf-8")
    at_header = f"{story}:{_language_line(story)}: the PO header says Language: de, but it sits in the folder for fr"
    built = invoke(newsroom, "build")
    assert built.exit_code == 1 and f"not published: port-strike [fr]: {at_header}" in built.output
    checked = invoke(newsroom, "check", "-l", "fr", "--errors-only")
    assert checked.exit_code == 1 and f"  {story}:{_language_line(story)} [fr]" in checked.output
    port.write_text(port.read_text(encoding="utf-8").replace("run out of patience", "run out of all patience"), encoding="utf-8")
    extracted = invoke(newsroom, "extract", str(port))
    assert extracted.exit_code == 1 and f"error: {at_header}" in extracted.output
    story.write_text(story.read_text(encoding="utf-8").replace('"Language: de\\n"', '"Language: fr\\n"'), encoding="utf-8")
    glossary.write_text(glossary.read_text(encoding="utf-8").replace('"Language: fr\\n"', '"Language: de\\n"'), encoding="utf-8")
    at_header = f"{glossary}:{_language_line(glossary)}: the PO header says Language: de, but it sits in the folder for fr"
    built = invoke(newsroom, "build")
    assert built.exit_code == 1 and f"not published: port-strike [fr]: {at_header}" in built.output
    checked = invoke(newsroom, "check", "-l", "fr", "--errors-only")
    assert checked.exit_code == 1 and f"  {glossary}:{_language_line(glossary)} [fr]" in checked.output
    cup = next(path for path in wire_files if path.name == "cup-final.txt")  # a new story's names join the glossaries
    extracted = invoke(newsroom, "extract", str(port), str(cup))
    assert extracted.exit_code == 1 and f"error: {at_header}" in extracted.output


def test_a_names_glossary_deleted_holds_back_its_locale_until_written_again(newsroom, wire_files):
    port = translated_port_strike(newsroom, wire_files)
    glossary = newsroom / "locales/de/LC_MESSAGES/names.po"
    rendered = polib.pofile(str(glossary))
    rendered.find("Maria Costa").msgstr = "Maria Costa-Braun"
    rendered.save()
    assert invoke(newsroom, "build").exit_code == 0
    published = (newsroom / "feeds/de/port-strike.xml").read_bytes()
    assert b"Maria Costa-Braun" in published
    glossary.unlink()
    built = invoke(newsroom, "build")
    assert built.exit_code == 1
    assert f"not published: port-strike [de]: {glossary}: the names glossary is missing (restore it" in built.output
    assert (newsroom / "feeds/de/port-strike.xml").read_bytes() == published, "not republished without its renderings"
    checked = invoke(newsroom, "check", "-l", "de", "--errors-only")
    assert checked.exit_code == 1 and "the names glossary is missing" in checked.output
    # Written again by the next extract into the locale, with nothing new to extract.
    assert invoke(newsroom, "extract", str(port)).exit_code == 0
    assert polib.pofile(str(glossary)).find("Maria Costa").msgstr == ""


def test_a_regional_variant_waits_for_its_language_s_deleted_glossary_too(newsroom, wire_files):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    assert invoke(newsroom, "extract", str(port), "-l", "de,de-AT").exit_code == 0
    for folder in ("de", "de_AT"):
        shutil.copy(REPO / "locales/de/LC_MESSAGES/port-strike.po", newsroom / f"locales/{folder}/LC_MESSAGES/port-strike.po")
        po = polib.pofile(str(newsroom / f"locales/{folder}/LC_MESSAGES/port-strike.po"))
        po.metadata["Language"] = folder
        po.save()
    glossary = newsroom / "locales/de/LC_MESSAGES/names.po"
    rendered = polib.pofile(str(glossary))
    rendered.find("Maria Costa").msgstr = "Maria Costa-Braun"
    rendered.save()
    assert invoke(newsroom, "build").exit_code == 0, "built"
    austrian = (newsroom / "feeds/de-AT/port-strike.xml").read_bytes()
    assert b"Maria Costa-Braun" in austrian
    glossary.unlink()
    built = invoke(newsroom, "build")
    assert built.exit_code == 1 and f"not published: port-strike [de-AT]: {glossary}: the names glossary is missing" in built.output
    assert (newsroom / "feeds/de-AT/port-strike.xml").read_bytes() == austrian


def test_a_deleted_glossary_of_a_locale_the_run_s_articles_are_written_in_is_written_again(newsroom, wire_files):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    strike = newsroom.parent / "streik.txt"
    strike.write_text("date 2026-11-20 Wirtschaft\nlang de\nid streik\n\nDie Gewerkschaft von Maria Costa streikt.\n",
                      encoding="utf-8")
    assert invoke(newsroom, "extract", str(port), "-l", "de").exit_code == 0
    assert invoke(newsroom, "extract", str(strike), "-l", "en").exit_code == 0
    english = newsroom / "locales/en/LC_MESSAGES/names.po"
    english.unlink()
    assert invoke(newsroom, "extract", str(port), "-l", "en,de").exit_code == 0  # English articles only
    assert english.exists()


def test_an_agency_kill_is_said_and_its_next_versions_are_no_new_source(newsroom):
    local = examples("local")
    first = invoke(newsroom, "extract", str(local / "local_translation_de.xml"), str(local / "local_correction_de_v2.xml"), "-l", "en")
    assert first.exit_code == 0 and "withdrawn" not in first.output
    killed = invoke(newsroom, "extract", str(local / "local_kill_de_v3.xml"))
    assert killed.exit_code == 0
    assert (f"note: rotterdam-brussels is withdrawn by its source (version 3, {local / 'local_kill_de_v3.xml'}): "
            "`syndicate build` withdraws it from every feed that has it") in killed.output
    assert "now comes from" not in killed.output, "an agency's next version comes in a file of its own"
    assert "withdrawn" not in invoke(newsroom, "extract", str(local / "local_kill_de_v3.xml")).output, "said once"


def test_an_agency_s_translations_and_their_kill_in_one_run_with_the_original_are_each_said_once(newsroom):
    local = examples("local")
    sources = [local / name for name in ("local_newsMessage_de.xml", "local_original_en.xml", "local_correction_de_v2.xml",
                                         "local_translation_de.xml", "local_kill_de_v3.xml")]
    result = invoke(newsroom, "extract", *map(str, sources), "-l", "de,fr")
    assert result.exit_code == 0, result.output
    for source in ("local_newsMessage_de.xml", "local_translation_de.xml"):
        assert result.output.count(f"skipped {local / source}, the agency's de translation of") == 1, source
    assert f"skipped {local / 'local_kill_de_v3.xml'}, the agency's withdrawal of its de translation" in result.output
    assert "an older version of the item" not in result.output, "the original took their place, whatever their version"


def test_an_agency_s_translation_resent_with_its_original_in_one_run_is_said_as_the_translation_it_is(newsroom):
    local = examples("local")
    # The German item first came without its original, and was extracted as a story of its own.
    assert invoke(newsroom, "extract", str(local / "local_newsMessage_de.xml"), "-l", "fr").exit_code == 0
    result = invoke(newsroom, "extract", str(local / "local_original_en.xml"), str(local / "local_translation_de.xml"))
    assert result.exit_code == 0, result.output
    translation = local / "local_translation_de.xml"
    assert (f"rotterdam-brussels: skipped {translation}, the agency's de translation of "
            "urn:newsml:example.com:20240502:rotterdam-brussels: syndicate translates from the original") in result.output
    assert "again with other text" not in result.output, "its other text is the translation's, not a resend's"
    assert result.output.count(f"skipped {translation}") == 1
    later = invoke(newsroom, "extract", str(translation))
    assert f"skipped {translation}, the agency's de translation of" in later.output


def test_a_command_run_in_a_folder_of_the_workspace_works_on_the_workspace(newsroom, wire_files, monkeypatch):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    inside = newsroom / "wire"
    inside.mkdir()
    story = shutil.copy(wire_files[0], inside / wire_files[0].name)
    monkeypatch.chdir(inside)
    result = CliRunner().invoke(main, ["extract", story.name], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Workspace: .." in result.output
    assert sorted(path.name for path in inside.iterdir()) == [story.name], "no second workspace inside the first"
    status = CliRunner().invoke(main, ["status", "--format", "json"], catch_exceptions=False)
    assert {row["locale"] for row in json.loads(status.stdout)} == {"de"}
    # A folder outside any workspace is a new one, even below a folder where a partner was added.
    outside = newsroom.parent / "partners-added-here"
    (outside / "elsewhere").mkdir(parents=True)
    monkeypatch.chdir(outside)
    assert CliRunner().invoke(main, ["partner", "add", "Tagesblatt", "-l", "de"]).exit_code == 0
    monkeypatch.chdir(outside / "elsewhere")
    assert "no articles in ." in CliRunner().invoke(main, ["status"]).output


def test_a_locale_the_workspace_does_not_have_is_refused_by_build_status_and_check(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    for command in ("build", "status", "check"):
        result = invoke(newsroom, command, "-l", "de-DE")
        assert result.exit_code == 1, command
        # Only its target locales: English is the articles' language, with no folder under locales/.
        assert "no locale de-DE in" in result.output and "(this workspace has de):" in result.output, result.output
        assert "did you mean -l de?" in result.output
        # The source's region left out: the articles' language, whose items every build writes.
        english = invoke(newsroom, command, "-l", "en-GB")
        assert english.exit_code == 1 and "did you mean -l en (the language of its articles)?" in english.output, command
        elsewhere = invoke(newsroom, command, "-l", "it")
        assert elsewhere.exit_code == 1 and "add the locale with `syndicate extract FILE… -l it`" in elsewhere.output
    assert not (newsroom / "feeds").exists()
    exported = invoke(newsroom, "tm", "export", "-l", "ar")
    assert exported.exit_code == 1 and "no locale ar in" in exported.output and "(this workspace has de):" in exported.output


def test_extract_names_a_broken_po_extracts_everything_else_and_exits_1(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    broken = newsroom / "locales/de/LC_MESSAGES/cup-final.po"
    broken.write_text(broken.read_text(encoding="utf-8").replace('msgstr ""\n\n#.', 'msgstr "open\n\n#.', 1), encoding="utf-8")
    for source in wire_files:
        source.write_text(source.read_text(encoding="utf-8").replace(" the ", " the same ", 1), encoding="utf-8")
    result = invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    assert result.exit_code == 1
    assert f"error: {broken}:" in result.output
    assert "the file was left as it is, and cup-final extracted for its other locales: `build` publishes no update of it in de" in result.output
    assert "port-strike: 12 units" in result.output
    assert " the same " in (newsroom / "locales/templates/cup-final.pot").read_text(encoding="utf-8")
    built = invoke(newsroom, "build")
    assert built.exit_code == 1 and f"not published: cup-final [de]: {broken}:" in built.output
    assert " the same " in (newsroom / "feeds/en/cup-final.xml").read_text(encoding="utf-8"), "the correction is published"
    assert " the same " in (newsroom / "locales/templates/senate-vote.pot").read_text(encoding="utf-8")


def test_build_says_which_published_translations_are_out_of_date_after_a_source_update(newsroom, wire_files):
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    translate_everything(newsroom)
    assert invoke(newsroom, "build").exit_code == 0
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("About 1,200", "About 1,400"), encoding="utf-8")
    assert invoke(newsroom, "extract", str(source)).exit_code == 0
    result = invoke(newsroom, "build")
    assert result.exit_code == 0
    assert ("waiting for translation [de]: 1 item(s) below the 100% threshold: port-strike; 1 of them still published "
            "in an earlier version, out of date until then") in result.output


def test_a_translation_still_waiting_is_said_again_without_being_reviewed_again(newsroom, wire_files, monkeypatch):
    """A busy desk has many translations waiting: a build whose inputs are unchanged says so
    again, without reading and reviewing them again."""
    assert invoke(newsroom, "extract", *map(str, wire_files), "-l", "de").exit_code == 0
    waiting = "waiting for translation [de]: 3 item(s) below the 100% threshold: cup-final, port-strike, senate-vote"
    first = invoke(newsroom, "build")
    assert first.exit_code == 0 and waiting in first.output

    def not_again(*args, **kwargs):
        raise AssertionError("a waiting translation was reviewed again")

    monkeypatch.setattr("syndicate.check.Review", not_again)
    again = invoke(newsroom, "build")
    assert again.exit_code == 0 and waiting in again.output
    assert "0 item(s) written, 3 unchanged, 3 waiting for translation." in again.output
    assert not (newsroom / "feeds/de").exists()

    monkeypatch.undo()
    translate_everything(newsroom)
    assert invoke(newsroom, "build").exit_code == 0
    # The source updated: the translation of the update waits, its earlier version stays published.
    source = next(path for path in wire_files if path.stem == "port-strike")
    source.write_text(source.read_text(encoding="utf-8").replace("About 1,200", "About 1,400"), encoding="utf-8")
    updated = invoke(newsroom, "extract", str(source))
    # The desk is told what the change left translators to review, and a second run has nothing new.
    assert updated.exit_code == 0 and "port-strike: 12 units, 3 file(s) written; fuzzy now, to review: 1 in de" in updated.output
    assert "fuzzy now" not in invoke(newsroom, "extract", str(source)).output
    behind = ("waiting for translation [de]: 1 item(s) below the 100% threshold: port-strike; 1 of them still published "
              "in an earlier version, out of date until then")
    assert behind in invoke(newsroom, "build").output
    item = newsroom / "feeds/de/port-strike.xml"
    published = item.read_bytes()
    index = (newsroom / "feeds/de/index.xml").read_bytes()
    monkeypatch.setattr("syndicate.check.Review", not_again)
    again = invoke(newsroom, "build")
    assert again.exit_code == 0 and behind in again.output
    assert item.read_bytes() == published and (newsroom / "feeds/de/index.xml").read_bytes() == index

    monkeypatch.undo()
    po_path = newsroom / "locales/de/LC_MESSAGES/port-strike.po"
    po = polib.pofile(str(po_path))
    for entry in po:
        if not entry.msgstr or entry.fuzzy:
            entry.msgstr = entry.msgid.replace("1,400", "1.400")
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            entry.previous_msgid = None
    po.save()
    finished = invoke(newsroom, "build")
    assert finished.exit_code == 0, finished.output
    assert b"1.400" in item.read_bytes()
    assert_valid(item.read_bytes())


def test_a_writing_command_invoked_from_another_thread_runs(newsroom, wire_files):
    """Signal handlers belong to the main thread: a desk tool that runs syndicate in a thread
    still gets its extract done."""
    results = []
    worker = threading.Thread(target=lambda: results.append(invoke(newsroom, "extract", str(wire_files[0]), "-l", "de")))
    worker.start()
    worker.join(60)
    assert results and results[0].exit_code == 0, results and results[0].output


def test_check_and_build_report_a_span_of_time_the_translation_made_another_length(newsroom, tmp_path):
    source = tmp_path / "talks.txt"
    source.write_text(
        "date 2026-11-19 Home page economy\n\nTalks end\n\n"
        "The talks lasted a year and a half. The strike before them lasted two weeks, the blockade a week.\n",
        encoding="utf-8",
    )
    assert invoke(newsroom, "extract", str(source), "-l", "de,fr").exit_code == 0
    translations = {
        "de": {"Talks end": "Gespräche beendet", "The talks lasted a year and a half.": "Die Gespräche dauerten sechs Monate.",
               "The strike before them lasted two weeks, the blockade a week.": "Der Streik davor dauerte 14 Tage, die Blockade eine Woche."},
        "fr": {"Talks end": "Fin des pourparlers", "The talks lasted a year and a half.": "Les pourparlers ont duré dix-huit mois.",
               "The strike before them lasted two weeks, the blockade a week.": "La grève d'avant a duré quinze jours, le blocage huit jours."},
    }
    for locale, renderings in translations.items():
        po = polib.pofile(str(newsroom / f"locales/{locale}/LC_MESSAGES/talks.po"))
        for entry in po:
            entry.msgstr = renderings[entry.msgid]
        po.save()
    po_path = newsroom / "locales/de/LC_MESSAGES/talks.po"
    line = next(entry.linenum for entry in polib.pofile(str(po_path)) if entry.msgid.startswith("The talks"))

    checked = invoke(newsroom, "check")
    assert checked.exit_code == 1, checked.output
    assert checked.output.splitlines() == [
        "talks",
        f"  {po_path}:{line} [de] “The talks lasted a year and a half.”",
        "    error   numbers: missing a year and a half; not in the source: sechs Monate",
        "1 error, 0 warnings in 1 article.",
    ]
    # The build's review keeps the German item out of the feed, and publishes the French, whose spans are as long.
    built = invoke(newsroom, "build")
    assert "2 item(s) written" in built.output, built.output  # the English item and the French
    assert f"  {po_path}:{line}: numbers: missing a year and a half; not in the source: sechs Monate" in built.output
    assert not (newsroom / "feeds/de/talks.xml").exists()
    item = (newsroom / "feeds/fr/talks.xml").read_bytes()
    assert_valid(item)
    assert "quinze jours" in item.decode("utf-8")


def test_tabs_and_runs_of_spaces_in_wire_copy_are_one_space_in_the_po_files_and_the_feeds(newsroom, tmp_path):
    source = tmp_path / "minister.txt"
    source.write_text(
        "date 2026-11-19 Home\t\tpage  Politics\ntitle The minister\tresigns\n\nThe minister\tresigned on Friday.\n\n"
        "Her deputy  takes   over\t \tuntil\nthe election. The\u00a0vote is in May.\n",
        encoding="utf-8",
    )
    assert invoke(newsroom, "extract", str(source), "-l", "de").exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/minister.po"
    po = polib.pofile(str(po_path))
    assert [entry.msgid for entry in po] == [
        "The minister resigns", "The minister resigned on Friday.", "Her deputy takes over until the election.",
        "The\u00a0vote is in May.",  # a no-break space is text
    ]
    for entry in po:
        entry.msgstr = entry.msgid
    po.save()
    assert invoke(newsroom, "build", "-l", "de").exit_code == 0
    item = (newsroom / "feeds/de/minister.xml").read_bytes()
    assert_valid(item)
    texts = [element.xpath("string()") for element in etree.fromstring(item).iter("{http://www.w3.org/1999/xhtml}p")]
    assert "Her deputy takes over until the election. The\u00a0vote is in May." in texts
    assert not any("\t" in text or "  " in text for text in texts)
    assert [keyword.text for keyword in etree.fromstring(item).iter("{http://iptc.org/std/nar/2006-10-01/}keyword")] == ["Home page Politics"]


def test_a_run_logged_to_a_file_gets_no_progress_label(tmp_path, wire_files):
    """cron and CI keep stderr in a log: the progress bar is for a terminal, not a bare label a line."""
    import subprocess
    import sys

    for command in (["extract", *map(str, wire_files), "-l", "de"], ["build"]):
        result = subprocess.run([sys.executable, "-m", "syndicate", "--root", str(tmp_path), *command],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "Extracting" not in result.stderr and "Building" not in result.stderr, result.stderr


def test_an_article_the_workspace_does_not_have_is_said_alike_by_every_command(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    said = (f"{newsroom / 'articles/nosuch.json'}: no article 'nosuch' in this workspace{{}} (the ids are the names in "
            "articles/, and `syndicate status` with no article lists them)")
    for command in ("status", "check", "build", "republish", "archive"):
        result = invoke(newsroom, command, "nosuch")
        assert result.exit_code == 1 and said.format("") in result.output, command
    withdrawn = invoke(newsroom, "withdraw", "nosuch")
    assert withdrawn.exit_code == 1 and said.format(", nor published in its feeds") in withdrawn.output


def test_the_totals_of_status_count_one_article_as_one(newsroom, wire_files):
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    strike = newsroom.parent / "streik.txt"
    strike.write_text("date 2026-11-20 Wirtschaft\nlang de\nid streik\n\nDie Gewerkschaft streikt.\n", encoding="utf-8")
    invoke(newsroom, "extract", str(port), str(strike), "-l", "de,fr")
    totals = [line.split()[:4] for line in invoke(newsroom, "status").output.splitlines()[-2:]]
    assert totals == [["1", "article", "de", "0"], ["all", "2", "articles", "fr"]]


def test_a_po_string_not_closed_is_said_in_one_wording_by_status_check_build_and_extract(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    broken = newsroom / "locales/de/LC_MESSAGES/cup-final.po"
    broken.write_text(broken.read_text(encoding="utf-8").replace('msgstr ""\n\n#.', 'msgstr "open\n\n#.', 1), encoding="utf-8")
    told = 'PO syntax error: a string is not closed with a double quote{}end the line with ", and write a quote inside a string as \\"'
    for command, then in (("status", " ("), ("build", " ("), ("extract", " ("), ("check", ": ")):
        output = invoke(newsroom, command, *(map(str, wire_files) if command == "extract" else ())).output
        assert told.format(then) in output, command
        assert '\\"))' not in output, "no brackets in brackets"


def test_extract_with_nothing_waiting_for_the_memory_says_it_ran(newsroom, wire_files):
    invoke(newsroom, "extract", *map(str, wire_files), "-l", "de")
    result = invoke(newsroom, "extract")
    assert result.exit_code == 0
    assert result.output == "nothing to fill again: no article waits for a sentence whose translation the memory changed\n"
