"""Every text in every declared language: the check, and the completeness ratio."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from app.core.diagnostics import Diagnostic, Severity, did_you_mean
from app.core.loader.draft import PackDraft
from app.core.loader.lang_walk import iter_lang_texts
from app.core.loader.yaml_guard import Path_, YamlDocument
from app.core.model import LangText

__all__ = ["check_languages", "completeness", "iter_lang_texts"]


def check_languages(draft: PackDraft) -> Iterator[Diagnostic]:
    """A text missing in the default language, or in an undeclared one: errors.

    A text missing in another declared language is allowed (the app and the
    report show the default language's text there, marked); each such
    language gets one warning with its completeness and its first gap.
    """
    declared = draft.languages
    default = draft.manifest.default_language
    missing = {lang: 0 for lang in declared if lang != default}
    first: dict[str, Diagnostic] = {}
    total = 0
    for doc, path, text in draft.lang_texts:
        total += 1
        field = next((str(p) for p in reversed(path) if isinstance(p, str)), "text")
        if default in declared and not text.has(default):
            yield doc.diagnostic(
                path, f"{field} has no '{default}' text",
                f"every text needs the default language '{default}'; "
                "the other languages of pack.yaml may be partial",
            )
        for lang in missing:
            if not text.has(lang):
                missing[lang] += 1
                first.setdefault(lang, doc.diagnostic(path, field))
        yield from _undeclared(doc, path, text, declared)
    for lang, count in missing.items():
        if count:
            yield _partial(lang, default, count, total, first[lang])


def _undeclared(doc: YamlDocument, path: Path_, text: LangText,
                declared: tuple[str, ...]) -> Iterator[Diagnostic]:
    for lang in text.root:
        if lang not in declared:
            yield doc.diagnostic(
                (*path, lang),
                f"language '{lang}' is not declared in pack.yaml",
                did_you_mean(lang, declared) or "add it to 'languages' or remove it",
                key=True,
            )


def _partial(lang: str, default: str, missing: int, total: int, first: Diagnostic) -> Diagnostic:
    """One warning for a language whose texts are not all given, at its first gap."""
    share = f"{(total - missing) / total:.0%}" if total else "100%"
    return replace(
        first,
        message=f"'{lang}' is {share} complete: {missing} of {total} texts have no '{lang}' "
        f"text (the first: {first.message})",
        hint=f"the app and the report show the '{default}' text there, marked '({default})'",
        severity=Severity.WARNING,
    )


def completeness(draft: PackDraft) -> dict[str, float]:
    """Share of texts given (non-empty) in each declared language."""
    counts = dict.fromkeys(draft.languages, 0)
    total = 0
    for _, _, text in draft.lang_texts:
        total += 1
        for lang in counts:
            counts[lang] += text.has(lang)
    return {lang: round(count / total, 4) if total else 1.0 for lang, count in counts.items()}
