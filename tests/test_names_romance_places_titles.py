"""Names in Italian, Spanish, Portuguese and French copy where a capitalised word next to them
is no part of them: a title before a regnal name, an article or `di` before another noun
phrase, an organisation before its head; and the number that is part of an index's name."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check
from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A place after the preposition opening the sentence: the preposition is translated, a
    # place of several words kept as one name, one of one word translated, as in Spanish.
    ("pt", "Em São Paulo, a chuva parou.", "Em {Sao_Paulo}, a chuva parou."),
    ("pt", "No Rio de Janeiro, a chuva parou.", "No {Rio_de_Janeiro}, a chuva parou."),
    ("pt", "Na Bahia, a chuva parou.", "Na Bahia, a chuva parou."),
    ("pt", "Em Lisboa a chuva parou.", "Em Lisboa a chuva parou."),
    ("pt", "Em São Paulo, Fernando Haddad falou.", "Em {Sao_Paulo}, {Fernando_Haddad} falou."),
    ("es", "En San Sebastián llueve desde el lunes.", "En {San_Sebastian} llueve desde el lunes."),
])
def test_a_place_after_a_preposition_opening_the_sentence(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A capitalised title before a regnal name is a word to translate (King, Pope), as it is
    # in lower case; the name with its numeral stays one name.
    ("es", "El Rey Felipe VI visitó Madrid.", "El Rey {Felipe_VI} visitó Madrid."),
    ("it", "Papa Leone XIV ha detto che la pace è possibile.", "Papa {Leone_XIV} ha detto che la pace è possibile."),
    ("it", "Il Papa Leone XIV ha parlato.", "Il Papa {Leone_XIV} ha parlato."),
    ("fr", "Le Pape Léon XIV a parlé.", "Le Pape {Leon_XIV} a parlé."),
    ("pt", "O Papa Leão XIV falou.", "O Papa {Leao_XIV} falou."),
    ("it", "Re Carlo III ha parlato.", "Re {Carlo_III} ha parlato."),
    ("es", "La Reina Isabel II murió en 2022.", "La Reina {Isabel_II} murió en 2022."),
    ("it", "Papa Giovanni Paolo II ha visitato Cracovia.", "Papa {Giovanni_Paolo_II} ha visitato Cracovia."),
    # As they were: the title in lower case, and such a word before a name with no numeral,
    # which may be the person's own (`Rey` is also a surname, `Papa` a given name).
    ("es", "El rey Felipe VI visitó Madrid.", "El rey {Felipe_VI} visitó Madrid."),
    ("fr", "Le pape Léon XIV a parlé.", "Le pape {Leon_XIV} a parlé."),
    ("fr", "Papa Bouba Diop a marqué.", "{Papa_Bouba_Diop} a marqué."),
    ("es", "Según Lana Del Rey, nada.", "Según {Lana_Del_Rey}, nada."),
])
def test_a_title_before_a_regnal_name_is_translated(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A stock index's number is part of its name.
    ("fr", "Le CAC 40 a reculé de 1,2 %.", "Le {CAC_40} a reculé de 1,2 %."),
    ("en", "The FTSE 100 fell 1%.", "The {FTSE_100} fell 1%."),
    ("es", "El IBEX 35 cerró en alza.", "El {IBEX_35} cerró en alza."),
    ("it", "Il DAX 40 ha chiuso in calo.", "Il {DAX_40} ha chiuso in calo."),
    ("en", "The S&P 500 rose 2%.", "The {S_P_500} rose 2%."),
    # A number that counts or measures after an acronym is none of its name.
    ("en", "Shares in BHP rose 3% and ING 12.5%.", "Shares in {BHP} rose 3% and {ING} 12.5%."),
    ("en", "Polls give the CDU 30 percent.", "Polls give the {CDU} 30 percent."),
    ("en", "The FTSE 12.5% lower than in May.", "The {FTSE} 12.5% lower than in May."),
    ("fr", "La SNCF a supprimé 40 % des trains.", "La {SNCF} a supprimé 40 % des trains."),
    ("it", "Il PSG 3 Lione 1.", "Il {PSG} 3 Lione 1."),
])
def test_an_index_keeps_its_number(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A club, a government and the person whose it is are two names.
    ("it", "Il Napoli di Antonio Conte ha vinto.", "Il Napoli di {Antonio_Conte} ha vinto."),
    ("it", "La Roma di Gian Piero Gasperini ha vinto.", "La Roma di {Gian_Piero_Gasperini} ha vinto."),
    ("es", "El Gobierno de Pedro Sánchez aprobó la ley.", "El Gobierno de {Pedro_Sanchez} aprobó la ley."),
    ("pt", "O Benfica de José Mourinho venceu.", "O {Benfica} de {Jose_Mourinho} venceu."),
    # An article in lower case after a place starts another noun phrase.
    ("it", "A Milano la Borsa ha chiuso in calo.", "A Milano la Borsa ha chiuso in calo."),
    ("es", "En Madrid el Gobierno aprobó la ley.", "En Madrid el Gobierno aprobó la ley."),
    ("fr", "À Paris le Sénat a voté.", "À Paris le Sénat a voté."),
    # As they were: a particle or an article inside a person's or a place's name, and a given
    # name before `de`, which is the person's.
    ("it", "Il Politecnico di Milano ha aperto.", "Il {Politecnico_di_Milano} ha aperto."),
    ("it", "La Repubblica di San Marino ha votato.", "La {Repubblica_di_San_Marino} ha votato."),
    ("fr", "Selon Jean de la Fontaine, rien.", "Selon {Jean_de_la_Fontaine}, rien."),
    ("es", "Según Fernando de la Rúa, nada.", "Según {Fernando_de_la_Rua}, nada."),
    ("fr", "Marine Le Pen a parlé.", "{Marine_Le_Pen} a parlé."),
    ("pt", "Maria de Lurdes Rodrigues falou.", "{Maria_de_Lurdes_Rodrigues} falou."),
    ("it", "Luigi Di Maio ha parlato.", "{Luigi_Di_Maio} ha parlato."),
])
def test_a_name_ends_where_another_phrase_starts(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # An organisation after an office and its head's name are two names (tests/test_names.py
    # has `do {Banco_de_Portugal} {Mario_Centeno}`), also where the head has two surnames.
    ("es", "El gobernador del Banco de España Pablo Hernández de Cos habló.",
     "El gobernador del {Banco_de_Espana} {Pablo_Hernandez_de_Cos} habló."),
    # As they were: the organisation alone, and its head's two surnames without it.
    ("pt", "O governador do Banco de Portugal falou.", "O governador do {Banco_de_Portugal} falou."),
    ("es", "Según Pablo Hernández de Cos, nada.", "Según {Pablo_Hernandez_de_Cos}, nada."),
])
def test_an_organisation_after_an_office_and_its_head_are_two_names(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_regnal_name_reaches_the_translation_file(newsroom):
    po: polib.POFile = extracted(newsroom, "papa", "it", "Papa Leone XIV ha parlato a Milano.", "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/papa.po")
    assert [entry.msgid for entry in po][1:] == ["Papa {Leone_XIV} ha parlato a Milano."]


def test_an_index_with_its_number_reaches_the_translation_file(newsroom):
    po: polib.POFile = extracted(newsroom, "borsa", "it", "Il FTSE MIB e il DAX 40 hanno chiuso in calo.", "en")
    msgfmt_check(newsroom / "locales/en/LC_MESSAGES/borsa.po")
    assert [entry.msgid for entry in po][1:] == ["Il {FTSE_MIB} e il {DAX_40} hanno chiuso in calo."]
