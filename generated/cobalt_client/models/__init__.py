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
from .list_appointments_include_note import ListAppointmentsIncludeNote
from .list_appointments_response import ListAppointmentsResponse
from .list_webhook_events_delivery_status import ListWebhookEventsDeliveryStatus
from .list_webhook_events_sort import ListWebhookEventsSort
from .list_webhook_events_status import ListWebhookEventsStatus
from .object_metadata import ObjectMetadata
from .pagination import Pagination
from .polled_webhook_event import PolledWebhookEvent
from .polled_webhook_event_data import PolledWebhookEventData
from .register_webhook_request import RegisterWebhookRequest
from .register_webhook_response import RegisterWebhookResponse
from .registered_webhook import RegisteredWebhook
from .rotate_webhook_secret_response import RotateWebhookSecretResponse
from .update_appointment_request import UpdateAppointmentRequest
from .update_appointment_response import UpdateAppointmentResponse
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
    "ListAppointmentsIncludeNote",
    "ListAppointmentsResponse",
    "ListWebhookEventsDeliveryStatus",
    "ListWebhookEventsSort",
    "ListWebhookEventsStatus",
    "ObjectMetadata",
    "Pagination",
    "PolledWebhookEvent",
    "PolledWebhookEventData",
    "RegisteredWebhook",
    "RegisterWebhookRequest",
    "RegisterWebhookResponse",
    "RotateWebhookSecretResponse",
    "UpdateAppointmentRequest",
    "UpdateAppointmentResponse",
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
