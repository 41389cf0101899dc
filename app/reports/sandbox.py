"""Report templates run in a sandboxed Jinja2 environment over plain data.

``ImmutableSandboxedEnvironment`` (no attribute tricks, no mutation of the
data), autoescape on (user text never becomes markup), ``StrictUndefined`` (a
misspelt variable is an error, not a silent blank), a loader that only reads
files really inside the template folder, and a cap on the HTML produced. The
charts are the only markup that does not come from the template file itself:
:mod:`app.reports.svg` builds them with every text escaped, and the template
calls them as ``heat_map(...)`` and ``flow_diagram(...)``.

This module is meant to run in the render process (see :mod:`app.reports.worker`),
where the time and memory limits stop templates that loop forever.
"""

from __future__ import annotations

import html
import os
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from app.core.markdown import markdown_html
from app.reports import svg
from app.reports.errors import ReportError

MAX_HTML_BYTES = 64 * 1024 * 1024
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
MAX_POWER_EXPONENT = 64
MAX_REPEAT = 100_000
PLAIN_SCALARS = (str, int, float, bool, type(None))


class ConfinedLoader(BaseLoader):
    """Loads templates from one folder; names with ``..`` or symlinks out of it are refused."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(os.path.realpath(folder))

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        pieces = template.replace("\\", "/").split("/")
        if any(piece in ("", ".", "..") for piece in pieces):
            raise TemplateNotFound(template)
        path = Path(os.path.realpath(self.folder.joinpath(*pieces)))
        if not path.is_relative_to(self.folder) or not path.is_file():
            raise TemplateNotFound(template)
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateNotFound(f"{template} (larger than {MAX_TEMPLATE_BYTES // 2**20} MB)")
        return path.read_text(encoding="utf-8"), str(path), lambda: True


class ReportEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with ``**`` and ``*`` bounded so one expression cannot eat the machine."""

    intercepted_binops = frozenset(["**", "*"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER_EXPONENT:
            raise SecurityError("exponent too large in a report template")
        if operator == "*" and _repeats_too_much(left, right):
            raise SecurityError("repetition too large in a report template")
        return super().call_binop(context, operator, left, right)


def _repeats_too_much(left: Any, right: Any) -> bool:
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(count, int):
            return len(seq) * count > MAX_REPEAT
    return False


def make_environment(folder: Path) -> ReportEnvironment:
    env = ReportEnvironment(
        loader=ConfinedLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        auto_reload=False,
        keep_trailing_newline=False,
    )
    env.globals.update(heat_map=_heat_map, flow_diagram=_flow_diagram, help_text=_help_text)
    return env


def _heat_map(matrix: Mapping[str, Any], which: str, labels: Mapping[str, str]) -> Markup:
    return Markup(svg.heat_map(matrix, which, labels))  # noqa: S704 - every text escaped in svg


def _flow_diagram(flows: Mapping[str, Any], labels: Mapping[str, str]) -> Markup:
    return Markup(svg.flow_diagram(flows, labels))  # noqa: S704 - every text escaped in svg


def _help_text(text: str, block_class: str = "") -> Markup:
    """A pack's help in its safe Markdown subset (app.core.markdown escapes everything else).

    With ``block_class`` the help is one block of that class: a help of one paragraph is that
    paragraph itself (one box fewer to lay out per question, issue 19), longer help a ``div``.
    """
    body = markdown_html(str(text))
    if block_class:
        name = html.escape(block_class, quote=True)
        if body.startswith("<p>") and body.endswith("</p>") and body.count("<p>") == 1:
            body = f'<p class="{name}">{body[3:]}'
        else:
            body = f'<div class="{name}">{body}</div>'
    return Markup(body)  # noqa: S704 - escaped first, then a few marks


def check_plain(value: Any, where: str = "context") -> None:
    """Raise TypeError unless ``value`` is dicts, lists, str, numbers, booleans and None only."""
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, PLAIN_SCALARS):
            continue
        if isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str):
                    raise TypeError(f"{path}: key {key!r} is not a string")
                stack.append((child, f"{path}.{key}"))
        elif isinstance(item, list | tuple):
            stack.extend((child, f"{path}[{i}]") for i, child in enumerate(item))
        else:
            raise TypeError(f"{path}: {type(item).__name__} is not plain data")


def render_template(
    folder: Path, name: str, context: Mapping[str, Any], max_bytes: int = MAX_HTML_BYTES
) -> str:
    """Render ``folder/name`` with ``context``; template problems become :class:`ReportError`."""
    check_plain(dict(context))
    env = make_environment(folder)
    try:
        template = env.get_template(name)
        chunks: list[str] = []
        size = 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > max_bytes:
                raise ReportError(
                    f"the template '{name}' produced more than {max_bytes // 2**20} MB of HTML; "
                    "it probably loops without end",
                    "template",
                )
            chunks.append(chunk)
    except TemplateSyntaxError as exc:
        where = f"{Path(exc.filename or name).name}:{exc.lineno}"
        raise ReportError(f"template error at {where}: {exc.message}", "template") from None
    except TemplateNotFound as exc:
        raise ReportError(f"template file not found: {exc.name}", "template") from None
    except (ReportError, MemoryError):
        raise
    except Exception as exc:  # whatever a template does wrong is the template's error
        where = _template_line(exc, folder)
        raise ReportError(f"template error{where}: {exc}", "template") from None
    return "".join(chunks)


def _template_line(exc: BaseException, folder: Path) -> str:
    """`` at report.html:12`` from the traceback frames that belong to a template file."""
    root = str(Path(os.path.realpath(folder)))
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.startswith(root):
            return f" at {Path(frame.filename).name}:{frame.lineno}"
    return ""
