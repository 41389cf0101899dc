"""The built-in pack's citation locators read in Korean where they have words.

A reference's ``section`` is shown after the source number in the report and
in the guidance pane, e.g. "[12, Risk mitigation: AI privacy red team]". A
locator that is only an article or control id ("Art. 35(7)", "LLM03", "A.5.1")
reads the same in every language; one with words must give a Korean text, and
that text must not leave English words for a Korean reader.

Crosswalk entries are not checked: the pack format keeps their ``section``
plain text (a control id such as "7.4.5"), so it has no Korean form to give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pytest
from pydantic import BaseModel

from app.core.loader import require_pack
from app.core.model.common import Reference
from app.core.pack import Pack
from tests.conftest import REPO_ROOT

BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"
LATIN_RUN = re.compile(r"[A-Za-z]{3,}")
# Words that belong to an article or annex number rather than to a sentence.
LOCATOR_WORDS = {"Art", "Annex", "Recital", "point"}
# What a Korean locator may keep in Latin letters: abbreviations a Korean
# reader knows as such, names of models, and the roman numerals of a section.
KOREAN_KEEPS = {"DPIA", "GDPR", "LLM", "RAG", "API", "ISO", "IEC", "NIST", "OWASP", "CPO",
                "FRIA", "AUP", "EDPB", "ICO", "CNIL", "PIPC", "Llama", "Gemma", "III"}


def english_words(locator: str) -> list[str]:
    """The English words of a locator: runs of 3+ letters that are not an upper-case id."""
    return [run for run in LATIN_RUN.findall(locator)
            if not run.isupper() and run not in LOCATOR_WORDS]


def left_in_english(korean: str) -> list[str]:
    """Latin-letter words of a Korean locator other than the abbreviations it may keep."""
    return [run for run in LATIN_RUN.findall(korean) if run not in KOREAN_KEEPS]


def references(node: object) -> Iterator[Reference]:
    """Every reference under a pack model: of questions, columns, risks and measures."""
    if isinstance(node, Reference):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from references(getattr(node, name))
    elif isinstance(node, tuple | list):
        for item in node:
            yield from references(item)


@cache
def built_in() -> Pack:
    return require_pack(BUILT_IN)


@cache
def worded_locators() -> tuple[Reference, ...]:
    pack = built_in()
    return tuple(ref for ref in references(pack.modules)
                 if english_words(pack.text(ref.section, "en")))


@pytest.mark.parametrize("locator", ["Art. 35(7)", "A.5.1", "LLM03", "MEASURE 2.7",
                                     "#AIPROGRAM", "§3.2", "Annex III point 5(b)",
                                     "Art. 3(3), 3(4), 53(2); Recital 109", "ML-BOM"])
def test_an_article_or_control_id_has_no_english_words(locator: str) -> None:
    assert english_words(locator) == []


@pytest.mark.parametrize(("locator", "words"), [
    ("Steps 5-7", ["Steps"]),
    ("Risk mitigation: AI privacy red team", ["Risk", "mitigation", "privacy", "red", "team"]),
    ("Art. 27(1)(b), FRIA elements", ["elements"]),
    ("2.9 Information Security", ["Information", "Security"]),
])
def test_a_locator_with_words_is_told_apart(locator: str, words: list[str]) -> None:
    assert english_words(locator) == words


def test_korean_keeps_only_known_abbreviations() -> None:
    assert left_in_english("부록 A: 배포 전 시험(AI 레드팀)") == []
    assert left_in_english("III.B.a, 기준 7 (취약한 정보주체)") == []
    assert left_in_english("4단계: 시스템 적용 및 관리 (RAG)") == []
    assert left_in_english("5~7단계 (Steps)") == ["Steps"]
    assert left_in_english("Governance: 내부 체계") == ["Governance"]


def test_the_built_in_pack_cites_many_worded_locators() -> None:
    """Guards the checks below from passing on an empty list."""
    assert len(list(references(built_in().modules))) > 500
    assert len(worded_locators()) > 200


def test_every_worded_locator_reads_in_korean() -> None:
    pack = built_in()
    english = sorted({f"{ref.source}: {pack.text(ref.section, 'en')}"
                      for ref in worded_locators() if pack.text(ref.section, "ko")
                      == pack.text(ref.section, "en")})
    assert english == [], f"{len(english)} locators have no Korean text, e.g. {english[:5]}"


def test_no_english_word_is_left_in_a_korean_locator() -> None:
    pack = built_in()
    left = sorted({f"{ref.source}: {pack.text(ref.section, 'ko')} {words}"
                   for ref in worded_locators()
                   if (words := left_in_english(pack.text(ref.section, "ko")))})
    assert left == [], f"{len(left)} Korean locators keep English words, e.g. {left[:5]}"


# the sources list: editions and publishers ---------------------------------------------------
# Names a Korean reader knows in Latin letters (publishers, products, document ids).
SOURCE_KEEPS = KOREAN_KEEPS | {"Llama", "Meta", "Google", "OpenAI", "CycloneDX", "KISA", "GPA",
                               "rev", "NIST AI"}


def test_every_worded_edition_and_publisher_of_a_source_reads_in_korean() -> None:
    """The report's list of sources and the guidance pane show both: "PIPC. Edition:
    December 2024" must read "개인정보보호위원회. 판: 2024년 12월" in a Korean report."""
    pack = built_in()
    worded = [(key, field, getattr(source, field))
              for key, source in pack.manifest.sources.items()
              for field in ("edition", "publisher")
              if english_words(pack.text(getattr(source, field), "en"))
              and pack.text(getattr(source, field), "en") not in SOURCE_KEEPS]
    assert len(worded) > 30  # the check below runs on the pack's many worded entries
    untranslated = [f"{key}.{field}: {pack.text(value, 'ko')}" for key, field, value in worded
                    if [w for w in LATIN_RUN.findall(pack.text(value, "ko"))
                        if w not in SOURCE_KEEPS]]
    assert untranslated == [], untranslated
