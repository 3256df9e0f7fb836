"""The `cobalt` commands of the operations that have no hand-written one in cli.py, rendered from
openapi/cobalt.yaml by tools/render_operations.py with codegen/operations/cli_operations.py.jinja (`make
client`). Never edited by hand: change the document or the template, then render again. Registered
on `cobalt` by cli.py's import of this module; what the commands share is cli_calls.py."""

from __future__ import annotations

from typing import Any

import click

from cobalt_kit.cli import JSON_OPTION, _State, appointments, main, webhooks
from cobalt_kit.cli_calls import COMMA_LIST, JSON_VALUE, calling, show
from cobalt_kit.exit_codes import EXIT_HELP

# Every operation of the document and the command that calls it, cli.py's hand-written ones included.
COMMANDS: dict[str, tuple[str, ...]] = {
    "list_appointments": ("appointments", "list"),
    "create_appointment": ("appointments", "create"),
    "update_appointment": ("appointments", "update"),
    "get_appointment_singular": ("appointments", "get"),
    "fetch_appointments": ("appointments", "fetch"),
    "get_availability": ("availability", "get"),
    "fetch_availability": ("availability", "fetch"),
    "list_patients": ("patients", "list"),
    "create_patient": ("patients", "create"),
    "fetch_patients": ("patients", "fetch"),
    "get_webhook_configuration": ("webhooks", "list"),
    "register_webhook": ("webhooks", "register"),
    "rotate_webhook_secret": ("webhooks", "rotate-secret"),
    "delete_webhook": ("webhooks", "delete"),
    "list_webhook_events": ("webhooks", "events"),
    "get_settings": ("settings", "get"),
    "list_providers": ("providers", "list"),
    "update_provider": ("providers", "update"),
    "update_provider_by_ehr": ("providers", "update-by-ehr"),
    "list_locations": ("locations", "list"),
    "update_location": ("locations", "update"),
    "list_referring_providers": ("referring-providers", "list"),
    "list_insurance_providers": ("insurance-providers", "list"),
    "get_appointment": ("appointments", "get"),
}


@main.group("availability")
@JSON_OPTION
def availability() -> None:
    """The providers' open time, from cached appointments (`get_availability`) or fetched live from the EHR
    (`fetch_availability`)."""


@main.group("patients")
@JSON_OPTION
def patients() -> None:
    """Search the cached patients, search the EHR live, and create patients."""


@main.group("settings")
@JSON_OPTION
def settings() -> None:
    """The practice's settings as its EHR defines them (visit types, statuses, time zone)."""


@main.group("providers")
@JSON_OPTION
def providers() -> None:
    """The practice's providers, their hours, and whether availability shows them."""


@main.group("locations")
@JSON_OPTION
def locations() -> None:
    """The practice's locations, and whether they take bookings."""


@main.group("referring-providers")
@JSON_OPTION
def referring_providers() -> None:
    """Providers outside the practice who refer patients to it."""


@main.group("insurance-providers")
@JSON_OPTION
def insurance_providers() -> None:
    """The insurance providers (payers) configured for the practice."""


