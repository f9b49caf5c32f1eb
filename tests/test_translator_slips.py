"""Translations no check caught: a blank one (a space, a no-break or zero-width space, dots),
a placeholder with a stray colon or conversion that str.format reads as the plain one, and
another locale's text saved into a file written in other letters."""

from __future__ import annotations

import shutil

import polib
import pytest
from test_check import unit
from conftest import msgfmt_check, newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import check_message
from syndicate.model import Placeholder
from syndicate.pofile import read_catalog

SCHOLZ = Placeholder("Olaf_Scholz", "Olaf Scholz")
TALKS = "The talks ended without an agreement."
GERMAN = "Die Gespräche endeten ohne Einigung."


def errors(msgid: str, msgstr: str, locale: str, *placeholders: Placeholder) -> list[tuple[str, str]]:
    issues = check_message(unit(msgid, *placeholders), Message(msgid, msgstr), locale, {})
    return [(issue.check, issue.message) for issue in issues if issue.severity == "error"]


@pytest.mark.parametrize("msgstr", [" ", "\u00a0", "\u200b", "\u2060 ", "...", "—"])
def test_a_blank_translation_is_an_error(msgstr):
    assert [check for check, _ in errors(TALKS, msgstr, "de")] == ["blank"]


def test_a_source_of_punctuation_only_may_be_translated_as_punctuation():
    assert errors("* * *", "***", "de") == []


@pytest.mark.parametrize("written", ["{Olaf_Scholz:}", "{Olaf_Scholz!r}", "{Olaf_Scholz:>5}", "{Olaf_Scholz.x}"])
def test_a_placeholder_with_a_format_spec_or_conversion_is_an_error_even_when_empty(written):
    msgstr = f"Bundeskanzler {written} traf Macron."
    assert errors("Chancellor Olaf Scholz met Macron.", msgstr, "de", SCHOLZ) == [
        ("placeholders", f"placeholder {written} must be written plainly as {{name}}")
    ]


def test_doubled_braces_are_literal_braces_not_placeholders():
    assert errors("Chancellor Olaf Scholz met Macron.", "Bundeskanzler {Olaf_Scholz} traf {{Macron}}.", "de", SCHOLZ) == []


@pytest.mark.parametrize("locale, msgstr, scripts", [
    ("ja", GERMAN, "Han, Hiragana or Katakana"),
    ("ru", GERMAN, "Cyrillic"),
    ("ar", GERMAN, "Arabic"),
    ("ko", GERMAN, "Hangul or Han"),
    ("sr-Latn", "Разговори су завршени без договора.", "Latin"),
    ("de", "Разговори су завршени без договора.", "Latin"),
])
def test_another_locales_text_in_other_letters_is_an_error(locale, msgstr, scripts):
    assert errors(TALKS, msgstr, locale) == [
        ("wrong-script", f"no word of the translation is in {scripts} letters, in which {locale} is written: "
                         f"is it another locale's text? Translate it into {locale}")
    ]


@pytest.mark.parametrize("locale, msgstr", [
    ("ja", "交渉は合意なしに終わった。"),
    ("ja", "ミーティング、おわり。"),  # kana only
    ("ko", "회담은 합의 없이 끝났다."),
    ("zh-Hant", "會談未能達成協議。"),
    ("sr", "Razgovori su završeni bez dogovora."),  # Serbian is written in both scripts
    ("sr", "Разговори су завршени без договора."),
    ("ru", "Переговоры завершились без соглашения."),
])
def test_a_translation_in_its_locales_letters_is_no_wrong_script(locale, msgstr):
    assert errors(TALKS, msgstr, locale) == []


def test_names_and_a_single_foreign_word_are_no_wrong_script():
    macron = Placeholder("Emmanuel_Macron", "Emmanuel Macron")
    msgid = "Olaf Scholz met Emmanuel Macron"
    assert errors(msgid, "{Olaf_Scholz} met {Emmanuel_Macron}", "ja", SCHOLZ, macron) == []
    assert errors("Olaf Scholz, EU summit", "{Olaf_Scholz}、EU首脳会議", "ja", SCHOLZ) == []


STORY = """date 2026-11-22 Home page politics
id talks

Ministers met in Brussels on Friday to discuss energy prices.

The talks ended without an agreement. A new meeting is planned.
"""


