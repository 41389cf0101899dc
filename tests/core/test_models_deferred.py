"""The pack models are built on first use, not at import (issue 19: start-up).

Importing the model and the built-in kinds builds no validator (that is what made
``import app.core.model`` cost half a second); the first pack read builds them, and
a kind registered after that still reaches the rebuilt models
(``tests/core/test_kinds.py`` checks the validation itself).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

BUILT = """
import json, sys
from pathlib import Path
from pydantic import BaseModel
import app.core.model, app.core.kinds.builtin

def built():
    def walk(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)
    # open generic bases (DeferredRoot[T]) are no pack model: nothing to validate
    return sorted({c.__qualname__ for c in walk(BaseModel)
                   if c.__module__.startswith("app.") and c.__pydantic_complete__
                   and not c.__pydantic_generic_metadata__["parameters"]})

at_import = built()
from app.core.loader import load_pack
result = load_pack(Path(sys.argv[1]))
print(json.dumps([at_import, built(), result.pack is not None]))
"""


@pytest.mark.slow
def test_no_pack_model_is_built_at_import_and_a_pack_read_builds_them() -> None:
    pack = REPO_ROOT / "questionnaires" / "ai-pia"
    result = subprocess.run([sys.executable, "-c", BUILT, str(pack)], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    at_import, after_read, loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert at_import == []
    assert loaded and {"Manifest", "Module"} <= set(after_read)
