"""Partner outlets allowed to poll the feeds, and the bearer tokens that identify them.

The registry is `<workspace>/partners.json`, readable by its owner only. A partner's token
is returned once, when the partner is added, and only its SHA-256 is stored: a copy of the
registry does not let anyone poll the feeds. Tokens carry 256 random bits, so unlike
passwords they need no salt or slow hash to resist guessing; the plain digest lets the
server find a token's partner with one hash and one lookup, however many partners there are.

A removed partner's digest stays in the registry with its name, so that the server can say
whose revoked token still polls; it never authenticates again, and a partner added again
under the same name gets a new token.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from syndicate.fsutil import atomic_write_text, exclusive_lock
from syndicate.ids import PSEUDO_LOCALES, bcp47, parse_locale


@dataclass(frozen=True)
class Partner:
    """An outlet and the languages and locales whose feeds it may read."""

    name: str
    # BCP 47, spelt as feed paths are (`de`, `pt-BR`): each a language range, which admits
    # its regional feeds too unless `regional` is false (see `admits`).
    locales: tuple[str, ...]
    regional: bool = True

    def may_read(self, locale: str) -> bool:
        """Whether the feed `locale` (a BCP 47 tag) is one the partner may read."""
        return any(self.admits(entitled, locale) for entitled in self.locales)

    def admits(self, entitled: str, locale: str) -> bool:
        """Whether the partner's locale `entitled` admits the feed `locale`."""
        return admits(entitled, locale, regional=self.regional)


def admits(entitled: str, locale: str, *, regional: bool = True) -> bool:
    """Whether a partner's locale `entitled` admits the feed `locale`, by RFC 4647 basic
    filtering, ignoring case: `en` admits `en`, `en-GB` and `en-US`, for an agency item in
    `en-GB` has a feed of its own that an English-language outlet reads; `de-AT` admits
    `de-AT` only. Not `regional`, each locale admits only itself: an outlet licensed for
    standard German only. A pseudo-locale is admitted only by name: `ar-XB` is English
    forced right to left, no Arabic, and `en-XA` accented English, both for testing layouts."""
    entitled, locale = entitled.lower(), locale.lower()
    if locale in _PSEUDO or not regional:
        return locale == entitled
    return locale == entitled or locale.startswith(entitled + "-")


_PSEUDO = frozenset(tag.lower() for tag in PSEUDO_LOCALES)


@dataclass(frozen=True)
class RemovedPartner:
    """A partner `partner remove` took out, kept by its token's digest to name it in the log."""

    name: str
    removed: str  # when, ISO 8601 in UTC, for whoever reads partners.json


@dataclass(frozen=True)
class Registry:
    """The partners of one workspace, by the SHA-256 of their token, as read from partners.json,
    and the partners removed from it, by the digest of the token they had."""

    _by_digest: dict[bytes, Partner] = field(default_factory=dict, repr=False)
    _removed: dict[bytes, RemovedPartner] = field(default_factory=dict, repr=False)

    @property
    def partners(self) -> tuple[Partner, ...]:
        return tuple(self._by_digest.values())


def registry_path(root: Path) -> Path:
    return Path(root) / "partners.json"


