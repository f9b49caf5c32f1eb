"""What the review reads of quarters and multiples: a quarter of a year or a match put for
another in any of the review's languages (the second quarter → im ersten Quartal, 第1四半期,
1분기, الربع الأول); a percentage made a multiple of its number (3% → 3倍, das 3-Fache, 3배);
a multiple said with -fold (threefold) and in Korean (3배, 세 배로, 절반으로); the one of a
rate the source says with `each` or `every` (500 cars each day → 1日あたり500台); a percentage
whose number is left bare (um 3) and the first of a range of percentages, which is not (3 bis 5
Prozent); and percentage points made a percentage (0.2 percentage points → 0,2 Prozent)."""

from __future__ import annotations

import pytest
from test_check import reviewed

SECOND_QUARTER = "Sales fell in the second quarter."


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Der Umsatz sank im zweiten Quartal."),
    ("de", "Der Umsatz sank im 2. Quartal."),
    ("fr", "Les ventes ont baissé au 2e trimestre."),
    ("fr", "Les ventes ont baissé au deuxième trimestre."),
    ("es", "Las ventas cayeron en el segundo trimestre."),
    ("it", "Le vendite sono calate nel secondo trimestre."),
    ("pt", "As vendas caíram no segundo trimestre."),
    ("nl", "De omzet daalde in het tweede kwartaal."),
    ("ru", "Продажи упали во втором квартале."),
    ("ru", "Продажи упали во II квартале."),
    ("pl", "Sprzedaż spadła w drugim kwartale."),
    ("ja", "第2四半期の売上高は減少した。"),
    ("ja", "4～6月期の売上高は減少した。"),
    ("zh", "二季度销售额下降。"),
    ("zh", "第二季度销售额下降。"),
    ("ko", "2분기 매출이 감소했다."),
    ("ko", "2·4분기 매출이 감소했다."),
    ("ko", "2/4분기 매출이 감소했다."),
    ("ar", "تراجعت المبيعات في الربع الثاني."),
    ("he", "המכירות ירדו ברבעון השני."),
])
def test_the_same_quarter_passes(locale, msgstr):
    assert reviewed(SECOND_QUARTER, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr, quarter", [
    ("de", "Der Umsatz sank im ersten Quartal.", "ersten Quartal"),
    ("fr", "Les ventes ont baissé au premier trimestre.", "premier trimestre"),
    ("fr", "Les ventes ont baissé au T1.", "T1"),
    ("es", "Las ventas cayeron en el primer trimestre.", "primer trimestre"),
    ("nl", "De omzet daalde in het eerste kwartaal.", "eerste kwartaal"),
    ("ru", "Продажи упали в I квартале.", "I квартале"),
    ("pl", "Sprzedaż spadła w pierwszym kwartale.", "pierwszym kwartale"),
    ("ja", "第1四半期の売上高は減少した。", "第1四半期"),
    ("ja", "1-3月期の売上高は減少した。", "1-3月期"),
    ("zh", "第一季度销售额下降。", "第一季度"),
    ("ko", "1분기 매출이 감소했다.", "1분기"),
    ("ar", "تراجعت المبيعات في الربع الأول.", "الربع الأول"),
    ("he", "המכירות ירדו ברבעון הראשון.", "ברבעון הראשון"),
])
def test_the_first_quarter_for_the_second_is_an_error(locale, msgstr, quarter):
    # The first is no count the counts in words read (one is also an article): only the quarter tells.
    assert ("numbers", "error", f"the quarter: second quarter in the source, {quarter} in the translation") in reviewed(SECOND_QUARTER, msgstr, locale)


@pytest.mark.parametrize("msgid, msgstr, expected", [
    ("Revenue in Q2 rose 8%.", "Der Umsatz stieg im dritten Quartal um 8 Prozent.",
     ["missing Q2; not in the source: dritten", "the quarter: Q2 in the source, dritten Quartal in the translation"]),
    ("He scored in the third quarter.", "Er traf im vierten Viertel.",
     ["missing third; not in the source: vierten", "the quarter: third quarter in the source, vierten Viertel in the translation"]),
    # A quarter-final is no quarter, and a quarter the translation does not name is not compared.
    ("The first quarter-final was on Monday.", "Das erste Viertelfinale war am Montag.", []),
    ("Sales fell in Q2 and rose in Q3.", "Der Umsatz sank im zweiten und stieg im dritten Quartal.", []),
])
def test_a_quarter_in_german(msgid, msgstr, expected):
    assert [message for _, _, message in reviewed(msgid, msgstr, "de")] == expected


