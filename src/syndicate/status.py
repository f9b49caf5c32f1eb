"""Translation progress per article and locale, counted the way translators bill: source words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import regex
from babel import Locale

from .catalog import Catalog, Message
from .ids import bcp47
from .pofile import read_catalog
from .workspace import Workspace

# A word as pocount counts it; a {placeholder} is one word.
_WORD = regex.compile(r"\{\w+\}|[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*")


def source_words(message: Message) -> int:
    return len(_WORD.findall(message.msgid))


@dataclass(frozen=True)
class Progress:
    article_id: str
    locale: str  # BCP 47
    translated: int
    fuzzy: int
    untranslated: int
    translated_words: int
    fuzzy_words: int
    untranslated_words: int

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "total": self.total, "percent": round(self.percent, 1)}


def catalog_progress(article_id: str, locale: str, catalog: Catalog) -> Progress:
    counts = {"translated": [0, 0], "fuzzy": [0, 0], "untranslated": [0, 0]}
    for message in catalog.active():
        state = "translated" if message.translated else "fuzzy" if message.fuzzy and message.msgstr else "untranslated"
        counts[state][0] += 1
        counts[state][1] += source_words(message)
    return Progress(
        article_id, locale,
        counts["translated"][0], counts["fuzzy"][0], counts["untranslated"][0],
        counts["translated"][1], counts["fuzzy"][1], counts["untranslated"][1],
    )


def workspace_progress(workspace: Workspace, locales: Sequence[Locale], article_ids: Sequence[str] = ()) -> list[Progress]:
    """Progress of every article (or the named ones) in every locale that has a PO for it."""
    rows = []
    for article_id in article_ids or workspace.article_ids():
        template = read_catalog(workspace.template_file(article_id), article_id)
        for locale in locales:
            path = workspace.po_file(locale, article_id)
            catalog = read_catalog(path, article_id) if path.exists() else template
            rows.append(catalog_progress(article_id, bcp47(locale), catalog))
    return rows
