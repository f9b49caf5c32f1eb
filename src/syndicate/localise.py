"""PO translations + article structure → a localised article, with every unit checked.

A translation is published only as written by the translator with the names put back:
placeholders must match the msgid exactly, quotations must pair up, each link's markers must
be there once, around words, and the text may hold no control characters. A link goes to the
source's address, whatever the translation writes. A surname's particle takes the case of
where the translation puts the name (`sagte von der Leyen`, `Von der Leyen sagte`). Fuzzy and
empty translations count as untranslated; source-language sentences are never mixed into a
translation without saying so.
In a right-to-left locale, a name put back in Latin letters is isolated (U+2068 … U+2069)
where it would show out of place (see bidi.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import string
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

import regex

from .bidi import isolated_names, without_isolates
from .catalog import Catalog, Message, first_units
from .dateline import dateline_places
from .ids import PSEUDO_LOCALES, parse_locale, primary_language
from .link_markers import marker_problems, split, strip_marker_like
from .links import URL_OR_EMAIL, may_hold_link
from .model import Article, Block, BodyBlock, BodyCell, Byline, Description, Direction, ItemMeta, LocalisedArticle, OriginalRef, Subject, Unit
from .quotes import normalise_quotes, quotation_problems
from .names_data import PARTICLE_CAPITALISED, PARTICLE_CASE_BY_POSITION
from .names_rendering import particle_lowered, particle_names, published_name
from .placeholders import fields_opening_sentences, name_form_comments, prose_of, render_msgid, render_msgid_at

Severity = Literal["error", "warning"]
# XML 1.0 forbids C0 controls other than tab and newline; C1 controls and noncharacters are
# never meant as text either, nor is a byte-order mark inside text (a leftover of pasting).
# None may reach a partner's feed.
_FORBIDDEN = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\p{Cs}]")


@dataclass(frozen=True)
class UnitProblem:
    unit: Unit
    severity: Severity
    message: str


@dataclass(frozen=True)
class Localisation:
    article: LocalisedArticle | None  # None: not published for this locale
    total: int  # distinct messages
    translated: int
    problems: tuple[UnitProblem, ...]
    reason: str | None = None  # why it was not published, or what was mixed in

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


@dataclass(frozen=True)
class Target:
    """Who the item is for: the language, its direction and how names are rendered there."""

    lang: str  # BCP 47
    direction: Direction = "ltr"
    names: Mapping[str, str] = dataclasses.field(default_factory=dict)  # source name → rendering in this locale
    # Whether the glossary has an entry that writes a surname's particle in lower case (`de
    # Vries`), rendered or not: a story's `De Vries said` takes the case of where the
    # translation puts it only then (see RenderingsUsed.written_inside).
    written_inside: Callable[[str], bool] = lambda name: False


# Markup and character references a feed would print as text (the item's body is plain text:
# `&amp;` reaches the reader as the five characters).
MARKUP = regex.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|<!--|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def added_markup(source: str, text: str) -> list[str]:
    """The markup and character references in `text`, a translation of `source`, that the source does not have."""
    if "<" not in text and "&" not in text:
        return []  # all markup starts with `<`, a reference with `&`: none can have been added
    in_source = {match.group().lower() for match in MARKUP.finditer(source)}
    return [match.group() for match in MARKUP.finditer(text) if match.group().lower() not in in_source]


def unpublishable_character(text: str) -> str | None:
    """The first character of `text` that may not reach a partner's feed, named; None if
    there is none."""
    # No forbidden character is printable: most texts pass without the pattern.
    if text.isprintable() or (bad := _FORBIDDEN.search(text)) is None:
        return None
    character = bad.group()
    return f"control character U+{ord(character):04X}" + (
        f" ({unicodedata.name(character)})" if unicodedata.name(character, "") else ""
    )


# A name is no place for bidi embeddings, overrides, isolates or invisible spaces: the build
# isolates names in right-to-left items itself, and one left open reorders the rest of the
# line. The marks (U+200E, U+200F) reorder nothing past their neighbours, and the joiners
# (U+200C, U+200D) are letters' business in Persian and Indic names: they stay.
_INVISIBLE_IN_NAMES = regex.compile(r"[\u200b\u2060\u202a-\u202e\u2066-\u2069]")


def invisible_in_name(name: str) -> str | None:
    """The first bidi control or invisible space in `name`, a name's rendering or form, named;
    None if there is none."""
    if name.isprintable() or (bad := _INVISIBLE_IN_NAMES.search(name)) is None:
        return None
    return f"U+{ord(bad.group()):04X} ({unicodedata.name(bad.group())})"


def check_translation(unit: Unit, msgstr: str) -> list[tuple[str, str]]:
    """What is wrong with `msgstr` as the translation of `unit`, as (check, message) pairs
    with check one of control-character, blank, placeholders, quotation-pairing, link-markers
    ([] when publishable)."""
    problems: list[tuple[str, str]] = []
    if bad := unpublishable_character(msgstr):
        problems.append(("control-character", f"{bad} in the translation"))
    if _WORDS_OR_FIGURES.search(unit.msgid) and not _WORDS_OR_FIGURES.search(msgstr):
        problems.append(("blank", "the translation has no words, figures or placeholders (only spaces, invisible characters "
                                  "or punctuation): translate the text, or leave msgstr empty until it is translated"))
    used = set()
    if "{" in msgstr or "}" in msgstr:  # without a brace there is no field, and nothing to parse
        try:
            list(string.Formatter().parse(msgstr))
        except ValueError as error:
            return problems + [("placeholders", f"broken placeholder braces ({error}); write a literal brace as {{{{ or }}}}")]
        # As written, not as str.format reads them: it takes {name:} and {name!} for {name}.
        for written in _FIELDS_WRITTEN.finditer(msgstr):
            if (field := written.group("field")) is None:
                continue  # a literal {{ or }}
            if not field.isidentifier():
                problems.append(("placeholders", f"placeholder {{{field}}} must be written plainly as {{name}}"))
            used.add(_FIELD_NAME_END.split(field, maxsplit=1)[0])
    expected = {placeholder.name for placeholder in unit.placeholders}
    if "｛" in msgstr or "｝" in msgstr:  # an input method's full-width braces: no placeholder to str.format
        problems.append(("placeholders", "full-width braces ｛ ｝ in the translation: write a placeholder with ASCII braces, as {name}"))
    if missing := expected - used:
        names = sorted(placeholder.name for placeholder in unit.placeholders if placeholder.name in missing and placeholder.kind == "name")
        inflect = f" (to inflect a name, keep {{{names[0]}}} and give its form in a translator comment: # {{{names[0]}}} = …)" if names else ""
        problems.append(("placeholders", "missing placeholder " + ", ".join(f"{{{name}}}" for name in sorted(missing)) + inflect))
    if invented := used - expected:
        problems.append(("placeholders", "unknown placeholder " + ", ".join(f"{{{name}}}" for name in sorted(invented))))
    problems.extend(("quotation-pairing", problem) for problem in quotation_problems(beside_markers(unit, msgstr), unit.msgid))
    if unit.links:
        problems.extend(("link-markers", problem) for problem in marker_problems(msgstr, len(unit.links)))
    return problems


_WORDS_OR_FIGURES = regex.compile(r"[\p{L}\p{N}]")
# Left to right, as str.format reads them: a doubled brace is a literal one, else a field.
_FIELDS_WRITTEN = regex.compile(r"\{\{|\}\}|\{(?P<field>[^{}]*)\}")
_FIELD_NAME_END = regex.compile(r"[!:.\[]")  # {name!r}, {name:>5}, {name.attr}, {name[0]}


def beside_markers(unit: Unit, msgstr: str) -> str:
    """A linked unit's translation without its link markers, whatever a translator made of
    them: they are the link-markers check's, and the quotes of `<a1 title="…">` are no
    quotation, the tag no markup."""
    return strip_marker_like(msgstr) if unit.links else msgstr


_FORM_MARKUP = regex.compile(r"[<>&{}]")


def name_forms(unit: Unit, message: Message, names: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The forms the translator's comments give the unit's names (placeholder → form), and
    what is wrong with them. `names` maps source names to their rendering in the locale.

    A form must be one of the name: as many words and hyphenated parts, each the name's with
    another ending (`_is_inflected`: Мария Коста → Марии Косты, Helsinki → Helsingissä), so a
    slip cannot publish another name."""
    forms: dict[str, str] = {}
    problems: list[str] = []
    placeholders = {placeholder.name: placeholder for placeholder in unit.placeholders}
    for name, form in name_form_comments(message.translator_comments):
        where = f"# {{{name}}} = {form}"
        placeholder = placeholders.get(name)
        if placeholder is None:
            problems.append(f"{where}: this unit has no name {{{name}}}")
        elif placeholder.kind != "name":
            kind = {"url": "a link", "email": "an e-mail address"}.get(placeholder.kind, "text kept as the source writes it")
            problems.append(f"{where}: {{{name}}} is {kind}, published as the source writes it; only names take forms: delete the comment")
        elif not form:
            problems.append(f"{where}: a blank form would delete the name; delete the comment to publish the name as it is")
        elif (bad := unpublishable_character(form) or invisible_in_name(form)) or (bad := _markup_in(form)):
            problems.append(f"{where}: {bad} in the form")
        elif forms.get(name, form) != form:
            problems.append(f"{where}: {{{name}}} already has the form {forms[name]} in this entry")
        # `Von der Leyen` opening the source sentence is rendered as its entry `von der Leyen`.
        elif not _is_form_of(form, base := names.get(placeholder.text) or names.get(particle_lowered(placeholder.text)) or placeholder.text):
            problems.append(
                f"{where}: not a form of {base} (as many words, each the name's with another ending); "
                "if your language writes the name otherwise, give its rendering in names.po first"
            )
        else:
            forms[name] = form
    return forms, problems


