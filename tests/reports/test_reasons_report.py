"""The PDF's risk register says why in sentences; the rules are in an appendix for auditors."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from tests.reports.conftest import Rendered

pytestmark = pytest.mark.slow


def pages(rendered: Rendered) -> list[str]:
    """Each page's text, with line breaks and hyphenation undone."""
    reader = PdfReader(rendered.result.path)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def page_with(texts: list[str], needle: str) -> int:
    found = [i for i, text in enumerate(texts) if needle in text]
    assert found, needle
    return found[0]


def test_the_register_says_why_in_sentences_and_the_appendix_keeps_the_rules(
    report_en: Rendered,
) -> None:
    texts = pages(report_en)
    register = page_with(texts, "Each risk below says why it was raised")  # the chapter's intro
    appendix = page_with(texts[register + 1 :], "Appendix: rules behind each risk") + register + 1
    body = " ".join(texts[register:appendix])
    assert "You selected 4 options for “Which of these describe the processing?”" in body
    assert "1 of the 3 rows of “Which models does the system use?” matches" in body
    assert "clinic-notes-lora-v2" in body
    assert "Why the likelihood is ‘Almost certain’:" in body
    # the register shows no rule code; the appendix does, with the question ids
    assert "count(dpia_screening)" not in body and "any_row(" not in body
    rules = " ".join(texts[appendix:])
    assert "count(dpia_screening) >= 2" in rules
    assert "any_row(model_inventory, weight_format in ['pickle', 'unknown'])" in rules
    assert "dpia_screening" in rules and "model_inventory" in rules


def test_the_korean_register_reads_korean_sentences(report_ko: Rendered) -> None:
    text = " ".join(pages(report_ko))
    assert "“다음 중 해당하는 처리 특성을 모두 선택하십시오.”에서 4개 항목" in text
    assert "부록: 위험별 판단 규칙" in text
    assert "발생 가능성이 ‘거의 확실’인 이유:" in text
