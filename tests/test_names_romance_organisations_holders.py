"""Organisations in Romance copy and the people who head them, named right after them: the
organisation stands as it does alone, a name of its own or words to translate, and its holder's
name is a name of its own, also where no list has the holder's given name: after a club named
by its acronym and one word (`del {FC_Barcelona} {Joan_Laporta}`), an organisation whose name
goes on with a particle (`da {Academia_Brasileira_de_Letras} {Merval_Pereira}`) or an
adjective (`del {Partido_Popular_Europeo} {Manfred_Weber}`, `de la Comisión Europea
{Ursula_von_der_Leyen}`). A foundation's name is the person's it is named after (`de la
{Fondation_Abbe_Pierre}`), and an Italian organisation's goes on with a plural article
(`dell'{Accademia_Nazionale_dei_Lincei}`)."""

from __future__ import annotations

import polib
import pytest

from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El presidente del FC Barcelona Joan Laporta habló.", "El presidente del {FC_Barcelona} {Joan_Laporta} habló."),
    ("fr", "Le président du FC Nantes Waldemar Kita a parlé.", "Le président du {FC_Nantes} {Waldemar_Kita} a parlé."),
    # As they were: the club alone, and a club of one word before its holder.
    ("es", "El FC Barcelona ganó.", "El {FC_Barcelona} ganó."),
    ("pt", "O presidente do Sporting Frederico Varandas falou.", "O presidente do Sporting {Frederico_Varandas} falou."),
])
def test_a_club_named_by_its_acronym_is_a_name_of_its_own_before_its_holder(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("pt", "O presidente da Academia Brasileira de Letras Merval Pereira falou.",
     "O presidente da {Academia_Brasileira_de_Letras} {Merval_Pereira} falou."),
    ("es", "El director de la Academia Mexicana de la Lengua Gonzalo Celorio habló.",
     "El director de la {Academia_Mexicana_de_la_Lengua} {Gonzalo_Celorio} habló."),
    # As they were: the organisation alone.
    ("pt", "O presidente da Academia Brasileira de Letras falou.", "O presidente da {Academia_Brasileira_de_Letras} falou."),
    ("es", "El presidente de la Caja Rural de Navarra habló.", "El presidente de la {Caja_Rural_de_Navarra} habló."),
])
def test_an_organisation_going_on_with_a_particle_is_a_name_of_its_own_before_its_holder(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "El presidente del Partido Popular Europeo Manfred Weber habló.",
     "El presidente del {Partido_Popular_Europeo} {Manfred_Weber} habló."),
    ("es", "El presidente de la República Federal Frank Steinmeier habló.",
     "El presidente de la {Republica_Federal} {Frank_Steinmeier} habló."),
    # A country is a word to translate, as it is alone.
    ("es", "El presidente de la República Dominicana Leonel Fernández habló.",
     "El presidente de la República Dominicana {Leonel_Fernandez} habló."),
    # As they were: the organisations alone.
    ("es", "El Partido Popular Europeo ganó.", "El {Partido_Popular_Europeo} ganó."),
    ("es", "La República Federal habló.", "La {Republica_Federal} habló."),
])
def test_an_organisation_going_on_with_an_adjective_is_apart_from_its_holder(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("es", "La presidenta de la Comisión Europea Ursula von der Leyen habló.",
     "La presidenta de la Comisión Europea {Ursula_von_der_Leyen} habló."),
    ("es", "La Comisión Europea multó a la empresa.", "La Comisión Europea multó a la empresa."),
    ("pt", "A Comissão Europeia multou a empresa.", "A Comissão Europeia multou a empresa."),
    ("it", "La Commissione Europea ha multato l'azienda.", "La Commissione Europea ha multato l'azienda."),
    # As it was: the Commission named in one word before its president.
    ("it", "Lo ha detto la presidente della Commissione Ursula von der Leyen.",
     "Lo ha detto la presidente della Commissione {Ursula_von_der_Leyen}."),
])
def test_the_european_commission_is_an_institution_to_translate(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("fr", "Le président de la Fondation Abbé Pierre a parlé.", "Le président de la {Fondation_Abbe_Pierre} a parlé."),
    ("fr", "Le directeur de la Fondation Jean Jaurès a parlé.", "Le directeur de la {Fondation_Jean_Jaures} a parlé."),
    ("es", "La presidenta de la Fundación Ana Botín habló.", "La presidenta de la {Fundacion_Ana_Botin} habló."),
    ("it", "Il presidente della Fondazione Giorgio Cini ha parlato.", "Il presidente della {Fondazione_Giorgio_Cini} ha parlato."),
    # As they were: the foundation alone.
    ("fr", "Un rapport de la Fondation Abbé Pierre est paru.", "Un rapport de la {Fondation_Abbe_Pierre} est paru."),
])
def test_a_foundation_named_after_a_person_is_one_name_after_a_role(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("it", "Una ricerca dell'Accademia Nazionale dei Lincei è uscita.",
     "Una ricerca dell'{Accademia_Nazionale_dei_Lincei} è uscita."),
    ("it", "Il presidente dell'Accademia Nazionale dei Lincei Roberto Antonelli ha parlato.",
     "Il presidente dell'{Accademia_Nazionale_dei_Lincei} {Roberto_Antonelli} ha parlato."),
    ("fr", "La Banque des Territoires a prêté.", "La {Banque_des_Territoires} a prêté."),
    # As they were: a plural article after a word of no organisation's name.
    ("it", "Il Consiglio dei Ministri ha approvato.", "Il Consiglio dei Ministri ha approvato."),
])
def test_an_organisation_goes_on_with_a_plural_article(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_club_and_its_holder_reach_the_translation_file(newsroom):
    body = "El presidente del FC Barcelona Joan Laporta habló con el presidente del Partido Popular Europeo Manfred Weber."
    po: polib.POFile = extracted(newsroom, "laporta", "es", body, "en")
    [entry] = [entry for entry in po if "Laporta" in entry.msgid]
    assert entry.msgid == (
        "El presidente del {FC_Barcelona} {Joan_Laporta} habló con el presidente del {Partido_Popular_Europeo} {Manfred_Weber}."
    )
    assert "python-brace-format" in entry.flags
