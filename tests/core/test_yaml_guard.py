"""Hostile YAML (SECURITY.md, "YAML"): refused fast, with a located message, never a crash.

Every hostile input is given twice: straight to ``parse_yaml_bytes`` and as a
module file of an otherwise valid pack through ``load_pack``. Each must be
refused with a message naming the file, and nothing but ``YamlError`` (or the
loader's result) may come out. "Fast" is a CPU-time budget with a wide margin
(each case takes well under half a second of CPU; an unguarded billion laughs
takes minutes), never a wall-clock limit: the machine is shared and busy.
How fast is measured in benchmarks/bench_yaml_guard.py.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.diagnostics import Diagnostic
from app.core.loader import load_pack
from app.core.loader.yaml_guard import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    YamlError,
    parse_yaml_bytes,
    read_yaml,
)
from tests.core.packtools import copy_demo, shown

APP = Path(__file__).resolve().parents[2] / "app"
NAME = "hostile.yaml"
CPU_BUDGET = 10.0  # seconds of CPU time, not of the clock
CALLS: list[object] = []


def record(*args: object) -> None:
    """Target of a python/object/apply tag: it must never run."""
    CALLS.append(args)


def billion_laughs(levels: int = 9, width: int = 9) -> bytes:
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * width)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def deep_block_mapping(levels: int) -> bytes:
    return "".join(" " * i + f"k{i}:\n" for i in range(levels)).encode() + b" " * levels + b"x\n"


@dataclass(frozen=True)
class Hostile:
    raw: bytes
    message: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None


def _flow(depth: int) -> bytes:
    return b"a: " + b"[" * depth + b"]" * depth + b"\n"


ALIASES_101 = b"a: &x 1\nb: [" + b", ".join([b"*x"] * (MAX_ALIASES + 1)) + b"]\n"
HOSTILE: dict[str, Hostile] = {
    "billion laughs": Hostile(
        billion_laughs(),
        f"the document expands to more than {MAX_NODES} nodes through its aliases",
        7,  # the alias whose expansion crosses the limit: 9**6 * ... > 200,000 at a6's second *a5
        10,
    ),
    "more than 100 aliases": Hostile(
        ALIASES_101,
        f"more than {MAX_ALIASES} aliases",
        2,
        ALIASES_101.rindex(b"*x") - len(b"a: &x 1\n") + 1,
    ),
    "flow sequences 100,000 deep": Hostile(_flow(100_000), "nesting deeper than 64 levels", 1),
    "flow sequences 100,000 deep, never closed": Hostile(
        b"a: " + b"[" * 100_000 + b"\n", "nesting deeper than 64 levels", 1
    ),
    "flow mappings 100,000 deep": Hostile(
        b"a: " + b"{a: " * 100_000 + b"}" * 100_000 + b"\n", "nesting deeper than 64 levels", 1
    ),
    "block sequences 100,000 deep": Hostile(
        b"a:\n" + b"- " * 100_000 + b"x\n", "nesting deeper than 64 levels", 2
    ),
    "block mappings 1,500 deep": Hostile(
        deep_block_mapping(1_500), "nesting deeper than 64 levels", 65, 65
    ),
    "flow sequences 65 deep": Hostile(_flow(MAX_DEPTH), "nesting deeper than 64 levels", 1, 67),
    "block mappings 65 deep": Hostile(
        deep_block_mapping(MAX_DEPTH + 1), "nesting deeper than 64 levels", 65, 65
    ),
    "a file over 2 MB": Hostile(
        b"a: '" + b"x" * MAX_FILE_BYTES + b"'\n",
        "the file is larger than 2 MB; pack files must be smaller",
    ),
    "python/object/apply": Hostile(
        b"a: 1\nb: !!python/object/apply:os.system ['echo pwned']\n",
        "the YAML tag '!!python/object/apply:os.system' is not allowed in pack files",
        2,
        4,
    ),
    "python/object/apply of a test function": Hostile(
        b"b: !!python/object/apply:tests.core.test_yaml_guard.record [1]\n",
        "the YAML tag '!!python/object/apply:tests.core.test_yaml_guard.record'",
        1,
        4,
    ),
    "python/name": Hostile(
        b"b: !!python/name:os.system\n", "the YAML tag '!!python/name:os.system'", 1, 4
    ),
    "python/object/new": Hostile(
        b"b: !!python/object/new:os.system [ls]\n", "'!!python/object/new:os.system'", 1, 4
    ),
    "python tag on a key": Hostile(
        b"? !!python/object/apply:os.system [ls]\n: 1\n", "'!!python/object/apply:os.system'", 1, 3
    ),
    "local custom tag": Hostile(b"a: !foo bar\n", "the YAML tag '!foo' is not allowed", 1, 4),
    "verbatim custom tag": Hostile(
        b"a: !<tag:example.com,2000:x> bar\n", "the YAML tag 'tag:example.com,2000:x'", 1, 4
    ),
    "custom tag through %TAG": Hostile(
        b"%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", "'tag:example.com,2000:x'", 3, 4
    ),
    "!!binary": Hostile(b"a: !!binary aGVsbG8=\n", "the YAML tag '!!binary'", 1, 4),
    "!!set": Hostile(b"a: !!set {x, y}\n", "the YAML tag '!!set'", 1, 4),
    "!!omap": Hostile(b"a: !!omap [{x: 1}]\n", "the YAML tag '!!omap'", 1, 4),
    "!!timestamp": Hostile(b"a: !!timestamp 2020-01-01\n", "the YAML tag '!!timestamp'", 1, 4),
    "invalid UTF-8": Hostile(
        b"a: 1\nb: caf\xe9 au lait\n",
        "the file is not valid UTF-8 text",
        2,
        7,
        "save it with UTF-8 encoding",
    ),
    "UTF-16": Hostile("a: 1\n".encode("utf-16"), "the file is not valid UTF-8 text", 1, 1),
    "a UTF-8 BOM": Hostile(
        b"\xef\xbb\xbfa: 1\n",
        "the file starts with a byte-order mark (BOM)",
        1,
        1,
        "save it as UTF-8 without BOM",
    ),
    "tab indentation": Hostile(
        b"a:\n  b: 1\n\tc: 2\n", "invalid YAML", 3, 1, "use spaces, not tabs, to indent YAML"
    ),
    "tab as the only indentation": Hostile(
        b"a:\n\tb: 1\n", "invalid YAML", 2, 1, "use spaces, not tabs, to indent YAML"
    ),
    "a NUL character": Hostile(
        b"a: 1\nb: x\x00y\n",
        "invalid YAML: character #x0000: control characters are not allowed",
        2,
        5,
        "remove control characters from the file",
    ),
    "duplicate keys": Hostile(
        b"a: 1\nb: 2\na: 3\n", "duplicate key 'a' (first given on line 1)", 3, 1
    ),
    "duplicate nested keys": Hostile(
        b"a:\n  x: 1\n  y: 2\n  x: 3\n", "duplicate key 'x' (first given on line 2)", 4, 3
    ),
    "a list at the top level": Hostile(
        b"- a\n- b\n", "the top level must be a mapping of keys (key: value)", 1, 1
    ),
    "a scalar at the top level": Hostile(
        b"just text\n", "the top level must be a mapping of keys (key: value)", 1, 1
    ),
    "an empty file": Hostile(b"", "the file is empty; expected a mapping of keys"),
    "only a comment": Hostile(b"# nothing here\n", "the file is empty; expected a mapping"),
    "two documents": Hostile(
        b"a: 1\n---\nb: 2\n", "the file holds more than one YAML document", 2, 1
    ),
    "two explicit documents": Hostile(
        b"---\na: 1\n...\n---\nb: 2\n", "the file holds more than one YAML document", 4, 1
    ),
    "more than 200,000 nodes": Hostile(
        b"a: [" + b",".join([b"1"] * MAX_NODES) + b"]\n", f"more than {MAX_NODES} nodes", 1
    ),
    "a merge key": Hostile(
        b"a: &x {b: 1}\nc:\n  <<: *x\n", "merge keys ('<<') are not supported", 3, 3
    ),
    "an empty !!int": Hostile(b"a: !!int\n", "invalid value '' for the tag '!!int'", 1, 4),
    "an empty !!bool key": Hostile(b"!!bool : 1\n", "invalid value '' for the tag '!!bool'", 1, 1),
    "an impossible date": Hostile(b"a: 2026-13-45\n", "invalid value '2026-13-45'", 1, 4),
    "a list as a key": Hostile(b"? [a, b]\n: 1\n", "a key must be plain text", 1, 3),
}


def cpu_seconds(action: Callable[[], object]) -> float:
    """The CPU time ``action`` used (all threads); load on the machine barely moves it."""
    start = time.process_time()
    action()
    return time.process_time() - start


def refuse(raw: bytes, name: str = NAME) -> list[Diagnostic]:
    """The diagnostics ``parse_yaml_bytes`` raises, checked to come within the CPU budget."""
    caught: list[YamlError] = []

    def parse() -> None:
        try:
            parse_yaml_bytes(raw, name)
        except YamlError as exc:
            caught.append(exc)

    used = cpu_seconds(parse)
    assert caught, "accepted"
    assert used < CPU_BUDGET, f"used {used:.2f} s of CPU"
    return caught[0].diagnostics


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_parse_refuses_hostile_bytes(case: Hostile) -> None:
    diagnostics = refuse(case.raw)
    assert len(diagnostics) == 1, shown(diagnostics)
    found = diagnostics[0]
    assert found.file == NAME
    assert case.message in found.message, str(found)
    assert found.line == case.line, str(found)
    if case.column is not None:
        assert found.column == case.column, str(found)
    if case.hint is not None:
        assert found.hint == case.hint, str(found)
    assert CALLS == []


@pytest.mark.parametrize("case", HOSTILE.values(), ids=HOSTILE.keys())
def test_load_pack_refuses_a_hostile_module(case: Hostile, tmp_path: Path) -> None:
    folder = copy_demo(tmp_path / "pack")
    module = folder / "open_models.yaml"
    module.write_bytes(case.raw)
    results = []
    used = cpu_seconds(lambda: results.append(load_pack(folder)))
    result = results[0]
    assert used < CPU_BUDGET, f"used {used:.2f} s of CPU"
    assert result.pack is None
    located = [d for d in result.errors if d.file == str(module)]
    assert len(located) == 1, shown(result.diagnostics)
    assert case.message in located[0].message
    assert located[0].line == case.line
    assert str(located[0]).startswith(f"{module}:" if case.line else f"{module}: ")
    assert CALLS == []


def test_depth_64_and_100_aliases_are_accepted() -> None:
    doc = parse_yaml_bytes(_flow(MAX_DEPTH - 1), NAME)  # the top mapping is one level
    value, depth = doc.data, 0
    while isinstance(value, dict | list) and value:
        value = value["a"] if isinstance(value, dict) else value[0]
        depth += 1
    assert depth + 1 == MAX_DEPTH  # the innermost list is empty
    doc = parse_yaml_bytes(deep_block_mapping(MAX_DEPTH), NAME)
    assert doc.data["k0"]["k1"]["k2"] is not None
    raw = b"a: &x 1\nb: [" + b", ".join([b"*x"] * MAX_ALIASES) + b"]\n"
    assert parse_yaml_bytes(raw, NAME).data["b"] == [1] * MAX_ALIASES


def test_small_alias_fan_out_is_accepted() -> None:
    doc = parse_yaml_bytes(billion_laughs(levels=3, width=3), NAME)
    assert doc.data["a1"] == [["lol"]] * 3
    assert doc.data["a3"] == [[[["lol"]] * 3] * 3] * 3


def test_read_yaml_reads_at_most_2_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: '" + b"x" * (20 * MAX_FILE_BYTES) + b"'\n")
    with pytest.raises(YamlError) as caught:
        read_yaml(big)
    assert caught.value.diagnostics == [
        Diagnostic(str(big), "the file is larger than 2 MB; pack files must be smaller")
    ]


def test_read_yaml_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(YamlError) as caught:
        read_yaml(tmp_path / "nope.yaml", "nope.yaml")
    (found,) = caught.value.diagnostics
    assert found.file == "nope.yaml"
    assert found.message.startswith("cannot read the file:")


def test_positions_of_values_and_keys() -> None:
    doc = parse_yaml_bytes(b"a:\n  b: [x, 'y']\n  c: |\n    text\n", NAME)
    assert doc.data == {"a": {"b": ["x", "y"], "c": "text\n"}}
    assert (doc.values[("a", "b", 1)].line, doc.values[("a", "b", 1)].column) == (2, 10)
    assert doc.values[("a", "b", 1)].style == "'"
    assert (doc.keys[("a", "c")].line, doc.keys[("a", "c")].column) == (3, 3)
    assert doc.values[("a", "c")].style == "|"
    # a path that is not there falls back to its nearest ancestor
    assert doc.position(("a", "b", 7)) == doc.values[("a", "b")]


# --- properties: nothing but YamlError, ever ---------------------------------------------

YAML_PIECES = st.sampled_from(
    [
        *"ab:-[]{},&*!?|>'\"#%@` \n\t\\0.1~<=",
        "!!",
        "&x ",
        "*x",
        "<<: ",
        "- ",
        ": ",
        "\r",
        "\x85",
        "\u2028",
        "\ufeff",
        "\x00",
        "---",
        "...",
        "%YAML 1.1\n",
        "%TAG ! tag:x,2000:\n",
        "!!int ",
        "!!float ",
        "!!str ",
        "!!bool ",
        "!!null ",
        "!!map ",
        "!!seq ",
        "2020-01-01",
        "0x1F",
        "1e400",
        ".inf",
        ".nan",
        "1_000",
        "0o17",
        "12:30:00",
        "yes",
        "no",
        "null",
        "!<tag:yaml.org,2002:str> ",
        "\n  ",
        "\n    ",
        "한국어",
    ]
)


def _only_yaml_error(raw: bytes) -> None:
    try:
        doc = parse_yaml_bytes(raw, NAME)
    except YamlError as exc:
        assert exc.diagnostics
        assert all(d.file == NAME for d in exc.diagnostics)
    else:
        assert isinstance(doc.data, dict)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_raise_only_yaml_error(raw: bytes) -> None:
    _only_yaml_error(raw)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_random_yaml_like_text_raises_only_yaml_error(text: str) -> None:
    _only_yaml_error(text.encode("utf-8", "surrogatepass"))


# PyYAML's emitter cannot round-trip line separators or control characters in plain
# and single-quoted scalars (it folds them); those are not what this test is about.
TEXT = st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters="\ufeff")
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(TEXT, max_size=20)
)
DOCUMENTS = st.dictionaries(
    st.text(TEXT, min_size=1, max_size=10),
    st.recursive(
        SCALARS,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.text(TEXT, min_size=1, max_size=8), inner, max_size=4)
        ),
        max_leaves=20,
    ),
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_safe_dumped_documents_read_back_unchanged(data: dict[str, object]) -> None:
    raw = yaml.safe_dump(data, allow_unicode=True).encode("utf-8")
    doc = parse_yaml_bytes(raw, NAME)
    assert _same(doc.data, data)


def _same(a: object, b: object) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


# --- the source never loads YAML unsafely, never evaluates ---------------------------------

SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
UNSAFE_LOADERS = {"Loader", "CLoader", "FullLoader", "CFullLoader", "UnsafeLoader", "CUnsafeLoader"}
ALWAYS_UNSAFE = {"unsafe_load", "unsafe_load_all", "full_load", "full_load_all"}
NEEDS_LOADER = {"load", "load_all", "parse", "compose", "compose_all", "scan"}


def _loaderish(node: ast.AST) -> set[str]:
    """Names and strings ending in 'Loader' inside an expression."""
    found = set()
    for sub in ast.walk(node):
        for text in (
            getattr(sub, "id", None),
            getattr(sub, "attr", None),
            getattr(sub, "value", None),
        ):
            if isinstance(text, str) and text.endswith("Loader"):
                found.add(text)
    return found


def _is_safe_loader(node: ast.AST, assignments: dict[str, list[ast.AST]]) -> bool:
    if isinstance(node, ast.Name) and node.id in assignments:
        values = assignments[node.id]
        return bool(values) and all(_is_safe_loader(v, {}) for v in values)
    names = _loaderish(node)
    return bool(names) and names <= SAFE_LOADERS


def unsafe_yaml_and_eval(source: str) -> list[str]:
    """Every unsafe YAML load and every eval/exec call in one module's source."""
    tree = ast.parse(source)
    assignments: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    assignments.setdefault(target.id, []).append(node.value)
    problems = []
    for node in ast.walk(tree):
        problem = _node_problem(node, assignments)
        if problem:
            problems.append(f"line {getattr(node, 'lineno', '?')}: {problem}")
    return problems


