"""What changed between two states of an assessment (pure): two revisions, or two assessments.

Each side is a snapshot (``package_format.RevisionSnapshot`` shape, plain
JSON) read with its own pack, so this year's assessment can be compared with
last year's on an older pack version. The result lists, as plain data for a
view, the CLI and a report appendix: answers, risks (inherent, current and
target levels from the treated register), measure plans, section verdicts,
opinions and evidence that differ. Answers or judgements that no longer fit
their pack are shown as their raw value, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.answers.text import format_answer
from app.core.pack import Pack
from app.core.review.compare_words import FIELD_ORDER, WORDED_VALUES, words_for
from app.core.risk_engine import Position, assess_risks
from app.core.session import Session
from app.core.treatment import TreatedRegister, treat_register
from app.core.treatment.judgement import Judgement, judgement_from_parts

STAGES = ("inherent", "current", "target")
ABSENT = "—"
# The parts of a comparison, in the order every view lists them.
CHANGE_PARTS = ("answers", "risks", "measures", "verdicts", "sections", "opinions", "evidence")


@dataclass(frozen=True)
class Side:
    """One state to compare: a label (e.g. "Revision 2"), its snapshot and its pack."""

    label: str
    snapshot: Mapping[str, Any]
    pack: Pack


@dataclass(frozen=True)
class Change:
    """One item that differs: its id, what it is called, and the text on each side.

    ``kind`` is ``added``, ``removed`` or ``changed``; ``group`` is the section
    of an answer or the stage of a risk's level.
    """

    kind: str
    item: str
    title: str
    before: str
    after: str
    group: str = ""

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.item, "title": self.title, "before": self.before,
                "after": self.after, "group": self.group}


@dataclass(frozen=True)
class Comparison:
    """Everything that differs between ``left`` (before) and ``right`` (after)."""

    left: str
    right: str
    answers: tuple[Change, ...] = ()
    risks: tuple[Change, ...] = ()
    measures: tuple[Change, ...] = ()
    verdicts: tuple[Change, ...] = ()
    sections: tuple[Change, ...] = ()  # optional sections switched off (added) or back on
    opinions: tuple[Change, ...] = ()
    evidence: tuple[Change, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, part) for part in CHANGE_PARTS)

    def to_json(self) -> dict[str, Any]:
        return {"left": self.left, "right": self.right, "notes": list(self.notes),
                **{p: [c.to_json() for c in getattr(self, p)] for p in CHANGE_PARTS}}


def compare(left: Side, right: Side, lang: str, words_lang: str | None = None) -> Comparison:
    """The differences from ``left`` to ``right``: the pack's texts in ``lang``, the words
    of ours (statuses, verdicts, field names) in ``words_lang`` (default: ``lang``)."""
    said = words_lang or lang
    notes = []
    if (left.pack.id, left.pack.version) != (right.pack.id, right.pack.version):
        notes.append(f"{left.label}: {left.pack.id} {left.pack.version}; "
                     f"{right.label}: {right.pack.id} {right.pack.version}")
    return Comparison(
        left.label, right.label,
        answers=tuple(_answers(left, right, lang)),
        risks=tuple(_risks(left, right, lang, said)),
        measures=tuple(_keyed(_part(left, "measure_plans"), _part(right, "measure_plans"),
                              lambda mid: _measure_title(right, left, mid, lang),
                              lambda value: _fields(value, said))),
        verdicts=tuple(_keyed(_verdicts(left), _verdicts(right),
                              lambda sid: _section_title(right, left, sid, lang),
                              lambda value: _fields(value, said))),
        sections=tuple(_keyed(_part(left, "sections_off"), _part(right, "sections_off"),
                              lambda sid: _section_title(right, left, sid, lang),
                              lambda value: _switched_off(value, said))),
        opinions=tuple(_keyed(_part(left, "opinions"), _part(right, "opinions"), str,
                              lambda value: _opinion_text(value, said))),
        evidence=tuple(_evidence(left, right, lang, said)),
        notes=tuple(notes),
    )


def _part(side: Side, key: str) -> dict[str, Any]:
    value = side.snapshot.get(key) or {}
    return dict(value) if isinstance(value, Mapping) else {}


def _answers(left: Side, right: Side, lang: str) -> Iterable[Change]:
    before, after = _part(left, "answers"), _part(right, "answers")
    order = [*right.pack.questions, *left.pack.questions, *sorted({*before, *after})]
    for qid in dict.fromkeys(order):
        if (qid not in before and qid not in after) or before.get(qid) == after.get(qid):
            continue
        pack = right.pack if qid in right.pack.questions else left.pack
        title = pack.text(pack.questions[qid].label, lang) if qid in pack.questions else qid
        group = pack.section_of.get(qid, "")
        yield Change(_kind(qid in before, qid in after), qid, title,
                     _answer_text(left.pack, qid, before.get(qid), lang),
                     _answer_text(right.pack, qid, after.get(qid), lang), group)


def _answer_text(pack: Pack, qid: str, entry: Any, lang: str) -> str:
    if entry is None:
        return ABSENT
    question = pack.questions.get(qid)
    value = {k: v for k, v in entry.items() if k != "note"} if isinstance(entry, dict) else entry
    note = entry.get("note") if isinstance(entry, dict) else None
    try:
        if question is None:
            raise AnswerError(qid, "not a question of the pack")
        shown = format_answer(pack, question, answer_from_json(question, value, pack.choices),
                              lang)
    except AnswerError:
        shown = json.dumps(value, ensure_ascii=False)[:200]
    return f"{shown} ({note})" if note else shown


def register_of(side: Side) -> TreatedRegister:
    """The treated register of a snapshot: its answers, plans and judgements on its pack."""
    pack = side.pack
    answers: dict[str, Answer] = {}
    for qid, entry in _part(side, "answers").items():
        question = pack.questions.get(qid)
        if question is None or not isinstance(entry, dict):
            continue
        try:
            answers[qid] = answer_from_json(
                question, {k: v for k, v in entry.items() if k != "note"}, pack.choices)
        except AnswerError:
            continue
    plans = {mid: str(plan.get("status", "")) for mid, plan in
             _part(side, "measure_plans").items() if isinstance(plan, dict)}
    return treat_register(pack, assess_risks(Session(pack, answers)), plans, _judgements(side))


def _judgements(side: Side) -> dict[str, Judgement]:
    found = {}
    for rid, parts in _part(side, "risk_judgements").items():
        if rid in side.pack.risks and isinstance(parts, dict):
            try:
                found[rid] = judgement_from_parts(rid, parts)
            except ValidationError:
                continue
    return found


def _risks(left: Side, right: Side, lang: str, said: str) -> Iterable[Change]:
    before, after = register_of(left), register_of(right)
    ids = [t.risk.id for t in after.risks] + [t.risk.id for t in before.risks]
    for rid in dict.fromkeys(ids):
        old, new = before.get(rid), after.get(rid)
        pack = right.pack if new is not None else left.pack
        title = pack.text(pack.risks[rid].title, lang)
        for stage in STAGES:
            was = _level(left.pack, getattr(old, stage) if old else None, old is not None,
                         (lang, said))
            now = _level(right.pack, getattr(new, stage) if new else None, new is not None,
                         (lang, said))
            if was != now:
                yield Change(_kind(old is not None, new is not None), rid, title, was, now,
                             stage)


def _level(pack: Pack, position: Position | None, raised: bool, langs: tuple[str, str]) -> str:
    """The pack's label of the level (in ``langs[0]``), or "to be rated" (in ``langs[1]``)."""
    lang, said = langs
    if not raised:
        return ABSENT
    if position is None:
        return words_for(said)["to_be_rated"]
    level = next((lv for lv in pack.matrix.levels if lv.id == position.level), None)
    return pack.text(level.label, lang) if level else position.level


