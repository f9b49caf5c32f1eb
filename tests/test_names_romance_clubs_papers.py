"""Names in Italian, Spanish, French and Portuguese copy: a monarch's or a pope's title before
the name it goes with, and the well-known clubs and newspapers that copy names by a word or two
of their own, also in copy of other languages."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check
from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A title after a definite article, or before a common given name, is a word to translate.
    ("it", "Papa Francesco ha detto che la pace è possibile.", "Papa {Francesco} ha detto che la pace è possibile."),
    ("it", "Il Papa Francesco ha parlato.", "Il Papa {Francesco} ha parlato."),
    ("it", "Re Carlo ha parlato.", "Re {Carlo} ha parlato."),
    ("es", "El Papa León habló ayer.", "El Papa {Leon} habló ayer."),
    ("es", "El Rey Juan Carlos abdicó en 2014.", "El Rey {Juan_Carlos} abdicó en 2014."),
    ("es", "Ayer habló el Papa León en Roma.", "Ayer habló el Papa {Leon} en Roma."),
    ("es", "La visita del Papa Francisco terminó.", "La visita del Papa {Francisco} terminó."),
    ("fr", "Le Pape François a parlé.", "Le Pape {Francois} a parlé."),
    ("pt", "O Papa Francisco falou.", "O Papa {Francisco} falou."),
    # As they were: such a word opening a person's name, a particle before it, the title alone.
    ("fr", "Papa Bouba Diop a marqué.", "{Papa_Bouba_Diop} a marqué."),
    ("es", "Según Lana Del Rey, nada.", "Según {Lana_Del_Rey}, nada."),
    ("it", "Il Papa ha parlato.", "Il Papa ha parlato."),
])
def test_a_title_before_a_name_is_translated(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_name_met_alone_is_not_widened_by_a_title_before_it():
    assert msgids("Francesco ha detto di sì. Poi Papa Francesco ha parlato.", "it") == [
        "{Francesco} ha detto di sì.", "Poi Papa {Francesco} ha parlato.",
    ]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A newspaper, its article part of its name where the masthead has it.
    ("it", "A Milano La Stampa scrive che il governo cade.", "A Milano {La_Stampa} scrive che il governo cade."),
    ("it", "Secondo La Stampa il governo cade.", "Secondo {La_Stampa} il governo cade."),
    ("it", "Lo scrive oggi La Repubblica.", "Lo scrive oggi {La_Repubblica}."),
    ("it", "Il Corriere della Sera scrive che il governo cade.", "Il {Corriere_della_Sera} scrive che il governo cade."),
    ("es", "El País publicó ayer la noticia.", "{El_Pais} publicó ayer la noticia."),
    ("es", "Según La Vanguardia, nada.", "Según {La_Vanguardia}, nada."),
    ("fr", "Le Figaro a publié l'article.", "{Le_Figaro} a publié l'article."),
    ("fr", "Selon Le Figaro, rien.", "Selon {Le_Figaro}, rien."),
    ("fr", "Selon Le Monde, rien.", "Selon {Le_Monde}, rien."),
    ("es", "Según El Mundo, nada.", "Según {El_Mundo}, nada."),
    ("pt", "Segundo o Público, o governo caiu.", "Segundo o {Publico}, o governo caiu."),
    ("en", "Le Figaro reported on Monday.", "{Le_Figaro} reported on Monday."),
    # As they were: the same words as words of the language, and other names with an article.
    ("it", "La Repubblica riconosce i diritti dell'uomo.", "La Repubblica riconosce i diritti dell'uomo."),
    ("pt", "O Ministério Público abriu um inquérito.", "O {Ministerio_Publico} abriu um inquérito."),
    ("es", "El País Vasco votó ayer.", "El {Pais_Vasco} votó ayer."),
    ("it", "Ignazio La Russa ha parlato.", "{Ignazio_La_Russa} ha parlato."),
    ("it", "La Stampa Estera ha scritto.", "La {Stampa_Estera} ha scritto."),
    ("fr", "La France a annoncé la mesure.", "La France a annoncé la mesure."),
    ("fr", "Selon Marine Le Pen, rien.", "Selon {Marine_Le_Pen}, rien."),
    ("it", "La Procura scrive che il caso è chiuso.", "La Procura scrive che il caso è chiuso."),
    ("es", "El Supremo publicó la sentencia.", "El Supremo publicó la sentencia."),
])
def test_a_newspaper_is_a_name(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A club named by a word that is no place's in the source language.
    ("it", "La Juventus ha battuto l'Inter per 2 a 1.", "La {Juventus} ha battuto l'{Inter} per 2 a 1."),
    ("it", "L'Inter ha vinto.", "L'{Inter} ha vinto."),
    ("it", "Il Milan ha vinto.", "Il {Milan} ha vinto."),
    ("es", "El Barça ganó ayer.", "El {Barca} ganó ayer."),
    ("es", "El Atlético ganó al Benfica.", "El {Atletico} ganó al {Benfica}."),
    ("fr", "Le Bayern a gagné.", "Le {Bayern} a gagné."),
    ("en", "Juventus beat Inter 2-1.", "{Juventus} beat {Inter} 2-1."),
    ("en", "Arsenal beat Chelsea on Sunday.", "{Arsenal} beat {Chelsea} on Sunday."),
    ("de", "Am Sonntag hat Juventus gegen Inter gewonnen.", "Am Sonntag hat {Juventus} gegen {Inter} gewonnen."),
    # As they were: a club named by its city, the city, a longer name, the German state.
    ("it", "Il Napoli di Antonio Conte ha vinto.", "Il Napoli di {Antonio_Conte} ha vinto."),
    ("en", "The fair opened in Milan on Monday.", "The fair opened in Milan on Monday."),
    ("en", "Inter Milan won.", "{Inter_Milan} won."),
    ("es", "El Atlético de Madrid ganó.", "El {Atletico_de_Madrid} ganó."),
    ("es", "Ganó el Club Atlético Independiente.", "Ganó el {Club_Atletico_Independiente}."),
    ("de", "In Bayern regnet es.", "In Bayern regnet es."),
    ("it", "Il Natale ha battuto ogni record.", "Il Natale ha battuto ogni record."),
    ("es", "El bono del Tesoro vence hoy.", "El bono del Tesoro vence hoy."),
    ("es", "La Patronal y los Sindicatos firmaron.", "La Patronal y los Sindicatos firmaron."),
])
def test_a_club_is_a_name(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_clubs_and_newspapers_reach_the_translation_file(newsroom):
    body = "La Juventus ha battuto l'Inter e La Stampa ne scrive."
    po: polib.POFile = extracted(newsroom, "derby", "it", body, "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/derby.po")
    assert [entry.msgid for entry in po][1:] == ["La {Juventus} ha battuto l'{Inter} e {La_Stampa} ne scrive."]
