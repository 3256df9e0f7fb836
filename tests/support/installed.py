"""The kit as an integrator gets it: `make dist`, then fresh virtual environments outside the checkout,
one with the base package only and one with both extras. Built once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from support.document import ROOT


@dataclass(frozen=True)
class Installed:
    base: Path  # bin/ of a venv with `pip install cobalt-kit`
    full: Path  # bin/ of a venv with `pip install "cobalt-kit[sandbox,contract]" pytest`
    dist: Path


def _venv(where: Path, *requirements: str, dist: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    # --no-compile: bytecode is written on first import anyway, and compiling every package here
    # would double the time this takes.
    command = [str(where / "bin" / "pip"), "install", "--quiet", "--no-compile", "--find-links", str(dist)]
    subprocess.run([*command, *requirements], check=True, capture_output=True, text=True)
    return where / "bin"


def build(tmp: Path) -> Installed:
    dist = tmp / "dist"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "dist", f"DIST={dist}"], check=True,
                   capture_output=True, env=env)  # fmt: skip
    with ThreadPoolExecutor(2) as pool:
        base = pool.submit(_venv, tmp / "base", "cobalt-kit", dist=dist)
        full = pool.submit(_venv, tmp / "full", "cobalt-kit[sandbox,contract]", "pytest", dist=dist)
        return Installed(base.result(), full.result(), dist)
