"""Shared fixtures: the demo newsroom's wire files and gettext's own checker."""

from __future__ import annotations

import shutil
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner, Result
from hypothesis import settings

from syndicate.cli import main
from syndicate.glossary import script_of

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


def newsroom_with_story(tmp_path: Path, name: str, text: str, locales: list[str]) -> tuple[Path, Callable[..., Result]]:
    """A newsroom under `tmp_path` whose wire story `text` (saved as `name`.txt beside it) is
    extracted into `locales`, and a function running the CLI in it."""
    root, source = tmp_path / "newsroom", tmp_path / f"{name}.txt"
    root.mkdir()
    source.write_text(text, encoding="utf-8")

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)

    assert invoke("extract", str(source), *(option for locale in locales for option in ("-l", locale))).exit_code == 0
    return root, invoke


def stand_in(locale: object, msgid: str) -> str:
    """A stand-in for the translation of `msgid` into `locale` (a tag or a babel Locale): the
    source after the locale's tag, and in a locale not written in Latin letters, its own name
    too (a translation with no word in its locale's letters is refused as another's)."""
    parsed = Locale.parse(str(locale).replace("-", "_"))
    tag = str(locale) if isinstance(locale, str) else str(locale).replace("_", "-")
    if script_of(parsed) == "Latin":
        return f"[{tag}] {msgid}"
    return f"[{tag} {parsed.get_display_name(parsed)}] {msgid}"


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
