"""A kill notice names the story in the words partners were last sent in its locale, never in
a translation edited (or a name rendered anew) since: a corrected kill, and a first one."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from test_dead_story_edits import NAR, agency_kill, edit_headline, published, published_in_german, render_name, run

PUBLISHED_HEADLINE = "[de] Petra Lindqvist calls a dock strike in Rotterdam"


def headline(data: bytes) -> str:
    return etree.fromstring(data).findtext(f"{NAR}contentMeta/{NAR}headline")


@pytest.fixture
def story(newsroom: Path) -> Path:
    """The agency's story, published in English and German."""
    published_in_german(newsroom)
    return newsroom


def send_kill(root: Path, version: int, reason: str) -> str:
    kill = agency_kill().replace('version="2"', f'version="{version}"').replace("Legal reasons.", reason)
    (root.parent / "harbour.xml").write_text(kill, encoding="utf-8")
    run(root, "extract", str(root.parent / "harbour.xml"))
    return run(root, "build")


@pytest.mark.parametrize("edit", [edit_headline, render_name])
def test_a_corrected_kill_names_the_story_as_partners_have_it(story, edit):
    send_kill(story, 2, "Legal reasons.")
    _, first_kill, _ = published(story, "de")
    edit(story)
    output = send_kill(story, 3, "Legal reasons: court order.")
    data, version, listed = published(story, "de")
    # The corrected kill reaches partners, naming the story as their first kill did.
    assert int(version) > int(first_kill) and listed == version
    assert b"KILL. Legal reasons: court order." in data
    assert headline(data) == PUBLISHED_HEADLINE
    assert "warning: harbour [de]: withdrawn: what its translation or the names glossary says now is not published" in output
    assert "0 item(s) written" in run(story, "build")


@pytest.mark.parametrize("withdraw", ["agency", "desk"])
def test_a_translation_edited_before_the_kill_is_not_what_the_kill_names(story, withdraw):
    edit_headline(story)
    output = send_kill(story, 2, "Legal reasons.") if withdraw == "agency" else run(story, "withdraw", "harbour") + run(story, "build")
    data, _, _ = published(story, "de")
    assert headline(data) == PUBLISHED_HEADLINE
    assert "withdrawn: what its translation or the names glossary says now is not published" in output