def _particles_cased(
    unit: Unit, template: str, inside: Mapping[str, str], forms: Mapping[str, str], target: Target
) -> dict[str, str]:
    """The unit's surnames whose particle takes its case from where the name stands (`inside`:
    see particle_names), each as `template`, the unit's translation, writes it: the form the
    translator gives it, else its rendering, else, in a language that sets the particle's case
    so, the name as a sentence writes it inside (`sagte von der Leyen`, Dutch `volgens Von der
    Leyen`), and elsewhere as the source writes it; with a capital where it opens a sentence
    (`Von der Leyen sagte`). A rendering or form the translator capitalises stays so."""
    placeholders = [placeholder for placeholder in unit.placeholders if placeholder.kind == "name" and placeholder.text in inside]
    if not placeholders:
        return {}
    language = parse_locale(target.lang).language
    opening = fields_opening_sentences(template, target.lang)
    cased = {}
    for placeholder in placeholders:
        written = forms.get(placeholder.name) or target.names.get(inside[placeholder.text])
        if not written:
            if language in PARTICLE_CAPITALISED:
                written = _capitalised(inside[placeholder.text])
            else:
                written = inside[placeholder.text] if language in PARTICLE_CASE_BY_POSITION else placeholder.text
        cased[placeholder.name] = _capitalised(written) if placeholder.name in opening else written
    return cased


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _markup_in(form: str) -> str | None:
    return f"“{found.group()}”" if (found := _FORM_MARKUP.search(form)) else None


