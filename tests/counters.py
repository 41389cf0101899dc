"""Counting what one user action costs: answer checks, store writes and reads, catalog scans.

The numbers the facade promises (one check and one write per saved answer; one
read of an assessment per report; no rescan of the packs while nothing
changes) are asserted as operation counts, never as times.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import app.storage.answers as stored_answers
from app.core.kinds import kinds
from app.core.session import Session
from app.storage.database import StoreBase


def _counted(counter: Counter[str], key: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        counter[key] += 1
        return function(*args, **kwargs)

    return counted


@contextmanager
def answer_operations(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """``checks`` (a value checked against its question by its kind, by any path; a table's
    cells count too), ``guards`` (the store's integrity guard), ``writes`` (store
    transactions), ``applies`` (session updates)."""
    counter: Counter[str] = Counter()
    for kind in kinds():
        monkeypatch.setattr(kind, "coerce", _counted(counter, "checks", kind.coerce))
    monkeypatch.setattr(stored_answers, "encode_answers",
                        _counted(counter, "guards", stored_answers.encode_answers))
    monkeypatch.setattr(StoreBase, "_write", _counted(counter, "writes", StoreBase._write))
    monkeypatch.setattr(Session, "set_answer", _counted(counter, "applies", Session.set_answer))
    yield counter


@contextmanager
def store_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Each public Store method called by its callers (not from within the store), by name."""
    from app.storage import Store

    counter: Counter[str] = Counter()
    depth = [0]

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def counted(*args: Any, **kwargs: Any) -> Any:
            if depth[0] == 0:
                counter[name] += 1
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return counted

    for name in dir(Store):
        method = getattr(Store, name)
        if not name.startswith("_") and callable(method) and name not in ("open",):
            monkeypatch.setattr(Store, name, wrap(name, method))
    yield counter
