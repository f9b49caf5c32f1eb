"""Archiving: stories done with leave the workspace's daily work, not partners' feeds.

An archived article's record, template and PO files move to archive/, each to the place it
had in the workspace (`archive/articles/<id>.json`, `archive/locales/de/LC_MESSAGES/<id>.po`),
so that build, status, check and extract no longer go through them, and its items stay in
feeds/ as partners have them. Its translations stay in the translation memory, which reads
archive/ too. What the last build and extract recorded of it moves aside in .syndicate/, for
the feed indexes to go on listing its items and for `unarchive` to put it back as it was.

The guid of each archived article is listed in archive/guids.json, kept with the archive (a
clone has it), for extract to find the original of an agency's translation without reading
every archived record.

An article moves by renames, its record last; the articles a run moves are named in
.syndicate/ first. A run stopped half-way leaves an article with some of its files (or the
records of past runs) apart from its record: the next writing run puts them beside the record
(see `settle`), so that an article is always wholly in one place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .fsutil import atomic_write_text
from .ids import bcp47, is_article_id
from .model import InputError
from .workspace import Workspace


@dataclass(frozen=True)
class Candidate:
    article_id: str
    published: dt.datetime  # when the story was first published, as the build recorded it (else the article's date)
    held_back: str | None = None  # why it is not archived without --force


@dataclass(frozen=True)
class ArchiveRun:
    """What `archive_stories` did, or in a dry run would do."""

    already: tuple[str, ...]  # named, and archived already (by a run stopped part-way): left as they are
    found: tuple[Candidate, ...]  # the stories gone through, held back or not
    moved: tuple[Candidate, ...]  # those of them archived: not held back, or forced


@dataclass(frozen=True)
class UnarchiveRun:
    """What `unarchive_stories` did."""

    already: tuple[str, ...]  # named, and in the workspace already (brought back by a run stopped part-way)
    moved: tuple[str, ...]


def is_archived(workspace: Workspace, article_id: str) -> bool:
    """Whether the article is in the archive (and not in the workspace)."""
    return is_article_id(article_id) and workspace.archived.article_file(article_id).exists() and not workspace.article_file(article_id).exists()


def candidates(workspace: Workspace, article_ids: Sequence[str] = (), before: dt.datetime | None = None) -> list[Candidate]:
    """The articles named (default: every one first published before `before`), each with why
    it would be held back: a story not published as it is now (never built, an item the
    last build refused for errors, or changed since its last build) or whose translation is
    unfinished in a locale would leave the desk's work undone where nobody looks."""
    # Here, not at the top: the commands that only ask whether an article is archived start without them.
    from .build import current_build, served_languages
    from .status import workspace_progress

    state = workspace.read_cache(workspace.build_state_file)
    dated = [(article_id, _first_published(workspace, article_id, state.get(article_id, {})))
             for article_id in article_ids or workspace.article_ids()]
    if before is not None:
        dated = [(article_id, published) for article_id, published in dated if published < before]
    if not dated:
        return []
    unfinished: dict[str, list[str]] = {}
    locales = workspace.translation_locales()
    # A locale the desk no longer translates into (its folder gone) gets nothing new but a
    # story's withdrawal: what the last build recorded there, a refusal too, is no work left undone.
    still_built = {bcp47(locale) for locale in locales}
    served = served_languages(workspace)
    for row in workspace_progress(workspace, locales, [article_id for article_id, _ in dated]):
        if not row.nothing_to_translate and (row.error or row.fuzzy or row.untranslated):
            unfinished.setdefault(row.article_id, []).append(row.locale)
    glossaries: dict = {}  # each locale's names glossary, read once
    settings = workspace.settings()
    found = []
    for article_id, published in dated:
        entries = {lang: entry for lang, entry in state.get(article_id, {}).items() if entry.get("source") or lang in still_built}
        if not any(entry.get("source") and "version" in entry for entry in entries.values()):
            if any(workspace.item_file(lang, article_id).exists() for lang in served):
                why = ("in feeds/ but with no build record (.syndicate/ lost, or the workspace copied without it): "
                       "`syndicate build` records it, republishing only what changed")
            else:
                why = "never published: `syndicate build` it first"
        elif article_id in unfinished:
            why = f"its translation into {', '.join(unfinished[article_id])} is unfinished"
        elif refused := [lang for lang, entry in entries.items() if entry.get("refused")]:
            why = f"the last build refused its item in {', '.join(refused)} for errors (`syndicate build` says which)"
        elif not current_build(workspace, article_id, entries, glossaries, settings):
            why = "changed since its last build: `syndicate build` it first"
        else:
            why = None
        found.append(Candidate(article_id, published, why))
    return found


