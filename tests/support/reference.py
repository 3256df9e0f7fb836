"""The facts of the vendor's API reference (shared/cobalt-api-reference.txt), transcribed as data.

The document must contain every one of them; the tests compare. Where the reference's examples are
not valid JSON (a trailing comma, `...` placeholders), they are transcribed repaired.
"""

CREDENTIAL_HEADERS = ("client_id", "client_secret", "access_token")

# The reference's own example credentials (not real secrets: they are published in its docs).
EXAMPLE_CREDENTIALS = {
    "client_id": "ci_live_198908HJDKJSH98789OHKJL",
    "client_secret": "cs_live_9827hofdsklOYYHJLJh",
    "access_token": "493JKLHIU98789hLKH9HHJH",
}

LIST_QUERY_PARAMETERS = {
    # name: required
    "start_date": True,
    "end_date": True,
    "patient_mrn": False,
    "patient_name": False,
    "patient_phone": False,
    "include_note": False,
    "appointment_mode": False,
}

CREATE_FIELDS = (
    "mrn", "patient_name", "location", "datetime", "date", "time",
    "duration", "provider", "type", "note", "reason",
)  # fmt: skip
DEPRECATED_CREATE_FIELDS = ("date", "time")

UPDATE_FIELDS = ("appointment_datetime", "location", "type", "status", "note")

APPOINTMENT_MODES = ("office", "telemedicine")
STATUSES = ("pending", "failed", "scheduled", "completed", "cancelled")

ECW_VISIT_TYPES = {
    "bh pre-adm": "Behavioral Health Pre-Admission",
    "bh visit": "Behavioral Health Admission & Treatment",
    "f/u": "Follow Up Visit",
    "hosp": "Hospital Follow up",
    "hss": "Home Sleep Study",
    "mask": "Mask Fitting",
    "np": "New Patient",
    "nv": "Nurse Visit",
    "ovp": "Overnight Pulse",
    "pdr": "PFT Dr Appointment",
    "pft": "Pulmonary Function Test",
    "sk": "SickLine",
    "telephone": "Televisit Phone",
    "televisit": "Televisit",
    "televisit1": "Televisit / OSA",
    "televisit2": "Televisit / Review Tests",
    "televisit3": "TeleVisit / Discuss medications",
}

WEBPT_VISIT_TYPES = {
    "f/u": "Follow-Up",
    "ie": "Initial Examination",
    "re": "Re-Examination",
    "c": "Consultation",
    "of": "Orthosis Fabrication",
    "ce": "Calendar End",
    "cs": "Calendar Start",
    "ava": "Available",
    "oth": "Other",
    "is": "Injury Screen",
    "te": "Telehealth eval",
    "tf": "Telehealth followup",
    "pel": "Pelvic",
    "tmj": "TMJ",
    "spe": "Specialty",
    "ope": "Open",
    "ct": "Co Treat",
}

LIST_RESPONSE = {
    "success": True,
    "results": {
        "appointments": [
            {
                "id": "2109607",
                "datetime": "2024-03-14T00:00:00-07:00",
                "duration": 15,
                "ehr_appointment_id": "536444",
                "appointment_mode": "office",
                "appointment_type": "f/u",
                "location": "54252",
                "patient_name": "Jane Doe",
                "patient_mrn": "414421",
                "patient_dob": "1994-08-12",
                "patient_phone": "222-333-4444",
                "patient_gender": "female",
                "insurance": "Blue Shield",
                "insurance_subscriber": "John Doe",
                "insurance_number": "19228934",
                "insurance_group_number": "FDL992829qe",
                "provider_ehr_id": "6644",
                "provider_npi": "2453453453",
                "status": "completed",
            }
        ]
    },
}

GET_RESPONSE = {
    "success": True,
    "appointments": {
        "id": "1276397812",
        "datetime": "2024-03-14T00:00:00-07:00",
        "appointment_mode": "office",
        "appointment_type": "f/u",
        "location": "54252",
        "patient_name": "Jane Doe",
        "patient_mrn": "414421",
        "patient_dob": "1994-08-12",
        "patient_sex": "female",
        "insurance": "Blue Shield",
        "insurance_subscriber": "John Doe",
        "insurance_number": "19228934",
        "insurance_group_number": "FDL992829qe",
        "provider_ehr_id": "6644",
        "provider_npi": "2453453453",
        "status": "completed",
    },
}

