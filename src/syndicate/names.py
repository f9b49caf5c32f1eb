"""Finding the spans a translator must not touch: proper names, URLs and e-mail addresses.

People, organisations, media and brands are protected; what languages translate stays
translatable: demonyms and language names (Dutch, Russian), countries and territories
(but for a person's given name: `Jordan Henderson`), days and months (but for a surname:
`Theresa May`), places after a locative preposition or what only a place has (`the mayor of
Milan`), names each language says in its own words (`the Red Cross`, `The Hague`), parties
named in ordinary words (`the Social Democrats`, `Greens`), roles and titles before a name.
The evidence for a name, strongest first:

1. the desk's names file (`names.txt` in the workspace) lists it, and a longer name the
   other evidence finds around it stays whole (`Deutsche Bank` with `Deutsche` listed);
2. a title or role stands before it (President, Commissioner, Dr., spokesman);
3. it is a run of two or more capitalised words, or an acronym, away from the sentence start
   (a run at the start counts from its second word);
4. it repeats a name already found in the article, or is the last part of one (`Costa`
   after `Maria Costa`), with the particles before it of a person's (`de la Cruz`, `Von der
   Leyen` opening a sentence, after `Judge Anna de la Cruz`, `Ursula von der Leyen`) unless
   the sentence makes the particle its preposition (`na cidade de Coimbra`), and a longer
   name the other evidence finds around it stays whole (`the Maria Costa Foundation`); a
   surname with its particle repeats a full name of that form without other evidence
   (`Leonardo da Vinci painted it` … `da Vinci used`); a surname alone whose full name
   nothing showed to be a person's repeats it only where the words around it mark a person
   (`Anish Giri won` … `Giri, who led`, `Giri said`, `Giri later said`, `Giri's coach`,
   `Mr Giri`, and opening an English, French or Spanish sentence `Giri has won`, `Giri a
   gagné`), and a person's surname opens a sentence as the person only before what a person
   does in English, German, French and Spanish (`Kraft hat`, not `Kraft und Ausdauer`); a full
   name that speaks is a person's (`Dmitri Petrov said` … `met Petrov`) but in English where
   something anywhere in the article shows an organisation's (`the bank Goldman Sachs said`,
   `Goldman Sachs Group Inc.`, `Goldman Sachs shares`, `analysts at Goldman Sachs`, `Standard
   Chartered`, `Inter Milan` … `analysts at Sachs`, `Chartered staff`, `in Milan`) or where,
   opening with no common given name, it speaks of itself as `it` cutting, hiring, closing,
   opening or selling a number of its own jobs or sites (`Goldman Sachs said it would cut 300
   jobs`);
5. in English, a company's words joined by `&` (`AT&T`, `Procter & Gamble`), and a lone
   word that speaks (`Eurostat said`, `according to Eurostat`) unless it may owe its capital
   to the sentence's start (`Officials said`, `Economists said`) or is a capital speaking for
   its government (`Moscow said`).

An English institution whose name joins words with `of`, `for`, `on` and `and` (`the Bank of
England`, `the Institute for Fiscal Studies`) is one name, or, after an article and with a
head that only describes, an institution each language names in its own words; never is its
tail a name of its own. Before a role and the name it introduces, without an article, it is
the institution's or company's own name (`Bank of America CEO Brian Moynihan`); a run of words
that only describe is not (`Interior Ministry spokesman Ivan Petrov`).

In Dutch, Spanish, French, Italian and Portuguese, the portfolio a role or a ministry is of
(`minister van Financiën`, `het ministerie van Buitenlandse Zaken`, `el Ministerio de Economía`,
`le ministre de l'Économie`, `il ministro dell'Economia`, `o ministro da Fazenda`) is the role's,
to translate: its `van`, `de` or `da` is no surname's particle, and the name after it is the
role's (`minister van Financiën Eelco Heinen`, `ministro de Economía Carlos Cuerpo`).

A heading in title case (`EU Backs Von der Leyen Plan`) has capitals that tell nothing: its
names are the listed ones, those the rest of the article finds, and acronyms.

German capitalises every noun, so there a run needs more: what comes before the name in it
stays translatable (a common noun, a noun an article, determiner, number or adjective
introduces, a word that counts, a time, a descriptive adjective and its noun: `der Leitindex
Dax`, `sieben Jahren Haft`, `Tausende Stellen`, `Ende März`, `die Europäische Zentralbank`), and
a lone word, or the two words opening a sentence, is a name only after a role or when it
speaks (`sagte Merz.`, `Ana Kovač sagte`). A surname with its particle and no given name is a
person's after a title, when it speaks, or once the article has named the person in full
(`Vizekanzler von Papen`, `sagte von der Leyen.`, `Franz von Papen` … `von Papen`); a company
after `von` needs a role of its people before it, the way it is written, or its person
speaking for it (`Der Chef von Siemens`, `Präsident Müller von BioNTech`, `Präsident Müller
von Siemens sagte`); `von der` after an office opens a surname (`Ministerin von der Leyen`);
and set phrases that stand for a type of person (`Hans Dampf`, `Otto Normalverbraucher`) are
no names.

The finder's word tables are in syndicate.names_data, German's and its rules in
syndicate.names_german, what CLDR names in syndicate.names_locale; the desk's names file is
read by syndicate.names_file, and syndicate.names_rendering writes a name found as the
glossary and a translation have it; what they share, a word as the finder reads it and where
names occur, is in syndicate.names_tokens.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import regex

from .dateline import dateline_end
from .ids import primary_language
from .lazy_regex import lazy_compile
from .links import URL_OR_EMAIL, may_hold_link
from .names_data import (
    ADJECTIVE_SURNAMES, ADVERB_BEFORE_SPEECH, AFFILIATION, AFTER_AN_OBJECT, AMOUNT_AFTER_A_CODE, AMOUNT_BEFORE_A_CODE,
    AMOUNT_BEFORE_A_CODE_WINDOW, AMPERSANDS, AND_ANOTHER, ANOTHER_AND, APPOSITION, ARTICLE_PARTICLES, ARTICLE_WORDS, ARTICLES,
    ARTICLES_AFTER_OF, ARTICLES_OPENING_PHRASES, BEFORE_ARTICLE_PARTICLE, CLAUSE_END, CLUB_ENDINGS, CLUB_OPENERS, CLUBS_ACRONYMS,
    CLUBS_AND_NEWSPAPERS, CLUBS_NAMED_AS_OTHER_THINGS, CODE_JOINED_TO_AMOUNT, COMPANY_ABBREVIATION_WORDS, COMPANY_OPENERS,
    CONJUNCTIONS, COUNTRY_OPENS_NAMES, DAY_OR_YEAR, DEFINITE_ARTICLES, DESCRIBED_IN_ROMANCE_WORDS, ELIDED_ARTICLE, ELIDED_NOUN,
    ENGLISH_COMPANY_WORDS, FEMININE_TITLES, FRENCH_RANKS, FRENCH_TITLES, FUNCTION_PARTICLES, GAPS_AFTER_PARTICLE,
    GIVEN_NAME_AND_TWO_SURNAMES, GIVEN_NAMES, GIVEN_NAMES_OF_COUNTRIES, GROUPS_IN_NAMES, HEADS_OF_COMPANIES, HYPHENED_PARTICLES,
    INDEX_NUMBER, INDEXES_WITH_NUMBERS, INFLECTED_PLACES, INFLECTED_ROLES, INSTITUTION_CONNECTORS, INSTITUTION_HEADS,
    INSTITUTION_WORDS, INSTITUTIONS_IN_ONE_WORD, IT_DOES_AFTER_SPEECH, ITALIAN_TITLE_BEFORE, ITS_AFTER_SPEECH, JOINT_SPEECH_AFTER,
    KINDS_OF_PLACE, LEGAL_FORM_AFTER_COMMA, LEGAL_FORMS, LISTED_NAMES_ALSO_WORDS, LOCATIVES, LONGEST_HOLDERS_NAME,
    LONGEST_TITLE_BEFORE, MASCULINE_ARTICLES, MASCULINE_NOUN_ENDINGS_IN_A, MINISTRIES, NAME_PARTICLES, NAME_SUFFIXES,
    NAMED_AFTER_PEOPLE, NAMES_AFTER_PLURAL_TITLE, NAMES_AFTER_TITLE_WINDOW, NEVER_LAST, NEWSPAPERS_WITH_NUMBERS, NO_CLUB,
    NO_GIVEN_NAME, NO_GIVEN_NAME_BEFORE_SURNAME, NO_GIVEN_NAMES, NO_NAME_ALONE, NO_PART_OF_A_PERSON, NOUNS_A_NAME_DESCRIBES,
    OF_A_PLACE, OF_BEFORE_A_PERSON, ORGANISATION_AFTER, ORGANISATION_BEFORE, ORGANISATION_OPENERS, ORGANISATION_ROLES,
    ORGANISATION_WORDS, PARTIES_IN_WORDS, PERSON_AFTER_POSSESSIVE, PERSONS_SURNAME, PLACE_ENDINGS, PLACE_ENDINGS_AFTER_ARTICLES,
    PLACE_OPENERS, PLACE_WORDS, PLURAL_ARTICLES_AFTER_DE, PLURAL_ARTICLES_AFTER_OF, PLURAL_OR_ELIDED_PARTICLES, PORTFOLIOS,
    POSSESSIVE_AFTER, PREPOSITIONS_OPENING_SURNAMES, PUBLIC_BODY_HEADS, PUBLIC_FIELDS, REGNAL_GIVEN_NAMES, REGNAL_NUMBER,
    REGNAL_TITLES, ROLES, ROLES_GO_ON, ROLES_OF_BODIES, ROMANCE_GIVEN_NAMES, SAINTS, SENTENCE_OPENERS, SPEAKING_GROUPS,
    SPEAKING_PLACES, SPEAKS_FOR, SPEECH_AFTER, SPEECH_BEFORE, SPEECH_NEAR, SPEECH_WINDOW, STATE_BODIES, TITLE_CASE_LOWER,
    TITLES_WITHOUT_PERIOD, TOLD, TRANSLATED_ACRONYMS, WHAT_A_PERSON_DOES, WHICH_AFTER, WHO_AFTER, WORD_OF_LETTERS,
    describes_a_name, one_word_answers,
)
from .names_file import NameRules
from .names_german import (
    GERMAN_ADJECTIVE, GERMAN_ARTICLES, GERMAN_CLAUSE_OPENERS, GERMAN_CLUBS, GERMAN_COMPANY_COMPOUND, GERMAN_COMPANY_PEOPLE,
    GERMAN_COMPANY_ROLE, GERMAN_COPULAS, GERMAN_DEFINITE, GERMAN_DESCRIPTIVE_ADJECTIVE, GERMAN_DETERMINER,
    GERMAN_FEMININE_ENDINGS, GERMAN_FROM_TO, GERMAN_GENITIVE_SURNAME, GERMAN_GIVEN_NAMES, GERMAN_GIVEN_NAMES_BEFORE_PARTICLES,
    GERMAN_GROUPS, GERMAN_IDIOMS, GERMAN_INFLECTIONS, GERMAN_NATIONAL_ADJECTIVE, GERMAN_NOUNS_AFTER_PARTICLES,
    GERMAN_NOUNS_BEFORE_VON, GERMAN_NUMBER, GERMAN_OFFICES_BEFORE_VON_DER, GERMAN_OPENERS_OF_NO_NAME, GERMAN_ORGANISATION_ROLES,
    GERMAN_PARTICLES, GERMAN_PLURAL_ENDINGS, GERMAN_PREPOSITION_PARTICLES, GERMAN_PUBLIC_BODY, GERMAN_QUANTITIES, GERMAN_ROLE,
    GERMAN_SEPARABLE_SPEAKER, GERMAN_SPEAKER_AFTER, GERMAN_SURNAMES_ENDING_IN_S, GERMAN_TIME_WORDS,
    GERMAN_TITLES_BEFORE_PARTICLES, INNER_CAPITAL, JOINED_BY_AND, LONGEST_GIVEN_NAME, WEAK_ADJECTIVE, german_club,
    german_clubs_with_years, german_noun_after_name, german_role_after_name, german_stock_indexes, has_german_noun_ending,
    is_german_common_noun, is_german_noun_of_a_persons, is_german_object_noun, is_german_role, is_given_name, is_inflected_place,
    is_kind_of_company, is_time_of_day, leaves_german_nouns_bare, may_be_name_adjective, opens_german_club,
)
from .names_locale import (
    countries, in_longer_place, institution_adjectives, is_currency_code, language_adjectives, longest_time_zone_city, months_in,
    territories_in, time_zone_cities, translatable_words, unaccented, weekdays_in,
)
from .names_tokens import Token, ends_abbreviated, whole_occurrences
from .segment_data import LANGUAGES


# A capitalised word: initial capital, then letters, digits, apostrophes or inner hyphens
# ("O'Neill", "Jean-Luc", "McDonald's"); or an initial ("M."); or an acronym ("NOS", "U.S.").
_WORD = lazy_compile(
    r"(?P<dotted>(?:\p{Lu}\.){2,}|\p{Lu}\.(?:\p{Ll}\.)+\p{Lu}\.)"
    r"|(?P<initial>\p{Lu}\.)(?!\p{L})"
    r"|(?P<word>\p{Lu}[\p{L}\p{M}\d]*(?:['’\-]\p{L}[\p{L}\p{M}\d]*)*)"
    r"|(?P<lower>\p{Ll}[\p{L}\p{M}]*)"
)
_POSSESSIVE = lazy_compile(r"['’]s?$")

# After a name's final period, what shows that the sentence goes on: a lower-case word, a
# comma or semicolon, a possessive (`Acme Inc. fell`, `Acme Inc., the maker`, `Acme Inc.'s`).
_SENTENCE_GOES_ON = lazy_compile(r"\s*(?:\p{Ll}|[,;]|['’]s\b)")


@dataclass(frozen=True)
class ProtectedSpan:
    start: int
    end: int
    text: str
    kind: str  # "name" | "url" | "email" | "literal"



def _is_elided_noun(word: str) -> bool:
    """Whether the word is a common noun after its elided article (ELIDED_NOUN), or the role of
    a company's head written as an acronym after it (`L'AD di Fiat`, `L'Ad di Stellantis`), which
    has capitals of its own."""
    return ELIDED_NOUN.match(word) is not None or (
        ELIDED_ARTICLE.match(word) is not None and word[2:].lower() in HEADS_OF_COMPANIES
    )


def find_protected_spans(
    text: str,
    sentence_starts: frozenset[int],
    lang: str,
    rules: NameRules,
    known: set[str],
    kept: Sequence[tuple[int, int]] = (),
    title_case: bool = False,
    surnames_met: set[str] | None = None,
    organisations: set[str] | None = None,
) -> list[ProtectedSpan]:
    """Phrases the source keeps untranslated, names, URLs and e-mail addresses in one block,
    left to right, not overlapping.

    `sentence_starts` are offsets where a sentence begins (a capital there is no evidence);
    `known` collects the names found so far in the article and is extended in place; `kept`
    are the spans of the phrases marked not to be translated (ITS translate="no"); a block in
    `title_case` (see in_title_case) has no capital that tells a name, so its names are the
    listed and known ones and acronyms. `surnames_met` collects, in place too, the last words
    of the names of several words that nothing yet showed to be a person's (`Anish Giri won`):
    alone, such a word is the person's name only where what stands around it marks a person
    (`Giri, who …`, `Giri said`, `Giri's coach`, `Giri has won`), as it may as well be the end
    of a team's, a place's or a company's name (`Inter Milan` … `in Milan`, `Wall Street` …
    `Street vendors`, `Goldman Sachs said` … `analysts at Sachs`). `organisations` collects,
    in place too, the English names of several words that the article showed to be an
    organisation's (`Goldman Sachs` of `Goldman Sachs Group Inc.`, or `Goldman Sachs shares`
    after `Goldman Sachs said`): speaking later, such a name is no person's, and once it is
    shown one, its last word alone is no surname any more (`Goldman Sachs said` … `Goldman
    Sachs shares fell` … `analysts at Sachs`).
    """
    if surnames_met is None:
        surnames_met = set()
    if organisations is None:
        organisations = set()
    return _BlockScan(text, sentence_starts, lang, rules, known, kept, title_case, surnames_met, organisations).spans_found()


class _BlockScan:
    """The search of one block for the spans find_protected_spans returns: what it knows of the
    block and its language, and the rules that read it, each a method over that state."""

    def __init__(
        self, text: str, sentence_starts: frozenset[int], lang: str, rules: NameRules, known: set[str],
        kept: Sequence[tuple[int, int]], title_case: bool, surnames_met: set[str], organisations: set[str],
    ) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self.lang = lang
        self.rules = rules
        self.known = known
        self.kept = kept
        self.title_case = title_case
        self.surnames_met = surnames_met
        self.organisations = organisations
        self.spans: list[ProtectedSpan] = []
        self.taken = _Taken()
        # The organisations this block names, each with where it ends: what a later `it` may be.
        self.organisations_named: list[tuple[str, int]] = []

        self.language = primary_language(lang)
        self.capitalised_nouns = self.language == "de"
        self.starters = frozenset(LANGUAGES[self.language].sentence_starters) if self.language in LANGUAGES else frozenset()
        self.abbreviations = frozenset(LANGUAGES[self.language].abbreviations) if self.language in LANGUAGES else frozenset()
        self.function_particles = FUNCTION_PARTICLES.get(self.language, frozenset())
        self.answers = one_word_answers(self.language)

        self.translatable = translatable_words(lang) | rules.excluded
        self.weekdays, self.months = weekdays_in(lang), months_in(lang)
        # A day the language writes in lower case has its capital only from the sentence's start,
        # before a name as a time word does (`Martedì Elly Schlein`, `Lundi`, `Segunda-feira`).
        self.function_words = frozenset(LANGUAGES[self.language].function_words if self.language in LANGUAGES else ()) | frozenset(
            day.capitalize() for day in self.weekdays if day.islower()
        )
        self.roles = ROLES | rules.roles
        self.inflected_roles, self.inflected_places = INFLECTED_ROLES.get(self.language, ()), INFLECTED_PLACES.get(self.language, ())
        self.tokens = [_token(match) for match in _WORD.finditer(text)]
        self.ending_at = {token.end: position for position, token in enumerate(self.tokens)}
        # Where a portfolio ends (`minister van Financiën`, `ministro de Economía`), a role's words:
        # the name after it is the role's (`minister van Financiën Eelco Heinen`); and where the
        # words joining it to its role start (`van`, `de`), which open no surname.
        self.portfolio_ends: set[int] = set()
        self.portfolio_joins: set[int] = set()

    def spans_found(self) -> list[ProtectedSpan]:
        """The block's spans, left to right, not overlapping: the phrases kept untranslated and
        the links first, then the names, from the strongest evidence to the weakest."""
        self.mark_kept_and_links()
        self.mark_names_listed_and_met()
        if self.capitalised_nouns:
            self.mark_german_indexes_and_clubs()
        self.mark_dateline()
        if self.language == "en" and not self.title_case:
            self.mark_institutions()
        if self.language in PORTFOLIOS:
            self.mark_portfolios(PORTFOLIOS[self.language], MINISTRIES[self.language])
        self.mark_capitalised_runs()
        if not self.title_case:
            self.spans = [self.widened(span) for span in self.spans]
        self.mark_listed_names()  # short mentions of names first seen further on in this block
        self.spans.sort(key=lambda span: span.start)
        return self.spans

    def mark_kept_and_links(self) -> None:
        """Protect the phrases marked not to be translated, then the URLs and e-mail addresses
        outside them."""
        for start, end in self.kept:
            self.spans.append(ProtectedSpan(start, end, self.text[start:end], "literal"))
            self.taken.add(start, end)
        for match in URL_OR_EMAIL.finditer(self.text) if may_hold_link(self.text) else ():
            if self.taken.overlaps(*match.span()):
                continue
            kind = "url" if match.group("url") else "email"
            self.spans.append(ProtectedSpan(match.start(), match.end(), match.group(), kind))
            self.taken.add(*match.span())

    def is_abbreviated_role(self, token: Token) -> bool:
        # Written with a capital: `Sen. Ana Kovač`, but `9:30 a.m. According to …`.
        return token.capitalised and self.text[token.end : token.end + 1] == "." and token.text.lower() + "." in self.roles

    def is_role(self, token: Token) -> bool:
        word = token.text.lower()
        return (
            _is_or_was(word, self.roles)
            or token.text in TITLES_WITHOUT_PERIOD
            or (self.language == "fr" and token.text in FRENCH_TITLES)
            or self.is_abbreviated_role(token)
            or (self.capitalised_nouns and is_german_role(word))
            or any(
                word.endswith(ending) and word[: len(word) - len(ending)] + base in self.roles for ending, base in self.inflected_roles
            )
        )

    def titled_before(self, start: int) -> bool:
        """Whether a title stands right before the name starting at `start` where capitals do
        not show it: an Italian one in lower case (`il sig. Rossi`, `la sig.ra Bruni`), or a
        title of several people before the last name it introduces (`MM. Dupont et Durand`)."""
        return bool(
            (self.language == "it" and ITALIAN_TITLE_BEFORE.search(self.text, max(0, start - LONGEST_TITLE_BEFORE), start))
            or NAMES_AFTER_PLURAL_TITLE.search(self.text, max(0, start - NAMES_AFTER_TITLE_WINDOW), start)
        )

    def mark_listed_names(self) -> None:
        text = self.text
        names = frozenset(self.rules.names) | self.known
        occurrences = whole_occurrences(text, names)
        # Longest first, so `Maria Costa` wins over `Costa`.
        for name in sorted(names, key=lambda name: (-len(name), name)):
            if name not in self.known and name not in self.rules.names:
                continue  # a surname an organisation's name showed here to be none (record_organisation)
            for start, end in occurrences.get(name, ()):
                end = _abbreviated_name_end(text, start, end)
                if not (
                    self.taken.overlaps(start, end) or self.another_word_here(name, start, end) or in_longer_place(text, start, end, self.lang)
                ):
                    self.spans.append(ProtectedSpan(start, end, text[start:end], "name"))
                    self.taken.add(start, end)
                    self.met_as_organisation(name, start, end)

    def met_as_organisation(self, name: str, start: int, end: int) -> None:
        """Record a name of several words met again as an organisation's where its own words
        show one (`Goldman Sachs Group Inc.`), or, where its last word was taken for a surname,
        what stands around it (`Goldman Sachs shares`)."""
        if self.language == "en" and " " in name and name not in self.organisations and (
            _has_organisation_word(name) or (name.rsplit(" ", 1)[1] in self.known and self.organisation_around(start, end))
        ):
            self.record_organisation(name)

    def organisation_around(self, start: int, end: int) -> bool:
        """Whether what stands around the name at text[start:end] is an organisation's and
        never a person's: what it has after it (`Goldman Sachs shares`, `Goldman Sachs's chief
        executive`), who works at or invests in it before it (`analysts at Goldman Sachs`,
        `shares in Standard Chartered`), or words set off after it that name a kind of
        organisation and no person's role (`Goldman Sachs, the Wall Street bank,`)."""
        if ORGANISATION_AFTER.match(self.text, end) or ORGANISATION_BEFORE.search(self.text[max(0, start - SPEECH_WINDOW) : start]):
            return True
        if (apposition := self.set_off_after(end)) is None or self.person_in_apposition(end):
            return False
        words = self.text[apposition[0] : apposition[1]].split()
        return any(word.lower() in ORGANISATION_ROLES or word in ORGANISATION_WORDS for word in words)

    def record_organisation(self, name: str) -> None:
        """Keep the name, and its words before an organisation's word (`Goldman Sachs` of
        `Goldman Sachs Group Inc`), as an organisation's; the surname a mention before took
        from it (`Goldman Sachs said` … `Goldman Sachs shares fell`) is none from here on, but
        where the words around mark a person (surnames_met), unless a person has it too."""
        words = name.split(" ")
        before_form = next((position for position, word in enumerate(words) if word.rstrip(".") in ORGANISATION_WORDS), len(words))
        for form in {name, " ".join(words[:before_form])}:
            if " " not in form or form in self.organisations:
                continue
            self.organisations.add(form)
            surname = form.rsplit(" ", 1)[1]
            if form in self.known and surname in self.known and not any(
                other.endswith(" " + surname) and other not in self.organisations for other in self.known
            ):
                self.known.discard(surname)
                self.surnames_met.add(surname)

    def is_persons_role(self, token: Token) -> bool:
        return self.is_role(token) and token.text.lower() not in ORGANISATION_ROLES

    def set_off_after(self, end: int) -> tuple[int, int] | None:
        """Where the words set off by commas right after a name start and end."""
        if not self.text.startswith(", ", end) or (close := self.text.find(",", end + 2, end + 2 + APPOSITION)) < 0:
            return None
        return end + 2, close

    def person_in_apposition(self, end: int) -> bool:
        """Whether the words set off after a name are a person's role or age: `Maria Costa,
        chief economist at ING,`, `Maria Costa, 54,` (not `Acme, the chip firm,`)."""
        if (apposition := self.set_off_after(end)) is None:
            return False
        words = self.text[apposition[0] : apposition[1]]
        return words.isdigit() or any(self.is_persons_role(_token(word)) for word in _WORD.finditer(words))

    def particle_is_a_word_here(self, name: str, start: int) -> bool:
        """Whether the lower-case particle opening a surname met before (`de Coimbra` after
        `Universidade de Coimbra disse`) is here the preposition or article the source language
        writes before a noun: after a lower-case word but a verb of speech, a preposition or
        a conjunction (`na cidade de Coimbra`, `la propuesta de Guindos`, where Spanish writes
        `de De Guindos` for the person's, as Dutch `van Van Dijk`). Elsewhere it is the name's:
        `Después, de la Cruz explicó`, `dijo de la Cruz`, `le livre de du Bellay`."""
        if name.split(" ", 1)[0] not in self.function_particles:
            return False
        before = _last_words(self.text, start, 1)
        spoken = SPEECH_BEFORE.search(self.text[max(0, start - SPEECH_WINDOW) : start].rstrip().lower())
        # After a preposition the particle is no second one (`le livre de du Bellay`), nor
        # one after a conjunction (`y de Guindos lo admitió`).
        return (
            before[:1].islower()
            and before[-1:].isalpha()
            and before not in self.function_particles
            and before not in CONJUNCTIONS
            and spoken is None
        )

    def person_named(self, start: int, end: int) -> bool:
        """Whether a month met before as a surname (`Theresa May`) is here the person, as only
        its context can tell: who speaks right after it (`May said`), or right before it where
        the clause ends with it (`“…,” said May.`, `according to May,`), after a role or a title
        (`said guitarist May`, `Mrs May`), with a possessive (`May's plan`); and no date (`May
        5`). Elsewhere it is the month: `officials said May was busy`, `in May`, `May figures`."""
        if DAY_OR_YEAR.match(self.text, end):
            return False
        before = _last_words(self.text, start, 1)
        before_start = _space_starts(self.text, start) - len(before)
        if before and (
            before.lower() in NO_GIVEN_NAMES
            or self.is_role(Token(before_start, before_start + len(before), before, before[:1].isupper()))
        ):
            return True
        if self.text.startswith(("'s", "’s"), end) and not self.text[end + 2 : end + 3].isalnum():
            return True
        after = self.text[end : end + SPEECH_WINDOW].lstrip().lower()
        if SPEECH_AFTER.match(after):
            return True
        spoken_before = SPEECH_BEFORE.search(self.text[max(0, start - SPEECH_WINDOW) : start].rstrip().lower())
        return spoken_before is not None and CLAUSE_END.match(self.text, end) is not None

    def another_word_here(self, name: str, start: int, end: int) -> bool:
        """Whether a one-word name met before in the article (a surname), or a surname with its
        particle, is here another word: the first of another name (`Costa Rica`, `United States`
        after `Manchester United`, `de la Cruz Roja` after `Anna de la Cruz`; not in German,
        where the noun after a name has its capital too, nor in a title-case heading, where
        every word has), the surname of another person after a common given name (`Jeffrey
        Sachs` after `Goldman Sachs said`), or, opening a
        sentence, a word that sentences open with (Portuguese `Mas o governo …` after `Artur
        Mas`), or, for a surname that is a month (`May` after `Theresa May`), the month wherever
        the person neither speaks nor has a role before the word (`in May`, `May 5`), or, for
        a surname with its particle, where the particle is a word of the sentence (see
        particle_is_a_word_here). The desk's names are always names."""
        text = self.text
        if name in self.rules.names or (" " in name and not _opens_with_particle(name)):
            return False
        if " " in name and self.particle_is_a_word_here(name, start):
            return True
        if not (self.capitalised_nouns or self.title_case) and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            return True
        if " " not in name and not self.title_case and _last_words(text, start, 1) in GIVEN_NAMES and text[start - 1 : start] == " ":
            return True  # another person's surname: `Jeffrey Sachs` after `Goldman Sachs said`
        if name in self.months:
            return not self.person_named(start, end)
        if self.surname_opens_as_common_word(name, start, end) or self.adjective_before_its_noun(name, end):
            return True
        return (name.lower() in SENTENCE_OPENERS or name in self.starters) and (
            start in self.sentence_starts or _after_opening(text, start, self.sentence_starts)
        )

    def surname_opens_as_common_word(self, name: str, start: int, end: int) -> bool:
        """Whether a person's surname met before (the last word of a name known) opens the
        sentence as a common word with the sentence's capital: before what follows no person
        (`Young people`, `Brown rice` after `Neil Young`, `Gordon Brown`), where the language
        tells what does (WHAT_A_PERSON_DOES: `Young has`, `Brown resigned on Monday`, `Brown,
        who`, `Brown's`), or before `and` and a name met before (`Young and Busch are due`). Not in a title-case heading, where every word has its capital."""
        text, sentence_starts = self.text, self.sentence_starts
        deeds = WHAT_A_PERSON_DOES.get(self.language)
        if deeds is None or self.title_case or " " in name or not (
            start in sentence_starts or _after_opening(text, start, sentence_starts)
        ):
            return False
        joined = AND_ANOTHER.match(text, end)
        if joined is not None and _POSSESSIVE.sub("", joined.group("name")) in self.known:
            return False  # `Kempczinski and Busch are due to meet`: two people met before
        return any(other.endswith(" " + name) for other in self.known) and not _follows_as_a_person(text, end, deeds)

    def adjective_before_its_noun(self, name: str, end: int) -> bool:
        """Whether a surname met before that is also an English adjective (`Brown`, `Young`) is
        that adjective inside a sentence too, capitalised as part of a phrase: before a
        lower-case word that is no function word, no noun a person's name describes and nothing
        that follows a person (`tea and Brown bread`, `helps Young people`; not `thanked Brown
        for`, `Brown said`, `the Brown government`). Not in a title-case heading."""
        if self.language != "en" or self.title_case or name not in ADJECTIVE_SURNAMES or self.text[end : end + 1] != " ":
            return False
        deeds = WHAT_A_PERSON_DOES[self.language]
        following = _WORD.match(self.text, end + 1)
        if following is None or following.lastgroup != "lower":
            return False
        word = following.group()
        return not (
            word in TITLE_CASE_LOWER
            or word in AFTER_AN_OBJECT
            or NOUNS_A_NAME_DESCRIBES.fullmatch(word)
            or _follows_as_a_person(self.text, end, deeds)
        )

    def mark_names_listed_and_met(self) -> None:
        """Protect the desk's names and those met before in the article, and the longer names
        the detector finds around them; in German, leave whole the set phrases that stand for a
        type of person (GERMAN_IDIOMS)."""
        # A name met before in the article is no more a reason to cut a longer name apart than a
        # listed one (`Maria Costa` … `the Maria Costa Foundation`). Not a surname alone, which gives
        # way to a capitalised word after it anyway (another_word_here), nor in German, where the
        # noun after a name has its capital too (`führte Maria Schröder Gespräche`).
        met = frozenset() if self.capitalised_nouns else frozenset(name for name in self.known if " " in name)
        for idiom in GERMAN_IDIOMS.finditer(self.text) if self.capitalised_nouns else ():
            if idiom.group() not in self.rules.names and not self.taken.overlaps(*idiom.span()):
                self.taken.add(*idiom.span())  # nor a name met before in it: `Lieschen Müller` after `Frau Müller`
        for start, end in _longer_than_listed(self.text, self.sentence_starts, self.lang, self.rules, self.known, self.kept, met):
            if not self.taken.overlaps(start, end):
                self.spans.append(ProtectedSpan(start, end, self.text[start:end], "name"))
                self.taken.add(start, end)
                self.known.add(self.text[start:end])
                self.met_as_organisation(self.text[start:end], start, end)
        self.mark_listed_names()

    def mark_german_indexes_and_clubs(self) -> None:
        """Protect the stock indexes German copy names (`der Dax`, `der S&P 500`) and its clubs named
        with their year (german_clubs_with_years)."""
        for start, end in [*german_stock_indexes(self.text), *german_clubs_with_years(self.text, self.months)]:
            if not self.taken.overlaps(start, end):
                self.spans.append(ProtectedSpan(start, end, self.text[start:end], "name"))
                self.taken.add(start, end)

    def mark_dateline(self) -> None:
        """`Berlin – Die Gespräche …`: the sentence starts after the dateline, whose places are
        translated (Brussels → Brüssel), not kept as names (`ST. LOUIS (AP) — `)."""
        if opening := dateline_end(self.text):
            self.sentence_starts = self.sentence_starts | {opening}
            self.taken.add(0, opening)

    def noun_before_name(self, token: Token) -> bool:
        """`Die Gewerkschaft GDL`: a German common noun, translatable, before the name (a name
        may end in such a word: `Trainer Hartung`)."""
        return self.capitalised_nouns and is_german_common_noun(token.text)

    def german_words_before_name(self, run: list[Token], position: int) -> bool:
        """Whether the German word at `position` of a run is translatable and comes before
        the name, if any: a word that counts (`Tausende Stellen`), a time (`Ende März`,
        `Dienstagmorgen`), and before the run's last word a common noun (`die Gewerkschaft
        GDL`, `der Leitindex Dax`, `sieben Jahren Haft`) or a descriptive adjective and its
        noun (`die Europäische Zentralbank`)."""
        token = run[position]
        if token.text in GERMAN_QUANTITIES or is_time_of_day(token.text, self.weekdays):
            return True
        if token.text in GERMAN_TIME_WORDS and position + 1 < len(run) and run[position + 1].text in self.months:
            return True
        if opens_german_club(run, position):
            return False
        # A noun before an adjective of a name is that adjective (`Die Frankfurter Allgemeine Zeitung`),
        # and the article of a company with its legal form is the company's (`die Volkswagen AG`,
        # `die Porsche Automobil Holding SE`), but for a kind of company or what it is to another
        # before its name (`die Tochter Siemens Healthineers AG`, `der Autobauer Volkswagen AG`).
        before_adjective = position + 2 < len(run) and WEAK_ADJECTIVE.fullmatch(run[position + 1].text) is not None
        return position < len(run) - 1 and (
            self.noun_before_name(token)
            or token.text in GERMAN_GROUPS
            or (self.noun_of_phrase(token) and not before_adjective and (
                run[-1].text not in LEGAL_FORMS or (position < len(run) - 2 and is_kind_of_company(token.text))
            ))
            or self.describes(token)
            or (position > 0 and self.describes(run[position - 1]))
        )

    def starts_sentence(self, token: Token) -> bool:
        """Whether a word opens a sentence, or in German a sentence after a colon, which German
        capitalises only there (`Die Premiere war gut: Das Publikum jubelte`)."""
        return (
            token.start in self.sentence_starts
            or _after_opening(self.text, token.start, self.sentence_starts)
            or (self.capitalised_nouns and self.text[: token.start].endswith(": "))
        )

    def opens_no_name(self, index: int) -> bool:
        """Whether the German word at token `index` only owes its capital to the sentence it
        opens and is no part of the name after it: a conjunction or a focusing adverb (`Dass
        Robert Habeck …`, `Auch Siemens Energy …`), or `Von` before a company and the person
        heading it (`Von BMW Oliver Zipse hieß es`), where it is no surname's particle."""
        tokens = self.tokens
        token = tokens[index]
        if not (self.capitalised_nouns and index + 1 < len(tokens) and self.starts_sentence(token)):
            return False
        word = token.text.lower()
        if word in GERMAN_OPENERS_OF_NO_NAME:
            return True
        return word == "von" and index + 2 < len(tokens) and self.company_before_person(tokens[index + 1], tokens[index + 2])

    def leaves_nouns_bare(self, before: Token | None) -> bool:
        """Whether after the German word `before` a name and a noun with no article may follow
        each other (leaves_german_nouns_bare), also a conjunction opening the sentence (`Dass Lars
        Klingbeil Entwarnung gab`)."""
        if before is None:
            return False
        if before.capitalised:
            return before.text.lower() in GERMAN_CLAUSE_OPENERS and self.starts_sentence(before)
        return leaves_german_nouns_bare(before.text.lower())

    def word_before(self, token: Token) -> Token | None:
        """The word right before `token`, one space away."""
        index = self.ending_at[token.end]
        before = self.tokens[index - 1] if index else None
        return before if before is not None and self.text[before.end : token.start] == " " else None

    def noun_of_phrase(self, token: Token) -> bool:
        """Whether a German article, determiner, number or adjective right before the word
        makes it a noun (`der Leitindex Dax`, `alle Schulen`, `500 Millionen Euro`, `weiten
        Teilen Bayerns`), not the first word of a name: after an article an adjective with the
        article's ending (`die Deutsche Bahn`), and an acronym or a word with capitals inside
        (`der FC Bayern`, `der VfB Stuttgart`), may be that."""
        last_part = token.text.rsplit("-", 1)[-1]  # `Lufthansa-Tochter`: a noun
        if _is_acronym(token.text) or any(character.isupper() for character in last_part[1:]):
            return False
        if GERMAN_NUMBER.fullmatch(_last_words(self.text, token.start, 1)):
            # The number of a name (`Mainz 05 Bo Svensson`, `der S&P 500`) counts nothing.
            number_end = _space_starts(self.text, token.start)
            return not self.taken.overlaps(number_end - 1, number_end)
        before = self.word_before(token)
        if before is None:
            return False
        word = before.text.lower()
        if word in GERMAN_DEFINITE:
            return WEAK_ADJECTIVE.fullmatch(token.text) is None or not may_be_name_adjective(token.text)
        if before.capitalised:
            return False
        return GERMAN_DETERMINER.fullmatch(word) is not None or GERMAN_ADJECTIVE.fullmatch(word) is not None

    def describes(self, token: Token) -> bool:
        """Whether the word is a German adjective describing the noun after it (`Europäische
        Zentralbank`, `Statistischem Bundesamt`, `Deutsche Wetterdienst`), with the weak ending
        only after an article; a common given name with an adjective's ending is none (`VW-Chef
        Oliver Blume`)."""
        adjective = GERMAN_DESCRIPTIVE_ADJECTIVE.fullmatch(token.text)
        if adjective is None and self.public_body_after(token):
            adjective = GERMAN_NATIONAL_ADJECTIVE.fullmatch(token.text)
        if adjective is None or is_given_name(token.text):
            return False
        before = self.word_before(token)
        return adjective.group("ending") in ("em", "er", "es") or (before is not None and before.text.lower() in GERMAN_DEFINITE)

    def public_body_after(self, token: Token) -> bool:
        """Whether the word right after `token` is the head of a public body's name (`Wetterdienst`)."""
        position = self.ending_at[token.end] + 1
        return (
            position < len(self.tokens)
            and self.text[token.end : self.tokens[position].start] == " "
            and GERMAN_PUBLIC_BODY.fullmatch(self.tokens[position].text.lower()) is not None
        )

    def german_name_goes_on(self, index: int, run_end: int) -> bool:
        """Whether a German run of capitalised words goes on after token `run_end`: not into a
        word that counts (`der Vereinigung Cockpit Hunderte Flüge`), nor through `von` or `zu`
        but after a role and a given name (`Kommissionspräsidentin Ursula von der Leyen`) or
        from given names alone to the surname (`mit Ursula von der Leyen`, `Johann Wolfgang von
        Goethe`)."""
        following = self.tokens[run_end + 1]
        if following.text in GERMAN_QUANTITIES:
            return False
        if run_end > index and self.company_name_ends(self.tokens[run_end], following):
            return False
        if run_end == index and self.company_before_person(self.tokens[index], following):
            return False
        if run_end == index + 1 and self.full_name_ends(index, following):
            return False
        if self.surname_after_particle_ends(run_end, following):
            return False
        if following.text in GERMAN_PREPOSITION_PARTICLES:
            # Given names alone, not a given name and a surname: `Anna Müller von Siemens sagte`.
            if run_end == index or all(token.text in GERMAN_GIVEN_NAMES for token in self.tokens[index : run_end + 1]):
                return self.particle_joins_given_name(run_end)
            # After a role, a given name (`Präsidentin Ursula von der Leyen`), not a surname
            # and the company the person is with (`Präsident Müller von Siemens`).
            return (self.is_role(self.tokens[run_end - 1]) and not self.is_role(self.tokens[run_end])
                    and self.tokens[run_end].text in GERMAN_GIVEN_NAMES_BEFORE_PARTICLES)
        return True

    def surname_after_particle_ends(self, run_end: int, following: Token) -> bool:
        """Whether a German surname with its particle at token `run_end` ends the name before
        the given name of another person (`traf Ursula von der Leyen Olaf Scholz`)."""
        return (
            run_end > 0
            and self.tokens[run_end - 1].text.lower() in NAME_PARTICLES
            and not is_given_name(self.tokens[run_end].text)
            and is_given_name(following.text)
        )

    def company_name_ends(self, last: Token, following: Token) -> bool:
        """Whether a company's name ends at `last`, an English word of companies' names or a
        legal form after the words before it, where a German noun follows it, the sentence's
        and not the name's (`dass Siemens Energy Stellen abbaut`, `die Volkswagen AG
        Gewinne`); another such word, an acronym or an `&` go on with it (`Lufthansa Group
        Airlines`, `GmbH & Co. KG`)."""
        if last.text not in ENGLISH_COMPANY_WORDS and last.text not in LEGAL_FORMS:
            return False
        return not (self.text[last.end : following.start] in AMPERSANDS or self.goes_on_as_a_companys(following))

    def company_before_person(self, company: Token, following: Token) -> bool:
        """Whether a German word is a company's or an organisation's name of its own before the
        given name of a person, who heads it or speaks for it: an acronym (`von BMW Oliver
        Zipse`, `dass SPD Olaf Scholz nominiert`), but a club's (`FC Carl Zeiss Jena`), or a
        company after a role of its people and `von` (`Der Chef von Siemens Roland Busch`)."""
        if not is_given_name(following.text):
            return False
        acronym = _is_acronym(company.text) and company.text not in GERMAN_CLUBS
        return acronym or self.hyphenated_company(company) or self.company_after_von(company)

    def person_in_genitive(self, run: list[Token], previous: Token | None) -> bool:
        """Whether a German given name and surname are in the genitive, after the noun they
        depend on, which an article makes one (`Die Musik Richard Wagners`, `das Erbe Helmut
        Kohls`): the surname's -s is the genitive's, as after a noun no name is in the nominative.
        Not after a role or a kind of organisation, whose name follows it (`die Firma Hans Peters`).
        A given name no list has counts only after a noun of what a person does or has (`Die
        Politik Wladimir Putins`), which names no company or band as `die Investmentbank
        Goldman Sachs` and `die Band Arctic Monkeys` do. As a surname may end in -s of its own
        (`Die Rede Boris Pistorius`, `Die Musik Johannes Brahms`), the -s is kept where the surname
        is one of them (surname_ends_in_s) or the apostrophe of the genitive follows it, which
        only a name ending in -s of its own takes (`Die Rede Olaf Kubicius'`)."""
        return (
            self.capitalised_nouns
            and len(run) > 1
            and (is_given_name(run[0].text) or (previous is not None and is_german_noun_of_a_persons(previous.text)))
            and GERMAN_GENITIVE_SURNAME.fullmatch(run[-1].text) is not None
            and previous is not None
            and previous.capitalised
            and not self.is_role(previous)
            and previous.text.lower() not in GERMAN_ORGANISATION_ROLES
            and self.noun_of_phrase(previous)
            and not self.surname_ends_in_s(run[-1].text)
            and not self.text.startswith(("'", "’"), run[-1].end)
        )

    def surname_ends_in_s(self, surname: str) -> bool:
        """Whether a surname after a noun ends in -s of its own, not the genitive's: never where
        the article names its stem (`Andrzej Duda schwieg`), else a well-known one (`Pistorius`)
        or one the article names whole elsewhere."""
        if self.block_word_counts[surname[:-1]] or self.word_of_a_name_met(surname[:-1]):
            return False
        return surname in GERMAN_SURNAMES_ENDING_IN_S or self.block_word_counts[surname] > 1 or self.word_of_a_name_met(surname)

    def word_of_a_name_met(self, word: str) -> bool:
        """Whether a word is one of a name found before this block or of the desk's list."""
        return word in self.listed_name_words or any(f" {word} " in f" {name} " for name in self.known)

    @functools.cached_property
    def block_word_counts(self) -> Counter[str]:
        return Counter(WORD_OF_LETTERS.findall(self.text))

    @functools.cached_property
    def listed_name_words(self) -> frozenset[str]:
        return frozenset(word for name in self.rules.names for word in name.split(" "))

    def heads_person_after(self, company: Token) -> bool:
        """Whether a lone German word is a company before the person heading it, one space
        before their given name (`Von Mercedes-Benz Ola Källenius hieß es`)."""
        text, tokens = self.text, self.tokens
        position = self.ending_at[company.end]
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        return (
            following is not None and text[company.end : following.start] == " " and self.company_before_person(company, following)
        )

    def hyphenated_company(self, word: Token) -> bool:
        """Whether a German word is a company's name of capitalised words joined by hyphens
        (`Mercedes-Benz`, `Rolls-Royce`), none of them a given name, as a person's hyphenated
        given names are (`Hans-Peter`, `Jean-Luc`)."""
        parts = word.text.split("-")
        return len(parts) > 1 and all(
            part[:1].isupper() and part not in GERMAN_GIVEN_NAMES and part not in ROMANCE_GIVEN_NAMES for part in parts
        )

    def goes_on_as_a_companys(self, following: Token) -> bool:
        """Whether the word after a name may go on with it as a company's name does: another
        English word of companies' names, a legal form, an organisation's word or an acronym."""
        return (
            following.text in ENGLISH_COMPANY_WORDS
            or following.text in LEGAL_FORMS
            or following.text in ORGANISATION_WORDS
            or _is_acronym(following.text)
        )

    def full_name_ends(self, given_at: int, following: Token) -> bool:
        """Whether a German given name and surname after a verb, or after a conjunction opening
        a clause, end before the capitalised word after them: a common noun, what the sentence
        gives or imputes to the person (`gab Lars Klingbeil Entwarnung`, `dass Lars Klingbeil
        Entwarnung gab`, `holte Bodo Ramelow Stimmen`), or the given name of another person
        (`schlug Alexander Zverev Daniil Medwedew`); after a given name no list has, only a word
        with a noun's ending (`feierte Bertolt Brecht Premiere`, not `traf Sarah Jessica
        Parker`). Not a particle, nor a word of a company's name (`Robert Bosch GmbH`). After an
        article the words may be one name (`die Robert Bosch Stiftung`)."""
        given, surname = self.tokens[given_at], self.tokens[given_at + 1]
        before = self.word_before(given)
        if not self.leaves_nouns_bare(before):
            return False
        if not is_given_name(given.text) and not has_german_noun_ending(following.text):
            return False
        if not surname.capitalised or is_given_name(surname.text):
            return False  # `Johann Wolfgang Goethe`: given names before the surname
        return self.text[surname.end : following.start] == " " and not (
            following.text.lower() in NAME_PARTICLES
            or self.goes_on_as_a_companys(following)
            or self.text[given.start : following.end] in self.known
        )

    def german_surname_after_given(self, position: int) -> bool:
        """Whether a German word another language's sentences open with is a surname after a
        given name (`Anne Will`): German opens no sentence with it."""
        return (
            self.capitalised_nouns and position > 0 and self.tokens[position].capitalised and is_given_name(self.tokens[position - 1].text)
        )

    def particle_joins_given_name(self, index: int) -> bool:
        """Whether `von` or `zu` after the lone capitalised word at token `index` joins a given
        name to its surname: `mit Ursula von der Leyen`, and without `der` only where the person
        speaks (`sagte Beatrix von Storch`, not `Besuch von Macron`)."""
        with_article = self.tokens[index + 1].text == "von" and index + 2 < len(self.tokens) and self.tokens[index + 2].text == "der"
        surname_at = index + 3 if with_article else index + 2
        if surname_at >= len(self.tokens):
            return False
        given, surname = self.tokens[index], self.tokens[surname_at]
        if not (
            surname.capitalised
            and self.text[self.tokens[surname_at - 1].end : surname.start] == " "
            and not (
                surname_at + 1 < len(self.tokens)
                and _continues_run(self.text, self.tokens, surname_at, self.sentence_starts, True)
                and not is_given_name(self.tokens[surname_at + 1].text)  # another person follows: surname_after_particle_ends
            )
            and self.may_be_given_name(given)
            and self.may_be_surname(surname, with_article)
        ):
            return False
        before = self.text[max(0, given.start - SPEECH_WINDOW) : given.start]
        return with_article or self.known_given_name_before(given, surname) or bool(
            GERMAN_SPEAKER_AFTER.search(before)
            or GERMAN_SEPARABLE_SPEAKER.search(before)
            or SPEECH_AFTER.match(self.text, _space_ends(self.text, surname.end))
        )

    def known_given_name_before(self, given: Token, surname: Token) -> bool:
        """Whether a common given name before `von` or `zu` makes the word after it a surname:
        `Otto von Bismarck`, `Karl-Theodor zu Guttenberg`; not a plural (`erfuhr Anna von
        Freunden`, `lud Olaf zu Gesprächen ein`), a noun of a set phrase (`blieb mit Anna zu
        Hause`, `unterstützte Olaf von Anfang an`) or where one travels from (`fuhr Maria von
        Hamburg nach Berlin`)."""
        return (
            given.text in GERMAN_GIVEN_NAMES_BEFORE_PARTICLES
            and surname.text not in GERMAN_NOUNS_AFTER_PARTICLES
            and not surname.text.endswith(GERMAN_PLURAL_ENDINGS)
            and GERMAN_FROM_TO.match(self.text, surname.end) is None
        )

    def may_be_given_name(self, token: Token) -> bool:
        """Whether a German word before `von` may be a given name: no noun an article, a
        determiner or an adjective introduces, nor one `von` completes (`Abschied von der
        Macht`), no word to translate, no noun by its ending (`Kritik von der Opposition`), no
        word sentences open with (`Als von Storch sagte`)."""
        return not (
            self.plainly_no_name(token)
            or token.text.lower() in SENTENCE_OPENERS
            or token.text in self.starters
            or token.text in GERMAN_NOUNS_BEFORE_VON
            or self.noun_of_phrase(token)
            or self.describes(token)
        )

    def may_be_surname(self, token: Token, after_der: bool) -> bool:
        """Whether a German word after `von` or `von der` may be a surname: not a word to
        translate nor a noun by its ending, nor after `der` one of a feminine noun (`von der
        Bühne`, `von der Basis`)."""
        return not (self.plainly_no_name(token) or (after_der and token.text.endswith(GERMAN_FEMININE_ENDINGS)))

    def plainly_no_name(self, token: Token) -> bool:
        return (
            self.not_name(token)
            or is_german_common_noun(token.text)
            or _is_acronym(token.text)
            or token.text in GERMAN_QUANTITIES
            or token.text in GERMAN_GROUPS
            or token.text in ORGANISATION_WORDS
            or is_german_object_noun(token.text)
        )

    def introduces_one(self, role: Token) -> bool:
        """Whether a German role introduces a lone word as a name: a role that may name many
        (`dass Unternehmen Stellen abbauen`, `sehen Experten Fehler`) only after a determiner
        (`der Konzern Bosch`, `den Präsidenten Macron`)."""
        word = role.text.lower()
        if word not in GERMAN_ORGANISATION_ROLES:
            ending = GERMAN_ROLE.fullmatch(word)
            if word in self.roles or (ending is not None and ending.group("ending") not in GERMAN_INFLECTIONS):
                return True
        before = self.word_before(role)
        return before is not None and (before.text.lower() in GERMAN_DEFINITE or GERMAN_DETERMINER.fullmatch(before.text.lower()) is not None)

    def german_name_may_open(self, run: list[Token]) -> bool:
        """Whether a German run of two capitalised words opening a sentence may be a given name
        and a surname: in German the first word of a sentence may be a noun (`Bahnvorstand
        Palla sagte`, `Jeder Zweite sagte`), so it is a given name only when it is no word
        sentences open with, no determiner, no role, no common noun and no compound longer
        than given names are (`Wirtschaftsweise Grimm sagte`) but a known given name."""
        if sum(token.capitalised for token in run) != 2 or not run[-1].capitalised:
            return False
        first = run[0]
        if (
            first.text in self.starters
            or first.text.lower() in GERMAN_PREPOSITION_PARTICLES  # `Zu Jahresbeginn warnte`
            or first.text.lower() in SENTENCE_OPENERS
            or GERMAN_DETERMINER.fullmatch(first.text.lower())
            or (len(first.text) > LONGEST_GIVEN_NAME and first.text not in GERMAN_GIVEN_NAMES)
            or first.text in GERMAN_QUANTITIES | GERMAN_GROUPS
        ):
            return False
        return not any(
            self.not_name(token) or is_german_common_noun(token.text) or _is_acronym(token.text) for token in (first, run[-1])
        )

    def german_speaker_named(self, run: list[Token]) -> bool:
        """Whether a German name of two words opening a sentence speaks right after it (`Ana
        Kovač sagte, …`, `Ana Kovač, 54, sagte`)."""
        return (
            SPEECH_AFTER.match(self.text, _space_ends(self.text, run[-1].end)) is not None or self.described_as_person(run[-1].end)
        )

    def german_given_name_opens(self, run: list[Token]) -> bool:
        """Whether a German name opening a sentence starts with a common given name (German, or
        English as players and guests have them: `Harry Kane traf`), before a
        particle (`Richard von Weizsäcker hielt …`) or, if it is no word of the language too
        (not `Otto Normalverbraucher zahlt`), before a word that is plainly no noun (`Annalena
        Baerbock reiste …`, not `Rosa Kleider sind …`)."""
        if self.given_before_particle(run):  # the particle joined the given names to the surname
            return True
        given = is_given_name(run[0].text)  # `Harry Kane traf`
        return self.german_name_may_open(run) and given and not self.plainly_no_name(run[-1])

    def given_before_particle(self, run: list[Token]) -> bool:
        """Whether a German name is a common given name, a particle and a surname (`Otto von
        Bismarck`), which names a person."""
        return run[0].text in GERMAN_GIVEN_NAMES_BEFORE_PARTICLES and not all(token.capitalised for token in run)

    def german_speaks(self, run: list[Token], start: int, end: int) -> bool:
        """Whether a German name of two or more words found in a sentence is who speaks, the
        verb right before or after it: `„…“, sagte Martin Schäfer.`, `, teilte Martin Schäfer mit`,
        `Am Montag kritisierte Martin Schäfer …`."""
        if sum(token.capitalised for token in run) < 2:
            return False
        before = self.text[max(0, start - SPEECH_WINDOW) : start]
        return bool(
            GERMAN_SPEAKER_AFTER.search(before)
            or GERMAN_SEPARABLE_SPEAKER.search(before)
            or SPEECH_AFTER.match(self.text, _space_ends(self.text, end))
        )

    def german_speaker(self, token: Token) -> bool:
        """Whether a lone German word is who speaks, right after the verb and ending the
        clause, or before the particle of a separable verb: `„…“, sagte Merz.`, `Am Dienstag
        sagte Merz, er …`, `fügte Merz hinzu` (not `sagte Hilfe zu`)."""
        return (
            self.spoken_after_verb(token.start, token.end)
            and token.text not in self.answers
            and not (self.not_name(token) or is_german_common_noun(token.text) or _is_lone_initial(token.text))
        )

    def spoken_after_verb(self, start: int, end: int) -> bool:
        """Whether the German words at text[start:end] follow a verb of speech and end the
        clause, or come before the particle of a separable one (`sagte Merz.`, `teilte Merz mit`)."""
        before = self.text[max(0, start - SPEECH_WINDOW) : start]
        clause_end = end
        if separable := GERMAN_SEPARABLE_SPEAKER.search(before):
            particle = GERMAN_PARTICLES[separable.group("verb")].match(self.text, end)
            clause_end = particle.end() if particle else -1
        elif GERMAN_SPEAKER_AFTER.search(before) is None:
            return False
        return clause_end >= 0 and CLAUSE_END.match(self.text, clause_end) is not None

    def surname_after_particle(self, index: int) -> int | None:
        """Where the surname is that `von`, `von der` or `zu` at token `index` opens with no
        given name before it, when the context makes it a person's: a title right before it
        (`Vizekanzler von Papen`, `Frau von der Leyen`, `Bundesminister zu Guttenberg`), or,
        after `von`, its speaking (`sagte von Papen.`, `Von der Leyen sagte`). Not where from
        (`von Hamburg nach Berlin`), a time or a noun (`von Montag an`, `von Bedeutung`), nor
        what a noun before `von` takes (`Der Chef von Siemens sagte`)."""
        text, tokens, sentence_starts = self.text, self.tokens, self.sentence_starts
        particle = tokens[index]
        word = particle.text.lower()
        if word not in GERMAN_PREPOSITION_PARTICLES or (
            particle.capitalised and particle.start not in sentence_starts and not _after_opening(text, particle.start, sentence_starts)
        ):
            return None
        with_article = word == "von" and index + 1 < len(tokens) and tokens[index + 1].text == "der"
        surname_at = index + 2 if with_article else index + 1
        if surname_at >= len(tokens):
            return None
        surname = tokens[surname_at]
        if not (
            surname.capitalised
            and all(text[tokens[at - 1].end : tokens[at].start] == " " for at in range(index + 1, surname_at + 1))
            and not self.taken.overlaps(particle.start, surname.end)
            and not (surname_at + 1 < len(tokens) and _continues_run(text, tokens, surname_at, sentence_starts, True))
            and self.may_be_surname(surname, with_article)
            and surname.text not in GERMAN_NOUNS_AFTER_PARTICLES
            and not _is_lone_initial(surname.text)
            and GERMAN_FROM_TO.match(text, surname.end) is None
        ):
            return None
        if self.titled(index, with_article) or (word == "von" and self.surname_speaks(index, surname)):
            return surname_at
        return None

    def titled(self, index: int, with_article: bool) -> bool:
        """Whether a title stands right before the particle at token `index` with no article,
        determiner, adjective or copula before it, which would make it what `von` completes or
        what someone is (`die Frau von Müller`, `gab sich als Herr von Welt`); before `von
        der`, also an office whose domain `von der` does not bring (`Ministerin von der Leyen`)."""
        if index == 0 or self.tokens[index].start in self.sentence_starts:
            return False
        title = self.tokens[index - 1]
        gap = self.text[title.end : self.tokens[index].start]
        written = title.text.lower() + gap.strip()
        if gap not in (" ", ". ") or not (
            GERMAN_TITLES_BEFORE_PARTICLES.fullmatch(written)
            or (with_article and GERMAN_OFFICES_BEFORE_VON_DER.fullmatch(written))
        ):
            return False
        before = self.word_before(title)
        if before is None or title.start in self.sentence_starts:
            return True
        word = before.text.lower()
        return not (
            before.capitalised
            or word in GERMAN_DEFINITE
            or word in GERMAN_COPULAS
            or GERMAN_DETERMINER.fullmatch(word) is not None
            or GERMAN_ADJECTIVE.fullmatch(word) is not None
            or GERMAN_NUMBER.fullmatch(word) is not None
        )

    def surname_speaks(self, index: int, surname: Token) -> bool:
        """Whether the surname `von` (at token `index`) opens is who speaks: the verb right after
        it, where no noun before `von` takes it (`Als von Storch sagte`, not `Der Chef von
        Siemens sagte`) and the verb is no participle before a noun (`die von Siemens bestätigte
        Zahl`), or right before `von` and the clause ending with it (`sagte von Papen.`)."""
        text, tokens = self.text, self.tokens
        before = tokens[index - 1] if index and text[tokens[index - 1].end : tokens[index].start] == " " else None
        noun_or_attribute = before is not None and (
            (before.capitalised and (
                before.start not in self.sentence_starts or self.is_role(before) or is_german_common_noun(before.text)
            ))
            or before.text.lower() in GERMAN_DEFINITE
            or GERMAN_DETERMINER.fullmatch(before.text.lower()) is not None
        )
        verb = SPEECH_AFTER.match(text, _space_ends(text, surname.end))
        participle = verb is not None and text[verb.end() : verb.end() + 1] == " " and text[verb.end() + 1 : verb.end() + 2].isupper()
        if verb and not (noun_or_attribute or participle):
            return True
        return self.spoken_after_verb(tokens[index].start, surname.end)

    def company_after_von(self, token: Token) -> bool:
        """Whether a lone German word after `von` is a company: after a role of a company's
        people (`Der Chef von Siemens`), or after a person's name where the way it is written
        (BioNTech) or a compound of the block (`Siemens-Chef`) shows it (`Präsident Müller von
        Siemens`). Not nouns joined (`Sprecher von Feuerwehr und Polizei`); a company the
        article named before is known."""
        text, tokens = self.text, self.tokens
        position = self.ending_at[token.end]
        if position < 2 or tokens[position - 1].text != "von" or text[tokens[position - 2].end : token.start] != " von ":
            return False
        if self.not_name(token) or JOINED_BY_AND.match(text, token.end):
            return False
        before = tokens[position - 2]
        if GERMAN_COMPANY_ROLE.fullmatch(before.text.lower()):
            return True
        return self.taken.overlaps(before.start, before.end) and (
            INNER_CAPITAL.search(token.text) is not None
            or any(compound.group("company") == token.text for compound in GERMAN_COMPANY_COMPOUND.finditer(text))
            or self.speaks_for_company(position - 2, token)
        )

    def speaks_for_company(self, name_end: int, company: Token) -> bool:
        """Whether the person whose name ends at token `name_end`, before `von` and the word
        `company`, is one of a company's people who speaks for it: a role of theirs before the
        name, and a verb of speech right after the word or right before the role (`Präsident
        Müller von Siemens sagte`, `sagte Präsident Müller von Siemens`; not `sprach Präsident
        Müller von Verrat`)."""
        text, tokens = self.text, self.tokens
        if self.plainly_no_name(company) or company.text in GERMAN_NOUNS_AFTER_PARTICLES:
            return False
        first = name_end
        while first > 0 and tokens[first - 1].capitalised and self.taken.overlaps(tokens[first - 1].start, tokens[first - 1].end):
            first -= 1
        role = tokens[first - 1] if first > 0 and text[tokens[first - 1].end : tokens[first].start] == " " else None
        if role is None or not GERMAN_COMPANY_PEOPLE.fullmatch(role.text.lower()):
            return False
        before = text[max(0, role.start - SPEECH_WINDOW) : role.start]
        return SPEECH_AFTER.match(text, _space_ends(text, company.end)) is not None or GERMAN_SPEAKER_AFTER.search(before) is not None

    def is_translatable(self, words: str) -> bool:
        """Whether languages translate the words, a possessive making no difference (`Costa
        Rica's president`, `Germany's Olaf Scholz`), nor in German the endings of a place's
        adjectives and its genitive (`der Vereinigten Staaten`, `des Vereinigten Königreichs`),
        nor an article elided before them (`L'Allemagne a annoncé`, `L'Europe`)."""
        words = ELIDED_ARTICLE.sub("", _POSSESSIVE.sub("", words))
        return words in self.translatable or (self.capitalised_nouns and " " in words and is_inflected_place(words, self.lang))

    def not_name(self, token: Token) -> bool:
        text = self.text
        return (
            self.is_role(token)
            or self.is_translatable(token.text)
            or token.text in TRANSLATED_ACRONYMS
            # A dollar's country (`HK$5.40`, `NZ$`, `NT$`, `R$`): a currency, which languages write their way (`5,40 港元`).
            or text.startswith("$", token.end)
            # A currency's code beside its amount (`SEK 2.5 billion`, `2.5bn SEK`), which languages write their way (`kronor`, `크로나`).
            or _currency_beside_amount(text, token)
            or _is_elided_noun(token.text)
            # `Präsident Frankreichs`, `Президент России`: a country in another case.
            or any(token.text.endswith(ending) and token.text[: len(token.text) - len(ending)] + base in self.translatable
                   for ending, base in self.inflected_places)
        )

    def known_particles_before(self, first: Token, end: int) -> int | None:
        """Where the name that starts with the word `first` and ends at `end` starts with the
        particles right before it, where a person met before in the article has them: `de la
        Cruz told` after `Judge Anna de la Cruz` in the same paragraph, whose surname alone
        would leave the translator its particles to drop or mangle."""
        text, tokens = self.text, self.tokens
        start = None
        position = self.ending_at[first.end]
        while (
            position > 0
            and tokens[position - 1].text.lower() in NAME_PARTICLES
            and text[tokens[position - 1].end : tokens[position].start] == " "
            and not self.taken.overlaps(tokens[position - 1].start, tokens[position - 1].end)
        ):
            position -= 1
            particle = tokens[position]
            if text[particle.start : end] in self.known and not self.particle_is_a_word_here(
                text[particle.start : end], particle.start
            ):
                start = particle.start
        return start

    def speaks_with_another(self, token: Token) -> bool:
        """Whether a lone word and another joined to it by `and` speak together (`Nvidia and
        Intel said`, `L'Oréal et Danone ont annoncé`, `selon L'Oréal et Danone`), the other no
        word to translate nor one a sentence opens with."""
        text = self.text
        if (after := AND_ANOTHER.match(text, token.end)) is not None:
            other, first_start, last_end = after.group("name"), token.start, after.end()
        elif (before := ANOTHER_AND.search(text[max(0, token.start - SPEECH_WINDOW) : token.start])) is not None:
            other, first_start, last_end = before.group("name"), token.start - len(before.group()), token.end
        else:
            return False
        plain = ELIDED_ARTICLE.sub("", _POSSESSIVE.sub("", other))
        if plain in self.translatable or other.lower() in SENTENCE_OPENERS or plain in SPEAKING_PLACES or plain in self.answers:
            return False
        preceding = text[max(0, first_start - SPEECH_WINDOW) : first_start].rstrip().lower()
        return JOINT_SPEECH_AFTER.match(text, _space_ends(text, last_end)) is not None or SPEECH_BEFORE.search(preceding) is not None

    def persons_particles_before(self, surname: Token) -> int | None:
        """Where the particles right before a lone surname start (`de Vries`, `van der Berg`)
        when the surname with them speaks (`de Vries said`, `said de Vries,`, `according to
        van der Berg`) or follows a French general's rank (`le général de Gaulle`), which name
        a person met nowhere before in full; None where no particle is there or the first is
        an article of the language (see ARTICLE_PARTICLES)."""
        text, tokens = self.text, self.tokens
        position = self.ending_at[surname.end]
        while (
            position > 0
            and tokens[position - 1].text in NAME_PARTICLES
            and text[tokens[position - 1].end : tokens[position].start] == " "
            and not self.taken.overlaps(tokens[position - 1].start, tokens[position - 1].end)
        ):
            position -= 1
        if position == self.ending_at[surname.end] or tokens[position].text in ARTICLE_PARTICLES.get(self.language, ()):
            return None
        start = tokens[position].start
        before = text[max(0, start - SPEECH_WINDOW) : start].rstrip().lower()
        speaks = SPEECH_BEFORE.search(before) or SPEECH_AFTER.match(text, _space_ends(text, surname.end))
        return start if speaks or self.after_french_rank(position) else None

    def after_french_rank(self, position: int) -> bool:
        """Whether a French military rank with its article stands right before the token at
        `position` (`le général`, `du maréchal`, `L'amiral`, `de l'amiral`)."""
        if self.language != "fr" or position == 0 or self.text[self.tokens[position - 1].end : self.tokens[position].start] != " ":
            return False
        rank = self.tokens[position - 1]
        if _is_elided_noun(rank.text):
            return rank.text[2:].lower() in FRENCH_RANKS
        article = self.tokens[position - 2].text.lower() if position > 1 else ""
        return rank.text.lower() in FRENCH_RANKS and (article in MASCULINE_ARTICLES["fr"] or article == "l")

    def widened(self, span: ProtectedSpan) -> ProtectedSpan:
        """A listed or known name with the given name written right before it: `Maria Costa
        said`, `met Pedro Costa` with Costa listed, or met before as Maria Costa's surname. A
        word that starts sentences (`Both Costa and …`, Dutch `Volgens Van Dijk`) or describes
        the name (`Rival Beta Corp`), a role, a translatable word, a place after `in` or after
        what only a place has (`Mayor of London Sadiq Khan`, `do Rio de Janeiro Eduardo Paes`),
        or one of several capitalised words in a row (a title-case heading) is no given name.
        In German, whose nouns have capitals too, only a given name German has widens a surname
        with its particle (`Ursula von der Leyen` after `von der Leyen sagte`)."""
        text, tokens = self.text, self.tokens
        position = self.ending_at.get(span.start - 1)
        if span.kind != "name" or position is None or text[span.start - 1] != " ":
            return span
        given = tokens[position]
        if self.capitalised_nouns and not (_opens_with_particle(span.text) and given.text in GERMAN_GIVEN_NAMES_BEFORE_PARTICLES):
            return span
        before = tokens[position - 1] if position else None
        in_a_row = (
            before is not None
            and before.capitalised
            and text[before.end : given.start] == " "
            and not self.is_role(before)
            and not (before.start in self.sentence_starts and before.text.lower() in SENTENCE_OPENERS)
        )
        if (
            not given.capitalised
            or in_a_row
            or self.taken.overlaps(given.start, given.end)
            or self.not_name(given)
            or self.noun_before_name(given)
            or given.text.lower() in NEVER_LAST
            or self.opens_sentence(given)
            or describes_a_name(given.text)
            or self.title_before_name(given, span.text)
            or _is_acronym(given.text)
            or given.text.lower() in NO_GIVEN_NAMES
            or _POSSESSIVE.search(given.text) is not None  # `Saturday's Costa match`
            or (before is not None and before.text.lower() in LOCATIVES)  # `in Lisbon Costa said`
            or self.head_of_a_place(position) is not None  # `Mayor of London Sadiq Khan`
            or (  # `il presidente del Consiglio Giorgia Meloni`
                self.heads_organisation_before(position)
                and (last := self.ending_at.get(span.end)) is not None
                and self.holder_after_organisation(tokens[position : last + 1]) is not None
            )
            or (before is not None and before.text in NAME_PARTICLES and self.head_of_a_place(position - 2) is not None)
        ):
            return span
        name = text[given.start : span.end]
        self.taken.add(given.start, span.end)
        self.known.add(name)
        return ProtectedSpan(given.start, span.end, name, "name")

    def opens_sentence(self, token: Token) -> bool:
        """Whether the word opens its sentence as the source language's sentences do (Dutch
        `Volgens`, Spanish `Según`, Italian `Eppure`, `Martedì`), and no particle or preposition
        that opens a surname (`Da Silva`, `De Vries`, `Dalla Chiesa`)."""
        opener = token.text in self.starters or (
            token.text in self.function_words and token.text not in PREPOSITIONS_OPENING_SURNAMES
        )
        return opener and token.text.lower() not in NAME_PARTICLES and (
            token.start in self.sentence_starts or _after_opening(self.text, token.start, self.sentence_starts)
        )

    def before_the_name(self, run: list[Token], position: int) -> bool:
        """Whether the word at `position` of a capitalised run comes before the name in it: a
        word that is no name (a role, a word to translate, a title before a regnal name), or a
        German noun the run goes on after."""
        return self.regnal_title(run, position) or (
            self.not_name(run[position])
            and not (
                self.month_as_given_name(run, position)
                or self.country_as_given_name(run, position)
                or self.country_opens_name(run, position)
                or self.german_given_name_before_surname(run, position)
            )
        ) or (self.capitalised_nouns and self.german_words_before_name(run, position)) or self.in_party_before_name(run, position)

    def regnal_title(self, run: list[Token], position: int) -> bool:
        """Whether the word at `position` of a run is a title before the name that ends it."""
        if position + 1 == len(run):
            return False
        return self.title_before_name(run[position], self.text[run[position + 1].start : run[-1].end])

    def title_before_name(self, title: Token, name: str) -> bool:
        """Whether the word `title` is a monarch's or a pope's title before `name` (see
        REGNAL_TITLES): the name ends with its numeral (`Rey Felipe VI`), opens with a common
        given name (`Papa Francesco`), or a definite article stands before the title (`il Papa
        Leone`, `del Rey Juan Carlos`), in lower case or opening the sentence (not `Lana Del Rey`).
        Not a queen's or a princess's after a masculine article, which names what is named after
        her (`el Reina Sofía`, a museum)."""
        text, sentence_starts, language = self.text, self.sentence_starts, self.language
        if title.text.lower() not in REGNAL_TITLES.get(language, ()):
            return False
        position = self.ending_at.get(title.start - 1)
        article = self.tokens[position] if position is not None and text[title.start - 1] == " " else None
        if article is not None and title.text.lower() in FEMININE_TITLES and article.text.lower() in MASCULINE_ARTICLES[language]:
            return False
        words = name.split(" ")
        if (len(words) > 1 and REGNAL_NUMBER.fullmatch(words[-1])) or words[0] in REGNAL_GIVEN_NAMES:
            return True
        if article is None:
            return False
        return article.text.lower() in DEFINITE_ARTICLES[language] and (
            not article.capitalised or article.start in sentence_starts or _after_opening(text, article.start, sentence_starts)
        )

    def another_phrase_after(self, last: int) -> bool:
        """Whether, in French, Spanish, Italian or Portuguese, the lower-case word after the
        capitalised word at token `last` starts another noun phrase rather than going on with
        its name: an article (`A Milano la Borsa`), or the language's `of` before a person's
        given name and surname, whose club or government the word names (`il Napoli di Antonio
        Conte`, `el Gobierno de Pedro Sánchez`). A particle goes on with a name (`Jean de la
        Fontaine`), and `de` after a given name (`Maria de Lurdes Rodrigues`)."""
        current, following = self.tokens[last], self.tokens[last + 1]
        if not current.capitalised or current.text.lower() in NAME_PARTICLES:
            return False
        if following.text in ARTICLES and self.club_or_newspaper(self.tokens[last + 1 : last + 3]):
            return True  # `A Milano La Stampa scrive`: a newspaper whose name opens with its article
        if following.text in ARTICLES_OPENING_PHRASES.get(self.language, ()):
            return not self.ends_place_after_article(last + 2)
        if REGNAL_NUMBER.fullmatch(current.text) and last > 0 and self.tokens[last - 1].capitalised and following.text in (
            OF_A_PLACE[self.language].of if self.language in OF_A_PLACE else ()
        ):
            return True  # `o Rei Carlos III de Inglaterra`: the numeral ends the name, and the country is to translate
        return (
            following.text == OF_BEFORE_A_PERSON.get(self.language)
            and current.text not in ROMANCE_GIVEN_NAMES
            and last + 3 < len(self.tokens)
            and (self.tokens[last + 2].text in ROMANCE_GIVEN_NAMES or (self.club_before(last) and self.persons_name_ends(last + 3)))
            and self.tokens[last + 3].capitalised
            and self.text[self.tokens[last + 2].end : self.tokens[last + 3].start] == " "
        )

    def club_before(self, position: int) -> bool:
        """Whether the word at token `position` names a club, whose coach `of` may join to it
        by a given name no list has (`el Barça de Hansi Flick`): a listed club, or a city's name
        of a feminine form after a masculine article, which makes it its club (`el Sevilla de
        García Pimienta`, `el Barcelona`), no institution (`el Banco`, `el Consejo`) nor a
        masculine noun in -a (`el Programa de Vivienda Social`, `El Sistema de Salud Pública`)."""
        word = self.tokens[position]
        if self.club_or_newspaper([word]):
            return True
        article = self.tokens[position - 1] if position > 0 else None
        return (
            article is not None
            and article.text.lower() in MASCULINE_ARTICLES.get(self.language, ())
            and self.text[article.end : word.start] == " "
            and (not article.capitalised or article.start in self.sentence_starts)
            and word.text.endswith("a")
            and not word.text.lower().endswith(MASCULINE_NOUN_ENDINGS_IN_A)
            and word.text not in NO_CLUB
        )

    def persons_name_ends(self, surname_at: int) -> bool:
        """Whether the capitalised word at token `surname_at`, after another, may end a
        person's name: no word of an institution or a place, nor one the name goes on after."""
        given, surname = self.tokens[surname_at - 1], self.tokens[surname_at]
        return (
            given.text not in NO_GIVEN_NAME_BEFORE_SURNAME
            and surname.text not in NO_PART_OF_A_PERSON
            and not (surname_at + 1 < len(self.tokens) and _continues_run(self.text, self.tokens, surname_at, self.sentence_starts))
        )

    def organisations_article_goes_on(self, first: int, position: int) -> bool:
        """Whether the name whose run opens at token `first` with a word that opens an
        organisation's name, or its article and that word, goes on after token `position` with
        `of` joined to a plural article and the capitalised word after it (`Accademia Nazionale
        dei Lincei`, `La Banque des Territoires`), which no list of particles has, as no
        person's name has them there."""
        text, tokens = self.text, self.tokens
        current, following = tokens[position], tokens[position + 1]
        opening = tokens[first + 1] if tokens[first].text in ARTICLES and first + 1 <= position else tokens[first]
        return (
            ELIDED_ARTICLE.sub("", opening.text) in ORGANISATION_OPENERS
            and current.capitalised
            and following.text in PLURAL_ARTICLES_AFTER_OF.get(self.language, ())
            and text[current.end : following.start] == " "
            and position + 2 < len(tokens)
            and tokens[position + 2].capitalised
            and text[following.end : tokens[position + 2].start] == " "
        )

    def hyphened_particle_goes_on(self, position: int) -> bool:
        """Whether the name at token `position` goes on with an Arabic article hyphened to the
        surname after it (`Nasser al-Khelaïfi`, `Abu Bakr al-Baghdadi`), which the run's
        particles, joined by spaces, do not take in."""
        text, tokens = self.text, self.tokens
        current, following = tokens[position], tokens[position + 1]
        if current.text in HYPHENED_PARTICLES:
            return text[current.end : following.start] == "-" and following.capitalised and position > 0 and tokens[position - 1].capitalised
        return (
            current.capitalised
            and following.text in HYPHENED_PARTICLES
            and text[current.end : following.start] == " "
            and following.start not in self.sentence_starts
            and position + 2 < len(tokens)
            and text[following.end : tokens[position + 2].start] == "-"
            and tokens[position + 2].capitalised
        )

    def plural_or_elided_particle_goes_on(self, first: int, position: int) -> bool:
        """Whether the name whose run opens at token `first` with a common given name goes on
        after token `position` with a particle that is also a word of the language, `des` or an
        elided `d'`, and the surname it stands before (`Laurence des Cars`, `Miguel Stilwell
        d'Andrade`): no name's but a person's has one after its given name (`la Fête des Mères`),
        and no country is a surname (`la Marine des États-Unis`, `Andrea d'Italia`)."""
        if self.language not in PLURAL_OR_ELIDED_PARTICLES or self.tokens[first].text not in ROMANCE_GIVEN_NAMES:
            return False
        current, following = self.tokens[position], self.tokens[position + 1]
        if position > first and current.text in PLURAL_OR_ELIDED_PARTICLES[self.language]:
            return (
                following.capitalised
                and self.text[current.end : following.start] in GAPS_AFTER_PARTICLE[current.text]
                and not self.country_in(following)
            )
        return (
            current.capitalised
            and following.text in PLURAL_OR_ELIDED_PARTICLES[self.language]
            and self.text[current.end : following.start] == " "
            and position + 2 < len(self.tokens)
            and self.tokens[position + 2].capitalised
            and self.text[following.end : self.tokens[position + 2].start] in GAPS_AFTER_PARTICLE[following.text]
            and not self.country_in(self.tokens[position + 2])
        )

    def country_in(self, word: Token) -> bool:
        """Whether a word is a country's or territory's name or has one among its hyphened parts
        (`Italia`, `États-Unis`, `Guinée-Bissau`)."""
        territories = territories_in(self.language)
        return word.text in territories or any(part in territories for part in word.text.split("-"))

    def ends_place_after_article(self, position: int) -> bool:
        """Whether the word at token `position`, after a lower-case article, is the last word of a
        place's name (`Alcalá la Real`, `Choisy le Roi`): one of PLACE_ENDINGS_AFTER_ARTICLES
        that no capitalised word follows (not `A Madrid el Real Madrid`)."""
        return (
            position < len(self.tokens)
            and self.tokens[position].text in PLACE_ENDINGS_AFTER_ARTICLES
            and self.text[self.tokens[position - 1].end : self.tokens[position].start] == " "
            and not (position + 1 < len(self.tokens) and _continues_run(self.text, self.tokens, position, self.sentence_starts))
        )

    def club_or_newspaper(self, run: Sequence[Token]) -> bool:
        """Whether the run's words name a listed club or newspaper, in the source's language,
        after an article elided before them (`L'Inter ha vinto`)."""
        text, sentence_starts = self.text, self.sentence_starts
        name = ELIDED_ARTICLE.sub("", text[run[0].start : run[-1].end])
        if name in LISTED_NAMES_ALSO_WORDS and (
            run[0].start in sentence_starts or _after_opening(text, run[0].start, sentence_starts)
        ):
            return False
        other_things = CLUBS_NAMED_AS_OTHER_THINGS.get(name)
        return (
            name in CLUBS_AND_NEWSPAPERS
            or (other_things is not None and self.language not in other_things)
            or self.newspaper_number_after(name, run[-1].end) != ""
        )

    def newspaper_number_after(self, name: str, end: int) -> str:
        """The number and words a listed newspaper's first words `name` go on with at `end`
        (`Il Sole` and ` 24 Ore`), or nothing."""
        rest = NEWSPAPERS_WITH_NUMBERS.get(name)
        return rest if rest is not None and self.text.startswith(rest, end) else ""

    def possessive_ends_name(self, first: int, last: int) -> bool:
        """Whether the possessive of the word at token `last` ends the name that the run from
        token `first` has so far: a person's or a place's of two words or more, or a word met
        before as a name or one to translate (`Pieter Jansen's Liberal Party`, `Jansen's Liberal
        Party`, `New York's Metropolitan Opera`). What follows is what they have, a name of its
        own or words to translate, as after `his`. Not a possessive of a name of its own: of a
        group of people (`Boston Children's Hospital`), a saint (`St John's Wood`) or a lone word
        nothing showed a name (`McDonald's Corp`, `Moody's Investors Service`)."""
        possessive = _POSSESSIVE.search(self.tokens[last].text)
        if possessive is None or self.capitalised_nouns or self.tokens[first].text in SAINTS:
            return False
        word = self.tokens[last].text[: possessive.start()]
        if word in SPEAKING_GROUPS or word in GROUPS_IN_NAMES:
            return False
        return (
            sum(token.capitalised for token in self.tokens[first : last + 1]) > 1
            or word in self.known
            or self.is_translatable(word)
            or self.party_after(last)
        )

    def party_after(self, position: int) -> bool:
        """Whether a party named in ordinary words follows token `position`, which, with its
        possessive, is the party's leader or country (`Jansen's Liberal Party`, `Britain's
        Labour Party`)."""
        parties = PARTIES_IN_WORDS.get(self.language, frozenset())
        following = position + 1
        if following == len(self.tokens) or self.text[self.tokens[position].end : self.tokens[following].start] != " ":
            return False
        return any(
            self.text[self.tokens[following].start : self.tokens[last].end] in parties
            for last in range(following, min(following + 3, len(self.tokens)))
        )

    def possessive_in_companys_name(self, run: list[Token], end: int) -> bool:
        """Whether the `'s` of an English word alone is its company's name's own, as the
        company's form or its speaking after it shows: `McDonald's Corp`, `McDonald's said`
        (a possessive has what it owns after it: `Jansen's party`)."""
        text = self.text
        if self.language != "en" or len(run) != 1 or text[end - 2 : end] not in ("'s", "’s"):
            return False
        after = _space_ends(text, end)
        following = _WORD.match(text, after)
        return SPEECH_AFTER.match(text, after) is not None or (
            following is not None and following.group().rstrip(".") in COMPANY_ABBREVIATION_WORDS
        )

    def middle_surname(self, surnames: list[Token]) -> str | None:
        """The surname before the last of a person's name of three words or more, which
        Portuguese and Spanish names have and a later mention may name the person by (`Lula` of
        `Luiz Inácio Lula da Silva`, `García` of `Gabriel García Márquez`): alone it is the
        person's where what stands around it marks a person (surnames_met)."""
        if self.capitalised_nouns or len(surnames) < 2:
            return None
        middle = surnames[-2].text
        if middle.lower() in NAME_PARTICLES or middle in GIVEN_NAMES or _is_initial(middle) or _is_acronym(middle):
            return None
        return middle

    def in_party_before_name(self, run: list[Token], position: int) -> bool:
        """Whether the word at `position` of a run is one of the two words of a party named in
        ordinary words, which the name goes on after: `Social Democrat Olaf Scholz`."""
        text = self.text
        parties = PARTIES_IN_WORDS.get(self.language, frozenset())
        return any(
            text[run[first].start : run[first + 1].end] in parties
            for first in (position - 1, position)
            if 0 <= first and first + 1 < len(run) - 1
        )

    def country_as_given_name(self, run: list[Token], position: int) -> bool:
        """Whether the country at `position` of a run is the given name of the one word after
        it, the run's last (`Jordan Henderson`): a word no place, institution, group or role has
        after the country's name (not `Jordan Valley`, `Georgia Democrats`, `Chad Government`)."""
        return (
            run[position].text in GIVEN_NAMES_OF_COUNTRIES
            and position == len(run) - 2
            # `the Jordan Kingdom`, `the Georgia Legislature`: no person has an article.
            and _last_words(self.text, run[0].start, 1).lower() not in ARTICLE_WORDS
            and self.may_follow_given_name(run[-1])
        )

    def german_given_name_before_surname(self, run: list[Token], position: int) -> bool:
        """Whether a common German given name that is also a word to translate, a language's
        name (Bodo), is the given name of the run's last word, a surname (`holte Bodo Ramelow
        Stimmen`)."""
        return (
            self.capitalised_nouns
            and run[position].text in GERMAN_GIVEN_NAMES
            and position == len(run) - 2
            and not self.plainly_no_name(run[-1])
        )

    def country_opens_name(self, run: list[Token], position: int) -> bool:
        """Whether the country opening a run is the first word of the name the run goes on with
        (`Europe Écologie-Les Verts`), in a language that puts no name right after a country's.
        Not a person's given name and surname after it, whose country ends what the words before
        the run name (`della Banca d'Italia Fabio Panetta`)."""
        return (
            self.language in COUNTRY_OPENS_NAMES
            and position == 0
            and len(run) > 1
            and run[0].text in territories_in(self.lang)
            and run[1].capitalised
            and not self.not_name(run[1])
            and not (len(run) > 2 and run[1].text in ROMANCE_GIVEN_NAMES)
        )

    def may_follow_given_name(self, surname: Token) -> bool:
        """Whether the word after a given name may be a surname: none that a place, an
        institution, a group or a role has after its name (`Jordan Valley`, `Elizabeth Street`,
        `Georgia Democrats`, `Chad Government`)."""
        word = _POSSESSIVE.sub("", surname.text)
        return not (
            self.not_name(surname)
            or word in PLACE_WORDS
            or word in INSTITUTION_WORDS
            or word in STATE_BODIES
            or word in SPEAKING_GROUPS
            or _is_acronym(word)
            or _is_lone_initial(word)
        )

    def given_name_opens(self, run: list[Token]) -> bool:
        """Whether the run is a person's name by its common given name (`Maria Costa`, `Robert
        F. Hale`), which no institution or place opens with a surname after it. A surname with
        its particle (`Charles de Gaulle`) stands alone with it (`de Gaulle`), not as its last word."""
        return (
            len(run) > 1
            and run[0].text in GIVEN_NAMES
            and all(token.capitalised for token in run)
            and self.may_follow_given_name(run[-1])
        )

    def organisation_shown(self, run: list[Token], previous: Token | None, start: int, end: int) -> bool:
        """Whether the English name at text[start:end] is an organisation's by what stands in
        or around it: a word of an organisation's or a company's form (`Bank of America`, `Acme
        Group`, `Baker Hughes Inc.`), a word that opens a company's or a club's name and no
        person's (`Standard Chartered`, `Inter Milan`) or ends a club's (`Manchester United`),
        words joined by `&`, a role or kind of organisation before it (`the bank Goldman
        Sachs`), what stands around an organisation (organisation_around), or the article
        showing it one before (`organisations`); and what does not show a person where the
        name speaks: what it says of its own (`Goldman Sachs said its profit rose`), a relative
        clause of no person's (`Goldman Sachs, which`), or its own jobs or sites it speaks of
        as `it` (IT_DOES_AFTER_SPEECH) where nothing shows a person, neither a common given
        name nor a surname only people have (`Kristalina Georgieva`), and no other
        organisation named before it in the paragraph may be what `it` is (`Acme Corp
        reported a loss. Dmitri Petrov said it would cut 300 jobs`)."""
        text = self.text
        return (
            any(token.text in ORGANISATION_WORDS for token in run)
            or run[0].text in INSTITUTION_WORDS
            or run[0].text in COMPANY_OPENERS
            or run[0].text in CLUB_OPENERS
            or run[-1].text in CLUB_ENDINGS
            or _joined_by_ampersand(text, run)
            or (previous is not None and previous.text.lower() in ORGANISATION_ROLES)
            or text[start:end] in self.organisations
            or self.organisation_around(start, end)
            or WHICH_AFTER.match(text, end) is not None
            or ITS_AFTER_SPEECH.match(text, _space_ends(text, end)) is not None
            or (
                run[0].text not in GIVEN_NAMES
                and PERSONS_SURNAME.fullmatch(run[-1].text) is None
                and not any(other_end <= start and other != text[start:end] for other, other_end in self.organisations_named)
                and IT_DOES_AFTER_SPEECH.match(text, _space_ends(text, end)) is not None
            )
        )

    def set_off_after_role(self, run_start: int, end: int) -> bool:
        """Whether commas set the name off after a person's role, which it names: `its chief
        executive, Robert Hale, had resigned`, `said the union's leader, Maria Costa.`"""
        text, tokens = self.text, self.tokens
        if run_start == 0:
            return False
        role = tokens[run_start - 1]
        return (
            text[role.end : tokens[run_start].start] == ", " and self.is_persons_role(role) and CLAUSE_END.match(text, end) is not None
        )

    def described_as_person(self, end: int) -> bool:
        """Whether the words set off after a name describe a person (person_in_apposition) or
        lead to what the name says (`Maria Costa, 54, told`, `Acme, which makes chips, said`)."""
        return self.person_in_apposition(end) or (
            (apposition := self.set_off_after(end)) is not None
            and attributes_speech(self.text, start=apposition[1], end=apposition[1] + 1)
        )

    def described_institution(self, run_start: int, run: list[Token]) -> bool:
        """Whether the run, and the translatable words before it (`the European Central
        Bank`), are words that describe an institution, after an article or before a role and
        the name it introduces (`Interior Ministry spokesman Ivan Petrov`); not a company
        (`News Corp chairman …`)."""
        text, tokens = self.text, self.tokens
        if not all(token.text in INSTITUTION_WORDS or token.text in self.translatable for token in run):
            return False
        if self.role_and_name_after(run_start + len(run) - 1):
            return not any(token.text in COMPANY_ABBREVIATION_WORDS for token in run)
        before = run_start - 1
        while (
            before >= 0 and tokens[before].text in self.translatable and text[tokens[before].end : tokens[before + 1].start] == " "
        ):
            before -= 1
        return before >= 0 and tokens[before].text.lower() in ARTICLE_WORDS

    def described_in_romance_words(self, run_start: int, run: list[Token]) -> int:
        """How many words of the run after an article are an institution French, Spanish,
        Italian or Portuguese names in ordinary words, a head and what describes it, with the
        country it is of (`o governador do Banco Central`, `la Corte Suprema`, `del Banco
        Central de Chile`), which each language says in its own words (Central Bank,
        Zentralbank); a company, which no such word describes, is none (`Banco Santander`,
        `Banco do Brasil`). A name may follow (`do Banco Central Gabriel Galípolo`)."""
        described = DESCRIBED_IN_ROMANCE_WORDS.get(self.language)
        if described is None:
            return 0
        head = 1 if len(run) > 1 and run[0].text.lower() in described.articles else 0  # `O Banco Central` opening a sentence
        article = run[0] if head else self.tokens[run_start - 1] if run_start else None
        if (
            article is None
            or run[head].text not in described.heads
            or article.text.lower() not in described.articles
            or self.text[article.end : run[head].start] != " "
        ):
            return 0
        length = head + 1
        while length < len(run) and (
            run[length].text in described.descriptions
            or (length > head + 1 and run[length].text in self.translatable)
            or (not run[length].capitalised and length + 1 < len(run) and run[length + 1].text in self.translatable)
        ):
            length += 1
        return length if any(token.text in described.descriptions for token in run[head + 1 : length]) else 0

    def role_and_name_after(self, position: int) -> bool:
        """Whether a role and the capitalised name it introduces follow token `position`
        (`Interior Ministry spokesman Ivan Petrov`): English leaves out the article of an
        institution that stands before a role, which describes it as much as one would."""
        text, tokens = self.text, self.tokens
        following = position + 1
        while (
            following < len(tokens)
            and text[tokens[following - 1].end : tokens[following].start] == " "
            and self.is_role(tokens[following])
        ):
            following += 1
        return (
            position + 1 < following < len(tokens)
            and tokens[following].capitalised
            and text[tokens[following - 1].end : tokens[following].start] == " "
        )

    def head_of_a_place(self, run_start: int) -> Token | None:
        """The word before the language's `of` before the run at token `run_start` where it is
        what only a place has (OF_A_PLACE: `the mayor of Milan`, `the people of Paris`), or a
        role before the kind of place the run opens with (`il presidente della Regione
        Lombardia`), and no common given name opens the run, which is a person's (`the state of
        Maria Costa's health`), nor a word of an organisation's name (`del Banco de España`,
        `della Lega`, `of Bank Negara Malaysia`)."""
        text, tokens = self.text, self.tokens
        words = OF_A_PLACE.get(self.language)
        opening = tokens[run_start].text
        if words is None or run_start < 2 or opening in GIVEN_NAMES or opening in ORGANISATION_WORDS or opening in ORGANISATION_OPENERS:
            return None
        head, of = tokens[run_start - 2], tokens[run_start - 1]
        joined = text[of.end : tokens[run_start].start]
        if (
            of.text in ARTICLES_AFTER_OF.get(self.language, ())
            and run_start > 2
            and joined in (" ", "'", "’")
            and text[tokens[run_start - 2].end : of.start] == " "
        ):
            # `le président de la Région Auvergne-Rhône-Alpes`, `de l'Île-de-France`: the article after `of`.
            head, of, joined = tokens[run_start - 3], tokens[run_start - 2], " "
        if text[head.end : of.start] != " " or not (
            (of.text in words.of and joined == " ") or (of.text + "'" in words.of and joined in ("'", "’"))
        ):
            return None
        word = head.text.lower()
        return head if (
            _is_or_was(word, words.offices) or word in words.others or (self.is_role(head) and self.kind_of_place_opens(run_start))
        ) else None

    def heads_organisation_before(self, run_start: int) -> bool:
        """Whether a person's role and the language's `of` stand right before the run at token
        `run_start` in French, Spanish, Italian or Portuguese (`il presidente del Consiglio`,
        `l'ad di Fiat`, `le directeur général de Renault`, `de la Commission`): the run opens
        with what the role heads. Not the office of a place (`il sindaco della`), whose holder
        follows the place (holder_after_place), but where an organisation's word opens the run
        (`il sindaco della Lega`, `o governador do Banco de Portugal`)."""
        words = OF_A_PLACE.get(self.language)
        if self.language not in DESCRIBED_IN_ROMANCE_WORDS or words is None or run_start < 2:
            return False
        of, position = self.tokens[run_start - 1], run_start - 2
        joined = self.text[of.end : self.tokens[run_start].start]
        if of.text in ARTICLES_AFTER_OF.get(self.language, ()) and joined in (" ", "'", "’") and position > 0:
            of, position, joined = self.tokens[position], position - 1, " "
        if not ((of.text in words.of and joined == " ") or (of.text + "'" in words.of and joined in ("'", "’"))):
            return False
        role = self.tokens[position]
        if role.text in ROLES_GO_ON and position > 0 and self.text[self.tokens[position - 1].end : role.start] in (" ", "-"):
            role = self.tokens[position - 1]  # `l'amministratore delegato`, `o secretário-geral`
        word = self.role_word(role)
        opening = self.tokens[run_start].text
        heads = (
            opening in ORGANISATION_OPENERS or opening in ORGANISATION_WORDS
            if word is not None and _is_or_was(word, words.offices)
            else word in self.roles or self.is_role(role) or word in HEADS_OF_COMPANIES
        )
        return self.text[self.tokens[position].end : of.start] == " " and word is not None and heads

    def role_word(self, role: Token) -> str | None:
        """The word of a role before the organisation it heads, in lower case as copy writes
        it inside a sentence, also where it opens one after its elided article (`L'ad di Fiat`,
        `L'AD di Fiat`) or is an acronym (`Le PDG de LVMH`); None for a capitalised word, which names the
        organisation itself (`Consiglio`)."""
        if _is_elided_noun(role.text):
            return role.text[2:].lower()
        if not role.capitalised or self.is_role(role):
            return role.text.lower()
        return None

    def holder_after_organisation(self, run: list[Token]) -> int | None:
        """Where in a run after a role and `of` (heads_organisation_before) the holder's name
        starts: after the organisation's one word, or its word, a particle and the word after
        it (`Banco de Portugal`), where a given name and a surname with its particles follow
        (`Consiglio Giorgia Meloni`, `Cgil Maurizio Landini`, `Commissione Ursula von der
        Leyen`, `Renault Luca de Meo`, `Banco de Portugal Mário Centeno`), or a given name and
        two surnames, the second with its particle (`Banco de España Pablo Hernández de Cos`).
        A common given name starts it after an organisation of any length (`Banco Santander Ana
        Botín`, `Comunidad de Madrid Isabel Díaz Ayuso`), where the holder may have two given
        names or two surnames (`José Luis Escrivá`, `Roberto De Zerbi`). A club named by the
        acronym of its legal form ends at the word after it (`FC Barcelona Joan Laporta`), and
        an organisation goes on with the adjectives after its word (after_adjectives:
        `República Federal Frank Steinmeier`). Not where the words after the first are a
        place's or an organisation's own (`Juventus Football Club`, organisations_words), nor
        right after a foundation's word, whose words after it are the name of the person it is
        named after (`Fondation Abbé Pierre`, `Fundación Ana Botín`)."""
        if not run[0].capitalised:
            return None
        earliest = 2 if run[0].text in NAMED_AFTER_PEOPLE else 1
        given = next(
            (
                position for position in range(earliest, len(run) - 1)
                if run[position].text in ROMANCE_GIVEN_NAMES and run[position - 1].capitalised
            ),
            None,
        )
        if given is not None and self.holder_named(run[given:], LONGEST_HOLDERS_NAME):
            return given
        of_words = len(run) > 3 and not run[1].capitalised and run[1].text in NAME_PARTICLES and run[2].capitalised
        holder = 3 if of_words else self.after_adjectives(run, 2 if run[0].text in CLUBS_ACRONYMS else 1)
        name = run[holder:]
        if len(name) > 1 and holder >= earliest and not self.organisations_words(run, holder):
            surnames = name[2:] if name[1].capitalised and len(name) > 3 else name[1:]
            if self.holder_named(name, 2 + sum(not token.capitalised for token in surnames)):
                return holder
        return self.holder_with_two_surnames(run) if self.language in GIVEN_NAME_AND_TWO_SURNAMES else None

    def organisations_words(self, run: list[Token], holder: int) -> bool:
        """Whether the words of a run from `holder` on, which may read as a given name no list
        has and a surname, go on with the organisation's name: one is the adjective of a
        language that ends it (ends_organisation), or the word after one that opens an
        organisation's name stands before a particle (`Banca Popolare di Sondrio`, `Universidad
        Complutense de Madrid`, `Academia Brasileira de Letras`): a given name no list has
        mostly stands before a surname, not a particle."""
        name = run[holder:]
        return any(self.ends_organisation(token) for token in name) or (
            holder == 1 and run[0].text in ORGANISATION_OPENERS and len(name) > 2 and name[1].text in NAME_PARTICLES
        )

    def ends_organisation(self, token: Token) -> bool:
        """Whether a word after an organisation's first is the adjective of a language or
        nation, which in Spanish and Portuguese ends the organisation's name (`Real Academia
        Española`, `Federación Española de Fútbol`), no given name or surname of a holder whose
        given name no list has."""
        return self.language in GIVEN_NAME_AND_TWO_SURNAMES and unaccented(token.text) in language_adjectives(self.language)

    def holder_with_two_surnames(self, run: list[Token]) -> int | None:
        """Where in a run after a role and `of` a Spanish or Portuguese holder's name starts, of
        a given name no list has and up to two surnames: after an institution named in one word
        (`República Aníbal Cavaco Silva`) or with the country it makes (`República Dominicana
        Leonel Fernández`), after the adjective of a language or nation that ends an
        organisation's name (`Real Academia Española Santiago Muñoz Machado`), or after the
        word that opens a club's or a bank's name and the one after it (`Real Madrid Florentino
        Pérez`, `Banco Sabadell César González-Bueno`) with a particle and the word after it
        (`Academia Brasileira de Letras Merval Pereira`); each past the adjectives that go on
        with it (after_adjectives: `Partido Popular Europeo Manfred Weber`)."""
        ends = [position + 1 for position in range(1, len(run) - 2) if self.ends_organisation(run[position])]
        if run[0].text in INSTITUTIONS_IN_ONE_WORD:
            ends.append(2 if len(run) > 1 and self.is_translatable(self.text[run[0].start : run[1].end]) else 1)
        if run[0].text in ORGANISATION_OPENERS:
            ends += [2, self.after_particles_and_word(run, 2)]
        return next(
            (
                holder for holder in (self.after_adjectives(run, end) for end in ends)
                if len(run) - holder > 1
                and self.holder_named(run[holder:], 3 + sum(not token.capitalised for token in run[holder:]))
            ),
            None,
        )

    def after_adjectives(self, run: list[Token], position: int) -> int:
        """Where an organisation's name that may end before token `position` of the run ends,
        past the adjectives that go on with it (`Comisión Europea`, `República Federal`,
        `Partido Popular Europeo`) or make a country of it (`República Dominicana`): no given
        name or surname of its holder."""
        adjectives = institution_adjectives(self.language)
        while position < len(run) - 1 and unaccented(run[position].text) in adjectives:
            position += 1
        return position

    def after_particles_and_word(self, run: list[Token], position: int) -> int:
        """Where an organisation's name ends that goes on at token `position` of the run with
        particles and the capitalised word after them (`Academia Brasileira de Letras`,
        `Academia Mexicana de la Lengua`); `position` where no particle stands there."""
        following = position
        while following < len(run) and run[following].text in NAME_PARTICLES:
            following += 1
        return following + 1 if position < following < len(run) and run[following].capitalised else position

    def holder_named(self, name: list[Token], longest: int) -> bool:
        """Whether the words are a person's name of at most `longest` words: capitalised
        words and particles (`De Zerbi`, `Rebelo de Sousa`) between a given name and a surname
        that no organisation, place or role has."""
        given, surname = name[0], name[-1]
        return (
            len(name) <= longest
            and given.capitalised
            and surname.capitalised
            and surname.text.lower() not in NAME_PARTICLES
            and all(token.capitalised or token.text in NAME_PARTICLES for token in name[1:-1])
            and not any(token.text in NO_PART_OF_A_PERSON or self.not_name(token) for token in (given, surname))
        )

    def kind_of_place_opens(self, run_start: int) -> bool:
        """Whether the run at token `run_start` opens with the kind of place it names, capitalised
        as part of the name (`Regione Lombardia`, `Provincia di Roma`)."""
        words = OF_A_PLACE.get(self.language)
        return words is not None and self.tokens[run_start].capitalised and self.tokens[run_start].text.lower() in words.others

    def holder_after_place(self, run: list[Token]) -> int | None:
        """Where in the run after an office and `of` its holder's name starts, after the place:
        at a common given name (`Mayor of New York Eric Adams`), or else after a capital, a
        country or a city CLDR names a time zone after, and the `City` it may go on with
        (`Mayor of London Sadiq Khan`, `Mayor of New York City Zohran Mamdani`); the run's
        length where the place is all of it (`The Mayor of Mexico City said`). Where nothing
        known shows where the place ends, three capitalised words are a place of one word and
        the holder's given name and surname, the commonest shape by far (`Governor of Texas Greg
        Abbott`, `le maire de Lyon Grégory Doucet`, `il sindaco di Milano Giuseppe Sala`): a
        place of two words is mostly one CLDR names, and a holder named by surname alone rare.
        Not where a word shows a place of several words (may_be_holder): `Salt Lake City`, `New
        South Wales`, `Santa Barbara County` stay whole."""
        given = next(
            (
                position for position, token in enumerate(run[1:-1], 1)
                if token.text in GIVEN_NAMES and run[position - 1].text not in SAINTS  # `San Antonio`
            ),
            None,
        )
        if given is not None and run[-1].text not in PLACE_ENDINGS:
            return given
        place = max(
            (
                length for length in range(1, len(run) + 1)
                if (words := self.text[run[0].start : run[length - 1].end]) in time_zone_cities(self.lang)
                or words in SPEAKING_PLACES
                or self.is_translatable(words)
            ),
            default=None,
        )
        if place is not None and place < len(run) and run[place].text in KINDS_OF_PLACE:
            place += 1
        if place is not None and place < len(run) and not run[place].capitalised:
            place = None  # `Santiago de los Caballeros`: a particle goes on with the place, not a holder's name
        if place is None and len(run) == 3 and all(token.capitalised for token in run) and self.may_be_holder(run):
            return 1
        if place is None and len(run) == 4 and run[2].text.lower() in NAME_PARTICLES and all(
            token.capitalised for token in (run[0], run[1], run[3])
        ):
            return 1  # `della Campania Vincenzo De Luca`: the holder's surname has its particle
        if place is None and len(run) == 5 and not run[1].capitalised and run[1].text in NAME_PARTICLES and all(
            token.capitalised for token in (run[0], *run[2:])
        ):
            return 3  # `do Rio de Janeiro Eduardo Paes`: the place's name has the particle
        return place

    def may_be_holder(self, run: list[Token]) -> bool:
        """Whether three capitalised words after an office may be a place of one word and its
        holder's given name and surname: the first opens no place's name of several words (`New
        South Wales`, `Santa Barbara County`, `Las Vegas`), the second is no word of a place's,
        and the last ends no place's name (`Salt Lake City`) and is no country's (`Negara
        Malaysia`)."""
        first, given, surname = (token.text for token in run)
        return (
            first not in PLACE_OPENERS
            and first not in ARTICLES
            and given not in NO_GIVEN_NAME
            and surname not in PLACE_ENDINGS
            and not self.is_translatable(surname)
        )

    def city_from(self, run: list[Token], position: int) -> int:
        """Where in the run the longest city of several words that CLDR names (`Mexico City`,
        `Los Angeles`, `Ho Chi Minh City`) ends, starting at `position`; `position` where none does."""
        # No further than the longest city's words: a run of thousands of capitalised words
        # (A. A. A. …) is not read to its end from each of them.
        return max(
            (
                length for length in range(position + 2, min(len(run), position + longest_time_zone_city(self.lang)) + 1)
                if _POSSESSIVE.sub("", self.text[run[position].start : run[length - 1].end]) in time_zone_cities(self.lang)
            ),
            default=position,
        )

    def is_date(self, token: Token) -> bool:
        return token.text in self.months and DAY_OR_YEAR.match(self.text, token.end) is not None

    def first_of_the_name(self, position: int) -> bool:
        """Whether the `I` ending a run in French, Spanish, Italian or Portuguese copy is the
        numeral of the monarch or pope a given name names (`Juan Carlos I`, `Umberto I`), which
        is no pronoun nor article there."""
        return (
            self.language in REGNAL_TITLES
            and self.tokens[position].text == "I"
            and self.tokens[position - 1].text in REGNAL_GIVEN_NAMES
        )

    def month_as_surname(self, position: int) -> bool:
        """Whether the month ending a run (`May`, also a word no name ends with) is the
        surname of the given name before it: `Prime Minister Theresa May`, `Theresa May said`;
        not `Throughout May`, where the sentence start gave the word before its capital and
        only a person's speaking or description makes it a given name, or a common given name
        (`Theresa May will visit …`)."""
        text, tokens, sentence_starts = self.text, self.tokens, self.sentence_starts
        given, month = tokens[position - 1], tokens[position]
        if month.text not in self.months or not given.capitalised or self.not_name(given) or given.text.lower() in NEVER_LAST:
            return False
        if given.text in GIVEN_NAMES or (given.start not in sentence_starts and not _after_opening(text, given.start, sentence_starts)):
            return True
        return given.text not in self.starters and (
            attributes_speech(text, given.start, month.end) or self.described_as_person(month.end)
        )

    def month_as_given_name(self, run: list[Token], position: int) -> bool:
        """Whether the month at `position` of a run is the given name of the surname after it,
        as a role before it or the person's speaking or description shows: `Singer April Rose`,
        `April Rose said`, `said June Carter`; not `in April Rose said`, `During April Rose
        said`, where a word before it makes it a date."""
        month = run[position]
        if month.text not in self.months or position == len(run) - 1 or self.not_name(run[position + 1]):
            return False
        before = self.ending_at[month.end] - 1
        if before >= 0 and self.text[self.tokens[before].end : month.start] == " " and month.start not in self.sentence_starts:
            if self.is_role(self.tokens[before]):
                return True
            if self.tokens[before].capitalised or self.tokens[before].text.lower() in NEVER_LAST | LOCATIVES:
                return False
        return attributes_speech(self.text, month.start, run[-1].end) or self.described_as_person(run[-1].end)

    def owes_capital_to_sentence_start(self, token: Token) -> bool:
        """Whether a lone capitalised word opening an English sentence before a verb of speech
        may be a common word with the sentence's capital: a word sentences open with, an answer
        (`Yes said the crowd`), a group of people (`Officials`, `Doctors`), a role's plural
        (`Economists`), a word to translate or that describes an institution, a capital speaking
        for its government (`Moscow said`)."""
        word = _POSSESSIVE.sub("", token.text)
        return (
            word.lower() in SENTENCE_OPENERS
            or word in self.answers
            or word in self.starters
            or word in SPEAKING_GROUPS
            or word in SPEAKING_PLACES
            or (word.endswith("s") and word[:-1].lower() in self.roles)
            or word in INSTITUTION_WORDS
            or self.not_name(token)
            or describes_a_name(word)
            or _is_lone_initial(word)
        )

    def marked_as_person(self, token: Token) -> bool:
        """Whether what stands around a lone word makes it a person: who the words after it
        describe (`Giri, who had led`), a verb of speech after it, also after an adverb
        (`Giri said`, `Giri later said`), a person of theirs after its possessive (`Giri's
        coach`), and opening a sentence what a person does (`Giri has won`, `Giri rejected`)."""
        end = token.end - len(possessive.group()) if (possessive := _POSSESSIVE.search(token.text)) else token.end
        verb_at = _space_ends(self.text, token.end)
        if adverb := ADVERB_BEFORE_SPEECH.match(self.text, verb_at):
            verb_at = adverb.end()
        deeds = WHAT_A_PERSON_DOES.get(self.language)
        return bool(
            WHO_AFTER.match(self.text, end)
            or PERSON_AFTER_POSSESSIVE.match(self.text, end)
            or SPEECH_AFTER.match(self.text, verb_at)
            or (
                deeds is not None
                and end == token.end
                and verb_at > token.end
                and (token.start in self.sentence_starts or _after_opening(self.text, token.start, self.sentence_starts))
                and deeds.match(self.text, _space_ends(self.text, token.end))
            )
        )

    def institution_run_end(self, position: int) -> int:
        """The last token of the capitalised words from token `position` on that belong to an
        institution's name, with the particles between them (`the University of Rio de
        Janeiro`): up to a role, a day, a date or a word no name ends with (`the Bank of England
        Governor Andrew Bailey`, `the Commission on Tuesday`), and to a possessive, which ends
        it (`the Bank of England's governor`)."""
        text, tokens, sentence_starts = self.text, self.tokens, self.sentence_starts
        end = position
        while (
            not _POSSESSIVE.search(tokens[end].text)
            and end + 1 < len(tokens)
            and text[tokens[end].end : tokens[end + 1].start] == " "
            and tokens[end + 1].start not in sentence_starts
            and (
                self.joins_institution(tokens[end + 1])
                or (tokens[end + 1].text in NAME_PARTICLES and _continues_run(text, tokens, end, sentence_starts))
            )
        ):
            end += 1
        while not tokens[end].capitalised:  # `de la` before no capital
            end -= 1
        return end

    def persons_name_at(self, position: int) -> bool:
        """Whether a person's full name starts at token `position`: a common given name and a
        surname, with its particles (`Maria Costa`, `Sophie de Boer`, `Jan de Vries`), or a
        name of several words met before in the article."""
        end = self.institution_run_end(position)
        if end == position:
            return False
        given = self.tokens[position]
        return self.text[given.start : self.tokens[end].end] in self.known or (
            is_given_name(given.text) and self.may_follow_given_name(self.tokens[end])
        )

    def joins_institution(self, token: Token) -> bool:
        return (
            token.capitalised
            and not self.taken.overlaps(token.start, token.end)
            and not self.is_role(token)
            and _POSSESSIVE.sub("", token.text) not in self.weekdays
            and not self.is_date(token)
            and token.text.lower() not in NEVER_LAST
        )

    def joined_after(self, position: int, words: Collection[str]) -> int | None:
        """Where the capitalised word is that one of `words` (a connector) right after token
        `position` joins to it, in the same sentence."""
        if position + 2 >= len(self.tokens):
            return None
        connector, following = self.tokens[position + 1], self.tokens[position + 2]
        if (
            connector.text in words
            and self.text[self.tokens[position].end : connector.start] == " "
            and self.text[connector.end : following.start] == " "
            and following.start not in self.sentence_starts
            and self.joins_institution(following)
        ):
            return position + 2
        return None

    def institution_chain(self, head: int) -> tuple[int, int] | None:
        """The first and last token of an English institution's name whose head is token
        `head`, when what it is of or for follows it (`Bank of England`, `Institute for Fiscal
        Studies`, `Department of Health and Social Care`), or two words joined by `and` come
        before it after an article (`the Securities and Exchange Commission`); with the
        capitalised words before the head that are the name's, not a sentence's opening, a role
        or a description (`Maria Costa Foundation for …`, not `The`, `Rival`, `Britain's`)."""
        first = head
        while (
            first > 0
            and self.tokens[first - 1].capitalised
            and self.text[self.tokens[first - 1].end : self.tokens[first].start] == " "
            and self.tokens[first].start not in self.sentence_starts
            and not self.taken.overlaps(self.tokens[first - 1].start, self.tokens[first - 1].end)
            and not _POSSESSIVE.search(self.tokens[first - 1].text)
        ):
            first -= 1
        while first < head and (
            self.tokens[first].text in ARTICLES
            or self.tokens[first].text.lower() in SENTENCE_OPENERS
            or self.tokens[first].text in self.starters
            or self.is_role(self.tokens[first])
            or describes_a_name(self.tokens[first].text)
        ):
            first += 1
        joined_before = (
            first >= 3
            and self.tokens[first - 1].text == "and"
            and self.text[self.tokens[first - 2].end : self.tokens[first].start] == " and "
            and self.tokens[first - 2].capitalised
            and self.tokens[first - 2].start not in self.sentence_starts | {self.tokens[first].start}
            and not self.taken.overlaps(self.tokens[first - 2].start, self.tokens[first - 2].end)
            and self.tokens[first - 3].text.lower() == "the"
            and self.text[self.tokens[first - 3].end : self.tokens[first - 2].start] == " "
        )
        if joined_before:
            first -= 2
        last = head
        connected = False
        while (following := self.joined_after(last, INSTITUTION_CONNECTORS)) is not None:
            if self.tokens[following - 1].text == "of" and self.persons_name_at(following):
                break  # `the Labour Party of Sophie de Boer`: the party and the person it is of
            last, connected = self.institution_run_end(following), True
            if (
                self.tokens[head].text in PUBLIC_BODY_HEADS
                and (joined := self.joined_after(last, ("and",))) is not None
                and self.tokens[(joined_end := self.institution_run_end(joined))].text not in ORGANISATION_WORDS
                and any(token.text in PUBLIC_FIELDS for token in self.tokens[joined : joined_end + 1])
            ):
                last = joined_end
        return (first, last) if connected or joined_before else None

    def mark_institutions(self) -> None:
        """Protect as one name, or leave whole to translate, the English institutions whose
        names join words with `of`, `for`, `on` and `and`, so that no part of one is taken for a
        name of its own (`the Foundation for {Young_Players}`): after an article, a head that
        only describes makes the whole an institution each language names in its own words
        (`the Bank of England`, `the Institute for Fiscal Studies`); otherwise it is one name
        (`Bank of America said`, `the Securities and Exchange Commission`)."""
        text, tokens = self.text, self.tokens
        position = 0
        while position < len(tokens):
            token = tokens[position]
            chain = (
                self.institution_chain(position)
                if token.capitalised and token.text in INSTITUTION_HEADS and not self.taken.overlaps(token.start, token.end)
                else None
            )
            if chain is None:
                position += 1
                continue
            first, last = chain
            start = tokens[first].start
            end = tokens[last].end - (len(possessive.group()) if (possessive := _POSSESSIVE.search(tokens[last].text)) else 0)
            head_words = [word for word in tokens[first : position + 1] if word.capitalised]
            after_article = first > 0 and tokens[first - 1].text.lower() in ARTICLE_WORDS
            # `the Liberal Party of Canada`: a party named in ordinary words is described too.
            described = after_article and (
                all(
                    word.text in INSTITUTION_WORDS or word.text in TRANSLATED_ACRONYMS or self.is_translatable(word.text)
                    for word in head_words
                )
                or self.is_translatable(" ".join(word.text for word in head_words))
            )
            if not described:
                end = _abbreviated_name_end(text, start, end)
                self.spans.append(ProtectedSpan(start, end, text[start:end], "name"))
                self.known.add(text[start:end])
            self.taken.add(start, end)
            position = last + 1

    def mark_portfolios(self, portfolios: regex.Pattern[str], ministries: frozenset[str]) -> None:
        """Leave to translate the portfolios that roles and ministries are of (`minister van
        Financiën`, `het ministerie van Buitenlandse Zaken`, `el Ministerio de Economía`, `le
        ministre de l'Économie`), whose `van` or `de` is no particle of a surname, nor their
        words a name (`De minister van Financiën zei`, `El ministro de Economía dijo`)."""
        for found in portfolios.finditer(self.text):
            head = self.tokens[self.ending_at[found.end("head")]] if found.end("head") in self.ending_at else None
            start, end = found.end("of"), found.end()
            if (
                head is None
                or head.start != found.start("head")
                or not (self.is_role(head) or head.text.lower() in ministries)
                or head.text.lower() in ROLES_OF_BODIES
                or self.taken.overlaps(start, end)
                or any(offset in self.sentence_starts for offset in range(start, end))
            ):
                continue
            self.taken.add(start, end)
            self.portfolio_ends.add(end)
            self.portfolio_joins.add(found.start("of"))

    def mark_capitalised_runs(self) -> None:
        """Protect, left to right, the names that runs of capitalised words hold (mark_run), and
        in German a surname after its particle (surname_after_particle)."""
        text, tokens = self.text, self.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if self.capitalised_nouns and (surname_at := self.surname_after_particle(index)) is not None:
                start, end = token.start, tokens[surname_at].end
                self.spans.append(ProtectedSpan(start, end, text[start:end], "name"))
                self.taken.add(start, end)
                self.known.update((*_particle_forms(text[start:end]), tokens[surname_at].text))
                index = surname_at + 1
                continue
            if not token.capitalised or self.taken.overlaps(token.start, token.end) or self.opens_no_name(index):
                index += 1
                continue
            run_end = self.end_of_run(index)
            self.mark_run(tokens[index : run_end + 1], index)
            index = run_end + 1

    def end_of_run(self, index: int) -> int:
        """The position of the last word of the run of a name's words that opens at `index`."""
        text, tokens, sentence_starts, capitalised_nouns = self.text, self.tokens, self.sentence_starts, self.capitalised_nouns
        run_end = index
        while (
            run_end + 1 < len(tokens)
            and (
                _continues_run(text, tokens, run_end, sentence_starts, capitalised_nouns)
                or self.hyphened_particle_goes_on(run_end)
                or self.plural_or_elided_particle_goes_on(index, run_end)
                or self.organisations_article_goes_on(index, run_end)
            )
            and not (capitalised_nouns and not self.german_name_goes_on(index, run_end))
            and tokens[run_end + 1].start not in self.portfolio_joins
            and not self.possessive_ends_name(index, run_end)
            and not self.another_phrase_after(run_end)
        ):
            run_end += 1
        # A day never ends a name (`told Reuters Tuesday`, `told Reuters Monday's vote`), nor does
        # a month with its day or year (`Monday May 5`, `Maria Costa March 5`), which is a date.
        while run_end > index and (
            _POSSESSIVE.sub("", tokens[run_end].text) in self.weekdays
            or self.is_date(tokens[run_end])
            or (
                tokens[run_end].text.lower() in NEVER_LAST
                and not (self.month_as_surname(run_end) or self.first_of_the_name(run_end))
                and not self.german_surname_after_given(run_end)
            )
        ):
            run_end -= 1
        return run_end

    def without_words_before_name(self, run: list[Token], run_start: int) -> tuple[list[Token], int]:
        """The run from where its name starts, and that start's position: without the title,
        the article or the words that describe the name before it."""
        capitalised_nouns = self.capitalised_nouns
        # A title of several words ends at its last role: "Finance Minister Grace Ivanova",
        # "Deputy Prime Minister Anna Roth" name Grace Ivanova and Anna Roth.
        last_role = max(
            (position for position, token in enumerate(run[:-1]) if self.is_role(token) and not _is_initial(token.text)),
            default=0,
        )
        run = run[last_role:]
        run_start += last_role

        # "Russian President Vladimir Putin", "the U.S. Senate", "Die Deutsche Bahn", "la SNCF":
        # what precedes the name is translatable; "Le Monde" and "The Guardian" keep theirs.
        name_start = _first_where(
            run,
            lambda position: not (self.before_the_name(run, position) or _grammatical_article(run, position, capitalised_nouns)),
        )
        if (
            0 < name_start < len(run) - 1
            and ELIDED_NOUN.match(run[name_start - 1].text)
            and run[name_start].text in self.function_particles
        ):
            # `L'avvocato di Chiara Ferragni`: after a common noun the particle is its `of`, no surname's.
            name_start += 1
        if 0 < name_start < len(run) and _POSSESSIVE.sub("", run[name_start].text) in KINDS_OF_PLACE:
            # `Mexico City`, `Kuwait City`: a country's name with its kind of place is a city
            # each language names in its own words (Ciudad de México, Kuwait-Stadt), as a whole.
            name_start += 1
        else:
            # `Los Angeles`, `Ho Chi Minh City`: a city CLDR names in words of which the first is
            # an article or a country is one name, never cut after its first word.
            name_start = next((position for position in range(name_start) if self.city_from(run, position) > name_start), name_start)
        run = run[name_start:]
        run_start += name_start
        organisation_start = _first_where(run, lambda position: run[position].capitalised)
        if 0 < organisation_start < len(run) and self.heads_organisation_before(run_start + organisation_start):
            # `L'ad di Fiat John Elkann`, `Le PDG de LVMH Bernard Arnault`: the role's `of` opens
            # what it heads, no name.
            run = run[organisation_start:]
            run_start += organisation_start
        return run, run_start

    def mark_run(self, run: list[Token], run_start: int) -> None:
        """Protect the name a run of capitalised words holds, from the word at `run_start` on,
        if anything shows one, and keep what it tells of the names that follow: its surname
        alone, and whether an organisation or a person speaks in it."""
        text, sentence_starts, capitalised_nouns, language = self.text, self.sentence_starts, self.capitalised_nouns, self.language
        known, taken, spans = self.known, self.taken, self.spans
        run, run_start = self.without_words_before_name(run, run_start)
        if not run or self.is_translatable(text[run[0].start : run[-1].end]):
            return
        if (
            language in COUNTRY_OPENS_NAMES
            and len(run) == 2
            and run[0].text in ARTICLES
            and run[0].start not in sentence_starts
            and run[1].text in countries(self.lang)
        ):
            return  # `déposée par La France insoumise`: no country, and no telling where the name ends
        if any(taken.overlaps(token.start, token.end) for token in run):
            return
        at_sentence_start = (
            run[0].start in sentence_starts
            or _after_opening(text, run[0].start, sentence_starts)
            or (run[0].text in ARTICLES and self.starts_sentence(run[0]))
        )
        if (
            at_sentence_start
            and len(run) > 1
            and text[run[1].start : run[-1].end] in known
            and run[0].text not in GIVEN_NAMES
            and not (capitalised_nouns and run[0].text in GERMAN_GIVEN_NAMES)
        ):
            # `Both Costa and …`, `Like Costa, …`: a name met before, after a word that only
            # has its capital because it starts the sentence; a given name is another person's
            # (`Jeffrey Sachs` after `Goldman Sachs said`) or the same person's in full
            # (`Ursula von der Leyen` after `von der Leyen sagte`).
            run = run[1:]
            run_start += 1
        # The word right before the name, in the same sentence: "Agency. According to" is no
        # "agency According" (a role introducing a name).
        previous = self.tokens[run_start - 1] if run_start else None
        gap = text[previous.end : run[0].start] if previous is not None else ""
        if not (
            gap.isspace() or (gap[:1] == "." and gap[1:].isspace() and previous is not None and self.is_abbreviated_role(previous))
        ):
            previous = None  # not in the same sentence: `… the agency. According to …`
        if (
            len(run) > 1
            and previous is not None
            and not previous.capitalised
            and not self.is_role(previous)
            and _is_initial(run[0].text)
        ):
            # `plan B. Science …`: the letter belongs to the words before it, not to a name.
            run = run[1:]
            run_start += 1
            previous = None
        after_role = previous is not None and (
            self.is_role(previous)
            or previous.end in self.portfolio_ends
            or self.title_before_name(previous, text[run[0].start : run[-1].end])
        ) or self.titled_before(run[0].start)
        # `the carmaker Stellantis`, `the bank Santander`: a kind of organisation introduces its
        # name as a role does a person's (not in German, whose kinds are nouns with capitals).
        after_kind_of_organisation = (
            not capitalised_nouns and previous is not None and not previous.capitalised and previous.text in ORGANISATION_ROLES
        )
        if (head := self.head_of_a_place(run_start)) is not None:
            # `the mayor of Milan said`, `the Mayor of Rio de Janeiro`: a place to translate.
            # After an office, the name of its holder may follow the place (holder_after_place);
            # where nothing shows where the place ends, four capitalised words or more are one
            # name, the holder's with the place (`Alcalde de {Sevilla_José_Luis_Sanz}`), which
            # keeps the holder's whole name protected where a guess at its start might not.
            # The office may be a role of the place named with its kind (`il presidente della
            # Regione Lombardia`), whose holder follows the name.
            of_a_kind = self.kind_of_place_opens(run_start) and head.text.lower() not in OF_A_PLACE[language].others
            if not _is_or_was(head.text.lower(), OF_A_PLACE[language].offices) and not of_a_kind:
                return
            holder = self.holder_after_place(run[1:] if of_a_kind else run)
            if of_a_kind and holder is not None:
                holder += 1
            if holder == len(run):
                return  # the place alone, no holder named
            if holder is not None:
                run, run_start, previous, after_role = run[holder:], run_start + holder, head, True
            elif sum(token.capitalised for token in run) < 3:
                return
        # `gab Volkswagen Entwarnung`: after a verb or a conjunction opening a clause a name
        # has no article, nor has the noun after it; a name's adjectives alone are no name
        # before it (`berichtete Süddeutsche Zeitung`).
        bare_noun_may_follow = (
            self.leaves_nouns_bare(previous)
            and not all(may_be_name_adjective(token.text) for token in run[:-1])
        )
        # `Olaf Scholz`, not `Anna Maria`: a given name, then a word no given name.
        after_full_name = len(run) > 2 and is_given_name(run[0].text) and not is_given_name(run[-2].text)
        if capitalised_nouns and len(run) > 1 and (
            german_noun_after_name(run[-1].text, after_role or bare_noun_may_follow)
            or german_role_after_name(run[-1].text, after_full_name)
        ):
            # `warf Bundeskanzler Merz Versagen vor`, `wurde Merz Bundeskanzler`: the name ends before the noun.
            run = run[:-1]
            while run and not run[-1].capitalised:  # `Ursula von der Leyen Versagen`
                run = run[:-1]
            if not run:  # a particle before the noun, no name (`Frau de Bundesministerin`, a typo of der)
                return
        after_article = previous is not None and previous.text.lower() in ARTICLE_WORDS
        if not capitalised_nouns and self.described_institution(run_start, run):
            return  # the Interior Ministry, the European Central Bank: an institution described, not named
        if (described := self.described_in_romance_words(run_start, run)) == len(run):
            return
        if described and len(run) - described > 1 and run[described].capitalised:
            # `o governador do Banco Central Gabriel Galípolo`: the institution's head is the
            # holder's role; an `of` after it goes on with the institution's own name (`o
            # Tribunal Central de Instrução Criminal`).
            run, run_start, previous, after_role = run[described:], run_start + described, run[described - 1], True
        if self.heads_organisation_before(run_start) and (holder := self.holder_after_organisation(run)) is not None:
            # `il presidente del Consiglio Giorgia Meloni`, `le directeur général de Renault Luca
            # de Meo`: what the role heads stays text the translator renders or keeps, and the
            # holder's name is a name of its own; so is an organisation's name of several words,
            # as it is without its holder (`do Banco de Portugal Mário Centeno`).
            organisation = text[run[0].start : run[holder - 1].end]
            if holder > 1 and not self.is_translatable(organisation):  # `de la República Dominicana Leonel Fernández`
                spans.append(ProtectedSpan(run[0].start, run[holder - 1].end, organisation, "name"))
                taken.add(run[0].start, run[holder - 1].end)
                known.add(organisation)
            run, run_start, previous, after_role = run[holder:], run_start + holder, run[holder - 1], True
        # `according to Eurostat` is who speaks, not where.
        after_locative = (
            previous is not None
            and previous.text.lower() in LOCATIVES
            and SPEECH_BEFORE.search(text[max(0, run[0].start - SPEECH_WINDOW) : run[0].start].rstrip().lower()) is None
        )
        lone = len(run) == 1 and not capitalised_nouns
        # A person named in full before, alone where the words around mark a person.
        person_met = lone and _POSSESSIVE.sub("", run[0].text) in self.surnames_met and self.marked_as_person(run[0])
        # `Eurostat said`, `Nvidia said`: a lone word opening a sentence that speaks and owes
        # its capital to no sentence's start.
        opening_speaker = (
            lone
            and at_sentence_start
            and (SPEECH_AFTER.match(text, _space_ends(text, run[0].end)) is not None or self.speaks_with_another(run[0]))
            and not self.owes_capital_to_sentence_start(run[0])
        )
        # `Jansen's Liberal Party`: a party's possessor is its leader, where no place (`Britain's`).
        leads_party = lone and _POSSESSIVE.search(run[0].text) is not None and self.party_after(run_start) and not (
            self.not_name(run[0]) or _POSSESSIVE.sub("", run[0].text) in SPEAKING_PLACES
        )
        opens = capitalised_nouns and at_sentence_start and not after_role
        speaker_named = opens and self.german_name_may_open(run) and self.german_speaker_named(run)
        given_named = opens and not speaker_named and self.german_given_name_opens(run)
        if at_sentence_start and not (
            after_role or person_met or opening_speaker or leads_party or _joined_by_ampersand(text, run) or self.city_from(run, 0)
            or run[-1].text in LEGAL_FORMS  # `Volkswagen AG meldete`
            or (capitalised_nouns and len(run) > 1 and run[-1].text in ENGLISH_COMPANY_WORDS)  # `Siemens Energy baut`
            or self.club_or_newspaper(run)
        ) and (
            len(run) == 1
            or (capitalised_nouns and not (speaker_named or given_named or opens_german_club(run, 0)))
            or run[0].text.lower() in SENTENCE_OPENERS
            or (run[0].text in self.function_words and (
                run[0].text not in PREPOSITIONS_OPENING_SURNAMES
                or " ".join(word.text for word in run[1:]) in translatable_words(self.lang)
            ))
            or describes_a_name(run[0].text)
            or (run[1].text in self.months and not self.month_as_surname(run_start + 1))
        ):
            # The first word may only be capitalised because it starts the sentence: so does a
            # word before a month it gives no surname to (`During March`, `Early June`), and a
            # word that describes the name after it (`Rival Beta Corp`); not the first of a
            # city's words (`Los Angeles officials agreed`).
            name_start = _first_where(run, lambda position: position > 0 and not (
                run[position].text.lower() in NAME_PARTICLES or self.before_the_name(run, position)
            ))
            if 0 < name_start < len(run) and self.regnal_title(run, name_start - 1):
                after_role = True  # `O Papa Francisco falou`: the name after its title
            run = run[name_start:]
            if not run or self.is_translatable(text[run[0].start : run[-1].end]):
                return
        single = len(run) == 1
        listed = self.club_or_newspaper(run)
        if single and (run[0].text in ORGANISATION_WORDS or run[0].text in LEGAL_FORMS):
            return  # what was left of `the European Commission`, or a company's legal form: translatable
        acronym = single and _is_acronym(run[0].text)
        if self.title_case and not acronym:
            return
        if single and run[0].text in TRANSLATED_ACRONYMS:
            return
        if acronym and run[0].text in self.abbreviations and text[run[0].end : run[0].end + 1] == ".":
            return  # the language's abbreviation of common words: `EE. UU.`, `FF. AA.` (plurals in Spanish)
        if capitalised_nouns and single and after_role and previous is not None and not self.introduces_one(previous):
            after_role = False
        persons_particles = self.persons_particles_before(run[0]) if single and not capitalised_nouns else None
        legal_form = LEGAL_FORM_AFTER_COMMA.match(text, run[-1].end)  # `Inditex, S.A. presentó`
        if single and not (after_role or acronym or after_kind_of_organisation or leads_party or legal_form or listed):
            if capitalised_nouns:
                if not (self.german_speaker(run[0]) or self.company_after_von(run[0]) or self.heads_person_after(run[0])):
                    return
            elif not person_met and (
                after_locative
                or run[0].text in self.answers
                or _is_lone_initial(run[0].text)
                or _POSSESSIVE.sub("", run[0].text) in SPEAKING_PLACES
                or not (_reported_speech(text, run[0]) or persons_particles is not None or self.speaks_with_another(run[0]))
            ):
                return
        start = run[0].start
        if (elided := ELIDED_ARTICLE.match(run[0].text)) is not None and (listed or run[0].text[elided.end() :] in CLUB_OPENERS):
            # `L'{Inter}`, `L'{AS_Monaco}`: a club's article is the sentence's, as inside one, where
            # another name's is its own (`L'Osservatore Romano`, `L'Oréal`, `L'Hospitalet`)
            start += elided.end()
        end = _abbreviated_name_end(text, start, legal_form.end() if legal_form else run[-1].end)
        if text[start:end] in INDEXES_WITH_NUMBERS and (index_number := INDEX_NUMBER.match(text, end)) is not None:
            end = index_number.end()  # `CAC 40`, `S&P 500`
        elif listed:
            end += len(self.newspaper_number_after(text[start:end], end))  # `Il Sole 24 Ore`
        if capitalised_nouns and run[0].text in GERMAN_CLUBS:
            start, end = german_club(text, start, end)
        name = text[start:end]
        possessive = _POSSESSIVE.search(name)
        if possessive and len(name) > 3 and not acronym and not self.possessive_in_companys_name(run, end):
            name = name[: possessive.start()]
            end = start + len(name)
        if self.person_in_genitive(run, previous):
            # `Die Musik Richard Wagners`: the -s is the sentence's, as the English 's is.
            name = name[:-1]
            end -= 1
        if not name or name in TRANSLATED_ACRONYMS:
            return
        if (particles := self.known_particles_before(run[0], end)) is not None:
            start, name = particles, text[particles:end]
        elif persons_particles is not None:
            start, name = persons_particles, text[persons_particles:end]
            known.update(_particle_forms(name))  # the person, where it is named again (`De Vries added`)
        spans.append(ProtectedSpan(start, end, name, "name"))
        taken.add(start, end)
        known.add(name)
        if len(run) == 2 and self.possessive_in_companys_name(run[:1], run[0].end):
            known.add(run[0].text)  # `McDonald's Corp`, then `McDonald's chief executive`
        # A later mention of the surname alone is the same person, when this is a person: a
        # person's role introduced the name (`economist Maria Costa`, `Bundeskanzlerin Maria
        # Schröder`, not `the company Goldman Sachs`), a common given name opens the name
        # (`Maria Costa resigned`), commas set it off after a role or set off a role or an age
        # after it (`its chief executive, Robert Hale,`, `Maria Costa, 54,`), or the name speaks
        # (`Dmitri Petrov said`). In English, who speaks is an organisation where something
        # shows one, here or anywhere in the article (organisation_shown, record_organisation:
        # `the bank Goldman Sachs said`, `Goldman Sachs Group Inc.` … `analysts at Sachs`): its
        # last word alone is the name where the words around it mark a person (surnames_met).
        # Two capitalised words alone make no person (`Wall Street` … `Street vendors`, `Apple
        # Music` … `Music streaming`). An organisation's last word (`Atlas Energy`, `Acme Inc.`)
        # is no surname, nor is a word to translate (`Radio France`), and what an article
        # introduces is an institution or a place (`the White House`). In German, where every
        # noun is capitalised, only a role counts, or speaking (`Ana Kovač sagte`), or a common
        # given name that a particle joins to the surname (`Otto von Bismarck`).
        after_organisation_role = previous is not None and previous.text.lower() in ORGANISATION_ROLES
        after_persons_role = after_role and not after_organisation_role
        shown_organisation = language == "en" and self.organisation_shown(run, previous, start, end)
        speaking = self.german_speaks(run, start, end) if capitalised_nouns else (
            (attributes_speech(text, start, end) or self.described_as_person(end)) and not shown_organisation
        )
        person = run[-1].text not in ORGANISATION_WORDS and not after_article and (
            after_persons_role or leads_party or speaker_named or speaking
            or (capitalised_nouns and self.given_before_particle(run)) or (
                not capitalised_nouns
                and (self.person_in_apposition(end) or self.given_name_opens(run) or self.set_off_after_role(run_start, end))
            )
        )
        if not person and (shown_organisation or acronym or after_organisation_role or opening_speaker):
            self.organisations_named.append((name, end))
        if language == "en" and not person and " " in name and _has_organisation_word(name):
            self.record_organisation(name)  # `Goldman Sachs Group Inc.`: `Goldman Sachs` is an organisation's
        self.remember_surname(run, person, after_article, listed)

    def remember_surname(self, run: list[Token], person: bool, after_article: bool, listed: bool) -> None:
        """Keep the surname of the name in `run` for its later mentions alone: as a name where the
        name is a `person`'s or a person's with its particle, else as a surname met (surnames_met)
        where nothing shows it is none."""
        # A surname that is a month (`Theresa May`) is known too: only the person's speaking
        # or a role makes a later mention of it the name (another_word_here).
        # The surname of `Franz von Papen`, `Anna de la Cruz` goes with its particle when it
        # stands alone: `von Papen`, `de la Cruz`, and `Von Papen` opening a sentence. A word,
        # a particle and a surname are a person's name with no other evidence (`Leonardo da
        # Vinci painted it`, then `da Vinci used`), as institutions and places with a particle
        # come with an article or a word of theirs (`the Museo del Prado`, `Banco de Portugal`).
        surnames = [token for token in run[1:] if token.text not in NAME_SUFFIXES and token.capitalised]
        short = _surname_with_particles(run)
        named_with_particle = (
            short is not None and not after_article and run[0].text not in INSTITUTION_WORDS
            and run[0].text not in ORGANISATION_OPENERS
        )
        if surnames and (person or named_with_particle) and (not self.not_name(surnames[-1]) or surnames[-1].text in self.months):
            if person:
                self.known.add(_POSSESSIVE.sub("", surnames[-1].text))
                if (middle := self.middle_surname(surnames)) is not None:
                    self.surnames_met.add(middle)
            if short:
                self.known.update(_particle_forms(short))
        elif (
            surnames
            and not (person or self.capitalised_nouns or after_article or _joined_by_ampersand(self.text, run))
            and run[-1].text not in ORGANISATION_WORDS
            and run[0].text not in CLUB_OPENERS  # `Inter Milan`: the city's name, also in `Milan's coach`
            and not listed  # `La Stampa`: no person's surname
            and not (self.not_name(surnames[-1]) or surnames[-1].text in self.months)
        ):
            self.surnames_met.add(_POSSESSIVE.sub("", surnames[-1].text))


