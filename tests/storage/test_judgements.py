"""Risk judgements in the database: each part with who and when, every change in the history."""

from __future__ import annotations

import pytest

from app.core.treatment import Judgement
from app.core.treatment.carry import JudgementCarry, SetAside
from app.core.treatment.judgement import Acceptance, JudgementChange, Rating, TreatmentChoice
from app.core.versioning.diff import ItemDiff, PackDiff
from app.core.versioning.upgrade import UpgradePlan
from app.storage import Assessment, AssessmentImport, Store
from app.storage.errors import NotFoundError

AT = "2026-12-01T09:00:00.000Z"
RATING = Rating(likelihood="likely", reason="Every ward PC reaches it.", by="H. Kim", at=AT)
TREATMENT = TreatmentChoice(choice="reduce", reason="Filters planned.", by="H. Kim", at=AT)
ACCEPTANCE = Acceptance(accepted_by="Dr J. Park", role="privacy_officer", accepted_on="2026-12-01",
                        level="medium", note="Board minutes 12/2026", by="H. Kim", at=AT)


def test_parts_are_read_back_as_they_were_saved(store: Store, assessment: Assessment) -> None:
    store.save_judgement_part(assessment.id, "io_risk", "rating", RATING)
    store.save_judgement_part(assessment.id, "io_risk", "acceptance", ACCEPTANCE)
    store.save_judgement_part(assessment.id, "other", "treatment", TREATMENT)
    judgements = store.get_judgements(assessment.id)
    assert set(judgements) == {"io_risk", "other"}
    assert judgements["io_risk"].rating == RATING
    assert judgements["io_risk"].acceptance == ACCEPTANCE
    assert judgements["io_risk"].treatment is None
    assert judgements["other"].treatment == TREATMENT
    assert store.get_assessment(assessment.id).updated_at > assessment.updated_at


def test_every_change_is_kept_with_who_and_when(
    store: Store, assessment: Assessment, ticking_clock: list[str]
) -> None:
    store.save_judgement_part(assessment.id, "io_risk", "rating", RATING)
    later = RATING.model_copy(update={"severity": "severe", "at": "2026-12-02T10:00:00.000Z"})
    store.save_judgement_part(assessment.id, "io_risk", "rating", later)
    assert store.clear_judgement_part(assessment.id, "io_risk", "rating", "Dr J. Park")
    history = store.judgement_history(assessment.id)
    assert [(c.part, c.by, c.at) for c in history] == [
        ("rating", "H. Kim", AT),
        ("rating", "H. Kim", "2026-12-02T10:00:00.000Z"),
        ("rating", "Dr J. Park", ticking_clock[-1]),
    ]
    assert history[1].value is not None and history[1].value["severity"] == "severe"
    assert history[2].value is None
    assert store.get_judgements(assessment.id) == {}
    assert store.judgement_history(assessment.id, "other") == []


def test_clearing_what_is_not_there_changes_nothing(store: Store, assessment: Assessment) -> None:
    before = store.get_assessment(assessment.id).updated_at
    assert not store.clear_judgement_part(assessment.id, "io_risk", "treatment", "H. Kim")
    assert store.judgement_history(assessment.id) == []
    assert store.get_assessment(assessment.id).updated_at == before


def test_an_unknown_assessment_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.save_judgement_part(999, "io_risk", "rating", RATING)


def test_duplicates_keep_judgements_and_deleting_removes_them(
    store: Store, assessment: Assessment
) -> None:
    store.save_judgement_part(assessment.id, "io_risk", "treatment", TREATMENT)
    copy = store.duplicate_assessment(assessment.id, "Copy")
    assert store.get_judgements(copy.id)["io_risk"].treatment == TREATMENT
    assert len(store.judgement_history(copy.id)) == 1
    store.delete_assessment(assessment.id)
    assert store.get_judgements(assessment.id) == {}
    assert store.judgement_history(assessment.id) == []
    assert store.get_judgements(copy.id) != {}


def imported(store: Store, history: list[JudgementChange]) -> Assessment:
    return store.import_assessment(AssessmentImport(
        uuid="0" * 32, organization_name="Acme", title="Imported", pack_id="p",
        pack_version="1.0.0", pack_hash="h", language="en",
        judgements=[Judgement("io_risk", rating=RATING, acceptance=ACCEPTANCE)],
        judgement_history=history,
    ))


def test_an_import_without_history_records_each_part_oldest_first(store: Store) -> None:
    record = imported(store, [])
    history = store.judgement_history(record.id)
    assert [(c.risk_id, c.part, c.note) for c in history] == [
        ("io_risk", "rating", "imported"), ("io_risk", "acceptance", "imported")]


def test_an_import_keeps_its_history_and_a_bad_entry_writes_nothing(store: Store) -> None:
    kept = [JudgementChange("io_risk", "rating", None, "H. Kim", "2026-11-01T08:00:00Z", "")]
    record = imported(store, kept)
    assert [(c.value, c.at) for c in store.judgement_history(record.id)] == [
        (None, "2026-11-01T08:00:00.000Z")]
    store.delete_assessment(record.id)
    bad = [JudgementChange("io_risk", "rating", None, "H. Kim", "yesterday", "")]
    with pytest.raises(ValueError, match="The time of the change"):
        imported(store, bad)
    assert store.list_assessments() == []


def test_an_upgrade_sets_aside_what_it_cannot_carry(store: Store, assessment: Assessment) -> None:
    store.save_judgement_part(assessment.id, "io_risk", "rating", RATING)
    store.save_judgement_part(assessment.id, "gone_risk", "treatment", TREATMENT)
    carry = JudgementCarry("2.0.0", 1, (SetAside("gone_risk", "treatment", "no such risk"),))
    plan = UpgradePlan(assessment.pack_id, assessment.pack_version, "2.0.0", "h2", {}, (), (),
                       (), (), _empty_diff(), None)
    store.apply_upgrade(assessment.id, plan, None, carry)
    assert set(store.get_judgements(assessment.id)) == {"io_risk"}
    last = store.judgement_history(assessment.id)[-1]
    assert (last.risk_id, last.part, last.value, last.by) == ("gone_risk", "treatment", None,
                                                              "AIPIA")
    assert last.note == "set aside on upgrade to 2.0.0: no such risk"


def _empty_diff() -> PackDiff:
    return PackDiff("p", "1.0.0", "p", "2.0.0", ItemDiff(), (), ItemDiff(), ItemDiff())
