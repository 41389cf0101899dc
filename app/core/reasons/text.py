"""Sentences as spans of text, and the small pieces they are made of: lists, numbers, dates.

A sentence is a run of spans; a span's ``role`` says what it is ("question",
"answer", "row", or "" for the connecting words), so a screen can set the
answers in bold while the command line prints the plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from app.core.reasons.wording import Plural, Wording

MAX_LISTED = 8  # items of a list before "and N more"
MAX_QUESTION = 90  # characters of a question's label before it is shortened
MAX_ANSWER = 80  # characters of a text answer before it is shortened
ELLIPSIS = "…"
_PLACEHOLDER = re.compile(r"\{([a-z_]+(?::[a-z0-9_]+)?)\}")


@dataclass(frozen=True)
class Span:
    text: str
    role: str = ""  # "" | "question" | "answer" | "row"


@dataclass(frozen=True)
class Sentence:
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    def parts(self) -> list[dict[str, str]]:
        """The spans as plain data, for report templates."""
        return [{"text": span.text, "role": span.role} for span in self.spans]


Part: TypeAlias = Sequence[Span] | str


def fill(template: str, parts: Mapping[str, Part]) -> list[Span]:
    """``template`` with each ``{name}`` replaced by its part; unknown names stay as written.

    Never uses ``str.format``: templates may come from packs, which are untrusted.
    """
    spans: list[Span] = []
    last = 0
    for match in _PLACEHOLDER.finditer(template):
        name = match.group(1)
        if name not in parts:
            continue
        spans.append(Span(template[last : match.start()]))
        part = parts[name]
        spans.extend([Span(part)] if isinstance(part, str) else part)
        last = match.end()
    spans.append(Span(template[last:]))
    return merge(spans)


def sentence(spans: Sequence[Span]) -> Sentence:
    """The spans as a sentence; a full stop after a name that ends in one ("Inc.") is dropped."""
    spans = merge(spans)
    if (
        len(spans) >= 2
        and spans[-1].text.startswith(".")
        and spans[-2].text.endswith((".", ELLIPSIS))
    ):
        spans[-1] = Span(spans[-1].text[1:], spans[-1].role)
    return Sentence(tuple(s for s in spans if s.text))


def merge(spans: Sequence[Span]) -> list[Span]:
    """Neighbouring spans of the same role as one; empty spans dropped."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and merged[-1].role == span.role:
            merged[-1] = Span(merged[-1].text + span.text, span.role)
        else:
            merged.append(span)
    return merged


def quoted(template: str, text: str, role: str) -> list[Span]:
    """``text`` inside the quotes of ``template`` ("“{text}”"); only the text has the role."""
    before, _, after = template.partition("{text}")
    return [Span(before), Span(text, role), Span(after)]


def listed_count(total: int) -> int:
    """How many of ``total`` items :func:`join` writes out before "and N more"."""
    return MAX_LISTED if total > MAX_LISTED + 1 else total


def join(words: Wording, items: Sequence[Sequence[Span]], last: str) -> list[Span]:
    """Items as "A, B and C" (``last``: the word before the final one); long lists cut short.

    Only the first :func:`listed_count` items are read, so a caller may leave the rest empty.
    """
    shown = list(items[: listed_count(len(items))])
    spans: list[Span] = []
    for index, item in enumerate(shown):
        if index:
            final = index == len(shown) - 1 and len(shown) == len(items)
            spans.append(Span(last if final else words.comma))
        spans.extend(item)
    if len(shown) < len(items):
        return fill(words.more, {"list": spans, "n": number(words, len(items) - len(shown))})
    return merge(spans)


def plural(words: Wording, forms: Plural, count: int) -> str:
    return forms[0] if count in words.singular else forms[1]


def number(words: Wording, value: float) -> str:
    """1234567 -> "1,234,567"; 2.50 -> "2.5" (in the language's separators)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"
    return text.replace(",", "\0").replace(".", words.decimal).replace("\0", words.thousands)


def date(words: Wording, value: dt.date) -> str:
    month = words.months[value.month - 1]
    return (
        words.date.replace("{day}", str(value.day))
        .replace("{month}", month)
        .replace("{year}", str(value.year))
    )


def shorten(text: str, limit: int) -> str:
    """A long text cut to about ``limit`` characters, at spaces, keeping its start and end."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    sentences: list[str] = [s.strip() for s in re.findall(r".+?[?.](?= |$)", text)]
    questions = [s for s in sentences if s.endswith("?")]  # of several sentences, the question
    for candidate in (*questions, *sentences[:1]):
        if len(candidate) <= limit:
            return candidate
    bare = " ".join(re.sub(r"\s*\([^()]*\)", "", text).split())
    if len(bare) <= limit:
        return bare
    head = bare[: limit * 2 // 3].rsplit(" ", 1)[0]
    tail = bare[len(bare) - limit // 3 :].split(" ", 1)[-1]
    return f"{head} {ELLIPSIS} {tail}"


def shorten_end(text: str, limit: int) -> str:
    """A long text cut at about ``limit`` characters, at a space, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + ELLIPSIS


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
