"""URLs and e-mail addresses in running text: protected as placeholders by extract, compared
between source and translation by check, kept intact by pseudo-localisation.

A module of its own so that what only compares them (the build's review) does not load the
name finder.
"""

from __future__ import annotations

import regex

_URL = r"(?:https?://|www\.)[^\s<>\"“”«»]*[^\s<>\"“”«».,;:!?)\]’']"
# Starting where a run of such characters starts (or where the search resumes): a long run
# with no address in it is scanned once, not once from each of its characters.
_EMAIL = r"(?:(?<![\w.+-])|\G)[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
URL_OR_EMAIL = regex.compile(rf"(?P<url>{_URL})|(?P<email>{_EMAIL})")


def may_hold_link(text: str) -> bool:
    """Whether `text` has what every URL or e-mail address has: most text has none, and
    `in` decides that far faster than scanning every word with the pattern."""
    return "@" in text or "://" in text or "www." in text
