"""How name finding reads German (syndicate.names), which capitalises every noun: its roles,
common nouns, articles, determiners, numbers and adjectives, its given names and idioms, its
clubs and stock indexes, and the adjectives of names that a sentence inflects."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .lazy_regex import lazy_compile
from .names_data import ENGLISH_COMPANY_WORDS, GIVEN_NAMES, INDEXES_WITH_NUMBERS, NOT_AN_AMOUNT
from .names_locale import translatable_words
from .names_tokens import Token


# The last part of German compound titles and descriptions of people: `Außenministerin`,
# `Regierungssprecher`, `Vizekanzler`, `Grünen-Politikerin`, `Chefvolkswirt`, `Virologe`,
# `Amtskollegen`, `Nationalspieler`, with their inflected forms (`Präsidenten`, `Ministerinnen`),
# which the ending tells.
GERMAN_ROLE = lazy_compile(
    r".*(?:minister|kanzler|präsident|sprecher|chef|leiter|direktor|sekretär|trainer|bürgermeister|kommissar"
    r"|botschafter|vorsitzende|abgeordnete|beauftragte|senator|gouverneur|politiker|vorstand|funktionär|boss|vize"
    r"|führer|vertreter|berater|richter|anw[aä]lt|ermittler|forscher|wissenschaftler|ökonom|volkswirt|analyst"
    r"|expert(?:e|in)?|kolleg(?:e|in)?|olog(?:e|in)?|autor|sänger|schauspieler|regisseur|journalist|korrespondent"
    r"|moderator|kandidat|intendant|manager|gründer|unternehmer|investor|aktivist|diplomat|landrat|spieler"
    r"|stürmer|torhüter|torwart|kapitän|papst|könig|prinz|prinzessin|bischof|kardinal)"
    r"(?P<ending>in|innen|en|n|s|r)?"
)


# German capitalises every noun: one of these endings makes a word opening a capitalised run
# the common noun before a name (`Die Gewerkschaft GDL`, `die Regierung Scholz`, `die Partei
# Die Linke`), not part of it. -ion, -ei and -nis count only after the letters German nouns put
# before them, and at least three letters come first, so that given names stay names (Marion,
# Sergei, Dennis, Jung). Also `Flughafen`, a noun with the ending of an adjective (`der
# Flughafen Frankfurt`, as `der Deutschen Bank`).
_GERMAN_COMMON_NOUN = lazy_compile(
    r"\p{Lu}\p{Ll}{2,}(?:(?:schaft|ung|heit|keit|tät|[tsgn]ion|erei|[zlt]ei)(?:en)?|ismus|[bdgmt]nis(?:se|ses)?|(?:tum|ium)s?|hafens?)"
)


# What a company is, or is to another, as German says it before the company's name (`die Tochter
# Siemens Healthineers AG`, `der Autobauer Volkswagen AG`, `die Konzernmutter Porsche SE`).
_GERMAN_KIND_OF_COMPANY = lazy_compile(
    r"\p{Ll}*(?:tochter|mutter|konzern|gesellschaft|holding|rivale|konkurrent|wettbewerber|hersteller|bauer"
    r"|zulieferer|versicherer|händler|anbieter|betreiber)(?:s|n|en)?"
)


def is_german_role(word: str) -> bool:
    return GERMAN_ROLE.fullmatch(word) is not None


def is_kind_of_company(word: str) -> bool:
    return _GERMAN_KIND_OF_COMPANY.fullmatch(word.lower()) is not None


def is_german_common_noun(word: str) -> bool:
    return _GERMAN_COMMON_NOUN.fullmatch(word) is not None


# What a German sentence gives or imputes to a person right after the person's name, a noun and
# no second surname (`warf Bundeskanzler Merz Versagen vor`, `wünschte Merz Erfolg`, `gab Merz
# die Schuld`), or what a company makes or cuts (`macht Volkswagen Verluste`, `dass Siemens
# Healthineers Stellen streicht`), and the compounds ending
# in it (`Staatsversagen`, `Mitschuld`, `Kursverluste`). Not words that
# are also surnames (Kraft, Sommer, Fischer) or end names (`Die Zeit`, `Deutsche Welthungerhilfe`).
_GERMAN_OBJECT_NOUN_ENDINGS = tuple(
    """
    versagen erfolg erfolge schuld vertrauen kritik respekt vorwürfe vorwurf missbrauch beifall applaus rückhalt
    stillstand wortbruch widerspruch zuspruch gegenwind rückenwind verlust verluste gewinn gewinne einbußen premiere
    stellen arbeitsplätze
    """.split()
)
_GERMAN_OBJECT_NOUNS = frozenset(
    """
    Hilfe Recht Unrecht Dank Mut Druck Angst Rat Lob Geld Rüge Absage Widerstand Chaos Scheitern Zögern Nichtstun
    Verrat Lügen Arroganz Ignoranz Inkompetenz Beileid Mitgefühl Glückwünsche
    """.split()
)
# Nouns `von` completes, before no given name: `Abschied von der Macht`, `Bilder von der Front`.
GERMAN_NOUNS_BEFORE_VON = frozenset(
    "Abschied Abkehr Abstand Rückzug Rücktritt Ausstieg Abwanderung Bilder Berichte Nachrichten Grüße Post".split()
)
# The endings of feminine nouns, which `von der` brings as often as a surname (`von der Bühne`,
# `von der Basis`, `von der Politik`, `von der Kultur`, `von der Konferenz`; `von der Leyen`).
GERMAN_FEMININE_ENDINGS = ("e", "ik", "ie", "ur", "anz", "enz", "is")
# The longest surnames with the endings of common nouns (Hartung, Hornung).
_LONGEST_NOUN_LIKE_SURNAME = len("Hartung")


def german_role_after_name(word: str, after_full_name: bool) -> bool:
    """Whether a German word ending a run of capitalised words is a role the words before it
    are or become (`wurde von Papen Vizekanzler`, `der Regierende Bürgermeister`), longer than
    the surnames that are roles too (Richter, König, Boss); after a given name and a surname,
    any role (`als Olaf Scholz Kanzler war`), as a person has no second surname."""
    return (after_full_name or len(word) > _LONGEST_NOUN_LIKE_SURNAME) and is_german_role(word.lower())


def may_be_name_adjective(word: str) -> bool:
    """Whether a German word with the ending an article gives an adjective may be the adjective
    a name opens with (`die Deutsche Bahn`, `der Vereinten Nationen`, `das Zweite Deutsche
    Fernsehen`), by the stems adjectives have; a noun with that ending is none (`die Standorte
    Mülheim`, `der Tabellenzweite Leverkusen`)."""
    return GERMAN_NAME_ADJECTIVE.fullmatch(word) is not None or GERMAN_DESCRIPTIVE_ADJECTIVE.fullmatch(word) is not None


def is_german_object_noun(word: str) -> bool:
    return word in _GERMAN_OBJECT_NOUNS or word.lower().endswith(_GERMAN_OBJECT_NOUN_ENDINGS)


def german_noun_after_name(word: str, noun_may_follow: bool) -> bool:
    """Whether a German word ending a run of capitalised words is a noun that follows the name
    before it (`Merz Versagen`); where a noun may follow a name, after a role whose name the word
    may end (`Ministerin Anna Weber Unterstützung`) or with no article (`gab Volkswagen
    Entwarnung`), also a noun by its ending, but for surnames with such an ending."""
    return is_german_object_noun(word) or (
        noun_may_follow and len(word) > _LONGEST_NOUN_LIKE_SURNAME and is_german_common_noun(word)
    )


# Lower-case words that open a noun phrase or a clause rather than end a verb: after them a
# run of capitalised words is what they open (`mit der Robert Bosch Stiftung`, `und Olaf Scholz
# Minister`), not the subject or object of a verb before it.
_GERMAN_NOUN_PHRASE_OPENERS = frozenset(
    """
    ab an auf aus außer bei bis durch für gegen hinter in mit nach neben ohne seit trotz um unter über von vor
    während wegen zu zwischen laut samt sowie und oder aber sondern denn dass ob weil wenn als wie da
    """.split()
)


# Conjunctions opening a clause whose verb comes last: the subject follows one, then what it
# does or gets, with no article of its own (`dass Lars Klingbeil Entwarnung gab`).
GERMAN_CLAUSE_OPENERS = frozenset("dass weil ob obwohl nachdem bevor sobald falls sodass wenn".split())


# Words opening a German sentence that owe their capital to its start and open no name: a
# conjunction opening a clause, and the conjunctions and focusing adverbs before a subject
# (`Dass Robert Habeck Konsequenzen zog`, `Auch Siemens Energy profitierte`).
GERMAN_OPENERS_OF_NO_NAME = GERMAN_CLAUSE_OPENERS | frozenset(
    "als wie und aber doch denn oder sondern auch nur selbst sogar erst allein gerade besonders insbesondere ausgerechnet".split()
)


def leaves_german_nouns_bare(word: str) -> bool:
    """Whether after a lower-case German word a name and a noun with no article may follow
    each other: a verb (`macht Volkswagen Verluste`) or a conjunction opening a clause (`dass
    Lars Klingbeil Entwarnung gab`)."""
    return _is_german_verb_before(word) or word in GERMAN_CLAUSE_OPENERS


def has_german_noun_ending(word: str) -> bool:
    """Whether a German word ends as nouns do and the last words of names seldom do: a noun's
    suffix (`Entwarnung`, `Verbesserungen`), a noun of _GERMAN_OBJECT_NOUN_ENDINGS, or the -e of
    feminine nouns and plurals (`Premiere`, `Stimme`, `Gewinne`) in a word spelt as German
    spells (not `Enterprise`, `Alliance`, `LaSalle` in companies' names)."""
    return is_german_common_noun(word) or is_german_object_noun(word) or (word.endswith("e") and _spelt_as_german(word))


# An English ending German nouns spell otherwise: `Alliance`, `Finance` (German `Allianz`, `Finanz`).
_ENGLISH_SPELLING = lazy_compile(r".*ce")


def _spelt_as_german(word: str) -> bool:
    """Whether a capitalised word may be a German noun by its spelling: not an English word of
    companies' names, nor a word with a capital inside (`LaSalle`) or an English ending."""
    return (
        word not in ENGLISH_COMPANY_WORDS
        and INNER_CAPITAL.search(word) is None
        and _ENGLISH_SPELLING.fullmatch(word) is None
    )


def _is_german_verb_before(word: str) -> bool:
    """Whether a lower-case German word before a name may be the verb the name is subject or
    object of (`gab`, `schlug`, `feierte`): no article, determiner, number, preposition or
    conjunction."""
    return not (
        word in GERMAN_DEFINITE
        or word in _GERMAN_NOUN_PHRASE_OPENERS
        or GERMAN_DETERMINER.fullmatch(word) is not None
        or GERMAN_NUMBER.fullmatch(word) is not None
        or GERMAN_ADJECTIVE.fullmatch(word) is not None
    )


# Roles that may name many (`dass Unternehmen Stellen abbauen`, `sehen Experten Fehler`): before a
# lone word they introduce a name only after a determiner (`der Konzern Bosch`, `den Präsidenten
# Macron`). Organisations, and the inflected forms of roles.
GERMAN_ORGANISATION_ROLES = frozenset("sender zeitung agentur konzern unternehmen firma".split())
GERMAN_INFLECTIONS = frozenset("en n s innen".split())

# What opens a German noun phrase before its noun: articles (with the prepositions they merge
# with), other determiners and numbers. A capitalised word right after one is the phrase's noun
# (`der Leitindex Dax`, `sieben Jahren Haft`), or, after an article, an adjective of a name with
# the ending an article gives it (`die Deutsche Bahn`, `der Deutschen Bank`).
GERMAN_DEFINITE = frozenset("der die das den dem des im am beim vom zum zur ins ans aufs".split())
GERMAN_DETERMINER = lazy_compile(
    r"(?:ein|kein|mein|dein|sein|ihr|unser|euer|dies|jen|jed|manch|welch|solch|all|beid|viel|einig|mehrer|wenig)"
    r"(?:e|en|em|er|es)?"
)
GERMAN_NUMBER = lazy_compile(
    r".*\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend"
    # and as numbers are written in one word: with a half, teens, tens and their compounds
    # (`zwölfeinhalb Jahren Haft`, `siebzehn Monaten`, `zweiundzwanzig Tagen`, `zehntausend Menschen`)
    r"|anderthalb|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)einhalb|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn"
    r"|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:(?:zwan|vier|fünf|sech|sieb|acht|neun)zig|dreißig)"
    r"|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?:hundert|tausend)|(?:zehn|hundert)tausend"
)
# An inflected lower-case adjective, which a noun follows (`weiten Teilen`, `deutschen Autobauer`),
# not a past tense (`sagte`, `trafen`, `malte`; but `alte`, `kalte`) or a verb in -ieren or
# -alten (`verwalten`), nor an age, which as often comes before a person's name as before a
# noun (`die 16-jährige Greta Thunberg`).
GERMAN_ADJECTIVE = lazy_compile(
    r"(?!\p{Ll}*ieren$|.*jährig)(?=\p{Ll})[\p{Ll}\-]*"
    r"(?:sch|ig|lich|al|ell|iv|är|ös|end|en|er|neu|(?<![hmw]|sp|st)alt|groß|klein|weit|hoh|jung|lang|ganz)"
    r"(?:e|en|em|er|es)"
)
WEAK_ADJECTIVE = lazy_compile(r".*\p{Ll}en?")

# Adjectives that describe what they name (`die Europäische Zentralbank`, `laut Statistischem
# Bundesamt`, `der Olympischen Spiele`, `des Auswärtigen Amts`, `im Nahen Osten`, `im Zweiten
# Weltkrieg`, `das Weiße Haus`, `im Roten Meer`): each language says the two words its own way. With the ending an article gives it
# only after one (not `Pascale` in `sagte Pascale Roth`), and not `Deutsche`, which begins company
# names (Deutsche Bank, Deutsche Bahn, Deutsche Post).
GERMAN_DESCRIPTIVE_ADJECTIVE = lazy_compile(
    r"(?:\p{Lu}[\p{L}\-]*(?:isch|al|ig|lich|iv|är)|Nah|Fern|Mittler|Kalt|Erst|Zweit|Dritt|Viert|Fünft|Weiß|Schwarz|Rot|Gelb|Blau|Grün|Tot)(?P<ending>e|en|em|er|es)"
)

# `Deutsch-` describes a public body as the adjectives above describe theirs (`der Deutsche
# Wetterdienst`, the German Weather Service; `der Deutsche Gewerkschaftsbund`, `des Deutschen
# Ethikrates`), by the heads of public bodies' names, which no company's name after it has
# (Deutsche Bank, Deutsche Bahn, Deutsche Telekom), and so a trade a body speaks for (`der
# Börsenverein des Deutschen Buchhandels`, the German book trade's association).
GERMAN_NATIONAL_ADJECTIVE = lazy_compile(r"Deutsch(?P<ending>e|en|em|er|es)")
GERMAN_PUBLIC_BODY = lazy_compile(
    r"[\p{L}\-]*(?:dienst|amt|gericht|rat|tag|behörde|bund|institut|kammer|verband|handel)(?:e?s)?"
)

# Words that count rather than name (`500 Millionen Euro`, `Tausende Stellen`, `Hunderte von
# Menschen`): no name starts, goes on or ends with one.
GERMAN_QUANTITIES = frozenset(
    "Dutzend Dutzende Dutzenden Hundert Hunderte Hunderten Tausend Tausende Tausenden Zehntausende Zehntausenden "
    "Hunderttausende Hunderttausenden Millionen Milliarden Billionen".split()
)
# Groups of people German news names without an article (`weil Mieter Nebenkosten nachzahlen`,
# `dass Kinder Anspruch haben`): the first of two capitalised words, they open no name.
GERMAN_GROUPS = frozenset(
    """
    Menschen Kinder Eltern Frauen Männer Jugendliche Bürger Verbraucher Kunden Mieter Vermieter Patienten
    Schüler Studierende Studenten Arbeitnehmer Arbeitgeber Beschäftigte Mitarbeiter Rentner Anwohner Fans
    Zuschauer Passagiere Fahrgäste Reisende Flüchtlinge Migranten Soldaten Polizisten Ärzte Landwirte Bauern
    Händler Anleger Sparer Steuerzahler Wähler Familien Firmen Betriebe Banken Kommunen Länder Staaten
    """.split()
)
# Before a month: `bis Ende März`, `Anfang Mai`, `Mitte Juni` are dates.
GERMAN_TIME_WORDS = frozenset("Anfang Beginn Mitte Ende".split())
# Times of a day joined to its name: `Montagabend`, `Dienstagmorgen`.
_GERMAN_TIMES_OF_DAY = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
# German prepositions that are also particles of names: they join a name only to the given name
# a role introduces (`Kommissionspräsidentin Ursula von der Leyen`); elsewhere they start what
# follows the name (`Jörg Krämer von der Commerzbank`, `Vertreter von Bund und Ländern`, `in der
# Leipziger Innenstadt zu Ausschreitungen`).
GERMAN_PREPOSITION_PARTICLES = frozenset("von zu".split())
# Nouns that `von` or `zu` take in set phrases, after a given name a sentence uses alone (`mit
# Anna zu Hause`, `Olaf von Anfang an`).
GERMAN_NOUNS_AFTER_PARTICLES = frozenset(
    """
    Anfang Beginn Hand Haus Amts Interesse Vorteil Nachteil Nutzen Belang Wert Dauer Gewicht Rang
    Hause Ende Fuß Gast Recht Unrecht Lasten Gunsten Grunde Tode Wort Hilfe Besuch Protokoll Fall Tisch
    Bett Mittag Abend Zeit Beispiel Land Lande Wasser Luft Rate Rande Teil Papier Kopf Dank Weihnachten
    Ostern Pfingsten Silvester
    """.split()
)
# Titles a German surname with its particle follows alone (`Vizekanzler von Papen`, `Frau von der
# Leyen`, `Bundesverteidigungsminister zu Guttenberg`, `Rittmeister von Richthofen`): forms of
# address and offices that name their domain, which `von` does not complete as it completes
# `Präsident von Real Madrid`, `Ministerpräsident von Bayern`, `Bürgermeister von Berlin`.
GERMAN_TITLES_BEFORE_PARTICLES = lazy_compile(
    r"(?:herrn?|frau|dr\.|prof\."
    r"|(?:\p{L}+-)?(?:alt|ex|vize)?(?:bundes|reichs)?kanzler"
    r"|(?:\p{L}+-)?(?:alt|ex)?(?:(?:bundes|reichs)(?:tags)?|kommissions)(?:präsident|chef)"
    r"|(?:\p{L}+-)?(?:alt|ex)?(?:bundes|reichs)\p{L}*minister"
    r"|(?:general)?(?:feld)?marschall|general|oberst|leutnant|rittmeister|admiral)"
    r"(?:in|en|n)?"
)
# Offices of one person, before `von der` a surname's particle rather than what the office is
# of (`Ministerin von der Leyen`, `Präsidentin von der Leyen`), as a domain after `von der` is a
# feminine noun (`Präsident von der Ukraine`, which may_be_surname tells by its ending).
GERMAN_OFFICES_BEFORE_VON_DER = lazy_compile(
    r"(?:\p{L}+-)?\p{L}*(?:minister|präsident|kommissar|kanzler|senator|staatssekretär)(?:in)?"
)
# Before a title they make it what someone is or is called (`ist Bürgermeister von Hamburg`, `gab
# sich als Herr von Welt`), not the title before a name.
GERMAN_COPULAS = frozenset("ist war sind waren sei wäre wird wurde werden wurden bleibt blieb gilt galt als".split())
# Set phrases of a given name or a title and a common noun that stand for a type of person or
# personify something (`gilt als Hans Dampf in allen Gassen`, `trifft Otto Normalverbraucher`,
# `half Kommissar Zufall`): each language says them in its own words. No rule tells them from
# names, as German surnames are nouns as often (Hans Eichel, Hannelore Kraft, Helene Fischer).
GERMAN_IDIOMS = lazy_compile(
    r"(?<!\p{L})(?:Hans Dampf|Otto Normalverbraucher|Lieschen Müller|Kommissar Zufall|Gevatter Tod|Prinz Karneval)s?(?!\p{L})"
)
# The endings of the dative plural, which `von` and `zu` bring as often as a surname in -en
# (Richthofen, Papen) that only the other evidence makes one.
GERMAN_PLURAL_ENDINGS = ("en", "ern", "eln")
# `von Hamburg nach Berlin`, `von Montag bis Freitag`: where from, not a surname.
GERMAN_FROM_TO = lazy_compile(r" (?:nach|bis)\b")
# Verbs of speech after which a lone capitalised word that ends the clause is who speaks (`„…“,
# sagte Merz.`, `Am Dienstag sagte Merz, …`): not `warnte` or `rief`, which take objects
# (`warnte Anleger.`), nor what people say in one word (`sagte Nein.`).
GERMAN_SPEAKER_AFTER = lazy_compile(
    r"\b(?:sagte|sagt|fragte|fragt|erklärte|meinte|betonte|antwortete|ergänzte|unterstrich|versicherte)\s+$"
)

# Separable verbs of speech, whose particle follows who speaks (`„…“, fügte Schäfer hinzu.`,
# `teilte Schäfer mit`); not `räumte … ein` or `kündigte … an`, which as often frame an object
# (`räumte Fehler ein`, `kündigte Widerstand an`).
GERMAN_SEPARABLE_SPEAKER = lazy_compile(r"\b(?P<verb>fügte|teilte)\s+$")
GERMAN_PARTICLES = {"fügte": lazy_compile(r"\s+hinzu\b"), "teilte": lazy_compile(r"\s+mit\b")}
LONGEST_GIVEN_NAME = len("Frank-Walter")
# Common German given names, of people born from the 1930s on and of public figures of recent
# decades: before `von`, `zu`, `von der` or `vom` and a capitalised word they open a name of
# one person (`Richard von Weizsäcker`, `Karl-Theodor zu Guttenberg`), and opening a sentence
# before a word that is no noun, one of two words (`Annalena Baerbock reiste …`). Not those
# that are also words of the language (Mark, Rosa, Heide, Kai, Wolf, Roman `der Roman von
# Kehlmann`, Iris, Flora, Viola, Gloria, Jasmin, August, Will), which only the other evidence
# makes names.
GERMAN_GIVEN_NAMES = frozenset(
    """
    Achim Adolf Albert Alexander Alfred Alois Andreas Anton Armin Arnold Arno Axel Benedikt Benjamin
    Bernd Bernhard Björn Bodo Boris Burkhard Carl Carsten Cem Christian Christoph Claus Clemens Constantin
    Daniel David Dennis Detlef Dieter Dietmar Dietrich Dirk Dominik Eberhard Eckart Edmund Egon Elias Emil
    Erich Erik Erwin Fabian Felix Ferdinand Florian Franz Friedrich Fritz Georg Gerd Gerhard Gottfried
    Gregor Guido Gunter Günter Günther Gustav Hannes Harald Hartmut Heiko Heiner Heinrich Heinz Helge
    Helmut Hendrik Henning Herbert Heribert Hermann Holger Horst Hubert Hubertus Ingo Jakob Jan Jannik
    Jens Joachim Jochen Johann Johannes Jonas Jörg Joschka Josef Joseph Julian Julius Jürgen Justus Karl
    Karsten Kevin Kilian Klaus Konrad Konstantin Kurt Lars Leon Leonhard Lothar Ludwig Lukas Lutz Malte
    Manfred Manuel Marcel Marco Marcus Mario Marius Markus Martin Matthias Max Maximilian Michael Mike
    Moritz Niklas Nils Norbert Ola Olaf Ole Oliver Oskar Patrick Paul Peer Peter Philipp Ralf Ralph Reiner
    Reinhard Reinhold Rainer Richard Robert Roland Rolf Rudi Rudolf Rüdiger Sascha Sebastian Siegfried
    Sigmar Sigmund Simon Stefan Steffen Stephan Sven Theo Theodor Thilo Thomas Thorsten Till Tilman Timo
    Tino Tobias Torsten Udo Ulf Uli Ulrich Uwe Volker Walter Werner Wilfried Wilhelm Willi Willy Winfried
    Wolfgang Wolfram
    Hans-Dietrich Hans-Georg Hans-Jochen Hans-Joachim Hans-Jürgen Hans-Peter Hans-Ulrich Hans-Werner
    Karl-Heinz Karl-Theodor Klaus-Peter Frank-Walter Franz-Josef Heinz-Peter Kurt-Georg
    Alice Andrea Angela Angelika Anja Anke Anna Annalena Anne Annegret Annette Antje Astrid Barbara
    Beate Beatrix Bettina Birgit Brigitte Britta Bärbel Carola Caroline Charlotte Christa Christiane
    Christina Christine Claudia Cornelia Dagmar Daniela Doris Dorothea Dorothee Edelgard Edith Elfriede
    Elisabeth Elke Emilia Emma Erika Eva Franziska Frauke Friederike Gabriele Gerda Gesine Gisela Greta
    Hannah Hannelore Hedwig Heidemarie Heidi Heike Helene Helga Herta Hildegard Ilse Ines Inge Ingrid
    Irmgard Isabel Jana Janine Johanna Judith Julia Jutta Karin Katarina Katharina Katherina Kathrin Katja
    Katrin Kerstin Klara Kristina Lena Leonie Lisa Luisa Luise Magdalena Manuela Maren Margarete Margot
    Maria Marianne Marie Marlene Martina Melanie Miriam Monika Nadine Nancy Natalie Nicole Nina Petra
    Renate Ricarda Rita Ruth Sabine Sahra Sandra Sarah Saskia Silke Silvia Simone Sonja Sophie Stefanie
    Steffi Susanne Svenja Sylvia Tanja Theresa Ulla Ulrike Ursula Ute Verena Veronika Waltraud Wiebke
    Marie-Agnes Marie-Luise Anna-Lena
    """.split()
)
# Given names that are also words or stand for anyone before a noun (`Ernst der Lage`, `frank
# und frei`, `Hans Dampf`, `Otto Normalverbraucher`): they open a name only before a particle
# (`Otto von Bismarck`, `Ernst von Weizsäcker`).
GERMAN_GIVEN_NAMES_BEFORE_PARTICLES = GERMAN_GIVEN_NAMES | frozenset("Ernst Frank Hans Otto".split())


def is_given_name(word: str) -> bool:
    """Whether the word is a given name of the German or the English and common lists."""
    return word in GERMAN_GIVEN_NAMES or word in GIVEN_NAMES


_ADJECTIVE_ENDING = lazy_compile(r"(?:e|en|em|er|es)$")
# How companies write their names and German nouns and places never are: with a capital inside
# (BioNTech, HelloFresh).
INNER_CAPITAL = lazy_compile(r"\p{Ll}\p{Lu}")
# Roles of a company's people: what `von` brings after them is the company (`Der Chef von
# Siemens`), and so is the first part of a compound ending in one (`Siemens-Chef`) or in what a
# company has (`Siemens-Aktie`). Not roles that places have too (`Polizeichef von Paris`,
# `Regierungssprecher von Sachsen`).
GERMAN_COMPANY_ROLE = lazy_compile(r"(?:(?:konzern|firmen|unternehmens|vorstands)?chef|sprecher|gründer)(?:in|innen|s)?|vorstand")
GERMAN_COMPANY_COMPOUND = lazy_compile(
    r"(?P<company>\p{Lu}[\p{L}\d]*)-(?:Chef|Chefin|Sprecher|Sprecherin|Gründer|Gründerin|Vorstand|Konzern|Aktie|Aktien|Tochter)(?!\p{L})"
)
# Roles a company's people have before their name (`Präsident Müller von Siemens`): those of
# GERMAN_COMPANY_ROLE, and its president, but not offices of a state (`Ministerpräsident`).
GERMAN_COMPANY_PEOPLE = lazy_compile(rf"präsident(?:in)?|{GERMAN_COMPANY_ROLE.pattern}")
# `von Bund und Ländern`, `von Feuerwehr und Polizei`: nouns joined, not a company.
JOINED_BY_AND = lazy_compile(r" (?:und|oder|sowie) ")


def is_time_of_day(word: str, weekdays: frozenset[str]) -> bool:
    return any(word.startswith(day) and word[len(day) :] in _GERMAN_TIMES_OF_DAY for day in weekdays)


def is_inflected_place(words: str, lang: str) -> bool:
    """Whether German words are a country or territory of several words with the endings a
    sentence gives its adjectives and its genitive: `Vereinigten Staaten`, `Europäischen
    Union`, `Vereinigten Königreichs`."""
    places = _uninflected_places(lang)
    uninflected = _uninflected(words)
    return uninflected in places or any(
        uninflected.endswith(ending) and uninflected[: -len(ending)] in places for ending in ("es", "s")
    )


@functools.lru_cache(maxsize=32)
def _uninflected_places(lang: str) -> frozenset[str]:
    return frozenset(_uninflected(place) for place in translatable_words(lang) if " " in place)


def _uninflected(words: str) -> str:
    """The words without the endings of all but the last (`Vereinigten Staaten` → `Vereinigt Staaten`)."""
    *adjectives, last = words.split(" ")
    return " ".join([*(_ADJECTIVE_ENDING.sub("", word) for word in adjectives), last])


# The abbreviations of German sports clubs' names: an ordinal before them is part of the name
# (`1. FC Köln`, `1. FFC Frankfurt`), and so is the year of its founding after it (`1. FSV
# Mainz 05`, `FC Schalke 04`), and a city's adjective before them (`Hamburger SV`).
GERMAN_CLUBS = frozenset("FC FFC FSV SC SV TSV VfB VfL SpVgg BSC SSV MSV TSG RB SG".split())
# Words clubs' names begin with before their city (`Borussia Dortmund`, `die Eintracht
# Frankfurt`): the club's, not a noun before its name, also where they open the sentence.
_GERMAN_CLUB_WORDS = frozenset("Borussia Eintracht Werder Hertha Fortuna Arminia Dynamo Hansa Alemannia Holstein Kickers".split())
_CITY_ADJECTIVE = lazy_compile(r"\p{Lu}\p{Ll}+er")
_CLUB_ORDINAL = lazy_compile(r"(?<!\S)[1-9]\. $")
_CLUB_YEAR = lazy_compile(r" 0\p{Nd}\b")


def opens_german_club(run: list[Token], position: int) -> bool:
    """Whether the word at `position` of a run of capitalised words begins the name of a club
    that goes on after it: its abbreviation (`FC Bayern`), a word clubs' names begin with
    (`Borussia Dortmund`), a city's adjective before the abbreviation (`Hamburger SV`)."""
    if position + 1 >= len(run):
        return False
    word = run[position].text
    return (
        word in GERMAN_CLUBS
        or word in _GERMAN_CLUB_WORDS
        or (run[position + 1].text in GERMAN_CLUBS and _CITY_ADJECTIVE.fullmatch(word) is not None)
    )


def german_club(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a German club's name from its abbreviation (`FC Köln`), with the ordinal
    before it and the year after it that are part of the name."""
    if ordinal := _CLUB_ORDINAL.search(text, max(0, start - 3), start):
        start = ordinal.start()
    if year := _CLUB_YEAR.match(text, end):
        end = year.end()
    return start, end


# A German adjective of a name, with its ending: the stems adjectives end with, or short
# adjectives, so that no given name is taken for one (Jürgen, Carsten, Steffen).
GERMAN_NAME_ADJECTIVE = lazy_compile(
    r"(?:\p{Lu}\p{L}*(?:sch|ig|igt|lich|al|ell|iv|är|eint)|Neu|Rot|Grün|Frei|Weiß|Alt|Groß|Klein|Jung)(?P<ending>en|e)"
)

GERMAN_ARTICLES = frozenset("der den dem des die das".split())

# Stock indexes as German writes them, names with or without their number (`der Dax`, `der
# MDax`, `der EuroStoxx 50`); the number is no amount of points or percent after them.
_GERMAN_INDEXES = frozenset("Dax MDax SDax TecDax EuroStoxx".split())
_GERMAN_INDEX = lazy_compile(
    r"(?<![\p{L}\d&-])(?P<index>"
    + "|".join(regex.escape(index) for index in sorted(INDEXES_WITH_NUMBERS | _GERMAN_INDEXES, key=len, reverse=True))
    + rf")(?P<number> \d{{2,3}}{NOT_AN_AMOUNT})?(?![\p{{L}}\d&-])"
)


def german_stock_indexes(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the stock indexes German copy names: one German writes in words (`Der Dax
    hat`, `der MDax`), which German leaves unprotected as it does any capitalised noun, and one
    named with its number (`der S&P 500`, `der CAC 40`), with the number."""
    for index in _GERMAN_INDEX.finditer(text):
        if index.group("index") in _GERMAN_INDEXES or index.group("number"):
            yield index.span()


# Nouns of what a person does or has, which a person's name in the genitive follows (`die
# Politik`, `die Regierung`, `die Amtszeit`, `der Tod`), by a noun's suffix or as the words are.
_GERMAN_NOUNS_OF_A_PERSONS = frozenset("Tod Erbe Rücktritt Sieg Wahl Besuch Rede Worte Pläne Kurs".split())


def is_german_noun_of_a_persons(word: str) -> bool:
    return (
        word in _GERMAN_NOUNS_OF_A_PERSONS
        or is_german_common_noun(word)
        or word.endswith(("ik", "zeit"))
    )


# A surname with the -s of the genitive, which a stem in a sibilant does not take (`Wagners`,
# `Kohls`; not `Scholz`, `Strauß`, `Marx`).
GERMAN_GENITIVE_SURNAME = lazy_compile(r"\p{Lu}\p{L}*[^\WsßxzSX]s")
# Well-known surnames ending in -s of their own, which after a noun are no genitive (`Die Rede
# Boris Pistorius`, `Die Musik Johannes Brahms`); another is one where the article names it whole
# elsewhere.
GERMAN_SURNAMES_ENDING_IN_S = frozenset(
    "Pistorius Brahms Dickens Williams Jones Peters Lukas Klaus Markus Matthias Andreas Nikolaus"
    " Adams Davis Harris Evans Roberts Edwards Hughes Lewis Collins Morris Rogers Phillips Simmons"
    " Reynolds Jacobs Simons Hendricks Gates Hopkins Jenkins Wells Niklas Tobias Jonas Elias"
    " Johannes Thomas Paulus Linus Julius Claus Cornelius".split()
)

# A club named with the year of its founding after its town or patron and before its place
# (`Bayer 04 Leverkusen`, `Mainz 05`); not a noun, a role or a person's given name after the
# number (`Mainz 05 Trainer`, `Mainz 05 Bo Svensson`), nor a month before it (`Juli 05`).
# Before another capitalised word, a word after a club's year is its place only with the ending
# of a German place (`Bayer 04 Leverkusen Xabi Alonso`), else a given name before its surname
# (`Mainz 05 Bo Svensson`).
_CAPITALISED_WORD_AFTER = lazy_compile(r" \p{Lu}")
_GERMAN_PLACE_ENDING = lazy_compile(r"\p{Lu}\p{Ll}*(?:en|burg|dorf|heim|stadt|feld|berg|au|itz|ow)")
_GERMAN_CLUB_WITH_YEAR = lazy_compile(r"(?<![\p{L}\d])\p{Lu}\p{Ll}+ 0\d(?: (?P<place>\p{Lu}\p{Ll}+))?(?![\p{L}\d])")
# The towns and patrons clubs named with a year of 1901–1909 go by without their place (`Mainz
# 05`, `Schalke 04`, `Bayer 04`): before such a number any other word is a noun counting
# something (`Folge 05`, `Gleis 04`, `Kapitel 03`), unless a club's word (_GERMAN_CLUB_WORDS) or
# a place after the number, with a German place's ending, shows a club.
_GERMAN_CLUBS_BY_YEAR = frozenset("Mainz Schalke Bayer Uerdingen Wacker Preußen".split())


def german_clubs_with_years(text: str, months: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The spans of German clubs named with their year where no abbreviation opens them (with
    one, `FC Schalke 04`, the club's span takes its year: german_club)."""
    for club in _GERMAN_CLUB_WITH_YEAR.finditer(text):
        before = text[: club.start()].rstrip().rsplit(" ", 1)[-1]
        word = club.group().split(" ", 1)[0]
        if before in GERMAN_CLUBS or word in months:
            continue
        place = club.group("place")
        no_place = place is not None and (
            has_german_noun_ending(place) or is_german_role(place.lower()) or is_given_name(place)
            or (_CAPITALISED_WORD_AFTER.match(text, club.end()) is not None and _GERMAN_PLACE_ENDING.fullmatch(place) is None)
        )
        named_as_club = word in _GERMAN_CLUBS_BY_YEAR or word in _GERMAN_CLUB_WORDS
        if not named_as_club and (place is None or no_place or _GERMAN_PLACE_ENDING.fullmatch(place) is None):
            continue
        if no_place:
            yield club.start(), club.start("place") - 1
        else:
            yield club.span()
