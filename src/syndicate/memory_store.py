"""The workspace's translation memory, kept on disk: one SQLite database per locale under
.syndicate/, in step with the locale's article PO files and its imported memory.

A run that prefills new units reads only what its lookups need, instead of every finished
translation of the workspace: memory stays flat and no index is built per run, however large
the workspace grows. Files changed since the last run are read again, in one transaction
(concurrent runs wait for each other; a killed one leaves the database as it was). The
database is a cache of the files, but for each file's history (what it has translated, also
entries and files since deleted): damaged, or of another layout, it is built again from the
files, and the history starts afresh. Written by other code (another release, a fix applied in
place), whose rules may offer other translations and wait for other sentences, it is read again
from the files, its history kept.

It also keeps what `extract` needs to bring the stories it filled up to date with the memory
(see `memory_refill`): the sentences each article file waits for the memory to translate (its
empty units', and its memory suggestions' and the sentences they were matched to), and a log
of the sentences whose translation the memory offers changed (another one, or a first one), as
the updates find them from the entries they read and forget.
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import itertools
import os
import sqlite3
from array import array
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from babel import Locale

from .code_version import code_version
from .fsutil import UNWRITABLE_ERRNOS, file_identity
from .ids import bcp47, gettext_code, primary_language, regional_parent
from .memory import (
    MemoryEntry, TranslationMemory, catalog_entries, is_suggestion, near_shapes, shape, to_prefill, unpublishable, word_stems,
)
from .model import InputError
from .parallel import ordered_map
from .pofile import read_catalog
from .tmx import DEFAULT_SOURCE_LANG, MEMORY_FILE, article_po_files, memory_file, stored_memory
from .workspace import Workspace

# PRAGMA user_version of the database this module writes (3: link markers shaped as marks; 4:
# translations the build refuses not offered; 5: each entry's source language; 6: the sentences
# articles wait for, and the log of changed ones; 7: entries ranked by when they were
# translated, copies of the memory's matches after; 8: the code that wrote it). One of an
# earlier layout is built again; of these, its entries are read again from the files and its
# history kept.
_LAYOUT = 9
_REREAD_FROM = frozenset({3, 4, 5, 6, 7, 8})
_KEPT_ON_REREAD = "history"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (file TEXT PRIMARY KEY, identity TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entries (number INTEGER PRIMARY KEY, file TEXT NOT NULL, origin TEXT NOT NULL,
                                    language TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                                    shape TEXT NOT NULL, copy INTEGER NOT NULL, since INTEGER NOT NULL,
                                    first INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS postings (language TEXT NOT NULL, stem TEXT NOT NULL, count INTEGER NOT NULL,
                                     numbers BLOB NOT NULL, PRIMARY KEY (language, stem)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS history (file TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                                    since INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (file, source)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS waiting (language TEXT NOT NULL, shape TEXT NOT NULL, file TEXT NOT NULL,
                                    PRIMARY KEY (language, shape, file)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS waiting_by_file ON waiting (file);
CREATE TABLE IF NOT EXISTS changes (number INTEGER PRIMARY KEY AUTOINCREMENT, language TEXT NOT NULL, shape TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS refilled (locale TEXT PRIMARY KEY, change INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS code (version TEXT NOT NULL)
"""
# An entry's language is the primary language of its source (en for en-GB): a sentence is
# matched only with those of its language, whatever the words they share. Entries and history
# by `since`, so that each update's number (one past the latest) is found without reading every
# translation of the workspace.
_INDEXES = {
    "entries_by_source": "entries (language, source, number)", "entries_by_shape": "entries (language, shape, number)",
    "entries_by_file": "entries (file)", "entries_by_since": "entries (since)", "history_by_since": "history (since)",
}
# `history` keeps each article file's latest translation of every source it has held, also
# once the entry or the file is gone: a translation deleted by hand is never lost; and since
# when the file has it (see `_RANK`), so that a database built again from the files (for other
# code) still offers the latest of several translations of a sentence.
# The entries indexed under a stem, in order, as one row: packed unsigned 32-bit numbers.
_PACKED = "I"
# Entries are numbered in the order they were read, the imported memory's past this.
_IMPORTED = 1 << 31
# Of the entries with the same source, the one the memory offers: an article's before the
# imported memory's, a translation before a copy of the memory's match (credited to the article
# it copies, see memory.catalog_entries), and then the latest translated (an entry's `since` is
# the update that first read its translation from its file: a correction is newer than the
# translations of other articles it corrects, the file's translations it left as they were
# keep their age), and the first read of those.
_RANK = f"number >= {_IMPORTED}, copy, since DESC, number"
_IMPORTED_FILE = MEMORY_FILE  # the key of the imported memory; an article's is its id
_WAIT_SECONDS = 600  # for another run's update of the same database
_FILES_AT_A_TIME = 200
_PARAMETERS = 500  # per statement: SQLite takes a bounded number
_UNWRITABLE_SQLITE = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})  # primary result codes


