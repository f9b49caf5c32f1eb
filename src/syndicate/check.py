"""Quality checks of translations, in the spirit of pofilter and Okapi CheckMate, tuned to news.

Errors are what a reader would see as wrong: a lost name, a changed number, a quotation that
never closes, markup printed as text. Warnings are worth a second look: untranslated and
fuzzy units, a time converted to the local clock, a sentence that now ends differently.

Checks know the target language, so correct localisation is not reported: `“…”` ↔ `„…“` ↔
`«…»` are the same quotation, `.` ↔ `。` and `?` ↔ ` ?` ↔ `؟` the same final punctuation, `3.5`
↔ `3,5` the same number.

Here the checks run, on one message (`check_message`; `Review`, the build's review)
or on a workspace's PO files and names glossary (`check_articles`, `Report`), and here are
those of placeholders, quotations, markup, links, whitespace and line breaks, bidi controls,
names, copied source text, end punctuation and doubled words. The figures (numbers, times,
dates, weekdays, currencies, the bound of a figure and the like) are the figures package's to
compare, the direction of a change (rose, fell) is direction.py's to read, and the outcome of a
verdict or a vote outcome.py's; what a check reports is issues.py's.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import functools
import json
import operator
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import regex
from babel import Locale

from .code_version import code_version
from .catalog import Catalog, Key, Message, first_units
from .direction import reversed_direction
from .figures import (
    cents_made_whole, changed_counts_in_words, changed_currencies, changed_doublings, changed_dozens, changed_fractions, changed_magnitudes,
    changed_measures, changed_months, changed_multiples, changed_numbers, changed_percentages, changed_period_halves, changed_quarters,
    changed_rate_periods, changed_round_numbers, changed_rounds, changed_spans, changed_weekdays, dropped_minus,
    points_made_percentages, reversed_bounds, reversed_tallies, told_in_two_zones,
)
from .dateline import dateline_end, dateline_places
from .fsutil import file_digest, file_identity
from .glossary import DOMAIN as GLOSSARY_DOMAIN
from .glossary import (
    RenderingsUsed, latin_script_names, protected_names, published_renderings, read_glossary, rendering_problem, renderings_unchanged,
    script_of,
)
from .glossary import po_file as glossary_po_file
from .ids import PSEUDO_LOCALES, bcp47, parse_locale, translates_into
from .issues import CHECKS, IGNORABLE, Issue, Severity
from .links import URL_OR_EMAIL, may_hold_link
from .localise import added_markup, beside_markers, check_translation, left_in_source_language, name_forms
from .model import Article, InputError, Unit
from .outcome import reversed_outcome
from .parallel import ordered_map
from .placeholders import prose_of
from .places import changed_places, places_named
from .pofile import incomplete_header, read_catalog_with_lines, wrong_language
from .quotes import find_quotations
from .segment_data import LANGUAGES
from .workspace import Workspace
from .words import occurrences


@dataclass(frozen=True)
class Finding:
    """One problem, located: `path:line` is the PO entry to fix."""

    article_id: str  # "names" for the names glossary
    locale: str  # BCP 47
    path: str
    line: int  # first line of the PO entry; 0 when there is no entry to point at
    msgid: str
    severity: Severity
    check: str
    message: str


# A finding's fields as a record keeps them: astuple would deep-copy each string, a tenth of a first check.
_FINDING_FIELDS = operator.attrgetter(*(field.name for field in dataclasses.fields(Finding)))


def check_message(
    unit: Unit, message: Message, locale: str, glossary: Mapping[str, str], *, source_locale: str = "en",
    reviewed: Sequence[Issue] | None = None,
) -> list[Issue]:
    """Every problem of `message` as the translation into `locale` (BCP 47) of `unit`.

    `glossary` maps source names to their confirmed rendering in `locale`. Untranslated and
    fuzzy messages are reported as such and not checked further: a fuzzy translation belongs
    to an older source, and its reviewer rewrites it anyway. `reviewed`: what the build's
    review (see `Review`) found in this very translation, whose checks then do not run again.
    A warning the translator reviewed and left as it is (a comment `# ignore: end-punctuation`)
    is not reported.
    """
    issues = _problems(unit, message, locale, glossary, source_locale=source_locale, reviewed=reviewed)
    if not message.translator_comments:
        return issues  # most entries
    ignored = _ignored_checks(message.translator_comments)
    kept = [issue for issue in issues if issue.check not in ignored & IGNORABLE]
    return kept + [Issue("ignore-comment", f"# ignore: {name}: {_why_not_ignored(name)}") for name in sorted(ignored - IGNORABLE)]


# A translator comment naming warnings reviewed: a comment, as every PO tool keeps it (msgmerge,
# msgcat and Poedit drop a flag they do not know), and Poedit edits it in its comment box. The
# names, by commas or spaces, end where a reason begins: at a bracket, a dash or a colon
# (`# ignore: end-punctuation (the headline asks)`, `# ignore: direction -- said as a loss`).
_IGNORE_COMMENT = regex.compile(r"\s*ignore\s*:\s*(?P<names>[^(\[:;—–]*?)\s*(?:(?:[(\[:;—–]|\s-{1,2}\s).*)?", regex.IGNORECASE)


def _ignored_checks(translator_comments: Iterable[str]) -> frozenset[str]:
    """The checks whose warnings the translator reviewed, named after `ignore:` in a comment of
    theirs (`# ignore: end-punctuation, direction`), up to the reason they may give."""
    return frozenset(
        name.casefold()
        for comment in translator_comments if (match := _IGNORE_COMMENT.fullmatch(comment))
        for name in regex.split(r"[\s,]+", match.group("names")) if name
    )


def _why_not_ignored(name: str) -> str:
    if name not in CHECKS:
        return f"no check is named {name} (`syndicate check --list-checks` lists them)"
    if CHECKS[name][0] == "error":
        return f"{name} is an error, which keeps the unit from the feed until the translation is fixed, and cannot be ignored"
    if name in ("untranslated", "fuzzy"):
        return f"{name} says what is left to do, and cannot be ignored"
    return f"{name} cannot be ignored entry by entry"


def _problems(
    unit: Unit, message: Message, locale: str, glossary: Mapping[str, str], *, source_locale: str, reviewed: Sequence[Issue] | None,
) -> list[Issue]:
    if not message.msgstr:
        return [Issue("untranslated", "not translated yet")]
    if message.fuzzy:
        # A memory prefill's previous msgid is the sentence it matched, not an older source.
        why = (
            " (a translation memory suggestion)" if message.memory_notes else " (the source changed)" if message.previous_msgid else ""
        )
        return [Issue("fuzzy", f"fuzzy{why}: review it and remove the fuzzy flag to publish it")]
    source, target = parse_locale(source_locale), parse_locale(locale)
    msgid, msgstr = unit.msgid, message.msgstr
    source_prose, target_prose = prose_of(msgid), prose_of(msgstr)
    found = _error_checks(unit, msgstr, source, target) if reviewed is None else reviewed
    if any(issue.check == "msgcat-conflict" for issue in found):
        return list(found)  # the other checks would read msgcat's markers and both translations as one
    errors = [*found, *(Issue("name-form", problem) for problem in name_forms(unit, message, glossary)[1])]
    # An unpaired mark already says the quotations are off; counting them would say it twice.
    paired = not any(issue.check == "quotation-pairing" for issue in errors)
    return (
        errors
        + (_quotation_count(msgid, beside_markers(unit, msgstr)) if paired else [])
        + (_quotations_shortened(source_prose, target_prose) if paired and unit.quotations else [])
        + (_unchanged(msgid, msgstr, source, target) if script_of(source) == script_of(target) else [])
        + _whitespace(msgid, msgstr)
        + _line_break_inside(msgid, msgstr)
        + _end_punctuation(source_prose, target_prose, source, target)
        + _doubled_words(source_prose, target_prose, target)
        + _length(msgid, msgstr, source, target)
        + reversed_direction(msgid, msgstr, source, target)
        + reversed_outcome(msgid, msgstr, source, target)
        # A dateline's place is _dateline_moved's to compare.
        + changed_places(msgid[dateline_end(msgid) :], msgstr[dateline_end(msgstr) :], source, target)
        + _typed_names(unit, msgstr, source_prose, target_prose, glossary)
        + _dateline_moved(msgid, msgstr, source, target)
    )


def publish_errors(unit: Unit, message: Message, locale: str, *, source_locale: str = "en") -> list[str]:
    """The errors that keep a translated unit out of the feed: the build's review (see `Review`) of one unit."""
    return Review(locale, source_locale)(unit, message)


