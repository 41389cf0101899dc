"""Plain-text view of an assessment for ``aipia assessment show``."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from app.cli.risk_text import RiskText
from app.core.answers.text import choice_ids, format_answer, format_value
from app.core.model import AnyQuestion, TableQuestion
from app.core.pack import Pack
from app.core.reasons.risk_text import AnyRaised, explain_risk
from app.core.reasons.text import Sentence
from app.core.risk_engine import assess_risks
from app.core.treatment import TreatedRegister, treat_register
from app.services.workspace import OpenAssessment

WIDTH = 100
HEADINGS = {
    "en": {
        "progress": "Progress",
        "risks": "Risks",
        "problems": "To fix",
        "hidden": "hidden",
        "required": "required",
        "measures": "Measures",
        "why": "Why",
        "rule": "rule",
        "level_rules": "level rules",
        "answers_read": "answers read",
        "none": "No risk raised.",
        "unverified": "UNVERIFIED pack: no trusted publisher vouches for it",
        "newer": "A newer version of the pack is installed: {v} (aipia assessment upgrade {id})",
        "review": "To review after a pack upgrade",
        "archived": "Archived answers (kept from earlier pack versions)",
        "choices": "choices",
        "switched_off": "switched off by {by} on {date}: {reason}",
    },
    "ko": {
        "progress": "진행률",
        "risks": "위험",
        "problems": "보완 필요",
        "hidden": "숨김",
        "required": "필수",
        "measures": "조치",
        "why": "근거",
        "rule": "판단 규칙",
        "level_rules": "수준 결정 규칙",
        "answers_read": "확인한 응답",
        "none": "식별된 위험이 없습니다.",
        "unverified": "미검증 팩: 신뢰할 수 있는 배포자가 보증하지 않음",
        "newer": "새 버전의 팩이 설치되어 있습니다: {v} (aipia assessment upgrade {id})",
        "review": "팩 업그레이드 후 검토할 질문",
        "archived": "보관된 응답 (이전 팩 버전의 응답)",
        "choices": "선택지",
        "switched_off": "{by}이(가) {date}에 사용 안 함으로 설정: {reason}",
    },
}


def _words(lang: str) -> dict[str, str]:
    return HEADINGS.get(lang, HEADINGS["en"])


def show_assessment(
    opened: OpenAssessment, lang: str, show_hidden: bool = False,
    register: TreatedRegister | None = None,
) -> str:
    """Every section and question with its answer, then the issues and the risk register.

    ``register`` is the register with the measure plans and judgements; without
    it, no measure counts as done or planned.
    """
    pack, session, record = opened.pack, opened.session, opened.record
    words = _words(lang)
    progress = session.progress()
    lines = [
        f"#{record.id} {record.organization_name} / {record.title}",
        f"{pack.text(pack.manifest.title, lang)} — {pack.id} {pack.version}",
        f"{words['progress']}: {progress.answered}/{progress.total} ({progress.ratio:.0%})",
    ]
    lines += _origin_lines(opened, words)
    lines += [f"! {problem}" for problem in opened.problems]
    for module, section in pack.iter_sections():
        off = opened.sections_off.get(section.id)
        if off is not None:  # said, with why, rather than left out without a word
            lines += ["", f"== {pack.text(module.title, lang)} › {pack.text(section.title, lang)}"
                      f" — " + words["switched_off"].format(by=off.by, date=off.at[:10],
                                                            reason=off.reason)]
            if not show_hidden:
                continue
        visible = session.section_visible(section.id)
        if not visible and not show_hidden:
            continue
        part = session.progress(section.id)
        lines += [
            "",
            f"== {pack.text(module.title, lang)} › {pack.text(section.title, lang)} "
            f"({part.answered}/{part.total})",
        ]
        for question in section.questions:
            if session.is_visible(question.id) or show_hidden:
                lines += _question_lines(opened, question, lang, words)
    lines += _review_lines(opened, lang, words)
    lines += _issue_lines(opened, lang, words)
    if register is None:
        register = treat_register(pack, assess_risks(session), {}, {})
    lines += _risk_lines(opened, lang, words, register)
    lines += _archived_lines(opened, lang, words)
    return "\n".join(lines)


def _origin_lines(opened: OpenAssessment, words: dict[str, str]) -> list[str]:
    lines = [] if opened.verified else [f"! {words['unverified']}"]
    if opened.newer is not None:
        version = opened.newer.version + ("" if opened.newer.verified
                                          else f" — {words['unverified']}")
        lines.append("! " + words["newer"].replace("{v}", version)
                     .replace("{id}", str(opened.record.id)))
    return lines


def _review_lines(opened: OpenAssessment, lang: str, words: dict[str, str]) -> list[str]:
    if not opened.review:
        return []
    lines = ["", f"== {words['review']}"]
    for qid, flag in opened.review.items():
        question = opened.pack.questions.get(qid)
        label = opened.pack.text(question.label, lang) if question else ""
        detail = f" ({flag.detail})" if flag.detail else ""
        lines.append(f"- [{qid}] {flag.reason}{detail}: {label}")
    return lines


def _archived_lines(opened: OpenAssessment, lang: str, words: dict[str, str]) -> list[str]:
    if not opened.archived:
        return []
    lines = ["", f"== {words['archived']}"]
    for item in opened.archived:
        label = item.label.get(lang) or next(iter(item.label.values()), item.question_id)
        answer = item.display.get(lang) or next(iter(item.display.values()), "")
        lines += [f"- [{item.question_id}] {item.pack_version}, {item.reason}: {label}",
                  f"  → {answer}"]
        if item.note:
            lines.append(f"  ✎ {item.note}")
    return lines


def _question_lines(
    opened: OpenAssessment, question: AnyQuestion, lang: str, words: dict[str, str]
) -> list[str]:
    pack, session = opened.pack, opened.session
    marks = [words["required"]] if session.is_required(question.id) else []
    if not session.is_visible(question.id):
        marks.append(words["hidden"])
    mark = f" ({', '.join(marks)})" if marks else ""
    label = textwrap.fill(
        pack.text(question.label, lang), WIDTH - 4, initial_indent="  ", subsequent_indent="  "
    )
    answer = session.answer(question.id)
    lines = [
        f"- [{question.id}]{mark}",
        label,
        f"  → {format_answer(pack, question, answer, lang)}",
        *_choice_lines(pack, question, words),
    ]
    if isinstance(question, TableQuestion) and answer is not None and answer.state == "answered":
        lines += _table_lines(pack, question, answer.value, lang)
    if question.id in opened.notes:
        lines.append(f"  ✎ {opened.notes[question.id]}")
    return lines


def _choice_lines(pack: Pack, question: AnyQuestion, words: dict[str, str]) -> list[str]:
    """``choices: yes, no, partial (or --unknown)``: the ids ``assessment answer`` takes."""
    ids = choice_ids(pack, question)
    if not ids:
        return []
    states = [flag for state, flag in (("unknown", "--unknown"), ("not_applicable", "--na"))
              if state in getattr(question, "allow", ())]
    extra = f" (or {', '.join(states)})" if states else ""
    text = f"{words['choices']}: {', '.join(ids)}{extra}"
    return textwrap.wrap(text, WIDTH - 4, initial_indent="  ", subsequent_indent="    ",
                         break_on_hyphens=False)


def _table_lines(
    pack: Pack, question: TableQuestion, rows: tuple[dict[str, object], ...], lang: str
) -> list[str]:
    lines = []
    for index, row in enumerate(rows, 1):
        cells = [
            f"{pack.text(c.label, lang)}: {format_value(pack, c, row.get(c.id), lang)}"
            for c in question.columns
            if row.get(c.id) is not None
        ]
        lines.append(f"    {index}. " + "; ".join(cells))
    return lines


def _issue_lines(opened: OpenAssessment, lang: str, words: dict[str, str]) -> list[str]:
    issues = opened.session.issues()
    if not issues:
        return []
    return ["", f"== {words['problems']}"] + [
        f"- [{issue.question_id}] {issue.text(lang)}" for issue in issues
    ]


def _risk_lines(
    opened: OpenAssessment, lang: str, words: dict[str, str], register: TreatedRegister
) -> list[str]:
    pack = opened.pack
    say = RiskText(pack, lang)
    summary = register.summary
    lines = ["", f"== {words['risks']} ({summary.raised}/{summary.defined})"]
    if not register.risks:
        return [*lines, words["none"]]
    lines.append(say.summary(register))
    for treated in register.risks:
        level = say.level(treated.inherent.level) if treated.inherent else say.words["to_be_rated"]
        lines.append(f"- [{level}] {pack.text(treated.risk.title, lang)} ({treated.risk.id})")
        lines.append(f"    {say.stages(treated)}")
        lines += say.kept_lines(treated, "    ")
        lines += say.judgement_lines(treated, "    ")
        lines += _reason_lines(pack, treated.raised, lang, words)
        measures = ", ".join(f"{m.measure.id} ({m.measure.priority}, {say.words[m.status]})"
                             for m in treated.measures)
        lines.append(f"    {words['measures']}: {measures}")
    return lines


def _reason_lines(pack: Pack, raised: AnyRaised, lang: str, words: dict[str, str]) -> list[str]:
    """Why, in sentences; then, indented, the rules and the answers they read, for auditors."""
    explained = explain_risk(pack, raised, lang)
    lines = [f"    {words['why']}:", *_bullets(explained.why, 6)]
    for level in explained.levels:
        lines += [f"      {level.heading.text}", *_bullets(level.sentences, 8)]
    if explained.notice is not None:
        lines.append(f"      ({explained.notice.text})")
    lines.append(f"      {words['rule']}: {' '.join(raised.rule.split())}")
    if raised.level_rules:
        rules = "; ".join(" ".join(rule.split()) for rule in raised.level_rules)
        lines.append(f"      {words['level_rules']}: {rules}")
    evidence = "; ".join(
        f"{e.question_id} = " + format_answer(pack, pack.questions[e.question_id], e.answer, lang)
        for e in raised.evidence
    )
    lines.append(f"      {words['answers_read']}: {evidence}")
    return lines


def _bullets(sentences: Iterable[Sentence], indent: int) -> list[str]:
    pad = " " * indent
    return [
        textwrap.fill(s.text, WIDTH, initial_indent=f"{pad}- ", subsequent_indent=f"{pad}  ")
        for s in sentences
    ]
