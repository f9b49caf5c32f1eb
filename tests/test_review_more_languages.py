"""The review of figures as Russian, Ukrainian, Polish, Chinese, Korean, Arabic, Hebrew, Turkish,
Spanish, Italian, Portuguese, Dutch and Swedish news translators write them: percentage points in Russian words, a 24-hour clock's digits after the
part of the day, an age in one Russian word, an amount in parts on two scales, tenths of a
point, a score's one in words, a rank (`remain second`). Correct copy passes; the same words with another figure do not."""

from __future__ import annotations

import pytest
from test_check import reviewed

POINTS = "Inflation eased by 0.3 percentage points."


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    # Russian points in words, in the genitive after a fraction
    ("ru", POINTS, "Инфляция замедлилась на 0,3 процентного пункта."),
    ("ru", POINTS, "Инфляция замедлилась на 0,3 процентных пункта."),
    # Chinese and Korean: the part of the day before the clock's digits
    ("zh", "Talks resume at 2:30 p.m.", "会谈将于下午2:30恢复。"),
    ("zh", "Talks resume at 2:30 p.m.", "会谈将于下午 2:30恢复。"),
    ("ko", "Talks resume at 2:30 p.m.", "회담은 오후 2:30에 재개된다."),
    # a Russian age in one word, from 11 to 99 and 100
    ("ru", "The 27-year-old striker scored.", "Двадцатисемилетний нападающий забил."),
    ("ru", "The 45-year-old man was arrested.", "Сорокапятилетний мужчина был задержан."),
    ("ru", "The 12-year-old boy was found.", "Двенадцатилетний мальчик найден."),
    ("ru", "A 100-year-old tree fell.", "Упало столетнее дерево."),
    # an amount in parts, each on its scale
    ("ru", "The deal is worth €1.46 billion.", "Сделка оценивается в 1 млрд 460 млн евро."),
    ("de", "The deal is worth €2.5 billion.", "Der Deal ist 2 Mrd. 500 Mio. Euro wert."),
    # tenths of a point, as Spanish, Italian and Portuguese economic copy counts them
    ("es", POINTS, "La inflación se moderó tres décimas."),
    ("it", POINTS, "L'inflazione è scesa di tre decimi di punto."),
    ("pt", POINTS, "A inflação recuou três décimos."),
    # a score's one in words
    ("de", "They won 3-1.", "Sie gewannen drei zu eins."),
    ("es", "They won 3-1.", "Ganaron por tres goles a uno."),
    ("ar", "They won 3-1.", "فازوا بثلاثة أهداف مقابل هدف."),
    ("ar", "They won 3-1.", "فازوا بثلاثة أهداف لهدف."),
    # a rank after the verb of a table or a race
    ("de", "They remain second.", "Sie bleiben Zweiter."),
    ("fr", "They remain second.", "Ils restent deuxièmes."),  # a French ordinal in the plural
    # the Brazilian real by its sign and its name, and a dollar kept
    ("pt-BR", "Petrobras earned R$5 billion.", "A Petrobras lucrou 5 bilhões de reais."),
    ("pt-BR", "Oil rose to $72.35 a barrel.", "O petróleo subiu para US$ 72,35 o barril."),
    ("pt-BR", "Real Madrid paid €80 million.", "O Real Madrid pagou 80 milhões de euros."),
    ("ar", "Oil rose to $72.35 a barrel and gold to $2,000.", "ارتفع النفط إلى ٧٢٫٣٥ دولار للبرميل والذهب إلى ٢٠٠٠ دولار."),
    # points in one word, a city that begins as a currency, thousands and a minus in words
    ("nl", "Rates rose 0.4 percentage points.", "De rente steeg 0,4 procentpunten."),
    ("sv", "Rates rose 0.4 percentage points.", "Räntan steg 0,4 procentenheter."),
    ("uk", "Banks in Frankfurt paid €5 million.", "Банки у Франкфурті сплатили 5 млн євро."),
    ("uk", "Some 52,000 people came.", "Прийшли близько 52 тис. людей."),
    ("he", "Some 52,000 people came.", "כ-52 אלף איש הגיעו."),
    ("tr", "It fell to -2C.", "Sıcaklık eksi 2 dereceye düştü."),
    ("he", "It fell to -2C.", "הטמפרטורה ירדה למינוס 2 מעלות."),
    # an amount on another scale beside a number of its digits
    ("ko", "It pays 5 billion hryvnias, 50 percent more.", "50억 흐리우냐, 50% 더 지불한다."),
    # currencies in Turkish, Ukrainian, Hebrew and Swedish
    ("tr", "Sales hit $4.8 billion.", "Satışlar 4,8 milyar dolara ulaştı."),
    ("uk", "Sales hit $4.8 billion.", "Продажі досягли 4,8 млрд доларів."),
    ("he", "Sales hit $4.8 billion.", "המכירות הגיעו ל-4.8 מיליארד דולר."),
    ("sv", "Sales hit SEK 2.5 billion.", "Försäljningen nådde 2,5 miljarder kronor."),
    # Swedish numbers in words (not `andra`, as often `other` as `second`)
    ("sv", "He faces up to 10 years in prison.", "Han riskerar upp till tio års fängelse."),
    ("sv", "10 ministers and other officials met.", "Tio ministrar och andra tjänstemän träffades."),
    # a weekday's adjective, and a word that only begins as one
    ("pl", "Saturday's vote was close.", "Sobotnie głosowanie było wyrównane."),
    ("ru", "Saturday's vote was close.", "Субботнее голосование было напряжённым."),
    ("pl", "The environment matters on Wednesday.", "Środowisko ma znaczenie w środę."),
    ("fr", "She finished second in the race.", "Elle a terminé deuxième de la course."),
    ("de", "He came second to none.", "Er war unübertroffen."),
])
def test_a_correct_translation_passes(locale, msgid, msgstr):
    assert [issue for issue in reviewed(msgid, msgstr, locale) if issue[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgstr"), [
    # the 24-hour clock with a dot, as Polish, Russian and Italian copy writes it
    ("pl", "Rozmowy zostaną wznowione o godz. 14.30."),
    ("ru", "Переговоры возобновятся в 14.30."),
    ("it", "I colloqui riprendono alle 14.30."),
    # the part of the day after the time in Arabic, and Chinese 午后
    ("ar", "تستأنف المحادثات في الساعة ٢:٣٠ بعد الظهر."),
    ("zh", "会谈将于午后2时30分恢复。"),
])
def test_a_time_as_the_translation_s_language_writes_it_is_not_even_a_warning(locale, msgstr):
    assert reviewed("Talks resume at 2:30 p.m.", msgstr, locale) == []


