"""Every rule of the built-in pack said in words, in English and Korean, without raw ids.

For each risk's ``when`` and each likelihood / severity rule, answers that
make the rule true are found (a golden scenario, else a seeded search over
the questions the rule reads), and the sentences are checked: there are some,
none is empty, and none shows a question id or a choice id where a label
belongs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.expr import Expr
from app.core.loader import require_pack
from app.core.loader.languages import iter_lang_texts
from app.core.model import Choice
from app.core.pack import Pack
from app.core.reasons import Sentence, explain_rule
from app.core.reasons.wording import wording_for
from app.core.session import Session
from tests.conftest import REPO_ROOT
from tests.core.reasons_answers import satisfy, scenario_sessions
from tests.core.test_reasons_wording import entries

AI_PIA = REPO_ROOT / "questionnaires" / "ai-pia"
SNAKE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@functools.cache
def pack() -> Pack:
    return require_pack(AI_PIA)


@functools.cache
def sessions() -> tuple[Session, ...]:
    return tuple(scenario_sessions(pack(), AI_PIA))


def rules() -> Iterator[tuple[str, Expr]]:
    """Every risk's when, and every likelihood / severity rule with a condition."""
    compiled = pack().rules
    for risk_id in pack().risks:
        yield f"{risk_id}.when", compiled.risk_when[risk_id]
        for axis, chosen in (("likelihood", compiled.likelihood), ("severity", compiled.severity)):
            for index, (expr, _) in enumerate(chosen[risk_id]):
                if expr is not None:
                    yield f"{risk_id}.{axis}[{index}]", expr


RULES = dict(rules())


@functools.cache
def pack_words(lang: str) -> frozenset[str]:
    """Every word of every text of the pack in ``lang``: words an id may share with a label."""
    texts = [t.get(lang) for _, t in iter_lang_texts(pack().manifest)]
    for module in pack().modules:
        texts += [t.get(lang) for _, t in iter_lang_texts(module)]
    return frozenset(w for text in texts for w in WORD.findall(text))


@functools.cache
def ids() -> tuple[frozenset[str], frozenset[str]]:
    p = pack()
    questions = frozenset(p.questions)
    choices = {c.id for q in p.questions.values() for c in _choices(p, q)}
    choices |= {c.id for q in p.questions.values() for col in getattr(q, "columns", ())
                for c in _choices(p, col)}
    return questions, frozenset(choices)


def _choices(p: Pack, asked: Any) -> tuple[Choice, ...]:
    has = getattr(asked, "choices", None) or getattr(asked, "choices_from", None)
    return p.choices(asked) if has else ()


def leaks(sentence: Sentence, lang: str) -> list[str]:
    """Ids shown where words belong: in the connecting words, or as an answer."""
    questions, choices = ids()
    template_words = {w for t in entries(wording_for(lang)[0]).values() for w in WORD.findall(t)}
    # a row's name is what the user typed (e.g. "Qwen2.5-7B-GGUF (q4_k_m)"): not ours to judge
    ours = "".join(span.text for span in sentence.spans if span.role != "row")
    found = [w for w in SNAKE.findall(ours) if w not in pack_words(lang)]
    for span in sentence.spans:
        words = set(WORD.findall(span.text))
        if span.role == "":
            found += sorted((words & (questions | choices)) - template_words)
        if span.role == "answer" and span.text in choices and span.text not in pack_words(lang):
            found.append(span.text)
    return found


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_is_said_in_words_without_ids(name: str) -> None:
    session = satisfy(pack(), RULES[name], sessions(), seed=name)
    assert session is not None, f"no answers found that make {name} true"
    for lang in ("en", "ko"):
        sentences = explain_rule(session, RULES[name], lang)
        assert sentences, (name, lang)
        assert all(s.text.strip() for s in sentences), (name, lang)
        for sentence in sentences:
            assert leaks(sentence, lang) == [], (name, lang, sentence.text)
        if lang == "ko":
            connecting = "".join(s.text for x in sentences for s in x.spans if s.role == "")
            assert not re.search(r"[A-Za-z]", connecting), (name, connecting)


def test_the_walk_covers_every_rule_of_the_pack() -> None:
    whens = [n for n in RULES if n.endswith(".when")]
    assert len(whens) == len(pack().risks) >= 70
    levels = sum(len([e for e, _ in rules if e is not None])
                 for rules in (*pack().rules.likelihood.values(), *pack().rules.severity.values()))
    assert len(RULES) == len(whens) + levels and levels >= 50
