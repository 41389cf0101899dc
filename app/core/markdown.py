"""A safe Markdown subset for pack help: emphasis, lists, links; everything else escaped.

Pack texts are untrusted. The text is HTML-escaped first, then only these
marks become markup: ``**strong**``, ``*emphasis*`` or ``_emphasis_``,
``[text](https://...)`` links (http, https or mailto only), lines starting
with ``- `` or ``* `` (a bulleted list) or ``1. `` (a numbered list), and a
blank line between paragraphs. No raw HTML, images, headings or tables: they
show as the characters typed. The wizard and the report print the result.
"""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"(?<!!)\[([^\]\n]{1,500})\]\(((?:https?://|mailto:)[^\s()<>\"]{1,2000})\)")
_STRONG = re.compile(r"\*\*(\S(?:[^*\n]{0,2000}?\S)?)\*\*")
_EM_STAR = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]{0,2000}?\S)?)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w])_(\S(?:[^_\n]{0,2000}?\S)?)_(?!\w)")
_BULLET = re.compile(r"^\s{0,3}[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+(.*)$")


def markdown_html(text: str) -> str:
    """The text as HTML: paragraphs, lists, links and emphasis; any other markup escaped."""
    parts: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        parts.extend(_block(block.splitlines()))
    return "".join(parts)


def _block(lines: list[str]) -> list[str]:
    """Consecutive list items become one list; other lines one paragraph."""
    out: list[str] = []
    run: list[str] = []
    kind = ""
    for line in lines:
        line_kind, content = _line_kind(line)
        if line_kind != kind and run:
            out.append(_wrap(kind, run))
            run = []
        kind = line_kind
        run.append(content)
    if run:
        out.append(_wrap(kind, run))
    return out


def _line_kind(line: str) -> tuple[str, str]:
    for kind, pattern in (("ul", _BULLET), ("ol", _NUMBERED)):
        found = pattern.match(line)
        if found:
            return kind, found.group(1)
    return "p", line.strip()


def _wrap(kind: str, lines: list[str]) -> str:
    if kind == "p":
        return "<p>" + inline(" ".join(lines)) + "</p>"
    items = "".join(f"<li>{inline(line)}</li>" for line in lines)
    return f"<{kind}>{items}</{kind}>"


def inline(text: str) -> str:
    """Escape ``text`` and turn its links, strong and emphasis marks into markup."""
    escaped = html.escape(text, quote=True)
    escaped = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', escaped)
    escaped = _STRONG.sub(r"<b>\1</b>", escaped)
    escaped = _EM_STAR.sub(r"<i>\1</i>", escaped)
    return _EM_UNDERSCORE.sub(r"<i>\1</i>", escaped)
