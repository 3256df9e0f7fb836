"""Answers from a recording: a request is matched to the cassettes of the same operation, path
parameters and query (marked values as the recording holds them: the synthetic ones). Several
cassettes with the same match are answered in the order they were recorded, the last one again
after that (a create recorded twice answers as the two creates did). Credentials are not checked:
the recording holds none.

A request that matches no cassette is answered 404 with the error envelope, code `no_recording`
and `x-cobalt-replay: no-recording`, naming the nearest cassette and the parameters it differs in
(names only: the values sent could be patient data).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from cobalt_kit.proxy.cassettes import Cassette, load
from cobalt_kit.proxy.forward import Receive, Scope, Send
from cobalt_kit.proxy.routes import Router

MISS_HEADER = (b"x-cobalt-replay", b"no-recording")


def differences(cassette: Cassette, path_params: Mapping[str, str], query: list[tuple[str, str]]) -> list[str]:
    """The names of the parameters in which a request differs from a cassette."""
    recorded = dict(cassette.path_parameters)
    names = {name for name in recorded.keys() | path_params.keys() if recorded.get(name) != path_params.get(name)}
    sent: dict[str, list[str]] = defaultdict(list)
    for name, value in query:
        sent[name].append(value)
    kept: dict[str, list[str]] = defaultdict(list)
    for name, value in cassette.query:
        kept[name].append(value)
    names |= {name for name in sent.keys() | kept.keys() if sorted(sent[name]) != sorted(kept[name])}
    return sorted(names)


class Replay:
    def __init__(self, directory: Path, document: Mapping[str, Any]) -> None:
        self.cassettes = load(directory)
        self.router = Router(document)
        self._by_key: dict[Any, list[Cassette]] = defaultdict(list)
        for cassette in self.cassettes:
            self._by_key[cassette.key].append(cassette)
        self._served: dict[Any, int] = defaultdict(int)
        self._lock = threading.Lock()
        # What found no recording, as the error said it (for a test to assert on).
        self.misses: list[str] = []

    def answer(self, method: str, path: str, query: str) -> tuple[int, dict[str, str], Any, bool]:
        """Status, headers, body, and whether a cassette answered."""
        matched = self.router.match(method, path)
        if matched is None:
            return self._miss(f"{method}: the path is not one of the document's operations")
        route, path_params = matched
        sent = parse_qsl(query, keep_blank_values=True)
        key = (route.operation_id, tuple(sorted(path_params.items())), tuple(sorted(sent)))
        with self._lock:
            found = self._by_key.get(key)
            if found:
                index = min(self._served[key], len(found) - 1)
                self._served[key] += 1
                cassette = found[index]
                return cassette.status, dict(cassette.headers), cassette.body, True
        same = [c for c in self.cassettes if c.operation == route.operation_id]
        if not same:
            recorded = sorted({c.operation for c in self.cassettes}) or ["none"]
            return self._miss(f"No recording of {route.operation_id}; the recording has {', '.join(recorded)}.")
        nearest = min(same, key=lambda c: (len(differences(c, path_params, sent)), c.name))
        differing = ", ".join(differences(nearest, path_params, sent))
        return self._miss(
            f"No recording of {route.operation_id} with these parameters; the nearest is {nearest.name}"
            f" (it differs in {differing})."
        )

    def _miss(self, message: str) -> tuple[int, dict[str, str], Any, bool]:
        self.misses.append(message)
        body = {"success": False, "code": "no_recording", "message": message}
        return 404, {"content-type": "application/json"}, body, False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                kind = message["type"].removeprefix("lifespan.")
                await send({"type": f"lifespan.{kind}.complete"})
                if kind == "shutdown":
                    return
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        query = scope["query_string"].decode("latin-1")
        status, headers, body, hit = self.answer(scope["method"], scope["path"], query)
        payload = b"" if body is None else json.dumps(body).encode()
        raw = [(name.encode(), value.encode()) for name, value in headers.items() if name != "content-length"]
        raw.append((b"content-length", str(len(payload)).encode()))
        if not hit:
            raw.append(MISS_HEADER)
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": payload})
