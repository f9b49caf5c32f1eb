"""The desk's own say over its stories: withdraw one so that it stays withdrawn whatever its
source sends next, publish it again, and find the stories partners still have whose article
record the workspace lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .fsutil import atomic_write_text, file_names
from .ids import is_article_id
from .model import Article, InputError, Unit
from .newsml import item_file_withdrawn
from .workspace import Workspace


@dataclass(frozen=True)
class DeskChange:
    article: Article  # as the next build publishes it
    changed: bool  # its article record was written (else the desk had decided so already)
    restored_from: str | None = None  # the published item a story's lost article record was written again from


def withdraw(workspace: Workspace, article_ids: Sequence[str], now: dt.datetime | None = None) -> list[DeskChange]:
    """Mark each story withdrawn by the desk: the next build withdraws it from every feed that
    has it, and no version its source sends publishes it again before `republish`. A story
    partners have whose article record is gone is taken as they have it. Every story is
    read before any is written. `now` dates a template written again (default: the clock)."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    known = set(workspace.article_ids())
    lost = stories_without_record(workspace)
    if unknown := [article_id for article_id in article_ids if article_id not in known and article_id not in lost]:
        raise workspace.no_such_articles(unknown, beyond=", nor published in its feeds")
    stories = {
        article_id: _published(workspace, article_id, now) if article_id in lost else (*workspace.load_article(article_id), None)
        for article_id in article_ids
    }
    changes = []
    for article_id, (article, units, template_text) in stories.items():
        restored_from = article.source_path if article_id in lost else None
        if template_text is not None:
            atomic_write_text(workspace.template_file(article_id), template_text)
        if article.withdrawn_by_desk:
            changes.append(DeskChange(article, changed=False))
            continue
        article = replace(article, withdrawn_by_desk=True)
        atomic_write_text(workspace.article_file(article_id), workspace.article_record(article, units))
        changes.append(DeskChange(article, changed=True, restored_from=restored_from))
    return changes


def republish(workspace: Workspace, article_ids: Sequence[str]) -> list[DeskChange]:
    """Lift the desk's withdrawal of each story: the next build publishes it as its source's
    newest version has it. A story its source withdrew too stays withdrawn, and the next build
    publishes nothing new of it: partners keep the withdrawal they have until the source
    publishes the story again. Every story is read before any is written."""
    stories = {article_id: workspace.load_article(article_id) for article_id in article_ids}
    changes = []
    for article_id, (article, units) in stories.items():
        held = article.withdrawn_by_desk
        if held:
            article = replace(article, withdrawn_by_desk=False)
            atomic_write_text(workspace.article_file(article_id), workspace.article_record(article, units))
        changes.append(DeskChange(article, changed=held))
    return changes


def stories_without_record(workspace: Workspace) -> dict[str, dict[str, bool]]:
    """The stories partners still have that the workspace has no article record of (deleted by
    hand, lost with a disk): article id → each language whose feed has an item of it, and
    whether that item is the story's withdrawal. A story every feed has withdrawn is none.
    A build leaves them as they are, neither updated nor withdrawn, as a deletion may be a mistake.
    An archived story is none: its record is in archive/."""
    if not workspace.feeds_dir.is_dir():
        return {}
    known = {*workspace.article_ids(), *workspace.archived.article_ids()}
    held: dict[str, dict[str, bool]] = {}
    for folder in sorted(workspace.feeds_dir.iterdir()):
        for name in sorted(file_names(folder)) if folder.is_dir() else ():
            article_id = name.removesuffix(".xml")
            if name.endswith(".xml") and is_article_id(article_id) and article_id not in known:
                held.setdefault(article_id, {})[folder.name] = _withdrawal(folder / name)
    return {article_id: feeds for article_id, feeds in held.items() if not all(feeds.values())}


def _withdrawal(path: Path) -> bool:
    try:
        return item_file_withdrawn(path)
    except OSError:
        return False  # cannot be read: partners may have it still


def _published(workspace: Workspace, article_id: str, now: dt.datetime) -> tuple[Article, list[Unit], str | None]:
    """A story partners have whose article record is gone, as they have it (see
    `published_article`), with its units and, when its template is gone too, the template."""
    # Only the withdrawal of a lost story needs what extracting takes.
    from .catalog import template
    from .extract import published_article, segmentation_rules
    from .names_file import read_name_rules
    from .pofile import catalog_text
    from .units import article_units

    settings = workspace.settings()
    article = published_article(workspace, article_id, settings.provider)
    if article is None:
        raise InputError(str(workspace.article_file(article_id)), None, "gone, and no feed holds an original of the story "
                         "that can be read", "put the file back, from a backup or with `syndicate extract` of its source")
    units = article_units(article, read_name_rules(workspace.root), segmentation_rules(settings.srx))
    written = workspace.template_file(article_id).exists()
    return article, units, None if written else catalog_text(template(article, units, now))
