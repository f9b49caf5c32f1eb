"""A warning a translator reviewed: a comment `# ignore: <check>` on the entry (Poedit's comment
box writes one) silences that warning of `syndicate check` there, through updates and the
tools that rewrite the file; an error cannot be ignored, and a comment naming one, or no check,
is reported."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import polib
from conftest import msgfmt_check, newsroom_with_story, translate_po

from syndicate.catalog import Message
from syndicate.check import check_message
from syndicate.issues import CHECKS, IGNORABLE
from syndicate.model import Unit

QUESTION = "Will the strike spread?"
STORY = f"date 2026-11-25 Business\nid strike\nlang en\n\nPort strike enters second week\n\n{QUESTION}\n\nUnions meet on Monday.\n"


def found(msgstr: str, *comments: str) -> list[tuple[str, str]]:
    unit = Unit(QUESTION, "paragraph", 0, 1)
    message = Message(QUESTION, msgstr, translator_comments=comments)
    return [(issue.check, issue.message) for issue in check_message(unit, message, "de", {})]


def test_a_reviewed_warning_is_not_reported_and_the_others_are():
    assert [check for check, _ in found("Der Streik weitet sich aus.")] == ["end-punctuation"]
    assert found("Der Streik weitet sich aus.", "ignore: end-punctuation") == []
    assert found("Der Streik weitet sich aus.", "a statement in German copy", "Ignore:  end-punctuation,direction") == []
    # another warning of the same entry still is
    assert [check for check, _ in found("Der Streik weitet weitet sich aus.", "ignore: end-punctuation")] == ["doubled-word"]
    # the reason a translator gives after the names is no name
    assert found("Der Streik weitet sich aus.", "ignore: end-punctuation (the headline asks, the text answers)") == []
    assert found("Der Streik weitet sich aus.", "ignore: end-punctuation -- said as the German copy says it") == []
    # a comment that only mentions the word is no such comment
    assert [check for check, _ in found("Der Streik weitet sich aus.", "do not ignore: end-punctuation")] == ["end-punctuation"]


def test_an_error_cannot_be_ignored_and_a_comment_naming_one_or_no_check_says_so():
    assert found("Der Streik weitet sich am 3. aus?", "ignore: number-added, numbers end-punktuation") == [
        ("ignore-comment", "# ignore: end-punktuation: no check is named end-punktuation (`syndicate check --list-checks` lists them)"),
        ("ignore-comment", "# ignore: numbers: numbers is an error, which keeps the unit from the feed until the translation is fixed, "
                           "and cannot be ignored"),
    ]
    assert found("", "ignore: untranslated") == [
        ("untranslated", "not translated yet"),
        ("ignore-comment", "# ignore: untranslated: untranslated says what is left to do, and cannot be ignored"),
    ]


def test_every_warning_of_one_entry_is_ignorable_and_no_error_is():
    assert IGNORABLE <= {name for name, (severity, _) in CHECKS.items() if severity == "warning"}
    assert {"end-punctuation", "direction", "outcome", "quotation-count", "unchanged", "time-format"} <= IGNORABLE


def _comment(root: Path, msgid: str) -> str:
    return polib.pofile(str(root / "locales/de/LC_MESSAGES/strike.po")).find(msgid).tcomment


def test_the_comment_silences_check_and_survives_extract_msgmerge_and_msgcat(tmp_path: Path):
    root, invoke = newsroom_with_story(tmp_path, "strike", STORY, ["de"])
    translate_po(root, "de", "strike", {
        "Port strike enters second week": "Hafenstreik geht in die zweite Woche",
        QUESTION: "Der Streik weitet sich aus.",
        "Unions meet on Monday.": "Die Gewerkschaften treffen sich am Montag.",
    })

    def warnings() -> list[str]:
        checked = invoke("check", "--format", "json", "-l", "de")
        assert checked.exit_code == 0, checked.output
        return [finding["check"] for finding in json.loads(checked.output)]

    assert warnings() == ["end-punctuation"]
    path = root / "locales/de/LC_MESSAGES/strike.po"
    po = polib.pofile(str(path))
    po.find(QUESTION).tcomment = "ignore: end-punctuation"  # as Poedit's comment box saves it
    po.save()
    assert warnings() == []
    msgfmt_check(path)

    assert invoke("extract", str(tmp_path / "strike.txt"), "-l", "de").exit_code == 0
    assert _comment(root, QUESTION) == "ignore: end-punctuation"
    assert warnings() == []
    # Poedit saves through msgcat; a desk may msgmerge by hand
    template = root / "locales/templates/strike.pot"
    for command in (["msgcat", "-o", str(path), str(path)], ["msgmerge", "-q", "-U", "--backup=none", str(path), str(template)]):
        assert shutil.which(command[0]), "GNU gettext is required (apt-get install gettext)"
        subprocess.run(command, check=True, capture_output=True)
        assert _comment(root, QUESTION) == "ignore: end-punctuation"
        assert warnings() == []
