"""Every supported language's letters print from the bundled fonts (no empty boxes).

Fontconfig is restricted to resources/fonts, so the result does not depend on
the fonts of the machine: Nanum Gothic for Korean and English, Noto Sans first
for French, Italian and Brazilian Portuguese (Nanum Gothic lacks ã õ ì ò).
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from app import paths
from app.reports.pdf import RenderProcess
from tests.reports.pdf_fonts import bundled_fonts_used

LETTERS = {
    "en": "The quick brown fox jumps over the lazy dog — “quoted” ‘text’ … 1,234.5 € £ → ×",
    "ko": "개인정보 영향평가 보고서 — 위험 목록, 조치 계획 「정보주체」 → × □",
    "fr": "Énergie, déjà, où, garçon, cœur, Œuvre, « guillemets », Ça, Ê, Ë, Ï, Î, Ô, Û, Ù, "
          "æ, Æ, 1\u202f234,5 €, l’été",
    "it": "Perché, città, là, più, così, però, È, À, Ì, Ò, Ù, «virgolette», l’attività",
    "pt-BR": "Proteção, ação, não, órgão, você, avô, à, Ã, Õ, Ç, É, Ê, Ó, Ô, Ú, Í, "
             "“aspas”, 1.234,5",
}


@pytest.fixture
def bundled_fonts_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><dir>{paths.fonts_dir()}</dir>"
                      f"<cachedir>{tmp_path / 'fontconfig-cache'}</cachedir></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))  # the render process inherits it


@pytest.mark.slow
@pytest.mark.usefixtures("bundled_fonts_only")
@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_each_language_prints_its_letters(lang: str, tmp_path: Path) -> None:
    template = paths.report_templates_dir() / "default"
    text = html.escape(LETTERS[lang] + " " + LETTERS[lang].upper())
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<link rel="stylesheet" href="report.css"></head><body class="lang-{lang}">'
            f"<h1>{text}</h1><p>{text}</p><p><b>{text}</b></p><code>{text}</code></body></html>")
    process = RenderProcess()
    try:
        outcome = process.render_pdf(page, template, [template, paths.fonts_dir()], [],
                                     tmp_path / f"{lang}.pdf")
    finally:
        process.close()
    assert outcome.denied == ()
    assert [w for w in outcome.warnings if "empty boxes" in w] == []
    used = bundled_fonts_used(tmp_path / f"{lang}.pdf")
    first = "NanumGothic.ttf" if lang in ("en", "ko") else "NotoSans-Regular.ttf"
    assert first in used, used
