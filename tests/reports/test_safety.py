"""SECURITY.md, "Report rendering": hostile answers and hostile templates.

User text stays text, nothing outside the template and font folders is read,
nothing reaches the network, and the time and memory limits stop templates
that never end, with a clear error and no file left behind.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from app import paths
from app.core.answers import Answer
from app.reports.errors import ReportCancelled, ReportError
from app.reports.pdf import RenderProcess
from app.services.reporting import PreparedReport, prepare_report, render_pdf
from app.services.workspace import Workspace

pytestmark = pytest.mark.slow

TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
LONG_WORD = "Supercalifragilistic" * 150  # 3,000 letters, no break opportunity
HOSTILE = '<img src="file:///etc/passwd"> {{ 7*7 }} <script>alert(1)</script>'
BIG_TEXT = ("<b>not bold</b> {% raw %} 100 KB of text " * 3000)[:100_000]


def image_count(pdf: Path) -> int:
    """Raster images reachable from any page (XObjects, patterns, forms, nested)."""
    reader = PdfReader(pdf)
    seen: set[tuple[int, int]] = set()
    count = 0
    stack: list[Any] = [page.get_object() for page in reader.pages]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, dict):
            if item.get("/Subtype") == "/Image":
                count += 1
            stack.extend(v for k, v in item.items() if k not in ("/Parent", "/SMask"))
        elif isinstance(item, list):
            stack.extend(item)
    return count


def pdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


# hostile answers -----------------------------------------------------------------------
def _save_hostile_answers(ws: Workspace, assessment_id: int) -> None:
    opened = ws.open(assessment_id)
    ws.save_answer(opened, "system_name", Answer("<b>bold?</b><script>alert(1)</script>"))
    ws.save_answer(opened, "purpose", Answer(f"{HOSTILE}\n{LONG_WORD}"), note=BIG_TEXT)
    ws.save_answer(opened, "host_region", Answer('<link rel="attachment" href="file:///etc/passwd">'))
    rows = ({"recipient": '<a rel="attachment" href="file:///etc/passwd">x</a>', "country": "US"},)
    ws.save_answer(opened, "transfers", Answer(rows))


def test_hostile_answers_come_out_as_literal_text(
    workspace: Workspace, assessment_id: int, tmp_path: Path
) -> None:
    _save_hostile_answers(workspace, assessment_id)
    prepared = prepare_report(workspace, assessment_id)
    html = prepared.html
    assert '<img src="file:///etc/passwd">' not in html
    assert "<script>" not in html and 'rel="attachment" href="file' not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt; {{ 7*7 }}" in html
    assert BIG_TEXT.replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;")[:5000] in html

    result = render_pdf(prepared, tmp_path / "hostile.pdf")
    assert not [w for w in result.warnings if w.startswith("refused")], result.warnings
    text = pdf_text(result.path)
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script>" in text
    assert "root:x:0:0" not in text
    assert image_count(result.path) == 0
    assert set(PdfReader(result.path).attachments) == {"aipia-report-data.json"}
    assert_nothing_overflows(result.path)


def assert_nothing_overflows(pdf: Path) -> None:
    """Every word lies inside the page (the 3,000-letter word must wrap)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    bbox = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    import re

    width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))  # type: ignore[union-attr]
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= width - 30  # inside the right margin


# hostile templates ---------------------------------------------------------------------
HOSTILE_TEMPLATE = """<!DOCTYPE html>
<html><head>
<link rel="stylesheet" href="../outside.css">
<link rel="stylesheet" href="https://example.com/a.css">
<link rel="attachment" href="file:///etc/passwd" title="passwd">
<style>
@import url("http://example.com/b.css");
@font-face { font-family: X; src: url("file:///etc/passwd"); }
body { background: url("../secret.png"); }
</style>
</head><body>
<p>visible {{ who }}</p>
<img src="file:///etc/passwd"><img src="../secret.png"><img src="%2e%2e/secret.png">
<img src="http://127.0.0.1:9/x.png"><img src="file://localhost/etc/passwd">
<img src="link.png"><img src="sub/../../secret.png"><img src="ok.png">
<a rel="attachment" href="file:///etc/passwd">passwd</a>
<a rel="attachment" href="../secret.txt">secret</a>
<object data="file:///etc/passwd"></object><embed src="file:///etc/passwd">
<iframe src="file:///etc/passwd"></iframe>
</body></html>
"""


