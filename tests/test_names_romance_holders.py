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
     "El presidente del {Partido_Popular_Europeo_Manfred_Weber} habló."),
    ("fr", "Selon Bill de Blasio, rien.", "Selon {Bill_de_Blasio}, rien."),
])
def test_a_holder_is_a_name_of_its_own(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_holder_and_organisation_reach_the_translation_file(newsroom):
    body = "El gobernador del Banco de España José Luis Escrivá habló."
    po: polib.POFile = extracted(newsroom, "banco", "es", body, "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/banco.po")
    assert [entry.msgid for entry in po][1:] == ["El gobernador del {Banco_de_Espana} {Jose_Luis_Escriva} habló."]
