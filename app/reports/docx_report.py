"""The Word report: the PDF's chapters, from the same template context, on Word styles.

:func:`write_docx` takes the context ``app.reports.context.build_context``
makes for the PDF (the same data, the template's own wording under ``t``),
so the two reports say the same things in the same order; a consultant can
then edit the Word file (headings, tables and lists are real Word styles, the
contents a TOC field). The PDF stays the record of an approved revision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.document import Document

from app.reports import docx_review as review
from app.reports.docx_parts import (
    bullets,
    facts,
    footer,
    heading,
    note,
    page_break,
    para,
    set_fonts,
    shade,
    table,
    table_of_contents,
)

Context = Mapping[str, Any]


def write_docx(context: Context, path: Path) -> None:
    """Write the report for ``context`` to ``path`` (the caller renames it into place)."""
    document = new_document()
    t = context["t"]
    set_fonts(document, str(context["lang"]))
    _properties(document, context)
    _cover(document, context)
    table_of_contents(document, t["toc"], t["workflow"]["toc_placeholder"])
    page_break(document)
    for chapter in (_summary, _scope, _heat_map, _register, _actions, _models, _flows,
                    _answers, _references, review.signoff, review.record, review.evidence,
                    review.verification, _rules, _archived, review.changes):
        chapter(document, context)
    footer(document, _footer_text(context), t["page"]["before"])
    document.save(str(path))


def _properties(document: Document, c: Context) -> None:
    props = document.core_properties
    props.title = f"{c['t']['doc_kind']} — {c['assessment']['title']}"[:250]
    props.subject = c["assessment"]["organisation"][:250]
    props.author = (c["branding"].get("name") or "AIPIA")[:250]
    props.keywords = f"SHA-256 {c['report']['fingerprint']}"
    props.comments = f"{c['pack']['id']} {c['pack']['version']} ({c['pack']['hash']})"
    props.language = str(c["lang"])


def _footer_text(c: Context) -> str:
    workflow, a = c.get("workflow"), c["assessment"]
    revision = f" · {workflow['revision']['label']}" if workflow else ""
    if workflow and not workflow["revision"]["approved"]:  # as the PDF's footer says it
        revision += f" ({c['t']['status'].get(a['status'], a['status'])})"
    return f"#{a['id']}{revision} · {a['organisation']}"


def _cover(document: Document, c: Context) -> None:
    t, a, pack = c["t"], c["assessment"], c["pack"]
    document.add_paragraph(t["doc_kind"], style="Subtitle")
    document.add_paragraph(a["title"], style="Title")
    para(document, t["doc_subtitle"])
    rows: list[tuple[str, object]] = [
        (t["cover"]["prepared_for"], a["organisation"]), (t["cover"]["system"], a["system"])]
    if c["branding"].get("name"):
        rows.append((t["cover"]["prepared_by"], c["branding"]["name"]))
    rows += [(t["cover"]["date"], c["report"]["generated"]),
             (t["cover"]["status"], t["status"].get(a["status"], a["status"]))]
    if c.get("workflow"):
        revision = c["workflow"]["revision"]
        rows.append((t["workflow"]["cover_revision"],
                     f"{revision['label']} — {revision['detail']}"))
    rows += [(t["cover"]["assessment"], f"#{a['id']} ({a['uuid']})"),
             (t["cover"]["questionnaire"], f"{pack['title']} — {pack['id']} {pack['version']}"),
             (t["cover"]["pack_hash"], pack["hash"]),
             (t["cover"]["fingerprint"], c["report"]["fingerprint"])]
    facts(document, rows)
    note(document, t["cover"]["confidential"])
    page_break(document)


def _position(pos: Mapping[str, Any] | None) -> str:
    if not pos:
        return "—"
    return f"{pos['level']['label']} ({pos['likelihood']} × {pos['severity']})"


def _summary(document: Document, c: Context) -> None:
    t, s = c["t"], c["summary"]
    heading(document, t["chapters"]["summary"], 1)
    overall = s["overall"]["label"] if s.get("overall") else t["summary"]["overall_none"]
    para(document, overall, bold_lead=f"{t['summary']['overall']}:")
    para(document, f"{s['raised']} {t['summary']['raised']} "
         f"({t['summary']['of_defined'].replace('{n}', str(s['defined']))})")
    grid = table(document, [t["summary"]["level"], t["summary"]["before"],
                            t["summary"]["current"], t["summary"]["target"]],
                 [[n["label"], n["inherent"], n["current"], n["target"]] for n in s["counts"]])
    for row, level in zip(grid.rows[1:], s["counts"], strict=True):
        shade(row.cells[0], level["colour"], level["ink"])
    heading(document, t["summary"]["completion"], 2)
    bullets(document, [f"{s['answered']} / {s['total']} {t['summary']['answered']}",
                       f"{s['unanswered']} {t['summary']['unanswered']}",
                       f"{s['unknown']} {t['summary']['unknown']}",
                       f"{s['not_applicable']} {t['summary']['not_applicable']}"])
    heading(document, t["summary"]["top"], 2)
    if not s["top"]:
        note(document, t["summary"]["no_top"])
    bullets(document, [f"{r['code']} {r['title']} — {r['level']['label']}" for r in s["top"]],
            numbered=True)


def _answer_text(q: Mapping[str, Any], t: Mapping[str, Any]) -> str:
    if q.get("table"):
        rows = q["table"]["rows"]
        return "; ".join(" | ".join(str(cell) for cell in row) for row in rows)
    if q["state"] == "answered":
        return str(q["text"])
    return str(t["answers"].get(q["state"], q["state"]))


def _question(document: Document, q: Mapping[str, Any], t: Mapping[str, Any]) -> None:
    para(document, bold_lead=q["label"])
    if q.get("table"):
        table(document, q["table"]["columns"], q["table"]["rows"])
    else:
        para(document, _answer_text(q, t))
    if q.get("note"):
        para(document, q["note"], bold_lead=f"{t['answers']['note']}:")


def _shown(c: Context, chapter: str) -> bool:
    """Chapters with nothing to show for this pack are left out, as in the PDF."""
    return bool(c.get("show", {}).get(chapter, True))


def _scope(document: Document, c: Context) -> None:
    t, scope = c["t"], c["scope"]
    if not _shown(c, "scope"):
        return
    heading(document, t["chapters"]["scope"], 1)
    para(document, t["scope"]["intro"])
    if scope.get("description"):
        para(document, scope["description"])
    for q in scope["questions"]:
        _question(document, q, t)


def _heat_map(document: Document, c: Context) -> None:
    t = c["t"]
    heading(document, t["chapters"]["heatmap"], 1)
    para(document, t["heatmap"]["intro"])
    grid = table(document, [t["heatmap"]["levels_legend"], ""],
                 [[lv["label"], lv["description"]] for lv in reversed(c["levels"])], (4, 12))
    for row, level in zip(grid.rows[1:], list(reversed(c["levels"])), strict=True):
        shade(row.cells[0], level["colour"], level["ink"])
    if c["risks"]:
        heading(document, t["heatmap"]["table"], 2)
        table(document, ["", t["heatmap"]["risk"], t["summary"]["before"],
                         t["summary"]["current"], t["summary"]["target"]],
              [[r["code"], r["title"], _position(r["inherent"]), _position(r["current"]),
                _position(r["target"])] for r in c["risks"]], (1.2, 6, 3.2, 3.2, 3.2))


def _sentence(parts: Sequence[Mapping[str, Any]]) -> str:
    return "".join(str(part["text"]) for part in parts)


def _register(document: Document, c: Context) -> None:
    t = c["t"]
    heading(document, t["chapters"]["register"], 1)
    para(document, t["register"]["intro"])
    if not c["risks"]:
        note(document, t["register"]["none"])
    for r in c["risks"]:
        heading(document, f"{r['code']} {r['title']}", 2)
        para(document, " → ".join(
            f"{label}: {_position(r[stage])}" for label, stage in (
                (t["register"]["inherent"], "inherent"), (t["register"]["current"], "current"),
                (t["register"]["target"], "target"))))
        para(document, r["description"])
        _judgement(document, r, t)
        heading(document, t["register"]["why"], 3)
        bullets(document, [_sentence(s) for s in r["reasons"]["why"]])
        for level in r["reasons"]["levels"]:
            para(document, _sentence(level["heading"]))
            bullets(document, [_sentence(s) for s in level["sentences"]])
        heading(document, t["register"]["todo"], 3)
        bullets(document, [f"{t['priority'][m['priority']]}: {m['title']} "
                           f"({t['plan_status'][m['status']]})" for m in r["measures"]])


def _judgement(document: Document, r: Mapping[str, Any], t: Mapping[str, Any]) -> None:
    words = t["register"]
    if r.get("rating"):
        para(document, r["rating"]["reason"], bold_lead=f"{words['assessor_rating']}:")
    if r.get("treatment"):
        choice = t["treatment"][r["treatment"]["choice"]]
        para(document, f"{choice} — {r['treatment']['reason']}", bold_lead=f"{words['treatment']}:")
    if r.get("acceptance"):
        accepted = r["acceptance"]
        para(document, words["accepted_by"].replace("{by}", accepted["by"]).replace(
            "{role}", accepted["role"]).replace("{date}", accepted["date"]),
            bold_lead=f"{words['acceptance']}:")


def _actions(document: Document, c: Context) -> None:
    t = c["t"]
    words = t["actions"]
    heading(document, t["chapters"]["actions"], 1)
    para(document, words["intro"])
    if not c["actions"]:
        note(document, words["none"])
    for group in c["actions"]:
        heading(document, f"{t['priority'][group['priority']]} — "
                          f"{t['priority_note'][group['priority']]}", 2)
        table(document, [words["measure"], words["treats"], words["owner"], words["due"],
                         words["status"]],
              [[m["title"], " ".join(m["risks"]), m["owner"] or "—", m["due"] or "—",
                t["plan_status"][m["status"]]] for m in group["measures"]], (6.5, 2.5, 3, 2, 2.5))
        for m in group["measures"]:
            heading(document, m["title"], 3)
            para(document, m["description"])
            bullets(document, m["steps"], numbered=True)
            if m.get("note"):
                note(document, m["note"])


def _models(document: Document, c: Context) -> None:
    t, models = c["t"], c["models"]
    if not _shown(c, "models"):
        return
    heading(document, t["chapters"]["models"], 1)
    para(document, t["models"]["intro"])
    for entry in models["entries"]:
        heading(document, entry["title"], 3)
        facts(document, [(f["label"], f["value"]) for f in entry["fields"]])
    for scan in models.get("scans", []):
        heading(document, f"{t['models']['scans_title']}: {scan['name']} ({scan['date']})", 3)
        table(document, [t["models"]["file"], "SHA-256"],
              [[f["path"], f["sha256"] or t["models"]["not_hashed"]] for f in scan["files"]])


def _flows(document: Document, c: Context) -> None:
    t, flows = c["t"], c["flows"]
    words = t["flows"]
    if not _shown(c, "flows"):
        return
    heading(document, t["chapters"]["flows"], 1)
    para(document, words["intro"])
    if not flows["rows"]:
        note(document, words["no_recipients"])
        return
    table(document, [words["table_data"], words["table_system"], words["table_recipient"],
                     words["table_country"], words["table_relationship"]],
          [[row["data"] or row["sources"], row["system"], row["recipient"] or "—",
            (row["country"] or "—") + (f" ({words['cross_border']})"
                                        if row["cross_border"] else ""),
            row["relationship"] or "—"] for row in flows["rows"]])


def _answers(document: Document, c: Context) -> None:
    t = c["t"]
    heading(document, t["chapters"]["answers"], 1)
    para(document, t["answers"]["intro"])
    for module in c["answers"]["modules"]:
        heading(document, module["title"], 2)
        for section in module["sections"]:
            heading(document, f"{section['title']} ({section['answered']} / "
                              f"{section['total']} {t['answers']['answered_of']})", 3)
            for q in section["questions"]:
                _question(document, q, t)
    if c["answers"]["hidden_sections"]:
        note(document, f"{t['answers']['hidden']} {', '.join(c['answers']['hidden_sections'])}")
    if c["answers"].get("sections_off"):
        heading(document, t["answers"]["off_title"], 3)
        for off in c["answers"]["sections_off"]:
            para(document, f"{off['title']}: {off['reason']} ({t['answers']['off_by']} "
                           f"{off['by']}, {t['answers']['off_on']} {off['on']})")


def _references(document: Document, c: Context) -> None:
    t = c["t"]
    heading(document, t["chapters"]["references"], 1)
    if not c["references"]:
        note(document, t["references"]["none"])
    for ref in c["references"]:
        parts = f" — {t['references']['cited']}: {'; '.join(ref['parts'])}" if ref["parts"] else ""
        para(document, f"{ref['title']}{', ' + ref['publisher'] if ref['publisher'] else ''}"
             f"{parts} {ref['url']}".strip(), bold_lead=f"[{ref['number']}]")


def _rules(document: Document, c: Context) -> None:
    t = c["t"]
    if not c["risks"]:
        return
    heading(document, t["chapters"]["rules"], 1)
    para(document, t["rules"]["intro"])
    for r in c["risks"]:
        heading(document, f"{r['code']} {r['title']} ({r['id']})", 3)
        para(document, r["rule"], bold_lead=f"{t['register']['rule']}:")
        for rule in r.get("level_rules", []):
            para(document, rule, bold_lead=f"{t['register']['level_rules']}:")
        bullets(document, [f"{e['label']}: {e['answer']} ({e['id']})" for e in r["evidence"]])


def _archived(document: Document, c: Context) -> None:
    t = c["t"]
    if not c["archived"]:
        return
    heading(document, t["chapters"]["archived"], 1)
    para(document, t["archived"]["intro"])
    for a in c["archived"]:
        para(document, a["answer"], bold_lead=f"{a['label']} ({a['id']}):")
        para(document, f"{t['archived']['reasons'][a['reason']]} — "
                       f"{t['archived']['given_under']} {a['version']}, "
                       f"{t['archived']['archived_on']} {a['archived']}")
