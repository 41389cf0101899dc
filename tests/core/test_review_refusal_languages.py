"""A refused review step, attachment or exchange file is said in every interface language."""

from __future__ import annotations

import re
import stat

import pytest

from app.core import envelope
from app.core.envelope_wording import ENVELOPE_MESSAGES
from app.core.regular_files import kind_of
from app.core.review import EvidenceError, ReviewError
from app.core.review.evidence import display_name, limit_bytes
from app.core.review.evidence_wording import EVIDENCE_MESSAGES
from app.core.review.wording import ADVICE, MESSAGES, STATUS_WORDS, VALUE_WORDS
from app.core.review.workflow import checked_text, plan_move

LANGUAGES = ("en", "ko", "fr", "it", "pt-BR")
OTHERS = LANGUAGES[1:]
TABLES = {"review": MESSAGES, "evidence": EVIDENCE_MESSAGES, "envelope": ENVELOPE_MESSAGES}


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("lang", OTHERS)
def test_every_refusal_has_a_text_with_the_same_placeholders(table: str, lang: str) -> None:
    messages = TABLES[table]
    assert set(messages[lang]) == set(messages["en"])
    for code, english in messages["en"].items():
        assert placeholders(messages[lang][code]) == placeholders(english), (lang, code)
        assert messages[lang][code] != english, (lang, code)
    assert set(STATUS_WORDS[lang]) == set(STATUS_WORDS["en"])
    assert set(ADVICE[lang]) == set(ADVICE["en"])
    assert set(VALUE_WORDS[lang]) == set(VALUE_WORDS["ko"])


def bad_names() -> list[str]:
    return ["", "a/b.txt", "tab\there.txt", "x" * 200 + ".txt"]


@pytest.mark.parametrize("lang", OTHERS)
def test_the_reasons_given_in_english_words_are_translated(lang: str) -> None:
    """What a refused name, path or limit is called comes out in the reader's words."""
    refusals: list[EvidenceError | ReviewError] = []
    for name in bad_names():
        with pytest.raises(EvidenceError) as caught:
            display_name(name)
        refusals.append(caught.value)
    modes = (stat.S_IFDIR, stat.S_IFLNK, stat.S_IFIFO, stat.S_IFCHR, stat.S_IFSOCK)
    refusals += [EvidenceError("not_a_file", "file", name="x", what=str(kind_of(mode)))
                 for mode in modes]
    for what in ("comment", "opinion", "reason", "note"):
        with pytest.raises(ReviewError) as refused:
            checked_text("  ", what)
        refusals.append(refused.value)
    with pytest.raises(EvidenceError) as limit:
        limit_bytes(0, "the limit per file", 45 * 1024 * 1024)
    refusals.append(limit.value)
    for refusal in refusals:
        shown = refusal.text(lang)
        for key in ("why", "what"):
            if key in refusal.params:
                assert VALUE_WORDS[lang][refusal.params[key]] in shown, (lang, shown)


def test_a_french_review_refusal_is_all_french() -> None:
    with pytest.raises(ReviewError) as caught:
        plan_move("approved", "in_review")
    assert caught.value.text("fr") == ("une analyse à l'état « validée » ne peut pas passer à "
                                       "l'état « en relecture » : remettez-la en brouillon pour "
                                       "ouvrir une nouvelle version")
    assert str(caught.value).startswith("an assessment that is approved cannot become in review")
    with pytest.raises(ReviewError) as empty:
        checked_text("", "note")
    assert empty.value.text("it") == "manca la nota"
    assert empty.value.text("pt-BR") == "falta a nota"


def test_an_evidence_refusal_in_italian_and_portuguese() -> None:
    with pytest.raises(EvidenceError) as caught:
        display_name("../../x")
    assert caught.value.text("it") == ("'../../x' non può essere il nome di un allegato: "
                                       "contiene un separatore di cartelle")
    assert caught.value.text("pt-BR") == ("'../../x' não pode ser o nome de um anexo: contém um "
                                          "separador de pastas")
    assert caught.value.text("ko") == "'../../x'은(는) 첨부 파일 이름이 될 수 없습니다: 폴더 " \
        "구분자가 들어 있습니다"


def test_a_wrong_passphrase_is_said_in_every_language() -> None:
    sealed = envelope.seal(b"client data", "the right passphrase")
    with pytest.raises(envelope.EnvelopeError) as caught:
        envelope.open_sealed(sealed, "a wrong passphrase")
    error = caught.value
    assert str(error) == error.text("en")
    assert "passphrase is wrong" in str(error)
    assert error.text("fr").startswith("il ne peut pas être déchiffré : la phrase de passe est "
                                       "fausse")
    assert error.text("ko").startswith("복호화할 수 없습니다: 암호문이 틀렸거나")
    assert "passphrase è sbagliata" in error.text("it")
    assert "frase secreta está errada" in error.text("pt-BR")
    with pytest.raises(envelope.EnvelopeError) as short:
        envelope.seal(b"x", "short")
    assert short.value.text("pt-BR").startswith("a frase secreta é curta demais: use pelo "
                                                "menos 8 caracteres")
