"""The golden-rule cases of benchmarks/golden/ as tests: every category in every language.

The cases syndicate still gets wrong are listed below and expected to fail (strictly: a fix
makes the test fail until the case leaves the list). benchmarks/README-segment.md explains them.
"""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from syndicate.segment import split_sentences

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_segment_accuracy import LANGUAGES, load_cases  # noqa: E402

KNOWN_FAILURES = {
    # An abbreviation ending a sentence before a word that is not a listed sentence starter.
    "de.tsv:19", "ru.tsv:18", "ru.tsv:24",
}

CASES = [case for lang in LANGUAGES for case in load_cases(lang)]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=f"{case.lang}.tsv:{case.line}-{case.category}",
                     marks=[pytest.mark.xfail(strict=True)] if f"{case.lang}.tsv:{case.line}" in KNOWN_FAILURES else [])
        for case in CASES
    ],
)
def test_golden_case(case):
    assert tuple(split_sentences(case.text, case.lang)) == case.expected


def test_every_category_is_covered_in_every_language():
    covered = {(case.lang, case.category) for case in CASES}
    common = {case.category for case in CASES} - {"inverted"}  # ¿…? ¡…! is Spanish only
    missing = [(lang, category) for lang in LANGUAGES for category in common if (lang, category) not in covered]
    assert not missing