def _surname_with_particles(run: list[Token]) -> str | None:
    """The last surname of a person's name with the particles right before it, as a later
    mention writes it without the given name (`von der Leyen` of `Ursula von der Leyen`,
    `de la Cruz` of `Anna de la Cruz`, `Van der Bellen` of `Alexander Van der Bellen`); None
    for a surname with no particle (`Maria Costa`, `Maria das Graças Foster`). The first word
    is a given name even where it is also a particle (`Al Gore`, `Van Morrison`), but before
    another particle, where it is the surname's own capitalised particle (`Van der Berg`, which
    `Jan van der Berg` writes inside a sentence)."""
    last = max((position for position, token in enumerate(run) if token.capitalised and token.text not in NAME_SUFFIXES), default=0)
    first = last
    opening_particles = len(run) > 2 and run[0].text.lower() in NAME_PARTICLES and not run[1].capitalised
    while first > (0 if opening_particles else 1) and run[first - 1].text.lower() in NAME_PARTICLES:
        first -= 1
    if first == last:
        return None
    return " ".join([*(token.text for token in run[first:last]), _POSSESSIVE.sub("", run[last].text)])


def _opens_with_particle(name: str) -> bool:
    """Whether a name is a surname with its particle as a sentence writes it inside (`de la
    Cruz`): no name the detector finds starts with a lower-case word."""
    return name[:1].islower() and name.split(" ", 1)[0] in NAME_PARTICLES


