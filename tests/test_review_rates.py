"""The period of a rate: `$350 million a year` as `350 Millionen Dollar pro Monat` says twelve
times as much with every number right, and is an error; the same period in the translation's
words, one it does not state, or English's `a year` that dates (`a year earlier`) is not."""

from __future__ import annotations

import pytest
from test_check import reviewed

from syndicate.figures import changed_rate_periods
from syndicate.ids import parse_locale

SAVINGS = "Helios expects savings of up to $350 million a year."
OUTPUT = "The plant produces 5,000 barrels a day."


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", SAVINGS, "Helios erwartet Einsparungen von bis zu 350 Millionen Dollar pro Monat.", "a year in the source, pro Monat"),
    ("fr", OUTPUT, "L'usine produit 5 000 barils par semaine.", "a day in the source, par semaine"),
    ("es", "Rents rose 3% a month.", "Los alquileres subieron un 3 % al año.", "a month in the source, al año"),
    ("it", "Inflation runs at 2% a year.", "L'inflazione corre al 2% al mese.", "a year in the source, al mese"),
    ("ru", "Output fell to 9 million barrels a day.", "Добыча упала до 9 млн баррелей в месяц.", "a day in the source, в месяц"),
    ("nl", OUTPUT, "De fabriek produceert 5.000 vaten per week.", "a day in the source, per week"),
    ("pl", OUTPUT, "Zakład produkuje 5000 baryłek tygodniowo.", "a day in the source, tygodniowo"),
])
def test_a_rate_given_another_period_is_an_error(locale, msgid, msgstr, expected):
    [(check, severity, message)] = reviewed(msgid, msgstr, locale)
    assert (check, severity) == ("numbers", "error")
    assert message == f"the rate: {expected} in the translation: say the period the source gives"


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", SAVINGS, "Helios erwartet Einsparungen von bis zu 350 Millionen Dollar pro Jahr."),
    ("de", SAVINGS, "Helios erwartet Einsparungen von bis zu 350 Millionen Dollar jährlich."),
    ("de", SAVINGS, "Helios erwartet jährliche Einsparungen von bis zu 350 Millionen Dollar."),  # no period after a number
    ("fr", OUTPUT, "L'usine produit 5 000 barils par jour."),
    ("es", "Rents rose 3% a month.", "Los alquileres subieron un 3 % mensual."),
    ("ru", "Output fell to 9 million barrels a day.", "Добыча упала до 9 млн баррелей в сутки."),
    ("sv", OUTPUT, "Anläggningen producerar 5 000 fat per dag."),
    # A period of another number, a date or newspapers: no rate of the source's.
    ("de", "He earns $5,000 a month; 3 people were hurt on polling day.",
     "Er verdient jeden Monat 5.000 Dollar; 3 Menschen wurden am Tag der Wahl verletzt."),
    ("it", "He earns $5,000 a month and reads 2 newspapers.", "Guadagna 5.000 dollari ogni mese e legge 2 quotidiani."),
    ("es", "He earns $5,000 a week and reads 2 newspapers.", "Gana 5.000 dólares semanalmente y lee 2 diarios."),
    ("pl", "He earns $5,000 a month, as of Dec. 31.", "Zarabia 5000 dolarów co miesiąc, według stanu na dzień 31 grudnia."),
    ("ru", "He earns $5,000 a week; 3 people were hurt on election day.",
     "Он зарабатывает 5000 долларов каждую неделю; 3 человека пострадали в день выборов."),
])
def test_the_same_period_or_none_read_is_not_reported(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("msgid", [
    "Sales rose 3% from a year earlier.", "Prices were 4% higher a year ago.", "Shares fell 2% a day after the report.",
])
def test_english_a_year_that_dates_is_no_rate(msgid):
    """What the translation makes of it is the other checks' to say: here, no rate to compare."""
    assert changed_rate_periods(msgid, "Der Umsatz stieg um 3 % pro Monat.", parse_locale("en"), parse_locale("de")) == []
