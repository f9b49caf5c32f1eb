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


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("it", "The vote is due at 2:30 p.m. London time.", "Il voto è previsto alle 15.30 ora italiana."),
    ("de", "Trading resumed at 1130 GMT.", "Der Handel wurde um 13.30 Uhr MESZ wieder aufgenommen."),
    # New York's summer time begins weeks before Europe's: Paris is 5 hours ahead then, 6 otherwise.
    ("fr", "Trading opens at 9:30 a.m. New York time.", "Le marché ouvre à 15 h 30, heure de Paris."),
    ("fr", "Trading opens at 9:30 a.m. New York time.", "Le marché ouvre à 14 h 30, heure de Paris."),
    ("es", "The summit opens at 10 a.m. in Brussels.", "La cumbre comienza a las 10.00 hora peninsular."),
    ("ja", "The market opens at 9:30 a.m. ET.", "市場は日本時間午後10時30分に開く。"),
    ("ru", "The talks begin at 1000 GMT.", "Переговоры начнутся в 13:00 по московскому времени."),
    # Given in another order: each with the hour the zones make of it, not the first of its minutes.
    ("de", "New York closes at 4 p.m. ET; Tokyo opens at 9 a.m. in Tokyo.", "Tokio öffnet um 1 Uhr MEZ, New York schließt um 22 Uhr MEZ."),
    # A time without a zone where the sentence names one for its times.
    ("de", "Polls open at 7 a.m. and close at 8 p.m. ET.", "Die Wahllokale öffnen um 13 Uhr MEZ und schließen um 2 Uhr MEZ."),
    # The zone named elsewhere in the sentence, or after the word the time took (hora).
    ("es", "The match kicks off at 8 p.m. GMT.", "El partido comienza a las 21:00 hora peninsular."),
    ("pt", "The launch is at 10:30 p.m. ET on Friday.", "O lançamento é às 23h30 de sexta-feira, hora de Brasília."),
    # The date's day is no bare hour for the converted time; a time of the other clock is none either.
    ("de", "The meeting is at 10 a.m. in Washington on March 10.", "Das Treffen ist am 10. März um 16.00 Uhr MEZ."),
    ("zh", "The launch is at 10:30 p.m. ET.", "发射时间为北京时间10:30。"),
    # CST is China's standard time too: not read.
    ("de", "The plane lands at 9 a.m. CST in Beijing.", "Das Flugzeug landet um 2 Uhr MEZ in Peking."),
    # A zone the words leave open, or one not known here: any hour the minutes allow.
    ("de", "The talks start at 10:30 a.m. local time.", "Die Gespräche beginnen um 16.30 Uhr MEZ."),
    ("de", "The talks start at 10:30 a.m. ET.", "Die Gespräche beginnen um 23.30 Uhr Ortszeit."),
])
def test_a_time_converted_by_the_zones_hours_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("it", "The vote is due at 2:30 p.m. London time.", "Il voto è previsto alle 16.30 ora italiana.",
     "alle 16.30 ora italiana is not 2:30 p.m. London time, which is 15:30 there"),
    ("de", "Trading resumed at 11:30 a.m. in London.", "Der Handel wurde um 14.30 Uhr MEZ wieder aufgenommen.",
     "14.30 Uhr MEZ is not 11:30 a.m. in London, which is 12:30 there"),
    # Converted the wrong way: New York is behind Paris.
    ("fr", "Trading opens at 9:30 a.m. New York time.", "Le marché ouvre à 3 h 30, heure de Paris.",
     "3 h 30, heure de Paris is not 9:30 a.m. New York time, which is 14:30 or 15:30 there"),
    ("ja", "The market opens at 9:30 a.m. ET.", "市場は日本時間午前11時30分に開く。",
     "日本時間午前11時30分 is not 9:30 a.m. ET, which is 22:30 or 23:30 there"),
    ("ru", "The talks begin at 1000 GMT.", "Переговоры начнутся в 14:00 по московскому времени.",
     "14:00 по московскому времени is not 1000 GMT, which is 13:00 there"),
    ("de", "Polls open at 7 a.m. and close at 8 p.m. ET.", "Die Wahllokale öffnen um 13 Uhr MEZ und schließen um 3 Uhr MEZ.",
     "3 Uhr MEZ is not 8 p.m. ET, which is 1:00 or 2:00 there"),
    # The same clock's hour in another zone: converted, it is another.
    ("de", "The vote is due at 2:30 p.m. London time.", "Die Abstimmung ist um 14.30 Uhr MEZ.",
     "14.30 Uhr MEZ is not 2:30 p.m. London time, which is 15:30 there"),
    ("pt", "The launch is at 10:30 p.m. ET on Friday.", "O lançamento é às 21h30 de sexta-feira, hora de Brasília.",
     "às 21h30 (hora de Brasília) is not 10:30 p.m. ET, which is 0:30 or 23:30 there"),
])
def test_a_time_converted_to_an_hour_the_zones_do_not_give_is_an_error(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", expected)]


@pytest.mark.parametrize("msgstr, expected", [
    ("Le lancement aura lieu samedi à 4 h 30 heure de Paris.", []),  # past midnight in Paris
    ("Le lancement aura lieu dimanche à 4 h 30 heure de Paris.", [("day-changed", "error", "the day: Friday in the source, dimanche in the translation")]),
])
def test_a_time_converted_past_midnight_may_fall_on_the_next_day_and_no_other(msgstr, expected):
    assert reviewed("The launch is at 10:30 p.m. ET on Friday.", msgstr, "fr") == expected


def test_a_day_moved_without_a_time_in_another_zone_is_an_error():
    assert reviewed("The launch is on Friday.", "Le lancement aura lieu samedi.", "fr") == [
        ("day-changed", "error", "the day: Friday in the source, samedi in the translation")]