def _particle_forms(name: str) -> tuple[str, str]:
    """A surname with its particle as a sentence writes it inside and at its start: `von
    Papen`, `Von Papen`."""
    return name[0].lower() + name[1:], name[0].upper() + name[1:]


def _longer_than_listed(
    text: str,
    sentence_starts: frozenset[int],
    lang: str,
    rules: NameRules,
    known: set[str],
    kept: Sequence[tuple[int, int]],
    met: frozenset[str],
) -> list[tuple[int, int]]:
    """The names the detector finds that go on after a name of the desk's or one `met` before
    in the article (`Deutsche Bank`, `Euromax Terminals` with `Deutsche` or `Euromax` listed,
    `the Maria Costa Foundation` after `Maria Costa`): the desk lists a name to protect it, not
    to cut a longer one apart, which would change the placeholders of every translated unit,
    and a sentence gets the same units whatever came before it. A sentence in title case
    (`Union Leader Costa Rejects Offer`) joins words that are no name: there the listed name
    stays as it is."""
    names = met.union(rules.names)
    listed = sorted(
        (start, end) for occurring in whole_occurrences(text, names).values() for start, end in occurring
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    )
    if not listed:
        return []
    # What the detector finds on its own, without these names (which would stop it at them).
    detected = [
        span for span in find_protected_spans(
            text, sentence_starts, lang, NameRules(excluded=rules.excluded, roles=rules.roles), known - names, kept
        )
        if span.kind == "name"
    ]
    return [
        (span.start, span.end) for span in detected
        if any(span.start <= start and end < span.end for start, end in listed)
        and not _in_title_case(text, span.start, sentence_starts)
    ]


