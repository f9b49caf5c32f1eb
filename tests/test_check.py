"""QA checks: each check fires on its problem, and correct localisation is not reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import polib
import pytest
from babel import Locale

from syndicate.catalog import FUZZY, Catalog, Message, merge, template
from syndicate import build as build_module
from syndicate import check
from syndicate.build import build
from syndicate.check import Finding, Report, check_message, check_workspace
from syndicate.glossary import po_file as glossary_po_file
from syndicate.issues import CHECKS
from syndicate.model import Article, Block, Placeholder, Unit
from syndicate.pofile import write_catalog
from syndicate.quotes import find_quotations
from syndicate.workspace import Workspace

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
COSTA = Placeholder("Maria_Costa", "Maria Costa")
URL = Placeholder("url", "https://port.example/strike", "url")


def unit(msgid: str, *placeholders: Placeholder) -> Unit:
    """The unit as extract makes it, with the quotations it holds and an address for each link it marks."""
    quotations = tuple(msgid[quote.start : quote.end] for quote in find_quotations(msgid) if quote.depth == 0)
    links = tuple(f"https://port.example/{number}" for number in range(1, msgid.count("</a") + 1))
    return Unit(msgid, "paragraph", 0, 1, placeholders=placeholders, quotations=quotations, links=links)


def checks(msgid: str, msgstr: str, locale: str = "de", *placeholders: Placeholder, glossary=None, **message) -> list[tuple[str, str]]:
    issues = check_message(unit(msgid, *placeholders), Message(msgid, msgstr, **message), locale, glossary or {})
    return [(issue.check, issue.severity) for issue in issues]


def reviewed(msgid: str, msgstr: str, locale: str, source: str = "en") -> list[tuple[str, str, str]]:
    """Every issue the review finds in a translation from `source`: check, severity and message."""
    issues = check_message(unit(msgid), Message(msgid, msgstr), locale, {}, source_locale=source)
    return [(issue.check, issue.severity, issue.message) for issue in issues]


def messages(msgid: str, msgstr: str, locale: str = "de", *placeholders: Placeholder, glossary=None) -> list[str]:
    return [issue.message for issue in check_message(unit(msgid, *placeholders), Message(msgid, msgstr), locale, glossary or {})]


# -- correct localisation is not reported (where pofilter misfires) --------------------------

@pytest.mark.parametrize("locale, msgstr", [
    ("de", "„Wir verlangen nicht den Mond“, sagte {Maria_Costa}, rund 1.200 Container stünden still, Kosten: 3,5 Millionen Euro."),
    ("fr", "« Nous ne demandons pas la lune », a dit {Maria_Costa}, environ 1\u202f200 conteneurs sont bloqués, coût : 3,5 millions d’euros."),
    ("de-CH", "«Wir verlangen nicht den Mond», sagte {Maria_Costa}, rund 1’200 Container stünden still, Kosten: 3.5 Millionen Euro."),
    ("ru", "«Мы не просим луну», — сказала {Maria_Costa}, около 1\u00a0200 контейнеров стоят, ущерб — 3,5 млн евро."),
])
def test_a_correct_translation_has_no_findings(locale, msgstr):
    msgid = "“We are not asking for the moon,” {Maria_Costa} said, about 1,200 containers are stuck, costing €3.5 million."
    assert checks(msgid, msgstr, locale, COSTA) == []


# -- one test per check ----------------------------------------------------------------------

BAD = [
    ("placeholders", "{Maria_Costa} spoke.", "Sie sprach.", (COSTA,)),
    ("placeholders", "{Maria_Costa} spoke.", "{Maria_Costa} sprach mit {Jan}.", (COSTA,)),
    ("placeholders", "{Maria_Costa} spoke.", "{Maria_Costa} sprach {.", (COSTA,)),
    ("link-markers", "Read <a1>the report</a1>.", "Lesen Sie den Bericht.", ()),
    ("link-markers", "Read <a1>the report</a1> and <a2>the reply</a2>.", "Lesen Sie <a1>den Bericht</a1> und <a1>die Antwort</a2>.", ()),
    ("link-markers", "Read <a1>the report</a1> and <a2>the reply</a2>.", "Lesen Sie <a1>den Bericht und <a2>die Antwort</a2></a1>.", ()),
    ("link-markers", "Read <a1>the report</a1>.", "Lesen Sie <a1>den Bericht</a1> und <a2>mehr</a2>.", ()),
    ("link-markers", "Read <a1>the report</a1>.", "Lesen Sie <a href=\"https://port.example/1\">den Bericht</a>.", ()),
    ("control-character", "The strike ended.", "Der Streik endete.\x07", ()),
    ("control-character", "The strike ended.", "Der Streik\ufeff endete.", ()),
    ("quotation-pairing", "“We want contracts,” she said.", "„Wir wollen Verträge, sagte sie.", ()),
    ("quotation-dropped", "“We want contracts,” she said.", "Sie wolle Verträge, sagte sie.", ()),
    ("quotation-count", "“We want contracts,” she said, “and pay.”", "„Wir wollen Verträge und Lohn“, sagte sie.", ()),
    ("quotation-shortened", "“We will not accept any deal that cuts our wages,” union leader Maria Costa said on Monday.",
     "„Wir werden keinen Deal“, sagte Gewerkschaftschefin Maria Costa am Montag.", ()),
    ("numbers", "About 1,200 containers are stuck.", "Rund 1.300 Container stehen still.", ()),
    ("numbers", "About 1,200 containers are stuck.", "Viele Container stehen still.", ()),
    ("numbers", "Ministers meet at 6:45 p.m.", "Die Minister treffen sich um 18.30 Uhr.", ()),
    ("number-format", "It costs €3.5 million.", "Es kostet 3.5 Millionen Euro.", ()),
    ("time-format", "Ministers meet at 6:45.", "Die Minister treffen sich um 18.45 Uhr.", ()),
    ("url", "Details at https://port.example/a.", "Details unter https://port.example/b.", ()),
    ("url", "Details at {url}.", "Details unter {url} und https://port.example/strike.", (URL,)),
    ("email", "Write to press@port.example.", "Schreiben Sie an presse@port.example.", ()),
    ("markup", "The strike ended.", "Der Streik <b>endete</b>.", ()),
    ("markup", "The strike ended.", "Der Streik endete.<script>alert(1)</script>", ()),
    ("markup", "Talks in Brussels ended.", "Gespräche &amp; Verhandlungen in Brüssel endeten.", ()),
    ("markup", "About 1,200 containers.", "Rund 1.200&nbsp;Container.", ()),
    ("line-break", "The strike ended.", "Der Streik endete.\n", ()),
    ("line-break-inside", "The strike ended.", "Der Streik\nendete.", ()),
    ("numbers", "Three ministers quit.", "Minister traten zurück.", ()),
    ("count-dropped", "Two or three ministers quit.", "Einige Minister traten zurück.", ()),
    ("percent-dropped", "Prices rose 3% in May.", "Die Preise stiegen im Mai um 3.", ()),
    ("minus-dropped", "The economy grew by -0.5% in the third quarter.", "Die Wirtschaft wuchs im dritten Quartal um 0,5 %.", ()),
    ("day-changed", "Talks resume on Saturday evening.", "Die Gespräche werden am Sonntagabend fortgesetzt.", ()),
    ("msgcat-conflict", "The strike ended.", "#-#-#-#-#  a.po  #-#-#-#-#\nDer Streik endete.\n#-#-#-#-#  b.po  #-#-#-#-#\nDer Streik ist vorbei.", ()),
    ("bidi-control", "The strike ended.", "Der Streik \u202enicht\u202c endete.", ()),  # shows “thcin”
    ("bidi-control", "The strike ended.", "Der Streik \u202bnicht endete.", ()),  # left open
    ("bidi-embedding", "The strike ended.", "Der Streik \u202bnicht\u202c endete.", ()),
    ("blank", "The strike ended.", "\u00a0", ()),
    ("dateline-changed", "Paris – The strike ended.", "Berlin – Der Streik endete.", ()),
    ("place-changed", "The talks will be held in Vienna.", "Die Gespräche finden in Prag statt.", ()),
    ("wrong-script", "The strike ended.", "Забастовка закончилась.", ()),  # Russian saved into the German file
    ("unchanged", "The strike at the port ended.", "The strike at the port ended.", ()),
    ("whitespace", "The strike ended.", "Der Streik endete. ", ()),
    ("end-punctuation", "Will the strike spread?", "Der Streik weitet sich aus.", ()),
    ("doubled-word", "The strike ended.", "Der der Streik endete.", ()),
    ("direction", "Inflation rose to 3.2% in May.", "Die Inflation sank im Mai auf 3,2 %.", ()),
    ("outcome", "The court acquitted him.", "Das Gericht verurteilte ihn.", ()),
    ("bound", "More than 300 people died.", "Weniger als 300 Menschen starben.", ()),
    ("glossary", "{Maria_Costa} spoke.", "{Maria_Costa} (Maria Costa) sprach.", (COSTA,)),
    ("length", "The strike ended.", "Der Streik endete. " * 6, ()),
]


@pytest.mark.parametrize("check, msgid, msgstr, placeholders", BAD, ids=[f"{case[0]}-{i}" for i, case in enumerate(BAD)])
def test_each_check_fires_with_its_name_and_severity(check, msgid, msgstr, placeholders):
    assert (check, CHECKS[check][0]) in checks(msgid, msgstr, "de", *placeholders)


def test_every_check_is_tested():
    tested_below = {"untranslated", "fuzzy", "latin-script", "glossary-rendering", "language", "name-form", "number-added", "ignore-comment",
                    "byte-order-mark", "copied-source", "unreadable", "po-header"}
    assert {case[0] for case in BAD} | tested_below == set(CHECKS)


def test_check_lists_every_check_by_name_errors_first_without_a_workspace(tmp_path: Path):
    """What a report's check names mean, for the desk and translators: pofilter's --listfilters."""
    from click.testing import CliRunner

    from syndicate.cli import main

    absent = tmp_path / "no-workspace"
    listed = CliRunner().invoke(main, ["--root", str(absent), "check", "--list-checks"])
    assert listed.exit_code == 0, listed.output
    rows = [line.split(None, 2) for line in listed.output.splitlines()]
    assert [(name, severity, description) for severity, name, description in rows] == [
        (name, *CHECKS[name]) for name in sorted(CHECKS, key=lambda name: CHECKS[name][0] != "error")
    ]
    assert [severity for severity, _, _ in rows].index("warning") == sum(severity == "error" for severity, _ in CHECKS.values())
    as_json = CliRunner().invoke(main, ["--root", str(absent), "check", "--list-checks", "--format", "json"])
    assert {item["check"]: (item["severity"], item["description"]) for item in json.loads(as_json.output)} == dict(CHECKS)
    assert not absent.exists()


REAL = Placeholder("Real_Madrid", "Real Madrid")


@pytest.mark.parametrize("locale, msgstr", [
    ("ru", "«Мы победим», — сказал тренер «{Real_Madrid}»."),  # Russian sets a club's name in guillemets
    ("uk", "«Ми переможемо», — сказав тренер мадридського «{Real_Madrid}»."),
])
def test_a_name_in_quotation_marks_is_no_quotation_for_the_count(locale, msgstr):
    msgid = "“We will win,” said the coach of {Real_Madrid}."
    assert checks(msgid, msgstr, locale, REAL) == []


def test_a_title_quoted_on_one_side_only_is_no_quotation_dropped():
    paper = Placeholder("El_Pais", "El País")
    msgid = "“We will win,” the coach told “{El_Pais}”."
    assert checks(msgid, "„Wir werden gewinnen“, sagte der Trainer {El_Pais}.", "de", paper) == []
    # a quoted name the other side does not have is a quotation added
    assert ("quotation-count", "warning") in checks(
        "“We will win,” the coach said.", "„Wir werden gewinnen“, sagte der Trainer „{El_Pais}“.", "de", paper)


def test_a_quotation_translated_in_full_is_measured_against_the_rest_of_its_sentence():
    msgid = "“We will not accept any deal that cuts our wages,” union leader Maria Costa said on Monday."
    assert checks(msgid, "„Wir werden keinen Deal akzeptieren, der unsere Löhne kürzt“, sagte Gewerkschaftschefin Maria Costa am "
                         "Montag.") == []
    # Japanese writes both shorter: the rest of the sentence is its measure
    assert checks(msgid, "「賃金を削るいかなる合意も受け入れない」と労組指導者のマリア・コスタ氏は月曜日に述べた。", "ja") == []
    # a short attribution tells nothing of the language's length: not measured
    assert checks("“We will not accept any deal that cuts our wages,” she said.", "„Nein“, sagte sie.") == []


def test_words_someone_said_still_count_beside_a_name_in_quotation_marks():
    msgid = "“We will win and then rest,” said the coach of {Real_Madrid}."
    msgstr = "«Мы победим», — сказал тренер «{Real_Madrid}», — «а потом отдохнём»."
    assert checks(msgid, msgstr, "ru", REAL) == [("quotation-count", "warning")]
    # a German quotation of one noun is what someone said, and counts
    msgid = "{Real_Madrid} called that “wishful thinking” and “a dream”."
    assert checks(msgid, "{Real_Madrid} nannte das „Wunschdenken“.", "de", REAL) == [("quotation-count", "warning")]
    assert checks(msgid, "{Real_Madrid} nannte das „Wunschdenken“ und „einen Traum“.", "de", REAL) == []


def test_untranslated_and_fuzzy_are_warnings_and_not_checked_further():
    assert checks("{Maria_Costa} spoke.", "", "de", COSTA) == [("untranslated", "warning")]
    fuzzy = checks("{Maria_Costa} spoke.", "Sie sprach 3 Mal", "de", COSTA, flags=(FUZZY,), previous_msgid="Costa spoke.")
    assert fuzzy == [("fuzzy", "warning")]


def test_a_fuzzy_memory_suggestion_is_reported_as_one_not_as_a_changed_source():
    """A prefill's previous msgid is the sentence the memory matched: this source never changed."""
    msgid = "Port operator {Eurogate} declined to comment."
    suggested = Message(
        msgid, "Der Hafenbetreiber {Eurogate} wollte sich nicht äußern.", flags=(FUZZY,),
        previous_msgid="Port operator {Euromax} declined to comment.",
        extracted_comments=("Translation memory: 98% match from port-strike: Port operator {Euromax} declined to comment.",),
    )
    changed = dataclasses.replace(suggested, extracted_comments=())
    [memory] = check_message(unit(msgid, Placeholder("Eurogate", "Eurogate")), suggested, "de", {})
    [source] = check_message(unit(msgid, Placeholder("Eurogate", "Eurogate")), changed, "de", {})
    assert memory.message == "fuzzy (a translation memory suggestion): review it and remove the fuzzy flag to publish it"
    assert source.message == "fuzzy (the source changed): review it and remove the fuzzy flag to publish it"


