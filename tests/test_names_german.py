"""German news copy of tests/data/german-names.txt: the names protected in it, and the
capitalised nouns, time words and institutions that stay translatable.

Items marked `known:` are what the detector still gets wrong, expected to fail (strictly: a fix
makes the test fail until the mark goes).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from syndicate.units import article_units
from syndicate.wire import read_wire

DATA = Path(__file__).parent / "data" / "german-names.txt"


@dataclass(frozen=True)
class Item:
    line: int
    text: str
    names: tuple[str, ...]
    maybe: tuple[str, ...]
    kept: tuple[str, ...]  # what stays translatable
    known: str


def load_items(path: Path = DATA) -> list[Item]:
    items: list[Item] = []
    fields: dict[str, tuple[str, ...]] = {}
    start, text = 0, ""

    def close() -> None:
        if text:
            known = " ".join(fields.pop("known", ()))
            items.append(Item(start, text, fields.pop("name", ()), fields.pop("maybe", ()), fields.pop("not", ()), known))
            assert not fields, f"{path.name}:{start}: unknown fields {sorted(fields)}"

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            key, _, values = line.strip().partition(": ")
            fields[key] = tuple(value.strip() for value in values.split(" | "))
        else:
            close()
            fields, start, text = {}, number, line
    close()
    return items


def protected(text: str, lang: str = "de") -> tuple[list[str], str]:
    """The names protected in the paragraph, each time it occurs, and its units' msgids."""
    article = read_wire("story.txt", f"date 2026-11-20 News\ntitle Schlagzeile\nlang {lang}\n\n{text}\n".encode())
    units = [unit for unit in article_units(article) if unit.kind != "headline"]
    names = [
        {placeholder.name: placeholder.text for placeholder in unit.placeholders}[field.group(1)]
        for unit in units
        for field in _PLACEHOLDER.finditer(unit.msgid)
    ]
    return names, " ".join(unit.msgid for unit in units)


_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)\}")


def scores(items: list[Item], lang: str = "de") -> tuple[float, float]:
    """Precision (the protected spans that are names) and recall (the names protected)."""
    right = protected_count = expected = 0
    for item in items:
        names = Counter(protected(item.text, lang)[0])
        right += sum((names & Counter(item.names + item.maybe)).values())
        protected_count += sum(names.values())
        expected += len(item.names) + len(item.maybe)
    return right / protected_count, right / expected


ITEMS = load_items()


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(item, id=f"line{item.line}", marks=[pytest.mark.xfail(strict=True, reason=item.known)] if item.known else [])
        for item in ITEMS
    ],
)
def test_german_news_names(item: Item):
    assert_names_of(item, "de")


def assert_names_of(item: Item, lang: str) -> None:
    """The item's names protected, each time it occurs, nothing else, and its kept words left to translate."""
    names, msgids = protected(item.text, lang)
    wrong = Counter(names) - Counter(item.names + item.maybe)
    missed = Counter(item.names) - Counter(names)
    assert not wrong, f"protected what is no name: {sorted(wrong)}"
    assert not missed, f"missed: {sorted(missed)}"
    assert [words for words in item.kept if words not in msgids] == []


def test_german_news_names_score_no_worse():
    """Before German's own rules (time words, nouns before names, inflected adjectives,
    particles that are prepositions, speakers) precision was 0.591 and recall 0.730; before
    clubs, places a colour describes, nouns after a name and `von der` without a role, 0.885
    and 0.773 on today's items. Before common given names, 0.770 recall: their items name
    people with no role or speech around them; their traps hold three given names alone, which
    no evidence makes names (`mit Anna zu Hause`), and recall on the items before them stays 0.864.
    The company a person is with (`Präsident Müller von Siemens`) is no part of the name: the
    company named alone after it is a maybe the detector leaves (0.852). Surnames with their
    particle alone (`Vizekanzler von Papen`), companies after `von` that a role or their writing
    shows (`Der Chef von Siemens`, `von BioNTech`) and idioms (`Hans Dampf`): 0.861, and 0.852
    on the items before them; their misses are companies after `von` that nothing marks (`Der
    Auftrag kam von Siemens`). A company after a person a role of its people introduces, who
    speaks for it (`Präsident Müller von Siemens sagte`), and `von der` after an office
    (`Ministerin von der Leyen`): 0.871, and 0.867 on the items before them (0.854 before). A
    full name opening a sentence with a given name English has (`Harry Kane traf zweimal`):
    0.874, and 0.871 on the items before it (0.868 before). `Der Deutsche Wetterdienst`, a public
    body English translates (the German Weather Service), is no maybe but translatable: 0.873,
    the same names protected as before."""
    precision, recall = scores(ITEMS)
    assert round(precision, 3) >= 1.0 and round(recall, 3) >= 0.873, (precision, recall)
