"""What the review reads as a desk writes it: a Spanish, Italian or Portuguese verb acting on a
figure with its amount after it (recortó su tipo de interés en 0,25 puntos), a span of months a
Chinese or Japanese translation writes with 月 (1-3 months → 1～3月), a quarter by its months with
the Chinese to (1月至3月), a morning hour bare after the clock's preposition (9 a.m. → alle 9), a
multiple in digits for a verb that multiplies (tripled → 3倍), the one unit of a rate ($80 a
barrel → 1バレル80ドル); and the verdicts that stay or are new: the change said the other way,
another span, hour, multiple or price; an evening hour with the clock's word where the sentence
says the evening (à 8 heures ce soir) only warns, as everyday speech writes it."""

from __future__ import annotations

import pytest
from test_check import reviewed


RATE_CUT = "The central bank cut its key rate by 0.25 percentage points to 4.5%."
RATE_RAISE = "The central bank raised its key rate to 4.5%."


def other_way(source_says: str, source_words: str, target_says: str, target_words: str) -> tuple[str, str, str]:
    return ("direction", "warning", f"the source says a {source_says} (“{source_words}”), the translation only a {target_says} "
                                    f"(“{target_words}”): check which way the figure moved")


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", RATE_CUT, "El banco central recortó su tipo de interés en 0,25 puntos porcentuales, hasta el 4,5 %."),
    ("es", RATE_CUT, "El banco central ha reducido su tipo de interés de referencia en 0,25 puntos porcentuales, hasta el 4,5 %."),
    ("es", RATE_RAISE, "El banco central elevó su tipo de interés hasta el 4,5 %."),
    ("it", RATE_CUT, "La banca centrale ha tagliato il tasso di riferimento di 0,25 punti percentuali al 4,5%."),
    ("it", RATE_RAISE, "La banca centrale ha alzato il tasso di riferimento al 4,5%."),
    ("pt", RATE_CUT, "O banco central cortou a taxa básica em 0,25 ponto percentual, para 4,5%."),
    ("pt", RATE_RAISE, "O banco central elevou a taxa básica para 4,5%."),
    # Without its amount the verb says no change: the sentence's own change is read.
    ("es", "Sales rose 5% after the company cut prices.", "Las ventas subieron un 5 % después de que la empresa recortó los precios."),
])
def test_a_verb_acting_on_a_figure_the_way_the_source_moves_it_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("es", RATE_CUT, "El banco central elevó su tipo de interés en 0,25 puntos porcentuales, hasta el 4,5 %.",
     other_way("fall", "cut", "rise", "elevó")),
    ("es", RATE_RAISE, "El banco central recortó su tipo de interés hasta el 4,5 %.", other_way("rise", "raised", "fall", "recortó")),
    ("es", RATE_RAISE, "El banco central ha reducido su tipo de interés hasta el 4,5 %.",
     other_way("rise", "raised", "fall", "ha reducido")),
    ("it", RATE_CUT, "La banca centrale ha alzato il tasso di riferimento di 0,25 punti percentuali al 4,5%.",
     other_way("fall", "cut", "rise", "alzato")),
    ("it", RATE_RAISE, "La banca centrale ha ridotto il tasso di riferimento al 4,5%.", other_way("rise", "raised", "fall", "ridotto")),
    ("pt", RATE_CUT, "O banco central elevou a taxa básica em 0,25 ponto percentual, para 4,5%.",
     other_way("fall", "cut", "rise", "elevou")),
    ("pt", RATE_RAISE, "O banco central reduziu a taxa básica para 4,5%.", other_way("rise", "raised", "fall", "reduziu")),
    # The sentence's own change still counts against one the verb acting on no amount leans to.
    ("es", "Sales rose 5% after the company cut prices.", "Las ventas cayeron un 5 % después de que la empresa recortó los precios.",
     other_way("rise", "rose", "fall", "cayeron")),
])
def test_a_verb_acting_on_a_figure_the_other_way_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]


POLLS = "The polls close at 8 tonight."


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Les bureaux de vote ferment à 20 heures ce soir."),
    ("fr", "Les bureaux de vote ferment ce soir à 20 h."),
    ("fr", "Les bureaux de vote ferment à 8 heures du soir."),
    ("de", "Die Wahllokale schließen heute Abend um 20 Uhr."),
    ("de", "Die Wahllokale schließen um 8 Uhr abends."),
    # A bare hour the sentence says is the evening's is the evening's (esta noche a las 8).
    ("de", "Die Wahllokale schließen heute Abend um 8."),
])
def test_the_evening_hour_for_tonight_passes(locale, msgstr):
    assert reviewed(POLLS, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Les bureaux de vote ferment à 8 heures ce soir."),
    ("fr", "Les bureaux de vote ferment ce soir à 8 h."),
    ("de", "Die Wahllokale schließen heute Abend um 8 Uhr."),
])
def test_the_clocks_word_after_an_evening_hour_the_sentence_says_is_the_evenings_only_warns(locale, msgstr):
    # Everyday speech (heute Abend um 8 Uhr) however a desk writes the hour: no other time.
    assert [issue[:2] for issue in reviewed(POLLS, msgstr, locale)] == [("time-format", "warning")]


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Les bureaux de vote ouvrent à 8 heures ce matin."),
    ("de", "Die Wahllokale öffnen heute Morgen um 8 Uhr."),
])
def test_the_morning_hour_with_this_morning_said_elsewhere_only_warns_too(locale, msgstr):
    assert [issue[:2] for issue in reviewed("The polls open at 8 a.m.", msgstr, locale)] == [("time-format", "warning")]


