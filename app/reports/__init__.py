"""AIPIA reports layer: template context, sandboxed Jinja2, charts, and PDF rendering.

Importing this package is light: WeasyPrint is only imported inside the render
process (:mod:`app.reports.worker`), never here.
"""

from app.reports.errors import ReportCancelled, ReportError

__all__ = ["ReportCancelled", "ReportError"]
