"""Report templates: one self-contained folder each under ``report_templates/``.

A template folder holds ``report.html`` (Jinja2), its stylesheet and images,
and ``wording/``: every fixed word of the report, one JSON file per language
(``wording/en.json``, ``wording/pt-BR.json``...), so one template serves every
language. A folder made before wording files existed may hold them all in one
``translations.json`` (``{"en": {...}, "ko": {...}}``) instead.

A report may be asked for in a language the template has no file for, or whose
file lacks some entries: those words come from the fallback language (the
pack's default language, else English) and carry a visible mark, e.g.
"Risk map (en)", so a reader sees what is not translated yet.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.reports.errors import ReportError

ENTRY = "report.html"
WORDING = "wording"
TRANSLATIONS = "translations.json"  # the older single file of every language
MAX_TRANSLATIONS_BYTES = 1024 * 1024  # all wording of a template together
MAX_WORDING_FILES = 60
WORDING_FILE = re.compile(r"^([a-z]{2,3}(?:-[A-Z][A-Za-z0-9]{1,7})?)\.json$")
UNMARKED = frozenset({"page", "template_title"})  # running footer and lists: never marked
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


def user_templates_root(data_dir: Path) -> Path:
    """The user's own templates (``aipia template new NAME --user``), in the data folder."""
    return data_dir / "report_templates"


def list_templates(root: Path | None = None, user_root: Path | None = None) -> list[TemplateInfo]:
    """Every usable template folder, by name (a bundled one wins over a user's of that name)."""
    found: dict[str, TemplateInfo] = {}
    for base in (root or templates_root(), user_root):
        if base is None or not base.is_dir():
            continue
        for folder in sorted(base.iterdir()):
            if folder.name in found or not NAME_PATTERN.match(folder.name):
                continue
            if (folder / ENTRY).is_file():
                try:
                    found[folder.name] = get_template(folder.name, base)
                except ReportError:
                    continue
    return [found[name] for name in sorted(found)]


available_templates = list_templates


def get_template(
    name: str, root: Path | None = None, user_root: Path | None = None
) -> TemplateInfo:
    """The template called ``name`` (bundled, else the user's); :class:`ReportError` if none."""
    if user_root is not None and (user_root / name / ENTRY).is_file() and not (
        (Path(root or templates_root()) / name / ENTRY).is_file()
    ):
        return get_template(name, user_root)
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
    if (folder / WORDING).is_dir():
        return _wording_files(folder / WORDING)
    path = folder / TRANSLATIONS
    data = _read_json(path, MAX_TRANSLATIONS_BYTES, missing=f"the template has no {WORDING}/ "
                      f"folder of wording files ({folder / WORDING})")
    if not isinstance(data, dict) or not data or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in data.items()
    ):
        raise ReportError(f"{path} must map language codes to objects of wording", "template")
    return data


def _wording_files(folder: Path) -> dict[str, dict[str, Any]]:
    """``wording/<language>.json`` files: one object of wording each."""
    files = sorted(p for p in folder.iterdir()
                   if WORDING_FILE.match(p.name) and p.is_file() and not p.is_symlink())
    if not files:
        raise ReportError(f"{folder} holds no wording file such as en.json", "template")
    if len(files) > MAX_WORDING_FILES:
        raise ReportError(f"{folder} holds more than {MAX_WORDING_FILES} wording files",
                          "template")
    words: dict[str, dict[str, Any]] = {}
    budget = MAX_TRANSLATIONS_BYTES
    for path in files:
        data = _read_json(path, budget, missing=f"{path} is missing")
        budget -= path.stat().st_size
        if not isinstance(data, dict):
            raise ReportError(f"{path} must hold one JSON object of wording", "template")
        words[path.name[: -len(".json")]] = data
    return words


def _read_json(path: Path, limit: int, missing: str) -> Any:
    try:
        if path.stat().st_size > limit:
            raise ReportError(f"{path}: the wording is larger than 1 MB", "template")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(missing, "template") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"cannot read {path}: {exc}", "template") from None


def words_for(info: TemplateInfo, lang: str, fallback: str = "en") -> dict[str, Any]:
    """The template's wording in ``lang``, entries it lacks taken from ``fallback`` and marked.

    ``fallback`` is the pack's default language; when the template has no
    wording in it either, English (else its first language) stands in.
    """
    words = load_translations(info.folder)
    base = next(code for code in (fallback, "en", *words) if code in words)
    if lang == base:
        return words[base]
    return fill_in(words.get(lang, {}), words[base], f" ({base})")


def fill_in(own: dict[str, Any], base: dict[str, Any], mark: str) -> dict[str, Any]:
    """``own`` completed from ``base``: every string taken from ``base`` ends with ``mark``."""
    merged: dict[str, Any] = {}
    for key, value in base.items():
        mine = own.get(key)
        if isinstance(value, dict):
            merged[key] = fill_in(mine if isinstance(mine, dict) else {}, value,
                                  "" if key in UNMARKED else mark)
        elif mine is not None:
            merged[key] = mine  # given, even empty (Korean puts no word before a page number)
        elif isinstance(value, str) and value and key not in UNMARKED:
            merged[key] = value + mark
        else:
            merged[key] = value
    merged.update({key: value for key, value in own.items() if key not in merged})
    return merged


def copy_template(source: TemplateInfo, target: Path, title: str | None = None) -> Path:
    """Copy ``source``'s folder to ``target`` (which must not exist); returns ``target``.

    Symbolic links are not followed or copied. The copy is written beside
    ``target`` and renamed into place, so a failure leaves nothing behind.
    ``title`` (e.g. the new template's name) replaces its title in every wording file.
    """
    if target.exists():
        raise ReportError(f"{target} already exists; choose another name or remove it",
                          "template")
    temp = target.with_name(f".{target.name}.part")
    shutil.rmtree(temp, ignore_errors=True)
    try:
        shutil.copytree(source.folder, temp, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for link in [p for p in temp.rglob("*") if p.is_symlink()]:
            link.unlink()
        if title:
            _retitle(temp, title)
        temp.rename(target)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise ReportError(f"cannot copy the template to {target}: {exc.strerror or exc}",
                          "template") from None
    return target


def _retitle(folder: Path, title: str) -> None:
    wording = folder / WORDING
    for path in sorted(wording.glob("*.json")) if wording.is_dir() else []:
        words = json.loads(path.read_text(encoding="utf-8"))
        words["template_title"] = title
        path.write_text(json.dumps(words, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
