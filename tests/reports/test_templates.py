"""Every shipped template: complete wording in every language, renders HTML and a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.reports.errors import ReportError
from app.reports.sandbox import render_template
from app.reports.templates import get_template, list_templates, load_translations, words_for
from app.services.reporting import prepare_report, render_pdf
from app.services.workspace import Workspace
from tests.reports.test_context import context_for

SHIPPED = [t.name for t in list_templates()]


def test_the_default_template_is_shipped() -> None:
    assert "default" in SHIPPED
    info = get_template("default")
    assert set(info.languages) >= {"en", "ko"}


def keys(words: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for key, value in words.items():
        found.add(prefix + key)
        if isinstance(value, dict):
            found |= keys(value, f"{prefix}{key}.")
    return found


@pytest.mark.parametrize("name", SHIPPED)
def test_every_language_has_every_word(name: str) -> None:
    words = load_translations(get_template(name).folder)
    reference = keys(words["en"])
    for lang, table in words.items():
        assert keys(table) == reference, f"{name}/{lang}: {keys(table) ^ reference}"


@pytest.mark.parametrize("name", SHIPPED)
def test_the_template_is_self_contained(name: str) -> None:
    folder = get_template(name).folder
    css = "\n".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.css"))
    order = [css.find(f"\n{rule}") for rule in ("@font-face", ":root", "@page", "html {")]
    assert -1 not in order and order == sorted(order), "fonts -> variables -> @page -> styles"
    assert "http://" not in css and "https://" not in css
    assert "string-set" in css and "target-counter" in css and "counter(pages)" in css


@pytest.mark.parametrize("name", SHIPPED)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_template_fills_in(
    name: str, lang: str, workspace: Workspace, assessment_id: int
) -> None:
    info = get_template(name)
    context = context_for(workspace, assessment_id, lang)
    context["t"] = words_for(info, lang)
    html = render_template(info.folder, info.entry, context)
    assert f'<html lang="{lang}">' in html
    assert context["report"]["fingerprint"] in html


@pytest.mark.parametrize("name", SHIPPED)
def test_parts_with_nothing_to_show_are_left_out(
    name: str, workspace: Workspace, assessment_id: int
) -> None:
    info = get_template(name)
    context = context_for(workspace, assessment_id)
    context["t"] = words = words_for(info, "en")
    whole = render_template(info.folder, info.entry, context)
    context["show"] = {"scope": False, "models": False, "flows": False}
    html = render_template(info.folder, info.entry, context)
    for part in ("scope", "models", "flows"):
        assert f'id="ch-{part}"' in whole and f'id="ch-{part}"' not in html, part
        assert f'href="#ch-{part}"' not in html  # nor in the contents
        assert f"<h1>{words['chapters'][part]}</h1>" not in html
    assert 'class="flow"' not in html  # no empty diagram
    assert "This questionnaire has no" not in html  # nothing apologised for


@pytest.mark.slow
@pytest.mark.parametrize("name", SHIPPED)
def test_the_template_renders_a_pdf(
    name: str, workspace: Workspace, assessment_id: int, tmp_path: Path
) -> None:
    prepared = prepare_report(workspace, assessment_id, template=name, lang="ko")
    result = render_pdf(prepared, tmp_path / f"{name}.pdf")
    assert result.pages >= 2 and not result.warnings, result.warnings
    assert prepared.fingerprint in "".join(PdfReader(result.path).pages[-1].extract_text().split())


def test_unknown_or_malformed_template_names(tmp_path: Path) -> None:
    for name in ("nope", "../default", "Default", "a/b"):
        with pytest.raises(ReportError) as caught:
            get_template(name)
        assert caught.value.kind == "template"
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "report.html").write_text("x")
    (folder / "translations.json").write_text("[1, 2]")
    assert list_templates(tmp_path) == []
    with pytest.raises(ReportError, match="must map language codes"):
        get_template("broken", tmp_path)
    (folder / "wording").mkdir()
    (folder / "wording" / "en.json").write_text("[1, 2]")
    with pytest.raises(ReportError, match="must hold one JSON object"):
        get_template("broken", tmp_path)


def test_a_language_the_template_lacks_falls_back_visibly(tmp_path: Path) -> None:
    folder = tmp_path / "mini"
    (folder / "wording").mkdir(parents=True)
    (folder / "report.html").write_text("x")
    (folder / "wording" / "en.json").write_text(
        '{"toc": "Contents", "page": {"before": "Page"}, "chapters": {"register": "Risk register",'
        ' "summary": "Executive summary"}}')
    (folder / "wording" / "fr.json").write_text(
        '{"toc": "Sommaire", "page": {"before": ""}, "chapters": {"summary": "Synthèse"}}')
    info = get_template("mini", tmp_path)
    assert info.languages == ("en", "fr")
    french = words_for(info, "fr")
    assert french["toc"] == "Sommaire" and french["chapters"]["summary"] == "Synthèse"
    assert french["chapters"]["register"] == "Risk register (en)"  # marked, not silently English
    assert french["page"]["before"] == ""  # given empty on purpose: kept
    italian = words_for(info, "it")  # no file at all: every word in English, marked
    assert italian["toc"] == "Contents (en)" and italian["page"]["before"] == "Page"
    assert words_for(info, "it", fallback="fr")["toc"] == "Sommaire (fr)"


def test_template_titles_follow_the_language() -> None:
    from app.reports.templates import get_template

    default = get_template("default")
    assert default.title_in("en") == "Full impact-assessment report"
    assert default.title_in("ko") == "개인정보 영향평가 보고서(전체)"
    assert default.title_in("fr") == "Rapport complet d'analyse d'impact"
    assert default.title_in("de") == default.title  # no German wording: the English title


@pytest.mark.parametrize("name", SHIPPED)
def test_a_source_line_ends_with_one_full_stop(
    name: str, workspace: Workspace, assessment_id: int
) -> None:
    """A Korean date ends with its own full stop ("2025. 8. 6."): the line adds none."""
    info = get_template(name)
    context = context_for(workspace, assessment_id, "ko")
    context["t"] = words_for(info, "ko")
    first, second = context["references"][:2]
    first["edition"], second["edition"] = "2025. 8. 6.", "2016/679"
    html = render_template(info.folder, info.entry, context)
    assert "2025. 8. 6." in html and "2025. 8. 6.." not in html
    assert "2016/679." in html
