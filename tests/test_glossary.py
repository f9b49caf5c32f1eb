"""The names glossary: every protected name once per locale, CLDR suggestions, renderings at build."""

from __future__ import annotations

import datetime as dt
import shutil

import polib
import pytest
from babel import Locale

from conftest import REPO, msgfmt_check
from schema import assert_valid
from syndicate.build import build
from syndicate.check import check_workspace
from syndicate.extract import extract
from syndicate import glossary
from syndicate.glossary import RenderingsUsed, po_file, read_glossary, renderings_unchanged
from syndicate.workspace import Workspace

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
DE, RU = Locale("de"), Locale("ru")


def test_every_protected_name_is_listed_with_where_it_occurs(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE], now=NOW)
    path = po_file(workspace, DE)
    msgfmt_check(path)
    glossary = polib.pofile(str(path))
    assert glossary.find("Maria Costa").comment.startswith("Name in: port-strike")
    assert glossary.find("Lowe").comment.startswith("Name in: cup-final")
    assert all(entry.msgstr == "" for entry in glossary), "names are kept as written until a translator says otherwise"


def test_country_names_the_desk_protects_get_cldr_suggestions(newsroom, wire_files):
    (newsroom / "names.txt").write_text("Germany\n", encoding="utf-8")
    story = newsroom.parent / "story.txt"
    story.write_text("date 2026-11-20 World\n\nGermany and Maria Costa agreed on Friday.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story], [DE, RU], now=NOW)
    german = polib.pofile(str(po_file(workspace, DE))).find("Germany")
    assert german.msgstr == "Deutschland" and "fuzzy" in german.flags
    assert "Suggested from CLDR territory names" in german.comment
    assert read_glossary(workspace, DE) == {}, "a suggestion is used only once a translator confirms it"
    assert polib.pofile(str(po_file(workspace, RU))).find("Germany").msgstr == "Германия"


def test_a_glossary_entry_is_kept_when_articles_are_extracted_again(newsroom, wire_files):
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [DE], now=NOW)
    path = po_file(workspace, DE)
    glossary = polib.pofile(str(path))
    glossary.find("Ellen Marsh").msgstr = "Ellen Marsh"
    glossary.save()
    senate = next(path for path in wire_files if path.name == "senate-vote.txt")
    senate.write_text(senate.read_text(encoding="utf-8").replace("President Ellen Marsh", "President Ellen Marsh Jr"), encoding="utf-8")
    extract(workspace, [senate], [DE], now=NOW + dt.timedelta(days=1))
    updated = polib.pofile(str(path))
    carried = updated.find("Ellen Marsh Jr.")  # the name in full, as every glossary entry has it
    assert carried.msgstr == "Ellen Marsh" and "fuzzy" in carried.flags, "a translator's rendering is never lost"
    assert carried.previous_msgid == "Ellen Marsh"
    assert updated.find("Maria Costa") is not None, "names of other articles stay"
    msgfmt_check(path)


def test_a_name_in_many_articles_lists_a_few_for_translators_and_all_in_the_template(newsroom):
    stories = []
    for number in range(8):
        story = newsroom.parent / f"story-{number}.txt"
        story.write_text(f"date 2026-11-20 World\n\nMaria Costa spoke on day {number}.\n", encoding="utf-8")
        stories.append(story)
    workspace = Workspace(newsroom)
    extract(workspace, stories, [DE], now=NOW)
    shown = polib.pofile(str(po_file(workspace, DE))).find("Maria Costa").comment
    assert shown.startswith("Name in: story-0, story-1, story-2, story-3, story-4 and 3 more articles")
    template = polib.pofile(str(newsroom / "locales/templates/names.pot")).find("Maria Costa").comment
    assert template.startswith("Name in: " + ", ".join(f"story-{number}" for number in range(8)))
    stories[0].write_text("date 2026-11-20 World\n\nMaria Costa spoke again.\n", encoding="utf-8")
    extract(workspace, stories[:1], [DE], now=NOW)  # the record survives a later extract of one of them
    assert polib.pofile(str(newsroom / "locales/templates/names.pot")).find("Maria Costa").comment == template
    msgfmt_check(po_file(workspace, DE))