def _in_title_case(text: str, offset: int, sentence_starts: frozenset[int]) -> bool:
    """Whether the sentence holding `offset` has no lower-case word but function words."""
    start = max((start for start in sentence_starts if start <= offset), default=0)
    end = min((start for start in sentence_starts if start > offset), default=len(text))
    return all(
        match.group().lower() in TITLE_CASE_LOWER
        for match in _WORD.finditer(text, start, end) if match.lastgroup == "lower"
    )


def may_name_alone(word: str, lang: str, rules: NameRules = NameRules()) -> bool:
    """Whether one capitalised word standing alone (a table's cell: `Ajax`, `Siemens`) may be a
    name where what stands around it shows one (a column of teams): no word every language
    translates (a country, a demonym, a month, a party named in ordinary words: `Germany`,
    `Greens`, `Others`), no label of a table's row (`Total`), no word of an institution, a
    group, a role or an answer (`Ministry`, `Officials`, `Coach`, `Yes`), none the desk excludes."""
    match = _WORD.fullmatch(word)
    return (
        match is not None
        and match.lastgroup in ("word", "dotted")
        and word not in translatable_words(lang)
        and word not in rules.excluded
        and word not in NO_NAME_ALONE
        and word not in one_word_answers(primary_language(lang))
        and word.lower() not in SENTENCE_OPENERS
        and word.lower() not in ROLES
        and word.lower() not in rules.roles
    )


