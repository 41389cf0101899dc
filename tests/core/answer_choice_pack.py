"""demo-small with two questions whose choices come from earlier answers (shared by tests)."""

from __future__ import annotations

FLOWS = "data_flows.yaml"
ANCHOR = "      - id: last_review\n"
MAIN_RECIPIENT = """\
      - id: main_recipient
        type: single_choice
        choices_from: {question: transfers, column: recipient}
        allow: [unknown]
        label: {en: Which recipient gets the most data?, ko: 가장 많은 데이터를 받는 수령자는?}
"""
WORST_DATA = """\
      - id: worst_data
        type: multiple_choice
        choices_from: {question: data_in_prompts}
        label: {en: Which of the data you listed is never masked?, ko: 마스킹하지 않는 항목은?}
"""
RULE = "    when: prompt_logging in ['full', 'unknown'] or log_retention_days > 365\n"


Edits = dict[str, list[tuple[str, str]]]


def with_answer_choices(extra: str = "", rule: str | None = None) -> Edits:
    """Edits adding main_recipient and worst_data (and ``extra`` questions, ``rule``)."""
    edits = [(ANCHOR, MAIN_RECIPIENT + WORST_DATA + extra + ANCHOR)]
    if rule is not None:
        edits.append((RULE, f"    when: {rule}\n"))
    return {FLOWS: edits}
