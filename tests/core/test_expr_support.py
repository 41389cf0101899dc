"""Shared scope and answer environment for the expression tests (holds no tests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.expr import DATE, NUMBER, TEXT, TOP, Choice, ChoiceSet, Table
from app.core.expr.types import Group

YES_NO = Choice(frozenset({"yes", "no", "partial", "unknown", "not_applicable"}))

SCOPE = {
    "official_source": YES_NO,
    "uses_rag": YES_NO,
    "processes_children": YES_NO,
    "deployment_mode": Choice(frozenset({"on_premise", "third_party_host", "vendor_api"})),
    "weight_format": Choice(frozenset({"safetensors", "pickle", "gguf", "onnx"})),
    "adaptation_methods": ChoiceSet(frozenset({"rag", "fine_tuning", "lora", "prompting"})),
    "dpia_screening": ChoiceSet(frozenset({"profiling", "sensitive_data", "large_scale",
                                           "vulnerable_subjects"})),
    "subject_volume": NUMBER,
    "retention_days": NUMBER,
    "purpose": TEXT,
    "home_country": TEXT,
    "review_date": DATE,
    "go_live": DATE,
    "data_flows": Table({
        "country": TEXT,
        "recipient": Choice(frozenset({"vendor", "affiliate", "authority"})),
        "volume": NUMBER,
        "started": DATE,
    }),
    "vendors": Table({"name": TEXT, "country": TEXT}),
}
# Scored questions, their sections and a table with a scored column (docs: Scores).
LEVELS = Choice(frozenset({"l0", "l1", "l2", "l3", "na"}),
                scores=(("l0", 0.0), ("l1", 1.0), ("l2", 2.0), ("l3", 3.0)))
SCORED = {
    "records_kept": Choice(LEVELS.domain, LEVELS.scores, weight=2.0),
    "dpo_named": LEVELS,
    "breach_procedure": LEVELS,
    "leadership": Group(("records_kept", "dpo_named")),
    "lawfulness": Group(("breach_procedure",)),
    "rights": Group(("dpo_named",)),
    "empty_section": Group(()),
    "suppliers": Table({"name": TEXT, "contract_maturity": LEVELS, "retention_days": NUMBER}),
}
SCOPE.update(SCORED)


class FakeEnv:
    """Answers from a dict; state follows the value unless given explicitly."""

    def __init__(self, values: Mapping[str, Any] | None = None,
                 states: Mapping[str, Any] | None = None):
        self.values = dict(values or {})
        self.states = dict(states or {})

    def value(self, qid: str) -> Any:
        return self.values.get(qid)

    def state(self, qid: str) -> Any:
        if qid in self.states:
            return self.states[qid]
        value = self.values.get(qid)
        if value is TOP:
            return TOP
        return "unanswered" if value is None else "answered"
