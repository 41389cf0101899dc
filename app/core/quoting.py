"""Quoting untrusted input in messages: never more than a couple of hundred characters.

Every message that repeats something from a pack, a bundle or an answer (an
id, a key, a value, a file name) passes it through :func:`quoted` (or
:func:`shown` where it is not put in quotes), so a 100,000-character id reads
as its first 200 characters and its length, and control characters cannot
reach a terminal.
"""

from __future__ import annotations

MAX_SHOWN = 200


def quoted(value: object, limit: int = MAX_SHOWN) -> str:
    """``'value'`` for a message; a longer value is cut: ``'abc…' (100,000 characters)``."""
    text = str(value)
    if len(text) <= limit:
        return f"'{_printable(text)}'"
    return f"'{_printable(text[:limit])}…' ({len(text):,} characters)"


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """``value`` for a message without quotes, cut like :func:`quoted`."""
    text = str(value)
    if len(text) <= limit:
        return _printable(text)
    return f"{_printable(text[:limit])}… ({len(text):,} characters)"


def _printable(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escaped(c) for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
