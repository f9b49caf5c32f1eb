"""Reader for the plain-text wire layout (documented in docs/wire-layout.md).

```
 date 2024-05-02 Home page economy
title Port strike spreads
id port-strike

Lede paragraph …

Rotterdam/Brussels – Body paragraph with a dateline …

Short subheading without final punctuation

Last paragraph. (mk)
```
"""

from __future__ import annotations

import codecs
import itertools
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import get_args

import regex

from .dateline import dateline_end, dateline_places
from .ids import MAX_ID_LENGTH, LocaleTagError, is_article_id, parse_locale, readable_id
from .lazy_regex import lazy_compile
from .model import Article, Block, InputError, ItemMeta, PubStatus
from .quotes import Quotation, find_quotations
from .segment import SegmentationRules, sentence_spans
from .segment_data import GENERIC, LANGUAGES
from .words import single_spaced

HEADER_KEYS = ("title", "id", "lang", "byline", "slugline", "embargo", "status")
_DATE_LINE = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*\S))?\s*$")
# A date line whose date is written another way (`2026-11-2`, `02.11.2026`): the error says how to write it.
_OTHER_DATE = re.compile(r"date\s+(\d\S*)")
# Only a year first says which number is the month: 02/11/2026 is November or February.
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_HEADER_LINE = re.compile(r"([A-Za-z][\w-]*)(?:\s+(.*\S))?\s*$")
# `(mk)`, `(mk/ab)`, an agency's service joined by a hyphen `(dpa-AFX)`, and in any script:
# `(ав)`, `(ف.ع)`, `（共同）`.
_AUTHOR_CODE = re.compile(r"\s*[(（]((?:[^\W\d_]\.?){1,6}(?:(?:[/,] ?|-)(?:[^\W\d_]\.?){1,6})*)[)）]\s*$")
# Sentence punctuation, also Arabic, Urdu, Devanagari, Chinese and Japanese: ؟ ۔ । 。 ！ ？
_CLOSING_PUNCTUATION = re.compile(r"[.!?…:;\u061F\u06D4\u0964\u3002\uFF01\uFF1F][\"'”’»«“‘›‹」』)）\]]*\s*$")
SUBHEADING_MAX_WORDS = 14
# A list item's line and its marker: `- 300 jobs will be cut`, `* …`, `• …`, `1. First, …`, `2) …`, `a) …`.
_LIST_ITEM = lazy_compile(r"([-*•]|\d{1,3}[.)]|\p{Ll}\))\s+")
# A paragraph opening with a dash or bullet outside a list: a dash-led sentence, a line of dialogue, a lone point.
_DASH_LED = lazy_compile(r"[-–—*•]\s")
# A German club's name opens with its ordinal: `1. FC Köln`, `1. FSV Mainz 05`, `1. FFC Frankfurt`.
_GERMAN_CLUB = re.compile(r"1\.\s+(?:FC|FSV|FFC)\b")
# An agency's credit line: `Reporting by Anna Berg; editing by Tom Weiss`, `(With additional reporting by …)`,
# `Mit Material von dpa`, `Mit Material der dpa`, `Bearbeitet von …`, `Édité par …` (also written
# `Edité par`), `Editado por …`, `Con información de …`, `Übersetzt von …`, `Traduit par …`,
# `Traducido por …`, `Propos recueillis par …`; `Mitarbeit: Anna Berg`, `Rédaction : …`,
# `Redacción: …` naming people (not `Redaktion: die Zeitung im Wandel`, a heading); `Avec AFP`,
# `Avec l'AFP`, `(avec agences)`, `(avec Marie Dupont à Paris)`.
_CREDITED_NAME = r"(?!(?i:der|die|das|ein|eine|le|la|les|l['’]|un|une|el|los|las|una)\b)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*"
_AGENCY = r"(?:\p{Lu}{2,}|Reuters|Bloomberg|Belga|Keystone-ATS)"
_CREDIT_LINE = lazy_compile(
    r"\(?(?i:(?:with )?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|compiling|research|translation|translated)"
    r"(?: and \w+)? by|mit material (?:von|der)|bearbeitet von|übersetzt von|[ée]dité par|editado por|con información de"
    r"|traduit par|traducido por|propos recueillis par)\s"
    rf"|\(?(?i:mitarbeit|redaktion|rédaction|redacción)\s*:\s*{_CREDITED_NAME}(?:$|\s*[,;/)]|\s(?:und|et|y|and)\s)"
    rf"|\(?(?i:avec)\s(?:l['’])?{_AGENCY}(?:(?:,|\set)\s(?:l['’])?{_AGENCY})*\)?$"
    r"|\(?(?i:avec agences)\)?$"
    r"|(?:\((?i:avec)|avec)\s[^()]+\sà\s\p{Lu}"
)

