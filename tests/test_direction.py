"""The direction of a change: a translation that says a figure fell where its source says it rose,
or the other way round, is reported; a translation that says it as the source does, in words
the lists may or may not hold, or a change the lists cannot read, is not."""

from __future__ import annotations

import pytest

from syndicate.catalog import Message
from syndicate.check import check_message, publish_errors
from syndicate.direction import _LANGUAGES, _lexicon, reversed_direction
from syndicate.ids import parse_locale
from syndicate.model import Placeholder, Unit


def reversed_(msgid: str, msgstr: str, source: str, target: str) -> list[str]:
    return [issue.message for issue in reversed_direction(msgid, msgstr, parse_locale(source), parse_locale(target))]


# (source, target, msgid, msgstr, the source's direction, its word, the translation's word)
REVERSED = [
    # English into each language, both ways round
    ("en", "de", "Inflation rose to 3.2% in May.", "Die Inflation sank im Mai auf 3,2 %.", "rise", "rose", "sank"),
    ("en", "de", "Shares in Acme fell 4%.", "Die Aktie von Acme legte um 4 % zu.", "fall", "fell", "legte … zu"),
    ("en", "de", "Unemployment decreased to 5.1% in March.", "Die Arbeitslosigkeit stieg im März auf 5,1 Prozent an.",
     "fall", "decreased", "stieg … an"),
    ("en", "de", "Exports grew 2% in the third quarter.", "Die Exporte gingen im dritten Quartal um 2 % zurück.",
     "rise", "grew", "gingen … zurück"),
    ("en", "de", "The rise in prices surprised economists.", "Der Rückgang der Preise überraschte Ökonomen.", "rise", "rise",
     "Rückgang"),
    ("en", "de", "Oil prices jumped 6% on Monday.", "Die Ölpreise verzeichneten am Montag einen Rückgang um 6 %.",
     "rise", "jumped", "Rückgang"),
    ("en", "de", "Sales rose 3% as the decision was made in May.", "Der Umsatz fiel um 3 %, als im Mai die Entscheidung fiel.",
     "rise", "rose", "fiel"),
    ("en", "de", "The DAX was down 1.2% at midday.", "Der DAX lag am Mittag 1,2 % im Plus.", "fall", "down", "im Plus"),
    ("en", "fr", "Shares in Acme fell 4%.", "Les actions d’Acme ont progressé de 4 %.", "fall", "fell", "progressé"),
    ("en", "fr", "Inflation rose to 3.2% in May.", "L’inflation a reculé à 3,2 % en mai.", "rise", "rose", "reculé"),
    ("en", "fr", "Consumer prices increased by 0.4% in June.", "Les prix à la consommation sont en baisse de 0,4 % en juin.",
     "rise", "increased", "en baisse"),
    ("en", "fr", "Unemployment declined to 7.1%.", "Le chômage a grimpé à 7,1 %.", "fall", "declined", "grimpé"),
    ("en", "es", "Shares were up 4% on Monday.", "Las acciones cayeron un 4 % el lunes.", "rise", "up", "cayeron"),
    ("en", "es", "Sales plunged 12% last year.", "Las ventas subieron un 12 % el año pasado.", "fall", "plunged", "subieron"),
    ("en", "es", "The euro gained 0.5% against the dollar.", "El euro perdió un 0,5 % frente al dólar.", "rise", "gained", "perdió"),
    ("en", "it", "Unemployment fell to 5.1%.", "La disoccupazione è salita al 5,1 %.", "fall", "fell", "salita"),
    ("en", "it", "Industrial output rose 1.5% in April.", "La produzione industriale è calata dell’1,5 % ad aprile.",
     "rise", "rose", "calata"),
    ("en", "it", "Car sales slumped 8% in Italy.", "Le vendite di auto in Italia sono in aumento dell’8 %.", "fall", "slumped",
     "in aumento"),
    ("en", "nl", "Unemployment fell to 5.1%.", "De werkloosheid steeg naar 5,1 procent.", "fall", "fell", "steeg"),
    ("en", "nl", "Unemployment fell to 5.1%.", "De werkloosheid nam toe tot 5,1 procent.", "fall", "fell", "nam … toe"),
    ("en", "nl", "House prices rose 4% last year.", "De huizenprijzen daalden vorig jaar met 4 procent.", "rise", "rose", "daalden"),
    ("en", "nl", "Inflation climbed to 3%.", "De inflatie liep terug tot 3 procent.", "rise", "climbed", "liep … terug"),
    ("en", "pt", "Unemployment fell to 5.1%.", "O desemprego subiu para 5,1 %.", "fall", "fell", "subiu"),
    ("en", "pt", "The real rose 2% against the dollar.", "O real caiu 2 % frente ao dólar.", "rise", "rose", "caiu"),
    ("en", "pt", "Exports increased by 7%.", "As exportações registaram uma queda de 7 %.", "rise", "increased", "queda"),
    # German, French and Spanish sources
    ("de", "en", "Die Preise stiegen im Mai um 3 %.", "Prices fell 3% in May.", "rise", "stiegen", "fell"),
    ("de", "fr", "Der DAX legte um 1 % zu.", "Le DAX a reculé de 1 %.", "rise", "legte … zu", "reculé"),
    ("de", "es", "Der Umsatz ging um 5 % zurück.", "Las ventas aumentaron un 5 %.", "fall", "ging … zurück", "aumentaron"),
    ("de", "en", "Der Rückgang der Arbeitslosigkeit auf 5 % überraschte.", "The rise in unemployment to 5% came as a surprise.",
     "fall", "Rückgang", "rise"),
    ("fr", "en", "Le chômage a baissé à 7,1 %.", "Unemployment rose to 7.1%.", "fall", "baissé", "rose"),
    ("fr", "de", "Les prix ont augmenté de 2 %.", "Die Preise sanken um 2 %.", "rise", "augmenté", "sanken"),
    ("fr", "it", "Les ventes sont en hausse de 4 %.", "Le vendite sono in calo del 4 %.", "rise", "en hausse", "in calo"),
    ("es", "en", "Las ventas cayeron un 5 %.", "Sales rose 5%.", "fall", "cayeron", "rose"),
    ("es", "pt", "El paro subió al 12 %.", "O desemprego caiu para 12 %.", "rise", "subió", "caiu"),
    ("es", "fr", "Las exportaciones crecieron un 3 %.", "Les exportations ont diminué de 3 %.", "rise", "crecieron", "diminué"),
    ("it", "en", "I prezzi sono saliti del 3 %.", "Prices fell 3%.", "rise", "saliti", "fell"),
    ("nl", "de", "De inflatie daalde naar 2 procent.", "Die Inflation stieg auf 2 %.", "fall", "daalde", "stieg"),
    ("pt", "es", "As ações caíram 4 %.", "Las acciones subieron un 4 %.", "fall", "caíram", "subieron"),
    # a word of the other direction in another sense, or with no amount after it, leaves the change readable
    ("en", "it", "The minister fell ill after prices rose 3%.", "Il ministro si è ammalato dopo che i prezzi sono scesi del 3 %.",
     "rise", "rose", "scesi"),
    ("en", "de", "Costs fell 3%, he added.", "Die Kosten stiegen um 3 %, fügte er hinzu.", "fall", "fell", "stiegen"),
    ("en", "fr", "Shares in Acme fell sharply.", "Les actions d’Acme ont fortement progressé.", "fall", "fell", "progressé"),
    ("en", "de", "Food prices rose 5%.", "Der Lebensmittelpreisrückgang betrug 5 %.", "rise", "rose", "Lebensmittelpreisrückgang"),
    # Russian and Polish, in their verbs' aspects, genders and numbers and their nouns' cases
    ("en", "ru", "Inflation rose to 3.2% in May.", "Инфляция в мае снизилась до 3,2 %.", "rise", "rose", "снизилась"),
    ("en", "ru", "Prices rose 3%.", "Цены упали на 3 %.", "rise", "rose", "упали"),
    ("en", "ru", "Prices will rise 2%.", "Цены упадут на 2 %.", "rise", "rise", "упадут"),
    ("en", "ru", "Shares in Acme fell 4%.", "Акции Acme подорожали на 4 %.", "fall", "fell", "подорожали"),
    ("en", "ru", "Unemployment fell to 5.1%.", "Безработица выросла до 5,1 %.", "fall", "fell", "выросла"),
    ("en", "ru", "The central bank cut its key rate by 0.25 points.", "Центробанк повысил ключевую ставку на 0,25 п.п.",
     "fall", "cut", "повысил"),
    ("en", "ru", "The index was down 1.2% at midday.", "К полудню индекс был в плюсе на 1,2 %.", "fall", "down", "в плюсе"),
    ("en", "ru", "Exports increased by 7%.", "Экспорт показал снижение на 7 %.", "rise", "increased", "снижение"),
    ("en", "ru", "The rise in prices surprised economists.", "Падение цен удивило экономистов.", "rise", "rise", "Падение"),
    ("en", "pl", "Inflation rose to 3.2% in May.", "Inflacja spadła w maju do 3,2 %.", "rise", "rose", "spadła"),
    ("en", "pl", "Unemployment fell to 5.1%.", "Bezrobocie wzrosło do 5,1 proc.", "fall", "fell", "wzrosło"),
    ("en", "pl", "Prices rose 2%.", "Ceny zmniejszyły się o 2 %.", "rise", "rose", "zmniejszyły się"),
    ("en", "pl", "Shares in Acme fell 4%.", "Akcje Acme podrożały o 4 %.", "fall", "fell", "podrożały"),
    ("en", "pl", "Fuel prices rose 5%.", "Paliwa potaniały o 5 proc.", "rise", "rose", "potaniały"),
    ("en", "pl", "The central bank raised its key rate by 0.25 points.", "Bank centralny obniżył stopę referencyjną o 0,25 pkt proc.",
     "rise", "raised", "obniżył"),
    ("en", "pl", "The WIG index was up 1.2% at midday.", "W południe indeks WIG był na minusie 1,2 %.", "rise", "up", "na minusie"),
    ("en", "pl", "Exports increased by 7%.", "Eksport odnotował spadek o 7 %.", "rise", "increased", "spadek"),
    ("ru", "en", "Инфляция выросла до 3,2 %.", "Inflation fell to 3.2%.", "rise", "выросла", "fell"),
    ("ru", "en", "Рубль подешевел на 2 %.", "The rouble rose 2%.", "fall", "подешевел", "rose"),
    ("ru", "pl", "Продажи сократились на 5 %.", "Sprzedaż wzrosła o 5 %.", "fall", "сократились", "wzrosła"),
    ("pl", "en", "Ceny wzrosły o 3 %.", "Prices fell 3%.", "rise", "wzrosły", "fell"),
    ("pl", "de", "Sprzedaż spadła o 5 %.", "Der Umsatz stieg um 5 %.", "fall", "spadła", "stieg"),
    ("en", "cs", "Inflation rose to 3.2% in May.", "Inflace v květnu klesla na 3,2 %.", "rise", "rose", "klesla"),
    ("en", "cs", "Inflation rose to 3.2% in May.", "Inflace se v květnu snížila na 3,2 %.", "rise", "rose", "snížila"),
    ("en", "cs", "Shares fell 4% on Monday.", "Akcie v pondělí vzrostly o 4 %.", "fall", "fell", "vzrostly"),
    ("en", "id", "Inflation rose to 3.2% in May.", "Inflasi turun menjadi 3,2% pada Mei.", "rise", "rose", "turun"),
    ("en", "id", "Shares fell 4% on Monday.", "Saham melonjak 4% pada Senin.", "fall", "fell", "melonjak"),
]


