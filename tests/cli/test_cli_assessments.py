"""``aipia assessment``: new, list, show, answer, export and import, as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from app import paths
from app.cli import cli
from app.storage import Store
from tests.cli.conftest import DEMO_ID, DEMO_SMALL, Run, db_counts, fails, ok

TABLE = json.dumps(
    [
        {
            "name": "Llama-3.1-8B",
            "parameters_b": 8,
            "weight_format": "pickle",
            "obtained": "2026-01-15",
        },
        {"name": "Qwen2.5-7B", "hash_verified": "unknown"},
    ]
)
# every question type, an unknown, a not-applicable and notes: what the CLI is given
EVERY_TYPE: list[tuple[str, ...]] = [
    ("system_name", "Ward assistant"),
    ("purpose", "Summarise notes.\nFor nurses."),
    ("go_live", "2027-01-31"),
    ("affected_people", "--unknown"),
    ("dpia_screening", "innovative,scoring"),
    ("model_inventory", TABLE, "--note", "from the hub"),
    ("deployment_mode", "third_party_host"),
    ("host_region", "US"),
    ("hash_pinned", "partial", "--note", "only some"),
    ("data_in_prompts", "health"),
    ("prompt_logging", "masked"),
    ("log_retention_days", "90"),
    ("transfers", '[{"recipient": "Host Inc.", "country": "US", "categories": ["health"]}]'),
    ("last_review", "--na"),
]


@pytest.fixture
def assessment(run: Run) -> int:
    ok(run("assessment", "new", "--org", "Acme Health", "--title", "Ward bot"))
    return 1


def answer(run: Run, assessment_id: int, qid: str, *rest: str) -> Any:
    return run("assessment", "answer", str(assessment_id), qid, *rest)


def stored(data_dir: Path, assessment_id: int = 1) -> dict[str, tuple[dict[str, Any], str | None]]:
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        return {q: (a.value, a.note) for q, a in store.get_answers(assessment_id).items()}


def fill(run: Run, assessment_id: int = 1) -> None:
    for qid, *rest in EVERY_TYPE:
        ok(answer(run, assessment_id, qid, *rest))


# new / list --------------------------------------------------------------------------------------
def test_new_uses_the_builtin_pack(run: Run) -> None:
    out = ok(run("assessment", "new", "--org", "Acme", "--title", "Ward bot"))
    assert out.strip() == f"Created assessment 1: Ward bot ({DEMO_ID} 0.1.0, en)"
    out = ok(
        run(
            "assessment", "new", "--org", "Acme", "--title", "병동 도우미",
            "--pack", DEMO_ID, "--pack-version", "0.1.0", "--lang", "ko",
        )
    )  # fmt: skip
    assert out.strip() == f"Created assessment 2: 병동 도우미 ({DEMO_ID} 0.1.0, ko)"
    assert "Acme  (2 assessment(s))" in ok(run("org", "list"))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--lang", "fr"], "not available in 'fr' (languages: en, ko)"),
        (
            ["--pack", "org.example.other"],
            f"no pack 'org.example.other' is installed (installed: {DEMO_ID})",
        ),
        (["--pack", DEMO_ID, "--pack-version", "9.9.9"], f"no pack '{DEMO_ID} 9.9.9'"),
    ],
)
def test_new_refused(run: Run, isolated_data_dir: Path, args: list[str], words: str) -> None:
    fails(run("assessment", "new", "--org", "Acme", "--title", "T", *args), words)
    assert db_counts(isolated_data_dir)["assessments"] == 0


def test_new_without_a_title_adds_no_organization(run: Run, isolated_data_dir: Path) -> None:
    fails(run("assessment", "new", "--org", "Acme", "--title", "  "), "give the assessment a title")
    assert db_counts(isolated_data_dir) == {
        "organizations": 0,
        "assessments": 0,
        "answers": 0,
        "history": 0,
    }


def test_list(run: Run) -> None:
    assert "No assessments." in ok(run("assessment", "list"))
    ok(run("assessment", "new", "--org", "Acme", "--title", "Ward bot"))
    ok(run("assessment", "new", "--org", "Beta", "--title", "HR screening"))
    listed = ok(run("assessment", "list")).splitlines()
    assert len(listed) == 2
    assert (
        "   1  Acme / Ward bot  [draft]  org.aipia.test.demo-small 0.1.0  en  updated " in listed[0]
        or ("   1  Acme / Ward bot  [draft]" in "\n".join(listed))
    )
    only_beta = ok(run("assessment", "list", "--org", "beta"))
    assert "HR screening" in only_beta and "Ward bot" not in only_beta
    assert "Ward bot" in ok(run("assessment", "list", "--search", "ward"))
    fails(run("assessment", "list", "--org", "Nobody"), "no organization called 'Nobody'")


# answer ------------------------------------------------------------------------------------------
def test_answer_every_type(run: Run, assessment: int, isolated_data_dir: Path) -> None:
    fill(run, assessment)
    assert stored(isolated_data_dir) == {
        "system_name": ({"value": "Ward assistant"}, None),
        "purpose": ({"value": "Summarise notes.\nFor nurses."}, None),
        "go_live": ({"value": "2027-01-31"}, None),
        "affected_people": ({"state": "unknown"}, None),
        "dpia_screening": ({"value": ["scoring", "innovative"]}, None),
        "model_inventory": (
            {
                "value": [
                    {
                        "name": "Llama-3.1-8B",
                        "obtained": "2026-01-15",
                        "parameters_b": 8,
                        "weight_format": "pickle",
                    },
                    {"hash_verified": "unknown", "name": "Qwen2.5-7B"},
                ]
            },
            "from the hub",
        ),
        "deployment_mode": ({"value": "third_party_host"}, None),
        "host_region": ({"value": "US"}, None),
        "hash_pinned": ({"value": "partial"}, "only some"),
        "data_in_prompts": ({"value": ["health"]}, None),
        "prompt_logging": ({"value": "masked"}, None),
        "log_retention_days": ({"value": 90}, None),
        "transfers": (
            {"value": [{"categories": ["health"], "country": "US", "recipient": "Host Inc."}]},
            None,
        ),
        "last_review": ({"state": "not_applicable"}, None),
    }


def test_answer_reports_visibility_changes(run: Run, assessment: int) -> None:
    out = ok(answer(run, assessment, "deployment_mode", "third_party_host"))
    assert out.splitlines() == [
        "Saved deployment_mode.",
        "  host_region: now shown",
        "  transfers: now shown",
    ]
    out = ok(answer(run, assessment, "deployment_mode", "on_premises"))
    assert "  host_region: now hidden" in out.splitlines()


def test_answering_a_hidden_question_says_so(
    run: Run, assessment: int, isolated_data_dir: Path
) -> None:
    out = ok(answer(run, assessment, "host_region", "US"))
    assert "'host_region' is hidden by its conditions; the answer is kept" in out
    assert stored(isolated_data_dir)["host_region"] == ({"value": "US"}, None)


def test_clear_and_notes(run: Run, assessment: int, isolated_data_dir: Path) -> None:
    ok(answer(run, assessment, "hash_pinned", "yes", "--note", "checked by the DPO"))
    ok(answer(run, assessment, "hash_pinned", "no"))  # no --note: the note stays
    assert stored(isolated_data_dir)["hash_pinned"] == ({"value": "no"}, "checked by the DPO")
    ok(answer(run, assessment, "hash_pinned", "no", "--note", ""))
    assert stored(isolated_data_dir)["hash_pinned"] == ({"value": "no"}, None)
    ok(answer(run, assessment, "hash_pinned", "--clear"))
    assert "hash_pinned" not in stored(isolated_data_dir)
    ok(answer(run, assessment, "hash_pinned", "--clear"))  # clearing twice is harmless


@pytest.mark.parametrize(
    ("qid", "args", "words"),
    [
        ("hash_pinned", ["maybe"], "hash_pinned: expected one of yes, no, partial, got 'maybe'"),
        ("deployment_mode", ["cloud"], "deployment_mode: 'cloud' is not one of the choices"),
        ("dpia_screening", ["scoring,none"], "'none' cannot be combined with other choices"),
        ("dpia_screening", ["scoring,bogus"], "'bogus' is not one of the choices"),
        ("affected_people", ["lots"], "affected_people: expected a number, got 'lots'"),
        ("affected_people", ["--", "-5"], "-5 is below the minimum 0"),
        ("log_retention_days", ["1.5"], "expected a whole number"),
        ("go_live", ["31/01/2027"], "go_live: expected a date written YYYY-MM-DD"),
        ("system_name", [""], "system_name: the answer is empty"),
        ("model_inventory", ["[{name: x}]"], "model_inventory: give the rows as JSON"),
        ("model_inventory", ['[{"name": "x", "size": 3}]'], "row 1: unknown column 'size'"),
        (
            "model_inventory",
            ['[{"name": "x", "weight_format": "onnx"}]'],
            "row 1, column weight_format",
        ),
        (
            "deployment_mode",
            ["--unknown"],
            "deployment_mode: this question does not offer 'unknown'",
        ),
        ("affected_people", ["--na"], "does not offer 'not_applicable'"),
        ("nope", ["yes"], f"no question 'nope' in pack {DEMO_ID}"),
        (
            "hash_pinned",
            ["yes", "--unknown"],
            "give either VALUE or one of --unknown, --na, --clear",
        ),
        ("hash_pinned", [], "give either VALUE or one of --unknown, --na, --clear"),
    ],
)
def test_a_bad_answer_is_refused_and_nothing_saved(
    run: Run, assessment: int, isolated_data_dir: Path, qid: str, args: list[str], words: str
) -> None:
    ok(answer(run, assessment, "hash_pinned", "partial"))
    before = db_counts(isolated_data_dir)
    fails(answer(run, assessment, qid, *args), words)
    assert db_counts(isolated_data_dir) == before
    assert stored(isolated_data_dir) == {"hash_pinned": ({"value": "partial"}, None)}


def test_answer_to_a_missing_assessment(run: Run) -> None:
    fails(answer(run, 7, "hash_pinned", "yes"), "There is no assessment with id 7.")


# show --------------------------------------------------------------------------------------------
def test_show_in_english(run: Run, assessment: int) -> None:
    fill(run, assessment)
    out = ok(run("assessment", "show", str(assessment)))
    assert out.startswith("#1 Acme Health / Ward bot\n")
    assert "Progress: 14/14 (100%)" in out
    assert "== Context of the assessment › Organisation and system (4/4)" in out
    assert "- [hash_pinned]\n" in out and "  → Partly" in out
    assert "  → Unknown" in out  # affected_people
    assert "  ✎ from the hub" in out
    assert (
        "    1. Model: Llama-3.1-8B; Size: 8 billion parameters; "
        "Weight format: Pickle (.bin/.pt/.ckpt); Obtained on: 2026-01-15"
    ) in out
    assert "== Risks (5/6)" in out
    assert "- [Critical] The inference host receives personal data (host_sees_prompts)" in out
    assert (
        "- [Medium] Personal data transferred abroad without a documented basis (transfer_abroad)\n"
        "    before measures Medium → today Medium → with the plan Medium\n"
        "    Why:\n"
        "      - The only row of “Where is personal data transferred?” matches (Country: ‘US’): "
        "Host Inc.\n"
        "      rule: any_row(transfers, country != null and country != 'KR' and country != "
        "'Korea')\n"
        "      answers read: transfers = 1 row(s)\n"
    ) in out
    assert "== To fix" not in out


def test_show_in_korean(run: Run, assessment: int) -> None:
    ok(answer(run, assessment, "hash_pinned", "partial"))
    ok(answer(run, assessment, "affected_people", "0"))
    out = ok(run("assessment", "show", str(assessment), "--lang", "ko"))
    for korean in (
        "AI 개인정보 영향평가 (오픈 웨이트 모델)",
        "진행률: 2/12 (17%)",
        "== 평가 개요 › 기관 및 시스템 (1/4)",
        "평가 대상 AI 시스템의 이름은 무엇입니까?",
        "  → 미응답",
        "  → 일부",
        "(필수)",
        "== 보완 필요",
        "- [system_name] 답변이 필요합니다.",
        '- [affected_people] 1명 이상을 입력하거나 "모름"을 선택하십시오.',
        "- [model_inventory] 답변이 필요합니다.",
        "== 위험 (1/6)",
        "- [보통] 무결성이 검증되지 않은 모델 (unverified_weights)",
        "    근거:\n      - “모델 가중치 파일을 운영에 적용하기 전에 ",
        "      판단 규칙: hash_pinned in ['no', 'partial', 'unknown'] or all_rows(",
        "      확인한 응답: model_inventory = 미응답; hash_pinned = 일부",
        "    조치 전 보통 → 현재 보통 → 계획 이행 후 보통\n",
        "    조치: verify_hashes (must, 아직 계획 없음)",
    ):
        assert korean in out, korean
    assert "고정하고 있습니까?”에 대한 응답은 ‘일부’입니다." in " ".join(out.split())


def test_show_defaults_to_the_assessment_language(run: Run) -> None:
    ok(run("assessment", "new", "--org", "서울병원", "--title", "도우미", "--lang", "ko"))
    out = ok(run("assessment", "show", "1"))
    assert "진행률: 0/12 (0%)" in out
    assert "식별된 위험이 없습니다." in out
    assert "Progress: 0/12" in ok(run("assessment", "show", "1", "--lang", "en"))


def test_show_all_lists_hidden_questions(run: Run, assessment: int) -> None:
    assert "[host_region]" not in ok(run("assessment", "show", "1"))
    out = ok(run("assessment", "show", "1", "--all"))
    assert "- [host_region] (hidden)" in out


# export / import ---------------------------------------------------------------------------------
def export(
    run: Run, path: Path, assessment_id: int = 1, data_dir: Path | None = None
) -> dict[str, Any]:
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    out = ok(run(*prefix, "assessment", "export", str(assessment_id), "-o", str(path)))
    assert out.strip().startswith(f"Exported assessment {assessment_id} (")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def without_exported_at(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture
def exported(run: Run, assessment: int, isolated_data_dir: Path, tmp_path: Path) -> Path:
    """A filled assessment with a measure plan, status and section, exported to a file."""
    return filled_export(run, assessment, isolated_data_dir, tmp_path)


def filled_export(run: Run, assessment: int, data_dir: Path, folder: Path) -> Path:
    fill(run, assessment)
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        store.save_measure_plan(
            assessment, "host_dpa", owner="DPO", due_date="2027-03-01", status="planned",
            note="계약",
        )
        store.update_assessment(assessment, status="in_review", current_section="flows")
    path = folder / "ward-bot.json"
    export(run, path)
    return path


@pytest.fixture(scope="module")
def export_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The same export, made once for the many malformed-import tests."""
    folder = tmp_path_factory.mktemp("template")
    builtin = folder / "builtin"
    shutil.copytree(DEMO_SMALL, builtin / "demo-small")
    runner = CliRunner()
    data_dir = folder / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "questionnaires_dir", lambda: builtin)
        patch.setenv("AIPIA_DATA_DIR", str(data_dir))

        def run(*args: str) -> Result:
            return runner.invoke(cli, list(args), prog_name="aipia")

        ok(run("assessment", "new", "--org", "Acme Health", "--title", "Ward bot"))
        path = filled_export(run, 1, data_dir, folder)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_export_file(exported: Path) -> None:
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == ("aipia-assessment", 1)
    assert data["pack"]["id"] == DEMO_ID
    assert data["assessment"]["status"] == "in_review"
    assert sorted(data["answers"]) == sorted(qid for qid, *_ in EVERY_TYPE)
    assert data["answers"]["hash_pinned"] == {"value": "partial", "note": "only some"}
    assert data["measure_plans"] == {
        "host_dpa": {"owner": "DPO", "due_date": "2027-03-01", "status": "planned", "note": "계약"}
    }
    assert not exported.with_name(exported.name + ".part").exists()


