"""pack.yaml's ``report`` roles: valid roles load, each bad role is one located error.

Each bad case edits the ``report`` block of a copy of demo-small; the expected
``file:line:col`` is computed from the edited text itself (``where``). The
messages that docs/pack-format.md quotes for the same mistakes in its example
pack are checked against what the loader prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.loader import load_pack
from app.core.model import FlowRole, ReportRoles
from tests.conftest import REPO_ROOT
from tests.core.packtools import (
    PackFactory,
    assert_diag,
    load_clean,
    load_errors,
    make_pack,
    shown,
    where,
)
from tests.core.test_docs_pack_format import broken_copy, doc_text, write_example

PACK = "pack.yaml"
BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"
__all__ = ["make_pack"]  # the fixture, imported for pytest

FLOWS_BLOCK = "  data_flows:\n    table: transfers\n"


@dataclass(frozen=True)
class Case:
    """One edit of demo-small's pack.yaml, the text the error points at, and its words."""

    old: str
    new: str
    needle: str
    words: tuple[str, ...]


CASES: dict[str, Case] = {
    "unknown scope module": Case(
        "scope_module: context", "scope_module: contxt", "contxt",
        ("unknown module 'contxt'", "did you mean 'context'?"),
    ),
    "unknown system name question": Case(
        "system_name: system_name", "system_name: system_nam", "system_nam\n",
        ("unknown question 'system_nam'", "did you mean 'system_name'?"),
    ),
    "system name is not short text": Case(
        "system_name: system_name", "system_name: purpose", "purpose",
        ("'purpose' is a long_text question, but 'system_name' needs a short_text question",),
    ),
    "model inventory is not a table": Case(
        "model_inventory: model_inventory", "model_inventory: deployment_mode", "deployment_mode",
        ("'deployment_mode' is a single_choice question, but 'model_inventory' needs a table",),
    ),
    "unknown model inventory": Case(
        "model_inventory: model_inventory", "model_inventory: model_inventry", "model_inventry",
        ("unknown question 'model_inventry'", "did you mean 'model_inventory'?"),
    ),
    "unknown flow table": Case(
        "    table: transfers", "    table: transfer", "transfer\n",
        ("unknown question 'transfer'", "did you mean 'transfers'?"),
    ),
    "flow table is not a table": Case(
        "    table: transfers", "    table: host_region", "host_region",
        ("'host_region' is a short_text question, but 'table' needs a table question",),
    ),
    "unknown column": Case(
        "    recipient: recipient", "    recipient: recipiant", "recipiant",
        ("unknown column 'recipiant' in table 'transfers'", "did you mean 'recipient'?"),
    ),
    "unknown data column": Case(
        "    data: categories", "    data: category", "category",
        ("unknown column 'category' in table 'transfers'", "did you mean 'categories'?"),
    ),
    "country column of the wrong kind": Case(
        "    country: country", "    country: categories", "categories\n",
        ("'categories' is a multiple_choice column, but 'country' needs a single_choice or "
         "short_text column",),
    ),
    "unknown home country question": Case(
        "  model_inventory: model_inventory\n",
        "  model_inventory: model_inventory\n  home_country: host_regoin\n",
        "host_regoin",
        ("unknown question 'host_regoin'", "did you mean 'host_region'?"),
    ),
    "home country of the wrong kind": Case(
        "  model_inventory: model_inventory\n",
        "  model_inventory: model_inventory\n  home_country: affected_people\n",
        "affected_people",
        ("'affected_people' is a number question, but 'home_country' needs a single_choice or "
         "short_text question",),
    ),
    "transfers without data": Case(
        FLOWS_BLOCK + "    recipient: recipient\n    country: country\n    data: categories\n",
        "  transfers:\n    table: transfers\n    recipient: recipient\n    country: country\n",
        "table: transfers",
        ("missing required key 'data' in a transfers role",),
    ),
    "unknown key in a flow role": Case(
        "    relationship: relationship", "    relation: relationship", "relation:",
        ("unknown key 'relation' in a data_flows role", "did you mean 'relationship'?"),
    ),
    "unknown role": Case(
        "  scope_module: context", "  scope_modul: context", "scope_modul:",
        ("unknown key 'scope_modul' in a report block", "did you mean 'scope_module'?"),
    ),
    "not an id": Case(
        "system_name: system_name", "system_name: System-Name", "System-Name",
        ("'System-Name' is not a valid system_name", "ids use lower-case letters"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_bad_role_is_one_located_error(name: str, make_pack: PackFactory) -> None:
    case = CASES[name]
    folder = make_pack(PACK, case.old, case.new)
    result = load_errors(folder)
    assert len(result.errors) == 1, shown(result.errors)
    assert_diag(result, where(folder, PACK, case.needle), *case.words)


def test_demo_small_declares_its_roles() -> None:
    pack = load_clean(REPO_ROOT / "tests" / "fixtures" / "packs" / "demo-small").pack
    assert pack is not None
    roles = pack.manifest.report
    assert (roles.scope_module, roles.system_name, roles.model_inventory) == (
        "context", "system_name", "model_inventory",
    )
    assert roles.data_flows == FlowRole(
        table="transfers", recipient="recipient", country="country", data="categories",
        relationship="relationship",
    )
    assert roles.transfers is None and roles.home_country is None


def test_the_built_in_pack_declares_every_role() -> None:
    pack = load_clean(BUILT_IN).pack
    assert pack is not None
    roles = pack.manifest.report
    assert roles.scope_module == "context" and roles.home_country == "controller_country"
    assert roles.data_flows is not None and roles.data_flows.table == "data_flows"
    assert roles.transfers is not None and roles.transfers.table == "cross_border"


def test_roles_are_optional_and_frozen(make_pack: PackFactory) -> None:
    start = "\nreport:\n"
    text = (REPO_ROOT / "tests/fixtures/packs/demo-small" / PACK).read_text(encoding="utf-8")
    folder = make_pack(PACK, text[text.index(start):], "\n")
    pack = load_clean(folder).pack
    assert pack is not None and pack.manifest.report == ReportRoles()
    with pytest.raises(ValueError, match="frozen"):
        pack.manifest.report.system_name = "x"  # type: ignore[misc]


def test_the_example_pack_declares_roles(tmp_path: Path) -> None:
    pack = load_pack(write_example(tmp_path / "example")).pack
    assert pack is not None and pack.manifest.report.data_flows is not None


DOC_CASES: dict[str, list[tuple[str, str, str]]] = {
    "scope_module": [(PACK, "scope_module: service", "scope_module: servce")],
    "system_name": [(PACK, "system_name: chatbot_name", "system_name: purpose")],
    "role_key": [(PACK, "  system_name: chatbot_name", "  sytem_name: chatbot_name")],
    "model_inventory": [
        (PACK, "  system_name: chatbot_name\n",
         "  system_name: chatbot_name\n  model_inventory: vendor\n"),
    ],
    "table": [(PACK, "table: vendors", "table: vendor")],
    "column": [(PACK, "recipient: vendor", "recipient: vendr")],
    "country": [(PACK, "country: country", "country: contract_signed")],
    "home_country": [
        (PACK, "    data: data\n", "    data: data\n  home_country: monthly_users\n")
    ],
    "transfers": [(PACK, "  data_flows:", "  transfers:"), (PACK, "    data: data\n", "")],
}


@pytest.mark.parametrize("case", sorted(DOC_CASES))
def test_the_doc_quotes_what_the_loader_prints(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    broken_copy(tmp_path / "chatbot-pia", DOC_CASES[case])
    printed = [str(d) for d in load_pack(Path("chatbot-pia")).diagnostics]
    assert len(printed) == 1, printed
    assert printed[0] in doc_text(), f"docs/pack-format.md should quote: {printed[0]}"
