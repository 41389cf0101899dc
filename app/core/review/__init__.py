"""The consultants' workflow (pure): review and sign-off, opinions, evidence rules, revisions.

- ``workflow``: the statuses' moves and what each needs; the read-only rule;
- ``opinions``: the DPO's and the people concerned's opinions;
- ``evidence``: attachment names, sizes and which files may be opened;
- ``records``: what storage keeps and every layer reads;
- ``package_format``: the review part of an exchange file, revision snapshots;
- ``compare``: what changed between two revisions or two assessments.
"""

from app.core.review.errors import ReviewError
from app.core.review.evidence import EvidenceError
from app.core.review.records import (
    OPINION_KINDS,
    STANCES,
    TARGET_KINDS,
    VERDICTS,
    Attachment,
    Opinion,
    ReviewComment,
    ReviewEvent,
    Revision,
    RevisionInfo,
    SectionVerdict,
)

__all__ = [
    "OPINION_KINDS",
    "STANCES",
    "TARGET_KINDS",
    "VERDICTS",
    "Attachment",
    "EvidenceError",
    "Opinion",
    "ReviewComment",
    "ReviewError",
    "ReviewEvent",
    "Revision",
    "RevisionInfo",
    "SectionVerdict",
]
