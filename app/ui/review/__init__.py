"""The review and sign-off screens: verdicts, opinions, the trail, comparisons."""