_Stem = tuple[str, str]  # a language, and a word stem of its entries' shapes
_Source = tuple[str, str]  # a language, and an entry's source in it
# What an article file gives the memory: the language it translates from, (source, target,
# origin, whether a copy) of each of its finished translations, and the shapes of the
# sentences it waits for.
_Read = tuple[str, list[tuple[str, str, str, bool]], set[str]]


class _Unwritable(Exception):
    """The database is out of date with the files, or missing, and cannot be written."""


class _DiskFull(OSError):
    """The database could not be brought up to date, its disk being full: a run that writes
    says so; one that only reads (an export) reads the files instead."""


def workspace_memory(workspace: Workspace, locale: Locale, source_lang: str, *, current: bool = False) -> TranslationMemory:
    """The locale's memory of translations from `source_lang` (any of its regions or scripts):
    every finished translation of its articles in that language, then its imported memory's
    when it is from that language, brought up to date with the files and looked up on disk.
    `current`: a refill of the same run brought the database up to date (see `Refill`), and no
    file has been written since: it is looked up as it is, its files not looked at again."""
    language = primary_language(source_lang)
    if current:
        return TranslationMemory(index=_StoredIndex(_connect(_database(workspace, locale)), language))
    try:
        connection = _updated(workspace, locale)
    except _Unwritable:
        return TranslationMemory(_entries_from_files(workspace, locale, language=language))
    return TranslationMemory(index=_StoredIndex(connection, language)) if connection else TranslationMemory()


def workspace_entries(workspace: Workspace, locale: Locale, source_lang: str | None = None) -> list[MemoryEntry]:
    """Every finished translation of the locale's articles, then its imported memory (or only
    those from `source_lang`, any of its regions or scripts, as the memory offers them: a file
    that names no source language is from extract's default); each source and target pair
    once, first origin kept."""
    language = primary_language(source_lang) if source_lang else None
    try:
        connection = _updated(workspace, locale)
    except (_Unwritable, _DiskFull):  # a read-only workspace, or one on a full disk, is exported all the same, from its files
        entries = _entries_from_files(workspace, locale, language=language)
    else:
        if connection is None:
            return []
        entries = [
            MemoryEntry(source, target, origin)
            for source, target, origin, entry_language in connection.execute(
                "SELECT source, target, origin, language FROM entries ORDER BY number")
            if language is None or entry_language == language
        ]
        connection.close()
    unique: dict[tuple[str, str], MemoryEntry] = {}
    for entry in entries:
        unique.setdefault((entry.source, entry.target), entry)
    return list(unique.values())


@dataclass(frozen=True)
class Refill:
    """The articles to fill again from a locale's memory: those waiting for a sentence (see the
    module docstring) whose translation the memory offers changed since the locale's last
    refill, or that such a sentence (a first translation, say) is now a near match of, in its
    own memory or, for a regional variant, in its language's; the shapes of
    those sentences; and how far each of those memories' logs was read, for `refilled` to record."""

    articles: frozenset[str]
    shapes: frozenset[str] = frozenset()
    read: tuple[tuple[Path, int], ...] = ()  # (database, the last change read) of each memory read
    current: frozenset[str] = frozenset()  # the locales (tags) whose databases it brought up to date


