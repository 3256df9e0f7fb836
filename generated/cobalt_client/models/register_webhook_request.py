from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterWebhookRequest")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "webhook_url": UNSET,
    "url": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class RegisterWebhookRequest:
    """The URL to register, as `webhook_url` (every example of the vendor's) or `url` (the API
    reference page's schema); one of the two.

        Attributes:
            webhook_url (str | Unset): Where events are POSTed. The vendor requires https; the sandbox also takes plain
                http,
                and delivers only to loopback addresses unless started with an allow-list of hosts.
            url (str | Unset): Where events are POSTed. The vendor requires https; the sandbox also takes plain http,
                and delivers only to loopback addresses unless started with an allow-list of hosts.
    """

    webhook_url: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        register_webhook_request = cls.__new__(cls)
        register_webhook_request.__dict__ = {
            **_PLAIN_UNSET,
            **d,
        }

        register_webhook_request.additional_properties = additional
        return register_webhook_request

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