@pytest.mark.parametrize("locale, msgstr, multiple", [
    ("ja", "利益は3倍に増えた。", "3倍"),
    ("zh", "利润增长了3倍。", "增长了3倍"),
    ("ko", "이익이 3배 늘었다.", "3배"),
    ("de", "Die Gewinne stiegen um das 3-Fache.", "3-Fache"),
    ("fr", "Les bénéfices ont été multipliés par 3.", "multipliés par 3"),
    ("es", "Los beneficios aumentaron 3 veces.", "3 veces"),
])
def test_a_percentage_made_a_multiple_of_its_number_is_an_error(locale, msgstr, multiple):
    assert reviewed("Profits rose 3%.", msgstr, locale) == [
        ("numbers", "error", f"the percentage 3% in the source is a multiple in the translation: {multiple}")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", "Profits rose 3%.", "利益は3%増えた。"),
    ("ko", "Profits rose 3%.", "이익이 3% 늘었다."),
    ("de", "Profits rose 3%.", "Die Gewinne stiegen um 3 Prozent."),
    # A multiple the source says beside its percentage is the source's.
    ("de", "Profits rose 3%, three times the pace of last year.", "Die Gewinne stiegen um 3 %, dreimal so schnell wie im Vorjahr."),
    ("de", "Profits rose 200%, or threefold.", "Die Gewinne stiegen um 200 %, also auf das Dreifache."),
])
def test_a_percentage_kept_a_percentage_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Profits rose threefold.", "Die Gewinne verdreifachten sich."),
    ("de", "Profits rose threefold.", "Die Gewinne stiegen auf das Dreifache."),
    ("ja", "Profits rose threefold.", "利益は3倍に増えた。"),
    ("ja", "A twofold rise in costs hit profits.", "コストの2倍増が利益を圧迫した。"),
    ("ko", "Profits tripled.", "이익이 3배 늘었다."),
    ("ko", "Profits tripled.", "이익이 세 배로 늘었다."),
    ("ko", "Profits halved.", "이익이 절반으로 줄었다."),
    ("ja", "The plant makes 500 cars each day.", "工場は1日あたり500台を生産する。"),
    ("ja", "The plant makes 500 cars every day.", "工場は1日500台を生産する。"),
])
def test_a_multiple_said_as_the_source_says_it_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", "Profits rose threefold.", "Die Gewinne verdoppelten sich.", "missing threefold; not in the source: verdoppelten"),
    ("ja", "Profits rose threefold.", "利益は2倍に増えた。", "missing threefold; not in the source: 2倍"),
    ("ko", "Profits tripled.", "이익이 두 배로 늘었다.", "missing tripled; not in the source: 두 배"),
    ("ko", "Profits tripled.", "이익이 절반으로 줄었다.", "missing tripled; not in the source: 절반으로 줄"),
])
def test_another_multiple_is_an_error(locale, msgid, msgstr, expected):
    assert ("numbers", "error", expected) in reviewed(msgid, msgstr, locale)


def test_a_percentage_whose_number_the_translation_writes_bare_warns():
    assert reviewed("Prices rose 3%.", "Die Preise stiegen um 3.", "de") == [
        ("percent-dropped", "warning", "the source's 3% is 3 in the translation, without a percent sign or word")
    ]


