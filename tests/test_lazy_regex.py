"""Patterns compiled at their first use behave as the patterns they stand for, and every
one the package defines compiles (an error in one would otherwise show only when a text
first needs it)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import regex

import syndicate
from syndicate.lazy_regex import LazyPattern, lazy_compile


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds() -> None:
    pattern = r"(?<!\p{L})(\p{Lu}\p{Ll}+)\s+(?P<year>\d{4})"
    text = "Nach Berlin 2026 kam Wien 2027, dann paris 2028."
    lazy, compiled = lazy_compile(pattern, regex.IGNORECASE), regex.compile(pattern, regex.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub(r"\g<year>", text) == compiled.sub(r"\g<year>", text)
    assert lazy.search(text).group("year") == "2026"
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.groupindex == compiled.groupindex and lazy.flags == compiled.flags
    assert lazy.pattern == pattern


def test_a_lazy_pattern_compiles_at_its_first_use_only() -> None:
    lazy = lazy_compile(r"(unclosed")  # an error in the pattern shows at its first use
    assert lazy.pattern == "(unclosed"
    try:
        lazy.search("text")
    except regex.error:
        pass
    else:
        raise AssertionError("the broken pattern compiled")
    working = lazy_compile(r"\d+")
    assert "search" not in vars(working)
    assert working.match("42").group() == "42"
    assert "search" in vars(working)  # compiled once, then used directly


def _lazy_patterns(value: object, depth: int = 0) -> Iterator[LazyPattern]:
    if isinstance(value, LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _lazy_patterns(item, depth + 1)


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    found = 0
    for module_info in pkgutil.iter_modules(syndicate.__path__):
        if module_info.name == "__main__":  # runs the command line
            continue
        module = importlib.import_module(f"syndicate.{module_info.name}")
        for name, value in vars(module).items():
            for pattern in _lazy_patterns(value):
                pattern.search("")  # raises regex.error for a pattern that does not compile
                found += 1
    assert found > 100  # the review's, the names' and the wire reader's tables
