"""Numbers said in words, as each language writes them: the number words (`NUMBER_WORDS`,
`number_words_at`: twenty-one, dos mil, ثلاثة آلاف), one (an article too), a number and a
half (anderthalb, un an et demi), decades and centuries, Italian ages, Roman numerals, and
in Japanese, Chinese and Korean kanji, hanzi and hangul (`kanji_value`, `kanji_numbers`).
`number_said` is the number one word says, `written_out_numbers` every number from two up a text
writes without digits; which counts in words the checks compare.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Final

import regex
from babel import Locale

from ..lazy_regex import lazy_compile
from .readers import JOINED_PREFIXES, KANJI_LANGUAGES, in_any_case, words_of
from .weekdays import WEEKDAYS_BY_NUMBER, weekday_names

# Numbers written in words, by language: a translation may write the source's words in
# digits (`scored twice` → 2得点) and the source's digits in words (`5 plants` → `fünf Werke`).
# One table per language, as a word of one is another's (French `dos` is a back, Spanish
# `once` eleven). The cardinals of each number come first, before `|` and its other forms:
# ordinals, multiples, both (third, twice, beide: `BOTH`).
_GERMAN_ORDINAL_ENDINGS = ("e", "en", "er", "es", "em")
# Both of two, by language: two things a story has named, which a translation may say by the
# plural article alone (beide Parteien → les parties: `_BOTH_SAID_BY_THE_ARTICLE`).
BOTH: Final[Mapping[str, str]] = {
    "en": "both", "de": "beide beiden", "nl": "beide beiden", "es": "ambos ambas", "it": "entrambi entrambe", "pt": "ambos ambas",
    "ru": "оба обе обоих обеих", "pl": "oba obie obaj obu", "he": "שניהם שתיהן", "sv": "båda bägge",
}
# The endings of Czech ordinals, hard (čtvrtý, čtvrtého, čtvrtém) and soft (třetí, třetího, třetím).
_CZECH_HARD_ENDINGS = ("ý", "á", "é", "ého", "ému", "ém", "ým", "ou", "í", "ých", "ými")
_CZECH_SOFT_ENDINGS = ("í", "ího", "ímu", "ím", "ími", "ích")
TO_TWELVE_FORMS: Final[Mapping[str, tuple[str, ...]]] = {
    "en": (
        "zero", "one | once first", f"two | twice second {BOTH['en']}", "three | thrice third", "four | fourth", "five | fifth",
        "six | sixth", "seven | seventh", "eight | eighth", "nine | ninth", "ten | tenth", "eleven | eleventh", "twelve | twelfth",
    ),
    # German: the genitive of two and three (die Mutter zweier Kinder), and the ordinal's stem
    # alone for a group (zu dritt)
    "de": tuple(
        f"{cardinals} | {others} {ordinal} {' '.join(ordinal + ending for ending in _GERMAN_ORDINAL_ENDINGS)}"
        for cardinals, others, ordinal in (
            ("null", "", "nullt"), ("eins ein eine", "einmal", "erst"), ("zwei zweier", f"zweimal {BOTH['de']}", "zweit"),
            ("drei dreier", "dreimal", "dritt"), ("vier", "viermal", "viert"), ("fünf", "fünfmal", "fünft"), ("sechs", "sechsmal", "sechst"),
            ("sieben", "siebenmal", "siebt"), ("acht", "achtmal", "acht"), ("neun", "neunmal", "neunt"), ("zehn", "zehnmal", "zehnt"),
            ("elf", "elfmal", "elft"), ("zwölf", "zwölfmal", "zwölft"),
        )
    ),
    # Dutch: een is also the article (a), één the number alone
    "nl": (
        "nul", "een één | eerste eenmaal", f"twee | tweede tweemaal {BOTH['nl']}", "drie | derde driemaal", "vier | vierde viermaal",
        "vijf | vijfde", "zes | zesde", "zeven | zevende", "acht | achtste", "negen | negende", "tien | tiende", "elf | elfde",
        "twaalf | twaalfde",
    ),
    "fr": (
        "zéro", "un une | premier première", "deux | deuxième second seconde", "trois | troisième", "quatre | quatrième",
        "cinq | cinquième", "six | sixième", "sept | septième", "huit | huitième", "neuf | neuvième", "dix | dixième",
        "onze | onzième", "douze | douzième",
    ),
    "es": (
        "cero", "uno una un | primero primera primer", f"dos | segundo segunda {BOTH['es']}", "tres | tercero tercera tercer",
        "cuatro | cuarto cuarta", "cinco | quinto quinta", "seis | sexto sexta", "siete | séptimo séptima",
        "ocho | octavo octava", "nueve | noveno novena", "diez | décimo décima", "once | undécimo undécima",
        "doce | duodécimo duodécima",
    ),
    "it": (
        "zero", "uno una un | primo prima", f"due | secondo seconda {BOTH['it']}", "tre | terzo terza", "quattro | quarto quarta",
        "cinque | quinto quinta", "sei | sesto sesta", "sette | settimo settima", "otto | ottavo ottava", "nove | nono nona",
        "dieci | decimo decima", "undici | undicesimo undicesima", "dodici | dodicesimo dodicesima",
    ),
    "pt": (
        "zero", "um uma | primeiro primeira", f"dois duas | segundo segunda {BOTH['pt']}", "três | terceiro terceira",
        "quatro | quarto quarta", "cinco | quinto quinta", "seis | sexto sexta", "sete | sétimo sétima", "oito | oitavo oitava",
        "nove | nono nona", "dez | décimo décima", "onze", "doze",
    ),
    # Russian and Polish: the cases a number takes, and the collective forms (трое, dwaj, troje
    # dzieci), and a group by its number (вдвоём, втроём).
    "ru": (
        "ноль", "один одна одно одного одной | первый первая первое первого первой",
        f"два две двух двум двумя двое | {BOTH['ru']} дважды вдвоём вдвоем",
        "три трёх трех трём трем тремя трое | трижды третий втроём втроем",
        "четыре четырёх четырех четырём четырем четырьмя четверо | четвёртый четвертый четвёртая четвертая вчетвером",
        "пять пяти пятью пятеро | пятый пятая впятером", "шесть шести шестью шестеро | шестой шестая вшестером",
        "семь семи семью семеро | седьмой седьмая всемером", "восемь восьми восемью | восьмой восьмая",
        "девять девяти девятью | девятый девятая", "десять десяти десятью | десятый десятая",
        "одиннадцать одиннадцати одиннадцатью | одиннадцатый", "двенадцать двенадцати двенадцатью | двенадцатый",
    ),
    "pl": (
        "zero", "jeden jedna jedno | pierwszy pierwsza pierwsze",
        f"dwa dwie dwóch dwoma dwiema dwaj dwoje dwojga dwojgu dwojgiem | {BOTH['pl']} drugi druga drugie",
        "trzy trzech trzema trzej troje trojga trojgu trojgiem | trzeci trzecia trzecie",
        "cztery czterech czterema czterej czworo czworga czworgu czworgiem | czwarty czwarta czwarte",
        "pięć pięciu pięcioma pięcioro pięciorga | piąty piąta", "sześć sześciu sześcioma sześcioro sześciorga | szósty szósta",
        "siedem siedmiu siedmioma siedmioro siedmiorga | siódmy siódma", "osiem ośmiu ośmioma ośmioro ośmiorga | ósmy ósma",
        "dziewięć dziewięciu dziewięcioma dziewięcioro dziewięciorga | dziewiąty dziewiąta",
        "dziesięć dziesięciu dziesięcioma dziesięcioro dziesięciorga | dziesiąty dziesiąta",
        "jedenaście jedenastu jedenastoma | jedenasty", "dwanaście dwunastu dwunastoma | dwunasty",
    ),
    # Swedish: not `andra`, the second, which is as often `other` (andra länder)
    "sv": (
        "noll", "en ett | första", f"två | {BOTH['sv']}", "tre | tredje", "fyra | fjärde", "fem | femte", "sex | sjätte",
        "sju | sjunde", "åtta | åttonde", "nio | nionde", "tio | tionde", "elva | elfte", "tolv | tolfte",
    ),
    # Greek: the genders and the genitive (τρεις, τρία, τριών). Not τρίτη and πέμπτη, the third
    # and the fifth as often Tuesday and Thursday (την Τρίτη).
    "el": (
        "μηδέν", "ένας μία μια ένα ενός μιας | πρώτος πρώτη πρώτο πρώτου πρώτης",
        "δύο δυο | δεύτερος δεύτερη δεύτερο δεύτερου δεύτερης", "τρεις τρία τριών | τρίτος τρίτο τρίτου",
        "τέσσερις τέσσερα τεσσάρων | τέταρτος τέταρτη τέταρτο", "πέντε | πέμπτος πέμπτο", "έξι | έκτος έκτη έκτο",
        "επτά εφτά | έβδομος έβδομη έβδομο", "οκτώ οχτώ | όγδοος όγδοη όγδοο", "εννέα εννιά | ένατος ένατη ένατο",
        "δέκα | δέκατος δέκατη δέκατο", "έντεκα ένδεκα | ενδέκατος ενδέκατη", "δώδεκα | δωδέκατος δωδέκατη",
    ),
    # Czech: the cases a number takes, its ordinal in every case (ve třetím čtvrtletí), and times
    # (dvakrát). Not druhý, the second, which is as often the other (na druhé straně).
    "cs": tuple(
        f"{cardinals} | {' '.join(stem + ending for ending in (_CZECH_SOFT_ENDINGS if soft else _CZECH_HARD_ENDINGS) if stem)} {times}"
        for cardinals, stem, soft, times in (
            ("nula", "nult", False, ""), ("jeden jedna jedno jednoho jedné jednomu jedním", "prvn", True, "jednou"),
            ("dva dvě dvou dvěma", "", False, "dvakrát"), ("tři tří třem třemi třech", "třet", True, "třikrát"),
            ("čtyři čtyř čtyřem čtyřmi čtyřech", "čtvrt", False, "čtyřikrát"), ("pět pěti", "pát", False, "pětkrát"),
            ("šest šesti", "šest", False, "šestkrát"), ("sedm sedmi", "sedm", False, "sedmkrát"), ("osm osmi", "osm", False, "osmkrát"),
            ("devět devíti", "devát", False, "devětkrát"), ("deset deseti", "desát", False, "desetkrát"),
            ("jedenáct jedenácti", "jedenáct", False, ""), ("dvanáct dvanácti", "dvanáct", False, ""),
        )
    ),
    # Romanian: the genders (doi, două) and the ordinals' words after al and a (al doilea, a doua).
    # Not nouă (nine), as often new (nouă) or us (ne-a dat nouă).
    "ro": (
        "zero", "unu una | primul prima", "doi două | doilea doua", "trei | treilea treia", "patru | patrulea patra",
        "cinci | cincilea cincea", "șase | șaselea șasea", "șapte | șaptelea șaptea", "opt | optulea opta", "", "zece | zecelea zecea",
        "unsprezece", "doisprezece douăsprezece",
    ),
    # Ukrainian: the cases and the collective forms, as Russian's.
    "uk": (
        "нуль", "один одна одне одного одній одну одним одному | перший перша перше першого першому першій першої першим",
        "два дві двох двом двома двоє | другий друга друге другого другому другій другої другим двічі",
        "три трьох трьом трьома троє | третій третя третє третього третьому третьої третім тричі", "чотири чотирьох чотирьом чотирма четверо | четвертий четверта четверте четвертого четвертому четвертій четвертої",
        "п'ять п’ять п'яти п’яти п'ятьма п’ятьма | п'ятий п’ятий", "шість шести шістьма | шостий шоста", "сім семи сьома | сьомий сьома",
        "вісім восьми вісьмома | восьмий восьма", "дев'ять дев’ять дев'яти дев’яти | дев'ятий дев’ятий",
        "десять десяти | десятий десята", "одинадцять одинадцяти | одинадцятий", "дванадцять дванадцяти | дванадцятий",
    ),
    # Finnish: the cases a count takes (kahden, kolmea, neljällä).
    "fi": (
        "nolla", "yksi yhden yhtä | ensimmäinen kerran",
        "kaksi kahden kahta kahdella kahdessa kahdeksi | toinen toisen kahdesti",
        "kolme kolmen kolmea kolmella kolmessa | kolmas kolmannen kolmannella kolmesti",
        "neljä neljän neljää neljällä neljässä | neljäs neljännen", "viisi viiden viittä viidellä viidessä | viides viidennen",
        "kuusi kuuden kuutta kuudella kuudessa | kuudes kuudennen", "seitsemän seitsemää seitsemällä | seitsemäs",
        "kahdeksan kahdeksaa kahdeksalla | kahdeksas", "yhdeksän yhdeksää yhdeksällä | yhdeksäs", "kymmenen kymmentä kymmenellä | kymmenes",
        "yksitoista", "kaksitoista",
    ),
    # Slovak: the cases a number takes. Not druhý, the second, which is as often the other.
    "sk": (
        "nula", "jeden jedna jedno jedného jednej jednému jedným | prvý prvá prvé", "dva dve dvoch dvom dvoma | dvakrát",
        "tri troch trom tromi | tretí tretia tretie trikrát", "štyri štyroch štyrom štyrmi | štvrtý štvrtá štvrté",
        "päť piatich | piaty piata", "šesť šiestich | šiesty šiesta", "sedem siedmich | siedmy siedma", "osem ôsmich | ôsmy ôsma",
        "deväť deviatich | deviaty deviata", "desať desiatich | desiaty desiata", "jedenásť", "dvanásť",
    ),
    # Indonesian. Not lima as a name (Lima), which the capital tells: numbers are read in lower case too.
    "id": (
        "nol", "satu | pertama kesatu sekali", "dua | kedua", "tiga | ketiga", "empat | keempat", "lima | kelima", "enam | keenam",
        "tujuh | ketujuh", "delapan | kedelapan", "sembilan | kesembilan", "sepuluh | kesepuluh", "sebelas | kesebelas", "",
    ),
    "hi": (
        "शून्य", "एक | पहला पहली पहले", "दो | दूसरा दूसरी दूसरे", "तीन | तीसरा तीसरी तीसरे", "चार | चौथा चौथी चौथे",
        "पांच पाँच | पांचवां पांचवीं पाँचवाँ", "छह छः | छठा छठी", "सात | सातवां सातवीं", "आठ | आठवां आठवीं", "नौ | नौवां नौवीं",
        "दस | दसवां दसवीं", "ग्यारह", "बारह",
    ),
    # Turkish: the words before their suffixes (üçü, beşinci are read by their stems' table below).
    "tr": (
        "sıfır", "bir | birinci ilk", "iki | ikinci", "üç | üçüncü", "dört | dördüncü", "beş | beşinci", "altı | altıncı",
        "yedi | yedinci", "sekiz | sekizinci", "dokuz | dokuzuncu", "on | onuncu", "", "",
    ),
    # Arabic: the masculine and feminine forms, with and without the article (الثالثة, الدول الثلاث).
    "ar": (
        "صفر", "واحد واحدة | الأول الأولى أحد إحدى الحادي الحادية",
        # اثنا and اثني only before عشر: اثنا عشر is twelve
        "اثنان اثنين اثنتان اثنتين | الاثنين الثاني الثانية اثنا اثني اثنتا اثنتي الاثنا الاثني الاثنتا الاثنتي",
        "ثلاثة ثلاث الثلاثة الثلاث | الثالث الثالثة",
        "أربعة أربع الأربعة الأربع | الرابع الرابعة", "خمسة خمس الخمسة الخمس | الخامس الخامسة", "ستة ست الستة الست | السادس السادسة",
        "سبعة سبع السبعة السبع | السابع السابعة", "ثمانية ثماني الثمانية الثماني | الثامن الثامنة",
        "تسعة تسع التسعة التسع | التاسع التاسعة", "عشرة عشر العشرة العشر | العاشر العاشرة", "", "",
    ),
    # Hebrew: the masculine, the feminine and the construct (שלושה, שלוש, שלושת שרים; שני, שתי
    # ספינות), both of them (שניהם, שתיהן), and the ordinals, masculine and feminine (השלישי,
    # השלישית; שני is also the second). Not שנים, which is far more often years than two, nor
    # שנייה, עשירי or עשירית but after ה (השנייה, העשירי): alone, they are more often a second
    # of time, the rich of, a tenth.
    "he": (
        "אפס", "אחד אחת | ראשון ראשונה", f"שניים שתיים שתים שני שתי | {BOTH['he']} השנייה השניה",
        "שלושה שלוש שלושת | שלישי שלישית", "ארבעה ארבע ארבעת | רביעי רביעית", "חמישה חמש חמשת | חמישי חמישית",
        "שישה ששה שש ששת | שישי שישית", "שבעה שבע שבעת | שביעי שביעית", "שמונה שמונת | שמיני שמינית",
        "תשעה תשע תשעת | תשיעי תשיעית", "עשרה עשר עשרת | העשירי העשירית", "", "",
    ),
}
_TO_TWELVE: Final[Mapping[str, Mapping[str, int]]] = {
    language: {word: number for number, words in enumerate(numbers) for word in words.replace("|", " ").split()}
    for language, numbers in TO_TWELVE_FORMS.items()
}
# The cardinals from two to twelve, which count something (three ministers, trois ministres).
CARDINALS: Final[Mapping[str, Mapping[str, int]]] = {
    language: {word: number for number, words in enumerate(numbers) if number >= 2 for word in words.partition("|")[0].split()}
    for language, numbers in TO_TWELVE_FORMS.items()
}


def _numbers_from_thirteen() -> dict[str, dict[str, int]]:
    """Numbers from thirteen up in words, by language: the teens, the tens, a hundred and a
    thousand, their ordinals in the forms a sentence gives them, and the compounds written as
    one word (einundzwanzig, veintidós, trentadue). `words_and_numbers` adds up the words of
    one number (twenty-one, vingt et un, ثلاثة آلاف). A million is left out: it is a scale, as
    after digits (drei Millionen is the 3 of 3 million)."""
    tables: dict[str, dict[str, int]] = {}

    def add(language: str, value: int, *forms: str) -> None:
        tables.setdefault(language, {}).update(dict.fromkeys(" ".join(forms).split(), value))

    def each(stems: str, endings: str) -> str:
        return " ".join(stem + ending for stem in stems.split() for ending in endings.split())

    teens, tens = range(13, 20), range(20, 100, 10)
    units = range(1, 10)
    # English: the ordinals of the tens end in -ieth (twentieth)
    for value, word in zip(teens, "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()):
        add("en", value, word, word + "th")
    for value, word in zip(tens, "twenty thirty forty fifty sixty seventy eighty ninety".split()):
        add("en", value, word, word[:-1] + "ieth")
    add("en", 100, "hundred hundredth")
    add("en", 1000, "thousand thousandth")
    # German: the ordinal endings of the case and gender
    german_endings = " ".join(_GERMAN_ORDINAL_ENDINGS)
    german_units = "ein zwei drei vier fünf sechs sieben acht neun".split()
    for value, word in zip(teens, "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()):
        add("de", value, word, each(word + "t", german_endings))
    for value, word in zip(tens, "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()):
        add("de", value, word, each(word + "st", german_endings))
        for unit, unit_word in zip(units, german_units):
            add("de", value + unit, unit_word + "und" + word, each(unit_word + "und" + word + "st", german_endings))
    add("de", 100, "hundert einhundert", each("hundertst", german_endings))
    add("de", 1000, "tausend eintausend", each("tausendst", german_endings))
    # Dutch: the units before the tens, in one word (eenentwintig, tweeëntwintig); the ordinals
    # end in -de after the teens and in -ste after the tens
    for value, word in zip(teens, "dertien veertien vijftien zestien zeventien achttien negentien".split()):
        add("nl", value, word, word + "de")
    for value, word in zip(tens, "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()):
        add("nl", value, word, word + "ste")
        for unit, unit_word in zip(units, "een twee drie vier vijf zes zeven acht negen".split()):
            compound = unit_word + ("ën" if unit_word.endswith("e") else "en") + word
            add("nl", value + unit, compound, compound + "ste")
    add("nl", 100, "honderd honderdste")
    add("nl", 1000, "duizend duizendste")
    # French: 70, 80 and 90 count in twenties (soixante-dix, quatre-vingts, quatre-vingt-dix)
    french = ("treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
              + "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix".split())
    def french_ordinal(word: str) -> str:  # neuf → neuvième, cinq → cinquième, onze → onzième
        return word[:-1] + "vième" if word.endswith("f") else word + "uième" if word.endswith("q") else word.rstrip("e") + "ième"

    for value, word in zip((*teens, *tens), french):
        add("fr", value, word, french_ordinal(word))
    add("fr", 80, "quatre-vingts")
    add("fr", 1, "unième")
    add("fr", 100, "cent cents centième")
    add("fr", 1000, "mille millième")
    # Spanish: twenty-one to twenty-nine are one word (veintidós)
    spanish_ordinals = ("decimotercer decimocuart decimoquint decimosext decimoséptim decimoctav decimonoven "
                        "vigésim trigésim cuadragésim quincuagésim sexagésim septuagésim octogésim nonagésim").split()
    spanish = "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"
    for value, word, ordinal in zip((*teens, *tens), spanish.split(), spanish_ordinals):
        add("es", value, word, each(ordinal, "o a os as"))
    add("es", 13, "decimotercer")
    for unit, word in zip(units, "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve".split()):
        add("es", 20 + unit, word)
    add("es", 21, "veintiún veintiuna")
    add("es", 100, "cien ciento", each("centésim", "o a"))
    add("es", 1000, "mil", each("milésim", "o a"))
    # Italian: the tens and units are one word (ventidue, trentotto), the ordinals end in -esimo
    def italian_ordinal(word: str) -> str:
        stem = word[:-1] + "e" if word.endswith("tré") else word if word.endswith("sei") else word[:-1]
        return each(stem + "esim", "o a i e")
    for value, word in zip(teens, "tredici quattordici quindici sedici diciassette diciotto diciannove".split()):
        add("it", value, word, italian_ordinal(word))
    for value, word in zip(tens, "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()):
        add("it", value, word, italian_ordinal(word))
        for unit, unit_word in zip(units, "uno due tré quattro cinque sei sette otto nove".split()):
            compound = (word[:-1] if unit_word[0] in "uo" else word) + unit_word
            add("it", value + unit, compound, italian_ordinal(compound), compound.replace("tré", "tre"))
    add("it", 100, "cento", italian_ordinal("cento"))
    add("it", 1000, "mille", italian_ordinal("mille"))
    # Portuguese: Brazil's spelling and Portugal's (dezesseis, dezasseis)
    portuguese = ("treze catorze quinze dezesseis dezessete dezoito dezenove".split()
                  + "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split())
    for value, word in zip((*teens, *tens), portuguese):
        add("pt", value, word)
    add("pt", 14, "quatorze")
    add("pt", 16, "dezasseis")
    add("pt", 17, "dezassete")
    add("pt", 19, "dezanove")
    for value, ordinal in zip(tens, "vigésim trigésim quadragésim quinquagésim sexagésim septuagésim octogésim nonagésim".split()):
        add("pt", value, each(ordinal, "o a os as"))
    add("pt", 100, "cem cento", each("centésim", "o a"))
    add("pt", 1000, "mil", each("milésim", "o a"))
    # Russian: the cases of the cardinals, and the ordinals, which decline as adjectives (in
    # the singular: the plural третьих, вторых, десятых is also a fraction's or a discourse
    # word's, во-вторых)
    def russian_ordinal(masculine: str) -> str:
        return f"{masculine} {each(masculine[:-2], 'ая ое ого ому ым ом ую ой')}"

    for value, masculine in ((1, "первый"), (2, "второй"), (4, "четвёртый"), (4, "четвертый"), (5, "пятый"), (6, "шестой"),
                             (7, "седьмой"), (8, "восьмой"), (9, "девятый"), (10, "десятый"), (11, "одиннадцатый"),
                             (12, "двенадцатый")):
        add("ru", value, russian_ordinal(masculine))
    add("ru", 3, "третий", each("треть", "я е его ему им ем ю ей"))
    for value, word in zip(teens, "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()):
        add("ru", value, word, word[:-1] + "и", russian_ordinal(word[:-1] + "ый"))
    russian_tens = ("двадцать двадцати", "тридцать тридцати", "сорок сорока", "пятьдесят пятидесяти", "шестьдесят шестидесяти",
                    "семьдесят семидесяти", "восемьдесят восьмидесяти", "девяносто девяноста")
    russian_tens_ordinals = "двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый девяностый"
    for value, words, ordinal in zip(tens, russian_tens, russian_tens_ordinals.split()):
        add("ru", value, words, russian_ordinal(ordinal))
    add("ru", 100, "сто ста", russian_ordinal("сотый"))
    add("ru", 1000, "тысяча тысячи тысяч тысячу тысячей", russian_ordinal("тысячный"))
    add("ru", 24, "сутки суток")  # 24 hours, one word
    # Polish: the cardinals' cases, and the ordinals, which decline as adjectives
    polish_endings = "y a e ego emu ej ym ą"  # the singular, as in Russian
    for value, stem in zip(range(1, 13), "pierwsz drug trzec czwart piąt szóst siódm ósm dziewiąt dziesiąt jedenast dwunast".split()):
        # drugi and trzeci take the soft endings: drugiej, trzeciej
        add("pl", value, each(stem, "i a ie iego iemu iej im ią" if stem in ("drug", "trzec") else polish_endings))
    polish = ("trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split(),
              "trzynast czternast piętnast szesnast siedemnast osiemnast dziewiętnast".split())
    for value, word, stem in zip(teens, *polish):
        add("pl", value, word, stem + "u", each(stem, polish_endings))
    polish_tens = ("dwadzieścia dwudziestu", "trzydzieści trzydziestu", "czterdzieści czterdziestu", "pięćdziesiąt pięćdziesięciu",
                   "sześćdziesiąt sześćdziesięciu", "siedemdziesiąt siedemdziesięciu", "osiemdziesiąt osiemdziesięciu",
                   "dziewięćdziesiąt dziewięćdziesięciu")
    for value, words, stem in zip(tens, polish_tens, "dwudziest trzydziest czterdziest pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt".split()):
        add("pl", value, words, each(stem, polish_endings))
    add("pl", 100, "sto stu", each("setn", polish_endings))
    add("pl", 1000, "tysiąc tysiące tysięcy", each("tysięczn", polish_endings))
    # Arabic: the tens with and without the article, in the nominative and the other cases
    # (العشرون, الأربعين), and every number word after the conjunction و (والعشرون)
    for value, stem in zip(tens, "عشر ثلاث أربع خمس ست سبع ثمان تسع".split()):
        add("ar", value, each(stem, "ون ين"), each("ال" + stem, "ون ين"))
    add("ar", 100, "مئة مائة المئة المائة")
    add("ar", 200, "مئتان مئتين مائتان مائتين المئتين")
    add("ar", 1000, "ألف الألف آلاف ألفا")
    add("ar", 2000, "ألفان ألفين")
    # The dual says two by itself: ساعتين is two hours, دولارين two dollars, شخصان two people
    add("ar", 2, each("يوم عام شهر أسبوع دولار هدف شخص رجل طفل", "ان ين"),
        each("ساعت سنت دقيقت مرت نقطت امرأت", "ان ين"))
    # Hebrew: the teens are two words, a unit and ten (שלושה עשר, שלוש עשרה, שנים עשר); a
    # hundred and a thousand count in the dual (מאתיים, אלפיים) and in the plural after the units
    # (שלוש מאות, שלושת אלפים), the plural alone being hundreds or thousands of something.
    hebrew_teens = (("אחד", "אחת"), ("שנים שניים", "שתים שתיים"), ("שלושה", "שלוש"), ("ארבעה", "ארבע"), ("חמישה", "חמש"),
                    ("שישה ששה", "שש"), ("שבעה", "שבע"), ("שמונה", "שמונה"), ("תשעה", "תשע"))
    for unit, (masculine, feminine) in enumerate(hebrew_teens, start=1):
        tables.setdefault("he", {}).update(dict.fromkeys([f"{word} עשר" for word in masculine.split()] + [f"{word} עשרה" for word in feminine.split()], 10 + unit))
    for value, word in zip(tens, "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()):
        add("he", value, word)
    add("he", 100, "מאה מאות")
    add("he", 200, "מאתיים")
    add("he", 1000, "אלף אלפים")
    add("he", 2000, "אלפיים")
    # Hundreds and thousands written as one word (dreihundert, trecento, tremila, doscientos, двести, ثلاثمئة)
    for language, hundreds in (
        ("de", "zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert achthundert neunhundert"),
        ("nl", "tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd"),
        ("it", "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento"),
        ("es", "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"),
        ("pt", "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos"),
        ("ru", "двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"),
        ("pl", "dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"),
        ("ar", "ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة تسعمئة"),
    ):
        first = 3 if language == "ar" else 2  # Arabic's two hundred is the dual, above
        for value, word in enumerate(hundreds.split(), start=first):
            add(language, 100 * value, word, word[:-2] + "as" if language in ("es", "pt") else "")
            if language == "ar":
                add(language, 100 * value, word.replace("مئة", "مائة"))
    # Russian and Polish hundreds in their other cases (более двухсот, около трёхсот, пятистам,
    # ponad dwustu, trzystoma, pięciuset), each from two hundred up
    for language, hundreds in (
        ("ru", ("двухсот двумстам двумястами двухстах",
                "трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах",
                "четырёхсот четырехсот четырёмстам четыремстам четырьмястами четырёхстах четырехстах",
                "пятисот пятистам пятьюстами пятистах", "шестисот шестистам шестьюстами шестистах",
                "семисот семистам семьюстами семистах", "восьмисот восьмистам восьмьюстами восемьюстами восьмистах",
                "девятисот девятистам девятьюстами девятистах")),
        ("pl", ("dwustu dwustoma", "trzystu trzystoma", "czterystu czterystoma",
                "pięciuset", "sześciuset", "siedmiuset", "ośmiuset", "dziewięciuset")),
    ):
        for value, forms in enumerate(hundreds, start=2):
            add(language, 100 * value, forms)
    # Hundreds counted past ten in one word, as English says twelve hundred: zwölfhundert,
    # twaalfhonderd (1,200)
    for language, counts, hundred in (
        ("de", "elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", "hundert"),
        ("nl", "elf twaalf dertien veertien vijftien zestien zeventien achttien negentien", "honderd"),
    ):
        for value, word in enumerate(counts.split(), start=11):
            add(language, 100 * value, word + hundred)
    for language, thousands in (
        ("de", "zweitausend dreitausend viertausend fünftausend sechstausend siebentausend achttausend neuntausend"),
        ("nl", "tweeduizend drieduizend vierduizend vijfduizend zesduizend zevenduizend achtduizend negenduizend"),
        ("it", "duemila tremila quattromila cinquemila seimila settemila ottomila novemila"),
    ):
        for value, word in enumerate(thousands.split(), start=2):
            add(language, 1000 * value, word)
    # Ten and a hundred thousand as one word (zehntausend, tienduizend, diecimila, centomila)
    for language, ten_thousand, hundred_thousand in (
        ("de", "zehntausend", "hunderttausend einhunderttausend"), ("nl", "tienduizend", "honderdduizend"),
        ("it", "diecimila", "centomila"),
    ):
        add(language, 10_000, ten_thousand)
        add(language, 100_000, hundred_thousand)
    return tables


def _with_joined_prefixes(words: Mapping[str, int], language: str) -> dict[str, int]:
    """`words` and each of them with a word its language joins before it (`JOINED_PREFIXES`)."""
    return {**words, **{prefix + word: number for prefix in JOINED_PREFIXES.get(language, ()) for word, number in words.items()}}


_FROM_THIRTEEN = _numbers_from_thirteen()
# The words of Hebrew numbers as they stand, without a prefix: what a number goes on with.
_HEBREW_NUMBER_WORDS: Final[Mapping[str, int]] = {**_TO_TWELVE["he"], **_FROM_THIRTEEN["he"]}
def _with_plural_ordinals(words: Mapping[str, int], language: str) -> dict[str, int]:
    """French ordinals in the plural too, as a rank of several (ils restent troisièmes, les
    deuxièmes): each -ième, and premiers, premières."""
    if language != "fr":
        return dict(words)
    return {**words, **{word + "s": value for word, value in words.items() if word.endswith(("ième", "premier", "première"))}}


NUMBER_WORDS: Final[Mapping[str, Mapping[str, int]]] = {
    language: _with_joined_prefixes(_with_plural_ordinals({**words, **_FROM_THIRTEEN.get(language, {})}, language), language)
    for language, words in _TO_TWELVE.items()
}
SCALES = frozenset({100, 1000})
# What joins the words of one number: nothing but a space or a hyphen, or `and` (twenty-one,
# vingt et un, treinta y dos, one hundred and five), also between hyphens (vingt-et-un, as the
# 1990 French spelling writes every compound number).
_WITHIN_A_NUMBER = lazy_compile(r"[\s\-‐‑]*|\s+(?:and|und|et|y|e|i|и)\s+|[\-‐‑](?:and|und|et|y|e|i|и)[\-‐‑]", regex.IGNORECASE)
# A number from eleven to nineteen said in words (الثاني عشر, التاسعة عشرة): as its digits.
ARABIC_TEEN = lazy_compile(r"(?<!\p{L})(\p{Arabic}+)\s+عشرة?(?!\p{L})")
# A Roman numeral, for a century or an ordinal (le XXe siècle, siglo XXI, Ve siècle): of two
# letters at least, or one with a raised ordinal ending; a lone I, C, D, L or M, also before a
# plain ending, is a word or an initial (Le, Ce, De, Der, I).
_ROMAN_NUMERAL = lazy_compile(
    r"(?<![\p{L}\p{N}])(?=[IVXLCDM])(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"
    r"(?:(?<=\p{L}{2})(?:ème|ère|er|re|e)?|ᵉ|ème|º|ª|e(?=[ \u00a0]+(?:siècle|millénaire)))(?![\p{L}\p{N}'’])"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# Numbers in kanji (五つ, 二十五人, 三个月, 第三, 二〇二六年), which Japanese and Chinese write for
# small numbers: after 第 or before a counter, as inside a word they are no number (九州, 三星).
_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}
KANJI_RUN = f"[{''.join(_KANJI_DIGITS)}{''.join(_KANJI_MULTIPLIERS)}]{{1,12}}"  # a number, not a line of them
_KANJI_COUNTERS = "户戶つ人回件社個本枚台年月日度位番名家次倍割歳種カか国所期戦勝敗个天岁周轮辆场项条座架起週時分秒ヶ箇杯匹頭隻冊着軒階号話巻点票席间届季节球小强強"
_DECADES_OF_AGE = "旬"  # ten years of a life: 八旬 is eighty
# Also a round number made approximate before its counter (二十数人, 二十余年, 三十多岁: twenty-odd),
# the N largest (十大银行, 三大都市), and an age in decades (年逾八旬: past eighty). Not a
# fraction's parts (三分之二, 三分の二: two thirds), nor a percentage (百分之五).
_KANJI_NUMBER = lazy_compile(
    f"(?<=第){KANJI_RUN}|(?<!分之|分の){KANJI_RUN}(?=[数余多]?[{_KANJI_COUNTERS}]|[大{_DECADES_OF_AGE}])(?!分之|分の)"
)


# Nouns that name a thing by the number after them (Terminal 1, Gate 5, Article 5, Line 2):
# capitalised so, as the sentence's first word too, where a capital says nothing of a label.
_DESIGNATORS = (
    "Terminal Gate Pier Platform Track Runway Berth Line Route Exit Station Hall Building Block Tower Unit Reactor Room "
    "Floor Level Zone Sector District Ward Camp Article Section Chapter Clause Paragraph Part Annex Amendment "
    "Proposition Phase Stage Round Leg Game Group Pool Division League Grade Class Category Tier Court Flight Channel"
).split()
# A digit 1 that counts what follows it (1 person, 1 dead, killing 1 civilian): not a decimal,
# a group of digits, a score, a date, a rank, nor a label after a capitalised word inside the
# sentence or a designator anywhere (1.5, 1,000, 1-0, March 1, No. 1, 1st, flights from
# Terminal 1 were cancelled, Terminal 1 was closed), nor a time (1 a.m.), which the times compare.
COUNTING_ONE = lazy_compile(
    r"(?<![\p{N}.,:/#‐–-])(?<!(?:No\.|[Nn]umber|\p{L}\s\p{Lu}\p{L}*)\s?)"
    rf"(?<!(?<!\p{{L}})(?:{'|'.join(_DESIGNATORS)})s?[ \u00a0])1(?=[ \u00a0]\p{{Ll}})(?![ \u00a0][ap]\.?m\b)"
)
# The words for one, by language: those that are also the indefinite article (ein, une, a), which
# may stand for another noun of the sentence, and those that only say one (один, één, واحد).
_ONE_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "en": ("a an", "one"),
    "de": ("ein eine einen einem einer eines", "eins"),
    "fr": ("un une", ""),
    "es": ("un una", "uno"),
    "it": ("un uno una", ""),
    "pt": ("um uma", ""),
    "nl": ("een", "één eén éen"),  # Eén: the capital is written without its accent
    "ru": ("", "один одна одно одного одной одну одним одном одному"),
    "uk": ("", "один одна одне одного одної одній одну одним одному"),
    "pl": ("", "jeden jedna jedno jednego jednej jednemu jednym jedną"),
    "sv": ("en ett", ""),
    "ar": ("", "واحد واحدة واحدا واحداً"),
    "he": ("", "אחד אחת"),
    "el": ("ένας μία μια ένα ενός μιας", ""),
    "cs": ("", "jeden jedna jedno jednoho jedné jednomu jedním"),
    "ro": ("un o", "unu una"),
    "fi": ("", "yksi yhden yhtä"),
    "sk": ("", "jeden jedna jedno jedného jednej jednému jedným"),
    "id": ("", "satu"),
    "hi": ("एक", ""),
    "tr": ("bir", ""),
}
# One in kanji before a counter (一人, 一つ, 一名); Chinese 一个 is as often `a` as `one`. Not 一番
# (the most), 一時 (for a while, one o'clock) or 一月 (January).
_KANJI_ONE = lazy_compile(rf"(?<![{''.join(_KANJI_DIGITS)}{''.join(_KANJI_MULTIPLIERS)}第])一(?![番時月])[{_KANJI_COUNTERS}]")
_KANJI_ONE_AS_ARTICLE = lazy_compile(r"一[个個]")


@functools.lru_cache(maxsize=16)
def _one_word_pattern(language: str) -> regex.Pattern[str] | None:
    if language not in _ONE_WORDS:
        return None
    words = _with_joined_prefixes(dict.fromkeys(" ".join(_ONE_WORDS[language]).split(), 1), language)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def ones_in_words(text: str, language: str) -> tuple[list[regex.Match[str]], int]:
    """The words of `text` that say one (`_ONE_WORDS`, in Japanese and Chinese 一 before a
    counter), and how many of them may be an article instead."""
    if language in KANJI_LANGUAGES:
        ones = list(_KANJI_ONE.finditer(text)) if "一" in text else []
        return ones, sum(1 for one in ones if language == "zh" and _KANJI_ONE_AS_ARTICLE.match(text, one.start()))
    if (pattern := _one_word_pattern(language)) is None:
        return [], 0
    articles = set(_with_joined_prefixes(dict.fromkeys(_ONE_WORDS[language][0].split(), 1), language))
    ones = list(pattern.finditer(text))
    return ones, sum(1 for one in ones if one.group().casefold() in articles)


def numbers_in_words(text: str, language: str) -> Counter[int]:
    """The numbers `text` writes in words of `language`."""
    return Counter(number for _, number in words_and_numbers(text, language))


# A number and a half said in words, by language: its whole part as written in the group
# `whole` (none for one), or among the few words `before` the half. eineinhalb, zweieinhalb,
# anderthalb; tweeënhalf, anderhalf; (un) mètre et demi, metro y medio, due metri e mezzo;
# полтора (полутора), два с половиной; półtora, dwa i pół; a year and a half, two and a half;
# 2个半, 2時間半.
_AND_A_HALF = r"(?P<before>(?:[\p{L}\p{Nd}]+\s+){0,3})"
_HALVES_IN_WORDS: Final[Mapping[str, str]] = {
    "de": r"(?<!\p{L})(?:(?P<whole>\p{L}*?)einhalb|anderthalb)",
    "nl": r"(?<!\p{L})(?:(?P<whole>\p{L}+?)[eë]nhal(?:f|ve)|anderhal(?:f|ve))(?!\p{L})",
    "fr": rf"(?<!\p{{L}}){_AND_A_HALF}et\s+demie?(?!\p{{L}})",
    "es": rf"(?<!\p{{L}}){_AND_A_HALF}y\s+medi[oa](?!\p{{L}})",
    "it": rf"(?<!\p{{L}}){_AND_A_HALF}e\s+mezz[oa](?!\p{{L}})",
    "pt": rf"(?<!\p{{L}}){_AND_A_HALF}e\s+mei[oa](?!\p{{L}})",
    "ro": rf"(?<!\p{{L}}){_AND_A_HALF}și\s+jumătate(?!\p{{L}})",
    "ru": r"(?<!\p{L})(?:полтора|полторы|полутора|(?P<whole>\p{Nd}+|\p{L}+)\s+с\s+половиной)(?!\p{L})",
    "pl": r"(?<!\p{L})(?:półtora|półtorej|(?P<whole>\p{Nd}+|\p{L}+)\s+i\s+pół)(?!\p{L})",
    "en": rf"(?<!\p{{L}}){_AND_A_HALF}and\s+a\s+half(?!\p{{L}})",
    # ساعة ونصف, عامين ونصف (the dual: two), ثلاث سنوات ونصف, عاماً ونصف (with its case ending)
    "ar": r"(?P<before>(?:\p{L}+\s+){0,2}?)(?P<counted>\p{L}[\p{L}\p{M}]*)\s+ونصف(?!\p{L})",
    "zh": r"(?P<whole>\p{Nd}+|[一二两三四五六七八九十]+)(?:个|個|年|小时|小時)?半",
    "ja": r"(?P<whole>\p{Nd}+|[一二三四五六七八九十]+)(?:時間|年|か月|ヶ月|個)?半",
}


@functools.lru_cache(maxsize=16)
def _halves_pattern(language: str) -> regex.Pattern[str] | None:
    return regex.compile(_HALVES_IN_WORDS[language], regex.IGNORECASE) if language in _HALVES_IN_WORDS else None


def halves_in_words(text: str, language: str) -> frozenset[Decimal]:
    """The numbers and a half `text` says in words (1.5 for eineinhalb or metro y medio)."""
    return frozenset(value for value, _, _ in halves_in_place(text, language))


# Tenths of a point, as Spanish, Portuguese and Italian economic copy counts a change of a rate:
# la inflación bajó tres décimas, subiu duas décimas, tre decimi di punto (0.3 points).
_TENTHS_OF_A_POINT: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"\s+{word}(?!\p{{L}})", regex.IGNORECASE)
    for language, word in (("es", "décimas?"), ("pt", "décimos?|décimas?"), ("it", r"decim[oi](?:\s+di\s+punto)?"))
}


def tenths_in_words(text: str, language: str) -> frozenset[Decimal]:
    """The tenths of a point `text` counts in words (0.3 for tres décimas, tre decimi di punto)."""
    if (after := _TENTHS_OF_A_POINT.get(language)) is None or "cim" not in text.casefold():
        return frozenset()
    return frozenset(Decimal(value) / 10 for _, end, value in number_words_at(text, language) if after.match(text, end))


def halves_in_place(text: str, language: str) -> Iterator[tuple[Decimal, regex.Match[str], bool]]:
    """Each number and a half `text` says in words, its place, and whether its whole part is in
    digits (the 1 of 1年半)."""
    if (pattern := _halves_pattern(language)) is None:
        return
    for match in pattern.finditer(text):
        # Of the words before the half, the number and its noun: not a year before them (en 2019
        # a año y medio, in 2019 to a year and a half).
        whole = match.groupdict().get("whole") or " ".join((match.groupdict().get("before") or "").split()[-2:])
        counted = match.groupdict().get("counted") or ""
        digits = regex.findall(r"\p{Nd}+", whole)
        if language in KANJI_LANGUAGES and not whole.isdigit():
            value = kanji_value(whole)
        elif language == "ar" and not digits and not list(words_and_numbers(whole, language)):
            value = 2 if counted.endswith(("ين", "ان")) else 1  # the dual counts two: عامين ونصف
        else:
            # The last number of the words before the half; none (metro y medio, un mètre et demi): one.
            in_words = [number for _, number in words_and_numbers(whole, language)]
            value = int(digits[-1]) if digits else in_words[-1] if in_words else 1
        yield Decimal(value) + Decimal("0.5"), match, bool(digits)


def arabic_teen_in_digits(match: regex.Match[str]) -> str:
    unit = NUMBER_WORDS["ar"].get(match.group(1))
    return str(10 + unit) if unit is not None and 1 <= unit <= 9 else match.group()


def words_and_numbers(text: str, language: str) -> Iterator[tuple[str, int]]:
    """Each number `text` writes in words of `language`, as written, and its value (see `number_words_at`)."""
    for start, end, value in number_words_at(text, language):
        yield text[start:end], value


def number_words_at(text: str, language: str) -> Iterator[tuple[int, int, int]]:
    """Where each number `text` writes in words of `language` starts and ends, and its value:
    the words of one number add up (twenty-one, dos mil, ثلاثة آلاف), and a scale word after
    digits (3 mil, 2 millones) is the figure's, which the numbers in digits read. The name of a
    weekday is no number (segunda-feira, الاثنين: Monday)."""
    numbers = NUMBER_WORDS.get(language)
    if numbers is None:
        return
    if any(hint in text for hint in _PERCENT_HINTS):  # pour cent, POR CIENTO, في المئة: a percentage, not a hundred
        text = _PERCENT_IN_WORDS.sub(lambda match: " " * len(match.group()), text)
    if language in WEEKDAYS_BY_NUMBER:
        text = weekday_names(language).sub(lambda match: " " * len(match.group()), text)
    elif language == "he" and any(hint in text for hint in _HEBREW_NAME_HINTS):
        text = _HEBREW_NAMES.sub(lambda match: " " * len(match.group()), text)
    start = end = total = current = last = 0
    for match in _number_word_pattern(language).finditer(text):
        # The pattern matches regardless of case as Unicode folds it (ſechs); the table has
        # the forms written in lower case, and a folded form only when it is one of them.
        value = numbers.get(match.group().lower(), numbers.get(match.group().casefold()))
        if value is None:
            continue
        if last and _continues_number(last, value, text[end : match.start()], match.group(), language):
            if value in SCALES:
                total, current = ((total + current or 1) * value, 0) if total + current < value else (total, (current or 1) * value)
            else:
                current += value
            end, last = match.end(), value
            continue
        if last:
            yield start, end, total + current
        last = 0
        if value in SCALES and (text[max(0, match.start() - 8) : match.start()].rstrip()[-1:].isdigit() or match.group().lower() in _PLURAL_SCALES):
            continue  # 3 mil is the figure's; тысячи, آلاف alone are thousands of something, no number
        start, end, last = match.start(), match.end(), value
        total, current = (value, 0) if value in SCALES else (0, value)
    if last:
        yield start, end, total + current


PERCENT_WORDS = r"(?:pour|por|per)\s+(?:cent|ciento|cento)(?!\p{L})|(?:في|ب)\s*ال(?:مئة|مائة)"
_PERCENT_IN_WORDS = lazy_compile(rf"(?<!\p{{L}})(?:{PERCENT_WORDS})", regex.IGNORECASE)
_PERCENT_HINTS = (*in_any_case("cent"), *in_any_case("cient"), "ئة")
# Thousands (hundreds) in the plural, which count only after a number: две тысячи is 2,000,
# тысячи людей is thousands of people.
_PLURAL_SCALES = frozenset(
    {"тысячи", "тысяч", "tysiące", "tysięcy", "آلاف", "الآلاف", "وآلاف"}
    | {prefix + word for prefix in ("", *JOINED_PREFIXES["he"]) for word in ("מאות", "אלפים")}
)
# Hebrew number words that are part of a name: a weekday (יום שני is Monday, יום שלישי Tuesday,
# ימי חמישי Thursdays, ליל שישי Friday night; not יום שלישי ברציפות, a third day in a row), a
# city (באר שבע, קריית שמונה, ראשון לציון).
_HEBREW_NAMES = lazy_compile(
    r"(?<!\p{L})[ובלמשה]{0,2}(?:(?:יום|ימי|ליל)\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)(?!\s+ברציפות)"
    r"|באר\s+שבע|קרי?ית\s+שמונה|ראשון\s+לציון)(?!\p{L})"
)
_HEBREW_NAME_HINTS = ("יום", "ימי", "ליל", "שבע", "שמונה", "ראשון")


def _continues_number(last: int, value: int, gap: str, word: str, language: str) -> bool:
    """Whether the number word `word` (of `value`) goes on the number whose last word was of
    `last`, after `gap`: a scale after a smaller number (three thousand), units after tens
    (twenty-one, soixante et onze; German writes them as one word) or after a scale (cent
    vingt); in Arabic, tens after units and و (واحد وعشرون)."""
    if _WITHIN_A_NUMBER.fullmatch(gap) is None:
        return False
    if value in SCALES:
        return value > last and not gap.strip()
    # Units and tens after hundreds (cent vingt, doscientos cincuenta), hundreds after thousands (dos mil doscientos).
    after_a_scale = (last % 1000 == 0 and value < 1000) or (last % 100 == 0 and value < 100)
    if language == "ar":
        after_units = 1 <= last <= 9 and 20 <= value < 100 and value % 10 == 0
        return word.startswith("و") and (after_a_scale or after_units)
    if language == "he":
        # Hebrew joins ו to the last word of a number, and to none before (מאה עשרים ושלושה,
        # אלף ומאתיים); a word after ה is a number of its own (המאה העשרים: the 20th century).
        after_tens = 20 <= last < 100 and last % 10 == 0 and 1 <= value <= 9
        joined = word.startswith("ו") and word[1:] in _HEBREW_NUMBER_WORDS
        return (after_a_scale or after_tens) and joined or after_a_scale and word in _HEBREW_NUMBER_WORDS
    # `and` after hundreds or thousands only in English and Portuguese (one hundred and five,
    # mil e duzentos): Spanish `entre mil y dos mil` is two numbers.
    if after_a_scale and gap.strip() and language not in ("en", "pt"):
        return False
    return after_a_scale or (language != "de" and 20 <= last < 100 and last % 10 == 0 and 1 <= value <= 19)


@functools.lru_cache(maxsize=16)
def _number_word_pattern(language: str) -> regex.Pattern[str]:
    return words_of(tuple(NUMBER_WORDS[language]))


# Decades in words, by the tens digit of their years: los años noventa, die Neunzigerjahre.
_DECADE_WORDS: Final[Mapping[str, tuple[str, tuple[str, ...]]]] = {
    "es": ("años ", ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")),
    "pt": ("anos ", ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")),
    "it": ("anni ", ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")),
    "nl": ("jaren ", ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")),
    "de": ("", ("zwanziger", "dreißiger", "vierziger", "fünfziger", "sechziger", "siebziger", "achtziger", "neunziger")),
    "ar": ("(?:ال)?", ("عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات")),
}


@functools.lru_cache(maxsize=16)
def _decade_pattern(language: str) -> regex.Pattern[str] | None:
    if language not in _DECADE_WORDS:
        return None
    before, tens = _DECADE_WORDS[language]  # `before` is a pattern: the word or article before the decade
    return regex.compile(rf"(?<!\p{{L}}){before}({'|'.join(tens)})", regex.IGNORECASE)


def _decades_in_words(text: str, language: str) -> Iterator[int]:
    """The years a decade written in words may start (1990 and 2090 for los años noventa)."""
    if (pattern := _decade_pattern(language)) is None:
        return
    tens = _DECADE_WORDS[language][1]
    for match in pattern.finditer(text):
        decade = 10 * (tens.index(match.group(1).casefold()) + 2)
        yield from (1900 + decade, 2000 + decade)


def _russian_prefixes() -> dict[str, int]:
    """Russian numbers in the genitive that open a compound word, 2 to 99 and 100: трёхлетний,
    двадцатисемилетний (27-year-old), сорокапятилетний, столетний."""
    units = {**dict(zip("одно двух трех четырех пяти шести семи восьми девяти".split(), range(1, 10))), "трёх": 3, "четырёх": 4}
    teens = dict(zip("десяти одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати "
                     "восемнадцати девятнадцати".split(), range(10, 20)))
    tens = dict(zip("двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста".split(), range(20, 100, 10)))
    combined = {ten + unit: tens[ten] + units[unit] for ten in tens for unit in units}
    return {word: number for word, number in {**units, **teens, **tens, **combined, "сто": 100}.items() if number >= 2}


# A number that opens a compound word (ein dreijähriges Mädchen, een driejarig meisje, трёхлетняя, trzyletnia, dreimal).
NUMBER_PREFIXES: Final[Mapping[str, Mapping[str, int]]] = {
    "de": {word: number for number, word in enumerate(
        "null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()) if number >= 2},
    "ru": _russian_prefixes(),
    "pl": dict(zip("dwu trzy cztero pięcio sześcio siedmio ośmio dziewięcio dziesięcio".split(), range(2, 11))),
    "cs": dict(zip("dvou tří čtyř pěti šesti sedmi osmi devíti deseti".split(), range(2, 11))),
    "nl": {word: number for number, word in enumerate("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()) if number >= 2},
    # Italian counts years in one word: un decennale is a 10-year bond, un ventennio twenty years;
    # French and Spanish too: un plan triennal, quinquennal, un plan trienal, un trienio
    "it": {"bi": 2, "tri": 3, "quadri": 4, "quinqu": 5, "dec": 10, "vent": 20, "trent": 30},
    "fr": {"bi": 2, "tri": 3, "quadri": 4, "quinqu": 5, "sept": 7, "déc": 10},
    "es": {"bi": 2, "tri": 3, "cuatri": 4, "quinqu": 5, "sex": 6, "dec": 10},
}
NUMBER_COMPOUNDS: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})({'|'.join(prefixes)}){ending}", regex.IGNORECASE)
    for language, prefixes, ending in (
        # eine vierköpfige Familie, ein Fünfjahresplan, zweistellig, dreiteilig
        ("de", NUMBER_PREFIXES["de"], "(?:jährig|jahres|monatig|monats|tägig|wöchig|stündig|minütig|fach|köpfig|stellig|teilig)"),
        # een tweejarige schorsing, een driedaags bezoek, een vierkoppig gezin, tweecijferig
        ("nl", NUMBER_PREFIXES["nl"], "(?:jarig|jaars|daags|maands|weeks|urig|koppig|voudig|delig|cijferig)"),
        ("ru", NUMBER_PREFIXES["ru"], "(?:летн|месячн|недельн|дневн|часов|кратн)"),
        ("pl", NUMBER_PREFIXES["pl"], "(?:letn|miesięczn|dniow|godzinn|krotn)"),
        # osmiletý, tříměsíční, dvoudenní, pětinásobný
        ("cs", NUMBER_PREFIXES["cs"], "(?:let|měsíč|týdenn|denn|hodinov|násobn)"),
        ("it", NUMBER_PREFIXES["it"], "enn(?:al|i)"),
        ("fr", NUMBER_PREFIXES["fr"], "enn(?:al|at)"),
        ("es", NUMBER_PREFIXES["es"], "en(?:al|io)"),
    )
}


# A century the source says in digits: the 14th century, a 14th-century fresco.
_CENTURY_IN_DIGITS = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}{1,2})(?:st|nd|rd|th)[\s-]centur(?:y|ies)(?!\p{L})", regex.IGNORECASE)
_CENTURY_HINTS = in_any_case("entur")  # century, CENTURY
# Italian names a century of its history and art by its hundreds, capitalised: il Trecento is
# the 14th century, the 1300s (il Duecento to il Novecento; IL TRECENTO in a headline).
_ITALIAN_CENTURIES = ("Due", "Tre", "Quattro", "Cinque", "Sei", "Sette", "Otto", "Nove")
_ITALIAN_CENTURY = lazy_compile(
    rf"(?<!\p{{L}})(?:(?:{'|'.join(_ITALIAN_CENTURIES)})cento|(?:{'|'.join(_ITALIAN_CENTURIES).upper()})CENTO)(?!\p{{L}})"
)


def centuries_said(msgid: str, decades: frozenset[int]) -> frozenset[int]:
    """The centuries the source says, as it writes them: 14 for the 14th century, 1300 for the
    1300s (one of its `decades`)."""
    ordinals = {int(match.group(1)) for match in _CENTURY_IN_DIGITS.finditer(msgid)} if any(hint in msgid for hint in _CENTURY_HINTS) else set()
    return frozenset(ordinals) | {year for year in decades if year % 100 == 0}


def written_out_numbers(
    text: str, locale: Locale, decades: frozenset[int] = frozenset(), centuries: frozenset[int] = frozenset()
) -> Counter[int]:
    """The numbers from two up a translation writes without digits: in words of its language
    (the source's `decades` too, and its `centuries` by their Italian names), as Roman numerals
    and, in Japanese and Chinese, in kanji. Not one, which is also an article (ein, une) and
    written so in a thousand words that state no number."""
    numbers: Counter[int] = Counter()
    if centuries and locale.language == "it" and ("cento" in text or "CENTO" in text):
        # Where the source says a century, il Trecento is that century, not three hundred.
        for match in _ITALIAN_CENTURY.finditer(text):
            hundreds = NUMBER_WORDS["it"][match.group().lower()]
            numbers[1000 + hundreds if 1000 + hundreds in centuries else 11 + hundreds // 100] += 1
        text = _ITALIAN_CENTURY.sub(" ", text)
    numbers.update(numbers_in_words(text, locale.language))
    numbers.update(_roman_value(match) for match in _ROMAN_NUMERAL.finditer(text))
    if (compounds := NUMBER_COMPOUNDS.get(locale.language)) is not None:
        prefixes = NUMBER_PREFIXES[locale.language]
        numbers.update(prefixes[match.group(1).casefold()] for match in compounds.finditer(text))
    if locale.language == "it" and ("enn" in text or "ENN" in text):
        numbers.update(_italian_ages(text))
    if (by_decade := _AGE_BY_ITS_DECADE.get(locale.language)) is not None and ("gén" in text or "gen" in text or "GEN" in text or "GÉN" in text):
        numbers.update(_DECADES_OF_AN_AGE[match.group(1).casefold()] for match in by_decade.finditer(text))
    # As the source writes the decade: 1990 for the 1990s, 90 for the '90s.
    numbers.update(
        written for year in _decades_in_words(text, locale.language) for written in (year, year % 100) if written in decades
    )
    numbers.update(value for _, value in kanji_numbers(text, locale.language))
    return Counter({value: count for value, count in numbers.items() if value >= 2})


# An Italian age in one word, a number's word without its last vowel and -enne: il
# diciannovenne, una quarantenne, i ventitreenni (the 19-year-old, a woman in her forties or of
# 40, the 23-year-olds).
_ITALIAN_AGE = lazy_compile(r"(?<!\p{L})(\p{L}+?)enn[ei](?!\p{L})", regex.IGNORECASE)


# An age by its decade, in French, Spanish and Portuguese: le sexagénaire, el septuagenario, a
# octogenária (the 60-, 70-, 80-year-old), as 六旬 is sixty.
_AGE_BY_ITS_DECADE: Final[Mapping[str, regex.Pattern[str]]] = {
    language: lazy_compile(rf"(?<!\p{{L}})(quadra|cuadra|quinqua|quincua|sexa|septua|octo|nona){ending}(?!\p{{L}})", regex.IGNORECASE)
    for language, ending in {"fr": "génaires?", "es": "genari[oa]s?", "pt": "gen[áa]ri[oa]s?"}.items()
}
_DECADES_OF_AN_AGE = {"quadra": 40, "cuadra": 40, "quinqua": 50, "quincua": 50, "sexa": 60, "septua": 70, "octo": 80, "nona": 90}


def _italian_ages(text: str) -> Iterator[int]:
    """The ages from ten up `text` says in one Italian word (`_ITALIAN_AGE`)."""
    numbers = NUMBER_WORDS["it"]
    for match in _ITALIAN_AGE.finditer(text):
        stem = match.group(1).casefold()
        age = next((numbers[word] for word in (stem, *(stem + vowel for vowel in "eaoi")) if word in numbers), None)
        if age is not None and age >= 10:
            yield age


def _roman_value(match: regex.Match[str]) -> int:
    """The value of a Roman numeral the pattern found: each of its parts (thousands, hundreds,
    tens, units) is a sum, but for a smaller letter before a larger one (IX, XC)."""
    total = 0
    for part in match.groups():
        values = [_ROMAN_VALUES[letter] for letter in part]
        total += values[-1] - values[0] if len(values) == 2 and values[0] < values[1] else sum(values)
    return total


# Korean numbers in hangul, as kanji are read: with 십, 백 or 천 in them (이십 명, 삼백 개, 천
# 달러), and amounts on the scales of ten thousand (이십억 달러, 구억 오천만 달러), before a
# counter or a currency, maybe after a space, and the particle that may end the word (명이,
# 달러를). A digit's syllable alone is in a thousand words (이 is `this`, 사 a company, 구 a
# district), no number, and so are a counter's in other words (명단, a list; 대원, a member).
HANGUL_AS_KANJI = str.maketrans("영공일이삼사오육칠팔구십백천만억조", "〇〇一二三四五六七八九十百千万億兆")
HANGUL_MULTIPLIER_HINT = re.compile("[십백천]")
HANGUL_SCALE_HINT = re.compile("[만억조]")
_HANGUL_COUNTERS = "명|개국|개월|개|번째|번|건|년|월|일|시간|분|초|세|곳|차례|배|대|척|회|가지|주|위|층|권|장|표|석|호|편|달러|유로|파운드|엔|위안|원"
_HANGUL_COUNTED = rf"(?=\s?(?:{_HANGUL_COUNTERS})(?:[이가을를은는의에로와과도씩다]|(?!\p{{Hangul}})))"
_HANGUL_DIGITS = "일이삼사오육칠팔구십백천"
HANGUL_NUMBER = lazy_compile(rf"(?<!\p{{Hangul}})(?=[{_HANGUL_DIGITS}]*[십백천])[{_HANGUL_DIGITS}]{{1,8}}{_HANGUL_COUNTED}")
# Before a counter of people or things (명, 개, 개국, 건, 곳) a Sino-Korean number is a count whatever
# its size (십삼 명, thirteen people), which a translation may put for the source's in words.
HANGUL_THINGS_COUNTED = lazy_compile(r"\s?(?:명|개국|개|건|곳)(?:[이가을를은는의에로와과도씩]|(?!\p{Hangul}))")
HANGUL_AMOUNT = lazy_compile(rf"(?<![\p{{Hangul}}\p{{Nd}}])[{_HANGUL_DIGITS}]{{1,8}}[만억조](?: ?[{_HANGUL_DIGITS}]{{1,8}}[만억조])*{_HANGUL_COUNTED}")
# Native Korean numbers (한, 두, 세, 네, 다섯 … 아홉, 열, 스물, 서른, 마흔 and their compounds: 열두,
# 스물다섯; 스무 alone), read only before a counter of people, things, animals or years of age
# (세 명, 두 개, 세 마리, 스무 살): alone, their words say other things (세 an age or a tax, 네
# `yes`, 열 a fever, 한 `did`). A native ten before 월 or 국 after 개 is no count (개월 and 개국
# take Sino-Korean numbers).
_NATIVE_KOREAN_TENS: Final[Mapping[str, int]] = {"열": 10, "스물": 20, "서른": 30, "마흔": 40}
_NATIVE_KOREAN_UNITS: Final[Mapping[str, int]] = {
    form: value for value, forms in enumerate(("", "한 하나", "두 둘", "세 셋", "네 넷", "다섯", "여섯", "일곱", "여덟", "아홉")) for form in forms.split()
}
_NATIVE_KOREAN_COUNTER_HINT = re.compile("[명개리살]")
_NATIVE_KOREAN_COUNT = lazy_compile(
    rf"(?<!\p{{Hangul}})(?:(?P<ten>{'|'.join(_NATIVE_KOREAN_TENS)})(?P<unit>{'|'.join(_NATIVE_KOREAN_UNITS)})?"
    rf"|(?P<ten>스무)|(?P<unit>{'|'.join(_NATIVE_KOREAN_UNITS)}))"
    r"(?=\s?(?:명|개|마리|살)(?:[이가을를은는의에로와과도씩]|(?!\p{Hangul})))"
)


def native_korean_counts(text: str) -> Iterator[tuple[str, int]]:
    """Each count `text` says in native Korean numbers before a counter (`_NATIVE_KOREAN_COUNT`),
    as written, and its value."""
    if not _NATIVE_KOREAN_COUNTER_HINT.search(text):
        return
    for match in _NATIVE_KOREAN_COUNT.finditer(text):
        ten, unit = match.group("ten"), match.group("unit")
        yield match.group(), (20 if ten == "스무" else _NATIVE_KOREAN_TENS.get(ten or "", 0)) + _NATIVE_KOREAN_UNITS.get(unit or "", 0)


def kanji_numbers(text: str, language: str) -> Iterator[tuple[str, int]]:
    """Each number `text` writes in kanji, as written, and its value (in Japanese and Chinese);
    in Korean, in hangul (`HANGUL_NUMBER`) and in native Korean numbers (`native_korean_counts`)."""
    if language in KANJI_LANGUAGES:
        for match in _KANJI_NUMBER.finditer(text):
            decades = text[match.end() : match.end() + 1] == _DECADES_OF_AGE
            yield match.group(), kanji_value(match.group()) * (10 if decades else 1)
    elif language == "ko":
        if HANGUL_MULTIPLIER_HINT.search(text):
            for match in HANGUL_NUMBER.finditer(text):
                yield match.group(), kanji_value(match.group().translate(HANGUL_AS_KANJI))
        yield from native_korean_counts(text)


def kanji_value(run: str) -> int:
    """The value of a number in kanji: digits before 十, 百 or 千 multiply it (二十五 is 25),
    digits alone are read one by one (二〇二六 is 2026)."""
    if not any(char in _KANJI_MULTIPLIERS for char in run):
        return int("".join(str(_KANJI_DIGITS[char]) for char in run))
    total, digit = 0, None
    for char in run:
        if char in _KANJI_MULTIPLIERS:
            total += (1 if digit is None else digit) * _KANJI_MULTIPLIERS[char]
            digit = None
        else:
            digit = _KANJI_DIGITS[char]
    return total + (digit or 0)


def number_said(text: str, language: str) -> int | None:
    """The number one word or run of digits or kanji says: 7 for 7, seven or 七."""
    if text.isdecimal():
        return int(text)
    if all(char in _KANJI_DIGITS or char in _KANJI_MULTIPLIERS for char in text):
        return kanji_value(text)
    return NUMBER_WORDS.get(language, {}).get(text.lower())


# The counts compared when written in words: from two, as one is also an article (ein, une).
COUNTS_IN_WORDS = range(2, 13)
# Those a translation may change into another in words (Twenty → Zwölf): up to the hundreds,
# which are also said roughly (hundreds, a thousand).
COUNTS_CHANGED_IN_WORDS = range(2, 100)
# Words that say a number by themselves: two goals or titles (Doppelpack, doblete, doppietta,
# doublé, дубль), three (a hat-trick, triplé, tripletta, хет-трик, 帽子戏法), a duo, a trio, and a
# multiple, which `twice as many` and `three times as much` become (doppelt so viele, le
# double, el triple, il doppio, dubbel, o dobro, sich verdreifachen, quadrupler).
WORDS_SAYING_A_NUMBER: Final[Mapping[int, regex.Pattern[str]]] = {
    2: lazy_compile(
        r"(?<!\p{L})(?:Doppelpack\p{L}*|doblete|doppietta|doublé|dublet\p{L}*|дубл\p{L}*|duo|dúo|дуэт\p{L}*"
        r"|doppelt\p{L}*|zweifach\p{L}*|verdoppel\p{L}*|double|doubles|doubl(?:er|ent|ait|èrent)|dobles?|duplic\p{L}*"
        r"|doppi[oa]|raddoppi\p{L}*|dubbel|verdubbel\p{L}*|tweemaal|dobro|dobr(?:ar|ou|aram|am)|вдвое)(?!\p{L})"
        r"|倍増|倍增|翻倍|加倍|倍(?=に|へ)|(?<=の)倍(?![\p{Han}])",
        regex.IGNORECASE,
    ),
    3: lazy_compile(
        r"(?<!\p{L})(?:hat[- ]?trick\p{L}*|triplé|triplete|tripletta|хет-трик\p{L}*|trio|trío|трио"
        r"|dreifach\p{L}*|verdreifach\p{L}*|triples?|tripl(?:er|ent|ait|èrent)|tripl[oi]|triplic\p{L}*"
        r"|drievoudig\p{L}*|verdrievoudig\p{L}*|driemaal|втрое)(?!\p{L})|ハットトリック|帽子戏法",
        regex.IGNORECASE,
    ),
    4: lazy_compile(
        r"(?<!\p{L})(?:vierfach\p{L}*|vervierfach\p{L}*|quadrupl\p{L}*|cuádrupl\p{L}*|cuadruplic\p{L}*|quadruplic\p{L}*"
        r"|viervoudig\p{L}*|verviervoudig\p{L}*|viermaal|вчетверо)(?!\p{L})",
        regex.IGNORECASE,
    ),
}
# What joins the numbers of a range or a choice: two or three, zwei bis drei, deux à trois, 2–3.
_OR_TO = r"(?:\s*[-–]\s*|\s+(?:or|to|oder|bis|ou|à|o|a|y|u|или|до|lub|albo|do|أو|إلى)\s+)"
_RANGE_AFTER = lazy_compile(rf"{_OR_TO}(?:\p{{Nd}}|(\p{{L}}+))", regex.IGNORECASE)
# Not after a year, which starts no range of counts: `en 2019 a 18 años` (in 2019, to 18 years).
_RANGE_BEFORE = lazy_compile(rf"(?:(?<![\p{{Nd}}.,])(?!(?:1[89]|20)\p{{Nd}}{{2}}(?!\p{{Nd}}))\p{{Nd}}+|(?<!\p{{L}})(\p{{L}}+)){_OR_TO}$", regex.IGNORECASE)


def in_a_range(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number word at `start`…`end` of `text` is one end of a range or a choice of numbers."""
    words = NUMBER_WORDS.get(language, {})
    for joined in (_RANGE_AFTER.match(text, end), _RANGE_BEFORE.search(text, max(0, start - 40), start)):
        if joined is not None and (joined.group(1) is None or joined.group(1).lower() in words):
            return True
    return False