def in_title_case(heading: str, lang: str) -> bool:
    """Whether a heading is written in title case, every word after its first capitalised but
    the function words (`EU Backs Von der Leyen Plan`, `Union Leader Costa Rejects Offer`), and
    at least two of them: there capitals are the heading's style, no evidence of a name. Not in
    German, whose capitals are its nouns'."""
    if primary_language(lang) == "de":
        return False
    words = list(_WORD.finditer(heading))[1:]
    lower = [word.group() for word in words if word.lastgroup == "lower"]
    return sum(word.lastgroup == "word" for word in words) >= 2 and all(word.lower() in TITLE_CASE_LOWER for word in lower)


def _abbreviated_name_end(text: str, start: int, end: int) -> int:
    """Where the name at text[start:end] ends when its last word is abbreviated (`Jr.`,
    `Inc.`, `S.A.`): the period is the name's while the sentence goes on (`Acme Inc. fell`),
    and the sentence's where it also ends the sentence (`sold to Acme Inc.`), so that a
    translation ends with its own punctuation and the name reads the same in both."""
    bare = end - 1 if text[end - 1] == "." else end
    if text[bare : bare + 1] != "." or not ends_abbreviated(text[start:bare]):
        return end
    return bare + 1 if _SENTENCE_GOES_ON.match(text, bare + 1) else bare


