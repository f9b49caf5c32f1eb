"""Figures a translation changes without changing a digit, as translators' acceptance testing
found them: a match's score turned round between its sides in the same order, a span's unit of
time swapped with its number kept, a round number in words turned into another, and how many
times something happened said as another count. Each beside correct translations, which stay
clean."""

from __future__ import annotations

import pytest
from test_check import reviewed


def _numbers_errors(msgid: str, msgstr: str, locale: str) -> list[str]:
    return [message for check, severity, message in reviewed(msgid, msgstr, locale) if (check, severity) == ("numbers", "error")]


# -- a score turned round between sides named in the same order ------------------------------

BAYERN_WON = "Bayern won 3-1 against Dortmund."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", BAYERN_WON, "Bayern gewann 1:3 gegen Dortmund."),
    ("fr", BAYERN_WON, "Le Bayern a gagné 1-3 contre Dortmund."),
    ("es", BAYERN_WON, "El Bayern ganó 1-3 al Dortmund."),
    ("it", BAYERN_WON, "Il Bayern ha vinto 1-3 contro il Dortmund."),
    ("de", "{Bayern} beat {Dortmund} 3-1 on Saturday.", "{Bayern} schlug {Dortmund} am Samstag 1:3."),
])
def test_a_score_turned_round_between_sides_in_the_same_order_is_an_error(locale, msgid, msgstr):
    assert any("is the other way round in the translation" in message for message in _numbers_errors(msgid, msgstr, locale))


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", BAYERN_WON, "Bayern gewann 3:1 gegen Dortmund."),
    # The sides named the other way round, or the sentence about the loser: the loser's goals first.
    ("de", BAYERN_WON, "Dortmund verlor 1:3 gegen Bayern."),
    ("de", BAYERN_WON, "Dortmund unterlag Bayern mit 1:3."),
    ("de", "Dortmund lost 3-1 to Bayern.", "Dortmund verlor 1:3 gegen Bayern."),
    ("fr", BAYERN_WON, "Le Bayern a gagné 3-1 contre Dortmund."),
    ("fr", BAYERN_WON, "Dortmund s'est incliné 1-3 face au Bayern."),
    ("es", BAYERN_WON, "El Bayern ganó 3-1 al Dortmund."),
    ("es", BAYERN_WON, "El Dortmund perdió 1-3 ante el Bayern."),
    # The home side first, named as the place of the match.
    ("es", "Bayern won 3-1 at Dortmund.", "El Bayern ganó 1-3 en Dortmund."),
    ("it", "Bayern won 3-1 at Dortmund.", "Il Bayern ha vinto 1-3 in casa del Dortmund."),
    ("it", "Bayern won 3-1 at Dortmund.", "Il Bayern ha vinto 1-3 a Dortmund."),
    ("it", BAYERN_WON, "Il Dortmund ha perso 1-3 contro il Bayern."),
    ("ru", BAYERN_WON, "Бавария победила Боруссию со счетом 3:1."),
    ("ja", BAYERN_WON, "バイエルンがドルトムントに3-1で勝利した。"),
    ("zh", BAYERN_WON, "拜仁3比1战胜多特蒙德。"),
    # Of two scores, one given from the side the sentence follows (trailing 1-0 as 0:1-Rückstand).
    ("de", "Bayern won 3-1 against Dortmund after trailing 1-0 at half-time.",
     "Bayern gewann 3:1 gegen Dortmund nach einem 0:1-Rückstand zur Pause."),
    # The home side's goals first where the match's ground is named, or the score a home defeat's.
    ("es", "Real Madrid won 3-1 against Valencia.", "El Real Madrid ganó 1-3 en Mestalla ante el Valencia."),
    ("it", "Juventus won 3-1 against Napoli.", "La Juventus ha vinto 1-3 al Maradona contro il Napoli."),
    ("de", "Bayern beat Dortmund 3-1.", "Bayern fügte Dortmund eine 1:3-Heimniederlage zu."),
    # No match: an age group, a season.
    ("de", "Smith won the 2023-24 title with Bayern ahead of Dortmund.", "Smith gewann den Titel 2023-24 mit Bayern vor Dortmund."),
])
def test_a_score_kept_or_given_from_the_loser_or_the_home_side_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- a unit of time swapped, its number kept ------------------------------------------------

