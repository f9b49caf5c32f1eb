"""Running one job per article on all cores, for batches large enough to pay for it."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

Job = TypeVar("Job")
Result = TypeVar("Result")

# Below this many jobs a process pool costs more to start than it saves.
PARALLEL_MIN_JOBS = 48


def ordered_map(
    function: Callable[[Job], Result],
    jobs: Sequence[Job],
    workers: int | None = None,
    *,
    abandon: Callable[[Result], None] = lambda _: None,
) -> Iterator[Result]:
    """`map(function, jobs)`, in order, on `workers` processes (default: one per core) when
    there are enough jobs. At most a few jobs per worker are in flight at once, so memory
    stays flat however many articles a run holds.

    When the run stops early (a job raised, or the caller stopped reading), jobs not yet
    started are cancelled and each job that was already running is passed to `abandon` with
    its result once it finishes, so that what it left behind can be undone.
    """
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(jobs) < PARALLEL_MIN_JOBS:
        yield from map(function, jobs)
        return
    # Imported only for a batch that uses it: multiprocessing takes a while to load.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers, whatever the platform's default (Python 3.14 takes forkserver on Linux):
    # they inherit the hold on interrupts, and their parent is this process.
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[Result]] = deque()
        try:
            for job in jobs:
                with _interrupts_held():  # a submit may start the workers
                    pending.append(pool.submit(function, job))
                if len(pending) >= workers * 4:
                    yield _next_result(pending)
            while pending:
                yield _next_result(pending)
        finally:
            for future in pending:
                future.cancel()
            for future in pending:
                if not future.cancelled() and future.exception() is None:
                    abandon(future.result())


def _next_result(pending: deque[Future[Result]]) -> Result:
    """The oldest job's result, taken off `pending` only once it is in hand: a run stopped
    while waiting for it (Ctrl-C) still finds the job there, and passes its result to
    `abandon` when it finishes."""
    result = pending[0].result()
    pending.popleft()
    return result


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C or a stop held back while workers may be started: a worker that is forked
    inherits the hold, so that no interrupt reaches it before `_ignore_interrupts` has run
    (one interrupted inside the pool's plumbing could leave the pool waiting forever). The
    main process gets an interrupt that came meanwhile once the hold ends."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _ignore_interrupts(parent: int) -> None:
    """In a worker: Ctrl-C reaches every process of the terminal's group, and the main
    process alone takes it; it cancels the jobs not started and waits for the few running
    ones, whose files it then discards. A worker ends with the main process, however that
    ends (kill -9 too): left running, it would keep the workspace's lock, inherited at
    fork, and every later run would wait for it for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A stop (kill -TERM to the process group, as timeout and systemd send) is the main
    # process's to handle too; the worker would inherit the handler that raises in the run.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if sys.platform == "linux":
        _PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # it ended before the request was made
            os._exit(1)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _INTERRUPTS)
