"""A valid pack: loads clean, counts its languages, hashes stably, and indexes everything.

Expected ids are read from the fixture files with plain ``yaml.safe_load``, so the
indexes are checked against the files, not against the loader itself.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from app.core.diagnostics import Severity
from app.core.loader import PackLoadError, load_pack, require_pack
from app.core.pack import Pack
from tests.core.packtools import (
    DEMO_SMALL,
    PackFactory,
    apply_edit,
    assert_diag,
    copy_demo,
    load_clean,
    make_pack,
    where,
)

__all__ = ["make_pack"]  # the fixture, imported for pytest
MODULE_FILES = ("context.yaml", "open_models.yaml", "data_flows.yaml")
SCREENING_TITLE = "title: {en: DPIA screening, ko: 영향평가 필요성 검토}"


# libyaml, as the guard uses: PyYAML's pure-Python parser refuses "called?," in the
# flow mappings of demo-small.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def raw(file: str) -> Any:
    """A fixture file read independently of the guard (which is under test)."""
    return yaml.load((DEMO_SMALL / file).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506


@pytest.fixture(scope="module")
def demo() -> Pack:
    return require_pack(DEMO_SMALL)


def test_demo_small_loads_without_errors_or_warnings() -> None:
    result = load_pack(DEMO_SMALL)
    assert result.diagnostics == []
    assert result.ok and result.pack is not None
    assert result.manifest is not None and result.manifest.id == "org.aipia.test.demo-small"
    assert result.completeness == {"en": 1.0, "ko": 1.0}


def test_demo_small_uses_every_question_type(demo: Pack) -> None:
    assert {q.type for q in demo.questions.values()} == {
        "yes_no",
        "single_choice",
        "multiple_choice",
        "short_text",
        "long_text",
        "number",
        "date",
        "table",
    }


@pytest.mark.parametrize(
    "missing", ["title: {en: DPIA screening}", "title: {en: DPIA screening, ko: ' '}"]
)
def test_a_label_without_korean_lowers_completeness(make_pack: PackFactory, missing: str) -> None:
    folder = make_pack("context.yaml", SCREENING_TITLE, missing)
    result = load_clean(folder)  # a partial language loads: Korean readers see it in English
    assert result.pack is not None
    warning = assert_diag(
        result,
        where(folder, "context.yaml", missing.removeprefix("title: ")),
        "'ko' is 99% complete: 1 of", "texts have no 'ko' text (the first: title)",
        "show the 'en' text there, marked '(en)'",
        severity=Severity.WARNING,
    )
    assert len([d for d in result.warnings if "complete" in d.message]) == 1, warning
    assert result.completeness["en"] == 1.0
    assert 0.95 < result.completeness["ko"] < 1.0
    assert result.pack.text(result.pack.sections["screening"].title, "ko") == "DPIA screening"


def test_completeness_counts_each_missing_text(make_pack: PackFactory) -> None:
    one = load_pack(make_pack("context.yaml", SCREENING_TITLE, "title: {en: DPIA screening}"))
    two = load_pack(
        make_pack(
            {
                "context.yaml": (SCREENING_TITLE, "title: {en: DPIA screening}"),
                "data_flows.yaml": ("{en: Country, ko: 국가}", "{en: Country}"),
            }
        )
    )
    full = 1.0
    step = full - one.completeness["ko"]
    assert two.completeness["ko"] == pytest.approx(full - 2 * step, abs=1e-4)
    assert not two.errors
    [warning] = [d for d in two.warnings if "complete" in d.message]
    assert " 2 of " in warning.message


# --- content hash ---------------------------------------------------------------------


def test_content_hash_is_stable_and_independent_of_the_folder(tmp_path: Path, demo: Pack) -> None:
    again = require_pack(DEMO_SMALL)
    elsewhere = require_pack(copy_demo(tmp_path / "somewhere" / "else"))
    assert demo.content_hash == again.content_hash == elsewhere.content_hash
    assert len(demo.content_hash) == 64
    int(demo.content_hash, 16)


ONE_BYTE = {
    "pack.yaml": ("# Test fixture", "# Test Fixture"),
    "context.yaml": ("Who runs the AI system", "who runs the AI system"),
    "open_models.yaml": ("Which models you run", "which models you run"),
    "data_flows.yaml": ("What personal data reaches", "what personal data reaches"),
}


@pytest.mark.parametrize("file", ONE_BYTE)
def test_content_hash_changes_with_one_byte(tmp_path: Path, demo: Pack, file: str) -> None:
    folder = copy_demo(tmp_path / "pack")
    before = (folder / file).read_bytes()
    apply_edit(folder, file, *ONE_BYTE[file])
    after = (folder / file).read_bytes()
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1
    assert require_pack(folder).content_hash != demo.content_hash


# --- indexes --------------------------------------------------------------------------


def test_indexes_match_the_files(demo: Pack) -> None:
    modules = {file: raw(file) for file in MODULE_FILES}
    sections = [s for m in modules.values() for s in m["sections"]]
    questions = [(q, s["id"]) for s in sections for q in s["questions"]]
    assert [m.id for m in demo.modules] == ["context", "open_models", "data_flows"]
    assert list(demo.sections) == [s["id"] for s in sections]
    assert list(demo.questions) == [q["id"] for q, _ in questions]
    assert dict(demo.section_of) == {q["id"]: section for q, section in questions}
    assert dict(demo.module_of) == {
        s["id"]: m["id"] for m in modules.values() for s in m["sections"]
    }
    assert list(demo.risks) == [r["id"] for m in modules.values() for r in m["risks"]]
    assert list(demo.measures) == [x["id"] for m in modules.values() for x in m["measures"]]
    assert demo.section_questions("screening") == (
        demo.questions["dpia_screening"],
        demo.questions["dpia_reason"],
    )
    assert [s.id for _, s in demo.iter_sections()] == list(demo.sections)


def test_indexes_are_read_only(demo: Pack) -> None:
    with pytest.raises(TypeError):
        demo.questions["x"] = demo.questions["purpose"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        demo.content_hash = "x"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        demo.questions["purpose"].id = "other"  # type: ignore[misc]


def test_choices_resolve_shared_lists(demo: Pack) -> None:
    shared = [c["id"] for c in raw("pack.yaml")["choice_lists"]["data_categories"]]
    data_in_prompts = demo.questions["data_in_prompts"]
    assert [c.id for c in demo.choices(data_in_prompts)] == shared
    table = demo.questions["transfers"]
    categories = next(c for c in getattr(table, "columns", ()) if c.id == "categories")
    assert [c.id for c in demo.choices(categories)] == shared
    none = demo.choice(data_in_prompts, "none")
    assert none is not None and none.exclusive
    assert demo.choice(data_in_prompts, "nothing") is None


def test_choices_of_inline_lists_and_other_questions(demo: Pack) -> None:
    inline = [c["id"] for c in raw("context.yaml")["sections"][1]["questions"][0]["choices"]]
    assert [c.id for c in demo.choices(demo.questions["dpia_screening"])] == inline
    assert demo.choices(demo.questions["purpose"]) == ()
    assert demo.text(demo.questions["purpose"].label, "fr") == demo.text(
        demo.questions["purpose"].label, "en"
    )
    assert demo.text(demo.questions["purpose"].label, "ko").startswith("시스템의 이용 목적")


def test_rules_are_compiled_once(demo: Pack) -> None:
    rules = demo.rules
    with_show_if = {
        q["id"]
        for file in MODULE_FILES
        for s in raw(file)["sections"]
        for q in s["questions"]
        if "show_if" in q
    }
    assert set(rules.show_if) == with_show_if
    assert set(rules.risk_when) == set(demo.risks)
    assert [level for _, level in rules.likelihood["dpia_required"]] == ["almost_certain", "likely"]
    assert rules.likelihood["dpia_required"][-1][0] is None
    assert [level for _, level in rules.severity["dpia_required"]] == ["significant"]
    assert set(rules.required) == {"host_region"}
    assert set(rules.constraint) == {"affected_people", "log_retention_days"}


def test_require_pack_raises_with_every_error(tmp_path: Path) -> None:
    folder = copy_demo(tmp_path / "pack")
    apply_edit(folder, "context.yaml", "type: short_text", "type: short_txt")
    apply_edit(folder, "pack.yaml", "default_language: en", "default_language: fr")
    with pytest.raises(PackLoadError) as caught:
        require_pack(folder)
    assert len(caught.value.result.errors) == 2
    assert f"{where(folder, 'context.yaml', 'short_txt')}: unknown type 'short_txt'" in str(
        caught.value
    )


def test_an_extra_unlisted_yaml_file_is_ignored(tmp_path: Path) -> None:
    folder = copy_demo(tmp_path / "pack")
    shutil.copy(folder / "context.yaml", folder / "notes.yaml")
    (folder / "broken.yaml").write_bytes(b"\x00\xff")
    result = load_clean(folder)
    assert result.diagnostics == []
