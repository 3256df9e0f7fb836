"""Sends the document's requests to a server and checks its answers against the document.

Per operation: the document's own examples, then cases schemathesis generates from the schemas
(valid data only: this may be a real clinic's API), then the credential probes (no credentials, and
each credential the operation takes wrong in turn, must get 401). GET operations only, unless
writes are allowed; never the webhook registrations, which would change where Cobalt sends events.
Responses are checked by schemathesis for status code, content type, headers and body.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cobalt_kit import variants
from cobalt_kit.contract.redact import describe
from cobalt_kit.document import credential_headers, spec_path
from cobalt_kit.facts import CREDENTIAL_HEADERS
from cobalt_kit.transport import RetryingTransport, RetryPolicy

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
READ_ONLY = frozenset({"GET"})
# Appointment fields whose values identify a patient; the report is scrubbed of every value seen.
PHI_FIELDS = frozenset({
    "patient_name", "patient_mrn", "patient_dob", "patient_phone", "patient_gender", "patient_sex",
    "insurance", "insurance_subscriber", "insurance_number", "insurance_group_number", "note",
})  # fmt: skip
# Fields whose values are credentials (the webhook secret) or patient data in an event's `data`.
SECRET_FIELDS = frozenset({"webhook_secret_key", "webhook_secret"})
EVENT_PHI_FIELDS = frozenset({"mrn", "patient_mrn", "patient_name"})
# The paths that name one appointment by its id.
APPOINTMENT_PATHS = frozenset({"/appointments/{id}", "/appointment/{id}"})
# Registering, removing or rotating a webhook changes where a real Cobalt sends patient data.
NEVER_SENT = {
    "register_webhook": "registering a webhook would send patient data to a URL of the run's making",
    "delete_webhook": "removing a webhook would stop the integration's deliveries",
    "rotate_webhook_secret": "rotating the secret would break the integration's signature checks",
}


@dataclass
class Finding:
    check: str
    status: int | None
    detail: str  # already free of patient data: field paths, keywords and value classes only


@dataclass
class OperationResult:
    label: str
    skipped: str | None = None
    statuses: Counter[int] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    # Which of the document's named variants (variants.py) the server's success answers matched;
    # `documented`: whether the document publishes the answer in several shapes at all.
    variants: Counter[str] = field(default_factory=Counter)
    documented: bool = False

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())


class Paced(httpx.BaseTransport):
    """At most `rate` requests a second, so that a real server is never hammered."""

    def __init__(self, inner: httpx.BaseTransport, rate: float) -> None:
        self._inner = inner
        self._interval = 1.0 / rate
        self._last = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self._last + self._interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class Runner:
    def __init__(
        self,
        base_url: str,
        credentials: dict[str, str],
        *,
        allow_writes: bool = False,
        rate: float = 2.0,
        max_examples: int = 20,
        probe_credential_values: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.probe_credential_values = probe_credential_values
        self.credentials = credentials
        self.methods = READ_ONLY | ({"POST", "PATCH"} if allow_writes else set())
        self.max_examples = max_examples
        # 429 is waited out (Retry-After) and tried again; a 5xx is a finding, not something to retry.
        policy = RetryPolicy(max_retries=3, methods=frozenset(self.methods), retry_server_errors=False)
        paced = Paced(transport or httpx.HTTPTransport(), rate)
        self.http = httpx.Client(transport=RetryingTransport(paced, policy), timeout=30.0)
        self.schema = schemathesis.openapi.from_path(spec_path())
        self.seen_ids: list[str] = []
        # Appointments this run booked: updates go to these (the document's link from create to
        # update), so that a successful update is exercised, not only 404s for made-up ids.
        self.created_ids: list[str] = []
        self.updates = 0
        self.phi_values: set[str] = set()

    def run(self) -> list[OperationResult]:
        results = []
        # list before get, so that get can ask for ids the server really has
        order = [
            "list_appointments", "get_appointment", "get_appointment_singular", "create_appointment",
            "update_appointment", "get_webhook_configuration", "list_webhook_events", *NEVER_SENT,
        ]  # fmt: skip
        for operation_id in order:
            operation = self.schema.find_operation_by_id(operation_id)
            result = OperationResult(operation.label)
            result.documented = any(
                self._alternatives_of(operation_id, int(status))
                for status in operation.definition.raw["responses"]
                if status.startswith("2")
            )
            if operation_id in NEVER_SENT:
                result.skipped = f"never sent: {NEVER_SENT[operation_id]}"
            elif operation.method.upper() not in self.methods:
                result.skipped = "writes are off (ALLOW_WRITES=1 turns them on)"
            else:
                self._exercise(operation, result)
            results.append(result)
        return results

    def _exercise(self, operation: Any, result: OperationResult) -> None:
        for case in self._example_cases(operation):
            self._send(case, result)

        @settings(
            max_examples=self.max_examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def generated(case: Any) -> None:
            self._send(case, result)

        generated()
        self._probe_credentials(operation, result)

    def _example_cases(self, operation: Any) -> list[Any]:
        query = {p.name: p.definition["example"] for p in operation.query if "example" in p.definition}
        path = {p.name: p.definition["example"] for p in operation.path_parameters if "example" in p.definition}
        cases = []
        if operation.method.upper() == "GET":
            cases.append(operation.Case(query=query, path_parameters=path))
            cases += [
                operation.Case(query=query, path_parameters={"id": i})
                for i in self.seen_ids
                if on_appointment(operation)
            ]
        else:
            media = operation.definition.raw["requestBody"]["content"]["application/json"]
            if on_appointment(operation) and (self.created_ids or self.seen_ids):
                path = {"id": (self.created_ids or self.seen_ids)[0]}
            for example in media.get("examples", {}).values():
                cases.append(operation.Case(path_parameters=path, body=example["value"]))
        return cases

    def _send(self, case: Any, result: OperationResult, credentials: dict[str, str] | None = None) -> httpx.Response:
        """Sends the case with our credentials (or with `credentials` instead, for a probe) and checks
        the answer; a probe's answer is judged by the probe."""
        if (
            case.operation.method.upper() == "PATCH"
            and on_appointment(case.operation)
            and self.created_ids
            and credentials is None
        ):
            case.path_parameters = {"id": self.created_ids[self.updates % len(self.created_ids)]}
            self.updates += 1
        kwargs = case.as_transport_kwargs(base_url=self.base_url)
        kwargs.pop("cookies", None)
        # schemathesis may have generated credential headers of its own: only ours go out.
        headers = {k: v for k, v in kwargs["headers"].items() if k.lower() not in CREDENTIAL_HEADERS}
        kwargs["headers"] = {**headers, **(self.credentials if credentials is None else credentials)}
        response = self.http.request(**kwargs)
        result.statuses[response.status_code] += 1
        if credentials is None and response.is_success:
            self._name_variant(case.operation.definition.raw["operationId"], response, result)
        self._remember(response)
        if credentials is None:
            try:
                case.validate_response(response, checks=CHECKS)
            except (Failure, FailureGroup) as raised:
                failures = raised.exceptions if isinstance(raised, FailureGroup) else [raised]
                for failure in failures:
                    result.findings.append(Finding(_check_of(failure), response.status_code, describe(failure)))
        return response

    def _alternatives_of(self, operation_id: str, status: int) -> tuple[variants.Alternatives, ...]:
        return variants.of(operation_id, status)

    def _name_variant(self, operation_id: str, response: httpx.Response, result: OperationResult) -> None:
        """Counts the documented variant a success answer matched; one that matches none is a
        finding, named by field path and field names (never a value)."""
        try:
            body = response.json()
        except ValueError:
            return
        naming = variants.name(body, self._alternatives_of(operation_id, response.status_code))
        result.variants.update(naming.names)
        result.findings += [Finding("variant", response.status_code, miss) for miss in naming.unmatched]

    def _probe_credentials(self, operation: Any, result: OperationResult) -> None:
        if operation.method.upper() != "GET":
            return
        case = self._example_cases(operation)[0]
        probes: dict[str, dict[str, str]] = {"no credentials": {}}
        taken = credential_headers(operation.definition.raw, self.schema.raw_schema)
        for header in taken if self.probe_credential_values else ():
            probes[f"a wrong {header}"] = {**self.credentials, header: self.credentials.get(header, "") + "-wrong"}
        for name, credentials in probes.items():
            response = self._send(case, result, credentials)
            if response.status_code != 401:
                result.findings.append(
                    Finding("credentials", response.status_code, f"{name}: expected 401, got {response.status_code}")
                )

    def _remember(self, response: httpx.Response) -> None:
        """Ids to ask for next, and the patient values the report must never contain."""
        try:
            body = response.json()
        except ValueError:
            return
        appointments: list[Any] = []
        if isinstance(body, dict):
            self.phi_values.update(str(body[k]) for k in SECRET_FIELDS if isinstance(body.get(k), str))
            for event in body.get("webhook_events") or []:
                data = event.get("data") if isinstance(event, dict) else None
                if isinstance(data, dict):
                    self.phi_values.update(str(v) for k, v in data.items() if v is not None and k in EVENT_PHI_FIELDS)
        if isinstance(body, dict) and response.request.method == "POST":
            # `data.appointment_id`, or the newest page's flat `appointment_id`
            data = body.get("data")
            created = data.get("appointment_id") if isinstance(data, dict) else body.get("appointment_id")
            if isinstance(created, str) and len(self.created_ids) < 20:
                self.created_ids.append(created)
        if isinstance(body, dict):
            results = body.get("results")
            if isinstance(results, dict) and isinstance(results.get("appointments"), list):
                appointments = results["appointments"]
            elif isinstance(body.get("appointments"), list):
                appointments = body["appointments"]
            elif isinstance(body.get("appointments"), dict):
                appointments = [body["appointments"]]
        for appointment in appointments:
            if not isinstance(appointment, dict):
                continue
            if isinstance(appointment.get("id"), str) and len(self.seen_ids) < 3:
                self.seen_ids.append(appointment["id"])
            self.phi_values.update(str(v) for k, v in appointment.items() if v is not None and k in PHI_FIELDS)


def on_appointment(operation: Any) -> bool:
    """Whether the operation's path names one appointment: the ids the run saw and made are
    appointments' (a provider's or a location's path takes other ids, an EHR id another name)."""
    return str(operation.path) in APPOINTMENT_PATHS


def _check_of(failure: Failure) -> str:
    checks = getattr(failure, "checks", None) or ()
    return str(checks[0]) if checks else type(failure).__name__
