"""build: valid NewsML-G2 items and feeds, thresholds, untrusted translations, versions."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from babel import Locale
from lxml import etree

from conftest import REPO, msgfmt_check
from schema import assert_valid
from syndicate.build import build
from syndicate.extract import extract
from syndicate.glossary import po_file
from syndicate.workspace import Workspace

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
DE, FR, AR = Locale("de"), Locale("fr"), Locale("ar")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def fill(path: Path, translate=lambda entry: "Übersetzt: " + entry.msgid, fuzzy=False) -> None:
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = translate(entry)
        if fuzzy and "fuzzy" not in entry.flags:
            entry.flags.append("fuzzy")
    po.save()


def body_texts(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    body = root.find(f".//{XHTML}body")
    return [element.text for element in body]


@pytest.fixture
def translated(newsroom, wire_files):
    """The demo articles with the demo's real German and French translations, and Arabic
    "translations" that keep the English text behind a marker."""
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE, FR, AR], now=NOW)
    for locale in ("de", "fr"):
        for path in (REPO / "locales" / locale / "LC_MESSAGES").glob("*.po"):
            if path.stem != "names":
                shutil.copy(path, newsroom / "locales" / locale / "LC_MESSAGES" / path.name)
    for path in (newsroom / "locales/ar/LC_MESSAGES").glob("*.po"):
        if path.stem != "names":
            fill(path, lambda entry: "مترجم: " + entry.msgid)
    return workspace


def test_every_item_and_feed_validates(translated):
    report = build(translated, [DE, FR, AR])
    assert not report.refused
    items = sorted((translated.root / "feeds").rglob("*.xml"))
    assert {path.parent.name for path in items} == {"en", "de", "fr", "ar"}
    assert len(items) == 4 * 4  # three articles and an index per language
    for path in items:
        assert_valid(path.read_bytes())


def test_a_right_to_left_original_says_so_like_its_translations(newsroom, tmp_path):
    source = tmp_path / "beirut-talks.txt"
    source.write_text("date 2026-11-20 أخبار\nlang ar\n\nاستؤنفت المحادثات في بيروت يوم الجمعة.\n\nوقال الوسيط إن الجانبين اقتربا من اتفاق.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    assert not build(workspace, [DE], threshold=0.0).refused
    path = newsroom / "feeds/ar/beirut-talks.xml"
    assert_valid(path.read_bytes())
    root = etree.parse(str(path)).getroot()
    assert root.get("dir") == "rtl"
    assert root.find(f".//{NAR}inlineXML").get("dir") == "rtl"
    assert root.find(f".//{XHTML}html").get("dir") == "rtl"


def test_a_byline_is_offered_for_translation_unless_it_is_names_only(newsroom, tmp_path):
    credited, named = tmp_path / "credited.txt", tmp_path / "named.txt"
    credited.write_text("date 2026-11-20 World\nbyline By Maria Costa and Jan de Vries\n\nDockers voted to strike on.\n", encoding="utf-8")
    named.write_text("date 2026-11-20 World\nbyline Maria Costa\n\nDockers voted to strike on.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [credited, named], [DE])
    bylines = {
        article_id: [entry.msgid for entry in polib.pofile(str(workspace.po_file(DE, article_id))) if entry.comment.startswith("byline")]
        for article_id in ("credited", "named")
    }
    assert bylines == {"credited": ["By {Maria_Costa} and {Jan_de_Vries}"], "named": []}

    def german(entry: polib.POEntry) -> str:
        return "" if entry.msgid.startswith("By ") else "Die Hafenarbeiter stimmten für weitere Streiks."

    for article_id in ("credited", "named"):
        fill(workspace.po_file(DE, article_id), german)
    assert not build(workspace, [DE], threshold=50).refused

    def byline(article_id: str) -> tuple[str, dict[str, str]]:
        element = etree.parse(str(newsroom / f"feeds/de/{article_id}.xml")).getroot().find(f"{NAR}contentMeta/{NAR}by")
        return element.text, dict(element.attrib)

    assert byline("named") == ("Maria Costa", {"{http://www.w3.org/XML/1998/namespace}lang": "en"}), "names only: as written"
    assert byline("credited") == ("By Maria Costa and Jan de Vries", {"{http://www.w3.org/XML/1998/namespace}lang": "en"})
    fill(workspace.po_file(DE, "credited"), lambda entry: german(entry) or entry.msgid)
    assert not build(workspace, [DE]).refused
    assert byline("credited") == ("By Maria Costa and Jan de Vries", {"{http://www.w3.org/XML/1998/namespace}lang": "en"}), "copied: the original's"
    fill(workspace.po_file(DE, "credited"), lambda entry: german(entry) or "Von {Maria_Costa} und {Jan_de_Vries}")
    assert not build(workspace, [DE]).refused
    assert byline("credited") == ("Von Maria Costa und Jan de Vries", {})
    assert_valid((newsroom / "feeds/de/credited.xml").read_bytes())


def test_a_byline_of_names_only_takes_the_names_glossary_renderings(newsroom, tmp_path):
    source = tmp_path / "named.txt"
    source.write_text("date 2026-11-20 World\nbyline Maria Costa, Jan de Vries\n\nMaria Costa and Jan de Vries met dockers.\n", encoding="utf-8")
    russian = Locale("ru")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [russian])
    names = polib.pofile(str(workspace.locales_dir / "ru/LC_MESSAGES/names.po"))
    names.find("Maria Costa").msgstr = "Мария Коста"
    names.save()
    fill(workspace.po_file(russian, "named"), lambda entry: entry.msgid.replace(" and ", " и ").replace("met dockers", "встретились с докерами"))
    assert not build(workspace, [russian]).refused
    root = etree.parse(str(newsroom / "feeds/ru/named.xml")).getroot()
    assert root.findtext(f"{NAR}contentMeta/{NAR}by") == "Мария Коста, Jan de Vries", "as the text names them"
    assert "Мария Коста и Jan de Vries" in root.findtext(f"{NAR}contentMeta/{NAR}description")


def test_an_article_extracted_before_bylines_were_translated_publishes_its_byline_as_written(translated):
    record_path = translated.article_file("port-strike")
    record = json.loads(record_path.read_text(encoding="utf-8"))
    [byline] = [block for block in record["article"]["blocks"] if block["kind"] == "byline"]
    record["article"]["blocks"].remove(byline)
    record["article"]["byline"] = byline["text"]
    record["units"] = [unit for unit in record["units"] if unit["kind"] != "byline"]
    record_path.write_text(json.dumps(record), encoding="utf-8")
    assert not build(translated, [DE, AR]).refused
    for lang, attributes in (("de", {}), ("ar", {"dir": "ltr"})):
        by = etree.parse(str(translated.root / f"feeds/{lang}/port-strike.xml")).getroot().find(f"{NAR}contentMeta/{NAR}by")
        assert (by.text, dict(by.attrib)) == ("By Marta Kowalski", {"{http://www.w3.org/XML/1998/namespace}lang": "en", **attributes})


def test_a_quotation_running_over_two_paragraphs_is_published(newsroom, tmp_path):
    source = tmp_path / "strike-vote.txt"
    source.write_text(
        "date 2026-11-20 World\n\nDockers voted to strike on.\n\n"
        "“We will fight on. We have waited for years.\n\n“Nobody listened to us,” said Maria Costa.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    german = {
        "Dockers voted to strike on.": "Die Hafenarbeiter stimmten für weitere Streiks.",
        "“We will fight on. We have waited for years.": "„Wir kämpfen weiter. Wir warten seit Jahren.",
        "“Nobody listened to us,” said {Maria_Costa}.": "„Niemand hat uns zugehört“, sagte {Maria_Costa}.",
    }
    fill(workspace.po_file(DE, "strike-vote"), lambda entry: german[entry.msgid])
    report = build(workspace, [DE])
    assert not report.refused, [outcome.note for outcome in report.refused]
    assert body_texts(newsroom / "feeds/de/strike-vote.xml")[-2:] == [
        "„Wir kämpfen weiter. Wir warten seit Jahren.", "„Niemand hat uns zugehört“, sagte Maria Costa."
    ]


def test_a_quotation_running_over_two_paragraphs_is_a_quotation_in_both(newsroom, tmp_path):
    source = tmp_path / "resignation.txt"
    source.write_text(
        "date 2026-11-20 Home page politics\n\nThe minister resigned on Tuesday.\n\n"
        "“I have served this country for twenty years. I never expected to leave like this.\n\n"
        "“But the deal was wrong, and I cannot defend it.”\n\n"
        "“We will fight on, she said.\n\nThe party met on Wednesday.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po = workspace.po_file(DE, "resignation")
    notes = {entry.msgid: entry.comment for entry in polib.pofile(str(po))}
    assert "Holds a direct quotation" in notes["“I have served this country for twenty years. I never expected to leave like this."]
    assert "Holds a direct quotation" not in notes["“We will fight on, she said."], "left open before a paragraph that does not carry it on: a slip"
    german = {
        "The minister resigned on Tuesday.": "Die Ministerin trat am Dienstag zurück.",
        "“I have served this country for twenty years. I never expected to leave like this.":
            "“Ich diene diesem Land seit zwanzig Jahren. Ich hätte nie erwartet, so zu gehen.",
        "“But the deal was wrong, and I cannot defend it.”": "“Aber der Deal war falsch, und ich kann ihn nicht verteidigen.”",
        "“We will fight on, she said.": "“Wir kämpfen weiter, sagte sie.",
        "The party met on Wednesday.": "Die Partei tagte am Mittwoch.",
    }
    fill(po, lambda entry: german[entry.msgid])
    report = build(workspace, [DE])
    assert not report.refused, [outcome.note for outcome in report.refused]
    assert body_texts(newsroom / "feeds/de/resignation.xml")[:3] == [
        "„Ich diene diesem Land seit zwanzig Jahren. Ich hätte nie erwartet, so zu gehen.",
        "„Aber der Deal war falsch, und ich kann ihn nicht verteidigen.“",
        "„Wir kämpfen weiter, sagte sie.",
    ]
    reported = "Sie diene diesem Land seit zwanzig Jahren und habe nie erwartet, so zu gehen."
    fill(po, lambda entry: reported if entry.msgid.startswith("“I have served") else german[entry.msgid])
    report = build(workspace, [DE])
    assert report.refused and any("quotation-dropped" in problem.message for problem in report.refused[0].problems)


def test_each_list_item_is_a_paragraph_and_quotations_credit_lines_and_sentences_are_never_subheadings(newsroom, tmp_path):
    source = tmp_path / "port-deal.txt"
    source.write_text(
        "date 2026-11-20 Home page politics\n\nThe minister resigned on Tuesday.\n\n"
        "The key points of the deal:\n- 300 jobs will be cut\n- the port will be sold\n\n"
        "3. First, the board votes. Then the unions.\n4. The ministers sign.\n\nTalks in Brussels: “a last chance” for the ministers\n\n"
        "“We will fight on”\n\nShe added: “I will be back in 2028”\n\nAsked about her plans, she said she would rest\n\n"
        "Reporting by Anna Berg; editing by Tom Weiss\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    assert not build(workspace, [DE], threshold=0).refused
    body = etree.parse(str(newsroom / "feeds/en/port-deal.xml")).getroot().find(f".//{XHTML}body")
    assert [(element.tag.removeprefix(XHTML), element.text) for element in body] == [
        ("p", "The key points of the deal:"),
        ("p", "- 300 jobs will be cut"),
        ("p", "- the port will be sold"),
        ("p", "3. First, the board votes. Then the unions."),
        ("p", "4. The ministers sign."),
        ("h2", "Talks in Brussels: “a last chance” for the ministers"),
        ("p", "“We will fight on”"),
        ("p", "She added: “I will be back in 2028”"),
        ("p", "Asked about her plans, she said she would rest"),
        ("p", "Reporting by Anna Berg; editing by Tom Weiss"),
    ]
    # The marker is no translator's to copy: it is published before each item's translation, numbered as the source numbers it.
    po_path = workspace.po_file(DE, "port-deal")
    entries = {entry.msgid: entry for entry in polib.pofile(str(po_path))}
    assert list(entries)[list(entries).index("The key points of the deal:"):][:6] == [
        "The key points of the deal:", "300 jobs will be cut", "the port will be sold", "First, the board votes.", "Then the unions.",
        "The ministers sign.",
    ]
    assert "Opens a list item; its marker `3.` is published before the translation: leave it out" in entries["First, the board votes."].comment
    assert "list item" not in entries["Then the unions."].comment
    fill(po_path, lambda entry: "Übersetzt: " + entry.msgid)
    msgfmt_check(po_path)
    assert not build(workspace, [DE]).refused
    german = body_texts(newsroom / "feeds/de/port-deal.xml")
    assert german[1:5] == [
        "- Übersetzt: 300 jobs will be cut", "- Übersetzt: the port will be sold",
        "3. Übersetzt: First, the board votes. Übersetzt: Then the unions.", "4. Übersetzt: The ministers sign.",
    ]


@pytest.mark.parametrize(("lang", "target", "lede", "heading", "credit"), [
    ("de", FR, "Der Hafen bleibt geschlossen.", "Streit um die Löhne", "Mitarbeit: Anna Berg; Redaktion: Tom Weiss"),
    ("fr", DE, "Le port reste fermé.", "Bras de fer sur les salaires", "Avec AFP"),
    ("es", DE, "El puerto sigue cerrado.", "Pulso por los salarios", "Con información de Reuters"),
])
def test_a_credit_line_in_the_source_language_is_a_paragraph_in_every_locale(newsroom, tmp_path, lang, target, lede, heading, credit):
    source = tmp_path / "port-closed.txt"
    source.write_text(f"date 2026-11-20 Economy\nlang {lang}\n\n{lede}\n\n{heading}\n\n{lede}\n\n{credit}\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [target])
    po_path = workspace.po_file(target, "port-closed")
    fill(po_path)
    msgfmt_check(po_path)
    assert not build(workspace, [target]).refused
    for locale, prefix in ((lang, ""), (str(target), "Übersetzt: ")):
        body = etree.parse(str(newsroom / f"feeds/{locale}/port-closed.xml")).getroot().find(f".//{XHTML}body")
        assert [(element.tag.removeprefix(XHTML), element.text) for element in body] == [
            ("h2", prefix + heading), ("p", prefix + lede), ("p", prefix + credit)]


def test_a_list_of_one_after_its_colon_is_published_with_its_marker_and_translated_without_it(newsroom, tmp_path):
    source = tmp_path / "port-plan.txt"
    source.write_text(
        "date 2026-11-20 Home page politics\n\nThe minister presented the plan on Tuesday.\n\n"
        "The plan has one condition:\n- The union must agree\n\nTalks resume on Monday.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    po_path = workspace.po_file(DE, "port-plan")
    entries = {entry.msgid: entry for entry in polib.pofile(str(po_path))}
    assert "The union must agree" in entries and not any(msgid.startswith("- ") for msgid in entries)
    assert "its marker `-` is published before the translation" in entries["The union must agree"].comment
    fill(po_path)
    msgfmt_check(po_path)
    assert not build(workspace, [DE]).refused
    assert body_texts(newsroom / "feeds/en/port-plan.xml") == [
        "The plan has one condition:", "- The union must agree", "Talks resume on Monday."]
    assert body_texts(newsroom / "feeds/de/port-plan.xml") == [
        "Übersetzt: The plan has one condition:", "- Übersetzt: The union must agree", "Übersetzt: Talks resume on Monday."]


LIST_MARKERS_IN_MSGIDS = Path(__file__).parent / "data/workspace-list-markers-in-msgids"


def test_a_list_extracted_with_its_markers_in_the_msgids_builds_the_items_partners_have(tmp_path):
    root = tmp_path / "newsroom"
    shutil.copytree(LIST_MARKERS_IN_MSGIDS, root)
    published = {path: path.read_bytes() for path in root.glob("feeds/*/port-deal.xml")}
    assert not build(Workspace(root), [DE]).refused
    for path, data in published.items():
        assert path.read_bytes() == data, path


def test_extracted_again_a_list_item_keeps_its_translation_without_its_marker(tmp_path):
    root = tmp_path / "newsroom"
    shutil.copytree(LIST_MARKERS_IN_MSGIDS, root)
    published = {path: path.read_bytes() for path in root.glob("feeds/*/port-deal.xml")}
    german_published = body_texts(root / "feeds/de/port-deal.xml")
    workspace = Workspace(root)
    extract(workspace, [root / "in/port-deal.txt"], [DE], now=NOW)
    po_path = workspace.po_file(DE, "port-deal")
    msgfmt_check(po_path)
    po = polib.pofile(str(po_path))
    assert not po.obsolete_entries()
    assert [(entry.msgid, entry.msgstr, entry.fuzzy) for entry in po][3:] == [
        ("300 jobs will be cut", "300 Stellen werden gestrichen", False),
        ("{Maria_Costa} stays at the head of the union", "{Maria_Costa} bleibt an der Spitze der Gewerkschaft", False),
        ("The next steps:", "Die nächsten Schritte:", False),
        ("The board votes in May.", "Der Vorstand stimmt im Mai ab.", False),
        ("Then the unions vote.", "Dann stimmen die Gewerkschaften ab.", False),
        # Written with another marker than the source's, it is the translator's to look at again.
        ("The ministers sign the deal.", "4) Die Minister unterzeichnen den Deal.", True),
    ]
    assert po[-1].previous_msgid == "4. The ministers sign the deal."
    build(workspace, [DE])
    assert (root / "feeds/en/port-deal.xml").read_bytes() == published[root / "feeds/en/port-deal.xml"]
    po[-1].msgstr = "Die Minister unterzeichnen den Deal."
    po[-1].flags.remove("fuzzy")
    po.save()
    assert not build(workspace, [DE]).refused
    assert body_texts(root / "feeds/de/port-deal.xml") == [text.replace("4)", "4.") for text in german_published]


@pytest.mark.parametrize(
    ("source_lang", "lede", "target", "translations", "published"),
    [
        ("en", "Talks resumed on Friday. Both sides are close to a deal.", "ja",
         {"Talks resumed on Friday.": "協議は金曜日に再開された。", "Both sides are close to a deal.": "双方は合意に近い。",
          "Talks": "協議", "More.": "詳細。"},
         "協議は金曜日に再開された。双方は合意に近い。"),
        ("ja", "協議は金曜日に再開された。双方は合意に近い。", "en",
         {"協議は金曜日に再開された。": "Talks resumed on Friday.", "双方は合意に近い。": "Both sides are close to a deal."},
         "Talks resumed on Friday. Both sides are close to a deal."),
    ],
)
def test_sentences_are_spaced_as_the_target_language_spaces_them(newsroom, tmp_path, source_lang, lede, target, translations, published):
    source = tmp_path / "talks.txt"
    source.write_text(f"date 2026-11-20 World\nlang {source_lang}\ntitle Talks\n\n{lede}\n\nMore.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    locale = Locale.parse(target)
    extract(workspace, [source], [locale])
    fill(workspace.po_file(locale, "talks"), lambda entry: translations.get(entry.msgid, entry.msgid))
    assert not build(workspace, [locale]).refused
    root = etree.parse(str(newsroom / f"feeds/{target}/talks.xml")).getroot()
    assert root.findtext(f"{NAR}contentMeta/{NAR}description") == published
    assert etree.parse(str(newsroom / f"feeds/{source_lang}/talks.xml")).getroot().findtext(f"{NAR}contentMeta/{NAR}description") == lede


def test_a_sentence_left_in_the_source_language_keeps_the_source_spacing(newsroom, tmp_path):
    source = tmp_path / "talks.txt"
    source.write_text("date 2026-11-20 World\ntitle Talks\n\nTalks resumed. Both sides are close. A deal is near.\n\nMore.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    japanese = Locale("ja")
    extract(workspace, [source], [japanese])
    fill(workspace.po_file(japanese, "talks"), lambda entry: {"Talks resumed.": "協議は再開された。"}.get(entry.msgid, ""))
    assert not build(workspace, [japanese], threshold=0.0).refused
    description = etree.parse(str(newsroom / "feeds/ja/talks.xml")).getroot().findtext(f"{NAR}contentMeta/{NAR}description")
    assert description == "協議は再開された。Both sides are close. A deal is near."


def test_a_source_copied_as_its_translation_is_published_as_the_sources_language(newsroom, tmp_path):
    source = tmp_path / "fire.txt"
    source.write_text("date 2026-11-27 News\ntitle Fire at the port\n\nA fire broke out at the port on Friday.\n\n"
                      "Cause still unknown\n\nInvestigators are at the scene. The dock is closed.\n\nLive\n\nMore later.\n",
                      encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    # A translator copied the subheading (Poedit's "Copy from source") and a sentence, and
    # kept a label of one word, as German may.
    copied = ("Cause still unknown", "The dock is closed.", "Live")
    fill(workspace.po_file(DE, "fire"), lambda entry: entry.msgid if entry.msgid in copied else "Übersetzt: " + entry.msgid)
    assert not build(workspace, [DE]).refused  # a warning, not an error: published
    path = newsroom / "feeds/de/fire.xml"
    assert_valid(path.read_bytes())
    body = etree.parse(str(path)).getroot().find(f".//{XHTML}body")
    headings = [(element.text, element.get("{http://www.w3.org/XML/1998/namespace}lang")) for element in body.iter(f"{XHTML}h2")]
    assert headings == [("Cause still unknown", "en"), ("Live", None)]
    assert "Übersetzt: Investigators are at the scene. The dock is closed." in body_texts(path)


def test_a_company_form_is_published_with_the_glossary_rendering_and_no_stray_period(newsroom, tmp_path):
    source = tmp_path / "acme.txt"
    source.write_text("date 2026-11-20 Economy\ntitle Acme\n\nShares in Acme Inc. fell 4.5% on Monday.\n\nMore.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    japanese = Locale("ja")
    extract(workspace, [source], [japanese])
    fill(po_file(workspace, japanese), lambda entry: "アクメ社")
    # The translator translates the words and keeps the placeholder with what the source
    # attaches to it.
    translations = {"Acme": "アクメ", "More.": "詳細。"}
    fill(workspace.po_file(japanese, "acme"), lambda entry: translations.get(entry.msgid) or entry.msgid.replace(
        "Shares in ", "").replace(" fell 4.5% on Monday.", "株が月曜日に4.5%下落した。"))
    assert not build(workspace, [japanese]).refused
    description = etree.parse(str(newsroom / "feeds/ja/acme.xml")).getroot().findtext(f"{NAR}contentMeta/{NAR}description")
    assert description == "アクメ社株が月曜日に4.5%下落した。"


FSI, PDI = "\u2068", "\u2069"  # FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE
HIRING = (
    "date 2026-11-20 Economy\ntitle Acme Inc. hires Maria Costa\n\n"
    "Rotterdam – Acme Inc. said on Friday that Maria Costa joins as chief executive.\n\n"
    "The union said Costa, 52, led the port authority.\n"
)
HIRING_TRANSLATIONS = {
    "ar": {
        "{Acme_Inc} hires {Maria_Costa}": "{Acme_Inc} تعيّن {Maria_Costa}",
        "Rotterdam – {Acme_Inc} said on Friday that {Maria_Costa} joins as chief executive.":
            "روتردام – {Acme_Inc} قالت يوم الجمعة إن {Maria_Costa} تنضم إليها رئيسة تنفيذية.",
        "The union said {Costa}, 52, led the port authority.": "قالت النقابة إن {Costa}، 52 عاماً، قادت هيئة الميناء.",
    },
    "he": {
        "{Acme_Inc} hires {Maria_Costa}": "{Acme_Inc} מינתה את {Maria_Costa}",
        "Rotterdam – {Acme_Inc} said on Friday that {Maria_Costa} joins as chief executive.":
            "רוטרדם – {Acme_Inc} הודיעה ביום שישי כי {Maria_Costa} מצטרפת אליה כמנהלת כללית.",
        "The union said {Costa}, 52, led the port authority.": "האיגוד אמר כי {Costa}, 52, עמדה בראש רשות הנמל.",
    },
    "de": {
        "{Acme_Inc} hires {Maria_Costa}": "{Acme_Inc} stellt {Maria_Costa} ein",
        "Rotterdam – {Acme_Inc} said on Friday that {Maria_Costa} joins as chief executive.":
            "Rotterdam – {Acme_Inc} teilte am Freitag mit, dass {Maria_Costa} Vorstandschefin wird.",
        "The union said {Costa}, 52, led the port authority.": "Die Gewerkschaft sagte, {Costa}, 52, habe die Hafenbehörde geleitet.",
    },
}


def hiring(newsroom: Path, tmp_path: Path, lang: str, header: str = "") -> tuple[Workspace, Path]:
    """The hiring story, in `lang` as its translator wrote it, with its names kept in Latin letters."""
    source = tmp_path / "hiring.txt"
    source.write_text(HIRING.replace("\n\n", f"\n{header}\n", 1), encoding="utf-8")
    workspace = Workspace(newsroom)
    locale = Locale(lang)
    extract(workspace, [source], [locale])
    fill(workspace.po_file(locale, "hiring"), lambda entry: HIRING_TRANSLATIONS[lang][entry.msgid])
    assert not build(workspace, [locale]).refused
    return workspace, source


@pytest.mark.parametrize(("lang", "headline", "lede", "paragraph", "dateline"), [
    ("ar", f"{FSI}Acme Inc.{PDI} تعيّن Maria Costa",
     f"روتردام – {FSI}Acme Inc.{PDI} قالت يوم الجمعة إن Maria Costa تنضم إليها رئيسة تنفيذية.",
     f"قالت النقابة إن {FSI}Costa{PDI}، 52 عاماً، قادت هيئة الميناء.", "روتردام"),
    ("he", f"{FSI}Acme Inc.{PDI} מינתה את Maria Costa",
     f"רוטרדם – {FSI}Acme Inc.{PDI} הודיעה ביום שישי כי Maria Costa מצטרפת אליה כמנהלת כללית.",
     f"האיגוד אמר כי {FSI}Costa{PDI}, 52, עמדה בראש רשות הנמל.", "רוטרדם"),
], ids=["ar", "he"])
def test_a_right_to_left_item_isolates_the_latin_names_that_would_show_out_of_place(newsroom, tmp_path, lang, headline, lede, paragraph, dateline):
    hiring(newsroom, tmp_path, lang)
    data = (newsroom / f"feeds/{lang}/hiring.xml").read_bytes()
    assert_valid(data)
    # Acme Inc. opens the headline and ends in a period, Costa is followed by a figure: each
    # isolated. Maria Costa, between words of the translation, shows as it is and stays so.
    for element in (f"<headline>{headline}</headline>", f"<title>{headline}</title>", f"<dateline>{dateline}</dateline>",
                    f'<description role="drol:summary">{lede}</description>', f"<p>{lede}</p>", f"<p>{paragraph}</p>"):
        assert element.encode() in data, element
    assert data.count(FSI.encode()) == data.count(PDI.encode()) == 5
    assert FSI.encode() not in (newsroom / "feeds/en/hiring.xml").read_bytes(), "the original is as the agency wrote it"


def test_a_left_to_right_item_publishes_its_names_as_they_are(newsroom, tmp_path):
    hiring(newsroom, tmp_path, "de")
    data = (newsroom / "feeds/de/hiring.xml").read_bytes()
    assert_valid(data)
    for element in ("<headline>Acme Inc. stellt Maria Costa ein</headline>",
                    "<p>Rotterdam – Acme Inc. teilte am Freitag mit, dass Maria Costa Vorstandschefin wird.</p>",
                    "<p>Die Gewerkschaft sagte, Costa, 52, habe die Hafenbehörde geleitet.</p>"):
        assert element.encode() in data, element
    assert FSI.encode() not in data and PDI.encode() not in data


def test_a_name_the_translator_isolated_is_isolated_once(newsroom, tmp_path):
    workspace, _ = hiring(newsroom, tmp_path, "ar")
    fill(workspace.po_file(AR, "hiring"), lambda entry: HIRING_TRANSLATIONS["ar"][entry.msgid].replace(
        "{Acme_Inc} تعيّن", f"{FSI}{{Acme_Inc}}{PDI} تعيّن"))
    assert not build(workspace, [AR]).refused, "the review takes the translator's isolates"
    root = etree.parse(str(newsroom / "feeds/ar/hiring.xml")).getroot()
    assert root.findtext(f"{NAR}contentMeta/{NAR}headline") == f"{FSI}Acme Inc.{PDI} تعيّن Maria Costa"


@pytest.mark.parametrize(("notice", "published"), [
    ("status canceled", '<pubStatus qcode="stat:canceled"/>'), ("embargo 2026-11-21T12:00Z", "<embargoed>2026-11-21T12:00:00Z</embargoed>"),
])
def test_a_notice_ahead_of_the_translation_names_the_story_in_the_isolated_words_partners_have(newsroom, tmp_path, notice, published):
    workspace, source = hiring(newsroom, tmp_path, "ar")
    corrected = HIRING.replace("title Acme Inc. hires Maria Costa", "title Acme Inc. hires Maria Costa as chief")
    source.write_text(corrected, encoding="utf-8")
    extract(workspace, [source], [AR])  # the headline's translation is fuzzy
    source.write_text(corrected.replace("\n\n", f"\n{notice}\n\n", 1), encoding="utf-8")
    extract(workspace, [source], [AR])
    assert not build(workspace, [AR]).refused
    data = (newsroom / "feeds/ar/hiring.xml").read_bytes()
    assert_valid(data)
    assert published.encode() in data
    assert f"<headline>{FSI}Acme Inc.{PDI} تعيّن Maria Costa</headline>".encode() in data


def test_only_the_storys_opening_gives_the_dateline_not_a_place_opening_a_later_paragraph(newsroom, tmp_path):
    source = tmp_path / "fish-deal.txt"
    source.write_text(
        "date 2026-11-20 Home page politics\n\nMinisters agreed a deal on Friday after long talks.\n\n"
        "The deal – a compromise on fishing quotas – was welcomed by all sides.\n\n"
        "Brussels – Ministers meet again on Monday.\n\nParis – French farmers protested.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    fill(workspace.po_file(DE, "fish-deal"), lambda entry: entry.msgid.replace("Brussels", "Brüssel"))
    assert not build(workspace, [DE]).refused
    for lang in ("en", "de"):
        root = etree.parse(str(newsroom / f"feeds/{lang}/fish-deal.xml")).getroot()
        assert root.find(f"{NAR}contentMeta/{NAR}dateline") is None, lang
        assert root.find(f"{NAR}contentMeta/{NAR}located") is None, lang


@pytest.mark.parametrize(("opening", "place", "name"), [
    ("Rio de Janeiro – ", "Rio de Janeiro", "Rio de Janeiro"),
    ("Rio de Janeiro, Brazil – ", "Rio de Janeiro", "Rio de Janeiro"),
    # A dateline in capitals names its place as a name is written.
    ("FRANKFURT AM MAIN — ", "FRANKFURT AM MAIN", "Frankfurt am Main"),
    ("Castellón de la Plana – ", "Castellón de la Plana", "Castellón de la Plana"),
    ("Wijk aan Zee – ", "Wijk aan Zee", "Wijk aan Zee"),
])
def test_a_story_opening_with_a_place_of_several_words_keeps_its_opening_paragraph_in_the_body(newsroom, tmp_path, opening, place, name):
    source = tmp_path / "rio.txt"
    lede = f"{opening}The mayor opened a bridge on Sunday."
    source.write_text(f"date 2026-11-22 News\ntitle H\nid rio\n\n{lede}\n\nMore text.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    fill(workspace.po_file(DE, "rio"), lambda entry: entry.msgid.replace("More text.", "Mehr Text."))
    assert not build(workspace, [DE]).refused
    for lang, more in (("en", "More text."), ("de", "Mehr Text.")):
        path = newsroom / f"feeds/{lang}/rio.xml"
        assert_valid(path.read_bytes())
        assert body_texts(path) == [lede, more], lang
        meta = etree.parse(str(path)).getroot().find(f"{NAR}contentMeta")
        assert (meta.findtext(f"{NAR}dateline"), meta.findtext(f"{NAR}description")) == (place, lede), lang
        assert [element.get("literal") or element.findtext(f"{NAR}name") for element in meta.iter(f"{NAR}located")] == [name], lang


# The openings Chinese and Japanese sentences set apart with a dash that a reader took for a
# dateline: a name, a title, a topic, and a pair of places or names on a single dash.
_CJK_OPENINGS_NO_DATELINE = [
    ("zh", "华为——公司发布了新手机。"), ("zh", "总理——我们不会让步。"), ("zh", "习近平——中国国家主席周一发表讲话。"),
    ("zh", "经济——今年增长放缓。"), ("ja", "首相—新しい計画を発表した。"), ("ja", "日本銀行—金利を据え置いた。"),
    ("ja", "トヨタ—新型車を発表した。"), ("ja", "ソニー—新製品を発表した。"), ("zh", "上海—北京的航班取消了。"),
    ("zh", "中国—东盟博览会周五在南宁开幕。"), ("zh", "中国—中亚峰会周五在西安开幕。"), ("zh", "北京—上海航班周五取消。"),
    ("ja", "日本—ASEAN首脳会議が開かれた。"), ("zh", "中欧班列——今年开行超过一万列。"),
]


def opening_item_meta(newsroom: Path, tmp_path: Path, lang: str, lede: str) -> etree._Element:
    """The contentMeta of the source item of a story in `lang` that opens with `lede`, validated."""
    source = tmp_path / "opening.txt"
    source.write_text(f"date 2026-11-20 World\nlang {lang}\nid opening\n\n{lede}\n\n更多。\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE])
    assert not build(workspace, [DE], threshold=0.0).refused
    path = newsroom / f"feeds/{lang}/opening.xml"
    assert_valid(path.read_bytes())
    return etree.parse(str(path)).getroot().find(f"{NAR}contentMeta")


@pytest.mark.parametrize(("lang", "lede"), _CJK_OPENINGS_NO_DATELINE)
def test_a_chinese_or_japanese_story_opening_with_a_word_set_apart_with_a_dash_keeps_it_in_its_headline(newsroom, tmp_path, lang, lede):
    meta = opening_item_meta(newsroom, tmp_path, lang, lede)
    assert (meta.findtext(f"{NAR}headline"), meta.find(f"{NAR}dateline"), meta.find(f"{NAR}located")) == (lede, None, None)


@pytest.mark.parametrize(("lang", "lede", "place"), [
    ("zh", "北京——中国人民银行周五维持利率不变。", "北京"), ("ja", "東京（AX）—日本銀行は金利を据え置いた。", "東京"),
    ("ja", "大阪—万博の会場が開いた。", "大阪"), ("zh", "鹿特丹（新华社）——荷兰港口工人周五罢工。", "鹿特丹"),
])
def test_a_chinese_or_japanese_story_opening_with_a_dateline_gives_a_headline_without_it(newsroom, tmp_path, lang, lede, place):
    meta = opening_item_meta(newsroom, tmp_path, lang, lede)
    headline = lede.partition("—")[2].lstrip("—")
    assert (meta.findtext(f"{NAR}headline"), meta.findtext(f"{NAR}dateline")) == (headline, place)


def test_item_metadata(translated):
    build(translated, [DE, AR])
    root = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert root.get("guid").endswith(":port-strike:de")
    assert root.find(f"{NAR}contentMeta/{NAR}language").get("tag") == "de"
    link = root.find(f"{NAR}itemMeta/{NAR}link")
    source = etree.parse(str(translated.root / "feeds/en/port-strike.xml")).getroot()
    assert link.get("residref") == source.get("guid")
    assert root.find(f"{NAR}contentMeta/{NAR}creator").get("literal") == "mk"
    assert root.findtext(f"{NAR}contentMeta/{NAR}headline") == polib.pofile(str(translated.po_file(DE, "port-strike"))).find("Will the port strike spread?").msgstr
    located = [(element.get("literal"), element.findtext(f"{NAR}name")) for element in root.iter(f"{NAR}located")]
    assert located == [("Rotterdam", "Rotterdam"), ("Brussels", "Brüssel")], "the source's place, named as the translation prints it"
    body = root.find(f".//{XHTML}body")
    assert [child.tag for child in body] == [f"{XHTML}p", f"{XHTML}p", f"{XHTML}h2", f"{XHTML}p"]
    assert all(len(child) == 0 for child in body), "partner bodies are flat"
    arabic = etree.parse(str(translated.root / "feeds/ar/port-strike.xml")).getroot()
    assert arabic.get("dir") == "rtl"
    # Text carried over from the original is marked as English, not left to inherit Arabic.
    english = {"{http://www.w3.org/XML/1998/namespace}lang": "en", "dir": "ltr"}
    meta = arabic.find(f"{NAR}contentMeta")
    for path in ("keyword", "dateline", f"located/{NAR}name"):
        assert dict(meta.find(NAR + path).attrib) == english, path
    byline = root.find(f"{NAR}contentMeta/{NAR}by")
    assert (byline.text, byline.attrib) == ("Von Marta Kowalski", {}), "the byline is translated"
    assert root.find(f"{NAR}contentMeta/{NAR}dateline").attrib == {}, "the German dateline is German"


def test_names_are_put_back_and_quotes_localised(translated):
    po_path = translated.po_file(DE, "port-strike")
    fill(po_path, lambda entry: entry.msgstr.replace("„", "\"").replace("“", "\"").replace("‚", "'").replace("‘", "'"))
    build(translated, [DE])
    text = " ".join(body_texts(translated.root / "feeds/de/port-strike.xml"))
    assert "„Wir verlangen nicht die Sterne vom Himmel." in text
    assert "“, sagte Costa dem niederländischen Sender NOS." in text
    assert "{" not in text and '"' not in text


def test_below_threshold_is_not_published_and_says_why(translated):
    po_path = translated.po_file(FR, "cup-final")
    po = polib.pofile(str(po_path))
    po[0].msgstr = ""
    po[1].flags.append("fuzzy")
    po.save()
    report = build(translated, [FR])
    refused = report.refused
    assert [(outcome.article_id, outcome.lang) for outcome in refused] == [("cup-final", "fr")]
    assert "below the threshold of 100%" in refused[0].note
    assert not (translated.root / "feeds/fr/cup-final.xml").exists()
    partial = build(translated, [FR], threshold=50)
    assert partial.refused == []
    assert [outcome.note for outcome in partial.outcomes if outcome.article_id == "cup-final" and outcome.lang == "fr"] == [
        "2 of 11 units left in the source language"
    ]
    item = translated.root / "feeds/fr/cup-final.xml"
    notes = [note.text for note in etree.parse(str(item)).getroot().iter(f"{NAR}edNote")]
    assert "Partly translated: 2 sentence(s) are still in English; a complete version follows." in notes
    assert_valid(item.read_bytes())


def test_markup_in_a_translation_is_refused_and_never_reaches_a_feed(translated):
    po_path = translated.po_file(DE, "senate-vote")
    fill(po_path, lambda entry: entry.msgstr + " <script>alert(1)</script> & <b>bold</b>")
    report = build(translated, [DE])
    refused = next(outcome for outcome in report.refused if outcome.article_id == "senate-vote")
    assert any(problem.message.startswith("markup:") for problem in refused.problems)
    assert not (translated.root / "feeds/de/senate-vote.xml").exists()


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (lambda msgid: msgid.replace("{Costa}", "Costa"), "missing placeholder {Costa}"),
        (lambda msgid: msgid + " {Intruder}", "unknown placeholder {Intruder}"),
        (lambda msgid: msgid + " \x07", "control character"),
        (lambda msgid: msgid.replace("”", ""), "never closed"),
        (lambda msgid: msgid.replace("{Costa}", "{Costa!r}"), "plainly"),
        (lambda msgid: msgid.replace("“", "").replace("”", ""), "keep the words inside quotation marks"),
    ],
)
def test_a_broken_unit_blocks_publication(translated, bad, reason):
    po_path = translated.po_file(DE, "port-strike")
    fill(po_path, lambda entry: bad(entry.msgid) if "{Costa} told" in entry.msgid else entry.msgid)
    report = build(translated, [DE])
    refused = [outcome for outcome in report.refused if outcome.article_id == "port-strike"]
    assert refused and any(reason in problem.message for problem in refused[0].problems)
    assert not (translated.root / "feeds/de/port-strike.xml").exists()


def russian_port_strike(newsroom: Path, wire_files: list[Path], costa_form: str) -> Workspace:
    """port-strike in Russian, Costa rendered Коста, and the unit where he is in the genitive
    giving that form in a translator comment."""
    russian = Locale("ru")
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [russian], now=NOW)
    names = polib.pofile(str(workspace.locales_dir / "ru/LC_MESSAGES/names.po"))
    names.find("Costa").msgstr = "Коста"
    names.save()
    po = polib.pofile(str(workspace.po_file(russian, "port-strike")))
    for entry in po:
        # A stand-in for a Russian translation (a plain copy, or one in Latin letters only, is
        # refused as English); Russian groups no four-digit number.
        entry.msgstr = "(рус.) " + entry.msgid.replace("1,200", "1200")
        if "{Costa} called that" in entry.msgid:
            entry.msgstr = "По словам комиссара {Jan_de_Vries}, компромисс «близок»; у {Costa} это вызвало лишь «пустые надежды»."
            entry.tcomment = f"{{Costa}} = {costa_form}"
    po.save()
    return workspace


def test_a_name_is_published_in_the_form_its_translator_comment_gives(newsroom, wire_files):
    workspace = russian_port_strike(newsroom, wire_files, "Косты")
    assert not build(workspace, [Locale("ru")], article_ids=["port-strike"], now=NOW).refused
    item = newsroom / "feeds/ru/port-strike.xml"
    assert_valid(item.read_bytes())
    text = " ".join(body_texts(item))
    assert "у Косты это вызвало" in text
    assert "Коста" in text.replace("у Косты", "")  # the other units keep the glossary's form


def test_a_form_that_is_another_name_blocks_publication(newsroom, wire_files):
    workspace = russian_port_strike(newsroom, wire_files, "Иванова")
    [refused] = build(workspace, [Locale("ru")], article_ids=["port-strike"], now=NOW).refused
    assert any(problem.message.startswith("name-form: # {Costa} = Иванова: not a form of Коста") for problem in refused.problems)
    assert not (newsroom / "feeds/ru/port-strike.xml").exists()
    # Every unit is translated (status says 100 %), but one is not ready to publish.
    assert refused.note.startswith("92% ready to publish, below the threshold of 100% (1 with errors)"), refused.note


def test_a_glossary_rendering_that_cannot_be_published_keeps_the_name_as_written(translated):
    names_po = translated.locales_dir / "de/LC_MESSAGES/names.po"
    po = polib.pofile(str(names_po))
    po.find("Costa").msgstr = "Ko\x07sta"  # a control character: not even writable as XML
    po.find("NOS").msgstr = " "  # blank: the name would vanish
    po.find("Euromax Terminals").msgstr = "{Euromax} Terminals"  # a placeholder's braces, meaningless here
    po.save()
    report = build(translated, [DE])
    assert not [outcome for outcome in report.refused if outcome.lang == "de"]
    text = "".join(etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot().itertext())
    assert "Costa" in text and "NOS" in text and "Euromax Terminals" in text and "\x07" not in text and "{" not in text


def test_rebuild_is_byte_identical_and_versions_follow_content(translated):
    build(translated, [DE])
    feeds = translated.root / "feeds"
    before = {path: path.read_bytes() for path in feeds.rglob("*.xml")}
    report = build(translated, [DE])
    assert (report.outcomes, report.up_to_date) == ([], 6), "unchanged items are counted, not rebuilt"
    assert {path: path.read_bytes() for path in feeds.rglob("*.xml")} == before

    po_path = translated.po_file(DE, "senate-vote")
    fill(po_path, lambda entry: "Neu: " + entry.msgid)
    report = build(translated, [DE])
    written = {(outcome.article_id, outcome.lang): outcome.version for outcome in report.outcomes if outcome.written}
    assert written == {("senate-vote", "de"): 2}
    root = etree.parse(str(feeds / "de/senate-vote.xml")).getroot()
    assert root.get("version") == "2"
    assert root.find(f"{NAR}itemMeta/{NAR}signal").get("qcode") == "sig:update"
    assert_valid(etree.tostring(root))


def test_a_deleted_item_is_built_again_and_nothing_else(translated):
    build(translated, [DE])
    feeds = translated.root / "feeds"
    deleted = feeds / "de/cup-final.xml"
    kept = deleted.read_bytes()
    deleted.unlink()
    report = build(translated, [DE])
    assert [(outcome.article_id, outcome.lang) for outcome in report.outcomes if outcome.written] == [("cup-final", "de")]
    stamps = re.compile(rb"<(versionCreated|contentModified)>[^<]*<")  # published again: stamped again
    assert stamps.sub(b"", deleted.read_bytes()) == stamps.sub(b"", kept)


def _version(path: Path) -> int:
    return int(etree.parse(str(path)).getroot().get("version"))


def _edit_translation(workspace: Workspace, article_id: str, edit: str) -> None:
    """A translator's change to one unit of the article's German translation."""
    catalog = polib.pofile(str(workspace.po_file(DE, article_id)))
    entry = next(entry for entry in catalog if entry.msgstr and "{" not in entry.msgid)
    entry.msgstr = edit + entry.msgstr
    catalog.save()


def _published_three_times(workspace: Workspace) -> Path:
    """cup-final in German as version 3: two edits of its translation after the first build."""
    build(workspace, [DE])
    for edit in ("Überarbeitet: ", "Nochmals: "):
        _edit_translation(workspace, "cup-final", edit)
        build(workspace, [DE])
    item = workspace.root / "feeds/de/cup-final.xml"
    assert _version(item) == 3
    return item


def test_a_deleted_item_comes_back_at_the_version_partners_hold_never_a_lower_one(translated):
    item = _published_three_times(translated)
    item.unlink()
    report = build(translated, [DE])
    assert _version(item) == 3  # built from what version 3 was built from: the same content
    assert [outcome.note for outcome in report.outcomes if outcome.written] == [
        f"{item} was missing or could not be read: written again as version 3"]
    index = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot()
    assert [entry.get("version") for entry in index.iter(f"{NAR}newsItem") if entry.get("guid").endswith(":cup-final:de")] == ["3"]


def test_an_older_copy_of_an_item_put_back_is_replaced_by_the_version_partners_hold(translated):
    item = _published_three_times(translated)
    current = item.read_bytes()
    item.write_bytes(re.sub(rb'version="3"', b'version="1"', current, count=1))  # as a restored backup says
    build(translated, [DE])
    assert _version(item) == 3
    # With the translation changed meanwhile, a newer version than any partners hold.
    item.write_bytes(re.sub(rb'version="3"', b'version="1"', current, count=1))
    _edit_translation(translated, "cup-final", "Neu: ")
    build(translated, [DE])
    assert _version(item) == 4


def test_a_source_item_that_cannot_be_read_keeps_its_guid_after_a_date_correction(newsroom, wire_files):
    workspace = Workspace(newsroom)
    source = next(path for path in wire_files if path.stem == "cup-final")
    extract(workspace, [source], [DE], now=NOW)
    build(workspace, [DE], now=NOW)
    item = newsroom / "feeds/en/cup-final.xml"
    guid = etree.parse(str(item)).getroot().get("guid")
    text = source.read_text(encoding="utf-8")
    date = re.search(r"\d{4}-\d\d-\d\d", text).group()
    source.write_text(text.replace(date, "2026-11-20", 1), encoding="utf-8")
    extract(workspace, [source], [DE], now=NOW)
    build(workspace, [DE], now=NOW)
    assert etree.parse(str(item)).getroot().get("guid") == guid
    item.write_bytes(item.read_bytes()[:200])  # cut short
    build(workspace, [DE], now=NOW)
    root = etree.parse(str(item)).getroot()
    assert root.get("guid") == guid and "20261120" not in guid
    assert_valid(item.read_bytes())


def test_a_damaged_item_of_a_refused_translation_is_left_out_of_its_index_not_the_run_failed(translated):
    build(translated, [DE])
    fill(translated.po_file(DE, "cup-final"), lambda entry: "")  # nothing translated: refused, its item stays
    damaged = translated.root / "feeds/de/cup-final.xml"
    damaged.write_bytes(damaged.read_bytes()[:300])
    _edit_translation(translated, "port-strike", "Neu: ")  # the index is written again
    report = build(translated, [DE])
    assert report.damaged == [damaged]
    index = (translated.root / "feeds/de/index.xml").read_bytes()
    assert b":cup-final:de" not in index and b":port-strike:de" in index
    assert_valid(index)


def test_runs_within_one_second_stamp_later_than_anything_published(translated):
    """A partner that polled after the first run asks for what is newer than its stamp."""
    build(translated, [DE], article_ids=["cup-final"], now=NOW)
    build(translated, [DE], article_ids=["port-strike"], now=NOW)  # the same second, or a clock set back
    stamp = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot().findtext(f"{NAR}itemMeta/{NAR}versionCreated")
    assert stamp == "2026-11-25T09:00:01Z"


def test_an_item_an_interrupted_run_wrote_is_published_again_by_the_next_run_whatever_it_builds(translated, monkeypatch):
    """A partner polls the index in between and then asks for what is newer than its stamp."""
    build(translated, [DE], now=NOW)
    for article_id in ("cup-final", "port-strike"):
        fill(translated.po_file(DE, article_id), lambda entry: entry.msgstr + " (überarbeitet)")

    import syndicate.build

    def stopped_before_its_indexes(*args):
        raise KeyboardInterrupt  # the item files are written; the run's indexes and record are not
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped_before_its_indexes)
        with pytest.raises(KeyboardInterrupt):
            build(translated, [DE], article_ids=["cup-final"], now=NOW + dt.timedelta(minutes=1))
    # The run goes through the stopped run's article after the one asked for, and its progress says so.
    progressed, planned = [], []
    report = build(translated, [DE], article_ids=["port-strike"], now=NOW + dt.timedelta(minutes=2),
                   progress=progressed.append, planned=planned.append)
    assert (planned, progressed) == ([2], ["port-strike", "cup-final"])
    assert {(outcome.article_id, outcome.lang) for outcome in report.outcomes if outcome.written} == {
        ("cup-final", "de"), ("port-strike", "de")}
    item = etree.parse(str(translated.root / "feeds/de/cup-final.xml")).getroot()
    assert item.findtext(f"{NAR}itemMeta/{NAR}versionCreated") == "2026-11-25T09:02:00Z"
    # No index listed the stopped run's version 2: a partner polling has not seen it, and one
    # that took the file gets the same text again, with the stamp the index lists.
    assert item.get("version") == "2"
    index = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot()
    assert item.get("guid") in [entry.get("guid") for entry in index.iter(f"{NAR}newsItem")]
    assert_valid(etree.tostring(item))
    assert not [outcome for outcome in build(translated, [DE], now=NOW + dt.timedelta(minutes=3)).outcomes if outcome.written]


@pytest.mark.parametrize("mark", [
    {"articles": ["cup-final"], "run": 5}, {"articles": {"cup-final": "de"}, "run": "soon"}, [],
    # A stamp without its zone, and a locale the workspace does not have (or no locale at all).
    {"articles": {"cup-final": ["xx", "it"]}, "run": "2020-01-01T00:00:00"},
])
def test_a_stopped_runs_mark_of_another_shape_leaves_the_next_run_to_write_every_index(translated, mark):
    build(translated, [DE], now=NOW)
    (translated.root / "feeds/de/index.xml").unlink()
    translated.indexes_pending_file.write_text(json.dumps(mark), encoding="utf-8")
    assert not build(translated, [DE], article_ids=["port-strike"], now=NOW + dt.timedelta(minutes=1)).refused
    index = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot()
    assert len(list(index.iter(f"{NAR}newsItem"))) == 3
    assert not translated.indexes_pending_file.exists()


def test_building_one_locale_leaves_the_others_items_and_their_stamps_as_they_are(translated):
    build(translated, [DE, FR], now=NOW)
    french = (translated.root / "feeds/fr/port-strike.xml").read_bytes()
    fill(translated.po_file(DE, "port-strike"), lambda entry: entry.msgstr + " (überarbeitet)")
    build(translated, [DE], now=NOW + dt.timedelta(minutes=1))
    report = build(translated, [FR], now=NOW + dt.timedelta(minutes=2))
    assert not [outcome for outcome in report.outcomes if outcome.written]
    assert (translated.root / "feeds/fr/port-strike.xml").read_bytes() == french


def version_of(workspace: Workspace, lang: str, article_id: str) -> int:
    return int(etree.parse(str(workspace.item_file(lang, article_id))).getroot().get("version"))


def test_a_run_stopped_between_two_indexes_leaves_none_behind_its_items(translated, monkeypatch):
    """Partners may have polled the German index past the stamp of the item it lists: it is
    published again as a version of its own; the French item no index listed keeps its number."""
    import syndicate.build

    build(translated, [DE, FR], now=NOW)
    versions = {lang: version_of(translated, lang, "port-strike") for lang in ("de", "fr")}
    for locale in (DE, FR):
        fill(translated.po_file(locale, "port-strike"), lambda entry: entry.msgstr + " (revu)")
    write_index = syndicate.build._write_index

    def first_only(workspace, lang, *args):
        if lang == "fr":
            raise KeyboardInterrupt  # stopped after the German index, before the French one
        return write_index(workspace, lang, *args)
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", first_only)
        with pytest.raises(KeyboardInterrupt):
            build(translated, [DE, FR], now=NOW + dt.timedelta(minutes=1))
    # A run over another article and one locale only: every index is written again all the same.
    build(translated, [DE], article_ids=["cup-final"], now=NOW + dt.timedelta(minutes=2))
    for lang in ("de", "fr"):
        item = etree.parse(str(translated.root / f"feeds/{lang}/port-strike.xml")).getroot()
        index = etree.parse(str(translated.root / f"feeds/{lang}/index.xml")).getroot()
        listed = next(entry for entry in index.iter(f"{NAR}newsItem") if entry.get("guid") == item.get("guid"))
        assert listed.get("version") == item.get("version"), lang
        assert "(revu)" in etree.tostring(listed, encoding="unicode"), lang
    assert {lang: version_of(translated, lang, "port-strike") for lang in ("de", "fr")} == {
        "de": versions["de"] + 2, "fr": versions["fr"] + 1}


def test_a_corrected_date_line_keeps_the_storys_guid_and_first_moment(translated, wire_files):
    build(translated, [DE], now=NOW)
    before = {lang: etree.parse(str(translated.root / f"feeds/{lang}/port-strike.xml")).getroot() for lang in ("en", "de")}
    source = next(path for path in wire_files if path.name == "port-strike.txt")
    source.write_text(source.read_text(encoding="utf-8").replace("date 2026-11-19", "date 2026-11-20"), encoding="utf-8")
    extract(translated, [source], [DE], now=NOW)
    build(translated, [DE], now=NOW + dt.timedelta(hours=1))
    for lang, old in before.items():
        new = etree.parse(str(translated.root / f"feeds/{lang}/port-strike.xml")).getroot()
        assert new.get("guid") == old.get("guid"), lang
        assert new.findtext(f"{NAR}itemMeta/{NAR}firstCreated") == old.findtext(f"{NAR}itemMeta/{NAR}firstCreated")
        assert int(new.get("version")) > int(old.get("version"))
        assert_valid(etree.tostring(new))


def test_an_index_written_after_a_stopped_run_is_in_the_order_of_the_versions_on_disk(translated, monkeypatch):
    import syndicate.build

    build(translated, [DE], now=NOW)
    fill(translated.po_file(DE, "port-strike"), lambda entry: entry.msgstr + " (überarbeitet)")

    def stopped(*args):
        raise KeyboardInterrupt  # the item is written, no index nor record
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped)
        with pytest.raises(KeyboardInterrupt):
            build(translated, [DE], now=NOW + dt.timedelta(minutes=1))
    fill(translated.po_file(DE, "cup-final"), lambda entry: entry.msgstr + " (überarbeitet)")
    build(translated, [DE], article_ids=["cup-final"], now=NOW + dt.timedelta(minutes=2))
    index = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot()
    stamps = [dt.datetime.fromisoformat(entry.findtext(f"{NAR}itemMeta/{NAR}versionCreated")) for entry in index.iter(f"{NAR}newsItem")]
    assert stamps == sorted(stamps, reverse=True)


def test_an_index_after_a_stopped_run_lists_the_newest_versions_on_disk(translated, monkeypatch):
    import syndicate.build

    build(translated, [DE], now=NOW)
    fill(translated.po_file(DE, "cup-final"), lambda entry: entry.msgstr + " (überarbeitet)")
    build(translated, [DE], now=NOW + dt.timedelta(minutes=1))
    fill(translated.po_file(DE, "port-strike"), lambda entry: entry.msgstr + " (überarbeitet)")

    def stopped(*args):
        raise KeyboardInterrupt
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped)
        with pytest.raises(KeyboardInterrupt):
            build(translated, [DE], now=NOW + dt.timedelta(minutes=2))
    # With room for the newest item only, it is the stopped run's, which its record does not know.
    build(translated, [DE], article_ids=["senate-vote"], index_limit=1, now=NOW + dt.timedelta(minutes=3))
    [listed] = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot().iter(f"{NAR}newsItem")
    assert listed.get("guid").endswith(":port-strike:de")


def test_items_a_stopped_first_run_wrote_are_published_again_and_listed_by_the_run_that_finishes(translated, monkeypatch):
    import syndicate.build

    def stopped(*args):
        raise KeyboardInterrupt  # every item written, no index nor record: the workspace's first run
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped)
        with pytest.raises(KeyboardInterrupt):
            build(translated, [DE], article_ids=["port-strike"], now=NOW)
    # The next run builds other articles, with room in the index for one item only.
    report = build(translated, [DE], index_limit=1, now=NOW + dt.timedelta(minutes=1))
    assert {outcome.article_id for outcome in report.outcomes if outcome.written} == {"port-strike", "cup-final", "senate-vote"}
    index = etree.parse(str(translated.root / "feeds/de/index.xml")).getroot()
    listed = {entry.get("guid").rsplit(":", 2)[-2] for entry in index.iter(f"{NAR}newsItem")}
    assert listed == {"port-strike", "cup-final", "senate-vote"}, "every item of the run that finished, the stopped run's too"
    # No index listed it: it keeps its number, announced with the stamp of the run that lists it.
    port_strike = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot()
    assert (port_strike.get("version"), port_strike.findtext(f"{NAR}itemMeta/{NAR}versionCreated")) == ("1", "2026-11-25T09:01:00Z")


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space left on device")])
def test_runs_stopped_one_after_the_other_write_one_new_version_of_a_changed_item(translated, monkeypatch, failure):
    """A full disk or a folder not writable stops every run of a cron job before its indexes:
    each found the item the last one wrote, and published it again as a version of its own."""
    import syndicate.build

    build(translated, [DE], now=NOW)
    fill(translated.po_file(DE, "port-strike"), lambda entry: entry.msgstr + " (überarbeitet)")

    def stopped(*args):
        raise failure
    with monkeypatch.context() as patch:
        patch.setattr(syndicate.build, "_write_index", stopped)
        for minute in (1, 2, 3):
            with pytest.raises(type(failure)):
                build(translated, [DE], now=NOW + dt.timedelta(minutes=minute))
    build(translated, [DE], now=NOW + dt.timedelta(minutes=4))
    item = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot()
    assert (item.get("version"), item.findtext(f"{NAR}itemMeta/{NAR}versionCreated")) == ("2", "2026-11-25T09:04:00Z")
    [listed] = [entry for entry in etree.parse(str(translated.root / "feeds/de/index.xml")).getroot().iter(f"{NAR}newsItem")
                if entry.get("guid") == item.get("guid")]
    assert listed.get("version") == "2"


def test_glossary_renders_a_name_in_every_article(translated):
    glossary = po_file(translated, DE)
    po = polib.pofile(str(glossary))
    entry = po.find("Maria Costa")
    assert entry is not None and "port-strike" in entry.comment
    entry.msgstr = "Maria Costa (Gewerkschaft)"
    po.save()
    build(translated, [DE])
    root = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot()
    assert "Maria Costa (Gewerkschaft)" in root.findtext(f"{NAR}contentMeta/{NAR}description")


def render_in_glossary(workspace: Workspace, locale: Locale, name: str, rendering: str) -> None:
    po = polib.pofile(str(po_file(workspace, locale)))
    po.find(name).msgstr = rendering
    po.save()


def test_a_glossary_edit_rebuilds_only_the_items_of_the_articles_whose_names_it_renders(translated, tmp_path):
    build(translated, [DE])
    render_in_glossary(translated, DE, "Maria Costa", "Maria Costa (Gewerkschaft)")
    report = build(translated, [DE])
    assert {(outcome.article_id, outcome.lang, outcome.written) for outcome in report.outcomes} == {
        ("port-strike", "en", False), ("port-strike", "de", True)
    }
    assert report.up_to_date == 4, "cup-final and senate-vote, in English and German"
    # A new story's names are added to every glossary; the stories already published do not use them.
    story = tmp_path / "harbour-fire.txt"
    story.write_text("date 2026-11-25 News\n\nFire at the harbour\n\nROTTERDAM — “The fire is under control,” said "
                     "Wilhelmina Zorgvlied, the harbour master.\n", encoding="utf-8")
    extract(translated, [story], [DE], now=NOW)
    assert polib.pofile(str(po_file(translated, DE))).find("Wilhelmina Zorgvlied") is not None
    report = build(translated, [DE])
    assert {outcome.article_id for outcome in report.outcomes} == {"harbour-fire"}
    assert report.up_to_date == 6


def test_an_item_kept_as_it_was_while_its_article_is_rebuilt_still_follows_its_names_renderings(translated):
    build(translated, [DE])
    build(translated, [DE, FR])  # port-strike is built for French; its German item stays as it was
    render_in_glossary(translated, DE, "Maria Costa", "Maria Costa (Gewerkschaft)")
    build(translated, [DE])
    root = etree.parse(str(translated.root / "feeds/de/port-strike.xml")).getroot()
    assert "Maria Costa (Gewerkschaft)" in root.findtext(f"{NAR}contentMeta/{NAR}description")


def test_a_po_whose_header_names_another_language_is_not_published(translated):
    po_path = translated.po_file(FR, "port-strike")
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('"Language: fr\\n"', '"Language: de\\n"'), encoding="utf-8")
    report = build(translated, [FR])
    refused = [outcome for outcome in report.refused if outcome.article_id == "port-strike"]
    assert refused and "the PO header says Language: de" in refused[0].note
    assert not (translated.root / "feeds/fr/port-strike.xml").exists()


def test_a_workspace_copied_without_file_times_is_not_built_again_and_a_no_op_build_reads_no_file(translated, tmp_path, monkeypatch):
    import syndicate.build

    waiting = polib.pofile(str(translated.po_file(AR, "cup-final")))
    waiting[0].msgstr = ""  # a translation still waiting, which every build goes through again
    waiting.save()
    build(translated, [DE, FR, AR])
    copy = Workspace(tmp_path / "copy")
    shutil.copytree(translated.root, copy.root, copy_function=shutil.copyfile)  # as `cp -r`, a CI cache: new file times
    feeds = {path: path.read_bytes() for path in (copy.root / "feeds").rglob("*.xml")}

    def unchanged(report) -> None:
        assert [(outcome.article_id, outcome.lang, outcome.unfinished) for outcome in report.outcomes] == [
            ("cup-final", "en", False), ("cup-final", "de", False), ("cup-final", "fr", False), ("cup-final", "ar", True)]
        assert report.up_to_date == 8 and not any(outcome.written for outcome in report.outcomes)

    unchanged(build(copy, [DE, FR, AR]))
    assert {path: path.read_bytes() for path in (copy.root / "feeds").rglob("*.xml")} == feeds

    # Its files' identities recorded, a build reads their bytes no more, as none in the workspace built.
    def read(path):
        raise AssertionError(f"{path} read")

    monkeypatch.setattr(syndicate.build, "file_digest", read)
    for workspace in (copy, translated):
        unchanged(build(workspace, [DE, FR, AR]))
    monkeypatch.undo()

    # A file whose bytes changed is built again; one only touched is not.
    os.utime(copy.article_file("port-strike"), (1, 1))
    fill(copy.po_file(DE, "senate-vote"), lambda entry: "Neu: " + entry.msgid)
    report = build(copy, [DE, FR, AR])
    assert [(outcome.article_id, outcome.lang, outcome.written) for outcome in report.outcomes if outcome.article_id != "cup-final"] == [
        ("senate-vote", "en", False), ("senate-vote", "de", True), ("senate-vote", "fr", False), ("senate-vote", "ar", False)]


def test_a_po_file_saved_while_the_build_reads_it_is_built_again_by_the_next_run(translated, monkeypatch):
    """The bytes recorded for a later copy of the workspace (see the test above) are those the
    item was built from: a translator's save between the build reading the PO and the record
    leaves the next run to build the item again, whatever the file's bytes then."""
    import syndicate.build

    build(translated, [FR], article_ids=["port-strike"])  # the source item's record holds its bytes already
    po_path = translated.po_file(DE, "port-strike")
    fill(po_path, lambda entry: "Erst: " + entry.msgstr)
    read = syndicate.build._translations

    def saved_meanwhile(path, *args):
        found = read(path, *args)
        if path == po_path:
            fill(po_path, lambda entry: entry.msgstr.replace("Erst: ", "Dann: "))
            os.utime(po_path, ns=(po_path.stat().st_mtime_ns + 10**9,) * 2)
        return found

    monkeypatch.setattr(syndicate.build, "_translations", saved_meanwhile)
    build(translated, [DE], article_ids=["port-strike"])
    monkeypatch.undo()
    assert "Erst: " in translated.item_file("de", "port-strike").read_text(encoding="utf-8")
    report = build(translated, [DE], article_ids=["port-strike"])
    assert [(outcome.lang, outcome.written) for outcome in report.outcomes] == [("en", False), ("de", True)]
    assert "Dann: " in translated.item_file("de", "port-strike").read_text(encoding="utf-8")
