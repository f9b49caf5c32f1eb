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


# -- basis points and percentage points ------------------------------------------------------

RATE_IN_BASIS_POINTS = "The central bank raised its key rate by 25 basis points to 4.5%."
RATE_IN_POINTS = "The central bank raised its key rate by 0.25 percentage points to 4.5%."
UNEMPLOYMENT = "Unemployment rose 0.4 percentage points to 6.1%."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # The change in the other of the two units, converted: the same change.
    ("de", RATE_IN_BASIS_POINTS, "Die Notenbank hob den Leitzins um 0,25 Prozentpunkte auf 4,5 Prozent an."),
    ("it", RATE_IN_BASIS_POINTS, "La banca centrale ha alzato il tasso di riferimento di 0,25 punti percentuali al 4,5%."),
    ("es", RATE_IN_POINTS, "El banco central subió su tipo de referencia en 25 puntos básicos, hasta el 4,5%."),
    ("fr", RATE_IN_POINTS, "La banque centrale a relevé son taux directeur de 25 points de base, à 4,5 %."),
    ("zh", RATE_IN_POINTS, "央行将基准利率上调25个基点至4.5%。"),
    ("ru", RATE_IN_BASIS_POINTS, "Центробанк повысил ключевую ставку на 0,25 процентного пункта, до 4,5%."),
    # The same unit, or points without saying which, as French and Spanish desks write a rate's change.
    ("de", RATE_IN_BASIS_POINTS, "Die Notenbank hob den Leitzins um 25 Basispunkte auf 4,5 Prozent an."),
    ("pt", UNEMPLOYMENT, "O desemprego subiu 0,4 ponto percentual, para 6,1%."),
    ("fr", UNEMPLOYMENT, "Le chômage a progressé de 0,4 point, à 6,1 %."),
    ("es", UNEMPLOYMENT, "El paro subió 0,4 puntos, hasta el 6,1%."),
])
def test_a_change_in_basis_points_or_percentage_points_either_way_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, unit", [
    ("it", RATE_IN_BASIS_POINTS, "La banca centrale ha alzato il tasso di riferimento di 25 punti percentuali al 4,5%.",
     "the unit: 25 basis points in the source, 25 punti percentuali in the translation"),
    ("de", RATE_IN_POINTS, "Die Notenbank hob den Leitzins um 0,25 Basispunkte auf 4,5 Prozent an.",
     "the unit: 0.25 percentage points in the source, 0,25 Basispunkte in the translation"),
    ("zh", RATE_IN_BASIS_POINTS, "央行将基准利率上调25个百分点至4.5%。",
     "the unit: 25 basis points in the source, 25个百分点 in the translation"),
])
def test_a_change_in_the_other_unit_of_points_with_the_same_number_is_refused(locale, msgid, msgstr, unit):
    assert ("numbers", "error", unit) in reviewed(msgid, msgstr, locale)


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("de", UNEMPLOYMENT, "Die Arbeitslosenquote stieg um 0,4 Prozent auf 6,1 Prozent.",
     "the source's 0.4 percentage points are 0,4 Prozent in the translation: points are no percentage"),
    ("es", RATE_IN_BASIS_POINTS, "El banco central subió su tipo de referencia un 25%, hasta el 4,5%.",
     "the source's 25 basis points are 25% in the translation: points are no percentage"),
])
def test_points_the_translation_makes_a_percentage_are_an_error(locale, msgid, msgstr, message):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", message)]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", RATE_IN_BASIS_POINTS, "中央銀行は政策金利を0.25%ポイント引き上げ、4.5%とした。"),
    ("ko", UNEMPLOYMENT, "실업률은 0.4%포인트 상승해 6.1%를 기록했다."),
    ("ko", UNEMPLOYMENT, "실업률은 0.4%p 상승해 6.1%를 기록했다."),
])
def test_percentage_points_written_with_a_percent_sign_are_points(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- a range of percentages with the sign at its end -----------------------------------------

PRICES = "Prices are expected to rise by between 5% and 7% next year."


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Die Preise dürften im nächsten Jahr um 5 bis 7 Prozent steigen."),
    ("fr", "Les prix devraient augmenter de 5 à 7 % l’an prochain."),
    ("es", "Se espera que los precios suban entre el 5 y el 7% el próximo año."),
    ("it", "Si prevede che i prezzi salgano tra il 5 e il 7% l’anno prossimo."),
    ("pt", "Os preços devem subir entre 5 e 7% no próximo ano."),
    ("ru", "Ожидается, что цены вырастут на 5–7% в следующем году."),
])
def test_a_range_of_percentages_with_the_sign_at_its_end_is_two_percentages(locale, msgstr):
    assert reviewed(PRICES, msgstr, locale) == []


