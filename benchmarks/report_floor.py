"""The demo report's layout cost, against the same text laid out as plain paragraphs.

Ours: the final HTML of the built-in demo assessment's report (Korean), laid
out and written by the render process's own PDF step
(:func:`app.reports.worker.pdf_job`: WeasyPrint through the app's fetcher,
with the attached data), in a fresh process.

Floor: the text of that PDF (``pdftotext``, from poppler-utils) as plain
paragraphs, in the same fonts (the template's ``@font-face`` rules), page
size and body type size, through the same ``pdf_job`` in a fresh process.
The ratio is what the template's tables, boxes, running headers and charts
cost on top of setting the same words.

WeasyPrint alone: the same final HTML through a bare ``HTML(...).write_pdf()``
(only the app's allow-list fetcher, so ``aipia-font:`` names resolve; no
attachment, no log handlers, no audit hook), in a fresh process. The ratio is
what the app's PDF step adds around WeasyPrint.

All are the CPU time (``time.process_time``) of the PDF step alone; importing
WeasyPrint happens before the clock starts. ``pdftotext`` is needed by the
benchmark only (``apt install poppler-utils``); nothing else needs it.
"""

from __future__ import annotations

import html
import json
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from harness import ROOT, medians

sys.path.insert(0, str(ROOT))

PDF_JOB = """
import json, pickle, sys, time
from app.reports import fetcher, worker  # noqa: F401 - imports are not part of the row
import weasyprint  # noqa: F401
sys.addaudithook(worker.network_guard)  # as in the render process
with open(sys.argv[1], "rb") as handle:
    job = pickle.load(handle)
started = time.process_time()
result = worker.pdf_job(job, lambda text: None)
print(json.dumps({"cpu": time.process_time() - started, "pages": result["pages"]}))
"""

WEASYPRINT_ALONE = """
import json, pickle, sys, time
from app.reports.fetcher import FetchPolicy, make_fetcher
import weasyprint
with open(sys.argv[1], "rb") as handle:
    job = pickle.load(handle)
fetcher = make_fetcher(FetchPolicy.for_folders(job["roots"]))
started = time.process_time()
document = weasyprint.HTML(string=job["html"], base_url=job["base_url"],
                           url_fetcher=fetcher).render()
document.write_pdf(job["output"])
print(json.dumps({"cpu": time.process_time() - started, "pages": len(document.pages)}))
"""

FLOOR_STYLE = """
@font-face { font-family: "Nanum Gothic"; font-weight: 400;
  src: url("../../resources/fonts/NanumGothic.ttf") format("truetype"); }
@font-face { font-family: "Nanum Gothic"; font-weight: 700;
  src: url("../../resources/fonts/NanumGothicBold.ttf") format("truetype"); }
@page { size: A4; margin: 24mm 19mm 22mm 19mm; }
html { font-family: "Nanum Gothic"; font-size: 9.4pt; line-height: 1.5; }
p { margin: 0 0 2mm; }
"""


class PdftotextMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class ReportRow:
    ours: float
    floor: float
    alone: float  # WeasyPrint alone on the same HTML
    pages: int
    floor_pages: int


def demo_job(folder: Path, lang: str = "ko") -> dict[str, object]:
    """The PDF job of the demo report, as the render process receives it."""
    from app.services.demo import import_demo
    from app.services.reporting import prepare_report
    from app.services.workspace import Workspace

    with Workspace(folder / "data") as ws:  # closing it stops the render process it started
        prepared = prepare_report(ws, import_demo(ws).id, lang=lang)
    return {"kind": "pdf", "html": prepared.html,
            "base_url": Path(prepared.base_folder).resolve().as_uri() + "/",
            "roots": list(prepared.roots), "attachments": list(prepared.attachments),
            "output": str(folder / "ours.pdf")}


def plain_text(pdf_file: Path) -> str:
    """The text of ``pdf_file``, by pdftotext (poppler-utils)."""
    program = shutil.which("pdftotext")
    if program is None:
        raise PdftotextMissing("the report row needs pdftotext: apt install poppler-utils "
                               "(for this benchmark only), or leave the row out with --skip report")
    result = subprocess.run([program, "-enc", "UTF-8", str(pdf_file), "-"],
                            capture_output=True, text=True, encoding="utf-8", check=True)
    return result.stdout


def paragraphs_html(text: str, lang: str) -> str:
    """``text`` as plain paragraphs (blank lines and page breaks end one), in the floor's style."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n|\f", text)]
    body = "\n".join(f"<p>{html.escape(block)}</p>" for block in blocks if block)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<style>{FLOOR_STYLE}</style></head><body>\n{body}\n</body></html>")


def run_job(job: dict[str, object], folder: Path, name: str,
            code: str = PDF_JOB) -> tuple[float, int]:
    """CPU seconds of ``code`` (default: ``pdf_job``) on ``job`` in a fresh process, and pages."""
    job_file = folder / f"{name}.job"
    job_file.write_bytes(pickle.dumps(job))
    result = subprocess.run([sys.executable, "-c", code, str(job_file)], cwd=ROOT,
                            capture_output=True, text=True, timeout=900, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"the {name} render failed:\n{result.stderr[-2000:]}")
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    return float(answer["cpu"]), int(answer["pages"])


def measure(runs: int, lang: str = "ko") -> ReportRow:
    with tempfile.TemporaryDirectory(prefix="aipia-bench-report-") as temp:
        folder = Path(temp)
        ours_job = demo_job(folder, lang)
        _, pages = run_job(ours_job, folder, "ours")  # also the PDF the floor's text comes from
        floor_job = dict(ours_job, html=paragraphs_html(plain_text(folder / "ours.pdf"), lang),
                         attachments=[], output=str(folder / "floor.pdf"))
        _, floor_pages = run_job(floor_job, folder, "floor")
        alone_job = dict(ours_job, output=str(folder / "alone.pdf"))
        ours, floor, alone = medians(
            runs, lambda: run_job(ours_job, folder, "ours")[0],
            lambda: run_job(floor_job, folder, "floor")[0],
            lambda: run_job(alone_job, folder, "alone", WEASYPRINT_ALONE)[0])
    return ReportRow(ours, floor, alone, pages, floor_pages)
