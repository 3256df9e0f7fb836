"""Copies what `make dist` builds from into a fresh folder (`python tools/stage_dist.py FOLDER`).

Built in the checkout, a package picks up whatever else is there (a stale egg-info or build folder)
and its build races anything else that runs in the checkout meanwhile (a test suite does): a build
of the copy does neither. The document's link inside the package stays a link to the copied
`openapi/cobalt.yaml`, so the wheel carries the document itself.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# A repository tool: it lives in tools/ of the checkout it copies.
ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = shutil.ignore_patterns("*.egg-info", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache")


def stage(target: Path) -> None:
    for folder in ("generated", "src", "openapi"):
        shutil.copytree(ROOT / folder, target / folder, ignore=LEFT_OUT, symlinks=True)
    for file in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / file, target / file)


if __name__ == "__main__":
    stage(Path(sys.argv[1]))
