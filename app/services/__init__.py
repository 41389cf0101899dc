"""The application facade, shared by the CLI and the desktop UI (above packs/reports).

:class:`app.services.workspace.Workspace` holds every use case both front ends
need (clients, assessments, answers, plans, packs, trust, reports, export and
import, feeds, model scans, backups); they import no storage, pack or report
module (an import-linter contract), and learn of changes from its events.
"""
