"""Translation progress per article and locale, counted the way translators bill: source words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from babel import Locale

from .catalog import Message, keys_digest
from .ids import bcp47, gettext_code, parse_locale, regional_parent, translates_into
from .model import InputError
from .pofile import read_catalog, wrong_language
from .words import billed_words
from .workspace import GLOSSARY_DOMAIN, Workspace

# The record of each locale's counts in .syndicate/, by gettext code.
_TRANSLATION_PROGRESS = "translation-progress"


def source_words(message: Message) -> int:
    return billed_words(message.msgid)


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
    error: str | None = None  # why the PO file could not be read: its units count as to do
    # Why the build publishes nothing of it in the locale though its units count as they are:
    # its PO file's header names another language, or the locale's names glossary cannot be used.
    not_published: str | None = None
    withdrawn: bool = False  # the story is withdrawn (killed): nothing of it is to translate…
    withdrawn_by_desk: bool = False  # …unless the desk withdrew it, and may publish it again…
    withdrawn_by_source: bool = False  # …which it cannot while its source (an agency's kill) withdrew it too

    @property
    def nothing_to_translate(self) -> bool:
        """Withdrawn for good: a story only the desk withdrew may be published again, and its
        translation still counts."""
        return self.withdrawn and (self.withdrawn_by_source or not self.withdrawn_by_desk)

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "total": self.total, "percent": round(self.percent, 1)}


def _counts(path: Path) -> dict[str, object]:
    """A PO or POT file's counts (see _tally), the digest of its messages' keys, and why the
    build would refuse a PO file that reads: its header names another locale than its folder's."""
    catalog = read_catalog(path, path.stem)
    active = catalog.active()
    wrong = wrong_language(path, catalog, parse_locale(path.parent.parent.name)) if path.suffix == ".po" else None
    return {"counts": _tally(active), "keys": keys_digest(active), **({"wrong_language": str(wrong)} if wrong else {})}


def _readable_counts(path: Path) -> dict[str, object]:
    """A PO or POT file's `_counts`, or why it cannot be read: one file a translator broke (or
    a template deleted) keeps no other from being counted."""
    try:
        return _counts(path)
    except InputError as error:
        return {"error": str(error)}
    except OSError as error:
        return {"error": f"{path}: {error.strerror} (run `syndicate extract` on the article to write it again)"}


def _article_facts(path: Path) -> dict[str, object]:
    """What status needs of an article record: its source language and whether it is withdrawn."""
    article, _ = Workspace(path.parent.parent).load_article(path.stem)
    return {"source_lang": article.source_lang, "withdrawn": article.withdrawn, "withdrawn_by_desk": article.withdrawn_by_desk,
            "withdrawn_by_source": article.meta.withdrawn}


def _tally(messages: Iterable[Message]) -> list[int]:
    """Translated, fuzzy and untranslated messages, then their source words."""
    counts = {"translated": [0, 0], "fuzzy": [0, 0], "untranslated": [0, 0]}
    for message in messages:
        state = "translated" if message.translated else "fuzzy" if message.fuzzy and message.msgstr else "untranslated"
        counts[state][0] += 1
        counts[state][1] += source_words(message)
    return [counts[state][0] for state in counts] + [counts[state][1] for state in counts]


def _tally_against(template: Path, po: Path) -> list[int]:
    """The counts of a PO that does not hold the template's messages (an entry deleted or
    its msgctxt edited since the last extract): as the build counts, by the template's."""
    translations = read_catalog(po, po.stem).by_key()
    return _tally(translations.get(message.key) or message for message in read_catalog(template, template.stem).active())


