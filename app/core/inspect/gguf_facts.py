"""What AIPIA keeps from a GGUF file's metadata, turned into facts with their keys as evidence."""

from __future__ import annotations

from typing import Any, BinaryIO

from app.core.inspect.findings import FileReport
from app.core.inspect.gguf_reader import read_gguf

# llama.cpp's ``general.file_type`` (gguf.LlamaFileType); a test checks it against the package.
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}
UNQUANTISED = {"F32", "F16", "BF16"}

# metadata key -> fact key (strings and numbers kept as they are)
DIRECT = {
    "general.architecture": "architecture",
    "general.name": "model_name",
    "general.basename": "basename",
    "general.organization": "organization",
    "general.author": "author",
    "general.version": "version",
    "general.size_label": "size_label",
    "general.license": "licence_id",
    "general.license.name": "licence_name",
    "general.license.link": "licence_link",
    "general.url": "url",
    "general.repo_url": "repo_url",
    "general.source.url": "source_url",
    "general.source.repo_url": "source_repo_url",
    "general.quantized_by": "quantized_by",
    "tokenizer.ggml.model": "tokenizer",
}
BASE_MODEL_PARTS = ("name", "organization", "repo_url", "url", "version")


def wanted(key: str) -> bool:
    return (
        key in DIRECT
        or key in ("general.file_type", "tokenizer.chat_template")
        or key.startswith("general.base_model.")
        or key.endswith(".context_length")
        or key in ("general.languages", "general.datasets", "general.tags")
    )


def inspect_gguf(report: FileReport, handle: BinaryIO) -> None:
    version, meta, tensors, params = read_gguf(handle, report.size, wanted)
    report.add("format", "gguf", "header (GGUF signature)")
    report.add("gguf_version", version, "header (version)")
    report.add("tensor_count", tensors, "header (tensor count)")
    report.add("parameters", params, "tensor descriptions (shapes)")
    for key, fact in DIRECT.items():
        value = meta.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            report.add(fact, value, key)
    _file_type(report, meta.get("general.file_type"))
    _context(report, meta)
    if "tokenizer.chat_template" in meta:
        report.add("chat_template", True, "tokenizer.chat_template")
    _base_models(report, meta)
    for key in ("general.languages", "general.datasets", "general.tags"):
        if isinstance(meta.get(key), list):
            report.add(key.split(".")[1], [str(v)[:100] for v in meta[key]], key)


def _file_type(report: FileReport, value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        name = FILE_TYPES.get(value, f"type {value}")
        report.add("quantisation", name, "general.file_type")


def _context(report: FileReport, meta: dict[str, Any]) -> None:
    arch = meta.get("general.architecture")
    key = f"{arch}.context_length"
    if isinstance(meta.get(key), int):
        report.add("context_length", meta[key], key)


def _base_models(report: FileReport, meta: dict[str, Any]) -> None:
    for index in range(8):
        base = {
            part: meta[f"general.base_model.{index}.{part}"]
            for part in BASE_MODEL_PARTS
            if isinstance(meta.get(f"general.base_model.{index}.{part}"), str)
        }
        if base:
            text = base.get("repo_url") or " ".join(
                v for v in (base.get("organization"), base.get("name")) if v)
            report.add("base_model", text, f"general.base_model.{index}.*")

