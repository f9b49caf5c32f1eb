"""The word tables name finding reads (syndicate.names): roles and titles, the words of
organisations, institutions, places and clubs, particles, sentence openers, demonyms, verbs of
speech and what a person does, given names, portfolios, in the languages the newsroom ships.
German's own tables are in syndicate.names_german; what CLDR names in syndicate.names_locale."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from .lazy_regex import lazy_compile
from .segment_data import COMPANY_ABBREVIATIONS, LANGUAGES


_ABBREVIATED_SUFFIXES = frozenset({"Jr", "Sr"})
NAME_SUFFIXES = _ABBREVIATED_SUFFIXES | {"II", "III", "IV"}
COMPANY_ABBREVIATION_WORDS = frozenset(COMPANY_ABBREVIATIONS.split())
# The legal forms of companies written after their names in the languages of Europe (`die
# Volkswagen AG`, `la Fiat S.p.A.`, `Inditex, S.A.`): the company's, and never a name alone.
LEGAL_FORMS = frozenset("AG SE GmbH KGaA S.A. S.p.A. S.L. S.A.S. N.V. B.V.".split())
# A legal form a comma sets off after the company's name, as Spanish writes it: `Inditex, S.A.`
LEGAL_FORM_AFTER_COMMA = lazy_compile(r", (?:S\.A\.|S\.L\.|S\.p\.A\.|S\.A\.S\.)")
# Abbreviations that end names: `Robert Haines Jr.`, `Acme Inc.`, `Warner Bros.`.
ABBREVIATED_ENDINGS = _ABBREVIATED_SUFFIXES | COMPANY_ABBREVIATION_WORDS

# Lower-case particles inside personal names: "Jan de Vries", "Ursula von der Leyen".
NAME_PARTICLES = frozenset(
    "de der den van von da di del della du le la bin ben al el dos das do zu ter ten".split()
)

# Languages that write a surname's particle in lower case inside a sentence and with a capital
# where it opens one (`sagte von der Leyen`, `selon de Gaulle`, `Von der Leyen sagte`); Dutch,
# and Spanish as the RAE and Fundéu have it, capitalise the particle of a surname without its
# given name wherever it stands (`volgens Van Dijk`, `según De Guindos`, but `Jan van Dijk`).
PARTICLE_CASE_BY_POSITION = frozenset("de en fr it pt".split())
PARTICLE_CAPITALISED = frozenset("nl es".split())


def _words_by_language(words: dict[str, str]) -> dict[str, frozenset[str]]:
    """A table of words by language, each language's written as one string."""
    return {language: frozenset(text.split()) for language, text in words.items()}


# The particles of names that are also prepositions or articles of the language, written before
# a noun: `la ciudad de Salamanca`, `na cidade de Coimbra`, `het busje van Dijk`. (German has
# its own rules for `von` and `zu`.)
FUNCTION_PARTICLES = _words_by_language({
    "fr": "de du des la le", "es": "de del la el", "pt": "de da do dos das", "it": "di da del della la le",
    "nl": "van de der den ter ten",
})

# Languages that name no person or organisation after a country's name without a preposition
# between them (`le président français`, not `France président`): a country opening a run of
# capitalised words there is the first word of a name (`Europe Écologie-Les Verts`, `Italia
# Viva`), and a capitalised article before a country alone is the start of a name whose end the
# capitals do not show (`La France insoumise`).
COUNTRY_OPENS_NAMES = frozenset("fr es it pt".split())

# The English words that end companies' names in German copy too and are no German nouns
# (`Siemens Energy`, `Lufthansa Group`, `Bayer Capital`, `Hewlett Packard Enterprise`): a run
# opening a German sentence with one is the company's name, where a run of nouns opening it needs
# a role or speaking to be one.
ENGLISH_COMPANY_WORDS = frozenset(
    """
    Airlines Airways Capital Chemicals Energy Enterprise Group Holdings Industries Insurance Logistics Media Mining Motors
    Networks Resources Services Shipping Systems Technologies Telecom Utilities
    """.split()
)

# Conjunctions of those languages, after which a particle is no preposition.
CONJUNCTIONS = frozenset("y e o u ni pero que et ou mais ma che en of maar dat".split())

# Titles and roles that introduce a name and stay translatable themselves. Written for the
# languages the newsroom ships; the names file extends the list with `role:` lines.
ROLES = frozenset(
    """
    president vice-president chancellor minister commissioner senator sen. gen. general dr. mr. mrs. ms.
    prof. professor judge mayor governor pope king queen prince princess sir lady lord captain capt.
    coach manager spokesman spokeswoman spokesperson leader chairman chairwoman chair ceo director
    secretary ambassador rep. representative prosecutor inspector officer sergeant sgt. colonel col. lt. st.
    gov. supt. cllr. councillor
    saint rev. reverend sheikh cardinal bishop archbishop premier mp striker midfielder defender
    goalkeeper analyst economist broadcaster newspaper agency operator company firm
    engineer farmer historian epidemiologist scientist researcher teacher nurse doctor lawyer activist
    resident student worker driver pilot fisherman journalist author writer artist singer actor owner
    founder executive banker trader diplomat official expert consultant architect photographer
    chief deputy aide adviser advisor envoy negotiator lawmaker legislator congressman congresswoman candidate
    businessman businesswoman entrepreneur billionaire
    presenter correspondent reporter editor columnist commentator producer filmmaker novelist poet playwright
    actress comedian musician guitarist bassist drummer pianist violinist cellist composer conductor rapper
    songwriter vocalist frontman frontwoman
    footballer keeper goalie teammate skipper athlete sprinter runner cyclist swimmer skier golfer grandmaster
    jockey referee umpire quarterback
    präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin ministerin ministerpräsident
    ministerpräsidentin kommissar kommissarin sprecher sprecherin herr herrn frau trainer trainerin chef chefin
    bürgermeister bürgermeisterin sender zeitung agentur konzern unternehmen firma ökonom ökonomin
    analyst analystin experte expertin gewerkschafter gewerkschafterin leitindex börsenindex
    президент министр премьер-министр председатель глава губернатор мэр канцлер депутат пресс-секретарь
    представитель писатель экономист аналитик эксперт тренер директор генсек
    président présidente ministre commissaire porte-parole m. mm. mme mmes mlle maire entraîneur sénateur secrétaire pdg
    général générale maréchal amiral capitaine commandant lieutenant sergent caporal adjudant
    presidente presidenta ministro ministra comisario comisaria portavoz sr. sra. sres. sras. don doña alcalde alcaldesa entrenador
    secretario secretaria secretário secretária viceministro viceministra consejero consejera
    signor signora sig. sig.ra sigg. dott. avv. ing. sindaco allenatore commissario sottosegretario sottosegretaria
    segretario segretaria
    dhr. mevr. mw. drs. ir. minister-president vicepremier staatssecretaris eurocommissaris commissaris
    burgemeester wethouder gedeputeerde gouverneur ambassadeur kamerlid fractievoorzitter partijleider
    lijsttrekker woordvoerder woordvoerster voorzitter bestuursvoorzitter directeur topman topvrouw oprichter
    eigenaar hoogleraar econoom analist deskundige onderzoeker advocaat rechter officier bondscoach aanvoerder
    verslaggever schrijver schrijfster zanger zangeres acteur koning koningin prins prinses paus bisschop
    omroep krant persbureau zender bedrijf
    """.split()
)

# Roles and kinds of organisations, which introduce their names as a role a person's (`the
# broadcaster NOS`, `the company Goldman Sachs`, `the bank Goldman Sachs`): a name after one is
# no person's, nor its last word a surname, even where the name speaks.
ORGANISATION_ROLES = frozenset(
    """
    broadcaster newspaper agency operator company firm sender zeitung agentur konzern unternehmen firma omroep
    krant persbureau zender bedrijf
    bank lender insurer carmaker automaker chipmaker retailer airline carrier publisher conglomerate brokerage
    manufacturer group giant
    """.split()
)

# The last word of many organisations' names. It is no surname (`Atlas Energy said … Energy
# prices`), and alone it is a common noun to translate (`the European Commission`).
ORGANISATION_WORDS = frozenset(
    """
    Agency Airline Airlines Association Authority Bank Board Capital Commission Committee Company Corp
    Corporation Council Court Department Energy Federation Foundation Fund Group Holding Holdings Inc
    Institute League Logistics Ltd Media Ministry Office Organisation Organization Parliament Party Pharma
    Police Rail Railways Service Services Telecom Union University Utilities
    Airways Chemicals Gas Industries Insurance Mining Motors Network News Oil Partners Resources Shipping
    Steel Systems Technologies
    Bundesamt Gruppe Kommission Ministerium Partei Conseil Ministère Comisión Consejo Ministerio Ministero Ministério
    """.split()
) | COMPANY_ABBREVIATION_WORDS