_NAME_PARTS = regex.compile(r"[\s\p{Pd}]+")  # words, and the parts of Skłodowska-Curie


def _is_form_of(form: str, name: str) -> bool:
    # ё is written е in most Russian text (Пётр → Петра), and an ending may soften the
    # consonant before it (Costa → Coście): consonants are compared without their accents.
    form_parts, name_parts = (_NAME_PARTS.split(_softened(text.casefold())) for text in (form, name))
    return len(form_parts) == len(name_parts) and all(map(_is_inflected, form_parts, name_parts))


_VOWELS = frozenset("aeiouyаеёиоуыэюя")


def _softened(text: str) -> str:
    """`text` with its consonants' accents left out (ś → s, ł → l, but é stays é); ё as е."""
    if _UNINFLECTED_SCRIPT.search(text):
        return text  # ガ is no カ
    letters = []
    for character in unicodedata.normalize("NFD", text.replace("ё", "е").replace("ł", "l")):
        if not (unicodedata.combining(character) and letters and letters[-1] not in _VOWELS):
            letters.append(character)
    return unicodedata.normalize("NFC", "".join(letters))


def _is_inflected(form: str, word: str) -> bool:
    """Whether `form` is `word` with another ending: it keeps all but the last two letters of
    a word ending in a vowel (Costa → Coście, Helsinki → Helsingissä), all but the last letter
    of one ending in a consonant, or that consonant with another vowel before it (Robert →
    Robercie, Kraków → Krakowie, Dvůr → Dvora, Paweł → Pawle, but Maria is no Marek), and adds
    at most four; a word of up to three letters keeps all but its last and adds at most two
    (Ким → Кима, but Лоу is no Лопеса).
    A vowel that drops out before a case ending may (Лев → Льва, Marek → Marka, but Львов is
    another name), Finnish -nen names take -s- (Virtanen → Virtasen), and a masculine adjective,
    or a surname declined as one, takes an adjective's case ending for its last two letters
    (Зеленський → Зеленського, Достоевский → Достоевскому, Толстой → Толстым, Олімпійський
    → Олімпійському; but Зеленський is no Зеленська)."""
    if _UNINFLECTED_SCRIPT.search(word):
        return form == word  # Chinese, Japanese and Korean names take no endings
    adjective = _MASCULINE_ADJECTIVE.fullmatch(word)
    if adjective is not None and _takes_ending(form, adjective["stem"], _ADJECTIVE_CASE_ENDINGS):
        return True
    kept, added = (len(word) - 2, 4) if len(word) > 3 else (max(1, len(word) - 1), 2)
    consonant_final = len(word) > 3 and word[-1] not in _VOWELS
    if form.startswith(word[: kept + consonant_final]) and len(form) - kept <= len(word) - kept + added:
        return True
    if consonant_final and form.startswith(word[:kept]) and form[kept : kept + 1] in _VOWELS and form[kept + 1 : kept + 2] == word[-1]:
        return len(form) - kept <= len(word) - kept + added  # another vowel before the last consonant
    if word.endswith("nen") and form.startswith(word[:-3] + "s") and len(form) - len(word) <= 3:
        return True
    fleeting = _FLEETING_VOWEL.fullmatch(word)
    if fleeting is None:
        return False
    # A soft sign takes the vowel's place in a one-syllable name only (Лев → Льва; Ольга is no Олег).
    stems = (fleeting[1] + fleeting[2], *((fleeting[1] + "ь" + fleeting[2],) if len(word) <= 3 else ()))
    return any(_takes_ending(form, stem, _CASE_ENDINGS) for stem in stems)


def _takes_ending(form: str, stem: str, endings: frozenset[str]) -> bool:
    return form.startswith(stem) and form[len(stem) :] in endings


# A last syllable whose vowel drops out when the name takes an ending: Лев, Павел, Marek, Karel.
_FLEETING_VOWEL = regex.compile(rf"(\w+?)[еоe]([^\W\d_{''.join(sorted(_VOWELS))}])")
# The case endings such a name takes (Russian, Polish, Czech).
_CASE_ENDINGS = frozenset("а у ом е ю я ем и ой ым a u em e owi iem ie ovi i y".split())
# A masculine adjective of Russian or Ukrainian, and a surname that is one (-ский, -ський,
# -цкий, -ой), with the endings of its cases, singular and plural (Зеленського, Зеленському,
# Зеленським, Достоевском, Толстых). Polish -ski and the feminine -ська, -ская end in a vowel,
# whose endings the rules above allow (Kowalskiego, Kowalskiej, Зеленської).
# Both are compared as _softened writes them, ї as і (Зеленської → Зеленськоі).
_MASCULINE_ADJECTIVE = regex.compile(r"(?P<stem>\w{3,}?)(?:ий|ій|ый|ой)")
_ADJECTIVE_CASE_ENDINGS = frozenset("ий ій ый ой ого ього ому ьому им ім ым ом их іх ых ими іми ыми".split())