def _node_problem(node: ast.AST, assignments: dict[str, list[ast.AST]]) -> str | None:
    if isinstance(node, ast.ImportFrom) and node.module == "yaml":
        bad = {a.name for a in node.names} & (ALWAYS_UNSAFE | UNSAFE_LOADERS | {"load", "load_all"})
        return f"from yaml import {', '.join(sorted(bad))}" if bad else None
    if isinstance(node, ast.Attribute) and node.attr in UNSAFE_LOADERS:
        return f"uses an unsafe loader: {node.attr}"
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    # the built-ins, bare or through builtins (Qt's dialog.exec() is a method, not exec)
    is_builtin = isinstance(func, ast.Name) or (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("builtins", "__builtins__")
    )
    if name in ("eval", "exec") and is_builtin:
        return f"calls {name}()"
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
        return None
    if func.value.id != "yaml":
        return None
    if name in ALWAYS_UNSAFE:
        return f"calls yaml.{name}()"
    if name in NEEDS_LOADER:
        loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
        loader = loader or (node.args[1] if len(node.args) > 1 else None)
        if loader is None or not _is_safe_loader(loader, assignments):
            return f"calls yaml.{name}() without a safe loader"
    return None


def test_the_checker_catches_unsafe_code() -> None:
    bad = """
import yaml
from yaml import unsafe_load
L = yaml.FullLoader
yaml.load(text)
yaml.load(text, Loader=yaml.Loader)
yaml.load_all(text, yaml.UnsafeLoader)
yaml.load(text, Loader=L)
yaml.unsafe_load(text)
yaml.full_load(text)
eval("1")
exec("x = 1")
builtins.eval("1")
"""
    flagged = {int(p.split(":")[0].removeprefix("line ")) for p in unsafe_yaml_and_eval(bad)}
    assert flagged == set(range(3, 14)), unsafe_yaml_and_eval(bad)
    good = """
import yaml
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
yaml.load(text, Loader=_Loader)
yaml.compose(text, Loader=yaml.CSafeLoader)
yaml.safe_load(text)
evaluate(expr)
re.compile("x")
dialog.exec()
"""
    assert unsafe_yaml_and_eval(good) == []


def test_no_unsafe_yaml_loading_or_eval_in_app() -> None:
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 20
    problems = [
        f"{path.relative_to(APP.parent)}: {problem}"
        for path in files
        for problem in unsafe_yaml_and_eval(path.read_text(encoding="utf-8"))
    ]
    assert problems == []
