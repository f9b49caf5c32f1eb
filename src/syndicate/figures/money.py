"""Currencies and cents: an amount moved to another currency (`changed_currencies`), and one in
cents or pence made the currency itself (`cents_made_whole`), read from the amounts of a text
with their currency's sign, code or name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import DIGIT_RUN, digit_runs, numbers_in_place
from .scales import SCALE_CHARACTERS, scale_after

# Currencies as news in the languages the checks know write them: a sign, an ISO code, or the
# name in its forms (a family of currencies for a dollar, which several countries have). The
# yen's sign is also the yuan's.
_CURRENCIES: Final[Mapping[str, str]] = {
    "dollar": r"(?<!R)\$|(?<!\p{L})(?:USD|CAD|AUD|HKD|SGD|NZD|TWD)(?!\p{L})|(?<!\p{L})(?:dollars?|dólar(?:es)?|dollar[oi]|доллар\p{L}*|долл\.|долар\p{L}*|dolar\p{L}*)(?!\p{L})"
              r"|(?i:Dollar)|دولار\p{L}*|(?<!\p{L})[בלו]?דולר\p{L}*|ドル|美元|港元|港币|加元|澳元|新台币|달러"
              r"|(?<!\p{L})(?i:δολάρι\p{L}*|δολαρ\p{L}*|dollari\p{L}*|dollár\p{L}*|đô\s+la)(?!\p{L})|دلار|डॉलर",
    "euro": r"€|(?<!\p{L})EUR(?!\p{L})|(?<!\p{L})(?i:euros?|евро|євро|avro\p{L}*)(?!\p{L})|(?<!\p{L})[בלו]?אירו(?!\p{L})|يورو|ユーロ|欧元|유로"
            # Greek, Czech (2 mld. eur), Finnish (euroa, eurolla), Hungarian (eurót), Persian, Hindi: not Europe, európai.
            r"|(?<!\p{L})(?i:ευρώ|eur(?:a|em|ech|ům|y)?|euro(?:a|n|lla|lle|ssa|sta|on|ja|jen|issa|illa)|euró(?:t|val|ban|ra|s)?)(?!\p{L})"
            r"|یورو|यूरो",
    "pound": r"£|(?<!\p{L})GBP(?!\p{L})|(?<!\p{L})(?:pounds?|Pfund|livres?|libras?|sterlin[ae]|фунт\p{L}*|funt\p{L}*)(?!\p{L})|جنيه\p{L}*|ポンド|英镑"
             r"|파운드|(?<!\p{L})(?i:λίρ\p{L}*|λιρ\p{L}*|libr(?:a|y|u|ou|ami|ách)|liber|pun(?:ta|taa|nan|nalla|tia)|bảng\s+Anh"
             r"|lire\s+sterline|liră\s+sterlină|font(?:ot|tal|ban|nyi|ért)|font\s+sterling)(?!\p{L})|پوند|पाउंड|पौंड",
    # 엔 and 위안 after an amount only: 엔진 (an engine), 위안 (comfort) are no money.
    "yen": r"¥|(?<!\p{L})JPY(?!\p{L})|(?<!\p{L})(?i:yens?|иен\p{L}*|йен\p{L}*|jen(?:y|ów|ach)?)(?!\p{L})|(?<!\p{L})ين(?!\p{L})|日本円|(?<=[\p{Nd}万億千百十])円|日元"
           r"|(?<=[\p{Nd}천만억조] ?)엔",
    # 元 and 円 after a number only: 公元 (AD), 单元 (unit), 円形 (a circle) are no money.
    "yuan": r"¥|(?<!\p{L})(?:CNY|RMB)(?!\p{L})|(?<!\p{L})(?i:yuan(?:es)?|юан\p{L}*|juan\p{L}*|renminbi)(?!\p{L})|يوان|人民元|人民币"
            r"|(?<=[\p{Nd}万亿億千百十])元|(?<=[\p{Nd}천만억조] ?)위안",
    # The Nordic crowns by their codes and plurals (a crown alone is also a king's), the shekel.
    "krona": r"(?<!\p{L})(?:SEK|NOK|DKK|ISK)(?!\p{L})|(?<!\p{L})(?i:kronor|kroner|kronen|крон|кроны|кронах|кронами)(?!\p{L})|크로나",
    "shekel": r"₪|(?<!\p{L})(?:ILS|NIS)(?!\p{L})|(?<!\p{L})(?i:shekels?|шекел\p{L}*)(?!\p{L})|(?<!\p{L})[בלו]?(?:שקל\p{L}*|ש\"ח)",
    # The Brazilian real by its sign and its plural: `real` alone is a word (valor real, Real Madrid).
    "real": r"R\$|(?<!\p{L})BRL(?!\p{L})|(?<!\p{L})(?i:reais|реал(?:ов|а|ы)?)(?!\p{L})",
    "franc": r"(?<!\p{L})CHF(?!\p{L})|(?<!\p{L})(?i:Franken|francs?|francos|franchi|frank(?:i|ów|ach)|франк(?:ов|ів|и|а|ах|ам|ами|ом|у)?)(?!\p{L})",
}
_CURRENCY = lazy_compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _CURRENCIES.items()))
_CURRENCY_OF = {name: lazy_compile(pattern) for name, pattern in _CURRENCIES.items()}
# What every source naming a currency holds, found fast: a sign, a code, or a name's beginning
# (in the languages news is translated from most; another source names its signs and codes).
# Two patterns: the signs and codes are found by their characters as they are, far faster than
# the names, whose every letter may be a capital.
_CURRENCY_HINT = lazy_compile(r"[$€£¥₪]|USD|EUR|GBP|JPY|CNY|CHF|RMB|CAD|AUD|HKD|BRL|SEK|NOK|DKK|ILS|NIS")
_CURRENCY_NAME_HINT = lazy_compile(r"d(?:ollar|ólar)|euro|p(?:ound|fund)|li(?:vre|bra)|y(?:en|uan)|fran(?:c|ken)|reais|kron|shekel", regex.IGNORECASE)


def _currencies_named(text: str) -> dict[str, str]:
    """The currencies `text` names, each with its first mention as written."""
    named: dict[str, str] = {}
    for match in _CURRENCY.finditer(prose_of(text)):
        for name, mention in match.groupdict().items():
            if mention is not None:
                named.setdefault(name, mention)
                if mention == "¥":  # the yen's sign and the yuan's
                    named.setdefault("yuan" if name == "yen" else "yen", mention)
    return named


def changed_currencies(msgid: str, msgstr: str) -> list[Issue]:
    """An amount moved to another currency (`$4m` → `4 Mio. Pfund`, `€3.5 million` → `US$ 3,5
    milhões`, `numbers`): the currencies both sides name have none in common, or an amount
    of the source is in another currency than the source's beside one that kept it (`€950
    million from €1.1 billion` → `950 milioni di euro da 1,1 miliardi di sterline`). A
    currency dropped by rephrasing is no change the words can tell."""
    in_source = _source_currencies(msgid)
    if not in_source:
        return []  # most sentences: no amount of money
    prose = prose_of(msgstr)
    if any(_CURRENCY_OF[name].search(prose) for name in in_source):
        return _amounts_in_another_currency(msgid, prose)  # the source's currency is there: the common case
    in_target = _currencies_named(msgstr)
    if not in_target or in_source.keys() & in_target.keys():
        return []
    return [Issue("numbers", f"the currency: {', '.join(in_source.values())} in the source, {', '.join(in_target.values())} in the translation")]


# A hundredth of a currency after its number, as the review's languages name it: 85 cents, 85
# pence, 85 Cent, 85 Rappen, 85 centimes, 85 céntimos, 85 centavos, 85 centesimi, 85 центов, 85
# копеек, 85セント, 85美分, 85便士, 85센트.
_CENTS_AFTER = lazy_compile(
    r"[\s\u00a0\u202f-]?(?:cents?|pence|Rappen|centimes?|c[ée]ntimos?|centavos?|centesim[io]|цент\p{L}*|копе\p{L}*|пенс\p{L}*"
    r"|セント|ペンス|[美欧歐]分|便士|센트|펜스)(?!\p{L})",
    regex.IGNORECASE,
)
_CENTS_HINT = re.compile(r"(?i:cent|pence|rappen|цент|копе|пенс)|セント|ペンス|分|便士|센트|펜스")


def _source_cents(msgid: str, source: Locale) -> dict[Decimal, str]:
    """The amounts the source gives in cents or pence, each with its words as written."""
    if not _CENTS_HINT.search(msgid):
        return {}  # most sentences: no cents
    prose = prose_of(msgid)
    return {value: prose[match.start() : after.end()] for value, match in numbers_in_place(prose, source)
            if (after := _CENTS_AFTER.match(prose, match.end())) is not None}


def cents_in_the_currency(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[tuple[Decimal, Decimal]]:
    """Each amount of the source in cents the translation gives in the currency (`85 cents` →
    `0,85 Dollar`): the source's number and the translation's."""
    if not (in_cents := _source_cents(msgid, source)):
        return []
    return [(value * 100, value) for amount in _amounts(prose_of(msgstr)) for value in amount.values if value * 100 in in_cents]


def cents_made_whole(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """An amount the source gives in cents or pence that the translation gives in the currency
    itself, with the same number (`85 cents a share` → `85 dólares por acción`, `numbers`): a
    hundred times as much. Not where the source also gives that number in the currency."""
    if not (in_cents := _source_cents(msgid, source)):
        return []
    prose = prose_of(msgstr)
    kept = {value for value, match in numbers_in_place(prose, target) if _CENTS_AFTER.match(prose, match.end())}
    whole = {value for amount in _source_amounts(msgid) for value in amount.values}
    return [
        Issue("numbers", f"the source's {in_cents[value]} are {amount.number} {amount.mention} in the translation, a hundred times as much")
        for amount in _amounts(prose) for value in sorted(amount.values)
        if value in in_cents and value not in kept and value not in whole
    ]


# The number of an amount, from its currency's sign or code before it (`€1.1`, `US$ 3,5`, `USD
# 950`) or its currency after it and up to two words, a scale and `of` (`1,1 miliardi di
# sterline`, `3,5 millions d’euros`, `4 Mio. US-Dollar`, `42亿元`); in Chinese, Japanese and
# Korean, all its parts on the scales of ten thousand (`9億5000万ドル`, `9억 5000만 달러`).
_AMOUNT_NUMBER = r"(\p{Nd}+(?:[.,'’ \u00a0\u202f٬]\p{Nd}{3})*(?:[.,٫]\p{Nd}+)?)"  # Arabic's own separators too (٧٢٫٣٥)
_AMOUNT_AFTER_ITS_SIGN = lazy_compile(rf"[ \u00a0\u202f]?{_AMOUNT_NUMBER}(?!\p{{Nd}})")
_AMOUNT_BEFORE_ITS_CURRENCY = lazy_compile(
    rf"(?<![\p{{Nd}}.,]){_AMOUNT_NUMBER}(?:[ \u00a0\u202f]*[\p{{L}}\p{{M}}.'’‐-]{{1,15}}){{0,2}}[ \u00a0\u202f]*$"
)
_TEN_THOUSANDS = "万萬만億亿억兆조"
_AMOUNT_IN_TEN_THOUSANDS_BEFORE_ITS_CURRENCY = lazy_compile(
    rf"(?<![\p{{Nd}}.,])((?:\p{{Nd}}+(?:[.,]\p{{Nd}}+)?[{_TEN_THOUSANDS}][ \u00a0]?)+)[ \u00a0]*$"
)
_AMOUNT_PART_IN_TEN_THOUSANDS = lazy_compile(rf"(\p{{Nd}}+(?:[.,]\p{{Nd}}+)?)([{_TEN_THOUSANDS}])")
_SIGN_OR_CODE = lazy_compile(r"\p{Sc}|\p{Lu}{3}")
_AMOUNT_REACH = 40  # characters before a currency in which its amount is read
_GROUPS_OF_THREE = lazy_compile(r"(?:[.,'’ \u00a0\u202f]\p{Nd}{3})+")


