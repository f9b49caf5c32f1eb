"""What the review reads as a desk writes it: a quarter named by its months (7～9月期), a time
in seconds and hundredths written close (9s87), a vote's tally in words (312 votes to 287), a
rate cut by a figure and a level (the lowest since 2008) beside a change; and the verdicts that
stay: another quarter, another time, a tally turned round, a change said the other way."""

from __future__ import annotations

import pytest
from test_check import reviewed, unit

from syndicate.catalog import Message
from syndicate.check import publish_errors

QUARTER = "Growth in the third quarter was revised up to 0.6%."
SPRINT = "He finished third in 9.87 seconds."
VOTE = "The bill passed by 312 votes to 287."
RATE_CUT = "The central bank cut its key rate by 0.25 percentage points to 4.5%."
LOWEST = "Unemployment fell to 5.1 percent, the lowest level since 2008."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", QUARTER, "7～9月期の成長率は0.6%に上方修正された。"),
    ("ja", QUARTER, "7〜9月期の成長率は0.6%に上方修正された。"),
    ("ja", QUARTER, "7-9月期の成長率は0.6%に上方修正された。"),
    ("ja", QUARTER, "7月から9月期の成長率は0.6%に上方修正された。"),
    ("ja", QUARTER, "第3四半期の成長率は0.6%に上方修正された。"),
    ("zh", QUARTER, "7-9月增长率上调至0.6%。"),
    ("zh", QUARTER, "三季度增长率上调至0.6%。"),
    ("ja", "Growth in the first quarter was 1.2%.", "1～3月期の成長率は1.2%だった。"),
    ("ja", "Growth in the fourth quarter was 1.2%.", "10～12月期の成長率は1.2%だった。"),
    # Months the source names are the month check's, not a quarter.
    ("ja", "Sales rose 3% from July to September.", "7～9月の売上高は3%増えた。"),
    ("pt", SPRINT, "Ele terminou em terceiro, com 9s87."),
    ("pt", SPRINT, 'Ele terminou em terceiro, com 9"87.'),
    ("pt", SPRINT, "Ele terminou em terceiro, com 9,87s."),
    ("fr", SPRINT, "Il a terminé troisième en 9 s 87."),
    ("de", VOTE, "Das Gesetz wurde mit 312 zu 287 Stimmen angenommen."),
    ("fr", VOTE, "Le projet de loi a été adopté par 312 voix contre 287."),
    ("de", RATE_CUT, "Die Zentralbank senkte ihren Leitzins um 0,25 Prozentpunkte auf 4,5 %."),
    ("fr", RATE_CUT, "La banque centrale a abaissé son taux directeur de 0,25 point de pourcentage à 4,5 %."),
    ("es", LOWEST, "El desempleo bajó al 5,1 %, el nivel más bajo desde 2008."),
    ("de", LOWEST, "Die Arbeitslosigkeit sank auf 5,1 Prozent, den niedrigsten Stand seit 2008."),
])
def test_what_the_translation_says_as_the_source_does_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("pt", SPRINT, "Ele terminou em terceiro, com 9s78.", ("numbers", "error", "missing 9.87; not in the source: 9,78 (= 9.78 in pt)")),
    ("de", VOTE, "Das Gesetz wurde mit 287 zu 312 Stimmen angenommen.",
     ("numbers", "error", "the tally 312 votes to 287 is the other way round in the translation: 287 to 312")),
    ("fr", VOTE, "Le projet de loi a été adopté par 287 voix contre 312.",
     ("numbers", "error", "the tally 312 votes to 287 is the other way round in the translation: 287 to 312")),
    ("de", "The motion was approved by 7 to 2.", "Der Antrag wurde mit 2 zu 7 angenommen.",
     ("numbers", "error", "the tally 7 to 2 is the other way round in the translation: 2 to 7")),
    ("fr", RATE_CUT, "La banque centrale a relevé son taux directeur de 0,25 point de pourcentage à 4,5 %.",
     ("direction", "warning", "the source says a fall (“cut”), the translation only a rise (“relevé”): check which way the figure moved")),
    ("fr", RATE_CUT, "La banque centrale a augmenté son taux directeur de 0,25 point de pourcentage à 4,5 %.",
     ("direction", "warning", "the source says a fall (“cut”), the translation only a rise (“augmenté”): check which way the figure moved")),
    ("de", RATE_CUT, "Die Zentralbank erhöhte ihren Leitzins um 0,25 Prozentpunkte auf 4,5 %.",
     ("direction", "warning", "the source says a fall (“cut”), the translation only a rise (“erhöhte”): check which way the figure moved")),
    ("es", LOWEST, "El desempleo subió al 5,1 %, el nivel más bajo desde 2008.",
     ("direction", "warning", "the source says a fall (“fell”), the translation only a rise (“subió”): check which way the figure moved")),
    ("es", "Oil rose 2% to its highest level in a year.", "El petróleo cayó un 2 %, lejos de su máximo anual.",
     ("direction", "warning", "the source says a rise (“rose”), the translation only a fall (“cayó”): check which way the figure moved")),
])
def test_another_figure_tally_or_direction_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize("locale, msgstr, quarter", [
    ("ja", "4～6月期の成長率は0.6%に上方修正された。", "4～6月期"),
    ("zh", "4-6月增长率上调至0.6%。", "4-6月"),
])
def test_another_quarter_by_its_months_is_reported_as_a_number_and_as_a_quarter(locale, msgstr, quarter):
    assert reviewed(QUARTER, msgstr, locale) == [
        ("numbers", "error", "missing the number 3 the source writes in words; not in the source: 2"),
        ("numbers", "error", f"the quarter: third quarter in the source, {quarter} in the translation"),
    ]


