"""Names in Italian, Spanish, French and Portuguese copy: a monarch's or a pope's title before
the name it goes with, and the well-known clubs and newspapers that copy names by a word or two
of their own, also in copy of other languages."""

from __future__ import annotations

import pytest

from test_names_romance_german import msgids


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # A title after a definite article, or before a common given name, is a word to translate.
    ("it", "Papa Francesco ha detto che la pace è possibile.", "Papa {Francesco} ha detto che la pace è possibile."),
    ("it", "Il Papa Francesco ha parlato.", "Il Papa {Francesco} ha parlato."),
    ("it", "Re Carlo ha parlato.", "Re {Carlo} ha parlato."),
    ("es", "El Papa León habló ayer.", "El Papa {Leon} habló ayer."),
    ("es", "El Rey Juan Carlos abdicó en 2014.", "El Rey {Juan_Carlos} abdicó en 2014."),
    ("es", "Ayer habló el Papa León en Roma.", "Ayer habló el Papa {Leon} en Roma."),
    ("es", "La visita del Papa Francisco terminó.", "La visita del Papa {Francisco} terminó."),
    ("fr", "Le Pape François a parlé.", "Le Pape {Francois} a parlé."),
    ("pt", "O Papa Francisco falou.", "O Papa {Francisco} falou."),
    # As they were: such a word opening a person's name, a particle before it, the title alone.
    ("fr", "Papa Bouba Diop a marqué.", "{Papa_Bouba_Diop} a marqué."),
    ("es", "Según Lana Del Rey, nada.", "Según {Lana_Del_Rey}, nada."),
    ("it", "Il Papa ha parlato.", "Il Papa ha parlato."),
])
def test_a_title_before_a_name_is_translated(lang, body, expected):
    assert msgids(body, lang) == [expected]


def test_a_name_met_alone_is_not_widened_by_a_title_before_it():
    assert msgids("Francesco ha detto di sì. Poi Papa Francesco ha parlato.", "it") == [
        "{Francesco} ha detto di sì.", "Poi Papa {Francesco} ha parlato.",
    ]