@pytest.fixture
def hostile_template(tmp_path: Path) -> Path:
    (tmp_path / "outside.css").write_text("p { color: red }")
    (tmp_path / "secret.png").write_bytes(TINY_PNG)
    (tmp_path / "secret.txt").write_text("secret")
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "report.html").write_text(HOSTILE_TEMPLATE)
    (folder / "link.png").symlink_to(tmp_path / "secret.png")
    (folder / "ok.png").write_bytes(TINY_PNG)  # the one image a template may use
    return folder


def test_a_hostile_template_pulls_nothing_in(hostile_template: Path, tmp_path: Path) -> None:
    process = RenderProcess()
    try:
        html = process.render_html(hostile_template, "report.html", {"who": "<b>me</b>"})
        assert "visible &lt;b&gt;me&lt;/b&gt;" in html
        output = tmp_path / "evil.pdf"
        outcome = process.render_pdf(html, hostile_template, [hostile_template, paths.fonts_dir()],
                                     [], output)
    finally:
        process.close()
    assert outcome.network_attempts == ()
    refused = "\n".join(outcome.denied)
    for url in ("https://example.com/a.css", "http://example.com/b.css", "file:///etc/passwd",
                "secret.png", "outside.css", "link.png", "secret.txt", "http://127.0.0.1:9",
                "file://localhost/etc/passwd"):
        assert url in refused, url
    assert "ok.png" not in refused
    reader = PdfReader(output)
    assert reader.attachments == {}
    assert image_count(output) == 1  # ok.png only: the count works, and nothing else came in
    assert "root:" not in pdf_text(output)


