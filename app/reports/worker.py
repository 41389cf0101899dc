"""The render process: runs template and WeasyPrint jobs under a memory limit, offline.

Started by :class:`app.reports.pdf.RenderProcess` with the ``spawn`` start
method. Before anything else it caps its own address space (``RLIMIT_AS``),
turns off core dumps and installs an audit hook that refuses (and records)
every socket and URL-opening event, so neither a template nor WeasyPrint can
reach the network. Then it serves jobs from the pipe until told to stop, idle
for :data:`IDLE_SECONDS`, or an error leaves it in doubt. Each job sets its own
CPU-time limit (the job's ``cpu_seconds``, see :mod:`app.reports.limits`): past
it the kernel stops the process with SIGXCPU. The parent only adds a much
larger clock backstop, by killing the process.

Messages to the parent: ``("progress", text)``, ``("done", result)``,
``("error", kind, message)``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.reports.errors import ReportError
from app.reports.limits import limit_cpu

IDLE_SECONDS = 120.0
PROGRESS_INTERVAL = 0.25
MAX_WARNINGS = 20
MAX_MISSING_SHOWN = 12
MISSING_GLYPH = ".notdef glyph rendered for Unicode string unsupported by fonts"
# Environment notices, not problems of the report (HarfBuzz-Subset is missing on older systems).
QUIET_WARNINGS = ("Using fontTools instead of HarfBuzz-Subset",)
# What the render process listens to: WeasyPrint's steps and warnings, and fontTools'
# warnings (it subsets fonts where HarfBuzz cannot), which would otherwise print to stderr.
LOGGERS = {"weasyprint": logging.INFO, "weasyprint.progress": logging.INFO,
           "fontTools": logging.WARNING}
NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "socket.sendto",
        "socket.sendmsg",
        "urllib.Request",
        "http.client.connect",
        "ftplib.connect",
        "smtplib.connect",
    }
)

# WeasyPrint keeps a few hundred thousand objects alive while it lays out a long report, and
# the cyclic collector with Python's default thresholds (700, 10, 10) walks them about a
# thousand times: ~15% of the demo report's CPU. Layout makes few reference cycles, so the
# render collects far less often; the objects alive before it are frozen (never scanned).
RENDER_GC_THRESHOLD = (50_000, 20, 100)

network_attempts: list[str] = []


def network_guard(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook: no network from the render process; each attempt is recorded and refused."""
    if event in NETWORK_EVENTS:
        network_attempts.append(f"{event} {args!r}"[:300])
        raise PermissionError(f"network access is disabled while rendering reports ({event})")


