"""Datelines: `Rotterdam/Brussels – ` opening a paragraph names where the story was filed."""

from __future__ import annotations

import functools

import regex
from babel import Locale

from .lazy_regex import lazy_compile
from .places import NO_TERRITORY

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
# brackets and Chinese doubles its dash: "鹿特丹（AX）——", "東京（AX）—", "東京(AX)—". Japanese
# text often has the horizontal bar for its dash ("東京（AX）――").
_CJK_PLACE = r"[\p{Han}\p{Hiragana}\p{Katakana}ー・]+"
_CJK_DASH = r"(?:——|――|[—―–－])"
_CJK_CREDITED = lazy_compile(
    rf"({_CJK_PLACE}(?:\s*[/／]\s*{_CJK_PLACE})*)[（(][\p{{L}}.&-]{{1,16}}[）)]\s*{_CJK_DASH}\s*(?=\S)"
)
# Without the credit, nothing in how a word is written tells a place from the other words a
# sentence opens with before a dash: a name (`华为——`, `习近平——`, `トヨタ—`), a title
# (`总理——`, `首相—`), a topic (`经济——`, `中欧班列——`, `問題は——`). So a place there is
# one CLDR names in Chinese or Japanese, or a major city it names none for (_territories, _cities).
# Chinese doubles a dateline's dash: its single dash (连接号) links two places or names
# (`中国—东盟博览会`, `北京—上海航班`). Japanese writes a dateline with either, so a single
# dash is a dateline's only before a Japanese sentence (one with hiragana), and not before
# what it links there too: a route (`東京—大阪間`, and so `東京—新幹線が…`), a name in Latin
# letters (`日本—ASEAN首脳会議`) or another place (`日本—ロシア首脳会談`, _uncredited_cjk).
_CJK_NAME = r"[\p{Han}\p{Katakana}ー・]{1,12}"
_CJK_ROUTE = r"[\p{Han}\p{Katakana}ー・]{1,10}?(?:之?[間间]|区[間间]|[線线]|便|航[路线]|[鉄铁]道|[铁鐵]路|高[铁鐵]|公路|高速)"
_CJK_UNCREDITED = lazy_compile(
    rf"({_CJK_NAME}(?:\s*[/／]\s*{_CJK_NAME})*)(?:——|――|([—―])(?=[^。！？]*\p{{Hiragana}})(?!{_CJK_ROUTE}|\p{{Latin}}))\s*(?=\S)"
)
# Major cities CLDR names no time zone after, in simplified and traditional Chinese and in
# Japanese: China's, Japan's and Korea's largest, Washington, New Delhi, Mumbai, Geneva, and
# the ports and the financial centre wire stories are filed from (Rotterdam, Hamburg,
# Frankfurt). 汉堡 (Hamburg) is left out: it is the word for a hamburger too.
_MAJOR_CITIES = frozenset({
    "北京", "华盛顿", "華盛頓", "ワシントン", "大阪", "京都", "名古屋", "横浜", "横滨", "福岡",
    "广州", "廣州", "広州", "深圳", "天津", "重庆", "重慶", "南京", "武汉", "武漢", "杭州", "成都", "西安",
    "釜山", "高雄", "新德里", "ニューデリー", "孟买", "孟買", "ムンバイ", "日内瓦", "日內瓦", "ジュネーブ",
    "鹿特丹", "ロッテルダム", "ハンブルク", "法兰克福", "法蘭克福", "フランクフルト",
})
# Simplified and traditional Chinese (Hong Kong's too) and Japanese.
_CLDR_TAGS = ("zh", "zh_Hant", "zh_Hant_HK", "ja")


@functools.cache
def _territories() -> frozenset[str]:
    """The names of countries and territories in Chinese (simplified and traditional) and
    Japanese, as CLDR has them: not of blocs (欧盟, 联合国) nor of regions of the world (亚洲, 中亚)."""
    return frozenset(
        name for tag in _CLDR_TAGS for code, name in Locale.parse(tag).territories.items()
        if len(code) == 2 and code not in NO_TERRITORY
    )


@functools.cache
def _cities() -> frozenset[str]:
    """The cities of time zones in Chinese and Japanese, as CLDR has them, and the major cities
    it has none for. Not Antarctica's stations, which share their names with an era (昭和) and
    with people (凱西)."""
    return _MAJOR_CITIES | frozenset(
        zone["city"] for tag in _CLDR_TAGS for key, zone in Locale.parse(tag).time_zones.items()
        if "city" in zone and not key.startswith(("Etc/", "Antarctica/"))
    )


def _uncredited_cjk(paragraph: str) -> regex.Match[str] | None:
    """A Chinese or Japanese dateline without the agency's credit: known places only, and a
    single dash not linking one to another."""
    found = _CJK_UNCREDITED.match(paragraph)
    if not found:
        return None
    territories, cities = _territories(), _cities()
    places = [place.strip() for place in found.group(1).replace("／", "/").split("/")]
    if not all(place in territories or place in cities for place in places):
        return None
    after = paragraph[found.end(2):] if found.group(2) else ""
    linked = {name for length in range(1, 13) if (name := after[:length]) in territories or name in cities}
    # `日本—ロシア首脳会談`, `東京—大阪`: a pair of places. A city's dateline before a country's
    # name is none: the sentence opens with the country's body (`東京—日本銀行は…`, `ソウル—韓国政府は…`).
    opens_with_a_country = all(place in cities and place not in territories for place in places) and all(
        name in territories and name not in cities for name in linked)
    return None if linked and not opens_with_a_country else found


def _found(paragraph: str) -> regex.Match[str] | None:
    return _DATELINE.match(paragraph) or _CJK_CREDITED.match(paragraph) or _uncredited_cjk(paragraph)


def dateline_end(paragraph: str) -> int:
    """Where the paragraph's text starts after its dateline (0 when it has none)."""
    found = _found(paragraph)
    return found.end() if found else 0


def dateline_places(paragraph: str) -> tuple[str, ...]:
    """The places of the paragraph's dateline, or () when it has none."""
    found = _found(paragraph)
    return tuple(place.strip() for place in found.group(1).replace("／", "/").split("/")) if found else ()
