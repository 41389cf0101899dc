"""Pack loading: guarded YAML, schema validation with file:line:col errors, cross-checks."""

from app.core.loader.load import (
    MANIFEST_NAME,
    LoadResult,
    PackLoadError,
    load_pack,
    read_manifest,
    require_pack,
)

__all__ = ["MANIFEST_NAME", "LoadResult", "PackLoadError", "load_pack", "read_manifest",
           "require_pack"]
