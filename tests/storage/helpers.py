"""Small helpers shared by the storage tests."""

from __future__ import annotations

import re

from app.storage import Assessment, Store

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def new_assessment(store: Store, organization_id: int, title: str = "Triage chatbot") -> Assessment:
    return store.create_assessment(organization_id, title,
                                   pack_id="ai-pia", pack_version="1.0.0", pack_hash="sha256:abc",
                                   language="en")
