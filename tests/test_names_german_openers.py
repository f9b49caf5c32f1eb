"""German copy's names against the words around them: a conjunction or a focusing adverb
capitalised at a sentence's start (`Dass Robert Habeck Konsequenzen zog`, `Auch Siemens Energy
profitierte`), an article capitalised after a colon (`gut: Das Publikum jubelte`) and `Von`
before a company and the person heading it are no part of a name; a stock index's or a club's
number is part of one (`der EuroStoxx 50`, `Bayer 04 Leverkusen`); an agency's code ending the
story is none (`(dpa-AFX)`)."""

from __future__ import annotations

import polib
import pytest
from test_names_romance_german import extracted, msgids, published

from syndicate.units import article_units
from syndicate.wire import read_wire


@pytest.mark.parametrize(("body", "expected"), [
    # A conjunction opening the sentence opens a clause whose verb comes last, as it does inside one.
    ("Dass Robert Habeck Konsequenzen zog, bedauerten viele Grüne.", "Dass {Robert_Habeck} Konsequenzen zog, bedauerten viele Grüne."),
    ("Weil Lars Klingbeil Entwarnung gab, stiegen die Kurse.", "Weil {Lars_Klingbeil} Entwarnung gab, stiegen die Kurse."),
    ("Ob Olaf Scholz Emmanuel Macron traf, blieb offen.", "Ob {Olaf_Scholz} {Emmanuel_Macron} traf, blieb offen."),
    ("Obwohl Volkswagen Verluste macht, steigt die Aktie.", "Obwohl Volkswagen Verluste macht, steigt die Aktie."),
    # As inside a sentence, a name of several words stays whole.
    ("Dass Siemens Energy Stellen abbaut, überrascht niemanden.", "Dass {Siemens_Energy} Stellen abbaut, überrascht niemanden."),
    ("Weil Frank-Walter Steinmeier sprach, kamen viele.", "Weil {Frank_Walter_Steinmeier} sprach, kamen viele."),
    ("Er sagte, dass Lars Klingbeil Entwarnung gab.", "Er sagte, dass {Lars_Klingbeil} Entwarnung gab."),
])
def test_a_conjunction_opening_the_sentence_opens_a_clause(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Auch Siemens Energy profitierte.", "Auch {Siemens_Energy} profitierte."),
    ("Auch Robert Habeck kam.", "Auch {Robert_Habeck} kam."),
    ("Sogar Volkswagen AG meldete Gewinne.", "Sogar {Volkswagen_AG} meldete Gewinne."),
    ("Nur Siemens Energy verlor.", "Nur {Siemens_Energy} verlor."),
    ("Fazit: Auch Siemens Energy profitierte.", "Fazit: Auch {Siemens_Energy} profitierte."),
    ("Siemens Energy profitierte.", "{Siemens_Energy} profitierte."),
])
def test_a_focusing_adverb_opening_the_sentence_is_no_part_of_the_name(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Die Premiere war gut: Das Publikum jubelte.", "Die Premiere war gut: Das Publikum jubelte."),
    ("Die Premiere war gut: Der Saal tobte.", "Die Premiere war gut: Der Saal tobte."),
    ("Das Publikum jubelte.", "Das Publikum jubelte."),
    # A name after the article stays one.
    ("Er sagte: Die Deutsche Bank meldet Gewinne.", "Er sagte: Die {Deutsche_Bank} meldet Gewinne."),
])
def test_an_article_after_a_colon_opens_a_sentence(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Von Mercedes-Benz Ola Källenius hieß es, die Zahlen seien gut.",
     "Von {Mercedes_Benz} {Ola_Kallenius} hieß es, die Zahlen seien gut."),
    ("Von BMW Oliver Zipse hieß es nichts.", "Von {BMW} {Oliver_Zipse} hieß es nichts."),
    ("Das sagte der Chef von Mercedes-Benz Ola Källenius.", "Das sagte der Chef von {Mercedes_Benz} {Ola_Kallenius}."),
    ("Das sagte der Chef von BMW Oliver Zipse.", "Das sagte der Chef von {BMW} {Oliver_Zipse}."),
    # A surname with its particle opening the sentence stays whole, and so does a hyphenated given name.
    ("Von der Leyen sagte das.", "{Von_der_Leyen} sagte das."),
    ("Am Montag sprach Hans-Peter Friedrich.", "Am Montag sprach {Hans_Peter_Friedrich}."),
    ("Am Montag sprach Jean-Luc Simon.", "Am Montag sprach {Jean_Luc_Simon}."),
])
def test_a_company_and_the_person_heading_it_are_two_names(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # A stock index is a name, with the number that is part of it, however German writes it.
    ("Am Abend stieg der S&P 500 um 1 Prozent.", "Am Abend stieg der {S_P_500} um 1 Prozent."),
    ("Am Abend fiel der EuroStoxx 50 um 1 Prozent.", "Am Abend fiel der {EuroStoxx_50} um 1 Prozent."),
    ("Der MDax legte zu.", "Der {MDax} legte zu."),
    ("Der Dax hat zugelegt.", "Der {Dax} hat zugelegt."),
    ("Der Leitindex Dax stieg.", "Der Leitindex {Dax} stieg."),
    ("Der Dax stieg um 12 Punkte.", "Der {Dax} stieg um 12 Punkte."),
    ("Der CAC 40 stieg.", "Der {CAC_40} stieg."),
    # An amount or a share after the index is no part of it.
    ("Der Dax lag 1,5 Prozent höher, der TecDax 200 Punkte.", "Der {Dax} lag 1,5 Prozent höher, der {TecDax} 200 Punkte."),
    ("Der Dax legte 2 % zu.", "Der {Dax} legte 2 % zu."),
])
def test_a_stock_index_is_a_name_with_its_number(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Bayer 04 Leverkusen kam nicht über ein Remis hinaus.", "{Bayer_04_Leverkusen} kam nicht über ein Remis hinaus."),
    ("Am Samstag gewann Bayer 04 Leverkusen.", "Am Samstag gewann {Bayer_04_Leverkusen}."),
    ("Am Samstag gewann Mainz 05 gegen Köln.", "Am Samstag gewann {Mainz_05} gegen Köln."),
    ("Am Samstag gewann Bayer Leverkusen.", "Am Samstag gewann {Bayer_Leverkusen}."),
    ("Der FC Schalke 04 gewann.", "Der {FC_Schalke_04} gewann."),
])
def test_a_clubs_number_is_part_of_its_name(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "author", "expected"), [
    # An agency's code joined by a hyphen ends the story as an author's code does, and is no name.
    ("Die Aktie stieg um 3 Prozent. (dpa-AFX)", "dpa-AFX", "Die Aktie stieg um 3 Prozent."),
    ("Die Aktie stieg um 3 Prozent. (dpa-AFX/mk)", "dpa-AFX/mk", "Die Aktie stieg um 3 Prozent."),
    ("Die Aktie stieg um 3 Prozent. (mk)", "mk", "Die Aktie stieg um 3 Prozent."),
    # Words a hyphen joins in brackets ending the story are its text.
    ("Die Strecke ist gesperrt (Nord-Süd)", None, "Die Strecke ist gesperrt (Nord-Süd)"),
    ("Die Kurstadt liegt im Schwarzwald (Baden-Baden)", None, "Die Kurstadt liegt im Schwarzwald (Baden-Baden)"),
    ("Die Demonstranten trugen Plakate (anti-war)", None, "Die Demonstranten trugen Plakate (anti-war)"),
    # Codes in a script without case, joined by a hyphen, are codes.
    ("Die Aktie stieg um 3 Prozent. （共同-時事）", "共同-時事", "Die Aktie stieg um 3 Prozent."),
    ("Die Aktie stieg um 3 Prozent. (ف.ع-ر.م)", "ف.ع-ر.م", "Die Aktie stieg um 3 Prozent."),
    # A bracket that goes on after a hyphen's word is the sentence's.
    ("Die Aktie stieg um 3 Prozent (Vorjahr: 2 Prozent).", None, "Die Aktie stieg um 3 Prozent (Vorjahr: 2 Prozent)."),
])
def test_an_agencys_hyphenated_code_ends_the_story(body, author, expected):
    article = read_wire("story.txt", f"date 2026-03-06 News\ntitle Titel\nlang de\n\n{body}\n".encode())
    assert (article.author, [unit.msgid for unit in article_units(article)][1:]) == (author, [expected])


