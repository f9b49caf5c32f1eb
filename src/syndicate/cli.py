"""The `syndicate` command line: a thin layer over the jobs in extract, build, status, …

Exit status: 0 success; 1 bad input, a refused or incomplete publication, or check errors;
2 wrong usage.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import ipaddress
import json
import os
import pwd
import signal
import sys
import threading
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click
from babel import Locale

from . import __version__
from .fsutil import UNWRITABLE_ERRNOS, LockTimeout, atomic_write_bytes, exclusive_lock
from .ids import PSEUDO_LOCALES, bcp47, parse_locale, primary_language
from .model import InputError
from .reports import build_failed, build_lines, extract_failed, extract_lines, without_record_lines
from .workspace import Workspace, enclosing_workspace

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

    from .status import Progress

# Each command imports the modules only it uses: a run starts in a fraction of the time it
# takes to import them all, which is most of a small incremental build.


class _Group(click.Group):
    """Turns any error into a one-line message and its exit status (a traceback only with
    --debug): 3 for a file the machine would not let it read or write, else 1."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt as interrupt:
            # As shells report a run stopped with Ctrl-C (128 + SIGINT) or with kill (128 + SIGTERM).
            click.echo("\nInterrupted: every file is whole; run the command again to finish.", err=True)
            sys.exit(128 + (signal.SIGTERM if isinstance(interrupt, _Terminated) else signal.SIGINT))
        except BrokenPipeError:
            # The reader stopped early (`syndicate status | head`): end quietly, as other tools
            # do, with stdout pointed at /dev/null so that Python's final flush cannot fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            if isinstance(error, InputError):
                message = str(error)
            elif isinstance(error, OSError) and error.filename:
                raise _FileSystemError(_file_system_message(error)) from None
            elif isinstance(error, OSError):  # no file: an address to listen on, a name to resolve
                message = error.strerror or str(error)
            else:
                message = f"unexpected {type(error).__name__}: {error} (run again with --debug for the traceback, and report it)"
            raise click.ClickException(message) from None


class _Busy(click.ClickException):
    """Another run held the workspace for longer than --lock-timeout: try again later (EX_TEMPFAIL)."""

    exit_code = 75


class _FileSystemError(click.ClickException):
    """A file the run could not read or write: the machine's to mend (access, space), not the
    desk's, and told apart by its exit status."""

    exit_code = 3


# What to do about a file the file system refused, by its errno.
_FILE_SYSTEM_FIXES = {
    errno.EACCES: "give the user running syndicate access to it and its folder",
    errno.EPERM: "give the user running syndicate access to it and its folder",
    errno.ENOSPC: "free space on its disk",
    errno.EDQUOT: "free space in the disk quota of the user running syndicate",
    errno.EROFS: "mount its file system writable",
}


def _file_system_message(error: OSError) -> str:
    where = f"{error.filename}: {error.strerror or error}"
    if (fix := _FILE_SYSTEM_FIXES.get(error.errno or 0)) is None:
        return where
    return f"{where}: {fix}, then run the command again (every file is whole: none was left half-written)"


def _progressbar(length: int, label: str) -> ProgressBar[int]:
    """A progress bar on stderr where someone watches it: a log (cron, CI) gets no bare label."""
    return click.progressbar(length=length, label=label, file=sys.stderr, hidden=not sys.stderr.isatty())


def _article_ids(workspace: Workspace, named: Sequence[str]) -> list[str]:
    """The articles named (each must be in the workspace), else all of them; an error when
    the workspace has none, nor any archived, which is also what a mistyped --root looks like."""
    every = workspace.article_ids()
    if not every and not workspace.archived.article_ids():
        # The stories partners still have of the records deleted are said all the same.
        from .desk import stories_without_record
        _warn_without_record(workspace, stories_without_record(workspace))
        if not workspace.root.is_dir():
            raise click.UsageError(f"{workspace.root}: no such folder: check --root, or make a workspace there with "
                                   "`syndicate extract FILE… -l LOCALE`")
        raise click.ClickException(f"no articles in {workspace.root}: run `syndicate extract FILE… -l LOCALE` there first, or check --root")
    unknown = sorted(set(named) - set(every))
    if unknown:
        from .archive import is_archived
        if archived := [article_id for article_id in unknown if is_archived(workspace, article_id)]:
            raise click.ClickException(f"{', '.join(archived)} is archived: `syndicate unarchive {' '.join(archived)}` brings it back first")
        raise workspace.no_such_articles(unknown)
    ids = list(named) or every
    if workspace.archive_moves_file.exists():  # only outside the lock: a writing run settles it first
        from .archive import apart_from_stopped_moves
        ids, moving = apart_from_stopped_moves(workspace, ids)
        if moving:
            click.echo(f"note: an archive or unarchive run was stopped while moving {', '.join(moving)}, left out here: the "
                       "next writing run (`syndicate build`, for one) finishes the move", err=True)
        if not ids:  # nothing left to report on (an empty list would be taken for every article)
            click.get_current_context().exit(0)
    return ids


