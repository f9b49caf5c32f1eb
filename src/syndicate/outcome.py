"""The outcome of a decision: a translation that says a court acquitted where its source says
it convicted (`The court acquitted him.` → `Das Gericht verurteilte ihn.`), or that a
parliament rejected what its source says it approved, publishes the opposite of the news with
every name and number right, and a verdict reversed is libel.

Each side is read with word lists of its language, English, German, French, Spanish, Italian,
Dutch, Portuguese, Russian, Polish, Ukrainian, Swedish, Czech, Greek, Romanian and Indonesian,
for two kinds of outcome: a verdict (an acquittal or a conviction) and a decision (an approval
or a rejection). There are more ways to say an outcome
than any list holds, and words of one have other senses (`verurteilen` and `осудил` also
condemn, `angenommen` is also assumed, `оправдал ожидания` met expectations), so only a clear
case is reported, as a warning: the source says one outcome of a kind and nothing of the other,
the translation the other one and nothing of the first. Reading a side:

* a plea (`pleaded not guilty`, `se declaró culpable`, `признал себя виновным`, `nie przyznał
  się do winy`) is no verdict, and is not read;
* an outcome reversed (`overturned his conviction`, `hob das Urteil auf`, `annulé`, `отменил
  приговор`, `uchylił wyrok`) may be translated as the outcome it comes to (`sprach ihn frei`):
  a side that reverses one says nothing of its kind;
* an outcome negated in its clause (`was not convicted`, `wurde nicht verurteilt`, `n'a pas
  approuvé`, `failed to approve`) leaves its kind unread; one that is negative in its own words
  (`not guilty`, `nicht schuldig`) is the outcome those words say;
* German and Dutch verbs are read with their separable particle at the end of their clause:
  `sprach … frei` acquits, `lehnte … ab` rejects, `stimmte … zu` approves.

check.py runs `reversed_outcome` with the warnings of `syndicate check`; build does not, as a
list of words cannot be sure enough to keep a story from partners.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import regex
from babel import Locale

from .issues import Issue
from .placeholders import prose_of
from .words import CLAUSE_BREAK, NEGATIONS

Kind = Literal["verdict", "decision"]
Outcome = Literal["acquittal", "conviction", "approval", "rejection"]
_KINDS: Mapping[Kind, tuple[Outcome, Outcome]] = {"verdict": ("acquittal", "conviction"), "decision": ("approval", "rejection")}
_ARTICLES: Mapping[Outcome, str] = {"acquittal": "an", "conviction": "a", "approval": "an", "rejection": "a"}

# A separable verb's particle ends its clause: `lehnte den Antrag ab.`, `stimmte dem Plan zu,`.
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)\"“”»«]|$))"
# The words between a separable verb and its particle: its clause, commas included (`lehnte den
# Antrag, den die Opposition stellte, ab`), but no negation, which makes another outcome.
_WITHIN_CLAUSE = r"(?:(?!\b(?:nicht|niet|geen|kein\w*)\b)[^.;:!?]){0,80}?"


def _separable(stem: str, particle: str) -> str:
    return rf"{stem}\b{_WITHIN_CLAUSE}\b{particle}{_CLAUSE_END}"


@dataclass(frozen=True)
class _Lexicon:
    """One language's words of outcomes, each a pattern over the text in any case."""

    said: Mapping[Outcome, str]
    pleas: str  # not read: no verdict
    reversals: str  # an outcome reversed: its kind is not read


