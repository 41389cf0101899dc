"""The allow-list fetcher's policy: what a render may read (no WeasyPrint needed)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from app.reports.fetcher import FetchDenied, FetchPolicy


@pytest.fixture
def roots(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "template"
    fonts = tmp_path / "fonts"
    (template / "images").mkdir(parents=True)
    fonts.mkdir()
    (template / "report.css").write_text("p {}")
    (template / "images" / "a.svg").write_text("<svg/>")
    (fonts / "F.ttf").write_bytes(b"\0\1\0\0font")
    (tmp_path / "secret.txt").write_text("secret")
    return template, fonts


@pytest.fixture
def policy(roots: tuple[Path, Path]) -> FetchPolicy:
    return FetchPolicy.for_folders(roots)


def test_files_inside_the_allowed_folders_are_read(
    policy: FetchPolicy, roots: tuple[Path, Path]
) -> None:
    template, fonts = roots
    css = policy.fetch((template / "report.css").as_uri())
    assert (css.body, css.mime_type) == (b"p {}", "text/css")
    assert policy.fetch((template / "images" / "a.svg").as_uri()).mime_type == "image/svg+xml"
    assert policy.fetch((fonts / "F.ttf").as_uri()).mime_type == "font/ttf"
    assert policy.denied == []


def test_data_urls_are_decoded(policy: FetchPolicy) -> None:
    png = base64.b64encode(b"\x89PNG fake").decode()
    fetched = policy.fetch(f"data:image/png;base64,{png}")
    assert (fetched.body, fetched.mime_type) == (b"\x89PNG fake", "image/png")
    assert policy.fetch("data:,hello%20there").body == b"hello there"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "file://evil.example.com/share/x.png",
        "http://example.com/x.png",
        "https://example.com/a.css",
        "ftp://example.com/x",
        "javascript:alert(1)",
        "about:blank",
        "x-aipia:whatever",
    ],
)
def test_other_urls_are_refused(policy: FetchPolicy, url: str) -> None:
    with pytest.raises(FetchDenied):
        policy.fetch(url)
    assert policy.denied and policy.denied[0].startswith(url)


def test_dot_dot_and_escapes_are_refused(policy: FetchPolicy, roots: tuple[Path, Path]) -> None:
    template, _ = roots
    base = template.as_uri()
    for url in (
        f"{base}/../secret.txt",
        f"{base}/%2e%2e/secret.txt",
        f"{base}/images/%2E%2E/%2E%2E/secret.txt",
        f"{base}/..%2fsecret.txt",
    ):
        with pytest.raises(FetchDenied):
            policy.fetch(url)
    assert len(policy.denied) == 4


def test_symlinks_out_of_the_folder_are_refused(
    policy: FetchPolicy, roots: tuple[Path, Path]
) -> None:
    template, _ = roots
    (template / "link.txt").symlink_to(template.parent / "secret.txt")
    (template / "linked-dir").symlink_to(template.parent)
    for name in ("link.txt", "linked-dir/secret.txt"):
        with pytest.raises(FetchDenied, match="outside"):
            policy.fetch((template / name).as_uri())


def test_only_regular_files_of_limited_size(policy: FetchPolicy, roots: tuple[Path, Path]) -> None:
    template, _ = roots
    with pytest.raises(FetchDenied, match="regular file"):
        policy.fetch((template / "images").as_uri())
    if hasattr(os, "mkfifo"):
        os.mkfifo(template / "pipe")  # reading it would block the render for ever
        with pytest.raises(FetchDenied, match="regular file"):
            policy.fetch((template / "pipe").as_uri())
    with pytest.raises(FetchDenied, match="no such file"):
        policy.fetch((template / "missing.png").as_uri())
    small = FetchPolicy(policy.roots, max_bytes=3)
    with pytest.raises(FetchDenied, match="larger"):
        small.fetch((template / "report.css").as_uri())
    with pytest.raises(FetchDenied, match="too large"):
        small.fetch("data:,abcdef")


def test_folders_with_spaces_and_hangul(tmp_path: Path) -> None:
    folder = tmp_path / "보고서 양식 (copy)"
    folder.mkdir()
    (folder / "report.css").write_text("p {}")
    policy = FetchPolicy.for_folders([folder])
    assert policy.fetch((folder / "report.css").as_uri()).body == b"p {}"
    with pytest.raises(FetchDenied):
        policy.fetch((tmp_path / "보고서 양식 (copy)2" / "x.css").as_uri())


def test_the_apps_fonts_and_images_are_reachable_by_name(tmp_path: Path) -> None:
    """aipia-font:/aipia-image: work whatever folder the template is in (no file path)."""
    policy = FetchPolicy.for_folders([tmp_path])  # a template copied anywhere
    regular = policy.fetch("aipia-font:NanumGothic.ttf")
    assert regular.mime_type == "font/ttf" and regular.body[:4] == b"\0\1\0\0"
    assert policy.fetch("aipia-font:NotoSans-Bold").body == policy.fetch(
        "aipia-font:NotoSans-Bold.ttf").body  # the suffix may be left out
    assert policy.fetch("aipia-image:aipia.svg").mime_type == "image/svg+xml"
    for url in ("aipia-font:../keys/aipia-publisher.pem", "aipia-font:/etc/passwd",
                "aipia-font:%2e%2e%2fkeys%2faipia-publisher.pem", "aipia-font:",
                "aipia-font:NoSuchFont", "aipia-image:../fonts/NanumGothic.ttf",
                "aipia-anything:x"):
        with pytest.raises(FetchDenied):
            policy.fetch(url)
    assert len(policy.denied) == 7


def test_a_refused_path_says_how_to_name_a_font(policy: FetchPolicy, tmp_path: Path) -> None:
    with pytest.raises(FetchDenied, match=r'aipia-font:FILE, e.g. url\("aipia-font:'):
        policy.fetch((tmp_path / "secret.txt").as_uri())
