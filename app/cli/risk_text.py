"""Plain-text views of the treated risk register (``aipia risk``, ``assessment show``)."""

from __future__ import annotations

import textwrap
from typing import Any

from app.core.model import LangText
from app.core.pack import Pack
from app.core.risk_engine import Position
from app.core.treatment import JudgementChange, TreatedRegister, TreatedRisk
from app.core.treatment.policy import level_rule, role_of

WIDTH = 100
WORDS = {
    "en": {
        "inherent": "before measures", "current": "today", "target": "with the plan",
        "to_be_rated": "to be rated by the assessor",
        "kept": "kept at {level} by measures nobody plans: {measures}",
        "rules": "rules", "assessor": "assessor",
        "rated": "rated by the assessor ({by}, {date}): {reason}",
        "treatment": "treatment: {choice} — {reason} ({by}, {date})",
        "accepted": "accepted by {who} ({role}) on {date}, at {level}",
        "note": "note", "notice": "policy",
        "outdated_rating": "the rules now rate it {now}; when it was rated they said {then}: "
        "check the rating",
        "outdated_acceptance": "the level with the plan is now {now}, above the {then} that was "
        "accepted: accept it again",
        "measures": "measures",
        "summary": "{raised} risks raised ({rated} to be rated); highest level: before measures "
        "{inherent}, today {current}, with the plan {target}",
        "none": "none", "no_history": "No judgement recorded yet.",
        "cleared": "cleared",
        "not_planned": "not planned yet", "planned": "planned", "in_progress": "in progress",
        "done": "done",
        "reduce": "reduce", "accept": "accept", "avoid": "avoid", "transfer": "transfer",
        "rating": "rating", "acceptance": "acceptance", "treatment_part": "treatment",
    },
    "ko": {
        "inherent": "조치 전", "current": "현재", "target": "계획 이행 후",
        "to_be_rated": "평가자의 평가 필요",
        "kept": "다음 조치를 계획하지 않아 {level}에 머무름: {measures}",
        "rules": "규칙", "assessor": "평가자",
        "rated": "평가자 평가 ({by}, {date}): {reason}",
        "treatment": "처리 방안: {choice} — {reason} ({by}, {date})",
        "accepted": "{who} ({role}) 수용, {date}, 수용 수준 {level}",
        "note": "메모", "notice": "정책",
        "outdated_rating": "규칙의 평가가 {now}(으)로 바뀌었습니다(평가 당시 {then}). 평가를 "
        "다시 확인하십시오",
        "outdated_acceptance": "계획 이행 후 수준이 {now}(으)로, 수용한 수준 {then}보다 "
        "높아졌습니다. 다시 수용하십시오",
        "measures": "조치",
        "summary": "식별된 위험 {raised}건 (평가 필요 {rated}건). 가장 높은 수준: 조치 전 "
        "{inherent}, 현재 {current}, 계획 이행 후 {target}",
        "none": "없음", "no_history": "기록된 평가 의견이 없습니다.",
        "cleared": "삭제",
        "not_planned": "아직 계획 없음", "planned": "계획됨", "in_progress": "진행 중",
        "done": "완료",
        "reduce": "감소", "accept": "수용", "avoid": "회피", "transfer": "전가",
        "rating": "수준 평가", "acceptance": "수용 기록", "treatment_part": "처리 방안",
    },
}