def _token(match: regex.Match[str]) -> Token:
    start, end = match.span()
    return Token(start, end, match.group(), match.lastgroup != "lower")


def _continues_run(
    text: str, tokens: list[Token], index: int, sentence_starts: frozenset[int], german: bool = False
) -> bool:
    """Whether token index+1 belongs to the same name as token index: in the same sentence
    ("plan B. It is" is no name), separated by one space, and capitalised, or a particle
    followed by a capitalised word; or capitalised on both sides of an ampersand, which joins
    the words of companies' names (`AT&T`, `Marks & Spencer`). In German an article is a particle only after von, van
    or zu (von der Leyen): "die Geduld der Arbeiter" holds no name."""
    current, following = tokens[index], tokens[index + 1]
    gap = text[current.end : following.start]
    if gap in AMPERSANDS and current.capitalised and following.capitalised:
        return True  # `AT&T`, `Procter & Gamble`
    if gap != " " or following.start in sentence_starts:
        return False
    if following.capitalised:
        return True
    if german and following.text in GERMAN_ARTICLES and current.text not in BEFORE_ARTICLE_PARTICLE:
        return False
    return (
        (following.text in NAME_PARTICLES or (current.text == "de" and following.text in PLURAL_ARTICLES_AFTER_DE))
        and index + 2 < len(tokens)
        and (
            tokens[index + 2].capitalised
            or tokens[index + 2].text in NAME_PARTICLES
            or (following.text == "de" and tokens[index + 2].text in PLURAL_ARTICLES_AFTER_DE)
        )
        and text[following.end : tokens[index + 2].start] == " "
    )


