"""Answer files: the JSON an assessment is exported to, imported from, and golden scenarios.

One documented format serves three uses: moving an assessment between
machines (export / import), the demo data, and a pack's golden scenarios —
answer files stored with the pack whose ``expected`` register the pack linter
checks, so an author sees at once when a rule change moves a risk.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Collection
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from app.core import json_input
from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.errors import UserError
from app.core.inspect.manifest import ManifestError, files_of
from app.core.model.common import MAX_TEXT_LENGTH, LangCode, PackId, Version, version_key
from app.core.pack import Pack
from app.core.sections_off import (
    MAX_REASON,
    SectionOff,
    SectionSwitchError,
    checked_reason,
    optional_section,
)
from app.core.statuses import (
    DEFAULT_PLAN_STATUS,
    FORMER_STATUSES,
    AssessmentStatus,
    PlanStatus,
)
from app.core.treatment.file_format import (
    ExpectedPosition,
    FileJudgement,
    FileJudgementChange,
    judgement_problems,
)

FILE_FORMAT = "aipia-assessment"
FILE_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ANSWERS = 5000
MAX_ARCHIVED = 1000  # archived answers in one file
MAX_ARCHIVED_PER_QUESTION = 20  # one per pack upgrade that set the question's answer aside
MAX_ARCHIVED_VALUE_BYTES = 512 * 1024  # one archived answer, as compact JSON
MAX_ARCHIVED_TOTAL_BYTES = 4 * 1024 * 1024
MAX_MODEL_SCANS = 1000
MAX_JUDGEMENT_CHANGES = 20_000  # every change of every risk's judgement, kept in the file

Short = Annotated[str, StringConstraints(max_length=100)]
Stamp = Annotated[str, StringConstraints(max_length=40)]
LongText = Annotated[str, StringConstraints(max_length=MAX_TEXT_LENGTH)]


class AnswerFileError(UserError):
    """An answer file that cannot be used; every problem is listed, nothing was written."""

    def __init__(self, file: str, problems: list[str]) -> None:
        super().__init__("\n".join(f"{file}: {p}" for p in problems), where=file)
        self.file = file
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FilePack(_Strict):
    id: PackId
    version: Version
    hash: str | None = Field(
        default=None, pattern=r"^[0-9a-f]{64}$",
        description="Content hash of the pack the answers were given to; omitted in "
        "hand-written files such as golden scenarios.")


class FileAssessment(_Strict):
    uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    title: str = Field(min_length=1, max_length=500)
    organization: str = Field(min_length=1, max_length=500)
    language: str = Field(max_length=10)
    status: AssessmentStatus = "draft"
    current_section: Short | None = None
    created_at: Stamp | None = None
    updated_at: Stamp | None = None

    @field_validator("status", mode="before")
    @classmethod
    def _former_name(cls, value: object) -> object:
        """Files written before the review workflow say "completed" for "approved"."""
        return FORMER_STATUSES.get(value, value) if isinstance(value, str) else value


class FilePlan(_Strict):
    owner: str = Field(default="", max_length=500)
    due_date: dt.date | None = None
    status: PlanStatus = DEFAULT_PLAN_STATUS
    note: str = Field(default="", max_length=20_000)


class FileArchived(_Strict):
    """An answer a pack upgrade set aside (``app.core.versioning.upgrade``); kept in exports."""

    question_id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    value: dict[str, Any]
    note: str | None = Field(default=None, max_length=20_000)
    pack_version: Version
    reason: Literal["removed", "not_in_version", "no_longer_fits", "merged"]
    detail: str = Field(default="", max_length=2000)
    label: dict[LangCode, LongText] = Field(default_factory=dict, max_length=20)
    display: dict[LangCode, LongText] = Field(default_factory=dict, max_length=20)
    archived_at: Stamp | None = None

    @field_validator("value")
    @classmethod
    def _answer_shaped(cls, value: dict[str, Any]) -> dict[str, Any]:
        """``{"value": ...}`` or ``{"state": "unknown" | "not_applicable"}``, of bounded size."""
        if set(value) not in ({"value"}, {"state"}) or \
                ("state" in value and value["state"] not in ("unknown", "not_applicable")):
            raise ValueError('expected {"value": ...} or {"state": "unknown"} '
                             'or {"state": "not_applicable"}')
        if _json_size(value) > MAX_ARCHIVED_VALUE_BYTES:
            raise ValueError(f"larger than {MAX_ARCHIVED_VALUE_BYTES // 1024} KB")
        return value


class FileReview(_Strict):
    """A question an upgrade asks the user to look at again."""

    reason: Literal["new", "changed", "answer_archived"]
    detail: str = Field(default="", max_length=2000)


class FileModelScan(_Strict):
    """A model-folder scan kept with the assessment: every file with its size and SHA-256."""

    scanned_at: str = Field(min_length=1, max_length=40, description="When the scan ran.")
    manifest: dict[str, Any] = Field(
        description="The scan manifest, as `aipia inspect --manifest` writes it.")

    @field_validator("scanned_at")
    @classmethod
    def _a_time(cls, value: str) -> str:
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            when = None
        if when is None or when.tzinfo is None:
            raise ValueError("expected a time with its zone, such as 2026-11-28T13:20:05.123Z")
        return value

    @field_validator("manifest")
    @classmethod
    def _a_scan_manifest(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            files_of(value)
        except ManifestError as exc:
            raise ValueError(str(exc)[:200]) from None
        return value


class RiskChange(_Strict):
    """Why a golden scenario's risk moved since an earlier version of the pack."""

    was: str | None = Field(
        description="Its level in the earlier version; null if it was not raised then.")
    why: str = Field(min_length=1, max_length=2000, description="The reason, in a sentence or two.")


