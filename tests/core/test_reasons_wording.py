"""The wording tables of reasons: complete, consistent, and one file per language."""

from __future__ import annotations

import dataclasses
import pkgutil
import re
from pathlib import Path

import pytest

from app.core.reasons import wording
from app.core.reasons.risk_text import explain_risk
from app.core.reasons.wording import Wording, wording_for
from app.core.risk_engine import assess_risks
from tests.core.test_reasons import demo, session

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TABLES = sorted(m.name for m in pkgutil.iter_modules(wording.__path__))
# Korean particles that change with the last sound of the word before them, right after a part
CHANGING_PARTICLE = re.compile(r"\}(은|는|이|가|을|를|과|와|로|으로|이라|라고)")


def entries(words: Wording) -> dict[str, str]:
    """Every template of a table, by field (and key or form)."""
    found: dict[str, str] = {}
    for field in dataclasses.fields(words):
        value = getattr(words, field.name)
        if isinstance(value, str):
            found[field.name] = value
        elif isinstance(value, dict):
            found |= {f"{field.name}[{k}]": v for k, v in value.items()}
        elif field.name not in ("months", "singular"):
            found |= {f"{field.name}[{i}]": v for i, v in enumerate(value)}
    return found


def test_every_supported_language_is_shipped() -> None:
    assert {"en", "ko", "fr", "it", "pt_BR"} <= set(TABLES)


@pytest.mark.parametrize(("code", "sentence"), [
    ("fr", "Vous avez répondu “Through a third-party inference host” à « Where does the model "
           "run? »."),
    ("it", "Avete risposto “Through a third-party inference host” alla domanda «Where does the "
           "model run?»."),
    ("pt-BR", "Você respondeu ‘Through a third-party inference host’ a “Where does the model "
              "run?”."),
])
def test_reasons_read_in_french_italian_and_portuguese(code: str, sentence: str) -> None:
    risk = next(r for r in assess_risks(session({"deployment_mode": "third_party_host"})).risks
                if r.risk.id == "host_sees_prompts")
    explained = explain_risk(demo(), risk, code)
    assert explained.notice is None  # a table of its own: no "in English" note
    assert [s.text for s in explained.why] == [sentence]


@pytest.mark.parametrize("code", TABLES)
def test_every_table_has_every_entry_with_the_same_placeholders(code: str) -> None:
    words, fallback = wording_for(code.replace("_", "-"))
    english = entries(wording_for("en")[0])
    mine = entries(words)
    assert not fallback and words.language == code.replace("_", "-")
    assert mine.keys() == english.keys()
    for key, template in mine.items():
        assert set(PLACEHOLDER.findall(template)) == set(PLACEHOLDER.findall(english[key])), key
        assert key in ("last_and", "comma", "thousands") or template.strip() or key == "shared", key
    assert len(words.months) == 12


def test_korean_puts_no_changing_particle_after_a_part() -> None:
    korean = entries(wording_for("ko")[0])
    wrong = {k: t for k, t in korean.items() if CHANGING_PARTICLE.search(t)}
    assert wrong == {}


def test_adding_a_language_is_adding_one_table_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "de.py").write_text(
        "import dataclasses\n"
        "from app.core.reasons.wording.en import WORDS as EN\n"
        "WORDS = dataclasses.replace(EN, language='de',\n"
        "    answered='Sie haben {answer} auf {question}{limit} geantwortet.')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(wording, "__path__", [*wording.__path__, str(tmp_path)])
    risk = next(r for r in assess_risks(session({"deployment_mode": "third_party_host"})).risks
                if r.risk.id == "host_sees_prompts")
    explained = explain_risk(demo(), risk, "de")
    assert explained.notice is None
    assert [s.text for s in explained.why] == [
        "Sie haben ‘Through a third-party inference host’ auf “Where does the model run?” "
        "geantwortet.",
    ]


@pytest.mark.parametrize("code", ["", "../en", "EN", "en.py", "x-y-z"])
def test_odd_language_codes_fall_back_to_english(code: str) -> None:
    words, fallback = wording_for(code)
    assert words.language == "en" and fallback
