"""Times and dates the review reads as a desk writes them: an hour said after `for`, the end of
a range of office hours past twelve in Spanish words, the small hours after Japanese 深夜 and
Chinese 深夜, a slashed date read in the order of the source's and the target's locale, and a
range of distances, no hours, beside a time."""

from __future__ import annotations

import json

import polib
import pytest
from test_check import reviewed, unit
from conftest import newsroom_with_story

from syndicate.catalog import Message
from syndicate.check import publish_errors


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # An hour with the part of the day after `for`, as after `at`.
    ("fr", "Dinner is booked for eight in the evening.", "Le dîner est réservé pour vingt heures."),
    ("fr", "Dinner is booked for eight in the evening.", "Le dîner est réservé pour 20 h."),
    ("de", "Dinner is booked for eight in the evening.", "Das Abendessen ist für 20 Uhr gebucht."),
    ("es", "Dinner is booked for eight in the evening.", "La cena está reservada para las 20 horas."),
    # ... but a count before the part of the day is still a count: a table for two.
    ("fr", "She booked a table for two in the evening.", "Elle a réservé une table pour deux le soir."),
    # Office hours without the clock's word in the source, in words in the translation.
    ("es", "The office is open from 9 to 5.", "La oficina abre de nueve a cinco."),
    ("es", "The office is open from 9 to 5.", "La oficina abre de nueve a cinco horas."),
    ("es", "The office is open from 9 to 5.", "La oficina abre de nueve a diecisiete horas."),
    ("es", "The office is open from nine to five.", "La oficina abre de 9 a diecisiete horas."),
])
def test_an_hour_after_for_and_office_hours_in_words_are_the_sources_time(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("fr", "Dinner is booked for eight in the evening.", "Le dîner est réservé pour 21 h.",
     "missing eight in the evening; not in the source: 21 h"),
    ("fr", "Dinner is booked for eight in the evening.", "Le dîner est réservé pour vingt et une heures.",
     "missing eight in the evening; not in the source: vingt et une heures"),
    ("es", "The office is open from 9 to 5.", "La oficina abre de nueve a seis.", "missing 5"),
    ("de", "The office is open from 9 to 5.", "Das Büro ist von neun bis sechs geöffnet.", "missing 5"),
    ("es", "The office is open from 9 to 5.", "La oficina abre de nueve a dieciocho horas.",
     "missing 5; not in the source: dieciocho horas"),
])
def test_another_hour_after_for_or_at_the_end_of_office_hours_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜1時に再開した。"),
    ("ja", "Talks resumed at 2:30 a.m.", "協議は深夜2時半に再開した。"),
    ("ja", "Talks resumed at 11 p.m.", "協議は深夜11時に再開した。"),
    # In kanji, and with の between the part of the day and its hour.
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜一時に再開した。"),
    ("ja", "Talks resumed at 2:30 a.m.", "協議は深夜二時半に再開した。"),
    ("ja", "Talks resumed at midnight.", "協議は深夜〇時に再開した。"),
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜の1時に再開した。"),
    ("ja", "He gets up at 7 a.m.", "彼は朝の7時に起きる。"),
    ("ja", "He gets up at 7 a.m.", "彼は朝七時に起きる。"),
    # Chinese 深夜 before 点.
    ("zh-Hans", "Talks resumed at 1 a.m.", "会谈于深夜1点恢复。"),
    ("zh-Hans", "Talks resumed at 11 p.m.", "会谈于深夜十一点恢复。"),
    # 一時 alone is `for a while`, no time.
    ("ja", "They worked for a while.", "彼らは一時働いた。"),
])
def test_a_japanese_or_chinese_hour_of_the_night_is_the_sources_time(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜3時に再開した。", "missing 1 a.m.; not in the source: 深夜3時"),
    ("ja", "Talks resumed at 2:30 a.m.", "協議は深夜2時に再開した。", "missing 2:30 a.m.; not in the source: 深夜2時"),
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜二時に再開した。", "missing 1 a.m.; not in the source: 深夜2時"),
    ("ja", "Talks resumed at 2:30 p.m.", "協議は深夜二時半に再開した。", "missing 2:30 p.m.; not in the source: 深夜2時30分"),
    ("ja", "Talks resumed at 1 a.m.", "協議は深夜の2時に再開した。", "missing 1 a.m.; not in the source: 深夜の2時"),
    ("ja", "He gets up at 7 p.m.", "彼は朝七時に起きる。", "missing 7 p.m.; not in the source: 朝7時"),
    ("zh-Hans", "Talks resumed at 1 p.m.", "会谈于深夜1点恢复。", "missing 1 p.m.; not in the source: 深夜1点"),
])
def test_another_hour_of_the_night_in_japanese_or_chinese_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    # The day and month swapped between locales that write them in another order.
    ("en-GB", "The vote is on 05/11/2026.", "en-US", "The vote is on 11/05/2026."),
    ("en-GB", "The vote, set for 05/11/2026, was moved.", "en-US", "The vote, set for 11/05/2026, was moved."),
    ("en-US", "The vote, set for 11/05/2026, was moved.", "en-GB", "The vote, set for 05/11/2026, was moved."),
    ("en-US", "The vote, set for 05/11/2026, was moved.", "fr", "Le vote, prévu le 11/05/2026, a été reporté."),
    ("en-US", "The vote, set for 05/11/2026, was moved.", "de", "Die Wahl, angesetzt für den 11.05.2026, wurde verschoben."),
    ("en-GB", "The vote, due 05/11, was moved.", "en-US", "The vote, due 11/05, was moved."),
    # A day past the 12th says which is which in either order.
    ("en-GB", "The vote is on 25/11/2026.", "en-US", "The vote is on 11/25/2026."),
    ("en-GB", "The vote is on 25/11/2026.", "en-US", "The vote is on 25/11/2026."),
    # English without a region may write either: both read.
    ("en", "The vote is on 05/11/2026.", "en-US", "The vote is on 05/11/2026."),
    ("en", "The vote is on 05/11/2026.", "de", "Die Wahl ist am 11.05.2026."),
    # A score without a word that says it is a date stays a score.
    ("en-GB", "He won 6/4, 6/3.", "en-US", "He won 6/4, 6/3."),
    # A fraction of something is no date, whatever word comes before it.
    ("en-GB", "Since 3/4 of members voted yes, it passed.", "en-US", "Since 3/4 of members voted yes, it passed."),
    ("en-GB", "It was cut until 3/4 of them left.", "en-US", "It was cut until 3/4 of them left."),
    ("en-GB", "Open until 9/10 of capacity.", "en-US", "Open until 9/10 of capacity."),
    ("en-US", "Support held until 2/3 of members left.", "en-GB", "Support held until 2/3 of members left."),
    ("en-US", "Support held until 2/3 of members left.", "fr", "Le soutien a tenu jusqu'à ce que 2/3 des membres partent."),
])
def test_a_slashed_date_is_read_in_the_order_its_locale_writes_dates(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("source, msgid, locale, msgstr, expected", [
    ("en-GB", "The vote is on 05/11/2026.", "en-US", "The vote is on 05/11/2026.",
     "the date 05/11/2026 is not the source's 05/11/2026 (en-US writes the month first)"),
    ("en-GB", "The vote, set for 05/11/2026, was moved.", "en-US", "The vote, set for 05/11/2026, was moved.",
     "the date 05/11/2026 is not the source's 05/11/2026 (en-US writes the month first)"),
    ("en-US", "The vote, set for 05/11/2026, was moved.", "fr", "Le vote, prévu le 05/11/2026, a été reporté.",
     "the date 05/11/2026 is not the source's 05/11/2026 (fr writes the day first)"),
    ("en-GB", "The vote is on 05/11/2026.", "de", "Die Wahl ist am 11.05.2026.", "the date 11.05.2026 is not the source's 05/11/2026"),
    ("en-GB", "The vote is on 05/11.", "en-US", "The vote is on 05/11.",
     "the date 05/11 is not the source's 05/11 (en-US writes the month first)"),
    ("en-GB", "The vote, due 05/11, was moved.", "en-US", "The vote, due 05/11, was moved.",
     "the date 05/11 is not the source's 05/11 (en-US writes the month first)"),
    # Without a date word the digits reversed may be a score: the message says which is which.
    ("en-GB", "He won 6/4 in the final set.", "en-US", "He won 4/6 in the final set.",
     "4/6 is the source's 6/4 as a date (en-US writes the month first), but reversed as a score or a fraction: "
     "keep a score or a fraction as the source writes it (6/4), or say a date is one (on 4/6) or name its month"),
])
def test_a_slashed_date_left_in_the_sources_order_is_another_day(source, msgid, locale, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) == [f"numbers: {expected}"]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Its stages run 9 to 17 km.", "Die Etappen sind von 9 bis 17 km lang."),
    ("es", "Its stages run 9 to 17 km.", "Las etapas miden de 9 a 17 km."),
    # Beside a time, the range's numbers are no hours to pair with it.
    ("es", "Its stages run 9 to 17 km; the race starts at 5 p.m.", "Las etapas miden de 9 a 17 km; la carrera empieza a las 5 de la tarde."),
    ("es", "Tickets cost 9 to 17 euros; doors open at 5 p.m.", "Las entradas cuestan de 9 a 17 euros; las puertas abren a las 5 de la tarde."),
    ("de", "Its stages run 9 to 17 km; the race starts at 9:00.", "Die Etappen sind von 9 bis 17 km lang; Start ist um 9:00."),
    ("de", "Stages were cut from 9 to 5 kilometres; start at 9:00.", "Die Etappen wurden von 9 auf 5 Kilometer gekürzt; Start um 9:00."),
    # Office hours before the days they are kept on are still hours.
    ("es", "The shop is open from 9 to 5 on weekdays.", "La tienda abre de 9 a 17 lunes a viernes."),
    ("es", "The shop is open from 9 to 5 every day.", "La tienda abre de 9 a 17 todos los días."),
])
def test_a_range_of_a_measure_or_an_amount_is_no_range_of_hours(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


def test_another_end_of_office_hours_before_the_days_is_still_an_error():
    msgid = "The shop is open from 9 to 5 on weekdays."
    assert publish_errors(unit(msgid), Message(msgid, "La tienda abre de 9 a 18 lunes a viernes."), "es") == [
        "numbers: missing 5; not in the source: 18"
    ]


def test_check_reads_hours_after_for_the_night_in_japanese_office_hours_dates_and_distances_in_real_pos(tmp_path):
    """End to end: `syndicate check` on an American article whose French, Spanish and Japanese
    translations say its times, dates and distances as their desks write them; only the wrong
    ones are reported."""
    root, invoke = newsroom_with_story(tmp_path, "gala", (
        "date 2026-11-27 Home page world\nlang en-US\n\nGala night\n\n"
        "Dinner is booked for eight in the evening. Talks resumed at 1 a.m. "
        "The office is open from 9 to 5. The vote, set for 05/11/2026, was moved. "
        "Its stages run 9 to 17 km; the race starts at 5 p.m.\n"
    ), ["fr", "es", "ja"])
    renderings = {
        "fr": {
            "Gala night": "Soirée de gala",
            "Dinner is booked for eight in the evening.": "Le dîner est réservé pour vingt heures.",
            "Talks resumed at 1 a.m.": "Les pourparlers ont repris à 1 h.",
            "The office is open from 9 to 5.": "Le bureau est ouvert de 9 h à 17 h.",
            "The vote, set for 05/11/2026, was moved.": "Le vote, prévu le 11/05/2026, a été reporté.",
            "Its stages run 9 to 17 km; the race starts at 5 p.m.": "Les étapes font de 9 à 17 km ; la course part à 17 h.",
        },
        "es": {
            "Gala night": "Noche de gala",
            "Dinner is booked for eight in the evening.": "La cena está reservada para las 20 horas.",
            "Talks resumed at 1 a.m.": "Las negociaciones se reanudaron a la 1 de la madrugada.",
            "The office is open from 9 to 5.": "La oficina abre de nueve a diecisiete horas.",
            # The source's digits in its order: 5 November to a Spanish reader, not May 11.
            "The vote, set for 05/11/2026, was moved.": "La votación, prevista para el 05/11/2026, se aplazó.",
            "Its stages run 9 to 17 km; the race starts at 5 p.m.":
                "Las etapas miden de 9 a 17 km; la carrera empieza a las 5 de la tarde.",
        },
        "ja": {
            "Gala night": "ガラの夜",
            "Dinner is booked for eight in the evening.": "夕食は夜8時に予約されている。",
            "Talks resumed at 1 a.m.": "協議は深夜二時に再開した。",
            "The office is open from 9 to 5.": "事務所は9時から17時まで開いている。",
            "The vote, set for 05/11/2026, was moved.": "2026年5月11日に予定されていた投票は延期された。",
            "Its stages run 9 to 17 km; the race starts at 5 p.m.": "各ステージは9～17kmで、レースは午後5時にスタートする。",
        },
    }
    for locale, rendered in renderings.items():
        path = root / f"locales/{locale}/LC_MESSAGES/gala.po"
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = rendered[entry.msgid]
        po.save()
    checked = invoke("check", "--format", "json")
    findings = sorted((finding["locale"], finding["check"], finding["message"]) for finding in json.loads(checked.output))
    assert findings == [
        ("es", "numbers", "the date 05/11/2026 is not the source's 05/11/2026 (es writes the day first)"),
        ("ja", "numbers", "missing 1 a.m.; not in the source: 深夜2時"),
    ]
    assert checked.exit_code == 1