def _verdicts(side: Side) -> dict[str, Any]:
    return {sid: {k: v for k, v in entry.items() if k in ("verdict", "comment")}
            for sid, entry in _part(side, "section_verdicts").items() if isinstance(entry, dict)}


def _keyed(before: Mapping[str, Any], after: Mapping[str, Any], title: Any,
           text: Any) -> Iterable[Change]:
    for key in dict.fromkeys([*after, *before]):
        if before.get(key) != after.get(key):
            yield Change(_kind(key in before, key in after), key, title(key),
                         text(before.get(key)), text(after.get(key)))


def _switched_off(value: Any, lang: str) -> str:
    """``switched off: the reason`` in ``lang`` (who and when left out), or "—" when on."""
    if not isinstance(value, Mapping):
        return ABSENT
    return _pair(words_for(lang), words_for(lang)["switched_off"], str(value.get("reason", "")))


def _opinion_text(value: Any, lang: str) -> str:
    """``favourable: the text (whose)``, or ``not asked: why``, in ``lang``."""
    if not isinstance(value, Mapping):
        return ABSENT
    words = words_for(lang)
    if not value.get("asked", True):
        return _pair(words, words["not_asked"], str(value.get("reason", "")))
    whose = f" ({value['name']})" if value.get("name") else ""
    stance = words.get(str(value.get("stance", "")), str(value.get("stance", "")))
    return _pair(words, stance, str(value.get("text", ""))) + whose


