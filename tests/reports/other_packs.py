"""A pack from another publisher (tests/fixtures/publisher-packs/cnil-fr) and its reports.

The pack is French first (its default language) and English, with sign-off
roles and no model inventory; one English label is missing on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pypdf import PdfReader

from app.core.answers.text import parse_answer_text
from app.services.workspace import Workspace

# not in fixtures/packs, which several test folders load as the built-in packs
CNIL_FR = Path(__file__).resolve().parents[1] / "fixtures" / "publisher-packs" / "cnil-fr"
PACK_ID = "fr.example.aipd-cnil"
# every letter French, Italian and Brazilian Portuguese need, in both cases
LATIN_LETTERS = "éèêëàâçôûùïîœæãõáíóúìò ÉÈÊËÀÂÇÔÛÙÏÎŒÆÃÕÁÍÓÚÌÒ « » ’ € "
ANSWERS: dict[str, str] = {
    "nom_traitement": "Gestion des dossiers patients",
    "finalites": "Suivi médical des patients et prise de rendez-vous. Lettres : " + LATIN_LETTERS,
    "pays_responsable": "fr",
    "base_legale": "interet_legitime",
    "categories": "identite,sante",
    "duree_conservation": "60",
    "destinataires": (
        '[{"destinataire": "Hébergeur Santé SAS", "pays": "fr", "donnees": "Dossiers médicaux",'
        ' "role": "sous_traitant"},'
        ' {"destinataire": "Rechenzentrum GmbH", "pays": "de", "donnees": "Sauvegardes",'
        ' "role": "sous_traitant"}]'
    ),
    "personnes_consultees": "Représentants des patients et comité d'éthique de la clinique.",
    "avis_dpo": "Avis favorable sous réserve du chiffrement des sauvegardes.",
    "validateur": "Marie Dupont, directrice générale",
    "decision": "valide_mesures",
}


def cnil_assessment(workspace: Workspace, answers: dict[str, str] | None = None) -> int:
    """Install the pack from its folder and answer it; returns the assessment id."""
    result = workspace.install_folder(CNIL_FR)
    assert result.ok, result.diagnostics
    record = workspace.new_assessment("Clinique Saint-Exemple", "AIPD dossiers patients",
                                      PACK_ID, language="fr")
    opened = workspace.open(record.id)
    for qid, text in (answers or ANSWERS).items():
        answer = parse_answer_text(opened.pack, opened.pack.questions[qid], text)
        workspace.save_answer(opened, qid, answer)
    return record.id


def pdf_words(path: Path) -> str:
    """The PDF's text as one line of words (line breaks do not split a phrase)."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def pack_texts(lang: str) -> list[str]:
    """Every text of the fixture pack in ``lang`` (``id`` for the ids, which the report shows)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == lang and isinstance(value, str):
                    found.append(" ".join(value.split()))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for path in sorted(CNIL_FR.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return found


def phrases(words: Any) -> set[str]:
    """The template wording's phrases of two words or more, placeholders cut off."""
    if isinstance(words, dict):
        return {p for value in words.values() for p in phrases(value)}
    if not isinstance(words, str):
        return set()
    parts = re.split(r"\{\w+\}", words)
    return {" ".join(part.split()) for part in parts if len(part.split()) >= 2}
