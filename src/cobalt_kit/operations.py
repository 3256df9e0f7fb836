"""The per-operation layer of `Cobalt` and `AsyncCobalt`, rendered from openapi/cobalt.yaml by
tools/render_operations.py with the templates in codegen/operations/ (`make client`). Never edited by
hand: change the document, the templates, or the hand-written `ergonomics.py`, then render again."""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from cobalt_client.models import (
    Appointment,
    AppointmentMode,
    AppointmentStatus,
    CreateAppointmentResponse,
    EcwVisitType,
    GetAppointmentResponse,
    ListAppointmentsResponse,
    RegisterWebhookResponse,
    RotateWebhookSecretResponse,
    UpdateAppointmentResponse,
    WebhookConfiguration,
    WebhookEventsResponse,
    WebhookRemovedResponse,
    WebptVisitType,
)
from cobalt_kit import ergonomics, wire
from cobalt_kit.connection import AsyncConnection, SyncConnection
from cobalt_kit.ergonomics import (
    AsyncWebhooksExtras,
    CreatedAppointment,
    WebhookRegistration,
    WebhookSettings,
    WebhooksExtras,
)
from cobalt_kit.webhooks import Event

LIST_APPOINTMENTS = wire.Operation(
    "list_appointments",
    "GET",
    "/appointments",
    frozenset({200}),
    ListAppointmentsResponse,
)
CREATE_APPOINTMENT = wire.Operation(
    "create_appointment",
    "POST",
    "/appointments",
    frozenset({200, 201}),
    CreateAppointmentResponse,
)
UPDATE_APPOINTMENT = wire.Operation(
    "update_appointment",
    "PATCH",
    "/appointments/{id}",
    frozenset({200}),
    UpdateAppointmentResponse,
)
GET_APPOINTMENT_SINGULAR = wire.Operation(
    "get_appointment_singular",
    "GET",
    "/appointment/{id}",
    frozenset({200}),
    GetAppointmentResponse,
)
GET_WEBHOOK_CONFIGURATION = wire.Operation(
    "get_webhook_configuration",
    "GET",
    "/webhook",
    frozenset({200}),
    WebhookConfiguration,
)
REGISTER_WEBHOOK = wire.Operation(
    "register_webhook",
    "POST",
    "/webhook",
    frozenset({200}),
    RegisterWebhookResponse,
)
ROTATE_WEBHOOK_SECRET = wire.Operation(
    "rotate_webhook_secret",
    "POST",
    "/webhook/rotate-secret",
    frozenset({200}),
    RotateWebhookSecretResponse,
)
DELETE_WEBHOOK = wire.Operation(
    "delete_webhook",
    "DELETE",
    "/webhook/{id}",
    frozenset({200}),
    WebhookRemovedResponse,
)
LIST_WEBHOOK_EVENTS = wire.Operation(
    "list_webhook_events",
    "GET",
    "/webhook-events",
    frozenset({200}),
    WebhookEventsResponse,
    items="webhook_events",
)


def _list_appointments(
    *,
    start_date: dt.date | str,
    end_date: dt.date | str,
    patient_mrn: str | None = None,
    patient_name: str | None = None,
    patient_phone: str | None = None,
    include_note: bool | str | None = None,
    appointment_mode: AppointmentMode | str | None = None,
) -> wire.Request:
    query: dict[str, Any] = {
        "start_date": wire.date("start_date", start_date),
        "end_date": wire.date("end_date", end_date),
    }
    if patient_mrn is not None:
        query["patient_mrn"] = wire.text("patient_mrn", patient_mrn)
    if patient_name is not None:
        query["patient_name"] = wire.text("patient_name", patient_name)
    if patient_phone is not None:
        query["patient_phone"] = wire.text("patient_phone", patient_phone)
    if include_note is not None:
        query["include_note"] = wire.flag("include_note", include_note)
    if appointment_mode is not None:
        query["appointment_mode"] = wire.choice("appointment_mode", appointment_mode, ("office", "telemedicine"))
    wire.not_before("end_date", query.get("end_date"), "start_date", query.get("start_date"))
    return wire.Request(
        LIST_APPOINTMENTS,
        wire.url("/appointments"),
        query,
        None,
    )


