"""A test double: the sandbox with deliberate deviations from the document, for the contract run to
find. Every appointment in a response comes back with `id` renamed to `appointmentId`, and its
`duration` as a string.

Run as `python tests/deviating_sandbox.py PORT` with the sandbox's settings in the environment.
"""

from __future__ import annotations

import json
import sys

import uvicorn

from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.settings import Settings


def renamed(body: object) -> object:
    if isinstance(body, dict):
        if "id" in body and "datetime" in body:
            body = {("appointmentId" if k == "id" else k): v for k, v in body.items()}
            if "duration" in body:
                body["duration"] = str(body["duration"])
        return {k: renamed(v) for k, v in body.items()}
    if isinstance(body, list):
        return [renamed(item) for item in body]
    return body


class RenameId:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = json.dumps(renamed(json.loads(b"".join(chunks) or b"null"))).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


if __name__ == "__main__":
    uvicorn.run(RenameId(create_app(Settings.from_env())), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
