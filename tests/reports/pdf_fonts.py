"""Which bundled font files a PDF embeds, checked glyph by glyph (not by font name).

A font name says little: WeasyPrint 70 calls the bundled Nanum Gothic
``Nanum-Gothic``, and a copy installed on the system has the same name. What
matters is that each embedded font program is a subset of a file in
resources/fonts: the same PostScript name and, for every glyph it keeps, an
outline the bundled file has. Outlines are compared as a set, not glyph id by
glyph id: the subsetter keeps the ids of the glyphs the text asks for but
renumbers the parts of composite glyphs (the dotless i under "ì" moves from
2081 to 519 in Noto Sans). A system font, or another version of the same font,
fails that.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from app import paths


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    found: dict[int, DictionaryObject] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts or {}).values():
            font = ref.get_object()
            found[id(font)] = font
            for descendant in font.get("/DescendantFonts", []):
                found[id(descendant.get_object())] = descendant.get_object()
    return list(found.values())


def embedded_programs(path: Path) -> list[bytes]:
    """The font program of every font the PDF uses; fails if one is not embedded."""
    programs = []
    for font in _fonts(PdfReader(path)):
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant carries the descriptor
        descriptor = font["/FontDescriptor"].get_object()
        keys = [key for key in ("/FontFile", "/FontFile2", "/FontFile3") if key in descriptor]
        assert keys, f"{font.get('/BaseFont')} is not embedded"
        programs.append(descriptor[keys[0]].get_object().get_data())
    return programs


def outlines(font: TTFont) -> dict[int, tuple[object, ...]]:
    """Glyph id -> its outline (points, contour ends, flags) for every glyph with one."""
    glyf = font["glyf"]
    shapes = {}
    for gid, name in enumerate(font.getGlyphOrder()):
        glyph = glyf[name]
        if glyph.numberOfContours:
            coordinates, ends, flags = glyph.getCoordinates(glyf)
            shapes[gid] = (tuple(coordinates), tuple(ends), bytes(flags))
    return shapes


def postscript_name(font: TTFont) -> str:
    return str(font["name"].getDebugName(6))


@functools.cache
def bundled() -> dict[str, tuple[str, dict[int, tuple[object, ...]]]]:
    """File name -> (PostScript name, outlines) of every font in resources/fonts."""
    found = {}
    for path in sorted(paths.fonts_dir().glob("*.ttf")):
        font = TTFont(path)
        found[path.name] = (postscript_name(font), outlines(font))
    return found


def bundled_fonts_used(pdf: Path) -> set[str]:
    """The resources/fonts files the PDF embeds; fails if it embeds any other font."""
    used = set()
    for program in embedded_programs(pdf):
        subset = TTFont(io.BytesIO(program))
        name = postscript_name(subset)
        origin = next((file for file, (ps, _) in bundled().items() if ps == name), None)
        assert origin, f"{name} is not one of the bundled fonts {sorted(bundled())}"
        shapes, original = outlines(subset), set(bundled()[origin][1].values())
        assert shapes, name
        strange = sorted(gid for gid, shape in shapes.items() if shape not in original)
        assert not strange, f"{origin}: glyphs {strange} are not outlines of the bundled file"
        used.add(origin)
    return used