def memory_refill(workspace: Workspace, locale: Locale) -> Refill:
    """The locale's articles to fill again (see `Refill`), its memories brought up to date with
    the files: it costs a look at each file, and a lookup of the few sentences that changed.
    A locale that has not been filled again from a memory before (its database built afresh,
    say) has every article filled again that waits for a sentence the memory has, or has a near match of."""
    own = _opened(workspace, locale)
    if own is None:
        return Refill(frozenset())
    with contextlib.closing(own):
        changed: set[tuple[str, str]] = set()  # (language, shape)
        logged: set[tuple[str, str]] = set()  # of those, the logged changes'
        read = []
        current = set()
        parent = regional_parent(locale)
        for lender, connection in ((locale, own), *(((parent, _opened(workspace, parent)),) if parent else ())):
            if connection is None:
                continue
            current.add(bcp47(lender))
            with contextlib.closing(connection) if connection is not own else contextlib.nullcontext():
                (since,) = connection.execute("SELECT MAX(change) FROM refilled WHERE locale = ?", (bcp47(locale),)).fetchone()
                (last,) = connection.execute("SELECT IFNULL(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'changes'").fetchone()
                if since is None:
                    waiting = set(own.execute("SELECT DISTINCT language, shape FROM waiting"))
                    found = _in_entries(connection, "shape", waiting)
                    changed |= found | _near_in_entries(connection, waiting - found)
                elif last > since:
                    logged.update(connection.execute("SELECT language, shape FROM changes WHERE number > ? AND number <= ?", (since, last)))
                if since is None or last > since:
                    read.append((_database(workspace, lender), last))
        changed |= logged | _near_waiting(own, logged)
        articles: set[str] = set()
        for language, shapes in _by_language(changed).items():
            for start in range(0, len(shapes), _PARAMETERS):
                batch = shapes[start : start + _PARAMETERS]
                articles.update(file for (file,) in own.execute(
                    f"SELECT DISTINCT file FROM waiting WHERE language = ? AND shape IN ({', '.join('?' * len(batch))})",
                    [language, *batch],
                ))
    return Refill(frozenset(articles), frozenset(waiting for _, waiting in changed), tuple(read), frozenset(current))


