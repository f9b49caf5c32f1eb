"""Partner outlets allowed to poll the feeds, and the bearer tokens that identify them.

The registry is `<workspace>/partners.json`. A partner's token is returned once, when the
partner is added, and only a salted hash of it is stored: a copy of the registry does not
let anyone poll the feeds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from syndicate.fsutil import atomic_write_text
from syndicate.ids import bcp47, parse_locale

_SALT_BYTES = 16


@dataclass(frozen=True)
class Partner:
    """An outlet and the feed locales it may read."""

    name: str
    locales: tuple[str, ...]  # BCP 47, exactly as in feed paths (`de`, `pt-BR`)


@dataclass(frozen=True)
class _Credential:
    partner: Partner
    salt: bytes
    digest: bytes


@dataclass(frozen=True)
class Registry:
    """The partners of one workspace with their token hashes, as read from partners.json."""

    _credentials: tuple[_Credential, ...] = field(default=(), repr=False)

    @property
    def partners(self) -> tuple[Partner, ...]:
        return tuple(credential.partner for credential in self._credentials)


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
        credentials = tuple(
            _Credential(
                partner=Partner(name=entry["name"], locales=tuple(entry["locales"])),
                salt=bytes.fromhex(entry["token_salt"]),
                digest=bytes.fromhex(entry["token_sha256"]),
            )
            for entry in data["partners"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: malformed partner entry ({error!r})") from None
    return Registry(credentials)


def list_partners(root: Path) -> list[Partner]:
    """Partners in the order they were added."""
    return list(load_registry(root).partners)


def add_partner(root: Path, name: str, locales: Sequence[str]) -> str:
    """Register `name` for `locales` (BCP 47 tags such as `de`, `de-AT`; `de_AT` is accepted
    and stored as `de-AT`) and return its new bearer token, which is not stored and cannot be
    shown again.

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
    registry = load_registry(root)
    if _find(registry, name) is not None:
        raise ValueError(f"a partner named {name!r} already exists; remove it first or pick another name")
    token = secrets.token_urlsafe(32)
    salt = secrets.token_bytes(_SALT_BYTES)
    added = _Credential(Partner(name, canonical), salt, _token_digest(salt, token))
    _save(root, (*registry._credentials, added))
    return token


def remove_partner(root: Path, name: str) -> Partner:
    """Remove the partner called `name` (case-insensitively); its token stops working at the
    server's next request. Returns the removed partner; ValueError if there is none."""
    registry = load_registry(root)
    removed = _find(registry, name.strip())
    if removed is None:
        raise ValueError(f"no partner named {name!r}")
    _save(root, tuple(c for c in registry._credentials if c is not removed))
    return removed.partner


def authenticate(registry: Registry, token: str) -> Partner | None:
    """The partner whose token this is, or None."""
    for credential in registry._credentials:
        # compare_digest so the response time does not reveal how many digest bytes matched.
        if hmac.compare_digest(_token_digest(credential.salt, token), credential.digest):
            return credential.partner
    return None


def _token_digest(salt: bytes, token: str) -> bytes:
    # A fast hash is enough here: tokens carry 256 random bits, so unlike passwords they
    # cannot be guessed from a dictionary however fast each guess is, and the server
    # hashes the presented token on every poll, where scrypt would cost real CPU.
    return hashlib.sha256(salt + token.encode("utf-8")).digest()


def _find(registry: Registry, name: str) -> _Credential | None:
    wanted = name.casefold()
    return next((c for c in registry._credentials if c.partner.name.casefold() == wanted), None)


def _save(root: Path, credentials: tuple[_Credential, ...]) -> None:
    entries = [
        {
            "name": c.partner.name,
            "locales": list(c.partner.locales),
            "token_salt": c.salt.hex(),
            "token_sha256": c.digest.hex(),
        }
        for c in credentials
    ]
    text = json.dumps({"partners": entries}, indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(registry_path(root), text)
