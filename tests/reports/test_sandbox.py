"""The sandboxed template environment (run in-process here: these templates are benign)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports.errors import ReportError
from app.reports.sandbox import check_plain, render_template


def render(tmp_path: Path, source: str, **context: object) -> str:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    (folder / "report.html").write_text(source, encoding="utf-8")
    return render_template(folder, "report.html", context)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('<img src="file:///etc/passwd">', "&lt;img src=&#34;file:///etc/passwd&#34;&gt;"),
        ("{{ 7*7 }}", "{{ 7*7 }}"),
        ("{% for x in y %}", "{% for x in y %}"),
        ("</p><script>alert(1)</script>", "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b 'c'", "a &amp; b &#39;c&#39;"),
    ],
)
def test_user_text_is_escaped_and_never_evaluated(tmp_path: Path, value: str, shown: str) -> None:
    assert render(tmp_path, "<p>{{ answer }}</p>", answer=value) == f"<p>{shown}</p>"


def test_missing_variables_are_errors_with_a_location(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"report.html:2: .*'missing' is undefined") as caught:
        render(tmp_path, "<p>ok</p>\n<p>{{ missing }}</p>")
    assert caught.value.kind == "template"


def test_syntax_errors_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"report.html:3"):
        render(tmp_path, "a\nb\n{% for %}")


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ answer.__class__ }}",
        "{{ data.update({'x': 1}) }}",
        "{{ 9 ** 99999 }}",
        "{{ 'x' * 100000000 }}",
        "{{ range(10**9) | list }}",
    ],
)
def test_the_sandbox_refuses_unsafe_expressions(tmp_path: Path, source: str) -> None:
    with pytest.raises(ReportError):
        render(tmp_path, source, answer="a", data={"x": 0})


def test_includes_cannot_leave_the_template_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.html").write_text("SECRET")
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "link.html").symlink_to(tmp_path / "secret.html")
    for name in ("../secret.html", "link.html", "/etc/passwd"):
        with pytest.raises(ReportError, match="not found"):
            render(tmp_path, f"{{% include '{name}' %}}")


def test_output_is_capped(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "report.html").write_text("{% for i in range(99999) %}xxxxxxxxxx{% endfor %}")
    with pytest.raises(ReportError, match="more than 0 MB"):
        render_template(folder, "report.html", {}, max_bytes=100_000)


def test_the_context_must_be_plain_data(tmp_path: Path) -> None:
    check_plain({"a": [1, 2.5, "x", None, True, {"b": ()}]})
    for bad in ({"a": object()}, {"a": {1: "x"}}, {"a": Path("/")}):
        with pytest.raises(TypeError):
            check_plain(bad)
    with pytest.raises(TypeError):
        render(tmp_path, "x", bad=object())


def test_help_of_one_paragraph_is_that_paragraph_with_the_class(tmp_path: Path) -> None:
    source = '{{ help_text(one, "q-help") }}|{{ help_text(two, "q-help") }}|{{ help_text(one) }}'
    one = "Ask the **vendor** <b>now</b>."
    two = "First.\n\n- a\n- b"
    single, several, plain = render(tmp_path, source, one=one, two=two).split("|")
    assert single == '<p class="q-help">Ask the <b>vendor</b> &lt;b&gt;now&lt;/b&gt;.</p>'
    assert several == '<div class="q-help"><p>First.</p><ul><li>a</li><li>b</li></ul></div>'
    assert plain == "<p>Ask the <b>vendor</b> &lt;b&gt;now&lt;/b&gt;.</p>"
