"""Work-arounds for bugs in the Qt bindings, each with the versions it concerns.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call
of a method that returns nothing (``label.setText(...)``), and loses
references to ``True`` / ``False`` as well. ``None`` starts with some 20,000
references, so after about that many calls, a few minutes of typing, Python
aborts with "Fatal Python error: none_dealloc". 6.11 is not affected, and
Python 3.12+ is not either: these objects are immortal there (PEP 683).
Until the bindings are fixed, we give the three objects a reference count
so large that the lost references can never bring it to zero, which is what
Python 3.12 does for them anyway. They are static objects that are never
freed, so the count has no other effect.
"""

from __future__ import annotations

import ctypes
import sys

AFFECTED_PYSIDE = ("6.12.",)
HEADROOM = 1 << 40  # far more calls than a process can make
_applied = False


def affected(pyside_version: str, python: tuple[int, int]) -> bool:
    return python < (3, 12) and pyside_version.startswith(AFFECTED_PYSIDE)


def protect_singletons() -> bool:
    """Apply the work-around when this PySide6 and Python need it; True if applied."""
    global _applied
    import PySide6

    if _applied or not affected(PySide6.__version__, sys.version_info[:2]):
        return _applied
    if sys.implementation.name != "cpython" or hasattr(sys, "gettotalrefcount"):
        return False  # only release CPython keeps the count as the object's first field
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    return True
