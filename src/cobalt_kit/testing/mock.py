"""`MockServer`: the `cobalt_mock` fixture, Prism serving the document's examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cobalt_kit.client import Cobalt
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.testing.sandbox import credentials


@dataclass
class MockServer:
    """Prism serving the document's examples; it checks that credentials are there, not their values."""

    base_url: str
    # `cobalt mock`'s output: Prism's log, and a line whenever a request killed Prism and it restarted.
    log_path: Path
    headers: dict[str, str] = field(default_factory=lambda: dict(DEMO_CREDENTIALS), repr=False)

    def client(self, **kwargs: Any) -> Cobalt:
        return Cobalt(*credentials(self.headers), base_url=self.base_url, **kwargs)