def test_errors_block_the_cli_and_warnings_do_not():
    def finding(severity: str) -> Finding:
        return Finding("a", "de", "a.po", 1, "x", severity, "numbers" if severity == "error" else "fuzzy", "…")  # type: ignore[arg-type]
    def exit_code(findings: list[Finding]) -> int:
        report = Report()
        "".join(report.chunks([findings]))
        return report.exit_code

    assert exit_code([finding("warning")]) == 0
    assert exit_code([finding("warning"), finding("error")]) == 1
    assert exit_code([]) == 0


# -- details of the checks ---------------------------------------------------------------------

@pytest.mark.parametrize("msgid, msgstr, locale", [
    ("Will the strike spread?", "La grève va-t-elle s’étendre\u202f?", "fr"),
    ("Will the strike spread?", "هل سينتشر الإضراب؟", "ar"),
    ("Will the strike spread?", "Θα εξαπλωθεί η απεργία;", "el"),
    ("The strike ended.", "ストライキは終わった。", "ja"),
    ("He said: “Go.”", "Er sagte: „Geh“.", "de"),
    ("“Go,” he said.", "« Allez », a-t-il dit.", "fr"),
    ("Talks: “a last chance”", "Gespräche: „eine letzte Chance“", "de"),
    ("It is over...", "Es ist vorbei …", "de"),
])
def test_equivalent_final_punctuation_is_not_reported(msgid, msgstr, locale):
    assert checks(msgid, msgstr, locale) == []


