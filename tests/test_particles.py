"""A surname's particle (`von der Leyen`, `de Gaulle`) in the feeds: one names glossary entry
for the person, and the case the translation gives the particle where the name lands."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
import regex
from click.testing import CliRunner
from lxml import etree

from conftest import msgfmt_check
from schema import assert_valid
from syndicate.cli import main
from syndicate.model import Placeholder, Unit
from syndicate.names_rendering import particle_names
from syndicate.newsml import XHTML_NS
from syndicate.placeholders import fields_opening_sentences

LEYEN = (
    "date 2026-11-20 World\n\nCommission President Ursula von der Leyen met union leader Maria Costa on Friday.\n\n"
    "Von der Leyen added that the deal was close. The deal is close, von der Leyen said.\n"
)
HEADLINE = "Commission President {Ursula_von_der_Leyen} met union leader {Maria_Costa} on Friday."
ADDED, SAID = "{Von_der_Leyen} added that the deal was close.", "The deal is close, {von_der_Leyen} said."


def invoke(root: Path, *args: str) -> None:
    result = CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def extracted(newsroom: Path, article_id: str, text: str, *locales: str) -> None:
    story = newsroom.parent / f"{article_id}.txt"
    story.write_text(text, encoding="utf-8")
    invoke(newsroom, "extract", str(story), *(option for locale in locales for option in ("-l", locale)))


def translate(newsroom: Path, locale: str, article_id: str, translations: dict[str, str]) -> None:
    """Each entry of the article's PO translated as `translations` has its msgid, else as the source."""
    path = newsroom / f"locales/{locale}/LC_MESSAGES/{article_id}.po"
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, entry.msgid)
    po.save()
    msgfmt_check(path)


def set_rendering(newsroom: Path, locale: str, name: str, rendering: str) -> None:
    path = newsroom / f"locales/{locale}/LC_MESSAGES/names.po"
    glossary = polib.pofile(str(path))
    glossary.find(name).msgstr = rendering
    glossary.save()
    msgfmt_check(path)


def body(newsroom: Path, locale: str, article_id: str) -> str:
    """The paragraphs of the item `syndicate build` publishes, a valid NewsML-G2 item."""
    invoke(newsroom, "build", "-l", locale)
    item = (newsroom / f"feeds/{locale}/{article_id}.xml").read_bytes()
    assert_valid(item)
    return " ".join(paragraph.text for paragraph in etree.fromstring(item).iter(f"{{{XHTML_NS}}}p"))


def names_listed(newsroom: Path) -> list[str]:
    return [entry.msgid for entry in polib.pofile(str(newsroom / "locales/templates/names.pot"))]


@pytest.mark.parametrize(("locale", "added", "said", "published"), [
    # The name opening the source sentence lands inside the translation's, and the other way round.
    ("de", "Außerdem sagte {Von_der_Leyen}, der Deal sei nah.", "{von_der_Leyen} sagte, der Deal sei nah.",
     "Außerdem sagte von der Leyen, der Deal sei nah. Von der Leyen sagte, der Deal sei nah."),
    ("fr", "Par ailleurs, {Von_der_Leyen} a ajouté que l'accord était proche.", "{von_der_Leyen} a dit que l'accord est proche.",
     "Par ailleurs, von der Leyen a ajouté que l'accord était proche. Von der Leyen a dit que l'accord est proche."),
    ("it", "Inoltre {Von_der_Leyen} ha aggiunto che l'accordo è vicino.", "«L'accordo è vicino», ha detto {von_der_Leyen}.",
     "Inoltre von der Leyen ha aggiunto che l'accordo è vicino. «L'accordo è vicino», ha detto von der Leyen."),
    ("pt", "Segundo {Von_der_Leyen}, o acordo está próximo.", "O acordo está próximo. {von_der_Leyen} disse isso.",
     "Segundo von der Leyen, o acordo está próximo. O acordo está próximo. Von der Leyen disse isso."),
    # Dutch, and Spanish as the RAE has it, capitalise the particle of a surname alone anywhere.
    ("nl", "Volgens {Von_der_Leyen} is de deal dichtbij.", "{von_der_Leyen} zei dat de deal dichtbij is.",
     "Volgens Von der Leyen is de deal dichtbij. Von der Leyen zei dat de deal dichtbij is."),
    ("es", "Además, {Von_der_Leyen} añadió que el acuerdo está cerca.", "El acuerdo está cerca, dijo {von_der_Leyen}.",
     "Además, Von der Leyen añadió que el acuerdo está cerca. El acuerdo está cerca, dijo Von der Leyen."),
])
def test_a_surname_takes_the_case_of_its_particle_from_where_the_translation_puts_it(newsroom, locale, added, said, published):
    extracted(newsroom, "leyen", LEYEN, locale)
    translate(newsroom, locale, "leyen", {ADDED: added, SAID: said})
    assert body(newsroom, locale, "leyen") == published


