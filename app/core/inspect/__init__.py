"""The model inspector: reads model folders and files (never runs them) and proposes answers.

Point it at a folder or file: it reads safetensors headers, GGUF metadata,
pickle opcodes, the Hugging Face layout (config, adapter, tokenizer, model
card, licence) and hashes every file, within the bounds of ``limits.py``.
Pure Python with file reading only: no Qt, no database.
"""

from app.core.inspect.findings import (
    Fact,
    FileReport,
    FlaggedGlobal,
    ModelReport,
    Problem,
    ScanReport,
)
from app.core.inspect.inventory import Proposals, RowProposal, Suggestion, propose
from app.core.inspect.scan import Progress, ScanOptions, scan

__all__ = [
    "Fact",
    "FileReport",
    "FlaggedGlobal",
    "ModelReport",
    "Problem",
    "Progress",
    "Proposals",
    "RowProposal",
    "ScanOptions",
    "ScanReport",
    "Suggestion",
    "propose",
    "scan",
]
