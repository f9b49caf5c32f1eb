"""Read-only HTTP server for partner outlets polling the NewsML-G2 feeds of a workspace.

Routes (GET and HEAD only):

- `/` or `/feeds/`: JSON list of the feeds the partner may read (a partner's `en` admits
  `en-GB` too, unless added with `--exact`: see :func:`syndicate.partners.admits`), with their
  index URLs.
- `/feeds/<locale>/index.xml`: the locale's newsMessage, newest item first; `?since=<ISO
  date-time with offset>` gives the items versioned later (from the item files of the builds
  that finished when the index does not reach back that far), `?limit=N` the newest N (with
  `since`, the oldest N: a page), and 204 No Content answers when no item is left.
- `/feeds/<locale>/<article-id>.xml`: one newsItem.

Every request needs `Authorization: Bearer <token>` (see :mod:`syndicate.partners`). Tokens
are never accepted in the URL, where they would end up in proxy and access logs.

Each version of a feed file is read, parsed, hashed and compressed once and kept in a
bounded cache, and partners.json is read again only when it changes: a poll costs a `stat`
of the file and of partners.json, one hash of the token and one lookup, however many
partners there are.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import ipaddress
import json
import logging
import os
import re
import signal
import socket
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

from syndicate.fsutil import file_identity
from syndicate.ids import bcp47, is_article_id, parse_locale
from syndicate.newsml import feed_bytes, item_file_stamp
from syndicate.partners import Partner, Registry, authenticate, load_registry, registry_path, revoked
from syndicate.safexml import hardened_parser

log = logging.getLogger(__name__)

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
# The IANA-registered NewsML-G2 types: partners' ingest systems dispatch on them, and the
# +xml suffix still lets generic XML tooling recognise the body.
INDEX_TYPE = "application/vnd.iptc.g2.newsmessage+xml; charset=utf-8"
ITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml; charset=utf-8"
CACHE_CONTROL = "private, max-age=60"
# Every answer from a feed, with a body or without (304, 204): partners' caches only, and by encoding.
_FEED_CACHING = [("Cache-Control", CACHE_CONTROL), ("Vary", "Accept-Encoding")]

_ITEM_SET = f"{{{NEWSML_NS}}}itemSet"
_SENDER = f"{{{NEWSML_NS}}}header/{{{NEWSML_NS}}}sender"
_VERSION_CREATED = f"{{{NEWSML_NS}}}itemMeta/{{{NEWSML_NS}}}versionCreated"
_LOGGED_PARAMS = ("since", "limit")


def make_app(root: Path, *, cached_files: int = 1024) -> WSGIApplication:
    """The WSGI application serving `<root>/feeds/` to the partners in `<root>/partners.json`.

    It keeps the `cached_files` most recently served feed files in memory, parsed, and a
    quarter as many narrowed indexes (`since`, `limit`). The default holds a busy newsroom's
    indexes and recent items: an index of 100 items is some 300 kB, an item a few kB."""
    return _FeedApp(Path(root), cached_files)


def only_this_machine_reaches(host: str, port: int) -> bool:
    """Whether every address `host` names is loopback, where tokens in clear text stay on the
    machine (`::ffff:127.0.0.1` too, which Python before 3.13 does not count as loopback).
    ValueError when `host` is neither an address nor a name that resolves."""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port)}
    except (OSError, UnicodeError):
        raise ValueError(f"{host!r} is not an address or host name") from None
    parsed = [ipaddress.ip_address(address.partition("%")[0]) for address in addresses]
    return all((getattr(address, "ipv4_mapped", None) or address).is_loopback for address in parsed)


# The signals that stop the server. There is no reload: partners.json and the feed files are
# read again as they change, so SIGHUP, which asks a daemon to reload, stops it as SIGTERM does.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def serve(
    root: Path, host: str = "127.0.0.1", port: int = 8080, threads: int = 16,
    connection_limit: int = 500, idle_timeout: int = 30, trusted_proxy: str | None = None,
    trusted_proxy_header: str = "x-forwarded-for", trusted_proxy_count: int = 1,
) -> signal.Signals:
    """Serve the workspace at `root` under waitress until one of STOP_SIGNALS stops it; log
    that, and return the signal. Call it from the main thread, which handles signals.

    Binds to loopback by default: bearer tokens must travel over TLS, so expose the server
    through a TLS-terminating reverse proxy rather than on a public interface.

    Up to `connection_limit` connections are open at once, and one idle for `idle_timeout`
    seconds is closed: a hundred clients that connect and never finish a request (waitress's
    limit, and its two minutes' wait) would otherwise leave every partner's poll waiting.

    The client address logged is the peer's, unless the peer is `trusted_proxy` (an address,
    or `*` for any peer): then it is the one the proxy gives in `trusted_proxy_header`
    (`x-forwarded-for`, or `forwarded` for RFC 7239), counting `trusted_proxy_count` proxies
    back from the server. Anyone else's forwarding headers are dropped (waitress does all this)."""
    root = Path(root)
    if not (root / "feeds").is_dir():
        raise FileNotFoundError(f"{root / 'feeds'} does not exist; build the feeds before serving them")
    _log_to_stderr()
    if not load_registry(root).partners:
        log.warning("no partners in %s: every request will be refused until one is added", registry_path(root))
    proxy = {} if trusted_proxy is None else {
        "trusted_proxy": trusted_proxy, "trusted_proxy_headers": {trusted_proxy_header},
        "trusted_proxy_count": trusted_proxy_count,
    }
    received: list[signal.Signals] = []

    def stop(signal_number: int, _frame: object) -> None:
        received.append(signal.Signals(signal_number))
        raise KeyboardInterrupt  # what waitress's loop stops on

    queue_warnings = logging.getLogger("waitress.queue")
    summary = _QueueDepthSummary(threads)
    previous_handlers = {stop_signal: signal.signal(stop_signal, stop) for stop_signal in STOP_SIGNALS}
    queue_warnings.addFilter(summary)
    try:
        waitress.serve(make_app(root), host=host, port=port, threads=threads, ident="syndicate",
                       connection_limit=connection_limit, channel_timeout=idle_timeout,
                       cleanup_interval=max(1, min(30, idle_timeout // 2)), **proxy)
    except KeyboardInterrupt:
        pass  # a signal before waitress's loop began, or while it shut down
    finally:
        queue_warnings.removeFilter(summary)
        for stop_signal, handler in previous_handlers.items():
            signal.signal(stop_signal, handler)
    stopped_by = received[0] if received else signal.SIGINT
    log.info("stopped (signal %s)", stopped_by.name)
    return stopped_by


class _UTCFormatter(logging.Formatter):
    """Times in UTC, ISO 8601 with the offset: the lines of servers in other time zones, and
    of either side of a change of clocks, compare and sort as they happened."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")


def _log_to_stderr() -> None:
    """Log INFO and above to stderr, each line with its time in UTC; a no-op when the caller
    has configured logging already."""
    handler = logging.StreamHandler()
    handler.setFormatter(_UTCFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


class _QueueDepthSummary(logging.Filter):
    """Lets one of waitress's `Task queue depth` warnings through a minute, with how many it
    stands for. waitress warns whenever a request finds every worker thread busy, which 40
    partners polling at once make thousands of times an hour; one line a minute still tells
    operations that polls wait, and the line says what to do about it."""

    INTERVAL = 60.0  # seconds

    def __init__(self, threads: int) -> None:
        super().__init__()
        self._threads = threads
        self._lock = threading.Lock()
        self._next_line = 0.0
        self._held_back = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        with self._lock:
            if now < self._next_line:
                self._held_back += 1
                return False
            held_back, self._held_back, self._next_line = self._held_back, 0, now + self.INTERVAL
        since = f" ({held_back} more times since the last such line)" if held_back else ""
        record.msg = (f"{record.getMessage()}: requests waited for one of {self._threads} worker threads{since}; "
                      "if this comes every minute, serve with more --threads")
        record.args = None
        return True


@dataclass(frozen=True)
class _Response:
    status: HTTPStatus
    headers: list[tuple[str, str]]
    body: bytes = b""


class _BadRequest(Exception):
    """A query parameter the client must fix; the message is sent as the 400 body."""


class _Representation:
    """A response body and what its headers need, computed once and then served to every poll."""

    def __init__(self, body: bytes, last_modified: dt.datetime | None) -> None:
        self.body = body
        self.digest = hashlib.sha256(body).hexdigest()[:32]
        # An HTTP date has whole seconds (RFC 9110 5.6.7).
        self.last_modified = None if last_modified is None else last_modified.astimezone(dt.UTC).replace(microsecond=0)

    @functools.cached_property
    def gzipped(self) -> bytes:
        # mtime=0 keeps the gzip bytes a function of the body alone, as the ETag promises.
        # Two threads may both compress on a first request; they compute the same bytes.
        return gzip.compress(self.body, mtime=0)


# eq=False hashes a feed file by identity, cheaply, as a key of the narrowed-index cache.
@dataclass(frozen=True, eq=False)
class _FeedFile:
    """One version of a feed file, read and parsed once."""

    whole: _Representation
    # The versionCreated of the file's items (an index's, in document order, or the one an
    # item file is), so that `since` and `limit` choose items without parsing it again.
    item_dates: tuple[dt.datetime | None, ...]
    sender: str | None = None  # an index's, for answers made from the item files
    # An index's newest versionCreated: the stamp of the last run that finished, since a
    # run writes its indexes only after all its items.
    newest: dt.datetime | None = None


class _PartnerLookup:
    """Tokens to partners, as partners.json says: the file is read again whenever it changes on
    disk, so `partner add` and `partner remove` take effect at the next request without a
    restart."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._lock = threading.Lock()
        # The state for "no partners.json": nobody is authorised until it appears.
        self._identity: str | None = None
        self._registry = Registry()

    def identify(self, token: str) -> tuple[Partner | None, str]:
        """The token's partner, if any, and how the log names whoever sent it: the partner's
        name, a removed partner's name and `(removed)`, for operations to know whom to call
        about a token still polling, or `-`."""
        identity = file_identity(registry_path(self._root))
        with self._lock:
            if identity != self._identity:
                # If the file is replaced again between stat and load, the next request sees
                # a new identity and loads once more, so a stale registry never sticks.
                self._registry = load_registry(self._root)
                self._identity = identity
            registry = self._registry
        partner = authenticate(registry, token)
        if partner is not None:
            return partner, partner.name
        removed = revoked(registry, token)
        return None, f"{removed.name} (removed)" if removed else "-"


class _FeedApp:
    def __init__(self, root: Path, cached_files: int) -> None:
        self._feeds = root / "feeds"
        self._partners = _PartnerLookup(root)
        # One cache per app, so apps on different workspaces never share entries. lru_cache
        # is thread-safe; threads that miss the same key at once all compute the same value.
        # An old version of a file is never looked up again and ages out of the cache.
        self._feed_files = functools.lru_cache(maxsize=cached_files)(_read_feed_file)
        self._narrowed_indexes = functools.lru_cache(maxsize=max(1, cached_files // 4))(_narrowed_index)
        self._dated_items = functools.lru_cache(maxsize=64)(_dated_items)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        started = time.monotonic()
        method = environ["REQUEST_METHOD"]
        query = _query_params(environ)
        who = "-"  # the partner, as the log names it
        try:
            if method not in ("GET", "HEAD"):
                allow = [("Allow", "GET, HEAD")]
                response = _text(HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD are supported", allow)
            else:
                token = _bearer_token(environ)
                partner, who = self._partners.identify(token) if token else (None, "-")
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
            _logged_name(who),
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
            return _locale_listing(environ, partner, self._feeds)
        # PATH_INFO arrives percent-decoded, so `%2F` is a real `/` here and `..%2F..` splits
        # into `..` segments; only a valid locale and `index` or a slug become a file name.
        parts = path.split("/")
        if len(parts) != 4 or parts[:2] != ["", "feeds"]:
            return _text(HTTPStatus.NOT_FOUND, "not found")
        locale = _canonical_locale(parts[2])
        article_id, dot, extension = parts[3].rpartition(".")
        is_index = parts[3] == "index.xml"
        if locale is None or not is_index and (not dot or extension != "xml" or not is_article_id(article_id)):
            return _text(HTTPStatus.NOT_FOUND, "not found")
        if locale != parts[2]:
            # `zh-TW`, `de_AT`, `pt-br`: each feed has one URL, and this says where it is. The
            # query goes on as the client sent it (WSGI hands over its bytes as Latin-1), with
            # anything a header cannot carry escaped.
            query_string = quote(environ.get("QUERY_STRING", "").encode("latin-1"), safe="%&=+:;,/?@!$'()*~")
            moved = f"/feeds/{locale}/{parts[3]}" + (f"?{query_string}" if query_string else "")
            return _text(HTTPStatus.MOVED_PERMANENTLY, f"the {parts[2]} feed is at {moved}", [("Location", moved)])
        if not partner.may_read(locale):
            return _text(HTTPStatus.FORBIDDEN, f"partner {partner.name!r} may not read the {locale} feed")
        return self._index(environ, query, locale) if is_index else self._item(environ, locale, article_id)

    def _index(self, environ: WSGIEnvironment, query: dict[str, str], locale: str) -> _Response:
        """The locale's newsMessage. `since` (ISO 8601 with offset) keeps items whose
        versionCreated is later; `limit` keeps the first N, i.e. the newest, or with `since`
        the N oldest of those, so that polling again with the newest versionCreated received
        pages forward and misses nothing (items sharing a versionCreated stay on one page).

        When nothing is left the answer is 204 No Content: NewsML-G2 requires a newsMessage
        to carry an itemSet with at least one item, so an empty message would be invalid."""
        since = _parse_since(query.get("since"))
        limit = _parse_limit(query.get("limit"))
        index = self._feed_file(self._feeds / locale / "index.xml", is_index=True)
        if index is None:
            return _text(HTTPStatus.NOT_FOUND, f"no feed for {locale}")
        if since is None and limit is None:
            return _answer(environ, index.whole, INDEX_TYPE)
        if since is not None and not self._index_reaches(index, since, locale):
            return self._items_since(environ, locale, since, limit, index)
        newer = [position for position, created in enumerate(index.item_dates) if since is None or _is_newer(created, since)]
        kept = tuple(newer if limit is None else newer[:limit] if since is None else _page(newer, limit, index.item_dates))
        if not kept:
            return _Response(HTTPStatus.NO_CONTENT, list(_FEED_CACHING))
        return _answer(environ, self._narrowed_indexes(index, kept), INDEX_TYPE)

    def _index_reaches(self, index: _FeedFile, since: dt.datetime, locale: str) -> bool:
        """Whether the index lists every item versioned after `since`: it lists the newest
        items, so it does when it holds one dated no later, or holds the whole feed."""
        if any(created is not None and created <= since for created in index.item_dates):
            return True
        return len(self._feed_items(locale, index)) <= len(index.item_dates)

    def _feed_items(self, locale: str, index: _FeedFile) -> tuple[tuple[dt.datetime | None, Path], ...]:
        """The feed's item files with their versionCreated, newest first: read again after a
        build has renamed files into the folder, and for every new version of the index. The
        folder's modification time may not change between two renames within its timestamp
        resolution; a listing made after the index was read holds every item of the runs the
        index says have finished."""
        folder = self._feeds / locale
        try:
            stat = folder.stat()
        except OSError:
            return ()
        return self._dated_items(folder, (stat.st_ino, stat.st_mtime_ns), index)

    def _items_since(
        self, environ: WSGIEnvironment, locale: str, since: dt.datetime, limit: int | None, index: _FeedFile
    ) -> _Response:
        """The items versioned after `since`, from the item files: a partner that polled last
        before the index's oldest item (away longer than it covers, or after a run of more
        items than it lists) still gets every update and withdrawal. Paged as `_index` pages,
        at most as many items per answer as the index lists unless `limit` says otherwise: a
        poller gets the rest by polling on with the newest versionCreated it received.

        Only items of runs that finished are answered: a run being written has stamped the
        items it wrote so far with the versionCreated of all of them, and a poller that got
        those would poll on past the ones still to come. Its items are answered once its
        index shows it finished."""
        newer = [(stamp, path) for stamp, path in self._feed_items(locale, index)
                 if _is_newer(stamp, since) and _published(stamp, index.newest)]
        # A damaged item is left out before the page is chosen: a page of damaged items only
        # would be a 204 that keeps the poller from ever getting past them.
        while True:
            dates = tuple(stamp for stamp, _ in newer)
            kept = _page(list(range(len(newer))), limit or max(len(index.item_dates), 1), dates)
            bodies = {position: _whole_item(*newer[position], index.newest) for position in kept}
            if all(body is not None for body in bodies.values()):
                break
            newer = [entry for position, entry in enumerate(newer) if bodies.get(position, b"") is not None]
        if not bodies:
            return _Response(HTTPStatus.NO_CONTENT, list(_FEED_CACHING))
        last_modified = index.whole.last_modified
        sent = max((stamp for position in kept if (stamp := dates[position]) is not None), default=last_modified or dt.datetime.now(dt.UTC))
        items = [body for body in bodies.values() if body is not None]
        return _answer(environ, _Representation(feed_bytes(locale, items, sent, sender=index.sender), last_modified), INDEX_TYPE)

    def _item(self, environ: WSGIEnvironment, locale: str, article_id: str) -> _Response:
        item = self._feed_file(self._feeds / locale / f"{article_id}.xml", is_index=False)
        if item is None:
            return _text(HTTPStatus.NOT_FOUND, f"no item {article_id} in the {locale} feed")
        return _answer(environ, item.whole, ITEM_TYPE)

    def _feed_file(self, path: Path, is_index: bool) -> _FeedFile | None:
        """The file's current version, from the cache unless the file changed (or was replaced
        by a rename, as builds do) since it was read; None if there is no such file."""
        try:
            identity = file_identity(path)
        except NotADirectoryError:  # a file where the feeds/<locale> folder should be
            return None
        return None if identity is None else self._feed_files(path, identity, is_index)


def _read_feed_file(path: Path, identity: str, is_index: bool) -> _FeedFile | None:
    """The feed file at `path`, None if there is none. `identity`, the file's as seen before
    reading it, only keys the cache: a changed file is a new key, read afresh."""
    loaded = _read(path)
    if loaded is None:
        return None
    data, mtime = loaded
    root = _parse_xml(data)
    if is_index:
        item_set = root.find(_ITEM_SET)
        items = [] if item_set is None else _items(item_set)
    else:
        items = [root]
    item_dates = tuple(_version_created(item) for item in items)
    # Last-Modified is the newest versionCreated: the same on every server and after copying
    # the workspace, unlike a file's mtime. Narrowed answers keep the whole index's, so one
    # date validates every view of the same index file.
    newest = max((created for created in item_dates if created is not None), default=None)
    return _FeedFile(_Representation(data, newest or mtime), item_dates, root.findtext(_SENDER) if is_index else None, newest)


def _narrowed_index(index: _FeedFile, kept: tuple[int, ...]) -> _Representation:
    """The newsMessage with only the items at the positions `kept` (not empty)."""
    message = _parse_xml(index.whole.body)
    item_set = message.find(_ITEM_SET)
    assert item_set is not None, "an index with items has an itemSet"
    items = _items(item_set)
    # The last item's tail is the indentation before </itemSet>; keep the layout tidy.
    items[kept[-1]].tail = items[-1].tail
    keep = set(kept)
    for position, item in enumerate(items):
        if position not in keep:
            item_set.remove(item)
    narrowed = etree.tostring(message.getroottree(), xml_declaration=True, encoding="UTF-8")
    return _Representation(narrowed, index.whole.last_modified)


def _item_files(folder: Path) -> list[Path]:
    """The feed's item files (not its index, nor a build's temporary files)."""
    try:
        with os.scandir(folder) as entries:
            return [Path(entry.path) for entry in entries
                    if entry.name.endswith(".xml") and entry.name != "index.xml" and is_article_id(entry.name[:-4])]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _dated_items(folder: Path, identity: tuple[int, int], index: _FeedFile) -> tuple[tuple[dt.datetime | None, Path], ...]:
    """The folder's item files with their versionCreated, newest first (an item without a
    readable one first: delivered rather than withheld). `identity`, the folder's inode and
    mtime, and the `index` read before only key the cache."""
    dated = ((_item_stamp(path), path) for path in _item_files(folder))
    return tuple(sorted(dated, key=lambda entry: (entry[0] or _UNDATED, entry[1].name), reverse=True))


_UNDATED = dt.datetime.max.replace(tzinfo=dt.UTC)


def _item_stamp(path: Path) -> dt.datetime | None:
    try:
        stamp = item_file_stamp(path)
    except (OSError, ValueError):
        return None
    return None if stamp is None else _in_utc_when_unsaid(stamp)


def _whole_item(listed: dt.datetime | None, path: Path, published: dt.datetime | None) -> bytes | None:
    """The bytes of the item file listed as versioned `listed`; None (and a warning in the
    log) when it is gone or damaged, which a partner's answer leaves out rather than fail
    whole. None too when a run replaced the file since it was listed: the page was chosen by
    the listed versions, and the new one is answered once its run has finished and the
    folder is listed again."""
    loaded = _read(path)
    if loaded is None:
        return None
    try:
        item = _parse_xml(loaded[0])
    except etree.XMLSyntaxError as error:
        log.warning("left out of an answer: %s is damaged (%s)", path, error)
        return None
    created = _version_created(item)
    # The listing reads a date from the file's head without parsing it: an item whose date it
    # could not read there is only checked against the runs that finished.
    replaced = created != listed if listed is not None else not _published(created, published)
    return None if replaced else loaded[0]


def _items(item_set: etree._Element) -> list[etree._Element]:
    # Elements only: a comment or processing instruction in the itemSet is not an item.
    return list(item_set.iterchildren(etree.Element))


def _locale_listing(environ: WSGIEnvironment, partner: Partner, feeds: Path) -> _Response:
    """The feeds the partner may read, in the order of its locales, each one's regional
    feeds after it (`en`, `en-GB`, `en-US`). A locale not built yet is left out, so that
    every URL listed answers."""
    base = environ.get("SCRIPT_NAME", "")
    built = _built_locales(feeds)
    readable = {
        locale: None
        for entitled in partner.locales
        for locale in built
        if partner.admits(entitled, locale)
    }
    listing = {
        "partner": partner.name,
        "locales": [{"locale": locale, "index": f"{base}/feeds/{locale}/index.xml"} for locale in readable],
    }
    body = (json.dumps(listing, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return _answer(environ, _Representation(body, None), "application/json")


def _built_locales(feeds: Path) -> list[str]:
    """The locales with a feed, sorted: the folders of `feeds` named as a feed path names its
    locale and holding an index."""
    try:
        with os.scandir(feeds) as entries:
            names = sorted(entry.name for entry in entries if entry.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [name for name in names if _canonical_locale(name) == name and (feeds / name / "index.xml").is_file()]


def _answer(environ: WSGIEnvironment, representation: _Representation, content_type: str) -> _Response:
    """200 with the body, gzipped when the client accepts it, or 304 when the client's copy
    is current."""
    compress = _accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING", ""))
    # One ETag per encoding: the gzipped bytes are a different representation (RFC 9110 8.8.3).
    etag = f'"{representation.digest}-gzip"' if compress else f'"{representation.digest}"'
    headers = [("ETag", etag), *_FEED_CACHING]
    last_modified = representation.last_modified
    if last_modified is not None:
        # Not in the future (RFC 9110 8.8.2.1), even when a versionCreated is ahead of our clock.
        last_modified = min(last_modified, dt.datetime.now(dt.UTC).replace(microsecond=0))
        headers.append(("Last-Modified", format_datetime(last_modified, usegmt=True)))
    if _precondition_fails(environ, etag, last_modified):
        return _Response(HTTPStatus.PRECONDITION_FAILED, headers)
    if _client_is_current(environ, etag, last_modified):
        return _Response(HTTPStatus.NOT_MODIFIED, headers)
    body = representation.body
    if compress:
        body = representation.gzipped
        headers.append(("Content-Encoding", "gzip"))
    headers += [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    return _Response(HTTPStatus.OK, headers, body)


def _precondition_fails(environ: WSGIEnvironment, etag: str, last_modified: dt.datetime | None) -> bool:
    """If-Match, or without it If-Unmodified-Since, says the client's copy is not the
    current one (RFC 9110 13.2.2): 412 rather than the feed."""
    if_match = environ.get("HTTP_IF_MATCH")
    if if_match is not None:
        # Strong comparison: a weak tag never matches (RFC 9110 13.1.1).
        tags = [tag.strip() for tag in if_match.split(",")]
        return "*" not in tags and etag not in tags
    client_date = _http_date(environ.get("HTTP_IF_UNMODIFIED_SINCE"))
    return client_date is not None and last_modified is not None and last_modified > client_date


def _client_is_current(environ: WSGIEnvironment, etag: str, last_modified: dt.datetime | None) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        # When present it decides alone; If-Modified-Since is then ignored (RFC 9110 13.2.2).
        # Weak comparison, as RFC 9110 prescribes for If-None-Match.
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or etag in tags
    client_date = _http_date(environ.get("HTTP_IF_MODIFIED_SINCE"))
    return client_date is not None and last_modified is not None and last_modified <= client_date


def _http_date(value: str | None) -> dt.datetime | None:
    """An HTTP-date header's value; None when absent, unparseable, or a list of dates, which
    a server must ignore (RFC 9110 13.1.3, 13.1.4)."""
    # Each HTTP-date form holds at most one comma, after the day of the week.
    if value is None or value.count(",") > 1:
        return None
    try:
        client_date = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if client_date.tzinfo is None:
        client_date = client_date.replace(tzinfo=dt.UTC)
    return client_date


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
        # RFC 3339 allows a lower-case t and z, which fromisoformat does not read.
        since = dt.datetime.fromisoformat(value[:10] + value[10:].upper()) if len(value) <= _LONGEST_SINCE else None
    except ValueError:
        since = None
    if since is None or since.tzinfo is None:
        raise _BadRequest(
            f"since={_cut(value, _LONGEST_SINCE)!r} is not an ISO 8601 date-time with a UTC offset, "
            "e.g. 2024-05-01T10:00:00Z or 2024-05-01T12:00:00%2B02:00"
        )
    return since


# 2024-05-01T10:00:00.123456+02:00 is 32 characters; anything much longer is not a date.
_LONGEST_SINCE = 40


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
    return _in_utc_when_unsaid(created)


def _in_utc_when_unsaid(created: dt.datetime) -> dt.datetime:
    # xs:dateTime may omit the offset; NewsML-G2 providers then mean UTC in practice.
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def _page(positions: list[int], limit: int, dates: tuple[dt.datetime | None, ...]) -> list[int]:
    """The oldest `limit` of `positions` (an index's, newest first) and every other one dated
    as the oldest's newest: a poller asking for what is newer than that date gets the rest."""
    if len(positions) <= limit:
        return positions
    boundary = dates[positions[-limit]]
    return [position for index, position in enumerate(positions)
            if index >= len(positions) - limit or dates[position] == boundary]


def _published(created: dt.datetime | None, newest: dt.datetime | None) -> bool:
    """Whether an item versioned `created` is of a run that finished, whose stamp the index
    (listing `newest` as its newest) reaches. An index without a readable date cannot tell,
    nor an item without one: both are delivered rather than withheld."""
    return created is None or newest is None or created <= newest


def _is_newer(created: dt.datetime | None, since: dt.datetime) -> bool:
    # An item without a readable date is delivered rather than silently withheld.
    return created is None or created > since


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
    """The locale a feed path names, in its canonical BCP 47 spelling (`de-AT` for `de_AT`,
    `zh-Hant-TW` for `zh-TW`); None when it names none."""
    try:
        return bcp47(parse_locale(segment))
    except ValueError:
        return None


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


def _logged_name(who: str) -> str:
    """A partner's name as a log field: in double quotes, as names hold spaces (`"Le Quotidien"`),
    so that a line splits into its fields; `-` for no partner."""
    return who if who == "-" else '"' + who.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _loggable_path(environ: WSGIEnvironment, query: dict[str, str] | None = None) -> str:
    # Re-encoded so a %0A in the URL cannot forge a log line; only known parameters are
    # logged, so a token a client wrongly put in the URL stays out of the log; each part is
    # cut short, so a client cannot flood the log with one long URL.
    path = _cut(quote(environ.get("PATH_INFO", ""), safe="/", encoding="latin-1"))
    kept = {name: _cut(query[name]) for name in _LOGGED_PARAMS if query and name in query}
    return f"{path}?{urlencode(kept)}" if kept else path


def _cut(text: str, longest: int = 200) -> str:
    return text if len(text) <= longest else text[:longest] + "…"
