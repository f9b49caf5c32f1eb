"""German copy's names of companies and people against the words after them: an English word
ending a company's name is no German noun (`Hewlett Packard Enterprise`, `Jones Lang LaSalle`),
a role after a person's full name is none of it (`als Olaf Scholz Kanzler war`), an unlisted
given name's surname in the genitive keeps its -s out (`Die Politik Wladimir Putins`), and a
club, a broadcaster or a surname with its particle before a person is a name of its own
(`Mainz 05 Bo Svensson`, `ARD Anne Will`, `Ursula von der Leyen Olaf Scholz`)."""

from __future__ import annotations

import pytest
from test_names_romance_german import msgids


@pytest.mark.parametrize(("body", "expected"), [
    ("Im Jahr 2015 kaufte Hewlett Packard Enterprise das Start-up.",
     "Im Jahr 2015 kaufte {Hewlett_Packard_Enterprise} das Start-up."),
    ("Im Jahr 2015 übernahm Jones Lang LaSalle die Firma.", "Im Jahr 2015 übernahm {Jones_Lang_LaSalle} die Firma."),
    ("Er sagte, dass Hewlett Packard Enterprise Stellen streicht.",
     "Er sagte, dass {Hewlett_Packard_Enterprise} Stellen streicht."),
    # Nor are the jobs a company cuts part of its name.
    ("Er sagte, dass Siemens Healthineers Stellen streicht.", "Er sagte, dass {Siemens_Healthineers} Stellen streicht."),
    ("Er sagte, dass Siemens Energy Stellen abbaut.", "Er sagte, dass {Siemens_Energy} Stellen abbaut."),
    # A German noun in -e after an unlisted given name and surname is still what the sentence gives.
    ("Im Jahr 1998 feierte Bertolt Brecht Premiere.", "Im Jahr 1998 feierte {Bertolt_Brecht} Premiere."),
    ("Am Abend holte Bodo Ramelow Stimmen.", "Am Abend holte {Bodo_Ramelow} Stimmen."),
    ("Gestern traf Sarah Jessica Parker ein.", "Gestern traf {Sarah_Jessica_Parker} ein."),
])
def test_an_english_word_ending_a_companys_name_is_no_german_noun(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Damals, als Olaf Scholz Kanzler war, stiegen die Preise.", "Damals, als {Olaf_Scholz} Kanzler war, stiegen die Preise."),
    ("Damals, als Olaf Scholz Bundeskanzler war, stiegen die Preise.",
     "Damals, als {Olaf_Scholz} Bundeskanzler war, stiegen die Preise."),
    ("Im Jahr 2019 wurde Julian Nagelsmann Trainer.", "Im Jahr 2019 wurde {Julian_Nagelsmann} Trainer."),
    # A role's word that is a surname stays one after given names alone.
    ("Im Museum hängt ein Bild von Anna Maria Richter.", "Im Museum hängt ein Bild von {Anna_Maria_Richter}."),
    ("Am Montag sprach Gerhard Richter.", "Am Montag sprach {Gerhard_Richter}."),
])
def test_a_role_after_a_full_name_is_no_part_of_it(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # The article names the person without the genitive's -s too.
    ("Präsident Wladimir Putin schwieg.\n\nDie Politik Wladimir Putins ist gescheitert.",
     "Die Politik {Wladimir_Putin}s ist gescheitert."),
    ("Präsident Wladimir Putin schwieg.\n\nDie Regierung Wladimir Putins reagierte.",
     "Die Regierung {Wladimir_Putin}s reagierte."),
    ("Richard Wagner starb 1883.\n\nDie Musik Richard Wagners erklang.", "Die Musik {Richard_Wagner}s erklang."),
    # A company a kind or a group names keeps its -s.
    ("Die Investmentbank Goldman Sachs meldete Gewinne.", "Die Investmentbank {Goldman_Sachs} meldete Gewinne."),
    ("Die Band Arctic Monkeys spielte.", "Die Band {Arctic_Monkeys} spielte."),
])
def test_an_unlisted_given_names_surname_in_the_genitive_keeps_its_s_out(body, expected):
    assert msgids(body, "de")[-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Den Trainer stellte Mainz 05 Bo Svensson vor.", "Den Trainer stellte {Mainz_05} {Bo_Svensson} vor."),
    ("Dort stellte Bayer 04 Leverkusen Xabi Alonso vor.", "Dort stellte {Bayer_04_Leverkusen} {Xabi_Alonso} vor."),
    ("Im Jahr 2020 ehrte ARD Anne Will mit einem Preis.", "Im Jahr 2020 ehrte {ARD} {Anne_Will} mit einem Preis."),
    ("Gestern traf Ursula von der Leyen Olaf Scholz.", "Gestern traf {Ursula_von_der_Leyen} {Olaf_Scholz}."),
    ("Am Montag traf Ursula von der Leyen den Kanzler.", "Am Montag traf {Ursula_von_der_Leyen} den Kanzler."),
])
def test_a_club_a_broadcaster_or_a_surname_before_a_person_is_a_name_of_its_own(body, expected):
    assert msgids(body, "de") == [expected]
