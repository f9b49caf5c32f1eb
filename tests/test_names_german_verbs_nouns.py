"""German names before the nouns of their clause: the capitalised word after a complete name is
the sentence's noun where German puts a noun there, after a verb or a conjunction opening a
clause, with no article of its own (`macht Volkswagen Verluste`, `dass Lars Klingbeil
Entwarnung gab`); and the company a person heads is a name of its own before the person's."""

from __future__ import annotations

import pytest
from test_names_romance_german import msgids


@pytest.mark.parametrize(("body", "expected"), [
    # A noun of news after a company, which ends no company's name.
    ("Im dritten Quartal macht Volkswagen Verluste.", "Im dritten Quartal macht Volkswagen Verluste."),
    ("Im Vorjahr schrieb Volkswagen Gewinne.", "Im Vorjahr schrieb Volkswagen Gewinne."),
    # A noun by its ending (a plural of -ung, -heit, -keit, -schaft, …) after a name a verb governs.
    ("Im Frühjahr plant Deutsche Bahn Verbesserungen.", "Im Frühjahr plant {Deutsche_Bahn} Verbesserungen."),
    ("Im Herbst kündigte Deutsche Bahn Preiserhöhungen an.", "Im Herbst kündigte {Deutsche_Bahn} Preiserhöhungen an."),
    ("Am Abend gab Volkswagen Entwarnung.", "Am Abend gab Volkswagen Entwarnung."),
    ("Er sagte, dass Volkswagen Preiserhöhungen plant.", "Er sagte, dass Volkswagen Preiserhöhungen plant."),
    # After a verb, a given name nobody lists, a surname and a noun with a noun's ending.
    ("Am Abend feierte Bertolt Brecht Premiere.", "Am Abend feierte {Bertolt_Brecht} Premiere."),
    ("Im Mai erlitt Wolodymyr Selenskyj Verluste.", "Im Mai erlitt {Wolodymyr_Selenskyj} Verluste."),
    # In a clause a conjunction opens, the verb comes last: the noun before it is the clause's.
    ("Er sagte, dass Lars Klingbeil Entwarnung gab.", "Er sagte, dass {Lars_Klingbeil} Entwarnung gab."),
    ("Sie weiß, weil Robert Habeck Konsequenzen zog, mehr.", "Sie weiß, weil {Robert_Habeck} Konsequenzen zog, mehr."),
    ("Er sagte, dass Olaf Scholz Emmanuel Macron traf.", "Er sagte, dass {Olaf_Scholz} {Emmanuel_Macron} traf."),
])
def test_the_noun_after_a_complete_name_is_the_sentences(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Das sagte der Chef von BMW Oliver Zipse.", "Das sagte der Chef von {BMW} {Oliver_Zipse}."),
    ("Das sagte der Chef von Siemens Roland Busch.", "Das sagte der Chef von {Siemens} {Roland_Busch}."),
    ("Das sagte der Chef von BMW, Oliver Zipse.", "Das sagte der Chef von {BMW}, {Oliver_Zipse}."),
])
def test_the_company_a_person_heads_and_the_person_are_two_names(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # Names of several words, whose last word is no noun of the sentence.
    ("Am Samstag gewann Bayer Leverkusen.", "Am Samstag gewann {Bayer_Leverkusen}."),
    ("Am Montag sprach Frank-Walter Steinmeier.", "Am Montag sprach {Frank_Walter_Steinmeier}."),
    ("Am Abend traf Sarah Jessica Parker ein.", "Am Abend traf {Sarah_Jessica_Parker} ein."),
    ("Die Deutsche Bank meldet Gewinne.", "Die {Deutsche_Bank} meldet Gewinne."),
    ("Er sagte, dass Siemens Energy Stellen abbaut.", "Er sagte, dass {Siemens_Energy} Stellen abbaut."),
    ("Der FC Bayern München gewann.", "Der {FC_Bayern_Munchen} gewann."),
    # A name's own noun with such an ending, after its article, stays in it.
    ("Die Deutsche Forschungsgemeinschaft fördert das Projekt.", "Die {Deutsche_Forschungsgemeinschaft} fördert das Projekt."),
    ("Die Ausstellung zeigt, wie Robert Bosch Stiftung und Staat helfen.",
     "Die Ausstellung zeigt, wie {Robert_Bosch_Stiftung} und Staat helfen."),
    # A club and its player after a role: the club's words are no given name.
    ("Der Trainer von Eintracht Frankfurt kam.", "Der Trainer von {Eintracht_Frankfurt} kam."),
])
def test_names_of_several_words_stay_whole(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # A public body `Deutsch-` describes is translated, as `Statistisches Bundesamt` is (the
    # German Weather Service, the German Trade Union Confederation, the German Ethics Council).
    ("Der Deutsche Wetterdienst warnt vor Sturm.", "Der Deutsche Wetterdienst warnt vor Sturm."),
    ("Eine Sprecherin des Deutschen Wetterdienstes sagte das.", "Eine Sprecherin des Deutschen Wetterdienstes sagte das."),
    ("Der Deutsche Gewerkschaftsbund und der Deutsche Ethikrat tagen.", "Der Deutsche Gewerkschaftsbund und der Deutsche Ethikrat tagen."),
    ("Das Deutsche Institut für Wirtschaftsforschung warnt.", "Das Deutsche Institut für Wirtschaftsforschung warnt."),
    # Companies named so keep their names.
    ("Die Deutsche Bahn und die Deutsche Telekom melden Gewinne.", "Die {Deutsche_Bahn} und die {Deutsche_Telekom} melden Gewinne."),
    ("Analysten der Deutschen Bank sind skeptisch.", "Analysten der {Deutsche_Bank} sind skeptisch."),
])
def test_a_public_body_german_describes_stays_translatable(body, expected):
    assert msgids(body, "de") == [expected]
