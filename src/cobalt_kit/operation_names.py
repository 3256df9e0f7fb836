"""The API's operations by name, as a `Literal` an editor completes: what a fault of the sandbox's
controls may target and what the journal's assertions name. tests/test_testing.py holds the names
to the document's operationIds (parsing the document at import would cost a tenth of a second)."""

from __future__ import annotations

from typing import Literal, get_args

from cobalt_kit.names import unknown

Operation = Literal[
    "list_appointments",
    "create_appointment",
    "get_appointment",
    "update_appointment",
    "get_appointment_singular",
    "get_availability",
    "fetch_availability",
    "list_patients",
    "create_patient",
    "fetch_patients",
    "fetch_appointments",
    "get_webhook_configuration",
    "register_webhook",
    "rotate_webhook_secret",
    "delete_webhook",
    "list_webhook_events",
    "get_settings",
    "list_providers",
    "update_provider",
    "update_provider_by_ehr",
    "list_locations",
    "update_location",
    "list_referring_providers",
    "list_insurance_providers",
]
OPERATIONS: tuple[str, ...] = get_args(Operation)
# A fault's target besides an operation: every operation, or the practice's webhook deliveries.
ANY_OPERATION = "*"
DELIVERIES = "webhooks"
FaultTarget = Operation | Literal["*", "webhooks"]
FAULT_TARGETS = (*OPERATIONS, ANY_OPERATION, DELIVERIES)


class UnknownOperation(ValueError):
    """A name the API has no operation for: a fault for it would never fire, an assertion on it
    never hold. The message names the nearest operation and every valid one."""


def checked(name: str, targets: tuple[str, ...] = OPERATIONS) -> str:
    if name not in targets:
        raise UnknownOperation(unknown("operation", name, targets))
    return name
