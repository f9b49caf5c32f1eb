"""Read-only HTTP server for partner outlets polling the NewsML-G2 feeds of a workspace.

Routes (GET and HEAD only):

- `/` or `/feeds/`: JSON list of the locales the partner may read, with their index URLs.
- `/feeds/<locale>/index.xml`: the locale's newsMessage, newest item first; `?since=<ISO
  date-time with offset>` keeps the items versioned later, `?limit=N` the newest N, and
  204 No Content answers when no item is left.
- `/feeds/<locale>/<article-id>.xml`: one newsItem.

Every request needs `Authorization: Bearer <token>` (see :mod:`syndicate.partners`). Tokens
are never accepted in the URL, where they would end up in proxy and access logs.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

# Type names only: the server itself is waitress.
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

import waitress
from lxml import etree

from syndicate.ids import bcp47, is_article_id, parse_locale
from syndicate.partners import Partner, Registry, authenticate, load_registry, registry_path
from syndicate.safexml import hardened_parser

log = logging.getLogger(__name__)

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
# The IANA-registered NewsML-G2 types: partners' ingest systems dispatch on them, and the
# +xml suffix still lets generic XML tooling recognise the body.
INDEX_TYPE = "application/vnd.iptc.g2.newsmessage+xml; charset=utf-8"
ITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml; charset=utf-8"
CACHE_CONTROL = "private, max-age=60"

_ITEM_SET = f"{{{NEWSML_NS}}}itemSet"
_VERSION_CREATED = f"{{{NEWSML_NS}}}itemMeta/{{{NEWSML_NS}}}versionCreated"
_LOGGED_PARAMS = ("since", "limit")


def make_app(root: Path) -> WSGIApplication:
    """The WSGI application serving `<root>/feeds/` to the partners in `<root>/partners.json`."""
    return _FeedApp(Path(root))


def serve(root: Path, host: str = "127.0.0.1", port: int = 8080, threads: int = 4) -> None:
    """Serve the workspace at `root` under waitress until interrupted.

    Binds to loopback by default: bearer tokens must travel over TLS, so expose the server
    through a TLS-terminating reverse proxy rather than on a public interface."""
    root = Path(root)
    if not (root / "feeds").is_dir():
        raise FileNotFoundError(f"{root / 'feeds'} does not exist; build the feeds before serving them")
    # A no-op when the caller has configured logging already.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not load_registry(root).partners:
        log.warning("no partners in %s: every request will be refused until one is added", registry_path(root))
    waitress.serve(make_app(root), host=host, port=port, threads=threads, ident="syndicate")


@dataclass(frozen=True)
class _Response:
    status: HTTPStatus
    headers: list[tuple[str, str]]
    body: bytes = b""


class _BadRequest(Exception):
    """A query parameter the client must fix; the message is sent as the 400 body."""


class _RegistryFile:
    """partners.json, re-read whenever it changes on disk so `partner add` and `partner
    remove` take effect without a restart."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._lock = threading.Lock()
        # The state for "no partners.json": nobody is authorised until it appears.
        self._stamp: tuple[int, int, int] | None = None
        self._registry = Registry()

    def current(self) -> Registry:
        try:
            stat = registry_path(self._root).stat()
            stamp: tuple[int, int, int] | None = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except FileNotFoundError:
            stamp = None
        with self._lock:
            if stamp != self._stamp:
                # If the file is replaced again between stat and load, the next request sees
                # a new stamp and loads once more, so a stale registry never sticks.
                self._registry = load_registry(self._root)
                self._stamp = stamp
            return self._registry


