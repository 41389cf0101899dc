"""The command line catches user errors in one place: ``Error: <text>``, exit 1, no traceback."""

from __future__ import annotations

import errno

import pytest

from app.core.errors import UserError
from app.services.workspace import Workspace
from tests.cli.conftest import Run, fails, ok


class NewKindOfProblem(UserError):
    """A user error no command knows by name (as a future layer would add)."""


def test_any_user_error_of_any_layer_becomes_one_plain_message(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    ok(run("assessment", "new", "--org", "Acme", "--title", "First"))

    def broken(self: Workspace, assessment_id: int) -> object:
        raise NewKindOfProblem("the thing is broken", where="q1", hint="fix it")

    monkeypatch.setattr(Workspace, "open", broken)
    for command in (("assessment", "show", "1"), ("assessment", "answer", "1", "q", "yes")):
        error = fails(run(*command))
        assert "Error: the thing is broken" in error


def test_a_file_the_system_refuses_is_a_message_too(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: Workspace, assessment_id: int) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", "/somewhere/aipia.db")

    monkeypatch.setattr(Workspace, "open", refused)
    error = fails(run("assessment", "show", "1"))
    assert "Permission denied" in error and "/somewhere/aipia.db" in error


def test_other_exceptions_are_bugs_and_are_not_hidden(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(self: Workspace, assessment_id: int) -> object:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Workspace, "open", bug)
    result = run("assessment", "show", "1")
    assert isinstance(result.exception, ZeroDivisionError)
