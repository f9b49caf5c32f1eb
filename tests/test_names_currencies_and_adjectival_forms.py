"""A currency's code beside its amount is no name but a currency, which every language writes
its own way (`SEK 2.5 billion`: `2,5 miljarder kronor`, `25억 크로나`), where an acronym
alone stays protected; and a surname or a place's word that declines as an adjective (-ський,
-ский, -ой) takes its cases' endings in a translator comment's form (`Володимира
Зеленського`, `Достоевского`, `Олімпійському стадіоні`), another name still refused."""

from __future__ import annotations

import polib
import pytest

from conftest import msgfmt_check, newsroom_with_story, translate_po
from test_names_romance_german import msgids


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The bank sold its Baltic unit for SEK 2.5 billion on Monday."),
    ("en", "Israel's Teva paid NIS 40 million in fines."),
    ("en", "The deal is worth 2.5 billion SEK, the bank said."),
    ("en", "The deal is worth SEK2.5bn, the bank said."),
    ("en", "The deal is worth 2.5bn SEK, the bank said."),
    ("en", "It paid CAD 300 million for the mine."),
    ("en", "A ticket costs 500 NOK."),
    ("de", "Der Verkauf ist 2,5 Mrd. SEK wert."),
    ("fr", "La vente vaut 2,5 milliards SEK."),
])
def test_a_currency_code_beside_its_amount_is_left_to_translate(lang, body):
    assert msgids(body, lang) == [body]


@pytest.mark.parametrize(("body", "expected"), [
    # An acronym that is also a currency's code names an organisation where no amount is beside it.
    ("CAD said on Monday it would cut jobs.", "{CAD} said on Monday it would cut jobs."),
    ("The MAD group said sales rose.", "The {MAD} group said sales rose."),
    ("TOP said profits rose 5 percent.", "{TOP} said profits rose 5 percent."),
    ("BAM said 40 workers were hired.", "{BAM} said 40 workers were hired."),
    # An index's name with its number, and a name joined to a number that is no amount.
    ("The BEL 20 rose in Brussels.", "The {BEL_20} rose in Brussels."),
    ("Delegates at COP28 in Dubai agreed.", "Delegates at {COP28} in Dubai agreed."),
])
def test_an_acronym_that_is_also_a_currency_code_stays_a_name_away_from_an_amount(body, expected):
    assert msgids(body, "en") == [expected]


FX_DEALS = """date 2024-06-03 Home page economy
title Nordic lender sells stake for SEK 2.5 billion
id fx-deals

Stockholm – Vasa Bank sold its Baltic unit for SEK 2.5 billion on Monday.

Israel's Teva paid NIS 40 million in fines.
"""


@pytest.mark.parametrize(("locale", "translations"), [
    ("sv", {
        "Nordic lender sells stake for SEK 2.5 billion": "Nordisk långivare säljer andel för 2,5 miljarder kronor",
        "Stockholm – {Vasa_Bank} sold its Baltic unit for SEK 2.5 billion on Monday.":
            "Stockholm – {Vasa_Bank} sålde sin baltiska enhet för 2,5 miljarder kronor på måndagen.",
        "Israel's Teva paid NIS 40 million in fines.": "Israeliska Teva betalade 40 miljoner shekel i böter.",
    }),
    ("nl", {
        "Nordic lender sells stake for SEK 2.5 billion": "Noordse bank verkoopt belang voor 2,5 miljard Zweedse kronen",
        "Stockholm – {Vasa_Bank} sold its Baltic unit for SEK 2.5 billion on Monday.":
            "Stockholm – {Vasa_Bank} verkocht maandag zijn Baltische tak voor 2,5 miljard Zweedse kronen.",
        "Israel's Teva paid NIS 40 million in fines.": "Het Israëlische Teva betaalde 40 miljoen sjekel aan boetes.",
    }),
])
def test_a_translation_writing_the_currency_its_own_way_is_published(tmp_path, locale, translations):
    root, invoke = newsroom_with_story(tmp_path, "fx-deals", FX_DEALS, [locale])
    path = root / f"locales/{locale}/LC_MESSAGES/fx-deals.po"
    assert sorted(entry.msgid for entry in polib.pofile(str(path))) == sorted(translations)
    translate_po(root, locale, "fx-deals", translations)
    msgfmt_check(path)
    checked = invoke("check", "-l", locale)
    assert checked.exit_code == 0 and "No problems found." in checked.output, checked.output
    assert invoke("build", "-l", locale).exit_code == 0
    published = (root / f"feeds/{locale}/fx-deals.xml").read_text(encoding="utf-8")
    assert translations["Israel's Teva paid NIS 40 million in fines."] in published


def story_with_names(body: str) -> str:
    return f"date 2024-06-03 Home page world\ntitle Talks\nid talks\n\n{body}\n"