_LEXICONS: Mapping[str, _Lexicon] = {
    "en": _Lexicon(
        said={
            "acquittal": r"acquit(?:s|ted|ting|tal|tals)?|not guilty"
                         r"|exonerat(?:e|es|ed|ing|ion)|cleared (?:\w+ )?of (?:all )?(?:charges?|wrongdoing)",
            "conviction": r"convict(?:s|ed|ing|ion|ions)?|(?:found|declared|pronounced) (?:\w+ )?guilty|guilty verdicts?"
                          r"|sentenc(?:ed|ing) (?:\w+ )?to",
            "approval": r"approv(?:e|es|ed|ing|al)|ratif(?:y|ies|ied|ying|ication)|green light|green-lit"
                        r"|voted (?:through|in favou?r)|(?:passed|adopted) (?:a |an |the )?(?:\w+ )?(?:bill|law|legislation|resolution|motion|budget|measure|reform|treaty)s?",
            "rejection": r"reject(?:s|ed|ing|ion)?|vot(?:e|es|ed|ing) (?:down|against)|voted (?:\w+ )?down|veto(?:es|ed|ing)?"
                         r"|turned down|threw out|thrown out",
        },
        pleas=r"plead(?:s|ed|ing)? (?:not )?guilty|pled (?:not )?guilty|(?:not )?guilty pleas?|plea of (?:not )?guilty",
        reversals=r"overturn\w*|quash\w*|revers(?:e|es|ed|ing|al)|annul\w*|set aside|vacat(?:e|es|ed|ing)|struck down|strike down",
    ),
    "de": _Lexicon(
        said={
            "acquittal": r"freigesprochen|freisprach(?:en)?|freispricht|freizusprechen|Freispruch|Freisprüchen?|nicht schuldig"
                         rf"|{_separable('(?:sprach|sprachen|spricht)', 'frei')}",
            "conviction": r"verurteil\w*|schuldig gesprochen|für schuldig|schuldig befunden|Schuldspruch\w*"
                          rf"|{_separable('(?:sprach|sprachen|spricht)', 'schuldig')}",
            "approval": r"billigt(?:e|en)?|gebilligt|Billigung|genehmig\w*|verabschiede\w*|verabschiedet|ratifizier\w*"
                        r"|zugestimmt|zuzustimmen|Zustimmung|grünes Licht|angenommen|abgesegnet|durchgewunken"
                        rf"|{_separable('(?:stimmte|stimmten|stimmt)', 'zu')}",
            "rejection": r"abgelehnt|ablehn\w*|Ablehnung|zurückgewiesen|verworfen|verwarf(?:en)?|Veto|gekippt|niedergestimmt"
                         rf"|{_separable('(?:lehnte|lehnten|lehnt)', 'ab')}|{_separable('(?:wies|wiesen|weist)', 'zurück')}",
        },
        pleas=r"(?:bekannte|bekannten|bekennt|bekennen) sich\b[^.;:!?]{0,30}?\bschuldig|plädiert\w*\b[^.;:!?]{0,30}?\bschuldig"
              r"|Schuldbekenntnis|Schuldeingeständnis",
        reversals=r"aufgehoben|aufzuheben|Aufhebung|kassiert\w*|annulliert\w*|für nichtig"
                  rf"|{_separable('(?:hob|hoben|hebt)', 'auf')}",
    ),
    "fr": _Lexicon(
        said={
            "acquittal": r"acquitt\w*|relaxée?s?|relaxe|non coupables?|innocentée?s?",
            "conviction": r"condamn\w*|(?:reconnue?s?|jugée?s?|déclarée?s?) coupables?",
            "approval": r"approuv\w*|approbation|adopt\w*|ratifi\w*|feu vert|entérin\w*",
            "rejection": r"rejet\w*|rejett\w*|refus\w*|veto|retoqu\w*",
        },
        pleas=r"plaid\w* (?:non )?coupable",
        reversals=r"annul\w*|infirm\w*|cassation|a cassé|ont cassé",
    ),
    "es": _Lexicon(
        said={
            "acquittal": r"absuel\w*|absolv\w*|absolución|exculpad\w*|no culpables?",
            "conviction": r"conden\w*|(?:declarad|hallad|encontrad)[oa]s? culpables?|sentenciad\w*",
            "approval": r"aprob\w*|aprueb\w*|ratific\w*|luz verde|aval(?:ó|aron|ado|ada|ados|adas)",
            "rejection": r"rechaz\w*|tumb(?:ó|aron)|vet(?:ó|aron|ado|ada)|veto",
        },
        pleas=r"se declar\w* (?:no )?culpables?|se (?:confesó|confiesa) culpables?",
        reversals=r"anul\w*|revoc\w*|casó|casación",
    ),
    "it": _Lexicon(
        said={
            "acquittal": r"assol\w*|prosciol\w*|non colpevoli?",
            "conviction": r"condann\w*|(?:riconosciut|dichiarat|giudicat)[oaie] colpevoli?",
            "approval": r"approv\w*|ratific\w*|via libera|disco verde",
            "rejection": r"respin\w*|bocci(?:ato|ata|ati|ate|ò|ano|atura)|veto",
        },
        pleas=r"si (?:è |sono )?dichiarat[oaie] (?:non )?colpevoli?|patteggi\w*",
        reversals=r"annull\w*|ribalt\w*|cassazione",
    ),
    "pt": _Lexicon(
        said={
            "acquittal": r"absolv\w*|absolvição|inocentad\w*|não culpad[oa]s?",
            "conviction": r"conden\w*|(?:considerad|declarad|julgad)[oa]s? culpad[oa]s?|sentenciad\w*",
            "approval": r"aprov\w*|ratific\w*|luz verde|sinal verde",
            "rejection": r"rejeit\w*|chumb(?:ou|aram|ado|ada|ados|adas)|vet(?:ou|aram|ado|ada)|veto",
        },
        pleas=r"declarou-se (?:não |in)?culpad[oa]|declararam-se (?:não |in)?culpad[oa]s",
        reversals=r"anul\w*|revog\w*",
    ),
    "nl": _Lexicon(
        said={
            "acquittal": r"vrijgesproken|vrijspraak|vrijspraken|niet schuldig|vrij te spreken"
                         rf"|{_separable('(?:sprak|spraken|spreekt)', 'vrij')}",
            "conviction": r"veroordeel\w*|veroordeling\w*|schuldig bevonden|schuldig verklaard",
            "approval": r"goedgekeurd|goedkeuring|goed te keuren|aangenomen|ingestemd|instemming|geratificeerd|ratificatie|groen licht"
                        rf"|{_separable('(?:keurde|keurden|keurt)', 'goed')}",
            "rejection": r"afgewezen|afwijzing|verworpen|verwerp\w*|verwierp\w*|weggestemd|veto"
                         rf"|{_separable('(?:wees|wezen|wijst)', 'af')}|stemde(?:n)? tegen",
        },
        pleas=r"pleit\w* (?:on)?schuldig|bekende schuld",
        reversals=r"vernietig\w*|herroep\w*|ongedaan gemaakt",
    ),
    "uk": _Lexicon(
        said={
            "acquittal": r"виправда(?:в|ла|ло|ли|ний|на|ні|ного|ному)(?! (?:\w+ )?(?:сподіван|очікуван|довір|прогноз|себе))"
                         r"|виправдувальн\w*|визна\w* (?:\w+ )?не ?винн\w*",
            "conviction": r"засуди(?:в|ла|ло|ли|ть)|засуджен\w*|визна\w* (?:\w+ )?винн\w*|обвинувальн\w* вирок\w*"
                          r"|засудж\w* до",
            "approval": r"схвали\w*|схвален\w*|ухвали\w*|ухвален\w*|затверди(?:в|ла|ло|ли|ть)|затверджен\w*|ратифікува\w*"
                        r"|ратифікаці\w*|зелене світло|проголосува\w* за",
            "rejection": r"відхили(?:в|ла|ло|ли|ть)|відхилен(?:|а|о|і)|відкину(?:в|ла|ли|то)|(?:наклав|наклала|наклали) вето"
                         r"|ветува\w*|проголосува\w* проти|провали(?:в|ла|ли)",
        },
        pleas=r"(?:не )?визна\w* (?:свою )?провин[уи]|(?:не )?визна\w* себе (?:не ?)?винн\w*",
        reversals=r"скасува\w*|скасуван\w*|анулюва\w*",
    ),
    "sv": _Lexicon(
        said={
            "acquittal": r"frikän(?:de|d|da|des|ns|ner|t)|friande dom\w*|inte skyldig",
            "conviction": r"döm(?:d|da|des|de|s|er|t)(?! (?:att misslyckas|ut))|fäll(?:d|da|des|de|s|er)|fällande dom\w*"
                          r"|befunnen skyldig|befanns skyldig",
            "approval": r"godkän(?:de|des|ner|ns|t|d|da)|godkännande\w*|anta(?:gen|git|gits|gs)|antog(?:s)?|klubba(?:de|des|t|ts)"
                        r"|ratificera\w*|grönt ljus|röstade (?:ja|för)",
            "rejection": r"avslog|avslag\w*|avslagits|avvisa(?:de|des|t|ts)|förkasta(?:de|des|t|ts)|röstade (?:nej|emot)"
                         r"|lade (?:in )?veto|veto",
        },
        pleas=r"erkän\w* sig skyldig|nekade till (?:brott|anklagelser\w*)|erkände brott\w*",
        reversals=r"upphäv\w*|ogiltigförklara\w*|undanröj\w*",
    ),
    "ru": _Lexicon(
        said={
            "acquittal": r"оправда(?:л|ла|ло|ли|н|на|ны)(?! (?:\w+ )?(?:ожидани|надежд|довери|прогноз|себя))|оправдательн\w*"
                         r"|призна\w* (?:\w+ )?не ?виновн\w*",
            "conviction": r"осуди(?:л|ла|ло|ли|т|ть)|осужд[её]н\w*|призна\w* (?:\w+ )?виновн\w*|обвинительн\w* приговор\w*"
                          r"|приговори\w* (?:\w+ )?к|приговор[её]н\w* к",
            "approval": r"одобри\w*|одобрен\w*|утверди(?:л|ла|ло|ли|т|ть)|утвержд[её]н\w*|ратифицир\w*|ратификаци\w*"
                        r"|зел[её]ный свет|проголосова\w* за"
                        r"|при(?:нял|няла|няли|мет|мут|нимает|нимают) (?:\w+ ){0,3}?(?:закон|законопроект|бюджет|резолюци|поправк|реформ)\w*"
                        r"|(?:закон|законопроект|бюджет|резолюци|поправк|реформ)\w* (?:был\w* )?принят\w*",
            "rejection": r"отклони(?:л|ла|ло|ли|т|ть)|отклон[её]н(?:|а|о|ы)|отверг(?:ла|ло|ли|нут|нута|нуты|ает|ают)?"
                         r"|(?:наложи|накладыва)\w* вето|ветирова\w*|проголосова\w* против|провали(?:л|ла|ли)",
        },
        pleas=r"(?:не )?призна\w* (?:свою )?вин[уы]|(?:не )?призна\w* себя (?:не ?)?виновн\w*|признани\w* вины",
        reversals=r"отмени\w*|отмен[аеуы]|отмен[её]н\w*|аннулир\w*",
    ),
    "pl": _Lexicon(
        said={
            "acquittal": r"uniewinni\w*|uzna\w* (?:\w+ )?za niewinn\w*"
                         r"|(?:oczyści\w* (?:\w+ )?|oczyszczon\w* )z (?:wszystkich )?zarzutów",
            # skazany na porażkę is doomed to fail
            "conviction": r"skaza\w*(?! na (?:porażkę|niepowodzenie|klęskę|zagładę|zapomnienie))|uzna\w* (?:\w+ )?za winn\w*",
            "approval": r"zatwierdzi\w*|zatwierdz\w*|zaakceptowa\w*|uchwali\w*|uchwalon\w*|ratyfikow\w*|ratyfikacj\w*"
                        r"|zielone światło|głosowa\w* za"
                        r"|przyj(?:ął|ęła|ęło|ęli|ęły|mie|mą|muje|mują) (?:\w+ ){0,2}?(?:ustaw|projekt|budżet|rezolucj|poprawk|reform|uchwał|traktat)\w*"
                        r"|(?:ustaw|projekt|budżet|rezolucj|poprawk|reform|uchwał|traktat)\w* (?:został\w* )?przyjęt\w*",
            "rejection": r"odrzuc\w*|zawetowa\w*|weto|głosowa\w* przeciw\w*",
        },
        pleas=r"(?:nie )?przyzna\w* się do (?:\w+ ){0,3}?(?:winy|zarzut\w*|zarzucan\w*)|przyznani\w* się do winy",
        reversals=r"uchyl\w*|unieważni\w*",
    ),
    # A verb negated by its prefix (neschválil, nezamítl) is another word, not read.
    "cs": _Lexicon(
        said={
            "acquittal": r"zprostil\w*|zproštěn\w*|osvobo(?:dil|dila|dili|zen|zena|zeni) (?:\w+ ){0,3}?(?:obžalob|viny|obvinění)\w*"
                         r"|osvobozující\w*|uzna\w* (?:\w+ )?nevinn\w*",
            "conviction": r"odsoudil\w*|odsouzen\w*|uzna\w* (?:\w+ )?vinn\w*|shledal\w* (?:\w+ )?vinn\w*|odsuzující\w*",
            "approval": r"schválil\w*|schválen\w*|schválení|odsouhlasil\w*|odsouhlasen\w*|ratifikoval\w*|zelen\w* (?:světlo|luč)",
            "rejection": r"zamítl\w*|zamítnut\w*|zamítnutí|odmítl\w*|odmítnut\w*|vetoval\w*|veto|hlasoval\w* proti",
        },
        pleas=r"(?:při|do)znal\w* (?:se )?(?:k )?vin\w*|prohlásil\w* (?:se )?za (?:ne)?vinn\w*",
        reversals=r"zrušil\w*|zrušen\w*|zrušení",
    ),
    "el": _Lexicon(
        said={
            "acquittal": r"αθώ(?:ωσε|ωσαν|ωση|ωσης|ος|οι|α|ωθεί|ώθηκε|ώθηκαν)|αθωωτικ\w*|απαλλά(?:χθηκε|χθηκαν|ξε|ξαν)",
            "conviction": r"καταδίκ\w*|καταδικ\w*|ένοχ(?:ος|η|οι|ες|ο)|κρίθηκε ένοχ\w*",
            "approval": r"ενέκρινε|ενέκριναν|εγκρίθηκε|εγκρίθηκαν|έγκριση|εγκρίν\w*|υπερψήφισ\w*|επικύρωσ\w*|πράσινο φως",
            "rejection": r"απέρριψε|απέρριψαν|απορρίφθηκε|απορρίφθηκαν|απόρριψη|απορρίπτ\w*|καταψήφισ\w*|βέτο",
        },
        pleas=r"ομολόγησε (?:την )?ενοχή|δήλωσε (?:αθώος|ένοχος)",
        reversals=r"ακύρωσε|ακύρωσαν|ακυρώθηκε|ακυρώθηκαν|ακύρωση|αναίρεση",
    ),
    "ro": _Lexicon(
        said={
            "acquittal": r"achit(?:at|ată|ați|ate|ă|are|ării)|nevinovat\w*",
            "conviction": r"condamn\w*|găsit\w* vinovat\w*|declarat\w* vinovat\w*",
            "approval": r"aprob(?:at|ată|ați|ate|ă|are|ării|ă)|adopt(?:at|ată|ate|ă)|ratific\w*|undă verde|votat\w* pentru",
            "rejection": r"respin(?:s|să|și|se|ge|gere|gerii)|veto|votat\w* împotriv\w*",
        },
        pleas=r"(?:a )?pledat (?:ne)?vinovat\w*|și-a recunoscut vina|recunoaștere\w* vinovăției",
        reversals=r"anul(?:at|ată|ate|ează|are)|casat\w*|casare",
    ),
    # A verb may take its object as -nya (memvonisnya, convicted him).
    "id": _Lexicon(
        said={
            "acquittal": r"membebaskan(?:nya)?|dibebaskan|vonis bebas|putusan bebas|tidak bersalah",
            "conviction": r"memvonis(?:nya)?|divonis|menghukum(?:nya)?|dihukum|dinyatakan bersalah|menyatakan (?:\w+ )?bersalah",
            "approval": r"menyetujui(?:nya)?|disetujui|persetujuan|mengesahkan(?:nya)?|disahkan|pengesahan|meratifikasi(?:nya)?"
                        r"|diratifikasi|lampu hijau",
            "rejection": r"menolak(?:nya)?|ditolak|penolakan|memveto(?:nya)?|diveto|veto",
        },
        pleas=r"mengaku (?:tidak )?bersalah|pengakuan bersalah",
        reversals=r"membatalkan|dibatalkan|pembatalan|menganulir|dianulir",
    ),
}


