"""Pickle files: a static opcode scan that names every import, never unpickling anything.

Why not ``picklescan`` or ``fickling``: picklescan keeps every opcode of a
pickle in a list and reads length-prefixed arguments whole, and fickling builds
an AST of the whole pickle, so a hostile file can make either hold gigabytes;
picklescan also judges by a block list (anything not known bad passes as merely
"suspicious"). Here ``pickletools.genops`` (the standard library's
disassembler) runs over a stream that stops after :data:`PICKLE_MAX_BYTES`, only
the last two pushed strings and a bounded memo are kept, and every import
outside :data:`SAFE_GLOBALS` is reported.
"""

from __future__ import annotations

import pickletools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from app.core.inspect.findings import FlaggedGlobal, InspectError
from app.core.inspect.limits import (
    PICKLE_MAX_BYTES,
    PICKLE_MAX_GLOBALS,
    PICKLE_MAX_LINE,
    PICKLE_MAX_MEMO,
    PICKLE_MAX_STREAMS,
)
from app.core.inspect.pickle_lists import verdict

STRINGS = {"STRING", "BINSTRING", "SHORT_BINSTRING", "UNICODE", "BINUNICODE",
           "SHORT_BINUNICODE", "BINUNICODE8"}
PUTS = {"PUT", "BINPUT", "LONG_BINPUT"}
GETS = {"GET", "BINGET", "LONG_BINGET"}
TRANSPARENT = {"PROTO", "FRAME", "MEMOIZE", *PUTS}


class BoundedStream:
    """A read-only view of ``handle`` that ends after ``budget`` bytes (shared across pickles)."""

    def __init__(self, handle: BinaryIO, budget: int = PICKLE_MAX_BYTES) -> None:
        self.handle, self.left, self.used = handle, budget, 0

    def read(self, count: int = -1) -> bytes:
        count = self.left if count < 0 else min(count, self.left)
        data = self.handle.read(count)
        self.left -= len(data)
        self.used += len(data)
        return data

    def readline(self, limit: int = -1) -> bytes:
        cap = min(self.left, PICKLE_MAX_LINE if limit < 0 else limit)
        data = self.handle.readline(cap)
        self.left -= len(data)
        self.used += len(data)
        return data

    def peek_byte(self) -> bytes:
        data = self.read(1)
        if data:
            self.handle.seek(-1, 1)
            self.left += 1
            self.used -= 1
        return data


@dataclass
class PickleScan:
    """The imports one or more pickles would perform, and whether the scan reached the end."""

    imports: set[tuple[str, str]] = field(default_factory=set)
    damaged: str | None = None  # what stopped the disassembler early
    damaged_at: int = 0
    exhausted: bool = False  # the byte budget ran out

    def flagged(self) -> list[FlaggedGlobal]:
        found = (FlaggedGlobal(m, n, verdict(m, n)) for m, n in sorted(self.imports))
        return [g for g in found if g.verdict != "safe"]


class _Tracker:
    """What STACK_GLOBAL needs: the last two pushed values and the memo of strings."""

    def __init__(self) -> None:
        self.recent: list[str | None] = []
        self.memo: dict[int, str | None] = {}
        self.memoized = 0

    def push(self, value: str | None) -> None:
        self.recent = [*self.recent[-1:], value]

    def remember(self, index: int) -> None:
        if len(self.memo) < PICKLE_MAX_MEMO:
            self.memo[index] = self.recent[-1] if self.recent else None

    def pair(self) -> tuple[str, str]:
        if len(self.recent) < 2 or None in self.recent:
            return ("?", "?")  # computed at load time: treated as dangerous
        return (str(self.recent[0]), str(self.recent[1]))


def scan_stream(stream: BoundedStream, result: PickleScan) -> bool:
    """Disassemble one pickle; True when it ended with STOP."""
    tracker = _Tracker()
    try:
        for opcode, arg, _pos in _ops(stream):
            _step(opcode.name, arg, tracker, result)
            if opcode.name == "STOP":
                return True
    except ValueError as exc:  # pickletools reports bad or truncated data this way
        result.exhausted = stream.left == 0
        if not result.exhausted:
            result.damaged, result.damaged_at = str(exc)[:200], stream.used
    return False


def _ops(stream: BoundedStream) -> Iterator[tuple[pickletools.OpcodeInfo, object, int | None]]:
    return pickletools.genops(stream)  # type: ignore[arg-type]


def _step(name: str, arg: object, tracker: _Tracker, result: PickleScan) -> None:
    if name in STRINGS:
        tracker.push(arg if isinstance(arg, str) else None)
    elif name in PUTS and isinstance(arg, int):
        tracker.remember(arg)
    elif name == "MEMOIZE":
        tracker.remember(tracker.memoized)
        tracker.memoized += 1
    elif name in GETS and isinstance(arg, int):
        tracker.push(tracker.memo.get(arg))
    elif name in ("GLOBAL", "INST") and isinstance(arg, str):
        module, _, attr = arg.partition(" ")
        _record(result, module, attr)
        tracker.push(None)
    elif name == "STACK_GLOBAL":
        _record(result, *tracker.pair())
        tracker.push(None)
    elif name not in TRANSPARENT:
        tracker.push(None)


def _record(result: PickleScan, module: str, name: str) -> None:
    if len(result.imports) < PICKLE_MAX_GLOBALS:
        result.imports.add((module[:200], name[:200]))


def scan_pickles(handle: BinaryIO, result: PickleScan, budget: int = PICKLE_MAX_BYTES) -> None:
    """Scan the pickles at the start of ``handle``: one, or the several of a legacy torch file."""
    stream = BoundedStream(handle, budget)
    for _ in range(PICKLE_MAX_STREAMS):
        if not scan_stream(stream, result) or stream.peek_byte() != b"\x80":
            return


def looks_like_pickle(head: bytes) -> bool:
    """Protocol 2+ pickles start with PROTO; older ones with a few typical opcodes."""
    if head[:1] == b"\x80":
        return len(head) > 1 and head[1] <= 5
    return head[:1] in (b"(", b"}", b"]", b"c")


def check_result(result: PickleScan) -> list[InspectError]:
    """The problems to report for a scanned file."""
    problems = []
    dangerous = [g.qualified for g in result.flagged() if g.verdict == "dangerous"]
    unlisted = [g.qualified for g in result.flagged() if g.verdict == "unlisted"]
    if dangerous:
        problems.append(InspectError("pickle_dangerous", imports=", ".join(dangerous)))
    if unlisted:
        problems.append(InspectError("pickle_unlisted", imports=", ".join(unlisted)))
    if result.damaged:
        problems.append(InspectError("pickle_damaged", offset=result.damaged_at,
                                     detail=result.damaged))
    if result.exhausted:
        problems.append(InspectError("pickle_too_long", limit=PICKLE_MAX_BYTES))
    return problems
