"""Datelines: `Rotterdam/Brussels – ` opening a paragraph names where the story was filed."""

from __future__ import annotations

import regex

from .lazy_regex import lazy_compile

# Capitalised place names of at most four words each, separated by "/", perhaps with the
# state or country after a comma and the agency's credit in parentheses, then an en dash, an
# em dash or a spaced hyphen: "Rotterdam/Brussels – ", "PARIS — ", "São Paulo - ", "WASHINGTON
# (AP) — ", "KYIV, Ukraine (AP) — ", "LONDON (dpa-AFX) - ". In a script without capitals any letter
# may start one: "東京 – ", "بيروت – ". The sentence after it starts as sentences do (with a
# capital, a digit or a quotation mark): `Taylor Swift - the biggest star - is …` has none.
_WORD = r"[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*"
# A word after the first may open with an elided or an Arabic article: "Val d'Isère", "Sharm
# el-Sheikh", "Deir ez-Zor".
_LATER_WORD = rf"(?:[dl]['’]|(?:al|el|ad|ar|as|ash|at|az|ez|es|ed)-)?{_WORD}"
# Lower-case words joining a place's capitalised ones: "Rio de Janeiro", "Castellón de la
# Plana", "Frankfurt am Main", "Halle an der Saale", "Rothenburg ob der Tauber", "Alphen aan
# den Rijn", "Bergen op Zoom", "Newcastle upon Tyne", "Boulogne sur Mer", "Dar es Salaam".
# Spaced `en`, `in` and `of` open phrases more often than places (`Tensión en Venezuela`,
# `Protests in Paris`, `Bank of England`); the French places are hyphenated (Aix-en-Provence).
_JOINER = (
    r"(?:de|da|do|dos|das|del|della|di|du|des)(?: (?:la|las|los|le|les))?"
    r"|am|im|bei|op|bij|upon|on|sur|es|el|al|(?:an|in|ob|vor) der|aan(?: de[nr]?)?"
)
# A joiner's words are shaped like a phrase of time after a noun in a teaser (`Streik am
# Montag – `, `Drama on Sunday – `) or like an abstract noun's complement (`Kritik an der
# Regierung – `, `Tensión en Venezuela – `, `Pressure on Starmer – `): no place is joined to
# a time, nor has an abstract noun's ending before its joiner.
_TIME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Weekend"
    r"|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Wochenende|Anfang|Ende|Mitte)(?!\p{L})"
)
_ABSTRACT_NOUN_ENDING = r"ung|heit|keit|schaft|ik|tät|ion|ión|ure|ment|nis|ismus|ismo"
# A teaser is a noun and its complement, shaped as a place with its joiner is (`Chaos am
# Flughafen – `, `Krise bei Siemens – `, `Attack on Kyiv – `, `Huelga de Renfe – `), and German
# capitalises the noun as it does a place. The noun tells them apart: it names what happened,
# and no town before a joiner is named so. These are the nouns teasers open with, in German and
# Dutch also ending a compound (`Verkehrschaos`, `Großbrand`, `Treinstaking`).
_TEASER_NOUN = (
    r"chaos|krise|ärger|streik|unfall|alarm|angst|drama|streit|stau|brand|feuer|hochwasser|unwetter|sturm"
    r"|jubel|trauer|wirbel|zoff|eklat|razzia|rekord|protest|schock|frust|sorge|sorgen|rätsel|mord|absturz"
    r"|pleite|ansturm|andrang|engpass|ausfall|einsatz|bruch|abbau|wechsel|machtkampf|wut"
    r"|staking|ophef|onrust|aanslag|ongeluk|paniek"
    r"|attack|attacks|strike|strikes|vote|talks|deal|focus|raid|raids|crackdown|clampdown|spotlight|sanctions"
    r"|tariffs|verdict|ruling|crisis|crise|crisi|grève|colère|alerte|tempête|attaque|visite"
    r"|huelga|caos|muerte|visita|ataque|alerta|greve|sciopero|morte"
)
# Nor is a place's joiner followed by a German noun of an abstract or a port (`Kritik an der
# Regierung`, `Angst vor der Rezession`, `Durchbruch bei Tarifverhandlungen`, `am Flughafen`):
# the joiner of a place names a river, a region or a town (am Main, an der Ruhr, bei Coburg),
# and the towns that end as ports do join theirs with an s (`bei Ludwigshafen`).
_COMMON_NOUN_AFTER_JOINER = (
    r"\p{Lu}\p{Ll}{2,}(?:(?:schaft|ung|heit|keit|tät|[tsg]ion)(?:en)?|ismus|[bdgmt]nis(?:se)?|(?<!s)hafen)(?!\p{L})"
)
_JOINED = (
    rf"(?<!\p{{L}}(?:{_ABSTRACT_NOUN_ENDING}))(?<!(?i:{_TEASER_NOUN})) (?:{_JOINER}) "
    rf"(?!{_TIME}|{_COMMON_NOUN_AFTER_JOINER})"
)
_PLACE = rf"{_WORD}(?:(?:{_JOINED}| ){_LATER_WORD}){{0,3}}"
# A country of two names: "Bosnia and Herzegovina", "Trinidad and Tobago".
_REGION = rf"{_PLACE}(?: (?:and|und|et|y|e) {_PLACE})?"
_DATELINE = lazy_compile(
    rf"({_PLACE}(?:\s*/\s*{_PLACE})*)(?:, {_REGION})?(?: \(\p{{L}}[\p{{L}}.&-]{{0,15}}\))?(?: [–—] | - )(?=[\p{{Lu}}\p{{Lt}}\p{{Lo}}\p{{N}}\"“„«‘'])"
)

# Chinese and Japanese put no space around the dash, write the agency's credit in full-width
# brackets and Chinese doubles its dash: "鹿特丹——", "東京（AX）—", "東京(AX)—". A single dash
# right after a place is a range as often ("東京—大阪間"), so it takes the credit before it.
_CJK_PLACE = r"[\p{Han}\p{Hiragana}\p{Katakana}ー・]+"
_CJK_DATELINE = lazy_compile(
    rf"({_CJK_PLACE}(?:\s*[/／]\s*{_CJK_PLACE})*)(?:——|[（(][\p{{L}}.&-]{{1,16}}[）)]\s*(?:——|[—–－]))\s*(?=\S)"
)


def _found(paragraph: str) -> regex.Match[str] | None:
    return _DATELINE.match(paragraph) or _CJK_DATELINE.match(paragraph)


def dateline_end(paragraph: str) -> int:
    """Where the paragraph's text starts after its dateline (0 when it has none)."""
    found = _found(paragraph)
    return found.end() if found else 0


def dateline_places(paragraph: str) -> tuple[str, ...]:
    """The places of the paragraph's dateline, or () when it has none."""
    found = _found(paragraph)
    return tuple(place.strip() for place in found.group(1).replace("／", "/").split("/")) if found else ()
