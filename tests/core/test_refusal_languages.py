"""A refused judgement is said in every interface language, with the same placeholders."""

from __future__ import annotations

import re

import pytest

from app.core.model import LangText
from app.core.treatment.errors import AXIS_WORDS, MESSAGES, WHO_WORDS, JudgementError

LANGUAGES = ("en", "ko", "fr", "it", "pt-BR")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_refusal_has_the_same_placeholders_in_every_language(lang: str) -> None:
    assert set(MESSAGES[lang]) == set(MESSAGES["en"])
    for code, english in MESSAGES["en"].items():
        # no placeholder the English lacks (Korean leaves the treatment's id out)
        assert set(re.findall(r"\{\w+\}", MESSAGES[lang][code])) <= set(
            re.findall(r"\{\w+\}", english)), (lang, code)
    assert set(AXIS_WORDS[lang]) == set(AXIS_WORDS["en"])
    assert set(WHO_WORDS[lang]) == set(WHO_WORDS["en"])


def test_a_french_refusal_is_all_french() -> None:
    error = JudgementError("unknown_step", "severity", value="huge", axis="severity",
                           steps="minimal, severe", hint="")
    assert error.text("fr") == ("« huge » n'est pas un niveau de gravité de la matrice ; les "
                                "niveaux sont : minimal, severe")
    assert JudgementError("name_empty", "by", what="accepts").text("it") == (
        "indicate chi ha accettato il rischio")
    refused = JudgementError("not_acceptable", "role", level=LangText({"en": "High"}),
                             notice=LangText({"en": "Reduce it.", "pt-BR": "Reduza-o."}))
    assert refused.text("pt-BR") == ("um risco residual High não pode ser aceito pela política "
                                     "do questionário: Reduza-o.")
