"""Regular expressions compiled at their first use.

The review's and the readers' tables hold a few hundred patterns, and the `regex` module
takes about a tenth of a second to compile them. A run that needs few of them (a rebuild
after one edited PO reviews one language; `status`; a build with little to do) should not
pay for the rest.
"""

from __future__ import annotations

from typing import Any

import regex

# The compiled pattern's methods and attributes the modules use, copied onto the stand-in
# when it compiles: from then on they are found on it directly, as fast as on the pattern.
_DELEGATED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groupindex", "groups", "flags")


class LazyPattern:
    """Stands in for `regex.compile(pattern, flags)` and compiles it at the first use of
    one of its methods. `pattern` is at hand without compiling, for patterns built from
    others."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags_given = flags

    def __getattr__(self, name: str) -> Any:
        if name not in _DELEGATED:
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._flags_given)
        for delegated in _DELEGATED:
            setattr(self, delegated, getattr(compiled, delegated))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags_given!r})"


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    """`regex.compile(pattern, flags)`, put off until the pattern is first used. Typed as
    Any: it is used as the compiled pattern it stands for."""
    return LazyPattern(pattern, flags)
