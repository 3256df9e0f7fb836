"""Scenario files: each practice's data, EHR, blocks and faults in one YAML (or JSON) file, as the
controls' document's `Scenario` describes it. The sandbox checks each practice's part against
`PracticeScenario` when it is loaded (`POST /_sandbox/scenario`); this module reads the file and
checks its outer shape, so that a mistake there is named before anything is sent.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from cobalt_kit.extras import require


def examples() -> dict[str, Path]:
    """The scenarios the kit ships, by name ("busy-day", "flaky-ehr"): `cobalt sandbox --scenario`
    and the marker's `scenario=` take the name or any file."""
    folder = Path(str(resources.files("cobalt_kit") / "scenarios"))
    return {path.stem: path for path in sorted(folder.glob("*.yaml"))}


def find(name: Path | str, folder: Path) -> Path:
    """A scenario: one the kit ships by that name, else a file (relative to `folder`)."""
    return examples().get(str(name)) or folder / name


class ScenarioError(ValueError):
    """A scenario file that cannot be read or is not shaped as a scenario (the message says where)."""


def read(path: Path | str) -> dict[str, Any]:
    """The scenario in a YAML or JSON file."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as error:
        raise ScenarioError(f"scenario {path}: cannot be read ({error.strerror})") from None
    if path.suffix == ".json":
        loaded = json.loads(text)
    else:
        require("sandbox")  # PyYAML
        import yaml

        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise ScenarioError(f"scenario {path}: is not YAML ({error})") from None
    if not isinstance(loaded, dict):
        raise ScenarioError(f"scenario {path}: is not a mapping with `practices`")
    return loaded


def practices(scenario: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each practice's part of a scenario, by practice name."""
    extra = sorted(set(scenario) - {"description", "practices"})
    if extra:
        raise ScenarioError(f"scenario: {extra[0]}: not a scenario key (description, practices)")
    parts = scenario.get("practices")
    if not isinstance(parts, dict) or not parts:
        raise ScenarioError("scenario: practices: give each practice's part, by name (e.g. demo:)")
    for name, part in parts.items():
        if not isinstance(part, dict):
            raise ScenarioError(f"scenario: practices.{name}: is not a mapping")
    return parts