class _FeedApp:
    def __init__(self, root: Path) -> None:
        self._feeds = root / "feeds"
        self._registry = _RegistryFile(root)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        started = time.monotonic()
        method = environ["REQUEST_METHOD"]
        query = _query_params(environ)
        partner: Partner | None = None
        try:
            if method not in ("GET", "HEAD"):
                allow = [("Allow", "GET, HEAD")]
                response = _text(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD are supported", allow)
            else:
                token = _bearer_token(environ)
                partner = authenticate(self._registry.current(), token) if token else None
                response = self._respond(environ, query, partner) if partner else _unauthorized(token)
        except _BadRequest as error:
            response = _text(HTTPStatus.BAD_REQUEST, str(error))
        except Exception:
            log.exception("failed to answer %s %s", method, _loggable_path(environ))
            response = _text(HTTPStatus.INTERNAL_SERVER_ERROR, "internal server error")
        body = b"" if method == "HEAD" else response.body
        start_response(f"{response.status.value} {response.status.phrase}", response.headers)
        log.info(
            "%s %s %s %s %d %dB %.1fms",
            environ.get("REMOTE_ADDR", "-"),
            partner.name if partner else "-",
            method,
            _loggable_path(environ, query),
            response.status.value,
            len(body),
            (time.monotonic() - started) * 1000,
        )
        return [body]

    def _respond(self, environ: WSGIEnvironment, query: dict[str, str], partner: Partner) -> _Response:
        path = environ.get("PATH_INFO", "")
        if path in ("/", "/feeds", "/feeds/"):
            return _locale_listing(environ, partner)
        # PATH_INFO arrives percent-decoded, so `%2F` is a real `/` here and `..%2F..` splits
        # into `..` segments; only a valid locale and `index` or a slug become a file name.
        parts = path.split("/")
        if len(parts) != 4 or parts[:2] != ["", "feeds"]:
            return _text(HTTPStatus.NOT_FOUND, "not found")
        locale = _canonical_locale(parts[2])
        if locale is None:
            return _text(HTTPStatus.NOT_FOUND, "not found")
        if locale not in partner.locales:
            return _text(HTTPStatus.FORBIDDEN, f"partner {partner.name!r} may not read the {locale} feed")
        if parts[3] == "index.xml":
            return self._index(environ, query, locale)
        article_id, dot, extension = parts[3].rpartition(".")
        if not dot or extension != "xml" or not is_article_id(article_id):
            return _text(HTTPStatus.NOT_FOUND, "not found")
        return self._item(environ, locale, article_id)

    def _index(self, environ: WSGIEnvironment, query: dict[str, str], locale: str) -> _Response:
        """The locale's newsMessage. `since` (ISO 8601 with offset) keeps items whose
        versionCreated is later; `limit` keeps the first N, i.e. the newest.

        When nothing is left the answer is 204 No Content: NewsML-G2 requires a newsMessage
        to carry an itemSet with at least one item, so an empty message would be invalid."""
        since = _parse_since(query.get("since"))
        limit = _parse_limit(query.get("limit"))
        loaded = _read(self._feeds / locale / "index.xml")
        if loaded is None:
            return _text(HTTPStatus.NOT_FOUND, f"no feed for {locale}")
        data, mtime = loaded
        message = _parse_xml(data)
        item_set = message.find(_ITEM_SET)
        # Elements only: a comment or processing instruction in the itemSet is not an item.
        items = [] if item_set is None else list(item_set.iterchildren(etree.Element))
        # Last-Modified stays the whole feed's for narrowed answers too, so one date
        # validates every view of the same index file.
        last_modified = _newest_version(items) or mtime
        if since is None and limit is None:
            return _representation(environ, data, INDEX_TYPE, last_modified)
        kept = [item for item in items if since is None or _is_newer(item, since)][:limit]
        if not kept:
            return _Response(HTTPStatus.NO_CONTENT, [("Cache-Control", CACHE_CONTROL)])
        # The last item's tail is the indentation before </itemSet>; keep the layout tidy.
        kept[-1].tail = items[-1].tail
        keep = set(kept)
        for item in items:
            if item not in keep:
                item_set.remove(item)
        narrowed = etree.tostring(message.getroottree(), xml_declaration=True, encoding="UTF-8")
        return _representation(environ, narrowed, INDEX_TYPE, last_modified)

    def _item(self, environ: WSGIEnvironment, locale: str, article_id: str) -> _Response:
        loaded = _read(self._feeds / locale / f"{article_id}.xml")
        if loaded is None:
            return _text(HTTPStatus.NOT_FOUND, f"no item {article_id} in the {locale} feed")
        data, mtime = loaded
        last_modified = _newest_version([_parse_xml(data)]) or mtime
        return _representation(environ, data, ITEM_TYPE, last_modified)


def _locale_listing(environ: WSGIEnvironment, partner: Partner) -> _Response:
    base = environ.get("SCRIPT_NAME", "")
    listing = {
        "partner": partner.name,
        "locales": [{"locale": locale, "index": f"{base}/feeds/{locale}/index.xml"} for locale in partner.locales],
    }
    body = (json.dumps(listing, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return _representation(environ, body, "application/json", None)


def _representation(
    environ: WSGIEnvironment, body: bytes, content_type: str, last_modified: dt.datetime | None
) -> _Response:
    """200 with `body`, gzipped when the client accepts it, or 304 when the client's copy
    is current."""
    compress = _accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING", ""))
    # One ETag per encoding: the gzipped bytes are a different representation (RFC 9110 8.8.3).
    digest = hashlib.sha256(body).hexdigest()[:32]
    etag = f'"{digest}-gzip"' if compress else f'"{digest}"'
    headers = [("ETag", etag), ("Cache-Control", CACHE_CONTROL), ("Vary", "Accept-Encoding")]
    if last_modified is not None:
        # An HTTP date has whole seconds and must not lie in the future (RFC 9110 8.8.2.1).
        now = dt.datetime.now(dt.UTC)
        last_modified = min(last_modified.astimezone(dt.UTC), now).replace(microsecond=0)
        headers.append(("Last-Modified", format_datetime(last_modified, usegmt=True)))
    if _client_is_current(environ, etag, last_modified):
        return _Response(HTTPStatus.NOT_MODIFIED, headers)
    if compress:
        # mtime=0 keeps the gzip bytes a function of the body alone, as the ETag promises.
        body = gzip.compress(body, mtime=0)
        headers.append(("Content-Encoding", "gzip"))
    headers += [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    return _Response(HTTPStatus.OK, headers, body)


def _client_is_current(environ: WSGIEnvironment, etag: str, last_modified: dt.datetime | None) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        # When present it decides alone; If-Modified-Since is then ignored (RFC 9110 13.2.2).
        # Weak comparison, as RFC 9110 prescribes for If-None-Match.
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or etag in tags
    if_modified_since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if if_modified_since is None or last_modified is None:
        return False
    try:
        client_date = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False  # an unparseable date is ignored (RFC 9110 13.1.3)
    if client_date.tzinfo is None:
        client_date = client_date.replace(tzinfo=dt.UTC)
    return last_modified <= client_date


def _accepts_gzip(accept_encoding: str) -> bool:
    qualities: dict[str, float] = {}
    for element in accept_encoding.split(","):
        coding, *params = (part.strip().lower() for part in element.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        qualities[coding] = quality
    return qualities.get("gzip", qualities.get("x-gzip", qualities.get("*", 0.0))) > 0


def _query_params(environ: WSGIEnvironment) -> dict[str, str]:
    # `+` is kept as a literal plus rather than decoded as a space (the HTML form rule), so
    # `since=2024-05-01T10:00:00+02:00` works even when the client does not escape the `+`.
    params: dict[str, str] = {}
    for pair in environ.get("QUERY_STRING", "").split("&"):
        if pair:
            name, _, value = pair.partition("=")
            params[unquote(name)] = unquote(value)
    return params


def _parse_since(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        since = dt.datetime.fromisoformat(value)
    except ValueError:
        since = None
    if since is None or since.tzinfo is None:
        raise _BadRequest(
            f"since={value!r} is not an ISO 8601 date-time with a UTC offset, "
            "e.g. 2024-05-01T10:00:00Z or 2024-05-01T12:00:00%2B02:00"
        )
    return since


def _parse_limit(value: str | None) -> int | None:
    if value is None:
        return None
    # At most six digits: int() of a huge digit string is slow and then refuses anyway.
    if not re.fullmatch(r"[1-9][0-9]{0,5}", value):
        raise _BadRequest(f"limit={value!r} is not a whole number from 1 to 999999")
    return int(value)


def _version_created(item: etree._Element) -> dt.datetime | None:
    text = item.findtext(_VERSION_CREATED)
    if text is None:
        return None
    try:
        created = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    # xs:dateTime may omit the offset; NewsML-G2 providers then mean UTC in practice.
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def _is_newer(item: etree._Element, since: dt.datetime) -> bool:
    created = _version_created(item)
    # An item without a readable date is delivered rather than silently withheld.
    return created is None or created > since


def _newest_version(items: Sequence[etree._Element]) -> dt.datetime | None:
    """The newest versionCreated: a Last-Modified that is the same on every server and
    survives copying the workspace, unlike a file's mtime."""
    dates = [created for item in items if (created := _version_created(item)) is not None]
    return max(dates, default=None)


def _read(path: Path) -> tuple[bytes, dt.datetime] | None:
    """The file's bytes and mtime, or None if there is no such file. Both come from one
    open file, so a feed replaced in between cannot pair new bytes with an old date."""
    try:
        with path.open("rb") as handle:
            mtime = dt.datetime.fromtimestamp(os.fstat(handle.fileno()).st_mtime, dt.UTC)
            return handle.read(), mtime
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _parse_xml(data: bytes) -> etree._Element:
    # No DTDs, entities or network: feeds are our own output, but a parser that cannot be
    # made to fetch or expand anything is cheap insurance. One parser per call because
    # lxml parsers must not be shared between the server's threads.
    return etree.fromstring(data, hardened_parser())


def _canonical_locale(segment: str) -> str | None:
    """The locale in a feed path, only in its canonical BCP 47 spelling (`de-AT`, not
    `de_AT`), so each feed has exactly one URL."""
    try:
        locale = bcp47(parse_locale(segment))
    except ValueError:
        return None
    return locale if locale == segment else None


def _bearer_token(environ: WSGIEnvironment) -> str | None:
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def _unauthorized(token: str | None) -> _Response:
    challenge = 'Bearer realm="syndicate"'
    if token is not None:
        challenge += ', error="invalid_token"'  # RFC 6750 3.1
    return _text(HTTPStatus.UNAUTHORIZED, "a valid bearer token is required", [("WWW-Authenticate", challenge)])


def _text(status: HTTPStatus, message: str, extra: Sequence[tuple[str, str]] = ()) -> _Response:
    body = (message + "\n").encode("utf-8")
    headers = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "no-store"),
        *extra,
    ]
    return _Response(status, headers, body)


def _loggable_path(environ: WSGIEnvironment, query: dict[str, str] | None = None) -> str:
    # Re-encoded so a %0A in the URL cannot forge a log line; only known parameters are
    # logged, so a token a client wrongly put in the URL stays out of the log.
    path = quote(environ.get("PATH_INFO", ""), safe="/", encoding="latin-1")
    kept = {name: query[name] for name in _LOGGED_PARAMS if query and name in query}
    return f"{path}?{urlencode(kept)}" if kept else path
