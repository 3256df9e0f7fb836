"""The courier: sends the outbox's webhook deliveries as the vendor's receiving page describes them.

A POST of the event's exact stored text, signed with the integration's current secret
(`cobalt-verification`: hex HMAC-SHA256 of those bytes), with `webhook-id`, `webhook-timestamp` and
`webhook-attempt`. A 5xx, a 429 or a network error is retried once, a second later; another 4xx
or a timeout is not. The first attempt may take 5 s, the retry 2 s: a deadline for the whole
attempt, however slowly the receiver trickles its answer. Of the answer only the status counts; at
most ANSWER_READ bytes of its body are read (and dropped), the rest never.

Integrations do not wait for each other: each has SLOTS deliveries in flight at most, of its own.
A delivery starts within a tick (TICK) of being due unless its own integration's slots are all
taken, so another integration's slow or many receivers never delay it by more than that.

A reset voids the deliveries it forgets, even one already claimed (held by a `webhooks` delay
fault, say): right before it is sent, one transaction reads the secret to sign it with and finds
whether it is still claimed, and it is not sent when a reset has forgotten it since. One already
on its way to its receiver when the reset comes is not called back.

The courier keeps its own time: its event loop reads the monotonic clock the courier found when it
was imported, so a test of the same process that patches `time.monotonic` (to pace something of
its own without waiting) neither stops its ticks nor, once the patch is undone, leaves its next one
hours away. Its loop has nothing else to wake it: a tick timed by a clock that stood still, or ran
backwards, never came.

Deliveries go only to loopback addresses and to the hosts of the allow-list
(COBALT_SANDBOX_WEBHOOK_HOSTS): any URL can be registered, as on Cobalt, but a sandbox must not make the
machine it runs on post patient-shaped data to the world. The log names the host, never the body.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from cobalt_kit.config import SANDBOX_WEBHOOK_HOSTS, is_loopback
from cobalt_kit.facts import (
    WEBHOOK_ATTEMPT_HEADER,
    WEBHOOK_ID_HEADER,
    WEBHOOK_SIGNATURE_HEADER,
    WEBHOOK_TIMESTAMP_HEADER,
)
from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.controls import DELIVERIES, Faults
from cobalt_kit.sandbox.store import StorageFull, Store
from cobalt_kit.signing import sign

logger = logging.getLogger("cobalt_kit.sandbox.webhooks")

ATTEMPTS = 2
RETRY_AFTER = 1.0
TIMEOUTS = {1: 5.0, 2: 2.0}  # seconds, by attempt
# How often the courier looks for due bookings and deliveries.
TICK = 0.05
# Deliveries in flight at once, per integration (client_id).
SLOTS = 8
# Bytes of a receiver's answer read after its status line: enough to drain the usual short answer
# (so the connection can be used again); anything longer is cut off with the connection.
ANSWER_READ = 65536
THREAD_NAME = "cobalt-courier"


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


class QuietRequests(logging.Filter):
    """Keeps httpx's own line about each delivery out of the log: the courier writes one per
    attempt, naming the event and the host but never the URL's path or query."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != THREAD_NAME


class CourierLoop(asyncio.SelectorEventLoop):
    """The courier's event loop, timed by the monotonic clock as it was when this module was
    imported: a patch of `time.monotonic` elsewhere in the process does not reach it."""

    _clock = staticmethod(time.monotonic)

    def time(self) -> float:
        return self._clock()