@appointments.command("fetch", epilog=EXIT_HELP)
@click.option("--search-by", "search_by", type=click.Choice(["date_range", "mrn", "provider"]), help="The mode.")
@click.option(
    "--start-date",
    "start_date",
    metavar="YYYY-MM-DD",
    help="First day (YYYY-MM-DD); required for `date_range` and `provider`.",
)
@click.option(
    "--end-date",
    "end_date",
    metavar="YYYY-MM-DD",
    help=(
        "Last day; required for `date_range` (at most 7 days) and `provider` (up to 5 days after "
        "`start_date` for one provider, equal to it for 2-10)."
    ),
)
@click.option("--mrn", "mrn", help="The patient's MRN; required for `mrn`.")
@click.option(
    "--provider-ids",
    "provider_ids",
    type=COMMA_LIST,
    metavar="A,B,...",
    help="EHR provider ids (1-10); required for `provider`.",
)
@JSON_OPTION
@click.pass_obj
def fetch_appointments_command(
    state: _State,
    search_by: str | None,
    start_date: str | None,
    end_date: str | None,
    mrn: str | None,
    provider_ids: list[str] | None,
) -> None:
    """Live fetch of appointments from the EHR (asynchronous).

    Fetches appointments from the EHR itself, syncs them into the cached list, and sends them as the
    `appointment.live_fetch_completed` event of the answer's job. Modes (`search_by`): `date_range`
    (default; `start_date`..`end_date`, at most 7 days), `mrn` (every appointment of the patient),
    `provider` (`provider_ids`, 1 to 10; one provider up to 5 days after `start_date`, 2-10 providers a
    single day). The answer is `202` with the job, as `job_id` (newest page) or `job_execution_id`
    (older page)."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.appointments.fetch(
                search_by=search_by,
                start_date=start_date,
                end_date=end_date,
                mrn=mrn,
                provider_ids=provider_ids,
            ),
            None,
            {},
        )


@availability.command("get", epilog=EXIT_HELP)
@click.option("--start-date", "start_date", required=True, help="The start of the range (YYYY-MM-DD).")
@click.option(
    "--end-date",
    "end_date",
    required=True,
    help="The end of the range (YYYY-MM-DD), inclusive; a date-time's date likewise.",
)
@click.option(
    "--provider-type",
    "provider_type",
    type=click.Choice(["primary", "secondary"]),
    help=("Whether to check availability for the primary provider (default) or the secondary provider."),
)
@click.option(
    "--fallback-to-default-hours/--no-fallback-to-default-hours",
    "fallback_to_default_hours",
    default=None,
    help=("Whether to fall back to the default hours if no availability rules are defined for the provider."),
)
@click.option(
    "--calculation-method",
    "calculation_method",
    type=click.Choice(["gaps", "slots"]),
    help=("`gaps` (default): the free time between a provider's working hours and existing appointments."),
)
@click.option(
    "--slot-type",
    "slot_type",
    help=(
        "Required if `calculation_method` is `slots`: the type (title) of the slots to return, "
        "matched case-insensitively."
    ),
)
@click.option(
    "--buffer",
    "buffer",
    type=int,
    help=(
        "Minutes added after appointments of `visit_type` (or of all types), during which the provider is unavailable."
    ),
)
@click.option("--visit-type", "visit_type", help="The visit type after which `buffer` applies, or `all`.")
@click.option(
    "--daily-appointment-limit",
    "daily_appointment_limit",
    type=int,
    help=(
        "With `daily_limit_type`: the most appointments of that type a provider can have on one "
        "day; once reached, that day shows no more availability for it."
    ),
)
@click.option(
    "--daily-limit-type",
    "daily_limit_type",
    help=("The visit type `daily_appointment_limit` counts: a visit type code of the practice (case-insensitive)."),
)
@click.option(
    "--max-slot-duration",
    "max_slot_duration",
    type=int,
    help=(
        "The longest window returned, in minutes; a longer gap is returned as consecutive windows"
        " of at most this length."
    ),
)
@click.option(
    "--facility-scoped-scheduling/--no-facility-scoped-scheduling",
    "facility_scoped_scheduling",
    default=None,
    help="Whether a shift's time is blocked only by appointments at the shift's own facility.",
)
@click.option(
    "--provider-ids", "provider_ids", help="Comma-separated EHR provider ids (`prov1,prov2`) to narrow the result to."
)
@click.option(
    "--location-ids",
    "location_ids",
    help=("Comma-separated EHR location ids (`loc1,loc2`); windows without a `facility_id` are then left out."),
)
@JSON_OPTION
@click.pass_obj
def get_availability_command(
    state: _State,
    start_date: str,
    end_date: str,
    provider_type: str | None,
    fallback_to_default_hours: bool | None,
    calculation_method: str | None,
    slot_type: str | None,
    buffer: int | None,
    visit_type: str | None,
    daily_appointment_limit: int | None,
    daily_limit_type: str | None,
    max_slot_duration: int | None,
    facility_scoped_scheduling: bool | None,
    provider_ids: str | None,
    location_ids: str | None,
) -> None:
    """Open time of the practice's providers, from cached appointments.

    The free time of each provider in `start_date`..`end_date` (inclusive), computed from the provider's
    hours (shifts, their set dates and recurrence, visit-type rules) and the cached appointments and
    blocks of the practice. Only providers that are active and not `hide_in_availability` appear (the
    vendor's page: `active=true` AND `hide_in_availability=false`). For fresh EHR data use
    `fetch_availability`.

    Piped, one tab-separated line per row: day_of_week, date, duration_string, range_start, range_end,
    provider_id, provider_name, facility_id, facility_name, visit_type, available_appointments,
    max_visits, timezone_abbr."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.availability.get(
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
            ),
            ("results", "availability"),
            {
                "day_of_week": 2,
                "date": 0,
                "duration_string": 4,
                "range_start": 1,
                "range_end": 1,
                "provider_id": 7,
                "provider_name": 8,
                "facility_id": 9,
                "facility_name": 10,
                "visit_type": 11,
                "available_appointments": 12,
                "max_visits": 13,
                "timezone_abbr": 14,
            },
        )


