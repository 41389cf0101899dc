"""Question kinds: one registry entry per question type (``app.core.kinds.registry``).

The built-in kinds (``app.core.kinds.builtin``) are registered when this
package is imported; a new type is one more :class:`QuestionKind` subclass and
its registration, with an editor for the desktop app.
"""

from app.core.kinds.base import ChoicesOf, QuestionKind
from app.core.kinds.builtin import BUILTIN_KINDS
from app.core.kinds.registry import (
    kind_named,
    kind_of,
    kinds,
    register_kind,
    registered,
    unregister_kind,
)
from app.core.kinds.registry import register_builtin as _register_builtin

_register_builtin(BUILTIN_KINDS)

__all__ = [
    "ChoicesOf",
    "QuestionKind",
    "kind_named",
    "kind_of",
    "kinds",
    "register_kind",
    "registered",
    "unregister_kind",
]