CREATE_REQUEST = {
    "mrn": "9988776655443322",
    "location": "Good Clinic",
    "date": "2024-01-15",
    "time": "1:30 PM",
    "provider": "Good Doctor",
    "type": "FollowUp",
}

CREATE_RESPONSE = {"success": True, "message": "Appointment created.", "data": {"appointment_id": "23456789"}}

UPDATE_PENDING_REQUEST = {
    "appointment_datetime": "2024-01-15T14:00:00-07:00",
    "location": "New Clinic",
    "type": "f/u",
}

UPDATE_SCHEDULED_REQUEST = {"status": "cancelled"}

UPDATE_RESPONSE = {
    "success": True,
    "message": "Appointment updated successfully.",
    "appointment_id": "23456789",
}

# (operationId, "request" or status, example body) for every example of the reference.
EXAMPLES = (
    ("list_appointments", "200", LIST_RESPONSE),
    ("get_appointment", "200", GET_RESPONSE),
    ("create_appointment", "request", CREATE_REQUEST),
    ("create_appointment", "200", CREATE_RESPONSE),
    ("update_appointment", "request", UPDATE_PENDING_REQUEST),
    ("update_appointment", "request", UPDATE_SCHEDULED_REQUEST),
    ("update_appointment", "200", UPDATE_RESPONSE),
)

# The appointment fields of both response examples, plus the progress note of include_note=true.
APPOINTMENT_FIELDS = tuple(
    dict.fromkeys([*LIST_RESPONSE["results"]["appointments"][0], *GET_RESPONSE["appointments"], "note"])
)

# The vendor's current public API reference ("API Reference → Appointments"), transcribed: the same
# four operations in other shapes, which the document accepts since 2.0.0. Synthetic values, as there.
# The current page's example with its time as the newest page asks: the example's own "10:00" is
# what that page calls an error (tests/corpus/create-request-current.json, refused).
CURRENT_CREATE_REQUEST = {
    "mrn": "123456789", "location": "123456789", "date": "2025-01-01", "time": "10:00 am",
    "provider": "123456789", "secondary_provider": "123456789", "type": "new_patient",
    "note": "This is a test appointment",
}  # fmt: skip
CURRENT_CREATED_MESSAGE = "Appointment processing. A webhook event will be sent upon completion."
CURRENT_CREATE_RESPONSE = {"success": True, "data": {"appointment_id": "123456789", "message": CURRENT_CREATED_MESSAGE}}
CURRENT_LIST_RESPONSE = {
    "success": True,
    "appointments": [
        {
            "id": "a1", "ehr_appointment_id": "e1", "datetime": "2023-11-07T05:31:56Z", "duration": 123,
            "status": "scheduled", "appointment_type": "f/u", "appointment_mode": "office", "location": "L",
            "reason": "r", "complaint_type": "c", "patient_name": "Pat Example", "patient_first_name": "Pat",
            "patient_last_name": "Example", "patient_mrn": "m1", "patient_ehr_id": "p1", "patient_dob": "1990-01-01",
            "patient_gender": "female", "patient_phone": "555-010-0100", "provider_ehr_id": "d1",
            "provider_name": "Dr. Example", "provider_npi": "n1", "secondary_provider_ehr_id": "d2",
            "insurance": "I", "insurance_number": "i1", "insurance_group_number": "g1", "insurance_subscriber": "S",
            "secondary_insurance": "I2", "secondary_insurance_number": "i2", "insurances": [{}], "diagnoses": [{}],
            "medications": [{}], "note": "n", "progress_note": "p", "created_at": "2023-11-07T05:31:56Z",
            "object_metadata": {"source": "cobalt_operation", "created_at": "2023-11-07T05:31:56Z"},
        }
    ],
}  # fmt: skip
CURRENT_GET_RESPONSE = GET_RESPONSE  # the same body, under the singular path /appointment/{id}
CURRENT_UPDATE_REQUEST = {"datetime": "2024-01-15T14:00:00-07:00", "location": "New Clinic", "type": "f/u"}
CURRENT_UPDATE_RESPONSE = {"success": True, "message": "Appointment updated successfully"}
