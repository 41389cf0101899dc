"""Model scans as a use case: scan, propose, apply what the user confirmed, keep the manifest.

The scan itself is ``app.core.inspect`` (reads files, runs nothing). Here a
scan's proposals are fitted to the assessment's pack, merged into existing
answers without overwriting anything the user did not choose, and its
manifest is stored with the assessment so a later scan can say which files
changed and the report can show the hashes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.answers import Answer
from app.core.inspect import Progress, Proposals, ScanOptions, ScanReport, propose, scan
from app.core.inspect import manifest as manifests
from app.core.inspect.fit import fit_to_pack, merge_rows
from app.core.inspect.mapping import INVENTORY_QUESTION
from app.packs.catalog import PackCatalog, PackNotFoundError
from app.services.answering import AnswersMixin
from app.services.assessments import OpenAssessment
from app.services.base import WorkspaceBase
from app.storage.clock import utc_now
from app.storage.model_scans import ModelScanRecord

MAX_NOTE = 4000
MAX_SOURCE = 300  # the files one cell was read from, as kept in the note
NOTE_WORDS = {
    "en": "Filled in from a model scan on {date} (confirmed by the user): {items}",
    "ko": "{date} 모델 파일 검사 결과로 입력(사용자 확인): {items}",
}


@dataclass(frozen=True)
class Confirmed:
    """What the user accepted in the scan dialog (or on the command line)."""

    rows: tuple[dict[str, Any], ...] = ()  # inventory cells per model, by column id
    answers: Mapping[str, Any] = field(default_factory=dict)  # question id -> value
    overwrite_cells: tuple[tuple[str, str], ...] = ()  # (model name, column id)
    overwrite_answers: tuple[str, ...] = ()  # question ids whose stored answer may change
    evidence: Mapping[str, str] = field(default_factory=dict)  # question id -> where from
    # (model name, column id) -> where the cell's value was read from
    cell_evidence: Mapping[tuple[str, str], str] = field(default_factory=dict)


def run_scan(
    paths: Iterable[Path],
    *,
    hash_files: bool = True,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanReport:
    """Scan model folders or files (safe on any thread: no database access)."""
    options = ScanOptions(hash_files=hash_files)
    if progress is not None:
        options.progress = progress
    if cancelled is not None:
        options.cancelled = cancelled
    return scan([Path(p).expanduser() for p in paths], utc_now(), options)


def proposals_for(opened: OpenAssessment, report: ScanReport, lang: str) -> Proposals:
    """What the scan can answer in this assessment's pack, each with its evidence."""
    return fit_to_pack(opened.pack, propose(report, lang))


def proposals_for_new(report: ScanReport, lang: str, catalog: PackCatalog | None = None
                      ) -> Proposals:
    """What the scan can answer in the pack a new assessment would use (the built-in one).

    Without a loadable built-in pack (a damaged installation) every proposal is shown.
    """
    try:
        pack = (catalog or PackCatalog()).default()
    except PackNotFoundError:
        return propose(report, lang)
    return fit_to_pack(pack, propose(report, lang))


def inventory_rows(opened: OpenAssessment) -> list[dict[str, Any]]:
    """The model-inventory rows already answered (empty when unanswered)."""
    answer = opened.session.answer(INVENTORY_QUESTION)
    if answer is None or answer.state != "answered":
        return []
    return [dict(row) for row in answer.value]


def stored_value(opened: OpenAssessment, question_id: str) -> Any:
    answer = opened.session.answer(question_id)
    return answer.value if answer is not None and answer.state == "answered" else None


def apply_confirmed(
    workspace: AnswersMixin, opened: OpenAssessment, report: ScanReport, confirmed: Confirmed,
    lang: str,
) -> list[str]:
    """Save what the user confirmed and keep the manifest; returns the questions changed."""
    changed = []
    if confirmed.rows and INVENTORY_QUESTION in opened.pack.questions:
        rows = merge_rows(inventory_rows(opened), confirmed.rows, confirmed.overwrite_cells)
        names = ", ".join(str(r.get("name", "?")) for r in confirmed.rows)
        items = "\n".join([names, *_cell_sources(opened, confirmed, lang)])
        workspace.save_answer(opened, INVENTORY_QUESTION, Answer(tuple(rows)),
                              _note(opened, INVENTORY_QUESTION, report, items, lang))
        changed.append(INVENTORY_QUESTION)
    for qid, value in confirmed.answers.items():
        stored = stored_value(opened, qid)
        if stored not in (None, value) and qid not in confirmed.overwrite_answers:
            continue  # never overwrite silently
        note = _note(opened, qid, report, confirmed.evidence.get(qid, ""), lang)
        workspace.save_answer(opened, qid, Answer(value), note)
        changed.append(qid)
    keep_scan(workspace, opened.record.id, report)
    return changed


