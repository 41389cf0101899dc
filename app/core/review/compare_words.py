"""The comparison's own words in en, ko, fr, it and pt-BR (the pack's texts aside).

The same words the report and the desktop app use elsewhere: the plan statuses
of the action plan, the verdicts and stances of the review pages, "to be rated"
of the risk register. :func:`words_for` gives one language's table (English
for a language without one, Portuguese for ``pt``).
"""

from __future__ import annotations

from collections.abc import Mapping

COMPARE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "switched_off": "switched off",
        "pair": "{name}: {value}", "join": "; ",
        "to_be_rated": "to be rated",
        "status": "status", "owner": "owner", "due_date": "due", "note": "note",
        "verdict": "verdict", "comment": "comment",
        "not_planned": "not planned yet", "planned": "planned", "in_progress": "in progress",
        "done": "done",
        "acceptable": "acceptable", "improvable": "improvable", "to_fix": "to fix",
        "not_asked": "not asked", "favourable": "favourable", "unfavourable": "unfavourable",
        "file": "{name} ({size} bytes, SHA-256 {sha}…)",
        "assessment": "whole assessment", "section": "section", "answer": "answer",
        "measure": "measure",
    },
    "ko": {
        "switched_off": "제외됨",
        "pair": "{name}: {value}", "join": "; ",
        "to_be_rated": "평가 필요",
        "status": "진행 상태", "owner": "담당자", "due_date": "기한", "note": "메모",
        "verdict": "판정", "comment": "의견",
        "not_planned": "아직 계획 없음", "planned": "계획됨", "in_progress": "진행 중",
        "done": "완료",
        "acceptable": "적절", "improvable": "개선 가능", "to_fix": "수정 필요",
        "not_asked": "묻지 않음", "favourable": "찬성", "unfavourable": "반대",
        "file": "{name} ({size}바이트, SHA-256 {sha}…)",
        "assessment": "평가 전체", "section": "섹션", "answer": "응답", "measure": "조치",
    },
    "fr": {
        "switched_off": "désactivée",
        "pair": "{name} : {value}", "join": " ; ",
        "to_be_rated": "à estimer",
        "status": "statut", "owner": "responsable", "due_date": "échéance", "note": "note",
        "verdict": "appréciation", "comment": "commentaire",
        "not_planned": "pas encore planifiée", "planned": "prévue", "in_progress": "en cours",
        "done": "réalisée",
        "acceptable": "acceptable", "improvable": "améliorable", "to_fix": "à corriger",
        "not_asked": "non sollicité", "favourable": "favorable", "unfavourable": "défavorable",
        "file": "{name} ({size} octets, SHA-256 {sha}…)",
        "assessment": "ensemble de l'analyse", "section": "section", "answer": "réponse",
        "measure": "mesure",
    },
    "it": {
        "switched_off": "disattivata",
        "pair": "{name}: {value}", "join": "; ",
        "to_be_rated": "da valutare",
        "status": "stato", "owner": "responsabile", "due_date": "scadenza", "note": "nota",
        "verdict": "esito", "comment": "commento",
        "not_planned": "non ancora pianificata", "planned": "pianificata",
        "in_progress": "in corso", "done": "attuata",
        "acceptable": "accettabile", "improvable": "migliorabile", "to_fix": "da correggere",
        "not_asked": "non richiesto", "favourable": "favorevole", "unfavourable": "sfavorevole",
        "file": "{name} ({size} byte, SHA-256 {sha}…)",
        "assessment": "intera valutazione", "section": "sezione", "answer": "risposta",
        "measure": "misura",
    },
    "pt-BR": {
        "switched_off": "desativada",
        "pair": "{name}: {value}", "join": "; ",
        "to_be_rated": "a avaliar",
        "status": "situação", "owner": "responsável", "due_date": "prazo",
        "note": "observação", "verdict": "conclusão", "comment": "comentário",
        "not_planned": "ainda não planejada", "planned": "planejada",
        "in_progress": "em andamento", "done": "concluída",
        "acceptable": "aceitável", "improvable": "a melhorar", "to_fix": "a corrigir",
        "not_asked": "não solicitado", "favourable": "favorável", "unfavourable": "desfavorável",
        "file": "{name} ({size} bytes, SHA-256 {sha}…)",
        "assessment": "avaliação inteira", "section": "seção", "answer": "resposta",
        "measure": "medida",
    },
}
# The fields whose values are words of ours (not the user's text), said in each language.
WORDED_VALUES = ("status", "verdict")
FIELD_ORDER = ("verdict", "status", "owner", "due_date", "comment", "note")


def words_for(lang: str) -> Mapping[str, str]:
    """The comparison's words in ``lang`` (``pt``: Brazilian Portuguese), else English."""
    return COMPARE_WORDS.get(lang) or COMPARE_WORDS["pt-BR" if lang.startswith("pt") else "en"]
