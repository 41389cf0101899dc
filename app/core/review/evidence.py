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

EVIDENCE_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "file_too_large": "{name} is {size}; a file may be at most {limit} (Preferences: "
        "evidence limits)",
        "assessment_full": "{name} ({size}) would bring this assessment's evidence to {total}; "
        "at most {limit} per assessment (Preferences: evidence limits)",
        "not_a_file": "{name} is {what}, not a file: attach the file itself",
        "unreadable": "cannot read {name}: {detail}",
        "changed": "{name} changed while it was being copied (another program is writing it?): "
        "close that program and attach it again; nothing was kept",
        "bad_name": "'{name}' cannot be an attachment's name: {why}",
        "unknown_target": "'{target}' is not a {kind} of this pack{hint}",
        "no_attachment": "assessment {id} has no attachment {attachment}",
        "not_viewable": "AIPIA does not open '{suffix}' files: they could run programs. Save a "
        "copy and open it with a program you choose",
        "damaged": "the stored copy of {name} does not match its SHA-256 any more (the data "
        "folder was changed); restore the data folder from a backup",
        "missing": "the stored copy of {name} is missing from {folder}",
        "bad_limit": "{what} must be a whole number of MB from 1 to {ceiling}",
    },
    "ko": {
        "file_too_large": "{name}의 크기는 {size}입니다. 파일 하나는 최대 {limit}까지 첨부할 수 "
        "있습니다 (환경설정: 증빙 한도)",
        "assessment_full": "{name}({size})을(를) 첨부하면 이 평가의 증빙이 {total}이(가) "
        "됩니다. 평가 하나에 최대 {limit}까지입니다 (환경설정: 증빙 한도)",
        "not_a_file": "{name}은(는) 파일이 아니라 {what}입니다. 파일 자체를 첨부하십시오",
        "unreadable": "{name}을(를) 읽을 수 없습니다: {detail}",
        "changed": "{name}이(가) 복사되는 동안 바뀌었습니다(다른 프로그램이 쓰는 중인가요?). "
        "그 프로그램을 닫고 다시 첨부하십시오. 아무것도 저장되지 않았습니다",
        "bad_name": "'{name}'은(는) 첨부 파일 이름이 될 수 없습니다: {why}",
        "unknown_target": "'{target}'은(는) 이 팩의 {kind}이(가) 아닙니다{hint}",
        "no_attachment": "평가 {id}에는 첨부 {attachment}이(가) 없습니다",
        "not_viewable": "AIPIA는 '{suffix}' 파일을 열지 않습니다(프로그램이 실행될 수 "
        "있습니다). 사본을 저장해 직접 고른 프로그램으로 여십시오",
        "damaged": "{name}의 저장된 사본이 SHA-256과 더 이상 일치하지 않습니다(데이터 폴더가 "
        "바뀌었습니다). 백업에서 데이터 폴더를 복원하십시오",
        "missing": "{name}의 저장된 사본이 {folder}에 없습니다",
        "bad_limit": "{what}은(는) 1부터 {ceiling}까지의 MB 단위 정수여야 합니다",
    },
}


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