def test_a_surname_with_its_particle_is_one_glossary_entry_rendered_as_written_inside_a_sentence(newsroom):
    extracted(newsroom, "leyen", LEYEN, "ru", "de")
    # One entry for the person, as a sentence writes the name inside: no `Von der Leyen`.
    assert names_listed(newsroom) == ["Maria Costa", "Ursula von der Leyen", "von der Leyen"]
    assert [entry.msgid for entry in polib.pofile(str(newsroom / "locales/ru/LC_MESSAGES/names.po"))] == names_listed(newsroom)
    set_rendering(newsroom, "ru", "von der Leyen", "фон дер Ляйен")
    translate(newsroom, "ru", "leyen", {
        HEADLINE: "Глава Еврокомиссии {Ursula_von_der_Leyen} встретилась с профсоюзным лидером {Maria_Costa} в пятницу.",
        ADDED: "Кроме того, {Von_der_Leyen} добавила, что сделка близка.",
        SAID: "{von_der_Leyen} сказала, что сделка близка.",
    })
    assert body(newsroom, "ru", "leyen") == "Кроме того, фон дер Ляйен добавила, что сделка близка. Фон дер Ляйен сказала, что сделка близка."
    # A form the translator gives the name is one of its rendering, whichever case the source gives it.
    po = polib.pofile(str(newsroom / "locales/ru/LC_MESSAGES/leyen.po"))
    entry = po.find(ADDED)
    entry.msgstr, entry.tcomment = "По словам {Von_der_Leyen}, сделка близка.", "{Von_der_Leyen} = фон дер Ляйен"
    po.save()
    assert body(newsroom, "ru", "leyen").startswith("По словам фон дер Ляйен, сделка близка.")
    # A rendering the translator capitalises is theirs wherever the name stands.
    set_rendering(newsroom, "de", "von der Leyen", "VON DER LEYEN")
    translate(newsroom, "de", "leyen", {ADDED: "Außerdem sagte {Von_der_Leyen}, der Deal sei nah."})
    assert body(newsroom, "de", "leyen") == "Außerdem sagte VON DER LEYEN, der Deal sei nah. The deal is close, VON DER LEYEN said."


VRIES = (
    "date 2026-11-24 Politics\n\nThe Commission presented a rail plan.\n\n"
    "Commissioner Jan de Vries said it would cost 2 billion euros. Later, de Vries told reporters more.\n"
)
TALKS = "date 2026-11-21 Economy\n\nRail talks will resume on Monday.\n\nDe Vries said a deal was within reach.\n"
DEAL = "{De_Vries} said a deal was within reach."


