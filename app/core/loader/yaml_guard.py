"""Guarded YAML reading for untrusted pack files (SECURITY.md, "YAML").

Bytes are checked first (size, UTF-8, BOM); then one pass over the event
stream (:mod:`app.core.loader.yaml_builder`) enforces depth, node, alias and tag
limits while it builds plain values with the position of every key and value,
so nothing hostile is ever composed or expanded.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.core.diagnostics import Diagnostic
from app.core.errors import UserError
from app.core.loader.yaml_builder import (
    ALLOWED_TAGS,
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_NODES,
    SAFE_LOADER,
    EventBuilder,
    LimitExceeded,
    Path_,
    Position,
    scan_events,
)
from app.core.regular_files import FileRefused, read_regular

_Loader = SAFE_LOADER

MAX_FILE_BYTES = 2 * 1024 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
__all__ = [
    "ALLOWED_TAGS",
    "MAX_ALIASES",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "Path_",
    "Position",
    "YamlDocument",
    "YamlError",
    "parse_yaml_bytes",
    "read_yaml",
]


@dataclass
class YamlDocument:
    """A parsed file: plain data plus the position of every value and key."""

    file: str
    data: Any
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)

    def position(self, path: Path_, *, key: bool = False) -> Position | None:
        """The position of ``path`` (or of its key), else of its nearest ancestor."""
        table = self.keys if key else self.values
        if path in table:
            return table[path]
        for cut in range(len(path) - 1, -1, -1):
            if path[:cut] in self.values:
                return self.values[path[:cut]]
        return None

    def diagnostic(
        self,
        path: Path_,
        message: str,
        hint: str | None = None,
        *,
        key: bool = False,
        offset: int = 0,
    ) -> Diagnostic:
        pos = self.position(path, key=key)
        if pos is None:
            return Diagnostic(self.file, message, hint=hint)
        return Diagnostic(self.file, message, pos.line, pos.column + offset, hint)


class YamlError(UserError):
    """A file that cannot be read safely; carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


def read_yaml(path: Path, display_name: str | None = None) -> YamlDocument:
    """Read one untrusted YAML file whose top level must be a mapping.

    Raises:
        YamlError: with ``file:line:col`` diagnostics; never any other exception
            for bad content.
    """
    name = display_name or str(path)
    try:
        raw = read_regular(path.parent, path.name, MAX_FILE_BYTES)  # not a link, not a FIFO
    except FileRefused as refused:
        message = f"cannot read the file: {refused.message}"
        raise YamlError([Diagnostic(name, message, hint=refused.hint)]) from None
    except OSError as exc:
        raise YamlError([Diagnostic(name, f"cannot read the file: {exc.strerror or exc}")]) from exc
    return parse_yaml_bytes(raw, name)


def parse_yaml_bytes(raw: bytes, name: str) -> YamlDocument:
    """Guarded parse of bytes already in memory (see :func:`read_yaml`)."""
    text = _decode(raw, name)
    builder = EventBuilder(name)
    try:
        with gc_paused():
            for event in scan_events(text, name):
                builder.feed(event)
    except LimitExceeded as exc:
        raise YamlError([exc.diagnostic]) from None
    except yaml.YAMLError as exc:
        raise YamlError([_from_yaml_error(exc, name, text)]) from None
    if builder.documents == 0:
        raise YamlError([Diagnostic(name, "the file is empty; expected a mapping of keys")])
    if not isinstance(builder.root, dict):
        pos = builder.values.get(())
        line, column = (pos.line, pos.column) if pos else (1, 1)
        raise YamlError(
            [Diagnostic(name, "the top level must be a mapping of keys (key: value)", line, column)]
        )
    if builder.errors:
        raise YamlError(builder.errors)
    return YamlDocument(name, builder.root, builder.values, builder.keys)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Reading creates many objects that all stay alive; the cyclic GC would re-scan
    them again and again (it tripled the time of a 200,000-node file). Nothing
    built here forms cycles except through aliases, which are bounded; the pack's
    checks that follow (:func:`app.core.loader.load.load_pack`) keep what they build too."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decode(raw: bytes, name: str) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise YamlError(
            [
                Diagnostic(
                    name,
                    f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                    "pack files must be smaller",
                )
            ]
        )
    if raw.startswith(_UTF8_BOM):
        raise YamlError(
            [
                Diagnostic(
                    name,
                    "the file starts with a byte-order mark (BOM)",
                    1,
                    1,
                    "save it as UTF-8 without BOM",
                )
            ]
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlError(
            [
                Diagnostic(
                    name,
                    "the file is not valid UTF-8 text",
                    line,
                    column,
                    "save it with UTF-8 encoding",
                )
            ]
        ) from None


def _from_yaml_error(exc: yaml.YAMLError, name: str, text: str = "") -> Diagnostic:
    if isinstance(exc, yaml.reader.ReaderError):
        return _from_reader_error(exc, name, text)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if "maximum nesting depth" in problem:  # libyaml's own limit, hit while scanning ahead
        problem = f"nesting deeper than {MAX_DEPTH} levels"
    else:
        problem = f"invalid YAML: {problem}"
    hint = None
    lines = text.splitlines()
    line_text = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    # "tab" as a word: "unacceptable" must not trigger the hint.
    if "\t" in line_text or re.search(r"\btabs?\b", problem):
        hint = "use spaces, not tabs, to indent YAML"
    if mark is None:
        return Diagnostic(name, problem, hint=hint)
    return Diagnostic(name, problem, mark.line + 1, mark.column + 1, hint)


def _from_reader_error(exc: yaml.reader.ReaderError, name: str, text: str) -> Diagnostic:
    """A character YAML does not accept (e.g. NUL); the error only has an offset."""
    # libyaml counts bytes of the UTF-8 text; the pure-Python reader counts characters.
    if _Loader is yaml.SafeLoader:
        before = text[: exc.position]
    else:
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return Diagnostic(
        name,
        f"invalid YAML: character #x{code:04X}: {exc.reason}",
        line,
        column,
        "remove control characters from the file",
    )
