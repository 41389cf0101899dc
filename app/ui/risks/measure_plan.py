"""One measure with its plan: owner, due date and status, saved as they change."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout

from app.core.statuses import PLAN_STATUSES, plan_status
from app.ui.operations import UserOp
from app.ui.style import ERROR_COLOUR, role
from app.ui.wizard.editors import DateField
from app.ui.wizard.values import parse_date

if TYPE_CHECKING:
    from app.core.model import Measure
    from app.core.pack import Pack
    from app.core.treatment import MeasureState
    from app.services.records import MeasurePlan
    from app.services.workspace import Workspace


class MeasurePlanEditor(QFrame):
    """Shows the measure's advice and lets the user plan it."""

    def __init__(self, workspace: Workspace, *, assessment_id: int, pack: Pack,
                 measure: Measure, plan: MeasurePlan | None, language: str) -> None:
        super().__init__()
        self.setObjectName("measurePlan")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.measure_id: str = measure.id
        self._note = plan.note if plan else ""
        title = pack.text(measure.title, language)
        heading = QLabel(f"<b>{html.escape(title)}</b> — {self._priority(measure.priority)}")
        heading.setWordWrap(True)
        description = QLabel(pack.text(measure.description, language))
        description.setWordWrap(True)
        description.setTextFormat(Qt.TextFormat.PlainText)
        self.owner = QLineEdit(plan.owner if plan else "")
        self.owner.setPlaceholderText(self.tr("Who is in charge"))
        self.owner.setAccessibleName(self.tr("Owner of: %1").replace("%1", title))
        self.due = DateField(self.tr("Due date of: %1").replace("%1", title))
        self.due.line.setText((plan.due_date or "") if plan else "")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of: %1").replace("%1", title))
        for status in PLAN_STATUSES:
            self.status.addItem(self._status_text(status), status)
        shown = plan_status(plan.status if plan else None)
        self.status.setCurrentIndex(self.status.findData(shown))
        self.message = QLabel()
        role(self.message, "questionIssue")
        self.message.setVisible(False)
        self.state = QLabel()
        self.state.setObjectName("measureState")
        self.state.setWordWrap(True)
        self.state.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.state)
        layout.addWidget(description)
        if measure.steps:
            steps = "".join(f"<li>{html.escape(pack.text(step, language))}</li>"
                            for step in measure.steps)
            listed = QLabel(f"<ol style='margin-left:-20px'>{steps}</ol>")
            listed.setWordWrap(True)
            layout.addWidget(listed)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.owner.editingFinished.connect(self.save)
        self.due.edited.connect(self._due_edited)
        self.due.finished.connect(self._due_edited)
        self.status.currentIndexChanged.connect(lambda _index: self.save())

    def show_state(self, state: MeasureState, holding: str | None) -> None:
        """Mark a key measure; say when its status keeps the risk at ``holding`` (a level)."""
        lines = []
        if state.key:
            lines.append(self.tr("★ Key measure: the level after measures assumes it."))
        if holding is not None:
            lines.append(self.tr("Nobody plans it: it keeps this risk at %1 with the plan.")
                         .replace("%1", holding))
        self.state.setText("\n".join(lines))
        self.state.setVisible(bool(lines))
        self.state.setStyleSheet(f"color: {ERROR_COLOUR};" if holding else "")

    def _priority(self, priority: str) -> str:
        return {"must": self.tr("must do"), "should": self.tr("should do"),
                "could": self.tr("could do")}.get(priority, priority)

    def _status_text(self, status: str) -> str:
        return {"not_planned": self.tr("Not planned yet"), "planned": self.tr("Planned"),
                "in_progress": self.tr("In progress"), "done": self.tr("Done")}[status]

    def _due_edited(self) -> None:
        if parse_date(self.due.text()).problem is None:
            self.save()

    def save(self) -> bool:
        """Store the plan now; a problem is shown under the measure."""
        parsed = parse_date(self.due.text())
        due = None if parsed.empty or parsed.problem else parsed.value.isoformat()
        saved = UserOp(self, lambda: self.workspace.save_measure_plan(
            self.assessment_id, self.measure_id, owner=self.owner.text().strip(), due_date=due,
            status=self.status.currentData(), note=self._note)).shown_in(self._not_saved).run()
        self.message.setVisible(not saved)
        return saved

    def _not_saved(self, text: str) -> None:
        self.message.setText(self.tr("Not saved: %1").replace("%1", text))