@pytest.mark.parametrize("source, target, msgid, msgstr, direction, said, translated", REVERSED)
def test_a_change_the_translation_says_the_other_way_round_is_reported(source, target, msgid, msgstr, direction, said, translated):
    [message] = reversed_(msgid, msgstr, source, target)
    other = {"rise": "fall", "fall": "rise"}[direction]
    assert message.startswith(f"the source says a {direction} (“")
    assert f"the translation only a {other} (“" in message
    if said is not None:
        assert message == (f"the source says a {direction} (“{said}”), the translation only a {other} (“{translated}”): "
                           "check which way the figure moved")


# Each form of a verb, in both aspects, every gender and number, and each case of a noun.
FORMS = [
    ("ru", "rise", "вырос выросла выросло выросли растёт растет растут вырастет вырастут возросла возросли увеличился "
                   "увеличилась увеличилось увеличились увеличатся повысился повысилась повысились подорожал подорожала "
                   "подорожало подорожали дорожают подскочили поднялись удвоились рост роста ростом подорожание прирост в_плюсе"),
    ("ru", "fall", "упал упала упало упали падают упадёт упадет снизился снизилась снизилось снизились снижаются сократился "
                   "сократилась сократилось сократились уменьшился уменьшились подешевел подешевела подешевело подешевели "
                   "дешевеют опустились падение падения снижение снижением сокращение спад в_минусе"),
    ("pl", "rise", "wzrósł wzrosła wzrosło wzrosły wzrośli rośnie rosną wzrośnie wzrosną zwiększył_się zwiększyła_się "
                   "zwiększyło_się zwiększyły_się podrożał podrożała podrożało podrożały drożeje zdrożały podskoczyły "
                   "zwyżkowały wzrost wzrostu wzrostem podwyżka podwyżki na_plusie"),
    ("pl", "fall", "spadł spadła spadło spadły spadli spada spadają spadnie zmniejszył_się zmniejszyła_się zmniejszyły_się "
                   "obniżył_się obniżyła_się obniżyło_się obniżyły_się potaniał potaniała potaniało potaniały tanieje "
                   "staniały zniżkowały spadek spadku spadkiem obniżka obniżki na_minusie"),
]


