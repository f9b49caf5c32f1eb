"""Greek, Czech, Persian, Finnish, Hindi, Vietnamese, Indonesian, Romanian and Hungarian copy:
thousands, millions and billions in their words (Hindi's lakh and crore too), percentage
points, Hindi's hour with the part of the day before it, and the 24-hour clock with a point."""

from __future__ import annotations

import pytest
from test_check import reviewed

FINE = "Prosecutors had sought a fine of 2.5 million crowns (about $110,000)."
DEAL = "Helios agreed to buy Nordwind for €4.2 billion."
POINTS = "Net profit fell 1.2 percentage points to a margin of 6.4 percent."


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("el", FINE, "Η εισαγγελία είχε ζητήσει πρόστιμο 2,5 εκατ. κορωνών (περίπου 110 χιλ. δολάρια)."),
    ("cs", FINE, "Žalobci požadovali pokutu 2,5 milionu korun (asi 110 tis. dolarů)."),
    ("cs", FINE, "Žalobci požadovali pokutu 2,5 mil. korun (asi 110 tisíc dolarů)."),
    ("fa", FINE, "دادستان\u200cها خواستار ۲٫۵ میلیون کرون جریمه (حدود ۱۱۰ هزار دلار) شده بودند."),
    ("fi", FINE, "Syyttäjä oli vaatinut 2,5 miljoonan kruunun (noin 110 tuhannen dollarin) sakkoa."),
    ("vi", FINE, "Công tố viên đã đề nghị phạt 2,5 triệu koruna (khoảng 110 nghìn USD)."),
    ("id", FINE, "Jaksa menuntut denda 2,5 juta koruna (sekitar 110 ribu dolar AS)."),
    ("ro", FINE, "Procurorii ceruseră o amendă de 2,5 mil. de coroane (aproximativ 110 mii de dolari)."),
    ("hu", FINE, "Az ügyészség 2,5 millió korona (mintegy 110 ezer dollár) pénzbírságot kért."),
    # Hindi counts in lakhs (100,000) and crores (10 million), and groups digits so: 1,10,000.
    ("hi", FINE, "अभियोजकों ने 25 लाख क्राउन (लगभग 1,10,000 डॉलर) के जुर्माने की मांग की थी।"),
    ("hi", FINE, "अभियोजकों ने 25 लाख क्राउन (लगभग 110 हज़ार डॉलर) के जुर्माने की मांग की थी।"),
    ("hi", "Bribes worth 12 million crowns.", "1.2 करोड़ क्राउन की रिश्वत।"),
    ("hi", "Savings of up to $350 million a year.", "हर साल 35 करोड़ डॉलर तक की बचत।"),
    ("el", DEAL, "Η Helios συμφώνησε να αγοράσει τη Nordwind έναντι 4,2 δισ. ευρώ."),
    ("cs", DEAL, "Helios souhlasil s koupí Nordwindu za 4,2 mld. eur."),
    ("fi", DEAL, "Helios sopi ostavansa Nordwindin 4,2 miljardilla eurolla."),
    ("hi", DEAL, "हेलियोस ने नॉर्डविंड को 4.2 अरब यूरो में खरीदने पर सहमति दी।"),
    ("vi", DEAL, "Helios đồng ý mua Nordwind với giá 4,2 tỷ euro."),
    ("id", DEAL, "Helios sepakat membeli Nordwind senilai 4,2 miliar euro."),
    ("ro", DEAL, "Helios a acceptat să cumpere Nordwind pentru 4,2 miliarde de euro."),
    ("fa", DEAL, "هلیوس موافقت کرد نوردویند را به قیمت ۴٫۲ میلیارد یورو بخرد."),
    # Percentage points, in the words of each language.
    ("cs", POINTS, "Čistý zisk klesl o 1,2 procentního bodu na marži 6,4 procenta."),
    ("fi", POINTS, "Nettotulos laski 1,2 prosenttiyksikköä 6,4 prosentin marginaaliin."),
    ("el", POINTS, "Τα καθαρά κέρδη μειώθηκαν κατά 1,2 ποσοστιαίες μονάδες σε περιθώριο 6,4%."),
    ("ro", POINTS, "Profitul net a scăzut cu 1,2 puncte procentuale, la o marjă de 6,4%."),
    ("id", POINTS, "Laba bersih turun 1,2 poin persentase menjadi margin 6,4 persen."),
    ("vi", POINTS, "Lợi nhuận ròng giảm 1,2 điểm phần trăm xuống biên 6,4%."),
    ("hi", POINTS, "शुद्ध लाभ 1.2 प्रतिशत अंक घटकर 6.4 प्रतिशत के मार्जिन पर आ गया।"),
    ("hu", POINTS, "A nettó nyereség 1,2 százalékponttal 6,4 százalékos árrésre csökkent."),
    ("fa", POINTS, "سود خالص ۱٫۲ واحد درصد کاهش یافت و به حاشیه ۶٫۴ درصد رسید."),
    # Hindi's hour: the part of the day before it, बजे after it.
    ("hi", "The match kicked off at 20:00.", "मैच रात 8 बजे शुरू हुआ।"),
    ("hi", "The draw takes place at 13:00.", "ड्रॉ दोपहर 1 बजे होगा।"),
    ("hi", "The polls open at 7:30 a.m.", "मतदान सुबह 7:30 बजे शुरू होगा।"),
    ("hi", "The rally ends at 6 p.m.", "रैली शाम को 6 बजे खत्म होगी।"),
    # The 24-hour clock with a point, as Indonesian, Romanian and Hungarian copy writes it.
    ("id", "The match kicked off at 20:00.", "Pertandingan dimulai pukul 20.00."),
    ("ro", "The match kicked off at 20:00.", "Meciul a început la ora 20.00."),
    ("hu", "The match kicked off at 20:00.", "A mérkőzés 20.00-kor kezdődött."),
])
def test_correct_copy_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("el", DEAL, "Η Helios συμφώνησε να αγοράσει τη Nordwind έναντι 4,2 εκατ. ευρώ.", "4,2 εκατ is 4.2 million"),
    ("cs", DEAL, "Helios souhlasil s koupí Nordwindu za 4,2 milionu eur.", "4,2 milionu is 4.2 million"),
    ("fi", DEAL, "Helios sopi ostavansa Nordwindin 4,2 miljoonalla eurolla.", "4,2 miljoonalla is 4.2 million"),
    ("hi", DEAL, "हेलियोस ने नॉर्डविंड को 4.2 करोड़ यूरो में खरीदने पर सहमति दी।", "is 42 million"),
    ("vi", DEAL, "Helios đồng ý mua Nordwind với giá 4,2 triệu euro.", "4,2 triệu is 4.2 million"),
    ("id", DEAL, "Helios sepakat membeli Nordwind senilai 4,2 juta euro.", "4,2 juta is 4.2 million"),
    ("ro", DEAL, "Helios a acceptat să cumpere Nordwind pentru 4,2 milioane de euro.", "4,2 milioane is 4.2 million"),
    ("cs", POINTS, "Čistý zisk klesl o 1,2 procenta na marži 6,4 procenta.", "1,2 procenta in the translation: points are no percentage"),
    ("fi", POINTS, "Nettotulos laski 1,2 prosenttia 6,4 prosentin marginaaliin.", "1,2 prosenttia in the translation"),
    ("ro", POINTS, "Profitul net a scăzut cu 1,2 la sută, la o marjă de 6,4 la sută.", "1,2 la sută in the translation"),
    ("id", POINTS, "Laba bersih turun 1,2 persen menjadi margin 6,4 persen.", "1,2 persen in the translation"),
    ("hi", POINTS, "शुद्ध लाभ 1.2 प्रतिशत घटकर 6.4 प्रतिशत के मार्जिन पर आ गया।", "1.2 प्रतिशत in the translation"),
    ("fa", POINTS, "سود خالص ۱٫۲ درصد کاهش یافت و به حاشیه ۶٫۴ درصد رسید.", "۱٫۲ درصد in the translation"),
    ("hi", "The match kicked off at 20:00.", "मैच रात 9 बजे शुरू हुआ।", "missing 20:00"),
    ("hi", "The match kicked off at 20:00.", "मैच सुबह 8 बजे शुरू हुआ।", "missing 20:00"),
])
def test_a_changed_figure_is_an_error(locale, msgid, msgstr, expected):
    found = reviewed(msgid, msgstr, locale)
    assert [(check, severity) for check, severity, _ in found] == [("numbers", "error")], found
    assert expected in found[0][2]


