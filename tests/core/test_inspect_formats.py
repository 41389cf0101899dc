"""The inspector reads each format's fields from small synthetic files (nothing downloaded)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import gguf
import pytest

from app.core.inspect import ModelReport, ScanOptions, ScanReport, scan
from app.core.inspect.gguf_facts import FILE_TYPES
from tests.core import model_builders as mb

NOW = "2026-11-30T09:00:00.000Z"


def run(*paths: Path, hash_files: bool = True) -> ScanReport:
    return scan(list(paths), NOW, ScanOptions(hash_files=hash_files))


def only(report: ScanReport) -> ModelReport:
    assert len(report.models) == 1, [m.label for m in report.models]
    return report.models[0]


def value(model: ModelReport, key: str) -> object:
    fact = model.fact(key)
    assert fact is not None, f"no {key}: {[f.key for f in model.facts(key)]}"
    return fact.value


def test_safetensors_header_fields(tmp_path: Path) -> None:
    path = mb.safetensors_file(tmp_path / "m" / "model.safetensors",
                               {"a": (3, 5), "b": (7,)}, metadata={"format": "pt"})
    model = only(run(path.parent))
    assert value(model, "format") == "safetensors"
    assert value(model, "tensor_count") == 2
    assert value(model, "parameters") == 3 * 5 + 7
    assert value(model, "dtypes") == ["F16"]
    assert value(model, "safetensors_metadata") == {"format": "pt"}
    fact = model.fact("parameters")
    assert fact is not None and fact.evidence("en") == "model.safetensors, header (tensor shapes)"
    assert fact.evidence("ko") == "model.safetensors의 헤더(텐서 크기)"


def test_sharded_safetensors_index_and_missing_shard(tmp_path: Path) -> None:
    root = tmp_path / "sharded"
    mb.safetensors_file(root / "model-00001-of-00002.safetensors", {"a": (10,)})
    index = {"metadata": {"total_size": 40},
             "weight_map": {"a": "model-00001-of-00002.safetensors",
                            "b": "model-00002-of-00002.safetensors"}}
    (root / "model.safetensors.index.json").write_text(json.dumps(index))
    model = only(run(root))
    assert value(model, "shards") == ["model-00001-of-00002.safetensors",
                                      "model-00002-of-00002.safetensors"]
    assert value(model, "total_size") == 40
    texts = [p.text("en") for p in model.problems]
    assert any("model-00002-of-00002.safetensors" in t and "not in the folder" in t for t in texts)


def test_gguf_metadata_fields(tmp_path: Path) -> None:
    path = mb.gguf_file(tmp_path / "q" / "qwen2.5-7b-instruct-q4_k_m.gguf",
                        name="Qwen2.5 7B Instruct", arch="qwen2", file_type=15,
                        extra={"general.organization": "Qwen",
                               "general.base_model.0.name": "Qwen2.5 7B",
                               "general.base_model.0.organization": "Qwen",
                               "general.repo_url": "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF"},
                        tensors={"token_embd.weight": (1000, 64), "output_norm.weight": (64,)})
    model = only(run(path))
    assert value(model, "format") == "gguf"
    assert value(model, "architecture") == "qwen2"
    assert value(model, "model_name") == "Qwen2.5 7B Instruct"
    assert value(model, "quantisation") == "Q4_K_M"
    assert model.fact("quantisation").field == "general.file_type"  # type: ignore[union-attr]
    assert value(model, "context_length") == 8192
    assert value(model, "licence_id") == "apache-2.0"
    assert value(model, "base_model") == "Qwen Qwen2.5 7B"
    assert value(model, "chat_template") is True
    assert value(model, "parameters") == 1000 * 64 + 64
    assert value(model, "repo_url").startswith("https://huggingface.co/Qwen/")  # type: ignore[union-attr]


def test_gguf_file_types_match_the_gguf_package() -> None:
    for member in gguf.LlamaFileType:
        if member.name.startswith("MOSTLY_") and member.value in FILE_TYPES:
            assert FILE_TYPES[member.value] == member.name.removeprefix("MOSTLY_")
    assert FILE_TYPES[gguf.LlamaFileType.ALL_F32] == "F32"
    missing = {m.value for m in gguf.LlamaFileType} - set(FILE_TYPES) - {1024}
    assert len(missing) <= 3  # newer types show as "type N" until added


def test_malicious_pickle_is_reported_and_never_run(tmp_path: Path) -> None:
    sentinel = tmp_path / "SENTINEL"
    path = mb.malicious_pickle(tmp_path / "evil" / "pytorch_model.bin", sentinel)
    model = only(run(path.parent))
    assert not sentinel.exists()
    assert [g.qualified for g in model.flagged] in (["posix.system"], ["nt.system"])
    assert model.flagged[0].verdict == "dangerous"
    assert any("would run code" in p.text("en") and "system" in p.text("en")
               for p in model.problems)
    assert "코드가 실행됩니다" in model.problems[0].text("ko")


def test_benign_pickles_pass(tmp_path: Path) -> None:
    mb.benign_pickle(tmp_path / "legacy" / "model.ckpt")
    mb.torch_zip(tmp_path / "zipped" / "model.pt")
    report = run(tmp_path)
    assert [m.label for m in report.models] == ["legacy", "zipped"]
    for model in report.models:
        assert value(model, "format") == "pickle"
        assert model.flagged == [] and model.problems == []
    assert report.models[1].fact("format").field == "zip with data.pkl (PyTorch)"  # type: ignore[union-attr]


def test_torch_zip_with_a_payload_names_the_import(tmp_path: Path) -> None:
    payload = b"\x80\x02csubprocess\ncheck_output\nq\x00X\x02\x00\x00\x00lsq\x01\x85R."
    model = only(run(mb.torch_zip(tmp_path / "z" / "model.bin", payload).parent))
    assert [g.qualified for g in model.flagged] == ["subprocess.check_output"]


def test_stack_global_import_outside_the_safe_list(tmp_path: Path) -> None:
    # protocol 4: module and name pushed as strings, memoised, fetched, then STACK_GLOBAL
    data = (b"\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00\x8c\x07mymodel\x94\x8c\x05Thing\x94"
            b"\x93\x94)R\x94.")
    path = tmp_path / "p" / "weights.pkl"
    path.parent.mkdir()
    path.write_bytes(data)
    model = only(run(path.parent))
    assert [(g.qualified, g.verdict) for g in model.flagged] == [("mymodel.Thing", "unlisted")]
    assert any("outside the safe list: mymodel.Thing" in p.text("en") for p in model.problems)


def test_hf_folder_remote_code_card_and_licence(tmp_path: Path) -> None:
    root = mb.hf_folder(tmp_path / "tiny", auto_map=True, card={
        "license": "apache-2.0", "base_model": "meta-llama/Llama-3.1-8B",
        "datasets": ["wikipedia"], "language": ["en", "ko"]})
    model = only(run(root))
    assert value(model, "architecture") == "LlamaForCausalLM"
    assert value(model, "remote_code") == ["configuration_tiny.py", "modeling_tiny.py"]
    assert model.fact("remote_code").field == "auto_map"  # type: ignore[union-attr]
    assert {f.value for f in model.facts("code_file")} == {"configuration_tiny.py",
                                                          "modeling_tiny.py"}
    assert value(model, "context_length") == 131072
    assert value(model, "generation_config") == ["temperature", "top_p"]
    assert value(model, "chat_template") is True
    assert {f.value for f in model.facts("tokenizer")} == {"tokenizer.json",
                                                          "tokenizer_config.json"}
    assert value(model, "base_model") == "meta-llama/Llama-3.1-8B"
    assert value(model, "datasets") == ["wikipedia"]
    assert value(model, "language") == ["en", "ko"]
    licences = {(f.value, f.file) for f in model.facts("licence")}
    assert licences == {("apache-2.0", "LICENSE"), ("apache-2.0", "README.md")}
    assert any("trust_remote_code" in p.text("en") for p in model.problems)


def test_lora_adapter_names_its_base_model(tmp_path: Path) -> None:
    root = mb.lora_folder(tmp_path / "lora", "meta-llama/Llama-3.1-8B-Instruct",
                          card={"license": "llama3.1"})
    model = only(run(root))
    assert value(model, "adapter") == "LORA"
    assert value(model, "base_model") == "meta-llama/Llama-3.1-8B-Instruct"
    assert model.fact("base_model").file == "adapter_config.json"  # type: ignore[union-attr]
    assert value(model, "adapter_rank") == 16
    assert value(model, "parameters") == 40_000_000


@pytest.mark.parametrize(("text", "expected"), [
    (mb.APACHE, "apache-2.0"),
    (mb.LLAMA31, "llama3.1"),
    ("Permission is hereby granted, free of charge, to any person obtaining a copy of this\n"
     "software ... The above copyright notice and this permission notice shall be included in",
     "mit"),
    ("Gemma Terms of Use\nLast modified: March 24, 2025\nBy using, reproducing, modifying, "
     "distributing, performing or displaying any portion or element of Gemma, Model Derivatives "
     "including via any Hosted Service, (each as defined below) (collectively, the \"Gemma "
     "Services\")", "gemma"),
    ("Qwen LICENSE AGREEMENT\nRelease Date: September 19, 2024\nBy clicking ... Alibaba Cloud",
     "qwen"),
    ("Attribution-NonCommercial 4.0 International\n", "cc-by-nc-4.0"),
])
def test_licence_texts_are_recognised_by_phrases(tmp_path: Path, text: str, expected: str) -> None:
    root = mb.hf_folder(tmp_path / "m", licence_text=text)
    assert value(only(run(root)), "licence") == expected


def test_unknown_licence_text_is_named_not_guessed(tmp_path: Path) -> None:
    root = mb.hf_folder(tmp_path / "m", licence_text="All rights reserved by Example Corp.")
    model = only(run(root))
    assert model.facts("licence") == []
    assert value(model, "licence_text") == "LICENSE"


def test_hashes_every_file_and_hf_cache_path_gives_revision(tmp_path: Path) -> None:
    commit = "0e9e39f249a16976918f6564b8830bc894c89659"
    root = tmp_path / "hub" / "models--meta-llama--Llama-3.1-8B-Instruct" / "snapshots" / commit
    mb.hf_folder(root)
    model = only(run(root))
    assert value(model, "revision") == commit
    assert value(model, "repo_id") == "meta-llama/Llama-3.1-8B-Instruct"
    for item in model.files:
        assert item.sha256 == hashlib.sha256(item.path.read_bytes()).hexdigest()
