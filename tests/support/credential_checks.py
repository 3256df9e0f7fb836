"""A schemathesis check that credentials are checked for their value, not only their presence.

schemathesis' own `ignored_auth` removes all credentials, or sends one made-up header alone; with
three headers required together (two on the webhook registrations), neither can tell a server that
checks values from one that only checks presence (as Prism does). This check resends a request that
succeeded with one of the operation's headers changed and the others intact, once per operation and
header, and expects a 401. It runs
against the sandbox (loaded through SCHEMATHESIS_HOOKS), not against Prism, which cannot pass it.
"""

from __future__ import annotations

import requests
import schemathesis

from cobalt_kit.document import credential_headers

_verified: set[tuple[str, str]] = set()


@schemathesis.check
def wrong_credential_value_refused(ctx, response, case):
    if not 200 <= response.status_code < 300:
        return None
    operation = case.operation
    for header in credential_headers(operation.definition.raw, operation.schema.raw_schema):
        key = (case.operation.label, header)
        if key in _verified or header not in response.request.headers:
            continue
        probe = response.request.copy()
        probe.headers[header] = probe.headers[header] + "-wrong"
        with requests.Session() as session:
            answer = session.send(probe, timeout=10)
        if answer.status_code != 401:
            raise AssertionError(f"{case.operation.label} answered {answer.status_code} to a wrong {header} value")
        _verified.add(key)
    return True
