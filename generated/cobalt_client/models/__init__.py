"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_diagnoses_type_0_item import AppointmentDiagnosesType0Item
from .appointment_insurances_type_0_item import AppointmentInsurancesType0Item
from .appointment_list import AppointmentList
from .appointment_medications_type_0_item import AppointmentMedicationsType0Item
from .appointment_mode import AppointmentMode
from .appointment_status import AppointmentStatus
from .create_appointment_request import CreateAppointmentRequest
from .create_appointment_request_prevent_double_booking import CreateAppointmentRequestPreventDoubleBooking
from .create_appointment_response import CreateAppointmentResponse
from .created_appointment import CreatedAppointment
from .ecw_visit_type import EcwVisitType
from .error import Error
from .get_appointment_response import GetAppointmentResponse
from .list_appointments_include_note import ListAppointmentsIncludeNote
from .list_appointments_response import ListAppointmentsResponse
from .object_metadata import ObjectMetadata
from .update_appointment_request import UpdateAppointmentRequest
from .update_appointment_response import UpdateAppointmentResponse
from .webpt_visit_type import WebptVisitType

__all__ = (
    "Appointment",
    "AppointmentDiagnosesType0Item",
    "AppointmentInsurancesType0Item",
    "AppointmentList",
    "AppointmentMedicationsType0Item",
    "AppointmentMode",
    "AppointmentStatus",
    "CreateAppointmentRequest",
    "CreateAppointmentRequestPreventDoubleBooking",
    "CreateAppointmentResponse",
    "CreatedAppointment",
    "EcwVisitType",
    "Error",
    "GetAppointmentResponse",
    "ListAppointmentsIncludeNote",
    "ListAppointmentsResponse",
    "ObjectMetadata",
    "UpdateAppointmentRequest",
    "UpdateAppointmentResponse",
    "WebptVisitType",
)
