"""Article → translatable units: sentences with names, URLs and e-mails as `{placeholders}`, and
the words the source links between `<a1>…</a1>` markers."""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from collections.abc import Mapping, Sequence

import regex

from .dateline import dateline_end
from .model import Article, Block, Placeholder, Unit
from .ids import primary_language
from .names import ProtectedSpan, find_protected_spans, in_title_case, may_name_alone, speakers
from .names_data import HEADINGS
from .names_file import NameRules
from .names_rendering import glossary_name
from .link_markers import closing, has_marker_like, opening, without_markers
from .placeholders import marked_text
from .quotes import find_quotations
from .segment import SegmentationRules, sentence_spans

_NOT_IDENTIFIER = regex.compile(r"[^A-Za-z0-9]+")
_LETTER = regex.compile(r"\p{L}")
# The word a byline opens with (By, Von, Par, Por, Di, Da, Door, Av, Af, Przez, Od), which at
# the start of a sentence may pass for a first name. Von, Di and Da also begin surnames
# (`Di Maio`, `Da Silva`): they open the byline only before a name of two words or more.
_BYLINE_OPENING = regex.compile(
    r"(?:By|Par|Por|Door|Av|Af|Przez|Od)\s+(?=\p{Lu})|(?:Von|Di|Da)\s+(?=\p{Lu}\S*\s+\p{Lu})"
)
# What heads a table's column of names, in the languages the newsroom ships: a lone word under
# it names a team, a company or a person (`Ajax`, `Siemens`), which no sentence around shows.
_HEADINGS_OF_NAMES = frozenset(
    """
    team teams club clubs company companies firm player players name driver rider athlete winner home away opponent
    mannschaft verein unternehmen firma spieler fahrer équipe société entreprise joueur nom equipo empresa jugador
    nombre squadra società azienda giocatore nome ploeg bedrijf speler naam equipe time clube jogador
    """.split()
)
_LATIN_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
})


def article_units(
    article: Article, rules: NameRules = NameRules(), segmentation: SegmentationRules | None = None
) -> list[Unit]:
    """Every unit of the article in reading order, one per sentence of each block, split by
    `segmentation` (an SRX rule set; default: the built-in rules).

    The same sentence in blocks of different kinds (a headline that is also the lede's first
    sentence) gets the block kind as msgctxt, so each can be translated in its own style.
    """
    known: set[str] = set()
    surnames_met: set[str] = set()
    organisations: set[str] = set()
    identifiers = _Identifiers(article.source_lang)
    units: list[Unit] = []
    # A table cell of figures only (`1,234`, `28.3%`, `3-1`) has nothing to translate: it is
    # published as written, as a preformatted block is (see BlockKind).
    translated = [
        (index, block) for index, block in enumerate(article.blocks)
        if block.translatable and block.kind != "preformatted" and (block.kind != "cell" or _LETTER.search(block.text))
    ]
    # A heading in title case (`EU Backs Von der Leyen Plan`) has capitals that tell no name:
    # its names are those the rest of the article finds. Any heading is read after the rest,
    # whose sentences show what its few words do not (`Von der Leyen wirbt in Berlin` before
    # `Ursula von der Leyen hat … geworben`, `McDonald's and Stellantis cut jobs` before
    # `McDonald's said`).
    title_case = {
        index for index, block in translated if block.kind in HEADINGS and in_title_case(block.text, article.source_lang)
    }
    found: dict[int, tuple[list[tuple[int, int]], list[ProtectedSpan]]] = {}
    for block_index, block in sorted(translated, key=lambda indexed: indexed[1].kind in HEADINGS):
        found[block_index] = _sentences_and_names(
            article, block, rules, segmentation, known, surnames_met, organisations, block_index in title_case
        )
    for block_index, name in _names_alone_in_columns(article, translated, found, rules).items():
        found[block_index] = (found[block_index][0], [name])
    for block_index, block in translated:
        spans, protected = found[block_index]
        runs_on = _quotation_runs_on(article, block_index)
        linked = [(start, end) for start, end, _ in block.links]
        dateline = [(0, opening)] if (opening := dateline_end(block.text)) else []
        protected, links = _untangled(protected, block.links)
        sentence_ends = [end for _, end in spans]
        if any(_crosses(span, sentence_ends) for span in protected):
            spans = _sentences_by_line(
                block.text, article.source_lang,
                protected=[(span.start, span.end) for span in protected] + dateline + linked, rules=segmentation,
            )
        # Both lists run left to right, so each sentence takes the spans that end within it.
        next_span = 0
        block_units = []
        for position, (start, end) in enumerate(spans):
            following = spans[position + 1][0] if position + 1 < len(spans) else end
            inside = []
            while next_span < len(protected) and protected[next_span].end <= end:
                if protected[next_span].start >= start:
                    inside.append(protected[next_span])
                next_span += 1
            links_inside = [link for link in links if start <= link[0] and link[1] <= end]
            block_units.append(
                _unit(block, block_index, start, end, block.text[end:following], inside, links_inside, identifiers, runs_on)
            )
        # A byline or a table cell of names only ("Marta Kowalski", "Social Democrats") has
        # nothing to translate: it is published as written, but for its names' renderings.
        if block.kind not in ("byline", "cell") or any(_LETTER.search(without_markers(marked_text(unit, lambda _: ""))) for unit in block_units):
            units.extend(block_units)
    return _add_contexts(units)