@availability.command("fetch", epilog=EXIT_HELP)
@click.option("--start-date", "start_date", required=True, metavar="YYYY-MM-DD", help="The first day (YYYY-MM-DD).")
@click.option(
    "--end-date",
    "end_date",
    required=True,
    metavar="YYYY-MM-DD",
    help="The last day, inclusive; equal to `start_date` for two or more providers.",
)
@click.option(
    "--provider-ids",
    "provider_ids",
    type=COMMA_LIST,
    required=True,
    metavar="A,B,...",
    help="EHR provider ids, 1 to 10.",
)
@click.option("--buffer", "buffer", type=int, help="As in `get_availability`.")
@click.option("--visit-type", "visit_type", help="As in `get_availability`.")
@click.option(
    "--calculation-method", "calculation_method", type=click.Choice(["gaps", "slots"]), help="As in `get_availability`."
)
@click.option("--slot-type", "slot_type", help="As in `get_availability`.")
@click.option(
    "--daily-appointment-limit",
    "daily_appointment_limit",
    type=int,
    help="As in `get_availability`; requires `daily_limit_type`.",
)
@click.option(
    "--daily-limit-type", "daily_limit_type", help="As in `get_availability`; requires `daily_appointment_limit`."
)
@click.option(
    "--provider-type", "provider_type", type=click.Choice(["primary", "secondary"]), help="As in `get_availability`."
)
@click.option(
    "--fallback-to-default-hours/--no-fallback-to-default-hours",
    "fallback_to_default_hours",
    default=None,
    help="As in `get_availability`.",
)
@click.option("--max-slot-duration", "max_slot_duration", type=int, help="As in `get_availability`.")
@click.option(
    "--facility-scoped-scheduling/--no-facility-scoped-scheduling",
    "facility_scoped_scheduling",
    default=None,
    help="As in `get_availability`.",
)
@click.option(
    "--location-ids",
    "location_ids",
    type=COMMA_LIST,
    metavar="A,B,...",
    help="EHR location ids, as in `get_availability`.",
)
@JSON_OPTION
@click.pass_obj
def fetch_availability_command(
    state: _State,
    start_date: str,
    end_date: str,
    provider_ids: list[str],
    buffer: int | None,
    visit_type: str | None,
    calculation_method: str | None,
    slot_type: str | None,
    daily_appointment_limit: int | None,
    daily_limit_type: str | None,
    provider_type: str | None,
    fallback_to_default_hours: bool | None,
    max_slot_duration: int | None,
    facility_scoped_scheduling: bool | None,
    location_ids: list[str] | None,
) -> None:
    """Live availability from the EHR (asynchronous).

    Fetches up-to-date appointments from the EHR and computes availability from them in one pass; the
    result arrives as the `availability.live_fetch_completed` event of the answer's job, with the
    computed windows inline. The windows are not kept, but the appointments the EHR returned are written
    to the cached list, so a later `get_availability` reflects them. `provider_ids` holds 1 to 10 EHR
    provider ids; one provider may span up to a 5-day window, two or more must share a single date
    (`start_date` equal to `end_date`). Every other parameter is optional and follows the defaults and
    rules of `get_availability`."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.availability.fetch(
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
            ),
            None,
            {},
        )


@patients.command("list", epilog=EXIT_HELP)
@click.option("--dob", "dob", metavar="YYYY-MM-DD", help="Only patients born on this day (ISO 8601 date, YYYY-MM-DD).")
@click.option(
    "--first-name",
    "first_name",
    help="Only patients whose first name contains this text (case-insensitive, partial match).",
)
@click.option(
    "--last-name",
    "last_name",
    help="Only patients whose last name contains this text (case-insensitive, partial match).",
)
@click.option("--mrn", "mrn", help="Only the patient with this EHR MRN.")
@click.option("--ehr-id", "ehr_id", help="Only the patient with this EHR id.")
@click.option("--phone", "phone", help="Only patients with this phone number (its digits are compared).")
@click.option(
    "--page-size",
    "page_size",
    type=int,
    help="Patients per page (the page names no default; the kit's stand-ins use 50).",
)
@JSON_OPTION
@click.pass_obj
def list_patients_command(
    state: _State,
    dob: str | None,
    first_name: str | None,
    last_name: str | None,
    mrn: str | None,
    ehr_id: str | None,
    phone: str | None,
    page_size: int | None,
) -> None:
    """Search the cached patients, a page at a time.

    The practice's patients as Cobalt cached them. Every filter is optional; with none, all patients, a
    page at a time. For fresh EHR data use `fetch_patients`.

    Piped, one tab-separated line per row: mrn, ehr_id, first_name, last_name, dob, sex, phone."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.patients.list(
                dob=dob,
                first_name=first_name,
                last_name=last_name,
                mrn=mrn,
                ehr_id=ehr_id,
                phone=phone,
                page_size=page_size,
            ),
            (),
            {"mrn": 0, "ehr_id": 3, "first_name": 4, "last_name": 5, "dob": 6, "sex": 7, "phone": 8},
        )


