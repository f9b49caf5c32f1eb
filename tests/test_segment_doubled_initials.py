"""Spanish plurals written by doubling initials (CC. OO., EE. UU., FF. AA.): the first half is
no end of a sentence, and the pair ends one only as an abbreviation does, before a sentence
starter."""

from __future__ import annotations

import polib
import pytest
from click.testing import CliRunner

from syndicate.cli import main
from syndicate.segment import split_sentences


@pytest.mark.parametrize("sentences", [
    ["El sindicato CC. OO. convocó una huelga general."],
    ["Los sindicatos CC. OO. y UGT convocaron una huelga."],
    ["Los RR. HH. de la empresa lo confirmaron."],
    ["SS. MM. los Reyes llegaron a Sevilla."],
    ["Llegaron SS. MM. los Reyes."],
    ["Los JJ. OO. de París empiezan el viernes."],
    ["Las FF. AA. desfilaron ante el rey."],
    ["Lo anunció CC. OO.", "El paro empieza el lunes."],
    ["La Sra. García viajó a EE. UU.", "El presidente la recibió el martes."],
])
def test_a_spanish_plural_of_doubled_initials_is_one_abbreviation(sentences):
    assert split_sentences(" ".join(sentences), "es") == sentences


def test_extract_offers_a_sentence_naming_cc_oo_as_one_message(tmp_path):
    root, source = tmp_path / "newsroom", tmp_path / "huelga.txt"
    root.mkdir()
    source.write_text(
        "date 2026-11-27 Economía\nlang es\nid huelga\n\nHuelga general\n\n"
        "CC. OO. convocó una huelga general para el jueves. Los RR. HH. de las empresas la esperan. "
        "El Gobierno guardó silencio.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--root", str(root), "extract", str(source), "-l", "en"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    msgids = [entry.msgid for entry in polib.pofile(str(root / "locales/en/LC_MESSAGES/huelga.po"))]
    assert msgids[-3:] == [
        "CC. OO. convocó una huelga general para el jueves.",
        "Los RR. HH. de las empresas la esperan.",
        "El Gobierno guardó silencio.",
    ]
