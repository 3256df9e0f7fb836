"""Contains all the data models used in inputs/outputs"""

from .appointment import Appointment
from .appointment_list import AppointmentList
from .appointment_mode import AppointmentMode
from .appointment_status import AppointmentStatus
from .create_appointment_request import CreateAppointmentRequest
from .create_appointment_response import CreateAppointmentResponse
from .created_appointment import CreatedAppointment
from .ecw_visit_type import EcwVisitType
from .error import Error
from .get_appointment_response import GetAppointmentResponse
from .list_appointments_include_note import ListAppointmentsIncludeNote
from .list_appointments_response import ListAppointmentsResponse
from .update_appointment_request import UpdateAppointmentRequest
from .update_appointment_response import UpdateAppointmentResponse
from .webpt_visit_type import WebptVisitType

__all__ = (
    "Appointment",
    "AppointmentList",
    "AppointmentMode",
    "AppointmentStatus",
    "CreateAppointmentRequest",
    "CreateAppointmentResponse",
    "CreatedAppointment",
    "EcwVisitType",
    "Error",
    "GetAppointmentResponse",
    "ListAppointmentsIncludeNote",
    "ListAppointmentsResponse",
    "UpdateAppointmentRequest",
    "UpdateAppointmentResponse",
    "WebptVisitType",
)
