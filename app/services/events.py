"""What changed: the facade tells its observers after every change, in plain Python.

Every use case of :class:`app.services.workspace.Workspace` that changes the
data emits one :class:`Change` after the change is stored. The desktop app has
one adapter that turns these into a Qt signal (``app.ui.changes``), and its
views refresh themselves from it; nothing else has to remember to reload a
view. The command line simply does not subscribe.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple


class Topic(StrEnum):
    """What kind of data changed."""

    CLIENTS = "clients"
    ASSESSMENTS = "assessments"  # created, renamed, status, language, deleted, imported
    ANSWERS = "answers"
    PLANS = "plans"
    RISKS = "risks"  # the assessor's rating, treatment or acceptance of a risk
    PACKS = "packs"  # installed, upgraded to
    TRUST = "trust"  # keys added or removed: packs may change verification
    FEEDS = "feeds"
    SETTINGS = "settings"
    REVIEW = "review"  # verdicts, comments, opinions, evidence, revisions of an assessment


class Change(NamedTuple):
    """One change (a named tuple, not a dataclass: this module is imported before the
    desktop app's first paint, and ``dataclasses`` would be its only reason to load)."""

    topic: Topic
    assessment_id: int | None = None  # the assessment concerned, if one


Observer = Callable[[Change], object]


class Events:
    """A small observer list; observers are called in order, on the emitting thread."""

    def __init__(self) -> None:
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer`` with every change from now on; returns what unsubscribes it."""
        self._observers.append(observer)
        return lambda: self.unsubscribe(observer)

    def unsubscribe(self, observer: Observer) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    def emit(self, topic: Topic, assessment_id: int | None = None) -> None:
        change = Change(topic, assessment_id)
        for observer in list(self._observers):
            observer(change)
