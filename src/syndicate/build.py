"""The build job: article structure + PO files → NewsML-G2 items and a feed per locale.

Item versions follow content: an item is rewritten, with its version raised, only when what
it says changes; rebuilding unchanged input changes no byte. The build is incremental (an
item whose inputs are unchanged since the last run is not rebuilt at all) and spreads large
batches over all cores.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from babel import Locale
from lxml import etree

from .code_version import code_version
from .catalog import Catalog, Key, Message, first_units
from .desk import stories_without_record
from .fsutil import atomic_write_bytes, atomic_write_stream, file_digest, file_identity, file_names
from .glossary import RenderingsUsed, names_written_inside, read_glossary, renderings_unchanged
from .ids import bcp47, distinct_id, parse_locale, slugify, text_direction, translates_into, withdrawal_id
from .localise import Target, UnitProblem, check_translation, localise
from .model import Article, Byline, InputError, ItemMeta, LocalisedArticle, Note, OriginalRef, Unit
from .newsml import NAR_NS, XHTML_NS, XML_LANG, desk_withdrawal_note, item_bytes, item_file_stamp, moved_note, write_feed
from .newsml_reader import read_newsml
from .parallel import ordered_map
from .safexml import hardened_parser, parse_untrusted
from .segment import split_sentences
from .pofile import read_catalog_with_lines, wrong_language
from .workspace import GLOSSARY_DOMAIN, Settings, Workspace

_PARSER = hardened_parser()


@dataclass(frozen=True)
class ItemOutcome:
    article_id: str
    lang: str
    path: Path | None  # the item file, None when nothing is published
    written: bool = False  # created or changed by this run
    version: int = 0
    guid: str | None = None  # the item's, under which `version` counts
    problems: tuple[UnitProblem, ...] = ()
    note: str | None = None  # why it was not published, or what it mixes in
    refused: bool = False
    unfinished: bool = False  # refused only because its translation is not finished (no error in it)…
    without_translation_file: bool = False  # …nor begun: the article was not extracted for the locale
    withdrawn_until_ready: bool = False  # refused, and partners hold the story's withdrawal, not an earlier text
    version_created: dt.datetime | None = None
    translation: Path | None = None  # the PO file the problems are in
    entry_lines: Mapping[Key, int] = field(default_factory=dict)  # where each problem's entry starts in it
    withdrawn_by_desk: bool = False  # set on the source-language item of a story the desk keeps withdrawn…
    withdrawn_by_source: bool = False  # …and its source withdrew too
    # The withdrawal, written with this item, of the item whose place it took in its feed (see `_publish`).
    withdrew: ItemOutcome | None = None
    renderings: str = ""  # the renderings its names were looked up in (see `_built_from` and RenderingsUsed.record)


@dataclass
class BuildReport:
    """What a build did. An item whose inputs had not changed since the last run is only
    counted, so that a build of a large workspace holds no record of every item; a
    translation still waiting is listed again, as the last run found it, for the run to say so."""

    outcomes: list[ItemOutcome] = field(default_factory=list)  # the items of the articles built
    indexes: list[Path] = field(default_factory=list)
    up_to_date: int = 0  # items left as they were, their inputs unchanged
    damaged: list[Path] = field(default_factory=list)  # item files that could not be read, left out of their index
    # Stories partners have whose article record is gone (see `stories_without_record`): by
    # id, the languages that publish them. Left as they are, and in their indexes.
    without_record: dict[str, dict[str, bool]] = field(default_factory=dict)

    @property
    def refused(self) -> list[ItemOutcome]:
        return [outcome for outcome in self.outcomes if outcome.refused]


@dataclass(frozen=True)
class _Job:
    root: Path
    article_id: str
    langs: tuple[str, ...]
    every_lang: tuple[str, ...]  # the workspace's target languages, which a withdrawal reaches whatever `langs` is
    threshold: float
    provider: str
    inline_links: bool  # see Settings.inline_links
    previous_state: dict[str, dict[str, object]]
    now: dt.datetime  # the run's moment, which stamps every version it publishes
    # Whether any run left a record, or a stopped one its mark: without either, items found on
    # disk count as published (the feeds of a workspace copied without its .syndicate folder).
    recorded: bool

    def record(self, lang: str) -> Mapping[str, object] | None:
        """What the last run to finish recorded of the article's item in `lang` ({}: nothing);
        None when no run left a record."""
        return self.previous_state.get(lang, {}) if self.recorded else None


def build(
    workspace: Workspace,
    locales: Sequence[Locale],
    *,
    article_ids: Sequence[str] | None = None,
    threshold: float = 100.0,
    index_limit: int | None = None,
    jobs: int | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[str], None] = lambda _: None,
    planned: Callable[[int], None] = lambda _: None,
) -> BuildReport:
    """Build the named articles (default: all) for `locales` and the source language, and
    again those a run stopped before its indexes built, for the locales it built them for.

    Each locale's index lists the newest `index_limit` items (default: the workspace
    setting), and every item the latest run published however many; an index written with
    another limit is written again. `jobs` caps the worker
    processes (default: one per core, for large batches only). A version published by this
    run is stamped `now` (default: the clock), or a second after the newest stamp of a run
    before it, stopped or not, when `now` is not later. `planned` is told how many articles
    the run goes through, and `progress` each one as it is done.
    """
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    settings = workspace.settings()
    state = workspace.read_cache(workspace.build_state_file)
    # A run stopped after writing items and before its indexes leaves this mark, naming the
    # articles it built and in which languages: the next run, whatever articles and locales it
    # builds, builds those again, which publishes again what the stopped run wrote (a first
    # run's too, though no run left a record), and writes every index again.
    stopped_before_indexes = workspace.indexes_pending_file.exists()
    pending = workspace.read_cache(workspace.indexes_pending_file)
    every_article = workspace.article_ids()
    every_lang = tuple(bcp47(locale) for locale in workspace.translation_locales())
    stopped_builds = _stopped_builds(pending, every_article, every_lang)
    # Partners ask for what is strictly newer than the newest stamp they have seen: two runs
    # within one second (or a clock set back) must still stamp later than anything published,
    # and than what a stopped run wrote, which an index it wrote before it stopped may list.
    published = [dt.datetime.fromisoformat(str(entry["version_created"]))
                 for entries in state.values() for entry in entries.values() if entry and "version_created" in entry]
    if (stopped_stamp := _stamp(pending)) is not None:
        published.append(stopped_stamp)
    if published and now <= max(published):
        now = max(published) + dt.timedelta(seconds=1)
    langs = tuple(bcp47(locale) for locale in locales)
    report = BuildReport()
    work = []
    feeds: dict[str, None] = {}  # the languages of the items, in order: each has an index
    report.without_record = stories_without_record(workspace)
    asked = dict.fromkeys(article_ids or every_article)
    going_through = dict.fromkeys((*asked, *stopped_builds))
    planned(len(going_through))
    glossaries: dict[str, Mapping[str, str] | None] = {}  # the renderings of each locale's names, read once (see `_built_from`)
    recopied = False  # whether an article's files were found copied (see `_current`), to record as they are now
    for article_id in going_through:
        # A stopped run's article is built again in the languages it was built in, and in this run's when asked for.
        article_langs = tuple(dict.fromkeys((*(langs if article_id in asked else ()), *stopped_builds.get(article_id, ()))))
        job = _Job(workspace.root, article_id, article_langs, every_lang, threshold, settings.provider, settings.inline_links,
                   state.get(article_id, {}), now, recorded=bool(state) or stopped_before_indexes)
        unchanged = _up_to_date(workspace, job, glossaries)
        if unchanged is None:
            work.append(job)
        else:
            report.up_to_date += len(unchanged)
            feeds.update(dict.fromkeys(unchanged))
            if any(entry is not job.previous_state[lang] for lang, entry in unchanged.items()):
                state[article_id] = {**job.previous_state, **unchanged}
                recopied = True
            progress(article_id)
    if work:  # before any item is written, with what runs stopped since the last that finished built
        built = {**stopped_builds, **{job.article_id: list(job.langs) for job in work}}
        workspace.write_cache(workspace.indexes_pending_file, {"run": now.isoformat(), "articles": built})
    if stopped_before_indexes and workspace.feeds_dir.is_dir():
        feeds.update(dict.fromkeys(sorted(folder.name for folder in workspace.feeds_dir.iterdir() if folder.is_dir())))
    for job, (outcomes, article_state, replaced) in zip(work, ordered_map(_build_article, work, jobs)):
        progress(job.article_id)
        report.outcomes.extend(outcomes)
        feeds.update(dict.fromkeys(outcome.lang for outcome in outcomes))
        # The record of a language this run did not build (`build -l de`) stays as it was.
        others = {lang: entry for lang, entry in job.previous_state.items() if lang not in job.langs and lang not in article_state}
        state[job.article_id] = {**others, **article_state}
        state.update(replaced)

    changed_langs = {outcome.lang for outcome in report.outcomes if outcome.written}
    limit = index_limit or settings.index_limit
    # The limit each index was last written with: one given once (--index-limit 1) or changed
    # in syndicate.toml rewrites the indexes it no longer fits, and only those.
    limits = workspace.read_cache(workspace.index_limits_file)
    limits_changed = False
    # Also each feed whose items' stories are all archived, or were not gone through (`build -l de`).
    feeds.update(dict.fromkeys(lang for lang in served_languages(workspace) if limits.get(lang) != limit))
    # Partners learn of an item withdrawn as another took its place (see `_publish`) from the index too.
    replaced = [name for name, entries in state.items() if any(entry.get("replaced_by") for entry in entries.values())]
    # The items of archived articles stay in feeds/, listed by their stamps as before: read for the first index written.
    archived: dict[str, dict[str, dict[str, object]]] | None = None
    for lang in feeds:
        index = workspace.feed_dir(lang) / "index.xml"
        if lang in changed_langs or not index.exists() or limits.get(lang) != limit or stopped_before_indexes:
            if archived is None:
                archived = _archived_records(workspace)
            listed = [*every_article, *report.without_record, *replaced, *archived]
            if _write_index(workspace, lang, limit, {**archived, **state}, listed, settings.provider, report.damaged):
                report.indexes.append(index)
            limits_changed = limits_changed or limits.get(lang) != limit
            limits[lang] = limit
    if limits_changed:
        workspace.write_cache(workspace.index_limits_file, limits)
    # Recorded last: a run stopped before this leaves items its record does not know, which the
    # next run stamps again and lists in every index (see `_publish`).
    if work or recopied:  # an article that was not rebuilt keeps its record as it is, but for its files' identities
        workspace.write_cache(
            workspace.build_state_file,
            {article_id: {lang: entry for lang, entry in langs.items() if entry} for article_id, langs in state.items()},
        )
    workspace.indexes_pending_file.unlink(missing_ok=True)
    # What check takes up of the build's review, one record a locale before, is one an article (see `record_reviews`).
    workspace.remove_replaced_records(f"review-{lang}.json" for lang in every_lang)
    workspace.remove_records_of_removed_locales(GLOSSARY_DOMAIN)
    return report


def _archived_records(workspace: Workspace) -> dict[str, dict[str, dict[str, object]]]:
    """What the builds recorded of the archived articles' items, by id and language; read
    from their items once, when it is lost (a fresh clone)."""
    if workspace.archived_build_state_file.exists():
        return workspace.read_cache(workspace.archived_build_state_file)
    records = {}
    for article_id in workspace.archived.article_ids():
        with contextlib.suppress(InputError):
            records[article_id] = published_records(workspace, workspace.archived.load_article(article_id)[0])
    if records:
        workspace.write_cache(workspace.archived_build_state_file, records)
    return records


def _stopped_builds(pending: Mapping[str, Any], every_article: Sequence[str], every_lang: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The articles a stopped run's mark (`pending`) names, still in the workspace, with the
    languages it built them in that the workspace still has."""
    known, articles = set(every_article), pending.get("articles")
    if not isinstance(articles, dict):  # none, or a mark of another shape: nothing to build again
        return {}
    return {article_id: tuple(lang for lang in langs if lang in every_lang) for article_id, langs in articles.items()
            if article_id in known and isinstance(langs, list)}


