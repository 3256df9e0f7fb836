"""The sandbox's test controls from Python: the `/_sandbox/` surface (openapi/sandbox-controls.yaml)
of a running sandbox, for one practice. The pytest plugin's `cobalt_sandbox` is one of these, and
`cobalt sandbox trigger` uses one. Base package only: the sandbox may run in another process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from cobalt_kit.errors import APIConnectionError, APITimeoutError, UnexpectedResponseError
from cobalt_kit.operation_names import FAULT_TARGETS, FaultTarget, checked

# Why a settled booking failed: the settle control's `reason` enum (openapi/sandbox-controls.yaml, held
# to it by tests/test_sandbox_controls.py); the default one first.
SETTLE_REASONS = ("ehr_error", "provider_unavailable", "location_closed", "patient_not_found")


class SandboxControlError(Exception):
    """A control of the sandbox was refused (the message says why: e.g. nothing to settle)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class JournalEntry:
    """One request the practice sent, and the status it got (`body` is the JSON sent, or None)."""

    method: str
    path: str
    status: int
    time: str
    operation_id: str | None = None
    query: dict[str, str] = field(default_factory=dict)
    body: Any = field(default=None, repr=False)  # patient data


class Ehr:
    """The clinic's side: what staff do in the EHR, each with the event the vendor documents."""

    def __init__(self, practice: SandboxControls) -> None:
        self._practice = practice

    def book(self, **fields: Any) -> str:
        """Staff book an appointment (a create request's fields); `appointment.created` without a job."""
        return str(self._practice.control("POST", "ehr/appointments", fields)["appointment_id"])

    def block(self, provider: str, datetime: str, duration: int = 15) -> str:
        """Staff block the provider's time (`datetime` RFC 3339, `duration` minutes): a booking with
        `prevent_double_booking` on an EHR that honours it fails on the block. Its id."""
        body = {"provider": provider, "datetime": datetime, "duration": str(duration)}
        return str(self._practice.control("POST", "ehr/blocks", body)["block_id"])

    def cancel(self, appointment_id: str) -> dict[str, Any]:
        """Staff cancel it; `appointment.cancelled`. The appointment as the API now shows it."""
        return dict(self._practice.control("POST", f"ehr/appointments/{appointment_id}/cancel")["appointment"])

    def complete(self, appointment_id: str) -> dict[str, Any]:
        """Staff mark the visit completed; `appointment.status_updated`."""
        return dict(self._practice.control("POST", f"ehr/appointments/{appointment_id}/complete")["appointment"])

    def change(self, appointment_id: str, **fields: Any) -> dict[str, Any]:
        """Staff change `datetime`, `location` or `duration`; `appointment.updated`."""
        return dict(self._practice.control("PATCH", f"ehr/appointments/{appointment_id}", fields)["appointment"])


