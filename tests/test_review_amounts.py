"""The review of amounts and counts: a count of dozens, an amount on another scale or in
another currency, in Chinese, Japanese and Korean digits, kanji and hangul, as the build's
review and `syndicate check` report them."""

from __future__ import annotations

import pytest
from test_check import unit

from syndicate.catalog import Message
from syndicate.check import check_message, publish_errors


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


@pytest.mark.parametrize(("msgid", "msgstr"), [
    ("Profit halved last year.", "Der Gewinn hat sich im vergangenen Jahr halbiert."),
    ("The company halved its dividend to 50 cents.", "Das Unternehmen halbierte seine Dividende auf 50 Cent."),
    ("Sales halved to €2 billion.", "Der Umsatz halbierte sich auf 2 Mrd. Euro."),
])
def test_a_correct_halving_has_no_finding(msgid, msgstr):
    assert findings(msgid, msgstr, "de") == []
