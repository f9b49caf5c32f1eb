"""Counts the review reads as a desk writes them: `both` said by a plural article, a count of
things after the clock's preposition (alle 8 squadre), native Korean counts (세 명), and the
verdicts that stay: an evening hour said only in another sentence, and a tennis score that is no
date."""

from __future__ import annotations

import json

import polib
import pytest
from test_check import reviewed, unit
from conftest import newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import publish_errors


@pytest.mark.parametrize("source, locale, msgid, msgstr", [
    # Both of two the story has named, said by the plural article.
    ("de", "fr", "Beide Parteien stimmten zu.", "Les parties ont accepté."),
    ("de", "it", "Beide Parteien stimmten zu.", "Le parti hanno accettato."),
    ("de", "es", "Beide Parteien stimmten zu.", "Las partes aceptaron."),
    ("de", "en", "Beide Parteien stimmten zu.", "The parties agreed."),
    ("es", "en", "Ambas partes aceptaron.", "The parties agreed."),
    ("it", "en", "Entrambe le parti hanno accettato.", "The parties agreed."),
    ("fr", "en", "Les deux parties ont accepté.", "The parties agreed."),
    ("fr", "de", "Les deux parties ont accepté.", "Die Parteien stimmten zu."),
    ("en", "pt", "Both parties agreed.", "As partes aceitaram."),
    # ... and by the target's own word for both.
    ("de", "en", "Beide Parteien stimmten zu.", "Both parties agreed."),
    ("de", "fr", "Beide Parteien stimmten zu.", "Les deux parties ont accepté."),
    ("en", "es", "Both parties agreed.", "Ambas partes aceptaron."),
    ("en", "de", "Both parties agreed.", "Beide Parteien stimmten zu."),
    # `both … and` joins two things, and counts none.
    ("en", "fr", "Both Paris and Berlin agreed.", "Paris et Berlin ont accepté."),
])
def test_both_said_by_the_plural_article_or_the_targets_both_passes(source, locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("source, locale, msgid, msgstr, expected", [
    ("de", "fr", "Beide Parteien stimmten zu.", "Les trois parties ont accepté.", ("numbers", "error", "missing Beide; not in the source: trois")),
    ("en", "pt", "Both parties agreed.", "Três partes aceitaram.", ("numbers", "error", "missing Both; not in the source: Três")),
    ("en", "it", "Both teams scored.", "Tre squadre hanno segnato.", ("numbers", "error", "missing Both; not in the source: Tre")),
    # One party, or none said with a plural article, is no rendering of both.
    ("de", "fr", "Beide Parteien stimmten zu.", "Une partie a accepté.",
     ("count-dropped", "warning", "the source's Beide is in the translation neither in words nor in digits")),
])
def test_both_said_as_another_count_or_as_one_is_still_reported(source, locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale, source) == [expected]


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "La cerimonia: premi alle 8 squadre."),
    ("es", "La ceremonia: premios a las 8 selecciones."),
    ("pt", "A cerimônia: prêmios às 8 equipes."),
    ("de", "Die Zeremonie: Preise um 8 Teams."),
    ("fr", "La cérémonie : prix à 8 équipes."),
])
def test_a_count_of_things_after_the_clocks_preposition_is_no_hour(locale, msgstr):
    # The time is dropped, which is an error; but no advice to make the eight teams 20.
    errors = publish_errors(unit("The 8 p.m. ceremony: prizes go to the 8 teams."),
                            Message("The 8 p.m. ceremony: prizes go to the 8 teams.", msgstr), locale)
    assert errors and not any("24-hour clock" in error for error in errors), errors


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "I premi vanno alle otto squadre alle 20."),
    ("es", "Los premios van a las ocho selecciones a las 20 horas."),
    ("pt", "Os prêmios vão às oito equipes às 20 horas."),
    ("it", "I premi vanno alle 8 squadre alle 20."),
    ("es", "Los premios van a las 8 selecciones a las 20."),
])
def test_a_count_of_things_after_the_clocks_preposition_beside_the_hour_passes(locale, msgstr):
    assert reviewed("The prizes go to the eight teams at 8 p.m.", msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    ("es", "La reunión empieza a las 8."), ("it", "La riunione inizia alle 8."), ("pt", "A reunião começa às 8."),
    ("es", "La reunión empieza a las 8 en punto."), ("it", "La riunione inizia alle 8 in punto."),
])
def test_a_bare_evening_hour_is_still_an_error(locale, msgstr):
    assert publish_errors(unit("The meeting starts at 8 p.m."), Message("The meeting starts at 8 p.m.", msgstr), locale) == [
        "numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # The evening is in the unit, said by the source's other sentence and the translation's.
    ("es", "The vote is tonight. It starts at 8.", "La votación es esta noche. Empieza a las 8."),
    ("it", "The vote is tonight. It starts at 8.", "Il voto è stasera. Inizia alle 8."),
    # A unit of its own after the one that says tonight: `at 8` alone says no half of the day.
    ("es", "It starts at 8.", "Empieza a las 8."),
    ("de", "It starts at 8.", "Sie beginnt um 8."),
    ("pt", "It starts at 8.", "Começa às 8."),
    ("es", "It starts at eight.", "Empieza a las 8."),
])
def test_an_hour_whose_evening_the_source_unit_does_not_say_may_stay_bare(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # The source's unit says the evening after the hour without `in the`: the evening's hour.
    ("es", "It starts at 8 tonight.", "Empieza a las 20 horas."),
    ("es", "It starts at 8 tonight.", "Empieza esta noche a las 8."),
    ("de", "It starts at 8 this evening.", "Sie beginnt um 20 Uhr."),
    ("fr", "The vote is at 8 tonight.", "Le vote a lieu ce soir à 20 h."),
    ("it", "The vote is at 9 tomorrow evening.", "Il voto è domani alle 21."),
])
def test_an_hour_with_tonight_or_this_evening_is_the_evenings(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("es", "It starts at 8 tonight.", "Empieza a las 8.", "8 tonight written 8 is another hour on a 24-hour clock: write 20"),
    ("es", "It starts at 8 tonight.", "Empieza a las 21 horas.", "missing 8 tonight; not in the source: a las 21 horas"),
    ("de", "It starts at 7 tomorrow morning.", "Sie beginnt morgen um 19 Uhr.", "missing 7 tomorrow morning; not in the source: 19 Uhr"),
])
def test_another_hour_for_tonight_or_this_evening_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