# A name in a list of names (Marta Kowalski, Jan de Vries / Reuters), without the spaces around it.
_NAME_IN_LIST = regex.compile(r"[^,;/&\s](?:[^,;/&\n]*[^,;/&\s])?")
_UNINFLECTED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _printed_as(place: Subject, name: str, printed_lang: str, source_lang: str) -> Subject:
    """The agency's place under the name the item prints in `printed_lang`, its other names
    kept beside it. Where the agency named the place in that language, that is its name: a
    dateline printing it another way (TOKYO for Tokyo) adds none."""
    names = ((place.name_lang or source_lang, place.name), *place.other_names) if place.name else place.other_names
    agency_s = next((entry for entry in names if primary_language(entry[0]) == primary_language(printed_lang)), None)
    if agency_s is not None:
        return place if agency_s == names[0] and place.name else dataclasses.replace(
            place, name=agency_s[1], name_lang=agency_s[0], other_names=tuple(other for other in names if other != agency_s))
    # The name printed is in the dateline's language, which the item says of the dateline, though
    # it is written as the agency's name in another (Rotterdam, in German as in English).
    name = _as_a_name(name, [other for _, other in names])
    return dataclasses.replace(place, name=name, name_lang=None, other_names=tuple(other for other in names if other[1] != name))


# The words that stay in lower case inside a place's name (Rio de Janeiro, Francfort-sur-le-Main,
# Frankfurt am Main, Stratford-upon-Avon), which a dateline in capitals does not show.
_LOWER_IN_PLACE_NAMES = frozenset("am an auf bei de del della dei degli des di do dos da das du en im in la le les lès on sur sous upon y".split())
_PLACE_NAME_PART = regex.compile(r"\p{L}+")


def _as_a_name(printed: str, agencys: Sequence[str]) -> str:
    """A place's name as a dateline `printed` it, written as a name is where the dateline is in
    capitals (LYON, HAMBOURG): as the agency writes the same word (Lyon), else each word with
    its first letter a capital (Hambourg, Francfort-sur-le-Main, L'Aquila)."""
    if not printed.isupper():
        return printed
    if (same := next((name for name in agencys if name.casefold() == printed.casefold()), None)) is not None:
        return same
    return _PLACE_NAME_PART.sub(
        lambda word: word.group().lower() if word.start() and word.group().lower() in _LOWER_IN_PLACE_NAMES else word.group().capitalize(),
        printed,
    )


def _dateline_origins(printed: Sequence[str], source: Sequence[str], coded: Mapping[str, Subject]) -> list[str | None]:
    """For each place a dateline prints, the place of the source's dateline it is: the one it
    names (by the name printed, or one of the agency's names of it); the others by elimination,
    in the source's order where the places named kept theirs (a translation reordering them
    and renaming all may not be paired)."""
    def same_place(name: str, origin: str) -> bool:
        code = coded.get(name.casefold())
        return name.casefold() == origin.casefold() or (code is not None and code == coded.get(origin.casefold()))

    origins = [next((origin for origin in source if same_place(name, origin)), None) for name in printed]
    unnamed = [origin for origin in source if origin not in origins]
    unpaired = [index for index, origin in enumerate(origins) if origin is None]
    in_order = [origin for origin in origins if origin] == [origin for origin in source if origin in origins]
    if len(unnamed) == len(unpaired) and (len(unpaired) == 1 or in_order):
        for index, origin in zip(unpaired, unnamed):
            origins[index] = origin
    return origins


