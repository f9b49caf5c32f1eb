"""The figures checks: each number, time, date, month, weekday, count, fraction, share, span
of time, dozen, half, tally, currency and minus sign of the source found again in the
translation however its language writes it, and what a translation changed reported."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import newsroom_with_story
from test_check import checks, messages, reviewed, unit

from syndicate.catalog import Message
from syndicate.check import publish_errors
from syndicate.figures import figure_in_locale
from syndicate.figures.readers import decimal_value, formatted, symbols
from syndicate.model import Placeholder


@pytest.mark.parametrize("locale, written", [
    ("de", "1.200"), ("de", "1200"), ("de", "1\u00a0200"), ("de", "1\u202f200"),
    ("fr", "1\u202f200"), ("fr", "1\u00a0200"), ("fr", "1 200"), ("ru", "1 200"),
    ("de-CH", "1’200"), ("de-CH", "1'200"), ("en-XA", "1,200"), ("ar", "١٢٠٠"),
])
def test_grouped_numbers_are_the_same_number(locale, written):
    sentence = "Около {} ящиков." if locale == "ru" else "Rund {} Kisten."
    assert checks("About 1,200 boxes.", sentence.format(written), locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "About 12,500 people came.", "Rund 12 500 Menschen kamen."),
    ("de", "About 1,250,000 people came.", "Rund 1 250 000 Menschen kamen."),
    ("it", "About 12,500.5 tonnes.", "Circa 12 500,5 tonnellate."),
    ("ja", "About 12,500 people came.", "約12 500人が来た。"),
    ("de", "Prices rose in the 1990s.", "In den 90er-Jahren stiegen die Preise."),
    ("de", "Prices rose in the 1990s.", "In den 90ern stiegen die Preise."),
    ("de", "Prices rose in the 1990s.", "In den 1990er-Jahren stiegen die Preise."),
    ("da", "Prices rose in the 1990s.", "Priserne steg i 90’erne."),
    ("fr", "Prices rose in the 1990s.", "Les prix ont augmenté dans les années 1990."),
])
def test_a_large_number_grouped_by_spaces_and_a_decade_by_its_last_two_digits_are_the_same_number(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize("msgid, msgstr", [
    ("Prices rose in the 1980s.", "In den 90er-Jahren stiegen die Preise."),
    ("Prices rose in 1990.", "Die Preise stiegen um 90 Prozent."),
])
def test_a_decade_must_be_the_years_of_the_source(msgid, msgstr):
    assert checks(msgid, msgstr, "de") == [("numbers", "error")]


@pytest.mark.parametrize("locale, written", [("de", "3,5"), ("fr", "3,5"), ("es", "3,5"), ("de-CH", "3.5"), ("ja", "3.5")])
def test_decimals_are_read_the_target_locales_way(locale, written):
    sentence = "{}パーセント上昇した。" if locale == "ja" else "Es stieg um {} Prozent."
    assert checks("It rose 3.5 percent.", sentence.format(written), locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ar", "About 1,200 boxes, 3.5 percent more.", "نحو ١٬٢٠٠ صندوق، أي بزيادة ٣٫٥ في المئة."),
    ("fa", "About 1,200 boxes, 3.5 percent more.", "حدود ۱٬۲۰۰ جعبه، ۳٫۵ درصد بیشتر."),
    ("ja", "It costs €3.5 million a day.", "毎日350万ユーロの損失です。"),
    ("zh-Hans", "About 120,000 people marched.", "约12万人参加了游行。"),
    ("ko", "It costs €3.5 million a day.", "하루에 350만 유로의 비용이 듭니다."),
    ("zh-Hant", "A 2 billion dollar deal.", "一筆20億美元的交易。"),
    ("ja", "The deal is worth 1.2 trillion yen.", "取引額は1兆2000億円です。"),
    ("ja", "About 25,000 people marched.", "約2万5000人が行進した。"),
    ("zh-Hans", "It costs 350 million yuan.", "耗资3亿5000万元。"),
    ("ko", "The deal is worth 1.2 trillion won.", "거래 규모는 1조 2000억 원이다."),
    ("ja", "About 30,000 and 5,000 people.", "約3万人と5000人。"),
    ("de", "It costs €3.5 million a day.", "Es kostet 3,5 Millionen Euro am Tag."),
    ("fr", "It costs €3.5 million a day.", "Cela coûte 3,5 millions d’euros par jour."),
])
def test_numbers_in_local_digits_separators_and_scales_are_the_same_number(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize("msgid, msgstr", [
    ("It rose by 2.8 percent.", "ارتفع بـ٢٫٨ في المئة."),
    ("It rose by 3.9 percent.", "ارتفع بـ3.9 في المئة."),
    ("It rose by 15 percent.", "ارتفع ب15 في المئة."),
    ("It lasted for 12 years.", "استمر لـ12 عاما."),
    ("Police arrested 3 men and 4 women.", "اعتقلت الشرطة 3 رجال و4 نساء."),
])
def test_an_arabic_prefix_letter_before_a_number_leaves_the_number(msgid, msgstr):
    assert checks(msgid, msgstr, "ar") == []


@pytest.mark.parametrize("locale, msgstr", [("ar", "اجتمعت مجموعة G7 في روما."), ("de", "Die G7 trafen sich in Rom.")])
def test_digits_after_a_latin_letter_are_part_of_a_name_not_a_number(locale, msgstr):
    assert messages("The 7 leaders met in Rome.", msgstr, locale) == ["missing 7"]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", "Shares fell 4.5%.", "株価は４．５％下落した。"),
    ("ja", "Shares fell 4.5%.", "株価は4．5％下落した。"),
    ("ja", "The shares closed at 48.20 euros.", "株価は４８．２０ユーロで引けた。"),
    ("zh-Hans", "The fine is 12,345.60 yuan.", "罚款为１２，３４５．６０元。"),
    ("zh-Hans", "By 2025, 300 firms had closed.", "到2025，300家公司已关闭。"),  # a comma after ASCII digits
])
def test_full_width_decimal_points_and_group_commas_are_read_as_the_ascii_ones(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("ja", "A vote is expected in Jan. 2027.", "採決は2027年1月に行われる見通しだ。"),
    ("ja", "The strike began on November 18.", "ストライキは11月18日に始まった。"),
    ("ko", "The strike began on November 18.", "파업은 11월 18일에 시작됐다."),
    ("ru", "Talks resume on Nov. 24, 2026.", "Переговоры возобновятся 24.11.2026."),
    ("de", "The strike began on November 18.", "Der Streik begann am 18.11."),
    ("pl", "Talks resume on Nov. 24, 2026.", "Rozmowy zostaną wznowione 2026-11-24."),
    ("ja", "Costa scored twice on the third day.", "コスタは3日目に2得点した。"),
    ("ru", "The final drew 48,000 spectators.", "Финал собрал 48 тыс. зрителей."),
    ("ru", "About 1,200 boxes, $370 billion.", "Около 1,2 тыс. коробок, 0,37 трлн долларов."),
    ("pl", "The final drew 48,000 spectators.", "Finał przyciągnął 48 tys. widzów."),
    ("ja", "The stadium holds 48,000 people.", "スタジアムの収容人数は４８，０００人だ。"),
])
def test_dates_counts_in_words_and_local_scales_are_the_same_numbers(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The company has 5 plants in Europe.", "Das Unternehmen hat fünf Werke in Europa."),
    ("fr", "The company has 5 plants in Europe.", "L’entreprise compte cinq usines en Europe."),
    ("es", "The company has 11 plants in Europe.", "La empresa tiene once plantas en Europa."),
    ("ja", "The company has 5 plants in Europe.", "同社は欧州に五つの工場を持つ。"),
    ("zh-Hans", "The company has 12 plants in Europe.", "该公司在欧洲有十二家工厂。"),
    ("fr", "It was built in the 20th century.", "Il a été construit au XXe siècle."),
    ("fr", "It was built in the 19th century.", "Il a été construit au XIXᵉ siècle."),
    ("es", "It was built in the 21st century.", "Fue construido en el siglo XXI."),
    ("fr", "The 2nd round is on Sunday.", "Le second tour a lieu dimanche."),
    ("fr", "The 2nd round is on Sunday.", "Le deuxième tour a lieu dimanche."),
    ("de", "The 3rd round is on Sunday.", "Die dritte Runde ist am Sonntag."),
    ("nl", "The company has 5 plants in Europe.", "Het bedrijf heeft vijf fabrieken in Europa."),
    ("nl", "3 people were injured.", "Er raakten drie mensen gewond."),
    ("nl", "The company has 12 plants in Europe.", "Het bedrijf heeft twaalf fabrieken in Europa."),
    ("nl", "20 people were injured.", "Er raakten twintig mensen gewond."),
    ("nl", "22 people were injured.", "Er raakten tweeëntwintig mensen gewond."),
    ("nl", "The bridge is 100 years old.", "De brug is honderd jaar oud."),
    ("nl", "About 1,000 people came.", "Er kwamen zo'n duizend mensen."),
    ("nl", "About 1,200 people came.", "Er kwamen zo'n twaalfhonderd mensen."),
    ("de", "About 1,200 people came.", "Rund zwölfhundert Menschen kamen."),
    ("nl", "About 1,500 people came.", "Er kwamen zo'n vijftienhonderd mensen."),
    ("nl", "The 3rd round is on Sunday.", "De derde ronde is op zondag."),
])
def test_a_number_the_translation_writes_in_words_kanji_or_roman_numerals_is_the_same_number(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("msgid", "msgstr"), [
    # Dutch says counts its own way: in a compound, an idiom, a half hour, a decade.
    ("A family of four was rescued.", "Een vierkoppig gezin werd gered."),
    ("The athlete received a 2-year ban.", "De atleet kreeg een tweejarige schorsing."),
    ("The two-day summit opened.", "De tweedaagse top ging van start."),
    ("Around a dozen people gathered.", "Een tiental mensen kwam bijeen."),
    ("The talks began at half past eight.", "De gesprekken begonnen om half negen."),
    ("The talks lasted two weeks.", "De gesprekken duurden veertien dagen."),
    ("The strike lasted a week.", "De staking duurde acht dagen."),
    ("The strike lasted six months.", "De staking duurde een half jaar."),
    ("He was jailed for 18 months.", "Hij kreeg anderhalf jaar cel."),
    ("He was jailed for 2.5 years.", "Hij kreeg tweeënhalf jaar cel."),
    ("In the 1990s prices rose.", "In de jaren negentig stegen de prijzen."),
    ("A man was hurt in a crash.", "Een man raakte gewond bij een ongeluk."),
    ("The strike lasted eight hours, ending at 8 p.m.", "De staking duurde acht uur en eindigde om 20 uur."),
])
def test_dutch_counts_said_the_dutch_way_are_the_same_numbers(msgid, msgstr):
    assert checks(msgid, msgstr, "nl") == []


@pytest.mark.parametrize(("msgid", "msgstr"), [
    ("Five people were hurt.", "Er raakten mensen gewond."),
    ("21 people were hurt.", "Tweeëntwintig mensen raakten gewond."),
    ("The strike lasted six months.", "De staking duurde zes weken."),
    ("The athlete received a 2-year ban.", "De atleet kreeg een schorsing van twee maanden."),
    ("Costa scored twice.", "Costa scoorde drie keer."),
])
def test_a_dutch_count_that_is_another_keeps_a_translation_out_of_the_feed(msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, "nl") if check[1] == "error"] == [("numbers", "error")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "The company has 5 plants in Europe.", "Das Unternehmen hat sechs Werke in Europa."),
    ("nl", "The company has 5 plants in Europe.", "Het bedrijf heeft zes fabrieken in Europa."),
    ("nl", "20 people were injured.", "Er raakten dertig mensen gewond."),
    ("nl", "About 1,200 people came.", "Er kwamen zo'n elfhonderd mensen."),
    ("de", "About 1,200 people came.", "Rund dreizehnhundert Menschen kamen."),
    ("ja", "The company has 5 plants in Europe.", "同社は欧州に六つの工場を持つ。"),
    ("fr", "It was built in the 20th century.", "Il a été construit au XIXe siècle."),
    ("fr", "It costs 1,000 euros, Mr Dupont said.", "Cela coûte cher, a dit M. Dupont."),  # a lone M is an initial
    ("it", "The company has 1 plant in Europe.", "I suoi impianti sono in Europa."),  # and a lone I an article
    ("de", "Three ministers and 3 aides quit.", "Drei Minister und ihre Berater traten zurück."),  # Drei is Three's
])
def test_a_number_in_words_or_roman_numerals_must_have_the_source_numbers_value(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == [("numbers", "error")]


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("ja", "It costs 2 euros.", "1日あたり2ユーロかかる。", [("number-added", "warning")]),
    ("ja", "The strike began on November 18.", "ストライキは12月18日に始まった。", [("numbers", "error")]),  # the month, no number besides
    ("ja", "Costa scored twice.", "コスタは3得点した。", [("numbers", "error")]),
    ("de", "Three people died.", "7 Menschen starben.", [("numbers", "error")]),
    ("de", "Three people died.", "Drei Menschen starben.", []),
    ("de", "Prices may rise from 12 June 2026.", "Die Preise könnten ab dem 12.5.2026 steigen.", [("numbers", "error")]),
    ("ko", "Ministers meet at 6:30 p.m.", "장관들은 오후 6시 반에 만난다.", []),
    ("en", "Costa scored once.", "Costa scored 1 time.", []),
    ("ja", "Ministers meet at 9:30 a.m.", "閣僚は午前9時半に会う。", []),
    ("ja", "Ministers meet at 6:45 p.m.", "閣僚は午前6時45分に会う。", [("numbers", "error")]),
    ("zh-Hans", "Ministers meet at 6:45 p.m.", "部长们将于上午6点45分会面。", [("numbers", "error")]),
    ("ru", "Costs rose 3.5 percent.", "Расходы выросли на 3.5 %.", [("number-format", "warning")]),
    ("ru", "The final drew 48,000 spectators.", "Финал собрал 46 тыс. зрителей.", [("numbers", "error")]),
])
def test_what_the_source_does_not_say_is_reported(locale, msgid, msgstr, expected):
    assert checks(msgid, msgstr, locale) == expected


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("de", "Three ministers quit.", "Vier Minister traten zurück.", "missing Three; not in the source: Vier"),
    ("de", "Two people died.", "Drei Menschen starben.", "missing Two; not in the source: Drei"),
    ("fr", "Three ministers resigned.", "Quatre ministres ont démissionné.", "missing Three; not in the source: Quatre"),
    ("es", "Ten people were hurt in the third attack.", "Once personas resultaron heridas en el tercer ataque.",
     "missing Ten; not in the source: Once"),
    ("de", "Costa scored twice.", "Costa traf dreimal.", "missing twice; not in the source: dreimal"),
    ("nl", "Three people were injured.", "Er raakten vier mensen gewond.", "missing Three; not in the source: vier"),
    # A count from thirteen up as much as one to twelve.
    ("de", "Twenty people came.", "Zwölf Menschen kamen.", "missing Twenty; not in the source: Zwölf"),
    ("de", "Twelve people came.", "Zwanzig Menschen kamen.", "missing Twelve; not in the source: Zwanzig"),
    ("fr", "Fifteen people were hurt.", "Seize personnes ont été blessées.", "missing Fifteen; not in the source: Seize"),
])
def test_a_count_in_words_changed_into_another_in_words_is_an_error(locale, msgid, msgstr, message):
    assert messages(msgid, msgstr, locale) == [message]
    assert checks(msgid, msgstr, locale) == [("numbers", "error")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "Two people died.", "Zwei Menschen starben."),
    ("de", "Both ministers quit.", "Beide Minister traten zurück."),
    ("de", "The two ministers quit.", "Beide Minister traten zurück."),
    ("de", "Two ministers quit after 3 days.", "Zwei Minister traten nach drei Tagen zurück."),
    ("de", "Three ministers quit, two of them Greens.", "Drei Minister traten zurück, darunter zwei Grüne."),
    ("fr", "Three ministers resigned.", "3 ministres ont démissionné."),
    ("fr", "One minister resigned.", "Un ministre a démissionné."),
    ("fr", "Two firms moved into the new building.", "Les deux entreprises ont emménagé dans l’immeuble neuf."),  # neuf: new
    ("de", "The two sides say they heed the ruling.", "Beide Seiten sagen, sie achten das Urteil."),  # achten: heed
    ("nl", "Three people were injured.", "Er raakten drie mensen gewond."),
    ("nl", "Twenty people were injured.", "Er raakten twintig mensen gewond."),
    ("de", "Twenty people came.", "Zwanzig Menschen kamen."),
    ("de", "Twenty people came.", "20 Menschen kamen."),
    ("de", "Twenty-one people came.", "Einundzwanzig Menschen kamen."),
    ("fr", "Fifteen people were hurt.", "Quinze personnes ont été blessées."),
    ("nl", "A minister and two aides quit.", "Een minister en twee medewerkers stapten op."),  # een: a
    ("nl", "Both ministers quit.", "Beide ministers stapten op."),
])
def test_counts_in_words_that_agree_or_are_no_counts_are_not_reported(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


def test_a_number_on_another_scale_must_still_be_the_same_number():
    assert messages("It costs €3.5 million a day.", "毎日35万ユーロの損失です。", "ja") == ["missing 3.5; not in the source: 35"]
    assert messages("The deal is worth 1.3 trillion yen.", "取引額は1兆2000億円です。", "ja") == [
        "missing 1.3; not in the source: 1兆2000億 (= 1200000000000 in ja)"
    ]


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("de", "The plan costs $370 billion.", "Der Plan kostet 370 Billionen Dollar.",
     "370 Billionen is 370 trillion (370,000,000,000,000); the source says 370 billion (370,000,000,000)"),
    ("de", "It costs €3.5 million a day.", "Es kostet 3,5 Mrd. Euro am Tag.",
     "3,5 Mrd is 3.5 billion (3,500,000,000); the source says 3.5 million (3,500,000)"),
    ("fr", "The plan costs $370 billion.", "Le plan coûte 370 billions de dollars.",
     "370 billions is 370 trillion (370,000,000,000,000); the source says 370 billion (370,000,000,000)"),
    ("pl", "The plan costs $370 billion.", "Plan kosztuje 370 bilionów dolarów.",
     "370 bilionów is 370 trillion (370,000,000,000,000); the source says 370 billion (370,000,000,000)"),
    ("ru", "The plan costs $370 billion.", "План стоит 370 млн долларов.",
     "370 млн is 370 million (370,000,000); the source says 370 billion (370,000,000,000)"),
    ("ja", "The plan costs $370 billion.", "計画は370億ドルかかる。",
     "370億 is 37 billion (37,000,000,000); the source says 370 billion (370,000,000,000)"),
    ("ja", "The plan costs $100 billion.", "計画は100億ドルかかる。",
     "100億 is 10 billion (10,000,000,000); the source says 100 billion (100,000,000,000)"),
    ("de", "It lost $5bn last year.", "Es verlor 5 Billionen Dollar im letzten Jahr.",
     "5 Billionen is 5 trillion (5,000,000,000,000); the source says 5bn (5,000,000,000)"),
    ("de", "The plan costs $1 billion.", "Der Plan kostet 1 Billion Dollar.",
     "1 Billion is 1 trillion (1,000,000,000,000); the source says 1 billion (1,000,000,000)"),
])
def test_the_same_digits_on_another_scale_are_another_amount(locale, msgid, msgstr, message):
    assert messages(msgid, msgstr, locale) == [message]
    assert messages(msgid, msgstr.replace("1 Billion", "1 Milliarde").replace("Billionen", "Milliarden").replace("Mrd.", "Mio.")
                    .replace("billions", "milliards").replace("bilionów", "miliardów").replace("млн", "млрд")
                    .replace("370億", "3700億").replace("100億", "1000億"), locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, message", [
    ("de", "The plan costs $2bn.", "Der Plan kostet zwei Millionen Dollar.",
     "zwei Millionen is 2 million (2,000,000); the source says 2bn (2,000,000,000)"),
    ("fr", "The plan costs $2bn.", "Le plan coûte deux millions de dollars.",
     "deux millions is 2 million (2,000,000); the source says 2bn (2,000,000,000)"),
    ("it", "The plan costs $2bn.", "Il piano costa due milioni di dollari.",
     "due milioni is 2 million (2,000,000); the source says 2bn (2,000,000,000)"),
    ("nl", "The plan costs $2bn.", "Het plan kost twee miljoen dollar.",
     "twee miljoen is 2 million (2,000,000); the source says 2bn (2,000,000,000)"),
    ("es", "The plan costs $3bn.", "El plan cuesta tres millones de dólares.",
     "tres millones is 3 million (3,000,000); the source says 3bn (3,000,000,000)"),
    ("de", "The plan costs 1 billion euros.", "Der Plan kostet eine Million Euro.",
     "eine Million is 1 million (1,000,000); the source says 1 billion (1,000,000,000)"),
])
def test_a_number_in_words_on_another_scale_is_another_amount(locale, msgid, msgstr, message):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {message}"]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", "The plan costs $1.5bn.", "El plan cuesta mil quinientos millones de dólares."),
    ("es", "The plan costs $2bn.", "El plan cuesta dos mil millones de dólares."),
    ("es", "The plan costs $3bn.", "El plan cuesta tres mil millones de dólares."),
    ("es", "The plan costs $2.5bn.", "El plan cuesta dos mil quinientos millones de dólares."),
    ("pt", "The plan costs $2bn.", "O plano custa dois mil milhões de dólares."),
    ("es", "The plan costs $1.5bn.", "El plan cuesta 1.500 millones de dólares."),
    ("es", "The plan costs $2bn.", "El plan cuesta 2.000 millones de dólares."),
    ("de", "The plan costs $2bn.", "Der Plan kostet zwei Milliarden Dollar."),
    ("fr", "The plan costs $2bn.", "Le plan coûte deux milliards de dollars."),
    ("nl", "The plan costs $2bn.", "Het plan kost twee miljard dollar."),
    ("de", "The plan costs $1.5bn.", "Der Plan kostet 1,5 Mrd. Dollar."),
    ("de", "The plan costs $1.5bn.", "Der Plan kostet anderthalb Milliarden Dollar."),
    ("fr", "The plan costs $1.5bn.", "Le plan coûte 1,5 milliard de dollars."),
    ("it", "The plan costs $1.5bn.", "Il piano costa un miliardo e mezzo di dollari."),
    ("pt", "The plan costs $1.5bn.", "O plano custa US$ 1,5 bilhão."),
    ("de", "Two million people and $2bn.", "Zwei Millionen Menschen und zwei Milliarden Dollar."),
])
def test_an_amount_in_words_on_its_scale_or_as_thousands_of_millions_is_the_amount(locale, msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []
    assert messages(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("es", "Veinticuatro manifestantes fueron detenidos.", []),
    ("de", "Vierundzwanzig Demonstranten wurden festgenommen.", []),
    ("es", "Veintidós manifestantes fueron detenidos.", ["numbers: missing Two; not in the source: Veintidós"]),
])
def test_a_count_of_dozens_said_as_their_number_is_the_count(locale, msgstr, expected):
    msgid = "Two dozen protesters were detained."
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("de", "It lost $5bn last year.", "Es verlor 5 Mrd. Dollar im letzten Jahr."),
    ("de", "Ajax paid €3.5m for him.", "Ajax zahlte 3,5 Mio. Euro für ihn."),
    ("de", "The debt is $1 trillion.", "Die Schuld beträgt 1 Billion Dollar."),
    ("es", "The plan costs $5 billion.", "El plan cuesta 5 mil millones de dólares."),
    ("da", "It raised $1 trillion.", "Den rejste 1 billion dollars."),
    ("sv", "It raised $3 billion.", "Den samlade in 3 miljarder dollar."),
    ("de", "The wall is 5m high.", "Die Mauer ist 5 Millionen hoch."),  # metres or millions: the source does not say
    ("de", "About 370 people came.", "Rund 370 Millionen Menschen kamen."),  # no scale the source states: not compared
])
def test_a_scale_the_source_writes_another_way_or_does_not_state_is_no_error(locale, msgid, msgstr):
    assert [message for message in messages(msgid, msgstr, locale) if "scale" in message] == []


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("es", "$1.5bn", "1.500 M$"),
    ("es", "$1.5bn", "1500 M$"),
    ("es", "$1.5bn", "1,5 MM$"),
    ("es", "The plan costs €1.5bn.", "El plan cuesta 1.500 M€."),
    ("fr", "The plan costs $1.5bn.", "Le plan coûte 1 500 M$."),
    ("fr", "The plan costs €1.5bn.", "Le plan coûte 1,5 Md€."),
    ("fr", "The plan costs $250m.", "Le plan coûte 250 M$."),
    ("fr", "The plan costs $2.5bn.", "Le plan coûte 2,5 Mds $."),
    ("fr", "The plan costs $2.5bn.", "Le plan coûte 2,5 G$."),
    ("de", "The plan costs $1.5bn.", "Der Plan kostet 1,5 Mrd. $."),
    ("de", "The plan costs $1.5bn.", "Der Plan kostet 1500 Mio. $."),
])
def test_millions_and_billions_abbreviated_before_a_currency_are_the_amount(locale, msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []
    assert messages(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("es", "$1.5bn", "1,5 M$", "1,5 M$ is 1.5 million (1,500,000); the source says 1.5bn (1,500,000,000)"),
    ("fr", "The plan costs $1.5m.", "Le plan coûte 1,5 Md$.", "1,5 Md$ is 1.5 billion (1,500,000,000); the source says 1.5m (1,500,000)"),
])
def test_millions_and_billions_abbreviated_before_a_currency_on_another_scale_are_another_amount(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Am 3.12.2026 tagt der Vorstand erneut, heißt es in der Akte."),
    ("de", "Am 12.03.2026 tagt der Vorstand erneut, heißt es in der Akte."),
    ("pl", "Zarząd zbierze się ponownie 2026-03-12, podaje dokument."),
    ("ja", "2026年3月12日に取締役会が再び開かれる、と文書にある。"),
    ("ko", "이사회는 2026. 3. 12. 다시 열린다고 문서는 전한다."),
    ("hu", "Az igazgatóság 2026.03.12-én ismét ülésezik, áll az iratban."),
])
def test_a_date_in_digits_may_be_written_in_the_target_languages_order(locale, msgstr):
    assert checks("On 12/03/2026 the board meets again, the filing says.", msgstr, locale) == []


def test_a_date_in_digits_with_another_day_is_an_error():
    assert messages("On 12/03/2026 the board meets again.", "Am 13.03.2026 tagt der Vorstand erneut.") == [
        "the date 13.03.2026 is not the source's 12/03/2026"
    ]


@pytest.mark.parametrize("msgid, msgstr, locale", [
    ("On 2026-03-12 the board meets.", "Am 3.12.2026 tagt der Vorstand.", "de"),
    ("On 2026-03-12 the board meets.", "2026年12月3日に取締役会が開かれる。", "ja"),
    ("Am 1.2.2026 tagt der Vorstand.", "Le conseil se réunit le 2.1.2026.", "fr"),
])
def test_a_date_whose_form_says_its_order_is_read_in_that_order(msgid, msgstr, locale):
    assert ("numbers", "error") in checks(msgid, msgstr, locale)
    assert not any(message.endswith(".") for message in messages(msgid, msgstr, locale)), "the full stop is the sentence's"


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    ("de", "Gezählt um 19.45 Uhr am 20.10.", "ja", "10月20日19時45分集計。"),
    ("de", "Die Wahl ist am 20.10.", "zh", "选举于10月20日举行。"),
    ("de", "Die Wahl ist am 20.10.", "zh", "选举于10月20号举行。"),
    ("de", "Die Wahl ist am 20.10.", "ko", "선거는 10월 20일에 실시된다."),
    ("de", "Die Wahl ist am 20.10.2026.", "zh", "选举于2026年10月20日举行。"),
    ("de", "Die Wahl ist am 20.10.2026.", "ko", "선거는 2026년 10월 20일에 실시된다."),
    ("de", "Die Wahl ist am 20.10.", "en", "The vote is on 20/10."),
    ("de", "Die Wahl ist am 20.10.", "en-GB", "The vote is on 20/10."),
    ("de", "Die Wahl ist am 20.10.", "en-US", "The vote is on 10/20."),
    ("de", "Die Wahl ist am 3.4.", "en-US", "The vote is on 4/3."),
    ("de", "Die Wahl ist am 3.4.", "en-GB", "The vote is on 3/4."),
    ("en", "The vote is on 20/10.", "de", "Die Wahl ist am 20.10."),
    ("en", "The vote is on 20/10.", "ja", "投票は10月20日に行われる。"),
    ("fr", "Le vote a lieu le 20/10.", "ko", "투표는 10월 20일에 실시된다."),
    # Written alike, compared as numbers: a score, a share, a decimal may look like one.
    ("en", "She won the first set 6/4.", "de", "Sie gewann den ersten Satz 6/4."),
    ("en", "Prices rose to 3.4.", "en-GB", "Prices rose to 3.4."),
    ("de", "Die Wahl ist am 3.4.", "de-AT", "Die Wahl ist am 3.4."),
])
def test_a_date_in_digits_without_its_year_is_the_same_date_in_cjk_form_or_in_the_targets_order(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("source, msgid, locale, msgstr, expected", [
    ("de", "Die Wahl ist am 20.10.", "ja", "選挙は10月21日に行われる。", "missing 20.10; not in the source: 10, 21"),
    ("de", "Die Wahl ist am 20.10.", "ko", "선거는 11월 20일에 실시된다.", "missing 20.10; not in the source: 11, 20"),
    ("de", "Die Wahl ist am 20.10.", "en", "The vote is on 20/11.", "missing 20.10; not in the source: 20, 11"),
    # The source's digits in the other order: another date.
    ("de", "Die Wahl ist am 3.4.", "en-US", "The vote is on 3/4.", "the date 3/4 is not the source's 3.4. (en-US writes the month first)"),
    ("de", "Die Wahl ist am 3.4.", "en-GB", "The vote is on 4/3.", "the date 4/3 is not the source's 3.4. (en-GB writes the day first)"),
    ("de", "Die Wahl ist am 3.4.", "ja", "投票は3月4日に行われる。", "the date 3月4日 is not the source's 3.4."),
])
def test_another_date_in_digits_without_its_year_is_an_error(source, msgid, locale, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) == [f"numbers: {expected}"]


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    ("en", "Counted at 19.45 GMT.", "ja", "19時45分（GMT）に集計。"),
    ("en", "Counted at 19.45 local time.", "ja", "現地時間19時45分に集計。"),
    ("en", "Counted at 19.45 hrs.", "de", "Ausgezählt um 19.45 Uhr."),
    ("da", "Stemmerne blev talt op 19.45.", "ja", "19時45分に開票された。"),
    ("fi", "Äänet laskettiin 19.45 mennessä.", "de", "Die Stimmen wurden bis 19:45 Uhr ausgezählt."),
    ("da", "Toget kører 19.45 fra Aarhus.", "de", "Der Zug fährt um 19.45 ab Aarhus."),
])
def test_a_time_with_a_point_is_a_time_where_the_source_writes_times_so_or_a_time_word_follows(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


def test_an_english_time_with_a_point_alone_may_be_a_decimal_and_warns():
    assert reviewed("Counted at 19.45 on 20.10.", "10月20日19時45分集計。", "ja", "en") == [
        ("time-format", "warning", "time written differently: 19.45 → 19時45分; check it is the same time")
    ]


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    ("en", "Counted at 19.45 GMT.", "ja", "19時46分（GMT）に集計。"),
    ("da", "Stemmerne blev talt op 19.45.", "ja", "20時45分に開票された。"),
])
def test_another_time_for_a_time_with_a_point_is_an_error(source, msgid, locale, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) != []


def test_a_number_that_reads_as_another_in_the_target_locale_is_an_error():
    assert messages("About 1,200 boxes.", "Rund 1,200 Kisten.") == ["1,200 reads as 1.2 in de: write 1.200"]


def test_a_number_in_the_source_languages_style_is_a_warning_with_the_local_form():
    assert messages("It rose 3.5 percent.", "Es stieg um 3.5 Prozent.") == ["3.5 is written the English way: de writes 3,5"]


def test_changed_numbers_say_what_is_missing_and_what_is_new():
    assert messages("In 2025, 1,200 boxes.", "2024 waren es 1.200 Kisten.") == ["missing 2025; not in the source: 2024"]
    assert messages("It rose 3.5 percent.", "Es stieg um 3,4 Prozent.") == ["missing 3.5; not in the source: 3,4 (= 3.4 in de)"]


def test_digits_in_placeholder_names_and_dates_are_not_numbers_to_compare():
    assert checks("{url_2} on 24.11.2026.", "{url_2} am 24.11.2026.", "de", Placeholder("url_2", "x", "url")) == []


@pytest.mark.parametrize("source, target, locale", [
    ("at 6:45 p.m.", "um 18.45 Uhr", "de"),
    ("at 6:45 p.m.", "à 18 h 45", "fr"),
    ("at 6:45 p.m.", "alle 18:45", "it"),
    ("at 6:45 p.m.", "午後6時45分に", "ja"),
    ("at 6:45 p.m.", "午後18時45分に", "ja"),
    ("at 6 p.m.", "um 18 Uhr", "de"),
    # An a.m. time as the same hour on a 24-hour clock, in hours and minutes.
    ("at 6:00 a.m.", "um 6:00", "de"),
    ("at 6:00 a.m.", "um 06:00", "de"),
    ("at 6:00 a.m.", "um 6.00 Uhr", "de"),
    ("at 6:00 a.m.", "a las 6:00", "es"),
    ("at 9:30 a.m.", "klo 9.30", "fi"),
    # French hours with zero minutes.
    ("at 6:00 a.m.", "à 6h00", "fr"),
    ("at 6:00 a.m.", "à 6 h 00", "fr"),
    ("at 11:30 p.m.", "à 23h30", "fr"),
])
def test_a_time_written_the_local_way_that_says_the_same_time_is_not_reported(source, target, locale):
    assert checks(f"They meet {source}.", f"Sie treffen sich {target}.", locale) == []


@pytest.mark.parametrize("source, target, locale", [
    ("at 8 p.m.", "heute Abend um 8 Uhr", "de"),
    ("at 8 p.m.", "om 8 uur", "nl"),  # Dutch `uur` counts the hours either way
    ("at 8 p.m.", "ce soir à 8 h", "fr"),
    ("at 6:45 p.m.", "um 18.45", "de"),  # a notation not recognised as a time: the digits match
    ("at 6:00 a.m.", "at 6:00", "en-US"),  # a 12-hour clock: morning or evening
    ("at 11:30 p.m.", "11:30 बजे", "hi"),
])
def test_a_time_written_the_local_way_that_may_be_another_is_a_warning(source, target, locale):
    msgid, msgstr = f"They meet {source}.", f"Sie treffen sich {target}."
    assert checks(msgid, msgstr, locale) == [("time-format", "warning")]
    assert messages(msgid, msgstr, locale)[0].startswith(f"time written differently: {source.split(' ', 1)[1]} → ")


@pytest.mark.parametrize("source, target, locale", [
    ("at 2:30 p.m.", "um 2.30 Uhr", "de"),  # the night's, on a 24-hour clock
    ("at 8 p.m.", "à 8 h", "fr"),
])
def test_a_twelve_hour_time_left_on_a_24_hour_clock_is_an_error(source, target, locale):
    assert checks(f"They meet {source}.", f"Sie treffen sich {target}.", locale) == [("numbers", "error")]


@pytest.mark.parametrize("source, target, locale, written", [
    ("11:30 p.m.", "11:30", "de", "23:30"),
    ("11:30 p.m.", "11:30 Uhr", "de", "23:30 Uhr"),
    ("2:30 p.m.", "2.30 Uhr", "de", "14.30 Uhr"),
    ("6:00 p.m.", "6:00", "de", "18:00"),
    ("6:00 p.m.", "06:00", "de", "18:00"),
    ("11:30 p.m.", "a las 11:30", "es", "a las 23:30"),
    ("11:30 p.m.", "11h30", "fr", "23h30"),
    ("8 p.m.", "8 h", "fr", "20 h"),
])
def test_a_twelve_hour_time_left_on_a_24_hour_clock_says_what_to_write(source, target, locale, written):
    msgid, msgstr = f"They meet at {source}.", f"Sie treffen sich um {target}."
    assert messages(msgid, msgstr, locale) == [f"{source} written {target} is another hour on a 24-hour clock: write {written}"]
    assert checks(msgid, msgstr, locale) == [("numbers", "error")]


@pytest.mark.parametrize("locale, msgstr", [
    ("de", "Fähren verkehren von 6:00 bis 23:30 Uhr alle 20 Minuten."),
    ("de", "Fähren verkehren von 6 bis 23:30 Uhr alle 20 Minuten."),
    ("es", "Los ferris saldrán cada 20 minutos de 6:00 a 23:30."),
    ("fr", "Les ferries circuleront toutes les 20 minutes de 6h00 à 23h30."),
    ("fr", "Les ferries circuleront toutes les 20 minutes de 6 h 00 à 23 h 30."),
])
def test_a_range_of_12_hour_times_on_a_24_hour_clock_is_the_same_range(locale, msgstr):
    assert checks("Ferries will run every 20 minutes from 6:00 a.m. to 11:30 p.m.", msgstr, locale) == []


@pytest.mark.parametrize("locale, msgstr, written", [
    ("de", "Fähren verkehren von 6:00 bis 11:30 alle 20 Minuten.", "11:30"),
    ("es", "Los ferris saldrán cada 20 minutos de 6:00 a 11:30.", "11:30"),
    ("fr", "Les ferries circuleront toutes les 20 minutes de 6h00 à 11h30.", "11h30"),
])
def test_a_range_that_leaves_its_p_m_end_on_a_24_hour_clock_is_an_error(locale, msgstr, written):
    assert messages("Ferries will run every 20 minutes from 6:00 a.m. to 11:30 p.m.", msgstr, locale) == [
        f"11:30 p.m. written {written} is another hour on a 24-hour clock: write 23{written[2:]}"
    ]


def test_the_same_time_in_the_same_notation_is_not_reported():
    assert checks("They meet at 18:45.", "Sie treffen sich um 18:45.") == []


@pytest.mark.parametrize("msgid, msgstr, locale", [
    ("Lindholm beat Castellón 3-1.", "Lindholm schlägt Castellón 3:1.", "de"),
    ("Kiel won 21-19.", "Kiel gewann 21:19.", "de"),
    ("The debate lasted 14 hours.", "Le débat a duré 14 h.", "fr"),
])
def test_scores_and_durations_that_look_like_times_are_numbers(msgid, msgstr, locale):
    assert checks(msgid, msgstr, locale) == []


def test_a_changed_time_is_an_error():
    assert messages("They meet at 6:45 p.m.", "Sie treffen sich um 19.45 Uhr.") == ["missing 6:45 p.m.; not in the source: 19.45 Uhr"]


@pytest.mark.parametrize(("locale", "source", "target"), [
    # A 12-hour time with the part of the day after it.
    ("fr", "3 a.m.", "à 3 heures du matin"),
    ("fr", "3 a.m.", "à 3 h du matin"),
    ("fr", "3 p.m.", "à 3 heures de l'après-midi"),
    ("fr", "8 p.m.", "à 8 heures du soir"),
    ("es", "3 a.m.", "a las 3 de la madrugada"),
    ("es", "3 a.m.", "a las 3 de la mañana"),
    ("es", "3 p.m.", "a las 3 de la tarde"),
    ("es", "3:30 p.m.", "a las 3:30 de la tarde"),
    ("es", "10 p.m.", "a las 10 de la noche"),
    ("es", "12 p.m.", "a las 12 del mediodía"),
    ("de", "3 a.m.", "um 3 Uhr morgens"),
    ("de", "3 a.m.", "um 3 Uhr früh"),
    ("de", "3 a.m.", "um 3 Uhr nachts"),
    ("de", "3 p.m.", "um 3 Uhr nachmittags"),
    ("de", "8 p.m.", "um 8 Uhr abends"),
    ("it", "3 a.m.", "alle 3 del mattino"),
    ("it", "3 a.m.", "alle 3 di notte"),
    ("it", "3 p.m.", "alle 3 del pomeriggio"),
    ("it", "8 p.m.", "alle 8 di sera"),
    ("nl", "3 a.m.", "om 3 uur 's nachts"),
    ("nl", "8 a.m.", "om 8 uur 's ochtends"),
    ("nl", "3 p.m.", "om 3 uur 's middags"),
    ("nl", "8 p.m.", "om 8 uur ’s avonds"),
    ("pt", "3 a.m.", "às 3 da madrugada"),
    ("pt", "3 p.m.", "às 3 da tarde"),
    # The same time on a 24-hour clock.
    ("fr", "3 p.m.", "à 15 heures"),
    ("fr", "3:30 p.m.", "à 15 heures 30"),
    ("fr", "9 a.m.", "à 9 heures"),
    ("es", "3 p.m.", "a las 15 horas"),
    ("es", "3 p.m.", "a las 15"),
    ("it", "3 p.m.", "alle 15"),
    ("it", "3 p.m.", "alle ore 15"),
    ("nl", "3 p.m.", "om 15 uur"),
    ("nl", "3:30 p.m.", "om 15.30 uur"),
    ("pt", "3 p.m.", "às 15 horas"),
    ("de", "3 p.m.", "um 15 Uhr"),
])
def test_a_twelve_hour_time_with_the_part_of_the_day_or_on_a_24_hour_clock_is_the_same_time(locale, source, target):
    assert checks(f"The blast happened at {source}.", f"Explosion {target}.", locale) == []


@pytest.mark.parametrize(("locale", "source", "target", "expected"), [
    ("fr", "3 a.m.", "à 15 heures", "missing 3 a.m.; not in the source: 15 heures"),
    ("fr", "3 a.m.", "à 4 heures du matin", "missing 3 a.m.; not in the source: 4 heures du matin"),
    ("fr", "3 p.m.", "à 3 heures du matin", "missing 3 p.m.; not in the source: 3 heures du matin"),
    ("es", "3 a.m.", "a las 3 de la tarde", "missing 3 a.m.; not in the source: 3 de la tarde"),
    ("de", "3 p.m.", "um 3 Uhr morgens", "missing 3 p.m.; not in the source: 3 Uhr morgens"),
    ("it", "3 a.m.", "alle 15", "missing 3 a.m.; not in the source: alle 15"),
    ("nl", "8 p.m.", "om 8 uur 's ochtends", "missing 8 p.m.; not in the source: 8 uur 's ochtends"),
    ("nl", "3 a.m.", "om 15 uur", "missing 3 a.m.; not in the source: 15 uur"),
])
def test_a_time_with_another_part_of_the_day_or_hour_is_an_error_that_quotes_the_translation(locale, source, target, expected):
    assert messages(f"The blast happened at {source}.", f"Explosion {target}.", locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # An hour the source says in words with the part of the day, in words or on a 24-hour clock.
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um neun Uhr morgens."),
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um 9 Uhr."),
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um neun Uhr."),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um 21 Uhr."),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um neun Uhr abends."),
    ("fr", "The shop opens at nine in the evening.", "Le magasin ouvre à 21 heures."),
    ("es", "The shop opens at nine in the evening.", "La tienda abre a las 21 horas."),
    ("de", "The talks ended at three in the afternoon.", "Die Gespräche endeten um 15 Uhr."),
    ("de", "He arrived at ten at night.", "Er kam um 22 Uhr an."),
    ("de", "The shop opens at 9 in the morning.", "Der Laden öffnet um 9 Uhr morgens."),
    # Another figure beside: the hour is still the time's.
    ("de", "On 3 May the shop opens at nine in the morning.", "Am 3. Mai öffnet der Laden um neun Uhr."),
    ("de", "Three people were hurt at two in the morning.", "Drei Menschen wurden um 2 Uhr nachts verletzt."),
    ("de", "Nine people were hurt at nine in the evening.", "Um 21 Uhr wurden neun Menschen verletzt."),
])
def test_an_hour_in_words_with_the_part_of_the_day_said_the_target_languages_way_is_the_same_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um zehn Uhr morgens.",
     "missing nine in the morning; not in the source: zehn Uhr morgens"),
    ("fr", "The shop opens at nine in the morning.", "Le magasin ouvre à dix heures du matin.",
     "missing nine in the morning; not in the source: dix heures du matin"),
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um zehn Uhr.", "missing nine; not in the source: zehn"),
    ("de", "The talks ended at three in the afternoon.", "Die Gespräche endeten um drei Uhr morgens.",
     "missing three in the afternoon; not in the source: drei Uhr morgens"),
    ("de", "The shop opens at nine in the morning.", "Der Laden öffnet um 21 Uhr.",
     "missing nine in the morning; not in the source: 21 Uhr"),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um 9 Uhr.",
     "nine in the evening written 9 Uhr is another hour on a 24-hour clock: write 21 Uhr"),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um 22 Uhr.",
     "missing nine in the evening; not in the source: 22 Uhr"),
    ("de", "The talks ended at three in the afternoon.", "Die Gespräche endeten um 16 Uhr.",
     "missing three in the afternoon; not in the source: 16 Uhr"),
    # The hour's word is the time's, not every count of its number: Nine people is still compared.
    ("de", "Nine people were hurt at nine in the evening.", "Um 21 Uhr wurden acht Menschen verletzt.",
     "missing Nine; not in the source: acht"),
    ("de", "Nine people were hurt at nine in the evening.", "Um 21 Uhr wurden Menschen verletzt.",
     "the source's Nine is in the translation neither in words nor in digits"),
    # Half past the hour is another time than the hour (halb neun, half negen: 8:30).
    ("de", "The shop opens at eight in the morning.", "Der Laden öffnet um halb neun.",
     "missing eight in the morning; not in the source: halb neun"),
    ("nl", "The shop opens at eight in the morning.", "De winkel gaat om half negen open.",
     "missing eight in the morning; not in the source: half negen"),
    ("es", "The shop opens at eight in the morning.", "La tienda abre a las ocho y media.",
     "missing eight in the morning; not in the source: ocho y media"),
    ("fr", "The shop opens at eight in the morning.", "Le magasin ouvre à huit heures et demie.",
     "missing eight in the morning; not in the source: huit heures et demie"),
    ("de", "The shop opens at eight in the evening.", "Der Laden öffnet um halb neun Uhr.",
     "missing eight in the evening; not in the source: halb neun Uhr"),
    ("de", "Eight people came at eight in the morning.", "Um halb neun kamen acht Menschen.",
     "missing eight in the morning; not in the source: halb neun"),
])
def test_an_hour_in_words_with_the_part_of_the_day_said_as_another_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]

@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A time in digits said as an hour in words on the clock: the time it says, read on the
    # clock a time in digits written so is read on.
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet um neun Uhr."),
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet morgens um neun."),
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet um neun Uhr morgens."),
    ("fr", "The shop opens at 9 a.m.", "Le magasin ouvre à neuf heures."),
    ("fr", "The shop opens at 9 a.m.", "Le magasin ouvre à neuf heures du matin."),
    ("es", "The shop opens at 9 a.m.", "La tienda abre a las nueve."),
    ("es", "The shop opens at 9 a.m.", "La tienda abre a las nueve de la mañana."),
    ("nl", "The shop opens at 9 a.m.", "De winkel gaat om negen uur open."),
    ("de", "The shop opens at 9 p.m.", "Der Laden öffnet um neun Uhr abends."),
    ("de", "The shop opens at 9 p.m.", "Der Laden öffnet abends um neun."),
    ("fr", "The shop opens at 9 p.m.", "Le magasin ouvre à neuf heures du soir."),
    ("es", "The shop opens at 9 p.m.", "La tienda abre a las nueve de la noche."),
    ("es", "The shop opens at 9 p.m.", "La tienda abre a las nueve."),
    ("fr", "The shop opens at 9:30 a.m.", "Le magasin ouvre à neuf heures et demie."),
    # Half past eight said the German and Dutch way: half (an hour before) nine.
    ("de", "The meeting starts at 8:30.", "Die Sitzung beginnt um halb neun."),
    ("de", "The meeting starts at 8:30 a.m.", "Die Sitzung beginnt um halb neun."),
    ("nl", "The meeting starts at 8:30.", "De vergadering begint om half negen."),
    ("nl", "The meeting starts at 8:30 a.m.", "De vergadering begint om half negen."),
    # The hour is the time's: no count besides, nor one taken from those the sentence has.
    ("de", "At 9 a.m. nine people came.", "Um neun Uhr kamen neun Menschen."),
    ("de", "Nine people came at 9 a.m.", "Neun Menschen kamen um 9 Uhr."),
    # A number after the hour that counts the noun after it is no minute.
    ("fr", "At 8 p.m. fifteen police officers arrived at the port.", "À vingt heures quinze policiers sont arrivés au port."),
    ("fr", "By 8 p.m. thirty protesters had gathered.", "Dès vingt heures trente manifestants s'étaient rassemblés."),
    ("fr", "At 8 p.m. 15 police officers arrived.", "À 20 heures 15 policiers sont arrivés."),
    ("es", "At 6 p.m. 30 people arrived.", "A las 18 horas 30 personas llegaron."),
    ("fr", "The talks start at 8:15 p.m. sharp.", "Les pourparlers commencent à vingt heures quinze précises."),
    ("fr", "The talks start at 8:30 p.m. on Monday.", "Les pourparlers commencent à vingt heures trente lundi."),
])
def test_a_time_in_digits_said_as_an_hour_in_words_on_the_clock_is_the_same_time(locale, msgid, msgstr):
    assert [severity for _, severity in checks(msgid, msgstr, locale)] in ([], ["warning"])
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet um zehn Uhr.", "missing 9 a.m."),
    ("fr", "The shop opens at 9 a.m.", "Le magasin ouvre à dix heures.", "missing 9 a.m."),
    ("es", "The shop opens at 9 a.m.", "La tienda abre a las nueve de la noche.",
     "missing 9 a.m.; not in the source: nueve de la noche"),
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet um neun Uhr abends.", "missing 9 a.m.; not in the source: neun Uhr abends"),
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet abends um neun.", "missing 9 a.m.; not in the source: abends um neun"),
    ("de", "The shop opens at 9 p.m.", "Der Laden öffnet um neun Uhr morgens.", "missing 9 p.m.; not in the source: neun Uhr morgens"),
    # As `um 9 Uhr` for 9 p.m.: German Uhr and French heures count the hours from 0 to 23.
    ("de", "The shop opens at 9 p.m.", "Der Laden öffnet um neun Uhr.",
     "9 p.m. written neun Uhr is another hour on a 24-hour clock: write 21 Uhr"),
    ("fr", "The shop opens at 9 p.m.", "Le magasin ouvre à neuf heures.",
     "9 p.m. written neuf heures is another hour on a 24-hour clock: write 21 heures"),
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à neuf heures et demie.",
     "9:30 p.m. written neuf heures et demie is another hour on a 24-hour clock: write 21:30"),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um neun Uhr.",
     "nine in the evening written neun Uhr is another hour on a 24-hour clock: write 21 Uhr"),
    ("de", "The meeting starts at 8:30.", "Die Sitzung beginnt um halb zehn.", "missing 8:30"),
    ("nl", "The meeting starts at 8:30.", "De vergadering begint om half tien.", "missing 8:30"),
])
def test_a_time_in_digits_said_as_another_hour_in_words_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The part of the day after an hour in digits, the Arabic, Persian and Hebrew way.
    ("ar", "The shop opens at 10 a.m.", "يفتح المتجر الساعة 10 صباحاً."),
    ("ar", "The shop opens at 10 a.m.", "يفتح المتجر في الساعة ١٠ صباحًا."),
    ("ar", "The shop opens at 10:30 a.m.", "يفتح المتجر الساعة 10:30 صباحا."),
    ("ar", "The shop opens at 10 p.m.", "يفتح المتجر الساعة 10 مساءً."),
    ("ar", "The blast happened at 2 a.m.", "وقع الانفجار في الساعة 2 ليلاً."),
    ("ar", "The talks ended at 1 p.m.", "انتهت المحادثات في الساعة 1 ظهراً."),
    ("fa", "The shop opens at 10 a.m.", "فروشگاه ساعت ۱۰ صبح باز می‌شود."),
    ("fa", "The shop opens at 10 p.m.", "فروشگاه ساعت ۱۰ شب باز می‌شود."),
    ("fa", "The talks ended at 4 p.m.", "مذاکرات ساعت ۴ بعدازظهر پایان یافت."),
    ("he", "The shop opens at 10 a.m.", "החנות נפתחת בשעה 10 בבוקר."),
    ("he", "The shop opens at 10 p.m.", "החנות נפתחת בשעה 10 בערב."),
    ("he", "The talks ended at 4 p.m.", "השיחות הסתיימו בשעה 4 אחר הצהריים."),
    # Hours in words past twelve, read as the hour they are.
    ("de", "The shop opens at 9 p.m.", "Der Laden öffnet um einundzwanzig Uhr."),
    ("de", "The shop is open until 10 p.m.", "Der Laden ist bis zweiundzwanzig Uhr geöffnet."),
    ("de", "Voting ends at 12 a.m.", "Die Abstimmung endet um vierundzwanzig Uhr."),
    ("nl", "The shop opens at 9 p.m.", "De winkel gaat om eenentwintig uur open."),
    ("fr", "The shop opens at 10 p.m.", "Le magasin ouvre à vingt-deux heures."),
    ("fr", "The shop opens at 9 p.m.", "Le magasin ouvre à vingt et une heures."),
    ("fr", "The shop opens at 1 p.m.", "Le magasin ouvre à treize heures."),
    ("es", "The shop opens at 9 p.m.", "La tienda abre a las veintiuna horas."),
    ("it", "The shop opens at 9 p.m.", "Il negozio apre alle ventuno."),
    ("pt", "The shop opens at 10 p.m.", "A loja abre às vinte e duas horas."),
    # Italian and Portuguese hours in words with the part of the day or on a 24-hour clock.
    ("it", "The shop opens at 9 p.m.", "Il negozio apre alle nove di sera."),
    ("pt", "The shop opens at 9 a.m.", "A loja abre às nove horas."),
    ("pt", "The shop opens at 9 p.m.", "A loja abre às nove da noite."),
    # An hour the source names with the part of the day in words, said on a 24-hour clock.
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um einundzwanzig Uhr."),
    # A count before a part of the day, with no word for the hour, is no time.
    ("ar", "Three were injured in the shelling yesterday evening.", "أصيب 3 مساء أمس في القصف."),
    ("ar", "The death toll reached 3 this morning.", "بلغ عدد القتلى 3 صباح اليوم."),
    ("ar", "Five were killed at dawn today.", "قتل 5 فجر اليوم."),
    ("he", "Three were killed in the shelling overnight.", "נהרגו 3 בלילה בהפצצה."),
])
def test_an_hour_said_the_target_languages_way_is_the_same_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Italian and Portuguese hours in words without the part of the day, which may be either
    # (as Spanish a las nueve): the same time, though maybe said otherwise.
    ("it", "The shop opens at 9 a.m.", "Il negozio apre alle nove."),
    ("it", "The shop opens at 9 p.m.", "Il negozio apre alle nove."),
    ("it", "The shop opens at 9:30 a.m.", "Il negozio apre alle nove e mezza."),
    ("it", "The shop opens at 1 p.m.", "Il negozio apre all'una."),
    ("pt", "The shop opens at 9 a.m.", "A loja abre às nove."),
    ("pt", "The shop opens at 1:30 p.m.", "A loja abre à uma e meia."),
])
def test_an_italian_or_portuguese_hour_in_words_is_the_same_time(locale, msgid, msgstr):
    assert [severity for _, severity in checks(msgid, msgstr, locale)] in ([], ["warning"])
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ar", "The shop opens at 10 p.m.", "يفتح المتجر الساعة 10 صباحاً.", "missing 10 p.m.; not in the source: 10:00 a.m."),
    ("ar", "The shop opens at 10 a.m.", "يفتح المتجر الساعة 10 مساءً.", "missing 10 a.m.; not in the source: 10:00 p.m."),
    ("fa", "The shop opens at 10 a.m.", "فروشگاه ساعت ۱۰ شب باز می‌شود.", "missing 10 a.m.; not in the source: 10:00 p.m."),
    ("he", "The shop opens at 10 p.m.", "החנות נפתחת בשעה 10 בבוקר.", "missing 10 p.m.; not in the source: 10:00 a.m."),
    ("de", "The shop opens at 9 a.m.", "Der Laden öffnet um einundzwanzig Uhr.", "missing 9 a.m.; not in the source: einundzwanzig Uhr"),
    ("de", "The shop opens at 9 a.m.", "Der Laden ist bis zweiundzwanzig Uhr geöffnet.",
     "missing 9 a.m.; not in the source: zweiundzwanzig Uhr"),
    ("fr", "The shop opens at 10 a.m.", "Le magasin ouvre à vingt-deux heures.", "missing 10 a.m.; not in the source: vingt-deux heures"),
    ("nl", "The shop opens at 9 a.m.", "De winkel gaat om eenentwintig uur open.", "missing 9 a.m.; not in the source: eenentwintig uur"),
    ("es", "The shop opens at 9 a.m.", "La tienda abre a las veintiuna horas.", "missing 9 a.m.; not in the source: veintiuna horas"),
    # Without the clock's word, ventuno may also count something: not reported as a time added.
    ("it", "The shop opens at 9 a.m.", "Il negozio apre alle ventuno.", "missing 9 a.m.; not in the source: ventuno"),
    ("pt", "The shop opens at 10 a.m.", "A loja abre às vinte e duas horas.", "missing 10 a.m.; not in the source: vinte e duas horas"),
    ("it", "The shop opens at 9 a.m.", "Il negozio apre alle dieci.", "missing 9 a.m."),
    ("it", "The shop opens at 9 a.m.", "Il negozio apre alle nove di sera.", "missing 9 a.m.; not in the source: nove di sera"),
    ("pt", "The shop opens at 9 a.m.", "A loja abre às dez horas.", "missing 9 a.m."),
    ("pt", "The shop opens at 9 a.m.", "A loja abre às dez.", "missing 9 a.m."),
    # As `às 9 horas` for 9 p.m.: horas counts the hours from 0 to 23.
    ("pt", "The shop opens at 9 p.m.", "A loja abre às nove horas.",
     "9 p.m. written nove horas is another hour on a 24-hour clock: write 21 horas"),
    # As `um 9 Uhr` for 9 p.m. and nine in the evening.
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um neun Uhr.",
     "nine in the evening written neun Uhr is another hour on a 24-hour clock: write 21 Uhr"),
    ("de", "The shop opens at nine in the evening.", "Der Laden öffnet um zweiundzwanzig Uhr.",
     "missing nine in the evening; not in the source: zweiundzwanzig Uhr"),
])
def test_an_hour_said_the_target_languages_way_as_another_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Minutes in words after the clock's word, or after the hour and `and`.
    ("de", "The shop opens at 9:30 p.m.", "Der Laden öffnet um einundzwanzig Uhr dreißig."),
    ("de", "The shop opens at 9:45 a.m.", "Der Laden öffnet um neun Uhr fünfundvierzig."),
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à vingt et une heures trente."),
    ("fr", "The shop opens at 9:15 p.m.", "Le magasin ouvre à vingt et une heures quinze."),
    ("fr", "The shop opens at 9:45 p.m.", "Le magasin ouvre à vingt et une heures quarante-cinq."),
    ("fr", "The shop opens at 9:30 a.m.", "Le magasin ouvre à neuf heures trente."),
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à neuf heures trente du soir."),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las veintiuna horas y media."),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las veintiuna horas y treinta."),
    ("es", "The shop opens at 9:30 a.m.", "La tienda abre a las nueve horas y media."),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las nueve horas y media de la noche."),
    ("es", "The shop opens at 9:35 p.m.", "La tienda abre a las nueve y treinta y cinco de la noche."),
    ("it", "The shop opens at 9:30 p.m.", "Il negozio apre alle ventuno e trenta."),
    ("it", "The shop opens at 9:15 p.m.", "Il negozio apre alle nove e quindici di sera."),
    ("pt", "The shop opens at 9:30 p.m.", "A loja abre às vinte e uma horas e trinta."),
])
def test_minutes_in_words_after_the_hour_are_the_times_minutes(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Without the part of the day, an hour of a 12-hour clock may be either: the same time,
    # though maybe said otherwise, as `a las nueve` for 9 p.m.
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las nueve y media."),
    ("es", "The shop opens at 9:15 p.m.", "La tienda abre a las nueve y cuarto."),
    ("it", "The shop opens at 9:30 p.m.", "Il negozio apre alle nove e mezza."),
    ("it", "The shop opens at 9:20 p.m.", "Il negozio apre alle nove e venti."),
])
def test_minutes_in_words_after_an_hour_of_either_half_of_the_day_are_the_times_minutes(locale, msgid, msgstr):
    assert [severity for _, severity in checks(msgid, msgstr, locale)] in ([], ["warning"])
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The shop opens at 9:30 p.m.", "Der Laden öffnet um einundzwanzig Uhr fünfzehn.",
     "missing 9:30 p.m.; not in the source: einundzwanzig Uhr fünfzehn"),
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à vingt et une heures quinze.",
     "missing 9:30 p.m.; not in the source: vingt et une heures quinze"),
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à neuf heures quarante du soir.",
     "missing 9:30 p.m.; not in the source: neuf heures quarante du soir"),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las veintiuna horas y cuarto.",
     "missing 9:30 p.m.; not in the source: veintiuna horas y cuarto"),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las nueve y cuarto.", "missing 9:30 p.m.; not in the source: nueve y cuarto"),
    ("it", "The shop opens at 9:30 p.m.", "Il negozio apre alle ventuno e quindici.",
     "missing 9:30 p.m.; not in the source: ventuno e quindici"),
    ("it", "The shop opens at 9:30 p.m.", "Il negozio apre alle nove e un quarto.",
     "missing 9:30 p.m.; not in the source: nove e un quarto"),
    # Said on a 24-hour clock, the morning's: as `neuf heures et demie` for 9:30 p.m.
    ("fr", "The shop opens at 9:30 p.m.", "Le magasin ouvre à neuf heures trente.",
     "9:30 p.m. written neuf heures trente is another hour on a 24-hour clock: write 21:30"),
    ("es", "The shop opens at 9:30 p.m.", "La tienda abre a las nueve horas y media.",
     "9:30 p.m. written nueve horas y media is another hour on a 24-hour clock: write 21:30"),
])
def test_other_minutes_in_words_after_the_hour_are_another_time(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Minutes below ten in words after the hour.
    ("de", "The meeting starts at 8:05 p.m.", "Die Sitzung beginnt um zwanzig Uhr fünf."),
    ("fr", "The meeting starts at 8:05 p.m.", "La réunion commence à vingt heures cinq."),
    ("es", "The meeting starts at 8:05 p.m.", "La reunión empieza a las ocho y cinco de la tarde."),
    ("it", "The meeting starts at 8:05 p.m.", "La riunione inizia alle otto e cinque di sera."),
    ("pt", "The meeting starts at 8:05 p.m.", "A reunião começa às oito e cinco da noite."),
    ("pt", "The meeting starts at 8:05 p.m.", "A reunião começa às vinte horas e cinco."),
    # Minutes before or after the hour, a quarter and a half, with the part of the day.
    ("nl", "The meeting starts at 8:05 p.m.", "De vergadering begint om vijf over acht 's avonds."),
    ("nl", "The meeting starts at 8:15 p.m.", "De vergadering begint om kwart over acht 's avonds."),
    ("nl", "The meeting starts at 8:45 p.m.", "De vergadering begint om kwart voor negen 's avonds."),
    ("nl", "The meeting starts at 8:35 p.m.", "De vergadering begint om vijf over half negen 's avonds."),
    ("nl", "Trading was halted at 3:40 p.m.", "De handel werd om twintig voor vier 's middags stilgelegd."),
    ("nl", "The ferry sails at 8:20 a.m.", "De veerboot vaart om twintig over acht 's ochtends uit."),
    ("nl", "The ferry sails at 8:25 a.m.", "De veerboot vaart om vijfentwintig over acht 's ochtends uit."),
    ("nl", "The ferry sails at 8:35 a.m.", "De veerboot vaart om vijfentwintig voor negen uur 's ochtends uit."),
    ("nl", "The meeting starts at 8:30 p.m.", "De vergadering begint om half negen 's avonds."),
    ("nl", "The meeting starts at 8 p.m.", "De vergadering begint om acht uur 's avonds."),
    ("de", "The meeting starts at 8:30 p.m.", "Die Sitzung beginnt um halb neun am Abend."),
    ("de", "The meeting starts at 8:15 p.m.", "Die Sitzung beginnt um Viertel nach acht am Abend."),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt abends um Viertel vor neun."),
    ("de", "The meeting starts at 8 p.m.", "Die Sitzung beginnt um acht Uhr am Abend."),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt um Viertel vor neun Uhr abends."),
    ("de", "The meeting starts at 8:30 p.m.", "Die Sitzung beginnt um halb neun Uhr abends."),
    ("de", "They arrived at 9:30 p.m.", "Um einundzwanzig Uhr dreißig kamen sie an."),
    ("de", "They arrived at 8:05 p.m.", "Um zwanzig Uhr fünf kamen sie an."),
    ("fr", "The meeting starts at 8:45 p.m.", "La réunion commence à neuf heures moins le quart du soir."),
    ("fr", "The meeting starts at 8:45 p.m.", "La réunion commence à vingt et une heures moins le quart."),
    ("es", "The meeting starts at 8:45 p.m.", "La reunión empieza a las nueve menos cuarto de la tarde."),
    ("es", "The meeting starts at 8:50 p.m.", "La reunión empieza a las nueve menos diez de la noche."),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt um dreiviertel neun am Abend."),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt abends um drei viertel neun."),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt um Dreiviertel neun Uhr abends."),
    ("pt", "The meeting starts at 8:45 p.m.", "A reunião começa a um quarto para as nove da noite."),
    ("pt", "The meeting starts at 8:45 p.m.", "A reunião começa às nove menos um quarto da noite."),
    ("pt", "The meeting starts at 8:40 p.m.", "A reunião começa às vinte para as nove da noite."),
    # The first hour of a range in words, on the clock of its second.
    ("de", "The shops open from 9 a.m. to 5 p.m.", "Die Geschäfte öffnen von neun bis 17 Uhr."),
    ("fr", "The shops open from 9 a.m. to 5 p.m.", "Les magasins ouvrent de neuf à 17 heures."),
    ("es", "The shops open from 9 a.m. to 5 p.m.", "Las tiendas abren de nueve a 17 horas."),
    ("es", "The shops open from 9 a.m. to 5 p.m.", "Las tiendas abren de las nueve a las 17 horas."),
    ("nl", "The shops open from 9 a.m. to 5 p.m.", "De winkels zijn open van negen tot 17 uur."),
])
def test_a_time_in_words_with_minutes_below_ten_a_quarter_or_a_range_is_the_same_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Without the part of the day, an hour of a 12-hour clock may be either half of the day.
    ("es", "The meeting starts at 8:05 p.m.", "La reunión empieza a las ocho y cinco."),
    ("it", "The meeting starts at 8:05 p.m.", "La riunione inizia alle otto e cinque."),
    ("nl", "The meeting starts at 8:05 p.m.", "De vergadering begint om vijf over acht."),
    ("de", "The meeting starts at 8:15 a.m.", "Die Sitzung beginnt um Viertel nach acht."),
    ("de", "The meeting starts at 8:25 a.m.", "Die Sitzung beginnt um fünf vor halb neun."),
    ("de", "The meeting starts at 8:45 a.m.", "Die Sitzung beginnt um dreiviertel neun."),
    ("pt", "The meeting starts at 8:45 a.m.", "A reunião começa a um quarto para as nove."),
    ("pt", "The meeting starts at 12:45 p.m.", "A reunião começa a um quarto para a uma."),
    # A count after the hour and `y` counts the noun after it: no minutes.
    ("es", "At 8 p.m. five people arrived.", "A las ocho y cinco personas llegaron."),
    ("it", "At 9 p.m. two officers arrived.", "Alle nove e due agenti sono arrivati."),
    ("pt", "At 9 a.m. three people were hurt.", "Às nove e três pessoas ficaram feridas."),
    # Minutes before an hour that counts the noun after it are no time.
    ("de", "The death toll rose by ten after eight days of fighting.", "Die Zahl der Toten stieg um zehn nach acht Tagen der Kämpfe."),
])
def test_a_time_in_words_with_minutes_before_or_after_the_hour_of_either_half_of_the_day_is_the_same_time(locale, msgid, msgstr):
    assert [severity for _, severity in checks(msgid, msgstr, locale)] in ([], ["warning"])
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The meeting starts at 8:05 p.m.", "Die Sitzung beginnt um zwanzig Uhr zehn.",
     "missing 8:05 p.m.; not in the source: zwanzig Uhr zehn"),
    ("de", "The meeting starts at 8:05 p.m.", "Die Sitzung beginnt um neun Uhr fünf.", "missing 8:05 p.m."),
    ("fr", "The meeting starts at 8:05 p.m.", "La réunion commence à vingt heures six.",
     "missing 8:05 p.m.; not in the source: vingt heures six"),
    ("es", "The meeting starts at 8:05 p.m.", "La reunión empieza a las ocho y cinco de la mañana.",
     "missing 8:05 p.m.; not in the source: ocho y cinco de la mañana"),
    ("de", "The meeting starts at 9:30 p.m.", "Die Sitzung beginnt um halb neun am Abend.",
     "missing 9:30 p.m.; not in the source: halb neun am Abend"),
    ("nl", "The meeting starts at 8:30 p.m.", "De vergadering begint om half negen 's ochtends.",
     "missing 8:30 p.m.; not in the source: half negen 's ochtends"),
    ("nl", "The meeting starts at 8:15 p.m.", "De vergadering begint om kwart voor acht 's avonds.",
     "missing 8:15 p.m.; not in the source: kwart voor acht 's avonds"),
    ("nl", "Trading was halted at 3:40 p.m.", "De handel werd om twintig over vier 's middags stilgelegd.",
     "missing 3:40 p.m.; not in the source: twintig over vier 's middags"),
    ("nl", "Trading was halted at 3:40 p.m.", "De handel werd om twintig voor vier 's ochtends stilgelegd.",
     "missing 3:40 p.m.; not in the source: twintig voor vier 's ochtends"),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt um Viertel nach neun am Abend.",
     "missing 8:45 p.m.; not in the source: Viertel nach neun am Abend"),
    ("fr", "The meeting starts at 8:45 p.m.", "La réunion commence à neuf heures et quart du soir.",
     "missing 8:45 p.m.; not in the source: neuf heures et quart du soir"),
    ("es", "The meeting starts at 8:45 p.m.", "La reunión empieza a las ocho menos cuarto de la tarde.",
     "missing 8:45 p.m.; not in the source: ocho menos cuarto de la tarde"),
    ("de", "The shops open from 9 a.m. to 5 p.m.", "Die Geschäfte öffnen von zehn bis 17 Uhr.",
     "missing 9 a.m.; not in the source: zehn"),
    ("de", "The meeting starts at 8:45 p.m.", "Die Sitzung beginnt um dreiviertel zehn am Abend.",
     "missing 8:45 p.m.; not in the source: dreiviertel zehn am Abend"),
    ("pt", "The meeting starts at 8:45 p.m.", "A reunião começa a um quarto para as dez da noite.",
     "missing 8:45 p.m.; not in the source: um quarto para as dez da noite"),
])
def test_another_time_in_words_with_minutes_below_ten_a_quarter_or_a_range_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("de", "Die Abstimmung ist für halb neun abends angesetzt."),
    ("de", "Die Abstimmung ist nicht vor halb neun am Abend."),
    ("de", "Die Abstimmung läuft seit halb neun abends."),
    ("de", "Die Abstimmung ist abends nach halb neun."),
    ("de", "Abends bis halb neun wird abgestimmt."),
    ("fr", "Le vote est prévu pour vingt heures trente."),
    ("fr", "Le vote aura lieu avant vingt heures trente."),
    ("fr", "Le vote aura lieu après vingt heures trente."),
    ("fr", "Le vote est prévu pour 20 heures 30."),
    ("es", "La votación está prevista para las veinte horas y treinta."),
    ("es", "La votación será antes de las veinte horas y media."),
    ("es", "La votación será después de las veinte horas y media."),
    ("nl", "De stemming staat gepland voor half negen 's avonds."),
    ("nl", "De stemming is na half negen 's avonds."),
])
def test_a_time_in_words_after_any_preposition_of_the_clock_is_the_same_time(locale, msgstr):
    msgid = "The vote is due at 8:30 p.m."
    assert checks(msgid, msgstr, locale) == []
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The vote is due at 8:30 p.m.", "Die Abstimmung ist für halb zehn abends angesetzt.",
     ["missing 8:30 p.m.; not in the source: halb zehn abends"]),
    ("fr", "The vote is due at 8:30 p.m.", "Le vote est prévu pour vingt et une heures trente.",
     ["missing 8:30 p.m.; not in the source: vingt et une heures trente"]),
    ("nl", "The vote is due at 8:30 p.m.", "De stemming staat gepland voor half tien 's avonds.",
     ["missing 8:30 p.m.; not in the source: half tien 's avonds"]),
    # Hours after `pour` or `après` before what they are of are a span of time.
    ("fr", "Talks resumed after 20 hours of debate.", "Les pourparlers ont repris après vingt heures de débat.", []),
    ("fr", "Talks resumed after 20 hours of debate.", "Les pourparlers ont repris après 20 heures de débat.", []),
    ("fr", "The vote was put off for two hours.", "Le vote a été reporté pour deux heures.", []),
])
def test_another_time_in_words_after_any_preposition_of_the_clock_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # A German count after the clock's word counts the noun after it, no minutes of the time.
    ("Thirty officers arrived at 9 p.m.", "Um einundzwanzig Uhr dreißig Polizisten kamen an.", []),
    ("Twenty officers arrived at 9 p.m.", "Um einundzwanzig Uhr dreißig Polizisten kamen an.",
     ["missing Twenty; not in the source: dreißig"]),
])
def test_a_count_of_a_noun_after_the_clocks_word_is_no_minute(msgid, msgstr, expected):
    assert messages(msgid, msgstr, "de") == expected


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # halb neun is a time, 8:30: no eight people, and its nine no count of people.
    ("Eight people came.", "Um halb neun kamen neun Menschen.", "missing Eight; not in the source: neun"),
    ("Eight people came.", "Um halb neun kamen Menschen.", "the source's Eight is in the translation neither in words nor in digits"),
])
def test_a_half_hour_states_no_count(msgid, msgstr, expected):
    assert messages(msgid, msgstr, "de") == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "de") == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "Eight people came.", "Um halb neun kamen acht Menschen."),
    ("de", "The talks began at half past eight.", "Die Gespräche begannen um halb neun."),
    ("nl", "The talks began at half past eight.", "De gesprekken begonnen om half negen."),
])
def test_a_half_hour_beside_a_count_or_for_half_past_is_no_count_changed(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A span of time, or hours the source counts in words, are no clock time to report.
    ("fr", "The talks lasted 2 hours.", "Les pourparlers ont duré 2 heures."),
    ("fr", "The village is three hours away.", "Le village est à 3 heures de route."),
    # Hours travelled after à are a distance, not a time: à vingt heures de route.
    ("fr", "The camp is 20 hours' drive from the capital.", "Le camp est à vingt heures de route de la capitale."),
    ("fr", "The camp is twenty hours by road from the capital.", "Le camp est à vingt heures de route de la capitale."),
    ("fr", "The camp is 20 hours' drive from the capital.", "Le camp est à 20 heures de route de la capitale."),
    ("fr", "The island is 13 hours by boat.", "L'île est à treize heures de bateau."),
    ("es", "The camp is 20 hours' drive away.", "El campamento está a 20 horas de camino."),
    ("nl", "After 2 hours the talks ended.", "Na 2 uur eindigden de gesprekken."),
    ("fr", "The talks lasted until two in the morning.", "Les pourparlers ont duré jusqu'à 2 heures du matin."),
    ("es", "Of the 3 firms, two closed.", "De las 3 empresas, dos cerraron."),
    ("es", "The meeting lasted 120 minutes.", "La reunión fue de 2 horas."),
    ("fr", "A 120-minute meeting.", "Une réunion de 2 heures."),
    ("fr", "Delays of 2 to 3 hours.", "Des retards de 2 à 3 heures."),
    # A count beside a time is not taken for it (alle, de las: all, of the).
    ("de", "All 3 ministers resigned at 3 p.m.", "Alle 3 Minister traten um 15 Uhr zurück."),
    ("es", "Of the 3 firms, two closed at 3 p.m.", "De las 3 empresas, dos cerraron a las 15 horas."),
    ("it", "At 3 p.m. all 4 teams arrived.", "Alle 15 sono arrivate tutte e 4 le squadre."),
    ("de", "Three people died at 3 a.m.", "Drei Menschen starben um 3 Uhr nachts."),
])
def test_hours_that_are_no_time_of_the_source_and_counts_beside_a_time_are_not_reported(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The first hour of a range takes the clock of the second.
    ("de", "The office is open between 9 a.m. and 5 p.m.", "Das Büro ist zwischen 9 und 17 Uhr geöffnet."),
    ("de", "The office is open from 9 a.m. to 5 p.m.", "Das Büro ist von 9 bis 17 Uhr geöffnet."),
    ("fr", "The office is open from 9 a.m. to 5 p.m.", "Le bureau est ouvert de 9 heures à 17 heures."),
    ("fr", "The office is open from 9 a.m. to 5 p.m.", "Le bureau est ouvert de 9 à 17 heures."),
    ("fr", "The office is open from 9am to 5pm.", "Le bureau est ouvert de 9 à 17 h."),
    ("fr", "The office is open from 9am to 5pm.", "Le bureau est ouvert de 9 h à 17 h."),
    ("fr", "The office is open from 9am to 5pm.", "Le bureau est ouvert de 9h à 17h."),
    ("es", "The office is open from 9 a.m. to 5 p.m.", "La oficina abre de 9 a 17 horas."),
    ("pt", "The office is open between 9 a.m. and 5 p.m.", "O escritório abre entre as 9 e as 17 horas."),
    ("nl", "The office is open from 9 a.m. to 5 p.m.", "Het kantoor is open van 9 tot 17 uur."),
    ("fr", "The 2 p.m. session was cancelled.", "La séance de 14 heures a été annulée."),
    ("it", "The meeting ran from 9 a.m. to 1 p.m.", "La riunione è durata dalle 9 alle 13."),
    ("it", "The 3 p.m. deadline passed.", "La scadenza delle 15 è passata."),
    # Its first hour after the range's article, where the second has its own (de las 9 a las 17).
    ("es", "The office is open from 9 a.m. to 5 p.m.", "La oficina abre de las 9 a las 17 horas."),
    ("es", "The office is open between 9 a.m. and 5 p.m.", "La oficina abre entre las 9 y las 17 horas."),
    ("pt", "The office is open from 9 a.m. to 5 p.m.", "O escritório abre das 9 às 17 horas."),
    # Its first hour read as either half of the day: the one of the second's clock.
    ("it", "The office is open from 9 a.m. to 5 p.m.", "L'ufficio è aperto dalle ore 9 alle ore 17."),
    ("ja", "The office is open from 9 a.m. to 5 p.m.", "事務所は9時から17時まで開いている。"),
    # Several ranges in one sentence.
    ("de", "Shops open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.",
     "Die Läden öffnen werktags von 9 bis 17 Uhr und samstags von 10 bis 16 Uhr."),
    ("fr", "Shops open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.",
     "Les magasins ouvrent de 9 h à 17 h en semaine et de 10 h à 16 h le samedi."),
    ("es", "Shops open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.",
     "Las tiendas abren de las 9 a las 17 horas entre semana y de las 10 a las 16 horas los sábados."),
    # Noon and midnight by name.
    ("fr", "Voting ends at 12 a.m.", "Le vote se termine à minuit."),
    ("de", "Voting ends at 12 p.m.", "Die Abstimmung endet um Mittag."),
    ("es", "Voting ends at 12 a.m. on Friday, with 3 hours left.", "La votación termina a medianoche del viernes, a falta de 3 horas."),
    ("it", "Voting ends at 12 a.m.", "Il voto termina a mezzanotte."),
    # With the minutes after or before it.
    ("fr", "Voting ends at 12:30 a.m.", "Le vote se termine à minuit et demi."),
    ("fr", "Voting ends at 12:30 a.m.", "Le vote se termine à minuit trente."),
    ("fr", "Voting ends at 12:15 a.m.", "Le vote se termine à minuit et quart."),
    ("fr", "Voting ends at 12:30 p.m.", "Le vote se termine à midi et demi."),
    ("fr", "Voting ends at 12:30 p.m.", "Le vote se termine à midi trente."),
    ("fr", "Voting ends at 11:45 p.m.", "Le vote se termine à minuit moins le quart."),
    ("fr", "Voting ends at 11:50 a.m.", "Le vote se termine à midi moins dix."),
    ("it", "Voting ends at 12:30 a.m.", "Il voto termina a mezzanotte e mezza."),
    ("pt", "Voting ends at 12:30 p.m.", "A votação termina ao meio-dia e meia."),
    # A number after midnight that counts the noun after it is no minute.
    ("fr", "At midnight thirty officers arrived.", "À minuit trente policiers sont arrivés."),
])
def test_a_range_of_hours_and_noon_or_midnight_by_name_are_the_same_times(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The office is open between 9 a.m. and 5 p.m.", "Das Büro ist zwischen 10 und 17 Uhr geöffnet.",
     "missing 9 a.m.; not in the source: 10"),
    ("fr", "Voting ends at 12 a.m.", "Le vote se termine à midi.", "missing 12 a.m.; not in the source: midi"),
    ("fr", "Voting ends at 12:30 a.m.", "Le vote se termine à midi et demi.", "missing 12:30 a.m.; not in the source: midi et demi"),
    ("fr", "Voting ends at 12:30 a.m.", "Le vote se termine à minuit et quart.", "missing 12:30 a.m.; not in the source: minuit et quart"),
    ("pt", "Voting ends at 12:30 p.m.", "A votação termina ao meio-dia e quinze.", "missing 12:30 p.m.; not in the source: meio-dia e quinze"),
    ("fr", "The office is open from 9am to 5pm.", "Le bureau est ouvert de 9 à 16 h.", "missing 5pm; not in the source: 16 h"),
    ("fr", "The office is open from 9am to 5pm.", "Le bureau est ouvert de 10 à 17 h.", "missing 9am; not in the source: 10"),
    ("es", "The office is open from 9 a.m. to 5 p.m.", "La oficina abre de las 8 a las 17 horas.", "missing 9 a.m.; not in the source: 8"),
    ("pt", "The office is open from 9 a.m. to 5 p.m.", "O escritório abre das 9 às 18 horas.",
     "missing 5 p.m.; not in the source: às 18 horas"),
    ("it", "The office is open from 9 a.m. to 5 p.m.", "L'ufficio è aperto dalle ore 8 alle ore 17.",
     "missing 9 a.m.; not in the source: dalle ore 8"),
    ("ja", "The office is open from 9 a.m. to 5 p.m.", "事務所は9時から18時まで開いている。", "missing 5 p.m.; not in the source: 18時"),
    ("de", "Shops open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.",
     "Die Läden öffnen werktags von 9 bis 17 Uhr und samstags von 10 bis 14 Uhr.", "missing 4 p.m.; not in the source: 14 Uhr"),
    ("es", "Shops open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.",
     "Las tiendas abren de las 9 a las 17 horas entre semana y de las 11 a las 16 horas los sábados.",
     "missing 10 a.m.; not in the source: 11"),
    ("nl", "The meeting starts at 8 o'clock.", "De vergadering begint om 9 uur.", "missing 8; not in the source: 9 uur"),
    ("nl", "The meeting starts at 8am.", "De vergadering begint om 9 uur.", "missing 8am; not in the source: 9 uur"),
])
def test_another_hour_of_a_range_or_noon_for_midnight_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A range without a.m. or p.m. whose second hour is below its first ends in the afternoon.
    ("de", "Shops are open from 9 to 5.", "Die Geschäfte sind von 9 bis 17 Uhr geöffnet."),
    ("fr", "Shops are open from 9 to 5.", "Les magasins sont ouverts de 9 h à 17 h."),
    ("es", "Shops are open from 9 to 5.", "Las tiendas abren de 9 a 17 horas."),
    ("it", "Shops are open from 9 to 5.", "I negozi sono aperti dalle 9 alle 17."),
    ("pt", "Shops are open from 9 to 5.", "As lojas abrem das 9h às 17h."),
    ("nl", "Shops are open from 9 to 5.", "De winkels zijn open van 9 tot 17 uur."),
    ("de", "Unemployment fell from 9 to 5 percent.", "Die Arbeitslosigkeit sank von 9 auf 5 Prozent."),
    # Its first hour below the second's takes the second's part of the day.
    ("de", "The talks ran between 10 and 11 p.m.", "Die Gespräche liefen zwischen 22 und 23 Uhr."),
    ("de", "The talks ran between 10 and 11 p.m.", "Die Gespräche liefen zwischen 10 und 11 Uhr abends."),
    ("fr", "The talks ran between 10 and 11 p.m.", "Les pourparlers ont duré entre 22 h et 23 h."),
    ("es", "The talks ran between 10 and 11 p.m.", "Las conversaciones duraron entre las 22 y las 23 horas."),
    ("de", "The office is open from 9 to 5 p.m.", "Das Büro ist von 9 bis 17 Uhr geöffnet."),
    # Hours and minutes joined by `e`.
    ("it", "The match starts at 8:30 p.m.", "La partita inizia alle 20 e 30."),
    ("pt", "The match starts at 8:30 p.m.", "A partida começa às 20 horas e 30 minutos."),
])
def test_a_range_that_ends_in_the_afternoon_and_minutes_after_e_are_the_same_times(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Shops are open from 9 to 5.", "Die Geschäfte sind von 9 bis 15 Uhr geöffnet.", "missing 5; not in the source: 15 Uhr"),
    ("de", "Shops are open from 9 to 11.", "Die Geschäfte sind von 9 bis 23 Uhr geöffnet.", "missing 11; not in the source: 23 Uhr"),
    ("de", "Unemployment fell from 9 to 5 percent.", "Die Arbeitslosigkeit sank von 9 auf 17 Prozent.", "missing 5; not in the source: 17"),
    ("de", "The talks ran between 10 and 11 p.m.", "Die Gespräche liefen zwischen 21 und 23 Uhr.", "missing 10; not in the source: 21"),
    ("it", "The match starts at 8:30 p.m.", "La partita inizia alle 20 e 45.", "missing 8:30 p.m.; not in the source: alle 20 e 45"),
])
def test_another_hour_of_an_afternoon_range_or_minute_after_e_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("fr", "The session ends at midnight.", "La séance se termine à minuit."),
    ("es", "The session ends at midnight.", "La sesión termina a medianoche."),
    ("de", "The session ends at midnight.", "Die Sitzung endet um Mitternacht."),
    ("de", "The session ends at midnight.", "Die Sitzung endet mitternachts."),
    ("nl", "The session ends at midnight.", "De zitting eindigt om middernacht."),
    ("nl", "The session ends at midnight.", "De zitting eindigt om twaalf uur 's nachts."),
    ("fr", "The session ends at noon.", "La séance se termine à midi."),
    ("es", "The session ends at noon.", "La sesión termina a mediodía."),
    ("de", "The session ends at noon.", "Die Sitzung endet mittags."),
    ("de", "The session ends at noon.", "Die Sitzung endet um 12 Uhr."),
    ("nl", "The session ends at noon.", "De zitting eindigt om twaalf uur 's middags."),
    ("de", "The session ends at 12 p.m.", "Die Sitzung endet mittags."),
    ("de", "The session ends at 1 p.m.", "Die Sitzung endet um ein Uhr mittags."),
    # The south of France (le Midi) and the afternoon written with a space name no noon.
    ("fr", "Farmers in southern France will strike from midnight.", "Les agriculteurs du Midi feront grève à partir de zéro heure."),
    ("fr", "Farmers will strike from midnight and all afternoon.",
     "Les agriculteurs feront grève à partir de zéro heure et tout l'après midi."),
])
def test_noon_or_midnight_by_name_said_so_is_the_same_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("es", "The agreement acceptable to both parties was signed at 2 p.m.", "El acuerdo aceptable para las dos partes se firmó a las 14 horas."),
    ("nl", "After two hours of talks, the vote was at 2 p.m.", "Na twee uur overleg werd om 14.00 uur gestemd."),
    ("nl", "He was questioned for two hours from 2 p.m.", "Hij werd voor twee uur verhoord vanaf 14.00 uur."),
    ("es", "The vote is due at 8:30 p.m.", "La votación está prevista para las ocho y media de la tarde."),
    ("nl", "The vote is at 8 p.m.", "De stemming is na acht uur 's avonds."),
])
def test_hours_after_a_preposition_of_a_span_are_the_span_unless_the_clock_says_otherwise(locale, msgid, msgstr):
    """para las dos partes (for both parties), na twee uur overleg (after two hours of talks):
    no time; the part of the day after the hour makes one."""
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("fr", "The session ends at midnight.", "La séance se termine à midi.", "missing midnight; not in the source: midi"),
    ("es", "The session ends at midnight.", "La sesión termina a mediodía.", "missing midnight; not in the source: mediodía"),
    ("de", "The session ends at midnight.", "Die Sitzung endet mittags.", "missing midnight; not in the source: mittags"),
    ("nl", "The session ends at midnight.", "De zitting eindigt om twaalf uur 's middags.",
     "missing midnight; not in the source: twaalf uur 's middags"),
    ("fr", "The session ends at noon.", "La séance se termine à minuit.", "missing noon; not in the source: minuit"),
    ("de", "The session ends at noon.", "Die Sitzung endet um Mitternacht.", "missing noon; not in the source: Mitternacht"),
    ("fr", "The session ends at 12 p.m.", "La séance se termine à minuit.", "missing 12 p.m.; not in the source: minuit"),
    ("de", "The session ends at 12 a.m.", "Die Sitzung endet mittags.", "missing 12 a.m.; not in the source: mittags"),
    # The afternoon (l'après-midi) names no noon.
    ("fr", "The vote is at noon.", "Le vote a lieu dans l'après-midi, à 14 heures.", "missing noon; not in the source: 14 heures"),
])
def test_noon_for_midnight_or_midnight_for_noon_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize("msgid", ["The meeting starts at 8 o'clock.", "The meeting starts at 8am.", "The meeting starts at 8 a.m."])
def test_dutch_uur_after_the_hour_is_the_time(msgid):
    """`om 8 uur` is eight o'clock, in the morning unless the story says otherwise."""
    assert publish_errors(unit(msgid), Message(msgid, "De vergadering begint om 8 uur."), "nl") == []