class _Amount(NamedTuple):
    """An amount of money a text gives."""

    digits: tuple[int, ...]  # those of its number, in the runs it writes them in
    values: frozenset[Decimal]  # what it may be, on its scale: 1.100 millones is 1.1 million or 1.1 billion, as locales write it
    number: str  # as written
    currencies: frozenset[str]  # the yen's sign is also the yuan's
    mention: str  # its currency as written


def _amounts_in_another_currency(msgid: str, prose: str) -> list[Issue]:
    """Each amount of the translation (`prose`) whose number the source gives only in other
    currencies: one added, as a conversion for the reader (約600億円), has none of the source's.
    An amount is the source's by the digits it writes, else by its value, on another scale
    (1.100 millones, 11億 for 1.1 billion)."""
    in_source = _source_amounts(msgid)
    if not in_source:
        return []  # a currency named without an amount: nothing to match
    # An amount of the translation has a currency of every amount of the source when it names
    # no other: told by each other currency's own pattern, far faster than reading its amounts.
    in_all = frozenset.intersection(*(amount.currencies for amount in in_source))
    if not any(pattern.search(prose) for name, pattern in _CURRENCY_OF.items() if name not in in_all):
        return []
    by_digits: dict[tuple[int, ...], dict[str, str]] = {}
    by_value: dict[Decimal, dict[str, str]] = {}
    for amount in in_source:
        by_digits.setdefault(amount.digits, {}).update(dict.fromkeys(amount.currencies, amount.mention))
        for value in amount.values:
            by_value.setdefault(value, {}).update(dict.fromkeys(amount.currencies, amount.mention))
    issues = []
    for amount in _amounts(prose):
        currencies = by_digits.get(amount.digits)
        if currencies is None:
            currencies = {name: mention for value in amount.values for name, mention in by_value.get(value, {}).items()} or None
        if currencies is not None and not amount.currencies & currencies.keys():
            issues.append(Issue("numbers", f"the currency of {amount.number}: {', '.join(dict.fromkeys(currencies.values()))} in the source, "
                                           f"{amount.mention} in the translation"))
    return issues