class ExpectedChanges(_Strict):
    """The risks whose level changed since ``since``, each with its reason (documentation only)."""

    since: str = Field(pattern=r"^\d+\.\d+\.\d+$", description="The earlier pack version.")
    risks: dict[str, RiskChange] = Field(default_factory=dict)


class ExpectedRegister(_Strict):
    """What a golden scenario must raise: risk id -> level, and the overall level."""

    risks: dict[Short, Short | ExpectedPosition] = Field(
        default_factory=dict, description="Risk id -> its inherent level, or its inherent, "
        "current and target levels.")
    overall: Short | None = None
    exact: bool = Field(default=True, description="No risk beyond those listed may be raised.")
    changes: ExpectedChanges | None = Field(
        default=None, description="Risks whose level changed since an earlier pack version, "
        "and why; not checked by the linter (a test can compare it with the earlier register).")


class FileSectionOff(_Strict):
    """An optional section the assessor switched off."""

    reason: str = Field(min_length=1, max_length=MAX_REASON, description="Why it does not apply.")
    by: Short = Field(min_length=1, description="Who switched it off.")
    at: Stamp = Field(description="When, an ISO timestamp.")

    def section_off(self, section_id: str) -> SectionOff:
        return SectionOff(section_id, self.reason.strip(), self.by, self.at)


class AnswerFile(_Strict):
    """The whole file."""

    format: Literal["aipia-assessment"]
    format_version: Literal[1]
    app_version: Short | None = None
    exported_at: Stamp | None = None
    description: str | None = Field(default=None, max_length=5000)
    assessment: FileAssessment
    pack: FilePack
    answers: dict[Short, dict[str, Any]] = Field(default_factory=dict, max_length=MAX_ANSWERS)
    measure_plans: dict[Short, FilePlan] = Field(default_factory=dict, max_length=MAX_ANSWERS)
    archived_answers: list[FileArchived] = Field(
        default_factory=list, max_length=MAX_ARCHIVED,
        description="Answers earlier pack upgrades archived.")
    review: dict[Short, FileReview] = Field(
        default_factory=dict, max_length=MAX_ANSWERS,
        description="Questions to review after a pack upgrade.")
    model_scans: list[FileModelScan] = Field(
        default_factory=list, max_length=MAX_MODEL_SCANS,
        description="Model-folder scans kept with the assessment, oldest first; optional.")
    risk_judgements: dict[Short, FileJudgement] = Field(
        default_factory=dict, max_length=MAX_ANSWERS,
        description="The assessor's rating, treatment and acceptance of risks, by risk id.")
    risk_judgement_history: list[FileJudgementChange] = Field(
        default_factory=list, max_length=MAX_JUDGEMENT_CHANGES,
        description="Every change of the judgements, oldest first.")
    sections_off: dict[Short, FileSectionOff] = Field(
        default_factory=dict, max_length=MAX_ANSWERS,
        description="Optional sections the assessor switched off, by section id, with the "
        "reason, who and when; optional.")
    expected: ExpectedRegister | None = None


def parse_answer_file(raw: bytes, name: str) -> AnswerFile:
    """Parse and schema-check untrusted bytes; raises :class:`AnswerFileError`."""
    if len(raw) > MAX_FILE_BYTES:
        raise AnswerFileError(name, [f"larger than {MAX_FILE_BYTES // 2**20} MB"])
    try:
        data = json_input.load(raw)
    except json_input.JsonSyntaxError as exc:
        raise AnswerFileError(name, [f"not a JSON export file: {p}" for p in exc.problems]) \
            from None
    except json_input.JsonInputError as exc:
        raise AnswerFileError(name, exc.problems) from None
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("dict", "object").replace("NoneType", "null")
        raise AnswerFileError(
            name, [f"not an AIPIA assessment export (a JSON {kind}, not an object)"])
    try:
        parsed = AnswerFile.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors(include_url=False)]
        raise AnswerFileError(name, problems[: json_input.MAX_PROBLEMS]) from None
    problems = archived_problems(parsed)
    if problems:
        raise AnswerFileError(name, problems)
    return parsed


