"""Evidence images are shown only when small PNG or JPEG files that Pillow decodes whole."""

from __future__ import annotations

import io

from PIL import Image

from app.reports.evidence_images import MAX_EMBED_BYTES, image_data_url


def encoded(kind: str, size: tuple[int, int] = (40, 30), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, 0).save(buffer, kind)
    return buffer.getvalue()


def test_a_small_png_and_jpeg_become_data_urls_of_their_own_bytes() -> None:
    png, jpeg = encoded("PNG"), encoded("JPEG")
    assert image_data_url(png) is not None
    assert str(image_data_url(png)).startswith("data:image/png;base64,")
    assert str(image_data_url(jpeg)).startswith("data:image/jpeg;base64,")


def test_what_is_not_a_whole_small_png_or_jpeg_is_only_listed() -> None:
    png = encoded("PNG", (200, 200))
    assert image_data_url(png[: len(png) // 2]) is None  # cut short: does not decode
    assert image_data_url(encoded("GIF")) is None  # a type the report does not show
    assert image_data_url(b"\x89PNG\r\n\x1a\n" + b"not really") is None
    assert image_data_url(b"%PDF-1.4") is None
    big = png + b"\0" * MAX_EMBED_BYTES
    assert image_data_url(big) is None


def test_a_tiny_file_that_would_decode_to_a_huge_image_is_refused() -> None:
    bomb = encoded("PNG", (5000, 5000), mode="1")  # 25 megapixels in a few KB
    assert len(bomb) < 64 * 1024
    assert image_data_url(bomb) is None