# A comma before a lower-case word that is no conjunction starts a clause (`However, the plan
# failed`), unless it parts the words of a list (`Rising prices, falling wages`).
_COMMA_CLAUSE = lazy_compile(r",\s+(?!(?:and|or|nor|but|und|oder|sowie|aber|et|ou|mais|ni|y|e|o|u|pero)\b)\p{Ll}")
_LIST_SEPARATOR = lazy_compile(r",|\s(?:and|or|nor|und|oder|sowie|et|ou|ni|y|e|o|u|&)\s")
# What only a clause has: a subject pronoun (in any case) or a finite verb (written in lower
# case, so that German nouns, English title case and `Plan A` are none); not after `l'`, `d'`
# (`dans l'est du pays`) nor in a compound (`Nord-Est`, `have-nots`), and for English not after
# an article (`The will of the people`). Spanish also says the past and the future by an ending.
_SUBJECT_PRONOUNS = {
    "en": r"he|she|they|we",
    "de": r"er|sie|wir|ich",
    "fr": r"il|elle|ils|elles|je|nous|on",
    "es": r"él|ella|ellos|ellas|yo|nosotros|nosotras",
}
_FINITE_VERBS = {
    "en": r"is|are|was|were|has|have|had|would|could|should|did|does|goes|says|said|told|\p{Ll}+n['’]t"
          r"|went|came|gave|took|began|ran|grew|drew|flew|threw|wrote|chose|knew|sank|withdrew|became"
          r"|(?<!\b(?i:the|a|an|one|his|her|its|their|our|your|my|this)\s)(?:will|must|fell|rose|spoke)",
    "de": r"ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|sei|seien|wäre|wären"
          r"|hätte|hätten|würde|würden|kann|können|konnte|konnten|soll|sollen|sollte|sollten|muss|müssen|musste|mussten"
          r"|will|wollen|wollte|wollten|darf|dürfen|durfte|sagte|erklärte|betonte"
          r"|fiel|stieg|sank|fand|kam|gab|ging|lag|blieb|nahm|sah|traf|hielt|zog|schlug|sprach|stand|rief|verlor|gewann|begann"
          r"|trat|fuhr|flog|brach|bot|lief|ließ|starb|warf|schrieb|wies",
    "fr": r"est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|seraient|fut"
          r"|va|vont|doit|doivent|peut|peuvent|pourrait|devrait|se|ne|[sn]['’](?=\p{L})|\p{Ll}+(?<!f)ront|\p{Ll}+raient",
    "es": r"(?i:es|son|era|eran|fue|fueron|ha|han|había|habían|será|serán|sería"
          r"|está|están|estaba|estuvo|puede|pueden|debe|deben|va|van|dijo|se)|(?:^\p{Lu}|\p{Ll})\p{Ll}+(?:ó|rá|rán|aron|eron)",
}
_CLAUSE_WORDS = {
    language: lazy_compile(rf"(?<![-\w])(?<!\b[lLdD]['’])(?:(?P<pronoun>(?i:{_SUBJECT_PRONOUNS[language]}))|{verbs})(?![-\w])")
    for language, verbs in _FINITE_VERBS.items()
}
# A clause inside a noun phrase (`The man who would be king`, `Ein Jahr, das alles
# veränderte`, `L'accord qui a tout changé`) or a subordinate clause standing alone (`Als er
# noch jung war`, `Cuando era joven`) heads what follows: it has a subject and a verb, but no
# main clause. German puts the clause's verb last.
_RELATIVE_PRONOUN = {
    "en": r"who|that|which|whom|whose|where",
    "de": r"der|die|das|dem|den|deren|dessen|welche[rsmn]?",
    "fr": r"qui|que|qu['’]|dont|où",
    "es": r"que|quien|quienes|donde",
}
_SUBORDINATOR = {
    "en": r"when|while|before|after|until|since|because|although|if",
    "de": r"als|wenn|weil|während|nachdem|bevor|seit|seitdem|obwohl|dass|damit",
    "fr": r"quand|lorsque|lorsqu['’]|si|comme|parce que",
    "es": r"cuando|mientras|aunque|si|porque",
}
_ARTICLES = {
    "en": {"the", "a", "an"},
    "de": {"der", "die", "das", "ein", "eine"},
    "fr": {"le", "la", "les", "l'", "l’", "un", "une", "des"},
    "es": {"el", "la", "los", "las", "un", "una"},
}
# A noun phrase an English clause follows without a relative pronoun: `Everything he has`, `The day she won`.
_BARE_RELATIVE_HEAD = lazy_compile(r"(?i:everything|all|nothing|something|the\s\p{Ll}+|a\s\p{Ll}+)")
# A verb no list holds, known by where it stands. In English, French and Spanish it follows the
# subject (a determiner and one word, or a name) and takes an object: a determiner and its word
# (`The government denies the allegations`, `Le gouvernement dément les accusations`, `El
# Gobierno niega las acusaciones`), an object pronoun or a count (`employs 4,000 people`). After
# its noun a heading has a preposition, an adverb or (in French and Spanish) an adjective, which
# a determiner does not follow, unless it opens a phrase of time or a date (`Un match décisif le
# 12 mai`) or a superlative (`Le joueur français le plus titré`). An English verb ends in -s or
# -ed (`Two goals a game` has none), and a determiner's noun followed by another word may be the
# subject of a clause the heading's noun opens (`The hard choices the minister faces`); a year
# or a share after a noun describes it (`The crisis years 2008 to 2012`, `Rail fares 5 percent
# higher`). German puts the verb second, after a first part that opens with a determiner (`Die
# Regierung weist die Vorwürfe zurück`, `Trotz des Regens kamen Tausende`); a heading puts an
# adverb there, before its adjective or participle (`Die Lage weiter angespannt`), or ends (`Eine
# Stadt trauert`).
_COUNT = r"(?!(?:1[5-9]|20)\d\d(?![\d.,]))\d[\d.,\u00a0\u202f ]*(?!\s*(?:%|percent|per cent|pour cent|por ciento))"
_DETERMINERS = {
    "en": "the|his|its|their|our|my|your",
    "fr": "le|la|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces",
    "es": "el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas",
}
_TIME_WORDS = {
    "en": "day|week|month|year|morning|afternoon|evening|night|weekend|next|last|same|following|whole",
    "fr": "jour|semaine|mois|an|année|matin|soir|soirée|nuit|week-end|lendemain|veille"
          "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|plus|moins",
    "es": "día|semana|mes|año|mañana|tarde|noche|fin|lunes|martes|miércoles|jueves|viernes|sábado|domingo",
}
_FUNCTION_WORDS = {
    "en": "the|a|an|this|that|these|those|his|her|its|their|our|my|your|both|each|every|no|all|some"
          "|of|in|on|at|for|from|to|with|by|about|against|after|before|under|over|between|into|through|without"
          "|since|until|during|across|near|despite|amid|as|than|and|or|but|nor|who|which|whom|whose|where|when|why|how|what"
          "|plus|minus|versus|towards|besides|always|perhaps|sometimes|thus|less|unless|is|was|has",
    "fr": "le|la|les|un|une|des|du|de|d|l|son|sa|ses|leur|leurs|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|vos"
          "|à|au|aux|en|dans|par|pour|sur|sous|avec|sans|contre|entre|vers|chez|après|avant|depuis|pendant|selon|malgré"
          "|devant|derrière|près|dès|jusqu|et|ou|mais|ni|car|donc|comme|que|qui|dont|où|face|lors"
          "|toujours|encore|déjà|aussi|bientôt|enfin|plus|moins|très|trop|bien|mal|ensemble|là|ici|hier|demain|pas|jamais|même",
    "es": "el|la|lo|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas"
          "|a|al|de|del|en|con|por|para|sin|sobre|bajo|contra|entre|hacia|hasta|desde|durante|según|tras|ante"
          "|y|e|o|u|ni|pero|que|quien|donde|como|siempre|todavía|aún|ya|también|más|menos|muy|bien|mal|hoy|ayer|mañana"
          "|otra|otro|nunca|tampoco|solo|sólo|aquí|allí",
}