@pytest.mark.parametrize(("locale", "rendering", "translated", "published"), [
    ("fr", "de Vriès", "Selon {De_Vries}, un accord est à portée de main.", "Selon de Vriès, un accord est à portée de main."),
    ("de", "de Friis", "Laut {De_Vries} ist eine Einigung in Reichweite.", "Laut de Friis ist eine Einigung in Reichweite."),
    ("fr", "de Vriès", "{De_Vries} a dit qu'un accord est à portée de main.", "De Vriès a dit qu'un accord est à portée de main."),
    # An entry left empty (the name kept as written) tells the case as well.
    ("fr", "", "Selon {De_Vries}, un accord est à portée de main.", "Selon de Vries, un accord est à portée de main."),
    ("de", "", "Laut {De_Vries} ist eine Einigung in Reichweite.", "Laut de Vries ist eine Einigung in Reichweite."),
    ("fr", "", "{De_Vries} a dit qu'un accord est à portée de main.", "De Vries a dit qu'un accord est à portée de main."),
])
def test_a_surname_a_story_only_opens_sentences_with_takes_the_case_the_glossary_entry_has_inside(
    newsroom, locale, rendering, translated, published
):
    # Only another story writes `de Vries` inside a sentence: the glossary's entry tells the particle's case.
    extracted(newsroom, "plan", VRIES, locale)
    extracted(newsroom, "talks", TALKS, locale)
    assert "de Vries" in names_listed(newsroom) and "De Vries" not in names_listed(newsroom)
    set_rendering(newsroom, locale, "de Vries", rendering)
    translate(newsroom, locale, "talks", {DEAL: translated})
    assert body(newsroom, locale, "talks").endswith(published)


def test_an_item_is_built_again_when_another_story_tells_its_particles_case(newsroom):
    # Published while no story writes the name inside a sentence, the capital stays; once one
    # does, the glossary's entry tells the case, and the item built with the capital changes.
    extracted(newsroom, "talks", TALKS, "fr")
    translate(newsroom, "fr", "talks", {DEAL: "Selon {De_Vries}, un accord est à portée de main."})
    assert body(newsroom, "fr", "talks").endswith("Selon De Vries, un accord est à portée de main.")
    extracted(newsroom, "plan", VRIES, "fr")
    assert body(newsroom, "fr", "talks").endswith("Selon de Vries, un accord est à portée de main.")


@pytest.mark.parametrize(("locale", "rendering", "published"), [
    ("fr", "Van Morrison", "Pendant deux heures, Van Morrison a chanté. Selon la foule, Van Morrison a remercié."),
    ("fr", "", "Pendant deux heures, Van Morrison a chanté. Selon la foule, Van Morrison a remercié."),
    ("de", "Van Morrison", "Zwei Stunden lang sang Van Morrison. Laut dem Publikum dankte Van Morrison."),
])
def test_a_name_whose_first_word_may_be_a_particle_keeps_its_capital_unless_the_source_writes_it_lower(
    newsroom, locale, rendering, published
):
    # `Van` is the singer's given name: no story, nor the glossary's entry, writes it `van Morrison`.
    story = "date 2026-11-20 Culture\n\nThe concert sold out.\n\nVan Morrison sang for two hours. Van Morrison thanked the crowd.\n"
    extracted(newsroom, "concert", story, locale)
    assert names_listed(newsroom) == ["Van Morrison"]
    set_rendering(newsroom, locale, "Van Morrison", rendering)
    sang, thanked = "{Van_Morrison} sang for two hours.", "{Van_Morrison} thanked the crowd."
    translated = {
        "fr": {sang: "Pendant deux heures, {Van_Morrison} a chanté.", thanked: "Selon la foule, {Van_Morrison} a remercié."},
        "de": {sang: "Zwei Stunden lang sang {Van_Morrison}.", thanked: "Laut dem Publikum dankte {Van_Morrison}."},
    }[locale]
    translate(newsroom, locale, "concert", translated)
    assert body(newsroom, locale, "concert").endswith(published)


def test_a_surname_with_its_particle_that_speaks_is_protected_and_rendered(newsroom):
    story = ("date 2026-11-24 Politics\n\nRail talks will resume.\n\n"
             "According to de Vries, the deal is near. The deal, said de Vries, was near.\n")
    extracted(newsroom, "vries", story, "fr")
    po = polib.pofile(str(newsroom / "locales/fr/LC_MESSAGES/vries.po"))
    according, said = "According to {de_Vries}, the deal is near.", "The deal, said {de_Vries}, was near."
    assert [entry.msgid for entry in po][-2:] == [according, said]
    assert names_listed(newsroom) == ["de Vries"]
    set_rendering(newsroom, "fr", "de Vries", "de Vriès")
    translate(newsroom, "fr", "vries", {
        according: "Selon {de_Vries}, l'accord est proche.", said: "{de_Vries} a dit que l'accord était proche.",
    })
    assert body(newsroom, "fr", "vries") == "Selon de Vriès, l'accord est proche. De Vriès a dit que l'accord était proche."


