"""A msgid's link markers: the words the source links are written `<a1>…</a1>` (`<a2>…</a2>`
for the unit's second link), tags without attributes, as itstool and translate-toolkit show
inline markup, so Weblate, Poedit and pofilter's xmltags check see tags a translator moves
with the words. The address is never in the msgid: the build takes it from the source, so a
translator can neither change it nor break it (editors turn `href="…"` into `href=“…”`).

What a translation must do with them: keep each pair once, in order, around some words, and
not inside another pair, as links cannot nest.
"""

from __future__ import annotations

from collections import Counter

import regex

# A marker as extract writes it: the number counts the unit's links from 1.
MARKER = regex.compile(r"<(/?)a([1-9][0-9]*)>")
# Quotation marks of any style, which an update may change (`"the plan"` → `“the plan”`).
_QUOTATION_MARKS = regex.compile(r"[\p{Pi}\p{Pf}\"'„‚]")
# What a translator may have meant as one: another case, spaces, attributes, no number.
# Possessive (`*+`): a long run of spaces after `<a` that no `>` closes is scanned once, not
# once for each way of sharing it out.
_MARKER_LIKE = regex.compile(r"<\s*+/?\s*+a(?:\s*+[0-9]++)?(?:\s[^<>]*+)?/?\s*+>", regex.IGNORECASE)


def opening(number: int) -> str:
    return f"<a{number}>"


def closing(number: int) -> str:
    return f"</a{number}>"


def has_marker_like(text: str) -> bool:
    """Whether `text` holds a marker, or what a translator may have meant as one."""
    return "<" in text and _MARKER_LIKE.search(text) is not None


def without_markers(text: str) -> str:
    """`text` with its markers left out, each as nothing (they are no words)."""
    return MARKER.sub("", text) if "<" in text else text


def strip_marker_like(text: str) -> str:
    """`text` without its markers, nor what a translator may have meant as one."""
    return _MARKER_LIKE.sub("", text) if "<" in text else text


def split(text: str) -> list[str | tuple[bool, int]]:
    """`text` as its pieces of text and its markers, each marker as (opens, number)."""
    pieces: list[str | tuple[bool, int]] = []
    cursor = 0
    for match in MARKER.finditer(text):
        pieces += [text[cursor : match.start()], (not match[1], int(match[2]))]
        cursor = match.end()
    pieces.append(text[cursor:])
    return pieces


def linked_words(msgid: str) -> list[str]:
    """The words each link of `msgid` marks, in the order of their numbers; [] when its
    markers are not as extract writes them (`<a1>…</a1>`, then `<a2>…</a2>`, …, the text
    holding nothing else like a marker), for then they are the source's own words."""
    if "<" not in msgid or has_marker_like(without_markers(msgid)):
        return []
    markers = list(MARKER.finditer(msgid))
    tags = [tag for number in range(1, len(markers) // 2 + 1) for tag in (opening(number), closing(number))]
    if [marker.group() for marker in markers] != tags:
        return []
    return [msgid[start.end() : end.start()] for start, end in zip(markers[::2], markers[1::2])]


def marker_problems(msgstr: str, links: int) -> list[str]:
    """What is wrong with the markers of `msgstr`, the translation of a msgid with `links`
    links ([] when each pair is there once, around words, one pair after the other)."""
    problems = [
        f"{match.group()} is no link marker: write <aN> and </aN> as the source does, the address is put back from it"
        for match in _MARKER_LIKE.finditer(msgstr) if not MARKER.fullmatch(match.group())
    ]
    # `<<a1>a1>`: the text left once the markers are taken out would print a marker.
    if not problems and (left := _MARKER_LIKE.search(without_markers(msgstr))):
        problems.append(f"{left.group()} is left as text once the link markers are taken out: write each marker once, as <aN> and </aN>")
    known = []
    for match in MARKER.finditer(msgstr):
        if int(match[2]) > links:
            problems.append(f"{match.group()} is not in the source, which has {_links(links)}")
        else:
            known.append(match)
    counts = Counter((not match[1], int(match[2])) for match in known)
    paired = True
    for number in range(1, links + 1):
        opened, closed = counts[True, number], counts[False, number]
        if opened == closed == 1:
            continue
        paired = False
        if not opened and not closed:
            problems.append(f"the link {opening(number)}…{closing(number)} is missing: keep it around the words it links")
        elif opened > 1 or closed > 1:
            problems.append(f"{opening(number)}…{closing(number)} is there {max(opened, closed)} times: mark the link's words once")
        else:
            problems.append(f"{opening(number)} has no {closing(number)}" if opened else f"{closing(number)} has no {opening(number)}")
    if not paired:
        return problems
    for start, end in zip(known[::2], known[1::2]):
        if start[1] or not end[1] or start[2] != end[2]:
            problems.append(f"{start.group()} … {end.group()}: write each link as <aN>words</aN>, "
                            "one after the other, none inside another")
            break
        if not msgstr[start.end() : end.start()].strip():
            problems.append(f"{start.group()}{end.group()} holds no words: the link would not show")
    return problems


def _links(count: int) -> str:
    return "no link" if not count else "1 link" if count == 1 else f"{count} links"


def relinked(target: str, source: str, new_source: str) -> str:
    """`target`, the translation of `source`, with the markers of each link `source` shares
    with `new_source` renumbered to `new_source`'s, and any other marker left out."""
    old_links, new_links = linked_words(source), linked_words(new_source)
    if not old_links and not new_links:
        return target
    if marker_problems(target, len(old_links)):
        return strip_marker_like(target)  # which words it meant to link is anyone's guess
    new_numbers = {words: number for number, words in _linked_once(new_links).items()}
    renumbered = {
        number: new_numbers[words] for number, words in _linked_once(old_links).items() if words in new_numbers
    }
    pieces = []
    for piece in split(target):
        if isinstance(piece, str):
            pieces.append(piece)
        elif piece[1] in renumbered:
            opens, number = piece[0], renumbered[piece[1]]
            pieces.append(opening(number) if opens else closing(number))
    return "".join(pieces)


def _linked_once(links: list[str]) -> dict[int, str]:
    """The number of each link whose words (case, spacing and quotation marks aside) no other
    link of the sentence has."""
    words = [" ".join(_QUOTATION_MARKS.sub("", linked).split()).casefold() for linked in links]
    counts = Counter(words)
    return {number: linked for number, linked in enumerate(words, 1) if counts[linked] == 1}
