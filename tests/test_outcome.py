"""The outcome of a verdict or a decision: a translation that says a court acquitted where its
source says it convicted, or a parliament rejected what the source says it approved, is
reported; one that says the outcome as the source does, in words the lists may or may not
hold, or an outcome the lists cannot read (a plea, one negated or reversed), is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import check_message, publish_errors
from syndicate.ids import parse_locale
from syndicate.model import Unit
from syndicate.outcome import _LEXICONS, _patterns, reversed_outcome


def reversed_(msgid: str, msgstr: str, source: str, target: str) -> list[str]:
    return [issue.message for issue in reversed_outcome(msgid, msgstr, parse_locale(source), parse_locale(target))]


# (source, target, msgid, msgstr, the source's outcome, its words, the translation's outcome, its words)
REVERSED = [
    ("en", "de", "The court acquitted him.", "Das Gericht verurteilte ihn.", "an acquittal", "acquitted", "a conviction", "verurteilte"),
    ("en", "de", "The jury found him not guilty of murder.", "Die Jury sprach ihn des Mordes schuldig.",
     "an acquittal", "not guilty", "a conviction", "sprach … schuldig"),
    ("en", "de", "The jury found her not guilty.", "Die Jury befand sie für schuldig.", "an acquittal", "not guilty", "a conviction",
     "für schuldig"),
    ("en", "de", "The jury found him guilty of murder.", "Die Geschworenen sprachen ihn vom Mordvorwurf frei.",
     "a conviction", "found him guilty", "an acquittal", "sprachen … frei"),
    ("en", "de", "Lawmakers rejected the proposal.", "Die Abgeordneten stimmten dem Vorschlag zu.",
     "a rejection", "rejected", "an approval", "stimmten … zu"),
    ("en", "de", "Lawmakers approved the proposal.", "Die Abgeordneten lehnten den Vorschlag, den die Regierung vorlegte, ab.",
     "an approval", "approved", "a rejection", "lehnten … ab"),
    ("en", "fr", "He was convicted of fraud.", "Il a été acquitté de fraude.", "a conviction", "convicted", "an acquittal", "acquitté"),
    ("en", "fr", "The Senate approved the budget.", "Le Sénat a rejeté le budget.", "an approval", "approved", "a rejection", "rejeté"),
    ("en", "es", "The Senate approved the bill.", "El Senado rechazó el proyecto de ley.", "an approval", "approved", "a rejection",
     "rechazó"),
    ("en", "es", "He was sentenced to 10 years in prison.", "Fue absuelto.", "a conviction", "sentenced to", "an acquittal", "absuelto"),
    ("en", "it", "Parliament rejected the treaty.", "Il Parlamento ha approvato il trattato.", "a rejection", "rejected", "an approval",
     "approvato"),
    ("en", "it", "The court acquitted the mayor.", "Il tribunale ha condannato il sindaco.", "an acquittal", "acquitted", "a conviction",
     "condannato"),
    ("en", "nl", "The court acquitted the men.", "De rechtbank veroordeelde de mannen.", "an acquittal", "acquitted", "a conviction",
     "veroordeelde"),
    ("en", "nl", "The council rejected the plan.", "De raad keurde het plan goed.", "a rejection", "rejected", "an approval",
     "keurde … goed"),
    ("en", "pt", "The court acquitted the men.", "O tribunal condenou os homens.", "an acquittal", "acquitted", "a conviction", "condenou"),
    ("en", "pt", "Congress approved the reform.", "O Congresso rejeitou a reforma.", "an approval", "approved", "a rejection", "rejeitou"),
    ("en", "ru", "The court acquitted him.", "Суд признал его виновным.", "an acquittal", "acquitted", "a conviction",
     "признал его виновным"),
    ("en", "ru", "The court acquitted him.", "Суд вынес обвинительный приговор.", "an acquittal", "acquitted", "a conviction",
     "обвинительный приговор"),
    ("en", "ru", "He was convicted of fraud.", "Он был оправдан по делу о мошенничестве.", "a conviction", "convicted",
     "an acquittal", "оправдан"),
    ("en", "ru", "He was sentenced to 10 years in prison.", "Суд оправдал его.", "a conviction", "sentenced to", "an acquittal",
     "оправдал"),
    ("en", "ru", "The jury found her not guilty.", "Присяжные признали её виновной.", "an acquittal", "not guilty", "a conviction",
     "признали её виновной"),
    ("en", "ru", "The Duma approved the bill.", "Дума отклонила законопроект.", "an approval", "approved", "a rejection", "отклонила"),
    ("en", "ru", "Parliament rejected the budget.", "Парламент принял бюджет.", "a rejection", "rejected", "an approval",
     "принял бюджет"),
    ("en", "ru", "The Senate approved the treaty.", "Сенат наложил вето на договор.", "an approval", "approved", "a rejection",
     "наложил вето"),
    ("en", "pl", "The court acquitted the mayor.", "Sąd skazał burmistrza.", "an acquittal", "acquitted", "a conviction", "skazał"),
    ("en", "pl", "He was found guilty of fraud.", "Został uniewinniony od zarzutu oszustwa.", "a conviction", "found guilty",
     "an acquittal", "uniewinniony"),
    ("en", "pl", "The jury found her not guilty.", "Sąd uznał ją za winną.", "an acquittal", "not guilty", "a conviction",
     "uznał … winną"),
    ("en", "pl", "He was convicted of fraud.", "Sąd oczyścił go z zarzutów oszustwa.", "a conviction", "convicted", "an acquittal",
     "oczyścił … zarzutów"),
    ("en", "pl", "The Sejm approved the budget.", "Sejm odrzucił budżet.", "an approval", "approved", "a rejection", "odrzucił"),
    ("en", "pl", "Parliament rejected the reform.", "Sejm uchwalił reformę.", "a rejection", "rejected", "an approval", "uchwalił"),
    ("en", "pl", "The president vetoed the law.", "Prezydent zatwierdził ustawę.", "a rejection", "vetoed", "an approval",
     "zatwierdził"),
    ("en", "pl", "Lawmakers approved the bill.", "Prezydent zawetował ustawę.", "an approval", "approved", "a rejection",
     "zawetował"),
    ("en", "uk", "The court acquitted him.", "Суд засудив його.", "an acquittal", "acquitted", "a conviction", "засудив"),
    ("en", "uk", "Parliament approved the budget.", "Парламент відхилив бюджет.", "an approval", "approved", "a rejection", "відхилив"),
    ("en", "sv", "The court acquitted him.", "Domstolen dömde honom.", "an acquittal", "acquitted", "a conviction", "dömde"),
    ("en", "sv", "Parliament approved the budget.", "Riksdagen röstade nej till budgeten.", "an approval", "approved", "a rejection",
     "röstade nej"),
    # other sources
    ("ru", "en", "Суд оправдал бывшего мэра.", "The court convicted the former mayor.", "an acquittal", "оправдал",
     "a conviction", "convicted"),
    ("ru", "pl", "Госдума одобрила закон.", "Sejm odrzucił ustawę.", "an approval", "одобрила", "a rejection", "odrzucił"),
    ("pl", "en", "Sejm przyjął ustawę.", "Parliament rejected the law.", "an approval", "przyjął ustawę", "a rejection", "rejected"),
    ("de", "en", "Die Richter sprachen ihn frei.", "The judges convicted him.", "an acquittal", "sprachen ihn frei", "a conviction",
     "convicted"),
    ("fr", "de", "Le Parlement a adopté la loi.", "Das Parlament lehnte das Gesetz ab.", "an approval", "adopté", "a rejection",
     "lehnte … ab"),
    ("en", "cs", "The court acquitted him.", "Soud ho odsoudil.", "an acquittal", "acquitted", "a conviction", "odsoudil"),
    ("en", "cs", "Parliament approved the budget.", "Parlament zamítl rozpočet.", "an approval", "approved", "a rejection", "zamítl"),
    ("en", "el", "The court acquitted him.", "Το δικαστήριο τον καταδίκασε.", "an acquittal", "acquitted", "a conviction",
     "καταδίκασε"),
    ("en", "el", "Parliament approved the budget.", "Η Βουλή απέρριψε τον προϋπολογισμό.", "an approval", "approved",
     "a rejection", "απέρριψε"),
    ("en", "ro", "The court acquitted him.", "Instanța l-a condamnat.", "an acquittal", "acquitted", "a conviction", "condamnat"),
    ("en", "ro", "Parliament approved the budget.", "Parlamentul a respins bugetul.", "an approval", "approved", "a rejection",
     "respins"),
    ("en", "id", "The court acquitted him.", "Pengadilan memvonisnya.", "an acquittal", "acquitted", "a conviction", "memvonisnya"),
    ("en", "id", "Parliament approved the budget.", "Parlemen menolak anggaran.", "an approval", "approved", "a rejection", "menolak"),
]


@pytest.mark.parametrize("source, target, msgid, msgstr, outcome, said, other, translated", REVERSED)
def test_an_outcome_the_translation_turns_round_is_reported(source, target, msgid, msgstr, outcome, said, other, translated):
    assert reversed_(msgid, msgstr, source, target) == [
        f"the source says {outcome} (“{said}”), the translation only {other} (“{translated}”): check the outcome"
    ]


QUIET = [
    # the same outcome, in the words a translator writes
    ("en", "de", "The court acquitted him.", "Das Gericht sprach ihn frei."),
    ("en", "de", "He was convicted of fraud.", "Er wurde wegen Betrugs verurteilt."),
    ("en", "de", "Lawmakers rejected the proposal.", "Die Abgeordneten lehnten den Vorschlag ab."),
    ("en", "de", "The jury found her not guilty.", "Die Jury befand sie für nicht schuldig."),
    ("en", "es", "The Senate approved the bill.", "El Senado aprobó el proyecto de ley."),
    ("en", "nl", "The court acquitted the men.", "De rechtbank sprak de mannen vrij."),
    # `verurteilen` also condemns: beside the acquittal the translation says, it says no other outcome
    ("en", "de", "The UN condemned the verdict that acquitted him.", "Die UN verurteilte das Urteil, das ihn freisprach."),
    # an outcome reversed may be translated as the outcome it comes to
    ("en", "de", "An appeals court overturned his conviction.", "Ein Berufungsgericht sprach ihn frei."),
    ("en", "fr", "The supreme court quashed the acquittal.", "La Cour suprême a condamné l'accusé en cassation."),
    # a plea is no verdict
    ("en", "de", "He pleaded not guilty.", "Er plädierte auf nicht schuldig."),
    ("en", "de", "He pleaded not guilty to fraud, but was convicted.", "Er plädierte auf nicht schuldig, wurde aber verurteilt."),
    # negated: another way of saying the outcome, which lists cannot read
    ("en", "de", "She was not convicted.", "Sie wurde freigesprochen."),
    ("en", "fr", "The board did not approve the merger.", "Le conseil a rejeté la fusion."),
    ("en", "en", "The court acquitted him.", "The court convicted him."),  # one language: no translation
    # a side saying both outcomes of a kind
    ("en", "fr", "Shareholders approved the deal, but rejected the pay plan.", "Les actionnaires ont rejeté l'accord."),
    # no outcome: a separable verb's particle must end its clause
    ("de", "en", "Die Richter sprachen am Montag über freie Wahlen.", "The judges spoke about free elections on Monday."),
    ("en", "de", "His approval rating fell.", "Seine Zustimmungswerte sanken."),
    ("en", "ru", "The court acquitted him.", "Суд его оправдал."),
    ("en", "pl", "He was convicted of fraud.", "Został skazany za oszustwo."),
    ("en", "pl", "Parliament approved the budget.", "Budżet został przyjęty przez Sejm."),
    # … a plea (признал себя виновным is no verdict of guilt), an outcome negated or reversed
    ("en", "ru", "He pleaded guilty to fraud and was acquitted of bribery.",
     "Он признал себя виновным в мошенничестве, а от обвинения во взятке был освобождён."),
    ("en", "pl", "He pleaded not guilty.", "Nie przyznał się do winy."),
    ("en", "ru", "She was not convicted.", "Её оправдали."),
    ("en", "pl", "The Sejm did not approve the bill.", "Sejm odrzucił ustawę."),
    ("en", "ru", "The supreme court convicted him on appeal.", "Верховный суд отменил оправдательный приговор."),
    ("en", "pl", "The appeals court convicted him.", "Sąd apelacyjny uchylił wyrok uniewinniający."),
    # … and words of an outcome in another sense
    ("en", "ru", "The UN condemned the verdict that acquitted him.", "ООН осудила приговор, которым он был оправдан."),
    ("en", "ru", "The court convicted Costa, as expected.", "Решение суда по делу Косты оправдало ожидания."),
    ("en", "pl", "The court acquitted the mayor, whose plan was doomed to fail.",
     "Sąd zwolnił burmistrza, którego plan był skazany na porażkę."),
    ("en", "uk", "The court acquitted him.", "Суд виправдав його."),
    ("en", "uk", "Parliament approved the budget.", "Парламент ухвалив бюджет."),
    ("en", "sv", "The court acquitted him.", "Domstolen frikände honom."),
    ("en", "sv", "Parliament approved the budget.", "Riksdagen godkände budgeten."),
    ("en", "sv", "He was not convicted.", "Han frikändes."),  # negated: not read
    ("en", "cs", "The court acquitted him.", "Soud ho zprostil obžaloby."),
    ("en", "cs", "Parliament rejected the budget.", "Parlament neschválil rozpočet."),  # negated by its prefix: not read
    ("en", "el", "The court acquitted him.", "Το δικαστήριο τον αθώωσε."),
    ("en", "ro", "Parliament approved the budget.", "Parlamentul a aprobat bugetul."),
    ("en", "id", "Parliament rejected the budget.", "Parlemen tidak menyetujui anggaran."),  # negated: not read
    ("en", "hu", "The court acquitted him.", "A bíróság elítélte."),  # a language without lists
]


@pytest.mark.parametrize("source, target, msgid, msgstr", QUIET)
def test_the_same_outcome_or_one_the_lists_cannot_read_is_not_reported(source, target, msgid, msgstr):
    assert reversed_(msgid, msgstr, source, target) == []


@pytest.mark.parametrize("language", sorted(_LEXICONS))
def test_each_language_reads_every_outcome_of_both_kinds(language):
    patterns = _patterns(language)
    assert set(patterns.said) == {"acquittal", "conviction", "approval", "rejection"}


def test_a_reversed_outcome_is_a_warning_and_does_not_keep_the_unit_from_the_feed():
    msgid, msgstr = "The court acquitted him.", "Das Gericht verurteilte ihn."
    unit = Unit(msgid, "paragraph", 0, 1)
    issues = check_message(unit, Message(msgid, msgstr), "de", {})
    assert [(issue.check, issue.severity) for issue in issues] == [("outcome", "warning")]
    assert publish_errors(unit, Message(msgid, msgstr), "de") == []


def test_check_reports_a_reversed_verdict_in_a_translators_file_and_build_still_publishes(tmp_path: Path):
    story = ("date 2026-11-25 World courts\nid verdict\nlang en\n\nCourt clears former mayor\n\n"
             "Porto – A court in Porto acquitted the former mayor of fraud on Tuesday.\n")
    root, invoke = newsroom_with_story(tmp_path, "verdict", story, ["de"])
    translate_po(root, "de", "verdict", {
        "Court clears former mayor": "Gericht urteilt über früheren Bürgermeister",
        "Porto – A court in Porto acquitted the former mayor of fraud on Tuesday.":
            "Porto – Ein Gericht in Porto verurteilte den früheren Bürgermeister am Dienstag wegen Betrugs.",
    })
    checked = invoke("check", "--format", "json", "-l", "de")
    assert checked.exit_code == 0, checked.output
    found = [(finding["check"], finding["severity"], finding["message"]) for finding in json.loads(checked.output)
             if finding["check"] == "outcome"]
    assert found == [("outcome", "warning",
                      "the source says an acquittal (“acquitted”), the translation only a conviction (“verurteilte”): check the outcome")]
    built = invoke("build", "-l", "de")
    assert built.exit_code == 0, built.output
    assert (root / "feeds/de/verdict.xml").is_file()
