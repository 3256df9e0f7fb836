"""schemathesis checks narrowed around what Prism, the mock, cannot do (loaded through SCHEMATHESIS_HOOKS).

The contract run against the mock excludes the built-in check of the same name (and
`allow_header_conformance`, whose whole subject, the `Allow` header of a 405, Prism never sends) and
runs these instead: each skips exactly the cases named in its comment and hands every other case to
the built-in check.
"""

from __future__ import annotations

import json

import schemathesis
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    response_schema_conformance,
    unsupported_method,
)


def _sent_json(case) -> bool:
    # The body as it went on the wire: negative mode also sends bytes that are not JSON at all.
    body = case.body if isinstance(case.body, bytes | str) else None
    if body is None:
        return True
    try:
        json.loads(body)
    except ValueError:
        return False
    return True


@schemathesis.check
def response_schema_conformance_on_prism(ctx, response, case):
    # Prism limitation: a request body that is not JSON is answered with Prism's own
    # {"error": {"code": "invalid_json", ...}} object (still a 400), not the document's envelope.
    if response.status_code == 400 and not _sent_json(case) and "error" in response.json():
        return None
    return response_schema_conformance(ctx, response, case)


@schemathesis.check
def negative_data_rejection_on_prism(ctx, response, case):
    # Prism limitation: an empty value of an optional query parameter (`?patient_mrn=`) is treated
    # as absent, so the minLength/enum it breaks is never checked.
    required = {p.name for p in case.operation.query if p.is_required}
    if any(value == "" and name not in required for name, value in (case.query or {}).items()):
        return None
    return negative_data_rejection(ctx, response, case)


@schemathesis.check
def unsupported_method_on_prism(ctx, response, case):
    # Prism limitation: its 405 to an undeclared method (TRACE, DELETE, ...) has no `Allow` header.
    declared = {m.upper() for m in case.operation.schema.raw_schema["paths"][case.operation.path]}
    if case.method.upper() not in declared and response.status_code == 405 and "allow" not in response.headers:
        return None
    return unsupported_method(ctx, response, case)


@schemathesis.hook
def filter_body(ctx, body):
    # Prism limitation (PRISM_LIMITS, "a property name outside Latin-1"): a body with such a property
    # name kills Prism's process; `cobalt mock` starts it again, but the run loses its connection.
    return not (isinstance(body, dict) and any(not _latin1(name) for name in body))


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
