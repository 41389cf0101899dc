"""Answer files: the JSON an assessment is exported to, imported from, and golden scenarios.

One documented format serves three uses: moving an assessment between
machines (export / import), the demo data, and a pack's golden scenarios —
answer files stored with the pack whose ``expected`` register the pack linter
checks, so an author sees at once when a rule change moves a risk.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.pack import Pack
from app.core.statuses import AssessmentStatus, PlanStatus
from app.core.treatment.file_format import (
    ExpectedPosition,
    FileJudgement,
    FileJudgementChange,
    judgement_problems,
)

FILE_FORMAT = "aipia-assessment"
FILE_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024


class AnswerFileError(Exception):
    """An answer file that cannot be used; every problem is listed, nothing was written."""

    def __init__(self, file: str, problems: list[str]) -> None:
        super().__init__("\n".join(f"{file}: {p}" for p in problems))
        self.file = file
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FilePack(_Strict):
    id: str
    version: str
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
    current_section: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class FilePlan(_Strict):
    owner: str = Field(default="", max_length=500)
    due_date: dt.date | None = None
    status: PlanStatus = "planned"
    note: str = Field(default="", max_length=20_000)


class FileArchived(_Strict):
    """An answer that a pack upgrade set aside (see ``app.core.upgrade``); kept in exports."""

    question_id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    value: dict[str, Any]
    note: str | None = Field(default=None, max_length=20_000)
    pack_version: str = Field(min_length=1, max_length=50)
    reason: Literal["removed", "not_in_version", "no_longer_fits", "merged"]
    detail: str = Field(default="", max_length=2000)
    label: dict[str, str] = Field(default_factory=dict)
    display: dict[str, str] = Field(default_factory=dict)
    archived_at: str | None = None


class FileReview(_Strict):
    """A question an upgrade asks the user to look at again."""

    reason: Literal["new", "changed", "answer_archived"]
    detail: str = Field(default="", max_length=2000)


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

    risks: dict[str, str | ExpectedPosition] = Field(
        default_factory=dict, description="Risk id -> its inherent level, or its inherent, "
        "current and target levels.")
    overall: str | None = None
    exact: bool = Field(default=True, description="No risk beyond those listed may be raised.")
    changes: ExpectedChanges | None = Field(
        default=None, description="Risks whose level changed since an earlier pack version, "
        "and why; not checked by the linter (a test can compare it with the earlier register).")


class AnswerFile(_Strict):
    """The whole file."""

    format: Literal["aipia-assessment"]
    format_version: Literal[1]
    app_version: str | None = None
    exported_at: str | None = None
    description: str | None = Field(default=None, max_length=5000)
    assessment: FileAssessment
    pack: FilePack
    answers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    measure_plans: dict[str, FilePlan] = Field(default_factory=dict)
    archived_answers: list[FileArchived] = Field(
        default_factory=list, description="Answers earlier pack upgrades archived.")
    review: dict[str, FileReview] = Field(
        default_factory=dict, description="Questions to review after a pack upgrade.")
    risk_judgements: dict[str, FileJudgement] = Field(
        default_factory=dict, description="The assessor's rating, treatment and acceptance "
        "of risks, by risk id.")
    risk_judgement_history: list[FileJudgementChange] = Field(
        default_factory=list, description="Every change of the judgements, oldest first.")
    expected: ExpectedRegister | None = None


def parse_answer_file(raw: bytes, name: str) -> AnswerFile:
    """Parse and schema-check untrusted bytes; raises :class:`AnswerFileError`."""
    if len(raw) > MAX_FILE_BYTES:
        raise AnswerFileError(name, [f"larger than {MAX_FILE_BYTES // 2**20} MB"])
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, huge ints, deep nesting
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise AnswerFileError(name, [f"not a JSON export file ({reason})"]) from None
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("dict", "object").replace("NoneType", "null")
        raise AnswerFileError(
            name, [f"not an AIPIA assessment export (a JSON {kind}, not an object)"])
    try:
        return AnswerFile.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(e) for e in exc.errors(include_url=False)]
        raise AnswerFileError(name, problems) from None


def _problem(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "file"
    return f"{where}: {error['msg']}"


CheckedAnswers = dict[str, tuple[Answer, str | None]]


def check_answers(pack: Pack, file: AnswerFile) -> tuple[CheckedAnswers, list[str]]:
    """Every answer validated against its question; problems name the question id."""
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
        try:
            answer = answer_from_json(question, {k: v for k, v in entry.items() if k != "note"},
                                      pack.choices)
        except AnswerError as exc:
            problems.append(f"answers.{qid}: {exc.message}")
            continue
        answers[qid] = (answer, note)
    return answers, problems + _meta_problems(pack, file)


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
    return problems
