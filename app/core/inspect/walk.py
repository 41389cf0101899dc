"""Finding model files under the paths the user gave, without being trapped by the folder.

Folder links are followed once (a link back to a folder already seen is
reported, not followed), depth and the number of entries are capped, and only
regular files are ever opened: a pipe or device would block or never end.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.inspect.findings import Problem
from app.core.inspect.kinds import classify
from app.core.inspect.limits import WALK_MAX_DEPTH, WALK_MAX_ENTRIES, WALK_MAX_FILES


@dataclass(frozen=True)
class Found:
    path: Path
    kind: str
    size: int


@dataclass
class Walk:
    """What walking found: model-related files, and problems with paths and folders."""

    files: list[Found] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    entries: int = 0
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)
    stopped: bool = False

    def problem(self, path: Path | str, code: str, **args: object) -> None:
        self.problems.append(Problem(str(path), code, tuple((k, str(v)) for k, v in args.items())))


def walk(paths: list[Path], cancelled: Callable[[], bool] = lambda: False) -> Walk:
    """Every model-related regular file under ``paths`` (files given directly always count)."""
    result = Walk()
    for path in paths:
        if result.stopped or cancelled():
            break
        if path.is_dir():
            _walk_dir(path, result, cancelled)
        else:
            _add_file(path, result, given=True)
    return result


def _walk_dir(root: Path, result: Walk, cancelled: Callable[[], bool]) -> None:
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack and not result.stopped and not cancelled():
        folder, depth = stack.pop()
        if not _enter(folder, depth, result):
            continue
        subdirs = []
        for entry in _entries(folder, result):
            result.entries += 1
            if result.entries > WALK_MAX_ENTRIES:
                result.problem(root, "too_many_entries", limit=WALK_MAX_ENTRIES)
                result.stopped = True
                return
            if _is_dir(entry):
                if entry.name not in (".git", "__pycache__"):
                    subdirs.append(Path(entry.path))
            elif classify(entry.name) is not None:
                _add_file(Path(entry.path), result)
        stack.extend((d, depth + 1) for d in sorted(subdirs, reverse=True))


def _enter(folder: Path, depth: int, result: Walk) -> bool:
    if depth > WALK_MAX_DEPTH:
        result.problem(folder, "too_deep", limit=WALK_MAX_DEPTH)
        return False
    try:
        info = folder.stat()
    except OSError as exc:
        result.problem(folder, "unreadable", detail=exc.strerror or exc)
        return False
    identity = (info.st_dev, info.st_ino)
    if identity in result.seen_dirs:
        result.problem(folder, "link_loop")
        return False
    result.seen_dirs.add(identity)
    return True


def _entries(folder: Path, result: Walk) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        result.problem(folder, "unreadable", detail=exc.strerror or exc)
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows links; loops are caught by the seen set
    except OSError:
        return False


def _add_file(path: Path, result: Walk, given: bool = False) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        result.problem(path, "not_found" if given else "unreadable", detail="broken link")
        return
    except OSError as exc:
        result.problem(path, "unreadable", detail=exc.strerror or exc)
        return
    if not stat.S_ISREG(info.st_mode):
        result.problem(path, "not_regular")
        return
    if len(result.files) >= WALK_MAX_FILES:
        if not result.stopped:
            result.problem(path.parent, "too_many_files", limit=WALK_MAX_FILES)
        result.stopped = True
        return
    kind = classify(path.name) or "other"
    result.files.append(Found(path, kind, info.st_size))