NUMBER_LOCALES = ["de", "fr", "es", "en", "it", "pt_BR", "nl", "pl", "ru", "de_CH", "en_IN", "hi", "ar"]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(NUMBER_LOCALES),
    st.integers(0, 10**12),
    st.one_of(st.none(), st.integers(0, 999)),
    st.text(st.sampled_from("0123456789.,\u00a0\u202f'"), min_size=1, max_size=9),
)
def test_numbers_are_read_as_babel_reads_them(code, whole, fraction, scrambled):
    """A number is read with CLDR's grouping and decimal symbols, strictly: the value babel's
    strict parse gives (check reads common forms without it, for speed)."""
    locale = Locale.parse(code)
    group, decimal = symbols(locale)
    decimals = decimal + str(fraction) if fraction is not None else ""
    by_thousands = f"{whole:,}".replace(",", group) + decimals  # not how en-IN groups
    for text in (formatted(Decimal(whole), locale) + decimals, by_thousands, "1" + scrambled + "0"):
        try:
            expected = _babel_strict(text, locale)
        except NumberFormatError:
            expected = None
        if any(mark in text and mark != group for mark in "' \u00a0\u202f"):
            continue  # read as the locale's group symbol on purpose (1'200, 1 200)
        if any(mark in text and mark not in (group, decimal) for mark in ".,"):
            assert decimal_value(text, locale) is None, text  # 3.5 in Russian: not the locale's, which babel reads leniently
            continue
        assert decimal_value(text, locale) == expected, text