@patients.command("create", epilog=EXIT_HELP)
@click.option("--last-name", "last_name", required=True, help="Last name.")
@click.option("--first-name", "first_name", required=True, help="First name.")
@click.option("--phone", "phone", help="Phone number.")
@click.option("--cell-phone", "cell_phone", help="Cell phone number.")
@click.option("--dob", "dob", metavar="YYYY-MM-DD", help="Date of birth (YYYY-MM-DD).")
@click.option("--sex", "sex", type=click.Choice(["male", "female", "unknown"]), help="Sex.")
@click.option("--email", "email", help="Email address.")
@click.option("--no-email-reason", "no_email_reason", help="Why there is no email address.")
@click.option("--referring-provider", "referring_provider", help="The referring provider's name (older page).")
@click.option(
    "--referring-provider-first-name", "referring_provider_first_name", help="The referring provider's first name."
)
@click.option(
    "--referring-provider-last-name", "referring_provider_last_name", help="The referring provider's last name."
)
@click.option(
    "--referring-provider-id",
    "referring_provider_id",
    help="A referring provider's id from GET /referring-providers (eClinicalWorks).",
)
@click.option(
    "--referred-to-provider-id",
    "referred_to_provider_id",
    help="The rendering provider's `ehr_id` from GET /providers (not its `id`).",
)
@click.option("--address-street", "address_street", help="Street address.")
@click.option("--address-city", "address_city", help="City.")
@click.option("--address-state", "address_state", help="State.")
@click.option("--address-zip", "address_zip", help="ZIP code.")
@click.option("--insurance-name", "insurance_name", help="Primary insurance carrier.")
@click.option(
    "--insurance-provider-id", "insurance_provider_id", help="The carrier's id from GET /insurance-providers."
)
@click.option("--insurance-subscriber-number", "insurance_subscriber_number", help="Subscriber (member) number.")
@click.option(
    "--insurance-sequence",
    "insurance_sequence",
    type=click.Choice(["primary", "secondary", "tertiary"]),
    help="Which insurance this is.",
)
@click.option(
    "--responsible-party",
    "responsible_party",
    help="Who is responsible for billing (`self` by default; others on eClinicalWorks).",
)
@click.option(
    "--check-eligibility/--no-check-eligibility",
    "check_eligibility",
    default=None,
    help="Whether to check insurance eligibility.",
)
@click.option("--pcp-first-name", "pcp_first_name", help="Primary care provider's first name.")
@click.option("--pcp-last-name", "pcp_last_name", help="Primary care provider's last name.")
@click.option("--pcp-id", "pcp_id", help="Primary care provider's id from GET /referring-providers.")
@click.option("--secondary-insurance-name", "secondary_insurance_name", help="Secondary insurance carrier.")
@click.option(
    "--secondary-insurance-subscriber-number",
    "secondary_insurance_subscriber_number",
    help="Secondary subscriber number.",
)
@click.option("--emergency-contact-first-name", "emergency_contact_first_name", help="Emergency contact's first name.")
@click.option("--emergency-contact-last-name", "emergency_contact_last_name", help="Emergency contact's last name.")
@click.option("--emergency-contact-relation", "emergency_contact_relation", help="Emergency contact's relation.")
@click.option("--emergency-contact-phone", "emergency_contact_phone", help="Emergency contact's phone.")
@click.option("--pharmacy-id", "pharmacy_id", help="The patient's pharmacy id.")
@JSON_OPTION
@click.pass_obj
def create_patient_command(
    state: _State,
    last_name: str,
    first_name: str,
    phone: str | None,
    cell_phone: str | None,
    dob: str | None,
    sex: str | None,
    email: str | None,
    no_email_reason: str | None,
    referring_provider: str | None,
    referring_provider_first_name: str | None,
    referring_provider_last_name: str | None,
    referring_provider_id: str | None,
    referred_to_provider_id: str | None,
    address_street: str | None,
    address_city: str | None,
    address_state: str | None,
    address_zip: str | None,
    insurance_name: str | None,
    insurance_provider_id: str | None,
    insurance_subscriber_number: str | None,
    insurance_sequence: str | None,
    responsible_party: str | None,
    check_eligibility: bool | None,
    pcp_first_name: str | None,
    pcp_last_name: str | None,
    pcp_id: str | None,
    secondary_insurance_name: str | None,
    secondary_insurance_subscriber_number: str | None,
    emergency_contact_first_name: str | None,
    emergency_contact_last_name: str | None,
    emergency_contact_relation: str | None,
    emergency_contact_phone: str | None,
    pharmacy_id: str | None,
) -> None:
    """Create a patient (asynchronous).

    Creates a patient record in the EHR. Asynchronous: the answer carries the `patient_id`;
    `patient.created` (with the new `mrn`) or `patient.failed` (with a `failure_reason`) follows. A
    field of the practice's `required_patient_fields` (GET /settings) that is missing fails the patient
    with that reason. The new MRN can then be booked."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.patients.create(
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
            ),
            None,
            {},
        )


@patients.command("fetch", epilog=EXIT_HELP)
@click.option(
    "--search-by",
    "search_by",
    type=click.Choice(["dob", "name", "phone", "mrn"]),
    help="The search method (`mrn` on the newest page).",
)
@click.option("--dob", "dob", metavar="YYYY-MM-DD", help="Date of birth (YYYY-MM-DD).")
@click.option("--first-name", "first_name", help="First name.")
@click.option("--last-name", "last_name", help="Last name.")
@click.option("--phone", "phone", help="Phone number as XXX-XXX-XXXX (`555-123-4567`).")
@click.option("--mrn", "mrn", help="The patient's MRN.")
@click.option(
    "--include", "include", help="More of each patient (`insurances`), as a comma-separated string or an array."
)
@JSON_OPTION
@click.pass_obj
def fetch_patients_command(
    state: _State,
    search_by: str | None,
    dob: str | None,
    first_name: str | None,
    last_name: str | None,
    phone: str | None,
    mrn: str | None,
    include: str | None,
) -> None:
    """Live patient search in the EHR (asynchronous).

    Searches the EHR itself; the patients found arrive as the `patient.live_fetch_completed` event of
    the answer's job. `search_by` selects the values searched by (`dob`, `name`, `phone`, or `mrn` on
    the newest page), and those values are required; at least one of `dob`, `first_name`, `last_name`,
    `phone` (or `mrn`) must be given. `include` opts into more of each patient (`insurances`), as a
    comma-separated string or an array."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.patients.fetch(
                search_by=search_by,
                dob=dob,
                first_name=first_name,
                last_name=last_name,
                phone=phone,
                mrn=mrn,
                include=include,
            ),
            None,
            {},
        )