@pytest.mark.parametrize("locale, msgid, msgstr, other", [
    ("el", "The fine was about $110,000.", "Το πρόστιμο ήταν περίπου 110.000 δολάρια.", "Το πρόστιμο ήταν περίπου 110.000 ευρώ."),
    ("cs", "Revenue rose to €2.75 billion.", "Tržby vzrostly na 2,75 mld. eur.", "Tržby vzrostly na 2,75 mld. dolarů."),
    ("fi", "Revenue rose to €2.75 billion.", "Liikevaihto nousi 2,75 miljardiin euroon.", "Liikevaihto nousi 2,75 miljardiin dollariin."),
    ("hu", "Revenue rose to €2.75 billion.", "A bevétel 2,75 milliárd euróra nőtt.", "A bevétel 2,75 milliárd dollárra nőtt."),
    ("fa", "The fine was about $110,000.", "جریمه حدود ۱۱۰ هزار دلار بود.", "جریمه حدود ۱۱۰ هزار یورو بود."),
    ("hi", "The fine was about $110,000.", "जुर्माना लगभग 1,10,000 डॉलर था।", "जुर्माना लगभग 1,10,000 यूरो था।"),
    ("el", "The club paid £40 million.", "Ο σύλλογος πλήρωσε 40 εκατ. λίρες.", "Ο σύλλογος πλήρωσε 40 εκατ. ευρώ."),
    ("cs", "The club paid £40 million.", "Klub zaplatil 40 milionů liber.", "Klub zaplatil 40 milionů eur."),
    ("fi", "The club paid £40 million.", "Seura maksoi 40 miljoonaa puntaa.", "Seura maksoi 40 miljoonaa euroa."),
    ("hu", "The club paid £40 million.", "A klub 40 millió fontot fizetett.", "A klub 40 millió dollárt fizetett."),
])
def test_a_currency_in_the_languages_words_is_read_and_another_is_an_error(locale, msgid, msgstr, other):
    assert reviewed(msgid, msgstr, locale) == []
    [(check, severity, message)] = reviewed(msgid, other, locale)
    assert (check, severity) == ("numbers", "error") and message.startswith("the currency:")