def _stamp(pending: Mapping[str, Any]) -> dt.datetime | None:
    """The stamp of the stopped run whose mark is `pending`; None for a mark without one, or of another shape."""
    try:
        stamp = dt.datetime.fromisoformat(pending["run"])
    except (KeyError, TypeError, ValueError):
        return None
    return stamp if stamp.tzinfo is not None else None


def _fingerprints(
    workspace: Workspace, job: _Job, source_lang: str, identify: Callable[[Path], str | None] = file_identity,
) -> dict[str, str]:
    """What each item of the article is built from, hashed, by language (source included):
    the article structure and template for every item, plus a translation's PO (the renderings
    of its names are recorded beside, see `_built_from`). The files are told apart by
    `identify`: by default their identities, so that no file is read and an unchanged article
    costs a few stat calls; `file_digest` reads their bytes (see `_current`)."""
    source = _fingerprint(
        identify(workspace.article_file(job.article_id)), identify(workspace.template_file(job.article_id)),
        extra=f"{job.provider} {job.inline_links}",
    )
    fingerprints = {source_lang: source}
    for lang in job.langs:
        if not translates_into(lang, source_lang):
            continue
        po_identity = identify(workspace.po_file(parse_locale(lang), job.article_id))
        fingerprints[lang] = _fingerprint(po_identity, extra=f"{source} {job.threshold}")
    return fingerprints


def _up_to_date(
    workspace: Workspace, job: _Job, glossaries: dict[str, Mapping[str, str] | None],
) -> dict[str, dict[str, object]] | None:
    """The records of the article's items, by language, as they stand now (see `_current`),
    when no input of any of them has changed since the last run and every item is still the
    file it wrote; None when something needs building or a translation still waits (which
    `_unchanged` says again without reviewing it)."""
    source_lang = next((lang for lang, entry in job.previous_state.items() if entry.get("source")), None)
    if source_lang is None:
        return None
    fingerprints = _fingerprints(workspace, job, source_lang)
    by_content = functools.cache(lambda: _by_content(workspace, job, source_lang, fingerprints))
    records = {}
    for lang, inputs in fingerprints.items():
        entry = job.previous_state.get(lang)
        # A translation still waiting is said again by every run (see `_unchanged`).
        if not entry or "waiting" in entry:
            return None
        if (record := _current(workspace, lang, entry, inputs, job.article_id, glossaries, by_content)) is None:
            return None
        records[lang] = record
    return records


def current_build(
    workspace: Workspace, article_id: str, entries: dict[str, dict[str, object]], glossaries: dict[str, Mapping[str, str] | None],
    settings: Settings,
) -> bool:
    """Whether the last build published every item it recorded of the article (`entries`, by
    language) from the article's files as they are now, with the default threshold and the
    workspace's `settings`, and none waits for its translation (`glossaries`: see `_up_to_date`)."""
    job = _Job(workspace.root, article_id, tuple(entries), tuple(entries), 100.0, settings.provider, settings.inline_links,
               entries, dt.datetime.now(dt.timezone.utc), recorded=True)
    return _up_to_date(workspace, job, glossaries) is not None


def published_records(
    workspace: Workspace, article: Article, languages: Iterable[str] | None = None,
) -> dict[str, dict[str, object]]:
    """What a build records of the article's items, as they are in feeds/ (by language, of
    `languages` or every served one): for an article whose records are lost (archived on
    another machine, or a fresh checkout), so that its items count as published as partners
    have them, not as items a stopped run left unannounced."""
    story = (article.meta.version_created or dt.datetime.combine(article.date, dt.time(), dt.timezone.utc)).isoformat()
    records: dict[str, dict[str, object]] = {}
    for lang in served_languages(workspace) if languages is None else languages:
        path = workspace.item_file(lang, article.id)
        if (item := _previous_item(path)) is not None:
            records[lang] = {"version": item.version, "version_created": item.created.isoformat(), "story": story,
                             "guid": item.guid, "item": file_identity(path)}
            if lang == article.source_lang:
                records[lang] |= {"source": True, "first_created": (item.first_created or item.created).isoformat()}
    return records


