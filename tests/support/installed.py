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


def pip(bin_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """This interpreter's pip, working on the environment of `bin_dir` (pip's --python): an
    environment made without a pip of its own takes a fraction of a second, not seconds."""
    command = [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), *arguments]
    return subprocess.run(command, capture_output=True, text=True)


def _venv(where: Path, *requirements: str, dist: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    # --no-compile: bytecode is written on first import anyway, and compiling every package here
    # would double the time this takes.
    installed = pip(where / "bin", "install", "--quiet", "--no-compile", "--find-links", str(dist), *requirements)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return where / "bin"


def build(tmp: Path) -> Installed:
    tmp.mkdir(parents=True, exist_ok=True)
    dist = tmp / "dist"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    made = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "dist", f"DIST={dist}"],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert made.returncode == 0, made.stdout[-3000:] + made.stderr[-3000:]
    with ThreadPoolExecutor(2) as pool:
        base = pool.submit(_venv, tmp / "base", "cobalt-kit", dist=dist)
        full = pool.submit(_venv, tmp / "full", "cobalt-kit[sandbox,contract]", "pytest", dist=dist)
        return Installed(base.result(), full.result(), dist)
