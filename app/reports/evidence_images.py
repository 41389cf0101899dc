"""Small evidence images shown in the report: PNG or JPEG, decoded with Pillow first.

An attached file becomes an image in the report only when it is small
(:data:`MAX_EMBED_BYTES`), says it is a PNG or JPEG by its first bytes, and
Pillow decodes the whole of it as that format within :data:`MAX_PIXELS`.
Anything else is listed by name, size and SHA-256 only. The image reaches
the template as a ``data:`` URL of the original bytes.
"""

from __future__ import annotations

import base64
import io
import warnings

from PIL import Image

MAX_EMBED_BYTES = 1024 * 1024
MAX_PIXELS = 4096 * 4096
KINDS = {b"\x89PNG\r\n\x1a\n": ("PNG", "image/png"), b"\xff\xd8\xff": ("JPEG", "image/jpeg")}


def image_data_url(data: bytes) -> str | None:
    """A ``data:`` URL for a small PNG or JPEG that decodes cleanly, else None."""
    if len(data) > MAX_EMBED_BYTES:
        return None
    kind = next((k for magic, k in KINDS.items() if data.startswith(magic)), None)
    if kind is None or not _decodes(data, kind[0]):
        return None
    return f"data:{kind[1]};base64,{base64.b64encode(data).decode('ascii')}"


def _decodes(data: bytes, expected: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[expected]) as image:
                if image.width * image.height > MAX_PIXELS:
                    return False
                image.verify()
            with Image.open(io.BytesIO(data), formats=[expected]) as image:
                image.load()  # verify() skips the pixel data; decode it all
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombWarning,
            Image.DecompressionBombError):
        return False
    return True
