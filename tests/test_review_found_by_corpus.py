"""What the review reads as translators write news, found by reviewing a corpus of wire
sentences and their translations: the first of a month said in words (il primo aprile, le
premier avril, el primero de abril, am ersten April, первого апреля), and a day of a month
in kanji digits (4月1日) beside an English article that reads as a rate (after a two-year
renovation). Each passes as the same date; another day or month is still refused."""

from __future__ import annotations

import pytest
from test_check import reviewed


REOPENS = "The museum reopens on 1 April after a two-year renovation."


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "Il museo riapre il primo aprile dopo due anni di restauri."),
    ("fr", "Le musée rouvre le premier avril après deux ans de travaux."),
    ("es", "El museo reabre el primero de abril tras dos años de reformas."),
    ("pt", "O museu reabre em primeiro de abril após dois anos de reforma."),
    ("de", "Das Museum öffnet am ersten April nach zweijähriger Renovierung wieder."),
    ("ru", "Музей откроется первого апреля после двухлетней реставрации."),
])
def test_the_first_of_a_month_in_words_is_the_source_s_day_1(locale, msgstr):
    assert reviewed(REOPENS, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    ("ja", "同美術館は2年間の改修を経て4月1日に再開する。"),
    ("zh", "该博物馆经过两年翻修后将于4月1日重新开放。"),
    ("ko", "박물관은 2년간의 보수를 마치고 4월 1일 다시 문을 연다."),
])
def test_the_first_day_of_a_month_in_digits_is_no_unit_of_a_rate(locale, msgstr):
    assert reviewed(REOPENS, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    # Another day: the first in words where the source says the 2nd.
    ("it", "Il museo riapre il primo aprile dopo due anni di restauri."),
    ("es", "El museo reabre el primero de abril tras dos años de reformas."),
    ("ja", "同美術館は2年間の改修を経て4月1日に再開する。"),
])
def test_the_first_of_a_month_for_another_day_is_refused(locale, msgstr):
    found = reviewed(REOPENS.replace("1 April", "2 April"), msgstr, locale)
    assert [severity for _, severity, _ in found if severity == "error"], found
