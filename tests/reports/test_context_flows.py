"""The report's context, models and data flows come only from the pack's declared roles.

A small pack written here declares a home country (a choice), a data-flow table
whose country is a choice of the same ids, and a table of recipients abroad
whose country is typed text, so every way of deciding "cross-border" is met.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.answers import Answer
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.session import Session
from app.reports import context_flows

WORDS = {"cross_border": "Cross-border"}
SYSTEM = "Ward assistant"

MANIFEST = """\
format: 1
id: org.example.flows
version: 1.0.0
title: {en: Flows}
description: {en: Report roles under test.}
publisher: {name: {en: Tests}}
languages: [en]
default_language: en
licence: CC0-1.0
published: 2026-12-01
modules: [about.yaml]
risk_matrix:
  likelihood: [{id: rare, label: {en: Rare}}, {id: often, label: {en: Often}}]
  severity: [{id: minor, label: {en: Minor}}, {id: major, label: {en: Major}}]
  levels: [{id: low, label: {en: Low}, colour: "#2e7d32"},
           {id: high, label: {en: High}, colour: "#c62828"}]
  grid: [[low, low], [low, high]]
"""
ROLES = """\
report:
  scope_module: about
  system_name: system_name
  model_inventory: models
  data_flows: {table: flows, source: source, system: system, recipient: recipient,
               country: country, data: data}
  transfers: {table: abroad, recipient: recipient, country: country, data: data,
              relationship: kind}
  home_country: home
"""
COUNTRIES = "[{id: kr, label: {en: Korea}}, {id: us, label: {en: United States}}]"
MODULE = f"""\
id: about
title: {{en: About}}
sections:
  - id: basics
    title: {{en: Basics}}
    questions:
      - {{id: system_name, type: short_text, label: {{en: Name}}}}
      - {{id: home, type: single_choice, label: {{en: Home}}, choices: {COUNTRIES}}}
      - id: models
        type: table
        label: {{en: Models}}
        columns:
          - {{id: name, type: short_text, label: {{en: Model}}}}
          - {{id: publisher, type: short_text, label: {{en: Publisher}}}}
      - id: flows
        type: table
        label: {{en: Flows}}
        columns:
          - {{id: source, type: single_choice, label: {{en: Source}},
              choices: [{{id: direct, label: {{en: From patients}}}},
                        {{id: public, label: {{en: Public sources}}}}]}}
          - {{id: data, type: multiple_choice, label: {{en: Data}},
              choices: [{{id: health, label: {{en: Health}}}},
                        {{id: contact, label: {{en: Contact}}}}]}}
          - {{id: system, type: short_text, label: {{en: System}}}}
          - id: country
            type: single_choice
            allow: [unknown]
            label: {{en: Country}}
            choices: [{{id: kr, label: {{en: Korea}}}}, {{id: us, label: {{en: United States}}}},
                      {{id: cn, label: {{en: China}}}}]
          - {{id: recipient, type: short_text, label: {{en: Recipient}}}}
      - id: abroad
        type: table
        label: {{en: Recipients abroad}}
        columns:
          - {{id: recipient, type: short_text, label: {{en: Recipient}}}}
          - {{id: country, type: short_text, label: {{en: Country}}}}
          - {{id: data, type: short_text, label: {{en: Data}}}}
          - {{id: kind, type: short_text, label: {{en: Kind}}}}