@webhooks.command("events", epilog=EXIT_HELP)
@click.option(
    "--job-id",
    "job_id",
    help=("Only the events of the operation that answered with this `job_id` (`job_id` or `data.job_id` of a create)."),
)
@click.option("--event-type", "event_type", help="Only events of this type (e.g. `appointment.created`).")
@click.option(
    "--delivery-status",
    "delivery_status",
    type=click.Choice(["success", "failed"]),
    help="Only events whose delivery to the webhook URL on file `success`ed or `failed`.",
)
@click.option(
    "--start-date", "start_date", metavar="YYYY-MM-DD", help="Only events created on or after this day (ISO 8601 date)."
)
@click.option(
    "--end-date", "end_date", metavar="YYYY-MM-DD", help="Only events created on or before this day (ISO 8601 date)."
)
@click.option("--page-size", "page_size", type=int, help="Events per page.")
@click.option(
    "--oldest-first", "oldest_first", is_flag=True, help="`created_at` oldest first, `-created_at` newest first."
)
@JSON_OPTION
@click.pass_obj
def list_webhook_events_command(
    state: _State,
    job_id: str | None,
    event_type: str | None,
    delivery_status: str | None,
    start_date: str | None,
    end_date: str | None,
    page_size: int | None,
    oldest_first: bool,
) -> None:
    """The events sent to the webhook URLs, filtered and paged (awaiting results).

    The events of the access token, newest first unless `sort` says otherwise, a page at a time. With
    `job_id`, the events of the operation that answered with it, for a client that polls instead of
    receiving webhooks (the vendor's "Awaiting results" pages: about once a second until the list is not
    empty); empty while the operation is still pending."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.webhooks.events(
                job_id=job_id,
                event_type=event_type,
                delivery_status=delivery_status,
                start_date=start_date,
                end_date=end_date,
                page_size=page_size,
                oldest_first=oldest_first,
            ),
            (),
            {},
        )


@settings.command("get", epilog=EXIT_HELP)
@JSON_OPTION
@click.pass_obj
def get_settings_command(state: _State) -> None:
    """The practice's settings (visit types, visit statuses, required patient fields, time zone).

    The settings of the access token's practice, as its EHR defines them: the visit types a booking's
    `type` takes (`code` and `description`; a booking of another type settles `failed`), the visit
    statuses an update of a scheduled appointment may set, the fields a new patient must have, and the
    practice's time zone. From the vendor's settings page; an older version of it lists no
    `visit_statuses` or `required_patient_fields` (both optional here). 404 when the token has no
    settings."""
    with calling(state) as cobalt:
        show(state, cobalt.settings.get(), None, {})


@providers.command("list", epilog=EXIT_HELP)
@JSON_OPTION
@click.pass_obj
def list_providers_command(state: _State) -> None:
    """The practice's providers, with their hours.

    Every provider of the practice. Each has two ids: `id`, Cobalt's (32 characters, for
    `update_provider`), and `ehr_id`, the EHR's (for a booking's `provider` and `secondary_provider`). A
    provider appears in availability only when `status` is `active` and `hide_in_availability` is false.
    `hours` lists, by day, the shifts the provider works: start and end (the EHR's time zone), the
    facility, the dates the shift set runs, an optional recurrence, and optional visit-type rules (slots
    kept for one visit type).

    Piped, one tab-separated line per row: id, ehr_id, name, npi, timezone, status,
    hide_in_availability."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.providers.list(),
            ("providers",),
            {"id": 2, "ehr_id": 0, "name": 1, "npi": 5, "timezone": 6, "status": 7, "hide_in_availability": 8},
        )


