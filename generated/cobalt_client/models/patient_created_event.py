from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_envelope_object import WebhookEventEnvelopeObject
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patient_created_data import PatientCreatedData


T = TypeVar("T", bound="PatientCreatedEvent")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "access_token_reference_id": UNSET,
    "job_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class PatientCreatedEvent:
    """`patient.created`: the EHR created the patient.

    Attributes:
        id (str): Unique id of the event, also sent as `webhook-id`; deduplicate on it.
        object_ (WebhookEventEnvelopeObject): Always `event`.
        created (str): When the event was created (ISO 8601), also sent as `webhook-timestamp`. A string, not
            a `date-time`: the vendor's own example (`2024-04-05T08:00:00.000-7:00`) is not RFC 3339.
        type_ (str | WebhookEventType): The event type; the known ones are `WebhookEventType`, and new ones may come.
        data (PatientCreatedData): `data` of `patient.created` (the older page names the MRN `patient_mrn`).
        access_token_reference_id (None | str | Unset): Your own reference for the access token the event concerns.
        job_id (str | Unset): The job of the operation the event confirms (operation events only).
    """

    id: str
    object_: WebhookEventEnvelopeObject
    created: str
    type_: str | WebhookEventType
    data: PatientCreatedData
    access_token_reference_id: None | str | Unset = UNSET
    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        created = self.created

        type_: str
        if isinstance(self.type_, WebhookEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        data = self.data.to_dict()

        access_token_reference_id: None | str | Unset
        if isinstance(self.access_token_reference_id, Unset):
            access_token_reference_id = UNSET
        else:
            access_token_reference_id = self.access_token_reference_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "type": type_,
                "data": data,
            }
        )
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = WebhookEventEnvelopeObject(d.pop("object"))

        created = d.pop("created")

        type_: str | WebhookEventType = d.pop("type")
        if isinstance(type_, str):
            type_ = cast("str | WebhookEventType", WebhookEventType._value2member_map_.get(type_, type_))

        data = PatientCreatedData.from_dict(d.pop("data"))

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        patient_created_event = cls.__new__(cls)
        patient_created_event.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "object_": object_,
            "created": created,
            "type_": type_,
            "data": data,
        }

        patient_created_event.additional_properties = additional
        return patient_created_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once at the end of the module (not at every call of
# from_dict): a model that refers back to this one finds it already defined.
from ..models.patient_created_data import PatientCreatedData  # noqa: E402
