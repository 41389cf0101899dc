"""Charts as inline SVG strings: the risk heat map and the data-flow diagram.

Built from plain data only; every text goes through :func:`esc` and every
colour through :func:`colour`, so nothing a user typed can become markup.
Units are PDF points (the SVG is scaled to the column width by the stylesheet).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

FONT = "'Nanum Gothic', 'Noto Emoji'"  # the bundled fonts (report.css)
INK = "#1f2933"
MUTED = "#6b7785"
GRID_LINE = "#ffffff"
CROSS_BORDER = "#c62828"
EDGE = "#8a96a3"
DEFAULT_COLOUR = "#888888"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

CELL_W, CELL_H = 44.0, 32.0
ROW_LABEL_W, AXIS_W, COL_LABEL_H, AXIS_H = 66.0, 14.0, 26.0, 14.0

NODE_W, COL_GAP, NODE_GAP, HEAD_H = 140.0, 50.0, 8.0, 18.0
MAX_NODES_PER_COLUMN = 14


def esc(text: Any) -> str:
    """Text safe inside SVG elements and attributes."""
    return html.escape(str(text), quote=True)


def colour(value: Any, default: str = DEFAULT_COLOUR) -> str:
    """``value`` if it is a ``#rrggbb`` colour, else ``default``."""
    return value if isinstance(value, str) and _COLOUR.match(value) else default


def num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def text_width(text: str, size: float) -> float:
    """Rough advance width of ``text`` in points (Nanum Gothic metrics, good enough to wrap)."""
    total = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            total += 0.92
        elif char == " ":
            total += 0.3
        elif char.isupper() or char in "mwMW@%":
            total += 0.68
        else:
            total += 0.52
    return total * size