def _babel_strict(text: str, locale: Locale) -> Decimal:
    """babel's strict parse of `text`. Where babel groups with the ASCII apostrophe (CLDR 48's
    Swiss symbol), which its own formatting drops, so that it refuses every number of millions,
    the number is parsed as English writes it: Swiss numbers are grouped as English ones are."""
    if get_group_symbol(locale) != "'":
        return parse_decimal(text, locale, strict=True)
    group, decimal = symbols(locale)
    return parse_decimal(text.translate({ord(group): ",", ord(decimal): "."}), Locale("en"), strict=True)


@pytest.mark.parametrize("code", ["de_CH", "it_CH", "gsw"])
def test_swiss_numbers_are_grouped_with_the_apostrophe_swiss_papers_print(code):
    """`1’234’567.5`, with the typographic apostrophe, whichever babel: CLDR 48 (babel 2.19)
    made it the ASCII one, which babel then dropped (`1234567.5`); both are read."""
    swiss, english = Locale.parse(code), Locale("en")
    assert figure_in_locale("1,234,567.5", english, swiss)[0] == "1’234’567.5"
    assert figure_in_locale("-45,210 (12,500)", english, swiss)[0] == "-45’210 (12’500)"
    assert [decimal_value(text, swiss) for text in ("1'000'000", "1’000’000", "1’234’567.5", "12'345")] == [
        Decimal(1000000), Decimal(1000000), Decimal("1234567.5"), Decimal(12345)]
    assert messages("It cost 1,234,567 francs.", "Es kostete 1,234,567 Franken.", "de-CH") == [
        "1,234,567 is written the English way: de-CH writes 1’234’567"]