def _locales(values: tuple[str, ...], option: str = "'-l' / '--locales'") -> list[Locale]:
    """`-l de -l fr` and `--locales de,fr` alike, validated with babel; an error names `option`."""
    tags = [tag.strip() for value in values for tag in value.split(",") if tag.strip()]
    locales: dict[str, Locale] = {}  # by BCP 47 tag: `-l de -l DE` is one locale, built once
    for tag in tags:
        try:
            locale = parse_locale(tag)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint=option) from None
        locales.setdefault(bcp47(locale), locale)
    return list(locales.values())


def _workspace_locales(workspace: Workspace, values: tuple[str, ...], option: str = "'-l' / '--locales'") -> list[Locale]:
    """The locales given with -l, each one the workspace has (a folder under locales/, or the
    language of its articles: a mistyped de-DE for de would otherwise publish a feed nobody
    translates); else every locale with a folder."""
    given = _locales(values, option)
    if not given:
        return workspace.translation_locales()
    targets = {bcp47(locale) for locale in workspace.translation_locales(pseudo=True)}
    known = targets | workspace.source_languages() if any(bcp47(locale) not in targets for locale in given) else targets
    if missing := [bcp47(locale) for locale in given if bcp47(locale) not in known]:
        # A region given or left out (de-DE for de, en for the agency's en-GB) is a slip, not a new locale.
        alike = [tag for tag in sorted(known) if primary_language(tag) == primary_language(missing[0])]
        # The articles' languages are no locales of the workspace, though -l takes them.
        hint = (f"did you mean -l {alike[0]}{'' if alike[0] in targets else ' (the language of its articles)'}?" if alike
                else f"check the -l value, or add the locale with `syndicate extract FILE… -l {missing[0]}`")
        raise click.ClickException(
            f"no locale {', '.join(missing)} in {workspace.locales_dir} (this workspace has {', '.join(sorted(targets)) or 'none'}): "
            + hint
        )
    return given


