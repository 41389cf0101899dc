"""The JSON Schema of the pack format, generated from the models (never kept by hand)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.core.answers.file import AnswerFile
from app.core.model import FORMAT_VERSION, Manifest, Module

SCHEMA_ID = f"https://aipia.example.org/schema/pack-format-{FORMAT_VERSION}.json"
KINDS: dict[str, type[BaseModel]] = {"manifest": Manifest, "module": Module}


def pack_json_schema(kind: str | None = None) -> dict[str, Any]:
    """The schema of ``pack.yaml`` (``manifest``), of a module file (``module``), or of either."""
    if kind is not None:
        schema = KINDS[kind].model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        return schema
    defs: dict[str, Any] = {}
    for model in KINDS.values():
        schema = model.model_json_schema(ref_template="#/$defs/{model}")
        defs.update(schema.pop("$defs", {}))
        defs[model.__name__] = schema
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"AIPIA questionnaire pack, format {FORMAT_VERSION}",
        "description": "pack.yaml (Manifest) or a module file (Module).",
        "anyOf": [{"$ref": f"#/$defs/{model.__name__}"} for model in KINDS.values()],
        "$defs": defs,
    }


def scenario_json_schema() -> dict[str, Any]:
    """The schema of a golden scenario (``scenarios/*.json``): an export plus ``expected``.

    Generated from the model the linter reads scenarios with, so both accept
    the same files.
    """
    schema = AnswerFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "AIPIA golden scenario (an assessment export with its expected register)"
    return schema


def schema_keys(schema: dict[str, Any] | None = None) -> set[str]:
    """Every property name the schema defines (for the docs-cannot-drift test)."""
    schema = schema or pack_json_schema()
    keys: set[str] = set()
    for definition in schema.get("$defs", {}).values():
        keys.update(definition.get("properties", {}))
    return keys
