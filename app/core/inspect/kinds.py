"""Which files in a folder the inspector reads, and as what."""

from __future__ import annotations

WEIGHT_KINDS = frozenset({"safetensors", "gguf", "pickle", "onnx"})
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle")
TOKENIZER_FILES = frozenset({"tokenizer.json", "tokenizer.model", "vocab.json", "merges.txt",
                             "special_tokens_map.json", "vocab.txt", "spiece.model"})
LICENCE_PREFIXES = ("license", "licence", "use_policy", "notice")


def classify(name: str) -> str | None:
    """The kind of file ``name`` is (by name only), or None when it is not model-related."""
    lower = name.lower()
    exact = {
        "config.json": "config",
        "generation_config.json": "generation_config",
        "adapter_config.json": "adapter_config",
        "tokenizer_config.json": "tokenizer_config",
        "readme.md": "model_card",
    }
    if lower in exact:
        return exact[lower]
    if lower.endswith((".safetensors.index.json", ".bin.index.json")):
        return "index"
    if lower in TOKENIZER_FILES:
        return "tokenizer"
    if lower.startswith(LICENCE_PREFIXES):
        return "licence"
    return _by_suffix(lower)


def _by_suffix(lower: str) -> str | None:
    if lower.endswith(".safetensors"):
        return "safetensors"
    if lower.endswith(".gguf"):
        return "gguf"
    if lower.endswith(PICKLE_SUFFIXES):
        return "pickle"
    if lower.endswith(".onnx"):
        return "onnx"
    if lower.endswith(".py"):
        return "code"
    if lower.startswith("sha256-") and len(lower) == 71:
        return "blob"  # an Ollama blob: a GGUF model, a template or a licence, by content
    return None


def sniff(head: bytes) -> str | None:
    """The kind of a file by its first bytes (for blobs and files given by name)."""
    if head.startswith(b"GGUF"):
        return "gguf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06") or head[:1] == b"\x80":
        return "pickle"
    if len(head) >= 10 and head[8:10] == b'{"':
        return "safetensors"
    return None