def test_a_results_table_of_thousands_of_times_and_numbers_flags_only_what_changed():
    rows = range(3000)
    msgid = " ".join(f"Race {row}: {row % 12 + 1}:30 p.m., {row}.5 points." for row in rows)
    msgstr = " ".join(f"Lauf {row}: {(row % 12 + 1) % 12 + 12}.30 Uhr, {row},5 Punkte." for row in rows)
    assert checks(msgid, msgstr) == []  # 1:30 p.m. → 13.30 Uhr: the same time, as both say
    wrong = msgstr.replace("2998,5 Punkte", "2989,5 Punkte")
    assert messages(msgid, wrong) == ["missing 2998.5; not in the source: 2989,5 (= 2989.5 in de)"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A dropped number is not excused by a word that only looks like one.
    ("de", "The fine was 500 euros.", "Der Betrag wurde gezahlt.", "missing 500"),
    ("fr", "Shares fell 50 cents.", "Le titre a chuté.", "missing 50"),
    ("de", "A court fined the firm 1 million euros.", "Ein Gericht verhängte eine Strafe.", "missing 1"),
    ("ja", "Shares of Kyushu Electric fell 9%.", "九州電力の株が下落した。", "missing 9"),
    ("zh", "Samsung's profit fell 3%.", "三星的利润下降了。", "missing 3"),
    ("de", "Three people died.", "7 Menschen starben.", "missing the number 3 the source writes in words; not in the source: 7"),
    ("fr", "Prices rose in the 1980s.", "Les prix ont augmenté dans les années 90.", "missing 1980; not in the source: 90"),
    ("es", "Prices rose in the 1980s.", "Los precios subieron en los años noventa.", "missing 1980"),
    # A decade is no year: a year the translation turns into a decade is missing.
    ("es", "In 2020, 20% were poor.", "En los años veinte, el 20 % era pobre.", "missing 2020"),
    ("de", "Inflation peaked in 1990.", "Die Inflation erreichte in den 90ern ihren Höhepunkt.", "missing 1990; not in the source: 90"),
    ("de", "The bank raised rates for a second time this year.", "Die Bank erhöhte die Zinsen zum dritten Mal in diesem Jahr.",
     "missing second; not in the source: dritten"),
    ("ja", "Three ministers resigned.", "閣僚四人が辞任した。", "missing Three; not in the source: 四"),
    ("zh", "Three ministers resigned.", "四名部长辞职。", "missing Three; not in the source: 四"),
    ("fr", "The second round is on May 18.", "Le second tour aura lieu le 18 juin.", "the date: May 18 in the source, 18 juin in the translation"),
    ("ar", "The match kicked off at 10 p.m.", "انطلقت المباراة في الساعة التاسعة مساءً.", "missing 10 p.m.; not in the source: 9:00 p.m."),
    ("ar", "Three ministers resigned.", "استقال أربعة وزراء.", "missing Three; not in the source: أربعة"),
    ("it", "Four ministers resigned.", "Tre ministri si sono dimessi.", "missing Four; not in the source: Tre"),
    ("zh", "Voting ends at 7 p.m.", "投票于晚上八点结束。", "missing 7 p.m.; not in the source: 晚上8点"),
    ("zh", "Prices jumped 5%.", "价格上涨了百分之六。", "missing 5; not in the source: 6"),
    ("de", "The heatwave pushed temperatures above 100F (38C).", "Die Hitzewelle trieb die Temperaturen auf über 37 Grad.",
     "missing 38; not in the source: 37"),
    ("de", "A 3-year-old girl was rescued.", "Ein vierjähriges Mädchen wurde gerettet.", "missing 3"),
    ("ru", "Four ministers resigned.", "Три министра ушли в отставку.", "missing Four; not in the source: Три"),
    ("de", "The class of '89 met again.", "Der Jahrgang 1998 traf sich wieder.", "missing 1989; not in the source: 1998"),
    ("zh", "The economy is worth $2.3 trillion.", "经济规模达2.3亿美元。",
     "2.3亿 is 230 million (230,000,000); the source says 2.3 trillion (2,300,000,000,000)"),
    ("ar", "The deal is worth €3.5 billion.", "تبلغ قيمة الصفقة ٣٫٥ مليون يورو.",
     "٣.٥ مليون is 3.5 million (3,500,000); the source says 3.5 billion (3,500,000,000)"),
    # The words of a number add up to it, and to nothing else.
    ("es", "The 23 teams arrived.", "Llegaron los treinta y dos equipos.", "missing 23"),
    ("ar", "More than 4,000 people fled.", "فرّ أكثر من ثلاثة آلاف شخص.", "missing 4,000"),
    ("fr", "The 71 deputies voted.", "Les soixante-dix-sept députés ont voté.", "missing 71"),
    ("it", "She voted for the 20th time.", "Ha votato per la trentesima volta.", "missing 20"),
    ("fr", "Call the hotline on 0800 123 456.", "Appelez le 0800 123 465.", "missing 0800, 123 456; not in the source: 0800 123 465"),
    ("de", "Ten years ago, 1 in 4 households owned a car.", "Vor zehn Jahren besaß jeder fünfte Haushalt ein Auto.", "missing 4"),
    # Words that are no figure: a percentage's hundred, thousands without a number, a fraction,
    # a discourse word; No. 1 is no proportion's one.
    ("fr", "The firms cut 100 jobs, or 5%.", "Les entreprises ont supprimé 200 emplois, soit 5 pour cent.",
     "missing 100; not in the source: 200"),
    ("ar", "The firms cut 100 jobs, or 5%.", "ألغت الشركات 200 وظيفة، أي 5 في المئة.", "missing 100; not in the source: 200"),
    ("ru", "Thousands protested; 1,000 were arrested.", "Тысячи людей протестовали; задержаны сотни.", "missing 1,000"),
    ("ru", "Secondly, the 2 ministers resigned.", "Во-вторых, министры ушли в отставку.", "missing 2"),
    ("ru", "GDP grew 0.3% in 10 regions.", "ВВП вырос на три десятых процента в регионах.", "missing 0.3, 10"),
    ("de", "The song reached No. 1 in 12 countries.", "Das Lied erreichte Platz 2 in 12 Ländern.", "missing 1; not in the source: 2"),
    ("es", "Voting ends at 7 p.m.", "La votación termina a las ocho de la tarde.", "missing 7 p.m.; not in the source: ocho de la tarde"),
    ("de", "The river rose 1 1/2 metres overnight.", "Der Fluss stieg über Nacht um zwei Meter.", "missing 1.5"),
    ("fr", "Two-thirds of respondents supported the plan.", "Un tiers des sondés soutenait le projet.",
     "the fraction: Two-thirds in the source, Un tiers in the translation"),
    ("de", "Half of the 600 staff are on strike.", "Ein Drittel der 600 Beschäftigten streikt.",
     "the fraction: Half in the source, Ein Drittel in the translation"),
    ("zh", "A quarter of the budget goes to defence.", "三分之一的预算用于国防。",
     "the fraction: A quarter in the source, 三分之一 in the translation"),
    # A half stands for its own number only; an hour in words is a time, no other number.
    ("de", "The river rose 2 1/2 metres overnight.", "Der Fluss stieg über Nacht um eineinhalb Meter.", "missing 2.5"),
    ("es", "Growth in the Middle East slowed to 2.5%.", "El crecimiento en Oriente Medio se desaceleró al 3%.",
     "missing 2.5; not in the source: 3"),
    ("fr", "Shares rose 3.5% before the semi-final.", "Les actions ont gagné 4 % avant la demi-finale.",
     "missing 3.5; not in the source: 4"),
    ("ru", "Talks ended at 2 p.m. after 2 days.", "Переговоры завершились в 15:00 спустя два дня.",
     "missing 2 p.m.; not in the source: 15:00"),
    ("pt", "Polls opened at 6 a.m. on Friday.", "As urnas abriram às 7h na sexta de manhã.", "missing 6 a.m.; not in the source: às 7h"),
    ("es", "The 7 ministers met at 7 p.m.", "Los ministros se reunieron a las siete de la tarde.", "missing 7"),
    ("de", "It was minus 15 degrees Celsius overnight.", "In der Nacht herrschten 15 Grad.",
     "the source's -15 is negative: the translation drops its minus"),
    ("de", "Talks resume on Saturday.", "Die Gespräche werden am Sonntag fortgesetzt.",
     "the day: Saturday in the source, Sonntag in the translation"),
    ("de", "The club paid $4m for the striker.", "Der Verein zahlte 4 Mio. Pfund für den Stürmer.",
     "the currency: $ in the source, Pfund in the translation"),
    ("pt", "The fine is €3.5 million.", "A multa é de US$ 3,5 milhões.", "the currency: € in the source, $ in the translation"),
    ("zh", "Profit rose to $4.2 billion.", "利润增至42亿元。", "the currency: $ in the source, 元 in the translation"),
    ("it", "The deal is worth $5 million.", "L'accordo vale 5 milioni di franchi svizzeri.", "the currency: $ in the source, franchi in the translation"),
    ("ru", "The deal is worth €3 million.", "Сделка стоит 3 млн долл.", "the currency: € in the source, долл. in the translation"),
    ("es", "A third of voters backed him.", "La cuarta parte de los votantes lo apoyó.",
     "the fraction: A third in the source, La cuarta parte in the translation"),
    ("ru", "The vote is on Wednesday.", "Голосование пройдёт в субботу.", "the day: Wednesday in the source, суббота in the translation"),
    ("pt", "The vote is on Thursday.", "A votação é na sexta-feira.", "the day: Thursday in the source, sexta-feira in the translation"),
    ("fr", "Temperatures fell to -8.5C.", "Les températures sont tombées à 8,5 °C.",
     "the source's -8.5 is negative: the translation drops its minus"),
    ("de", "The river rose 1 1/2 metres overnight.", "Der Fluss stieg über Nacht um 2,5 Meter.",
     "missing 1.5; not in the source: 2,5 (= 2.5 in de)"),
    ("ru", "The talks lasted until 1 a.m.", "Переговоры продолжались до часа дня.", "missing 1 a.m.; not in the source: часа дня"),
    ("fr", "The talks lasted until 11 p.m.", "Les pourparlers ont duré jusqu'à onze heures du matin.",
     "missing 11 p.m.; not in the source: onze heures du matin"),
])
def test_a_number_dropped_or_changed_is_not_taken_for_one_written_out(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A count in words beside a figure the translation adds (a month, a rephrasing) is no changed count.
    ("ja", "The first talks will be held in June.", "最初の協議は6月に行われる。"),
    ("zh", "The first talks will be held in June.", "首轮会谈将于6月举行。"),
    ("ja", "One of the ministers will step down in March.", "閣僚の一人が3月に辞任する。"),
    ("fr", "The firm will cut one in five jobs.", "L'entreprise supprimera 20 % des emplois."),
    ("de", "“It is one of the worst outlooks in a decade,” she said.", "„Es ist einer der schlechtesten Ausblicke seit 10 Jahren“, sagte sie."),
    # Japanese 点 after a number is points, not o'clock; Chinese 点 after a part of the day is.
    ("ja", "It was a 2-goal defeat.", "2点差の敗戦だった。"),
    ("zh", "Polls closed at 10 p.m.", "投票于晚上10点结束。"),
    ("fr", "The 5th century.", "Le Ve siècle."),
    ("en", "The 10 100-metre finalists ran.", "The ten 100-metre finalists ran."),
    # A decade by its two last digits, as each language writes it; Arabic thousands in words.
    ("zh", "Prices last rose this fast in the 1990s.", "物价上次如此快速上涨是在上世纪90年代。"),
    ("ja", "Prices last rose this fast in the 1990s.", "物価がこれほど速く上がったのは90年代以来だ。"),
    ("fr", "Prices last rose this fast in the 1990s.", "Les prix n'ont pas augmenté aussi vite depuis les années 90."),
    ("es", "Prices last rose this fast in the 1990s.", "Los precios no subían tan rápido desde los años 90."),
    ("ru", "Prices last rose this fast in the 1990s.", "Цены так быстро не росли с 90-х годов."),
    ("ar", "About 65,000 fans came.", "حضر نحو ٦٥ ألف مشجع."),
    ("ar", "About 20,000 fans came.", "حضر نحو ٢٠ ألفاً من المشجعين."),
    # Numbers in words in Italian, Portuguese, Russian and Polish, in their cases.
    ("it", "The 8 suspects were arrested in 3 cities.", "Gli otto sospetti sono stati arrestati in tre città."),
    ("pt", "The 8 suspects were arrested in 3 cities.", "Os oito suspeitos foram presos em três cidades."),
    ("ru", "The 8 suspects were arrested in 3 cities.", "Восемь подозреваемых были задержаны в трёх городах."),
    ("pl", "The 8 suspects were arrested in 3 cities.", "Ośmiu podejrzanych zatrzymano w trzech miastach."),
    ("it", "According to 3 sources, 6 people died.", "Secondo 3 fonti, sei persone sono morte."),
    # A Chinese trillion, and years written short on either side.
    ("zh", "The economy is worth $2.3 trillion.", "经济规模达2.3万亿美元。"),
    ("fr", "The 2022-23 season was the best.", "La saison 2022-2023 a été la meilleure."),
    ("de", "The class of '89 met again.", "Der Jahrgang 1989 traf sich wieder."),
    # Numbers that open a compound word, and imperial figures a metric newsroom leaves for their conversion.
    ("de", "Six people, including a 3-year-old girl, were rescued.", "Sechs Menschen, darunter ein dreijähriges Mädchen, wurden gerettet."),
    ("ru", "Six people, including a 3-year-old girl, were rescued.", "Спасены шесть человек, в том числе трехлетняя девочка."),
    ("pl", "Six people, including a 3-year-old girl, were rescued.", "Uratowano sześć osób, w tym trzyletnią dziewczynkę."),
    ("de", "The heatwave pushed temperatures above 100F (38C).", "Die Hitzewelle trieb die Temperaturen auf über 38 Grad."),
    ("fr", "The village is 40 miles (64 km) north of the capital.", "Le village se trouve à 64 km au nord de la capitale."),
    # Decades in words for the '90s; Arabic numbers with the article, from eleven to nineteen, hours without الساعة.
    ("it", "The band was popular in the '90s.", "La band era famosa negli anni Novanta."),
    ("ar", "The band was popular in the '90s.", "كانت الفرقة رائجة في التسعينيات."),
    ("ar", "The 8 suspects were arrested in 3 cities.", "اعتُقل المشتبه بهم الثمانية في ثلاث مدن."),
    ("ar", "The cathedral was built in the 12th century.", "بُنيت الكاتدرائية في القرن الثاني عشر."),
    ("ar", "Shops will open at 9 a.m. on Sunday.", "ستفتح المتاجر يوم الأحد في التاسعة صباحاً."),
    # Chinese hours and fractions in hanzi.
    ("zh", "The meeting began at 2:30 p.m.", "会议于下午两点半开始。"),
    ("zh", "The meeting began at 10:15 a.m.", "会议于上午十点十五分开始。"),
    ("zh", "Two-thirds of respondents supported the plan.", "三分之二的受访者支持该计划。"),
    ("zh", "Prices jumped 5%.", "价格上涨了百分之五。"),
    ("ja", "The meeting began at 2:30 p.m.", "会議は午後二時半に始まった。"),
    ("ja", "Trains were halted for a while at 3 p.m.", "午後3時、列車は一時運転を見合わせた。"),
    # Arabic hours and counts in words.
    ("ar", "The match kicked off at 10 p.m. local time.", "انطلقت المباراة في الساعة العاشرة مساءً بالتوقيت المحلي."),
    ("ar", "Polls opened at 8:30 a.m.", "فتحت مراكز الاقتراع في الساعة الثامنة والنصف صباحاً."),
    ("ar", "The company has 5 plants.", "لدى الشركة خمسة مصانع."),
    ("es", "Prices last rose this fast in the 1990s.", "Los precios no subían tan rápido desde los años noventa."),
    ("de", "Prices last rose this fast in the 1990s.", "So schnell stiegen die Preise zuletzt in den Neunzigerjahren."),
    ("de", "The bank raised rates for a second time this year.", "Die Bank erhöhte die Zinsen zum zweiten Mal in diesem Jahr."),
    ("zh", "Three ministers resigned.", "三名部长辞职。"),
    ("de", "Talks run from May 18 to June 2.", "Die Gespräche laufen vom 18. Mai bis 2. Juni."),
    # A month word that is a name, or a month a rephrasing drops, is no month put for another.
    ("de", "Theresa May resigned on June 7, 2019.", "Theresa May trat am 7. Juni 2019 zurück."),
    ("es", "Julio Iglesias will perform on May 5.", "Julio Iglesias actuará el 5 de mayo."),
    ("de", "Prices rose 2% in May from April.", "Die Preise stiegen im Mai um 2 % gegenüber dem Vormonat."),
    # Kanji before a counter of any kind.
    ("zh", "Two climbers died after 4 days.", "两名登山者在四天后遇难。"),
    ("zh", "The strike lasted 3 months.", "罢工持续了三个月。"),
    ("ja", "It took 3 weeks.", "三週間かかった。"),
    ("de", "He won a second term in 2020.", "Er wurde 2020 für vier weitere Jahre gewählt."),
    # Numbers from thirteen up in words: the words of one number add up, ordinals in their cases.
    ("ar", "The 21st summit will be held in Nairobi.", "ستُعقد القمة الحادية والعشرون في نيروبي."),
    ("ar", "More than 3,000 people fled their homes.", "فرّ أكثر من ثلاثة آلاف شخص من منازلهم."),
    ("ar", "A third of the 90 seats went to the opposition.", "ذهب ثلث المقاعد التسعين إلى المعارضة."),
    ("ar", "“The first 100 days will decide everything,” she said.", "قالت: «الأيام المئة الأولى ستحسم كل شيء»."),
    ("es", "She voted for the 20th time.", "Votó por vigésima vez."),
    ("es", "The 32 teams arrived.", "Llegaron los treinta y dos equipos."),
    ("it", "She voted for the 20th time.", "Ha votato per la ventesima volta."),
    ("it", "The 32 teams arrived.", "Sono arrivate le trentadue squadre."),
    ("fr", "The 77 deputies voted.", "Les soixante-dix-sept députés ont voté."),
    ("fr", "The 21 deputies voted.", "Les vingt et un députés ont voté."),
    ("de", "The 21 deputies voted.", "Die einundzwanzig Abgeordneten stimmten ab."),
    ("de", "Between 2 million and 3 million people are affected.", "Betroffen sind zwei bis drei Millionen Menschen."),
    ("ru", "He finished 4th, 12 seconds behind the winner.", "Он финишировал четвертым, отстав от победителя на 12 секунд."),
    ("ru", "Salah scored twice in the 2nd half.", "Салах дважды забил во втором тайме."),
    ("pl", "The 21st summit will be held in Nairobi.", "Dwudziesty pierwszy szczyt odbędzie się w Nairobi."),
    ("en", "The twenty-one deputies voted.", "The 21 deputies voted."),
    # A telephone number grouped as the target groups thousands; the one of a proportion.
    ("fr", "Call the hotline on 0800 123 456.", "Appelez la ligne d'assistance au 0800 123 456."),
    ("ru", "Call the hotline on 0800 123 456.", "Звоните на горячую линию по номеру 0800 123 456."),
    ("de", "Ten years ago, 1 in 4 households owned a car.", "Vor zehn Jahren besaß jeder vierte Haushalt ein Auto."),
    ("es", "Ten years ago, 1 in 4 households owned a car.", "Hace diez años, uno de cada cuatro hogares tenía coche."),
    # A negative number with its minus, in a sign or in words; a margin and a range are no minus.
    ("de", "It was minus 15 degrees Celsius overnight.", "In der Nacht herrschten minus 15 Grad."),
    ("de", "It was minus 15 degrees Celsius overnight.", "In der Nacht herrschten –15 Grad."),
    ("es", "It was minus 15 degrees Celsius overnight.", "Durante la noche se registraron 15 grados bajo cero."),
    ("ru", "Temperatures fell to -8C.", "Температура опустилась до 8 градусов мороза."),
    ("zh", "Temperatures fell to -8C.", "气温降至零下8摄氏度。"),
    ("fr", "Temperatures fell to -8C.", "Les températures sont tombées à moins 8 °C."),
    ("zh", "The margin of error is plus or minus 3 points.", "误差为正负3个百分点。"),
    ("fr", "At least 8 people died in the 2-1 defeat.", "Au moins 8 personnes sont mortes lors de la défaite 2 à 1."),
    # A fraction in words, as each language says it.
    ("fr", "Two-thirds of respondents supported the plan.", "Deux tiers des sondés soutenaient le projet."),
    ("de", "Half of the 600 staff are on strike.", "Die Hälfte der 600 Beschäftigten streikt."),
    ("ru", "A third of the 90 seats went to the opposition.", "Треть из 90 мест досталась оппозиции."),
    ("ja", "Two-thirds of respondents supported the plan.", "回答者の三分の二が計画を支持した。"),
    ("es", "In the first half, sales fell 3.2%.", "En el primer semestre, las ventas cayeron un 3,2 %."),
    ("ru", "The talks lasted half an hour.", "Переговоры длились полчаса."),
    # A letter Unicode folds to another (the long s) is read as that one, never a failure.
    ("de", "The 6 ministers quit.", "Die ſechs Minister traten zurück."),
    # Words that begin like a fraction, a day or a minus, or say it their own way, are none to compare.
    ("de", "A third of chipmakers plan new plants.", "Jeder dritte Halbleiterhersteller plant neue Werke."),
    ("es", "A quarter of the oil exported from the Middle East passes through the strait.",
     "La cuarta parte del petróleo exportado desde Oriente Medio pasa por el estrecho."),
    ("pt", "A third of the funds will be distributed through local banks.", "A terça parte dos recursos será distribuída por meio de bancos locais."),
    ("ru", "A quarter of pensioners received the bonus.", "Каждый четвёртый пенсионер получил надбавку."),
    ("it", "Rossi scored the third goal at the end of the first half.", "Rossi ha segnato il terzo gol alla fine del primo tempo."),
    ("pl", "A quarter of voters backed him in the third round.", "Co czwarty wyborca poparł go w trzeciej turze."),
    ("it", "A quarter of the staff left in mid-September.", "Un dipendente su quattro se n'è andato a metà settembre."),
    ("zh", "The committee, which meets once a week, approved the plan on Tuesday.", "该委员会每周一次开会，24日批准了这项计划。"),
    ("ru", "Ministers will meet on Mondays to discuss the environment.", "Министры будут встречаться по понедельникам, чтобы обсуждать защиту окружающей среды."),
    ("fr", "GDP growth was -0.3% in the quarter.", "Le PIB a reculé de 0,3 % au cours du trimestre."),
    ("es", "Between 1,000 and 2,000 people marched.", "Entre mil y dos mil personas marcharon."),
    ("ar", "He served 2 1/2 years in prison.", "قضى عامين ونصف في السجن."),
    ("ar", "The talks lasted 1 1/2 hours.", "استمرت المحادثات ساعة ونصف."),
    ("ja", "Sales rose to 3 billion yuan.", "売上高は30億元（約600億円）に増えた。"),
    # A quarter by its number is its ordinal in words.
    ("de", "Revenue in Q2 rose 8% to $4.1bn.", "Der Umsatz stieg im zweiten Quartal um 8 Prozent auf 4,1 Milliarden Dollar."),
    ("fr", "Revenue in Q2 rose 8%.", "Le chiffre d’affaires a augmenté de 8 % au deuxième trimestre."),
    # A currency as each language names it; 元 and 円 only after a number.
    ("de", "The club paid $4m for the striker.", "Der Verein zahlte 4 Mio. US-Dollar für den Stürmer."),
    ("fr", "The fine is €3.5 million.", "L’amende s’élève à 3,5 millions d’euros."),
    ("ru", "Shares rose 5% to $12.", "Акции выросли на 5% до 12 долларов."),
    ("ja", "Profit rose to ¥4.2 billion in 2024.", "2024年の利益は42億円に増えた。"),
    ("zh", "Profit rose to ¥4.2 billion in 2024.", "公元2024年利润增至42亿元。"),
    ("ar", "Muslims gave $5 million.", "قدّم المسلمين مبلغ خمسة ملايين دولار."),
    # A weekday in the forms a sentence gives it; a word that only begins like one is none.
    ("ru", "The vote is on Wednesday.", "Голосование пройдёт в среду."),
    ("ru", "The vote is on Thursday, among other things.", "Голосование пройдёт в четверг, среди прочего."),
    ("pl", "The vote is on Wednesday.", "Głosowanie odbędzie się w środę."),
    ("zh", "The vote is on Saturday.", "投票将于周六举行。"),
    ("ja", "The vote is on Saturday.", "投票は土曜に行われる。"),
    ("fr", "Talks resume on Saturday.", "Les pourparlers reprennent ce week-end."),
    # A half, in digits or in words.
    ("de", "The river rose 1 1/2 metres overnight.", "Der Fluss stieg über Nacht um eineinhalb Meter."),
    ("de", "The river rose 1 1/2 metres overnight.", "Der Fluss stieg über Nacht um 1,5 Meter."),
    ("fr", "The river rose 1 1/2 metres overnight.", "La rivière est montée d'un mètre et demi pendant la nuit."),
    ("es", "The river rose 1 1/2 metres overnight.", "El río subió metro y medio durante la noche."),
    ("ru", "The river rose 1 1/2 metres overnight.", "За ночь уровень реки поднялся на полтора метра."),
    ("zh", "The river rose 1½ metres overnight.", "河水一夜之间上涨了1.5米。"),
    ("es", "The river rose 2 1/2 metres overnight.", "El río subió dos metros y medio durante la noche."),
    ("de", "The river rose 2 1/2 metres overnight.", "Der Fluss stieg über Nacht um zweieinhalb Meter."),
    ("ru", "The talks lasted 3 days.", "Переговоры длились три дня."),
    ("es", "Voting ends at 12 a.m.", "La votación termina a las doce de la noche."),
    # Hundreds and thousands written as one word, and Arabic numbers after ب.
    ("es", "The 2,250 workers voted.", "Votaron los dos mil doscientos cincuenta trabajadores."),
    ("it", "The 3,000 fans sang.", "I tremila tifosi hanno cantato."),
    ("ru", "The 250 deputies voted.", "Двести пятьдесят депутатов проголосовали."),
    ("ar", "Muslims gave $5 million.", "تبرع المسلمون بخمسة ملايين دولار."),
    ("ar", "The 350 deputies voted.", "صوّت ثلاثمئة وخمسون نائباً."),
    # Hours in words with the part of the day.
    ("es", "Voting ends at 7 p.m.", "La votación termina a las siete de la tarde."),
    ("es", "Voting ends at 11:30 p.m.", "La votación termina a las once y media de la noche."),
    ("ru", "The talks lasted until 1 a.m.", "Переговоры продолжались до часа ночи."),
    ("ru", "The talks began at 10 a.m.", "Переговоры начались в десять часов утра."),
    ("fr", "The talks lasted until 1 a.m.", "Les pourparlers ont duré jusqu'à une heure du matin."),
    ("de", "Polls close at 8 p.m.", "Die Wahllokale schließen um acht Uhr abends."),
    ("it", "Polls close at 7 p.m.", "I seggi chiudono alle sette di sera."),
    ("pt", "Polls close at 1:30 p.m.", "As urnas fecham à uma e meia da tarde."),
])
def test_a_correct_translation_with_figures_written_its_own_way_publishes(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


def test_a_very_long_run_of_kanji_is_read_without_failing():
    # read in bounded pieces: no number of thousands of digits, and no three
    assert messages("Three ministers quit.", "三" * 5000 + "人。", "ja") == [
        "the source's Three is in the translation neither in words nor in digits",
        "5002 characters for the source's 21: another text pasted, or this one twice?",
    ]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("ru", "More than 200 people were evacuated.", "Эвакуированы более двухсот человек."),
    ("ru", "About 300 houses were flooded.", "Затоплено около трёхсот домов."),
    ("ru", "About 300 houses were flooded.", "Затоплено около трехсот домов."),
    ("ru", "About 250 deputies voted.", "Проголосовали около двухсот пятидесяти депутатов."),
    ("ru", "The grants went to 500 schools.", "Гранты достались пятистам школам."),
    ("ru", "The village is 400 kilometres from the capital.", "Деревня находится в четырёхстах километрах от столицы."),
    ("pl", "More than 200 people were evacuated.", "Ewakuowano ponad dwustu ludzi."),
    ("pl", "More than 300 people were evacuated.", "Ewakuowano ponad trzystu ludzi."),
    ("pl", "About 500 people came.", "Przyszło około pięciuset osób."),
])
def test_russian_and_polish_hundreds_in_their_cases_are_the_numbers_they_say(locale, msgid, msgstr):
    assert messages(msgid, msgstr, locale) == []
    assert messages(msgid.replace("0 ", "1 "), msgstr, locale) != []  # and no other number


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    ("The fresco dates from the 14th century.", "L'affresco risale al Trecento.", []),
    ("A 15th-century chapel was restored.", "È stata restaurata una cappella del Quattrocento.", []),
    ("The painting is from the 1400s.", "Il dipinto è del Quattrocento.", []),
    ("In the 14th century, 300 monks lived here.", "Nel Trecento vi vivevano 300 monaci.", []),
    ("The fresco dates from the 14th century.", "L'affresco risale al Quattrocento.", ["missing 14"]),
    # Where the source says no century, Trecento is three hundred.
    ("300 people died.", "Trecento persone sono morte.", []),
])
def test_an_italian_century_named_by_its_hundreds_is_the_century_the_source_says(msgid, msgstr, expected):
    assert messages(msgid, msgstr, "it") == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "A dozen protesters were detained.", "Ein Dutzend Demonstranten wurde festgenommen."),
    ("fr", "A dozen protesters were detained.", "Une douzaine de manifestants ont été arrêtés."),
    ("es", "A dozen protesters were detained.", "Una docena de manifestantes fueron detenidos."),
    ("ru", "A dozen protesters were detained.", "Задержана дюжина демонстрантов."),
    ("de", "A dozen protesters were detained.", "Zwölf Demonstranten wurden festgenommen."),
    ("fr", "Two dozen protesters were detained.", "Deux douzaines de manifestants ont été arrêtés."),
    ("de", "Dozens of protesters were detained.", "Dutzende Demonstranten wurden festgenommen."),
])
def test_a_dozen_as_each_language_says_it_is_the_same_count(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "A dozen protesters were detained.", "Zwei Dutzend Demonstranten wurden festgenommen.",
     "the dozens: dozen in the source, Zwei Dutzend in the translation"),
    ("es", "A dozen protesters were detained.", "Fueron detenidos dos docenas de manifestantes.",
     "the dozens: dozen in the source, dos docenas in the translation"),
    ("ru", "Two dozen protesters were detained.", "Задержана дюжина демонстрантов.",
     "the dozens: Two dozen in the source, дюжина in the translation"),
])
def test_a_dozen_made_several_or_several_made_one_is_an_error(locale, msgid, msgstr, expected):
    assert expected in messages(msgid, msgstr, locale)
    assert ("numbers", "error") in checks(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("es", "The bill passed 52-48 in the Senate.", "El proyecto de ley fue aprobado en el Senado por 52 votos a 48."),
    ("fr", "The bill passed 52-48.", "Le texte a été adopté par 52 voix contre 48."),
    ("de", "The Senate approved the bill 52-48.", "Der Senat billigte das Gesetz mit 52 zu 48 Stimmen."),
    ("zh", "The bill passed 52-48 in the Senate.", "该法案在参议院以52票对48票获得通过。"),
    ("ru", "The bill passed 52-48 in the Senate.", "Законопроект был принят Сенатом 52 голосами против 48."),
    # Scores, which languages order their own way: the home side first, or the side the sentence is about.
    ("es", "Real Madrid beat Valencia 3-1 at Mestalla.", "El Real Madrid ganó 1-3 en Mestalla."),
    ("es", "The team lost 48-52.", "El equipo perdió por 48 a 52."),
    ("de", "Chelsea lost 3-1 to Arsenal.", "Chelsea verlor 1:3 gegen Arsenal."),
])
def test_a_tally_in_the_order_the_translation_reads_it_is_no_error(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("es", "The bill passed 52-48 in the Senate.", "El proyecto de ley fue aprobado en el Senado por 48 votos a 52.",
     "the tally 52-48 is the other way round in the translation: 48 to 52"),
    ("fr", "The Senate approved the bill 52–48.", "Le Sénat a approuvé le texte par 48 voix contre 52.",
     "the tally 52–48 is the other way round in the translation: 48 to 52"),
    ("de", "The bill passed 7-2.", "Das Gesetz wurde mit 2:7 Stimmen angenommen.",
     "the tally 7-2 is the other way round in the translation: 2 to 7"),
    ("zh", "The bill passed 52-48 in the Senate.", "该法案在参议院以48票对52票获得通过。",
     "the tally 52-48 is the other way round in the translation: 48 to 52"),
    ("ar", "The bill passed 52-48 in the Senate.", "أقر مجلس الشيوخ مشروع القانون بأغلبية 48 صوتاً مقابل 52.",
     "the tally 52-48 is the other way round in the translation: 48 to 52"),
])
def test_a_vote_passed_whose_tally_the_translation_reverses_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("fr", "Bolt a couru le 100 m en 9 s 58."),
    ("fr", "Bolt a couru le 100 m en 9\u00a0s\u00a058."),
    ("it", "Bolt ha corso i 100 metri in 9″58."),
    ("ja", "ボルトは100メートルを9秒58で走った。"),
])
def test_seconds_and_hundredths_written_the_sports_way_are_the_sources_decimal(locale, msgstr):
    assert messages("Bolt ran the 100m in 9.58 seconds.", msgstr, locale) == []
    assert messages("Bolt ran the 100m in 9.69 seconds.", msgstr, locale) != []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("ja", "Some 2m people watched the final.", "決勝は約200万人が視聴した。"),
    ("de", "Some 2m people watched the final.", "Rund 2 Millionen Menschen sahen das Finale."),
    ("de", "The firm employs 3k people.", "Die Firma beschäftigt 3000 Menschen."),
    ("fr", "The firm employs 3k people.", "L'entreprise emploie 3 000 personnes."),
    ("es", "The firm employs 3k people.", "La empresa emplea a 3.000 personas."),
    # Or metres and kilometres: the digits as written.
    ("de", "The wall is 2m high.", "Die Mauer ist 2 Meter hoch."),
    ("fr", "She won the 10k race.", "Elle a gagné la course de 10 km."),
])
def test_a_figure_with_m_or_k_and_no_currency_is_millions_thousands_or_as_written(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("zh", "Nine of the 10 largest banks passed the test.", "十大银行中有九家通过了测试。"),
    ("ja", "More than 20 people were hurt.", "二十数人が負傷した。"),
    ("zh", "More than 20 people were hurt.", "二十多人受伤。"),
    ("zh", "He is in his 80s.", "他已年逾八旬。"),
])
def test_a_kanji_number_ranking_approximating_or_counting_decades_of_age_is_the_number_it_says(locale, msgid, msgstr):
    assert messages(msgid, msgstr, locale) == []
    assert messages(msgid.replace("0", "1"), msgstr, locale) != []  # and no other number


@pytest.mark.parametrize(("locale", "msgstr", "half"), [
    ("de", "Im zweiten Halbjahr sank der Umsatz um 3,2 Prozent.", "zweiten Halbjahr"),
    ("fr", "Au second semestre, les ventes ont reculé de 3,2 %.", "second semestre"),
    ("es", "En el segundo semestre, las ventas cayeron un 3,2 %.", "segundo semestre"),
    ("it", "Nel secondo semestre le vendite sono calate del 3,2%.", "secondo semestre"),
    ("pt", "No segundo semestre, as vendas caíram 3,2%.", "segundo semestre"),
    ("ru", "Во втором полугодии продажи снизились на 3,2%.", "втором полугодии"),
    ("pl", "W II półroczu sprzedaż spadła o 3,2 proc.", "II półroczu"),
    ("ar", "تراجعت المبيعات 3.2% في النصف الثاني.", "النصف الثاني"),
    ("ja", "下半期の売上高は3.2%減少した。", "下半"),
    ("zh", "下半年销售额下降3.2%。", "下半"),
])
def test_the_second_half_put_for_the_first_is_an_error(locale, msgstr, half):
    assert messages("In the first half, sales fell 3.2%.", msgstr, locale) == [f"the half: first half in the source, {half} in the translation"]


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("zh", "萨拉赫在下半场梅开二度。"),
    ("ja", "サラーは後半に二度得点した。"),
    ("fr", "Salah a marqué deux fois en seconde période."),
])
def test_a_half_named_by_its_number_is_the_half_the_translation_names(locale, msgstr):
    assert messages("Salah scored twice in the 2nd half.", msgstr, locale) == []
    assert messages("Salah scored twice in the 1st half.", msgstr, locale) != []


