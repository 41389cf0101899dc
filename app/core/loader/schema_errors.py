"""Turn pydantic validation errors into ``file:line:col`` messages authors can act on.

An error catalogue in the spirit of pyxform's ``errors.py``: each pydantic
error type gets a sentence that names the key and the kind of object, with a
"did you mean" hint where a close name exists.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.yaml_guard import Path_, YamlDocument
from app.core.model import common
from app.core.model.questions import KindUnion, model_names
from app.core.quoting import quoted

KIND_NAMES = {
    "Manifest": "pack.yaml",
    "Module": "module",
    "Section": "section",
    "Choice": "choice",
    "Constraint": "constraint",
    "Reference": "reference",
    "ControlRef": "crosswalk entry",
    "Stage": "stage",
    "Publisher": "publisher",
    "Source": "source",
    "RiskMatrix": "risk matrix",
    "Level": "matrix level",
    "RiskLevel": "risk level",
    "LevelRule": "level rule",
    "Residual": "residual",
    "Risk": "risk",
    "Measure": "measure",
    "ReportRoles": "report block",
    "FlowRole": "data_flows role",
    "TransferRole": "transfers role",
    "AcceptancePolicy": "acceptance policy",
    "AcceptanceRole": "acceptance role",
    "LevelAcceptance": "level acceptance",
}
PATTERN_ADVICE = {
    common.ID_PATTERN: "ids use lower-case letters, digits and '_', start with a letter, "
    "at most 64 characters (e.g. uses_rag)",
    common.PACK_ID_PATTERN: "pack ids are reverse-DNS names, e.g. 'org.example.ai-pia'",
    common.VERSION_PATTERN: "versions are MAJOR.MINOR.PATCH, e.g. '1.2.0'",
    common.LANG_PATTERN: "languages are ISO 639 codes such as 'en' or 'ko'",
    r"^#[0-9a-fA-F]{6}$": "colours are written #rrggbb, e.g. '#c62828'",
    r"^https?://\S+$": "links start with http:// or https://",
}


def schema_diagnostics(
    exc: ValidationError, doc: YamlDocument, root: type[BaseModel],
    languages: tuple[str, ...] = (),
) -> list[Diagnostic]:
    """One diagnostic per distinct problem, in file order.

    ``languages``: the pack's, for examples such as ``{fr: ..., en: ...}`` (default en, ko).
    """
    example = lang_example(languages)
    errors = exc.errors(include_url=False)
    by_path: dict[tuple[Path_, bool], list[tuple[str, str | None]]] = {}
    for error in errors:
        if _is_echo(error, errors):
            continue
        path, model, annotation = _resolve(error["loc"], doc.data, root)
        # an unknown key, or a key that is not a language code: point at the key itself
        at_key = error["type"] == "extra_forbidden" or error["loc"][-1:] == ("[key]",)
        if error["type"] == "union_tag_invalid":
            path = (*path, "type")
        found = _describe(error, path, model, annotation, example)
        by_path.setdefault((path, at_key), []).append(found)
    result = [_merge(doc, path, at_key, found) for (path, at_key), found in by_path.items()]
    return sorted(result, key=lambda d: (d.line or 0, d.column or 0))


def _is_echo(error: ErrorDetails, errors: list[ErrorDetails]) -> bool:
    """pydantic repeats "too short" for a list whose items all failed; keep the item errors.

    The value of a key that is not a language code (``{en: a, b, ko: c}`` makes
    ``b`` a key without text) is not reported again: the key's error says it all.
    """
    if any(other["loc"] == (*error["loc"], "[key]") for other in errors):
        return True
    if error["type"] != "too_short":
        return False
    loc = error["loc"]
    return any(len(other["loc"]) > len(loc) and other["loc"][: len(loc)] == loc for other in errors)


def _merge(
    doc: YamlDocument, path: Path_, at_key: bool, found: list[tuple[str, str | None]]
) -> Diagnostic:
    if any(KEY_PROBLEM in message for message, _ in found):
        found = [item for item in found if KEY_PROBLEM in item[0]]
    messages = list(dict.fromkeys(message for message, _ in found))
    hints = [hint for _, hint in found if hint]
    if len(messages) > 1 and all(m.startswith("expected ") for m in messages):
        text = "expected " + " or ".join(m.removeprefix("expected ") for m in messages)
    else:
        text = "; ".join(messages)
    return doc.diagnostic(path, text, hints[0] if hints else None, key=at_key)


def _resolve(
    loc: tuple[int | str, ...], data: Any, root: type[BaseModel]
) -> tuple[Path_, type[BaseModel] | None, Any]:
    """Map a pydantic ``loc`` to a data path, the innermost model and the field's type.

    Union member names and discriminator tags that pydantic puts into ``loc``
    are not keys of the data; they are skipped (a tag picks the union member).
    """
    path: list[str | int] = []
    model: type[BaseModel] | None = None
    annotation: Any = root
    node = data
    for segment in loc:
        annotation = _unwrap(annotation)
        if _is_union(annotation):
            member = _member_for_tag(annotation, segment)
            if member is not None:
                annotation = member
                continue
            annotation = _only_member(annotation)
        if _is_model(annotation):
            model = annotation
        if (isinstance(node, dict) and segment in node) or (
            isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node)
        ):
            node = node[segment]  # type: ignore[index]
        else:
            continue  # a union member name, or a missing key (reported on its parent)
        path.append(segment)
        annotation = _child(annotation, segment)
    return tuple(path), model, annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _child(annotation: Any, segment: str | int) -> Any:
    """The annotation one step down ``segment``."""
    if _is_model(annotation):
        field = annotation.model_fields.get(str(segment))
        return _unwrap(field.annotation) if field else None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (tuple, list) and args:
        return _unwrap(args[0])
    if origin is dict and len(args) == 2:
        return _unwrap(args[1])
    return None


def _member_for_tag(annotation: Any, segment: str | int) -> Any:
    """The union member whose ``type`` literal is ``segment``, if any."""
    for member in typing.get_args(annotation):
        field = getattr(member, "model_fields", {}).get("type")
        if field is not None and segment in typing.get_args(field.annotation):
            return member
    return None


def _only_member(annotation: Any) -> Any:
    members = [m for m in typing.get_args(annotation) if m is not type(None)]
    return _unwrap(members[0]) if len(members) == 1 else annotation


def _unwrap(annotation: Any) -> Any:
    """The type under ``Annotated``; for a field of any registered kind, their union."""
    while typing.get_origin(annotation) is typing.Annotated:
        registered = [m for m in annotation.__metadata__ if isinstance(m, KindUnion)]
        if registered:
            return typing.Union[tuple(registered[0].members().values())]  # noqa: UP007
        annotation = typing.get_args(annotation)[0]
    return annotation


def _kind(model: type[BaseModel] | None) -> str:
    if model is None:
        return "this entry"
    name = KIND_NAMES.get(model.__name__) or model_names().get(model.__name__, model.__name__)
    return f"a {name}"


def _is_lang_text(annotation: Any) -> bool:
    annotation = _only_member(annotation) if _is_union(annotation) else annotation
    return isinstance(annotation, type) and issubclass(annotation, common.LangText)


def lang_example(languages: tuple[str, ...]) -> str:
    """``{fr: ..., en: ...}`` for the pack's first two languages (``{en: ..., ko: ...}``)."""
    shown = [lang for lang in languages[:2] if isinstance(lang, str) and len(lang) <= 8]
    return "{" + ", ".join(f"{lang}: ..." for lang in shown or ("en", "ko")) + "}"