class SandboxControls:
    """The controls of one practice of a sandbox at `base_url`, reached with its `headers`."""

    base_url: str
    headers: dict[str, str]

    def __init__(self, base_url: str, headers: dict[str, str]) -> None:
        self.base_url = base_url
        self.headers = headers

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """One control request for this practice; SandboxControlError when it is refused, the client's
        APIConnectionError (or APITimeoutError) when the sandbox cannot be reached, and
        UnexpectedResponseError when what answers is no sandbox."""
        url = f"{self.base_url}/_sandbox/{path}"
        try:
            response = httpx.request(method, url, headers=self.headers, json=body, timeout=30.0)
        except httpx.TimeoutException:
            raise APITimeoutError(f"the sandbox did not answer {method} /_sandbox/{path} in time") from None
        except httpx.TransportError as error:
            raise APIConnectionError(
                f"could not reach the sandbox at {self.base_url} ({type(error).__name__})"
            ) from None
        self._answered(response.headers)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise UnexpectedResponseError(f"{method} /_sandbox/{path}: {response.status_code} without a JSON object")
        if response.status_code != 200:
            message = f"{method} /_sandbox/{path}: {response.status_code} {answer.get('message')}"
            raise SandboxControlError(message, response.status_code)
        return answer

    @property
    def ehr(self) -> Ehr:
        return Ehr(self)

    def _answered(self, headers: httpx.Headers) -> None:
        """What a control's answer says besides its body (SandboxPractice keeps the count of resets)."""

    def reset_practice(self, seed: str = "demo") -> int | None:
        """This practice only: its demo data again ("demo") or none ("empty"); ids go on counting.
        Returns the sandbox's count of resets, this one included (None from a sandbox older than
        the count)."""
        resets = self.control("POST", "reset", {"seed": seed}).get("resets")
        return resets if isinstance(resets, int) else None

    def seed(self, appointments: list[dict[str, Any]], status: str = "scheduled") -> list[str]:
        """Stores appointments (a create request's fields each) as they are, in `status`."""
        items = [{"fields": fields, "status": status} for fields in appointments]
        return [str(id_) for id_ in self.control("POST", "appointments", {"appointments": items})["appointment_ids"]]

    def settle(self, appointment_id: str, failed_with: str | None = None) -> dict[str, Any]:
        """The EHR answers a pending booking now: scheduled, or failed with this reason (e.g.
        "provider_unavailable"); the same event as a natural settle."""
        return dict(self.control("POST", f"appointments/{appointment_id}/settle", _outcome(failed_with))["appointment"])

    def book_and_settle(self, failed_with: str | None = None, **fields: Any) -> tuple[dict[str, Any], str]:
        """A booking (a create request's fields) that the EHR settles at once, with the event a
        booking made through the API gets: it cannot settle by itself before, as a create followed
        by `settle` may once the booking delay runs out. The appointment as the API now shows it,
        and the job id its event carries."""
        answer = self.control("POST", "bookings", {"fields": fields, **_outcome(failed_with)})
        return dict(answer["appointment"]), str(answer["job_id"])

    def advance_clock(self, seconds: float) -> None:
        """Moves this practice's clock forward: what is then due settles, without sleeping."""
        self.control("POST", "clock/advance", {"seconds": seconds})

    def fail_next(self, operation: FaultTarget = "*", status: int = 500, times: int = 1, retry_after: int = 1) -> None:
        """The next `times` requests of `operation` (an operationId, or "*") answer `status`;
        UnknownOperation, naming the nearest, for a name the API has no operation for."""
        self.fault(target=operation, kind="status", status=status, times=times, retry_after=retry_after)

    def delay_next(self, operation: FaultTarget = "*", ms: int = 1000, times: int = 1) -> None:
        self.fault(target=operation, kind="delay", delay_ms=ms, times=times)

    def drop_next(self, operation: FaultTarget = "*", times: int = 1) -> None:
        """The next `times` requests have their connection cut off mid-answer."""
        self.fault(target=operation, kind="drop", times=times)

    def fault(self, **spec: Any) -> None:
        """Any fault of the controls' document (`fraction` and `seed`, target "webhooks", ...)."""
        if "target" in spec:  # a fault for no operation would never fire: refused before it is armed
            checked(str(spec["target"]), FAULT_TARGETS)
        self.control("POST", "faults", spec)

    def clear_faults(self) -> None:
        self.control("DELETE", "faults")

    def faults(self) -> list[dict[str, Any]]:
        """The armed faults, in the order they are tried, each with what is left of it."""
        return list(self.control("GET", "faults")["faults"])

    def expire_login(self) -> None:
        """This practice's EHR login lapses: its API requests answer 403 `login_required`
        (LoginRequiredError) until `restore_login` or a reset."""
        self.control("POST", "ehr/login")

    def restore_login(self) -> None:
        """As after running Link in update mode: the practice's requests are answered again."""
        self.control("DELETE", "ehr/login")

    def clear_journal(self) -> None:
        self.control("DELETE", "journal")

    def journal(self) -> list[JournalEntry]:
        """The API requests this practice sent, newest last."""
        return [JournalEntry(**entry) for entry in self.control("GET", "journal")["requests"]]


def _outcome(failed_with: str | None) -> dict[str, str]:
    """A settle's outcome, as the settle controls take it."""
    return {"outcome": "failed", "reason": failed_with} if failed_with else {"outcome": "scheduled"}