def _near_waiting(connection: sqlite3.Connection, changed: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (language, shape) of the sentences articles wait for that a sentence whose
    translation changed may now be a near match of: a first translation of it is one the
    articles waiting have not been offered."""
    if not changed:
        return set()
    waiting = _by_language(connection.execute("SELECT DISTINCT language, shape FROM waiting"))
    return {
        (language, near) for language, shapes in _by_language(changed).items()
        for near in near_shapes(shapes, waiting.get(language, ()))
    }


def _near_in_entries(connection: sqlite3.Connection, waiting: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of the (language, shape) of sentences articles wait for that the database's entries
    have a near match of, looked up as `prefill` looks them up: a database built afresh logged
    no change, and its entries may offer what the stories were never offered."""
    found: set[tuple[str, str]] = set()
    for language, shapes in _by_language(waiting).items():
        memory = TranslationMemory(index=_StoredIndex(connection, language))
        found.update((language, waiting_shape) for waiting_shape in shapes if memory.near_shape(waiting_shape) is not None)
    return found


def refilled(locale: Locale, refill: Refill) -> None:
    """Record that the locale's articles were filled again as `refill` said, and forget the
    changes every locale using the memory has had filled."""
    for path, last in refill.read:
        try:
            with contextlib.closing(_connect(path)) as connection, _transaction(connection):
                connection.execute("INSERT INTO refilled VALUES (?1, ?2) ON CONFLICT (locale) DO UPDATE SET change = MAX(change, ?2)",
                                   (bcp47(locale), last))
                connection.execute("DELETE FROM changes WHERE number <= (SELECT MIN(change) FROM refilled)")
        except (OSError, sqlite3.DatabaseError):
            pass  # the next refill reads the same changes again: their articles are found up to date


def _opened(workspace: Workspace, locale: Locale) -> sqlite3.Connection | None:
    """The locale's memory database brought up to date; None when there is none yet, or it
    cannot be written (a workspace extract cannot write either)."""
    try:
        return _updated(workspace, locale)
    except _Unwritable:
        return None


def _entries_from_files(
    workspace: Workspace, locale: Locale, files: Collection[str] | None = None, *, language: str | None = None
) -> list[MemoryEntry]:
    """The entries the database would hold, read from the files (of `files` only, if given;
    from `language` only, if given), in the order of a database built afresh: the articles' by
    id, then the imported memory's."""
    read = [(file, path) for file, path in _memory_files(workspace, locale).items() if files is None or file in files]
    entries = []
    for file, path in sorted(read, key=lambda pair: (pair[0] == _IMPORTED_FILE, pair[0])):
        if file == _IMPORTED_FILE:
            source_lang, imported = stored_memory(workspace, locale)
            if language is None or _language_of(source_lang) == language:
                entries += imported
        else:
            file_language, pairs, _ = _read_article(path)
            if language is None or file_language == language:
                entries += [MemoryEntry(*pair) for pair in pairs if _offered(*pair[:2])]
    return [entry for entry in entries if entry.source and entry.target]


def _updated(workspace: Workspace, locale: Locale) -> sqlite3.Connection | None:
    """The locale's database, brought up to date with the files (built afresh when missing,
    damaged or of another layout); None when there is nothing to remember yet. _Unwritable
    when it would have to be written and cannot be."""
    path = _database(workspace, locale)
    files = _memory_files(workspace, locale)
    if not files and not path.exists():
        return None
    try:
        return _updated_database(path, workspace, locale, files)
    except OSError as error:
        if error.errno in UNWRITABLE_ERRNOS:
            raise _Unwritable from error
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _DiskFull(error.errno, error.strerror, error.filename or str(path)) from error
        raise


def _database(workspace: Workspace, locale: Locale) -> Path:
    return workspace.root / ".syndicate" / f"memory-{gettext_code(locale)}.sqlite3"


def _updated_database(path: Path, workspace: Workspace, locale: Locale, files: dict[str, Path]) -> sqlite3.Connection:
    for attempt in range(2):
        connection = None
        try:
            connection = _connect(path)
            _update(connection, workspace, locale, files)
            return connection
        except sqlite3.DatabaseError as error:
            if connection is not None:
                connection.close()
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code in _UNWRITABLE_SQLITE:  # not damaged: to be left as it is
                raise _Unwritable from error
            if code == sqlite3.SQLITE_FULL:  # not damaged either: the history is kept
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path)) from error
            if code == sqlite3.SQLITE_IOERR:
                raise OSError(errno.EIO, os.strerror(errno.EIO), str(path)) from error
            if attempt:
                raise InputError(str(path), None, f"cannot use the translation memory's database: {error}",
                                 "delete it: it is built again from the PO files") from None
            for leftover in (path, path.with_name(path.name + "-journal")):
                leftover.unlink(missing_ok=True)
    raise AssertionError("unreachable")


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=_WAIT_SECONDS, isolation_level=None)
    if not _current(connection):
        with _transaction(connection):
            if not _current(connection):  # nobody built it meanwhile
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                # The history is no cache (see the module docstring): of a layout that has the
                # same, it is kept, and the rest is made anew and read again from the files.
                kept = {_KEPT_ON_REREAD} if version == _LAYOUT or version in _REREAD_FROM else set()
                for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'").fetchall():
                    if table not in kept:
                        connection.execute(f'DROP TABLE "{table}"')
                for statement in _SCHEMA.split(";"):
                    connection.execute(statement)
                if "since" not in {column for _, column, *_ in connection.execute("PRAGMA table_info(history)")}:
                    connection.execute("ALTER TABLE history ADD COLUMN since INTEGER NOT NULL DEFAULT 0")  # kept from before
                _create_indexes(connection)
                connection.execute("INSERT INTO code VALUES (?)", (code_version(),))
            connection.execute(f"PRAGMA user_version = {_LAYOUT}")
    return connection


def _current(connection: sqlite3.Connection) -> bool:
    """Whether the database is of this layout, and written by this code."""
    if connection.execute("PRAGMA user_version").fetchone()[0] != _LAYOUT:
        return False
    return connection.execute("SELECT version FROM code").fetchall() == [(code_version(),)]


