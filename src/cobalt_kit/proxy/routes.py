"""Which of the document's operations a request is: its path (relative to the base URL) matched
against the document's path templates, and its method."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str  # upper case
    template: str
    operation: Mapping[str, Any]
    pattern: re.Pattern[str]


class Router:
    """The document's operations, literal segments first (`/webhook/rotate-secret` before `/webhook/{id}`)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.routes: list[Route] = []
        for template, item in document["paths"].items():
            regex = "".join(
                f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)
                for part in re.split(r"(\{[^}]+\})", template)
                if part
            )
            for method in METHODS:
                if method in item:
                    operation = item[method]
                    self.routes.append(
                        Route(operation["operationId"], method.upper(), template, operation, re.compile(regex))
                    )
        self.routes.sort(key=lambda route: route.template.count("{"))
        self.by_id = {route.operation_id: route for route in self.routes}

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """The operation and its path parameters (as sent, still percent-encoded), or None."""
        for route in self.routes:
            if route.method == method:
                found = route.pattern.fullmatch(path)
                if found:
                    return route, found.groupdict()
        return None
