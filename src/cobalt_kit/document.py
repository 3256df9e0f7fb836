"""The OpenAPI document of the Cobalt API, as shipped inside the package.

In a checkout `cobalt_kit/openapi/cobalt.yaml` is a link to `openapi/cobalt.yaml`; a wheel carries
a copy. Either way it is found beside this module, never from a repository root.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def spec_path() -> Path:
    # The kit installs as plain files (setuptools wheels are never zip-imported), so this is a real path
    # that Prism, schemathesis and openapi-core can open.
    return Path(str(resources.files("cobalt_kit") / "openapi" / "cobalt.yaml"))
