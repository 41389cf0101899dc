"""How much processor time, memory and clock time one render may use.

The real limit is **CPU time**, which a busy machine does not eat into: the
45-page demo report needs 8-17 s of CPU and took 60 s of clock time on a
loaded two-core machine. The render process asks the kernel to stop it
(``RLIMIT_CPU``, :func:`limit_cpu`) once a job has used its budget, which
grows with the size of the job (:func:`cpu_budget`) and leaves a normal report
about ten times what it needs. The clock only backs that up
(:func:`wall_backstop`), for a process that waits instead of working, and on
Windows, which has no ``RLIMIT_CPU``.
"""

from __future__ import annotations

import contextlib
import time

# CPU seconds: a base for starting up (importing WeasyPrint, loading fonts), plus a
# rate per KB of HTML (or of template data). WeasyPrint needs ~0.05 s per KB of
# report HTML (171 KB, 45 pages: 7.6 s); the rate allows about six times that.
CPU_BASE_SECONDS = 60.0
CPU_SECONDS_PER_KB = 0.3
# The clock backstop: at least ten minutes, and five times the CPU budget, so a
# machine shared with four other busy programs still finishes a normal report.
WALL_MIN_SECONDS = 600.0
WALL_FACTOR = 5.0
# Address space of the render process. A 1,000-question report (93 pages) peaks at
# ~230 MB resident and renders even under a 512 MB cap; 2 GB leaves room for big
# assessments and logos while a runaway template cannot take the machine down.
MEMORY_LIMIT_BYTES = 2 * 1024**3


def cpu_budget(size_bytes: int) -> float:
    """CPU seconds a job of ``size_bytes`` (HTML, or template data) may use."""
    return CPU_BASE_SECONDS + CPU_SECONDS_PER_KB * max(size_bytes, 0) / 1024


def wall_backstop(cpu_seconds: float) -> float:
    """Clock seconds after which a job that has a CPU budget of ``cpu_seconds`` is stopped."""
    return max(WALL_MIN_SECONDS, WALL_FACTOR * cpu_seconds)


def limit_cpu(seconds: float | None) -> bool:
    """Let this process use ``seconds`` more CPU time; then the kernel stops it (SIGXCPU).

    Sets the soft ``RLIMIT_CPU`` (which counts from the start of the process)
    to the CPU time used so far plus ``seconds``, so each job of a reused
    process gets its own budget; ``None`` lifts it. Returns False where there
    is no such limit (Windows): the clock backstop is all there is there.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = resource.RLIM_INFINITY if seconds is None else int(time.process_time() + seconds) + 1
    if hard != resource.RLIM_INFINITY and (soft == resource.RLIM_INFINITY or soft > hard):
        soft = hard
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        return True
    return False  # pragma: no cover - refused by the system