def test_a_bare_number_beside_a_percentage_that_ends_no_range_is_still_a_percent_dropped():
    found = reviewed("Prices rose 5% and wages 7%.", "Die Preise stiegen um 5, die Löhne um 7 Prozent.", "de")
    assert ("percent-dropped", "warning", "the source's 5% is 5 in the translation, without a percent sign or word") in found


# -- `second` as an ordinal -------------------------------------------------------------------

VISIT = "The president will visit Paris next Thursday, his second trip this year."


@pytest.mark.parametrize("locale, msgstr", [
    ("fr", "Le président se rendra à Paris jeudi prochain, son troisième déplacement cette année."),
    ("de", "Der Präsident reist am kommenden Donnerstag nach Paris – seine dritte Reise in diesem Jahr."),
    ("es", "El presidente visitará París el próximo jueves, su tercer viaje este año."),
])
def test_another_ordinal_for_the_second_after_a_possessive_is_refused(locale, msgstr):
    assert [(check, severity) for check, severity, _ in reviewed(VISIT, msgstr, locale)] == [("numbers", "error")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", VISIT, "Le président se rendra à Paris jeudi prochain, son deuxième déplacement cette année."),
    ("it", VISIT, "Il presidente sarà a Parigi giovedì prossimo, il suo secondo viaggio quest’anno."),
    ("de", "It is the second largest economy in Europe.", "Es ist die zweitgrößte Volkswirtschaft Europas."),
    ("de", "The second of the two ships docked.", "Das zweite der beiden Schiffe legte an."),
    ("fr", "He won a second term in 2020.", "Il a été réélu en 2020."),
])
def test_the_second_said_as_the_second_or_rephrased_passes(locale, msgid, msgstr):
    assert [severity for _, severity, _ in reviewed(msgid, msgstr, locale) if severity == "error"] == []


# -- a change by a fraction -------------------------------------------------------------------

EXPORTS = "Exports to China dropped by a third last year."


@pytest.mark.parametrize("locale, msgid, msgstr, fractions", [
    ("fr", EXPORTS, "Les exportations vers la Chine ont chuté d’un quart l’an dernier.", "a third in the source, un quart"),
    ("it", EXPORTS, "Le esportazioni verso la Cina sono calate di un quarto l’anno scorso.", "a third in the source, un quarto"),
    ("de", "Exports to China dropped by a quarter last year.", "Die Exporte nach China gingen im vergangenen Jahr um ein Drittel zurück.",
     "a quarter in the source, ein Drittel"),
])
def test_a_change_by_another_fraction_is_refused(locale, msgid, msgstr, fractions):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", f"the fraction: {fractions} in the translation")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", EXPORTS, "Les exportations vers la Chine ont chuté d’un tiers l’an dernier."),
    ("it", EXPORTS, "Le esportazioni verso la Cina sono calate di un terzo l’anno scorso."),
    ("de", "Exports to China dropped by a quarter last year.", "Die Exporte nach China gingen im vergangenen Jahr um ein Viertel zurück."),
    ("fr", "The team lost in a quarter-final, its third this year.", "L’équipe a perdu lors d’un quart de finale, son troisième cette année."),
    ("de", "Sales rose in the first quarter by a third.", "Der Umsatz stieg im ersten Quartal um ein Drittel."),
])
def test_a_change_by_the_same_fraction_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- Italian participles and subjunctives of a change ------------------------------------------

