"""Every loader error class, as a pack author sees it: exact ``file:line:col`` and words.

Each case edits one copy of demo-small; the expected location is computed from
the edited text itself (``where``), never from the loader, and every case must
produce exactly the errors it is about (no cascade of follow-up errors).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.loader import load_pack
from tests.core.packtools import (
    DEMO_SMALL,
    Edits,
    PackFactory,
    assert_diag,
    load_errors,
    make_pack,
    shown,
    where,
)

CTX, FLOWS, MODELS, PACK = "context.yaml", "data_flows.yaml", "open_models.yaml", "pack.yaml"
SCREENING_TITLE = "title: {en: DPIA screening, ko: 영향평가 필요성 검토}"
__all__ = ["make_pack"]  # the fixture, imported for pytest


@dataclass(frozen=True)
class Case:
    """Edits, then where the single error is (``needle`` in ``file``) and words it contains."""

    edits: Edits
    file: str
    needle: str
    words: tuple[str, ...]
    nth: int = 0
    shift: int = 0
    also: tuple[tuple[str, str, int], ...] = field(default=())  # (file, needle, nth) in words


CASES: dict[str, Case] = {
    "unknown key": Case(
        {CTX: ("        placeholder: {en: e.g.", "        placehoder: {en: e.g.")},
        CTX,
        "placehoder",
        ("unknown key 'placehoder' in a short_text question", "did you mean 'placeholder'?"),
    ),
    "missing required key": Case(
        {CTX: (f"    {SCREENING_TITLE}\n", "")},
        CTX,
        "id: screening",
        ("missing required key 'title' in a section",),
    ),
    "wrong question type": Case(
        {CTX: ("type: short_text", "type: short_txt")},
        CTX,
        "short_txt",
        ("unknown type 'short_txt'", "did you mean 'short_text'?"),
    ),
    "invalid id pattern": Case(
        {CTX: ("id: system_name", "id: System-Name")},
        CTX,
        "System-Name",
        ("'System-Name' is not a valid id", "lower-case letters, digits and '_'"),
    ),
    "boolean trap id: no": Case(
        {CTX: ("id: go_live", "id: no")},
        CTX,
        "id: no",
        (
            "expected text, not a yes/no value",
            "YAML reads yes/no/on/off/true/false as booleans: quote the text",
        ),
        shift=len("id: "),
    ),
    "comma inside a flow mapping": Case(
        {CTX: (SCREENING_TITLE, "title: {en: DPIA, screening, ko: 영향평가 필요성 검토}")},
        CTX,
        "screening, ko",
        (
            "'screening' is not a language code",
            "a comma inside {en: ..., ko: ...} starts a new key: put the text in quotes",
        ),
    ),
    "duplicate question id": Case(
        {FLOWS: ("id: last_review", "id: purpose")},
        FLOWS,
        "purpose",
        ("duplicate question id 'purpose' (first defined at <FIRST>)",),
        also=((CTX, "purpose", 0),),
    ),
    "duplicate section id": Case(
        {FLOWS: ("id: flows", "id: screening")},
        FLOWS,
        "screening",
        ("duplicate section id 'screening' (first defined at <FIRST>)",),
        also=((CTX, "screening", 0),),
    ),
    "duplicate risk id": Case(
        {FLOWS: ("id: transfer_abroad", "id: dpia_required")},
        FLOWS,
        "dpia_required",
        ("duplicate risk id 'dpia_required' (first defined at <FIRST>)",),
        also=((CTX, "dpia_required", 0),),
    ),
    "duplicate measure id": Case(
        {
            FLOWS: [
                ("    measures: [transfer_basis]", "    measures: [verify_hashes]"),
                ("  - id: transfer_basis", "  - id: verify_hashes"),
            ]
        },
        FLOWS,
        "verify_hashes\n",
        ("duplicate measure id 'verify_hashes' (first defined at <FIRST>)",),
        also=((MODELS, "verify_hashes\n", 0),),
    ),
    "duplicate choice id": Case(
        {CTX: ("id: matching", "id: scoring")},
        CTX,
        "scoring\n",
        ("duplicate choice id 'scoring' (first defined at <FIRST>)",),
        nth=1,
        also=((CTX, "scoring\n", 0),),
    ),
    "duplicate choice id in a shared list": Case(
        {PACK: ("    - id: financial", "    - id: health")},
        PACK,
        "id: health",
        ("duplicate choice id 'health' (first defined at <FIRST>)",),
        nth=1,
        shift=len("id: "),
        also=((PACK, "health", 0),),
    ),
    "duplicate column id": Case(
        {MODELS: ("id: publisher\n", "id: name\n")},
        MODELS,
        "id: name\n",
        ("duplicate column id 'name' in table 'model_inventory' (first defined at <FIRST>)",),
        nth=1,
        shift=len("id: "),
        also=((MODELS, "name\n", 0),),
    ),
    "question id that is a section id": Case(
        {CTX: ("id: go_live", "id: screening")},
        CTX,
        "screening",
        ("question id 'screening' is already a section id (at <FIRST>)", "rename one"),
        also=((CTX, "screening", 1),),
    ),
    "default language missing from a label": Case(
        {CTX: (SCREENING_TITLE, "title: {ko: 영향평가 필요성 검토}")},
        CTX,
        "{ko: 영향평가 필요성 검토}",
        ("title has no 'en' text", "every text needs the default language 'en'; "
         "the other languages of pack.yaml may be partial"),
    ),
    "undeclared language": Case(
        {CTX: (SCREENING_TITLE, "title: {en: DPIA screening, ko: 영향평가, fr: Dépistage}")},
        CTX,
        "fr:",
        ("language 'fr' is not declared in pack.yaml", "add it to 'languages' or remove it"),
    ),
    "unknown choices_from list": Case(
        {
            FLOWS: (
                "choices_from: data_categories\n        required",
                "choices_from: data_categorie\n        required",
            )
        },
        FLOWS,
        "data_categorie\n",
        ("unknown choice list 'data_categorie'", "did you mean 'data_categories'?"),
    ),
    "unknown reference source": Case(
        {CTX: ('{source: gdpr, section: "Art. 35(1)"}', '{source: gdprr, section: "Art. 35(1)"}')},
        CTX,
        "gdprr",
        ("unknown source 'gdprr'", "did you mean 'gdpr'?"),
    ),
    "unknown reference source, nothing close": Case(
        {CTX: ('{source: gdpr, section: "Art. 35(1)"}', '{source: zzzz, section: "Art. 35(1)"}')},
        CTX,
        "zzzz",
        ("unknown source 'zzzz'", "declare it under 'sources' in pack.yaml"),
    ),
    "unknown question in an expression": Case(
        {
            FLOWS: (
                "show_if: not selected(data_in_prompts,",
                "show_if: not selected(data_in_prompt,",
            )
        },
        FLOWS,
        "data_in_prompt,",
        ("unknown question 'data_in_prompt'", "did you mean 'data_in_prompts'?"),
    ),
    "unknown question in a single-quoted expression": Case(
        {
            FLOWS: (
                "show_if: not selected(data_in_prompts, 'none')",
                "show_if: 'not selected(data_in_prompt, ''none'')'",
            )
        },
        FLOWS,
        "data_in_prompt,",
        ("unknown question 'data_in_prompt'", "did you mean 'data_in_prompts'?"),
    ),
    "unknown question in a double-quoted expression": Case(
        {
            FLOWS: (
                "prompt_logging in ['masked', 'full']",
                "\"prompt_loging in ['masked', 'full']\"",
            )
        },
        FLOWS,
        "prompt_loging",
        ("unknown question 'prompt_loging'", "did you mean 'prompt_logging'?"),
    ),
    "unknown question in a risk's level rule": Case(
        {CTX: ("- when: count(dpia_screening) >= 4", "- when: count(dpia_screenin) >= 4")},
        CTX,
        "dpia_screenin)",
        ("unknown question 'dpia_screenin'", "did you mean 'dpia_screening'?"),
    ),
    "unknown choice id in an expression": Case(
        {FLOWS: ("prompt_logging in ['masked', 'full']", "prompt_logging in ['maskd', 'full']")},
        FLOWS,
        "'maskd'",
        ("'maskd' is not a choice of 'prompt_logging'", "did you mean 'masked'?"),
    ),
    "number question compared with text": Case(
        {FLOWS: ("rule: log_retention_days <= 3650", "rule: log_retention_days == 'ten'")},
        FLOWS,
        "log_retention_days == 'ten'",
        ("cannot compare number question 'log_retention_days' with text 'ten'",),
    ),
    "yes_no question used as a condition": Case(
        {
            MODELS: (
                "when: deployment_mode == 'third_party_host'\n    likelihood",
                "when: deployment_mode == 'third_party_host' and hash_pinned\n    likelihood",
            )
        },
        MODELS,
        "hash_pinned\n    likelihood",
        ("'hash_pinned' is a yes/no question, not a condition", "hash_pinned == 'yes'"),
    ),
    "risk without a measure": Case(
        {
            FLOWS: [
                ("    measures: [transfer_basis]\n", ""),
                ("  - id: transfer_basis", "  - id: dummy"),
            ]
        },
        FLOWS,
        "transfer_abroad",
        ("risk 'transfer_abroad' names no measure", "list the ids of the measures"),
    ),
    "risk naming an unknown measure": Case(
        {
            FLOWS: (
                "    measures: [transfer_basis]",
                "    measures: [transfer_basis, transfer_basic]",
            )
        },
        FLOWS,
        "transfer_basic",
        ("unknown measure 'transfer_basic'", "did you mean 'transfer_basis'?"),
    ),
    "unknown likelihood step": Case(
        {FLOWS: ("    likelihood: possible\n", "    likelihood: posible\n")},
        FLOWS,
        "posible",
        ("unknown likelihood step 'posible'", "did you mean 'possible'?"),
    ),
    "unknown severity step in a rule": Case(
        {FLOWS: ("        level: severe\n", "        level: sever\n")},
        FLOWS,
        "sever\n",
        ("unknown severity step 'sever'", "did you mean 'severe'?"),
    ),
    "unknown residual step": Case(
        {MODELS: ("residual: {likelihood: remote}", "residual: {likelihood: remot}")},
        MODELS,
        "remot}",
        ("unknown likelihood step 'remot'", "did you mean 'remote'?"),
    ),
    "last level rule with a when": Case(
        {
            CTX: (
                "      - level: likely\n",
                "      - when: count(dpia_screening) >= 3\n        level: likely\n",
            )
        },
        CTX,
        "when: count(dpia_screening) >= 3",
        ("the last likelihood rule needs no 'when'", "it is the default"),
    ),
    "earlier level rule without a when": Case(
        {CTX: ("      - when: count(dpia_screening) >= 4\n", "      - ")},
        CTX,
        "level: almost_certain",
        ("only the last likelihood rule may omit 'when'",),
    ),
    "risk matrix grid with a row missing": Case(
        {PACK: ("    - [medium, high, critical, critical]\n", "")},
        PACK,
        "- [low, low, medium, medium]",
        ("the grid has 3 rows but there are 4 likelihood steps",),
    ),
    "risk matrix grid row with a cell missing": Case(
        {PACK: ("    - [low, medium, medium, high]", "    - [low, medium, medium]")},
        PACK,
        "[low, medium, medium]",
        ("grid row 2 has 3 cells but there are 4 severity steps",),
    ),
    "risk matrix grid with an unknown level": Case(
        {PACK: ("    - [low, medium, medium, high]", "    - [low, medium, medum, high]")},
        PACK,
        "medum",
        ("unknown risk level 'medum'", "did you mean 'medium'?"),
    ),
    "default_language not in languages": Case(
        {PACK: ("default_language: en", "default_language: fr")},
        PACK,
        "fr\n",
        ("default language 'fr' is not one of 'languages'", "choose one of en, ko"),
    ),
    "module file missing, near name": Case(
        {PACK: ("  - open_models.yaml", "  - open_model.yaml")},
        PACK,
        "open_model.yaml",
        ("module file 'open_model.yaml' not found", "did you mean 'open_models.yaml'?"),
    ),
    "module file name with ../": Case(
        {PACK: ("  - open_models.yaml", "  - ../x.yaml")},
        PACK,
        "../x.yaml",
        ("'../x.yaml' is not a module file name", "in the pack folder itself"),
    ),
    "module file name with a folder": Case(
        {PACK: ("  - open_models.yaml", "  - sub/x.yaml")},
        PACK,
        "sub/x.yaml",
        ("'sub/x.yaml' is not a module file name", "in the pack folder itself"),
    ),
    "min larger than max": Case(
        {CTX: ("        min: 0\n        max: 100000000", "        min: 10\n        max: 1")},
        CTX,
        "1\n        unit",
        ("min (10) is larger than max (1)",),
    ),
    "both choices and choices_from": Case(
        {
            FLOWS: (
                "choices_from: data_categories\n        required",
                "choices_from: data_categories\n        choices: [{id: a, label: {en: A, ko: A}}]\n"
                "        required",
            )
        },
        FLOWS,
        "id: data_in_prompts",
        ("give exactly one of 'choices' or 'choices_from'",),
    ),
    "neither choices nor choices_from": Case(
        {FLOWS: ("        choices_from: data_categories\n        required", "        required")},
        FLOWS,
        "id: data_in_prompts",
        ("give exactly one of 'choices' or 'choices_from'",),
    ),
    "a table column with choices from an earlier answer": Case(
        {FLOWS: ("            choices_from: data_categories",
                 "            choices_from: {question: deployment_mode}")},
        FLOWS,
        "{question: deployment_mode}",
        ("a table column takes 'choices_from' as the id of a shared list",
         "choice_lists", "are for questions only"),
    ),
    "exclusive on a single_choice": Case(
        {
            FLOWS: (
                "{en: Not logged, ko: 기록하지 않음}",
                "{en: Not logged, ko: 기록하지 않음}\n            exclusive: true",
            )
        },
        FLOWS,
        "exclusive: true\n",
        ("'exclusive' only applies to multiple_choice choices",),
        shift=len("exclusive: "),
    ),
    "choice id unknown clashing with allow: [unknown]": Case(
        {FLOWS: ("          - id: not_logged", "          - id: unknown")},
        FLOWS,
        "[unknown]",
        ("choice id 'unknown' clashes with the explicit 'unknown' answer that 'allow' offers",),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_error_is_located_and_explained(case: Case, make_pack: PackFactory) -> None:
    folder = make_pack(case.edits)
    result = load_errors(folder)
    others = [where(folder, file, needle, nth=nth) for file, needle, nth in case.also]
    words = tuple(word.replace("<FIRST>", others[0] if others else "") for word in case.words)
    location = where(folder, case.file, case.needle, nth=case.nth, shift=case.shift)
    assert_diag(result, location, *words)
    assert len(result.errors) == 1, shown(result.errors)


def test_unknown_choice_list_causes_no_follow_up_errors(make_pack: PackFactory) -> None:
    """Expressions comparing the question with choice ids do not each fail again."""
    folder = make_pack(
        FLOWS,
        "choices_from: data_categories\n        required",
        "choices_from: data_categorie\n        required",
    )
    result = load_errors(folder)
    assert [d.message for d in result.errors] == [
        "unknown choice list 'data_categorie' in pack.yaml's 'choice_lists'"]


def test_exclusive_is_allowed_on_multiple_choice_columns(make_pack: PackFactory) -> None:
    folder = make_pack(
        FLOWS,
        "            choices_from: data_categories\n            label: {en: Data",
        "            choices:\n              - {id: none, label: {en: None, ko: 없음}, "
        "exclusive: true}\n              - {id: some, label: {en: Some, ko: 일부}}\n"
        "            label: {en: Data",
    )
    assert load_pack(folder).errors == []


# --- show_if cycles --------------------------------------------------------------

CYCLE_HINT = "a question cannot depend, even indirectly, on itself"


def test_direct_show_if_cycle(make_pack: PackFactory) -> None:
    folder = make_pack(
        FLOWS, "show_if: not selected(data_in_prompts, 'none')", "show_if: prompt_logging != 'full'"
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "prompt_logging != 'full'"),
        "show_if cycle: prompt_logging -> prompt_logging",
        CYCLE_HINT,
    )
    assert len(result.errors) == 1, shown(result.errors)


def test_indirect_show_if_cycle_follows_real_dependencies(make_pack: PackFactory) -> None:
    """data_in_prompts -> prompt_logging -> last_review -> data_in_prompts.

    Listed in dependency order; alphabetical order (data_in_prompts -> last_review
    -> ...) would claim a dependency that does not exist.
    """
    folder = make_pack(
        {
            FLOWS: [
                (
                    "        choices_from: data_categories\n        required: true\n",
                    "        choices_from: data_categories\n        required: true\n"
                    "        show_if: answered(prompt_logging)\n",
                ),
                (
                    "show_if: not selected(data_in_prompts, 'none')",
                    "show_if: answered(last_review)",
                ),
                (
                    "        allow: [not_applicable]\n",
                    "        allow: [not_applicable]\n        show_if: answered(data_in_prompts)\n",
                ),
            ]
        }
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "answered(prompt_logging)"),
        "show_if cycle: data_in_prompts -> prompt_logging -> last_review -> data_in_prompts",
    )
    assert len(result.errors) == 1, shown(result.errors)


def test_two_question_cycle_is_reported_once(make_pack: PackFactory) -> None:
    folder = make_pack(
        FLOWS, "show_if: not selected(data_in_prompts, 'none')", "show_if: log_retention_days > 3"
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "prompt_logging in ['masked', 'full']"),
        "show_if cycle: log_retention_days -> prompt_logging -> log_retention_days",
    )
    assert len(result.errors) == 1, shown(result.errors)


def test_cycle_through_a_section_show_if_points_at_the_section(make_pack: PackFactory) -> None:
    """dpia_reason is in 'screening', whose show_if reads dpia_reason."""
    folder = make_pack(
        CTX, "  - id: screening\n", "  - id: screening\n    show_if: dpia_reason != 'x'\n"
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, CTX, "dpia_reason != 'x'"),
        "show_if cycle: dpia_reason -> dpia_reason",
        "a section's show_if counts",
    )
    assert len(result.errors) == 1, shown(result.errors)


def test_section_cycle_of_a_question_without_own_show_if(make_pack: PackFactory) -> None:
    folder = make_pack(
        CTX, "  - id: screening\n", "  - id: screening\n    show_if: count(dpia_screening) > 0\n"
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, CTX, "count(dpia_screening) > 0"),
        "show_if cycle: dpia_screening -> dpia_screening",
    )
    assert len(result.errors) == 1, shown(result.errors)


def test_two_separate_cycles_give_two_errors(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            FLOWS: (
                "show_if: not selected(data_in_prompts, 'none')",
                "show_if: answered(prompt_logging)",
            ),
            CTX: (
                "show_if: count(dpia_screening) < 2 and",
                "show_if: count(dpia_screening) < 2 and answered(dpia_reason) and",
            ),
        }
    )
    result = load_errors(folder)
    assert sorted(d.message for d in result.errors) == [
        "show_if cycle: dpia_reason -> dpia_reason",
        "show_if cycle: prompt_logging -> prompt_logging",
    ]


# --- several problems at once ---------------------------------------------------------


def test_errors_in_several_files_are_all_reported(make_pack: PackFactory) -> None:
    """Schema errors in two modules, and file-local errors in a third and in pack.yaml."""
    folder = make_pack(
        {
            CTX: ("        placeholder: {en: e.g.", "        placehoder: {en: e.g."),
            MODELS: ("id: hash_pinned", "id: Hash"),
            FLOWS: [
                ("    likelihood: possible\n", "    likelihood: posible\n"),
                ('{source: pipa, section: "Art. 21"}', '{source: pipaa, section: "Art. 21"}'),
            ],
            PACK: ("default_language: en", "default_language: fr"),
        }
    )
    result = load_errors(folder)
    assert_diag(result, where(folder, CTX, "placehoder"), "unknown key 'placehoder'")
    assert_diag(result, where(folder, MODELS, "Hash\n"), "'Hash' is not a valid id")
    assert_diag(result, where(folder, FLOWS, "posible"), "unknown likelihood step 'posible'")
    assert_diag(result, where(folder, FLOWS, "pipaa"), "unknown source 'pipaa'")
    assert_diag(result, where(folder, PACK, "fr\n"), "default language 'fr'")
    assert len(result.errors) == 5, shown(result.errors)


def test_cross_file_errors_are_all_reported(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            CTX: ("id: go_live", "id: last_review"),
            MODELS: (
                "when: deployment_mode == 'third_party_host'\n    likelihood",
                "when: deployment_mode == 'third_party_hots'\n    likelihood",
            ),
            FLOWS: ("    measures: [transfer_basis]", "    measures: [transfer_basic]"),
        }
    )
    result = load_errors(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "last_review", shift=0),
        f"duplicate question id 'last_review' (first defined at "
        f"{where(folder, CTX, 'last_review')})",
    )
    assert_diag(
        result,
        where(folder, MODELS, "'third_party_hots'"),
        "'third_party_hots' is not a choice of 'deployment_mode'",
    )
    assert_diag(result, where(folder, FLOWS, "transfer_basic"), "unknown measure 'transfer_basic'")
    assert len(result.errors) == 3, shown(result.errors)


def test_hostile_module_and_bad_manifest_are_both_reported(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            MODELS: ("id: hash_pinned", "id: !!python/object/apply:os.system [ls]"),
            PACK: ("licence: CC-BY-4.0", "licence: ''"),
        }
    )
    result = load_errors(folder)
    assert_diag(result, where(folder, MODELS, "!!python"), "the YAML tag '!!python/object/apply")
    assert_diag(result, where(folder, PACK, "''"), "'licence' is empty")


def test_not_a_pack_folder(tmp_path: Path) -> None:
    result = load_errors(tmp_path)
    assert_diag(result, str(tmp_path), "this folder holds no pack.yaml")
    result = load_errors(tmp_path / "nowhere")
    assert_diag(result, str(tmp_path / "nowhere"), "this path holds no pack.yaml")


# --- the CLI ---------------------------------------------------------------------------


def test_cli_validate_prints_every_error_and_exits_1(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            CTX: ("        placeholder: {en: e.g.", "        placehoder: {en: e.g."),
            MODELS: ("id: hash_pinned", "id: Hash"),
        }
    )
    result = CliRunner().invoke(cli, ["pack", "validate", str(folder)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert (
        f"{where(folder, CTX, 'placehoder')}: unknown key 'placehoder' in a short_text question"
        " — did you mean 'placeholder'?"
    ) in lines
    hash_at = where(folder, MODELS, "Hash\n")
    assert any(line.startswith(f"{hash_at}: 'Hash' is not a valid id") for line in lines), lines
    assert f"{folder}: 2 error(s)" in lines
    assert "valid (" not in result.stdout


def test_cli_validate_of_a_valid_pack_exits_0() -> None:
    result = CliRunner().invoke(cli, ["pack", "validate", str(DEMO_SMALL)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{DEMO_SMALL}: valid (org.aipia.test.demo-small 0.1.0)"
    assert result.stderr == ""


def test_a_broken_module_causes_no_false_cross_file_errors(make_pack: PackFactory) -> None:
    """open_models.yaml fails its schema; what the other files take from it is not 'unknown'.

    data_flows.yaml's risks name measures and questions only open_models.yaml defines
    (host_dpa is not used there, but deployment_mode is read by a show_if).
    """
    folder = make_pack(
        {
            MODELS: ("id: hash_pinned", "id: Hash"),
            FLOWS: ("    measures: [transfer_basis]", "    measures: [transfer_basis, host_dpa]"),
        }
    )
    result = load_errors(folder)
    assert [d.message for d in result.errors] == ["'Hash' is not a valid id"]
    assert result.warnings == []


def test_the_garbage_collector_is_on_again_after_any_load(make_pack: PackFactory,
                                                          tmp_path: Path) -> None:
    """Loading pauses the cyclic collector (a full collection mid-check re-scanned every
    node just read); a good pack, a broken one and a missing folder all leave it on."""
    import gc

    assert gc.isenabled()
    assert load_pack(DEMO_SMALL).pack is not None and gc.isenabled()
    broken = make_pack(FLOWS, "            choices_from: data_categories\n",
                       "            choices_from: {question: data_in_prompts}\n")
    assert load_pack(broken).pack is None and gc.isenabled()
    assert load_pack(tmp_path / "nowhere").pack is None and gc.isenabled()