def _build_article(job: _Job) -> tuple[list[ItemOutcome], dict[str, dict[str, object]], dict[str, dict[str, dict[str, object]]]]:
    """Every item of one article: the source-language item, then one per target language; the
    records of its items, and of the withdrawals of the items its own took the place of (see
    `_replaced_withdrawals`). What the review of its translations found is kept for check
    (see check's `record_reviews`)."""
    workspace = Workspace(job.root)
    structure = file_identity(workspace.article_file(job.article_id))  # before it is read: see check's `review_inputs`
    article, units = workspace.load_article(job.article_id)
    # Digested once for every locale's review, and only where one is recorded.
    article_digest = functools.cache(lambda: file_digest(workspace.article_file(job.article_id)))
    # What the source sends after the desk withdrew the story is not for partners: the
    # desk's withdrawal they have stays as it is (a kill of the source's own still reaches them).
    withdrawn_by_source = article.meta.withdrawn
    desk_withdrawal = article.withdrawn_by_desk and not withdrawn_by_source
    if desk_withdrawal:
        article = _withdrawn_by_desk(article)
    # A withdrawal reaches every partner that got the story, translated or not, in every
    # locale of the workspace it was published in (a run for some locales only publishes it
    # in the others too), naming the story in the words partners got it in. A locale that
    # never had the story gets no withdrawal: its partners would learn of a story (a legal
    # kill's headline) they never had.
    withdrawn = article.meta.withdrawn
    source_published = True  # whether partners of the feed of the article's language have the story
    if withdrawn:
        def published_in(lang: str) -> bool:
            return "version" in job.previous_state.get(lang, {}) or workspace.item_file(lang, job.article_id).exists()

        source_published = published_in(article.source_lang)
        # Also a locale no longer translated into (its folder gone from locales/) whose feed still serves the story.
        candidates = dict.fromkeys((*job.langs, *job.every_lang, *served_languages(workspace)))
        job = dataclasses.replace(job, langs=tuple(lang for lang in candidates if lang != article.source_lang and published_in(lang)))
    elif article.meta.continues_killed is not None:
        # The agency's kill of its translation reaches every feed still publishing the translation's
        # text, whatever locales this run builds.
        killed = [lang for lang in served_languages(workspace) if lang not in job.langs and translates_into(lang, article.source_lang)
                  and _still_of_the_translation(article, lang, _previous_item(workspace.item_file(lang, article.id)))]
        job = dataclasses.replace(job, langs=(*job.langs, *killed))
    fingerprints = _fingerprints(workspace, job, article.source_lang)
    by_content = functools.cache(lambda: _by_content(workspace, job, article.source_lang, fingerprints))
    # A story of the desk's own keeps the guid and firstCreated it was first published with,
    # though its date line is corrected later: partners key their copies on the guid.
    published = None if article.meta.guid else _previous_item(workspace.item_file(article.source_lang, article.id))
    # As the last run recorded them, for a source item that can no longer be read.
    recorded = job.previous_state.get(article.source_lang, {})
    recorded_first = dt.datetime.fromisoformat(str(recorded["first_created"])) if "first_created" in recorded else None
    # An agency item without firstCreated was first created no later than this version.
    dated = dt.datetime.combine(article.date, dt.time(), dt.timezone.utc)
    first_created = (article.meta.first_created or (published and published.first_created) or recorded_first
                     or article.meta.version_created or dated)
    # Partners poll for what is newer than the newest versionCreated they have seen, so a
    # version is stamped with the moment it is published: never older than one published
    # before it, even an agency's item delivered late (its own stamp stays as contentModified).
    source_guid = (article.meta.guid or (published and published.guid) or recorded.get("guid")
                   or f"urn:newsml:{job.provider}:{article.date:%Y%m%d}:{article.id}")
    new_state: dict[str, dict[str, object]] = {}
    reviews: dict[str, dict[str, object]] = {}  # language → the build's review, kept for check
    outcomes = []
    # Items one run publishes share its stamp: among them, the newer story comes first in an index.
    story_moment = (article.meta.version_created or dated).isoformat()
    source_record = {"source": True, "guid": source_guid, "first_created": first_created.isoformat()}

    # The agency tagged an earlier version in another language (en-US, then en): partners of
    # that feed have the story, and get its withdrawal, which the story's item in the feed of
    # its language then follows at a higher version (a partner of both keeps the story).
    elsewhere = _source_elsewhere(workspace, job, article.source_lang, source_guid)
    if withdrawn and not source_published and not elsewhere:
        return [], {}, {}  # never published (a story and its kill in one delivery): nothing to withdraw
    above = max((held for _, held in elsewhere.values()), default=0)
    if any(not published.withdrawn for published, _ in elsewhere.values()):
        source_path = workspace.item_file(article.source_lang, article.id)
        above = max(above, _version_held(source_path, source_guid, job.record(article.source_lang), _previous_item(source_path)))
    original = None
    for lang, (published, held) in elsewhere.items():
        path, recorded_there = workspace.item_file(lang, article.id), job.previous_state.get(lang, {})
        if published.withdrawn:
            version = published.version
            entry = {key: value for key, value in recorded_there.items() if key != "source"} if "version" in recorded_there else {
                "version": version, "version_created": published.created.isoformat(), "story": story_moment,
                "guid": source_guid, "item": file_identity(path)}
        else:
            above += 1
            outcome = _withdrawn_elsewhere(workspace, article, lang, published, above, job, moved=not withdrawn, by_desk=desk_withdrawal)
            outcomes.append(outcome)
            version = outcome.version
            entry = {key: value for key, value in _state_entry(outcome, "", story_moment).items() if key != "inputs"}
        if not source_published and original is None:
            # The first feed that had the story holds the record of its source, and the item its translations link.
            entry = {**_with_contents({**entry, "inputs": fingerprints[article.source_lang]}, recorded_there, path,
                                      lambda: by_content().get(article.source_lang)), **source_record}
            original = OriginalRef(guid=source_guid, version=version or article.meta.version, lang=lang,
                                   headline=article.blocks[0].text, href=f"../{lang}/{article.id}.xml")
        new_state[lang] = entry

    glossaries: dict[str, Mapping[str, str] | None] = {}
    if source_published:
        source = _unchanged(workspace, article.id, article.source_lang, job.previous_state, fingerprints[article.source_lang],
                            glossaries, by_content) or _publish(
            workspace, article, units, None, Target(article.source_lang, text_direction(parse_locale(article.source_lang))),
            # The agency's item in its own language is the agency's still: its guid, its version, its provider.
            guid=source_guid, provider=article.meta.provider or job.provider, publisher=job.provider, stamp=job.now,
            first_created=first_created, threshold=0.0, first_version=article.meta.version, agency_versions=bool(article.meta.guid),
            desk_withdrawal=desk_withdrawal, inline_links=job.inline_links, above=above,
            record=job.record(article.source_lang),
            same_inputs=_built_from(workspace, article.source_lang, recorded, fingerprints[article.source_lang], glossaries),
        )
        outcomes.append(dataclasses.replace(source, withdrawn_by_desk=article.withdrawn_by_desk, withdrawn_by_source=withdrawn_by_source))
        if source.withdrew is not None:
            outcomes.append(source.withdrew)
        new_state[article.source_lang] = {
            **_with_contents(_state_entry(source, fingerprints[article.source_lang], story_moment), recorded, source.path,
                             lambda: by_content().get(article.source_lang)), **source_record,
        }
        original = OriginalRef(
            # The version partners have of the original, or (not published) the one it would be
            guid=source_guid, version=source.version or article.meta.version, lang=article.source_lang,
            headline=article.blocks[0].text, href=f"../{article.source_lang}/{article.id}.xml",
        )
    threshold = 0.0 if withdrawn else job.threshold
    for lang in job.langs:
        if not translates_into(lang, article.source_lang):
            continue
        locale = parse_locale(lang)
        po_path = workspace.po_file(locale, job.article_id)
        inputs = fingerprints[lang]
        outcome = _unchanged(workspace, article.id, lang, job.previous_state, inputs, glossaries, by_content)
        if outcome is None:
            translation = file_identity(po_path)  # before it is read: see check's `review_inputs`
            catalog, entry_lines, problem = _translations(po_path, article, locale)
            errors: tuple[UnitProblem, ...] = ()
            try:
                renderings = read_glossary(workspace, locale)
            except InputError as error:
                # Its names' renderings unknown, an item waits for the glossary to be mended; a
                # withdrawal does not, and names them as the source writes them. What is wrong
                # with the story's own file is said with it, not only once the glossary is mended.
                if problem is None and not withdrawn:
                    errors = _translation_errors(units, catalog, lang, article.source_lang)
                renderings, problem = {}, "; ".join(filter(None, (problem, str(error))))
            if problem is not None and not withdrawn:  # one locale's file keeps no other item from being published
                in_place = workspace.item_file(lang, job.article_id)
                # A story the desk extracted for other locales only waits for its translation, as check and status say.
                outcome = ItemOutcome(job.article_id, lang, in_place if in_place.exists() else None, note=problem, refused=True,
                                      unfinished=translation is None, without_translation_file=translation is None,
                                      problems=errors, translation=po_path if errors else None,
                                      entry_lines={error.unit.key: entry_lines.get(error.unit.key, 0) for error in errors})
            else:
                # Here, not at the top: a build with nothing to review (the desk's routine run,
                # translations still waiting) does without importing the review.
                from .check import Review, review_inputs

                names = RenderingsUsed(renderings, names_written_inside(workspace))
                review = Review(lang, article.source_lang, review_inputs(structure, translation))
                outcome = _publish(
                    workspace, article, units, catalog,
                    Target(lang, text_direction(locale), names, names.written_inside),
                    guid=_translation_guid(workspace, article, source_guid, lang), provider=job.provider,
                    publisher=job.provider, stamp=job.now,
                    first_created=first_created, threshold=threshold, original=original,
                    review=review,
                    record=job.record(lang), withdrawn=withdrawn, desk_withdrawal=desk_withdrawal, inline_links=job.inline_links,
                    same_inputs=_built_from(workspace, lang, job.previous_state.get(lang, {}), inputs, glossaries),
                )
                outcome = dataclasses.replace(outcome, renderings=names.record())
                if outcome.problems:
                    lines = {problem.unit.key: entry_lines.get(problem.unit.key, 0) for problem in outcome.problems}
                    outcome = dataclasses.replace(outcome, translation=po_path, entry_lines=lines)
                contents = _reviewed_contents(workspace.article_file(job.article_id), article_digest(), structure, po_path, translation)
                if (reviewed := review.record(units, contents)) is not None:
                    reviews[lang] = reviewed
            # What partners still have of the agency's translation's text, which the agency killed, waits for nothing.
            if outcome.refused and article.meta.continues_killed is not None:
                if (killed := _killed_translation_withdrawn(workspace, article, lang, job)) is not None:
                    # Recorded with the renderings of the refused translation, so that a glossary fix publishes it.
                    outcome = dataclasses.replace(killed, renderings=outcome.renderings)
        outcomes.append(outcome)
        if outcome.withdrew is not None:
            outcomes.append(outcome.withdrew)
        new_state[lang] = _with_contents(_state_entry(outcome, inputs, story_moment), job.previous_state.get(lang, {}), outcome.path,
                                         lambda: by_content().get(lang))
    # A refused item whose last version is still in feeds/ stays in its index at that version,
    # which partners can still fetch; without inputs, it is built again by the next run. Without
    # the last run's record of it (a fresh checkout of a newsroom kept in git), as the item says.
    for outcome in outcomes:
        if not outcome.refused:
            continue
        previous = job.previous_state.get(outcome.lang, {})
        if "version_created" not in previous:
            previous = published_records(workspace, article, (outcome.lang,)).get(outcome.lang, {})
        kept = {key: previous[key] for key in ("version", "version_created", "story", "guid") if key in previous}
        if kept:
            new_state[outcome.lang] = {**new_state.get(outcome.lang, {}), **kept}
    if reviews:
        from .check import record_reviews

        record_reviews(workspace, article.id, reviews)
    return outcomes, new_state, _replaced_withdrawals(workspace, article, story_moment)


