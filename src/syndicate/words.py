"""Words counted the way translators bill them: as pocount does, a {placeholder} as one word,
and in Chinese and Japanese, which put no spaces between words, each character as one."""

from __future__ import annotations

import regex

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}"
_WORD = regex.compile(
    rf"\{{\w+\}}|[{_UNSPACED}]|(?:(?![{_UNSPACED}])[\p{{L}}\p{{N}}])+(?:['’\-.,](?:(?![{_UNSPACED}])[\p{{L}}\p{{N}}])+)*"
)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
