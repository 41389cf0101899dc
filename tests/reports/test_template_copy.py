"""``aipia template new``: a copy of the default template, in a pack or the user's folder.

The default template names the app's fonts as ``aipia-font:FILE`` rather than
by a path relative to the app, so a copy renders exactly like the original
(issue 15: a copy used to lose its fonts, "outside the template and font folders").
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from app import paths
from app.cli import cli
from app.reports.templates import get_template, list_templates, template_at, user_templates_root
from app.services.reporting import prepare_report, render_pdf
from app.services.workspace import Workspace
from tests.reports.other_packs import pdf_words

DEMO_SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "demo-small"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), prog_name="aipia")


def test_new_copies_into_the_user_folder(isolated_data_dir: Path) -> None:
    result = run("--data-dir", str(isolated_data_dir), "template", "new", "clinic", "--user")
    assert result.exit_code == 0, result.output
    folder = user_templates_root(isolated_data_dir) / "clinic"
    assert str(folder) in result.output and "--template clinic" in result.output
    original = get_template("default").folder
    for name in ("report.html", "report.css", "images/cover.svg"):
        assert (folder / name).read_bytes() == (original / name).read_bytes(), name
    copied, shipped = (json.loads((f / "wording" / "fr.json").read_text("utf-8"))
                       for f in (folder, original))
    assert copied == {**shipped, "template_title": "clinic"}  # only its title differs
    info = get_template("clinic", user_root=user_templates_root(isolated_data_dir))
    assert info.folder == folder.resolve() and info.title_in("ko") == "clinic"
    assert {"en", "ko", "fr", "it", "pt-BR"} <= set(info.languages)
    listed = [t.name for t in list_templates(user_root=user_templates_root(isolated_data_dir))]
    assert listed == ["clinic", "default"]
    again = run("--data-dir", str(isolated_data_dir), "template", "new", "clinic", "--user")
    assert again.exit_code == 1 and "already exists" in again.output
    assert "Traceback" not in again.output


def test_new_copies_into_a_pack_folder(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(DEMO_SMALL, pack)
    result = run("template", "new", "clinic", "--into", str(pack))
    assert result.exit_code == 0, result.output
    assert template_at(pack / "report_template", "pack").languages[:2] == ("en", "fr")
    for args, message in (
        (("template", "new", "clinic"), "give either --into PACK_FOLDER or --user"),
        (("template", "new", "clinic", "--into", str(tmp_path)), "is not a pack folder"),
        (("template", "new", "Bad Name", "--user"), "is not a template name"),
        (("template", "new", "x", "--user", "--from", "nope"), "no report template 'nope'"),
    ):
        failed = run("--data-dir", str(tmp_path / "data"), *args)
        assert failed.exit_code != 0 and message in failed.output, failed.output


@pytest.mark.slow
def test_the_copy_renders_like_the_original(
    workspace: Workspace, assessment_id: int, tmp_path: Path
) -> None:
    assert run("--data-dir", str(workspace.data_dir), "template", "new", "copy",
               "--user").exit_code == 0
    rendered = {}
    for name in ("default", "copy"):
        prepared = prepare_report(workspace, assessment_id, template=name, lang="ko")
        result = render_pdf(prepared, tmp_path / f"{name}.pdf")
        assert not [w for w in result.warnings if "refused" in w], result.warnings
        words = re.sub(r"\b[0-9a-f]{64}\b", "HASH", pdf_words(result.path))
        words = re.sub(r"\b\d{4}-\d{2}-\d{2}\b", "DATE", words)  # the two may straddle midnight
        rendered[name] = (result.pages, words.replace("copy · ko", "default · ko"))
    assert rendered["copy"] == rendered["default"]
    assert "위험 목록" in rendered["copy"][1]


def test_the_shipped_template_names_fonts_not_paths() -> None:
    css = (paths.report_templates_dir() / "default" / "report.css").read_text("utf-8")
    assert "../" not in css and "resources/fonts" not in css
    assert css.count('url("aipia-font:') == 5