@pytest.mark.parametrize("language, direction, word", [
    (language, direction, word) for language, direction, words in FORMS for word in words.split()
])
def test_each_form_of_a_russian_or_polish_word_of_change_is_read(language, direction, word):
    translated = word.replace("_", " ")
    source_direction, source_word = ("fall", "fell") if direction == "rise" else ("rise", "rose")
    msgstr = f"Цены {translated} на 3 %." if language == "ru" else f"Ceny {translated} o 3 %."
    assert reversed_(f"Prices {source_word} 3%.", msgstr, "en", language) == [
        f"the source says a {source_direction} (“{source_word}”), the translation only a {direction} (“{translated}”): "
        "check which way the figure moved"
    ]


QUIET = [
    # the same direction, in words listed or not
    ("en", "de", "Inflation rose to 3.2% in May.", "Die Inflation stieg im Mai auf 3,2 %."),
    ("en", "de", "Inflation rose to 3.2% in May.", "Die Teuerung zog im Mai auf 3,2 % an."),
    ("en", "de", "Shares in Acme fell 4%.", "Die Acme-Aktie verbilligte sich um 4 %."),
    ("en", "fr", "Shares in Acme fell 4%.", "Les actions d’Acme ont perdu 4 %."),
    ("en", "es", "Prices rose 2%.", "Los precios se encarecieron un 2 %."),
    ("en", "it", "Prices rose 2%.", "I prezzi sono rincarati del 2 %."),
    ("en", "nl", "Prices rose 2%.", "De prijzen gingen met 2 procent omhoog."),
    ("en", "pt", "Prices fell 2%.", "Os preços recuaram 2 %."),
    ("fr", "de", "Les ventes ont progressé de 4 %.", "Der Absatz wuchs um 4 %."),
    ("es", "en", "El paro bajó al 12 %.", "Unemployment eased to 12%."),
    # the translation says neither: a paraphrase
    ("en", "de", "Inflation rose to 3.2% in May.", "Im Mai lag die Inflation bei 3,2 %."),
    ("en", "fr", "Shares in Acme fell 4%.", "L’action Acme a terminé la séance à −4 %."),
    ("en", "es", "Sales plunged 12%.", "Las ventas se resintieron un 12 %."),
    # both directions on either side
    ("en", "de", "Inflation rose in May but fell in June.", "Die Inflation sank im Juni."),
    ("en", "fr", "Shares rose 4% after falling 2% on Monday.", "Les actions ont chuté de 2 % lundi."),
    ("en", "it", "Sales fell 3%, while prices rose.", "Le vendite sono calate del 3 %, mentre i prezzi sono saliti."),
    ("en", "nl", "Sales fell 3%.", "De omzet daalde met 3 procent, terwijl de prijzen stegen."),
    ("en", "de", "Prices fell 3% as the rocket climbed.", "Die Preise stiegen um 3 %, als die Rakete sank."),
    ("en", "pt", "Rents rose 3%, less than the slowdown suggested.", "As rendas caíram 3 %."),  # slowdown leans to a fall
    ("it", "de", "Le vendite sono calate del 3 %.", "Der Absatz sank um 3 %."),
    ("nl", "en", "De omzet nam met 3 procent toe.", "Sales were up 3%."),
    ("en", "ru", "Prices fell 2%.", "Цены подешевели на 2 %."),
    ("en", "ru", "Shares in Acme fell 4%.", "Акции Acme потеряли 4 %."),
    ("en", "ru", "Inflation rose to 3.2% in May.", "В мае инфляция ускорилась до 3,2 %."),
    ("en", "pl", "Prices rose 2%.", "Ceny poszły w górę o 2 %."),
    ("en", "pl", "Shares in Acme fell 4%.", "Akcje Acme straciły 4 %."),
    ("ru", "pl", "Цены выросли на 3 %.", "Ceny podniosły się o 3 %."),
    # negated or held back, which the lists cannot read
    ("en", "de", "Prices did not rise in May.", "Die Preise sanken im Mai."),
    ("en", "fr", "Prices never fell below 3%.", "Les prix ont augmenté de 3 %."),
    ("en", "de", "Inflation rose to 3.2%.", "Die Inflation stieg nicht, sie sank auf 3,2 %."),
    ("en", "de", "Prices rose 3%.", "Die Preise sind nicht um 3 % gesunken."),
    ("en", "de", "Prices fell 3%.", "Die Preise stiegen nicht um 3 %."),
    ("en", "es", "Prices fell 3%.", "Los precios no subieron un 3 %."),
    ("en", "nl", "Prices fell 3%.", "De prijzen stegen niet met 3 procent."),
    ("en", "pt", "Prices fell 3%.", "Os preços não subiram 3 %."),
    ("en", "it", "Prices fell 3%.", "I prezzi non sono saliti del 3 %."),
    ("en", "fr", "Prices fell 3%.", "Les prix n’ont pas augmenté de 3 %."),
    ("en", "fr", "The central bank halted the rise in prices at 3%.", "La banque centrale a fait baisser les prix de 3 %."),
    ("en", "de", "Shares fell 2% rather than rising.", "Die Aktien stiegen um 2 %."),
    ("en", "it", "Prices rose 3%.", "I prezzi sono scesi del 3 % invece di salire."),
    ("de", "en", "Die Preise stiegen um 3 %, statt zu sinken.", "Prices fell 3%."),
    ("en", "ru", "Prices fell 3%.", "Цены не выросли на 3 %."),
    ("en", "pl", "Prices fell 3%.", "Ceny nie wzrosły o 3 %."),
    ("ru", "en", "Цены не упали на 3 %.", "Prices rose 3%."),
    ("en", "ru", "Prices rose 3%.", "Центробанк сдержал падение цен на 3 %."),
    ("en", "pl", "Prices rose 3%.", "Bank centralny powstrzymał spadek cen o 3 %."),
    # a pair with no lists to read it by, or of one language
    ("en", "en-XA", "Prices rose 3%.", "Prices fell 3%."),  # a pseudo-locale is the source's language
    ("en", "en-GB", "Prices rose 3%.", "Prices fell 3%."),
    ("en", "uk", "Prices rose 3%.", "Ціни впали на 3 %."),
    ("en", "hu", "Prices rose 3%.", "Az árak 3 százalékkal csökkentek."),
    # a word in another sense than a quantity's says no change, in the source …
    ("en", "de", "Costa fell ill as 3% more staff joined.", "Costa erkrankte, als die Belegschaft um 3 % wuchs."),
    ("en", "fr", "“Rising Tide” sold 4% fewer copies.", "Les ventes de « Rising Tide » ont baissé de 4 %."),
    ("en", "fr", "Rise of the robots: 4% fewer jobs by 2030", "L’essor des robots : une baisse de 4 % des emplois d’ici 2030"),
    ("en", "fr", "Acme declined to comment on the 4% markup.", "Acme s’est refusée à commenter la hausse de 4 %."),
    ("en", "de", "Since the fall of the Wall, rents have changed by 40%.", "Seit dem Fall der Mauer sind die Mieten um 40 % gestiegen."),
    ("en", "de", "In the fall, 3% more students enrolled.", "Im Herbst stieg die Zahl der Studierenden um 3 %."),
    ("en", "es", "Costa rose to power in 2019 with 51% of the vote.", "Costa llegó al poder en 2019, cuando su apoyo cayó al 51 %."),
    ("de", "en", "Costa wuchs in Rom auf, wo 3 % der Mieten unbezahlt blieben.", "Costa grew up in Rome, where rents fell 3%."),
    ("en", "ru", "Costa rose to power in 2019 with 51% of the vote.", "Коста пришёл к власти в 2019 году, получив 51 % голосов."),
    ("en", "pl", "Costa rose to power in 2019 with 51% of the vote.", "Costa doszedł do władzy w 2019 r. z 51 % głosów."),
    # … and in the translation
    ("en", "de", "Sales climbed 3% after the decision was made in May.",
     "Der Absatz verbesserte sich um 3 %, nachdem im Mai die Entscheidung gefallen war."),
    ("en", "de", "Sales climbed 3%, which stood out.", "Der Absatz verbesserte sich um 3 %; das fiel auf."),
    ("en", "de", "Sales climbed 3%, which was hard on rivals.", "Der Absatz verbesserte sich um 3 %, was der Konkurrenz schwer fiel."),
    ("en", "de", "Sales fell 3% at the auction.", "Der Umsatz der Versteigerung verbesserte sich um 3 %."),
    ("en", "de", "Euromax quit the talks as its shares fell 3%.", "Euromax stieg aus den Gesprächen aus, als seine Aktie 3 % abgab."),
    ("en", "fr", "Sales climbed 3%: the union refuses to give up.",
     "Les ventes se sont améliorées de 3 % : le syndicat refuse de baisser les bras."),
    ("en", "es", "Sales climbed 3%, Costa realised.", "Las ventas mejoraron un 3 %, cayó en la cuenta Costa."),
    ("en", "es", "Sales fell 3% as Costa took the podium.", "Las ventas empeoraron un 3 % y Costa sube al podio."),
    ("en", "it", "Sales climbed 3% and workers took to the streets.",
     "Le vendite sono migliorate del 3 % e i lavoratori sono scesi in piazza."),
    ("en", "nl", "Sales climbed 3% in many cases.", "De omzet verbeterde in veel gevallen met 3 procent."),
    ("en", "nl", "Sales climbed 3%, which stood out.", "De omzet verbeterde met 3 procent, dat viel op."),
    ("en", "pt", "Sales climbed 3% and Costa came to her senses.", "As vendas melhoraram 3 % e Costa caiu em si."),
    ("de", "en", "Der Umsatz kletterte um 3 %.", "Sales improved 3%, but Costa fell ill."),
    ("en", "ru", "Sales climbed 3% as the minister fainted.", "Продажи улучшились на 3 %, когда министр упал в обморок."),
    ("en", "ru", "Sales climbed 3%, but the minister lost heart.", "Продажи улучшились на 3 %, но министр упал духом."),
    ("en", "ru", "Sales fell 3% as the minister boarded the plane.",
     "Продажи ухудшились на 3 %, когда министр поднялся на борт самолёта."),
    ("en", "ru", "Sales climbed 3% after the fall of the regime.", "После падения режима продажи улучшились на 3 %."),
    ("en", "pl", "Sales climbed 3% as snow fell in Warsaw.", "Sprzedaż poprawiła się o 3 %, gdy w Warszawie spadł śnieg."),
    ("en", "pl", "Sales climbed 3% as the minister came off his bike.", "Sprzedaż poprawiła się o 3 %, a minister spadł z roweru."),
    ("en", "pl", "Costa's son inherited a 3% stake as its value rose.",
     "Syn Costy otrzymał w spadku 3 % udziałów, których wartość się zwiększyła."),
    # no quantity: a word that may say a change says none
    ("en", "de", "The balloon rose over the harbour.", "Der Ballon sank über dem Hafen."),
    ("en", "de", "The climbers climbed the north face.", "Die Kletterer fielen von der Nordwand."),
    # a word that needs an amount after it has none there
    ("en", "fr", "Fares will go up to €4.", "Les tarifs baisseront jusqu’à 4 €."),
    ("en", "es", "The party gained ground in 3 regions.", "El partido perdió un 3 % en las regiones."),
    # a name that is a word of rising or falling
    ("en", "de", "Shares in Rose Holdings were unchanged at €4.", "Die Aktien von Rose Holdings fielen auf 4 Euro."),
    ("en", "de", "{Rise} shares were unchanged at €4.", "Die Aktien von {Rise} fielen auf 4 Euro."),
    # a title or a word quoted, kept as written or translated as it is known
    ("en", "es", "Streams of “Downfall” climbed 4% in May.", "Las visualizaciones de «La caída» mejoraron un 4 % en mayo."),
    ("en", "cs", "Inflation rose to 3.2% in May.", "Inflace se v květnu zvýšila na 3,2 %."),
    ("en", "cs", "Shares fell 4% on Monday.", "Akcie v pondělí nevzrostly, ale klesly o 4 %."),  # nevzrostly: negated by its prefix
    ("en", "id", "Inflation rose to 3.2% in May.", "Inflasi naik menjadi 3,2% pada Mei."),
    ("en", "id", "Shares fell 4% on Monday.", "Saham tidak naik, tetapi turun 4% pada Senin."),  # negated: not read
]


@pytest.mark.parametrize("source, target, msgid, msgstr", QUIET)
def test_the_same_direction_or_one_the_lists_cannot_read_is_not_reported(source, target, msgid, msgstr):
    assert reversed_(msgid, msgstr, source, target) == []


@pytest.mark.parametrize("language", sorted(_LANGUAGES))
def test_each_languages_lists_hold_no_word_twice(language):
    lexicon = _lexicon(language)
    assert lexicon.words and lexicon.negations and lexicon.quantities | set(lexicon.quantity_endings)


def test_a_reversed_change_is_a_warning_and_does_not_keep_the_unit_from_the_feed():
    msgid, msgstr = "Inflation rose to 3.2% in May, {Costa} said.", "Die Inflation sank im Mai auf 3,2 %, sagte {Costa}."
    unit = Unit(msgid, "paragraph", 0, 1, placeholders=(Placeholder("Costa", "Maria Costa"),))
    issues = check_message(unit, Message(msgid, msgstr), "de", {})
    assert [(issue.check, issue.severity) for issue in issues] == [("direction", "warning")]
    assert publish_errors(unit, Message(msgid, msgstr), "de") == []