def test_a_title_case_headline_names_the_person_the_body_names_with_one_entry(newsroom):
    # The headline's capitals are its style: it names the body's `von der Leyen`, one entry.
    story = LEYEN.replace("\n\n", "\ntitle EU Backs Von der Leyen Plan\n\n", 1)
    extracted(newsroom, "leyen", story, "fr")
    po = polib.pofile(str(newsroom / "locales/fr/LC_MESSAGES/leyen.po"))
    assert po[0].msgid == "EU Backs {Von_der_Leyen} Plan"
    assert names_listed(newsroom) == ["Maria Costa", "Ursula von der Leyen", "von der Leyen"]
    translate(newsroom, "fr", "leyen", {"EU Backs {Von_der_Leyen} Plan": "L'UE soutient le plan de {Von_der_Leyen}"})
    invoke(newsroom, "build", "-l", "fr")
    item = (newsroom / "feeds/fr/leyen.xml").read_bytes()
    assert_valid(item)
    assert etree.fromstring(item).findtext(f".//{{{XHTML_NS}}}title") == "L'UE soutient le plan de von der Leyen"


def test_a_german_surname_opening_a_sentence_is_the_entry_it_has_inside_one(newsroom):
    papen = "date 2026-11-20 Welt\nlang de\n\nReichskanzler Franz von Papen trat zurück.\n\nVon Papen blieb, wo Hindenburg von Papen vertraute.\n"
    extracted(newsroom, "papen", papen, "en", "fr")
    assert names_listed(newsroom) == ["Franz von Papen", "von Papen"]
    moved = "{Von_Papen} blieb, wo Hindenburg {von_Papen} vertraute."
    translate(newsroom, "en", "papen", {moved: "Hindenburg trusted {Von_Papen}, so {von_Papen} stayed."})
    assert body(newsroom, "en", "papen") == "Hindenburg trusted von Papen, so von Papen stayed."
    translate(newsroom, "fr", "papen", {moved: "{von_Papen} est resté là où Hindenburg faisait confiance à {Von_Papen}."})
    assert body(newsroom, "fr", "papen") == "Von Papen est resté là où Hindenburg faisait confiance à von Papen."


def test_a_particle_the_source_capitalises_inside_a_sentence_keeps_its_capital(newsroom):
    # Flemish names keep their own case: `Van Rompuy` wherever it stands.
    rompuy = "date 2026-11-20 World\n\nFormer President Herman Van Rompuy spoke.\n\nCritics met Van Rompuy. Van Rompuy left early.\n"
    extracted(newsroom, "rompuy", rompuy, "de")
    assert names_listed(newsroom) == ["Herman Van Rompuy", "Van Rompuy"]
    translate(newsroom, "de", "rompuy", {
        "Critics met {Van_Rompuy}.": "{Van_Rompuy} traf Kritiker.",
        "{Van_Rompuy} left early.": "Früh ging {Van_Rompuy}.",
    })
    assert body(newsroom, "de", "rompuy") == "Van Rompuy traf Kritiker. Früh ging Van Rompuy."


