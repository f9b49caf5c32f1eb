"""A time in a time zone as wire copy writes it (`1130 GMT`), and converted into the zone a
newsroom's readers live in, which the translation names (`12.30 Uhr MEZ`, `heure de Paris`,
`日本時間`): the same moment, which the numbers check refused as another time."""

from __future__ import annotations

import pytest
from test_check import reviewed


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Trading resumed at 1130 GMT.", "Der Handel wurde um 11.30 Uhr GMT wieder aufgenommen."),
    ("de", "Trading resumed at 1130 GMT.", "Der Handel wurde um 12.30 Uhr MEZ wieder aufgenommen."),
    ("de", "Trading resumed at 11:30 a.m. in London.", "Der Handel wurde um 12.30 Uhr MEZ wieder aufgenommen."),
    ("fr", "The market opens at 9:30 a.m. ET.", "Le marché ouvre à 15 h 30, heure de Paris."),
    ("de", "The market opens at 9:30 a.m. ET.", "Der Markt öffnet um 15.30 Uhr deutscher Zeit."),
    ("ja", "The market opens at 9:30 a.m. ET.", "市場は日本時間午後11時30分に開く。"),
    # Four digits with no zone are a number.
    ("de", "The plant has 1130 workers.", "Das Werk hat 1130 Beschäftigte."),
])
def test_a_time_in_its_zone_or_converted_into_a_named_one_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", "Trading resumed at 1130 GMT.", "Der Handel wurde um 11.45 Uhr GMT wieder aufgenommen.", "missing 1130; not in the source: 11.45 Uhr"),
    # Converted, the minutes stay; and a conversion names the zone it converts into.
    ("de", "The market opens at 9:30 a.m. ET.", "Der Markt öffnet um 15.45 Uhr MEZ.", "missing 9:30 a.m.; not in the source: 15.45 Uhr"),
    ("de", "The market opens at 9:30 a.m. ET.", "Der Markt öffnet um 16.30 Uhr.", "missing 9:30 a.m.; not in the source: 16.30 Uhr"),
    ("de", "The market opens at 9:30 a.m.", "Der Markt öffnet um 15.30 Uhr MEZ.", "missing 9:30 a.m.; not in the source: 15.30 Uhr"),
])
def test_another_time_is_an_error(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", expected)]
