"""Article ids and locale codes: the two names that become file paths.

An article id is a slug of ASCII letters, digits and hyphens, so it can never hold a path
separator, `..` or a drive letter and never escapes its folder. The file of an item's
withdrawal beside the item taking its place is named as an id is (see `withdrawal_id`).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from .model import Direction

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 80
_DIGEST_LENGTH = 12
# Names other files of the workspace use: the names glossary and the feed index.
RESERVED_IDS = frozenset({"names", "index"})
# Pseudo-locales for testing the pipeline and partners' layouts (CLDR reserves the regions
# XA and XB for them): tag → the real language whose CLDR data they borrow.
PSEUDO_LOCALES = {"en-XA": "en", "ar-XB": "ar"}  # accented English; right-to-left (bidi)


def slugify(text: str) -> str:
    """`"Port strike: Rotterdam/Brüssel"` → `"port-strike-rotterdam-brussel"` ("" if nothing is left).

    A slug longer than MAX_ID_LENGTH is cut and ends in a digest of the whole text: two
    long file names or guids that differ only near their end still name two articles.
    """
    slug = _slug(text)
    return slug if len(slug) <= MAX_ID_LENGTH else distinct_id(slug, text)


# Letters Unicode does not decompose into a Latin letter and its accent, spelt as their
# readers write them in ASCII: Straße → strasse, Tromsø → tromso, Łódź → lodz, Ærø → aero.
_ASCII_SPELLINGS = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H",
})


def readable_id(name: str) -> tuple[str, str]:
    """A name the desk wrote (a wire file's `id` header, its file name) as an article id, spelt
    as a reader would in ASCII (`Straße-café` → `strasse-cafe`); and the letters and digits
    left out for having no ASCII spelling (the `東京` of `Straße-café-東京`), to be said."""
    spelt = unicodedata.normalize("NFKD", name.translate(_ASCII_SPELLINGS))
    left_out = "".join(character for character in spelt if not character.isascii() and character.isalnum())
    return slugify(spelt), left_out


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-")


_WITHDRAWN = "-withdrawn"


def withdrawal_id(guid: str) -> str:
    """The name of the file of the item `guid`'s withdrawal: the guid as a slug, then
    `-withdrawn` (`urn:newsml:example.com:20240502:strike:de:en` →
    `urn-newsml-example-com-20240502-strike-de-en-withdrawn`), for a partner to tell from the
    guid. A guid too long for an id keeps the end of its slug (the story and its languages,
    where guids differ; their start names the agency), from a whole word unless that would
    leave less than half of it (one long word is the story), and then a digest of the whole
    guid, the first 12 hex digits of its SHA-256, before `-withdrawn`."""
    name = _slug(f"{guid} withdrawn")
    if len(name) <= MAX_ID_LENGTH:
        return name
    slug, room = _slug(guid), MAX_ID_LENGTH - len(_WITHDRAWN) - _DIGEST_LENGTH - 1
    end = slug[-room:]
    if slug[-room - 1] != "-" and len(whole_words := end.partition("-")[2]) >= room // 2:
        end = whole_words  # from the next word, not from the middle of one
    return f"{end}-{text_digest(guid)}{_WITHDRAWN}"


def distinct_id(article_id: str, text: str) -> str:
    """`article_id` made distinct by a digest of `text` (what it was derived from), cut so
    that the whole stays within MAX_ID_LENGTH."""
    return article_id[: MAX_ID_LENGTH - _DIGEST_LENGTH - 1].rstrip("-") + "-" + text_digest(text)


def text_digest(text: str) -> str:
    """What ids that must stay distinct end in: the first 12 hex digits of the SHA-256 of `text`."""
    return hashlib.sha256(text.encode()).hexdigest()[:_DIGEST_LENGTH]


def is_article_id(text: str) -> bool:
    return bool(text) and slugify(text) == text and text not in RESERVED_IDS


_LANGUAGE_ALIASES: dict[str, str] = get_global("language_aliases")


class LocaleTagError(ValueError):
    """A tag that names no locale: what is wrong and what to write, apart for an InputError."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(f"{problem} ({hint})")
        self.problem = problem
        self.hint = hint


@functools.lru_cache(maxsize=256)
def parse_locale(tag: str) -> Locale:
    """A BCP 47 tag (`de`, `de-AT`, `pt_BR`, `sr-Latn`, `en-XA`) as a babel Locale; LocaleTagError if unknown."""
    cleaned = tag.strip()
    if not cleaned or not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", cleaned):
        raise LocaleTagError(f"{tag!r} is not a locale tag", "expected BCP 47, e.g. de, de-AT, pt-BR, sr-Latn")
    pseudo = {known.lower(): known for known in PSEUDO_LOCALES}.get(cleaned.replace("_", "-").lower())
    if pseudo is not None:
        # babel has no data for pseudo-locales and Locale() refuses them: take the base
        # language's locale, load its data first, then give it the pseudo region, so that
        # str() is "en_XA" while names, plural forms and character order come from "en".
        locale = Locale(PSEUDO_LOCALES[pseudo])
        _ = locale._data
        locale.territory = pseudo.split("-")[1]
        return locale
    language, separator, rest = cleaned.replace("-", "_").partition("_")
    # A deprecated language code (iw, in, ji) is the current one as written: left to babel, it
    # also gains the region most speaking it (iw → he-IL), a feed other than he's.
    language = _LANGUAGE_ALIASES.get(language.lower(), language)
    try:
        locale = Locale.parse(language + separator + rest)
    except (UnknownLocaleError, ValueError):
        raise LocaleTagError(f"unknown locale {tag!r}: CLDR has no data for it", "e.g. de, de-AT, pt-BR, sr-Latn") from None
    if locale.language != language.split("_")[0].lower() or not _keeps_script_and_region(language, rest, locale):
        # babel falls back to a locale it has (en-ZZ → en-US, zh-Hant-CN → zh-Hans-CN, und →
        # en-US): a feed in another language, region or script than the one asked for.
        raise LocaleTagError(f"unknown locale {tag!r}: CLDR has no data for it; the nearest it has is {bcp47(locale)}",
                             "e.g. de, de-AT, pt-BR, sr-Latn")
    return locale


_LIKELY_SUBTAGS: dict[str, str] = get_global("likely_subtags")
_TERRITORY_ALIASES: dict[str, list[str]] = get_global("territory_aliases")


def _keeps_script_and_region(language: str, subtags: str, locale: Locale) -> bool:
    """Whether `locale` is in the script and region the tag's `subtags` (`Hant_TW`) ask for: a
    script the language is written in by default may go (en-Latn is en), a region by an old
    name is its new one (en-UK is en-GB), no other may be dropped or changed."""
    for subtag in filter(None, subtags.split("_")):
        if len(subtag) == 4 and subtag.isalpha():
            script = locale.script or _LIKELY_SUBTAGS.get(language.lower(), "__").split("_")[1]
            if subtag.title() != script:
                return False
        elif (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit()):
            region = subtag.upper()
            if locale.territory != region and locale.territory not in _TERRITORY_ALIASES.get(region, ()):
                return False
    return True


def text_direction(locale: Locale) -> Direction:
    """Which way the locale's script runs: "rtl" for Arabic, Hebrew, Persian, Urdu, ar-XB …"""
    return "rtl" if locale.character_order == "right-to-left" else "ltr"


def regional_parent(locale: Locale) -> Locale | None:
    """The language a regional variant is written in, whose translations it can start
    from: de for de-AT, pt for pt-BR, zh-Hant for zh-Hant-TW (never across scripts); None
    for a locale with no region, and for pseudo-locales."""
    if not locale.territory or bcp47(locale) in PSEUDO_LOCALES:
        return None
    return Locale(locale.language, script=locale.script)


def bcp47(locale: Locale) -> str:
    """`pt_BR` → `pt-BR`, `sr_Latn` → `sr-Latn`: the form used in XML and feed paths."""
    return str(locale).replace("_", "-")


def gettext_code(locale: Locale) -> str:
    """`pt-BR` → `pt_BR`: the form of gettext's `Language:` header and `locales/` folders."""
    return str(locale)


def primary_language(tag: str) -> str:
    """The language of a BCP 47 tag or a gettext code, without its script or region: `pt-BR`,
    `pt_BR` → `pt`."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def translates_into(tag: str, source_lang: str) -> bool:
    """Whether an article in `source_lang` is translated into the locale `tag`: never into its
    own language (de-AT neither, for a German article), whose item is the source item; always
    into a pseudo-locale (en-XA), which exists to test the pipeline."""
    return tag in PSEUDO_LOCALES or parse_locale(tag).language != parse_locale(source_lang).language


_DOMAIN_NAME = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.IGNORECASE)


def is_domain_name(text: str) -> bool:
    """`example.com`: what a provider is named by in NewsML-G2 items (and its schemes' host)."""
    return bool(_DOMAIN_NAME.fullmatch(text))
