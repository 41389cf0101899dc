"""Ollama's model store: its manifests name the blobs, so models are not bare hashes.

Ollama keeps every file as a content-addressed blob (``models/blobs/sha256-<hex>``)
and one small JSON manifest per model and tag
(``models/manifests/<registry>/<namespace>/<model>/<tag>``) listing the blobs'
digests by media type. A GGUF blob named by a manifest becomes
``library/qwen2.5:7b`` (the registry is left out for registry.ollama.ai), with
where it was pulled from; the licence blob the manifest names is read as the
model's licence file.

Manifests are read only when a blob was found, from the ``manifests`` folder
beside ``blobs``, at their fixed depth, each within ``OLLAMA_MANIFEST_MAX``
bytes and at most ``OLLAMA_MAX_ENTRIES`` entries in all; a damaged manifest is
reported and skipped.
"""

from __future__ import annotations

import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from app.core.inspect.findings import Fact, FileReport, InspectError, ModelReport, Problem
from app.core.inspect.jsonread import read_json_object
from app.core.inspect.limits import OLLAMA_MANIFEST_MAX, OLLAMA_MAX_ENTRIES

DEFAULT_REGISTRY = "registry.ollama.ai"
LAYERS = {  # media type -> what the blob is to the model it belongs to
    "application/vnd.ollama.image.model": "model",
    "application/vnd.ollama.image.adapter": "adapter",
    "application/vnd.ollama.image.projector": "projector",
    "application/vnd.ollama.image.license": "licence",
}
DIGEST = re.compile(r"^sha256[:-]([0-9a-f]{64})$")
PART = re.compile(r"^[\w][\w.+-]{0,99}$")  # a registry, namespace, model or tag folder name
SOURCES = {  # registry -> the web page of what was pulled
    DEFAULT_REGISTRY: "https://ollama.com/{path}:{tag}",
    "hf.co": "https://huggingface.co/{path}",
    "huggingface.co": "https://huggingface.co/{path}",
}
LABEL_NAMES = 3  # names shown in a model's label; the rest are counted


@dataclass(frozen=True)
class Tag:
    """One manifest: the model's name and the blobs its layers name (digest -> role)."""

    name: str
    source_url: str | None
    manifest: str  # relative to the Ollama models folder, for evidence
    layers: dict[str, str]


def name_blobs(models: list[ModelReport], problems: list[Problem]) -> None:
    """Give the GGUF blobs of an Ollama store their manifest names and licence files."""
    blob_models: dict[Path, list[ModelReport]] = defaultdict(list)
    for model in models:
        if model.root.name == "blobs" and DIGEST.match(model.label):
            blob_models[model.root].append(model)
    for blobs, found in blob_models.items():
        tags = read_manifests(blobs.parent / "manifests", problems)
        if tags:
            _attach(blobs, found, tags)


def _attach(blobs: Path, models: list[ModelReport], tags: list[Tag]) -> None:
    licences: dict[str, FileReport] = {}
    for model in models:
        digest = _digest(model.label)
        named = sorted((t for t in tags if t.layers.get(digest) in ("model", "adapter",
                                                                    "projector")), key=_order)
        if not named:
            continue
        model.extra.extend(_facts(t, t.layers[digest]) for t in named)
        model.extra.extend(Fact("source_url", t.source_url, t.manifest, "Ollama manifest")
                           for t in named[:1] if t.source_url)
        model.label = _label([_display(t, t.layers[digest]) for t in named])
        for tag in named[:1]:
            model.files.extend(_licence_files(blobs, tag, licences))


def _order(tag: Tag) -> tuple[bool, str]:
    return tag.name.endswith(":latest"), tag.name  # a named tag before "latest"


def _display(tag: Tag, role: str) -> str:
    return tag.name if role == "model" else f"{tag.name} ({role})"


def _facts(tag: Tag, role: str) -> Fact:
    return Fact("ollama_name", _display(tag, role), tag.manifest, f"Ollama manifest ({role})")


def _label(names: list[str]) -> str:
    shown = ", ".join(names[:LABEL_NAMES])
    return shown if len(names) <= LABEL_NAMES else f"{shown} (+{len(names) - LABEL_NAMES})"


def _licence_files(blobs: Path, tag: Tag, seen: dict[str, FileReport]) -> list[FileReport]:
    """The licence blobs the manifest names, one report per blob however many models share it."""
    out = []
    for digest, role in tag.layers.items():
        if role != "licence":
            continue
        if digest not in seen:
            path = blobs / f"sha256-{digest}"
            size = _regular_size(path)
            if size is None:
                continue
            seen[digest] = FileReport(path, path.name, "licence", size)
        out.append(seen[digest])
    return out


def _digest(name: str) -> str:
    match = DIGEST.match(name)
    return match.group(1) if match else ""


def _regular_size(path: Path) -> int | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def read_manifests(folder: Path, problems: list[Problem]) -> list[Tag]:
    """Every manifest at ``<registry>/<namespace>/<model>/<tag>`` under ``folder``."""
    budget = [OLLAMA_MAX_ENTRIES]
    tags = []
    for path, parts in _tag_files(folder, (), budget):
        tag = _read_tag(path, parts, problems)
        if tag is not None:
            tags.append(tag)
    if budget[0] < 0:
        limit = (("limit", str(OLLAMA_MAX_ENTRIES)),)
        problems.append(Problem(str(folder), "too_many_entries", limit))
    return tags


def _tag_files(folder: Path, parts: tuple[str, ...], budget: list[int]
               ) -> list[tuple[Path, tuple[str, ...]]]:
    found: list[tuple[Path, tuple[str, ...]]] = []
    for entry in _listing(folder):
        budget[0] -= 1
        if budget[0] < 0:
            break
        if not PART.match(entry.name):
            continue
        here = (*parts, entry.name)
        if len(here) < 4 and _is_dir(entry):
            found += _tag_files(Path(entry.path), here, budget)
        elif len(here) == 4:  # a file; _read_tag opens regular files only
            found.append((Path(entry.path), here))
    return found


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda e: e.name)
    except OSError:
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _read_tag(path: Path, parts: tuple[str, ...], problems: list[Problem]) -> Tag | None:
    relative = "/".join(("manifests", *parts))
    if _regular_size(path) is None:
        return None
    try:
        data = read_json_object(path, OLLAMA_MANIFEST_MAX, "Ollama manifest")
    except InspectError as exc:
        problems.append(exc.problem(str(path)))
        return None
    layers = _layers(data.get("layers"))
    registry, namespace, model, tag = parts
    prefix = "" if registry == DEFAULT_REGISTRY else f"{registry}/"
    source = SOURCES.get(registry)
    url = source.format(path=f"{namespace}/{model}", tag=tag) if source else None
    return Tag(f"{prefix}{namespace}/{model}:{tag}", url, relative, layers)


def _layers(value: object) -> dict[str, str]:
    """Digest -> role of the layers AIPIA uses (other media types and bad entries are skipped)."""
    layers = {}
    for layer in value if isinstance(value, list) else []:
        if isinstance(layer, dict) and layer.get("mediaType") in LAYERS:
            digest = _digest(str(layer.get("digest", "")))
            if digest:
                layers[digest] = LAYERS[str(layer["mediaType"])]
    return layers