def with_form(tmp_path, locale: str, body: str, renderings: dict[str, str], msgstr: str, comment: str):
    """The story `body` extracted into `locale`, its names rendered in names.po as
    `renderings` gives them, and its sentence translated as `msgstr` with the translator
    comment `comment` giving a name's form: the newsroom and the CLI."""
    root, invoke = newsroom_with_story(tmp_path, "talks", story_with_names(body), [locale])
    names = polib.pofile(str(root / f"locales/{locale}/LC_MESSAGES/names.po"))
    for entry in names:
        entry.msgstr = renderings[entry.msgid]
    names.save()
    path = root / f"locales/{locale}/LC_MESSAGES/talks.po"
    po = polib.pofile(str(path))
    [sentence] = [entry for entry in po if entry.msgid != "Talks"]
    sentence.msgstr, sentence.tcomment = msgstr, comment
    po.find("Talks").msgstr = {"uk": "Переговори", "ru": "Переговоры", "pl": "Rozmowy"}[locale]
    po.save()
    msgfmt_check(path)
    return root, invoke


@pytest.mark.parametrize(("locale", "body", "renderings", "msgstr", "comment", "published"), [
    ("uk", "The plan of Volodymyr Zelensky was welcomed.", {"Volodymyr Zelensky": "Володимир Зеленський"},
     "План {Volodymyr_Zelensky} схвалили.", "{Volodymyr_Zelensky} = Володимира Зеленського", "План Володимира Зеленського схвалили."),
    ("uk", "Talks with Volodymyr Zelensky went on.", {"Volodymyr Zelensky": "Володимир Зеленський"},
     "Переговори з {Volodymyr_Zelensky} тривали.", "{Volodymyr_Zelensky} = Володимиром Зеленським",
     "Переговори з Володимиром Зеленським тривали."),
    ("uk", "Mauro Icardi scored twice at the Ataturk Olympic Stadium.",
     {"Mauro Icardi": "Мауро Ікарді", "Ataturk Olympic Stadium": "Олімпійський стадіон імені Ататюрка"},
     "{Mauro_Icardi} двічі забив на {Ataturk_Olympic_Stadium}.",
     "{Ataturk_Olympic_Stadium} = Олімпійському стадіоні імені Ататюрка",
     "Мауро Ікарді двічі забив на Олімпійському стадіоні імені Ататюрка."),
    ("ru", "The novels of Fyodor Dostoevsky were read aloud.", {"Fyodor Dostoevsky": "Фёдор Достоевский"},
     "Романы {Fyodor_Dostoevsky} читали вслух.", "{Fyodor_Dostoevsky} = Фёдора Достоевского", "Романы Фёдора Достоевского читали вслух."),
    ("ru", "Readers admired Lev Tolstoy.", {"Lev Tolstoy": "Лев Толстой"},
     "Читатели восхищались {Lev_Tolstoy}.", "{Lev_Tolstoy} = Львом Толстым", "Читатели восхищались Львом Толстым."),
    ("pl", "The plan of Jan Kowalski was welcomed.", {"Jan Kowalski": "Jan Kowalski"},
     "Plan {Jan_Kowalski} przyjęto.", "{Jan_Kowalski} = Jana Kowalskiego", "Plan Jana Kowalskiego przyjęto."),
    ("pl", "The plan of Anna Kowalska was welcomed.", {"Anna Kowalska": "Anna Kowalska"},
     "Plan {Anna_Kowalska} przyjęto.", "{Anna_Kowalska} = Anny Kowalskiej", "Plan Anny Kowalskiej przyjęto."),
])
def test_a_name_declined_as_an_adjective_is_published_in_its_form(tmp_path, locale, body, renderings, msgstr, comment, published):
    root, invoke = with_form(tmp_path, locale, body, renderings, msgstr, comment)
    checked = invoke("check", "-l", locale)
    assert checked.exit_code == 0 and "No problems found." in checked.output, checked.output
    assert invoke("build", "-l", locale).exit_code == 0
    assert published in (root / f"feeds/{locale}/talks.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("form", "rendering"), [
    ("Олени Зеленської", "Володимир Зеленський"),  # his wife's name
    ("Володимира Зеленська", "Володимир Зеленський"),
    ("Володимира Зеленського", "Володимир Зелінський"),
    ("Володимира Залеського", "Володимир Зеленський"),
])
def test_another_name_given_as_an_adjectival_surnames_form_is_refused(tmp_path, form, rendering):
    root, invoke = with_form(
        tmp_path, "uk", "The plan of Volodymyr Zelensky was welcomed.", {"Volodymyr Zelensky": rendering},
        "План {Volodymyr_Zelensky} схвалили.", f"{{Volodymyr_Zelensky}} = {form}",
    )
    checked = invoke("check", "-l", "uk")
    assert checked.exit_code == 1
    assert f"name-form: # {{Volodymyr_Zelensky}} = {form}: not a form of {rendering}" in checked.output, checked.output
    assert invoke("build", "-l", "uk").exit_code == 1
    assert not (root / "feeds/uk/talks.xml").exists()
