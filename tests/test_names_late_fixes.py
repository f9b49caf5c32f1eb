"""Names where the words around them tell where they start and end: a Spanish or Portuguese
holder of an office named with a given name and two surnames after the institution it is of
(`da República {Anibal_Cavaco_Silva}`, `{Real_Academia_Espanola} {Santiago_Munoz_Machado}`),
a French surname with its particle after a general's rank (`le général {de_Gaulle}`), a surname
alone after a French rank (`le général {Dupont}`, `le capitaine {Dreyfus}`), and a
German surname ending in -s before the apostrophe of its genitive (`Die Rede {Olaf_Kubicius}'`)."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check
from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # An institution named in one word, then a given name no list has and two surnames.
    ("pt", "O ex-presidente da República Aníbal Cavaco Silva disse que sim.",
     "O ex-presidente da República {Anibal_Cavaco_Silva} disse que sim."),
    ("pt", "O presidente da República Aníbal Cavaco Silva falou.", "O presidente da República {Anibal_Cavaco_Silva} falou."),
    ("es", "El expresidente del Gobierno Leopoldo Calvo Sotelo habló.",
     "El expresidente del Gobierno {Leopoldo_Calvo_Sotelo} habló."),
    # An organisation of several words ending in the adjective of a language or a nation.
    ("es", "El director de la Real Academia Española Santiago Muñoz Machado habló.",
     "El director de la {Real_Academia_Espanola} {Santiago_Munoz_Machado} habló."),
    ("es", "Habló el director de la Real Academia Española Santiago Muñoz Machado.",
     "Habló el director de la {Real_Academia_Espanola} {Santiago_Munoz_Machado}."),
])
def test_a_holder_with_two_surnames_is_a_name_of_its_own(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # An adjective that goes on with the institution's name is no given name: the institution
    # stands as it does alone, and its holder apart.
    ("es", "La presidenta de la Comisión Europea Ursula von der Leyen habló.",
     "La presidenta de la Comisión Europea {Ursula_von_der_Leyen} habló."),
    ("es", "El presidente de la República Federal Frank Steinmeier habló.",
     "El presidente de la {Republica_Federal} {Frank_Steinmeier} habló."),
    ("es", "El presidente de la República Dominicana Leonel Fernández habló.",
     "El presidente de la República Dominicana {Leonel_Fernandez} habló."),
])
def test_an_institution_goes_on_where_its_words_do(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_holder_with_two_surnames_reaches_the_translation_file(newsroom):
    body = "O ex-presidente da República Aníbal Cavaco Silva disse que sim."
    po: polib.POFile = extracted(newsroom, "cavaco", "pt", body, "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/cavaco.po")
    assert [entry.msgid for entry in po][1:] == ["O ex-presidente da República {Anibal_Cavaco_Silva} disse que sim."]


@pytest.mark.parametrize(("body", "expected"), [
    ("Le général de Gaulle a parlé.", ["Le général {de_Gaulle} a parlé."]),
    ("Le maréchal de Lattre a signé.", ["Le maréchal {de_Lattre} a signé."]),
    ("L'amiral de Grasse a gagné.", ["L'amiral {de_Grasse} a gagné."]),
    ("Il a rencontré le général de Villiers hier.", ["Il a rencontré le général {de_Villiers} hier."]),
    ("Charles de Gaulle a quitté Paris. Le général de Gaulle a parlé.",
     ["{Charles_de_Gaulle} a quitté Paris.", "Le général {de_Gaulle} a parlé."]),
    # After a role of a company or a place, `de` is the role's `of`; a rank before it is a role's word.
    ("Le directeur général de Renault a parlé.", ["Le directeur général de Renault a parlé."]),
    ("Le procureur général de Paris a parlé.", ["Le procureur général de Paris a parlé."]),
])
def test_a_french_generals_surname_keeps_its_particle(body, expected):
    assert msgids(body, "fr") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le général Dupont a parlé lundi.", ["Le général {Dupont} a parlé lundi."]),
    ("Selon le général Dupont, la guerre continue.", ["Selon le général {Dupont}, la guerre continue."]),
    ("Le capitaine Dreyfus fut réhabilité.", ["Le capitaine {Dreyfus} fut réhabilité."]),
    ("Le commandant Massoud est mort.", ["Le commandant {Massoud} est mort."]),
    ("Le secrétaire général Antonio Guterres a parlé.", ["Le secrétaire général {Antonio_Guterres} a parlé."]),
    # A general council or strike stays words to translate.
    ("Le Conseil général a voté.", ["Le Conseil général a voté."]),
])
def test_a_surname_after_a_french_rank_is_a_name(body, expected):
    assert msgids(body, "fr") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Die Rede Olaf Kubicius' sorgte für Unruhe.", "Die Rede {Olaf_Kubicius}' sorgte für Unruhe."),
    ("Die Rede Olaf Kubicius’ sorgte für Unruhe.", "Die Rede {Olaf_Kubicius}’ sorgte für Unruhe."),
    # Without the apostrophe the -s is the genitive's, as it was.
    ("Die Rede Olaf Kubicius sorgte für Unruhe.", "Die Rede {Olaf_Kubiciu}s sorgte für Unruhe."),
])
def test_a_german_genitive_apostrophe_keeps_the_surnames_s(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize("body", [
    "Trading resumed at 11:30 a.m. ET on Monday.",
    "The vote is at 9 p.m. EST.",
    "Talks start at 10:00 CET.",
    "It aired at 8 p.m. PT.",
])
def test_a_time_zone_after_a_time_is_left_to_translate(body):
    # A translation names the zone in its words (Ostküstenzeit) or converts the time (12.30 Uhr MEZ).
    assert msgids(body, "en") == [body]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A dollar's country is its currency, which Chinese writes 港元 and Russian гонконгских долларов.
    ("en", "The stock closed at HK$5.40 on Monday.", "The stock closed at HK$5.40 on Monday."),
    ("en", "It costs NZ$9 in Auckland and NT$30 in Taipei.", "It costs NZ$9 in Auckland and NT$30 in Taipei."),
    # A territory by the short name news gives it, which CLDR's long name (`Hong Kong SAR China`) hid.
    ("en", "Trading in Hong Kong was halted.", "Trading in Hong Kong was halted."),
    ("en", "Protests in Myanmar grew, and Macao's casinos closed.", "Protests in Myanmar grew, and Macao's casinos closed."),
    # A name of several words that opens with one stays whole.
    ("en", "The Hong Kong Stock Exchange opened late.", "The {Hong_Kong_Stock_Exchange} opened late."),
])
def test_a_dollar_s_country_and_a_territory_s_short_name_are_translated(lang, body, expected):
    assert msgids(body, lang) == [expected]
