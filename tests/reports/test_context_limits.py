"""What the report prints of a huge answer: the first rows and characters, and how many more."""

from __future__ import annotations

import unicodedata

from app.reports.context_limits import MAX_COMBINING_MARKS, fit_text, shorten_rows


def test_rows_beyond_the_limit_are_counted_not_printed() -> None:
    assert shorten_rows(list(range(120)), 50) == (list(range(50)), 70)
    assert shorten_rows(list(range(50)), 50) == (list(range(50)), 0)


def test_a_long_text_ends_at_a_space_near_the_limit() -> None:
    text = "word " * 5_000  # 25,000 characters
    shown, more = fit_text(text, 20_000)
    assert shown.endswith("word …") and len(shown) <= 20_002
    assert len(shown) - 2 + more == len(text)  # " …" is added, nothing else lost
    assert fit_text("x" * 30_000, 20_000)[1] == 10_000  # no space: cut at the limit


def test_texts_that_fit_are_printed_as_they_are_but_composed() -> None:
    assert fit_text("short") == ("short", 0)
    assert fit_text("cafe\u0301 한국어") == ("café 한국어", 0)  # the bundled font has é, not ◌́


def test_hundreds_of_stacked_marks_are_cut_to_a_few() -> None:
    shown, more = fit_text("a" + "\u0301\u0308" * 200 + "b")
    marks = [c for c in shown if unicodedata.combining(c)]
    assert (shown[0], len(marks), shown[-1], more) == ("á", MAX_COMBINING_MARKS, "b", 0)
