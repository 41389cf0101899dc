"""Scan results as proposed answers: one inventory row per model, each cell with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.inspect import licences, mapping
from app.core.inspect.findings import Fact, ModelReport, ScanReport
from app.core.inspect.kinds import WEIGHT_KINDS

STRICTNESS = ("non_commercial", "community_aup", "other", "permissive")  # strictest first
WORDS = {
    "files": {"en": "SHA-256 of {count} files recorded by the scan of {date}",
              "ko": "{date} 검사에서 파일 {count}개의 SHA-256 기록"},
}


@dataclass(frozen=True)
class Suggestion:
    """A proposed value and the facts it was read from."""

    value: Any
    evidence: tuple[Fact, ...]

    def evidence_text(self, lang: str) -> str:
        return "; ".join(dict.fromkeys(f.evidence(lang) for f in self.evidence))


@dataclass
class RowProposal:
    model: ModelReport
    cells: dict[str, Suggestion] = field(default_factory=dict)  # keyed by column id


@dataclass
class Proposals:
    rows: list[RowProposal] = field(default_factory=list)
    answers: dict[str, Suggestion] = field(default_factory=dict)  # keyed by question id


def propose(report: ScanReport, lang: str) -> Proposals:
    """Rows for the inventory and answers for the provenance questions (before fitting)."""
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
        "source_url": _source_url(model),
    }
    return {mapping.COLUMNS[k]: v for k, v in found.items()
            if v is not None and k in mapping.COLUMNS}


def model_name(model: ModelReport) -> Suggestion:
    fact = model.fact("model_name")
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


def model_licences(model: ModelReport) -> list[tuple[licences.Licence, Fact]]:
    found = []
    for fact in model.facts("licence"):
        lic = licences.KNOWN.get(str(fact.value))
        if lic is not None:
            found.append((lic, fact))
    name = model.fact("licence_name")
    for fact in model.facts("licence_id"):  # GGUF general.license
        lic = licences.from_id(str(fact.value), str(name.value) if name else "")
        if lic is not None and fact.field.startswith("general."):
            found.append((lic, fact))
    return found


def _strictest(found: list[tuple[licences.Licence, Fact]]) -> tuple[str, tuple[Fact, ...]] | None:
    if not found:
        return None
    kind = min((lic.kind for lic, _ in found), key=STRICTNESS.index)
    return kind, tuple(fact for _, fact in found)


def _licence_column(model: ModelReport) -> Suggestion | None:
    strictest = _strictest(model_licences(model))
    if strictest is None or strictest[0] not in mapping.LICENCE_COLUMN_CHOICES:
        return None
    return Suggestion(mapping.LICENCE_COLUMN_CHOICES[strictest[0]], strictest[1])


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
    found = [pair for m in report.models for pair in model_licences(m)]
    kinds = {lic.kind for lic, _ in found}
    choices = [mapping.LICENCE_CLASS_CHOICES[k] for k in STRICTNESS
               if k in kinds and k in mapping.LICENCE_CLASS_CHOICES]
    return Suggestion(choices, tuple(f for _, f in found)) if choices else None
