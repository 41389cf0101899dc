"""docs/cli.md cannot drift from the click group (STYLE.md point 10, after sqlite-utils).

Every command and subcommand, found by walking the group, has a heading
``aipia <path>`` in docs/cli.md, and every option of it is named in that
command's part of the page. A new command or option without docs fails here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import click
import pytest

from app.cli import cli
from app.core.loader import load_pack
from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "cli.md"
HEADING = re.compile(r"^#{1,6} .*$", re.M)


def walk(command: click.Command, path: str = "aipia") -> Iterator[tuple[str, click.Command]]:
    """Every command under ``command`` (itself first), with its full ``aipia ...`` path."""
    yield path, command
    if isinstance(command, click.Group):  # list_commands: with those not imported yet
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            found = command.get_command(ctx, name)
            assert found is not None
            yield from walk(found, f"{path} {name}")


COMMANDS = dict(walk(cli))


def sections() -> dict[str, str]:
    """Heading text (without the #s) -> the text up to the next heading."""
    text = DOC.read_text(encoding="utf-8")
    starts = [m.start() for m in HEADING.finditer(text)] + [len(text)]
    found = {}
    for start, end in itertools.pairwise(starts):
        heading, _, body = text[start:end].partition("\n")
        found[heading.lstrip("#").strip()] = body
    return found


def section_of(path: str) -> str:
    """The part of docs/cli.md under the heading `` `path` `` (exactly that)."""
    found = sections().get(f"`{path}`")
    assert found is not None, f"docs/cli.md has no heading `{path}`"
    return found


def test_the_walk_finds_the_command_tree() -> None:
    assert {"aipia", "aipia pack", "aipia pack validate", "aipia assessment new"} <= set(COMMANDS)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_is_documented(path: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert re.search(rf"{re.escape(path)}(?![\w-])", text), f"docs/cli.md does not mention {path}"
    section_of(path)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_option_is_documented(path: str) -> None:
    body = section_of(path)
    params = [p for p in COMMANDS[path].params if isinstance(p, click.Option)]
    missing = [p.opts[-1] for p in params if not any(f"`{o}" in body for o in p.opts)]
    assert not missing, f"the `{path}` part of docs/cli.md does not name {missing}"


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_argument_is_documented(path: str) -> None:
    body = section_of(path)
    params = [p for p in COMMANDS[path].params if isinstance(p, click.Argument)]
    missing = [p.human_readable_name for p in params if p.human_readable_name not in body]
    assert not missing, f"the `{path}` part of docs/cli.md does not name {missing}"


def test_examples_use_the_shipped_pack() -> None:
    """The built-in pack's id appears with its real version, and every question an example
    answers is one of its questions."""
    loaded = load_pack(REPO_ROOT / "questionnaires" / "ai-pia")
    assert loaded.pack is not None
    text = DOC.read_text(encoding="utf-8")
    versions = re.findall(rf"{re.escape(loaded.pack.id)} (\d+\.\d+\.\d+)", text)
    shipped = {  # the current pack, and frozen older versions kept for their assessments
        result.pack.version
        for folder in (REPO_ROOT / "questionnaires").iterdir() if (folder / "pack.yaml").is_file()
        for result in [load_pack(folder)] if result.pack and result.pack.id == loaded.pack.id
    }
    assert loaded.pack.version in versions and set(versions) <= shipped, versions
    # a new assessment is made on the current version (older ones only appear in listings)
    assert re.search(rf"Created assessment \d+: .*\({re.escape(loaded.pack.id)} "
                     rf"{re.escape(loaded.pack.version)},", text)
    for page in (text, (REPO_ROOT / "README.md").read_text(encoding="utf-8")):
        answered = set(re.findall(r"aipia assessment answer 1 ([a-z_]+) ", page)) - {"q"}
        mistyped = set(re.findall(r"no question '([a-z_]+)'", page))  # the "did you mean" one
        assert answered and answered - mistyped <= set(loaded.pack.questions), answered
        assert not mistyped & set(loaded.pack.questions)
