"""Planning an upgrade v1 -> v2: every answer kept, moved or archived — none lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.core.versioning.upgrade import ArchivedAnswer, ReviewFlag, plan_upgrade, translate_choices
from tests.core.upgradetools import V1, V2, edited, expected_v2, load, stored_v1


def entry(value: dict[str, Any], note: str | None) -> dict[str, Any]:
    return {**value, **({"note": note} if note else {})}


def test_golden_v1_to_v2() -> None:
    plan = plan_upgrade(load(V1), load(V2), stored_v1(), current_section="basics")
    expected = expected_v2()
    assert {qid: entry(v, n) for qid, (v, n) in plan.answers.items()} == expected["answers"]
    assert [[r.old, r.new] for r in plan.moved] == expected["moved"]
    assert [[m.question_id, m.old, m.new] for m in plan.choice_moves] == expected["choice_moves"]
    archived = [
        {"question_id": a.question_id, "reason": a.reason, "value": a.value, "note": a.note,
         "display_en": a.display["en"]}
        for a in sorted(plan.archived, key=lambda a: a.question_id)
    ]
    assert archived == expected["archived"]
    assert {f.question_id: f.reason for f in plan.review} == expected["review"]
    assert plan.current_section == "basics"
    assert (plan.old_version, plan.new_version) == ("1.0.0", "2.0.0")


def test_nothing_is_lost() -> None:
    """Each v1 answer is either carried (value equal after renames) or archived unchanged."""
    old, new = load(V1), load(V2)
    stored = stored_v1()
    plan = plan_upgrade(old, new, stored)
    archived = {a.question_id: a for a in plan.archived}
    moved = {r.old: r.new for r in plan.moved}
    for qid, (value, note) in stored.items():
        if qid in archived:
            assert (archived[qid].value, archived[qid].note) == (value, note)
            assert archived[qid].label["en"] == old.questions[qid].label.get("en")
            continue
        target = moved.get(qid, qid)
        carried, _ = translate_choices(new, new.questions[target], value)
        assert plan.answers[target] == (carried, note)
    assert len(plan.answers) + len(plan.archived) >= len(stored)


def test_the_new_required_question_is_flagged_and_unanswered() -> None:
    plan = plan_upgrade(load(V1), load(V2), stored_v1())
    assert ReviewFlag("lawful_basis", "new") in plan.review
    assert "lawful_basis" not in plan.answers


def test_unanswered_changed_questions_are_not_flagged() -> None:
    plan = plan_upgrade(load(V1), load(V2), {})
    assert {f.question_id for f in plan.review} == {"lawful_basis"}
    assert plan.answers == {} and plan.archived == ()


def test_summary_lines_and_json() -> None:
    plan = plan_upgrade(load(V1), load(V2), stored_v1())
    lines = plan.lines()
    assert lines[0] == "org.aipia.test.upgrade 1.0.0 -> 2.0.0"
    assert "  moved: hosting -> deployment" in lines
    assert "  vendor_notes: removed by the publisher" in lines
    assert "  lawful_basis: new question" in lines
    summary = plan.summary_json()
    assert summary["kept"] == 5 and len(summary["archived"]) == 3


def test_a_type_change_archives_the_answer_and_flags_the_question(tmp_path: Path) -> None:
    changed = edited(V1, tmp_path / "v3", [
        ("main.yaml", "      - id: retention_days\n        type: number\n        integer: true\n"
                      "        min: 0\n",
         "      - id: retention_days\n        type: short_text\n"),
        ("pack.yaml", "version: 1.0.0", "version: 3.0.0"),
    ])
    plan = plan_upgrade(load(V1), load(changed), {"retention_days": ({"value": 90}, "n")})
    assert plan.answers == {}
    [archived] = plan.archived
    assert (archived.question_id, archived.reason, archived.value) == (
        "retention_days", "no_longer_fits", {"value": 90})
    assert archived.display == {"en": "90", "ko": "90"}
    assert ReviewFlag("retention_days", "answer_archived", "expected text") in plan.review


def test_a_rename_onto_an_answered_question_archives_the_renamed_answer(tmp_path: Path) -> None:
    merged = edited(V1, tmp_path / "merged", [
        ("main.yaml", "      - id: vendor_notes\n        type: long_text\n"
                      "        label: {en: Notes on the vendor, ko: 공급자에 관한 메모}\n", ""),
        ("main.yaml", "      - id: old_contact\n", "      - id: old_contact\n"
                      "        renamed_from: [vendor_notes]\n"),
        ("pack.yaml", "version: 1.0.0", "version: 1.1.0"),
    ])
    stored = {"vendor_notes": ({"value": "A"}, None), "old_contact": ({"value": "B"}, None)}
    plan = plan_upgrade(load(V1), load(merged), stored)
    assert plan.answers == {"old_contact": ({"value": "B"}, None)}
    assert [(a.question_id, a.reason) for a in plan.archived] == [("vendor_notes", "merged")]


def test_answers_to_questions_of_neither_version_are_archived() -> None:
    plan = plan_upgrade(load(V1), load(V2), {"ghost": ({"value": "x"}, None)})
    [archived] = plan.archived
    assert (archived.reason, archived.label, archived.display["en"]) == (
        "not_in_version", {}, '"x"')


def test_open_review_flags_follow_their_question() -> None:
    earlier = {"hosting": ReviewFlag("hosting", "new")}
    plan = plan_upgrade(load(V1), load(V2), {}, flags=earlier)
    assert ReviewFlag("deployment", "new") in plan.review


def test_a_section_that_is_gone_is_forgotten() -> None:
    plan = plan_upgrade(load(V1), load(V2), {}, current_section="nowhere")
    assert plan.current_section is None


def test_choice_renames_apply_in_table_cells(tmp_path: Path) -> None:
    table = ("      - id: vendors\n        type: table\n        label: {en: Vendors, ko: 공급자}\n"
             "        columns:\n          - id: name\n            type: short_text\n"
             "            label: {en: Name, ko: 이름}\n          - id: kind\n"
             "            type: single_choice\n            label: {en: Kind, ko: 종류}\n"
             "            choices:\n              - {id: %s, label: {en: Host, ko: 호스트}}\n")
    anchor = "      - id: vendor_notes\n"
    old = edited(V1, tmp_path / "t1", [("main.yaml", anchor, table % "hoster" + anchor)])
    new = edited(V1, tmp_path / "t2", [
        ("main.yaml", anchor,
         table % "host, renamed_from: [hoster]" + anchor),
        ("pack.yaml", "version: 1.0.0", "version: 1.1.0"),
    ])
    value = {"value": [{"name": "Acme", "kind": "hoster"}]}
    plan = plan_upgrade(load(old), load(new), {"vendors": (value, None)})
    assert plan.answers["vendors"] == ({"value": [{"name": "Acme", "kind": "host"}]}, None)
    assert [(m.old, m.new) for m in plan.choice_moves] == [("hoster", "host")]


def test_archived_answer_json_round_trip() -> None:
    item = ArchivedAnswer("q", {"value": 1}, None, "1.0.0", "removed", "", {"en": "Q"}, {"en": "1"})
    assert item.to_json()["question_id"] == "q"
