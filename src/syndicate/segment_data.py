"""Locale data for sentence segmentation: titles, abbreviations and sentence starters.

Each supported language has four word lists, written for news copy:

``titles``
    Words that, abbreviated with a period, always lead into what follows and so never end a
    sentence: ``Dr.``, ``Gen.``, ``Sen.``, ``M.`` (Monsieur), ``Sra.``, ``dhr.``, ``prof.``.
``abbreviations``
    Abbreviations that usually sit inside a sentence but may end one: ``Jr.``, ``Inc.``,
    ``Jan.``, ``St.``, ``févr.``, ``EE. UU.``, ``tys.``. A sentence ends after one only when a
    *sentence starter* follows (``… Acme Inc. The company …``).
``closing_abbreviations``
    Abbreviations that close an enumeration (``etc.``, ``usw.``, ``itd.``, ``т. д.``): nothing
    capitalised continues a sentence after one, so a sentence ends there before any capital.
``clock_abbreviations`` and ``after_clock``
    The abbreviations of a clock time after its number (``10 a.m.``, ``3 p.m.``), and the
    capitalised words that may follow one inside a sentence (``10 a.m. Monday``, ``9 p.m.
    GMT``): a sentence ends after a clock time before any other capitalised word followed by
    a lower-case one (``… at 10 a.m. Trading was calm``), which is no sentence starter as
    often as not; not before a name (``4 p.m. New York time``), nor after a time that opens
    its sentence after one of the ``clock_openers`` (``By 6 p.m. Biden had conceded``).
``sentence_starters``
    Capitalised words that begin sentences far more often than they continue a name or a
    heading: articles, pronouns, conjunctions, common prepositions, and a few nouns that open
    news sentences (``Officials``, ``Police``). They decide whether an abbreviation, an
    initial (``Anne M. Lowe`` against ``Plan B. The``), a dotted acronym (``the U.S. Senate``
    against ``in the U.K. Officials``) or an ordinal number ends a sentence.
``function_words``
    Prepositions (with the articles they merge with), adverbs of time and focusing adverbs
    (also, even, only) that open sentences before a place or a name (``Sulle Alpi``, ``Ieri
    Roma``, ``En Barcelona``, ``Anche Milano``): capitalised only as the sentence's first word,
    they are no part of the name after them. Not the words
    that are also particles of surnames (``Di Maio``, ``Del Bosque``, ``De Gaulle``); Italian
    ``Dalla``, ``Dal``, ``Degli`` open surnames too (``Dalla Chiesa``), and names.py reads them
    as prepositions only before a place. names.py counts the language's day names among them
    where it writes them in lower case (``Martedì Elly Schlein``, ``Lundi``).

Single letters followed by a period (initials, ``z. B.``, ``a.m.``, ``p. m.``) are treated as
abbreviations in every language. ``ordinal_numbers`` marks languages that write ordinals as a
number and a period before capitalised nouns (German ``am 3. Mai``, ``die 5. Runde``): there a
number of up to three digits followed by a period is treated as an abbreviation too. Polish
writes ordinals the same way (``17. marca``, ``5. runda``) but the noun after them is lower-case,
so no rule is needed for it; a number before a capital letter ends a Polish sentence.

Entries are written without the final period and match case-sensitively.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = [
    "COMPANY_ABBREVIATIONS",
    "GENERIC",
    "INLINE_SPACE_CHARS",
    "LANGUAGES",
    "LINE_BREAK",
    "PARAGRAPH_BREAK",
    "SPACE_CHARS",
    "WHITESPACE",
    "LanguageData",
    "normalise_language",
]

# --- Characters ------------------------------------------------------------------------------
# Whitespace is exactly what Python's str.isspace() accepts, so that stripped sentences and the
# gaps between them agree with str.strip(). The regex fragments use only escapes that Python's
# `regex` and Java/ICU read alike, as SRX exports need.
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
SPACE_CHARS: Final = (
    r"\t\n\x0B\f\r\x1C-\x1F \x85\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
)
# Whitespace that does not end a line.
INLINE_SPACE_CHARS: Final = r"\t\x0B\f\x1C-\x1F \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000"
LINE_BREAK: Final = r"(?:\r\n?|[\n\x85\u2028\u2029])"
# A blank line, or the paragraph separator U+2029.
PARAGRAPH_BREAK: Final = rf"(?:{LINE_BREAK}[{INLINE_SPACE_CHARS}]*+{LINE_BREAK}|\u2029)"


@dataclass(frozen=True)
class LanguageData:
    code: str  # ISO 639-1
    name: str  # English name, also the rule-set name in SRX exports
    titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    sentence_starters: tuple[str, ...]
    ordinal_numbers: bool = False
    closing_abbreviations: tuple[str, ...] = ()  # an entry may hold a space (т. д)
    clock_abbreviations: tuple[str, ...] = ()  # an entry may hold a space (p. m)
    after_clock: tuple[str, ...] = ()
    clock_openers: tuple[str, ...] = ()  # capitalised, before a time that opens a sentence (At, By)
    # Verbs that attribute a quotation ("said", "asked"): after a quoted question or
    # exclamation, a name and one of them continue the sentence (“Why now?” Vos asked.).
    reporting_verbs: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _verbs(text: str) -> tuple[str, ...]:
    """Reporting verbs; a compound form (French `a demandé`) is one entry."""
    words = text.split()
    verbs: list[str] = []
    for word in words:
        if verbs and verbs[-1] in _AUXILIARIES:
            verbs[-1] += " " + word
        else:
            verbs.append(word)
    return tuple(verbs)


_AUXILIARIES = frozenset({"a", "ha"})


_MONTHS_EN = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
_WEEKDAYS_EN = "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
# AP-style state abbreviations, as datelines and addresses use them.
_US_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo"
)
# Company forms abbreviated with a period, which end a company's name: `Acme Inc.`, `Warner Bros.`.
COMPANY_ABBREVIATIONS: Final = "Inc Ltd Co Corp Bros Plc Cie Cia"

ENGLISH: Final = LanguageData(
    code="en",
    name="English",
    titles=_words(
        "Mr Mrs Ms Mx Messrs Dr Prof Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Brig Sen Rep "
        "Gov Pres Supt Insp Det Rev Fr Hon Msgr Atty Amb Mt Ft"
    ),
    abbreviations=_words(
        f"St Jr Sr {COMPANY_ABBREVIATIONS} Assn Dept Univ Ave Blvd Rd Hwy vs approx est No Nos Vol Fig "
        f"{_MONTHS_EN} {_WEEKDAYS_EN} {_US_STATES}"
    ),
    closing_abbreviations=("etc",),
    clock_abbreviations=("a.m", "p.m", "a. m", "p. m"),
    after_clock=_words(
        f"{_MONTHS_EN} {_WEEKDAYS_EN} January February March April May June July August September "
        "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
        "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays "
        "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT BST UTC CET CEST EET WET IST JST KST "
        "AEST AEDT HKT SGT Eastern Central Mountain Pacific Atlantic Greenwich"
    ),
    clock_openers=(
        *_words("At By Until Till From Before After Around About Since"),
        "Shortly after", "Shortly before", "Just after", "Just before", "Soon after", "Not until", "Only after",
    ),
    sentence_starters=_words(
        "The A An He She It They We I You His Her Its Their Our My Your This That These Those "
        "There Here But And Or So Yet Still In On At For From With By After Before As When While "
        "If Although Though Since Because Meanwhile However Instead Despite During Under Over "
        "About Also Both Each Some Many Most Other Others Several Such All No Not Now Then Last "
        "Earlier Later Today Yesterday Tomorrow What Who Why How Where Which According Asked "
        "One Two Three Officials Police Authorities Analysts Critics Experts Residents "
        "Witnesses Investors Lawmakers Prosecutors Officers Troops Voters Shares Prices"
    ),
    reporting_verbs=_verbs('said says asked asks told tells added adds explained insisted replied wondered shouted demanded warned'),
)

GERMAN: Final = LanguageData(
    code="de",
    name="German",
    titles=_words(
        "Hr Hrn Fr Dr Prof Dipl Ing Mag Pfr Hl St Nr Abs Art Kap Bd Jh Jhd Tel ca bzw vgl ggf "
        "evtl inkl zzgl exkl sog geb gest bzgl Verf Hrsg Aufl"
    ),
    abbreviations=_words(
        f"Mio Mrd Tsd Str Jan Feb Febr Apr Aug Sep Sept Okt Nov Dez Mo Di Mi Do Sa So "
        f"Chr Jr {COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("usw", "etc"),
    sentence_starters=_words(
        "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ich Ihr Man Dies "
        "Diese Dieser Dieses Doch Aber Und Oder Auch Im Am Beim Zum Zur Vom In Auf Nach Bei "
        "Mit Seit Vor Als Wenn Laut Zudem Damit Dabei Dann Daher Deshalb Trotzdem Jetzt Nun "
        "Noch Nicht Kein Keine So Wie Was Wer Warum Wo Für Gegen Um Über Unter Bis Ab Viele "
        "Einige Alle Mehr Weitere Zuvor Später Bereits Schon Gestern Heute Morgen Derzeit "
        "Insgesamt Allerdings Außerdem Jedoch Zwar Hier Dort Da Ob Wegen Sein Seine Ihre"
    ),
    ordinal_numbers=True,
    reporting_verbs=_verbs('sagte sagt fragte fragt rief erklärte betonte meinte fügte antwortete warnte'),
)

FRENCH: Final = LanguageData(
    code="fr",
    name="French",
    titles=_words("M MM Mme Mmes Mlle Mlles Dr Pr Me Mgr Gal Cdt Lt Col St Ste Sts"),
    abbreviations=_words(
        f"av bd boul janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim "
        f"env cf pp no vol chap art éd coll min max {COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("etc",),
    sentence_starters=_words(
        "Le La Les L Un Une Des Il Elle Ils Elles On Nous Vous Je Ce Cet Cette Ces Mais Et Ou "
        "Donc Or Car Dans En Pour Par Sur Sous Avec Sans Selon Après Avant Depuis Pendant Lors "
        "Alors Ainsi Aussi Cependant Pourtant Toutefois Puis Enfin Quand Si Comme Lorsque "
        "Aujourd Hier Demain Plusieurs Certains Tous Toutes Au Aux Du De D Cela Ceci Qu Quel "
        "Quelle Son Sa Ses Leur Leurs"
    ),
    function_words=_words(
        "À Au Aux Dans En Par Pour Sur Sous Avec Sans Chez Vers Depuis Pendant Avant Après Entre "
        "Contre Malgré Selon Dès Jusqu Hier Aujourd Demain Désormais Ensuite Puis Alors Maintenant "
        "Même Aussi Seulement Surtout Notamment Pourtant Cependant Toutefois Ainsi Donc Mais Quand "
        "Lorsque Puisque Car Enfin"
    ),
    reporting_verbs=_verbs('a demandé a déclaré a dit a lancé a ajouté demande déclare dit lance ajoute s’interroge'),
)

SPANISH: Final = LanguageData(
    code="es",
    name="Spanish",
    titles=_words(
        "Sr Sra Srta Sres Dr Dra Prof Profa Lic Ing Arq Dña Gral Cnel Tte Cap St Sto Sta Mons "
        "Excmo Excma Ilmo Ilma Av Avda sr sra srta dr dra prof lic ing gral"
    ),
    abbreviations=_words(
        # The halves of plurals written by doubling initials: EE. UU., CC. OO., FF. AA., RR. HH., SS. MM., JJ. OO.
        f"EE UU FF AA CC OO RR HH SS MM JJ DD aprox pág págs núm tel art ene feb mar abr may jun jul ago sept sep oct nov "
        f"dic "
        f"ej {COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("etc",),
    sentence_starters=_words(
        "El La Los Las Un Una Unos Unas Él Ella Ellos Ellas Este Esta Estos Estas Ese Esa Eso "
        "Esto Pero Y O En Con Por Para Sin Según Tras Desde Durante Ante Sobre Además Así "
        "Aunque Cuando Si Como Mientras Hoy Ayer No Se Lo Le Les Su Sus Al Del Otros Otras "
        "Muchos Varios Ya También Entre Hasta Todo Todos Toda Todas Luego Después Entonces Ahora "
        "Hay Fue Es Está Más Allí Aquí Nadie Nada Cada Algunos"
    ),
    function_words=_words(
        "A Al Ante Bajo Con Contra Desde Durante En Entre Hacia Hasta Mediante Para Por Según Sin "
        "Sobre Tras Hoy Ayer Mañana Anoche Anteayer Ahora Luego Después Antes Entonces Todavía Ya "
        "También Tampoco Incluso Solo Sólo Solamente Únicamente Aun Aún Especialmente Mientras Aunque "
        "Pero Cuando Porque Pues Además Luego Así"
    ),
    reporting_verbs=_verbs('dijo preguntó pregunta dice afirmó declaró añadió exclamó'),
)

ITALIAN: Final = LanguageData(
    code="it",
    name="Italian",
    # Written lower-case in running text as often as capitalised.
    titles=_words(
        "Sig Sigg Dott Dr Prof Avv Ing Arch Geom Rag On Sen Gen Col Mons St "
        "sig sigg dott prof avv ing arch geom rag on sen col mons"
    ),
    abbreviations=_words(
        f"es pag pagg tel gen feb mar apr mag giu lug ago set sett ott nov dic ca cfr vol "
        f"{COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("ecc", "etc"),
    sentence_starters=_words(
        "Il Lo La I Gli Le L Un Uno Una Lui Lei Loro Noi Questo Questa Questi Queste Ma E O In "
        "Con Per Su Da Di Dopo Secondo Anche Però Poi Oggi Ieri Se Quando Mentre Non Nel Nella "
        "Nei Alla Al Dal Della Del Tra Fra Già Ci Si Ad A"
    ),
    function_words=_words(
        "A Ad In Con Su Per Tra Fra Al Allo Alla Ai Agli Alle Dal Dallo Dalla Dai Dagli Dalle Nel "
        "Nello Nella Nei Negli Nelle Sul Sullo Sulla Sui Sugli Sulle Col Coi Dei Degli Delle Verso "
        "Dopo Prima Durante Entro Oltre Presso Sotto Sopra Contro Senza Oggi Ieri Domani "
        "Dopodomani Stamattina Stasera Stanotte Ora Adesso Poi Intanto "
        "Anche Persino Perfino Pure Solo Soltanto Solamente Neanche Nemmeno Neppure Proprio Soprattutto "
        "Però Eppure Tuttavia Quindi Dunque Infatti Inoltre Comunque Mentre Quando Perché Poiché Ma"
    ),
    reporting_verbs=_verbs('ha detto ha chiesto ha dichiarato chiede dice ha aggiunto'),
)

PORTUGUESE: Final = LanguageData(
    code="pt",
    name="Portuguese",
    titles=_words(
        "Sr Sra Srta Dr Dra Prof Profa Eng Exmo Exma Gen Cel Ten Cap St Sto Sta Av sr sra dr dra prof"
    ),
    abbreviations=_words(
        f"pág tel jan fev mar abr mai jun jul ago set out nov dez Ltda aprox séc "
        f"{COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("etc",),
    sentence_starters=_words(
        "O A Os As Um Uma Ele Ela Eles Elas Este Esta Isso Isto Esse Essa Mas E Ou Em No Na Nos "
        "Nas Com Por Para Segundo Após Depois Antes Desde Durante Se Quando Como Também Já Hoje "
        "Ontem Não De Do Da Ao À Seu Sua"
    ),
    function_words=_words(
        "Em No Na Nos Nas Ao Aos À Às Pelo Pela Pelos Pelas Para Por Com Sem Sobre Entre Até Desde "
        "Durante Após Contra Hoje Ontem Amanhã Agora Depois Antes "
        "Também Até Mesmo Só Somente Apenas Inclusive Sobretudo Enquanto Contudo Porém Todavia "
        "Entretanto Portanto Quando Porque Mas Assim"
    ),
    reporting_verbs=_verbs('disse perguntou pergunta diz afirmou declarou acrescentou'),
)

DUTCH: Final = LanguageData(
    code="nl",
    name="Dutch",
    titles=_words("dhr Dhr mevr Mevr mw Mw mr Mr dr Dr drs Drs ir Ir ing Ing prof Prof ds Ds Mgr St"),
    abbreviations=_words(
        f"bijv jl nr blz ca mln mld mrd jan feb mrt apr jun jul aug sep sept okt nov dec "
        f"ma di wo do vr za zo {COMPANY_ABBREVIATIONS}"
    ),
    closing_abbreviations=("enz", "etc", "e.a", "e. a"),
    sentence_starters=_words(
        "De Het Een Hij Zij Ze Wij We Ik Dit Dat Deze Die Er Maar En Of In Op Aan Met Voor Na "
        "Bij Volgens Ook Toen Als Nu Daarna Daarom Dan Vandaag Gisteren Niet Geen Zo Wat Wie "
        "Waarom Hoe Sinds Tijdens Door Over Uit Om Tot Zijn Haar"
    ),
    reporting_verbs=_verbs('zei vroeg zegt vraagt verklaarde voegde riep'),
)

POLISH: Final = LanguageData(
    code="pl",
    name="Polish",
    titles=_words(
        "prof dr doc hab mgr inż lek płk ppłk gen mjr kpt por ks bp abp św ul al os nr tzw "
        "in np ok godz wg tj ws im pkt ust art poz tel woj pow gm ds"
    ),
    abbreviations=_words(
        # "lis" (listopad) is left out: it is also the common surname Lis.
        "tys mln mld proc jw wyd sty lut mar kwi maj cze lip sie wrz paź gru pl"
    ),
    closing_abbreviations=("itd", "itp"),
    sentence_starters=_words(
        "W We Na Z Ze Do Od Po Przy Dla Za Przez Jak Jednak Ale I A To Ten Ta Te Ci Tym Już Nie "
        "Jest Był Była Było Są Według Zdaniem Wcześniej Później Dziś Wczoraj Obecnie On Ona "
        "Oni One My Ja Co Kto Dlaczego Gdy Kiedy Jeśli Także Również Tak Natomiast Poza Mimo "
        "Podczas"
    ),
    reporting_verbs=_verbs('powiedział powiedziała zapytał zapytała mówi pyta dodał dodała'),
)

RUSSIAN: Final = LanguageData(
    code="ru",
    name="Russian",
    titles=_words("гг ген проф акад ул просп пл пер наб им св тов гр Дж"),
    abbreviations=_words(
        "др пр см ср напр тыс млн млрд трлн руб долл коп янв февр фев апр авг сент сен окт "
        "нояб дек вв стр гл рис табл ок ст"
    ),
    closing_abbreviations=("т. д", "т.д", "т. п", "т.п"),
    sentence_starters=_words(
        "Он Она Оно Они Мы Я Вы Это Этот Эта Эти Тот Та Те В Во На По С Со К Ко О Об У Из За Для "
        "От До При После Но И А Как Что Когда Если Однако Кроме Также Тем Так Ранее Сейчас "
        "Сегодня Вчера Там Здесь Не Ни Уже Еще Ещё Все Всё Его Ее Её Их Среди Между Против "
        "Через Под Над Перед Поэтому Впрочем"
    ),
    reporting_verbs=_verbs('сказал сказала спросил спросила заявил заявила добавил добавила'),
)

# For any other language: only titles that are international, no sentence starters, so that
# initials and unknown abbreviations never end a sentence before a capital letter.
GENERIC: Final = LanguageData(
    code="und",
    name="Generic",
    titles=_words("Dr Prof"),
    abbreviations=(),
    sentence_starters=(),
)

LANGUAGES: Final[dict[str, LanguageData]] = {
    data.code: data
    for data in (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, POLISH, RUSSIAN)
}


def normalise_language(code: str) -> str:
    """A BCP 47 tag from a BCP 47 or gettext code: ``de_AT.UTF-8@euro`` → ``de-AT``.

    The primary language is lower-cased, a region upper-cased and a script title-cased;
    an empty code gives ``und`` (undetermined).
    """
    code = code.strip().split(".")[0].split("@")[0].replace("_", "-")
    parts = [part for part in code.split("-") if part]
    if not parts:
        return "und"
    subtags = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 or (len(part) == 3 and part.isdigit()):
            subtags.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            subtags.append(part.title())
        else:
            subtags.append(part.lower())
    return "-".join(subtags)