def _fields(value: Any, lang: str) -> str:
    """A plan or verdict as ``name: value`` pairs in ``lang`` (times and authors left out)."""
    if value is None:
        return ABSENT
    if not isinstance(value, Mapping):
        return str(value)[:200]
    words = words_for(lang)
    shown = []
    for key in sorted(value, key=_field_rank):
        if key in ("by", "at") or value[key] in ("", None):
            continue
        text = str(value[key])
        shown.append(_pair(words, words[key] if key in FIELD_ORDER else key,
                           words.get(text, text) if key in WORDED_VALUES else text))
    return words["join"].join(shown) or ABSENT


def _field_rank(key: str) -> int:
    return FIELD_ORDER.index(key) if key in FIELD_ORDER else len(FIELD_ORDER)


def _pair(words: Mapping[str, str], name: str, value: str) -> str:
    """``name: value`` in the language's typography (``name : value`` in French)."""
    return words["pair"].replace("{name}", name).replace("{value}", value[:200])


def _evidence(left: Side, right: Side, lang: str, said: str) -> Iterable[Change]:
    def keyed(side: Side) -> dict[tuple[str, str, str], Mapping[str, Any]]:
        items = side.snapshot.get("attachments") or []
        return {(str(a.get("sha256")), str(a.get("target_kind")), str(a.get("target_id"))): a
                for a in items if isinstance(a, Mapping)}

    before, after = keyed(left), keyed(right)
    words = words_for(said)
    for key in dict.fromkeys([*after, *before]):
        if key in before and key in after:
            continue
        item = after.get(key) or before[key]
        shown = words["file"].replace("{name}", str(item.get("name"))).replace(
            "{size}", str(item.get("size"))).replace("{sha}", key[0][:12])
        yield Change(_kind(key in before, key in after), key[0], str(item.get("name")),
                     shown if key in before else ABSENT, shown if key in after else ABSENT,
                     _target(right, left, (key[1], key[2]), (lang, said)))


def _target(right: Side, left: Side, target: tuple[str, str], langs: tuple[str, str]) -> str:
    """What a file is attached to: ``measure: its title``, ``whole assessment``..."""
    (kind, target_id), (lang, said) = target, langs
    words = words_for(said)
    word = words.get(kind, kind)
    if not target_id:
        return word
    title = target_id
    if kind == "measure":
        title = _measure_title(right, left, target_id, lang)
    elif kind == "section":
        title = _section_title(right, left, target_id, lang)
    for pack in (right.pack, left.pack):
        if kind == "answer" and target_id in pack.questions:
            title = pack.text(pack.questions[target_id].label, lang)
            break
    return _pair(words, word, title)


def _measure_title(right: Side, left: Side, measure_id: str, lang: str) -> str:
    for pack in (right.pack, left.pack):
        if measure_id in pack.measures:
            return pack.text(pack.measures[measure_id].title, lang)
    return measure_id


def _section_title(right: Side, left: Side, section_id: str, lang: str) -> str:
    for pack in (right.pack, left.pack):
        if section_id in pack.sections:
            return pack.text(pack.sections[section_id].title, lang)
    return section_id


def _kind(before: bool, after: bool) -> str:
    return "changed" if before and after else ("added" if after else "removed")
