"""Scores and counts the review reads as a sports or news desk writes them: the sets of a match
with the winner's games first in a sentence about the winner, in every language and with a
slash as with a dash; `both of them` said by a plural pronoun or verb; and an Italian verb after
the clock's hour (alle 8 parte il corteo), which is no noun that the hour counts."""

from __future__ import annotations

import json

import polib
import pytest
from test_check import reviewed, unit
from conftest import newsroom_with_story

from syndicate.catalog import Message
from syndicate.check import publish_errors


@pytest.mark.parametrize("source, locale, msgid, msgstr, expected", [
    ("en", "de", "He won 6/4, 6/3.", "Er gewann 4:6, 3:6.", "the scores 6/4, 6/3 are the other way round in the translation"),
    ("en", "de", "He won 6-4, 6-3.", "Er gewann 4:6, 3:6.", "the scores 6-4, 6-3 are the other way round in the translation"),
    ("en", "fr", "He won 6-4, 6-3.", "Il a gagné 4-6, 3-6.", "the scores 6-4, 6-3 are the other way round in the translation"),
    ("en-GB", "en-US", "He won 6-4, 6-3.", "He won 4-6, 3-6.", "the scores 6-4, 6-3 are the other way round in the translation"),
    ("en-GB", "en-US", "He won 6/4, 6/3.", "He won 4/6, 3/6.", "the scores 6/4, 6/3 are the other way round in the translation"),
    ("en-US", "fr", "He won 6/4, 6/3.", "Il a gagné 4/6, 3/6.", "the scores 6/4, 6/3 are the other way round in the translation"),
    ("en", "es", "Sinner beat Alcaraz 6-4, 3-6, 7-6.", "Sinner derrotó a Alcaraz por 4-6, 6-3 y 6-7.",
     "the scores 6-4, 3-6, 7-6 are the other way round in the translation"),
])
def test_sets_all_turned_round_in_a_sentence_about_the_winner_are_an_error(source, locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) == [
        f"numbers: {expected}: the winner's games come first unless the sentence is about the loser"
    ]


@pytest.mark.parametrize("source, locale, msgid, msgstr", [
    # Kept as the source writes them, with the target's sign.
    ("en", "de", "He won 6/4, 6/3.", "Er gewann 6:4, 6:3."),
    ("en", "de", "He won 6-4, 6-3.", "Er gewann 6:4, 6:3."),
    ("en-GB", "en-US", "He won 6/4, 6/3.", "He won 6/4, 6/3."),
    ("en-US", "fr", "He won 6/4, 6/3.", "Il a gagné 6/4, 6/3."),
    ("en-US", "fr", "He won 6/4, 6/3.", "Il a gagné 6-4, 6-3."),
    # A sentence about the loser may give the loser's games first, as German desks do.
    ("en", "de", "Sinner beat Alcaraz 6-4, 3-6, 7-6.", "Alcaraz verlor gegen Sinner 4:6, 6:3, 6:7."),
    ("en", "de", "He lost 6-4, 6-3 to Nadal.", "Er verlor 4:6, 3:6 gegen Nadal."),
    ("en", "de", "He lost 6/4, 6/3 to Nadal.", "Er unterlag Nadal 4:6, 3:6."),
    ("en", "fr", "He lost 6-4, 6-3 to Nadal.", "Il s'est incliné 4-6, 3-6 face à Nadal."),
    ("en", "es", "He lost 6-4, 6-3 to Nadal.", "Perdió 4-6, 3-6 ante Nadal."),
    ("en", "it", "He lost 6-4, 6-3 to Nadal.", "Ha perso 4-6, 3-6 contro Nadal."),
])
def test_sets_kept_or_turned_round_for_the_loser_pass(source, locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


def test_sets_turned_round_in_part_are_still_an_error_in_a_sentence_about_the_loser():
    msgid = "He lost 6-4, 3-6, 6-3 to Nadal."
    assert publish_errors(unit(msgid), Message(msgid, "Er verlor 4:6, 3:6, 3:6 gegen Nadal."), "de") == [
        "numbers: the scores 6-4, 3-6, 6-3 are in part the other way round in the translation: 4-6 for 6-4, 3-6 for 6-3"
    ]


def test_a_single_slashed_score_reversed_is_told_to_be_kept_as_written():
    msgid = "He won 6/4 in the final set."
    assert publish_errors(unit(msgid), Message(msgid, "He won 4/6 in the final set."), "en-US", source_locale="en-GB") == [
        "numbers: 4/6 is the source's 6/4 as a date (en-US writes the month first), but reversed as a score or a fraction: "
        "keep a score or a fraction as the source writes it (6/4), or say a date is one (on 4/6) or name its month"
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "Both of them resigned.", "Ils ont démissionné."),
    ("fr", "Both of us resigned.", "Nous avons démissionné."),
    ("es", "Both of them resigned.", "Dimitieron."),
    ("de", "Both of them resigned.", "Sie traten zurück."),
    ("de", "Both of us resigned.", "Wir sind zurückgetreten."),
    ("fr", "Two ministers, both of whom resigned, spoke.", "Deux ministres, qui ont démissionné, ont parlé."),
])
def test_both_of_a_pronoun_said_by_a_plural_pronoun_or_verb_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("fr", "Both of them resigned.", "Trois d'entre eux ont démissionné.", "missing Both; not in the source: Trois"),
    ("pt", "Both parties agreed.", "Três partes aceitaram.", "missing Both; not in the source: Três"),
])
def test_both_said_as_another_count_is_still_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


