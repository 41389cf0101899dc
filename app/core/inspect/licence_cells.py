"""A model's licence as proposed answers: its kind (a choice) and its name and version (text).

A recognised licence gives both. When the sources disagree the strictest kind
wins and every source is shown. A licence a file names or holds that is not
recognised is never guessed: its kind is "other" (the pack's "another custom
licence" choice, where it has one) and its name is what the file calls it.
A recognised licence always wins over an unrecognised one, so a NOTICE file
or a use policy next to an Apache-2.0 licence does not make it "other".
"""

from __future__ import annotations

from app.core.inspect import licences
from app.core.inspect.findings import Fact, ModelReport
from app.core.inspect.limits import ECHO_MAX
from app.core.inspect.suggestion import Suggestion

STRICTNESS = ("non_commercial", "community_aup", "other", "permissive")  # strictest first
NO_LICENCE = frozenset({"", "unknown", "none"})  # card ids that say nothing about a licence
LICENCE_FILES = ("license", "licence")  # an unrecognised NOTICE or use policy is no licence


def recognised(model: ModelReport) -> list[tuple[licences.Licence, Fact]]:
    """Every licence the model's files name or hold that AIPIA recognises, with its fact."""
    found = []
    for fact in model.facts("licence"):
        lic = licences.KNOWN.get(str(fact.value))
        if lic is not None:
            found.append((lic, fact))
    for fact in model.facts("licence_id"):  # GGUF general.license (cards add "licence" facts)
        if fact.field.startswith("general."):
            lic = licences.from_id(str(fact.value), _name_beside(model, fact))
            if lic is not None:
                found.append((lic, fact))
    return found


def unrecognised(model: ModelReport) -> list[Fact]:
    """Licences named (card, GGUF) or held (LICENSE file) that AIPIA does not recognise."""
    found = []
    for fact in model.facts("licence_id"):
        name = _name_beside(model, fact)
        if licences.from_id(str(fact.value), name) is None and (
                name or licences.normalise(str(fact.value)) not in NO_LICENCE):
            found.append(_name_fact(model, fact) or fact)
    found += [f for f in model.facts("licence_text") if f.file.lower().startswith(LICENCE_FILES)]
    return found


def _name_fact(model: ModelReport, id_fact: Fact) -> Fact | None:
    """The licence name written in the same file as ``id_fact`` (card license_name, GGUF)."""
    return next((f for f in model.facts("licence_name") if f.file == id_fact.file
                 and isinstance(f.value, str) and f.value.strip()), None)


def _name_beside(model: ModelReport, id_fact: Fact) -> str:
    fact = _name_fact(model, id_fact)
    return str(fact.value) if fact is not None else ""


def _strictest(found: list[tuple[licences.Licence, Fact]]) -> licences.Licence | None:
    kinds = [lic.kind for lic, _ in found]
    if not kinds:
        return None
    kind = min(kinds, key=STRICTNESS.index)
    return next(lic for lic, _ in found if lic.kind == kind)


def kind(model: ModelReport) -> Suggestion | None:
    """The licence kind: the strictest recognised one, else "other" when one is unrecognised."""
    found = recognised(model)
    strictest = _strictest(found)
    if strictest is not None:
        return Suggestion(strictest.kind, tuple(fact for _, fact in found))
    others = unrecognised(model)
    return Suggestion("other", tuple(others)) if others else None


def name(model: ModelReport) -> Suggestion | None:
    """The licence's name and version: the strictest recognised one, else what a file calls it."""
    found = recognised(model)
    strictest = _strictest(found)
    if strictest is not None:
        return Suggestion(strictest.name, tuple(f for lic, f in found if lic == strictest))
    named = [f for f in unrecognised(model) if f.key in ("licence_id", "licence_name")
             and licences.normalise(str(f.value)) != "other"]
    if not named:
        return None
    return Suggestion(" ".join(str(named[0].value).split())[:ECHO_MAX], (named[0],))


def kinds(models: list[ModelReport]) -> tuple[list[str], tuple[Fact, ...]]:
    """Every licence kind over ``models``, strictest first, and the facts they came from."""
    found = [pair for m in models for pair in recognised(m)]
    seen = {lic.kind for lic, _ in found}
    evidence = [fact for _, fact in found]
    for model in models:
        if not recognised(model) and unrecognised(model):
            seen.add("other")
            evidence += unrecognised(model)
    return [k for k in STRICTNESS if k in seen], tuple(evidence)
