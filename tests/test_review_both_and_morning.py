"""The plural article says both of two only where it stands for the counted noun (les parties
for both parties, not les armes beside un homme), and an English hour said with this morning or
tonight is no clock reading after a verb of a level or a price (stood at 4 this morning)."""

from __future__ import annotations

import json

import polib
import pytest
from test_check import reviewed, unit
from conftest import newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import publish_errors


@pytest.mark.parametrize("source, locale, msgid, msgstr", [
    # A plural article before another noun than the counted one.
    ("en", "fr", "The two men were arrested.", "Un homme a été arrêté avec les armes."),
    ("en", "fr", "Both parties agreed.", "Une partie a accepté les termes."),
    ("de", "es", "Beide Parteien stimmten zu.", "Una parte aceptó las condiciones."),
    # German die and Dutch de before the counted noun in the singular.
    ("en", "de", "The two parties agreed.", "Die Partei stimmte zu."),
    ("en", "de", "Both parties agreed.", "Die Partei stimmte zu."),
    ("en", "nl", "Both parties agreed.", "De partij stemde in."),
])
def test_a_plural_article_not_for_the_counted_noun_leaves_the_count_dropped(source, locale, msgid, msgstr):
    word = msgid.split()[0] if msgid.split()[0] != "The" else "two"
    assert reviewed(msgid, msgstr, locale, source) == [
        ("count-dropped", "warning", f"the source's {word} is in the translation neither in words nor in digits")
    ]


@pytest.mark.parametrize("source, locale, msgid, msgstr", [
    ("en", "de", "The two parties agreed.", "Die Parteien stimmten zu."),
    ("en", "de", "Both parties agreed with the unions.", "Die Parteien einigten sich mit den Gewerkschaften."),
    ("en", "nl", "Both parties agreed.", "De partijen stemden in."),
    ("en", "fr", "Both parties agreed to the terms.", "Les parties ont accepté les termes."),
    ("en", "fr", "Both of the parties agreed.", "Les parties ont accepté."),
    ("de", "fr", "Beide Parteien stimmten zu.", "Les parties ont accepté."),
])
def test_a_plural_article_for_the_counted_noun_still_says_both(source, locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The yield stood at 4 this morning.", "Die Rendite lag heute Morgen bei 4 Prozent."),
    ("de", "Shares opened at 9 this morning.", "Die Aktien eröffneten heute Morgen bei 9."),
    ("es", "Shares opened at 9 this morning.", "Las acciones abrieron esta mañana a 9."),
    ("fr", "The shares traded at 5 this morning.", "Les actions s'échangeaient ce matin à 5."),
])
def test_a_level_or_price_with_this_morning_or_tonight_is_no_time(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


def test_a_level_said_as_another_number_is_still_an_error():
    msgid = "The yield stood at 4 this morning."
    assert publish_errors(unit(msgid), Message(msgid, "Die Rendite lag heute Morgen bei 5 Prozent."), "de") == [
        "numbers: missing 4; not in the source: 5"
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", "It starts at 8 tonight.", "Empieza a las 20 horas."),
    ("de", "The vote is at 8 tonight.", "Die Abstimmung ist heute Abend um 20 Uhr."),
])
def test_a_clock_hour_with_tonight_is_still_the_evenings(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


def test_a_clock_hour_with_tonight_written_bare_is_still_an_error():
    msgid = "It starts at 8 tonight."
    assert publish_errors(unit(msgid), Message(msgid, "Empieza a las 8."), "es") == [
        "numbers: 8 tonight written 8 is another hour on a 24-hour clock: write 20"
    ]


def test_check_reads_the_counted_noun_and_a_level_this_morning_in_real_po_files(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "bonds", (
        "date 2026-11-27 Markets\nid bonds\n\nBonds steady\n\n"
        "The yield stood at 4 this morning. Both parties agreed.\n"
    ), ["fr", "de"])
    translate_po(root, "fr", "bonds", {
        "Bonds steady": "Obligations stables",
        "The yield stood at 4 this morning.": "Le rendement était ce matin de 4 %.",
        "Both parties agreed.": "Une partie a accepté les termes.",
    })
    translate_po(root, "de", "bonds", {
        "Bonds steady": "Anleihen stabil",
        "The yield stood at 4 this morning.": "Die Rendite lag heute Morgen bei 4 Prozent.",
        "Both parties agreed.": "Die Parteien stimmten zu.",
    })
    for path in root.glob("locales/*/LC_MESSAGES/bonds.po"):
        assert all(entry.translated() for entry in polib.pofile(str(path))), path
    checked = invoke("check", "--format", "json", "bonds")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [("fr", "count-dropped", "the source's Both is in the translation neither in words nor in digits")]
