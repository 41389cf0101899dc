"""Tokenizer: turns source text into a list of tokens, or raises ExprSyntaxError."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.expr.errors import ExprSyntaxError
from app.core.quoting import quoted

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
COMPARISON_OPS = frozenset({"==", "!=", "<", "<=", ">", ">="})
PUNCTUATION = frozenset({"(", ")", "[", "]", ","})
WHITESPACE = frozenset(" \t\r\n")
DIGITS = frozenset("0123456789")
NAME_START = frozenset("abcdefghijklmnopqrstuvwxyz_")
NAME_CHARS = NAME_START | DIGITS
UPPERCASE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
ESCAPES = {"'": "'", '"': '"', "\\": "\\"}

# Hints for characters authors may bring from other languages.
_CHARACTER_HINTS = {
    "&": "write 'and'",
    "|": "write 'or'",
    "!": "write 'not', or '!=' for 'is not equal to'",
    "=": "write '==' to compare",
    "-": "there is no arithmetic; a negative number is written like -1",
    "+": "there is no arithmetic in expressions",
    "*": "there is no arithmetic in expressions",
    "/": "there is no arithmetic in expressions",
    ".": "there is no attribute access; numbers are written like 2.5",
    "{": "lists are written with square brackets, like ['a', 'b']",
    "}": "lists are written with square brackets, like ['a', 'b']",
    "`": "text is written in single or double quotes",
}


@dataclass(frozen=True)
class Token:
    """One token.

    Attributes:
        kind: "number", "string", "name", "keyword", "op", "punct" or "end".
        text: The token's source text (for keywords, ops and punctuation: the token itself).
        value: The literal value of numbers and strings; otherwise the text.
        offset: Index of the first character in the source.
        length: Number of characters.
    """

    kind: str
    text: str
    value: object
    offset: int
    length: int


def tokenize(source: str) -> list[Token]:
    """Split `source` into tokens, ending with an "end" token.

    Raises:
        ExprSyntaxError: On a character or literal that is not part of the language.
    """
    tokens: list[Token] = []
    pos = 0
    while True:
        while pos < len(source) and source[pos] in WHITESPACE:
            pos += 1
        if pos >= len(source):
            tokens.append(Token("end", "", None, len(source), 0))
            return tokens
        token = _scan(source, pos)
        tokens.append(token)
        pos = token.offset + token.length


def _scan(source: str, pos: int) -> Token:
    char = source[pos]
    nxt = source[pos + 1 : pos + 2]
    if char in DIGITS or (char == "-" and nxt in DIGITS):
        return _scan_number(source, pos)
    if char in "'\"":
        return _scan_string(source, pos)
    if char in NAME_START:
        return _scan_name(source, pos)
    if nxt and char + nxt in COMPARISON_OPS:
        return Token("op", char + nxt, char + nxt, pos, 2)
    if char in COMPARISON_OPS:
        return Token("op", char, char, pos, 1)
    if char in PUNCTUATION:
        return Token("punct", char, char, pos, 1)
    raise _bad_character(source, pos)


def _run(source: str, pos: int, allowed: frozenset[str]) -> int:
    """The index just after the run of `allowed` characters starting at `pos`."""
    while pos < len(source) and source[pos] in allowed:
        pos += 1
    return pos


def _scan_number(source: str, start: int) -> Token:
    end = _run(source, start + 1, DIGITS)
    is_float = source[end : end + 1] == "."
    if is_float:
        if source[end + 1 : end + 2] not in DIGITS:
            raise ExprSyntaxError("a number cannot end with '.'", start, end + 1 - start,
                                  "write numbers like 2 or 2.5")
        end = _run(source, end + 1, DIGITS)
    end_of_word = _run(source, end, NAME_CHARS | UPPERCASE | frozenset("."))
    if end_of_word > end:
        text = source[start:end_of_word]
        raise ExprSyntaxError(f"{quoted(text)} is not a valid number", start, end_of_word - start,
                              "numbers are written like 3, 2.5 or -1")
    text = source[start:end]
    return Token("number", text, _number_value(text, is_float, start), start, end - start)


def _number_value(text: str, is_float: bool, start: int) -> float | int:
    """The value of a number literal; one beyond what a float holds is refused."""
    try:
        value: float | int = float(text) if is_float else int(text)
        if math.isfinite(float(value)):
            return value
    except (OverflowError, ValueError):  # ints past float range, or past int()'s digit limit
        pass
    digits = len(text.lstrip("-").split(".")[0])
    head = text if len(text) <= 24 else text[:12] + "…"
    raise ExprSyntaxError(f"the number {head} is too large ({digits} digits)", start,
                          len(text), "no answer comes near it: write a number of at most "
                          "308 digits")


def _scan_string(source: str, start: int) -> Token:
    quote = source[start]
    chars: list[str] = []
    pos = start + 1
    while pos < len(source):
        char = source[pos]
        if char == quote:
            return Token("string", source[start : pos + 1], "".join(chars), start, pos + 1 - start)
        if char == "\\":
            chars.append(_escape(source, pos))
            pos += 2
            continue
        chars.append(char)
        pos += 1
    raise ExprSyntaxError(f"unterminated text: the {quote} is never closed", start,
                          len(source) - start, f"add a closing {quote}")


def _escape(source: str, pos: int) -> str:
    escaped = source[pos + 1 : pos + 2]
    if not escaped:
        raise ExprSyntaxError("unterminated text: it ends with a lone \\", pos, 1,
                              "write \\\\ for a backslash and close the quote")
    if escaped in ESCAPES:
        return ESCAPES[escaped]
    raise ExprSyntaxError(f"unknown escape '\\{escaped}' in text", pos, 1 + len(escaped),
                          "only \\' and \\\" and \\\\ are allowed")


def _scan_name(source: str, start: int) -> Token:
    end = _run(source, start, NAME_CHARS)
    upper_end = _run(source, end, NAME_CHARS | UPPERCASE)
    if upper_end > end:
        raise _uppercase_name(source, start, upper_end)
    text = source[start:end]
    kind = "keyword" if text in KEYWORDS else "name"
    return Token(kind, text, text, start, end - start)


def _uppercase_name(source: str, start: int, end: int) -> ExprSyntaxError:
    text = source[start:end]
    return ExprSyntaxError(f"{quoted(text)} contains capital letters", start, end - start,
                           f"ids and keywords are lowercase: write {quoted(text.lower())}")


def _bad_character(source: str, pos: int) -> ExprSyntaxError:
    char = source[pos]
    if char.isascii() and char.isalpha():
        return _uppercase_name(source, pos, _run(source, pos, NAME_CHARS | UPPERCASE))
    shown = char if char.isprintable() else f"U+{ord(char):04X}"
    hint = _CHARACTER_HINTS.get(char)
    if char == "=" and source[pos + 1 : pos + 2] in ("<", ">"):
        hint = f"write '{source[pos + 1]}='"
    return ExprSyntaxError(f"unexpected character '{shown}'", pos, 1, hint)
