"""How much of a huge answer the report prints; the rest is in the attached data.

The largest assessment the pack limits allow (20 tables of 500 rows, a
200,000-character text, ...) made a 1,000-page report that needed 200 s of
CPU and 1.9 GB of memory. Nobody reads 500 rows of a table in a PDF, and the
PDF carries every answer in its attachment anyway, so the report prints the
first :data:`TABLE_ROWS_SHOWN` rows of a table and the first
:data:`TEXT_CHARS_SHOWN` characters of a text, and says how much more there
is and where it is (the template's ``t.shortened`` wording).

Texts are also put in composed form (NFC: ``e`` + combining acute becomes ``é``,
which the bundled font has), and a run of hundreds of combining marks on one
letter, which draws a line across the whole page over other answers, keeps its
first :data:`MAX_COMBINING_MARKS` (no script needs more).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

TABLE_ROWS_SHOWN = 50
# The default limit of a long-text question: only packs that allow longer texts
# (up to 200,000 characters) ever have their answers shortened.
TEXT_CHARS_SHOWN = 20_000
WORD_BREAK_WINDOW = 200  # end a shortened text at a space this close to the limit
MAX_COMBINING_MARKS = 8
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
COMBINING_RUN = re.compile(f"([{_MARK}]{{{MAX_COMBINING_MARKS}}})[{_MARK}]+")

Row = TypeVar("Row")


def shorten_rows(rows: Sequence[Row], limit: int = TABLE_ROWS_SHOWN) -> tuple[list[Row], int]:
    """The rows the report prints, and how many more there are."""
    return list(rows[:limit]), max(len(rows) - limit, 0)


def fit_text(text: str, limit: int = TEXT_CHARS_SHOWN) -> tuple[str, int]:
    """The start of ``text`` the report prints (ending at a space if one is near), and how
    many characters more there are; composed (NFC), long runs of combining marks cut short."""
    text = COMBINING_RUN.sub(r"\1", unicodedata.normalize("NFC", text))
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", limit - WORD_BREAK_WINDOW, limit)
    shown = text[: cut if cut > 0 else limit].rstrip()
    return shown + " …", len(text) - len(shown)
