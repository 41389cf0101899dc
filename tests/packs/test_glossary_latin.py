"""docs/glossary-fr-it-pt.md and the French, Italian and Portuguese interface and report.

Each row gives the one term a language uses for a concept: it must appear in
that language's interface translation or report wording, and no variant the
last column rejects may appear in either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest

from tests.conftest import REPO_ROOT

GLOSSARY = REPO_ROOT / "docs" / "glossary-fr-it-pt.md"
LANGUAGES = {"fr": ("aipia_fr.ts", "fr.json"), "it": ("aipia_it.ts", "it.json"),
             "pt-BR": ("aipia_pt_BR.ts", "pt-BR.json")}
ROW = re.compile(r"^\|(?! English \|)(?!---)(.+)\|\s*$")


@dataclass(frozen=True)
class Entry:
    english: str
    terms: dict[str, str]
    rejected: tuple[str, ...]


@cache
def entries() -> tuple[Entry, ...]:
    found = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        match = ROW.match(line)
        if match is None:
            continue
        cells = [cell.strip() for cell in match.group(1).split("|")]
        assert len(cells) == 5, line
        terms = dict(zip(LANGUAGES, cells[1:4], strict=True))
        found.append(Entry(cells[0], terms, tuple(re.findall(r"`([^`]+)`", cells[4]))))
    return tuple(found)


@cache
def wording(lang: str) -> str:
    """The language's interface translations and report wording, as one lower-case text."""
    ts_name, json_name = LANGUAGES[lang]
    ts = (REPO_ROOT / "resources" / "translations" / ts_name).read_text("utf-8")
    translations = " ".join(re.findall(r"<translation>(.*?)</translation>", ts, re.S))
    report = (REPO_ROOT / "report_templates" / "default" / "wording" / json_name).read_text(
        "utf-8")
    text = (translations + " " + report).replace("&amp;", "").replace("&apos;", "'")
    return text.replace("&", "").casefold()


def test_the_glossary_covers_the_terms_of_the_report() -> None:
    english = {e.english for e in entries()}
    assert {"likelihood", "severity", "risk register", "data protection officer (DPO)",
            "supervisory authority", "sign-off"} <= english
    assert len(entries()) >= 20


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.english)
def test_the_chosen_term_is_used(lang: str, entry: Entry) -> None:
    assert entry.terms[lang].casefold() in wording(lang), (lang, entry.terms[lang])


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_rejected_variant_is_used(lang: str) -> None:
    used = [v for e in entries() for v in e.rejected
            if re.search(r"(?<!\w)" + re.escape(v.casefold()) + r"(?!\w)", wording(lang))]
    assert used == []
