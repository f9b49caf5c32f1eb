"""The newsroom workspace on disk: where every file of an article lives.

```
syndicate.toml                          optional settings ([feed] provider, index_limit; [extract] locales, srx)
names.txt                               the desk's names: add, exclude (!Name), roles (role: …)
articles/<id>.json                      article structure kept by extract for build
locales/templates/<id>.pot              template per article
locales/<ll_CC>/LC_MESSAGES/<id>.po     translations per locale (gettext layout)
feeds/<ll-CC>/<id>.xml                  NewsML-G2 item per article and locale
feeds/<ll-CC>/index.xml                 NewsML-G2 newsMessage per locale
archive/                                the archived articles' records, templates and PO files, laid out as above
archive/guids.json                      the guid of each archived article
.syndicate/                             the lock and build cache of this machine (not shared)
```
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale

from .code_version import code_version
from .fsutil import atomic_write_text, file_digest, file_identity, file_names
from .parallel import ordered_map
from .ids import PSEUDO_LOCALES, bcp47, gettext_code, is_article_id, is_domain_name, parse_locale
from .model import AltId, Article, Assignment, Block, Cell, InputError, ItemMeta, Kill, Note, Placeholder, RelatedLink, Rights, RightsStatement, Subject, Unit

CONFIG_FILE = "syndicate.toml"
# Every setting syndicate.toml may hold, by table.
_SETTINGS = {"feed": ("provider", "index_limit", "links"), "extract": ("locales", "srx")}
DEFAULT_PROVIDER = "syndicate.example"
# Partners poll for what is new; a bounded index keeps each poll, and each build, small.
DEFAULT_INDEX_LIMIT = 100
TEMPLATES = "templates"
# The domain of each locale's names glossary (glossary.py), beside its articles' PO files.
GLOSSARY_DOMAIN = "names"
ARCHIVE = "archive"


@dataclass(frozen=True)
class Settings:
    provider: str = DEFAULT_PROVIDER
    locales: tuple[str, ...] = ()
    index_limit: int = DEFAULT_INDEX_LIMIT
    srx: Path | None = None  # segmentation rules shared with the translators' CAT tool
    # Whether items link an agency's linked words with an XHTML <a href>, and set the sentences
    # a partly translated block still has in the original's language in a <span lang> (`[feed]
    # links = "inline"`): partner CMSes that keep only each block's own text (Superdesk's
    # ingest) would lose such a block's words from its first element on, so by default they are text.
    inline_links: bool = False


def enclosing_workspace(start: Path) -> Path:
    """The workspace `start` is in: the nearest folder, `start` or one above it, that holds a
    newsroom (syndicate.toml, or articles/ beside locales/), so that a command run in wire/
    works on its newsroom; `start` itself when none does (a new one). Not .syndicate/, which a
    `partner add` run anywhere leaves. Relative to `start` (`.`, `..`), as paths in messages
    are best read."""
    absolute = start.absolute()
    for folder in (absolute, *absolute.parents):
        if (folder / CONFIG_FILE).is_file() or ((folder / "articles").is_dir() and (folder / "locales").is_dir()):
            # archive/ is laid out as a workspace is, and is its workspace's.
            if folder.name == ARCHIVE and (folder.parent / "articles").is_dir():
                continue
            return Path(os.path.relpath(folder, absolute))
    return Path(".")


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def feeds_dir(self) -> Path:
        return self.root / "feeds"

    @property
    def build_state_file(self) -> Path:
        return self.root / ".syndicate" / "build-state.json"

    @property
    def index_limits_file(self) -> Path:
        return self.root / ".syndicate" / "index-limits.json"

    @property
    def indexes_pending_file(self) -> Path:
        return self.root / ".syndicate" / "indexes-pending.json"

    @property
    def glossaries_pending_file(self) -> Path:
        return self.root / ".syndicate" / "glossaries-pending.json"

    @property
    def extract_state_file(self) -> Path:
        return self.root / ".syndicate" / "extract-state.json"

    @property
    def archived(self) -> Workspace:
        """archive/: the archived articles' files, each where it was in the workspace (see archive.py)."""
        return Workspace(self.root / ARCHIVE)

    @property
    def archived_guids_file(self) -> Path:
        """The guid of each archived article (see archive.py): kept with the archive, not in .syndicate/."""
        return self.root / ARCHIVE / "guids.json"

    @property
    def archive_moves_file(self) -> Path:
        return self.root / ".syndicate" / "archive-moves.json"

    @property
    def archived_build_state_file(self) -> Path:
        return self.root / ".syndicate" / "archived-build-state.json"

    @property
    def archived_extract_state_file(self) -> Path:
        return self.root / ".syndicate" / "archived-extract-state.json"

    @property
    def lock_file(self) -> Path:
        return self.root / ".syndicate" / "lock"

    def read_cache(self, path: Path) -> dict[str, Any]:
        """A run's record of what it did (under .syndicate/); empty when there is none or it
        is damaged, so that the next run simply checks everything afresh."""
        try:
            cache = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return cache if isinstance(cache, dict) else {}

    def write_cache(self, path: Path, cache: dict[str, Any]) -> None:
        # Compact: json's C encoder does not indent, and a build's record has a line per item.
        atomic_write_text(path, json.dumps(cache, separators=(",", ":"), sort_keys=True) + "\n")

    def remove_replaced_records(self, names: Iterable[str]) -> None:
        """Delete the records an earlier release kept in .syndicate/ under these names, which
        the current code keeps under others and never reads: else every workspace keeps them
        for good. A record that cannot be deleted (a read-only workspace) stays, read by nothing."""
        for name in names:
            with contextlib.suppress(OSError):
                (self.root / ".syndicate" / name).unlink(missing_ok=True)

    def has_locale(self, locale: Locale) -> bool:
        """Whether the locale has its folder under locales/: a locale removed from the workspace has none."""
        return (self.locales_dir / gettext_code(locale)).is_dir()

    def remove_records_of_removed_locales(self, *records: str) -> None:
        """Delete the records kept in .syndicate/ as `<record>-<locale>.json` (by gettext code:
        `translation-progress-de_AT.json`) of the locales removed from the workspace, which no
        run reads again: else a workspace keeps them for good. A locale added back is read
        afresh. A record that cannot be deleted (a read-only workspace) stays, read by nothing."""
        for record in records:
            for path in (self.root / ".syndicate").glob(f"{record}-*.json"):
                code = path.stem[len(record) + 1:]
                try:
                    locale = parse_locale(code)
                except ValueError:  # another record's name (names-written-inside)
                    continue
                if gettext_code(locale) == code and not self.has_locale(locale):
                    with contextlib.suppress(OSError):
                        path.unlink()

    def derived_from_files(self, record: str, files: Mapping[str, Path], derive: Callable[[Path], Any], kind: type) -> dict[str, Any]:
        """`derive(file)` for each of `files` (by key), kept in .syndicate/<record>.json with the
        file's identity and computed again only for the files that changed since, or are new;
        files no longer given drop out. Values are JSON data of type `kind`; a record damaged
        or of another shape is computed afresh. A file of another identity whose bytes, at the
        same path, are those the value was derived from (the workspace copied, `cp -r` or a CI
        cache, or put back from a backup) keeps its value. Many files to compute (a first run
        over a translated workspace) are computed on all cores, so `derive` must be a
        module-level function."""
        path = self.root / ".syndicate" / f"{record}.json"
        kept = self.read_cache(path)
        current: dict[str, dict[str, Any]] = {}
        stale: list[str] = []
        for key, file in files.items():
            # Other code may derive something else from the same file.
            identity = f"{code_version()} {file_identity(file)}"
            entry = kept.get(key)
            if not isinstance(entry, dict) or not isinstance(entry.get("value"), kind):
                entry = {}
            if entry.get("identity") != identity:
                # Taken before the file is read: one saved meanwhile has other bytes at the next run.
                # The path within the workspace: a copy elsewhere has the same files.
                contents = f"{code_version()} {os.path.relpath(file, self.root)} {file_digest(file)}"
                if entry.get("contents") == contents:
                    entry = {**entry, "identity": identity}
                else:
                    entry = {"identity": identity, "contents": contents}
                    stale.append(key)
            current[key] = entry
        for key, value in zip(stale, ordered_map(derive, [files[key] for key in stale])):
            current[key]["value"] = value
        if current != kept:
            # Only a cache: a workspace that is read-only here (a mounted copy) is still read.
            with contextlib.suppress(OSError):
                self.write_cache(path, current)
        return {key: entry["value"] for key, entry in current.items()}

    @contextlib.contextmanager
    def writing_run(self) -> Iterator[None]:
        """Mark a run that writes to the workspace (hold the lock around it). A run killed,
        stopped or failed before its end leaves the mark, and the next run first deletes the
        temp files it may have left behind; after runs that ended well, nothing needs looking
        for (a workspace holds thousands of files)."""
        mark = self.root / ".syndicate" / "run-in-progress"
        if mark.exists():
            self._remove_temporaries()
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.touch()
        try:
            yield
        except BaseException:
            # A run stopped at any point (Ctrl-C between a worker's result and its adoption)
            # may not know every file it staged: while the lock is still held, every temp
            # file is this run's, and goes now.
            self._remove_temporaries()
            raise
        # Only a run that ended well takes the mark away: after a failed or interrupted one,
        # the next run looks for temp files anyway.
        mark.unlink(missing_ok=True)

    def _remove_temporaries(self) -> None:
        for folder in (self.root / "articles", self.locales_dir, self.feeds_dir, self.root / ".syndicate"):
            if folder.is_dir():
                for path in folder.rglob(".*.tmp"):
                    path.unlink(missing_ok=True)
        # The archive's own list of guids is the one file written there (its articles' files move by renames).
        for path in (self.root / ARCHIVE).glob(".guids.json.*.tmp"):
            path.unlink(missing_ok=True)

    # A build asks for thousands of paths in a handful of folders: each folder is joined once.
    @functools.lru_cache(maxsize=64)
    def _folder(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def article_folders(self, locales: Sequence[Locale]) -> list[Path]:
        """The folders of the articles' structures, templates and PO files, each one listed
        after the folders it holds."""
        files = (self.article_file("a"), self.template_file("a"), *(self.po_file(locale, "a") for locale in locales))
        folders = {folder for file in files for folder in file.parents if self.root in folder.parents}
        return sorted(folders, key=lambda folder: len(folder.parts), reverse=True)

    def article_file(self, article_id: str) -> Path:
        return self._folder("articles") / f"{_checked(article_id)}.json"

    def no_such_articles(self, article_ids: Sequence[str], beyond: str = "") -> InputError:
        """The error every command gives for articles named that the workspace does not have
        (`beyond`: where else the command looked for them)."""
        return InputError(str(self.article_file(article_ids[0])), None,
                          f"no article {', '.join(map(repr, article_ids))} in this workspace{beyond}",
                          "the ids are the names in articles/, and `syndicate status` with no article lists them")

    @property
    def check_records_folder(self) -> Path:
        return self.root / ".syndicate" / "check"

    def check_record_file(self, article_id: str) -> Path:
        """The last check's findings of the article, with what they were found in."""
        return self.check_records_folder / f"{_checked(article_id)}.json"

    @property
    def review_records_folder(self) -> Path:
        return self.root / ".syndicate" / "review"

    def review_record_file(self, article_id: str) -> Path:
        """The build's review of the article's translations, by locale, kept for check: one file
        an article, so that a build holds and writes only the records of what it builds."""
        return self.review_records_folder / f"{_checked(article_id)}.json"

    def template_file(self, article_id: str) -> Path:
        return self._folder("locales", TEMPLATES) / f"{_checked(article_id)}.pot"

    def po_file(self, locale: Locale, article_id: str) -> Path:
        return self._folder("locales", gettext_code(locale), "LC_MESSAGES") / f"{_checked(article_id)}.po"

    def glossary_file(self, locale: Locale) -> Path:
        """The locale's names glossary, beside its articles' PO files (an id no article takes)."""
        return self._folder("locales", gettext_code(locale), "LC_MESSAGES") / f"{GLOSSARY_DOMAIN}.po"

    def feed_dir(self, lang: str) -> Path:
        return self._folder("feeds", lang)

    def item_file(self, lang: str, article_id: str) -> Path:
        return self.feed_dir(lang) / f"{_checked(article_id)}.xml"

    def article_ids(self) -> list[str]:
        stems = (name[: -len(".json")] for name in file_names(self.root / "articles") if name.endswith(".json"))
        return sorted(stem for stem in stems if is_article_id(stem))

    def translation_locales(self, *, pseudo: bool = False) -> list[Locale]:
        """Every locale with a folder under locales/, in BCP 47 order; pseudo-locales
        (en-XA, …) only when asked for, since they are for testing, not for partners."""
        if not self.locales_dir.is_dir():
            return []
        found = []
        for folder in sorted(self.locales_dir.iterdir()):
            # A bare locales/de/ counts: it is how a desk adds a locale by hand.
            if folder.name != TEMPLATES and folder.is_dir():
                try:
                    locale = parse_locale(folder.name)
                except ValueError:
                    continue
                if folder.name != gettext_code(locale):  # pt-BR for pt_BR: its files would never be read
                    raise InputError(str(folder), None, f"a locale folder is named as gettext names it: {gettext_code(locale)}",
                                     f"rename {folder.name} to {gettext_code(locale)}")
                if pseudo or bcp47(locale) not in PSEUDO_LOCALES:
                    found.append(locale)
        return sorted(found, key=bcp47)

    def source_languages(self) -> set[str]:
        """The languages the workspace's articles are written in, as their templates declare."""
        from .pofile import header_field  # the rare caller only: reading commands start without it

        templates = self._folder("locales", TEMPLATES)
        return {lang for path in templates.glob("*.pot") if (lang := (header_field(path, "X-Source-Language") or "").strip())}

    def settings(self) -> Settings:
        path = self.root / CONFIG_FILE
        if not path.exists():
            return Settings()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise InputError(str(path), None, f"invalid settings: {error}") from None
        # A misspelt key would be ignored without a word, as the wire layout never lets a header be.
        known = " and ".join(f"[{section}] {', '.join(keys)}" for section, keys in _SETTINGS.items())
        for section, keys in (("", tuple(_SETTINGS)), *_SETTINGS.items()):
            table = data.get(section, {}) if section else data
            if not isinstance(table, dict):
                raise InputError(str(path), None, f"[{section}] must be a table of settings")
            if unknown := sorted(set(table) - set(keys)):
                where = f"[{section}] " if section else ""
                raise InputError(str(path), None, f"unknown setting {where}{unknown[0]!r}", f"the settings are {known}")
        feed, extract = data.get("feed", {}), data.get("extract", {})
        limit = feed.get("index_limit", DEFAULT_INDEX_LIMIT)
        if not isinstance(limit, int) or limit < 1:
            raise InputError(str(path), None, f"[feed] index_limit must be a positive whole number, not {limit!r}")
        provider = feed.get("provider", DEFAULT_PROVIDER)
        if not isinstance(provider, str) or not is_domain_name(provider):
            raise InputError(str(path), None, f"[feed] provider must be the agency's domain name, not {provider!r}",
                             'e.g. provider = "example.com" (it names the agency and its schemes in every item)')
        links = feed.get("links", "text")
        if links not in ("text", "inline"):
            raise InputError(str(path), None, f'[feed] links must be "text" or "inline", not {links!r}',
                             'links = "inline" writes an agency\'s links as <a href> in every item; "text" keeps their words only')
        locales = extract.get("locales", [])
        if not isinstance(locales, list) or not all(isinstance(locale, str) for locale in locales):
            raise InputError(str(path), None, f"[extract] locales must be a list of locale tags, not {locales!r}",
                             'e.g. locales = ["de", "fr"]')
        for locale in locales:
            try:
                parse_locale(locale)
            except ValueError as error:
                raise InputError(str(path), None, f"[extract] locales: {error}") from None
        srx = extract.get("srx")
        if srx is not None and not isinstance(srx, str):
            raise InputError(str(path), None, f"[extract] srx must be a file name, not {srx!r}")
        return Settings(
            provider=provider,
            locales=tuple(locales),
            index_limit=limit,
            srx=self.root / srx if srx else None,
            inline_links=links == "inline",
        )

    @staticmethod
    def article_record(article: Article, units: list[Unit]) -> str:
        """What `articles/<id>.json` holds: the article and its units, all build needs."""
        payload = {"article": article, "units": units}
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_plain) + "\n"

    def load_article(self, article_id: str) -> tuple[Article, list[Unit]]:
        path = self.article_file(article_id)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            return _article(payload["article"]), [_unit(unit) for unit in payload["units"]]
        except FileNotFoundError:
            raise InputError(str(path), None, f"no article {article_id!r} in this workspace", "run `syndicate extract` first") from None
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(str(path), None, f"damaged article structure: {error}", "run `syndicate extract` on the article again") from None


