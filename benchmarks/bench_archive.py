"""What archiving saves the desk's routine runs: a translated workspace of N articles, timed
before and after `syndicate archive` moves the oldest 90% of them out.

    .venv/bin/python benchmarks/bench_archive.py                  # 1,000 articles, de,fr,es
    .venv/bin/python benchmarks/bench_archive.py --articles 200   # a quick run

Uses bench_pipeline's corpus (same seed) and its untimed translation fill. Each routine step
(a build with nothing to do, status, check, an extract of every source again, the archived
stories' included, which stay archived) is run `--repeat` times, and its best wall and CPU time reported (user and system,
its worker processes included): the figures are of the work done, not of a busy moment of the
machine. A new story extracted and built is timed once each
time, after a first one that builds the translation memory's database. Last, in a clone of the
workspace (no .syndicate/), an agency's translation whose original is nowhere is extracted,
after a first that builds the memory's database there.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import BIN, fill_translations, translatable_pos, write_corpus  # noqa: E402

DATE = re.compile(r"^date (\d{4}-\d{2}-\d{2})", re.MULTILINE)
# An agency's German translation of an original the workspace never had: extract looks for
# the original in the workspace and in the archive before it takes it as a story of its own.
TRANSLATION = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:agency.example:20261120:elsewhere-{number}:de"
    version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="de">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="agency.example"/>
    <versionCreated>2026-11-20T09:00:00Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
    <link rel="exrel:translationOf" residref="urn:newsml:agency.example:20261120:elsewhere-{number}"/>
  </itemMeta>
  <contentMeta>
    <language tag="de"/>
    <headline>Gespräche im Hafen gehen weiter ({number})</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Die Gespräche dauerten sechs Stunden.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def run(command: Sequence[str | Path]) -> float:
    return timed(command)[0]


def timed(command: Sequence[str | Path]) -> tuple[float, float]:
    """The wall time and the CPU time (user and system, worker processes included) of a command."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(part) for part in command], check=True, capture_output=True)
    wall = time.perf_counter() - start
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime


def routine(cli: list, wire: list[Path], repeat: int) -> dict[str, tuple[float, float]]:
    steps = {
        "build (no-op)": [*cli, "build"],
        "status": [*cli, "status"],
        "check (unchanged)": [*cli, "check"],
        "extract (unchanged sources)": [*cli, "extract", *wire],
    }
    best = {}
    for name, command in steps.items():
        runs = [timed(command) for _ in range(repeat)]
        best[name] = (min(wall for wall, _ in runs), min(cpu for _, cpu in runs))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--locales", default="de,fr,es")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        wire, _ = write_corpus(args.articles + 3, work / "wire", work / "html")
        new, wire = wire[-3:], wire[:-3]
        root = work / "ws"
        root.mkdir()
        cli = [BIN / "syndicate", "--root", root]
        run([*cli, "extract", *wire, "--locales", args.locales])
        fill_translations(translatable_pos(root, args.locales.split(",")))
        run([*cli, "build"])
        before = routine(cli, wire, args.repeat)
        new_story = [*cli, "extract", new[0], "--locales", args.locales]
        memory_built = run(new_story)
        run([*cli, "build"])
        story_before = (run([*cli, "extract", new[1]]), run([*cli, "build"]))
        dates = sorted(DATE.search(path.read_text()).group(1) for path in wire)
        cutoff = dates[len(dates) * 9 // 10]
        archived = run([*cli, "archive", "--before", cutoff])
        count = sum(1 for _ in (root / "archive" / "articles").glob("*.json"))
        after = routine(cli, wire, args.repeat)  # every source again: the archived ones' stay in the archive
        story_after = (run([*cli, "extract", new[2]]), run([*cli, "build"]))
        # A clone of the workspace's repository: without .syndicate/, what extract recorded is not known.
        clone = work / "clone"
        shutil.copytree(root, clone, ignore=shutil.ignore_patterns(".syndicate"))
        translations = []
        for number in range(args.repeat + 1):
            translations.append(work / f"translation-{number}.xml")
            translations[-1].write_text(TRANSLATION.format(number=number), encoding="utf-8")
        run([BIN / "syndicate", "--root", clone, "extract", translations[0]])  # the first builds the memory's database
        clone_translation = min(timed([BIN / "syndicate", "--root", clone, "extract", path]) for path in translations[1:])
        print(f"{args.articles} articles × {args.locales}; archive --before {cutoff}: {count} archived in {archived:.2f} s")
        print(f"{'step (best of ' + str(args.repeat) + ')':32} {'wall before':>12} {'after':>8} {'CPU before':>12} {'after':>8}")
        for name in before:
            print(f"{name:32} {before[name][0]:11.2f}s {after[name][0]:7.2f}s {before[name][1]:11.2f}s {after[name][1]:7.2f}s")
        print(f"{'new story: extract':32} {story_before[0]:7.2f}s {story_after[0]:7.2f}s")
        print(f"{'new story: build':32} {story_before[1]:7.2f}s {story_after[1]:7.2f}s")
        print(f"{'agency translation, fresh clone':32} {clone_translation[0]:7.2f}s wall {clone_translation[1]:7.2f}s CPU "
              "(extract of an agency's translation whose original is nowhere, best of --repeat)")
        print(f"(the first new story's extract, which built the memory's database: {memory_built:.2f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