class RiskText:
    """Risks of ``pack`` said in ``lang`` (English where the language has no words)."""

    def __init__(self, pack: Pack, lang: str) -> None:
        self.pack = pack
        self.lang = lang
        self.words = WORDS.get(lang, WORDS["en"])

    def text(self, value: LangText | None) -> str:
        return self.pack.text(value, self.lang)

    def level(self, level_id: str | None) -> str:
        found = next((lv for lv in self.pack.matrix.levels if lv.id == level_id), None)
        return self.text(found.label) if found else self.words["none"]

    def step(self, axis: str, step_id: str) -> str:
        found = next((s for s in getattr(self.pack.matrix, axis) if s.id == step_id), None)
        return self.text(found.label) if found else step_id

    def position(self, position: Position | None) -> str:
        if position is None:
            return self.words["to_be_rated"]
        return (f"{self.level(position.level)} ({self.step('likelihood', position.likelihood)}"
                f" × {self.step('severity', position.severity)})")

    def stages(self, treated: TreatedRisk) -> str:
        if treated.to_be_rated:
            return f"[{self.words['to_be_rated']}]"
        names = [self.words[s] for s in ("inherent", "current", "target")]
        levels = [self.level(p.level if p else None)
                  for p in (treated.inherent, treated.current, treated.target)]
        return " → ".join(f"{name} {level}" for name, level in zip(names, levels, strict=True))

    def summary(self, register: TreatedRegister) -> str:
        overall = register.summary.overall
        return self.words["summary"].format(
            raised=register.summary.raised, rated=register.summary.to_be_rated,
            inherent=self.level(overall["inherent"]), current=self.level(overall["current"]),
            target=self.level(overall["target"]))

    def risk_lines(self, treated: TreatedRisk, indent: int = 4) -> list[str]:
        """Positions, what keeps it up, the judgement and the measures, one item a line."""
        pad = " " * indent
        w = self.words
        lines = [f"{pad}{w[stage]}: {self.position(treated.position(stage))}"
                 for stage in ("inherent", "current", "target")]
        if treated.adjusted and treated.engine is not None:
            lines.append(f"{pad}  ({w['rules']}: {self.position(treated.engine)})")
        lines += self.kept_lines(treated, pad)
        lines += self.judgement_lines(treated, pad)
        lines.append(f"{pad}{w['measures']}:")
        for state in treated.measures:
            status = w[state.status]
            key = "*" if state.key else " "
            lines.append(f"{pad} {key} [{status}] {state.measure.id} ({state.measure.priority})"
                         f" — {self.text(state.measure.title)}")
        return lines

    def kept_lines(self, treated: TreatedRisk, pad: str) -> list[str]:
        """Which measures nobody plans keep the risk's target above its residual level."""
        if not treated.holding_target:
            return []
        names = ", ".join(self.text(m.measure.title) for m in treated.holding_target)
        return self.wrap(self.words["kept"].format(
            level=self.level(treated.target.level if treated.target else None),
            measures=names), pad)

    def judgement_lines(self, treated: TreatedRisk, pad: str) -> list[str]:
        w, judgement = self.words, treated.judgement
        lines: list[str] = []
        if judgement.rating is not None:
            r = judgement.rating
            lines += self.wrap(w["rated"].format(by=r.by, date=r.at[:10],
                                                       reason=r.reason), pad)
        if treated.rating_outdated and judgement.rating and judgement.rating.engine:
            then = judgement.rating.engine
            lines += self.wrap("! " + w["outdated_rating"].format(
                now=self.position(treated.engine),
                then=f"{self.step('likelihood', then.likelihood)} × "
                     f"{self.step('severity', then.severity)}"), pad)
        if judgement.treatment is not None:
            t = judgement.treatment
            lines += self.wrap(w["treatment"].format(
                choice=w[t.choice], reason=t.reason, by=t.by,
                date=t.at[:10]), pad)
        lines += self._acceptance_lines(treated, pad)
        return lines

    def _acceptance_lines(self, treated: TreatedRisk, pad: str) -> list[str]:
        w, accepted = self.words, treated.judgement.acceptance
        if accepted is None:
            return []
        role = role_of(self.pack, accepted.role)
        lines = self.wrap(w["accepted"].format(
            who=accepted.accepted_by, role=self.text(role.label) if role else accepted.role,
            date=accepted.accepted_on.isoformat(), level=self.level(accepted.level)), pad)
        if accepted.note:
            lines += self.wrap(f"{w['note']}: {accepted.note}", pad + "  ")
        notice = level_rule(self.pack, accepted.level).notice
        if notice is not None:
            lines += self.wrap(f"{w['notice']}: {self.text(notice)}", pad + "  ")
        if treated.acceptance_outdated and treated.target is not None:
            lines += self.wrap("! " + w["outdated_acceptance"].format(
                now=self.level(treated.target.level), then=self.level(accepted.level)), pad)
        return lines

    def history_line(self, change: JudgementChange) -> str:
        w = self.words
        part = w["treatment_part"] if change.part == "treatment" else w[change.part]
        what = self._describe(change.part, change.value) if change.value else w["cleared"]
        note = f" ({change.note})" if change.note else ""
        return f"{change.at[:16].replace('T', ' ')}  {change.risk_id}  {part}: {what} — " \
               f"{change.by}{note}"

    def _describe(self, part: str, value: dict[str, Any]) -> str:
        """A stored part in one line."""
        if part == "rating":
            levels = " × ".join(self.step(axis, str(value[axis])) if value.get(axis) else "—"
                                for axis in ("likelihood", "severity"))
            return f"{levels}: {_short(str(value.get('reason', '')))}"
        if part == "treatment":
            choice = str(value.get("choice", ""))
            return f"{self.words.get(choice, choice)}: {_short(str(value.get('reason', '')))}"
        role = role_of(self.pack, str(value.get("role", "")))
        return (f"{value.get('accepted_by', '')} ({self.text(role.label) if role else ''}), "
                f"{value.get('accepted_on', '')}, {self.level(str(value.get('level', '')))}")

    def wrap(self, text: str, pad: str) -> list[str]:
        return textwrap.wrap(text, WIDTH, initial_indent=pad, subsequent_indent=pad + "  ")


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