def _joined_by_ampersand(text: str, run: Sequence[Token]) -> bool:
    return len(run) > 1 and text[run[0].end : run[1].start] in AMPERSANDS


def _after_opening(text: str, offset: int, sentence_starts: frozenset[int]) -> bool:
    """A capital right after an opening quote or bracket that itself starts a sentence or a quote."""
    opening = _space_starts(text, offset) - 1
    if opening < 0 or text[opening] not in "“„«‹‚‘\"'(":
        return False
    before = _space_starts(text, opening)
    return opening in sentence_starts or before == 0 or text[before - 1] in ":,"


def _grammatical_article(run: list[Token], start: int, german: bool) -> bool:
    """Whether run[start] is an article before a name (`the U.S. Senate`, `la SNCF`), or, but
    in German, whose capitalised article opens names (`Die Partei`, `Die Linke`), before a word
    that describes an institution (`said The Bank`), which makes no name as `The Guardian` is."""
    left = len(run) - start
    return (
        run[start].text in ARTICLES
        and left > 1
        and run[start + 1].capitalised  # `De la Cruz` opens with a particle
        and (left > 2 or _is_acronym(run[start + 1].text) or (not german and run[start + 1].text in INSTITUTION_WORDS))
    )


def _is_or_was(word: str, roles: Collection[str]) -> bool:
    """Whether a lower-case word is one of `roles`, also with the prefix of a former holder
    glued to it (`exalcalde`, `expresidente`; `ex-alcalde` and `ex alcalde` are two words)."""
    return word in roles or (word.startswith("ex") and word[2:] in roles)


