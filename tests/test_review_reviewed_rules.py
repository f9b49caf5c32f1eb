"""What the review's rules for both, the clock's hour after opened or closed and the sets of a
match excuse, and no more: `both of them` excuses its own two, not another in the sentence; the
polls close at a clock time, where shares close at a level; a loss excuses scores turned round
only in the clause the score is in; and the plural article says both of two where it opens the
translation's subject, whatever its noun's first letters."""

from __future__ import annotations

import json

import polib
import pytest
from conftest import msgfmt_check, newsroom_with_story, translate_po
from test_check import reviewed, unit

from syndicate.catalog import Message
from syndicate.check import publish_errors


@pytest.mark.parametrize("msgid, msgstr", [
    ("Both of them saw two cars.", "Ils ont vu des voitures."),
    ("Both of them lost two sons.", "Ils ont perdu des fils."),
    ("Both parties signed two deals.", "Les parties ont signé des accords."),
])
def test_both_excused_leaves_another_two_of_the_sentence_dropped(msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "fr") == [
        "numbers: the source's two is in the translation neither in words nor in digits"
    ]


@pytest.mark.parametrize("msgid, msgstr", [
    ("Both of them saw two cars.", "Ils ont vu deux voitures."),
    ("Both of them resigned, and both ministers left.", "Ils ont démissionné, et les ministres sont partis."),
])
def test_each_two_said_passes(msgid, msgstr):
    assert reviewed(msgid, msgstr, "fr") == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("fr", "The polls closed at 8 tonight.", "Les bureaux de vote ont fermé à 8 heures.", "8 tonight written 8 heures is another hour on a 24-hour clock: write 20 heures"),
    ("de", "Voting closed at 8 tonight.", "Die Wahllokale schlossen heute um 8 Uhr.", "8 tonight written 8 Uhr is another hour on a 24-hour clock: write 20 Uhr"),
    ("es", "The museum opens at 9 tonight.", "El museo abre hoy a las 9.", "9 tonight written 9 is another hour on a 24-hour clock: write 21"),
])
def test_a_bare_evening_hour_after_opened_or_closed_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "The polls closed at 8 tonight.", "Les bureaux de vote ont fermé à 20 heures ce soir."),
    ("de", "The station closes at 9 tonight.", "Der Bahnhof schließt heute um 21 Uhr."),
])
def test_the_evening_hour_after_opened_or_closed_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The Dax closed at 9 tonight.", "Der Dax schloss heute Abend bei 9."),
    ("fr", "Shares in Siemens closed at 8 tonight.", "Les actions de Siemens ont clôturé ce soir à 8."),
    ("de", "The euro opened at 9 this morning.", "Der Euro eröffnete heute Morgen bei 9."),
    ("fr", "Oil stood at 8 tonight.", "Le pétrole était à 8 ce soir."),
])
def test_a_market_opening_or_closing_at_a_level_is_no_time(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "She won the final 6-4, 6-3.", "Sie gewann das Finale 4:6, 3:6, nachdem sie das Halbfinale verloren hatte."),
    ("es", "She won the final 6-4, 6-3.", "Ganó la final 4-6, 3-6 y cayó de rodillas."),
    ("de", "Sinner beat Alcaraz 6-4, 6-3.", "Sinner besiegte Alcaraz 4:6, 3:6, obwohl Alcaraz die Nerven verlor."),
    ("fr", "Sinner beat Alcaraz 6-4, 6-3.", "Sinner a battu Alcaraz 4-6, 3-6 après avoir perdu le premier jeu."),
    ("de", "After last year's defeat he won 6-4, 6-3.", "Nach der Niederlage im Vorjahr gewann er 4:6, 3:6."),
    ("es", "She won 6-4, 6-3 in the Persian Gulf.", "Ganó 4-6, 3-6 en el golfo persa."),
])
def test_a_loss_outside_the_clause_of_the_score_leaves_it_turned_round(locale, msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [
        "numbers: the scores 6-4, 6-3 are the other way round in the translation: "
        "the winner's games come first unless the sentence is about the loser"
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "He beat Nadal 6-4, 6-3.", "Nadal perdit 4-6, 3-6 contre lui."),
    ("de", "He beat Nadal 6-4, 6-3.", "Nadal hat das Finale 4:6, 3:6 verloren."),
    ("de", "He beat Nadal 6-4, 6-3.", "Er besiegte Nadal, der 4:6, 3:6 verlor."),
])
def test_a_loss_in_the_clause_of_the_score_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Both companies agreed.", "Die Unternehmen stimmten zu."),
    ("fr", "Both companies agreed.", "Les entreprises ont accepté."),
    ("fr", "Both countries signed.", "Les pays ont signé."),
    ("de", "Both leaders met.", "Die Staatschefs trafen sich."),
    ("de", "Both players lost.", "Die Spieler verloren."),
    ("fr", "Both teams scored.", "Les équipes ont marqué."),
    ("fr", "The two leaders met.", "Les dirigeants se sont rencontrés."),
    ("it", "Both teams scored.", "Le squadre hanno segnato."),
])
def test_both_said_by_the_plural_article_of_the_subject_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # The subject's article is singular; the plural one is another noun's.
    ("fr", "Both companies agreed.", "Une entreprise a accepté les termes."),
    ("fr", "The two leaders met.", "Le dirigeant a rencontré les journalistes."),
    # German die before a singular noun, which its verb says.
    ("de", "Both commissions agreed.", "Die Kommission stimmte zu."),
])
def test_the_plural_article_of_another_noun_or_before_a_singular_leaves_both_dropped(locale, msgid, msgstr):
    word = msgid.split()[0] if msgid.split()[0] != "The" else "two"
    assert reviewed(msgid, msgstr, locale) == [
        ("count-dropped", "warning", f"the source's {word} is in the translation neither in words nor in digits")
    ]


