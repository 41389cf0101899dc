"""Every bound the model inspector keeps, in one place (SECURITY.md: limits are named constants).

Model files come from anywhere and may lie about their own sizes. Nothing is
read because a file says it is there: each declared length is checked against
these limits and against the real file size before a byte is read. With these
limits one scan holds at most a few hundred megabytes in the worst case
(a safetensors header at the cap parsed into Python objects) and about 10 MB
for real model folders; ``tests/core/test_inspect_hostile.py`` measures it.
"""

from __future__ import annotations

MiB = 1024 * 1024

# safetensors: the header is JSON after an 8-byte little-endian length.
SAFETENSORS_MAX_HEADER = 8 * MiB  # real headers: 10 kB - 2 MB
SAFETENSORS_MAX_TENSORS = 200_000

# JSON side files: config.json, adapter_config.json, tokenizer_config.json, index files.
SMALL_JSON_MAX = 4 * MiB  # tokenizer_config.json can hold a long chat template
INDEX_JSON_MAX = 16 * MiB  # model.safetensors.index.json of a very large model

# Text read for evidence.
README_MAX = 1 * MiB  # only the YAML front matter is kept
LICENCE_MAX = 256 * 1024  # licence texts are 5-50 kB; phrases are found in the first part
GIT_FILE_MAX = 64 * 1024

# GGUF: a binary header of key/value metadata, then tensor descriptions.
GGUF_MAX_KV = 100_000  # real files: 20-60 keys
GGUF_MAX_TENSORS = 1_000_000  # real files: a few thousand
GGUF_MAX_ARRAY = 10_000_000  # the largest real arrays are vocabularies (~300k entries)
GGUF_MAX_KEY = 64 * 1024  # a key or tensor name longer than this is refused
GGUF_KEEP_STRING = 256 * 1024  # longer string values are skipped, their length noted
GGUF_MAX_DIMS = 8  # ggml uses at most 4
GGUF_MAX_HEADER = 512 * MiB  # metadata plus tensor descriptions

# Pickle: scanned opcode by opcode as a stream, never unpickled.
PICKLE_MAX_BYTES = 32 * MiB  # a torch checkpoint's data.pkl is KBs to a few MBs
PICKLE_MAX_LINE = 64 * 1024  # text opcodes (GLOBAL module names) are short lines
PICKLE_MAX_MEMO = 100_000
PICKLE_MAX_GLOBALS = 1_000  # distinct imports kept per file
PICKLE_MAX_STREAMS = 5  # legacy torch files hold up to 5 pickles in a row

# Zip-wrapped torch files: the central directory is checked before zipfile reads it.
ZIP_MAX_ENTRIES = 100_000
ZIP_MAX_DIRECTORY = 64 * MiB
ZIP_MAX_PICKLES = 16  # .pkl members scanned, each within PICKLE_MAX_BYTES

# Walking folders.
WALK_MAX_ENTRIES = 200_000  # directory entries looked at, over all folders
WALK_MAX_FILES = 5_000  # model-related files kept for inspection
WALK_MAX_DEPTH = 32

# Ollama's model store: manifests are ~1 kB JSON files four folders below "manifests".
OLLAMA_MANIFEST_MAX = 64 * 1024
OLLAMA_MAX_ENTRIES = 10_000  # registry, namespace, model and tag entries looked at

# Hashing.
HASH_CHUNK = 1 * MiB

# Echoed input values in messages (SECURITY.md: at most ~200 characters).
ECHO_MAX = 200
