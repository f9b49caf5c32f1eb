"""German names before the nouns of the sentence: German capitalises every noun, so after a
verb a person's full name is followed by a capitalised word that is the sentence's, the object
the person gives, draws or gets, or the next person's name."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_names_romance_german import msgids

from syndicate.cli import main


@pytest.mark.parametrize(("body", "expected"), [
    # A common noun after a given name and a surname is the sentence's, not a second surname.
    ("Am Montag gab Lars Klingbeil Entwarnung.", "Am Montag gab {Lars_Klingbeil} Entwarnung."),
    ("Danach zog Robert Habeck Konsequenzen.", "Danach zog {Robert_Habeck} Konsequenzen."),
    ("In Thüringen holte Bodo Ramelow Stimmen.", "In Thüringen holte {Bodo_Ramelow} Stimmen."),
    ("Gestern erhielt Annalena Baerbock Unterstützung.", "Gestern erhielt {Annalena_Baerbock} Unterstützung."),
    # Two full names in a row are two people.
    ("Im Finale schlug Alexander Zverev Daniil Medwedew.", "Im Finale schlug {Alexander_Zverev} {Daniil_Medwedew}."),
    ("Am Abend traf Olaf Scholz Emmanuel Macron.", "Am Abend traf {Olaf_Scholz} {Emmanuel_Macron}."),
])
def test_a_full_name_after_a_verb_ends_before_the_noun_after_it(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # A company's legal form or English word goes on with the name.
    ("Im Jahr meldete Robert Bosch GmbH Gewinne.", "Im Jahr meldete {Robert_Bosch_GmbH} Gewinne."),
    ("Im Jahr meldete Robert Bosch Group Gewinne.", "Im Jahr meldete {Robert_Bosch_Group} Gewinne."),
    # A given name in the surname's place is one of the person's given names.
    ("Am Montag traf Johann Wolfgang Goethe.", "Am Montag traf {Johann_Wolfgang_Goethe}."),
])
def test_what_belongs_to_a_name_stays_with_it(body, expected):
    assert msgids(body, "de") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # A number written in one word opens the noun phrase after it, as `sieben` does.
    ("Der Angeklagte wurde zu viereinhalb Jahren Haft verurteilt.", "Der Angeklagte wurde zu viereinhalb Jahren Haft verurteilt."),
    ("Er wurde zu siebzehn Monaten Haft verurteilt.", "Er wurde zu siebzehn Monaten Haft verurteilt."),
    ("Nach zweiundzwanzig Tagen Streik lenkte Lars Klingbeil ein.", "Nach zweiundzwanzig Tagen Streik lenkte {Lars_Klingbeil} ein."),
])
def test_nouns_after_a_number_in_one_word_are_no_name(body, expected):
    assert msgids(body, "de") == [expected]


def test_segment_shows_the_name_without_the_noun(tmp_path):
    wire = tmp_path / "klingbeil.txt"
    wire.write_text("date 2026-03-06 News\ntitle Entwarnung\nlang de\n\nAm Montag gab Lars Klingbeil Entwarnung.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "segment", str(wire), "-l", "de"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "⟦Lars Klingbeil⟧ Entwarnung" in result.output
