from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "code": UNSET,
    "error": UNSET,
    "request_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Error:
    """The one error envelope of every failure. Known codes: `invalid_request` (400),
    `unauthorized` (401), `not_found` (404), `appointment_not_editable` (409),
    `login_required` (403, also as `error`), `payload_too_large` (413), `rate_limited` (429),
    `internal_error` (500). Read `code` as an open string: new codes may be added.

        Attributes:
            success (bool): Always false on failure.
            message (str): What went wrong, for a developer to read.
            code (str | Unset): Machine-readable reason, stable across releases. The kit's stand-ins send it; the
                vendor's own error examples carry only `message`, so it is optional.
            error (str | Unset): The vendor's machine-readable reason where it gives one (`login_required`).
            request_id (str | Unset): Identifier of the request, to quote when asking Cobalt for help.
    """

    success: bool
    message: str
    code: str | Unset = UNSET
    error: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        code = self.code

        error = self.error

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if error is not UNSET:
            field_dict["error"] = error
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        error = cls.__new__(cls)
        error.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
            "message": message,
        }

        error.additional_properties = additional
        return error

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
