"""Replaces pyinstaller-hooks-contrib's hook-weasyprint.py for the AIPIA build.

That hook looks up Pango & co. by name and, on Debian, gives up with a warning
that WeasyPrint "will likely fail to work"; build.spec names those libraries
itself, so this hook only collects WeasyPrint's data files (its default CSS).
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("weasyprint")
