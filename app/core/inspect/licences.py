"""Licences: recognised by their identifiers (model cards, GGUF) or by distinctive phrases.

A licence text is recognised when every phrase of one fingerprint occurs in it
(case and spacing ignored), never by hashing the whole text: a copy with a
changed year, line breaks or a company name is still recognised. The first
matching fingerprint wins, so narrower ones come first.

A licence's ``kind`` becomes one of the questionnaire's licence choices
through ``mapping.py`` (see ``licence_cells.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    id: str
    name: str
    kind: str  # permissive | community_aup | non_commercial | other


def _l(id_: str, name: str, kind: str) -> Licence:
    return Licence(id_, name, kind)


KNOWN = {
    lic.id: lic
    for lic in (
        _l("apache-2.0", "Apache-2.0", "permissive"),
        _l("mit", "MIT", "permissive"),
        _l("bsd-3-clause", "BSD-3-Clause", "permissive"),
        _l("cc-by-4.0", "CC BY 4.0", "permissive"),
        _l("llama2", "Llama 2 Community License", "community_aup"),
        _l("llama3", "Meta Llama 3 Community License", "community_aup"),
        _l("llama3.1", "Llama 3.1 Community License", "community_aup"),
        _l("llama3.2", "Llama 3.2 Community License", "community_aup"),
        _l("llama3.3", "Llama 3.3 Community License", "community_aup"),
        _l("llama4", "Llama 4 Community License", "community_aup"),
        _l("gemma", "Gemma Terms of Use", "community_aup"),
        _l("qwen", "Qwen License Agreement", "community_aup"),
        _l("qwen-research", "Qwen Research License", "non_commercial"),
        _l("hyperclovax-seed", "HyperCLOVA X SEED Model License", "community_aup"),
        _l("openrail", "OpenRAIL licence", "community_aup"),
        _l("cc-by-nc-4.0", "CC BY-NC 4.0", "non_commercial"),
        _l("cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0", "non_commercial"),
        _l("mistral-research", "Mistral AI Research License", "non_commercial"),
    )
}
ALIASES = {
    "apache 2.0": "apache-2.0", "apache-2": "apache-2.0", "apache2": "apache-2.0",
    "tongyi-qianwen": "qwen", "llama-3.1": "llama3.1", "llama-3": "llama3",
    "bigscience-openrail-m": "openrail", "creativeml-openrail-m": "openrail",
    "openrail++": "openrail", "hyperclova-x-seed": "hyperclovax-seed",
}

# licence id -> phrases that must all occur (lower case, single spaces)
FINGERPRINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("llama4", ("llama 4 community license agreement",)),
    ("llama3.3", ("llama 3.3 community license agreement",)),
    ("llama3.2", ("llama 3.2 community license agreement",)),
    ("llama3.1", ("llama 3.1 community license agreement",)),
    ("llama3", ("meta llama 3 community license agreement",)),
    ("llama2", ("llama 2 community license agreement",)),
    ("gemma", ("gemma terms of use", "gemma services")),
    ("qwen-research", ("qwen research license agreement",)),
    ("qwen", ("qwen license agreement", "alibaba cloud")),
    ("qwen", ("tongyi qianwen license agreement",)),
    ("hyperclovax-seed", ("hyperclova x seed", "naver")),
    ("mistral-research", ("mistral ai research license",)),
    ("openrail", ("responsible ai license", "use-based restrictions")),
    ("cc-by-nc-sa-4.0", ("attribution-noncommercial-sharealike 4.0 international",)),
    ("cc-by-nc-4.0", ("attribution-noncommercial 4.0 international",)),
    ("cc-by-4.0", ("attribution 4.0 international", "creative commons")),
    ("apache-2.0", ("apache license", "version 2.0, january 2004", "grant of patent license")),
    ("mit", ("permission is hereby granted, free of charge, to any person obtaining a copy",
             "the above copyright notice and this permission notice shall be included")),
    ("bsd-3-clause", ("redistribution and use in source and binary forms",
                      "neither the name of")),
)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()


def from_text(text: str) -> Licence | None:
    """The licence whose distinctive phrases all occur in ``text``."""
    flat = normalise(text)
    for licence_id, phrases in FINGERPRINTS:
        if all(phrase in flat for phrase in phrases):
            return KNOWN[licence_id]
    return None


def from_id(identifier: str, name: str = "") -> Licence | None:
    """A licence id as model cards and GGUF write it (``apache-2.0``, ``llama3.1``, ``other``)."""
    key = normalise(identifier)
    if key == "other" and name:
        key = normalise(name)
    key = ALIASES.get(key, key)
    return KNOWN.get(key)
