"""Canned HTTP answers for the kit's client: an httpx handler, and a Cobalt that talks only to it."""

from __future__ import annotations

import httpx

from cobalt_kit import Cobalt, RetryPolicy

SECRETS = ("ci_secret_value_1", "cs_secret_value_2", "at_secret_value_3")
FAST = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)


class Canned:
    """An httpx handler answering with the given responses (or raising) in turn, recording the requests."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        # A fresh copy each time: an httpx.Response belongs to the one request it answered.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def canned_cobalt(handler: Canned, retry: RetryPolicy = FAST) -> Cobalt:
    return Cobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=retry, transport=httpx.MockTransport(handler))


def error(status: int, code: str = "x", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"success": False, "message": f"m{status}", "code": code}, headers=headers)
