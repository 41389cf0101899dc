"""The DPO's opinion and the people concerned's, checked before they are kept (pure).

As in the CNIL PIA tool: the DPO gives a favourable or unfavourable opinion
with a text; the people concerned (or their representatives) are asked, with
their opinion recorded, or the assessment says why they were not asked.
"""

from __future__ import annotations

from app.core.review.errors import ReviewError
from app.core.review.records import OPINION_KINDS, STANCES, Opinion
from app.core.review.workflow import MAX_NAME, checked_name, checked_text


def new_opinion(
    kind: str, *, asked: bool = True, name: str = "", stance: str = "", text: str = "",
    reason: str = "", by: str, at: str, revision: int | None = None,
) -> Opinion:
    """A checked opinion; :class:`ReviewError` names the field at fault.

    A DPO opinion is always "asked". When the people concerned were not asked,
    ``reason`` is required and the stance and text stay empty.
    """
    if kind not in OPINION_KINDS:
        raise ReviewError("unknown_opinion", "kind", value=kind[:40])
    who = checked_name(by)
    if kind == "dpo" or asked:
        if stance not in STANCES:
            raise ReviewError("unknown_stance", "stance", value=stance[:40])
        body = checked_text(text, "opinion")
        return Opinion(kind, True, _whose(name), stance, body, "", who, at, revision)
    why = checked_text(reason, "reason", required=False)
    if not why:
        raise ReviewError("reason_needed", "reason")
    return Opinion(kind, False, _whose(name), "", "", why, who, at, revision)


def _whose(name: str) -> str:
    clean = " ".join(name.split())
    if len(clean) > MAX_NAME:
        raise ReviewError("name_too_long", "name", limit=str(MAX_NAME))
    return clean
