"""A number of the source given in another unit: `10 miles` → `10 Kilometer`, `90 degrees
Fahrenheit` → `90 Grad Celsius`, `30,000 feet` → `30.000 Meter`, `512 pence` → `512 Pfund`. The
number is the same and the figure another, so the numbers check, which pairs numbers, passed
it. The same unit in any language's words or symbols passes, and so does a measure converted
into another unit of its kind, as a newsroom of the metric system writes it (`10 miles` → `16
Kilometer`, `68°F` → `20 Grad`), which the numbers check refused as a changed figure."""

from __future__ import annotations

import pytest
from test_check import reviewed


@pytest.mark.parametrize("locale, msgid, msgstr, source_words, target_words", [
    ("de", "The storm is 10 miles away.", "Der Sturm ist 10 Kilometer entfernt.", "10 miles", "10 Kilometer"),
    ("fr", "The storm is 10 miles away.", "La tempête est à 10 km.", "10 miles", "10 km"),
    ("de", "The fish weighed 5 pounds.", "Der Fisch wog 5 Kilogramm.", "5 pounds", "5 Kilogramm"),
    ("de", "It was 90 degrees Fahrenheit.", "Es war 90 Grad Celsius.", "90 degrees Fahrenheit", "90 Grad Celsius"),
    ("es", "It was 30C in Madrid.", "Hacía 30 grados Fahrenheit en Madrid.", "30C", "30 grados Fahrenheit"),
    ("de", "The plane flew at 30,000 feet.", "Das Flugzeug flog in 30.000 Metern Höhe.", "30,000 feet", "30.000 Metern"),
    ("de", "The tower is 300 metres tall.", "Der Turm ist 300 Fuß hoch.", "300 metres", "300 Fuß"),
    ("de", "Winds reached 100 mph.", "Der Wind erreichte 100 km/h.", "100 mph", "100 km/h"),
    ("de", "The plot covers 5 acres.", "Das Grundstück umfasst 5 Hektar.", "5 acres", "5 Hektar"),
    ("de", "Snow reached 20 inches.", "Der Schnee erreichte 20 Zentimeter.", "20 inches", "20 Zentimeter"),
    ("ru", "The ship was 12 nautical miles off the coast.", "Судно находилось в 12 километрах от берега.", "12 nautical miles", "12 километрах"),
    ("ja", "The storm is 10 miles away.", "嵐は10キロメートル先にある。", "10 miles", "10キロメートル"),
    ("zh", "The storm is 10 miles away.", "风暴在10公里外。", "10 miles", "10公里"),
    ("fr", "Output rose to 2 million barrels a day.", "La production est passée à 2 millions de litres par jour.", "2 million barrels", "2 millions de litres"),
])
def test_a_number_in_another_unit_of_its_measure_is_an_error(locale, msgid, msgstr, source_words, target_words):
    assert ("numbers", "error", f"the unit: {source_words} in the source, {target_words} in the translation") in reviewed(msgid, msgstr, locale)


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "He won the 100m sprint.", "Er gewann den 100-Meter-Lauf."),
    ("fr", "He won the 100m sprint.", "Il a remporté le 100 m."),
    ("es", "The storm is 10 miles away.", "La tormenta está a 10 millas."),
    ("ru", "The storm is 10 miles away.", "Буря находится в 10 милях."),
    ("ja", "The storm is 10 miles away.", "嵐は10マイル先にある。"),
    ("zh", "The storm is 10 miles away.", "风暴在10英里外。"),
    ("ko", "The storm is 10 miles away.", "폭풍은 10마일 떨어져 있다."),
    ("fr", "The plane flew at 30,000 feet.", "L'avion volait à 30 000 pieds."),
    ("de", "The firm sold 3 million tonnes of steel.", "Die Firma verkaufte 3 Millionen Tonnen Stahl."),
    ("fr", "The firm sold 3 million tonnes of steel.", "L'entreprise a vendu 3 millions de tonnes d'acier."),
    ("de", "Winds reached 100 km/h.", "Der Wind erreichte 100 Stundenkilometer."),
    ("de", "Oil output rose to 2 million barrels a day.", "Die Ölförderung stieg auf 2 Millionen Barrel pro Tag."),
    # A conversion the source gives, a temperature without its scale, money and aircraft types.
    ("de", "The storm is 10 miles (16 km) away.", "Der Sturm ist 16 Kilometer entfernt."),
    ("de", "The storm is 10 miles (16 km) away.", "Der Sturm ist 10 Meilen (16 Kilometer) entfernt."),
    ("de", "It was 30C (86F) in Madrid.", "In Madrid waren es 30 Grad Celsius (86 Grad Fahrenheit)."),
    ("de", "It was 30 degrees in Madrid.", "In Madrid waren es 30 Grad Celsius."),
    ("de", "The firm raised £3m.", "Die Firma sammelte 3 Mio. Pfund ein."),
    ("de", "The air force bought 35 F-35 jets.", "Die Luftwaffe kaufte 35 Kampfjets vom Typ F-35."),
    ("de", "3 C-130 planes landed.", "3 Flugzeuge vom Typ C-130 landeten."),
])
def test_the_same_unit_in_any_form_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # A newsroom of the metric system converts, rounding as writers round.
    ("de", "The storm is 10 miles away.", "Der Sturm ist 16 Kilometer entfernt."),
    ("de", "Winds of up to 90 mph tore through Kansas.", "Winde mit bis zu 145 km/h fegten über Kansas."),
    ("ja", "Winds of up to 90 mph tore through Kansas.", "最大時速145キロの風がカンザスを襲った。"),
    ("de", "Temperatures fell from 68°F to 25°F.", "Die Temperaturen fielen von 20 auf minus 4 Grad."),
    ("fr", "Temperatures fell from 68°F to 25°F.", "Les températures sont passées de 20 à moins 4 degrés."),
    ("ja", "It was 95°F in Dallas.", "ダラスはセ氏35度だった。"),
    ("ja", "It was 95°F in Dallas.", "ダラスは35度だった。"),
    ("de", "The ridge is 2,300 feet above sea level.", "Der Kamm liegt 700 Meter über dem Meeresspiegel."),
    ("ja", "Rain fell 4 inches in a day.", "1日で約10センチの雨が降った。"),
    ("de", "The fire burned 4,500 acres.", "Das Feuer verbrannte 1.800 Hektar."),
    ("de", "The storm cut a path 12 miles long and 300 yards wide.", "Der Sturm hinterließ eine 19 Kilometer lange und 275 Meter breite Schneise."),
    ("fr", "The river fell to 31 inches.", "Le fleuve est descendu à 79 centimètres."),
    ("ja", "It weighs 5 kg.", "重さは5キロ。"),
])
def test_a_measure_converted_into_another_unit_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    # A conversion off by more than its rounding is another figure.
    ("de", "The fire burned 4,500 acres.", "Das Feuer verbrannte 1.200 Hektar.", "missing 4,500; not in the source: 1.200 (= 1200 in de)"),
    ("de", "The heatwave pushed temperatures above 100F.", "Die Hitzewelle trieb die Temperaturen auf über 37 Grad.",
     "missing 100; not in the source: 37"),
    # The same number in another unit, whatever it measures.
    ("de", "Temperatures fell from 68°F to 25°F.", "Die Temperaturen fielen von 68 auf 25 Grad.",
     "the unit: 68°F in the source, 68 auf 25 Grad in the translation"),
    ("ja", "Winds of up to 90 mph tore through Kansas.", "最大時速90キロの風がカンザスを襲った。",
     "the unit: 90 mph in the source, 90キロ in the translation"),
    ("ja", "The storm cut a path 12 miles long.", "嵐は長さ12キロの爪痕を残した。", "the unit: 12 miles in the source, 12キロ in the translation"),
    ("de", "It costs 512 pence.", "Es kostet 512 Pfund.", "the source's 512 pence are 512 Pfund in the translation, a hundred times as much"),
    ("de", "The ship carried 2 million barrels.", "Das Schiff trug 2 Millionen Tonnen.",
     "the unit: 2 million barrels in the source, 2 Millionen Tonnen in the translation"),
    ("de", "Winds reached 145 km/h.", "Der Wind erreichte 145 Meter pro Sekunde.",
     "the unit: 145 km/h in the source, 145 Meter pro Sekunde in the translation"),
    ("de", "The path was 3 to 5 miles wide.", "Die Schneise war 3 bis 5 Kilometer breit.",
     "the unit: 3 to 5 miles in the source, 3 bis 5 Kilometer in the translation"),
])
def test_a_measure_in_another_unit_or_converted_wrong_is_an_error(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", expected)]
