""""Did you mean" look-ups that stay fast however many names a pack has.

``difflib.get_close_matches`` compares the word with every candidate; a pack
of 10,000 questions with 1,000 misspelt ids made that ten million comparisons.
A :class:`NameIndex` hands difflib a short list instead. For a large set it
indexes every name two ways: by the name with one letter left out (so a typo
of one letter, left out, added, changed or swapped with its neighbour, finds
the name in a few look-ups), and by its three-letter pieces (trigrams, ``^``
and ``$`` marking the ends), from which the names sharing the most pieces
with the word are taken. Pieces shared by very many names (``^q`` in ``q1``
... ``q9999``) say little and are skipped, so every look-up reads a bounded
number of names. For a small set (every real pack so far) the answer is
exactly difflib's.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

SMALL = 300  # up to this many names, difflib looks at all of them
POOL = 48  # how many best-sharing names difflib then compares
COMMON = 400  # a trigram found in more names than this is skipped
MAX_DELETES = 80  # longer words are only looked up by trigrams


class NameIndex:
    """Valid names, ready for repeated "did you mean" look-ups."""

    def __init__(self, names: Iterable[object]) -> None:
        self.names = list(dict.fromkeys(str(name) for name in names))
        self._grams: dict[str, list[str]] | None = None
        self._deletes: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self.names)

    def closest(self, word: str, cutoff: float = 0.6, extra: Iterable[str] = ()) -> str | None:
        """The closest name (or one of ``extra``) with a difflib ratio of at least ``cutoff``."""
        pool = self.names if len(self.names) <= SMALL else self._pool(word)
        matches = difflib.get_close_matches(word, [*pool, *extra], n=1, cutoff=cutoff)
        return matches[0] if matches else None

    def _index(self) -> dict[str, list[str]]:
        if self._grams is None:
            grams: dict[str, list[str]] = {}
            for name in self.names:
                for gram in set(_trigrams(name)):
                    grams.setdefault(gram, []).append(name)
            self._grams = grams
        return self._grams

    def _one_off(self) -> dict[str, list[str]]:
        if self._deletes is None:
            deletes: dict[str, list[str]] = {}
            for name in self.names:
                for variant in _deleted(name):
                    deletes.setdefault(variant, []).append(name)
            self._deletes = deletes
        return self._deletes

    def _pool(self, word: str) -> list[str]:
        pool: dict[str, None] = {}
        if len(word) <= MAX_DELETES:
            one_off = self._one_off()
            for variant in _deleted(word):
                pool.update(dict.fromkeys(one_off.get(variant, ())))
        grams = self._index()
        shared: Counter[str] = Counter()
        for gram in set(_trigrams(word)):
            found = grams.get(gram, ())
            if len(found) <= COMMON:
                shared.update(found)
        pool.update(dict.fromkeys(name for name, _ in shared.most_common(POOL)))
        return list(pool)


def _trigrams(word: str) -> list[str]:
    marked = f"^{word}$"
    return [marked[i : i + 3] for i in range(len(marked) - 2)]


def _deleted(word: str) -> set[str]:
    """``word`` and every way of leaving one letter out of it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def as_index(candidates: Iterable[object] | NameIndex) -> NameIndex:
    return candidates if isinstance(candidates, NameIndex) else NameIndex(candidates)
