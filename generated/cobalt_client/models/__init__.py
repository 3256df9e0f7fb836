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
from .appointments_live_fetch_completed_data import AppointmentsLiveFetchCompletedData
from .appointments_live_fetch_completed_data_appointments_item import AppointmentsLiveFetchCompletedDataAppointmentsItem
from .appointments_live_fetch_completed_event import AppointmentsLiveFetchCompletedEvent
from .availability_live_fetch_completed_data import AvailabilityLiveFetchCompletedData
from .availability_live_fetch_completed_event import AvailabilityLiveFetchCompletedEvent
from .availability_response import AvailabilityResponse
from .availability_response_results import AvailabilityResponseResults
from .availability_window import AvailabilityWindow
from .create_appointment_request import CreateAppointmentRequest
from .create_appointment_request_new_patient import CreateAppointmentRequestNewPatient
from .create_appointment_request_prevent_double_booking import CreateAppointmentRequestPreventDoubleBooking
from .create_appointment_response import CreateAppointmentResponse
from .create_patient_request import CreatePatientRequest
from .create_patient_request_check_eligibility import CreatePatientRequestCheckEligibility
from .create_patient_request_insurance_sequence import CreatePatientRequestInsuranceSequence
from .create_patient_request_sex import CreatePatientRequestSex
from .create_patient_response import CreatePatientResponse
from .create_patient_response_data import CreatePatientResponseData
from .created_appointment import CreatedAppointment
from .ecw_visit_type import EcwVisitType
from .error import Error
from .failure_reason import FailureReason
from .fetch_appointments_request import FetchAppointmentsRequest
from .fetch_appointments_request_search_by import FetchAppointmentsRequestSearchBy
from .fetch_availability_request import FetchAvailabilityRequest
from .fetch_availability_request_calculation_method import FetchAvailabilityRequestCalculationMethod
from .fetch_availability_request_provider_type import FetchAvailabilityRequestProviderType
from .fetch_patients_request import FetchPatientsRequest
from .fetch_patients_request_include_type_1_item import FetchPatientsRequestIncludeType1Item
from .fetch_patients_request_search_by import FetchPatientsRequestSearchBy
from .get_appointment_response import GetAppointmentResponse
from .get_availability_calculation_method import GetAvailabilityCalculationMethod
from .get_availability_facility_scoped_scheduling import GetAvailabilityFacilityScopedScheduling
from .get_availability_fallback_to_default_hours import GetAvailabilityFallbackToDefaultHours
from .get_availability_provider_type import GetAvailabilityProviderType
from .insurance_provider import InsuranceProvider
from .list_appointments_include_note import ListAppointmentsIncludeNote
from .list_appointments_response import ListAppointmentsResponse
from .list_insurance_providers_active import ListInsuranceProvidersActive
from .list_insurance_providers_response import ListInsuranceProvidersResponse
from .list_locations_response import ListLocationsResponse
from .list_patients_response import ListPatientsResponse
from .list_providers_response import ListProvidersResponse
from .list_referring_providers_response import ListReferringProvidersResponse
from .list_webhook_events_delivery_status import ListWebhookEventsDeliveryStatus
from .list_webhook_events_sort import ListWebhookEventsSort
from .list_webhook_events_status import ListWebhookEventsStatus
from .live_fetch_accepted_response import LiveFetchAcceptedResponse
from .live_fetch_event_envelope import LiveFetchEventEnvelope
from .live_fetch_event_envelope_data import LiveFetchEventEnvelopeData
from .location import Location
from .location_address import LocationAddress
from .object_metadata import ObjectMetadata
from .pagination import Pagination
from .patient import Patient
from .patient_created_data import PatientCreatedData
from .patient_created_event import PatientCreatedEvent
from .patient_failed_data import PatientFailedData
from .patient_failed_event import PatientFailedEvent
from .patients_live_fetch_completed_data import PatientsLiveFetchCompletedData
from .patients_live_fetch_completed_data_patients_item import PatientsLiveFetchCompletedDataPatientsItem
from .patients_live_fetch_completed_event import PatientsLiveFetchCompletedEvent
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
    "AppointmentsLiveFetchCompletedData",
    "AppointmentsLiveFetchCompletedDataAppointmentsItem",
    "AppointmentsLiveFetchCompletedEvent",
    "AppointmentStatus",
    "AppointmentStatusUpdatedData",
    "AppointmentStatusUpdatedEvent",
    "AppointmentUpdatedData",
    "AppointmentUpdatedEvent",
    "AvailabilityLiveFetchCompletedData",
    "AvailabilityLiveFetchCompletedEvent",
    "AvailabilityResponse",
    "AvailabilityResponseResults",
    "AvailabilityWindow",
    "CreateAppointmentRequest",
    "CreateAppointmentRequestNewPatient",
    "CreateAppointmentRequestPreventDoubleBooking",
    "CreateAppointmentResponse",
    "CreatedAppointment",
    "CreatePatientRequest",
    "CreatePatientRequestCheckEligibility",
    "CreatePatientRequestInsuranceSequence",
    "CreatePatientRequestSex",
    "CreatePatientResponse",
    "CreatePatientResponseData",
    "EcwVisitType",
    "Error",
    "FailureReason",
    "FetchAppointmentsRequest",
    "FetchAppointmentsRequestSearchBy",
    "FetchAvailabilityRequest",
    "FetchAvailabilityRequestCalculationMethod",
    "FetchAvailabilityRequestProviderType",
    "FetchPatientsRequest",
    "FetchPatientsRequestIncludeType1Item",
    "FetchPatientsRequestSearchBy",
    "GetAppointmentResponse",
    "GetAvailabilityCalculationMethod",
    "GetAvailabilityFacilityScopedScheduling",
    "GetAvailabilityFallbackToDefaultHours",
    "GetAvailabilityProviderType",
    "InsuranceProvider",
    "ListAppointmentsIncludeNote",
    "ListAppointmentsResponse",
    "ListInsuranceProvidersActive",
    "ListInsuranceProvidersResponse",
    "ListLocationsResponse",
    "ListPatientsResponse",
    "ListProvidersResponse",
    "ListReferringProvidersResponse",
    "ListWebhookEventsDeliveryStatus",
    "ListWebhookEventsSort",
    "ListWebhookEventsStatus",
    "LiveFetchAcceptedResponse",
    "LiveFetchEventEnvelope",
    "LiveFetchEventEnvelopeData",
    "Location",
    "LocationAddress",
    "ObjectMetadata",
    "Pagination",
    "Patient",
    "PatientCreatedData",
    "PatientCreatedEvent",
    "PatientFailedData",
    "PatientFailedEvent",
    "PatientsLiveFetchCompletedData",
    "PatientsLiveFetchCompletedDataPatientsItem",
    "PatientsLiveFetchCompletedEvent",
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
