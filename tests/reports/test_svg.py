"""Charts: well-formed SVG, every text escaped, colours checked, counts and flows drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from app.reports import svg

NS = "{http://www.w3.org/2000/svg}"
EVIL = '</text><script>alert(1)</script><image href="file:///etc/passwd"/>&"\''
LABELS = {"likelihood": EVIL, "severity": "Severity", "title": EVIL, "sources": "Data",
          "systems": "System", "recipients": "Recipients", "cross_border": "Abroad",
          "more": "+{n} more"}


def matrix(colour: str = "#c62828") -> dict[str, Any]:
    steps = [{"label": EVIL}, {"label": "Likely"}, {"label": "매우 높음 가능성이 있는 긴 이름"}]
    cell = {"colour": colour, "ink": "#ffffff", "before": 0, "after": 0,
            "codes_before": [], "codes_after": []}
    cells = [[dict(cell) for _ in steps] for _ in steps]
    cells[2][1].update(before=3, codes_before=["R1", "R2", "R3"], after=1, codes_after=["R4"])
    return {"likelihood": steps, "severity": steps, "cells": cells}


def texts(markup: str) -> list[str]:
    root = ET.fromstring(markup)  # noqa: S314 - our own output, parsed to check it
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def test_heat_map_is_well_formed_and_escapes_text() -> None:
    markup = svg.heat_map(matrix(), "before", LABELS)
    root = ET.fromstring(markup)  # noqa: S314
    assert root.tag == f"{NS}svg"
    assert not list(root.iter(f"{NS}script")) and not list(root.iter(f"{NS}image"))
    assert "3" in texts(markup) and "R1 R2 R3" in texts(markup)
    assert any("</text><script>" in t for t in texts(markup))  # shown as text, literally
    assert "1" not in texts(markup)


def test_heat_map_after_measures_uses_the_residual_counts() -> None:
    found = texts(svg.heat_map(matrix(), "after", LABELS))
    assert "1" in found and "R4" in found and "3" not in found


def test_colours_must_be_hex() -> None:
    markup = svg.heat_map(matrix('red" onload="alert(1)'), "before", LABELS)
    assert "onload" not in markup and svg.DEFAULT_COLOUR in markup


def test_long_labels_wrap_and_fit() -> None:
    lines = svg.wrap("Unique identifiers (resident registration, passport numbers)", 8, 120, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(svg.text_width(line, 8) <= 120 for line in lines)
    assert svg.wrap("x" * 500, 8, 50, 3) == [svg._fit("x" * 500, 8, 50)]


def flows(recipients: int) -> dict[str, Any]:
    return {
        "sources": [{"label": EVIL}, {"label": "건강 정보"}],
        "systems": [{"label": "Summariser", "detail": "On our own server"}],
        "recipients": [
            {"label": f"Recipient {i}", "detail": "US", "cross_border": i == 0}
            for i in range(recipients)
        ],
        "edges": [
            {"from": ["sources", 0], "to": ["systems", 0], "cross_border": False},
            {"from": ["sources", 1], "to": ["systems", 0], "cross_border": False},
            *({"from": ["systems", 0], "to": ["recipients", i], "cross_border": i == 0}
              for i in range(recipients)),
            {"from": ["systems", 9], "to": ["recipients", 0], "cross_border": False},  # ignored
        ],
    }


def test_flow_diagram_draws_edges_and_marks_cross_border() -> None:
    markup = svg.flow_diagram(flows(3), LABELS)
    root = ET.fromstring(markup)  # noqa: S314
    paths = list(root.iter(f"{NS}path"))
    assert len(paths) == 2 * 5  # a curve and an arrow head per valid edge
    dashed = [p for p in paths if p.get("stroke-dasharray")]
    assert len(dashed) == 1 and dashed[0].get("stroke") == svg.CROSS_BORDER
    assert "Recipient 2" in "".join(texts(markup)) and not list(root.iter(f"{NS}script"))


def test_flow_diagram_collapses_long_columns() -> None:
    found = "".join(texts(svg.flow_diagram(flows(40), LABELS)))
    assert "Recipient 12" in found and "Recipient 13" not in found
    assert f"+{40 - svg.MAX_NODES_PER_COLUMN + 1} more" in found