def _reviewed_contents(
    article_file: Path, article_digest: str | None, structure: str | None, po_path: Path, translation: str | None
) -> str | None:
    """What the build's review of a translation is of by the files' bytes (see check's
    `review_contents`), for a copy of the workspace to take up; None when the article's
    structure or PO file is no longer the one read, its identity (`structure`, `translation`,
    taken before it was read) another once digested (`article_digest`, then the PO file's)."""
    from .check import review_contents

    digests = article_digest, file_digest(po_path)
    if None in digests or (file_identity(article_file), file_identity(po_path)) != (structure, translation):
        return None
    return review_contents(*digests)


def served_languages(workspace: Workspace) -> list[str]:
    """The languages of the workspace's feeds."""
    return sorted(folder.name for folder in workspace.feeds_dir.iterdir() if folder.is_dir()) if workspace.feeds_dir.is_dir() else []


def _still_of_the_translation(article: Article, lang: str, published: _Published | None) -> bool:
    """Whether `published`, the article's item in `lang`, is still one published from the
    agency's translation whose place the article took (see `ItemMeta.continues`), and not
    withdrawn: the translation's own item, or syndicate's translation of it, under the guid
    partners have, until the story's translation from the original takes its place."""
    continued = article.meta.continues
    return (continued is not None and published is not None and not published.withdrawn
            and published.guid in (continued, f"{continued}:{lang}") and published.translation_of != article.meta.guid)


def _translated_before_the_source_came(article: Article, lang: str, published: _Published | None) -> bool:
    """Whether `published`, the article's item in `lang`, is syndicate's translation into
    `lang` of the agency's story, which the agency now sends in `lang` itself (it tagged an
    earlier version en, this one de), and not withdrawn: the agency's own item takes its place,
    under the agency's guid."""
    return (article.meta.guid is not None and lang == article.source_lang and published is not None and not published.withdrawn
            and published.translation_of == article.meta.guid and published.guid == f"{article.meta.guid}:{lang}")


def _source_elsewhere(workspace: Workspace, job: _Job, source_lang: str, guid: str) -> dict[str, tuple[_Published, int]]:
    """The items of the story's source (`guid`) in the feeds of other languages than the
    article's, `source_lang` (the agency tagged an earlier version en-US, this one en), each
    with the newest version partners may hold of it there (see `_version_held`); withdrawn
    ones too, whose versions count as published."""
    found = {}
    # A feed the last run recorded no item of the story's source in is not read: where a run
    # left records, they name the feeds to read, without listing them.
    candidates = served_languages(workspace) if not job.recorded else [
        lang for lang, entry in job.previous_state.items() if entry.get("source") or entry.get("guid") == guid
    ]
    for lang in candidates:
        if lang == source_lang:
            continue
        record = job.record(lang)
        path = workspace.item_file(lang, job.article_id)
        if (published := _previous_item(path)) is not None and published.guid == guid:
            found[lang] = published, _version_held(path, guid, record, published)
    return found


def _withdrawn_elsewhere(
    workspace: Workspace, article: Article, lang: str, published: _Published, version: int, job: _Job, *, moved: bool,
    by_desk: bool,
) -> ItemOutcome:
    """The withdrawal of the story's source item `published` from the feed of `lang`, another
    than the article's language, as `version`: the story `moved` to the feed of its language,
    else the withdrawal of the story itself (by the desk: `by_desk`)."""
    path = workspace.item_file(lang, article.id)
    notes = article.meta.editor_notes
    if moved:
        notes = (Note(moved_note(article.source_lang), "en"),)
    stamp = max(job.now, published.created + dt.timedelta(seconds=1))
    try:
        data = _withdrawal_of(published, path, version=version, stamp=stamp, publisher=job.provider, notes=notes, by_desk=by_desk)
    except (ValueError, InputError) as error:
        return ItemOutcome(article.id, lang, path, note=f"cannot write the withdrawal of {published.guid}: {error} "
                           "(the previously published version stays)", refused=True)
    written = atomic_write_bytes(path, data)
    note = (f"its source now says the story is in {article.source_lang}: withdrawn from this feed, which had it, and published "
            f"in feeds/{article.source_lang}/") if moved else None
    return ItemOutcome(article.id, lang, path, written, version, guid=published.guid, version_created=stamp, note=note)


def _replaced_file(workspace: Workspace, article_id: str, lang: str, guid: str) -> Path:
    """The file, in the feed of `lang`, of the withdrawal of the item `guid` whose place the
    article's item took there: named after the whole guid, and what it holds
    (`…:20240502:strike:de:en` → `…-20240502-strike-de-en-withdrawn.xml`, see
    `withdrawal_id`), where a story is named after the end of its guid. Partners may have
    fetched it where an earlier syndicate wrote it, and there it stays: for a guid too long
    for an id, under the start of its name, cut to end in a digest; before that, under the
    article's id and a digest of the guid (the name of an agency's story whose id another holds)."""
    path = workspace.item_file(lang, withdrawal_id(guid))
    if path.exists():
        return path
    for name in (slugify(f"{guid} withdrawn"), distinct_id(article_id, guid)):
        earlier = workspace.item_file(lang, name)
        if (written := _previous_item(earlier)) is not None and written.guid == guid and written.withdrawn:
            return earlier
    return path


def _replaced_withdrawals(workspace: Workspace, article: Article, story_moment: str) -> dict[str, dict[str, dict[str, object]]]:
    """The records of the withdrawals of the items the article's own took the place of (see
    `_publish`), as their files are (one a stopped run wrote is recorded all the same): by file
    name, then language."""
    continued = article.meta.continues
    replaced = [(lang, guid) for lang in served_languages(workspace) for guid in (continued, f"{continued}:{lang}")] if continued else []
    if article.meta.guid is not None:  # syndicate's translation into the language the agency now sends the story in
        replaced.append((article.source_lang, f"{article.meta.guid}:{article.source_lang}"))
    records: dict[str, dict[str, dict[str, object]]] = {}
    for lang, guid in replaced:
        path = _replaced_file(workspace, article.id, lang, guid)
        if (withdrawal := _previous_item(path)) is not None and withdrawal.guid == guid:
            records.setdefault(path.stem, {})[lang] = {
                "version": withdrawal.version, "version_created": withdrawal.created.isoformat(), "story": story_moment,
                "item": file_identity(path), "replaced_by": article.id,
            }
    return records