# Words that open companies' names and no person's (`Standard Chartered`, `Royal Mail`,
# `National Grid`, `First Republic`), besides the words that describe an institution.
COMPANY_OPENERS = frozenset(
    """
    Standard Royal Imperial Global Universal United Allied Consolidated Continental Pacific Atlantic Metropolitan
    Mutual Commercial Industrial Amalgamated
    """.split()
)
# The words that open and end sports clubs' English names, whose other word is their city's,
# which languages translate (`Inter Milan`, `Bayern Munich`, `Sporting Lisbon`, `Manchester
# United`): no given name or surname.
CLUB_OPENERS = frozenset(
    "Inter AC AS FC CF SC Real Atletico Atlético Sporting Dynamo Dinamo Olympique Racing Deportivo Bayern Borussia".split()
)
CLUB_ENDINGS = frozenset("United City Rovers Wanderers Albion Hotspur Athletic Rangers Town County".split())
# What an organisation has after its name, which a person does not (`Goldman Sachs shares`,
# `Goldman Sachs's chief executive`, `Goldman Sachs economists`), and who works at or invests in
# it before its name (`analysts at Goldman Sachs`, `shares in Standard Chartered`).
ORGANISATION_AFTER = lazy_compile(
    r"\s+(?:shares|stock|bonds|analysts|economists|strategists|employees|bankers)\b"
    r"|['’]s?\s+(?:chief executive|CEO|board|headquarters|subsidiary|revenues?|share price)\b"
)
ORGANISATION_BEFORE = lazy_compile(
    r"\b(?:(?:analysts|economists|strategists|employees|staff|bankers|executives)\s+(?:at|of)"
    r"|(?:shares|stake|stakes|investors)\s+in)\s+$"
)

# The head nouns of institutions that English names with what they are of or for after them
# (`the Bank of England`, `the Institute for Fiscal Studies`, `the Council on Foreign
# Relations`, `the Department of Health and Social Care`): what follows the head belongs to
# the institution, never a name of its own. After an article, a head of nothing but words that
# describe (INSTITUTION_WORDS) makes the whole an institution described, which each language
# says in its own words (Banque d'Angleterre); a proper word before the head (`the Maria Costa
# Foundation for …`) or no article (`Bank of America said`) makes it one name.
INSTITUTION_HEADS = ORGANISATION_WORDS | frozenset(
    """
    Academy Administration Alliance Assembly Bureau Centre Center Centres Centers Chamber Church Club College
    Conference Forum Hospital House Museum Observatory Programme Program School Secretariat Society Trust
    """.split()
)
# Heads of public bodies, whose names join what they are for with `and` (`the Department of
# Health and Social Care`, `the Organisation for Economic Co-operation and Development`) where
# what follows `and` is of their fields too (PUBLIC_FIELDS); otherwise, and after another
# head, `and` joins the next name (`the Ministry of Finance and Goldman Sachs`, `the Bank of
# England and Goldman Sachs`).
PUBLIC_BODY_HEADS = frozenset(
    """
    Administration Agency Authority Bureau Centre Center Centres Centers Commission Committee Council Department
    Institute Ministry Office Organisation Organization Secretariat
    """.split()
)
# The words of the fields public bodies are of or for: one of them after `and` goes on with the
# body's name (`and Social Care`, `and Rural Affairs`, `and Pensions`), a name of no such word
# starts one of its own.
PUBLIC_FIELDS = frozenset(
    """
    Affairs Agriculture Aid Arts Budget Business Care Change Cities Citizenship Climate Co-operation Commerce
    Communications Communities Consumer Control Cooperation Culture Customs Defence Defense Development Digital
    Disease Drug Drugs Economic Economy Education Emergency Employment Energy Enterprise Environment Equality
    Excise Families Family Finance Fisheries Food Foreign Forestry Gender Government Growth Health Heritage
    Highways Home Housing Human ICT Immigration Industrial Industry Infrastructure Innovation Integration
    Interior Investment Justice Labor Labour Land Lands Law Local Media Migration Mines Mining Natural Pensions
    Planning Policing Policy Power Prevention Public Regional Regions Research Resources Revenue Rights Rural
    Safety Science Security Services Skills Social Sport Sports Standards Statistics Strategy Technology Tourism
    Trade Training Transport Treasury Urban Veterans Water Welfare Women Work Works Youth
    """.split()
)
INSTITUTION_CONNECTORS = frozenset("of for on".split())

# Words that describe an institution rather than name it: a run of nothing else after an
# article or before a role and its name (`the European Central Bank`, `the Interior Ministry`,
# `the Fifth Republic`, `the World Cup`, `Interior Ministry spokesman Ivan Petrov`) is what each
# language says in its own words, not a name to keep (`Deutsche Bank` is one, and so is a
# company without an article: `News Corp said`).
INSTITUTION_WORDS = ORGANISATION_WORDS | frozenset(
    """
    Central National Federal International World Interior Foreign Finance Justice Defence Defense Health
    Education Economy Labour Labor Trade Supreme Constitutional High First Second Third Fourth Fifth Sixth
    Republic Cup Championship Championships Olympic Olympics Security General Assembly Reserve Monetary
    Congress Senate Government Cabinet Treasury
    """.split()
) | INSTITUTION_HEADS


@dataclass(frozen=True)
class _Described:
    heads: frozenset[str]  # what an institution is: a bank, a court
    descriptions: frozenset[str]  # what describes it, no name of its own
    articles: frozenset[str]  # the definite articles, also as joined to `of`, `in`, `to`


# Institutions French, Spanish, Italian and Portuguese name in ordinary words, with their
# capitals (see find_protected_spans.described_in_romance_words), also a government or a
# parliament by the adjective of its region (`el Gobierno Vasco`, `el Parlamento Balear`, `o
# Governo Regional`), and the European Commission (`la Comisión Europea`), which each language
# says in its own words (Basque Government, European Commission).
DESCRIBED_IN_ROMANCE_WORDS = {
    language: _Described(frozenset(heads.split()), frozenset(descriptions.split()), frozenset(articles.split()))
    for language, heads, descriptions, articles in (
        ("fr", "Banque Cour Tribunal Conseil Commission", "Centrale Mondiale Européenne Nationale Suprême Constitutionnel "
         "Constitutionnelle Fédérale Internationale", "le la les l du des au aux"),
        ("es", "Banco Tribunal Corte Fondo Audiencia Fiscalía Gobierno Parlamento Comisión", "Central Mundial Europeo "
         "Europea Nacional Supremo Suprema Constitucional Federal Internacional Interamericano Monetario Provincial "
         "Anticorrupción Regional Autonómico Foral Andaluz Aragonés Asturiano Balear Canario Cántabro Catalán Extremeño "
         "Gallego Madrileño Murciano Navarro Riojano Valenciano Vasco", "el la los las del al"),
        ("it", "Banca Banco Corte Tribunale Fondo Commissione", "Centrale Mondiale Europea Nazionale Suprema Costituzionale "
         "Federale Internazionale Monetario", "il lo la i gli le l del dello della dei degli delle al allo alla nel nello "
         "nella dal dalla sul sulla"),
        ("pt", "Banco Tribunal Fundo Governo Parlamento Comissão", "Central Mundial Europeu Europeia Nacional Supremo "
         "Constitucional Federal Internacional Interamericano Monetário Regional", "o a os as do da dos das ao à no na "
         "pelo pela"),
    )
}

