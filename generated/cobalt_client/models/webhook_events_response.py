from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.polled_webhook_event import PolledWebhookEvent


T = TypeVar("T", bound="WebhookEventsResponse")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "success": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class WebhookEventsResponse:
    """One page of events (a job's events are empty while it is pending).

    Attributes:
        webhook_events (list[PolledWebhookEvent]): The events, in either of the vendor's two item shapes.
        success (bool | Unset): True on success.
        pagination (Pagination | Unset): Where this page is among all (the newest webhook-events page).
    """

    webhook_events: list[PolledWebhookEvent]
    success: bool | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_events = []
        for webhook_events_item_data in self.webhook_events:
            webhook_events_item = webhook_events_item_data.to_dict()
            webhook_events.append(webhook_events_item)

        success = self.success

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_events": webhook_events,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_events = []
        _webhook_events = d.pop("webhook_events")
        for webhook_events_item_data in _webhook_events:
            webhook_events_item = PolledWebhookEvent.from_dict(webhook_events_item_data)

            webhook_events.append(webhook_events_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        webhook_events_response = cls.__new__(cls)
        webhook_events_response.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "webhook_events": webhook_events,
            "pagination": pagination,
        }

        webhook_events_response.additional_properties = additional
        return webhook_events_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.polled_webhook_event import PolledWebhookEvent  # noqa: E402
