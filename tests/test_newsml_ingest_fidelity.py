"""Agency NewsML-G2 as agencies send it: kill notices without a language, plain text written a
paragraph to a line, NITF's own byline and dateline, and the metadata partners get back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from schema import assert_valid
from test_syndication import DE, FR, agency_item, item, kill_notice, pub_status, translate

from syndicate.cli import main
from syndicate.model import InputError
from syndicate.newsml_reader import read_newsml
from syndicate.workspace import Workspace


def run(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


@pytest.fixture
def agency(newsroom: Path) -> tuple[Workspace, Path]:
    """An agency's story, extracted for German and French, translated and published."""
    workspace, source = Workspace(newsroom), agency_item(newsroom.parent)
    assert run(newsroom, "extract", "-l", "de,fr", str(source)).exit_code == 0
    for locale in (DE, FR):
        translate(workspace, locale, "harbour-talks")
    assert run(newsroom, "build").exit_code == 0
    return workspace, source


# ---- a kill notice says no language: it withdraws its story, whatever the story's ------------


@pytest.mark.parametrize("stated", ["", ' xml:lang="und"'], ids=["no xml:lang", "und"])
def test_a_kill_notice_saying_no_language_withdraws_the_story_in_every_locale(agency, stated):
    workspace, source = agency
    notice = kill_notice(4, "2026-11-23T10:00:00Z").replace(' xml:lang="en"', stated, 1).replace('<language tag="en"/>', "")
    assert 'xml:lang="en"' not in notice.partition("<itemMeta>")[0] and "<language" not in notice
    source.write_text(notice, encoding="utf-8")
    result = run(workspace.root, "extract", str(source))
    assert result.exit_code == 0, result.output
    assert "withdrawn by its source" in result.output
    assert run(workspace.root, "build").exit_code == 0
    for lang in ("en", "de", "fr"):
        root = item(workspace, lang)
        assert pub_status(root) == "stat:canceled", lang
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        assert_valid(etree.tostring(root))
    assert workspace.load_article("harbour-talks")[0].source_lang == "en"


def test_an_item_to_publish_that_says_no_language_is_still_refused(tmp_path):
    usable = kill_notice(2, "2026-11-23T10:00:00Z").replace("stat:canceled", "stat:usable")
    usable = usable.replace(' xml:lang="en"', "", 1).replace('<language tag="en"/>', "")
    path = tmp_path / "item.xml"
    path.write_text(usable.replace("</contentMeta>", "<headline>Harbour talks resume</headline></contentMeta>"), encoding="utf-8")
    with pytest.raises(InputError, match="does not say its language"):
        read_newsml(path)