TREATMENT = "The treatment lasts 1-3 months."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("zh", TREATMENT, "疗程为1-3月。"),
    ("zh", "The treatment lasts 1 to 3 months.", "疗程1～3月。"),
    ("ja", "The treatment lasts between 1 and 3 months.", "治療期間は1～3月。"),
    ("zh", TREATMENT, "疗程为1-3个月。"),
    # The months of a quarter the source names are its number still.
    ("zh", "Sales rose 3% in the first quarter.", "1-3月销售额增长3%。"),
    ("zh", "Sales rose 1-3% in the first quarter.", "1-3月销售额增长1-3%。"),
])
def test_a_span_of_months_written_with_the_months_character_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("zh", TREATMENT, "疗程为1-6月。", ("numbers", "error", "missing 3; not in the source: 6")),
    ("ja", "The treatment lasts 1 to 3 months.", "治療期間は1～6月。", ("numbers", "error", "missing 3; not in the source: 6")),
])
def test_another_span_of_months_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]


MEETING = "The meeting starts at 9 a.m."


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "La riunione inizia alle 9."),
    ("it", "La riunione inizia lunedì alle 9."),
    ("it", "La riunione inizia alle ore 9."),
    ("es", "La reunión empieza a las 9."),
    ("pt", "A reunião começa às 9."),
    ("de", "Das Treffen beginnt um 9."),
])
def test_a_morning_hour_as_the_24_hour_clock_writes_it_passes(locale, msgstr):
    assert reviewed(MEETING, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("it", MEETING, "La riunione inizia alle 10.", ("numbers", "error", "missing 9 a.m.; not in the source: 10")),
    ("it", "The meeting starts at 9 p.m.", "La riunione inizia alle 9.",
     ("numbers", "error", "9 p.m. written 9 is another hour on a 24-hour clock: write 21")),
    ("it", "The meeting starts at 9 p.m.", "La riunione inizia alle ore 9.",
     ("numbers", "error", "9 p.m. written alle ore 9 is another hour on a 24-hour clock: write alle ore 21")),
    # The evening said in the sentence makes the bare hour the evening's: another time.
    ("it", MEETING, "La riunione inizia stasera alle 9.",
     ("time-format", "warning", "time written differently: 9 a.m. → 9; check it is the same time")),
])
def test_another_hour_for_a_morning_or_evening_hour_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", "Profits tripled.", "利益は3倍になった。"),
    ("ja", "Profits tripled to 3 billion yen.", "利益は3倍の30億円になった。"),
    ("ja", "Profits doubled.", "利益は2倍に増えた。"),
    ("zh", "Profits tripled.", "利润增长了2倍。"),  # up by two times: three times as much
    ("fr", "Profits tripled.", "Les bénéfices ont été multipliés par 3."),
    ("fr", "Profits tripled.", "Les bénéfices sont 3 fois plus élevés."),
    ("ja", "Profits rose three times.", "利益は3倍になった。"),
])
def test_a_multiple_in_digits_for_the_sources_multiplying_verb_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("ja", "Profits tripled.", "利益は2倍になった。",
     [("number-added", "warning", "not in the source: 2"), ("numbers", "error", "missing tripled; not in the source: 2倍")]),
    ("ja", "Profits tripled to 3 billion yen.", "利益は3倍の40億円になった。", [("numbers", "error", "missing 3; not in the source: 40")]),
])
def test_another_multiple_or_amount_beside_the_sources_multiplying_verb_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == expected


BARREL = "Oil traded at $80 a barrel."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", BARREL, "原油は1バレル80ドルで取引された。"),
    ("ja", "Oil traded at $80 per barrel.", "原油は1バレル当たり80ドルで取引された。"),
    ("ja", "Gold rose to $2,000 an ounce.", "金は1オンス2000ドルに上昇した。"),
    ("ja", "The company will pay a dividend of 50 yen per share.", "同社は1株当たり50円の配当を支払う。"),
    ("ja", "Output rose to 2.5 million barrels a day.", "生産量は1日250万バレルに増えた。"),
    ("ko", BARREL, "유가는 1배럴에 80달러에 거래됐다."),
])
def test_the_one_unit_of_a_rate_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("ja", BARREL, "原油は1バレル90ドルで取引された。", ("numbers", "error", "missing 80; not in the source: 90")),
    # A one the source's rate does not say is the translation's own.
    ("ja", "Oil traded at $80.", "原油は1バレル80ドルで取引された。", ("number-added", "warning", "not in the source: 1")),
    ("ja", "Oil traded at $80 a barrel in 1 day.", "原油は1バレル80ドルで取引された。", ("numbers", "error", "missing 1")),
])
def test_another_price_or_a_one_of_its_own_beside_a_rate_is_reported(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize("msgstr", ["1至3月出口增长5%。", "1月至3月出口增长5%。", "1到3月出口增长5%。"])
def test_a_quarter_by_its_months_with_the_chinese_to_passes(msgstr):
    assert reviewed("Exports grew 5% in the first quarter.", msgstr, "zh") == []


def test_another_quarter_by_its_months_with_the_chinese_to_is_reported():
    assert reviewed("Exports grew 5% in the third quarter.", "4月至6月出口增长5%。", "zh") == [
        ("numbers", "error", "missing the number 3 the source writes in words; not in the source: 2"),
        ("numbers", "error", "the quarter: third quarter in the source, 4月至6月 in the translation"),
    ]