def test_check_reads_a_second_two_the_polls_closing_and_a_loss_elsewhere_in_real_po_files(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "vote", (
        "date 2026-11-27 Politics\nid vote\n\nPolls close\n\n"
        "The polls closed at 8 tonight. Both of them saw two cars. Both leaders met. She won the final 6-4, 6-3.\n"
    ), ["fr", "de"])
    translate_po(root, "fr", "vote", {
        "Polls close": "Fermeture des bureaux de vote",
        "The polls closed at 8 tonight.": "Les bureaux de vote ont fermé à 8 heures.",
        "Both of them saw two cars.": "Ils ont vu des voitures.",
        "Both leaders met.": "Les dirigeants se sont rencontrés.",
        "She won the final 6-4, 6-3.": "Elle a gagné la finale 6-4, 6-3.",
    })
    translate_po(root, "de", "vote", {
        "Polls close": "Wahllokale schließen",
        "The polls closed at 8 tonight.": "Die Wahllokale schlossen heute um 20 Uhr.",
        "Both of them saw two cars.": "Sie sahen zwei Autos.",
        "Both leaders met.": "Die Staatschefs trafen sich.",
        "She won the final 6-4, 6-3.": "Sie gewann das Finale 4:6, 3:6, nachdem sie das Halbfinale verloren hatte.",
    })
    for path in root.glob("locales/*/LC_MESSAGES/vote.po"):
        assert all(entry.translated() for entry in polib.pofile(str(path))), path
        msgfmt_check(path)
    checked = invoke("check", "--format", "json", "vote")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [
        ("de", "numbers", "the scores 6-4, 6-3 are the other way round in the translation: "
                          "the winner's games come first unless the sentence is about the loser"),
        ("fr", "numbers", "8 tonight written 8 heures is another hour on a 24-hour clock: write 20 heures"),
        ("fr", "numbers", "the source's two is in the translation neither in words nor in digits"),
    ]
    assert checked.exit_code == 1