def _sentences_and_names(
    article: Article, block: Block, rules: NameRules, segmentation: SegmentationRules | None, known: set[str],
    surnames_met: set[str], organisations: set[str], title_case: bool,
) -> tuple[list[tuple[int, int]], list[ProtectedSpan]]:
    """The sentences of a block and the names, URLs and phrases kept as written in it, with
    the names it finds added to `known` and the surnames of names it cannot tell a person's
    to `surnames_met`, and the names shown an organisation's to `organisations` (see
    find_protected_spans)."""
    # A link's words are one piece of a sentence, as a quotation's: a link over two
    # sentences keeps both in one unit.
    linked = [(start, end) for start, end, _ in block.links]
    spans = _sentences_by_line(block.text, article.source_lang, protected=linked, rules=segmentation)
    # A dateline is no sentence of its own, whatever its periods: `ST. LOUIS (AP) — `.
    dateline = [(0, opening)] if (opening := dateline_end(block.text)) else []
    if dateline and spans[0][1] < opening:
        spans = _sentences_by_line(block.text, article.source_lang, protected=dateline + linked, rules=segmentation)
    protected = find_protected_spans(
        block.text, frozenset(start for start, _ in spans), article.source_lang, rules, known, kept=block.kept, title_case=title_case,
        surnames_met=surnames_met, organisations=organisations,
    )
    if block.kind == "byline" and protected and protected[0].start == 0 and (opening := _BYLINE_OPENING.match(protected[0].text)):
        # `Par Jean Dupont`: the word that opens the byline is no first name.
        first = protected[0]
        protected = [ProtectedSpan(opening.end(), first.end, first.text[opening.end() :], first.kind), *protected[1:]]
    return spans, protected


def _sentences_by_line(
    text: str, lang: str, protected: Sequence[tuple[int, int]], rules: SegmentationRules | None
) -> list[tuple[int, int]]:
    """The sentences of each line of a block apart (see segment.sentence_spans): a line the
    source breaks (`<br/>` in a paragraph, a table cell's) ends a unit, so that a translation
    never runs two lines into one, and none needs a line break, which a translation may not add."""
    if "\n" not in text:
        return sentence_spans(text, lang, protected=protected, rules=rules)
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        inside = [(max(first, start) - start, min(last, end) - start) for first, last in protected if first < end and last > start]
        spans += [(start + first, start + last) for first, last in sentence_spans(line, lang, protected=inside, rules=rules)]
        start = end + 1
    return spans


