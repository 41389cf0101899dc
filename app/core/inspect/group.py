"""Files into models: one folder is one model, except that each GGUF file is its own model.

A folder with a weight file, ``config.json`` or ``adapter_config.json`` holds
a model (an adapter when it has ``adapter_config.json``). Its model card,
licence and tokenizer files are evidence for every model in that folder. The
parts of a split GGUF (``-00001-of-00003.gguf``) stay together.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from app.core.inspect.findings import FileReport, ModelReport
from app.core.inspect.kinds import WEIGHT_KINDS
from app.core.inspect.walk import Found

SPLIT_GGUF = re.compile(r"-\d{5}-of-\d{5}\.gguf$", re.IGNORECASE)
ANCHORS = frozenset({"config", "adapter_config"})


def group(found: list[Found], kinds: dict[Path, str]) -> list[ModelReport]:
    """Models in folder order; ``kinds`` gives the sniffed kind of blobs and unnamed files."""
    by_folder: dict[Path, list[FileReport]] = defaultdict(list)
    for item in found:
        kind = kinds.get(item.path, item.kind)
        by_folder[item.path.parent].append(
            FileReport(item.path, item.path.name, kind, item.size))
    models: list[ModelReport] = []
    for folder in sorted(by_folder):
        models.extend(_models_in(folder, by_folder[folder]))
    return models


def _models_in(folder: Path, files: list[FileReport]) -> list[ModelReport]:
    ggufs = [f for f in files if f.kind == "gguf"]
    weights = [f for f in files if f.kind in WEIGHT_KINDS and f.kind != "gguf"]
    evidence = [f for f in files if f.kind not in WEIGHT_KINDS and f.kind not in ("blob", "other")]
    models = [
        ModelReport(folder, label, [*parts, *evidence])
        for label, parts in _gguf_sets(ggufs).items()
    ]
    if weights or any(f.kind in ANCHORS for f in files):
        models.append(ModelReport(folder, folder.name or str(folder), [*weights, *evidence]))
    return models


def _gguf_sets(ggufs: list[FileReport]) -> dict[str, list[FileReport]]:
    sets: dict[str, list[FileReport]] = defaultdict(list)
    for item in sorted(ggufs, key=lambda f: f.name):
        sets[SPLIT_GGUF.sub(".gguf", item.name)].append(item)
    return sets
