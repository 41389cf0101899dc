"""Comparisons: two revisions, a revision and the work since, this year against last year."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.answers import Answer
from app.core.review import ReviewError
from app.core.review.compare import Comparison
from app.core.review.compare_words import COMPARE_WORDS
from app.services import evidence, review, revisions
from app.services import risk_treatment as treatment
from app.services.workspace import Workspace


def approve(workspace: Workspace, assessment_id: int) -> None:
    review.change_status(workspace, assessment_id, "in_review", by="H. Kim")
    review.change_status(workspace, assessment_id, "approved", by="J. Lee")


def second_revision(here: Workspace, filled: int, tmp_path: Path) -> None:
    """Revision 1 approved; revision 2 with a new answer, a plan, a file, a verdict, an
    opinion."""
    approve(here, filled)
    review.start_new_revision(here, filled, by="H. Kim")
    opened = here.open(filled)
    here.save_answer(opened, "deployment_mode", Answer("third_party_host"))  # shows host_region
    treatment.plan_measure(here, opened, "host_dpa", status="done", owner="CISO",
                           due_date="2027-01-31")
    proof = tmp_path / "dpa.pdf"
    proof.write_bytes(b"%PDF agreement")
    evidence.attach(here, filled, proof, target_kind="measure", target_id="host_dpa", by="H. Kim")
    review.change_status(here, filled, "in_review", by="H. Kim")
    review.judge_section(here, filled, "flows", "improvable", by="J. Lee")
    review.record_opinion(here, filled, "data_subjects", asked=False, reason="Board.", by="H. Kim")
    review.change_status(here, filled, "approved", by="J. Lee")


def test_two_revisions_differ_in_answers_risks_plans_verdicts_and_evidence(
    here: Workspace, filled: int, tmp_path: Path
) -> None:
    second_revision(here, filled, tmp_path)
    opened = here.open(filled)

    changes = revisions.compare_revisions(here, filled, 1, 2, lang="en")
    assert (changes.left, changes.right) == ("Revision 1", "Revision 2")
    answer = next(c for c in changes.answers if c.item == "deployment_mode")
    assert (answer.kind, answer.group) == ("changed", opened.pack.section_of["deployment_mode"])
    assert answer.before != answer.after and "host" in answer.after.lower()
    assert any(c.item == "host_dpa" and "status: done" in c.after and "owner: CISO" in c.after
               for c in changes.measures)
    assert [(c.item, c.kind, c.after) for c in changes.verdicts] == [
        ("flows", "added", "verdict: improvable")]
    measure = opened.pack.text(opened.pack.measures["host_dpa"].title, "en")
    assert [(c.title, c.kind, c.group) for c in changes.evidence] == [
        ("dpa.pdf", "added", f"measure: {measure}")]
    assert changes.risks, "moving to a third-party host raises or moves risks"
    assert {c.group for c in changes.risks} <= {"inherent", "current", "target"}
    data = changes.to_json()
    assert data["answers"][0]["id"] and data["left"] == "Revision 1"

    korean = revisions.compare_revisions(here, filled, 1, 2, lang="ko")
    assert korean.left == "개정판 1"
    assert revisions.compare_revisions(here, filled, 2, None).empty  # nothing since approval


OUR_ENGLISH = re.compile(
    r"\b(status|owner|due|due_date|note|verdict|comment|planned|in progress|in_progress|done|"
    r"acceptable|improvable|to fix|to_fix|not asked|favourable|bytes|measure|section|answer|"
    r"whole assessment|to be rated|revision|current work)\b", re.IGNORECASE)


def shown_texts(changes: Comparison) -> list[str]:
    """Every text a view or report shows of a comparison, but the pack's own titles."""
    parts = (changes.answers, changes.risks, changes.measures, changes.verdicts,
             changes.opinions, changes.evidence)
    return [changes.left, changes.right, *changes.notes,
            *(text for part in parts for c in part for text in (c.before, c.after)),
            *(c.group for c in changes.evidence)]


@pytest.mark.parametrize(("lang", "expected"), [
    ("ko", {"measure": "진행 상태: 완료; 담당자: CISO; 기한: 2027-01-31",
            "verdict": "판정: 개선 가능", "opinion": "묻지 않음: Board.", "left": "개정판 1",
            "file": "바이트, SHA-256", "target": "조치: "}),
    ("fr", {"measure": "statut : réalisée ; responsable : CISO ; échéance : 2027-01-31",
            "verdict": "appréciation : améliorable", "opinion": "non sollicité : Board.",
            "left": "Version 1", "file": "octets, SHA-256", "target": "mesure : "}),
])
def test_a_comparison_says_its_own_words_in_the_report_language(
    here: Workspace, filled: int, tmp_path: Path, lang: str, expected: dict[str, str]
) -> None:
    second_revision(here, filled, tmp_path)
    changes = revisions.compare_revisions(here, filled, 1, 2, lang=lang)
    plan = next(c for c in changes.measures if c.item == "host_dpa")
    assert plan.after == expected["measure"]
    assert [c.after for c in changes.verdicts] == [expected["verdict"]]
    assert [c.after for c in changes.opinions] == [expected["opinion"]]
    assert changes.left == expected["left"]
    assert expected["file"] in changes.evidence[0].after
    assert changes.evidence[0].group.startswith(expected["target"])
    for text in shown_texts(changes):
        assert not OUR_ENGLISH.search(text), text


def test_the_desktop_app_asks_for_its_interface_words_with_the_pack_in_the_assessments(
    here: Workspace, filled: int, tmp_path: Path
) -> None:
    second_revision(here, filled, tmp_path)
    changes = here.compare_revisions(filled, 1, 2, "ko", "en")
    assert [c.after for c in changes.verdicts] == ["verdict: improvable"]
    pack = here.open(filled).pack
    answer = next(c for c in changes.answers if c.item == "deployment_mode")
    assert answer.title == pack.text(pack.questions["deployment_mode"].label, "ko")
    assert changes.left == "Revision 1"


def test_this_year_against_last_year(here: Workspace, filled: int) -> None:
    last_year = filled
    this_year = here.store.duplicate_assessment(last_year, "진료 요약 도우미 2027").id
    here.save_answer(here.open(this_year), "system_name", Answer("요약 도우미 v2"))
    changes = revisions.compare_assessments(here, last_year, this_year)
    assert [(c.item, c.before, c.after) for c in changes.answers] == [
        ("system_name", "요약 도우미 (정식 명칭)", "요약 도우미 v2 (정식 명칭)")]  # with its note
    assert changes.left.startswith(f"#{last_year} ") and changes.risks == ()


def test_an_unknown_revision_names_the_ones_there_are(here: Workspace, filled: int) -> None:
    with pytest.raises(ReviewError, match="has no revision yet"):
        revisions.compare_revisions(here, filled, 1)
    approve(here, filled)
    with pytest.raises(ReviewError, match=r"has no revision 3 \(revisions: 1\)"):
        revisions.compare_revisions(here, filled, 3)


def test_every_language_has_every_word_of_the_comparison() -> None:
    for lang, words in COMPARE_WORDS.items():
        assert set(words) == set(COMPARE_WORDS["en"]), lang
        for key in ("pair", "file"):
            assert set(re.findall(r"\{\w+\}", words[key])) == set(
                re.findall(r"\{\w+\}", COMPARE_WORDS["en"][key])), (lang, key)
    assert set(COMPARE_WORDS) == {"en", "ko", "fr", "it", "pt-BR"}
    assert set(revisions.CURRENT) == set(revisions.REVISION) == set(COMPARE_WORDS)
