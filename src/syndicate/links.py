"""URLs and e-mail addresses in running text: protected as placeholders by extract, compared
between source and translation by check, kept intact by pseudo-localisation.

A module of its own so that what only compares them (the build's review) does not load the
name finder.
"""

from __future__ import annotations

import regex

_URL = r"(?:https?://|www\.)[^\s<>\"“”«»]*[^\s<>\"“”«».,;:!?)\]’']"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
URL_OR_EMAIL = regex.compile(rf"(?P<url>{_URL})|(?P<email>{_EMAIL})")