@pytest.mark.parametrize(("source", "locale", "msgid", "msgstr", "expected"), [
    # A half or a dozen in capitals, as a headline writes them, on either side.
    ("en", "de", "In the FIRST HALF, sales fell 3.2%.", "Im zweiten Halbjahr sank der Umsatz um 3,2 Prozent.",
     ["numbers: the half: FIRST HALF in the source, zweiten Halbjahr in the translation"]),
    ("en", "fr", "SALES FELL 3.2% IN THE FIRST HALF", "LES VENTES ONT RECULÉ DE 3,2 % AU SECOND SEMESTRE",
     ["numbers: the half: FIRST HALF in the source, SECOND SEMESTRE in the translation"]),
    ("en", "ja", "In the FIRST HALF, sales fell 3.2%.", "下半期の売上高は3.2%減少した。",
     ["numbers: the half: FIRST HALF in the source, 下半 in the translation"]),
    ("en", "ru", "SALES FELL 3.2% IN THE SECOND HALF", "В ПЕРВОМ ПОЛУГОДИИ ПРОДАЖИ СНИЗИЛИСЬ НА 3,2%",
     ["numbers: the half: SECOND HALF in the source, ПЕРВОМ ПОЛУГОДИИ in the translation"]),
    ("de", "en", "IM ERSTEN HALBJAHR sank der Umsatz um 3,2 Prozent.", "In the second half, sales fell 3.2%.",
     ["numbers: the half: ERSTEN HALBJAHR in the source, second half in the translation"]),
    ("en", "de", "A DOZEN protesters were detained.", "Zwei Dutzend Demonstranten wurden festgenommen.",
     ["numbers: the dozens: DOZEN in the source, Zwei Dutzend in the translation"]),
    ("en", "es", "A DOZEN PROTESTERS DETAINED", "DETENIDOS DOS DOCENAS DE MANIFESTANTES",
     ["numbers: the dozens: DOZEN in the source, DOS DOCENAS in the translation"]),
    ("en", "de", "A DOZEN protesters were arrested.", "Demonstranten wurden festgenommen.",
     ["numbers: the source's DOZEN is in the translation neither in words nor in digits"]),
    ("de", "en", "ZWEI DUTZEND Demonstranten wurden festgenommen.", "A dozen protesters were detained.",
     ["numbers: the source's ZWEI is in the translation neither in words nor in digits",
      "numbers: the dozens: ZWEI DUTZEND in the source, dozen in the translation"]),
    # The same half or dozen.
    ("en", "de", "In the FIRST HALF, sales fell 3.2%.", "Im ersten Halbjahr sank der Umsatz um 3,2 Prozent.", []),
    ("en", "fr", "SALES FELL 3.2% IN THE FIRST HALF", "LES VENTES ONT RECULÉ DE 3,2 % AU PREMIER SEMESTRE", []),
    ("en", "zh", "In the FIRST HALF, sales fell 3.2%.", "上半年销售额下降3.2%。", []),
    ("en", "ru", "SALES FELL 3.2% IN THE SECOND HALF", "ВО ВТОРОМ ПОЛУГОДИИ ПРОДАЖИ СНИЗИЛИСЬ НА 3,2%", []),
    ("de", "en", "IM ERSTEN HALBJAHR sank der Umsatz um 3,2 Prozent.", "In the first half, sales fell 3.2%.", []),
    ("en", "de", "A DOZEN protesters were detained.", "Ein Dutzend Demonstranten wurde festgenommen.", []),
    ("en", "fr", "TWO DOZEN PROTESTERS DETAINED", "DEUX DOUZAINES DE MANIFESTANTS ARRÊTÉS", []),
    ("en", "es", "A DOZEN PROTESTERS DETAINED", "DETENIDA UNA DOCENA DE MANIFESTANTES", []),
    ("en", "ru", "A DOZEN PROTESTERS DETAINED", "ЗАДЕРЖАНА ДЮЖИНА ДЕМОНСТРАНТОВ", []),
])
def test_a_half_or_a_dozen_in_capitals_is_read_as_in_lower_case(source, locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A century, a draw, a percentage in words written in capitals, as a headline writes them.
    ("it", "A FRESCO FROM THE 14TH CENTURY", "UN AFFRESCO DEL Trecento", []),
    ("it", "A FRESCO FROM THE 14TH CENTURY", "UN AFFRESCO DEL TRECENTO", []),
    ("es", "The match ended in a 0-0 draw.", "EL PARTIDO TERMINÓ CON EMPATE A CERO.", []),
    ("pt", "THE MATCH ENDED IN A 1-1 DRAW", "O JOGO TERMINOU EMPATADO EM UM", []),
    ("fr", "Prices rose 5% in 100 shops.", "LES PRIX ONT AUGMENTÉ DE 5 POUR CENT DANS CENT MAGASINS.", []),
    # Another century or score; a percentage in words, which counts no hundred of anything.
    ("it", "A FRESCO FROM THE 14TH CENTURY", "UN AFFRESCO DEL QUATTROCENTO", ["numbers: missing 14"]),
    ("es", "The match ended in a 1-1 draw.", "EL PARTIDO TERMINÓ CON EMPATE A CERO.", ["numbers: missing 1, 1"]),
    ("fr", "Prices rose 5% in 100 shops.", "LES PRIX ONT AUGMENTÉ DE 5 POUR CENT DANS LES MAGASINS.", ["numbers: missing 100"]),
    ("es", "Prices rose 5% in 100 shops.", "LOS PRECIOS SUBIERON UN 5 POR CIENTO EN LAS TIENDAS.", ["numbers: missing 100"]),
    ("es", "Prices rose 5% in 100 shops.", "Los precios subieron un 5 por ciento en las tiendas.", ["numbers: missing 100"]),
    ("it", "Prices rose 5% in 100 shops.", "I PREZZI SONO SALITI DEL 5 PER CENTO NEI NEGOZI.", ["numbers: missing 100"]),
])
def test_a_century_a_draw_or_a_percentage_in_capitals_is_read_as_in_lower_case(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("ja", "選挙は6月5日に行われる。", "the date: May 5 in the source, 6月5日 in the translation"),
    ("zh", "选举将于6月5日举行。", "the date: May 5 in the source, 6月5日 in the translation"),
    ("ja", "選挙は5月5日に行われる。", None),
    ("zh", "选举将于5月5日举行。", None),
])
def test_a_month_the_translation_writes_in_digits_is_compared_with_the_sources(locale, msgstr, expected):
    found = messages("The election will be held on May 5.", msgstr, locale)
    assert expected in found if expected else found == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Sales fell in June.", "Der Umsatz fiel im Juli.", "the month: June in the source, Juli in the translation"),
    ("de", "Prices rose 3% in June.", "Die Preise stiegen im Mai um 3 %.", "the month: June in the source, Mai in the translation"),
    ("fr", "Sales fell in June.", "Les ventes ont baissé en juillet.", "the month: June in the source, juillet in the translation"),
    ("es", "Sales fell in June.", "Las ventas cayeron en julio.", "the month: June in the source, julio in the translation"),
    ("it", "Sales fell in June.", "Le vendite sono calate a luglio.", "the month: June in the source, luglio in the translation"),
    ("pt", "Sales fell in June.", "As vendas caíram em julho.", "the month: June in the source, julho in the translation"),
    ("ru", "Sales fell in June.", "Продажи упали в июле.", "the month: June in the source, июля in the translation"),
    ("pl", "Sales fell in June.", "Sprzedaż spadła w lipcu.", "the month: June in the source, lipca in the translation"),
    ("ar", "Sales fell in June.", "انخفضت المبيعات في يوليو.", "the month: June in the source, يوليو in the translation"),
    ("ja", "Sales fell in June.", "7月に売上が減少した。", "the month: June in the source, 7月 in the translation"),
    ("zh", "Sales fell in June.", "销售额在七月下降。", "the month: June in the source, 七月 in the translation"),
    ("zh", "Sales fell in June.", "销售额在7月下降。", "the month: June in the source, 七月 in the translation"),
    ("de", "Talks have stalled since May.", "Die Gespräche stocken seit März.", "the month: May in the source, März in the translation"),
    ("fr", "The vote is due in mid-March.", "Le vote est prévu à la mi-avril.", "the month: March in the source, avril in the translation"),
    ("ru", "Prices rose 0.4% in May from April.", "В мае цены выросли на 0,4% по сравнению с мартом.",
     "the month: April, May in the source, марта, мая in the translation"),
    ("ja", "Sales in July-September rose 4%.", "8～9月期の売上高は4%増加した。",
     "the month: July, September in the source, 8月, 9月 in the translation"),
])
def test_a_month_named_without_a_day_is_the_month_the_translation_names(locale, msgid, msgstr, expected):
    assert expected in messages(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "Sales fell in June.", "Der Umsatz fiel im Juni."),
    ("ru", "Sales fell in June.", "Продажи упали в июне."),
    ("pl", "Sales fell in June.", "Sprzedaż spadła w czerwcu."),
    ("ar", "Sales fell in June.", "انخفضت المبيعات في يونيو."),
    ("zh", "Sales fell in December.", "销售额在十二月下降。"),
    ("zh", "The strike lasted a month in June.", "六月的罢工持续了一个月。"),
    # May the modal, March the verb and the noun, months that are names: no month of the source.
    ("de", "May the best team win, he said of next month's final.", "Möge der Bessere gewinnen, sagte er über das Finale im Juli."),
    ("de", "Theresa May said the vote would come next month.", "Theresa May sagte, die Abstimmung komme im Juni."),
    ("de", "This may delay the vote to next month.", "Das könnte die Abstimmung auf Juni verschieben."),
    ("de", "March organisers expect 10,000 people next month.", "Die Veranstalter des Marsches erwarten im Mai 10.000 Menschen."),
    ("de", "April Smith, the bank's chief economist, spoke on Tuesday.", "Die Chefvolkswirtin der Bank sprach am Dienstag im Mai."),
    ("de", "The August institution reopened.", "Die ehrwürdige Institution öffnete im Juni wieder."),
    # A month of the translation that is a name, or a verb, is no month put for the source's.
    ("es", "Prices rose 2% in May from April, Julio Ramos said.",
     "Los precios subieron un 2 % en mayo respecto al mes anterior, dijo Julio Ramos."),
    ("fr", "The probe, launched in July last year, will reach Mars in February.",
     "La sonde, lancée l'été dernier, atteindra Mars en février."),
    ("ar", "The minister, appointed in April, pressured the banks.", "مارس الوزير، الذي عُيّن الشهر الماضي، ضغوطًا على البنوك."),
    ("pl", "The minister appointed in April thanked Maja Nowak.", "Minister powołany w zeszłym miesiącu podziękował Mai Nowak."),
    # A month a rephrasing drops is not one put for another.
    ("fr", "Prices rose 2% in May from April.", "Les prix ont augmenté de 2 % en mai sur un mois."),
])
def test_a_month_word_that_is_no_month_or_is_rephrased_is_no_changed_month(locale, msgid, msgstr):
    assert [message for message in messages(msgid, msgstr, locale) if "month" in message] == []


@pytest.mark.parametrize(("locale", "msgstr", "moved"), [
    ("de", "Die Gespräche am 3. April und am 10. März entscheiden über den Vertrag.", "3. April"),
    ("fr", "Les pourparlers du 3 avril et du 10 mars décideront de l'accord.", "3 avril"),
    ("es", "Las conversaciones del 3 de abril y del 10 de marzo decidirán el acuerdo.", "3 de abril"),
    ("it", "I colloqui del 3 aprile e del 10 marzo decideranno l'accordo.", "3 aprile"),
    ("pt", "As negociações de 3 de abril e de 10 de março decidirão o acordo.", "3 de abril"),
    ("ru", "Переговоры 3 апреля и 10 марта решат судьбу сделки.", "3 апреля"),
    ("pl", "Rozmowy 3 kwietnia i 10 marca przesądzą o umowie.", "3 kwietnia"),
    ("ar", "ستحسم محادثات 3 أبريل و10 مارس مصير الاتفاق.", "3 أبريل"),
    ("ja", "4月3日と3月10日の協議で合意が決まる。", "4月3日"),
    ("zh", "4月3日和3月10日的会谈将决定协议。", "4月3日"),
])
def test_a_date_moved_to_another_month_is_an_error_when_the_source_names_that_month_twice(locale, msgstr, moved):
    msgid = "Talks on March 3 and March 10 will decide the deal."
    assert f"the date: March 3 in the source, {moved} in the translation" in messages(msgid, msgstr, locale)
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) != []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # The same months and days, each day with the other month.
    ("de", "Talks on March 3 and April 10 will decide the deal.", "Die Gespräche am 3. April und am 10. März entscheiden.",
     "the date: March 3, April 10 in the source, 3. April, 10. März in the translation"),
    ("ru", "The talks resume on March 3 and end on April 10.", "Переговоры возобновятся 10 марта и завершатся 3 апреля.",
     "the date: April 10, March 3 in the source, 10 марта, 3 апреля in the translation"),
    ("zh", "The talks resume on March 3 and end on April 10.", "会谈将于4月3日恢复，3月10日结束。",
     "the date: March 3, April 10 in the source, 4月3日, 3月10日 in the translation"),
    ("zh", "The talks resume on March 3.", "会谈将于四月三日恢复。", "the date: March 3 in the source, 四月三日 in the translation"),
    # A month named twice for two the source names, without a day.
    ("de", "Sales fell in August but rose in September.", "Der Absatz sank im September, stieg aber im September.",
     "the month: August, September in the source, September, September in the translation"),
    ("ja", "Sales fell in August but rose in September.", "販売は9月に落ち込んだが9月には回復した。",
     "the month: August, September in the source, 9月, 9月 in the translation"),
])
def test_months_and_dates_are_compared_as_many_as_each_side_names(locale, msgid, msgstr, expected):
    assert expected in messages(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A range says its month once, after the last day or before the first.
    ("de", "The fair runs from March 3 to 10.", "Die Messe läuft vom 3. bis 10. März."),
    ("fr", "The fair runs from March 3 to 10.", "La foire se tient du 3 au 10 mars."),
    ("es", "The fair runs from March 3 to 10.", "La feria se celebra del 3 al 10 de marzo."),
    ("ru", "The fair runs from March 3 to 10.", "Ярмарка пройдёт с 3 по 10 марта."),
    ("ja", "The fair runs from March 3 to 10.", "見本市は3月3日から10日まで開かれる。"),
    ("en", "The fair runs from 3 to 10 March.", "The fair runs from March 3 to 10."),
    ("ru", "The fair runs from March 28 to April 3.", "Ярмарка пройдёт с 28 марта по 3 апреля."),
    ("zh", "The fair runs from March 28 to April 3.", "博览会将于3月28日至4月3日举行。"),
    # The same dates in another order, or their month said once.
    ("de", "Talks on March 3 and March 10 will decide the deal.", "Die Gespräche am 10. März und am 3. März entscheiden."),
    ("de", "Talks on March 3 and March 10 will decide the deal.", "Die Gespräche am 3. und 10. März entscheiden."),
    ("fr", "The law, passed on 1 March, takes effect on 1 April.", "La loi, adoptée le 1er mars, entre en vigueur le 1er avril."),
    ("pt", "The law takes effect on May 1.", "A lei entra em vigor em 1º de maio."),
    # A month the source names where it is not read as one (the June summit) may be the translation's.
    ("de", "The June summit ended on July 3; talks resume on July 10.", "Der Gipfel im Juni endete am 3. Juli; die Gespräche gehen am 10. weiter."),
    # A number before a month that counts something is no day to compare.
    ("de", "Sales rose 3% in March and 10% in April.", "Der Umsatz stieg im März um 3 % und im April um 10 %."),
])
def test_dates_said_another_way_are_no_changed_date(locale, msgid, msgstr):
    assert [message for message in messages(msgid, msgstr, locale) if "date" in message or "month" in message] == []


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("de", "Minister traten am Montag zurück."),
    ("fr", "Des ministres ont démissionné lundi."),
    ("es", "Varios ministros dimitieron el lunes."),
    ("it", "Alcuni ministri si sono dimessi lunedì."),
    ("pt", "Ministros renunciaram na segunda-feira."),
    ("ru", "В понедельник министры ушли в отставку."),
    ("pl", "W poniedziałek ministrowie podali się do dymisji."),
    ("ar", "استقال وزراء يوم الاثنين."),
    ("ja", "月曜日に閣僚が辞任した。"),
    ("zh", "周一，部长们辞职。"),
])
def test_a_count_of_things_the_translation_drops_is_an_error(locale, msgstr):
    msgid = "Three ministers resigned on Monday."
    assert messages(msgid, msgstr, locale) == ["the source's Three is in the translation neither in words nor in digits"]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [
        "numbers: the source's Three is in the translation neither in words nor in digits"
    ]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "A dozen protesters were arrested.", "Demonstranten wurden festgenommen."),
    # Whatever else the translation counts in words.
    ("de", "Three ministers resigned after 4 days.", "Minister traten nach vier Tagen zurück."),
])
def test_a_dozen_or_a_count_beside_others_the_translation_drops_is_an_error(locale, msgid, msgstr):
    assert ("numbers", "error") in checks(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A number word that also means something else (sei: you are; neuf: new) still says the number.
    ("it", "The firm was founded by six engineers.", "L'azienda è stata fondata da sei ingegneri."),
    ("fr", "Nine out of ten members are women.", "Neuf membres sur dix sont des femmes."),
    ("es", "He was elected for a fourth term.", "Fue elegido para un cuarto mandato."),
    # Two things in one kanji, a count inside a code, a numeral, a title kept as written.
    ("ja", "The two leaders met on Monday.", "両首脳は月曜日に会談した。"),
    ("zh", "The two sides met on Monday.", "双方于周一会面。"),
    ("de", "The Group of Seven met on Monday.", "Die G7 traf sich am Montag."),
    ("pl", "Q3 earnings beat forecasts.", "Wyniki za III kwartał przekroczyły prognozy."),
    ("de", "The Three Mile Island plant will reopen.", "Das Kraftwerk Three Mile Island wird wieder geöffnet."),
    # A dozen as translations say it, and twelve in Arabic words.
    ("de", "A dozen protesters were arrested.", "Ein Dutzend Demonstranten wurde festgenommen."),
    ("fr", "A dozen protesters were arrested.", "Une dizaine de manifestants ont été arrêtés."),
    ("ru", "A dozen protesters were arrested.", "Задержаны около десятка демонстрантов."),
    ("pl", "A dozen protesters were arrested.", "Zatrzymano kilkunastu demonstrantów."),
    ("zh", "A dozen protesters were arrested.", "十多名抗议者被捕。"),
    ("ar", "Twelve people died.", "لقي اثنا عشر شخصاً حتفهم."),
    # A number in the forms a sentence gives it: a collective, a case, a group by its number.
    ("pl", "Three children died.", "Zginęło troje dzieci."),
    ("pl", "He met with five ministers.", "Spotkał się z pięcioma ministrami."),
    ("pl", "She spoke with two women.", "Rozmawiała z dwiema kobietami."),
    ("ru", "He met with eleven ministers.", "Он встретился с одиннадцатью министрами."),
    ("ru", "Two of them came.", "Они пришли вдвоём."),
    ("de", "She is a mother of two children.", "Sie ist Mutter zweier Kinder."),
    ("de", "Three of them went there.", "Sie gingen zu dritt dorthin."),
    ("ar", "He was jailed for three years.", "سُجن لثلاث سنوات."),
    ("ar", "He was jailed for ten years.", "سُجن عشر سنوات."),
    # Two by a noun in the dual.
    ("ar", "Two ministers resigned.", "استقال وزيران."),
    ("ar", "He met two ministers.", "التقى الوزيرين."),
    ("ar", "The talks lasted two days.", "استمرت المحادثات يومين."),
    # Ten or so, and nouns that say their number.
    ("fr", "About ten people were hurt.", "Une dizaine de personnes ont été blessées."),
    ("de", "Salah scored two goals on Sunday.", "Salah schnürte am Sonntag einen Doppelpack."),
    ("es", "Salah scored two goals on Sunday.", "Salah marcó un doblete el domingo."),
    ("ru", "Kane scored three goals.", "Кейн оформил хет-трик."),
    # A span of time in another unit.
    ("de", "The talks lasted six months.", "Die Gespräche dauerten ein halbes Jahr."),
    ("zh", "The talks lasted six months.", "谈判持续了半年。"),
    ("ru", "The talks lasted six months.", "Переговоры длились полгода."),
    ("de", "Twelve months ago, inflation was 8%.", "Vor einem Jahr lag die Inflation bei 8 %."),
    ("fr", "The talks lasted two weeks.", "Les pourparlers ont duré quinze jours."),
])
def test_a_count_said_in_another_form_is_no_dropped_count(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A range, a compound, a multiple, a count again of what the story counted, an Arabic two
    # (which a dual in the construct state may say, وزيرا الخارجية): a rephrasing may say them its own way.
    ("de", "Two or three ministers quit.", "Einige Minister traten zurück."),
    ("de", "He made a two-day visit.", "Er kam zu einem Besuch."),
    ("de", "Exports rose twice as fast.", "Die Exporte stiegen viel schneller."),
    ("ru", "The two met in Geneva.", "Они встретились в Женеве."),
    ("ar", "Two ministers resigned.", "استقال وزراء."),
])
def test_a_count_a_rephrasing_may_drop_only_warns(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == [("count-dropped", "warning")]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "They sold twice as many cars.", "Sie verkauften dreimal so viele Autos.", "missing twice; not in the source: dreimal"),
    ("fr", "They sold twice as many cars.", "Ils ont vendu le triple de voitures.",
     "the source's twice is in the translation neither in words nor in digits"),
    ("es", "They sold three times as many cars.", "Vendieron el doble de coches.",
     "the source's three is in the translation neither in words nor in digits"),
    ("it", "They sold three times as many cars.", "Hanno venduto il doppio delle auto.",
     "the source's three is in the translation neither in words nor in digits"),
    ("pt", "They sold twice as many cars.", "Venderam o triplo de carros.",
     "the source's twice is in the translation neither in words nor in digits"),
])
def test_a_multiple_said_as_another_is_still_reported(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("de", "Sie verkauften doppelt so viele Autos."),
    ("de", "Sie verkauften zweimal so viele Autos."),
    ("de", "Sie verkauften die zweifache Menge an Autos."),
    ("fr", "Ils ont vendu deux fois plus de voitures."),
    ("fr", "Ils ont vendu le double de voitures."),
    ("es", "Vendieron dos veces más coches."),
    ("es", "Vendieron el doble de coches."),
    ("it", "Hanno venduto due volte più auto."),
    ("it", "Hanno venduto il doppio delle auto."),
    ("nl", "Ze verkochten twee keer zoveel auto's."),
    ("nl", "Ze verkochten dubbel zoveel auto's."),
    ("nl", "Ze verkochten tweemaal zoveel auto's."),
    ("pt", "Venderam duas vezes mais carros."),
    ("pt", "Venderam o dobro de carros."),
])
def test_twice_as_many_said_as_a_multiple_is_no_dropped_count(locale, msgstr):
    assert checks("They sold twice as many cars.", msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "They sold three times as many cars.", "Sie verkauften dreimal so viele Autos."),
    ("de", "Sales were three times those of 2024.", "Der Absatz hat sich gegenüber 2024 verdreifacht."),
    ("fr", "They sold three times as many cars.", "Ils ont vendu trois fois plus de voitures."),
    ("fr", "They sold three times as many cars.", "Ils ont vendu le triple de voitures."),
    ("es", "They sold three times as many cars.", "Vendieron el triple de coches."),
    ("it", "They sold three times as many cars.", "Hanno venduto il triplo delle auto."),
    ("pt", "They sold three times as many cars.", "Venderam o triplo de carros."),
    ("fr", "It is four times as large.", "Il est le quadruple de l'ancien."),
    ("de", "Exports rose twice as fast.", "Die Exporte stiegen doppelt so schnell."),
    ("de", "Sales were twice those of 2024.", "Der Absatz hat sich gegenüber 2024 verdoppelt."),
    ("de", "They sold half as many cars.", "Sie verkauften halb so viele Autos."),
])
def test_a_multiple_said_the_target_languages_way_is_no_dropped_count(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []



HALF_AS_MANY = "Half as many people voted."


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("de", "Doppelt so viele Menschen haben gewählt.", "missing Half as many; not in the source: Doppelt"),
    ("de", "Zweimal so viele Menschen haben gewählt.", "missing Half as many; not in the source: Zweimal"),
    ("en-GB", "Twice as many people voted.", "missing Half as many; not in the source: Twice"),
    ("fr", "Deux fois plus de gens ont voté.", "missing Half as many; not in the source: Deux fois"),
    ("nl", "Er stemden twee keer zoveel mensen.", "missing Half as many; not in the source: twee keer"),
    ("es", "Votó el doble de personas.", "missing Half as many; not in the source: doble"),
])
def test_half_as_many_said_as_a_multiple_keeps_a_translation_out_of_the_feed(locale, msgstr, expected):
    assert messages(HALF_AS_MANY, msgstr, locale) == [expected]
    assert publish_errors(unit(HALF_AS_MANY), Message(HALF_AS_MANY, msgstr), locale) == [f"numbers: {expected}"]


TWICE_AS_MANY = "Twice as many people voted."


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("de", "Halb so viele Menschen haben gewählt.", "missing Twice; not in the source: Halb so viele"),
    ("fr", "Deux fois moins de gens ont voté.", "missing Twice; not in the source: Deux fois moins"),
    ("nl", "Er stemden half zoveel mensen.", "missing Twice; not in the source: half zoveel"),
    ("nl", "Er stemden twee keer zo weinig mensen.", "missing Twice; not in the source: twee keer zo weinig"),
    ("nl", "Er stemden tweemaal minder mensen.", "missing Twice; not in the source: tweemaal minder"),
    ("en-GB", "Half as many people voted.", "missing Twice; not in the source: Half as many"),
])
def test_twice_as_many_said_as_half_as_many_keeps_a_translation_out_of_the_feed(locale, msgstr, expected):
    assert messages(TWICE_AS_MANY, msgstr, locale) == [expected]
    assert publish_errors(unit(TWICE_AS_MANY), Message(TWICE_AS_MANY, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgstr"), [
    ("de", "Halb so viele Menschen haben gewählt."),
    ("de", "Nur die Hälfte der Menschen hat gewählt."),
    ("en-GB", "Only half as many people turned out."),
    ("fr", "Deux fois moins de gens ont voté."),
    ("fr", "Moitié moins de gens ont voté."),
    ("es", "Votó la mitad de personas."),
    ("nl", "Er stemden half zoveel mensen."),
    ("ru", "Проголосовало вдвое меньше людей."),
    ("pl", "Głosowało dwa razy mniej osób."),
    ("nl", "Er stemden twee keer zo weinig mensen."),
    ("nl", "Er stemden tweemaal zo weinig mensen."),
    ("nl", "Er stemden twee keer minder mensen."),
    # With the two in digits, which is the half's: no count added.
    ("fr", "2 fois moins de gens ont voté."),
    ("ru", "Проголосовало в 2 раза меньше людей."),
    ("nl", "Er stemden 2 keer minder mensen."),
    # No multiple said instead: a rephrasing.
    ("de", "Es haben deutlich weniger Menschen gewählt."),
])
def test_half_as_many_said_the_target_languages_way_is_no_change(locale, msgstr):
    assert checks(HALF_AS_MANY, msgstr, locale) == []


def test_the_two_of_a_comparison_by_half_in_digits_is_no_figure_of_the_source():
    msgid = "Half as many people voted, 2 parties said."
    assert messages(msgid, "2 fois moins de personnes ont voté, selon 3 partis.", "fr") == ["missing 2; not in the source: 3"]
    assert checks(msgid, "2 fois moins de personnes ont voté, selon 2 partis.", "fr") == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A word that only says one.
    ("nl", "1 person died in the fire.", "Eén persoon kwam om bij de brand."),
    ("ja", "1 person died in the fire.", "火災で一人が死亡した。"),
    ("zh", "1 person died in the fire.", "火灾中一人死亡。"),
    ("ar", "1 person died in the fire.", "توفي شخص واحد في الحريق."),
    ("ru", "1 person died in the fire.", "При пожаре погиб один человек."),
    ("uk", "1 person died in the fire.", "Під час пожежі загинула одна людина."),
    ("pl", "1 person died in the fire.", "W pożarze zginęła jedna osoba."),
    ("he", "1 person died in the fire.", "אדם אחד נהרג בשריפה."),
    # One of a scale, by the article before it or as a thousand millions.
    ("de", "A court fined the firm 1 million euros.", "Ein Gericht verhängte eine Strafe von einer Million Euro."),
    ("fr", "The plan costs 1 billion euros.", "Le plan coûte un milliard d’euros."),
    ("es", "The plan costs 1 billion euros.", "El plan cuesta mil millones de euros."),
    ("pt-PT", "The plan costs 1 billion euros.", "O plano custa mil milhões de euros."),
    ("it", "The plan costs 1 billion euros.", "Il piano costa un miliardo di euro."),
])
def test_a_1_said_by_a_word_that_only_says_one_is_the_same_number(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "said"), [
    ("de", "1 person died in the fire.", "Eine Person starb bei dem Brand.", "Eine"),
    ("de", "1 container was lost overboard.", "Ein Schiff verlor einen Container.", "Ein”, “einen"),
    ("fr", "1 person died in the fire.", "Une personne est morte dans l’incendie.", "Une"),
    ("es", "1 person died in the fire.", "Una persona murió en el incendio.", "Una"),
    ("it", "1 person died in the fire.", "Una persona è morta nell’incendio.", "Una"),
    ("pt", "1 person died in the fire.", "Uma pessoa morreu no incêndio.", "Uma"),
    ("nl", "1 person died in the fire.", "Een persoon kwam om bij de brand.", "Een"),
    ("zh", "1 person died in the fire.", "火灾中一个人死亡。", "一个"),
    ("de", "Only 1 person died.", "Nur eine Person starb.", "eine"),
    ("de", "1 person died at Terminal 1.", "Eine Person starb am Terminal 1.", "Eine"),
])
def test_a_1_said_by_a_word_that_is_also_the_article_only_warns(locale, msgid, msgstr, said):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []
    assert messages(msgid, msgstr, locale) == [
        f"the source's 1 is said only by “{said}”, which may be an article: check that the translation counts one"
    ]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # No word for one, or one that is no count's: the 1 is dropped.
    ("de", "1 container was lost overboard.", "Das Schiff verlor Container.", "missing 1"),
    ("it", "1 person died in the fire.", "Persone sono morte nell’incendio.", "missing 1"),
    ("ja", "1 person died in the fire.", "一番の被害者が死亡した。", "missing 1"),
    ("ar", "1 person died in the fire.", "توفي أشخاص في الحريق.", "missing 1"),
    # A 1 that counts nothing: a decimal, a score, a rank, a date.
    ("de", "Inflation was 1.5 percent.", "Die Inflation lag bei einem Prozent.", "missing 1.5"),
    ("de", "Chelsea won 1-0 on Sunday.", "Chelsea gewann am Sonntag ein Spiel.", "missing 1, 0"),
    ("de", "The song reached No. 1 in a week.", "Das Lied war in einer Woche oben.", "missing 1"),
    ("de", "Talks resume on March 1.", "Die Gespräche beginnen im März wieder, sagte ein Sprecher.", "missing 1"),
    # A designator's 1, also as the sentence's first word, where a capital says nothing of a label.
    ("de", "Terminal 1 was closed.", "Ein Terminal wurde geschlossen.", "missing 1"),
    ("de", "“Gate 1 is closed,” he said.", "„Ein Flugsteig ist geschlossen“, sagte er.", "missing 1"),
    ("fr", "Article 1 was amended.", "Un article a été modifié.", "missing 1"),
    # An article beside another scale or another count.
    ("es", "The plan costs 1 billion euros.", "El plan cuesta dos mil millones de euros.",
     "dos mil millones is 2 billion (2,000,000,000); the source says 1 billion (1,000,000,000)"),
    ("de", "A court fined the firm 1 million euros.", "Ein Gericht verhängte eine Strafe.", "missing 1"),
    ("de", "1 person died in the fire.", "Zwei Personen starben bei einem Brand.", "missing 1"),
    ("ru", "1 person and 1 dog died.", "Погиб один человек.", "missing 1"),
])
def test_a_1_dropped_is_refused_whatever_articles_the_translation_has(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]