@pytest.mark.parametrize("msgid, msgstr, source_words, target_says, target_words", [
    ("Shares in the bank slumped 12 per cent in early trading.",
     "Le azioni della banca sono balzate del 12 per cento nelle prime contrattazioni.", "slumped", "rise", "balzate"),
    ("Shares in the bank rose 12 per cent in early trading.",
     "Le azioni della banca sono crollate del 12 per cento nelle prime contrattazioni.", "rose", "fall", "crollate"),
    ("Prices are expected to rise by between 5% and 7% next year.",
     "Si prevede che i prezzi scendano tra il 5 e il 7% il prossimo anno.", "rise", "fall", "scendano"),
    ("Prices are expected to fall by 5% next year.", "Si stima che i prezzi salgano del 5% il prossimo anno.", "fall", "rise", "salgano"),
])
def test_an_italian_change_the_other_way_in_a_participle_or_subjunctive_warns(msgid, msgstr, source_words, target_says, target_words):
    source_says = "fall" if target_says == "rise" else "rise"
    assert reviewed(msgid, msgstr, "it") == [
        ("direction", "warning", f"the source says a {source_says} (“{source_words}”), the translation only a {target_says} "
                                 f"(“{target_words}”): check which way the figure moved"),
    ]


@pytest.mark.parametrize("msgid, msgstr", [
    ("Shares in the bank slumped 12 per cent in early trading.",
     "Le azioni della banca sono crollate del 12 per cento nelle prime contrattazioni."),
    ("Prices are expected to rise by between 5% and 7% next year.",
     "Si prevede che i prezzi salgano tra il 5 e il 7% il prossimo anno."),
])
def test_an_italian_change_the_same_way_passes(msgid, msgstr):
    assert reviewed(msgid, msgstr, "it") == []


# -- Italian thousands, half hours and ages as an Italian desk writes them ----------------------

@pytest.mark.parametrize("msgid, msgstr", [
    ("Police said about 200,000 people took part.", "Secondo la polizia, hanno partecipato circa 200mila persone."),
    ("The deal is worth 3.5 billion euros.", "L’accordo vale 3,5mld di euro."),
    ("The deal is worth 3.5 million euros.", "L’accordo vale 3,5mln di euro."),
    ("The 19-year-old striker signed a five-year contract.", "L’attaccante diciannovenne ha firmato un contratto quinquennale."),
    ("The 43-year-old was arrested on Monday.", "Il quarantatreenne è stato arrestato lunedì."),
    ("Two 21-year-olds were arrested.", "Due ventunenni sono stati arrestati."),
])
def test_an_italian_scale_or_age_in_one_word_is_the_source_s_figure(msgid, msgstr):
    assert reviewed(msgid, msgstr, "it") == []


@pytest.mark.parametrize("msgid, msgstr", [
    ("Police said about 200,000 people took part.", "Secondo la polizia, hanno partecipato circa 20mila persone."),
    ("The deal is worth 3.5 billion euros.", "L’accordo vale 3,5mln di euro."),
    ("The 19-year-old striker signed a five-year contract.", "L’attaccante diciottenne ha firmato un contratto quinquennale."),
])
def test_another_italian_scale_or_age_in_one_word_is_refused(msgid, msgstr):
    assert [severity for _, severity, _ in reviewed(msgid, msgstr, "it")] == ["error"]


MEETING = "The meeting starts at 9.30 a.m. on Wednesday."


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "La riunione inizia mercoledì alle 9 e mezza."),
    ("es", "La reunión empieza el miércoles a las 9 y media."),
    ("pt", "A reunião começa na quarta-feira às 9 e meia."),
])
def test_an_hour_with_its_half_in_words_is_the_source_s_time(locale, msgstr):
    assert [severity for _, severity, _ in reviewed(MEETING, msgstr, locale) if severity == "error"] == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("it", MEETING, "La riunione inizia mercoledì alle 10 e mezza."),
    ("it", "The meeting starts at 9 a.m. on Wednesday.", "La riunione inizia mercoledì alle 9 e mezza."),
    ("es", MEETING, "La reunión empieza el miércoles a las 8 y media."),
])
def test_another_hour_or_a_half_added_is_refused(locale, msgid, msgstr):
    assert "error" in [severity for _, severity, _ in reviewed(msgid, msgstr, locale)]