def test_an_evening_hour_the_source_unit_says_is_an_error_whatever_the_sentence_before():
    msgid = "It starts at 8 p.m."
    assert publish_errors(unit(msgid), Message(msgid, "Empieza a las 8."), "es") == [
        "numbers: 8 p.m. written 8 is another hour on a 24-hour clock: write 20"
    ]


@pytest.mark.parametrize("msgid, msgstr", [
    ("Three people were hurt.", "세 명이 다쳤다."),
    ("3 people were hurt.", "세 명이 다쳤다."),
    ("Two dogs died.", "개 두 마리가 죽었다."),
    ("Twelve people were hurt.", "열두 명이 다쳤다."),
    ("Twenty people were hurt.", "스무 명이 다쳤다."),
    ("25 people were hurt.", "스물다섯 명이 다쳤다."),
    ("The boy is 3 years old.", "그 소년은 세 살이다."),
    ("Four companies were fined.", "네 개 회사가 벌금을 냈다."),
    # Not before a counter, the words say other things: 세 (an age, tax), 네 (yes), 열 (a fever).
    ("He said yes.", "그는 네라고 말했다."),
    ("He has a fever.", "그는 열이 난다."),
])
def test_a_native_korean_count_is_the_sources(msgid, msgstr):
    assert reviewed(msgid, msgstr, "ko") == []


@pytest.mark.parametrize("msgid, msgstr, expected", [
    ("Three people were hurt.", "네 명이 다쳤다.", "missing Three; not in the source: 네"),
    ("Twenty people were hurt.", "서른 명이 다쳤다.", "missing Twenty; not in the source: 서른"),
    ("Two dogs died.", "개 세 마리가 죽었다.", "missing Two; not in the source: 세"),
    ("3 people were hurt.", "네 명이 다쳤다.", "missing 3"),
    ("12 people were hurt.", "열세 명이 다쳤다.", "missing 12"),
])
def test_another_native_korean_count_is_an_error(msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "ko") == [f"numbers: {expected}"]


@pytest.mark.parametrize("msgstr", ["He won 6/4, 6/3.", "He won 6-4, 6-3."])
def test_a_score_kept_as_written_passes(msgstr):
    assert reviewed("He won 6/4, 6/3.", msgstr, "en-US", "en-GB") == []


@pytest.mark.parametrize("source, locale, msgstr", [
    ("en-GB", "en-US", "He won 4/6, 3/6."),
    ("en-GB", "en-US", "He won 4/6, 6/3."),
    ("en-US", "fr", "Il a gagné 4/6, 3/6."),
])
def test_a_score_turned_round_is_an_error_and_no_date(source, locale, msgstr):
    errors = publish_errors(unit("He won 6/4, 6/3."), Message("He won 6/4, 6/3.", msgstr), locale, source_locale=source)
    assert errors and all("other way round" in error and "date" not in error for error in errors), errors


def test_check_reads_both_and_a_bare_hour_in_real_po_files(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "vote", (
        "date 2026-11-27 Politics\nid vote\n\nParties agree on a vote\n\n"
        "Both parties agreed. The vote is tonight. It starts at 8.\n"
    ), ["es", "it"])
    translate_po(root, "es", "vote", {
        "Parties agree on a vote": "Los partidos acuerdan una votación",
        "Both parties agreed.": "Las partes aceptaron.",
        "The vote is tonight.": "La votación es esta noche.",
        "It starts at 8.": "Empieza a las 8.",
    })
    translate_po(root, "it", "vote", {
        "Parties agree on a vote": "I partiti concordano un voto",
        "Both parties agreed.": "Tre parti hanno accettato.",
        "The vote is tonight.": "Il voto è stasera.",
        "It starts at 8.": "Inizia alle 8.",
    })
    for path in root.glob("locales/*/LC_MESSAGES/vote.po"):
        assert all(entry.translated() for entry in polib.pofile(str(path))), path
    checked = invoke("check", "--format", "json", "vote")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [("it", "numbers", "missing Both; not in the source: Tre")]
    assert checked.exit_code == 1
