"""What a file can be attached to: the assessment, a section, an answer or a measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.core.pack import Pack

Target = tuple[str, str]  # (kind, id): ("assessment", ""), ("section", id), ...


def target_choices(pack: Pack, language: str) -> list[tuple[str, Target]]:
    """Every target with its label, in the pack's order: sections with their questions,
    then the measures."""
    choices: list[tuple[str, Target]] = [
        (translate("EvidenceTargets", "The whole assessment"), ("assessment", ""))
    ]
    for _module, section in pack.iter_sections():
        title = pack.text(section.title, language)
        choices.append(
            (
                translate("EvidenceTargets", "Section: %1").replace("%1", title),
                ("section", section.id),
            )
        )
        for question in section.questions:
            label = pack.text(question.label, language)
            choices.append(
                (
                    "    "
                    + translate("EvidenceTargets", "Answer: %1").replace("%1", _short(label)),
                    ("answer", question.id),
                )
            )
    for measure_id, measure in pack.measures.items():
        title = pack.text(measure.title, language)
        choices.append(
            (
                translate("EvidenceTargets", "Measure: %1").replace("%1", _short(title)),
                ("measure", measure_id),
            )
        )
    return choices


def target_label(pack: Pack, language: str, kind: str, target_id: str) -> str:
    """The short name of one target, for the list of files."""
    try:
        if kind == "section":
            return pack.text(pack.sections[target_id].title, language)
        if kind == "answer":
            return _short(pack.text(pack.questions[target_id].label, language))
        if kind == "measure":
            return _short(pack.text(pack.measures[target_id].title, language))
    except KeyError:
        return target_id
    return translate("EvidenceTargets", "The whole assessment")


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
