"""The review of amounts and counts: a count of dozens, an amount on another scale or in
another currency, in Chinese, Japanese and Korean digits, kanji and hangul, as the build's
review and `syndicate check` report them."""

from __future__ import annotations

import json

import polib
import pytest
from babel import Locale
from click.testing import CliRunner
from test_check import unit

from syndicate.catalog import Message
from syndicate.check import check_message, publish_errors
from syndicate.cli import main
from syndicate.extract import extract
from syndicate.workspace import Workspace

FORECAST = "The company cut its full-year forecast to €950 million from €1.1 billion."
DEAL = "The deal is worth $950 million."


def errors(msgid: str, msgstr: str, locale: str) -> list[str]:
    return publish_errors(unit(msgid), Message(msgid, msgstr), locale)


def findings(msgid: str, msgstr: str, locale: str) -> list[tuple[str, str, str]]:
    return [(issue.check, issue.severity, issue.message) for issue in check_message(unit(msgid), Message(msgid, msgstr), locale, {})]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Two dozen protesters were detained.", "20 Demonstranten wurden festgenommen.",
     ["numbers: missing Two dozen; not in the source: 20"]),
    ("es", "Three dozen protesters were detained.", "Fueron detenidos 30 manifestantes.",
     ["numbers: missing Three dozen; not in the source: 30"]),
    ("de", "Two dozen protesters were detained.", "24 Demonstranten wurden festgenommen.", []),
    ("de", "Half a dozen ministers resigned.", "6 Minister traten zurück.", []),
])
def test_a_count_of_dozens_in_other_digits_than_its_number_is_an_error(locale, msgid, msgstr, expected):
    assert errors(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # The amount moved beside one that kept the source's currency.
    ("ja", FORECAST, "同社は通期予想を11億ユーロから9億5000万ポンドに引き下げた。",
     "the currency of 9億5000万: € in the source, ポンド in the translation"),
    ("zh", FORECAST, "该公司将全年预测从11亿欧元下调至9.5亿英镑。", "the currency of 9.5亿: € in the source, 英镑 in the translation"),
    ("ja", FORECAST, "同社は通期予想を11億ポンドから9億5000万ユーロに引き下げた。",
     "the currency of 11億: € in the source, ポンド in the translation"),
    ("ko", FORECAST, "회사는 연간 전망치를 11억 유로에서 9억5000만 파운드로 낮췄다.",
     "the currency of 9억5000만: € in the source, 파운드 in the translation"),
    # The only amount, in pounds.
    ("ja", DEAL, "取引額は9億5000万ポンド。", "the currency: $ in the source, ポンド in the translation"),
    ("zh", DEAL, "该交易价值9.5亿英镑。", "the currency: $ in the source, 英镑 in the translation"),
    ("ko", DEAL, "거래 규모는 9억5000만 파운드다.", "the currency: $ in the source, 파운드 in the translation"),
])
def test_an_amount_in_ten_thousands_in_another_currency_is_an_error_naming_it(locale, msgid, msgstr, expected):
    assert errors(msgid, msgstr, locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("ja", DEAL, "取引額は9億5000万ドル。"),
    ("zh", DEAL, "该交易价值9.5亿美元。"),
    ("ko", DEAL, "거래 규모는 9억5000만 달러다."),
    ("ko", DEAL, "거래 규모는 9억 5000만 달러다."),
    ("ja", FORECAST, "同社は通期予想を11億ユーロから9億5000万ユーロに引き下げた。"),
    ("zh", FORECAST, "该公司将全年预测从11亿欧元下调至9.5亿欧元。"),
    # Thousands of ten thousands: 5千万 is fifty million.
    ("ja", DEAL, "取引額は9億5千万ドル。"),
    ("zh", DEAL, "交易额为9亿5千万美元。"),
    ("ko", DEAL, "거래 규모는 9억5천만 달러다."),
    # A conversion for the reader is no amount of the source's.
    ("ja", "The deal is worth $1 billion.", "取引額は10億ドル（約1500億円）。"),
])
def test_an_amount_in_ten_thousands_in_the_sources_currency_passes(locale, msgid, msgstr):
    assert errors(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "The deal is worth $960 million.", "取引額は9億5千万ドル。", "missing 960; not in the source: 9億5千万 (= 950000000 in ja)"),
    ("ko", "The deal is worth $960 million.", "거래 규모는 9억5천만 달러다.", "missing 960; not in the source: 9억5천만 (= 950000000 in ko)"),
    ("ja", DEAL, "取引額は9億6000万ドル。", "missing 950; not in the source: 9億6000万 (= 960000000 in ja)"),
])
def test_thousands_of_ten_thousands_are_one_amount_with_the_parts_before(locale, msgid, msgstr, expected):
    assert errors(msgid, msgstr, locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("msgstr", "expected"), [
    ("La empresa recortó su previsión anual a 950 millones de euros desde 1.100 millones de libras.",
     ["numbers: the currency of 1.100: € in the source, libras in the translation"]),
    ("La empresa recortó su previsión anual a 950 millones de libras desde 1.100 millones de euros.",
     ["numbers: the currency of 950: € in the source, libras in the translation"]),
    ("La empresa recortó su previsión anual a 950 millones de euros desde 1.200 millones de euros.",
     ["numbers: missing 1.1; not in the source: 1.200 (= 1200 in es)"]),
    ("La empresa recortó su previsión anual a 950 millones de euros desde 1.100 millones de euros.", []),
    ("La empresa recortó su previsión anual a 950 millones de euros desde 1100 millones de euros.", []),
])
def test_a_spanish_billion_in_thousands_of_millions_is_compared_amount_by_amount(msgstr, expected):
    assert errors(FORECAST, msgstr, "es") == expected