@providers.command("update", epilog=EXIT_HELP)
@click.argument("id", metavar="ID")
@click.option("--status", "status", help="`active` or `inactive`, in any case (`Active`, `ACTIVE`).")
@click.option(
    "--hide-in-availability/--no-hide-in-availability",
    "hide_in_availability",
    default=None,
    help='`"true"` leaves the provider out of availability; `"false"` (default) shows them.',
)
@click.option(
    "--hours-json",
    "hours",
    type=JSON_VALUE,
    metavar="JSON|@FILE",
    help="The provider's new shifts, by day (replacing the old).",
)
@JSON_OPTION
@click.pass_obj
def update_provider_command(
    state: _State, id: str, status: str | None, hide_in_availability: bool | None, hours: Any
) -> None:
    """Change a provider's status, hours or visibility in availability.

    Changes one or more of `status` (`active`: the schedule is synced from the EHR; `inactive`: it is
    not; in any case), `hide_in_availability` and `hours`. The hours replace the provider's: days are
    capitalised day names, times `THH:MM:SS`, dates ISO 8601 without an offset, and every shift's
    `facility_id` must be a location of the practice (`list_locations`; 404 naming the field when it is
    not); its `facility_name` is filled in from it. An older version of the page takes `status` only.

    ID: The provider's Cobalt id (`id` of `list_providers`, not its `ehr_id`)."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.providers.update(
                id=id,
                status=status,
                hide_in_availability=hide_in_availability,
                hours=hours,
            ),
            None,
            {},
        )


@providers.command("update-by-ehr", epilog=EXIT_HELP)
@click.argument("ehr_id", metavar="EHR_ID")
@click.option("--status", "status", help="`active` or `inactive`, in any case (`Active`, `ACTIVE`).")
@click.option(
    "--hide-in-availability/--no-hide-in-availability",
    "hide_in_availability",
    default=None,
    help='`"true"` leaves the provider out of availability; `"false"` (default) shows them.',
)
@click.option(
    "--hours-json",
    "hours",
    type=JSON_VALUE,
    metavar="JSON|@FILE",
    help="The provider's new shifts, by day (replacing the old).",
)
@JSON_OPTION
@click.pass_obj
def update_provider_by_ehr_command(
    state: _State, ehr_id: str, status: str | None, hide_in_availability: bool | None, hours: Any
) -> None:
    """Change a provider's status, hours or visibility, by its EHR id.

    The same change as `update_provider`, naming the provider by its `ehr_id`.

    EHR_ID: The provider's EHR id (`ehr_id` of `list_providers`)."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.providers.update_by_ehr(
                ehr_id=ehr_id,
                status=status,
                hide_in_availability=hide_in_availability,
                hours=hours,
            ),
            None,
            {},
        )


