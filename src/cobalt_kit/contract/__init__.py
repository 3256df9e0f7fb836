"""`make contract`: the document's conformance checks against any Cobalt server, the real API included.

Read-only unless told otherwise, paced, and reporting without patient data: see runner.py and
report.py. `python -m cobalt_kit.contract --help` lists the options.
"""

from cobalt_kit.extras import require

# Importing the contract runner without its extra says which one to install, in one line.
require("contract")