def _problem(error: Any) -> str:
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
    where = where.lstrip(".") or "file"
    return f"{where}: {str(error['msg']).removeprefix('Value error, ')}"


def _json_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def archived_problems(file: AnswerFile) -> list[str]:
    """Archived answers come from earlier pack versions, a bounded number per question."""
    problems = []
    counts = Counter(a.question_id for a in file.archived_answers)
    problems += [f"archived_answers: {count} entries for '{qid}' (at most "
                 f"{MAX_ARCHIVED_PER_QUESTION}, one per pack upgrade)"
                 for qid, count in counts.items() if count > MAX_ARCHIVED_PER_QUESTION]
    total = sum(_json_size(a.value) for a in file.archived_answers)
    if total > MAX_ARCHIVED_TOTAL_BYTES:
        problems.append(f"archived_answers: {total // 1024} KB of answers in all (at most "
                        f"{MAX_ARCHIVED_TOTAL_BYTES // 2**20} MB)")
    current = version_key(file.pack.version)
    problems += [f"archived_answers[{i}].pack_version: {a.pack_version} is not older than the "
                 f"assessment's pack version {file.pack.version}"
                 for i, a in enumerate(file.archived_answers)
                 if version_key(a.pack_version) >= current]
    return problems


CheckedAnswers = dict[str, tuple[Answer, str | None]]


QuestionsOf = Callable[[str], Collection[str] | None]


def check_answers(
    pack: Pack, file: AnswerFile, questions_of: QuestionsOf | None = None
) -> tuple[CheckedAnswers, list[str]]:
    """Every answer validated against its question; problems name the question id.

    Args:
        questions_of: the question ids of an installed older version of the
            pack (None when it is not installed), to check archived answers.
    """
    answers: CheckedAnswers = {}
    problems: list[str] = []
    for qid, entry in file.answers.items():
        question = pack.questions.get(qid)
        if question is None:
            problems.append(f"answers.{qid}: not a question of pack '{pack.id}' {pack.version}")
            continue
        note = entry.get("note")
        if note is not None and not isinstance(note, str):
            problems.append(f"answers.{qid}.note: expected text")
            continue
        if note is not None and len(note) > MAX_TEXT_LENGTH:
            problems.append(f"answers.{qid}.note: longer than {MAX_TEXT_LENGTH} characters")
            continue
        try:
            answer = answer_from_json(question, {k: v for k, v in entry.items() if k != "note"},
                                      pack.choices)
        except AnswerError as exc:
            problems.append(f"answers.{qid}: {exc.message}")
            continue
        answers[qid] = (answer, note)
    problems += _meta_problems(pack, file) + _archived_ids(pack, file, questions_of)
    return answers, problems


def _archived_ids(pack: Pack, file: AnswerFile, questions_of: QuestionsOf | None) -> list[str]:
    problems = []
    for i, archived in enumerate(file.archived_answers):
        known = questions_of(archived.pack_version) if questions_of else None
        if known is not None and archived.question_id not in known:
            problems.append(f"archived_answers[{i}].question_id: '{archived.question_id}' is "
                            f"not a question of pack '{pack.id}' {archived.pack_version}")
    return problems


def _meta_problems(pack: Pack, file: AnswerFile) -> list[str]:
    problems = []
    meta = file.assessment
    if meta.language not in pack.languages:
        problems.append(
            f"assessment.language: '{meta.language}' is not a language of pack '{pack.id}'")
    if meta.current_section is not None and meta.current_section not in pack.sections:
        problems.append(f"assessment.current_section: '{meta.current_section}' is not a "
                        f"section of pack '{pack.id}'")
    unknown_plans = [m for m in file.measure_plans if m not in pack.measures]
    problems += [f"measure_plans.{m}: not a measure of pack '{pack.id}'" for m in unknown_plans]
    problems += [f"review.{q}: not a question of pack '{pack.id}'" for q in file.review
                 if q not in pack.questions]
    problems += judgement_problems(pack, file.risk_judgements, file.risk_judgement_history)
    problems += _section_off_problems(pack, file)
    return problems


def _section_off_problems(pack: Pack, file: AnswerFile) -> list[str]:
    problems = []
    for section_id, off in file.sections_off.items():
        try:
            optional_section(pack, section_id)
            checked_reason(off.reason)
        except SectionSwitchError as exc:
            problems.append(f"sections_off.{section_id}: {exc.message}")
    return problems