def test_a_regional_variant_renders_names_as_its_language_does_unless_it_says_otherwise(newsroom, wire_files):
    workspace, austrian = Workspace(newsroom), Locale("de", "AT")
    cup = [path for path in wire_files if path.name == "cup-final.txt"]
    extract(workspace, cup, [DE], now=NOW)
    shutil.copy(REPO / "locales/de/LC_MESSAGES/cup-final.po", workspace.po_file(DE, "cup-final"))
    extract(workspace, cup, [DE, austrian], now=NOW)
    set_rendering(po_file(workspace, DE), "Sven Ekdahl", "Sven Eckdahl")
    po = polib.pofile(str(workspace.po_file(austrian, "cup-final")))
    for entry in po:  # the Austrian translator confirms what de lent
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    po.save()
    item = newsroom / "feeds/de-AT/cup-final.xml"

    def published() -> str:
        assert not build(workspace, [austrian]).refused
        assert_valid(item.read_bytes())
        return item.read_text(encoding="utf-8")

    assert polib.pofile(str(po_file(workspace, austrian))).find("Sven Ekdahl").msgstr == ""
    assert "Trainer Sven Eckdahl." in published() and "Ekdahl" not in published()
    set_rendering(po_file(workspace, DE), "Sven Ekdahl", "Sven Eckdal")
    assert "Trainer Sven Eckdal." in published(), "the item follows its language's glossary"
    set_rendering(po_file(workspace, austrian), "Sven Ekdahl", "Sven Ekdahl")
    assert "Trainer Sven Ekdahl." in published(), "the variant's own rendering wins"
    assert read_glossary(workspace, DE)["Sven Ekdahl"] == "Sven Eckdal"


def set_rendering(path, name: str, rendering: str) -> None:
    glossary = polib.pofile(str(path))
    glossary.find(name).msgstr = rendering
    glossary.save()


ACME = "date 2026-11-20 Business\n\nShares in Acme Inc. fell on Monday. Investors sold Acme Inc.\n\nAcme Inc said it would appeal.\n"


def translated_item(workspace: Workspace, article_id: str) -> str:
    """The German item of the article with every sentence translated as it is, published."""
    po = polib.pofile(str(workspace.po_file(DE, article_id)))
    for entry in po:
        entry.msgstr = entry.msgid
    po.save()
    assert article_id not in {outcome.article_id for outcome in build(workspace, [DE]).refused}
    item = workspace.root / f"feeds/de/{article_id}.xml"
    assert_valid(item.read_bytes())
    return item.read_text(encoding="utf-8")


@pytest.mark.parametrize("rendering", ["<b>ACME</b> Inc.", "ACME&nbsp;Inc."])
def test_a_rendering_with_markup_is_not_published_and_the_name_stays_as_written(newsroom, rendering):
    # check reports it; the build, which publishes only what check finds no error in, keeps the name.
    story = newsroom.parent / "acme.txt"
    story.write_text(ACME, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story], [DE], now=NOW)
    glossary_po = polib.pofile(str(po_file(workspace, DE)))
    glossary_po.find("Acme Inc.").msgstr = rendering
    glossary_po.save()
    item = translated_item(workspace, "acme")
    assert "Shares in Acme Inc. fell on Monday." in item and "ACME" not in item
    assert [f.check for f in check_workspace(workspace, [DE]) if f.article_id == "names"] == ["markup"]


def test_a_company_written_with_or_without_its_abbreviations_period_is_one_entry(newsroom):
    story = newsroom.parent / "acme.txt"
    story.write_text(ACME, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story], [DE], now=NOW)
    path = po_file(workspace, DE)
    msgfmt_check(path)
    assert [entry.msgid for entry in polib.pofile(str(path))] == ["Acme Inc."]
    set_rendering(path, "Acme Inc.", "ACME Inc.")
    item = translated_item(workspace, "acme")
    assert "Shares in ACME Inc. fell on Monday. Investors sold ACME Inc." in item
    assert "ACME Inc said it would appeal." in item



