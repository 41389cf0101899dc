"""The assessor's branding on reports: name, logo and accent colour, kept in the settings.

The checks are ``app.reports.branding`` (pure); here the values are stored, the
logo copied into the data folder, and read back for a report, with the logo as
a checked ``data:`` URL.
"""

from __future__ import annotations

from pathlib import Path

from app.reports import branding as brand
from app.services.base import WorkspaceBase
from app.services.events import Topic

LOGO_FOLDER = "branding"  # in the data folder: the copy of the logo
BRANDING_KEYS = {"name": "branding.name", "logo": "branding.logo", "colour": "branding.colour"}


def get_branding(workspace: WorkspaceBase) -> dict[str, str]:
    """The stored branding: ``name``, ``colour`` and ``logo`` (the copy in the data folder)."""
    stored = {field: workspace.store.get_setting(key, "") for field, key in BRANDING_KEYS.items()}
    return {field: value for field, value in stored.items() if isinstance(value, str) and value}


def set_branding(
    workspace: WorkspaceBase,
    *,
    name: str | None = None,
    logo: Path | None = None,
    colour: str | None = None,
) -> dict[str, str]:
    """Check and store the given values (an empty name or colour removes it).

    Raises:
        BrandingError: bad colour, a logo that is not a PNG/JPEG/GIF or too large.
    """
    updates: dict[str, str] = {}
    if name is not None:
        updates["name"] = brand.check_name(name)
    if colour is not None:
        updates["colour"] = brand.check_colour(colour) if colour.strip() else ""
    if logo is not None:
        updates["logo"] = _store_logo(workspace, logo)
    for field, value in updates.items():
        workspace.store.set_setting(BRANDING_KEYS[field], value)
    return get_branding(workspace)


def _store_logo(workspace: WorkspaceBase, source: Path) -> str:
    try:
        with source.open("rb") as handle:
            data = handle.read(brand.MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise brand.BrandingError(f"cannot read {source}: {exc.strerror or exc}") from None
    logo = brand.check_logo(data, str(source))
    folder = workspace.data_dir / LOGO_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / f"logo{logo.suffix}"
    temp = target.with_name(target.name + ".part")
    temp.write_bytes(logo.data)
    temp.replace(target)
    for old in folder.glob("logo.*"):
        if old != target and old.suffix != ".part":
            old.unlink()
    return str(target)


def _logo_file(workspace: WorkspaceBase, stored: str) -> Path | None:
    """The stored logo, only if it lies in the data folder's branding folder."""
    folder = (workspace.data_dir / LOGO_FOLDER).resolve()
    for candidate in (Path(stored), workspace.data_dir / stored, folder / Path(stored).name):
        path = candidate.resolve()
        if path.is_relative_to(folder) and path.is_file():
            return path
    return None


def branding_for_report(workspace: WorkspaceBase) -> dict[str, str]:
    """Branding as the template gets it: the logo as a checked ``data:`` URL ('' if none)."""
    stored = get_branding(workspace)
    colour = stored.get("colour", "")
    result = {
        "name": " ".join(stored.get("name", "").split())[: brand.MAX_NAME_LENGTH],
        "colour": colour.lower() if brand.COLOUR_PATTERN.match(colour) else brand.DEFAULT_COLOUR,
        "logo": "",
    }
    path = _logo_file(workspace, stored["logo"]) if stored.get("logo") else None
    if path is not None:
        try:
            with path.open("rb") as handle:
                result["logo"] = brand.check_logo(handle.read(brand.MAX_LOGO_BYTES + 1)).data_url()
        except (OSError, brand.BrandingError):
            pass  # a logo that went bad must not stop the report
    return result


class BrandingMixin(WorkspaceBase):
    def branding(self) -> dict[str, str]:
        """The stored ``name``, ``colour`` and ``logo`` (the copy in the data folder)."""
        return get_branding(self)

    def set_branding(self, *, name: str | None = None, logo: Path | None = None,
                     colour: str | None = None) -> dict[str, str]:
        """Check and store the given values (an empty name or colour removes it)."""
        stored = set_branding(self, name=name, logo=logo, colour=colour)
        self._changed(Topic.SETTINGS)
        return stored

    def remove_logo(self) -> None:
        self.store.set_setting(BRANDING_KEYS["logo"], "")
        self._changed(Topic.SETTINGS)
