"""The build job: article structure + PO files → NewsML-G2 items and a feed per locale.

Item versions follow content: an item is rewritten, with its version raised, only when what
it says changes; rebuilding unchanged input changes no byte.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from lxml import etree

from .catalog import Catalog
from .fsutil import atomic_write_bytes
from .glossary import read_glossary
from .ids import bcp47
from .localise import Localisation, Target, UnitProblem, localise
from .model import Article, InputError, OriginalRef, Unit
from .newsml import feed_bytes, item_bytes
from .pofile import read_catalog
from .workspace import Workspace

NAR = "http://iptc.org/std/nar/2006-10-01/"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class ItemOutcome:
    article_id: str
    lang: str
    path: Path | None  # the item file, None when nothing is published
    written: bool = False  # created or changed by this run
    version: int = 0
    problems: tuple[UnitProblem, ...] = ()
    note: str | None = None  # why it was not published, or what it mixes in
    refused: bool = False


@dataclass
class BuildReport:
    outcomes: list[ItemOutcome] = field(default_factory=list)
    indexes: list[Path] = field(default_factory=list)

    @property
    def refused(self) -> list[ItemOutcome]:
        return [outcome for outcome in self.outcomes if outcome.refused]


def build(
    workspace: Workspace,
    locales: Sequence[Locale],
    *,
    article_ids: Sequence[str] | None = None,
    threshold: float = 100.0,
    index_limit: int | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> BuildReport:
    settings = workspace.settings()
    ids = list(article_ids) if article_ids else workspace.article_ids()
    report = BuildReport()
    glossaries = {bcp47(locale): read_glossary(workspace, locale) for locale in locales}
    for article_id in ids:
        progress(article_id)
        article, units = workspace.load_article(article_id)
        created = _template_created(workspace, article)
        first_created = article.meta.first_created or dt.datetime.combine(article.date, dt.time(), dt.timezone.utc)
        source_guid = article.meta.guid or f"urn:newsml:{settings.provider}:{article.date:%Y%m%d}:{article.id}"
        source = _publish(
            workspace, article, units, None, Target(article.source_lang),
            guid=source_guid, provider=settings.provider, version_created=created,
            first_created=first_created, threshold=0.0, first_version=article.meta.version,
        )
        report.outcomes.append(source)
        original = OriginalRef(
            guid=source_guid, version=source.version, lang=article.source_lang,
            headline=_source_headline(article, units), href=f"../{article.source_lang}/{article.id}.xml",
        )
        for locale in locales:
            lang = bcp47(locale)
            po_path = workspace.po_file(locale, article_id)
            if not po_path.exists():
                report.outcomes.append(ItemOutcome(article_id, lang, None, note=f"no translation file {po_path}", refused=True))
                continue
            catalog = read_catalog(po_path, article_id)
            translated = max(created, _po_revised(catalog) or created)
            report.outcomes.append(
                _publish(
                    workspace, article, units, catalog,
                    Target(lang, "rtl" if locale.character_order == "right-to-left" else "ltr", glossaries[lang]),
                    guid=f"{source_guid}:{lang}", provider=settings.provider, version_created=translated,
                    first_created=first_created, threshold=threshold, original=original,
                )
            )
    for lang in dict.fromkeys([outcome.lang for outcome in report.outcomes]):
        index = _write_index(workspace, lang, index_limit)
        if index:
            report.indexes.append(index)
    return report


def _publish(
    workspace: Workspace,
    article: Article,
    units: list[Unit],
    catalog: Catalog | None,
    target: Target,
    *,
    guid: str,
    provider: str,
    version_created: dt.datetime,
    first_created: dt.datetime,
    threshold: float,
    original: OriginalRef | None = None,
    first_version: int = 1,
) -> ItemOutcome:
    path = workspace.item_file(target.lang, article.id)
    previous = _previous_item(path)
    version = previous[0] if previous else first_version
    localisation: Localisation = localise(
        article, units, catalog, target, guid=guid, version=version, provider=provider,
        version_created=previous[1] if previous else version_created, first_created=first_created,
        threshold=threshold, original=original,
    )
    if localisation.article is None:
        kept = " (the previously published version stays)" if previous else ""
        return ItemOutcome(article.id, target.lang, path if previous else None, problems=localisation.problems,
                           note=(localisation.reason or "") + kept, refused=True)
    data = _item_bytes(path, localisation.article)
    if previous and data != previous[2]:
        # Content changed: a new version, stamped with the time of the newest input.
        bumped = dataclasses.replace(
            localisation.article, version=previous[0] + 1, version_created=max(version_created, previous[1])
        )
        data = _item_bytes(path, bumped)
        version += 1
    written = atomic_write_bytes(path, data)
    return ItemOutcome(article.id, target.lang, path, written, version, localisation.problems, localisation.reason)


def _item_bytes(path: Path, localised) -> bytes:  # type: ignore[no-untyped-def]
    try:
        return item_bytes(localised)
    except ValueError as error:
        raise InputError(str(path), None, f"cannot write the item: {error}") from None


def _previous_item(path: Path) -> tuple[int, dt.datetime, bytes] | None:
    """Version, versionCreated and bytes of the item already published at `path`."""
    try:
        data = path.read_bytes()
        root = etree.fromstring(data, _SAFE_PARSER)
        created = root.findtext(f"{{{NAR}}}itemMeta/{{{NAR}}}versionCreated")
        return int(root.get("version", "1")), dt.datetime.fromisoformat(created or ""), data
    except (OSError, etree.XMLSyntaxError, ValueError):
        return None  # missing or damaged: this run writes it afresh


def _write_index(workspace: Workspace, lang: str, limit: int | None) -> Path | None:
    folder = workspace.feed_dir(lang)
    items = []
    for article_id in workspace.article_ids():
        previous = _previous_item(workspace.item_file(lang, article_id))
        if previous:
            items.append((previous[1], article_id, previous[2]))
    if not items:
        return None
    items.sort(key=lambda item: (item[0], item[1]), reverse=True)
    if limit:
        items = items[:limit]
    path = folder / "index.xml"
    atomic_write_bytes(path, feed_bytes(lang, [data for _, _, data in items], sent=items[0][0]))
    return path


def _template_created(workspace: Workspace, article: Article) -> dt.datetime:
    if article.meta.version_created:
        return article.meta.version_created
    header = read_catalog(workspace.template_file(article.id), article.id).header
    return _po_date(header.get("POT-Creation-Date", "")) or dt.datetime.combine(article.date, dt.time(), dt.timezone.utc)


def _po_revised(catalog: Catalog) -> dt.datetime | None:
    return _po_date(catalog.header.get("PO-Revision-Date", ""))


def _po_date(value: str) -> dt.datetime | None:
    """gettext's `2024-05-02 14:30+0200`; None for the template placeholder or garbage."""
    try:
        return dt.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M%z")
    except ValueError:
        return None


def _source_headline(article: Article, units: list[Unit]) -> str:
    return article.blocks[0].text
