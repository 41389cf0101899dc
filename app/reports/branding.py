"""The assessor's branding on reports: consultancy name, logo and accent colour.

Pure checks (no storage): the colour must be ``#RRGGBB``; the logo must be a
PNG, JPEG or GIF by its magic bytes (never SVG, which could reference other
files), under :data:`MAX_LOGO_BYTES`, and a PNG may not declare more than
:data:`MAX_LOGO_PIXELS` pixels. The logo reaches the template as a ``data:``
URL, the only kind of image the report fetcher takes from outside the template.
"""

from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass

from app.core.errors import UserError

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_PIXELS = 4096 * 4096
MAX_NAME_LENGTH = 200
DEFAULT_COLOUR = "#1d4e89"
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)


class BrandingError(UserError, ValueError):
    """A branding value that cannot be used; the message says what to give instead."""


@dataclass(frozen=True)
class Logo:
    data: bytes
    mime_type: str
    suffix: str

    def data_url(self) -> str:
        return f"data:{self.mime_type};base64,{base64.b64encode(self.data).decode('ascii')}"


def check_colour(value: str) -> str:
    """``#rrggbb`` in lower case; :class:`BrandingError` otherwise."""
    text = value.strip()
    if not COLOUR_PATTERN.match(text):
        raise BrandingError(f"'{value}' is not a colour: give it as #RRGGBB, e.g. #1d4e89")
    return text.lower()


def check_name(value: str) -> str:
    text = " ".join(value.split())
    if len(text) > MAX_NAME_LENGTH:
        raise BrandingError(f"the name is longer than {MAX_NAME_LENGTH} characters")
    return text


def check_logo(data: bytes, name: str = "the logo") -> Logo:
    """A logo image checked by content, not by file name."""
    if len(data) > MAX_LOGO_BYTES:
        raise BrandingError(f"{name} is larger than {MAX_LOGO_BYTES // 2**20} MB")
    for magic, mime, suffix in _MAGIC:
        if data.startswith(magic):
            if mime == "image/png":
                _check_png_size(data, name)
            return Logo(data, mime, suffix)
    raise BrandingError(f"{name} is not a PNG, JPEG or GIF image")


def _check_png_size(data: bytes, name: str) -> None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise BrandingError(f"{name} is not a valid PNG image")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0 or width * height > MAX_LOGO_PIXELS:
        raise BrandingError(f"{name} is {width} x {height} pixels; use a smaller image")