WITHIN_30_MINUTES = "The police arrived within 30 minutes."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", WITHIN_30_MINUTES, "Die Polizei kam innerhalb von 30 Sekunden."),
    ("de", WITHIN_30_MINUTES, "Die Polizei kam innerhalb von 30 Stunden."),
    ("fr", WITHIN_30_MINUTES, "La police est arrivée en 30 heures."),
    ("fr", WITHIN_30_MINUTES, "La police est arrivée en 30 secondes."),
    ("es", WITHIN_30_MINUTES, "La policía llegó en 30 segundos."),
    ("it", WITHIN_30_MINUTES, "La polizia è arrivata entro 30 secondi."),
    ("ru", WITHIN_30_MINUTES, "Полиция прибыла через 30 секунд."),
    ("ja", WITHIN_30_MINUTES, "警察は30秒以内に到着した。"),
    ("zh", WITHIN_30_MINUTES, "警方在30秒内赶到。"),
    ("de", "He was sentenced to 30 days.", "Er wurde zu 30 Sekunden verurteilt."),
    ("fr", "The record fell by 12 seconds.", "Le record a été amélioré de 12 minutes."),
])
def test_a_unit_of_time_swapped_with_its_number_kept_is_an_error(locale, msgid, msgstr):
    assert any(message.startswith("missing") for message in _numbers_errors(msgid, msgstr, locale))


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", WITHIN_30_MINUTES, "Die Polizei kam innerhalb von 30 Minuten."),
    ("de", WITHIN_30_MINUTES, "Die Polizei kam binnen einer halben Stunde."),
    ("fr", WITHIN_30_MINUTES, "La police est arrivée en 30 minutes."),
    ("es", WITHIN_30_MINUTES, "La policía llegó en 30 minutos."),
    ("it", WITHIN_30_MINUTES, "La polizia è arrivata entro 30 minuti."),
    ("ru", WITHIN_30_MINUTES, "Полиция прибыла через 30 минут."),
    ("ja", WITHIN_30_MINUTES, "警察は30分以内に到着した。"),
    ("zh", WITHIN_30_MINUTES, "警方在30分钟内赶到。"),
    ("de", "He ran the 100 metres in 9.58 seconds.", "Er lief die 100 Meter in 9,58 Sekunden."),
    ("de", "The deal took two minutes and 30 seconds.", "Der Deal dauerte zwei Minuten und 30 Sekunden."),
    ("de", "The deal took 90 seconds.", "Der Deal dauerte anderthalb Minuten."),
    ("de", "A second later, it exploded.", "Eine Sekunde später explodierte es."),
    # A second that is an ordinal: no span of time.
    ("de", "He won for a second time in three days.", "Er gewann zum zweiten Mal in drei Tagen."),
    ("fr", "He won for a second time in three days.", "Il a gagné pour une seconde fois en trois jours."),
])
def test_a_span_in_its_own_unit_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- a round number in words turned into another ---------------------------------------------

A_THOUSAND = "A thousand protesters gathered."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", A_THOUSAND, "Zehntausend Demonstranten versammelten sich."),
    ("de", A_THOUSAND, "Hundert Demonstranten versammelten sich."),
    ("fr", A_THOUSAND, "Dix mille manifestants se sont rassemblés."),
    ("es", A_THOUSAND, "Diez mil manifestantes se reunieron."),
    ("it", A_THOUSAND, "Diecimila manifestanti si sono radunati."),
    ("pt", A_THOUSAND, "Cem manifestantes se reuniram."),
    ("de", "A dozen protesters gathered.", "Zwanzig Demonstranten versammelten sich."),
    ("es", "A dozen protesters gathered.", "Veinte manifestantes se reunieron."),
])
def test_a_number_in_words_turned_into_another_is_an_error(locale, msgid, msgstr):
    assert any(message.startswith("missing") for message in _numbers_errors(msgid, msgstr, locale))


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", A_THOUSAND, "Tausend Demonstranten versammelten sich."),
    ("de", A_THOUSAND, "Rund tausend Demonstranten versammelten sich."),
    ("de", A_THOUSAND, "1.000 Demonstranten versammelten sich."),
    ("fr", A_THOUSAND, "Mille manifestants se sont rassemblés."),
    ("es", A_THOUSAND, "Mil manifestantes se reunieron."),
    ("it", A_THOUSAND, "Mille manifestanti si sono radunati."),
    ("ru", A_THOUSAND, "Тысяча демонстрантов собралась."),
    ("zh", A_THOUSAND, "一千名抗议者聚集。"),
    ("de", "Ten thousand protesters gathered.", "Zehntausend Demonstranten versammelten sich."),
    ("it", "Ten thousand protesters gathered.", "Diecimila manifestanti si sono radunati."),
    ("de", "10,000 protesters gathered.", "Zehntausend Demonstranten versammelten sich."),
    ("de", "Nearly a hundred thousand people attended.", "Fast hunderttausend Menschen kamen."),
    ("fr", "Nearly a hundred thousand people attended.", "Près de cent mille personnes sont venues."),
    ("de", "Two thousand years ago, a hundred people lived here.", "Vor zweitausend Jahren lebten hier hundert Menschen."),
    ("de", "A dozen protesters gathered.", "Ein Dutzend Demonstranten versammelte sich."),
])
def test_a_number_in_words_said_as_itself_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- how many times, said as another count ----------------------------------------------------