def test_a_rendering_of_the_capitalised_entry_from_before_is_kept(newsroom):
    # A workspace from before a surname had one entry: `Von der Leyen` rendered, `von der Leyen` not.
    extracted(newsroom, "leyen", LEYEN, "ru")
    template_path, path = newsroom / "locales/templates/names.pot", newsroom / "locales/ru/LC_MESSAGES/names.po"
    for file, rendering in ((template_path, ""), (path, "Фон дер Ляйен")):
        catalog = polib.pofile(str(file))
        catalog.append(polib.POEntry(msgid="Von der Leyen", msgstr=rendering, comment="Name in: leyen"))
        catalog.save()
    translate(newsroom, "ru", "leyen", {
        HEADLINE: "Глава Еврокомиссии {Ursula_von_der_Leyen} встретилась с профсоюзным лидером {Maria_Costa} в пятницу.",
        ADDED: "Кроме того, {Von_der_Leyen} добавила, что сделка близка.",
        SAID: "{von_der_Leyen} сказала, что сделка близка.",
    })
    published = "Кроме того, фон дер Ляйен добавила, что сделка близка. Фон дер Ляйен сказала, что сделка близка."
    assert body(newsroom, "ru", "leyen") == published
    (newsroom / ".syndicate/extract-state.json").unlink()  # as a new version of syndicate extracts every article again
    invoke(newsroom, "extract", str(newsroom.parent / "leyen.txt"))
    msgfmt_check(path)
    assert names_listed(newsroom) == ["Maria Costa", "Ursula von der Leyen", "von der Leyen"]
    carried = polib.pofile(str(path)).find("von der Leyen")
    assert (carried.msgstr, carried.fuzzy) == ("фон дер Ляйен", False)
    assert body(newsroom, "ru", "leyen") == published


def units_of(*msgids: str) -> list[Unit]:
    """Units of the msgids, each field a name written as its words (`{Von_der_Leyen}`: `Von der Leyen`);
    the first is the headline."""
    return [
        Unit(msgid, "headline" if number == 0 else "paragraph", 0, 1, tuple(Placeholder(field, field.replace("_", " ")) for field in regex.findall(r"\{(\w+)\}", msgid)))
        for number, msgid in enumerate(msgids)
    ]


@pytest.mark.parametrize(("msgids", "expected"), [
    (["{Von_der_Leyen} added it.", "Trade grew, {von_der_Leyen} said."], {"Von der Leyen": "von der Leyen", "von der Leyen": "von der Leyen"}),
    # The article writes the name in lower case only in another name, or not at all.
    (["{Ursula_von_der_Leyen} spoke.", "{Von_der_Leyen} added it."], {"Von der Leyen": "von der Leyen"}),
    (["{Van_Morrison} sang.", "Later {Van_Morrison} left."], {}),
    (["{Van_Rompuy} left.", "Critics met {Van_Rompuy}.", "He met a van rompuy."], {}),
    (["{Al_Gore} spoke.", "{Maria_Costa} spoke."], {}),
    # A title-case headline capitalises the particle as a sentence's start does.
    (["EU Backs {Von_der_Leyen} Plan", "Trade grew, {von_der_Leyen} said."], {"Von der Leyen": "von der Leyen", "von der Leyen": "von der Leyen"}),
    (["{Van_Rompuy} Meets EU Leaders", "Critics met {Van_Rompuy}.", "{Van_Rompuy} left."], {}),
])
def test_the_surnames_whose_particle_takes_its_case_from_where_they_stand(msgids, expected):
    assert particle_names(units_of(*msgids), "en") == expected


def test_a_dutch_source_capitalises_its_surnames_particles_as_its_own():
    assert particle_names(units_of("{Van_Dijk} zei het.", "Het is {Jan_van_Dijk}."), "nl") == {}


@pytest.mark.parametrize(("template", "lang", "opening"), [
    ("{A} added it. Later {B} left!", "en", {"A"}),
    ("It ended. {A} left? {B} stayed… {C} went.", "en", {"A", "B", "C"}),
    ("He said: “{A} is right,” and {B} agreed.", "en", {"A"}),
    ("“{A} is right,” he said. “It is done,” {B} said.", "en", {"A"}),
    ("“Why now?” {A} asked. “Now!” {B} left.", "en", {"B"}),
    ("Dr. {A} met Gen. {B} in the U.S. {C} left.", "en", set()),
    ("the so-called “{A} plan” (and {B})", "en", set()),
    ("Er sagte: „{A} hat recht.“ {B} schwieg.", "de", {"A", "B"}),
    ("¿Qué dijo {A}? ¡{B} lo sabe!", "es", {"B"}),
    ("<a1>{A}</a1> spoke. Then <a2>{B}</a2>.", "en", {"A"}),
    ("« C'est fini », a dit {A}. M. {B} est parti.", "fr", set()),
])
def test_where_a_field_opens_a_sentence(template, lang, opening):
    assert fields_opening_sentences(template, lang) == opening
