"""Report templates: one self-contained folder each under ``report_templates/``.

A template folder holds ``report.html`` (Jinja2), its stylesheet and images,
and ``translations.json``: every fixed word of the report, per language
(``{"en": {...}, "ko": {...}}``), so one template serves every language it
lists.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.reports.errors import ReportError

ENTRY = "report.html"
TRANSLATIONS = "translations.json"
MAX_TRANSLATIONS_BYTES = 1024 * 1024
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    folder: Path
    languages: tuple[str, ...]
    title: str  # in English, for lists
    titles: dict[str, str] = field(default_factory=dict)  # language -> title

    def title_in(self, lang: str) -> str:
        """The title in ``lang`` (the template's translations), else in English."""
        return self.titles.get(lang) or self.title

    @property
    def entry(self) -> str:
        return ENTRY


def templates_root() -> Path:
    return paths.report_templates_dir()


def list_templates(root: Path | None = None) -> list[TemplateInfo]:
    """Every usable template folder, by name."""
    base = root or templates_root()
    if not base.is_dir():
        return []
    found = []
    for folder in sorted(base.iterdir()):
        if NAME_PATTERN.match(folder.name) and (folder / ENTRY).is_file():
            try:
                found.append(get_template(folder.name, base))
            except ReportError:
                continue
    return found


available_templates = list_templates


def get_template(name: str, root: Path | None = None) -> TemplateInfo:
    """The template called ``name``; :class:`ReportError` if missing or malformed."""
    base = Path(os.path.realpath(root or templates_root()))
    if not NAME_PATTERN.match(name):
        raise ReportError(f"'{name}' is not a template name (letters, digits, - and _)", "template")
    folder = Path(os.path.realpath(base / name))
    if not folder.is_relative_to(base) or not (folder / ENTRY).is_file():
        known = ", ".join(t.name for t in list_templates(base)) if base.is_dir() else ""
        raise ReportError(
            f"no report template '{name}' in {base} (available: {known or 'none'})", "template"
        )
    return _info(name, folder, load_translations(folder))


def template_at(folder: Path, name: str) -> TemplateInfo:
    """The template in ``folder`` (e.g. a pack's own), shown under ``name``."""
    real = Path(os.path.realpath(folder))
    if not (real / ENTRY).is_file() or (real / ENTRY).is_symlink():
        raise ReportError(f"{folder} holds no {ENTRY}", "template")
    return _info(name, real, load_translations(real))


def _info(name: str, folder: Path, words: dict[str, dict[str, Any]]) -> TemplateInfo:
    titles = {lang: str(w["template_title"]) for lang, w in words.items() if "template_title" in w}
    title = titles.get("en") or next(iter(titles.values()), name)
    return TemplateInfo(name, folder, tuple(words), title, titles)


def load_translations(folder: Path) -> dict[str, dict[str, Any]]:
    """The template's wording per language, checked to be JSON objects of plain values."""
    path = folder / TRANSLATIONS
    try:
        if path.stat().st_size > MAX_TRANSLATIONS_BYTES:
            raise ReportError(f"{path} is larger than 1 MB", "template")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"the template has no {TRANSLATIONS} ({path})", "template") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"cannot read {path}: {exc}", "template") from None
    if not isinstance(data, dict) or not data or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in data.items()
    ):
        raise ReportError(f"{path} must map language codes to objects of wording", "template")
    return data


def words_for(info: TemplateInfo, lang: str) -> dict[str, Any]:
    """The template's wording in ``lang``; :class:`ReportError` if the template lacks it."""
    words = load_translations(info.folder)
    if lang not in words:
        raise ReportError(
            f"the template '{info.name}' has no wording in '{lang}' "
            f"(languages: {', '.join(words)})",
            "template",
        )
    return words[lang]
