"""The upgrade fixture packs (v1 -> v2) and edited copies of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from app.core.loader import require_pack
from app.core.pack import Pack

UPGRADE = Path(__file__).resolve().parents[1] / "fixtures" / "upgrade"
V1, V2 = UPGRADE / "v1", UPGRADE / "v2"


def stored_v1() -> dict[str, tuple[dict[str, Any], str | None]]:
    """The v1 answers of the golden test, as storage hands them over: (value, note)."""
    data = json.loads((UPGRADE / "answers-v1.json").read_text(encoding="utf-8"))
    return {qid: ({k: v for k, v in e.items() if k != "note"}, e.get("note"))
            for qid, e in data.items()}


def expected_v2() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((UPGRADE / "expected-v2.json").read_text("utf-8"))
    return result


def edited(source: Path, dest: Path, edits: list[tuple[str, str, str]]) -> Path:
    """A copy of ``source`` with ``(file, old, new)`` edits, each ``old`` found exactly once."""
    shutil.copytree(source, dest)
    for file, old, new in edits:
        path = dest / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{file}: {old!r} found {text.count(old)} times"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return dest


def load(folder: Path) -> Pack:
    return require_pack(folder)
