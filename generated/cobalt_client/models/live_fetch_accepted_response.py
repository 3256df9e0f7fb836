from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveFetchAcceptedResponse")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "message": UNSET,
    "job_id": UNSET,
    "job_execution_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class LiveFetchAcceptedResponse:
    """A live fetch accepted: its result arrives as an event of this job. The newest pages name
    the job `job_id`, the older ones `job_execution_id`; the kit reads either.

        Attributes:
            success (bool): True when accepted.
            message (str | Unset): Human-readable confirmation.
            job_id (str | Unset): The job whose event carries the result (newest pages).
            job_execution_id (str | Unset): The same, as the older pages name it (one of the two is always there).
    """

    success: bool
    message: str | Unset = UNSET
    job_id: str | Unset = UNSET
    job_execution_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        job_id = self.job_id

        job_execution_id = self.job_execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_execution_id is not UNSET:
            field_dict["job_execution_id"] = job_execution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        live_fetch_accepted_response = cls.__new__(cls)
        live_fetch_accepted_response.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "success": success,
        }

        live_fetch_accepted_response.additional_properties = additional
        return live_fetch_accepted_response

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
