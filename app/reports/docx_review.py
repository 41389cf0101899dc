"""The Word report's sign-off, review record, evidence, verification and changes chapters.

The same data as the PDF's (``context["workflow"]``, see
``app.reports.context_workflow``); evidence images are those the context
already checked by decoding them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docx.document import Document

from app.reports.docx_parts import bullets, facts, heading, note, para, picture, table

Context = Mapping[str, Any]
BOX = "☐"


def signoff(document: Document, c: Context) -> None:
    """The form to sign by hand, as in the PDF."""
    t = c["t"]
    words = t["signoff"]
    heading(document, t["chapters"]["signoff"], 1)
    para(document, words["intro"])
    for role in (words["assessor"], words["dpo"]):
        heading(document, role, 3)
        table(document, [words["name"], words["role"], words["date"], words["signature"]],
              [["", c["branding"].get("name", "") if role == words["assessor"] else "", "", ""]])
    heading(document, words["decision"], 3)
    for choice in ("decision_accept", "decision_measures", "decision_consult"):
        para(document, f"{BOX} {words[choice]}")
    table(document, [words["name"], words["date"], words["review"]], [["", "", ""]])


def record(document: Document, c: Context) -> None:
    """Who reviewed and approved the assessment, with the opinions, verdicts and trail."""
    workflow = c.get("workflow")
    if not workflow:
        return
    t = c["t"]
    words = t["workflow"]
    heading(document, t["chapters"]["review"], 1)
    para(document, words["intro"])
    _approval(document, workflow["revision"], words)
    heading(document, words["opinions"], 2)
    for kind in ("dpo", "data_subjects"):
        _opinion(document, words[kind], workflow["opinions"][kind], words)
    heading(document, words["verdicts"], 2)
    table(document, [words["section"], words["verdict"], words["comment"]],
          [[s["title"], words["verdict_names"][s["verdict"]],
            s["comment"] + (f" ({s['by']}, {s['at']})" if s["by"] else "")]
           for s in workflow["sections"]], (5.5, 3, 8))
    if workflow["comments"]:
        heading(document, words["comments"], 2)
        bullets(document, [f"{x['section'] or words['whole']}: {x['body']} ({x['by']}, {x['at']})"
                           for x in workflow["comments"]])
    heading(document, words["trail"], 2)
    if not workflow["trail"]:
        note(document, words["no_trail"])
    else:
        table(document, [words["when"], words["step"], words["who"], words["comment"]],
              [[e["at"], _step(e, words), e["by"], e["comment"]] for e in workflow["trail"]],
              (3.5, 3.5, 3, 6.5))
    if workflow["revisions"]:
        heading(document, words["revisions"], 2)
        table(document, [words["cover_revision"], words["approved_by"], words["approved_at"],
                         "SHA-256"],
              [[r["number"], r["approved_by"], r["approved_at"], r["hash"]]
               for r in workflow["revisions"]], (2, 3.5, 3.5, 7.5))


def _approval(document: Document, revision: Mapping[str, Any], words: Mapping[str, Any]) -> None:
    heading(document, f"{words['approval']} — {revision['label']}", 2)
    if not revision["approved"]:
        note(document, f"{words['not_approved']} ({revision['detail']})")
        return
    rows = [(words["approved_by"], revision["approved_by"]),
            (words["approved_at"], revision["approved_at"])]
    if revision["comment"]:
        rows.append((words["approval_comment"], revision["comment"]))
    rows.append((words["revision_hash"], revision["hash"]))
    facts(document, rows)


def _opinion(document: Document, title: str, opinion: Mapping[str, Any] | None,
             words: Mapping[str, Any]) -> None:
    heading(document, title, 3)
    if opinion is None:
        note(document, words["not_recorded"])
        return
    if opinion["asked"]:
        whose = f" — {words['whose']}: {opinion['name']}" if opinion["name"] else ""
        para(document, f"{words['stance'][opinion['stance']]}{whose}")
        para(document, opinion["text"])
    else:
        para(document, f"{words['why_not']}: {opinion['reason']}", bold_lead=words["not_asked"])
    recorded = words["recorded"].replace("{name}", opinion["by"]).replace(
        "{date}", opinion["at"])
    if opinion["revision"]:
        recorded += " · " + words["about_revision"].replace("{n}", str(opinion["revision"]))
    para(document, recorded)


def _step(event: Mapping[str, Any], words: Mapping[str, Any]) -> str:
    step = str(words["actions"].get(event["action"], event["action"]))
    if event["revision"]:
        step += " (" + words["revision"].replace("{n}", str(event["revision"])) + ")"
    return step


def evidence(document: Document, c: Context) -> None:
    """Every attached file: name, size, what it is attached to, SHA-256; small images shown."""
    workflow = c.get("workflow")
    if not workflow:
        return
    t = c["t"]
    words = t["workflow"]
    heading(document, t["chapters"]["evidence"], 1)
    para(document, words["evidence_intro"])
    if not workflow["evidence"]:
        note(document, words["no_evidence"])
    for item in workflow["evidence"]:
        heading(document, item["name"], 3)
        target = words["targets"][item["kind"]] + (f" — {item['target']}" if item["target"]
                                                   else "")
        facts(document, [(words["size"], item["size"]), (words["attached_to"], target),
                         (words["added"], f"{item['by']}, {item['at']}"),
                         ("SHA-256", item["sha256"])] +
              ([(t["answers"]["note"], item["note"])] if item["note"] else []))
        if item["image"]:
            picture(document, item["image"])


def verification(document: Document, c: Context) -> None:
    t, pack = c["t"], c["pack"]
    words = t["verify"]
    heading(document, t["chapters"]["verify"], 1)
    para(document, words["intro"])
    facts(document, [(words["fingerprint"], c["report"]["fingerprint"]),
                     (words["pack"], f"{pack['title']} — {pack['id']} {pack['version']} "
                                     f"({pack['publisher']}, {pack['licence']}, "
                                     f"{pack['published']}) {pack['hash']}"),
                     (words["template"], f"{c['report']['template']} · {c['lang']}"),
                     (words["generated"], c["report"]["generated"])])


def changes(document: Document, c: Context) -> None:
    """The appendix of what changed since an earlier revision, when asked for."""
    workflow = c.get("workflow")
    if not workflow or not workflow.get("changes"):
        return
    t, found = c["t"], workflow["changes"]
    words = t["workflow"]
    heading(document, t["chapters"]["changes"], 1)
    para(document, words["changes_intro"].replace("{left}", found["left"]).replace(
        "{right}", found["right"]))
    parts = [p for p in words["change_parts"] if found[p]]
    if not parts:
        note(document, words["no_changes"])
    for part in parts:
        heading(document, words["change_parts"][part], 2)
        table(document, ["", words["before"], words["after"]],
              [[_changed(x, part, words), x["before"], x["after"]] for x in found[part]],
              (6, 5.5, 5.5))


def _changed(change: Mapping[str, Any], part: str, words: Mapping[str, Any]) -> str:
    stage = f" ({words['stages'][change['group']]})" if part == "risks" else ""
    title = words[change["id"]] if part == "opinions" else change["title"]
    return f"{title}{stage} — {words['kinds'][change['kind']]}"