def test_a_surname_with_its_particle_has_its_entry_whole_as_a_surname_alone_has(newsroom):
    story = newsroom.parent / "judge.txt"
    story.write_text(
        "date 2026-11-20 World\n\nJudge Anna de la Cruz met union leader Maria Costa on Friday.\n\n"
        "Later, de la Cruz and Costa told reporters it was done.\n",
        encoding="utf-8",
    )
    workspace = Workspace(newsroom)
    extract(workspace, [story], [DE], now=NOW)
    path = po_file(workspace, DE)
    msgfmt_check(path)
    # No entry `Cruz` for the translator to render without its particles.
    assert [entry.msgid for entry in polib.pofile(str(path))] == ["Anna de la Cruz", "Costa", "Maria Costa", "de la Cruz"]
    set_rendering(path, "de la Cruz", "De la Cruz")
    assert "Later, De la Cruz and Costa told reporters it was done." in translated_item(workspace, "judge")


def test_a_german_name_a_sentence_inflects_is_one_entry_in_its_base_form(newsroom):
    story = newsroom.parent / "bank.txt"
    story.write_text(
        "date 2026-11-20 Wirtschaft\nlang de\n\nDie Deutsche Bank meldete Gewinne. Der Chef der Deutschen Bank"
        " sagte nichts. Der Chef des Deutschen Alpenvereins schwieg.\n",
        encoding="utf-8",
    )
    workspace, french = Workspace(newsroom), Locale("fr")
    extract(workspace, [story], [french], now=NOW)
    path = po_file(workspace, french)
    msgfmt_check(path)
    assert [entry.msgid for entry in polib.pofile(str(path))] == ["Deutsche Alpenverein", "Deutsche Bank"]
    po = polib.pofile(str(workspace.po_file(french, "bank")))
    for entry in po:
        entry.msgstr = entry.msgid
    po.save()
    item = workspace.root / "feeds/fr/bank.xml"

    def published() -> str:
        assert not build(workspace, [french]).refused
        assert_valid(item.read_bytes())
        return item.read_text(encoding="utf-8")

    # Without a rendering, each placeholder puts back the name as its entry has it, which
    # French does not inflect (the translation here copies the German sentences).
    assert "Der Chef der Deutsche Bank sagte nichts." in published()
    assert "Der Chef des Deutsche Alpenverein schwieg." in published()
    set_rendering(path, "Deutsche Bank", "DEUTSCHE BANK")
    set_rendering(path, "Deutsche Alpenverein", "DAV")
    assert "Die DEUTSCHE BANK meldete" in published() and "der DEUTSCHE BANK sagte" in published()
    assert "des DAV schwieg." in published()


BANK = "date 2026-11-20 Wirtschaft\nlang de\n\nDer Chef der Deutschen Bank sagte nichts.\n"


def test_a_rendering_of_an_inflected_german_name_moves_to_its_base_form_on_upgrade(newsroom):
    # A workspace from before a German name had one entry in its base form: `Deutschen Bank`
    # rendered, named in an article not extracted again and in one extracted again.
    story, other = newsroom.parent / "bank.txt", newsroom.parent / "other.txt"
    story.write_text(BANK, encoding="utf-8")
    other.write_text(BANK.replace("Der Chef", "Die Sprecherin"), encoding="utf-8")
    workspace, french = Workspace(newsroom), Locale("fr")
    extract(workspace, [story, other], [french], now=NOW)
    template_path, path = newsroom / "locales/templates/names.pot", po_file(workspace, french)
    for file, rendering in ((template_path, ""), (path, "la DEUTSCHE BANK")):
        catalog = polib.pofile(str(file))
        catalog.find("Deutsche Bank").msgid = "Deutschen Bank"
        catalog.find("Deutschen Bank").msgstr = rendering
        catalog.metadata["X-Source-Language"] = "en"
        catalog.save()
    workspace.extract_state_file.unlink()  # as a new version of syndicate extracts every article again
    for article_id in ("bank", "other"):
        po = polib.pofile(str(workspace.po_file(french, article_id)))
        for entry in po:
            entry.msgstr = entry.msgid
        po.save()
    assert not build(workspace, [french]).refused
    before = {article_id: (newsroom / f"feeds/fr/{article_id}.xml").read_bytes() for article_id in ("bank", "other")}
    assert "der la DEUTSCHE BANK" in before["bank"].decode()
    extract(workspace, [story], [french], now=NOW + dt.timedelta(days=1))
    msgfmt_check(path)
    glossary = polib.pofile(str(path))
    assert [(entry.msgid, entry.msgstr, entry.fuzzy) for entry in glossary if not entry.obsolete] == [
        ("Deutsche Bank", "la DEUTSCHE BANK", False)
    ]
    assert glossary.find("Deutsche Bank").comment.startswith("Name in: bank, other")
    template = polib.pofile(str(template_path))
    assert [entry.msgid for entry in template] == ["Deutsche Bank"] and template.metadata["X-Source-Language"] == "de"
    assert not build(workspace, [french]).refused
    assert {article_id: (newsroom / f"feeds/fr/{article_id}.xml").read_bytes() for article_id in before} == before


