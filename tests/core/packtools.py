"""Helpers for loader tests: edited copies of the demo-small pack and diagnostic asserts.

A test copies ``tests/fixtures/packs/demo-small`` into its temp folder, applies
small textual edits (each ``old`` text must occur exactly once, so an edit can
never silently miss), loads it and asserts what a pack author would read: the
exact ``file:line:col`` and the words of the message or hint.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

import pytest

from app.core.diagnostics import Diagnostic, Severity
from app.core.loader import LoadResult, load_pack

T = TypeVar("T")
DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"

Edit = tuple[str, str]
Edits = Mapping[str, Edit | Iterable[Edit]]


def copy_demo(dest: Path) -> Path:
    """A fresh copy of demo-small at ``dest`` (which must not exist)."""
    shutil.copytree(DEMO_SMALL, dest)
    return dest


def apply_edit(folder: Path, file: str, old: str, new: str) -> None:
    """Replace the single occurrence of ``old`` in ``folder/file`` by ``new``."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    found = text.count(old)
    assert found == 1, f"{file}: expected {old!r} exactly once, found it {found} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


def edited_pack(dest: Path, edits: Edits) -> Path:
    """Copy demo-small to ``dest`` and apply ``{file: (old, new) or [(old, new), ...]}``."""
    copy_demo(dest)
    for file, spec in edits.items():
        pairs: Iterable[Edit] = [spec] if _is_pair(spec) else spec  # type: ignore[list-item]
        for old, new in pairs:
            apply_edit(dest, file, old, new)
    return dest


def _is_pair(spec: object) -> bool:
    return isinstance(spec, tuple) and len(spec) == 2 and all(isinstance(s, str) for s in spec)


PackFactory = Callable[..., Path]


@pytest.fixture
def make_pack(tmp_path: Path) -> PackFactory:
    """``make_pack(file, old, new)`` or ``make_pack({file: edits})`` -> edited pack folder."""
    counter = iter(range(1_000_000))

    def factory(file_or_edits: str | Edits, old: str | None = None, new: str | None = None) -> Path:
        dest = tmp_path / f"pack{next(counter)}"
        if isinstance(file_or_edits, str):
            assert old is not None and new is not None
            return edited_pack(dest, {file_or_edits: (old, new)})
        return edited_pack(dest, file_or_edits)

    return factory


def where(folder: Path, file: str, needle: str, *, nth: int = 0, shift: int = 0) -> str:
    """``folder/file:line:col`` of the ``nth`` occurrence of ``needle`` (plus ``shift`` columns).

    Computed from the text itself, independently of the YAML parser.
    """
    text = (folder / file).read_text(encoding="utf-8")
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1 + shift
    return f"{folder / file}:{line}:{column}"


def shown(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(f"  {d}" for d in diagnostics) or "  (none)"


def assert_diag(
    diagnostics: Iterable[Diagnostic] | LoadResult,
    location: str,
    *words: str,
    severity: Severity = Severity.ERROR,
) -> Diagnostic:
    """The one diagnostic at exactly ``location`` whose message+hint contain every word."""
    if isinstance(diagnostics, LoadResult):
        diagnostics = diagnostics.diagnostics
    found = list(diagnostics)
    matches = [
        d
        for d in found
        if d.location == location
        and d.severity is severity
        and all(word in f"{d.message} — {d.hint or ''}" for word in words)
    ]
    assert matches, f"no {severity.value} at {location} containing {words!r}; got:\n{shown(found)}"
    assert len(matches) == 1, f"{len(matches)} matching diagnostics:\n{shown(matches)}"
    return matches[0]


def load_errors(folder: Path) -> LoadResult:
    """Load ``folder`` and check the basic contract of a pack with errors."""
    result = load_pack(folder)
    assert result.errors, f"expected errors, got:\n{shown(result.diagnostics)}"
    assert result.pack is None
    assert not result.ok
    return result


def load_clean(folder: Path) -> LoadResult:
    """Load ``folder`` and check that it has no error (warnings allowed)."""
    result = load_pack(folder)
    assert not result.errors, shown(result.errors)
    assert result.pack is not None
    return result


def record_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    """The first argument of every call to ``module.name`` from now on (the calls still work)."""
    seen: list[object] = []
    real = getattr(module, name)

    def recording(first: object, *args: object, **kwargs: object) -> object:
        seen.append(first)
        return real(first, *args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return seen


def finishes(action: Callable[[], T], seconds: float = 60) -> T:
    """``action()`` (or what it raised), failing instead of hanging if it never returns.

    For reads that must not wait on a named pipe: the test fails, the suite goes on.
    """
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, "it blocked: something waited on a named pipe"
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]  # type: ignore[return-value]
