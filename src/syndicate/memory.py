"""Translation memory: earlier translations offered for new messages.

Messages are python-brace-format: `{Maria_Costa}` is a placeholder, `{{`/`}}` a literal brace.
Placeholder names come from the names in the text, so the same sentence about another person
has other names; matching therefore compares the *shape* of a message, where every placeholder
is one and the same mark. A suggestion's placeholders are renamed to the new message's, in
order of first appearance, so the suggested text stays valid for `msgfmt -c`. Its link markers
(`<a1>…</a1>`, numbered by their order in the sentence) are renumbered to the new message's
link around the same words, so it passes the review and each address stays with its words.

Lookups are indexed: an inverted index of word stems picks a few dozen candidates, and only
those are scored, by character similarity (see `_Query`).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import heapq
import math
import re
import string
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .catalog import FUZZY, FUZZY_THRESHOLD, MEMORY_NOTE, Catalog, Key, Message
from .link_markers import MARKER, closing, linked_words, opening, relinked
from .localise import added_markup, unpublishable_character
from .placeholders import name_form_comments

# A placeholder field is a plain name (units.py makes them); `{{` and `}}` are literal braces,
# matched so that a doubled brace is never read as the start of a field.
FIELD = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PLACEHOLDER_MARK = "\ue000"  # a private-use character, not expected in news copy
_LINK_START_MARK, _LINK_END_MARK = "\ue001", "\ue002"
# Words are indexed by their first letters, so inflected forms (strike, strikes, striking) meet:
# a word's stem is the group, the rest of the word is passed over.
_WORD_STEM = re.compile(r"(\w{1,5})\w*")
# A unit is a candidate when it shares at least this share of the query's distinct words.
# Fuzzy matches at 0.75 character similarity keep far more than half of the words, so this
# loses very few of them while keeping the candidate set small (see benchmarks/README-memory.md).
_MIN_SHARED_WORDS = 0.5
_POSTINGS_BUDGET = 20_000  # index entries read per lookup, beyond the rarest word's
_CANDIDATES = 32  # candidates scored exactly per lookup, most shared words first
_COMMENT_SOURCE_LENGTH = 60
# Fuzzy matches are looked for up to this length: scoring is quadratic in the length (and a
# near match for a page-long unit, such as a results table, helps nobody); exact matches are
# found at any length.
LONGEST_FUZZY_SOURCE = 5_000
# The notes of the prefills that are fuzzy, for the translator to review: a match of another
# sentence, or an exact one lent by another locale or whose target the build would refuse
# (see `unpublishable`, and `prefill`'s review). Until reviewed, such a prefill is the memory's
# suggestion, not the translator's work: catalog.merge and `prefill` tell it by its note.
_NEAR = "% match from "
_LENT = "check it reads right here"
_PLACEHOLDERS_DIFFER, _HOLDS, _REFUSED = "its placeholders differ", "it holds ", "the build would refuse it ("
# What a suggestion's own entry (the translation it was matched to) is, as far as the review
# finds: a translation the build refuses is no model to follow.
_ENTRY_REFUSED = "the build refuses the matched translation ("
# A suggestion's note ends with a short code of the text it offered, so that a later extract
# can tell a suggestion still as offered (which a better or newer one replaces) from the
# translator's draft begun from it, and the memory's offer changed since (its article
# retranslated the sentence): the draft is kept, and a note of the memory's (`_CHANGED`) gives
# the new translation, carried over to the sentence.
_OFFERED = "; offered "
_OFFERED_CODE = re.compile(rf"{re.escape(_OFFERED)}([0-9a-f]{{8}})$")
# An exact match filled as finished has the code too: while its text is what the memory
# offered, it is a copy of its origin's translation (credited and ranked as the origin's, see
# `catalog_entries`), which follows that translation when it changes; edited, it is the
# translator's own. One filled before notes had the code is taken for a copy in the ranking;
# while the memory offers its text, it is given the code (see `_coded`), as a suggestion is.
_EXACT = "exact match from "
_COPY_NOTE = re.compile(rf"{re.escape(MEMORY_NOTE)}{_EXACT}([^;]+)(?:{re.escape(_OFFERED)}([0-9a-f]{{8}}))?$")
_CHANGED = " has changed the translation this was made from; it now reads: "
_SUGGESTION_NOTE = re.compile(
    rf"{re.escape(MEMORY_NOTE)}(?:\d+{re.escape(_NEAR)}|.+{re.escape(_CHANGED)}"
    rf"|.*; (?:{re.escape(_LENT)}|{re.escape(_PLACEHOLDERS_DIFFER)}|(?:{re.escape(_HOLDS)}|{re.escape(_REFUSED)}|{re.escape(_ENTRY_REFUSED)}).+)$)"
)


@dataclass(frozen=True)
class MemoryEntry:
    source: str  # a msgid
    target: str  # its translation
    origin: str  # the article id, or "tmx:<file>" for an imported memory
    copied: bool = False  # an exact match the memory filled, untouched: `origin` is the article it copies


@dataclass(frozen=True)
class Match:
    entry: MemoryEntry
    score: float  # similarity of the normalised texts, 0..1 (see _Query)


class MemoryIndex(Protocol):
    """Where a memory's entries are kept, numbered, with an inverted index of the word stems of
    their shapes (see `shape` and `word_stems`). Of entries with the same source only the most
    trusted counts."""

    def __len__(self) -> int: ...

    def exact(self, source: str) -> MemoryEntry | None: ...

    def same_shape(self, shape: str) -> MemoryEntry | None: ...

    def posting_counts(self, stems: Iterable[str]) -> dict[str, int]: ...

    def postings(self, stem: str) -> Iterable[int]: ...

    def shapes(self, numbers: Iterable[int]) -> dict[int, str]: ...

    def entry(self, number: int) -> MemoryEntry: ...

    def earlier(self, origin: str) -> dict[str, str]:
        """Each source `origin` has translated (its file now, or before), with its latest target."""
        ...


class TranslationMemory:
    """Entries indexed for exact and fuzzy lookup. Of entries with the same source, the first
    one not `copied` counts (a copy only where its origin's translation is gone), so pass the
    most trusted ones first. Given an `index` instead (the workspace's, kept on disk), it looks
    up there the same way."""

    def __init__(self, entries: Iterable[MemoryEntry] = (), *, index: MemoryIndex | None = None) -> None:
        self._index: MemoryIndex = index if index is not None else _InMemory(entries)

    def __len__(self) -> int:
        return len(self._index)

    def exact(self, source: str) -> MemoryEntry | None:
        return self._index.exact(source)

    def earlier(self, origin: str) -> dict[str, str]:
        return self._index.earlier(origin)

    def best(self, source: str, threshold: float = FUZZY_THRESHOLD) -> Match | None:
        """The most similar entry scoring at least `threshold`; ties go to the earlier entry.

        Placeholder names do not count: `{Maria_Costa} said …` and `{Jan_de_Vries} said …`
        score 1.0. Use `adapt()` to carry the match's target over to `source`.
        """
        if not 0 < threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        exact = self._index.exact(source)
        if exact is not None:
            return Match(exact, 1.0)
        return self.near(source, threshold)

    def near(self, source: str, threshold: float = FUZZY_THRESHOLD) -> Match | None:
        """`best` for a source the caller has already looked up with `exact` and not found:
        the exact lookup is not made twice."""
        return self.near_shape(shape(source), threshold)

    def near_shape(self, query_shape: str, threshold: float = FUZZY_THRESHOLD) -> Match | None:
        """`near` for a sentence known by its shape (see `shape`)."""
        same_shape = self._index.same_shape(query_shape)
        if same_shape is not None:
            return Match(same_shape, 1.0)
        if len(query_shape) > LONGEST_FUZZY_SOURCE:
            return None
        query = _query(query_shape)
        found: tuple[int, float] | None = None
        candidates = self._candidates(query_shape, threshold)
        for number in sorted(candidates):  # in entry order: ties go to the earlier
            candidate = candidates[number]
            floor = found[1] if found else threshold
            # The score can be no higher than 2·min/(sum of the lengths): skip what cannot win.
            if 2 * min(len(candidate), len(query_shape)) < floor * (len(candidate) + len(query_shape)):
                continue
            score = query.similarity(candidate)
            if (found is None and score >= threshold) or (found is not None and score > found[1]):
                found = (number, score)
        return Match(self._index.entry(found[0]), found[1]) if found else None

    def _candidates(self, query_shape: str, threshold: float) -> dict[int, str]:
        """A few dozen entries sharing the most of the query's rarer words, with their shapes.

        Prefix filtering: a unit that shares at least half of the query's distinct words shares
        one of its rarest `n - ceil(n/2) + 1`, so only those words' postings are read, rarest
        first, and common words' long postings only while within a budget.
        """
        counts = self._index.posting_counts(word_stems(query_shape))
        words = sorted(counts, key=counts.__getitem__)
        prefix = words[: len(words) - math.ceil(len(words) * _MIN_SHARED_WORDS) + 1]
        hits: Counter[int] = Counter()
        read = 0
        for word in prefix:
            if read and read + counts[word] > _POSTINGS_BUDGET:
                break  # the words left are commoner still
            if counts[word]:
                hits.update(self._index.postings(word))
            read += counts[word]
        # Of the entries sharing the most words, those too short or too long to reach the threshold go.
        shortest, longest = len(query_shape) * threshold / (2 - threshold), len(query_shape) * (2 - threshold) / threshold
        most = hits.most_common(_CANDIDATES * 4)
        shapes = self._index.shapes(number for number, _ in most)
        ranked = (
            (-shared, abs(len(shapes[number]) - len(query_shape)), number)
            for number, shared in most
            if number in shapes and shortest <= len(shapes[number]) <= longest
        )
        return {number: shapes[number] for _, _, number in heapq.nsmallest(_CANDIDATES, ranked)}


class _InMemory:
    """A memory index held in this process, numbered in the order the entries were given."""

    def __init__(self, entries: Iterable[MemoryEntry]) -> None:
        self._entries: list[MemoryEntry] = []
        self._exact: dict[str, MemoryEntry] = {}
        self._shapes: list[str] = []
        self._by_shape: dict[str, int] = {}
        self._postings: dict[str, list[int]] = {}
        for entry in sorted(entries, key=lambda entry: entry.copied):
            if not entry.source or not entry.target or entry.source in self._exact:
                continue
            number = len(self._entries)
            entry_shape = shape(entry.source)
            self._entries.append(entry)
            self._exact[entry.source] = entry
            self._shapes.append(entry_shape)
            self._by_shape.setdefault(entry_shape, number)
            for word in word_stems(entry_shape):
                self._postings.setdefault(word, []).append(number)

    def __len__(self) -> int:
        return len(self._entries)

    def exact(self, source: str) -> MemoryEntry | None:
        return self._exact.get(source)

    def same_shape(self, shape: str) -> MemoryEntry | None:
        number = self._by_shape.get(shape)
        return self._entries[number] if number is not None else None

    def posting_counts(self, stems: Iterable[str]) -> dict[str, int]:
        return {stem: len(self._postings.get(stem, ())) for stem in stems}

    def postings(self, stem: str) -> Iterable[int]:
        return self._postings.get(stem, ())

    def shapes(self, numbers: Iterable[int]) -> dict[int, str]:
        return {number: self._shapes[number] for number in numbers}

    def entry(self, number: int) -> MemoryEntry:
        return self._entries[number]

    def earlier(self, origin: str) -> dict[str, str]:
        return {entry.source: entry.target for entry in self._entries if entry.origin == origin}


def near_shapes(shapes: Iterable[str], waiting: Iterable[str], threshold: float = FUZZY_THRESHOLD) -> set[str]:
    """Those of the `waiting` shapes (sentences waiting for a translation) that one of `shapes`
    (the memory's sentences) may be a near match of: sharing at least the share of their
    distinct words a lookup's candidate shares (see `TranslationMemory._candidates`), and as
    alike as `threshold`."""
    stems: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = {}
    for text in waiting:
        if len(text) <= LONGEST_FUZZY_SOURCE:
            for stem in stems.setdefault(text, word_stems(text)):
                postings.setdefault(stem, []).append(text)
    found: set[str] = set()
    for text in shapes:
        shared = Counter(near for stem in word_stems(text) for near in postings.get(stem, ()))
        found.update(
            near for near, count in shared.items()
            if near not in found and count >= len(stems[near]) * _MIN_SHARED_WORDS and _query(near).similarity(text) >= threshold
        )
    return found


@functools.lru_cache(maxsize=1024)
def _query(query_shape: str) -> _Query:
    """The query for a shape, kept while the run asks for it again: each locale's memory is
    asked for the same sentences, and offers mostly the same candidates."""
    return _Query(query_shape)


class _Query:
    """A query text prepared for scoring against many candidates.

    The score is 2·LCS/(len(a) + len(b)) over characters: the indel similarity that difflib's
    ratio approximates from below and python-Levenshtein's ratio() computes. The LCS length
    comes from the bit-parallel algorithm of Allison and Dix (Hyyrö 2004): one bit per query
    character, a few big-integer operations per candidate character.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._positions: dict[str, int] = {}
        for position, char in enumerate(text):
            self._positions[char] = self._positions.get(char, 0) | 1 << position
        self._scores: dict[str, float] = {}

    def similarity(self, other: str) -> float:
        score = self._scores.get(other)
        if score is None:
            score = self._scores[other] = self._similarity(other)
        return score

    def _similarity(self, other: str) -> float:
        row = (1 << self._length) - 1
        for char in other:
            matches = row & self._positions.get(char, 0)
            row = (row + matches) | (row - matches)
        # Carries may run past the top bit; only the query's bits count.
        common = self._length - (row & ((1 << self._length) - 1)).bit_count()
        return 2 * common / (self._length + len(other))


def adapt(match: Match, new_source: str) -> str:
    """The match's target with its placeholders renamed and its link markers renumbered to
    those of `new_source`.

    The n-th distinct placeholder of the match's source becomes the n-th distinct placeholder
    of `new_source`, wherever the target puts it. When the two sources have different numbers
    of placeholders, or the target uses a name its source lacks, the placeholders stay as they are.

    A link of the match's source becomes the link of `new_source` around the same words (its
    placeholders renamed; case and spacing aside), when each source links those words once:
    a link's number says only where it comes in its sentence, and the two sentences may put
    their links in another order. The target's other links are left out, and every one of
    them when its markers do not pair as the review wants: `unplaced_links` names the links
    of `new_source` the result lacks.
    """
    source, target = match.entry.source, match.entry.target
    old_names, new_names = _field_order(source), _field_order(new_source)
    if old_names != new_names and len(old_names) == len(new_names) and set(_field_order(target)) <= set(old_names):
        renamed = dict(zip(old_names, new_names))
        source, target = _renamed(source, renamed), _renamed(target, renamed)
    return relinked(target, source, new_source)


def unplaced_links(suggestion: str, new_source: str) -> list[str]:
    """The links of `new_source` (`<a2>the press office</a2>`) whose markers `suggestion` lacks."""
    return [
        f"{opening(number)}{words}{closing(number)}"
        for number, words in enumerate(linked_words(new_source), 1)
        if opening(number) not in suggestion
    ]


# The errors for which the build would refuse a message's msgstr, as its review finds them
# (`numbers: missing 31`): see check.publish_errors.
Review = Callable[[Message], Sequence[str]]


def prefill(
    catalog: Catalog, memory: TranslationMemory, threshold: float = FUZZY_THRESHOLD, *, variant_of: str | None = None,
    review: Review | None = None, lent: TranslationMemory | None = None,
) -> Catalog:
    """Fill the empty messages from the memory, and replace a suggestion of the memory not
    reviewed yet when the memory now has a better match for its sentence (an exact one, or a
    nearer one: the sentence was edited since, or another article translated), and a copy of
    its exact match, untouched, when the memory now offers another translation (its origin
    corrected it); any other message is left as it is: a translator's draft, and a suggestion
    or copy whose text is no longer what the memory offered (the translator has begun to edit
    it), among them.

    An exact match is filled as translated, a near match as fuzzy with the matched source as
    `#| msgid`, so editors show what differs. Either says where it came from in a `#.` line,
    which later updates keep while the sentence stays the same; a near match's also names the
    message's links its suggestion leaves out (see `adapt`), for the translator to place. An
    exact match the build would refuse (see `unpublishable`; and what `review` finds, which
    is asked only of the exact matches about to be filled as translated) is fuzzy, its note
    saying why. With `variant_of` (the locale of a memory lent to one of its regional
    variants: de for de-AT), an exact match is fuzzy too: the variant's translator decides
    whether it reads right there; and only empty messages and the suggestions that memory lent
    are looked up: the variant's own memory is asked first. `lent` is that memory when the variant's own is asked: it tells what the
    suggestions it made offered.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    return dataclasses.replace(
        catalog, messages=tuple(_prefilled(message, memory, threshold, variant_of, review, lent) for message in catalog.messages)
    )


def to_prefill(message: Message, *, variant_of: str | None = None) -> bool:
    """Whether `prefill` looks the message up: an empty one; the memory's suggestion (of those a
    language lent, with `variant_of`); a copy of the memory's exact match, untouched or filled
    before its note had the code of what it offered."""
    if message.obsolete:
        return False
    if variant_of is not None:
        return not message.msgstr or _lent_by(message, variant_of)
    return not message.msgstr or is_suggestion(message) or copied_from(message, unless_edited=True) is not None


def copied_from(message: Message, *, unless_edited: bool = False) -> str | None:
    """The article a finished translation is an untouched copy of (the memory's exact match,
    still as filled; `unless_edited`: or filled before its note had the code of what it
    offered, and not known to be edited); None for any other."""
    if not message.translated:
        return None
    for note in message.memory_notes:
        if (copy := _COPY_NOTE.match(note)) and (copy[2] == _code(message.msgstr) or unless_edited and copy[2] is None):
            return copy[1]
    return None


def _lent_by(message: Message, variant_of: str) -> bool:
    """Whether a message is a suggestion `variant_of`'s memory lent (see `prefill`)."""
    lent = (f" in {variant_of}; {_LENT}", *((f" in {variant_of}: {_shown(message.previous_msgid)}",) if message.previous_msgid else ()))
    return is_suggestion(message) and any(said in note for note in message.memory_notes for said in lent)


def is_suggestion(message: Message) -> bool:
    """Whether the message's translation is the memory's suggestion, not reviewed yet."""
    return message.fuzzy and any(map(suggestion_note, message.memory_notes))


def still_offered(message: Message, memories: Iterable[TranslationMemory | None]) -> bool:
    """Whether the message is a suggestion of one of the memories, or a copy of its exact match,
    that its translator has not touched: the memory's own, which `prefill` may take back for a
    better or newer one."""
    return is_suggestion(message) and _as_offered(message, memories) or copied_from(message) is not None


def suggestion_note(note: str) -> bool:
    """Whether a `#.` line is the note of a suggestion of the memory (see `prefill`)."""
    return _SUGGESTION_NOTE.match(_OFFERED_CODE.sub("", note)) is not None


def restore(catalog: Catalog, memory: TranslationMemory, origin: str, kept: Collection[Key]) -> Catalog:
    """The empty messages of `origin`'s catalog that its file no longer holds (`kept` are the
    keys it does: an entry deleted by hand, the whole file), with the translation the file had
    for them; any other message is left as it is."""
    missing = [message for message in catalog.active() if not message.msgstr and message.key not in kept]
    earlier = memory.earlier(origin) if missing else {}
    restored = {
        message.key: dataclasses.replace(
            message, msgstr=target, extracted_comments=(*message.extracted_comments, f"{MEMORY_NOTE}as this article's file had it")
        )
        for message in missing if (target := earlier.get(message.msgid))
    }
    if not restored:
        return catalog
    return dataclasses.replace(
        catalog, messages=tuple(message if message.obsolete else restored.get(message.key, message) for message in catalog.messages)
    )


def catalog_entries(catalog: Catalog, origin: str) -> list[MemoryEntry]:
    """The finished translations of a catalog: not fuzzy, not empty, not obsolete, and not
    depending on a name's form given in a translator comment (another unit would publish the
    translation without it). Those the build refuses (see `unpublishable`) are among them: a
    file's history keeps them; a memory offers them to no other article. An untouched copy of
    the memory's exact match is credited to the article it copies (see `copied_from`)."""
    return [
        MemoryEntry(message.msgid, message.msgstr, copied or origin, copied is not None)
        for message in catalog.messages
        if message.translated and not name_form_comments(message.translator_comments)
        for copied in (copied_from(message, unless_edited=True),)
    ]


def unpublishable(source: str, target: str) -> str | None:
    """Why `target`, as the translation of `source`, cannot be published whatever unit it
    translates (its placeholders are not the source's, it holds a control character or markup
    the source has not), for a memory's match to say; None when nothing stands in its way.
    A memory offers no such entry to other articles, where it would be copied as finished."""
    if _brace_fields(target) != _brace_fields(source):
        return _PLACEHOLDERS_DIFFER
    if character := unpublishable_character(target):
        return f"{_HOLDS}a {character}"
    if markup := added_markup(source, target):
        return f"{_HOLDS}markup its source has not ({', '.join(markup)})"
    return None


def _prefilled(
    message: Message, memory: TranslationMemory, threshold: float, variant_of: str | None, review: Review | None,
    lent: TranslationMemory | None,
) -> Message:
    if not to_prefill(message, variant_of=variant_of):
        return message
    if message.msgstr:  # the memory's suggestion, or its copy
        if not message.fuzzy and getattr(copied := memory.exact(message.msgid), "target", message.msgstr) == message.msgstr:
            return message if copied is None else _coded(message)  # a copy of what the memory still offers: not reviewed again
        if not _as_offered(message, (memory, lent)):
            return _draft_told_of_change(message, (memory, lent), variant_of)
        offered, matched = _offer(_unsuggested(message), memory, threshold, variant_of, review)
        # As good a match offering other words is the memory's offer as it stands now (its
        # article retranslated the sentence since).
        better, renewed = _standing(offered) > _standing(message), _standing(offered) == _standing(message)
        if better or renewed and offered.msgstr != message.msgstr:
            return _matched_reviewed(offered, matched, review)
        return _coded(message)  # kept: the translation it was matched to is not reviewed again
    return _matched_reviewed(*_offer(message, memory, threshold, variant_of, review), review)


def _offer(
    message: Message, memory: TranslationMemory, threshold: float, variant_of: str | None, review: Review | None,
) -> tuple[Message, MemoryEntry | None]:
    """What the memory offers an empty message, and for a near match, its entry: the
    translation it was matched to, whose own review (see `_matched_reviewed`) waits until the
    offer is taken, as the ranking against an earlier suggestion does without it."""
    exact = memory.exact(message.msgid)
    if exact is not None:
        note = f"{MEMORY_NOTE}{_EXACT}{exact.origin}"
        if variant_of is not None:
            note = f"{note} in {variant_of}; {_LENT}"
            if refused := _refused(message, exact.target, review):
                note += f"; {refused}"
            return _fuzzy(message, exact.target, None, note + _offered(exact.target)), None
        # A memory may hold a target the build would refuse (an imported one, or an article's
        # translation that changed a figure): never ship it unseen.
        problem = unpublishable(message.msgid, exact.target) or _refused(message, exact.target, review)
        if problem is None:
            return dataclasses.replace(
                message, msgstr=exact.target, extracted_comments=(*message.extracted_comments, note + _offered(exact.target))
            ), None
        return _fuzzy(message, exact.target, None, f"{note}; {problem}{_offered(exact.target)}"), None
    match = memory.near(message.msgid, threshold)
    if match is None:
        return message, None
    shown = _shown(match.entry.source)
    # Rounded down, so a match just under a round figure never claims it.
    percent = math.floor(match.score * 100)
    origin = f"{match.entry.origin} in {variant_of}" if variant_of else match.entry.origin
    note = f"{MEMORY_NOTE}{percent}{_NEAR}{origin}: {shown}"
    suggestion = adapt(match, message.msgid)
    if unplaced := unplaced_links(suggestion, message.msgid):
        note += f"; link markers left out, place them: {', '.join(unplaced)}"
    return _fuzzy(message, suggestion, match.entry.source, note + _offered(suggestion)), match.entry


def _matched_reviewed(suggestion: Message, matched: MemoryEntry | None, review: Review | None) -> Message:
    """A near match's suggestion, its note saying when the build refuses the translation it
    was matched to (`matched`), reviewed as the translation of its own sentence: only the
    matches offered are, one per message."""
    if matched is None or not (refused := _refused(Message(matched.source, matched.target), matched.target, review)):
        return suggestion
    *notes, note = suggestion.extracted_comments
    code = note.rindex(_OFFERED)
    said = f"; {_ENTRY_REFUSED}{refused.removeprefix(_REFUSED)}"
    return dataclasses.replace(suggestion, extracted_comments=(*notes, note[:code] + said + note[code:]))


def _shown(source: str) -> str:
    """A matched sentence as a near match's note shows it: on one line, cut short."""
    shown = " ".join(source.split())
    return shown[: _COMMENT_SOURCE_LENGTH - 1] + "…" if len(shown) > _COMMENT_SOURCE_LENGTH else shown


def _refused(message: Message, target: str, review: Review | None) -> str | None:
    """Why the build would refuse `target` as the message's translation, as its `review`
    finds it, on one line; None when it would publish it."""
    errors = review(dataclasses.replace(message, msgstr=target)) if review is not None else ()
    return f"{_REFUSED}{' '.join('; '.join(errors).split())})" if errors else None


def _offered(suggestion: str) -> str:
    """The end of a suggestion's note: the code of the text it offers."""
    return f"{_OFFERED}{_code(suggestion)}"


def _coded(message: Message) -> Message:
    """A suggestion or copy still as the memory offers it, its note ending with the code of its
    text: one filled before notes had the code is given it, so that a later change of what the
    memory offers renews it, or tells the draft begun from it, as it does those filled since."""
    if _offered_code(message) is not None:
        return message
    notes = list(message.memory_notes)
    for index, note in enumerate(notes):
        if suggestion_note(note) or _COPY_NOTE.match(note):
            notes[index] = note + _offered(message.msgstr)
            return dataclasses.replace(message, extracted_comments=(*message.template_comments, *notes))
    return message


def _offered_code(message: Message) -> str | None:
    """The code of what a suggestion offered, as its note ends (see `_offered`); None for a
    suggestion written before notes had one."""
    return next((found[1] for note in message.memory_notes if (found := _OFFERED_CODE.search(note))), None)


def _offers_now(message: Message, memories: Iterable[TranslationMemory | None]) -> list[tuple[MemoryEntry, str]]:
    """Each memory's entry of the sentence a suggestion was matched to (its previous msgid;
    its own for an exact match), with what the memory offers from it: the entry's target as
    it is or carried over to the message's sentence (see `adapt`)."""
    matched = message.previous_msgid if message.previous_msgid is not None else message.msgid
    entries = (memory.exact(matched) for memory in memories if memory is not None)
    return [
        (entry, offer) for entry in entries if entry is not None
        for offer in dict.fromkeys((entry.target, adapt(Match(entry, 1.0), message.msgid)))
    ]


def _code(target: str) -> str:
    return hashlib.blake2b(target.encode("utf-8"), digest_size=4).hexdigest()


def _draft_told_of_change(message: Message, memories: Iterable[TranslationMemory | None], variant_of: str | None) -> Message:
    """A translator's draft begun from the memory's suggestion, kept as it is; when what the
    memory offers has changed since (the suggestion's article retranslated the sentence), with
    a note giving the new translation, carried over to the draft's sentence, for the translator
    to take what they want from it (`variant_of`: the language whose memory lent it). Its
    earlier such note goes."""
    notes = message.memory_notes
    kept = tuple(note for note in notes if _CHANGED not in note)
    offered, now = _offered_code(message), _offers_now(message, memories)
    if offered is not None and now and all(_code(offer) != offered for _, offer in now):
        entry = now[0][0]  # the first memory's
        origin = f"{entry.origin} in {variant_of}" if variant_of else entry.origin
        kept += (f"{MEMORY_NOTE}{origin}{_CHANGED}{' '.join(adapt(Match(entry, 1.0), message.msgid).split())}",)
    if kept == notes:
        return message
    return dataclasses.replace(message, extracted_comments=(*message.template_comments, *kept))


def _as_offered(message: Message, memories: Iterable[TranslationMemory | None]) -> bool:
    """Whether a suggestion's text is still what the memory offered, as the code its note ends
    with says; for one written before notes had one, whether it is what one of the memories
    offers now (see `_offers_now`). Any other is the translator's draft, begun from the
    suggestion; so is an older one whose entry the memory no longer has, or has otherwise."""
    if (offered := _offered_code(message)) is not None:
        return _code(message.msgstr) == offered
    return any(message.msgstr == offer for _, offer in _offers_now(message, memories))


def _unsuggested(message: Message) -> Message:
    """The message as it was before the memory's suggestion: empty."""
    return dataclasses.replace(
        message, msgstr="", flags=tuple(flag for flag in message.flags if flag != FUZZY), previous_msgid=None, previous_msgctxt=None,
        extracted_comments=message.template_comments,
    )


def _standing(message: Message) -> tuple[bool, float]:
    """How good a message's prefill is: a finished translation first, then a suggestion by how
    alike its sentence and the one it was matched to are (an exact match, lent or refused, has
    no previous text: 1)."""
    if not message.msgstr:
        return (False, 0.0)
    if message.previous_msgid is None:
        return (not message.fuzzy, 1.0)
    return (False, _query(shape(message.msgid)).similarity(shape(message.previous_msgid)))


def _fuzzy(message: Message, msgstr: str, previous: str | None, note: str) -> Message:
    return dataclasses.replace(
        message,
        msgstr=msgstr,
        flags=(FUZZY, *(flag for flag in message.flags if flag != FUZZY)),
        previous_msgid=previous,
        previous_msgctxt=None,
        extracted_comments=(*message.extracted_comments, note),
    )


def shape(source: str) -> str:
    """What matching compares: each placeholder as one mark, each link marker as one mark
    (whose number only says where the link comes in its sentence), literal braces single."""
    marked = source
    if "{" in source or "}" in source:  # most sentences have no field to mark
        marked = FIELD.sub(lambda field: _PLACEHOLDER_MARK if field.group(1) else field.group()[0], source)
    return MARKER.sub(lambda marker: _LINK_END_MARK if marker[1] else _LINK_START_MARK, marked) if "<" in marked else marked


def word_stems(text: str) -> set[str]:
    """The distinct word stems of a shape, as the index keys them."""
    return set(_WORD_STEM.findall(text.casefold()))


def _renamed(text: str, renamed: dict[str, str]) -> str:
    return FIELD.sub(lambda field: "{" + renamed[field.group(1)] + "}" if field.group(1) in renamed else field.group(), text)


def _field_order(text: str) -> list[str]:
    """Distinct placeholder names in order of first appearance."""
    return list(dict.fromkeys(field.group(1) for field in FIELD.finditer(text) if field.group(1)))


def _brace_fields(text: str) -> frozenset[str] | None:
    """The field names python-brace-format sees in `text`; None when it is not a valid format string."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None