def _names_alone_in_columns(
    article: Article, translated: Sequence[tuple[int, Block]], found: dict[int, tuple[list[tuple[int, int]], list[ProtectedSpan]]],
    rules: NameRules,
) -> dict[int, ProtectedSpan]:
    """The table cells of one capitalised word or acronym, which alone shows no name, that stand
    in a column of names (by block index): under a heading that says so (`Team`, `Company`) or,
    but in German where every noun has its capital, in a column where another cell is a name or
    an acronym alone (`Bayern Munich`, `PSV` … `Ajax`), the acronym too. Not in a table's head or
    foot, nor a word that may not name anything alone (see names.may_name_alone: `Greens`, `Others`, `Total`)."""
    headed: set[tuple[int, int]] = set()  # (table, column) under a heading of names
    named: dict[tuple[int, int], set[int]] = {}  # (table, column) → its cells that are a name or an acronym alone
    lone: list[tuple[int, ProtectedSpan, list[tuple[int, int]]]] = []
    german = primary_language(article.source_lang) == "de"
    for index, block in translated:
        place = block.cell
        if place is None or place.part == "caption":
            continue
        columns = [(place.table, column) for column in range(place.column, place.column + place.colspan)]
        word = block.text.strip()
        protected = found[index][1]
        if place.header and (place.scope in ("col", "colgroup") or place.scope is None and (place.part == "thead" or place.row == 0)):
            if word.lower() in _HEADINGS_OF_NAMES:
                headed.update(columns)
            continue
        alone = not protected and not block.kept and may_name_alone(word, article.source_lang, rules)
        if (len(protected) == 1 and protected[0].kind == "name" and protected[0].text == word) or (alone and word.isupper() and not german):
            for column in columns:
                named.setdefault(column, set()).add(index)
        if alone and place.part in ("tbody", ""):
            start = block.text.index(word)
            lone.append((index, ProtectedSpan(start, start + len(word), word, "name"), columns))
    lone_in: dict[tuple[int, int], set[int]] = {}  # (table, column) → its cells of a lone word
    for index, _, columns in lone:
        for column in columns:
            lone_in.setdefault(column, set()).add(index)

    def of_names(column: tuple[int, int], index: int) -> bool:
        # Another cell of the column is a name or an acronym; or this one is an acronym, which is
        # then a name as the column's other lone words are (`PSV` above `Twente` and `Ajax`).
        evidence = named.get(column, set())
        return column in headed or (not german and bool(evidence - {index} or (index in evidence and lone_in[column] - {index})))

    return {index: name for index, name, columns in lone if any(of_names(column, index) for column in columns)}


def _unit(
    block: Block, block_index: int, start: int, end: int, separator: str,
    protected: Sequence[ProtectedSpan], links: Sequence[tuple[int, int, str]], identifiers: _Identifiers, runs_on: bool = False,
) -> Unit:
    text = block.text
    sentence = text[start:end]
    if has_marker_like(sentence):
        links = []  # text the source writes as a marker would read as one: its links are left out
    # In order of position; where a link's words end and the next link's or a name's begin,
    # the link closes first, and a link opens before the name it begins with.
    marks: list[tuple[int, int, str | ProtectedSpan]] = sorted(
        [(link_start, 1, opening(number)) for number, (link_start, _, _) in enumerate(links, 1)]
        + [(link_end, 0, closing(number)) for number, (_, link_end, _) in enumerate(links, 1)]
        + [(span.start, 2, span) for span in protected],
        key=lambda mark: mark[:2],
    )
    pieces: list[str] = []
    placeholders: dict[str, Placeholder] = {}
    cursor = start
    for position, _, mark in marks:
        pieces.append(_escape_braces(text[cursor:position]))
        if isinstance(mark, str):
            pieces.append(mark)
            cursor = position
            continue
        name = identifiers.of(mark, placeholders)
        placeholders.setdefault(name, Placeholder(name, mark.text, mark.kind))  # type: ignore[arg-type]
        pieces.append("{" + name + "}")
        cursor = mark.end
    pieces.append(_escape_braces(text[cursor:end]))

    # A quotation inside a phrase kept as the source writes it is kept with it, not translated.
    unquoted = sentence
    for span in protected:
        if span.kind == "literal":
            unquoted = unquoted[: span.start - start] + " " * (span.end - span.start) + unquoted[span.end - start :]
    # A mark left open at the end is a quotation only where the next paragraph carries it on;
    # else it is a slip, and the words after it are not known to be quoted.
    outer = [quote for quote in find_quotations(unquoted) if quote.depth == 0 and (quote.close_mark or runs_on)]
    quote_starts = [quote.start for quote in outer]  # in order, not overlapping

    def quoted(offset: int) -> bool:
        before = bisect.bisect_right(quote_starts, offset)
        return before > 0 and offset < outer[before - 1].end

    unquoted_names = [span for span in protected if span.kind == "name" and not quoted(span.start - start)]
    speaking = tuple(speakers(text, unquoted_names)) if outer else ()
    return Unit(
        msgid="".join(pieces),
        kind=block.kind,
        block=block_index,
        line=block.line_at(start),
        placeholders=tuple(placeholders.values()),
        quotations=tuple(sentence[quote.start : quote.end] for quote in outer),
        speakers=speaking,
        separator=separator,
        links=tuple(address for _, _, address in links),
    )


