"""Names in Italian, Spanish, French and German copy: the words a sentence opens with or a
German noun before a name stay translatable, and so does the place after them."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from conftest import msgfmt_check
from syndicate.cli import main
from syndicate.names_rendering import published_name
from syndicate.units import article_units
from syndicate.wire import read_wire


def msgids(body: str, lang: str) -> list[str]:
    article = read_wire("story.txt", f"date 2026-03-06 News\ntitle Titolo\nlang {lang}\n\n{body}\n".encode())
    return [unit.msgid for unit in article_units(article)][1:]


def invoke(root: Path, *args: str):
    result = CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def extracted(newsroom: Path, story_id: str, lang: str, body: str, locale: str) -> polib.POFile:
    """The PO file `extract` writes for `locale` from a wire story in `lang`."""
    wire = newsroom.parent / f"{story_id}.txt"
    wire.write_text(f"date 2026-03-06 Home\nid {story_id}\nlang {lang}\ntitle {story_id}\n\n{body}\n", encoding="utf-8")
    invoke(newsroom, "extract", str(wire), "--locales", locale)
    path = newsroom / f"locales/{locale}/LC_MESSAGES/{story_id}.po"
    msgfmt_check(path)
    return polib.pofile(str(path))


def published(newsroom: Path, story_id: str, locale: str, po: polib.POFile, translations: dict[str, str]) -> str:
    """The feed item the build publishes once each msgid is translated (as `translations` has
    it, else as the source writes it)."""
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, entry.msgid)
    po.save()
    invoke(newsroom, "build", "-l", locale)
    return (newsroom / f"feeds/{locale}/{story_id}.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("it", "Sulle Alpi sono previsti -8 °C alle 6 di domenica.", "Sulle Alpi sono previsti -8 °C alle 6 di domenica."),
    ("it", "Ieri Roma ha accolto il vertice.", "Ieri Roma ha accolto il vertice."),
    ("it", "Oggi Milano vota.", "Oggi Milano vota."),
    ("it", "Domani Torino ospita la finale.", "Domani Torino ospita la finale."),
    ("it", "Nella Capitale il traffico è bloccato.", "Nella Capitale il traffico è bloccato."),
    ("it", "Dalla Francia arrivano notizie.", "Dalla Francia arrivano notizie."),
    ("es", "En Barcelona llueve desde el lunes.", "En Barcelona llueve desde el lunes."),
    ("es", "Ayer Madrid acogió la cumbre.", "Ayer Madrid acogió la cumbre."),
    ("es", "Hoy Valencia acoge la cumbre.", "Hoy Valencia acoge la cumbre."),
    # The name after such a word stays a name, and so does a surname with its particle.
    ("it", "Ieri Giorgia Meloni ha parlato ai giornalisti.", "Ieri {Giorgia_Meloni} ha parlato ai giornalisti."),
    ("es", "Ayer Carlos Cuerpo habló con la prensa.", "Ayer {Carlos_Cuerpo} habló con la prensa."),
    ("it", "Di Maio ha lasciato il partito insieme a Luigi Rossi.", "{Di_Maio} ha lasciato il partito insieme a {Luigi_Rossi}."),
    # So is a conjunction opening the sentence before a person's name.
    ("it", "Però Giorgia Meloni ha respinto le critiche.", "Però {Giorgia_Meloni} ha respinto le critiche."),
    ("es", "Mientras Pedro Sánchez negociaba, el Senado votó.", "Mientras {Pedro_Sanchez} negociaba, el Senado votó."),
    ("fr", "Pourtant Marine Le Pen maintient sa candidature.", "Pourtant {Marine_Le_Pen} maintient sa candidature."),
    ("es", "Aunque el Senado votó, nada cambió.", "Aunque el Senado votó, nada cambió."),
    ("it", "Eppure Giorgia Meloni ha respinto le critiche.", "Eppure {Giorgia_Meloni} ha respinto le critiche."),
    ("it", "Tuttavia Matteo Renzi insiste.", "Tuttavia {Matteo_Renzi} insiste."),
    ("it", "Quindi Matteo Renzi insiste.", "Quindi {Matteo_Renzi} insiste."),
    ("pt", "Contudo Fernando Haddad manteve a meta.", "Contudo {Fernando_Haddad} manteve a meta."),
    ("pt", "Enquanto Fernando Haddad viajava, o Senado votou.", "Enquanto {Fernando_Haddad} viajava, o Senado votou."),
    # So is a day of the week, which only the sentence's start capitalises.
    ("it", "Martedì Elly Schlein ha incontrato i sindacati.", "Martedì {Elly_Schlein} ha incontrato i sindacati."),
    ("fr", "Lundi Édouard Philippe a annoncé sa candidature.", "Lundi {Edouard_Philippe} a annoncé sa candidature."),
    ("pt", "Segunda-feira Geraldo Alckmin viajou a Brasília.", "Segunda-feira {Geraldo_Alckmin} viajou a Brasília."),
    ("es", "Plácido Domingo cantó en Madrid.", "{Placido_Domingo} cantó en Madrid."),
    # So is a focusing adverb (also, even, only) before the place.
    ("it", "Anche Milano e Napoli hanno aderito allo sciopero.", "Anche Milano e Napoli hanno aderito allo sciopero."),
    ("it", "Persino Torino era ferma.", "Persino Torino era ferma."),
    ("it", "Solo Genova ha lavorato.", "Solo Genova ha lavorato."),
    ("es", "También Sevilla se sumó a la huelga.", "También Sevilla se sumó a la huelga."),
    ("es", "Incluso Bilbao estaba parada.", "Incluso Bilbao estaba parada."),
    ("fr", "Même Lyon était à l'arrêt.", "Même Lyon était à l'arrêt."),
    ("pt", "Também Lisboa aderiu à greve.", "Também Lisboa aderiu à greve."),
    ("it", "Anche Giorgia Meloni ha parlato.", "Anche {Giorgia_Meloni} ha parlato."),
    # A preposition that also opens Italian surnames is one only before a place it may name.
    ("it", "Dalla Chiesa fu ucciso a Palermo.", "{Dalla_Chiesa} fu ucciso a Palermo."),
    ("it", "Dal Pozzo ha detto che il piano è pronto.", "{Dal_Pozzo} ha detto che il piano è pronto."),
    ("it", "Degli Esposti ha vinto la gara.", "{Degli_Esposti} ha vinto la gara."),
    ("it", "Dal Brasile arrivano notizie.", "Dal Brasile arrivano notizie."),
])
def test_a_word_opening_a_sentence_is_no_part_of_the_place_or_name_after_it(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("it", "Ha parlato il presidente del Consiglio Giorgia Meloni.", "Ha parlato il presidente del Consiglio {Giorgia_Meloni}."),
    ("it", "Lo ha detto la presidente della Commissione Ursula von der Leyen.",
     "Lo ha detto la presidente della Commissione {Ursula_von_der_Leyen}."),
    ("it", "Ha parlato il leader della Cgil Maurizio Landini.", "Ha parlato il leader della Cgil {Maurizio_Landini}."),
    ("it", "Ha parlato l'ad di Fiat John Elkann.", "Ha parlato l'ad di Fiat {John_Elkann}."),
    ("es", "Habló el presidente del Senado Pedro Rollán.", "Habló el presidente del Senado {Pedro_Rollan}."),
    ("fr", "Le président du Sénat Gérard Larcher a parlé.", "Le président du Sénat {Gerard_Larcher} a parlé."),
    ("fr", "Le directeur général de Renault Luca de Meo a parlé.", "Le directeur général de Renault {Luca_de_Meo} a parlé."),
    ("pt", "Falou o presidente do Senado Davi Alcolumbre.", "Falou o presidente do Senado {Davi_Alcolumbre}."),
    # An organisation's name of several words stays whole.
    ("it", "Ha parlato il presidente della Juventus Football Club.", "Ha parlato il presidente della {Juventus_Football_Club}."),
])
def test_the_organisation_a_role_heads_is_no_part_of_the_holders_name(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Betroffen sind vor allem die Standorte Mülheim an der Ruhr und Berlin.",
     "Betroffen sind vor allem die Standorte Mülheim an der Ruhr und Berlin."),
    ("Der Tabellenzweite Leverkusen liegt nun auf dem 2. Platz.", "Der Tabellenzweite Leverkusen liegt nun auf dem 2. Platz."),
    ("Die Werke Wolfsburg und Emden stehen still.", "Die Werke Wolfsburg und Emden stehen still."),
    # An adjective of a name after its article stays in it.
    ("Die Deutsche Post und die Freien Wähler helfen.", "Die {Deutsche_Post} und die {Freie_Wahler} helfen."),
])
def test_a_german_noun_with_an_adjectives_ending_before_a_name_stays_translatable(body, expected):
    assert msgids(body, "de") == [expected]


def test_an_italian_story_publishes_the_place_after_a_preposition_translated(newsroom):
    po = extracted(newsroom, "it-meteo", "it", "Sulle Alpi sono previsti -8 °C alle 6 di domenica.", "en")
    assert [entry.msgid for entry in po] == ["it-meteo", "Sulle Alpi sono previsti -8 °C alle 6 di domenica."]
    feed = published(newsroom, "it-meteo", "en", po, {
        "Sulle Alpi sono previsti -8 °C alle 6 di domenica.": "On the Alps, -8 °C is expected at 6 a.m. on Sunday.",
    })
    assert "On the Alps, -8 °C is expected" in feed


def test_a_german_name_an_article_inflects_is_protected_and_published_in_its_base_form(newsroom):
    assert msgids("Analysten der Deutschen Bank bewerten die Aktie weiter mit „Kaufen“.", "de") == [
        "Analysten der {Deutsche_Bank} bewerten die Aktie weiter mit „Kaufen“."
    ]
    assert published_name("Deutschen Bank", "de", "en") == "Deutsche Bank"
    assert published_name("Deutschen Bank", "de", "de-AT") == "Deutschen Bank", "German inflects it as the source does"
    assert published_name("Deutschen Bank", "en", "fr") == "Deutschen Bank"
    po = extracted(newsroom, "de-wirtschaft", "de", "Analysten der Deutschen Bank bewerten die Aktie weiter mit „Kaufen“.", "en")
    assert [entry.msgid for entry in po][1:] == ["Analysten der {Deutsche_Bank} bewerten die Aktie weiter mit „Kaufen“."]
    glossary = polib.pofile(str(newsroom / "locales/en/LC_MESSAGES/names.po"))
    assert [entry.msgid for entry in glossary] == ["Deutsche Bank"]
    feed = published(newsroom, "de-wirtschaft", "en", po, {
        "Analysten der {Deutsche_Bank} bewerten die Aktie weiter mit „Kaufen“.": "Analysts at {Deutsche_Bank} still rate the share “buy”.",
    })
    assert "Analysts at Deutsche Bank still rate" in feed


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # Spanish abbreviations of plurals: a country and the armed forces, to translate.
    ("es", "Los precios subieron en EE. UU. el año pasado.", ["Los precios subieron en EE. UU. el año pasado."]),
    ("es", "Las FF. AA. desfilaron ante el rey Felipe VI.", ["Las FF. AA. desfilaron ante el rey {Felipe_VI}."]),
    # A French lawyer's title, as `M.` and `Dr.`, stays out of the name.
    ("fr", "Me Éric Dupond-Moretti plaide. M. Jean Martin et Dr. Paul Durand écoutent.",
     ["Me {Eric_Dupond_Moretti} plaide.", "M. {Jean_Martin} et Dr. {Paul_Durand} écoutent."]),
    ("fr", "Selon Mgr Jean Dupont, la messe aura lieu.", ["Selon Mgr {Jean_Dupont}, la messe aura lieu."]),
])
def test_an_abbreviation_or_title_of_the_language_is_no_name(lang, body, expected):
    assert msgids(body, lang) == expected


def test_a_spanish_story_publishes_the_country_it_abbreviates_translated(newsroom):
    sentence = "Los precios subieron en EE. UU. el año pasado."
    po = extracted(newsroom, "es-economia", "es", sentence, "en")
    assert [entry.msgid for entry in po][1:] == [sentence]
    feed = published(newsroom, "es-economia", "en", po, {sentence: "Prices rose in the US last year."})
    assert "Prices rose in the US last year." in feed
