"""Names of German companies: where a company's name ends before the German noun after it, and
one placeholder for the forms a German sentence gives one name."""

from __future__ import annotations

import pytest
from test_names_romance_german import extracted, msgids, published

from syndicate.units import article_units
from syndicate.wire import read_wire


@pytest.mark.parametrize(("body", "expected"), [
    # The German noun after a company's English word or legal form is the sentence's.
    ("Er sagte, dass Siemens Energy Stellen abbaut.", "Er sagte, dass {Siemens_Energy} Stellen abbaut."),
    ("Am Montag meldete die Volkswagen AG Gewinne.", "Am Montag meldete die {Volkswagen_AG} Gewinne."),
    ("Die Siemens Energy AG meldete Gewinne.", "Die {Siemens_Energy_AG} meldete Gewinne."),
    ("Er sagte, dass Lufthansa Group Airlines Flüge streicht.", "Er sagte, dass {Lufthansa_Group_Airlines} Flüge streicht."),
    # What a company is to another stays translatable before its name with its legal form,
    # a company's own words do not (`Porsche Automobil Holding SE`).
    ("Das betrifft die Tochter Siemens Healthineers AG in Erlangen.", "Das betrifft die Tochter {Siemens_Healthineers_AG} in Erlangen."),
    ("Die Porsche Automobil Holding SE meldete Gewinne.", "Die {Porsche_Automobil_Holding_SE} meldete Gewinne."),
])
def test_a_german_companys_name_ends_before_the_nouns_of_the_sentence(body, expected):
    assert msgids(body, "de") == [expected]


STORY = "Die Deutsche Bank hat Gewinne gemeldet. Analysten der Deutschen Bank sind skeptisch."


def test_the_forms_of_one_german_name_share_one_placeholder_and_publish_each_its_own(newsroom):
    assert msgids(STORY, "de") == ["Die {Deutsche_Bank} hat Gewinne gemeldet.", "Analysten der {Deutsche_Bank} sind skeptisch."]
    # Two forms in one sentence are two placeholders, each put back as the sentence writes it.
    assert msgids("Die Deutsche Bank und die Tochter der Deutschen Bank wachsen. Die Deutschen Bank-Aktien?", "de")[0] == (
        "Die {Deutsche_Bank} und die Tochter der {Deutsche_Bank_2} wachsen."
    )
    # Each unit puts back its own form: the one German publishes, as the source writes it.
    article = read_wire("bank.txt", f"date 2026-03-06 News\ntitle Bank\nlang de\n\n{STORY}\n".encode())
    forms = [[(placeholder.name, placeholder.text) for placeholder in unit.placeholders] for unit in article_units(article)[1:]]
    assert forms == [[("Deutsche_Bank", "Deutsche Bank")], [("Deutsche_Bank", "Deutschen Bank")]]
    po = extracted(newsroom, "bank", "de", STORY, "en")
    entries = {entry.msgid: entry for entry in po}
    assert "{Deutsche_Bank} = name: Deutschen Bank" in entries["Analysten der {Deutsche_Bank} sind skeptisch."].comment
    feed = published(newsroom, "bank", "en", po, {
        "Die {Deutsche_Bank} hat Gewinne gemeldet.": "{Deutsche_Bank} reported a profit.",
        "Analysten der {Deutsche_Bank} sind skeptisch.": "Analysts at {Deutsche_Bank} are sceptical.",
    })
    assert "Deutsche Bank reported a profit. Analysts at Deutsche Bank are sceptical." in feed