# Beside the words that negate (words.NEGATIONS): English verbs that negate the one after them.
_NEGATING_PHRASES: Mapping[str, tuple[str, ...]] = {"en": (r"fail(?:s|ed|ing)? to", r"refus(?:e|es|ed|ing) to")}


@dataclass(frozen=True)
class _Patterns:
    said: Mapping[Outcome, regex.Pattern[str]]
    cue: regex.Pattern[str]  # any word of any outcome: a text without one is not read
    pleas: regex.Pattern[str]
    reversals: regex.Pattern[str]
    negation: regex.Pattern[str]


def _words(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


@functools.cache
def _patterns(language: str) -> _Patterns:
    lexicon = _LEXICONS[language]
    flags = regex.IGNORECASE | regex.VERSION1
    return _Patterns(
        said={outcome: regex.compile(_words(pattern), flags) for outcome, pattern in lexicon.said.items()},
        cue=regex.compile(_words("|".join(lexicon.said.values())), flags),
        pleas=regex.compile(_words(lexicon.pleas), flags),
        reversals=regex.compile(_words(lexicon.reversals), flags),
        negation=regex.compile(_words("|".join([*map(regex.escape, NEGATIONS[language].split()), *_NEGATING_PHRASES.get(language, ())])),
                               flags),
    )




def reversed_outcome(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """An outcome the translation turns round: the source says an acquittal (a conviction, an
    approval, a rejection) and nothing of the opposite, the translation only the opposite.
    Between two of the languages with word lists, and two different ones."""
    if source.language == target.language or source.language not in _LEXICONS or target.language not in _LEXICONS:
        return []
    said = _outcomes(msgid, source.language)
    if not said:
        return []
    translated = _outcomes(msgstr, target.language)
    issues = []
    for kind, (outcome, words) in said.items():
        if (other := translated.get(kind)) is not None and other[0] != outcome:
            issues.append(Issue("outcome", f"the source says {_ARTICLES[outcome]} {outcome} (“{words}”), the translation only "
                                           f"{_ARTICLES[other[0]]} {other[0]} (“{other[1]}”): check the outcome"))
    return issues


@functools.lru_cache(maxsize=1024)
def _outcomes(text: str, language: str) -> dict[Kind, tuple[Outcome, str]]:
    """Of each kind `text` says one outcome of, that outcome and the first words saying it.
    Kept: check reads a msgid once per locale, one locale after the other."""
    patterns = _patterns(language)
    prose = prose_of(text)
    if patterns.cue.search(prose) is None:
        return {}  # most sentences: decided with one search
    if patterns.reversals.search(prose):
        return {}
    prose = patterns.pleas.sub(lambda match: " " * len(match.group()), prose)
    found: dict[Kind, tuple[Outcome, str]] = {}
    breaks = [match.start() for match in CLAUSE_BREAK.finditer(prose)]  # once: a text may be long, and hostile
    for kind, outcomes in _KINDS.items():
        said: dict[Outcome, str] = {}
        negated = False
        for outcome in outcomes:
            for match in patterns.said[outcome].finditer(prose):
                negated = negated or _negated(prose, breaks, match.start(), match.end(), patterns.negation)
                said.setdefault(outcome, _shown(match.group()))
            # Words of both (`not guilty verdict` beside `guilty verdict`) are read as the first's.
            prose = patterns.said[outcome].sub(lambda match: " " * len(match.group()), prose)
        if len(said) == 1 and not negated:
            [(outcome, words)] = said.items()
            found[kind] = (outcome, words)
    return found


def _shown(words: str) -> str:
    """Words as a message quotes them: a separable verb's clause as the verb and its particle."""
    parts = words.split()
    return f"{parts[0]} … {parts[-1]}" if len(parts) > 3 else words


def _negated(text: str, breaks: list[int], start: int, end: int, negation: regex.Pattern[str]) -> bool:
    """Whether the clause around text[start:end] negates it: a negation anywhere in the clause
    but in the words themselves (`not guilty` says an acquittal). `breaks`: where the text's
    clause breaks are, in order."""
    before = bisect.bisect_left(breaks, start)
    clause_start = breaks[before - 1] + 1 if before else 0
    after = bisect.bisect_left(breaks, end)
    clause_end = breaks[after] if after < len(breaks) else len(text)
    return negation.search(text, clause_start, start) is not None or negation.search(text, end, clause_end) is not None
