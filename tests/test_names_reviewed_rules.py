"""Name rules against the words they were not written for: a surname ending in -s after a noun
is cut to a genitive's stem only where the article shows the stem (`Die Rede Boris Pistorius`),
a capitalised word before 01–09 is a club only where it is one (`In Folge 05`), `Arsenal` is the
club only where it names it (`Das Arsenal der Bundeswehr`), and an Italian role written as an
acronym after an elided article is no part of the name after it (`L'AD di Fiat John Elkann`)."""

from __future__ import annotations

import pytest
from test_names_romance_german import msgids


@pytest.mark.parametrize(("body", "expected"), [
    ("Die Rede Boris Pistorius sorgte für Unruhe.", "Die Rede {Boris_Pistorius} sorgte für Unruhe."),
    ("Die Musik Johannes Brahms begeistert.", "Die Musik {Johannes_Brahms} begeistert."),
    ("Die Musik Johannes Brahms' begeistert.", "Die Musik {Johannes_Brahms}' begeistert."),
    ("Der Tod Charles Dickens bewegte London.", "Der Tod {Charles_Dickens} bewegte London."),
])
def test_a_surname_ending_in_s_after_a_noun_is_kept_whole(body, expected):
    assert msgids(body, "de") == [expected]


def test_a_surname_in_the_genitive_is_cut_where_the_article_names_its_stem():
    body = (
        "Boris Pistorius sprach am Morgen.\n\n"
        "Die Rede Boris Pistorius sorgte für Unruhe. Die Rede Olaf Scholz' auch."
    )
    assert msgids(body, "de") == [
        "{Boris_Pistorius} sprach am Morgen.",
        "Die Rede {Boris_Pistorius} sorgte für Unruhe.",
        "Die Rede {Olaf_Scholz}' auch.",
    ]
    body = "Die Politik Andrzej Dudas war umstritten. Andrzej Duda schwieg."
    assert msgids(body, "de") == ["Die Politik {Andrzej_Duda}s war umstritten.", "{Andrzej_Duda} schwieg."]


@pytest.mark.parametrize(("body", "expected"), [
    ("In Folge 05 geht es um Geld.", "In Folge 05 geht es um Geld."),
    ("Der Zug fährt von Gleis 04 ab.", "Der Zug fährt von Gleis 04 ab."),
    ("Laut Kapitel 03 ist das verboten.", "Laut Kapitel 03 ist das verboten."),
    ("Am Samstag gewann Schalke 04 gegen Köln.", "Am Samstag gewann {Schalke_04} gegen Köln."),
    ("Am Samstag gewann Mainz 05 gegen Köln.", "Am Samstag gewann {Mainz_05} gegen Köln."),
    ("Am Samstag gewann Bayer 04 Leverkusen.", "Am Samstag gewann {Bayer_04_Leverkusen}."),
])
def test_a_word_before_a_year_is_a_club_only_where_it_names_one(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("de", "Das Arsenal der Bundeswehr ist fast leer.", "Das Arsenal der Bundeswehr ist fast leer."),
    ("de", "Im Arsenal lagern Waffen.", "Im Arsenal lagern Waffen."),
    ("es", "El Arsenal ganó al Chelsea.", "El {Arsenal} ganó al {Chelsea}."),
    ("it", "L'Arsenal ha vinto.", "L'{Arsenal} ha vinto."),
    ("en", "Arsenal beat Chelsea.", "{Arsenal} beat {Chelsea}."),
])
def test_arsenal_is_a_club_only_where_it_names_the_club(lang, body, expected):
    assert msgids(body, lang) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("L'AD di Fiat John Elkann ha detto.", "L'AD di Fiat {John_Elkann} ha detto."),
    ("L'Ad di Stellantis Antonio Filosa ha detto.", "L'Ad di Stellantis {Antonio_Filosa} ha detto."),
])
def test_an_italian_role_written_as_an_acronym_is_no_part_of_the_name(body, expected):
    assert msgids(body, "it") == [expected]