@pytest.mark.parametrize("locale, msgid, msgstr, other, expected", [
    ("el", "Three people were injured.", "Τρία άτομα τραυματίστηκαν.", "Δύο άτομα τραυματίστηκαν.", "missing Three; not in the source: Δύο"),
    ("el", "Eight ministers resigned.", "Οκτώ υπουργοί παραιτήθηκαν.", "Έξι υπουργοί παραιτήθηκαν.", "missing Eight; not in the source: Έξι"),
    ("el", "He scored twice.", "Σκόραρε δύο φορές.", "Σκόραρε τρεις φορές.", "missing twice; not in the source: τρεις"),
    ("cs", "Three people were injured.", "Tři lidé byli zraněni.", "Dva lidé byli zraněni.", "missing Three; not in the source: Dva"),
    ("cs", "He scored twice.", "Skóroval dvakrát.", "Skóroval třikrát.", "missing twice; not in the source: třikrát"),
])
def test_a_greek_or_czech_number_in_words_is_read_and_another_is_an_error(locale, msgid, msgstr, other, expected):
    assert reviewed(msgid, msgstr, locale) == []
    assert reviewed(msgid, other, locale) == [("numbers", "error", expected)]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    ("el", "The court ruled on Tuesday.", "Το δικαστήριο αποφάνθηκε την Τρίτη."),  # Tuesday, not the third
    ("el", "A man was arrested.", "Ένας άνδρας συνελήφθη."),  # the article
    ("cs", "On the other side, 3 people waited.", "Na druhé straně čekali 3 lidé."),  # the other, not the second
    ("cs", "He faces an eight-year sentence.", "Hrozí mu osmiletý trest."),
])
def test_greek_and_czech_words_that_are_no_number_here_pass(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


QUARTER = "Revenue rose in the third quarter."


@pytest.mark.parametrize("locale, msgstr, other", [
    ("cs", "Tržby ve třetím čtvrtletí vzrostly.", "Tržby ve čtvrtém čtvrtletí vzrostly."),
    ("el", "Τα έσοδα αυξήθηκαν στο τρίτο τρίμηνο.", "Τα έσοδα αυξήθηκαν στο τέταρτο τρίμηνο."),
    ("fi", "Liikevaihto kasvoi kolmannella neljänneksellä.", "Liikevaihto kasvoi toisella neljänneksellä."),
    ("hu", "A bevétel a harmadik negyedévben nőtt.", "A bevétel a második negyedévben nőtt."),
    ("tr", "Gelir üçüncü çeyrekte arttı.", "Gelir ikinci çeyrekte arttı."),
    ("uk", "Виручка зросла в третьому кварталі.", "Виручка зросла в другому кварталі."),
    ("ro", "Veniturile au crescut în trimestrul al treilea.", "Veniturile au crescut în al doilea trimestru."),
    ("ro", "Veniturile au crescut în trimestrul III.", "Veniturile au crescut în trimestrul II."),
    ("id", "Pendapatan naik pada kuartal ketiga.", "Pendapatan naik pada kuartal kedua."),
    ("id", "Pendapatan naik pada kuartal III.", "Pendapatan naik pada kuartal II."),
    ("vi", "Doanh thu tăng trong quý III.", "Doanh thu tăng trong quý II."),
])
def test_a_quarter_named_in_the_languages_words_is_read_and_another_is_an_error(locale, msgstr, other):
    assert reviewed(QUARTER, msgstr, locale) == []
    assert ("numbers", "error") in [(check, severity) for check, severity, message in reviewed(QUARTER, other, locale)
                                    if message.startswith("the quarter: third quarter in the source")]


JAILED = "He was jailed for 6 months."


@pytest.mark.parametrize("locale, msgstr, other", [
    ("cs", "Byl odsouzen na 6 měsíců.", "Byl odsouzen na 6 let."),
    ("sk", "Odsúdili ho na 6 mesiacov.", "Odsúdili ho na 6 rokov."),
    ("el", "Καταδικάστηκε σε φυλάκιση 6 μηνών.", "Καταδικάστηκε σε φυλάκιση 6 ετών."),
    ("fi", "Hänet tuomittiin 6 kuukaudeksi vankeuteen.", "Hänet tuomittiin 6 vuodeksi vankeuteen."),
    ("vi", "Ông bị kết án 6 tháng tù.", "Ông bị kết án 6 năm tù."),
    ("id", "Ia dipenjara selama 6 bulan.", "Ia dipenjara selama 6 tahun."),
    ("ro", "A fost condamnat la 6 luni de închisoare.", "A fost condamnat la 6 ani de închisoare."),
    ("hu", "6 hónap börtönre ítélték.", "6 év börtönre ítélték."),
    ("tr", "6 ay hapis cezasına çarptırıldı.", "6 yıl hapis cezasına çarptırıldı."),
    ("sv", "Han dömdes till 6 månaders fängelse.", "Han dömdes till 6 års fängelse."),
    ("uk", "Його засудили до 6 місяців ув'язнення.", "Його засудили до 6 років ув'язнення."),
    ("he", "הוא נידון ל-6 חודשי מאסר.", "הוא נידון ל-6 שנות מאסר."),
    ("hi", "उसे 6 महीने की जेल हुई।", "उसे 6 साल की जेल हुई।"),
    ("fa", "او به ۶ ماه زندان محکوم شد.", "او به ۶ سال زندان محکوم شد."),
])
def test_a_span_in_the_languages_words_is_read_and_another_unit_is_an_error(locale, msgstr, other):
    assert reviewed(JAILED, msgstr, locale) == []
    [(check, severity, message)] = reviewed(JAILED, other, locale)
    assert (check, severity) == ("numbers", "error") and message.startswith("missing 6 months; not in the source: ")


def test_romanian_counts_from_twenty_with_de_before_the_span():
    assert reviewed("He was jailed for 25 years.", "A fost condamnat la 25 de ani de închisoare.", "ro") == []
    assert reviewed("He was jailed for 25 years.", "A fost condamnat la 25 de luni de închisoare.", "ro") == [
        ("numbers", "error", "missing 25 years; not in the source: 25 de luni")]


@pytest.mark.parametrize("locale, msgid, msgstr", [
    # Romanian puts de before the scale from twenty on; Greek's final sigma; suffixed scale words.
    ("ro", "About 20,000 people marched.", "Circa 20 de mii de oameni au mărșăluit."),
    ("ro", "The fund holds $25 million.", "Fondul deține 25 de milioane de dolari."),
    ("el", "About 20,000 people marched.", "Περίπου 20 χιλιάδες άνθρωποι παρέλασαν."),
    ("hu", "About 20,000 people marched.", "Mintegy 20 ezren vonultak fel."),
    ("sk", "Sales reached 2.5 million.", "Tržby dosiahli 2,5 milióna."),
    # A span in two parts, joined as each language joins them; Hebrew's duals; a Romanian half.
    ("sv", "He was jailed for two years and six months.", "Han dömdes till två år och sex månader."),
    ("el", "He was jailed for two years and six months.", "Καταδικάστηκε σε δύο χρόνια και έξι μήνες."),
    ("he", "He was jailed for two years and six months.", "הוא נידון לשנתיים ושישה חודשים."),
    ("ro", "He was jailed for two years and six months.", "A fost condamnat la doi ani și șase luni."),
    ("ro", "He was jailed for a year and a half.", "A fost condamnat la un an și jumătate."),
    ("ro", "He was jailed for a year and a half.", "A fost condamnat la un an și șase luni."),
    ("he", "The talks lasted two weeks.", "השיחות נמשכו שבועיים."),
    # Points written with the percent sign or word and the points' own.
    ("id", POINTS, "Laba bersih turun 1,2 persen poin menjadi margin 6,4 persen."),
    ("hi", POINTS, "शुद्ध लाभ 1.2 प्रतिशत पॉइंट घटकर 6.4 प्रतिशत के मार्जिन पर आ गया।"),
    ("fi", POINTS, "Nettotulos laski 1,2 %-yksikköä 6,4 prosentin marginaaliin."),
    ("hu", POINTS, "A nettó nyereség 1,2 %-ponttal 6,4 százalékos árrésre csökkent."),
    ("cs", "Protests took place in three cities.", "Protesty se konaly ve třech městech."),
])
def test_more_correct_copy_passes(locale, msgid, msgstr):
    assert reviewed(msgid, msgstr, locale) == []


@pytest.mark.parametrize("locale, msgid, msgstr, expected", [
    ("ro", "The fund holds $300 million.", "Fondul deține 300 de miliarde de dolari.", "300 de miliarde is 300 billion"),
    ("ro", "Six people were hurt.", "Cinci persoane au fost rănite.", "missing Six; not in the source: Cinci"),
    ("he", "The talks lasted two days.", "השיחות נמשכו שבועיים.", "missing two days; not in the source: שבועיים"),
    ("hu", QUARTER, "A bevétel a II. negyedévben nőtt.", "the quarter: third quarter in the source, II. negyedévben"),
    ("sk", QUARTER, "Tržby v II. štvrťroku vzrástli.", "the quarter: third quarter in the source, II. štvrťroku"),
    ("ro", QUARTER, "Veniturile au crescut în T2.", "the quarter: third quarter in the source, T2"),
])
def test_more_changed_figures_are_errors(locale, msgid, msgstr, expected):
    assert any(severity == "error" and expected in message for _, severity, message in reviewed(msgid, msgstr, locale))


SIX_MONTHS = "Six months later, talks resumed."


@pytest.mark.parametrize("locale, msgstr, other", [
    ("fi", "Kuusi kuukautta myöhemmin neuvottelut jatkuivat.", "Kuusi vuotta myöhemmin neuvottelut jatkuivat."),
    ("uk", "Через шість місяців переговори відновилися.", "Через шість років переговори відновилися."),
    ("sk", "O šesť mesiacov neskôr sa rokovania obnovili.", "O šesť rokov neskôr sa rokovania obnovili."),
    ("id", "Enam bulan kemudian, pembicaraan dilanjutkan.", "Enam tahun kemudian, pembicaraan dilanjutkan."),
    ("hi", "छह महीने बाद बातचीत फिर शुरू हुई।", "छह साल बाद बातचीत फिर शुरू हुई।"),
    ("tr", "Altı ay sonra görüşmeler yeniden başladı.", "Altı yıl sonra görüşmeler yeniden başladı."),
])
def test_a_span_said_in_words_in_more_languages_is_read_and_another_unit_is_an_error(locale, msgstr, other):
    assert reviewed(SIX_MONTHS, msgstr, locale) == []
    [(check, severity, message)] = reviewed(SIX_MONTHS, other, locale)
    assert (check, severity) == ("numbers", "error") and message.startswith("missing Six months; not in the source: ")


@pytest.mark.parametrize("locale, msgstr, other", [
    ("fi", "Kolme ihmistä loukkaantui.", "Kaksi ihmistä loukkaantui."),
    ("id", "Tiga orang terluka.", "Dua orang terluka."),
])
def test_a_count_in_words_in_more_languages_is_read(locale, msgstr, other):
    assert reviewed("Three people were hurt.", msgstr, locale) == []
    assert [check for check, _, _ in reviewed("Three people were hurt.", other, locale)] == ["numbers"]


def test_a_number_word_written_as_a_name_is_none():
    assert reviewed("3 people were hurt in Lima.", "3 orang terluka di Lima.", "id") == []