def limit_memory(limit_bytes: int | None) -> None:
    """Cap this process's address space; a no-op where ``resource`` is missing (Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if limit_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))


def _preload() -> None:
    """Import WeasyPrint while the parent is still preparing the report (it takes a second)."""
    with contextlib.suppress(Exception):
        import weasyprint  # noqa: F401


def child_main(conn: Connection, memory_limit: int | None, preload: bool) -> None:
    """Entry point of the render process."""
    sys.addaudithook(network_guard)
    limit_memory(memory_limit)
    if preload:
        threading.Thread(target=_preload, name="preload-weasyprint", daemon=True).start()
    while True:
        try:
            if not conn.poll(IDLE_SECONDS):
                return
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if not _serve(conn, job):
            return


def _serve(conn: Connection, job: dict[str, Any]) -> bool:
    """Run one job and answer; False when the process should end."""
    try:
        handler = JOBS[job["kind"]]
        started = time.process_time()
        limit_cpu(job.get("cpu_seconds"))
        result = handler(job, _progress_sender(conn))
        result["network_attempts"] = list(network_attempts)
        result["cpu_seconds"] = time.process_time() - started
        conn.send(("done", result))
        return True
    except ReportError as exc:
        conn.send(("error", exc.kind, str(exc)))
    except MemoryError:
        conn.send(("error", "memory", "out of memory"))
    except RecursionError:
        conn.send(("error", "render", "the document is nested too deeply to lay out"))
    except Exception as exc:  # a failed render must answer, not vanish
        conn.send(("error", "render", f"{type(exc).__name__}: {exc}"))
    return False


def _progress_sender(conn: Connection) -> Callable[[str], None]:
    def send(text: str) -> None:
        conn.send(("progress", text))

    return send


def html_job(job: dict[str, Any], progress: Callable[[str], None]) -> dict[str, Any]:
    """Jinja2: template + plain context -> HTML."""
    from app.reports.sandbox import render_template

    progress("Filling in the template")
    html = render_template(Path(job["folder"]), job["name"], job["context"])
    return {"html": html}


class _Collect(logging.Handler):
    """Forwards WeasyPrint's progress steps and keeps its warnings, each kind once.

    WeasyPrint warns once per drawn character that no font has (an emoji, a rare
    script); those become one line listing the characters (:meth:`lines`).
    """

    def __init__(self, progress: Callable[[str], None]) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.counts: dict[str, int] = {}
        self.missing: dict[int, int] = {}  # code point -> times drawn as an empty box
        self.last = 0.0
        self.step = ""

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "weasyprint.progress":
            message = record.getMessage()
            now = time.monotonic()
            # one message per page would flood the pipe; a new step always goes through
            if now - self.last >= PROGRESS_INTERVAL or message[:6] != self.step:
                self.last, self.step = now, message[:6]
                self.progress(message)
            return
        if record.levelno < logging.WARNING:
            return
        codepoint = _missing_glyph(record)
        if codepoint is not None:
            self.missing[codepoint] = self.missing.get(codepoint, 0) + 1
            return
        message = record.getMessage()[:300]
        if not message.startswith(QUIET_WARNINGS) and (
            message in self.counts or len(self.counts) < MAX_WARNINGS
        ):
            self.counts[message] = self.counts.get(message, 0) + 1

    def lines(self) -> list[str]:
        """The warnings, one line per kind (repeats counted), missing characters first."""
        found = [missing_glyphs_line(self.missing)] if self.missing else []
        return found + [
            message if count == 1 else f"{message} ({count} times)"
            for message, count in self.counts.items()
        ]


def _missing_glyph(record: logging.LogRecord) -> int | None:
    """The code point of a "no font has this character" warning, else None."""
    args = record.args
    if (
        isinstance(record.msg, str)
        and record.msg.startswith(MISSING_GLYPH)
        and isinstance(args, tuple)
        and len(args) == 2
        and isinstance(args[1], int)
    ):
        return args[1]
    return None


def missing_glyphs_line(missing: dict[int, int]) -> str:
    """One line for every character no font could draw (shown as an empty box in the PDF)."""
    shown = ", ".join(
        f"{chr(c)} (U+{c:04X})" if chr(c).isprintable() else f"U+{c:04X}"
        for c in sorted(missing)[:MAX_MISSING_SHOWN]
    )
    more = len(missing) - MAX_MISSING_SHOWN
    return (
        f"{len(missing)} character(s) are in no font of the report and print as empty boxes "
        f"({sum(missing.values())} times): {shown}" + (f" and {more} more" if more > 0 else "")
    )


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with :data:`RENDER_GC_THRESHOLD`; the thresholds and objects come back after."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*RENDER_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def pdf_job(job: dict[str, Any], progress: Callable[[str], None]) -> dict[str, Any]:
    """WeasyPrint: HTML -> PDF file, through the allow-list fetcher, with attachments."""
    with fewer_collections():
        return _write_pdf(job, progress)


def _write_pdf(job: dict[str, Any], progress: Callable[[str], None]) -> dict[str, Any]:
    from app.reports.fetcher import FetchPolicy, make_fetcher

    progress("Starting the PDF engine")
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise ReportError(
            f"WeasyPrint cannot start: {exc}. It needs the Pango library.", "render"
        ) from None
    policy = FetchPolicy.for_folders(job["roots"])
    collect = _Collect(progress)
    for name, level in LOGGERS.items():
        logging.getLogger(name).addHandler(collect)
        logging.getLogger(name).setLevel(level)
    fetcher = make_fetcher(policy)
    document = weasyprint.HTML(
        string=job["html"], base_url=job["base_url"], url_fetcher=fetcher
    ).render(presentational_hints=False)
    pages = len(document.pages)
    progress(f"Writing {pages} pages")
    attachments = [
        weasyprint.Attachment(
            string=body, name=name, description=description, relationship="Data",
            url_fetcher=fetcher,
        )
        for name, body, description in job["attachments"]
    ]
    document.write_pdf(job["output"], attachments=attachments, presentational_hints=False)
    return {
        "pages": pages,
        "denied": list(policy.denied),
        "warnings": collect.lines(),
        "peak_memory_mb": peak_memory_mb(),
    }


def peak_memory_mb() -> float:
    """The most resident memory this process has used (0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


JOBS: dict[str, Callable[[dict[str, Any], Callable[[str], None]], dict[str, Any]]] = {
    "html": html_job,
    "pdf": pdf_job,
}