def test_the_glossary_declares_a_language_while_its_names_are_all_written_in_it(newsroom):
    german, english = newsroom.parent / "bank.txt", newsroom.parent / "acme.txt"
    german.write_text(BANK.replace("nichts.", "nichts zu Maria Costa."), encoding="utf-8")
    english.write_text(ACME, encoding="utf-8")
    workspace = Workspace(newsroom)
    template_path = newsroom / "locales/templates/names.pot"

    def language() -> str | None:
        return polib.pofile(str(template_path)).metadata.get("X-Source-Language")

    extract(workspace, [german], [FR], now=NOW)
    assert language() == "de", "a German workspace's names are German"
    extract(workspace, [english], [FR], now=NOW)
    assert language() is None, "German names and an English one"
    assert "Source language: en" in polib.pofile(str(po_file(workspace, FR))).find("Acme Inc.").comment


def test_the_glossary_language_reads_no_template_of_an_article_the_run_leaves_alone(newsroom, wire_files, monkeypatch):
    # The last run's record says each article's language: a workspace of thousands of
    # articles is not read again on every extract.
    german, english = newsroom.parent / "bank.txt", newsroom.parent / "acme.txt"
    german.write_text(BANK.replace("nichts.", "nichts zu Maria Costa."), encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [german, *wire_files], [FR], now=NOW, jobs=1)

    def no_template_read(path, field):
        raise AssertionError(f"{path} was read for its {field}")

    monkeypatch.setattr(glossary, "header_field", no_template_read)
    english.write_text(ACME, encoding="utf-8")
    extract(workspace, [english], [FR], now=NOW, jobs=1)
    template = polib.pofile(str(newsroom / "locales/templates/names.pot"))
    assert "Source language: de, en" in template.find("Maria Costa").comment
    assert "Source language: de\n" in template.find("Deutsche Bank").comment