def _create_indexes(connection: sqlite3.Connection) -> None:
    for name, table_columns in _INDEXES.items():
        connection.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table_columns}")  # a history kept keeps its index


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One writer at a time: another run's update is waited for, and a failed one undone."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # SQLite has undone the transaction itself after some errors (a full disk): the
        # rollback then fails, and must not hide why.
        with contextlib.suppress(sqlite3.OperationalError):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _memory_files(workspace: Workspace, locale: Locale) -> dict[str, Path]:
    """The files the memory is read from: each article's PO (by article id), an archived
    article's too, and the imported memory."""
    files = {path.stem: path for path in article_po_files(workspace, locale)}
    imported = memory_file(workspace, locale)
    if imported.is_file():
        files[_IMPORTED_FILE] = imported
    return files


def _update(connection: sqlite3.Connection, workspace: Workspace, locale: Locale, files: dict[str, Path]) -> None:
    """Read again the files changed since the last update, and forget those that are gone;
    log the sentences whose translation the memory offers changed."""
    identities = {file: file_identity(path) for file, path in files.items()}
    if _stale(connection, identities) == ([], []):
        return  # the common case, decided without taking the write lock
    with _transaction(connection):
        changed, gone = _stale(connection, identities)  # again: another run may have updated it
        # A database built afresh logs nothing: no story was filled from it.
        afresh = connection.execute("SELECT NOT EXISTS (SELECT 1 FROM files)").fetchone()[0]
        (update,) = connection.execute(
            "SELECT MAX(IFNULL((SELECT MAX(since) FROM entries), 0), IFNULL((SELECT MAX(since) FROM history), 0)) + 1"
        ).fetchone()
        removed: dict[_Stem, set[int]] = {}  # stem → entries no longer indexed under it
        sources: set[_Source] = set()  # whose first entry may change: of entries removed, or kept beside new ones
        offered: dict[_Source, str | None] = {}  # what the memory offered for a source before the update, if anything
        since: dict[tuple[str, str, str], int] = {}  # (file, source, target) → its entry's, before
        for file in changed + gone:
            _forget(connection, file, removed, sources, offered, since)
        if not afresh:  # a source whose first entry is in a file kept offered that entry's target
            offered |= _first_targets(connection, sources - offered.keys())
        # Filling an empty table (a first update), the indexes (the history's too) are built once
        # it is full, in a fraction of the time kept up row by row; no entry is there from before.
        first_fill = connection.execute("SELECT NOT EXISTS (SELECT 1 FROM entries)").fetchone()[0]
        if first_fill:
            for name in _INDEXES:
                connection.execute(f"DROP INDEX {name}")
            # Built again: each translation as old as the history says the file has had it.
            since |= {(file, source, target): age for file, source, target, age in connection.execute(
                "SELECT file, source, target, since FROM history WHERE since > 0")}
        articles = [file for file in changed if file != _IMPORTED_FILE]
        read: Iterator[tuple[str, _Read]] = zip(articles, ordered_map(_read_article, [files[file] for file in articles]))
        if _IMPORTED_FILE in changed:
            source_lang, entries = stored_memory(workspace, locale)
            pairs = [(entry.source, entry.target, entry.origin, False) for entry in entries]
            read = itertools.chain(read, [(_IMPORTED_FILE, (_language_of(source_lang), pairs, set()))])
        added: dict[_Stem, list[int]] = {}  # stem → entries newly indexed under it
        new_sources: dict[_Source, tuple[bool, int]] = {}  # of the entries added so far: (copy, -since) of the first
        # A few hundred files at a time, so that a first update of a large workspace stays small.
        while chunk := list(itertools.islice(read, _FILES_AT_A_TIME)):
            rows = _rows(connection, chunk, added, since, update)
            unseen = {(row[3], row[4]) for row in rows} - new_sources.keys()
            kept = set() if first_fill else _in_entries(connection, "source", unseen)
            sources |= kept
            if not afresh:
                unknown = unseen - offered.keys()  # none forgotten: the first entries of those kept are as they were
                offered |= {source: None for source in unknown} | (_first_targets(connection, unknown & kept) if kept else {})
            marked = []  # each row with whether it is the first entry of its source
            for row in rows:
                source, rank = (row[3], row[4]), (row[7], -row[8])
                marked.append((*row, source not in kept and source not in new_sources))
                if new_sources.setdefault(source, rank) > rank:
                    sources.add(source)  # a later entry outranks the first read: ranked once all are in
            connection.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", marked)
            connection.executemany(  # every finished translation, those not offered as entries too; one kept keeps its age
                "INSERT INTO history VALUES (?, ?, ?, ?) ON CONFLICT (file, source) DO UPDATE SET target = excluded.target, "
                "since = CASE WHEN history.target = excluded.target AND history.since > 0 THEN history.since ELSE excluded.since END",
                [(file, source, target, since.get((file, source, target), update)) for file, (_, pairs, _) in chunk
                 if file != _IMPORTED_FILE for source, target, _, _ in pairs if source and target],
            )
            connection.executemany(
                "INSERT OR IGNORE INTO waiting VALUES (?, ?, ?)",
                [(language, waiting, file) for file, (language, _, shapes) in chunk for waiting in shapes],
            )
        connection.executemany("INSERT INTO files VALUES (?, ?)", [(file, identities[file]) for file in changed])
        if first_fill:
            _create_indexes(connection)
        _repost(connection, removed, added)
        # Of the entries with the same source (in one language), only the first is looked up.
        connection.executemany(  # rewriting only the rows that change: a common sentence has many
            "UPDATE entries SET first = NOT first WHERE language = ?1 AND source = ?2 AND first != (number = ("
            f"SELECT number FROM entries WHERE language = ?1 AND source = ?2 ORDER BY {_RANK} LIMIT 1))",
            sorted(sources),
        )
        if offered:
            now = _first_targets(connection, offered.keys())
            connection.executemany("INSERT INTO changes (language, shape) VALUES (?, ?)", sorted({
                (language, shape(source)) for (language, source), target in offered.items() if now.get((language, source)) != target
            }))


