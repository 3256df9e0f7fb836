"""How `make test` runs the ```python blocks of README.md, CONTRIBUTING.md and docs/ (the Markdown files
of pyproject.toml's testpaths): pytest-markdown-docs collects them. Its `--markdown-docs` would also
read the docstrings of every Python module in tests/, a second of CPU per worker: the hook below
hands it the Markdown files only.

A block that defines a `test_*` function is a test file, as a reader would save it: the function runs
with the fixtures it names, resolved by pytest for that block (`cobalt_sandbox` is the plugin's
session sandbox, reset for it). One test function per block, so that each gets its own fixtures.
Any other block runs as a script. Every block runs in a folder of its own, with no COBALT_*
variable set, and with COBALT_MOCK_PORT and COBALT_SANDBOX_PORT naming the session's mock and sandbox when the
block mentions them, so `base_url="mock"` reaches them as it reaches `make mock`'s.
"""

from __future__ import annotations

import ast
import inspect
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pytest_markdown_docs._runners import DefaultRunner, register_runner
from pytest_markdown_docs.definitions import FenceTestDefinition
from pytest_markdown_docs.plugin import MarkdownInlinePythonItem, MarkdownTextFile

from cobalt_kit.config import LOCAL_PORTS

# tests/test_examples.py runs broken blocks in a pytest of their own.
pytest_plugins = ["pytester"]

# The fixture every block gets: its value (the block's fixture request) reaches the runner as a global.
EXAMPLE_FIXTURE = "markdown_example"


def _test_functions(source: str) -> list[str]:
    return [
        node.name
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    ]


@register_runner()
class TestFileRunner(DefaultRunner):
    """Runs a block that is a test file: defines its functions, then calls its one test function
    with the fixtures its parameters name."""

    def runtest(self, test: FenceTestDefinition, args: dict[str, Any], **_: Any) -> None:
        request: pytest.FixtureRequest = args[EXAMPLE_FIXTURE]
        super().runtest(test, args)
        names = _test_functions(test.source)
        if len(names) != 1:
            raise AssertionError(f"a test block defines one test function, this one {len(names)}: {names}")
        function = args[names[0]]
        function(**{name: request.getfixturevalue(name) for name in inspect.signature(function).parameters})


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".md":
        return MarkdownTextFile.from_parent(parent, path=file_path)  # type: ignore[no-any-return]
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, MarkdownInlinePythonItem):
            item.fixturenames = (*item.fixturenames, EXAMPLE_FIXTURE)
            if _test_functions(item.code):
                item.runner_name = TestFileRunner.__name__


def _port(url: str) -> str:
    return str(urlsplit(url).port)


@pytest.fixture
def markdown_example(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> Iterator[pytest.FixtureRequest]:
    """The block's surroundings: its own folder, no credentials from the environment, the
    session's stand-ins at the ports `mock` and `sandbox` name."""
    source = request.node.code
    # Before the move to the block's folder and the clean environment: the mock fixture finds a
    # checkout's Prism from here, or through COBALT_PRISM.
    ports = {}
    if "mock" in source:
        ports[LOCAL_PORTS["mock"][0]] = _port(request.getfixturevalue("cobalt_mock").base_url)
    if "sandbox" in source:
        ports[LOCAL_PORTS["sandbox"][0]] = _port(request.getfixturevalue("cobalt_sandbox").base_url)
    monkeypatch.chdir(tmp_path)
    for name in [name for name in os.environ if name.startswith("COBALT_")]:
        monkeypatch.delenv(name)
    for name, port in ports.items():
        monkeypatch.setenv(name, port)
    yield request
