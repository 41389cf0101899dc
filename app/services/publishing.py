"""What a pack publisher does, from the command line: keys, signed bundles, signed feeds,
report templates of one's own.

None of it needs the database: these work on the publisher's own files. The
pack and report layers do the work (``app.packs.signing``, ``bundle_build``,
``feed.build``, ``app.reports.templates``); this is the front ends' way to it.
"""

from __future__ import annotations

from pathlib import Path

from app.packs.bundle import BUNDLE_SUFFIX, SignerStatus
from app.packs.bundle_build import BuildError, BuildResult, build_bundle
from app.packs.feed.build import DEFAULT_VALID_DAYS, FeedBuildResult, build_feed
from app.packs.signing import generate_key_pair, group, load_private_key
from app.reports.templates import NAME_PATTERN as TEMPLATE_NAME
from app.reports.templates import copy_template, get_template, user_templates_root

__all__ = [
    "BUNDLE_SUFFIX",
    "DEFAULT_VALID_DAYS",
    "TEMPLATE_NAME",
    "BuildError",
    "BuildResult",
    "FeedBuildResult",
    "SignerStatus",
    "build_bundle",
    "build_feed",
    "generate_key_pair",
    "group",
    "load_private_key",
    "new_template",
    "user_templates_root",
]


def new_template(name: str, target: Path, *, source: str = "default",
                 user_root: Path | None = None) -> Path:
    """Copy the report template ``source`` (AIPIA's, or one of ``user_root``) as ``name``
    into ``target``; the copy renders like the original until it is changed.

    Raises:
        ReportError: no template ``source``, or ``target`` cannot be written.
    """
    return copy_template(get_template(source, user_root=user_root), target, name)
