"""The names glossary: one PO domain per locale saying how each protected name is rendered.

`locales/<ll>/LC_MESSAGES/names.po` has one message per protected name of every article
translated into the locale (msgid = the name as in the source, in full: `Acme Inc.` also for
`Acme Inc`, and in German copy in its base form: `Deutsche Bank` also for `der Deutschen
Bank`; msgstr = its rendering, empty = keep it as it is). A translator fixes a name once and
every article's feed shows the fix. Names that CLDR knows as countries or territories are prefilled from
babel as fuzzy suggestions. A regional variant renders a name as its language does unless
its own glossary confirms a rendering.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import regex
from babel import Locale

from .catalog import FUZZY, Catalog, Message, merge, missing_header_fields, template_header
from .fsutil import file_identity
from .ids import PSEUDO_LOCALES, bcp47, parse_locale, regional_parent, text_digest, translates_into
from .localise import added_markup, invisible_in_name, unpublishable_character
from .model import InputError, Unit
from .names_rendering import full_name, german_inflected_forms, glossary_name, particle_lowered, particle_names
from .pofile import catalog_text, header_field, header_of, read_catalog, text_to_write, unchanged_template, wrong_language
from .workspace import GLOSSARY_DOMAIN, TEMPLATES, Workspace

DOMAIN = GLOSSARY_DOMAIN
# Locales whose script is not Latin: a name left in Latin letters there is worth a look.
_NON_LATIN_SCRIPTS = {
    "ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic", "mk": "Cyrillic", "be": "Cyrillic",
    "el": "Greek", "ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "he": "Hebrew", "hi": "Devanagari",
    "zh": "Han", "ja": "Han", "ko": "Hangul", "th": "Thai", "ka": "Georgian", "hy": "Armenian",
}


def template_file(workspace: Workspace) -> Path:
    return workspace.locales_dir / TEMPLATES / f"{DOMAIN}.pot"


def po_file(workspace: Workspace, locale: Locale) -> Path:
    return workspace.glossary_file(locale)


_OCCURS = "Name in: "
# names.pot keeps every article a name occurs in (the record extract maintains); a translator's
# names.po shows the first few, as a name common in the news may occur in hundreds.
_OCCURS_SHOWN = 5


def protected_names(units: Iterable[Unit], source_lang: str) -> list[str]:
    """The names protected in an article's units, in order, each as its glossary entry has it
    (see glossary_name): in full (`Acme Inc.` for `Acme Inc`), and in German in its base form
    (`Deutsche Bank` for `Deutschen Bank`), so that a translator renders a company once however
    its articles write it; a surname whose particle takes its case from where it stands as a
    sentence writes it inside (`von der Leyen` also for `Von der Leyen added`: see
    particle_names), so that a translator renders a person once, and the build sets the case."""
    units = list(units)
    inside = particle_names(units, source_lang)
    return list(dict.fromkeys(
        glossary_name(inside.get(placeholder.text, placeholder.text), source_lang)
        for unit in units for placeholder in unit.placeholders if placeholder.kind == "name"
    ))


def _glossary_template(
    previous: Catalog | None, fresh: Mapping[str, Iterable[str]], languages: Mapping[str, str], fresh_ids: set[str], created: dt.datetime
) -> Catalog:
    """Every protected name of every article, with where it occurs.

    `previous` is the current names.pot; the articles in `fresh_ids` were just extracted and
    `fresh` maps each of their names to the articles it occurs in. Other articles keep their
    entries, so an extract never has to read the whole workspace. `languages` gives the source
    language of every article listed (see _article_languages).
    """
    where: dict[str, set[str]] = {}
    for message in previous.active() if previous else ():
        for article_id in _occurrences(message):
            if article_id not in fresh_ids:
                # An entry from before a name had one entry in full (`Acme Inc`), or in German
                # in its base form (`Deutschen Bank`), joins that one.
                where.setdefault(glossary_name(message.msgid, languages[article_id]), set()).add(article_id)
    for name, article_ids in fresh.items():
        where.setdefault(name, set()).update(article_ids)
    # A surname one story only opens sentences with (`Von der Leyen said`) is the one another
    # writes inside (`backed by von der Leyen`): one entry, as a sentence writes it inside,
    # whose rendering the build capitalises where the name opens a sentence.
    for name in [name for name in where if particle_lowered(name) != name and particle_lowered(name) in where]:
        where[particle_lowered(name)] |= where.pop(name)
    template = Catalog(
        domain=DOMAIN,
        header=template_header("names glossary", "", created),
        messages=tuple(
            Message(msgid=name, extracted_comments=(f"{_OCCURS}{', '.join(sorted(ids))}",)) for name, ids in sorted(where.items())
        ),
        header_comment="How each protected name is written in this language, for every article.",
    )
    return _described(template, languages, lambda article_id: True)


_LANGUAGES = "Source language: "
_LEAVE_EMPTY = "Leave empty to keep the name as it is."


def _described(template: Catalog, languages: Mapping[str, str], listed: Callable[[str], bool]) -> Catalog:
    """The names of `template` that occur in an article `listed` says, each with those articles;
    with the language they are written in, which the header declares when it is one, as an
    article's PO does, and each entry says when they are of several (no language is the
    source of them all, and telling Poedit or Weblate one would be false)."""
    occurrences = {
        message.msgid: ids for message in template.messages if (ids := [article_id for article_id in _occurrences(message) if listed(article_id)])
    }
    written_in = {name: sorted({languages[article_id] for article_id in ids}) for name, ids in occurrences.items()}
    declared = {language for name_languages in written_in.values() for language in name_languages}
    messages = tuple(
        Message(msgid=name, extracted_comments=(
            f"{_OCCURS}{', '.join(ids)}",
            *([f"{_LANGUAGES}{', '.join(written_in[name])}"] if len(declared) > 1 else []),
            _LEAVE_EMPTY,
        ))
        for name, ids in occurrences.items()
    )
    header = {key: value for key, value in template.header.items() if key != "X-Source-Language"}
    if len(declared) == 1:
        header["X-Source-Language"] = declared.pop()
    return replace(template, header=header, messages=messages)


def _entry_languages(message: Message) -> list[str]:
    """The languages an entry of a glossary of several says its name is written in ([] in one of one)."""
    listed = next((line[len(_LANGUAGES):] for line in message.extracted_comments if line.startswith(_LANGUAGES)), "")
    return [language for language in listed.split(", ") if language]


def _occurrences(message: Message) -> list[str]:
    """The articles a names.pot entry lists its name in."""
    listed = next((line[len(_OCCURS):] for line in message.extracted_comments if line.startswith(_OCCURS)), "")
    return [article_id for article_id in listed.split(", ") if article_id]


def _article_languages(
    workspace: Workspace, previous: Catalog | None, fresh_languages: Mapping[str, str], languages_before: Mapping[str, str]
) -> dict[str, str]:
    """The source language of every article the glossary lists: the run's as just extracted,
    the others' as the last run recorded them, else as their templates declare (a header read,
    not the whole template)."""
    # An article whose template is gone keeps the label names.pot had.
    fallback = previous.header.get("X-Source-Language", "en") if previous else "en"
    languages = dict(fresh_languages)
    for message in previous.active() if previous else ():
        for article_id in _occurrences(message):
            if article_id in languages:
                continue
            path = workspace.template_file(article_id)
            languages[article_id] = languages_before.get(article_id) or (
                header_field(path, "X-Source-Language") if path.exists() else None
            ) or fallback
    return languages


def glossary_files(
    workspace: Workspace,
    fresh: Mapping[str, Iterable[str]],
    fresh_languages: Mapping[str, str],
    languages_before: Mapping[str, str],
    locales: Sequence[Locale],
    now: dt.datetime,
    unreadable: dict[str, str],
) -> Iterator[tuple[Path, str]]:
    """The files (path, text) that bring names.pot and each locale's glossary up to date with
    the articles just extracted (`fresh_languages`: each with its source language; see
    _glossary_template; `languages_before`: other articles' as the last run recorded them),
    one at a time: with thousands of names, each text is large. A locale's glossary that
    cannot be read is left as it is, and why is put in `unreadable` under its tag: one
    translator's slip holds back no other locale."""
    pot_path = template_file(workspace)
    previous = read_catalog(pot_path, DOMAIN) if pot_path.exists() else None
    languages = _article_languages(workspace, previous, fresh_languages, languages_before)
    new_template = _glossary_template(previous, fresh, languages, set(fresh_languages), now)
    new_template, template_changed = unchanged_template(new_template, pot_path, previous)
    if template_changed:
        yield pot_path, catalog_text(new_template)
    for locale in locales:
        path = po_file(workspace, locale)
        try:
            existing = _read_glossary_file(path, locale) if path.exists() else None
        except InputError as error:
            unreadable[bcp47(locale)] = str(error)
            continue
        # A story is never translated into its own language: its names are no work of the locale's translator.
        tag = bcp47(locale)
        translated = {language: translates_into(tag, language) for language in set(languages.values())}
        # A locale translating the stories of every language lists every name, as names.pot does.
        locale_template = new_template if all(translated.values()) else _described(
            new_template, languages, lambda article_id: translated[languages[article_id]]
        )
        written_in = {
            message.msgid: _entry_languages(message) or [locale_template.header.get("X-Source-Language", "en")]
            for message in locale_template.messages
        }
        updated = merge(locale_template, _renderings_carried(existing, set(written_in)), locale, now)
        updated = replace(
            updated, messages=tuple(_for_translators(_suggest_territory(message, written_in, locale)) for message in updated.messages)
        )
        text = text_to_write(updated, path, existing)
        if text is not None:
            yield path, text


def _renderings_carried(glossary_catalog: Catalog | None, names: set[str]) -> Catalog | None:
    """The locale's glossary with the confirmed rendering of a name an entry of its own had
    before (see _entry_name) moved to the entry the name has now, among `names`, where that has
    none confirmed: the name is published as it was, and the translator's work is kept. Where
    it has one, and the surname opening a sentence had another, the entry says which, so that
    the translator who rendered them apart sees what became of it."""
    if glossary_catalog is None:
        return None
    rendered = {message.msgid: message.msgstr for message in glossary_catalog.active() if message.translated}
    confirmed = set(rendered)
    moved: dict[str, Message] = {}  # name as it had its entry → the rendering moved to the entry it has now
    notes: dict[str, str] = {}  # entry → what the capitalised surname merged into it was rendered
    for message in glossary_catalog.active():
        if not message.translated or (entry := _entry_name(message.msgid, names)) == message.msgid:
            continue
        inside = entry == particle_lowered(message.msgid)
        if inside:
            rendering = _rendering_inside(message.msgid, message.msgstr)
        else:
            rendering = full_name(message.msgstr) if full_name(message.msgid) != message.msgid else message.msgstr
        if entry not in confirmed:
            confirmed.add(entry)  # of two forms rendered (`Deutschen Alpenvereins`, `…vereines`), the first moves
            moved[message.msgid] = replace(message, msgid=entry, msgstr=rendering)
        elif inside and rendered.get(entry, rendering) != rendering:
            notes[entry] = (
                f"{message.msgid}, as a story wrote it opening a sentence, had an entry of its own, rendered “{message.msgstr}”: "
                "this entry's rendering is kept for both, with a capital where the name opens a sentence."
            )
    if not moved and not notes:
        return glossary_catalog
    # The entry's own message, empty or a fuzzy suggestion, gives way to the rendering moved to it.
    replaced = {message.msgid for message in moved.values()}
    return replace(glossary_catalog, messages=tuple(
        message if message.obsolete else _noted(moved.get(message.msgid, message), notes)
        for message in glossary_catalog.messages
        if message.obsolete or message.msgid not in replaced
    ))


def _noted(message: Message, notes: Mapping[str, str]) -> Message:
    note = notes.get(message.msgid)
    return message if note is None else replace(message, translator_comments=(*message.translator_comments, note))


def _entry_name(msgid: str, names: set[str]) -> str:
    """The entry in names.pot (`names`) of a name that had an entry of its own before: before
    a name had one entry in full (`Acme Inc` → `Acme Inc.`), or one in its base form in German
    copy (`Deutschen Bank` → `Deutsche Bank`, when German articles list it so), or a surname
    one as a sentence writes it inside (`Von der Leyen` → `von der Leyen`, when articles list it so)."""
    full, base, inside = full_name(msgid), glossary_name(msgid, "de"), particle_lowered(msgid)
    if msgid in names:
        return full
    return next((entry for entry in (base, inside) if entry != full and entry in names), full)


def _rendering_inside(name: str, rendering: str) -> str:
    """The rendering of a surname written with a capital opening a sentence (`Von der Leyen` →
    `Фон дер Ляйен`) as a sentence writes it inside, where its particle is: with its first word
    in lower case when it has as many words as the name (`фон дер Ляйен`), else as it is."""
    return rendering[:1].lower() + rendering[1:] if len(rendering.split(" ")) == len(name.split(" ")) else rendering


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _for_translators(message: Message) -> Message:
    """The message with a long list of the articles its name occurs in cut to the first few."""
    comments = []
    for line in message.extracted_comments:
        ids = line[len(_OCCURS):].split(", ") if line.startswith(_OCCURS) else []
        if len(ids) > _OCCURS_SHOWN:
            line = f"{_OCCURS}{', '.join(ids[:_OCCURS_SHOWN])} and {len(ids) - _OCCURS_SHOWN} more articles"
        comments.append(line)
    # Most names occur in a few articles: their message is kept as it is, not copied.
    return message if tuple(comments) == message.extracted_comments else replace(message, extracted_comments=tuple(comments))


def read_glossary(workspace: Workspace, locale: Locale) -> Mapping[str, str]:
    """Source name → confirmed rendering (fuzzy suggestions are not used). A regional
    variant writes a name as its language does (de-AT as de) unless its own glossary confirms
    a rendering: partners of one language then read one spelling of a person, and a variant's
    translator who spells it otherwise still has the last word."""
    path = po_file(workspace, locale)
    identity = file_identity(path)
    parent = regional_parent(locale)
    parent_path = po_file(workspace, parent) if parent is not None else None
    parent_identity = file_identity(parent_path) if parent_path is not None else None
    if parent_path is not None and parent_identity:
        return _with_inherited(workspace, path, identity, parent_path, parent_identity)
    if identity is None and missing(workspace, locale):
        raise _missing_glossary(workspace, locale)
    if parent is not None and missing(workspace, parent):  # a variant's renderings stand on its language's
        raise _missing_glossary(workspace, parent)
    return _renderings(workspace, path, identity) if identity else {}


def _missing_glossary(workspace: Workspace, locale: Locale) -> InputError:
    return InputError(str(po_file(workspace, locale)), None, "the names glossary is missing",
                      f"restore it to keep its renderings, or `syndicate extract` into {bcp47(locale)} writes it again without them")


def missing(workspace: Workspace, locale: Locale) -> bool:
    """Whether the locale's names.po is gone (deleted, not yet restored) though extract wrote
    one: a template of names exists and the locale has PO files. A pseudo-locale has none."""
    return (not po_file(workspace, locale).exists() and bcp47(locale) not in PSEUDO_LOCALES
            and template_file(workspace).exists() and po_file(workspace, locale).parent.is_dir())


def header_lacks_fields(workspace: Workspace, locale: Locale) -> bool:
    """Whether the locale's names.po lacks a header field an update writes back (see
    catalog.missing_header_fields), as an article's PO file may: extract then updates it
    though no story changed. Only the file's start is read."""
    path = po_file(workspace, locale)
    return path.exists() and bool(missing_header_fields(Catalog(domain=DOMAIN, header=header_of(path))))


# The question whether an entry is written inside a sentence is noted among the names looked
# up, under a prefix no name starts with (a control character).
_WRITTEN_INSIDE, _INSIDE = "\x01", "inside"
_LOOKED_UP_ONLY = "a glossary's names are looked up one by one, so that what is built with it depends on those only"


class RenderingsUsed(Mapping[str, str]):
    """A locale's renderings (see read_glossary) that note each name looked up in them.

    What an item or a check made with them depends on is the renderings of its own names,
    not the whole glossary, which every extract of a story with a new name rewrites: `record`
    is kept with it, and `renderings_unchanged` says whether it still holds. A reader that
    needed every name would depend on them all, so the names can only be looked up."""

    def __init__(self, renderings: Mapping[str, str], written_inside: Collection[str] = frozenset()) -> None:
        self._renderings = renderings
        self._written_inside = written_inside
        self._used: dict[str, str | None] = {}  # name → its rendering when looked up (None: none)

    def written_inside(self, name: str) -> bool:
        """Whether the glossary has an entry `name` written as inside a sentence (see
        names_written_inside), noted with the renderings looked up: another story's entry that
        tells a particle's case changes what an item is built with."""
        self._used[_WRITTEN_INSIDE + name] = _INSIDE if name in self._written_inside else None
        return name in self._written_inside

    def record(self) -> str:
        """The names looked up and a digest of their renderings, in one string ("" for none):
        a build keeps one for every item of the workspace at once."""
        # NUL, which no text of a PO file or an XML item holds, parts the names.
        return "\0".join((_renderings_digest(self._used), *self._used)) if self._used else ""

    def __getitem__(self, name: str) -> str:
        rendering = self._renderings.get(name)
        self._used[name] = rendering
        if rendering is None:
            raise KeyError(name)
        return rendering

    def __iter__(self) -> Iterator[str]:
        raise TypeError(_LOOKED_UP_ONLY)

    def __len__(self) -> int:
        raise TypeError(_LOOKED_UP_ONLY)


def renderings_unchanged(record: object, renderings: Mapping[str, str], written_inside: Collection[str] = frozenset()) -> bool:
    """Whether every name a RenderingsUsed's `record` looked up is still rendered so, and
    still written inside a sentence (`written_inside`) or not where it asked; False for a
    record of another shape."""
    if not isinstance(record, str):
        return False
    if not record:
        return True
    digest, *names = record.split("\0")
    return digest == _renderings_digest({
        name: (_INSIDE if name[len(_WRITTEN_INSIDE):] in written_inside else None) if name.startswith(_WRITTEN_INSIDE)
        else renderings.get(name)
        for name in names
    })


def _renderings_digest(renderings: Mapping[str, str | None]) -> str:
    return text_digest(json.dumps(list(renderings.items()), ensure_ascii=False))


@functools.lru_cache(maxsize=16)
def _with_inherited(
    workspace: Workspace, path: Path, identity: str | None, parent_path: Path, parent_identity: str
) -> Mapping[str, str]:
    """A variant's renderings over its language's, joined once per run and process, not once per article."""
    own = _renderings(workspace, path, identity) if identity else {}
    return MappingProxyType({**_renderings(workspace, parent_path, parent_identity), **own})


@functools.lru_cache(maxsize=64)
def _renderings(workspace: Workspace, path: Path, identity: str) -> Mapping[str, str]:
    """Read once per run and process, not once per article: the glossary grows with the
    workspace, and most of it is empty (names kept as written). The renderings are kept in
    .syndicate/ with the file's identity, so a run that only rebuilds one item does not parse
    the whole glossary again; `identity` keys this process's copy, so an edit is seen."""
    renderings = workspace.derived_from_files(
        f"{DOMAIN}-{path.parent.parent.name}", {DOMAIN: path},
        _confirmed_renderings, dict,
    )
    return MappingProxyType(renderings[DOMAIN])


def _confirmed_renderings(po: Path) -> dict[str, str]:
    return published_renderings(_read_glossary_file(po, parse_locale(po.parent.parent.name)))


def names_written_inside(workspace: Workspace) -> frozenset[str]:
    """The glossary's entries that write a surname's particle in lower case, as a sentence does
    inside (`de Vries`), rendered or not: where a story only opens sentences with the name
    (`De Vries said`), an entry so tells that its particle takes its case from where the
    translation puts it, and an entry with a capital (`Van Morrison`, whose `Van` is his given
    name) that it does not (see particle_names)."""
    template = template_file(workspace)
    identity = file_identity(template)
    return _written_inside(workspace, template, identity) if identity else frozenset()


@functools.lru_cache(maxsize=16)
def _written_inside(workspace: Workspace, template: Path, identity: str) -> frozenset[str]:
    """Read once per run and process, and kept in .syndicate/ as the renderings are (see `_renderings`)."""
    return frozenset(workspace.derived_from_files(f"{DOMAIN}-written-inside", {DOMAIN: template}, _entries_written_inside, list)[DOMAIN])


def _entries_written_inside(template: Path) -> list[str]:
    try:
        catalog = read_catalog(template, DOMAIN)
    except InputError:  # extract writes the template again; until then no entry tells a particle's case
        return []
    return [message.msgid for message in catalog.active()
            if message.msgid[:1].islower() and particle_lowered(_capitalised(message.msgid)) == message.msgid]


def _read_glossary_file(po: Path, locale: Locale) -> Catalog:
    """The locale's names.po; InputError when it cannot be read or its header names another
    language (another locale's glossary copied over it would publish its names)."""
    glossary_catalog = read_catalog(po, DOMAIN)
    if (wrong := wrong_language(po, glossary_catalog, locale)) is not None:
        raise wrong
    return glossary_catalog


def published_renderings(glossary_catalog: Catalog) -> dict[str, str]:
    """Source name → the rendering the build publishes: confirmed (not fuzzy) and usable. A
    name in full (`Acme Inc.`) renders it also as written without its final period, which the
    source leaves out or gives to the sentence (`Acme Inc said`, `sold Acme Inc.`): without the
    rendering's final period, unless an entry of its own from before says otherwise; a German
    name in its base form (`Deutsche Bank`) renders also its inflected forms (`Deutschen Bank`),
    which the source writes and its placeholders put back where there is no rendering."""
    renderings = {
        message.msgid: message.msgstr
        for message in glossary_catalog.active()
        if message.translated and _publishable(message.msgid, message.msgstr)
    }
    for name, rendering in list(renderings.items()):
        written = name.removesuffix(".")
        if written != name and full_name(written) == name and _publishable(written, shortened := rendering.removesuffix(".")):
            renderings.setdefault(written, shortened)
        for inflected in german_inflected_forms(name):
            renderings.setdefault(inflected, rendering)
        # A surname's entry from before it had one as a sentence writes it inside (`Von der
        # Leyen`) renders it so, until its articles are extracted again (see particle_names).
        if (inside := particle_lowered(name)) != name:
            renderings.setdefault(inside, _rendering_inside(name, rendering))
        # A surname's entry as a sentence writes it inside renders it also where a story writes
        # it with a capital, at a sentence's start (`Von der Leyen said`), with one.
        elif particle_lowered(opening := _capitalised(name)) == name:
            renderings.setdefault(opening, _capitalised(rendering))
    return renderings


def _publishable(name: str, rendering: str) -> bool:
    """Whether the build can publish `rendering` for `name`: what `check` reports as a
    rendering's problem, or as markup the name does not have (printed as text), it cannot."""
    return rendering_problem(rendering) is None and not added_markup(name, rendering)


def rendering_problem(rendering: str) -> str | None:
    """Why a confirmed rendering of a name cannot be published; the build then keeps the
    name as written (and `check` reports the entry)."""
    if not rendering.strip():
        return "a blank rendering would delete the name: leave msgstr empty to keep it as written"
    if rendering != rendering.strip():
        return "space around the rendering would be published with it"
    if bad := unpublishable_character(rendering):
        return f"{bad} in the rendering"
    if bad := invisible_in_name(rendering):
        return f"{bad} in the rendering: a name needs no bidi control or invisible space (a right-to-left item isolates names itself)"
    if "{" in rendering or "}" in rendering:
        # A glossary holds no placeholders: braces would reach readers as they are.
        return "braces in the rendering would be published as they are: write the name as readers see it"
    return None


def script_of(locale: Locale) -> str:
    """The script `locale` is written in, as Unicode names it (Latin, Cyrillic, Han, …): the
    one its tag names (sr-Latn, uz-Cyrl), else its language's."""
    if locale.script in _SCRIPT_CODES:
        return _SCRIPT_CODES[locale.script]
    return _NON_LATIN_SCRIPTS.get(locale.language, "Latin")


# ISO 15924 codes, as a locale's tag gives them, by the Unicode name of the script.
_SCRIPT_CODES = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew", "Deva": "Devanagari",
    "Hans": "Han", "Hant": "Han", "Hang": "Hangul", "Kore": "Hangul", "Thai": "Thai", "Geor": "Georgian", "Armn": "Armenian",
}


