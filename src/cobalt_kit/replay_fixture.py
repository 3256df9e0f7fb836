"""The `cobalt_replay` pytest fixture: `cobalt_replay(DIR)` serves a recording (cobalt_kit.proxy.replay)
from a thread of the test process, for the test's duration. The plugin imports it from here: the
proxy needs the sandbox extra, imported only when a test asks for the fixture."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from cobalt_kit.client import Cobalt
from cobalt_kit.document import spec_path
from cobalt_kit.extras import MissingExtra, require

if TYPE_CHECKING:
    from cobalt_kit.proxy.replay import Replay
    from cobalt_kit.sandbox.serve import Background

# The replay checks no credential (a recording holds none); the client needs some to send.
REPLAY_CREDENTIALS = ("ci_replay", "cs_replay", "at_replay")


@dataclass
class Replaying:
    """A recording being served: its URL, a client of it, and the requests no cassette matched."""

    url: str
    replay: Replay

    def client(self, **kwargs: Any) -> Cobalt:
        return Cobalt(*REPLAY_CREDENTIALS, base_url=self.url, **kwargs)

    @property
    def misses(self) -> list[str]:
        return self.replay.misses


def serve(directory: str | os.PathLike[str]) -> tuple[Replaying, Background]:
    try:
        require("sandbox")
    except MissingExtra as missing:
        pytest.fail(f"cobalt_replay: {missing}", pytrace=False)
    from cobalt_kit.document import load_yaml
    from cobalt_kit.proxy.replay import Replay
    from cobalt_kit.sandbox.serve import Background

    replay = Replay(Path(directory), load_yaml(spec_path()))
    server = Background(replay, what="the replay")
    server.start()
    return Replaying(server.url, replay), server


@pytest.fixture
def cobalt_replay() -> Iterator[Callable[[str | os.PathLike[str]], Replaying]]:
    """`cobalt_replay(DIR)`: the recording in DIR (made by `cobalt proxy --record DIR`) answering
    on a port of its own until the test ends; `.client()` is a Cobalt client of it."""
    servers: list[Background] = []

    def start(directory: str | os.PathLike[str]) -> Replaying:
        replaying, server = serve(directory)
        servers.append(server)
        return replaying

    yield start
    for server in servers:
        server.stop()
