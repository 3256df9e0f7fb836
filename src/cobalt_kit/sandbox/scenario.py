"""A scenario given to a sandbox before it serves (`cobalt sandbox --scenario FILE`): each practice's
part held to the controls' document and loaded by the same control as `POST /_sandbox/scenario`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cobalt_kit.names import unknown
from cobalt_kit.sandbox import controls
from cobalt_kit.sandbox.backend import Origin
from cobalt_kit.sandbox.checks import CheckFailed
from cobalt_kit.sandbox.handlers import Call, Refusal

if TYPE_CHECKING:
    from cobalt_kit.sandbox.app import Sandbox

PATH = "/_sandbox/scenario"


class ScenarioRefused(ValueError):
    """A practice's part the sandbox cannot load (the message names the practice and the field)."""


def load(sandbox: Sandbox, practices: dict[str, dict[str, Any]]) -> None:
    """Each practice's part of a scenario (by practice name), checked first, all of them, then loaded."""
    found = {c.practice: c for c in reversed(sandbox.settings.credentials)}
    for name in practices:
        if name not in found:
            raise ScenarioRefused(f"scenario: {unknown('practice', name, found)}")
    try:
        sandbox.controls_checks.request(PATH, "POST", {}, {}, {"practices": practices})
    except CheckFailed as failed:
        raise ScenarioRefused(f"scenario: {failed}") from None
    for name, part in practices.items():
        credentials = found[name]
        origin = Origin(credentials.client_id, credentials.reference, sandbox.backend.resets)
        call = Call(name, origin, sandbox.settings.shapes, {}, {}, {"practices": {name: part}})
        try:
            controls.load_scenario(sandbox.controls, call)
        except Refusal as refused:
            raise ScenarioRefused(f"scenario: practices.{name}: {refused.message}") from None
