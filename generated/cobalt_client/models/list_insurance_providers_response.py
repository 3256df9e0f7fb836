from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insurance_provider import InsuranceProvider
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListInsuranceProvidersResponse")


@_attrs_define
class ListInsuranceProvidersResponse:
    """The answer of `list_insurance_providers`, one page.

    Attributes:
        success (bool): Always true on success.
        insurance_providers (list[InsuranceProvider]): This page's insurance providers (payers, not a patient's
            insurance).
        pagination (Pagination | Unset): Where this page is among all (the newest webhook-events page).
    """

    success: bool
    insurance_providers: list[InsuranceProvider]
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        insurance_providers = []
        for insurance_providers_item_data in self.insurance_providers:
            insurance_providers_item = insurance_providers_item_data.to_dict()
            insurance_providers.append(insurance_providers_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "insurance_providers": insurance_providers,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        insurance_providers = []
        _insurance_providers = d.pop("insurance_providers")
        for insurance_providers_item_data in _insurance_providers:
            insurance_providers_item = InsuranceProvider.from_dict(insurance_providers_item_data)

            insurance_providers.append(insurance_providers_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_insurance_providers_response = cls(
            success=success,
            insurance_providers=insurance_providers,
            pagination=pagination,
        )

        list_insurance_providers_response.additional_properties = d
        return list_insurance_providers_response

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
from ..models.insurance_provider import InsuranceProvider  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
