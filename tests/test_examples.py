"""The code blocks of the README, CONTRIBUTING and the docs run in `make test`: ```python blocks through
pytest-markdown-docs (see the root conftest.py), ```sh blocks here, in bash, against the session's mock
and sandbox. A ```console block (with its `$ ` prompt) is shown, not run: it installs something or
serves until stopped. A block that fails fails the suite: shown here by breaking one of each kind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mktestdocs import grab_code_blocks

from support.document import ROOT

PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
SHELL_BLOCKS = [
    pytest.param(block, id=f"{page.relative_to(ROOT)}#{index}")
    for page in PAGES
    for index, block in enumerate(grab_code_blocks(page.read_text(), lang="sh"), 1)
]
# The local stand-ins as the docs name them, `make mock`'s and `make sandbox`'s.
MOCK, SANDBOX = "127.0.0.1:4010", "127.0.0.1:4020"


def run_block(block: str, mock_url: str, sandbox_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Runs a shell block as a reader would, with no credentials of their own set, and the session's
    mock and sandbox where the block names `make mock`'s and `make sandbox`'s."""
    mock, sandbox = urlsplit(mock_url), urlsplit(sandbox_url)
    script = block.replace(MOCK, mock.netloc).replace(SANDBOX, sandbox.netloc)
    env = {name: value for name, value in os.environ.items() if not name.startswith("COBALT_")}
    # `cobalt` is this interpreter's, as in the venv a reader installed the kit into.
    env |= {"PATH": f"{Path(sys.executable).parent}:{env['PATH']}", "COBALT_MOCK_PORT": str(mock.port),
            "COBALT_SANDBOX_PORT": str(sandbox.port)}  # fmt: skip
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


def test_every_page_has_its_blocks_found() -> None:
    assert len(SHELL_BLOCKS) >= 5
    assert any("curl" in param.values[0] for param in SHELL_BLOCKS if str(param.id).startswith("README.md"))


@pytest.mark.parametrize("block", SHELL_BLOCKS)
def test_the_shell_block_runs(block: str, cobalt_mock, cobalt_sandbox, tmp_path: Path) -> None:
    # The plugin's sandbox settles a booking in 0.2 s, `make sandbox`'s in 1 s: a block's comments
    # say what a reader sees between its commands, on a machine of any speed.
    cobalt_sandbox.booking_delay = 3600
    ran = run_block(block, cobalt_mock.base_url, cobalt_sandbox.base_url, tmp_path)
    assert ran.returncode == 0, f"{block}\nexit {ran.returncode}\n{ran.stdout[-2000:]}\n{ran.stderr[-2000:]}"
    assert "Traceback" not in ran.stderr


def test_a_broken_shell_block_fails(cobalt_mock, cobalt_sandbox, tmp_path: Path) -> None:
    (readme_curl,) = [param.values[0] for param in SHELL_BLOCKS if str(param.id) == "README.md#1"]
    broken = readme_curl.replace("/appointments?", "/appointment-typo?").replace("curl -s", "curl -sf")
    assert run_block(readme_curl.replace("curl -s", "curl -sf"), cobalt_mock.base_url, cobalt_sandbox.base_url,
                     tmp_path).returncode == 0  # fmt: skip
    assert run_block(broken, cobalt_mock.base_url, cobalt_sandbox.base_url, tmp_path).returncode != 0


def test_a_broken_python_block_fails_the_run(pytester: pytest.Pytester) -> None:
    """The README's test and the docs' webhook example, each broken in its assertion, run as `make test`
    runs them: both fail, and the failure shows the block."""
    test_block = grab_code_blocks((ROOT / "README.md").read_text())[0]
    script_block = grab_code_blocks((ROOT / "docs" / "webhooks.md").read_text())[0]
    assert '== "30000019"' in test_block and '"another secret") == 400' in script_block
    broken = {
        "test_file": test_block.replace('== "30000019"', '== "30000018"'),
        "script": script_block.replace('"another secret") == 400', '"another secret") == 200'),
    }
    pytester.makefile(".md", **{name: f"```python\n{block}```\n" for name, block in broken.items()})
    shutil.copy(ROOT / "conftest.py", pytester.path / "conftest.py")
    # Only the copied conftest: `make test`'s temp folder is inside the checkout, whose own conftest
    # would otherwise collect each block a second time.
    confined = ("--confcutdir", str(pytester.path))
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", *confined, *(f"{name}.md" for name in broken))
    assert result.parseoutcomes() == {"failed": 2}, result.stdout.str()[-3000:]
    shown = result.stdout.str()
    assert shown.count("Error in code block:\n") >= 2
    assert "30000018" in shown and '"another secret") == 200' in shown
