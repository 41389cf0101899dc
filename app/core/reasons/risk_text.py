"""A raised risk's reasons in a reader's language: why it is raised, why it has its levels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.answers import Answer
from app.core.model import TableQuestion
from app.core.pack import Pack
from app.core.reasons.facts import LevelReason, RowMatch, RowsFact
from app.core.reasons.pack_reason import placeholders
from app.core.reasons.render import Speaker
from app.core.reasons.text import Part, Sentence, Span, fill, join, number, sentence
from app.core.reasons.wording import FALLBACK_NOTE
from app.core.risk_engine import RaisedRisk, UnratedRisk

AnyRaised = RaisedRisk | UnratedRisk


@dataclass(frozen=True)
class LevelSentences:
    axis: str  # "likelihood" | "severity"
    heading: Sentence  # "Why the likelihood is ‘Likely’:"
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Explanation:
    """What a reader is told about one raised risk.

    Attributes:
        why: Why the risk is raised: one sentence per fact, or the pack's own ``reason``.
        levels: Why the likelihood and severity are what they are (rules that chose them).
        notice: Set when the language has no wording table and English stood in.
    """

    why: tuple[Sentence, ...]
    levels: tuple[LevelSentences, ...]
    notice: Sentence | None = None


def explain_risk(pack: Pack, raised: AnyRaised, lang: str) -> Explanation:
    speaker = Speaker(pack, lang)
    reason = raised.risk.reason
    if reason is not None:
        why: tuple[Sentence, ...] = (_pack_reason(speaker, pack.text(reason, lang), raised),)
    else:
        why = tuple(speaker.sentences(raised.reasons.facts))
    levels = tuple(_level(speaker, level) for level in raised.reasons.levels)
    notice = None
    if speaker.fallback:
        notice = Sentence((Span(FALLBACK_NOTE.replace("{lang}", lang)),))
    return Explanation(why, levels, notice)


def _level(speaker: Speaker, level: LevelReason) -> LevelSentences:
    steps = (
        speaker.pack.matrix.likelihood
        if level.axis == "likelihood"
        else (speaker.pack.matrix.severity)
    )
    step = next(s for s in steps if s.id == level.level)
    template = speaker.words.level_header[level.axis]
    heading = fill(template, {"level": speaker.quote(speaker.label(step))})
    return LevelSentences(level.axis, sentence(heading), tuple(speaker.sentences(level.facts)))


def _pack_reason(speaker: Speaker, template: str, raised: AnyRaised) -> Sentence:
    """The pack's ``reason`` with its placeholders filled in from the answers."""
    answers = {e.question_id: e.answer for e in raised.evidence}
    parts: dict[str, Part] = {}
    for kind, qid in placeholders(template):
        if qid in speaker.pack.questions:
            parts[f"{kind}:{qid}"] = _part(speaker, kind, qid, answers, raised)
    return sentence(fill(template, parts))


def _part(
    speaker: Speaker, kind: str, qid: str, answers: Mapping[str, Answer | None], raised: AnyRaised
) -> Part:
    question = speaker.pack.questions[qid]
    answer = answers.get(qid)
    value = answer.value if answer is not None and answer.state == "answered" else None
    if kind == "answer":
        return speaker.answer(question, answer)
    if kind in ("count", "total"):
        return number(speaker.words, len(value) if isinstance(value, tuple | list) else 0)
    matches = _matched(raised, qid)
    if kind == "matched":
        return number(speaker.words, len(matches))
    if not isinstance(question, TableQuestion) or not matches:
        return "—"
    return join(
        speaker.words, [speaker.row_name(question, m) for m in matches], speaker.words.last_and
    )


def _matched(raised: AnyRaised, table: str) -> list[RowMatch]:
    """The rows of ``table`` that the rule's facts name, each once, in table order."""
    found: dict[int, RowMatch] = {}
    for fact in raised.reasons.facts:
        if isinstance(fact, RowsFact) and fact.question_id == table and fact.mode != "none":
            for match in fact.rows:
                found.setdefault(match.index, match)
    return [found[index] for index in sorted(found)]
