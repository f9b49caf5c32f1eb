"""Shared fixtures: the demo newsroom's wire files and gettext's own checker."""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]

# Every run tries the same examples, so that a run fails on a change, never on a draw;
# `pytest --hypothesis-profile explore` draws new ones, many more, to look for bugs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile("repeatable")
WIRE = REPO / "wire"

# A shell starts a background job (`pytest &`, a CI step run so) with Ctrl-C ignored, which the
# commands the tests start would inherit: the tests of Ctrl-C need it as a terminal gives it.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def translate_po(root: Path, locale: str, article: str, rendered: dict[str, str]) -> None:
    """Write into the article's PO file for `locale` the translations `rendered` gives, by msgid,
    as a translator's editor saves them (polib)."""
    path = root / f"locales/{locale}/LC_MESSAGES/{article}.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = rendered.get(entry.msgid, entry.msgstr)
    po.save()


def msgfmt_check(path: Path) -> None:
    """Fail unless GNU `msgfmt -c` accepts the file (it must be installed: .ci/run installs it)."""
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext's msgfmt is required (apt-get install gettext)"
    result = subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"msgfmt -c {path}:\n{result.stderr}"


@pytest.fixture
def wire_files(tmp_path: Path) -> list[Path]:
    """Copies of the demo newsroom's wire articles, safe to edit."""
    folder = tmp_path / "wire"
    shutil.copytree(WIRE, folder)
    return sorted(folder.glob("*.txt"))


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    root = tmp_path / "newsroom"
    root.mkdir()
    return root