SCORED_TWICE = "Müller scored twice."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", SCORED_TWICE, "Müller traf einmal."),
    ("de", SCORED_TWICE, "Müller traf dreimal."),
    ("fr", SCORED_TWICE, "Müller a marqué une fois."),
    ("es", SCORED_TWICE, "Müller marcó una vez."),
    ("it", SCORED_TWICE, "Müller ha segnato una volta."),
    ("pt", SCORED_TWICE, "Müller marcou uma vez."),
    ("ru", SCORED_TWICE, "Мюллер забил трижды."),
    ("zh", SCORED_TWICE, "穆勒进了一次球。"),
    ("de", "He has been arrested three times.", "Er wurde einmal festgenommen."),
    ("fr", "He has been arrested three times.", "Il a été arrêté deux fois."),
])
def test_a_count_of_times_said_as_another_is_an_error(locale, msgid, msgstr):
    assert _numbers_errors(msgid, msgstr, locale)


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", SCORED_TWICE, "Müller traf zweimal."),
    ("de", SCORED_TWICE, "Müller traf noch einmal doppelt."),
    ("fr", SCORED_TWICE, "Müller a marqué deux fois."),
    ("fr", SCORED_TWICE, "Müller a signé un doublé."),
    ("es", SCORED_TWICE, "Müller marcó dos veces."),
    ("it", SCORED_TWICE, "Müller ha segnato due volte."),
    ("ru", SCORED_TWICE, "Мюллер забил дважды."),
    ("ja", SCORED_TWICE, "ミュラーは2得点した。"),
    ("zh", SCORED_TWICE, "穆勒两次破门。"),
    ("de", "Müller scored twice, once in each half.", "Müller traf zweimal, einmal in jeder Halbzeit."),
    ("fr", "He has been arrested three times.", "Il a été arrêté à trois reprises."),
])
def test_a_count_of_times_kept_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    # One time in an idiom counts nothing: the count of times is only dropped, a warning.
    ("de", "Müller traf nicht einmal."),
    ("fr", "Müller a marqué encore une fois."),
    ("es", "Müller marcó otra vez."),
    ("it", "Müller ha segnato ancora una volta."),
])
def test_one_time_in_an_idiom_is_no_count_of_times(locale, msgstr):
    assert [check for check, _, _ in reviewed(SCORED_TWICE, msgstr, locale)] == ["count-dropped"]


# -- Turkish percentages, the sign before the number, and points ------------------------------

POINTS = "Rates rose 0.4 percentage points."
PERCENT = "Rates rose 0.4%."


@pytest.mark.parametrize("msgid, msgstr, expected", [
    (POINTS, "Faizler %0,4 arttı.", "the source's 0.4 percentage points are %0,4 in the translation: points are no percentage"),
    (POINTS, "Faizler yüzde 0,4 arttı.", "the source's 0.4 percentage points are yüzde 0,4 in the translation: points are no percentage"),
    ("The bank raised rates by 25 basis points.", "Banka faizleri %25 artırdı.",
     "the source's 25 basis points are %25 in the translation: points are no percentage"),
    (PERCENT, "Faizler 0,4 puan arttı.", "the source's 0.4% is 0,4 puan in the translation: a percentage is no points"),
    (PERCENT, "Faizler yüzde 0,4 puan arttı.", "the source's 0.4% is 0,4 puan in the translation: a percentage is no points"),
])
def test_turkish_points_made_a_percentage_or_a_percentage_made_points_is_an_error(msgid, msgstr, expected):
    assert _numbers_errors(msgid, msgstr, "tr") == [expected]


@pytest.mark.parametrize("msgid, msgstr", [
    (POINTS, "Faizler 0,4 puan arttı."),
    (POINTS, "Faizler yüzde 0,4 puan arttı."),
    (POINTS, "Faizler 0,4 yüzde puan arttı."),
    (PERCENT, "Faizler %0,4 arttı."),
    (PERCENT, "Faizler yüzde 0,4 arttı."),
    ("The bank raised rates by 25 basis points.", "Banka faizleri 25 baz puan artırdı."),
    ("Inflation was 3.2% in May, up 0.4 percentage points.", "Enflasyon mayısta %3,2 oldu, 0,4 puan arttı."),
])
def test_turkish_percentages_and_points_kept_pass(msgid, msgstr):
    assert reviewed(msgid, msgstr, "tr") == []


