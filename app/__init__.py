"""AIPIA: offline privacy impact assessments for AI systems."""

__version__ = "0.1.0"
