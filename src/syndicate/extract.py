"""The extract job: source files → article structure, template and one PO per locale.

Everything is read and computed before anything is written, so a bad input stops the run
with the workspace untouched. An unchanged article rewrites nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale

from . import glossary
from .catalog import Catalog, merge, template
from .ids import bcp47, gettext_code
from .model import Article, InputError, Unit
from .names import read_name_rules
from .newsml_reader import read_newsml
from .pofile import catalog_text, equivalent, read_catalog, unchanged_template
from .units import article_units
from .fsutil import atomic_write_text
from .wire import read_wire
from .workspace import Workspace


@dataclass(frozen=True)
class ExtractedArticle:
    article: Article
    units: tuple[Unit, ...]
    written: tuple[Path, ...]  # files created or changed
    messages: int


def read_source(path: Path, default_lang: str) -> list[Article]:
    """One article from wire text, or every text item of a NewsML-G2 file."""
    data = Path(path).read_bytes()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return read_newsml(path, data)
    return [read_wire(path, data, default_lang=default_lang)]


def extract(
    workspace: Workspace,
    sources: Sequence[Path],
    locales: Sequence[Locale],
    *,
    default_lang: str = "en",
    now: dt.datetime | None = None,
) -> list[ExtractedArticle]:
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    rules = read_name_rules(workspace.root)
    articles: dict[str, Article] = {}
    for path in sources:
        for article in read_source(path, default_lang):
            if article.id in articles:
                raise InputError(
                    str(path), None, f"article id {article.id!r} is also used by {articles[article.id].source_path}",
                    "give one of them an `id` header",
                )
            articles[article.id] = dataclasses.replace(article, source_path=_shown_path(workspace, path))

    planned: list[tuple[ExtractedArticle, dict[Path, str]]] = []
    for article in articles.values():
        units = article_units(article, rules)
        messages, files = _article_files(workspace, article, units, locales, now)
        changed = {path: text for path, text in files.items() if _differs(path, text)}
        planned.append((ExtractedArticle(article, tuple(units), tuple(changed), messages), changed))

    glossary_files = _glossary_files(workspace, [(item.article, list(item.units)) for item, _ in planned], locales, now)
    for extracted, changed in planned:
        workspace.save_article(extracted.article, list(extracted.units))
        for path, text in changed.items():
            atomic_write_text(path, text)
    for path, text in glossary_files.items():
        if _differs(path, text):
            atomic_write_text(path, text)
    return [extracted for extracted, _ in planned]


def _glossary_files(
    workspace: Workspace, extracted: list[tuple[Article, list[Unit]]], locales: Sequence[Locale], now: dt.datetime
) -> dict[Path, str]:
    """The names glossary of every locale, over all articles of the workspace."""
    fresh = {article.id for article, _ in extracted}
    everything = extracted + [workspace.load_article(article_id) for article_id in workspace.article_ids() if article_id not in fresh]
    everything.sort(key=lambda pair: pair[0].id)
    source_lang = everything[0][0].source_lang if everything else "en"
    names_template = glossary.glossary_template(everything, source_lang, now)
    files: dict[Path, str] = {}
    for locale in locales:
        files.update(glossary.update_glossary(workspace, names_template, locale, now))
    return files


def _article_files(
    workspace: Workspace, article: Article, units: list[Unit], locales: Sequence[Locale], now: dt.datetime
) -> tuple[int, dict[Path, str]]:
    """How many messages the template has, and the text of every file the article needs."""
    pot_path = workspace.template_file(article.id)
    new_template = unchanged_template(template(article, units, now), pot_path)
    files = {pot_path: catalog_text(new_template)}
    for locale in locales:
        if locale.language == Locale.parse(article.source_lang.replace("-", "_")).language:
            raise InputError(
                article.source_path, None, f"{bcp47(locale)} is the article's own language ({article.source_lang})",
                "list only target locales with -l",
            )
        po_path = workspace.po_file(locale, article.id)
        existing = read_catalog(po_path, article.id) if po_path.exists() else None
        if existing is not None:
            _check_language(po_path, existing, locale)
        updated = merge(new_template, existing, locale, now)
        if existing is not None and equivalent(updated, existing):
            updated = existing
        if existing is not None:
            _never_less(po_path, existing, updated)
        files[po_path] = catalog_text(updated)
    return len(new_template.messages), files


def _check_language(path: Path, catalog: Catalog, locale: Locale) -> None:
    declared = catalog.header.get("Language", "").strip()
    if declared and declared.replace("-", "_") != gettext_code(locale):
        raise InputError(
            str(path), None, f"the PO header says Language: {declared}, but it sits in the folder for {gettext_code(locale)}",
            "move the file to its locale's folder or fix the Language header",
        )


def _never_less(path: Path, before: Catalog, after: Catalog) -> None:
    kept = {message.msgstr for message in after.messages if message.msgstr}
    lost = [message for message in before.messages if message.msgstr and message.msgstr not in kept]
    if lost:
        raise InputError(
            str(path), None, f"updating would lose {len(lost)} translation(s); nothing was written",
            "report this as a bug with the PO file attached",
        )


def _differs(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") != text
    except FileNotFoundError:
        return True


def _shown_path(workspace: Workspace, path: Path) -> str:
    """The source path as `#:` references show it: relative to the workspace when inside it."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(workspace.root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