def _create_appointment(
    *,
    location: str,
    datetime: dt.datetime | str,
    provider: str,
    type: EcwVisitType | WebptVisitType | str,
    mrn: str | None = None,
    patient_name: str | None = None,
    duration: int | str | None = None,
    secondary_provider: str | None = None,
    new_patient: bool | str | None = None,
    prevent_double_booking: bool | str | None = None,
    note: str | None = None,
    reason: str | None = None,
) -> wire.Request:
    wire.any_of(
        "appointments.create",
        {
            "mrn": mrn,
            "patient_name": patient_name,
        },
        (
            ("mrn",),
            ("patient_name",),
        ),
    )
    body: dict[str, Any] = {
        "location": wire.text("location", location),
        "datetime": wire.date_time("datetime", datetime),
        "provider": wire.text("provider", provider),
        "type": wire.text("type", type, min_length=1),
    }
    if mrn is not None:
        body["mrn"] = wire.text("mrn", mrn)
    if patient_name is not None:
        body["patient_name"] = wire.text("patient_name", patient_name)
    if duration is not None:
        body["duration"] = wire.digits("duration", duration, "^[0-9]{1,4}$", None)
    if secondary_provider is not None:
        body["secondary_provider"] = wire.text("secondary_provider", secondary_provider)
    if new_patient is not None:
        body["new_patient"] = wire.flag("new_patient", new_patient)
    if prevent_double_booking is not None:
        body["prevent_double_booking"] = wire.flag("prevent_double_booking", prevent_double_booking)
    if note is not None:
        body["note"] = wire.text("note", note)
    if reason is not None:
        body["reason"] = wire.text("reason", reason)
    return wire.Request(
        CREATE_APPOINTMENT,
        wire.url("/appointments"),
        {},
        body,
    )


def _update_appointment(
    *,
    id: str,
    datetime: dt.datetime | str | None = None,
    location: str | None = None,
    type: EcwVisitType | WebptVisitType | str | None = None,
    status: AppointmentStatus | str | None = None,
    note: str | None = None,
    mrn: str | None = None,
    patient_name: str | None = None,
    provider: str | None = None,
    duration: int | str | None = None,
    reason: str | None = None,
    appointment_datetime: dt.datetime | str | None = None,
) -> wire.Request:
    datetime = wire.renamed("appointment_datetime", appointment_datetime, "datetime", datetime)
    body: dict[str, Any] = {}
    if datetime is not None:
        body["appointment_datetime"] = wire.date_time("datetime", datetime)
    if location is not None:
        body["location"] = wire.text("location", location)
    if type is not None:
        body["type"] = wire.text("type", type, min_length=1)
    if status is not None:
        body["status"] = wire.text("status", status, min_length=1)
    if note is not None:
        body["note"] = wire.text("note", note)
    if mrn is not None:
        body["mrn"] = wire.text("mrn", mrn)
    if patient_name is not None:
        body["patient_name"] = wire.text("patient_name", patient_name)
    if provider is not None:
        body["provider"] = wire.text("provider", provider)
    if duration is not None:
        body["duration"] = wire.digits("duration", duration, "^[0-9]{1,4}$", None)
    if reason is not None:
        body["reason"] = wire.text("reason", reason)
    wire.at_least(
        "appointments.update",
        body,
        1,
        ("datetime", "location", "type", "status", "note", "mrn", "patient_name", "provider", "duration", "reason"),
    )
    return wire.Request(
        UPDATE_APPOINTMENT,
        wire.url("/appointments/{id}", id=wire.text("id", id, min_length=1)),
        {},
        body,
    )


def _get_appointment_singular(
    *,
    id: str,
) -> wire.Request:
    return wire.Request(
        GET_APPOINTMENT_SINGULAR,
        wire.url("/appointment/{id}", id=wire.text("id", id, min_length=1)),
        {},
        None,
    )


def _get_webhook_configuration() -> wire.Request:
    return wire.Request(
        GET_WEBHOOK_CONFIGURATION,
        wire.url("/webhook"),
        {},
        None,
    )


def _register_webhook(
    *,
    url: str,
) -> wire.Request:
    body: dict[str, Any] = {
        "webhook_url": wire.text(
            "url", url, max_length=2048, pattern="^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.:\\[\\]-]+([/?#][\\x21-\\x7E]*)?$"
        ),
    }
    return wire.Request(
        REGISTER_WEBHOOK,
        wire.url("/webhook"),
        {},
        body,
    )


