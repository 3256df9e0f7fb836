"""A webhook receiver for local development and tests: `cobalt webhooks listen` and the pytest
plugin's `cobalt_webhooks` fixture.

It verifies every delivery with `construct_event` (a bad signature gets 400 and is not kept),
answers 200, and keeps what it received: the typed event and the delivery's headers. A test can make
the next deliveries fail (`fail_next`) to see Cobalt's retry. With `forward_to`, each verified
delivery is passed on to a local app, its body and headers unchanged (so its signature verifies
there too), and the app's status is the answer. Standard library only, so the base package can run
it.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cobalt_kit.facts import WEBHOOK_ATTEMPT_HEADER, WEBHOOK_ID_HEADER, WEBHOOK_SIGNATURE_HEADER
from cobalt_kit.numbers import count
from cobalt_kit.webhooks import Event, SignatureVerificationError, construct_event

# Deliveries are small JSON events; anything larger is not one.
MAX_BODY = 1 << 20
POLL_SECONDS = 0.02
# Headers of the hop from Cobalt to the receiver, not of the delivery: the forward has its own.
HOP_HEADERS = frozenset({"host", "connection", "content-length", "transfer-encoding", "keep-alive"})
# What Cobalt hears when the app a delivery is forwarded to cannot be reached: a 5xx, retried.
APP_UNREACHABLE = 502
FORWARD_TIMEOUT = 10.0


@dataclass(frozen=True)
class Delivery:
    """One verified delivery: the event, and the attempt and id headers it came with."""

    event: Event
    attempt: int
    webhook_id: str
    body: bytes = field(repr=False)  # the exact bytes, patient data: never in a repr
    signature: str = field(repr=False)


class Receiver:
    """Receives on `host:port` (port 0: a free one) until `close()`. `secret` verifies deliveries;
    set it anew after a rotation."""

    def __init__(
        self,
        secret: str,
        host: str = "127.0.0.1",
        port: int = 0,
        on_delivery: Callable[[Delivery], None] | None = None,
        on_rejection: Callable[[str], None] | None = None,
        forward_to: str | None = None,
        on_forward_error: Callable[[str], None] | None = None,
    ) -> None:
        self.secret = secret
        self.forward_to = forward_to
        self._on_forward_error = on_forward_error
        self._host = host
        self._on_delivery = on_delivery
        self._on_rejection = on_rejection
        self._deliveries: list[Delivery] = []
        self._failures: list[int] = []
        self._taken: set[str] = set()
        self._changed = threading.Condition()
        self._server = _Server((host, port), _Handler)
        self._server.receiver = self
        # close() waits for the serving loop's next poll (half a second by default): each test's
        # teardown of the cobalt_webhooks fixture did.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": POLL_SECONDS},
            name="cobalt-receiver",
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://{self._host}:{port}/webhook"

    @property
    def deliveries(self) -> list[Delivery]:
        with self._changed:
            return list(self._deliveries)

    @property
    def events(self) -> list[Event]:
        """Each event once, in the order received (a retried delivery is one event)."""
        seen: dict[str, Event] = {}
        for delivery in self.deliveries:
            seen.setdefault(delivery.webhook_id, delivery.event)
        return list(seen.values())

    @property
    def armed_failures(self) -> list[int]:
        """The statuses `fail_next` armed that no delivery has met yet."""
        with self._changed:
            return list(self._failures)

    def clear(self) -> None:
        """Forget what was received and armed (the plugin's receiver, between two tests)."""
        with self._changed:
            self._deliveries.clear()
            self._failures.clear()
            self._taken.clear()

    def fail_next(self, status: int, times: int = 1) -> None:
        """The next `times` deliveries are answered `status` (and still recorded)."""
        with self._changed:
            self._failures.extend([status] * times)

    def wait_for(self, type_: str, timeout: float = 10.0) -> Event:
        """The first event of this type not yet returned by an earlier `wait_for`; TimeoutError
        naming what did arrive when none comes within `timeout` seconds."""

        def untaken(delivery: Delivery) -> bool:
            return delivery.event.type == type_ and delivery.webhook_id not in self._taken

        with self._changed:  # re-entrant: the one that finds the event also claims it
            found = self._first(untaken, timeout, f"no {type_} event")
            self._taken.add(found.webhook_id)
        return found.event

    def wait_for_attempt(self, event_id: str, attempt: int, timeout: float = 10.0) -> Delivery:
        """The delivery of this event with this `webhook-attempt` (2: the retry); TimeoutError when it
        does not come within `timeout` seconds."""

        def that_attempt(delivery: Delivery) -> bool:
            return (delivery.webhook_id, delivery.attempt) == (event_id, attempt)

        return self._first(that_attempt, timeout, f"no attempt {attempt} of event {event_id}")

    def _first(self, wanted: Callable[[Delivery], bool], timeout: float, missing: str) -> Delivery:
        """The first delivery `wanted` accepts, waiting up to `timeout` seconds for one."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((delivery for delivery in self._deliveries if wanted(delivery)), None)
                if found is not None:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    arrived = [d.event.type for d in self._deliveries]
                    raise TimeoutError(f"{missing} within {timeout:g}s (received: {arrived or 'none'})")
                self._changed.wait(left)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _receive(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            event = construct_event(body, headers.get(WEBHOOK_SIGNATURE_HEADER, ""), self.secret)
        except SignatureVerificationError as refused:
            if self._on_rejection:
                self._on_rejection(str(refused))
            return 400
        attempt = headers.get(WEBHOOK_ATTEMPT_HEADER, "1")
        number = count(attempt) or 0
        signature = headers.get(WEBHOOK_SIGNATURE_HEADER, "")
        delivery = Delivery(event, number, headers.get(WEBHOOK_ID_HEADER, ""), body, signature)
        with self._changed:
            failure = self._failures.pop(0) if self._failures else None
        # Forwarded before it is recorded: a delivery `wait_for` returns has reached the app.
        forwarded = self._forward(body, headers) if self.forward_to and failure is None else None
        with self._changed:
            self._deliveries.append(delivery)
            self._changed.notify_all()
        if self._on_delivery:
            self._on_delivery(delivery)
        return failure or forwarded or 200

    def _forward(self, body: bytes, headers: dict[str, str]) -> int:
        """The app's answer to the delivery, sent on as it came."""
        kept = {name: value for name, value in headers.items() if name not in HOP_HEADERS}
        assert self.forward_to is not None
        request = urllib.request.Request(self.forward_to, data=body, headers=kept, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=FORWARD_TIMEOUT) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as refused:
            return int(refused.code)
        except (urllib.error.URLError, OSError, ValueError) as error:
            if self._on_forward_error:
                reason = getattr(error, "reason", error)
                self._on_forward_error(f"could not forward to {self.forward_to} ({type(reason).__name__})")
            return APP_UNREACHABLE


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: Receiver


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        length = self.headers.get("content-length", "")
        if not length.isdigit() or int(length) > MAX_BODY:
            self._answer(413 if length.isdigit() else 411)
            return
        body = self.rfile.read(int(length))
        self._answer(self.server.receiver._receive(body, {k.lower(): v for k, v in self.headers.items()}))

    def _answer(self, status: int) -> None:
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # the receiver reports through its callbacks, never the request line
