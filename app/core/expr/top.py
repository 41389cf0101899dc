"""TOP, the abstract value "could be anything" of three-valued evaluation."""

from __future__ import annotations

from typing import Final


class Top:
    """The type of TOP, the abstract value "could be anything" (a singleton)."""

    _instance: Top | None = None

    def __new__(cls) -> Top:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "TOP"

    def __bool__(self) -> bool:
        raise TypeError("TOP has no truth value; test it with `is TOP`")

    def __reduce__(self) -> str:
        return "TOP"


TOP: Final[Top] = Top()
