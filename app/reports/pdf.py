"""Rendering in a separate, killable process with a CPU-time and a memory limit.

A hostile template or a huge answer must not hang or kill the app, and a busy
machine must not make a normal report fail (SECURITY.md, "Report rendering").
Every template and WeasyPrint run happens in a :class:`RenderProcess`
(``multiprocessing`` spawn context, so no state of the app is inherited): the
process limits its own address space and, per job, its CPU time, scaled by the
size of the job, and refuses network access (see :mod:`app.reports.worker` and
:mod:`app.reports.limits`); this side kills it when the much larger clock
backstop passes or the caller cancels, and turns every way it can end into a
:class:`ReportError` with a message a user can act on.

WeasyPrint takes about a second to import, so a process started at the
beginning of a report imports it in the background while the report data is
gathered; a :class:`app.reports.render_pool.RenderPool` hands that warm
process from the template step to the PDF step.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.reports import worker
from app.reports.errors import ReportCancelled, ReportError
from app.reports.limits import MEMORY_LIMIT_BYTES, cpu_budget, wall_backstop

POLL_SECONDS = 0.05
PARK_SECONDS = 90.0

Progress = Callable[[str], None]
Attachment = tuple[str, bytes, str]  # file name, content, description


@dataclass(frozen=True)
class PdfOutcome:
    pages: int
    denied: tuple[str, ...]  # URLs the fetcher refused, with the reason
    network_attempts: tuple[str, ...]  # socket events the audit hook refused (should be none)
    warnings: tuple[str, ...]
    peak_memory_mb: float = 0.0  # resident, of the render process
    cpu_seconds: float = 0.0  # processor time the PDF job used


class RenderProcess:
    """One render process; use for at most one template job and one PDF job, then close."""

    def __init__(self, memory_limit: int | None = MEMORY_LIMIT_BYTES, preload: bool = True):
        self.memory_limit = memory_limit
        self._cpu_seconds = 0.0  # the running job's CPU budget, for the message
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe()
        self._process = context.Process(
            target=worker.child_main,
            args=(child_conn, memory_limit, preload),
            name="aipia-report-render",
            daemon=True,
        )
        with _main_module_hidden():
            self._process.start()
        child_conn.close()
        self._broken = False

    @property
    def alive(self) -> bool:
        return not self._broken and self._process.is_alive()

    def render_html(
        self,
        folder: Path,
        name: str,
        context: dict[str, Any],
        *,
        cpu_seconds: float | None = None,
        timeout: float | None = None,
        progress: Progress | None = None,
    ) -> str:
        """Fill in the template ``folder/name`` with ``context`` (plain data) and return HTML.

        ``cpu_seconds`` (default: scaled by the size of ``context``) limits the
        processor time, ``timeout`` (default: :func:`~app.reports.limits.wall_backstop`)
        the clock time.
        """
        job = {"kind": "html", "folder": str(folder), "name": name, "context": context,
               "cpu_seconds": cpu_seconds or cpu_budget(len(pickle.dumps(context)))}
        result = self._run(job, timeout, None, progress)
        return str(result["html"])

    def render_pdf(
        self,
        html: str,
        base_folder: Path,
        roots: Sequence[Path],
        attachments: Sequence[Attachment],
        output: Path,
        *,
        cpu_seconds: float | None = None,
        timeout: float | None = None,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> PdfOutcome:
        """Lay out ``html`` and write the PDF to ``output`` (the caller renames it into place).

        Relative URLs resolve against ``base_folder``; only files inside ``roots``
        (and ``data:`` URLs) can be read. ``cpu_seconds`` defaults to a budget
        scaled by the size of ``html``; ``timeout`` is the clock backstop.
        """
        job = {
            "kind": "pdf",
            "html": html,
            "base_url": base_folder.resolve().as_uri() + "/",
            "roots": [str(root) for root in roots],
            "attachments": list(attachments),
            "output": str(output),
            "cpu_seconds": cpu_seconds or cpu_budget(len(html.encode("utf-8"))),
        }
        result = self._run(job, timeout, cancel, progress)
        return PdfOutcome(
            int(result["pages"]),
            tuple(result["denied"]),
            tuple(result["network_attempts"]),
            tuple(result["warnings"]),
            float(result.get("peak_memory_mb", 0.0)),
            float(result.get("cpu_seconds", 0.0)),
        )

    def close(self) -> None:
        """Stop the process (politely if idle, else by force)."""
        if self._process.is_alive() and not self._broken:
            try:
                self._conn.send(None)
                self._process.join(1.0)
            except OSError:
                pass
        self.kill()

    def kill(self) -> None:
        self._broken = True
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5.0)
        self._conn.close()

    # the time limit, cancel and the ways a render can end -------------------------
    def _run(
        self,
        job: dict[str, Any],
        timeout: float | None,
        cancel: threading.Event | None,
        progress: Progress | None,
    ) -> dict[str, Any]:
        if self._broken:
            raise ReportError("the render process was already used up; start a new one", "crashed")
        self._cpu_seconds = float(job["cpu_seconds"])
        timeout = timeout or wall_backstop(self._cpu_seconds)
        deadline = time.monotonic() + timeout
        threading.Thread(target=self._send, args=(job,), daemon=True).start()
        try:
            return self._wait(deadline, timeout, cancel, progress)
        except BaseException:
            self.kill()
            raise

    def _send(self, job: dict[str, Any]) -> None:
        with contextlib.suppress(OSError, ValueError):  # died or killed: _wait reports why
            self._conn.send(job)

    def _wait(
        self,
        deadline: float,
        timeout: float,
        cancel: threading.Event | None,
        progress: Progress | None,
    ) -> dict[str, Any]:
        while True:
            if cancel is not None and cancel.is_set():
                raise ReportCancelled()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReportError(
                    f"The report took longer than {timeout:g} seconds of clock time and was "
                    "stopped. The machine may be very busy, or the render process waits for "
                    "something; try again.",
                    "timeout",
                )
            if self._conn.poll(min(POLL_SECONDS, remaining)):
                message = self._receive()
                if message[0] == "progress":
                    if progress is not None:
                        progress(str(message[1]))
                    continue
                if message[0] == "done":
                    result: dict[str, Any] = message[1]
                    return result
                raise self._error(str(message[1]), str(message[2]))
            elif not self._process.is_alive():
                raise self._died()

    def _receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self._conn.recv()
        except (EOFError, OSError):
            self._process.join(1.0)
            raise self._died() from None
        return message

    def _error(self, kind: str, message: str) -> ReportError:
        if kind == "memory":
            return ReportError(self._memory_text(), "memory")
        if kind == "template":
            return ReportError(f"The report template failed: {message}", "template")
        return ReportError(f"The PDF could not be rendered: {message}", kind)

    def _memory_text(self) -> str:
        limit = f"{self.memory_limit // 2**20} MB" if self.memory_limit else "the available memory"
        return (
            f"The report needed more memory than its limit ({limit}) and was stopped. "
            "The template may build something enormous (a huge table or an endless loop)."
        )

    def _died(self) -> ReportError:
        code = self._process.exitcode
        if code is not None and -code == getattr(signal, "SIGXCPU", None):
            return ReportError(
                f"The report needed more than {self._cpu_seconds:.0f} seconds of processor time "
                "and was stopped. The template may loop without end, or build something "
                "enormous for this assessment.",
                "cpu",
            )
        if code is not None and code < 0 and -code in (signal.SIGSEGV, signal.SIGABRT, 9):
            return ReportError(self._memory_text(), "memory")
        return ReportError(
            f"The render process stopped unexpectedly (exit code {code}).", "crashed"
        )


_start_lock = threading.Lock()


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start the child without re-running the parent's ``__main__``.

    ``spawn`` re-imports the parent's main script in the child (to find
    functions defined there). The render process needs nothing from it, and
    re-running it is slow at best (a GUI script imports Qt) and fails at worst
    (``python -`` has no file), so its path is hidden while the child starts.
    """
    main = sys.modules.get("__main__")
    with _start_lock:
        saved = main.__dict__.pop("__file__", None) if main is not None else None
        try:
            yield
        finally:
            if main is not None and saved is not None:
                main.__file__ = saved