def localise(
    article: Article,
    units: Sequence[Unit],
    catalog: Catalog | None,
    target: Target,
    *,
    guid: str,
    version: int,
    provider: str,
    version_created: dt.datetime,
    first_created: dt.datetime,
    publisher: str | None = None,
    agency_version: int | None = None,
    threshold: float = 100.0,
    original: OriginalRef | None = None,
    review: Callable[[Unit, Message], Sequence[str]] | None = None,
    published_text: str | None = None,
) -> Localisation:
    """The article in the target language; `catalog=None` gives the source-language item.
    `publisher` and `agency_version`: see `LocalisedArticle`.

    `review` returns the errors that keep a translated unit from being published; it defaults
    to `check_translation`, the checks without which the item could not even be written.
    `published_text` is the text of the item partners already have, for a notice that cannot
    wait for the translation to catch up (a withdrawal, a later embargo): a translation left
    fuzzy by a source update is taken as ready when its words are in it, never a guess from
    another sentence or the memory.
    """
    keys = list(dict.fromkeys(unit.key for unit in units))
    isolating = catalog is not None and target.direction == "rtl"
    if catalog is None:
        rendering = _Renderings({unit.key: _source_text(unit) for unit in units})
    else:
        review = review or (lambda unit, message: [problem for _, problem in check_translation(unit, message.msgstr)])
        rendering = _translations(article, units, keys, catalog, target, review, published_text, isolating)
    texts, problems, copied, still_in_source = rendering
    translated = len(texts)
    localisation_args = dict(total=len(keys), translated=translated, problems=problems)
    percent = 100.0 * translated / len(keys) if keys else 100.0
    if percent < threshold:
        reason = f"{percent:.0f}% ready to publish, below the threshold of {threshold:g}%" + _summary(problems)
        return Localisation(article=None, reason=reason, **localisation_args)  # type: ignore[arg-type]

    mixed = len(keys) - translated
    # A withdrawal sends partners no text: what is left untranslated in it is no one's concern.
    reason = f"{mixed} of {len(keys)} units left in the source language" if mixed and not article.meta.withdrawn else None
    spacing = _sentence_spacing(article.source_lang, target.lang) if catalog is not None else None
    keys_in: dict[int, list[tuple[str | None, str]]] = {}
    for unit in units:
        keys_in.setdefault(unit.block, []).append(unit.key)
    laid_out: list[_Layout] = []
    for index, (block, (text, links, untranslated, in_source)) in enumerate(
        zip(article.blocks, _block_texts(article, units, texts, spacing, isolating=isolating, in_source_language=still_in_source))
    ):
        if block.kind == "cell" and index not in keys_in and catalog is not None:
            text, links = _cell_without_units(block, text, links, article.source_lang, target)
        laid_out.append((
            block, text, links, _block_language(block, untranslated, article.source_lang, target.lang, catalog is not None),
            tuple((start, end, article.source_lang) for start, end in in_source),
        ))
    bylines = tuple(
        Byline(text, lang) if catalog is None
        else _byline(block, text, lang if block.lang else article.source_lang, target.names) if index not in keys_in
        # One kept as the source writes it (an agency's credit, or left so) is the original's.
        else Byline(text, article.source_lang if all(key in copied for key in keys_in[index]) else lang)
        for index, (block, text, _, lang, _) in enumerate(laid_out) if block.kind == "byline"
    )
    descriptions = tuple(
        Description(text, block.role, lang) for block, text, _, lang, _ in laid_out if block.kind == "description"
    )
    story = [layout for layout in laid_out if layout[0].kind not in _APART_FROM_TEXT]
    # The headline and the description are text only: a link's words are in the body.
    _, headline, _, headline_lang, _ = story[0]
    _, lede, _, lede_lang, _ = story[1] if len(story) > 1 else (None, None, None, None, None)
    body_start = 1 if article.lede_in_body else 2
    if len(story) > 1 and story[1][0].kind in _TABLE_KINDS:
        # A table opening a text without a summary is no teaser: it stays in the body alone.
        lede = lede_lang = None
    body = _body(story[body_start:])
    filed = _filed(article, story[body_start][0] if body else None, body[0].text if body else "", target.lang,
                   translating=catalog is not None)
    localised = LocalisedArticle(
        article_id=article.id,
        guid=guid,
        version=version,
        lang=target.lang,
        direction=target.direction,
        headline=headline,
        headline_lang=headline_lang,
        description=lede,
        description_lang=lede_lang,
        body=body,
        section=article.section,
        date=article.date,
        version_created=version_created,
        first_created=first_created,
        provider=provider,
        publisher=publisher,
        agency_version=agency_version,
        withdrawn_by_desk=article.withdrawn_by_desk,
        dateline=filed.dateline,
        located=filed.located,
        dateline_lang=filed.dateline_lang,
        author=article.author,
        author_name=article.author_name,
        bylines=bylines,
        descriptions=descriptions,
        original=original,
        meta=filed.meta,
        untranslated_units=mixed,
    )
    return Localisation(article=localised, reason=reason, **localisation_args)  # type: ignore[arg-type]


class _Renderings(NamedTuple):
    """Each unit's text as the item publishes it (by key), what keeps the others out, and which
    are published as the source writes them: `copied`, and of those the ones still in the
    source's language (see left_in_source_language)."""

    texts: dict[tuple[str | None, str], _Rendered]
    problems: tuple[UnitProblem, ...] = ()
    copied: frozenset[tuple[str | None, str]] = frozenset()
    still_in_source: frozenset[tuple[str | None, str]] = frozenset()


def _translations(
    article: Article, units: Sequence[Unit], keys: Sequence[tuple[str | None, str]], catalog: Catalog, target: Target,
    review: Callable[[Unit, Message], Sequence[str]], published_text: str | None, isolating: bool,
) -> _Renderings:
    """The units `catalog` translates ready to publish, with their names rendered for `target`
    (see `localise`), and why each other unit is left out."""
    # Read as words: a right-to-left item isolates some names, and one published before it did none.
    published_words = without_isolates(published_text or "")
    texts: dict[tuple[str | None, str], _Rendered] = {}
    copied: set[tuple[str | None, str]] = set()
    still_in_source: set[tuple[str | None, str]] = set()
    problems: list[UnitProblem] = []
    messages = catalog.by_key()
    # A name this story only opens sentences with is one the glossary's entry writes as
    # inside a sentence where another story writes it so (`De Vries said` here, `de Vries
    # told` there), whether the entry renders it or keeps it as written.
    with_particles = particle_names(units, article.source_lang, target.written_inside)
    first_unit = first_units(units)
    for key in keys:
        unit = first_unit[key]
        message = messages.get(key)
        if message is None or not message.msgstr:
            problems.append(UnitProblem(unit, "warning", "untranslated"))
            continue
        if message.fuzzy and published_text is None:
            problems.append(UnitProblem(unit, "warning", "fuzzy: needs review before it is published"))
            continue
        forms, form_problems = name_forms(unit, message, target.names)
        errors = [*review(unit, message), *(f"name-form: {problem}" for problem in form_problems)]
        if errors:
            problems.extend(UnitProblem(unit, "error", error) for error in errors)
            continue
        names = {
            placeholder.name: forms.get(placeholder.name)
            or (placeholder.kind == "name" and target.names.get(placeholder.text))
            or (published_name(placeholder.text, article.source_lang, target.lang) if placeholder.kind == "name" else placeholder.text)
            for placeholder in unit.placeholders
        }
        template = normalise_quotes(message.msgstr, target.lang)
        names.update(_particles_cased(unit, template, with_particles, forms, target))
        rendered = _rendered(unit, template, names, locate_names=isolating)
        # A line break inside a translation is published as a space (the check warns of it):
        # a block's lines are the source's, between its units, never a translator's.
        rendered = rendered._replace(text=rendered.text.replace("\n", " "))
        if message.fuzzy and without_isolates(rendered.text) not in published_words:
            problems.append(UnitProblem(unit, "warning", "fuzzy: needs review before it is published"))
            continue
        texts[key] = rendered
        if message.msgstr == unit.msgid:
            copied.add(key)
            if left_in_source_language(unit.msgid, message.msgstr, article.source_lang, target.lang):
                still_in_source.add(key)
    return _Renderings(texts, tuple(problems), frozenset(copied), frozenset(still_in_source))


