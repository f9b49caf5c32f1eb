"""What `extract` and `build` say about a run, line by line, from what the run returned.

The summary goes to stdout, which a cron job's log keeps and a script may read; notes,
warnings and errors go to stderr. The command line only prints these lines and exits with
the status they call for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .ids import bcp47, translates_into

if TYPE_CHECKING:
    from babel import Locale

    from .build import BuildReport, ItemOutcome
    from .extract import ExtractedArticle, ExtractRun


@dataclass(frozen=True)
class Line:
    text: str
    to_stderr: bool = False


def extract_lines(
    results: ExtractRun, *, locales: Sequence[Locale], given_locales: Sequence[Locale], files_given: bool,
) -> Iterator[Line]:
    """The report of an extract run of `locales` (those given with -l: `given_locales`), article
    by article, its unchanged articles in one line at the end."""
    for article_id in results.unarchived:
        yield Line(f"note: {article_id} was archived: brought back from the archive, with its translations, to take "
                   "its source's update (`syndicate build` publishes it above the version partners have)", True)
    unchanged: list[str] = []
    for result in results:
        if _unchanged(result):
            unchanged.append(result.article_id)  # said together at the end: a cron log of a quiet run is one line
        yield from _article_lines(result)
    if unchanged:
        named = f": {', '.join(unchanged)}" if len(unchanged) <= 5 else ""
        yield Line(f"{len(unchanged)} article(s) unchanged{named}")
    if not locales:
        yield Line("No target locales yet: add some with -l (e.g. -l de -l fr).", True)
    elif not files_given and not results:
        yield Line("nothing to fill again: no article waits for a sentence whose translation the memory changed")
    languages = {result.source_lang for result in results if result.source_lang}
    for locale in given_locales:
        if languages and not any(translates_into(bcp47(locale), language) for language in languages):
            yield Line(f"note: {bcp47(locale)} is the language of every article given: no translation into it was made, "
                       "and no file written for it", True)
    for path in results.left_as_saved:
        yield Line(f"warning: {path} was saved while extract ran: it was left as saved, and the next "
                   "`syndicate extract` brings it up to date", True)
    for locale, problem in results.unreadable_glossaries.items():
        yield Line(f"error: {problem}; the names glossary was left as it is, the articles extracted: `build` publishes "
                   f"no update in {locale} until the file is mended, and the next extract into {locale} brings it up to date",
                   True)


def extract_failed(results: ExtractRun) -> bool:
    """Whether a file, an item, a PO file or a names glossary could not be read (exit status 1)."""
    return any((result.unreadable and not result.not_text) or result.unreadable_translations for result in results) \
        or bool(results.unreadable_glossaries)


def _unchanged(result: ExtractedArticle) -> bool:
    """Whether the run extracted the article and it wrote nothing: its source and PO files as they were."""
    return not (result.unreadable or _skipped_line(result) or result.left_archived or result.written or result.made_fuzzy)


def _article_lines(result: ExtractedArticle) -> Iterator[Line]:
    """What extract says of one file or item: why it was skipped, or what it wrote, and notes."""
    if result.not_text:
        yield Line(f"note: {result.unreadable}", True)
        return
    if result.unreadable:
        skipped = "the file was skipped, the other files extracted" if result.whole_file else \
            f"the item was skipped, the others of {result.source_path} extracted"
        yield Line(f"error: {result.unreadable}; {skipped}", True)
        return
    for locale, problem in result.unreadable_translations:
        yield Line(f"error: {problem}; the file was left as it is, and {result.article_id} extracted for its other "
                   f"locales: `build` publishes no update of it in {locale} until the file is mended and extracted again",
                   True)
    if skipped := _skipped_line(result):
        yield skipped
        return
    if result.left_archived:
        yield Line(f"{result.article_id}: archived, unchanged (left in the archive)")
        return
    if result.written or result.made_fuzzy:
        state = f"{len(result.written)} file(s) written" if result.written else "unchanged"
        # What the source's changes left translators to review, by locale.
        review = f"; fuzzy now, to review: {', '.join(f'{count} in {tag}' for tag, count in result.made_fuzzy)}" \
            if result.made_fuzzy else ""
        yield Line(f"{result.article_id}: {result.messages} unit{'' if result.messages == 1 else 's'}, {state}{review}")
    yield from (Line(f"note: {note}", True) for note in _notes(result))


def _skipped_line(result: ExtractedArticle) -> Line | None:
    """Why the item was not extracted although it could be read; None when it was."""
    skipped = f"{result.article_id}: skipped {result.source_path}"
    if result.newer_version is not None:
        return Line(f"{skipped}, an older version of the item than version {result.newer_version}")
    if result.same_version_changed:
        return Line(f"{skipped}, version {result.version} again with other text (the version already extracted stays; "
                    "ask the agency for a new version)", True)
    if result.stays_withdrawn and result.withheld:
        if result.guid:
            kept = f"version {result.version}, withheld, keeps it withdrawn; a usable version publishes it again"
        else:
            kept = "`status withheld` keeps it withdrawn; to publish it again, change the header line to `status usable`"
        return Line(f"{skipped}: the story was withdrawn, and {kept}", True)
    if result.stays_withdrawn:
        return Line(f"{skipped}: the story was withdrawn; to publish it again, add the header line `status usable` to it", True)
    if result.translation_withdrawn:
        return Line(f"{skipped}, the agency's withdrawal of its {result.source_lang} translation of {result.translation_of}: "
                    f"syndicate's {result.source_lang} item is its own translation of the original, which stays published "
                    "in every language (to withdraw the story, send a kill notice with the original's guid)", True)
    if result.translation_of:
        return Line(f"{skipped}, the agency's {result.source_lang} translation of {result.translation_of}: syndicate "
                    f"translates from the original, and its own {result.source_lang} item carries this guid", True)
    if result.nothing_to_withdraw:  # no fault: a kill notice of a story never extracted here
        return Line(f"{skipped}, which withdraws an article this workspace does not have: nothing to withdraw")
    return None


def _notes(result: ExtractedArticle) -> Iterator[str]:
    """What else the desk should know of an extracted article: withdrawals, restorations, new ids."""
    article_id = result.article_id
    if result.withdrawal:
        version = f"version {result.version}, " if result.guid else ""
        yield f"{article_id} is withdrawn by its source ({version}{result.source_path}): " \
              "`syndicate build` withdraws it from every feed that has it"
    if result.republished:
        yield f"{article_id} was withdrawn; {result.source_path} publishes it again"
    if result.kept_withdrawn:
        sent = f"the agency sent version {result.version}" if result.guid else f"{result.source_path} was extracted"
        yield f"{article_id}: {sent}; kept withdrawn by the desk (`syndicate republish {article_id}` publishes it)"
    if result.desk_withdrawal_from:
        yield f"{article_id} had no article record (deleted?): the desk's withdrawal of the story, as partners have it " \
              f"in {result.desk_withdrawal_from}, stands"
    if result.restored_from:
        yield f"{article_id} had no article record (deleted?): it was written again from {result.restored_from}, " \
              "as partners have the story, for the withdrawal to reach them"
    if result.attached:
        yield f"{result.attached}, the agency's translation extracted before as a story of its own, attaches to its " \
              f"original {result.guid}: {article_id} is now translated from the original; the items partners have of " \
              "it keep their guids and take a new version once their translation is ready (one that an item of the " \
              "original's replaces under another guid is withdrawn)"
    if result.translation_killed:
        yield f"{article_id}: the agency withdrew {result.translation_killed}, its translation whose place the original " \
              "took: `syndicate build` withdraws its text from every feed that still has it, until the story's " \
              "translation from the original is ready there"
    if result.taken_by:
        yield f"{result.source_path} became article {article_id}, as the id it would have had belongs to {result.taken_by}"
    if result.earlier_source:
        yield f"{article_id} now comes from {result.source_path}, before from {result.earlier_source} (the same " \
              "article id: its PO files follow this file from now on)"


def build_lines(report: BuildReport, *, threshold: float, article_file: Callable[[str], Path]) -> Iterator[Line]:
    """The report of a build: one summary line (every item of the run counted once), then what
    keeps items from partners, errors with the PO line of each, and one line per locale for
    the translations still waiting."""
    written = sum(1 for outcome in report.outcomes if outcome.written)
    unchanged = report.up_to_date + len(report.outcomes) - written - len(report.refused)
    waiting_count = sum(1 for outcome in report.refused if outcome.unfinished)
    not_published = "".join(f", {count} {what}" for count, what in ((waiting_count, "waiting for translation"),
                                                                     (len(report.refused) - waiting_count, "refused")) if count)
    yield Line(f"{written} item(s) written, {unchanged} unchanged{not_published}.")
    for outcome in report.outcomes:
        if outcome.note and not outcome.refused:
            yield Line(f"warning: {outcome.article_id} [{outcome.lang}]: {outcome.note}", True)
    for path in report.damaged:
        yield Line(f"warning: {path} cannot be read (damaged?) and is left out of its index: the next build of its "
                   "article writes it again", True)
    for outcome in report.outcomes:
        if outcome.withdrawn_by_desk and outcome.withdrawn_by_source:
            yield Line(f"note: {outcome.article_id}: withdrawn by its source and kept withdrawn by the desk in every feed "
                       f"that had it (`syndicate republish {outcome.article_id}` lifts the desk's withdrawal only: the "
                       "story comes back once its source publishes it again)", True)
        elif outcome.withdrawn_by_desk:
            yield Line(f"note: {outcome.article_id}: kept withdrawn by the desk in every feed that had it, whatever its "
                       f"source sends (`syndicate republish {outcome.article_id}` publishes it)", True)
    yield from without_record_lines(report.without_record, article_file)
    waiting: dict[str, list[ItemOutcome]] = {}  # locale → the items whose translation is not finished
    # One file every item of a locale needs (its names glossary) holds them all back for one reason.
    held_back: dict[tuple[str, str | None], list[str]] = {}  # (locale, why) → the items
    for outcome in report.refused:
        if outcome.unfinished:
            waiting.setdefault(outcome.lang, []).append(outcome)
        elif not outcome.problems:
            held_back.setdefault((outcome.lang, outcome.note), []).append(outcome.article_id)
        else:
            yield Line(f"not published: {outcome.article_id} [{outcome.lang}]: {outcome.note}", True)
            for problem in outcome.problems:
                if problem.severity == "error":
                    where = f"{outcome.translation}:{outcome.entry_lines.get(problem.unit.key, 0)}"
                    yield Line(f"  {where}: {problem.message}: {problem.unit.msgid[:70]}", True)
    for (lang, note), article_ids in held_back.items():
        yield Line(f"not published: {_first_few(article_ids)} [{lang}]: {note}", True)
    # Translations not finished yet are the normal state of a busy desk: one line per locale.
    for lang, outcomes in waiting.items():
        yield Line(_waiting_line(lang, outcomes, threshold), True)


def build_failed(report: BuildReport) -> bool:
    """Whether an item was refused for an error (exit status 1). A translation still waiting
    is how a busy desk works, not a failure a script must act on."""
    return any(not outcome.unfinished for outcome in report.refused)


def _waiting_line(lang: str, outcomes: Sequence[ItemOutcome], threshold: float) -> str:
    shown = _first_few([outcome.article_id for outcome in outcomes])
    # A translation behind its original's update: partners still have the earlier version.
    stale = sum(1 for outcome in outcomes if outcome.path is not None and not outcome.withdrawn_until_ready)
    held = sum(1 for outcome in outcomes if outcome.withdrawn_until_ready)
    behind = f"; {stale} of them still published in an earlier version, out of date until then" if stale else ""
    behind += f"; {held} of them withdrawn until its translation is ready" if held else ""
    unbegun = [outcome for outcome in outcomes if outcome.without_translation_file]
    # A story not extracted for the locale has no translation to weigh against the threshold.
    waiting_for = (f"not extracted for {lang}" if len(unbegun) == len(outcomes)
                   else f"below the {threshold:g}% threshold" + (" or not extracted" if unbegun else ""))
    if unbegun:
        behind += (f"; {len(unbegun)} of them not extracted for {lang}" if len(unbegun) < len(outcomes) else "")
        behind += f" ({unbegun[0].article_id}: {unbegun[0].note})"
    return (f"waiting for translation [{lang}]: {len(outcomes)} item(s) {waiting_for}: "
            f"{shown}{behind} (`syndicate status -l {lang}` shows what is left)")


def without_record_lines(without_record: Mapping[str, Mapping[str, bool]], article_file: Callable[[str], Path]) -> Iterator[Line]:
    """A published story whose article record is gone (see `stories_without_record`). A deletion
    may be a mistake: it withdraws nothing, and is said on every build and status until the
    desk decides."""
    for article_id, feeds in without_record.items():
        published = ", ".join(lang for lang, withdrawn in feeds.items() if not withdrawn)
        withdrawals = [lang for lang, withdrawn in feeds.items() if withdrawn]
        also = f"; its withdrawal in {', '.join(withdrawals)}" if withdrawals else ""
        yield Line(f"warning: {article_id} is published ({published}{also}) but its article record "
                   f"{article_file(article_id)} is gone: partners keep the story as it is. Put the record back "
                   f"(from a backup, or with `syndicate extract` of its source), or withdraw the story with "
                   f"`syndicate withdraw {article_id}`", True)


def _first_few(article_ids: Sequence[str]) -> str:
    """Up to five ids, and how many more."""
    return ", ".join(article_ids[:5]) + (f" and {len(article_ids) - 5} more" if len(article_ids) > 5 else "")
