"""Import files that were accepted without checks: each is refused by field, or warned about.

Every case starts from a real export and changes one thing; a refused import
writes nothing.
"""

from __future__ import annotations

import codecs
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.answers import file as answer_file
from app.services.transfer import ImportFileError, import_with_warnings
from app.services.workspace import Workspace

from .conftest import DEMO_SMALL, counts, exported_file

Edit = Callable[[dict[str, Any]], None]


def archived(question_id: str = "retired_question", version: str = "0.0.1",
             value: Any = "kept", **extra: Any) -> dict[str, Any]:
    return {"question_id": question_id, "value": {"value": value}, "pack_version": version,
            "reason": "removed", **extra}


def refused(workspace: Workspace, path: Path) -> list[str]:
    before = counts(workspace)
    with pytest.raises(ImportFileError) as caught:
        import_with_warnings(workspace, path, as_copy=True)
    assert counts(workspace) == before
    assert "Traceback" not in str(caught.value)
    return caught.value.problems


def edited_export(here: Workspace, filled: int, tmp_path: Path, edit: Edit) -> Path:
    path = tmp_path / "export.json"
    data = exported_file(here, filled, path)
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


def set_in(*keys: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value

    return edit


CASES: dict[str, tuple[Edit, str]] = {
    "NUL in the title": (set_in("assessment", "title", value="Bot\x00"),
                         "assessment.title: contains a NUL character"),
    "NUL in the organization": (set_in("assessment", "organization", value="A\x00"),
                                "assessment.organization: contains a NUL character"),
    "NUL in a plan note": (set_in("measure_plans", "host_dpa", "note", value="a\x00b"),
                           "measure_plans.host_dpa.note: contains a NUL character"),
    "NUL in an answer note": (set_in("answers", "system_name", "note", value="\x00"),
                              "answers.system_name.note: contains a NUL character"),
    "surrogate in the title": (set_in("assessment", "title", value="Bot \ud800"),
                               "assessment.title: contains an unpaired surrogate (\\ud800)"),
    "surrogate in an archived label": (
        set_in("archived_answers", value=[archived(label={"en": "\udfff"})]),
        "archived_answers[0].label.en: contains an unpaired surrogate (\\udfff)"),
    "a very long title": (set_in("assessment", "title", value="t" * 501),
                          "assessment.title: String should have at most 500 characters"),
    "a long answer note": (set_in("answers", "system_name", "note", value="n" * 20_001),
                           "answers.system_name.note: longer than 20000 characters"),
    "an archived answer of 1 MB": (
        set_in("archived_answers", value=[archived(value="x" * 2**20)]),
        "archived_answers[0].value: larger than 512 KB"),
    "an archived answer that is not an answer": (
        set_in("archived_answers", value=[{**archived(), "value": {"anything": 1}}]),
        'archived_answers[0].value: expected {"value": ...}'),
    "too many archived answers for one question": (
        set_in("archived_answers", value=[archived()] * 21),
        "archived_answers: 21 entries for 'retired_question' (at most 20"),
    "an archived answer from a later version": (
        set_in("archived_answers", value=[archived(version="0.2.0")]),
        "archived_answers[0].pack_version: 0.2.0 is not older than the assessment's pack "
        "version 0.1.0"),
    "too many archived answers": (
        set_in("archived_answers", value=[archived(f"q{i}") for i in range(1001)]),
        "archived_answers: List should have at most 1000 items"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_fields_are_refused_by_name(
    case: str, here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    edit, expected = CASES[case]
    problems = refused(there, edited_export(here, filled, tmp_path, edit))
    assert any(p.startswith(expected) for p in problems), problems


def test_archived_total_size_is_limited(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(answer_file, "MAX_ARCHIVED_TOTAL_BYTES", 1000)
    edit = set_in("archived_answers", value=[archived(f"q{i}", value="x" * 300)
                                             for i in range(4)])
    problems = refused(there, edited_export(here, filled, tmp_path, edit))
    assert problems == ["archived_answers: 1 KB of answers in all (at most 0 MB)"]


def test_archived_question_ids_are_checked_against_an_installed_older_version(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path, builtin: Path
) -> None:
    # the file is on 0.2.0; 0.1.0 is here too. Both are built in: a built-in pack's id is
    # bound to the AIPIA key, so an unsigned folder could not install 0.2.0 of it.
    newer = builtin / "demo-small-0.2.0"
    shutil.copytree(DEMO_SMALL, newer)
    manifest = newer / "pack.yaml"
    manifest.write_text(manifest.read_text().replace("version: 0.1.0", "version: 0.2.0"))

    def edit(data: dict[str, Any]) -> None:
        data["pack"] = {"id": data["pack"]["id"], "version": "0.2.0"}
        data["archived_answers"] = [archived("never_existed", "0.1.0"),
                                    archived("system_name", "0.1.0"),
                                    archived("not_checked", "0.0.9")]  # 0.0.9 is not here

    problems = refused(there, edited_export(here, filled, tmp_path, edit))
    assert problems == ["archived_answers[0].question_id: 'never_existed' is not a question "
                        "of pack 'org.aipia.test.demo-small' 0.1.0"]


def test_repeated_keys_are_refused_where_they_are(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    path = edited_export(here, filled, tmp_path, lambda data: None)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"title": ', '"title": "first", "title": ', 1), encoding="utf-8")
    assert refused(there, path) == [
        "assessment.title: the key appears more than once in the same object (only one is "
        "allowed)"]


@pytest.mark.parametrize(("encode", "expected"), [
    (lambda text: text.encode("utf-16"), "the file is UTF-16 text, but AIPIA reads UTF-8"),
    (lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"), "the file is UTF-32 text"),
    (lambda text: text.encode("utf-16-le"), "the file looks like UTF-16 text"),
    (lambda text: text.replace("Note", "N\u00f6te").encode("latin-1"),
     "line {line}, column {column}: the byte 0xf6 is not UTF-8 text"),
])
def test_other_encodings_get_a_clear_message(
    encode: Callable[[str], bytes], expected: str, here: Workspace, there: Workspace,
    filled: int, tmp_path: Path,
) -> None:
    path = edited_export(here, filled, tmp_path, set_in("assessment", "title", value="Note"))
    text = json.dumps(json.loads(path.read_text(encoding="utf-8")), indent=2)
    path.write_bytes(encode(text))
    where = text.index("Note") + 1  # the o-umlaut, in the Latin-1 case
    line = text.count("\n", 0, where) + 1
    expected = expected.format(line=line, column=where - text.rfind("\n", 0, where))
    [problem] = refused(there, path)
    assert problem.startswith(f"not a JSON export file: {expected}")
    assert "save it as UTF-8" in problem


def test_a_utf8_byte_order_mark_is_accepted(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    path = edited_export(here, filled, tmp_path, lambda data: None)
    path.write_bytes(codecs.BOM_UTF8 + path.read_bytes())
    outcome = import_with_warnings(there, path)
    assert outcome.record.title == "진료 요약 도우미" and outcome.warnings == []


def test_a_different_pack_hash_is_imported_with_a_warning_that_says_what_differs(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    path = edited_export(here, filled, tmp_path, set_in("pack", "hash", value="0" * 64))
    outcome = import_with_warnings(there, path)
    [warning] = outcome.warnings
    installed = there.catalog.get("org.aipia.test.demo-small", "0.1.0").content_hash
    assert warning.startswith("pack.hash: the answers were given to org.aipia.test.demo-small "
                              "0.1.0 with content hash 000000000000...")
    assert f"has {installed[:12]}..." in warning and "same version with different content" \
        in warning
    assert there.open(outcome.record.id).pack_changed  # the app and report keep saying so


def test_the_same_pack_hash_gives_no_warning(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    path = edited_export(here, filled, tmp_path, lambda data: None)
    outcome = import_with_warnings(there, path)
    assert outcome.warnings == [] and not there.open(outcome.record.id).pack_changed


def test_a_flood_of_problems_is_cut_short(
    here: Workspace, there: Workspace, filled: int, tmp_path: Path
) -> None:
    edit = set_in("measure_plans", value={f"m{i}": {"note": "\x00"} for i in range(300)})
    problems = refused(there, edited_export(here, filled, tmp_path, edit))
    assert len(problems) == 51 and problems[-1] == "... and 250 more"