@pytest.mark.parametrize("msgid, msgstr", [
    ("Trading resumed at 9:30 a.m.", "Der Handel wurde um 9:30 Uhr wieder aufgenommen"),
    ("Trading resumed at 9:30 A.M.", "Der Handel wurde um 9:30 Uhr wieder aufgenommen"),
    ("The shares were sold to Acme Corp.", "Die Aktien gingen an Acme Corp"),
    ("The prize went to Martin Luther King Jr.", "Der Preis ging an Martin Luther King Jr"),
    ("Trading resumed at 9:30 a.m.", "Der Handel wurde um 9:30 Uhr wieder aufgenommen."),
])
def test_a_source_ending_with_an_abbreviations_period_may_be_translated_without_one(msgid, msgstr):
    assert checks(msgid, msgstr) == []


@pytest.mark.parametrize("msgid, msgstr, expected", [
    ("The shares were sold to Acme Corp.", "Wurden die Aktien an Acme Corp verkauft?",
     "the source ends with “.”, the translation ends with “?”"),
    ("He said no.", "Er sagte nein", "the source ends with “.”, the translation has no final punctuation"),
    ("They met at the corp.", "Sie trafen sich im Konzern", "the source ends with “.”, the translation has no final punctuation"),
    # Words the abbreviations of segmentation hold, a sentence ends with too.
    ("They went to Sunday Mass.", "Sie gingen zur Sonntagsmesse", "the source ends with “.”, the translation has no final punctuation"),
    ("The story first appeared in The Sun.", "Die Geschichte erschien zuerst in der Sun",
     "the source ends with “.”, the translation has no final punctuation"),
    # A longer abbreviation ending as a company form does (S.A.): the period is the sentence's too.
    ("He moved to the U.S.A.", "Er zog in die USA", "the source ends with “.”, the translation has no final punctuation"),
])
def test_a_sentences_period_after_a_word_is_no_abbreviations(msgid, msgstr, expected):
    assert messages(msgid, msgstr) == [expected]


def test_final_punctuation_messages_name_both_ends():
    assert messages("Will the strike spread?", "Der Streik weitet sich aus") == [
        "the source ends with “?”, the translation has no final punctuation"
    ]


@pytest.mark.parametrize("msgid, msgstr, locale", [
    # Short labels and headlines grow more than a sentence does: a few words more are no paste.
    ("Draw", "Unentschieden", "de"),
    ("Q&A", "Questions et réponses", "fr"),
    ("By {Maria_Costa}", "Un reportage de {Maria_Costa} pour l'agence", "fr"),
    ("Talks resumed.", "Die Gespräche zwischen den Tarifparteien wurden wieder aufgenommen.", "de"),
    # Japanese and Chinese say in few characters what a Latin script says in many.
    ("交渉は再開した。", "Negotiations between the union and the port operators resumed on Monday.", "en"),
])
def test_a_translation_longer_as_languages_and_labels_grow_is_not_reported(msgid, msgstr, locale):
    source = "ja" if msgid.startswith("交") else "en"
    placeholders = (COSTA,) if "{" in msgid else ()
    issues = check_message(unit(msgid, *placeholders), Message(msgid, msgstr), locale, {}, source_locale=source)
    assert "length" not in [issue.check for issue in issues]


def test_a_translation_many_times_the_source_is_reported_with_both_lengths():
    msgstr = "Der Streik endete am Montag. " * 40
    issues = check_message(unit("The strike ended on Monday."), Message("The strike ended on Monday.", msgstr), "de", {})
    assert [issue.message for issue in issues if issue.check == "length"] == [
        f"{len(msgstr)} characters for the source's 27: another text pasted, or this one twice?"
    ]


def test_doubled_words_the_source_or_the_language_has_are_not_reported():
    assert checks("He had had enough.", "He had had enough!", "en") == [("end-punctuation", "warning")]
    assert checks("We met.", "Nous nous sommes vus.", "fr") == []
    assert checks("the {Maria_Costa} the", "die {Maria_Costa} die", "de", COSTA) == []
    assert messages("The strike.", "Der Streik streik.") == ["“Streik streik”: a word written twice"]
    # German: a relative pronoun before its clause's article, a pronoun before its like.
    assert checks("Costa, who leads the union, spoke.", "Costa, die die Gewerkschaft leitet, sprach.") == []
    assert checks("The rule the union follows holds.", "Die Regel, der der Verband folgt, gilt.") == []
    assert checks("She said that they saw her.", "Sie sagte, dass sie sie gesehen hätten.") == []
    assert checks("The union the port.", "Die die Gewerkschaft den Hafen.") == [("doubled-word", "warning")]


def test_a_unit_of_only_placeholders_and_numbers_may_stay_unchanged():
    assert checks("{Maria_Costa}: 3:1", "{Maria_Costa}: 3:1", "de", COSTA) == []
    assert checks("{url}", "{url}", "de", URL) == []


