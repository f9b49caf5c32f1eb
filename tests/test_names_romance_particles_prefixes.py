"""Names in French, Spanish, Italian and Portuguese copy: the language's `of` and articles
around a name (an institution met again, a club and its coach, a king and his country, an
article elided before a club), the prefix of a former holder's role, and the particles of
surnames that are also words of the language."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check
from test_names_romance_german import extracted, msgids

ASSEMBLY = "Lisboa – O Governo aprovou ontem o documento na Assembleia da República."
PRESIDENT = "O Presidente da República, Marcelo Rebelo de Sousa, recebeu em Belém os líderes."


def test_an_institution_met_before_lends_no_particle_to_a_later_mention():
    assert msgids(f"{ASSEMBLY}\n\n{PRESIDENT}", "pt") == [
        "Lisboa – O Governo aprovou ontem o documento na {Assembleia_da_Republica}.",
        "O Presidente da República, {Marcelo_Rebelo_de_Sousa}, recebeu em Belém os líderes.",
    ]
    assert msgids(PRESIDENT, "pt") == ["O Presidente da República, {Marcelo_Rebelo_de_Sousa}, recebeu em Belém os líderes."]


def test_a_person_with_a_particle_met_before_is_still_named_by_it():
    assert msgids("Leonardo da Vinci dipinse il quadro.\n\nPoi da Vinci partì.", "it") == [
        "{Leonardo_da_Vinci} dipinse il quadro.",
        "Poi {da_Vinci} partì.",
    ]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # The `of` after a common noun with its article elided opening the sentence.
    ("it", "L'avvocato di Chiara Ferragni ha parlato.", "L'avvocato di {Chiara_Ferragni} ha parlato."),
    ("fr", "L'avocat de Bernard Tapie a parlé.", "L'avocat de {Bernard_Tapie} a parlé."),
    ("it", "Ieri l'avvocato di Chiara Ferragni ha parlato.", "Ieri l'avvocato di {Chiara_Ferragni} ha parlato."),
    ("it", "L'avvocato di Giorgia Meloni ha parlato.", "L'avvocato di {Giorgia_Meloni} ha parlato."),
    # An institution described in ordinary words goes on with its `of`.
    ("pt", "O Tribunal Central de Instrução Criminal decidiu ontem.", "O {Tribunal_Central_de_Instrucao_Criminal} decidiu ontem."),
    ("pt", "Ontem o Tribunal Central de Instrução Criminal decidiu.", "Ontem o {Tribunal_Central_de_Instrucao_Criminal} decidiu."),
    ("pt", "O Tribunal Constitucional decidiu ontem.", "O Tribunal Constitucional decidiu ontem."),
    ("pt", "O presidente do Banco Central Gabriel Galípolo falou.", "O presidente do Banco Central {Gabriel_Galipolo} falou."),
    # A club and its coach: two names.
    ("es", "El Barça de Hansi Flick ganó.", "El {Barca} de {Hansi_Flick} ganó."),
    ("es", "El Barcelona de Hansi Flick ganó.", "El Barcelona de {Hansi_Flick} ganó."),
    ("es", "Ayer ganó el Sevilla de García Pimienta.", "Ayer ganó el Sevilla de {Garcia_Pimienta}."),
    ("es", "El Getafe de José Bordalás ganó.", "El Getafe de {Jose_Bordalas} ganó."),
    ("it", "Il Napoli di Antonio Conte ha vinto.", "Il Napoli di {Antonio_Conte} ha vinto."),
    ("es", "El Museo de Bellas Artes abrió.", "El {Museo_de_Bellas_Artes} abrió."),
    ("es", "La Universidad de Castilla La Mancha abrió.", "La {Universidad_de_Castilla_La_Mancha} abrió."),
    # A former holder's role, its prefix glued, hyphened or a word of its own.
    ("es", "El exalcalde de Marbella Julián Muñoz declaró.", "El exalcalde de Marbella {Julian_Munoz} declaró."),
    ("es", "Declaró el exalcalde de Marbella Julián Muñoz.", "Declaró el exalcalde de Marbella {Julian_Munoz}."),
    ("es", "El ex-alcalde de Marbella Julián Muñoz declaró.", "El ex-alcalde de Marbella {Julian_Munoz} declaró."),
    ("es", "El ex alcalde de Marbella Julián Muñoz declaró.", "El ex alcalde de Marbella {Julian_Munoz} declaró."),
    ("es", "El exalcalde de Marbella declaró.", "El exalcalde de Marbella declaró."),
    ("es", "El exministro de Hacienda Cristóbal Montoro declaró.", "El exministro de Hacienda {Cristobal_Montoro} declaró."),
    ("es", "El expresidente del Gobierno Mariano Rajoy declaró.", "El expresidente del Gobierno {Mariano_Rajoy} declaró."),
    ("it", "L'ex sindaco di Milano Giuseppe Sala ha parlato.", "L'ex sindaco di Milano {Giuseppe_Sala} ha parlato."),
    ("fr", "L'ancien maire de Lyon Gérard Collomb a parlé.", "L'ancien maire de Lyon {Gerard_Collomb} a parlé."),
    ("en", "The executive Maria Costa said.", "The executive {Maria_Costa} said."),
    # An article elided before a club's name of several words is the sentence's.
    ("fr", "L'Olympique de Marseille a battu Lyon.", "L'{Olympique_de_Marseille} a battu Lyon."),
    ("fr", "L'AS Monaco a limogé son entraîneur.", "L'{AS_Monaco} a limogé son entraîneur."),
    ("fr", "Le PSG a battu l'AS Monaco hier.", "Le {PSG} a battu l'{AS_Monaco} hier."),
    ("fr", "L'Oréal et Danone ont annoncé.", "{L_Oreal} et {Danone} ont annoncé."),
    ("fr", "L'Union européenne a voté.", "L'Union européenne a voté."),
    # A surname's particle that is also a word of the language, after a given name.
    ("fr", "La présidente du Louvre, Laurence des Cars, a démissionné.",
     "La présidente du Louvre, {Laurence_des_Cars}, a démissionné."),
    ("fr", "La présidente du musée, Laurence des Cars, a parlé.", "La présidente du musée, {Laurence_des_Cars}, a parlé."),
    ("pt", "A EDP, liderada por Miguel Stilwell d'Andrade, lucrou.",
     "A {EDP}, liderada por {Miguel_Stilwell_d_Andrade}, lucrou."),
    ("fr", "La Fête des Mères a lieu dimanche.", "La Fête des Mères a lieu dimanche."),
    ("fr", "Le ministre des Armées Sébastien Lecornu a parlé.", "Le ministre des Armées {Sebastien_Lecornu} a parlé."),
    # A monarch's numeral ends the name; a term written with capitals is to translate.
    ("pt", "O Rei Carlos III de Inglaterra visitará Lisboa.", "O Rei {Carlos_III} de Inglaterra visitará Lisboa."),
    ("es", "El rey Felipe VI de España habló.", "El rey {Felipe_VI} de España habló."),
    ("en", "King Charles III of England visited.", "King {Charles_III} of England visited."),
    ("pt", "O Papa Leão XIV falou.", "O Papa {Leao_XIV} falou."),
    ("pt", "O Governo aprovou o Orçamento do Estado para 2027.", "O Governo aprovou o Orçamento do Estado para 2027."),
    ("es", "El Gobierno aprobó los Presupuestos Generales del Estado.",
     "El Gobierno aprobó los Presupuestos Generales del Estado."),
])
def test_a_name_takes_in_what_is_its_own(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_the_names_reach_the_translation_file(newsroom):
    body = "L'avvocato di Chiara Ferragni ha parlato.\n\nL'Olympique de Marseille ha vinto."
    po: polib.POFile = extracted(newsroom, "ferragni", "it", body, "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/ferragni.po")
    assert [entry.msgid for entry in po][1:] == [
        "L'avvocato di {Chiara_Ferragni} ha parlato.",
        "L'{Olympique_de_Marseille} ha vinto.",
    ]