@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Talks resume on Monday.", "Die Gespräche werden am Dienstag fortgesetzt.",
     ["day-changed: the day: Monday in the source, Dienstag in the translation"]),
    ("de", "Talks run on Monday and Tuesday.", "Die Gespräche laufen am Montag und am Montag.",
     ["day-changed: the day: Monday, Tuesday in the source, Montag, Montag in the translation"]),
    # A weekday left out or said as a date; a name in a language that writes weekdays in lower
    # case; Russian среда as the environment.
    ("de", "Talks resume on Monday.", "Die Gespräche werden am 24. November fortgesetzt.", []),
    ("de", "Talks resume on Monday.", "Die Gespräche werden kommende Woche fortgesetzt.", []),
    ("es", "Leaders met in Santo Domingo on Monday.", "Los líderes se reunieron ayer en Santo Domingo.", []),
    ("ru", "Ministers discussed the environment on Monday.", "Министры обсудили защиту окружающей среды.", []),
    ("ru", "He has support among experts, she said on Monday.", "Он пользуется поддержкой в экспертной среде, сказала она.", []),
    # A night named by the day it runs into is the night of the day before.
    ("de", "Rockets hit the city late on Friday.", "Raketen trafen die Stadt in der Nacht zu Samstag.", []),
    ("ru", "Rockets hit the city late on Friday.", "Ракеты поразили город в ночь на субботу.", []),
    ("de", "Rockets hit the city late on Friday.", "Raketen trafen die Stadt in der Nacht zu Sonntag.",
     ["day-changed: the day: Friday in the source, Samstag, Sonntag in the translation"]),
])
def test_another_weekday_keeps_a_translation_out_of_the_feed(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("ja", "Flight BA 2490 landed safely.", "BA2490便は無事着陸した。"),
    ("zh", "Flight BA 2490 landed safely.", "BA2490航班安全降落。"),
    ("ja", "The Boeing 737 MAX 9 was grounded for 19 days.", "ボーイング737MAX9は19日間運航停止となった。"),
    ("ko", "Flight BA 2490 landed safely.", "BA2490편은 무사히 착륙했다."),
])
def test_a_code_the_translation_writes_as_one_word_keeps_its_digits(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []
    assert ("numbers", "error") in checks(msgid, msgstr.replace("9", "8").replace("3", "4"), locale)


@pytest.mark.parametrize(("msgid", "expected"), [
    ("In 2024-25, the deficit was 4.4%.", []),
    ("In 2024/2025, the deficit was 4.4%.", []),
    ("In 2024-26, the deficit was 4.4%.", ["missing 2026"]),
    ("In 2025-26, the deficit was 4.4%.", ["missing 2025, 2026; not in the source: 2024"]),
])
def test_a_japanese_fiscal_year_is_the_two_years_it_spans(msgid, expected):
    assert messages(msgid, "2024年度の財政赤字は4.4%だった。", "ja") == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Women in their 30s and 40s were most affected.", "Am stärksten betroffen waren Frauen zwischen 30 und 50.", []),
    ("fr", "Women in their 30s and 40s were most affected.", "Les femmes de 30 à 50 ans ont été les plus touchées.", []),
    ("ru", "Prices rose in the 1970s and 1980s.", "Цены росли с 1970 по 1990 год.", []),
    # Not a decade alone, nor another decade.
    ("de", "Women in their 40s were most affected.", "Am stärksten betroffen waren Frauen zwischen 40 und 50.", ["not in the source: 50"]),
    ("de", "Women in their 30s and 40s were most affected.", "Am stärksten betroffen waren Frauen in ihren 30ern und 50ern.",
     ["missing 40; not in the source: 50"]),
])
def test_decades_in_a_row_are_the_range_they_span(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("es", "The match ended in a 0-0 draw.", "El partido terminó con empate a cero.", []),
    ("es", "The sides drew 2–2.", "Empataron a dos.", []),
    ("pt-PT", "The match ended in a 0-0 draw.", "O jogo terminou com um empate a zero.", []),
    ("es", "The sides drew 2-2.", "Los equipos empataron a uno.", ["missing 2, 2"]),
    ("es", "Real Madrid beat Barcelona 3-1.", "El Real Madrid empató a uno con el Barcelona.", ["missing 3, 1"]),
])
def test_a_draw_said_by_its_one_number_is_the_sources_score(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "The trial lasted 18 months.", "公判は1年半に及んだ。", []),
    ("zh", "The trial lasted 18 months.", "审判持续了一年半。", []),
    ("de", "The trial lasted 18 months.", "Der Prozess dauerte anderthalb Jahre.", []),
    ("ru", "The trial lasted 18 months.", "Процесс длился полтора года.", []),
    ("de", "He was jailed for 24 months.", "Er wurde zu zwei Jahren Haft verurteilt.", []),
    ("fr", "He was jailed for 24 months.", "Il a été condamné à 2 ans de prison.", []),
    # Other years than the months make.
    ("ja", "The trial lasted 18 months.", "公判は2年半に及んだ。", ["missing 18; not in the source: 2"]),
    ("de", "He was jailed for 24 months.", "Er wurde zu drei Jahren Haft verurteilt.", ["missing 24"]),
])
def test_months_the_translation_counts_in_years_are_the_same_time(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


A_YEAR_AND_A_HALF = "The project took a year and a half."
HALF_AN_HOUR = "The vote took half an hour."


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # The same span, said another way.
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte anderthalb Jahre.", []),
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte eineinhalb Jahre.", []),
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte 18 Monate.", []),
    ("fr", A_YEAR_AND_A_HALF, "Le projet a duré un an et demi.", []),
    ("es", A_YEAR_AND_A_HALF, "El proyecto duró año y medio.", []),
    ("pl", A_YEAR_AND_A_HALF, "Projekt trwał półtora roku.", []),
    ("zh", A_YEAR_AND_A_HALF, "该项目历时一年半。", []),
    ("de", HALF_AN_HOUR, "Die Abstimmung dauerte eine halbe Stunde.", []),
    ("de", HALF_AN_HOUR, "Die Abstimmung dauerte 30 Minuten.", []),
    ("fr", HALF_AN_HOUR, "Le vote a duré trente minutes.", []),
    ("zh", HALF_AN_HOUR, "投票持续了半小时。", []),
    ("de", "It took a fortnight.", "Es dauerte vierzehn Tage.", []),
    ("de", "A year ago, he quit.", "Vor einem Jahr trat er zurück.", []),
    # A count of several words, or a teen in Arabic.
    ("fr", "The trial lasted eighteen months.", "Le procès a duré dix-huit mois.", []),
    ("ar", "The trial lasted eighteen months.", "استمرت المحاكمة ثمانية عشر شهرا.", []),
    ("fr", "The strike lasted twenty-one days.", "La grève a duré vingt et un jours.", []),
    ("de", "The strike lasted twenty-one days.", "Der Streik dauerte einundzwanzig Tage.", []),
    ("it", "The strike lasted twenty-one days.", "Lo sciopero è durato ventuno giorni.", []),
    ("fr", "The strike lasted twenty-one days.", "La grève a duré vingt-et-un jours.", []),
    ("fr", "Thirty-one years later, it reopened.", "Trente-et-un ans plus tard, il a rouvert.", []),
    # A choice or a range of counts, said another way: the choice is the span.
    ("de", "Repairs will take a day or two.", "Die Reparatur wird ein oder zwei Tage dauern.", []),
    ("de", "Repairs will take a day or two.", "Die Reparatur wird ein, zwei Tage dauern.", []),
    ("de", "Repairs will take a day or two.", "Die Reparatur wird ein bis zwei Tage dauern.", []),
    ("fr", "The vote takes an hour or two.", "Le vote prend une ou deux heures.", []),
    ("pt", "It ended a year or two ago.", "Terminou há um ou dois anos.", []),
    ("ru", "Repairs will take a day or two.", "Ремонт займет один-два дня.", []),
    ("de", "A year or two ago, it was cheaper.", "Vor ein oder zwei Jahren war es billiger.", []),
    # One day (some day) rephrased beside a span the source gives in a form the checks do not read.
    ("de", "He hopes to return one day, he said a week later.", "Er hofft, eines Tages zurückzukehren, sagte er eine Woche später.", []),
    # A span rephrased beside a span noun alone, which is no span: last year, a director general.
    ("ru", "Construction took a year and a half, the mayor said last year.", "Строительство заняло много времени, заявил мэр в прошлом году.", []),
    ("ar", "Construction took a year and a half, the director general said.", "استغرق البناء وقتا طويلا، بحسب مدير عام الشركة.", []),
    # Another span, in words or in digits (reported once), or with another count in words (the counts' to report).
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte ein Jahr.", ["numbers: missing a year and a half; not in the source: ein Jahr"]),
    ("fr", A_YEAR_AND_A_HALF, "Le projet a duré un an.", ["numbers: missing a year and a half; not in the source: un an"]),
    ("ja", A_YEAR_AND_A_HALF, "プロジェクトは一年かかった。", ["numbers: missing a year and a half; not in the source: 一年"]),
    ("de", HALF_AN_HOUR, "Die Abstimmung dauerte eine Stunde.", ["numbers: missing half an hour; not in the source: eine Stunde"]),
    ("zh", HALF_AN_HOUR, "投票持续了一小时。", ["numbers: missing half an hour; not in the source: 一小时"]),
    ("de", "A year ago, he quit.", "Vor zwei Jahren trat er zurück.", ["numbers: missing A year; not in the source: zwei Jahren"]),
    ("de", "It took two and a half years.", "Es dauerte zwei Jahre.", ["numbers: missing two and a half years; not in the source: zwei Jahre"]),
    ("de", "It took two years.", "Es dauerte zwei Jahre und sechs Monate.", ["numbers: missing two years; not in the source: zwei Jahre und sechs Monate"]),
    ("de", "It took a fortnight.", "Es dauerte eine Woche.", ["numbers: missing fortnight; not in the source: eine Woche"]),
    ("fr", "The strike lasted twenty-one days.", "La grève a duré vingt-deux jours.", ["numbers: missing twenty-one; not in the source: vingt-deux"]),
    ("de", "Repairs will take a day.", "Die Reparatur wird zwei Tage dauern.", ["numbers: missing a day; not in the source: zwei Tage"]),
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte 12 Monate.", ["numbers: missing a year and a half; not in the source: 12"]),
    ("de", "It took two years.", "Es dauerte drei Jahre.", ["numbers: missing two; not in the source: drei"]),
])
def test_a_span_of_time_said_in_words_must_be_as_long_in_the_translation(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ar", "Oil fell $2 to $78 a barrel.", "تراجع النفط دولارين إلى 78 دولاراً للبرميل.", []),
    ("ar", "The talks lasted 2 hours.", "استمرت المحادثات ساعتين.", []),
    ("ru", "Up to 300mm of rain fell in 24 hours.", "За сутки выпало до 300 мм осадков.", []),
    ("it", "The 10-year bond yield hit 4.85%.", "Il rendimento del decennale ha toccato il 4,85%.", []),
    ("zh", "Ten years ago, 1 in 4 households owned a car.", "十年前，每四户家庭中有一户拥有汽车。", []),
    # A word that says another number.
    ("ar", "Oil fell $2 to $78 a barrel.", "تراجع النفط دولاراً إلى 78 دولاراً للبرميل.", ["missing 2"]),
    ("ru", "Up to 300mm of rain fell in 12 hours.", "За сутки выпало до 300 мм осадков.", ["missing 12"]),
    ("it", "The 10-year bond yield hit 4.85%.", "Il rendimento del trentennale ha toccato il 4,85%.", ["missing 10"]),
    ("zh", "Ten years ago, 1 in 4 households owned a car.", "十年前，每五户家庭中有一户拥有汽车。", ["missing 4"]),
])
def test_a_number_said_by_a_word_of_its_own_is_that_number(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("pl", "Inflacja nie była tak wysoka od lat 70.", []),
    ("pl", "Inflacja nie była tak wysoka od lat 80.", ["missing 1970; not in the source: 80"]),
])
def test_a_polish_decade_is_the_decade(locale, msgstr, expected):
    assert messages("Inflation has not been this high since the 1970s.", msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("zh", "Seven in 10 voters backed the reform.", "十分之七的选民支持这项改革。", []),
    ("zh", "Seven in 10 voters backed the reform.", "十分之三的选民支持这项改革。",
     ["missing 10", "the source's Seven is in the translation neither in words nor in digits"]),
    ("zh", "Four out of five households have internet access.", "五分之四的家庭能够上网。", []),
    ("ja", "The office received 14,500 complaints, up a fifth on last year.", "同局に寄せられた苦情は1万4500件で、前年から2割増えた。", []),
    ("ja", "The office received 14,500 complaints, up a fifth on last year.", "同局に寄せられた苦情は1万4500件で、前年から3割増えた。",
     ["missing the number 5 the source writes in words; not in the source: 3"]),
])
def test_a_proportion_said_as_a_fraction_is_the_same_figure(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "He won in 2:01:09.", "彼は2時間1分9秒で優勝した。", []),
    ("pt", "He won in 2:01:09.", "Ele venceu com o tempo de 2h01min09s.", []),
    ("pt", "He won in 2:01:09.", "Ele venceu com o tempo de 2h10min09s.", ["missing 2:01, 09; not in the source: 2"]),
    ("ja", "He scored in the 89th minute.", "彼は後半44分に得点した。", []),
    ("ja", "He scored in the 89th minute.", "彼は後半43分に得点した。", ["missing 89; not in the source: 43"]),
    ("ja", "The 4x100m relay team finished fifth.", "400メートルリレーのチームは5位だった。", []),
    ("ja", "The 4x100m relay team finished fifth.", "800メートルリレーのチームは5位だった。", ["missing 4; not in the source: 800"]),
])
def test_a_sports_figure_counted_another_way_is_the_same_figure(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ar", "He ran the marathon in 2 hours, 1 minute and 9 seconds.", "قطع الماراثون في ساعتين ودقيقة و9 ثوان.", []),
    ("ar", "The vote took 1 hour.", "استغرق التصويت ساعة.", []),
    ("ar", "The vote took 1 hour.", "استغرق التصويت ساعتين.", ["missing 1"]),
    ("ar", "The vote took 1 hour.", "استغرق التصويت دقيقة.", ["missing 1"]),
])
def test_an_arabic_noun_in_the_singular_says_one(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A noun in the dual, with or without the article or a conjunction.
    ("ar", "On Monday, 2 ships docked.", "رست سفينتان يوم الاثنين.", []),
    ("ar", "He met 2 ministers.", "التقى وزيرين.", []),
    ("ar", "He met 2 ministers.", "التقى الوزيرين.", []),
    ("ar", "The talks lasted 2 days.", "استمرت المحادثات يومين.", []),
    ("ar", "2 planes and 2 ships were hit.", "أصيبت طائرتان وسفينتان.", []),
    ("he", "The talks lasted 2 days.", "השיחות נמשכו יומיים.", []),
    ("he", "The talks lasted 2 weeks.", "השיחות נמשכו שבועיים.", []),
    ("he", "He was jailed for 2 years.", "הוא נכלא לשנתיים.", []),
    # A singular, a plural, or a word that only ends as a dual does (Monday, a participle's plural).
    ("ar", "On Monday, 2 ships docked.", "رست سفينة يوم الاثنين.", ["numbers: missing 2"]),
    ("ar", "On Monday, 2 ships docked.", "رست سفن يوم الاثنين.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers.", "التقى الوزراء.", ["numbers: missing 2"]),
    ("ar", "2 planes and 2 ships were hit.", "أصيبت طائرتان وسفن.", ["numbers: missing 2"]),
    ("ar", "“2 people are still missing,” police said.", "قالت الشرطة: «لا يزال أشخاص في عداد المفقودين».", ["numbers: missing 2"]),
    ("ar", "2 ships docked in Lebanon.", "رست سفن في لبنان.", ["numbers: missing 2"]),
    ("he", "The talks lasted 2 days.", "השיחות נמשכו ימים.", ["numbers: missing 2"]),
    ("he", "The talks lasted 2 days.", "השיחות נמשכו יום.", ["numbers: missing 2"]),
    # In the construct state, before the noun it governs, without its ن; a million or a billion
    # in the dual is two of them; a noun in م whose -ين is its dual.
    ("ar", "The 2 foreign ministers met.", "التقى وزيرا الخارجية.", []),
    ("ar", "He met the 2 foreign ministers.", "التقى وزيري الخارجية.", []),
    ("ar", "The 2 ships docked.", "رست سفينتا الشحن.", []),
    ("ar", "The deal is worth $2 billion.", "تبلغ قيمة الصفقة مليارا دولار.", []),
    ("ar", "The deal is worth $2 billion.", "تبلغ قيمة الصفقة ملياري دولار.", []),
    ("ar", "The firm has 2 projects.", "لدى الشركة مشروعين.", []),
    ("ar", "The firm has 2 factories.", "لدى الشركة مصنعين.", []),
    # Another number, another scale, or a word that only ends as a dual in the construct state does.
    ("ar", "The deal is worth $3 billion.", "تبلغ قيمة الصفقة ملياري دولار.", ["numbers: missing 3"]),
    ("ar", "The deal is worth $2 million.", "تبلغ قيمة الصفقة ملياري دولار.", ["numbers: missing 2"]),
    ("ar", "The deal is worth $2 billion.", "تبلغ قيمة الصفقة مليار دولار.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers.", "التقى الوزير أيضا الخميس.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers.", "قال مصدر أمني الخميس إن الوزير وصل.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers.", "أصدرت الوزارة بيانا الخميس.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers.", "يجري التحقيق مع الوزير.", ["numbers: missing 2"]),
    ("ar", "He met 2 ministers and 20 officials.", "التقى 20 مسؤولا الأسبوع الماضي.", ["numbers: missing 2"]),
    ("ar", "2 protesters were hurt.", "أصيب المتظاهرين.", ["numbers: missing 2"]),
    # A plural that reads as a dual, counted by a number or a word of quantity before it, which
    # a dual never has: another count, not the source's two.
    ("ar", "3 engineers were hurt.", "أصيب 3 مهندسين.", []),
    ("ar", "Engineers were hurt.", "أصيب مهندسين.", []),
    ("ar", "3 players were hurt.", "أصيب 3 لاعبين.", []),
    ("ar", "Three players were hurt.", "أصيب ثلاثة لاعبين.", []),
    ("ar", "2 players were hurt.", "أصيب لاعبين.", []),
    ("ar", "2 players were hurt on Monday.", "أصيب يوم الاثنين لاعبين.", []),
    ("ar", "2 players were hurt.", "أصيب 3 لاعبين.", ["numbers: missing 2; not in the source: 3"]),
    ("ar", "Two players were hurt.", "أصيب ثلاثة لاعبين.", ["numbers: missing Two; not in the source: ثلاثة"]),
    ("ar", "2 players were hurt.", "أصيب 3 من لاعبي الفريق.", ["numbers: missing 2; not in the source: 3"]),
    ("ar", "2 players were hurt.", "أصيب عدد من لاعبي الفريق.", ["numbers: missing 2"]),
    ("ar", "2 players were hurt.", "أصيب أحد اللاعبين.", ["numbers: missing 2"]),
])
def test_a_noun_in_the_dual_says_two(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), [
    # Hebrew numbers in words, masculine, feminine or construct, with a prefix or without.
    ("2 ships docked.", "שתי ספינות עגנו.", []),
    ("The 2 ships docked on Monday.", "שתי הספינות עגנו ביום שני.", []),
    ("3 ministers resigned.", "שלושה שרים התפטרו.", []),
    ("Three ministers resigned.", "שלושה שרים התפטרו.", []),
    ("10 people were hurt.", "עשרה אנשים נפצעו.", []),
    ("About 10 people were hurt.", "כעשרה אנשים נפצעו.", []),
    ("13 people were hurt.", "שלושה עשר אנשים נפצעו.", []),
    ("25 people were hurt.", "עשרים וחמישה אנשים נפצעו.", []),
    ("About 300 people protested.", "כשלוש מאות איש הפגינו.", []),
    ("About 3,000 people protested.", "כשלושת אלפים איש הפגינו.", []),
    ("It was built in the 20th century.", "הוא נבנה במאה העשרים.", []),
    ("Rockets hit Beersheba, 7 people were hurt.", "רקטות פגעו בבאר שבע, שבעה אנשים נפצעו.", []),
    ("2 rockets hit Rishon LeZion.", "שתי רקטות פגעו בראשון לציון.", []),
    # Another number, or a number word that is a name (Beersheba, Monday) or hundreds of something.
    ("3 ships docked.", "שתי ספינות עגנו.", ["numbers: missing 3"]),
    ("3 ministers resigned.", "ארבעה שרים התפטרו.", ["numbers: missing 3"]),
    ("13 people were hurt.", "שלושה אנשים נפצעו.", ["numbers: missing 13"]),
    ("25 people were hurt.", "עשרים ושישה אנשים נפצעו.", ["numbers: missing 25"]),
    ("Three ministers resigned.", "ארבעה שרים התפטרו.", ["numbers: missing Three; not in the source: ארבעה"]),
    ("Three ministers resigned.", "שרים התפטרו.", ["numbers: the source's Three is in the translation neither in words nor in digits"]),
    ("Rockets hit Beersheba, 7 people were hurt.", "רקטות פגעו בבאר שבע, אנשים נפצעו.", ["numbers: missing 7"]),
    ("2 ministers met.", "השרים נפגשו ביום שני.", ["numbers: missing 2"]),
    ("300 people protested.", "מאות אנשים הפגינו.", ["numbers: missing 300"]),
    ("It happened on the third day.", "זה קרה ביום השני.", ["numbers: missing third; not in the source: השני"]),
    ("He won for the third time.", "הוא ניצח בפעם השנייה.", ["numbers: missing third; not in the source: השנייה"]),
    ("The second round is on Sunday.", "הסיבוב השלישי ייערך ביום ראשון.", ["numbers: missing second; not in the source: השלישי"]),
    ("It was built in the 3rd century.", "הוא נבנה במאה השנייה.", ["numbers: missing 3"]),
    ("3 people were hurt on Tuesday.", "אנשים נפצעו ביום שלישי.", ["numbers: missing 3"]),
])
def test_a_number_in_hebrew_words_is_the_number_it_says(msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "he") == expected


@pytest.mark.parametrize(("msgid", "msgstr"), [
    ("It happened on the third day.", "זה קרה ביום השלישי."),
    ("He won for the third time.", "הוא ניצח בפעם השלישית."),
    ("He won for the second time.", "הוא ניצח בפעם השנייה."),
    ("She finished third.", "היא סיימה במקום שלישי."),
    ("She finished tenth.", "היא סיימה במקום העשירי."),
    ("It was built in the 3rd century.", "הוא נבנה במאה השלישית."),
])
def test_a_hebrew_ordinal_masculine_or_feminine_is_the_sources_ordinal(msgid, msgstr):
    assert checks(msgid, msgstr, "he") == []


@pytest.mark.parametrize(("msgstr", "expected"), [
    ("يدخل القانون حيز التنفيذ في الأول من يناير/كانون الثاني.", []),
    ("يدخل القانون حيز التنفيذ في الثاني من يناير.", ["missing 1"]),
])
def test_the_first_of_a_month_in_arabic_words_is_the_day(msgstr, expected):
    assert messages("The law takes effect on Jan. 1.", msgstr, "ar") == expected