def _first_published(workspace: Workspace, article_id: str, entries: dict) -> dt.datetime:
    """The story's firstCreated as its last build published it; else as its record says (the
    agency's first version, else this one), else its date."""
    recorded = next((entry.get("first_created") for entry in entries.values() if entry.get("source")), None)
    if recorded:
        return dt.datetime.fromisoformat(str(recorded))
    try:
        article = workspace.load_article(article_id)[0]
    except InputError:
        article = None
    if article is not None and (moment := article.meta.first_created or article.meta.version_created):
        return _in_utc_unless_said(moment)
    date = article.date if article is not None else dt.date.today()
    return dt.datetime.combine(date, dt.time(), dt.timezone.utc)


def archive_stories(
    workspace: Workspace, article_ids: Sequence[str] = (), before: dt.datetime | None = None, *, force: bool = False,
    dry_run: bool = False,
) -> ArchiveRun:
    """Archive the articles named, else every one first published before `before`, but those
    held back (see `candidates`) unless `force`; with `dry_run`, move nothing. Named again
    after a run stopped part-way, those it archived are left as they are. InputError, before
    any is moved, when one named is neither in the workspace nor archived. Call under the
    workspace lock."""
    named = list(dict.fromkeys(article_ids))
    already = [article_id for article_id in named if is_archived(workspace, article_id)]
    named = [article_id for article_id in named if article_id not in already]
    if unknown := [article_id for article_id in named if not workspace.article_file(article_id).exists()]:
        raise workspace.no_such_articles(unknown)
    if article_ids:
        found = candidates(workspace, named) if named else []
    else:
        found = candidates(workspace, (), before)
    moving = [candidate for candidate in found if force or candidate.held_back is None]
    if not dry_run:
        archive(workspace, [candidate.article_id for candidate in moving])
    return ArchiveRun(tuple(already), tuple(found), tuple(moving))


def unarchive_stories(workspace: Workspace, article_ids: Sequence[str]) -> UnarchiveRun:
    """Unarchive the articles named but those in the workspace already (brought back by a run
    stopped part-way). InputError, before any is moved, when one is neither. Call under the
    workspace lock."""
    named = list(dict.fromkeys(article_ids))
    back = [article_id for article_id in named if workspace.article_file(article_id).exists()]
    archived = [article_id for article_id in named if article_id not in back]
    unarchive(workspace, archived)
    return UnarchiveRun(tuple(back), tuple(archived))


def archive(workspace: Workspace, article_ids: Sequence[str]) -> None:
    """Move the articles into archive/ (see the module's docstring). Call under the workspace lock."""
    unknown = [article_id for article_id in article_ids if not workspace.article_file(article_id).exists()]
    if unknown:
        raise InputError(str(workspace.article_file(unknown[0])), None, f"no article {unknown[0]!r} in this workspace",
                         "`syndicate status` lists the articles")
    _move(workspace, article_ids, to_archive=True)


def unarchive(workspace: Workspace, article_ids: Sequence[str]) -> None:
    """Put archived articles back in the workspace as they were. Call under the workspace lock."""
    unknown = [article_id for article_id in article_ids if not is_archived(workspace, article_id)]
    if unknown:
        raise InputError(str(workspace.archived.article_file(unknown[0])), None, f"no article {unknown[0]!r} in the archive",
                         "`syndicate status` says how many are archived; their ids are the names in archive/articles")
    _move(workspace, article_ids, to_archive=False)


