"""Why a review step, an attachment or a revision was refused, in English and Korean.

Each refusal has a code (for tests and the GUI) and a text in the reader's
language; ``{name}`` placeholders are filled from the parameters. Nothing was
changed when one of these is raised.
"""

from __future__ import annotations

from app.core.errors import UserError

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "move_not_allowed": "an assessment that is {from} cannot become {to}{advice}",
        "same_status": "the assessment is already {to}",
        "comment_needed": "say what must change: a comment is needed to send the assessment "
        "back to draft",
        "to_fix_left": "{count} section(s) are marked 'to fix' ({sections}): the assessor fixes "
        "them, sends the assessment to review again, and the reviewer marks them anew before "
        "approving",
        "locked": "assessment {id} is approved (revision {revision}) and read-only: start a new "
        "revision first (move it back to draft); the approved revision is kept as it is",
        "archived": "assessment {id} is archived: restore it first",
        "not_in_review": "sections are judged while the assessment is in review; it is {status}",
        "unknown_section": "'{section}' is not a section of this pack{hint}",
        "unknown_verdict": "'{value}' is not a verdict; choose acceptable, improvable or to_fix",
        "name_empty": "say who does it: give a name (your name from the preferences is used "
        "when set)",
        "name_too_long": "the name is too long (at most {limit} characters)",
        "text_empty": "the {what} is empty",
        "text_too_long": "the {what} is too long (at most {limit} characters)",
        "unknown_opinion": "'{value}' is not an opinion kind; choose dpo or data_subjects",
        "unknown_stance": "'{value}' is not a stance; choose favourable or unfavourable",
        "reason_needed": "say why the people concerned were not asked",
        "no_revision": "assessment {id} has no revision {number}{known}",
        "no_revisions": "assessment {id} has no revision yet: a revision is made each time it "
        "is approved",
    },
    "ko": {
        "move_not_allowed": "'{from}' 상태의 평가는 '{to}' 상태가 될 수 없습니다{advice}",
        "same_status": "평가는 이미 '{to}' 상태입니다",
        "comment_needed": "무엇을 고쳐야 하는지 적어 주십시오: 평가를 초안으로 되돌릴 때는 의견이 "
        "필요합니다",
        "to_fix_left": "{count}개 섹션이 '수정 필요'로 표시되어 있습니다 ({sections}). 평가자가 "
        "수정해 다시 검토를 요청하고, 검토자가 새로 판정한 뒤 승인할 수 있습니다",
        "locked": "평가 {id}은(는) 승인되어(개정판 {revision}) 읽기 전용입니다. 먼저 새 개정판을 "
        "시작하십시오(초안으로 되돌리기). 승인된 개정판은 그대로 보관됩니다",
        "archived": "평가 {id}은(는) 보관되어 있습니다. 먼저 복원하십시오",
        "not_in_review": "섹션 판정은 평가가 검토 중일 때 합니다. 현재 상태: {status}",
        "unknown_section": "'{section}'은(는) 이 팩의 섹션이 아닙니다{hint}",
        "unknown_verdict": "'{value}'은(는) 판정이 아닙니다. acceptable(적절), "
        "improvable(개선 가능), to_fix(수정 필요) 중에서 고르십시오",
        "name_empty": "누가 하는지 이름을 적어 주십시오 (환경설정에 이름이 있으면 그 이름을 "
        "씁니다)",
        "name_too_long": "이름이 너무 깁니다 (최대 {limit}자)",
        "text_empty": "{what}이(가) 비어 있습니다",
        "text_too_long": "{what}이(가) 너무 깁니다 (최대 {limit}자)",
        "unknown_opinion": "'{value}'은(는) 의견 종류가 아닙니다. dpo 또는 data_subjects 중에서 "
        "고르십시오",
        "unknown_stance": "'{value}'은(는) 의견의 입장이 아닙니다. favourable(찬성) 또는 "
        "unfavourable(반대) 중에서 고르십시오",
        "reason_needed": "정보주체에게 의견을 묻지 않은 이유를 적어 주십시오",
        "no_revision": "평가 {id}에는 개정판 {number}이(가) 없습니다{known}",
        "no_revisions": "평가 {id}에는 아직 개정판이 없습니다. 개정판은 평가를 승인할 때마다 "
        "만들어집니다",
    },
}
STATUS_WORDS = {
    "en": {"draft": "draft", "in_review": "in review", "approved": "approved",
           "archived": "archived"},
    "ko": {"draft": "초안", "in_review": "검토 중", "approved": "승인됨", "archived": "보관됨"},
}
ADVICE = {
    "en": {"review_first": ": send it to review first, then approve it",
           "new_revision": ": move it back to draft to start a new revision",
           "restore": ": restore it to draft or to {before}, the status it had",
           "": ""},
    "ko": {"review_first": ": 먼저 검토를 요청한 뒤 승인하십시오",
           "new_revision": ": 초안으로 되돌려 새 개정판을 시작하십시오",
           "restore": ": 초안이나 보관 전 상태({before})로 복원하십시오",
           "": ""},
}
WHAT_WORDS = {
    "en": {"comment": "comment", "opinion": "opinion", "reason": "reason", "note": "note"},
    "ko": {"comment": "의견", "opinion": "의견", "reason": "이유", "note": "메모"},
}


class ReviewError(UserError, ValueError):
    """A review step that cannot be taken; nothing was changed.

    ``code`` names the problem, ``field`` the input at fault; :meth:`text`
    says it in English or Korean.
    """

    messages: dict[str, dict[str, str]] = MESSAGES

    def __init__(self, code: str, field: str, **params: str) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.text("en"), where=field)

    def text(self, lang: str) -> str:
        table = self.messages.get(lang, self.messages["en"])
        words = dict(self.params)
        statuses = STATUS_WORDS.get(lang, STATUS_WORDS["en"])
        for key in ("from", "to", "status"):
            if key in words:
                words[key] = statuses.get(words[key], words[key])
        if "advice" in words:
            advice = ADVICE.get(lang, ADVICE["en"]).get(words["advice"], "")
            words["advice"] = advice.replace("{before}", statuses.get(
                words.get("before", ""), words.get("before", "")))
        if "what" in words:
            words["what"] = WHAT_WORDS.get(lang, WHAT_WORDS["en"]).get(words["what"],
                                                                      words["what"])
        text = table[self.code]
        for key, value in words.items():
            text = text.replace("{" + key + "}", value)
        return text.strip()
