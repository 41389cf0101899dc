"""Use cases shared by the CLI and the desktop UI (above packs/reports, below ui/cli).

Both front ends need the same steps (open an assessment with its pack, save a
validated answer, export and import); keeping them here stops the two from
drifting apart.
"""
