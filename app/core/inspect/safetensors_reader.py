"""safetensors: the JSON header only (8-byte little-endian length, then JSON), never the data.

The length is checked against :data:`SAFETENSORS_MAX_HEADER` and the real file
size before anything is read, and every tensor's place in the data section is
checked against the file size, so a header that lies is reported, not trusted.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, BinaryIO, TypeGuard

from app.core.inspect.findings import FileReport, InspectError
from app.core.inspect.jsonread import parse_json
from app.core.inspect.limits import SAFETENSORS_MAX_HEADER, SAFETENSORS_MAX_TENSORS

WHAT = "the safetensors header"


def read_header(handle: BinaryIO, size: int) -> tuple[dict[str, Any], int]:
    """The parsed header and the size of the data section that follows it."""
    prefix = handle.read(8)
    if len(prefix) < 8:
        raise InspectError("truncated", what="the 8-byte header length")
    length = int.from_bytes(prefix, "little")
    if length > SAFETENSORS_MAX_HEADER:
        raise InspectError("header_too_large", declared=length, limit=SAFETENSORS_MAX_HEADER)
    if 8 + length > size:
        raise InspectError("beyond_file", what=WHAT, declared=length, size=size)
    header = parse_json(handle.read(length), WHAT)
    if not isinstance(header, dict):
        raise InspectError("bad_header", what=WHAT, detail="the top level is not an object")
    return header, size - 8 - length


def inspect_safetensors(report: FileReport, handle: BinaryIO) -> None:
    header, data_size = read_header(handle, report.size)
    metadata = header.pop("__metadata__", None)
    if len(header) > SAFETENSORS_MAX_TENSORS:
        raise InspectError("too_many", what="tensors", count=len(header),
                           limit=SAFETENSORS_MAX_TENSORS)
    params, dtypes, end = _tensors(header)
    if end > data_size:
        report.fail(InspectError("data_beyond_file", end=end + report.size - data_size,
                                 size=report.size))
    report.add("format", "safetensors", "header")
    report.add("tensor_count", len(header), "header")
    report.add("parameters", params, "header (tensor shapes)")
    report.add("dtypes", sorted(dtypes), "header (dtype)")
    if isinstance(metadata, dict):
        kept = {str(k)[:100]: str(v)[:200] for k, v in list(metadata.items())[:50]}
        report.add("safetensors_metadata", kept, "header (__metadata__)")


def _tensors(header: dict[str, Any]) -> tuple[int, Counter[str], int]:
    """Total parameters, dtype counts and the end of the data the header describes."""
    params, end = 0, 0
    dtypes: Counter[str] = Counter()
    for name, info in header.items():
        shape, dtype, offsets = _tensor(name, info)
        params += math.prod(shape)
        dtypes[dtype] += 1
        end = max(end, offsets[1])
    return params, dtypes, end


def _tensor(name: str, info: Any) -> tuple[list[int], str, list[int]]:
    if not isinstance(info, dict):
        raise InspectError("bad_header", what=f"tensor {name!r}", detail="not an object")
    shape, dtype, offsets = info.get("shape"), info.get("dtype"), info.get("data_offsets")
    if not (_ints(shape) and isinstance(dtype, str) and _ints(offsets) and len(offsets) == 2):
        raise InspectError("bad_header", what=f"tensor {name!r}",
                           detail="needs dtype, shape and data_offsets [begin, end]")
    if offsets[0] > offsets[1]:
        raise InspectError("bad_header", what=f"tensor {name!r}",
                           detail="data ends before it begins")
    return shape, dtype, offsets


def _ints(value: Any) -> TypeGuard[list[int]]:
    return isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**63 for v in value
    )
