"""The review reads more of what a desk writes: halving and doubling in every form the direction
lists read (halve, halbieren, Halbierung, réduire de moitié, reducir a la mitad, dimezzare), and
Korean counts in Sino-Korean hangul against a count the source gives in words, and a Japanese
range of a measure beside a time."""

from __future__ import annotations

import json

import pytest
from test_check import reviewed, unit
from conftest import newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import publish_errors
from syndicate.direction import reversed_direction
from syndicate.ids import parse_locale


def reversed_(msgid: str, msgstr: str, source: str, target: str) -> list[str]:
    return [issue.message for issue in reversed_direction(msgid, msgstr, parse_locale(source), parse_locale(target))]


@pytest.mark.parametrize("source, target, msgid, msgstr, said, translated", [
    ("en", "de", "The company will halve its dividend to 50 cents.", "Das Unternehmen wird seine Dividende auf 50 Cent verdoppeln.",
     "halve", "verdoppeln"),
    ("en", "de", "Profit halves to €2 million.", "Der Gewinn verdoppelt sich auf 2 Mio. Euro.", "halves", "verdoppelt"),
    ("en", "it", "Profit is expected to halve to €2 million.", "Si prevede che l’utile raddoppierà a 2 milioni di euro.",
     "halve", "raddoppierà"),
    ("en", "es", "Profit doubles to €2 million.", "El beneficio se reduce a la mitad, hasta 2 millones de euros.",
     "doubles", "reduce a la mitad"),
    ("de", "en", "Der Gewinn soll sich auf 2 Mio. Euro halbieren.", "Profit is to double to €2 million.", "halbieren", "double"),
    ("de", "en", "Die Halbierung des Gewinns auf 2 Mio. Euro überraschte.", "The doubling of profit to €2 million came as a surprise.",
     "Halbierung", "doubling"),
    ("en", "de", "Profit halved to €2 million.", "Die Verdopplung des Gewinns auf 2 Mio. Euro überraschte.", "halved", "Verdopplung"),
    ("en", "fr", "Profit doubled to €2 million.", "Le bénéfice a été réduit de moitié, à 2 millions d’euros.",
     "doubled", "réduit de moitié"),
    ("en", "fr", "Sales doubled to €4 million.", "Les ventes ont été divisées par deux, à 4 millions d’euros.",
     "doubled", "divisées par deux"),
    ("en", "es", "Profit doubled to €2 million.", "La empresa redujo a la mitad su beneficio, a 2 millones de euros.",
     "doubled", "redujo a la mitad"),
    ("en", "it", "Profit doubled to €2 million.", "L’azienda vuole dimezzare l’utile a 2 milioni di euro.", "doubled", "dimezzare"),
    ("it", "en", "Il dimezzamento dell’utile a 2 milioni di euro.", "The doubling of profit to €2 million.",
     "dimezzamento", "doubling"),
    ("en", "nl", "Profit doubled to €2 million.", "De winst halveert tot 2 miljoen euro.", "doubled", "halveert"),
])
def test_a_halving_said_as_a_doubling_or_the_other_way_round_is_an_error_and_a_change_of_direction(
    source, target, msgid, msgstr, said, translated
):
    [error] = publish_errors(unit(msgid), Message(msgid, msgstr), parse_locale(target).language, source_locale=source)
    assert error.startswith("numbers: missing ") and error.endswith(translated.split()[-1]), error
    [message] = reversed_(msgid, msgstr, source, target)
    assert f"(“{said}”)" in message and f"(“{translated}”)" in message


