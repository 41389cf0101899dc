"""Every text in every declared language: the check, and the completeness ratio."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.loader.draft import PackDraft
from app.core.model import LangText
from app.core.yaml_guard import Path_, YamlDocument


def iter_lang_texts(obj: Any, path: Path_ = ()) -> Iterator[tuple[Path_, LangText]]:
    """Every language map reachable from a model object, with its path."""
    if isinstance(obj, LangText):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from iter_lang_texts(getattr(obj, name), (*path, name))
    elif isinstance(obj, tuple | list):
        for index, item in enumerate(obj):
            yield from iter_lang_texts(item, (*path, index))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from iter_lang_texts(item, (*path, key))


def _texts(draft: PackDraft) -> Iterator[tuple[YamlDocument, Path_, LangText]]:
    for path, text in iter_lang_texts(draft.manifest):
        yield draft.manifest_doc, path, text
    for module, doc in draft.modules:
        for path, text in iter_lang_texts(module):
            yield doc, path, text


def check_languages(draft: PackDraft) -> Iterator[Diagnostic]:
    """A missing declared language, or an undeclared one, in any text."""
    declared = draft.languages
    for doc, path, text in _texts(draft):
        field = next((str(p) for p in reversed(path) if isinstance(p, str)), "text")
        missing = [lang for lang in declared if not text.has(lang)]
        if missing:
            yield doc.diagnostic(
                path,
                f"{field} has no {', '.join(repr(m) for m in missing)} text",
                f"every text needs all languages of pack.yaml: {', '.join(declared)}",
            )
        for lang in text.root:
            if lang not in declared:
                yield doc.diagnostic(
                    (*path, lang),
                    f"language '{lang}' is not declared in pack.yaml",
                    did_you_mean(lang, declared) or "add it to 'languages' or remove it",
                    key=True,
                )


def completeness(draft: PackDraft) -> dict[str, float]:
    """Share of texts given (non-empty) in each declared language."""
    counts = dict.fromkeys(draft.languages, 0)
    total = 0
    for _, _, text in _texts(draft):
        total += 1
        for lang in counts:
            counts[lang] += text.has(lang)
    return {lang: round(count / total, 4) if total else 1.0 for lang, count in counts.items()}
