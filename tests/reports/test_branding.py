"""Branding: checked colour and logo, stored in the settings, shown on reports."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.reports.branding import (
    MAX_LOGO_BYTES,
    BrandingError,
    check_colour,
    check_logo,
)
from app.services.branding import (
    BRANDING_KEYS,
    branding_for_report,
    get_branding,
    set_branding,
)
from app.services.workspace import Workspace


def image_bytes(kind: str, size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#0f766e").save(out, kind)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


@pytest.mark.parametrize("value", ["#1D4E89", "#000000", " #abcdef "])
def test_good_colours(value: str) -> None:
    assert check_colour(value) == value.strip().lower()


@pytest.mark.parametrize("value", ["blue", "#12345", "#1234567", "#ggg000", "red;}", "", "#fff"])
def test_bad_colours(value: str) -> None:
    with pytest.raises(BrandingError, match="#RRGGBB"):
        check_colour(value)


@pytest.mark.parametrize(("kind", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg"),
                                            ("GIF", "image/gif")])
def test_logo_types_by_magic_bytes(kind: str, mime: str) -> None:
    logo = check_logo(image_bytes(kind))
    assert logo.mime_type == mime
    assert logo.data_url().startswith(f"data:{mime};base64,")
    assert base64.b64decode(logo.data_url().split(",", 1)[1]) == logo.data


@pytest.mark.parametrize(
    "data",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        b"<html><img src=x></html>",
        b"just text",
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 10,
    ],
)
def test_non_images_are_refused(data: bytes) -> None:
    with pytest.raises(BrandingError):
        check_logo(data)


def test_too_large_logos_are_refused() -> None:
    with pytest.raises(BrandingError, match="larger than 2 MB"):
        check_logo(image_bytes("PNG")[:8] + b"\0" * MAX_LOGO_BYTES)
    with pytest.raises(BrandingError, match="pixels"):
        check_logo(png_header(100_000, 100_000))


def test_set_and_get_branding(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "logo.jpeg"
    source.write_bytes(image_bytes("JPEG"))
    stored = set_branding(workspace, name="  Hana   Privacy ", logo=source, colour="#0F766E")
    assert stored["name"] == "Hana Privacy" and stored["colour"] == "#0f766e"
    copy = Path(stored["logo"])
    assert copy.parent == workspace.data_dir / "branding"
    assert copy.read_bytes() == source.read_bytes()
    assert get_branding(workspace) == stored
    assert workspace.store.get_setting(BRANDING_KEYS["colour"]) == "#0f766e"
    for_report = branding_for_report(workspace)
    assert for_report["logo"].startswith("data:image/jpeg;base64,")

    png = tmp_path / "logo.png"
    png.write_bytes(image_bytes("PNG"))
    assert Path(set_branding(workspace, logo=png)["logo"]).name == "logo.png"
    assert not copy.exists()  # the old logo is replaced
    assert set_branding(workspace, colour="")["name"] == "Hana Privacy"
    assert "colour" not in get_branding(workspace)
    assert branding_for_report(workspace)["colour"] == "#1d4e89"


def test_bad_values_change_nothing(workspace: Workspace, tmp_path: Path) -> None:
    set_branding(workspace, colour="#123456")
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    with pytest.raises(BrandingError):
        set_branding(workspace, colour="#000000", logo=text)
    with pytest.raises(BrandingError):
        set_branding(workspace, colour="blue")
    assert get_branding(workspace) == {"colour": "#123456"}


def test_a_logo_that_went_bad_or_points_outside_is_left_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "logo.png"
    source.write_bytes(image_bytes("PNG"))
    stored = set_branding(workspace, logo=source)
    Path(stored["logo"]).write_text("<svg/>")
    assert branding_for_report(workspace)["logo"] == ""
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(image_bytes("PNG"))
    workspace.store.set_setting(BRANDING_KEYS["logo"], str(outside))
    workspace.store.set_setting(BRANDING_KEYS["colour"], "red;}</style>")
    branding = branding_for_report(workspace)
    assert branding["logo"] == "" and branding["colour"] == "#1d4e89"
