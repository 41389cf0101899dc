"""The assessment wizard: sections, questions, guidance, autosave."""