def _verb_and_object(language: str) -> regex.Pattern[str]:
    """The subject, verb and object that open a clause of `language` (English, French, Spanish)."""
    function = rf"(?i:{_FUNCTION_WORDS[language]})(?![\p{{L}}'’-])"
    word = rf"(?!{function})\p{{L}}[\p{{L}}\d'’-]*"
    name = rf"(?!{function})\p{{Lu}}[\p{{L}}\d'’.-]*"
    determiner = rf"(?i:{_DETERMINERS[language]})\s+(?!(?i:{_TIME_WORDS[language]})(?![\p{{L}}'’-])|\d)"
    if language == "en":
        subject = rf"(?i:{_DETERMINERS[language]}|a|an|both|each|every|no)\s+{word}"
        verb = rf"(?!{function})\p{{Ll}}[\p{{Ll}}-]*(?:s|ed)(?:\s+(?:off|up|out|down|back|away))?"
        objects = rf"{determiner}[\p{{L}}\d'’-]+(?:$|\s+(?:{function}|\d))|(?:him|them|us|me|each\sother|one\sanother)(?![\p{{L}}'’-])"
    else:
        subject = rf"(?i:(?:{_DETERMINERS[language]})\s+|l['’]){word}"
        verb = rf"(?!{function})\p{{Ll}}[\p{{Ll}}-]*"
        objects = rf"{determiner}\p{{L}}" + (r"|l['’]\p{L}" if language == "fr" else "")
    return lazy_compile(rf"(?:{subject}|{name}(?:\s+{name})?)\s+{verb}\s+(?:{objects}|{_COUNT})")