def load_registry(root: Path) -> Registry:
    """The workspace's registry; empty if partners.json does not exist yet.

    Raises ValueError naming the file when it is not a registry this module wrote."""
    path = registry_path(root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Registry()
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not valid JSON ({error})") from None
    try:
        by_digest, removed = {}, {}
        for entry in data["partners"]:
            if "token_salt" in entry:
                raise ValueError("a salted token hash from an earlier syndicate: remove the partner and add it again")
            regional = entry.get("regional", True)  # absent in registries written before it could be false
            if not isinstance(regional, bool):
                raise ValueError(f"regional must be true or false, not {regional!r}")
            by_digest[bytes.fromhex(entry["token_sha256"])] = Partner(entry["name"], tuple(entry["locales"]), regional)
        for entry in data.get("removed", []):  # absent in registries written before removals were kept
            removed[bytes.fromhex(entry["token_sha256"])] = RemovedPartner(entry["name"], entry["removed"])
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: malformed partner entry ({error})") from None
    return Registry(by_digest, removed)


def list_partners(root: Path) -> list[Partner]:
    """Partners in the order they were added, not those removed."""
    return list(load_registry(root).partners)


def add_partner(root: Path, name: str, locales: Sequence[str], *, regional: bool = True) -> str:
    """Register `name` for `locales` (BCP 47 tags such as `de`, `de-AT`; `de_AT` is accepted
    and stored as `de-AT`; `de` admits the `de-AT` and `de-CH` feeds too unless not
    `regional`, see `admits`) and return its new bearer token, which is not stored and
    cannot be shown again.

    Raises ValueError when the name is empty or already taken (case-insensitively), or when
    a locale is not a known BCP 47 tag."""
    if isinstance(locales, str):
        # A bare string is a Sequence[str] too; iterating it would yield single letters.
        raise TypeError("locales must be a list of tags such as ['de', 'fr'], not a string")
    name = name.strip()
    if not name or not name.isprintable():
        raise ValueError(f"partner name {name!r} must be non-empty printable text")
    canonical = tuple(dict.fromkeys(bcp47(parse_locale(tag)) for tag in locales))
    if not canonical:
        raise ValueError(f"partner {name!r} needs at least one locale")
    with _updating(root):
        registry = load_registry(root)
        if _find(registry, name) is not None:
            raise ValueError(f"a partner named {name!r} already exists; remove it first or pick another name")
        token = secrets.token_urlsafe(32)
        _save(root, Registry({**registry._by_digest, _token_digest(token): Partner(name, canonical, regional)}, registry._removed))
    return token


def remove_partner(root: Path, name: str) -> Partner:
    """Remove the partner called `name` (case-insensitively); its token stops working at the
    server's next request, which logs a poll with it under the partner's name. Returns the
    removed partner; ValueError if there is none."""
    with _updating(root):
        registry = load_registry(root)
        removed = _find(registry, name.strip())
        if removed is None:
            raise ValueError(f"no partner named {name!r}")
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        active = {digest: partner for digest, partner in registry._by_digest.items() if partner is not removed}
        taken_out = {digest: RemovedPartner(partner.name, now)
                     for digest, partner in registry._by_digest.items() if partner is removed}
        _save(root, Registry(active, {**registry._removed, **taken_out}))
    return removed


def authenticate(registry: Registry, token: str) -> Partner | None:
    """The partner whose token this is, or None."""
    return registry._by_digest.get(_token_digest(token))


def revoked(registry: Registry, token: str) -> RemovedPartner | None:
    """The removed partner whose token this was, or None: someone to call, not to let in."""
    return registry._removed.get(_token_digest(token))


def _token_digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def _updating(root: Path) -> contextlib.AbstractContextManager[None]:
    """Hold while reading, changing and saving partners.json, so that two simultaneous
    updates (two `partner add`) cannot each save a registry without the other's change.

    The lock file is not partners.json, which every save replaces by a new file, nor the
    workspace lock, which a build holds for minutes; readers need no lock at all, since
    saves are atomic."""
    return exclusive_lock(Path(root) / ".syndicate" / "partners.lock")


def _find(registry: Registry, name: str) -> Partner | None:
    wanted = name.casefold()
    return next((partner for partner in registry.partners if partner.name.casefold() == wanted), None)


def _save(root: Path, registry: Registry) -> None:
    entries = [
        {"name": partner.name, "locales": list(partner.locales), "regional": partner.regional, "token_sha256": digest.hex()}
        for digest, partner in registry._by_digest.items()
    ]
    removed = [
        {"name": partner.name, "removed": partner.removed, "token_sha256": digest.hex()}
        for digest, partner in registry._removed.items()
    ]
    text = json.dumps({"partners": entries, "removed": removed}, indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(registry_path(root), text, mode=0o600)
