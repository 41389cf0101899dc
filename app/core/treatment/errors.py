"""Why a judgement was refused, in the reader's language (English and Korean tables)."""

from __future__ import annotations

from collections.abc import Mapping

from app.core.errors import UserError
from app.core.model import LangText

Param = str | LangText

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "unknown_risk": "'{risk}' is not a risk of this pack{hint}",
        "not_raised": "risk '{risk}' is not raised by the current answers; only raised risks "
        "can be rated, treated or accepted",
        "rating_reason": "give a justification for the rating: why the likelihood or severity "
        "is not what the rules say",
        "treatment_reason": "give a justification for the treatment '{choice}' of this risk",
        "reason_too_long": "the justification is too long (at most {limit} characters)",
        "name_empty": "say who {what}",
        "name_too_long": "the name is too long (at most {limit} characters)",
        "no_levels": "give a likelihood, a severity or both",
        "both_levels": "risk '{risk}' is rated by the assessor: give both a likelihood and "
        "a severity",
        "unknown_step": "'{value}' is not a {axis} step of the matrix; the steps are: "
        "{steps}{hint}",
        "unknown_treatment": "'{value}' is not a treatment; choose reduce, accept, avoid or "
        "transfer",
        "to_be_rated": "risk '{risk}' has not been rated yet: rate it before accepting what "
        "remains of it",
        "unknown_role": "'{value}' is not a role of the acceptance policy; the roles are: "
        "{roles}",
        "not_acceptable": "a residual {level} risk cannot be accepted under the pack's policy: "
        "{notice}",
        "role_not_allowed": "a residual {level} risk can only be accepted by: {roles}",
        "bad_date": "the acceptance date must be a date like 2026-12-31, not '{value}'",
        "note_too_long": "the note is too long (at most {limit} characters)",
    },
    "ko": {
        "unknown_risk": "'{risk}'은(는) 이 팩의 위험이 아닙니다{hint}",
        "not_raised": "위험 '{risk}'은(는) 현재 응답으로 식별되지 않았습니다. 식별된 위험만 "
        "평가·처리·수용할 수 있습니다",
        "rating_reason": "평가 근거를 적어 주십시오: 발생 가능성이나 심각도가 규칙의 판단과 다른 "
        "이유가 필요합니다",
        "treatment_reason": "처리 방안의 근거를 적어 주십시오",
        "reason_too_long": "근거가 너무 깁니다 (최대 {limit}자)",
        "name_empty": "{what} 사람의 이름을 적어 주십시오",
        "name_too_long": "이름이 너무 깁니다 (최대 {limit}자)",
        "no_levels": "발생 가능성이나 심각도 중 하나 이상을 정해 주십시오",
        "both_levels": "위험 '{risk}'은(는) 평가자가 수준을 정하는 위험입니다: 발생 가능성과 "
        "심각도를 모두 정해 주십시오",
        "unknown_step": "'{value}'은(는) 위험 매트릭스의 {axis} 단계가 아닙니다. 단계: "
        "{steps}{hint}",
        "unknown_treatment": "'{value}'은(는) 처리 방안이 아닙니다. reduce(감소), "
        "accept(수용), avoid(회피), transfer(전가) 중에서 고르십시오",
        "to_be_rated": "위험 '{risk}'은(는) 아직 평가되지 않았습니다. 잔여 위험을 수용하기 전에 "
        "먼저 수준을 정해 주십시오",
        "unknown_role": "'{value}'은(는) 위험 수용 정책의 역할이 아닙니다. 역할: {roles}",
        "not_acceptable": "팩의 정책상 잔여 위험 수준 '{level}'은(는) 수용할 수 없습니다. "
        "{notice}",
        "role_not_allowed": "잔여 위험 수준 '{level}'은(는) 다음 역할만 수용할 수 있습니다: "
        "{roles}",
        "bad_date": "수용일은 2026-12-31과 같은 날짜여야 합니다 ('{value}')",
        "note_too_long": "메모가 너무 깁니다 (최대 {limit}자)",
    },
}
AXIS_WORDS = {"en": {"likelihood": "likelihood", "severity": "severity"},
              "ko": {"likelihood": "발생 가능성", "severity": "심각도"}}
WHO_WORDS = {"en": {"records": "records it", "accepts": "accepted the risk"},
             "ko": {"records": "기록하는", "accepts": "위험을 수용한"}}


class JudgementError(UserError, ValueError):
    """A rating, treatment or acceptance that cannot be saved; nothing was changed.

    ``code`` names the problem, ``field`` the input at fault (``likelihood``,
    ``reason``, ``role``...); :meth:`text` says it in English or Korean.
    """

    def __init__(self, code: str, field: str, **params: Param) -> None:
        self.code = code
        self.field = field
        self.params: Mapping[str, Param] = params
        super().__init__(self.text("en"), where=field)

    def text(self, lang: str) -> str:
        table = MESSAGES.get(lang, MESSAGES["en"])
        words = {key: value.get(lang, "en") if isinstance(value, LangText) else value
                 for key, value in self.params.items()}
        if "axis" in words:
            words["axis"] = AXIS_WORDS.get(lang, AXIS_WORDS["en"]).get(words["axis"],
                                                                       words["axis"])
        if "what" in words:
            words["what"] = WHO_WORDS.get(lang, WHO_WORDS["en"]).get(words["what"],
                                                                     words["what"])
        text = table[self.code]
        for key, value in words.items():
            text = text.replace("{" + key + "}", value)
        return text.strip()
