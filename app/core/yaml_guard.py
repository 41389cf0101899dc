"""Guarded YAML reading for untrusted pack files (SECURITY.md, "YAML").

Bytes are checked (size, UTF-8, BOM), then the event stream is scanned for
depth, aliases, node count and tags *before* anything is composed, because
libyaml's composer can overflow the C stack on very deep nesting and alias
"billion laughs" documents explode only when walked. Only then is the document
composed (line/column kept) and converted to plain Python values, with
duplicate keys reported and the expanded size bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.core.diagnostics import Diagnostic

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_NODES = 200_000
ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
_UTF8_BOM = b"\xef\xbb\xbf"
_STR_TAG = "tag:yaml.org,2002:str"

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """Where a node starts (1-based) and how a scalar was written."""

    line: int
    column: int
    style: str | None = None  # None (plain), "'", '"', "|", ">"


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


class YamlError(Exception):
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
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise YamlError([Diagnostic(name, f"cannot read the file: {exc.strerror or exc}")]) from exc
    return parse_yaml_bytes(raw, name)


def parse_yaml_bytes(raw: bytes, name: str) -> YamlDocument:
    """Guarded parse of bytes already in memory (see :func:`read_yaml`)."""
    text = _decode(raw, name)
    aliases = _scan_events(text, name)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise YamlError([_from_yaml_error(exc, name, text)]) from None
    if root is None:
        raise YamlError([Diagnostic(name, "the file is empty; expected a mapping of keys")])
    if not isinstance(root, yaml.MappingNode):
        pos = root.start_mark
        raise YamlError(
            [
                Diagnostic(
                    name,
                    "the top level must be a mapping of keys (key: value)",
                    pos.line + 1,
                    pos.column + 1,
                )
            ]
        )
    # without aliases the scan has counted every node already; only aliases can expand
    if aliases and _expanded_size(root, {}) > MAX_NODES:
        raise YamlError(
            [
                Diagnostic(
                    name,
                    f"the document expands to more than {MAX_NODES} nodes through its aliases",
                    1,
                    1,
                )
            ]
        )
    builder = _Builder(name)
    data = builder.build(root, ())
    if builder.errors:
        raise YamlError(builder.errors)
    return YamlDocument(name, data, builder.values, builder.keys)


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


def _scan_events(text: str, name: str) -> int:
    """Reject hostile structure from the event stream, before composing; returns the aliases."""
    depth = aliases = nodes = documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            problem: str | None = None
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                problem = "the file holds more than one YAML document" if documents > 1 else None
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                problem = f"more than {MAX_ALIASES} aliases" if aliases > MAX_ALIASES else None
            elif isinstance(event, yaml.NodeEvent):
                nodes += 1
                problem = _node_problem(event, nodes)
                if isinstance(event, yaml.CollectionStartEvent):
                    depth += 1
                    if depth > MAX_DEPTH:
                        problem = f"nesting deeper than {MAX_DEPTH} levels"
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if problem:
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                raise YamlError([Diagnostic(name, problem, line, column)])
    except yaml.YAMLError as exc:
        raise YamlError([_from_yaml_error(exc, name, text)]) from None
    return aliases


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """Node count once aliases are expanded; shared nodes are counted once per use."""
    known = memo.get(id(node))
    if known is not None:
        return known
    size = 1
    if isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    elif isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(item, memo) for item in node.value)
    memo[id(node)] = size
    return size


def _node_problem(event: Any, nodes: int) -> str | None:
    if nodes > MAX_NODES:
        return f"more than {MAX_NODES} nodes"
    tag = getattr(event, "tag", None)
    if tag and tag not in ALLOWED_TAGS and tag != "!":
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        return f"the YAML tag '{shown}' is not allowed in pack files"
    return None


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


class _Builder:
    """Turns composed nodes into plain values, recording positions."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[Path_, Position] = {}
        self.keys: dict[Path_, Position] = {}
        self.errors: list[Diagnostic] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.values[path] = _position(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key is None:
                continue
            if key in first_seen:
                self.errors.append(
                    self._at(
                        key_node, f"duplicate key '{key}' (first given on line {first_seen[key]})"
                    )
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            self.keys[(*path, key)] = _position(key_node)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _key(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.errors.append(self._at(node, "a key must be plain text, not a list or mapping"))
            return None
        if node.tag == "tag:yaml.org,2002:merge":
            self.errors.append(self._at(node, "merge keys ('<<') are not supported in pack files"))
            return None
        key = self._scalar(node)
        return key if isinstance(key, str | int | bool | float) or key is None else str(key)

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:  # most scalars of a pack; the constructor returns the text as is
            return node.value
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            self.errors.append(_from_yaml_error(exc, self.name))
            return None
        except (ValueError, OverflowError) as exc:  # e.g. a date like 2026-13-45
            self.errors.append(self._at(node, f"invalid value '{node.value}': {exc}"))
            return None
        except (LookupError, TypeError):  # e.g. an empty '!!int' or '!!bool' scalar
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            self.errors.append(self._at(node, f"invalid value '{node.value}' for the tag '{tag}'"))
            return None

    def _at(self, node: yaml.Node, message: str) -> Diagnostic:
        mark = node.start_mark
        return Diagnostic(self.name, message, mark.line + 1, mark.column + 1)


def _position(node: yaml.Node) -> Position:
    style = getattr(node, "style", None) if isinstance(node, yaml.ScalarNode) else None
    return Position(node.start_mark.line + 1, node.start_mark.column + 1, style or None)


def iter_paths(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every (path, value) pair of a plain data tree, parents first."""
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from iter_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from iter_paths(value, (*path, index))
