"""Atomic file writes and the workspace lock: a reader never sees a half-written file, a
crash or a killed run leaves the previous files whole."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import filecmp
import hashlib
import itertools
import os
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO
from pathlib import Path


# A file staged: its temp file, its target and the target's identity when staged (None: new).
StagedFile = tuple[str, str, str | None]


class StagedWrites:
    """Files written beside their targets now and renamed into place together at commit().

    A run that fails half-way discards its staged files, so the workspace keeps its previous
    state, while memory stays flat however many files the run produces. There is no fsync
    per file: it would double the cost of a build, and ext4 and XFS already flush a file
    before a rename replaces it (auto_da_alloc), which is the power-loss case that matters.
    """

    def __init__(self, staged: Sequence[StagedFile] = ()) -> None:
        # as strings: a run of thousands of articles holds them all
        self.staged: list[StagedFile] = list(staged)

    def stage(self, path: Path, data: bytes, mode: int = 0o666) -> bool:
        """Stage `data` for `path`; False (nothing staged) when the file already holds it, so
        unchanged files keep their timestamps and ETags. A new file gets `mode` less the umask
        (by default readable by the feed server's user), a replaced one keeps its own."""
        path = Path(path)
        kept_mode = identity = None
        try:
            with open(path, "rb") as existing:
                if existing.read() == data:
                    return False
                status = os.fstat(existing.fileno())
                kept_mode, identity = stat.S_IMODE(status.st_mode), _identity(status)
        except FileNotFoundError:
            pass
        with _for(path):
            fd, tmp = _create_beside(path, mode)
            try:
                with os.fdopen(fd, "wb") as handle:
                    if kept_mode is not None:
                        os.fchmod(handle.fileno(), kept_mode)
                    handle.write(data)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        self.staged.append((str(tmp), str(path), identity))
        return True

    def adopt(self, staged: list[StagedFile]) -> None:
        """Take over files staged by another process."""
        self.staged.extend(staged)

    def withdraw(self, staged: Sequence[StagedFile]) -> None:
        """Discard some of the staged files (an article the run no longer writes)."""
        dropped = set(staged)
        StagedWrites(staged).discard()
        self.staged = [pair for pair in self.staged if pair not in dropped]

    def commit(self) -> list[str]:
        """Rename the staged files into place; the targets left alone, as someone else wrote
        them since they were staged (a translator saving a PO file while extract ran): theirs
        is newer than what the run made of the file before."""
        changed = []
        for tmp, path, identity in self.staged:
            if file_identity(Path(path)) == identity:
                with _for(path):
                    os.replace(tmp, path)
            else:
                os.unlink(tmp)
                changed.append(path)
        self.staged.clear()
        return changed

    def discard(self) -> None:
        for tmp, _, _ in self.staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self.staged.clear()


_temporary_names = itertools.count()


@contextlib.contextmanager
def _for(path: Path | str) -> Iterator[None]:
    """An error writing a temp file, or renaming it into place, says the file it was for: the
    temp's name tells nothing to whoever must free space or grant access, and it is gone. An
    error naming another file (one a writer read for its content) is left as it is."""
    try:
        yield
    except OSError as error:
        if error.filename is None or _is_temp_of(Path(error.filename), Path(path)):
            raise OSError(error.errno, error.strerror, str(path)) from error
        raise


def _is_temp_of(candidate: Path, path: Path) -> bool:
    """Whether `candidate` is a temp file `_create_beside` names for `path`."""
    return candidate.parent == path.parent and candidate.name.startswith(f".{path.name}.") and candidate.name.endswith(".tmp")


def _create_beside(path: Path, mode: int) -> tuple[int, Path]:
    """A new temp file in `path`'s folder (created if missing), named `.<name>.<pid>-<n>.tmp`
    so that a killed run's leftovers are known by their name and cleaned up."""
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}-{next(_temporary_names)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode), tmp
        except FileExistsError:
            continue  # left by an earlier process with the same pid
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o666) -> bool:
    """Write `data` to `path` via a temp file and rename; False when it already held `data`.
    A new file gets `mode` less the umask."""
    writes = StagedWrites()
    if not writes.stage(path, data, mode):
        return False
    writes.commit()
    return True


def atomic_write_stream(path: Path, write: Callable[[BinaryIO], None], mode: int = 0o666) -> bool:
    """`atomic_write_bytes` for a file too large to hold in memory: `write` writes it to the
    handle it is given, and the file replaces `path` unless it holds the same bytes."""
    path = Path(path)
    with _for(path):
        fd, tmp = _create_beside(path, mode)
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
            try:
                if filecmp.cmp(tmp, path, shallow=False):
                    tmp.unlink()
                    return False
                os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))  # a replaced file keeps its mode
            except FileNotFoundError:
                pass
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return True


def atomic_write_text(path: Path, text: str, mode: int = 0o666) -> bool:
    return atomic_write_bytes(path, text.encode("utf-8"), mode)


# What a read-only file system, or a folder of another user's, answers a write with.
UNWRITABLE_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def file_identity(path: Path) -> str | None:
    """The file as the file system sees it (as make does): modification time, size and
    inode; None when there is no file. Rewriting a file changes it, whatever the bytes."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return _identity(status)


def file_digest(path: Path) -> str | None:
    """The file's bytes, hashed: what it holds, whatever its identity; None when there is no
    file. A file that cannot be read (its rights) is told by its identity: no content matches
    it, so whatever reads it next says it cannot."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except FileNotFoundError:
        return None
    except PermissionError:
        return f"unreadable {file_identity(path)}"


def _identity(status: os.stat_result) -> str:
    return f"{status.st_mtime_ns}:{status.st_size}:{status.st_ino}"


def file_names(folder: Path) -> frozenset[str]:
    """The names in `folder` (none when it does not exist), from one directory read: cheaper
    than asking whether each of thousands of files exists."""
    try:
        return frozenset(os.listdir(folder))
    except FileNotFoundError:
        return frozenset()


class LockTimeout(Exception):
    """Another run held the lock for longer than the caller would wait; its holder as it said."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


@contextlib.contextmanager
def exclusive_lock(
    path: Path, on_wait: Callable[[str], None] = lambda holder: None, *, holder: str = "", timeout: float | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (created if missing), waiting for any other
    holder: one writing run at a time per workspace, one update at a time of partners.json.
    `on_wait` is called once before waiting, with what the holder wrote in the file (its
    `holder`: which command, process and since when) or "" ; `timeout` (seconds) ends the wait
    with LockTimeout.

    The kernel drops the lock when the process dies, so a killed run never leaves it stale.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait(_holder(path))
            _wait_for_lock(handle, path, timeout)
        if holder:
            handle.truncate(0)
            handle.write(holder.encode())
            handle.flush()
        try:
            yield
        finally:
            if holder:
                handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _wait_for_lock(handle: BinaryIO, path: Path, timeout: float | None) -> None:
    if timeout is None:
        fcntl.flock(handle, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(_holder(path)) from None
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))


def _holder(path: Path) -> str:
    """What the lock's holder wrote in its file, "" when it wrote nothing (or it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