@locations.command("list", epilog=EXIT_HELP)
@JSON_OPTION
@click.pass_obj
def list_locations_command(state: _State) -> None:
    """The practice's locations.

    Every location of the practice, each with Cobalt's `id` (32 characters, for `update_location` and a
    shift's `facility_id`) and the EHR's `ehr_id` (for a booking's `location`).

    Piped, one tab-separated line per row: id, ehr_id, name, status, phone, fax."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.locations.list(),
            ("locations",),
            {"id": 0, "ehr_id": 1, "name": 1, "status": 5, "phone": 6, "fax": 7},
        )


@locations.command("update", epilog=EXIT_HELP)
@click.argument("id", metavar="ID")
@click.option("--status", "status", required=True, help="`active` or `inactive`, in any case (`Active`, `ACTIVE`).")
@JSON_OPTION
@click.pass_obj
def update_location_command(state: _State, id: str, status: str) -> None:
    """Activate or deactivate a location.

    Sets the location's `status` (`active` or `inactive`, in any case); nothing else can be changed
    here. A booking at an inactive location fails.

    ID: The location's Cobalt id (`id` of `list_locations`)."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.locations.update(
                id=id,
                status=status,
            ),
            None,
            {},
        )


@referring_providers.command("list", epilog=EXIT_HELP)
@click.option("--first-name", "first_name", help="Part of the first name, in any case.")
@click.option("--last-name", "last_name", help="Part of the last name, in any case.")
@click.option("--phone", "phone", help="The phone number, in any format (`7734722936` or `773-472-2936`).")
@click.option("--fax", "fax", help="The fax number, in any format.")
@click.option("--npi", "npi", help="The NPI, exactly.")
@JSON_OPTION
@click.pass_obj
def list_referring_providers_command(
    state: _State, first_name: str | None, last_name: str | None, phone: str | None, fax: str | None, npi: str | None
) -> None:
    """Search the practice's referring providers.

    The referring providers of the practice's EHR, every filter optional and combined: `first_name` and
    `last_name` match case-insensitively anywhere in the name, `phone` and `fax` compare digits only
    (any format), `npi` matches exactly.

    Piped, one tab-separated line per row: id, ehr_id, name, first_name, last_name, middle_initial,
    speciality, phone, fax, email, npi, address_street, address_city, address_state, address_zip."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.referring_providers.list(
                first_name=first_name,
                last_name=last_name,
                phone=phone,
                fax=fax,
                npi=npi,
            ),
            ("referring_providers",),
            {
                "id": 0,
                "ehr_id": 3,
                "name": 4,
                "first_name": 5,
                "last_name": 6,
                "middle_initial": 7,
                "speciality": 8,
                "phone": 9,
                "fax": 10,
                "email": 11,
                "npi": 12,
                "address_street": 13,
                "address_city": 14,
                "address_state": 15,
                "address_zip": 16,
            },
        )


@insurance_providers.command("list", epilog=EXIT_HELP)
@click.option("--name", "name", help="Part of the insurance provider's name, in any case.")
@click.option("--page-size", "page_size", type=int, help="Insurance providers per page.")
@click.option(
    "--active/--no-active", "active", default=None, help="Only the active (`true`) or inactive (`false`) ones."
)
@JSON_OPTION
@click.pass_obj
def list_insurance_providers_command(
    state: _State, name: str | None, page_size: int | None, active: bool | None
) -> None:
    """The practice's insurance providers, a page at a time.

    The insurance providers configured for the practice, filtered by `name` (case-insensitive, anywhere
    in the name) and `active`, `page_size` at a time (default and most 100). Their `id` is the
    `insurance_provider_id` a patient's insurance takes.

    Piped, one tab-separated line per row: id, name, payer_id, active, created_at."""
    with calling(state) as cobalt:
        show(
            state,
            cobalt.insurance_providers.list(
                name=name,
                page_size=page_size,
                active=active,
            ),
            (),
            {"id": 0, "name": 1, "payer_id": 4, "active": 5, "created_at": 6},
        )
