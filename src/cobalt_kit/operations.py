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
    AvailabilityResponse,
    CreateAppointmentResponse,
    CreatePatientResponse,
    EcwVisitType,
    GetAppointmentResponse,
    InsuranceProvider,
    ListAppointmentsResponse,
    ListInsuranceProvidersResponse,
    ListLocationsResponse,
    ListPatientsResponse,
    ListProvidersResponse,
    ListReferringProvidersResponse,
    LiveFetchAcceptedResponse,
    Patient,
    RegisterWebhookResponse,
    RotateWebhookSecretResponse,
    SettingsResponse,
    UpdateAppointmentResponse,
    UpdateLocationResponse,
    UpdateProviderResponse,
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
FETCH_APPOINTMENTS = wire.Operation(
    "fetch_appointments",
    "POST",
    "/appointments/fetch",
    frozenset({202}),
    LiveFetchAcceptedResponse,
)
GET_AVAILABILITY = wire.Operation(
    "get_availability",
    "GET",
    "/availability",
    frozenset({200}),
    AvailabilityResponse,
)
FETCH_AVAILABILITY = wire.Operation(
    "fetch_availability",
    "POST",
    "/availability/fetch",
    frozenset({202}),
    LiveFetchAcceptedResponse,
)
LIST_PATIENTS = wire.Operation(
    "list_patients",
    "GET",
    "/patients",
    frozenset({200}),
    ListPatientsResponse,
    items="patients",
)
CREATE_PATIENT = wire.Operation(
    "create_patient",
    "POST",
    "/patients",
    frozenset({200}),
    CreatePatientResponse,
)
FETCH_PATIENTS = wire.Operation(
    "fetch_patients",
    "POST",
    "/patients/fetch",
    frozenset({202}),
    LiveFetchAcceptedResponse,
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
GET_SETTINGS = wire.Operation(
    "get_settings",
    "GET",
    "/settings",
    frozenset({200}),
    SettingsResponse,
)
LIST_PROVIDERS = wire.Operation(
    "list_providers",
    "GET",
    "/providers",
    frozenset({200}),
    ListProvidersResponse,
)
UPDATE_PROVIDER = wire.Operation(
    "update_provider",
    "PATCH",
    "/providers/{id}",
    frozenset({200}),
    UpdateProviderResponse,
)
UPDATE_PROVIDER_BY_EHR = wire.Operation(
    "update_provider_by_ehr",
    "PATCH",
    "/providers/ehr/{ehr_id}",
    frozenset({200}),
    UpdateProviderResponse,
)
LIST_LOCATIONS = wire.Operation(
    "list_locations",
    "GET",
    "/locations",
    frozenset({200}),
    ListLocationsResponse,
)
UPDATE_LOCATION = wire.Operation(
    "update_location",
    "PATCH",
    "/locations/{id}",
    frozenset({200}),
    UpdateLocationResponse,
)
LIST_REFERRING_PROVIDERS = wire.Operation(
    "list_referring_providers",
    "GET",
    "/referring-providers",
    frozenset({200}),
    ListReferringProvidersResponse,
)
LIST_INSURANCE_PROVIDERS = wire.Operation(
    "list_insurance_providers",
    "GET",
    "/insurance-providers",
    frozenset({200}),
    ListInsuranceProvidersResponse,
    items="insurance_providers",
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


def _fetch_appointments(
    *,
    search_by: str | None = None,
    start_date: dt.date | str | None = None,
    end_date: dt.date | str | None = None,
    mrn: str | None = None,
    provider_ids: builtins.list[Any] | None = None,
) -> wire.Request:
    body: dict[str, Any] = {}
    if search_by is not None:
        body["search_by"] = wire.choice("search_by", search_by, ("date_range", "mrn", "provider"))
    if start_date is not None:
        body["start_date"] = wire.date("start_date", start_date)
    if end_date is not None:
        body["end_date"] = wire.date("end_date", end_date)
    if mrn is not None:
        body["mrn"] = wire.text("mrn", mrn)
    if provider_ids is not None:
        body["provider_ids"] = provider_ids
    return wire.Request(
        FETCH_APPOINTMENTS,
        wire.url("/appointments/fetch"),
        {},
        body,
    )


def _get_availability(
    *,
    start_date: str,
    end_date: str,
    provider_type: str | None = None,
    fallback_to_default_hours: bool | str | None = None,
    calculation_method: str | None = None,
    slot_type: str | None = None,
    buffer: int | None = None,
    visit_type: str | None = None,
    daily_appointment_limit: int | None = None,
    daily_limit_type: str | None = None,
    max_slot_duration: int | None = None,
    facility_scoped_scheduling: bool | str | None = None,
    provider_ids: str | None = None,
    location_ids: str | None = None,
) -> wire.Request:
    query: dict[str, Any] = {
        "start_date": wire.text(
            "start_date",
            start_date,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$",
        ),
        "end_date": wire.text(
            "end_date",
            end_date,
            pattern="^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$",
        ),
    }
    if provider_type is not None:
        query["provider_type"] = wire.choice("provider_type", provider_type, ("primary", "secondary"))
    if fallback_to_default_hours is not None:
        query["fallback_to_default_hours"] = wire.flag("fallback_to_default_hours", fallback_to_default_hours)
    if calculation_method is not None:
        query["calculation_method"] = wire.choice("calculation_method", calculation_method, ("gaps", "slots"))
    if slot_type is not None:
        query["slot_type"] = wire.text("slot_type", slot_type)
    if buffer is not None:
        query["buffer"] = wire.integer("buffer", buffer, 0, 59)
    if visit_type is not None:
        query["visit_type"] = wire.text("visit_type", visit_type)
    if daily_appointment_limit is not None:
        query["daily_appointment_limit"] = wire.integer("daily_appointment_limit", daily_appointment_limit, 1, None)
    if daily_limit_type is not None:
        query["daily_limit_type"] = wire.text("daily_limit_type", daily_limit_type)
    if max_slot_duration is not None:
        query["max_slot_duration"] = wire.integer("max_slot_duration", max_slot_duration, 1, None)
    if facility_scoped_scheduling is not None:
        query["facility_scoped_scheduling"] = wire.flag("facility_scoped_scheduling", facility_scoped_scheduling)
    if provider_ids is not None:
        query["provider_ids"] = wire.text("provider_ids", provider_ids)
    if location_ids is not None:
        query["location_ids"] = wire.text("location_ids", location_ids)
    return wire.Request(
        GET_AVAILABILITY,
        wire.url("/availability"),
        query,
        None,
    )


def _fetch_availability(
    *,
    start_date: dt.date | str,
    end_date: dt.date | str,
    provider_ids: builtins.list[Any],
    buffer: int | None = None,
    visit_type: str | None = None,
    calculation_method: str | None = None,
    slot_type: str | None = None,
    daily_appointment_limit: int | None = None,
    daily_limit_type: str | None = None,
    provider_type: str | None = None,
    fallback_to_default_hours: bool | None = None,
    max_slot_duration: int | None = None,
    facility_scoped_scheduling: bool | None = None,
    location_ids: builtins.list[Any] | None = None,
) -> wire.Request:
    body: dict[str, Any] = {
        "start_date": wire.date("start_date", start_date),
        "end_date": wire.date("end_date", end_date),
        "provider_ids": provider_ids,
    }
    if buffer is not None:
        body["buffer"] = wire.integer("buffer", buffer, 0, 59)
    if visit_type is not None:
        body["visit_type"] = wire.text("visit_type", visit_type)
    if calculation_method is not None:
        body["calculation_method"] = wire.choice("calculation_method", calculation_method, ("gaps", "slots"))
    if slot_type is not None:
        body["slot_type"] = wire.text("slot_type", slot_type)
    if daily_appointment_limit is not None:
        body["daily_appointment_limit"] = wire.integer("daily_appointment_limit", daily_appointment_limit, 1, None)
    if daily_limit_type is not None:
        body["daily_limit_type"] = wire.text("daily_limit_type", daily_limit_type)
    if provider_type is not None:
        body["provider_type"] = wire.choice("provider_type", provider_type, ("primary", "secondary"))
    if fallback_to_default_hours is not None:
        body["fallback_to_default_hours"] = wire.boolean("fallback_to_default_hours", fallback_to_default_hours)
    if max_slot_duration is not None:
        body["max_slot_duration"] = wire.integer("max_slot_duration", max_slot_duration, 1, None)
    if facility_scoped_scheduling is not None:
        body["facility_scoped_scheduling"] = wire.boolean("facility_scoped_scheduling", facility_scoped_scheduling)
    if location_ids is not None:
        body["location_ids"] = location_ids
    return wire.Request(
        FETCH_AVAILABILITY,
        wire.url("/availability/fetch"),
        {},
        body,
    )


def _list_patients(
    *,
    dob: dt.date | str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    mrn: str | None = None,
    ehr_id: str | None = None,
    phone: str | None = None,
    page_size: int | None = None,
) -> wire.Request:
    query: dict[str, Any] = {}
    if dob is not None:
        query["dob"] = wire.date("dob", dob)
    if first_name is not None:
        query["first_name"] = wire.text("first_name", first_name)
    if last_name is not None:
        query["last_name"] = wire.text("last_name", last_name)
    if mrn is not None:
        query["mrn"] = wire.text("mrn", mrn)
    if ehr_id is not None:
        query["ehr_id"] = wire.text("ehr_id", ehr_id)
    if phone is not None:
        query["phone"] = wire.text("phone", phone)
    if page_size is not None:
        query["page_size"] = wire.integer("page_size", page_size, 1, 1000)
    return wire.Request(
        LIST_PATIENTS,
        wire.url("/patients"),
        query,
        None,
    )


def _create_patient(
    *,
    last_name: str,
    first_name: str,
    phone: str | None = None,
    cell_phone: str | None = None,
    dob: dt.date | str | None = None,
    sex: str | None = None,
    email: str | None = None,
    no_email_reason: str | None = None,
    referring_provider: str | None = None,
    referring_provider_first_name: str | None = None,
    referring_provider_last_name: str | None = None,
    referring_provider_id: str | None = None,
    referred_to_provider_id: str | None = None,
    address_street: str | None = None,
    address_city: str | None = None,
    address_state: str | None = None,
    address_zip: str | None = None,
    insurance_name: str | None = None,
    insurance_provider_id: str | None = None,
    insurance_subscriber_number: str | None = None,
    insurance_sequence: str | None = None,
    responsible_party: str | None = None,
    check_eligibility: bool | str | None = None,
    pcp_first_name: str | None = None,
    pcp_last_name: str | None = None,
    pcp_id: str | None = None,
    secondary_insurance_name: str | None = None,
    secondary_insurance_subscriber_number: str | None = None,
    emergency_contact_first_name: str | None = None,
    emergency_contact_last_name: str | None = None,
    emergency_contact_relation: str | None = None,
    emergency_contact_phone: str | None = None,
    pharmacy_id: str | None = None,
) -> wire.Request:
    body: dict[str, Any] = {
        "last_name": wire.text("last_name", last_name),
        "first_name": wire.text("first_name", first_name),
    }
    if phone is not None:
        body["phone"] = wire.text("phone", phone)
    if cell_phone is not None:
        body["cell_phone"] = wire.text("cell_phone", cell_phone)
    if dob is not None:
        body["dob"] = wire.date("dob", dob)
    if sex is not None:
        body["sex"] = wire.choice("sex", sex, ("male", "female", "unknown"))
    if email is not None:
        body["email"] = wire.text("email", email)
    if no_email_reason is not None:
        body["no_email_reason"] = wire.text("no_email_reason", no_email_reason)
    if referring_provider is not None:
        body["referring_provider"] = wire.text("referring_provider", referring_provider)
    if referring_provider_first_name is not None:
        body["referring_provider_first_name"] = wire.text(
            "referring_provider_first_name", referring_provider_first_name
        )
    if referring_provider_last_name is not None:
        body["referring_provider_last_name"] = wire.text("referring_provider_last_name", referring_provider_last_name)
    if referring_provider_id is not None:
        body["referring_provider_id"] = wire.text("referring_provider_id", referring_provider_id)
    if referred_to_provider_id is not None:
        body["referred_to_provider_id"] = wire.text("referred_to_provider_id", referred_to_provider_id)
    if address_street is not None:
        body["address_street"] = wire.text("address_street", address_street)
    if address_city is not None:
        body["address_city"] = wire.text("address_city", address_city)
    if address_state is not None:
        body["address_state"] = wire.text("address_state", address_state)
    if address_zip is not None:
        body["address_zip"] = wire.text("address_zip", address_zip)
    if insurance_name is not None:
        body["insurance_name"] = wire.text("insurance_name", insurance_name)
    if insurance_provider_id is not None:
        body["insurance_provider_id"] = wire.text("insurance_provider_id", insurance_provider_id)
    if insurance_subscriber_number is not None:
        body["insurance_subscriber_number"] = wire.text("insurance_subscriber_number", insurance_subscriber_number)
    if insurance_sequence is not None:
        body["insurance_sequence"] = wire.choice(
            "insurance_sequence", insurance_sequence, ("primary", "secondary", "tertiary")
        )
    if responsible_party is not None:
        body["responsible_party"] = wire.text("responsible_party", responsible_party)
    if check_eligibility is not None:
        body["check_eligibility"] = wire.flag("check_eligibility", check_eligibility)
    if pcp_first_name is not None:
        body["pcp_first_name"] = wire.text("pcp_first_name", pcp_first_name)
    if pcp_last_name is not None:
        body["pcp_last_name"] = wire.text("pcp_last_name", pcp_last_name)
    if pcp_id is not None:
        body["pcp_id"] = wire.text("pcp_id", pcp_id)
    if secondary_insurance_name is not None:
        body["secondary_insurance_name"] = wire.text("secondary_insurance_name", secondary_insurance_name)
    if secondary_insurance_subscriber_number is not None:
        body["secondary_insurance_subscriber_number"] = wire.text(
            "secondary_insurance_subscriber_number", secondary_insurance_subscriber_number
        )
    if emergency_contact_first_name is not None:
        body["emergency_contact_first_name"] = wire.text("emergency_contact_first_name", emergency_contact_first_name)
    if emergency_contact_last_name is not None:
        body["emergency_contact_last_name"] = wire.text("emergency_contact_last_name", emergency_contact_last_name)
    if emergency_contact_relation is not None:
        body["emergency_contact_relation"] = wire.text("emergency_contact_relation", emergency_contact_relation)
    if emergency_contact_phone is not None:
        body["emergency_contact_phone"] = wire.text("emergency_contact_phone", emergency_contact_phone)
    if pharmacy_id is not None:
        body["pharmacy_id"] = wire.text("pharmacy_id", pharmacy_id)
    return wire.Request(
        CREATE_PATIENT,
        wire.url("/patients"),
        {},
        body,
    )


def _fetch_patients(
    *,
    search_by: str | None = None,
    dob: dt.date | str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    phone: str | None = None,
    mrn: str | None = None,
    include: Any | None = None,
) -> wire.Request:
    wire.any_of(
        "patients.fetch",
        {
            "dob": dob,
            "first_name": first_name,
            "last_name": last_name,
            "phone": phone,
            "mrn": mrn,
        },
        (
            ("dob",),
            ("first_name",),
            ("last_name",),
            ("phone",),
            ("mrn",),
        ),
    )
    body: dict[str, Any] = {}
    if search_by is not None:
        body["search_by"] = wire.choice("search_by", search_by, ("dob", "name", "phone", "mrn"))
    if dob is not None:
        body["dob"] = wire.date("dob", dob)
    if first_name is not None:
        body["first_name"] = wire.text("first_name", first_name)
    if last_name is not None:
        body["last_name"] = wire.text("last_name", last_name)
    if phone is not None:
        body["phone"] = wire.text("phone", phone, pattern="^\\d{3}-\\d{3}-\\d{4}$")
    if mrn is not None:
        body["mrn"] = wire.text("mrn", mrn)
    if include is not None:
        body["include"] = include
    return wire.Request(
        FETCH_PATIENTS,
        wire.url("/patients/fetch"),
        {},
        body,
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


def _get_settings() -> wire.Request:
    return wire.Request(
        GET_SETTINGS,
        wire.url("/settings"),
        {},
        None,
    )


def _list_providers() -> wire.Request:
    return wire.Request(
        LIST_PROVIDERS,
        wire.url("/providers"),
        {},
        None,
    )


def _update_provider(
    *,
    id: str,
    status: str | None = None,
    hide_in_availability: bool | str | None = None,
    hours: builtins.list[Any] | None = None,
) -> wire.Request:
    body: dict[str, Any] = {}
    if status is not None:
        body["status"] = wire.text(
            "status",
            status,
            pattern="^([Aa][Cc][Tt][Ii][Vv][Ee]|[Ii][Nn][Aa][Cc][Tt][Ii][Vv][Ee])$",
            refusal="must be active or inactive (in any case)",
        )
    if hide_in_availability is not None:
        body["hide_in_availability"] = wire.flag("hide_in_availability", hide_in_availability)
    if hours is not None:
        body["hours"] = hours
    wire.at_least("providers.update", body, 1, ("status", "hide_in_availability", "hours"))
    return wire.Request(
        UPDATE_PROVIDER,
        wire.url("/providers/{id}", id=wire.text("id", id, min_length=1)),
        {},
        body,
    )


def _update_provider_by_ehr(
    *,
    ehr_id: str,
    status: str | None = None,
    hide_in_availability: bool | str | None = None,
    hours: builtins.list[Any] | None = None,
) -> wire.Request:
    body: dict[str, Any] = {}
    if status is not None:
        body["status"] = wire.text(
            "status",
            status,
            pattern="^([Aa][Cc][Tt][Ii][Vv][Ee]|[Ii][Nn][Aa][Cc][Tt][Ii][Vv][Ee])$",
            refusal="must be active or inactive (in any case)",
        )
    if hide_in_availability is not None:
        body["hide_in_availability"] = wire.flag("hide_in_availability", hide_in_availability)
    if hours is not None:
        body["hours"] = hours
    wire.at_least("providers.update_by_ehr", body, 1, ("status", "hide_in_availability", "hours"))
    return wire.Request(
        UPDATE_PROVIDER_BY_EHR,
        wire.url("/providers/ehr/{ehr_id}", ehr_id=wire.text("ehr_id", ehr_id, min_length=1)),
        {},
        body,
    )


def _list_locations() -> wire.Request:
    return wire.Request(
        LIST_LOCATIONS,
        wire.url("/locations"),
        {},
        None,
    )


def _update_location(
    *,
    id: str,
    status: str,
) -> wire.Request:
    body: dict[str, Any] = {
        "status": wire.text(
            "status",
            status,
            pattern="^([Aa][Cc][Tt][Ii][Vv][Ee]|[Ii][Nn][Aa][Cc][Tt][Ii][Vv][Ee])$",
            refusal="must be active or inactive (in any case)",
        ),
    }
    return wire.Request(
        UPDATE_LOCATION,
        wire.url("/locations/{id}", id=wire.text("id", id, min_length=1)),
        {},
        body,
    )


def _list_referring_providers(
    *,
    first_name: str | None = None,
    last_name: str | None = None,
    phone: str | None = None,
    fax: str | None = None,
    npi: str | None = None,
) -> wire.Request:
    query: dict[str, Any] = {}
    if first_name is not None:
        query["first_name"] = wire.text("first_name", first_name)
    if last_name is not None:
        query["last_name"] = wire.text("last_name", last_name)
    if phone is not None:
        query["phone"] = wire.text("phone", phone)
    if fax is not None:
        query["fax"] = wire.text("fax", fax)
    if npi is not None:
        query["npi"] = wire.text("npi", npi)
    return wire.Request(
        LIST_REFERRING_PROVIDERS,
        wire.url("/referring-providers"),
        query,
        None,
    )


def _list_insurance_providers(
    *,
    name: str | None = None,
    page_size: int | None = None,
    active: bool | str | None = None,
) -> wire.Request:
    query: dict[str, Any] = {}
    if name is not None:
        query["name"] = wire.text("name", name)
    if page_size is not None:
        query["page_size"] = wire.integer("page_size", page_size, 1, 100)
    if active is not None:
        query["active"] = wire.flag("active", active)
    return wire.Request(
        LIST_INSURANCE_PROVIDERS,
        wire.url("/insurance-providers"),
        query,
        None,
    )


class Appointments:
    """`cobalt.appointments` of `Cobalt`: list, create, update, get, fetch."""

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

    def fetch(
        self,
        *,
        search_by: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        mrn: str | None = None,
        provider_ids: builtins.list[Any] | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live fetch of appointments from the EHR (asynchronous).

        Fetches appointments from the EHR itself, syncs them into the cached list, and sends them
        as the `appointment.live_fetch_completed` event of the answer's job. Modes (`search_by`):
        `date_range` (default; `start_date`..`end_date`, at most 7 days), `mrn` (every
        appointment of the patient), `provider` (`provider_ids`, 1 to 10; one provider up to 5 days
        after `start_date`, 2-10 providers a single day). The answer is `202` with the job, as
        `job_id` (newest page) or `job_execution_id` (older page).

        Args:
            search_by: The mode.
            start_date: First day (YYYY-MM-DD); required for `date_range` and `provider`.
            end_date: Last day; required for `date_range` (at most 7 days) and `provider` (up to 5 days after
                `start_date` for one provider, equal to it for 2-10).
            mrn: The patient's MRN; required for `mrn`.
            provider_ids: EHR provider ids (1-10); required for `provider`.
        """
        request = _fetch_appointments(
            search_by=search_by,
            start_date=start_date,
            end_date=end_date,
            mrn=mrn,
            provider_ids=provider_ids,
        )
        result: LiveFetchAcceptedResponse = self._cobalt._call(request)
        return result


class AsyncAppointments:
    """`(await) cobalt.appointments` of `AsyncCobalt`: list, create, update, get, fetch."""

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

    async def fetch(
        self,
        *,
        search_by: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        mrn: str | None = None,
        provider_ids: builtins.list[Any] | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live fetch of appointments from the EHR (asynchronous).

        Fetches appointments from the EHR itself, syncs them into the cached list, and sends them
        as the `appointment.live_fetch_completed` event of the answer's job. Modes (`search_by`):
        `date_range` (default; `start_date`..`end_date`, at most 7 days), `mrn` (every
        appointment of the patient), `provider` (`provider_ids`, 1 to 10; one provider up to 5 days
        after `start_date`, 2-10 providers a single day). The answer is `202` with the job, as
        `job_id` (newest page) or `job_execution_id` (older page).

        Args:
            search_by: The mode.
            start_date: First day (YYYY-MM-DD); required for `date_range` and `provider`.
            end_date: Last day; required for `date_range` (at most 7 days) and `provider` (up to 5 days after
                `start_date` for one provider, equal to it for 2-10).
            mrn: The patient's MRN; required for `mrn`.
            provider_ids: EHR provider ids (1-10); required for `provider`.
        """
        request = _fetch_appointments(
            search_by=search_by,
            start_date=start_date,
            end_date=end_date,
            mrn=mrn,
            provider_ids=provider_ids,
        )
        result: LiveFetchAcceptedResponse = await self._cobalt._call(request)
        return result


class Availability:
    """`cobalt.availability` of `Cobalt`: get, fetch."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def get(
        self,
        start_date: str,
        end_date: str,
        *,
        provider_type: str | None = None,
        fallback_to_default_hours: bool | str | None = None,
        calculation_method: str | None = None,
        slot_type: str | None = None,
        buffer: int | None = None,
        visit_type: str | None = None,
        daily_appointment_limit: int | None = None,
        daily_limit_type: str | None = None,
        max_slot_duration: int | None = None,
        facility_scoped_scheduling: bool | str | None = None,
        provider_ids: str | None = None,
        location_ids: str | None = None,
    ) -> AvailabilityResponse:
        """Open time of the practice's providers, from cached appointments.

        The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
        provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
        appointments and blocks of the practice. Only providers that are active and not
        `hide_in_availability` appear (the vendor's page: `active=true` AND
        `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

        `calculation_method=gaps` (the default) returns the gaps between a provider's working
        hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
        `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
        ids; location filtering applies to each window's `facility_id`, and a window without one is
        left out when `location_ids` is given.

        Args:
            start_date: The start of the range (YYYY-MM-DD). The page's own example sends a date-time
                (`2024-03-14T00:00:00-07:00`): its date is the day.
            end_date: The end of the range (YYYY-MM-DD), inclusive; a date-time's date likewise.
            provider_type: Whether to check availability for the primary provider (default) or the secondary provider.
            fallback_to_default_hours: Whether to fall back to the default hours if no availability rules are defined
                for the provider.
            calculation_method: `gaps` (default): the free time between a provider's working hours and existing
                appointments. `slots`: the pre-defined appointment slots of `slot_type` (often derived from
                appointment notes or titles).
            slot_type: Required if `calculation_method` is `slots`: the type (title) of the slots to return, matched
                case-insensitively.
            buffer: Minutes added after appointments of `visit_type` (or of all types), during which the provider is
                unavailable. A non-negative integer less than 60.
            visit_type: The visit type after which `buffer` applies, or `all`. Defaults to `all` when `buffer` is set.
                `all` or a visit type code of the practice (case-insensitive).
            daily_appointment_limit: With `daily_limit_type`: the most appointments of that type a provider can have
                on one day; once reached, that day shows no more availability for it. A positive integer; requires
                `daily_limit_type`.
            daily_limit_type: The visit type `daily_appointment_limit` counts: a visit type code of the practice
                (case-insensitive). Requires `daily_appointment_limit`.
            max_slot_duration: The longest window returned, in minutes; a longer gap is returned as consecutive
                windows of at most this length.
            facility_scoped_scheduling: Whether a shift's time is blocked only by appointments at the shift's own
                facility.
            provider_ids: Comma-separated EHR provider ids (`prov1,prov2`) to narrow the result to.
            location_ids: Comma-separated EHR location ids (`loc1,loc2`); windows without a `facility_id` are then
                left out.
        """
        request = _get_availability(
            start_date=start_date,
            end_date=end_date,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            calculation_method=calculation_method,
            slot_type=slot_type,
            buffer=buffer,
            visit_type=visit_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
            provider_ids=provider_ids,
            location_ids=location_ids,
        )
        result: AvailabilityResponse = self._cobalt._call(request)
        return result

    def fetch(
        self,
        *,
        start_date: dt.date | str,
        end_date: dt.date | str,
        provider_ids: builtins.list[Any],
        buffer: int | None = None,
        visit_type: str | None = None,
        calculation_method: str | None = None,
        slot_type: str | None = None,
        daily_appointment_limit: int | None = None,
        daily_limit_type: str | None = None,
        provider_type: str | None = None,
        fallback_to_default_hours: bool | None = None,
        max_slot_duration: int | None = None,
        facility_scoped_scheduling: bool | None = None,
        location_ids: builtins.list[Any] | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live availability from the EHR (asynchronous).

        Fetches up-to-date appointments from the EHR and computes availability from them in one
        pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
        job, with the computed windows inline. The windows are not kept, but the appointments the
        EHR returned are written to the cached list, so a later `get_availability` reflects them.
        `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
        two or more must share a single date (`start_date` equal to `end_date`). Every other
        parameter is optional and follows the defaults and rules of `get_availability`.

        Args:
            start_date: The first day (YYYY-MM-DD).
            end_date: The last day, inclusive; equal to `start_date` for two or more providers. For one provider the
                page's constraints and example give a 5-day window (at most 4 days after `start_date`, which the
                sandbox holds); its parameter list says "up to 5 days after".
            provider_ids: EHR provider ids, 1 to 10.
            buffer: As in `get_availability`.
            visit_type: As in `get_availability`.
            calculation_method: As in `get_availability`.
            slot_type: As in `get_availability`.
            daily_appointment_limit: As in `get_availability`; requires `daily_limit_type`.
            daily_limit_type: As in `get_availability`; requires `daily_appointment_limit`.
            provider_type: As in `get_availability`.
            fallback_to_default_hours: As in `get_availability`.
            max_slot_duration: As in `get_availability`.
            facility_scoped_scheduling: As in `get_availability`.
            location_ids: EHR location ids, as in `get_availability`.
        """
        request = _fetch_availability(
            start_date=start_date,
            end_date=end_date,
            provider_ids=provider_ids,
            buffer=buffer,
            visit_type=visit_type,
            calculation_method=calculation_method,
            slot_type=slot_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
            location_ids=location_ids,
        )
        result: LiveFetchAcceptedResponse = self._cobalt._call(request)
        return result


class AsyncAvailability:
    """`(await) cobalt.availability` of `AsyncCobalt`: get, fetch."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def get(
        self,
        start_date: str,
        end_date: str,
        *,
        provider_type: str | None = None,
        fallback_to_default_hours: bool | str | None = None,
        calculation_method: str | None = None,
        slot_type: str | None = None,
        buffer: int | None = None,
        visit_type: str | None = None,
        daily_appointment_limit: int | None = None,
        daily_limit_type: str | None = None,
        max_slot_duration: int | None = None,
        facility_scoped_scheduling: bool | str | None = None,
        provider_ids: str | None = None,
        location_ids: str | None = None,
    ) -> AvailabilityResponse:
        """Open time of the practice's providers, from cached appointments.

        The free time of each provider in `start_date`..`end_date` (inclusive), computed from the
        provider's hours (shifts, their set dates and recurrence, visit-type rules) and the cached
        appointments and blocks of the practice. Only providers that are active and not
        `hide_in_availability` appear (the vendor's page: `active=true` AND
        `hide_in_availability=false`). For fresh EHR data use `fetch_availability`.

        `calculation_method=gaps` (the default) returns the gaps between a provider's working
        hours and existing appointments; `slots` returns the EHR's pre-defined open slots of
        `slot_type` (case-insensitive). `provider_ids` and `location_ids` take comma-separated EHR
        ids; location filtering applies to each window's `facility_id`, and a window without one is
        left out when `location_ids` is given.

        Args:
            start_date: The start of the range (YYYY-MM-DD). The page's own example sends a date-time
                (`2024-03-14T00:00:00-07:00`): its date is the day.
            end_date: The end of the range (YYYY-MM-DD), inclusive; a date-time's date likewise.
            provider_type: Whether to check availability for the primary provider (default) or the secondary provider.
            fallback_to_default_hours: Whether to fall back to the default hours if no availability rules are defined
                for the provider.
            calculation_method: `gaps` (default): the free time between a provider's working hours and existing
                appointments. `slots`: the pre-defined appointment slots of `slot_type` (often derived from
                appointment notes or titles).
            slot_type: Required if `calculation_method` is `slots`: the type (title) of the slots to return, matched
                case-insensitively.
            buffer: Minutes added after appointments of `visit_type` (or of all types), during which the provider is
                unavailable. A non-negative integer less than 60.
            visit_type: The visit type after which `buffer` applies, or `all`. Defaults to `all` when `buffer` is set.
                `all` or a visit type code of the practice (case-insensitive).
            daily_appointment_limit: With `daily_limit_type`: the most appointments of that type a provider can have
                on one day; once reached, that day shows no more availability for it. A positive integer; requires
                `daily_limit_type`.
            daily_limit_type: The visit type `daily_appointment_limit` counts: a visit type code of the practice
                (case-insensitive). Requires `daily_appointment_limit`.
            max_slot_duration: The longest window returned, in minutes; a longer gap is returned as consecutive
                windows of at most this length.
            facility_scoped_scheduling: Whether a shift's time is blocked only by appointments at the shift's own
                facility.
            provider_ids: Comma-separated EHR provider ids (`prov1,prov2`) to narrow the result to.
            location_ids: Comma-separated EHR location ids (`loc1,loc2`); windows without a `facility_id` are then
                left out.
        """
        request = _get_availability(
            start_date=start_date,
            end_date=end_date,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            calculation_method=calculation_method,
            slot_type=slot_type,
            buffer=buffer,
            visit_type=visit_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
            provider_ids=provider_ids,
            location_ids=location_ids,
        )
        result: AvailabilityResponse = await self._cobalt._call(request)
        return result

    async def fetch(
        self,
        *,
        start_date: dt.date | str,
        end_date: dt.date | str,
        provider_ids: builtins.list[Any],
        buffer: int | None = None,
        visit_type: str | None = None,
        calculation_method: str | None = None,
        slot_type: str | None = None,
        daily_appointment_limit: int | None = None,
        daily_limit_type: str | None = None,
        provider_type: str | None = None,
        fallback_to_default_hours: bool | None = None,
        max_slot_duration: int | None = None,
        facility_scoped_scheduling: bool | None = None,
        location_ids: builtins.list[Any] | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live availability from the EHR (asynchronous).

        Fetches up-to-date appointments from the EHR and computes availability from them in one
        pass; the result arrives as the `availability.live_fetch_completed` event of the answer's
        job, with the computed windows inline. The windows are not kept, but the appointments the
        EHR returned are written to the cached list, so a later `get_availability` reflects them.
        `provider_ids` holds 1 to 10 EHR provider ids; one provider may span up to a 5-day window,
        two or more must share a single date (`start_date` equal to `end_date`). Every other
        parameter is optional and follows the defaults and rules of `get_availability`.

        Args:
            start_date: The first day (YYYY-MM-DD).
            end_date: The last day, inclusive; equal to `start_date` for two or more providers. For one provider the
                page's constraints and example give a 5-day window (at most 4 days after `start_date`, which the
                sandbox holds); its parameter list says "up to 5 days after".
            provider_ids: EHR provider ids, 1 to 10.
            buffer: As in `get_availability`.
            visit_type: As in `get_availability`.
            calculation_method: As in `get_availability`.
            slot_type: As in `get_availability`.
            daily_appointment_limit: As in `get_availability`; requires `daily_limit_type`.
            daily_limit_type: As in `get_availability`; requires `daily_appointment_limit`.
            provider_type: As in `get_availability`.
            fallback_to_default_hours: As in `get_availability`.
            max_slot_duration: As in `get_availability`.
            facility_scoped_scheduling: As in `get_availability`.
            location_ids: EHR location ids, as in `get_availability`.
        """
        request = _fetch_availability(
            start_date=start_date,
            end_date=end_date,
            provider_ids=provider_ids,
            buffer=buffer,
            visit_type=visit_type,
            calculation_method=calculation_method,
            slot_type=slot_type,
            daily_appointment_limit=daily_appointment_limit,
            daily_limit_type=daily_limit_type,
            provider_type=provider_type,
            fallback_to_default_hours=fallback_to_default_hours,
            max_slot_duration=max_slot_duration,
            facility_scoped_scheduling=facility_scoped_scheduling,
            location_ids=location_ids,
        )
        result: LiveFetchAcceptedResponse = await self._cobalt._call(request)
        return result


class Patients:
    """`cobalt.patients` of `Cobalt`: list, create, fetch."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
        *,
        dob: dt.date | str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        mrn: str | None = None,
        ehr_id: str | None = None,
        phone: str | None = None,
        page_size: int | None = None,
    ) -> builtins.list[Patient]:
        """Search the cached patients, a page at a time.

        The practice's patients as Cobalt cached them. Every filter is optional; with none, all
        patients, a page at a time. For fresh EHR data use `fetch_patients`.

        Args:
            dob: Only patients born on this day (ISO 8601 date, YYYY-MM-DD).
            first_name: Only patients whose first name contains this text (case-insensitive, partial match).
            last_name: Only patients whose last name contains this text (case-insensitive, partial match).
            mrn: Only the patient with this EHR MRN.
            ehr_id: Only the patient with this EHR id.
            phone: Only patients with this phone number (its digits are compared).
            page_size: Patients per page (the page names no default; the kit's stand-ins use 50).
        """
        request = _list_patients(
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            mrn=mrn,
            ehr_id=ehr_id,
            phone=phone,
            page_size=page_size,
        )
        items: builtins.list[Patient] = self._cobalt._pages(request)
        return items

    def create(
        self,
        *,
        last_name: str,
        first_name: str,
        phone: str | None = None,
        cell_phone: str | None = None,
        dob: dt.date | str | None = None,
        sex: str | None = None,
        email: str | None = None,
        no_email_reason: str | None = None,
        referring_provider: str | None = None,
        referring_provider_first_name: str | None = None,
        referring_provider_last_name: str | None = None,
        referring_provider_id: str | None = None,
        referred_to_provider_id: str | None = None,
        address_street: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        insurance_name: str | None = None,
        insurance_provider_id: str | None = None,
        insurance_subscriber_number: str | None = None,
        insurance_sequence: str | None = None,
        responsible_party: str | None = None,
        check_eligibility: bool | str | None = None,
        pcp_first_name: str | None = None,
        pcp_last_name: str | None = None,
        pcp_id: str | None = None,
        secondary_insurance_name: str | None = None,
        secondary_insurance_subscriber_number: str | None = None,
        emergency_contact_first_name: str | None = None,
        emergency_contact_last_name: str | None = None,
        emergency_contact_relation: str | None = None,
        emergency_contact_phone: str | None = None,
        pharmacy_id: str | None = None,
    ) -> CreatePatientResponse:
        """Create a patient (asynchronous).

        Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
        `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
        follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
        fails the patient with that reason. The new MRN can then be booked.

        Args:
            last_name: Last name.
            first_name: First name.
            phone: Phone number.
            cell_phone: Cell phone number.
            dob: Date of birth (YYYY-MM-DD).
            sex: Sex.
            email: Email address.
            no_email_reason: Why there is no email address.
            referring_provider: The referring provider's name (older page).
            referring_provider_first_name: The referring provider's first name.
            referring_provider_last_name: The referring provider's last name.
            referring_provider_id: A referring provider's id from GET /referring-providers (eClinicalWorks).
            referred_to_provider_id: The rendering provider's `ehr_id` from GET /providers (not its `id`).
            address_street: Street address.
            address_city: City.
            address_state: State.
            address_zip: ZIP code.
            insurance_name: Primary insurance carrier.
            insurance_provider_id: The carrier's id from GET /insurance-providers.
            insurance_subscriber_number: Subscriber (member) number.
            insurance_sequence: Which insurance this is.
            responsible_party: Who is responsible for billing (`self` by default; others on eClinicalWorks).
            check_eligibility: Whether to check insurance eligibility.
            pcp_first_name: Primary care provider's first name.
            pcp_last_name: Primary care provider's last name.
            pcp_id: Primary care provider's id from GET /referring-providers.
            secondary_insurance_name: Secondary insurance carrier.
            secondary_insurance_subscriber_number: Secondary subscriber number.
            emergency_contact_first_name: Emergency contact's first name.
            emergency_contact_last_name: Emergency contact's last name.
            emergency_contact_relation: Emergency contact's relation.
            emergency_contact_phone: Emergency contact's phone.
            pharmacy_id: The patient's pharmacy id.
        """
        request = _create_patient(
            last_name=last_name,
            first_name=first_name,
            phone=phone,
            cell_phone=cell_phone,
            dob=dob,
            sex=sex,
            email=email,
            no_email_reason=no_email_reason,
            referring_provider=referring_provider,
            referring_provider_first_name=referring_provider_first_name,
            referring_provider_last_name=referring_provider_last_name,
            referring_provider_id=referring_provider_id,
            referred_to_provider_id=referred_to_provider_id,
            address_street=address_street,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            insurance_name=insurance_name,
            insurance_provider_id=insurance_provider_id,
            insurance_subscriber_number=insurance_subscriber_number,
            insurance_sequence=insurance_sequence,
            responsible_party=responsible_party,
            check_eligibility=check_eligibility,
            pcp_first_name=pcp_first_name,
            pcp_last_name=pcp_last_name,
            pcp_id=pcp_id,
            secondary_insurance_name=secondary_insurance_name,
            secondary_insurance_subscriber_number=secondary_insurance_subscriber_number,
            emergency_contact_first_name=emergency_contact_first_name,
            emergency_contact_last_name=emergency_contact_last_name,
            emergency_contact_relation=emergency_contact_relation,
            emergency_contact_phone=emergency_contact_phone,
            pharmacy_id=pharmacy_id,
        )
        result: CreatePatientResponse = self._cobalt._call(request)
        return result

    def fetch(
        self,
        *,
        search_by: str | None = None,
        dob: dt.date | str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        mrn: str | None = None,
        include: Any | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live patient search in the EHR (asynchronous).

        Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
        event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
        `phone`, or `mrn` on the newest page), and those values are required; at least one of
        `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
        more of each patient (`insurances`), as a comma-separated string or an array.

        Args:
            search_by: The search method (`mrn` on the newest page).
            dob: Date of birth (YYYY-MM-DD).
            first_name: First name.
            last_name: Last name.
            phone: Phone number as XXX-XXX-XXXX (`555-123-4567`).
            mrn: The patient's MRN.
            include: More of each patient (`insurances`), as a comma-separated string or an array.
        """
        request = _fetch_patients(
            search_by=search_by,
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            mrn=mrn,
            include=include,
        )
        result: LiveFetchAcceptedResponse = self._cobalt._call(request)
        return result


class AsyncPatients:
    """`(await) cobalt.patients` of `AsyncCobalt`: list, create, fetch."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
        *,
        dob: dt.date | str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        mrn: str | None = None,
        ehr_id: str | None = None,
        phone: str | None = None,
        page_size: int | None = None,
    ) -> builtins.list[Patient]:
        """Search the cached patients, a page at a time.

        The practice's patients as Cobalt cached them. Every filter is optional; with none, all
        patients, a page at a time. For fresh EHR data use `fetch_patients`.

        Args:
            dob: Only patients born on this day (ISO 8601 date, YYYY-MM-DD).
            first_name: Only patients whose first name contains this text (case-insensitive, partial match).
            last_name: Only patients whose last name contains this text (case-insensitive, partial match).
            mrn: Only the patient with this EHR MRN.
            ehr_id: Only the patient with this EHR id.
            phone: Only patients with this phone number (its digits are compared).
            page_size: Patients per page (the page names no default; the kit's stand-ins use 50).
        """
        request = _list_patients(
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            mrn=mrn,
            ehr_id=ehr_id,
            phone=phone,
            page_size=page_size,
        )
        items: builtins.list[Patient] = await self._cobalt._pages(request)
        return items

    async def create(
        self,
        *,
        last_name: str,
        first_name: str,
        phone: str | None = None,
        cell_phone: str | None = None,
        dob: dt.date | str | None = None,
        sex: str | None = None,
        email: str | None = None,
        no_email_reason: str | None = None,
        referring_provider: str | None = None,
        referring_provider_first_name: str | None = None,
        referring_provider_last_name: str | None = None,
        referring_provider_id: str | None = None,
        referred_to_provider_id: str | None = None,
        address_street: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_zip: str | None = None,
        insurance_name: str | None = None,
        insurance_provider_id: str | None = None,
        insurance_subscriber_number: str | None = None,
        insurance_sequence: str | None = None,
        responsible_party: str | None = None,
        check_eligibility: bool | str | None = None,
        pcp_first_name: str | None = None,
        pcp_last_name: str | None = None,
        pcp_id: str | None = None,
        secondary_insurance_name: str | None = None,
        secondary_insurance_subscriber_number: str | None = None,
        emergency_contact_first_name: str | None = None,
        emergency_contact_last_name: str | None = None,
        emergency_contact_relation: str | None = None,
        emergency_contact_phone: str | None = None,
        pharmacy_id: str | None = None,
    ) -> CreatePatientResponse:
        """Create a patient (asynchronous).

        Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
        `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`)
        follows. A field of the practice's `required_patient_fields` (GET /settings) that is missing
        fails the patient with that reason. The new MRN can then be booked.

        Args:
            last_name: Last name.
            first_name: First name.
            phone: Phone number.
            cell_phone: Cell phone number.
            dob: Date of birth (YYYY-MM-DD).
            sex: Sex.
            email: Email address.
            no_email_reason: Why there is no email address.
            referring_provider: The referring provider's name (older page).
            referring_provider_first_name: The referring provider's first name.
            referring_provider_last_name: The referring provider's last name.
            referring_provider_id: A referring provider's id from GET /referring-providers (eClinicalWorks).
            referred_to_provider_id: The rendering provider's `ehr_id` from GET /providers (not its `id`).
            address_street: Street address.
            address_city: City.
            address_state: State.
            address_zip: ZIP code.
            insurance_name: Primary insurance carrier.
            insurance_provider_id: The carrier's id from GET /insurance-providers.
            insurance_subscriber_number: Subscriber (member) number.
            insurance_sequence: Which insurance this is.
            responsible_party: Who is responsible for billing (`self` by default; others on eClinicalWorks).
            check_eligibility: Whether to check insurance eligibility.
            pcp_first_name: Primary care provider's first name.
            pcp_last_name: Primary care provider's last name.
            pcp_id: Primary care provider's id from GET /referring-providers.
            secondary_insurance_name: Secondary insurance carrier.
            secondary_insurance_subscriber_number: Secondary subscriber number.
            emergency_contact_first_name: Emergency contact's first name.
            emergency_contact_last_name: Emergency contact's last name.
            emergency_contact_relation: Emergency contact's relation.
            emergency_contact_phone: Emergency contact's phone.
            pharmacy_id: The patient's pharmacy id.
        """
        request = _create_patient(
            last_name=last_name,
            first_name=first_name,
            phone=phone,
            cell_phone=cell_phone,
            dob=dob,
            sex=sex,
            email=email,
            no_email_reason=no_email_reason,
            referring_provider=referring_provider,
            referring_provider_first_name=referring_provider_first_name,
            referring_provider_last_name=referring_provider_last_name,
            referring_provider_id=referring_provider_id,
            referred_to_provider_id=referred_to_provider_id,
            address_street=address_street,
            address_city=address_city,
            address_state=address_state,
            address_zip=address_zip,
            insurance_name=insurance_name,
            insurance_provider_id=insurance_provider_id,
            insurance_subscriber_number=insurance_subscriber_number,
            insurance_sequence=insurance_sequence,
            responsible_party=responsible_party,
            check_eligibility=check_eligibility,
            pcp_first_name=pcp_first_name,
            pcp_last_name=pcp_last_name,
            pcp_id=pcp_id,
            secondary_insurance_name=secondary_insurance_name,
            secondary_insurance_subscriber_number=secondary_insurance_subscriber_number,
            emergency_contact_first_name=emergency_contact_first_name,
            emergency_contact_last_name=emergency_contact_last_name,
            emergency_contact_relation=emergency_contact_relation,
            emergency_contact_phone=emergency_contact_phone,
            pharmacy_id=pharmacy_id,
        )
        result: CreatePatientResponse = await self._cobalt._call(request)
        return result

    async def fetch(
        self,
        *,
        search_by: str | None = None,
        dob: dt.date | str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        mrn: str | None = None,
        include: Any | None = None,
    ) -> LiveFetchAcceptedResponse:
        """Live patient search in the EHR (asynchronous).

        Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed`
        event of the answer's job. `search_by` selects the values searched by (`dob`, `name`,
        `phone`, or `mrn` on the newest page), and those values are required; at least one of
        `dob`, `first_name`, `last_name`, `phone` (or `mrn`) must be given. `include` opts into
        more of each patient (`insurances`), as a comma-separated string or an array.

        Args:
            search_by: The search method (`mrn` on the newest page).
            dob: Date of birth (YYYY-MM-DD).
            first_name: First name.
            last_name: Last name.
            phone: Phone number as XXX-XXX-XXXX (`555-123-4567`).
            mrn: The patient's MRN.
            include: More of each patient (`insurances`), as a comma-separated string or an array.
        """
        request = _fetch_patients(
            search_by=search_by,
            dob=dob,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            mrn=mrn,
            include=include,
        )
        result: LiveFetchAcceptedResponse = await self._cobalt._call(request)
        return result


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


class Settings:
    """`cobalt.settings` of `Cobalt`: get."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def get(
        self,
    ) -> SettingsResponse:
        """The practice's settings (visit types, visit statuses, required patient fields, time zone).

        The settings of the access token's practice, as its EHR defines them: the visit types a
        booking's `type` takes (`code` and `description`; a booking of another type settles
        `failed`), the visit statuses an update of a
        scheduled appointment may set, the fields a new patient must have, and the practice's time
        zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
        `required_patient_fields` (both optional here). 404 when the token has no settings.
        """
        request = _get_settings()
        result: SettingsResponse = self._cobalt._call(request)
        return result


class AsyncSettings:
    """`(await) cobalt.settings` of `AsyncCobalt`: get."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def get(
        self,
    ) -> SettingsResponse:
        """The practice's settings (visit types, visit statuses, required patient fields, time zone).

        The settings of the access token's practice, as its EHR defines them: the visit types a
        booking's `type` takes (`code` and `description`; a booking of another type settles
        `failed`), the visit statuses an update of a
        scheduled appointment may set, the fields a new patient must have, and the practice's time
        zone. From the vendor's settings page; an older version of it lists no `visit_statuses` or
        `required_patient_fields` (both optional here). 404 when the token has no settings.
        """
        request = _get_settings()
        result: SettingsResponse = await self._cobalt._call(request)
        return result


class Providers:
    """`cobalt.providers` of `Cobalt`: list, update, update_by_ehr."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
    ) -> ListProvidersResponse:
        """The practice's providers, with their hours.

        Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
        `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
        `secondary_provider`). A provider appears in availability only when `status` is `active`
        and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
        start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
        recurrence, and optional visit-type rules (slots kept for one visit type).
        """
        request = _list_providers()
        result: ListProvidersResponse = self._cobalt._call(request)
        return result

    def update(
        self,
        id: str,
        *,
        status: str | None = None,
        hide_in_availability: bool | str | None = None,
        hours: builtins.list[Any] | None = None,
    ) -> UpdateProviderResponse:
        """Change a provider's status, hours or visibility in availability.

        Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
        it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
        provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
        offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
        404 naming the field when it is not); its `facility_name` is filled in from it. An older
        version of the page takes `status` only.

        Args:
            id: The provider's Cobalt id (`id` of `list_providers`, not its `ehr_id`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
            hide_in_availability: `"true"` leaves the provider out of availability; `"false"` (default) shows them.
            hours: The provider's new shifts, by day (replacing the old).
        """
        request = _update_provider(
            id=id,
            status=status,
            hide_in_availability=hide_in_availability,
            hours=hours,
        )
        result: UpdateProviderResponse = self._cobalt._call(request)
        return result

    def update_by_ehr(
        self,
        ehr_id: str,
        *,
        status: str | None = None,
        hide_in_availability: bool | str | None = None,
        hours: builtins.list[Any] | None = None,
    ) -> UpdateProviderResponse:
        """Change a provider's status, hours or visibility, by its EHR id.

        The same change as `update_provider`, naming the provider by its `ehr_id`.

        Args:
            ehr_id: The provider's EHR id (`ehr_id` of `list_providers`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
            hide_in_availability: `"true"` leaves the provider out of availability; `"false"` (default) shows them.
            hours: The provider's new shifts, by day (replacing the old).
        """
        request = _update_provider_by_ehr(
            ehr_id=ehr_id,
            status=status,
            hide_in_availability=hide_in_availability,
            hours=hours,
        )
        result: UpdateProviderResponse = self._cobalt._call(request)
        return result


class AsyncProviders:
    """`(await) cobalt.providers` of `AsyncCobalt`: list, update, update_by_ehr."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
    ) -> ListProvidersResponse:
        """The practice's providers, with their hours.

        Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
        `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and
        `secondary_provider`). A provider appears in availability only when `status` is `active`
        and `hide_in_availability` is false. `hours` lists, by day, the shifts the provider works:
        start and end (the EHR's time zone), the facility, the dates the shift set runs, an optional
        recurrence, and optional visit-type rules (slots kept for one visit type).
        """
        request = _list_providers()
        result: ListProvidersResponse = await self._cobalt._call(request)
        return result

    async def update(
        self,
        id: str,
        *,
        status: str | None = None,
        hide_in_availability: bool | str | None = None,
        hours: builtins.list[Any] | None = None,
    ) -> UpdateProviderResponse:
        """Change a provider's status, hours or visibility in availability.

        Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`:
        it is not; in any case), `hide_in_availability` and `hours`. The hours replace the
        provider's: days are capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an
        offset, and every shift's `facility_id` must be a location of the practice (`list_locations`;
        404 naming the field when it is not); its `facility_name` is filled in from it. An older
        version of the page takes `status` only.

        Args:
            id: The provider's Cobalt id (`id` of `list_providers`, not its `ehr_id`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
            hide_in_availability: `"true"` leaves the provider out of availability; `"false"` (default) shows them.
            hours: The provider's new shifts, by day (replacing the old).
        """
        request = _update_provider(
            id=id,
            status=status,
            hide_in_availability=hide_in_availability,
            hours=hours,
        )
        result: UpdateProviderResponse = await self._cobalt._call(request)
        return result

    async def update_by_ehr(
        self,
        ehr_id: str,
        *,
        status: str | None = None,
        hide_in_availability: bool | str | None = None,
        hours: builtins.list[Any] | None = None,
    ) -> UpdateProviderResponse:
        """Change a provider's status, hours or visibility, by its EHR id.

        The same change as `update_provider`, naming the provider by its `ehr_id`.

        Args:
            ehr_id: The provider's EHR id (`ehr_id` of `list_providers`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
            hide_in_availability: `"true"` leaves the provider out of availability; `"false"` (default) shows them.
            hours: The provider's new shifts, by day (replacing the old).
        """
        request = _update_provider_by_ehr(
            ehr_id=ehr_id,
            status=status,
            hide_in_availability=hide_in_availability,
            hours=hours,
        )
        result: UpdateProviderResponse = await self._cobalt._call(request)
        return result


class Locations:
    """`cobalt.locations` of `Cobalt`: list, update."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
    ) -> ListLocationsResponse:
        """The practice's locations.

        Every location of the practice, each with Cobalt's `id` (32 characters, for
        `update_location` and a shift's `facility_id`) and the EHR's `ehr_id` (for a booking's
        `location`).
        """
        request = _list_locations()
        result: ListLocationsResponse = self._cobalt._call(request)
        return result

    def update(
        self,
        id: str,
        status: str,
    ) -> UpdateLocationResponse:
        """Activate or deactivate a location.

        Sets the location's `status` (`active` or `inactive`, in any case); nothing else can be
        changed here. A booking at an inactive location fails.

        Args:
            id: The location's Cobalt id (`id` of `list_locations`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
        """
        request = _update_location(
            id=id,
            status=status,
        )
        result: UpdateLocationResponse = self._cobalt._call(request)
        return result


class AsyncLocations:
    """`(await) cobalt.locations` of `AsyncCobalt`: list, update."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
    ) -> ListLocationsResponse:
        """The practice's locations.

        Every location of the practice, each with Cobalt's `id` (32 characters, for
        `update_location` and a shift's `facility_id`) and the EHR's `ehr_id` (for a booking's
        `location`).
        """
        request = _list_locations()
        result: ListLocationsResponse = await self._cobalt._call(request)
        return result

    async def update(
        self,
        id: str,
        status: str,
    ) -> UpdateLocationResponse:
        """Activate or deactivate a location.

        Sets the location's `status` (`active` or `inactive`, in any case); nothing else can be
        changed here. A booking at an inactive location fails.

        Args:
            id: The location's Cobalt id (`id` of `list_locations`).
            status: `active` or `inactive`, in any case (`Active`, `ACTIVE`).
        """
        request = _update_location(
            id=id,
            status=status,
        )
        result: UpdateLocationResponse = await self._cobalt._call(request)
        return result


class ReferringProviders:
    """`cobalt.referring_providers` of `Cobalt`: list."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        npi: str | None = None,
    ) -> ListReferringProvidersResponse:
        """Search the practice's referring providers.

        The referring providers of the practice's EHR, every filter optional and combined:
        `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
        `fax` compare digits only (any format), `npi` matches exactly.

        Args:
            first_name: Part of the first name, in any case.
            last_name: Part of the last name, in any case.
            phone: The phone number, in any format (`7734722936` or `773-472-2936`).
            fax: The fax number, in any format.
            npi: The NPI, exactly.
        """
        request = _list_referring_providers(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            fax=fax,
            npi=npi,
        )
        result: ListReferringProvidersResponse = self._cobalt._call(request)
        return result


class AsyncReferringProviders:
    """`(await) cobalt.referring_providers` of `AsyncCobalt`: list."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        npi: str | None = None,
    ) -> ListReferringProvidersResponse:
        """Search the practice's referring providers.

        The referring providers of the practice's EHR, every filter optional and combined:
        `first_name` and `last_name` match case-insensitively anywhere in the name, `phone` and
        `fax` compare digits only (any format), `npi` matches exactly.

        Args:
            first_name: Part of the first name, in any case.
            last_name: Part of the last name, in any case.
            phone: The phone number, in any format (`7734722936` or `773-472-2936`).
            fax: The fax number, in any format.
            npi: The NPI, exactly.
        """
        request = _list_referring_providers(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            fax=fax,
            npi=npi,
        )
        result: ListReferringProvidersResponse = await self._cobalt._call(request)
        return result


class InsuranceProviders:
    """`cobalt.insurance_providers` of `Cobalt`: list."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
        *,
        name: str | None = None,
        page_size: int | None = None,
        active: bool | str | None = None,
    ) -> builtins.list[InsuranceProvider]:
        """The practice's insurance providers, a page at a time.

        The insurance providers configured for the practice, filtered by `name` (case-insensitive,
        anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
        is the `insurance_provider_id` a patient's insurance takes.

        Args:
            name: Part of the insurance provider's name, in any case.
            page_size: Insurance providers per page.
            active: Only the active (`true`) or inactive (`false`) ones.
        """
        request = _list_insurance_providers(
            name=name,
            page_size=page_size,
            active=active,
        )
        items: builtins.list[InsuranceProvider] = self._cobalt._pages(request)
        return items


class AsyncInsuranceProviders:
    """`(await) cobalt.insurance_providers` of `AsyncCobalt`: list."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
        *,
        name: str | None = None,
        page_size: int | None = None,
        active: bool | str | None = None,
    ) -> builtins.list[InsuranceProvider]:
        """The practice's insurance providers, a page at a time.

        The insurance providers configured for the practice, filtered by `name` (case-insensitive,
        anywhere in the name) and `active`, `page_size` at a time (default and most 100). Their `id`
        is the `insurance_provider_id` a patient's insurance takes.

        Args:
            name: Part of the insurance provider's name, in any case.
            page_size: Insurance providers per page.
            active: Only the active (`true`) or inactive (`false`) ones.
        """
        request = _list_insurance_providers(
            name=name,
            page_size=page_size,
            active=active,
        )
        items: builtins.list[InsuranceProvider] = await self._cobalt._pages(request)
        return items


class Cobalt(SyncConnection):
    """The Cobalt API, configured once."""

    appointments: Appointments
    availability: Availability
    patients: Patients
    webhooks: Webhooks
    settings: Settings
    providers: Providers
    locations: Locations
    referring_providers: ReferringProviders
    insurance_providers: InsuranceProviders

    def _resources(self) -> None:
        self.appointments = Appointments(self)
        self.availability = Availability(self)
        self.patients = Patients(self)
        self.webhooks = Webhooks(self)
        self.settings = Settings(self)
        self.providers = Providers(self)
        self.locations = Locations(self)
        self.referring_providers = ReferringProviders(self)
        self.insurance_providers = InsuranceProviders(self)


class AsyncCobalt(AsyncConnection):
    """The Cobalt API, configured once (asyncio: the same methods, awaited)."""

    appointments: AsyncAppointments
    availability: AsyncAvailability
    patients: AsyncPatients
    webhooks: AsyncWebhooks
    settings: AsyncSettings
    providers: AsyncProviders
    locations: AsyncLocations
    referring_providers: AsyncReferringProviders
    insurance_providers: AsyncInsuranceProviders

    def _resources(self) -> None:
        self.appointments = AsyncAppointments(self)
        self.availability = AsyncAvailability(self)
        self.patients = AsyncPatients(self)
        self.webhooks = AsyncWebhooks(self)
        self.settings = AsyncSettings(self)
        self.providers = AsyncProviders(self)
        self.locations = AsyncLocations(self)
        self.referring_providers = AsyncReferringProviders(self)
        self.insurance_providers = AsyncInsuranceProviders(self)
