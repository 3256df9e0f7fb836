from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RegisterWebhookRequest")


@_attrs_define
class RegisterWebhookRequest:
    """The URL to register.

    Attributes:
        webhook_url (str): Where events are POSTed. The vendor requires https; the sandbox also takes plain http,
            and delivers only to loopback addresses unless started with an allow-list of hosts.
    """

    webhook_url: str

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "webhook_url": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_url = d.pop("webhook_url")

        register_webhook_request = cls(
            webhook_url=webhook_url,
        )

        return register_webhook_request
