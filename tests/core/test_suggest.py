""""Did you mean" stays as good as difflib over every name, with a bounded amount of work.

Issue 12, item 3: 10,000 questions with 1,000 misspelt references took minutes
because every look-up compared the word with every question id.
"""

from __future__ import annotations

import difflib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.diagnostics import did_you_mean
from app.core.expr.functions import suggest
from app.core.loader import load_pack
from app.core.suggest import NameIndex
from tests.core.bigpacks import generate, misspelt

PER_LOOK_UP = 200  # names compared per look-up at most, however many there are
WORDS = [
    "uses", "rag", "data", "retention", "days", "model", "host", "region", "prompt", "logging",
    "weights", "licence", "vendor", "training", "users", "monthly", "personal", "health",
    "children", "consent", "transfer", "country", "purpose", "system", "name", "api", "token",
    "access", "control", "audit", "log",
]


def realistic_ids(count: int, rng: random.Random) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        name = "_".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
        found.add(f"{name}_{rng.randint(0, 999)}" if rng.random() < 0.5 else name)
    return sorted(found)


def typo(word: str, rng: random.Random) -> str:
    """One letter left out, added, changed, or swapped with the next."""
    at = rng.randrange(len(word))
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz_0123456789")
    kind = rng.choice("dias")
    if kind == "d" and len(word) > 2:
        return word[:at] + word[at + 1:]
    if kind == "i":
        return word[:at] + letter + word[at:]
    if kind == "s" or at + 1 >= len(word):
        return word[:at] + letter + word[at + 1:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2:]


def difflib_answer(word: str, names: list[str]) -> str | None:
    found = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return found[0] if found else None


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many names difflib compared a word with (SequenceMatcher.ratio calls)."""
    count = [0]
    real = difflib.SequenceMatcher.ratio

    def counting(self: difflib.SequenceMatcher[str]) -> float:
        count[0] += 1
        return real(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counting)
    yield count


@pytest.mark.parametrize("kind", ["realistic ids", "numbered ids"])
def test_a_large_index_suggests_what_difflib_suggests(kind: str) -> None:
    rng = random.Random(3)  # noqa: S311 - the same typos every run
    numbered = [f"q{i}" for i in range(2000)]
    names = realistic_ids(2000, rng) if kind == "realistic ids" else numbered
    index = NameIndex(names)
    for _ in range(40):
        word = typo(rng.choice(names), rng)
        assert index.closest(word) == difflib_answer(word, names), word


def test_a_small_set_is_compared_in_full_as_before() -> None:
    assert did_you_mean("kr", ["en", "ko"]) == "did you mean 'ko'?"
    assert did_you_mean("uses_ragg", ["uses_rag", "hosting"]) == "did you mean 'uses_rag'?"
    assert did_you_mean("zzzz", ["uses_rag", "hosting"]) is None
    assert suggest("hostng", {"hosting", "host_region"}) == "did you mean 'hosting'?"


def test_each_look_up_in_20000_names_compares_only_a_few(comparisons: list[int]) -> None:
    index = NameIndex(f"q{i}" for i in range(20_000))
    assert index.closest(misspelt(12345)) == "q12345"
    comparisons[0] = 0
    for i in range(100, 200):
        assert index.closest(misspelt(i * 97)) == f"q{i * 97}"
    assert comparisons[0] <= 100 * PER_LOOK_UP  # difflib alone: 100 x 20,000


def test_a_pack_with_many_misspelt_ids_gets_every_hint_with_bounded_work(
    tmp_path: Path, comparisons: list[int]
) -> None:
    generate(tmp_path, 3000, "misspelt")  # 300 show_if name a misspelt question
    result = load_pack(tmp_path)
    unknown = [d for d in result.errors if d.message.startswith("unknown question")]
    assert len(unknown) == 300
    for diagnostic in unknown:
        wrong = diagnostic.message.split("'")[1]
        assert diagnostic.hint == f"did you mean '{wrong[1:]}'?"
    assert comparisons[0] <= 300 * PER_LOOK_UP  # difflib alone: 300 x 3,000
