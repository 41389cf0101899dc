"""Why a review step, an attachment or a revision was refused, in the reader's language.

Each refusal has a code (for tests and the GUI) and a text in the reader's
language; ``{name}`` placeholders are filled from the parameters. Nothing was
changed when one of these is raised.
"""

from __future__ import annotations

from app.core.errors import UserError
from app.core.review.wording import (
    ADVICE,
    MESSAGES,
    STATUS_WORDS,
    TRANSLATED_PARAMS,
    VALUE_WORDS,
)


class ReviewError(UserError, ValueError):
    """A review step that cannot be taken; nothing was changed.

    ``code`` names the problem, ``field`` the input at fault; :meth:`text`
    says it in en, ko, fr, it or pt-BR (English for another language).
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
        values = VALUE_WORDS.get(lang, {})
        for key in TRANSLATED_PARAMS:
            if key in words:
                words[key] = values.get(words[key], words[key])
        text = table[self.code]
        for key, value in words.items():
            text = text.replace("{" + key + "}", value)
        return text.strip()