class _Terminated(KeyboardInterrupt):
    """A stop asked with SIGTERM (kill, timeout, systemd, a CI job's time limit)."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


@contextlib.contextmanager
def _workspace_lock(workspace: Workspace) -> Iterator[None]:
    """One writing run at a time per workspace; what a killed run left half-done goes first.
    A stop asked with SIGTERM ends the run as Ctrl-C does: what it staged is taken back."""
    # Signal handlers belong to the main thread (a command invoked from another, as a test
    # runner may, keeps the default).
    in_main_thread = threading.current_thread() is threading.main_thread()
    stop = signal.signal(signal.SIGTERM, _terminate) if in_main_thread else None
    try:
        with contextlib.ExitStack() as held:
            context = click.get_current_context()
            stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
            holder = f"{context.command_path} by {_user()}, process {os.getpid()}, since {stamp}"
            timeout = context.find_root().params.get("lock_timeout")
            try:
                held.enter_context(exclusive_lock(
                    workspace.lock_file, holder=holder, timeout=timeout,
                    on_wait=lambda other: click.echo(f"Waiting for another syndicate run on this workspace ({other or 'starting'})…", err=True),
                ))
            except LockTimeout as busy:
                raise _Busy(
                    f"another syndicate run holds the workspace ({busy.holder or 'starting'}); gave up after {timeout:g} s "
                    "(--lock-timeout): run again later, or stop that run if it is stuck (a run killed frees the workspace at once)"
                ) from None
            except OSError as error:
                if error.errno not in UNWRITABLE_ERRNOS:
                    raise
                folder = workspace.lock_file.parent
                raise _FileSystemError(
                    f"cannot write in {folder} ({error.strerror}), where syndicate keeps its lock: this command changes "
                    f"the workspace, which must be writable, its {folder.name} folder included, by the user running it "
                    f"({_user()}); status, check and tm export only read it"
                ) from None
            held.enter_context(workspace.writing_run())
            if workspace.archive_moves_file.exists():  # an archive or unarchive stopped half-way
                from .archive import settle
                settle(workspace)
            yield
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, stop)


def _is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _user() -> str:
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:  # a user id without a name (a container's)
        return f"user id {os.geteuid()}"


locale_option = click.option(
    "-l", "--locale", "--locales", "locale_values", multiple=True, metavar="LOCALE[,LOCALE…]",
    help="Target locale as a BCP 47 tag (de, de-AT, pt-BR, sr-Latn); repeat or separate with commas.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="syndicate")
@click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="The newsroom workspace holding locales/ and feeds/ [default: the one the current directory is in, else the current directory].",
)
@click.option("--debug", is_flag=True, help="Show a full traceback on errors.")
@click.option("--lock-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Wait this long at most for another run to free the workspace, then give up with exit status 75 [default: wait for it].")
@click.pass_context
def main(ctx: click.Context, root: Path | None, debug: bool, lock_timeout: float | None) -> None:
    """Translate and syndicate news articles: wire text or NewsML-G2 in, gettext PO files
    for translators, localised NewsML-G2 feeds out.

    \b
    Typical run:
      syndicate extract wire/*.txt -l de -l fr
      (translators edit locales/<locale>/LC_MESSAGES/<article>.po)
      syndicate status
      syndicate build

    \b
    Exit status:
      0   done (build: translations still waiting included)
      1   bad input, an item refused for an error, check errors
      2   wrong usage
      3   a file the machine would not let it read or write (rights, a full disk)
      75  another run held the workspace longer than --lock-timeout
      130, 143  stopped with Ctrl-C, SIGTERM (every file is whole)
    """
    if root is None:
        root = enclosing_workspace(Path.cwd())
        if root != Path("."):  # not where the command was run: said, so nobody wonders where files went
            click.echo(f"Workspace: {root}", err=True)
    ctx.obj = Workspace(root)


@main.command("extract")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@locale_option
@click.option("--source-lang", default="en", show_default=True, help="Source language when an article has no `lang` header.")
@click.option("--srx", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Segment with these SRX 2.0 rules (e.g. your CAT tool's) [default: [extract] srx in syndicate.toml, else built-in].")
@click.pass_obj
def extract_command(
    workspace: Workspace, files: tuple[Path, ...], locale_values: tuple[str, ...], source_lang: str, srx: Path | None
) -> None:
    """Segment articles into translation units and write the template and one PO per locale.

    FILES are wire-text articles or NewsML-G2 items (a newsMessage gives all its text
    items). A file or an item that cannot be read is skipped and said, the others are
    extracted, and the exit status is 1. A file of no text (a picture, a package) is
    skipped with a note. Without -l, the locales in syndicate.toml, else
    those already in the workspace, are updated. Unchanged articles rewrite nothing; changed units become fuzzy with the
    previous text, removed ones obsolete: no translation is ever lost. An agency item
    older than the version already extracted (a late or repeated delivery) is skipped, and
    so is the withdrawal of an article the workspace does not have.

    Where the translation memory changed the translation it offers for a sentence, the
    articles waiting for it (an empty unit, a suggestion of the memory) are filled again,
    named in FILES or not; without FILES, extract does only that.
    """
    from .extract import extract
    locales = _locales(locale_values) or _locales(workspace.settings().locales) or workspace.translation_locales()
    try:
        parse_locale(source_lang)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--source-lang'") from None
    if not (workspace.root / "locales").is_dir():  # a workspace begun, or a --root mistyped: said either way
        click.echo(f"New workspace: {workspace.root.resolve()}", err=True)
    with _workspace_lock(workspace), _progressbar(len(files), "Extracting") as bar:
        results = extract(workspace, files, locales, default_lang=source_lang, srx=srx, progress=lambda _: bar.update(1))
    for line in extract_lines(results, locales=locales, given_locales=_locales(locale_values), files_given=bool(files)):
        click.echo(line.text, err=line.to_stderr)
    if extract_failed(results):
        sys.exit(1)


@main.command("build")
@locale_option
@click.option("--threshold", type=click.FloatRange(0, 100), default=100.0, show_default=True,
              help="Publish a locale's item only when at least this percent of its units is translated and free of errors.")
@click.option("--index-limit", type=click.IntRange(min=1), default=None,
              help="List the newest N items in each feed index, and every item of the latest run however many "
                   "[default: [feed] index_limit in syndicate.toml, else 100].")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for large batches [default: one per core].")
@click.argument("articles", nargs=-1)
@click.pass_obj
def build_command(
    workspace: Workspace, locale_values: tuple[str, ...], threshold: float, index_limit: int | None,
    jobs: int | None, articles: tuple[str, ...],
) -> None:
    """Write NewsML-G2 items to feeds/<locale>/<article>.xml and a feed index per locale.

    Builds every article of the workspace (or the ARTICLES named) in every locale with a
    folder under locales/ (or the ones given with -l; a withdrawal reaches every locale the
    story was published in), plus the source-language items. The articles a run stopped
    before writing its indexes built are built again too, in its locales. Exits with status 1
    when an item was refused for an error, and says why; translations still waiting for
    their translators (or for an extract into their locale) are listed and leave the status 0.
    """
    from .build import build
    if not workspace.lock_file.exists():  # no run ever: a mistyped --root is said now, not after a wait
        _article_ids(workspace, articles)
    # The articles and locales are read again under the lock: an extract running now may add some.
    with _workspace_lock(workspace):
        locales = _workspace_locales(workspace, locale_values)
        ids = _article_ids(workspace, articles)
        with _progressbar(len(ids), "Building") as bar:
            # A run also goes through the articles a stopped run built.
            report = build(workspace, locales, article_ids=ids, threshold=threshold, index_limit=index_limit,
                           jobs=jobs, progress=lambda _: bar.update(1), planned=lambda total: setattr(bar, "length", total))
    for line in build_lines(report, threshold=threshold, article_file=workspace.article_file):
        click.echo(line.text, err=line.to_stderr)
    if build_failed(report):
        sys.exit(1)


@main.command("status")
@locale_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a table with totals per locale; json: a list of rows (article, locale, counts) for scripts, "
                   "notes on stderr.")
@click.argument("articles", nargs=-1)
@click.pass_obj
def status_command(workspace: Workspace, locale_values: tuple[str, ...], output_format: str, articles: tuple[str, ...]) -> None:
    """Show translated, fuzzy and untranslated units and source words per article and locale."""
    from .desk import stories_without_record
    from .status import locale_totals, workspace_progress
    locales = _workspace_locales(workspace, locale_values)
    ids = _article_ids(workspace, articles)
    rows = workspace_progress(workspace, locales, ids)
    for locale in locales:
        if ids and not any(row.locale == bcp47(locale) for row in rows):
            click.echo(f"note: nothing is translated into {bcp47(locale)}: it is the language of the articles", err=True)
    unreadable = [row for row in rows if row.error]
    # A broken names glossary holds back every row of its locale: said once.
    not_published = list(dict.fromkeys(row.not_published for row in rows if row.not_published))
    without_record = {} if articles else stories_without_record(workspace)
    if output_format == "json":
        click.echo(json.dumps([row.as_dict() for row in rows], indent=2, ensure_ascii=False))
        _warn_without_record(workspace, without_record)  # on stderr, which a script reading the JSON keeps apart
        _say_archived(workspace, err=True)
        sys.exit(1 if unreadable or not_published else 0)
    header = f"{'article':32} {'locale':8} {'done':>6} {'fuzzy':>6} {'todo':>6} {'words done/fuzzy/todo':>22} {'%':>6}"
    if rows:
        click.echo(header)
    for row in rows:
        mark = " unreadable" if row.error else " not published" if row.not_published else ""
        click.echo(_progress_line(row) + mark + _withdrawal_mark(row))
    if len({row.article_id for row in rows}) > 1:
        click.echo("-" * len(header))
        for total in locale_totals(rows):
            click.echo(_progress_line(total))
    _warn_without_record(workspace, without_record)
    _say_archived(workspace)
    for row in unreadable:
        click.echo(f"error: {row.error} (its units are counted as to do)", err=True)
    for problem in not_published:
        click.echo(f"error: {problem}", err=True)
    if unreadable or not_published:
        sys.exit(1)


def _say_archived(workspace: Workspace, err: bool = False) -> None:
    if count := len(workspace.archived.article_ids()):
        click.echo(f"{_stories(count)} archived in {workspace.archived.root} (not counted above; "
                   "`syndicate unarchive ARTICLE` brings one back)", err=err)


def _stories(count: int) -> str:
    return f"{count} stor{'y' if count == 1 else 'ies'}"


def _warn_without_record(workspace: Workspace, without_record: dict[str, dict[str, bool]]) -> None:
    for line in without_record_lines(without_record, workspace.article_file):
        click.echo(line.text, err=line.to_stderr)


def _withdrawal_mark(row: Progress) -> str:
    if row.withdrawn_by_desk and row.withdrawn_by_source:
        return " withdrawn by its source and by the desk: nothing to translate"
    if row.nothing_to_translate:
        return " withdrawn: nothing to translate"
    return " withdrawn by the desk" if row.withdrawn_by_desk else ""


def _progress_line(row: Progress) -> str:
    words = f"{row.translated_words}/{row.fuzzy_words}/{row.untranslated_words}"
    return f"{row.article_id:32} {row.locale:8} {row.translated:6} {row.fuzzy:6} {row.untranslated:6} {words:>22} {row.percent:6.1f}"


@main.command("withdraw")
@click.argument("articles", nargs=-1, required=True)
@click.pass_obj
def withdraw_command(workspace: Workspace, articles: tuple[str, ...]) -> None:
    """Withdraw stories from every partner, and keep them withdrawn whatever their source sends.

    The next build withdraws each ARTICLE from every feed that published it. Versions its
    source sends later (an agency's correction, the wire file extracted again) are extracted
    for the translators, not published, until `syndicate republish ARTICLE`. A story partners
    have whose article record is gone is withdrawn as they have it.
    """
    from .desk import stories_without_record, withdraw
    with _workspace_lock(workspace):
        _bring_back(workspace, articles, stories_without_record(workspace))
        changes = withdraw(workspace, articles)
    for change in changes:
        article_id = change.article.id
        if change.restored_from:
            click.echo(f"note: {article_id} had no article record (deleted?): it was written again from "
                       f"{change.restored_from}, as partners have the story", err=True)
        if change.changed:
            click.echo(f"{article_id}: withdrawn by the desk; `syndicate build` withdraws it from every feed that has it "
                       f"(`syndicate republish {article_id}` publishes it again)")
        else:
            click.echo(f"{article_id}: already withdrawn by the desk")


@main.command("republish")
@click.argument("articles", nargs=-1, required=True)
@click.pass_obj
def republish_command(workspace: Workspace, articles: tuple[str, ...]) -> None:
    """Publish again stories the desk withdrew with `syndicate withdraw`.

    The next build publishes each ARTICLE as its source's newest version has it, in every
    locale whose translation is ready. A story its source withdrew too (an agency's kill, a
    `status canceled` line) is no longer withdrawn by the desk, but stays withdrawn until
    its source says it is usable: the next build publishes nothing new of it, and partners
    keep the withdrawal they have.

    Exit status: 0 when the next build publishes every ARTICLE again (or one was not
    withdrawn); 1 when one stays withdrawn by its source, whether the desk had withdrawn it
    too or not, so that a script learns the story is not back. The other ARTICLES are
    republished all the same.
    """
    from .desk import republish
    with _workspace_lock(workspace):
        _bring_back(workspace, articles)
        changes = republish(workspace, _article_ids(workspace, articles))
    by_source = False
    for change in changes:
        article = change.article
        how = ("a usable version from the agency publishes it again" if article.meta.guid else
               "the header line `status usable` in its wire file publishes it again")
        if change.changed and article.meta.withdrawn:
            by_source = True
            kill = "the agency's kill" if article.meta.guid else "the `status canceled` line of its wire file"
            click.echo(f"{article.id}: no longer withdrawn by the desk, but {kill} still holds: the story stays withdrawn "
                       f"and `syndicate build` publishes nothing new of it ({how})", err=True)
        elif change.changed:
            version = f"version {article.meta.version} of the agency's" if article.meta.guid else "it"
            held = ", withheld as its source says" if article.meta.pub_status == "withheld" else ""
            click.echo(f"{article.id}: published again by the desk; `syndicate build` publishes {version} in every "
                       f"locale whose translation is ready{held}")
        elif article.meta.withdrawn:
            by_source = True
            click.echo(f"error: {article.id} was withdrawn by its source, not by the desk: {how}", err=True)
        else:
            click.echo(f"{article.id}: not withdrawn: nothing to publish again")
    if by_source:
        sys.exit(1)


def _bring_back(workspace: Workspace, article_ids: Sequence[str], without_record: Collection[str] = ()) -> None:
    """Unarchive those of the articles that are archived, for the desk's decision to reach
    partners (see archive.bring_back), and say so."""
    from .archive import bring_back
    try:
        brought = bring_back(workspace, article_ids, without_record)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    for article_id in brought:
        click.echo(f"note: {article_id} was archived: brought back from the archive", err=True)


@main.command("archive")
@click.argument("articles", nargs=-1)
@click.option("--before", metavar="DATE", default=None, help="Archive the stories first published before DATE (2026-11-01, or a moment in ISO 8601).")
@click.option("--older-than", metavar="AGE", default=None, help="Archive the stories first published longer ago than AGE: 30d, 6w, 12h.")
@click.option("--dry-run", is_flag=True, help="List what would be archived, and what held back, and move nothing.")
@click.option("--force", is_flag=True, help="Archive also the stories held back (an unfinished translation, changes not built, an item refused).")
@click.pass_obj
def archive_command(
    workspace: Workspace, articles: tuple[str, ...], before: str | None, older_than: str | None, dry_run: bool, force: bool
) -> None:
    """Move stories done with into archive/, out of the daily work of build, status, check and extract.

    Give the ARTICLES, or --before DATE, or --older-than AGE (by when each story was first
    published). Their items stay in feeds/ as partners have them, their translations in the
    translation memory. A story whose translation is unfinished in a locale, or whose changes
    are not built, or an item of which the last build refused for errors, is held back and
    said, unless --force. `syndicate unarchive ARTICLE`, or an
    update of the story from its source, brings one back.

    Exit status: 1 when an ARTICLE named is held back (the others are archived).
    """

    from . import archive
    if sum(bool(given) for given in (articles, before, older_than)) != 1:
        raise click.UsageError("give the ARTICLES to archive, or --before DATE, or --older-than AGE (one of them)")
    try:
        moment = (archive.parse_moment(before) if before else
                  archive.parse_age(older_than, dt.datetime.now(dt.timezone.utc)) if older_than else None)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--before'" if before else "'--older-than'") from None
    with _workspace_lock(workspace):
        run = archive.archive_stories(workspace, articles, moment, force=force, dry_run=dry_run)
    for article_id in run.already:
        click.echo(f"note: {article_id} is archived already", err=True)
    moved = {candidate.article_id for candidate in run.moved}
    for candidate in run.found:
        first = f"first published {candidate.published:%Y-%m-%d %H:%M}"
        if candidate.article_id not in moved:
            click.echo(f"held back: {candidate.article_id} ({first}): {candidate.held_back} (--force archives it all the same)",
                       err=True)
        else:
            forced = f"; {candidate.held_back}" if candidate.held_back else ""
            click.echo(f"{'would archive' if dry_run else 'archived'}: {candidate.article_id} ({first}{forced})")
    held = len(run.found) - len(run.moved)
    click.echo(f"{_stories(len(run.moved))} {'would be ' if dry_run else ''}archived"
               + (f", {held} held back" if held else "") + ".", err=True)
    if articles and held:
        sys.exit(1)


@main.command("unarchive")
@click.argument("articles", nargs=-1, required=True)
@click.pass_obj
def unarchive_command(workspace: Workspace, articles: tuple[str, ...]) -> None:
    """Bring archived stories back into the workspace, as they were archived.

    The next build publishes nothing new of one that did not change: partners have it as it is.
    """
    from .archive import unarchive_stories
    with _workspace_lock(workspace):
        run = unarchive_stories(workspace, articles)
    for article_id in run.already:
        click.echo(f"note: {article_id} is in the workspace already, not in the archive", err=True)
    for article_id in run.moved:
        click.echo(f"{article_id}: back from the archive")


@main.command("segment")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-l", "--lang", default=None, help="Segment as this language [default: the article's].")
@click.option("--srx", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Segment with these SRX 2.0 rules [default: [extract] srx in syndicate.toml, else built-in].")
@click.option("--export-srx", is_flag=True, help="Print the segmentation rules as SRX 2.0, for a CAT tool, and exit.")
@click.pass_obj
def segment_command(workspace: Workspace, file: Path | None, lang: str | None, srx: Path | None, export_srx: bool) -> None:
    """Show the translation units of an article, as translators will get them.

    Protected names, URLs and e-mails are shown ⟦like this⟧; units holding a direct
    quotation are marked with “. With --export-srx, print the rules in use as SRX instead.
    """
    from . import srx as srx_format
    from .extract import read_source, segmentation_rules
    from .names_file import read_name_rules
    from .segment import default_rules
    from .placeholders import marked_text
    from .units import article_units
    srx = srx or workspace.settings().srx
    if export_srx:
        click.echo(srx_format.export_srx(segmentation_rules(srx) or default_rules()).decode("utf-8"), nl=False)
        return
    if file is None:
        raise click.UsageError("give an article FILE, or --export-srx")
    for article in read_source(file, lang or "en", srx):
        if lang:
            article = dataclasses.replace(article, source_lang=bcp47(_locales((lang,), "'-l' / '--lang'")[0]))
        click.echo(f"{article.id} ({article.source_lang})")
        for unit in article_units(article, read_name_rules(workspace.root), segmentation_rules(srx)):
            quote = "“" if unit.quotations else " "
            click.echo(f"{unit.line:5} {unit.kind:10} {quote} {marked_text(unit, lambda placeholder: f'⟦{placeholder.text}⟧')}")


@main.command("check")
@locale_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: findings by article and unit with file:line, and a summary; json: a list of findings "
                   "for scripts (with --list-checks, the checks).")
@click.option("--errors-only", is_flag=True, help="Show only the errors, which keep items from being published; count the warnings.")
@click.option("--list-checks", is_flag=True, help="List every check by name, error or warning, and what it finds; check nothing.")
@click.argument("articles", nargs=-1)
@click.pass_obj
def check_command(
    workspace: Workspace, locale_values: tuple[str, ...], output_format: str, errors_only: bool, list_checks: bool,
    articles: tuple[str, ...],
) -> None:
    """Check translations: placeholders, quotations, numbers, URLs, punctuation, glossary…

    Reports findings grouped by article and unit with file:line. Exits with status 1 when
    there are errors (which `build` refuses to publish), 0 when there are only warnings.
    `--list-checks` says what each check's name in a report means.
    """
    from .check import Report, check_articles, checks_listing
    if list_checks:
        click.echo(checks_listing(output_format), nl=False)  # type: ignore[arg-type]
        return
    locales = _workspace_locales(workspace, locale_values)
    ids = _article_ids(workspace, articles)  # a wrong name is said before any of the report
    report = Report(output_format, errors_only)  # type: ignore[arg-type]
    for chunk in report.chunks(check_articles(workspace, locales, ids)):
        click.echo(chunk, nl=False)
    sys.exit(report.exit_code)


@main.command("pseudo")
@click.option("-l", "--locale", "tag", type=click.Choice(sorted(PSEUDO_LOCALES)), default="en-XA", show_default=True,
              help="Pseudo-locale: en-XA (accented, 35% longer, bracketed) or ar-XB (right-to-left).")
@click.pass_obj
def pseudo_command(workspace: Workspace, tag: str) -> None:
    """Fill a pseudo-locale from every template, keeping placeholders and quotations intact.

    Build it with `syndicate build -l en-XA` to test the pipeline and partners' layouts
    before any translator starts.
    """
    from . import pseudo

    with _workspace_lock(workspace):
        written = pseudo.fill_pseudo_locale(workspace, tag)
    click.echo(f"{tag}: {len(written)} file(s) written")


@main.group("tm")
def tm_group() -> None:
    """Exchange translation memories with CAT tools as TMX 1.4b.

    extract prefills new units from the workspace's translations and imported memories:
    exact matches as translated, matches above 75% as fuzzy, each with a note saying where
    it came from.
    """


@tm_group.command("import")
@click.argument("tmx_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-l", "--locale", "locale_value", required=True, help="Target locale of the memory (BCP 47).")
@click.option("--source-lang", default=None, help="Source language, when the file does not say (srclang=\"*all*\").")
@click.pass_obj
def tm_import_command(workspace: Workspace, tmx_file: Path, locale_value: str, source_lang: str | None) -> None:
    """Add the units of a TMX file to the locale's memory (locales/<locale>/memory.tmx).

    The next extract fills the units of the locale's PO files still empty, with or without
    source files: the exact matches as translated, the near ones as suggestions to review.
    """
    from . import tmx

    [locale] = _locales((locale_value,), "'-l' / '--locale'")
    with _workspace_lock(workspace):
        added = tmx.import_into_workspace(workspace, tmx_file, locale, source_lang)
    click.echo(f"{added} new unit(s) in the {bcp47(locale)} memory")


@tm_group.command("export")
@click.option("-l", "--locale", "locale_value", required=True, help="Target locale to export (BCP 47).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--source-lang", default=None,
              help="Export only the translations from this source language (any of its regions: en takes en-GB); "
                   "needed when the locale's come from several. A PO file that names none is from English.")
@click.pass_obj
def tm_export_command(workspace: Workspace, locale_value: str, output: Path | None, source_lang: str | None) -> None:
    """Export every finished translation of a locale (and its imported memory) as TMX 1.4b."""
    from . import tmx
    from .memory_store import workspace_entries

    [locale] = _workspace_locales(workspace, (locale_value,), "'-l' / '--locale'")
    source_tag, _ = tmx.workspace_sources(workspace, locale, source_lang)
    data = tmx.export_tmx(workspace_entries(workspace, locale, source_tag), source_tag, bcp47(locale))
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        atomic_write_bytes(output, data)


@main.group("partner")
def partner_group() -> None:
    """Manage the partner outlets allowed to pull feeds, and their API tokens."""


@partner_group.command("add")
@click.argument("name")
@click.option("-l", "--locales", "locale_values", multiple=True, required=True, metavar="LOCALE[,LOCALE…]",
              help="Locales the partner may read (BCP 47), e.g. --locales de,fr or -l de -l fr. A language "
                   "admits its regional feeds too: de reads de-AT and de-CH; de-AT reads only de-AT.")
@click.option("--exact", is_flag=True,
              help="Admit only the locales given, not their regional feeds: -l de --exact reads de, not de-AT.")
@click.pass_obj
def partner_add_command(workspace: Workspace, name: str, locale_values: tuple[str, ...], exact: bool) -> None:
    """Add a partner and print its new API token (shown this once, stored only hashed).

    The partner reads the feeds of the locales given, and of their regional variants: a
    partner for en also reads an agency's en-GB items (not with --exact)."""
    from . import partners

    try:
        entitled = [bcp47(locale) for locale in _locales(locale_values)]
        token = partners.add_partner(workspace.root, name, entitled, regional=not exact)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    click.echo(token)
    # Said in full because the tags stored may be spelt otherwise than given (iw is he, sr-RS sr-Cyrl-RS).
    if any(parse_locale(tag).territory is None for tag in entitled):
        regional = " (only these feeds, no regional ones)" if exact else " (each with its regional feeds)"
    else:
        regional = ""
    click.echo(f"Token for {name}, who may read {', '.join(entitled)}{regional}: give it to the partner now, it is not "
               "stored and cannot be shown again.", err=True)


@partner_group.command("list")
@click.pass_obj
def partner_list_command(workspace: Workspace) -> None:
    """List partners, their locales, and whether these admit their regional feeds
    (`regional`) or only themselves (`exact`), a partner to a line, tab-separated."""
    from . import partners

    try:
        listed = partners.list_partners(workspace.root)
    except ValueError as error:  # a damaged partners.json
        raise click.ClickException(str(error)) from None
    for partner in listed:
        click.echo(f"{partner.name}\t{','.join(partner.locales)}\t{'regional' if partner.regional else 'exact'}")


@partner_group.command("remove")
@click.argument("name")
@click.pass_obj
def partner_remove_command(workspace: Workspace, name: str) -> None:
    """Remove a partner; its token stops working at once."""
    from . import partners

    try:
        partners.remove_partner(workspace.root, name)
    except ValueError as error:
        raise click.ClickException(str(error)) from None


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (put a TLS proxy in front).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="TCP port to listen on (0: any free port, which the log names).")
@click.option("--threads", type=click.IntRange(min=1), default=16, show_default=True,
              help="Worker threads: polls answered at once. A `Task queue depth` warning (at most one a minute) "
                   "says polls waited for a thread: if it comes every minute, raise this.")
@click.option("--connection-limit", type=click.IntRange(min=1), default=500, show_default=True,
              help="Connections open at once; more wait until one closes.")
@click.option("--idle-timeout", type=click.IntRange(min=1), default=30, show_default=True,
              help="Seconds after which a connection that sends nothing is closed.")
@click.option("--trusted-proxy", metavar="ADDRESS",
              help="Address of the reverse proxy (127.0.0.1 when it runs on this machine), or * for any peer: "
                   "its forwarding header names the partner's address in the log. Off by default: anyone's "
                   "header is ignored.")
@click.option("--trusted-proxy-header", type=click.Choice(["x-forwarded-for", "forwarded"]), default="x-forwarded-for",
              show_default=True, help="The header the proxy sets: X-Forwarded-For, or RFC 7239 Forwarded.")
@click.option("--trusted-proxy-count", type=click.IntRange(min=1), default=1, show_default=True,
              help="Proxies in a row in front of the server (a CDN before nginx is 2): the address is the one "
                   "that many hops back, so one a client puts in the header itself is not believed.")
@click.pass_obj
def serve_command(
    workspace: Workspace, host: str, port: int, threads: int, connection_limit: int, idle_timeout: int,
    trusted_proxy: str | None, trusted_proxy_header: str, trusted_proxy_count: int,
) -> None:
    """Serve feeds/ read-only to partners over HTTP (waitress), with per-partner tokens.

    Logs a line per request to stderr, times in UTC. SIGINT (Ctrl-C), SIGTERM and SIGHUP
    stop the server, which logs `stopped (signal …)` and exits 128 + the signal's number
    (130, 143, 129). There is no reload, and none is needed: partner changes and new feeds
    apply at the next request."""
    import errno

    from . import server

    try:
        local = server.only_this_machine_reaches(host, port)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--host'") from None
    if not local:
        click.echo(f"warning: {host} is reachable from other machines, and partners' tokens travel in clear text: "
                   "keep it behind a TLS-terminating proxy that is the only way in (docs/serving.md)", err=True)
    if trusted_proxy is not None and trusted_proxy != "*" and not _is_ip_address(trusted_proxy):
        # waitress compares the peer's address as written: a host name would match no request, silently.
        raise click.BadParameter(f"{trusted_proxy} is no IP address: give the proxy's (127.0.0.1, ::1), or * for any peer",
                                 param_hint="'--trusted-proxy'")
    context = click.get_current_context()
    if trusted_proxy is None and any(context.get_parameter_source(name) != click.core.ParameterSource.DEFAULT
                                     for name in ("trusted_proxy_header", "trusted_proxy_count")):
        raise click.UsageError("--trusted-proxy-header and --trusted-proxy-count say how to read --trusted-proxy's "
                               "header: give its address too")
    try:
        stopped_by = server.serve(
            workspace.root, host=host, port=port, threads=threads, connection_limit=connection_limit,
            idle_timeout=idle_timeout, trusted_proxy=trusted_proxy, trusted_proxy_header=trusted_proxy_header,
            trusted_proxy_count=trusted_proxy_count,
        )
    except KeyboardInterrupt:
        stopped_by = signal.SIGINT  # Ctrl-C before the server handles signals: stopped all the same
    except ValueError as error:  # a damaged partners.json
        raise click.ClickException(str(error)) from None
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise click.ClickException(f"{host}:{port} is already in use: stop what listens there, or choose --port") from None
        raise
    # As a shell reports a command a signal stopped: 130 for Ctrl-C, as every command so stopped exits.
    click.echo("\nStopped.", err=True)
    sys.exit(128 + stopped_by)


if __name__ == "__main__":
    main()
