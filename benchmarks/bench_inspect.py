"""Model inspector speed: hashing against ``sha256sum``, and reading a 30-file model folder.

1. Hashing: the same files are hashed by ``sha256sum`` and by the inspector
   (``app.core.inspect.hashing.sha256_file``), alternately, several rounds, after a
   warm-up read so both read from the same (cached) pages. Target: ratio <= 1.2.
2. Metadata: a 30-file folder shaped like a sharded Hugging Face model plus two
   GGUF files (20 safetensors shards with sparse data, index, config, tokenizer,
   model card, licence, GGUF with a 32,000-token vocabulary) is scanned without
   hashing. Target: under 1 second. The floor printed beside it is opening every
   file and reading its first MiB.

    python benchmarks/bench_inspect.py [--mb 1024] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.inspect import ScanOptions, scan
from app.core.inspect.hashing import sha256_file
from tests.core import model_builders as mb

CHUNK = 64 * 1024 * 1024


def make_files(folder: Path, total_mb: int, count: int = 4) -> list[Path]:
    files = []
    for index in range(count):
        path = folder / f"weights-{index}.bin"
        with path.open("wb") as handle:
            left = total_mb * 1024 * 1024 // count
            while left > 0:
                handle.write(os.urandom(min(CHUNK, left)))
                left -= CHUNK
        files.append(path)
    return files


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def bench_hashing(files: list[Path], rounds: int) -> None:
    tool = shutil.which("sha256sum")
    if tool is None:
        print("sha256sum not found: hashing comparison skipped")
        return
    for path in files:  # warm-up: both read cached pages
        subprocess.run([tool, str(path)], check=True, capture_output=True)
    ours, floor = [], []
    for _ in range(rounds):
        floor.append(timed(lambda: subprocess.run([tool, *map(str, files)], check=True,
                                                  capture_output=True)))
        ours.append(timed(lambda: [sha256_file(p) for p in files]))
    size = sum(p.stat().st_size for p in files) / 1e6
    best_ours, best_floor = min(ours), min(floor)
    print(f"hashing {size:.0f} MB: inspector {best_ours:.2f} s ({size / best_ours:.0f} MB/s), "
          f"sha256sum {best_floor:.2f} s ({size / best_floor:.0f} MB/s), "
          f"ratio {best_ours / best_floor:.2f} (target <= 1.2)")


def model_folder(root: Path) -> Path:
    shards = {f"model-{i:05d}-of-00020.safetensors": i for i in range(1, 21)}
    weight_map = {}
    for name, index in shards.items():
        tensors = {f"model.layers.{index}.t{j}.weight": (4096, 4096) for j in range(30)}
        mb.sparse_safetensors(root / "llama" / name, tensors)
        weight_map.update(dict.fromkeys(tensors, name))
    mb.hf_folder(root / "llama", card={"license": "llama3.1", "base_model": "x/y"},
                 licence_text=mb.LLAMA31)
    (root / "llama" / "model.safetensors").unlink()
    (root / "llama" / "model.safetensors.index.json").write_text(
        json.dumps({"metadata": {"total_size": 1}, "weight_map": weight_map}))
    vocab = {f"t{i}": i for i in range(128000)}
    (root / "llama" / "tokenizer.json").write_text(json.dumps({"vocab": vocab}))
    (root / "llama" / "special_tokens_map.json").write_text('{"bos_token": "<s>"}')
    for name in ("a-q4_k_m.gguf", "b-q8_0.gguf"):
        mb.gguf_file(root / "gguf" / name, vocab=32000,
                     tensors={f"blk.{i}.w": (4096, 4096) for i in range(200)})
    return root


def bench_metadata(root: Path, rounds: int) -> None:
    files = [p for p in root.rglob("*") if p.is_file()]

    def floor() -> None:
        for path in files:
            with path.open("rb") as handle:
                handle.read(1024 * 1024)

    ours = [timed(lambda: scan([root], "2026-01-01T00:00:00.000Z", ScanOptions(hash_files=False)))
            for _ in range(rounds)]
    bare = [timed(floor) for _ in range(rounds)]
    print(f"metadata of {len(files)} files (no hashing): {statistics.median(ours):.3f} s "
          f"(target < 1 s); floor (open + read 1 MiB each) {statistics.median(bare):.3f} s, "
          f"ratio {statistics.median(ours) / statistics.median(bare):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1024, help="size of the files to hash")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aipia-bench-inspect-") as temp:
        folder = Path(temp)
        bench_metadata(model_folder(folder / "models"), max(args.rounds, 5))
        bench_hashing(make_files(folder, args.mb), args.rounds)


if __name__ == "__main__":
    main()
