"""A stateful Cobalt API on this machine: bookings go pending -> scheduled (or failed), status rules
hold, credentials are checked, data stays in SQLite. `make sandbox` runs it; see the README."""

from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.settings import Settings

__all__ = ["Settings", "create_app"]
