"""The evidence tab: the files attached to the assessment, and attaching, opening, deleting.

Files come by drag and drop onto the panel or through "Attach files…", to
the target chosen above the list (the whole assessment, a section, an
answer or a measure). A file is never run: "Open" hands a read-only copy to
the system viewer, and only when the user asks. A refused file (too big, a
link, a strange name) is named with the reason, and nothing of it is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.evidence.targets import Target, target_choices, target_label
from app.ui.review.words import attempt, localized_error
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.core.review import Attachment
    from app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole
Button = QMessageBox.StandardButton


def size_words(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class EvidencePanel(QWidget):
    def __init__(self, context: AppContext, assessment_id: int, pack: Pack, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.assessment_id = context, assessment_id
        self.pack, self.language = pack, language
        self.items: list[Attachment] = []
        self.read_only = False
        self.setAcceptDrops(True)
        self.target = QComboBox()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(5)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        role(self.hint, "sectionIntro")
        self.hint.setWordWrap(True)
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self._lay_out()
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentItemChanged.connect(lambda _item, _old: self._update_buttons())
        self.list.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        top = QHBoxLayout()
        top.addWidget(self.target_label)
        top.addWidget(self.target, 1)
        top.addWidget(self.attach_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        """Every word anew, the targets too: the assessment view calls this on a
        LanguageChange (its ``changeEvent``) and when the assessment's language changes."""
        self._fill_targets()
        self.target_label.setText(self.tr("Attach &to"))
        self.attach_button.setText(self.tr("Attach f&iles…"))
        self.open_button.setText(self.tr("&Open with the system viewer"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Attached to"), self.tr("Size"),
                                   self.tr("SHA-256"), self.tr("Added by")])
        self.list.setAccessibleName(self.tr("Attached files"))
        self.hint.setText(self.tr(
            "Drop files here or choose them. Each is kept in the data folder under its SHA-256 "
            "and never run; it opens only when you ask. Limits: %1 per file, %2 per assessment.")
            .replace("%1", size_words(self.limits()[0]))
            .replace("%2", size_words(self.limits()[1])))

    def _fill_targets(self) -> None:
        """The targets named anew; the chosen one stays chosen."""
        chosen = self.target.currentData()
        self.target.clear()
        for label, (kind, target_id) in target_choices(self.pack, self.language):
            self.target.addItem(label, f"{kind}:{target_id}")
        self.target.setCurrentIndex(max(self.target.findData(chosen), 0))

    def limits(self) -> tuple[int, int]:
        return self.context.workspace.evidence_limits()

    # showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.items = self.context.workspace.attachments(self.assessment_id)
        chosen = self.selected_id()
        self.list.clear()
        for item in self.items:
            row = QTreeWidgetItem([item.name, target_label(self.pack, self.language,
                                                           item.target_kind, item.target_id),
                                   size_words(item.size), item.sha256[:12], item.added_by])
            row.setToolTip(3, item.sha256)
            row.setData(0, ID_ROLE, item.id)
            self.list.addTopLevelItem(row)
            if item.id == chosen:
                self.list.setCurrentItem(row)
        for column in range(1, 5):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.attach_button.setEnabled(not self.read_only)
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and not self.read_only)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def choose_target(self, kind: str, target_id: str) -> None:
        index = self.target.findData(f"{kind}:{target_id}")
        if index >= 0:
            self.target.setCurrentIndex(index)

    # attaching -------------------------------------------------------------------------
    def choose_files(self) -> list[Attachment]:
        chosen, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return self.attach([Path(p) for p in chosen])

    def attach(self, paths: list[Path]) -> list[Attachment]:
        """Attach each file to the chosen target; the refused ones are named with why."""
        from app.core.errors import UserError

        kind, target_id = self.current_target()
        added, refused = [], []
        for path in paths:
            try:
                added.append(self.context.workspace.attach_file(
                    self.assessment_id, path, target_kind=kind, target_id=target_id))
            except (UserError, OSError) as exc:
                refused.append(f"{path.name[:80]}: {localized_error(exc, self.context.language)}")
        if refused:
            QMessageBox.warning(self, self.tr("Not attached"), self.tr(
                "These files were not attached (nothing of them was kept):") + "\n\n"
                + "\n".join(refused))
        return added

    def current_target(self) -> Target:
        kind, _colon, target_id = str(self.target.currentData() or "assessment:").partition(":")
        return kind, target_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and event.mimeData().hasUrls() and all(
                url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.attach(paths)

    # opening and deleting --------------------------------------------------------------
    def open_selected(self) -> bool:
        chosen = self.selected_id()
        if chosen is None:
            return False
        path = attempt(self, self.context.language, self.tr("The file cannot be opened"),
                       lambda: self.context.workspace.viewable_copy(self.assessment_id, chosen))
        return path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def delete_selected(self) -> bool:
        chosen = self.selected_id()
        item = next((i for i in self.items if i.id == chosen), None)
        if item is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete attachment"),
            self.tr("Delete “%1” from this assessment?\n\nAn approved revision that lists it "
                    "keeps the file until that revision is gone.").replace("%1", item.name),
            Button.Yes | Button.No, Button.No)
        if answer != Button.Yes:
            return False
        return attempt(self, self.context.language, self.tr("The file was not deleted"),
                       lambda: self.context.workspace.detach_file(self.assessment_id,
                                                                   item.id)) is not None
