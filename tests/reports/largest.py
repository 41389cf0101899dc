"""The largest assessment the pack limits allow, as a pack folder and an export file.

Issue 12 item 4: "20 tables of 500 rows (the per-table limit) plus a 100 KB
text", and the same "with hostile texts copied into ~100 fields". Here, on top
of demo-small (whose model inventory and transfers tables are raised to 500
rows too, so the inventory cards and the data-flow table and diagram are big
as well):

* 20 table questions of six columns, each answered with 500 rows (the limit);
* one long text at the limit for a long text (200,000 characters);
* 100 short texts at their limit (2,000 characters), each with a hostile text:
  one unbreakable word, combining marks stacked on one letter, bidi
  overrides, emoji with skin tones and joiners, a script no bundled font has;
* a 20,000-character note (the limit for a note) on every fifth of them.

Used by tests/reports/test_large_reports.py and benchmarks/bench_report.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DEMO_SMALL = FIXTURES / "packs" / "demo-small"
ASSESSMENT_FILE = FIXTURES / "reports" / "demo-small-assessment.json"
PACK_ID = "org.aipia.test.largest"
TABLES = 20
ROWS = 500  # MAX_TABLE_ROWS
LONG_TEXT = 200_000  # the longest long_text a pack may allow
SHORT_TEXT = 2_000  # the longest short_text
HOSTILE_FIELDS = 100
NOTE = 20_000  # the longest note
HOSTILE_PIECES = (
    "x" * 600,  # no break opportunity at all
    "a" + "\u0301\u0302\u0303\u0308" * 60,  # combining marks stacked on one letter
    "\u202eevil right-to-left override\u202c \u2067isolate\u2069 ",
    "😀👍🏽❤️🚀👨\u200d👩\u200d👧🇰🇷 " * 8,
    "𓀀𓀁𓀂 \ue000\ue001 ",  # Egyptian hieroglyphs and private use: in no bundled font
    "한국어 텍스트와 English 가 섞인 문장. " * 6,
)
LONG_PARAGRAPH = (
    "Model outputs are reviewed by the clinical lead before release; prompts and completions "
    "are kept for 30 days. 모델 출력은 공개 전에 임상 책임자가 검토하며 프롬프트와 응답은 "
    "30일간 보관합니다. "
)


def hostile_text(index: int, length: int = SHORT_TEXT) -> str:
    """``length`` characters of the hostile pieces, in an order that varies with ``index``."""
    pieces = HOSTILE_PIECES[index % len(HOSTILE_PIECES):] + HOSTILE_PIECES
    text = ""
    while len(text) < length:
        text += "".join(pieces)
    return text[:length]


def _label(en: str, ko: str) -> dict[str, str]:
    return {"en": en, "ko": ko}


def _table(number: int) -> dict[str, Any]:
    columns = [
        {"id": "name", "type": "short_text", "max_length": SHORT_TEXT,
         "label": _label("Name", "이름")},
        {"id": "owner", "type": "short_text", "label": _label("Owner", "담당")},
        {"id": "purpose", "type": "short_text", "max_length": SHORT_TEXT,
         "label": _label("Purpose", "목적")},
        {"id": "checked", "type": "yes_no", "label": _label("Checked", "확인")},
        {"id": "records", "type": "number", "min": 0, "label": _label("Records", "건수")},
        {"id": "since", "type": "date", "label": _label("Since", "시작일")},
    ]
    return {"id": f"register_{number:02d}", "type": "table", "max_rows": ROWS,
            "label": _label(f"Processing register, part {number}", f"처리 대장 {number}부"),
            "columns": columns}


def _module() -> dict[str, Any]:
    hostile = [{"id": f"remark_{n:03d}", "type": "short_text", "max_length": SHORT_TEXT,
                "label": _label(f"Remark {n}", f"비고 {n}")} for n in range(HOSTILE_FIELDS)]
    long_text = {"id": "history", "type": "long_text", "max_length": LONG_TEXT,
                 "label": _label("History of the system", "시스템 연혁")}
    return {"id": "bulk", "title": _label("Registers", "대장"), "sections": [
        {"id": "registers", "title": _label("Processing registers", "처리 대장"),
         "questions": [_table(n) for n in range(1, TABLES + 1)]},
        {"id": "remarks", "title": _label("Remarks", "비고"), "questions": [long_text, *hostile]},
    ]}


def _rows(number: int, rows: int) -> list[dict[str, Any]]:
    return [{"name": f"Record set {number}-{row}: patient notes, ward {row % 40}",
             "owner": ["IT", "Clinic", "Vendor", "정보보호팀"][row % 4],
             "purpose": "Summaries of consultations for the patient record and follow-up letters",
             "checked": ["yes", "no"][row % 2], "records": row * 17,
             "since": f"2025-{row % 12 + 1:02d}-{row % 28 + 1:02d}"} for row in range(rows)]


def _demo_rows(rows: int) -> dict[str, list[dict[str, Any]]]:
    models = [{"name": f"model-{row}-8B-Instruct", "publisher": "Community mirror",
               "parameters_b": 8, "weight_format": "safetensors", "hash_verified": "yes"}
              for row in range(rows)]
    transfers = [{"recipient": f"Recipient {row % 60}", "country": ["US", "KR", "DE"][row % 3],
                  "relationship": "outsourcing", "categories": ["health", "identifiers"]}
                 for row in range(rows)]
    return {"model_inventory": models, "transfers": transfers}


def make_pack(folder: Path) -> Path:
    """demo-small with 500-row tables and the bulk module, as ``folder/largest``."""
    pack_dir = folder / "largest"
    shutil.copytree(DEMO_SMALL, pack_dir)
    for path in pack_dir.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("type: table\n", f"type: table\n        max_rows: {ROWS}\n"),
                        encoding="utf-8")
    (pack_dir / "bulk.yaml").write_text(json.dumps(_module(), ensure_ascii=False), "utf-8")
    manifest = (pack_dir / "pack.yaml").read_text(encoding="utf-8")
    manifest = manifest.replace("id: org.aipia.test.demo-small", f"id: {PACK_ID}")
    manifest = manifest.replace("  - data_flows.yaml\n", "  - data_flows.yaml\n  - bulk.yaml\n")
    (pack_dir / "pack.yaml").write_text(manifest, encoding="utf-8")
    return pack_dir


def make_export(
    folder: Path,
    pack_hash: str,
    language: str = "en",
    *,
    tables: int = TABLES,
    rows: int = ROWS,
    fields: int = HOSTILE_FIELDS,
    long_text: int = LONG_TEXT,
    note: int = NOTE,
) -> Path:
    """An export of the largest assessment (or, with smaller numbers, a large one) for the pack
    whose content hash is ``pack_hash``; a note at the limit on every fifth hostile field."""
    export = json.loads(ASSESSMENT_FILE.read_text(encoding="utf-8"))
    answers = export["answers"]
    for qid, value in _demo_rows(rows).items():
        answers[qid] = {"value": value}
    for number in range(1, tables + 1):
        answers[f"register_{number:02d}"] = {"value": _rows(number, rows)}
    answers["history"] = {"value": (LONG_PARAGRAPH * (long_text // len(LONG_PARAGRAPH) + 1))
                          [:long_text]}
    for n in range(fields):
        answers[f"remark_{n:03d}"] = {"value": hostile_text(n)}
        if n % 5 == 0:
            answers[f"remark_{n:03d}"]["note"] = hostile_text(n + 1, note)
    export["pack"] = {"id": PACK_ID, "version": "0.1.0", "hash": pack_hash}
    export["assessment"].update(uuid="1a26e57" + "0" * 25, language=language)
    path = folder / f"largest-{language}.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path
