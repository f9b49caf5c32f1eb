"""Names in Italian, Spanish, French and Portuguese copy: the holder of an office after the
organisation it heads, the role before it and the words a name goes on with or ends before."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check
from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A role glued to its article or written as an acronym opening the sentence, and its `of`.
    ("fr", "Le PDG de LVMH Bernard Arnault a parlé.", "Le PDG de LVMH {Bernard_Arnault} a parlé."),
    ("fr", "Son PDG Patrick Pouyanné a parlé.", "Son PDG {Patrick_Pouyanne} a parlé."),
    ("it", "L'ad di Fiat John Elkann ha parlato.", "L'ad di Fiat {John_Elkann} ha parlato."),
    ("it", "L'amministratore delegato di Stellantis Antonio Filosa ha parlato.",
     "L'amministratore delegato di Stellantis {Antonio_Filosa} ha parlato."),
    ("fr", "L'entraîneur de l'OM Roberto De Zerbi a parlé.", "L'entraîneur de l'OM {Roberto_De_Zerbi} a parlé."),
    ("pt", "O Presidente da República Marcelo Rebelo de Sousa falou.",
     "O Presidente da República {Marcelo_Rebelo_de_Sousa} falou."),
    # A role in Italian, and an organisation of several words before a person with a common given name.
    ("it", "La segretaria del Pd Elly Schlein ha parlato.", "La segretaria del Pd {Elly_Schlein} ha parlato."),
    ("it", "Ha parlato il segretario generale della Nato Mark Rutte.",
     "Ha parlato il segretario generale della Nato {Mark_Rutte}."),
    ("it", "Il governatore della Banca d'Italia Fabio Panetta ha parlato.",
     "Il governatore della Banca d'Italia {Fabio_Panetta} ha parlato."),
    ("es", "El gobernador del Banco de España José Luis Escrivá habló.",
     "El gobernador del {Banco_de_Espana} {Jose_Luis_Escriva} habló."),
    ("es", "Habló la presidenta de Banco Santander Ana Botín.", "Habló la presidenta de {Banco_Santander} {Ana_Botin}."),
    ("es", "Habló la presidenta de la Comunidad de Madrid Isabel Díaz Ayuso.",
     "Habló la presidenta de la {Comunidad_de_Madrid} {Isabel_Diaz_Ayuso}."),
    ("pt", "O presidente do Conselho Europeu António Costa falou.",
     "O presidente do {Conselho_Europeu} {Antonio_Costa} falou."),
    ("pt", "Falou a presidente da Galp Maria João Carioca.", "Falou a presidente da Galp {Maria_Joao_Carioca}."),
    ("pt", "Falou o secretário-geral do PS José Luís Carneiro.", "Falou o secretário-geral do PS {Jose_Luis_Carneiro}."),
    # As they were: a holder after one word, mid-sentence, and an organisation named alone.
    ("it", "Ha parlato l'ad di Fiat John Elkann.", "Ha parlato l'ad di Fiat {John_Elkann}."),
    ("it", "Ha parlato l'amministratore delegato di Unicredit Andrea Orcel.",
     "Ha parlato l'amministratore delegato di Unicredit {Andrea_Orcel}."),
    ("es", "Habló el presidente del BBVA Onur Genç.", "Habló el presidente del BBVA {Onur_Genc}."),
    ("it", "Il presidente del Consiglio Giorgia Meloni ha parlato.", "Il presidente del Consiglio {Giorgia_Meloni} ha parlato."),
    ("it", "Ieri il governatore della Banca d'Italia ha parlato.", "Ieri il governatore della Banca d'Italia ha parlato."),
    ("fr", "Le président de la Juventus Football Club a parlé.", "Le président de la {Juventus_Football_Club} a parlé."),
    ("es", "El presidente del Partido Popular Europeo Manfred Weber habló.",
     "El presidente del {Partido_Popular_Europeo} {Manfred_Weber} habló."),
    ("fr", "Selon Bill de Blasio, rien.", "Selon {Bill_de_Blasio}, rien."),
])
def test_a_holder_is_a_name_of_its_own(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # An amount after an index is no part of its name.
    ("en", "Bad news pushed the FTSE 15 points lower.", "Bad news pushed the {FTSE} 15 points lower."),
    ("en", "Bad news pushed the FTSE 12 percent lower.", "Bad news pushed the {FTSE} 12 percent lower."),
    ("fr", "Le CAC 40 a perdu 2 %.", "Le {CAC_40} a perdu 2 %."),
    ("en", "The FTSE 100 rose 15 points.", "The {FTSE_100} rose 15 points."),
    # A place whose name goes on with an article, and no queen before a museum's name.
    ("es", "Nació en Alcalá la Real en 1950.", "Nació en {Alcala_la_Real} en 1950."),
    ("fr", "Il habite à Choisy le Roi depuis 2000.", "Il habite à {Choisy_le_Roi} depuis 2000."),
    ("es", "En Madrid el Gobierno aprobó la ley.", "En Madrid el Gobierno aprobó la ley."),
    ("es", "En Madrid el Real Madrid ganó.", "En Madrid el {Real_Madrid} ganó."),
    ("fr", "À Paris le Sénat vote.", "À Paris le Sénat vote."),
    ("es", "El Reina Sofía abre hoy.", "El {Reina_Sofia} abre hoy."),
    ("es", "Visitó el Reina Sofía ayer.", "Visitó el {Reina_Sofia} ayer."),
    ("es", "La Reina Sofía visitó Atenas.", "La Reina {Sofia} visitó Atenas."),
    ("es", "El Rey Juan Carlos I abdicó en 2014.", "El Rey {Juan_Carlos_I} abdicó en 2014."),
    ("es", "El Rey Felipe VI habló.", "El Rey {Felipe_VI} habló."),
    ("it", "Il re Umberto I è morto.", "Il re {Umberto_I} è morto."),
    ("en", "Maria I think is right.", "Maria I think is right."),
    # A newspaper named with a number, a surname with its particle joined by a hyphen.
    ("it", "Secondo Il Sole 24 Ore il governo cade.", "Secondo {Il_Sole_24_Ore} il governo cade."),
    ("fr", "Le président du PSG Nasser al-Khelaïfi a parlé.", "Le président du PSG {Nasser_al_Khelaifi} a parlé."),
    ("fr", "Selon Nasser al-Khelaïfi, rien.", "Selon {Nasser_al_Khelaifi}, rien."),
    ("en", "Abu Bakr al-Baghdadi was killed.", "{Abu_Bakr_al_Baghdadi} was killed."),
    ("it", "Il Sole 24 Ore scrive che il governo cade.", "{Il_Sole_24_Ore} scrive che il governo cade."),
    # As they were: the words of the language, a name with its particles.
    ("it", "Il Sole splende.", "Il Sole splende."),
    ("en", "Mohammed bin Salman said.", "{Mohammed_bin_Salman} said."),
])
def test_a_name_ends_where_it_does(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_holder_and_organisation_reach_the_translation_file(newsroom):
    body = "El gobernador del Banco de España José Luis Escrivá habló."
    po: polib.POFile = extracted(newsroom, "banco", "es", body, "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/banco.po")
    assert [entry.msgid for entry in po][1:] == ["El gobernador del {Banco_de_Espana} {Jose_Luis_Escriva} habló."]
