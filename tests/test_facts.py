"""The API facts the kit's code shares are the document's, and importing the kit leaves every other
library's global state alone."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cobalt_kit.facts import CREDENTIAL_HEADERS, PRODUCTION_URL
from cobalt_kit.servers import PRISM_VERSION

from support.document import ROOT, load


def test_credential_headers_are_the_documents_security_schemes() -> None:
    schemes = load()["components"]["securitySchemes"]
    assert [(s["in"], s["name"]) for s in schemes.values()] == [("header", h) for h in CREDENTIAL_HEADERS]


def test_the_production_url_is_the_documents_https_server() -> None:
    assert [s["url"] for s in load()["servers"] if s["url"].startswith("https://")] == [PRODUCTION_URL]


def test_the_prism_the_kit_names_is_the_pinned_one() -> None:
    pinned = json.loads((ROOT / "mock" / "package.json").read_text())["dependencies"]["@stoplight/prism-cli"]
    assert pinned == PRISM_VERSION


PROBE = """
import logging, sys
def state():
    loggers = [logging.getLogger()] + [logging.getLogger(n) for n in sorted(logging.root.manager.loggerDict)]
    return {l.name: (list(l.filters), list(l.handlers), l.level) for l in loggers if isinstance(l, logging.Logger)}
import httpx, httpcore
before = state()
import cobalt_kit, cobalt_kit.cli, cobalt_kit.pytest_plugin
after = {name: value for name, value in state().items() if name in before}
print(before == after, sorted(m for m in ("starlette", "uvicorn", "openapi_core", "schemathesis") if m in sys.modules))
"""


def test_importing_the_kit_changes_no_other_librarys_logging_and_loads_no_server_stack() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True []"


def test_a_moved_name_still_works_with_a_deprecation_warning() -> None:
    from cobalt_kit import facts

    with pytest.warns(DeprecationWarning, match="DEMO_CREDENTIALS"):
        assert facts.SANDBOX_DEMO_CREDENTIALS == facts.DEMO_CREDENTIALS