class _Filed(NamedTuple):
    """Where an item says its story was filed: the dateline it prints, the places that names
    (with the codes the agency gave them), in which language (None: the item's), and the
    article's metadata with its other places."""

    dateline: str | None
    located: tuple[Subject, ...]
    dateline_lang: str | None
    meta: ItemMeta


def _filed(article: Article, first_body_block: Block | None, first_body_text: str, lang: str, *, translating: bool) -> _Filed:
    """Where the item in `lang` of `article` says it was filed, read from its body's first
    block (`first_body_text` as published), which `translating` wrote in `lang`."""
    # A place opening a later paragraph, or a list item, is news, not where the story was filed
    # (see read_wire); a list item's marker is no place either (`I. Brussels – …`), nor is a
    # name opening a table of results.
    block = first_body_block
    if block is None or block.marker or block.kind in _TABLE_KINDS:
        translated_places = source_dateline = ()
    else:
        translated_places = _dateline_places(without_isolates(first_body_text))
        source_dateline = _dateline_places(block.text)
    places, renders = (translated_places, source_dateline) if translated_places else (article.dateline, article.dateline)
    # A place the source's dateline names is in the item once, in the dateline's language (not
    # as München beside its translation Munich), with the code the agency gave it, else the
    # source's name as its literal: the agency's identifiers are the same in every locale,
    # the name printed is the place's name in the item's language.
    coded = {
        name.casefold(): place for place in article.meta.located
        for name in (place.name, *(text for _, text in place.other_names)) if name
    }
    printed_lang = lang if translated_places else article.source_lang
    located = tuple(
        _printed_as(code, place, printed_lang, article.source_lang)
        if (code := coded.get(place.casefold()) or (origin and coded.get(origin.casefold())))
        else Subject("", _as_a_name(place, [origin]), literal=origin, other_names=((article.source_lang, origin),))
        if origin and origin != place
        else Subject("", _as_a_name(place, ()))
        for place, origin in zip(places, _dateline_origins(places, renders, coded))
    )
    source_places = {place.casefold() for place in (*source_dateline, *article.dateline)}
    meta = dataclasses.replace(article.meta, located=tuple(place for place in article.meta.located if (place.name or "").casefold() not in source_places))
    # The agency's dateline as it printed it (date and credit too) where the item's places are
    # the original's: in the agency's own item, and in a translation whose body has no dateline.
    printed = article.printed_dateline if not translating or not translated_places else None
    return _Filed(printed or "/".join(places) or None, located, None if translated_places else article.source_lang, meta)


# Each locale's item reads the source's dateline again, and the source's own item reads it
# twice (as its text and as the source's): after the first, a lookup.
_dateline_places = functools.lru_cache(maxsize=16)(dateline_places)

_BODY_KINDS: dict[str, Literal["h2", "pre"]] = {"subheading": "h2", "preformatted": "pre"}
# The blocks published apart from the text, in the item's metadata.
_APART_FROM_TEXT = frozenset({"byline", "description"})
# The blocks that lay out a table: no teaser, no dateline.
_TABLE_KINDS = frozenset({"preformatted", "cell"})

# A block, its text, links, language, and its parts in another language (see BodyBlock.foreign_parts).
_Layout = tuple[Block, str, tuple[tuple[int, int, str], ...], str | None, tuple[tuple[int, int, str], ...]]


def _body(story: Sequence[_Layout]) -> tuple[BodyBlock, ...]:
    """The body's blocks: each block of the story one, but a table's cells (and caption),
    which follow each other, one table."""
    body: list[BodyBlock] = []
    for table, laid_out in itertools.groupby(story, key=lambda layout: layout[0].cell.table if layout[0].cell else None):
        if table is None:
            body += [
                BodyBlock(_BODY_KINDS.get(block.kind, "p"), text, lang, links, foreign_parts)
                for block, text, links, lang, foreign_parts in laid_out
            ]
            continue
        cells = tuple(BodyCell(text, block.cell, lang, links) for block, text, links, lang, _ in laid_out if block.cell)
        body.append(BodyBlock("table", _table_text(cells), cells=cells))
    return tuple(body)


def _table_text(cells: Sequence[BodyCell]) -> str:
    """A table read as text: its caption, then each row on a line of its own, its cells set
    apart by " | " (an empty one left out)."""
    lines = [
        " | ".join(" ".join(cell.text.split("\n")) for cell in row if cell.text)
        for _, row in itertools.groupby(cells, key=lambda cell: (cell.place.part == "caption", cell.place.row))
    ]
    return "\n".join(line for line in lines if line)


