"""A stateful Cobalt API on this machine: bookings go pending -> scheduled (or failed), status rules
hold, credentials are checked, data stays in SQLite. `cobalt sandbox` runs it; see the README.

Needs the extra: pip install "cobalt-kit[sandbox]". Its modules: app (HTTP and the document's
checks), handlers (the operations), backend (behaviour), rules (the EHR's rules, pure), store (SQL),
seed (demo data), settings, serve (foreground or a test's background thread).
"""

from cobalt_kit.extras import require

# Importing the sandbox without its extra says which one to install, in one line.
require("sandbox")
