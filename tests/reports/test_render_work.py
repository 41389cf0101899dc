"""How the render process lays a report out: what it costs in operations, not in seconds.

Issue 19: the cyclic garbage collector used to walk WeasyPrint's live objects about a
thousand times in the demo report; the render now collects rarely, and puts Python's
settings back afterwards (the render process serves more jobs).
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.reports import worker

QUESTION = ('<div class="q q-answered"><p class="q-label">질문 {n}: 이 시스템은 개인정보를 '
            '처리합니까? <span class="qid">q{n:03d}</span></p>'
            '<div class="value">예, 고객 상담 기록을 요약합니다. Answer {n}.</div></div>')


def answers_job(folder: Path, questions: int) -> dict[str, Any]:
    """A render job: the default template's stylesheet over ``questions`` answered questions."""
    template = paths.report_templates_dir() / "default"
    body = "\n".join(QUESTION.format(n=n) for n in range(questions))
    html = (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">'
            f'<link rel="stylesheet" href="report.css"></head><body class="lang-ko">'
            f'<section class="chapter"><h1>응답 내역</h1>{body}</section></body></html>')
    return {"kind": "pdf", "html": html, "base_url": template.as_uri() + "/",
            "roots": [str(template), str(paths.fonts_dir())], "attachments": [],
            "output": str(folder / "answers.pdf")}


@pytest.mark.slow
def test_a_render_seldom_runs_the_garbage_collector(tmp_path: Path) -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    before = gc.get_threshold()
    gc.callbacks.append(count)
    try:
        result = worker.pdf_job(answers_job(tmp_path, 400), lambda _: None)
    finally:
        gc.callbacks.remove(count)
    assert result["pages"] >= 10
    assert len(collections) <= 25, f"{len(collections)} collections"  # Python's defaults: 300+
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