def _first_where(run: list[Token], keep: Callable[[int], bool]) -> int:
    """The first position of `run` that `keep` accepts (len(run) when none does): where a
    name starts once the words before it are dropped, found without copying the run for
    each word (a run can be thousands of words long)."""
    return next((position for position in range(len(run)) if keep(position)), len(run))


def _currency_beside_amount(text: str, token: Token) -> bool:
    """Whether the word is a currency's code beside its amount: before its number, spaced or
    joined to it (`SEK 2.5 billion`, `SEK2.5bn`), or after the number and its scale (`2.5
    billion SEK`). Not an acronym alone, which may be an organisation's (`CAD`, `MAD`, `TOP`),
    nor an index's name before its number (`BEL 20`)."""
    if len(token.text) < 3 or token.text in INDEXES_WITH_NUMBERS:
        return False
    if (joined := CODE_JOINED_TO_AMOUNT.match(text, token.start)) is not None and joined.end() == token.end:
        code = joined.group("code")
    elif token.text.isupper() and (
        AMOUNT_AFTER_A_CODE.match(text, token.end) is not None
        or AMOUNT_BEFORE_A_CODE.search(text, max(0, token.start - AMOUNT_BEFORE_A_CODE_WINDOW), token.start) is not None
    ):
        code = token.text
    else:
        return False
    return is_currency_code(code)


def _is_acronym(word: str) -> bool:
    letters = [character for character in word if character.isalpha()]
    return len(letters) >= 2 and all(character.isupper() for character in letters)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_lone_initial(word: str) -> bool:
    return len(word) <= 2


@functools.lru_cache(maxsize=4096)
def _has_organisation_word(name: str) -> bool:
    """Whether a word of the name is one of an organisation's (`Goldman Sachs Group Inc.`)."""
    return any(word.rstrip(".") in ORGANISATION_WORDS for word in name.split(" "))


def _follows_as_a_person(text: str, end: int, deeds: regex.Pattern[str]) -> bool:
    """Whether what follows the word ending at `end` is what follows a person: their
    possessive, who the words after describe, a verb of speech, also after an adverb, or one of
    the `deeds` (WHAT_A_PERSON_DOES)."""
    if POSSESSIVE_AFTER.match(text, end) or WHO_AFTER.match(text, end):
        return True
    after = _space_ends(text, end)
    if after == end:
        return False
    verb_at = adverb.end() if (adverb := ADVERB_BEFORE_SPEECH.match(text, after)) else after
    return SPEECH_AFTER.match(text, verb_at) is not None or deeds.match(text, after) is not None


def _reported_speech(text: str, token: Token) -> bool:
    """A lone capitalised word is a name only when it speaks: `Costa said`, `said Costa`,
    `according to Costa`. Otherwise it may be a place or a common word, which translators
    must be free to translate."""
    before = text[max(0, token.start - SPEECH_WINDOW) : token.start].rstrip().lower()
    after = text[token.end : token.end + SPEECH_WINDOW].lstrip().lower()
    return bool(SPEECH_AFTER.match(after) or SPEECH_BEFORE.search(before))


def attributes_speech(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is who speaks: `Costa told …`, `said coach Sven
    Ekdahl`, `according to Commissioner Jan de Vries` (not `the broadcaster NOS`)."""
    following = _space_ends(text, end)
    after = text[following : following + SPEECH_WINDOW].lower()
    before = _last_words(text, start, 3).lower()
    # Whom someone tells is not who speaks: `“…,” he told ORF`, `Costa told the broadcaster NOS`.
    return bool(SPEECH_AFTER.match(after) or (SPEECH_NEAR.search(before) and not TOLD.search(before)))


def speakers(text: str, names: Sequence[ProtectedSpan]) -> list[str]:
    """Who of `names` (name spans of `text`, in order) speaks, once each: a name that
    attributes speech (see attributes_speech), or the one before it when it is that one's
    affiliation (`Sarah Kim of Columbia University said`, `Tom Lee from Harvard said`)."""
    found: dict[str, None] = {}
    for index, span in enumerate(names):
        if attributes_speech(text, span.start, span.end):
            before = names[index - 1] if index else None
            if before is not None and AFFILIATION.fullmatch(text, before.end, span.start):
                span = before
            found[span.text] = None
        elif SPEAKS_FOR.match(text, span.end):  # `Maria Costa of the union said`
            found[span.text] = None
    return list(found)


# A block may be a whole long article: the helpers below look only near an offset, so that
# the work per name stays the same however long the block is.

def _space_ends(text: str, offset: int) -> int:
    """The first offset from `offset` on that is not white space (len(text) if none)."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _space_starts(text: str, offset: int) -> int:
    """Where the white space that ends right at `offset` begins."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _last_words(text: str, offset: int, count: int) -> str:
    """The last `count` words before `offset`, joined by single spaces."""
    words: list[str] = []
    end = _space_starts(text, offset)
    while end > 0 and len(words) < count:
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        words.append(text[start:end])
        end = _space_starts(text, start)
    return " ".join(reversed(words))


class _Taken:
    """The spans of a block already protected, merged and in order, so that whether a word
    overlaps one is a binary search, not a scan of every name found so far."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # the spans that start before `end`
        return before_end > 0 and self._ends[before_end - 1] > start

    def add(self, start: int, end: int) -> None:
        first = bisect.bisect_right(self._ends, start)  # the first span that ends after `start`
        last = bisect.bisect_left(self._starts, end)
        if first < last:  # it overlaps spans first … last-1: keep their union
            start, end = min(start, self._starts[first]), max(end, self._ends[last - 1])
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]
