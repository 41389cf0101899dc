"""Recursive-descent parser: source text -> `Expr`, or ExprSyntaxError.

Grammar, lowest precedence first::

    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := primary [comp_op primary]          (not chainable)
    comp_op    := "==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in"
    primary    := literal | list | NAME | NAME "(" [or_expr ("," or_expr)*] ")"
                | "(" or_expr ")"
    list       := "[" [literal ("," literal)*] "]"
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TypeVar

from app.core.expr.errors import ExprSyntaxError
from app.core.expr.functions import FUNCTIONS, unknown_function_hint
from app.core.expr.lexer import Token, tokenize
from app.core.expr.nodes import (
    And,
    Call,
    Compare,
    Expr,
    ListLit,
    Literal,
    Name,
    Node,
    Not,
    Or,
)
from app.core.quoting import quoted

MAX_SOURCE_LENGTH = 2000
MAX_DEPTH = 32
MAX_NODES = 500

_KEYWORD_LITERALS: dict[str, bool | None] = {"true": True, "false": False, "null": None}
_LITERAL_KINDS = frozenset({"number", "string"})

N = TypeVar("N", bound=Node)


def parse(source: str) -> Expr:
    """Parse `source` into an expression.

    Raises:
        ExprSyntaxError: If the text is not a well-formed expression or exceeds
            MAX_SOURCE_LENGTH characters, MAX_DEPTH nesting levels or MAX_NODES nodes.
    """
    if len(source) > MAX_SOURCE_LENGTH:
        raise ExprSyntaxError(
            f"the expression is too long ({len(source)} characters; at most "
            f"{MAX_SOURCE_LENGTH})", MAX_SOURCE_LENGTH, len(source) - MAX_SOURCE_LENGTH,
            "split it into simpler conditions")
    return Expr(source, _Parser(tokenize(source)).parse_all())


def _describe(token: Token) -> str:
    return "the end of the expression" if token.kind == "end" else quoted(token.text)


class _Parser:
    """Parser state: the token list, the position, nesting depth and node count."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0
        self.depth = 0
        self.nodes = 0
        self.last_end = 0

    # -- token helpers -------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def at(self, text: str, ahead: int = 0) -> bool:
        """Whether the token at `ahead` is the keyword, operator or punctuation `text`."""
        token = self.peek(ahead)
        return token.kind in ("keyword", "op", "punct") and token.text == text

    def advance(self) -> Token:
        token = self.peek()
        self.pos += 1
        self.last_end = token.offset + token.length
        return token

    def expect(self, text: str, opener: Token) -> Token:
        if self.at(text):
            return self.advance()
        token = self.peek()
        hint = f"the '{opener.text}' at character {opener.offset + 1} is never closed"
        if opener.text == "(" and token.kind != "end":
            hint = "separate arguments with ',' and close the call with ')'"
        raise ExprSyntaxError(f"expected '{text}' but found {_describe(token)}",
                              token.offset, token.length, hint)

    def make(self, cls: type[N], start: int, **fields: Any) -> N:
        """Create a node spanning from `start` to the end of the last token."""
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ExprSyntaxError(f"the expression is too large (more than {MAX_NODES} parts)",
                                  start, self.last_end - start, "split it into simpler conditions")
        return cls(offset=start, length=self.last_end - start, **fields)

    def enter(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExprSyntaxError(
                f"the expression is nested too deeply (more than {MAX_DEPTH} levels)",
                token.offset, token.length, "split it into simpler conditions")

    def leave(self) -> None:
        self.depth -= 1

    # -- grammar -------------------------------------------------------------

    def parse_all(self) -> Node:
        if self.peek().kind == "end":
            raise ExprSyntaxError("the expression is empty", 0, 0,
                                  "write a condition such as uses_rag == 'yes'")
        node = self.parse_or()
        token = self.peek()
        if token.kind != "end":
            raise self.trailing(token)
        return node

    def trailing(self, token: Token) -> ExprSyntaxError:
        hint = "did you forget 'and' or 'or'?"
        if token.text in (")", "]"):
            hint = f"this '{token.text}' has nothing to close"
        return ExprSyntaxError(f"unexpected {_describe(token)} after a complete expression",
                               token.offset, token.length, hint)

    def parse_or(self) -> Node:
        return self.parse_chain("or", Or, self.parse_and)

    def parse_and(self) -> Node:
        return self.parse_chain("and", And, self.parse_not)

    def parse_chain(
        self, keyword: str, cls: type[And | Or], operand: Callable[[], Node]
    ) -> Node:
        start = self.peek().offset
        operands = [operand()]
        while self.at(keyword):
            self.advance()
            operands.append(operand())
        if len(operands) == 1:
            return operands[0]
        return self.make(cls, start, operands=tuple(operands))

    def parse_not(self) -> Node:
        if not self.at("not"):
            return self.parse_comparison()
        token = self.advance()
        self.enter(token)
        operand = self.parse_not()
        self.leave()
        return self.make(Not, token.offset, operand=operand)

    def parse_comparison(self) -> Node:
        start = self.peek().offset
        left = self.parse_primary()
        op = self.comparison_op()
        if op is None:
            return left
        right = self.parse_primary()
        if self.peek_comparison():
            token = self.peek()
            raise ExprSyntaxError("comparisons cannot be chained", token.offset, token.length,
                                  "write a < b and b < c")
        return self.make(Compare, start, op=op, left=left, right=right)

    def peek_comparison(self) -> bool:
        token = self.peek()
        return token.kind == "op" or self.at("in") or (self.at("not") and self.at("in", 1))

    def comparison_op(self) -> str | None:
        token = self.peek()
        if token.kind == "op" or self.at("in"):
            return str(self.advance().text)
        if self.at("not"):
            if not self.at("in", 1):
                raise ExprSyntaxError("unexpected 'not' after a value", token.offset,
                                      token.length, "write 'not in', or put 'not' first: "
                                      "not (a == b)")
            self.advance()
            self.advance()
            return "not in"
        return None

    def parse_primary(self) -> Node:
        token = self.peek()
        if token.kind in _LITERAL_KINDS or token.text in _KEYWORD_LITERALS:
            return self.parse_literal()
        if token.kind == "name":
            return self.parse_name()
        if self.at("("):
            return self.parse_group()
        if self.at("["):
            return self.parse_list()
        raise self.missing_value(token)

    def missing_value(self, token: Token) -> ExprSyntaxError:
        if token.kind == "end":
            return ExprSyntaxError("the expression ends too early", token.offset, 0,
                                   "a value or question id is missing at the end")
        return ExprSyntaxError(f"unexpected {_describe(token)}", token.offset, token.length,
                               f"a value or question id is missing before '{token.text}'")

    def parse_literal(self) -> Node:
        token = self.advance()
        value = token.value if token.kind in _LITERAL_KINDS else _KEYWORD_LITERALS[token.text]
        return self.make(Literal, token.offset, value=value)

    def parse_group(self) -> Node:
        opener = self.advance()
        self.enter(opener)
        inner = self.parse_or()
        self.expect(")", opener)
        self.leave()
        return inner

    def parse_name(self) -> Node:
        if not self.at("(", 1):
            token = self.advance()
            return self.make(Name, token.offset, name=token.text)
        return self.parse_call()

    def parse_call(self) -> Node:
        name = self.advance()
        if name.text not in FUNCTIONS:
            raise ExprSyntaxError(f"unknown function {quoted(name.text)}", name.offset, name.length,
                                  unknown_function_hint(name.text))
        if name.text == "date":
            return self.parse_date(name)
        opener = self.advance()
        self.enter(opener)
        args = [] if self.at(")") else self.parse_arguments()
        self.expect(")", opener)
        self.leave()
        return self.make(Call, name.offset, func=name.text, args=tuple(args))

    def parse_arguments(self) -> list[Node]:
        args = [self.parse_or()]
        while self.at(","):
            self.advance()
            args.append(self.parse_or())
        return args

    def parse_date(self, name: Token) -> Node:
        """Parse `date('YYYY-MM-DD')` after its name token into a Literal."""
        start = name.offset
        opener = self.advance()
        text = self.advance()
        if text.kind != "string" or not self.at(")"):
            raise ExprSyntaxError("date() takes one date in quotes", start,
                                  text.offset + text.length - start,
                                  "write it like date('2025-01-31')")
        self.expect(")", opener)
        value = _iso_date(str(text.value), text)
        return self.make(Literal, start, value=value)

    def parse_list(self) -> Node:
        opener = self.advance()
        self.enter(opener)
        items = [] if self.at("]") else self.parse_list_items()
        self.expect("]", opener)
        self.leave()
        return self.make(ListLit, opener.offset, items=tuple(items))

    def parse_list_items(self) -> list[Node]:
        items = [self.parse_list_item()]
        while self.at(","):
            self.advance()
            items.append(self.parse_list_item())
        return items

    def parse_list_item(self) -> Node:
        token = self.peek()
        if token.kind in _LITERAL_KINDS or token.text in _KEYWORD_LITERALS:
            return self.parse_literal()
        if token.text == "date" and self.at("(", 1):
            return self.parse_date(self.advance())
        if token.kind == "end" or token.text in ("]", ","):
            raise self.missing_value(token)
        hint = f"text needs quotes: {quoted(token.text)}" if token.kind == "name" else None
        raise ExprSyntaxError("a list may only contain numbers, text, dates, true, false "
                              "and null", token.offset, token.length, hint)


def _iso_date(text: str, token: Token) -> datetime.date:
    """The date written as YYYY-MM-DD in `text`, or a syntax error at `token`."""
    well_formed = len(text) == 10 and text[4] == text[7] == "-" and (
        text[:4] + text[5:7] + text[8:]).isdigit() and text.isascii()
    try:
        if well_formed:
            return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    raise ExprSyntaxError(f"{quoted(text)} is not a valid date", token.offset, token.length,
                          "write dates as YYYY-MM-DD, like '2025-01-31'")
