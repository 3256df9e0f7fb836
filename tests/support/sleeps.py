"""The waits a client asks for, recorded instead of slept: for the calling thread only. The session's
in-process sandbox runs a courier thread of its own, whose ticks must neither be recorded here nor
turned into a busy loop."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest


def record_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    caller = threading.get_ident()
    real_sleep, real_async_sleep = time.sleep, asyncio.sleep

    def sleep(seconds: float) -> None:
        if threading.get_ident() != caller:
            return real_sleep(seconds)
        waits.append(seconds)
        return None

    async def async_sleep(seconds: float, *args: Any, **kwargs: Any) -> Any:
        if threading.get_ident() != caller:
            return await real_async_sleep(seconds, *args, **kwargs)
        waits.append(seconds)
        return None

    monkeypatch.setattr("time.sleep", sleep)
    monkeypatch.setattr("asyncio.sleep", async_sleep)
    return waits
