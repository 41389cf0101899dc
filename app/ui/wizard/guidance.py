"""The guidance panel: the focused question's help and the sources behind it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.markdown import markdown_html

if TYPE_CHECKING:
    from app.core.model import AnyQuestion, Reference, Section
    from app.core.pack import Pack


def reference_text(pack: Pack, reference: Reference, language: str) -> tuple[str, str | None]:
    """"GDPR (2016/679), Art. 5(1)(b)" and the link, if any."""
    source = pack.manifest.sources.get(reference.source)
    title = pack.text(source.title, language) if source else reference.source
    edition = pack.text(reference.edition or (source.edition if source else None), language)
    text = f"{title} ({edition})" if edition and edition not in title else title
    section = pack.text(reference.section, language)  # translated where the pack says how
    if section:
        text += f", {section}"
    return text, reference.url or (source.url if source else None)


class GuidancePanel(QTextBrowser):
    """Read-only help text; links open in the user's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setOpenExternalLinks(True)
        self.document().setDocumentMargin(10)
        self.setAccessibleName(self.tr("Guidance"))
        self.question_id: str | None = None

    def show_question(self, pack: Pack, question: AnyQuestion, language: str) -> None:
        self.question_id = question.id
        parts = [f"<h3>{html.escape(pack.text(question.label, language))}</h3>"]
        help_text = pack.text(question.help, language)
        if help_text:
            parts.append(markdown_html(help_text))  # emphasis, lists, links; the rest escaped
        else:
            none = self.tr("No guidance for this question.")
            parts.append(f"<p><i>{html.escape(none)}</i></p>")
        references = getattr(question, "references", ())
        if references:
            sources = self.tr("Sources")
            parts.append(f"<h4>{html.escape(sources)}</h4><ul>")
            for reference in references:
                text, url = reference_text(pack, reference, language)
                label = html.escape(text)
                if url:
                    label = f'<a href="{html.escape(url, quote=True)}">{label}</a>'
                parts.append(f"<li>{label}</li>")
            parts.append("</ul>")
        self.setHtml("".join(parts))

    def show_section(self, pack: Pack, section: Section, language: str) -> None:
        self.question_id = None
        parts = [f"<h3>{html.escape(pack.text(section.title, language))}</h3>"]
        if section.description is not None:
            parts.append(f"<p>{html.escape(pack.text(section.description, language))}</p>")
        hint = self.tr("Select a question to see its guidance here.")
        parts.append(f"<p><i>{html.escape(hint)}</i></p>")
        self.setHtml("".join(parts))
