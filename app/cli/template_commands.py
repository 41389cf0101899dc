"""``aipia template``: report templates of your own, copied from the default."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import UserError
from app.paths import data_dir
from app.services.publishing import TEMPLATE_NAME, new_template, user_templates_root

PACK_TEMPLATE_FOLDER = "report_template"  # the folder a pack's own template lives in


@click.group("template")
def template_group() -> None:
    """Report templates: copy the default to change its look or wording."""


@template_group.command("new")
@click.argument("name")
@click.option("--into", "pack_folder", type=click.Path(file_okay=False, path_type=Path),
              help="A pack folder: the copy becomes its report_template/ folder.")
@click.option("--user", "for_user", is_flag=True,
              help="Your data folder: the copy is a template named NAME for every report.")
@click.option("--from", "source", default="default", show_default=True,
              help="The template to copy.")
@click.pass_context
def template_new(ctx: click.Context, name: str, pack_folder: Path | None, for_user: bool,
                 source: str) -> None:
    """Copy the default report template as NAME into a pack folder or your data folder.

    The copy renders exactly like the original until you change it: its
    stylesheet names the app's fonts as aipia-font:FILE, which works from any
    folder (docs/pack-authoring.md, "A report template of your own").
    """
    if (pack_folder is None) == (not for_user):
        raise UserError("give either --into PACK_FOLDER or --user")
    if not TEMPLATE_NAME.match(name):
        raise UserError(f"'{name[:64]}' is not a template name: lower-case letters, digits, "
                        "- and _, starting with a letter or digit")
    user_root = user_templates_root(data_dir((ctx.find_root().obj or {}).get("data_dir")))
    if pack_folder is not None:
        if not (pack_folder / "pack.yaml").is_file():
            raise UserError(f"{pack_folder} is not a pack folder (it has no pack.yaml)")
        target = pack_folder / PACK_TEMPLATE_FOLDER
        usage = ("a signed bundle of the pack carries it (aipia pack build); reports use it "
                 "with --template pack once its signer is trusted")
    else:
        user_root.mkdir(parents=True, exist_ok=True)
        target = user_root / name
        usage = f"use it with: aipia report ID --template {name}"
    copied = new_template(name, target, source=source, user_root=user_root)
    click.echo(f"Copied the '{source}' template to {copied}\n"
               f"Edit report.html, report.css and wording/<language>.json there; {usage}.")
