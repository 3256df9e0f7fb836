from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_fetch_event_envelope_data import LiveFetchEventEnvelopeData


T = TypeVar("T", bound="AvailabilityLiveFetchCompletedEvent")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "action": UNSET,
    "job_id": UNSET,
    "job_execution_id": UNSET,
    "access_token_reference_id": UNSET,
    "user_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class AvailabilityLiveFetchCompletedEvent:
    """The completion of `fetch_availability`. What the vendor documents (the newer version of
    POST /availability/fetch; the older stored copy ends at its heading "Webhook Notif..."):
    the event's name, `availability.live_fetch_completed`; that it carries the computed slots
    inline; each slot's fields (see `data.availability`); that the slots are not kept while the
    fetched appointments are cached. What it does not: no payload example or schema, so the
    envelope (the other live fetches', with `job_id`) and `data`'s keys are the kit's reading,
    and any other field is taken as it comes.

        Attributes:
            id (str): Unique id of the event; deduplicate on it.
            type_ (str): The event type (`appointment.live_fetch_completed`, ...).
            timestamp (str): When the fetch completed (ISO 8601).
            data (LiveFetchEventEnvelopeData): `data` of `availability.live_fetch_completed`. The page says only that the
                event carries
                the computed slots inline: the key they come under and the fields beside them are the
                kit's reading, after the appointment fetch's `data`.
            action (str | Unset): What the fetch did with the cached data (`sync`).
            job_id (str | Unset): The job of the fetch (newest pages).
            job_execution_id (str | Unset): The job of the fetch (older pages).
            access_token_reference_id (None | str | Unset): Your own reference for the access token (newest pages).
            user_id (None | str | Unset): The same, as the older pages name it.
    """

    id: str
    type_: str
    timestamp: str
    data: LiveFetchEventEnvelopeData
    action: str | Unset = UNSET
    job_id: str | Unset = UNSET
    job_execution_id: str | Unset = UNSET
    access_token_reference_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        data = self.data.to_dict()

        action = self.action

        job_id = self.job_id

        job_execution_id = self.job_execution_id

        access_token_reference_id: None | str | Unset
        if isinstance(self.access_token_reference_id, Unset):
            access_token_reference_id = UNSET
        else:
            access_token_reference_id = self.access_token_reference_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_execution_id is not UNSET:
            field_dict["job_execution_id"] = job_execution_id
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        timestamp = d.pop("timestamp")

        data = LiveFetchEventEnvelopeData.from_dict(d.pop("data"))

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        availability_live_fetch_completed_event = cls.__new__(cls)
        availability_live_fetch_completed_event.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "id": id,
            "type_": type_,
            "timestamp": timestamp,
            "data": data,
        }

        availability_live_fetch_completed_event.additional_properties = additional
        return availability_live_fetch_completed_event

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
from ..models.live_fetch_event_envelope_data import LiveFetchEventEnvelopeData  # noqa: E402