@functools.lru_cache(maxsize=4096)
def _checked(article_id: str) -> str:
    if not is_article_id(article_id):
        raise InputError(article_id, None, "not a valid article id", "ids are lower-case letters, digits and hyphens")
    return article_id


def _plain(value: Any) -> Any:
    """What JSON writes for the model's dates and (frozen, unslotted) dataclasses: their fields."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (Block, Unit)):
        # The record of a text without links, in its article's language, outside any table, or
        # of no description's role, stays as it was before these were kept.
        return {name: field for name, field in vars(value).items() if field or name not in ("links", "lang", "cell", "role")}
    if isinstance(value, ItemMeta):
        # The record of an item with one credit line at most, and no keyword said how it was
        # given, stays as it was before these were kept.
        return {name: field for name, field in vars(value).items() if field or name not in ("more_creditlines", "keyword_assignments")}
    return vars(value)


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _spans(kept: list[Any]) -> tuple[tuple[int, int], ...]:
    # Articles extracted before phrases were kept by position list them as text: the units
    # made of them are in the record, and the next extract of the source places them again.
    return tuple((start, end) for start, end in (span for span in kept if isinstance(span, list)))


def _subject(data: dict[str, Any]) -> Subject:
    # Records written before concepts kept their relations hold none.
    return Subject(**{
        **data,
        "other_names": tuple(tuple(name) for name in data.get("other_names", ())),
        "broader": tuple(_subject(concept) for concept in data.get("broader", ())),
        "same_as": tuple(_subject(concept) for concept in data.get("same_as", ())),
        "assignment": _assignment(data.get("assignment")),  # absent from records written before it was kept
    })


def _assignment(data: dict[str, Any] | None) -> Assignment | None:
    return Assignment(**data) if data else None


def _rights(rights: list[Any] | dict[str, Any] | None) -> tuple[Rights, ...]:
    # Records written before every rightsInfo was kept hold the first one (or null), its
    # notice and usage terms apart: published in that order.
    if isinstance(rights, dict):
        older = dict(rights)
        texts = ((older.pop("notice", None), False), (older.pop("usage_terms", None), True))
        return (Rights(**older, statements=tuple(RightsStatement(text, usage_terms) for text, usage_terms in texts if text)),)
    return tuple(
        Rights(**{
            **block,
            "statements": tuple(RightsStatement(**statement) for statement in block["statements"]),
            "links": tuple(RelatedLink(**link) for link in block.get("links", ())),
            "holder_other_names": tuple(tuple(name) for name in block.get("holder_other_names", ())),
            **{party: _subject(block[party]) for party in ("accountable", "data_mining") if block.get(party)},
        })
        for block in rights or ()
    )


def _creators(creators: list[Any], author: str | None, author_name: str | None) -> tuple[Subject, ...]:
    # Records written before creators kept their codes hold each by name or literal, the first
    # the author's: as published from them, the author by its code and name, the others by name.
    if all(isinstance(creator, dict) for creator in creators):
        return tuple(_subject(creator) for creator in creators)
    by_author = (Subject("", author_name or author, literal=author),) if author and creators else ()
    return by_author + tuple(Subject("", creator) for creator in creators if creator != author)


def _article(data: dict[str, Any]) -> Article:
    meta = data["meta"]
    return Article(
        id=_checked(data["id"]),
        source_lang=data["source_lang"],
        date=dt.date.fromisoformat(data["date"]),
        section=data["section"],
        blocks=(
            *(Block(**{
                **block, "wraps": tuple(block.get("wraps", ())), "kept": _spans(block.get("kept", ())),
                "links": _block_links(block), "cell": Cell(**block["cell"]) if block.get("cell") else None,
            }) for block in data["blocks"]),
            # Articles extracted before the byline was translated hold it apart, without units:
            # it is published as written until the next extract.
            *((Block("byline", data["byline"], 1, translatable=False),) if data.get("byline") else ()),
        ),
        source_path=data["source_path"],
        author=data["author"],
        author_name=data.get("author_name"),  # absent from articles extracted before it was kept
        dateline=tuple(data["dateline"]),
        printed_dateline=data.get("printed_dateline"),  # absent from articles extracted before it was kept
        lede_in_body=data.get("lede_in_body", False),  # absent from articles extracted before it was kept
        withdrawn_by_desk=data.get("withdrawn_by_desk", False),  # absent from records written before the desk could withdraw
        meta=ItemMeta(
            **{
                **{field: value for field, value in meta.items() if field != "genre"},
                "first_created": _datetime(meta["first_created"]),
                "version_created": _datetime(meta["version_created"]),
                "content_created": _datetime(meta.get("content_created")),
                "content_modified": _datetime(meta.get("content_modified")),  # absent from records written before it was kept
                # Records written before every genre was kept hold the first.
                "genres": tuple(map(_subject, meta["genres"])) if "genres" in meta else (_subject(meta["genre"]),) if meta.get("genre") else (),
                "subjects": tuple(_subject(subject) for subject in meta["subjects"]),
                "keywords": tuple(meta["keywords"]),
                "keyword_langs": tuple(tuple(keyword) for keyword in meta.get("keyword_langs", ())),  # absent from older records
                "keyword_assignments": tuple((keyword, Assignment(**assignment)) for keyword, assignment in meta.get("keyword_assignments", ())),
                "rights": _rights(meta["rights"]),
                "creators": _creators(meta["creators"], data["author"], data.get("author_name")),
                "contributors": tuple(_subject(contributor) for contributor in meta.get("contributors", ())),
                "info_sources": tuple(_subject(source) for source in meta.get("info_sources", ())),
                # Absent from records written before audiences and other ids were kept.
                "audiences": tuple(_subject(audience) for audience in meta.get("audiences", ())),
                "excluded_audiences": tuple(_subject(audience) for audience in meta.get("excluded_audiences", ())),
                "alt_ids": tuple(AltId(**alt_id) for alt_id in meta.get("alt_ids", ())),
                # Absent from articles extracted before these were carried.
                "embargoed": _datetime(meta.get("embargoed")),
                "signals": tuple(meta.get("signals", ())),
                # Records written before notes kept their language hold the text only.
                "editor_notes": tuple(Note(**note) if isinstance(note, dict) else Note(note) for note in meta.get("editor_notes", ())),
                # Records written before places kept their codes hold names only.
                "located": tuple(_subject(place) if isinstance(place, dict) else Subject("", place) for place in meta.get("located", ())),
                "catalogs": tuple(meta.get("catalogs", ())),
                "schemes": tuple(tuple(scheme) for scheme in meta.get("schemes", ())),
                "services": tuple(_subject(service) for service in meta.get("services", ())),
                "links": tuple(RelatedLink(**link) for link in meta.get("links", ())),
                "more_creditlines": tuple(Note(**credit) for credit in meta.get("more_creditlines", ())),
                "continues_killed": _kill(meta.get("continues_killed")),
            }
        ),
    )


def _kill(data: dict[str, Any] | None) -> Kill | None:
    return Kill(data["version"], tuple(Note(**note) for note in data["notes"])) if data else None


def _unit(data: dict[str, Any]) -> Unit:
    return Unit(
        **{
            **data,
            "placeholders": tuple(Placeholder(**placeholder) for placeholder in data["placeholders"]),
            "quotations": tuple(data["quotations"]),
            "speakers": tuple(data["speakers"]),
            "links": _unit_links(data),
        }
    )


def _block_links(block: dict[str, Any]) -> tuple[tuple[int, int, str], ...]:
    """A block's links as the record keeps them: (start, end, address), each around some of its text."""
    links = tuple(tuple(link) for link in block.get("links", ()))
    for link in links:
        if not (len(link) == 3 and isinstance(link[2], str) and all(isinstance(offset, int) for offset in link[:2])
                and 0 <= link[0] < link[1] <= len(block["text"])):
            raise ValueError(f"block at line {block.get('line')}: link {list(link)} is no (start, end, address) within its text")
    return links  # type: ignore[return-value]


def _unit_links(data: dict[str, Any]) -> tuple[str, ...]:
    links = data.get("links", [])
    if not isinstance(links, list) or not all(isinstance(address, str) for address in links):
        raise ValueError(f"unit at line {data.get('line')}: links {links!r} are no list of addresses")
    return tuple(links)
