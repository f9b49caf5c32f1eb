"""Name rules against the copy they were not written for: a German surname after a noun loses
the genitive's -s but for one that ends in -s of its own (`Die Rede Boris Pistorius`), an
elided article is left out of a listed club's name only (`L'{AS_Monaco}`, `{L_Oreal_Paris}`),
a Spanish institution is no club before its `de` (`El Sistema de Salud Pública`), a particle
goes on only before a surname (`Andrea d'Italia`) and a German number may be one word
(`zwölfeinhalb Jahren Haft`)."""

from __future__ import annotations

import pytest
from test_names_romance_german import msgids


@pytest.mark.parametrize(("body", "expected"), [
    ("Der Besuch Emmanuel Macrons in Berlin war kurz.", "Der Besuch {Emmanuel_Macron}s in Berlin war kurz."),
    ("Die Politik Wladimir Putins ist aggressiv.", "Die Politik {Wladimir_Putin}s ist aggressiv."),
    ("Die Rede Boris Pistorius sorgte für Unruhe.", "Die Rede {Boris_Pistorius} sorgte für Unruhe."),
    ("Die Lieder Tom Jones begeistern.", "Die Lieder {Tom_Jones} begeistern."),
])
def test_a_genitive_after_a_noun_is_cut_but_for_a_surname_ending_in_s(body, expected):
    assert msgids(body, "de") == [expected]


def test_a_surname_met_whole_elsewhere_keeps_its_s():
    body = "Die Rede Anna Ruhlands war kurz. Dann sprach Anna Ruhlands noch einmal."
    assert msgids(body, "de")[0] == "Die Rede {Anna_Ruhlands} war kurz."


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("it", "L'Osservatore Romano scrive oggi.", "{L_Osservatore_Romano} scrive oggi."),
    ("es", "L'Hospitalet de Llobregat celebra hoy.", "{L_Hospitalet_de_Llobregat} celebra hoy."),
    ("fr", "L'Oréal Paris a annoncé des résultats.", "{L_Oreal_Paris} a annoncé des résultats."),
    ("fr", "L'Olympique de Marseille a battu Lyon.", "L'{Olympique_de_Marseille} a battu Lyon."),
    ("fr", "L'AS Monaco a limogé son entraîneur.", "L'{AS_Monaco} a limogé son entraîneur."),
])
def test_an_elided_article_is_left_out_of_a_listed_clubs_name_only(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ayer el Programa de Vivienda Social arrancó.", "Ayer el {Programa_de_Vivienda_Social} arrancó."),
    ("El Sistema de Salud Pública mejora.", "El {Sistema_de_Salud_Publica} mejora."),
    ("El Barça de Hansi Flick ganó.", "El {Barca} de {Hansi_Flick} ganó."),
    ("Ayer ganó el Sevilla de García Pimienta.", "Ayer ganó el Sevilla de {Garcia_Pimienta}."),
])
def test_an_institution_is_no_club_whose_of_a_person_follows(body, expected):
    assert msgids(body, "es") == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("fr", "Hier, la Marine des États-Unis a tiré.", "Hier, la Marine des États-Unis a tiré."),
    ("it", "Andrea d'Italia arriva.", "Andrea d'Italia arriva."),
    ("fr", "Laurence des Cars a parlé.", "{Laurence_des_Cars} a parlé."),
    ("fr", "Pierre d'Artagnan arrive.", "{Pierre_d_Artagnan} arrive."),
])
def test_a_particle_goes_on_before_a_surname_only(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize("number", ["zwölfeinhalb", "elfeinhalb", "zehntausend", "hunderttausend"])
def test_a_german_number_in_one_word_opens_no_name(number):
    body = f"Er wurde zu {number} Jahren Haft verurteilt."
    assert msgids(body, "de") == [body]