def _rotate_webhook_secret() -> wire.Request:
    return wire.Request(
        ROTATE_WEBHOOK_SECRET,
        wire.url("/webhook/rotate-secret"),
        {},
        None,
    )


def _delete_webhook(
    *,
    id: str,
) -> wire.Request:
    return wire.Request(
        DELETE_WEBHOOK,
        wire.url("/webhook/{id}", id=wire.text("id", id, min_length=1)),
        {},
        None,
    )


def _list_webhook_events(
    *,
    job_id: str | None = None,
    event_type: str | None = None,
    delivery_status: str | None = None,
    start_date: dt.date | str | None = None,
    end_date: dt.date | str | None = None,
    page_size: int | None = None,
    oldest_first: bool = False,
) -> wire.Request:
    query: dict[str, Any] = {}
    if job_id is not None:
        query["job_id"] = wire.text("job_id", job_id)
    if event_type is not None:
        query["event_type"] = wire.text("event_type", event_type)
    if delivery_status is not None:
        query["delivery_status"] = wire.choice("delivery_status", delivery_status, ("success", "failed"))
    if start_date is not None:
        query["start_date"] = wire.date("start_date", start_date)
    if end_date is not None:
        query["end_date"] = wire.date("end_date", end_date)
    if page_size is not None:
        query["page_size"] = wire.integer("page_size", page_size, 1, 100)
    if wire.boolean("oldest_first", oldest_first):
        query["sort"] = "created_at"
    wire.not_before("end_date", query.get("end_date"), "start_date", query.get("start_date"))
    return wire.Request(
        LIST_WEBHOOK_EVENTS,
        wire.url("/webhook-events"),
        query,
        None,
    )