def test_the_render_process_cannot_open_sockets() -> None:
    code = (
        "import socket, sys\n"
        "from app.reports import worker\n"
        "sys.addaudithook(worker.network_guard)\n"
        "for call in (lambda: socket.create_connection(('127.0.0.1', 9), timeout=1),\n"
        "             lambda: socket.getaddrinfo('example.com', 80)):\n"
        "    try:\n"
        "        call()\n"
        "    except PermissionError:\n"
        "        pass\n"
        "print(len(worker.network_attempts))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "2"


# limits -------------------------------------------------------------------------------
COLSPAN_HTML = "<table>" + '<tr><td colspan="65534">x</td></tr>' * 40 + "</table>"


def template_folder(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    (folder / "report.html").write_text(body)
    return folder


def test_a_huge_colspan_table_is_stopped_by_the_cpu_limit(tmp_path: Path) -> None:
    folder = template_folder(tmp_path, COLSPAN_HTML)
    output = tmp_path / "out.pdf"
    process = RenderProcess()
    with pytest.raises(ReportError) as caught:
        process.render_pdf(COLSPAN_HTML, folder, [folder], [], output, cpu_seconds=3)
    # the clock backstop is ten minutes: only the CPU limit (or memory) can have stopped it
    assert caught.value.kind in ("cpu", "memory")
    assert "3 seconds of processor time" in str(caught.value) or "memory" in str(caught.value)
    assert not process.alive


def test_the_clock_backstop_stops_what_the_cpu_limit_allows(tmp_path: Path) -> None:
    folder = template_folder(tmp_path, COLSPAN_HTML)
    process = RenderProcess()
    with pytest.raises(ReportError, match="seconds of clock time") as caught:
        process.render_pdf(COLSPAN_HTML, folder, [folder], [], tmp_path / "out.pdf",
                           cpu_seconds=600, timeout=3)
    assert caught.value.kind == "timeout"
    assert not process.alive


def test_an_endless_template_loop_is_stopped_by_the_cpu_limit(tmp_path: Path) -> None:
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    folder = template_folder(tmp_path, loop)
    process = RenderProcess(preload=False)
    with pytest.raises(ReportError, match="more than 3 seconds of processor time") as caught:
        process.render_html(folder, "report.html", {}, cpu_seconds=3)
    assert caught.value.kind == "cpu"


def test_each_job_of_a_process_gets_its_own_cpu_budget(tmp_path: Path) -> None:
    """A warm process first fills in the template, then lays out: the second job's limit
    counts from where the first one ended, not from the start of the process."""
    busy = "{% for i in range(1000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}done"
    folder = template_folder(tmp_path, busy)  # about 0.7 s of CPU per job
    process = RenderProcess(preload=False)
    try:
        for _ in range(8):  # 5 s of CPU in all, each job allowed 2 s: only per-job budgets pass
            assert process.render_html(folder, "report.html", {}, cpu_seconds=2) == "done"
    finally:
        process.close()


def test_a_template_eating_memory_is_stopped_by_the_memory_limit(tmp_path: Path) -> None:
    grow = (
        "{% macro grow(s, n) %}{% if n > 0 %}{{ grow(s ~ s, n - 1) }}"
        "{% else %}{{ s | length }}{% endif %}{% endmacro %}{{ grow('x', 45) }}"
    )
    folder = template_folder(tmp_path, grow)
    process = RenderProcess(memory_limit=768 * 2**20, preload=False)
    with pytest.raises(ReportError, match="memory") as caught:
        process.render_html(folder, "report.html", {})
    assert caught.value.kind == "memory"
    assert "768 MB" in str(caught.value)


def test_cancel_stops_a_render_and_leaves_no_file(tmp_path: Path) -> None:
    folder = template_folder(tmp_path, COLSPAN_HTML)
    prepared = PreparedReport(1, "tpl", "en", "t", COLSPAN_HTML, str(folder), (str(folder),),
                              (("data.json", b"{}", "data"),), "0" * 64)
    output = tmp_path / "cancelled.pdf"
    cancel = threading.Event()
    threading.Timer(1.0, cancel.set).start()
    with pytest.raises(ReportCancelled):  # not the CPU limit's or the clock's ReportError
        render_pdf(prepared, output, cancel=cancel)
    assert list(tmp_path.glob("cancelled*")) == [] and list(tmp_path.glob(".cancelled*")) == []


def test_a_failed_render_leaves_no_file(tmp_path: Path) -> None:
    folder = template_folder(tmp_path, COLSPAN_HTML)
    prepared = PreparedReport(1, "tpl", "en", "t", COLSPAN_HTML, str(folder), (str(folder),),
                              (("data.json", b"{}", "data"),), "0" * 64)
    output = tmp_path / "failed.pdf"
    output.write_bytes(b"%PDF- an older report")  # an existing file is not damaged either
    with pytest.raises(ReportError):
        render_pdf(prepared, output, timeout=3)  # the clock backstop, to fail fast
    assert output.read_bytes() == b"%PDF- an older report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_importing_the_reports_layer_stays_light() -> None:
    code = (
        "import sys\n"
        "import app.reports, app.reports.pdf, app.reports.context, app.reports.templates\n"
        "import app.services.reporting, app.cli.report_commands\n"
        "heavy = ('weasyprint', 'jinja2', 'PySide6', 'fontTools')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"


def test_a_render_process_can_be_started_ahead() -> None:
    from app.reports.render_pool import RenderPool

    pool = RenderPool()
    pool.prestart()
    pool.prestart()  # idempotent while the first is alive
    process = pool.take()
    try:
        assert process.alive
        fresh = pool.take()  # none left: a new one
        assert fresh is not process
        fresh.close()
    finally:
        process.close()


def test_a_handed_over_process_is_taken_back_once_and_closing_the_workspace_stops_it(
        tmp_path: Path) -> None:
    from app.services.workspace import Workspace

    with Workspace(tmp_path / "data") as workspace:
        pool = workspace.render_pool
        assert workspace.render_pool is pool  # one pool per workspace
        process = pool.take()
        key = pool.hand_over(process)
        assert pool.take_back(key) is process and pool.take_back(key) is None  # once
        key = pool.hand_over(process)
    assert not process.alive  # the workspace closed: its render processes are stopped
    assert pool.take_back(key) is None
