"""Pack versions: what changed between two versions of a pack, and how an assessment moves."""