# -- cents and pence --------------------------------------------------------------------------

DIVIDEND = "The company will pay a dividend of 85 cents a share."


@pytest.mark.parametrize("locale, msgstr, amount", [
    ("es", "La empresa pagará un dividendo de 85 dólares por acción.", "85 dólares"),
    ("de", "Das Unternehmen zahlt eine Dividende von 85 Dollar je Aktie.", "85 Dollar"),
    ("ja", "同社は1株当たり85ドルの配当を支払う。", "85 ドル"),
])
def test_cents_the_translation_makes_the_currency_itself_are_refused(locale, msgstr, amount):
    assert reviewed(DIVIDEND, msgstr, locale) == [
        ("numbers", "error", f"the source's 85 cents are {amount} in the translation, a hundred times as much"),
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", DIVIDEND, "Das Unternehmen zahlt eine Dividende von 85 Cent je Aktie."),
    ("es", DIVIDEND, "La empresa pagará un dividendo de 85 centavos de dólar por acción."),
    ("it", DIVIDEND, "La società pagherà un dividendo di 85 centesimi di dollaro per azione."),
    ("zh", DIVIDEND, "该公司将派发每股85美分的股息。"),
    # The amount in the currency, converted.
    ("de", DIVIDEND, "Das Unternehmen zahlt eine Dividende von 0,85 Dollar je Aktie."),
    ("fr", DIVIDEND, "Le groupe versera un dividende de 0,85 dollar par action."),
    # The source gives the number in the currency too.
    ("fr", "Shares rose 85 cents to $85.", "L’action a gagné 85 cents, à 85 dollars."),
])
def test_cents_kept_or_converted_pass(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- a year beside a span, a season and a count joined to a name --------------------------------

JAILED = "He was jailed for 18 months in 2019."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", JAILED, "Fue condenado en 2019 a año y medio de cárcel."),
    ("es", "He was jailed for 30 months in 2019.", "Fue condenado en 2019 a dos años y medio de cárcel."),
    ("ja", "The 2024-25 season starts in August.", "2024～25年シーズンは8月に開幕する。"),
    ("ja", "Only 4 of the 27 EU countries met the target.", "目標を達成したのはEU27カ国中4カ国だけだった。"),
])
def test_a_figure_beside_a_year_or_a_name_as_a_desk_writes_it_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # Years for months, where a year before the span read as the start of a range.
    ("es", JAILED, "Fue condenado en 2019 a 18 años de cárcel."),
    ("es", "He was jailed for 30 months in 2019.", "Fue condenado en 2019 a tres años y medio de cárcel."),
    ("ja", "The 2024-25 season starts in August.", "2023～24年シーズンは8月に開幕する。"),
    ("ja", "Only 4 of the 27 EU countries met the target.", "目標を達成したのはEU28カ国中4カ国だけだった。"),
])
def test_another_figure_beside_a_year_or_a_name_is_refused(locale, msgid, msgstr):
    assert "error" in [severity for _, severity, _ in reviewed(msgid, msgstr, locale)]


# -- noon and midnight in Russian, an evening hour bare after another of the clock's prepositions --

COURT = "The court will rule at noon on December 3."


def test_noon_in_russian_is_the_source_s_noon():
    assert reviewed(COURT, "Суд огласит решение 3 декабря в полдень.", "ru") == []


def test_midnight_for_noon_in_russian_is_refused():
    assert reviewed(COURT, "Суд огласит решение 3 декабря в полночь.", "ru") == [
        ("numbers", "error", "missing noon; not in the source: полночь"),
    ]


def test_the_afternoon_in_russian_is_no_noon():
    assert reviewed("The attack began at 3 p.m.", "Атака началась в 3 часа после полудня.", "ru") == []


TEAR_GAS = "Police fired tear gas shortly before 8 p.m."