def test_export_import_export_gives_the_same_file(run: Run, exported: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-data"
    out = ok(run("--data-dir", str(other), "assessment", "import", str(exported)))
    assert out.strip() == "Imported assessment 1: Acme Health / Ward bot (14 answers)"
    again = export(run, tmp_path / "again.json", data_dir=other)
    assert without_exported_at(again) == without_exported_at(json.loads(exported.read_text()))
    # the imported copy reads the same as the original
    assert ok(run("--data-dir", str(other), "assessment", "show", "1")) == ok(
        run("assessment", "show", "1")
    )


def test_importing_the_same_file_twice(run: Run, exported: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-data"
    ok(run("--data-dir", str(other), "assessment", "import", str(exported)))
    before = db_counts(other)
    error = fails(
        run("--data-dir", str(other), "assessment", "import", str(exported)),
        "already here (#1 'Ward bot')",
        "--as-copy",
    )
    assert str(exported) in error
    assert db_counts(other) == before

    out = ok(run("--data-dir", str(other), "assessment", "import", str(exported), "--as-copy"))
    assert out.startswith("Imported assessment 2: Acme Health / Ward bot (copy) (14 answers)\n")
    copy = export(run, tmp_path / "copy.json", 2, data_dir=other)
    original = json.loads(exported.read_text())
    assert copy["assessment"]["uuid"] != original["assessment"]["uuid"]
    assert copy["answers"] == original["answers"]
    assert copy["measure_plans"] == original["measure_plans"]
    assert db_counts(other)["organizations"] == 1


def edit(data: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with the value at ``path`` replaced (or removed when ...)."""
    copy: dict[str, Any] = json.loads(json.dumps(data))
    target = copy
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return copy


BAD_EDITS: list[tuple[str, tuple[str, ...], Any, list[str]]] = [
    ("wrong format", ("format",), "cnil-pia", ["format: Input should be 'aipia-assessment'"]),
    ("newer format", ("format_version",), 2, ["format_version: Input should be 1"]),
    ("no assessment", ("assessment",), ..., ["assessment: Field required"]),
    ("unknown key", ("assessment", "colour"), "red", ["assessment.colour: Extra inputs"]),
    ("bad uuid", ("assessment", "uuid"), "not-a-uuid", ["assessment.uuid: String should match"]),
    (
        "unknown question",
        ("answers", "hash_pined"),
        {"value": "yes"},
        ["answers.hash_pined: not a question of pack 'org.aipia.test.demo-small' 0.1.0"],
    ),
    (
        "value of the wrong type",
        ("answers", "log_retention_days"),
        {"value": "ninety"},
        ["answers.log_retention_days: expected a number, got 'ninety'"],
    ),
    (
        "unknown choice",
        ("answers", "deployment_mode"),
        {"value": "mainframe"},
        ["answers.deployment_mode: 'mainframe' is not one of the choices"],
    ),
    (
        "bad table cell",
        ("answers", "transfers"),
        {"value": [{"recipient": "x", "relationship": "friend"}]},
        ["answers.transfers: row 1, column relationship: 'friend' is not one of the choices"],
    ),
    (
        "state not offered",
        ("answers", "go_live"),
        {"state": "unknown"},
        ["answers.go_live: this question does not offer 'unknown'"],
    ),
    (
        "answer not an object",
        ("answers", "go_live"),
        "2027-01-01",
        ["answers.go_live: Input should be a valid dictionary"],
    ),
    (
        "note not text",
        ("answers", "go_live"),
        {"value": "2027-01-01", "note": 5},
        ["answers.go_live.note: expected text"],
    ),
    (
        "huge number",
        ("answers", "affected_people"),
        {"value": 10**30},
        ["answers.affected_people: 1e+30 is above the maximum"],
    ),
    (
        "number too large for a float",
        ("answers", "affected_people"),
        {"value": 10**400},
        ["answers.affected_people: expected a number, got 1000000"],
    ),
    (
        "unknown measure",
        ("measure_plans", "bribe_dpo"),
        {"owner": "x"},
        ["measure_plans.bribe_dpo: not a measure of pack"],
    ),
    (
        "bad plan status",
        ("measure_plans", "host_dpa", "status"),
        "someday",
        ["measure_plans.host_dpa.status"],
    ),
    (
        "language",
        ("assessment", "language"),
        "fr",
        ["assessment.language: 'fr' is not a language of pack"],
    ),
    (
        "section",
        ("assessment", "current_section"),
        "nowhere",
        ["assessment.current_section: 'nowhere' is not a section of pack"],
    ),
    (
        "time without zone",
        ("assessment", "created_at"),
        "2026-01-01T10:00:00",
        ["creation time must be a time like"],
    ),
    ("blank organization", ("assessment", "organization"), "   ", ["must be a non-empty text"]),
    (
        "missing pack",
        ("pack", "id"),
        "org.example.missing",
        [f"no pack 'org.example.missing 0.1.0' is installed (installed: {DEMO_ID})"],
    ),
    (
        "missing pack version",
        ("pack", "version"),
        "2.0.0",
        [f"no pack '{DEMO_ID} 2.0.0' is installed"],
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "words"), [case[1:] for case in BAD_EDITS], ids=[c[0] for c in BAD_EDITS]
)
def test_a_malformed_import_writes_nothing(
    run: Run,
    export_template: dict[str, Any],
    tmp_path: Path,
    path: tuple[str, ...],
    value: Any,
    words: list[str],
) -> None:
    other = tmp_path / "other-data"
    ok(run("--data-dir", str(other), "org", "add", "Acme Health"))  # a database to compare with
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(edit(export_template, path, value)), encoding="utf-8")
    before = db_counts(other)
    fails(run("--data-dir", str(other), "assessment", "import", str(bad)), *words)
    assert db_counts(other) == before


def test_every_problem_of_a_file_is_reported_at_once(
    run: Run, export_template: dict[str, Any], tmp_path: Path
) -> None:
    data = json.loads(json.dumps(export_template))
    data["answers"]["hash_pinned"] = {"value": "sometimes"}
    data["answers"]["go_live"] = {"value": "soon"}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    error = fails(run("--data-dir", str(tmp_path / "other"), "assessment", "import", str(bad)))
    assert f"{bad}: answers.go_live: expected a date written YYYY-MM-DD" in error
    assert f"{bad}: answers.hash_pinned: expected one of yes, no, partial" in error


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"this is not json", "not a JSON export file"),
        (b"\xff\xfe{}", "not a JSON export file"),
        (b"[1, 2]", "not an AIPIA assessment export (a JSON list, not an object)"),
        (b"", "not a JSON export file"),
        (b"[" * 100_000 + b"]" * 100_000, "not a JSON export file"),
        (b'{"answers": {"q": {"value": ' + b"9" * 5000 + b"}}}", "not a JSON export file"),
    ],
    ids=["text", "bad-utf8", "a-list", "empty", "deep-nesting", "huge-integer"],
)
def test_a_file_that_is_not_an_export(
    run: Run, tmp_path: Path, isolated_data_dir: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    ok(run("org", "list"))
    before = db_counts(isolated_data_dir)
    fails(run("assessment", "import", str(bad)), words)
    assert db_counts(isolated_data_dir) == before


def test_importing_a_missing_file(run: Run, tmp_path: Path) -> None:
    fails(run("assessment", "import", str(tmp_path / "nowhere.json")), "cannot read the file")


def test_export_to_an_unwritable_place(run: Run, assessment: int, tmp_path: Path) -> None:
    fails(
        run("assessment", "export", "1", "-o", str(tmp_path / "no-such-folder" / "x.json")),
        "cannot write",
    )
