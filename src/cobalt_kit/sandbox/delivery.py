"""The courier: sends the outbox's webhook deliveries as the vendor's receiving page describes them.

A POST of the event's exact stored text, signed with the integration's current secret
(`cobalt-verification`: hex HMAC-SHA256 of those bytes), with `webhook-id`, `webhook-timestamp` and
`webhook-attempt`. A 5xx, a 429 or a network error is retried once, a second later; another 4xx
or a timeout is not. The first attempt may take 5 s, the retry 2 s.

Deliveries go only to loopback addresses and to the hosts of the allow-list
(SANDBOX_WEBHOOK_HOSTS): any URL can be registered, as on Cobalt, but a sandbox must not make the
machine it runs on post patient-shaped data to the world. The log names the host, never the body.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from cobalt_kit.client import is_loopback
from cobalt_kit.facts import (
    WEBHOOK_ATTEMPT_HEADER,
    WEBHOOK_ID_HEADER,
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
)
from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.controls import DELIVERIES, Faults
from cobalt_kit.webhooks import sign

logger = logging.getLogger("cobalt_kit.sandbox.webhooks")

ATTEMPTS = 2
RETRY_AFTER = 1.0
TIMEOUTS = {1: 5.0, 2: 2.0}  # seconds, by attempt
# How often the courier looks for due bookings and deliveries.
TICK = 0.05


@dataclass(frozen=True)
class Delivery:
    seq: int
    url: str
    attempt: int
    client_id: str
    reference_id: str
    body: str


def allowed(url: str, hosts: tuple[str, ...]) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # e.g. a bracketed host that is no IPv6 address: nowhere to deliver to
        return False
    return bool(host) and (is_loopback(host) or host in hosts)


def outcome(status: int | None, timed_out: bool = False) -> str:
    """What a delivery's answer means: delivered, retry, refused (no retry) or failed (timed out)."""
    if timed_out:
        return "failed"
    if status is None or status >= 500 or status == 429:
        return "retry"
    return "delivered" if 200 <= status < 300 else "refused"


class Courier:
    """Settles due bookings and sends due deliveries from a thread of its own, a few times a second."""

    def __init__(
        self,
        backend: Backend,
        hosts: tuple[str, ...] = (),
        faults: Faults | None = None,
        practices: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.backend = backend
        self.hosts = hosts
        # The test controls' faults for deliveries, armed per practice: which practice an event's
        # access token (client_id, reference id) belongs to.
        self.faults = faults or Faults()
        self.practices = practices or {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # A slow receiver must not hold up the others: each delivery in a worker of its own.
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="cobalt-webhook")
        # Straight to the receiver: no proxy from the environment sees a delivery.
        self._http = httpx.Client(follow_redirects=False, trust_env=False)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="cobalt-courier", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        # A delivery still in flight is marked `sending` and goes out again after a restart.
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._http.close()

    def _run(self) -> None:
        while not self._stop.wait(TICK):
            try:
                self.tick()
            except Exception:  # the courier must outlive one bad tick (e.g. the store closing)
                if self._stop.is_set():
                    return
                logger.exception("webhook courier tick failed")

    def tick(self) -> None:
        self.backend.settle_due()
        with self.backend.store.transaction() as store:
            claimed = [Delivery(*row) for row in store.claim_deliveries(time.time())]
        for delivery in claimed:
            self._pool.submit(self.deliver, delivery)

    def deliver(self, delivery: Delivery) -> None:
        if not allowed(delivery.url, self.hosts):
            host = delivery.url.split("/")[2] if delivery.url.count("/") >= 2 else "?"
            logger.warning(
                "webhook to %s not sent: only loopback addresses and SANDBOX_WEBHOOK_HOSTS receive deliveries", host
            )
            self._finish(delivery, "blocked")
            return
        practice = self.practices.get((delivery.client_id, delivery.reference_id), "")
        fault = self.faults.take(practice, DELIVERIES)
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.delay_ms / 1000)
        with self.backend.store.transaction() as store:
            secret = store.secret(delivery.client_id) or ""
        event = json.loads(delivery.body)
        payload = delivery.body.encode()
        headers = {
            "content-type": "application/json",
            WEBHOOK_SIGNATURE_HEADER: sign(payload, secret),
            WEBHOOK_ID_HEADER: event["id"],
            WEBHOOK_TIMESTAMP_HEADER: event["created"],
            WEBHOOK_ATTEMPT_HEADER: str(delivery.attempt),
        }
        status: int | None = None
        timed_out = False
        if fault is not None and fault.kind == "drop":  # lost on the way: a network error to Cobalt
            self._after(delivery, event, "retry", None)
            return
        try:
            status = self._http.post(
                delivery.url, content=payload, headers=headers, timeout=TIMEOUTS[delivery.attempt]
            ).status_code
        except httpx.TimeoutException:
            timed_out = True
        except httpx.HTTPError:
            status = None  # a network error
        except (httpx.InvalidURL, ValueError):  # e.g. port 99999: there is no such address to try again
            logger.warning("webhook %s not sent: its URL is not one httpx can post to", event["id"])
            self._finish(delivery, "refused")
            return
        self._after(delivery, event, outcome(status, timed_out), status)

    def _after(self, delivery: Delivery, event: dict[str, str], verdict: str, status: int | None) -> None:
        logger.info(
            "webhook %s %s to %s attempt %d: %s",
            event["type"], event["id"], urlsplit(delivery.url).hostname, delivery.attempt, status or verdict,
        )  # fmt: skip
        if verdict == "retry" and delivery.attempt < ATTEMPTS:
            with self.backend.store.transaction() as store:
                store.retry_delivery(delivery.seq, delivery.attempt + 1, time.time() + RETRY_AFTER)
        else:
            self._finish(delivery, "failed" if verdict == "retry" else verdict)

    def _finish(self, delivery: Delivery, state: str) -> None:
        with self.backend.store.transaction() as store:
            store.finish_delivery(delivery.seq, state)
