"""SHA-256 of model files, streamed in fixed chunks with progress and cancel."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from app.core.inspect.limits import HASH_CHUNK


def sha256_file(
    path: Path,
    progress: Callable[[int], None] = lambda _n: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> str | None:
    """The hex digest, or None when cancelled; memory stays at one chunk.

    Raises:
        OSError: the file cannot be read.
    """
    digest = hashlib.sha256()
    buffer = bytearray(HASH_CHUNK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as handle:
        while count := handle.readinto(buffer):
            digest.update(view[:count])
            progress(count)
            if cancelled():
                return None
    return digest.hexdigest()