class Review:
    """The build's review of an article's translation into `locale`, unit by unit: the errors
    that keep a unit out of the feed. Only the checks that can find errors run, as build
    reviews every unit of every locale; all they find, warnings too, is kept for check (see
    `record`), which would otherwise run them again on the same texts.

    `inputs`: what the texts reviewed are read from (see `review_inputs`)."""

    def __init__(self, locale: str, source_locale: str, inputs: str = "") -> None:
        self._source, self._target = parse_locale(source_locale), parse_locale(locale)
        self._inputs = inputs
        self._found: dict[Key, list[Issue]] = {}

    def __call__(self, unit: Unit, message: Message) -> list[str]:
        issues = self._found[unit.key] = _error_checks(unit, message.msgstr, self._source, self._target)
        return [f"{issue.check}: {issue.message}" for issue in issues if issue.severity == "error"]

    def record(self, units: Sequence[Unit], contents: str | None = None) -> dict[str, object] | None:
        """What the review found, as `record_reviews` keeps it, with the `contents` of the texts
        reviewed when known (see `review_contents`): a character for each distinct
        unit of the article, in order, 1 when it was reviewed and 0 when not (untranslated,
        fuzzy), and each issue as (the unit's place in that order, check, message). Compact,
        so that a build's records of every item held at once take little memory. None when
        no unit was reviewed."""
        if not self._found:
            return None
        keys = list(dict.fromkeys(unit.key for unit in units))
        return {
            "inputs": self._inputs,
            **({"contents": contents} if contents is not None else {}),
            "reviewed": "".join("1" if key in self._found else "0" for key in keys),
            "issues": [[place, issue.check, issue.message] for place, key in enumerate(keys) for issue in self._found.get(key, ())],
        }


def review_inputs(article: str | None, translation: str | None) -> str:
    """What a review is of: the identities (see `file_identity`) of the article's structure
    and of its PO file, and the code reviewing (see `code_version`).

    The build takes them before it reads the files, and check after: so a record's are
    check's only when neither file has changed since the build's moment, which is when both
    read the same texts. (A file that changed while the build read it shows another identity
    to check, which then reviews the file itself.)"""
    return f"{code_version()} {article} {translation}"


def review_contents(article: str | None, translation: str | None) -> str:
    """What a review is of by the files' bytes: the digests (see `file_digest`) of the
    article's structure and of its PO file, and the code reviewing. What a copy of the
    workspace (`cp -r`, a CI cache, a backup put back) still has of a review, whose files all
    have other identities there.

    Only digests of the very texts reviewed count: of files whose identities, taken before
    they were read, are still theirs once digested."""
    return f"{code_version()} {article} {translation}"


def record_reviews(workspace: Workspace, article_id: str, reviews: Mapping[str, dict[str, object]]) -> None:
    """Keep the build's `reviews` of the article's translations (by locale, see `Review.record`)
    beside those of its other locales an earlier build kept, but for the locales removed from
    the workspace since."""
    path = workspace.review_record_file(article_id)
    # Only a saving for check: a workspace it cannot write to (read-only) is checked in full.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        workspace.write_cache(path, {**_of_present_locales(workspace, workspace.read_cache(path)), **reviews})


def _of_present_locales(workspace: Workspace, reviews: Mapping[str, object]) -> dict[str, object]:
    """The reviews (by locale) of the locales the workspace still has (see `Workspace.has_locale`)."""
    present = {}
    for tag, review in reviews.items():
        with contextlib.suppress(ValueError):  # not a locale: a damaged record's, nothing to keep
            if workspace.has_locale(parse_locale(tag)):
                present[tag] = review
    return present


def _reviewed(record: object, inputs: str, contents: str | None, count: int) -> list[list[Issue] | None]:
    """The build's review of each of the `count` distinct units of an article's translation,
    from its `record` (see `Review.record`) when it is of these `inputs`, or of these
    `contents` (see `review_contents`): None for a unit it did not review, and for all when
    the record is of other files or damaged."""
    unreviewed: list[list[Issue] | None] = [None] * count
    if not isinstance(record, dict) or not (record.get("inputs") == inputs or contents is not None and record.get("contents") == contents):
        return unreviewed
    flags, found = record.get("reviewed"), record.get("issues")
    if not (isinstance(flags, str) and len(flags) == count and isinstance(found, list)):
        return unreviewed
    reviewed: list[list[Issue] | None] = [[] if flag == "1" else None for flag in flags]
    try:
        for place, check, message in found:
            issues = reviewed[place] if type(place) is int and 0 <= place < count else None  # not True, which is 1
            if issues is None or not (isinstance(check, str) and check in CHECKS and isinstance(message, str)):
                return unreviewed
            issues.append(Issue(check, message))
    except (TypeError, ValueError):  # not three fields
        return unreviewed
    return reviewed


_PSEUDO_TERRITORIES = frozenset(tag.partition("-")[2] for tag in PSEUDO_LOCALES)