def test_markup_the_source_has_may_stay():
    assert checks("Press <b>here</b>.", "Drücken Sie <b>hier</b>.") == []
    assert checks("If a < b and c > d, stop.", "Wenn a < b und c > d, stopp.") == []


def test_link_words_moved_where_the_translation_puts_them_are_not_reported():
    msgid = "The port published <a1>its report on 1,200 containers</a1> on Friday, <a2>{Maria_Costa}</a2> said."
    moved = "<a2>{Maria_Costa}</a2> sagte, der Hafen habe am Freitag <a1>seinen Bericht über 1.200 Container</a1> veröffentlicht."
    assert checks(msgid, moved, "de", COSTA) == []
    assert checks("Read <a1>the report</a1>.", "Lisez <a1>le rapport</a1>.", "fr") == []


@pytest.mark.parametrize("msgstr, expected", [
    ("Lesen Sie <a2>den Bericht</a2>.", ["<a2> is not in the source, which has 1 link", "</a2> is not in the source, which has 1 link",
                                         "the link <a1>…</a1> is missing: keep it around the words it links"]),
    ("Lesen Sie <a1>den</a1> <a1>Bericht</a1>.", ["<a1>…</a1> is there 2 times: mark the link's words once"]),
    ("Lesen Sie <a1>den Bericht.", ["<a1> has no </a1>"]),
    ("Lesen Sie <<a1>a1>den Bericht</a1>.", ["<a1> is left as text once the link markers are taken out: write each marker once, as <aN> and </aN>"]),
    ("Lesen Sie </a1>den Bericht<a1>.", ["</a1> … <a1>: write each link as <aN>words</aN>, one after the other, none inside another"]),
    ("Lesen Sie den Bericht<a1></a1>.", ["<a1></a1> holds no words: the link would not show"]),
    ("Lesen Sie <A1>den Bericht</A1>.", ["<A1> is no link marker: write <aN> and </aN> as the source does, the address is put back from it",
                                         "</A1> is no link marker: write <aN> and </aN> as the source does, the address is put back from it",
                                         "the link <a1>…</a1> is missing: keep it around the words it links"]),
])
def test_each_slip_of_a_link_marker_is_named_once(msgstr, expected):
    """Renamed, dropped, repeated, unclosed or empty: one check reports it, not markup as well."""
    assert messages("Read <a1>the report</a1>.", msgstr) == expected


def test_a_link_marker_written_with_an_attribute_is_no_quotation():
    """The quotes of `<a1 title="…">` are the link-markers check's: they neither pair nor count
    as quotations, nor hide a quotation the translation dropped."""
    slip = "<a1 title=\"Bericht\"> is no link marker: write <aN> and </aN> as the source does, the address is put back from it"
    assert messages("Read <a1>the report</a1>.", 'Lesen Sie <a1 title="Bericht">den Bericht</a1>.') == [slip, "</a1> has no <a1>"]
    assert messages("Read <a1>the report</a1>.", "Lesen Sie <a1 title=“Bericht”>den Bericht</a1>.") == [
        slip.replace('"Bericht"', "“Bericht”"), "</a1> has no <a1>"
    ]
    assert ("quotation-dropped", "error") in checks(
        "“We won,” she said of <a1>the vote</a1>.", 'Sie sagte, sie hätten <a1 title="Wahl">die Wahl</a1> gewonnen.'
    )


def test_a_typed_url_points_to_its_placeholder():
    assert messages("Details at {url}.", "Details unter https://port.example/strike.", "de", URL) == [
        "missing placeholder {url}",
        "https://port.example/strike is typed out: write {url} instead",
    ]


def test_a_name_typed_out_as_the_glossary_renders_it():
    glossary = {"Maria Costa": "Мария Коста"}
    assert messages("{Maria_Costa} spoke.", "{Maria_Costa} (Мария Коста) выступила.", "ru", COSTA, glossary=glossary) == [
        "the name “Мария Коста” is typed out besides {Maria_Costa}, which the build already fills in"
    ]
    assert messages("{Maria_Costa} spoke.", "Мария Коста выступила.", "ru", COSTA, glossary=glossary) == [
        "missing placeholder {Maria_Costa} (to inflect a name, keep {Maria_Costa} and give its form in a translator comment: # {Maria_Costa} = …)",
        "the name “Мария Коста” is typed out instead of {Maria_Costa}",
    ]
    # A name the source also types out (not protected there) may be typed out.
    assert checks("{Maria_Costa} met Maria Costa.", "{Maria_Costa} traf Maria Costa.", "de", COSTA) == []


def name_form_issues(msgstr: str, *comments: str, locale: str = "ru", glossary=None) -> list[tuple[str, str, str]]:
    message = Message("The plan of {Maria_Costa} was rejected.", msgstr, translator_comments=comments)
    issues = check_message(unit(message.msgid, COSTA), message, locale, glossary or {})
    return [(issue.check, issue.severity, issue.message) for issue in issues]


@pytest.mark.parametrize("locale, msgstr, comment, glossary", [
    ("ru", "План {Maria_Costa} был отклонён.", "{Maria_Costa} = Марии Косты", {"Maria Costa": "Мария Коста"}),
    ("pl", "Plan {Maria_Costa} został odrzucony.", " {Maria_Costa} =  Marii Costy ", None),
    ("fi", "Suunnitelma hylättiin, kertoi {Maria_Costa}.", "{Maria_Costa} = Maria Costalle", None),
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Marii Skłodowskiej-Curie", {"Maria Costa": "Maria Skłodowska-Curie"}),
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Кима", {"Maria Costa": "Ким"}),
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Петра", {"Maria Costa": "Пётр"}),
    # A vowel that drops out when the name takes an ending.
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Льва Толстого", {"Maria Costa": "Лев Толстой"}),
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Павла", {"Maria Costa": "Павел"}),
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Львом", {"Maria Costa": "Лев"}),
    ("ru", "План {Maria_Costa} отклонён.", "{Maria_Costa} = Олега", {"Maria Costa": "Олег"}),
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Robercie Kowalskim", {"Maria Costa": "Robert Kowalski"}),
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Pawle z Krakowa", {"Maria Costa": "Paweł z Krakowa"}),
    ("cs", "Plán {Maria_Costa} byl zamítnut.", "{Maria_Costa} = Dvora", {"Maria Costa": "Dvůr"}),
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Markiem", {"Maria Costa": "Marek"}),
    # An ending that softens the consonant before it, or changes it.
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Marii Coście", None),
    ("fi", "Suunnitelma hylättiin, kertoi {Maria_Costa}.", "{Maria_Costa} = Maria Virtasen", {"Maria Costa": "Maria Virtanen"}),
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Marka Pawła", {"Maria Costa": "Marek Paweł"}),
    # A translator's note in brackets after the form.
    ("pl", "Plan {Maria_Costa} odrzucono.", "{Maria_Costa} = Marii Costy (dopełniacz)", None),
])
def test_a_names_form_given_in_a_translator_comment_is_accepted(locale, msgstr, comment, glossary):
    assert name_form_issues(msgstr, "Checked with the desk.", comment, locale=locale, glossary=glossary) == []