def _withdrawal_of(
    published: _Published, path: Path, *, version: int, stamp: dt.datetime, publisher: str, notes: tuple[Note, ...] = (),
    agency_version: int | None = None, replaced_by: OriginalRef | None = None, by_desk: bool = False,
) -> bytes:
    """The item `published` at `path` withdrawn, as `version`: its headline, in the words
    partners have it in, and its rights, saying the agency's `notes` (else that it is
    withdrawn, by the desk when `by_desk`, or which item `replaced_by` takes its place).
    ValueError or InputError when it cannot be written."""
    [item] = read_newsml(path, published.data)
    # Its other metadata, some in the language of what it was translated from, is no concern of a withdrawal.
    meta = ItemMeta(pub_status="canceled", editor_notes=notes, rights=item.meta.rights, content_created=item.meta.content_created,
                    catalogs=item.meta.catalogs, schemes=item.meta.schemes)
    return item_bytes(LocalisedArticle(
        article_id=path.stem, guid=published.guid, version=version, lang=item.source_lang,
        direction=text_direction(parse_locale(item.source_lang)), headline=item.blocks[0].text, description=None, body=(),
        section="", date=item.date, version_created=stamp, first_created=published.first_created or published.created,
        provider=item.meta.provider or publisher, publisher=publisher, agency_version=agency_version, replaced_by=replaced_by,
        withdrawn_by_desk=by_desk, meta=meta,
    ))


def _withdraw_replaced(
    workspace: Workspace, article: Article, replaced: _Published, held: int, replacement: OriginalRef, stamp: dt.datetime,
    publisher: str,
) -> ItemOutcome:
    """Write the withdrawal of `replaced`, an item published from the agency's translation
    whose place the article took, or syndicate's translation of a story the agency now sends
    in its language, as the article's item `replacement` takes its place in its feed (`held`:
    the newest version partners may have of it), in a file of its own. One a stopped run wrote
    stays as it is: first listed by the next index, its stamp is later than any an index listed
    before (see `build`)."""
    path = _replaced_file(workspace, article.id, replacement.lang, replaced.guid)
    published_as = ("translated before the agency sent the story in this language" if replaced.translation_of == article.meta.guid
                    else "published from the agency's translation before its original came")
    note = f"{replaced.guid}, {published_as}, is withdrawn: {replacement.guid} takes its place"
    if (written := _previous_item(path)) is not None and written.guid == replaced.guid and written.withdrawn:
        return ItemOutcome(article.id, replacement.lang, path, version=written.version, version_created=written.created, note=note)
    created = max(stamp, replaced.created + dt.timedelta(seconds=1))
    data = _withdrawal_of(replaced, path, version=held + 1, stamp=created, publisher=publisher, replaced_by=replacement)
    written = atomic_write_bytes(path, data)
    return ItemOutcome(article.id, replacement.lang, path, written, held + 1, version_created=created, note=note)


def _killed_translation_withdrawn(workspace: Workspace, article: Article, lang: str, job: _Job) -> ItemOutcome | None:
    """The withdrawal of the text of the agency's translation whose place the article took,
    which the agency killed since, from the feed of `lang` that still has it (its item there
    waiting for the story's translation from the original, which publishes it again at a
    higher version); None when the feed has none of it."""
    kill = article.meta.continues_killed
    path = workspace.item_file(lang, article.id)
    published = _previous_item(path)
    if kill is None or published is None or not _still_of_the_translation(article, lang, published):
        return None
    # The agency's own item, under its guid, is withdrawn as the agency numbers its kill, when it can be.
    agency_version = kill.version if published.guid == article.meta.continues else None
    version = max(_version_held(path, published.guid, job.record(lang), published) + 1, agency_version or 0)
    stamp = max(job.now, published.created + dt.timedelta(seconds=1))
    try:
        data = _withdrawal_of(published, path, version=version, stamp=stamp, publisher=job.provider, notes=kill.notes,
                              agency_version=agency_version)
    except (ValueError, InputError) as error:
        return ItemOutcome(article.id, lang, path, note=f"cannot write the withdrawal of {published.guid}, which the agency "
                           f"killed: {error} (the previously published version stays)", refused=True)
    written = atomic_write_bytes(path, data)
    return ItemOutcome(article.id, lang, path, written, version, guid=published.guid, version_created=stamp,
                       note=f"the agency withdrew {article.meta.continues}, whose text this feed had: withdrawn until the "
                            "story's translation from the original is ready")


def _withdrawn_by_desk(article: Article) -> Article:
    """The article as its items publish it while the desk keeps it withdrawn: a withdrawal,
    saying nothing of what its source said with the story (its notes, signals, embargo)."""
    meta = dataclasses.replace(article.meta, pub_status="canceled", embargoed=None, signals=(), editor_notes=())
    return dataclasses.replace(article, meta=meta)


def _translation_guid(workspace: Workspace, article: Article, source_guid: str, lang: str) -> str:
    """`…:story:de`; an item partners have as the translation of an agency's translation
    whose place the original took (`…:story:de:fr`) goes on under the guid they have."""
    if article.meta.continues:
        continued = f"{article.meta.continues}:{lang}"
        published = _previous_item(workspace.item_file(lang, article.id))
        if published is not None and published.guid == continued:
            return continued
    return f"{source_guid}:{lang}"


def _translations(po_path: Path, article: Article, locale: Locale) -> tuple[Catalog, dict[Key, int], str | None]:
    """The locale's catalog of the article and where each entry starts; or an empty catalog
    and why there is none to use (no file, a file that cannot be read or is in another language)."""
    none: tuple[Catalog, dict[Key, int]] = (Catalog(article.id, {}), {})
    if not po_path.exists():
        return *none, f"no translation file {po_path}: `{article.extract_command(bcp47(locale))}` writes it"
    try:
        catalog, entry_lines = read_catalog_with_lines(po_path, article.id)
    except InputError as error:
        return *none, str(error)
    if (wrong := wrong_language(po_path, catalog, locale)) is not None:
        return *none, str(wrong)
    return catalog, entry_lines, None


def _translation_errors(units: Sequence[Unit], catalog: Catalog, lang: str, source_lang: str) -> tuple[UnitProblem, ...]:
    """The errors the build's review finds in the translated units of `catalog`, for an item
    refused before it is localised (see `_build_article`)."""
    from .check import Review  # as in `_build_article`: only an item with a translation to review needs it

    review, messages = Review(lang, source_lang), catalog.by_key()
    return tuple(
        UnitProblem(unit, "error", error)
        for key, unit in first_units(units).items()
        if (message := messages.get(key)) is not None and message.msgstr and not message.fuzzy
        for error in review(unit, message)
    )


