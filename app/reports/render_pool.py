"""The warm render processes of one workspace: one started ahead, and those handed over.

A report fills in its template in a render process, then lays out the PDF in
the same process (WeasyPrint is imported there once). The two steps may run on
different threads, the second one later, so the template step *hands over*
its process under a plain key kept in the prepared report, and the PDF step
*takes it back*. A process can also be started ahead (:meth:`RenderPool.prestart`)
so that a report need not wait for WeasyPrint to import. Thread-safe.
"""

from __future__ import annotations

import threading
import time
import uuid

from app.reports.pdf import RenderProcess

HAND_OVER_SECONDS = 90.0  # a process handed over and not taken back by then is stopped


class RenderPool:
    """Render processes kept warm between the steps of a report; :meth:`close` stops them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spare: RenderProcess | None = None
        self._handed: dict[str, tuple[RenderProcess, float]] = {}

    def prestart(self) -> None:
        """Start a process now, so the next report need not wait for WeasyPrint to import.

        The process exits by itself when unused for a while
        (:data:`app.reports.worker.IDLE_SECONDS`).
        """
        with self._lock:
            if self._spare is not None and self._spare.alive:
                return
        process = RenderProcess()
        with self._lock:
            old, self._spare = self._spare, process
        if old is not None:
            old.close()

    def take(self) -> RenderProcess:
        """The process started ahead if it is still alive, else a new one."""
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is not None and spare.alive:
            return spare
        return RenderProcess()

    def hand_over(self, process: RenderProcess) -> str:
        """Keep a live process for :meth:`take_back`; returns its key (plain, picklable)."""
        key = uuid.uuid4().hex
        now = time.monotonic()
        with self._lock:
            stale = [k for k, (_, since) in self._handed.items()
                     if now - since > HAND_OVER_SECONDS]
            old = [self._handed.pop(k)[0] for k in stale]
            self._handed[key] = (process, now)
        for leftover in old:
            leftover.close()
        return key

    def take_back(self, key: str | None) -> RenderProcess | None:
        """The process handed over under ``key`` if it is still alive (each key works once)."""
        if not key:
            return None
        with self._lock:
            entry = self._handed.pop(key, None)
        if entry is None:
            return None
        if not entry[0].alive:
            entry[0].kill()
            return None
        return entry[0]

    def release(self, key: str | None) -> None:
        """Stop a handed-over process that will not be used (e.g. only the HTML was wanted)."""
        process = self.take_back(key)
        if process is not None:
            process.close()

    def close(self) -> None:
        """Stop every process of the pool."""
        with self._lock:
            processes = [p for p, _ in self._handed.values()]
            if self._spare is not None:
                processes.append(self._spare)
            self._handed.clear()
            self._spare = None
        for process in processes:
            process.close()
