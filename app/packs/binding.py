"""Which publisher key a pack id belongs to (SECURITY.md, "Signatures and versions").

A pack id first installed from a trusted key stays bound to that key, so that
an unverified pack can never block, shadow or pass for an upgrade of the
publisher's signed versions:

- the id of a built-in pack belongs to the keys that ship with AIPIA
  (``resources/keys``);
- any other id is bound to the key of the first bundle installed with a
  signature by a trusted key; the binding is kept in the settings and stays
  when the key is later removed from the trust store (its packs then show as
  unverified, and still nobody else may publish under the id);
- an id nobody has vouched for yet is unbound: its unverified versions are
  installed, listed and upgraded among themselves as before.

Only versions from the bound key count for "newest", "newer version" and
rollback refusals; an unsigned pack, or one signed by another key, that claims
a bound id is refused at install.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from app.packs import signing, trust
from app.storage import Store

BINDINGS_SETTING = "pack_key_bindings"


@dataclass(frozen=True)
class Binding:
    """The keys allowed to publish versions of ``pack_id``."""

    pack_id: str
    keys: frozenset[str]
    builtin: bool  # the id of a pack that ships with AIPIA

    def owns(self, source: str, signer: str | None) -> bool:
        """Whether a pack version from ``source``, signed by ``signer``, is the publisher's."""
        return (self.builtin and source == "builtin") or signer in self.keys

    def owner(self, store: Store | None) -> str:
        """The owner in words: "the AIPIA project key" or "the key 3F2A 9C1B … (name)"."""
        if self.builtin:
            return "the AIPIA project key (it is a pack built into AIPIA)"
        key_id = next(iter(self.keys))
        known = trust.trusted_keys(store).get(key_id)
        name = f" ({known.name})" if known is not None and known.name else ""
        return f"the key {signing.group(key_id)[:19]} …{name}"


def refusal(bound: Binding, store: Store | None, signer: str | None, what: str) -> str:
    """Why a pack from ``signer`` (None: unsigned) may not use the bound id, and what to do."""
    how = ("is not signed" if signer is None
           else f"is signed by another key ({signing.group(signer)[:19]} …)")
    if bound.builtin:
        why = (f"{bound.pack_id} is the id of a pack built into AIPIA: only a bundle signed "
               "with the AIPIA project key can install a version of it")
    else:
        why = (f"{bound.pack_id} was first installed from a bundle signed by "
               f"{bound.owner(store)}, so only that key can publish its versions")
    return (f"{why}. {what} {how}, so it is refused: it could pass for the publisher's "
            "pack. Ask the publisher for a bundle signed with their key; if it is a "
            "different pack, give it an id of its own in pack.yaml.")


def find_binding(store: Store | None, pack_id: str, builtin_ids: Collection[str]) -> Binding | None:
    """The binding of ``pack_id``, or None while nobody has vouched for it."""
    if pack_id in builtin_ids:
        keys = frozenset(key.key_id for key in trust.builtin_keys())
        return Binding(pack_id, keys, builtin=True)
    if store is None:
        return None
    key_id = _stored(store).get(pack_id) or _first_trusted_install(store, pack_id)
    return Binding(pack_id, frozenset({key_id}), builtin=False) if key_id else None


def bind(store: Store, pack_id: str, key_id: str) -> None:
    """Bind ``pack_id`` to ``key_id`` unless it is bound already (the first binding stays)."""
    bindings = _stored(store)
    if pack_id not in bindings:
        store.set_setting(BINDINGS_SETTING, {**bindings, pack_id: key_id})


def _stored(store: Store) -> dict[str, str]:
    value = store.get_setting(BINDINGS_SETTING, {})
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _first_trusted_install(store: Store, pack_id: str) -> str | None:
    """For data folders from before bindings were kept: the earliest trusted signed install."""
    trusted = trust.trusted_keys(store)
    signed = [p for p in store.list_installed_packs()
              if p.pack_id == pack_id and p.source == "bundle" and p.verified
              and p.signer in trusted]
    first = min(signed, key=lambda p: p.installed_at, default=None)
    return first.signer if first is not None else None