def _first_targets(connection: sqlite3.Connection, sources: Collection[_Source]) -> dict[_Source, str]:
    """What the memory offers for those of `sources` it has: the target of each one's first entry."""
    found: dict[_Source, str] = {}
    for language, listed in _by_language(sources).items():
        for start in range(0, len(listed), _PARAMETERS):
            batch = listed[start : start + _PARAMETERS]
            found.update(((language, source), target) for source, target in connection.execute(
                f"SELECT source, target FROM entries WHERE language = ? AND first AND source IN ({', '.join('?' * len(batch))})",
                [language, *batch],
            ))
    return found


def _in_entries(connection: sqlite3.Connection, column: Literal["source", "shape"], keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of the (language, source) or (language, shape) pairs that entries already in the
    database have."""
    found: set[tuple[str, str]] = set()
    for language, listed in _by_language(keys).items():
        for start in range(0, len(listed), _PARAMETERS):
            batch = listed[start : start + _PARAMETERS]
            found.update((language, value) for (value,) in connection.execute(
                f"SELECT DISTINCT {column} FROM entries WHERE language = ? AND {column} IN ({', '.join('?' * len(batch))})",
                [language, *batch],
            ))
    return found


def _by_language(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The (language, text) pairs grouped by language, each group sorted."""
    grouped: dict[str, list[str]] = {}
    for language, text in sorted(keys):
        grouped.setdefault(language, []).append(text)
    return grouped


def _stale(connection: sqlite3.Connection, identities: dict[str, str | None]) -> tuple[list[str], list[str]]:
    """The files changed since the last update or new, in name order, and those gone."""
    recorded = dict(connection.execute("SELECT file, identity FROM files"))
    changed = sorted(file for file, identity in identities.items() if recorded.get(file) != identity)
    return changed, sorted(recorded.keys() - identities.keys())


def _offered(source: str, target: str) -> bool:
    """Whether an article's finished translation is offered to other articles: not one the
    build refuses, which would be copied as finished (an imported memory's entries are
    offered all the same: a match of one is only a suggestion, see `prefill`)."""
    return unpublishable(source, target) is None


def _read_article(po: Path) -> _Read:
    """The language an article PO file translates from (as its header says, else extract's
    default), (source, target, origin) of each of its finished translations, and the shapes of
    the sentences it waits for the memory to translate: its empty units', its memory
    suggestions' (drafts begun from them among them) and those they were matched to. Nothing
    from a file that cannot be read (its own article says so), until it is saved again."""
    try:
        catalog = read_catalog(po, po.stem)
    except InputError:
        return DEFAULT_SOURCE_LANG, [], set()
    language = _language_of(catalog.header.get("X-Source-Language", "").strip())
    waiting = {shape(message.msgid) for message in catalog.messages if to_prefill(message)}
    waiting |= {shape(message.previous_msgid) for message in catalog.messages
                if message.previous_msgid is not None and not message.obsolete and is_suggestion(message)}
    return language, [(found.source, found.target, found.origin, found.copied) for found in catalog_entries(catalog, po.stem)], waiting


def _language_of(declared: str | None) -> str:
    """The language a file's entries translate from, as it declares it (a PO header, a TMX's
    srclang), else extract's default: its primary language (en for en-GB)."""
    return primary_language(declared or DEFAULT_SOURCE_LANG)


def _forget(
    connection: sqlite3.Connection, file: str, removed: dict[_Stem, set[int]], sources: set[_Source],
    offered: dict[_Source, str | None], since: dict[tuple[str, str, str], int],
) -> None:
    """Remove the entries read from `file` and the sentences it waits for, noting under which
    stems the entries were indexed, their sources, the target of those first with their source
    (what the memory offered for it), and since when the file has each translation."""
    for number, language, source, target, entry_shape, first, entry_since in connection.execute(
        "SELECT number, language, source, target, shape, first, since FROM entries WHERE file = ?", (file,)
    ).fetchall():
        sources.add((language, source))
        since[(file, source, target)] = entry_since
        if first:
            offered[(language, source)] = target
        for stem in word_stems(entry_shape):
            removed.setdefault((language, stem), set()).add(number)
    connection.execute("DELETE FROM entries WHERE file = ?", (file,))
    connection.execute("DELETE FROM waiting WHERE file = ?", (file,))
    connection.execute("DELETE FROM files WHERE file = ?", (file,))


def _rows(
    connection: sqlite3.Connection, read: list[tuple[str, _Read]], added: dict[_Stem, list[int]],
    since: dict[tuple[str, str, str], int], update: int,
) -> list[tuple[int, str, str, str, str, str, str, bool, int]]:
    """The entries to add for the language and (source, target, origin, copy) read from each
    file, numbered after the ones kept, each since the update that first read its translation
    (`since`, else this `update`); their stems are noted in `added`."""
    numbers = {}
    for imported, low in ((False, 0), (True, _IMPORTED)):
        last = connection.execute("SELECT MAX(number) FROM entries WHERE number >= ? AND number < ?", (low, low + _IMPORTED)).fetchone()[0]
        numbers[imported] = low if last is None else last + 1
    rows = []
    for file, (language, pairs, _) in read:
        imported = file == _IMPORTED_FILE
        for source, target, origin, copy in pairs:
            if not source or not target or not (imported or _offered(source, target)):
                continue
            number = numbers[imported]
            numbers[imported] += 1
            entry_shape = shape(source)
            rows.append((number, file, origin, language, source, target, entry_shape, copy,
                         since.get((file, source, target), update)))
            for stem in word_stems(entry_shape):
                added.setdefault((language, stem), []).append(number)
    return rows


def _repost(connection: sqlite3.Connection, removed: dict[_Stem, set[int]], added: dict[_Stem, list[int]]) -> None:
    """Rewrite the postings of each stem whose entries changed."""
    stems = sorted(removed.keys() | added.keys())
    kept: dict[_Stem, array] = {}
    for language, listed in _by_language(stems).items():
        for start in range(0, len(listed), _PARAMETERS):
            batch = listed[start : start + _PARAMETERS]
            for stem, numbers in connection.execute(
                f"SELECT stem, numbers FROM postings WHERE language = ? AND stem IN ({', '.join('?' * len(batch))})",
                [language, *batch],
            ):
                kept[(language, stem)] = _unpacked(numbers)
    rows = []
    for stem in stems:
        numbers = kept.get(stem, array(_PACKED))
        # A few numbers out of a long sorted list: found by bisection, removed by a move in C.
        for number in removed.get(stem, ()):
            position = bisect.bisect_left(numbers, number)
            if position < len(numbers) and numbers[position] == number:
                del numbers[position]
        new = added.get(stem, [])
        if new and numbers and new[0] < numbers[-1]:  # past the imported memory's: keep entry order
            numbers = array(_PACKED, sorted([*numbers, *new]))
        else:
            numbers.extend(new)
        rows.append((*stem, len(numbers), numbers.tobytes()))
    connection.executemany("DELETE FROM postings WHERE language = ? AND stem = ?", [row[:2] for row in rows if not row[2]])
    connection.executemany("INSERT OR REPLACE INTO postings VALUES (?, ?, ?, ?)", [row for row in rows if row[2]])


def _unpacked(data: bytes) -> array:
    numbers = array(_PACKED)
    numbers.frombytes(data)
    return numbers


class _StoredIndex:
    """The entries of one source language of a database, read as lookups need them (see
    memory.MemoryIndex). What a run's lookups read is kept for the next ones, which mostly ask
    for the same common words and candidates: the database does not change while the run uses it."""

    def __init__(self, connection: sqlite3.Connection, language: str) -> None:
        self._connection = connection
        self._language = language
        self._size: int | None = None
        self._counts: dict[str, int] = {}
        self._postings: dict[str, array] = {}
        self._shapes: dict[int, str | None] = {}  # None: not the first entry of its source

    def __len__(self) -> int:
        if self._size is None:  # asked once per article: counted once per run
            self._size = self._connection.execute(
                "SELECT COUNT(DISTINCT source) FROM entries WHERE language = ?", (self._language,)
            ).fetchone()[0]
        return self._size

    def exact(self, source: str) -> MemoryEntry | None:
        return self._first("source = ?", source)

    def same_shape(self, shape: str) -> MemoryEntry | None:
        return self._first("shape = ?", shape)

    def posting_counts(self, stems: Iterable[str]) -> dict[str, int]:
        stems = list(stems)
        if unread := [stem for stem in stems if stem not in self._counts]:
            found = dict(self._connection.execute(
                f"SELECT stem, count FROM postings WHERE language = ? AND stem IN ({', '.join('?' * len(unread))})",
                [self._language, *unread],
            ))
            self._counts.update((stem, found.get(stem, 0)) for stem in unread)
        return {stem: self._counts[stem] for stem in stems}

    def postings(self, stem: str) -> Iterable[int]:
        numbers = self._postings.get(stem)
        if numbers is None:
            row = self._connection.execute(
                "SELECT numbers FROM postings WHERE language = ? AND stem = ?", (self._language, stem)
            ).fetchone()
            numbers = self._postings[stem] = _unpacked(row[0]) if row else array(_PACKED)
        return numbers

    def shapes(self, numbers: Iterable[int]) -> dict[int, str]:
        """Of the given entries, those first with their source, and their shapes."""
        numbers = list(numbers)
        if unread := [number for number in numbers if number not in self._shapes]:
            found = dict(self._connection.execute(
                f"SELECT number, shape FROM entries WHERE number IN ({', '.join('?' * len(unread))}) AND first", unread
            ))
            self._shapes.update((number, found.get(number)) for number in unread)
        return {number: entry_shape for number in numbers if (entry_shape := self._shapes[number]) is not None}

    def entry(self, number: int) -> MemoryEntry:
        source, target, origin = self._connection.execute(
            "SELECT source, target, origin FROM entries WHERE number = ?", (number,)
        ).fetchone()
        return MemoryEntry(source, target, origin)

    def earlier(self, origin: str) -> dict[str, str]:
        return dict(self._connection.execute("SELECT source, target FROM history WHERE file = ?", (origin,)))

    def _first(self, condition: str, value: str) -> MemoryEntry | None:
        row = self._connection.execute(
            f"SELECT source, target, origin, copy FROM entries WHERE language = ? AND {condition} AND first ORDER BY {_RANK} LIMIT 1",
            (self._language, value),
        ).fetchone()
        return MemoryEntry(row[0], row[1], row[2], bool(row[3])) if row else None