def workspace_progress(workspace: Workspace, locales: Sequence[Locale], article_ids: Sequence[str] = ()) -> list[Progress]:
    """Progress of every article (or the named ones) in every locale; where the locale has no
    PO for the article yet, the template counts, all untranslated.

    The counts of each file are kept in .syndicate/ with the file's identity and counted again
    only from the files changed since: the desk asks often, and between two asks translators
    change a few of thousands of files.
    """
    every = workspace.article_ids()
    known = set(every)
    for article_id in article_ids:
        if article_id not in known:
            raise InputError(str(workspace.article_file(article_id)), None, f"no article {article_id!r} in this workspace",
                             "run `syndicate extract` first")
    templates = workspace.derived_from_files(
        "progress-templates", {article_id: workspace.template_file(article_id) for article_id in every}, _readable_counts, dict
    )
    articles = workspace.derived_from_files(
        "progress-articles", {article_id: workspace.article_file(article_id) for article_id in article_ids or every}, _article_facts, dict
    )
    # Facts kept before they told the source's withdrawal apart cannot say whether the source
    # withdrew a story the desk withdrew too: its record can.
    for article_id, facts in articles.items():
        if facts.get("withdrawn_by_desk") and "withdrawn_by_source" not in facts:
            articles[article_id] = _article_facts(workspace.article_file(article_id))
    glossaries = _glossary_problems(workspace, locales)
    # story-9 before story-10, as the desk numbers its stories.
    rows: dict[str, list[Progress]] = {article_id: [] for article_id in sorted(article_ids or every, key=_numbers_in_order)}
    for locale in locales:
        pos = {article_id: workspace.po_file(locale, article_id) for article_id in every}
        # Not the `progress-<locale>` of before: its counts did not say which files the build refuses for their language.
        counts = workspace.derived_from_files(
            f"{_TRANSLATION_PROGRESS}-{gettext_code(locale)}", {key: po for key, po in pos.items() if po.exists()}, _readable_counts, dict
        )
        workspace.remove_replaced_records([f"progress-{gettext_code(locale)}.json"])
        glossary = glossaries[locale]
        for article_id, article_rows in rows.items():
            template, found, facts = templates[article_id], counts.get(article_id), articles[article_id]
            if found is None and not translates_into(bcp47(locale), str(facts["source_lang"])):
                continue  # an article in one of the workspace's languages is not translated into it
            # (Facts kept before the desk could withdraw a story lack the key: their records are unchanged since.)
            withdrawn = {"withdrawn": bool(facts["withdrawn"]), "withdrawn_by_desk": bool(facts.get("withdrawn_by_desk")),
                         "withdrawn_by_source": bool(facts.get("withdrawn_by_source", facts["withdrawn"]))}
            if "error" in template:  # nothing to count against
                row = Progress(article_id, bcp47(locale), *[0] * 6, error=template["error"], **withdrawn)
            elif found is not None and "error" in found:
                row = Progress(article_id, bcp47(locale), *template["counts"], error=found["error"], **withdrawn)
            else:
                if found is None:
                    tally = template["counts"]  # no PO yet: all of the template is to do
                elif found["keys"] == template["keys"]:
                    tally = found["counts"]
                else:
                    tally = _tally_against(workspace.template_file(article_id), pos[article_id])
                row = Progress(article_id, bcp47(locale), *tally, **withdrawn)
            if wrong := (found or {}).get("wrong_language"):
                held_back = f"{wrong}; nothing of {article_id} is published in the {bcp47(locale)} feed until it is mended"
            else:
                held_back = glossary
            # The build publishes a story withdrawn for good as a withdrawal, whatever its files.
            if held_back and not row.nothing_to_translate:
                row = replace(row, not_published=held_back)
            article_rows.append(row)
    workspace.remove_records_of_removed_locales(_TRANSLATION_PROGRESS, GLOSSARY_DOMAIN)
    return [row for article_rows in rows.values() for row in article_rows]


def _glossary_problems(workspace: Workspace, locales: Sequence[Locale]) -> dict[Locale, str | None]:
    """Why the build can publish nothing in each locale, its names' renderings unknown: its
    names glossary (or its language's, for a regional variant) cannot be read or names another
    language, as the build reads them; or one is deleted."""
    read = {locale: [each for each in (locale, regional_parent(locale)) if each is not None] for locale in locales}
    paths = {gettext_code(each): workspace.glossary_file(each) for readers in read.values() for each in readers}
    # Kept in .syndicate/ as the counts are: most runs find the same files fine, and read none.
    problems = workspace.derived_from_files(
        "progress-glossaries", {code: path for code, path in paths.items() if path.exists()}, _glossary_problem, str
    )
    found: dict[Locale, str | None] = {}
    for locale, readers in read.items():
        codes = [gettext_code(each) for each in readers]
        if all(code in problems for code in codes):
            problem = next(filter(None, (problems[code] for code in codes)), None)
        else:  # deleted, or none yet (a pseudo-locale has none): whether the build waits for it is the glossary's to say
            from .glossary import read_glossary  # here: it brings the modules that render names, which status needs not

            try:
                read_glossary(workspace, locale)
                problem = None
            except InputError as error:
                problem = str(error)
        found[locale] = problem and f"{problem}; nothing is published in the {bcp47(locale)} feed until it is mended"
    return found


def _glossary_problem(path: Path) -> str:
    """What the build finds wrong with one names glossary as it reads it, or nothing."""
    try:
        catalog = read_catalog(path, path.stem)
    except InputError as error:
        return str(error)
    wrong = wrong_language(path, catalog, parse_locale(path.parent.parent.name))
    return str(wrong) if wrong else ""


def locale_totals(rows: Sequence[Progress]) -> list[Progress]:
    """One row per locale adding up its articles' rows, in the order of the locales' tags
    (not the first article's, which is not translated into its own language); a story
    withdrawn for good has nothing left to translate, and adds nothing."""
    by_locale: dict[str, list[Progress]] = {}
    for row in rows:
        by_locale.setdefault(row.locale, []).append(row)
    counted = ("translated", "fuzzy", "untranslated", "translated_words", "fuzzy_words", "untranslated_words")
    return [
        Progress(f"all {len(locale_rows)} articles" if len(locale_rows) > 1 else "1 article", locale,
                 *(sum(getattr(row, name) for row in locale_rows if not row.nothing_to_translate) for name in counted))
        for locale, locale_rows in sorted(by_locale.items())
    ]


def _numbers_in_order(article_id: str) -> list[tuple[str, int]]:
    return [(text, int(digits or 0)) for text, digits in re.findall(r"(\D*)(\d*)", article_id)]

