from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateLocationRequest")


@_attrs_define
class UpdateLocationRequest:
    """The location's new status; nothing else can be changed.

    Attributes:
        status (str): `active` or `inactive`, in any case (`Active`, `ACTIVE`).
    """

    status: str

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        update_location_request = cls(
            status=status,
        )

        return update_location_request