def _untangled(
    protected: list[ProtectedSpan], links: Sequence[tuple[int, int, str]]
) -> tuple[list[ProtectedSpan], list[tuple[int, int, str]]]:
    """The protected spans and links of a block, none cut by another: a name, URL or e-mail
    address a link's edge falls in is translated as words (the link is the source's markup, the
    name a guess); a link whose edge falls in a phrase the source keeps as written is left out,
    as the phrase is published whole."""
    if not links:
        return protected, []
    kept = [span for span in protected if span.kind == "literal"]
    links = [link for link in links if not any(_cut(span.start, span.end, link[0], link[1]) for span in kept)]
    return [span for span in protected if span.kind == "literal" or not any(_cut(span.start, span.end, *link[:2]) for link in links)], links


def _cut(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether an edge of the span [other_start, other_end) falls inside [start, end), which
    then cannot stay whole around it or within it."""
    return start < other_start < end or start < other_end < end


def _quotation_runs_on(article: Article, index: int) -> bool:
    """Whether a quotation left open at the end of block `index` runs on into the next: news
    copy quoting a speech over several paragraphs opens each with a quotation mark again."""
    block = article.blocks[index]
    following = article.blocks[index + 1] if index + 1 < len(article.blocks) else None
    return (
        following is not None
        and following.kind == "paragraph"
        and (block.kind == "paragraph" or (block.kind == "lede" and article.lede_in_body))
        and any(quote.start == 0 for quote in find_quotations(following.text))
    )


def _escape_braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


class _Identifiers:
    """The placeholder names of an article: each protected text keeps the one it got first, and
    the forms of one name (`Deutsche Bank`, `der Deutschen Bank`) share one, as they share its
    glossary entry; each unit puts back its own text, so every sentence keeps its own form.
    Two forms in one unit each have a name of their own, which can stand for one text only."""

    def __init__(self, source_lang: str) -> None:
        self._source_lang = source_lang
        self._by_text: dict[str, str] = {}
        self._by_entry: dict[str, list[str]] = {}
        self._used: set[str] = set()
        self._next_number: dict[str, int] = {}

    def of(self, span: ProtectedSpan, in_unit: Mapping[str, Placeholder]) -> str:
        """`Maria Costa` → `Maria_Costa`, `Sean O'Neill` → `Sean_O_Neill`, a name as its glossary
        entry has it (`der Deutschen Bank` → `Deutsche_Bank`); URLs → `url`, `url_2`. `in_unit`
        holds the placeholders the span's unit has so far."""
        entry = glossary_name(span.text, self._source_lang) if span.kind == "name" else span.text
        own = [self._by_text[span.text]] if span.text in self._by_text else []
        for name in own + self._by_entry.get(entry, []):
            if name not in in_unit or in_unit[name].text == span.text:
                self._by_text.setdefault(span.text, name)
                return name
        if span.kind in ("name", "literal"):
            # Letters NFKD leaves whole are written as translators type them (Skłodowska → Sklodowska).
            ascii_text = unicodedata.normalize("NFKD", entry.translate(_LATIN_LETTERS)).encode("ascii", "ignore").decode("ascii")
            base = _NOT_IDENTIFIER.sub("_", ascii_text).strip("_") or "name"
            if base[0].isdigit():
                base = "name_" + base
        else:
            base = span.kind
        name = base
        if name in self._used:
            # Numbers below the one kept for the base are all taken for good: start from it.
            number = self._next_number.get(base, 2)
            while f"{base}_{number}" in self._used:
                number += 1
            name, self._next_number[base] = f"{base}_{number}", number + 1
        self._by_text.setdefault(span.text, name)
        self._by_entry.setdefault(entry, []).append(name)
        self._used.add(name)
        return name


def _crosses(span: ProtectedSpan, sentence_ends: list[int]) -> bool:
    """Whether a sentence ends inside the span (`sentence_ends` in order)."""
    after_start = bisect.bisect_right(sentence_ends, span.start)
    return after_start < len(sentence_ends) and sentence_ends[after_start] < span.end


def _add_contexts(units: list[Unit]) -> list[Unit]:
    first_kind: dict[str, str] = {}
    for unit in units:
        first_kind.setdefault(unit.msgid, unit.kind)
    return [
        unit if first_kind[unit.msgid] == unit.kind else dataclasses.replace(unit, msgctxt=unit.kind)
        for unit in units
    ]
