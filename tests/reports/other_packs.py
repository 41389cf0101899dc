"""A pack from another publisher (tests/fixtures/publisher-packs/cnil-fr) and its reports.

The pack is French first (its default language) and English, with sign-off
roles and no model inventory; one English label is missing on purpose.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from app.core.answers.text import parse_answer_text
from app.packs.bundle_build import build_bundle
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
        ' "role": "sous_traitant", "maturite_contrat": "n5"},'
        ' {"destinataire": "Rechenzentrum GmbH", "pays": "de", "donnees": "Sauvegardes",'
        ' "role": "sous_traitant", "maturite_contrat": "n1"}]'
    ),
    "chiffrement_niveau": "n1",
    "journalisation_niveau": "n3",
    "droit_acces": "yes",
    "droit_effacement": "partial",
    "personnes_consultees": "Représentants des patients et comité d'éthique de la clinique.",
    "avis_dpo": "Avis favorable sous réserve du chiffrement des sauvegardes.",
    "validateur": "Marie Dupont, directrice générale",
    "decision": "valide_mesures",
}


def install_signed(workspace: Workspace, folder: Path) -> None:
    """Sign the pack into a bundle with a test key, trust the key, install the bundle."""
    key = Ed25519PrivateKey.generate()
    bundle = build_bundle(CNIL_FR, folder / "aipd-cnil.aipack", key).bundle.path
    workspace.trust_key(key.public_key(), "Éditeur d'exemple")
    result = workspace.install_bundle(bundle)
    assert result.ok, result.diagnostics


def cnil_assessment(workspace: Workspace, answers: dict[str, str] | None = None, *,
                    installed: bool = False) -> int:
    """Install the pack from its folder (unless ``installed``) and answer it; the assessment id."""
    if not installed:
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
