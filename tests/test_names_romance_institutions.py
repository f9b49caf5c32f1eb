"""Institutions in Romance languages and the people who head them: an organisation whose
name ends in the adjective of a language, or goes on with a particle after the word that
opens it, stays whole where no holder follows (`de la {Real_Academia_Espanola}`, `della
{Banca_Popolare_di_Sondrio}`), a government or parliament named by the adjective of its region is
an institution to translate (`El Gobierno Vasco {Imanol_Pradales}`), and a club or a bank named
by the word that opens its name and one more is a name of its own before its holder's
(`del {Real_Madrid} {Florentino_Perez}`)."""

from __future__ import annotations

import polib
import pytest

from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El director de la Real Academia Española habló.", "El director de la {Real_Academia_Espanola} habló."),
    ("es", "El presidente de la Federación Española de Fútbol habló.",
     "El presidente de la {Federacion_Espanola_de_Futbol} habló."),
    ("pt", "O diretor da Academia Portuguesa de História falou.", "O diretor da {Academia_Portuguesa_de_Historia} falou."),
    # As they were: the holder after such a name, and the name opening a sentence.
    ("es", "El director de la Real Academia Española Santiago Muñoz Machado habló.",
     "El director de la {Real_Academia_Espanola} {Santiago_Munoz_Machado} habló."),
    ("es", "La Real Academia Española publicó el diccionario.", "La {Real_Academia_Espanola} publicó el diccionario."),
])
def test_an_organisation_ending_in_the_adjective_of_a_language_is_whole(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El presidente de la Caja Rural de Navarra habló.", "El presidente de la {Caja_Rural_de_Navarra} habló."),
    ("es", "El presidente del Instituto Nacional de Estadística habló.",
     "El presidente del {Instituto_Nacional_de_Estadistica} habló."),
    ("pt", "O presidente da Academia Brasileira de Letras falou.", "O presidente da {Academia_Brasileira_de_Letras} falou."),
    ("it", "Il presidente della Banca Popolare di Sondrio ha parlato.",
     "Il presidente della {Banca_Popolare_di_Sondrio} ha parlato."),
    ("fr", "Le président de la Banque Populaire de Lorraine a parlé.",
     "Le président de la {Banque_Populaire_de_Lorraine} a parlé."),
    # As they were: the organisation's `of` right after its first word, and its holder.
    ("pt", "O presidente do Banco de Portugal Mário Centeno falou.", "O presidente do {Banco_de_Portugal} {Mario_Centeno} falou."),
])
def test_an_organisations_word_before_a_particle_goes_on_with_its_name(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El Gobierno Vasco Imanol Pradales habló.", "El Gobierno Vasco {Imanol_Pradales} habló."),
    ("es", "El presidente del Gobierno Vasco Imanol Pradales habló.",
     "El presidente del Gobierno Vasco {Imanol_Pradales} habló."),
    ("es", "El Gobierno Canario Fernando Clavijo habló.", "El Gobierno Canario {Fernando_Clavijo} habló."),
    ("es", "La presidenta del Gobierno Balear Marga Prohens habló.",
     "La presidenta del Gobierno Balear {Marga_Prohens} habló."),
    ("es", "El Parlamento Vasco aprobó la ley.", "El Parlamento Vasco aprobó la ley."),
    ("es", "La presidenta del Parlamento Europeo Roberta Metsola habló.",
     "La presidenta del Parlamento Europeo {Roberta_Metsola} habló."),
    ("pt", "O Parlamento Europeu aprovou a lei.", "O Parlamento Europeu aprovou a lei."),
    ("pt", "O presidente do Governo Regional Miguel Albuquerque falou.",
     "O presidente do Governo Regional {Miguel_Albuquerque} falou."),
    # As they were: the government of a place, and the Government and its head.
    ("es", "El presidente del Gobierno de Canarias Fernando Clavijo habló.",
     "El presidente del {Gobierno_de_Canarias} {Fernando_Clavijo} habló."),
    ("es", "El presidente del Gobierno Pedro Sánchez habló.", "El presidente del Gobierno {Pedro_Sanchez} habló."),
    ("pt", "O presidente do Governo Regional dos Açores José Manuel Bolieiro falou.",
     "O presidente do {Governo_Regional_dos_Acores} {Jose_Manuel_Bolieiro} falou."),
])
def test_a_regional_government_is_an_institution_before_its_head(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El presidente del Real Madrid Florentino Pérez habló.", "El presidente del {Real_Madrid} {Florentino_Perez} habló."),
    ("es", "El consejero delegado de Banco Sabadell César González-Bueno habló.",
     "El consejero delegado de {Banco_Sabadell} {Cesar_Gonzalez_Bueno} habló."),
    ("es", "El entrenador de la Real Sociedad Imanol Alguacil habló.",
     "El entrenador de la {Real_Sociedad} {Imanol_Alguacil} habló."),
    ("pt", "O presidente do Banco Montepio Virgílio Lima falou.", "O presidente do {Banco_Montepio} {Virgilio_Lima} falou."),
    # As they were: a club named in one word and the organisation alone; and an adjective that
    # goes on with the organisation's name, before its holder's (was one name).
    ("pt", "O presidente do Sporting Frederico Varandas falou.", "O presidente do Sporting {Frederico_Varandas} falou."),
    ("es", "El consejero delegado de Banco Sabadell habló.", "El consejero delegado de {Banco_Sabadell} habló."),
    # A consejero is a role, whose portfolio is no name (was `El consejero {de_Economia}`).
    ("es", "El consejero de Economía dijo que sí.", "El consejero de Economía dijo que sí."),
    ("es", "El presidente del Partido Popular Europeo Manfred Weber habló.",
     "El presidente del {Partido_Popular_Europeo} {Manfred_Weber} habló."),
])
def test_a_club_or_a_bank_is_a_name_of_its_own_before_its_holder(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_the_holder_after_a_regional_government_reaches_the_translation_file(newsroom):
    body = "El presidente del Gobierno Vasco Imanol Pradales habló con el presidente del Real Madrid Florentino Pérez."
    po: polib.POFile = extracted(newsroom, "pradales", "es", body, "en")
    [entry] = [entry for entry in po if "Pradales" in entry.msgid]
    assert entry.msgid == (
        "El presidente del Gobierno Vasco {Imanol_Pradales} habló con el presidente del {Real_Madrid} {Florentino_Perez}."
    )
    assert "python-brace-format" in entry.flags
