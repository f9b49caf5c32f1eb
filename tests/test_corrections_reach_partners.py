"""An agency's correction, kill or change of terms reaches every partner that has the story:
one whose language tag the agency changed (`en-US`, then `en`), and one whose translation
is still catching up with the update."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from click.testing import CliRunner, Result
from lxml import etree

from schema import assert_valid
from syndicate.cli import main

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
GUID = "urn:newsml:wire.example:20261127:dock-deal"

ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="{version}"
    standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="{item_lang}">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <rightsInfo>
    <copyrightHolder literal="wire.example"><name>Wire Example Ltd</name></copyrightHolder>
    <copyrightNotice>Copyright 2026 Wire Example Ltd</copyrightNotice>
    <usageTerms>{terms}</usageTerms>
  </rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="wire.example"/>
    <versionCreated>2026-11-27T{hour}:00:00Z</versionCreated>
    <firstCreated>2026-11-27T08:30:00Z</firstCreated>{embargo}
    <pubStatus qcode="stat:{status}"/>{note}
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>{language}
    <headline>Dockers and port operators agree a deal in Rotterdam</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <p>Dockers and port operators agreed a three-year contract on Friday, ending a strike that lasted {days} days.</p>
        <p>The union said the deal was published in full on its website.</p>
      </body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""


def agency_item(
    folder: Path, version: int, *, lang: str = "en", tagged: str | None = None, status: str = "usable", days: str = "nine",
    terms: str = "Licensed partners only.", note: str | None = None, embargo: str | None = None,
) -> Path:
    """The agency's item, version `version`, in `lang` (xml:lang; `tagged`: the language
    contentMeta says, where it says one)."""
    path = folder / f"dock-deal-v{version}.xml"
    path.write_text(ITEM.format(
        guid=GUID, version=version, item_lang=lang, status=status, days=days, terms=terms, hour=f"{8 + version:02d}",
        language=f'\n    <language tag="{tagged}"/>' if tagged else "",
        note=f"\n    <edNote>{note}</edNote>" if note else "",
        embargo=f"\n    <embargoed>{embargo}</embargoed>" if embargo else "",
    ), encoding="utf-8")
    return path


@pytest.fixture
def desk(tmp_path: Path):
    root = tmp_path / "newsroom"
    root.mkdir()

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)

    return root, invoke


def translate_all(root: Path) -> None:
    """Every German message translated (a fuzzy one anew), as a translator finishes the file."""
    path = root / "locales/de/LC_MESSAGES/dock-deal.po"
    po = polib.pofile(str(path))
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = f"DE: {entry.msgid}"
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            entry.previous_msgid = None
    po.save()


def item(root: Path, lang: str) -> etree._Element:
    data = (root / f"feeds/{lang}/dock-deal.xml").read_bytes()
    assert_valid(data)
    return etree.fromstring(data)


def status(element: etree._Element) -> str:
    return element.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode")


def listed(root: Path, lang: str) -> list[tuple[str, int, str]]:
    """What the feed's index lists: each item's guid, version and status."""
    data = (root / f"feeds/{lang}/index.xml").read_bytes()
    assert_valid(data)
    return [(entry.get("guid"), int(entry.get("version")), status(entry))
            for entry in etree.fromstring(data).iter(f"{NAR}newsItem")]


def published(root: Path, invoke, source: Path, *, translated: bool = True) -> Result:
    assert invoke("extract", str(source), "-l", "de").exit_code == 0
    if translated:
        translate_all(root)
    result = invoke("build")
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("retagged", [{"lang": "en"}, {"lang": "en-US", "tagged": "en"}],
                         ids=["xml-lang", "language-element"])
def test_a_correction_tagged_in_another_language_withdraws_the_story_from_the_feed_that_had_it(desk, tmp_path, retagged):
    root, invoke = desk
    published(root, invoke, agency_item(tmp_path, 1, lang="en-US"))
    assert listed(root, "en-US") == [(GUID, 1, "stat:usable")]
    result = published(root, invoke, agency_item(tmp_path, 2, days="ten", **retagged))
    # Partners of en-US had the uncorrected story: their CMS takes it down on a withdrawal.
    withdrawn = item(root, "en-US")
    assert (withdrawn.get("guid"), status(withdrawn)) == (GUID, "stat:canceled")
    assert "nine days" not in etree.tostring(withdrawn, encoding="unicode")
    notes = [note.text for note in withdrawn.iterfind(f"{NAR}itemMeta/{NAR}edNote")]
    assert any("en" in note and "feed" in note for note in notes), notes
    assert listed(root, "en-US") == [(GUID, int(withdrawn.get("version")), "stat:canceled")]
    # The corrected story goes on in the feed of its language, at a version above the
    # withdrawal's: a partner of both feeds keeps the correction, not the withdrawal.
    corrected = item(root, "en")
    assert (corrected.get("guid"), status(corrected)) == (GUID, "stat:usable")
    assert "ten days" in etree.tostring(corrected, encoding="unicode")
    assert int(corrected.get("version")) > int(withdrawn.get("version")) > 1
    assert listed(root, "en") == [(GUID, int(corrected.get("version")), "stat:usable")]
    assert "withdrawn from this feed" in result.output and "could not be read" not in result.output
    # Nothing is written again until the agency sends more.
    again = invoke("build")
    assert again.exit_code == 0 and again.output.startswith("0 item(s) written"), again.output
    # The kill reaches the feed of the story's language and the translation's.
    published(root, invoke, agency_item(tmp_path, 3, status="canceled", note="KILL: legal reasons.", **retagged))
    for lang in ("en", "en-US", "de"):
        assert status(item(root, lang)) == "stat:canceled", lang
    assert int(item(root, "en").get("version")) > int(corrected.get("version"))
    assert item(root, "en-US").get("version") == withdrawn.get("version"), "partners have its withdrawal"



def test_a_story_retagged_into_a_language_it_was_translated_into_withdraws_the_translation_it_replaces(desk, tmp_path):
    root, invoke = desk
    published(root, invoke, agency_item(tmp_path, 1, lang="en"))
    assert listed(root, "de") == [(f"{GUID}:de", 1, "stat:usable")]
    # The agency sends the story again, in German: its own item takes the translation's place.
    assert invoke("extract", str(agency_item(tmp_path, 2, lang="de", days="ten"))).exit_code == 0
    result = invoke("build")
    assert result.exit_code == 0, result.output
    own = item(root, "de")
    assert (own.get("guid"), status(own)) == (GUID, "stat:usable")
    # Partners of de had syndicate's translation under its own guid: they are told to take it
    # down, in a withdrawal that names the agency's item, and both are in the index.
    withdrawal_file = next((root / "feeds/de").glob("*-withdrawn.xml"))
    withdrawal = etree.fromstring(withdrawal_file.read_bytes())
    assert_valid(etree.tostring(withdrawal))
    assert (withdrawal.get("guid"), withdrawal.get("version"), status(withdrawal)) == (f"{GUID}:de", "2", "stat:canceled")
    assert any(GUID in note.text and "replaced" in note.text for note in withdrawal.iterfind(f"{NAR}itemMeta/{NAR}edNote"))
    assert sorted(listed(root, "de")) == sorted([(GUID, int(own.get("version")), "stat:usable"), (f"{GUID}:de", 2, "stat:canceled")])
    assert "translated before the agency sent the story in this language, is withdrawn" in result.output
    again = invoke("build")
    assert again.exit_code == 0 and again.output.startswith("0 item(s) written"), again.output
    assert sorted(listed(root, "de")) == sorted([(GUID, int(own.get("version")), "stat:usable"), (f"{GUID}:de", 2, "stat:canceled")])


def test_a_kill_of_a_story_retagged_before_it_was_built_again_reaches_the_feed_that_has_it(desk, tmp_path):
    root, invoke = desk
    published(root, invoke, agency_item(tmp_path, 1, lang="en-US"))
    assert invoke("extract", str(agency_item(tmp_path, 2, lang="en", days="ten")), "-l", "de").exit_code == 0
    result = published(root, invoke, agency_item(tmp_path, 3, lang="en", status="canceled", note="KILL: legal reasons."),
                       translated=False)
    killed = item(root, "en-US")
    assert (killed.get("guid"), killed.get("version"), status(killed)) == (GUID, "2", "stat:canceled")
    assert "KILL: legal reasons." in [note.text for note in killed.iterfind(f"{NAR}itemMeta/{NAR}edNote")]
    assert killed.findtext(f"{NAR}contentMeta/{NAR}headline") == "Dockers and port operators agree a deal in Rotterdam"
    assert listed(root, "en-US") == [(GUID, 2, "stat:canceled")]
    assert [(guid, state) for guid, _, state in listed(root, "de")] == [(f"{GUID}:de", "stat:canceled")]
    # Partners of en never had the story: they learn nothing of it.
    assert not (root / "feeds/en").exists()
    assert result.output.startswith("2 item(s) written")
    again = invoke("build")
    assert again.exit_code == 0 and again.output.startswith("0 item(s) written, 2 unchanged"), again.output


def body(element: etree._Element) -> list[str]:
    return [paragraph.text for paragraph in element.iter("{http://www.w3.org/1999/xhtml}p")]


def translated_from(element: etree._Element) -> tuple[str, str]:
    """The version of the original the item links as the one it translates, and its note saying so."""
    [link] = [link for link in element.iterfind(f"{NAR}itemMeta/{NAR}link") if link.get("rel", "").endswith("translationOf")]
    [note] = [note.text for note in element.iterfind(f"{NAR}itemMeta/{NAR}edNote") if note.text.startswith("Translated from")]
    return link.get("version"), note


def usage_terms(element: etree._Element) -> list[str]:
    return [terms.text for terms in element.iterfind(f"{NAR}rightsInfo/{NAR}usageTerms")]


@pytest.mark.parametrize("notice", [
    {"terms": "Licensed partners only. No online use."},
    {"note": "Rights restricted: no online use."},
    {"embargo": "2026-11-30T06:00:00Z"},
], ids=["stricter-terms", "note-to-editors", "later-embargo"])
def test_a_notice_sent_with_a_correction_reaches_partners_with_the_translation_they_have(desk, tmp_path, notice):
    root, invoke = desk
    published(root, invoke, agency_item(tmp_path, 1))
    result = published(root, invoke, agency_item(tmp_path, 2, days="ten", **notice), translated=False)
    assert "published ahead of the translation" in result.output
    german = item(root, "de")
    assert (german.get("version"), status(german)) == ("2", "stat:usable")
    # The words partners have, the corrected sentence's last translation among them: no sentence in English.
    assert body(german) == ["DE: Dockers and port operators agreed a three-year contract on Friday, ending a strike that lasted "
                            "nine days.", "DE: The union said the deal was published in full on its website."]
    english = item(root, "en")
    assert usage_terms(german) == usage_terms(english)
    assert [note.text for note in english.iterfind(f"{NAR}itemMeta/{NAR}edNote")][:1] == (
        [notice["note"]] if "note" in notice else ["Version 2 replaces all earlier versions of this item."])
    assert notice.get("note") in [None, *(note.text for note in german.iterfind(f"{NAR}itemMeta/{NAR}edNote"))]
    assert german.findtext(f"{NAR}itemMeta/{NAR}embargoed") == notice.get("embargo")
    assert [(guid, version) for guid, version, _ in listed(root, "de")] == [(f"{GUID}:de", 2)]
    # It says it translates the original's first version, whose words it has, and that the
    # translation of the second, which the agency's notice is about, follows.
    assert translated_from(german) == ("1", "Translated from the English original, version 1.")
    follows = "The translation of the English original's version 2 follows."
    assert follows in [note.text for note in german.iterfind(f"{NAR}itemMeta/{NAR}edNote")]
    # Once translated, the correction follows.
    published(root, invoke, agency_item(tmp_path, 2, days="ten", **notice))
    assert item(root, "de").get("version") == "3"
    assert translated_from(item(root, "de")) == ("2", "Translated from the English original, version 2.")
    assert follows not in [note.text for note in item(root, "de").iterfind(f"{NAR}itemMeta/{NAR}edNote")]
    assert "lasted ten days" in body(item(root, "de"))[0]
    # Looser terms, no note, no embargo: nothing partners must heed before the translation is ready.
    result = published(root, invoke, agency_item(tmp_path, 3, days="eleven"), translated=False)
    assert "waiting for translation [de]" in result.output and "ahead" not in result.output
    assert item(root, "de").get("version") == "3"

