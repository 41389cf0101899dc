"""Evidence: files attached to an answer, a measure, a section or the whole assessment."""