def _cell_sources(opened: OpenAssessment, confirmed: Confirmed, lang: str) -> list[str]:
    """One line per filled-in cell: the model, the column and the files it was read from."""
    table = opened.pack.questions.get(INVENTORY_QUESTION)
    labels = {c.id: opened.pack.text(c.label, lang) for c in getattr(table, "columns", ())}
    return [f"- {name}, {labels.get(cid, cid)}: {where[:MAX_SOURCE]}"
            for (name, cid), where in confirmed.cell_evidence.items() if where]


def _note(opened: OpenAssessment, qid: str, report: ScanReport, items: str, lang: str) -> str:
    line = (NOTE_WORDS.get(lang) or NOTE_WORDS["en"]).format(
        date=report.scanned_at[:10], items=items)
    before = opened.notes.get(qid, "")
    text = f"{before}\n{line}" if before else line
    return text[-MAX_NOTE:]


def keep_scan(workspace: WorkspaceBase, assessment_id: int, report: ScanReport) -> ModelScanRecord:
    """Store the scan's manifest with the assessment."""
    return workspace.store.add_model_scan(assessment_id, manifests.build(report),
                                          report.scanned_at)


def changes_since_last(
    workspace: WorkspaceBase, assessment_id: int, report: ScanReport
) -> tuple[ModelScanRecord, list[manifests.Change]] | None:
    """The last stored scan of the same folders and what changed since, or None."""
    current = manifests.build(report)
    scope = tuple(report.paths)
    for record in reversed(workspace.store.list_model_scans(assessment_id)):
        if any(manifests.under(path, scope) for path in manifests.files_of(record.manifest)):
            return record, manifests.compare(record.manifest, current)
    return None


def report_scans(workspace: WorkspaceBase, assessment_id: int) -> list[dict[str, Any]]:
    """The latest scan of each folder, as plain data for the report."""
    return scans_for_report(workspace.store.list_model_scans(assessment_id))


def scans_for_report(scans: list[ModelScanRecord]) -> list[dict[str, Any]]:
    """:func:`report_scans` of the scans already read."""
    latest: dict[str, dict[str, Any]] = {}
    for record in scans:
        for model in record.manifest.get("models", []):
            latest[str(model.get("folder"))] = {
                "scanned_at": record.scanned_at,
                "name": str(model.get("name", "")),
                "folder": str(model.get("folder", "")),
                "files": [
                    {"path": str(f.get("path", "")), "sha256": f.get("sha256") or ""}
                    for f in model.get("files", [])
                ],
            }
    return sorted(latest.values(), key=lambda s: (s["name"], s["folder"]))


class InspectionMixin(AnswersMixin):
    """Model scans of an assessment (the scan itself, :func:`run_scan`, needs no database)."""

    def scan_proposals(self, opened: OpenAssessment, report: ScanReport, lang: str) -> Proposals:
        return proposals_for(opened, report, lang)

    def scan_changes(self, assessment_id: int, report: ScanReport
                     ) -> tuple[ModelScanRecord, list[manifests.Change]] | None:
        """The last stored scan of the same folders and what changed since, or None."""
        return changes_since_last(self, assessment_id, report)

    def keep_scan(self, assessment_id: int, report: ScanReport) -> ModelScanRecord:
        """Store the scan's manifest with the assessment (a later scan compares with it)."""
        return keep_scan(self, assessment_id, report)

    def apply_scan(self, opened: OpenAssessment, report: ScanReport, confirmed: Confirmed,
                   lang: str) -> list[str]:
        """Save what the user confirmed and keep the manifest; returns the questions changed."""
        return apply_confirmed(self, opened, report, confirmed, lang)
