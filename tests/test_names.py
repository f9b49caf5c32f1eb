"""Proper names become placeholders; what languages translate stays translatable."""

from __future__ import annotations

from pathlib import Path

import pytest

from syndicate.model import InputError
from syndicate.names import NameRules, read_name_rules
from syndicate.placeholders import unit_text
from syndicate.units import article_units
from syndicate.wire import read_wire


def msgids(body: str, lang: str = "en", rules: NameRules = NameRules()) -> list[str]:
    article = read_wire("story.txt", f"date 2026-11-20 News\ntitle Headline\nlang {lang}\n\n{body}\n".encode())
    return [unit.msgid for unit in article_units(article, rules)][1:]


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Union leader Maria Costa spoke. Later, Costa told NOS she would go on.",
         ["Union leader {Maria_Costa} spoke.", "Later, {Costa} told {NOS} she would go on."]),
        ("en", "According to Commissioner Jan de Vries, talks go on.", ["According to Commissioner {Jan_de_Vries}, talks go on."]),
        ("en", "Russian President Vladimir Petrov met Dutch officials in Brussels on Monday.",
         ["Russian President {Vladimir_Petrov} met Dutch officials in Brussels on Monday."]),
        ("en", "The U.S. Senate and the EU agreed.", ["The U.S. Senate and the EU agreed."]),
        ("en", "Striker Anne M. Lowe scored. Sean O'Neill's goal came later.",
         ["Striker {Anne_M_Lowe} scored.", "{Sean_O_Neill}'s goal came later."]),
        ("en", "Germany and the United States signed it in Washington.", ["Germany and the United States signed it in Washington."]),
        ("en", "Deputy Finance Minister Grace Ivanova disagreed. Ivanova left.",
         ["Deputy Finance Minister {Grace_Ivanova} disagreed.", "{Ivanova} left."]),
        # A role word ending one sentence introduces no name in the next.
        ("en", "She heads the International Energy Agency. According to her, the airport is safe.",
         ["She heads the {International_Energy_Agency}.", "According to her, the airport is safe."]),
        ("en", "Talks were held with the agency. The airport reopened.",
         ["Talks were held with the agency.", "The airport reopened."]),
        ("en", "“There is no plan B. It is over,” she said.", ["“There is no plan B. It is over,” she said."]),
        ("en", "“We will not give up,” said Sen. Ana Kovač. Kovač left.",
         ["“We will not give up,” said Sen. {Ana_Kovac}.", "{Kovac} left."]),
        ("en", "Engineer Amira Silva said so. “Can New York afford it? There is no plan B. Science is clear.”",
         ["Engineer {Amira_Silva} said so.", "“Can {New_York} afford it? There is no plan B. Science is clear.”"]),
        ("en", "The European Commission said it had received no complaint.",
         ["The European Commission said it had received no complaint."]),
        # An organisation's last word is no surname for later mentions.
        ("en", "Polaris Pharma and Atlas Energy agree to merge. Energy prices fell.",
         ["{Polaris_Pharma} and {Atlas_Energy} agree to merge.", "Energy prices fell."]),
        ("en", "Details are at https://example.com/story?id=4 or press@example.com today.",
         ["Details are at {url} or {email} today."]),
        ("en", "The template uses {braces} literally.", ["The template uses {{braces}} literally."]),
        ("de", "Bundeskanzlerin Maria Schröder sprach am Montag. „Wir handeln“, sagte Schröder.",
         ["Bundeskanzlerin {Maria_Schroder} sprach am Montag.", "„Wir handeln“, sagte {Schroder}."]),
        ("de", "Die Deutsche Bahn kauft Züge. Der Vorstand stimmte zu.", ["Die {Deutsche_Bahn} kauft Züge.", "Der Vorstand stimmte zu."]),
        ("fr", "Le président Emmanuel Durand est arrivé à Paris, selon Le Monde. La SNCF a confirmé.",
         ["Le président {Emmanuel_Durand} est arrivé à Paris, selon {Le_Monde}.", "La {SNCF} a confirmé."]),
        ("es", "El presidente Pedro Salinas viajó a Madrid. Salinas dijo que volverá.",
         ["El presidente {Pedro_Salinas} viajó a Madrid.", "{Salinas} dijo que volverá."]),
    ],
)
def test_names_and_what_stays_translatable(lang, body, expected):
    assert msgids(body, lang) == expected


def test_names_file_adds_excludes_and_adds_roles(tmp_path: Path):
    (tmp_path / "names.txt").write_text(
        "# the desk's list\nEuromax\n!Harbour Board\nrole: dockmaster\n", encoding="utf-8"
    )
    rules = read_name_rules(tmp_path)
    assert msgids("Workers at Euromax met the Harbour Board and dockmaster Piet Kuiper.", rules=rules) == [
        "Workers at {Euromax} met the Harbour Board and dockmaster {Piet_Kuiper}."
    ]


def test_names_file_with_braces_is_refused(tmp_path: Path):
    (tmp_path / "names.txt").write_text("Good Name\n{Bad}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_name_rules(tmp_path)
    assert caught.value.line == 2


def test_placeholders_render_back_to_the_source():
    article = read_wire("wire/port-strike.txt")
    for unit, block in ((unit, article.blocks[unit.block]) for unit in article_units(article)):
        assert unit_text(unit) in block.text
        for placeholder in unit.placeholders:
            assert placeholder.name.isidentifier()


def test_demo_newsroom_never_splits_inside_a_quotation_or_a_name():
    from conftest import WIRE
    from syndicate.quotes import find_quotations

    for path in sorted(WIRE.glob("*.txt")):
        article = read_wire(str(path))
        units = article_units(article)
        for index, block in enumerate(article.blocks):
            texts = [unit_text(unit) for unit in units if unit.block == index]
            for quote in (quote for quote in find_quotations(block.text) if quote.depth == 0):
                assert any(block.text[quote.start : quote.end] in text for text in texts), (path.name, quote)
            for unit in (unit for unit in units if unit.block == index):
                for placeholder in unit.placeholders:
                    assert placeholder.text in unit_text(unit)
            names = {placeholder.text for unit in units for placeholder in unit.placeholders}
            for name in names:
                if name in block.text:
                    assert any(name in text for text in texts), (path.name, name)
