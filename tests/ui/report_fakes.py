"""A stand-in for the reporting service, and the switch to the real one when it exists."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.ui import report_dialog
from app.ui.report_dialog import ReportBackend


class FakeReportError(Exception):
    pass


@dataclass
class FakeResult:
    path: Path
    pages: int
    fingerprint: str
    seconds: float


@dataclass
class FakePrepared:
    assessment_id: int
    template: str
    lang: str | None


class FakeReporting:
    """Writes a tiny PDF; can be told to fail or to wait until cancelled."""

    timeout_ms = 5000

    def __init__(self) -> None:
        self.fail_with: str | None = None
        self.block = False
        self.started = threading.Event()
        self.calls: list[FakePrepared] = []

    def prepare_report(self, workspace: Any, assessment_id: int, *, template: str = "default",
                       lang: str | None = None) -> FakePrepared:
        workspace.store.get_assessment(assessment_id)
        prepared = FakePrepared(assessment_id, template, lang)
        self.calls.append(prepared)
        return prepared

    def render_pdf(self, prepared: FakePrepared, output: Path, *, timeout: float = 60.0,
                   cancel: threading.Event | None = None, progress: Any = None) -> FakeResult:
        self.started.set()
        if progress is not None:
            progress("Starting the PDF engine")
        if self.block:
            assert cancel is not None
            if not cancel.wait(timeout=10):
                raise FakeReportError("the fake was never cancelled")
            raise FakeReportError("cancelled")
        if self.fail_with:
            raise FakeReportError(self.fail_with)
        output.write_bytes(b"%PDF-1.7\n% fake\n%%EOF\n")
        return FakeResult(output, 3, "0" * 64, 0.01)

    def backend(self, language: str = "en", data_dir: Any = None) -> ReportBackend:
        templates = [("default", "Default", ("en", "ko")), ("brief", "Brief", ("en",))]
        return ReportBackend(self.prepare_report, self.render_pdf, templates, (FakeReportError,))


class RealReporting:
    timeout_ms = 120_000


def real_backend_available() -> bool:
    try:
        report_dialog.load_backend()
    except ImportError:
        return False
    return True


def use_report_backend(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The real reporting service when it is installed, else the fake."""
    if real_backend_available():
        return RealReporting()
    fake = FakeReporting()
    monkeypatch.setattr(report_dialog, "load_backend", fake.backend)
    return fake


def use_fake_reporting(monkeypatch: pytest.MonkeyPatch) -> FakeReporting:
    fake = FakeReporting()
    monkeypatch.setattr(report_dialog, "load_backend", fake.backend)
    return fake
