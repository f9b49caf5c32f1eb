"""The bound a figure is given: a translation that turns a floor (`more than 300`) into a ceiling
(`weniger als 300`), or the other way round, is an error that keeps the unit from the feed; the
same bound in the words a translator writes, a bound dropped, or a number given both bounds is
not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import newsroom_with_story, translate_po

from syndicate.figures.bounds import _BOUNDS, reversed_bounds
from syndicate.catalog import Message
from syndicate.check import publish_errors
from syndicate.ids import parse_locale
from syndicate.model import Unit


def reversed_(msgid: str, msgstr: str, source: str, target: str) -> list[str]:
    return [issue.message for issue in reversed_bounds(msgid, msgstr, parse_locale(source), parse_locale(target))]


# (source, target, msgid, msgstr, the source's words, its bound, the translation's words, its bound)
REVERSED = [
    ("en", "de", "More than 300 people died.", "Weniger als 300 Menschen starben.", "More than 300", "floor", "Weniger als 300", "ceiling"),
    ("en", "de", "At least 12 people were killed.", "Höchstens 12 Menschen wurden getötet.", "At least 12", "floor", "Höchstens 12",
     "ceiling"),
    ("en", "de", "It costs more than $3.5 billion.", "Es kostet weniger als 3,5 Milliarden Dollar.", "more than $3.5", "floor",
     "weniger als 3,5", "ceiling"),
    ("en", "de", "No more than 1,200 people came.", "Nicht weniger als 1.200 Menschen kamen.", "No more than 1,200", "ceiling",
     "Nicht weniger als 1.200", "floor"),
    ("en", "fr", "Fewer than 50 firms signed up.", "Plus de 50 entreprises ont signé.", "Fewer than 50", "ceiling", "Plus de 50", "floor"),
    ("en", "fr", "Nearly 2,000 homes lost power.", "Plus de 2 000 foyers ont été privés de courant.", "Nearly 2,000", "ceiling",
     "Plus de 2 000", "floor"),
    ("en", "es", "Up to 40 people were hurt.", "Al menos 40 personas resultaron heridas.", "Up to 40", "ceiling", "Al menos 40", "floor"),
    ("en", "it", "Over 5,000 jobs are at risk.", "Meno di 5.000 posti di lavoro sono a rischio.", "Over 5,000", "floor", "Meno di 5.000",
     "ceiling"),
    ("en", "nl", "Inflation stayed below 2%.", "De inflatie bleef boven meer dan 2 procent.", "below 2", "ceiling", "meer dan 2", "floor"),
    ("en", "pt", "More than 300 flights were cancelled.", "Até 300 voos foram cancelados.", "More than 300", "floor", "Até 300",
     "ceiling"),
    ("de", "en", "Mehr als 300 Menschen starben.", "Fewer than 300 people died.", "Mehr als 300", "floor", "Fewer than 300", "ceiling"),
    ("en", "ru", "More than 300 people died.", "Погибли менее 300 человек.", "More than 300", "floor", "менее 300", "ceiling"),
    ("en", "ru", "At least 12 people were hurt.", "Не более 12 человек пострадали.", "At least 12", "floor", "Не более 12", "ceiling"),
    ("en", "uk", "More than 300 people died.", "Загинули майже 300 людей.", "More than 300", "floor", "майже 300", "ceiling"),
    ("en", "pl", "More than 300 people died.", "Zginęło mniej niż 300 osób.", "More than 300", "floor", "mniej niż 300", "ceiling"),
    ("en", "sv", "More than 300 people died.", "Färre än 300 människor dog.", "More than 300", "floor", "Färre än 300", "ceiling"),
    ("en", "de", "More than 300 people died.", "Knapp 300 Menschen starben.", "More than 300", "floor", "Knapp 300", "ceiling"),
    ("en", "el", "More than 300 people died.", "Λιγότεροι από 300 άνθρωποι πέθαναν.", "More than 300", "floor", "Λιγότεροι από 300",
     "ceiling"),
    ("en", "cs", "More than 300 people died.", "Zemřelo méně než 300 lidí.", "More than 300", "floor", "méně než 300", "ceiling"),
    ("en", "fi", "More than 300 people died.", "Alle 300 ihmistä kuoli.", "More than 300", "floor", "Alle 300", "ceiling"),
    ("en", "ro", "More than 300 people died.", "Sub 300 de oameni au murit.", "More than 300", "floor", "Sub 300", "ceiling"),
    ("en", "id", "More than 300 people died.", "Kurang dari 300 orang tewas.", "More than 300", "floor", "Kurang dari 300", "ceiling"),
    ("en", "vi", "More than 300 people died.", "Dưới 300 người thiệt mạng.", "More than 300", "floor", "Dưới 300", "ceiling"),
    ("en", "hu", "More than 300 people died.", "Kevesebb mint 300 ember halt meg.", "More than 300", "floor", "Kevesebb mint 300",
     "ceiling"),
    ("en", "tr", "Up to 40 flights were cancelled.", "En az 40 uçuş iptal edildi.", "Up to 40", "ceiling", "En az 40", "floor"),
    ("en", "he", "More than 300 people died.", "פחות מ-300 בני אדם מתו.", "More than 300", "floor", "פחות מ-300", "ceiling"),
    ("en", "ko", "Up to 40 flights were cancelled.", "최소 40편의 항공편이 취소됐다.", "Up to 40", "ceiling", "최소 40", "floor"),
]


@pytest.mark.parametrize("source, target, msgid, msgstr, said, bound, translated, other", REVERSED)
def test_a_bound_the_translation_turns_round_is_reported(source, target, msgid, msgstr, said, bound, translated, other):
    assert reversed_(msgid, msgstr, source, target) == [
        f"“{said}” in the source is a {bound}, “{translated}” in the translation a {other}: say the bound the source gives"
    ]


QUIET = [
    ("en", "de", "More than 300 people died.", "Über 300 Menschen starben."),
    ("en", "de", "More than 300 people died.", "Mehr als 300 Menschen starben."),
    ("en", "de", "No more than 1,200 people came.", "Höchstens 1.200 Menschen kamen."),
    ("en", "fr", "At least 8 people were hurt.", "Au moins 8 personnes ont été blessées."),  # `au moins`, not `moins`
    ("en", "fr", "Fewer than 50 firms signed up.", "Pas plus de 50 entreprises ont signé."),
    ("en", "es", "Up to 40 people were hurt.", "Hasta 40 personas resultaron heridas."),
    ("en", "nl", "More than 300 people died.", "Ruim 300 mensen kwamen om."),
    ("en", "de", "More than 300 people died.", "Rund 300 Menschen starben."),  # a bound dropped
    ("en", "de", "More than three people died.", "Weniger als drei Menschen starben."),  # in words: not read
    # the number given both bounds in the translation (`tot 10 uur`, until 10 o'clock)
    ("en", "nl", "More than 10 people waited until 10 a.m.", "Meer dan 10 mensen wachtten tot 10 uur."),
    ("en", "de", "More than 300 people died.", "Weniger als 200 Menschen starben."),  # another number: `numbers` says so
    ("en", "de", "The turnover 300 was high.", "Unter 300 lag der Umsatz."),  # `turnover` is no `over`
    ("en", "de", "He was picked from over 300 applicants.", "Er wurde unter 300 Bewerbern ausgewählt."),  # `unter` is also `among`
    ("en", "de", "More than 3.5 million people voted.", "Weniger als 35 Millionen Menschen wählten."),  # another number: not 3,5
    ("en", "ru", "More than 300 people died.", "Погибли свыше 300 человек."),
    ("en", "ru", "At least 12 people were hurt.", "Не менее 12 человек пострадали."),  # `не менее`, not `менее`
    ("en", "ru", "Unemployment rose to 5%.", "Безработица выросла до 5 %."),  # `до` is also `to`: not read
    ("en", "uk", "More than 300 people died.", "Загинули понад 300 людей."),
    ("en", "pl", "More than 300 people died.", "Zginęło ponad 300 osób."),
    ("en", "sv", "More than 300 people died.", "Över 300 människor dog."),
    ("en", "el", "More than 300 people died.", "Πάνω από 300 άνθρωποι πέθαναν."),
    ("en", "cs", "More than 300 people died.", "Zemřelo přes 300 lidí."),
    ("en", "cs", "Up to 40 flights were cancelled.", "Zrušeno bylo až 40 letů."),  # `až` is also `until`: not read
    ("en", "fi", "More than 300 people died.", "Yli 300 ihmistä kuoli."),
    ("en", "ro", "More than 300 people died.", "Peste 300 de oameni au murit."),
    ("en", "id", "More than 300 people died.", "Sedikitnya 300 orang tewas."),
    ("en", "vi", "More than 300 people died.", "Hơn 300 người thiệt mạng."),
    ("en", "hu", "More than 300 people died.", "Több mint 300 ember halt meg."),
    ("en", "he", "More than 300 people died.", "יותר מ־300 בני אדם מתו."),
    ("en", "tr", "More than 300 people died.", "300'den fazla kişi öldü."),  # a bound after its number: not read
    ("en", "ko", "Up to 40 flights were cancelled.", "최대 40편의 항공편이 취소됐다."),
    # a negated bound is the other one, in every language read
    ("en", "cs", "No more than 300 people came.", "Přišlo ne více než 300 lidí."),
    ("en", "sk", "No more than 300 people came.", "Prišlo nie viac ako 300 ľudí."),
    ("en", "ro", "No fewer than 300 people came.", "Au venit nu mai puțin de 300 de oameni."),
    ("en", "id", "No more than 300 people came.", "Tidak lebih dari 300 orang datang."),
    ("en", "el", "No more than 300 people came.", "Ήρθαν όχι περισσότεροι από 300 άνθρωποι."),
    ("en", "hu", "No fewer than 300 people came.", "Nem kevesebb mint 300 ember jött."),
    ("en", "he", "No more than 300 people came.", "לא יותר מ-300 איש הגיעו."),
    ("en", "vi", "No fewer than 300 people came.", "Không dưới 300 người đã đến."),
    ("en", "vi", "Fewer than 300 people came.", "Ít hơn 300 người đã đến."),  # `ít hơn`, not `hơn`
    ("en", "fi", "No more than 300 people came.", "Ei yli 300 ihmistä tuli."),
    ("en", "de", "No more than 300 people came.", "Nicht über 300 Menschen kamen."),
    ("en", "de", "Nearly 300 people died.", "Knapp 300 Menschen starben."),
    ("en", "it", "No more than 30 people came.", "Non oltre 30 persone sono venute."),
    ("en", "sv", "No more than 300 people came.", "Inte mer än 300 personer kom."),
    ("en", "ja", "More than 300 people died.", "300人未満が死亡した。"),  # a language without lists
]


@pytest.mark.parametrize("source, target, msgid, msgstr", QUIET)
def test_the_same_bound_a_dropped_one_or_one_the_lists_cannot_read_is_not_reported(source, target, msgid, msgstr):
    assert reversed_(msgid, msgstr, source, target) == []


@pytest.mark.parametrize("language", sorted(_BOUNDS))
def test_each_language_has_words_of_both_bounds_and_none_twice(language):
    floors, ceilings = _BOUNDS[language]["floor"], _BOUNDS[language]["ceiling"]
    assert floors and ceilings
    words = [*floors, *ceilings]
    assert len(words) == len(set(words))


def test_a_bound_turned_round_keeps_the_unit_from_the_feed():
    msgid, msgstr = "More than 300 people died.", "Weniger als 300 Menschen starben."
    assert publish_errors(Unit(msgid, "paragraph", 0, 1), Message(msgid, msgstr), "de") == [
        "bound: “More than 300” in the source is a floor, “Weniger als 300” in the translation a ceiling: say the bound the source gives"
    ]


def test_build_refuses_an_item_whose_translation_turns_a_bound_round_and_check_says_where(tmp_path: Path):
    story = ("date 2026-11-25 World\nid flood\nlang en\n\nFloods in the north\n\n"
             "Porto – More than 300 people were evacuated on Tuesday.\n")
    root, invoke = newsroom_with_story(tmp_path, "flood", story, ["de"])
    translate_po(root, "de", "flood", {
        "Floods in the north": "Überschwemmungen im Norden",
        "Porto – More than 300 people were evacuated on Tuesday.": "Porto – Weniger als 300 Menschen wurden am Dienstag evakuiert.",
    })
    built = invoke("build", "-l", "de")
    assert built.exit_code == 1
    assert not (root / "feeds/de/flood.xml").exists()
    checked = invoke("check", "--format", "json", "-l", "de")
    assert checked.exit_code == 1
    [finding] = [finding for finding in json.loads(checked.output) if finding["check"] == "bound"]
    assert (finding["severity"], finding["msgid"]) == ("error", "Porto – More than 300 people were evacuated on Tuesday.")
    po_lines = (root / "locales/de/LC_MESSAGES/flood.po").read_text(encoding="utf-8").splitlines()
    # the entry the translator opens: its first line, its comments above its msgid
    assert next(line for line in po_lines[finding["line"] - 1:] if line.startswith("msgid")).startswith('msgid "Porto')
    translate_po(root, "de", "flood", {
        "Porto – More than 300 people were evacuated on Tuesday.": "Porto – Mehr als 300 Menschen wurden am Dienstag evakuiert.",
    })
    assert invoke("build", "-l", "de").exit_code == 0
    assert (root / "feeds/de/flood.xml").is_file()