# -- an Arabic dual for another count ------------------------------------------------------------

@pytest.mark.parametrize("msgid, msgstr", [
    ("A week later, he resigned.", "بعد أسبوعين، استقال."),
    ("A year later, he resigned.", "بعد عامين، استقال."),
    ("A month later, he resigned.", "بعد شهرين، استقال."),
    ("A day later, he resigned.", "بعد يومين، استقال."),
    ("An hour later, he resigned.", "بعد ساعتين، استقال."),
    ("He was jailed for a year.", "سُجن لمدة عامين."),
])
def test_an_arabic_dual_for_one_is_an_error(msgid, msgstr):
    assert any(message.startswith("missing") for message in _numbers_errors(msgid, msgstr, "ar"))


@pytest.mark.parametrize("msgid, msgstr", [
    ("A week later, he resigned.", "بعد أسبوع، استقال."),
    ("A year later, he resigned.", "بعد عام، استقال."),
    ("A day later, he resigned.", "بعد يوم، استقال."),
    ("Two weeks later, he resigned.", "بعد أسبوعين، استقال."),
    ("Two days later, he resigned.", "بعد يومين، استقال."),
    ("Two hours later, he resigned.", "بعد ساعتين، استقال."),
    ("He was jailed for two years.", "سُجن لمدة سنتين."),
    # Two spans of one noun in a row are two, not one in parts.
    ("Every two weeks, a week-long course starts.", "كل أسبوعين تبدأ دورة مدتها أسبوع."),
    ("The talks lasted two hours, an hour longer than planned.", "استمرت المحادثات ساعتين، أي أكثر بساعة مما كان مقررا."),
])
def test_an_arabic_dual_for_two_or_a_noun_for_one_passes(msgid, msgstr):
    assert reviewed(msgid, msgstr, "ar") == []


# -- a round of a tournament named as another ----------------------------------------------------

QUARTER_FINALS = "The team reached the quarter-finals."
SEMI_FINALS = "The team reached the semi-finals."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("zh", QUARTER_FINALS, "该队进入四强。"),
    ("zh", SEMI_FINALS, "该队进入八强。"),
    ("zh", "The team reached the last 16.", "该队进入八强。"),
    ("ja", QUARTER_FINALS, "チームは準決勝に進んだ。"),
    ("de", QUARTER_FINALS, "Die Mannschaft erreichte das Halbfinale."),
    ("fr", QUARTER_FINALS, "L'équipe a atteint les demi-finales."),
    ("es", QUARTER_FINALS, "El equipo llegó a semifinales."),
    ("it", SEMI_FINALS, "La squadra ha raggiunto i quarti di finale."),
    ("ru", QUARTER_FINALS, "Команда вышла в полуфинал."),
])
def test_another_round_of_a_tournament_is_an_error(locale, msgid, msgstr):
    assert any(message.startswith("the round: ") for message in _numbers_errors(msgid, msgstr, locale))


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("zh", QUARTER_FINALS, "该队进入八强。"),
    ("zh", QUARTER_FINALS, "该队闯入四分之一决赛。"),
    ("zh", SEMI_FINALS, "该队进入四强。"),
    ("zh", SEMI_FINALS, "该队进入半决赛。"),
    ("zh", "The team reached the last 16.", "该队进入十六强。"),
    ("ja", QUARTER_FINALS, "チームは準々決勝に進んだ。"),
    ("de", QUARTER_FINALS, "Die Mannschaft erreichte das Viertelfinale."),
    ("fr", QUARTER_FINALS, "L'équipe a atteint les quarts de finale."),
    ("es", QUARTER_FINALS, "El equipo llegó a cuartos de final."),
    ("it", QUARTER_FINALS, "La squadra ha raggiunto i quarti di finale."),
    ("ru", QUARTER_FINALS, "Команда вышла в четвертьфинал."),
    ("de", "After the quarter-final win, they lost in the semi-finals.", "Nach dem Sieg im Viertelfinale verloren sie im Halbfinale."),
    ("zh", "After the quarter-final win, they lost in the semi-finals.", "八强战获胜后，他们在半决赛中落败。"),
    ("de", "The final decision comes on Monday.", "Die endgültige Entscheidung fällt am Montag."),
])
def test_the_same_round_of_a_tournament_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []
