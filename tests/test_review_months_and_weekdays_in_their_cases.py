"""Months and weekdays in the cases Greek, Czech and Finnish give them, in names CLDR writes
with marks (Greek's Μαΐου, Hindi's जनवरी), and Vietnamese months by their number (tháng 6):
read, so that another month or day is an error."""

from __future__ import annotations

import pytest
from test_check import reviewed

SESSION = "The ruling came in Tuesday's session."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("el", "The deal closes on May 15.", "Η συμφωνία ολοκληρώνεται στις 15 Μαΐου."),
    ("el", "The deal closes in May.", "Η συμφωνία ολοκληρώνεται τον Μάιο."),
    ("hi", "The deal closes on January 15.", "सौदा 15 जनवरी को पूरा होगा।"),
    ("hi", "The deal closes in February.", "सौदा फ़रवरी में पूरा होगा।"),
    ("cs", "The deal closes in July.", "Obchod bude uzavřen v červenci."),
    ("el", SESSION, "Η απόφαση ήρθε στη συνεδρίαση της Τρίτης."),
    ("cs", SESSION, "Rozhodnutí padlo na úterním jednání."),
    ("cs", "The court ruled on Wednesday.", "Soud rozhodl ve středu."),
    ("fi", SESSION, "Päätös tehtiin tiistain istunnossa."),
    # Vietnamese names a month by its number, and writes a day and month with a slash.
    ("vi", "The deal closes on January 15.", "Thương vụ hoàn tất vào ngày 15 tháng 1."),
    ("vi", "The deal is expected to close between April and June 2027.",
     "Thương vụ dự kiến hoàn tất trong khoảng từ tháng 4 đến tháng 6/2027."),
    ("vi", "The draw takes place on Friday, March 12.", "Lễ bốc thăm diễn ra vào thứ Sáu, ngày 12/3."),
    ("vi", "The project took 6 months.", "Dự án kéo dài 6 tháng."),
    # Not a day: the centre of a town.
    ("cs", "The town centre was closed.", "Střed města byl uzavřen."),
])
def test_correct_copy_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("el", "The deal closes on January 15.", "Η συμφωνία ολοκληρώνεται στις 15 Μαΐου.",
     ("numbers", "error", "the date: January 15 in the source, 15 Μαΐου in the translation")),
    ("el", "The deal closes in May.", "Η συμφωνία ολοκληρώνεται τον Ιούνιο.",
     ("numbers", "error", "the month: May in the source, Ιουνίου in the translation")),
    ("hi", "The deal closes on January 15.", "सौदा 15 जून को पूरा होगा।",
     ("numbers", "error", "the date: January 15 in the source, 15 जून in the translation")),
    ("cs", "The deal closes in July.", "Obchod bude uzavřen v červnu.",
     ("numbers", "error", "the month: July in the source, června in the translation")),
    ("vi", "The deal closes on January 15.", "Thương vụ hoàn tất vào ngày 15 tháng 6.",
     ("numbers", "error", "the date: January 15 in the source, ngày 15 tháng 6 in the translation")),
    ("vi", "The draw takes place on Friday, March 12.", "Lễ bốc thăm diễn ra vào thứ Sáu, ngày 12/5.",
     ("numbers", "error", "the date: March 12 in the source, ngày 12/5 in the translation")),
    ("el", SESSION, "Η απόφαση ήρθε στη συνεδρίαση της Πέμπτης.",
     ("day-changed", "error", "the day: Tuesday in the source, Πέμπτη in the translation")),
    ("cs", SESSION, "Rozhodnutí padlo na čtvrtečním jednání.",
     ("day-changed", "error", "the day: Tuesday in the source, čtvrtek in the translation")),
    ("fi", SESSION, "Päätös tehtiin torstain istunnossa.",
     ("day-changed", "error", "the day: Tuesday in the source, torstaina in the translation")),
])
def test_another_month_or_day_is_an_error(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]
