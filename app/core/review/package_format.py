"""The review part of an exchange file, and revision snapshots, as checked models (pure).

An exchange file (``app.services.exchange``) holds the assessment's JSON
export, this review document and the evidence files. Everything here comes
from outside: unknown keys are refused, sizes are bounded, times and hashes
have their shapes, and :func:`review_problems` checks what one part says
about another (revision numbers, snapshot hashes, attachments' files).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from app.core.answers.file import FilePack, FilePlan, FileSectionOff
from app.core.hashing import canonical_json, sha256_hex
from app.core.model.common import Identifier
from app.core.review.evidence import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    EvidenceError,
    display_name,
)
from app.core.review.records import Attachment, Opinion, RevisionInfo, SectionVerdict
from app.core.review.workflow import MAX_NAME, MAX_TEXT
from app.core.treatment.file_format import FileJudgement

REVIEW_FORMAT = "aipia-review"
SNAPSHOT_FORMAT = "aipia-revision"
MAX_EVENTS = 5000
MAX_VERDICTS = 20_000
MAX_COMMENTS = 5000
MAX_OPINIONS = 500
MAX_REVISIONS = 200
MAX_ATTACHMENTS = 400  # each file is one zip entry; the zip reader allows 500 in all

Stamp = Annotated[str, StringConstraints(
    pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Sha = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Status = Literal["draft", "in_review", "approved", "archived"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileEvent(_Strict):
    action: Literal["submit", "request_changes", "approve", "reopen", "archive", "restore",
                    "migrated"]
    from_status: Status | Literal["completed"]
    to_status: Status
    by: Name
    at: Stamp
    comment: Text = ""
    revision: int | None = Field(default=None, ge=1)


class SnapshotVerdict(_Strict):
    verdict: Literal["acceptable", "improvable", "to_fix"]
    comment: Text = ""
    by: Name
    at: Stamp


class SnapshotOpinion(_Strict):
    asked: bool
    name: Annotated[str, StringConstraints(max_length=MAX_NAME)] = ""
    stance: Literal["favourable", "unfavourable", ""] = ""
    text: Text = ""
    reason: Text = ""
    by: Name
    at: Stamp
    revision: int | None = Field(default=None, ge=1)


class FileVerdict(SnapshotVerdict):
    section_id: Identifier

    def record(self) -> SectionVerdict:
        return SectionVerdict(self.section_id, self.verdict, self.comment, self.by, self.at)


class FileComment(_Strict):
    section_id: Identifier | None = None
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    by: Name
    at: Stamp


class FileOpinion(SnapshotOpinion):
    kind: Literal["dpo", "data_subjects"]

    def record(self) -> Opinion:
        return Opinion(self.kind, self.asked, self.name, self.stance, self.text, self.reason,
                       self.by, self.at, self.revision)


class FileAttachment(_Strict):
    target_kind: Literal["assessment", "section", "answer", "measure"]
    target_id: Annotated[str, StringConstraints(max_length=64)] = ""
    name: Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME_CHARS)]
    size: int = Field(ge=0)
    sha256: Sha
    added_by: Name
    added_at: Stamp
    note: Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)] = ""

    def record(self, attachment_id: int = 0) -> Attachment:
        return Attachment(attachment_id, self.target_kind, self.target_id, self.name,
                          self.size, self.sha256, self.added_by, self.added_at, self.note)


class SnapshotAssessment(_Strict):
    title: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    organization: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    language: Annotated[str, StringConstraints(max_length=10)]


class RevisionSnapshot(_Strict):
    """What a revision froze: answers, plans, judgements, verdicts, opinions, evidence, pack."""

    format: Literal["aipia-revision"] = "aipia-revision"
    format_version: Literal[1] = 1
    assessment: SnapshotAssessment
    pack: FilePack
    answers: dict[Identifier, dict[str, Any]] = Field(default_factory=dict, max_length=5000)
    measure_plans: dict[Identifier, FilePlan] = Field(default_factory=dict, max_length=5000)
    risk_judgements: dict[Identifier, FileJudgement] = Field(default_factory=dict,
                                                            max_length=5000)
    section_verdicts: dict[Identifier, SnapshotVerdict] = Field(default_factory=dict,
                                                               max_length=5000)
    opinions: dict[Literal["dpo", "data_subjects"], SnapshotOpinion] = Field(
        default_factory=dict)
    attachments: list[FileAttachment] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)
    sections_off: dict[Identifier, FileSectionOff] = Field(default_factory=dict, max_length=5000)


class FileRevision(_Strict):
    number: int = Field(ge=1)
    approved_by: Name
    approved_at: Stamp
    comment: Text = ""
    snapshot_hash: Sha
    snapshot: dict[str, Any]

    def info(self, snapshot: RevisionSnapshot) -> RevisionInfo:
        pack = snapshot.pack
        return RevisionInfo(self.number, self.approved_by, self.approved_at, self.comment,
                            self.snapshot_hash, pack.id, pack.version, pack.hash or "")


class ReviewDocument(_Strict):
    """``review.json`` of an exchange file."""

    format: Literal["aipia-review"]
    format_version: Literal[1]
    assessment_uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    events: list[FileEvent] = Field(default_factory=list, max_length=MAX_EVENTS)
    verdicts: list[FileVerdict] = Field(default_factory=list, max_length=MAX_VERDICTS)
    comments: list[FileComment] = Field(default_factory=list, max_length=MAX_COMMENTS)
    opinions: list[FileOpinion] = Field(default_factory=list, max_length=MAX_OPINIONS)
    revisions: list[FileRevision] = Field(default_factory=list, max_length=MAX_REVISIONS)
    attachments: list[FileAttachment] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)


def snapshot_hash(snapshot: dict[str, Any]) -> str:
    """The SHA-256 of a snapshot's canonical JSON (what a revision records)."""
    return sha256_hex(canonical_json(snapshot))


