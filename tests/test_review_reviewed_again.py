"""What the review's rules read and no more: a preposition before a score (après trois heures,
während des Finales) opens no clause, so a loss said before it still makes the sentence about
the loser; a word acting on a figure says a change only with its amount after a preposition
(cut its rate by 0.25 points, not raised $50 million) and leans nowhere without one; a range
in percent after `by` is no tally, and `by a vote of 52 to 48` is one."""

from __future__ import annotations

import polib
import pytest
from conftest import msgfmt_check, newsroom_with_story, translate_po
from test_check import reviewed


FINAL = "Alcaraz beat Sinner 6-4, 6-3 in the final."
TURNED_ROUND = ("numbers", "error", "the scores 6-4, 6-3 are the other way round in the translation: "
                                    "the winner's games come first unless the sentence is about the loser")


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Sinner a perdu après trois heures 4-6, 3-6 face à Alcaraz en finale."),
    ("it", "Sinner ha perso dopo tre ore 4-6, 3-6 contro Alcaraz in finale."),
    ("de", "Sinner verlor während des Finales 4:6, 3:6 gegen Alcaraz."),
    ("es", "Sinner perdió después de tres horas 4-6, 3-6 ante Alcaraz en la final."),
    ("pt", "Sinner perdeu depois de três horas 4-6, 3-6 para Alcaraz na final."),
])
def test_a_loss_before_a_preposition_and_the_score_passes(locale, msgstr):
    assert reviewed(FINAL, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Alcaraz a gagné 4-6, 3-6 après que Sinner a perdu le premier jeu."),
    ("fr", "Après avoir perdu le premier set, Alcaraz a gagné 4-6, 3-6."),
    ("it", "Sinner ha perso il primo set, dopo che Alcaraz ha vinto 4-6, 3-6."),
    ("it", "Ha perso la semifinale dopo aver battuto Sinner 4-6, 3-6."),
    ("de", "Sinner verlor den ersten Satz, während er das Finale 4:6, 3:6 gewann."),
    ("es", "Perdió el primer set después de que Alcaraz ganara 4-6, 3-6."),
])
def test_a_loss_before_a_conjunction_is_of_another_clause(locale, msgstr):
    assert reviewed(FINAL, msgstr, locale) == [TURNED_ROUND]


@pytest.mark.parametrize("msgid, msgstr, expected", [
    ("Sales rose 5% after the company cut prices.", "Les ventes ont baissé de 5 %.",
     "the source says a rise (“rose”), the translation only a fall (“baissé”)"),
    ("Sales fell 5% after the government raised taxes.", "Les ventes ont augmenté de 5 %.",
     "the source says a fall (“fell”), the translation only a rise (“augmenté”)"),
])
def test_a_word_acting_on_a_figure_without_its_amount_leaves_the_change_reported(msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, "fr") == [("direction", "warning", f"{expected}: check which way the figure moved")]


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Das Start-up senkte seine Kosten um 50 Millionen Dollar."),
    ("fr", "La start-up a réduit ses coûts de 50 millions de dollars."),
])
def test_money_raised_is_no_rise(locale, msgstr):
    assert reviewed("The startup raised $50 million.", msgstr, locale) == []


def test_a_figure_raised_by_an_amount_is_still_a_rise():
    msgid = "The company raised prices by 5%."
    assert reviewed(msgid, "Das Unternehmen erhöhte die Preise um 5 %.", "de") == []
    assert reviewed(msgid, "Das Unternehmen senkte die Preise um 5 %.", "de") == [
        ("direction", "warning", "the source says a rise (“raised”), the translation only a fall (“senkte”): check which way the figure moved")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "The Senate passed a bill raising fees by 10 to 15 percent.",
     "Le Sénat a adopté un projet de loi augmentant les frais de 15 à 10 pour cent."),
    ("fr", "The Senate passed a bill raising fees by 10 to 15 per cent.",
     "Le Sénat a adopté un projet de loi augmentant les frais de 15 à 10 pour cent."),
    ("es", "The Senate passed the bill, raising the cap by 20 to 25 million.",
     "El Senado aprobó la ley, que eleva el tope de 25 a 20 millones."),
])
def test_a_range_after_by_is_no_tally(locale, msgid, msgstr):
    assert not [issue for issue in reviewed(msgid, msgstr, locale) if "tally" in issue[2]]


@pytest.mark.parametrize("locale, msgstr", [
    ("es", "El Senado aprobó la ley por 48 votos a 52."),
    ("de", "Der Senat billigte das Gesetz mit 48 zu 52 Stimmen."),
])
def test_a_tally_by_a_vote_of_in_words_turned_round_is_reported(locale, msgstr):
    assert reviewed("The Senate passed the bill by a vote of 52 to 48.", msgstr, locale) == [
        ("numbers", "error", "the tally 52 to 48 is the other way round in the translation: 48 to 52")
    ]


def test_a_tally_by_a_vote_of_in_words_in_its_order_passes():
    assert reviewed("The Senate passed the bill by a vote of 52 to 48.", "El Senado aprobó la ley por 52 votos a 48.", "es") == []


def test_check_reads_a_loss_before_a_preposition_money_raised_and_a_vote_of_in_real_po_files(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "final", (
        "date 2026-11-27 Sport\nid final\n\nFinal\n\n"
        f"{FINAL} The startup raised $50 million. The Senate passed the bill by a vote of 52 to 48.\n"
    ), ["de"])
    translate_po(root, "de", "final", {
        "Final": "Finale",
        FINAL: "Sinner verlor während des Finales 4:6, 3:6 gegen Alcaraz.",
        "The startup raised $50 million.": "Das Start-up senkte seine Kosten um 50 Millionen Dollar.",
        "The Senate passed the bill by a vote of 52 to 48.": "Der Senat billigte das Gesetz mit 48 zu 52 Stimmen.",
    })
    po_path = root / "locales/de/LC_MESSAGES/final.po"
    assert {entry.msgid for entry in polib.pofile(str(po_path)) if entry.msgstr} >= {FINAL}
    msgfmt_check(po_path)
    result = invoke("check", "-l", "de")
    assert "the tally 52 to 48 is the other way round in the translation: 48 to 52" in result.output
    assert "6-4, 6-3" not in result.output
    assert "raised" not in result.output
