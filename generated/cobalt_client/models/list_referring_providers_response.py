from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.referring_provider import ReferringProvider


T = TypeVar("T", bound="ListReferringProvidersResponse")


@_attrs_define
class ListReferringProvidersResponse:
    """The answer of `list_referring_providers`.

    Attributes:
        success (bool): Always true on success.
        referring_providers (list[ReferringProvider]): The referring providers that match.
    """

    success: bool
    referring_providers: list[ReferringProvider]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        referring_providers = []
        for referring_providers_item_data in self.referring_providers:
            referring_providers_item = referring_providers_item_data.to_dict()
            referring_providers.append(referring_providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "referring_providers": referring_providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        referring_providers = []
        _referring_providers = d.pop("referring_providers")
        for referring_providers_item_data in _referring_providers:
            referring_providers_item = ReferringProvider.from_dict(referring_providers_item_data)

            referring_providers.append(referring_providers_item)

        list_referring_providers_response = cls(
            success=success,
            referring_providers=referring_providers,
        )

        list_referring_providers_response.additional_properties = d
        return list_referring_providers_response

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
from ..models.referring_provider import ReferringProvider  # noqa: E402
