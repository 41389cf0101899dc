"""The report's review pages: which revision it is, the record, the evidence, what changed."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from app.core.answers import Answer
from app.services import evidence, review
from app.services.reporting import prepare_report
from app.services.workspace import Workspace


def html_of(workspace: Workspace, assessment_id: int, **options: object) -> str:
    prepared = prepare_report(workspace, assessment_id, **options)  # type: ignore[arg-type]
    workspace.render_pool.release(prepared.worker_key)
    return prepared.html


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def approve(workspace: Workspace, assessment_id: int) -> None:
    if workspace.store.get_assessment(assessment_id).status != "in_review":
        review.change_status(workspace, assessment_id, "in_review", by="H. Kim")
    review.change_status(workspace, assessment_id, "approved", by="J. Lee",
                         comment="Fit for go-live")


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "architecture.png"
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (20, 80, 160)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_an_approved_report_names_its_revision_the_approver_and_the_evidence(
    workspace: Workspace, assessment_id: int, picture: Path
) -> None:
    evidence.attach(workspace, assessment_id, picture, target_kind="section",
                    target_id="flows", note="Where data goes", by="H. Kim")
    approve(workspace, assessment_id)
    review.record_opinion(workspace, assessment_id, "data_subjects", asked=False,
                          reason="Staff council consulted instead", by="H. Kim")
    html = html_of(workspace, assessment_id, lang="en")
    text = text_of(html)
    assert "Revision 1 approved on" in text and "by J. Lee" in text  # cover
    assert re.search(r'class="run-id">#\d+ · Revision 1 · ', html)  # every page's footer
    assert "Review and approval record" in text and "Fit for go-live" in text
    revision = workspace.store.latest_revision(assessment_id)
    assert revision is not None and revision.snapshot_hash in text
    assert "Not asked. Why: Staff council consulted instead" in text
    assert "Approved (Revision 1) J. Lee Fit for go-live" in text  # the trail's entry
    assert "architecture.png" in text and "Where data goes" in text
    assert 'src="data:image/png;base64,' in html  # the checked image is shown


def test_a_draft_report_says_it_is_not_approved_in_korean_too(
    workspace: Workspace, assessment_id: int
) -> None:
    approve(workspace, assessment_id)
    review.start_new_revision(workspace, assessment_id, by="H. Kim")
    english = text_of(html_of(workspace, assessment_id, lang="en"))
    assert "Revision 2" in english and "revision 1 was approved on" in english
    assert "This revision has not been approved yet" in english
    korean = text_of(html_of(workspace, assessment_id, lang="ko"))
    assert "개정판 2" in korean and "검토 및 승인 기록" in korean and "증빙 자료" in korean
    assert "이 평가에 첨부된 파일이 없습니다" in korean


def test_the_appendix_lists_what_changed_since_a_revision(
    workspace: Workspace, assessment_id: int
) -> None:
    approve(workspace, assessment_id)
    review.start_new_revision(workspace, assessment_id, by="H. Kim")
    opened = workspace.open(assessment_id)
    workspace.save_answer(opened, "system_name", Answer("Summariser v2"))
    without = text_of(html_of(workspace, assessment_id, lang="en"))
    assert "Appendix: what changed" not in without
    text = text_of(html_of(workspace, assessment_id, lang="en", compare_with=1))
    assert "Appendix: what changed" in text and "from Revision 1 to Current work" in text
    assert "Summariser v2" in text
