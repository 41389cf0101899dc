"""Evidence files: the rules for their names, sizes and opening (pure).

Files are kept by content (SHA-256) inside the data folder; the name a user
sees is only a label, never a path. Limits per file and per assessment are
settings with these defaults; the per-assessment ceiling keeps every
assessment's exchange file inside the zip limits of SECURITY.md (50 MB in
all). Only file types a viewer shows (documents, images, text) are ever
handed to the system to open; anything else can be saved as a copy.
"""

from __future__ import annotations

import re
import unicodedata

from app.core.review.errors import ReviewError
from app.core.review.evidence_wording import EVIDENCE_MESSAGES

MB = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 10 * MB
DEFAULT_MAX_ASSESSMENT_BYTES = 40 * MB
CEILING_ASSESSMENT_BYTES = 45 * MB  # leaves room for the JSON in a 50 MB exchange file
MAX_NAME_CHARS = 120
MAX_NOTE_CHARS = 2000
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Shown by a viewer, never run: documents without macros, images, plain text.
VIEWABLE_SUFFIXES = frozenset((
    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".txt", ".csv", ".md",
    ".log", ".json", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".doc", ".xls",
    ".ppt", ".eml", ".msg"))

class EvidenceError(ReviewError):
    """An attachment that cannot be kept, found, opened or trusted; nothing was changed."""

    messages = EVIDENCE_MESSAGES


def size_text(size: int) -> str:
    """``532 bytes``, ``12.4 KB``, ``3.1 MB``, ``2.0 GB``."""
    if size < 1024:
        return f"{size} bytes"
    for unit, scale in (("KB", 1024), ("MB", MB), ("GB", 1024 * MB)):
        if size < scale * 1024 or unit == "GB":
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"  # pragma: no cover - the loop always returns


def display_name(raw: str) -> str:
    """The label of an attachment: a file name, never a path; refused with the reason."""
    name = unicodedata.normalize("NFC", raw).strip()
    shown = name[:80]
    if not name or name in (".", ".."):
        raise EvidenceError("bad_name", "name", name=shown, why="it is empty")
    if "/" in name or "\\" in name:
        raise EvidenceError("bad_name", "name", name=shown,
                            why="it contains a folder separator")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise EvidenceError("bad_name", "name", name=shown.encode("unicode_escape").decode(),
                            why="it contains control characters")
    if len(name) > MAX_NAME_CHARS:
        raise EvidenceError("bad_name", "name", name=shown,
                            why=f"it is longer than {MAX_NAME_CHARS} characters")
    return name


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def viewable(name: str) -> bool:
    """A type a viewer shows without running anything (checked before opening)."""
    return suffix_of(name) in VIEWABLE_SUFFIXES


def limit_bytes(megabytes: object, what: str, ceiling: int) -> int:
    """A size limit from a setting in MB (a whole number from 1 to ``ceiling`` bytes / MB)."""
    top = ceiling // MB
    if isinstance(megabytes, bool) or not isinstance(megabytes, int) or not 1 <= megabytes <= top:
        raise EvidenceError("bad_limit", "limit", what=what, ceiling=str(top))
    return megabytes * MB
