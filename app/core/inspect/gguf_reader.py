"""GGUF: metadata and tensor descriptions read with a bounded reader of our own.

The ``gguf`` package's ``GGUFReader`` maps the whole file and builds an object
for every metadata entry and tensor before returning, trusting the counts the
file declares: 10 million declared keys would exhaust memory. This reader walks
the header once, checks every declared count and length against the limits and
the bytes actually left in the file, keeps only the keys AIPIA uses and skips
the rest (vocabularies, merges) without keeping them. The ``gguf`` package is
used by the tests only, to write real GGUF files and to check the type tables.
"""

from __future__ import annotations

import math
import struct
from typing import Any, BinaryIO

from app.core.inspect.findings import InspectError
from app.core.inspect.limits import (
    GGUF_KEEP_STRING,
    GGUF_MAX_ARRAY,
    GGUF_MAX_DIMS,
    GGUF_MAX_HEADER,
    GGUF_MAX_KEY,
    GGUF_MAX_KV,
    GGUF_MAX_TENSORS,
)

MAGIC = b"GGUF"
# value type -> struct format of a scalar (little-endian); 8 = string, 9 = array
SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
           10: "<Q", 11: "<q", 12: "<d"}
STRING, ARRAY = 8, 9
KEEP_ARRAY = 64  # arrays up to this many items are kept (tags, languages)


class Skipped:
    """A value too long to keep: only its size is remembered."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __repr__(self) -> str:
        return f"<{self.count} items not kept>"


class Cursor:
    """Reads little-endian values, never past the file's end or the header limit."""

    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.handle, self.size, self.pos = handle, size, 0

    def left(self) -> int:
        return self.size - self.pos

    def take(self, count: int, what: str) -> bytes:
        if count > self.left():
            raise InspectError("beyond_file", what=what, declared=count, size=self.size)
        if self.pos + count > GGUF_MAX_HEADER:
            raise InspectError("too_many", what="GGUF header bytes", count=self.pos + count,
                               limit=GGUF_MAX_HEADER)
        data = self.handle.read(count)
        if len(data) < count:
            raise InspectError("truncated", what=what)
        self.pos += count
        return data

    def skip(self, count: int, what: str) -> None:
        if count > self.left():
            raise InspectError("beyond_file", what=what, declared=count, size=self.size)
        self.handle.seek(count, 1)
        self.pos += count

    def scalar(self, fmt: str, what: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt), what))[0]

    def string(self, what: str, keep: int = GGUF_KEEP_STRING) -> str | Skipped:
        length = self.scalar("<Q", f"the length of {what}")
        if length > self.left():
            raise InspectError("beyond_file", what=what, declared=length, size=self.size)
        if length > keep:
            self.skip(length, what)
            return Skipped(length)
        return self.take(length, what).decode("utf-8", errors="replace")

    def key(self, what: str) -> str:
        value = self.string(what, keep=GGUF_MAX_KEY)
        if isinstance(value, Skipped):
            raise InspectError("too_many", what=what, count=f"{value.count} bytes",
                               limit=f"{GGUF_MAX_KEY} bytes")
        return value


def read_value(cur: Cursor, vtype: int, key: str, keep: bool) -> Any:
    if vtype in SCALARS:
        return cur.scalar(SCALARS[vtype], key)
    if vtype == STRING:
        return cur.string(key) if keep else _skip_string(cur, key)
    if vtype == ARRAY:
        return _array(cur, key, keep)
    raise InspectError("bad_header", what=key, detail=f"unknown GGUF value type {vtype}")


def _skip_string(cur: Cursor, key: str) -> None:
    cur.string(key, keep=0)


def _array(cur: Cursor, key: str, keep: bool) -> Any:
    itype = cur.scalar("<I", f"the item type of {key}")
    count = cur.scalar("<Q", f"the length of {key}")
    smallest = struct.calcsize(SCALARS[itype]) if itype in SCALARS else 8
    if count > GGUF_MAX_ARRAY:
        raise InspectError("too_many", what=key, count=count, limit=GGUF_MAX_ARRAY)
    if count * smallest > cur.left():
        raise InspectError("beyond_file", what=key, declared=count * smallest, size=cur.size)
    keep = keep and count <= KEEP_ARRAY
    if itype in SCALARS and not keep:
        cur.skip(count * smallest, key)
        return Skipped(count)
    items = [read_value(cur, itype, key, keep) for _ in range(count)]
    return items if keep else Skipped(count)


def read_gguf(handle: BinaryIO, size: int, wanted: Any) -> tuple[int, dict[str, Any], int, int]:
    """Version, the kept metadata (``wanted(key)`` says which), tensor count and parameters."""
    cur = Cursor(handle, size)
    if cur.left() < 4 or cur.take(4, "the GGUF signature") != MAGIC:
        raise InspectError("not_gguf")
    version = cur.scalar("<I", "the GGUF version")
    if version not in (2, 3):
        raise InspectError("gguf_version", version=version)
    tensors = cur.scalar("<Q", "the tensor count")
    entries = cur.scalar("<Q", "the metadata count")
    _check_count("metadata entries", entries, GGUF_MAX_KV, cur, 12)
    _check_count("tensors", tensors, GGUF_MAX_TENSORS, cur, 24)
    kept: dict[str, Any] = {}
    for index in range(entries):
        key = cur.key(f"metadata key {index + 1}")
        vtype = cur.scalar("<I", f"the type of {key}")
        value = read_value(cur, vtype, key, wanted(key))
        if wanted(key):
            kept[key] = value
    return version, kept, tensors, _parameters(cur, tensors)


def _check_count(what: str, count: int, limit: int, cur: Cursor, smallest: int) -> None:
    """A declared count must be within the limit and fit in the bytes left."""
    if count > limit:
        raise InspectError("too_many", what=what, count=count, limit=limit)
    if count * smallest > cur.left():
        raise InspectError("beyond_file", what=what, declared=count * smallest, size=cur.size)


def _parameters(cur: Cursor, tensors: int) -> int:
    total = 0
    for index in range(tensors):
        cur.key(f"tensor name {index + 1}")
        dims = cur.scalar("<I", "a tensor's dimension count")
        if dims > GGUF_MAX_DIMS:
            raise InspectError("bad_header", what=f"tensor {index + 1}",
                               detail=f"{dims} dimensions (at most {GGUF_MAX_DIMS})")
        shape = struct.unpack(f"<{dims}Q", cur.take(8 * dims, "a tensor's shape"))
        cur.skip(12, "a tensor's type and offset")
        total += math.prod(shape)
    return total
