"""Accuracy of syndicate's sentence segmenter against pysbd 0.3.4 on golden-rule style cases.

Run:  .venv/bin/python benchmarks/bench_segment_accuracy.py [--lang xx] [--failures [WHOSE]]

1. Golden cases: ``benchmarks/golden/<lang>.tsv``, one case a line,
   ``category<TAB>input<TAB>expected sentences joined by " ||| "``. In the input, ``\\n`` stands
   for a line break; lines starting with ``#`` and blank lines are skipped. Both segmenters
   split every input: ``syndicate.segment.split_sentences(text, lang)`` and
   ``pysbd.Segmenter(language=lang, clean=False).segment(text)`` (pysbd's pieces are
   stripped and empty ones dropped; pysbd has no Portuguese, so ``pt`` is n/a for it). A case
   passes when the list of stripped sentences equals the expected list exactly.
2. Splits inside a quotation: a boundary between two sentences that falls strictly inside a
   quotation that :func:`syndicate.quotes.find_quotations` finds in the input at depth 0. The
   boundary is located the same way for both segmenters, by finding their pieces in the input
   in order. Counted on the golden cases and on the demo articles in ``wire/*.txt`` (paragraph
   by paragraph: a paragraph is a blank-line separated block after the header, which ends at
   the first blank line).

``--failures`` prints syndicate's failing cases (with pysbd's output beside them);
``--failures pysbd`` prints pysbd's, ``--failures both`` every case either one fails. pysbd is
installed with ``pip install -e '.[bench]'``; without it, only syndicate's figures are shown.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from syndicate.quotes import find_quotations
from syndicate.segment import split_sentences

try:
    import pysbd
except ImportError:  # the comparison is skipped, our own figures are still printed
    pysbd = None

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
WIRE = HERE.parent / "wire"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")
PYSBD_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "nl", "pl", "ru"})
SEPARATOR = " ||| "
# Categories in the order the tables list them.
CATEGORIES = (
    "basic",
    "title",
    "abbreviation",
    "abbrev-end",
    "acronym",
    "initials",
    "name",
    "number",
    "ordinal",
    "ellipsis",
    "list",
    "footnote",
    "url",
    "email",
    "missing-space",
    "inverted",
    "quote-question",
    "quotation",
    "apostrophe",
    "headline",
)

Segment = Callable[[str], list[str]]


@dataclass(frozen=True)
class Case:
    lang: str
    line: int
    category: str
    text: str
    expected: tuple[str, ...]


@dataclass
class Outcome:
    case: Case
    ours: list[str]
    theirs: list[str] | None  # None where pysbd has no such language or is not installed
    ours_inside: int  # splits inside a quotation
    theirs_inside: int | None

    @property
    def ours_pass(self) -> bool:
        return self.ours == list(self.case.expected)

    @property
    def theirs_pass(self) -> bool | None:
        return None if self.theirs is None else self.theirs == list(self.case.expected)


# --- Golden files ----------------------------------------------------------------------------


def load_cases(lang: str) -> list[Case]:
    """The cases of ``golden/<lang>.tsv``; a malformed line stops the run with its number."""
    path = GOLDEN / f"{lang}.tsv"
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            sys.exit(f"{path}:{number}: expected 3 tab-separated fields, found {len(fields)}")
        category, text, expected = fields
        text = text.replace("\\n", "\n")
        pieces = tuple(piece.strip() for piece in expected.split(SEPARATOR.strip()))
        if category not in CATEGORIES:
            sys.exit(f"{path}:{number}: unknown category {category!r}")
        if locate(text, list(pieces), exact=True) is None:
            sys.exit(f"{path}:{number}: the expected sentences do not make up the input")
        cases.append(Case(lang, number, category, text, pieces))
    return cases


# --- Locating pieces and quotations ----------------------------------------------------------


def locate(text: str, pieces: list[str], exact: bool = False) -> list[tuple[int, int]] | None:
    """(start, end) of each piece, found in ``text`` in order; None if some piece is missing.

    With ``exact``, the pieces must also cover the text but for whitespace between them (the
    check on golden cases). Otherwise a piece that is not found verbatim is looked for with
    any run of whitespace matching any other (a segmenter may have normalised spaces).
    """
    spans = []
    position = 0
    for piece in pieces:
        start = text.find(piece, position)
        end = start + len(piece)
        if start < 0 or (exact and text[position:start].strip()):
            if exact or not piece:
                return None
            pattern = r"\s+".join(re.escape(word) for word in piece.split())
            match = re.compile(pattern).search(text, position)
            if match is None:
                return None
            start, end = match.span()
        spans.append((start, end))
        position = end
    if exact and text[position:].strip():
        return None
    return spans


def splits_inside_quotations(text: str, pieces: list[str]) -> int | None:
    """How many boundaries between consecutive pieces fall strictly inside a depth-0
    quotation of ``text``; None when the pieces cannot be found in the text."""
    spans = locate(text, pieces)
    if spans is None:
        return None
    quotations = [(q.start, q.end) for q in find_quotations(text) if q.depth == 0]
    count = 0
    for (_, previous_end), (next_start, _) in zip(spans, spans[1:]):
        # The boundary is the gap from previous_end to next_start: inside a quotation when
        # text stands on both sides of it within the quotation marks.
        if any(start < previous_end and next_start < end for start, end in quotations):
            count += 1
    return count


# --- Segmenters ------------------------------------------------------------------------------


# (segmenter, text) where a segmenter's pieces could not be found in the input: their splits
# are not counted, and the report says so.
UNLOCATED: list[tuple[str, str]] = []


def _inside(text: str, pieces: list[str], who: str) -> int:
    count = splits_inside_quotations(text, pieces)
    if count is None:
        UNLOCATED.append((who, text))
        return 0
    return count


def syndicate_segmenter(lang: str) -> Segment:
    return lambda text: split_sentences(text, lang)


def pysbd_segmenter(lang: str) -> Segment | None:
    if pysbd is None or lang not in PYSBD_LANGUAGES:
        return None
    segmenter = pysbd.Segmenter(language=lang, clean=False)

    def segment(text: str) -> list[str]:
        try:
            pieces = segmenter.segment(text)
        except Exception as error:  # noqa: BLE001 - a crash is a failed case, not a stop
            return [f"<pysbd raised {type(error).__name__}: {error}>"]
        return [piece.strip() for piece in pieces if piece.strip()]

    return segment


def run_language(lang: str) -> list[Outcome]:
    ours, theirs = syndicate_segmenter(lang), pysbd_segmenter(lang)
    outcomes = []
    for case in load_cases(lang):
        got = ours(case.text)
        other = theirs(case.text) if theirs is not None else None
        ours_inside = _inside(case.text, got, "syndicate")
        theirs_inside = None
        if other is not None:
            theirs_inside = _inside(case.text, other, "pysbd")
        outcomes.append(Outcome(case, got, other, ours_inside, theirs_inside))
    return outcomes


# --- Wire articles ---------------------------------------------------------------------------


def wire_paragraphs(path: Path) -> tuple[str, list[str]]:
    """(language, paragraphs) of a wire text: the header is everything up to the first blank
    line; its ``lang`` line, if any, gives the language (English otherwise)."""
    text = path.read_text(encoding="utf-8")
    header, _, body = text.partition("\n\n")
    lang = "en"
    for line in header.splitlines():
        key, _, value = line.strip().partition(" ")
        if key == "lang" and value.strip():
            lang = value.strip()
    paragraphs = [block.strip() for block in re.split(r"\n[ \t]*\n", body) if block.strip()]
    return lang, paragraphs


@dataclass
class WireResult:
    name: str
    lang: str
    paragraphs: int
    quotations: int
    ours_sentences: int
    ours_inside: int
    theirs_sentences: int | None
    theirs_inside: int | None
    examples: list[tuple[str, str, list[str]]]  # (who, paragraph, pieces) splitting a quotation


def run_wire(langs: list[str]) -> list[WireResult]:
    results = []
    for path in sorted(WIRE.glob("*.txt")):
        lang, paragraphs = wire_paragraphs(path)
        if lang not in langs:
            continue
        ours, theirs = syndicate_segmenter(lang), pysbd_segmenter(lang)
        result = WireResult(path.name, lang, len(paragraphs), 0, 0, 0, None, None, [])
        if theirs is not None:
            result.theirs_sentences = result.theirs_inside = 0
        for paragraph in paragraphs:
            result.quotations += sum(1 for q in find_quotations(paragraph) if q.depth == 0)
            for who, segment in (("syndicate", ours), ("pysbd", theirs)):
                if segment is None:
                    continue
                pieces = segment(paragraph)
                inside = _inside(paragraph, pieces, who)
                if who == "syndicate":
                    result.ours_sentences += len(pieces)
                    result.ours_inside += inside
                else:
                    result.theirs_sentences = (result.theirs_sentences or 0) + len(pieces)
                    result.theirs_inside = (result.theirs_inside or 0) + inside
                if inside:
                    result.examples.append((who, paragraph, pieces))
        results.append(result)
    return results


# --- Report ----------------------------------------------------------------------------------


def _percent(passed: int, total: int) -> str:
    return f"{100 * passed / total:.1f} %" if total else "–"


def print_tables(results: dict[str, list[Outcome]]) -> None:
    langs = list(results)
    print("Golden-rule cases: a case passes when the stripped sentences equal the expected list")
    print(f"{'lang':<12}{'cases':>6}{'syndicate':>12}{'pysbd 0.3.4':>13}")
    all_cases = all_ours = theirs_cases = theirs_passed = theirs_ours = 0
    for lang, outcomes in results.items():
        ours = sum(o.ours_pass for o in outcomes)
        all_cases += len(outcomes)
        all_ours += ours
        if any(o.theirs is not None for o in outcomes):
            theirs = sum(bool(o.theirs_pass) for o in outcomes)
            theirs_cases += len(outcomes)
            theirs_passed += theirs
            theirs_ours += ours
            theirs_text = _percent(theirs, len(outcomes))
        else:
            theirs_text = "n/a"
        print(f"{lang:<12}{len(outcomes):>6}{_percent(ours, len(outcomes)):>12}{theirs_text:>13}")
    if len(results) > 1:
        theirs_total = _percent(theirs_passed, theirs_cases) if theirs_cases == all_cases else ""
        print(f"{'all':<12}{all_cases:>6}{_percent(all_ours, all_cases):>12}{theirs_total:>13}".rstrip())
        if theirs_cases and theirs_cases != all_cases:
            missing = [lang for lang in langs if all(o.theirs is None for o in results[lang])]
            label = "all but " + ",".join(missing)
            print(
                f"{label:<12}{theirs_cases:>6}{_percent(theirs_ours, theirs_cases):>12}"
                f"{_percent(theirs_passed, theirs_cases):>13}"
            )

    width = 9
    compared = [lang for lang in langs if any(o.theirs is not None for o in results[lang])]
    note = "" if compared == langs else "; '–': pysbd not run; 'all': syndicate / cases"
    print(f"\nPer category: cases passed by syndicate / by pysbd / cases{note}")
    header = f"{'category':<15}" + "".join(f"{lang:>{width}}" for lang in langs)
    header += f"{'all':>{width}}"
    if compared != langs and compared:
        header += f"{'all but ' + ','.join(l for l in langs if l not in compared):>14}"
    print(header)
    for category in CATEGORIES:
        cells = []
        ours_all = cases_all = ours_cmp = theirs_cmp = cases_cmp = 0
        for lang in langs:
            chosen = [o for o in results[lang] if o.case.category == category]
            if not chosen:
                cells.append("")
                continue
            ours = sum(o.ours_pass for o in chosen)
            theirs = sum(bool(o.theirs_pass) for o in chosen)
            ours_all += ours
            cases_all += len(chosen)
            if lang in compared:
                ours_cmp += ours
                theirs_cmp += theirs
                cases_cmp += len(chosen)
            cells.append(f"{ours}/{theirs if lang in compared else '–'}/{len(chosen)}")
        if not cases_all:
            continue
        row = f"{category:<15}" + "".join(f"{cell:>{width}}" for cell in cells)
        if compared == langs:
            row += f"{f'{ours_all}/{theirs_cmp}/{cases_all}':>{width}}"
        else:
            row += f"{f'{ours_all}/{cases_all}':>{width}}"
            if compared:
                row += f"{f'{ours_cmp}/{theirs_cmp}/{cases_cmp}':>14}"
        print(row)

    print("\nSplits inside a quotation (golden cases)")
    print(f"{'lang':<12}{'cases':>6}{'syndicate':>12}{'pysbd 0.3.4':>13}")
    for lang, outcomes in results.items():
        ours = sum(o.ours_inside for o in outcomes)
        has_theirs = any(o.theirs is not None for o in outcomes)
        theirs = str(sum(o.theirs_inside or 0 for o in outcomes)) if has_theirs else "n/a"
        print(f"{lang:<12}{len(outcomes):>6}{ours:>12}{theirs:>13}")


def print_wire(results: list[WireResult], show_examples: bool) -> None:
    print("\nDemo articles (wire/*.txt), paragraph by paragraph: sentences / splits inside a quotation")
    print(f"{'article':<17}{'lang':<6}{'paras':>6}{'quotes':>7}{'syndicate':>14}{'pysbd 0.3.4':>14}")
    for r in results:
        ours = f"{r.ours_sentences} / {r.ours_inside}"
        theirs = "n/a" if r.theirs_sentences is None else f"{r.theirs_sentences} / {r.theirs_inside}"
        print(f"{r.name:<17}{r.lang:<6}{r.paragraphs:>6}{r.quotations:>7}{ours:>14}{theirs:>14}")
    if show_examples:
        for r in results:
            for who, paragraph, pieces in r.examples:
                print(f"\n{r.name}: {who} splits inside a quotation")
                print(f"  input | {_show(paragraph)}")
                for piece in pieces:
                    print(f"    got | {_show(piece)}")


def _show(piece: str) -> str:
    return piece.replace("\n", "\\n")


def print_failures(results: dict[str, list[Outcome]], whose: str) -> None:
    for lang, outcomes in results.items():
        failing = [
            o
            for o in outcomes
            if (whose in ("syndicate", "both") and not o.ours_pass)
            or (whose in ("pysbd", "both") and o.theirs_pass is False)
        ]
        if not failing:
            continue
        print(f"\n=== {lang}: {len(failing)} failing ({whose})")
        for o in failing:
            marks = f"syndicate {'ok' if o.ours_pass else 'FAIL'}"
            if o.theirs is not None:
                marks += f", pysbd {'ok' if o.theirs_pass else 'FAIL'}"
            print(f"\n[{o.case.category}] golden/{lang}.tsv:{o.case.line} ({marks})")
            print(f"  input     | {_show(o.case.text)}")
            for piece in o.case.expected:
                print(f"  expected  | {_show(piece)}")
            for piece in o.ours:
                print(f"  syndicate | {_show(piece)}")
            for piece in o.theirs or []:
                print(f"  pysbd     | {_show(piece)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    parser.add_argument(
        "--failures",
        nargs="?",
        const="syndicate",
        choices=("syndicate", "pysbd", "both"),
        help="print the failing cases (syndicate's unless told otherwise)",
    )
    args = parser.parse_args()
    langs = [args.lang] if args.lang else list(LANGUAGES)
    results = {lang: run_language(lang) for lang in langs}
    print_tables(results)
    wire = run_wire(langs)
    if wire:
        print_wire(wire, show_examples=bool(args.failures))
    for who, text in UNLOCATED:
        print(f"\nwarning: {who}'s sentences not found in the input, splits not counted: {_show(text)}")
    if pysbd is None:
        print("\npysbd is not installed: pip install -e '.[bench]' to compare")
    if args.failures:
        print_failures(results, args.failures)


if __name__ == "__main__":
    main()
