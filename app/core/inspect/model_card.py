"""The model card (README.md front matter) and licence files."""

from __future__ import annotations

from typing import Any

from app.core.inspect import licences
from app.core.inspect.findings import FileReport, InspectError
from app.core.inspect.jsonread import text_list
from app.core.inspect.limits import LICENCE_MAX, README_MAX
from app.core.loader.yaml_guard import YamlError, parse_yaml_bytes

CARD_LISTS = ("datasets", "language", "tags")


def front_matter(raw: bytes) -> bytes | None:
    """The YAML between the opening ``---`` line and the next one, if the card has it."""
    text = raw.lstrip(b"\xef\xbb\xbf")
    if not text.startswith(b"---"):
        return None
    lines = text.split(b"\n")
    if lines[0].strip() != b"---":
        return None
    for index, line in enumerate(lines[1:], 1):
        if line.strip() == b"---":
            return b"\n".join(lines[1:index]) + b"\n"
    return None


def inspect_card(report: FileReport) -> None:
    """Licence, base model, datasets and languages from the card's front matter."""
    block = front_matter(_read(report, README_MAX))
    if block is None:
        report.add("model_card", True, "file (no front matter)")
        return
    try:
        data: dict[str, Any] = parse_yaml_bytes(block, report.name).data
    except YamlError as exc:
        raise InspectError("front_matter", detail=exc.diagnostics[0].message) from None
    report.add("model_card", True, "front matter")
    _card_licence(report, data)
    for base in text_list(data.get("base_model"))[:8]:
        report.add("base_model", base[:200], "base_model")
    for key in CARD_LISTS:
        values = text_list(data.get(key))
        if values:
            report.add(key, [v[:100] for v in values[:30]], key)
    if isinstance(data.get("model_name"), str):
        report.add("model_name", data["model_name"][:200], "model_name")


def _card_licence(report: FileReport, data: dict[str, Any]) -> None:
    identifier = data.get("license")
    if not isinstance(identifier, str):
        return
    name = str(data["license_name"]) if isinstance(data.get("license_name"), str) else ""
    report.add("licence_id", identifier[:100], "license")
    if name.strip():
        report.add("licence_name", name[:200], "license_name")
    found = licences.from_id(identifier, name)
    if found is not None:
        field = "license_name" if identifier.strip().lower() == "other" else "license"
        report.add("licence", found.id, field)


def inspect_licence_file(report: FileReport) -> None:
    """A LICENSE / LICENCE / USE_POLICY file, recognised by its distinctive phrases."""
    text = _read(report, LICENCE_MAX).decode("utf-8", errors="replace")
    found = licences.from_text(text)
    if found is not None:
        report.add("licence", found.id, "text (distinctive phrases)")
    else:
        report.add("licence_text", report.name, "text (not recognised)")


def _read(report: FileReport, limit: int) -> bytes:
    try:
        with report.path.open("rb") as handle:
            return handle.read(limit)
    except OSError as exc:
        raise InspectError("unreadable", detail=exc.strerror or exc) from None
