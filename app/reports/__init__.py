"""AIPIA reports layer."""
