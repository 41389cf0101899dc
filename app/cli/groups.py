"""The command groups put together from the commands of several modules.

:class:`app.cli.lazy.LazyGroup` calls these when the group is first used, so
``aipia pack ...`` imports the pack and bundle commands and nothing else.
"""

from __future__ import annotations

import click


def pack_group() -> click.Group:
    """``aipia pack``: the pack commands and the bundle commands (keygen, build, verify...)."""
    from app.cli.bundle_commands import COMMANDS
    from app.cli.pack_commands import pack

    for command in COMMANDS:
        pack.add_command(command)
    return pack


def assessment_group() -> click.Group:
    """``aipia assessment``: its own commands, the review workflow's and the evidence's."""
    from app.cli.assessment_commands import assessment
    from app.cli.evidence_commands import COMMANDS as EVIDENCE_COMMANDS
    from app.cli.review_commands import COMMANDS as REVIEW_COMMANDS
    from app.cli.section_commands import COMMANDS as SECTION_COMMANDS

    for command in (*REVIEW_COMMANDS, *EVIDENCE_COMMANDS, *SECTION_COMMANDS):
        assessment.add_command(command)
    return assessment
