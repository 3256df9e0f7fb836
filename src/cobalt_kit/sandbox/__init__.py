"""A stateful Cobalt API on this machine: bookings go pending -> scheduled (or failed), status rules
hold, credentials are checked, data stays in SQLite. `cobalt sandbox` runs it; see the README.

Needs the extra: pip install "cobalt-kit[sandbox]". Its shared core: app (HTTP and the document's
checks), core (transaction, clocks, resets, the outbox), store (SQL), delivery (the courier),
controls and faults (test controls), settings, serve (foreground or a test's background thread).
Each resource family is a folder of families/ (family.py says what it holds; backend puts them on
the core).
"""

from cobalt_kit.extras import require

# Importing the sandbox without its extra says which one to install, in one line.
require("sandbox")