@pytest.mark.parametrize(("msgstr", "expected"), [
    ("قالت الشرطة في العاشرة صباحاً: «لا يزال شخصان في عداد المفقودين».", []),
    ("قالت الشرطة في العاشرة صباحاً: «لا يزال ثلاثة أشخاص في عداد المفقودين».", ["missing Two; not in the source: ثلاثة"]),
])
def test_an_hour_said_in_words_is_no_count(msgstr, expected):
    assert messages("“Two people are still missing,” police said at 10 a.m.", msgstr, "ar") == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A weekday named by its number hides no figure the translation drops beside it.
    ("pt", "On Monday, 2 ships docked.", "Na segunda-feira, navios atracaram.", ["numbers: missing 2"]),
    ("pt", "On Wednesday, 4 ships docked.", "Na quarta-feira, navios atracaram.", ["numbers: missing 4"]),
    ("pt", "On Thursday, 5 ships docked.", "Na quinta-feira, navios atracaram.", ["numbers: missing 5"]),
    ("pt", "On Friday, 6 ships docked.", "Na sexta-feira, navios atracaram.", ["numbers: missing 6"]),
    ("ar", "On Monday, 2 ships docked.", "رست سفن يوم الاثنين.", ["numbers: missing 2"]),
    ("pt", "Two ministers resigned on Monday.", "Ministros renunciaram na segunda-feira.",
     ["numbers: the source's Two is in the translation neither in words nor in digits"]),
    # The figure kept, in digits or in words, beside the weekday; an ordinal is still one.
    ("pt", "On Monday, 2 ships docked.", "Na segunda-feira, 2 navios atracaram.", []),
    ("pt", "On Friday, 6 ships docked.", "Na sexta-feira, seis navios atracaram.", []),
    ("ar", "On Monday, 2 ships docked.", "رست 2 سفن يوم الاثنين.", []),
    ("pt", "The second round is on Monday.", "O segundo turno é na segunda-feira.", []),
])
def test_a_weekday_named_by_its_number_is_no_number(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A month the translation writes in digits is the month, which the date check compares: no number besides.
    ("ja", "The talks resume on March 3.", "協議は4月3日に再開される。", ["the date: March 3 in the source, 4月3日 in the translation"]),
    ("zh", "The talks resume on March 3.", "会谈将于4月3日恢复。", ["the date: March 3 in the source, 4月3日 in the translation"]),
    ("ko", "The talks resume on March 3.", "회담은 4월 3일 재개된다.", ["the date: March 3 in the source, 4월 3일 in the translation"]),
    ("ja", "Sales rose 4% in March.", "4月の売上高は4%増えた。", ["the month: March in the source, 4月 in the translation"]),
    ("ja", "Sales rose from July to September.", "7～9月期の売上高は増えた。", []),
    ("zh", "Sales rose from July to September.", "7至9月销售额增长。", []),
    ("ja", "Sales rose from July to September.", "8～9月期の売上高は増えた。",
     ["the month: July, September in the source, 8月, 9月 in the translation"]),
    # A day or a figure beside the month that changed is a changed number still.
    ("ja", "The talks resume on March 3.", "協議は3月4日に再開される。", ["missing 3; not in the source: 4"]),
    ("zh", "Sales rose 4% in March.", "3月销售额增长5%。", ["missing 4; not in the source: 5"]),
])
def test_a_month_the_translation_writes_in_digits_is_no_number(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


SEVEN_IN_TEN = "Seven in 10 voters back the plan."


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A proportion as a percentage, in tenths, as a fraction or as another proportion.
    ("de", SEVEN_IN_TEN, "70 Prozent der Wähler unterstützen den Plan."),
    ("fr", SEVEN_IN_TEN, "70 % des électeurs soutiennent le projet."),
    ("es", SEVEN_IN_TEN, "El 70 por ciento de los votantes apoya el plan."),
    ("it", SEVEN_IN_TEN, "Il 70 per cento degli elettori sostiene il piano."),
    ("ru", SEVEN_IN_TEN, "70 процентов избирателей поддерживают план."),
    ("ar", SEVEN_IN_TEN, "70 في المئة من الناخبين يؤيدون الخطة."),
    ("ar", SEVEN_IN_TEN, "٧٠٪ من الناخبين يؤيدون الخطة."),
    ("zh", SEVEN_IN_TEN, "七成选民支持该计划。"),
    ("zh", SEVEN_IN_TEN, "百分之七十的选民支持该计划。"),
    ("ja", SEVEN_IN_TEN, "有権者の7割が計画を支持している。"),
    ("de", "Nine out of ten voters back the plan.", "90 Prozent der Wähler unterstützen den Plan."),
    ("zh", "One in five workers lost their jobs.", "两成工人失业。"),
    ("ja", "One in five workers lost their jobs.", "労働者の2割が職を失った。"),
    ("pl", "1 in 3 Poles backs the plan.", "33 proc. Polaków popiera plan."),
    ("de", "2 in 3 workers lost their jobs.", "67 Prozent der Arbeiter verloren ihren Job."),
    ("de", "2 in 3 workers lost their jobs.", "66,7 Prozent der Arbeiter verloren ihren Job."),
    ("de", "2 in 3 workers lost their jobs.", "66 Prozent der Arbeiter verloren ihren Job."),
    ("de", "1 in 4 households own a car.", "Ein Viertel der Haushalte besitzt ein Auto."),
    ("fr", "2 in 3 workers lost their jobs.", "Deux tiers des travailleurs ont perdu leur emploi."),
    ("fr", "2 in 10 workers lost their jobs.", "Un travailleur sur cinq a perdu son emploi."),
    ("de", "Four in 10 voters back the plan.", "Zwei von fünf Wählern unterstützen den Plan."),
    # A percentage in tenths or as a proportion, a fraction as a percentage.
    ("ja", "70% of voters back the plan.", "有権者の7割が計画を支持している。"),
    ("de", "70% of voters back the plan.", "Sieben von zehn Wählern unterstützen den Plan."),
    ("de", "Complaints rose by a fifth.", "Die Beschwerden stiegen um 20 Prozent."),
    ("de", "Half of the 600 staff are on strike.", "50 Prozent der 600 Beschäftigten streiken."),
])
def test_a_share_said_another_way_is_the_same_figure(locale, msgid, msgstr):
    assert messages(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", SEVEN_IN_TEN, "60 Prozent der Wähler unterstützen den Plan.", ["numbers: missing 10; not in the source: 60"]),
    ("es", SEVEN_IN_TEN, "El 60 por ciento de los votantes apoya el plan.", ["numbers: missing 10; not in the source: 60"]),
    ("zh", SEVEN_IN_TEN, "六成选民支持该计划。",
     ["numbers: missing 10", "numbers: the source's Seven is in the translation neither in words nor in digits"]),
    ("ja", SEVEN_IN_TEN, "有権者の6割が計画を支持している。",
     ["numbers: missing 10, the number 7 the source writes in words; not in the source: 6"]),
    # Rounded another way than to the nearest or down, or rounded from a percentage.
    ("de", "1 in 3 voters backs the plan.", "34 Prozent der Wähler unterstützen den Plan.", ["numbers: missing 3; not in the source: 34"]),
    ("ja", "73% of voters back the plan.", "有権者の7割が計画を支持している。", ["numbers: missing 73; not in the source: 7"]),
    # A figure beside the share that changed, or that the share's percentage pairs with.
    ("de", "Seven in 10 voters back the plan, up from 60% last year.",
     "70 Prozent der Wähler unterstützen den Plan, nach 50 Prozent im Vorjahr.", ["numbers: missing 60; not in the source: 50"]),
    ("de", "Seven in 10 voters back the plan, as do 70 MPs.", "70 Prozent der Wähler unterstützen den Plan, ebenso Abgeordnete.",
     ["numbers: missing 10"]),
])
def test_a_share_said_as_another_figure_keeps_a_translation_out_of_the_feed(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Months said in years or half a year, in digits, in words, in one word or without a count.
    ("zh", "He was jailed for 6 months.", "他被判入狱半年。", []),
    ("ja", "He was jailed for 6 months.", "彼は半年間収監された。", []),
    ("de", "He was jailed for 6 months.", "Er wurde für ein halbes Jahr inhaftiert.", []),
    ("es", "He was jailed for 6 months.", "Fue encarcelado durante medio año.", []),
    ("pl", "He was jailed for 6 months.", "Skazano go na pół roku więzienia.", []),
    ("de", "The plant will close for 12 months.", "Das Werk wird für ein Jahr geschlossen.", []),
    ("fr", "The plant will close for 12 months.", "L'usine fermera pendant un an.", []),
    ("zh", "The plant will close for 12 months.", "该工厂将关闭一年。", []),
    ("ru", "The plant will close for 12 months.", "Завод закроется на год.", []),
    ("fr", "He was jailed for 18 months in 2019.", "Il a été condamné en 2019 à un an et demi de prison.", []),
    ("ru", "He was jailed for 18 months in 2019.", "В 2019 году его приговорили к полутора годам заключения.", []),
    ("pl", "He was jailed for 18 months.", "Skazano go na półtora roku więzienia.", []),
    ("ar", "He was jailed for 18 months.", "حُكم عليه بالسجن عاماً ونصف.", []),
    ("de", "He got a 24-month ban.", "Er erhielt eine zweijährige Sperre.", []),
    ("ru", "He got a 24-month ban.", "Он получил двухлетнюю дисквалификацию.", []),
    # Years said in months.
    ("de", "The project took a year and a half.", "Das Projekt dauerte 18 Monate.", []),
    ("fr", "The project took a year and a half.", "Le projet a pris 18 mois.", []),
    ("zh", "The project took a year and a half.", "该项目耗时18个月。", []),
    ("de", "He served 2 years of his sentence.", "Er verbüßte 24 Monate seiner Strafe.", []),
    ("es", "He served two years of his sentence.", "Cumplió 24 meses de su condena.", []),
    # Another span of time.
    ("de", "He was jailed for 6 months.", "Er wurde für ein Jahr inhaftiert.", ["numbers: missing 6"]),
    ("es", "He was jailed for 6 months.", "Fue encarcelado durante un año.", ["numbers: missing 6"]),
    ("fr", "He was jailed for 18 months.", "Il a été condamné à un an de prison.", ["numbers: missing 18"]),
    ("de", "He was jailed for 24 months.", "Er wurde zu zwei Wochen Haft verurteilt.", ["numbers: missing 24"]),
    ("de", "He served 2 years of his sentence.", "Er verbüßte 20 Monate seiner Strafe.", ["numbers: missing 2; not in the source: 20"]),
    ("de", "The talks lasted six months.", "Die Gespräche dauerten ein Jahr.",
     ["numbers: the source's six is in the translation neither in words nor in digits"]),
])
def test_a_span_of_time_in_another_unit_is_the_same_span(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected
    assert not [message for message in messages(msgid, msgstr, locale) if message.startswith("not in the source")]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "The talks lasted two hours.", "協議は2時間続いた。", []),
    ("ja", "He was questioned for two hours.", "彼は2時間にわたり事情を聴かれた。", []),
    ("ko", "The talks lasted two hours.", "회담은 2시간 동안 이어졌다.", []),
    # Another span, or a clock time, is still read as what it is.
    ("ja", "The talks lasted two hours.", "協議は3時間続いた。", ["missing the number 2 the source writes in words; not in the source: 3"]),
    ("ja", "The talks began at 2 p.m.", "協議は午後3時に始まった。", ["missing 2 p.m.; not in the source: 午後3時"]),
])
def test_hours_counted_as_a_span_are_no_clock_time(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A number word opening a compound states its number: a family of four members, a plan of three years.
    ("de", "A family of four was rescued.", "Eine vierköpfige Familie wurde gerettet.", []),
    ("de", "The 12-member jury met.", "Die zwölfköpfige Jury tagte.", []),
    ("de", "The 5-year plan failed.", "Der Fünfjahresplan scheiterte.", []),
    ("de", "The 3-part series starts today.", "Die dreiteilige Serie beginnt heute.", []),
    ("fr", "A 3-year plan was adopted.", "Un plan triennal a été adopté.", []),
    ("fr", "His 7-year term ended.", "Son septennat a pris fin.", []),
    ("es", "A 3-year plan was adopted.", "Se aprobó un plan trienal.", []),
    ("es", "A 6-year term.", "Un sexenio.", []),
    # Another number in the compound.
    ("de", "A family of four was rescued.", "Eine fünfköpfige Familie wurde gerettet.",
     ["the source's four is in the translation neither in words nor in digits"]),
    ("de", "The 12-member jury met.", "Die elfköpfige Jury tagte.", ["missing 12"]),
    ("de", "The 5-year plan failed.", "Der Vierjahresplan scheiterte.", ["missing 5"]),
    ("fr", "A 3-year plan was adopted.", "Un plan quinquennal a été adopté.", ["missing 3"]),
    ("es", "A 3-year plan was adopted.", "Se aprobó un plan bienal.", ["missing 3"]),
])
def test_a_number_word_opening_a_compound_states_its_number(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


JAILED_30 = "He was jailed for 30 months."
JAILED_18 = "He was jailed for 18 months."


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Months said in years and months, in words or in digits, and the other way round.
    ("de", JAILED_30, "Er wurde zu zwei Jahren und sechs Monaten Haft verurteilt.", []),
    ("fr", JAILED_30, "Il a été condamné à deux ans et six mois de prison.", []),
    ("es", JAILED_30, "Fue condenado a dos años y seis meses de cárcel.", []),
    ("ru", JAILED_30, "Его приговорили к двум годам и шести месяцам заключения.", []),
    ("zh", JAILED_30, "他被判处两年零六个月监禁。", []),
    ("it", JAILED_18, "È stato condannato a un anno e sei mesi di carcere.", []),
    ("pl", JAILED_18, "Skazano go na rok i sześć miesięcy więzienia.", []),
    ("pt", JAILED_18, "Ele foi condenado a um ano e seis meses de prisão.", []),
    ("ja", JAILED_18, "彼は禁錮1年6月の判決を受けた。", []),
    ("de", JAILED_30, "Er wurde zu 2 Jahren und 6 Monaten Haft verurteilt.", []),
    ("de", "He was jailed for 2 years and 6 months.", "Er wurde zu 30 Monaten Haft verurteilt.", []),
    ("de", "He served two and a half years.", "Er verbüßte 30 Monate.", []),
    # Years and months that make another span.
    ("de", JAILED_30, "Er wurde zu zwei Jahren und drei Monaten Haft verurteilt.", ["missing 30"]),
    ("fr", JAILED_30, "Il a été condamné à deux ans et trois mois de prison.", ["missing 30"]),
    ("zh", JAILED_30, "他被判处两年零三个月监禁。", ["missing 30"]),
    ("it", JAILED_18, "È stato condannato a un anno e tre mesi di carcere.", ["missing 18"]),
    ("ja", JAILED_18, "彼は禁錮1年8月の判決を受けた。", ["missing 18; not in the source: 1, 8"]),
    ("ja", JAILED_18, "彼は2024年6月に判決を受けた。", ["missing 18; not in the source: 2024, 6"]),
    ("de", JAILED_30, "Er wurde zu 2 Jahren und 3 Monaten Haft verurteilt.", ["missing 30; not in the source: 2, 3"]),
    ("de", "He was jailed for 2 years and 6 months.", "Er wurde zu 27 Monaten Haft verurteilt.", ["missing 2, 6; not in the source: 27"]),
])
def test_months_said_in_years_and_months_are_the_same_span(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Minutes, hours, days and weeks said in another unit of the same length.
    ("fr", "The match lasted 90 minutes.", "Le match a duré une heure et demie.", []),
    ("es", "The match lasted 90 minutes.", "El partido duró una hora y media.", []),
    ("de", "The match lasted 90 minutes.", "Das Spiel dauerte anderthalb Stunden.", []),
    ("de", "The strike lasted 72 hours.", "Der Streik dauerte drei Tage.", []),
    ("de", "The strike lasted 48 hours.", "Der Streik dauerte zwei Tage.", []),
    ("es", "The strike lasted 72 hours.", "La huelga duró tres días.", []),
    ("it", "The strike lasted 48 hours.", "Lo sciopero è durato due giorni.", []),
    ("ru", "The strike lasted 48 hours.", "Забастовка длилась двое суток.", []),
    ("pl", "The strike lasted 72 hours.", "Strajk trwał trzy dni.", []),
    ("zh", "The strike lasted 72 hours.", "罢工持续了三天。", []),
    ("ja", "The strike lasted 72 hours.", "ストは3日間続いた。", []),
    ("de", "The strike lasted half an hour.", "Der Streik dauerte 30 Minuten.", []),
    ("de", "The strike lasted 30 minutes.", "Der Streik dauerte eine halbe Stunde.", []),
    ("de", "The strike lasted two weeks.", "Der Streik dauerte 14 Tage.", []),
    ("fr", "The talks lasted two weeks.", "Les pourparlers ont duré quinze jours.", []),
    ("de", "The talks lasted 210 minutes.", "Die Gespräche dauerten drei Stunden und 30 Minuten.", []),
    # A span of another length.
    ("fr", "The match lasted 90 minutes.", "Le match a duré une heure.", ["missing 90"]),
    ("fr", "The match lasted 90 minutes.", "Le match a duré deux heures et demie.", ["missing 90"]),
    ("de", "The strike lasted 72 hours.", "Der Streik dauerte vier Tage.", ["missing 72"]),
    ("de", "The strike lasted 48 hours.", "Der Streik dauerte zwei Wochen.", ["missing 48"]),
    ("de", "The strike lasted 30 minutes.", "Der Streik dauerte eine Stunde.", ["missing 30"]),
    ("de", "The strike lasted 15 days.", "Der Streik dauerte zwei Wochen.", ["missing 15"]),
])
def test_a_span_in_minutes_hours_days_or_weeks_said_in_another_unit_is_the_same_span(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


A_YEAR_AND_A_HALF = "The project took a year and a half and cost 3 million euros."
HALF_AN_HOUR = "The strike lasted half an hour, 200 workers said."
AN_HOUR_AND_A_HALF = "The vote took an hour and a half, 12 members said."


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A span the source says in words, said another way.
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte anderthalb Jahre und kostete 3 Millionen Euro.", []),
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte eineinhalb Jahre und kostete 3 Millionen Euro.", []),
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte 18 Monate und kostete 3 Millionen Euro.", []),
    ("fr", A_YEAR_AND_A_HALF, "Le projet a duré un an et demi et coûté 3 millions d'euros.", []),
    ("fr", A_YEAR_AND_A_HALF, "Le projet a duré 18 mois et coûté 3 millions d'euros.", []),
    ("es", A_YEAR_AND_A_HALF, "El proyecto duró un año y medio y costó 3 millones de euros.", []),
    ("es", A_YEAR_AND_A_HALF, "El proyecto duró año y medio y costó 3 millones de euros.", []),
    ("de", HALF_AN_HOUR, "Der Streik dauerte eine halbe Stunde, sagten 200 Arbeiter.", []),
    ("de", HALF_AN_HOUR, "Der Streik dauerte 30 Minuten, sagten 200 Arbeiter.", []),
    ("fr", HALF_AN_HOUR, "La grève a duré une demi-heure, selon 200 ouvriers.", []),
    ("es", HALF_AN_HOUR, "La huelga duró media hora, dijeron 200 trabajadores.", []),
    ("es", HALF_AN_HOUR, "La huelga duró 30 minutos, dijeron 200 trabajadores.", []),
    ("de", AN_HOUR_AND_A_HALF, "Die Abstimmung dauerte anderthalb Stunden, sagten 12 Mitglieder.", []),
    ("de", AN_HOUR_AND_A_HALF, "Die Abstimmung dauerte 90 Minuten, sagten 12 Mitglieder.", []),
    ("fr", AN_HOUR_AND_A_HALF, "Le vote a duré une heure et demie, selon 12 membres.", []),
    ("es", AN_HOUR_AND_A_HALF, "La votación duró hora y media, dijeron 12 miembros.", []),
    ("de", "He served two years.", "Er verbüßte 24 Monate.", []),
    # Another span, in figures of its own.
    ("de", A_YEAR_AND_A_HALF, "Das Projekt dauerte 12 Monate und kostete 3 Millionen Euro.",
     ["numbers: missing a year and a half; not in the source: 12"]),
    ("fr", A_YEAR_AND_A_HALF, "Le projet a duré 12 mois et coûté 3 millions d'euros.",
     ["numbers: missing a year and a half; not in the source: 12"]),
    ("es", A_YEAR_AND_A_HALF, "El proyecto duró 2 años y costó 3 millones de euros.",
     ["numbers: missing a year and a half; not in the source: 2"]),
    ("de", HALF_AN_HOUR, "Der Streik dauerte 40 Minuten, sagten 200 Arbeiter.", ["numbers: missing half an hour; not in the source: 40"]),
    ("fr", HALF_AN_HOUR, "La grève a duré 45 minutes, selon 200 ouvriers.", ["numbers: missing half an hour; not in the source: 45"]),
    ("es", HALF_AN_HOUR, "La huelga duró 20 minutos, dijeron 200 trabajadores.", ["numbers: missing half an hour; not in the source: 20"]),
    ("de", AN_HOUR_AND_A_HALF, "Die Abstimmung dauerte 60 Minuten, sagten 12 Mitglieder.",
     ["numbers: missing an hour and a half; not in the source: 60"]),
    ("fr", AN_HOUR_AND_A_HALF, "Le vote a duré 2 heures, selon 12 membres.", ["numbers: missing an hour and a half; not in the source: 2"]),
    ("de", "He served two years.", "Er verbüßte 36 Monate.", ["numbers: missing two years; not in the source: 36"]),
])
def test_a_span_the_source_says_in_words_said_as_another_span_keeps_a_translation_out_of_the_feed(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("source", "msgid", "msgstr", "expected"), [
    ("de", "Anderthalb Jahre dauerte der Streik.", "The strike lasted a year and a half.", []),
    ("de", "Anderthalb Jahre dauerte der Streik.", "The strike lasted two years.",
     ["numbers: missing Anderthalb Jahre; not in the source: two years"]),
    ("fr", "Heure et demie de débat, puis le vote.", "Two hours of debate, then the vote.",
     ["numbers: missing Heure et demie; not in the source: Two hours"]),
])
def test_a_span_with_a_half_opening_the_source_is_read_whole(source, msgid, msgstr, expected):
    """Build reviews a sentence that opens with its span (Anderthalb Jahre …) as any other,
    not stopped by it."""
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "en", source_locale=source) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A percentage said as a fraction: in tenths, in parts, halved.
    ("de", "Sales fell 10%.", "Der Umsatz fiel um ein Zehntel.", []),
    ("de", "10% of the workforce was laid off.", "Ein Zehntel der Belegschaft wurde entlassen.", []),
    ("de", "30% of voters back the plan.", "Drei Zehntel der Wähler unterstützen den Plan.", []),
    ("fr", "10% of the workforce was laid off.", "Un dixième des effectifs a été licencié.", []),
    ("pt", "10% of the workforce was laid off.", "A décima parte dos trabalhadores foi demitida.", []),
    ("es", "75% of voters back the plan.", "Las tres cuartas partes de los votantes apoyan el plan.", []),
    ("es", "75% of voters back the plan.", "Tres cuartas partes de los votantes apoyan el plan.", []),
    ("it", "Sales fell 50%.", "Le vendite sono calate della metà.", []),
    ("it", "Sales fell 50%.", "Le vendite sono state dimezzate.", []),
    ("de", "Sales fell 50%.", "Der Umsatz hat sich halbiert.", []),
    ("ja", "Sales fell 50%.", "売上高は半減した。", []),
    ("zh", "Sales fell 50%.", "销售额减半。", []),
    # A fraction that is another figure.
    ("de", "Sales fell 10%.", "Der Umsatz fiel um ein Fünftel.", ["missing 10"]),
    ("de", "40% of voters back the plan.", "Drei Zehntel der Wähler unterstützen den Plan.", ["missing 40"]),
    ("es", "75% of voters back the plan.", "Las dos terceras partes de los votantes apoyan el plan.", ["missing 75"]),
    ("it", "Sales fell 40%.", "Le vendite sono state dimezzate.", ["missing 40"]),
    ("ja", "Sales fell 40%.", "売上高は半減した。", ["missing 40"]),
    ("de", "Sales fell by a third.", "Der Umsatz hat sich halbiert.", ["the fraction: a third in the source, halbiert in the translation"]),
])
def test_a_percentage_said_as_a_fraction_is_the_same_figure(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == expected


@pytest.mark.parametrize(("locale", "msgstr", "expected"), [
    ("de", "Der Streik dauerte zweieinhalb Jahre.", []),
    ("fr", "La grève a duré deux ans et demi.", []),
    ("es", "La huelga duró dos años y medio.", []),
    ("de", "Der Streik dauerte dreieinhalb Jahre.", ["the source's two is in the translation neither in words nor in digits"]),
    ("de", "Der Streik dauerte zwei Jahre.", ["missing two and a half years; not in the source: zwei Jahre"]),
])
def test_a_span_with_a_half_states_its_whole_part_also_fused_with_the_half(locale, msgstr, expected):
    """`zweieinhalb Jahre` says the two of `two and a half years`: no count dropped."""
    assert messages("The strike lasted two and a half years.", msgstr, locale) == expected


TALKS_18_MONTHS = "The talks lasted a year and a half."
TALKS_2_WEEKS = "The talks lasted two weeks."
TALKS_3_MONTHS = "The talks lasted three months."


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # In another unit, in words or in digits, as long.
    ("de", TALKS_18_MONTHS, "Die Gespräche dauerten 18 Monate."),
    ("de", TALKS_18_MONTHS, "Die Gespräche dauerten anderthalb Jahre."),
    ("fr", TALKS_18_MONTHS, "Les pourparlers ont duré dix-huit mois."),
    ("de", TALKS_2_WEEKS, "Die Gespräche dauerten 14 Tage."),
    ("de", TALKS_2_WEEKS, "Die Gespräche dauerten vierzehn Tage."),
    ("fr", TALKS_2_WEEKS, "Les pourparlers ont duré quinze jours."),
    ("es", TALKS_2_WEEKS, "Las conversaciones duraron quince días."),
    ("fr", "The talks lasted a week.", "Les pourparlers ont duré huit jours."),
    ("es", "The talks lasted a week.", "Las conversaciones duraron ocho días."),
    ("de", "The talks lasted a day.", "Die Gespräche dauerten 24 Stunden."),
    ("de", "The talks lasted six months.", "Die Gespräche dauerten ein halbes Jahr."),
    ("de", "The talks lasted two decades.", "Die Gespräche dauerten zwanzig Jahre."),
    ("es", "The talks lasted two decades.", "Las conversaciones duraron veinte años."),
    ("ru", "The talks lasted a decade.", "Переговоры длились десять лет."),
    ("de", "The vote took a quarter of an hour.", "Die Abstimmung dauerte eine Viertelstunde."),
    ("de", "The vote took a quarter of an hour.", "Die Abstimmung dauerte 15 Minuten."),
    ("fr", "The vote took three quarters of an hour.", "Le vote a pris trois quarts d'heure."),
    ("de", TALKS_3_MONTHS, "Die Gespräche dauerten ein Vierteljahr."),
    ("fr", "The plan covers a quarter century.", "Le plan couvre un quart de siècle."),
    ("de", "The strike lasted half a day.", "Der Streik dauerte zwölf Stunden."),
    # The idiom's count is as long too: fifteen days are quinze jours, eight days huit jours.
    ("fr", "The talks lasted fifteen days.", "Les pourparlers ont duré quinze jours."),
    ("fr", "The talks lasted 15 days.", "Les pourparlers ont duré quinze jours."),
    ("fr", "The talks lasted eight days.", "Les pourparlers ont duré huit jours."),
    # And the weeks the idiom says, however they are said: fifteen days are deux semaines.
    ("fr", "The talks lasted fifteen days.", "Les pourparlers ont duré deux semaines."),
    ("fr", "The talks lasted 15 days.", "Les pourparlers ont duré deux semaines."),
    ("es", "The talks lasted fifteen days.", "Las conversaciones duraron dos semanas."),
    ("it", "The talks lasted 15 days.", "I colloqui sono durati due settimane."),
    ("fr", "The talks lasted eight days.", "Les pourparlers ont duré une semaine."),
    ("de", "The talks lasted 8 days.", "Die Gespräche dauerten eine Woche."),
    # Days as exact weeks, and weeks as exact days.
    ("fr", "The talks lasted fourteen days.", "Les pourparlers ont duré deux semaines."),
    ("de", "The talks lasted 14 days.", "Die Gespräche dauerten zwei Wochen."),
    ("de", "The talks lasted 21 days.", "Die Gespräche dauerten drei Wochen."),
    ("de", "The talks lasted three weeks.", "Die Gespräche dauerten 21 Tage."),
    # Months in weeks or days, as a calendar's month has 28 to 31 days.
    ("de", "The talks lasted a month.", "Die Gespräche dauerten vier Wochen."),
    ("de", "The talks lasted a month.", "Die Gespräche dauerten 30 Tage."),
    ("de", "The talks lasted a year.", "Die Gespräche dauerten 52 Wochen."),
    ("de", "The talks lasted 3 months.", "Die Gespräche dauerten 90 Tage."),
    ("de", "The talks lasted six weeks.", "Die Gespräche dauerten anderthalb Monate."),
    # A span in digits said by a compound, or by its digits before one.
    ("de", "The athlete received a 2-year ban.", "Der Athlet erhielt eine zweijährige Sperre."),
    ("de", "The athlete received a 2-year ban.", "Der Athlet erhielt eine 2-jährige Sperre."),
    ("fr", "The athlete received a 2-year ban.", "L'athlète a reçu une suspension de deux ans."),
    ("de", "The athlete received a 24-month ban.", "Der Athlet erhielt eine zweijährige Sperre."),
    ("de", "The athlete received a 2-month ban.", "Der Athlet erhielt eine zweimonatige Sperre."),
])
def test_a_span_of_time_in_another_unit_of_the_same_length_is_no_change(locale, msgid, msgstr):
    assert messages(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Another length in another unit, in words or in digits.
    ("de", TALKS_18_MONTHS, "Die Gespräche dauerten sechs Monate.", ["numbers: missing a year and a half; not in the source: sechs Monate"]),
    ("fr", TALKS_18_MONTHS, "Les pourparlers ont duré six mois.", ["numbers: missing a year and a half; not in the source: six mois"]),
    ("de", TALKS_3_MONTHS, "Die Gespräche dauerten drei Wochen.", ["numbers: missing three months; not in the source: drei Wochen"]),
    ("es", TALKS_3_MONTHS, "Las conversaciones duraron tres semanas.", ["numbers: missing three months; not in the source: tres semanas"]),
    ("ru", TALKS_3_MONTHS, "Переговоры длились три недели.", ["numbers: missing three months; not in the source: три недели"]),
    ("zh", TALKS_3_MONTHS, "会谈持续了三周。", ["numbers: missing three months; not in the source: 三周"]),
    ("ja", TALKS_3_MONTHS, "協議は3週間続いた。", ["numbers: missing three months; not in the source: 3週間"]),
    ("de", TALKS_3_MONTHS, "Die Gespräche dauerten 3 Wochen.", ["numbers: missing three months; not in the source: 3 Wochen"]),
    ("de", "The talks lasted 3 months.", "Die Gespräche dauerten 3 Wochen.", ["numbers: missing 3 months; not in the source: 3 Wochen"]),
    ("de", "The talks lasted 18 months.", "Die Gespräche dauerten 18 Wochen.", ["numbers: missing 18 months; not in the source: 18 Wochen"]),
    ("de", "The athlete received a 2-year ban.", "Der Athlet erhielt eine zweimonatige Sperre.",
     ["numbers: missing 2-year; not in the source: zweimonatige"]),
    ("de", "The athlete received a 2-year ban.", "Der Athlet erhielt eine 2-monatige Sperre.",
     ["numbers: missing 2-year; not in the source: 2-monatige"]),
    ("de", "The athlete received a 2-month ban.", "Der Athlet erhielt eine zweijährige Sperre.",
     ["numbers: missing 2-month; not in the source: zweijährige"]),
    ("fr", "The athlete received a 2-year ban.", "L'athlète a reçu une suspension de deux mois.",
     ["numbers: missing 2-year; not in the source: deux mois"]),
    ("de", TALKS_2_WEEKS, "Die Gespräche dauerten zwei Monate.", ["numbers: missing two weeks; not in the source: zwei Monate"]),
    ("de", "The talks lasted a decade.", "Die Gespräche dauerten fünf Jahre.", ["numbers: missing a decade; not in the source: fünf Jahre"]),
    ("de", "The talks lasted a month.", "Die Gespräche dauerten eine Woche.", ["numbers: missing a month; not in the source: eine Woche"]),
    ("de", "The talks lasted a year.", "Die Gespräche dauerten zwölf Wochen.", ["numbers: missing a year; not in the source: zwölf Wochen"]),
    ("de", "The talks lasted a day.", "Die Gespräche dauerten zwölf Stunden.", ["numbers: missing a day; not in the source: zwölf Stunden"]),
    ("fr", "The talks lasted a week.", "Les pourparlers ont duré quinze jours.", ["numbers: missing a week; not in the source: quinze jours"]),
    ("de", "The vote took a quarter of an hour.", "Die Abstimmung dauerte 20 Minuten.",
     ["numbers: missing quarter of an hour; not in the source: 20"]),
    # In figures of its own, reported with them.
    ("de", TALKS_18_MONTHS, "Die Gespräche dauerten 12 Wochen.", ["numbers: missing a year and a half; not in the source: 12"]),
    # One of several spans.
    ("de", "He was jailed for a year, she for six months.", "Er wurde zu einem Jahr, sie zu sechs Wochen verurteilt.",
     ["numbers: missing six months; not in the source: sechs Wochen"]),
    # Another count, which the counts check reports, once.
    ("de", TALKS_2_WEEKS, "Die Gespräche dauerten zehn Tage.", ["numbers: missing two; not in the source: zehn"]),
    # Days as weeks they are not: fifteen days are two weeks only where an idiom says so.
    ("fr", "The talks lasted 15 days.", "Les pourparlers ont duré trois semaines.", ["numbers: missing 15"]),
    ("fr", "The talks lasted fifteen days.", "Les pourparlers ont duré trois semaines.",
     ["numbers: missing fifteen; not in the source: trois"]),
    ("fr", "The talks lasted 16 days.", "Les pourparlers ont duré deux semaines.", ["numbers: missing 16"]),
    ("de", "The talks lasted 15 days.", "Die Gespräche dauerten zwei Wochen.", ["numbers: missing 15"]),
    ("de", "The talks lasted fifteen days.", "Die Gespräche dauerten zwei Wochen.", ["numbers: missing fifteen; not in the source: zwei"]),
    ("de", "The talks lasted 21 days.", "Die Gespräche dauerten zwei Wochen.", ["numbers: missing 21"]),
    ("fr", "The talks lasted seven days.", "Les pourparlers ont duré deux semaines.", ["numbers: missing seven; not in the source: deux"]),
])
def test_a_span_of_time_in_another_unit_must_be_as_long(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == expected


@pytest.mark.parametrize(("source", "msgid", "msgstr", "expected"), [
    ("de", "Der Streik dauerte drei Monate.", "The strike lasted three weeks.", ["numbers: missing drei Monate; not in the source: three weeks"]),
    ("fr", "La grève a duré quinze jours.", "The strike lasted ten days.", ["numbers: missing quinze; not in the source: ten"]),
    ("fr", "La grève a duré huit jours.", "The strike lasted a week.", []),
    ("fr", "La grève a duré quinze jours.", "The strike lasted a fortnight.", []),
])
def test_a_span_of_time_of_a_source_in_another_language_is_compared_by_its_length(source, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), "en", source_locale=source) == expected


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A span noun that is no span the checks read, beside one rephrased: these days, am Tag, im Jahr.
    ("de", "These days talks last a week.", "Heutzutage dauern Gespräche acht Tage."),
    ("de", "For decades, the plant ran for two weeks a year.", "Seit Jahrzehnten lief das Werk zwei Wochen im Jahr."),
    ("de", "He works two days a week.", "Er arbeitet zwei Tage pro Woche."),
    ("de", "He works 12 hours a day.", "Er arbeitet täglich zwölf Stunden."),
    ("de", "The trial lasted a month in 2024.", "Der Prozess dauerte im Jahr 2024 einen Monat."),
    ("de", "The talks lasted two weeks.", "Die Gespräche dauerten zwei Wochen, am Tag danach kam die Einigung."),
    ("de", "Two days later, a week of talks began.", "Zwei Tage später begann eine Verhandlungswoche."),
    # Decades without a number, an ordinal (a second, a third week), a quarter of a business.
    ("de", "For the second time in a decade, it failed.", "Zum zweiten Mal in zehn Jahren scheiterte es."),
    ("de", "The talks lasted two decades.", "Die Gespräche dauerten zwanzig Jahre, Jahrzehnte des Stillstands."),
    ("de", "It was a second defeat in three days.", "Es war die zweite Niederlage in drei Tagen."),
    ("de", "Talks went into a third week.", "Die Gespräche dauern nun schon zwei Wochen."),
    ("de", "The firm's second quarter was weak.", "Das zweite Quartal der Firma war schwach."),
    # Several spans, each said as long, in another order.
    ("de", "He was jailed for a year, she for six months.", "Sie wurde zu sechs Monaten, er zu einem Jahr verurteilt."),
    ("de", "He hopes to return one day, he said a week later.", "Er hofft, eines Tages zurückzukehren, sagte er eine Woche später."),
])
def test_a_span_of_time_is_compared_across_units_only_where_nothing_else_may_be_one(locale, msgid, msgstr):
    """Where a text has a span noun the checks do not read as a span, it may be the other
    side's span said another way: a span the translation gives in another unit is not compared."""
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


def test_check_reads_minutes_in_words_travelled_hours_weeks_as_days_and_ranges_in_a_real_po(tmp_path):
    """End to end: `syndicate check` on an extracted article whose French translation says
    the times, the hours on the road and the days as a French desk writes them."""
    import json

    import polib

    root, invoke = newsroom_with_story(tmp_path, "fair", (
        "date 2026-11-27 Home page world\n\nNight fair opens\n\n"
        "The night fair opens at 9:30 p.m. and its doors close at 11:15 p.m. "
        "The town is 20 hours' drive from the capital. The last fair lasted fifteen days. "
        "Stalls open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.\n"
    ), ["fr"])
    renderings = {
        "Night fair opens": "La foire de nuit ouvre",
        "The night fair opens at 9:30 p.m. and its doors close at 11:15 p.m.":
            "La foire de nuit ouvre à vingt et une heures trente et ferme ses portes à vingt-trois heures trente.",
        "The town is 20 hours' drive from the capital.": "La ville est à vingt heures de route de la capitale.",
        "The last fair lasted fifteen days.": "La dernière foire a duré deux semaines.",
        "Stalls open from 9 a.m. to 5 p.m. on weekdays and from 10 a.m. to 4 p.m. on Saturdays.":
            "Les stands ouvrent de 9 h à 17 h en semaine et de 10 h à 16 h le samedi.",
    }
    path = root / "locales/fr/LC_MESSAGES/fair.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = renderings[entry.msgid]
    po.save()
    checked = invoke("check", "--format", "json")
    findings = [(finding["msgid"], finding["check"], finding["message"]) for finding in json.loads(checked.output)]
    # Only the wrong minute of the closing time: 23:30 for 11:15 p.m.
    assert findings == [(
        "The night fair opens at 9:30 p.m. and its doors close at 11:15 p.m.", "numbers",
        "missing 11:15 p.m.; not in the source: vingt-trois heures trente",
    )]
    assert checked.exit_code == 1


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("45,210", "de", "45.210"), ("1,234,567", "fr", "1\u202f234\u202f567"), ("28.3%", "de", "28,3\u00a0%"),
    ("-1.5%", "de", "-1,5\u00a0%"), ("12.5 %", "tr", "%12,5"), ("1,200.50", "de", "1.200,50"),
    ("+1,234", "de", "+1.234"), ("+2.1%", "de", "+2,1\u00a0%"), ("2.1", "de", "2,1"),  # one decimal: no time, no date
    # As written: a whole number the source does not group (a year, a count), what may be a
    # time or a date, a telephone number, a score, and words.
    ("2019", "de", "2019"), ("112", "de", "112"), ("19.45", "de", "19.45"), ("12.05", "de", "12.05"),
    ("2.30", "es", "2.30"), ("+34 612 345 678", "de", "+34 612 345 678"), ("612 345 678", "de", "612 345 678"),
    ("3-1", "de", "3-1"), ("n/a", "de", "n/a"), ("1,2,3", "de", "1,2,3"), ("1,23,456", "de", "1,23,456"),
])
def test_a_figure_alone_is_written_as_the_target_locale_writes_it(text, lang, expected):
    assert figure_in_locale(text, Locale("en"), Locale.parse(lang))[0] == expected


def test_a_figure_alone_from_a_source_that_groups_with_periods_is_read_its_way():
    assert figure_in_locale("1.234,5", Locale("de"), Locale("en"))[0] == "1,234.5"
    assert figure_in_locale("1.234", Locale("de"), Locale("en"))[0] == "1,234"
    # French groups with a narrow no-break space; copy often has a no-break or a plain one.
    for space in ("\u202f", "\u00a0", " "):
        assert figure_in_locale(f"1{space}234,5", Locale("fr"), Locale("en"))[0] == "1,234.5"


# -- a range into the afternoon on the 24-hour clock, the parts of the day after minutes in
# digits, and hours after more of the clock's prepositions ------------------------------------

