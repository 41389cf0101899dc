"""The one place the desktop app catches user errors: one message, the success call, no trace."""

from __future__ import annotations

import errno
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.core.errors import UserError
from app.ui.operations import UserOp


class PackTrouble(UserError):
    pass


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *rest: shown.append((title, text))))
    return shown


def test_a_user_error_is_one_message_box_and_no_success(
        qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[object] = []

    def fail() -> int:
        raise PackTrouble("pack 'x' 1.0 is invalid: questions.yaml:3:5: unknown key")

    op = UserOp(parent, fail).failure("The pack was not installed").success(done.append)
    assert op.run() is False
    assert boxes == [("The pack was not installed",
                      "pack 'x' 1.0 is invalid: questions.yaml:3:5: unknown key")]
    assert done == [] and isinstance(op.error, PackTrouble)


def test_success_calls_back_with_the_value(qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    done: list[int] = []
    op = UserOp(None, lambda: 42).failure("unused").success(done.append)
    assert op.run() is True and done == [42] and op.value == 42 and boxes == []


def test_an_error_can_be_shown_in_the_dialog_itself(
        qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    label = QLabel()
    qtbot.addWidget(label)

    def refused() -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/data/aipia.db")

    assert UserOp(label, refused).shown_in(label.setText).result() is None
    assert label.text() == "Permission denied (/data/aipia.db)" and boxes == []


def test_quiet_operations_say_nothing_but_keep_the_reason(
        qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    op = UserOp(None, lambda: (_ for _ in ()).throw(PackTrouble("gone"))).quietly()
    assert op.result() is None and boxes == [] and str(op.error) == "gone"


def test_a_bug_is_not_turned_into_a_message(qtbot: Any, boxes: list[tuple[str, str]]) -> None:
    with pytest.raises(ZeroDivisionError):
        UserOp(None, lambda: 1 // 0).failure("never shown").run()
    assert boxes == []
