"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_cancelled_data import AppointmentCancelledData
from .appointment_cancelled_event import AppointmentCancelledEvent
from .appointment_created_data import AppointmentCreatedData
from .appointment_created_event import AppointmentCreatedEvent
from .appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item
from .appointment_failed_data import AppointmentFailedData
from .appointment_failed_data_conflict_details_type_0 import AppointmentFailedDataConflictDetailsType0
from .appointment_failed_event import AppointmentFailedEvent
from .appointment_insurances_type_0_item import AppointmentInsurancesType0Item
from .appointment_list import AppointmentList
from .appointment_medications_type_0_item import AppointmentMedicationsType0Item
from .appointment_mode import AppointmentMode
from .appointment_status import AppointmentStatus
from .appointment_status_updated_data import AppointmentStatusUpdatedData
from .appointment_status_updated_event import AppointmentStatusUpdatedEvent
from .appointment_updated_data import AppointmentUpdatedData
from .appointment_updated_event import AppointmentUpdatedEvent
from .create_appointment_request import CreateAppointmentRequest
from .create_appointment_request_new_patient import CreateAppointmentRequestNewPatient
from .create_appointment_request_prevent_double_booking import CreateAppointmentRequestPreventDoubleBooking
from .create_appointment_response import CreateAppointmentResponse
from .created_appointment import CreatedAppointment
from .ecw_visit_type import EcwVisitType
from .error import Error
from .failure_reason import FailureReason
from .get_appointment_response import GetAppointmentResponse
from .insurance_provider import InsuranceProvider
from .list_appointments_include_note import ListAppointmentsIncludeNote
from .list_appointments_response import ListAppointmentsResponse
from .list_insurance_providers_active import ListInsuranceProvidersActive
from .list_insurance_providers_response import ListInsuranceProvidersResponse
from .list_locations_response import ListLocationsResponse
from .list_providers_response import ListProvidersResponse
from .list_referring_providers_response import ListReferringProvidersResponse
from .list_webhook_events_delivery_status import ListWebhookEventsDeliveryStatus
from .list_webhook_events_sort import ListWebhookEventsSort
from .list_webhook_events_status import ListWebhookEventsStatus
from .location import Location
from .location_address import LocationAddress
from .object_metadata import ObjectMetadata
from .pagination import Pagination
from .polled_webhook_event import PolledWebhookEvent
from .polled_webhook_event_data import PolledWebhookEventData
from .provider import Provider
from .provider_day import ProviderDay
from .provider_day_update import ProviderDayUpdate
from .provider_day_update_day import ProviderDayUpdateDay
from .provider_shift import ProviderShift
from .provider_shift_update import ProviderShiftUpdate
from .referring_provider import ReferringProvider
from .register_webhook_request import RegisterWebhookRequest
from .register_webhook_response import RegisterWebhookResponse
from .registered_webhook import RegisteredWebhook
from .rotate_webhook_secret_response import RotateWebhookSecretResponse
from .settings import Settings
from .settings_response import SettingsResponse
from .shift_recurrence import ShiftRecurrence
from .shift_recurrence_update import ShiftRecurrenceUpdate
from .shift_recurrence_update_recur_interval_type import ShiftRecurrenceUpdateRecurIntervalType
from .update_appointment_request import UpdateAppointmentRequest
from .update_appointment_response import UpdateAppointmentResponse
from .update_location_request import UpdateLocationRequest
from .update_location_response import UpdateLocationResponse
from .update_provider_request import UpdateProviderRequest
from .update_provider_request_hide_in_availability import UpdateProviderRequestHideInAvailability
from .update_provider_response import UpdateProviderResponse
from .visit_status_setting import VisitStatusSetting
from .visit_type_rule import VisitTypeRule
from .visit_type_setting import VisitTypeSetting
from .webhook_configuration import WebhookConfiguration
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_envelope import WebhookEventEnvelope
from .webhook_event_envelope_object import WebhookEventEnvelopeObject
from .webhook_event_type import WebhookEventType
from .webhook_events_response import WebhookEventsResponse
from .webhook_removed_response import WebhookRemovedResponse
from .webhook_url import WebhookUrl
from .webpt_visit_type import WebptVisitType

__all__ = (
    "Appointment",
    "AppointmentCancelledData",
    "AppointmentCancelledEvent",
    "AppointmentCreatedData",
    "AppointmentCreatedEvent",
    "AppointmentDiagnosesType0Item",
    "AppointmentFailedData",
    "AppointmentFailedDataConflictDetailsType0",
    "AppointmentFailedEvent",
    "AppointmentInsurancesType0Item",
    "AppointmentList",
    "AppointmentMedicationsType0Item",
    "AppointmentMode",
    "AppointmentStatus",
    "AppointmentStatusUpdatedData",
    "AppointmentStatusUpdatedEvent",
    "AppointmentUpdatedData",
    "AppointmentUpdatedEvent",
    "CreateAppointmentRequest",
    "CreateAppointmentRequestNewPatient",
    "CreateAppointmentRequestPreventDoubleBooking",
    "CreateAppointmentResponse",
    "CreatedAppointment",
    "EcwVisitType",
    "Error",
    "FailureReason",
    "GetAppointmentResponse",
    "InsuranceProvider",
    "ListAppointmentsIncludeNote",
    "ListAppointmentsResponse",
    "ListInsuranceProvidersActive",
    "ListInsuranceProvidersResponse",
    "ListLocationsResponse",
    "ListProvidersResponse",
    "ListReferringProvidersResponse",
    "ListWebhookEventsDeliveryStatus",
    "ListWebhookEventsSort",
    "ListWebhookEventsStatus",
    "Location",
    "LocationAddress",
    "ObjectMetadata",
    "Pagination",
    "PolledWebhookEvent",
    "PolledWebhookEventData",
    "Provider",
    "ProviderDay",
    "ProviderDayUpdate",
    "ProviderDayUpdateDay",
    "ProviderShift",
    "ProviderShiftUpdate",
    "ReferringProvider",
    "RegisteredWebhook",
    "RegisterWebhookRequest",
    "RegisterWebhookResponse",
    "RotateWebhookSecretResponse",
    "Settings",
    "SettingsResponse",
    "ShiftRecurrence",
    "ShiftRecurrenceUpdate",
    "ShiftRecurrenceUpdateRecurIntervalType",
    "UpdateAppointmentRequest",
    "UpdateAppointmentResponse",
    "UpdateLocationRequest",
    "UpdateLocationResponse",
    "UpdateProviderRequest",
    "UpdateProviderRequestHideInAvailability",
    "UpdateProviderResponse",
    "VisitStatusSetting",
    "VisitTypeRule",
    "VisitTypeSetting",
    "WebhookConfiguration",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventEnvelope",
    "WebhookEventEnvelopeObject",
    "WebhookEventsResponse",
    "WebhookEventType",
    "WebhookRemovedResponse",
    "WebhookUrl",
    "WebptVisitType",
)
