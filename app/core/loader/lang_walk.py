"""Every language map (``LangText``) in a pack model, with its path.

One walk per pack serves both the language check and the completeness ratio
(:class:`app.core.loader.draft.PackDraft` keeps it). Plain values (ids, numbers,
expressions) are passed over without a call each: a 1,000-question pack has
some 100,000 of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from app.core.loader.yaml_guard import Path_
from app.core.model import LangText

_PLAIN = (str, int, float, bool, type(None))


def iter_lang_texts(obj: Any, path: Path_ = ()) -> Iterator[tuple[Path_, LangText]]:
    """Every language map reachable from a model object, with its path."""
    found: list[tuple[Path_, LangText]] = []
    _collect(obj, path, found)
    return iter(found)


def _collect(obj: Any, path: Path_, found: list[tuple[Path_, LangText]]) -> None:
    if isinstance(obj, LangText):
        found.append((path, obj))
        return
    if isinstance(obj, BaseModel):
        items: Any = obj.__dict__.items()  # a model's fields, in order (pydantic keeps them there)
    elif isinstance(obj, tuple | list):
        items = enumerate(obj)
    elif isinstance(obj, dict):
        items = obj.items()
    else:
        return
    for key, value in items:
        if not isinstance(value, _PLAIN):
            _collect(value, (*path, key), found)
