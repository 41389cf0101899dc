"""``report`` in pack.yaml: which module and questions the report's special parts read.

The report's "context and scope", its model inventory, its data-flow diagram
and its sign-off page do not guess question ids: a pack declares them here,
and the loader checks that each named module, question and column exists and
has the right kind (``app/core/loader/check_report.py``). A part whose role is
not declared, or whose question has no answer, is left out of the report.
``wording`` gives the report's words that depend on what the pack assesses
(the cover's subtitle, what the system is called...), per language.
"""

from __future__ import annotations

from pydantic import Field

from app.core.model.common import Identifier, LangText, StrictModel


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


class SignoffRoles(StrictModel):
    """Questions whose answers fill in the sign-off page (any kind of question)."""

    dpo_opinion: Identifier | None = Field(
        default=None,
        description="The opinion of the data protection officer (or privacy lead).",
    )
    validator: Identifier | None = Field(
        default=None, description="Who validates the assessment (name and role)."
    )
    decision: Identifier | None = Field(
        default=None, description="The decision taken: proceed, proceed with measures, stop..."
    )
    consulted: Identifier | None = Field(
        default=None,
        description="The people consulted (data subjects or their representatives, staff).",
    )


class ReportWording(StrictModel):
    """The report's words about what the pack assesses, per language; each is optional."""

    document: LangText | None = Field(
        default=None, description="Kind of document on the cover and the title bar, "
        "e.g. 'Privacy impact assessment'.")
    subtitle: LangText | None = Field(
        default=None, description="Subtitle of the cover (none by default).")
    system_label: LangText | None = Field(
        default=None, description="Cover label before the system's name, e.g. 'AI system "
        "assessed'.")
    system_fallback: LangText | None = Field(
        default=None, description="The system's name when `system_name` has no answer.")
    system_column: LangText | None = Field(
        default=None, description="Heading of the data-flow diagram's middle column.")
    scope_intro: LangText | None = Field(
        default=None, description="Introduction of the 'Context and scope' chapter.")
    models_intro: LangText | None = Field(
        default=None, description="Introduction of the model inventory chapter.")
    flows_intro: LangText | None = Field(
        default=None, description="Introduction of the data-flow chapter.")
    signoff_intro: LangText | None = Field(
        default=None, description="Introduction of the sign-off page.")
    decision_consult: LangText | None = Field(
        default=None, description="The sign-off's third decision box, e.g. 'Do not proceed "
        "/ consult the supervisory authority (GDPR Art. 36)'.")


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
    signoff: SignoffRoles = Field(
        default_factory=SignoffRoles,
        description="Questions whose answers fill in the sign-off page.",
    )
    wording: ReportWording = Field(
        default_factory=ReportWording,
        description="The report's words about what the pack assesses, per language.",
    )