@pytest.mark.parametrize("comments, expected, rendering", [
    (("{Maria_Costa} = Анны Ивановой",), "# {Maria_Costa} = Анны Ивановой: not a form of Мария Коста", "Мария Коста"),
    (("{Maria_Costa} = Марии",), "# {Maria_Costa} = Марии: not a form of Мария Коста", "Мария Коста"),
    (("{Maria_Costa} = Лопеса",), "# {Maria_Costa} = Лопеса: not a form of Лоу", "Лоу"),
    (("{Maria_Costa} = Львова",), "# {Maria_Costa} = Львова: not a form of Лев", "Лев"),
    (("{Maria_Costa} = Львов",), "# {Maria_Costa} = Львов: not a form of Лев", "Лев"),
    (("{Maria_Costa} = Virtala",), "# {Maria_Costa} = Virtala: not a form of Virtanen", "Virtanen"),
    (("{Maria_Costa} = Lévy",), "# {Maria_Costa} = Lévy: not a form of Levy", "Levy"),
    (("{Maria_Costa} = Ольга",), "# {Maria_Costa} = Ольга: not a form of Олег", "Олег"),
    (("{Maria_Costa} = Maria",), "# {Maria_Costa} = Maria: not a form of Marek", "Marek"),
    (("{Maria_Costa} = Pablo",), "# {Maria_Costa} = Pablo: not a form of Paul", "Paul"),
    (("{Maria_Costa} = ロナウド",), "# {Maria_Costa} = ロナウド: not a form of ロウ", "ロウ"),
    (("{Jan_Bakker} = Яна Баккера",), "# {Jan_Bakker} = Яна Баккера: this unit has no name {Jan_Bakker}", "Мария Коста"),
    (("{Maria_Costa} =",), "# {Maria_Costa} = : a blank form would delete the name", "Мария Коста"),
    (("{Maria_Costa} = (родительный)",), "# {Maria_Costa} = : a blank form would delete the name", "Мария Коста"),
    (("{Maria_Costa} = <b>Марии</b> Косты",), "# {Maria_Costa} = <b>Марии</b> Косты: “<” in the form", "Мария Коста"),
    (("{Maria_Costa} = Марии\x07 Косты",), "control character U+0007", "Мария Коста"),
    (("{Maria_Costa} = Марии Косты", "{Maria_Costa} = Марией Костой"), "{Maria_Costa} already has the form Марии Косты", "Мария Коста"),
])
def test_a_names_form_that_cannot_be_published_is_an_error(comments, expected, rendering):
    issues = name_form_issues("План {Maria_Costa} был отклонён.", *comments, glossary={"Maria Costa": rendering})
    assert [(check, severity) for check, severity, _ in issues] == [("name-form", "error")]
    assert expected in issues[0][2]


def test_a_name_in_latin_letters_takes_no_cyrillic_form_before_its_rendering():
    [issue] = name_form_issues("План {Maria_Costa} был отклонён.", "{Maria_Costa} = Марии Косты")
    assert issue[2].endswith("give its rendering in names.po first")


# -- check_workspace and the reports ---------------------------------------------------------------

ARTICLE = Article(
    id="port-strike", source_lang="en", date=dt.date(2026, 11, 19), section="economy",
    blocks=(Block("headline", "Will the port strike spread?", 1), Block("paragraph", "…", 3)),
    source_path="wire/port-strike.txt",
)
UNITS = [
    Unit("Will the port strike spread?", "headline", 0, 1),
    Unit("{Maria_Costa} says 1,200 containers are stuck.", "paragraph", 1, 3, placeholders=(COSTA,)),
    Unit("Ministers meet at 9:30 a.m.", "paragraph", 1, 3),
    Unit("The strike ended.", "paragraph", 1, 3),
]


def save_article(workspace: Workspace, units: list[Unit]) -> None:
    path = workspace.article_file(ARTICLE.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(workspace.article_record(ARTICLE, units), encoding="utf-8")


def make_workspace(root: Path, locale: Locale, translations: dict[str, str]) -> Workspace:
    workspace = Workspace(root)
    save_article(workspace, UNITS)
    pot = template(ARTICLE, UNITS, NOW)
    write_catalog(workspace.template_file(ARTICLE.id), pot)
    po = merge(pot, None, locale, NOW)
    po = dataclasses.replace(po, messages=tuple(
        dataclasses.replace(message, msgstr=translations.get(message.msgid, "")) for message in po.messages
    ))
    write_catalog(workspace.po_file(locale, ARTICLE.id), po)
    return workspace


@pytest.fixture
def german(tmp_path) -> Workspace:
    return make_workspace(tmp_path, Locale("de"), {
        "Will the port strike spread?": "Weitet sich der Hafenstreik aus?",
        "{Maria_Costa} says 1,200 containers are stuck.": "{Maria_Costa} sagt, 1,200 Container stünden still.",
        "Ministers meet at 9:30 a.m.": "Die Minister treffen sich um 9.30 Uhr.",
    })


def test_findings_point_at_the_po_entry(german):
    findings = check_workspace(german, [Locale("de")])
    path = german.po_file(Locale("de"), "port-strike")
    lines = {entry.msgid: entry.linenum for entry in polib.pofile(str(path))}
    assert [(f.check, f.severity, f.line, f.msgid) for f in findings] == [
        ("numbers", "error", lines[UNITS[1].msgid], UNITS[1].msgid),
        ("untranslated", "warning", lines[UNITS[3].msgid], UNITS[3].msgid),
    ]
    assert {(f.article_id, f.locale, f.path) for f in findings} == {("port-strike", "de", str(path))}


def test_a_locale_without_a_po_file_and_a_unit_missing_from_it(german):
    assert [(f.check, f.line, f.message) for f in check_workspace(german, [Locale("fr")])] == [
        ("untranslated", 0, "no translation file: run `syndicate extract wire/port-strike.txt -l fr`")
    ]
    save_article(german, UNITS + [Unit("A new sentence.", "paragraph", 1, 3)])
    last = check_workspace(german, [Locale("de")])[-1]
    assert (last.check, last.line, last.msgid) == ("untranslated", 0, "A new sentence.")
    assert "not in the PO file" in last.message


def test_a_po_whose_header_names_another_language_is_an_error(german):
    path = german.po_file(Locale("de"), "port-strike")
    path.write_text(path.read_text(encoding="utf-8").replace('"Language: de\\n"', '"Language: fr\\n"'), encoding="utf-8")
    [finding] = [f for f in check_workspace(german, [Locale("de")]) if f.check == "language"]
    language_line = next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                         if line.startswith('"Language:'))
    assert (finding.severity, finding.path, finding.line) == ("error", str(path), language_line)
    assert "Language: fr" in finding.message


def test_a_po_saved_with_a_byte_order_mark_is_a_warning(german):
    path = german.po_file(Locale("de"), "port-strike")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    [finding] = [f for f in check_workspace(german, [Locale("de")]) if f.check == "byte-order-mark"]
    assert (finding.severity, finding.path, finding.line) == ("warning", str(path), 1)