def _publish(
    workspace: Workspace,
    article: Article,
    units: list[Unit],
    catalog: Catalog | None,
    target: Target,
    *,
    guid: str,
    provider: str,
    publisher: str,
    stamp: dt.datetime,
    first_created: dt.datetime,
    threshold: float,
    original: OriginalRef | None = None,
    first_version: int = 1,
    review: Callable[[Unit, Message], Sequence[str]] | None = None,
    record: Mapping[str, object] | None = None,
    withdrawn: bool = False,
    desk_withdrawal: bool = False,
    agency_versions: bool = False,
    same_inputs: bool = False,
    inline_links: bool = False,
    above: int = 0,
) -> ItemOutcome:
    """Write the item unless its content is unchanged. `record` is what the last finished run
    recorded of it (see `_Job.record`). A withdrawal names the story in the words partners
    got it in (see localise's `published_text`). An agency's own item (`agency_versions`)
    keeps the agency's version number while it is above every version published, and links
    it otherwise (see `_version_to_publish`). `same_inputs`: the item is built from what the
    recorded version was built from. `desk_withdrawal`: the desk's withdrawal, which stays as
    it is once published. `publisher`: the workspace's provider. `inline_links`: the
    agency's links are written as links (see Settings.inline_links), else as their words. An
    item taking the place of one published from the agency's translation whose place the
    article took, under another guid, is written with that one's withdrawal, which links it:
    partners would otherwise keep both (`…:de:en` beside the English original's). A new
    content is published above version `above`, which its guid has in another feed."""
    path = workspace.item_file(target.lang, article.id)
    previous = _previous_item(path)
    replaced = previous if previous and previous.guid != guid and (
        _still_of_the_translation(article, target.lang, previous) or _translated_before_the_source_came(article, target.lang, previous)
    ) else None
    if desk_withdrawal and previous is not None and desk_withdrawal_note(publisher) in previous.notes:
        return ItemOutcome(article.id, target.lang, path, version=previous.version, guid=previous.guid, version_created=previous.created)
    # Partners count versions by guid: an item taking the place of another guid's in its file
    # (`replaced`) starts from what they have of its own, not from the one it replaces.
    own = previous if previous is not None and previous.guid == guid else None
    own_record = _record_of(record, guid, previous)
    # The newest version partners may hold, which the file may no longer tell: deleted,
    # damaged, or an older copy put back (from a backup, by git checkout).
    held_here = _version_held(path, guid, record, previous)
    held = max(held_here, above)
    # An item a stopped run wrote may never have been in an index, or only in one a run over
    # other articles wrote: partners may since have polled past its stamp. A run that finishes
    # publishes it as a version of its own, stamped now.
    unannounced = own is not None and own_record is not None and own_record.get("version_created") != own.created.isoformat()
    localise_with = functools.partial(
        localise, article, units, catalog, target, guid=guid, version=own.version if own else first_version,
        provider=provider, publisher=publisher, agency_version=first_version if agency_versions else None,
        version_created=own.created if own else stamp,
        first_created=first_created, original=original, review=review,
    )
    # The published item's words are read again only for a withdrawal or an early notice.
    localisation = localise_with(threshold=threshold, published_text=(previous.text() if previous else "") if withdrawn else None)
    ahead = None
    if localisation.article is None and previous is not None and (told := _told_ahead(
            previous, article, original is not None and (previous.translation_of, previous.provider) == (original.guid, publisher))):
        # A later embargo, a withholding, new usage terms or notes to editors reach partners
        # now, with the words they already have (a new sentence in the original's), not once
        # the update is translated: until then they would publish by what they were told
        # before. A notice that lets them publish sooner, or terms that let them do more,
        # wait for the translation.
        ahead = f"what the agency tells partners beside its text ({told}) is published ahead of the translation of its update"
        # Its text is the translation of the original's version partners had it of, which it says.
        translated = (dataclasses.replace(original, version=previous.original_version)
                      if original is not None and previous.original_version and previous.translation_of == original.guid else original)
        localisation = localise_with(threshold=0.0, published_text=previous.text(), review=_as_published(review), original=translated)
        if localisation.article is not None and original is not None and translated is not original:
            localisation = dataclasses.replace(localisation, article=dataclasses.replace(localisation.article, original_update=original.version))
    kept = " (the previously published version stays)" if previous else ""
    if localisation.article is None:
        unfinished = not any(problem.severity == "error" for problem in localisation.problems)
        return ItemOutcome(article.id, target.lang, path if previous else None, problems=localisation.problems,
                           note=(localisation.reason or "") + kept, refused=True, unfinished=unfinished,
                           withdrawn_until_ready=previous is not None and previous.notice[1] == "stat:canceled")
    localised = localisation.article
    if not inline_links and any(block.links or block.foreign_parts or any(cell.links for cell in block.cells) for block in localised.body):
        # Partners keeping each block's own text only get no element inside it (see Settings.inline_links).
        localised = dataclasses.replace(localised, body=tuple(
            dataclasses.replace(
                block, links=(), foreign_parts=(), cells=tuple(dataclasses.replace(cell, links=()) for cell in block.cells),
            )
            for block in localised.body
        ))
    renamed = None
    if withdrawn and own is not None and (as_partners_have_it := _named_as_published(localised, own)) != localised:
        # A kill notice names the story as partners were last sent it in this locale: a
        # translation edited since, or a name rendered anew, is a headline they never had.
        localised, renamed = as_partners_have_it, ("withdrawn: what its translation or the names glossary says now is not "
                                                   "published (the withdrawal names the story as partners have it)")
    repaired = withdrew = None
    try:
        data = item_bytes(localised)
        if localised.meta.withdrawn and own is not None and desk_withdrawal_note(publisher) in own.notes:
            # The desk lifted its withdrawal of a story its source withdrew too: partners keep the
            # withdrawal they have, which says nothing else, until the source publishes the story again.
            as_published = dataclasses.replace(localised, withdrawn_by_desk=True)
            if item_bytes(as_published) == own.data:
                localised, data = as_published, own.data
        if (withdrawn and own is not None and own.withdrawn and data != own.data and own.version >= held and not unannounced
                and original is not None and (own.translation_of, own.original_version) == (original.guid, original.version)):
            # Partners have the withdrawal of this version of the original: what its translation,
            # the glossary or the feed's settings say now (another headline, another provider)
            # would be a second kill notice.
            return ItemOutcome(article.id, target.lang, path, version=own.version, guid=own.guid, version_created=own.created,
                               note="withdrawn: what its translation, the names glossary or the feed settings say now is not "
                                    "published (partners keep the withdrawal they have)")
        version = _version_to_publish(own, data, held, own_record, same_inputs, first_version)
        if own is not None and version is None and unannounced:
            # A stopped run's item, announced now, stamped now. A version of its own where an
            # index listed it (written by a run over other articles), as partners may have
            # polled past its stamp and taken it; one no index listed keeps its number, so that
            # runs stopped one after the other (a full disk, a folder not writable) write no
            # new version each. An agency's own item keeps the agency's number.
            listed = _indexed_version(path.with_name("index.xml"), guid) >= own.version
            version = own.version + 1 if listed and not agency_versions else own.version
        if version is not None:
            created = max(stamp, previous.created + dt.timedelta(seconds=1)) if previous else stamp
            localised = dataclasses.replace(localised, version=version, version_created=created)
            data = item_bytes(localised)
            if previous is None and held_here:
                repaired = f"{path} was missing or could not be read: written again as version {version}"
        if replaced is not None:
            # The withdrawal first: a run stopped before the item is written leaves the replaced one in place.
            replacement = OriginalRef(guid, localised.version, target.lang, localised.headline, f"../{target.lang}/{article.id}.xml")
            held_of_replaced = _version_held(path, replaced.guid, record, previous)
            withdrew = _withdraw_replaced(workspace, article, replaced, held_of_replaced, replacement, stamp, publisher)
    except (ValueError, InputError) as error:  # one item that cannot be written keeps no other from being built
        return ItemOutcome(article.id, target.lang, path if previous else None, problems=localisation.problems,
                           note=f"cannot write the item: {error}{kept}", refused=True)
    written = atomic_write_bytes(path, data)
    note = "; ".join(filter(None, (ahead, renamed, repaired, localisation.reason))) or None
    return ItemOutcome(article.id, target.lang, path, written, localised.version, guid, localisation.problems,
                       note, version_created=localised.version_created, withdrew=withdrew)


def _unchanged(
    workspace: Workspace, article_id: str, lang: str, previous_state: dict[str, dict[str, object]], inputs: str,
    glossaries: dict[str, Mapping[str, str] | None], by_content: Callable[[], Mapping[str, str]],
) -> ItemOutcome | None:
    """The outcome of the last run when its item is current (see `_current`), a translation
    it found waiting included."""
    entry = previous_state.get(lang)
    if not entry or _current(workspace, lang, entry, inputs, article_id, glossaries, by_content) is None:
        return None
    path = workspace.item_file(lang, article_id)
    if "waiting" in entry:
        return ItemOutcome(article_id, lang, path if entry.get("item") else None, note=str(entry["waiting"]), refused=True,
                           unfinished=True, without_translation_file=bool(entry.get("without_translation_file")),
                           withdrawn_until_ready=bool(entry.get("withdrawn_until_ready")),
                           renderings=str(entry.get("renderings", "")))
    return ItemOutcome(article_id, lang, path, False, int(entry["version"]),  # type: ignore[call-overload]
                       guid=str(entry["guid"]) if "guid" in entry else None,
                       version_created=dt.datetime.fromisoformat(str(entry["version_created"])),
                       renderings=str(entry.get("renderings", "")))


