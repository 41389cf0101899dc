"""The golden scenarios replayed by scanning: synthetic folders shaped like each scenario's
models give inventory rows and answers that match what the scenario says, for every field a
scan can know (publisher, size, format, licence and its name, source, revision), fitted to the
built-in pack. The same scan fitted to the frozen 1.0.0 pack still answers 1.0.0's questions
(weight_format, licence_class), which assessments on 1.0.0 keep until they are upgraded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.inspect import Proposals, ScanOptions, propose, scan
from app.core.inspect.fit import fit_to_pack
from app.core.loader import require_pack
from tests.conftest import REPO_ROOT
from tests.core import model_builders as mb

PACK = REPO_ROOT / "questionnaires" / "ai-pia"
PACK_1_0_0 = REPO_ROOT / "questionnaires" / "ai-pia-1.0.0"
SCENARIOS = PACK / "scenarios"
SCENARIOS_1_0_0 = REPO_ROOT / "tests" / "fixtures" / "ai-pia-1.0.0" / "scenarios"  # as of 1.0.0
EXACT = ("publisher", "weight_format", "licence", "source_url")
MIT = ("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a "
       "copy\n... The above copyright notice and this permission notice shall be included in all")


# what no file tells: the adapter was trained in-house and never published
UNKNOWABLE = {"hangyeol-notes-lora v3": ("publisher", "source_url")}


def cache(root: Path, repo: str, commit: str) -> Path:
    org, name = repo.split("/")
    return root / f"models--{org}--{name}" / "snapshots" / commit


def llama(root: Path) -> Path:
    folder = cache(root, "meta-llama/Llama-3.1-8B-Instruct",
                   "0e9e39f249a16976918f6564b8830bc894c89659")
    return mb.hf_folder(folder, licence_text=mb.LLAMA31, params=8_030_261_248,
                        card={"license": "llama3.1", "language": ["en", "de"]})


def lora(root: Path) -> Path:
    return mb.lora_folder(root / "hangyeol-notes-lora", "meta-llama/Llama-3.1-8B-Instruct",
                          card={"license": "llama3.1",
                                "base_model": "meta-llama/Llama-3.1-8B-Instruct"})


def bge(repo: str, commit: str) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        return mb.hf_folder(cache(root, repo, commit + "0" * (40 - len(commit))),
                            licence_text=MIT, params=567_754_752, card={"license": "mit"})
    return build


def qwen_gguf(repo: str, commit: str, params: int) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        folder = cache(root, repo, commit + "0" * (40 - len(commit)))
        name = repo.split("/")[1].lower().removesuffix("-gguf") + "-q4_k_m.gguf"
        mb.gguf_file(folder / name, name=repo.split("/")[1].removesuffix("-GGUF"),
                     arch="qwen2", file_type=15, licence="apache-2.0",
                     extra={"general.organization": "Qwen"},
                     tensors={"blk.weight": (params // 1000, 1000)})
        return folder
    return build


# scenario file -> row name -> builder of a folder shaped like that model
SHAPES: dict[str, dict[str, Callable[[Path], Path]]] = {
    "1-clinic-llama-notes.json": {
        "Llama-3.1-8B-Instruct": llama,
        "hangyeol-notes-lora v3": lora,
    },
    "2-startup-gpt-oss-email.json": {  # gpt-oss-20b runs at a host: nothing to scan
        "bge-m3": bge("BAAI/bge-m3", "5617a9f"),
        "bge-reranker-v2-m3": bge("BAAI/bge-reranker-v2-m3", "953dc6f"),
    },
    "3-law-firm-offline-drafting.json": {
        "Qwen2.5-14B-Instruct-GGUF (q4_k_m)":
            qwen_gguf("Qwen/Qwen2.5-14B-Instruct-GGUF", "3d1f2a7", 14_700_000_000),
        "Qwen2.5-7B-Instruct-GGUF (q4_k_m)":
            qwen_gguf("Qwen/Qwen2.5-7B-Instruct-GGUF", "b8a41c0", 7_615_616_512),
    },
}


def scenario(name: str, folder: Path = SCENARIOS) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
    return data["answers"]


def scanned(tmp_path: Path, name: str, pack: Path) -> tuple[Proposals, dict[str, Path]]:
    folders = {row: build(tmp_path) for row, build in SHAPES[name].items()}
    report = scan(list(folders.values()), "2026-11-30T09:00:00.000Z",
                  ScanOptions(hash_files=False))
    return fit_to_pack(require_pack(pack), propose(report, "en")), folders


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_scan_reproduces_the_scenario_inventory(tmp_path: Path, name: str) -> None:
    answers = scenario(name)
    expected_rows = {row["name"]: row for row in answers["model_inventory"]["value"]}
    proposals, folders = scanned(tmp_path, name, PACK)
    assert len(proposals.rows) == len(folders)
    by_root = {row.model.root: row for row in proposals.rows}
    for row_name, folder in folders.items():
        proposal = by_root[folder]
        cells = {cid: s.value for cid, s in proposal.cells.items()}
        want = expected_rows[row_name]
        for column in EXACT:
            if column in UNKNOWABLE.get(row_name, ()):
                assert column not in cells, (row_name, column)  # never invented
            else:
                assert cells.get(column) == want[column], (row_name, column)
        # the scenario's author adds what no file says, e.g. "(derived model)" or "(Qwen2.5)"
        assert cells["licence_name"] and want["licence_name"].startswith(
            cells["licence_name"]), (row_name, cells["licence_name"])
        assert cells["parameters_b"] == pytest.approx(want["parameters_b"], rel=0.05)
        short = re.search(r"(?:commit|커밋) ([0-9a-f]{7})", want["revision"])
        if short:
            assert cells["revision"].startswith(f"commit {short.group(1)}")
    assert {qid: s.value for qid, s in proposals.answers.items()} == {
        "trust_remote_code": answers["trust_remote_code"]["value"]}  # 1.1.0 has no other


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_1_0_0_assessment_still_gets_its_format_and_licence_answers(
        tmp_path: Path, name: str) -> None:
    """The same scan, fitted to 1.0.0, answers that version's scenario as it was written."""
    proposals, _ = scanned(tmp_path, name, PACK_1_0_0)
    answers = scenario(name, SCENARIOS_1_0_0)
    assert {qid: s.value for qid, s in proposals.answers.items()} == {
        qid: answers[qid]["value"] for qid in ("weight_format", "trust_remote_code",
                                               "licence_class")}
    for proposal in proposals.rows:  # 1.0.0's inventory has no licence name column
        assert "licence_name" not in proposal.cells and "licence" in proposal.cells