def test_both_of_a_noun_dropped_is_still_reported():
    assert reviewed("Both of the parties agreed.", "Une partie a accepté.", "fr") == [
        ("count-dropped", "warning", "the source's Both is in the translation neither in words nor in digits")
    ]


@pytest.mark.parametrize("msgstr", [
    "Alle 8 parte il corteo.",
    "Alle 8 apre la mostra.",
    "Alle 8 si apre il corteo.",
    "Alle 8 prende il via il corteo.",
])
def test_an_italian_verb_after_a_bare_evening_hour_leaves_it_an_error(msgstr):
    msgid = "At 8 p.m. the march starts."
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "it") == [
        "numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"
    ]


@pytest.mark.parametrize("locale, msgstr", [
    ("es", "A las 8 parte la marcha."),
    ("pt", "Às 8 parte o cortejo."),
])
def test_a_spanish_or_portuguese_verb_after_a_bare_evening_hour_leaves_it_an_error(locale, msgstr):
    msgid = "At 8 p.m. the march starts."
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [
        "numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"
    ]


@pytest.mark.parametrize("msgstr", [
    "La cerimonia: premi alle 8 squadre.",
    "La cerimonia: premi alle 8 squadre finaliste.",
    "La cerimonia: premi alle 8 persone premiate.",
    "La cerimonia: premi alle 8 squadre e ai loro tecnici.",
    # The plural article after the noun is of what is given to the teams, no verb's subject.
    "La cerimonia: consegna alle 8 squadre le medaglie.",
])
def test_an_italian_plural_noun_after_the_clocks_preposition_is_still_a_count(msgstr):
    # The time is dropped, an error; but the eight teams are not told to be 20.
    msgid = "The 8 p.m. ceremony: prizes go to the 8 teams."
    errors = publish_errors(unit(msgid), Message(msgid, msgstr), "it")
    assert errors and not any("24-hour clock" in error for error in errors), errors


def test_check_reads_sets_both_of_them_and_an_italian_verb_after_the_hour_in_real_po_files(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "final", (
        "date 2026-11-27 Sport\nid final\n\nSinner wins the final\n\n"
        "Sinner won 6-4, 6-3. Both of them thanked the crowd. At 8 p.m. the parade starts.\n"
    ), ["de", "it"])
    renderings = {
        "de": {
            "Sinner wins the final": "Sinner gewinnt das Finale",
            "Sinner won 6-4, 6-3.": "Sinner gewann 4:6, 3:6.",
            "Both of them thanked the crowd.": "Sie dankten dem Publikum.",
            "At 8 p.m. the parade starts.": "Um 20 Uhr beginnt die Parade.",
        },
        "it": {
            "Sinner wins the final": "Sinner vince la finale",
            "Sinner won 6-4, 6-3.": "Sinner ha vinto 6-4, 6-3.",
            "Both of them thanked the crowd.": "Hanno ringraziato il pubblico.",
            "At 8 p.m. the parade starts.": "Alle 8 parte la sfilata.",
        },
    }
    for locale, rendered in renderings.items():
        path = root / f"locales/{locale}/LC_MESSAGES/final.po"
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = rendered[entry.msgid]
        po.save()
        assert all(entry.translated() for entry in polib.pofile(str(path))), path
    checked = invoke("check", "--format", "json", "final")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [
        ("de", "numbers", "the scores 6-4, 6-3 are the other way round in the translation: "
                          "the winner's games come first unless the sentence is about the loser"),
        ("it", "numbers", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
    ]
    assert checked.exit_code == 1