@pytest.mark.parametrize(("msgid", "msgstr"), [
    ("Profit halved last year.", "Der Gewinn hat sich im vergangenen Jahr halbiert."),
    ("The company halved its dividend to 50 cents.", "Das Unternehmen halbierte seine Dividende auf 50 Cent."),
    ("Sales halved to €2 billion.", "Der Umsatz halbierte sich auf 2 Mrd. Euro."),
])
def test_a_correct_halving_has_no_finding(msgid, msgstr):
    assert findings(msgid, msgstr, "de") == []


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # Sino-Korean numbers in hangul before a counter or a currency.
    ("About 300 people were hurt.", "약 삼백 명이 다쳤다.", []),
    ("About 1,000 people were hurt.", "약 천 명이 다쳤다.", []),
    ("About 20 people were hurt.", "약 이십 명이 다쳤다.", []),
    ("It costs $3,000.", "가격은 삼천 달러다.", []),
    ("About 300 people were hurt.", "약 사백 명이 다쳤다.", ["numbers: missing 300"]),
    ("About 20 people were hurt.", "약 삼십 명이 다쳤다.", ["numbers: missing 20"]),
    # Amounts in hangul on the scales of ten thousand.
    ("The deal is worth $2 billion.", "거래 규모는 이십억 달러다.", []),
    (DEAL, "거래 규모는 구억 오천만 달러다.", []),
    ("The deal is worth $2 billion.", "거래 규모는 삼십억 달러다.",
     ["numbers: 삼십억 is 3 billion (3,000,000,000); the source says 2 billion (2,000,000,000)"]),
    ("The deal is worth $960 million.", "거래 규모는 구억 오천만 달러다.",
     ["numbers: 구억 오천만 is 950 million (950,000,000); the source says 960 million (960,000,000)"]),
    # A digit's syllable in a word is no number: 구조 (rescue), 명단 (a list).
    ("Rescue work for 3 million people began.", "300만 명을 위한 구조 작업이 시작됐다.", []),
])
def test_korean_numbers_and_amounts_in_hangul_are_read_as_kanji_are(msgid, msgstr, expected):
    assert errors(msgid, msgstr, "ko") == expected


def test_syndicate_check_reports_changed_amounts_and_counts_in_a_po_file(newsroom, tmp_path):
    wire = tmp_path / "forecast.txt"
    wire.write_text(
        "date 2026-11-24 Home page economy\nid forecast-cut\n\n"
        f"Lindholm Motors cuts its forecast\n\n{FORECAST} Two dozen protesters were detained. Profit halved last year.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    locales = [Locale("de"), Locale("es"), Locale("ja")]
    extract(workspace, [wire], locales)
    translations = {
        "de": {"Two dozen protesters were detained.": "20 Demonstranten wurden festgenommen.",
               "Profit halved last year.": "Der Gewinn hat sich im vergangenen Jahr halbiert."},
        "es": {FORECAST: "La empresa recortó su previsión anual a 950 millones de euros desde 1.100 millones de libras."},
        "ja": {FORECAST: "同社は通期予想を11億ユーロから9億5000万ポンドに引き下げた。"},
    }
    for locale in locales:
        path = workspace.po_file(locale, "forecast-cut")
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = translations[str(locale)].get(entry.msgid, entry.msgstr)
        po.save(str(path))
    result = CliRunner().invoke(main, ["--root", str(newsroom), "check", "--format", "json", "forecast-cut"])
    assert result.exit_code == 1
    found = {(finding["locale"], finding["msgid"]): (finding["check"], finding["severity"], finding["message"])
             for finding in json.loads(result.output) if finding["check"] not in ("untranslated", "name-form", "latin-script")}
    assert found == {
        ("de", "Two dozen protesters were detained."): ("numbers", "error", "missing Two dozen; not in the source: 20"),
        ("es", FORECAST): ("numbers", "error", "the currency of 1.100: € in the source, libras in the translation"),
        ("ja", FORECAST): ("numbers", "error", "the currency of 9億5000万: € in the source, ポンド in the translation"),
    }


def test_every_language_whose_fractions_the_review_reads_has_hints_for_them():
    # Without hints a language's fractions in words would go unread, silently.
    from syndicate.figures.shares import _FRACTION_HINTS, _FRACTION_WORDS

    assert set(_FRACTION_HINTS) == set(_FRACTION_WORDS)
