"""Why a risk is raised, in sentences; the rules themselves folded away for auditors."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from app.core.answers.text import format_answer
from app.core.pack import Pack
from app.core.reasons.risk_text import Explanation, explain_risk
from app.core.reasons.text import Sentence
from app.core.risk_engine import RaisedRisk, UnratedRisk

BOLD_ROLES = ("answer", "row")


def sentence_html(sentence: Sentence) -> str:
    """A sentence as rich text: the answers and row names in bold."""
    parts = []
    for span in sentence.spans:
        text = html.escape(span.text)
        parts.append(f"<b>{text}</b>" if span.role in BOLD_ROLES else text)
    return "".join(parts)


def sentences_html(sentences: Iterable[Sentence]) -> str:
    items = "".join(f"<li>{sentence_html(s)}</li>" for s in sentences)
    return f"<ul style='margin-left:-20px'>{items}</ul>" if items else ""


def explanation_html(explanation: Explanation) -> str:
    """The sentences of an explanation: why it is raised, then why it has its levels."""
    parts = [sentences_html(explanation.why)]
    for level in explanation.levels:
        parts.append(f"<p style='margin-bottom:0'>{sentence_html(level.heading)}</p>")
        parts.append(sentences_html(level.sentences))
    if explanation.notice is not None:
        parts.append(f"<p style='color:#666'><i>{sentence_html(explanation.notice)}</i></p>")
    return "".join(parts)


class ReasonsPanel(QWidget):
    """The reasons of one raised risk, and a fold with its rules and the answers they read."""

    def __init__(
        self, pack: Pack, raised: RaisedRisk | UnratedRisk, language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack, self.raised, self.language = pack, raised, language
        self.sentences = QLabel(explanation_html(explain_risk(pack, raised, language)))
        self.sentences.setObjectName("riskReasons")
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fold = QToolButton()
        self.fold.setObjectName("auditFold")
        self.fold.setText(self.tr("Details for auditors"))
        self.fold.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold.setArrowType(Qt.ArrowType.RightArrow)
        self.fold.setCheckable(True)
        self.fold.setAutoRaise(True)
        self.fold.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details = QLabel(self._details_html())
        self.details.setObjectName("auditDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.fold.toggled.connect(self._unfold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.sentences, self.fold, self.details):
            layout.addWidget(widget)

    def _unfold(self, unfolded: bool) -> None:
        self.fold.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.details.setVisible(unfolded)

    def _details_html(self) -> str:
        """The rule as written, the level rules, and every answer they read, with ids."""
        raised, pack, language = self.raised, self.pack, self.language
        rows = []
        for evidence in raised.evidence:
            question = pack.questions[evidence.question_id]
            answer = format_answer(pack, question, evidence.answer, language)
            rows.append(f"<li>{html.escape(pack.text(question.label, language))} "
                        f"<code>[{html.escape(question.id)}]</code><br>"
                        f"<b>{html.escape(answer)}</b></li>")
        rule_word, level_word = self.tr("Rule"), self.tr("Level chosen by")
        code = f"<p>{html.escape(rule_word)}: <code>{html.escape(raised.rule)}</code></p>"
        if raised.level_rules:
            rules = "; ".join(f"<code>{html.escape(rule)}</code>" for rule in raised.level_rules)
            code += f"<p>{html.escape(level_word)}: {rules}</p>"
        heading = html.escape(self.tr("Answers the rules read"))
        return (f"<div style='color:#555'>{code}<p>{heading}:</p>"
                f"<ul style='margin-left:-20px'>{''.join(rows)}</ul></div>")