def _describe(
    error: ErrorDetails, path: Path_, model: type[BaseModel] | None, annotation: Any,
    example: str = "{en: ..., ko: ...}",
) -> tuple[str, str | None]:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    name = path[-1] if path else ""
    if error["loc"] and error["loc"][-1] == "[key]":
        return _key_problem(str(value), example)
    if kind == "extra_forbidden":
        fields = model.model_fields if model else {}
        return f"unknown key {quoted(name)} in {_kind(model)}", did_you_mean(str(name), fields)
    if kind == "missing":
        field = error["loc"][-1]
        return f"missing required key '{field}' in {_kind(model)}", None
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _tag_problem(ctx)
    if kind == "string_pattern_mismatch":
        advice = PATTERN_ADVICE.get(str(ctx.get("pattern")))
        label = name if isinstance(name, str) else "value"
        return f"{quoted(value)} is not a valid {label}", advice
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return (f"'{name}'" if isinstance(name, str) and name else "the text") + " is empty", None
    if _is_lang_text(annotation) and kind in ("dict_type", "model_type", "string_type"):
        return f"expected text per language, e.g. {example}", None
    return _value_problem(kind, ctx, value, error["msg"])


KEY_PROBLEM = "is not a language code"


def _key_problem(key: str, example: str) -> tuple[str, str | None]:
    if re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z]{2})?", key):
        return f"'{key}' {KEY_PROBLEM}", "use ISO 639 codes such as 'en' or 'ko'"
    return (
        f"{quoted(key)} {KEY_PROBLEM}",
        f"a comma inside {example} starts a new key: put the text in quotes",
    )


def _tag_problem(ctx: dict[str, Any]) -> tuple[str, str | None]:
    expected = [tag.strip(" '") for tag in str(ctx.get("expected_tags", "")).split(",")]
    tag = ctx.get("tag")
    if tag is None:
        return "missing key 'type'", f"expected one of {', '.join(expected)}"
    hint = did_you_mean(str(tag), expected) or f"expected one of {', '.join(expected)}"
    return f"unknown type {quoted(tag)}", hint


_BOOLISH_HINT = "YAML reads yes/no/on/off/true/false as booleans: quote the text, e.g. 'no'"
_SIMPLE = {
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "tuple_type": "expected a list",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys",
    "model_type": "expected a mapping of keys",
    "date_type": "expected a date written YYYY-MM-DD",
    "date_parsing": "expected a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date written YYYY-MM-DD",
}


def _value_problem(kind: str, ctx: dict[str, Any], value: Any, msg: str) -> tuple[str, str | None]:
    if kind == "string_type":
        if isinstance(value, bool):
            return "expected text, not a yes/no value", _BOOLISH_HINT
        if isinstance(value, int | float):
            return "expected text, not a number", f"quote it: {quoted(value)}"
        return "expected text", None
    if kind == "finite_number" or (kind == "float_type" and isinstance(value, int)):
        return _not_finite(value)
    if kind in _SIMPLE:
        return _SIMPLE[kind], None
    if kind == "literal_error":
        expected = [
            e.strip(" '") for e in str(ctx.get("expected", "")).replace(" or ", ",").split(",")
        ]
        return f"{quoted(value)} is not allowed here; expected {ctx.get('expected')}", did_you_mean(
            str(value), expected
        )
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)", None
    if kind == "value_error":
        return str(ctx.get("error", msg)), None
    return msg[:1].lower() + msg[1:], None


def _not_finite(value: Any) -> tuple[str, str | None]:
    """NaN, an infinity, or a whole number beyond what a float holds."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (f"the number is too large (about {int(value.bit_length() * 0.30103) + 1} digits)",
                "no answer comes near it: write a number of at most 308 digits")
    return ("expected a finite number: .nan, .inf and numbers beyond 1.8e308 are not allowed",
            "write an ordinary number, or leave the key out for no limit")