CONTENT_KEYS = ("pack", "answers", "measure_plans", "risk_judgements", "section_verdicts",
                "attachments")


def content_hash(snapshot: dict[str, Any]) -> str:
    """The hash of what an approval locks (opinions and titles may be added later).

    Sections switched off count only when there are some, so the hash of a snapshot
    kept before they existed is the same as that of one with none.
    """
    content = {k: snapshot.get(k) for k in CONTENT_KEYS}
    if snapshot.get("sections_off"):
        content["sections_off"] = snapshot["sections_off"]
    return sha256_hex(canonical_json(content))


def review_problems(document: ReviewDocument) -> list[str]:
    """What the parts of ``document`` say about each other that does not hold."""
    problems: list[str] = []
    numbers = [r.number for r in document.revisions]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"revisions: numbered {numbers[:20]}, expected 1, 2, 3 ... in order")
    for i, revision in enumerate(document.revisions):
        if snapshot_hash(revision.snapshot) != revision.snapshot_hash:
            problems.append(f"revisions[{i}].snapshot_hash: does not match the snapshot "
                            "(the file was changed)")
        problems += _snapshot_problems(i, revision.snapshot)
    for i, attachment in enumerate(document.attachments):
        problems += _name_problems(f"attachments[{i}].name", attachment.name)
    return problems


def _snapshot_problems(index: int, data: dict[str, Any]) -> list[str]:
    try:
        snapshot = RevisionSnapshot.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        return [f"revisions[{index}].snapshot.{where}: {first['msg']}"]
    return [problem for i, a in enumerate(snapshot.attachments)
            for problem in _name_problems(f"revisions[{index}].snapshot.attachments[{i}].name",
                                          a.name)]


def _name_problems(where: str, name: str) -> list[str]:
    try:
        display_name(name)
    except EvidenceError as exc:
        return [f"{where}: {exc.text('en')}"]
    return []


def parse_snapshot(data: dict[str, Any]) -> RevisionSnapshot:
    """A stored or imported snapshot, shape-checked (pydantic's ValidationError if not)."""
    return RevisionSnapshot.model_validate(data)


PACKAGE_FORMAT = "aipia-package"
MANIFEST = "manifest.json"
ASSESSMENT = "assessment.json"
REVIEW = "review.json"
FILES = "files/"


class PackageManifest(_Strict):
    """``manifest.json`` of an exchange file: the SHA-256 of every other entry."""

    format: Literal["aipia-package"]
    format_version: Literal[1]
    app_version: Annotated[str, StringConstraints(max_length=100)] | None = None
    exported_at: Annotated[str, StringConstraints(max_length=40)] | None = None
    assessment_uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    files: dict[Annotated[str, StringConstraints(max_length=255)], Sha] = Field(max_length=500)


def manifest_problems(manifest: PackageManifest, entries: dict[str, bytes]) -> list[str]:
    """Every entry listed with the hash of its bytes, and nothing more or less."""
    listed, present = set(manifest.files), set(entries) - {MANIFEST}
    problems = [f"{name}: in the file but not in its manifest" for name in sorted(present - listed)]
    problems += [f"{name}: listed in the manifest but missing" for name in sorted(listed - present)]
    for name in sorted(listed & present):
        if sha256_hex(entries[name]) != manifest.files[name]:
            problems.append(f"{name}: its SHA-256 does not match the manifest (the file was "
                            "changed)")
        elif name.startswith(FILES) and name[len(FILES):] != manifest.files[name]:
            problems.append(f"{name}: an evidence file must be named by its SHA-256")
    for name in (ASSESSMENT, REVIEW):
        if name not in present:
            problems.append(f"{name}: missing (not an AIPIA exchange file?)")
    return problems