# More words than a label or a name said in words has (Live, Champions League, Black Friday),
# which a translation into another language may leave as they are.
_WORDS_TO_TRANSLATE = 2
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def left_in_source_language(msgid: str, msgstr: str, source_lang: str, target_lang: str) -> bool:
    """Whether a translation is its source copied (Poedit's "Copy from source", then
    forgotten): still in the source's language, which the item says of it. Not where the source
    has nothing to translate (only placeholders, numbers, links) or two words, nor in a locale
    of the source's own language, which may well read as it does."""
    if msgstr.strip() != msgid.strip() or primary_language(source_lang) == primary_language(target_lang):
        return False
    prose = prose_of(msgid)
    if may_hold_link(prose):
        prose = URL_OR_EMAIL.sub("", prose)
    # Counted only as far as the words that make it one to translate.
    return sum(1 for _ in itertools.islice(_WORD.finditer(prose), _WORDS_TO_TRANSLATE + 1)) > _WORDS_TO_TRANSLATE


def _block_language(block: Block, untranslated: bool, source_lang: str, item_lang: str, translation: bool) -> str | None:
    """The language a block is in where it is not its item's: the one its source says (see
    Block.lang); in a translation, the original's for a block left wholly in it, and for a
    preformatted one, published as written in every locale (see BlockKind)."""
    if block.lang:
        return block.lang if block.lang != item_lang else None
    return source_lang if translation and (untranslated or block.kind == "preformatted") else None


def _byline(block: Block, text: str, source_lang: str, names: Mapping[str, str]) -> Byline:
    """A byline with nothing to translate (names only, or kept as written): the original's, but
    for the names the glossary renders, as in the text."""
    rendered = _with_renderings(block, text, names)
    return Byline(rendered, None if rendered != text else source_lang)


def names_published_as_written(article: Article, units: Sequence[Unit]) -> list[str]:
    """The names of the blocks with nothing to translate that are published in the names
    glossary's renderings (see `_with_renderings`): a byline or a table cell of names only
    (`Marta Kowalski`, `Social Democrats`), each name of a list in it apart; for the glossary
    to offer them to translators, as it does the names in units."""
    with_units = {unit.block for unit in units}
    return list(dict.fromkeys(
        name.group()
        for index, block in enumerate(article.blocks)
        if block.kind in ("byline", "cell") and block.translatable and index not in with_units and any(map(str.isalpha, block.text))
        for name in _NAME_IN_LIST.finditer(block.text)
    ))


def _cell_without_units(
    block: Block, text: str, links: tuple[tuple[int, int, str], ...], source_lang: str, target: Target
) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """A table cell with nothing to translate (names or a figure only, or kept as written), and
    its links: the original's, but for the names the glossary renders (whose words then link
    nowhere: where they would go in the rendering is not known), and figures (a cell of no
    words) written as the target writes them (see figures.figure_in_locale; a pseudo-locale
    keeps the source's), each link still around its words."""
    rendered = _with_renderings(block, text, target.names)
    if rendered != text:
        return rendered, ()
    if not block.translatable or block.kept or target.lang in PSEUDO_LOCALES:  # kept: marked not to be translated
        return text, links
    from .figures import figure_in_locale  # here: a build with nothing to rebuild does without the review's module
    written, spans = figure_in_locale(text, parse_locale(source_lang), parse_locale(target.lang), [link[:2] for link in links])
    return written, tuple((start, end, address) for (start, end), (_, _, address) in zip(spans, links))


def _with_renderings(block: Block, text: str, names: Mapping[str, str]) -> str:
    """The text of a block of names only, each name, as items of a list are parted (by commas,
    semicolons, slashes, ampersands), in the glossary's rendering where it has one."""
    return _NAME_IN_LIST.sub(lambda name: names.get(name.group(), name.group()), text) if block.translatable else text


