"""Rules said in words: why a risk is raised, from the rule, the answers and the pack's labels.

``explainer`` finds what in the answers made a rule true (``facts``); ``render``
says those facts as sentences in a language, with the connecting words of
that language's wording table (``wording/``). ``risk_text.explain_risk`` does
both for a raised risk (its ``when`` and the level rules that chose its
likelihood and severity), or uses the pack's own ``reason`` wording.
"""

from __future__ import annotations

from app.core.expr import Expr
from app.core.reasons.explainer import Explainer
from app.core.reasons.render import Speaker
from app.core.reasons.text import Sentence, Span
from app.core.session import Session


def explain_rule(session: Session, expr: Expr, lang: str) -> list[Sentence]:
    """Why ``expr`` holds (or does not) for the session's answers, in ``lang``."""
    return Speaker(session.pack, lang).sentences(Explainer(session).explain(expr))


__all__ = ["Sentence", "Span", "explain_rule"]