def _current(
    workspace: Workspace, lang: str, entry: dict[str, object], inputs: str, article_id: str,
    glossaries: dict[str, Mapping[str, str] | None], by_content: Callable[[], Mapping[str, str]],
) -> dict[str, object] | None:
    """The last run's record of the item (`entry`) when it was built from what it is built
    from now (see `_built_from`) and its file is still the one it wrote, else None: one
    deleted, damaged or edited by hand since is written again. Files of other identities
    but the same bytes (the workspace copied without its files' times: `cp -r`, a CI cache)
    are the same when the run recorded their `contents`, and the record is returned with
    their identities now; `by_content` gives the inputs by their bytes (see `_fingerprints`),
    read only then."""
    path = workspace.item_file(lang, article_id)
    item = file_identity(path)
    if entry.get("item") == item and entry.get("inputs") == inputs:
        record = entry
    elif "contents" in entry and (read := by_content().get(lang)) is not None and entry["contents"] == _contents(path, read):
        record = {**entry, "inputs": inputs, "item": item}
    else:
        return None
    return record if _same_renderings(workspace, lang, entry, glossaries) else None


def _built_from(
    workspace: Workspace, lang: str, entry: Mapping[str, object], inputs: str, glossaries: dict[str, Mapping[str, str] | None]
) -> bool:
    """Whether the item the last run recorded (`entry`) was built from these `inputs` and from
    the renderings its names have now in the locale's glossary (see `_same_renderings`)."""
    return entry.get("inputs") == inputs and _same_renderings(workspace, lang, entry, glossaries)


def _same_renderings(
    workspace: Workspace, lang: str, entry: Mapping[str, object], glossaries: dict[str, Mapping[str, str] | None]
) -> bool:
    """Whether the names of the item the last run recorded (`entry`) have the renderings now
    in the locale's glossary that they had, which `glossaries` keeps by language once read
    (None: unreadable). Only its own names count: each new story's names are added to every
    glossary, which would otherwise rebuild every item."""
    used = entry.get("renderings", "")
    if not used:
        return used == ""
    if lang not in glossaries:  # read once a run (or article, in a worker), not once an item
        try:
            glossaries[lang] = read_glossary(workspace, parse_locale(lang))
        except InputError:  # which building it again reports
            glossaries[lang] = None
    glossary = glossaries[lang]
    return glossary is not None and renderings_unchanged(used, glossary, names_written_inside(workspace))


def _state_entry(outcome: ItemOutcome, inputs: str, story_moment: str) -> dict[str, object]:
    if outcome.unfinished:
        # Recorded with its inputs, so that the next runs say it still waits without reading
        # and reviewing its translation again: a busy desk has many at any time.
        return {"inputs": inputs, "waiting": outcome.note, "item": file_identity(outcome.path) if outcome.path else None,
                **({"withdrawn_until_ready": True} if outcome.withdrawn_until_ready else {}),
                **({"without_translation_file": True} if outcome.without_translation_file else {}), **_renderings_entry(outcome)}
    if outcome.refused:
        # Without inputs, built again by the next run; marked, for archive to hold the story back.
        return {"refused": True}
    if outcome.version_created is None:
        return {}
    return {"inputs": inputs, "version": outcome.version, "version_created": outcome.version_created.isoformat(),
            "story": story_moment, "item": file_identity(outcome.path) if outcome.path else None,
            **({"guid": outcome.guid} if outcome.guid else {}), **_renderings_entry(outcome)}


def _with_contents(
    entry: dict[str, object], previous: Mapping[str, object], item: Path | None, by_content: Callable[[], str | None],
) -> dict[str, object]:
    """The record of an item built from inputs (`entry`) with the `contents` of its files (see
    `_current`): those the last run recorded (`previous`) when the files are the ones it
    recorded, else read now (`by_content`: what the item is built from, see `_by_content`;
    None for files changed since the build read them, which the record then leaves to the
    next run to build again). A translation still waiting is recorded so on each run: its
    files are read only once."""
    if "inputs" not in entry:
        return entry
    if "contents" in previous and (previous.get("inputs"), previous.get("item")) == (entry["inputs"], entry["item"]):
        return {**entry, "contents": previous["contents"]}
    if (read := by_content()) is None:
        return entry
    return {**entry, "contents": _contents(item, read)}


def _renderings_entry(outcome: ItemOutcome) -> dict[str, object]:
    return {"renderings": outcome.renderings} if outcome.renderings else {}


def _by_content(workspace: Workspace, job: _Job, source_lang: str, fingerprints: Mapping[str, str]) -> dict[str, str]:
    """What each item of the article is built from by the files' bytes (see `_fingerprints`),
    for the languages whose files are still the ones `fingerprints` were taken of: a PO file a
    translator saves while the build reads it has bytes the item was not built from."""
    read = _fingerprints(workspace, job, source_lang, file_digest)
    now = _fingerprints(workspace, job, source_lang)
    return {lang: digest for lang, digest in read.items() if now.get(lang) == fingerprints.get(lang)}


def _contents(item: Path | None, by_content: str) -> str:
    """The item's bytes and what it is built from (`by_content`, see `_fingerprints`), hashed:
    what the files are, whatever their identities."""
    return _fingerprint(file_digest(item) if item else None, extra=by_content)


def _fingerprint(*identities: str | None, extra: str) -> str:
    """`extra` and the identities of the input files: a file rewritten with the same bytes
    only costs a rebuild that then writes nothing."""
    return hashlib.sha256(f"{code_version()}\0{extra}\0{identities}".encode()).hexdigest()


class _Published(NamedTuple):
    """The item already published at a path."""

    version: int
    created: dt.datetime
    data: bytes
    notice: tuple[dt.datetime | None, str]  # what it tells partners beside its text: see `_notice`
    guid: str
    first_created: dt.datetime | None
    notes: tuple[str, ...]  # its notes to editors
    terms: tuple[str, ...]  # its usage terms
    provider: str | None  # the literal of its provider
    translation_of: str | None  # the guid of the original it links, for a translation…
    original_version: int | None  # …and the version of it it links

    @property
    def withdrawn(self) -> bool:
        return self.notice[1] == "stat:canceled"

    def text(self) -> str:
        """What it says, each element's text on a line of its own, a link's words running on
        with the words around them (read again: seldom needed)."""
        root = etree.fromstring(self.data, _PARSER)
        etree.strip_tags(root, f"{{{XHTML_NS}}}a")
        return "\n".join(root.itertext())


def _named_as_published(withdrawal: LocalisedArticle, published: _Published) -> LocalisedArticle:
    """The withdrawal with the headline and bylines of the item partners have (`published`),
    in the languages that item says they are in."""
    nar = f"{{{NAR_NS}}}"
    root = etree.fromstring(published.data, _PARSER)
    headline = root.find(f"{nar}contentMeta/{nar}headline")
    if headline is None:
        return withdrawal

    def language(element: etree._Element) -> str | None:
        """The language an element says it is in, where it is not the item's (see Byline.lang)."""
        said = element.get(XML_LANG)
        return said if said != root.get(XML_LANG) else None

    return dataclasses.replace(
        withdrawal, headline="".join(headline.itertext()), headline_lang=language(headline),
        bylines=tuple(Byline("".join(by.itertext()), language(by)) for by in root.iterfind(f"{nar}contentMeta/{nar}by")),
    )


def _previous_item(path: Path) -> _Published | None:
    nar = f"{{{NAR_NS}}}"
    try:
        data = path.read_bytes()
        root = etree.fromstring(data, _PARSER)
        created = root.findtext(f"{nar}itemMeta/{nar}versionCreated") or ""
        embargoed = root.findtext(f"{nar}itemMeta/{nar}embargoed")
        status = root.find(f"{nar}itemMeta/{nar}pubStatus")
        notice = (dt.datetime.fromisoformat(embargoed) if embargoed else None, "" if status is None else status.get("qcode", ""))
        first = root.findtext(f"{nar}itemMeta/{nar}firstCreated")
        original = next((link for link in root.iterfind(f"{nar}itemMeta/{nar}link")
                         if link.get("rel", "").rpartition(":")[2] == "translationOf"), None)
        provider = root.find(f"{nar}itemMeta/{nar}provider")
        return _Published(
            int(root.get("version", "1")), dt.datetime.fromisoformat(created), data, notice,
            root.get("guid", ""), dt.datetime.fromisoformat(first) if first else None,
            tuple(note.text or "" for note in root.iterfind(f"{nar}itemMeta/{nar}edNote")),
            tuple("".join(terms.itertext()) for terms in root.iterfind(f"{nar}rightsInfo/{nar}usageTerms")),
            provider.get("literal") if provider is not None else None,
            original.get("residref") if original is not None else None,
            int(original.get("version")) if original is not None and original.get("version", "").isdigit() else None,
        )
    except (OSError, etree.XMLSyntaxError, ValueError):
        return None  # missing or damaged: this run writes it afresh