@pytest.mark.parametrize("locale, msgstr, points", [
    ("de", "Die Preise stiegen um 3 Prozentpunkte.", "3 Prozentpunkte"),
    ("fr", "Les prix ont augmenté de 3 points.", "3 points"),
    ("zh", "价格上涨了3个百分点。", "3个百分点"),
    ("ja", "物価は3ポイント上昇した。", "3ポイント"),
])
def test_a_percentage_made_points_is_an_error(locale, msgstr, points):
    assert reviewed("Prices rose 3%.", msgstr, locale) == [
        ("numbers", "error", f"the source's 3% is {points} in the translation: a percentage is no points")
    ]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Prices rose 3%.", "Die Preise stiegen um 3 %."),
    ("de", "Prices rose 3%.", "Es war ein 3-prozentiger Anstieg der Preise."),
    ("de", "Prices rose 3 percent.", "Die Preise stiegen um 3 Prozent."),
    ("fr", "Prices rose 3.5%.", "Les prix ont augmenté de 3,5 pour cent."),
    ("es", "Prices rose 3%.", "Los precios subieron un 3 por ciento."),
    ("ru", "Prices rose 3%.", "Цены выросли на 3 процента."),
    ("ru", "Prices rose 3%.", "Это был 3-процентный рост цен."),
    ("zh", "Prices rose 3%.", "价格上涨了百分之三。"),
    ("ko", "Prices rose 3%.", "물가가 3퍼센트 올랐다."),
    ("he", "Prices rose 3%.", "המחירים עלו ב-3 אחוזים."),
    # The source's own bare 3 beside its 3%, and a language whose percent may come first.
    ("de", "3 shops raised prices 3%.", "3 Geschäfte erhöhten die Preise um 3 %."),
    ("tr", "Prices rose 3%.", "Fiyatlar %3 arttı."),
])
def test_a_percentage_kept_in_any_form_is_quiet(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Prices rose between 3% and 5%.", "Die Preise stiegen um 3 bis 5 Prozent."),
    ("fr", "Prices rose 3-5%.", "Les prix ont augmenté de 3 à 5 %."),
    ("ja", "Prices rose 3-5%.", "物価は3～5％上昇した。"),
])
def test_the_first_number_of_a_range_of_percentages_is_a_percentage(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("de", "Unemployment fell by 0.2 percentage points.", "Die Arbeitslosigkeit sank um 0,2 Prozent.",
     "the source's 0.2 percentage points are 0,2 Prozent in the translation: points are no percentage"),
    ("fr", "The rate rose 0.25 points to 4.25%.", "Le taux a augmenté de 0,25 % à 4,25 %.",
     "the source's 0.25 points are 0,25 % in the translation: points are no percentage"),
    ("de", "The Dax fell 120 points.", "Der Dax fiel um 120 Prozent.",
     "the source's 120 points are 120 Prozent in the translation: points are no percentage"),
])
def test_points_made_a_percentage_are_an_error(locale, msgid, msgstr, expected):
    assert reviewed(msgid, msgstr, locale) == [("numbers", "error", expected)]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Unemployment fell by 0.2 percentage points.", "Die Arbeitslosigkeit sank um 0,2 Prozentpunkte."),
    ("fr", "Unemployment fell by 0.2 percentage points.", "Le chômage a reculé de 0,2 point de pourcentage."),
    ("es", "Unemployment fell by 0.2 percentage points.", "El desempleo bajó 0,2 puntos porcentuales."),
    ("ja", "Unemployment fell by 0.2 percentage points.", "失業率は0.2ポイント低下した。"),
    ("de", "The Dax fell 120 points, or 0.8%.", "Der Dax fiel um 120 Punkte oder 0,8 %."),
    # The same number as points and as a percentage in the source: either may be the translation's.
    ("de", "Support rose 2 points to 2%.", "Die Zustimmung stieg um 2 Punkte auf 2 %."),
])
def test_points_kept_points_pass(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Im ersten Halbjahr lieferte der Konzern doppelt so viel aus wie im Vorjahr."),
    ("fr", "Au premier semestre, le groupe a expédié deux fois plus que l'année précédente."),
])
def test_a_half_of_the_year_named_by_its_number_is_no_span(locale, msgstr):
    assert reviewed("In the first half, the group shipped twice as much as a year earlier.", msgstr, locale) == []


@pytest.mark.parametrize("msgid, msgstr", [
    # A quarter's number both name, and a half of the year by its months, are no number added.
    ("Net profit jumped from $2.1 billion in Q2 last year.", "純利益は前年4～6月期の21億ドルから急増した。"),
    ("Net profit jumped from $2.1 billion in Q2 last year.", "純利益は前年第2四半期の21億ドルから急増した。"),
    ("In the first half, the group shipped twice as much as a year earlier.", "1～6月期の出荷量は前年の2倍だった。"),
    # 倍 after の is twice; 氷点下 a minus.
    ("Rovers had twice as many shots as United.", "ローヴァーズのシュート数はユナイテッドの倍だった。"),
    ("Temperatures fell from 68°F to 25°F within three hours.", "気温は3時間のうちに20度から氷点下4度まで下がった。"),
])
def test_a_japanese_translation_as_japanese_news_writes_it_passes(msgid, msgstr):
    assert reviewed(msgid, msgstr, "ja") == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # A half of the year by its months is the half; the second of `the second half` is said by it.
    ("ja", "In the first half, profit rose.", "1～6月期の利益は増えた。"),
    ("ja", "In the second half, profit rose.", "7～12月期の利益は増えた。"),
    ("zh", "In the second half, profit rose.", "7-12月利润增长。"),
    ("zh", "In the second half, profit rose.", "下半年利润增长。"),
    ("ja", "In the second half, profit rose.", "下半期の利益は増えた。"),
])
def test_a_half_of_the_year_by_its_months_or_its_name_is_the_sources(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, half", [
    ("ja", "In the first half, profit rose.", "7～12月期の利益は増えた。", "7～12月期"),
    ("zh", "In the second half, profit rose.", "1-6月利润增长。", "1-6月"),
])
def test_the_other_half_by_its_months_is_an_error(locale, msgid, msgstr, half):
    source_half = msgid.split(",")[0].removeprefix("In the ")
    assert ("numbers", "error", f"the half: {source_half} in the source, {half} in the translation") in reviewed(msgid, msgstr, locale)
