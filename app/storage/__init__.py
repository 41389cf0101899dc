"""AIPIA storage layer."""
