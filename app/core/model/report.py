"""``report`` in pack.yaml: which module and questions the report's special parts read.

The report's "context and scope", its model inventory and its data-flow
diagram do not guess question ids: a pack declares them here, and the loader
checks that each named module, question and column exists and has the right
kind (``app/core/loader/check_report.py``). A part whose role is not declared
says "not covered by this questionnaire" in the report.
"""

from __future__ import annotations

from pydantic import Field

from app.core.model.common import Identifier, StrictModel


class FlowRole(StrictModel):
    """A table question whose rows are data flows, and which of its columns say what."""

    table: Identifier = Field(description="Id of a table question; each row is one flow.")
    source: Identifier | None = Field(
        default=None,
        description="Column saying where the data comes from (the diagram's first column).",
    )
    system: Identifier | None = Field(
        default=None,
        description="Column naming the system that processes the data (default: the "
        "answer to `system_name`).",
    )
    recipient: Identifier | None = Field(
        default=None, description="Column naming who receives the data."
    )
    country: Identifier | None = Field(
        default=None,
        description="Column giving the country the data goes to; compared with "
        "`home_country` to mark cross-border flows.",
    )
    data: Identifier | None = Field(
        default=None, description="Column listing the personal data of the flow."
    )
    relationship: Identifier | None = Field(
        default=None,
        description="Column saying how the recipient relates to the organisation "
        "(e.g. processor or third party).",
    )


class TransferRole(FlowRole):
    """A table question listing recipients abroad: each row is a transfer to another country."""

    recipient: Identifier = Field(description="Column naming the recipient abroad.")
    country: Identifier = Field(description="Column giving the recipient's country.")
    data: Identifier = Field(description="Column listing the personal data transferred.")


class ReportRoles(StrictModel):
    """Where the report finds its context and scope, model inventory and data flows."""

    scope_module: Identifier | None = Field(
        default=None,
        description="Id of the module whose answers form the report's 'context and scope'.",
    )
    system_name: Identifier | None = Field(
        default=None, description="Id of a short_text question naming the assessed system."
    )
    model_inventory: Identifier | None = Field(
        default=None,
        description="Id of a table question listing the models; one card per row, "
        "the first column is the card's title.",
    )
    data_flows: FlowRole | None = Field(
        default=None, description="The table of data flows and the meaning of its columns."
    )
    transfers: TransferRole | None = Field(
        default=None, description="The table of recipients abroad and the meaning of its columns."
    )
    home_country: Identifier | None = Field(
        default=None,
        description="Id of a single_choice or short_text question whose answer is the "
        "organisation's own country; a flow to any other country is cross-border.",
    )
