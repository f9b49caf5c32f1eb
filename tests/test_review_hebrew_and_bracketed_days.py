"""A month or weekday put for another where the name is joined to a prefix (Hebrew באוקטובר,
ביום שני; Arabic والثلاثاء, لأكتوبر), follows a Korean particle (화요일에), or is abbreviated in
brackets after a date (25日（月）, 3일(화)), as the translation names it."""

from __future__ import annotations

import pytest
from test_check import reviewed


INFLATION = "Inflation fell to 2.1% in October from 2.4% in September."
MEETING = "The chancellor met the president in Paris on Monday, March 3."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("he", INFLATION, "האינפלציה ירדה ל-2.1% באוקטובר מ-2.4% בספטמבר."),
    ("he", MEETING, "הקנצלר נפגש עם הנשיא בפריז ביום שני, 3 במרץ."),
    ("he", MEETING, "הקנצלר נפגש עם הנשיא בפריז ביום שני, ה-3 במרץ."),
    ("he", "The talks run from Monday to Wednesday.", "השיחות יימשכו מיום שני ועד יום רביעי."),
    ("he", "The director spoke on Saturday.", "הבמאי דיבר בשבת."),
    # A day in a row is no weekday: a third day in a row, on Monday.
    ("he", "Shares rose for a third day on Monday.", "המניות עלו ביום שני, זה יום שלישי ברציפות."),
    # במאי is also a director and במרץ vigorously: a month alone only after a word that leads to one.
    ("he", "The director spoke in June.", "הבמאי דיבר ביוני."),
    ("he", "Talks resumed in June.", "השיחות חודשו במרץ רב ביוני."),
    ("ar", "Talks were held on Monday and Tuesday.", "جرت المحادثات يومي الاثنين والثلاثاء."),
    ("ar", "The results for October.", "النتائج لأكتوبر."),
    ("ja", MEETING, "首相は3月3日（月）、パリで大統領と会談した。"),
    ("ja", MEETING, "首相は3月3日(月)、パリで大統領と会談した。"),
    # 月 in brackets after no date is no weekday: a rent a month.
    ("ja", "The rent is 80,000 yen a month, the ministry said on Monday.", "家賃（月）は8万円だと、同省は月曜日に発表した。"),
    ("ko", MEETING, "총리는 3월 3일(월) 파리에서 대통령을 만났다."),
    ("ko", MEETING, "총리는 3월 3일 월요일에 파리에서 대통령을 만났다."),
    ("zh-Hant", MEETING, "總理於3月3日（週一）在巴黎會見了總統。"),
])
def test_a_month_or_weekday_as_the_translation_joins_or_abbreviates_it_is_the_sources(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("he", INFLATION, "האינפלציה ירדה ל-2.1% בנובמבר מ-2.4% בספטמבר.",
     "the month: September, October in the source, ספטמבר, נובמבר in the translation"),
    ("he", MEETING, "הקנצלר נפגש עם הנשיא בפריז ביום שני, 3 באפריל.", "the date: March 3 in the source, 3 באפריל in the translation"),
    ("he", "The vote is in June.", "ההצבעה תיערך בחודש מאי.", "the month: June in the source, מאי in the translation"),
    ("ar", "The results for October.", "النتائج لنوفمبر.", "the month: October in the source, نوفمبر in the translation"),
])
def test_a_month_joined_to_a_prefix_put_for_another_is_reported(locale, msgid, msgstr, message):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", message)]


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("he", MEETING, "הקנצלר נפגש עם הנשיא בפריז ביום שלישי, 3 במרץ.", "the day: Monday in the source, יום שלישי in the translation"),
    ("he", "The talks run from Monday to Wednesday.", "השיחות יימשכו מיום שני ועד יום חמישי.",
     "the day: Monday, Wednesday in the source, יום שני, יום חמישי in the translation"),
    ("he", "The director spoke on Sunday.", "הבמאי דיבר בשבת.", "the day: Sunday in the source, יום שבת in the translation"),
    ("ar", "Talks were held on Monday and Tuesday.", "جرت المحادثات يومي الاثنين والأربعاء.",
     "the day: Monday, Tuesday in the source, الاثنين, الأربعاء in the translation"),
    ("ja", MEETING, "首相は3月3日（火）、パリで大統領と会談した。", "the day: Monday in the source, 火曜日 in the translation"),
    ("ja", MEETING, "首相は3月3日 (水)、パリで大統領と会談した。", "the day: Monday in the source, 水曜日 in the translation"),
    ("ko", MEETING, "총리는 3월 3일(화) 파리에서 대통령을 만났다.", "the day: Monday in the source, 화요일 in the translation"),
    ("ko", MEETING, "총리는 3월 3일 화요일에 파리에서 대통령을 만났다.", "the day: Monday in the source, 화요일 in the translation"),
    ("zh-Hant", MEETING, "總理於3月3日（週二）在巴黎會見了總統。", "the day: Monday in the source, 星期二 in the translation"),
    ("zh-Hans", MEETING, "总理于3月3日（周二）在巴黎会见了总统。", "the day: Monday in the source, 星期二 in the translation"),
])
def test_a_weekday_joined_to_a_prefix_or_abbreviated_put_for_another_is_reported(locale, msgid, msgstr, message):
    assert reviewed(msgid, msgstr, locale) == [("day-changed", "error", message)]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("he", "The vote is on Monday.", "ההצבעה תתקיים ביום ב'."),
    ("he", "The vote is on Sunday.", "ההצבעה תתקיים ביום א׳."),
    ("he", "The vote is on Friday.", "ההצבעה תתקיים ביום ו’."),
    ("he", "The vote is on Saturday night.", "ההצבעה תתקיים במוצאי שבת."),
    ("he", "The vote is on Friday night.", "ההצבעה תתקיים בליל שבת."),
    ("he", "The vote is on Friday evening.", "ההצבעה תתקיים בערב שבת."),
    ("ja", "The vote is on Monday, May 4.", "投票は5月4日（月・祝）に行われる。"),
    ("ja", "The vote is on Monday, May 4.", "投票は5月4日(月祝)に行われる。"),
    ("ko", "The vote is on Monday, May 4.", "투표는 5월 4일(월·공휴일)에 열린다."),
])
def test_a_weekday_by_its_letter_by_the_sabbath_or_beside_a_holiday_is_the_sources(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, day", [
    ("he", "The vote is on Tuesday.", "ההצבעה תתקיים ביום ב'.", "יום שני"),
    ("he", "The vote is on Friday night.", "ההצבעה תתקיים במוצאי שבת.", "יום שבת"),
    ("he", "The vote is on Saturday.", "ההצבעה תתקיים בליל שבת.", "יום שישי"),
    ("ja", "The vote is on Tuesday, May 4.", "投票は5月4日（月・祝）に行われる。", "月曜日"),
    ("ko", "The vote is on Tuesday, May 4.", "투표는 5월 4일(월·공휴일)에 열린다.", "월요일"),
])
def test_another_weekday_by_its_letter_by_the_sabbath_or_beside_a_holiday_is_an_error(locale, msgid, msgstr, day):
    source_day = msgid.removeprefix("The vote is on ").split()[0].strip(".,")
    assert reviewed(msgid, msgstr, locale) == [("day-changed", "error", f"the day: {source_day} in the source, {day} in the translation")]


def test_a_korean_minus_said_in_words_keeps_the_sources_negative():
    # 영하 (below zero) before a number is its minus, as a sign or minus is elsewhere.
    assert reviewed("Temperatures fell to -8C.", "기온이 영하 8도로 떨어졌다.", "ko") == []
    assert reviewed("Temperatures fell to -8C.", "기온이 8도로 떨어졌다.", "ko") == [
        ("numbers", "error", "the source's -8 is negative: the translation drops its minus")
    ]
