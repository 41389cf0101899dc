"""Untrusted JSON files: bytes to data, with every problem named by line or field.

- Encoding: UTF-8. A UTF-8 byte-order mark is accepted and dropped (Windows
  Notepad writes one); UTF-16 and UTF-32 files are refused with what to do;
  an undecodable byte is reported by line and column.
- Syntax: JSON errors by line and column; a key repeated in one object is
  refused (``json`` would silently keep the last value).
- Text: no string, key or value, may hold a NUL character or an unpaired
  UTF-16 surrogate (``"\\ud800"`` decodes to one; it cannot be stored or shown).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

from app.core.errors import UserError

MAX_PROBLEMS = 50
_UTF16_32 = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)
SAVE_AS_UTF8 = "open it in a text editor, save it as UTF-8, and try again"


class JsonInputError(UserError, ValueError):
    """Problems with an untrusted JSON file, each a short text with its place."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class JsonSyntaxError(JsonInputError):
    """The file as a whole is not UTF-8 JSON (encoding or syntax), as opposed to a bad field."""


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it saw more than once."""

    repeated: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    made = _Object()
    repeated = []
    for key, value in pairs:
        if key in made:
            repeated.append(key)
        made[key] = value
    made.repeated = tuple(repeated)
    return made


def decode(raw: bytes) -> str:
    """UTF-8 text (a leading BOM dropped); raises :class:`JsonInputError`."""
    for bom, name in _UTF16_32:
        if raw.startswith(bom):
            raise JsonSyntaxError([f"the file is {name} text, but AIPIA reads UTF-8: "
                                   f"{SAVE_AS_UTF8}"])
    if b"\x00" in raw[:4]:
        raise JsonSyntaxError([f"the file looks like UTF-16 text (NUL bytes between the "
                               f"characters), but AIPIA reads UTF-8: {SAVE_AS_UTF8}"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start]
        raise JsonSyntaxError([f"line {line}, column {column}: the byte 0x{byte:02x} is not "
                               f"UTF-8 text; {SAVE_AS_UTF8}"]) from None


def load(raw: bytes) -> Any:
    """Decode and parse; repeated keys and bad text anywhere are refused by place."""
    text = decode(raw)
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError([f"line {exc.lineno}, column {exc.colno}: not valid JSON "
                               f"({exc.msg})"]) from None
    except (ValueError, RecursionError) as exc:  # huge integers, deep nesting
        reason = "nested too deeply" if isinstance(exc, RecursionError) else \
            "a number has too many digits"
        raise JsonSyntaxError([f"not valid JSON ({reason})"]) from None
    problems = list(_problems(data))
    if problems:
        more = len(problems) - MAX_PROBLEMS
        raise JsonInputError(problems[:MAX_PROBLEMS] + ([f"... and {more} more"] if more > 0
                                                        else []))
    return data


def text_problem(value: str) -> str | None:
    """Why ``value`` is not acceptable text (NUL, unpaired surrogate), or None."""
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        return f"contains an unpaired surrogate (\\u{code:04x}), which is not text"
    return None


def _problems(data: Any) -> Iterator[str]:
    """Every repeated key and bad text, walked without recursion (any depth)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                yield f"{where or 'file'}: {problem}"
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, dict):
            yield from _object_problems(where, value, stack)


def _object_problems(where: str, value: dict[str, Any], stack: list[tuple[str, Any]]) -> \
        Iterator[str]:
    for key in getattr(value, "repeated", ()):
        yield (f"{_join(where, key)}: the key appears more than once in the same object "
               "(only one is allowed)")
    for key, item in reversed(list(value.items())):
        problem = text_problem(key)
        if problem:
            yield f"{where or 'file'}: a key {problem}"
            continue
        stack.append((_join(where, key), item))


def _join(where: str, key: str) -> str:
    """``where.key``, the key shortened and with unprintable characters escaped."""
    shown = key if len(key) <= 64 else key[:61] + "..."
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
    return f"{where}.{shown}" if where else shown
