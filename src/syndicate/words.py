"""Words counted for translators and for partners, with Chinese and Japanese, which put no
spaces between words, counted by character, as translators bill them; and how often a word
stands in a text, for the checks; and the spaces between words, as layout."""

from __future__ import annotations

import re
import unicodedata

import regex

from .link_markers import MARKER

# Kana and ideographs, as code point ranges: the standard library scans for them several
# times faster than for \p{Han}, and an item's every block is scanned.
_UNSPACED = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}]+")
# A word as pocount counts it; a {placeholder} is one word.
_BILLED_WORD = regex.compile(
    rf"\{{\w+\}}|[{_UNSPACED}]|(?:(?![{_UNSPACED}])[\p{{L}}\p{{N}}])+(?:['’\-.,](?:(?![{_UNSPACED}])[\p{{L}}\p{{N}}])+)*"
)
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# What ends a clause between two words, for the checks that read a word within its clause (a
# change negated, an outcome negated): a stop, a comma, a bracket, a quotation mark, a dash.
CLAUSE_BREAK = regex.compile(r"[,;:.!?()\[\]–—\"“”„«»‹›‘\u2029\n]|\s[-‐]\s")
# The words that negate what their clause says, by language, for the same checks (`t` of
# English `n't`, French `n` of `n'`, which those checks read as words of their own).
NEGATIONS = {
    "en": "not no never nor neither without hardly t cannot",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals weder ohne",
    "fr": "ne n pas jamais aucun aucune ni guère sans",
    "es": "no nunca jamás ni ningún ninguna tampoco sin",
    "it": "non mai né nessun nessuno nessuna senza",
    "nl": "niet geen nooit noch zonder",
    "pt": "não nunca jamais nem nenhum nenhuma sem",
    "ru": "не ни нет никогда без",
    "pl": "nie ani nigdy bez żaden żadna żadne żadnego",
    "uk": "не ні ніколи без жоден жодна жодне жодного",
    "sv": "inte ej aldrig ingen inget inga utan",
    "cs": "ne nikdy ani bez žádný žádná žádné",
    "el": "δεν δε μην όχι ούτε ποτέ χωρίς",
    "ro": "nu n niciodată nici fără niciun nicio",
    "id": "tidak tak bukan belum tanpa",
}
_LAYOUT_SPACE = re.compile(r"[ \t]{2,}|\t")


def single_spaced(line: str) -> str:
    """`line` with each tab or run of spaces one space, as XML reads text that is not
    preformatted; a no-break space is text, and stays."""
    return _LAYOUT_SPACE.sub(" ", line)


def billed_words(text: str) -> int:
    """The words a translator bills for `text` (a msgid): its link markers are none."""
    return len(_BILLED_WORD.findall(MARKER.sub(" ", text) if "<" in text else text))


def spaced_words(text: str) -> int:
    """The words of an item's text as NewsML-G2's wordcount gives them: what whitespace
    separates, each Chinese or Japanese character a word of its own."""
    if not _UNSPACED_RUN.search(text):
        return len(text.split())
    return sum(_words_in(token) for token in text.split())


def _words_in(token: str) -> int:
    if not _UNSPACED_RUN.search(token):
        return 1
    characters = sum(len(run) for run in _UNSPACED_RUN.findall(token))
    return characters + sum(1 for rest in _UNSPACED_RUN.split(token) if _LETTER_OR_DIGIT.search(rest))


def occurrences(word: str, text: str) -> int:
    """How often `word` stands in `text` with no letter or digit right before or after it
    (a search per name: a workspace has thousands of names, too many to compile a pattern each)."""
    count, start = 0, text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _is_letter_or_number(text[start - 1])) and not (end < len(text) and _is_letter_or_number(text[end])):
            count += 1
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)
    return count


def _is_letter_or_number(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"
