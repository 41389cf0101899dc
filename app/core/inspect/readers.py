"""One file, read according to its kind; every failure becomes a message on that file."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from app.core.inspect import hf_files, model_card
from app.core.inspect.findings import FileReport, InspectError
from app.core.inspect.gguf_facts import inspect_gguf
from app.core.inspect.kinds import WEIGHT_KINDS, sniff
from app.core.inspect.pickle_file import inspect_pickle_file
from app.core.inspect.safetensors_reader import inspect_safetensors

BUFFER = 1024 * 1024

BINARY: dict[str, Callable[[FileReport, BinaryIO], None]] = {
    "safetensors": inspect_safetensors,
    "gguf": inspect_gguf,
    "pickle": inspect_pickle_file,
}
TEXT: dict[str, Callable[[FileReport], None]] = {
    "config": hf_files.inspect_config,
    "generation_config": hf_files.inspect_generation_config,
    "adapter_config": hf_files.inspect_adapter,
    "tokenizer_config": hf_files.inspect_tokenizer_config,
    "tokenizer": hf_files.inspect_tokenizer_file,
    "index": hf_files.inspect_index,
    "model_card": model_card.inspect_card,
    "licence": model_card.inspect_licence_file,
    "code": hf_files.inspect_code,
}


def sniff_kind(report: FileReport) -> str:
    """The kind of a blob or a file given by name, from its first bytes."""
    try:
        with report.path.open("rb") as handle:
            return sniff(handle.read(16)) or "other"
    except OSError:
        return "other"


def inspect_file(report: FileReport) -> None:
    """Read what ``report.kind`` says the file holds; problems are recorded, never raised."""
    if report.kind == "onnx":
        report.add("format", "onnx", "file name (.onnx)")
    if report.size == 0 and report.kind in WEIGHT_KINDS:
        report.fail(InspectError("empty_file"))
        return
    try:
        if report.kind in BINARY:
            with report.path.open("rb", buffering=BUFFER) as handle:
                BINARY[report.kind](report, handle)
        elif report.kind in TEXT:
            TEXT[report.kind](report)
    except InspectError as exc:
        report.fail(exc)
    except OSError as exc:
        report.fail(InspectError("unreadable", detail=exc.strerror or exc))
    if report.kind == "config" and report.facts:
        _remote_code(report)


def _remote_code(report: FileReport) -> None:
    code = next((f.value for f in report.facts if f.key == "remote_code"), None)
    if code:
        report.fail(InspectError("remote_code", files=", ".join(code)))
