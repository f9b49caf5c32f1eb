"""The code itself: nothing imported and left unused, no name used that is not defined."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_pyflakes_finds_nothing_in_the_package_tests_and_benchmarks():
    result = subprocess.run(
        [sys.executable, "-m", "pyflakes", "src", "tests", "benchmarks"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
