"""The assessor's judgements across a pack upgrade: built-in 1.0.0 -> 1.1.0.

1.1.0 merged ``ft_leakage_untested`` into ``ft_memorisation`` and added an
acceptance policy (only the privacy officer accepts a residual High), so a 1.0.0
assessment holds judgements the new version can and cannot carry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.treatment.judgement import Acceptance, Rating, TreatmentChoice
from app.services.workspace import Workspace

AT = "2026-10-01T09:00:00.000Z"
RATING = Rating(severity="severe", reason="Health records.", by="H. Kim", at=AT)
GONE = TreatmentChoice(choice="reduce", reason="Leakage tests booked.", by="H. Kim", at=AT)
OWNER_HIGH = Acceptance(accepted_by="J. Lee", role="owner", accepted_on="2026-10-01",
                        level="high", by="H. Kim", at=AT)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def on_1_0_0(data_dir: Path) -> Iterator[tuple[Workspace, int]]:
    with Workspace(data_dir) as ws:
        record = ws.new_assessment("Hanbit Clinic", "Notes", "org.aipia.ai-pia", "1.0.0", "en")
        store = ws.store
        store.save_judgement_part(record.id, "ft_memorisation", "rating", RATING)
        store.save_judgement_part(record.id, "ft_leakage_untested", "treatment", GONE)
        store.save_judgement_part(record.id, "shadow_models", "acceptance", OWNER_HIGH)
        yield ws, record.id


def test_a_dry_run_lists_what_would_be_set_aside(data_dir: Path, on_1_0_0: tuple[Workspace, int]
                                                 ) -> None:
    ws, record_id = on_1_0_0
    ws.close()
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "assessment", "upgrade",
                                      str(record_id), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Risk judgements kept: 1\n" in result.output
    assert "Risk judgements set aside (kept in the history): 2\n" in result.output
    assert ("  ft_leakage_untested treatment: 'ft_leakage_untested' is not a risk of pack "
            "'org.aipia.ai-pia' 1.1.0\n") in result.output
    assert "  shadow_models acceptance: a residual High risk can only be accepted by" in (
        result.output)


def test_the_upgrade_carries_what_fits_and_keeps_the_rest_in_the_history(
    on_1_0_0: tuple[Workspace, int]
) -> None:
    ws, record_id = on_1_0_0
    outcome = ws.upgrade(record_id)
    assert outcome.judgements is not None and outcome.judgements.kept == 1
    judgements = ws.store.get_judgements(record_id)
    assert set(judgements) == {"ft_memorisation"}
    assert judgements["ft_memorisation"].rating == RATING
    notes = {(c.risk_id, c.part): c.note for c in ws.store.judgement_history(record_id)
             if c.value is None}
    assert notes == {
        ("ft_leakage_untested", "treatment"):
            "set aside on upgrade to 1.1.0: 'ft_leakage_untested' is not a risk of pack "
            "'org.aipia.ai-pia' 1.1.0",
        ("shadow_models", "acceptance"):
            "set aside on upgrade to 1.1.0: a residual High risk can only be accepted by: "
            "Privacy officer (CPO or DPO) (privacy_officer)",
    }
    # what was set aside is still readable, as it was
    [gone] = [c for c in ws.store.judgement_history(record_id, "ft_leakage_untested") if c.value]
    assert gone.value is not None and gone.value["reason"] == "Leakage tests booked."
