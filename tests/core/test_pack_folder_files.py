"""A pack folder holds regular files only: links, folders and FIFOs in a file's place are
refused, never followed or read (issue 12, items 5 and 9)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.core.lint import lint_pack
from app.core.loader import LoadResult, load_pack
from app.core.loader.yaml_guard import YamlError, read_yaml
from tests.core.packtools import (
    DEMO_SMALL,
    assert_diag,
    copy_demo,
    finishes,
    load_errors,
    where,
)

SECRET = "api_token: do-not-show\nsecret_key: 1\n"  # noqa: S105 - not a real secret
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return copy_demo(tmp_path / "pack")


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the pack, with keys that must never appear in a message."""
    path = tmp_path / "elsewhere" / "secrets.yaml"
    path.parent.mkdir()
    path.write_text(SECRET, encoding="utf-8")
    return path


def module_entry(pack: Path, name: str) -> str:
    """Where pack.yaml lists the module ``name``."""
    return where(pack, "pack.yaml", f"- {name}", shift=2)


def never_echoes_the_outside(result: LoadResult) -> None:
    text = "\n".join(str(d) for d in result.diagnostics)
    assert "api_token" not in text and "secret_key" not in text


def test_a_module_that_links_outside_the_folder_is_refused(pack: Path, outside: Path) -> None:
    (pack / "context.yaml").unlink()
    (pack / "context.yaml").symlink_to(outside)
    result = load_errors(pack)
    assert_diag(result, module_entry(pack, "context.yaml"),
                "module file 'context.yaml' is a symbolic link", "not a link")
    never_echoes_the_outside(result)


def test_a_module_that_links_to_a_file_inside_the_folder_is_refused_too(pack: Path) -> None:
    (pack / "context.yaml").rename(pack / "real.yaml")
    (pack / "context.yaml").symlink_to("real.yaml")
    result = load_errors(pack)
    assert_diag(result, module_entry(pack, "context.yaml"), "is a symbolic link")


def test_a_manifest_that_is_a_link_is_refused(pack: Path, outside: Path) -> None:
    shutil.copy(pack / "pack.yaml", outside.parent / "pack.yaml")
    (pack / "pack.yaml").unlink()
    (pack / "pack.yaml").symlink_to(outside.parent / "pack.yaml")
    result = load_errors(pack)
    [error] = result.errors
    assert error.file == str(pack / "pack.yaml") and "'pack.yaml' is a symbolic link" in str(error)


def test_a_module_path_that_is_a_folder_says_so(pack: Path) -> None:
    (pack / "context.yaml").unlink()
    (pack / "context.yaml").mkdir()
    result = load_errors(pack)
    diagnostic = assert_diag(result, module_entry(pack, "context.yaml"),
                             "module file 'context.yaml' is a folder, not a file")
    assert "not found" not in str(diagnostic) and "did you mean" not in str(diagnostic)


@needs_fifo
def test_a_module_path_that_is_a_fifo_is_refused_without_waiting(pack: Path) -> None:
    (pack / "context.yaml").unlink()
    os.mkfifo(pack / "context.yaml")
    result = finishes(lambda: load_pack(pack))
    assert_diag(result, module_entry(pack, "context.yaml"), "is a named pipe (FIFO)")


def test_a_missing_module_still_gets_a_likely_name(pack: Path) -> None:
    (pack / "context.yaml").rename(pack / "contexts.yaml")
    result = load_errors(pack)
    assert_diag(result, module_entry(pack, "context.yaml"), "not found",
                "did you mean 'contexts.yaml'?")


def test_a_folder_that_links_to_a_pack_is_the_users_choice(tmp_path: Path) -> None:
    link = tmp_path / "linked-pack"
    link.symlink_to(DEMO_SMALL)
    assert load_pack(link).ok


def scenario(pack: Path) -> Path:
    folder = pack / "scenarios"
    folder.mkdir()
    return folder


def test_lint_refuses_a_scenario_that_is_a_link(pack: Path, outside: Path) -> None:
    (scenario(pack) / "one.json").symlink_to(outside)
    report = lint_pack(pack)
    [error] = report.errors
    assert "'scenarios/one.json' is a symbolic link" in error.message
    assert report.scenarios == [] and "api_token" not in str(error)


def test_lint_refuses_a_scenarios_folder_that_is_a_link(pack: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "other-scenarios"
    elsewhere.mkdir()
    (pack / "scenarios").symlink_to(elsewhere)
    [error] = lint_pack(pack).errors
    assert "'scenarios' is a symbolic link, not a folder" in error.message


@needs_fifo
def test_lint_refuses_a_scenario_that_is_a_fifo_without_waiting(pack: Path) -> None:
    os.mkfifo(scenario(pack) / "one.json")
    [error] = finishes(lambda: lint_pack(pack)).errors
    assert "'scenarios/one.json' is a named pipe (FIFO)" in error.message


def test_read_yaml_refuses_a_link(tmp_path: Path, outside: Path) -> None:
    (tmp_path / "link.yaml").symlink_to(outside)
    with pytest.raises(YamlError, match=r"'link\.yaml' is a symbolic link") as caught:
        read_yaml(tmp_path / "link.yaml")
    assert "api_token" not in str(caught.value)
