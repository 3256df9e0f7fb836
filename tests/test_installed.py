"""The kit leaves its repository: its wheels install into a fresh environment outside the checkout,
and there the sandbox, the contract runner, the pytest plugin and the types work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mktestdocs import grab_code_blocks

from support import reference
from support.document import ROOT
from support.installed import Installed, build, pip
from support.servers import free_port

# One worker runs this module from top to bottom: the wheels are built once, for the tests of this module.
pytestmark = pytest.mark.xdist_group("installed")

DEMO = {"client_id": "ci_demo", "client_secret": "cs_demo", "access_token": "at_demo"}
# What an integrator's environment holds: nothing of this checkout.
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("COBALT_", "SANDBOX_", "PYTHON", "VIRTUAL_ENV"))}


@pytest.fixture(scope="module")
def outside() -> Iterator[Path]:
    """A folder outside the checkout (pytest's temp folder may be inside it): nothing there can see the
    repository, and no pytest there finds its configuration."""
    with tempfile.TemporaryDirectory(prefix="cobalt-kit-installed-") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def installed(outside: Path) -> Installed:
    return build(outside / "installed")


@pytest.fixture(scope="module")
def project(outside: Path) -> Path:
    """An integrator's own folder, far from the checkout (the shipped document must be found anyway)."""
    (outside / "project").mkdir()
    return outside / "project"


def run(bin_dir: Path, *argv: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**CLEAN_ENV, "PATH": f"{bin_dir}:{CLEAN_ENV['PATH']}", **kwargs.pop("env", {})}
    return subprocess.run([str(bin_dir / argv[0]), *argv[1:]], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300, **kwargs)  # fmt: skip


def test_the_kit_pins_the_client_exactly_and_ships_its_document(installed: Installed) -> None:
    (wheel,) = installed.dist.glob("cobalt_kit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert {"cobalt_kit/openapi/cobalt.yaml", "cobalt_kit/py.typed"} <= set(names)
    (client_wheel,) = installed.dist.glob("cobalt_client-*.whl")
    version = client_wheel.name.split("-")[1]
    assert "+" in version  # a local version: the public index can never serve one
    assert f"Requires-Dist: cobalt-client=={version}\n" in metadata
    assert sorted(p.name.split("-")[0] for p in installed.dist.iterdir()) == ["cobalt_client"] * 2 + ["cobalt_kit"] * 2


def test_the_base_package_installs_no_server_stack(installed: Installed, project: Path) -> None:
    listed = pip(installed.base, "list", "--format=freeze").stdout.lower()
    assert "cobalt-kit==" in listed
    for package in ("starlette", "uvicorn", "openapi-core", "schemathesis"):
        assert f"{package}==" not in listed
    for command, extra in (("sandbox", "sandbox"), ("contract", "contract")):
        result = run(installed.base, "cobalt", command, *(["--base-url", "mock"] if command == "contract" else []),
                     cwd=project)  # fmt: skip
        assert result.returncode == 2
        assert result.stderr.strip() == f'error: this needs the kit\'s {extra} extra: pip install "cobalt-kit[{extra}]"'
        imported = run(installed.base, "python", "-c", f"import cobalt_kit.{command}", cwd=project)
        assert imported.stderr.strip().endswith(
            f'this needs the kit\'s {extra} extra: pip install "cobalt-kit[{extra}]"'
        )


@pytest.fixture(scope="module")
def served(installed: Installed, project: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [str(installed.full / "cobalt"), "sandbox", "--port", str(port), "--db", str(project / "sandbox.db")],
        cwd=project, env=CLEAN_ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == f"Cobalt sandbox listening on http://127.0.0.1:{port}", first
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert process.stdout.read().splitlines()[-1] == "Cobalt sandbox stopped"


def test_cobalt_sandbox_serves_the_references_curl_requests(served: str) -> None:
    one = httpx.get(f"{served}/appointments/2109607", headers=DEMO)
    assert one.status_code == 200
    assert one.json()["appointments"]["id"] == "2109607"
    listed = httpx.get(f"{served}/appointments", params={"start_date": "2024-03-14", "end_date": "2024-04-14"},
                       headers=DEMO)  # fmt: skip
    assert listed.status_code == 200
    assert "2109607" in {a["id"] for a in listed.json()["results"]["appointments"]}
    created = httpx.post(f"{served}/appointments", json=reference.CREATE_REQUEST, headers=DEMO)
    assert (created.status_code, created.json()["success"]) == (200, True)
    assert httpx.get(f"{served}/appointments/2109607").status_code == 401


def test_cobalt_contract_conforms_against_it(installed: Installed, project: Path, served: str) -> None:
    # No COBALT_* credentials: against a loopback URL the runner sends the sandbox's demo set.
    result = run(installed.full, "cobalt", "contract", "--base-url", served, "--allow-writes", "--rate", "200",
                 cwd=project)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sending the sandbox's demo credentials" in result.stderr
    assert "**conforms**" in (project / "reports" / "contract" / "contract-report.md").read_text()


def docs_test_files() -> list[str]:
    """The test files of the README and the testing page (the blocks that define a test), as a user would
    copy them; those that need Prism, which this environment does not have, are left out."""
    pages = [ROOT / "README.md", ROOT / "docs" / "testing.md"]
    blocks = [block for page in pages for block in grab_code_blocks(page.read_text())]
    return [block for block in blocks if "def test_" in block and "cobalt_mock" not in block]


def test_a_users_tests_pass_with_the_plugin_under_plain_pytest(installed: Installed, project: Path) -> None:
    tests = project / "user_tests"
    tests.mkdir()
    files = docs_test_files()
    assert len(files) >= 10
    for number, block in enumerate(files, 1):
        (tests / f"test_docs_{number}.py").write_text(block)
    # A temp folder of its own: a pytest in the default one prunes older sessions' folders, this one's too.
    basetemp = f"--basetemp={project / 'user_tmp'}"
    result = run(installed.full, "pytest", "-q", "-p", "no:cacheprovider", basetemp, str(tests), cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(files)} passed" in result.stdout


def test_a_users_code_is_typed_by_the_installed_packages(installed: Installed, project: Path) -> None:
    user = project / "typed_use.py"
    user.write_text(
        textwrap.dedent("""
        from cobalt_kit import Cobalt

        appointment = Cobalt("a", "b", "c", base_url="mock").appointments.get("2109607")
        reveal_type(appointment)
    """)
    )
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run([str(mypy), "--strict", "--no-incremental", "--python-executable",
                             str(installed.full / "python"), str(user)],
                            cwd=project, env=CLEAN_ENV, capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout
    assert 'Revealed type is "cobalt_client.models.appointment.Appointment"' in result.stdout


def test_cobalt_openapi_prints_the_shipped_document(installed: Installed, project: Path) -> None:
    path = run(installed.base, "cobalt", "openapi", "--path", cwd=project).stdout.strip()
    assert path.endswith("site-packages/cobalt_kit/openapi/cobalt.yaml")
    assert Path(path).read_text() == run(installed.base, "cobalt", "openapi", cwd=project).stdout