@pytest.mark.parametrize("locale, msgstr", [
    ("it", "Poco prima delle 8 la polizia ha lanciato gas lacrimogeni."),
    ("es", "Poco antes de las 8, la policía lanzó gases lacrimógenos."),
    ("pt", "Pouco antes das 8, a polícia disparou gás lacrimogêneo."),
])
def test_an_evening_hour_bare_after_the_clock_s_preposition_is_the_morning_s(locale, msgstr):
    assert reviewed(TEAR_GAS, msgstr, locale) == [
        ("numbers", "error", "8 p.m. written 8 is another hour on a 24-hour clock: write 20"),
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("it", TEAR_GAS, "Poco prima delle 20 la polizia ha lanciato gas lacrimogeni."),
    ("it", TEAR_GAS, "Poco prima delle 8 di sera la polizia ha lanciato gas lacrimogeni."),
    ("it", TEAR_GAS.replace("p.m.", "a.m."), "Poco prima delle 8 la polizia ha lanciato gas lacrimogeni."),
    ("es", "Three of the 8 teams play at 8 p.m.", "Tres de las 8 selecciones juegan a las 20."),
])
def test_an_hour_of_its_part_of_the_day_or_a_count_after_the_preposition_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- a span in another unit in Chinese and Japanese ---------------------------------------------

@pytest.mark.parametrize("locale, msgid, msgstr, missing", [
    ("zh", JAILED, "他于2019年被判入狱18年。", "missing 18 months; not in the source: 18年"),
    ("ja", JAILED, "2019年に禁錮18年の判決を受けた。", "missing 18 months; not in the source: 18年"),
    ("ja", "He was jailed for 18 months.", "禁錮18年の判決を受けた。", "missing 18 months; not in the source: 18年"),
    ("ja", "The strike lasted 3 months.", "ストは3週間続いた。", "missing 3 months; not in the source: 3週間"),
])
def test_a_span_in_another_unit_with_the_same_number_is_refused(locale, msgid, msgstr, missing):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", missing)]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("zh", JAILED, "他于2019年被判入狱18个月。"),
    ("ja", JAILED, "2019年に禁錮1年6月の判決を受けた。"),
    ("ja", JAILED, "2019年に禁錮18カ月の判決を受けた。"),
])
def test_a_span_in_its_unit_beside_a_year_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


# -- an age by its decade -----------------------------------------------------------------------

@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "The 60-year-old was taken to hospital.", "Le sexagénaire a été hospitalisé."),
    ("es", "The 70-year-old was taken to hospital.", "El septuagenario fue trasladado al hospital."),
    ("pt", "The 80-year-old woman was taken to hospital.", "A octogenária foi levada ao hospital."),
])
def test_an_age_by_its_decade_is_the_source_s_age(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("fr", "The 70-year-old was taken to hospital.", "Le sexagénaire a été hospitalisé."),
    # As 六旬 is sixty: the decade is no age of its own.
    ("fr", "The 64-year-old was taken to hospital.", "Le sexagénaire a été hospitalisé."),
])
def test_an_age_by_another_decade_is_refused(locale, msgid, msgstr):
    assert [severity for _, severity, _ in reviewed(msgid, msgstr, locale)] == ["error"]


# -- a conversion in brackets left out, a Russian compound of weeks -----------------------------

@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The temperature reached 40C (104F).", "Das Thermometer kletterte auf 40 Grad."),
    ("fr", "The temperature reached 40C (104F).", "Le thermomètre a atteint 40 °C."),
    ("ja", "The hike is 10 km (6 miles) long.", "ハイキングコースは全長10キロメートル。"),
    ("ru", "Israel and Hamas agreed a six-week ceasefire.", "Израиль и ХАМАС договорились о шестинедельном прекращении огня."),
])
def test_a_metric_figure_without_its_conversion_or_a_compound_of_weeks_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The temperature reached 40C (104F).", "Das Thermometer kletterte auf 41 Grad."),
    ("ru", "Israel and Hamas agreed a six-month ceasefire.", "Израиль и ХАМАС договорились о шестинедельном прекращении огня."),
])
def test_another_metric_figure_or_a_compound_of_another_unit_is_refused(locale, msgid, msgstr):
    assert [severity for _, severity, _ in reviewed(msgid, msgstr, locale)] == ["error"]


# -- a percentage as the multiple it makes ------------------------------------------------------