# Function words that open sentences: a capitalised run starting with one of them is a name
# only from its second word on ("Yesterday Costa said", but "Sean O'Neill scored").
SENTENCE_OPENERS = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my yesterday today tomorrow
    later meanwhile however but and or so then now when while after before since as at in on for with by from
    if although because also still once there here what who why how where
    both either neither nor even only just like unlike without against despite including unless until
    all each every some many most few several any
    can could will would shall should may might must do does did is are was were has have had not no
    le la les un une des ce cette ces il elle ils elles nous vous on mais et ou donc puis quand après avant selon
    el los las unos unas este esta estos estas ese esa él ella ellos ellas pero y o luego cuando después antes según
    il lo gli uno una questo questa quello quella lui lei loro ma e poi quando dopo prima secondo
    """.split()
)

# Words of news copy that open a sentence to describe the name after them (`Rival Beta Corp
# said`, `Former Acme chief …`, `State-owned Gazprom`): they are no part of it. Not words that
# begin names (Major League Baseball, Private Eye, Top Gear, Leading Edge).
_DESCRIPTIONS = frozenset(
    """
    Rival Rivals Local Former Fellow Parent Domestic Troubled Embattled Ailing Struggling Beleaguered
    Outgoing Incumbent Interim Acting Retired Veteran Smaller Larger Bigger Loss-making Cash-strapped
    """.split()
)
# `State-owned`, `London-based`, `Nasdaq-listed`, `Kremlin-backed`, `Crisis-hit`.
_DESCRIBING_COMPOUND = lazy_compile(r"\p{L}[\p{L}\-]*-(?:owned|run|based|listed|backed|controlled|led|funded|hit)")


def describes_a_name(word: str) -> bool:
    return word in _DESCRIPTIONS or _DESCRIBING_COMPOUND.fullmatch(word) is not None


# A name ends with neither a particle nor a word such as It or The ("plan B. It is", where a
# quotation kept the two sentences in one unit).
NEVER_LAST = NAME_PARTICLES | SENTENCE_OPENERS

# Definite articles that may start a capitalised run: "The", "Die", "La", "Il", …
ARTICLES = frozenset("The Der Die Das Den Dem Des Le La Les L’ L' El Los Las Il Lo Gli I De Het".split())
# The same in any case, but for `de`, which is also `of` (`el partido de Maria Costa`).
ARTICLE_WORDS = frozenset(article.lower() for article in ARTICLES) - {"de"}

# Acronyms that languages translate or that are common nouns: they stay translatable.
TRANSLATED_ACRONYMS = frozenset(
    "EU UN US USA UK UAE NATO WHO IMF GDP CEO CFO AI TV PM MP EUR USD GMT UTC AM PM OK "
    "UE ONU OTAN OMS FMI PIB EE.UU. ONG NGO BRD DDR EZB IWF USA U.S. U.K. U.N. E.U. U.S.A. "
    "R&D M&A Q&A P&L F&E "
    # Time zones after a time (11:30 a.m. ET, 10:00 CET), which a translation names in its words or converts.
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT BST CET CEST MEZ MESZ EET EEST WET WEST JST KST MSK AEST AEDT "
    # What a results table says of a runner or a rider: did not finish, start, qualify; disqualified.
    "DNF DNS DNQ DSQ".split()
)

# English demonyms that are not also language names in CLDR.
DEMONYMS = frozenset(
    """
    American Americans European Europeans African Africans Asian Asians Australian Australians
    Brazilian Brazilians Canadian Canadians Chinese Israeli Israelis Palestinian Palestinians
    Iranian Iranians Iraqi Iraqis Syrian Syrians Mexican Mexicans Belgian Belgians Swiss Austrian
    Austrians Ukrainians Russians Germans Britons British Scottish Welsh Irish Egyptian Egyptians
    Turkish Turks Saudi Saudis Indian Indians Pakistani Pakistanis Afghan Afghans Kenyan Kenyans
    Nigerian Nigerians Argentine Argentinian Chilean Colombian Venezuelan Peruvian Cuban Cubans
    Danes Swedes Norwegians Finns Poles Czechs Slovaks Hungarians Romanians Bulgarians Serbs Croats
    Greeks Italians Spaniards Portuguese Dutch French Frenchman Frenchwoman Catalan Basque Flemish
    Western Eastern Northern Southern Catholic Protestant Muslim Muslims Christian Christians Jewish
    Arab Arabs Arabic Latin Gulf
    """.split()
)

# Names of several English words that each language says in its own words, as CLDR's countries
# (Rotes Kreuz, Croix-Rouge; Den Haag, La Haye): the emblems of the Red Cross movement, and
# places whose name holds an article.
TRANSLATED_NAMES = frozenset(("Red Cross", "Red Crescent", "The Hague", "Britain", "Great Britain"))
# Common nouns a language capitalises where they name one institution or one country (French
# `l'État`, the State; `l'Église`, the Church; `l'Hexagone`, France), and the terms it writes
# with them (Portuguese `o Orçamento do Estado`, Spanish `los Presupuestos Generales del
# Estado`, the state budget): words to translate.
NOUNS_WITH_CAPITALS = {
    "fr": frozenset("État Etat Église Eglise Hexagone".split()),
    "pt": frozenset(("Orçamento do Estado",)),
    "es": frozenset(("Presupuestos Generales del Estado",)),
}
# Parties and groups of an election named in ordinary words, which each language says in its
# own (Sozialdemokraten, Grüne, sociaux-démocrates; Liberale Partei, Parti libéral), in a
# sentence and in a table's cell alone.
PARTIES_IN_WORDS = {
    language: frozenset(words.split(", "))
    for language, words in {
        "en": "Social Democrats, Christian Democrats, Free Democrats, Liberal Democrats, Social Democrat, "
              "Christian Democrat, Free Democrat, Liberal Democrat, Democrats, Republicans, Greens, Left, Conservatives, "
              "Liberals, Socialists, Communists, Labour, Independents, Others, Liberal Party, Conservative Party, "
              "Labour Party, Labor Party, Green Party, Socialist Party, Communist Party, Democratic Party, Republican Party, "
              "Social Democratic Party, Christian Democratic Party",
        "de": "Sozialdemokraten, Christdemokraten, Liberale, Grüne, Grünen, Linke, Konservative, Unabhängige, "
              "Sonstige, Andere, Übrige",
    }.items()
}

# What people do in news copy besides the reporting verbs of segment_data: a lone
# capitalised word doing one of these is a person or an organisation.
_STATEMENT_VERBS = (
    "stressed", "warned", "warns", "wrote", "writes", "announced", "announces", "claimed", "claims",
    "argued", "argues", "called", "calls", "admitted", "denied", "declined", "betonte", "warnte", "meinte",
    "ergänzte", "teilte", "kündigte", "räumte", "kritisierte", "forderte", "bestätigte", "unterstrich",
    "versicherte", "bekräftigte", "mahnte",
    "affirme", "a affirmé", "estime", "a annoncé", "annonce", "a publié", "publie", "a révélé", "révèle", "afirmó",
    "explicó", "ha spiegato",
)
_SPEECH_VERBS = "|".join(
    regex.escape(verb)
    for verb in sorted({*_STATEMENT_VERBS, *(verb for data in LANGUAGES.values() for verb in data.reporting_verbs)})
)
SPEECH_AFTER = lazy_compile(rf"(?:{_SPEECH_VERBS})\b")
# Who speak together after two names joined by `and` (`Nvidia and Intel said`, `L'Oréal et
# Danone ont annoncé`): the verbs of speech, and the French ones in the plural.
JOINT_SPEECH_AFTER = lazy_compile(
    rf"(?:{_SPEECH_VERBS}|ont\s+(?:{'|'.join(verb[2:] for verb in LANGUAGES['fr'].reporting_verbs if verb.startswith('a '))}|annoncé))\b"
)
ANOTHER_AND = lazy_compile(r"(?P<name>\p{Lu}[\p{L}'’-]*) (?:and|und|et|y|&) $")
SPEECH_NEAR = lazy_compile(rf"\b(?:{_SPEECH_VERBS}|according to|laut|selon|según|secondo)\b")
TOLD = lazy_compile(r"\b(?:told|tells|telling|tell)\b")
SPEECH_BEFORE = lazy_compile(rf"(?:\b(?:{_SPEECH_VERBS})|according to|laut|selon|según|secondo)$")
# Who speaks of its own (`Goldman Sachs said its profit rose`, `said on Tuesday that its`), or
# what a relative clause says of no person (`Goldman Sachs, which`).
ITS_AFTER_SPEECH = lazy_compile(rf"(?:{_SPEECH_VERBS})(?:\s+on\s+\p{{L}}+day)?(?:\s+that)?\s+its\b")
# Who speaks of itself as `it` cutting, hiring, closing, opening or selling a number of its own
# jobs or sites, which a person does not (`Goldman Sachs said it would cut 300 jobs`, `said on
# Monday that it was closing two yards`, `said it plans to sell its stores`). What else `it`
# does may be a thing's that a person speaks of (`Kristalina Georgieva said it would slow
# growth`, `Wopke Hoekstra said it would cut emissions`, `said it would cut jobs`, of a tax);
# so may those jobs, of a company the person's words follow (`Acme Corp reported a loss.
# Kristalina Georgieva said it would cut 300 jobs`).
IT_DOES_AFTER_SPEECH = lazy_compile(
    rf"(?:{_SPEECH_VERBS})(?:\s+on\s+\p{{L}}+day)?(?:\s+that)?\s+it\s+"
    r"(?:would|will|could|had|has|was|is|planned\s+to|plans\s+to|intends\s+to|expects\s+to|aims\s+to)(?:\s+not)?\s+"
    r"(?:cut|cutting|shed|shedding|axe|axing|slash|slashing|eliminate|eliminating|lay\s+off|laying\s+off|"
    r"hire|hiring|close|closed|closing|shut|shutting|open|opened|opening|sell|sold|selling)\s+"
    r"(?:(?:\d[\d,.]*|about|around|some|nearly|almost|roughly|more\s+than|up\s+to|another|a\s+further|its|"
    r"hundreds\s+of|thousands\s+of|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|all|most)\s+)+"
    r"(?:\p{Ll}+\s+)?"
    r"(?:jobs|staff|workers|employees|positions|roles|posts|plants?|factories|factory|stores?|shops?|branch(?:es)?|"
    r"yards?|mines?|offices?|sites?|mills?|outlets?|restaurants?|depots?|warehouses?)\b"
)
WHICH_AFTER = lazy_compile(r",\s+which\b")
# Endings of surnames that only people have, of Slavic, Balkan, Georgian, Greek and Romanian
# families (`Georgieva`, `Ivanova`, `Petrović`, `Tymoshenko`, `Kowalski`, `Saakashvili`,
# `Papadopoulos`, `Popescu`): a name ending in one speaking of `it` is a person's, whose `it` is
# something else's.
PERSONS_SURNAME = lazy_compile(
    r"\p{Lu}\p{Ll}{2,}(?:ova|eva|ovna|evna|ovich|evich|ović|ovic|ević|evic|enko|chuk|skaya|ska|ski|sky|skiy|shvili|adze"
    r"|opoulos|opoulou|akis|escu)"
)
# How much text around a word can hold the verb that makes it a speaker: room for the longest
# verb, the spaces around it and the letter before it that decides its word boundary.
SPEECH_WINDOW = 2 * max(len(verb) for verb in _SPEECH_VERBS.split("|")) + 16
APPOSITION = 60  # characters of what may be set off by commas after a name: `, chief economist at ING,`

# What a country has that no person is named (`Chad Junta leaders`, `Georgia Legislature`),
# besides the institution words (Government, Parliament, Senate).
STATE_BODIES = frozenset("Kingdom Legislature Capitol Junta Regime".split())

# Groups of people that open English sentences as who speaks (`Doctors said`, `Republicans
# say`), besides the sentence starters of segment_data and the plurals of roles (`Economists
# said`): a lone capitalised word opening a sentence before a verb of speech is a name only when
# it is none of these (`Eurostat said`, `Nvidia said`).
SPEAKING_GROUPS = frozenset(
    """
    Sources Doctors Scientists Researchers Protesters Demonstrators Workers Employees Staff Parents Teachers
    Students Locals Fans Supporters Opponents Observers Regulators Rescuers Firefighters Paramedics Medics
    Neighbours Neighbors Relatives Families Friends Organisers Organizers Democrats Republicans Conservatives
    Liberals Socialists Greens Everyone Everybody Nobody Someone Somebody People Users Customers Consumers
    Shareholders Traders Markets Unions Polls Surveys Data Figures Reports Studies Statistics Insiders
    Citizens Farmers Officials Ministers Leaders Judges Lawyers Diplomats Survivors Victims Villagers Rebels
    Militants Soldiers Guards Negotiators Mediators Forecasters Economists Strategists Participants
    """.split()
)
# Groups of people whose possessive opens names of their own (`Boston Children's Hospital`,
# `the Women's World Cup`), besides the groups that speak (SPEAKING_GROUPS), and the word
# opening a saint's name, which goes on after its possessive (`St John's Wood`).
GROUPS_IN_NAMES = frozenset("Children Women Men Boys Girls".split())
SAINTS = frozenset("St Saint San Santa São Sankt".split())
# What people say in one word, which speaks or is said as a name would be (`Yes said the crowd`,
# `the crowd said Yes`, `sagte Nein.`, and quoted in another language: `the minister said Nein`,
# `Non said the voters`): no name, but for another language's that people also bear as a name
# (_ANSWERS_ALSO_NAMES).
_ANSWERS = _words_by_language({
    "en": "Yes No Okay Sure Thanks Never",
    "de": "Ja Nein Danke",
    "fr": "Oui Non Merci",
    "es": "Sí No Gracias",
    "it": "Sì No Grazie",
    "pt": "Sim Não Obrigado Obrigada",
    "nl": "Ja Nee Dank Bedankt",
})
# Answers that are names too where the language they answer in is not the article's: `Sim`,
# Portuguese for yes, is a Korean surname, and so is `No` (Roh Moo-hyun's, also written No).
_ANSWERS_ALSO_NAMES = frozenset("Sim No".split())
_EVERY_ANSWER = frozenset().union(*_ANSWERS.values())


@functools.lru_cache(maxsize=32)
def one_word_answers(language: str) -> frozenset[str]:
    """The words of one-word answers that are no name in copy of `language`."""
    return _ANSWERS.get(language, frozenset()) | (_EVERY_ANSWER - _ANSWERS_ALSO_NAMES)


# Capitals that news copy has speak for their governments (`Moscow said`, `Beijing says`): a
# place to translate, also as the speaker.
_SPEAKING_CAPITALS = frozenset(
    """
    Washington Beijing Moscow Kyiv Kiev London Paris Berlin Brussels Tokyo Seoul Pyongyang Tehran Ankara
    Jerusalem Cairo Riyadh Delhi Islamabad Kabul Baghdad Damascus Beirut Ottawa Canberra Madrid Rome Warsaw
    Budapest Minsk Tbilisi Yerevan Baku Taipei Manila Hanoi Bangkok Jakarta Pretoria Nairobi Abuja Caracas
    Havana Brasilia Vienna Stockholm Oslo Copenhagen Helsinki Athens Dublin Lisbon Amsterdam Bern Prague
    Bucharest Belgrade Doha Tripoli Khartoum Addis Ababa Kinshasa Bamako Dakar Algiers Rabat Tunis Amman
    Sanaa Muscat Tashkent Astana Bishkek Dushanbe Ashgabat Chisinau Vilnius Riga Tallinn Bratislava Ljubljana
    Zagreb Sarajevo Skopje Tirana Podgorica Pristina Nicosia Valletta Reykjavik Wellington Singapore
    """.split()
)
# The states of the United States, which CLDR names no territory after and news copy has speak
# for their governments as it has capitals (`said Texas would not pay`): a place to translate
# (Kalifornien, Nouveau-Mexique) where it stands alone; in a run of capitalised words it may
# open a company's, a team's or a university's name (`Texas Instruments`, `Ohio State`).
_US_STATES = frozenset(
    re.split(r",\s+", """
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii,
    Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan,
    Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York,
    North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina,
    South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming
    """.strip())
)
SPEAKING_PLACES = _SPEAKING_CAPITALS | _US_STATES
# What marks a surname met before as a person's when it stands alone: who the words after it
# describe (`Giri, who had led the tournament`, `Merz, der`, `Dubois, qui`, `Salinas, quien`),
# the age set off after it (`Giri, 32,`, `Dembélé, 29 ans,`), or a person of theirs after its possessive (`Giri's
# coach`), whom a city, a team or a street does not have.
WHO_AFTER = lazy_compile(r",\s+(?:who(?:se|m)?|der|die|dessen|deren|qui|dont|quien(?:es)?|\d{1,3}(?:\s+(?:ans|años|anos|anni|jaar|Jahre))?,)(?![\p{L}\d-])")
PERSON_AFTER_POSSESSIVE = lazy_compile(
    r"['’]s\s+(?:wife|husband|son|sons|daughter|daughters|mother|father|parents|brother|sister|family|children"
    r"|partner|girlfriend|boyfriend|widow|widower|lawyer|lawyers|attorney|attorneys|agent|coach|trainer|second"
    r"|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|advisor|advisors|entourage|camp)\b"
)
# An adverb a surname's verb of speech may come after (`Silva later said`, `Giri also told`).
ADVERB_BEFORE_SPEECH = lazy_compile(r"(?:later|also|then|again|earlier|once|still|now|first|\p{Ll}{2,}ly)\s+")
# What follows a person's surname opening a sentence of the language and no common word with
# the sentence's capital (`Young people`, `Brown rice`): an auxiliary, an adverb, a verb people
# do things with, a past tense in -ed (`Hale resigned`, `Costa thanked voters`) but those that
# describe people rather than say what they did (`Young skilled workers`); in German, where the
# noun has its capital anywhere, a verb in the singular (`Fischer kritisiert`, `Kraft hat`, not
# `Fischer protestieren`, `Kraft und Ausdauer`); in French and Spanish an auxiliary, a verb of
# the news or an adverb (`Petit a quitté`, not `Petit à petit`; `Blanco ha viajado`, `Blanco
# afirmó`, not `Blanco y negro`). Languages without one protect such a surname at any sentence
# start.
WHAT_A_PERSON_DOES = {
    "en": lazy_compile(
        r"(?:(?:has|had|was|is|will|would|could|can|should|must|might|did|does|were)(?:n['’]t)?"
        r"|also|later|then|now|still|already|never|once|first|again|earlier|previously|recently|who|whose"
        r"|left|won|lost|led|took|made|went|came|met|gave|became|began|spoke|wrote|ran|quit|held|kept|got|saw"
        r"|sought|knew|thought|felt|brought|built|bought|paid|stood|remains|wants|hopes|insists|believes|thinks|knows"
        r"|(?!(?:un)?(?:skilled|married|educated|qualified|employed|armed|trained|vaccinated|documented)\b"
        r"|(?:in)?experienced\b|talented\b|gifted\b|disabled\b|displaced\b|registered\b)\p{Ll}{2,}ed)\b(?![-’'])"
    ),
    # Not a copula (`Hunger ist ein Problem`, `Blanc est la couleur`, `Paz es lo que piden`), nor
    # in German any verb in -t (`Winter kommt früh`, `Kraft kostet Zeit`): what people do, as news
    # tells it.
    "de": lazy_compile(
        r"(?:hat|hatte|hätte|habe|wird|wurde|würde|will|wollte|kann|konnte|könnte|soll|sollte|muss"
        r"|musste|darf|durfte|möchte|auch|selbst|zufolge|hingegen|dagegen|jedoch|wiederum|bereits|schon|dann|später"
        r"|zuvor|erneut|nun|kam|ging|gab|nahm|sprach|traf|hielt|blieb|stand|rief|schrieb|zog|fuhr|flog|lief|verließ"
        r"|gewann|verlor|bekam|erhielt|trat|sah|wusste|fand|bat|schlug|wies|sieht|gibt|nimmt|spricht|trifft|hält"
        r"|(?:sag|erklär|beton|forder|kritisier|warn|verlang|lehn|begrüß|kündig|räum|bestätig|dementier|verteidig"
        r"|reagier|antwort|mein|glaub|hoff|bedauer|kandidier|regier|leit|unterstütz|befürwort|beklag|versprach|versprich"
        r"|zweifel|wirf|warf|droh|appellier|plädier|twitter|schreib|bekräftig|widersprach|widersprich)\p{Ll}{0,3}t(?:e|et)?)"
        r"\b(?![-’'])"
    ),
    "fr": lazy_compile(
        r"(?:(?:ne\s+|n['’])?(?:a|avait|aurait|aura|va|allait|doit|devait|peut|pouvait|veut"
        r"|voulait|sait|dit|fait|vient|reste|compte|estime|affirme|déclare|annonce|explique|souligne|ajoute|assure"
        r"|indique|précise|rappelle|reconnaît|dénonce|demande|juge|espère|pense|prévient|insiste|refuse|regrette)"
        r"|s['’](?:est|était|exprime|dit)|lui-même|elle-même|aussi|également|pour\s+sa\s+part|quant\s+à\s+(?:lui|elle))\b(?![-’'])"
    ),
    "es": lazy_compile(
        r"(?:(?:no\s+)?(?:(?:se|le|les|lo|la|nos)\s+)?(?:ha|había|habría|hubo"
        r"|tiene|tenía|tuvo|va|iba|puede|podía|pudo|podría|debe|debía|quiere|quería|quiso|sabe|dice|dijo"
        r"|hizo|dio|vio|vino|afirma|asegura|explica|señala|añade|considera|cree|sostiene|insiste|pide|exige"
        r"|advierte|recuerda|reconoce|niega|anuncia|denuncia|\p{Ll}{2,}ó)|también|ya|nunca|luego|después|todavía|aún)"
        r"\b(?![-’'])"
    ),
}
# English surnames that are also adjectives, which a sentence may capitalise as part of a phrase
# before their noun (`tea and Brown bread`, `helps Young People`).
ADJECTIVE_SURNAMES = frozenset(
    """
    Black Blue Bold Bright Brown Early Fair Free Gold Golden Good Gray Green Grey Hardy Keen Little Long Noble
    Rich Savage Sharp Short Silver Small Strong Sweet Swift White Wise Young
    """.split()
)
# What follows a person's name as an object, besides the function words of a title-case heading
# (`told Brown about it`, `Brown himself`, `met Brown last week`, `put Brown ahead`).
AFTER_AN_OBJECT = frozenset(
    "about over under up out off through last next himself herself too well ahead behind back down away home alone".split()
)
# Nouns that a person's name describes (`the Brown government`, `Young supporters`).
NOUNS_A_NAME_DESCRIBES = lazy_compile(
    r"government|administration|era|years|presidency|cabinet|camp|campaign|aides?|allies|ally|supporters"
    r"|loyalists|family|team|doctrine|reforms?|plan|legacy|speech|interview"
)
# Titles written without their period (British `Mr Costa`, `Dr Bakker`): like `Mr.` they stand
# before the name and are translated (`M. Costa`).
TITLES_WITHOUT_PERIOD = frozenset("Mr Mrs Ms Mx Messrs Dr Prof".split())
# French titles written without a period (`Me Éric Dupond-Moretti`, a lawyer's Maître; `Mgr`),
# whose lower-case form other languages have as a word (`me`).
FRENCH_TITLES = frozenset("Me Mgr".split())
# The titles of monarchs and popes in French, Spanish, Italian and Portuguese, which copy
# capitalises before the regnal name as often as not (`El Rey Felipe VI`, `Papa Leone XIV`):
# there they are words to translate, King and Pope. Only where something shows the title, as
# the words are names too (`Lana Del Rey`, the given name `Papa`, the city `Regina`): the
# name's numeral, a definite article before the title (`il Papa Leone`, `del Rey Juan Carlos`)
# or a given name after it (`Papa Francesco`; REGNAL_GIVEN_NAMES).
REGNAL_TITLES = _words_by_language({
    "fr": "roi reine pape prince princesse empereur impératrice",
    "es": "rey reina papa príncipe princesa emperador emperatriz infante infanta",
    "it": "re regina papa principe principessa imperatore imperatrice",
    "pt": "rei rainha papa príncipe princesa imperador imperatriz infante infanta",
})
REGNAL_NUMBER = lazy_compile(r"[IVXL]+")
# The definite articles, alone and joined to a preposition (`del`, `au`, `dalla`, `do`).
DEFINITE_ARTICLES = _words_by_language({
    "fr": "le la les du des au aux",
    "es": "el la los las del al",
    "it": "il lo la i gli le del dello della dei degli delle al allo alla dal dallo dalla nel nello nella sul sulla",
    "pt": "o a os as do da dos das ao aos à às no na nos nas pelo pela",
})
# The titles of REGNAL_TITLES a woman holds, and the masculine definite articles, before which
# they name a museum, a hospital or a ship named after her (`el Reina Sofía`).
FEMININE_TITLES = frozenset(
    "reine princesse impératrice reina princesa emperatriz infanta regina principessa imperatrice rainha".split()
)
MASCULINE_ARTICLES = _words_by_language({
    "fr": "le du au",
    "es": "el del al",
    "it": "il lo del dello al allo dal dallo nel nello sul",
    "pt": "o do ao no pelo",
})
# French military ranks, which after their article take a surname with its particle (`le général
# de Gaulle`, `du maréchal de Lattre`, `l'amiral de Grasse`), where a president's or a minister's
# `de` brings what they head (`le président de Renault`).
FRENCH_RANKS = frozenset("général maréchal amiral".split())
# The names of this century's popes, which copy gives without their numeral (`Papa Leone`):
# they show the title before them as a common given name does.
_POPES_NAMES = frozenset("Leone León Léon Leão Benedetto Benedicto Benoît Bento Jean-Paul".split())

# The articles French, Spanish and Italian write in lower case that are also particles of names
# (`Jean de la Fontaine`): after a capitalised word that is no particle they start another noun
# phrase (`A Milano la Borsa`, `En Madrid el Gobierno`, `À Paris le Sénat`).
ARTICLES_OPENING_PHRASES = {"fr": frozenset(("le", "la")), "es": frozenset(("el", "la")), "it": frozenset(("la", "le"))}
# The Arabic article a surname is written with, hyphened to it (`al-Khelaïfi`, `el-Sisi`).
HYPHENED_PARTICLES = frozenset(("al", "el"))
# The words that end places' names after a lower-case article (`Alcalá la Real`, `Choisy le
# Roi`, `Bourg la Reine`): a royal or an adjective, which no noun phrase after a place opens
# with.
PLACE_ENDINGS_AFTER_ARTICLES = frozenset(
    "Real Roi Reine Grand Grande Vieux Vieille Viejo Vieja Nuevo Nueva Neuf Alto Alta Bajo Baja Chico Chica".split()
)
# The language's `of` before a person whose club, team or government a word names (`il Napoli
# di Antonio Conte`, `el Gobierno de Pedro Sánchez`), where a given name shows a person after it
# (ROMANCE_GIVEN_NAMES).
OF_BEFORE_A_PERSON = {"fr": "de", "es": "de", "it": "di", "pt": "de"}

# The well-known clubs of Europe's top leagues and newspapers of France, Spain, Italy and
# Portugal that copy in any language names by a word or two of their own, where no role or
# speaking shows a name (`la Juventus ha battuto l'Inter`, `selon Le Figaro`): none a place to
# translate (`Roma`, `Napoli`, `Porto`, `Valencia`) nor a common word written with a capital
# opening a sentence (`Marca`, `Libération`, `Expresso`). A newspaper's article is its name's
# where its masthead has it (`{Le_Figaro}`, but `o {Publico}`).
CLUBS_AND_NEWSPAPERS = frozenset((
    "Juventus", "Inter", "Barça", "Atlético", "Benfica", "Chelsea",
    "Le Monde", "Le Figaro", "Le Parisien", "El País", "El Mundo", "La Vanguardia", "La Repubblica", "La Stampa",
    "Público",
))
# Listed newspapers whose names go on with a number and words after it, which no run of
# capitalised words takes in (`Il Sole 24 Ore`): the name's first words and the rest.
NEWSPAPERS_WITH_NUMBERS = {"Il Sole": " 24 Ore"}
# Clubs named by a word that is something else in some languages, with those languages: `Milan`
# is the city in English and French (`il Milan` plays in Milano) and a bird in German, `Bayern`
# the German state, `Arsenal` a German noun (`das Arsenal der Bundeswehr`).
CLUBS_NAMED_AS_OTHER_THINGS = {
    "Milan": frozenset(("en", "fr", "de")), "Bayern": frozenset(("de",)), "Arsenal": frozenset(("de",)),
}
# Listed names that are also words of their language with a capital where they open a sentence
# (`La Repubblica riconosce`, the Italian state; `Público`, public): names only inside one.
LISTED_NAMES_ALSO_WORDS = frozenset(("La Repubblica", "Público"))


# What a place's name may go on with after a city's (`New York City`, `London Borough of Camden`).
KINDS_OF_PLACE = frozenset(("City", "Borough", "County", "District"))
# Words that end places' names of several words and no person's (`Salt Lake City`, `New South
# Wales`, `Rhode Island`), and that open them (`New South Wales`, `South Dakota`, `Fort Worth`,
# `Greater Manchester`, `Santa Barbara`): where one stands, three capitalised words after an
# office may be the place alone, not a place and its holder's given name and surname.
PLACE_ENDINGS = KINDS_OF_PLACE | frozenset(
    "Wales Island Islands Valley Coast Province State Territory Heights Springs Beach Falls".split()
)
PLACE_OPENERS = SAINTS | frozenset(
    "New North South East West Northern Southern Eastern Western Upper Lower Greater Great Fort Port Mount Lake".split()
)
# Words that open organisations' names, besides those that end them (ORGANISATION_WORDS), in
# the languages whose `of` joins the article before a place's name and before theirs alike
# (`del Banco de España`, `do Banco de Portugal`, `della Lega`, `del Real Madrid`): no place.
ORGANISATION_OPENERS = frozenset(
    """
    Banco Banca Banque Caja Caixa Cassa Lega Liga Ligue Partido Partito Real Atlético Atletico Sporting Grupo Gruppo
    Groupe Fundación Fondazione Fundação Fondation Instituto Istituto Institut Universidad Università Universidade
    Université Federación Federazione Federação Fédération Unión Unione União Asociación Associazione Associação
    Assembleia Asamblea Assemblea Assemblée Tribunal Tribunale Câmara Cámara Academia Accademia Académie
    """.split()
)
# The acronyms of a club's legal form that open its name, which the club's one word ends (`FC
# Barcelona`, `AC Milan`, `SL Benfica`, `RC Lens`): a holder's name may follow it.
CLUBS_ACRONYMS = frozenset("FC CF AC AS SS SSC SC SL CD UD RC RCD OGC".split())
# Organisations named after a person, whose name follows the word (`Fondation Abbé Pierre`,
# `Fundación Amancio Ortega`): those words are the organisation's, not its holder's.
NAMED_AFTER_PEOPLE = frozenset("Fondation Fondazione Fundación Fundação".split())


@dataclass(frozen=True)
class _OfAPlace:
    of: frozenset[str]  # the language's `of`, and where it joins an article the forms it takes (`della`, `dell'`)
    offices: frozenset[str]
    others: frozenset[str]


# What only a place has before its name and the language's `of`: its offices, whose holder's
# name may follow the place (`the mayor of Milan`, `Mayor of London Sadiq Khan`, and in French
# the council a president heads: `le président du Conseil départemental du Nord Christian
# Poiret`), and its people and parts (`the people of Paris`, `the outskirts of Lyon`). Each language names the place in
# its own words (il sindaco di Milano, der Bürgermeister von Mailand), also where the words seem
# to have it speak (`the governor of Texas said`): the office or the people speak, not the place.
OF_A_PLACE = {
    language: _OfAPlace(frozenset(of.split()), frozenset(offices.split()), frozenset(others.split()))
    for language, of, offices, others in (
        ("en", "of", "mayor mayors governor governors prefect lord-mayor",
         "people residents inhabitants citizens voters city town village state province region county district capital "
         "centre center suburbs outskirts streets port"),
        ("fr", "de du des d'", "maire préfet gouverneur départemental régional",
         "habitants ville région département commune banlieue"),
        ("es", "de del", "alcalde alcaldesa gobernador gobernadora", "habitantes vecinos ciudad provincia región"),
        ("it", "di del dello della dei degli delle dell'", "sindaco governatore prefetto", "abitanti città regione provincia comune"),
        ("pt", "de da do das dos", "prefeito prefeita governador governadora", "moradores habitantes cidade"),
        ("nl", "van", "burgemeester gouverneur", "inwoners stad gemeente provincie"),
        ("de", "von", "bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin gouverneur gouverneurin",
         "einwohner einwohnerin einwohnerinnen bewohner"),
    )
}


# The articles that follow the `of` of OF_A_PLACE as words of their own (French `de la`,
# `de l'`, Spanish `de la`, `de los`, `de las`), where other languages join them to it.
ARTICLES_AFTER_OF = {"fr": frozenset("la l".split()), "es": frozenset("la los las".split())}

# Who heads a company in French, Spanish, Italian or Portuguese where ROLES has no word of it
# (`l'ad di Fiat`, `le PDG de Renault`), and the words that make a role of several words
# (`le directeur général`, `l'amministratore delegato`, `el consejero delegado`, `o diretor executivo`).
# The most words of a holder's name after the organisation: two given names, two surnames and a particle.
LONGEST_HOLDERS_NAME = 5
HEADS_OF_COMPANIES = frozenset("ad amministratore direttore diretor pdg dg".split())
ROLES_GO_ON = frozenset(
    "général générale generale general geral delegato delegata delegado delegada exécutif exécutive ejecutivo ejecutiva "
    "executivo executiva".split()
)


# Spanish and Portuguese name a person by a given name and two surnames (`Aníbal Cavaco Silva`,
# `Santiago Muñoz Machado`), which after an organisation's name no list of given names may show.
GIVEN_NAME_AND_TWO_SURNAMES = frozenset(("es", "pt"))
# The state's institutions that Spanish and Portuguese name in one word with a capital (`el
# presidente del Gobierno`, `o Presidente da República`): after one, a person's name may start
# at the next word.
INSTITUTIONS_IN_ONE_WORD = frozenset(
    "República Gobierno Governo Consejo Conselho Comisión Comissão Generalitat Xunta Parlamento Senado Congreso Congresso".split()
)

LOCATIVES = frozenset(
    "in at from to near into across outside inside via "
    "nach aus bei im vom zum zur "
    "à au aux en vers "
    "a en desde hacia "
    "da per verso".split()
)

# Case endings (ending, what replaces it in the form a word list holds) of languages that
# inflect roles and place names: `Präsidenten`, `Frankreichs`; `президента`, `России`, `Китая`.
_RUSSIAN_ENDINGS = (
    ("и", "я"), ("и", "а"), ("ы", "а"), ("е", "я"), ("е", "а"), ("у", "а"), ("ю", "я"), ("ой", "а"),
    ("ей", "я"), ("а", ""), ("а", "й"), ("я", "й"), ("у", ""), ("ом", ""), ("ем", "й"), ("е", ""),
)
INFLECTED_ROLES = {"de": (("en", ""), ("n", ""), ("s", "")), "ru": _RUSSIAN_ENDINGS}
# Only the genitive in German: `Deutschen Bank` is no inflected `Deutsch`.
INFLECTED_PLACES = {"de": (("es", ""), ("s", "")), "ru": _RUSSIAN_ENDINGS}

# What ends the clause after a word: punctuation, a bracket, the text's end.
CLAUSE_END = lazy_compile(r"[,.;:]|\s\(|\s*$")

# A common noun with its elided article, capitalised only as it opens the sentence (`L'entraîneur
# Luis Enrique`, `L’attaquant`), where a name has its own capital (`L'Oréal`).
ELIDED_NOUN = lazy_compile(r"[LD]['’]\p{Ll}")
# An article elided before a capitalised word, which leaves the word what it is (`L'Allemagne`,
# a country to translate; `L'Oréal`, a name).
ELIDED_ARTICLE = lazy_compile(r"^[LlDd]['’](?=\p{Lu})")
# Italian prepositions that also open surnames (`Dalla Chiesa`, `Dal Pozzo`, `Degli Esposti`):
# opening a sentence, one is no part of the name after it only before a place (`Dalla Francia`).
PREPOSITIONS_OPENING_SURNAMES = frozenset("Dal Dalla Dei Degli Delle".split())
# `and` and the capitalised word after it, in the languages WHAT_A_PERSON_DOES has.
AND_ANOTHER = lazy_compile(r" (?:and|und|et|y|&) (?P<name>\p{Lu}[\p{L}'’-]*)")

# What makes a month a date: its day or its year after it (`May 5`, `March 2024`).
DAY_OR_YEAR = lazy_compile(r"\s\p{Nd}")

# Common given names of people in English-language news that are no words of the language
# (not Will, Mark, Grace, Rose, Bill, Frank, Guy): before a surname they make a person, whose
# surname alone is then the person's (`Maria Costa resigned` … `thanked Costa`); opening a
# sentence before a surname that is also a month, they make it one (`Theresa May will visit …`),
# where a word that owes its capital to the sentence's start does not (`Throughout May`).
GIVEN_NAMES = frozenset(
    """
    Aaron Adam Adrian Alan Albert Alexander Alexandra Alexei Alice Alison Amanda Amy Andrea Andrew Andrey Angela
    Ann Anna Anne Anthony Antonio Barbara Barack Benjamin Bernie Beth Betty Boris Brandon Brendan Brett Brian
    Bruce Carlos Caroline Catherine Charles Charlotte Christine Christopher Claire Colin Craig Daniel David
    Deborah Dennis Diana Donald Donna Douglas Dmitry Edward Elena Elizabeth Emily Emma Emmanuel Eric Fiona
    Francesca Francis Gary George Gordon Gregory Hannah Harry Helen Henry Hillary Ian Ivan Jacob James Jane Janet Jason
    Jeffrey Jennifer Jeremy Jessica John Jonathan Joseph Joshua Julia Julie Justin Karen Katherine Kathleen Keir
    Kenneth Kevin Kimberly Laura Lauren Linda Lisa Louise Margaret Maria Marie Martin Mary Matthew Melissa
    Michael Michelle Nancy Natalie Nathan Neil Nicholas Nicola Nicolas Olaf Oliver Olivia Pamela Patricia Patrick
    Paul Peter Philip Rachel Rebecca Richard Rishi Robert Ronald Ruth Ryan Samuel Sandra Sarah Scott Sean
    Sergei Sharon Simon Sophie Stephanie Stephen Steven Susan Theresa Thomas Timothy Tony Vladimir William
    Yvette Zachary
    """.split()
)
# The given names commonest in French, Spanish, Italian and Portuguese news, with the English
# ones: after the language's `of` they show a person (OF_BEFORE_A_PERSON).
ROMANCE_GIVEN_NAMES = GIVEN_NAMES | frozenset(
    """
    Alberto Alessandra Alessandro Angelo Carlo Claudio Cristian Daniele Davide Elly Enrico Fabio Federico Francesco
    Franco Gian Giancarlo Gianni Giorgia Giorgio Giovanni Giuseppe Guido Igor Lorenzo Luca Luciano Luigi Marco Mario
    Massimiliano Matteo Maurizio Michele Paolo Raffaele Roberto Salvatore Sergio Silvio Simone Stefano Umberto
    Vincenzo Alejandro Carmen Cristina Diego Eduardo Enrique Felipe Fernando Francisco Gabriel Isabel Javier Jorge
    José Juan Luis Manuel María Ana Mariano Miguel Pablo Pedro Rafael Ramón Xabi Yolanda António Geraldo Jair João
    Joaquim Luís Luiz Marcelo Mário Paulo Rui Alain Bruno Christophe Édouard François Jacques Jean Jérôme Laurent
    Marine Michel Olivier Philippe Pierre Ségolène Valérie Xavier Yves Laurence
    """.split()
)
# The given names that show a monarch's or a pope's title before them (REGNAL_TITLES).
REGNAL_GIVEN_NAMES = ROMANCE_GIVEN_NAMES | _POPES_NAMES
# Countries that are also given names: before a word no place, institution or group has after
# it they name a person (`Jordan Henderson`, `Chad Smith`, `Georgia Harrison`; not `the Jordan
# Valley`, `Georgia Democrats`).
GIVEN_NAMES_OF_COUNTRIES = frozenset("Jordan Chad Georgia".split())
# Words a place or the forces of a country have after its name (`Jordan Valley`, `Chad Basin`), and
# a street, a line or a building after a given name (`Elizabeth Street`, `Albert Hall`).
PLACE_WORDS = frozenset(
    """
    Valley River Sea Basin Lake Desert Mountains Mountain Gulf Coast Bay Strait Rift Plateau Plain Delta Peninsula
    Island Islands Highlands Border Crossing Army Forces Navy Embassy Airport
    Street Road Avenue Square Station Line Park Bridge Hall Tower Gardens Dock Docks Pier Stadium
    """.split()
)
# Words no given name is, as a place's (`Saint`, `Valley`, `City`), and that a person's name has
# in no part, as an institution's, a club's or a place's (`Commission`, `United`, `Street`).
NO_GIVEN_NAME = PLACE_OPENERS | PLACE_WORDS | PLACE_ENDINGS
NO_PART_OF_A_PERSON = INSTITUTION_WORDS | CLUB_ENDINGS | PLACE_WORDS | PLACE_ENDINGS
# Words no given name before a surname is: a particle, or a word of a place or an institution.
NO_GIVEN_NAME_BEFORE_SURNAME = NAME_PARTICLES | NO_GIVEN_NAME | NO_PART_OF_A_PERSON
# Words that open an organisation's name or name an institution, which no club is (`el Banco`).
NO_CLUB = ORGANISATION_OPENERS | INSTITUTION_WORDS
# Endings of Spanish and Italian common nouns ending in -a that are masculine, which after a
# masculine article name a programme or a system, not a city's club (`el Programa`, `El Sistema`).
MASCULINE_NOUN_ENDINGS_IN_A = ("ama", "ema")


def _portfolio_pattern(of: str, conjunctions: str, words: str) -> regex.Pattern[str]:
    """A word (the role or the ministry, for the caller to tell), the words `of` that join it
    to its portfolio, and the portfolio's `words`, one after another or in a list joined by
    commas and `conjunctions`, each may be with its own `of` (`secretario de Estado de
    Economía`, `ministère de l'Économie et des Finances`)."""
    word = rf"(?:{'|'.join(regex.escape(word) for word in sorted(words.split(), key=len, reverse=True))})(?![\p{{L}}\p{{M}}\d-])"
    return lazy_compile(
        rf"(?<![\p{{L}}\p{{M}}])(?P<head>[\p{{L}}\p{{M}}]+) (?P<of>{of}){word}(?:(?:,? (?:{conjunctions}) |, | )(?:{of})?{word})*"
    )


# The portfolios that a minister, a state secretary or a ministry is of, by language: `minister
# van Financiën`, `het ministerie van Buitenlandse Zaken`, `staatssecretaris van Justitie en
# Veiligheid`, `el ministro de Economía`, `le ministère de l'Intérieur`, `il ministro
# dell'Economia`, `o Ministério da Saúde`. The role's words, to translate, where `van`, `de`,
# `da` are no particles of a surname; lower-case words only go on a portfolio (`Affaires
# étrangères`, `Éducation nationale`).
PORTFOLIOS = {
    "nl": _portfolio_pattern(
        "van ", "en",
        """
        Algemene Ambtenarenzaken Armoedebestrijding Asiel Begroting Binnenlandse Buitenlandse Cultuur Defensie
        Digitalisering Douane Economie Economische Emancipatie Energie Europese Financiën Fiscaliteit Gezondheid
        Groei Groene Handel Hoger Infrastructuur Innovatie Integratie Jeugd Justitie Klimaat Koninkrijksrelaties
        Landbouw Landsverdediging Langdurige Media Medische Middenstand Migratie Milieu Mobiliteit Natuur
        Onderwijs Onderzoek Ontwikkelingssamenwerking Ordening Pensioenen Preventie Rechtsbescherming Ruimtelijke
        Sociale Sport Staatshervorming Telecommunicatie Toerisme Toeslagen Veiligheid Verkeer Vervoer Visserij
        Voedselkwaliteit Volksgezondheid Volkshuisvesting Waterstaat Welzijn Werk Werkgelegenheid Wetenschap Wonen
        Zaken Zelfstandigen Zorg
        """,
    ),
    "es": _portfolio_pattern(
        "(?:del|de(?: la| los| las)?) ", "y(?: el| la| los| las)?|e",
        """
        Agenda Agricultura Alimentación Ambiente Asuntos Cancillería Ciencia Comercio Consumo Cooperación Cortes
        Crédito Cultura Defensa Democrática Demográfico Deporte Deportes Derechos Desarrollo Digital
        Digitalización Ecológica Economía Económicos Educación Empleo Empresa Energía Estado Europea Exteriores
        Familia Finanzas Fomento Formación Función Gobernación Hacienda Igualdad Inclusión Industria Infancia
        Innovación Interior Internacional Justicia Juventud Medio Memoria Migraciones Movilidad Mujer Mujeres Nacional
        Obras Pesca
        Planificación Política Presidencia Profesional Pública Públicas Público Relaciones Reto Salud Sanidad
        Seguridad Social Sociales Sostenible Territorial Trabajo Transformación Transición Transportes Turismo
        Universidades Urbana Vivienda
        """,
    ),
    "fr": _portfolio_pattern(
        "de l['’]|d['’]|à l['’]|(?:de la|du|des|de|à la|au|aux) ", "et",
        """
        Action Affaires Agriculture Alimentation Anciens Armees Armées Artisanat Autonomie Biodiversité Budget
        Citoyenneté Climat Cohésion Commerce Comptes Consommation Culture Defense Défense Economie Économie
        Education Éducation Egalité Égalité Emploi Energie Énergie Enseignement Environnement Etat État
        Finances Fonction Forêt Francophonie Handicap Industrie Interieur Intérieur Jeunesse Justice Logement
        Mémoire Mer Numérique Outre-mer Parlement Partenariats Pêche PME Recherche Relations Ruralité Sante Santé
        Solidarités Souveraineté Sports Territoires Tourisme Transformation Transition Transports Travail Ville
        alimentaire combattants écologique énergétique étrangères extérieur industrielle internationaux nationale
        numérique publics publique publiques supérieur territoriale
        """,
    ),
    "it": _portfolio_pattern(
        "(?:de|a)ll['’]|per l['’]|(?:del|dei|della|dello|degli|delle|di|al|ai|alla|allo|agli|alle|per(?: il| la| lo| i| gli| le)?) ",
        "e|ed",
        """
        Affari Agricoltura Ambiente Amministrazione Autonomie Beni Civile Coesione Cultura Culturali Difesa
        Disabilità Economia Economico Energetica Esteri Europei Famiglia Finanze Foreste Giovani Giustizia Imprese
        Infrastrutture Innovazione Internazionale Interno Istituzionali Istruzione Lavoro Mare Merito Natalità
        Nazionale Opportunità Pari
        Politiche Protezione Pubblica Rapporti Regionali Ricerca Riforme Salute Sicurezza Sociali Sovranità Sport
        Sviluppo Territoriale Tesoro Transizione Trasporti Turismo Università
        alimentare civile ecologica economico energetica esteri europei regionali sociali
        """,
    ),
    "pt": _portfolio_pattern(
        "(?:da|do|das|dos|de|para (?:a|o|as|os)) ", "e",
        """
        Abastecimento Ação Administração Aeroportos Agrário Agricultura Ambiente Aquicultura Assuntos
        Cidadania Cidades Ciência Clima Climática Coesão Comércio Comunicações Cultura Defesa
        Desenvolvimento Desporto Direitos Economia Educação Emprego Energia Ensino Esporte Estado Estrangeiros
        Exteriores Familiar Fazenda Finanças Gestão Habitação Humanos Igualdade Indígenas Indústria
        Infraestruturas Inovação Integração Interna Internacional Justiça Juventude Mar Meio Minas Modernização
        Mudança Mulheres Nacional
        Negócios Orçamento Parlamentares Pecuária Pesca Planejamento Portos Povos Presidência Previdência Pública
        Públicos Racial Reforma Regional Relações Saúde Segurança Serviços Social Solidariedade Superior
        Tecnologia Territorial Trabalho Transportes Turismo
        """,
    ),
}
# Besides roles, what has a portfolio after it.
MINISTRIES = _words_by_language({
    "nl": "ministerie ministeries departement",
    "es": "ministerio ministerios secretaría cartera departamento consejería",
    "fr": "ministère ministères secrétariat portefeuille chargé chargée délégué déléguée",
    "it": "ministero ministeri dicastero",
    "pt": "ministério ministérios pasta",
})
# Roles whose `de` or `van` brings the body they speak for or preside over, never a portfolio:
# after `el portavoz del` the body's name is whole (`Estado Islámico`), where after `el
# secretario de Estado` the name is the role's (`Amador Fernández`).
ROLES_OF_BODIES = frozenset(
    """
    portavoz porte-parole portavoce porta-voz woordvoerder woordvoerster presidente présidente président
    voorzitter
    """.split()
)

# Particles that are also a language's articles or their contractions, which after a verb of
# speech bring a noun, not a surname (`a déclaré le Premier ministre`, `dijo el Presidente`,
# Dutch `zei de Rabobank`, where a surname alone has its particle capitalised).
ARTICLE_PARTICLES = _words_by_language({"fr": "le la", "es": "el la al del", "it": "la le al", "nl": "de den der ter ten"})

# The words a title-case heading leaves in lower case.
TITLE_CASE_LOWER = NEVER_LAST | LOCATIVES | frozenset("of vs".split())

# The kinds of block that may be written in title case.
HEADINGS = frozenset({"headline", "subheading"})

# What a table's row of totals or of the rest is called, and what a cell says of a match or an
# entry in place of a name (a draw, a bye, a game put off, a runner out), in the languages the
# newsroom ships: a label to translate, never a name, in whatever column it stands.
_TABLE_LABELS = frozenset(
    """
    Total Totals Subtotal Sum Average Overall Other Others Rest Gesamt Insgesamt Summe Durchschnitt Andere Sonstige
    Übrige Autres Moyenne Ensemble Otros Media Promedio Totale Altri Totaal Overige Gemiddelde Outros Média
    Draw Drawn Tie Tied Bye Postponed Cancelled Canceled Abandoned Suspended Void Walkover Forfeit Pending Vacant
    Withdrawn Retired Disqualified Unentschieden Remis Verschoben Abgesagt Abgebrochen Freilos Nul Reporté Annulé
    Interrompu Exempt Forfait Empate Aplazado Suspendido Cancelado Anulado Descanso Pareggio Rinviato Sospeso
    Annullato Riposo Gelijkspel Uitgesteld Afgelast Gestaakt Adiado Suspenso Folga
    """.split()
)
# What no word alone in a table's cell names: a label, a word of an institution or a group.
NO_NAME_ALONE = _TABLE_LABELS | INSTITUTION_WORDS | SPEAKING_GROUPS | TRANSLATED_ACRONYMS

# Stdlib re's \w is str.isalnum() or "_", character by character: this matches exactly the
# longest runs of characters that str.isalnum() accepts.
ALNUM_RUN = re.compile(r"[^\W_]+")

# Particles of surnames that are also a plural article or an elided `de` of the language, which
# go on with a name only after a given name (plural_or_elided_particle_goes_on), and what
# stands between each and the surname after it.
PLURAL_OR_ELIDED_PARTICLES = {"fr": frozenset(("des", "d")), "pt": frozenset(("d",)), "it": frozenset(("d",))}
GAPS_AFTER_PARTICLE = {"des": (" ",), "d": ("'", "’")}
AMPERSANDS = frozenset({"&", " & "})
# The language's `of` joined to a plural article, inside organisations' names (`Accademia
# Nazionale dei Lincei`, `Banque des Territoires`; see organisations_article_goes_on).
PLURAL_ARTICLES_AFTER_OF = {"fr": frozenset(("des",)), "it": frozenset(("dei", "degli", "delle"))}
# Spanish `de los`, `de las` inside places' names (`San Juan de los Lagos`, `Santiago de los Caballeros`).
PLURAL_ARTICLES_AFTER_DE = frozenset(("los", "las"))

# Italian titles before a surname, written in lower case as often as capitalised (`il sig.
# Rossi`, `il dott. Bianchi`, `l'avv. Verdi`, `la sig.ra Bruni`, `la prof.ssa Neri`).
ITALIAN_TITLE_BEFORE = lazy_compile(
    r"(?<![\p{L}.])(?i:(?:sig\.ra|dott\.ssa|prof\.ssa)|(?:sigg|sig|dott|avv|ing|prof|arch|geom|rag|on)\.) $"
)
# A title of several people and the names it introduces before the next (`MM. Dupont et
# Durand`, `Mmes Martin, Petit et Durand`, `Messrs Smith and Jones`): each is a name as the
# first is.
NAMES_AFTER_PLURAL_TITLE = lazy_compile(
    r"(?<!\S)(?:MM\.|Mmes\.?|Messrs\.?|Sres\.|Sigg\.|sigg\.) \p{Lu}[\p{L}\p{M}'’\-]*"
    r"(?:, \p{Lu}[\p{L}\p{M}'’\-]*)*(?:,| (?:et|and|y|e|und)) $"
)
LONGEST_TITLE_BEFORE = 12
NAMES_AFTER_TITLE_WINDOW = 120

# Titles written without their period (British `Mr Costa`) and forms of address.
NO_GIVEN_NAMES = frozenset("mr mrs ms dr prof sir madam dame lord lady dear hello thanks thank".split())

BEFORE_ARTICLE_PARTICLE = frozenset("von van zu vom".split())

# Stock indexes named with a number after them (`CAC 40`, `FTSE 100`, `S&P 500`), which is part
# of the name; not an amount or a share after them (`the FTSE 12.5%`), nor after any other
# acronym, where a number counts what it has (`polls give the CDU 30 percent`, `PSG 3`).
INDEXES_WITH_NUMBERS = frozenset("CAC DAX FTSE IBEX AEX BEL PSI ATX SMI OMX OMXS ASX KOSPI TSX CSI WIG S&P".split())
# What may not follow an index's number, the amount it moved by in any language (`the FTSE 15
# points lower`, `the FTSE 12 percent`, `der Dax 12 Punkte`): a lookahead.
NOT_AN_AMOUNT = (
    r"(?![.,]?\d|\s?%|\s(?:points?|pts|percent|per\s?cent|pct|Punkte?|Prozent|Zähler|puntos?|punti|pontos?"
    r"|por\s?ciento|per\s?cento|pour\s?cent|por\s?cento|procent|basis)\b)"
)
INDEX_NUMBER = lazy_compile(rf" \d{{2,3}}{NOT_AN_AMOUNT}")

# A currency's code beside its amount (syndicate.names_locale.is_currency_code): before the
# number (`SEK 2.5 billion`), or after the number and its scale, in a word or abbreviated, in the
# languages of the sources (`2.5 billion SEK`, `2.5bn SEK`, `2,5 Mrd. SEK`, `2,5 mil millones
# SEK`, `5 млрд RUB`). Joined to its number the code makes one word with it, an amount where it
# has a scale or goes on with decimals (`SEK500m`, `SEK2.5bn`): `COP28` and `G20` are names.
AMOUNT_AFTER_A_CODE = lazy_compile(r"[ \u00a0\u202f]\d")
CODE_JOINED_TO_AMOUNT = lazy_compile(r"(?P<code>\p{Lu}{3,})\d+(?:bn|mn|tn|m|k|(?=[.,]\d))")
_SCALE_WORD = r"(?:thousand|tausend|duizend|(?:m|b|tr)il[lhj]?\p{L}*|Mio|Mrd|Mds?|MM|mln|mld|bn|mn|tn|trn|[mkMG]|тыс|млн|млрд|трлн)\.?"
AMOUNT_BEFORE_A_CODE = lazy_compile(rf"\d(?:[ \u00a0\u202f]?{_SCALE_WORD})*[ \u00a0\u202f]$")
AMOUNT_BEFORE_A_CODE_WINDOW = 40  # characters: a number's end and two scale words

# The letters and digits of a word of its own, not part of a longer one.
WORD_OF_LETTERS = lazy_compile(r"[\p{L}\d]+")

# A possessive after a word, also of a name ending in s or z in English and German (`Hughes'
# plan`, `Merz' Pläne`).
POSSESSIVE_AFTER = lazy_compile(r"['’]s?(?![\p{L}\d])")

# Between a person and the body they speak for: `of (the)`, `from`, `at`, `von (der)`, `de (la)`.
AFFILIATION = lazy_compile(
    r",?\s+(?:of|from|at|von|vom|bei|de|du|des|del|della|di|da|do)\s+(?:(?:the|der|dem|la|el)\s+|l['’])?"
)
# A person, the few words of the body they speak for, and the verb of speech.
SPEAKS_FOR = lazy_compile(rf"\s+(?:of|from|at|von|vom|bei)\s+(?:[^\s,.;:!?\"“”„«»]+\s+){{1,5}}(?i:{_SPEECH_VERBS})\b")
