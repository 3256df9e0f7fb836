"""The settings family: what the practice's EHR defines (settings come from the EHR the practice runs,
settings.CredentialSet.ehr). Other families ask it inside their own transaction (`accepts_visit_type`,
`visit_statuses`, `required_patient_fields`): the store's lock is held once per operation."""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.families.appointments.events import PRACTICE_TIMEZONE
from cobalt_kit.sandbox.families.settings import seed
from cobalt_kit.sandbox.families.settings.tables import SettingsTables
from cobalt_kit.sandbox.family import Model


class Settings(Model):
    name = "settings"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = SettingsTables(core.store)

    def seed(self, practice: str, demo: bool, with_reference_ids: bool) -> None:
        self.tables.add(practice, seed.visit_types(self.core.ehr(practice)))
        if demo:
            self.tables.add(practice, seed.DEMO_VISIT_TYPES)

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    def get(self, practice: str, reference_id: str) -> dict[str, Any]:
        """The settings as `get_settings` answers them."""
        with self.core.transaction():
            types = self.tables.visit_types(practice)
        return {
            "access_token_reference_id": reference_id,
            "visit_types": [{"code": code, "description": description} for code, description in types],
            "visit_statuses": [{"code": c, "description": d} for c, d in self._statuses(practice)],
            "required_patient_fields": list(self.required_patient_fields(practice)),
            "timezone": PRACTICE_TIMEZONE,
        }

    # For the other families, inside their transaction.

    def accepts_visit_type(self, practice: str, code: str) -> bool:
        return self.tables.has(practice, code)

    def visit_statuses(self, practice: str) -> frozenset[str]:
        return frozenset(code for code, _ in self._statuses(practice))

    def required_patient_fields(self, practice: str) -> tuple[str, ...]:
        return seed.REQUIRED_PATIENT_FIELDS[seed.ehr_of(self.core.ehr(practice))]

    def _statuses(self, practice: str) -> tuple[tuple[str, str], ...]:
        return seed.VISIT_STATUSES[seed.ehr_of(self.core.ehr(practice))]
