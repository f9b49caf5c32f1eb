"""Every piece of a localised item's text says the language it is in."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from babel import Locale
from lxml import etree

from conftest import msgfmt_check
from schema import assert_valid
from syndicate.build import build
from syndicate.extract import extract
from syndicate.workspace import Workspace

DE, AR = Locale("de"), Locale("ar")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STORY = """date 2026-11-20 World

Dockers voted to strike on Monday.

The vote was close. The union will meet again. Talks resume on Friday. (mk)
"""
GERMAN = {
    "Dockers voted to strike on Monday.": "Die Hafenarbeiter stimmten am Montag für einen Streik.",
    "The vote was close.": "Die Abstimmung war knapp.",
    "Talks resume on Friday.": "Die Gespräche werden am Freitag fortgesetzt.",
}
ARABIC = {
    "Dockers voted to strike on Monday.": "صوت عمال الموانئ يوم الاثنين لصالح الإضراب.",
    "The vote was close.": "كان التصويت متقاربا.",
}


def item(workspace: Workspace, lang: str, article_id: str) -> etree._Element:
    data = workspace.item_file(lang, article_id).read_bytes()
    assert_valid(data)
    return etree.fromstring(data)


def translated(workspace: Workspace, locale: Locale, article_id: str, translations: dict[str, str]) -> None:
    path = workspace.po_file(locale, article_id)
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    po.save()
    msgfmt_check(path)


@pytest.fixture
def story(newsroom: Path) -> Workspace:
    """The wire story, its first paragraph translated into German and Arabic, its second in part."""
    source = newsroom.parent / "dock-vote.txt"
    source.write_text(STORY, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [source], [DE, AR])
    translated(workspace, DE, "dock-vote", GERMAN)
    translated(workspace, AR, "dock-vote", ARABIC)
    return workspace


def test_a_wire_author_s_code_is_in_the_language_of_the_agency_that_wrote_it(story):
    """The code is the agency's reporter's initials, as an agency's item gives its creator's
    code a name in its own language: a translation does not make it German or Arabic."""
    assert not build(story, [DE, AR], threshold=0.0).refused
    names = {}
    for lang in ("en", "de", "ar"):
        (creator,) = item(story, lang, "dock-vote").iterfind(f"{NAR}contentMeta/{NAR}creator")
        (name,) = creator
        names[lang] = (creator.get("literal"), name.text, dict(name.attrib))
    assert names == {
        "en": ("mk", "mk", {}),
        "de": ("mk", "mk", {XML_LANG: "en"}),
        "ar": ("mk", "mk", {XML_LANG: "en", "dir": "ltr"}),
    }
