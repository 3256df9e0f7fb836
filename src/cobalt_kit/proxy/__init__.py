"""The validating proxy, its recorder and its replay (`cobalt proxy`, `cobalt replay`, `cobalt candidates`).

The proxy forwards each request to the real API (or staging) unchanged, answers with what came back
unchanged, and checks both against the document: which operation, which status, which documented
variant, and every violation by field path. Its log and report name operations, statuses, field
paths and JSON types, never a value. With a recording folder, each exchange is also written as a
cassette in which every value the document marks as patient data (cobalt_kit.phi) is replaced by a
synthetic one of the same shape; the replay answers from those cassettes.

Needs the sandbox extra (uvicorn, Starlette, jsonschema-rs): pip install "cobalt-kit[sandbox]".
Modules: routes (which operation a request is), checking (the document's verdict, value-free),
scrub (the synthetic substitutes), cassettes (recording and the manifest), forward (the proxy's
ASGI app), replay (the replay's ASGI app), candidates (corpus entry candidates), serve (serving
either, in the foreground or a test's thread), fixture (the `cobalt_replay` pytest fixture).
"""

from cobalt_kit.extras import require

require("sandbox")