_GERMAN_DETERMINER = (r"der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|kein|keine|beide|alle|viele|einige|mehrere"
                      r"|sein|seine|ihr|ihre|unser|unsere|dieser|diese|dieses")
_GERMAN_PREPOSITION = r"trotz|nach|vor|seit|während|wegen|mit|bei|in|an|auf|aus|für|gegen|ohne|um|über|unter|zwischen|neben|hinter|von|zu|bis|durch|laut"
# Words after a German noun that end like a verb (`-t`, `-te`, `-en`) and are none.
_GERMAN_NO_VERB = (rf"(?i:{_GERMAN_DETERMINER}|{_GERMAN_PREPOSITION}|und|oder|aber|sowie|als|wie|heute|gestern|morgen|jetzt|nicht"
                   r"|erst|zuerst|vorerst|zunächst|zuletzt|längst|meist|fast|selbst|sonst|erneut|zusammen|oben|unten|offen)(?!\p{L})")
_GERMAN_PARTICIPLE = r"(?:\p{Ll}*ge|be|ver|er|ent|zer)\p{Ll}+(?:t|en)|\p{Ll}+iert"
_VERB_BY_ITS_PLACE = {
    "en": _verb_and_object("en"),
    "fr": _verb_and_object("fr"),
    "es": _verb_and_object("es"),
    "de": lazy_compile(
        rf"(?i:(?:{_GERMAN_PREPOSITION})\s+(?:{_GERMAN_DETERMINER})|im|am|beim|zum|zur|vom|ins|ans|aufs|{_GERMAN_DETERMINER})"
        rf"\s+(?:\p{{Ll}}\S*\s+)*\p{{Lu}}[\p{{L}}-]*\s+(?!{_GERMAN_NO_VERB})\p{{Ll}}+(?:t|te|ten|en)\s+(?!(?:{_GERMAN_PARTICIPLE})$)\S"
    ),
}
# A heading may ask a question without its question mark (`Why it matters`, `Wer zahlt`,
# `Ce que l'on sait`, `Lo que sabemos`), also after its number or a label (`Q&A: what …`).
_QUESTION_OPENER = {
    language: lazy_compile(rf"(?:\d{{1,3}}[.)]\s+)?(?:[^:]*:\s+)?(?i:{words})\b")
    for language, words in {
        "en": "what|why|how|who|whom|whose|where|when|which|whether",
        "de": "was|warum|wie|wer|wem|wen|wessen|wo|woher|wohin|worum|wofür|wozu|wann|welche[rsmn]?|weshalb|wieso",
        "fr": "ce que|ce qui|ce qu['’]|comment|pourquoi|qui|quand|où|que|qu['’]|quel|quelle|quels|quelles|combien",
        "es": "qué|cómo|por qué|quién|quiénes|dónde|cuándo|cuánto|cuánta|cuántos|cuántas|cuál|cuáles|lo que|los que|las que",
    }.items()
}


def _hyphens_join_codes(code: str) -> bool:
    """Whether the words a hyphen joins in an author code are codes (`dpa-AFX`, `共同-時事`):
    each of two letters or more in one case, one of them in capitals or in a script without
    case; not words in brackets ending a story (`Nord-Süd`, `X-ray`, `anti-war`)."""
    for piece in re.split(r"[/,] ?", code):
        if "-" not in piece:
            continue
        parts = piece.split("-")
        if not all(len(part) > 1 and (part.islower() or part.isupper() or part.lower() == part.upper()) for part in parts):
            return False
        if all(part.islower() for part in parts):
            return False
    return True


