"""Hugging Face layout: config, adapter, tokenizer and index JSON files, and remote code."""

from __future__ import annotations

from typing import Any

from app.core.inspect.findings import FileReport, InspectError
from app.core.inspect.jsonread import read_json_object, text_list
from app.core.inspect.limits import INDEX_JSON_MAX, SMALL_JSON_MAX


def inspect_config(report: FileReport) -> None:
    """config.json: architectures, auto_map (remote code), quantisation, context length."""
    data = read_json_object(report.path, SMALL_JSON_MAX, report.name)
    architectures = text_list(data.get("architectures"))
    if architectures:
        report.add("architecture", ", ".join(architectures)[:200], "architectures")
    if isinstance(data.get("model_type"), str):
        report.add("model_type", data["model_type"][:100], "model_type")
    auto_map = data.get("auto_map")
    if isinstance(auto_map, dict) and auto_map:
        modules = sorted({str(v).split(".")[0] for v in _flat(auto_map.values())})
        report.add("remote_code", [f"{m}.py" for m in modules][:20], "auto_map")
    _quantisation(report, data.get("quantization_config"))
    for key in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        if isinstance(data.get(key), int):
            report.add("context_length", data[key], key)
            break
    if isinstance(data.get("torch_dtype"), str):
        report.add("dtypes", [data["torch_dtype"][:40]], "torch_dtype")
    name = data.get("_name_or_path")
    if isinstance(name, str) and name.count("/") == 1 and not name.startswith((".", "/")):
        report.add("repo_id", name[:200], "_name_or_path")


def _flat(values: Any) -> list[str]:
    out: list[str] = []
    for value in values:
        out.extend(text_list(value))
    return [v.split("--")[-1] for v in out]


def _quantisation(report: FileReport, config: Any) -> None:
    if not isinstance(config, dict):
        return
    method = str(config.get("quant_method", "quantised"))[:40]
    bits = config.get("bits") or config.get("w_bit")
    if config.get("load_in_4bit"):
        bits = 4
    elif config.get("load_in_8bit"):
        bits = 8
    text = f"{method} {bits}-bit" if isinstance(bits, int) else method
    report.add("quantisation", text, "quantization_config")


def inspect_adapter(report: FileReport) -> None:
    """adapter_config.json (PEFT): the adapter type and the base model it needs."""
    data = read_json_object(report.path, SMALL_JSON_MAX, report.name)
    report.add("adapter", str(data.get("peft_type", "adapter"))[:40], "peft_type")
    base = data.get("base_model_name_or_path")
    if isinstance(base, str) and base.strip():
        report.add("base_model", base[:200], "base_model_name_or_path")
    if isinstance(data.get("r"), int):
        report.add("adapter_rank", data["r"], "r")
    if isinstance(data.get("auto_mapping"), dict):
        report.add("remote_code", ["auto_mapping"], "auto_mapping")


def inspect_tokenizer_config(report: FileReport) -> None:
    data = read_json_object(report.path, SMALL_JSON_MAX, report.name)
    report.add("tokenizer", report.name, "file")
    if data.get("chat_template"):
        report.add("chat_template", True, "chat_template")
    if isinstance(data.get("auto_map"), dict):
        report.add("remote_code", sorted({str(v).split(".")[0] + ".py"
                                          for v in _flat(data["auto_map"].values())})[:20],
                   "auto_map")


def inspect_generation_config(report: FileReport) -> None:
    data = read_json_object(report.path, SMALL_JSON_MAX, report.name)
    report.add("generation_config", sorted(str(k)[:60] for k in data)[:30], "keys")


def inspect_index(report: FileReport) -> None:
    """A sharded checkpoint's index: the weight files it needs and their total size."""
    data = read_json_object(report.path, INDEX_JSON_MAX, report.name)
    weight_map = data.get("weight_map")
    if not isinstance(weight_map, dict):
        raise InspectError("bad_header", what=report.name, detail="no weight_map object")
    shards = sorted({str(v)[:200] for v in weight_map.values()})
    report.add("shards", shards, "weight_map")
    total = data.get("metadata", {}).get("total_size") if isinstance(
        data.get("metadata"), dict) else None
    if isinstance(total, int):
        report.add("total_size", total, "metadata.total_size")


def inspect_code(report: FileReport) -> None:
    report.add("code_file", report.name, "file")


def inspect_tokenizer_file(report: FileReport) -> None:
    report.add("tokenizer", report.name, "file")
