from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisteredWebhook")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "id": UNSET,
    "webhook_id": UNSET,
    "url": UNSET,
    "webhook_url": UNSET,
    "secret": UNSET,
    "webhook_secret_key": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class RegisteredWebhook:
    """The registered webhook, nested (newer versions of the API reference page): `id`, `url`,
    `secret` in its schema; `id`, `webhook_url`, `secret` in its example; `webhook_id`,
    `webhook_url`, `webhook_secret_key` in another version. One of the secret fields is present.

        Attributes:
            id (str | Unset): The id of the registered URL, for `delete_webhook`.
            webhook_id (str | Unset): The same id, as another version names it.
            url (str | Unset): The registered URL.
            webhook_url (str | Unset): The registered URL, as the examples name it.
            secret (str | Unset): The secret that signs every delivery. A credential.
            webhook_secret_key (str | Unset): The same secret, as another version names it. A credential.
    """

    id: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    secret: str | Unset = UNSET
    webhook_secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        url = self.url

        webhook_url = self.webhook_url

        secret = self.secret

        webhook_secret_key = self.webhook_secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if url is not UNSET:
            field_dict["url"] = url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if webhook_secret_key is not UNSET:
            field_dict["webhook_secret_key"] = webhook_secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        registered_webhook = cls.__new__(cls)
        registered_webhook.__dict__ = {
            **_PLAIN_UNSET,
            **d,
        }

        registered_webhook.additional_properties = additional
        return registered_webhook

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