def test_the_right_quarter_publishes_and_another_does_not():
    assert publish_errors(unit(QUARTER), Message(QUARTER, "7～9月期の成長率は0.6%に上方修正された。"), "ja") == []
    assert publish_errors(unit(QUARTER), Message(QUARTER, "4～6月期の成長率は0.6%に上方修正された。"), "ja")


@pytest.mark.parametrize("msgid, msgstr", [
    ("Prices rose 2% after a power cut hit 3 million homes.",
     "Les prix ont baissé de 2 % après une coupure de courant qui a touché 3 millions de foyers."),
    ("Prices rose 2% after the country cut ties with 3 of its neighbours.",
     "Les prix ont baissé de 2 % après la rupture du pays avec 3 de ses voisins."),
])
def test_a_cut_that_is_no_change_of_a_figure_leaves_the_change_reported(msgid, msgstr):
    assert reviewed(msgid, msgstr, "fr") == [
        ("direction", "warning", "the source says a rise (“rose”), the translation only a fall (“baissé”): check which way the figure moved")
    ]


def test_a_raise_by_a_figure_said_as_a_raise_is_quiet():
    msgid = "The central bank raised its key rate by 0.25 points."
    assert reviewed(msgid, "La banque centrale a relevé son taux directeur de 0,25 point.", "fr") == []
    assert reviewed(msgid, "La banque centrale a abaissé son taux directeur de 0,25 point.", "fr") == [
        ("direction", "warning", "the source says a rise (“raised”), the translation only a fall (“abaissé”): check which way the figure moved")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", "The deficit narrowed to 2.5% of GDP.", "Das Defizit stieg auf 2,5 % des BIP.",
     "the source says a fall (“narrowed”), the translation only a rise (“stieg”): check which way the figure moved"),
    ("fr", "The trade gap widened to $80 billion.", "Le déficit commercial s'est réduit à 80 milliards de dollars.",
     "the source says a rise (“widened”), the translation only a fall (“réduit”): check which way the figure moved"),
    ("de", "The deficit narrowed to 2.5% of GDP.", "Das Defizit verringerte sich auf 2,5 % des BIP.", None),
    ("fr", "The trade gap widened to $80 billion.", "Le déficit commercial s'est creusé à 80 milliards de dollars.", None),
    ("de", "He narrowly won by 52 votes.", "Er gewann knapp mit 52 Stimmen.", None),
])
def test_a_gap_that_narrows_falls_and_one_that_widens_rises(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == ([("direction", "warning", expected)] if expected else [])
