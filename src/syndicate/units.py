"""Article → translatable units: sentences with names, URLs and e-mails as `{placeholders}`."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence

import regex

from .model import Article, Block, Placeholder, Unit
from .names import NameRules, ProtectedSpan, attributes_speech, find_protected_spans
from .quotes import find_quotations
from .segment import SegmentationRules, sentence_spans

_NOT_IDENTIFIER = regex.compile(r"[^A-Za-z0-9]+")


def article_units(
    article: Article, rules: NameRules = NameRules(), segmentation: SegmentationRules | None = None
) -> list[Unit]:
    """Every unit of the article in reading order, one per sentence of each block, split by
    `segmentation` (an SRX rule set; default: the built-in rules).

    The same sentence in blocks of different kinds (a headline that is also the lede's first
    sentence) gets the block kind as msgctxt, so each can be translated in its own style.
    """
    known: set[str] = set()
    identifiers: dict[str, str] = {}
    units: list[Unit] = []
    for block_index, block in enumerate(article.blocks):
        spans = sentence_spans(block.text, article.source_lang, rules=segmentation)
        protected = find_protected_spans(
            block.text, frozenset(start for start, _ in spans), article.source_lang, rules, known
        )
        if any(_crosses(span, spans) for span in protected):
            spans = sentence_spans(
                block.text, article.source_lang, protected=[(span.start, span.end) for span in protected],
                rules=segmentation,
            )
        for position, (start, end) in enumerate(spans):
            following = spans[position + 1][0] if position + 1 < len(spans) else end
            inside = [span for span in protected if start <= span.start and span.end <= end]
            units.append(_unit(block, block_index, start, end, block.text[end:following], inside, identifiers))
    return _add_contexts(units)


def _unit(
    block: Block, block_index: int, start: int, end: int, separator: str,
    protected: Sequence[ProtectedSpan], identifiers: dict[str, str],
) -> Unit:
    text = block.text
    pieces: list[str] = []
    placeholders: dict[str, Placeholder] = {}
    cursor = start
    for span in protected:
        pieces.append(_escape_braces(text[cursor : span.start]))
        name = identifiers.get(span.text) or _new_identifier(span, identifiers)
        placeholders.setdefault(name, Placeholder(name, span.text, span.kind))  # type: ignore[arg-type]
        pieces.append("{" + name + "}")
        cursor = span.end
    pieces.append(_escape_braces(text[cursor:end]))

    sentence = text[start:end]
    outer = [quote for quote in find_quotations(sentence) if quote.depth == 0]
    speakers = tuple(
        dict.fromkeys(
            span.text
            for span in protected
            if span.kind == "name"
            and not any(quote.start <= span.start - start < quote.end for quote in outer)
            and attributes_speech(text, span.start, span.end)
        )
    ) if outer else ()
    return Unit(
        msgid="".join(pieces),
        kind=block.kind,
        block=block_index,
        line=block.line_at(start),
        placeholders=tuple(placeholders.values()),
        quotations=tuple(sentence[quote.start : quote.end] for quote in outer),
        speakers=speakers,
        separator=separator,
    )


def _escape_braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _new_identifier(span: ProtectedSpan, identifiers: dict[str, str]) -> str:
    """`Maria Costa` → `Maria_Costa`, `Sean O'Neill` → `Sean_O_Neill`; URLs → `url`, `url_2`."""
    if span.kind == "name":
        ascii_text = unicodedata.normalize("NFKD", span.text).encode("ascii", "ignore").decode("ascii")
        base = _NOT_IDENTIFIER.sub("_", ascii_text).strip("_") or "name"
        if base[0].isdigit():
            base = "name_" + base
    else:
        base = span.kind
    taken = set(identifiers.values())
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    identifiers[span.text] = name
    return name


def _crosses(span: ProtectedSpan, sentences: list[tuple[int, int]]) -> bool:
    return any(span.start < end < span.end for _, end in sentences)


def _add_contexts(units: list[Unit]) -> list[Unit]:
    first_kind: dict[str, str] = {}
    for unit in units:
        first_kind.setdefault(unit.msgid, unit.kind)
    return [
        unit if first_kind[unit.msgid] == unit.kind else dataclasses.replace(unit, msgctxt=unit.kind)
        for unit in units
    ]