def test_a_names_glossary_saved_with_a_byte_order_mark_is_a_warning(german):
    path = glossary_po_file(german, Locale("de"))
    write_catalog(path, Catalog("names", {"Language": "de"}, (Message("Maria Costa", "Maria Costa"),), locale="de"))
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    [finding] = [f for f in check_workspace(german, [Locale("de")]) if f.check == "byte-order-mark"]
    assert (finding.article_id, finding.severity, finding.path, finding.line) == ("names", "warning", str(path), 1)
    assert "save it as UTF-8 without BOM" in finding.message


def test_only_the_named_articles_are_checked(german):
    assert check_workspace(german, [Locale("de")], ["port-strike"]) == check_workspace(german, [Locale("de")])


def test_an_article_is_checked_again_only_when_one_of_its_files_changes(german, monkeypatch):
    first = check_workspace(german, [Locale("de")])

    def checked_again(job):
        raise AssertionError(f"{job[1]} was checked again")

    with monkeypatch.context() as patched:
        patched.setattr(check, "_check_article", checked_again)
        assert check_workspace(german, [Locale("de")]) == first, "the last check's findings, as they were"
    record = german.check_record_file("port-strike")
    record.write_text("{damaged", encoding="utf-8")
    assert check_workspace(german, [Locale("de")]) == first, "a damaged record is checked afresh"
    # The translator writes the number the German way: the article is checked again.
    path = german.po_file(Locale("de"), "port-strike")
    path.write_text(path.read_text(encoding="utf-8").replace("1,200 Container stünden", "1.200 Container stehen"), encoding="utf-8")
    assert [f.check for f in check_workspace(german, [Locale("de")])] == ["untranslated"]
    assert [f.check for f in check_workspace(german, [Locale("de")])] == ["untranslated"]
    # An article gone from the workspace takes its record with it at the next check of all.
    german.article_file("port-strike").unlink()
    check_workspace(german, [Locale("de")])
    assert not record.exists()


def test_an_article_is_checked_again_when_the_glossary_renders_one_of_its_names_otherwise_and_only_then(german, monkeypatch):
    names_po = glossary_po_file(german, Locale("de"))

    def glossary(*messages: Message) -> None:
        write_catalog(names_po, Catalog("names", {"Language": "de"}, messages, locale="de"))

    def checked() -> list[str]:
        ids = []
        with monkeypatch.context() as patched:
            patched.setattr(check, "_check_article", lambda job: ids.append(job[1]) or real_check(job))
            check_workspace(german, [Locale("de")])
        return ids

    real_check = check._check_article
    glossary(Message("Maria Costa"))
    assert checked() == ["port-strike"]
    # Another story's names join the glossary, rendered or not: this article's findings still hold.
    glossary(Message("Maria Costa"), Message("Jan Bakker", "Jan Backer"), Message("Rotterdam"))
    assert checked() == []
    glossary(Message("Maria Costa", "Marija Kosta"), Message("Jan Bakker", "Jan Backer"), Message("Rotterdam"))
    assert checked() == ["port-strike"]
    assert checked() == []
    names_po.unlink()
    assert checked() == ["port-strike"]


def edit_po(workspace: Workspace, old: str, new: str) -> None:
    path = workspace.po_file(Locale("de"), ARTICLE.id)
    text = path.read_text(encoding="utf-8")
    assert old in text and len(old) != len(new)  # another size: a new identity however fast the clock
    path.write_text(text.replace(old, new), encoding="utf-8")


def not_reviewed_again(*args):
    raise AssertionError("check ran the checks the build's review had run")


def test_a_check_after_a_build_takes_up_its_review_until_a_file_changes(german, monkeypatch):
    afresh = check_workspace(german, [Locale("de")])
    assert [f.check for f in afresh] == ["numbers", "untranslated"]
    for record in german.check_records_folder.iterdir():
        record.unlink()
    build(german, [Locale("de")])  # refused: the build's review found the number changed
    with monkeypatch.context() as patched:
        patched.setattr(check, "_error_checks", not_reviewed_again)
        assert check_workspace(german, [Locale("de")]) == afresh, "the build's review, as a check finds it"
    # The translator writes the number the German way, but the time wrong: check reviews the edited file.
    edit_po(german, "1,200 Container stünden", "1.200 Container stehen")
    edit_po(german, "9.30 Uhr", "10.30 Uhr")
    assert [(f.check, f.msgid) for f in check_workspace(german, [Locale("de")])] == [
        ("numbers", UNITS[2].msgid), ("untranslated", UNITS[3].msgid)
    ]
    # The article extracted again, its sentence now without the name: the translation's {Maria_Costa} is unknown.
    build(german, [Locale("de")])
    save_article(german, [UNITS[0], dataclasses.replace(UNITS[1], placeholders=()), *UNITS[2:]])
    assert [(f.check, f.msgid) for f in check_workspace(german, [Locale("de")]) if f.severity == "error"] == [
        ("placeholders", UNITS[1].msgid), ("numbers", UNITS[2].msgid)
    ]


