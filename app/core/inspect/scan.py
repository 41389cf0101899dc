"""A scan: walk the paths, read every model-related file, then hash them (optional).

Nothing is executed, imported or unpickled; each file is opened read-only and
read within the bounds of ``limits.py``. A problem with one file is recorded
on that file and the scan goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.inspect.findings import FileReport, InspectError, ModelReport, Problem, ScanReport
from app.core.inspect.group import group
from app.core.inspect.hashing import sha256_file
from app.core.inspect.ollama import name_blobs
from app.core.inspect.provenance import folder_facts
from app.core.inspect.readers import inspect_file, sniff_kind
from app.core.inspect.walk import Found, walk


@dataclass(frozen=True)
class Progress:
    """``stage`` is "reading" (``done``/``total`` in files) or "hashing" (in bytes)."""

    stage: str
    done: int
    total: int
    current: str


@dataclass
class ScanOptions:
    hash_files: bool = True
    progress: Callable[[Progress], None] = field(default=lambda _p: None)
    cancelled: Callable[[], bool] = field(default=lambda: False)


def scan(paths: list[Path], scanned_at: str, options: ScanOptions | None = None) -> ScanReport:
    """Inspect the model files under ``paths``; ``scanned_at`` is the caller's clock."""
    opts = options or ScanOptions()
    walked = walk(paths, opts.cancelled)
    report = ScanReport(scanned_at, problems=list(walked.problems), hashed=opts.hash_files,
                        paths=[str(p.absolute()) for p in paths])
    report.models = group(walked.files, _sniffed(walked.files, paths))
    name_blobs(report.models, report.problems)
    files = _unique_files(report.models)
    for done, item in enumerate(files):
        if opts.cancelled():
            break
        opts.progress(Progress("reading", done, len(files), item.name))
        inspect_file(item)
    for model in report.models:
        model.extra.extend(folder_facts(model.root))
        _check_shards(model)
    if opts.hash_files and not opts.cancelled():
        _hash_all(files, opts)
    report.complete = not opts.cancelled()
    if not report.models and not report.problems and report.complete:
        report.problems.append(Problem(", ".join(str(p) for p in paths)[:200], "no_models"))
    return report


def _sniffed(found: list[Found], given: list[Path]) -> dict[Path, str]:
    """Blobs and files given directly by a name that does not tell their kind."""
    out = {}
    for item in found:
        if item.kind in ("blob", "other") or (item.path in given and item.kind == "other"):
            out[item.path] = sniff_kind(FileReport(item.path, item.path.name, item.kind, 0))
    return out


def _unique_files(models: list[ModelReport]) -> list[FileReport]:
    seen: dict[int, FileReport] = {}
    for model in models:
        for item in model.files:
            seen.setdefault(id(item), item)
    return list(seen.values())


def _check_shards(model: ModelReport) -> None:
    present = {f.name for f in model.files}
    for item in model.files:
        for fact in (f for f in item.facts if f.key == "shards"):
            missing = [name for name in fact.value if name not in present]
            if missing:
                item.fail(InspectError("shard_missing", count=len(missing),
                                       names=", ".join(missing[:5])))


def _hash_all(files: list[FileReport], opts: ScanOptions) -> None:
    total = sum(f.size for f in files)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        opts.progress(Progress("hashing", done, total, current))

    for item in files:
        current = item.name
        try:
            item.sha256 = sha256_file(item.path, advance, opts.cancelled)
        except OSError as exc:
            item.fail(InspectError("unreadable", detail=exc.strerror or exc))
        if opts.cancelled():
            return