def latin_script_names(names: Iterable[str], locale: Locale) -> list[str]:
    """Of names published as the source writes them, those in Latin letters where `locale`
    is written in another script."""
    if script_of(locale) == "Latin":
        return []
    return [name for name in names if regex.search(r"\p{Latin}", name)]


@functools.lru_cache(maxsize=16)
def _territory_codes(source_lang: str) -> Mapping[str, str]:
    """CLDR territory name in the source language → territory code."""
    source = Locale.parse(source_lang.replace("-", "_"))
    return MappingProxyType({name: code for code, name in source.territories.items()})


def _suggest_territory(message: Message, written_in: Mapping[str, Sequence[str]], locale: Locale) -> Message:
    """The message with the locale's CLDR name of the territory its name is, as a suggestion,
    when it has no rendering: the name read in the languages it is written in (`written_in`)."""
    if message.msgstr or message.obsolete:
        return message
    codes = (_territory_codes(language).get(message.msgid) for language in written_in.get(message.msgid, ()))
    code = next((code for code in codes if code is not None and code in locale.territories), None)
    if code is None:
        return message
    return replace(
        message,
        msgstr=locale.territories[code],
        flags=(FUZZY, *message.flags),
        extracted_comments=(*message.extracted_comments, "Suggested from CLDR territory names: confirm it."),
    )