def test_a_review_by_another_version_or_damaged_is_done_again(german, monkeypatch):
    afresh = check_workspace(german, [Locale("de")])
    build(german, [Locale("de")])
    record = german.review_record_file("port-strike")
    reviewed = json.loads(record.read_text(encoding="utf-8"))
    entry = reviewed["de"]
    assert entry["reviewed"] == "1110" and [check for _, check, _ in entry["issues"]] == ["numbers"]
    # An unknown check, a unit not reviewed (untranslated), one the article has not, True for 1, two fields; a unit too few.
    damages = ([1, "no-such-check", "?"], [3, "numbers", "?"], [7, "numbers", "?"], [True, "numbers", "?"], [1, "numbers"])
    for damaged in (*({**entry, "issues": [issue]} for issue in damages), {**entry, "reviewed": "111"}, "?"):
        record.write_text(json.dumps({"de": damaged}), encoding="utf-8")
        for check_record in german.check_records_folder.iterdir():
            check_record.unlink()
        assert check_workspace(german, [Locale("de")]) == afresh
    record.write_text(json.dumps(reviewed), encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setattr(check, "_error_checks", not_reviewed_again)
        patched.setattr(check, "code_version", lambda: "0.2.0+other-code")  # the same release, its rules changed
        with pytest.raises(AssertionError, match="the build's review had run"):
            check_workspace(german, [Locale("de")])


def test_the_builds_review_of_an_article_gone_from_the_workspace_goes_with_the_next_check_of_all(german):
    build(german, [Locale("de")])
    record = german.review_record_file("port-strike")
    assert list(json.loads(record.read_text(encoding="utf-8"))) == ["de"]
    check_workspace(german, [Locale("de")])
    assert record.exists()
    german.article_file("port-strike").unlink()
    check_workspace(german, [Locale("de")])
    assert not record.exists()


def test_a_file_changed_while_the_build_reads_it_is_reviewed_again_by_check(german, monkeypatch):
    """The translator saves the PO file, or extract the article, just after the build read
    it: the build's review is of the text before, which check must not take for the new one."""
    reading = build_module._translations

    def saved_after_reading(*args):
        read = reading(*args)
        edit_po(german, "9.30 Uhr", "10.30 Uhr")
        return read

    with monkeypatch.context() as patched:
        patched.setattr(build_module, "_translations", saved_after_reading)
        build(german, [Locale("de")])
    assert ("numbers", UNITS[2].msgid) in [(f.check, f.msgid) for f in check_workspace(german, [Locale("de")])]

    loading = Workspace.load_article

    def extracted_after_reading(workspace, article_id):
        loaded = loading(workspace, article_id)
        save_article(german, [UNITS[0], dataclasses.replace(UNITS[1], placeholders=()), *UNITS[2:]])
        return loaded

    edit_po(german, "1,200 Container stünden", "1.200 Container stehen")
    with monkeypatch.context() as patched:
        patched.setattr(Workspace, "load_article", extracted_after_reading)
        build(german, [Locale("de")])
    assert ("placeholders", UNITS[1].msgid) in [(f.check, f.msgid) for f in check_workspace(german, [Locale("de")])]


def test_an_article_of_a_regional_variant_is_checked_again_when_its_languages_glossary_changes(tmp_path):
    austrian = Locale("de", "AT")
    workspace = make_workspace(tmp_path, austrian, {
        "{Maria_Costa} says 1,200 containers are stuck.": "{Maria_Costa}, Marija Kosta, sagt, 1.200 Container stünden still.",
    })

    def typed_out() -> list[str]:
        return [f.message for f in check_workspace(workspace, [austrian]) if f.check == "glossary"]

    assert typed_out() == []
    # The German glossary renders the name, and de-AT writes it so while its own entry is empty.
    write_catalog(glossary_po_file(workspace, Locale("de")), Catalog(
        "names", {"Language": "de"}, (Message("Maria Costa", "Marija Kosta"),), locale="de"
    ))
    assert typed_out() == ["the name “Marija Kosta” is typed out besides {Maria_Costa}, which the build already fills in"]

def test_names_left_in_latin_letters_in_a_transliterating_locale(tmp_path):
    russian = Locale("ru")
    workspace = make_workspace(tmp_path, russian, {})
    names_po = glossary_po_file(workspace, russian)

    def glossary(*messages: Message) -> None:
        write_catalog(names_po, Catalog("names", {"Language": "ru"}, messages, locale="ru"))

    def latin() -> list[Finding]:
        return [f for f in check_workspace(workspace, [russian]) if f.check == "latin-script"]

    glossary(Message("Maria Costa"))
    assert [(f.article_id, f.msgid, f.severity, f.path, f.line) for f in latin()] == [
        ("names", "Maria Costa", "warning", str(names_po), polib.pofile(str(names_po)).find("Maria Costa").linenum)
    ]
    assert "(in port-strike)" in latin()[0].message
    glossary(Message("Maria Costa", "Мария Коста"))
    assert latin() == []
    glossary(Message("Maria Costa", "Maria Costa"))  # kept in Latin letters on purpose, as NOS or FC in Japanese
    assert latin() == []
    glossary(Message("Maria Costa", "Мария Коста", flags=(FUZZY,)))  # a suggestion is not published
    assert "confirm the fuzzy suggestion “Мария Коста”" in latin()[0].message
    names_po.unlink()  # no glossary yet: the name is published as in the source
    assert [(f.msgid, f.line) for f in latin()] == [("Maria Costa", 0)]
    assert not [f for f in check_workspace(workspace, [Locale("de")]) if f.check == "latin-script"]


def test_glossary_renderings_the_build_cannot_use_are_reported_at_their_entry(tmp_path):
    german = Locale("de")
    workspace = make_workspace(tmp_path, german, {})
    names_po = glossary_po_file(workspace, german)
    whole_header = {"Language": "de", "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
                    "Content-Transfer-Encoding": "8bit", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    write_catalog(names_po, Catalog("names", whole_header, (
        Message("Maria Costa", "Maria\x07Costa"), Message("NOS", " "), Message("EU", "<b>EU</b>"), Message("Lowe", "Lowe"),
        Message("Olaf Brandt", "Olaf {Brandt}"),
    ), locale="de"))
    found = {f.msgid: (f.check, f.severity, f.path, f.line) for f in check_workspace(workspace, [german]) if f.article_id == "names"}
    lines = {entry.msgid: entry.linenum for entry in polib.pofile(str(names_po))}
    assert found == {
        "Maria Costa": ("glossary-rendering", "error", str(names_po), lines["Maria Costa"]),
        "NOS": ("glossary-rendering", "error", str(names_po), lines["NOS"]),
        "EU": ("markup", "error", str(names_po), lines["EU"]),
        "Olaf Brandt": ("glossary-rendering", "error", str(names_po), lines["Olaf Brandt"]),
    }


def report(output_format: str, *groups: list[Finding]) -> str:
    return "".join(Report(output_format).chunks(groups))  # type: ignore[arg-type]


def test_report_text_groups_by_article_and_entry(german):
    findings = check_workspace(german, [Locale("de")])
    path = german.po_file(Locale("de"), "port-strike")
    text = report("text", findings)
    assert text.splitlines()[0] == "port-strike"
    assert f"  {path}:{findings[0].line} [de] “{UNITS[1].msgid}”" in text.splitlines()
    assert "    error   numbers: 1,200 reads as 1.2 in de: write 1.200" in text.splitlines()
    assert text.splitlines()[-1] == "1 error, 1 warning in 1 article."
    assert report("text") == report("text", [], []) == "No problems found.\n"
    assert report("text", findings, []) == text  # an article without findings prints nothing


def test_report_json_lists_every_finding(german):
    findings = check_workspace(german, [Locale("de")])
    whole = json.dumps([dataclasses.asdict(finding) for finding in findings], ensure_ascii=False, indent=2) + "\n"
    assert report("json", findings[:1], [], findings[1:]) == report("json", findings) == whole
    assert report("json") == report("json", []) == "[]\n"
    data = json.loads(whole)
    assert [Finding(**item) for item in data] == findings
    assert set(data[0]) == {"article_id", "locale", "path", "line", "msgid", "severity", "check", "message"}


def test_a_line_break_inside_a_translation_only_warns_that_it_is_published_as_a_space():
    assert checks("The fund starts in 2027.", "Der Fonds soll 2027\nstarten.") == [("line-break-inside", "warning")]
    assert checks("Line one.\nLine two.", "Zeile eins.\nZeile zwei.") == []


def test_the_source_copied_into_a_locale_of_another_script_is_an_error():
    quoted = "“Nobody got everything,” said {Maria_Costa}."
    assert checks(quoted, quoted, "ja", COSTA) == [("copied-source", "error")]
    assert messages("The strike ended.", "The strike ended.", "ru") == [
        "the translation is the source text, in Latin letters where ru is written in Cyrillic: translate it"]
    # Names and figures only: nothing to translate. A locale of the source's script only warns.
    assert checks("{Maria_Costa} 3, {Maria_Costa} 1", "{Maria_Costa} 3, {Maria_Costa} 1", "ja", COSTA) == []
    assert checks(quoted, quoted, "de", COSTA) == [("unchanged", "warning")]


def test_the_source_left_in_another_language_of_its_script_is_a_warning_where_it_has_words_to_translate():
    headline = "Will the port strike spread?"
    assert messages(headline, headline, "de") == ["the translation is the source text, still in English: translate it into German"]
    assert checks(headline, headline, "fr") == [("unchanged", "warning")]
    assert checks("Port strike ends", "Port strike ends", "de") == [("unchanged", "warning")]
    # Two words or fewer (a label, a name said in words), names, figures and links alone, and
    # a locale of the source's own language may well read as the source does.
    assert checks("Black Friday", "Black Friday", "de") == []
    assert checks("Live", "Live", "de") == []
    assert checks("{Maria_Costa} at https://port.example/strike", "{Maria_Costa} at https://port.example/strike", "de", COSTA) == []
    assert checks(headline, headline, "en-GB") == []


def test_an_agency_credit_copied_as_a_byline_is_published_in_every_script():
    credit = dataclasses.replace(unit("AP"), kind="byline")
    assert [(issue.check, issue.severity) for issue in check_message(credit, Message("AP", "AP"), "ja", {})] == []
    assert checks("AP", "AP", "ja") == [("copied-source", "error")], "in the text, a copy is a translation left undone"


def test_a_po_file_that_cannot_be_read_is_one_error_and_the_rest_is_checked(newsroom, wire_files):
    from click.testing import CliRunner
    from syndicate.cli import main
    from syndicate.extract import extract

    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [Locale("de")])
    broken = workspace.po_file(Locale("de"), "cup-final")
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace('msgstr ""\n\n#.', 'msgstr ""x\n\n#.', 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "check", "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.output)  # the report is whole: valid JSON
    [unreadable] = [finding for finding in findings if finding["check"] == "unreadable"]
    assert (unreadable["article_id"], unreadable["path"], unreadable["severity"]) == ("cup-final", str(broken), "error")
    assert unreadable["line"] > 0 and "nothing was written" not in unreadable["message"]
    assert "remove it, or move it inside the quotes, then check again" in unreadable["message"]
    # One in another encoding is told how to convert it, as build and extract tell.
    latin1 = workspace.po_file(Locale("de"), "port-strike")
    latin1_text = "# Übersetzer: Jörg\n" + latin1.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    latin1.write_bytes(latin1_text.encode("latin-1", "replace"))
    result = CliRunner().invoke(main, ["--root", str(newsroom), "check", "--format", "json"])
    [converted] = [finding for finding in json.loads(result.output) if finding["check"] == "unreadable" and finding["path"] == str(latin1)]
    assert f"msgconv --to-code=UTF-8 {latin1}" in converted["message"]
    # The articles after it are checked all the same.
    assert {"port-strike", "senate-vote"} <= {finding["article_id"] for finding in findings}


def test_a_names_glossary_that_cannot_be_read_is_one_error_and_the_articles_are_checked(newsroom, wire_files):
    from click.testing import CliRunner
    from syndicate.cli import main
    from syndicate.extract import extract

    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [Locale("de")])
    names = workspace.locales_dir / "de/LC_MESSAGES/names.po"
    names.write_text(names.read_text(encoding="utf-8") + '\nmsgid "x\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "check", "--format", "json"])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert [(finding["article_id"], finding["path"]) for finding in findings if finding["check"] == "unreadable"] == [("names", str(names))]
    assert {"cup-final", "port-strike", "senate-vote"} <= {finding["article_id"] for finding in findings}


def test_a_locale_whose_tag_names_its_script_is_written_in_that_script():
    # Serbian in Latin letters is written in the source's script: a copy only warns, as in German.
    assert checks("The strike at the port ended.", "The strike at the port ended.", "sr-Latn") == [("unchanged", "warning")]
    assert checks("The strike ended.", "The strike ended.", "sr") == [("copied-source", "error")]


def test_a_finding_names_a_few_of_a_large_desks_articles():
    from syndicate.check import _some

    assert _some(["a", "b", "c", "d"]) == "a, b, c, d"
    assert _some([f"story-{number}" for number in range(1, 23)]) == "story-1, story-2, story-3 and 19 more"


def test_a_regional_variant_publishes_the_names_its_language_renders(tmp_path):
    taiwan = Locale.parse("zh_Hant_TW")
    workspace = make_workspace(tmp_path, taiwan, {})
    write_catalog(glossary_po_file(workspace, taiwan), Catalog("names", {"Language": "zh_TW"}, (Message("Maria Costa"),), locale="zh_TW"))
    traditional = Locale.parse("zh_Hant")
    write_catalog(glossary_po_file(workspace, traditional), Catalog(
        "names", {"Language": "zh_Hant"}, (Message("Maria Costa", "瑪麗亞·科斯塔"),), locale="zh_Hant"
    ))
    assert not [f for f in check_workspace(workspace, [taiwan]) if f.check == "latin-script"]
    write_catalog(glossary_po_file(workspace, traditional), Catalog("names", {"Language": "zh_Hant"}, (Message("Maria Costa"),), locale="zh_Hant"))
    assert [f.msgid for f in check_workspace(workspace, [taiwan]) if f.check == "latin-script"] == ["Maria Costa"]


def test_two_translators_files_merged_by_msgcat_report_the_conflict_alone(newsroom, wire_files, tmp_path):
    import shutil
    import subprocess

    from click.testing import CliRunner
    from syndicate.cli import main
    from syndicate.extract import extract

    assert shutil.which("msgcat") and shutil.which("msgattrib"), "GNU gettext's msgcat and msgattrib are required"
    workspace = Workspace(newsroom)
    extract(workspace, wire_files, [Locale("de")])
    po_path = workspace.po_file(Locale("de"), "port-strike")
    translators = []
    for name, revised, ending in (("jana", "2026-11-16 10:22+0100", "fortgesetzt"), ("ole", "2026-11-17 09:05+0100", "wieder aufgenommen")):
        po = polib.pofile(str(po_path))
        po.metadata["Project-Id-Version"] = f"port-strike {revised[:10]}"
        po.metadata["PO-Revision-Date"] = revised
        entry = next(entry for entry in po if not entry.msgstr and not any(char.isdigit() for char in entry.msgid) and "{" not in entry.msgid)
        entry.msgstr = f"Die Gespräche werden {ending}."
        translators.append(tmp_path / f"{name}.po")
        po.save(str(translators[-1]))
    subprocess.run(["msgcat", "-o", str(po_path), *map(str, translators)], check=True)
    subprocess.run(["msgattrib", "--clear-fuzzy", "-o", str(po_path), str(po_path)], check=True)
    assert "#-#-#-#-#  jana.po (port-strike 2026-11-16)  #-#-#-#-#" in po_path.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(newsroom), "check", "-l", "de", "--format", "json", "port-strike"])
    assert result.exit_code == 1
    findings = json.loads(result.output)
    [line] = {finding["line"] for finding in findings if finding["check"] == "msgcat-conflict"}
    assert [finding["check"] for finding in findings if finding["line"] == line] == ["msgcat-conflict"]