@pytest.mark.parametrize("source, target, msgid, msgstr", [
    ("en", "de", "The company will halve its dividend to 50 cents.", "Das Unternehmen wird seine Dividende auf 50 Cent halbieren."),
    ("en", "de", "Profit halves to €2 million.", "Der Gewinn halbiert sich auf 2 Mio. Euro."),
    ("de", "en", "Die Halbierung des Gewinns auf 2 Mio. Euro überraschte.", "The halving of profit to €2 million came as a surprise."),
    ("en", "fr", "Profit halved to €2 million.", "Le bénéfice a été réduit de moitié, à 2 millions d’euros."),
    ("en", "es", "Profit halved to €2 million.", "La empresa redujo a la mitad su beneficio, a 2 millones de euros."),
    ("en", "it", "Profit is expected to halve to €2 million.", "Si prevede che l’utile si dimezzi a 2 milioni di euro."),
    ("en", "it", "The company wants to halve profit to €2 million.", "L’azienda vuole dimezzare l’utile a 2 milioni di euro."),
    ("en", "es", "Profit doubles to €2 million.", "El beneficio se duplica hasta 2 millones de euros."),
    # halves of a year or a match, and double digits, are no change
    ("en", "de", "Sales rose 3% in both halves.", "Der Umsatz stieg in beiden Halbjahren um 3 %."),
    ("fr", "en", "Les ventes ont progressé de 3 %.", "Sales were 3% higher over the two halves."),
    ("de", "en", "Die Inflation sank auf 12 %.", "Inflation fell to 12%, still in double digits."),
])
def test_a_halving_or_doubling_said_as_the_source_says_it_passes(source, target, msgid, msgstr):
    assert reversed_(msgid, msgstr, source, target) == []
    assert publish_errors(unit(msgid), Message(msgid, msgstr), target, source_locale=source) == []


def test_check_reports_a_halving_translated_as_a_doubling_in_a_real_po(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "dividend", (
        "date 2026-11-27 Economy\nid dividend\n\nAcme cuts its dividend\n\n"
        "Acme will halve its dividend to 50 cents. Profit halves to €2 million.\n"
    ), ["de", "it"])
    translate_po(root, "de", "dividend", {
        "Acme cuts its dividend": "Acme kürzt die Dividende",
        "Acme will halve its dividend to 50 cents.": "Acme wird die Dividende auf 50 Cent verdoppeln.",
        "Profit halves to €2 million.": "Der Gewinn halbiert sich auf 2 Mio. Euro.",
    })
    translate_po(root, "it", "dividend", {
        "Acme cuts its dividend": "Acme taglia il dividendo",
        "Acme will halve its dividend to 50 cents.": "Acme dimezzerà il dividendo a 50 centesimi.",
        "Profit halves to €2 million.": "L’utile raddoppia a 2 milioni di euro.",
    })
    checked = invoke("check", "--format", "json", "dividend")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [
        ("de", "direction", "the source says a fall (“halve”), the translation only a rise (“verdoppeln”): check which way the "
                            "figure moved"),
        ("de", "numbers", "missing will halve; not in the source: verdoppeln"),
        ("it", "direction", "the source says a fall (“halves”), the translation only a rise (“raddoppia”): check which way the "
                            "figure moved"),
        ("it", "numbers", "missing halves; not in the source: raddoppia"),
    ]
    assert checked.exit_code == 1


@pytest.mark.parametrize("msgid, msgstr, expected", [
    ("Twelve people were hurt.", "십삼 명이 다쳤다.", "missing Twelve; not in the source: 십삼"),
    ("Twenty people were hurt.", "삼십 명이 다쳤다.", "missing Twenty; not in the source: 삼십"),
    ("Twenty-five companies were fined.", "이십육 개 회사가 벌금을 냈다.", "missing Twenty-five; not in the source: 이십육"),
    ("Fifteen cases were found.", "십육 건이 발견됐다.", "missing Fifteen; not in the source: 십육"),
    ("Twelve places were hit.", "십삼 곳이 피해를 입었다.", "missing Twelve; not in the source: 십삼"),
    ("Forty countries signed.", "오십 개국이 서명했다.", "missing Forty; not in the source: 오십"),
])
def test_another_korean_count_in_sino_korean_hangul_is_an_error(msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, "ko") == [("numbers", "error", expected)]