def _version_to_publish(
    previous: _Published | None, data: bytes, held: int, record: Mapping[str, object] | None, same_inputs: bool,
    first_version: int,
) -> int | None:
    """The version to publish `data` as; None to leave the item as it is (or, with no item
    and no version known, to publish it as its first version, `first_version`). `previous`
    is the item in the file and `record` the last run's record of it, each only when it is
    of the guid `data` is published under; `held` is the newest version partners may hold
    of that guid (see `_version_held`).

    Partners take a version only when it is above the one they have of the guid, so one guid
    and version are one content, and a new content takes a version above every one published:
    the agency's own number (`first_version`) while it is higher, else the next one. (The
    desk's withdrawal and an item written anew by a new syndicate publish under the agency's
    guid what the agency never numbered: the agency's numbers may fall behind.)"""
    on_disk = previous.version if previous else 0
    if previous is not None and data == previous.data and on_disk >= held:
        return None  # unchanged
    if previous is None and not held:
        return None  # a first version
    recorded = _recorded_version(record)
    if same_inputs and held == recorded and on_disk < recorded:
        return held  # what the last run published, written again: its file was lost, or put back older
    # New content, content partners may hold otherwise (a file edited by hand), or a version
    # not known to be this content (a damaged file without the last run's record).
    return max(held + 1, first_version)


def _version_held(path: Path, guid: str, record: Mapping[str, object] | None, previous: _Published | None) -> int:
    """The newest version of the item `guid` at `path` that partners may hold: the file's
    and the last run's record's, each when it is of that guid (see `_record_of`), and, for a
    file that cannot be read, the one its bytes still show. Without a record (feeds copied
    without .syndicate), a missing or damaged item's version is read from the locale's
    index. 0 when none is known."""
    record = _record_of(record, guid, previous)
    held = [previous.version if previous is not None and previous.guid == guid else 0, _recorded_version(record)]
    if previous is None:
        try:
            with open(path, "rb") as damaged:
                if (shown := _VERSION_ATTRIBUTE.search(damaged.read(4096))) is not None:
                    held.append(int(shown.group(1)))
        except OSError:
            pass
        # Without a record of it, the index may still list it: read for a damaged file, or when
        # no run left a record (not for each new item of a recorded workspace: none is listed).
        if record is None or not _recorded_version(record) and path.exists():
            held.append(_indexed_version(path.with_name("index.xml"), guid))
    return max(held)


def _record_of(record: Mapping[str, object] | None, guid: str, previous: _Published | None) -> Mapping[str, object] | None:
    """The last run's record of the item at a path (see `_Job.record`) when it is of the item
    `guid`, else {} (it is of the item whose place `guid` takes in the file). A record of a
    run before records named their item's guid is of the item in the file, `previous`, or of
    `guid` when the file cannot be read."""
    if not record:
        return record
    recorded = record.get("guid") or (previous.guid if previous is not None else guid)
    return record if recorded == guid else {}


def _recorded_version(record: Mapping[str, object] | None) -> int:
    """The version the last run recorded of an item; 0 when it recorded none."""
    return int(record["version"]) if record and "version" in record else 0  # type: ignore[call-overload]


_VERSION_ATTRIBUTE = re.compile(rb"<newsItem\b[^>]*?\sversion=\"([0-9]+)\"")


def _indexed_version(index: Path, guid: str) -> int:
    """The version the index lists of the item `guid`; 0 when it lists none (or cannot be read)."""
    return _indexed_versions(index, file_identity(index)).get(guid, 0)


@functools.lru_cache(maxsize=4)
def _indexed_versions(index: Path, identity: str | None) -> Mapping[str, int]:
    """The newest version the index (as of its `identity`) lists of each guid: read once for
    all the items a stopped run left unannounced in its locale."""
    try:
        root = parse_untrusted(str(index), index.read_bytes())
    except (OSError, InputError):
        return {}
    listed: dict[str, int] = {}
    for item in root.iter(f"{{{NAR_NS}}}newsItem"):
        guid, version = item.get("guid", ""), int(item.get("version", "0"))
        listed[guid] = max(version, listed.get(guid, 0))
    return listed


def _notice(article: Article) -> tuple[dt.datetime | None, str]:
    """The embargo and publication status the article's items tell partners, to the second
    as items write it."""
    embargoed = article.meta.embargoed
    return embargoed.replace(microsecond=0) if embargoed else None, f"stat:{article.meta.pub_status}"


def _told_ahead(published: _Published, article: Article, same_original: bool) -> str | None:
    """What the article tells partners beside its text that cannot wait for its translation,
    which the item they have (`published`) does not: a later embargo or a withholding (see
    `_holds_longer`), and, where `published` is the desk's translation of the same original
    (`same_original`; not the agency's own translation whose place the article took, nor the
    desk's translation of that, whose terms and notes are the agency's translation's), a
    sentence of usage terms or a note to editors it lacks (terms only dropped let partners do
    more, and wait). None when there is nothing such, or the item is withdrawn."""
    if published.withdrawn:
        return None

    def sentences(terms: Iterable[str]) -> set[str]:
        return {sentence for text in terms for sentence in split_sentences(text, article.source_lang)}

    terms = [statement.text for rights in article.meta.rights for statement in rights.statements if statement.usage_terms]
    told = [what for what, new in (
        ("later embargo or withholding", _holds_longer(published.notice, _notice(article))),
        ("new usage terms", same_original and sentences(terms) - sentences(published.terms)),
        ("new note to editors", same_original and {note.text for note in article.meta.editor_notes} - set(published.notes)),
    ) if new]
    return ", ".join(told) or None


def _as_published(review: Callable[[Unit, Message], Sequence[str]] | None) -> Callable[[Unit, Message], Sequence[str]]:
    """`review` for an item published ahead of its translation: a translation left fuzzy by
    the update is taken only as partners have it (see localise's `published_text`), the last
    one published of the sentence, which the review of the new one would refuse for what
    the update changed; only what keeps it from being written counts."""
    def reviewed(unit: Unit, message: Message) -> Sequence[str]:
        if message.fuzzy or review is None:
            return [problem for _, problem in check_translation(unit, message.msgstr)]
        return review(unit, message)

    return reviewed


def _holds_longer(published: tuple[dt.datetime | None, str], notice: tuple[dt.datetime | None, str]) -> bool:
    """Whether `notice` keeps partners from publishing longer than the `published` one: an
    embargo where there was none or a later one, or the story withheld. None holds longer
    than a withdrawal."""
    (was_embargoed, was_status), (embargoed, status) = published, notice
    if was_status == "stat:canceled":
        return False
    later = embargoed is not None and (was_embargoed is None or embargoed > was_embargoed)
    return later or (status == "stat:withheld" and was_status != "stat:withheld")


def _write_index(
    workspace: Workspace, lang: str, limit: int, state: dict[str, dict[str, dict[str, object]]], article_ids: list[str],
    sender: str, damaged: list[Path],
) -> bool:
    """The locale's newsMessage of the newest `limit` items, and of every item stamped as the
    newest (one run's, however many: a partner that polls for what is newer than the newest
    stamp it saw would never see one left out). Whether it was written: not when the locale
    has no item yet, nor when the index already says the same. An item file that cannot be
    read is left out and added to `damaged`."""
    # Dated by the versions on disk: after a stopped run, one may be newer than this
    # workspace's record says, and partners page through an index by its dates.
    dated = []
    in_place = file_names(workspace.feed_dir(lang))
    for article_id in article_ids:
        entry = state.get(article_id, {}).get(lang)
        path = workspace.item_file(lang, article_id)
        if entry and "version_created" in entry and path.name in in_place:  # not a translation waiting that never was published
            recorded = dt.datetime.fromisoformat(str(entry["version_created"]))
            story = dt.datetime.fromisoformat(str(entry.get("story") or entry["version_created"]))
            dated.append((item_file_stamp(path) or recorded, story, path))
    if not dated:
        return False
    dated.sort(reverse=True)  # by the moments, not their text: offsets differ between items
    newest_run = sum(1 for stamp, *_ in dated if stamp == dated[0][0])
    listed = dated[: max(limit, newest_run)]

    def items() -> Iterator[bytes]:
        for *_, path in listed:
            data = path.read_bytes()
            try:
                etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError:
                # Damaged since a run wrote it (an item this run built is whole): left out
                # until the next build writes it again, which it does as its file changed.
                damaged.append(path)
                continue
            yield data

    # Items are read one at a time, so that an index of a large run takes no memory of its size.
    return atomic_write_stream(
        workspace.feed_dir(lang) / "index.xml", lambda output: write_feed(output, lang, items(), sent=listed[0][0], sender=sender)
    )


