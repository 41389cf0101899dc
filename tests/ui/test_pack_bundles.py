"""The desktop flows of signed packs: importing bundles (the explicit choice), trusted keys,
and upgrading an assessment to a newer pack version. Dialogs are monkeypatched, no sleeps."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.packs import signing
from app.packs.bundle_build import build_bundle
from app.ui.packs_dialog import PacksDialog
from tests.core.upgradetools import V1, V2, stored_v1
from tests.ui.helpers import click

PACK_ID = "org.aipia.test.upgrade"


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def answer_with(monkeypatch: pytest.MonkeyPatch, button_text: str | None) -> list[QMessageBox]:
    """Every QMessageBox.exec() clicks the button labelled ``button_text`` (None: Cancel)."""
    asked: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box)
        reject = QMessageBox.ButtonRole.RejectRole
        wanted = [b for b in box.buttons()
                  if (button_text is None and box.buttonRole(b) == reject)
                  or b.text() == button_text]
        assert wanted, [b.text() for b in box.buttons()]
        wanted[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def row_of(dialog: PacksDialog, version: str) -> list[str]:
    for r in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(r)
        if item.text(1) == PACK_ID and item.text(2) == version:
            return [item.text(c) for c in range(7)]
    raise AssertionError(f"{PACK_ID} {version} is not listed")


@pytest.fixture
def dialog(qtbot: Any, window: Any) -> PacksDialog:
    window.menu_actions.packs.trigger()
    assert isinstance(window.dialog, PacksDialog)
    return window.dialog


@pytest.fixture
def make_bundle(tmp_path: Path) -> Callable[..., Path]:
    def make(source: Path = V1, key: Ed25519PrivateKey | None = None, name: str = "v1") -> Path:
        return build_bundle(source, tmp_path / f"{name}.aipack", key).bundle.path

    return make


def test_an_unsigned_bundle_is_installed_only_after_the_explicit_choice(
    qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
    make_bundle: Callable[..., Path],
) -> None:
    choose_file(monkeypatch, make_bundle())
    asked = answer_with(monkeypatch, "Install as &unverified")
    click(qtbot, dialog.bundle_button)
    [question] = asked
    assert "v1.aipack is not signed: nobody vouches for its content." in question.text()
    assert "marked as unverified" in question.informativeText()
    assert [b.text() for b in question.buttons() if "Trust" in b.text()] == []
    assert dialog.outcome.text().startswith(f"Installed {PACK_ID} 1.0.0. It is marked unverified")
    assert row_of(dialog, "1.0.0")[5:] == ["Unsigned bundle", "Unverified"]
    tip = dialog.table.topLevelItem(1).toolTip(6)
    assert tip == "Not signed: no publisher vouches for this pack."


def test_cancelling_the_choice_installs_nothing(
    qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
    make_bundle: Callable[..., Path], window: Any,
) -> None:
    choose_file(monkeypatch, make_bundle())
    answer_with(monkeypatch, None)
    click(qtbot, dialog.bundle_button)
    assert dialog.outcome.text() == "v1.aipack was not installed."
    assert dialog.table.topLevelItemCount() == 1
    assert window.context.workspace.store.list_installed_packs() == []


def test_an_unknown_signer_is_shown_by_fingerprint_and_can_be_trusted(
    qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
    make_bundle: Callable[..., Path],
) -> None:
    key = Ed25519PrivateKey.generate()
    choose_file(monkeypatch, make_bundle(key=key))
    asked = answer_with(monkeypatch, "&Trust this key and install")
    click(qtbot, dialog.bundle_button)
    grouped = signing.group(signing.fingerprint(key.public_key()))
    assert "signed by a key you do not trust yet" in asked[0].text()
    assert grouped in asked[0].informativeText()
    assert row_of(dialog, "1.0.0")[5:] == ["Signed bundle", "Verified"]
    keys = [dialog.keys.list.topLevelItem(r).text(1)
            for r in range(dialog.keys.list.topLevelItemCount())]
    assert grouped in keys


def test_a_tampered_bundle_is_refused_with_the_reason(
    qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch,
    make_bundle: Callable[..., Path], tmp_path: Path,
) -> None:
    signed = make_bundle(key=Ed25519PrivateKey.generate())
    tampered = tmp_path / "tampered.aipack"
    with zipfile.ZipFile(signed) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info).replace(b"Basics", b"Basicz"))
    choose_file(monkeypatch, tampered)
    asked = answer_with(monkeypatch, "Install as &unverified")
    click(qtbot, dialog.bundle_button)
    assert asked == []
    assert "signature invalid: pack/main.yaml does not match" in dialog.outcome.text()
    assert dialog.table.topLevelItemCount() == 1


def test_trusted_keys_are_added_by_fingerprint_and_removed(
    qtbot: Any, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    key_file = tmp_path / "regulator.key"
    signing.generate_key_pair(key_file, "a long passphrase")
    pane = dialog.keys
    dialog.tabs.setCurrentWidget(pane)
    assert pane.list.topLevelItem(0).text(2) == "Built in"
    choose_file(monkeypatch, key_file.with_name("regulator.key.pub"))
    shown: list[str] = []

    def confirm(parent: Any, title: str, text: str, *args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    click(qtbot, pane.add_button)
    grouped = signing.group(signing.fingerprint(signing.load_public_key(
        key_file.with_name("regulator.key.pub"))))
    assert grouped in shown[0]
    assert pane.list.topLevelItemCount() == 2
    assert [pane.list.topLevelItem(1).text(c) for c in range(2)] == ["regulator", grouped]
    pane.list.setCurrentItem(pane.list.topLevelItem(0))
    click(qtbot, pane.remove_button)
    assert "built into AIPIA and cannot be removed" in pane.result.text()
    pane.list.setCurrentItem(pane.list.topLevelItem(1))
    click(qtbot, pane.remove_button)
    assert pane.list.topLevelItemCount() == 1
    assert pane.result.text() == "regulator is no longer trusted."


def test_upgrading_an_assessment_from_its_view(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, make_bundle: Callable[..., Path],
) -> None:
    workspace = window.context.workspace
    workspace.install_bundle(make_bundle(), allow_unverified=True)
    record = workspace.new_assessment("Hanbit Clinic", "Helper", PACK_ID)
    workspace.store.save_answers(record.id, stored_v1())
    workspace.install_bundle(make_bundle(V2, name="v2"), allow_unverified=True)
    assert window.open_assessment(record.id)
    view = window.assessment
    assert "unverified" in view.notice.text()
    assert "A newer version of this questionnaire pack is installed (2.0.0" in view.notice.text()
    assert not view.upgrade_button.isHidden()
    asked = answer_with(monkeypatch, "&Upgrade")
    click(qtbot, view.upgrade_button)
    text = asked[0].informativeText()
    assert "Questions: 1 added (lawful_basis)" in text
    assert "Answers archived (kept and shown, never deleted): " in text
    assert "backed up first" in text
    upgraded = window.assessment
    assert upgraded is not view and upgraded.controller.opened.record.pack_version == "2.0.0"
    assert "Questions to review after the pack upgrade: 4." in upgraded.notice.text()
    assert "Answers kept from earlier versions of the pack: 3." in upgraded.notice.text()
    assert upgraded.upgrade_button.isHidden() and not upgraded.archive_button.isHidden()
    page = upgraded.wizard.current_page()
    assert page.blocks["lawful_basis"].review.text().startswith("New in this version")
    assert not page.blocks["lawful_basis"].review.isHidden()
    assert page.blocks["system_name"].review.isHidden()
    click(qtbot, upgraded.archive_button)
    archived = upgraded.dialog
    assert archived.list.topLevelItemCount() == 3
    assert archived.list.topLevelItem(2).text(3) == "The publisher removed the question."
    archived.close()
    click(qtbot, upgraded.reviewed_button)
    assert page.blocks["lawful_basis"].review.isHidden()
    assert "to review" not in upgraded.notice.text()
    assert workspace.store.review_flags(record.id) == {}


def test_cancelling_the_upgrade_changes_nothing(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, make_bundle: Callable[..., Path],
) -> None:
    workspace = window.context.workspace
    workspace.install_bundle(make_bundle(), allow_unverified=True)
    record = workspace.new_assessment("Hanbit Clinic", "Helper", PACK_ID)
    workspace.install_bundle(make_bundle(V2, name="v2"), allow_unverified=True)
    window.open_assessment(record.id)
    view = window.assessment
    answer_with(monkeypatch, None)
    click(qtbot, view.upgrade_button)
    assert window.assessment is view
    assert workspace.store.get_assessment(record.id).pack_version == "1.0.0"


def test_the_report_dialog_offers_a_trusted_packs_own_template(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from app.ui.report_dialog import ReportDialog
    from tests.core.upgradetools import edited
    from tests.ui.report_fakes import use_fake_reporting

    use_fake_reporting(monkeypatch)
    pack = edited(V1, tmp_path / "templated", [])
    (pack / "report_template").mkdir()
    (pack / "report_template" / "report.html").write_text("<p>{{ pack.title }}</p>")
    (pack / "report_template" / "translations.json").write_text('{"en": {}, "ko": {}}')
    bundle = build_bundle(pack, tmp_path / "t.aipack", Ed25519PrivateKey.generate()).bundle.path
    workspace = window.context.workspace
    workspace.install_bundle(bundle, allow_unverified=True)
    record = workspace.new_assessment("Acme", "T", PACK_ID)

    def offered() -> list[str]:
        dialog = ReportDialog(window.context, record.id, window)
        qtbot.addWidget(dialog)
        return [dialog.template.itemData(i)[0] for i in range(dialog.template.count())]

    assert "pack" not in offered()
    workspace.install_bundle(bundle, trust_signer=True)
    assert offered()[-1] == "pack"
