"""docs/glossary.md and the built-in pack's Korean: one term per concept.

Each glossary row names the Korean term the pack uses for a concept and the
variants it must not use. The test reads every Korean text of the pack (labels,
help, choices, risks, measures, steps, sources) and checks both ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
import yaml

from tests.conftest import REPO_ROOT

GLOSSARY = REPO_ROOT / "docs" / "glossary.md"
PACK = REPO_ROOT / "questionnaires" / "ai-pia"
REPORT_WORDING = REPO_ROOT / "report_templates" / "default" / "wording"
ROW = re.compile(r"^\|(?! English \|)(?!---)(.+)\|\s*$")


@dataclass(frozen=True)
class Entry:
    english: str
    korean: str
    rejected: tuple[str, ...]


@cache
def entries() -> tuple[Entry, ...]:
    found = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        match = ROW.match(line)
        if match is None:
            continue
        cells = [cell.strip() for cell in match.group(1).split("|")]
        assert len(cells) == 5, line
        found.append(Entry(cells[0], cells[2], tuple(re.findall(r"`([^`]+)`", cells[4]))))
    return tuple(found)


def korean_texts(data: Any) -> Iterator[str]:
    """Every Korean text of a pack file: the 'ko' value of each language map."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "ko" and isinstance(value, str):
                yield value
            else:
                yield from korean_texts(value)
    elif isinstance(data, list):
        for item in data:
            yield from korean_texts(item)


@cache
def pack_korean() -> str:
    manifest = yaml.load((PACK / "pack.yaml").read_text("utf-8"), Loader=yaml.CSafeLoader)
    files = [PACK / "pack.yaml", *(PACK / name for name in manifest["modules"])]
    texts = [text for path in files
             for text in korean_texts(yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader))]
    return "\n".join(" ".join(text.split()) for text in texts)  # folded lines joined


def test_the_glossary_has_the_terms_the_issue_names() -> None:
    english = {e.english for e in entries()}
    for term in ("trust_remote_code", "safetensors", "GGUF", "pinned to an immutable revision",
                 "inference", "reasoning model", "prompt injection", "model publisher",
                 "deployer (AI Act)", "data protection officer (DPO)", "stand-in (placeholder)",
                 "model inversion", "retrieval-augmented generation (RAG)"):
        assert term in english, term
    assert len(entries()) >= 60


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.english)
def test_the_pack_uses_the_chosen_korean_term(entry: Entry) -> None:
    in_report = entry.korean in (REPORT_WORDING / "ko.json").read_text("utf-8")
    assert entry.korean in pack_korean() or in_report, entry.korean


@pytest.mark.parametrize("entry", [e for e in entries() if e.rejected], ids=lambda e: e.english)
def test_the_pack_never_uses_a_rejected_variant(entry: Entry) -> None:
    used = [variant for variant in entry.rejected if variant in pack_korean()]
    assert used == [], f"use {entry.korean!r} instead of {used}"


def test_each_korean_term_stands_for_one_concept() -> None:
    korean = [e.korean for e in entries()]
    assert len(korean) == len(set(korean))
