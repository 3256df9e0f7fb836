from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.polled_webhook_event_data import PolledWebhookEventData


T = TypeVar("T", bound="PolledWebhookEvent")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "id": UNSET,
    "event_id": UNSET,
    "event_type": UNSET,
    "created": UNSET,
    "created_at": UNSET,
    "job_id": UNSET,
    "access_token_reference_id": UNSET,
    "webhook_url": UNSET,
    "delivery_status": UNSET,
    "status": UNSET,
    "delivered": UNSET,
    "delivery_attempts": UNSET,
    "last_delivery_attempt": UNSET,
    "response_status_code": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class PolledWebhookEvent:
    """One polled event, in either shape of the vendor's webhook-events page: the delivered
    envelope (`id`, `type`, `created`, `object`) with its delivery record (`status`,
    `delivered`, `delivery_attempts`, `last_delivery_attempt`, `response_status_code`), or a
    log entry (`event_id`, `event_type`, `created_at`, `delivery_status`, `webhook_url`). The
    kit reads both into `WebhookEvent`.

        Attributes:
            data (PolledWebhookEventData): The event's payload; its fields depend on the type.
            id (str | Unset): The event's id (envelope shape).
            event_id (str | Unset): The event's id (log shape).
            type_ (str | Unset): The event type (envelope shape; known ones in `WebhookEventType`).
            event_type (str | Unset): The event type (log shape; the vendor's polling code reads it).
            object_ (str | Unset): Always `event` (envelope shape).
            created (str | Unset): When the event was created (envelope shape).
            created_at (str | Unset): When the event was created (log shape).
            job_id (int | None | str | Unset): The job of the operation the event confirms.
            access_token_reference_id (None | str | Unset): Your own reference for the access token the event concerns.
            webhook_url (None | str | Unset): Where it was delivered (log shape).
            delivery_status (None | str | Unset): `success` or `failed` (log shape).
            status (None | str | Unset): `success`, `failed` or `pending` (envelope shape).
            delivered (bool | None | Unset): Whether it was delivered (envelope shape).
            delivery_attempts (int | None | Unset): How many deliveries were tried (envelope shape).
            last_delivery_attempt (None | str | Unset): When the last delivery was tried (envelope shape).
            response_status_code (int | None | Unset): The status the webhook URL answered last (envelope shape).
    """

    data: PolledWebhookEventData
    id: str | Unset = UNSET
    event_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    event_type: str | Unset = UNSET
    object_: str | Unset = UNSET
    created: str | Unset = UNSET
    created_at: str | Unset = UNSET
    job_id: int | None | str | Unset = UNSET
    access_token_reference_id: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    delivery_status: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    delivered: bool | None | Unset = UNSET
    delivery_attempts: int | None | Unset = UNSET
    last_delivery_attempt: None | str | Unset = UNSET
    response_status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        event_id = self.event_id

        type_ = self.type_

        event_type = self.event_type

        object_ = self.object_

        created = self.created

        created_at = self.created_at

        job_id: int | None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        access_token_reference_id: None | str | Unset
        if isinstance(self.access_token_reference_id, Unset):
            access_token_reference_id = UNSET
        else:
            access_token_reference_id = self.access_token_reference_id

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        delivery_status: None | str | Unset
        if isinstance(self.delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = self.delivery_status

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        delivered: bool | None | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        delivery_attempts: int | None | Unset
        if isinstance(self.delivery_attempts, Unset):
            delivery_attempts = UNSET
        else:
            delivery_attempts = self.delivery_attempts

        last_delivery_attempt: None | str | Unset
        if isinstance(self.last_delivery_attempt, Unset):
            last_delivery_attempt = UNSET
        else:
            last_delivery_attempt = self.last_delivery_attempt

        response_status_code: int | None | Unset
        if isinstance(self.response_status_code, Unset):
            response_status_code = UNSET
        else:
            response_status_code = self.response_status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status
        if status is not UNSET:
            field_dict["status"] = status
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if delivery_attempts is not UNSET:
            field_dict["delivery_attempts"] = delivery_attempts
        if last_delivery_attempt is not UNSET:
            field_dict["last_delivery_attempt"] = last_delivery_attempt
        if response_status_code is not UNSET:
            field_dict["response_status_code"] = response_status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = PolledWebhookEventData.from_dict(d.pop("data"))

        type_ = d.pop("type", UNSET)

        object_ = d.pop("object", UNSET)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        polled_webhook_event = cls.__new__(cls)
        polled_webhook_event.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "data": data,
            "type_": type_,
            "object_": object_,
        }

        polled_webhook_event.additional_properties = additional
        return polled_webhook_event

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
from ..models.polled_webhook_event_data import PolledWebhookEventData  # noqa: E402
