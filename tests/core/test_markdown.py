"""The safe Markdown subset of pack help: emphasis, lists, links; everything else escaped."""

from __future__ import annotations

import pytest

from app.core.markdown import markdown_html


def test_emphasis_lists_and_links() -> None:
    text = ("Read **this** and *that*, or _that_.\n\n- one\n- two [CNIL](https://cnil.fr/?a=1&b=2)"
            "\n\n1. first\n2. second")
    assert markdown_html(text) == (
        "<p>Read <b>this</b> and <i>that</i>, or <i>that</i>.</p>"
        '<ul><li>one</li><li>two <a href="https://cnil.fr/?a=1&amp;b=2">CNIL</a></li></ul>'
        "<ol><li>first</li><li>second</li></ol>")


def test_a_paragraph_may_lead_into_a_list() -> None:
    assert markdown_html("Two things:\n- a\n- b") == (
        "<p>Two things:</p><ul><li>a</li><li>b</li></ul>")


@pytest.mark.parametrize(("text", "shown"), [
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"),
    # a quote cannot end the attribute: it stays an escaped character of the address
    ('[x](https://a.example/"onmouseover=x)',
     '<p><a href="https://a.example/&quot;onmouseover=x">x</a></p>'),
    ("![logo](https://a.example/x.png)", "<p>![logo](https://a.example/x.png)</p>"),
    ("# Heading", "<p># Heading</p>"),
    ("snake_case_ids and 2 * 3 * 4", "<p>snake_case_ids and 2 * 3 * 4</p>"),
    ("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>"),
])
def test_everything_else_is_escaped(text: str, shown: str) -> None:
    assert markdown_html(text) == shown


def test_a_long_hostile_text_is_linear() -> None:
    text = "*" * 50_000 + "_" * 50_000 + "[" * 10_000
    assert markdown_html(text).startswith("<p>")
