"""Small synthetic model files for the inspector's tests (nothing is downloaded).

safetensors files come from the ``safetensors`` package (numpy API) or, for
large declared sizes, a hand-written header over a sparse file; GGUF files
from ``gguf``'s writer; pickles are assembled from opcodes or made by
``pickle.dumps`` of an object whose ``__reduce__`` would run a command.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import struct
import zipfile
from pathlib import Path
from typing import Any

import gguf
import numpy as np
from safetensors.numpy import save_file

APACHE = (
    "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\n"
    "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n...\n"
    "3. Grant of Patent License. Subject to the terms and conditions of this License, ...\n"
)
LLAMA31 = (
    "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n"
    "\u201cAgreement\u201d means the terms and conditions for use, reproduction, distribution...\n"
)
BF16_BYTES = 2


def safetensors_file(path: Path, tensors: dict[str, tuple[int, ...]] | None = None,
                     metadata: dict[str, str] | None = None) -> Path:
    """A real safetensors file (float16 zeros of the given shapes)."""
    shapes = tensors or {"model.embed.weight": (8, 4), "model.norm.weight": (4,)}
    arrays = {name: np.zeros(shape, dtype=np.float16) for name, shape in shapes.items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(arrays, str(path), metadata=metadata)
    return path


def sparse_safetensors(path: Path, tensors: dict[str, tuple[int, ...]],
                       metadata: dict[str, str] | None = None) -> Path:
    """A BF16 safetensors file of any declared size: the data section is a sparse hole."""
    header: dict[str, Any] = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for name, shape in tensors.items():
        size = math.prod(shape) * BF16_BYTES
        header[name] = {"dtype": "BF16", "shape": list(shape),
                        "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(struct.pack("<Q", len(raw)) + raw)
        handle.truncate(8 + len(raw) + offset)
    return path


def params_shapes(total: int, parts: int = 4) -> dict[str, tuple[int, ...]]:
    """Tensor shapes adding up to exactly ``total`` parameters."""
    rows = total // parts // 1000
    shapes: dict[str, tuple[int, ...]] = {f"layers.{i}.weight": (rows, 1000) for i in range(parts)}
    shapes["norm.weight"] = (total - rows * 1000 * parts,)
    return shapes


def gguf_file(path: Path, *, name: str = "Tiny Llama", arch: str = "llama",
              file_type: int = 15, licence: str | None = "apache-2.0",
              extra: dict[str, Any] | None = None,
              tensors: dict[str, tuple[int, ...]] | None = None, vocab: int = 300) -> Path:
    """A GGUF written by ``gguf.GGUFWriter``; big declared tensors stay a sparse hole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_name(name)
    writer.add_file_type(file_type)
    writer.add_context_length(8192)
    if licence:
        writer.add_license(licence)
    writer.add_chat_template("{% for m in messages %}{{ m.content }}{% endfor %}")
    writer.add_token_list([f"tok{i}" for i in range(vocab)])
    for key, value in (extra or {}).items():
        writer.add_string(key, value)
    shapes = tensors or {"token_embd.weight": (64, 32), "output_norm.weight": (32,)}
    total = 0
    for tname, shape in shapes.items():
        nbytes = math.prod(shape) * 4
        writer.add_tensor_info(tname, shape[::-1], np.dtype(np.float32), nbytes)
        total += gguf.GGUFWriter.ggml_pad(nbytes, 32)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    writer.close()
    with path.open("r+b") as handle:
        handle.seek(0, os.SEEK_END)
        handle.truncate(handle.tell() + total)
    return path


class RunsCommand:
    """Unpickling this would run a shell command (it is only ever pickled here)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (os.system, (self.command,))


def malicious_pickle(path: Path, sentinel: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"weights": RunsCommand(f"touch {sentinel}")}, protocol=4))
    return path


BENIGN_PICKLE = (
    b"\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x06\x00\x00\x00weightq\x02"
    b"ctorch._utils\n_rebuild_tensor_v2\nq\x03)Rq\x04s."
)


def benign_pickle(path: Path) -> Path:
    """A legacy-style pickle that only rebuilds a tensor in an OrderedDict."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(BENIGN_PICKLE)
    return path


def torch_zip(path: Path, data_pkl: bytes = BENIGN_PICKLE) -> Path:
    """A zip-wrapped torch checkpoint: archive/data.pkl plus a storage entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", data_pkl)
        archive.writestr("archive/version", "3\n")
        archive.writestr("archive/data/0", b"\x00" * 64)
    return path


def hf_folder(root: Path, *, auto_map: bool = False, licence_text: str | None = APACHE,
              card: dict[str, Any] | None = None, params: int | None = None) -> Path:
    """A Hugging Face style model folder."""
    root.mkdir(parents=True, exist_ok=True)
    config: dict[str, Any] = {"architectures": ["LlamaForCausalLM"], "model_type": "llama",
                              "max_position_embeddings": 131072, "torch_dtype": "bfloat16"}
    if auto_map:
        config["auto_map"] = {"AutoConfig": "configuration_tiny.TinyConfig",
                              "AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM"}
        (root / "configuration_tiny.py").write_text("# remote code\n")
        (root / "modeling_tiny.py").write_text("# remote code\n")
    (root / "config.json").write_text(json.dumps(config))
    (root / "generation_config.json").write_text(json.dumps({"temperature": 0.6, "top_p": 0.9}))
    (root / "tokenizer_config.json").write_text(json.dumps({"chat_template": "{{ messages }}"}))
    (root / "tokenizer.json").write_text("{}")
    if licence_text:
        (root / "LICENSE").write_text(licence_text)
    if card is not None:
        (root / "README.md").write_text(front_matter(card) + "\n# Model card\n")
    if params:
        sparse_safetensors(root / "model.safetensors", params_shapes(params))
    else:
        safetensors_file(root / "model.safetensors")
    return root


def front_matter(data: dict[str, Any]) -> str:
    lines = ["---"]
    for key, value in data.items():
        lines.append(f"{key}: {json.dumps(value)}")
    return "\n".join([*lines, "---"])


def lora_folder(root: Path, base: str, *, params: int = 40_000_000,
                card: dict[str, Any] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "adapter_config.json").write_text(json.dumps(
        {"peft_type": "LORA", "base_model_name_or_path": base, "r": 16,
         "target_modules": ["q_proj", "v_proj"]}))
    sparse_safetensors(root / "adapter_model.safetensors", params_shapes(params))
    if card is not None:
        (root / "README.md").write_text(front_matter(card) + "\n")
    return root


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
