"""Every error a user can act on shares one base class, so each front end catches it once."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import app
from app.core.errors import UserError

# Raised and caught inside one module, never shown as they are: each becomes a user error, a
# diagnostic or a problem line of its own (the comment says which).
INTERNAL = {
    "app.core.loader.yaml_builder.LimitExceeded": "becomes a YamlError with the file and line",
    "app.core.expr.errors.ExprSyntaxError": "becomes a Diagnostic of the pack",
    "app.core.inspect.findings.InspectError": "becomes a Problem line of the scan",
    "app.packs.zip_reader.ZipRefused": "becomes a BundleError naming the bundle",
    "app.reports.fetcher.FetchDenied": "becomes a 'refused URL' warning of the report",
    "app.elf_needed.ElfError": "read before Qt starts; becomes a missing-library message",
    "app.storage.judgements._Unchanged": "rolls a transaction back; never leaves the store",
}


def _error_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith("app.ui") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, Exception)
                    and value.__module__ == info.name):
                found[f"{info.name}.{name}"] = value
    return found


def test_every_error_of_the_app_is_a_user_error_or_stays_internal() -> None:
    classes = _error_classes()
    assert len(classes) > 30  # the walk did find the layers' errors
    outside = sorted(name for name, cls in classes.items()
                     if not issubclass(cls, UserError) and name not in INTERNAL)
    assert outside == []
    assert set(INTERNAL) <= set(classes)  # the list names real classes


@pytest.mark.parametrize(("name", "base"), [
    ("app.core.answers.AnswerError", ValueError),
    ("app.packs.catalog.PackNotFoundError", LookupError),
    ("app.reports.branding.BrandingError", ValueError),
    ("app.storage.errors.InvalidValue", ValueError),
])
def test_user_errors_keep_the_builtin_kind_callers_already_catch(
        name: str, base: type[Exception]) -> None:
    module, _, cls = name.rpartition(".")
    error_class = getattr(importlib.import_module(module), cls)
    assert issubclass(error_class, UserError) and issubclass(error_class, base)


def test_a_user_error_says_what_where_and_what_to_do() -> None:
    from app.core.answers import AnswerError
    from app.core.regular_files import FileRefused

    answer = AnswerError("system_status", "expected one of yes, no")
    assert str(answer) == "system_status: expected one of yes, no"
    assert (answer.message, answer.where) == ("expected one of yes, no", "system_status")
    refused = FileRefused("it is a folder", "put the file itself there")
    assert str(refused) == "it is a folder — put the file itself there"
    assert refused.hint == "put the file itself there"