def _amounts(text: str) -> list[_Amount]:
    """Each amount of money of `text`."""
    amounts = []
    for match in _CURRENCY.finditer(text):
        mention = match.group()
        number = _AMOUNT_AFTER_ITS_SIGN.match(text, match.end()) if _SIGN_OR_CODE.fullmatch(mention) else None
        if number is None and text[: match.start()].rstrip(" \u00a0")[-1:] in _TEN_THOUSANDS:
            in_ten_thousands = _AMOUNT_IN_TEN_THOUSANDS_BEFORE_ITS_CURRENCY.search(text, max(0, match.start() - _AMOUNT_REACH), match.start())
            if in_ten_thousands is not None:
                written = in_ten_thousands.group(1).rstrip(" \u00a0")
                values = frozenset({_in_ten_thousands(written)})
                amounts.append(_Amount(digit_runs(written), values, written, _currencies_of(match), mention))
                continue
        if number is None:
            number = _AMOUNT_BEFORE_ITS_CURRENCY.search(text, max(0, match.start() - _AMOUNT_REACH), match.start())
        if number is not None:
            scale = scale_after(text, number.end(1), "")
            values = frozenset(value * (scale[0] if scale else 1) for value in _values_written(number.group(1)))
            amounts.append(_Amount(digit_runs(number.group(1)), values, number.group(1), _currencies_of(match), mention))
    return amounts


