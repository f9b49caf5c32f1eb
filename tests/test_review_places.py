"""A place of the source that the translation names as another (`talks in Vienna` → `Gespräche
in Prag`, `France and Germany` → `Francia e Italia`): every name and number is right, and the
story happens somewhere else. Places are read by the names CLDR gives them in each language
(the cities of time zones, countries and territories)."""

from __future__ import annotations

import pytest
from babel import Locale
from test_check import reviewed

from syndicate.places import places_in

VIENNA = "The talks will be held in Vienna next week."


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", VIENNA, "Die Gespräche finden nächste Woche in Prag statt.", "Vienna in the source, Prag in the translation"),
    ("fr", "A Prague court acquitted the former minister.", "Un tribunal de Vienne a acquitté l'ancien ministre.",
     "Prague in the source, Vienne in the translation"),
    ("es", "France and Germany signed the deal.", "Francia e Italia firmaron el acuerdo.", "Germany in the source, Italia in the translation"),
    ("it", "Protests spread from New York to Chicago.", "Le proteste si sono estese da New York a Los Angeles.",
     "Chicago in the source, Los Angeles in the translation"),
])
def test_a_place_named_as_another_is_a_warning(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [("place-changed", "warning", f"{expected}: check the place")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", VIENNA, "Die Gespräche finden nächste Woche in Wien statt."),
    ("fr", "A Prague court acquitted the former minister.", "Un tribunal de Prague a acquitté l'ancien ministre."),
    ("de", "The U.S. and China agreed.", "Die USA und China einigten sich."),
    ("de", "New Jersey voters went to the polls.", "Die Wähler in New Jersey gingen zur Wahl."),
    # A place the translation writes in a case CLDR has no name for is not read: nothing to compare.
    ("cs", VIENNA, "Jednání se uskuteční příští týden ve Vídni."),
    # The source's place said another way (the capital), and one the translation adds: no place of
    # the source is missing by the names read.
    ("de", "The Austrian capital will host the talks.", "Wien richtet die Gespräche aus."),
    # A place the source names in a word CLDR does not know as one (an adjective).
    ("de", "Shares of the Chile-based miner fell.", "Die Aktien des chilenischen Bergbaukonzerns fielen."),
    # A place the time is told by, not where the story happens.
    ("fr", "Trading opens at 9:30 a.m. New York time.", "Le marché ouvre à 15 h 30, heure de Paris."),
    # A script without capitals, whose places' names are also words (مالي, financial; הודו, they
    # admitted): not read.
    ("ar", VIENNA, "ستعقد المحادثات الأسبوع المقبل في باريس."),
    ("he", "Police in Paris said the suspects admitted the theft.", "המשטרה בפריז מסרה כי החשודים הודו בגניבה."),
    # A possessive and an elided article, a city for its country, a name a capitalised word follows.
    ("fr", "Turkey's president left Italy on Monday.", "Le président de la Turquie a quitté l'Italie lundi."),
    ("de", "Moscow rejected the plan.", "Russland wies den Plan zurück."),
    ("de", "Chad Smith spoke in Paris.", "Chad Smith sprach in Paris (Frankreich)."),
    # Chinese, Japanese and Korean part no words: not read.
    ("ja", VIENNA, "会談は来週プラハで行われる。"),
])
def test_the_same_place_or_none_read_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


def test_the_longest_name_of_words_in_a_row_is_read_and_a_word_in_lower_case_is_none():
    assert places_in("Talks in New York and Hong Kong, then Port-au-Prince.", Locale("en")) == {
        "America/New_York": "New York", "Asia/Hong_Kong": "Hong Kong", "America/Port-au-Prince": "Port-au-Prince",
    }
    assert places_in("She added chile to the dish in York.", Locale("en")) == {}  # the word, and York is no zone's city
