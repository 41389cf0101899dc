"""``aipia inspect``: findings with evidence, JSON, manifests kept and compared, exit status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import Run, fails, ok
from tests.conftest import REPO_ROOT
from tests.core import model_builders as mb


@pytest.fixture(autouse=True)
def real_builtin(builtin_dir: Path) -> None:
    """The inspector answers the built-in pack's questions: use the real one here."""
    shutil.rmtree(builtin_dir / "demo-small")
    shutil.copytree(REPO_ROOT / "questionnaires" / "ai-pia", builtin_dir / "ai-pia")


def test_text_output_names_fields_evidence_and_hashes(run: Run, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "tiny-llama", card={"license": "llama3.1"},
                          licence_text=mb.LLAMA31)
    out = ok(run("inspect", str(folder)))
    assert f"Model: tiny-llama  ({folder})" in out
    assert "weight_format: safetensors  [model.safetensors, header]" in out
    assert ("licence: community_aup  [LICENSE, text (distinctive phrases); README.md, license]"
            in out)
    assert ("licence_name: Llama 3.1 Community License  [LICENSE, text (distinctive phrases); "
            "README.md, license]" in out)
    digest = mb.sha256_of(folder / "model.safetensors")
    assert f"model.safetensors  232 B  sha256 {digest}" in out
    assert "trust_remote_code: never" in out


def test_json_output(run: Run, tmp_path: Path) -> None:
    path = mb.gguf_file(tmp_path / "q" / "tiny-q4_k_m.gguf", name="Tiny Qwen")
    data = json.loads(ok(run("inspect", "--json", "--no-hash", str(path))))
    model = data["models"][0]
    assert model["proposed_row"]["name"] == {"value": "Tiny Qwen",
                                             "from": "tiny-q4_k_m.gguf, general.name"}
    assert model["files"][0]["sha256"] is None
    facts = {f["key"]: f["value"] for f in model["files"][0]["facts"]}
    assert facts["quantisation"] == "Q4_K_M"
    assert model["proposed_row"]["weight_format"]["value"] == "gguf"
    assert model["proposed_row"]["licence_name"] == {"value": "Apache-2.0",
                                                     "from": "tiny-q4_k_m.gguf, general.license"}
    # only what the built-in questionnaire (1.1.0) asks: no 1.0.0 weight_format, licence_class
    assert set(data["proposed_answers"]) == {"trust_remote_code"}


def test_malicious_pickle_exits_1_and_is_never_run(run: Run, tmp_path: Path) -> None:
    sentinel = tmp_path / "SENTINEL"
    path = mb.malicious_pickle(tmp_path / "evil" / "pytorch_model.bin", sentinel)
    result = run("inspect", "--lang", "ko", str(path.parent))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "코드가 실행됩니다" in result.stdout and "system" in result.stdout
    assert not sentinel.exists()


def test_manifest_then_compare_reports_changed_files(run: Run, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m")
    manifest = tmp_path / "scan.json"
    ok(run("inspect", str(folder), "--manifest", str(manifest)))
    assert json.loads(manifest.read_text())["format"] == "aipia-model-scan"
    assert "No file changed since the compared scan." in ok(
        run("inspect", str(folder), "--compare", str(manifest)))
    (folder / "config.json").write_text('{"architectures": ["Other"]}')
    result = run("inspect", str(folder), "--compare", str(manifest))
    assert result.exit_code == 1
    assert f"content changed: {folder}/config.json" in result.stdout


def test_compare_with_a_file_that_is_not_a_manifest(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    fails(run("inspect", str(tmp_path), "--compare", str(bad)), "not an AIPIA model-scan manifest")


def test_assessment_keeps_the_scan_and_compares_with_the_last(run: Run, tmp_path: Path) -> None:
    ok(run("assessment", "new", "--org", "Acme", "--title", "T"))
    folder = mb.hf_folder(tmp_path / "m")
    ok(run("inspect", str(folder), "--assessment", "1"))
    (folder / "LICENSE").write_text(mb.LLAMA31)
    result = run("inspect", str(folder), "--assessment", "1")
    assert result.exit_code == 1
    assert f"content changed: {folder}/LICENSE" in result.stdout


def test_nothing_found_exits_1(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    result = run("inspect", str(tmp_path), str(tmp_path / "missing"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'missing'}: does not exist." in result.stdout
