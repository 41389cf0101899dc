"""Reading the files of a pack folder: regular files only, never through a link.

A pack folder comes from outside. A module file that is a symbolic link would
pull in a file from anywhere on the machine (and messages would echo its
content); a named pipe (FIFO) would block the app forever on reading; a device
could be read without end. So every file of a pack is reached without
following links (each folder on the way is checked with ``lstat``, the file is
opened with ``O_NOFOLLOW`` where the system has it, and non-blocking so that a
FIFO is never waited on), and only a regular file is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from app.core.errors import UserError
from app.core.quoting import quoted

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
NO_LINKS = "a pack holds regular files only: put the file itself there, not a link to it"
REGULAR_ONLY = "a pack holds regular files only: replace it with an ordinary file"
MAX_LISTED = 10_000  # files under one folder of a pack (a bundle holds at most 500)


class FileRefused(UserError):
    """Not a regular file reached without links; ``message`` says what it is, ``hint`` what to do.

    ``missing`` is True when there is simply nothing at that path.
    """

    def __init__(self, message: str, hint: str | None = None, *, missing: bool = False) -> None:
        super().__init__(message + (f" — {hint}" if hint else ""), hint=hint)
        self.message = message
        self.missing = missing


def kind_of(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, in words, unless it is a regular file (None)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular(folder: Path, relative: str) -> None:
    """Refuse ``folder/relative`` unless it is a regular file, reached without links.

    ``relative`` uses ``/`` between folders; ``folder`` itself may be a link
    (the user chose it), nothing inside it may.
    """
    path = folder
    parts = PurePosixPath(relative).parts
    for depth, part in enumerate(parts):
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            raise FileRefused(f"{quoted(relative)} does not exist", missing=True) from None
        except OSError as exc:  # a name too long for the system, no permission, ...
            raise FileRefused(f"{quoted(relative)} cannot be read: {exc.strerror or exc}"
                              ) from None
        last = depth == len(parts) - 1
        what = kind_of(mode)
        if last and what is not None:
            raise _refused(relative, what)
        if not last and not stat.S_ISDIR(mode):
            raise _refused("/".join(parts[: depth + 1]), kind_of(mode) or "a file, not a folder")


def read_regular(folder: Path, relative: str, limit: int) -> bytes:
    """The first ``limit + 1`` bytes at most of the regular file ``folder/relative``.

    Raises:
        FileRefused: it is missing, a link, a folder, a FIFO, a device or a socket.
        OSError: it cannot be read (permissions, a disk error).
    """
    check_regular(folder, relative)
    try:
        fd = os.open(folder / relative, _OPEN_FLAGS)
    except OSError as exc:
        if os.path.islink(folder / relative):  # replaced by a link since the check
            raise _refused(relative, "a symbolic link") from None
        raise exc
    with os.fdopen(fd, "rb") as handle:
        what = kind_of(os.fstat(handle.fileno()).st_mode)
        if what is not None:  # replaced since the check; nothing is read from it
            raise _refused(relative, what)
        return handle.read(limit + 1)


def real_folder(folder: Path, relative: str) -> bool:
    """True if ``folder/relative`` is a folder (not a link to one), False if it does not exist.

    Raises:
        FileRefused: it is a link, or a file of another kind.
    """
    try:
        mode = os.lstat(folder / relative).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISDIR(mode):
        return True
    what = kind_of(mode) or "a file"
    raise FileRefused(f"{quoted(relative)} is {what}, not a folder",
                      "a pack holds real folders only: put the folder itself there")


def files_under(folder: Path, relative: str) -> list[str]:
    """Every file in the real folder ``folder/relative`` and its sub-folders, sorted.

    Names are relative to ``folder``, with ``/``. Links are never followed.

    Raises:
        FileRefused: a link, FIFO, device or socket anywhere below, or too many files.
    """
    found: list[str] = []
    pending = [relative]
    while pending:
        current = pending.pop()
        with os.scandir(folder / current) as entries:
            for entry in entries:
                name = f"{current}/{entry.name}"
                mode = entry.stat(follow_symlinks=False).st_mode
                if stat.S_ISDIR(mode):
                    pending.append(name)
                elif (what := kind_of(mode)) is not None:
                    raise _refused(name, what)
                else:
                    found.append(name)
                if len(found) > MAX_LISTED:
                    raise FileRefused(f"{quoted(relative)} holds more than {MAX_LISTED} files")
    return sorted(found)


def _refused(relative: str, what: str) -> FileRefused:
    if what == "a folder":
        return FileRefused(f"{quoted(relative)} is a folder, not a file",
                           "name a file here, or move the folder out of the way")
    hint = NO_LINKS if what == "a symbolic link" else REGULAR_ONLY
    return FileRefused(f"{quoted(relative)} is {what}, not a regular file", hint)
