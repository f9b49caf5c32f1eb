"""The extract job: source files → article structure, template and one PO per locale.

Every file is staged beside its target and renamed into place only when the whole run has
succeeded, so a run that stops (two sources of one article, unusable segmentation rules)
touches nothing; a source that cannot be read is skipped, the others extracted. An unchanged article
rewrites nothing and is not segmented or merged again: a PO file a translator edited since
is only read to see that it still holds every message of the template. Large batches use
all cores.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from lxml import etree

from . import glossary, tmx
from .code_version import code_version
from .archive import archived_guids, is_archived
from .catalog import Catalog, Message, first_units, keys_digest, list_item_openings, list_marker, merge, missing_header_fields, template, unnamed_placeholders
from .fsutil import StagedFile, StagedWrites, file_identity
from .ids import bcp47, distinct_id, parse_locale, primary_language, regional_parent, translates_into
from .link_markers import strip_marker_like
from .model import Article, InputError, Kill, Placeholder, Unit
from .localise import names_published_as_written, unpublishable_character
from .memory import FIELD, Review, TranslationMemory, prefill, restore, shape, still_offered, to_prefill
from .memory_store import Refill, memory_refill, refilled, workspace_memory
from .names_file import NameRules, read_name_rules
from .parallel import ordered_map
from .newsml import is_own_note, published_story
from .newsml_reader import NotTextItem, former_article_ids, read_newsml
from .pofile import catalog_text, read_catalog, text_to_write, unchanged_template, wrong_language
from .safexml import hardened_parser, looks_like_xml
from .segment import SegmentationRules
from .srx import SrxError, load_srx
from .units import article_units
from .wire import read_wire
from .workspace import Workspace

_PARSER = hardened_parser()


@dataclass(frozen=True)
class ExtractedArticle:
    article_id: str
    messages: int
    written: tuple[Path, ...]  # files created or changed
    source_path: str = ""
    content_key: str = ""  # set when the last run's record of the article is renewed
    template_keys: str = ""  # the template's messages, hashed
    segmented: bool = False  # its units were extracted again (not only found up to date)
    earlier_source: str | None = None  # the other file the article came from before, if any
    newer_version: int | None = None  # set when this agency item is older than the one extracted: skipped
    nothing_to_withdraw: bool = False  # a withdrawal of an article this workspace does not have: skipped
    same_version_changed: bool = False  # the version already extracted, sent again with other text: skipped
    source_lang: str = ""
    taken_by: str | None = None  # the agency item's guid that holds the id this one would have had
    guid: str | None = None  # an agency item's, with its version
    version: int = 1
    staged: tuple[StagedFile, ...] = ()  # each file staged for it
    names: tuple[str, ...] = ()  # the protected names of an article extracted afresh
    unreadable: str | None = None  # why an item of a newsMessage (or the whole file) could not be read or published: skipped, the others extracted
    whole_file: bool = False  # set when the whole source file could not be read
    not_text: bool = False  # …as it holds no text item (a picture, a package): said, not an error
    # (locale, why) of each of its PO files that cannot be read or names another language: left
    # as it is, while the article and its other locales' files are brought up to date.
    unreadable_translations: tuple[tuple[str, str], ...] = ()
    # (locale, how many) of the translations the source's changes made fuzzy in this run, for
    # translators to review: each keeps its text and shows the sentence it translated (#| msgid).
    made_fuzzy: tuple[tuple[str, int], ...] = ()
    stays_withdrawn: bool = False  # a source of a withdrawn story that does not say to publish it again: skipped
    withheld: bool = False  # …as it is marked withheld
    republished: bool = False  # a withdrawn story that its source publishes again (a newer agency version, `status usable`)
    translation_of: str | None = None  # an agency's translation of this original (an id or guid): skipped
    translation_withdrawn: bool = False  # …and the agency's withdrawal of it, which withdraws nothing syndicate publishes
    attached: str | None = None  # the guid of the agency's translation, extracted before as a story, whose place this original took
    translation_killed: str | None = None  # …and which the agency withdrew since: what partners still have of its text is withdrawn
    kept_withdrawn: bool = False  # a new version of a story the desk withdrew: extracted for translators, published withdrawn
    withdrawal: bool = False  # its source's withdrawal of the story (a kill), new in this run: build publishes it
    restored_from: str | None = None  # the published item a withdrawal took the story from, its article record being gone
    # The published item that says the desk withdrew the story, its article record being gone:
    # the desk's withdrawal stands (see `kept_withdrawn`).
    desk_withdrawal_from: str | None = None
    archived: bool = False  # an update of an archived story: skipped until it is brought back, then extracted
    left_archived: bool = False  # an archived story's source again, with nothing new: it stays in the archive


@dataclass(frozen=True)
class _Job:
    root: Path
    source: Path
    default_lang: str
    rules: NameRules
    locales: tuple[str, ...]
    now: dt.datetime
    run: str  # tells one run's caches (translation memories, the last run's state) from another's
    srx: Path | None
    imported_memories: tuple[str | None, ...] = ()  # identity of each locale's imported memory file
    provider: str = ""  # the workspace's, which its own items carry
    current_memories: frozenset[str] = frozenset()  # the locales whose memories are up to date (see Refill)


def read_source(
    path: Path, default_lang: str, srx: Path | None = None, unreadable: list[InputError] | None = None
) -> list[Article]:
    """One article from wire text, or every text item of a NewsML-G2 file (`unreadable`: see
    `read_newsml`)."""
    data = Path(path).read_bytes()
    if looks_like_xml(data):
        return read_newsml(path, data, unreadable)
    return [read_wire(path, data, default_lang=default_lang, segmentation=segmentation_rules(srx))]


@functools.lru_cache(maxsize=4)
def segmentation_rules(srx: Path | None) -> SegmentationRules | None:
    """The SRX rules at `srx` (None: the built-in rules), read once per process."""
    if srx is None:
        return None
    try:
        return load_srx(srx)
    except FileNotFoundError:
        raise InputError(str(srx), None, "no such SRX file", "check --srx or [extract] srx in syndicate.toml") from None
    except SrxError as error:
        raise InputError(str(srx), None, f"cannot use these segmentation rules: {error}") from None


class ExtractRun(list[ExtractedArticle]):
    """The articles of an extract run, and each locale of the run whose names glossary it left
    as it was because it cannot be read (tag → why): the next run of that locale brings it up
    to date once it can."""

    def __init__(
        self, articles: Iterable[ExtractedArticle], unreadable_glossaries: Mapping[str, str], unarchived: Sequence[str] = (),
        left_as_saved: Sequence[str] = (),
    ) -> None:
        super().__init__(articles)
        self.unreadable_glossaries = dict(unreadable_glossaries)
        self.unarchived = list(unarchived)  # the archived stories an update brought back, to be extracted
        # The files someone saved while the run went on (a translator's PO), left as saved: the
        # next run brings them up to date.
        self.left_as_saved = list(left_as_saved)


def extract(
    workspace: Workspace,
    sources: Sequence[Path],
    locales: Sequence[Locale],
    *,
    default_lang: str = "en",
    now: dt.datetime | None = None,
    jobs: int | None = None,
    srx: Path | None = None,
    progress: Callable[[Path], None] = lambda _: None,
) -> ExtractRun:
    """`srx` replaces the built-in segmentation rules (default: the workspace setting);
    `progress` is called with each source file once its articles are staged.

    Each source is read where its article is extracted (a worker process, for large
    batches), so memory stays flat however many articles a run holds. Nothing is renamed
    into place before every source has been read and extracted: a run that stops leaves the
    workspace as it was. A source (or an item of a newsMessage) that cannot be read is
    skipped, with its error in its result (`unreadable`).
    """
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    # Read before the sources: the articles they extract are filled from the memory as it is now.
    refills = {bcp47(locale): memory_refill(workspace, locale) for locale in locales}
    # The first pass writes no file before its lookups: the memories as the refills left them are current.
    current = frozenset().union(*(refill.current for refill in refills.values()))
    results, again, unreadable_glossaries, unarchived, left_as_saved = _extract_once(
        workspace, sources, locales, default_lang, now, jobs, srx, progress, current
    )
    # Files holding an item that could only be placed once the rest of the run was in the
    # workspace: the withdrawal of an item another file brought, an item whose id another
    # agency's item took (and then its own withdrawal). Their other articles are found unchanged.
    for _ in range(_MORE_PASSES):
        if not again:
            break
        later, again, unreadable_glossaries, brought_back, saved = _extract_once(
            workspace, again, locales, default_lang, now, jobs, srx, lambda _: None
        )
        unarchived += brought_back
        left_as_saved += saved
        # (What could not be read was said by the first pass.) An agency's translation, once
        # its original is in the workspace, is skipped: no article of its id is redone.
        redone = {result.article_id: result for result in later if not (result.unreadable or result.translation_of)}
        translations = [result for result in later if result.translation_of]
        kept = []
        # An older version of an agency's translation is said as the translation it is.
        originals = {result.guid: result.translation_of for result in translations}
        for result in results:
            if result.newer_version is not None and result.guid in originals:
                result = dataclasses.replace(result, newer_version=None, translation_of=originals[result.guid])
            if not result.translation_of and (again_result := redone.get(result.article_id)) is not None and result.newer_version is None:
                written = tuple(dict.fromkeys(result.written + again_result.written))
                redone[result.article_id] = dataclasses.replace(again_result, written=written, earlier_source=result.earlier_source)
            else:
                kept.append(result)
        said = {(result.source_path, result.guid) for result in kept if result.translation_of}
        results = kept + list(redone.values()) + [result for result in translations if (result.source_path, result.guid) not in said]
    results = _refill(workspace, locales, refills, results, srx, left_as_saved, run=uuid.uuid4().hex)
    return ExtractRun(results, unreadable_glossaries, unarchived, left_as_saved)


_MORE_PASSES = 2


def _refill(
    workspace: Workspace, locales: Sequence[Locale], refills: Mapping[str, Refill], results: list[ExtractedArticle],
    srx: Path | None, left_as_saved: list[str], run: str,
) -> list[ExtractedArticle]:
    """The run's results, with the articles it did not extract afresh filled again where the
    memory changed what it offers for a sentence of theirs (see memory_store.Refill): their
    suggestions still as offered renewed, their drafts begun from one told, their empty units
    given an exact match. Weblate propagates a translation to every identical string alike.
    Only the PO files are read and written again, not the sources: an unchanged story, or one
    no source of the run names, is brought up to date all the same."""
    fresh = {result.article_id for result in results if result.segmented}
    wanted: dict[str, list[tuple[Locale, frozenset[str]]]] = {}
    for locale in locales:
        refill = refills[bcp47(locale)]
        for article_id in sorted(refill.articles - fresh):
            wanted.setdefault(article_id, []).append((locale, refill.shapes))
    written = _refilled_files(workspace, wanted, srx or workspace.settings().srx, left_as_saved, run) if wanted else {}
    if written:
        # A file the last run recorded as it was before is recorded as written now, so that the
        # next run does not read it as a translator's edit.
        state = workspace.read_cache(workspace.extract_state_file)
        for article_id, (_, _, files) in written.items():
            recorded = state.get(article_id, {}).get("translations") or {}
            for tag, path, before in files:
                if before is not None and recorded.get(tag) == before:
                    recorded[tag] = file_identity(path)
        workspace.write_cache(workspace.extract_state_file, state)
    # A file saved meanwhile was left as saved: its locale's changes are filled again next run.
    saved = {bcp47(locale) for article_id, waiting in wanted.items() for locale, _ in waiting
             if str(workspace.po_file(locale, article_id)) in left_as_saved}
    for locale in locales:
        if bcp47(locale) not in saved:
            refilled(locale, refills[bcp47(locale)])
    listed = {result.article_id: index for index, result in enumerate(results) if result.messages and not result.unreadable}
    results = list(results)
    for article_id, (article, messages, files) in written.items():
        paths = tuple(path for _, path, _ in files)
        if (index := listed.get(article_id)) is not None:
            results[index] = dataclasses.replace(results[index], written=tuple(dict.fromkeys(results[index].written + paths)))
        else:
            results.append(ExtractedArticle(article_id, messages, paths, article.source_path, source_lang=article.source_lang))
    return results


def _refilled_files(
    workspace: Workspace, wanted: Mapping[str, Sequence[tuple[Locale, frozenset[str]]]], srx: Path | None,
    left_as_saved: list[str], run: str,
) -> dict[str, tuple[Article, int, list[tuple[str, Path, str | None]]]]:
    """Fill the `wanted` articles' PO files again from the memory, in each locale given the
    messages waiting for a sentence of the shapes given (the others are as a lookup left
    them); each article with a file written, its number of messages, and the (locale, file,
    its identity before) of each file written."""
    rules = read_name_rules(workspace.root)
    writes = StagedWrites()
    written: dict[str, tuple[Article, int, list[tuple[str, Path, str | None]]]] = {}
    try:
        for article_id, locales in wanted.items():
            article = _stored_article(workspace, article_id)
            if article is None:  # archived since, or gone
                continue
            # Segmented only for the review of an exact match about to be filled.
            units = functools.cache(lambda article=article: article_units(article, rules, segmentation_rules(srx)))
            memory = functools.partial(_run_memory, workspace.root, language=primary_language(article.source_lang), run=run)
            for locale, shapes in locales:
                po_path = workspace.po_file(locale, article_id)
                try:
                    existing = read_catalog(po_path, article_id)
                    _check_language(po_path, existing, locale)
                except (InputError, FileNotFoundError):
                    continue  # as the article's own extract says
                before = file_identity(po_path)

                def review(message: Message, article: Article = article, locale: Locale = locale) -> Sequence[str]:
                    return _review(article, units(), locale)(message)

                waiting = [index for index, message in enumerate(existing.messages) if to_prefill(message) and (
                    shape(message.msgid) in shapes or message.previous_msgid is not None and shape(message.previous_msgid) in shapes)]
                filled = _filled_from_memory(
                    dataclasses.replace(existing, messages=tuple(existing.messages[index] for index in waiting)), locale, memory, review)
                messages = list(existing.messages)
                for index, message in zip(waiting, filled.messages):
                    messages[index] = message
                updated = dataclasses.replace(existing, messages=tuple(messages))
                text = text_to_write(updated, po_path, existing)
                if text is None:
                    continue
                try:
                    _never_less(po_path, existing, updated, _memorys_own(locale, memory))
                except InputError:
                    continue  # said when the article is extracted
                if writes.stage(po_path, text.encode("utf-8")):
                    written.setdefault(article_id, (article, len(existing.active()), []))[2].append((bcp47(locale), po_path, before))
        saved = writes.commit()
    except BaseException:
        writes.discard()
        raise
    left_as_saved += saved
    return {
        article_id: (article, messages, [file for file in files if str(file[1]) not in saved])
        for article_id, (article, messages, files) in written.items()
    }


def _extract_once(
    workspace: Workspace,
    sources: Sequence[Path],
    locales: Sequence[Locale],
    default_lang: str,
    now: dt.datetime,
    jobs: int | None,
    srx: Path | None,
    progress: Callable[[Path], None],
    current_memories: frozenset[str] = frozenset(),
) -> tuple[list[ExtractedArticle], list[Path], dict[str, str], list[str], list[str]]:
    """One pass of `extract`: its results, the sources to extract again once this pass's
    files are in place, the locales whose names glossary could not be read (see ExtractRun),
    the archived articles it brought back for their sources to be extracted again, and the
    files it left as someone saved them meanwhile. `current_memories`: the locales whose
    memories are up to date with the files (see `Refill`), looked up as they are."""
    srx = srx or workspace.settings().srx
    run = uuid.uuid4().hex
    rules = read_name_rules(workspace.root)
    tags = tuple(bcp47(locale) for locale in locales)
    unique: dict[Path, Path] = {}  # a file named twice (or through a link) is read once
    for path in sources:
        unique.setdefault(Path(path).resolve(), Path(path))
    # An import into a memory is an input of every PO of its locale: it may fill units left empty.
    imported = tuple(file_identity(tmx.memory_file(workspace, locale)) for locale in locales)
    provider = workspace.settings().provider
    work = [
        _Job(workspace.root, path, default_lang, rules, tags, now, run, srx, imported, provider, current_memories)
        for path in unique.values()
    ]
    segmentation_rules(srx)  # a bad SRX file stops the run before any article is read
    new_folders = [folder for folder in workspace.article_folders(locales) if not folder.exists()]
    by_id: dict[str, ExtractedArticle] = {}
    superseded: list[ExtractedArticle] = []  # older versions of an agency item met in the same run
    withdrawals: list[tuple[Path, ExtractedArticle]] = []  # of articles not in the workspace before this run
    again: dict[Path, None] = {}
    resent: list[tuple[Path, ExtractedArticle]] = []  # an extracted version sent again with other text, and its source
    translations: list[ExtractedArticle] = []  # an agency's translations of originals
    source_of: dict[str, Path] = {}  # the source file of each article in by_id
    run_guids: dict[str, str] = {}  # the guid of each agency item of the run, with its language
    unreadable: list[ExtractedArticle] = []  # sources, or items of a newsMessage, that could not be read
    archived: dict[str, None] = {}  # the archived articles the run's sources update
    left_archived: list[ExtractedArticle] = []  # the archived articles whose sources say nothing new
    writes = StagedWrites()
    try:
        extracted_sources = ordered_map(_extract_source, work, jobs, abandon=lambda result: StagedWrites(result[1]).discard())
        for job, (extracted_articles, staged) in zip(work, extracted_sources):
            writes.adopt(staged)
            for extracted in extracted_articles:
                if extracted.unreadable:
                    unreadable.append(extracted)
                    continue
                if extracted.archived:
                    archived[extracted.article_id] = None
                    again[job.source] = None
                    continue
                if extracted.left_archived:
                    left_archived.append(extracted)
                    continue
                if extracted.nothing_to_withdraw:
                    withdrawals.append((job.source, extracted))
                    continue
                if extracted.same_version_changed:
                    resent.append((job.source, extracted))
                    continue
                if extracted.translation_of:
                    translations.append(extracted)
                    continue
                if (earlier := by_id.get(extracted.article_id)) is not None and _another_agency_item(earlier, extracted):
                    writes.withdraw(extracted.staged)
                    again[job.source] = None
                    if extracted.guid:
                        run_guids[extracted.guid] = extracted.source_lang
                    continue
                if earlier is not None:
                    extracted, dropped = _newer_version(earlier, extracted)
                    writes.withdraw(dropped.staged)
                    resent_changed = dropped.version == extracted.version and dropped.template_keys != extracted.template_keys
                    superseded.append(dataclasses.replace(
                        dropped, messages=0, written=(), staged=(), names=(), content_key="", segmented=False,
                        newer_version=None if resent_changed else max(extracted.version, dropped.newer_version or 0),
                        same_version_changed=resent_changed,
                    ))
                by_id[extracted.article_id] = extracted
                source_of[extracted.article_id] = job.source
            progress(job.source)
        # An agency's translation read before its original in this run (`…:story:de` before
        # `…:story`) waits for a second pass, which finds the original in the workspace.
        run_guids.update({extracted.guid: extracted.source_lang for extracted in by_id.values() if extracted.guid})
        def translates_a_run_original(extracted: ExtractedArticle) -> bool:
            original_guid = _original_guid(extracted.guid or "")
            return original_guid in run_guids and run_guids[original_guid] != extracted.source_lang

        for article_id, extracted in list(by_id.items()):
            if translates_a_run_original(extracted):
                writes.withdraw(extracted.staged)
                del by_id[article_id]
                again[source_of[article_id]] = None
        # So does one the workspace has as a story of its own (extracted before its original
        # came): its guid and version with other text are the translation met again, no resend.
        translations_resent = [(source, extracted) for source, extracted in resent if translates_a_run_original(extracted)]
        again.update((source, None) for source, _ in translations_resent)
        resent = [item for item in resent if item not in translations_resent]
        fresh = {article_id for article_id, extracted in by_id.items() if extracted.segmented}
        names: dict[str, set[str]] = {}  # protected name → the fresh articles it occurs in
        for article_id in fresh:
            for name in by_id[article_id].names:
                names.setdefault(name, set()).add(article_id)
        # A glossary an earlier run could not read is brought up to date once it can be (by a
        # run of its locale; none when its locale is gone), and one deleted is written again.
        recorded = workspace.read_cache(workspace.glossaries_pending_file)
        present = {bcp47(locale) for locale in workspace.translation_locales(pseudo=True)} if recorded else set()
        pending = {tag: why for tag, why in recorded.items() if tag in present}
        gone = [locale for locale in locales if glossary.missing(workspace, locale)]
        incomplete = any(glossary.header_lacks_fields(workspace, locale) for locale in locales)
        unreadable_glossaries: dict[str, str] = {}
        glossary_tags: dict[str, str] = {}  # the glossaries written, by file
        if fresh or any(tag in pending for tag in tags) or gone or incomplete:
            # A locale only the source language of the run's articles gets no glossary (nor a
            # folder, which would make it one of the workspace's locales), unless it has one already.
            languages = {extracted.source_lang for extracted in by_id.values()}
            glossary_locales = [
                locale for locale in locales if glossary.po_file(workspace, locale).exists() or locale in gone
                or any(translates_into(bcp47(locale), language) for language in languages)
            ]
            # The other articles' languages as the last run recorded them, so that no template is read for them.
            languages_before = {article_id: record["language"] for article_id, record in _last_run(workspace.root, run).items() if "language" in record}
            fresh_languages = {article_id: by_id[article_id].source_lang for article_id in fresh}
            glossary_tags = {str(glossary.po_file(workspace, locale)): bcp47(locale) for locale in glossary_locales}
            for path, text in glossary.glossary_files(
                workspace, names, fresh_languages, languages_before, glossary_locales, now, unreadable_glossaries
            ):
                writes.stage(path, text.encode("utf-8"))
        left_as_saved = writes.commit()
        # A names glossary saved meanwhile is brought up to date by the next run, as one that could not be read is.
        saved_glossaries = {tag: f"{path}: saved while extract ran" for path, tag in glossary_tags.items() if path in left_as_saved}
        still_pending = {tag: why for tag, why in pending.items() if tag not in tags} | unreadable_glossaries | saved_glossaries
        if still_pending != recorded:
            workspace.write_cache(workspace.glossaries_pending_file, still_pending)
    except BaseException:
        extracted_sources.close()  # first: no worker may still be writing a temp file
        writes.discard()
        for folder in new_folders:  # deepest first: a failed run leaves the workspace as it was
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    renewed = [extracted for extracted in by_id.values() if extracted.content_key]
    if renewed:
        state = workspace.read_cache(workspace.extract_state_file)
        for extracted in renewed:
            if any(target in left_as_saved for _, target, _ in extracted.staged):
                state.pop(extracted.article_id, None)  # extracted afresh next time, against the file as saved
            else:
                state[extracted.article_id] = _record(workspace, extracted, tags)
        workspace.write_cache(workspace.extract_state_file, state)
    # A withdrawal of an article this pass placed, or one a later pass may place (an agency's
    # original deferred until its translation gave way), is met again once it is in place.
    deferred = bool(again)
    for source, notice in withdrawals:
        if notice.article_id in by_id or deferred:
            again[source] = None
    unknown = [notice for source, notice in withdrawals if source not in again]
    if archived:
        # Back as it was archived, translations and all, for the next pass to update it as
        # any article: partners have its items, whose versions go on from theirs.
        from .archive import unarchive
        unarchive(workspace, list(archived))
    results = superseded + list(by_id.values()) + unknown + [extracted for _, extracted in resent] + translations + unreadable + left_archived
    return results, list(again), unreadable_glossaries, list(archived), left_as_saved


def _news_of_archived(workspace: Workspace, article: Article, job: _Job) -> bool:
    """Whether a source of an archived story updates it: an agency's later version, or another
    text, status or date. Extracting every wire file again leaves the archive as it is; a
    source the last extract of the story recorded as it is now costs no reading of its record."""
    article_job = _for_article(job, article)
    recorded = _archived_last_run(job.root, job.run).get(article.id, {}).get("inputs")
    if recorded and recorded == _source_fingerprint(workspace.archived, article.id, _content_key(article, article_job)):
        return False
    archived = _stored_article(workspace.archived, article.id)
    if archived is None:
        return True
    if article.meta.guid is not None and article.meta.guid == archived.meta.guid and article.meta.version != archived.meta.version:
        return article.meta.version > archived.meta.version
    # The kill of an agency's translation whose place the story took is news of it too (see `_original_taking_the_place_of`).
    return ((_text_of(article), article.meta.pub_status, article.date, article.meta.continues_killed)
            != (_text_of(archived), archived.meta.pub_status, archived.date, archived.meta.continues_killed))


def _another_agency_item(earlier: ExtractedArticle, later: ExtractedArticle) -> bool:
    """Whether the later of two articles of one run that would share an id is another agency
    item (two agencies' `…:weather`, one agency's of two days, a wire article's id): it gets an
    id of its own in a second pass, once the earlier one is in the workspace."""
    return later.guid is not None and earlier.guid != later.guid


def _newer_version(earlier: ExtractedArticle, later: ExtractedArticle) -> tuple[ExtractedArticle, ExtractedArticle]:
    """(kept, dropped) of two sources of one article id in one run: an agency's item sent in
    several versions keeps its newest (the earlier one of two equal versions); two articles
    that are no agency items are an error."""
    if earlier.guid is None or earlier.guid != later.guid:
        raise InputError(later.source_path, None, f"article id {later.article_id!r} is also used by {earlier.source_path}",
                         "give one of them an `id` header")
    return (later, earlier) if later.version > earlier.version else (earlier, later)


def _content_key(article: Article, job: _Job) -> str:
    """What an article's files are made from, apart from the files themselves: the article as
    read, the desk's names and segmentation rules, the locales and their imported memories."""
    rules = json.dumps([job.rules.names, sorted(job.rules.excluded), sorted(job.rules.roles)])
    srx = file_identity(job.srx) if job.srx else None
    return hashlib.sha256(
        f"{code_version()}\0{article!r}\0{rules}\0{job.locales}\0{job.srx}:{srx}\0{job.imported_memories}".encode()
    ).hexdigest()


def _source_fingerprint(workspace: Workspace, article_id: str, content_key: str) -> str:
    """The content key and the identity of the structure and template that extract keeps
    for the article (so a deleted or edited file is seen); "" when one is missing."""
    identities = [file_identity(workspace.article_file(article_id)), file_identity(workspace.template_file(article_id))]
    if None in identities:
        return ""
    return hashlib.sha256(f"{content_key}\0{identities}".encode()).hexdigest()


def _record(workspace: Workspace, extracted: ExtractedArticle, locales: tuple[str, ...]) -> dict[str, object]:
    """What the next run compares an article with, taken once its files are in place."""
    # One that could not be read is recorded as never seen: the next run reads it again, says so
    # again while it is broken, and merges it once it is mended.
    unreadable = {tag for tag, _ in extracted.unreadable_translations}
    translations = {tag: None if tag in unreadable else file_identity(workspace.po_file(parse_locale(tag), extracted.article_id))
                    for tag in locales}
    return {
        "inputs": _source_fingerprint(workspace, extracted.article_id, extracted.content_key),
        "translations": translations,
        "keys": extracted.template_keys,
        "messages": extracted.messages,
        "source": extracted.source_path,
        "guid": extracted.guid,
        "language": extracted.source_lang,
    }


def _edited_translations(
    workspace: Workspace, article_id: str, job: _Job, content_key: str, previous: dict[str, object]
) -> list[tuple[str, Path]] | None:
    """The (locale, path) of each of the article's PO files edited since the last run, when
    everything else is as the last run left it; None when the article needs extracting."""
    if not previous.get("inputs") or previous["inputs"] != _source_fingerprint(workspace, article_id, content_key):
        return None
    recorded = previous.get("translations") or {}
    edited = []
    for tag in job.locales:
        path = workspace.po_file(parse_locale(tag), article_id)
        identity = file_identity(path)
        if identity is None:
            return None
        if identity != recorded.get(tag):  # type: ignore[union-attr]
            edited.append((tag, path))
    return edited


def _still_merged(edited: list[tuple[str, Path]], article_id: str, template_keys: str) -> tuple[tuple[str, str], ...] | None:
    """Whether the translators' PO files edited since the last run (locale, path) still hold
    exactly the template's messages, as the last run merged them: then merging again would
    change nothing but what the translators did (a unit left empty is prefilled from the
    memory when it is new, not on every run). None when one does not, or its header lacks a
    field the merge writes back (see catalog.missing_header_fields); else the (locale, why)
    of those that cannot be read, which merging could not change either."""
    unreadable = []
    for tag, path in edited:
        try:
            catalog = read_catalog(path, article_id)
            _check_language(path, catalog, parse_locale(tag))
        except InputError as error:
            unreadable.append((tag, str(error)))
            continue
        if keys_digest(catalog.active()) != template_keys or missing_header_fields(catalog):
            return None
    return tuple(unreadable)


@functools.lru_cache(maxsize=2)
def _last_run(root: Path, run: str) -> dict[str, dict[str, object]]:
    """What the last extract recorded for each article, read once per run and worker."""
    return Workspace(root).read_cache(Workspace(root).extract_state_file)


@functools.lru_cache(maxsize=2)
def _archived_last_run(root: Path, run: str) -> dict[str, dict[str, object]]:
    """What the last extract of each archived article recorded (see `_last_run`)."""
    return Workspace(root).read_cache(Workspace(root).archived_extract_state_file)


@functools.lru_cache(maxsize=2)
def _archived_guids(root: Path, run: str) -> dict[str, str | None]:
    """The guid of each archived article (see archive.archived_guids), read once per run and worker."""
    return archived_guids(Workspace(root))


def _extract_source(job: _Job) -> tuple[list[ExtractedArticle], list[StagedFile]]:
    """Read one source file and stage the structure, template and PO files of each of its
    articles that changed since the last run (in a worker process). Returns the articles (with
    their protected names, those extracted afresh) and the staged files."""
    workspace = Workspace(job.root)
    results = []
    read_before: dict[str, Article] = {}  # this file's articles so far: a kill notice may follow its item
    writes = StagedWrites()
    unreadable: list[InputError] = []
    try:
        try:
            articles = read_source(job.source, job.default_lang, job.srx, unreadable)
        except InputError as error:
            if error.path != str(job.source):
                raise  # the segmentation rules: no file can be read
            # A file that cannot be read keeps no other from being extracted.
            return [ExtractedArticle("", 0, (), str(job.source), unreadable=str(error), whole_file=True,
                                     not_text=isinstance(error, NotTextItem))], []
        except OSError as error:  # gone, or not readable, since the command was given
            return [ExtractedArticle("", 0, (), str(job.source), unreadable=f"{job.source}: {error.strerror}", whole_file=True)], []
        results.extend(ExtractedArticle("", 0, (), str(job.source), unreadable=str(error)) for error in unreadable)
        # A feed lists its items in any order: a withdrawal may come before the item it withdraws.
        for article in sorted(articles, key=_withdraws):
            article = dataclasses.replace(article, source_path=_shown_path(workspace, job.source))
            taken_by, stored, translation_killed = None, None, None
            # The agency's kill of its own translation concerns that translation only; one of the
            # workspace's own items sent back as a kill notice is the desk's withdrawal of the story.
            if article.meta.guid is not None and (not _withdraws(article) or article.meta.provider != job.provider) and (
                original := _translated_original(workspace, article, read_before, _last_run(job.root, job.run),
                                                 functools.partial(_archived_guids, job.root, job.run))
            ):
                # Partners may still have the text of a translation whose place the original took:
                # the kill is the original's to record, for the build to withdraw that text.
                taking_its_place = _original_taking_the_place_of(workspace, article, read_before) if _withdraws(article) else None
                if taking_its_place is None:
                    results.append(ExtractedArticle(article.id, 0, (), article.source_path, translation_of=original,
                                                    guid=article.meta.guid, version=article.meta.version,
                                                    source_lang=article.source_lang, translation_withdrawn=_withdraws(article)))
                    continue
                article, translation_killed = taking_its_place, article.meta.guid
            if article.meta.guid is not None:
                article, stored, taken_by = _agency_item_in_place(workspace, article, read_before)
                if stored is None and not _withdraws(article):
                    stored = _withdrawn_lost_story(workspace, article, job.provider)
                earlier = stored.meta if stored is not None and stored.meta.guid == article.meta.guid else None
                if earlier is not None and article.meta.version < earlier.version:
                    # A late or repeated older version: what is extracted stays, as a feed reader keeps the newest.
                    results.append(ExtractedArticle(article.id, 0, (), article.source_path, newer_version=earlier.version,
                                                    guid=article.meta.guid, version=article.meta.version))
                    continue
                if (earlier is not None and article.meta.version == earlier.version and not _withdraws(article)
                        and article.meta.pub_status == earlier.pub_status and _text_of(article) != _text_of(stored)):
                    # One guid and version are one content: a resend with other text is no new version.
                    # (A repeated withdrawal is `_withdrawn`'s to recognise.)
                    results.append(ExtractedArticle(article.id, 0, (), article.source_path, same_version_changed=True,
                                                    guid=article.meta.guid, version=article.meta.version,
                                                    source_lang=article.source_lang))
                    continue
                if earlier is not None:
                    # The item was first created with the first version extracted, not with this one, and
                    # goes on in the items of an agency's translation whose place it took. The same version
                    # extracted again is no later one: it keeps what its first extract recorded.
                    first_created = article.meta.first_created or earlier.first_created or (
                        earlier.version_created if earlier.version < article.meta.version else None)
                    article = dataclasses.replace(article, meta=dataclasses.replace(
                        article.meta, first_created=first_created, continues=earlier.continues,
                        continues_killed=article.meta.continues_killed or earlier.continues_killed,
                    ))
            elif _last_run(job.root, job.run).get(article.id, {}).get("source") != article.source_path:
                # A wire story never takes the place of an agency's item: its id ends in a digest of its file name.
                holder = read_before.get(article.id) or _kept_article(workspace, article.id)
                if holder is not None and holder.meta.guid is not None:
                    taken_by = holder.meta.guid
                    article = dataclasses.replace(article, id=distinct_id(article.id, Path(article.source_path).name))
            if is_archived(workspace, article.id):
                news = _news_of_archived(workspace, article, job)
                results.append(ExtractedArticle(article.id, 0, (), article.source_path, archived=news, left_archived=not news))
                continue
            restored_from = None
            if article.meta.pub_status == "withheld" and (not article.blocks or article.blocks[0].kind != "headline"):
                article = _held(workspace, article, read_before.get(article.id))
            if _withdraws(article):
                # The workspace's own item sent back marked canceled is the desk's kill, not its source's.
                by_desk = article.meta.provider == job.provider
                withdrawn = (_withdrawn(workspace, article, read_before.get(article.id), by_desk)
                             or _withdrawn_by_translation(workspace, article, _last_run(job.root, job.run)))
                if withdrawn is None and (lost := _lost_story(workspace, article, job.provider)) is not None:
                    withdrawn, restored_from = _withdrawal(lost, article, by_desk), lost.source_path
                if withdrawn is None:
                    results.append(ExtractedArticle(article.id, 0, (), article.source_path, nothing_to_withdraw=True,
                                                    guid=article.meta.guid, version=article.meta.version))
                    continue
                article = withdrawn
            read_before[article.id] = article
            # In a workspace of several source languages, an article is not translated into its own.
            article_job = _for_article(job, article)
            content_key = _content_key(article, article_job)
            previous = _last_run(job.root, job.run).get(article.id, {})
            first_staged = len(writes.staged)
            try:
                edited = _edited_translations(workspace, article.id, article_job, content_key, previous)
                merged = None if edited is None else _still_merged(edited, article.id, str(previous["keys"]))
                if merged is not None:
                    results.append(ExtractedArticle(
                        article.id, int(previous["messages"]), (), article.source_path,  # type: ignore[call-overload]
                        content_key=content_key if edited else "", template_keys=str(previous["keys"]),
                        guid=article.meta.guid, version=article.meta.version, source_lang=article.source_lang,
                        unreadable_translations=merged,
                    ))
                    continue
                recorded_now = None if _withdraws(article) else _stored_article(workspace, article.id)
                lost_withdrawal = (None if _withdraws(article) or recorded_now is not None
                                   else _withdrawn_lost_story(workspace, article, job.provider))
                stored_now = recorded_now or lost_withdrawal
                # The desk's withdrawal stands whatever the source says: its text is extracted, for
                # translators to have it ready should the desk publish the story again.
                kept_withdrawn = stored_now is not None and stored_now.withdrawn_by_desk
                if kept_withdrawn:
                    article = read_before[article.id] = dataclasses.replace(article, withdrawn_by_desk=True)
                # Partners were told the story is gone; only a source that says it is usable
                # tells them otherwise (a withheld one would publish it again, held back).
                # So while the desk keeps the story withdrawn too: its source's kill stays for `republish` to meet.
                killed_by_source = stored_now is not None and stored_now.meta.withdrawn
                republished = killed_by_source and not kept_withdrawn
                if killed_by_source and (not article.meta.pub_status_stated or article.meta.pub_status != "usable"):
                    results.append(ExtractedArticle(article.id, 0, (), article.source_path, stays_withdrawn=True,
                                                    guid=article.meta.guid, version=article.meta.version,
                                                    withheld=article.meta.pub_status == "withheld"))
                    continue
                extracted, names = _extract_article(workspace, article, article_job, writes, content_key)
            except InputError as error:
                if error.path != article.source_path:
                    raise
                # Text that cannot be published (a control character): the article stays as it
                # was, and a kill notice later in the file withdraws what the workspace has.
                writes.withdraw(writes.staged[first_staged:])
                read_before.pop(article.id, None)
                results.append(ExtractedArticle(article.id, 0, (), article.source_path, unreadable=str(error)))
                continue
            # (An agency's next version of an item comes in a file of its own, as agencies send them.)
            if previous.get("source") not in (None, article.source_path) and not (
                    article.meta.guid is not None and previous.get("guid") == article.meta.guid):
                extracted = dataclasses.replace(extracted, earlier_source=str(previous["source"]))
            attached = article.meta.continues if stored is not None and stored.meta.guid == article.meta.continues else None
            results.append(dataclasses.replace(
                extracted, taken_by=taken_by, guid=article.meta.guid, version=article.meta.version,
                staged=tuple(writes.staged[first_staged:]), names=tuple(sorted(names)), source_lang=article.source_lang,
                republished=republished, attached=attached, restored_from=restored_from, translation_killed=translation_killed,
                # Said of a new version, not of one extracted again.
                kept_withdrawn=kept_withdrawn and workspace.article_file(article.id) in extracted.written,
                withdrawal=_withdraws(article) and workspace.article_file(article.id) in extracted.written,
                desk_withdrawal_from=lost_withdrawal.source_path if lost_withdrawal is not None and kept_withdrawn else None,
            ))
        if all(result.unreadable for result in results):
            # Not one of its items could be extracted: it is the file that was skipped.
            results = [dataclasses.replace(result, whole_file=True) for result in results]
    except BaseException:
        writes.discard()
        raise
    return results, writes.staged


def _agency_item_in_place(
    workspace: Workspace, article: Article, read_before: Mapping[str, Article]
) -> tuple[Article, Article | None, str | None]:
    """An agency item (it has a guid) with the id it has in this workspace, the version of it
    already extracted or read before in the same file (None if none) and, when the id derived
    from its guid belongs to another article (two agencies' `…:strike`, one agency's `…:weather`
    of two days), what that article is: then this one's id ends in a digest of its own guid,
    so that neither replaces the other. An item with the guid a story of the desk's own is
    published under (a kill notice of it) is that story. The original of an agency's
    translation that a run before extracted as a story of its own takes that story's place,
    as it would have had the two come in one run (see `ItemMeta.continues`)."""
    holder = read_before.get(article.id) or _kept_article(workspace, article.id)
    if holder is None:
        assert article.meta.guid is not None
        for former in former_article_ids(article.meta.guid, article.source_lang, article.meta.version):
            kept = read_before.get(former) or _kept_article(workspace, former)
            if kept is not None and kept.meta.guid == article.meta.guid:
                return dataclasses.replace(article, id=former), kept, None  # extracted by an earlier release
    if holder is None or holder.meta.guid == article.meta.guid:
        return article, holder, None
    if article.id not in read_before and _translates(holder, article):
        return dataclasses.replace(article, meta=dataclasses.replace(article.meta, continues=holder.meta.guid)), holder, None
    if holder.meta.guid is None and _published_guid(workspace, holder) == article.meta.guid:
        return article, holder, None
    assert article.meta.guid is not None
    own = dataclasses.replace(article, id=distinct_id(article.id, article.meta.guid))
    return own, read_before.get(own.id) or _kept_article(workspace, own.id), holder.meta.guid or holder.source_path


def _original_taking_the_place_of(workspace: Workspace, kill: Article, read_before: Mapping[str, Article]) -> Article | None:
    """The original that took the place of the agency's translation a kill notice withdraws
    (see `ItemMeta.continues`), with the kill recorded; None when no original took its place,
    or the agency withdrew the original too (the story is withdrawn in every feed)."""
    original = read_before.get(kill.id) or _kept_article(workspace, kill.id)
    if original is None or original.meta.continues != kill.meta.guid or original.meta.withdrawn:
        return None
    recorded = original.meta.continues_killed
    if recorded is not None and recorded.version >= kill.meta.version:
        return original  # the kill again
    # Its notes go in items of other languages too: each says the language it is in.
    killed = Kill(kill.meta.version, tuple(dataclasses.replace(note, lang=note.lang or kill.source_lang) for note in kill.meta.editor_notes))
    return dataclasses.replace(original, meta=dataclasses.replace(original.meta, continues_killed=killed))


def _translates(translation: Article, original: Article) -> bool:
    """Whether an agency's item is its translation of `original`: it says so with a link, or
    carries the guid of the original's translation into its own language (`…:story:de`)."""
    if translation.meta.translation_of is not None:
        return translation.meta.translation_of == original.meta.guid
    return _original_guid(translation.meta.guid or "") == original.meta.guid and translation.source_lang != original.source_lang


def _published_guid(workspace: Workspace, article: Article) -> str | None:
    """The guid partners have for a story of the desk's own: its source-language item's."""
    try:
        return etree.parse(str(workspace.item_file(article.source_lang, article.id)), _PARSER).getroot().get("guid")
    except (OSError, etree.XMLSyntaxError):
        return None


def _stored_article(workspace: Workspace, article_id: str) -> Article | None:
    """The article as extract last wrote it; None if there is none, or only a damaged file
    (which this extract writes anew)."""
    try:
        return workspace.load_article(article_id)[0]
    except InputError:
        return None


def _kept_article(workspace: Workspace, article_id: str) -> Article | None:
    """The article as extract last wrote it, in the workspace or in its archive: an archived
    story keeps its id and guid, so that another item is told apart from it as from any."""
    return _stored_article(workspace, article_id) or _stored_article(workspace.archived, article_id)


def published_article(workspace: Workspace, article_id: str, provider: str) -> Article | None:
    """The story partners have as `article_id`, as its item in its own language tells it: what
    the withdrawal of a story whose article record is gone (deleted by hand, lost with a disk)
    starts from. A story of the desk's own (the workspace's `provider`) is one again, without a guid of an
    agency's; an agency's story is at the agency's version of it (which the item links when
    partners have it under another number), a story the desk withdrew is withdrawn by the
    desk, and its list items are told apart from the markers the item writes before them (see
    `_list_items_apart`). None when no feed holds a readable original of that id."""
    folders = sorted(workspace.feeds_dir.iterdir()) if workspace.feeds_dir.is_dir() else []
    for path in (folder / f"{article_id}.xml" for folder in folders):
        try:
            [article] = read_newsml(path)
            story = published_story(path, provider)
        except (OSError, InputError, ValueError, etree.XMLSyntaxError):
            continue  # none in this locale, or not an item partners can still read
        if article.meta.translation_of is None:
            own = article.meta.provider == provider
            # The notes syndicate wrote beside the agency's would be written again, and again.
            notes = tuple(note for note in article.meta.editor_notes if not is_own_note(note.text))
            meta = (dataclasses.replace(article.meta, guid=None, provider=None, editor_notes=notes) if own
                    else dataclasses.replace(article.meta, version=story.agency_version or article.meta.version, editor_notes=notes))
            return dataclasses.replace(_list_items_apart(workspace, article_id, article), id=article_id,
                                       source_path=_shown_path(workspace, path), meta=meta, withdrawn_by_desk=story.withdrawn_by_desk)
    return None


# The blocks a list item may open (a title opening one is the headline, without its marker).
_LIST_ITEM_KINDS = frozenset({"lede", "paragraph", "subheading"})


def _list_items_apart(workspace: Workspace, article_id: str, article: Article) -> Article:
    """`article`, read from an item of ours, with its list items told apart again from the
    markers the item writes before them (`• Ports stay shut.`): each block opening with a
    marker and a sentence that the article's template (or, when that is gone too, a translation
    file) says opens a list item with that marker. Read as a paragraph, its first sentence
    would be another message than the one translated. A paragraph that only reads as if it
    opened with a marker (`1. FC Köln won`) stays as it is."""
    openings = _list_item_openings(workspace, article_id)
    blocks = []
    for block in article.blocks:
        markers = [marker for sentence, marker in openings.items() if block.text.startswith(f"{marker} {sentence}")]
        if markers and block.kind in _LIST_ITEM_KINDS and not block.marker:
            marker = max(markers, key=len)  # `• a)`, of a list opening an item, before `•`
            shift = len(marker) + 1
            block = dataclasses.replace(block, text=block.text[shift:], marker=marker,
                                        kept=tuple((start - shift, end - shift) for start, end in block.kept),
                                        links=tuple((start - shift, end - shift, address) for start, end, address in block.links))
        blocks.append(block)
    return dataclasses.replace(article, blocks=tuple(blocks))


def _list_item_openings(workspace: Workspace, article_id: str) -> dict[str, str]:
    """The sentences that open the article's list items, with their markers (see
    `list_item_openings`), as its template says, else the first translation file that can be read."""
    for path in (workspace.template_file(article_id),
                 *(workspace.po_file(locale, article_id) for locale in workspace.translation_locales(pseudo=True))):
        try:
            return list_item_openings(read_catalog(path, article_id))
        except (OSError, InputError):
            continue  # gone, or not to be read: another may say
    return {}


def _lost_story(workspace: Workspace, notice: Article, provider: str) -> Article | None:
    """The published story a withdrawal names whose article record is gone (see `published_article`)."""
    published = published_article(workspace, notice.id, provider)
    if published is None:
        return None
    # A notice without a guid (a wire file's status line) names a story of the desk's own.
    guid = published.meta.guid or (_published_guid(workspace, published) if notice.meta.guid else None)
    return published if guid == notice.meta.guid else None


def _withdrawn_lost_story(workspace: Workspace, article: Article, provider: str) -> Article | None:
    """The withdrawal partners have of the story `article` is a version of, when its article
    record is gone (see `_lost_story`): the source is judged against it as against the record,
    so that a deletion undoes neither the desk's withdrawal nor the agency's kill."""
    lost = _lost_story(workspace, article, provider)
    return lost if lost is not None and lost.withdrawn else None


def _text_of(article: Article) -> list[tuple[str, str]]:
    """The article's words block by block, however spaces and line breaks part them: an item
    read again by a release that reads its lines (`<br/>`) anew sends no other text."""
    return [(block.kind, " ".join(block.text.split())) for block in article.blocks]


def _withdrawn_by_translation(workspace: Workspace, notice: Article, recorded: Mapping[str, Mapping[str, object]]) -> Article | None:
    """The article a kill notice withdraws that carries the guid of one of its translations
    (`…:port-strike:de`, as a partner outlet sees it), withdrawn; None when there is none.
    Only syndicate publishes that guid: the kill is the desk's."""
    stored = _original_of_translation_guid(workspace, notice.meta.guid or "", {}, recorded)
    if stored is None:
        return None
    notice = dataclasses.replace(notice, id=stored.id, meta=dataclasses.replace(notice.meta, guid=stored.meta.guid))
    return _withdrawn(workspace, notice, None, by_desk=True)


def _original_guid(guid: str) -> str | None:
    """The guid of the original a translation's guid names (`…:port-strike` for
    `…:port-strike:de`); None when the guid does not end in a locale tag."""
    source_guid, _, tag = guid.rpartition(":")
    try:
        parse_locale(tag)
    except ValueError:
        return None
    return source_guid


def _original_of_translation_guid(
    workspace: Workspace, guid: str, read_before: Mapping[str, Article], recorded: Mapping[str, Mapping[str, object]],
    archived: Callable[[], Mapping[str, str | None]] | None = None,
) -> Article | None:
    """The article whose translation into a locale has `guid` (`…:port-strike` for
    `…:port-strike:de`): one read before in this run or one in the workspace (`recorded`: the
    last extract's record of each article) or, given `archived` (the guid of each archived
    article, see archive.archived_guids, asked for only when the workspace has no such
    article), one in the archive; None if none."""
    if (source_guid := _original_guid(guid)) is None:
        return None
    if (earlier := next((article for article in read_before.values() if article.meta.guid == source_guid), None)) is not None:
        return earlier
    # The id the guid's end gives is the article's as a rule (a desk story's guid always ends
    # in its id); the others are looked through after, but for those the last run recorded with
    # another guid or none.
    likely = source_guid.rpartition(":")[2].rpartition("/")[2].lower()
    def sides() -> Iterator[tuple[Workspace, Callable[[str], object]]]:
        yield workspace, lambda article_id: recorded.get(article_id, {}).get("guid", source_guid)
        if archived is not None:
            yield workspace.archived, archived().get

    for side, guid_of in sides():
        candidates = [
            article_id for article_id in sorted(side.article_ids(), key=lambda article_id: article_id != likely)
            if article_id == likely or guid_of(article_id) == source_guid
        ]
        for article_id in candidates:
            stored = _stored_article(side, article_id)
            # An agency's article has its guid; only a desk's own story is looked up in its item.
            if stored is not None and source_guid == (stored.meta.guid or _published_guid(workspace, stored)):
                return stored
    return None


def _translated_original(
    workspace: Workspace, article: Article, read_before: Mapping[str, Article], recorded: Mapping[str, Mapping[str, object]],
    archived: Callable[[], Mapping[str, str | None]],
) -> str | None:
    """The original an agency item translates: the guid its translationOf link names, or the
    article whose translation's guid it carries (`…:port-strike:de`, a correction of a
    translation). syndicate translates from the original and publishes its translations with
    such guids: extracted too, the item would be a second item with one guid in a feed. An
    archived original counts as one here (`archived`: gives the guid of each archived article):
    its translation is no news of it."""
    guid = article.meta.guid or ""
    if article.meta.translation_of:
        # Only when the original is here: a desk that takes an agency's translated service
        # without its originals extracts the translations as stories.
        known = _original_of_translation_guid(workspace, f"{article.meta.translation_of}:{article.source_lang}", read_before,
                                              recorded, archived)
        return article.meta.translation_of if known is not None else None
    original = _original_of_translation_guid(workspace, guid, read_before, recorded, archived)
    # One of the original's languages' (…:story:de for a German item of an English story), not
    # an edition of the same language (…:story:uk for a British English item).
    return _original_guid(guid) if original is not None and original.source_lang != article.source_lang else None


def _withdraws(article: Article) -> bool:
    """A withdrawal (a NewsML-G2 kill notice): whatever text it carries (none, a summary, a
    headline such as `KILL`), it withdraws the article the workspace has, and its text stays."""
    return article.meta.withdrawn


def _withdrawn(workspace: Workspace, notice: Article, earlier: Article | None, by_desk: bool) -> Article | None:
    """The article a withdrawal withdraws (see `_withdrawal`): the `earlier` item of the same
    file, else the text already in the workspace. None when there is no such article."""
    previous = earlier if earlier is not None and earlier.meta.guid == notice.meta.guid else _stored_article(workspace, notice.id)
    return None if previous is None else _withdrawal(previous, notice, by_desk)


def _held(workspace: Workspace, notice: Article, earlier: Article | None) -> Article:
    """The story a hold without a headline (stat:withheld; a summary at most) holds: the
    `earlier` item of the same file, else the text already in the workspace, with the notice's
    status and version (see `_withdrawal`), so that every locale publishes the hold at once.
    InputError when the workspace has no such story: a hold publishes no text of its own."""
    previous = earlier if earlier is not None and earlier.meta.guid == notice.meta.guid else _stored_article(workspace, notice.id)
    if previous is None or previous.meta.guid != notice.meta.guid:
        raise InputError(notice.source_path, None,
                         f"the item holds the story {notice.meta.guid} (stat:withheld) and has no headline, "
                         "and this workspace does not have that story",
                         "extract the story first, or ask the agency for the item with its text")
    return _withdrawal(previous, notice, by_desk=False)


def _withdrawal(previous: Article, notice: Article, by_desk: bool) -> Article:
    """`previous` as it is, with the notice's status and version, so that every locale
    publishes the withdrawal (or a hold, see `_held`) and no translation is lost; as it is when
    it was already withdrawn (a repeated notice). The desk's kill of an agency's story leaves the agency's
    version as it is and marks it withdrawn by the desk, which no later version undoes."""
    if by_desk and previous.meta.guid is not None:
        return dataclasses.replace(previous, withdrawn_by_desk=True)
    if previous.meta.pub_status == notice.meta.pub_status and previous.meta.version >= notice.meta.version:
        return previous
    meta = dataclasses.replace(
        previous.meta, version=max(notice.meta.version, previous.meta.version + 1), pub_status=notice.meta.pub_status,
        # The story was first created with the version withdrawn (a later one already says when), not the notice.
        first_created=previous.meta.first_created or previous.meta.version_created,
        version_created=notice.meta.version_created or previous.meta.version_created,
        # What the agency says with the withdrawal, not what it said with the story: a kill
        # comes at the top urgency, for editors to see it first.
        embargoed=notice.meta.embargoed, signals=notice.meta.signals, editor_notes=notice.meta.editor_notes,
        urgency=notice.meta.urgency if notice.meta.urgency is not None else previous.meta.urgency,
    )
    return dataclasses.replace(previous, meta=meta, source_path=notice.source_path)


def _for_article(job: _Job, article: Article) -> _Job:
    """The job for one article: the run's locales it is translated into (not its own language's)."""
    return dataclasses.replace(job, locales=tuple(tag for tag in job.locales if translates_into(tag, article.source_lang)))


def _extract_article(
    workspace: Workspace, article: Article, job: _Job, writes: StagedWrites, content_key: str
) -> tuple[ExtractedArticle, list[str]]:
    """Stage the structure, template and PO files of one article; returns it and its protected names."""
    units = article_units(article, job.rules, segmentation_rules(job.srx))
    for unit in units:
        if bad := unpublishable_character(unit.msgid):
            raise InputError(article.source_path, unit.line, f"{bad} in the text, which cannot be published",
                             "remove it from the source, or ask its sender for a corrected version")
    new_template, files, unreadable, made_fuzzy = _article_files(
        workspace, article, units, [parse_locale(tag) for tag in job.locales], job.now,
        memory=lambda locale: _memory(
            job.root, bcp47(locale), primary_language(article.source_lang), job.run, bcp47(locale) in job.current_memories
        ),
    )
    written = [path for path, text in files.items() if writes.stage(path, text.encode("utf-8"))]
    record = workspace.article_file(article.id)
    if writes.stage(record, workspace.article_record(article, units).encode("utf-8")):
        written.append(record)
    extracted = ExtractedArticle(
        article.id, len(new_template.messages), tuple(written), article.source_path, content_key,
        keys_digest(new_template.messages), segmented=True, unreadable_translations=unreadable, made_fuzzy=made_fuzzy,
    )
    names = [*glossary.protected_names(units, article.source_lang), *names_published_as_written(article, units)]
    return extracted, list(dict.fromkeys(names))


def _run_memory(root: Path, locale: Locale, *, language: str, run: str) -> TranslationMemory:
    return _memory(root, bcp47(locale), language, run)


@functools.lru_cache(maxsize=32)
def _memory(root: Path, tag: str, language: str, run: str, current: bool = False) -> TranslationMemory:
    """The locale's translation memory of translations from `language`, opened (and brought up
    to date, unless `current`: see workspace_memory) once per run and worker, and only when needed."""
    return workspace_memory(Workspace(root), parse_locale(tag), language, current=current)


def _article_files(
    workspace: Workspace, article: Article, units: list[Unit], locales: Sequence[Locale], now: dt.datetime,
    memory: Callable[[Locale], TranslationMemory],
) -> tuple[Catalog, dict[Path, str], tuple[tuple[str, str], ...], tuple[tuple[str, int], ...]]:
    """The template, the text of every file that needs writing (a file that would only be
    re-wrapped, say after Poedit saved it, is left alone), the (locale, why) of each PO file
    that cannot be read, left as it is, and the (locale, how many) of the translations the
    source's changes made fuzzy in the files written. New units are prefilled from the translation
    memory of the article's language: exact matches as translated (unless the build's review
    would refuse them), near ones as fuzzy (and the memory's earlier suggestions, untouched,
    replaced by better matches); first, an entry gone from a translator's file (deleted by
    hand, or the whole file) with the translation it had."""
    pot_path = workspace.template_file(article.id)
    new_template, template_changed = unchanged_template(template(article, units, now), pot_path)
    files = {pot_path: catalog_text(new_template)} if template_changed else {}
    unreadable, made_fuzzy = [], []
    for locale in locales:
        po_path = workspace.po_file(locale, article.id)
        try:
            existing = read_catalog(po_path, article.id) if po_path.exists() else None
            if existing is not None:
                _check_language(po_path, existing, locale)
        except InputError as error:
            # One translator's broken file holds back neither the correction of the story nor
            # the other locales; a withdrawal needs no translation at all.
            if not _withdraws(article):
                unreadable.append((bcp47(locale), str(error)))
            continue
        updated = merge(new_template, existing, locale, now)
        kept = existing.by_key() if existing is not None else {}
        # Counted before the memory prefills any: its near matches are suggestions, no translation changed.
        fuzzy_now = sum(1 for message in updated.active() if message.fuzzy and not (message.key in kept and kept[message.key].fuzzy))
        if any(not message.msgstr and message.key not in kept for message in updated.active()):
            updated = restore(updated, memory(locale), article.id, kept.keys())
        updated = _filled_from_memory(updated, locale, memory, _review(article, units, locale))
        text = text_to_write(updated, po_path, existing)
        if text is None:
            continue
        if existing is not None:
            try:
                _never_less(po_path, existing, updated, _memorys_own(locale, memory))
            except InputError as error:  # that file stays as it is, as an unreadable one does
                unreadable.append((bcp47(locale), str(error)))
                continue
        files[po_path] = text
        if fuzzy_now:
            made_fuzzy.append((bcp47(locale), fuzzy_now))
    return new_template, files, tuple(unreadable), tuple(made_fuzzy)


def _filled_from_memory(catalog: Catalog, locale: Locale, memory: Callable[[Locale], TranslationMemory], review: Review) -> Catalog:
    """The catalog prefilled from the locale's own memory, then (for a regional variant) its language's."""
    parent = regional_parent(locale)
    for lender, variant_of in ((locale, None), *(((parent, bcp47(parent)),) if parent else ())):
        wanted = any(to_prefill(message, variant_of=variant_of) for message in catalog.messages)
        if wanted and len(translations := memory(lender)):
            lent = memory(parent) if parent and variant_of is None else None
            catalog = prefill(catalog, translations, variant_of=variant_of, review=review, lent=lent)
    return catalog


def _memorys_own(locale: Locale, memory: Callable[[Locale], TranslationMemory]) -> Callable[[Message], bool]:
    """Whether a message is a suggestion of the locale's memories still as offered (see `still_offered`)."""
    parent = regional_parent(locale)

    def memorys_own(message: Message) -> bool:
        return still_offered(message, (memory(locale), memory(parent) if parent else None))

    return memorys_own


def _review(article: Article, units: Sequence[Unit], locale: Locale) -> Review:
    """The build's review of a translation into `locale` of one of the article's messages, as
    it reviews the message's first unit, or of another sentence in the article's language (a
    memory's entry), as a paragraph's."""
    first = first_units(units)

    def review(message: Message) -> list[str]:
        # Here, not at the top: a run that offers nothing to review does without the review's module.
        from .check import publish_errors

        unit = first.get(message.key) or _memory_entry_unit(message)
        return publish_errors(unit, message, bcp47(locale), source_locale=article.source_lang)

    return review


def _memory_entry_unit(message: Message) -> Unit:
    """A memory entry's sentence as a paragraph's unit, with the placeholders its msgid names
    (what they stand for unknown: no check of a translation needs it)."""
    names = dict.fromkeys(field.group(1) for field in FIELD.finditer(message.msgid) if field.group(1))
    return Unit(message.msgid, "paragraph", 0, 0, msgctxt=message.msgctxt, placeholders=tuple(Placeholder(name, name) for name in names))


def _check_language(path: Path, catalog: Catalog, locale: Locale) -> None:
    if (wrong := wrong_language(path, catalog, locale)) is not None:
        raise wrong


def _never_less(path: Path, before: Catalog, after: Catalog, memorys_own: Callable[[Message], bool]) -> None:
    # A translation carried with its placeholders renamed, its link markers renumbered or left
    # for the translator to place, or without the marker of the list item it opens (which the
    # build puts back), is still there: its words are. The memory's suggestion a better match
    # replaced, as the memory offered it (`memorys_own`), was no translator's; one they edited is.
    def words(msgstr: str) -> str:
        return unnamed_placeholders(strip_marker_like(msgstr))

    kept = {words(message.msgstr) for message in after.messages if message.msgstr}
    kept |= {words(f"{marker} {message.msgstr}") for message in after.messages if message.msgstr and (marker := list_marker(message))}
    lost = [
        message for message in before.messages
        if message.msgstr and words(message.msgstr) not in kept and not memorys_own(message)
    ]
    if lost:
        raise InputError(
            str(path), None, f"updating would lose {len(lost)} translation(s)",
            "report this as a bug with the PO file attached",
        )


def _shown_path(workspace: Workspace, path: Path) -> str:
    """The source path as `#:` references show it: relative to the workspace when inside it,
    else in full, so that the same file is the same source from whatever folder it is given."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(workspace.root.resolve()).as_posix()
    except ValueError:  # as the desk knows it: through its links, not where they lead
        return Path(os.path.abspath(path)).as_posix()