def archived_guids(workspace: Workspace) -> dict[str, str | None]:
    """The guid of each archived article (None: a story of the desk's own, or a record that
    cannot be read), as the archive's list of them says; the record of one it does not list
    (archived by an earlier syndicate, or by a run stopped before it listed it) is read."""
    listed = _listed_guids(workspace)
    return {article_id: listed[article_id] if article_id in listed else _guid(workspace.archived, article_id)
            for article_id in workspace.archived.article_ids()}


def _listed_guids(workspace: Workspace) -> dict[str, str | None]:
    """archive/guids.json as it is, without entries of another shape (edited by hand)."""
    try:
        listed = json.loads(workspace.archived_guids_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(listed, dict):
        return {}
    return {article_id: guid for article_id, guid in listed.items() if guid is None or isinstance(guid, str)}


def _guid(side: Workspace, article_id: str) -> str | None:
    try:
        return side.load_article(article_id)[0].meta.guid
    except InputError:
        return None


def _list_guids(workspace: Workspace) -> None:
    """Write archive/guids.json as the archive is now (no file for an empty archive)."""
    guids = archived_guids(workspace)
    if not guids:
        workspace.archived_guids_file.unlink(missing_ok=True)
    else:  # written only when it says something else
        # An entry a line: the file is committed with the archive, and its changes read in a diff.
        atomic_write_text(workspace.archived_guids_file, json.dumps(guids, indent=0, sort_keys=True) + "\n")


def stopped_moves(workspace: Workspace) -> list[str]:
    """The articles a stopped archive or unarchive run was moving, some of whose files may be
    apart from their record until the next writing run settles them."""
    moving = workspace.read_cache(workspace.archive_moves_file).get("articles")
    return [article_id for article_id in moving if isinstance(article_id, str)] if isinstance(moving, list) else []


def bring_back(workspace: Workspace, article_ids: Sequence[str], without_record: Collection[str] = ()) -> list[str]:
    """Unarchive those of the articles that are archived (a desk's decision on them, which
    must reach partners), and return them. ValueError, before any is brought back, when one
    is neither in the workspace nor archived (nor `without_record`, a story partners have
    whose record is gone)."""
    named = list(dict.fromkeys(article_ids))
    archived = [article_id for article_id in named if is_archived(workspace, article_id)]
    if archived and (unknown := [article_id for article_id in named if not (
            article_id in archived or article_id in without_record or workspace.article_file(article_id).exists())]):
        raise ValueError(f"no article {', '.join(map(repr, unknown))} in {workspace.root} nor in its archive: "
                         "nothing was changed (`syndicate status` lists the articles)")
    if archived:
        unarchive(workspace, archived)
    return archived


def apart_from_stopped_moves(workspace: Workspace, article_ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """`article_ids` without the articles a stopped run left apart from their files (its record
    on one side, a template or PO file on the other), which a reader would not find whole, and
    those, in the order given. The ones it had not moved yet, or wholly, are whole."""
    moving = {article_id for article_id in stopped_moves(workspace) if _apart(workspace, article_id)}
    return ([article_id for article_id in article_ids if article_id not in moving],
            [article_id for article_id in article_ids if article_id in moving])


def settle(workspace: Workspace) -> None:
    """Finish what a stopped archive or unarchive left: each article it was moving is put
    wholly where its record is (moved, or not yet), its records of past runs too."""
    if ids := stopped_moves(workspace):
        for article_id in ids:
            _gather(workspace, article_id)
        _move_records(workspace, ids)
        _list_guids(workspace)
    workspace.archive_moves_file.unlink(missing_ok=True)


def _move(workspace: Workspace, article_ids: Sequence[str], *, to_archive: bool) -> None:
    if not article_ids:
        return
    settle(workspace)
    # Named before any file moves: a run stopped from here on is settled by the next one.
    workspace.write_cache(workspace.archive_moves_file, {"articles": list(article_ids)})
    origin, destination = (workspace, workspace.archived) if to_archive else (workspace.archived, workspace)
    for article_id in article_ids:
        files = list(_files(origin, article_id))
        record = origin.article_file(article_id)
        for path in [*(path for path in files if path != record), record]:  # the record last: it says where the article is
            target = destination.root / path.relative_to(origin.root)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)
    _move_records(workspace, article_ids)
    _list_guids(workspace)
    workspace.archive_moves_file.unlink(missing_ok=True)


def _files(side: Workspace, article_id: str) -> Iterator[Path]:
    """The article's files on one side (the workspace, or its archive): record, template and
    the PO file of every locale folder, pseudo-locales included."""
    for path in (side.article_file(article_id), side.template_file(article_id)):
        if path.exists():
            yield path
    if side.locales_dir.is_dir():
        for folder in sorted(side.locales_dir.iterdir()):
            path = folder / "LC_MESSAGES" / f"{article_id}.po"
            if path.is_file():
                yield path


def _home_and_away(workspace: Workspace, article_id: str) -> tuple[Workspace, Workspace] | None:
    """The side the article's record is on (the workspace, or its archive), and the other; None
    when it is on neither."""
    if workspace.article_file(article_id).exists():
        return workspace, workspace.archived
    if workspace.archived.article_file(article_id).exists():
        return workspace.archived, workspace
    return None


def _apart(workspace: Workspace, article_id: str) -> bool:
    """Whether some of the article's files are not on the side its record is on (any, when its
    record is on neither)."""
    _, away = _home_and_away(workspace, article_id) or (workspace.archived, workspace)
    return next(_files(away, article_id), None) is not None


def _gather(workspace: Workspace, article_id: str) -> None:
    """Put the article's files that are apart from its record back beside it."""
    if (sides := _home_and_away(workspace, article_id)) is None:
        return
    home, away = sides
    for path in _files(away, article_id):
        target = home.root / path.relative_to(away.root)
        if not target.exists():  # both there: the one beside the record is the article's
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def _move_records(workspace: Workspace, article_ids: Sequence[str]) -> None:
    """Move what the last build and extract recorded of each article to the side its record is on."""
    for current, archived in ((workspace.build_state_file, workspace.archived_build_state_file),
                              (workspace.extract_state_file, workspace.archived_extract_state_file)):
        records, aside = workspace.read_cache(current), workspace.read_cache(archived)
        changed = False
        for article_id in article_ids:
            into_archive = is_archived(workspace, article_id)
            source, target = (records, aside) if into_archive else (aside, records)
            if article_id in source:
                target[article_id] = source.pop(article_id)
                changed = True
            elif current == workspace.build_state_file and not into_archive and records and article_id not in records:
                # Archived where its build's records stayed (another machine): its items as partners
                # have them. (Before any build here, none is recorded: every item counts as published.
                # An article a stopped run never moved keeps its records as they are.)
                from .build import published_records
                with contextlib.suppress(InputError):
                    records[article_id] = published_records(workspace, workspace.load_article(article_id)[0])
                    changed = True
        if changed:
            # The archive's first: stopped between the two writes, a record is in both, not lost.
            workspace.write_cache(archived, aside)
            workspace.write_cache(current, records)


def parse_age(value: str, now: dt.datetime) -> dt.datetime:
    """`30d`, `6w`, `12h` before `now`. ValueError when it is none of these."""
    units = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}
    number, unit = value[:-1], value[-1:].lower()
    if unit not in units or not number.isdigit():
        raise ValueError(f"{value!r} is no age: write it as 30d (days), 6w (weeks) or 12h (hours)")
    try:
        return now - int(number) * units[unit]
    except OverflowError:
        raise ValueError(f"{value!r} reaches back before the year 1: no story is that old") from None


def parse_moment(value: str) -> dt.datetime:
    """`2026-11-01` (midnight UTC) or an ISO 8601 date and time (UTC unless it says). ValueError otherwise."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is no date: write it as 2026-11-01, or 2026-11-01T06:00+01:00") from None
    return _in_utc_unless_said(moment)


def _in_utc_unless_said(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)

