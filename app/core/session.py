"""The assessment session: answers, visibility, validation and progress (no Qt, no SQL).

The wizard, the CLI and the report all ask the session; none of them decides
visibility or completeness on its own. Answers to hidden questions are kept
(so nothing is lost when a condition flips back) but do not count anywhere.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.answer_choices import answer_source, current_choices, stale_values
from app.core.answers import Answer
from app.core.expr import Env, Expr, evaluate, references
from app.core.expr.evaluator import evaluate_node
from app.core.kinds import kind_of
from app.core.model import AnyColumn, AnyQuestion, Choice, LangText, Section, TableQuestion
from app.core.pack import Pack

REQUIRED_MESSAGE = LangText({
    "en": "An answer is required.", "ko": "답변이 필요합니다.",
    "fr": "Une réponse est nécessaire.", "it": "È necessaria una risposta.",
    "pt-BR": "É necessária uma resposta.",
})
ROWS_MESSAGE = LangText({
    "en": "Add at least {n} row(s).", "ko": "최소 {n}개 행을 입력하세요.",
    "fr": "Ajoutez au moins {n} ligne(s).", "it": "Aggiungete almeno {n} riga/e.",
    "pt-BR": "Adicione pelo menos {n} linha(s).",
})
CELL_MESSAGE = LangText({
    "en": "Row {row}: fill in '{column}'.", "ko": "{row}번째 행: '{column}' 항목을 입력하세요.",
    "fr": "Ligne {row} : renseignez « {column} ».", "it": "Riga {row}: compilate «{column}».",
    "pt-BR": "Linha {row}: preencha \"{column}\".",
})
STALE_MESSAGE = LangText({
    "en": "No longer one of the choices: {value}. It is not in the answer to '{source}' "
          "any more; choose again.",
    "ko": "더 이상 선택지에 없습니다: {value}. '{source}' 답변에서 빠졌습니다. 다시 선택하세요.",
    "fr": "Ne fait plus partie des choix : {value}. Ce n'est plus dans la réponse à "
          "« {source} » ; choisissez à nouveau.",
    "it": "Non è più tra le scelte: {value}. Non è più nella risposta a «{source}»; "
          "scegliete di nuovo.",
    "pt-BR": "Não está mais entre as opções: {value}. Não consta mais da resposta a "
             "\"{source}\"; escolha de novo.",
})


@dataclass(frozen=True)
class Issue:
    """Something the user must fix on a question, in the pack's words."""

    question_id: str
    kind: str  # "required" | "constraint" | "rows" | "choices"
    message: LangText
    params: tuple[tuple[str, str | LangText], ...] = ()  # a LangText is shown in ``lang`` too

    def text(self, lang: str, fallback: str = "en") -> str:
        """The message in ``lang``, with ``{name}`` replaced by its parameter.

        Pack messages are untrusted text that may hold any braces, so they are
        never passed to ``str.format``.
        """
        text = self.message.get(lang, fallback)
        for name, value in self.params:
            shown = value.get(lang, fallback) if isinstance(value, LangText) else value
            text = text.replace("{" + name + "}", shown)
        return text


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int

    @property
    def ratio(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.answered >= self.total


class _VisibleAnswers:
    """The expression environment: only visible answers count."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def value(self, qid: str) -> Any:
        answer = self.session.effective_answer(qid)
        if answer is None:
            return None
        if answer.state != "answered":
            asked = self.session.pack.questions[qid]
            return answer.state if kind_of(asked).state_as_value else None
        return answer.value

    def state(self, qid: str) -> str:
        answer = self.session.effective_answer(qid)
        return "unanswered" if answer is None else answer.state



class Session:
    """One assessment being filled in."""

    def __init__(self, pack: Pack, answers: Mapping[str, Answer] | None = None,
                 switched_off: Iterable[str] = ()) -> None:
        self.pack = pack
        self._answers: dict[str, Answer] = dict(answers or {})
        self._off = frozenset(s for s in switched_off if s in pack.sections)
        self._graph = pack.visibility  # built once per pack
        self._env = _VisibleAnswers(self)
        self._visible: dict[str, bool] | None = None

    # answers -----------------------------------------------------------------
    @property
    def answers(self) -> Mapping[str, Answer]:
        """Every stored answer, hidden questions' included."""
        return dict(self._answers)

    def answer(self, qid: str) -> Answer | None:
        return self._answers.get(qid)

    def set_answer(self, qid: str, answer: Answer | None) -> set[str]:
        """Store (or clear, with None) an answer; returns the questions whose visibility changed."""
        if qid not in self.pack.questions:
            raise KeyError(f"unknown question '{qid}'")
        self._visibility()  # settled before the change, so only what follows from it is redone
        if answer is None:
            self._answers.pop(qid, None)
        else:
            self._answers[qid] = answer
        return self._update_downstream(qid)

    def _update_downstream(self, qid: str) -> set[str]:
        """Recompute the visibility of the questions that read ``qid``, and of theirs in turn.

        Questions are taken in dependency order, so every question a condition
        reads is settled when the condition is evaluated; a question whose
        visibility did not change stops the walk (its effective answer is the
        same). The work is bounded by the part of the pack downstream of ``qid``.
        """
        graph, visible = self._graph, self._visibility()
        pending = [(graph.position[user], user) for user in graph.used_by[qid]]
        heapq.heapify(pending)
        queued = {user for _, user in pending}
        changed: set[str] = set()
        while pending:
            _, current = heapq.heappop(pending)
            now = self._compute_visible(current)
            if now == visible[current]:
                continue
            visible[current] = now
            changed.add(current)
            for user in graph.used_by[current]:
                if user not in queued:
                    queued.add(user)
                    heapq.heappush(pending, (graph.position[user], user))
        return changed

    def effective_answer(self, qid: str) -> Answer | None:
        """The answer if the question is visible, else None."""
        return self._answers.get(qid) if self.is_visible(qid) else None

    # visibility --------------------------------------------------------------
    def _visibility(self) -> dict[str, bool]:
        if self._visible is None:
            self._visible = {}
            for qid in self._graph.order:
                self._visible[qid] = self._compute_visible(qid)
        return self._visible

    def _compute_visible(self, qid: str) -> bool:
        if self._off and self.pack.section_of[qid] in self._off:
            return False
        return all(evaluate(expr, self._env) is True for expr in self.pack.conditions(qid))

    # sections switched off by the assessor --------------------------------------
    @property
    def switched_off(self) -> frozenset[str]:
        """The sections switched off (their questions are hidden and not required)."""
        return self._off

    def switch_section(self, section_id: str, off: bool) -> set[str]:
        """Switch a section off or on again; returns the questions whose visibility changed."""
        before = dict(self._visibility())
        self._off = self._off | {section_id} if off else self._off - {section_id}
        self._visible = None
        after = self._visibility()
        return {qid for qid, shown in after.items() if before.get(qid) != shown}

    def reads_switched_off(self, expr: Expr) -> bool:
        """Whether ``expr`` reads a question of a switched-off section."""
        return bool(self._off) and any(
            self.pack.section_of.get(name) in self._off for name in references(expr))

    def is_visible(self, qid: str) -> bool:
        visible = self._visibility()
        if qid in visible:
            return visible[qid]
        # asked while the map is being built: the order guarantees deps are done
        return False

    def section_visible(self, section_id: str) -> bool:
        """Whether the wizard lists the section (a switched-off one stays, to switch it on)."""
        if section_id in self._off:
            return True
        return any(self.is_visible(q.id) for q in self.pack.sections[section_id].questions)

    def visible_questions(self, section_id: str) -> list[AnyQuestion]:
        return [q for q in self.pack.sections[section_id].questions if self.is_visible(q.id)]

    def visible_sections(self) -> list[Section]:
        return [s for _, s in self.pack.iter_sections() if self.section_visible(s.id)]

    # validation --------------------------------------------------------------
    def is_required(self, qid: str) -> bool:
        question = self.pack.questions[qid]
        if not self.is_visible(qid):
            return False
        if isinstance(question.required, bool):
            return question.required
        return self._holds(self.pack.rules.required.get(qid))

    def _holds(self, expr: Expr | None) -> bool:
        return expr is not None and evaluate(expr, self._env) is True

    def issues_for(self, qid: str) -> list[Issue]:
        """What is wrong with one visible question's answer (empty when fine or hidden)."""
        if not self.is_visible(qid):
            return []
        question = self.pack.questions[qid]
        answer = self._answers.get(qid)
        if answer is None:
            message = question.required_message or REQUIRED_MESSAGE
            return [Issue(qid, "required", message)] if self.is_required(qid) else []
        if answer.state != "answered":
            return []
        issues = list(self._table_issues(question, answer)) + self._stale_issues(question, answer)
        rule = self.pack.rules.constraint.get(qid)
        if rule is not None and question.constraint and evaluate(rule, self._env) is False:
            issues.append(Issue(qid, "constraint", question.constraint.message))
        return issues

    def issues(self, section_id: str | None = None) -> list[Issue]:
        return [issue for qid in self._question_ids(section_id) for issue in self.issues_for(qid)]

    # progress and navigation --------------------------------------------------
    def _question_ids(self, section_id: str | None) -> Iterable[str]:
        if section_id is None:
            return list(self.pack.questions)
        return [q.id for q in self.pack.sections[section_id].questions]

    def progress(self, section_id: str | None = None) -> Progress:
        """Answered / visible questions (explicit unknown and not applicable count as answered)."""
        shown = [q for q in self._question_ids(section_id) if self.is_visible(q)]
        answered = sum(1 for q in shown if q in self._answers)
        return Progress(answered, len(shown))

    def section_complete(self, section_id: str) -> bool:
        return self.progress(section_id).complete and not self.issues(section_id)

    def next_section(self, section_id: str | None) -> str | None:
        """The next visible section after ``section_id`` (the first when None)."""
        ids = [s.id for s in self.visible_sections()]
        all_ids = [s.id for _, s in self.pack.iter_sections()]
        if section_id is None:
            return ids[0] if ids else None
        later = all_ids[all_ids.index(section_id) + 1 :]
        return next((s for s in later if s in ids), None)

    def previous_section(self, section_id: str) -> str | None:
        ids = [s.id for s in self.visible_sections()]
        all_ids = [s.id for _, s in self.pack.iter_sections()]
        earlier = all_ids[: all_ids.index(section_id)]
        return next((s for s in reversed(earlier) if s in ids), None)

    def can_finish(self) -> bool:
        return not self.issues()

    # choices from an earlier answer ------------------------------------------
    def choices(self, asked: AnyQuestion | AnyColumn) -> tuple[Choice, ...]:
        """The choices offered now (for ``choices_from: {question: ...}``, from the answers)."""
        return current_choices(self.pack, asked, self._env.value)

    def _stale_issues(self, question: AnyQuestion, answer: Answer) -> list[Issue]:
        """A stored pick that the earlier answer no longer offers: kept, and flagged."""
        source = answer_source(question)
        stale = stale_values(answer, self.choices(question)) if source else []
        if not stale or source is None:
            return []
        label = self.pack.questions[source.question].label
        shown = ", ".join(f"'{value[:100]}'" for value in stale[:5])
        return [Issue(question.id, "choices", STALE_MESSAGE, (("value", shown), ("source", label)))]

    # table cells ------------------------------------------------------------
    def cell_visible(self, table_id: str, column_id: str, row: Mapping[str, Any]) -> bool:
        """Whether a row asks for this cell (the column's ``show_if`` on the row)."""
        rule = self.pack.rules.cell_show_if.get((table_id, column_id))
        return rule is None or evaluate_node(rule.root, self._env, [row]) is True

    def cell_required(self, table_id: str, column_id: str, row: Mapping[str, Any]) -> bool:
        """Whether the row must fill this cell: shown, and ``required`` true for the row."""
        column = self.pack.column(table_id, column_id)
        if column is None or column.required is False:
            return False
        if not self.cell_visible(table_id, column_id, row):
            return False
        rule = self.pack.rules.cell_required.get((table_id, column_id))
        return column.required is True or (
            rule is not None and evaluate_node(rule.root, self._env, [row]) is True)

    def _table_issues(self, question: AnyQuestion, answer: Answer) -> Iterable[Issue]:
        if not isinstance(question, TableQuestion):
            return []
        rows = answer.value or ()
        issues = []
        if len(rows) < question.min_rows:
            issues.append(Issue(question.id, "rows", ROWS_MESSAGE,
                                (("n", str(question.min_rows)),)))
        for index, row in enumerate(rows):
            for column in question.columns:
                if row.get(column.id) in (None, "", ()) and \
                        self.cell_required(question.id, column.id, row):
                    params = (("row", str(index + 1)), ("column", column.label))
                    issues.append(Issue(question.id, "rows", CELL_MESSAGE, params))
        return issues

    # expression environment for the risk engine --------------------------------
    def evaluate(self, expr: Expr) -> Any:
        return evaluate(expr, self._env)

    @property
    def env(self) -> Env:
        """What expressions see: the visible answers (for explaining a rule part by part)."""
        return self._env
