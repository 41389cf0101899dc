"""Fixtures for the storage tests: a fresh database file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import Assessment, Organization, Store, clock

from .helpers import new_assessment


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "aipia.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def org(store: Store) -> Organization:
    return store.add_organization("Acme Health", notes="hospital group")


@pytest.fixture
def assessment(store: Store, org: Organization) -> Assessment:
    return new_assessment(store, org.id)


@pytest.fixture
def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every timestamp the store takes is 1 s after the previous one; returns them all."""
    issued: list[str] = []

    def tick() -> str:
        issued.append(f"2026-01-01T00:00:{len(issued):02d}.000Z")
        return issued[-1]

    monkeypatch.setattr(clock, "utc_now", tick)
    return issued
