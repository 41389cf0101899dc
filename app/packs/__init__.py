"""AIPIA packs layer."""
