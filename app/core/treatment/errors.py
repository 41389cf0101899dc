"""Why a judgement was refused, in the reader's language (en, ko, fr, it and pt-BR tables)."""

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
    "fr": {
        "unknown_risk": "« {risk} » n'est pas un risque de ce questionnaire{hint}",
        "not_raised": "le risque « {risk} » n'est pas soulevé par les réponses actuelles ; seuls "
        "les risques soulevés peuvent être estimés, traités ou acceptés",
        "rating_reason": "justifiez l'estimation : pourquoi la vraisemblance ou la gravité "
        "diffère de celle des règles",
        "treatment_reason": "justifiez le traitement « {choice} » de ce risque",
        "reason_too_long": "la justification est trop longue ({limit} caractères au plus)",
        "name_empty": "indiquez qui {what}",
        "name_too_long": "le nom est trop long ({limit} caractères au plus)",
        "no_levels": "indiquez une vraisemblance, une gravité ou les deux",
        "both_levels": "le risque « {risk} » est estimé par l'évaluateur : indiquez la "
        "vraisemblance et la gravité",
        "unknown_step": "« {value} » n'est pas un niveau de {axis} de la matrice ; les niveaux "
        "sont : {steps}{hint}",
        "unknown_treatment": "« {value} » n'est pas un traitement ; choisissez reduce (réduire), "
        "accept (accepter), avoid (éviter) ou transfer (transférer)",
        "to_be_rated": "le risque « {risk} » n'est pas encore estimé : estimez-le avant "
        "d'accepter ce qu'il en reste",
        "unknown_role": "« {value} » n'est pas un rôle de la politique d'acceptation ; les "
        "rôles sont : {roles}",
        "not_acceptable": "un risque résiduel {level} ne peut pas être accepté selon la "
        "politique du questionnaire : {notice}",
        "role_not_allowed": "un risque résiduel {level} ne peut être accepté que par : {roles}",
        "bad_date": "la date d'acceptation doit être une date comme 2026-12-31, pas « {value} »",
        "note_too_long": "la note est trop longue ({limit} caractères au plus)",
    },
    "it": {
        "unknown_risk": "'{risk}' non è un rischio di questo questionario{hint}",
        "not_raised": "il rischio '{risk}' non è sollevato dalle risposte attuali; solo i rischi "
        "sollevati possono essere valutati, trattati o accettati",
        "rating_reason": "motivate la valutazione: perché la probabilità o la gravità non è "
        "quella indicata dalle regole",
        "treatment_reason": "motivate il trattamento '{choice}' di questo rischio",
        "reason_too_long": "la motivazione è troppo lunga (al massimo {limit} caratteri)",
        "name_empty": "indicate chi {what}",
        "name_too_long": "il nome è troppo lungo (al massimo {limit} caratteri)",
        "no_levels": "indicate una probabilità, una gravità o entrambe",
        "both_levels": "il rischio '{risk}' è valutato dal valutatore: indicate sia la "
        "probabilità sia la gravità",
        "unknown_step": "'{value}' non è un livello di {axis} della matrice; i livelli sono: "
        "{steps}{hint}",
        "unknown_treatment": "'{value}' non è un trattamento; scegliete reduce (ridurre), "
        "accept (accettare), avoid (evitare) o transfer (trasferire)",
        "to_be_rated": "il rischio '{risk}' non è ancora stato valutato: valutatelo prima di "
        "accettarne il rischio residuo",
        "unknown_role": "'{value}' non è un ruolo della politica di accettazione; i ruoli sono: "
        "{roles}",
        "not_acceptable": "un rischio residuo {level} non può essere accettato secondo la "
        "politica del questionario: {notice}",
        "role_not_allowed": "un rischio residuo {level} può essere accettato solo da: {roles}",
        "bad_date": "la data di accettazione deve essere una data come 2026-12-31, non "
        "'{value}'",
        "note_too_long": "la nota è troppo lunga (al massimo {limit} caratteri)",
    },
    "pt-BR": {
        "unknown_risk": "'{risk}' não é um risco deste questionário{hint}",
        "not_raised": "o risco '{risk}' não é levantado pelas respostas atuais; só riscos "
        "levantados podem ser avaliados, tratados ou aceitos",
        "rating_reason": "justifique a avaliação: por que a probabilidade ou a gravidade não é "
        "a que as regras indicam",
        "treatment_reason": "justifique o tratamento '{choice}' deste risco",
        "reason_too_long": "a justificativa é longa demais (no máximo {limit} caracteres)",
        "name_empty": "informe quem {what}",
        "name_too_long": "o nome é longo demais (no máximo {limit} caracteres)",
        "no_levels": "informe uma probabilidade, uma gravidade ou ambas",
        "both_levels": "o risco '{risk}' é avaliado pelo avaliador: informe a probabilidade e "
        "a gravidade",
        "unknown_step": "'{value}' não é um nível de {axis} da matriz; os níveis são: "
        "{steps}{hint}",
        "unknown_treatment": "'{value}' não é um tratamento; escolha reduce (reduzir), "
        "accept (aceitar), avoid (evitar) ou transfer (transferir)",
        "to_be_rated": "o risco '{risk}' ainda não foi avaliado: avalie-o antes de aceitar o "
        "que resta dele",
        "unknown_role": "'{value}' não é um papel da política de aceitação; os papéis são: "
        "{roles}",
        "not_acceptable": "um risco residual {level} não pode ser aceito pela política do "
        "questionário: {notice}",
        "role_not_allowed": "um risco residual {level} só pode ser aceito por: {roles}",
        "bad_date": "a data de aceitação deve ser uma data como 2026-12-31, não '{value}'",
        "note_too_long": "a nota é longa demais (no máximo {limit} caracteres)",
    },
}
AXIS_WORDS = {"en": {"likelihood": "likelihood", "severity": "severity"},
              "ko": {"likelihood": "발생 가능성", "severity": "심각도"},
              "fr": {"likelihood": "vraisemblance", "severity": "gravité"},
              "it": {"likelihood": "probabilità", "severity": "gravità"},
              "pt-BR": {"likelihood": "probabilidade", "severity": "gravidade"}}
WHO_WORDS = {"en": {"records": "records it", "accepts": "accepted the risk"},
             "ko": {"records": "기록하는", "accepts": "위험을 수용한"},
             "fr": {"records": "l'enregistre", "accepts": "a accepté le risque"},
             "it": {"records": "la registra", "accepts": "ha accettato il rischio"},
             "pt-BR": {"records": "o registra", "accepts": "aceitou o risco"}}


class JudgementError(UserError, ValueError):
    """A rating, treatment or acceptance that cannot be saved; nothing was changed.

    ``code`` names the problem, ``field`` the input at fault (``likelihood``,
    ``reason``, ``role``...); :meth:`text` says it in any interface language.
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