class Courier:
    """Settles due bookings and sends due deliveries from a thread of its own (an event loop in
    which each delivery is a task), a few times a second."""

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
        # Outcomes the store could not take (its disk was full), written again at each tick.
        self._unrecorded: list[Callable[[Store], None]] = []
        # The last tick's failure, logged when it first happens rather than at every tick.
        self._failing: str | None = None
        if not any(isinstance(f, QuietRequests) for f in logging.getLogger("httpx").filters):
            logging.getLogger("httpx").addFilter(QuietRequests())

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        with asyncio.Runner(loop_factory=CourierLoop) as runner:
            runner.run(self._run())

    def stop(self) -> None:
        # A delivery still in flight is marked `sending` and goes out again after a restart.
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    async def _run(self) -> None:
        slots: dict[str, asyncio.Semaphore] = {}
        sending: set[asyncio.Task[None]] = set()
        # Straight to the receiver: no proxy from the environment sees a delivery. No cap on
        # connections: the slots are the cap, per integration (a shared one would be shared).
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
        async with httpx.AsyncClient(follow_redirects=False, trust_env=False, limits=limits) as http:
            while not self._stop.is_set():
                await asyncio.sleep(TICK)
                for delivery in self._tick():
                    slot = slots.setdefault(delivery.client_id, asyncio.Semaphore(SLOTS))
                    task = asyncio.create_task(self._deliver_in(slot, http, delivery))
                    sending.add(task)
                    task.add_done_callback(sending.discard)
            for task in sending:
                task.cancel()
            await asyncio.gather(*sending, return_exceptions=True)

    def _tick(self) -> list[Delivery]:
        """The tick's claimed deliveries; none when the store fails (said once, not every tick)."""
        try:
            claimed = self.tick()
        except StorageFull:
            return []  # the store's to report: it says so once, not at every tick
        except Exception as error:  # the courier must outlive a bad tick (e.g. the store closing)
            if self._stop.is_set():
                return []
            failure = f"{type(error).__name__}: {error}"
            if failure != self._failing:
                logger.exception("webhook courier tick failed")
            self._failing = failure
            return []
        if self._failing is not None:
            logger.info("webhook courier ticks again")
        self._failing = None
        return claimed

    def tick(self) -> list[Delivery]:
        """Settles due bookings, writes the outcomes left over, and claims the deliveries due now."""
        self.backend.settle_due()
        with self.backend.store.transaction() as store:
            while self._unrecorded:
                self._unrecorded[0](store)
                self._unrecorded.pop(0)
            return [Delivery(*row) for row in store.claim_deliveries(time.time())]

    async def _deliver_in(self, slot: asyncio.Semaphore, http: httpx.AsyncClient, delivery: Delivery) -> None:
        async with slot:
            try:
                await self.deliver(http, delivery)
            except Exception:  # one delivery's failure (a bug) must not end the courier's loop
                logger.exception("webhook delivery %d failed", delivery.seq)

    async def deliver(self, http: httpx.AsyncClient, delivery: Delivery) -> None:
        if not allowed(delivery.url, self.hosts):
            host = delivery.url.split("/")[2] if delivery.url.count("/") >= 2 else "?"
            logger.warning(
                "webhook to %s not sent: only loopback addresses and %s receive deliveries", host, SANDBOX_WEBHOOK_HOSTS
            )
            self._finish(delivery, "blocked")
            return
        practice = self.practices.get((delivery.client_id, delivery.reference_id), "")
        fault = self.faults.take(practice, DELIVERIES)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.delay_ms / 1000)
        # Checked last thing before sending (after any delay): a reset since the claim, of the
        # practice or of the sandbox, forgot the delivery, and its event reaches no receiver.
        with self.backend.store.transaction() as store:
            secret = store.claimed_secret(delivery.seq, delivery.client_id)
        event = json.loads(delivery.body)
        if secret is None:
            logger.info("webhook %s %s not sent: voided by a reset", event["type"], event["id"])
            return
        payload = delivery.body.encode()
        headers = {
            "content-type": "application/json",
            WEBHOOK_SIGNATURE_HEADER: sign(payload, secret),
            WEBHOOK_ID_HEADER: event["id"],
            WEBHOOK_TIMESTAMP_HEADER: event.get("created", event.get("timestamp", "")),  # a live fetch: timestamp
            WEBHOOK_ATTEMPT_HEADER: str(delivery.attempt),
        }
        if fault is not None and fault.kind == "drop":  # lost on the way: a network error to Cobalt
            self._after(delivery, event, "retry", None)
            return
        try:
            timeout = TIMEOUTS.get(delivery.attempt, TIMEOUTS[ATTEMPTS])  # a resend comes after the last retry
            status, timed_out = await post(http, delivery.url, payload, headers, timeout)
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
            due = time.time() + RETRY_AFTER
            self._record(lambda store: store.retry_delivery(delivery.seq, delivery.attempt + 1, due))
        else:
            self._finish(delivery, "failed" if verdict == "retry" else verdict)

    def _finish(self, delivery: Delivery, state: str) -> None:
        self._record(lambda store: store.finish_delivery(delivery.seq, state))

    def _record(self, write: Callable[[Store], None]) -> None:
        try:
            with self.backend.store.transaction() as store:
                write(store)
        except StorageFull:
            self._unrecorded.append(write)  # written at a tick once the disk has room again


async def post(
    http: httpx.AsyncClient, url: str, payload: bytes, headers: dict[str, str], deadline: float
) -> tuple[int | None, bool]:
    """One attempt within `deadline` seconds in all: (the answer's status or None for a network
    error, whether it timed out). Past the status line, a slow or long answer changes nothing."""
    status: int | None = None
    try:
        async with asyncio.timeout(deadline):
            async with http.stream("POST", url, content=payload, headers=headers, timeout=deadline) as answer:
                status = answer.status_code
                read = 0
                async for chunk in answer.aiter_raw():
                    read += len(chunk)
                    if read > ANSWER_READ:
                        break
    except (TimeoutError, httpx.TimeoutException):
        return status, status is None
    except httpx.HTTPError:
        pass  # a network error before the status (None), or after it (the status counts)
    return status, False