def test_a_name_whose_last_word_is_no_abbreviation_is_listed_as_written(newsroom):
    (newsroom / "names.txt").write_text("Amazon.com\n", encoding="utf-8")
    story = newsroom.parent / "deal.txt"
    story.write_text("date 2026-11-20 Business\n\nAmazon.com said it sold shares to Banco Santander S.A.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story], [DE], now=NOW)
    assert [entry.msgid for entry in polib.pofile(str(po_file(workspace, DE)))] == ["Amazon.com", "Banco Santander S.A."]

def test_a_rendering_of_a_company_written_without_its_period_is_kept_as_its_one_entry(newsroom):
    # A workspace from before a company had one entry: `Acme Inc` and `Acme Inc.`, the first
    # rendered, named in an article not extracted again.
    story, other = newsroom.parent / "acme.txt", newsroom.parent / "other.txt"
    story.write_text(ACME, encoding="utf-8")
    other.write_text("date 2026-11-20 Business\n\nInvestors sold Acme Inc.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story, other], [DE], now=NOW)
    before = translated_item(workspace, "acme")
    template_path, path = newsroom / "locales/templates/names.pot", po_file(workspace, DE)
    for file, rendering in ((template_path, ""), (path, "ACME Inc")):
        catalog = polib.pofile(str(file))
        catalog.find("Acme Inc.").comment = "Name in: acme\nLeave empty to keep the name as it is."
        catalog.insert(0, polib.POEntry(msgid="Acme Inc", msgstr=rendering, comment="Name in: acme, other"))
        catalog.save()
    assert "ACME Inc said it would appeal." in translated_item(workspace, "acme")
    story.write_text(ACME + "\nAnalysts agreed.\n", encoding="utf-8")
    extract(workspace, [story], [DE], now=NOW + dt.timedelta(days=1))
    msgfmt_check(path)
    glossary = polib.pofile(str(path))
    assert [(entry.msgid, entry.msgstr, entry.fuzzy) for entry in glossary if not entry.obsolete] == [("Acme Inc.", "ACME Inc.", False)]
    assert glossary.find("Acme Inc.").comment.startswith("Name in: acme, other")
    assert [entry.msgid for entry in polib.pofile(str(template_path))] == ["Acme Inc."]
    assert not any(entry.fuzzy for entry in polib.pofile(str(workspace.po_file(DE, "acme"))) if entry.msgstr)
    after = translated_item(workspace, "acme")
    assert "Investors sold ACME Inc." in after and "ACME Inc said it would appeal." in after
    assert read_glossary(workspace, DE) == {"Acme Inc.": "ACME Inc.", "Acme Inc": "ACME Inc"}
    assert before != after and "Shares in ACME Inc. fell" in after, "the company is rendered once, everywhere"


def test_check_reports_a_company_left_in_latin_letters_once_at_its_entry(newsroom):
    story = newsroom.parent / "acme.txt"
    story.write_text(ACME, encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [story], [RU], now=NOW)
    entry = polib.pofile(str(po_file(workspace, RU))).find("Acme Inc.")
    findings = [finding for finding in check_workspace(workspace, [RU]) if finding.check == "latin-script"]
    assert [(finding.msgid, finding.line) for finding in findings] == [("Acme Inc.", entry.linenum)]


def test_the_record_of_the_renderings_used_holds_while_they_do_whatever_the_names_hold():
    renderings = {"Anna\nLena Berg": "Анна\nЛена Берг", "Deutsche Bank": "Deutsche Bank"}
    used = RenderingsUsed(renderings)
    assert used.get("Anna\nLena Berg") == "Анна\nЛена Берг" and used.get("Jan Vermeulen") is None
    record = used.record()
    assert renderings_unchanged(record, {**renderings, "Deutsche Bank": "Дойче банк"}), "a name not looked up"
    assert not renderings_unchanged(record, {**renderings, "Anna\nLena Berg": "Анна Лена Берг"})
    assert not renderings_unchanged(record, {**renderings, "Jan Vermeulen": "Ян Вермюлен"})
    assert renderings_unchanged(RenderingsUsed(renderings).record(), {}), "nothing looked up"


MULTILINGUAL = {
    "en-aid.txt": "date 2026-11-20 World\n\nUrsula von der Leyen pledged aid on Tuesday. Mayor Tom Abbott welcomed it.\n",
    "de-rat.txt": "date 2026-11-20 Welt\nlang de\n\nDer Bürgermeister Burkhard Jung traf Ursula von der Leyen in Leipzig.\n",
    "fr-lyon.txt": "date 2026-11-20 Monde\nlang fr\n\nLe maire Grégory Doucet a reçu Ursula von der Leyen à Lyon.\n",
}
EN, FR = Locale("en"), Locale("fr")


def multilingual_newsroom(newsroom):
    stories = []
    for name, text in MULTILINGUAL.items():
        (story := newsroom.parent / name).write_text(text, encoding="utf-8")
        stories.append(story)
    workspace = Workspace(newsroom)
    extract(workspace, stories, [EN, DE, FR], now=NOW)
    return workspace


def test_a_locales_glossary_lists_the_names_of_the_stories_translated_into_it_only(newsroom):
    workspace = multilingual_newsroom(newsroom)
    listed = {}
    for locale in (EN, DE, FR):
        msgfmt_check(po_file(workspace, locale))
        listed[str(locale)] = {entry.msgid: entry.comment.splitlines()[0] for entry in polib.pofile(str(po_file(workspace, locale)))}
    # An English story is never translated into English: its mayor is no English translator's work.
    assert listed["en"] == {
        "Burkhard Jung": "Name in: de-rat", "Grégory Doucet": "Name in: fr-lyon", "Ursula von der Leyen": "Name in: de-rat, fr-lyon",
    }
    assert listed["de"] == {"Grégory Doucet": "Name in: fr-lyon", "Tom Abbott": "Name in: en-aid", "Ursula von der Leyen": "Name in: en-aid, fr-lyon"}
    assert listed["fr"] == {"Burkhard Jung": "Name in: de-rat", "Tom Abbott": "Name in: en-aid", "Ursula von der Leyen": "Name in: de-rat, en-aid"}
    template = polib.pofile(str(newsroom / "locales/templates/names.pot"))
    assert template.find("Ursula von der Leyen").comment.startswith("Name in: de-rat, en-aid, fr-lyon"), "the template keeps every story"


def test_a_glossary_of_names_from_several_languages_declares_none_and_each_entry_says_its_own(newsroom):
    workspace = multilingual_newsroom(newsroom)
    for path in (newsroom / "locales/templates/names.pot", *(po_file(workspace, locale) for locale in (EN, DE, FR))):
        catalog = polib.pofile(str(path))
        assert "X-Source-Language" not in catalog.metadata, f"{path}: its names are not all of one language"
        languages = {entry.msgid: [line for line in entry.comment.splitlines() if line.startswith("Source language")] for entry in catalog}
        assert languages["Ursula von der Leyen"] == [
            "Source language: " + ", ".join(lang for lang in ("de", "en", "fr") if lang != path.parent.parent.name)
        ]
        assert all(len(lines) == 1 for lines in languages.values())
    # A glossary whose names all come from one language says so, as each story's PO does, and
    # its entries need not.
    story = newsroom.parent / "acme.txt"
    story.write_text(ACME, encoding="utf-8")
    english_only = Workspace(newsroom.parent / "english")
    english_only.root.mkdir()
    extract(english_only, [story], [DE], now=NOW)
    for path in (english_only.root / "locales/templates/names.pot", po_file(english_only, DE)):
        catalog = polib.pofile(str(path))
        assert catalog.metadata["X-Source-Language"] == "en"
        assert catalog.find("Acme Inc.").comment == "Name in: acme\nLeave empty to keep the name as it is."
    assert polib.pofile(str(workspace.po_file(DE, "en-aid"))).metadata["X-Source-Language"] == "en"


def test_a_country_a_story_names_in_its_own_language_is_suggested_from_that_language(newsroom):
    (newsroom / "names.txt").write_text("Frankreich\nGermany\n", encoding="utf-8")
    german, english = newsroom.parent / "de-gipfel.txt", newsroom.parent / "en-summit.txt"
    german.write_text("date 2026-11-20 Welt\nlang de\n\nFrankreich und Burkhard Jung einigten sich.\n", encoding="utf-8")
    english.write_text("date 2026-11-20 World\n\nGermany, Maria Costa and Tom Abbott agreed.\n", encoding="utf-8")
    workspace = Workspace(newsroom)
    extract(workspace, [german, english], [FR], now=NOW)
    glossary_po = polib.pofile(str(po_file(workspace, FR)))
    assert (glossary_po.find("Frankreich").msgstr, glossary_po.find("Germany").msgstr) == ("France", "Allemagne")


PARTICLES = {
    # The surnames only open this story's sentences: it alone cannot tell their particles' case.
    "opening.txt": "date 2026-11-20 World\n\nVon der Leyen said the plan was ready. De Boer agreed on Friday.\n",
    "inside.txt": "date 2026-11-20 World\n\nUrsula von der Leyen and Sophie de Boer met on Friday. "
                  "The plan was backed by von der Leyen and de Boer.\n",
}


def particle_newsroom(newsroom):
    stories = []
    for name, text in PARTICLES.items():
        (story := newsroom.parent / name).write_text(text, encoding="utf-8")
        stories.append(story)
    workspace = Workspace(newsroom)
    extract(workspace, stories, [DE], now=NOW)
    return workspace, stories


def test_a_surname_a_story_opens_a_sentence_with_and_another_writes_inside_is_one_entry(newsroom):
    workspace, _ = particle_newsroom(newsroom)
    path = po_file(workspace, DE)
    msgfmt_check(path)
    glossary_po = polib.pofile(str(path))
    assert [(entry.msgid, entry.comment.splitlines()[0]) for entry in glossary_po] == [
        ("Sophie de Boer", "Name in: inside"), ("Ursula von der Leyen", "Name in: inside"),
        ("de Boer", "Name in: inside, opening"), ("von der Leyen", "Name in: inside, opening"),
    ]
    template = polib.pofile(str(newsroom / "locales/templates/names.pot"))
    assert [entry.msgid for entry in template] == [entry.msgid for entry in glossary_po]
    set_rendering(path, "von der Leyen", "fon der Lajen")
    set_rendering(path, "de Boer", "de Bur")
    assert "Fon der Lajen said the plan was ready. De Bur agreed on Friday." in translated_item(workspace, "opening")
    assert "The plan was backed by fon der Lajen and de Bur." in translated_item(workspace, "inside")


def with_old_entries(workspace, renderings):
    """The glossary as a release from before one entry per surname wrote it: an entry for the
    surname opening a sentence besides the one inside, each rendered as `renderings` says."""
    template_path, path = workspace.root / "locales/templates/names.pot", po_file(workspace, DE)
    for file in (template_path, path):
        catalog = polib.pofile(str(file))
        for name in ("von der Leyen", "de Boer"):
            catalog.find(name).comment = "Name in: inside\nLeave empty to keep the name as it is."
            capitalised = name[0].upper() + name[1:]
            if catalog.find(capitalised) is None:
                catalog.append(polib.POEntry(msgid=capitalised, msgstr="", comment="Name in: opening"))
        if file == path:
            for name, rendering in renderings.items():
                catalog.find(name).msgstr = rendering
        catalog.save()
    workspace.extract_state_file.unlink()  # as a new version of syndicate extracts every article again


@pytest.mark.parametrize("renderings, kept, note", [
    ({"Von der Leyen": "Fon der Lajen", "von der Leyen": "fon der Lajen", "De Boer": "De Bur"}, {"von der Leyen": "fon der Lajen", "de Boer": "de Bur"}, {}),
    ({"Von der Leyen": "Fon der Leien", "von der Leyen": "fon der Lajen", "de Boer": "de Bur"}, {"von der Leyen": "fon der Lajen", "de Boer": "de Bur"},
     {"von der Leyen": "Von der Leyen, as a story wrote it opening a sentence, had an entry of its own, rendered “Fon der Leien”: "
                       "this entry's rendering is kept for both, with a capital where the name opens a sentence."}),
])
def test_a_surnames_two_old_entries_merge_keeping_the_translators_renderings(newsroom, renderings, kept, note):
    workspace, stories = particle_newsroom(newsroom)
    with_old_entries(workspace, renderings)
    extract(workspace, stories, [DE], now=NOW + dt.timedelta(days=1))
    path = po_file(workspace, DE)
    msgfmt_check(path)
    glossary_po = polib.pofile(str(path))
    assert {entry.msgid: entry.msgstr for entry in glossary_po if not entry.obsolete} == {"Sophie de Boer": "", "Ursula von der Leyen": "", **kept}
    assert {entry.msgid: entry.tcomment for entry in glossary_po if entry.tcomment} == note
    assert all(not entry.fuzzy for entry in glossary_po if not entry.obsolete)
    assert "Fon der Lajen said the plan was ready. De Bur agreed on Friday." in translated_item(workspace, "opening")
    assert "The plan was backed by fon der Lajen and de Bur." in translated_item(workspace, "inside")
    workspace.extract_state_file.unlink()
    extract(workspace, stories, [DE], now=NOW + dt.timedelta(days=2))
    assert polib.pofile(str(path)).find("von der Leyen").tcomment == note.get("von der Leyen", ""), "said once"
