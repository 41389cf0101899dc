"""``python -m app``: the same as the ``aipia`` command (the desktop app, or a command)."""

from app.launch import main

main()