@pytest.mark.parametrize(("body", "expected"), [
    # The trade `Deutsch-` describes is translated with the body speaking for it, as a public body is.
    ("Der Börsenverein des Deutschen Buchhandels warnte.", "Der Börsenverein des Deutschen Buchhandels warnte."),
    ("Der Deutsche Buchhandel leidet.", "Der Deutsche Buchhandel leidet."),
    ("Analysten der Deutschen Bank sind skeptisch.", "Analysten der {Deutsche_Bank} sind skeptisch."),
    # A person's name in the genitive after the noun it depends on, whose stem the article
    # names too: the ending is the sentence's.
    ("Die Musik Richard Wagners erklang, als Richard Wagner starb.",
     "Die Musik {Richard_Wagner}s erklang, als {Richard_Wagner} starb."),
    ("Das Erbe Helmut Kohls wiegt schwer, wie Helmut Kohl wusste.",
     "Das Erbe {Helmut_Kohl}s wiegt schwer, wie {Helmut_Kohl} wusste."),
    ("Am Abend sprach Thomas Peters.", "Am Abend sprach {Thomas_Peters}."),
    ("Die Firma Hans Peters meldet Gewinne.", "Die Firma {Hans_Peters} meldet Gewinne."),
])
def test_a_genitive_and_a_trade_are_the_sentences(body, expected):
    assert msgids(body, "de") == [expected]


def test_a_person_in_the_genitive_is_in_the_glossary_and_published_as_named(newsroom):
    sentence = "Richard Wagner starb 1883.\n\nDie Musik Richard Wagners erklang in Bayreuth."
    po = extracted(newsroom, "de-festspiele", "de", sentence, "en")
    assert [entry.msgid for entry in po][2:] == ["Die Musik {Richard_Wagner}s erklang in Bayreuth."]
    glossary = polib.pofile(str(newsroom / "locales/en/LC_MESSAGES/names.po"))
    assert [entry.msgid for entry in glossary] == ["Richard Wagner"]
    feed = published(newsroom, "de-festspiele", "en", po, {
        "Die Musik {Richard_Wagner}s erklang in Bayreuth.": "{Richard_Wagner}'s music rang out in Bayreuth.",
    })
    assert "Richard Wagner's music rang out" in feed