def read_wire(
    path: Path, data: bytes | None = None, *, default_lang: str = "en", segmentation: SegmentationRules | None = None
) -> Article:
    """Parse one wire-text article. Raises InputError naming the file and line on bad input.

    `segmentation` finds the lede's first sentence, the headline when there is no title."""
    shown = str(path)
    raw = Path(path).read_bytes() if data is None else data
    text = _decode(shown, raw).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")

    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        raise InputError(shown, None, "the file is empty", "an article starts with a line `date YYYY-MM-DD Section`")
    date_match = _DATE_LINE.match(lines[index].strip())
    if not date_match and (other := _OTHER_DATE.match(lines[index].strip())):
        raise InputError(shown, index + 1, f"bad date {other.group(1)!r}: write YYYY-MM-DD{_as_iso(other.group(1))}")
    if not date_match:
        raise InputError(
            shown, index + 1, f"expected the date line, found {lines[index].strip()[:60]!r}",
            "the first line of an article is `date YYYY-MM-DD Section words`",
        )
    try:
        date = dt.date.fromisoformat(date_match.group(1))
    except ValueError:
        raise InputError(shown, index + 1, f"{date_match.group(1)} is not a calendar date", "write it as YYYY-MM-DD") from None
    section = single_spaced(date_match.group(2) or "")
    if not section:
        raise InputError(shown, index + 1, "the date line names no section", "e.g. `date 2024-05-02 Home page economy`")

    headers: dict[str, tuple[str, int]] = {}
    index += 1
    while index < len(lines) and lines[index].strip():
        header = _HEADER_LINE.match(lines[index].strip())
        key = header.group(1).lower() if header else ""
        if key not in HEADER_KEYS:
            raise InputError(
                shown, index + 1, f"unknown header line {lines[index].strip()[:60]!r}",
                f"header keys are {', '.join(HEADER_KEYS)}; leave a blank line before the first paragraph",
            )
        if key in headers:
            raise InputError(shown, index + 1, f"header {key!r} given twice")
        value = single_spaced(header.group(2)) if header and header.group(2) else None
        if not value:
            raise InputError(shown, index + 1, f"header {key!r} has no value")
        headers[key] = (value, index + 1)
        index += 1

    paragraphs, markers = text_paragraphs(lines, index)
    if not paragraphs:
        # Where the body belongs: the line after the header, or the header's last line, ending the file.
        last_line = len(lines) - 1 if lines[-1] == "" else len(lines)
        raise InputError(shown, min(index + 1, last_line), "the article has no body", "paragraphs follow the header after a blank line")

    author = None
    last_text, last_line, last_wraps = paragraphs[-1]
    code = _AUTHOR_CODE.search(last_text)
    if code and _hyphens_join_codes(code.group(1)):
        author = code.group(1)
        remaining = last_text[: code.start()].rstrip()
        paragraphs[-1:] = [(remaining, last_line, last_wraps)] if remaining else []
        if not paragraphs:
            raise InputError(shown, last_line, "the article has no body besides the author code")

    lang = default_lang
    if "lang" in headers:
        value, line = headers["lang"]
        try:
            parse_locale(value)
        except LocaleTagError as error:
            raise InputError(shown, line, error.problem, error.hint) from None
        lang = value

    article_id = _article_id(shown, headers)
    lede = Block("lede", *paragraphs[0])
    # A lede that opens with a dateline is the story's first paragraph (as agencies write it),
    # not a teaser: it stays in the body too, and the headline it gives has no dateline.
    # Only the story's opening is filed from somewhere: a place opening a later paragraph
    # (`Brussels – Ministers meet again on Monday.`) is news, not where the story was written.
    dateline = dateline_places(lede.text) or (
        dateline_places(paragraphs[1][0]) if len(paragraphs) > 1 and paragraphs[1][1] not in markers else ()
    )
    if "title" in headers:
        headline = Block("headline", *headers["title"])
    else:
        opening = dateline_end(lede.text)
        start, end = (opening + offset for offset in sentence_spans(lede.text[opening:], lang, rules=segmentation)[0])
        headline = Block("headline", lede.text[start:end], lede.line_at(start), tuple(wrap - start for wrap in lede.wraps if start < wrap < end))

    blocks = [headline, lede]
    language = parse_locale(lang).language
    for text, line, wraps in paragraphs[1:]:
        if line in markers:
            blocks.append(Block("paragraph", text, line, wraps, marker=markers[line]))
        else:
            blocks.append(Block("subheading" if _is_subheading(text, language) else "paragraph", text, line, wraps))
    if "byline" in headers:
        blocks.append(Block("byline", *headers["byline"]))

    return Article(
        id=article_id,
        source_lang=lang,
        date=date,
        section=section,
        blocks=tuple(blocks),
        source_path=shown,
        author=author,
        dateline=dateline,
        lede_in_body=bool(dateline_places(lede.text)),
        meta=ItemMeta(
            slugline=headers["slugline"][0] if "slugline" in headers else None,
            embargoed=_embargo(shown, *headers["embargo"]) if "embargo" in headers else None,
            pub_status=_status(shown, *headers["status"]) if "status" in headers else "usable",
            pub_status_stated="status" in headers,
        ),
    )


