"""An Ollama model store: blobs named by their manifests (``library/qwen2.5:7b``), not hashes.

The store is synthetic, shaped like ``~/.ollama/models``: content-addressed
blobs and one JSON manifest per model and tag naming them by digest.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from app.core.inspect import ScanOptions, ScanReport, propose, scan
from app.core.inspect import manifest as manifests
from app.core.inspect.limits import OLLAMA_MANIFEST_MAX
from tests.core import model_builders as mb

NOW = "2026-11-30T09:00:00.000Z"
MODEL = "application/vnd.ollama.image.model"
LICENCE = "application/vnd.ollama.image.license"


def blob(blobs: Path, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    blobs.mkdir(parents=True, exist_ok=True)
    (blobs / f"sha256-{digest}").write_bytes(data)
    return digest


def gguf_blob(blobs: Path, tmp: Path, name: str) -> str:
    path = mb.gguf_file(tmp / f"{name}.gguf", name=name, licence=None)
    return blob(blobs, path.read_bytes())


def manifest(models: Path, where: str, layers: list[tuple[str, str]]) -> Path:
    path = models / "manifests" / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                   "digest": "sha256:" + "0" * 64, "size": 10},
        "layers": [{"mediaType": kind, "digest": f"sha256:{digest}", "size": 1}
                   for kind, digest in layers]}))
    return path


def store(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Qwen under two tags with an Apache-2.0 licence blob, a Hugging Face pull, an orphan."""
    models = tmp_path / ".ollama" / "models"
    blobs = models / "blobs"
    digests = {
        "qwen": gguf_blob(blobs, tmp_path, "Qwen2.5 7B Instruct"),
        "llama": gguf_blob(blobs, tmp_path, "Llama 3.2 1B Instruct"),
        "orphan": gguf_blob(blobs, tmp_path, "Left behind"),
        "licence": blob(blobs, mb.APACHE.encode()),
        "template": blob(blobs, b"{{ .Prompt }}"),
    }
    qwen = [(MODEL, digests["qwen"]), (LICENCE, digests["licence"]),
            ("application/vnd.ollama.image.template", digests["template"])]
    manifest(models, "registry.ollama.ai/library/qwen2.5/latest", qwen)
    manifest(models, "registry.ollama.ai/library/qwen2.5/7b", qwen)
    manifest(models, "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF/Q4_K_M",
             [(MODEL, digests["llama"])])
    return models, digests


def run(*paths: Path, hash_files: bool = False) -> ScanReport:
    return scan(list(paths), NOW, ScanOptions(hash_files=hash_files))


def by_label(report: ScanReport) -> dict[str, dict[str, object]]:
    proposals = propose(report, "en")
    return {row.model.label: {cid: s.value for cid, s in row.cells.items()}
            for row in proposals.rows}


def test_manifests_name_the_blobs(tmp_path: Path) -> None:
    models, digests = store(tmp_path)
    report = run(models)
    rows = by_label(report)
    assert set(rows) == {"library/qwen2.5:7b, library/qwen2.5:latest",
                         "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M",
                         f"sha256-{digests['orphan']}"}  # no manifest names it: left as it is
    qwen = rows["library/qwen2.5:7b, library/qwen2.5:latest"]
    assert qwen["name"] == "library/qwen2.5:7b"  # a named tag rather than "latest"
    assert qwen["source_url"] == "https://ollama.com/library/qwen2.5:7b"
    assert qwen["weight_format"] == "gguf"
    llama = rows["hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"]
    assert llama["source_url"] == "https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF"
    assert "licence" not in llama  # its manifest names no licence
    assert rows[f"sha256-{digests['orphan']}"]["name"] == "Left behind"  # GGUF general.name


def test_the_licence_blob_is_read_as_the_models_licence(tmp_path: Path) -> None:
    models, digests = store(tmp_path)
    proposals = propose(run(models), "en")
    row = next(r for r in proposals.rows if r.model.label.startswith("library/qwen2.5"))
    assert row.cells["licence"].value == "permissive"
    assert row.cells["licence_name"].value == "Apache-2.0"
    assert row.cells["licence_name"].evidence_text("en") == (
        f"sha256-{digests['licence']}, text (distinctive phrases)")
    assert row.cells["name"].evidence_text("en") == (
        "manifests/registry.ollama.ai/library/qwen2.5/7b, Ollama manifest (model)")
    assert row.cells["name"].evidence_text("ko") == (
        "manifests/registry.ollama.ai/library/qwen2.5/7b의 Ollama 매니페스트(모델)")


def test_scanning_the_blobs_folder_alone_finds_the_manifests_beside_it(tmp_path: Path) -> None:
    models, digests = store(tmp_path)
    report = run(models / "blobs" / f"sha256-{digests['qwen']}", hash_files=True)
    assert [m.label for m in report.models] == ["library/qwen2.5:7b, library/qwen2.5:latest"]
    files = manifests.build(report)["models"][0]["files"]
    assert {(f["path"], f["kind"]) for f in files} == {
        (f"sha256-{digests['qwen']}", "gguf"), (f"sha256-{digests['licence']}", "licence")}
    assert all(f["sha256"] == f["path"].removeprefix("sha256-") for f in files)


def test_a_damaged_oversized_or_unreadable_manifest_is_skipped(tmp_path: Path) -> None:
    models, _ = store(tmp_path)
    bad = models / "manifests" / "registry.ollama.ai" / "library" / "qwen2.5" / "7b"
    bad.write_text('{"layers": [')
    huge = manifest(models, "registry.ollama.ai/library/big/1b", [])
    huge.write_bytes(b" " * (OLLAMA_MANIFEST_MAX + 1))
    (models / "manifests" / "registry.ollama.ai" / "library" / "odd" / "x").mkdir(parents=True)
    os.mkfifo(models / "manifests" / "registry.ollama.ai" / "library" / "odd" / "pipe")
    report = run(models)
    texts = [p.text("en") for p in report.problems]
    assert any(t.startswith(str(bad)) and "not valid JSON" in t for t in texts), texts
    assert any(t.startswith(str(huge)) for t in texts), texts
    assert "library/qwen2.5:latest" in [m.label for m in report.models]  # the other tag still
    # a folder or a pipe where a manifest should be is passed over (a pipe is never opened)
    assert not any("odd" in t for t in texts)