def test_a_time_on_the_dotted_clock_that_may_be_morning_or_evening_still_warns():
    assert [check for check, *_ in reviewed("Talks resume at 8:30.", "Переговоры возобновятся в 20.30.", "ru")] == ["time-format"]


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("ru", POINTS, "Инфляция замедлилась на 0,3 процента.",
     "the source's 0.3 percentage points are 0,3 процента in the translation: points are no percentage"),
    ("ru", "Inflation eased by 0.3 percent.", "Инфляция замедлилась на 0,3 процентного пункта.",
     "the source's 0.3% is 0,3 процентного пункта in the translation: a percentage is no points"),
    ("zh", "Talks resume at 2:30 a.m.", "会谈将于下午2:30恢复。", "missing 2:30 a.m.; not in the source: 下午2:30"),
    ("ru", "The 27-year-old striker scored.", "Двадцатипятилетний нападающий забил.", "missing 27"),
    ("ru", "The deal is worth €1.46 billion.", "Сделка оценивается в 1 млрд 450 млн евро.", "missing 1.46; not in the source: 1, 450"),
    ("es", POINTS, "La inflación se moderó dos décimas.", "missing 0.3"),
    ("es", "They won 3-1.", "Ganaron por tres goles a dos.", "missing 1"),
    ("de", "They remain second.", "Sie bleiben Dritter.", "missing second; not in the source: Dritter"),
    ("fr", "They remain second.", "Ils restent troisièmes.", "missing second; not in the source: troisièmes"),
    ("sv", "Three ministers resigned.", "Fyra ministrar avgick.", "missing Three; not in the source: Fyra"),
    ("pt-BR", "Oil rose to $72.35 a barrel.", "O petróleo subiu para R$ 72,35 o barril.", "the currency: $ in the source, R$ in the translation"),
    ("pt-BR", "Oil rose to $72.35 a barrel.", "O petróleo subiu para 72,35 reais o barril.",
     "the currency: $ in the source, reais in the translation"),
    ("sv", "Sales hit €4.8 billion.", "Försäljningen nådde 4,8 miljoner euro.",
     "4,8 miljoner is 4.8 million (4,800,000); the source says 4.8 billion (4,800,000,000)"),
    ("tr", "Sales hit €4.8 billion.", "Satışlar 4,8 milyon avroya ulaştı.",
     "4,8 milyon is 4.8 million (4,800,000); the source says 4.8 billion (4,800,000,000)"),
    ("he", "Sales hit €4.8 billion.", "המכירות הגיעו ל-4.8 מיליון אירו.",
     "4.8 מיליון is 4.8 million (4,800,000); the source says 4.8 billion (4,800,000,000)"),
    ("tr", "Sales hit $4.8 billion.", "Satışlar 4,8 milyar avroya ulaştı.", "the currency: $ in the source, avroya in the translation"),
    ("uk", "Sales hit $4.8 billion.", "Продажі досягли 4,8 млрд євро.", "the currency: $ in the source, євро in the translation"),
    ("he", "Sales hit $4.8 billion.", "המכירות הגיעו ל-4.8 מיליארד אירו.", "the currency: $ in the source, אירו in the translation"),
    ("sv", "Sales hit $4.8 billion.", "Försäljningen nådde 4,8 miljarder kronor.", "the currency: $ in the source, kronor in the translation"),
    # one of two amounts moved to another currency, in Arabic-Indic digits with Arabic's decimal separator
    ("ar", "Oil rose to $72.35 a barrel and gold to $2,000.", "ارتفع النفط إلى ٧٢٫٣٥ يورو للبرميل والذهب إلى ٢٠٠٠ دولار.",
     "the currency of ٧٢٫٣٥: $ in the source, يورو in the translation"),
    ("ru", "Talks resume at 2:30 p.m.", "Переговоры возобновятся в 15.30.", "missing 2:30 p.m.; not in the source: 15.30"),
    ("ar", "Talks resume at 2:30 a.m.", "تستأنف المحادثات في الساعة ٢:٣٠ بعد الظهر.", "missing 2:30 a.m.; not in the source: ٢:٣٠ بعد الظهر"),
])
def test_another_figure_in_the_same_words_is_an_error(locale, msgid, msgstr, expected):
    assert ("numbers", "error", expected) in reviewed(msgid, msgstr, locale)