def _error_checks(unit: Unit, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The checks that report errors (they may also warn, as numbers written another way)."""
    msgid = unit.msgid
    # Two translations under markers naming their files (and the dates in them): it is the
    # conflict to resolve, which the other checks would only misread.
    if conflict := _msgcat_conflict(msgid, msgstr):
        return conflict
    # A pseudo-translation keeps the source's figures as they are written.
    written_as = source if target.territory in _PSEUDO_TERRITORIES and bcp47(target) in PSEUDO_LOCALES else target
    # One list, not a sum of lists: build runs these on every unit of every locale. A check
    # that most sentences give no cause to run is called only when they do.
    issues = [
        *_publish_blockers(unit, msgstr),
        *(_quotations_dropped(unit, msgstr) if unit.quotations else ()),
        *changed_numbers(msgid, msgstr, source, written_as),
        *reversed_bounds(msgid, msgstr, source, target),
        *changed_counts_in_words(msgid, msgstr, source, target),
        *changed_magnitudes(msgid, msgstr, source, target),
        *changed_round_numbers(msgid, msgstr, source, target),
        *changed_rounds(msgid, msgstr, source, target),
        *changed_spans(msgid, msgstr, source, target),
        *changed_months(msgid, msgstr, source, target),
        *changed_fractions(msgid, msgstr, source, target),
        *changed_multiples(msgid, msgstr, source, target),
        *changed_doublings(msgid, msgstr, source, target),
        *changed_percentages(msgid, msgstr, source, target),
        *points_made_percentages(msgid, msgstr, source, target),
        *changed_measures(msgid, msgstr, source, target),
        *changed_dozens(msgid, msgstr, source, target),
        *changed_period_halves(msgid, msgstr, source, target),
        *changed_quarters(msgid, msgstr, source, target),
        *reversed_tallies(msgid, msgstr, source),
        *_day_changed(msgid, msgstr, source, target),
        *changed_currencies(msgid, msgstr),
        *changed_rate_periods(msgid, msgstr, source, target),
        *cents_made_whole(msgid, msgstr, source, target),
        *dropped_minus(msgid, msgstr, source, target),
    ]
    if may_hold_link(msgid) or may_hold_link(msgstr):
        issues += _links(unit, msgid, msgstr)
    if "<" in msgstr or "&" in msgstr:  # what all markup and references start with
        issues += _markup(msgid, beside_markers(unit, msgstr))
    if "\n" in msgid or "\n" in msgstr:
        issues += _line_breaks(msgid, msgstr)
    if not msgstr.isprintable():  # every bidi control is unprintable
        issues += _bidi_controls(msgstr, target)
    # A byline may be an agency's credit (AP, dpa), written so in every script.
    if unit.kind != "byline":
        if msgstr.strip() == msgid.strip():
            issues += _copied_source(msgid, msgstr, source, target)
        elif written_as is target:
            issues += _wrong_script(msgstr, target)
    return issues


def _day_changed(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """`changed_weekdays`, which takes the day before or after the source's where a time is
    converted into another zone: past midnight, the day is another."""
    issues = changed_weekdays(msgid, msgstr, source, target)
    return changed_weekdays(msgid, msgstr, source, target, a_day_apart=True) if issues and told_in_two_zones(msgid, msgstr) else issues


def check_articles(
    workspace: Workspace, locales: Sequence[Locale], article_ids: Sequence[str] = (), jobs: int | None = None
) -> Iterator[list[Finding]]:
    """The findings of each article (or of the named ones) in every locale given, article by
    article as each is checked, then those of the names glossary.

    An article whose structure, PO files and names' renderings are as the last check of these
    locales found them is not checked again: its findings are that check's, kept under .syndicate/,
    also where its files have other identities but the same bytes (the workspace copied, `cp -r`
    or a CI cache, or put back from a backup). The others (a large workspace checked the first
    time) are checked on all cores (`jobs` caps the worker processes); a report can be written
    as the articles come, so memory does not grow with the workspace. Within an article: per
    locale, then PO entry.
    """
    tags = tuple(bcp47(locale) for locale in locales)
    ids = list(article_ids or workspace.article_ids())
    glossaries = {tag: _glossary(workspace, locale) for tag, locale in zip(tags, locales)}
    files = {article_id: _files(workspace, article_id, locales) for article_id in ids}
    identities = {article_id: [file_identity(path) for path in paths] for article_id, paths in files.items()}
    inputs = {article_id: _inputs(workspace, tags, identities[article_id]) for article_id in ids}
    # Read here to know which to check, and again as they are reported: so that no more than
    # one article's findings are held at a time.
    stale = {article_id for article_id in ids if _recorded(workspace, article_id, inputs[article_id], glossaries) is None}
    # Digested after their identities were taken, and before they are read: a file saved
    # meanwhile shows the next check another identity, and bytes that are not those recorded.
    digests = {article_id: [file_digest(path) for path in files[article_id]] for article_id in ids if article_id in stale}
    contents = {article_id: _inputs(workspace, tags, digests[article_id]) for article_id in stale}
    copied = {article_id for article_id in stale
              if _recorded(workspace, article_id, inputs[article_id], glossaries, contents[article_id]) is not None}

    def job(article_id: str) -> _CheckJob:
        known = dict(zip(files[article_id], zip(identities[article_id], digests.get(article_id, ()))))
        return workspace.root, article_id, tags, known

    checked = ordered_map(_check_article, [job(article_id) for article_id in ids if article_id in stale - copied], jobs)
    articles_using: dict[str, list[str]] = {}  # name → ids of the articles it occurs in
    for article_id in ids:
        if article_id in stale - copied:
            findings, names, renderings = next(checked)
            _record(workspace, article_id, inputs[article_id], contents[article_id], findings, names, renderings)
        else:  # a record damaged since it was read is checked here and now
            findings, names = (_recorded(workspace, article_id, inputs[article_id], glossaries, contents.get(article_id))
                               or _check_article(job(article_id))[:2])
            if article_id in copied:
                _record_identities(workspace, article_id, inputs[article_id], contents[article_id])
        for name in names:
            articles_using.setdefault(name, []).append(article_id)
        yield findings
    if not article_ids:
        _forget_records_but(workspace, set(ids))
    workspace.remove_records_of_removed_locales(GLOSSARY_DOMAIN)
    yield [finding for locale in locales for finding in _glossary_findings(workspace, locale, articles_using)]


# What a worker checks: the workspace, the article, the locales (BCP 47), and each of its
# files' identity and digest as `check_articles` took them before the worker reads it.
_CheckJob = tuple[Path, str, tuple[str, ...], Mapping[Path, tuple[str | None, str | None]]]


def _files(workspace: Workspace, article_id: str, locales: Sequence[Locale]) -> list[Path]:
    """What the article's findings are found in, but for the names' renderings (see `_recorded`):
    its structure, then its PO file of each locale."""
    return [workspace.article_file(article_id), *(workspace.po_file(locale, article_id) for locale in locales)]


def _inputs(workspace: Workspace, tags: tuple[str, ...], files: Sequence[str | None]) -> str:
    """What an article's findings are found in (see `_files`), told apart by the code checking
    and `files`: as the file system sees them (their identities, no file read), or by their
    bytes (their digests, the same in a copy of the workspace)."""
    return f"{code_version()} {workspace.root} {tags} {files}"


def _recorded(
    workspace: Workspace, article_id: str, inputs: str, glossaries: Mapping[str, Mapping[str, str]], contents: str | None = None,
) -> tuple[list[Finding], list[str]] | None:
    """The findings and names the last check recorded for the article from these `inputs`, or
    from files of these `contents` (see `_inputs`), and the renderings its names still have
    in `glossaries` (by locale); None when it recorded none, from other files, or its record
    is damaged. Only the article's own names count: each new story's names are added to every
    glossary."""
    record = workspace.read_cache(workspace.check_record_file(article_id))
    if record.get("inputs") != inputs and (contents is None or record.get("contents") != contents):
        return None
    try:
        renderings = record["renderings"]
        if not all(renderings_unchanged(renderings.get(tag, ""), glossary) for tag, glossary in glossaries.items()):
            return None
        return [Finding(*fields) for fields in record["findings"]], [str(name) for name in record["names"]]
    except (AttributeError, KeyError, TypeError):
        return None


def _forget_records_but(workspace: Workspace, article_ids: set[str]) -> None:
    """Delete the records of articles no longer in the workspace (deleted, or renamed): the
    check's, and the build's review's."""
    for folder in (workspace.check_records_folder, workspace.review_records_folder):
        for path in folder.glob("*.json") if folder.is_dir() else ():
            if path.stem not in article_ids:
                with contextlib.suppress(OSError):
                    path.unlink()


def _record(
    workspace: Workspace, article_id: str, inputs: str, contents: str, findings: list[Finding], names: list[str],
    renderings: Mapping[str, str],
) -> None:
    path = workspace.check_record_file(article_id)
    record = {"inputs": inputs, "contents": contents, "findings": [_FINDING_FIELDS(finding) for finding in findings],
              "names": names, "renderings": renderings}
    # Only a saving for the next check: a workspace it cannot write to (read-only) is checked in full each time.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        workspace.write_cache(path, record)
        _forget_reviews_of_removed_locales(workspace, article_id)


def _record_identities(workspace: Workspace, article_id: str, inputs: str, contents: str) -> None:
    """Record the identities (`inputs`) the files of these `contents` have now, so that the
    next check of a copied workspace does not digest them again."""
    path = workspace.check_record_file(article_id)
    record = workspace.read_cache(path)
    if record.get("contents") == contents:
        with contextlib.suppress(OSError):
            workspace.write_cache(path, {**record, "inputs": inputs})


def _forget_reviews_of_removed_locales(workspace: Workspace, article_id: str) -> None:
    """Delete what the build's review of the article kept of locales removed from the
    workspace since (see `record_reviews`): a check of another set of locales checks every
    article again, and so goes through them all once."""
    path = workspace.review_record_file(article_id)
    reviews = workspace.read_cache(path)
    if (present := _of_present_locales(workspace, reviews)) != reviews:
        workspace.write_cache(path, present)


def check_workspace(workspace: Workspace, locales: Sequence[Locale], article_ids: Sequence[str] = ()) -> list[Finding]:
    """Every finding of `check_articles`, in one list."""
    return [finding for findings in check_articles(workspace, locales, article_ids) for finding in findings]


def _check_article(job: _CheckJob) -> tuple[list[Finding], list[str], dict[str, str]]:
    """One article's findings, the names it protects, and by locale the renderings of its
    names the findings depend on (see RenderingsUsed); in a worker process, for large
    batches. What the build's review found in each locale (see `record_reviews`) is taken up
    where it is of the files as they are read here, by their identities or their bytes."""
    root, article_id, tags, known = job
    workspace = Workspace(root)
    glossaries: dict[str, RenderingsUsed] = {}
    try:
        article, units = workspace.load_article(article_id)
    except InputError as error:
        return [_unreadable(article_id, "", error)], [], {}
    structure = file_identity(workspace.article_file(article_id))  # once read: see `review_inputs`
    structure_digest = _digest_of_read(known, workspace.article_file(article_id), structure)
    reviews = workspace.read_cache(workspace.review_record_file(article_id))
    first_of_key = first_units(units)
    findings: list[Finding] = []
    for tag in tags:
        if not translates_into(tag, article.source_lang):
            continue
        locale = parse_locale(tag)
        path = workspace.po_file(locale, article_id)
        located = functools.partial(_located, article_id, tag, str(path))
        if not path.exists():
            findings.append(located(0, "", Issue("untranslated", f"no translation file: run `{_update_command(article, tag)}`")))
            continue
        try:
            catalog, lines = read_catalog_with_lines(path, article_id)
        except InputError as error:  # one translator's broken file keeps no other from being checked
            findings.append(_unreadable(article_id, tag, error))
            continue
        if (wrong := wrong_language(path, catalog, locale)) is not None:
            findings.append(located(wrong.line or 1, "", Issue("language", f"{wrong.message}: build will not publish it")))
        if (incomplete := incomplete_header(path, catalog)) is not None:
            findings.append(located(incomplete.line or 1, "", Issue(
                "po-header", f"{incomplete.message}: run `{_update_command(article, tag)}`, which writes them back")))
        findings.extend(located(1, "", issue) for issue in _byte_order_mark(path))
        glossary = glossaries[tag] = RenderingsUsed(_glossary(workspace, locale))
        messages = catalog.by_key()
        translation = file_identity(path)  # once read
        translation_digest = _digest_of_read(known, path, translation)
        by_contents = review_contents(structure_digest, translation_digest) if structure_digest and translation_digest else None
        reviewed = _reviewed(reviews.get(tag), review_inputs(structure, translation), by_contents, len(first_of_key))
        for unit, review in zip(first_of_key.values(), reviewed):
            message = messages.get(unit.key)
            issues = (
                check_message(unit, message, tag, glossary, source_locale=article.source_lang, reviewed=review)
                if message is not None
                else [Issue("untranslated", f"not in the PO file: run `{_update_command(article, tag)}` to update it")]
            )
            findings.extend(located(lines.get(unit.key, 0), unit.msgid, issue) for issue in issues)
    return findings, protected_names(units, article.source_lang), {tag: glossary.record() for tag, glossary in glossaries.items()}


def _digest_of_read(known: Mapping[Path, tuple[str | None, str | None]], path: Path, identity: str | None) -> str | None:
    """The digest `check_articles` took of the file before it was read (`known`), when it is
    of the bytes read: the file's `identity` once read is still the one taken before the digest."""
    before, digest = known.get(path, (None, None))
    return digest if identity is not None and before == identity else None


def _byte_order_mark(path: Path) -> list[Issue]:
    with path.open("rb") as handle:
        if handle.read(3) != codecs.BOM_UTF8:
            return []
    return [Issue("byte-order-mark", "msgfmt and the tools built on it refuse the file (1:2: syntax error): save it as UTF-8 without BOM")]


def _glossary(workspace: Workspace, locale: Locale) -> Mapping[str, str]:
    try:
        return read_glossary(workspace, locale)
    except InputError:
        return {}  # names.po cannot be read: said once, with the glossary's findings


def _update_command(article: Article, tag: str) -> str:
    """The command that brings the article's PO file of `tag` up to date: a pseudo-locale's is
    filled by `pseudo`, which extract leaves to it unless named."""
    return f"syndicate pseudo -l {tag}" if tag in PSEUDO_LOCALES else article.extract_command(tag)


def _unreadable(article_id: str, tag: str, error: InputError) -> Finding:
    # The reader's advice (msgconv for another encoding) is the fix.
    fix = error.hint or "fix it"
    return Finding(article_id, tag, error.path, error.line or 0, "", "error", "unreadable", f"{error.message}: {fix}, then check again")


def checks_listing(output_format: Literal["text", "json"] = "text") -> str:
    """Every check by its name, the errors (which keep a unit from the feed) first, each with
    its severity and what it finds: as text, a line each, or as a JSON array."""
    ordered = sorted(CHECKS.items(), key=lambda item: item[1][0] != "error")
    if output_format == "json":
        listing = [{"check": name, "severity": severity, "description": description} for name, (severity, description) in ordered]
        return json.dumps(listing, ensure_ascii=False, indent=2) + "\n"
    width = max(len(name) for name in CHECKS)
    return "".join(f"{severity:<7} {name:<{width}}  {description}\n" for name, (severity, description) in ordered)


class Report:
    """A check report, written as the findings come: as text, grouped by article and PO
    entry (`file:line`) and ending in a summary line, or as a JSON array of findings."""

    def __init__(self, output_format: Literal["text", "json"] = "text", errors_only: bool = False) -> None:
        self._json = output_format == "json"
        self._errors_only = errors_only
        self._errors = 0
        self._findings = 0
        self._shown = 0
        self._articles: set[str] = set()

    @property
    def exit_code(self) -> int:
        """1 when anything is an error, else 0: warnings alone do not fail a run."""
        return 1 if self._errors else 0

    def chunks(self, groups: Iterable[Sequence[Finding]]) -> Iterator[str]:
        """The report in pieces, one per group of findings (an article's, say) and the end."""
        if self._json:
            yield "["
        for findings in groups:
            for finding in findings:
                self._errors += finding.severity == "error"
                self._articles.add(finding.article_id)
            self._findings += len(findings)
            shown = [finding for finding in findings if finding.severity == "error"] if self._errors_only else findings
            if shown:
                yield self._json_items(shown) if self._json else self._text_lines(shown)
            self._shown += len(shown)
        yield ("\n]\n" if self._shown else "]\n") if self._json else self._summary() + "\n"

    def _json_items(self, findings: Sequence[Finding]) -> str:
        # As json.dumps(every finding, indent=2) would lay out the array, one piece at a time.
        items = (json.dumps(dataclasses.asdict(finding), ensure_ascii=False, indent=2) for finding in findings)
        return ("," if self._shown else "") + ",".join("\n  " + item.replace("\n", "\n  ") for item in items)

    @staticmethod
    def _text_lines(findings: Sequence[Finding]) -> str:
        by_article: dict[str, dict[tuple[str, str, int, str], list[Finding]]] = {}
        for finding in findings:
            entry = (finding.locale, finding.path, finding.line, finding.msgid)
            by_article.setdefault(finding.article_id, {}).setdefault(entry, []).append(finding)
        lines = []
        for article_id, entries in by_article.items():
            lines.append(article_id)
            for (locale, path, line, msgid), entry_findings in entries.items():
                where = f"{path}:{line}" if line else path
                lines.append(f"  {where} [{locale}]" + (f" {_excerpt(msgid)}" if msgid else ""))
                lines.extend(f"    {finding.severity:<7} {finding.check}: {finding.message}" for finding in entry_findings)
        return "\n".join(lines) + "\n"

    def _summary(self) -> str:
        if not self._findings:
            return "No problems found."
        articles = self._articles - {GLOSSARY_DOMAIN}
        where = [_count(len(articles), "article")] if articles else []
        where += ["the names glossary"] if GLOSSARY_DOMAIN in self._articles else []
        hidden = " (not shown)" if self._errors_only and self._findings > self._errors else ""
        return f"{_count(self._errors, 'error')}, {_count(self._findings - self._errors, 'warning')}{hidden} in {' and '.join(where)}."


# -- the checks ---------------------------------------------------------------------------

def _publish_blockers(unit: Unit, msgstr: str) -> list[Issue]:
    """What `check_translation` refuses to publish, each under its own check name."""
    return [Issue(check, problem) for check, problem in check_translation(unit, msgstr)]


def _quotations_dropped(unit: Unit, msgstr: str) -> list[Issue]:
    """A direct quotation turned into reported speech changes what the agency attributes to
    whom: it is never published (a quotation merged into another only warns)."""
    if not unit.quotations or find_quotations(beside_markers(unit, msgstr)):
        return []
    quoted = ", ".join(unit.quotations)
    return [Issue("quotation-dropped", f"the source quotes {quoted}; keep the words inside quotation marks")]


# What quotation marks hold when they set off a name, not words someone said: a club, a company,
# a paper or a party in Russian or Ukrainian copy («Реал», «Газпром», «Единая Россия»), a
# title elsewhere (“Le Monde”): up to three capitalised words or names.
_NAME_IN_MARKS = regex.compile(r"\s*(?:\{[^{}]*\}|\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)(?:\s+(?:\{[^{}]*\}|\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*)){0,2}\s*")


def _quotation_count(msgid: str, msgstr: str) -> list[Issue]:
    source, target = (_outer_quotations(text) for text in (msgid, msgstr))
    if len(source) == len(target) or not target:  # none at all: a quotation-dropped error
        return []
    # A name one side sets in quotation marks and the other writes without (Russian copy quotes
    # a club, «{Real_Madrid}»; English copy a paper, “Le Monde”) is no quotation dropped or
    # added. Only a name the other side has: a German quotation of one noun (`„Wunschdenken“`)
    # looks like a name and is what someone said.
    (more, more_text), (fewer, fewer_text) = sorted(((source, msgid), (target, msgstr)), key=lambda side: -len(side[0]))
    unquoted = _without_quotations(fewer_text)
    names = sum(1 for inner in more if _NAME_IN_MARKS.fullmatch(inner) and inner.strip() in unquoted)
    if len(more) - names == len(fewer):
        return []
    return [Issue("quotation-count", f"{_count(len(source), 'quotation')} in the source, {len(target)} in the translation")]


# The rest of a sentence, without its quotations, long enough to tell how much longer the
# translation's language writes it: a short attribution (`she said`, `と述べた`) tells nothing.
_REST_TO_COMPARE = 20
_SHORTENED = 0.5  # of the rest's ratio: a quotation that kept less than half its words, as its language writes them


def _quotations_shortened(msgid: str, msgstr: str) -> list[Issue]:
    """Each quotation of the translation less than half as long as the source's, against the
    rest of the sentence (so that German, longer, and Japanese, shorter, are each their own
    measure): words dropped from what someone said. Quotations paired in order, where both sides
    have as many; a short one (a title, a word quoted) is not measured."""
    source, target = _outer_quotations(msgid), _outer_quotations(msgstr)
    if len(source) != len(target):
        return []  # the count's to report
    source_rest, target_rest = (len(" ".join(_without_quotations(text).split())) for text in (msgid, msgstr))
    if source_rest < _REST_TO_COMPARE or not target_rest:
        return []
    ratio = target_rest / source_rest
    return [
        Issue("quotation-shortened", f"{_excerpt(translated, 40)} is {len(translated) / len(said):.0%} as long as the source's "
                                     f"{_excerpt(said, 40)}, the rest of the sentence {ratio:.0%}: translate the quotation in full")
        for said, translated in zip(source, target)
        if len(said.split()) >= 4 and len(translated) < _SHORTENED * ratio * len(said)
    ]


def _outer_quotations(text: str) -> list[str]:
    """The words of each outermost quotation of `text`, without its marks."""
    return [text[quote.start + 1 : quote.end - len(quote.close_mark)] for quote in find_quotations(text) if quote.depth == 0]


def _without_quotations(text: str) -> str:
    """`text` with its quotations blanked out."""
    for quote in find_quotations(text):
        if quote.depth == 0:
            text = text[: quote.start] + " " * (quote.end - quote.start) + text[quote.end :]
    return text


def _links(unit: Unit, msgid: str, msgstr: str) -> list[Issue]:
    """Literal URLs and e-mail addresses (not placeholders) kept exactly, where either side
    may hold one (see `may_hold_link`)."""
    source, target = (Counter((match.lastgroup, match.group()) for match in URL_OR_EMAIL.finditer(text)) for text in (msgid, msgstr))
    placeholders = {placeholder.text: placeholder.name for placeholder in unit.placeholders}
    issues = [
        Issue(kind, f"{link} is missing or changed") for kind, link in (source - target).elements()
    ]
    for kind, link in (target - source).elements():
        if link in placeholders:
            issues.append(Issue(kind, f"{link} is typed out: write {{{placeholders[link]}}} instead"))
        else:
            issues.append(Issue(kind, f"{link} is not in the source"))
    return issues


def _markup(msgid: str, msgstr: str) -> list[Issue]:
    if not (added := added_markup(msgid, msgstr)):
        return []
    return [Issue("markup", f"markup in a translation is published as text: {', '.join(added)}")]


def _unchanged(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source copied into another language of its script (see left_in_source_language):
    published as the source's language."""
    if not left_in_source_language(msgid, msgstr, source.language, target.language):
        return []
    return [Issue("unchanged", f"the translation is the source text, still in {source.get_language_name('en')}: "
                               f"translate it into {target.get_language_name('en')}")]


def _copied_source(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The source copied (`msgstr`, the same as `msgid` but for spaces around it) into a locale
    of another script (Poedit's "Copy from source"): it would be published as that language.
    One with nothing in the source's letters (names and figures only) is translated as it is."""
    if (script := script_of(target)) == (source_script := script_of(source)):
        return []
    if not regex.search(rf"\p{{{source_script}}}", URL_OR_EMAIL.sub("", prose_of(msgid))):
        return []
    return [Issue("copied-source", f"the translation is the source text, in {source_script} letters where "
                                   f"{bcp47(target)} is written in {script}: translate it")]


def _dateline_moved(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A dateline the translation gives another place than the source's (`Paris – ` → `Berlin –
    `): the item would print one place and locate the story at the other. Only a place CLDR
    knows by the name the translation prints (a city of a time zone, a country) can be told
    to be another; one it does not know (Múnich) may be the source's in its language."""
    if not (filed := dateline_places(msgid)) or not (printed := dateline_places(msgstr)):
        return []  # most units open with no dateline, and a translation may leave it to the item
    filed_at = {place.casefold() for place in filed}
    known = frozenset().union(*(places_named(place, bcp47(source)) for place in filed))
    moved = [place for place in printed
             if place.casefold() not in filed_at and (named := places_named(place, bcp47(target))) and not named & known]
    if not moved:
        return []
    return [Issue("dateline-changed", f"the translation's dateline names {', '.join(moved)}, the source's {'/'.join(filed)}: "
                                      "a story is filed where the source says it was; check the place")]


def _wrong_script(msgstr: str, target: Locale) -> list[Issue]:
    """A translation of words none of which is in the letters `target` is written in: another
    language's file saved over this one's, or Serbian typed in Cyrillic into sr-Latn. Names and
    quotations kept as written are placeholders, and no words of the translation's own."""
    scripts, letters = _letters_of(target)
    if letters.search(msgstr):  # nearly every translation: one letter of its script decides
        return []
    prose = URL_OR_EMAIL.sub("", prose_of(msgstr))
    if len(_WORD_OF_TWO_LETTERS.findall(prose)) < 2:
        return []
    tag, named = bcp47(target), " or ".join((", ".join(scripts[:-1]), scripts[-1]) if len(scripts) > 1 else scripts)
    return [Issue("wrong-script", f"no word of the translation is in {named} letters, in which {tag} is "
                                  f"written: is it another locale's text? Translate it into {tag}")]


# Languages written in more than one script where their tag names none.
_SCRIPTS_WRITING = {"ja": ("Han", "Hiragana", "Katakana"), "ko": ("Hangul", "Han"), "sr": ("Cyrillic", "Latin")}
_WORD_OF_TWO_LETTERS = regex.compile(r"\p{L}{2,}")


@functools.lru_cache(maxsize=32)
def _letters_of(target: Locale) -> tuple[tuple[str, ...], regex.Pattern[str]]:
    """The scripts `target` is written in, and a pattern finding one of their letters."""
    scripts = (script_of(target),) if target.script else _SCRIPTS_WRITING.get(target.language, (script_of(target),))
    return scripts, regex.compile("[" + "".join(rf"\p{{{script}}}" for script in scripts) + "]")


# Overrides (U+202D, U+202E) reorder what a reader sees ("Trojan Source"), and so does an
# embedding (U+202A, U+202B) or an isolate (U+2066-U+2068) left open, through the rest of the
# partner's paragraph. An embedding closed again (U+202C), as Arabic and Hebrew keyboards
# insert them, lays out only its own text, and so does an isolate closed by U+2069: the marks
# and isolates right-to-left text needs (U+200E, U+200F, U+2066-U+2069) are kept.
_BIDI_CONTROL = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_BIDI_OVERRIDES = "\u202d\u202e"
_BIDI_EMBEDDINGS = "\u202a\u202b"
_POP_DIRECTION = "\u202c"
_ISOLATES = "\u2066\u2067\u2068"
_POP_ISOLATE = "\u2069"


def _bidi_controls(msgstr: str, target: Locale) -> list[Issue]:
    """The bidi controls of a translation that has characters that are not printable."""
    if bcp47(target) in PSEUDO_LOCALES:  # ar-XB forces words right-to-left with them
        return []
    controls = _BIDI_CONTROL.findall(msgstr)
    if unclosed := _unclosed_isolate(controls):
        return [_bidi_error(unclosed, "is not closed by U+2069, and would change how the rest of the paragraph shows")]
    controls = [control for control in controls if control not in _ISOLATES and control != _POP_ISOLATE]
    if not controls:
        return []
    open_embeddings = 0
    for control in controls:
        if control in _BIDI_OVERRIDES or control == _POP_DIRECTION and not open_embeddings:
            return [_bidi_error(control, "makes the text show other than it reads")]
        open_embeddings += 1 if control in _BIDI_EMBEDDINGS else -1
    if open_embeddings:
        opened = next(control for control in reversed(controls) if control in _BIDI_EMBEDDINGS)
        return [_bidi_error(opened, "is not closed by U+202C, and would change how the rest of the paragraph shows")]
    return [Issue("bidi-embedding", f"{_character(controls[0])} … U+202C: U+2066-U+2069 isolates do the same "
                                    "without affecting the text around it")]


def _unclosed_isolate(controls: Sequence[str]) -> str | None:
    """The last isolate among `controls` that no U+2069 closes (a U+2069 closing none is
    ignored, as the bidi algorithm ignores it)."""
    opened: list[str] = []
    for control in controls:
        if control in _ISOLATES:
            opened.append(control)
        elif control == _POP_ISOLATE and opened:
            opened.pop()
    return opened[-1] if opened else None


def _bidi_error(control: str, problem: str) -> Issue:
    return Issue("bidi-control", f"{_character(control)} {problem}: use U+200F/U+200E marks or U+2066-U+2069 isolates")


def _character(character: str) -> str:
    return f"U+{ord(character):04X} ({unicodedata.name(character)})"


def _line_breaks(msgid: str, msgstr: str) -> list[Issue]:
    """msgfmt -c refuses a message whose msgid and msgstr do not both start (or end) with a
    line break; for a message with a line break on either side."""
    return [
        Issue("line-break", f"the {'source' if test(msgid) else 'translation'} {side} with a line break, the "
                            f"{'translation' if test(msgid) else 'source'} does not (msgfmt -c refuses it)")
        for side, test in (("starts", lambda text: text[:1] == "\n"), ("ends", lambda text: text[-1:] == "\n"))
        if msgstr and test(msgid) != test(msgstr)
    ]


# msgcat writes every translation it could not choose between, each under a marker line
# naming its file, and marks the entry fuzzy; clearing the flag alone would publish them all.
_MSGCAT_MARKER = "#-#-#-#-#"


def _msgcat_conflict(msgid: str, msgstr: str) -> list[Issue]:
    if _MSGCAT_MARKER not in msgstr or _MSGCAT_MARKER in msgid:
        return []
    return [Issue("msgcat-conflict", "the translation holds msgcat's #-#-#-#-# markers around two translations: "
                                     "keep the right one and delete the rest, markers included")]


def _line_break_inside(msgid: str, msgstr: str) -> list[Issue]:
    if "\n" not in msgstr.strip("\n") or "\n" in msgid.strip("\n"):
        return []
    return [Issue("line-break-inside", "the translation has a line break inside it, the source does not: "
                                       "partners' feeds print it as a space; join the lines")]


def _whitespace(msgid: str, msgstr: str) -> list[Issue]:
    """Leading or trailing space that differs (a line break that differs is `_line_breaks`'s)."""
    issues = []
    for side, test, breaks in (
        ("starts", lambda text: text[:1].isspace(), lambda text: text[:1] == "\n"),
        ("ends", lambda text: text[-1:].isspace(), lambda text: text[-1:] == "\n"),
    ):
        if test(msgid) != test(msgstr) and breaks(msgid) == breaks(msgstr):
            has, lacks = ("source", "translation") if test(msgid) else ("translation", "source")
            issues.append(Issue("whitespace", f"the {has} {side} with whitespace, the {lacks} does not"))
    return issues


# Final punctuation that means the same, whatever the script: the key is how reports show it.
_END_MARKS: Final[dict[str, str]] = {
    **dict.fromkeys(".。．।۔", "."),
    **dict.fromkeys("?？؟\u037e", "?"),
    **dict.fromkeys("!！", "!"),
    **dict.fromkeys(":：", ":"),
    **dict.fromkeys(";；", ";"),
    **dict.fromkeys(",，、", ","),
    "…": "…",
}
# The end of a sentence: punctuation, closing quotation marks and brackets, and spaces in any
# order, so `."` ↔ `“.` and French `fin ?` compare by their punctuation alone.
_ENDING = regex.compile(r"[\p{P}\s]*$")


def _end_punctuation(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    source_mark, target_mark = _end_mark(msgid, source), _end_mark(msgstr, target)
    if source_mark == target_mark:
        return []
    # `… at 9:30 a.m.`, `… Acme Corp.`: the period is the abbreviation's, which English writes
    # for the sentence's too; a translation ending `um 9:30 Uhr` drops no sentence's period.
    if source_mark == "." and not target_mark and _ends_with_an_abbreviation(msgid, source.language):
        return []
    return [Issue("end-punctuation", f"{_ending('source', source_mark)}, {_ending('translation', target_mark)}")]


def _ends_with_an_abbreviation(text: str, language: str) -> bool:
    """Whether the final period of `text` is right after one of the abbreviations of
    `language` (`_abbreviations`)."""
    ending = _ENDING.search(text).group()
    if not ending.startswith("."):
        return False
    before = text[: len(text) - len(ending)]
    return any(
        before.endswith(abbreviation) and not _joined(before[: len(before) - len(abbreviation)])
        for abbreviation in _abbreviations(language)
    )


def _joined(text: str) -> bool:
    """Whether what ends `text` would join a word after it: a letter (`the corp.`), or the
    period of a longer abbreviation (`the U.S.A.`, not `S.A.`)."""
    return text[-1:].isalpha() or text.endswith(".")


# The abbreviations that end a name, of a company or a person (`Acme Corp.`, `Martin Luther King
# Jr.`): the language's list of abbreviations also holds words a sentence ends with as often
# written out (`Sunday Mass.`, `The Sun.`), whose period is the sentence's.
_NAME_ENDINGS = frozenset({"Inc", "Corp", "Ltd", "Co", "Plc", "PLC", "LLC", "Bros", "Jr", "Sr", "Cie", "Cía", "S.A", "S.p.A", "N.V", "B.V"})


@functools.lru_cache(maxsize=16)
def _abbreviations(language: str) -> frozenset[str]:
    """The abbreviations with a period of `language` a sentence may end with: times of day
    in either case (a.m., P.M.), what closes a list (etc.) and what ends a name (Corp., Jr.)."""
    data = LANGUAGES.get(language)
    if data is None:
        return frozenset()
    clock = {form for abbreviation in data.clock_abbreviations for form in (abbreviation, abbreviation.upper())}
    return frozenset({*data.closing_abbreviations, *clock, *_NAME_ENDINGS})


def _ending(side: str, mark: str) -> str:
    return f"the {side} ends with “{mark}”" if mark else f"the {side} has no final punctuation"


def _end_mark(text: str, locale: Locale) -> str:
    ending = _ENDING.search(text).group()
    if "..." in ending or "…" in ending:
        return "…"
    for char in reversed(ending):
        if char == ";" and locale.language == "el":
            return "?"  # the Greek question mark is the semicolon
        if char in _END_MARKS:
            return _END_MARKS[char]
    return ""


# Words that correctly stand twice in a row: French reflexives, English past perfect, German
# pronouns (`dass sie sie sah`).
_LEGITIMATE_DOUBLES: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset({"nous", "vous"}),
    "en": frozenset({"had", "that"}),
    "de": frozenset({"sie"}),
}
# After a comma, a German relative pronoun before its clause's article: `Costa, die die Gewerkschaft leitet`.
_RELATIVE_BEFORE_ARTICLE: Final[dict[str, frozenset[str]]] = {"de": frozenset({"der", "die", "das", "den", "dem"})}
_DOUBLED = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)\s+(\1)(?![\p{L}\p{M}])", regex.IGNORECASE)


def _doubled_words(msgid: str, msgstr: str, target: Locale) -> list[Issue]:
    in_source = {match.group(1).casefold() for match in _DOUBLED.finditer(msgid)}
    allowed = _LEGITIMATE_DOUBLES.get(target.language, frozenset())
    relative = _RELATIVE_BEFORE_ARTICLE.get(target.language, frozenset())
    return [
        Issue("doubled-word", f"“{match.group()}”: a word written twice")
        for match in _DOUBLED.finditer(msgstr)
        if match.group(1).casefold() not in in_source | allowed
        and not (match.group(1).casefold() in relative and msgstr[: match.start()].rstrip().endswith(","))
    ]


# A translation this many times as long as its source, and longer by more than a label or a
# headline grows (`Draw` → `Unentschieden`), is another text pasted or the same one twice. A
# script of dense characters (Han, Hangul) says in one what a Latin one says in several.
_LENGTH_FACTOR, _LENGTH_FACTOR_FROM_DENSE, _LENGTH_SLACK = 3, 10, 60
_DENSE_SCRIPTS = frozenset({"Han", "Hangul"})


def _length(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    dense = script_of(source) in _DENSE_SCRIPTS and script_of(target) not in _DENSE_SCRIPTS
    factor = _LENGTH_FACTOR_FROM_DENSE if dense else _LENGTH_FACTOR
    if len(msgstr) <= max(factor * len(msgid), len(msgid) + _LENGTH_SLACK):
        return []
    return [Issue("length", f"{len(msgstr)} characters for the source's {len(msgid)}: another text pasted, or this one twice?")]


def _typed_names(
    unit: Unit, msgstr: str, source_prose: str, target_prose: str, glossary: Mapping[str, str]
) -> list[Issue]:
    """A name typed out, as in the source or as the glossary renders it, instead of or besides its placeholder."""
    issues = []
    for placeholder in unit.placeholders:
        if placeholder.kind != "name":
            continue
        field = "{" + placeholder.name + "}"
        for spelling in dict.fromkeys(filter(None, (glossary.get(placeholder.text), placeholder.text))):
            if occurrences(spelling, target_prose) <= occurrences(spelling, source_prose):
                continue
            where = f"besides {field}, which the build already fills in" if field in msgstr else f"instead of {field}"
            issues.append(Issue("glossary", f"the name “{spelling}” is typed out {where}"))
    return issues


def _glossary_findings(workspace: Workspace, locale: Locale, articles_using: Mapping[str, list[str]]) -> list[Finding]:
    """The locale's names glossary, read once: a byte-order mark it is saved with, renderings
    the build cannot use or would publish with markup as text, then names of the checked
    articles it publishes in Latin letters where the locale writes another script."""
    path = glossary_po_file(workspace, locale)
    try:
        catalog, lines = read_catalog_with_lines(path, GLOSSARY_DOMAIN) if path.exists() else (None, {})
    except InputError as error:
        return [_unreadable(GLOSSARY_DOMAIN, bcp47(locale), error)]
    if catalog is not None and (wrong := wrong_language(path, catalog, locale)) is not None:
        return [_located(GLOSSARY_DOMAIN, bcp47(locale), str(path), wrong.line or 1, "", Issue(
            "language", f"{wrong.message}: build publishes no item of {bcp47(locale)} until it is mended"))]
    # msgfmt -c, which translators run on names.po as on an article's, refuses it alike.
    marked = [_located(GLOSSARY_DOMAIN, bcp47(locale), str(path), 1, "", issue) for issue in (_byte_order_mark(path) if catalog else ())]
    if catalog is not None and (incomplete := incomplete_header(path, catalog)) is not None:
        marked.append(_located(GLOSSARY_DOMAIN, bcp47(locale), str(path), incomplete.line or 1, "", Issue(
            "po-header", f"{incomplete.message}: run `syndicate extract` on any story with `-l {bcp47(locale)}`, which writes them back")))
    try:
        renderings = read_glossary(workspace, locale)
    except InputError as error:
        if catalog is None:  # the glossary deleted
            return [_unreadable(GLOSSARY_DOMAIN, bcp47(locale), error)]
        renderings = published_renderings(catalog)  # the language's glossary, which its own findings report
    return marked + (_rendering_findings(catalog, lines, str(path), bcp47(locale)) if catalog else []) + _latin_script_findings(
        catalog, lines, str(path), locale, renderings, articles_using
    )


def _rendering_findings(catalog: Catalog, lines: Mapping[Key, int], path: str, tag: str) -> list[Finding]:
    findings = []
    for message in catalog.active():
        if not message.translated:
            continue
        located = functools.partial(_located, GLOSSARY_DOMAIN, tag, path, lines[message.key], message.msgid)
        if problem := rendering_problem(message.msgstr):
            findings.append(located(Issue("glossary-rendering", problem)))
        findings.extend(located(issue) for issue in _markup(message.msgid, message.msgstr))
    return findings


def _latin_script_findings(
    catalog: Catalog | None,
    lines: Mapping[Key, int],
    path: str,
    locale: Locale,
    renderings: Mapping[str, str],
    articles_using: Mapping[str, list[str]],
) -> list[Finding]:
    tag = bcp47(locale)
    if tag in PSEUDO_LOCALES:
        return []  # pseudo-locales keep the source's names on purpose
    entries = catalog.by_key() if catalog else {}
    # What the build publishes in Latin letters without the translator having said so: the
    # name as in the source. A confirmed rendering is the translator's word (FCリンドホルム, NOS),
    # a regional variant's own or, where it has none, its language's (zh-Hant's for zh-Hant-TW).
    as_written = latin_script_names((name for name in articles_using if name not in renderings), locale)
    findings = []
    for name in sorted(as_written, key=lambda name: lines.get((None, name), 0)):
        entry = entries.get((None, name))
        fix = (
            f"confirm the fuzzy suggestion “{entry.msgstr}”" if entry is not None and entry.fuzzy and entry.msgstr
            else "write how it is spelt there as its msgstr"
        )
        findings.append(_located(
            GLOSSARY_DOMAIN, tag, path, lines.get((None, name), 0), name,
            Issue("latin-script", f"published in Latin letters in {tag} (in {_some(articles_using[name])}): {fix}"),
        ))
    return findings


# -- helpers ------------------------------------------------------------------------------

def _some(article_ids: Sequence[str], shown: int = 3) -> str:
    """`a, b, c and 19 more`: a finding names a few articles, not every one of a large desk's."""
    if len(article_ids) <= shown + 1:
        return ", ".join(article_ids)
    return f"{', '.join(article_ids[:shown])} and {len(article_ids) - shown} more"


def _located(article_id: str, locale: str, path: str, line: int, msgid: str, issue: Issue) -> Finding:
    return Finding(article_id, locale, path, line, msgid, issue.severity, issue.check, issue.message)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _excerpt(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return f"“{flat[:width]}…”" if len(flat) > width else f"“{flat}”"