def test_the_build_publishes_no_blank_or_wrong_script_translation_and_the_memory_offers_none(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "talks", STORY, ["de", "ru"])
    for locale, text in (("de", "\u00a0"), ("ru", GERMAN)):
        po = polib.pofile(str(root / f"locales/{locale}/LC_MESSAGES/talks.po"))
        translate_po(root, locale, "talks", {entry.msgid: text for entry in po})
    built = invoke("build")
    assert built.exit_code == 1
    assert "blank: the translation has no words" in built.output and "wrong-script: no word" in built.output
    assert not (root / "feeds/de/talks.xml").exists() and not (root / "feeds/ru/talks.xml").exists()
    # The next story with the same sentence is offered the blank only as fuzzy, saying why.
    (tmp_path / "again.txt").write_text(STORY.replace("id talks", "id again"), encoding="utf-8")
    assert invoke("extract", str(tmp_path / "again.txt"), "-l", "de").exit_code == 0
    [offered] = [entry for entry in polib.pofile(str(root / "locales/de/LC_MESSAGES/again.po")) if entry.msgid == TALKS]
    assert offered.fuzzy and "blank: the translation has no words" in offered.comment


@pytest.mark.parametrize("msgstr, control", [
    ("\u2067{Olaf_Scholz}\u2069 traf \u2066Macron.", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
    ("\u2067{Olaf_Scholz} traf Macron.", "U+2067 (RIGHT-TO-LEFT ISOLATE)"),
])
def test_an_isolate_left_open_is_a_bidi_error(msgstr, control):
    assert errors("Chancellor Olaf Scholz met Macron.", msgstr, "de", SCHOLZ) == [
        ("bidi-control", f"{control} is not closed by U+2069, and would change how the rest of the paragraph shows: "
                         "use U+200F/U+200E marks or U+2066-U+2069 isolates")
    ]


def test_closed_isolates_and_a_stray_pop_are_kept():
    assert errors("Olaf Scholz met Macron.", "\u2067{Olaf_Scholz}\u2069 traf \u2068Macron\u2069.\u2069", "de", SCHOLZ) == []


@pytest.mark.parametrize("form, character", [
    ("Olaf \u2067Scholz", "U+2067 (RIGHT-TO-LEFT ISOLATE)"),
    ("Olaf \u202eScholz", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("Olaf\u200bScholz", "U+200B (ZERO WIDTH SPACE)"),
])
def test_a_name_form_with_a_bidi_control_or_invisible_space_is_refused(form, character):
    message = Message("Chancellor Olaf Scholz met Macron.", "Kanzler {Olaf_Scholz} traf Macron.",
                      translator_comments=(f"{{Olaf_Scholz}} = {form}",))
    issues = check_message(unit(message.msgid, SCHOLZ), message, "de", {})
    assert [(issue.check, issue.message) for issue in issues] == [
        ("name-form", f"# {{Olaf_Scholz}} = {form}: {character} in the form")
    ]


ACME = """date 2026-11-22 Home page business
id acme

Acme Inc. shares fell.
"""


@pytest.mark.parametrize("rendering", ["ACME \u202eInc.", "ACME \u2067Inc.", "\u200bACME Inc."])
def test_a_names_glossary_rendering_with_a_bidi_control_is_reported_and_not_published(tmp_path, rendering):
    root, invoke = newsroom_with_story(tmp_path, "acme", ACME, ["de"])
    glossary = polib.pofile(str(root / "locales/de/LC_MESSAGES/names.po"))
    glossary.find("Acme Inc.").msgstr = rendering
    glossary.save()
    translate_po(root, "de", "acme", {"{Acme_Inc} shares fell.": "Aktien von {Acme_Inc} fielen."})
    checked = invoke("check", "-l", "de")
    assert checked.exit_code == 1 and "glossary-rendering" in checked.output and "a name needs no bidi control" in checked.output
    invoke("build")
    item = (root / "feeds/de/acme.xml").read_text(encoding="utf-8")
    assert "Aktien von Acme Inc. fielen." in item and "ACME" not in item


@pytest.mark.parametrize("keyword_line", ['msgstr\t"Die Gespräche"', 'msgstr"Die Gespräche"', 'msgstr  "Die Gespräche"\t '])
def test_a_keyword_parted_from_its_string_by_a_tab_or_nothing_reads_as_msgfmt_reads_it(tmp_path, keyword_line):
    path = tmp_path / "talks.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    f'#| msgid\t"The talk"\nmsgid "The talks"\n{keyword_line}\n', encoding="utf-8")
    msgfmt_check(path)
    [message] = read_catalog(path).messages
    assert (message.msgid, message.msgstr, message.previous_msgid) == ("The talks", "Die Gespräche", "The talk")


def test_xgettexts_plural_forms_placeholder_is_warned_of_and_written_back(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "talks", STORY, ["pl"])
    path = root / "locales/pl/LC_MESSAGES/talks.po"
    text = path.read_text(encoding="utf-8")
    written = next(line for line in text.splitlines() if line.startswith('"Plural-Forms:'))
    path.write_text(text.replace(written, '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"'), encoding="utf-8")
    checked = invoke("check", "-l", "pl")
    assert "po-header" in checked.output and "lacks Plural-Forms" in checked.output
    assert invoke("extract", str(tmp_path / "talks.txt"), "-l", "pl").exit_code == 0
    assert written in path.read_text(encoding="utf-8")
    msgfmt_check(path)


def test_a_story_whose_file_breaks_stays_in_its_feed_index_in_a_fresh_checkout(tmp_path):
    # A newsroom kept in git: a clone has the feeds but not the last build's records.
    root, invoke = newsroom_with_story(tmp_path, "talks", STORY, ["de"])
    (tmp_path / "more.txt").write_text(STORY.replace("id talks", "id more"), encoding="utf-8")
    assert invoke("extract", str(tmp_path / "more.txt"), "-l", "de").exit_code == 0
    for article in ("talks", "more"):
        po = polib.pofile(str(root / f"locales/de/LC_MESSAGES/{article}.po"))
        translate_po(root, "de", article, {entry.msgid: f"(de) {entry.msgid}" for entry in po})
    assert invoke("build").exit_code == 0
    index = root / "feeds/de/index.xml"
    listed = index.read_bytes()
    assert b"talks:de" in listed and b"more:de" in listed
    shutil.rmtree(root / ".syndicate")
    path = root / "locales/de/LC_MESSAGES/talks.po"
    path.write_bytes(path.read_bytes().replace(b"(de)", b"(d\xe9)"))  # saved as Latin-1 by an editor
    built = invoke("build")
    assert "not UTF-8" in built.output
    assert index.read_bytes() == listed  # still listed, at the version partners have


def test_a_placeholder_in_full_width_braces_is_named_as_such():
    assert errors("Chancellor Olaf Scholz met Macron.", "ショルツ首相｛Olaf_Scholz｝がマクロン氏と会談した。", "ja", SCHOLZ) == [
        ("placeholders", "full-width braces ｛ ｝ in the translation: write a placeholder with ASCII braces, as {name}"),
        ("placeholders", "missing placeholder {Olaf_Scholz} (to inflect a name, keep {Olaf_Scholz} and give its form in a "
                         "translator comment: # {Olaf_Scholz} = …)"),
    ]


def test_a_form_given_for_a_link_says_only_names_take_forms():
    link = Placeholder("url", "https://port.example/strike", "url")
    message = Message("Read {url} now.", "Lesen Sie {url} jetzt.",
                      translator_comments=("{url} = https://port.example/streik",))
    issues = check_message(unit(message.msgid, link), message, "de", {})
    assert [(issue.check, issue.message) for issue in issues] == [
        ("name-form", "# {url} = https://port.example/streik: {url} is a link, published as the source writes it; "
                      "only names take forms: delete the comment")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr, moved, filed", [
    ("de", "Paris – The leaders met on Monday.", "Berlin – Die Staatschefs trafen sich am Montag.", "Berlin", "Paris"),
    ("ja", "Paris – The leaders met on Monday.", "ベルリン – 首脳らは月曜日に会談した。", "ベルリン", "Paris"),
    ("de", "Munich – Talks resumed.", "Wien – Die Gespräche wurden fortgesetzt.", "Wien", "Munich"),
    ("de", "Rotterdam/Brussels – Talks resumed.", "Rotterdam/Berlin – Die Gespräche wurden fortgesetzt.", "Berlin", "Rotterdam/Brussels"),
])
def test_a_dateline_naming_another_known_place_warns(locale, msgid, msgstr, moved, filed):
    issues = check_message(unit(msgid), Message(msgid, msgstr), locale, {})
    assert [(issue.check, issue.severity, issue.message) for issue in issues] == [
        ("dateline-changed", "warning", f"the translation's dateline names {moved}, the source's {filed}: "
                                        "a story is filed where the source says it was; check the place")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Paris – The leaders met on Monday.", "Paris – Die Staatschefs trafen sich am Montag."),
    ("de", "Vienna/Kiev – Talks resumed.", "Wien/Kiew – Die Gespräche wurden fortgesetzt."),  # the place's names in German
    ("ja", "Paris – The leaders met on Monday.", "パリ – 首脳らは月曜日に会談した。"),
    ("de", "Munich – Talks resumed.", "München – Die Gespräche wurden fortgesetzt."),  # a city CLDR has no zone of
    ("fr", "Rotterdam/Brussels – Talks resumed.", "Bruxelles/Rotterdam – Les discussions ont repris."),
    ("de", "Paris – The leaders met on Monday.", "Die Staatschefs trafen sich am Montag in Paris."),  # the item gives the dateline
])
def test_a_dateline_naming_the_sources_places_its_own_way_passes(locale, msgid, msgstr):
    assert check_message(unit(msgid), Message(msgid, msgstr), locale, {}) == []
