"""The partner feed server over real HTTP: waitress on loopback, requests via http.client."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import http.client
import json
import logging
import multiprocessing
import os
import re
import shlex
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import waitress
from waitress import wasyncore
from click.testing import CliRunner
from lxml import etree
from schema import assert_valid

from syndicate.cli import main
from syndicate.partners import (
    Partner,
    RemovedPartner,
    add_partner,
    authenticate,
    list_partners,
    load_registry,
    registry_path,
    remove_partner,
    revoked,
)
from syndicate.server import INDEX_TYPE, ITEM_TYPE, make_app, only_this_machine_reaches

NS = "http://iptc.org/std/nar/2006-10-01/"
G2 = f"{{{NS}}}"

# (article id, versionCreated), newest first as in a real index.
GERMAN_ITEMS = [
    ("hafenstreik-rotterdam", "2024-05-03T09:30:00+02:00"),
    ("wahl-ergebnis", "2024-05-02T18:00:00+02:00"),
    ("wetter-warnung", "2024-05-01T07:15:00+02:00"),
]
FRENCH_ITEMS = [("greve-port-rotterdam", "2024-05-03T09:45:00+02:00")]


def news_item(article_id: str, version_created: str, lang: str) -> etree._Element:
    item = etree.Element(
        G2 + "newsItem",
        nsmap={None: NS},
        guid=f"urn:newsml:example.com:20240503:{article_id}:{lang}",
        version="1",
        standard="NewsML-G2",
        standardversion="2.34",
        conformance="power",
    )
    item.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    meta = etree.SubElement(item, G2 + "itemMeta")
    etree.SubElement(meta, G2 + "itemClass", qcode="ninat:text")
    etree.SubElement(meta, G2 + "provider", literal="example.com")
    etree.SubElement(meta, G2 + "versionCreated").text = version_created
    content = etree.SubElement(item, G2 + "contentMeta")
    etree.SubElement(content, G2 + "headline").text = f"Headline {article_id} ({lang})"
    return item


def write_feed(root: Path, locale: str, items: list[tuple[str, str]]) -> None:
    folder = root / "feeds" / locale
    folder.mkdir(parents=True)
    message = etree.Element(G2 + "newsMessage", nsmap={None: NS})
    header = etree.SubElement(message, G2 + "header")
    etree.SubElement(header, G2 + "sent").text = items[0][1]
    item_set = etree.SubElement(message, G2 + "itemSet")
    for article_id, created in items:
        item = news_item(article_id, created, locale)
        (folder / f"{article_id}.xml").write_bytes(
            etree.tostring(item, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        )
        item_set.append(item)
    (folder / "index.xml").write_bytes(
        etree.tostring(message, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    )


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


# Sentinel for Server.request: send the German partner's token (None sends no Authorization).
AS_PARTNER = "<the German partner's token>"


@dataclass
class Server:
    root: Path
    port: int
    token: str  # the German-only partner's
    app: Any  # the WSGI application, whose caches some tests inspect

    def request(
        self, method: str, path: str, token: str | None = AS_PARTNER, headers: dict[str, str] | None = None
    ) -> Reply:
        sent = dict(headers or {})
        if token is AS_PARTNER:
            token = self.token
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, headers=sent)
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()

    def get(self, path: str, token: str | None = AS_PARTNER, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, token, headers)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    write_feed(tmp_path, "de", GERMAN_ITEMS)
    write_feed(tmp_path, "fr", FRENCH_ITEMS)
    return tmp_path


@contextlib.contextmanager
def serving(root: Path, **app_options: Any) -> Iterator[Server]:
    """waitress on a free loopback port serving `root` to a new German-only partner."""
    token = add_partner(root, "Tagesblatt", ["de"])
    app = make_app(root, **app_options)
    wsgi_server = waitress.create_server(app, host="127.0.0.1", port=0, threads=2)
    stop = threading.Event()

    def serve_until_stopped() -> None:
        # Only this thread touches the server's sockets and its wake-up pipe, so teardown
        # cannot race the loop's select(): it sets `stop` and the loop notices within 50 ms.
        while not stop.is_set():
            wasyncore.loop(timeout=0.05, map=wsgi_server._map, count=1)
        wasyncore.close_all(wsgi_server._map)

    thread = threading.Thread(target=serve_until_stopped, daemon=True)
    thread.start()
    try:
        yield Server(root, wsgi_server.effective_port, token, app)
    finally:
        stop.set()
        thread.join(timeout=5)
        wsgi_server.task_dispatcher.shutdown()
        assert not thread.is_alive(), "the test server did not stop"


@pytest.fixture
def server(workspace: Path) -> Iterator[Server]:
    with serving(workspace) as running:
        yield running


def item_ids(body: bytes) -> list[str]:
    message = etree.fromstring(body)
    assert message.tag == G2 + "newsMessage"
    return [guid.split(":")[-2] for guid in message.xpath("//g2:itemSet/g2:newsItem/@guid", namespaces={"g2": NS})]


# --- partners.json ---------------------------------------------------------------------


def test_registry_stores_only_a_hash_of_the_token_in_a_private_file(tmp_path: Path) -> None:
    first = add_partner(tmp_path, "Tagesblatt", ["de"])
    second = add_partner(tmp_path, "Le Quotidien", ["fr"])
    stored = registry_path(tmp_path).read_text(encoding="utf-8")
    assert first not in stored and second not in stored
    entries = json.loads(stored)["partners"]
    assert entries[0]["token_sha256"] == hashlib.sha256(first.encode()).hexdigest()
    assert stat.S_IMODE(registry_path(tmp_path).stat().st_mode) == 0o600
    registry = load_registry(tmp_path)
    assert authenticate(registry, first) == Partner("Tagesblatt", ("de",))
    assert authenticate(registry, second) == Partner("Le Quotidien", ("fr",))
    assert authenticate(registry, first[:-1]) is None
    assert authenticate(registry, "") is None


def test_add_partner_normalises_locales_and_refuses_duplicates(tmp_path: Path) -> None:
    add_partner(tmp_path, "Wiener Blatt", ["de_AT", "de-AT", "DE"])
    assert list_partners(tmp_path) == [Partner("Wiener Blatt", ("de-AT", "de"))]
    with pytest.raises(ValueError, match="already exists"):
        add_partner(tmp_path, "wiener blatt", ["fr"])
    with pytest.raises(ValueError, match="not a locale tag"):
        add_partner(tmp_path, "Other", ["../etc"])
    with pytest.raises(ValueError, match="at least one locale"):
        add_partner(tmp_path, "Other", [])
    with pytest.raises(TypeError):
        add_partner(tmp_path, "Other", "de")


def _add_partner_with_the_others(root: Path, name: str, start: Any, results: Any) -> None:
    """`syndicate partner add` in this process once all the test's processes are ready, so
    that their updates of partners.json overlap."""
    start.wait(timeout=60)
    result = CliRunner().invoke(main, ["--root", str(root), "partner", "add", name, "--locales", "de"])
    results.put((name, result.exit_code, result.stdout))


def test_simultaneous_partner_adds_all_land(tmp_path: Path) -> None:
    # Processes, not threads: the lock must hold across the separate commands an operator
    # or a script runs. Without it, most runs of this test lose partners.
    names = [f"Outlet {number}" for number in range(8)]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(len(names)), context.Queue()
    processes = [
        context.Process(target=_add_partner_with_the_others, args=(tmp_path, name, start, results))
        for name in names
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert all(exit_code == 0 for _, exit_code, _ in outcomes), outcomes
    registry = load_registry(tmp_path)
    assert sorted(partner.name for partner in registry.partners) == sorted(names)
    for name, _, printed in outcomes:
        assert authenticate(registry, printed.splitlines()[0]) == Partner(name, ("de",))


def test_remove_partner(tmp_path: Path) -> None:
    add_partner(tmp_path, "Tagesblatt", ["de"])
    assert remove_partner(tmp_path, "Tagesblatt") == Partner("Tagesblatt", ("de",))
    assert list_partners(tmp_path) == []
    with pytest.raises(ValueError, match="no partner named"):
        remove_partner(tmp_path, "Tagesblatt")


# --- serving ---------------------------------------------------------------------------


def test_entitled_partner_gets_index_and_item(server: Server) -> None:
    index = server.get("/feeds/de/index.xml")
    assert index.status == 200
    assert index.headers["Content-Type"] == INDEX_TYPE
    assert index.body == (server.root / "feeds/de/index.xml").read_bytes()
    assert item_ids(index.body) == [article_id for article_id, _ in GERMAN_ITEMS]
    assert index.headers["Cache-Control"] == "private, max-age=60"
    # Last-Modified is the newest versionCreated, 09:30 at +02:00.
    assert index.headers["Last-Modified"] == "Fri, 03 May 2024 07:30:00 GMT"

    item = server.get("/feeds/de/wahl-ergebnis.xml")
    assert item.status == 200
    assert item.headers["Content-Type"] == ITEM_TYPE
    assert item.body == (server.root / "feeds/de/wahl-ergebnis.xml").read_bytes()
    assert item.headers["Last-Modified"] == "Thu, 02 May 2024 16:00:00 GMT"


def test_listing_shows_only_entitled_locales(server: Server) -> None:
    for path in ("/", "/feeds/"):
        reply = server.get(path)
        assert reply.status == 200
        assert json.loads(reply.body) == {
            "partner": "Tagesblatt",
            "locales": [{"locale": "de", "index": "/feeds/de/index.xml"}],
        }


def test_listing_leaves_out_locales_not_built_yet(server: Server) -> None:
    token = add_partner(server.root, "Gazette", ["de", "de-AT", "fr"])
    listing = json.loads(server.get("/", token=token).body)
    assert [entry["locale"] for entry in listing["locales"]] == ["de", "fr"]
    for entry in listing["locales"]:
        assert server.get(entry["index"], token=token).status == 200


def test_head_sends_headers_without_body(server: Server) -> None:
    full = server.get("/feeds/de/index.xml")
    head = server.request("HEAD", "/feeds/de/index.xml")
    assert head.status == 200
    assert head.body == b""
    assert head.headers["ETag"] == full.headers["ETag"]
    assert head.headers["Content-Length"] == str(len(full.body))


def test_locale_not_entitled_is_forbidden(server: Server) -> None:
    assert server.get("/feeds/fr/index.xml").status == 403
    assert server.get("/feeds/fr/greve-port-rotterdam.xml").status == 403


ENGLISH_ITEMS = [("port-strike", "2024-05-03T08:00:00+01:00")]


def test_a_language_admits_its_regional_feeds_and_a_regional_locale_only_itself(tmp_path: Path) -> None:
    for locale in ("en", "en-GB", "en-US", "en-XA", "de", "de-AT", "de-CH"):
        write_feed(tmp_path, locale, ENGLISH_ITEMS)
    (tmp_path / "feeds/english").mkdir()  # a folder no feed path names
    runner = CliRunner()
    added = runner.invoke(main, ["--root", str(tmp_path), "partner", "add", "Daily", "--locales", "en"])
    assert added.exit_code == 0, added.output
    english = added.stdout.splitlines()[0]
    assert "Token for Daily, who may read en (each with its regional feeds):" in added.stderr
    assert runner.invoke(main, ["--root", str(tmp_path), "partner", "list"]).stdout == "Daily\ten\tregional\n"
    with serving(tmp_path) as server:
        austrian = add_partner(tmp_path, "Wiener Blatt", ["de-AT"])
        for locale in ("en", "en-GB", "en-US"):
            assert server.get(f"/feeds/{locale}/index.xml", token=english).status == 200, locale
            assert server.get(f"/feeds/{locale}/port-strike.xml", token=english).status == 200, locale
            assert server.get(f"/feeds/{locale}/index.xml", token=austrian).status == 403, locale
        assert server.request("HEAD", "/feeds/en-GB/index.xml?since=2024-05-01T00:00:00Z", token=english).status == 200
        # A pseudo-locale is a test of layouts, read only by a partner that names it.
        assert server.get("/feeds/en-XA/index.xml", token=english).status == 403
        assert server.get("/feeds/de-AT/index.xml", token=austrian).status == 200
        for locale in ("de", "de-CH"):
            assert server.get(f"/feeds/{locale}/index.xml", token=austrian).status == 403, locale
        # A tag spelt another way is sent to its feed's one URL, which the range admits.
        assert server.get("/feeds/en-gb/index.xml", token=english).headers["Location"] == "/feeds/en-GB/index.xml"
        listing = json.loads(server.get("/", token=english).body)
        assert [(entry["locale"], entry["index"]) for entry in listing["locales"]] == [
            (locale, f"/feeds/{locale}/index.xml") for locale in ("en", "en-GB", "en-US")]
        assert [entry["locale"] for entry in json.loads(server.get("/feeds/", token=austrian).body)["locales"]] == ["de-AT"]
        assert [entry["locale"] for entry in json.loads(server.get("/").body)["locales"]] == ["de", "de-AT", "de-CH"]


def test_an_exact_partner_reads_only_the_locales_it_names(tmp_path: Path) -> None:
    for locale in ("de", "de-AT", "de-CH", "fr", "fr-CA"):
        write_feed(tmp_path, locale, ENGLISH_ITEMS)
    runner = CliRunner()
    added = runner.invoke(main, ["--root", str(tmp_path), "partner", "add", "Bonner Blatt", "-l", "de,fr-CA", "--exact"])
    assert added.exit_code == 0, added.output
    token = added.stdout.splitlines()[0]
    assert "who may read de, fr-CA (only these feeds, no regional ones):" in added.stderr
    assert runner.invoke(main, ["--root", str(tmp_path), "partner", "list"]).stdout == "Bonner Blatt\tde,fr-CA\texact\n"
    assert json.loads(registry_path(tmp_path).read_text(encoding="utf-8"))["partners"][0]["regional"] is False
    # A script without a region is a range too: the exact partner reads zh-Hant, not zh-Hant-TW.
    chinese = runner.invoke(main, ["--root", str(tmp_path), "partner", "add", "Taipei Times", "-l", "zh-Hant", "--exact"])
    assert "who may read zh-Hant (only these feeds, no regional ones):" in chinese.stderr
    with serving(tmp_path) as server:
        assert server.get("/feeds/de/index.xml", token=token).status == 200
        assert server.get("/feeds/fr-CA/index.xml", token=token).status == 200
        for locale in ("de-AT", "de-CH", "fr"):
            assert server.get(f"/feeds/{locale}/index.xml", token=token).status == 403, locale
        assert [entry["locale"] for entry in json.loads(server.get("/", token=token).body)["locales"]] == ["de", "fr-CA"]


def test_a_registry_from_before_exact_partners_admits_regional_feeds(tmp_path: Path) -> None:
    write_feed(tmp_path, "de-AT", ENGLISH_ITEMS)
    token = add_partner(tmp_path, "Daily", ["de"])
    entries = json.loads(registry_path(tmp_path).read_text(encoding="utf-8"))
    del entries["partners"][0]["regional"]
    registry_path(tmp_path).write_text(json.dumps(entries), encoding="utf-8")
    with serving(tmp_path) as server:
        assert server.get("/feeds/de-AT/index.xml", token=token).status == 200
    entries["partners"][0]["regional"] = "no"
    registry_path(tmp_path).write_text(json.dumps(entries), encoding="utf-8")
    listed = CliRunner().invoke(main, ["--root", str(tmp_path), "partner", "list"])
    assert listed.exit_code == 1 and "regional must be true or false, not 'no'" in listed.output


def test_a_partner_s_locales_admit_feeds_ignoring_case(tmp_path: Path) -> None:
    write_feed(tmp_path, "en-GB", ENGLISH_ITEMS)
    token = add_partner(tmp_path, "Daily", ["en"])
    # As an operator might write partners.json by hand.
    edited = registry_path(tmp_path).read_text(encoding="utf-8").replace('"en"', '"EN"')
    registry_path(tmp_path).write_text(edited, encoding="utf-8")
    with serving(tmp_path) as server:
        assert server.get("/feeds/en-GB/index.xml", token=token).status == 200
        assert [entry["locale"] for entry in json.loads(server.get("/", token=token).body)["locales"]] == ["en-GB"]


def test_a_locale_babel_does_not_know_or_a_wildcard_is_no_partner_s_locale(tmp_path: Path) -> None:
    for wrong in ("*", "en-*", "xx", "en GB"):
        refused = CliRunner().invoke(main, ["--root", str(tmp_path), "partner", "add", "Daily", "--locales", wrong])
        assert refused.exit_code == 2 and "'-l' / '--locales'" in refused.output, wrong
        with pytest.raises(ValueError):
            add_partner(tmp_path, "Daily", [wrong])
    assert list_partners(tmp_path) == []


@pytest.mark.parametrize("token", [None, "not-the-token", ""])
def test_missing_or_wrong_token_is_unauthorized(server: Server, token: str | None) -> None:
    reply = server.get("/feeds/de/index.xml", token=token)
    assert reply.status == 401
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")
    assert b"newsMessage" not in reply.body


def test_other_auth_schemes_and_query_tokens_are_refused(server: Server) -> None:
    basic = server.get("/feeds/de/index.xml", token=None, headers={"Authorization": f"Basic {server.token}"})
    assert basic.status == 401
    assert server.get(f"/feeds/de/index.xml?token={server.token}", token=None).status == 401


def test_repeat_poll_with_if_none_match_is_not_modified(server: Server) -> None:
    first = server.get("/feeds/de/index.xml")
    etag = first.headers["ETag"]
    again = server.get("/feeds/de/index.xml", headers={"If-None-Match": etag})
    assert again.status == 304
    assert again.body == b""
    assert again.headers["ETag"] == etag
    # If-None-Match takes precedence: a stale tag means 200 even with a current date.
    stale = server.get(
        "/feeds/de/index.xml",
        headers={"If-None-Match": '"stale"', "If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert stale.status == 200


def test_repeat_poll_with_if_modified_since_is_not_modified(server: Server) -> None:
    first = server.get("/feeds/de/wahl-ergebnis.xml")
    again = server.get("/feeds/de/wahl-ergebnis.xml", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert again.status == 304
    older = server.get("/feeds/de/wahl-ergebnis.xml", headers={"If-Modified-Since": "Wed, 01 May 2024 00:00:00 GMT"})
    assert older.status == 200


def test_if_modified_since_with_more_than_one_date_is_ignored(server: Server) -> None:
    last_modified = server.get("/feeds/de/index.xml").headers["Last-Modified"]
    listed = server.get("/feeds/de/index.xml", headers={"If-Modified-Since": f"{last_modified}, {last_modified}"})
    assert listed.status == 200


def test_if_match_and_if_unmodified_since_are_preconditions(server: Server) -> None:
    first = server.get("/feeds/de/index.xml")
    etag, last_modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert server.get("/feeds/de/index.xml", headers={"If-Match": etag}).status == 200
    assert server.get("/feeds/de/index.xml", headers={"If-Match": "*"}).status == 200
    assert server.get("/feeds/de/index.xml", headers={"If-Match": '"stale", ' + etag}).status == 200
    # Strong comparison: a weak tag never matches.
    assert server.get("/feeds/de/index.xml", headers={"If-Match": f"W/{etag}"}).status == 412
    assert server.get("/feeds/de/index.xml", headers={"If-Match": '"stale"'}).status == 412
    assert server.get("/feeds/de/index.xml", headers={"If-Unmodified-Since": last_modified}).status == 200
    earlier = server.get("/feeds/de/index.xml", headers={"If-Unmodified-Since": "Wed, 01 May 2024 00:00:00 GMT"})
    assert earlier.status == 412
    assert earlier.body == b""
    # If-Match decides alone when both are sent.
    both = {"If-Match": etag, "If-Unmodified-Since": "Wed, 01 May 2024 00:00:00 GMT"}
    assert server.get("/feeds/de/index.xml", headers=both).status == 200


def test_changed_feed_gets_a_new_etag(server: Server) -> None:
    etag = server.get("/feeds/de/index.xml").headers["ETag"]
    index = server.root / "feeds/de/index.xml"
    index.write_bytes(index.read_bytes().replace(b"Headline", b"Schlagzeile"))
    reply = server.get("/feeds/de/index.xml", headers={"If-None-Match": etag})
    assert reply.status == 200
    assert reply.headers["ETag"] != etag


def test_since_keeps_only_newer_items(server: Server) -> None:
    # Midnight UTC on 2 May: the items of 2 May 18:00 and 3 May are newer, 1 May is not.
    reply = server.get("/feeds/de/index.xml?since=2024-05-02T00:00:00Z")
    assert reply.status == 200
    assert reply.headers["Content-Type"] == INDEX_TYPE
    assert item_ids(reply.body) == ["hafenstreik-rotterdam", "wahl-ergebnis"]
    # An unescaped `+` in the offset is taken literally, not as a space.
    same_instant = server.get("/feeds/de/index.xml?since=2024-05-02T02:00:00+02:00")
    assert item_ids(same_instant.body) == ["hafenstreik-rotterdam", "wahl-ergebnis"]
    # Strictly later: the newest item's own versionCreated leaves nothing, answered 204.
    nothing = server.get("/feeds/de/index.xml?since=2024-05-03T09:30:00%2B02:00")
    assert nothing.status == 204
    assert nothing.body == b""
    assert nothing.headers["Vary"] == "Accept-Encoding"
    # RFC 3339 allows a lower-case t and z.
    lower_case = server.get("/feeds/de/index.xml?since=2024-05-02t00:00:00z")
    assert item_ids(lower_case.body) == ["hafenstreik-rotterdam", "wahl-ergebnis"]


def test_narrowed_index_supports_conditional_polls(server: Server) -> None:
    path = "/feeds/de/index.xml?since=2024-05-02T00:00:00Z"
    again = server.get(path, headers={"If-None-Match": server.get(path).headers["ETag"]})
    assert again.status == 304


def test_limit_keeps_the_newest_items_and_with_since_pages_forward(server: Server) -> None:
    assert item_ids(server.get("/feeds/de/index.xml?limit=1").body) == ["hafenstreik-rotterdam"]
    # With since, the oldest of the newer items: polling again with the newest one received
    # gets the rest, and nothing is missed.
    first = server.get("/feeds/de/index.xml?since=2024-05-01T00:00:00Z&limit=2")
    assert item_ids(first.body) == ["wahl-ergebnis", "wetter-warnung"]
    following = server.get("/feeds/de/index.xml?since=2024-05-02T18:00:00%2B02:00&limit=2")
    assert item_ids(following.body) == ["hafenstreik-rotterdam"]


def test_a_page_never_splits_items_published_together(tmp_path: Path) -> None:
    together = "2024-05-02T18:00:00+02:00"
    write_feed(tmp_path, "de", [("c", "2024-05-03T09:00:00+02:00"), ("b2", together), ("b1", together), ("a", "2024-05-01T07:00:00+02:00")])
    with serving(tmp_path) as server:
        page = server.get("/feeds/de/index.xml?since=2024-04-30T00:00:00Z&limit=2")
        assert item_ids(page.body) == ["b2", "b1", "a"]
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-05-02T18:00:00%2B02:00&limit=2").body) == ["c"]


def test_a_poller_away_longer_than_the_index_reaches_gets_every_newer_item_from_the_item_files(tmp_path: Path) -> None:
    # The index lists the newest items only (here two); a withdrawal of an older run must not
    # be lost to a partner whose last poll came before the index's oldest item.
    write_feed(tmp_path, "de", [("e", "2024-05-03T09:00:00Z"), ("d", "2024-05-02T12:00:00Z"), ("c", "2024-05-02T12:00:00Z"),
                                ("b", "2024-05-02T11:00:00Z"), ("a", "2024-05-01T07:00:00Z")])
    index = tmp_path / "feeds" / "de" / "index.xml"
    message = etree.parse(str(index)).getroot()
    item_set = message.find(G2 + "itemSet")
    for listed in item_set[2:]:
        item_set.remove(listed)
    index.write_bytes(etree.tostring(message, xml_declaration=True, encoding="UTF-8"))
    with serving(tmp_path) as server:
        assert item_ids(server.get("/feeds/de/index.xml").body) == ["e", "d"]
        # Paged forward as the index is, at most as many items as it lists (never splitting
        # items published together): polling on with the newest received gets the rest.
        away = server.get("/feeds/de/index.xml?since=2024-05-01T12:00:00Z")
        assert item_ids(away.body) == ["d", "c", "b"]
        assert_valid(away.body)
        assert server.get("/feeds/de/index.xml?since=2024-05-01T12:00:00Z", headers={"If-None-Match": away.headers["ETag"]}).status == 304
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-05-02T12:00:00Z").body) == ["e"]
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-05-01T12:00:00Z&limit=4").body) == ["e", "d", "c", "b"]
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-04-01T00:00:00Z&limit=1").body) == ["a"]
        # An item file damaged on disk is left out of the answer, not the answer failed.
        (tmp_path / "feeds/de/c.xml").write_bytes(b"<newsItem")
        damaged = server.get("/feeds/de/index.xml?since=2024-05-01T12:00:00Z&limit=4")
        assert damaged.status == 200 and item_ids(damaged.body) == ["e", "d", "b"]
        # A page that would hold damaged items only is filled with the next ones, never a 204.
        (tmp_path / "feeds/de/b.xml").write_bytes(b"<newsItem")
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-05-01T12:00:00Z&limit=1").body) == ["d"]


def renamed_into_place(folder: Path, name: str, element: etree._Element) -> None:
    """As a build writes a feed file: a new file renamed over the old one."""
    staged = folder / f".{name}.tmp"
    staged.write_bytes(etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    os.replace(staged, folder / name)


def publish_items(folder: Path, items: list[tuple[str, str]]) -> None:
    for article_id, created in items:
        renamed_into_place(folder, f"{article_id}.xml", news_item(article_id, created, folder.name))


def publish_index(folder: Path, items: list[tuple[str, str]]) -> None:
    message = etree.Element(G2 + "newsMessage", nsmap={None: NS})
    etree.SubElement(etree.SubElement(message, G2 + "header"), G2 + "sent").text = items[0][1]
    item_set = etree.SubElement(message, G2 + "itemSet")
    for article_id, created in items:
        item_set.append(news_item(article_id, created, folder.name))
    renamed_into_place(folder, "index.xml", message)


def catch_up(server: Server, since: str, query: str = "") -> tuple[dict[str, str], str]:
    """What a partner's CMS does: poll with the newest versionCreated it has seen until there
    is nothing newer. The versions it got by article, and its cursor."""
    got: dict[str, str] = {}
    while (reply := server.get(f"/feeds/de/index.xml?since={since.replace('+', '%2B')}{query}")).status == 200:
        for item in etree.fromstring(reply.body).iter(G2 + "newsItem"):
            created = item.findtext(f"{G2}itemMeta/{G2}versionCreated")
            got[item.get("guid").split(":")[-2]] = created
            since = max(since, created)
    assert reply.status == 204
    return got, since


def versions_on_disk(folder: Path) -> dict[str, str]:
    return {path.stem: etree.parse(str(path)).findtext(f"{G2}itemMeta/{G2}versionCreated")
            for path in folder.glob("*.xml") if path.name != "index.xml"}


@pytest.mark.parametrize("query", ["", "&limit=1", "&limit=100"])
def test_a_poller_never_gets_part_of_a_run_still_being_written(tmp_path: Path, query: str) -> None:
    # Every item a run writes carries its one stamp: a partner that got some of them would
    # poll on past the rest. Only the index, written after them all, says they are complete.
    write_feed(tmp_path, "de", [("c", "2024-05-02T12:00:00Z"), ("b", "2024-05-01T07:00:00Z"), ("a", "2024-05-01T07:00:00Z")])
    folder = tmp_path / "feeds" / "de"
    publish_index(folder, [("c", "2024-05-02T12:00:00Z")])
    away_since = "2024-05-01T07:00:00Z"  # older than the index reaches: answered from the item files
    run = "2024-05-04T10:00:00Z"
    # A run has written some of its items, the newest one's new version among them.
    publish_items(folder, [("c", run), ("d", run)])
    with serving(tmp_path) as server:
        got, cursor = catch_up(server, away_since, query)
        assert (got, cursor) == ({}, away_since)
        publish_items(folder, [("a", run), ("e", run)])
        publish_index(folder, [("e", run), ("d", run), ("c", run), ("a", run)])
        more, cursor = catch_up(server, cursor, query)
    assert {**got, **more} == {"a": run, "c": run, "d": run, "e": run}
    assert cursor == run


def test_item_files_replaced_without_the_folder_seeming_to_change_are_answered_as_they_now_are(tmp_path: Path) -> None:
    # Renames within the file system's timestamp resolution leave the folder's modification
    # time as it was: the listing the server made of it may be out of date.
    write_feed(tmp_path, "de", [("c", "2024-05-02T12:00:00Z"), ("b", "2024-05-01T07:00:00Z"), ("a", "2024-05-01T07:00:00Z")])
    folder = tmp_path / "feeds" / "de"
    publish_index(folder, [("c", "2024-05-02T12:00:00Z")])

    def unseen(change: Any) -> None:
        before = folder.stat()
        change()
        os.utime(folder, ns=(before.st_atime_ns, before.st_mtime_ns))

    run = "2024-05-04T10:00:00Z"
    with serving(tmp_path) as server:
        assert item_ids(server.get("/feeds/de/index.xml?since=2024-04-30T00:00:00Z&limit=10").body) == ["c", "b", "a"]
        # A run being written replaced an item the listing knows in its older version.
        unseen(lambda: publish_items(folder, [("c", run)]))
        assert server.get("/feeds/de/index.xml?since=2024-05-01T07:00:00Z&limit=10").status == 204
        unseen(lambda: (publish_items(folder, [("d", run)]), publish_index(folder, [("d", run), ("c", run)])))
        got, cursor = catch_up(server, "2024-05-01T07:00:00Z", "&limit=10")
    assert (got, cursor) == ({"c": run, "d": run}, run)


@pytest.mark.parametrize(
    "query",
    [
        "since=yesterday",
        "since=2024-05-02T00:00:00",
        "since=2024-05-02",
        "limit=0",
        "limit=-1",
        "limit=two",
        "limit=" + "9" * 5000,
    ],
)
def test_bad_query_is_a_clear_400(server: Server, query: str) -> None:
    reply = server.get(f"/feeds/de/index.xml?{query}")
    assert reply.status == 400
    assert query.split("=")[0].encode() in reply.body


def test_a_long_bad_value_is_cut_short_in_the_answer_and_the_log(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="syndicate.server"):
        reply = server.get("/feeds/de/index.xml?since=" + "2" * 100_000)
    assert reply.status == 400
    assert len(reply.body) < 300
    [line] = [record.getMessage() for record in caplog.records if record.name == "syndicate.server"]
    assert len(line) < 500


def test_gzip_when_accepted(server: Server) -> None:
    plain = server.get("/feeds/de/index.xml")
    zipped = server.get("/feeds/de/index.xml", headers={"Accept-Encoding": "gzip, deflate"})
    assert zipped.status == 200
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert gzip.decompress(zipped.body) == plain.body
    assert zipped.headers["ETag"] != plain.headers["ETag"]
    assert plain.headers.get("Content-Encoding") is None
    repeat = server.get(
        "/feeds/de/index.xml", headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["ETag"]}
    )
    assert repeat.status == 304
    refused = server.get("/feeds/de/index.xml", headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert refused.headers.get("Content-Encoding") is None


def test_missing_item_is_not_found(server: Server) -> None:
    assert server.get("/feeds/de/no-such-article.xml").status == 404


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/de/..%2F..%2Fpartners.json",
        "/feeds/../partners.json",
        "/feeds/de/../../partners.json",
        "/feeds/%2e%2e/partners.json",
        "/feeds/de/..%2Ffr%2Findex.xml",
        "/feeds/de/%2Fetc%2Fpasswd.xml",
        "//etc/passwd",
        "/partners.json",
        "/feeds/xx_YY/index.xml",
        "/feeds/de/Wahl-Ergebnis.xml",
        "/feeds/de/wahl-ergebnis",
        "/feeds/de/",
    ],
)
def test_paths_outside_the_feed_layout_are_never_served(server: Server, path: str) -> None:
    reply = server.get(path)
    assert reply.status == 404
    assert b"token" not in reply.body and b"newsMessage" not in reply.body


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/feeds/de_DE/index.xml", "/feeds/de-DE/index.xml"),
        ("/feeds/DE/index.xml?since=2024-05-01T10:00:00Z", "/feeds/de/index.xml?since=2024-05-01T10:00:00Z"),
        ("/feeds/zh-TW/harbour-talks.xml", "/feeds/zh-Hant-TW/harbour-talks.xml"),
    ],
)
def test_a_locale_spelt_another_way_is_sent_to_its_feeds_one_url(server: Server, path: str, location: str) -> None:
    reply = server.get(path)
    assert (reply.status, reply.headers["Location"]) == (301, location)
    assert b"newsMessage" not in reply.body and b"newsItem" not in reply.body
    if location.startswith("/feeds/de/"):
        assert server.get(location).status == 200


@pytest.mark.parametrize("path", ["/feeds/de_AT/x%0a2026-11-26%20INFO%20forged.xml", "/feeds/de_AT/%C3%A9.xml", "/feeds/DE/index.json"])
def test_a_file_no_feed_could_hold_is_not_found_under_a_locale_spelt_another_way(server: Server, path: str) -> None:
    reply = server.get(path)
    assert (reply.status, reply.headers["Location"]) == (404, None)
    assert reply.body == b"not found\n"


def test_a_query_that_a_header_cannot_carry_is_escaped_in_the_redirect(server: Server) -> None:
    # waitress refuses such a request line itself; another WSGI server may pass it on.
    answered = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/feeds/DE/index.xml", "HTTP_AUTHORIZATION": f"Bearer {server.token}",
               "QUERY_STRING": "since=2024-05-01T10:00:00%2B02:00&note=\xc3\xa9\n"}  # WSGI's bytes-as-Latin-1
    server.app(environ, lambda status, headers: answered.append((status, dict(headers))))
    [(status, headers)] = answered
    assert (status, headers["Location"]) == ("301 Moved Permanently", "/feeds/de/index.xml?since=2024-05-01T10:00:00%2B02:00&note=%C3%A9%0A")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "OPTIONS"])
def test_only_get_and_head_are_allowed(server: Server, method: str) -> None:
    reply = server.request(method, "/feeds/de/index.xml")
    assert reply.status == 405
    assert reply.headers["Allow"] == "GET, HEAD"


def test_partner_changes_apply_without_restart(server: Server) -> None:
    french = add_partner(server.root, "Le Quotidien", ["fr"])
    for _ in range(2):  # the second poll is let in by the server's memory of the token
        assert server.get("/feeds/fr/index.xml", token=french).status == 200
    remove_partner(server.root, "Le Quotidien")
    assert server.get("/feeds/fr/index.xml", token=french).status == 401
    again = add_partner(server.root, "Le Quotidien", ["fr"])
    assert server.get("/feeds/fr/index.xml", token=french).status == 401
    assert server.get("/feeds/fr/index.xml", token=again).status == 200
    assert server.get("/feeds/de/index.xml").status == 200


def test_repeat_polls_read_and_parse_the_file_once(server: Server) -> None:
    for _ in range(3):
        server.get("/feeds/de/index.xml", headers={"Accept-Encoding": "gzip"})
        server.get("/feeds/de/index.xml?limit=1")
    files, narrowed = server.app._feed_files.cache_info(), server.app._narrowed_indexes.cache_info()
    assert (files.misses, files.hits) == (1, 5)
    assert (narrowed.misses, narrowed.hits) == (1, 2)


def test_feed_replaced_by_rename_is_served_fresh(server: Server) -> None:
    index = server.root / "feeds/de/index.xml"
    old = server.get("/feeds/de/index.xml")
    old_newest = server.get("/feeds/de/index.xml?limit=1")
    # Same size and modification time, as when a build renames a new file into place within
    # the timestamp granularity: only the inode tells the new file from the old.
    new_bytes = old.body.replace(b"Headline", b"HEADLINE")
    stat = index.stat()
    replacement = index.with_name(".index.xml.new")
    replacement.write_bytes(new_bytes)
    os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(replacement, index)
    assert (index.stat().st_size, index.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)

    fresh = server.get("/feeds/de/index.xml", headers={"If-None-Match": old.headers["ETag"]})
    assert fresh.status == 200
    assert fresh.body == new_bytes
    assert fresh.headers["ETag"] != old.headers["ETag"]
    fresh_newest = server.get("/feeds/de/index.xml?limit=1")
    assert b"HEADLINE hafenstreik-rotterdam" in fresh_newest.body
    assert fresh_newest.headers["ETag"] != old_newest.headers["ETag"]


def test_feed_cache_stays_within_its_bound(workspace: Path) -> None:
    files = ["index.xml"] + [f"{article_id}.xml" for article_id, _ in GERMAN_ITEMS]
    with serving(workspace, cached_files=2) as server:
        for _ in range(2):
            for name in files:
                reply = server.get(f"/feeds/de/{name}")
                assert reply.status == 200
                assert reply.body == (workspace / "feeds/de" / name).read_bytes()
            for limit in (1, 2, 3):
                assert len(item_ids(server.get(f"/feeds/de/index.xml?limit={limit}").body)) == limit
        cached, narrowed = server.app._feed_files.cache_info(), server.app._narrowed_indexes.cache_info()
    assert (cached.maxsize, cached.currsize) == (2, 2)
    assert (narrowed.maxsize, narrowed.currsize) == (1, 1)


def test_one_log_line_per_request_without_the_token(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="syndicate.server")
    server.get("/feeds/de/index.xml?since=2024-05-02T00:00:00Z")
    server.get(f"/feeds/fr/index.xml?token={server.token}", token=None)
    lines = [record.getMessage() for record in caplog.records if record.name == "syndicate.server"]
    assert len(lines) == 2
    assert "\"Tagesblatt\" GET /feeds/de/index.xml?since=2024-05-02T00%3A00%3A00Z 200" in lines[0]
    assert " 401 " in lines[1]
    assert server.token not in caplog.text


def test_unreadable_registry_fails_closed(server: Server) -> None:
    registry_path(server.root).write_text("{not json", encoding="utf-8")
    assert server.get("/feeds/de/index.xml").status == 500


def test_a_registry_with_salted_hashes_says_how_to_renew_it(tmp_path: Path) -> None:
    entry = {"name": "Tagesblatt", "locales": ["de"], "token_salt": "00" * 16, "token_sha256": "11" * 32}
    registry_path(tmp_path).write_text(json.dumps({"partners": [entry]}), encoding="utf-8")
    with pytest.raises(ValueError, match="remove the partner and add it again"):
        load_registry(tmp_path)


def test_serve_and_partner_list_say_what_is_wrong_without_a_traceback(workspace: Path) -> None:
    runner = CliRunner()
    add_partner(workspace, "Tagesblatt", ["de"])
    bad_host = runner.invoke(main, ["--root", str(workspace), "serve", "--host", "999.1.1.1"])
    assert bad_host.exit_code == 2 and "'--host'" in bad_host.output
    with contextlib.closing(socket.socket()) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        in_use = runner.invoke(main, ["--root", str(workspace), "serve", "--port", str(port)])
    assert in_use.exit_code == 1 and f"127.0.0.1:{port} is already in use" in in_use.output
    registry_path(workspace).write_text("{not json", encoding="utf-8")
    damaged = runner.invoke(main, ["--root", str(workspace), "partner", "list"])
    assert damaged.exit_code == 1 and "partners.json: not valid JSON" in damaged.output
    assert "unexpected" not in damaged.output + in_use.output


def test_ctrl_c_as_the_server_starts_up_stops_it_as_any_other_moment_does(workspace: Path, monkeypatch) -> None:
    # Between "Serving on" and waitress's loop, an interrupt is not waitress's to catch.
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(waitress, "serve", interrupted)
    result = CliRunner().invoke(main, ["--root", str(workspace), "serve", "--port", "0"])
    assert result.exit_code == 130 and "Stopped." in result.output and "Interrupted" not in result.output


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("localhost", False), ("::1", False), ("0.0.0.0", True)])
def test_serve_on_an_interface_other_machines_reach_warns_that_tokens_travel_in_clear_text(
    workspace: Path, monkeypatch, host: str, warned: bool
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(waitress, "serve", interrupted)
    result = CliRunner().invoke(main, ["--root", str(workspace), "serve", "--host", host, "--port", "0"])
    assert result.exit_code == 130
    assert ("clear text" in result.output) is warned, result.output


@contextlib.contextmanager
def serve_command(workspace: Path, *options: str) -> Iterator[tuple[subprocess.Popen[str], Server]]:
    """`syndicate serve` in a process of its own on a free loopback port, once it accepts
    connections, for a new German-only partner."""
    token = add_partner(workspace, "Tagesblatt", ["de"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "syndicate", "--root", str(workspace), "serve", "--port", str(port), *options]
    with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as running:
        try:
            for _ in range(200):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                    break
                time.sleep(0.05)
            yield running, Server(workspace, port, token, None)
        finally:
            running.kill()


def test_serve_stopped_with_ctrl_c_exits_130_as_every_command_does(workspace: Path) -> None:
    with serve_command(workspace) as (running, _):
        running.send_signal(signal.SIGINT)
        assert running.wait(timeout=10) == 130
        assert "Stopped." in running.stderr.read()


def test_clients_that_connect_and_send_nothing_do_not_keep_partners_out(workspace: Path) -> None:
    # 120 connections that never finish a request: more than waitress's own limit of 100.
    with serve_command(workspace) as (_, server), contextlib.ExitStack() as idle:
        for _ in range(120):
            idle.enter_context(socket.create_connection(("127.0.0.1", server.port), timeout=5)).sendall(b"GET / HTTP/1.1\r\n")
        assert server.get("/feeds/de/index.xml").status == 200


def test_a_connection_idle_for_the_idle_timeout_is_closed(workspace: Path) -> None:
    with serve_command(workspace, "--idle-timeout", "1") as (_, server):
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as idle:
            started = time.monotonic()
            assert idle.recv(1) == b""  # closed by the server
            assert time.monotonic() - started < 8


@pytest.mark.parametrize(("host", "local"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("::ffff:127.0.0.1", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("::", False), ("192.0.2.10", False), ("::ffff:192.0.2.10", False),
])
def test_only_loopback_addresses_keep_tokens_on_the_machine(host, local):
    assert only_this_machine_reaches(host, 8080) is local


def test_serve_warns_of_clear_text_tokens_only_off_loopback(newsroom, monkeypatch):
    import syndicate.server

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(syndicate.server, "serve", stopped)
    runner = CliRunner()
    for host, warned in (("::ffff:127.0.0.1", False), ("127.0.0.1", False), ("0.0.0.0", True)):
        result = runner.invoke(main, ["--root", str(newsroom), "serve", "--host", host, "--port", "0"])
        assert result.exit_code == 130 and ("tokens travel in clear text" in result.output) is warned, (host, result.output)
    refused = runner.invoke(main, ["--root", str(newsroom), "serve", "--host", "a..b"])
    assert refused.exit_code == 2 and "is not an address or host name" in refused.output


# --- as operations run it ---------------------------------------------------------------


def stopped_log(running: subprocess.Popen[str], stop: signal.Signals = signal.SIGTERM) -> list[str]:
    """The lines `syndicate serve` logged, once `stop` has stopped it with the exit status a
    shell gives a command so stopped."""
    running.send_signal(stop)
    assert running.wait(timeout=10) == 128 + stop
    return running.stderr.read().splitlines()


def test_a_removed_partner_s_token_is_remembered_by_its_digest_and_never_let_in(tmp_path: Path) -> None:
    old = add_partner(tmp_path, "Le Quotidien", ["fr"])
    add_partner(tmp_path, "Tagesblatt", ["de"])
    remove_partner(tmp_path, "le quotidien")
    new = add_partner(tmp_path, "Le Quotidien", ["fr"])
    stored = json.loads(registry_path(tmp_path).read_text(encoding="utf-8"))
    [removed] = stored["removed"]
    assert removed["name"] == "Le Quotidien" and removed["token_sha256"] == hashlib.sha256(old.encode()).hexdigest()
    assert dt.datetime.fromisoformat(removed["removed"]).utcoffset() == dt.timedelta(0)
    assert old not in registry_path(tmp_path).read_text(encoding="utf-8")
    assert [partner.name for partner in list_partners(tmp_path)] == ["Tagesblatt", "Le Quotidien"]
    registry = load_registry(tmp_path)
    assert authenticate(registry, old) is None and authenticate(registry, new) == Partner("Le Quotidien", ("fr",))
    assert revoked(registry, old) == RemovedPartner("Le Quotidien", removed["removed"])
    assert revoked(registry, new) is None
    listed = CliRunner().invoke(main, ["--root", str(tmp_path), "partner", "list"])
    assert listed.output.splitlines() == ["Tagesblatt\tde\tregional", "Le Quotidien\tfr\tregional"]


def test_a_removed_partner_still_polling_is_logged_by_name(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="syndicate.server")
    french = add_partner(server.root, "Le Quotidien", ["fr"])
    remove_partner(server.root, "Le Quotidien")
    again = add_partner(server.root, "Le Quotidien", ["fr"])
    assert server.get("/feeds/fr/index.xml", token=french).status == 401
    assert server.get("/feeds/fr/index.xml", token=again).status == 200
    assert server.get("/feeds/fr/index.xml", token="never-issued").status == 401
    lines = [record.getMessage() for record in caplog.records if record.name == "syndicate.server"]
    assert ' "Le Quotidien (removed)" GET /feeds/fr/index.xml 401 ' in lines[0]
    assert ' "Le Quotidien" GET /feeds/fr/index.xml 200 ' in lines[1]
    assert shlex.split(lines[1])[1] == "Le Quotidien"  # the name is one field
    assert " - GET /feeds/fr/index.xml 401 " in lines[2]


@pytest.mark.parametrize(("options", "address"), [
    ((), "127.0.0.1"),
    (("--trusted-proxy", "192.0.2.1"), "127.0.0.1"),  # a header from anyone but the proxy is not believed
    # One proxy: the address it added last, not one the client wrote into the header before it.
    (("--trusted-proxy", "127.0.0.1"), "203.0.113.7"),
    (("--trusted-proxy", "127.0.0.1", "--trusted-proxy-count", "2"), "198.51.100.66"),
    (("--trusted-proxy", "*", "--trusted-proxy-header", "forwarded"), "198.51.100.66"),
])
def test_the_log_believes_a_forwarding_header_only_from_the_trusted_proxy(
    workspace: Path, options: tuple[str, ...], address: str
) -> None:
    forwarded = {"X-Forwarded-For": "198.51.100.66, 203.0.113.7", "Forwarded": "for=198.51.100.66"}
    with serve_command(workspace, *options) as (running, server):
        assert server.get("/feeds/de/index.xml", headers=forwarded).status == 200
        log = stopped_log(running)
    [request] = [line for line in log if " GET /feeds/" in line]
    assert f"INFO syndicate.server: {address} \"Tagesblatt\" GET /feeds/de/index.xml 200 " in request


def test_proxy_options_without_a_trusted_proxy_are_refused(workspace: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(workspace), "serve", "--trusted-proxy-count", "2"])
    assert result.exit_code == 2 and "give its address too" in result.output


def test_a_trusted_proxy_named_by_its_host_name_is_refused(workspace: Path) -> None:
    """The peer's address is compared as written: `localhost` would match no request, and the
    log would go on showing the proxy's address, silently."""
    result = CliRunner().invoke(main, ["--root", str(workspace), "serve", "--trusted-proxy", "localhost"])
    assert result.exit_code == 2 and "localhost is no IP address" in result.output


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda stop: stop.name)
def test_every_signal_that_stops_the_server_is_logged_with_times_in_utc(workspace: Path, stop: signal.Signals) -> None:
    with serve_command(workspace) as (running, server):
        assert server.get("/feeds/de/index.xml").status == 200
        log = stopped_log(running, stop)
    logged = [line for line in log if line.strip() and line != "Stopped."]
    assert logged[-1].endswith(f"INFO syndicate.server: stopped (signal {stop.name})")
    assert log[-1] == "Stopped."
    for line in logged:
        stamp = line.split(" ", 1)[0]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", stamp), line
        assert abs(dt.datetime.fromisoformat(stamp) - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_serve_help_says_which_signals_stop_it_and_that_there_is_no_reload(workspace: Path) -> None:
    told = " ".join(CliRunner().invoke(main, ["serve", "--help"]).output.split())
    assert "SIGINT (Ctrl-C), SIGTERM and SIGHUP stop the server" in told and "There is no reload" in told
    assert "[default: 16; x>=1]" in told and "Task queue depth" in told


def test_polls_waiting_for_a_thread_are_logged_once_a_minute_with_what_to_do(workspace: Path) -> None:
    with serve_command(workspace, "--threads", "1") as (running, server):
        start = threading.Barrier(24)

        def poll() -> None:
            start.wait(timeout=10)
            assert server.get("/feeds/de/index.xml").status == 200

        for _ in range(5):
            pollers = [threading.Thread(target=poll) for _ in range(24)]
            for poller in pollers:
                poller.start()
            for poller in pollers:
                poller.join(timeout=30)
        log = stopped_log(running)
    waited = [line for line in log if "Task queue depth" in line]
    assert len(waited) == 1, waited
    assert "requests waited for one of 1 worker threads" in waited[0] and "serve with more --threads" in waited[0]
    assert sum(" \"Tagesblatt\" GET " in line for line in log) == 120
