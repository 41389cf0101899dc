"""Build plain values from the YAML event stream in one guarded pass.

Working on events (never on libyaml's composed tree) means every limit of
SECURITY.md is enforced while reading, before anything large or deep exists:
depth, node count, aliases and their *expanded* size (alias "billion laughs"
documents are small on disk and explode only when walked), and tags. Each
value's and key's position is recorded for ``file:line:col`` messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import yaml

from app.core.diagnostics import Diagnostic
from app.core.quoting import quoted, shown

# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_NODES = 200_000
ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)
STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"
MAX_INT_DIGITS = 4000  # below Python's own limit for int("...") (4,300 digits)
MERGE_TAG = "tag:yaml.org,2002:merge"

Path_ = tuple[str | int, ...]


class Position(NamedTuple):
    """Where a node starts (1-based) and how a scalar was written.

    A named tuple, not a dataclass: one is made for every node of every pack file.
    """

    line: int
    column: int
    style: str | None = None  # None (plain), "'", '"', "|", ">"


class LimitExceeded(Exception):
    """A hostile structure: reading stops at once."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


_SKIP = object()  # the key of a mapping entry whose key was rejected
_WANT_KEY = object()


class _Frame:
    __slots__ = ("anchor", "container", "first_seen", "key", "key_position", "path", "size")

    def __init__(self, container: Any, path: Path_, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.anchor = anchor
        self.size = 1
        self.key: Any = _WANT_KEY
        self.key_position: Position | None = None
        self.first_seen: dict[Any, int] = {}


class EventBuilder:
    """Consumes ``yaml.parse`` events; call :meth:`feed` for each, then read the results."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[Path_, Position] = {}
        self.keys: dict[Path_, Position] = {}
        self.errors: list[Diagnostic] = []
        self.root: Any = None
        self.documents = 0
        self._stack: list[_Frame] = []
        self._anchors: dict[str, tuple[Any, int]] = {}
        self._total = 0
        self._constructor = yaml.constructor.SafeConstructor()
        self._resolver = yaml.resolver.Resolver()
        self._plain_tags: dict[str, str] = {}

    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self._count(event, 1)
            self._attach(self._scalar(event), event, 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self._start(event, {} if kind is yaml.MappingStartEvent else [])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self._end()
        elif kind is yaml.AliasEvent:
            self._alias(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1

    # limits --------------------------------------------------------------------
    def _fail(self, event: Any, message: str) -> None:
        line, column = _mark(event)
        raise LimitExceeded(Diagnostic(self.name, message, line, column))

    def _count(self, event: Any, size: int) -> None:
        """Bound the size once aliases are expanded (the scan bounded everything else)."""
        self._total += size
        if self._total > MAX_NODES:
            self._fail(
                event, f"the document expands to more than {MAX_NODES} nodes through its aliases"
            )

    # structure -------------------------------------------------------------------
    def _start(self, event: Any, container: Any) -> None:
        self._count(event, 1)
        path = self._attach(container, event, 0)
        self._stack.append(_Frame(container, path, event.anchor))

    def _end(self) -> None:
        frame = self._stack.pop()
        if frame.anchor is not None:
            self._anchors[frame.anchor] = (frame.container, frame.size)
        if self._stack:
            self._stack[-1].size += frame.size

    def _alias(self, event: Any) -> None:
        value, size = self._anchors.get(event.anchor, (None, 1))
        self._count(event, size)
        self._attach(value, event, size)

    def _attach(self, value: Any, event: Any, size: int) -> Path_:
        """Place a new node under its parent; returns its path."""
        position = _position(event)
        if not self._stack:
            self.root = value
            self.values[()] = position
            return ()
        parent = self._stack[-1]
        parent.size += size
        if isinstance(parent.container, list):
            path = (*parent.path, len(parent.container))
            parent.container.append(value)
            self.values[path] = position
            return path
        if parent.key is _WANT_KEY:
            parent.key, parent.key_position = self._key(value, event), position
            return (*parent.path, "<key>")
        return self._set_value(parent, value, position)

    def _set_value(self, parent: _Frame, value: Any, position: Position) -> Path_:
        key, key_position = parent.key, parent.key_position
        parent.key = _WANT_KEY
        path = (*parent.path, "<skipped>") if key is _SKIP else (*parent.path, key)
        if key is not _SKIP:
            parent.container[key] = value
            self.values[path] = position
            if key_position is not None:
                self.keys[path] = key_position
        return path

    def _key(self, value: Any, event: Any) -> Any:
        parent = self._stack[-1]
        if not isinstance(event, yaml.ScalarEvent | yaml.AliasEvent) or isinstance(
            value, dict | list
        ):
            self.errors.append(self._at(event, "a key must be plain text, not a list or mapping"))
            return _SKIP
        if isinstance(event, yaml.ScalarEvent) and self._tag(event) == MERGE_TAG:
            self.errors.append(self._at(event, "merge keys ('<<') are not supported in pack files"))
            return _SKIP
        line = _mark(event)[0] or 0
        if value in parent.first_seen:
            self.errors.append(
                self._at(
                    event,
                    f"duplicate key {quoted(value)} (first given on line "
                    f"{parent.first_seen[value]})",
                )
            )
            return _SKIP
        parent.first_seen[value] = line
        return value

    # scalars -----------------------------------------------------------------------
    def _tag(self, event: Any) -> str:
        if event.tag and event.tag != "!":
            return str(event.tag)
        if event.tag == "!" or not event.implicit[0]:  # '!' or quoted: text (YAML 1.1)
            return STR_TAG
        tag = self._plain_tags.get(event.value)  # the same words recur (keys, yes, no...)
        if tag is None:
            tag = str(self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit))  # type: ignore[no-untyped-call]
            self._plain_tags[event.value] = tag
        return tag

    def _scalar(self, event: Any) -> Any:
        tag = self._tag(event)
        # a merge key keeps its text; _key refuses it with a clear message
        value = event.value if tag in (STR_TAG, MERGE_TAG) else self._construct(event, tag)
        if event.anchor is not None:
            self._anchors[event.anchor] = (value, 1)
        return value

    def _construct(self, event: Any, tag: str) -> Any:
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self._constructor.yaml_constructors[tag](self._constructor, node)
        except (ValueError, OverflowError) as exc:  # e.g. a date like 2026-13-45
            self.errors.append(self._invalid(event, tag, exc))
        except (LookupError, TypeError, yaml.YAMLError):  # e.g. an empty '!!int' scalar
            name = tag.replace("tag:yaml.org,2002:", "!!")
            message = f"invalid value {quoted(event.value)} for the tag '{name}'"
            self.errors.append(self._at(event, message))
        return None

    def _invalid(self, event: Any, tag: str, exc: Exception) -> Diagnostic:
        if tag == INT_TAG and len(event.value) > MAX_INT_DIGITS:  # int() has a digit limit
            return self._at(event, f"the number is too large ({len(event.value)} characters)",
                            "no answer comes near it: write a number of at most 308 digits")
        return self._at(event, f"invalid value {quoted(event.value)}: {shown(exc)}")

    def _at(self, event: Any, message: str, hint: str | None = None) -> Diagnostic:
        line, column = _mark(event)
        return Diagnostic(self.name, message, line, column, hint)


_SCALAR, _ALIAS, _COLLECTION = 0, 1, 2
_NODE_KINDS = {
    yaml.ScalarEvent: _SCALAR,
    yaml.AliasEvent: _ALIAS,
    yaml.MappingStartEvent: _COLLECTION,
    yaml.SequenceStartEvent: _COLLECTION,
}
_END_KINDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_TAGS_OK = ALLOWED_TAGS | {"!", None}


def scan_events(text: str, name: str) -> Iterator[Any]:
    """Parse into events, each checked before it is handed on: hostile structure is refused
    before the node that breaks a limit is built (and nothing beyond it is parsed).

    The loop is kept flat on purpose: it runs once per node of every pack file.
    """
    depth = aliases = nodes = documents = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        kind = type(event)
        code = _NODE_KINDS.get(kind)
        problem = None
        if code is not None:
            nodes += 1
            if nodes > MAX_NODES:
                problem = f"more than {MAX_NODES} nodes"
            elif code == _ALIAS:
                aliases += 1
                if aliases > MAX_ALIASES:
                    problem = f"more than {MAX_ALIASES} aliases"
            elif (tag := getattr(event, "tag", None)) not in _TAGS_OK:
                shown = str(tag).replace("tag:yaml.org,2002:", "!!")
                problem = f"the YAML tag '{shown}' is not allowed in pack files"
            elif code == _COLLECTION:
                depth += 1
                if depth > MAX_DEPTH:
                    problem = f"nesting deeper than {MAX_DEPTH} levels"
        elif kind in _END_KINDS:
            depth -= 1
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                problem = "the file holds more than one YAML document"
        if problem:
            line, column = _mark(event)
            raise LimitExceeded(Diagnostic(name, problem, line, column))
        yield event


def _mark(event: Any) -> tuple[int | None, int | None]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _position(event: Any) -> Position:
    style = getattr(event, "style", None) if isinstance(event, yaml.ScalarEvent) else None
    mark = event.start_mark
    return Position(mark.line + 1, mark.column + 1, style or None)