@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # The 5 of `from 9 to 5` is the afternoon's: 5 Uhr, 5 h, 5 horas are five in the morning.
    ("de", "The polls are open from 9 to 5.", "Die Wahllokale sind von 9 bis 5 Uhr geöffnet.",
     "5 written 5 Uhr is another hour on a 24-hour clock: write 17 Uhr"),
    ("de", "The polls are open from 9 to 5.", "Die Wahllokale sind von neun bis fünf Uhr geöffnet.",
     "5 written fünf Uhr is another hour on a 24-hour clock: write 17 Uhr"),
    ("fr", "The polls are open from 9 to 5.", "Les bureaux de vote sont ouverts de 9 h à 5 h.",
     "5 written 5 h is another hour on a 24-hour clock: write 17 h"),
    ("es", "The polls are open from 9 to 5.", "Los colegios electorales abren de 9 a 5 horas.",
     "5 written 5 horas is another hour on a 24-hour clock: write 17 horas"),
    ("pt", "The polls are open from 9 to 5.", "As seções eleitorais abrem das 9h às 5h.",
     "5 written às 5h is another hour on a 24-hour clock: write às 17h"),
    # Said in words in the source, as in digits.
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von 9 bis 5 Uhr geöffnet.",
     "five written 5 Uhr is another hour on a 24-hour clock: write 17 Uhr"),
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von 9 bis 15 Uhr geöffnet.",
     "missing five; not in the source: 15 Uhr"),
    ("de", "Unemployment fell from nine to five percent.", "Die Arbeitslosigkeit sank von neun auf siebzehn Prozent.",
     "missing five; not in the source: siebzehn"),
    # The part of the day after minutes in digits joined by `e` or `y`, as after a colon.
    ("it", "The vote is due at 8:30 p.m.", "Il voto è previsto alle 8 e 30 del mattino.",
     "missing 8:30 p.m.; not in the source: 8 e 30 del mattino"),
    ("es", "The vote is due at 8:30 p.m.", "La votación será a las 8 y 30 de la mañana.",
     "missing 8:30 p.m.; not in the source: 8 y 30 de la mañana"),
    ("pt", "The vote is due at 8:30 p.m.", "A votação será às 8 e 30 da manhã.",
     "missing 8:30 p.m.; not in the source: 8 e 30 da manhã"),
    # Another hour after the prepositions read now is still another time.
    ("it", "The talks ran between 10 and 11 p.m.", "I colloqui si sono svolti tra le 21 e le 23.", "missing 10; not in the source: tra le 21"),
    ("nl", "Results are expected by 9 p.m.", "De uitslag wordt voor 22 uur verwacht.", "missing 9 p.m.; not in the source: 22 uur"),
    ("es", "Results are expected by 9 p.m.", "Los resultados se esperan para las 22.", "missing 9 p.m.; not in the source: para las 22"),
    ("de", "Voting ends at noon.", "Die Abstimmung endet um 24 Uhr.", "noon written 24 Uhr is another hour on a 24-hour clock: write 12 Uhr"),
])
def test_a_range_into_the_afternoon_left_on_the_morning_or_a_part_of_the_day_after_minutes_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Without the clock's word the hours of a range are its numbers, as `a las 5` for 5 p.m. is.
    ("es", "The polls are open from 9 to 5.", "Los colegios electorales abren de 9 a 5."),
    ("it", "The polls are open from 9 to 5.", "I seggi sono aperti dalle 9 alle 5."),
    ("pt", "The polls are open from 9 to 5.", "As seções eleitorais abrem das 9 às 5."),
    ("de", "The polls are open from 9 to 5.", "Die Wahllokale sind von 9 bis 17 Uhr geöffnet."),
    # A range in words in the source is read as in digits.
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von 9 bis 17 Uhr geöffnet."),
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von neun bis siebzehn Uhr geöffnet."),
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von neun bis 17 Uhr geöffnet."),
    ("de", "The polls are open from nine to five.", "Die Wahllokale sind von neun bis fünf geöffnet."),
    ("fr", "The polls are open from nine to five.", "Les bureaux de vote sont ouverts de 9 h à 17 h."),
    ("de", "Unemployment fell from nine to five percent.", "Die Arbeitslosigkeit sank von neun auf fünf Prozent."),
    ("de", "Unemployment fell from nine to five percent.", "Die Arbeitslosigkeit sank von 9 auf 5 Prozent."),
    # The part of the day after minutes in digits.
    ("it", "The vote is due at 8:30 p.m.", "Il voto è previsto alle 8 e 30 di sera."),
    ("es", "The vote is due at 8:30 p.m.", "La votación será a las 8 y 30 de la tarde."),
    ("pt", "The vote is due at 8:30 p.m.", "A votação será às 8 e 30 da noite."),
    # An hour in words that may be either half of the day, as the source's may.
    ("de", "The meeting starts at 7:15.", "Die Sitzung beginnt um Viertel nach sieben."),
    # An Italian range with the articles of both hours.
    ("it", "The talks ran between 10 and 11 p.m.", "I colloqui si sono svolti tra le 22 e le 23."),
    ("it", "The talks ran between 10 and 11 p.m.", "I colloqui si sono svolti fra le 22 e le 23."),
    ("it", "The office is open between 9 a.m. and 5 p.m.", "L'ufficio è aperto tra le 9 e le 17."),
    ("it", "Of the 20 teams, two met at 3 p.m.", "Tra le 20 squadre, due si sono incontrate alle 15."),
    # `pour` before a word that begins with `de` (demain, dernier), which says of nothing.
    ("fr", "The vote is set for 8 p.m. tomorrow.", "Le vote est prévu pour vingt heures demain."),
    ("fr", "The vote is set for 8 p.m. tomorrow.", "Le vote est prévu pour 20 heures demain."),
    ("fr", "Talks resumed after 20 hours of debate.", "Les pourparlers ont repris après 20 heures des débats."),
    # Digits after more of the clock's prepositions.
    ("nl", "Results are expected by 9 p.m.", "De uitslag wordt voor 21 uur verwacht."),
    ("nl", "Results are expected by 9 p.m.", "De uitslag wordt tegen 21 uur verwacht."),
    ("nl", "Results are expected after 8:30 p.m.", "De uitslag wordt na 20.30 uur verwacht."),
    ("es", "Results are expected by 9 p.m.", "Los resultados se esperan para las 21."),
    ("es", "Results are expected by 9 p.m.", "Los resultados se esperan para las 21:00."),
    ("es", "Results are expected by 9 p.m.", "Los resultados se esperan hacia las 21."),
    # The midnight that ends a day.
    ("de", "Voting ends at midnight.", "Die Abstimmung endet um 24 Uhr."),
    ("de", "Voting ends at 12 a.m.", "Die Abstimmung endet um 24 Uhr."),
    ("fr", "The results are due within 24 hours.", "Les résultats sont attendus en 24 h."),
])
def test_a_range_into_the_afternoon_minutes_in_digits_and_hours_after_more_prepositions_are_the_same_times(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


# -- amounts with a half, amounts on their scale, dozens in digits, sports times, MM$ --------

@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("it", "The deal is worth $2bn.", "L'accordo vale due miliardi e mezzo di dollari.",
     "due miliardi e mezzo is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("it", "The deal is worth $2bn.", "L'accordo vale 2 miliardi e mezzo di dollari.",
     "2 miliardi e mezzo is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("es", "The deal is worth $2bn.", "El acuerdo vale dos mil millones y medio de dólares.",
     "dos mil millones y medio is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("es", "The city has 5 million people.", "La ciudad tiene 5 millones y medio de habitantes.",
     "5 millones y medio is 5.5 million (5,500,000); the source says 5 million (5,000,000)"),
    ("pt", "The deal is worth $2bn.", "O acordo vale dois bilhões e meio de dólares.",
     "dois bilhões e meio is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("fr", "The deal is worth $1bn.", "L'accord vaut un milliard et demi de dollars.",
     "un milliard et demi is 1.5 billion (1,500,000,000); the source says 1bn (1,000,000,000)"),
    ("de", "The deal is worth $2bn.", "Der Deal ist zwei und eine halbe Milliarde Dollar wert.",
     "zwei und eine halbe Milliarde is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("de", "The deal is worth $2bn.", "Der Deal ist zweieinhalb Milliarden Dollar wert.",
     "zweieinhalb Milliarden is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
    ("de", "The deal is worth $1bn.", "Der Deal ist anderthalb Milliarden Dollar wert.",
     "anderthalb Milliarden is 1.5 billion (1,500,000,000); the source says 1bn (1,000,000,000)"),
    ("nl", "The deal is worth $2bn.", "De deal is twee en een half miljard dollar waard.",
     "twee en een half miljard is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
])
def test_an_amount_with_a_half_in_words_is_half_its_scale_more(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert ("numbers", "error") in checks(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("it", "The deal is worth $2.5bn.", "L'accordo vale due miliardi e mezzo di dollari."),
    ("it", "The deal is worth $2.5bn.", "L'accordo vale 2 miliardi e mezzo di dollari."),
    ("es", "The deal is worth $2.5bn.", "El acuerdo vale dos mil millones y medio de dólares."),
    ("es", "The city has 5.5 million people.", "La ciudad tiene 5 millones y medio de habitantes."),
    ("pt", "The deal is worth $2.5bn.", "O acordo vale dois bilhões e meio de dólares."),
    ("fr", "The deal is worth $1.5bn.", "L'accord vaut un milliard et demi de dollars."),
    ("fr", "The city has 1.5 million people.", "La ville compte 1 million et demi d'habitants."),
    ("de", "The deal is worth $2.5bn.", "Der Deal ist zwei und eine halbe Milliarde Dollar wert."),
    ("de", "The deal is worth $2.5bn.", "Der Deal ist zweieinhalb Milliarden Dollar wert."),
    ("de", "The deal is worth $1.5bn.", "Der Deal ist anderthalb Milliarden Dollar wert."),
    ("nl", "The deal is worth $2.5bn.", "De deal is twee en een half miljard dollar waard."),
    ("ru", "The deal is worth $2.5bn.", "Сделка стоит два с половиной миллиарда долларов."),
])
def test_an_amount_with_a_half_in_words_is_the_sources_amount_and_a_half(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("fr", "The city has 1.5 million people.", "La ville compte un million cinq cent mille habitants."),
    ("es", "The city has 1.5 million people.", "La ciudad tiene un millón quinientas mil personas."),
    ("de", "The deal is worth $2.5bn.", "Der Deal ist zwei Milliarden fünfhundert Millionen Dollar wert."),
])
def test_an_amount_in_words_on_two_scales_is_their_sum(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The deal is worth $2.4bn.", "Der Deal ist zwei Milliarden fünfhundert Millionen Dollar wert.",
     "zwei Milliarden fünfhundert Millionen is 2.5 billion (2,500,000,000); the source says 2.4bn (2,400,000,000)"),
    ("es", "The fund holds $1 billion.", "El fondo tiene dos mil millones de dólares.",
     "dos mil millones is 2 billion (2,000,000,000); the source says 1 billion (1,000,000,000)"),
    ("de", "The fund holds $2 billion.", "Der Fonds hält drei Milliarden Dollar.",
     "drei Milliarden is 3 billion (3,000,000,000); the source says 2 billion (2,000,000,000)"),
])
def test_another_amount_in_words_on_the_sources_scale_names_both(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert ("numbers", "error") in checks(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("es", "Two dozen protesters gathered.", "24 manifestantes se reunieron."),
    ("de", "Two dozen protesters gathered.", "24 Demonstranten versammelten sich."),
    ("es", "A dozen protesters gathered.", "12 manifestantes se reunieron."),
    ("es", "Half a dozen protesters gathered.", "6 manifestantes se reunieron."),
    ("fr", "About half a dozen protesters gathered.", "Environ 6 manifestants se sont rassemblés."),
])
def test_dozens_written_as_their_number_in_digits_are_the_count(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("es", "Two dozen protesters gathered.", "25 manifestantes se reunieron."),
    ("es", "Half a dozen protesters gathered.", "12 manifestantes se reunieron."),
])
def test_another_number_for_dozens_is_still_reported(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) != []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("it", "He ran the 100m in 10.85 seconds.", 'Ha corso i 100 metri in 10"85.'),
    ("it", "He won the 100m in 10.85.", 'Ha vinto i 100 metri in 10"85.'),
    ("fr", "He won the 100m in 10.85.", "Il a gagné le 100 m en 10''85."),
    ("it", "He won the marathon in 2:05:42.", "Ha vinto la maratona in 2h05'42\"."),
    ("it", "He won the marathon in 2:05:42.", "Ha vinto la maratona in 2h05'42''."),
    ("fr", "He won the marathon in 2:05:42.", "Il a gagné le marathon en 2h05:42."),
    ("fr", "He won the marathon in 2:05:42.", "Il a gagné le marathon en 2 h 05 min 42 s."),
    ("es", "He won the marathon in 2:05:42.", "Ganó el maratón en 2h05:42."),
    ("pt", "He won the marathon in 2:05:42.", "Ele venceu a maratona em 2h05min42s."),
])
def test_a_race_time_in_the_sports_notation_of_the_locale_is_the_sources(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("it", "He ran the 100m in 10.85 seconds.", 'Ha corso i 100 metri in 10"95.'),
    ("fr", "He won the marathon in 2:05:42.", "Il a gagné le marathon en 2h05:43."),
])
def test_another_race_time_in_the_sports_notation_is_an_error(locale, msgid, msgstr):
    assert ("numbers", "error") in checks(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("es-CL", "The company lost $5 million.", "La empresa perdió 5 MM$."),
    ("es-CO", "The company lost $5 million.", "La empresa perdió 5 MM$."),
    ("es-VE", "The company lost $5 million.", "La empresa perdió 5 MM$."),
    ("es-419", "The company lost $5 million.", "La empresa perdió 5 MM$."),
    ("es", "The company lost $5 billion.", "La empresa perdió 5 MM$."),
    ("es-ES", "The company lost $5 billion.", "La empresa perdió 5 MM$."),
])
def test_mm_before_a_currency_is_millions_in_latin_america_and_billions_in_spain(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("es-CL", "The company lost $5 billion.", "La empresa perdió 5 MM$.",
     "5 MM$ is 5 million (5,000,000); the source says 5 billion (5,000,000,000)"),
    ("es", "The company lost $5 million.", "La empresa perdió 5 MM$.",
     "5 MM$ is 5 billion (5,000,000,000); the source says 5 million (5,000,000)"),
])
def test_mm_before_a_currency_on_another_scale_than_the_locales_is_another_amount(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


# -- the hours of a range into the afternoon in words or without the clock's word, a date
# with its month's point, noon after a time, amounts in CJK numerals, scores ---------------

@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The hours of `from 9 to 5` said in words, as German says them without `Uhr`.
    ("de", "The shop is open from 9 to 5.", "Der Laden ist von neun bis fünf geöffnet."),
    ("de", "The shop is open from 9 to 5.", "Der Laden ist von neun bis 17 Uhr geöffnet."),
    # On the 24-hour clock without the clock's word after the word that opens the range.
    ("es", "The shop is open from 9 to 5.", "La tienda abre de 9 a 17."),
    ("de", "The shop is open from 9 to 5.", "Der Laden ist von 9 bis 17 geöffnet."),
    ("es", "The team grew from 9 to 17 staff.", "El equipo creció de 9 a 17 personas."),
])
def test_the_hours_of_a_range_into_the_afternoon_in_words_or_without_the_clocks_word_are_the_same_times(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The shop is open from 9 to 5.", "Der Laden ist von neun bis sechs geöffnet.", "missing 5"),
    ("de", "The shop is open from 9 to 5.", "Der Laden ist von zehn bis fünf geöffnet.", "missing 9"),
    ("es", "The shop is open from 9 to 5.", "La tienda abre de 9 a 18.", "missing 5; not in the source: 18"),
    ("es", "Unemployment fell from 9 to 5 percent.", "El paro bajó de 9 a 17 por ciento.", "missing 5; not in the source: 17"),
])
def test_another_hour_of_a_range_into_the_afternoon_in_words_or_without_the_clocks_word_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    # A day and month written alike after a word that says it is a date: no decimal.
    ("en", "The meeting is on 20.10.", "de", "Das Treffen ist am 20.10."),
    ("en", "The meeting is on Monday, 20.10.", "de", "Das Treffen ist am Montag, dem 20.10."),
    ("en-GB", "The vote is on 6/4.", "en-US", "The vote is on 4/6."),
    ("en-GB", "He won 6/4, 6/3.", "en-US", "He won 6/4, 6/3."),
])
def test_a_day_of_a_month_after_a_date_word_is_a_date_and_a_score_stays_a_score(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


def test_a_day_and_month_written_alike_without_a_date_word_may_be_a_decimal_and_warns():
    assert reviewed("Prices rose to 20.10.", "Die Preise stiegen auf 20.10.", "de", "en") == [
        ("number-format", "warning", "20.10 is written the English way: de writes 20,1")
    ]


def test_a_score_reversed_is_no_date_in_the_other_order():
    # Without a date word a slash between two numbers is no date to pair with one in the other order.
    assert publish_errors(unit("He won 6/4, 6/3."), Message("He won 6/4, 6/3.", "He won 4/6, 3/6."), "en-US", source_locale="en-GB") != []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The twelve of `12 noon` is the time's, which the part of the day says again.
    ("de", "The meeting is at 12 noon.", "Das Treffen ist um 12 Uhr mittags."),
    ("de", "The meeting is at 12 noon.", "Das Treffen ist um 12 Uhr."),
    ("fr", "The meeting is at 12 noon.", "La réunion a lieu à midi."),
    ("de", "The meeting is at 12 midnight.", "Das Treffen ist um Mitternacht."),
])
def test_twelve_before_noon_or_midnight_is_the_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "The meeting is at 12 noon.", "Das Treffen ist um Mitternacht.", "missing 12 noon; not in the source: Mitternacht"),
    ("de", "The meeting is at 12 noon.", "Das Treffen ist um 11 Uhr mittags.", "missing 12 noon; not in the source: 11 Uhr mittags"),
])
def test_another_time_for_twelve_noon_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # An amount in kanji or hanzi on the scales of ten thousand is the amount, as in digits.
    ("ja", "It costs $2bn.", "費用は二十億ドルです。"),
    ("zh", "It costs $2bn.", "费用为二十亿美元。"),
    ("ja", "It costs $2.05bn.", "費用は二十億五千万ドルです。"),
    ("zh", "It costs $3 million.", "费用为三百万美元。"),
])
def test_an_amount_in_kanji_on_its_scale_is_the_amount(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "It costs $2bn.", "費用は三十億ドルです。", "三十億 is 3 billion (3,000,000,000); the source says 2bn (2,000,000,000)"),
    ("ja", "It costs $2bn.", "費用は二億ドルです。", "二億 is 200 million (200,000,000); the source says 2bn (2,000,000,000)"),
])
def test_another_amount_in_kanji_is_an_error_that_says_it(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The half between the digits and their scale word is the amount's.
    ("de", "It costs $2.5bn.", "Es kostet 2 und eine halbe Milliarde Dollar."),
    ("nl", "It costs $2.5bn.", "Het kost 2 en een half miljard dollar."),
    ("de", "It costs 2 and a half billion dollars.", "Es kostet 2,5 Milliarden Dollar."),
    # Ten thousand hundred millions in hanzi: a trillion.
    ("zh", "It costs $2 trillion.", "费用为两万亿美元。"),
])
def test_digits_and_a_half_before_their_scale_word_are_the_amount(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


def test_digits_and_a_half_before_their_scale_word_for_the_whole_amount_is_an_error():
    assert messages("It costs $2bn.", "Es kostet 2 und eine halbe Milliarde Dollar.", "de") == [
        "2 und eine halbe Milliarde is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"
    ]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Noon and midnight as Japanese and Chinese write them, by name or before their hour.
    ("ja", "The talks began at 12 noon.", "協議は正午12時に始まった。"),
    ("ja", "The talks began at 12 noon.", "協議は正午に始まった。"),
    ("ja", "The talks began at 12 noon.", "協議は午後12時に始まった。"),
    ("ja", "The talks ended at midnight.", "協議は午前0時に終わった。"),
    ("ja", "The talks ended at midnight.", "協議は真夜中に終わった。"),
    ("zh", "The talks began at noon.", "会谈于正午12点开始。"),
    ("zh", "The talks ended at midnight.", "会谈于午夜12点结束。"),
])
def test_noon_and_midnight_in_japanese_and_chinese_are_the_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ja", "The talks ended at midnight.", "協議は正午に終わった。", "missing midnight; not in the source: 正午"),
    ("ja", "The talks ended at midnight.", "協議は正午12時に終わった。", "missing midnight; not in the source: 正午12時"),
    ("zh", "The talks began at noon.", "会谈于午夜开始。", "missing noon; not in the source: 午夜"),
])
def test_noon_for_midnight_in_japanese_and_chinese_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # A quantity doubled, tripled, quadrupled or halved, said multiplied by another.
    ("de", "Sales doubled in the second quarter.", "Der Umsatz verdreifachte sich im zweiten Quartal.",
     "missing doubled; not in the source: verdreifachte"),
    ("de", "Sales doubled in the second quarter.", "Der Umsatz halbierte sich im zweiten Quartal.",
     "missing doubled; not in the source: halbierte"),
    ("fr", "Sales tripled in the second quarter.", "Les ventes ont doublé au deuxième trimestre.",
     "missing tripled; not in the source: doublé"),
    ("it", "Profit halved last year.", "L'utile è raddoppiato l'anno scorso.", "missing halved; not in the source: raddoppiato"),
    ("es", "Exports quadrupled.", "Las exportaciones se triplicaron.", "missing quadrupled; not in the source: triplicaron"),
    ("nl", "The deficit is expected to double.", "Het tekort zal naar verwachting halveren.",
     "missing to double; not in the source: halveren"),
    ("ru", "Sales doubled last year.", "Продажи утроились в прошлом году.", "missing doubled; not in the source: утроились"),
    ("de", "The doubling of prices hurt.", "Die Verdreifachung der Preise schadete.", "missing doubling; not in the source: Verdreifachung"),
    ("fr", "Sales doubled in a year.", "Les ventes ont été multipliées par trois en un an.",
     "missing doubled; not in the source: multipliées par trois"),
])
def test_a_quantity_multiplied_by_another_than_the_sources_is_an_error(locale, msgid, msgstr, expected):
    assert expected in messages(msgid, msgstr, locale)  # a half for a doubling is also the other way
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "Sales doubled in the second quarter.", "Der Umsatz verdoppelte sich im zweiten Quartal."),
    ("fr", "Sales tripled in the second quarter.", "Les ventes ont triplé au deuxième trimestre."),
    ("fr", "Sales doubled in a year.", "Les ventes ont été multipliées par deux en un an."),
    ("es", "Sales doubled.", "Las ventas se duplicaron."),
    ("it", "Profit halved last year.", "L'utile si è dimezzato l'anno scorso."),
    ("pt", "Profit halved last year.", "O lucro caiu pela metade no ano passado."),
    ("nl", "Profit halved last year.", "De winst werd vorig jaar gehalveerd."),
    ("ru", "Profit halved last year.", "Прибыль сократилась вдвое в прошлом году."),
    ("ru", "Profit halved last year.", "Прибыль сократилась в два раза в прошлом году."),
    ("ru", "Sales doubled last year.", "Продажи выросли вдвое в прошлом году."),
    ("de", "Sales doubled.", "Der Umsatz stieg auf das Doppelte."),
    ("fr", "Profit halved.", "Le bénéfice a été divisé par deux."),
    ("fr", "Profit halved.", "Le bénéfice a baissé de moitié."),
    # A doubling said another way, or no multiple at all: a rephrasing.
    ("de", "Sales doubled.", "Der Umsatz stieg um 100 %."),
    ("fr", "Sales tripled.", "Les ventes ont augmenté de 200 %."),
    ("de", "Sales doubled.", "Der Umsatz stieg kräftig."),
    # Not a multiple: what doubled as something else, a second multiple the source also says.
    ("de", "The hall doubled as a shelter.", "Die Halle diente auch als Notunterkunft."),
    ("de", "Sales doubled, three times as fast as costs.", "Der Umsatz verdoppelte sich, dreimal so schnell wie die Kosten."),
])
def test_a_quantity_multiplied_as_the_source_says_or_rephrased_is_no_error(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


FORECAST = "The company cut its full-year forecast to €950 million from €1.1 billion."


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Each amount's currency is the source's, the second as the first.
    ("it", FORECAST, "La società ha tagliato la previsione annuale a 950 milioni di euro da 1,1 miliardi di sterline.",
     "the currency of 1,1: € in the source, sterline in the translation"),
    ("de", "The club paid $4m for him and £3m for her.", "Der Verein zahlte 4 Mio. Dollar für ihn und 3 Mio. Dollar für sie.",
     "the currency of 3: £ in the source, Dollar in the translation"),
    ("fr", FORECAST, "La société a abaissé sa prévision à 950 millions d’euros, contre 1,1 milliard de dollars.",
     "the currency of 1,1: € in the source, dollars in the translation"),
])
def test_an_amount_moved_to_another_currency_beside_one_that_kept_it_is_an_error(locale, msgid, msgstr, expected):
    assert messages(msgid, msgstr, locale) == [expected]
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("it", FORECAST, "La società ha tagliato la previsione annuale a 950 milioni di euro da 1,1 miliardi di euro."),
    ("it", FORECAST, "La società ha tagliato la previsione annuale da 1,1 miliardi a 950 milioni di euro."),
    ("de", "The club paid $4m for him and £3m for her.", "Der Verein zahlte 4 Mio. US-Dollar für ihn und 3 Mio. Pfund für sie."),
    ("de", "It paid between $4m and $5m.", "Es zahlte zwischen 4 Mio. Dollar und 5 Mio. Dollar."),
    ("de", "It paid $5m and £5m.", "Es zahlte 5 Mio. Pfund und 5 Mio. Dollar."),
    ("de", "Profit was €1.1 billion ($1.2 billion).", "Der Gewinn betrug 1,1 Mrd. € (1,2 Mrd. $)."),
    ("fr", "It spent $5 million on 300 books.", "Elle a dépensé 5 millions de dollars pour 300 livres."),
    ("zh", "Profit rose to $4.2 billion.", "利润增至42亿美元。"),
    # An amount converted for the reader is no amount of the source's.
    ("ja", "Sales rose to 3 billion yuan.", "売上高は30億元（約600億円）に増えた。"),
])
def test_each_amount_in_its_own_currency_is_no_change(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


# -- a day of a month written otherwise without a date word, ranges of counts, a half of
# something else after an amount --------------------------------------------------------

@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    # A slash on one side only: no score is written so.
    ("en-GB", "Applications close by 20/10.", "de", "Bewerbungen bis 20.10."),
    ("en-GB", "Applications close by 20/10.", "de", "Bewerbungsschluss ist der 20.10."),
    ("en-US", "Applications close by 10/20.", "de", "Bewerbungen bis 20.10."),
    # A slash on both sides with a day past the 12th, which only a date has in that place.
    ("en-US", "The vote is set for 10/20.", "en-GB", "The vote is set for 20/10."),
    ("en-GB", "The deadline is 20/10.", "en-US", "The deadline is 10/20."),
    ("en-US", "Applications close by 10/20.", "pt", "As inscrições fecham até 20/10."),
    ("en-US", "Applications close by 10/20.", "nl", "Aanmeldingen sluiten tot 20/10."),
])
def test_a_day_of_a_month_written_otherwise_without_a_date_word_is_the_date(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    # Both numbers may be a month: a score in the other order, not the date.
    ("en-GB", "He won 6/4 in the final set.", "en-US", "He won 4/6 in the final set."),
    # A day past the 12th on another month.
    ("en-US", "The vote is set for 10/20.", "en-GB", "The vote is set for 20/11."),
])
def test_a_slashed_day_of_a_month_in_the_other_order_or_of_another_month_is_an_error(source, msgid, locale, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) != []


@pytest.mark.parametrize("source, msgid, locale, msgstr", [
    # A range of ages or counts after von, de: its numbers in words are its numbers.
    ("de", "Die Kinder von 6 bis 14 dürfen spielen.", "en", "Children aged six to 14 may play."),
    ("de", "Die Kinder von 6 bis 14 dürfen spielen.", "en", "Children between six and fourteen may play."),
    ("es", "Participan equipos de 8 a 16 jugadores.", "en", "Teams of eight to 16 players take part."),
    ("fr", "Les enfants de 6 à 14 ans.", "en", "Children aged six to 14."),
    ("fr", "Les enfants de 6 à 14 ans.", "en", "Children aged between six and fourteen."),
    # Before what it counts, no hours to pair with the time beside it.
    ("de", "Kinder von 6 bis 14 Jahren spielen um 14 Uhr.", "en", "Children aged six to fourteen play at 2 p.m."),
    ("es", "Participan equipos de 8 a 16 jugadores a las 4 de la tarde.", "en", "Teams of 8 to 16 players take part at 4 p.m."),
    # A range of hours so is still read as one.
    ("de", "Das Geschäft ist von 9 bis 17 geöffnet.", "en", "The shop is open from 9 a.m. to 5 p.m."),
    ("es", "La tienda abre de 9 a 17.", "en", "The shop opens from 9 a.m. to 5 p.m."),
])
def test_a_range_of_counts_after_the_word_that_opens_a_range_of_hours_is_its_numbers(source, msgid, locale, msgstr):
    assert reviewed(msgid, msgstr, locale, source) == []


@pytest.mark.parametrize("source, msgid, locale, msgstr, expected", [
    ("de", "Die Kinder von 6 bis 14 dürfen spielen.", "en", "Children aged seven to 14 may play.", "missing 6"),
    ("de", "Die Kinder von 6 bis 14 dürfen spielen.", "en", "Children aged six to fifteen may play.", "missing 14"),
])
def test_another_number_of_a_range_of_counts_is_an_error(source, msgid, locale, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale, source_locale=source) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The half of what follows (a dozen, an hour) is no half of the amount before it.
    ("de", "The firm raised $2bn and a half-dozen banks took part.",
     "Die Firma nahm 2 Mrd. Dollar ein, und ein halbes Dutzend Banken beteiligte sich."),
    ("de", "The firm raised $2bn and a half dozen banks took part.",
     "Die Firma nahm zwei Milliarden Dollar ein, und ein halbes Dutzend Banken beteiligte sich."),
    ("fr", "It cost $3 million and a half-hour delay.", "Cela a coûté 3 millions de dollars et un retard d'une demi-heure."),
    ("it", "It raised $2bn and half a dozen firms joined.", "Ha raccolto due miliardi e mezza dozzina di aziende hanno aderito."),
    # The amount's own half, at the end of a phrase or before what it counts or a preposition.
    ("fr", "It cost $3 million and a half.", "Cela a coûté 3 millions et demi."),
    ("es", "It raised $2.5bn.", "Recaudó dos mil millones y medio en bonos."),
    ("pt", "It raised $2.5bn.", "Arrecadou dois bilhões e meio de dólares."),
])
def test_a_half_of_something_after_an_amount_is_no_half_of_the_amount(locale, msgid, msgstr):
    assert [check for check in checks(msgid, msgstr, locale) if check[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("fr", "It cost $3 million and a half.", "Cela a coûté 3 millions.",
     "3 millions is 3 million (3,000,000); the source says 3 million and a half (3,500,000)"),
    ("it", "It raised $2bn.", "Ha raccolto due miliardi e mezzo di dollari.",
     "due miliardi e mezzo is 2.5 billion (2,500,000,000); the source says 2bn (2,000,000,000)"),
])
def test_an_amount_without_its_half_or_with_one_is_still_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # An amount and a half in words on another scale than the source's is 1,000 times off.
    ("nl", "It is valued at $2.5bn.", "Het wordt op tweeënhalf miljoen dollar gewaardeerd.",
     "tweeënhalf miljoen is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    ("nl", "It pledged €1.5 million.", "Het zegde anderhalf miljard euro toe.",
     "anderhalf miljard is 1.5 billion (1,500,000,000); the source says 1.5 million (1,500,000)"),
    ("fr", "It pledged €1.5 million.", "Il a promis un milliard et demi d’euros.",
     "un milliard et demi is 1.5 billion (1,500,000,000); the source says 1.5 million (1,500,000)"),
    ("fr", "It is worth $2.5bn.", "Il vaut deux millions et demi de dollars.",
     "deux millions et demi is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    ("de", "It is worth $2.5bn.", "Es ist zweieinhalb Millionen Dollar wert.",
     "zweieinhalb Millionen is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    ("de", "It is worth $1.5bn.", "Es ist anderthalb Millionen Dollar wert.",
     "anderthalb Millionen is 1.5 million (1,500,000); the source says 1.5bn (1,500,000,000)"),
    ("de", "It is worth $2.5 million.", "Es ist zweieinhalb Milliarden Dollar wert.",
     "zweieinhalb Milliarden is 2.5 billion (2,500,000,000); the source says 2.5 million (2,500,000)"),
    ("it", "It is worth $2.5bn.", "Vale due milioni e mezzo di dollari.",
     "due milioni e mezzo is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    ("es", "It is worth $2.5bn.", "Vale dos millones y medio de dólares.",
     "dos millones y medio is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    # The message names the scale the translation says, also where its number differs.
    ("es", "It is worth $2.5 million.", "Vale dos mil millones y medio de dólares.",
     "dos mil millones y medio is 2.5 billion (2,500,000,000); the source says 2.5 million (2,500,000)"),
    ("de", "It is worth $2.5bn.", "Es ist 2 und eine halbe Million Dollar wert.",
     "2 und eine halbe Million is 2.5 million (2,500,000); the source says 2.5bn (2,500,000,000)"),
    ("de", "It is worth $2bn.", "Es ist zweieinhalb Millionen Dollar wert.",
     "zweieinhalb Millionen is 2.5 million (2,500,000); the source says 2bn (2,000,000,000)"),
])
def test_an_amount_and_a_half_in_words_on_another_scale_is_an_error_that_names_the_scale(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("nl", "It is valued at $2.5bn.", "Het wordt op tweeënhalf miljard dollar gewaardeerd."),
    ("fr", "It pledged €1.5 million.", "Il a promis un million et demi d’euros."),
    ("es", "It is worth $2.5bn.", "Vale dos mil millones y medio de dólares."),
    ("de", "It is worth $2.5bn.", "Es ist 2 und eine halbe Milliarde Dollar wert."),
])
def test_an_amount_and_a_half_in_words_on_the_sources_scale_is_the_amount(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # The everyday Chinese 中午 is noon; the Japanese hour after the part of the day that says
    # which half it is of (朝, 昼, 夜, 深夜).
    ("zh", "The summit opens at noon on Thursday.", "峰会将于周四中午开幕。"),
    ("zh", "Talks resumed at 12:30 p.m.", "谈判于中午12点30分恢复。"),
    ("ja", "Talks resumed at noon.", "協議は昼12時に再開した。"),
    ("ja", "Talks resumed at midnight.", "協議は夜12時に再開した。"),
    ("ja", "Talks resumed at midnight.", "協議は深夜0時に再開した。"),
    ("ja", "Talks resumed at 8 p.m.", "協議は夜8時に再開した。"),
    ("ja", "Talks resumed at 2 a.m.", "協議は深夜2時に再開した。"),
    ("ja", "Talks resumed at 7 a.m.", "協議は朝7時に再開した。"),
])
def test_noon_and_midnight_in_everyday_chinese_and_japanese_are_the_same_times(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("zh", "The curfew runs from midnight to 5 a.m.", "宵禁从中午持续到早上5点。", "missing midnight; not in the source: 中午"),
    ("zh", "Talks resumed at midnight.", "谈判于中午恢复。", "missing midnight; not in the source: 中午"),
    ("ja", "The summit opens at noon on Thursday.", "首脳会議は木曜日の深夜0時に開幕する。", "missing noon; not in the source: 深夜0時"),
    ("ja", "Talks resumed at midnight.", "協議は昼12時に再開した。", "missing midnight; not in the source: 昼12時"),
    ("ja", "Talks resumed at noon.", "協議は夜12時に再開した。", "missing noon; not in the source: 夜12時"),
    ("ja", "Talks resumed at 8 a.m.", "協議は夜8時に再開した。", "missing 8 a.m.; not in the source: 夜8時"),
])
def test_noon_for_midnight_in_everyday_chinese_and_japanese_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Japanese and Chinese multiples: 翻了两番 is quadrupled; 增加了两倍, two times more, tripled;
    # 翻了三倍, three or four times, never twice.
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格翻了两番。", "missing doubled; not in the source: 翻了两番"),
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格增加了两倍。", "missing doubled; not in the source: 增加了两倍"),
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格翻了三倍。", "missing doubled; not in the source: 翻了三倍"),
    ("zh", "Profit halved last year.", "去年利润翻了一番。", "missing halved; not in the source: 翻了一番"),
    ("ja", "Prices have doubled since 2020.", "価格は2020年以降3倍になった。", "missing doubled; not in the source: 3倍"),
    ("ja", "Profit halved last year.", "昨年、利益は倍増した。", "missing halved; not in the source: 倍増"),
])
def test_a_quantity_multiplied_by_another_in_japanese_or_chinese_is_an_error(locale, msgid, msgstr, expected):
    assert expected in publish_errors(unit(msgid), Message(msgid, msgstr), locale)[0]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格翻了一番。"),
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格增长了一倍。"),
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格翻倍。"),
    ("zh", "Prices have doubled since 2020.", "自2020年以来价格翻了两倍。"),  # said either way: twice or three times
    ("zh", "Prices have tripled since 2020.", "自2020年以来价格增加了两倍。"),
    ("zh", "Prices have quadrupled since 2020.", "自2020年以来价格翻了两番。"),
    ("zh", "Profit halved last year.", "去年利润减半。"),
    ("ja", "Prices have doubled since 2020.", "価格は2020年以降倍増した。"),
    ("ja", "Prices have doubled since 2020.", "価格は2020年以降2倍になった。"),
    ("ja", "Prices have tripled since 2020.", "価格は2020年以降3倍になった。"),
    ("ja", "Profit halved last year.", "昨年、利益は半減した。"),
])
def test_a_quantity_multiplied_by_the_sources_factor_in_japanese_or_chinese_is_the_same(locale, msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    # Half a dozen is six, a dozen twelve: another count of dozens, or in words, is an error.
    ("fr", "Half a dozen ministers resigned.", "Une douzaine de ministres ont démissionné.",
     "the dozens: Half a dozen in the source, Une douzaine in the translation"),
    ("de", "Half a dozen ministers resigned.", "Ein Dutzend Minister traten zurück.",
     "the dozens: Half a dozen in the source, Ein Dutzend in the translation"),
    ("fr", "A dozen ministers resigned.", "Une demi-douzaine de ministres ont démissionné.",
     "the dozens: dozen in the source, demi-douzaine in the translation"),
    ("fr", "Half a dozen ministers resigned.", "Huit ministres ont démissionné.", "missing Half a dozen; not in the source: Huit"),
    ("fr", "Half a dozen ministers resigned.", "Douze ministres ont démissionné.", "missing Half a dozen; not in the source: Douze"),
    ("fr", "A dozen ministers resigned.", "Six ministres ont démissionné.", "missing dozen; not in the source: Six"),
    # In digits alike.
    ("fr", "Half a dozen ministers resigned.", "8 ministres ont démissionné.", "missing Half a dozen; not in the source: 8"),
    ("fr", "A dozen ministers resigned.", "10 ministres ont démissionné.", "missing dozen; not in the source: 10"),
    ("es", "Two dozen protesters were detained.", "9 manifestantes fueron detenidos.", "missing Two dozen; not in the source: 9"),
])
def test_a_dozen_or_half_a_dozen_made_another_count_is_an_error(locale, msgid, msgstr, expected):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == [f"numbers: {expected}"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("fr", "Half a dozen ministers resigned.", "Une demi-douzaine de ministres ont démissionné."),
    ("fr", "Half a dozen ministers resigned.", "Six ministres ont démissionné."),
    ("de", "A half-dozen ministers resigned.", "Ein halbes Dutzend Minister traten zurück."),
    ("fr", "A dozen ministers resigned.", "Douze ministres ont démissionné."),
    ("fr", "A dozen ministers resigned.", "Une dizaine de ministres ont démissionné."),
    ("de", "A dozen ministers resigned.", "Zwölf Minister traten zurück."),
    ("fr", "Half a dozen ministers resigned.", "6 ministres ont démissionné."),
    ("es", "Two dozen protesters and 3 police officers were hurt.", "24 manifestantes y 3 policías resultaron heridos."),
])
def test_a_dozen_or_half_a_dozen_said_so_or_as_its_count_is_the_same(locale, msgid, msgstr):
    assert publish_errors(unit(msgid), Message(msgid, msgstr), locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # A bare hour in a sentence that writes another on the 24-hour clock is on that clock too.
    ("es", "The polling stations open at 7 a.m. and close at 8 p.m.", "Los colegios electorales abren a las 7 y cierran a las 20 horas."),
    ("it", "The polling stations open at 7 a.m. and close at 8 p.m.", "I seggi aprono alle 7 e chiudono alle 20."),
    ("nl", "The polling stations open at 7 a.m. and close at 8 p.m.", "De stembureaus gaan om 7 uur open en sluiten om 20 uur."),
])
def test_a_bare_hour_beside_one_on_the_24_hour_clock_is_the_same_time(locale, msgid, msgstr):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("it", "The polling stations open at 7 p.m. and close at 10 p.m.", "I seggi aprono alle 7 e chiudono alle 22.", ("numbers", "error")),
    ("nl", "The polling stations open at 7 p.m. and close at 10 p.m.", "De stembureaus gaan om 7 uur open en sluiten om 22 uur.", ("numbers", "error")),
])
def test_a_bare_hour_is_read_on_the_24_hour_clock_only_beside_one_on_it(locale, msgid, msgstr, expected):
    assert expected in checks(msgid, msgstr, locale)
