"""A French pack from another publisher gets a French and an English report (issue 15).

Written from docs/pack-format.md alone (tests/fixtures/publisher-packs/cnil-fr), rendered
with the default template, no copy of it: the French report has no English
heading and no wording about open-weight models, and its sign-off page carries
the answers to the questions the pack names as sign-off roles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import paths
from app.reports import context_flows
from app.services.reporting import RenderResult, prepare_report, render_pdf
from app.services.workspace import Workspace
from tests.reports.conftest import builtin_packs
from tests.reports.other_packs import (
    ANSWERS,
    cnil_assessment,
    install_signed,
    pack_texts,
    pdf_words,
    phrases,
)

WORDING = paths.report_templates_dir() / "default" / "wording"


@dataclass(frozen=True)
class Report:
    html: str
    result: RenderResult
    words: str  # the PDF's text, one space between words

    def has(self, phrase: str) -> bool:
        """Whether the PDF shows ``phrase``, whatever its case (some labels are in capitals)."""
        pattern = r"(?<!\w)" + re.escape(phrase.casefold()) + r"(?!\w)"
        return re.search(pattern, self.words.casefold()) is not None


def _render(base: Path, lang: str) -> Report:
    config = base / "fonts.conf"  # fontconfig sees only the bundled fonts
    config.write_text(f"<?xml version='1.0'?><fontconfig><dir>{paths.fonts_dir()}</dir>"
                      f"<cachedir>{base / 'fontconfig-cache'}</cachedir></fontconfig>")
    with pytest.MonkeyPatch.context() as patch:
        packs = builtin_packs(base / "packs")
        patch.setattr(paths, "questionnaires_dir", lambda: packs)
        patch.setenv("FONTCONFIG_FILE", str(config))
        with Workspace(base / "data") as ws:
            install_signed(ws, base)
            prepared = prepare_report(ws, cnil_assessment(ws, installed=True), lang=lang)
        result = render_pdf(prepared, base / f"cnil-{lang}.pdf")
    return Report(prepared.html, result, pdf_words(result.path))


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    yield _render(tmp_path_factory.mktemp("cnil-fr"), "fr")


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Report]:
    yield _render(tmp_path_factory.mktemp("cnil-en"), "en")


def wording(lang: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((WORDING / f"{lang}.json").read_text("utf-8"))
    return loaded


@pytest.mark.slow
def test_the_french_report_is_french_throughout(french: Report) -> None:
    fr = wording("fr")
    assert french.result.pages >= 8
    for heading in ("Synthèse", "Cartographie des risques", "Registre des risques",
                    "Plan d'action", "Flux de données", "Validation", "Vraisemblance",
                    "Analyse d'impact relative à la protection des données (AIPD)",
                    "Méthode PIA de la CNIL", "Traitement évalué", "Gestion des dossiers patients"):
        assert french.has(heading), heading
    english = phrases(wording("en")) - phrases(fr)
    shown = sorted(p for p in english if french.has(p))
    assert shown == [], "English template wording in the French report"
    # question ids (e.g. "decision") are printed beside each answer, in every language
    pack_english = {t for t in set(pack_texts("en")) - set(pack_texts("fr"))
                    if t.casefold() not in pack_texts("id")}
    assert sorted(t for t in pack_english if french.has(t)) == []
    assert "(en)" not in french.words  # nothing fell back to another language
    assert '<html lang="fr">' in french.html


@pytest.mark.slow
def test_no_wording_about_the_built_in_content(french: Report, english: Report) -> None:
    for report in (french, english):
        for phrase in ("open-weight", "오픈 웨이트", "AI system", "model inventory",
                       "Inventaire des modèles", "Model inventory", "no model",
                       "questionnaire has no"):
            assert not report.has(phrase), phrase
        assert 'id="ch-models"' not in report.html  # no inventory role: no chapter, no apology


@pytest.mark.slow
def test_the_sign_off_page_prints_the_answers_of_its_roles(french: Report) -> None:
    words = french.words.casefold()
    signoff = words[words.rindex("avis du délégué à la protection des données (dpo)"):]
    signoff = signoff[: signoff.index("à propos de ce rapport")]
    for qid in ("avis_dpo", "personnes_consultees", "validateur"):
        assert ANSWERS[qid].casefold() in signoff, qid
    assert "mise en œuvre après les mesures prévues" in signoff  # the decision's choice
    assert "personnes consultées" in signoff and "validé par" in signoff
    assert "□" not in signoff  # the pack's decision replaces the empty boxes


@pytest.mark.slow
def test_the_english_report_marks_what_the_pack_lacks_in_english(english: Report) -> None:
    en = phrases(wording("en"))
    for heading in ("Executive summary", "Risk register", "Data flows", "Sign-off",
                    "Data protection impact assessment (DPIA)", "Processing assessed"):
        assert english.has(heading), heading
    french_only = phrases(wording("fr")) - en
    assert sorted(p for p in french_only if english.has(p)) == []
    # the one label the pack gives in French only: shown in French, marked
    label = "Quelle est la durée de conservation des données ? (fr)"
    assert label in english.words  # in the answers, the reasons and the evidence
    assert english.words.count("(fr)") == english.words.count(label) >= 2


@pytest.mark.slow
def test_the_signed_bundle_is_verified_in_the_report(french: Report) -> None:
    assert french.has("Signé par un éditeur de confiance, clé")
    assert not french.has("non vérifié")


@pytest.mark.slow
def test_the_score_table_prints_each_declared_score(french: Report, english: Report) -> None:
    """Scores from the answers: security maturity (1*2 + 3) / 3, rights (1 + 0.5) / 2, rows."""
    table = french.html[french.html.index('<table class="scores">'):]
    table = table[: table.index("</table>")]
    rows = {row.split('"')[0]: row for row in table.split('<tr class="score-')[1:]}
    assert list(rows) == ["maturite_securite", "conformite_rgpd", "maturite_sous_traitants"]
    assert ">1.7<" in rows["maturite_securite"] and "width: 33%" in rows["maturite_securite"]
    assert ">0.75<" in rows["conformite_rgpd"] and "width: 75%" in rows["conformite_rgpd"]
    assert ">3.0<" in rows["maturite_sous_traitants"]
    for heading in ("Scores", "Maturité des mesures de sécurité", "Conformité RGPD"):
        assert french.has(heading), heading
    for heading in ("Scores", "Maturity of the security measures", "GDPR compliance",
                    "Out of"):
        assert english.has(heading), heading
    assert 'href="#ch-scores"' in french.html  # listed in the contents


@pytest.mark.slow
def test_help_prints_its_markdown_subset(french: Report) -> None:
    start = french.html.index("Voir l&#x27;<b>article 15</b> du RGPD")
    block = french.html[start: french.html.index("</div>", start)]
    assert "<i>gratuitement</i>" in block
    assert "<ul><li>une copie de ses données ;</li><li>la liste des destinataires.</li></ul>" \
        in block
    assert '<a href="https://www.cnil.fr/fr/le-droit-dacces">droit d&#x27;accès</a>' in block
    assert "&lt;b&gt;pas de HTML&lt;/b&gt;" in block  # raw HTML stays text
    assert french.has("Voir l'article 15 du RGPD")


@pytest.mark.slow
def test_french_letters_print_from_the_bundled_fonts(french: Report) -> None:
    boxes = [w for w in french.result.warnings if "print as empty boxes" in w]
    assert boxes == []
    assert ANSWERS["finalites"].split("Lettres : ")[1].split()[0] in french.words


@pytest.mark.slow
def test_cross_border_flows_follow_the_controller_country(french: Report) -> None:
    table = french.html[french.html.index('<table class="flows">'):]
    table = table[: table.index("</table>")]
    rows = table.split("<tr")[2:]
    [german] = [row for row in rows if "Rechenzentrum GmbH" in row]
    [local] = [row for row in rows if "Hébergeur Santé SAS" in row]
    assert 'class="abroad"' in german and "Transfrontalier" in german
    assert 'class="abroad"' not in local


def test_a_us_controller_sees_its_eu_processor_as_cross_border(workspace: Workspace) -> None:
    """The app judges against the controller's country from the answers, never a fixed one."""
    answers = {**ANSWERS, "pays_responsable": "us", "destinataires": (
        '[{"destinataire": "EU processor", "pays": "de", "role": "sous_traitant"},'
        ' {"destinataire": "US processor", "pays": "us", "role": "sous_traitant"},'
        ' {"destinataire": "Unknown place", "role": "tiers"}]')}
    opened = workspace.open(cnil_assessment(workspace, answers))
    rows = {row.recipient: row for row in
            context_flows.flow_rows(opened.pack, opened.session, "en", "System")}
    assert rows["EU processor"].cross_border and rows["EU processor"].country == "Germany"
    assert not rows["US processor"].cross_border
    assert not rows["Unknown place"].cross_border  # no country given: not judged
    graph = context_flows.flows(opened.pack, opened.session, "en", {"cross_border": "abroad"},
                                "System")
    marked = {node["label"] for node in graph["recipients"] if node["cross_border"]}
    assert marked == {"EU processor"}  # the diagram marks the same hop
