from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_status_setting import VisitStatusSetting
    from ..models.visit_type_setting import VisitTypeSetting


T = TypeVar("T", bound="Settings")

# The fields from_dict copies as they are, and their value when absent.
_PLAIN_UNSET: dict[str, Any] = {
    "access_token_reference_id": UNSET,
}
_PLAIN_FIELDS = frozenset(_PLAIN_UNSET)


@_attrs_define(slots=False)
class Settings:
    """The practice's settings, as its EHR defines them.

    Attributes:
        visit_types (list[str | VisitTypeSetting]): The visit types a booking's `type` takes. Objects with `code` and
            `description` in the
            page's examples; its schema lists strings, which are read as codes too.
        timezone (str): The practice's time zone (IANA name).
        access_token_reference_id (None | str | Unset): The access token's reference (`access_token_reference_id` of its
            events).
        visit_statuses (list[VisitStatusSetting] | Unset): The statuses of the practice's EHR (the older page lists
            none).
        required_patient_fields (list[str] | Unset): The fields a new patient must have in this EHR (names of fields, no
            data).
    """

    visit_types: list[str | VisitTypeSetting]
    timezone: str
    access_token_reference_id: None | str | Unset = UNSET
    visit_statuses: list[VisitStatusSetting] | Unset = UNSET
    required_patient_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.visit_type_setting import VisitTypeSetting  # noqa: PLC0415

        visit_types = []
        for visit_types_item_data in self.visit_types:
            visit_types_item: dict[str, Any] | str
            if isinstance(visit_types_item_data, VisitTypeSetting):
                visit_types_item = visit_types_item_data.to_dict()
            else:
                visit_types_item = visit_types_item_data
            visit_types.append(visit_types_item)

        timezone = self.timezone

        access_token_reference_id: None | str | Unset
        if isinstance(self.access_token_reference_id, Unset):
            access_token_reference_id = UNSET
        else:
            access_token_reference_id = self.access_token_reference_id

        visit_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visit_statuses, Unset):
            visit_statuses = []
            for visit_statuses_item_data in self.visit_statuses:
                visit_statuses_item = visit_statuses_item_data.to_dict()
                visit_statuses.append(visit_statuses_item)

        required_patient_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_patient_fields, Unset):
            required_patient_fields = self.required_patient_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visit_types": visit_types,
                "timezone": timezone,
            }
        )
        if access_token_reference_id is not UNSET:
            field_dict["access_token_reference_id"] = access_token_reference_id
        if visit_statuses is not UNSET:
            field_dict["visit_statuses"] = visit_statuses
        if required_patient_fields is not UNSET:
            field_dict["required_patient_fields"] = required_patient_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        visit_types = []
        _visit_types = d.pop("visit_types")
        for visit_types_item_data in _visit_types:
            visit_types_item_data = visit_types_item_data
            visit_types_item: str | VisitTypeSetting
            if isinstance(visit_types_item_data, dict):
                visit_types_item_type_0 = VisitTypeSetting.from_dict(visit_types_item_data)

                visit_types_item = visit_types_item_type_0
            else:
                visit_types_item = visit_types_item_data

            visit_types.append(visit_types_item)

        timezone = d.pop("timezone")

        _visit_statuses = d.pop("visit_statuses", UNSET)
        visit_statuses: list[VisitStatusSetting] | Unset = UNSET
        if _visit_statuses is not UNSET:
            visit_statuses = []
            for visit_statuses_item_data in _visit_statuses:
                visit_statuses_item = VisitStatusSetting.from_dict(visit_statuses_item_data)

                visit_statuses.append(visit_statuses_item)

        required_patient_fields = cast(list[str], d.pop("required_patient_fields", UNSET))

        # What is left is the plain fields present, and any the document does not name.
        additional = {} if d.keys() <= _PLAIN_FIELDS else {key: d.pop(key) for key in d.keys() - _PLAIN_FIELDS}
        settings = cls.__new__(cls)
        settings.__dict__ = {
            **_PLAIN_UNSET,
            **d,
            "visit_types": visit_types,
            "timezone": timezone,
            "visit_statuses": visit_statuses,
            "required_patient_fields": required_patient_fields,
        }

        settings.additional_properties = additional
        return settings

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
from ..models.visit_status_setting import VisitStatusSetting  # noqa: E402
from ..models.visit_type_setting import VisitTypeSetting  # noqa: E402
