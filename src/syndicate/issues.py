"""What a check reports: every check by its name, each an error or a warning, and `Issue`,
one problem a check found in one translation.

Apart from check.py, which runs the checks and locates what they find, so that the figures
package, whose checks it runs, reports in the same terms without importing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

Severity = Literal["error", "warning"]

# Every check by its stable name, as reports and `--format json` show it.
CHECKS: Final[Mapping[str, tuple[Severity, str]]] = {
    "placeholders": ("error", "a {placeholder} is missing, unknown or malformed, or a brace is unpaired"),
    "link-markers": ("error", "a link's <a1>…</a1> markers missing, repeated, added, renamed, nested or around no words"),
    "name-form": ("error", "a name's form given in a translator comment (# {Name} = form) that cannot be published"),
    "control-character": ("error", "a control character that cannot be published"),
    "blank": ("error", "a translation of only spaces, invisible characters or punctuation, which would publish an empty headline "
              "or paragraph"),
    "quotation-pairing": ("error", "a quotation mark that opens or closes nothing"),
    "quotation-dropped": ("error", "the source quotes someone directly and the translation quotes nothing"),
    "quotation-count": ("warning", "a different number of quotations than the source"),
    "quotation-shortened": ("warning", "a quotation less than half as long as the source's, against the rest of the sentence: "
                            "words dropped from what someone said"),
    "numbers": ("error", "a number or time of the source is missing or changed"),
    "bound": ("error", "a figure the source gives as a floor (more than, at least) that the translation gives as a ceiling "
              "(weniger als, bis zu), or the other way round"),
    "number-added": ("warning", "a number or time the source does not have (a date, a count the source writes in words)"),
    "count-dropped": ("warning", "an ordinal, a multiple or a count in a range the source writes in words (third, twice, two or three) "
                      "that the translation states in no form (a count of things it drops is a `numbers` error), "
                      "or a 1 it says only by a word that is also the indefinite article (1 person → eine Person)"),
    "number-format": ("warning", "a number written the source language's way"),
    "percent-dropped": ("warning", "a percentage of the source whose number the translation writes bare (3% → um 3), "
                        "without a percent sign or word"),
    "minus-dropped": ("warning", "a negative figure of the source written without its minus (a decline may say it in words)"),
    "day-changed": ("error", "the translation names another weekday than the source (one it leaves out, or says as a date, is no change)"),
    "time-format": ("warning", "a time written differently (same time, other notation)"),
    "url": ("error", "a URL of the source is missing or changed, or one was added"),
    "email": ("error", "an e-mail address of the source is missing or changed, or one was added"),
    "markup": ("error", "markup or a character reference the source does not have, published as text"),
    "bidi-control": ("error", "a bidi override, or an embedding left open, which shows text other than it reads"),
    "bidi-embedding": ("warning", "a bidi embedding closed where it opened, which isolates do better"),
    "line-break": ("error", "a line break at the start or end of one side only (msgfmt -c refuses it)"),
    "msgcat-conflict": ("error", "msgcat's #-#-#-#-# markers around two translations it could not choose between"),
    "language": ("error", "the PO header's Language names another locale than the folder it is in"),
    "unreadable": ("error", "a PO file (or article record) that cannot be read: nothing in it is checked"),
    "po-header": ("warning", "the PO header lacks a field syndicate writes (Language, Content-Type, MIME-Version, "
                  "Content-Transfer-Encoding, Plural-Forms): msgmerge and msgcat refuse a file that names no charset"),
    "byte-order-mark": ("warning", "the PO file (an article's or the names glossary's) starts with a byte-order mark, which msgfmt refuses"),
    "glossary-rendering": ("error", "a names-glossary rendering that cannot be published (the name stays as written)"),
    "untranslated": ("warning", "no translation"),
    "fuzzy": ("warning", "a translation marked fuzzy, not published until reviewed"),
    "unchanged": ("warning", "the source text, of more than two words to translate, copied into another language written "
                  "in the same script"),
    "copied-source": ("error", "the source text copied into a locale written in another script"),
    "wrong-script": ("error", "a translation of two or more words, none in the letters its locale is written in "
                     "(another locale's text saved into this file, Cyrillic in sr-Latn)"),
    "whitespace": ("warning", "leading or trailing whitespace differs from the source"),
    "line-break-inside": ("warning", "a line break inside the translation where the source has none (published as a space)"),
    "end-punctuation": ("warning", "the translation ends with different punctuation"),
    "doubled-word": ("warning", "a word written twice (`the the`)"),
    "length": ("warning", "a translation many times as long as the source (another text pasted, or this one twice)"),
    "direction": ("warning", "the source says a figure rose and the translation only that it fell, or the other way "
                  "round (rose → sank, fell → progressé)"),
    "outcome": ("warning", "the source says a verdict or a decision one way and the translation the other (acquitted → verurteilt, "
                "approved → rechazó)"),
    "glossary": ("warning", "a name typed out where its placeholder belongs"),
    "place-changed": ("warning", "the translation names another city or country than the source's, by the names CLDR "
                      "knows (talks in Vienna → Gespräche in Prag)"),
    "dateline-changed": ("warning", "the translation's dateline names another place than the source's (Paris → Berlin), "
                         "which the item would print beside the source's place"),
    "ignore-comment": ("warning", "a translator's comment `# ignore: <check>` naming an error, which cannot be ignored, or no check"),
    "latin-script": ("warning", "a name published in Latin letters in a locale written in another script"),
}

# The warnings a translator may mark reviewed, one entry at a time (`# ignore: end-punctuation`):
# not an error, which keeps a unit from the feed until it is fixed, nor what says a translation
# is missing or not reviewed, nor what is of a whole file.
IGNORABLE: Final[frozenset[str]] = frozenset(
    name for name, (severity, _) in CHECKS.items() if severity == "warning"
) - {"untranslated", "fuzzy", "po-header", "byte-order-mark", "ignore-comment"}


@dataclass(frozen=True)
class Issue:
    """One problem with one translation, before it is located in a file."""

    check: str  # a key of CHECKS
    message: str

    @property
    def severity(self) -> Severity:
        return CHECKS[self.check][0]