def _as_iso(written: str) -> str:
    """` (2026-11-02)` for a date written `2026-11-2` or `2026/11/02`; "" when it is none."""
    found = _YEAR_FIRST.fullmatch(written)
    if not found:
        return ""
    year, month, day = found.groups()
    try:
        return f" ({dt.date(int(year), int(month), int(day)).isoformat()})"
    except ValueError:
        return ""


def _status(shown: str, value: str, line: int) -> PubStatus:
    """The story's publication status: `withheld` holds it back, `canceled` withdraws it."""
    if value not in get_args(PubStatus):
        raise InputError(shown, line, f"status {value!r} is not usable, withheld or canceled",
                         "`status canceled` withdraws the story from every partner, `status withheld` holds it back")
    return value  # type: ignore[return-value]


def _embargo(shown: str, value: str, line: int) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise InputError(shown, line, f"embargo {value!r} is not a date and time with a zone",
                         "e.g. `embargo 2024-05-03T06:00Z` or `embargo 2024-05-03T08:00+02:00`")
    return moment


def _decode(shown: str, raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(
            shown, line, f"not UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})",
            "save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
        ) from None


def text_paragraphs(lines: list[str], start: int) -> tuple[list[tuple[str, int, tuple[int, ...]]], dict[int, str]]:
    """Blank-line separated paragraphs, hard-wrapped lines joined by one space, with their
    first line number and the offsets where their later lines begin; and the marker of each
    list item, by its first line. Each list item (after a line ending in `:`, or after another
    item) is a paragraph of its own, up to the next item or blank line, without its marker:
    joined, the items of a list would read as one run-on sentence. One item alone is a list
    only on the line right after the colon's (`The plan has one condition:` then `- The union
    must agree`): a paragraph of its own opening with a dash may be a dash-led sentence or a
    line of dialogue, and one opening with `1. ` is a German ordinal (`Der Trainer sagte:
    1. FC Union Berlin ist der nächste Gegner.`, `Die Tabelle:` then `1. Bayern München
    gewann`). A German club (`1. FC`, `1. FSV`, `1. FFC`) opens no item at all."""
    candidates, candidate_markers = _split_paragraphs(lines, start, lambda number, line: not _GERMAN_CLUB.match(line))
    listed: set[int] = set()
    for is_item, run in itertools.groupby(candidates, key=lambda paragraph: paragraph[1] in candidate_markers):
        items = [line for _, line, _ in run]
        if is_item and (len(items) > 1 or _list_of_one(lines, items[0], candidate_markers[items[0]])):
            listed.update(items)
    return _split_paragraphs(lines, start, lambda number, line: number in listed)


def _list_of_one(lines: list[str], number: int, marker: str) -> bool:
    """Whether an item alone, opening line `number` with `marker`, is a list: it follows its
    colon on the next line and is not numbered with a full stop, as an ordinal is."""
    return number > 1 and lines[number - 2].rstrip().endswith(":") and not marker.endswith(".")


def _split_paragraphs(
    lines: list[str], start: int, may_open_item: Callable[[int, str], bool]
) -> tuple[list[tuple[str, int, tuple[int, ...]]], dict[int, str]]:
    """`text_paragraphs`, where a line opens a list item only if `may_open_item(its number, its text)`."""
    paragraphs: list[tuple[str, int, tuple[int, ...]]] = []
    markers: dict[int, str] = {}
    current: list[str] = []
    first_line = 0
    in_list = False  # the paragraph being read is a list item
    invited = False  # the paragraph before ended in `:` or was an item: an item may follow
    for number, line in enumerate(lines[start:] + [""], start=start + 1):
        stripped = single_spaced(line.strip())  # wire copy has no preformatted blocks
        opens = bool(_LIST_ITEM.match(stripped)) and may_open_item(number, stripped)
        # A line opening with `- ` or `1. ` inside a paragraph may be where a wrapped sentence's
        # dash or a German ordinal (`1. FC Köln`) fell: it starts an item only in a list.
        opens_item = bool(current) and opens and (current[-1].endswith(":") or in_list)
        if current and (not stripped or opens_item):
            text = " ".join(current)
            wraps = tuple(itertools.accumulate(len(part) + 1 for part in current[:-1]))
            if in_list:
                marker = _LIST_ITEM.match(text)
                assert marker is not None  # the item's first line opens with it
                markers[first_line] = marker.group(1)
                text, wraps = text[marker.end() :], tuple(wrap - marker.end() for wrap in wraps)
            paragraphs.append((text, first_line, wraps))
            invited = current[-1].endswith(":") or in_list
            current = []
        if stripped:
            if not current:
                first_line = number
                in_list = opens and invited
            current.append(stripped)
    return paragraphs, markers


def _is_subheading(text: str, language: str) -> bool:
    # Quoted speech (`“We will fight on”`, `She added: “I will be back”`), an agency's credit
    # line, a pointer to a web page (`Read more at https://…`) or a sentence whose full stop
    # was dropped may lack a final period too; none heads what follows. A heading may end in a
    # quoted term or quoted words after a colon (`Inside the ‘Iron Lady’`, `Strike: ‘We are tired’`).
    # A heading never opens with a dash or bullet: such a paragraph is a sentence or a point made.
    if len(text.split()) > SUBHEADING_MAX_WORDS or _CLOSING_PUNCTUATION.search(text) or "://" in text or "www." in text:
        return False
    if _DASH_LED.match(text):
        return False
    quotations = find_quotations(text)
    return (
        not any(quotation.end == len(text) and _quoted_speech(text, quotation.start) for quotation in quotations)
        and not _CREDIT_LINE.match(text)
        and not _reads_as_sentence(_without_quotations(text, quotations), language)
    )


def _reads_as_sentence(text: str, language: str) -> bool:
    """Whether a short paragraph without closing punctuation is a sentence, not a label: it
    joins a clause with a comma (`Asked about her plans, she said she would rest`), or has a
    subject pronoun or a finite verb of its language (`he`, `was`, `would`; `sie`, `hat`;
    `elle`, `a`; `dijo`, `se`). A heading that asks a question (`What we know`, `Who is
    affected`, `Ce que l'on sait`) has them too."""
    if language in _CLAUSE_WORDS and _clause_in_noun_phrase(text, language):
        return False
    if _joins_clause(text, language):
        return True
    clause_words = _CLAUSE_WORDS.get(language)
    if clause_words is None or _QUESTION_OPENER[language].match(text):
        return False
    return bool(clause_words.search(text)) or bool(_VERB_BY_ITS_PLACE[language].match(text))


def _clause_in_noun_phrase(text: str, language: str) -> bool:
    """Whether every subject and finite verb of a short paragraph is in a clause that opens
    after a noun phrase without a clause of its own (`The man who would be king`, `Everything
    he has`, `Ein Jahr, das alles veränderte`) or opens the paragraph with a subordinating
    conjunction (`Als er noch jung war`, `Cuando era joven`), and that no main clause follows:
    in German its verbs come last; elsewhere they open it (`who was` in `The man who was
    arrested has died` opens a clause `has died` follows), and a comma ends it."""
    clause_words = _CLAUSE_WORDS[language]
    relative, subordinator = _RELATIVE_PRONOUN[language], _SUBORDINATOR[language]
    if language == "de":
        found = regex.fullmatch(rf"(?:(?P<head>[^,]+),\s+(?i:{relative})|(?i:{subordinator}))\s(?P<clause>[^,]+)", text)
    else:
        found = regex.fullmatch(
            rf"(?:(?P<head>[^,]+?)\s(?:(?P<pronoun>{relative})\s|(?=(?i:{_SUBJECT_PRONOUNS[language]})\s))|(?i:{subordinator})\s)"
            r"(?P<clause>[^,]+)",
            text,
        )
    if found is None or (found["head"] and clause_words.search(found["head"])):
        return False
    clause = found["clause"]
    words = list(clause_words.finditer(clause))
    if language == "de":
        return all(word["pronoun"] or word.end() == len(clause) for word in words)
    if found["head"] and found["pronoun"] is None and not _BARE_RELATIVE_HEAD.fullmatch(found["head"]):
        return False
    opening = len(" ".join(clause.split()[:2]))
    # After a relative pronoun, its verb: `that was`, not `that prices were` (what a report shows).
    first_is_verb = not found["head"] or found["pronoun"] is None or (
        bool(words) and words[0].start() == 0 and not words[0]["pronoun"])
    return first_is_verb and all(word.end() <= opening for word in words)


def _joins_clause(text: str, language: str) -> bool:
    """Whether a comma before a lower-case word joins a clause (`However, the plan failed`):
    it parts no list of one or two words each (`Jobs, wages and pensions`, `Rising prices,
    falling wages`), and sets off nothing said of a name (`Costa, the woman behind the strike`)."""
    comma = _COMMA_CLAUSE.search(text)
    if comma is None or all(len(item.split()) <= 2 for item in _LIST_SEPARATOR.split(text)):
        return False
    if _phrases_without_clause(text[: comma.start()].split(), text[comma.start() + 1 :].split(), language):
        return False
    before = text[: comma.start()].split()
    return not before or not all(word[:1].isupper() for word in before) or before[0] in LANGUAGES.get(language, GENERIC).sentence_starters


def _phrases_without_clause(before: list[str], after: list[str], language: str) -> bool:
    """Whether a comma parts two phrases, neither with a subject or a finite verb: of one
    build (`Made in China, sold in Europe`), or the second a noun and its article (`Un an
    après, la colère`)."""
    clause_words = _CLAUSE_WORDS.get(language)
    if clause_words is None or "," in " ".join(after) or clause_words.search(" ".join(before + after)):
        return False
    alike = len(before) == len(after) and any(
        ours == theirs and ours.islower() for ours, theirs in zip(before[1:], after[1:]))
    return alike or (len(after) == 2 and after[0].lower() in _ARTICLES[language])


def _without_quotations(text: str, quotations: list[Quotation]) -> str:
    """`text` with what it quotes blanked out: quoted words are not the paragraph's own clause."""
    for quotation in quotations:
        if quotation.depth == 0:
            text = text[: quotation.start] + " " * (quotation.end - quotation.start) + text[quotation.end :]
    return text


def _quoted_speech(text: str, start: int) -> bool:
    """Whether a quotation ending the paragraph at `start` is someone's words: the whole
    paragraph, or after a verb of saying and its colon or comma (`She added:`, `er sagte,`)."""
    before = text[:start].rstrip()
    last_word = before[:-1].split()[-1:] if before.endswith((":", ",")) else []
    return start == 0 or (bool(last_word) and last_word[0][:1].islower())


def _article_id(shown: str, headers: dict[str, tuple[str, int]]) -> str:
    if "id" in headers:
        value, line = headers["id"]
        article_id, left_out = readable_id(value)
        # Made into a name it would be safe, but a path where a name belongs is a mistake or an attack: said, not mended.
        if value.startswith(("/", "\\")) or ".." in regex.split(r"[/\\]", value):
            raise InputError(shown, line, f"the id {value!r} is a path",
                             f"an id names the article's files inside the workspace, e.g. `id {article_id or 'beijing-talks'}`")
        if not article_id:
            raise InputError(shown, line, f"the id {value!r} has no ASCII letters or digits",
                             "ids are lower-case ASCII letters, digits and hyphens, e.g. `id beijing-talks`")
        if left_out:  # an id without them could be another story's
            raise InputError(shown, line, f"the id {value!r} has letters with no ASCII spelling ({left_out})",
                             f"ids are ASCII letters, digits and hyphens: spell them in Latin letters, or leave them out: `id {article_id}`")
        if len(value) > MAX_ID_LENGTH:  # cut to length, two long ids could name one article
            raise InputError(shown, line, f"the id is longer than {MAX_ID_LENGTH} characters",
                             "give the article a shorter `id` header")
    else:
        article_id, left_out = readable_id(Path(shown).stem)
        if not article_id:
            raise InputError(shown, 1, "cannot derive an article id from the file name", "add a header line `id some-name`")
        if left_out:
            raise InputError(shown, 1, f"the file name has letters with no ASCII spelling ({left_out}) for the article id",
                             f"add a header line `id {article_id}`, or with them spelt in Latin letters")
    if not is_article_id(article_id):
        raise InputError(shown, headers["id"][1] if "id" in headers else 1, f"the article id {article_id!r} is reserved",
                         "give the article another `id` header")
    return article_id
