"""Golden scenarios: answer files stored with a pack, with the risk register they must raise.

``aipia pack lint`` runs every ``scenarios/*.json`` of a pack folder, so an
author who changes a rule sees at once which scenario's register moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.answers.file import (
    MAX_FILE_BYTES,
    AnswerFile,
    AnswerFileError,
    check_answers,
    parse_answer_file,
)
from app.core.diagnostics import Diagnostic
from app.core.pack import Pack
from app.core.regular_files import FileRefused, files_under, read_regular, real_folder
from app.core.risk_engine import assess_risks
from app.core.scenario_expect import compare_register, levels_of
from app.core.session import Session
from app.core.treatment import TreatedRegister, treat_register

SCENARIO_FOLDER = "scenarios"


@dataclass
class ScenarioResult:
    file: str
    title: str
    raised: dict[str, str | None] = field(default_factory=dict)  # risk id -> inherent level
    overall: str | None = None
    # risk id -> {inherent, current, target} levels (None while a risk is to be rated)
    positions: dict[str, dict[str, str | None]] = field(default_factory=dict)
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
    register = scenario_register(pack, file, session)
    result.positions = {t.risk.id: levels_of(t) for t in register.risks}
    result.raised = {rid: levels["inherent"] for rid, levels in result.positions.items()}
    result.overall = register.summary.overall["inherent"]
    result.diagnostics += compare_register(pack, file.expected, register, name)
    return result


def scenario_register(pack: Pack, file: AnswerFile, session: Session) -> TreatedRegister:
    """The register of the file's answers, measure plans and judgements."""
    plans = {mid: plan.status for mid, plan in file.measure_plans.items()}
    judgements = {rid: entry.judgement(rid) for rid, entry in file.risk_judgements.items()
                  if rid in pack.risks}
    return treat_register(pack, assess_risks(session), plans, judgements)
