"""What a pack publisher does, from the command line: keys, signed bundles, signed feeds.

None of it needs a data folder: these work on the publisher's own files. The
pack layer does the work (``app.packs.signing``, ``bundle_build``, ``feed.build``);
this is the front ends' way to it.
"""

from __future__ import annotations

from app.packs.bundle import BUNDLE_SUFFIX, SignerStatus
from app.packs.bundle_build import BuildError, BuildResult, build_bundle
from app.packs.feed.build import DEFAULT_VALID_DAYS, FeedBuildResult, build_feed
from app.packs.signing import generate_key_pair, group, load_private_key

__all__ = [
    "BUNDLE_SUFFIX",
    "DEFAULT_VALID_DAYS",
    "BuildError",
    "BuildResult",
    "FeedBuildResult",
    "SignerStatus",
    "build_bundle",
    "build_feed",
    "generate_key_pair",
    "group",
    "load_private_key",
]
