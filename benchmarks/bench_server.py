"""Polls per second that `syndicate serve` answers, against a bare static file server.

The workspace is a copy of the demo newsroom's feeds with N partners (default 1,000). Each
kind of poll a partner makes is timed twice: calling the WSGI application in process (the
server's own cost), and over HTTP on loopback, with `syndicate serve` (waitress) in its own
process and keep-alive clients in others. The peer is waitress serving the same files through
a minimal static WSGI application: no token, no conditional requests, no gzip, no `since`,
no access log (`syndicate serve` logs a line per request). Its figure is what serving the
files costs at all.

    .venv/bin/python benchmarks/bench_server.py [--partners N] [--seconds S]
"""

from __future__ import annotations

import argparse
import http.client
import logging
import multiprocessing
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import waitress

from syndicate.partners import add_partner
from syndicate.server import make_app

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# (name, path, request headers): what partners send. "304" repeats the request with the
# ETag of the first answer.
POLLS = [
    ("index, gzip", "/feeds/de/index.xml", {"Accept-Encoding": "gzip"}),
    ("index since + limit", "/feeds/de/index.xml?since=2000-01-01T00:00:00Z&limit=2", {"Accept-Encoding": "gzip"}),
    ("item, gzip", "/feeds/fr/port-strike.xml", {"Accept-Encoding": "gzip"}),
    ("index, 304", "/feeds/de/index.xml", {"Accept-Encoding": "gzip", "If-None-Match": ""}),
]


def static_app(root: Path) -> Callable:
    """The peer: each file read and sent as it is."""

    def app(environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = root / environ["PATH_INFO"].lstrip("/")
        try:
            body = path.read_bytes()
        except OSError:
            start_response("404 Not Found", [("Content-Length", "0")])
            return [b""]
        start_response("200 OK", [("Content-Type", "application/xml"), ("Content-Length", str(len(body)))])
        return [body]

    return app


def make_workspace(folder: Path, partners: int) -> str:
    """A copy of the demo feeds with `partners` partners; returns the token of the last one."""
    shutil.copytree(REPO / "feeds", folder / "feeds")
    for number in range(partners - 1):
        add_partner(folder, f"Outlet {number}", ["de"])
    return add_partner(folder, "Polling outlet", ["de", "fr"])


def environ_for(path: str, headers: dict[str, str], token: str) -> dict[str, str]:
    route, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": route, "QUERY_STRING": query, "REMOTE_ADDR": "127.0.0.1",
               "HTTP_AUTHORIZATION": f"Bearer {token}", "wsgi.url_scheme": "http", "HTTP_HOST": "localhost"}
    environ.update({"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()})
    return environ


def in_process_rate(app: Callable, environ: dict[str, str], seconds: float) -> float:
    """Calls per second of `app` with `environ` (the 304 poll first learns its ETag)."""
    answer: dict[str, str] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answer.update(headers)

    if "HTTP_IF_NONE_MATCH" in environ:
        app({**environ, "HTTP_IF_NONE_MATCH": ""}, start_response)
        environ = {**environ, "HTTP_IF_NONE_MATCH": answer.get("ETag", "")}
    calls, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(50):
            b"".join(app(environ, start_response))
        calls += 50
    return calls / seconds


def poll(port: int, path: str, headers: dict[str, str], token: str, seconds: float, results: multiprocessing.Queue) -> None:
    """One keep-alive client polling for `seconds`; puts (answers, statuses) on `results`."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {**headers, "Authorization": f"Bearer {token}"}
    if "If-None-Match" in headers:
        connection.request("GET", path, headers={**headers, "If-None-Match": ""})
        first = connection.getresponse()
        first.read()
        headers["If-None-Match"] = first.headers.get("ETag", "")
    answers, statuses, end = 0, set(), time.monotonic() + seconds
    while time.monotonic() < end:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        statuses.add(response.status)
        answers += 1
    results.put((answers, statuses))


def http_rate(port: int, path: str, headers: dict[str, str], token: str, seconds: float, clients: int) -> tuple[float, set[int]]:
    results: multiprocessing.Queue = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=poll, args=(port, path, headers, token, seconds, results)) for _ in range(clients)]
    for process in processes:
        process.start()
    answers = [results.get() for _ in processes]
    for process in processes:
        process.join()
    return sum(count for count, _ in answers) / seconds, set().union(*(statuses for _, statuses in answers))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"no server on port {port}")


def serve_static(root: Path, port: int) -> None:
    waitress.serve(static_app(root), host="127.0.0.1", port=port, threads=4, _quiet=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=1000, help="partners in partners.json (default 1000)")
    parser.add_argument("--seconds", type=float, default=2.0, help="seconds per poll kind and server (default 2)")
    parser.add_argument("--clients", type=int, default=2, help="HTTP client processes (default 2)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # in process, and in the peer: waitress warns of queued requests under load
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}; "
          f"load average {', '.join(f'{value:.2f}' for value in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-server-") as folder:
        root = Path(folder)
        token = make_workspace(root, args.partners)
        print(f"{args.partners} partners, demo feeds; {args.seconds:g} s per poll kind; {args.clients} HTTP clients\n")

        app, peer = make_app(root), static_app(root)
        print(f"{'in process':22} {'syndicate':>12} {'static peer':>12} {'ratio':>7}")
        for name, path, headers in POLLS:
            environ = environ_for(path, headers, token)
            ours, theirs = in_process_rate(app, environ, args.seconds), in_process_rate(peer, environ, args.seconds)
            print(f"{name:22} {ours:10,.0f}/s {theirs:10,.0f}/s {ours / theirs:6.2f}x")

        ours_port, peer_port = free_port(), free_port()
        server = subprocess.Popen([BIN / "syndicate", "--root", root, "serve", "--port", str(ours_port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        static = multiprocessing.Process(target=serve_static, args=(root, peer_port), daemon=True)
        static.start()
        try:
            wait_for(ours_port)
            wait_for(peer_port)
            print(f"\n{'over HTTP':22} {'syndicate':>12} {'static peer':>12} {'ratio':>7}")
            for name, path, headers in POLLS:
                ours, statuses = http_rate(ours_port, path, headers, token, args.seconds, args.clients)
                theirs, _ = http_rate(peer_port, path.partition("?")[0], {}, token, args.seconds, args.clients)
                print(f"{name:22} {ours:10,.0f}/s {theirs:10,.0f}/s {ours / theirs:6.2f}x   statuses {sorted(statuses)}")
        finally:
            server.terminate()
            server.wait()
            static.terminate()
    print("\nratio: syndicate / peer (> 1: syndicate answers more polls per second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
