"""docs/architecture.md names real files, modules and classes (it cannot drift silently)."""

from __future__ import annotations

import importlib
import re

from tests.conftest import REPO_ROOT

PAGE = REPO_ROOT / "docs" / "architecture.md"
TEXT = PAGE.read_text(encoding="utf-8")


def test_every_file_the_page_names_exists() -> None:
    named = set(re.findall(r"`((?:app|tests|docs)/[\w/.-]+)`", TEXT)) | {"pyproject.toml"}
    assert len(named) > 30
    missing = sorted(name for name in named if not (REPO_ROOT / name).exists())
    assert missing == []


def test_the_classes_and_functions_it_names_are_where_it_says() -> None:
    where = {
        "Workspace": "app.services.workspace",
        "CheckedAnswer": "app.services.answering",
        "check_answer": "app.core.answers.check",
        "answer_from_json": "app.core.answers.check",
        "UserError": "app.core.errors",
        "UserOp": "app.ui.operations",
        "QuestionKind": "app.core.kinds.base",
        "register_kind": "app.core.kinds.registry",
        "register_editor": "app.ui.wizard.question_editors",
        "QuestionBase": "app.core.model.questions",
        "RenderPool": "app.reports.render_pool",
        "Change": "app.services.events",
        "Editor": "app.ui.wizard.editors",
    }
    for name, module in where.items():
        assert f"`{name}`" in TEXT, name
        assert hasattr(importlib.import_module(module), name), (name, module)
    for method in ("check_answer", "apply_answer", "store_answer", "save_answer",
                   "read_assessment"):
        owner = "Store" if method == "read_assessment" else "Workspace"
        module = importlib.import_module(
            "app.storage" if owner == "Store" else "app.services.workspace")
        assert hasattr(getattr(module, owner), method), method