class Appointments:
    """`cobalt.appointments` of `Cobalt`: list, create, update, get."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
        start_date: dt.date | str,
        end_date: dt.date | str,
        *,
        patient_mrn: str | None = None,
        patient_name: str | None = None,
        patient_phone: str | None = None,
        include_note: bool | str | None = None,
        appointment_mode: AppointmentMode | str | None = None,
    ) -> builtins.list[Appointment]:
        """List appointments in a date range.

        Returns the schedule of the clinic or provider that the access token belongs to, for the
        inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

        Args:
            start_date: First day of the range, inclusive (ISO 8601 date).
            end_date: Last day of the range, inclusive (ISO 8601 date).
            patient_mrn: Only appointments of the patient with this medical record number (exact match).
            patient_name: Only appointments whose patient name contains this text (case-insensitive, partial match).
            patient_phone: Only appointments of the patient with this phone number.
            include_note: Whether to return progress notes where available: the string `"true"` or `"false"`, not a
                JSON boolean. Defaults to `"false"` so that notes, which are PHI, only travel when needed.
            appointment_mode: Only office or only telemedicine appointments. Default is both.
        """
        request = _list_appointments(
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            patient_name=patient_name,
            patient_phone=patient_phone,
            include_note=include_note,
            appointment_mode=appointment_mode,
        )
        return ergonomics.list_appointments(self._cobalt._call(request), request)

    def create(
        self,
        *,
        location: str,
        datetime: dt.datetime | str,
        provider: str,
        type: EcwVisitType | WebptVisitType | str,
        mrn: str | None = None,
        patient_name: str | None = None,
        duration: int | str | None = None,
        secondary_provider: str | None = None,
        new_patient: bool | str | None = None,
        prevent_double_booking: bool | str | None = None,
        note: str | None = None,
        reason: str | None = None,
    ) -> CreatedAppointment:
        """Book an appointment.

        Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
        then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

        Args:
            location: The location of the visit.
            datetime: Start of the visit, ISO 8601 with offset. Required unless `date` and `time` are sent.
            provider: The provider for the visit: the `ehr_id` from GET /providers, not Cobalt's `id` (the newest
                page).
            type: The EHR's visit type code: one of the eCW or WebPT tables, or another code that the practice's EHR
                defines (the reference's own example sends `FollowUp`).
            mrn: Medical record number of the patient. Required when `patient_name` is absent.
            patient_name: First and last name of the patient (e.g. "Jane Doe"). Required when `mrn` is absent.
            duration: Length in minutes, as a string. Without it the EHR's default for the visit type applies.
            secondary_provider: A second provider for the visit (the `ehr_id` from GET /providers). From the current
                reference.
            new_patient: `"true"` when the patient is new to the practice (the newest page).
            prevent_double_booking: `"true"` asks Cobalt to check the provider's schedule for a conflict before
                booking; the booking then fails at once on one. From the current reference.
            note: Free text added to the appointment (e.g. symptoms discussed by phone).
            reason: Free text describing the reason for the appointment.
        """
        request = _create_appointment(
            mrn=mrn,
            patient_name=patient_name,
            location=location,
            datetime=datetime,
            duration=duration,
            provider=provider,
            secondary_provider=secondary_provider,
            new_patient=new_patient,
            prevent_double_booking=prevent_double_booking,
            type=type,
            note=note,
            reason=reason,
        )
        return ergonomics.create_appointment(self._cobalt._call(request), request)

    def update(
        self,
        id: str,
        *,
        datetime: dt.datetime | str | None = None,
        location: str | None = None,
        type: EcwVisitType | WebptVisitType | str | None = None,
        status: AppointmentStatus | str | None = None,
        note: str | None = None,
        mrn: str | None = None,
        patient_name: str | None = None,
        provider: str | None = None,
        duration: int | str | None = None,
        reason: str | None = None,
        appointment_datetime: dt.datetime | str | None = None,
    ) -> UpdateAppointmentResponse:
        """Change an appointment.

        Changes an appointment. What may change depends on its current status:

        - `pending` or `failed`: any attribute.
        - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
          with `409` and code `appointment_not_editable`.
        - `completed` or `cancelled`: only `note`.

        The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
        others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
        `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
        `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
        status. A `failed` appointment whose other attributes change goes to the EHR again as
        `pending`, unless the same request cancels it.

        Args:
            id: The Cobalt id of the appointment (`id` in responses, `appointment_id` after a create).
            datetime: New start of the visit, ISO 8601 with offset (named `datetime` in create). Sent as
                `appointment_datetime`. Formerly `appointment_datetime=`, still taken with a DeprecationWarning.
            location: New location of the visit.
            type: The EHR's visit type code: one of the eCW or WebPT tables, or another code that the practice's EHR
                defines (the reference's own example sends `FollowUp`).
            status: The new status: `cancelled` (see the operation), or another status the practice's EHR defines (the
                current reference: "one of the available statuses of the linked account").
            note: New free-text note.
            mrn: Medical record number of the patient.
            patient_name: First and last name of the patient.
            provider: The provider for the visit.
            duration: Length in minutes, as a string.
            reason: Free text describing the reason for the appointment.
        """
        request = _update_appointment(
            id=id,
            datetime=datetime,
            location=location,
            type=type,
            status=status,
            note=note,
            mrn=mrn,
            patient_name=patient_name,
            provider=provider,
            duration=duration,
            reason=reason,
            appointment_datetime=appointment_datetime,
        )
        result: UpdateAppointmentResponse = self._cobalt._call(request)
        return result

    def get(
        self,
        id: str,
    ) -> Appointment:
        """Get one appointment (singular path, alias).

        An alias of `get_appointment` under the path the current public reference (and the first
        reference's prose) names: the same answer, under the plural key `appointments`. The kit's
        client calls this path (`appointments.get`); `get_appointment` is the first reference's curl
        example's.

        Args:
            id: The Cobalt id of the appointment (`id` in responses, `appointment_id` after a create).
        """
        request = _get_appointment_singular(
            id=id,
        )
        return ergonomics.get_appointment_singular(self._cobalt._call(request))


class AsyncAppointments:
    """`(await) cobalt.appointments` of `AsyncCobalt`: list, create, update, get."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
        start_date: dt.date | str,
        end_date: dt.date | str,
        *,
        patient_mrn: str | None = None,
        patient_name: str | None = None,
        patient_phone: str | None = None,
        include_note: bool | str | None = None,
        appointment_mode: AppointmentMode | str | None = None,
    ) -> builtins.list[Appointment]:
        """List appointments in a date range.

        Returns the schedule of the clinic or provider that the access token belongs to, for the
        inclusive date range `start_date`..`end_date`, optionally filtered by patient or mode.

        Args:
            start_date: First day of the range, inclusive (ISO 8601 date).
            end_date: Last day of the range, inclusive (ISO 8601 date).
            patient_mrn: Only appointments of the patient with this medical record number (exact match).
            patient_name: Only appointments whose patient name contains this text (case-insensitive, partial match).
            patient_phone: Only appointments of the patient with this phone number.
            include_note: Whether to return progress notes where available: the string `"true"` or `"false"`, not a
                JSON boolean. Defaults to `"false"` so that notes, which are PHI, only travel when needed.
            appointment_mode: Only office or only telemedicine appointments. Default is both.
        """
        request = _list_appointments(
            start_date=start_date,
            end_date=end_date,
            patient_mrn=patient_mrn,
            patient_name=patient_name,
            patient_phone=patient_phone,
            include_note=include_note,
            appointment_mode=appointment_mode,
        )
        return ergonomics.list_appointments(await self._cobalt._call(request), request)

    async def create(
        self,
        *,
        location: str,
        datetime: dt.datetime | str,
        provider: str,
        type: EcwVisitType | WebptVisitType | str,
        mrn: str | None = None,
        patient_name: str | None = None,
        duration: int | str | None = None,
        secondary_provider: str | None = None,
        new_patient: bool | str | None = None,
        prevent_double_booking: bool | str | None = None,
        note: str | None = None,
        reason: str | None = None,
    ) -> CreatedAppointment:
        """Book an appointment.

        Books a new appointment. The appointment starts as `pending` while it is written to the EHR,
        then becomes `scheduled` (or `failed`). Not idempotent: retrying a create can book twice.

        Args:
            location: The location of the visit.
            datetime: Start of the visit, ISO 8601 with offset. Required unless `date` and `time` are sent.
            provider: The provider for the visit: the `ehr_id` from GET /providers, not Cobalt's `id` (the newest
                page).
            type: The EHR's visit type code: one of the eCW or WebPT tables, or another code that the practice's EHR
                defines (the reference's own example sends `FollowUp`).
            mrn: Medical record number of the patient. Required when `patient_name` is absent.
            patient_name: First and last name of the patient (e.g. "Jane Doe"). Required when `mrn` is absent.
            duration: Length in minutes, as a string. Without it the EHR's default for the visit type applies.
            secondary_provider: A second provider for the visit (the `ehr_id` from GET /providers). From the current
                reference.
            new_patient: `"true"` when the patient is new to the practice (the newest page).
            prevent_double_booking: `"true"` asks Cobalt to check the provider's schedule for a conflict before
                booking; the booking then fails at once on one. From the current reference.
            note: Free text added to the appointment (e.g. symptoms discussed by phone).
            reason: Free text describing the reason for the appointment.
        """
        request = _create_appointment(
            mrn=mrn,
            patient_name=patient_name,
            location=location,
            datetime=datetime,
            duration=duration,
            provider=provider,
            secondary_provider=secondary_provider,
            new_patient=new_patient,
            prevent_double_booking=prevent_double_booking,
            type=type,
            note=note,
            reason=reason,
        )
        return ergonomics.create_appointment(await self._cobalt._call(request), request)

    async def update(
        self,
        id: str,
        *,
        datetime: dt.datetime | str | None = None,
        location: str | None = None,
        type: EcwVisitType | WebptVisitType | str | None = None,
        status: AppointmentStatus | str | None = None,
        note: str | None = None,
        mrn: str | None = None,
        patient_name: str | None = None,
        provider: str | None = None,
        duration: int | str | None = None,
        reason: str | None = None,
        appointment_datetime: dt.datetime | str | None = None,
    ) -> UpdateAppointmentResponse:
        """Change an appointment.

        Changes an appointment. What may change depends on its current status:

        - `pending` or `failed`: any attribute.
        - `scheduled`: only `status` (e.g. to `cancelled`) or `note`; any other attribute is refused
          with `409` and code `appointment_not_editable`.
        - `completed` or `cancelled`: only `note`.

        The one status a client may set is `cancelled`, from `pending`, `failed` or `scheduled`: the
        others are the EHR's to set. Any other status change (to `scheduled`, `completed` or
        `pending`, or cancelling a `completed` or `cancelled` appointment) is answered `409`
        `appointment_not_editable`, as its status forbids it, not `400`: the value is a valid
        status. A `failed` appointment whose other attributes change goes to the EHR again as
        `pending`, unless the same request cancels it.

        Args:
            id: The Cobalt id of the appointment (`id` in responses, `appointment_id` after a create).
            datetime: New start of the visit, ISO 8601 with offset (named `datetime` in create). Sent as
                `appointment_datetime`. Formerly `appointment_datetime=`, still taken with a DeprecationWarning.
            location: New location of the visit.
            type: The EHR's visit type code: one of the eCW or WebPT tables, or another code that the practice's EHR
                defines (the reference's own example sends `FollowUp`).
            status: The new status: `cancelled` (see the operation), or another status the practice's EHR defines (the
                current reference: "one of the available statuses of the linked account").
            note: New free-text note.
            mrn: Medical record number of the patient.
            patient_name: First and last name of the patient.
            provider: The provider for the visit.
            duration: Length in minutes, as a string.
            reason: Free text describing the reason for the appointment.
        """
        request = _update_appointment(
            id=id,
            datetime=datetime,
            location=location,
            type=type,
            status=status,
            note=note,
            mrn=mrn,
            patient_name=patient_name,
            provider=provider,
            duration=duration,
            reason=reason,
            appointment_datetime=appointment_datetime,
        )
        result: UpdateAppointmentResponse = await self._cobalt._call(request)
        return result

    async def get(
        self,
        id: str,
    ) -> Appointment:
        """Get one appointment (singular path, alias).

        An alias of `get_appointment` under the path the current public reference (and the first
        reference's prose) names: the same answer, under the plural key `appointments`. The kit's
        client calls this path (`appointments.get`); `get_appointment` is the first reference's curl
        example's.

        Args:
            id: The Cobalt id of the appointment (`id` in responses, `appointment_id` after a create).
        """
        request = _get_appointment_singular(
            id=id,
        )
        return ergonomics.get_appointment_singular(await self._cobalt._call(request))


class Webhooks(WebhooksExtras):
    """`cobalt.webhooks` of `Cobalt`: configuration, register, rotate_secret, delete, events."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def configuration(
        self,
    ) -> WebhookSettings:
        """The registered webhook URLs and the secret.

        The integration's webhook URLs and the secret key their deliveries are signed with
        (from the vendor's webhook documentation). `webhook_secret_key` is null before the first
        registration.
        """
        request = _get_webhook_configuration()
        return ergonomics.get_webhook_configuration(self._cobalt._call(request))

    def register(
        self,
        url: str,
    ) -> WebhookRegistration:
        """Register a webhook URL.

        Adds a URL that every event of the integration's access tokens is POSTed to (from the
        vendor's webhook documentation; several URLs may be registered). The answer carries the
        secret that signs the deliveries: store it as a credential.

        Args:
            url: Where events are POSTed. The vendor requires https; the sandbox also takes plain http, and delivers
                only to loopback addresses unless started with an allow-list of hosts. Sent as `webhook_url`.
        """
        request = _register_webhook(
            url=url,
        )
        return ergonomics.register_webhook(self._cobalt._call(request), request)

    def rotate_secret(
        self,
    ) -> str:
        """Replace the webhook secret.

        Issues a new secret key; deliveries from now on are signed with it (from the vendor's
        webhook documentation).
        """
        request = _rotate_webhook_secret()
        return ergonomics.rotate_webhook_secret(self._cobalt._call(request))

    def delete(
        self,
        id: str,
    ) -> None:
        """Remove a webhook URL.

        Stops deliveries to one registered URL (from the vendor's webhook documentation).

        Args:
            id: The id of a registered webhook URL (`webhook_urls[].id`, or `webhook_id` at registration).
        """
        request = _delete_webhook(
            id=id,
        )
        ergonomics.delete_webhook(self._cobalt._call(request))

    def events(
        self,
        job_id: str | None = None,
        *,
        event_type: str | None = None,
        delivery_status: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        page_size: int | None = None,
        oldest_first: bool = False,
    ) -> builtins.list[Event]:
        """The events sent to the webhook URLs, filtered and paged (awaiting results).

        The events of the access token, newest first unless `sort` says otherwise, a page at a time.
        With `job_id`, the events of the operation that answered with it, for a client that polls
        instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
        until the list is not empty); empty while the operation is still pending.

        Args:
            job_id: Only the events of the operation that answered with this `job_id` (`job_id` or `data.job_id` of a
                create). Optional on the newest page, required by older ones: the kit sends it whenever it polls.
            event_type: Only events of this type (e.g. `appointment.created`).
            delivery_status: Only events whose delivery to the webhook URL on file `success`ed or `failed`.
            start_date: Only events created on or after this day (ISO 8601 date).
            end_date: Only events created on or before this day (ISO 8601 date).
            page_size: Events per page.
            oldest_first: `created_at` oldest first, `-created_at` newest first. True sends `sort=created_at`.
        """
        request = _list_webhook_events(
            job_id=job_id,
            event_type=event_type,
            delivery_status=delivery_status,
            start_date=start_date,
            end_date=end_date,
            page_size=page_size,
            oldest_first=oldest_first,
        )
        return [ergonomics.list_webhook_events(item) for item in self._cobalt._pages(request)]


class AsyncWebhooks(AsyncWebhooksExtras):
    """`(await) cobalt.webhooks` of `AsyncCobalt`: configuration, register, rotate_secret, delete, events."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def configuration(
        self,
    ) -> WebhookSettings:
        """The registered webhook URLs and the secret.

        The integration's webhook URLs and the secret key their deliveries are signed with
        (from the vendor's webhook documentation). `webhook_secret_key` is null before the first
        registration.
        """
        request = _get_webhook_configuration()
        return ergonomics.get_webhook_configuration(await self._cobalt._call(request))

    async def register(
        self,
        url: str,
    ) -> WebhookRegistration:
        """Register a webhook URL.

        Adds a URL that every event of the integration's access tokens is POSTed to (from the
        vendor's webhook documentation; several URLs may be registered). The answer carries the
        secret that signs the deliveries: store it as a credential.

        Args:
            url: Where events are POSTed. The vendor requires https; the sandbox also takes plain http, and delivers
                only to loopback addresses unless started with an allow-list of hosts. Sent as `webhook_url`.
        """
        request = _register_webhook(
            url=url,
        )
        return ergonomics.register_webhook(await self._cobalt._call(request), request)

    async def rotate_secret(
        self,
    ) -> str:
        """Replace the webhook secret.

        Issues a new secret key; deliveries from now on are signed with it (from the vendor's
        webhook documentation).
        """
        request = _rotate_webhook_secret()
        return ergonomics.rotate_webhook_secret(await self._cobalt._call(request))

    async def delete(
        self,
        id: str,
    ) -> None:
        """Remove a webhook URL.

        Stops deliveries to one registered URL (from the vendor's webhook documentation).

        Args:
            id: The id of a registered webhook URL (`webhook_urls[].id`, or `webhook_id` at registration).
        """
        request = _delete_webhook(
            id=id,
        )
        ergonomics.delete_webhook(await self._cobalt._call(request))

    async def events(
        self,
        job_id: str | None = None,
        *,
        event_type: str | None = None,
        delivery_status: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        page_size: int | None = None,
        oldest_first: bool = False,
    ) -> builtins.list[Event]:
        """The events sent to the webhook URLs, filtered and paged (awaiting results).

        The events of the access token, newest first unless `sort` says otherwise, a page at a time.
        With `job_id`, the events of the operation that answered with it, for a client that polls
        instead of receiving webhooks (the vendor's "Awaiting results" pages: about once a second
        until the list is not empty); empty while the operation is still pending.

        Args:
            job_id: Only the events of the operation that answered with this `job_id` (`job_id` or `data.job_id` of a
                create). Optional on the newest page, required by older ones: the kit sends it whenever it polls.
            event_type: Only events of this type (e.g. `appointment.created`).
            delivery_status: Only events whose delivery to the webhook URL on file `success`ed or `failed`.
            start_date: Only events created on or after this day (ISO 8601 date).
            end_date: Only events created on or before this day (ISO 8601 date).
            page_size: Events per page.
            oldest_first: `created_at` oldest first, `-created_at` newest first. True sends `sort=created_at`.
        """
        request = _list_webhook_events(
            job_id=job_id,
            event_type=event_type,
            delivery_status=delivery_status,
            start_date=start_date,
            end_date=end_date,
            page_size=page_size,
            oldest_first=oldest_first,
        )
        return [ergonomics.list_webhook_events(item) for item in await self._cobalt._pages(request)]


class Cobalt(SyncConnection):
    """The Cobalt API, configured once."""

    appointments: Appointments
    webhooks: Webhooks

    def _resources(self) -> None:
        self.appointments = Appointments(self)
        self.webhooks = Webhooks(self)


class AsyncCobalt(AsyncConnection):
    """The Cobalt API, configured once (asyncio: the same methods, awaited)."""

    appointments: AsyncAppointments
    webhooks: AsyncWebhooks

    def _resources(self) -> None:
        self.appointments = AsyncAppointments(self)
        self.webhooks = AsyncWebhooks(self)