"""

FLOW_ROWS = [
    {"source": "direct", "data": ["health"], "system": "Ward server", "country": "kr"},
    {"source": "direct", "data": ["health", "contact"], "system": "Ward server",
     "country": "us", "recipient": "InferCloud"},
    {"source": "public", "data": ["contact"], "system": "GPU cluster", "country": "us"},
    {"source": "direct", "data": ["contact"], "country": "unknown", "recipient": "Mailer"},
]
ABROAD_ROWS = [
    {"recipient": "Backup GmbH", "country": "Germany", "data": "Backups", "kind": "Processor"},
    {"recipient": "Korea Records", "country": " KR ", "data": "Summaries"},
    {"recipient": "Somewhere", "data": "Logs"},
]


def write_pack(folder: Path, roles: str = ROLES) -> Pack:
    folder.mkdir()
    (folder / "pack.yaml").write_text(MANIFEST + roles, encoding="utf-8")
    (folder / "about.yaml").write_text(MODULE, encoding="utf-8")
    return require_pack(folder)


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    return write_pack(tmp_path / "flows")


def session_for(pack: Pack, **answers: Any) -> Session:
    defaults: dict[str, Any] = {
        "system_name": SYSTEM,
        "home": "kr",
        "models": [{"name": "Llama-3.1-8B", "publisher": "Meta"}],
        "flows": FLOW_ROWS,
        "abroad": ABROAD_ROWS,
    }
    defaults.update(answers)
    return Session(pack, {k: Answer(v) for k, v in defaults.items() if v is not None})


def flows_of(pack: Pack, session: Session) -> dict[str, Any]:
    return context_flows.flows(pack, session, "en", WORDS, SYSTEM)


def by_recipient(flows: dict[str, Any]) -> dict[str, bool]:
    return {row["recipient"]: row["cross_border"] for row in flows["rows"] if row["recipient"]}


def test_rows_are_cross_border_when_their_country_is_not_home(pack: Pack) -> None:
    flows = flows_of(pack, session_for(pack))
    assert [r["cross_border"] for r in flows["rows"][:4]] == [False, True, True, False]
    assert by_recipient(flows) == {
        "InferCloud": True,  # choice ids compared: us != kr
        "Mailer": False,  # country unknown: a data flow is not called cross-border
        "Backup GmbH": True,  # typed text that names no home choice
        "Korea Records": False,  # typed ' KR ' matches the home choice's id, ignoring case
        "Somewhere": True,  # a recipient abroad without a country stays abroad
    }
    assert flows["cross_border"] == 4


def test_the_diagram_marks_the_last_hop_of_cross_border_rows(pack: Pack) -> None:
    flows = flows_of(pack, session_for(pack))
    sources = [s["label"] for s in flows["sources"]]
    systems = [s["label"] for s in flows["systems"]]
    recipients = [r["label"] for r in flows["recipients"]]
    assert sources == ["From patients", "Public sources"]  # transfers add no sources
    assert flows["by_source"] and flows["sources"][0]["detail"] == "Health, Contact"
    assert systems == ["Ward server", "GPU cluster", SYSTEM]  # no system cell: the system's name
    edges = {
        (e["from"][0], e["from"][1], e["to"][0], e["to"][1]): e["cross_border"]
        for e in flows["edges"]
    }
    assert edges[("sources", 1, "systems", 1)] is True  # processed in the US, no recipient
    assert edges[("sources", 0, "systems", 0)] is False
    assert edges[("systems", 0, "recipients", recipients.index("InferCloud"))] is True
    assert edges[("systems", 2, "recipients", recipients.index("Backup GmbH"))] is True
    assert edges[("systems", 2, "recipients", recipients.index("Korea Records"))] is False
    gpu = flows["systems"][1]
    assert gpu["cross_border"] and gpu["detail"] == "Cross-border · United States"
    assert flows["systems"][2]["detail"] == "Llama-3.1-8B"
    backup = flows["recipients"][recipients.index("Backup GmbH")]
    assert backup["detail"] == "Cross-border · Germany · Processor"


def test_without_a_home_answer_only_the_transfers_are_abroad(pack: Pack) -> None:
    flows = flows_of(pack, session_for(pack, home=None))
    assert by_recipient(flows) == {
        "InferCloud": False, "Mailer": False,
        "Backup GmbH": True, "Korea Records": True, "Somewhere": True,
    }


def test_a_typed_country_is_compared_with_the_home_choice_labels(tmp_path: Path) -> None:
    roles = ROLES.replace("country: country, data: data}", "country: recipient, data: data}", 1)
    pack = write_pack(tmp_path / "text", roles)
    rows = [{"recipient": "United States"}, {"recipient": "korea"}, {"recipient": "Japan"}]
    flows = flows_of(pack, session_for(pack, flows=rows, abroad=None))
    assert by_recipient(flows) == {"United States": True, "korea": False, "Japan": True}


def test_only_transfers_show_their_data_as_sources(tmp_path: Path) -> None:
    start = ROLES.index("  data_flows:")
    roles = ROLES[:start] + ROLES[ROLES.index("  transfers:"):]
    pack = write_pack(tmp_path / "transfers", roles)
    flows = flows_of(pack, session_for(pack))
    assert [s["label"] for s in flows["sources"]] == ["Backups", "Summaries", "Logs"]
    assert flows["by_source"] is False and "detail" not in flows["sources"][0]
    assert [s["label"] for s in flows["systems"]] == [SYSTEM]


def test_scope_models_and_name_come_from_their_roles(pack: Pack) -> None:
    session = session_for(pack)
    scope = context_flows.scope(pack, session, "en", {})
    assert scope["covered"] and scope["title"] == "About"
    assert context_flows.system_name(session, "fallback") == SYSTEM
    models = context_flows.models(pack, session, "en")
    assert models["entries"] == [
        {"title": "Llama-3.1-8B", "fields": [{"label": "Publisher", "value": "Meta"}]}
    ]


def test_a_pack_without_roles_is_not_covered(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "bare", roles="")
    session = session_for(pack)
    assert context_flows.scope(pack, session, "en", {})["covered"] is False
    assert context_flows.models(pack, session, "en")["covered"] is False
    assert context_flows.system_name(session, "The AI system") == "The AI system"
    flows = flows_of(pack, session)
    assert flows["covered"] is False and flows["rows"] == [] and flows["cross_border"] == 0


def test_unanswered_tables_give_an_empty_diagram(pack: Pack) -> None:
    flows = flows_of(pack, session_for(pack, flows=None, abroad=None, models=None))
    assert flows["covered"] is True and flows["rows"] == [] and flows["edges"] == []
    assert flows["systems"] == [{"label": SYSTEM, "detail": "", "cross_border": False}]
