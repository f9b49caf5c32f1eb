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
# brackets and Chinese doubles its dash: "鹿特丹——", "東京（AX）—", "東京(AX)—", "東京—". Japanese
# text often has the horizontal bar for its dash ("東京――").
_CJK_PLACE = r"[\p{Han}\p{Hiragana}\p{Katakana}ー・]+"
_CJK_DASH = r"(?:——|――|[—―–－])"
_CJK_CREDITED = rf"({_CJK_PLACE}(?:\s*[/／]\s*{_CJK_PLACE})*)[（(][\p{{L}}.&-]{{1,16}}[）)]\s*{_CJK_DASH}"
# Without the credit, no capital tells a place from the words a sentence opens with before a
# dash, so what it is written with does, as the nouns of teasers do in European languages. A
# place is up to twelve Han characters or katakana: hiragana writes Japanese grammar
# (`問題は——`, `しかし——`), and a Chinese phrase has its function words (`这就是问题——`,
# `我们的答案——`; 的 opens a place's name only, 的黎波里 for Tripoli). Nor does a place end
# as the nouns and connectives openings set apart with a dash do (`问题——`, `結論—`, `然而——`).
_CJK_NAME_CHARACTER = r"[\p{Han}\p{Katakana}ー・]"
_CJK_FUNCTION_WORD = r"[是了这這们們说說我你她在]|(?<=\p{Han})的"
_CJK_TEASER_END = (
    r"问题|問題|答案|结果|結果|结论|結論|原因|理由|真相|焦点|焦點|关键|關鍵|重点|重點|目标|目標|背景|现场|現場"
    r"|速报|速報|快讯|快訊|独家|獨家|独占|特写|專訪|专访|评论|評論|社论|社論|社説|解説|分析|注意|警告|更新|更正|訂正"
    r"|然而|不过|不過|但是|因此|所以|另外|此外|同时|同時|首先|其次|最后|最後|当然|當然|总之|總之|一方|結局|実際"
)
_CJK_NAME = rf"(?!{_CJK_NAME_CHARACTER}*?(?:{_CJK_FUNCTION_WORD})){_CJK_NAME_CHARACTER}{{1,12}}(?<!{_CJK_TEASER_END})"
# A single dash after a place is a range as often: `東京—大阪間`, `北京—上海高铁`, between
# two places and before the word of a route. Chinese doubles the dash of a dateline.
_CJK_RANGE = rf"{_CJK_NAME_CHARACTER}{{1,10}}?(?:之?[間间]|区[間间]|[線线]|便|航[路线]|[鉄铁]道|[铁鐵]路|高[铁鐵]|公路|高速)"
_CJK_UNCREDITED = rf"({_CJK_NAME}(?:\s*[/／]\s*{_CJK_NAME})*)(?:——|――|[—―](?!{_CJK_RANGE}))"
# A branch reset: either way the places are group 1.
_CJK_DATELINE = lazy_compile(rf"(?|{_CJK_CREDITED}|{_CJK_UNCREDITED})\s*(?=\S)")


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
