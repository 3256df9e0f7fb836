from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_url import WebhookUrl


T = TypeVar("T", bound="WebhookConfiguration")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "webhook_url": UNSET,
    "webhook_secret_key": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class WebhookConfiguration:
    """The integration's registered URLs and the secret that signs their deliveries.

    Attributes:
        success (bool): Always true on success.
        webhook_urls (list[WebhookUrl]): Every registered URL.
        webhook_url (None | str | Unset): The first registered URL (the vendor's older single-URL field); null when
            none.
        webhook_secret_key (None | str | Unset): The secret that signs every delivery; null before the first
            registration. A credential.
    """

    success: bool
    webhook_urls: list[WebhookUrl]
    webhook_url: None | str | Unset = UNSET
    webhook_secret_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        webhook_urls = []
        for webhook_urls_item_data in self.webhook_urls:
            webhook_urls_item = webhook_urls_item_data.to_dict()
            webhook_urls.append(webhook_urls_item)

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        webhook_secret_key: None | str | Unset
        if isinstance(self.webhook_secret_key, Unset):
            webhook_secret_key = UNSET
        else:
            webhook_secret_key = self.webhook_secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "webhook_urls": webhook_urls,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret_key is not UNSET:
            field_dict["webhook_secret_key"] = webhook_secret_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        webhook_urls = []
        _webhook_urls = d.pop("webhook_urls")
        for webhook_urls_item_data in _webhook_urls:
            webhook_urls_item = WebhookUrl.from_dict(webhook_urls_item_data)

            webhook_urls.append(webhook_urls_item)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        webhook_configuration = cls.__new__(cls)
        webhook_configuration.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "webhook_urls": webhook_urls,
        }

        webhook_configuration.additional_properties = additional
        return webhook_configuration

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
from ..models.webhook_url import WebhookUrl  # noqa: E402
