"""Hostile model folders: one clear message per bad file, the scan goes on, memory stays bounded.

The bound: a scan holds at most about 160 MB whatever the files say (the worst
case is a safetensors header at the 8 MB cap, parsed into Python objects; a
pickle stream is read at most 32 MB at a time; GGUF vocabularies are skipped,
not kept). Measured here with tracemalloc over a folder of every hostile case.
"""

from __future__ import annotations

import json
import os
import struct
import tracemalloc
from pathlib import Path

import pytest

from app.core.inspect import ScanOptions, ScanReport, limits, scan
from app.core.inspect.hashing import sha256_file
from tests.core import model_builders as mb

NOW = "2026-11-30T09:00:00.000Z"
GiB = 1024**3
MEMORY_BOUND = 160 * 1024 * 1024


def gguf_bytes(*, kv_count: int, body: bytes = b"", tensors: int = 0) -> bytes:
    return b"GGUF" + struct.pack("<IQQ", 3, tensors, kv_count) + body


def gguf_string(text: bytes, declared: int | None = None) -> bytes:
    return struct.pack("<Q", len(text) if declared is None else declared) + text


def sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path


def hostile_folder(root: Path, sentinel: Path) -> dict[str, str]:
    """Every hostile case in one tree; returns file name -> words its message must contain."""
    bad = root / "bad"
    bad.mkdir(parents=True)
    (bad / "huge-header.safetensors").write_bytes(struct.pack("<Q", 2**60) + b"{}")
    (bad / "short.safetensors").write_bytes(struct.pack("<Q", 5000) + b'{"a": 1}')
    (bad / "lying-offsets.safetensors").write_bytes(
        _st_header({"w": {"dtype": "F32", "shape": [1000], "data_offsets": [0, 4000]}}))
    (bad / "long-string.gguf").write_bytes(gguf_bytes(kv_count=1, body=gguf_string(
        b"general.name") + struct.pack("<I", 8) + gguf_string(b"x", declared=2**40)))
    (bad / "ten-million-keys.gguf").write_bytes(gguf_bytes(kv_count=10_000_000))
    (bad / "not-really.gguf").write_bytes(b"GGML" + b"\0" * 100)
    mb.malicious_pickle(bad / "payload.bin", sentinel)
    # a pickle that declares 2**40 bytes of data, inside a 20 GB sparse file
    sparse(bad / "twenty-gb.bin", 20 * GiB, b"\x80\x04\x8e" + struct.pack("<Q", 2**40))
    sparse(bad / "twenty-gb.safetensors", 20 * GiB)
    os.symlink("loop.safetensors", bad / "loop.safetensors")
    os.mkfifo(bad / "pipe.gguf")
    (bad / "config.json").write_text("[" * 100_000)
    return {
        "huge-header.safetensors": "AIPIA reads headers of at most",
        "short.safetensors": "more than the file holds",
        "lying-offsets.safetensors": "past the end of the file",
        "long-string.gguf": "more than the file holds",
        "ten-million-keys.gguf": "10000000 entries",
        "not-really.gguf": "not a GGUF model file",
        "payload.bin": "would run code",
        "twenty-gb.bin": "longer than",
        "twenty-gb.safetensors": "not valid JSON",
        "loop.safetensors": "cannot be read",
        "pipe.gguf": "not a regular file",
        "config.json": "nested too deeply",
    }


def _st_header(header: dict[str, object]) -> bytes:
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw


def scan_measured(root: Path) -> tuple[ScanReport, int]:
    tracemalloc.start()
    try:
        report = scan([root], NOW, ScanOptions(hash_files=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return report, peak


def test_hostile_folder_gives_one_message_per_file_and_goes_on(tmp_path: Path) -> None:
    sentinel = tmp_path / "SENTINEL"
    expected = hostile_folder(tmp_path / "models", sentinel)
    mb.hf_folder(tmp_path / "models" / "good")
    report, peak = scan_measured(tmp_path / "models")
    messages = [p.text("en") for p in report.all_problems()]
    for name, words in expected.items():
        mine = [m for m in messages if name in m]
        assert mine, f"no message for {name}: {messages}"
        assert any(words in m for m in mine), (name, mine)
    good = next(m for m in report.models if m.label == "good")
    assert good.problems == [] and good.fact("parameters") is not None
    assert not sentinel.exists()
    assert peak < MEMORY_BOUND, f"peak {peak / 1e6:.0f} MB"
    assert all("Traceback" not in m and len(m) < 600 for m in messages)


def test_header_at_the_cap_stays_within_the_memory_bound(tmp_path: Path) -> None:
    tensors, size = {}, 0
    while size < limits.SAFETENSORS_MAX_HEADER - 200:
        name = f"t{len(tensors)}"
        tensors[name] = {"dtype": "F16", "shape": [1], "data_offsets": [0, 2]}
        size += len(name) + 60
    raw = json.dumps(tensors).encode()[: limits.SAFETENSORS_MAX_HEADER]
    path = tmp_path / "m" / "big-header.safetensors"
    path.parent.mkdir()
    sparse(path, 8 + len(raw) + 2, struct.pack("<Q", len(raw)) + raw)
    report, peak = scan_measured(path.parent)
    assert peak < MEMORY_BOUND, f"peak {peak / 1e6:.0f} MB"
    assert report.models[0].fact("tensor_count") is not None


def test_symlink_loop_between_folders_is_not_followed(tmp_path: Path) -> None:
    root = mb.hf_folder(tmp_path / "m")
    os.symlink(root, root / "again")
    report = scan([root], NOW, ScanOptions(hash_files=False))
    assert [m.label for m in report.models] == ["m"]
    assert any("leads back" in p.text("en") for p in report.problems)


def test_folder_of_100000_files_is_capped_with_a_message(tmp_path: Path) -> None:
    mb.hf_folder(tmp_path / "a-model")
    many = tmp_path / "b-dump"
    many.mkdir()
    for index in range(100_000):
        os.close(os.open(many / f"shard-{index:06d}.bin", os.O_CREAT | os.O_WRONLY, 0o644))
    report = scan([tmp_path], NOW, ScanOptions(hash_files=False))
    assert report.models[0].label == "a-model" and report.models[0].problems == []
    texts = [p.text("en") for p in report.problems]
    assert any(f"more than {limits.WALK_MAX_FILES} model files" in t for t in texts)
    dump = report.models[1]
    assert len(dump.files) == limits.WALK_MAX_FILES - len(report.models[0].files)
    assert "is empty" in dump.problems[0].text("en")


def test_hashing_is_streamed_and_cancellable(tmp_path: Path) -> None:
    path = sparse(tmp_path / "big.gguf", 20 * GiB)
    seen: list[int] = []
    result = sha256_file(path, seen.append, lambda: len(seen) >= 3)
    assert result is None
    assert seen == [limits.HASH_CHUNK] * 3


def test_cancelled_scan_says_it_is_incomplete(tmp_path: Path) -> None:
    mb.hf_folder(tmp_path / "m")
    report = scan([tmp_path], NOW, ScanOptions(cancelled=lambda: True))
    assert report.complete is False


@pytest.mark.parametrize("name", ["missing-folder", "missing.gguf"])
def test_missing_path_is_reported(tmp_path: Path, name: str) -> None:
    report = scan([tmp_path / name], NOW)
    assert [p.text("en") for p in report.problems] == [f"{tmp_path / name}: does not exist."]