def wrap(text: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap; the last line is cut with an ellipsis when the text does not fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [_fit(line, size, width) for line in lines] or [""]


def _fit(line: str, size: float, width: float) -> str:
    if text_width(line, size) <= width:
        return line
    while line and text_width(line + "…", size) > width:
        line = line[:-1]
    return line + "…"


def _text(x: float, y: float, lines: Sequence[str], size: float, **attrs: str) -> str:
    # WeasyPrint does not pass weight and colour from <text> down to <tspan>: repeat them.
    style = f' font-family="{FONT}" font-size="{num(size)}"' + "".join(
        f' {k.replace("_", "-")}="{esc(v)}"' for k, v in attrs.items()
    )
    if len(lines) == 1:  # one line: the <text> alone, two elements fewer to style (issue 19)
        return f'<text x="{num(x)}" y="{num(y)}"{style}>{esc(lines[0])}</text>'
    spans = "".join(
        f'<tspan x="{num(x)}" y="{num(y + i * size * 1.2)}"{style}>{esc(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f"<text{style}>{spans}</text>"


def _svg(width: float, height: float, body: str, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {num(width)} {num(height)}" '
        f'width="{num(width)}" height="{num(height)}" role="img" aria-label="{esc(label)}">'
        f"{body}</svg>"
    )


# heat map ---------------------------------------------------------------------
def heat_map(matrix: Mapping[str, Any], which: str, labels: Mapping[str, str]) -> str:
    """Likelihood (rows, highest on top) x severity (columns) with the risk count of each cell.

    Args:
        matrix: ``likelihood`` and ``severity`` (lists of ``{label}``, lowest first) and
            ``cells`` (rows by likelihood, lowest first; each cell ``{colour, <stage>: count}``).
        which: the stage to show: ``"inherent"``, ``"current"`` or ``"target"`` (the cell
            keys holding its count and ``codes_<stage>`` its risk codes).
        labels: ``likelihood``, ``severity`` and ``title`` wording.
    """
    rows = list(matrix["likelihood"])
    cols = list(matrix["severity"])
    grid_x, grid_y = AXIS_W + ROW_LABEL_W, 4.0
    width = grid_x + len(cols) * CELL_W + 4
    height = grid_y + len(rows) * CELL_H + COL_LABEL_H + AXIS_H
    parts = []
    for r, row in enumerate(rows):
        y = grid_y + (len(rows) - 1 - r) * CELL_H
        parts.append(_row_label(row["label"], grid_x, y))
        for c in range(len(cols)):
            cell = matrix["cells"][r][c]
            codes = [str(code) for code in cell.get(f"codes_{which}", ())]
            parts.append(_cell(grid_x + c * CELL_W, y, cell, int(cell.get(which, 0)), codes))
    base = grid_y + len(rows) * CELL_H
    for c, col in enumerate(cols):
        lines = wrap(str(col["label"]), 6.5, CELL_W - 2, 2)
        cx = grid_x + c * CELL_W + CELL_W / 2
        parts.append(_text(cx, base + 9, lines, 6.5, fill=INK, text_anchor="middle"))
    mid_x = grid_x + len(cols) * CELL_W / 2
    parts.append(
        _text(mid_x, height - 3, [labels["severity"]], 7, fill=MUTED, text_anchor="middle",
              font_weight="bold")
    )
    mid_y = grid_y + len(rows) * CELL_H / 2
    parts.append(
        f'<g transform="translate(9 {num(mid_y)}) rotate(-90)">'
        + _text(0, 0, [labels["likelihood"]], 7, fill=MUTED, text_anchor="middle",
                font_weight="bold")
        + "</g>"
    )
    return _svg(width, height, "".join(parts), labels.get("title", ""))


def _row_label(label: str, grid_x: float, y: float) -> str:
    lines = wrap(str(label), 6.5, ROW_LABEL_W - 6, 2)
    top = y + CELL_H / 2 - (len(lines) - 1) * 6.5 * 0.6 + 2.3
    return _text(grid_x - 5, top, lines, 6.5, fill=INK, text_anchor="end")


def _cell(x: float, y: float, cell: Mapping[str, Any], count: int, codes: list[str]) -> str:
    fill = colour(cell.get("colour"))
    ink = colour(cell.get("ink"), "#ffffff")
    out = (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(CELL_W)}" height="{num(CELL_H)}" '
        f'fill="{fill}" fill-opacity="{"1" if count else "0.2"}" stroke="{GRID_LINE}" '
        'stroke-width="1.5"/>'
    )
    if not count:
        return out
    mid = x + CELL_W / 2
    if not codes:
        return out + _text(mid, y + CELL_H / 2 + 4.5, [str(count)], 13, fill=ink,
                           text_anchor="middle", font_weight="bold")
    out += _text(mid, y + 15, [str(count)], 12, fill=ink, text_anchor="middle", font_weight="bold")
    return out + _text(mid, y + 25.5, [_codes_line(codes)], 5.4, fill=ink, text_anchor="middle")


def _codes_line(codes: list[str], size: float = 5.4) -> str:
    """``R1 R3 R7``, or ``R1 R3 +4`` when they do not fit in a cell."""
    for shown in range(len(codes), 0, -1):
        line = " ".join(codes[:shown]) + (f" +{len(codes) - shown}" if shown < len(codes) else "")
        if text_width(line, size) <= CELL_W - 4:
            return line
    return f"+{len(codes)}"


# data-flow diagram --------------------------------------------------------------
def flow_diagram(flows: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """Sources -> systems -> recipients, edges between them, cross-border edges marked.

    Args:
        flows: ``sources``, ``systems`` and ``recipients`` (lists of ``{label, detail,
            cross_border}``) and ``edges`` (``{from: [column, index], to: [column, index],
            cross_border}``).
        labels: ``sources``, ``systems``, ``recipients``, ``cross_border`` and ``more``
            (``{n}`` replaced by a count) wording, plus ``title``.
    """
    columns = ("sources", "systems", "recipients")
    placed: dict[str, list[tuple[float, float]]] = {}
    parts: list[str] = []
    heights = {name: _column_height(flows[name]) for name in columns}
    total_h = HEAD_H + max(heights.values(), default=0.0) + 6
    for index, name in enumerate(columns):
        x = index * (NODE_W + COL_GAP)
        parts.append(_text(x, 10, [labels[name].upper()], 6.5, fill=MUTED, font_weight="bold",
                           letter_spacing="0.6"))
        top = HEAD_H + (total_h - HEAD_H - heights[name]) / 2
        column_parts, placed[name] = _column(flows[name], x, top, labels)
        parts.extend(column_parts)
    edges = [_edge(edge, placed) for edge in flows.get("edges", ())]
    width = 3 * NODE_W + 2 * COL_GAP
    body = "".join(e for e in edges if e) + "".join(parts)
    return _svg(width, total_h, body, labels.get("title", ""))


def _node_lines(node: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    title = wrap(str(node.get("label", "")), 8, NODE_W - 14, 3)
    detail = wrap(str(node.get("detail", "")), 6.5, NODE_W - 14, 3) if node.get("detail") else []
    return title, detail


def _node_height(node: Mapping[str, Any]) -> float:
    title, detail = _node_lines(node)
    return 10 + len(title) * 9.6 + len(detail) * 7.8 + (2 if detail else 0)


def _shown(nodes: Sequence[Mapping[str, Any]]) -> tuple[list[Mapping[str, Any]], int]:
    if len(nodes) <= MAX_NODES_PER_COLUMN:
        return list(nodes), 0
    keep = MAX_NODES_PER_COLUMN - 1
    return list(nodes[:keep]), len(nodes) - keep


def _column_height(nodes: Sequence[Mapping[str, Any]]) -> float:
    shown, hidden = _shown(nodes)
    heights = [_node_height(n) for n in shown] + ([18.0] if hidden else [])
    return sum(heights) + NODE_GAP * max(len(heights) - 1, 0)


def _column(
    nodes: Sequence[Mapping[str, Any]], x: float, top: float, labels: Mapping[str, str]
) -> tuple[list[str], list[tuple[float, float]]]:
    parts: list[str] = []
    anchors: list[tuple[float, float]] = []
    shown, hidden = _shown(nodes)
    y = top
    for node in shown:
        h = _node_height(node)
        parts.append(_node(node, x, y, h))
        anchors.append((x, y + h / 2))
        y += h + NODE_GAP
    if hidden:
        more = labels.get("more", "+{n}").replace("{n}", str(hidden))
        parts.append(_text(x + NODE_W / 2, y + 11, [more], 7, fill=MUTED, text_anchor="middle"))
        anchors.extend([(x, y + 9)] * hidden)
    return parts, anchors


def _node(node: Mapping[str, Any], x: float, y: float, h: float) -> str:
    abroad = bool(node.get("cross_border"))
    stroke = CROSS_BORDER if abroad else "#c3ccd5"
    title, detail = _node_lines(node)
    out = (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(NODE_W)}" height="{num(h)}" rx="4" '
        f'fill="#f6f8fa" stroke="{stroke}" stroke-width="{"1.4" if abroad else "0.8"}"/>'
    )
    if abroad:
        out += (
            f'<rect x="{num(x)}" y="{num(y)}" width="3" height="{num(h)}" '
            f'fill="{CROSS_BORDER}"/>'
        )
    out += _text(x + 8, y + 12.5, title, 8, fill=INK, font_weight="bold")
    if detail:
        top = y + 12.5 + len(title) * 9.6
        out += _text(x + 8, top, detail, 6.5, fill=CROSS_BORDER if abroad else MUTED)
    return out


def _edge(edge: Mapping[str, Any], placed: Mapping[str, list[tuple[float, float]]]) -> str:
    try:
        (from_col, i), (to_col, j) = edge["from"], edge["to"]
        x1, y1 = placed[from_col][int(i)]
        x2, y2 = placed[to_col][int(j)]
    except (KeyError, IndexError, TypeError, ValueError):
        return ""
    x1 += NODE_W
    x2 -= 3
    mid = (x1 + x2) / 2
    abroad = bool(edge.get("cross_border"))
    stroke = CROSS_BORDER if abroad else EDGE
    dash = ' stroke-dasharray="4 2.5"' if abroad else ""
    path = (
        f'<path d="M{num(x1)} {num(y1)} C{num(mid)} {num(y1)} {num(mid)} {num(y2)} '
        f'{num(x2)} {num(y2)}" fill="none" stroke="{stroke}" '
        f'stroke-width="{"1.3" if abroad else "0.9"}"{dash}/>'
    )
    head = (
        f'<path d="M{num(x2 - 5)} {num(y2 - 3)} L{num(x2 + 1)} {num(y2)} '
        f'L{num(x2 - 5)} {num(y2 + 3)} Z" fill="{stroke}"/>'
    )
    return path + head
