"""Translation memory lookup speed and recall on a large synthetic memory.

    .venv/bin/python benchmarks/bench_memory.py            # 100,000 units, 2,000 lookups
    .venv/bin/python benchmarks/bench_memory.py --quick    # 20,000 units, 300 lookups

The memory holds news-like sentences: Zipf-distributed words (function words first), 0–3
`{placeholders}` each, and families of near-duplicates as wire copy has them. Lookups are a mix
of near variants of stored units (1–4 words changed or inflected, names renamed), exact repeats
and unseen sentences. Recall compares `best()` with a full scan scoring every unit, on a sample.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import platform
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from babel import Locale

from syndicate.catalog import Catalog, Message
from syndicate.memory import Match, MemoryEntry, TranslationMemory, prefill
from syndicate.memory_store import workspace_memory
from syndicate.pofile import write_catalog
from syndicate.workspace import Workspace

SEED = 20261125
FUNCTION_WORDS = (
    "the of to and a in said on for that is was with by at from as has have it be will are its an he she they not "
    "but after who which this were had been would their more than about over also up new last year two first"
).split()
NAMES = ["Maria_Costa", "Costa", "NOS", "Jan_de_Vries", "EU", "Hendrik_Bakker", "Euromax_Terminals", "Lowe", "Haines"]
THRESHOLD = 0.75
_FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclasses.dataclass(frozen=True)
class Corpus:
    vocabulary: list[str]
    cumulative: list[float]  # Zipf weights, for bisect sampling


def corpus(rng: random.Random, types: int = 30_000) -> Corpus:
    syllables = [c + v for c in "bcdfghklmnprstvwz" for v in "aeiou"] + ["tion", "ment", "ing", "er", "ed"]
    invented: set[str] = set()
    while len(invented) < types - len(FUNCTION_WORDS):
        invented.add("".join(rng.choices(syllables, k=rng.choice((1, 2, 2, 3, 3, 4)))))
    content_words = sorted(invented)  # sorted first: set order is not reproducible
    rng.shuffle(content_words)
    vocabulary = FUNCTION_WORDS + content_words
    cumulative = list(itertools.accumulate(1 / rank**1.05 for rank in range(1, len(vocabulary) + 1)))
    return Corpus(vocabulary, cumulative)


def words(rng: random.Random, text: Corpus, count: int) -> list[str]:
    top = text.cumulative[-1]
    return [text.vocabulary[bisect.bisect(text.cumulative, rng.random() * top)] for _ in range(count)]


def sentence(rng: random.Random, text: Corpus) -> str:
    tokens = words(rng, text, rng.randint(8, 35))
    for name in rng.sample(NAMES, rng.choice((0, 0, 1, 1, 2, 3))):
        tokens.insert(rng.randrange(len(tokens) + 1), "{" + name + "}")
    tokens[0] = tokens[0].capitalize()
    return " ".join(tokens) + rng.choice((".", ".", ".", "?", ":"))


def variant(rng: random.Random, text: Corpus, source: str, edits: int) -> str:
    """`source` with `edits` words replaced, added, dropped or inflected, and its names renamed.

    Inflected words (`strike` → `strikes`, `third` → `thirt`) are no longer the same word to the
    index, but nearly the same characters to the score: the hard case for a word index.
    """
    tokens = source.split()
    for _ in range(edits):
        position = rng.randrange(len(tokens))
        action = rng.choice(("replace", "insert", "delete", "inflect", "inflect"))
        if action == "replace" or (action == "delete" and len(tokens) < 4):
            tokens[position] = words(rng, text, 1)[0]
        elif action == "insert":
            tokens.insert(position, words(rng, text, 1)[0])
        elif action == "delete":
            del tokens[position]
        else:
            tokens[position] = tokens[position][:-1] + rng.choice(("s", "ed", "t", "ing"))
    return _FIELD.sub(lambda _: "{" + rng.choice(NAMES) + "}", " ".join(tokens))


def build_memory(rng: random.Random, text: Corpus, size: int) -> list[MemoryEntry]:
    sources: list[str] = []
    while len(sources) < size:
        if sources and rng.random() < 0.2:  # a near-duplicate of earlier copy
            sources.append(variant(rng, text, rng.choice(sources), rng.randint(1, 4)))
        else:
            sources.append(sentence(rng, text))
    # Article ids sort as the articles were written, as a workspace reads them.
    return [MemoryEntry(source, f"Ziel {index}: {source}", f"article-{index // 25:05d}") for index, source in enumerate(sources)]


def queries(rng: random.Random, text: Corpus, entries: list[MemoryEntry], count: int) -> list[str]:
    result = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.4:
            result.append(variant(rng, text, rng.choice(entries).source, rng.randint(1, 4)))
        elif roll < 0.5:
            result.append(rng.choice(entries).source)
        else:
            result.append(sentence(rng, text))
    return result


def lcs_ratio_scan(shapes: list[str], query: str) -> float:
    """The best 2·LCS/(len(a)+len(b)) over every unit: a bit-parallel LCS written out here
    (Allison–Dix), so the check does not lean on the code it checks."""
    text = _FIELD.sub("\ue000", query)
    full = (1 << len(text)) - 1
    positions: dict[str, int] = {}
    for position, char in enumerate(text):
        positions[char] = positions.get(char, 0) | 1 << position
    best = 0.0
    for shape in shapes:
        if 2 * min(len(shape), len(text)) < max(best, THRESHOLD) * (len(shape) + len(text)):
            continue
        row = full
        for char in shape:
            matches = row & positions.get(char, 0)
            row = (row + matches) | (row - matches)
        best = max(best, 2 * (len(text) - (row & full).bit_count()) / (len(text) + len(shape)))
    return best


def timed_lookups(memory: TranslationMemory, asked: list[str]) -> tuple[list[float], list[Match | None]]:
    """The seconds each `best()` took, and what it found."""
    latencies, matches = [], []
    for query in asked:
        started = time.perf_counter()
        matches.append(memory.best(query))
        latencies.append(time.perf_counter() - started)
    return latencies, matches


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 units and 300 lookups instead of 100,000 and 2,000")
    options = parser.parse_args()
    size, lookups, scanned = (20_000, 300, 50) if options.quick else (100_000, 2_000, 200)

    rng = random.Random(SEED)
    text = corpus(rng)
    entries = build_memory(rng, text, size)
    asked = queries(rng, text, entries, lookups)

    started = time.perf_counter()
    memory = TranslationMemory(entries)
    build_seconds = time.perf_counter() - started

    latencies, matches = timed_lookups(memory, asked)
    found = sum(match is not None for match in matches)

    started = time.perf_counter()
    for query in asked:
        memory.exact(query)
    exact_seconds = (time.perf_counter() - started) / len(asked)

    template = Catalog("bench", {}, tuple(Message(query) for query in asked), "de")
    started = time.perf_counter()
    prefill(template, memory)
    prefill_seconds = time.perf_counter() - started

    shapes = [_FIELD.sub("\ue000", entry.source) for entry in entries]
    scan_seconds, agreed, expected = [], 0, 0
    for query in asked[:scanned]:
        started = time.perf_counter()
        truth = lcs_ratio_scan(shapes, query)
        scan_seconds.append(time.perf_counter() - started)
        match = memory.best(query)
        if truth >= THRESHOLD:
            expected += 1
            agreed += match is not None and abs(match.score - truth) < 1e-9

    total = sum(latencies)
    print(f"python {platform.python_version()} on {platform.machine()}, seed {SEED}")
    print(f"memory: {len(memory):,} units, index built in {build_seconds:.2f} s")
    print(f"best(): {len(asked):,} lookups, {len(asked) / total:,.0f} units/s, {found} matched ≥ {THRESHOLD}")
    print(
        f"  latency ms: mean {statistics.mean(latencies) * 1e3:.2f}, p50 {percentile(latencies, 0.5) * 1e3:.2f}, "
        f"p95 {percentile(latencies, 0.95) * 1e3:.2f}, p99 {percentile(latencies, 0.99) * 1e3:.2f}, "
        f"max {max(latencies) * 1e3:.2f}"
    )
    print(f"exact(): {exact_seconds * 1e6:.2f} µs per lookup")
    print(f"prefill(): {len(asked) / prefill_seconds:,.0f} units/s")
    print(
        f"recall vs full scan on {scanned} lookups: {agreed}/{expected} best scores found; "
        f"full scan {statistics.mean(scan_seconds) * 1e3:.0f} ms per lookup"
    )
    stored_memory(entries, asked, matches)


def stored_memory(entries: list[MemoryEntry], asked: list[str], matches: list[Match | None]) -> None:
    """The same entries as a workspace keeps them: one PO file per article, the memory in
    SQLite under .syndicate/. Times its first build, a run that finds it up to date, and
    lookups, and counts the lookups whose match differs from the in-process memory's."""
    de = Locale("de")
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder))
        by_article: dict[str, list[MemoryEntry]] = {}
        for entry in entries:
            by_article.setdefault(entry.origin, []).append(entry)
        for article, mine in by_article.items():
            # A PO file holds a sentence once; the memory keeps the first translation anyway.
            first = {entry.source: entry for entry in reversed(mine)}
            messages = tuple(Message(entry.source, entry.target) for entry in mine if first[entry.source] is entry)
            write_catalog(workspace.po_file(de, article), Catalog(article, {"Language": "de"}, messages, "de"))
        started = time.perf_counter()
        workspace_memory(workspace, de)
        first_seconds = time.perf_counter() - started
        started = time.perf_counter()
        stored = workspace_memory(workspace, de)
        again_seconds = time.perf_counter() - started
        latencies, stored_matches = timed_lookups(stored, asked)
        differ = sum(stored_match != match for stored_match, match in zip(stored_matches, matches))
        size = (Path(folder) / ".syndicate" / "memory-de.sqlite3").stat().st_size
    print(
        f"stored in the workspace ({len(by_article):,} PO files, {size / 1e6:.0f} MB): first build {first_seconds:.2f} s, "
        f"up to date in {again_seconds * 1e3:.0f} ms"
    )
    print(
        f"  best() latency ms: mean {statistics.mean(latencies) * 1e3:.2f}, p95 {percentile(latencies, 0.95) * 1e3:.2f}; "
        f"{differ} of {len(asked)} matches differ from the in-process memory's"
    )


if __name__ == "__main__":
    main()
