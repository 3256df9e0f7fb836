"""Layers only point down: import-linter's contracts in pyproject.toml (what `make lint` runs) hold for the
kit, and an import that points up, planted in a copy of the package, fails them."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from support.document import ROOT

# One worker: each run builds the package's import graph (a second or two of CPU).
pytestmark = pytest.mark.xdist_group("layers")


def lint_imports(checkout: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` as `make lint` runs it, in `checkout` (its pyproject.toml, its src/)."""
    executable = shutil.which("lint-imports")
    assert executable, "lint-imports is not installed: `make setup` installs it (requirements.lock pins it)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(checkout / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [executable, "--no-cache", "--no-logo"], cwd=checkout, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_kit_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and pyproject.toml, copied: the plants go there, never into the checkout."""
    checkout = tmp_path_factory.mktemp("checkout")
    shutil.copy(ROOT / "pyproject.toml", checkout)
    ignore = shutil.ignore_patterns("__pycache__", "openapi")
    shutil.copytree(ROOT / "src" / "cobalt_kit", checkout / "src" / "cobalt_kit", ignore=ignore)
    return checkout


# module that gets the import, the import (pointing up), the contract that must break.
PLANTS = {
    "configuration imports the client": (
        "config.py", "from cobalt_kit.client import Cobalt", "Layers only point down"
    ),
    "errors import the CLI": ("errors.py", "import cobalt_kit.cli", "Layers only point down"),
    "the sandbox's courier imports the client": (
        "sandbox/delivery.py", "from cobalt_kit.client import is_loopback", "never import the client layer"
    ),
    "the contract runner imports the client": (
        "contract/runner.py", "from cobalt_kit.client import Cobalt", "never import the client layer"
    ),
    "signing imports httpx": ("signing.py", "import httpx", "Webhook signing needs only the standard library"),
    "the store imports the backend": (
        "sandbox/store.py", "from cobalt_kit.sandbox import backend", "The sandbox's store is SQL only"
    ),
}  # fmt: skip


@pytest.mark.parametrize("plant", list(PLANTS))
def test_an_import_that_points_up_fails_the_lint(copy: Path, plant: str) -> None:
    module, statement, contract = PLANTS[plant]
    path = copy / "src" / "cobalt_kit" / module
    original = path.read_text()
    # At the end of the module: the import is a statement like any other, wherever it is.
    path.write_text(f"{original}\n{statement}  # planted\n")
    try:
        result = lint_imports(copy)
    finally:
        path.write_text(original)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken and "BROKEN" in result.stdout, result.stdout
    planted_at = len(original.splitlines()) + 2
    assert f"cobalt_kit.{module.removesuffix('.py').replace('/', '.')} -> " in broken
    assert f"(l.{planted_at})" in broken, broken


def test_every_tool_is_sorted_as_the_repositorys_own() -> None:
    """tools/ runs its scripts by bare name (pytest's pythonpath, `python tools/x.py`): ruff's isort knows
    each as a local module, or sorts its imports among the third-party ones."""
    local = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]["isort"]["known-local-folder"]
    assert {path.stem for path in (ROOT / "tools").glob("*.py")} <= set(local)