PROFITS = "Profits jumped 150% to a record 4.1 billion euros."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", PROFITS, "利益は2.5倍の41億ユーロと過去最高を記録した。"),
    ("zh", PROFITS, "利润增长了1.5倍，达到创纪录的41亿欧元。"),
    ("ja", "Profits jumped 200% last year.", "利益は昨年3倍に増えた。"),
    ("ja", "Debt reached 150% of GDP.", "債務はGDPの1.5倍に達した。"),
    ("zh", "Debt reached 250% of GDP.", "债务达到GDP的2.5倍。"),
])
def test_a_percentage_as_its_multiple_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("ja", PROFITS, "利益は1.5倍の41億ユーロと過去最高を記録した。", "missing 150; not in the source: 1.5"),
    ("ja", "Profits jumped 200% last year.", "利益は昨年2倍に増えた。", "missing 200; not in the source: 2"),
    ("ja", "Debt reached 150% of GDP.", "債務はGDPの2.5倍に達した。", "missing 150; not in the source: 2.5"),
])
def test_a_percentage_as_another_multiple_is_refused(locale, msgid, msgstr, message):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", message)]


# -- a fraction said as a proportion in words ---------------------------------------------------

RESPONDENTS = "Three-quarters of respondents oppose the plan."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", RESPONDENTS, "Tres de cada cuatro encuestados se oponen al plan."),
    ("it", RESPONDENTS, "Tre intervistati su quattro sono contrari al piano."),
    ("de", "Half of the voters backed it.", "Fünf von zehn Wählern unterstützten es."),
])
def test_a_fraction_said_as_the_same_proportion_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, fractions", [
    ("es", RESPONDENTS, "Dos de cada tres encuestados se oponen al plan.", "Three-quarters in the source, 2/3"),
    ("fr", "Two-thirds of voters backed it.", "Trois électeurs sur quatre l’ont soutenu.", "Two-thirds in the source, 3/4"),
])
def test_a_fraction_said_as_another_proportion_is_refused(locale, msgid, msgstr, fractions):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", f"the fraction: {fractions} in the translation")]


# -- a French hour after its weekday ------------------------------------------------------------

BRIDGE = "The bridge will be closed from 10 p.m. Friday to 5 a.m. Monday."


@pytest.mark.parametrize("msgid, msgstr", [
    (BRIDGE, "Le pont sera fermé de vendredi 22 heures à lundi 5 heures."),
    ("The strike will last 48 hours, starting at 6 a.m. on Tuesday.", "La grève durera 48 heures à partir de mardi 6 heures."),
    ("On Monday, 5 hours of strike halted trains.", "Lundi 5 heures de grève ont paralysé les trains."),
])
def test_a_french_hour_after_its_weekday_is_the_source_s_time(msgid, msgstr):
    assert reviewed(msgid, msgstr, "fr") == []


def test_a_french_hour_after_its_weekday_on_the_other_half_of_the_day_is_refused():
    assert reviewed(BRIDGE, "Le pont sera fermé de vendredi 22 heures à lundi 15 heures.", "fr") == [
        ("numbers", "error", "missing 5 a.m.; not in the source: 15 heures"),
    ]


# -- basis points said as a fraction of a point ---------------------------------------------------

@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The Fed cut rates by 50 basis points.", "Die Fed senkte die Zinsen um einen halben Prozentpunkt."),
    ("es", "The Fed cut rates by 50 basis points.", "La Fed recortó los tipos medio punto."),
    ("pt", "The Fed cut rates by 50 basis points.", "O Fed cortou os juros em meio ponto percentual."),
    ("de", "The Fed cut rates by 25 basis points.", "Die Fed senkte die Zinsen um einen Viertelprozentpunkt."),
    ("fr", "The Fed cut rates by 25 basis points.", "La Fed a abaissé ses taux d’un quart de point."),
    ("ru", "The Fed cut rates by 25 basis points.", "ФРС снизила ставку на четверть процентного пункта."),
])
def test_basis_points_said_as_their_fraction_of_a_point_pass(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


def test_basis_points_said_as_another_fraction_of_a_point_are_refused():
    msgid = "The Fed cut rates by 25 basis points."
    assert reviewed(msgid, "Die Fed senkte die Zinsen um einen halben Prozentpunkt.", "de") == [("numbers", "error", "missing 25")]
