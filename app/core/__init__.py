"""AIPIA core layer."""
