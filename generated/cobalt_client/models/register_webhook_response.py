from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registered_webhook import RegisteredWebhook


T = TypeVar("T", bound="RegisterWebhookResponse")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "message": UNSET,
    "webhook_secret_key": UNSET,
    "webhook_id": UNSET,
    "webhook_url": UNSET,
    "webhook_secret": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class RegisterWebhookResponse:
    """Body of a successful registration, in either of the vendor's two shapes: the setup page's
    (`message`, `webhook_secret_key`) or the API reference page's (`webhook_id`, `webhook_url`,
    `webhook_secret`). One of the two secret fields is present.

        Attributes:
            success (bool): Always true on success.
            message (str | Unset): Human-readable confirmation (setup page).
            webhook_secret_key (str | Unset): The secret that signs every delivery (setup page). A credential.
            webhook_id (str | Unset): The id of the registered URL, for `delete_webhook` (API reference page).
            webhook_url (str | Unset): The registered URL (API reference page).
            webhook_secret (str | Unset): The secret that signs every delivery (API reference page). A credential.
            webhook (RegisteredWebhook | Unset): The registered webhook, nested (newer versions of the API reference page):
                `id`, `url`,
                `secret` in its schema; `id`, `webhook_url`, `secret` in its example; `webhook_id`,
                `webhook_url`, `webhook_secret_key` in another version. One of the secret fields is present.
    """

    success: bool
    message: str | Unset = UNSET
    webhook_secret_key: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = UNSET
    webhook: RegisteredWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        webhook_secret_key = self.webhook_secret_key

        webhook_id = self.webhook_id

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if webhook_secret_key is not UNSET:
            field_dict["webhook_secret_key"] = webhook_secret_key
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _webhook = d.pop("webhook", UNSET)
        webhook: RegisteredWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = RegisteredWebhook.from_dict(_webhook)

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        register_webhook_response = cls.__new__(cls)
        register_webhook_response.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "webhook": webhook,
        }

        register_webhook_response.additional_properties = additional
        return register_webhook_response

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
from ..models.registered_webhook import RegisteredWebhook  # noqa: E402