def _currencies_of(match: regex.Match[str]) -> frozenset[str]:
    """The currencies a match of `_CURRENCY` names: the yen's sign is also the yuan's."""
    if match.group() == "¥":
        return frozenset({"yen", "yuan"})
    return frozenset(name for name, said in match.groupdict().items() if said is not None)


def _in_ten_thousands(written: str) -> Decimal:
    """The value of an amount written on the scales of ten thousand: 9億5000万 is 950,000,000, 9.5亿 is 950,000,000."""
    return Decimal(sum(Decimal(number.replace(",", "")) * SCALE_CHARACTERS[scale] for number, scale in _AMOUNT_PART_IN_TEN_THOUSANDS.findall(written)))


def _values_written(number: str) -> frozenset[Decimal]:
    """What a number's digits may be, in whichever locale they are written: 1.100 is 1100 or
    1.1, 1,5 is 1.5, 12 500 is 12500."""
    digits = DIGIT_RUN.findall(number)
    values = set()
    if len(digits) == 1 or _GROUPS_OF_THREE.fullmatch(number, len(digits[0])):
        values.add(Decimal("".join(digits)))
    if len(digits) > 1 and number[-len(digits[-1]) - 1] in ".,":
        values.add(Decimal(f"{''.join(digits[:-1])}.{digits[-1]}"))
    return frozenset(values)


@functools.lru_cache(maxsize=256)
def _source_amounts(msgid: str) -> tuple[_Amount, ...]:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the other."""
    return tuple(_amounts(prose_of(msgid)))


@functools.lru_cache(maxsize=1024)
def _source_currencies(msgid: str) -> dict[str, str]:
    """Those of a msgid, kept: build reviews each unit once per locale, one locale after the other."""
    if not (DIGIT_RUN.search(msgid) and (_CURRENCY_HINT.search(msgid) or _CURRENCY_NAME_HINT.search(msgid))):
        return {}  # most sentences: no amount of money, decided without the full pattern
    return _currencies_named(msgid)