@pytest.mark.parametrize(("locale", "msgstr", "day"), [
    ("pl", "Niedzielne głosowanie było wyrównane.", "niedziela"),
    ("ru", "Воскресное голосование было напряжённым.", "воскресенье"),
    ("sv", "Omröstningen på söndagen var jämn.", "söndag"),  # the definite form Swedish news gives a day
])
def test_another_day_s_adjective_or_definite_form_is_another_day(locale, msgstr, day):
    assert ("day-changed", "error", f"the day: Saturday in the source, {day} in the translation") in reviewed(
        "Saturday's vote was close.", msgstr, locale)


def test_the_day_in_its_definite_form_is_the_day():
    assert reviewed("Saturday's vote was close.", "Omröstningen på lördagen var jämn.", "sv") == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("de", "Hundreds of people marched.", "Hunderte Menschen marschierten."),
    ("de", "Hundreds of people marched.", "Mehrere hundert Menschen marschierten."),
    ("fr", "Tens of thousands marched.", "Des dizaines de milliers ont défilé."),
    ("ru", "Tens of thousands marched.", "Десятки тысяч человек вышли на марш."),
    ("es", "Thousands marched.", "Miles de personas marcharon."),
    ("de", "It cost 3 million euros, and thousands marched.", "Es kostete 3 Millionen Euro, und Tausende marschierten."),
    ("fr", "Hundreds of people marched.", "Une centaine de personnes ont défilé."),  # about a hundred: no magnitude read
    # One magnitude, not hundreds and thousands.
    ("de", "Hundreds of thousands of people fled.", "Hunderttausende Menschen flohen."),
    ("it", "Hundreds of thousands of people fled.", "Centinaia di migliaia di persone sono fuggite."),
])
def test_the_same_order_of_magnitude_in_words_passes(locale, msgid, msgstr):
    assert [issue for issue in reviewed(msgid, msgstr, locale) if issue[1] == "error"] == []


@pytest.mark.parametrize(("locale", "msgid", "msgstr", "expected"), [
    ("de", "Hundreds of people marched.", "Tausende Menschen marschierten.",
     "the magnitude: Hundreds (hundreds) in the source, Tausende (thousands) in the translation"),
    ("fr", "Tens of thousands marched.", "Des centaines de milliers ont défilé.",
     "the magnitude: Tens of thousands (tens of thousands) in the source, Des centaines de milliers (hundreds of thousands) "
     "in the translation"),
    ("ru", "Tens of thousands marched.", "Сотни тысяч человек вышли на марш.",
     "the magnitude: Tens of thousands (tens of thousands) in the source, Сотни тысяч (hundreds of thousands) in the translation"),
    ("es", "Thousands marched.", "Cientos de personas marcharon.",
     "the magnitude: Thousands (thousands) in the source, Cientos (hundreds) in the translation"),
])
def test_another_order_of_magnitude_in_words_is_an_error(locale, msgid, msgstr, expected):
    assert ("numbers", "error", expected) in reviewed(msgid, msgstr, locale)
