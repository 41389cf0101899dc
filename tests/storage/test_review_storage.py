"""The review workflow's tables: the status migration, the trail, revisions, attachments."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.hashing import canonical_json, sha256_hex
from app.core.review import Attachment, Opinion, ReviewComment, ReviewEvent, RevisionInfo
from app.core.review import SectionVerdict as Verdict
from app.storage import (
    Assessment,
    DatabaseDamagedError,
    NotFoundError,
    StorageError,
    Store,
    migrations,
)
from app.storage.review import MoveConflict
from app.storage.review_transfer import ReviewImport
from app.storage.revisions import NewRevision
from app.storage.transfer import AssessmentImport

SHA = "ab" * 32
WHEN = "2026-03-01T09:00:00.000Z"


def event(action: str, before: str, after: str, revision: int | None = None) -> ReviewEvent:
    return ReviewEvent(0, action, before, after, "H. Kim", WHEN, "", revision)


def revision(number: int, snapshot: dict[str, object]) -> NewRevision:
    info = RevisionInfo(number, "J. Lee", WHEN, "ok", sha256_hex(canonical_json(snapshot)),
                        "ai-pia", "1.0.0", "sha256:abc")
    return NewRevision(info, snapshot)


def attachment(sha: str = SHA, size: int = 5) -> Attachment:
    return Attachment(0, "answer", "q1", "contract.pdf", size, sha, "H. Kim", WHEN)


def test_completed_assessments_become_approved_with_a_note_in_the_trail(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = list(migrations.MIGRATIONS)
    before_review = [m for m in steps if m.version <= 5]
    monkeypatch.setattr(migrations, "MIGRATIONS", before_review)
    with Store.open(db_path) as old:
        org = old.add_organization("Acme")
        done = old.create_assessment(org.id, "Done", pack_id="p", pack_version="1",
                                     pack_hash="h", language="en")
        old.save_answer(done.id, "q1", {"value": "yes"})
        draft = old.create_assessment(org.id, "Draft", pack_id="p", pack_version="1",
                                      pack_hash="h", language="en")
    conn = sqlite3.connect(db_path)  # as AIPIA before the review workflow wrote it
    conn.execute("UPDATE assessments SET status = 'completed' WHERE id = ?", [done.id])
    conn.commit()
    conn.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with Store.open(db_path) as store:
        assert store.get_assessment(done.id).status == "approved"
        assert store.get_assessment(draft.id).status == "draft"
        assert store.get_answers(done.id)["q1"].value == {"value": "yes"}  # rows kept
        [note] = store.review_events(done.id)
        assert (note.action, note.from_status, note.to_status) == (
            "migrated", "completed", "approved")
        assert store.review_events(draft.id) == []
        with pytest.raises(ValueError, match="status must be one of"):
            store.update_assessment(draft.id, status="completed")
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'assessments' AND type='index'")}
        assert "assessments_by_organization" in indexes
        conn.close()


def test_a_move_and_its_revision_are_written_together(
    store: Store, assessment: Assessment
) -> None:
    store.move_status(assessment.id, event("submit", "draft", "in_review"))
    store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                      revision(1, {"answers": {"q1": {"value": "yes"}}}))
    assert store.get_assessment(assessment.id).status == "approved"
    assert [e.action for e in store.review_events(assessment.id)] == ["submit", "approve"]
    kept = store.get_revision(assessment.id, 1)
    assert kept.snapshot == {"answers": {"q1": {"value": "yes"}}}
    assert store.latest_revision(assessment.id) == kept.info


def test_a_move_from_a_status_that_changed_meanwhile_changes_nothing(
    store: Store, assessment: Assessment
) -> None:
    with pytest.raises(MoveConflict, match="no longer in_review"):
        store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                          revision(1, {}))
    assert store.get_assessment(assessment.id).status == "draft"
    assert store.review_events(assessment.id) == []
    assert store.list_revisions(assessment.id) == []


def test_a_revision_number_is_kept_once(store: Store, assessment: Assessment) -> None:
    store.move_status(assessment.id, event("submit", "draft", "in_review"))
    store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                      revision(1, {"a": 1}))
    store.move_status(assessment.id, event("reopen", "approved", "draft", 2))
    store.move_status(assessment.id, event("submit", "draft", "in_review"))
    with pytest.raises(StorageError, match="UNIQUE constraint failed: revisions"):
        store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                          revision(1, {"a": 2}))
    assert store.get_assessment(assessment.id).status == "in_review"


def test_a_snapshot_changed_outside_aipia_is_reported_not_trusted(
    store: Store, assessment: Assessment, db_path: Path
) -> None:
    store.move_status(assessment.id, event("submit", "draft", "in_review"))
    store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                      revision(1, {"answers": {"q1": {"value": "yes"}}}))
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE revisions SET snapshot = replace(snapshot, 'yes', 'no')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseDamagedError, match=r"revision 1 of assessment \d+ no longer"):
        store.get_revision(assessment.id, 1)


def test_the_latest_verdict_and_opinion_hold_and_the_history_keeps_all(
    store: Store, assessment: Assessment
) -> None:
    store.add_verdict(assessment.id, Verdict("flows", "to_fix", "logs?", "J. Lee", WHEN))
    store.add_verdict(assessment.id, Verdict("flows", "acceptable", "", "J. Lee", WHEN))
    store.add_verdict(assessment.id, Verdict("scope", "improvable", "", "J. Lee", WHEN))
    current = store.current_verdicts(assessment.id)
    assert {s: v.verdict for s, v in current.items()} == {"flows": "acceptable",
                                                          "scope": "improvable"}
    assert [v.verdict for v in store.verdict_history(assessment.id)] == [
        "to_fix", "acceptable", "improvable"]
    dpo = Opinion("dpo", True, "P. Park", "unfavourable", "no", "", "P. Park", WHEN)
    store.add_opinion(assessment.id, dpo)
    store.add_opinion(assessment.id, Opinion("dpo", True, "P. Park", "favourable", "ok now", "",
                                             "P. Park", WHEN, 1))
    assert store.current_opinions(assessment.id)["dpo"].stance == "favourable"
    assert len(store.opinion_history(assessment.id)) == 2
    comment = store.add_review_comment(assessment.id,
                                       ReviewComment(0, None, "Overall fine", "J. Lee", WHEN))
    assert store.review_comments(assessment.id) == [comment] and comment.id > 0


def test_files_stay_referenced_while_a_revision_lists_them(
    store: Store, assessment: Assessment
) -> None:
    kept = store.add_attachment(assessment.id, attachment())
    other = store.add_attachment(assessment.id, attachment("cd" * 32, 7))
    store.move_status(assessment.id, event("submit", "draft", "in_review"))
    store.move_status(assessment.id, event("approve", "in_review", "approved", 1),
                      revision(1, {"attachments": [{"sha256": SHA, "size": 5}]}))
    store.delete_attachment(assessment.id, kept.id, WHEN)
    store.delete_attachment(assessment.id, other.id, WHEN)
    assert store.list_attachments(assessment.id) == []
    assert store.referenced_files() == {SHA}  # the revision still lists it
    assert store.evidence_files(assessment.id) == {SHA: 5}
    store.delete_assessment(assessment.id)
    assert store.referenced_files() == set()
    with pytest.raises(NotFoundError):
        store.get_attachment(assessment.id, kept.id)


def test_an_import_replacing_an_assessment_keeps_its_id_and_drops_its_old_rows(
    store: Store, assessment: Assessment
) -> None:
    store.save_answer(assessment.id, "q1", {"value": "old"})
    store.add_attachment(assessment.id, attachment())
    fields = AssessmentImport(uuid=assessment.uuid, organization_name="Acme Health",
                              title="New", pack_id="ai-pia", pack_version="1.0.0",
                              pack_hash="sha256:abc", language="en", status="approved",
                              answers={"q1": ({"value": "new"}, None)})
    review = ReviewImport(events=[event("approve", "in_review", "approved", 1)],
                          revisions=[revision(1, {"a": 1})])
    replaced = store.import_package(fields, review, replace=assessment.id)
    assert replaced.id == assessment.id and replaced.title == "New"
    assert store.get_answers(assessment.id)["q1"].value == {"value": "new"}
    assert store.list_attachments(assessment.id) == []
    assert [r.number for r in store.list_revisions(assessment.id)] == [1]
    assert len(store.list_assessments(include_archived=True)) == 1


def test_a_failed_import_leaves_the_assessment_it_would_replace(
    store: Store, assessment: Assessment
) -> None:
    store.save_answer(assessment.id, "q1", {"value": "old"})
    fields = AssessmentImport(uuid=assessment.uuid, organization_name="Acme Health",
                              title="New", pack_id="ai-pia", pack_version="1.0.0",
                              pack_hash="sha256:abc", language="en")
    bad = NewRevision(RevisionInfo(1, "J. Lee", WHEN, "", "0" * 64, "p", "1", "h"), {"a": 1})
    with pytest.raises(ValueError, match="does not match its hash"):
        store.import_package(fields, ReviewImport(revisions=[bad]), replace=assessment.id)
    assert store.get_assessment(assessment.id).title == assessment.title
    assert store.get_answers(assessment.id)["q1"].value == {"value": "old"}