@pytest.mark.parametrize("msgid, msgstr", [
    ("Twelve people were hurt.", "십이 명이 다쳤다."),
    ("Thirteen people were hurt.", "십삼 명이 다쳤다."),
    ("13 people were hurt.", "십삼 명이 다쳤다."),
    ("Twenty-five companies were fined.", "이십오 개 회사가 벌금을 냈다."),
    ("Forty countries signed.", "사십 개국이 서명했다."),
    # Native Korean numbers are not read: 세 is also an age, 열 a fever.
    ("Three people were hurt.", "세 명이 다쳤다."),
    ("Twelve people were hurt.", "열두 명이 다쳤다."),
    # Counters of time or age are no count of people or things: two decades, twenty years.
    ("It lasted two decades.", "이십 년 동안 계속됐다."),
    ("A thirty-year-old man was hurt.", "삼십 세 남성이 다쳤다."),
])
def test_the_sources_count_in_sino_korean_hangul_passes(msgid, msgstr):
    assert reviewed(msgid, msgstr, "ko") == []


@pytest.mark.parametrize("msgstr, expected", [
    ("各ステージは9～17kmで、レースは午後6時にスタートする。", "missing 5 p.m.; not in the source: 午後6時"),
    ("各ステージは9〜17kmで、レースは19時にスタートする。", "missing 5 p.m.; not in the source: 19時"),
    ("各ステージは9～17キロで、レースは夕方にスタートする。", "missing 5 p.m."),
    ("各ステージは9～18kmで、レースは午後5時にスタートする。", "missing 17; not in the source: 18"),
])
def test_a_japanese_range_of_a_measure_is_no_time_beside_one(msgstr, expected):
    msgid = "Its stages run 9 to 17 km; the race starts at 5 p.m."
    assert reviewed(msgid, msgstr, "ja") == [("numbers", "error", expected)]


@pytest.mark.parametrize("msgstr", [
    "各ステージは9～17kmで、レースは午後5時にスタートする。",
    "各ステージは9〜17kmで、レースは17時にスタートする。",
    "9～17 kmのステージは午後5時にスタートする。",
])
def test_a_japanese_range_of_a_measure_beside_the_sources_time_passes(msgstr):
    assert reviewed("Its stages run 9 to 17 km; the race starts at 5 p.m.", msgstr, "ja") == []


def test_check_reads_korean_counts_in_hangul_and_a_japanese_range_beside_a_time_in_real_pos(tmp_path):
    root, invoke = newsroom_with_story(tmp_path, "race", (
        "date 2026-11-27 Sport\nid race\n\nRace day\n\n"
        "Twelve riders were hurt. Its stages run 9 to 17 km; the race starts at 5 p.m.\n"
    ), ["ko", "ja"])
    translate_po(root, "ko", "race", {
        "Race day": "경주의 날",
        "Twelve riders were hurt.": "선수 십삼 명이 다쳤다.",
        "Its stages run 9 to 17 km; the race starts at 5 p.m.": "각 구간은 9~17km이며 경주는 오후 5시에 시작한다.",
    })
    translate_po(root, "ja", "race", {
        "Race day": "レースの日",
        "Twelve riders were hurt.": "選手十二人が負傷した。",
        "Its stages run 9 to 17 km; the race starts at 5 p.m.": "各ステージは9～17kmで、レースは午後6時にスタートする。",
    })
    checked = invoke("check", "--format", "json", "race")
    findings = sorted(
        (finding["locale"], finding["check"], finding["message"])
        for finding in json.loads(checked.output) if finding["check"] not in ("name-form", "latin-script")
    )
    assert findings == [
        ("ja", "numbers", "missing 5 p.m.; not in the source: 午後6時"),
        ("ko", "numbers", "missing Twelve; not in the source: 십삼"),
    ]
    assert checked.exit_code == 1