def _block_texts(
    article: Article, units: Sequence[Unit], texts: Mapping[tuple[str | None, str], _Rendered],
    spacing: Callable[[str, str], str] | None, isolating: bool = False,
    in_source_language: Collection[tuple[str | None, str]] = (),
) -> list[tuple[str, tuple[tuple[int, int, str], ...], bool, tuple[tuple[int, int], ...]]]:
    """Each block's text: its units' translations (a unit without one in the source
    language), each followed by the source's whitespace or, after a translated unit, what
    `spacing` makes of it, behind a list item's marker (not a table's); its links, each
    unit's to the addresses of its source; whether the block has units and none is
    translated; and, in a block partly translated, the (start, end) of each run of its
    units left in the source language. A block without units (not to be translated, or a
    byline of names only) is as the source writes it.
    `isolating`: the names the translations take in are isolated where they would show out of
    place in right-to-left text (see bidi.py). `in_source_language`: the units translated as
    the source writes them, which are in its language as those without a translation are."""
    pieces: list[list[str]] = [[] for _ in article.blocks]
    links: list[list[tuple[int, int, str]]] = [[] for _ in article.blocks]
    names: list[list[tuple[int, int]]] = [[] for _ in article.blocks]
    lengths = [0] * len(article.blocks)
    translated_in = [False] * len(article.blocks)
    in_source: list[list[tuple[int, int]]] = [[] for _ in article.blocks]
    follows_source = [False] * len(article.blocks)  # the unit before, in the block, is in the source language
    for unit in units:
        offset = lengths[unit.block]
        rendered = texts.get(unit.key)
        if rendered is None or unit.key in in_source_language:
            rendered, following = rendered or _source_text(unit), unit.separator
            # Sentences in a row left in the source language are one run, the space between them too.
            start = in_source[unit.block].pop()[0] if follows_source[unit.block] else offset
            in_source[unit.block].append((start, offset + len(rendered.text)))
            follows_source[unit.block] = True
        else:
            follows_source[unit.block] = False
            translated_in[unit.block] = True
            following = spacing(rendered.text, unit.separator) if spacing else unit.separator
            if isolating:
                names[unit.block] += [(offset + start, offset + end) for start, end in rendered.names]
        if rendered.links:
            links[unit.block] += [(offset + start, offset + end, unit.links[number - 1]) for start, end, number in rendered.links]
        pieces[unit.block].append(rendered.text + following)
        lengths[unit.block] += len(rendered.text) + len(following)
    laid_out = []
    for block, parts, block_links, block_names, translated, source_runs in zip(
        article.blocks, pieces, links, names, translated_in, in_source
    ):
        runs = source_runs if translated else []
        if parts:
            joined = "".join(parts)
            text = joined.strip()
            spans = ()
            if block_links or block_names or runs:
                lead = len(joined) - len(joined.lstrip())
                spans = tuple((max(start - lead, 0), min(end - lead, len(text)), address) for start, end, address in block_links)
                block_names = [(start - lead, end - lead) for start, end in block_names]
                runs = [(max(start - lead, 0), min(end - lead, len(text))) for start, end in runs]
        else:
            text, spans = block.text, block.links
        # A table's first line behind a marker would no longer line up with the others: a
        # preformatted block opening a list item is published as written, without it.
        if block.marker and block.kind != "preformatted":
            shift = len(block.marker) + 1
            text, spans = f"{block.marker} {text}", tuple((start + shift, end + shift, address) for start, end, address in spans)
            block_names = [(start + shift, end + shift) for start, end in block_names]
            runs = [(start + shift, end + shift) for start, end in runs]
        if block_names:
            text, moved = isolated_names(text, block_names)
            spans = tuple((moved(start), moved(end), address) for start, end, address in spans)
            runs = [(moved(start), moved(end)) for start, end in runs]
        laid_out.append((text, spans, bool(parts) and not translated, tuple(runs)))
    return laid_out


class _Rendered(NamedTuple):
    """A unit's text as published, its links: (start, end, the number of its marker), and
    where the names put in stand (those of `_NAME_KINDS`)."""

    text: str
    links: tuple[tuple[int, int, int], ...] = ()
    names: tuple[tuple[int, int], ...] = ()  # (start, end) of each name put in


# What a right-to-left item isolates (see bidi.py): names and the phrases the source keeps as
# written, not web or e-mail addresses, which partners' autolinkers would take with an isolate.
_NAME_KINDS = frozenset({"name", "literal"})


def _source_text(unit: Unit) -> _Rendered:
    return _rendered(unit, unit.msgid, {placeholder.name: placeholder.text for placeholder in unit.placeholders})


def _rendered(unit: Unit, template: str, values: dict[str, str], *, locate_names: bool = False) -> _Rendered:
    """`template`, the unit's msgid or a translation of it that passed `check_translation`,
    with its placeholders filled and, when the unit has links, its link markers taken out;
    where the names put in stand only when asked (`locate_names`: for a right-to-left item)."""
    if not unit.links and not locate_names:
        return _Rendered(render_msgid(template, values))
    names = {placeholder.name for placeholder in unit.placeholders if placeholder.kind in _NAME_KINDS}
    if not unit.links:
        text, fields = render_msgid_at(template, values)
        return _Rendered(text, names=tuple((start, end) for start, end, field in fields if field in names))
    text, links, opened, spans = "", [], 0, []
    for piece in split(template):
        if isinstance(piece, str):
            rendered, fields = render_msgid_at(piece, values)
            spans += [(len(text) + start, len(text) + end) for start, end, field in fields if field in names]
            text += rendered
        elif piece[0]:
            opened = len(text)
        else:
            links.append((opened, len(text), piece[1]))
    return _Rendered(text, tuple(links), tuple(spans))


# Languages that put no space between sentences.
_UNSPACED = frozenset({"ja", "zh"})
_SENTENCE_END = regex.compile(r"[.!?…。！？؟۔।][\"'”’»«“‘›‹」』)）\]]*$")


def _sentence_spacing(source_lang: str, target_lang: str) -> Callable[[str, str], str]:
    """What goes between a translated sentence and the next: the source's whitespace, unless
    one language spaces its sentences and the other does not (English "It ended. Talks …"
    is Japanese "終わった。協議は…", and back)."""
    unspaced = parse_locale(target_lang).language in _UNSPACED
    if unspaced == (parse_locale(source_lang).language in _UNSPACED):
        return lambda _, separator: separator
    if unspaced:
        return lambda _, separator: separator if "\n" in separator else ""
    return lambda text, separator: separator or (" " if _SENTENCE_END.search(text) else "")


def _summary(problems: Sequence[UnitProblem]) -> str:
    """`(2 untranslated, 1 fuzzy, 1 with errors)`: units, each counted once."""
    labels: dict[tuple[str | None, str], str] = {}
    for problem in problems:
        label = "with errors" if problem.severity == "error" else problem.message.split(":")[0]
        labels.setdefault(problem.unit.key, label)
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    return (" (" + ", ".join(f"{count} {label}" for label, count in counts.items()) + ")") if counts else ""
