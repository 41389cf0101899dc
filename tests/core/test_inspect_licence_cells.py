"""The licence cells of a scanned model in the 1.1.0 inventory: its kind and its name.

A recognised licence gives its kind and name; one the files name or hold but
AIPIA does not recognise becomes "Another custom licence" (never a guess) with
the name the file gives it; 1.0.0's licence column, which has no such choice,
gets nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.inspect import ScanOptions, propose, scan
from app.core.inspect.fit import fit_to_pack
from app.core.loader import require_pack
from app.core.pack import Pack
from tests.conftest import REPO_ROOT
from tests.core import model_builders as mb

PACKS = REPO_ROOT / "questionnaires"


@pytest.fixture(scope="module")
def current() -> Pack:
    return require_pack(PACKS / "ai-pia")


@pytest.fixture(scope="module")
def frozen() -> Pack:
    return require_pack(PACKS / "ai-pia-1.0.0")


def cells(pack: Pack, path: Path) -> dict[str, tuple[Any, str]]:
    report = scan([path], "2026-11-30T09:00:00.000Z", ScanOptions(hash_files=False))
    (row,) = fit_to_pack(pack, propose(report, "en")).rows
    return {cid: (s.value, s.evidence_text("en")) for cid, s in row.cells.items()}


def test_a_recognised_licence_gives_its_kind_and_name(current: Pack, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m", licence_text=mb.LLAMA31, card={"license": "llama3.1"})
    (folder / "NOTICE").write_text("This product includes software developed by Example.\n")
    found = cells(current, folder)
    assert found["licence"] == ("community_aup", "LICENSE, text (distinctive phrases); "
                                "README.md, license")
    assert found["licence_name"] == ("Llama 3.1 Community License",
                                     "LICENSE, text (distinctive phrases); README.md, license")


def test_sources_that_disagree_give_the_strictest_with_every_source(
        current: Pack, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m", licence_text=mb.APACHE,
                          card={"license": "cc-by-nc-4.0"})
    found = cells(current, folder)
    assert found["licence"] == ("non_commercial",
                                "LICENSE, text (distinctive phrases); README.md, license")
    assert found["licence_name"] == ("CC BY-NC 4.0", "README.md, license")


def test_a_named_custom_licence_is_other_with_its_name(
        current: Pack, frozen: Pack, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m", licence_text="Example Corp model licence v2. "
                          "All rights reserved.", card={"license": "other",
                                                        "license_name": "example-model-licence-v2"})
    found = cells(current, folder)
    assert found["licence"] == ("other_custom", "README.md, license_name; LICENSE, text (not "
                                "recognised)")
    assert found["licence_name"] == ("example-model-licence-v2", "README.md, license_name")
    old = cells(frozen, folder)  # 1.0.0's column has no "other" choice and no name column
    assert "licence" not in old and "licence_name" not in old


def test_an_unrecognised_gguf_licence_keeps_its_identifier(current: Pack, tmp_path: Path) -> None:
    path = mb.gguf_file(tmp_path / "g" / "x-q4_k_m.gguf", licence="acme-open-1.0")
    found = cells(current, path)
    assert found["licence"] == ("other_custom", "x-q4_k_m.gguf, general.license")
    assert found["licence_name"] == ("acme-open-1.0", "x-q4_k_m.gguf, general.license")


def test_an_unreadable_licence_text_alone_has_no_name(current: Pack, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m", licence_text="All rights reserved by Example Corp.")
    found = cells(current, folder)
    assert found["licence"] == ("other_custom", "LICENSE, text (not recognised)")
    assert "licence_name" not in found


def test_no_licence_at_all_proposes_nothing(current: Pack, tmp_path: Path) -> None:
    folder = mb.hf_folder(tmp_path / "m", licence_text=None, card={"license": "unknown"})
    (folder / "NOTICE").write_text("Made by Example.\n")
    found = cells(current, folder)
    assert "licence" not in found and "licence_name" not in found
