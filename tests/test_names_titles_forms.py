"""Names in French, Italian, Spanish and German copy: a company with its legal form, a party
whose name opens with a country, the people a title or role introduces, and the courts and
offices each language names in its own words."""

from __future__ import annotations

import pytest

from test_names_romance_german import extracted, msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A company's legal form goes with its name, and is no name alone.
    ("it", "La Fiat S.p.A. ha chiuso il trimestre in utile.", "La {Fiat_S_p_A} ha chiuso il trimestre in utile."),
    ("es", "La empresa Inditex, S.A. presentó resultados.", "La empresa {Inditex_S_A} presentó resultados."),
    ("de", "Die Volkswagen AG meldete einen Gewinnrückgang.", "Die {Volkswagen_AG} meldete einen Gewinnrückgang."),
    ("de", "Die Siemens AG und die Allianz SE melden Gewinne.", "Die {Siemens_AG} und die {Allianz_SE} melden Gewinne."),
    ("fr", "La société a été rachetée par Vinci S.A. hier.", "La société a été rachetée par {Vinci_S_A} hier."),
    # A party whose name opens with a country is one name, or, where the capitals do not show
    # where it ends, all of it stays translatable: never half a name.
    ("fr", "Europe Écologie-Les Verts a dénoncé le vote.", "{Europe_Ecologie_Les_Verts} a dénoncé le vote."),
    ("fr", "La motion a été déposée par La France insoumise.", "La motion a été déposée par La France insoumise."),
    ("fr", "Les députés de La France insoumise ont voté contre.", "Les députés de La France insoumise ont voté contre."),
    ("fr", "La France a voté, selon Le Monde.", "La France a voté, selon {Le_Monde}."),
    # Spanish courts and offices named in ordinary words are translated, as `Banco Central` is.
    ("es", "La Audiencia Nacional condenó al exdirector.", "La Audiencia Nacional condenó al exdirector."),
    ("es", "La Fiscalía Anticorrupción celebró la decisión.", "La Fiscalía Anticorrupción celebró la decisión."),
    ("es", "Recurrirá ante el Tribunal Supremo.", "Recurrirá ante el Tribunal Supremo."),
])
def test_legal_forms_parties_and_offices(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_listed_party_opening_with_a_country_is_protected_whole(newsroom):
    (newsroom / "names.txt").write_text("La France insoumise\n", encoding="utf-8")
    po = extracted(newsroom, "fr-censure", "fr", "La motion a été déposée par La France insoumise.", "en")
    assert [entry.msgid for entry in po][1:] == ["La motion a été déposée par {La_France_insoumise}."]


def test_a_spanish_story_keeps_the_company_with_its_form_and_translates_the_court(newsroom):
    body = (
        "La Audiencia Nacional condenó al exdirector de Construcciones Ibéricas, S.A. a seis años de prisión.\n\n"
        "La Fiscalía Anticorrupción celebró la decisión."
    )
    po = extracted(newsroom, "es-tribunal", "es", body, "de")
    assert [entry.msgid for entry in po][1:] == [
        "La Audiencia Nacional condenó al exdirector de {Construcciones_Ibericas_S_A} a seis años de prisión.",
        "La Fiscalía Anticorrupción celebró la decisión.",
    ]
    assert "Construcciones Ibéricas, S.A." in po[1].comment


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A role before a common given name with an adjective's ending: the name is the person's.
    ("de", "Der VW-Chef Oliver Blume reagierte gelassen.", "Der VW-Chef {Oliver_Blume} reagierte gelassen."),
    ("de", "Gestern reagierte VW-Chef Oliver Blume gelassen.", "Gestern reagierte VW-Chef {Oliver_Blume} gelassen."),
    ("de", "Die Europäische Zentralbank hob die Zinsen an.", "Die Europäische Zentralbank hob die Zinsen an."),
    # Italian titles in lower case before a surname, as `M.` and `Dr.` are.
    ("it", "Secondo il sig. Rossi, la maggioranza è unita.", "Secondo il sig. {Rossi}, la maggioranza è unita."),
    ("it", "Il dott. Bianchi e l'avv. Verdi sono arrivati alle 10.",
     "Il dott. {Bianchi} e l'avv. {Verdi} sono arrivati alle 10."),
    ("it", "L'ing. Neri e la sig.ra Bruni sono arrivati.", "L'ing. {Neri} e la sig.ra {Bruni} sono arrivati."),
    ("it", "La dott.ssa Gialli e la prof. Russo hanno parlato.", "La dott.ssa {Gialli} e la prof. {Russo} hanno parlato."),
    # A title of several people introduces each of the names after it.
    ("fr", "MM. Dupont et Durand ont été entendus par le juge.", "MM. {Dupont} et {Durand} ont été entendus par le juge."),
    ("fr", "Mmes Martin, Petit et Durand ont signé.", "Mmes {Martin}, {Petit} et {Durand} ont signé."),
    ("es", "Los Sres. García y López declararon.", "Los Sres. {Garcia} y {Lopez} declararon."),
    ("en", "Messrs Smith and Jones declined to comment.", "Messrs {Smith} and {Jones} declined to comment."),
    ("fr", "Le juge a entendu Paris, Lyon et Marseille.", "Le juge a entendu Paris, Lyon et Marseille."),
])
def test_people_after_a_title_or_role(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_an_italian_story_protects_the_surname_after_a_lower_case_title(newsroom):
    body = "Il dott. Bianchi e l'avv. Verdi sono arrivati alle 10.\n\nSecondo il sig. Rossi, l'udienza è rinviata."
    po = extracted(newsroom, "it-udienza", "it", body, "en")
    assert [entry.msgid for entry in po][1:] == [
        "Il dott. {Bianchi} e l'avv. {Verdi} sono arrivati alle 10.",
        "Secondo il sig. {Rossi}, l'udienza è rinviata.",
    ]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # An English company word ends a company's name opening a German sentence; a German noun
    # does not make one.
    ("de", "Siemens Energy baut weltweit 4.100 Stellen ab.", "{Siemens_Energy} baut weltweit 4.100 Stellen ab."),
    ("de", "Lufthansa Group meldet Gewinne.", "{Lufthansa_Group} meldet Gewinne."),
    ("de", "Berliner Unternehmen zeigen neue Produkte.", "Berliner Unternehmen zeigen neue Produkte."),
    ("de", "Energy ist teuer.", "Energy ist teuer."),
    # A newspaper opening a sentence with its article, as it publishes; the country with the
    # sentence's article stays translatable.
    ("fr", "Le Monde a publié les résultats.", "{Le_Monde} a publié les résultats."),
    ("fr", "La France a annoncé un plan.", "La France a annoncé un plan."),
    ("fr", "Le monde a changé.", "Le monde a changé."),
])
def test_companies_and_media_opening_a_sentence(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_german_story_protects_the_company_and_the_person_after_its_role(newsroom):
    body = (
        "Siemens Energy baut weltweit 4.100 Stellen ab, davon 1.500 in Deutschland.\n\n"
        "Die Volkswagen AG meldete einen Gewinnrückgang. Der VW-Chef Oliver Blume reagierte gelassen."
    )
    po = extracted(newsroom, "de-wirtschaft", "de", body, "en")
    assert [entry.msgid for entry in po][1:] == [
        "{Siemens_Energy} baut weltweit 4.100 Stellen ab, davon 1.500 in Deutschland.",
        "Die {Volkswagen_AG} meldete einen Gewinnrückgang.",
        "Der VW-Chef {Oliver_Blume} reagierte gelassen.",
    ]
