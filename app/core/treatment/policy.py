"""The acceptance policy in force: the pack's, or a default one when the pack has none."""

from __future__ import annotations

from app.core.model import AcceptancePolicy, AcceptanceRole, LangText, LevelAcceptance
from app.core.pack import Pack

DEFAULT_POLICY = AcceptancePolicy(
    roles=(
        AcceptanceRole(id="owner", label=LangText({"en": "Risk owner", "ko": "위험 책임자"})),
        AcceptanceRole(
            id="privacy_officer",
            label=LangText({"en": "Privacy officer (CPO or DPO)", "ko": "개인정보 보호책임자"}),
        ),
    )
)
ANY_ROLE = LevelAcceptance()


def policy_of(pack: Pack) -> AcceptancePolicy:
    return pack.manifest.acceptance or DEFAULT_POLICY


def level_rule(pack: Pack, level: str) -> LevelAcceptance:
    """What accepting a residual risk of ``level`` takes (any role when the policy is silent)."""
    return policy_of(pack).levels.get(level, ANY_ROLE)


def role_of(pack: Pack, role_id: str) -> AcceptanceRole | None:
    return next((r for r in policy_of(pack).roles if r.id == role_id), None)


def roles_for(pack: Pack, level: str) -> tuple[AcceptanceRole, ...]:
    """The roles that may accept a residual risk of ``level`` (none if it cannot be)."""
    rule = level_rule(pack, level)
    if not rule.allowed:
        return ()
    roles = policy_of(pack).roles
    return tuple(r for r in roles if not rule.by or r.id in rule.by)
