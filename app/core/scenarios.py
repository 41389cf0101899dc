"""Golden scenarios: answer files stored with a pack, with the risk register they must raise.

``aipia pack lint`` runs every ``scenarios/*.json`` of a pack folder, so an
author who changes a rule sees at once which scenario's register moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.answer_file import (
    MAX_FILE_BYTES,
    AnswerFile,
    AnswerFileError,
    check_answers,
    parse_answer_file,
)
from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.pack import Pack
from app.core.quoting import quoted
from app.core.regular_files import FileRefused, files_under, read_regular, real_folder
from app.core.risk_engine import RiskRegister, assess_risks
from app.core.session import Session
from app.core.suggest import NameIndex

SCENARIO_FOLDER = "scenarios"


@dataclass
class ScenarioResult:
    file: str
    title: str
    raised: dict[str, str] = field(default_factory=dict)  # risk id -> level
    overall: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


def scenario_files(folder: Path) -> list[Path]:
    """The pack's golden scenario files, in name order.

    Raises:
        FileRefused: the scenarios folder, or a file in it, is a link or a special file.
    """
    if not real_folder(folder, SCENARIO_FOLDER):
        return []
    names = files_under(folder, SCENARIO_FOLDER)
    return [folder / name for name in names if name.endswith(".json") and name.count("/") == 1]


def scenario_session(pack: Pack, file: AnswerFile) -> tuple[Session, list[str]]:
    """A session holding the file's valid answers, and the problems of the others."""
    answers, problems = check_answers(pack, file)
    return Session(pack, {qid: answer for qid, (answer, _) in answers.items()}), problems


def run_scenario(pack: Pack, path: Path) -> ScenarioResult:
    """Load one scenario file and compare its register with the ``expected`` one."""
    name = str(path)
    try:
        raw = read_regular(path.parent, path.name, MAX_FILE_BYTES)  # never through a link
        file = parse_answer_file(raw, name)
    except (AnswerFileError, FileRefused, OSError) as exc:
        problems = exc.problems if isinstance(exc, AnswerFileError) else [str(exc)]
        return ScenarioResult(name, path.stem, diagnostics=[Diagnostic(name, p) for p in problems])
    result = ScenarioResult(name, file.assessment.title)
    if file.pack.id != pack.id:
        result.diagnostics.append(Diagnostic(name, f"written for pack '{file.pack.id}', not "
                                                   f"'{pack.id}'"))
        return result
    session, problems = scenario_session(pack, file)
    result.diagnostics += [Diagnostic(name, problem) for problem in problems]
    result.diagnostics += [Diagnostic(name, f"[{i.question_id}] {i.text('en')}")
                           for i in session.issues()]
    register = assess_risks(session)
    result.raised = {r.risk.id: r.level for r in register.risks}
    result.overall = register.summary.overall
    result.diagnostics += _compare(pack, file, register, name)
    return result


def _compare(pack: Pack, file: AnswerFile, register: RiskRegister, name: str) -> list[Diagnostic]:
    expected = file.expected
    if expected is None:
        return [Diagnostic(name, "no 'expected' register: add the risks this scenario must raise")
                .as_warning()]
    raised = {r.risk.id: r.level for r in register.risks}
    problems = []
    risk_ids = NameIndex(pack.risks)
    for risk_id, level in expected.risks.items():
        if risk_id not in pack.risks:
            problems.append(Diagnostic(name, f"expected risk {quoted(risk_id)} is not a risk of "
                                             "the pack", hint=did_you_mean(risk_id, risk_ids)))
        elif risk_id not in raised:
            problems.append(Diagnostic(name, f"expected risk '{risk_id}' ({level}) was not raised"))
        elif raised[risk_id] != level:
            problems.append(Diagnostic(
                name, f"risk '{risk_id}' was raised at '{raised[risk_id]}', expected '{level}'"))
    if expected.exact:
        problems += [Diagnostic(name, f"risk '{rid}' ({level}) was raised but is not expected")
                     for rid, level in raised.items() if rid not in expected.risks]
    overall = register.summary.overall
    if expected.overall is not None and expected.overall != overall:
        problems.append(Diagnostic(
            name, f"overall level is '{overall}', expected '{expected.overall}'"))
    return problems
