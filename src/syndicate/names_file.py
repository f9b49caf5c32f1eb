"""The desk's names file (`names.txt` in the workspace): names to protect, words never to
protect, and roles that introduce names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import InputError


NAMES_FILE = "names.txt"


@dataclass(frozen=True)
class NameRules:
    """What the desk told us: names to protect and words never to protect."""

    names: tuple[str, ...] = ()
    excluded: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()


def read_name_rules(root: Path) -> NameRules:
    """Read `names.txt`: one name per line; `!Word` excludes; `role: word` adds a role; `#` comments."""
    path = root / NAMES_FILE
    if not path.exists():
        return NameRules()
    names: list[str] = []
    excluded: set[str] = set()
    roles: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as error:
        raise InputError(str(path), None, f"not UTF-8: {error.reason}", "save the names file as UTF-8") from None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            excluded.add(line[1:].strip())
        elif line.lower().startswith("role:"):
            if not line[5:].strip():
                raise InputError(str(path), number, "`role:` names no role", "write e.g. `role: spokeswoman`")
            roles.add(line[5:].strip().lower())
        elif any(character in line for character in "{}"):
            raise InputError(str(path), number, f"a name cannot contain braces: {line!r}")
        else:
            names.append(line)
    return NameRules(tuple(names), frozenset(excluded), frozenset(roles))
