"""The desk's own say over its stories: withdraw one so that it stays withdrawn whatever its
source sends next, and publish it again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .fsutil import atomic_write_text
from .model import Article
from .workspace import Workspace


@dataclass(frozen=True)
class DeskChange:
    article: Article  # as the next build publishes it
    changed: bool  # its article record was written (else the desk had decided so already)


def withdraw(workspace: Workspace, article_ids: Sequence[str]) -> list[DeskChange]:
    """Mark each story withdrawn by the desk: the next build withdraws it from every feed that
    has it, and no version its source sends publishes it again before `republish`. Every story
    is read before any is written."""
    stories = {article_id: workspace.load_article(article_id) for article_id in article_ids}
    changes = []
    for article_id, (article, units) in stories.items():
        if article.withdrawn_by_desk:
            changes.append(DeskChange(article, changed=False))
            continue
        article = replace(article, withdrawn_by_desk=True)
        atomic_write_text(workspace.article_file(article_id), workspace.article_record(article, units))
        changes.append(DeskChange(article, changed=True))
    return changes


def republish(workspace: Workspace, article_ids: Sequence[str]) -> list[DeskChange]:
    """Lift the desk's withdrawal of each story: the next build publishes it as its source's
    newest version has it (withdrawn still, when the source itself withdrew it). Every story
    is read before any is written."""
    stories = {article_id: workspace.load_article(article_id) for article_id in article_ids}
    changes = []
    for article_id, (article, units) in stories.items():
        held = article.withdrawn_by_desk
        if held:
            article = replace(article, withdrawn_by_desk=False)
            atomic_write_text(workspace.article_file(article_id), workspace.article_record(article, units))
        changes.append(DeskChange(article, changed=held))
    return changes
