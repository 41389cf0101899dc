"""Scan results as proposed answers: one inventory row per model, each cell with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.inspect import licence_cells, mapping
from app.core.inspect.findings import Fact, ModelReport, ScanReport
from app.core.inspect.kinds import WEIGHT_KINDS
from app.core.inspect.suggestion import Suggestion

__all__ = ["Proposals", "RowProposal", "Suggestion", "model_name", "propose"]

WORDS = {
    "files": {"en": "SHA-256 of {count} files recorded by the scan of {date}",
              "ko": "{date} 검사에서 파일 {count}개의 SHA-256 기록"},
}


@dataclass
class RowProposal:
    model: ModelReport
    cells: dict[str, Suggestion] = field(default_factory=dict)  # keyed by column id


@dataclass
class Proposals:
    rows: list[RowProposal] = field(default_factory=list)
    answers: dict[str, Suggestion] = field(default_factory=dict)  # keyed by question id


def propose(report: ScanReport, lang: str) -> Proposals:
    """Rows for the inventory and answers for the provenance questions (before fitting).

    Answers are proposed for every pack version the mapping knows (1.0.0's
    weight_format and licence_class too); ``fit.fit_to_pack`` keeps those the
    assessment's pack has.
    """
    rows = [RowProposal(m, _cells(m, report, lang)) for m in report.models]
    answers: dict[str, Suggestion] = {}
    for qid, suggestion in (
        (mapping.WEIGHT_FORMAT_QUESTION, _overall_format(report)),
        (mapping.REMOTE_CODE_QUESTION, _remote_code(report)),
        (mapping.LICENCE_CLASS_QUESTION, _licence_classes(report)),
    ):
        if suggestion is not None:
            answers[qid] = suggestion
    return Proposals(rows, answers)


def _cells(model: ModelReport, report: ScanReport, lang: str) -> dict[str, Suggestion]:
    found = {
        "name": model_name(model),
        "revision": _revision(model, report, lang),
        "publisher": _publisher(model),
        "parameters_b": _parameters(model),
        "weight_format": _format(model),
        "licence": _licence_column(model),
        "licence_name": licence_cells.name(model),
        "source_url": _source_url(model),
    }
    return {mapping.COLUMNS[k]: v for k, v in found.items()
            if v is not None and k in mapping.COLUMNS}


def model_name(model: ModelReport) -> Suggestion:
    for key in ("ollama_name", "model_name"):  # the name Ollama runs it by comes first
        fact = model.fact(key)
        if fact is not None:
            return Suggestion(str(fact.value), (fact,))
    repo = model.fact("repo_id")
    if repo is not None:
        return Suggestion(str(repo.value).split("/")[-1], (repo,))
    label = model.label.removesuffix(".gguf")
    return Suggestion(label, (Fact("name", label, model.label, "folder or file name"),))


def _revision(model: ModelReport, report: ScanReport, lang: str) -> Suggestion | None:
    commit = model.fact("revision")
    if commit is not None:
        return Suggestion(f"commit {commit.value}", (commit,))
    hashed = [f for f in model.files if f.kind in WEIGHT_KINDS and f.sha256]
    if len(hashed) == 1:
        return Suggestion(f"SHA-256 {hashed[0].sha256}",
                          (Fact("sha256", hashed[0].sha256, hashed[0].name, "SHA-256"),))
    if hashed:
        text = WORDS["files"].get(lang, WORDS["files"]["en"]).format(
            count=len(hashed), date=report.scanned_at[:10])
        return Suggestion(text, tuple(Fact("sha256", f.sha256, f.name, "SHA-256") for f in hashed))
    return None


def _publisher(model: ModelReport) -> Suggestion | None:
    for key in ("organization", "repo_id"):
        fact = model.fact(key)
        if fact is not None:
            org = str(fact.value).split("/")[0]
            return Suggestion(mapping.PUBLISHERS.get(org.lower(), org), (fact,))
    return None


def _weights(model: ModelReport) -> list[Any]:
    return [f for f in model.files if f.kind in WEIGHT_KINDS]


def _parameters(model: ModelReport) -> Suggestion | None:
    """Billions of parameters: summed over shards, the largest copy when there are several."""
    per_format: dict[str, list[Fact]] = {}
    for item in _weights(model):
        for fact in item.facts:
            if fact.key == "parameters" and isinstance(fact.value, int) and fact.value > 0:
                per_format.setdefault(item.kind, []).append(fact)
    if not per_format:
        return None
    facts = max(per_format.values(), key=lambda fs: sum(f.value for f in fs))
    billions = sum(f.value for f in facts) / 1e9
    return Suggestion(float(f"{billions:.3g}"), tuple(facts))


def _formats(model: ModelReport) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for item in _weights(model):
        fact = next((f for f in item.facts if f.key == "format"), None)
        if fact is not None:
            out.setdefault(str(fact.value), fact)
    return out


def _format(model: ModelReport) -> Suggestion | None:
    formats = _formats(model)
    if not formats:
        return None
    value = next(iter(formats)) if len(formats) == 1 else "mixed"
    return Suggestion(mapping.FORMAT_CHOICES[value], tuple(formats.values()))


def _licence_column(model: ModelReport) -> Suggestion | None:
    found = licence_cells.kind(model)
    if found is None or found.value not in mapping.LICENCE_COLUMN_CHOICES:
        return None
    return Suggestion(mapping.LICENCE_COLUMN_CHOICES[found.value], found.evidence)


def _source_url(model: ModelReport) -> Suggestion | None:
    for key in ("source_url", "repo_url", "url"):
        fact = model.fact(key)
        if fact is not None and str(fact.value).startswith(("https://", "http://")):
            return Suggestion(str(fact.value), (fact,))
    return None


def _overall_format(report: ScanReport) -> Suggestion | None:
    found = [s for s in (_format(m) for m in report.models) if s is not None]
    values = {s.value for s in found}
    if not values:
        return None
    value = values.pop() if len(values) == 1 else "mixed"
    return Suggestion(value, tuple(f for s in found for f in s.evidence))


def _remote_code(report: ScanReport) -> Suggestion | None:
    """"Never" only when no model needs remote code; otherwise the user must answer."""
    if not report.models or not report.complete:
        return None
    if any(m.facts("remote_code") or m.facts("code_file") for m in report.models):
        return None
    evidence = tuple(
        Fact("remote_code", False, f.name, "auto_map (none)" if f.kind == "config" else "format")
        for m in report.models for f in m.files if f.kind in ("config", *WEIGHT_KINDS)
    )
    return Suggestion(mapping.REMOTE_CODE_NEVER, evidence) if evidence else None


def _licence_classes(report: ScanReport) -> Suggestion | None:
    kinds, evidence = licence_cells.kinds(report.models)
    known = mapping.LICENCE_CLASS_CHOICES
    choices = [known[k] for k in kinds if k in known]
    return Suggestion(choices, evidence) if choices else None
